"""anchors.py: what goes with a document's name and what does not: the organ it was presented to, its subject in plain
words ("on ..."), the modifiers before its noun; one table per rule, from the corpus's own sentences (exact expected
anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# An organ a document was presented to ("to the General Assembly") names no document: the document before it carries
# the mark. (paragraph, footnote number, anchor)
ADDRESSEES = [
    (
        "Recalling that 2026 marks the twentieth anniversary of the United Nations study on violence against children"
        " to the General Assembly,\u00b9 welcoming the efforts of the",
        1,
        "United Nations study",
    ),  # A/RES/80/190 F39: A/61/299, the study (was "General Assembly", audit10 gaE 1)
    (
        "Requests the Secretary-General to submit a report on the implementation of the present resolution to the"
        " General Assembly,\u00b9",
        1,
        "report on the implementation of the present resolution",
    ),  # was "resolution to the General Assembly"
    # unchanged: a name before "to" (read with it, as before)
    (
        "Taking note of the report of the Secretary-General to the General Assembly,\u00b9",
        1,
        "report of the Secretary-General to the General Assembly",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ADDRESSEES)
def test_an_addressee_names_no_document(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "the United Nations study on violence against children to the General Assembly",
            "the United Nations study on violence against children",
        ),
        ("the message of the Secretary-General to the Security Council", None),  # a name before "to"
        ("the report submitted to the General Assembly", None),  # a participle: read by the qualifier
        ("requests the Secretary-General to report to the General Assembly", None),  # a verb
        ("its accession to the Human Rights Council", None),
        (
            "the study on violence against children to the World Health Assembly",
            None,
        ),  # no organ of the Charter
    ],
)
def test_addressee_organ(head: str, want: str | None) -> None:
    assert a._addressee_organ(head) == want
