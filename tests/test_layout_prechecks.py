"""layout.py and identity.py: the cheap tests they run before a regex never skip text the regex matches."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex

from citegraph import identity as ident
from citegraph import layout as lay
from citegraph.normalize import ORGAN_RE

#: Every code point but the surrogates, which a str may hold but no text read from UTF-8 does.
ALL_CHARS = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)


def test_regex_digits_and_spaces_are_python_ones() -> None:
    r"""``\d`` ⊆ str.isdigit (the number and trailer tests) and ``\s`` ⊆ str.isspace (stripped blocks).

    Only for the characters Python's own Unicode database knows: ``regex`` follows a newer
    Unicode, whose new digits (Garay, Kirat Rai...) str.isdigit does not know yet.
    """
    known = unicodedata.category
    assert all(c.isdigit() for c in regex.findall(r"\d", ALL_CHARS) if known(c) != "Cn")
    assert all(c.isspace() for c in regex.findall(r"\s", ALL_CHARS))


@pytest.mark.parametrize("first", ["0", "1", "9", "٣", "Z", "S", "l", "A", "I", "O", "(", "*"])
def test_number_start(first: str) -> None:
    """_NUMBERED matches only a block that :func:`~citegraph.layout._starts_number` lets through."""
    for t in (f"{first}. Decides", f"{first}, Decides", f"{first}l. Urges", f"{first}1. Urges"):
        if lay._NUMBERED.match(t):
            assert lay._starts_number(t)


@pytest.mark.parametrize("number", ["1", "12", "123", "1234", "٣", "Z", "S", "l", "ll", "1l", "l1", ""])
@pytest.mark.parametrize("after", [".", ",", "st", "nd", "rd", "th", ". 46th", "Adopted"])
def test_numbered_block_is_no_trailer(number: str, after: str) -> None:
    """A block that starts with a paragraph number never matches _TRAILER (layout tries it only without one)."""
    t = f"{number}{after} plenary meeting"
    assert not (lay._NUMBERED.match(t) and lay._TRAILER.match(t))
    if lay._TRAILER.match(t):
        assert t[:1].isdigit() or t.startswith("Adopted")


@pytest.mark.parametrize(
    "line",
    [
        "The General Assembly,",
        "*The Security Council*,",
        "** The Human Rights Council,**",
        "*\u00a0The Economic and Social Council:",
        "The Conference of the States Parties to the Convention,",
        "Takes note of the report",
        "Trusteeship Council",
    ],
)
def test_organ_line_start(line: str) -> None:
    """An organ's line (a stripped block that ORGAN_RE fullmatches) starts with "*" or "The"."""
    if ORGAN_RE.fullmatch(line):
        assert line.startswith(("*", "The"))


@pytest.mark.parametrize(
    "line",
    [
        "Hungary and Italy: draft resolution",
        "France*: Revised Draft Resolution",
        "Cuba: amendments to the revised draft resolution A/C.3/78/L.5",
        "Cuba: amendment to draft resolution A/78/L.5",
        "Note by the Secretary-General: report",
    ],
)
def test_sponsor_line_has_the_draft_word(line: str) -> None:
    """A sponsor line has the word "draft" (any case): :func:`_sponsor_line` searches only then."""
    for head in (line, f"A/78/L.5\n\n{line}\n\nTitle\n"):
        full, got = ident._SPONSORS.search(head), ident._sponsor_line(head)
        assert (got and got.span()) == (full and full.span())


@pytest.mark.parametrize("head", ["**Security Council**\nS/RES/1", "A/RES/1\n*Title*\n", "***x****", ""])
def test_flat_head(head: str) -> None:
    """_flat skips the substitution only where there is no bold glue to replace."""
    assert ident._flat(head) == ident._BOLD.sub("\n", head)


def test_report_starts_with_a_bracket() -> None:
    head = "[on the report of the Third Committee (A/78/481)]"
    assert ident._REPORT.search(head)[1] == "A/78/481"
    assert ident._REPORT.search(head[1:]) is None


def test_sc_title_decides_the_type_beside_a_top_symbol() -> None:
    """With a symbol at the top that is no resolution's, the SC title line still makes it one."""
    head = (
        "S/2023/1000\n\nResolution 2719 (2023)\n\nAdopted by the Security Council at its 9000th meeting,"
        " on 21 December 2023\n\nThe Security Council,\n\nRecalling X,\n"
    )
    m = ident.identify(head)
    assert (m.symbol, m.doc_type, m.date, m.organ) == ("S/2023/1000", "resolution", "2023-12-21", "SC")
