"""layout.py: the cheap string tests it runs before a regex never skip a block the regex matches."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex

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
