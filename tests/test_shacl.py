"""The SHACL shapes (citegraph/shapes.ttl) on tiny hand-made graphs, and on what graph.py writes.

Each constraint is checked both ways: a small graph that keeps it conforms, and the same graph
broken in one place gives exactly one result, whose focus node, path, value, constraint component
and message are asserted. The corpus store is validated in test_sparql_corpus.py, the demo store here.
"""

from __future__ import annotations

import re

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


# --- the stores built from real texts ------------------------------------------------------------------


def test_the_demo_store_conforms(data_store_path):
    conforms, violations, report = store.validate(store.open_store(data_store_path))
    assert violations == 0, report[:3000]
    assert conforms
