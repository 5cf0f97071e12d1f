"""Markdown that other converters write: headings, ``[^n]`` footnotes, ``<sup>n</sup>`` marks, escaped
numbers, links to real addresses.

The first fixture is A/RES/75/196's opening, shortened, in the markdown of a converter other than the seeds':
its heading hashes, a pandoc footnote reference ``[^1]`` with its definition ``[^1]:`` at the end, and
an HTML superscript mark ``<sup>2</sup>``. The second is A/RES/78/115's header and paragraph 15, shortened, as
html2text or markdownify write it: the full stop after a paragraph number escaped (``1\\.``) lest it open an
ordered list, and links to undocs.org whose addresses hold parentheses of their own
(``[1373 \\(2001\\)](https://undocs.org/en/S/RES/1373(2001))``). Every value below is what the fixtures print.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from citegraph.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "markdown" / "pandoc_notes.md"
ESCAPED = Path(__file__).parent / "fixtures" / "markdown" / "escaped_links.md"


def _extract(fixture: Path = FIXTURE) -> list[dict]:
    res = CliRunner().invoke(main, ["extract", str(fixture), "--format", "jsonl"])
    assert res.exit_code == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_heading_hashes_leave_the_header_as_printed():
    meta = _extract()[0]
    assert (meta["symbol"], meta["doc_type"], meta["session"], meta["date"]) == (
        "A/RES/75/196",
        "resolution",
        75,
        "2020-12-16",
    )
    assert meta["title"] == "Strengthening the United Nations crime prevention and criminal justice programme"
    assert (meta["preambular_count"], meta["operative_count"], meta["footnote_count"]) == (2, 2, 2)


def test_pandoc_and_html_footnotes_are_footnotes_with_their_anchors():
    refs = [(r["para"], r["target"], r["relation"], r["anchor"]) for r in _extract()[1:]]
    assert refs == [
        ("H", "A/75/479", "cite", None),
        ("P1", "A/RES/46/152", "reaffirm", None),
        ("P1", "A/RES/60/1", "reaffirm", None),
        ("O1", "A/75/100", "request", None),
        ("F1", "UNTS/2349/42146", "source", "United Nations Convention against Corruption"),
        ("F2", "UNTS/1019/14956", "source", "Convention on Psychotropic Substances of 1971"),
    ]


def test_escaped_numbers_open_paragraphs_and_the_title():
    meta = _extract(ESCAPED)[0]
    assert (meta["symbol"], meta["title"], meta["committee_report"]) == (
        "A/RES/78/115",
        "Measures to eliminate international terrorism",
        "A/78/443",
    )
    assert (meta["preambular_count"], meta["operative_count"], meta["footnote_count"]) == (1, 2, 0)


def test_links_to_addresses_with_parentheses_keep_their_text():
    refs = [(r["para"], r["surface"], r["target"], r["date"], r["relation"]) for r in _extract(ESCAPED)[1:]]
    assert refs == [
        ("H", "A/78/443", "A/78/443", None, "cite"),
        ("P1", "66/10", "A/RES/66/10", "2011-11-18", "recall"),
        ("O1", "1373 (2001)", "S/RES/1373 (2001)", None, "cite"),
        ("O1", "1566 (2004)", "S/RES/1566 (2004)", "2004-10-08", "cite"),
        ("O1", "51/210", "A/RES/51/210", None, "cite"),
    ]


@pytest.mark.parametrize("fixture", [FIXTURE, ESCAPED])
def test_offsets_point_into_the_file_as_given(fixture: Path):
    original = fixture.read_text(encoding="utf-8")
    for r in _extract(fixture)[1:]:
        printed = original[r["start"] : r["end"]].replace("\\(", "(").replace("\\)", ")")
        assert printed == r["surface"], r
