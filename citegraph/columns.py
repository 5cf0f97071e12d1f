r"""The lines of a text other tools laid out: in columns of spaces (``pdftotext -layout``), indented, doubled.

Part of normalisation (:func:`citegraph.normalize.analyse` asks :func:`plain_lines` before it reads the lines).
poppler's ``pdftotext -layout`` keeps each page's layout with spaces: every line stands at its column, a
paragraph's first line further in than its other lines, and the header's two columns, and the running
head's, share a line::

                    United Nations                                        A/RES/78/229
                    General Assembly                       Distr.: General
    ...
                         Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September
                    2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18 December 2014, 70/178

The reader reads paragraphs in the shape pypdf prints: a paragraph's first line opens with a space, its
other lines at the left margin (``normalize._is_indent_shape``). :func:`left_aligned` gives a laid-out
text that shape, one character for one, so that every offset still points into the text as given: the
spaces before a line move to the end of the line above (its line break after them), and a line that
stands further in than most of its page's lines keeps one; a run of three spaces or more between two
columns ends in a line break. A page break (form feed) is a line break.

A text indented as a whole (:func:`indented`: every line three spaces or a tab further in, or quoted with
``> ``) moves left the same way, by what all its lines open with; its own indents (seed 000's, pypdf's)
stay as they were. A text with every line break doubled (:func:`doubled`) gets single ones again: of each
pair, the first becomes a space. :func:`plain_lines` asks each in turn.

>>> text = "\n".join([
...     "        United Nations        A/RES/1/1",
...     "             Recalling its resolutions 75/196 of 16 December 2020 and 76/187 of",
...     "        16 December 2021, and its resolutions 77/237 of 15 December 2022 and 78/229",
...     "        of 19 December 2023, and the Kyoto Declaration on Advancing Crime Prevention,",
... ])
>>> for line in left_aligned(text).split("\n"):
...     print(line.rstrip())
        United Nations
A/RES/1/1
 Recalling its resolutions 75/196 of 16 December 2020 and 76/187 of
16 December 2021, and its resolutions 77/237 of 15 December 2022 and 78/229
of 19 December 2023, and the Kyoto Declaration on Advancing Crime Prevention,
>>> len(left_aligned(text)) == len(text)
True
"""

from __future__ import annotations

import os
from collections import Counter

import regex

#: The lines a page's left margin is read from: its body's, of this many characters or more.
LONG = 50
#: How much further in than the page's margin a paragraph's first line stands (at least).
INDENT = 3
#: A run of spaces between two columns ("United Nations" ... "A/RES/78/229"; a running head and the
#: symbol; a job number and a page counter), not after a paragraph's number ("1.   Takes note").
_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
_NUMBER_BEFORE_GAP = regex.compile(r"\s*(?:\d{1,3}\.|\([a-z]{1,4}\)|[a-z]\))")
#: What a paragraph's first line opens with: a capital, a number, a quote, a bracket.
_OPENS = regex.compile(r"[\p{Lu}\d“\"‘(\[*]")


def laid_out(original: str) -> bool:
    """Whether ``original`` is laid out in columns of spaces: of the non-blank lines of its first 5,000
    characters, half or more stand eight spaces in or further (seed 000's lines stand one or two in,
    pypdf's paragraphs one).

    >>> laid_out("        United Nations\\n          General Assembly\\n\\nDistr.: General\\n")
    True
    >>> laid_out(" Recalling its resolution 75/196,\\nof 16 December 2020,\\n")
    False
    """
    head = original[:5000]
    if "        " not in head:  # (most texts: no run of eight spaces)
        return False
    lines = [ln for ln in head.split("\n") if ln.strip()]
    deep = sum(1 for ln in lines if ln.startswith("        "))
    return deep * 2 >= len(lines) > 0


def left_aligned(original: str) -> str:
    """A :func:`laid_out` text with its lines moved to the left margin, one character for one (module doc);
    any other text comes back as it is (the same object)."""
    return _columns_left(original) if laid_out(original) else original


def _move_left(out: list[str], start: int, k: int) -> None:
    """Move the line that starts at ``start`` in ``out`` left by ``k`` characters, one for one: the line break
    before it goes after its first ``k`` characters (spaces), which end the line above."""
    out[start - 1] = " "
    out[start + k - 1] = "\n"


def _columns_left(original: str) -> str:
    """:func:`left_aligned` of a text known to be :func:`laid_out`."""
    out = list(original.replace("\f", "\n"))
    pos = 0
    for page in original.split("\f"):
        lines = page.split("\n")
        widths = Counter(len(ln) - len(s) for ln in lines if len(s := ln.lstrip(" ")) >= LONG)
        margin = widths.most_common(1)[0][0] if widths else 0
        start = pos
        for ln in lines:
            text = ln.lstrip(" ")
            k = len(ln) - len(text)
            if text:
                for m in _GAP.finditer(ln, k):
                    if not _NUMBER_BEFORE_GAP.fullmatch(ln, k, m.start()):
                        out[start + m.end() - 1] = "\n"
                if k and start:  # (the text's first line has no line above it)
                    keep = 1 if k >= margin + INDENT and _OPENS.match(text) else 0
                    if k > keep:
                        _move_left(out, start, k - keep)
            start += len(ln) + 1
        pos += len(page) + 1
    return "".join(out)


