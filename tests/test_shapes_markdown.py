"""The markdown shapes give the references the PDF text gives.

The hidden documents may come as markdown conversions (seeds 002 and 004: one paragraph per line,
superscript marks, footnotes after the text, italic verbs, ``[46/152](#)`` links, a header glued
by "***"), while the corpus GA texts are all PDF text. :mod:`shapes` prints a PDF text in those
shapes; each text of the sample below, read in each shape, must give the references of its PDF
text field for field (but the offsets and surfaces, which differ by construction) and the same
meta line. Annexes are left out of the rendering: the PDF text's references before the annex
(and in the footnotes printed) are compared.

Four renderings of each text: the 002 shape and the 004 shape with the footnotes after the
paragraph that holds their first mark, the 004 shape with the footnotes where the PDF's page
ended (a paragraph broken there, as the seeds' conversions break it), and the 002 shape typed
with straight double quotes, as seed 003 and some conversions write titles ('entitled "New Urban
Agenda" at'): there the anchors and the title are the PDF text's with its curly quotes straight.
A fifth, the 004 shape as other converters type it (html2text, markdownify, pandoc): paragraph
numbers' full stops escaped ("1\\. *Reaffirms*"), links to undocs.org addresses that hold
parentheses of their own ("[1754 \\(2007\\)](https://undocs.org/en/S/RES/1754(2007))"), and
pandoc's superscript marks ("Protocol,^4^"). A sixth, the 002 shape with the footnotes where the page ended,
every line longer than 72 characters broken at 72 as pandoc writes markdown: a paragraph's lines and a
footnote's lines then follow each other with no blank line between them.

The sample was chosen by measuring features over the 262 GA texts (/tmp/shapes/features.py in
the session that wrote this); the reason for each is given beside it. The whole corpus was
compared too: no differences.

A missing shared corpus (``CITEGRAPH_SHARED``, or ../shared beside the clone) or sample text
fails, as every corpus test does: a skip would hide a failure.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from conftest import SHARED
from shapes import Rendering, render_document

from citegraph.models import Document, Reference
from citegraph.normalize import SUPERSCRIPTS
from citegraph.reader import read_document
from citegraph.references import extract_references

pytestmark = pytest.mark.corpus

GA = SHARED / "corpus" / "unga-mandate-pipeline"

#: file -> why it is in the sample (counts measured over the PDF text)
SAMPLE = {
    "A_RES_80_110.txt": "most footnotes (172), most treaty volumes (18), 72 marks after commas, 16 parts",
    "A_RES_79_144.txt": "170 footnotes with an annex left out, 21 Ibid. footnotes, 19 marks after years",
    "A_RES_79_117.txt": "the longest Ibid. chain (22 footnotes in a row), 11 parts",
    "A_RES_80_161.txt": "most Ibid. footnotes (24), a chain of 20",
    "A_RES_78_202.txt": "20 marks after years, an Ibid. chain of 10",
    "A_RES_80_221.txt": "most marks after years (22), an Ibid. chain of 15, 28 dates in one paragraph",
    "A_RES_78_253.txt": "most parts (27), 41 paragraph numbers on a line of their own, table rows",
    "A_RES_79_258.txt": "budget sections whose one paragraph has no number, 25 parts",
    "A_RES_80_173.txt": "an organ line with no comma, 18 parts",
    "A_RES_80_17.txt": "the longest dated list (51 dates in one paragraph)",
    "A_RES_79_160.txt": "a paragraph number that lost its full stop ('26 ⏎Condemns'), 42 dates in a paragraph",
    "A_RES_80_229.txt": "most E/ reports (37), 40 marks after commas and 21 after years, 7 treaty volumes",
    "A_RES_78_229.txt": "seed 004's own text: 30 E/ reports, 53 footnotes",
    "A_RES_78_160.txt": "34 E/ reports, 6 'entitled' titles",
    "A_RES_79_185.txt": "most Security Council resolutions (81): links around '1754 \\(2007\\)'",
    "A_RES_79_98.txt": "71 Security Council resolutions, a dated list broken by a page after a comma",
    "A_RES_79_190.txt": "most 'entitled “...”' titles (22), 16 marks after years",
    "A_RES_78_330.txt": "most words broken at a hyphen by a line end (8: 'Secretary-⏎General'), 26 dates",
    "A_RES_78_1.txt": "an organ line with no comma ('The General Assembly ⏎Endorses'), an annex",
    "A_RES_78_225.txt": "no organ line at all",
    "A_RES_79_243.txt": "an annexed convention, a title of two parts over a semicolon",
    "A_RES_78_119.txt": "a page that ends on 'of' ('Good Practice of ⏎Humanitarian Donorship')",
    "A_RES_78_174.txt": "a page that ends inside a name ('the Madrid ⏎International Plan of Action')",
    "A_RES_78_221.txt": "a page that ends inside a name before a word that looks like a verb ('Minimum ⏎Rules')",
    "A_RES_78_120.txt": "a title in quotes that ends a name before where it was adopted ('“New Urban Agenda” at')",
    "A_RES_78_132.txt": "a title with a colon in quotes after 'entitled' ('“Road map for digital cooperation”')",
    "A_RES_79_149.txt": "a report's title in quotes before the resolution it was asked for ('“...”, on ... 77/189')",
}

#: The fields compared: all but the offsets and the surface (markup and marks move them).
FIELDS = ("para", "target", "kind", "body", "date", "relation", "anchor")
META = ("symbol", "date", "title", "preambular_count", "operative_count", "footnote_count")
#: (name, links, pages, straight, converter, wrapped): the six renderings of each text; "wrapped" breaks every
#: line longer than 72 characters at 72, as pandoc writes markdown (a footnote's lines then follow it with no
#: blank line between them)
SHAPES = (
    ("002", False, False, False, False, False),
    ("004", True, False, False, False, False),
    ("004-pages", True, True, False, False, False),
    ("002-straight", False, False, True, False, False),
    ("004-converter", True, False, False, True, False),
    ("002-pages-wrapped", False, True, False, False, True),
)
#: The curly double quotes typed straight.
STRAIGHT = str.maketrans("\u201c\u201d", '""')
_LINK = re.compile(r"\[([^\[\]\n]{1,400})\]\(#\)")
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_NUMBER_DOT = re.compile(r"^((?:\d{1,3}/)?\d{1,3})\. ", re.M)


def _as_converter_types(text: str) -> str:
    """``text`` (the 004 shape) as other converters type it: escaped full stops after paragraph numbers,
    links to undocs.org addresses (a GA number's address in full, the Council's year in parentheses),
    pandoc's superscript marks."""

    def address(m: re.Match[str]) -> str:
        symbol = m[1].replace("\\(", "(").replace("\\)", ")").replace(" ", "")
        if "/" not in symbol or symbol[:1].isdigit():
            symbol = f"S/RES/{symbol}" if "(" in symbol else f"A/RES/{symbol}"
        return f"[{m[1]}](https://undocs.org/en/{symbol})"

    text = _LINK.sub(address, text)
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + "".join(str(SUPERSCRIPTS.index(c)) for c in m[0]) + "^", text)
    return _NUMBER_DOT.sub(r"\1\\. ", text)


