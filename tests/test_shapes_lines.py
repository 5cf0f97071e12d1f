"""Seed 000's line shape gives the references the PDF text gives.

The hidden documents may come in seed 000's shape (a PDF conversion that keeps the PDF's lines: a
blank line after every line, a space before a paragraph's first line, footnote marks on lines of
their own, a page's footnotes after "__________________" and its undocs.org links, no header and no
page furniture), while the corpus GA texts are all PDF text. :mod:`shapes_lines` prints a PDF text in
that shape; each text of the sample below, read in it, must give the references of its PDF text
field for field (but the offsets and surfaces) outside the header, which the shape does not print,
and the same paragraph and footnote counts. Annexes are left out of the rendering: the PDF text's
references before the annex (and in the footnotes printed) are compared.

The shape prints no header: the text reads with no symbol (``symbol`` null, as seed 000's meta line);
its type, date and session come from the trailer ("50th plenary meeting" ⏎⏎ "19 December 2023"), and
must be the PDF text's; its title the PDF text's (but A/RES/78/225's, which prints no organ's
line: with no header either, nothing tells where its title ends).

The sample was chosen by measuring features of the 262 GA texts so rendered (/tmp/shape000/features.py
in the session that wrote this); the reason for each is given beside it. The whole corpus was compared
too: no differences.

A missing shared corpus (``CITEGRAPH_SHARED``, or ../shared beside the clone) fails, as every corpus
test does: a skip would hide a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shapes_lines import render_lines

from citegraph.models import Reference
from citegraph.reader import read_document
from citegraph.references import extract_references

pytestmark = pytest.mark.corpus

#: file -> why it is in the sample (measured over the rendering)
SAMPLE = {
    "A_RES_78_171.txt": "the piece after a mark of two digits opens with a number ('13' ⏎⏎ ' 37/5 of 22 March 2018')",
    "A_RES_80_221.txt": "most pieces after a mark that open with a capital or a number (13)",
    "A_RES_78_155.txt": "footnotes whose text opens 'Adopted by', as a vote line does (3)",
    "A_RES_78_115.txt": "'Adopted by' footnotes (3), body lines that open 'resolution 2118 (2013)'",
    "A_RES_78_202.txt": "two lines that hold only a resolution number ('27/21', '37/21'), as page counters",
    "A_RES_80_109.txt": "a lone '5/14' line, the most page breaks (39)",
    "A_RES_79_98.txt": "a page with no footnotes that breaks a list after a comma (' 2044 (2012) on')",
    "A_RES_78_76.txt": "a body line that opens 'resolution 2334 (2016) of', as a Security Council title",
    "A_RES_79_144.txt": "169 footnotes with an annex left out, 85 links, a footnote line 'Available at ...'",
    "A_RES_78_111.txt": "footnotes that are only a link (2), items '(a)' printed with their lines",
    "A_RES_78_253.txt": "budget sections: headings with no closing punctuation before a paragraph with no number (33)",
    "A_RES_80_173.txt": "an organ's line with no comma, an outcome document's title before 'We, the Ministers'",
    "A_RES_78_225.txt": "no organ's line; its running symbol went into footnote 1 of the PDF text",
    "A_RES_79_181.txt": "the most items '(a)' standing alone in the PDF text (4)",
    "A_RES_79_243.txt": "an annexed convention, a title of two parts over a semicolon",
    "A_RES_78_317.txt": "the most footnotes dropped with the annex (16)",
    "A_RES_79_160.txt": "a paragraph number that lost its full stop ('26 ⏎Condemns')",
    "A_RES_78_330.txt": "the most words broken at a hyphen by a line end ('Secretary-⏎⏎General')",
    "A_RES_79_227.txt": "a page with no footnotes that ends after a comma before a capital",
    "A_RES_78_229.txt": "the resolution of seed 000's series (its title printed as the seed prints it)",
}

#: The fields compared: all but the offsets and the surface.
FIELDS = ("para", "target", "kind", "body", "date", "relation", "anchor")
COUNTS = ("preambular_count", "operative_count")


@pytest.fixture(scope="module")
def ga(corpus: Path) -> Path:
    """The corpus's GA texts; a missing corpus fails (conftest's ``corpus``), as every corpus test does."""
    return corpus / "unga-mandate-pipeline"


def _rows(refs: list[Reference]) -> list[tuple[object, ...]]:
    return sorted((tuple(getattr(r, f) for f in FIELDS) for r in refs), key=repr)


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_the_line_shape_gives_the_references_of_the_pdf_text(ga: Path, name: str, tmp_path: Path) -> None:
    doc = read_document(ga / name)
    r = render_lines(doc)
    path = tmp_path / name
    path.write_text(r.text, encoding="utf-8")
    shaped = read_document(path)
    printed = set(r.footnotes)
    want = [
        x
        for x in extract_references(doc)
        if x.para != "H" and (int(x.para[1:]) in printed if x.para.startswith("F") else x.start < r.annex_at)
    ]
    assert _rows(extract_references(shaped)) == _rows(want), name
    assert {f: getattr(shaped.meta, f) for f in COUNTS} == {f: getattr(doc.meta, f) for f in COUNTS}, name
    assert shaped.meta.footnote_count == len(r.footnotes), name
    if r.annex is None:
        assert len(r.footnotes) == doc.meta.footnote_count, name
    assert shaped.meta.symbol is None, name
    assert (shaped.meta.doc_type, shaped.meta.date, shaped.meta.session) == (
        doc.meta.doc_type,
        doc.meta.date,
        doc.meta.session,
    ), name
    if name != "A_RES_78_225.txt":  # with no organ's line, the title of a text with no header runs on
        assert shaped.meta.title == doc.meta.title, name


def test_the_renderer_prints_seed_000s_line_shape(ga: Path) -> None:
    """A/RES/78/229 is the 2023 resolution of seed 000's series (the seed is its 2015 draft, not in the
    corpus): rendered, its title and organ's lines are the seed's, and its lines have the seed's features."""
    rendered = render_lines(ga / "A_RES_78_229.txt").text
    seed = (Path(__file__).resolve().parents[1] / "data" / "000_a6cd5bfce1dfcb97.txt").read_text(
        encoding="utf-8"
    )

    def head(t: str) -> list[str]:
        return [ln.rstrip() for ln in t[: t.index(" Reaffirming")].split("\n")]

    assert head(rendered) == head(seed)
    for text in (seed, rendered):
        lines = text.split("\n")
        body = [i for i, ln in enumerate(lines) if ln.strip() and not ln.strip().isdigit()]
        # a blank line (or a mark's line) after nearly every line; none after a page's last
        after = sum(
            1 for i in body if i + 1 < len(lines) and (not lines[i + 1].strip() or lines[i + 1].isdigit())
        )
        assert after >= 0.9 * len(body)
        # the paragraphs open with a space, their other lines with none
        assert " The General Assembly, " in lines
        assert any(ln.startswith(" 1. ") for ln in lines) and any(
            ln.startswith(" Recalling ") for ln in lines
        )
        # a footnote mark on a line of its own, right after its word, the rest of the line after it
        marks = [i for i, ln in enumerate(lines) if ln.isdigit() and i and lines[i - 1][-1:].isalpha()]
        assert marks and all(lines[i + 1].startswith(" ") or not lines[i + 1] for i in marks)
        # a page's footnotes after the separator: " ", the number, then the text after two spaces
        sep = lines.index("__________________ ")
        assert lines[sep + 2 : sep + 4] == [" ", "1"] and lines[sep + 4].startswith("  ")
        # the links of a page's documents after its footnotes, and no page furniture
        assert any(ln.startswith("http://undocs.org/") for ln in lines)
        assert not any(ln.strip().startswith(("A/RES/", "Distr.")) for ln in lines)
