"""anchors.py: a document named by a plain noun heads the anchor (a complaint or report with its date, a statement on
programme budget implications, a report of joint authors, a report's title, a summary by its authors); one table per
rule, from the corpus's own sentences (exact expected anchors), with the cases the rule must leave alone."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A plain document noun with its owner ("its complaint") and the date that ends the head carries the mark, not a
# capitalised name earlier in the clause. (paragraph, footnote number, anchor)
DATED_DOCUMENTS = [
    (
        "Noting with concern the violations of the relevant\nSecurity Council resolutions which had prompted the\n"
        "Government of Lebanon repeatedly to ask the Council for\naction, and particularly its complaint of 3 March"
        " 1981, \u00b9",
        1,
        "its complaint",
    ),  # S/RES/488 (1981) F19 (was "Government of Lebanon repeatedly")
    ("Noting with concern its complaint of 3 March 1981,\u00b9", 1, "its complaint"),  # the same, alone
    (
        "Welcoming the findings of the Office of Internal Oversight Services of the Secretariat in its evaluation report"
        " of 22 March 2021;\u00b9",
        1,
        "its evaluation report",
    ),  # A/RES/78/102 F16 (was "evaluation report")
    (
        "Acting in accordance with the recommendations\ncontained in his report of 3 March 1993, \u00b9 including in"
        " particular the programme,",
        1,
        "his report",
    ),  # S/RES/814 (1993) (was "report")
    # not a document noun before the date: the name is read as before
    ("Recalling the Geneva communiqu\u00e9 of 30 June 2012,\u00b9", 1, "Geneva communiqu\u00e9"),
    ("Recalling the Quartet report of 1 July 2016,\u00b9", 1, "Quartet report"),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DATED_DOCUMENTS)
def test_a_dated_document_noun(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
