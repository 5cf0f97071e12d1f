"""Render a PDF-text UN General Assembly resolution in the line shape of seed 000.

Seed 000 (``data/000_*.txt``) is a PDF conversion of a draft that keeps the PDF's own line
breaks but prints them differently from the corpus' PDF text: every printed line is followed by
a blank line, a paragraph's first line starts with a space, each footnote mark stands on a line
of its own after the word that carries it, a page's footnotes follow a "__________________" line
at the page's end, then the undocs.org links of the documents they cite, and there is no
document header and no page header or footer: the text starts with the title. The hidden
documents may come in that shape, while the corpus GA texts are all PDF text. This module prints
a PDF-text resolution in it, so that a test can check that the shape gives the references the PDF
text gives (``tests/test_shapes_lines.py``; the markdown shapes are :mod:`shapes`).

The rendering is built from the PDF text's own lines, so that what a conversion keeps of them
stays: a word broken at its hyphen ("Secretary-⏎⏎General"), a paragraph broken by a page (its
next line, at the top of the next page, after the footnotes and links, or right after the last line
when the page had none), a footnote's text over several lines. What the renderer takes from
citegraph's own reader (:func:`citegraph.reader.read_document` and the line classes of
:mod:`citegraph.normalize`): which lines are page furniture (job numbers, page counters, running
symbols and titles, barcodes), footnote lines and body lines; which characters of a body line are
footnote marks (those the normalised text dropped); where each body block (paragraph) starts; and
the document symbols each footnote cites (its references of kind ``document``).

What it prints, as seed 000 does (``⏎`` a line break):

- the title, without its number ("78/120."), its first line after three spaces, then a blank
  line and a line holding one space, twice; then " The General Assembly, " and the body;
- each line of the PDF text stripped, with one space after it, then a blank line;
- a space before the first line of each paragraph (each body block: a paragraph, a part head,
  the trailer), and another before the first line of a page;
- a mark moved to a line of its own right after the word or punctuation that carries it, and the
  rest of the line (from its space) on the next line: "...Organized Crime⏎1⏎ ⏎⏎and the United
  Nations Convention against Corruption⏎2⏎ offer important bases for ⏎⏎"; a mark of two digits
  has a blank line after it ("Crime,⏎10⏎⏎ and the entry into force");
- at a page's end, after a blank line, "__________________ ", a blank line, and each footnote as
  " ⏎1⏎  United Nations, Treaty Series, vol. 2225, No. 39574. ", its further lines after a blank
  line each, the footnotes apart by a blank line (a two-digit number has one after it too);
  then, after a blank line, "http://undocs.org/<symbol>" for each document the footnotes cite
  (no blank line between them); and the next page's first line right after (no blank line);
- a page with no footnotes ends with its last line and no blank line after it.

Not imitated: the spaces a conversion puts inside words ("precious me tals", "corruption -⏎⏎free")
and doubled between words, and the page breaks of a 2015 draft (a corpus text breaks where its own
PDF broke).

Annexes are left out: the rendering stops at the annex heading (as :mod:`shapes` does); a footnote
whose first mark stands in the body before the annex is printed at the end of the last page even
if its text stands after the annex heading; the others after it are dropped
(:attr:`shapes.Rendering.dropped_footnotes`).

>>> _split_marks("Reduction 2015–2030,2 adopted by the Third", [(20, 21, "2")])
'Reduction 2015–2030,\\n2\\n adopted by the Third \\n'
>>> _split_marks("Sustainable Development 5 and the Paris Agreement, and", [(24, 25, "5")])
'Sustainable Development\\n5\\n and the Paris Agreement, and \\n'
>>> _split_marks("Compact on Migration,16", [(21, 23, "16")])
'Compact on Migration,\\n16\\n\\n \\n'
>>> _footnote_lines(4, ["See Official Records of the Economic and Social Council,", "chap. I, sect. A."])
' \\n4\\n  See Official Records of the Economic and Social Council, \\n\\nchap. I, sect. A. \\n'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex
from shapes import _ANNEX_HEAD, Rendering

from citegraph.models import Document
from citegraph.normalize import (
    BLANK,
    BODY,
    FN_CONT,
    FN_START,
    FURN,
    MARKLINE,
    ORGAN_RE,
    START,
    TEXT,
    Normalized,
    _classify,
    _is_separator,
    _lines,
    _running_titles,
)
from citegraph.reader import read_document
from citegraph.references import extract_references

#: The title line of a GA resolution: "78/120. International cooperation ...", "S-32/1. ...".
_TITLE = regex.compile(r"(?:[SE]S-)?\d{1,3}/\d{1,3}\s?\.\s+(\S.*)")
#: Page furniture that says a page ended: the job number ("23-25272", "23-25272 (E) 211223"),
#: the page counter ("2/18"), the running symbol or title (:func:`citegraph.normalize._classify`
#: and ``_running_titles`` tell those): any furniture line but the footnote separator and a link.
_LINK_LINE = regex.compile(r"https?://\S+")
#: A paragraph's number or an item's letter that the PDF text prints on a line of its own ("1.",
#: "(a)", "26" that lost its full stop): a conversion prints it with the line after it, as seed 000
#: prints " 1. Takes note with appreciation of the report of the Secretary-General ".
_LABEL = regex.compile(r"\d{1,3}\.?|\([a-z]{1,5}\)")
#: A UN document symbol as undocs.org links it: no space in it ("A/70/99", "E/2013/27").
_UNDOCS = regex.compile(r"[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+")


@dataclass
class _Page:
    """One page of the rendering: its body lines (the space that opens a paragraph, the line, its marks:
    (start, end, digits)) and its footnotes (number, lines)."""

    body: list[tuple[str, str, list[tuple[int, int, str]]]] = field(default_factory=list)
    notes: list[tuple[int, list[str]]] = field(default_factory=list)


def render_lines(path_or_doc: str | Path | Document) -> Rendering:
    """The GA resolution at ``path_or_doc`` (PDF text; or a document already read) in seed 000's shape."""
    doc = path_or_doc if isinstance(path_or_doc, Document) else read_document(path_or_doc)
    n = doc.norm
    assert isinstance(n, Normalized), "a document read by citegraph.reader.read_document"
    original = n.original
    lines = _lines(original)
    raw = original.split("\n")
    assert len(raw) == len(lines), "a PDF text: only '\\n' ends a line"
    classes = _classify(lines)
    _running_titles(lines, classes, original)
    kinds, numbers, fn_at = classes.kinds, classes.numbers, classes.body_starts
    line_starts = [0]
    for seg in raw[:-1]:
        line_starts.append(line_starts[-1] + len(seg) + 1)

    def line_of(offset: int) -> int:
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    text = n.text
    body = [b for b in n.blocks if b.kind == "body"]
    # the characters each body block keeps: what a body line has beyond them is a footnote mark
    kept: set[int] = set()
    opens: set[int] = set()  # the lines that open a body block (a paragraph, a head)
    for b in body:
        kept.update(n.offsets[b.start : b.end])
        if b.end > b.start:
            opens.add(line_of(n.offsets[b.start]))

    # the organ's line opens the body; without one (A/RES/78/225), the first block after the header
    organ_line = next(
        (
            line_of(n.offsets[b.start])
            for b in body
            if text.startswith(("*", "The"), b.start) and ORGAN_RE.fullmatch(text[b.start : b.end])
        ),
        None,
    )
    head = doc.paragraph("H")
    if organ_line is not None:
        first_line = organ_line
    else:
        first_line = next(
            (line_of(n.offsets[b.start]) for b in body if head is None or b.start >= head.end), len(lines)
        )

    # the annex: its heading, after the resolution's own paragraphs
    stop_line, annex, annex_at = len(lines), None, len(original)
    for b in body:
        o = n.offsets[b.start]
        t = text[b.start : b.end]
        if line_of(o) > first_line and t.startswith("Annex") and _ANNEX_HEAD.fullmatch(t):
            stop_line, annex, annex_at = line_of(o), " ".join(t.split()), o
            break

    # each footnote's first mark, and the document symbols it cites (the links of its page)
    first_mark_at = {}
    for mk in n.marks:
        first_mark_at.setdefault(mk.number, n.offsets[min(mk.offset, len(text) - 1)])
    links: dict[int, list[str]] = {}
    for r in extract_references(doc):
        if (
            r.para.startswith("F")
            and r.kind == "document"
            and not r.surface.startswith(("Corr.", "Add."))
            and _UNDOCS.fullmatch(r.target)
        ):
            links.setdefault(int(r.para[1:]), [])
            if r.target not in links[int(r.para[1:])]:
                links[int(r.para[1:])].append(r.target)

    own = doc.meta.symbol
    out: list[str] = [_title(lines, kinds, first_line)]
    pages: list[_Page] = [_Page()]
    printed: list[int] = []
    dropped: list[int] = []
    seen_fn: set[int] = set()
    broken = False  # page furniture since the last body line: the next body line tops a page
    current: list[str] | None = None  # the lines of the footnote being read
    late: list[tuple[int, list[str]]] = []  # footnotes after the annex heading whose mark is before it
    label: tuple[str, str] | None = None  # a paragraph's number on a line of its own, to print with the next
    i = first_line
    while i < len(lines):
        k = kinds[i]
        t = lines[i][TEXT]
        if i >= stop_line and k not in (FN_START, FN_CONT):
            current = None
            i += 1
            continue
        if k == FURN or (own and t == own):  # the running symbol: furniture even where the reader kept it
            current = None
            if not _is_separator(t) and not _LINK_LINE.fullmatch(t) and pages[-1].body:
                broken = True
        elif k == FN_START:
            num = numbers[i]
            current = None
            if num not in seen_fn:
                seen_fn.add(num)
                current = [original[fn_at[i] : lines[i][1]]] if fn_at[i] < lines[i][1] else []
                mark = first_mark_at.get(num)
                if i < stop_line:
                    pages[-1].notes.append((num, current))
                elif mark is not None and mark < annex_at:
                    late.append((num, current))
                else:
                    dropped.append(num)
                    current = None
        elif k == FN_CONT:
            if current is not None:
                current.append(t)
        elif k in (BODY, MARKLINE):
            current = None
            if broken:
                pages.append(_Page())
                broken = False
            page = pages[-1]
            if k == MARKLINE:  # a mark on a line of its own: after the line before it
                if page.body:
                    lead, prev, marks = page.body[-1]
                    marks.append((len(prev), len(prev), t))
                else:
                    page.body.append(("", "", [(0, 0, t)]))
            else:
                s = lines[i][START]
                marks = [
                    (a - s, b - s, original[a:b])
                    for a, b in _dropped_runs(original, s, lines[i][1], kept)
                    if original[a:b].isdigit()
                ]
                lead = " " if i in opens else ""
                if label is not None:  # the number or letter printed alone on the line before
                    lead, t = label[0], f"{label[1]} {t}"
                    marks = [(a + len(label[1]) + 1, b + len(label[1]) + 1, d) for a, b, d in marks]
                    label = None
                elif (
                    i in opens
                    and _LABEL.fullmatch(t)
                    and (j := _next_line(kinds, i)) is not None
                    and kinds[j] == BODY
                ):  # "1." ⏎ "Takes note ...": one line
                    label = (lead, t)
                    i += 1
                    continue
                page.body.append((lead, t, marks))
        i += 1
    if late:
        pages[-1].notes.extend(late)

    for p, page in enumerate(pages):
        for j, (lead, t, marks) in enumerate(page.body):
            top = " " if p and j == 0 else ""
            last = j == len(page.body) - 1
            out.append(top + lead + _split_marks(t, marks))
            if not (last and not page.notes and p < len(pages) - 1):
                out.append("\n")
        if page.notes:
            out.append("__________________ \n\n")
            notes = [_footnote_lines(num, ls) for num, ls in page.notes]
            out.append("\n".join(notes))
            printed.extend(num for num, _ in page.notes)
            cited = [s for num, _ in page.notes for s in links.get(num, [])]
            if cited:
                out.append("\n" + "".join(f"http://undocs.org/{s}\n" for s in dict.fromkeys(cited)))
    out.append(" \n\n")
    return Rendering(
        "".join(out),
        annex=annex,
        dropped_footnotes=sorted(dropped),
        unplaced=[],
        annex_at=annex_at,
        footnotes=sorted(printed),
    )


