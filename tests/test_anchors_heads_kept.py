"""anchors.py: the document or act a mark is on keeps its head noun before the body, meeting or session that qualifies
it (discussions held in a body, an outcome document of a meeting known by a name, a report on a committee's session);
one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# Discussions held in a body are read with the body, the sessions and the subject that run on to the mark: the footnote
# gives the body's summary records; "the X to Y sessions" is a range, not a purpose "to". (paragraph, number, anchor)
DISCUSSIONS_HELD = [
    (
        "Taking note with appreciation of the comments and observations of Governments and observers and the"
        " discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions of the General"
        " Assembly on the scope and application of universal jurisdiction,\u00b9",
        1,
        "discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions of the General Assembly"
        " on the scope and application of universal jurisdiction",
    ),  # A/RES/78/113 F1 (52 lines), 79/127, 80/168 F1: A/C.6/64/SR.12 ... (was "Committee at the sixty-fourth")
    (
        "Welcoming the discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions,\u00b9",
        1,
        "discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions",
    ),  # audit11 gaB probe p2 (was "Committee at the sixty-fourth")
    (
        "Welcoming the discussions held in the Sixth Committee on universal jurisdiction,\u00b9",
        1,
        "discussions held in the Sixth Committee on universal jurisdiction",
    ),  # audit11 gaB probe p4 F2 (was "Sixth Committee")
    # unchanged: a new item after the body; no discussions named
    (
        "Welcoming the discussions held in the Sixth Committee and the Convention on the Law of the Sea,\u00b9",
        1,
        "Sixth Committee and the Convention on the Law of the Sea",
    ),
    (
        "Recalling the Vienna Declaration adopted at the twenty-fourth session of the General Assembly,\u00b9",
        1,
        "Vienna Declaration",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DISCUSSIONS_HELD)
def test_discussions_held_in_a_body(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "cut"),
    [
        ("the Committee at the sixty-fourth to seventy-eighth sessions of the Assembly", None),  # a range
        ("the Committee at the first to third meetings of the Working Group", None),
        ("the Committee at its sixty-fourth session to consider the item", 41),  # a purpose: cut
    ],
)
def test_a_session_range_is_no_cut(head: str, cut: int | None) -> None:
    assert a._first_cut(head, 0) == cut
