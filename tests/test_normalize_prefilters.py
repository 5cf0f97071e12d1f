"""The cheap string tests that normalize.py runs before a regex must never reject a line the regex matches."""

from __future__ import annotations

import pytest
import regex

from citegraph import normalize as nz

LINES = [
    "___",
    "__",
    "_____ ",
    "a___",
    "21-12345 (E)",
    "2/27 21-12345",
    "12/3",
    "١٢-12345",
    "*2112345*",
    "A/RES/80/1",
    "United Nations A/RES/80/1",
    "12. Decides",
    "1. *Decides*",
    "** 3. Requests",
    "Z. Demands",
    "ll, Urges",
    "١. Decides",
    "75th plenary meeting",
    "**75th plenary meeting",
    "Adopted at its 9000th meeting",
    "II.",
    "* A *",
    "Annex II",
    "Agenda 216 and",
    "Agenda 216\u2003the",
    "Agenda 216\x1cthe",
    "Agenda 216 ",
    "Agenda 216",
    "at least 56514 Humanitarian",
    "1/ S/24476, annex.",
    "12/ Ibid.",
    "1/CP.21",
    "8/ 10",
]


@pytest.mark.parametrize("t", LINES)
def test_prefilters_keep_every_match(t: str) -> None:
    assert nz._is_separator(t) == bool(regex.fullmatch(r"_{3,}", t))
    c0 = t[0]
    if nz._FURNITURE.fullmatch(t):
        assert c0 in nz._FURNITURE_OPENERS or t[2:3] == "-" or "/" in t[1:4]
    if (
        nz._NUMBERED_SURE.match(t)
        or nz._NUMBERED_OCR.match(t)
        or nz._GA_TRAILER.match(t)
        or nz._SC_TRAILER.match(t)
    ):
        assert c0 in nz._HEAD_LINE_OPENERS or c0 > nz._ASCII_MAX
    if nz._FN_SLASH.match(t):
        assert c0 in nz._ASCII_DIGITS and "/" in t[1:3]
    if nz._PART_HEAD.fullmatch(t) or nz._ANNEX_HEAD.fullmatch(t):
        assert c0 in nz._HEAD_OPENERS
    for m in nz._MARK_DIGITS.finditer(t):
        if m.lastgroup in ("alone", "big"):
            assert nz._split_after(t, m.end()) == bool(nz._SPLIT_AFTER.match(t, m.end()))
