"""The SHACL shapes (citegraph/shapes.ttl) on tiny hand-made graphs, and on what graph.py writes.

Each constraint is checked both ways: a small graph that keeps it conforms, and the same graph
broken in one place gives exactly one result, whose focus node, path, value, constraint component
and message are asserted. The corpus store is validated in test_sparql_corpus.py, the demo store here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH
from test_graph_support import gold_document

from citegraph import graph, store
from citegraph.verbs import VERBS

CGS = rdflib.Namespace("https://w3id.org/citegraph/shapes#")
PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in graph.PREFIXES.items())

# A read resolution that recalls another in its first preambular paragraph: valid as it is.
BASE = """
cgd:r1 a eli:LegalResource, cg:Resolution ;
    dcterms:identifier "A/RES/1/1" ; cg:shortId "1/1" ; cg:kind "resolution" ;
    dcterms:title "A title" ; cg:isRead true ; cg:sourceFile "r1.txt" .
cgd:r2 a eli:LegalResource, cg:Resolution ;
    dcterms:identifier "A/RES/1/2" ; cg:shortId "1/2" ; cg:kind "resolution" .
cgd:p1 a eli:LegalResourceSubdivision ; eli:is_part_of cgd:r1 ;
    cg:label "P1" ; cg:paragraphType "preambular" ; cg:number 1 ; cg:text "Recalling its resolution 1/2," .
cgd:c1 a cito:Citation ; cito:hasCitingEntity cgd:p1 ; cito:hasCitedEntity cgd:r2 ;
    cito:hasCitationCharacterization cito:obtainsBackgroundFrom ; cg:relation "recall" ;
    cg:surface "1/2" ; cg:start 25 ; cg:end 28 .
cgd:r1 cito:cites cgd:r2 ; cg:recalls cgd:r2 .
"""


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=store.shapes_text(), format="turtle")


def short(term) -> str | None:
    """A term as the tests write it: a prefixed name, or a literal's text."""
    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        return str(term)
    for p, ns in graph.PREFIXES.items():
        if str(term).startswith(ns):
            return f"{p}:{str(term)[len(ns) :]}"
    if str(term).startswith(str(SH)):
        return "sh:" + str(term)[len(str(SH)) :]
    return str(term)


def results(shapes: rdflib.Graph, ttl: str) -> set[tuple]:
    """(focus node, path, value, constraint component, message) of each result of validating ``ttl``,
    as :func:`citegraph.store.validate` validates a store."""
    data = rdflib.Graph().parse(data=PREFIXES + ttl, format="turtle")
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    out = set()
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        path = report.value(r, SH.resultPath)
        if isinstance(path, rdflib.BNode):
            path = "^" + short(report.value(path, SH.inversePath))
        out.add(
            (
                short(report.value(r, SH.focusNode)),
                short(path),
                short(report.value(r, SH.value)),
                short(report.value(r, SH.sourceConstraintComponent)),
                str(report.value(r, SH.resultMessage)),
            )
        )
    assert conforms == (not out)
    return out


def test_the_base_graph_conforms(shapes):
    assert results(shapes, BASE) == set()


# --- cg:relation: a lemma of VERBS -----------------------------------------------------------------


def test_the_relations_of_the_shapes_are_the_keys_of_verbs(shapes):
    listed = shapes.value(CGS["Citation-cg-relation"], SH["in"])
    assert [str(x) for x in Collection(shapes, listed)] == list(VERBS)


def test_a_relation_that_is_no_verb_is_reported(shapes):
    ttl = BASE.replace('cg:relation "recall"', 'cg:relation "recalls"')
    assert results(shapes, ttl) == {
        (
            "cgd:c1",
            "cg:relation",
            "recalls",
            "sh:InConstraintComponent",
            "A citation has one cg:relation, the lemma of a verb of citegraph.verbs.VERBS",
        )
    }


# --- cg:anchorRelation, cg:anchorParagraph: the verb where a footnote's mark stands -------------------

