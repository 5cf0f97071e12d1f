"""Long made-up paragraphs (the shapes of ``citegraph.bench.scaling``) read whole and right.

The benchmark times them; these tests check what is read: every reference of a long list, every
footnote of a paragraph of marks, and no reading that gives up or exhausts the stack on two hundred
titles in a row. Counts follow from how each text is made.
"""

from __future__ import annotations

import pytest

from citegraph.bench.scaling import SHAPES, text
from citegraph.layout import layout
from citegraph.normalize import analyse
from citegraph.references import extract_references

N = 20_000


def _read(name: str):
    doc = layout(analyse(text(name, N)), "x.txt", "x.txt")
    return doc, extract_references(doc)


@pytest.mark.parametrize(("name", "anchor"), [("titles", "Title"), ("commas", "Paris Agreement")])
def test_a_mark_after_a_long_paragraph_is_anchored(name: str, anchor: str) -> None:
    doc, refs = _read(name)
    assert [(r.para, r.target, r.anchor) for r in refs] == [("F1", "A/78/1", anchor)]
    assert len(doc.footnotes) == 1


def test_a_name_of_name_words_runs_to_the_paragraph_start() -> None:
    """ "the Convention of the the Convention of the ...": every word may belong to one name, so the name
    is read back to the verb, however long (no real name is: the corpus's longest anchor has 506
    characters); it is read in linear time (the benchmark)."""
    doc, refs = _read("nouns")
    assert [(r.para, r.target) for r in refs] == [("F1", "A/78/1")]
    unit = "the Convention of the "
    assert refs[0].anchor == (unit * (N // len(unit)) + "the Paris Agreement")[len("the ") :]


def test_a_long_line_of_references_gives_each() -> None:
    unit = "its resolution 70/1 and the report A/78/1 "
    doc, refs = _read("one line")
    body = [r for r in refs if r.para == "P1"]
    assert len(body) == 2 * (N // len(unit))
    assert {r.target for r in body} == {"A/RES/70/1", "A/78/1"}
    assert {r.relation for r in body} == {"recall"}


def test_a_long_dated_list_dates_each_item() -> None:
    doc, refs = _read("dated list")
    assert len(refs) == N // 28
    first, last = refs[0], refs[-1]
    assert (first.target, first.date) == ("A/RES/31/1", "1976-12-01")
    i = N // 28 - 1
    assert (last.target, last.date) == (
        f"A/RES/{i % 45 + 31}/{i + 1}",
        f"{1976 + i % 45}-12-{i % 28 + 1:02d}",
    )


def test_a_long_security_council_list_gives_each() -> None:
    doc, refs = _read("SC list")
    assert len(refs) == N // 12
    assert (
        refs[0].target == "S/RES/1 (1950)"
        and refs[-1].target == f"S/RES/{N // 12} ({1950 + (N // 12 - 1) % 70})"
    )


def test_many_paragraphs_and_many_footnotes() -> None:
    doc, refs = _read("paragraphs")
    one = "Recalling its resolution 70/1 of 25 September 2015,\n\n"
    assert len(refs) == N // len(one) == doc.meta.preambular_count
    assert {(r.target, r.date) for r in refs} == {("A/RES/70/1", "2015-09-25")}
    doc, refs = _read("footnotes")
    count = N // 100
    assert len(doc.footnotes) == len(refs) == count
    assert [r.target for r in refs[:2]] == ["UNTS/1/100", "UNTS/2/101"]


def test_every_shape_is_tested() -> None:
    assert set(SHAPES) == {
        "titles",
        "commas",
        "nouns",
        "one line",
        "dated list",
        "SC list",
        "paragraphs",
        "footnotes",
    }
