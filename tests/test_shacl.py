"""The SHACL shapes (citegraph/shapes.ttl) on tiny hand-made graphs, and on what graph.py writes.

Each constraint is checked both ways: a small graph that keeps it conforms, and the same graph
broken in one place gives exactly one result, whose focus node, path, value, constraint component
and message are asserted. The corpus store is validated in test_sparql_corpus.py, the demo store here.
"""

from __future__ import annotations

import pyshacl
import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

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


# --- the stores built from real texts ------------------------------------------------------------------


def test_the_demo_store_conforms(data_store_path):
    conforms, violations, report = store.validate(store.open_store(data_store_path))
    assert violations == 0, report[:3000]
    assert conforms