# BASE's r1 with a footnote F1 whose treaty P1 recalls ("Recalling ... the Convention,¹").
ANCHORED = (
    BASE
    + """
cgd:f1 a eli:LegalResourceSubdivision ; eli:is_part_of cgd:r1 ; cg:label "F1" ; cg:paragraphType "footnote" .
cgd:t1 a eli:LegalResource ; dcterms:identifier "UNTS/1577/27531" ; cg:shortId "UNTS 1577/27531" ; cg:kind "treaty" .
cgd:c2 a cito:Citation ; cito:hasCitingEntity cgd:f1 ; cito:hasCitedEntity cgd:t1 ;
    cito:hasCitationCharacterization cito:citesAsSourceDocument ; cg:relation "source" ;
    cg:surface "vol. 1577, No. 27531" ; cg:start 80 ; cg:end 100 ;
    cg:anchorRelation "recall" ; cg:anchorParagraph cgd:p1 .
cgd:r1 cito:cites cgd:t1 ; cg:citesAsSource cgd:t1 ; cg:recalls cgd:t1 .
"""
)


def test_a_footnote_citation_used_in_the_body_conforms(shapes):
    assert results(shapes, ANCHORED) == set()


def test_the_anchor_relations_of_the_shapes_are_the_verbs_but_source(shapes):
    listed = shapes.value(CGS["Citation-cg-anchorRelation"], SH["in"])
    assert [str(x) for x in Collection(shapes, listed)] == [v for v in VERBS if v != "source"]


def test_source_as_an_anchor_relation_is_reported(shapes):
    ttl = ANCHORED.replace('cg:anchorRelation "recall"', 'cg:anchorRelation "source"')
    assert results(shapes, ttl) == {
        (
            "cgd:c2",
            "cg:anchorRelation",
            "source",
            "sh:InConstraintComponent",
            "A footnote citation has at most one cg:anchorRelation, the lemma of a verb of citegraph.verbs.VERBS"
            " other than source",
        )
    }


def test_an_anchor_relation_without_its_paragraph_is_reported(shapes):
    ttl = ANCHORED.replace(
        ' ;\n    cg:anchorRelation "recall" ; cg:anchorParagraph cgd:p1 .',
        ' ;\n    cg:anchorRelation "recall" .',
    )
    assert ttl != ANCHORED
    assert results(shapes, ttl) == {
        (
            "cgd:c2",
            "cg:anchorParagraph",
            None,
            "sh:MinCountConstraintComponent",
            "A citation with a cg:anchorRelation has a cg:anchorParagraph",
        )
    }


def test_an_anchor_paragraph_without_its_relation_is_reported(shapes):
    ttl = ANCHORED.replace('cg:anchorRelation "recall" ; ', "")
    assert ttl != ANCHORED
    assert results(shapes, ttl) == {
        (
            "cgd:c2",
            "cg:anchorRelation",
            None,
            "sh:MinCountConstraintComponent",
            "A citation with a cg:anchorParagraph has a cg:anchorRelation",
        )
    }


def test_an_anchor_paragraph_that_is_no_paragraph_is_reported(shapes):
    ttl = ANCHORED.replace("cg:anchorParagraph cgd:p1", "cg:anchorParagraph cgd:r2")
    (result,) = results(shapes, ttl)
    assert result[:4] == ("cgd:c2", "cg:anchorParagraph", "cgd:r2", "sh:ClassConstraintComponent")


# --- cito:hasCitationCharacterization: the CiTO property of the verb -------------------------------


def citations(pairs: list[tuple[str, str]]) -> str:
    """BASE with one more citation per (relation, CiTO property): cgd:c-<relation>."""
    return BASE + "".join(
        f"cgd:c-{rel} a cito:Citation ; cito:hasCitingEntity cgd:p1 ; cito:hasCitedEntity cgd:r2 ;\n"
        f'    cito:hasCitationCharacterization cito:{prop} ; cg:relation "{rel}" ;\n'
        f'    cg:surface "1/2" ; cg:start 25 ; cg:end 28 .\n'
        for rel, prop in pairs
    )


def test_the_characterizations_of_the_shapes_are_those_of_verbs(shapes):
    query = str(shapes.value(shapes.value(CGS["Characterization-verb"], SH.sparql), SH.select))
    table: list[tuple[str, str]] = []
    for lemmas, prop in re.findall(r"IF \(\?relation IN \(([^)]*)\),\s*cito:(\w+),", query):
        table += [(lemma, prop) for lemma in re.findall(r'"([^"]+)"', lemmas)]
    assert sorted(table) == sorted((lemma, v.cito) for lemma, v in VERBS.items())
    assert len(table) == len(VERBS)  # each lemma once