def _next_line(kinds: list[str], i: int) -> int | None:
    """The next line after ``i`` that is not blank, if any."""
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    return j if j < len(kinds) else None


def _title(lines: list, kinds: list[str], first_line: int) -> str:
    """The title lines of the header before line ``first_line``, printed as seed 000 prints its title."""
    found: list[str] = []
    for i in range(first_line):
        t = lines[i][TEXT]
        if not found:
            m = _TITLE.fullmatch(t)
            if m:
                found.append(m[1])
            continue
        if not t:
            if found[-1].endswith(
                ";"
            ):  # "United Nations Convention against Cybercrime;" ⏎⏎ "Strengthening ..."
                continue
            break
        if kinds[i] == FURN:
            break
        found.append(t)
    if not found:
        return ""
    body = "\n\n".join(f"{t} " for t in found)
    return f"   {body}\n \n\n \n\n"


def _dropped_runs(original: str, start: int, end: int, kept: set[int]) -> list[tuple[int, int]]:
    """The runs of characters of ``original[start:end]`` that are neither kept nor spaces."""
    out: list[tuple[int, int]] = []
    j = start
    while j < end:
        if j in kept or original[j].isspace():
            j += 1
            continue
        a = j
        while j < end and j not in kept and not original[j].isspace():
            j += 1
        out.append((a, j))
    return out


def _split_marks(t: str, marks: list[tuple[int, int, str]]) -> str:
    """Line ``t`` with each mark (``(start, end, digits)``: ``t[start:end]`` is the mark, or
    ``start == end`` for a mark printed there) on a line of its own, as seed 000 prints them, and
    each piece after a mark on the next line from a space; the line ends with a space and a line
    break (the blank line after it is the caller's)."""
    out: list[str] = []
    pos = 0
    for a, b, digits in marks:
        piece = t[pos:a].rstrip()
        if pos and piece:
            piece = " " + piece.lstrip()
        out.append(piece + "\n" + digits + "\n" + ("\n" if len(digits) > 1 else ""))
        pos = b
    rest = t[pos:].strip()
    if pos and rest:
        rest = " " + rest
    return "".join(out) + rest + " \n"


def _footnote_lines(num: int, texts: list[str]) -> str:
    """Footnote ``num`` with its lines ``texts`` as seed 000 prints a footnote at a page's end."""
    lines = [t.strip() for t in texts if t.strip()]
    head = f" \n{num}\n" + ("\n" if num >= 10 else "")
    if not lines:
        return head
    return head + f"  {lines[0]} \n" + "".join(f"\n{t} \n" for t in lines[1:])


__all__ = ["render_lines"]
