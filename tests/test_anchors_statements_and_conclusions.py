"""anchors.py: a document's head noun carries the mark before who made it, its topic and what qualifies it (statements
and appeals "by" someone, conclusions and reports "on" a topic, dates and occasions after the name); one table per
rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A statement (appeal, invitation ...) "by" someone named, with or without a participle before "by", carries the mark
# its qualifiers (where, when, on what occasion) run on to, read up to the end of the name of who made it; a verb of its
# own after it in the mark's clause governs what the mark is on. (paragraph, footnote number, anchor)
STATEMENTS_BY = [
    (
        "Takes note of the statement by the Co-Chair of the Preparatory Commission at the closing of the organizational"
        " meeting of the Commission;\u00b9",
        1,
        "statement by the Co-Chair of the Preparatory Commission",
    ),  # A/RES/79/271 F4: A/AC.296/2024/4 (was "closing of the organizational meeting of the Commission", audit10 gaH 1)
    (
        "Continues to welcome the statement by the President of the Security Council of 12 February 2013,\u00b9 in which"
        " the Council reiterated its previous call regarding the importance of State cooperation",
        1,
        "statement by the President of the Security Council",
    ),  # A/RES/78/6 F9: S/PRST/2013/2 (was "President of the Security Council")
    (
        "Takes note of the statement by the Co-Chair of the Preparatory Commission;\u00b9",
        1,
        "statement by the Co-Chair of the Preparatory Commission",
    ),  # probe gaH t11 (was "Co-Chair of the Preparatory Commission")
    (
        "Takes note of the statement made by the President of French Polynesia in the Special Political and"
        " Decolonization Committee (Fourth Committee), at the seventy-eighth session of the General Assembly, in October"
        " 2023,\u00b9",
        1,
        "statement made by the President of French Polynesia",
    ),  # A/RES/79/104 F7 (unchanged)
    # unchanged: a verb of its own after the statement governs what the mark is on
    (
        "Notes the adoption by the Security Council of resolution 2634 (2022) of 31 May 2022 and the statement by the"
        " President of the Council of 25 April 2016,\u00b9 supports the efforts to address this problem at the global and"
        " regional levels, including the adoption by the Maritime Safety Committee of the International Maritime"
        " Organization of a resolution on recommended action to address piracy and armed robbery in the Gulf of"
        " Guinea,\u00b2",
        2,
        "Gulf of Guinea",
    ),  # A/RES/79/144 F67: MSC 103/21/Add.1
]


@pytest.mark.parametrize(("body", "number", "anchor"), STATEMENTS_BY)
def test_a_statement_by_someone(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
