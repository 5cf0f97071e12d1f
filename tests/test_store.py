"""The on-disk store: add replaces, remove drops, builds swap atomically, exports are deterministic.

Documents come from the gold files (real data) through :func:`store.prepare_document`, so these
tests exercise the store whatever the state of the reader and the extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic
from test_graph_support import gold_document

from citegraph import graph, store

G000 = "000_a6cd5bfce1dfcb97.jsonl"
G002 = "002_06d523d3b5c07408.jsonl"


@pytest.fixture(scope="module")
def preps(gold_dir):
    return {name: store.prepare_document(*gold_document(gold_dir / name)) for name in (G000, G002)}


@pytest.fixture
def built(tmp_path, preps) -> Path:
    path = tmp_path / "store"
    store.build_from(lambda: list(preps.values()), path)
    return path


def reaffirmed(path: Path) -> list[str]:
    st = store.open_store(path)
    return [store.term_text(r["target"]) for r in store.run_named(st, "reaffirms", ["75/196"]).rows]


def test_adding_a_document_twice_leaves_the_same_store(tmp_path, preps):
    path = tmp_path / "store"
    store.add_prepared([preps[G002]], path)
    once = sorted(map(str, store.open_store(path)))
    rep = store.add_prepared([preps[G002]], path)
    twice = sorted(map(str, store.open_store(path)))
    assert rep.quads == len(once) == len(twice)
    assert twice == once
    assert len(reaffirmed(path)) == 22


def test_add_then_remove_leaves_only_the_ontology(tmp_path, preps):
    path = tmp_path / "store"
    empty = store.open_store(path, write=True)
    n0 = len(empty)
    del empty
    store.add_prepared([preps[G000], preps[G002]], path)
    assert store.remove("75/196", path) == [graph.CGD + "graph/A/RES/75/196"]
    st = store.open_store(path)
    assert reaffirmed(path) == []
    # the draft is still there, with its own citations
    assert len(store.query(st, "SELECT ?d WHERE { ?d cg:isRead true }").rows) == 1
    del st
    assert store.remove("file/000_a6cd5bfce1dfcb97", path) == [graph.CGD + "graph/file/000_a6cd5bfce1dfcb97"]
    assert len(store.open_store(path)) == n0
    assert store.remove("75/196", path) == []


def test_build_replaces_the_store(built, preps):
    assert len(reaffirmed(built)) == 22
    store.build_from(lambda: [preps[G000]], built)
    assert reaffirmed(built) == []
    assert [p.name for p in built.parent.iterdir()] == ["store"]  # no leftovers


def test_a_failed_build_leaves_the_previous_store(built, preps):
    before = reaffirmed(built)

    def exploding():
        yield preps[G000]
        raise KeyboardInterrupt  # as if interrupted while reading

    with pytest.raises(KeyboardInterrupt):
        store.build_from(exploding, built)
    assert reaffirmed(built) == before and len(before) == 22
    assert [p.name for p in built.parent.iterdir()] == ["store"]


def test_a_swap_killed_between_its_renames_is_undone_on_open(built):
    before = reaffirmed(built)
    old = built.parent / f".{built.name}.old-999999999"
    built.rename(old)  # the first rename of a swap, then the process died
    assert store.exists(built)
    assert reaffirmed(built) == before
    assert not old.exists()


def test_exports_are_byte_identical_and_turtle_round_trips(built):
    st = store.open_store(built)
    for fmt in ("turtle", "nt", "jsonld", "graphml"):
        assert store.export(st, fmt) == store.export(st, fmt), fmt
    ttl = store.export(st, "turtle")
    nt = store.export(st, "nt")
    back = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
    ref = rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt")
    assert len(back) == len(ref) == store.count(st)
    assert isomorphic(back, ref)
    js = json.loads(store.export(st, "jsonld"))
    assert sum(
        len(v) if isinstance(v, list) else 1 for node in js for k, v in node.items() if k != "@id"
    ) == len(ref)


def test_an_export_after_rebuilding_the_same_input_is_the_same_bytes(tmp_path, preps):
    a, b = tmp_path / "a", tmp_path / "b"
    store.build_from(lambda: [preps[G002], preps[G000]], a)
    store.build_from(lambda: [preps[G000], preps[G002]], b)
    assert store.export(store.open_store(a), "turtle") == store.export(store.open_store(b), "turtle")


def test_graphml_has_documents_and_verb_edges(built, gold_dir, tmp_path):
    data = store.export(store.open_store(built), "graphml")
    f = tmp_path / "g.graphml"
    f.write_bytes(data)
    g = nx.read_graphml(f)
    src = graph.CGD + "A/RES/75/196"
    assert g.nodes[src]["label"] == "75/196"
    reaffirm = sorted(
        g.nodes[v]["id"] for _u, v, d in g.out_edges(src, data=True) if d["relation"] == "reaffirm"
    )
    assert len(reaffirm) == 22 and "A/DEC/74/568" in reaffirm


def test_named_query_arguments(built):
    st = store.open_store(built)
    with pytest.raises(store.StoreError, match="takes DOC"):
        store.run_named(st, "reaffirms", [])
    with pytest.raises(store.StoreError, match="not a document identifier"):
        store.run_named(st, "reaffirms", ["hello"])
    with pytest.raises(store.StoreError, match="no query named"):
        store.named_query("nope")


def test_no_store_is_a_user_error(tmp_path):
    with pytest.raises(store.StoreError, match="citegraph build"):
        store.open_store(tmp_path / "none")


def test_a_build_and_adds_one_by_one_give_the_same_graph(tmp_path, preps):
    """The build computes the derived graph from what the texts gathered, add from the store: same result."""
    built, added = tmp_path / "built", tmp_path / "added"
    store.build_from(lambda: [preps[G000], preps[G002]], built)
    store.add_prepared([preps[G002]], added)
    store.add_prepared([preps[G000]], added)
    a, b = store.open_store(built), store.open_store(added)
    assert store.export(a, "nt") == store.export(b, "nt")
    assert sorted(map(str, a)) == sorted(map(str, b))


def test_a_document_read_twice_is_built_once_from_the_later_file(tmp_path, preps):
    from dataclasses import replace

    again = replace(preps[G002], path="elsewhere/002_06d523d3b5c07408.txt")
    once, twice = tmp_path / "once", tmp_path / "twice"
    store.build_from(lambda: [preps[G002], preps[G000]], once)
    rep = store.build_from(lambda: [preps[G002], preps[G000], again], twice)
    assert rep.replaced == [(preps[G002].path, "elsewhere/002_06d523d3b5c07408.txt")]
    assert rep.files == 2
    assert store.export(store.open_store(once), "nt") == store.export(store.open_store(twice), "nt")


def _mentioned(path: Path, paragraph: str) -> list[str]:
    st = store.open_store(path)
    rows = store.query(st, f"SELECT ?i WHERE {{ <{graph.CGD}{paragraph}> cg:mentions ?i }} ORDER BY ?i").rows
    return [r["i"].value.removeprefix(graph.CGD) for r in rows]


def test_a_name_added_later_reaches_the_texts_already_stored(tmp_path, shared):
    """78/111 P6 names "An Agenda for Peace", which only 79/295 footnotes: adding 79/295 after
    78/111 gives the mentions a build of both gives, and removing it takes them away again."""
    ga = shared / "corpus" / "unga-mandate-pipeline"
    a, b = store.prepare(ga / "A_RES_78_111.txt"), store.prepare(ga / "A_RES_79_295.txt")
    both, alone, stepwise = tmp_path / "both", tmp_path / "alone", tmp_path / "stepwise"
    store.build_from(lambda: [a, b], both)
    store.build_from(lambda: [a], alone)
    store.build_from(lambda: [a], stepwise)
    assert _mentioned(alone, "A/RES/78/111#P6") == []
    store.add_prepared([b], stepwise)
    expected = ["instrument/an-agenda-for-peace", "instrument/supplement-to-an-agenda-for-peace"]
    assert _mentioned(both, "A/RES/78/111#P6") == _mentioned(stepwise, "A/RES/78/111#P6") == expected
    assert sorted(map(str, store.open_store(stepwise))) == sorted(map(str, store.open_store(both)))
    assert store.remove("79/295", stepwise) == [graph.CGD + "graph/A/RES/79/295"]
    assert _mentioned(stepwise, "A/RES/78/111#P6") == []
    assert sorted(map(str, store.open_store(stepwise))) == sorted(map(str, store.open_store(alone)))


def test_names_do_not_depend_on_the_order_texts_come_in():
    pairs = [("paris-agreement", "the Paris Agreement"), ("paris-agreement", "Paris Agreement")]
    assert (
        graph.names_from(pairs) == graph.names_from(reversed(pairs)) == {"paris-agreement": "Paris Agreement"}
    )


def test_a_resolution_and_its_draft_cite_once_in_most_cited(tmp_path, gold_dir, data_dir):
    """75/196 read twice, as itself and as a draft the store identifies as it (78/229 reaffirms 75/196):
    @most-cited counts one citing document, not two, for what both cite."""
    import dataclasses

    doc, refs = gold_document(gold_dir / G002)
    draft = dataclasses.replace(
        doc, name="draft.txt", meta=dataclasses.replace(doc.meta, symbol=None, doc_type="draft-resolution")
    )
    texts = [store.prepare_document(doc, refs), store.prepare_document(draft, refs)]
    path = tmp_path / "store"
    store.build_from(lambda: [*texts, store.prepare(data_dir / "004_8557d7812f93ebe1.txt")], path)
    st = store.open_store(path)
    became = store.query(st, "SELECT ?r WHERE { ?d cg:becomes ?r }").rows
    assert [store.term_text(r["r"]) for r in became] == [graph.CGD + "A/RES/75/196"]
    most = {store.term_text(r["target"]): r for r in store.run_named(st, "most-cited", []).rows}
    # 46/152: reaffirmed by 75/196 (P1) and by 78/229; the draft of 75/196 is 75/196
    assert store.term_text(most["A/RES/46/152"]["citing"]) == "2"


CGD = graph.CGD


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        # strings of every quoting, with escapes, and comments keep what they say
        ('FILTER(STR(?x) = "cgd:A/RES/75/196")', 'FILTER(STR(?x) = "cgd:A/RES/75/196")'),
        ("FILTER(STR(?x) = 'cgd:A/RES/75/196')", "FILTER(STR(?x) = 'cgd:A/RES/75/196')"),
        ('"a \\" cgd:A/RES/1/2" cgd:A/RES/3/4', f'"a \\" cgd:A/RES/1/2" <{CGD}A/RES/3/4>'),
        ('"""a "b" ""cgd:A/RES/1/2""" cgd:A/RES/3/4', f'"""a "b" ""cgd:A/RES/1/2""" <{CGD}A/RES/3/4>'),
        ("'''it's cgd:A/RES/1/2''' cgd:A/RES/3/4", f"'''it's cgd:A/RES/1/2''' <{CGD}A/RES/3/4>"),
        (
            "# see cgd:A/RES/1/2\n?d cg:cites cgd:A/RES/3/4 .",
            f"# see cgd:A/RES/1/2\n?d cg:cites <{CGD}A/RES/3/4> .",
        ),
        # a '#' in an IRI starts no comment, and what an IRI holds is not rewritten
        ("<http://x/#cgd:A/RES/1/2> cgd:A/RES/3/4", f"<http://x/#cgd:A/RES/1/2> <{CGD}A/RES/3/4>"),
        # a paragraph: its fragment goes into the IRI; a '#' without one starts a comment
        ("cgd:A/RES/75/196#P1 ?p ?o", f"<{CGD}A/RES/75/196#P1> ?p ?o"),
        ("cgd:S/RES/1373_(2001)#B-O3.", f"<{CGD}S/RES/1373_(2001)#B-O3>."),
        ("cgd:A/RES/75/196 # P1 cgd:A/RES/1/2", f"<{CGD}A/RES/75/196> # P1 cgd:A/RES/1/2"),
        ("cgd:A/RES/75/196# P1", f"<{CGD}A/RES/75/196># P1"),
        # parentheses within a symbol, and the ones of SPARQL around it
        (
            "cgd:A/RES/2625_(XXV) cgd:A/80/6_(Sect._3)/Add.2",
            f"<{CGD}A/RES/2625_(XXV)> <{CGD}A/80/6_(Sect._3)/Add.2>",
        ),
        ("FILTER(?d IN (cgd:A/RES/1/2,cgd:A/RES/1/3))", f"FILTER(?d IN (<{CGD}A/RES/1/2>,<{CGD}A/RES/1/3>))"),
        # a prefixed name without '/' is SPARQL's own
        ("cgd:graph cgd:x.y", "cgd:graph cgd:x.y"),
        # a string left open runs to the end of its line (short) or of the text (long)
        ('"open cgd:A/B\ncgd:C/D', f'"open cgd:A/B\n<{CGD}C/D>'),
        ('"""open cgd:A/B\ncgd:C/D', '"""open cgd:A/B\ncgd:C/D'),
    ],
)
def test_the_cgd_shorthand_is_expanded_outside_strings_and_comments_only(text, expanded):
    assert store.expand_slashes(text) == expanded


@pytest.mark.parametrize(
    "text",
    ['"' * 200_000, "'" * 200_000, '"""' + 'a"' * 100_000 + "\\", "<" * 200_000, "cgd:" + "a." * 100_000]
    + ["cgd:" + "(a" * 100_000, "\\" * 200_001, "'''" + "'' " * 100_000, "#" * 200_000],
)
def test_expanding_the_shorthand_takes_one_pass_over_any_text(text):
    import time

    t0 = time.perf_counter()
    assert store.expand_slashes(text) == text
    assert time.perf_counter() - t0 < 2  # a few ms; a quadratic scan of 200,000 characters takes minutes