def test_every_verb_with_its_cito_property_conforms(shapes):
    assert results(shapes, citations([(lemma, v.cito) for lemma, v in VERBS.items()])) == set()


def test_every_verb_with_another_cito_property_is_reported(shapes):
    wrong = {lemma: "cites" if v.cito != "cites" else "confirms" for lemma, v in VERBS.items()}
    got = results(shapes, citations(list(wrong.items())))
    assert got == {
        (
            f"cito:{wrong[lemma]}",
            "^cito:hasCitationCharacterization",
            f"cgd:c-{lemma}",
            "sh:SPARQLConstraintComponent",
            f"{graph.CGD}c-{lemma} is characterized as {graph.CITO}{wrong[lemma]}, "
            f"but its relation {lemma} is {graph.CITO}{v.cito}",
        )
        for lemma, v in VERBS.items()
    }


def test_a_characterization_other_than_the_verbs_is_reported(shapes):
    ttl = BASE.replace(
        "cito:hasCitationCharacterization cito:obtainsBackgroundFrom",
        "cito:hasCitationCharacterization cito:confirms",
    )
    assert results(shapes, ttl) == {
        (
            "cito:confirms",
            "^cito:hasCitationCharacterization",
            "cgd:c1",
            "sh:SPARQLConstraintComponent",
            f"{graph.CGD}c1 is characterized as {graph.CITO}confirms, "
            f"but its relation recall is {graph.CITO}obtainsBackgroundFrom",
        )
    }


def test_an_unknown_relation_is_not_reported_twice(shapes):
    """A relation that is no verb has no CiTO property to compare with: only sh:in reports it."""
    ttl = BASE.replace('cg:relation "recall"', 'cg:relation "bananas"')
    assert {r[3] for r in results(shapes, ttl)} == {"sh:InConstraintComponent"}


# --- cg:start < cg:end ------------------------------------------------------------------------------


@pytest.mark.parametrize("start, end", [(28, 28), (30, 28)])
def test_a_citation_that_does_not_end_after_it_starts_is_reported(shapes, start, end):
    ttl = BASE.replace("cg:start 25 ; cg:end 28", f"cg:start {start} ; cg:end {end}")
    assert results(shapes, ttl) == {
        (
            "cgd:c1",
            "cg:start",
            str(start),
            "sh:LessThanConstraintComponent",
            "A citation has one cg:start, an integer less than its cg:end",
        )
    }


# --- dcterms:title: at most one -------------------------------------------------------------------


def test_a_document_with_two_titles_is_reported(shapes):
    ttl = BASE.replace('dcterms:title "A title"', 'dcterms:title "A title", "Another title"')
    assert results(shapes, ttl) == {
        (
            "cgd:r1",
            "dcterms:title",
            None,
            "sh:MaxCountConstraintComponent",
            "A document has at most one dcterms:title, a string",
        )
    }


# --- a resolution, decision or draft is known by an identifier ---------------------------------------

G000 = "000_a6cd5bfce1dfcb97.jsonl"
IDENTIFIER_MESSAGE = (
    "A resolution, decision or draft has a dcterms:identifier, or is a text read without one "
    '(cg:isRead true, cg:shortId "file/<stem>")'
)


def memory_store(*docs: tuple) -> ox.Store:
    """A store of ``docs`` (Document, references) and the ontology, as ``citegraph add`` writes them."""
    st = ox.Store()
    store.load_ontology(st)
    store._load(st, [store.prepare_document(d, r) for d, r in docs])
    return st


@pytest.mark.parametrize("cls", ["Resolution", "Decision", "DraftResolution"])
def test_a_document_known_by_no_identifier_is_reported(shapes, cls):
    ttl = BASE.replace("cgd:r2 a eli:LegalResource, cg:Resolution", f"cgd:r2 a eli:LegalResource, cg:{cls}")
    ttl = ttl.replace('dcterms:identifier "A/RES/1/2" ;', "")
    assert results(shapes, ttl) == {
        ("cgd:r2", None, "cgd:r2", "sh:OrConstraintComponent", IDENTIFIER_MESSAGE)
    }


