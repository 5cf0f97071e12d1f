"""Markdown that other converters write: headings, ``[^n]`` footnotes, ``<sup>n</sup>`` marks.

The fixture is A/RES/75/196's opening, shortened, in the markdown of a converter other than the seeds':
its heading hashes, a pandoc footnote reference ``[^1]`` with its definition ``[^1]:`` at the end, and
an HTML superscript mark ``<sup>2</sup>``. Every value below is what the fixture prints.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from citegraph.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "markdown" / "pandoc_notes.md"


def _extract() -> list[dict]:
    res = CliRunner().invoke(main, ["extract", str(FIXTURE), "--format", "jsonl"])
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


def test_offsets_point_into_the_file_as_given():
    original = FIXTURE.read_text(encoding="utf-8")
    for r in _extract()[1:]:
        assert original[r["start"] : r["end"]] == r["surface"], r
