"""Lookups and the ask grammar of citegraph.answers, on the store built from data/.

Expected answers come from the gold file (what 75/196 reaffirms) or from the
extractor run on the same texts (what cites what), never from the code under test.
"""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import REAFFIRMED_IN_FOOTNOTES, gold_reaffirmed, gold_refs, gold_targets

from citegraph import answers
from citegraph.verbs import VERBS


@pytest.fixture(scope="session")
def data_store(data_store_path):
    st = answers.open_store(data_store_path)
    yield st
    del st


@pytest.fixture(scope="session")
def extracted(data_dir):
    """Every reference the extractor finds in each demo text, keyed by file name."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    return {p.name: extract_references(read_document(p)) for p in sorted(data_dir.glob("*.txt"))}


def test_what_75_196_reaffirms_is_the_gold(data_store, gold_dir):
    assert len(gold_targets(gold_dir, "reaffirm")) == 22
    expected = gold_reaffirmed(gold_dir)
    assert len(expected) == 30  # + the four volumes of UNTOC, four other conventions (70/1 is in P59 too)
    rows = answers.references(data_store, "75/196", "reaffirm")
    assert [r["target"] for r in rows].count("A/RES/46/152") == 1  # one row per target
    assert {r["target"] for r in rows} == expected
    assert len(rows) == 30
    first = rows[0]
    assert (first["target"], first["date"], first["verb"], first["para"]) == (
        "A/RES/46/152",
        "1991-12-18",
        "reaffirm",
        "P1",
    )
    # a footnote's source is reaffirmed where the footnote's mark stands
    paras = {r["target"]: r["para"] for r in rows}
    for g in gold_refs(gold_dir):
        if g["para"] in REAFFIRMED_IN_FOOTNOTES:
            assert f"{REAFFIRMED_IN_FOOTNOTES[g['para']]} ({g['para']})" in paras[g["target"]].split("; ")
    assert paras["UNTS/2225/39574"] == "P2 (F1)"
    assert paras["UNTS/2349/42146"] == "P2 (F5)"
    assert paras["A/RES/70/1"] == "P11 (F7); P59; O2"


def test_ask_gives_the_same_answer(data_store, gold_dir):
    ans = answers.ask(data_store, "What does 75/196 reaffirm?")
    assert ans.rows == answers.references(data_store, "A/RES/75/196", "reaffirm")
    assert {r["target"] for r in ans.rows} == gold_reaffirmed(gold_dir)
    assert ans.columns == ("target", "date", "title", "verb", "para")


def test_as_source_is_every_footnote_reference(data_store, gold_dir):
    """ "cites as source" still lists what the footnotes give, used in the body or not."""
    rows = answers.references(data_store, "75/196", "source")
    footnoted = {r["target"] for r in gold_refs(gold_dir) if r["para"].startswith("F")}
    assert {r["target"] for r in rows} == footnoted
    assert {r["verb"] for r in rows} == {"source"}
    assert next(r["para"] for r in rows if r["target"] == "UNTS/976/14152") == "F2"


@pytest.mark.parametrize(
    "typed",
    [
        "75/196",
        "A/RES/75/196",
        "a/res/75/196",
        "GA 75/196",
        "002_06d523d3b5c07408.txt",
        "data/002_06d523d3b5c07408.txt",
    ],
)
def test_short_forms_and_file_names_resolve(data_store, typed):
    assert answers.resolve(data_store, typed) == "A/RES/75/196"


def test_a_text_without_symbol_resolves_by_file(data_store):
    assert answers.resolve(data_store, "000_a6cd5bfce1dfcb97.txt") == "file/000_a6cd5bfce1dfcb97"
    assert answers.resolve(data_store, "file/000_a6cd5bfce1dfcb97") == "file/000_a6cd5bfce1dfcb97"


def test_unknown_id_suggests_the_nearest(data_store):
    with pytest.raises(answers.UnknownId) as err:
        answers.resolve(data_store, "75/169")
    assert "75/196" in err.value.suggestions
    assert "unknown ID 75/169" in str(err.value) and "did you mean" in str(err.value)


def test_cites_every_verb_matches_the_extractor(data_store, extracted):
    refs = extracted["002_06d523d3b5c07408.txt"]
    # a footnote's reference counts where its mark stands, under the verb there, when the extractor read one
    expected = {(r.target, r.anchor_relation or r.relation) for r in refs}
    rows = answers.references(data_store, "75/196")
    assert {(r["target"], r["verb"]) for r in rows} == expected
    # each row lists every paragraph the extractor put that (target, verb) in
    paras = {}
    for r in refs:
        where = f"{r.anchor_para} ({r.para})" if r.anchor_relation else r.para
        paras.setdefault((r.target, r.anchor_relation or r.relation), set()).add(where)
    assert all(set(r["para"].split("; ")) == paras[(r["target"], r["verb"])] for r in rows)


def test_cited_by_matches_the_extractor(data_store, extracted):
    keys = {"002_06d523d3b5c07408.txt": "A/RES/75/196", "004_8557d7812f93ebe1.txt": "A/RES/78/229"}
    expected = {
        (keys.get(f, "file/" + f[:-4]), r.relation)
        for f, refs in extracted.items()
        for r in refs
        if r.target == "A/RES/70/178"
    }
    rows = answers.cited_by(data_store, "70/178")
    assert {(r["source"], r["verb"]) for r in rows} == expected
    assert {("A/RES/75/196", "reaffirm"), ("A/RES/78/229", "reaffirm")} <= expected
    assert answers.ask(data_store, "who cites 70/178").rows == rows
    assert answers.ask(data_store, "what reaffirms A/RES/70/178").rows == [
        r for r in rows if r["verb"] == "reaffirm"
    ]


def test_ask_verb_phrases(data_store):
    assert answers.ask(data_store, "what does 75/196 take note of").rows == answers.references(
        data_store, "75/196", "take-note"
    )
    assert answers.ask(data_store, "what does 75/196 cite").rows == answers.references(data_store, "75/196")


def test_unknown_question_lists_the_forms(data_store):
    with pytest.raises(answers.UnknownQuestion) as err:
        answers.ask(data_store, "how tall is the Secretariat building")
    msg = str(err.value)
    assert all(form in msg for form in ("what does X <verb>", "who cites X", "chain of X", "most cited"))


def test_parse_question_knows_every_verb():
    for v in VERBS.values():
        if v.lemma in ("cite", "source"):
            continue
        phrase = v.lemma.replace("-", " ")
        assert answers.parse_question(f"what does 75/196 {phrase}") == ("out", "75/196", v.lemma)
        assert answers.parse_question(f"what {v.label} ECOSOC 2017/15?") == ("in", "ECOSOC 2017/15", v.lemma)


def test_show(data_store):
    info = answers.show(data_store, "75/196")
    assert (info["symbol"], info["short"], info["body"], info["session"]) == (
        "A/RES/75/196",
        "75/196",
        "GA",
        75,
    )
    assert info["link"] == "https://undocs.org/A/RES/75/196"
    assert info["date"] == "2020-12-16" and info["read"] is True
    assert info["cites_by_verb"] == dict(sorted(Counter(r["verb"] for r in info["cites"]).items()))
    assert info["cites_by_verb"]["reaffirm"] == 30  # test_what_75_196_reaffirms_is_the_gold
    assert {r["source"] for r in info["cited_by"]} == {"A/RES/78/229"}


def test_most_cited(data_store):
    ans = answers.ask(data_store, "most cited")
    top = ans.rows[0]
    assert top["cited_by"] == len({r["source"] for r in answers.cited_by(data_store, top["symbol"])})
    assert [r["cited_by"] for r in ans.rows] == sorted((r["cited_by"] for r in ans.rows), reverse=True)


def test_a_treaty_volume_is_titled_by_its_treaty(data_store):
    rows = {r["target"]: r for r in answers.references(data_store, "75/196", "source")}
    assert (
        rows["UNTS/2225/39574"]["title"] == "United Nations Convention against Transnational Organized Crime"
    )
    assert rows["UNTS/2225/39574"]["para"].split("; ")[0] == "F1"
