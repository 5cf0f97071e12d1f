"""The answer commands end to end: the demo store, and the corpus store for chains across versions.

Expected values come from the gold file, from the extractor run on the same
texts, or from what the texts print (the series' "Reaffirming its resolutions ..."
paragraph); never from the code under test.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from conftest import gold_reaffirmed

from citegraph.cli import main
from citegraph.cli.answers import command_name
from citegraph.verbs import VERBS

SEED = {
    n: f"{n}.txt"
    for n in (
        "000_a6cd5bfce1dfcb97",
        "001_f64c22de6ca2032f",
        "002_06d523d3b5c07408",
        "003_70c60a70578a8edc",
        "004_8557d7812f93ebe1",
    )
}


@pytest.fixture(scope="session")
def data_store(data_store_path):
    return data_store_path


def run(*args, ok=True):
    res = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert res.exit_code == 0, (res.output, res.stderr, res.exception)
    return res


def as_json(*args):
    return json.loads(run(*args, "--format", "json").stdout)


@pytest.fixture(scope="session")
def extracted(data_dir):
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    return {p.name: extract_references(read_document(p)) for p in sorted(data_dir.glob("*.txt"))}


# ---------------------------------------------------------------- lookups


def test_reaffirms_75_196_prints_the_gold_targets(data_store, gold_dir):
    expected = gold_reaffirmed(gold_dir)
    rows = as_json("reaffirms", "75/196", "--store", data_store)
    assert len(rows) == 30 and {r["target"] for r in rows} == expected
    assert set(rows[0]) == {"target", "date", "title", "verb", "para", "surface"}
    table = run("reaffirms", "75/196", "--store", data_store).stdout
    assert "what 75/196 reaffirms: 30" in table
    assert all(t.split("/", 2)[2] in table for t in expected if t.startswith("A/RES/"))
    assert "decision 74/568" in table
    lines = list(
        csv.DictReader(
            io.StringIO(run("reaffirms", "A/RES/75/196", "--store", data_store, "--format", "csv").stdout)
        )
    )
    assert {r["target"] for r in lines} == expected and list(lines[0]) == [
        "target",
        "date",
        "title",
        "verb",
        "para",
    ]


def test_ask_prints_the_same_answer(data_store, gold_dir):
    rows = as_json("ask", "what does 75/196 reaffirm", "--store", data_store)
    assert rows == as_json("reaffirms", "75/196", "--store", data_store)
    assert {r["target"] for r in rows} == gold_reaffirmed(gold_dir)


def test_one_command_per_verb():
    names = {command_name(lemma) for lemma in VERBS} - {None}
    assert {"reaffirms", "recalls", "welcomes", "takes-note", "notes", "bears-in-mind"} <= names
    assert names <= set(main.commands)
    assert len(names) == len(VERBS) - 2  # all but cite and source, which `cites --relation` asks for


def test_verb_commands_and_cites_relation_agree(data_store, extracted):
    refs = extracted[SEED["002_06d523d3b5c07408"]]
    for lemma in ("recall", "take-note", "welcome"):
        expected = {r.target for r in refs if (r.anchor_relation or r.relation) == lemma}
        assert expected, lemma
        rows = as_json(command_name(lemma), "75/196", "--store", data_store)
        assert {r["target"] for r in rows} == expected
        assert rows == as_json("cites", "75/196", "--relation", lemma, "--store", data_store)


def test_cited_by(data_store, extracted):
    expected = {r.relation for r in extracted[SEED["004_8557d7812f93ebe1"]] if r.target == "A/RES/75/196"}
    rows = as_json("cited-by", "A/RES/75/196", "--store", data_store)
    assert {(r["source"], r["verb"]) for r in rows} == {("A/RES/78/229", rel) for rel in expected}
    assert all(r["date"] == "2023-12-19" for r in rows)


def test_show(data_store):
    info = as_json("show", "75/196", "--store", data_store)[0]
    assert info["link"] == "https://undocs.org/A/RES/75/196" and info["cites_by_verb"]["reaffirm"] == 30
    assert "reaffirm 30" in run("show", "75/196", "--store", data_store).stdout


def test_show_as_csv_keeps_every_value_one_cell_each_joined_with_semicolons(data_store):
    """CSV is one table: what ID cites and what cites it (tables of their own on the terminal) are cells too."""
    out = run("show", "46/152", "--format", "csv", "--store", data_store).stdout
    # the five texts all reaffirm 46/152 (P1: "Reaffirming its resolutions 46/152 of 18 December 1991, ...")
    assert out == (
        "field,value\nkey,A/RES/46/152\nsymbol,A/RES/46/152\nshort,46/152\nkind,resolution\nbody,GA\n"
        "session,46\ndate,1991-12-18\nread,False\nlink,https://undocs.org/A/RES/46/152\n"
        "cited_by_verb,reaffirm 5\ncited_by,A/RES/78/229; A/RES/75/196; file/003_70c60a70578a8edc;"
        " file/000_a6cd5bfce1dfcb97; file/001_f64c22de6ca2032f\n"
    )
    cells = dict(
        csv.reader(io.StringIO(run("show", "72/196", "--format", "csv", "--store", data_store).stdout))
    )
    info = as_json("show", "72/196", "--store", data_store)[0]
    assert cells["drafts"] == "file/003_70c60a70578a8edc"
    assert cells["cites"].split("; ") == list(dict.fromkeys(r["target"] for r in info["cites"]))
    assert cells["cited_by"] == "A/RES/78/229; A/RES/75/196"
    assert cells["cites_by_verb"] == "; ".join(f"{v} {n}" for v, n in info["cites_by_verb"].items())


def test_the_limit_options_say_what_they_limit():
    top = " ".join(run("top", "--help").stdout.split())
    assert "-n, --limit INTEGER RANGE How many documents to list. [default: 20; x>=1]" in top
    communities = " ".join(run("communities", "--help").stdout.split())
    assert (
        "-n, --limit INTEGER RANGE How many communities to list, the largest first. [default: 20; x>=1]"
        in (communities)
    )


def test_a_store_without_texts_says_so_rather_than_unknown_id(tmp_path, data_dir):
    """A store whose texts were all removed holds only the ontology: every answer says so and how to fill it."""
    from citegraph import graph, store

    path = tmp_path / "store"
    store.add([data_dir / SEED["002_06d523d3b5c07408"]], path)
    assert store.remove("75/196", path) == [graph.CGD + "graph/A/RES/75/196"]
    said = f"citegraph: the store at {path} holds no texts (only the ontology): build it with `citegraph build PATH...`\n"
    for args in (
        ["reaffirms", "75/196"],
        ["cites", "75/196"],
        ["cited-by", "70/1"],
        ["show", "75/196"],
        ["ask", "who cites 70/1"],
        ["chain", "75/196"],
        ["diff", "75/196", "78/229"],
        ["top"],
        ["communities"],
        ["lineage"],
        ["identify", data_dir / SEED["000_a6cd5bfce1dfcb97"]],
        ["viz", "-o", tmp_path / "graph.html"],
    ):
        res = run(*args, "--store", path, ok=False)
        assert (res.exit_code, res.stdout, res.stderr) == (1, "", said), args
    assert not (tmp_path / "graph.html").exists()
    # sparql runs (the ontology may be what is asked) and says it too
    res = run("sparql", "@reaffirms", "75/196", "--format", "csv", "--store", path)
    assert (res.stdout, res.stderr) == ("target,short,kind,date,title\n", said)


def test_unknown_id_fails_with_suggestions(data_store):
    res = run("reaffirms", "75/169", "--store", data_store, ok=False)
    assert res.exit_code == 1 and res.stdout == ""
    assert "unknown ID 75/169" in res.stderr and "75/196" in res.stderr


def test_a_document_only_cited_says_its_text_was_not_read(data_store):
    res = run("reaffirms", "67/1", "--store", data_store, "--format", "csv")
    assert res.stdout == "target,date,title,verb,para\n"
    assert "67/1 is only cited in this store, its text was not read" in res.stderr
    assert run("reaffirms", "75/196", "--store", data_store).stderr == ""


def test_a_resolution_read_only_as_its_draft_answers_from_the_draft(data_store):
    """The demo holds 70/178 and 72/196 only as drafts (000, 003), which the build identified: what 72/196
    reaffirms, its chain and a diff with it come from its draft, and each answer says so."""
    draft = "file/" + SEED["003_70c60a70578a8edc"].removesuffix(".txt")
    res = run("reaffirms", "72/196", "--store", data_store, "--format", "csv")
    assert res.stdout == run("reaffirms", draft, "--store", data_store, "--format", "csv").stdout
    # P1's eight resolutions, the eight Treaty Series volumes of the five conventions footnoted in P2
    # ("Reaffirming also its resolutions relating to ... the United Nations Convention against Transnational
    # Organized Crime and the Protocols thereto,¹ ..."), 71/170 (P32) and 70/1 (P46, O2): 18 rows
    assert res.stdout.count("\n") == 19 and ",reaffirm,P1\n" in res.stdout
    assert ",reaffirm,P2 (F1)\n" in res.stdout and res.stdout.count("P2 (F") == 8
    assert res.stderr == (
        f"citegraph: the text of 72/196 was not read: its draft {SEED['003_70c60a70578a8edc']}, identified as"
        " 72/196 (citegraph identify), answers for it\n"
    )
    ans = as_json("ask", "what does 72/196 reaffirm", "--store", data_store)
    assert ans == as_json("reaffirms", draft, "--store", data_store)
    rows = as_json("chain", "72/196", "--store", data_store)
    assert [(r["symbol"], r["read_as"]) for r in rows] == [
        ("A/RES/72/196", SEED["003_70c60a70578a8edc"]),
        ("A/RES/70/178", SEED["000_a6cd5bfce1dfcb97"]),
    ]
    older = "file/" + SEED["000_a6cd5bfce1dfcb97"].removesuffix(".txt")
    assert as_json("diff", "70/178", "72/196", "--store", data_store) == as_json(
        "diff", older, draft, "--store", data_store
    )


def test_unknown_question_and_missing_store_fail(data_store, tmp_path):
    res = run("ask", "how are you", "--store", data_store, ok=False)
    assert res.exit_code == 1 and "who cites X" in res.stderr
    res = run("reaffirms", "75/196", "--store", tmp_path / "nothing", ok=False)
    assert res.exit_code == 1 and "citegraph build" in res.stderr


# ---------------------------------------------------------------- analyses on the demo store


def test_diff_matches_the_extracted_references(data_store, extracted):
    # a footnote's reference under the verb where its mark stands, as the answers count it
    a = {(r.anchor_relation or r.relation, r.target) for r in extracted[SEED["002_06d523d3b5c07408"]]}
    b = {(r.anchor_relation or r.relation, r.target) for r in extracted[SEED["004_8557d7812f93ebe1"]]}
    rows = as_json("diff", "75/196", "78/229", "--store", data_store)
    assert {(r["relation"], r["target"]) for r in rows if r["change"] == "added"} == b - a
    assert {(r["relation"], r["target"]) for r in rows if r["change"] == "dropped"} == a - b
    assert ("reaffirm", "A/RES/75/196") in b - a  # 78/229 reaffirms its predecessor
    # each row says where it stands, a footnote's reference as "<paragraph of its mark> (<footnote>)"
    where: dict[tuple[str, str, str], set[str]] = {}
    for side, seed in (("dropped", "002_06d523d3b5c07408"), ("added", "004_8557d7812f93ebe1")):
        for r in extracted[SEED[seed]]:
            shown = f"{r.anchor_para} ({r.para})" if r.anchor_relation else r.para
            where.setdefault((side, r.anchor_relation or r.relation, r.target), set()).add(shown)
    assert all(set(r["paras"]) == where[(r["change"], r["relation"], r["target"])] for r in rows)
    assert next(r["paras"] for r in rows if r["target"] == "UNTS/2241/39574") == ["O39 (F39)"]
    for question in (
        "what changed from 75/196 to 78/229",
        "What has changed between A/RES/75/196 and 78/229?",
    ):
        asked = as_json("ask", question, "--store", data_store)
        assert {(r["relation"], r["change"], r["target"]) for r in asked} == {
            (r["relation"], r["change"], r["target"]) for r in rows
        }
    out = run("ask", "what changed from 75/196 to 78/229", "--store", data_store).stdout
    assert f"what changed from 75/196 to 78/229: {len(b - a) + len(a - b)}" in out.splitlines()[0]


def test_a_diff_with_a_version_whose_text_was_not_read_is_refused(data_store):
    # 46/152 is only cited by the demo texts: a diff with it would list every reference of 75/196 as added
    message = (
        "46/152 is only cited in this store, its text was not read: what it cites is not known; add it"
        " (citegraph add FILE), or give a read draft by its file/<stem>"
    )
    for args in (("diff", "46/152", "75/196"), ("ask", "what changed from 75/196 to 46/152")):
        res = run(*args, "--store", data_store, ok=False)
        assert res.exit_code == 1
        assert res.stderr.strip().splitlines()[-1] == f"citegraph: {message}"
    # a draft read under its file name takes part: 003 is the draft of 72/196
    rows = as_json("diff", "file/003_70c60a70578a8edc", "75/196", "--store", data_store)
    assert {r["change"] for r in rows} == {"added", "dropped"}


def test_identify_seed_000(data_store, data_dir):
    rows = as_json("identify", data_dir / SEED["000_a6cd5bfce1dfcb97"], "--store", data_store)
    best = rows[0]
    assert best["symbol"] == "A/RES/70/178" and best["reaffirmed_by"] == 3
    assert (
        best["evidence"][0] == "session 70 (latest session it cites)" or best["evidence"][0] == "session 70"
    )
    assert "75/196 reaffirms it in P1 of 2015-12-17" in best["evidence"]
    assert "78/229 reaffirms it in P1 of 2015-12-17" in best["evidence"]
    # 70/1 is cited by the draft itself, so the draft is not 70/1.
    assert "A/RES/70/1" not in {r["symbol"] for r in rows}
    table = run("identify", data_dir / SEED["000_a6cd5bfce1dfcb97"], "--store", data_store).stdout
    assert "inferred_symbol A/RES/70/178" in table
    # a text that prints its symbol has none to infer: the table's first line says so, not "inferred_symbol"
    table = run("identify", data_dir / SEED["002_06d523d3b5c07408"], "--store", data_store).stdout
    assert table.splitlines()[0].startswith(
        "002_06d523d3b5c07408.txt: prints its own symbol A/RES/75/196; the graph alone ranks "
    )
    assert "inferred_symbol" not in table


def test_identify_a_file_not_in_the_store(data_store, data_dir, tmp_path):
    copy = tmp_path / "draft-72.txt"
    copy.write_bytes((data_dir / SEED["003_70c60a70578a8edc"]).read_bytes())
    rows = as_json("identify", copy, "--store", data_store)
    assert rows[0]["symbol"] == "A/RES/72/196" and rows[0]["reaffirmed_by"] == 2


def test_chain_and_lineage_on_the_demo(data_store):
    rows = as_json("chain", "78/229", "--store", data_store)
    assert [(r["symbol"], r["read_as"], r["verb"], r["para"]) for r in rows] == [
        ("A/RES/78/229", SEED["004_8557d7812f93ebe1"], None, None),
        ("A/RES/75/196", SEED["002_06d523d3b5c07408"], "reaffirm", "P1"),
        ("A/RES/72/196", SEED["003_70c60a70578a8edc"], "reaffirm", "P1"),
        ("A/RES/70/178", SEED["000_a6cd5bfce1dfcb97"], "reaffirm", "P1"),
    ]
    assert [r["cited_date"] for r in rows[1:]] == ["2020-12-16", "2017-12-19", "2015-12-17"]
    assert [r["passed_over"] for r in rows] == [
        [],
        ["A/RES/76/187", "A/RES/77/237"],
        ["A/RES/73/186", "A/RES/74/177"],
        ["A/RES/71/209"],
    ]
    series = as_json("lineage", "--store", data_store)
    assert series[0]["count"] == 5 and series[0]["versions"][:2] == ["78/229", "75/196"]


def test_relation_options_take_the_verb_as_typed_anywhere(data_store):
    # the lemma, the label, the command's name and "takes note of" all name one relation, as viz --relation takes them
    want = as_json("cites", "75/196", "--relation", "reaffirm", "--store", data_store)
    assert len(want) == 30
    for typed in ("reaffirms", "Reaffirm", "cg:reaffirms"):
        assert as_json("cites", "75/196", "-r", typed, "--store", data_store) == want
    noted = as_json("cites", "75/196", "-r", "take-note", "--store", data_store)
    for typed in ("takes note of", "takes-note", "take note"):
        assert as_json("cites", "75/196", "-r", typed, "--store", data_store) == noted
    res = run("cited-by", "70/1", "-r", "bananas", "--store", data_store, ok=False)
    assert res.exit_code == 2 and "unknown relation 'bananas'; one of: acknowledge, adopt," in res.stderr
    # as a resolution prints it, and a typo with what it may have meant
    assert as_json("cites", "75/196", "-r", "Reaffirming", "--store", data_store) == want
    assert as_json("cites", "75/196", "-r", "taking note of", "--store", data_store) == noted
    res = run("cites", "75/196", "-r", "reafirm", "--store", data_store, ok=False)
    assert (
        res.exit_code == 2
        and "unknown relation 'reafirm'; did you mean reaffirm or affirm? one of:" in res.stderr
    )


def test_an_id_may_be_pasted_as_a_link_a_file_name_or_in_quotes(data_store):
    want = as_json("cites", "75/196", "--store", data_store)
    assert len(want) > 100
    for pasted in (
        "https://undocs.org/en/A/RES/75/196",
        "A_RES_75_196",
        "A_RES_75_196.txt",
        "“75/196”",
        "'75/196'",
    ):
        assert as_json("cites", pasted, "--store", data_store) == want, pasted


def test_top_and_communities(data_store):
    rows = as_json("top", "--by", "in-degree", "--limit", "5", "--store", data_store)
    assert len(rows) == 5 and [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    cited = as_json("cited-by", rows[0]["symbol"], "--store", data_store)
    assert rows[0]["score"] == len({r["source"] for r in cited})
    pr = as_json("top", "--by", "pagerank", "--body", "GA", "--relation", "reaffirm", "--store", data_store)
    assert len(pr) == 20 and all(r["symbol"].startswith(("A/RES/", "A/DEC/")) for r in pr)
    comms = as_json("communities", "--store", data_store)
    assert comms == as_json("communities", "--store", data_store) and comms[0]["size"] >= comms[-1]["size"]


# ---------------------------------------------------------------- the corpus


@pytest.mark.corpus
def test_chain_80_229_through_the_seeds(corpus_store):
    rows = as_json("chain", "80/229", "--store", corpus_store)
    assert [r["symbol"] for r in rows] == [
        "A/RES/80/229",
        "A/RES/78/229",
        "A/RES/75/196",
        "A/RES/72/196",
        "A/RES/70/178",
    ]
    assert [r["verb"] for r in rows[1:]] == ["reaffirm"] * 4
    assert rows[1]["cited_date"] == "2023-12-19" and rows[2]["cited_date"] == "2020-12-16"
    assert (
        rows[3]["read_as"] == SEED["003_70c60a70578a8edc"]
        and rows[4]["read_as"] == SEED["000_a6cd5bfce1dfcb97"]
    )
    out = run("chain", "80/229", "--store", corpus_store).stdout
    assert out.startswith("80/229 → 78/229 → 75/196 → 72/196 → 70/178")
    # the yearly versions between the triennial ones read here are cited in P1 beside them, not read
    assert [r["passed_over"] for r in rows] == [
        [],
        [],
        ["A/RES/76/187", "A/RES/77/237"],
        ["A/RES/73/186", "A/RES/74/177"],
        ["A/RES/71/209"],
    ]


@pytest.mark.corpus
def test_a_draft_that_prints_its_symbol_becomes_the_resolution_read_beside_it(tmp_path, corpus):
    """The Third Committee drafts A/C.3/80/L.3 and L.4 (the corpus's PDFs), an amendment to L.3/Rev.1 (L.57),
    and the texts of 80/229, 80/228 and 78/229: a draft and its resolution bear one title and session. The
    UN's own lineage (unga-igov-lineage) says which became which."""
    ga, pdf = corpus / "unga-mandate-pipeline", corpus / "pdf"
    texts = [ga / "A_RES_80_229.txt", ga / "A_RES_80_228.txt", ga / "A_RES_78_229.txt"]
    texts += [pdf / f"A_C.3_80_L.{n}.pdf" for n in (3, 4, 57)]
    store = tmp_path / "store"
    run("build", *texts, "--store", store)
    rows = as_json("sparql", "SELECT ?d ?r WHERE { ?d cg:becomes ?r }", "--store", store)
    became = {(r["d"].rsplit("/id/", 1)[1], r["r"].rsplit("/id/", 1)[1]) for r in rows}
    assert became == {("A/C.3/80/L.3", "A/RES/80/229"), ("A/C.3/80/L.4", "A/RES/80/228")}  # not the amendment
    with (corpus / "unga-igov-lineage" / "igov_proposal_lineage.csv").open(encoding="utf-8") as f:
        lineage = {
            (d, r["resolution_symbol"]) for r in csv.DictReader(f) for d in r["draft_symbols"].split("|")
        }
    assert became <= lineage
    # one version with its resolution: the series counts it once, and shows it beside it
    series = as_json("lineage", "--store", store)
    assert [(s["count"], s["versions"]) for s in series] == [
        (2, ["80/229 (and its draft A/C.3/80/L.3)", "78/229"]),
        (1, ["80/228 (and its draft A/C.3/80/L.4)"]),
    ]
    assert as_json("show", "80/228", "--store", store)[0]["drafts"] == ["A/C.3/80/L.4"]
    # a draft prints its symbol: it infers none (SCHEMA.md's inferred_symbol is for a text that prints none)
    assert as_json("sparql", "SELECT ?d WHERE { ?d cg:inferredSymbol ?s }", "--store", store) == []
    # the resolution's own references, not its draft's, stand in its chain
    chain = as_json("sparql", "@chain", "80/229", "--store", store)
    assert ("A/RES/80/229", "A/RES/78/229") in {(r["from"], r["to"]) for r in chain}
    assert not any(r["from"].startswith("A/C.3/") for r in chain)


@pytest.mark.corpus
def test_a_chain_says_what_its_links_pass_over(tmp_path, data_dir, corpus):
    """Without 78/229 (seed 004), 80/229's link goes to 75/196 and passes over 78/229, which 80/229
    reaffirms in the same paragraph: the chain says so instead of skipping it unseen."""
    texts = [
        data_dir / SEED[n] for n in ("000_a6cd5bfce1dfcb97", "002_06d523d3b5c07408", "003_70c60a70578a8edc")
    ]
    store = tmp_path / "store"
    run("build", *texts, corpus / "unga-mandate-pipeline" / "A_RES_80_229.txt", "--store", store, "-j", "1")
    rows = as_json("chain", "80/229", "--store", store)
    assert [(r["symbol"], r["passed_over"]) for r in rows[:2]] == [
        ("A/RES/80/229", []),
        ("A/RES/75/196", ["A/RES/76/187", "A/RES/77/237", "A/RES/78/229"]),
    ]
    res = run("chain", "80/229", "--store", store)
    assert res.stdout.startswith("80/229 → 75/196 → 72/196 → 70/178\n")
    assert res.stderr == (
        "citegraph: the links pass over 6 document(s) cited beside the next version (same verb, same paragraph)"
        " whose texts were not read: 76/187, 77/237, 78/229, 73/186, 74/177, 71/209 (column passed_over); add"
        " their texts to follow the chain through them\n"
    )


def test_the_build_links_each_draft_to_its_resolution(data_store, data_dir):
    from citegraph import answers

    st = answers.open_store(data_store)
    rows = answers.select(st, "SELECT ?d ?r ?s WHERE { ?d cg:becomes ?r ; cg:inferredSymbol ?s } ORDER BY ?d")
    assert [(answers.key_of(r["d"]), answers.key_of(r["r"]), r["s"]) for r in rows] == [
        ("file/000_a6cd5bfce1dfcb97", "A/RES/70/178", "A/RES/70/178"),
        ("file/003_70c60a70578a8edc", "A/RES/72/196", "A/RES/72/196"),
    ]
    assert answers.show(st, "70/178")["drafts"] == ["file/000_a6cd5bfce1dfcb97"]
    # read only as its draft, 70/178 goes by its draft's title
    title = (
        "Strengthening the United Nations crime prevention and criminal justice programme, in particular its"
    )
    assert answers.show(st, "70/178")["title"] == title + " technical cooperation capacity"
    assert {r["target"]: r["title"] for r in answers.references(st, "75/196")}["A/RES/72/196"].startswith(
        title
    )
    assert answers.show(st, "70/178")["cites_as_read_in"] == "file/000_a6cd5bfce1dfcb97"
    assert answers.show(st, SEED["000_a6cd5bfce1dfcb97"])["inferred_symbol"] == "A/RES/70/178"
    # 70/178 is already described (it is cited): the identification adds no second description
    ids = answers.select(
        st,
        "SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/citegraph/id/A/RES/70/178> dcterms:identifier ?i } }",
    )
    assert len(ids) == 1
    del st
    res = run("identify", data_dir / SEED["000_a6cd5bfce1dfcb97"], "--apply", "--store", data_store, ok=False)
    assert res.exit_code == 1 and "--apply is no longer needed" in res.stderr


def test_an_identification_follows_the_texts_in_the_store(tmp_path, data_dir):
    """003 is 72/196 because 75/196 and 78/229 reaffirm 72/196: without them it is no one, and it is again
    once 78/229 is added back. Remove and add keep the store what a build of its texts gives."""
    from citegraph import answers

    store = tmp_path / "store"
    draft = data_dir / SEED["003_70c60a70578a8edc"]
    run("build", draft, data_dir / SEED["002_06d523d3b5c07408"], "--store", store, "-j", "1")

    def becomes() -> list[str]:
        st = answers.open_store(store)
        return [answers.key_of(r["r"]) for r in answers.select(st, "SELECT ?r WHERE { ?d cg:becomes ?r }")]

    assert becomes() == ["A/RES/72/196"]
    run("remove", "75/196", "--store", store)
    assert becomes() == []
    run("add", data_dir / SEED["004_8557d7812f93ebe1"], "--store", store)
    assert becomes() == ["A/RES/72/196"]


@pytest.mark.corpus
def test_most_cited_by_the_security_council(corpus_store):
    rows = as_json("ask", "most cited by UNSC", "--store", corpus_store)
    top = rows[0]
    citing = {
        r["source"]
        for r in as_json("cited-by", top["symbol"], "--store", corpus_store)
        if r["source"].startswith("S/RES/")
    }
    assert top["cited_by"] == len(citing) and top["cited_by"] >= rows[-1]["cited_by"]
    ranked = as_json("top", "--by", "in-degree", "--body", "sc", "--limit", "3", "--store", corpus_store)
    assert all(r["symbol"].startswith("S/RES/") for r in ranked)


@pytest.mark.corpus
def test_a_council_number_typed_without_its_year(corpus_store):
    # 687 is in the table of the Council's years; 2334 is past it, and the store holds it as 2334 (2016)
    assert as_json("cited-by", "SC 687", "--store", corpus_store) == as_json(
        "cited-by", "687 (1991)", "--store", corpus_store
    )
    by_number = as_json("cited-by", "S/RES/2334", "--store", corpus_store)
    assert by_number == as_json("cited-by", "2334 (2016)", "--store", corpus_store)
    assert {"A/RES/78/76", "A/RES/78/78"} <= {r["source"] for r in by_number}


# ---- documents typed by name -----------------------------------------------------------------------


def test_a_name_that_names_one_document_stands_for_its_id(corpus_store):
    # footnotes print "Convention on the Rights of the Child" over "United Nations, Treaty Series, vol. 1577,
    # No. 27531", and the 2030 Agenda's title over resolution 70/1: the name, quoted or not, case aside, is the ID
    by_name = as_json("cited-by", "the Convention on the Rights of the Child", "--store", corpus_store)
    assert by_name == as_json("cited-by", "UNTS 1577/27531", "--store", corpus_store) and len(by_name) > 20
    out = run(
        "ask", "who cites “The 2030 Agenda for Sustainable Development”", "--store", corpus_store
    ).stdout
    assert "what cites 70/1:" in out.splitlines()[0]


def test_a_name_several_documents_bear_is_asked_back(corpus_store):
    # "the Paris Agreement" is printed over the agreement (FCCC/CP/2015/10/Add.1) and over decision 1/CP.21
    res = run("cited-by", "the Paris Agreement", "--store", corpus_store, ok=False)
    assert res.exit_code == 1
    assert res.stderr == (
        "citegraph: the Paris Agreement names 2 documents: the Paris Agreement (FCCC/CP/2015/10/Add.1); "
        "the Paris Agreement (UNFCCC decision 1/CP.21); give the ID of one\n"
    )


def test_a_named_query_asks_back_a_name_several_documents_bear(corpus_store):
    res = run("sparql", "@cited-by", "the Paris Agreement", "--store", corpus_store, ok=False)
    assert res.exit_code == 1 and res.stderr.startswith("citegraph: the Paris Agreement names 2 documents: ")


def test_part_of_a_name_offers_the_names_that_hold_it(corpus_store):
    res = run("show", "Convention against Corruption", "--store", corpus_store, ok=False)
    assert res.exit_code == 1
    assert res.stderr.startswith(
        "citegraph: unknown ID Convention against Corruption: not in the store; names that hold it: "
        "United Nations Convention against Corruption (UNTS 2349/42146); "
    )
    # names: of instruments (not the words a footnote stands on, "in accordance with the ...") and titles
    assert re.findall(r" \(([^()]*)\)(?=; )", res.stderr) == [
        "UNTS 2349/42146",
        "UNTS 2349/42146",
        "CAC/COSP/2019/17",
        "79/190",
    ]
    one_word = run("show", "Convention", "--store", corpus_store, ok=False)
    assert (
        one_word.exit_code == 1 and one_word.stderr == "citegraph: unknown ID Convention: not in the store\n"
    )


@pytest.mark.corpus
def test_a_council_number_alone_is_the_council_s_resolution(corpus_store):
    """ "687" is no GA symbol (those hold a session): it was 'unknown ID 687 ... did you mean 68/75'."""
    rows = as_json("cited-by", "687", "--store", corpus_store)
    assert rows == as_json("cited-by", "S/RES/687 (1991)", "--store", corpus_store) and len(rows) == 8
    assert run("show", "687", "--store", corpus_store).stdout.splitlines()[0].strip() == "687 (1991)"


def test_most_cited_by_a_body_none_of_whose_texts_was_read_says_so(data_store):
    res = run("ask", "most cited by SC", "--store", data_store, "--format", "csv")
    assert res.stdout == "rank,symbol,score,cited_by,date,title\n"
    assert res.stderr == "citegraph: no text of SC was read into this store (texts read: GA)\n"
    assert run("ask", "most cited by GA", "--store", data_store).stderr == ""


def test_inferred_symbols_are_the_identify_command_s_first_candidates(tmp_path, data_dir):
    """infer_symbols (what build and extract record) identifies each series' drafts once, not once per draft:
    its answers are still identify's, draft for draft, here with three copies of each demo draft."""
    from citegraph import answers
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    paths = sorted(data_dir.glob("*.txt"))
    for i in range(3):
        for n in ("000_a6cd5bfce1dfcb97", "003_70c60a70578a8edc"):
            (tmp_path / f"{n}-{i}.txt").write_bytes((data_dir / SEED[n]).read_bytes())
    docs, cites, keys = [], [], []
    for p in [*paths, *sorted(tmp_path.glob("*.txt"))]:
        doc = read_document(p)
        key = answers.text_key(doc)
        docs.append(answers.document_row(doc))
        cites += answers.citation_rows_of(key, extract_references(doc))
        if key.startswith("file/"):
            keys.append(key)
    G = answers.analysis.build_graph(docs, cites)
    first = {k: rows[0] for k in keys if (rows := answers.identify_rows(G, k))}
    expected = {k: r["symbol"] for k, r in first.items() if r["reaffirmed_by"]}
    assert answers.infer_symbols(docs, cites, keys) == expected
    assert sorted(expected.values()).count("A/RES/72/196") == 4 and len(keys) == 9


def test_a_count_of_citing_rows_says_how_many_documents_they_are(data_store):
    """cited-by lists one row per citing text and verb: 4 of the demo texts cite 70/1, in 10 (text, verb) rows;
    a footnote's 70/1 counts under the verb where its mark stands (75/196 P11 (F7): reaffirm)."""
    rows = as_json("cited-by", "70/1", "--store", data_store)
    assert (len(rows), len({r["source"] for r in rows})) == (10, 4)
    assert {r["para"] for r in rows if r["source"] == "A/RES/75/196"} == {"P11 (F7); P59; O2", "O17"}
    assert "what cites 70/1: 10 rows, 4 documents" in run("cited-by", "70/1", "--store", data_store).stdout
    assert (
        run("reaffirms", "75/196", "--store", data_store).stdout.split("\n")[0].strip()
        == "what 75/196 reaffirms: 30"
    )


def test_a_citing_draft_shows_as_the_resolution_it_became(data_store):
    """The demo's drafts 000 and 003 were identified as 70/178 and 72/196 (the build's cg:becomes)."""
    rows = as_json("cited-by", "70/1", "--store", data_store)
    drafts = {(r["source"], r["draft_of"]) for r in rows if r["draft_of"]}
    assert drafts == {
        ("file/" + SEED["003_70c60a70578a8edc"][:-4], "A/RES/72/196"),
        ("file/" + SEED["000_a6cd5bfce1dfcb97"][:-4], "A/RES/70/178"),
    }
    assert {r["draft_of"] for r in rows if r["source"].startswith("A/RES/")} == {None}
    out = run("cited-by", "70/1", "--store", data_store).stdout
    assert "72/196 (draft file/003_70c60a70578a8edc)" in out and "draft_of" not in out
    table = list(
        csv.DictReader(io.StringIO(run("cited-by", "70/1", "--store", data_store, "--format", "csv").stdout))
    )
    assert list(table[0]) == ["source", "date", "title", "verb", "para", "draft_of"]
    assert {(r["source"], r["draft_of"]) for r in table if r["draft_of"]} == drafts


def test_ids_and_bodies_as_people_type_them(data_store, data_dir):
    res = run("show", "", "--store", data_store, ok=False)
    assert (res.exit_code, res.stderr) == (
        1,
        "citegraph: an empty ID: give a symbol (75/196, 1373 (2001)), a file name or a document's name\n",
    )
    # a body by its full name, in ask and in --body
    assert as_json("ask", "most cited by the General Assembly", "--store", data_store) == as_json(
        "ask", "most cited by GA", "--store", data_store
    )
    assert as_json("top", "--body", "General Assembly", "--store", data_store) == as_json(
        "top", "--body", "GA", "--store", data_store
    )
    # a tie between the first candidates is said, with what decides it
    res = run("identify", data_dir / SEED["000_a6cd5bfce1dfcb97"], "--store", data_store)
    assert res.stderr.startswith(
        f"citegraph: {data_dir / SEED['000_a6cd5bfce1dfcb97']}: A/RES/70/178 ties with A/RES/70/182 on score;"
    )
    assert run("identify", data_dir / SEED["003_70c60a70578a8edc"], "--store", data_store).stderr == ""
