"""anchors.py: the cheap tests it runs before its regexes never skip text that a regex matches."""

from __future__ import annotations

import pytest

from citegraph import anchors as a

# Text before a name, one for each way _QUALIFIER_BEFORE or _HEAD_NOUN_BEFORE ends, and some that don't match.
BEFORE_NAME = [
    "the Strategy, adopted by the ",
    "the Declaration, held at ",
    "the meeting, convened in its ",
    "the report prepared pursuant to ",
    "the note issued in accordance with the ",
    "the report submitted under ",
    "the report presented by its ",
    "measures taken pursuant to the ",
    "Takes note of the report of the ",
    "the agreed conclusions of ",
    "the outcome document of the ",
    "the practical tools of the ",
    "a letter of ",
    "Taking note of the ",
    "the review of its ",
    "implementation of the ",
    "Recalling the ",
    "its resolution 70/1, entitled ",
]


@pytest.mark.parametrize("head", BEFORE_NAME)
def test_ends_in_keeps_every_match(head: str) -> None:
    near, before = a._last_words(head + "Name", 6, len(head))
    assert near <= len(head)
    if a._QUALIFIER_BEFORE.search(head):
        assert a._ends_in(before, a._QUALIFIER_LAST)
        assert a._QUALIFIER_BEFORE.search(head, near) is not None
    if m := a._HEAD_NOUN_BEFORE.search(head):
        assert a._ends_in(before, a._HEAD_NOUN_LAST)
        assert a._HEAD_NOUN_BEFORE.search(head, near).start() == m.start()


@pytest.mark.parametrize(
    "text",
    [
        "the reports of the Board",
        "agreed conclusions",
        "the outcome document",
        "practical tools",
        "recommendations",
    ],
)
def test_head_noun_first_words(text: str) -> None:
    """Every _HEAD_NOUN match starts at one of _HEAD_NOUN_FIRST_WORDS."""
    m = a._HEAD_NOUN.search(text)
    assert m is not None
    assert any(text.startswith(w, m.start()) for w in a._HEAD_NOUN_FIRST_WORDS)


def test_trailing_date_window() -> None:
    name = "the Convention of 30 September 2006"
    assert len(name) - a._TRAILING_DATE.search(name).start() == a._TRAILING_DATE_MAX
    assert a._tidy(name) == "the Convention"