def indented(original: str) -> bool:
    """Whether every non-blank line of ``original`` opens with the same white space, or with a quote's
    ``>``: a text indented as a whole (pasted into a mail or a markdown list, quoted, printed by
    ``lynx -dump``), whose lines :func:`plain_lines` moves left by that much.

    >>> indented("   United Nations\\n\\n   Recalling its resolution 75/196,\\n     of 16 December 2020,\\n")
    True
    >>> indented("> United Nations\\n>\\n> Recalling its resolution 75/196,\\n")
    True
    >>> indented(" Recalling its resolution 75/196,\\nof 16 December 2020,\\n")
    False
    """
    return bool(_prefixes(original))


def _prefixes(original: str) -> list[int]:
    """The length of what each line of an :func:`indented` text opens with (0 for a blank line), or []."""
    first = original.lstrip("\n")[:1]
    if first not in _INDENTS or original.strip() == "":
        return []  # (most texts: the first line opens with a letter)
    lines = original.split("\n")
    if all(ln.lstrip(" \t")[:1] == ">" for ln in lines if ln.strip()):
        return [m.end() if (m := _QUOTE.match(ln)) else 0 for ln in lines]
    if _FLUSH_LINE.search(original):  # a line with no white space before it
        return []
    heads = [ln[: len(ln) - len(ln.lstrip(" \t"))] for ln in lines if ln.strip()]
    k = len(os.path.commonprefix(heads))
    return [k if ln.strip() else 0 for ln in lines] if k else []


_INDENTS = frozenset(" \t>")
#: A quote's mark and the space after it: "> ", ">" (a blank line of the quote), "  > ".
_QUOTE = regex.compile(r"[ \t]*>[ \t]?")
#: A line that opens with a character other than white space, after the first.
_FLUSH_LINE = regex.compile(r"\n[^\s]")


def _dedented(original: str) -> str:
    """An :func:`indented` text moved left, one character for one: what each line opens with becomes spaces,
    and the line break before it moves after them (the first line keeps them)."""
    prefixes = _prefixes(original)
    if not prefixes:
        return original
    out = list(original)
    start = 0
    for ln, k in zip(original.split("\n"), prefixes, strict=True):
        if k:
            out[start : start + k] = " " * k  # (a quote's ">" too)
            if start:
                _move_left(out, start, k)
        start += len(ln) + 1
    return "".join(out)


def plain_lines(original: str) -> str:
    """``original`` with its lines as the reader reads them, one character for one: laid out in columns
    (:func:`left_aligned`), indented or quoted as a whole (moved left), or with every line break doubled
    (:func:`doubled`: one of each pair made a space). Any other text comes back as it is (the same object).

    >>> plain_lines("Recalling its resolution 75/196,\\nof 16 December 2020,\\n")
    'Recalling its resolution 75/196,\\nof 16 December 2020,\\n'
    """
    if laid_out(original):
        return _columns_left(original)
    return _undoubled(_dedented(original))


def doubled(original: str) -> bool:
    """Whether every line break of ``original`` is doubled: a blank line after each printed line, as a tool
    that reads a Windows line end as two prints it, or some PDF viewers copy a page.

    Its runs of line breaks (blank lines between) are even, 19 in 20 or more, and, in 3 of 10 or more of
    them, a line that goes on a sentence (a small letter) follows a single blank line. Not markdown, whose
    blank lines part paragraphs printed each on a line, nor seed 000's shape, a blank line after each
    printed line but a paragraph's first line opened with a space, which the reader reads as printed.

    >>> doubled("\\n\\n".join(["Recalling its resolution 75/196 of 16 December 2020", "and its resolution"] * 12))
    True
    >>> doubled("\\n\\n".join(["Recalling its resolution 75/196 of 16 December 2020.", "Noting its decision."] * 12))
    False
    """
    return bool(_doubled_runs(original))


def _doubled_runs(original: str) -> list[regex.Match[str]]:
    """The runs of line breaks of a :func:`doubled` text (:data:`_BREAKS`), or [] for any other."""
    # (most texts: few empty lines; a doubled one has one every 100 characters or so, a line's length)
    if original.count("\n\n") * 200 < len(original):
        return []
    runs = list(_BREAKS.finditer(original))
    if len(runs) < 20:
        return []
    even = [m for m in runs if m.group().count("\n") % 2 == 0]
    if len(even) * 20 < len(runs) * 19:
        return []
    going_on = sum(
        1 for m in even if original[m.end() : m.end() + 1].islower() and m.group().count("\n") == 2
    )
    opened = sum(
        1
        for m in runs
        if original[m.end() : m.end() + 2].startswith(" ") and original[m.end() + 1 : m.end() + 2].isupper()
    )
    return runs if going_on * 10 >= len(even) * 3 and opened * 20 < len(runs) else []


#: A run of line breaks, with the blank lines (white space only) between them.
_BREAKS = regex.compile(r"\n(?:[ \t]*\n)*")


def _undoubled(original: str) -> str:
    """A :func:`doubled` text with the first, third, ... line break of each even run made a space: a printed
    line's break and its blank line are one line break again, two blank lines one."""
    runs = _doubled_runs(original)
    if not runs:
        return original
    out = list(original)
    for m in runs:
        breaks = [i for i in range(m.start(), m.end()) if original[i] == "\n"]
        if len(breaks) % 2 == 0:
            for i in breaks[0::2]:
                out[i] = " "
    return "".join(out)