def test_a_text_read_without_a_symbol_is_known_by_its_file(shapes):
    no_symbol = BASE.replace('dcterms:identifier "A/RES/1/1" ; cg:shortId "1/1"', 'cg:shortId "file/r1"')
    assert results(shapes, no_symbol) == set()
    # ... but a file's short identifier is no identifier for a document that was not read
    not_read = no_symbol.replace('cg:isRead true ; cg:sourceFile "r1.txt"', "")
    assert results(shapes, not_read) == {
        ("cgd:r1", None, "cgd:r1", "sh:OrConstraintComponent", IDENTIFIER_MESSAGE)
    }
    # ... nor is any other short identifier for a text read
    other = BASE.replace('dcterms:identifier "A/RES/1/1" ; cg:shortId "1/1"', 'cg:shortId "1/1"')
    assert results(shapes, other) == {
        ("cgd:r1", None, "cgd:r1", "sh:OrConstraintComponent", IDENTIFIER_MESSAGE)
    }


def test_a_resolution_read_without_a_printed_symbol_conforms(tmp_path: Path, data_dir: Path):
    """graph.py types a text adopted at a plenary meeting but printed without its symbol cg:Resolution, with no
    dcterms:identifier (cg:shortId "file/<stem>"): so a resolution cannot be required to have an identifier."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    path = tmp_path / "adopted.txt"
    text = (data_dir / "000_a6cd5bfce1dfcb97.txt").read_text(encoding="utf-8")
    path.write_text(text + "\n\n80th plenary meeting\n17 December 2015\n", encoding="utf-8")
    doc = read_document(path)
    st = memory_store((doc, extract_references(doc)))
    d = graph.file_iri(path.name)
    assert graph.cg("Resolution") in {q.object for q in st.quads_for_pattern(d, graph.A, None)}
    assert not list(st.quads_for_pattern(d, graph.dcterms("identifier"), None))
    assert store.validate(st)[:2] == (True, 0)


def test_a_decision_read_without_a_printed_symbol_conforms(gold_dir):
    """The same for a decision (graph.py types a text whose header says decision cg:Decision): the shapes
    required a dcterms:identifier of every decision."""
    doc, refs = gold_document(gold_dir / G000)
    doc = replace(doc, meta=replace(doc.meta, doc_type="decision"))
    st = memory_store((doc, refs))
    d = graph.document_iri(doc)
    assert graph.cg("Decision") in {q.object for q in st.quads_for_pattern(d, graph.A, None)}
    assert store.validate(st)[:2] == (True, 0)


# --- the stores built from real texts ------------------------------------------------------------------


def test_the_demo_store_conforms(data_store_path):
    conforms, violations, report = store.validate(store.open_store(data_store_path))
    assert violations == 0, report[:3000]
    assert conforms


# --- cg:submittedTo and eli:amends: a draft's organ, an amendment's draft --------------------------


DRAFT = """
cgd:GA a cg:Organ ; rdfs:label "General Assembly" ; cg:code "GA" .
cgd:d1 a eli:LegalResource, cg:DraftResolution ;
    dcterms:identifier "A/C.3/1/L.2" ; cg:shortId "A/C.3/1/L.2" ; cg:kind "document" ;
    cg:submittedTo cgd:GA ; eli:amends cgd:r1 .
"""


def test_a_draft_is_submitted_to_an_organ_and_amends_a_document(shapes):
    assert results(shapes, BASE + DRAFT) == set()
    broken = DRAFT.replace("cg:submittedTo cgd:GA", "cg:submittedTo cgd:r2").replace(
        "eli:amends cgd:r1", 'eli:amends "A/C.3/1/L.1"'
    )
    assert {(f, p, c) for f, p, _v, c, _m in results(shapes, BASE + broken)} == {
        ("cgd:d1", "cg:submittedTo", "sh:ClassConstraintComponent"),
        ("cgd:d1", "eli:amends", "sh:ClassConstraintComponent"),
        ("cgd:d1", "eli:amends", "sh:NodeKindConstraintComponent"),
    }
