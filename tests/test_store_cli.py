"""The graph commands on the demo texts, through the real pipeline: add, remove, export, sparql."""

from __future__ import annotations

import json

import pytest
from test_graph_support import run_cli

D002 = "002_06d523d3b5c07408.txt"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, data_dir):
    st = tmp_path_factory.mktemp("demo") / "store"
    run_cli("build", str(data_dir), "--store", str(st), "--workers", "2")
    return st


def quads(st) -> int:
    out = run_cli(
        "sparql",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "--format",
        "json",
        "--store",
        str(st),
    ).stdout
    return int(json.loads(out)[0]["n"])


def test_add_the_same_text_twice_gives_the_same_store(tmp_path, data_dir):
    st = tmp_path / "store"
    run_cli("add", str(data_dir / D002), "--store", str(st))
    once = quads(st)
    export1 = run_cli("export", "--format", "nt", "--store", str(st)).stdout
    run_cli("add", str(data_dir / D002), "--store", str(st))
    assert quads(st) == once > 1000
    assert run_cli("export", "--format", "nt", "--store", str(st)).stdout == export1


def test_add_to_a_built_store_then_remove(tmp_path, data_dir):
    st = tmp_path / "store"
    run_cli("build", str(data_dir / "000_a6cd5bfce1dfcb97.txt"), "--store", str(st), "--workers", "1")
    base = quads(st)
    run_cli("add", str(data_dir / D002), "--store", str(st))
    assert quads(st) > base
    r = run_cli("remove", "75/196", "--store", str(st))
    assert r.stderr == "citegraph: removed A/RES/75/196\n"
    assert quads(st) == base
    r = run_cli("remove", "75/196", "--store", str(st), check=False)
    assert r.returncode == 1 and r.stderr.startswith("citegraph: 75/196: no text read")


def test_files_of_one_name_in_two_folders_are_two_documents(tmp_path, data_dir):
    """A draft and a resolution both saved as res.txt: two documents, two graphs, each removable by its path."""
    for folder, seed in (("a", "000_a6cd5bfce1dfcb97.txt"), ("b", D002)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "res.txt").write_bytes((data_dir / seed).read_bytes())
    st = tmp_path / "store"
    r = run_cli("build", str(tmp_path / "a"), str(tmp_path / "b"), "--store", str(st), "--workers", "1")
    assert "replaces" not in r.stderr and "built 2 text(s), 193 references" in r.stderr
    graphs = run_cli(
        "sparql",
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d cg:isRead true } } ORDER BY ?g",
        "--format",
        "csv",
        "--store",
        str(st),
    ).stdout.split()
    g = "https://w3id.org/citegraph/id/graph/"
    assert graphs == ["g", g + "A/RES/75/196", g + "file/res"]
    r = run_cli("remove", str(tmp_path / "b" / "res.txt"), "--store", str(st))
    assert r.stderr == "citegraph: removed A/RES/75/196\n"
    r = run_cli("remove", "res", "--store", str(st))
    assert r.stderr == "citegraph: removed file/res\n"
    # two drafts (no symbol printed) of one file name: one text, and the build says so
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "res.txt").write_bytes((tmp_path / "a" / "res.txt").read_bytes())
    r = run_cli("build", str(tmp_path / "a"), str(tmp_path / "c"), "--store", str(st), "--workers", "1")
    assert (
        f"citegraph: {tmp_path / 'c' / 'res.txt'}: no printed symbol and the file name of"
        f" {tmp_path / 'a' / 'res.txt'}, which it replaces (rename one to keep both)\n"
    ) in r.stderr