@pytest.fixture(scope="module")
def ga(corpus: Path) -> Path:
    """The corpus's GA texts; a missing corpus fails (conftest's ``corpus``), as every corpus test does."""
    return corpus / "unga-mandate-pipeline"


def _rows(refs: list[Reference], straight: bool = False) -> list[tuple[object, ...]]:
    rows = (tuple(getattr(r, f) for f in FIELDS) for r in refs)
    if straight:  # the anchor, the last field, as typed with straight quotes
        rows = (row[:-1] + (row[-1] and row[-1].translate(STRAIGHT),) for row in rows)
    return sorted(rows, key=repr)


def _expected(doc: Document, refs: list[Reference], r: Rendering, straight: bool) -> list[tuple[object, ...]]:
    """The PDF text's references that the rendering holds: the footnotes printed, the rest before the annex."""
    printed = set(r.footnotes)
    return _rows(
        [x for x in refs if (int(x.para[1:]) in printed if x.para.startswith("F") else x.start < r.annex_at)],
        straight,
    )


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_markdown_shapes_give_the_references_of_the_pdf_text(ga: Path, name: str, tmp_path: Path) -> None:
    doc = read_document(ga / name)
    refs = extract_references(doc)
    for shape, links, pages, straight, converter, wrapped in SHAPES:
        r = render_document(doc, links, pages=pages)
        path = tmp_path / shape / name
        path.parent.mkdir()
        text = r.text.translate(STRAIGHT) if straight else r.text
        text = _as_converter_types(text) if converter else text
        if wrapped:
            text = "\n".join(
                "\n".join(textwrap.wrap(line, 72)) if len(line) > 72 else line for line in text.split("\n")
            )
        path.write_text(text, encoding="utf-8")
        md = read_document(path)
        got = _rows(extract_references(md))
        assert got == _expected(doc, refs, r, straight), (shape, name)
        want_meta = {f: getattr(doc.meta, f) for f in META} | {"footnote_count": len(r.footnotes)}
        if straight:
            want_meta["title"] = doc.meta.title.translate(STRAIGHT)
        assert {f: getattr(md.meta, f) for f in META} == want_meta, (shape, name)
        if r.annex is None:
            assert len(r.footnotes) == doc.meta.footnote_count, (shape, name)


def test_the_renderer_prints_seed_004s_shape(ga: Path) -> None:
    """A/RES/78/229 is seed 004's text: rendered with the seed's page breaks, it has the seed's lines
    but for the links, italics and quotes the PDF text does not know (titles of publications, which
    resolutions the conversion linked, a straight quote), and the seed's header and first page."""
    rendered = render_document(read_document(ga / "A_RES_78_229.txt"), True, pages=True).text
    seed = (Path(__file__).resolve().parents[1] / "data" / "004_8557d7812f93ebe1.txt").read_text(
        encoding="utf-8"
    )
    lines = [ln for ln in rendered.split("\n") if ln.strip()]
    assert len(lines) == len([ln for ln in seed.split("\n") if ln.strip()]) == 259
    same = set(lines) & set(seed.split("\n"))
    assert len(same) >= 215, len(same)  # 220 when written
    assert rendered[: rendered.index("Reaffirming also")] == seed[: seed.index("Reaffirming also")]