def test_sparql_formats_and_errors(demo_store, tmp_path):
    q = "SELECT ?t WHERE { cgd:A/RES/75/196 cg:reaffirms/dcterms:identifier ?t } ORDER BY ?t LIMIT 2"
    assert json.loads(run_cli("sparql", q, "--format", "json", "--store", str(demo_store)).stdout) == [
        {"t": "A/DEC/74/568"},
        {"t": "A/RES/46/152"},
    ]
    assert (
        run_cli("sparql", q, "--format", "csv", "--store", str(demo_store)).stdout
        == "t\nA/DEC/74/568\nA/RES/46/152\n"
    )
    f = tmp_path / "q.rq"
    f.write_text("ASK { cgd:A/RES/75/196 cg:reaffirms cgd:A/RES/60/1 }")
    assert run_cli("sparql", str(f), "--format", "json", "--store", str(demo_store)).stdout.strip() == "true"
    table = run_cli("sparql", "@reaffirms", "75/196", "--store", str(demo_store)).stdout
    assert "A/DEC/74/568" in table and "decision 74/568" in table
    bad = run_cli("sparql", "SELECT WHERE {", "--store", str(demo_store), check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("citegraph: SPARQL syntax error")
    assert "Traceback" not in bad.stderr
    none = run_cli("sparql", "@reaffirms", "75/196", "--store", str(tmp_path / "nothing"), check=False)
    assert none.returncode == 1 and "citegraph build" in none.stderr


def test_sparql_shorthand_spares_strings_and_names_paragraphs(demo_store):
    def csv(q):
        return run_cli("sparql", q, "--format", "csv", "--store", str(demo_store)).stdout

    # a string that holds the shorthand is compared as typed, not as an IRI
    q = 'SELECT ?id WHERE { ?d dcterms:identifier ?id FILTER(CONCAT("cgd:", ?id) = "cgd:A/RES/75/196") }'
    assert csv(q) == "id\nA/RES/75/196\n"
    # cgd:A/RES/75/196#P1 is the paragraph, as the table prints it (it was <...75/196> and a comment)
    q = "SELECT ?label WHERE { cgd:A/RES/75/196#P1 cg:label ?label ; eli:is_part_of cgd:A/RES/75/196 }"
    assert csv(q) == "label\nP1\n"
    table = run_cli(
        "sparql",
        "SELECT ?p { ?p cg:label 'P1' ; eli:is_part_of cgd:A/RES/75/196 }",
        "--store",
        str(demo_store),
    )
    assert "cgd:A/RES/75/196#P1" in table.stdout


def test_sparql_refuses_an_update_and_says_how_the_store_changes(demo_store):
    before = quads(demo_store)
    for q, op in (
        ("INSERT DATA { cgd:x cg:reaffirms cgd:y }", "INSERT"),
        ("# drop it all\nPREFIX ex: <http://x/#>\ndelete where { ?s ?p ?o }", "DELETE"),
    ):
        r = run_cli("sparql", q, "--store", str(demo_store), check=False)
        assert (r.returncode, r.stdout, r.stderr) == (
            1,
            "",
            f"citegraph: {op} is a SPARQL update, and citegraph sparql only reads the store (SELECT, ASK,"
            " CONSTRUCT, DESCRIBE): the store holds what the texts say, so change it with `citegraph add"
            " PATH...`, `citegraph remove ID` or `citegraph build PATH...`\n",
        )
    assert quads(demo_store) == before
    # a query that only mentions an update keyword is a query like any other
    r = run_cli(
        "sparql", "SELECT ?x WHERE { BIND('INSERT' AS ?x) }", "--format", "csv", "--store", str(demo_store)
    )
    assert r.stdout == "x\nINSERT\n"


def test_named_query_arguments_are_read_as_every_command_reads_an_id(demo_store):
    def rows(*args):
        return json.loads(run_cli("sparql", *args, "--format", "json", "--store", str(demo_store)).stdout)

    by_id = rows("@cited-by", "UNTS 1577/27531")
    assert by_id and by_id == rows("@cited-by", "the Convention on the Rights of the Child")
    assert rows("@reaffirms", D002) == rows("@reaffirms", "75/196")
    # an ID the store does not know answers nothing, as before; words that are no ID nor a name held are refused
    assert rows("@reaffirms", "A/RES/1/1") == []
    bad = run_cli("sparql", "@cited-by", "the Paris Agreement", "--store", str(demo_store), check=False)
    assert (bad.returncode, bad.stderr) == (
        1,
        "citegraph: 'the Paris Agreement' is not a document identifier (not a UN identifier: 'the Paris Agreement')\n",
    )


def test_sparql_lists_the_named_queries(demo_store):
    rows = json.loads(run_cli("sparql", "--list", "--format", "json", "--store", str(demo_store)).stdout)
    names = {r["query"]: r["arguments"] for r in rows}
    assert names["@reaffirms"] == "DOC"
    assert names["@cites-both"] == "X Y"
    for q in ("@cited-by", "@most-cited", "@treaties", "@per-year-verb", "@chain"):
        assert q in names
    assert all(r["answers"] for r in rows)
    # what each answers is its comment's first sentence, whole, not its first line
    answers = {r["query"]: r["answers"] for r in rows}
    assert answers["@chain"] == (
        "The chain of reaffirmation: every reaffirms-edge reachable from a document through the property path"
        " cg:reaffirms* — what it reaffirms, what those reaffirm in turn, and so on."
    )


def test_named_queries_on_the_demo_texts(demo_store):
    def rows(*args):
        return json.loads(run_cli("sparql", *args, "--format", "json", "--store", str(demo_store)).stdout)

    both = rows("@cites-both", "46/152", "60/1")
    # 75/196 and its draft 000 (a text without a printed symbol) both reaffirm 46/152 and 60/1
    assert {r["short"] for r in both} >= {"75/196", "file/000_a6cd5bfce1dfcb97"}
    assert all("reaffirm" in r["x_relations"].split() for r in both if r["short"] == "75/196")
    cited_by = rows("@cited-by", "46/152")
    assert {
        "citing": "A/RES/75/196",
        "short": "75/196",
        "relation": "reaffirm",
        "occurrences": "1",
        "paragraphs": "P1",
    } in cited_by
    chain = rows("@chain", "75/196")
    assert {"from": "A/RES/75/196", "to": "A/DEC/74/568"} in chain
    # 72/196 and 70/178 were read as their drafts (003, 000): the chain goes on through them
    chain = rows("@chain", "78/229")
    assert {r["from"] for r in chain} == {"A/RES/78/229", "A/RES/75/196", "A/RES/72/196", "A/RES/70/178"}
    assert {"from": "A/RES/72/196", "to": "A/RES/70/178"} in chain
    treaties = rows("@treaties")
    uncac = [r for r in treaties if r["registration"] == "42146"]
    assert uncac and uncac[0]["name"] == "United Nations Convention against Corruption"
    # every demo text footnotes the Convention; a draft identified as a resolution is named by it
    assert uncac[0]["citing"] == "5"
    assert set(uncac[0]["cited_by"].split("; ")) == {
        "78/229",
        "75/196",
        "72/196 (draft file/003_70c60a70578a8edc)",
        "70/178 (draft file/000_a6cd5bfce1dfcb97)",
        "file/001_f64c22de6ca2032f",
    }
    per_year = rows("@per-year-verb")
    assert {r["year"] for r in per_year} >= {"2020"}
    most = rows("@most-cited")
    assert int(most[0]["citing"]) >= int(most[-1]["citing"])
    # the five texts are four resolutions and a draft (001) not identified: five citing documents at most
    assert (most[0]["target"], most[0]["citing"], most[0]["occurrences"]) == ("UNTS/2225/39574", "5", "9")


def test_export_to_a_file_and_graphml(demo_store, tmp_path):
    out = tmp_path / "g.graphml"
    r = run_cli("export", "--format", "graphml", "-o", str(out), "--store", str(demo_store))
    assert "wrote" in r.stderr
    assert out.read_text().startswith("<?xml") and "<graphml" in out.read_text()
    import networkx as nx

    g = nx.read_graphml(out)
    drafts = {a["label"]: a["draft_of"] for _n, a in g.nodes(data=True) if "draft_of" in a}
    assert drafts == {
        "file/003_70c60a70578a8edc": "A/RES/72/196",
        "file/000_a6cd5bfce1dfcb97": "A/RES/70/178",
    }


def test_unreadable_inputs_are_reported_and_a_build_of_nothing_keeps_the_store(tmp_path, data_dir):
    st = tmp_path / "store"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 not a text")
    r = run_cli("build", str(data_dir / D002), str(bad), "--store", str(st), "--workers", "1", check=False)
    assert r.returncode == 1
    assert f"citegraph: {bad}: " in r.stderr
    assert "Traceback" not in r.stderr
    before = quads(st)
    assert before > 1000  # the readable text was built
    r = run_cli("build", str(bad), "--store", str(st), check=False)
    assert r.returncode == 1 and "the store is unchanged" in r.stderr
    assert quads(st) == before
    # a mistyped path is refused before anything is read: the build does not shrink the store to the rest
    missing = tmp_path / "missing.txt"
    r = run_cli("build", str(data_dir), str(missing), "--store", str(st), check=False)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == (
        f"citegraph: no such file or folder: {missing} (nothing was read; {st} is as it was)"
    )
    assert quads(st) == before


def test_a_build_replaces_only_a_store_or_an_empty_folder(tmp_path, data_dir):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "notes.txt").write_text("mine", encoding="utf-8")
    (texts / "002.txt").write_text((data_dir / D002).read_text(encoding="utf-8"), encoding="utf-8")
    r = run_cli("build", str(texts), "--store", str(texts), check=False)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == (
        f"citegraph: {texts} is a folder that is not a graph store (it holds 002.txt, notes.txt, ...): a build"
        " replaces its whole store folder, so give --store a new or empty folder"
    )
    assert sorted(p.name for p in texts.iterdir()) == ["002.txt", "notes.txt"]  # nothing lost
    r = run_cli("build", str(texts / "002.txt"), "--store", ".", check=False)
    assert r.returncode == 1
    assert (
        r.stderr.strip().splitlines()[-1]
        == "citegraph: . holds the current folder: give --store a folder of its own"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    run_cli("build", str(texts / "002.txt"), "--store", str(empty))
    assert quads(empty) > 1000
    run_cli("build", str(data_dir), "--store", str(empty))  # a store is replaced
    assert quads(empty) > 10_000


def test_add_and_remove_make_no_store_for_nothing(tmp_path):
    st = tmp_path / "store"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 not a text")
    r = run_cli("add", str(bad), "--store", str(st), check=False)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == (
        f"citegraph: none of the 1 text(s) could be read: no store was made at {st}"
    )
    r = run_cli("add", str(tmp_path / "missing.txt"), "--store", str(st), check=False)
    assert r.returncode == 1 and "no such file or folder" in r.stderr
    r = run_cli("remove", "75/196", "--store", str(st), check=False)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == f"citegraph: no graph store at {st}: nothing to remove"
    assert not st.exists()


def test_a_mistyped_query_file_is_no_such_file(demo_store):
    r = run_cli("sparql", "queries/nope.rq", "--store", str(demo_store), check=False)
    assert (r.returncode, r.stderr) == (
        1,
        "citegraph: no such query file: queries/nope.rq (give a query text, a .rq file or @name)\n",
    )
