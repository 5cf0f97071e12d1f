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


# An outcome document of an event, whose description (what it is known as, what it followed up) runs on to a name read
# at the mark with no comma, new item or clause between, carries the mark: it is read from its noun to the end of the
# name, not the conference the meeting is known as, nor the participle that qualifies the event after the name.
OUTCOME_OF_EVENT = [
    (
        "Reaffirming further the outcome document of the high-level plenary meeting of the General Assembly known as"
        " the World Conference on Indigenous Peoples,\u00b9 and recalling",
        1,
        "outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on"
        " Indigenous Peoples",
    ),  # A/RES/78/181 F9, 79/149 F9, 79/208 F14, 80/190 F29, 78/328 F2 and 8 more: 69/2 (was the Conference)
    (
        "Recalling the 2030 Agenda for Sustainable Development\u00b9 and the outcome document of the special event to"
        " follow up efforts made towards achieving the Millennium Development Goals convened by the President of the"
        " General Assembly,\u00b2",
        2,
        "outcome document of the special event to follow up efforts made towards achieving the Millennium Development"
        " Goals",
    ),  # A/RES/79/208 F7, 78/155 F7, 80/140 F7: 68/6 (was "Millennium Development Goals")
    (
        "Recalling also the World Summit on the Information Society, as well as the outcome document of the high-level"
        " meeting of the General Assembly on the overall review of the implementation of the outcomes of the Summit,\u00b9",
        1,
        "outcome document of the high-level meeting of the General Assembly on the overall review of the implementation"
        " of the outcomes of the Summit",
    ),  # A/RES/78/213 F11: 70/125 (was "Summit"; 78/132 F8, 79/277 F5, 80/118 F10 were the World Summit)
    # unchanged: a new item or a comma between the document and the name
    (
        "Recalling the outcome document and the World Conference on Indigenous Peoples,\u00b9",
        1,
        "World Conference on Indigenous Peoples",
    ),
    (
        "Recalling the outcome document of the special session, and the Millennium Development Goals,\u00b9",
        1,
        "Millennium Development Goals",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), OUTCOME_OF_EVENT)
def test_an_outcome_document_of_an_event(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A report on a body's numbered session is read with the body's name after "session of the", whatever that name holds:
# "Convention" in a committee's name makes no instrument of it.
REPORT_ON_SESSION = [
    (
        "Takes note of the report on the second session of the Ad Hoc Committee to Draft Terms of Reference for a"
        " United Nations Framework Convention on International Tax Cooperation,\u00b9 and welcomes",
        1,
        "report on the second session of the Ad Hoc Committee to Draft Terms of Reference for a United Nations"
        " Framework Convention on International Tax Cooperation",
    ),  # A/RES/79/235 F1, 79/263 F27: A/79/333 (was the Committee)
    (
        "Takes note of the report on the second session of the Ad Hoc Committee for a Convention on Tax,\u00b9",
        1,
        "report on the second session of the Ad Hoc Committee for a Convention on Tax",
    ),  # audit11 gaB probe (was "Ad Hoc Committee for a Convention on Tax")
    (
        "Takes note of the report on the second session of the Ad Hoc Committee on Tax,\u00b9",
        1,
        "report on the second session of the Ad Hoc Committee on Tax",
    ),  # unchanged (read so before)
    # unchanged: no report on a session before the name
    (
        "Takes note of the second session of the Ad Hoc Committee for a Convention on Tax,\u00b9",
        1,
        "Ad Hoc Committee for a Convention on Tax",
    ),
    (
        "Takes note of the report on the second session and the Framework Convention on Tax,\u00b9",
        1,
        "Framework Convention on Tax",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), REPORT_ON_SESSION)
def test_a_report_on_a_session_keeps_its_head(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The outcomes of a body's session named by a possessive ("the outcomes of its fourth session") keep their noun, as "the
# outcomes of the fourth session of the <body>" do: the footnote gives the session's report, not the session.
OUTCOMES_OF_ITS_SESSION = [
    (
        "Notes the contribution of the United Nations Environment Assembly, as reflected in its resolution 2/17 of 27 May"
        " 2016,\u00b9 and the outcomes of its fourth session, held in Nairobi from 11 to 15 March 2019,\u00b2 in"
        " particular its ministerial declaration",
        2,
        "outcomes of its fourth session",
    ),  # A/RES/79/208 F31, 78/155 F31: A/74/25 (was "fourth session")
    (
        "Notes the outcomes of its fourth session,\u00b9",
        1,
        "outcomes of its fourth session",
    ),  # audit11 gaE test c (was "fourth session")
    (
        "Notes the outcomes of the fourth session of the United Nations Environment Assembly,\u00b9",
        1,
        "outcomes of the fourth session of the United Nations Environment Assembly",
    ),  # unchanged
    # unchanged: no document noun before the possessive
    ("Notes the efforts of its fourth session,\u00b9", 1, "fourth session"),
]


@pytest.mark.parametrize(("body", "number", "anchor"), OUTCOMES_OF_ITS_SESSION)
def test_outcomes_of_its_session_keep_their_noun(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A roman number after a lower-case part noun ("annex III to", "part II of") numbers a part of what follows: it is no
# capitalised word a name starts with. (paragraph, number, anchor)
PART_NUMBERS = [
    (
        "Encourages Parties to act in accordance with the terms of reference contained in annex III to decision 15/8 of"
        " 19 December 2022 of the Conference of the Parties to the Convention;\u00b9",
        1,
        "decision 15/8 of 19 December 2022 of the Conference of the Parties to the Convention",
    ),  # A/RES/79/208 F28: CBD/COP/DEC/15/8 (was "III to decision 15/8 of ...")
    (
        "Recalls the successful completion of the first compulsory conciliation under annex V to the Convention,\u00b9",
        1,
        "Convention",
    ),  # cf. A/RES/78/69 F33, 79/144 F30, 80/110 F31 (was "V to the Convention")
    # unchanged: a capitalised part noun is a name's word; a bracket after the number
    (
        "Recalling the settlement of disputes provided for in Part XV of the Convention,\u00b9",
        1,
        "Part XV of the Convention",
    ),
    (
        "as set out in the High Commissioner\u2019s annual report (part II) of 2018,\u00b9",
        1,
        "High Commissioner\u2019s annual report (part II) of 2018",
    ),  # A/RES/78/185 F11
]


@pytest.mark.parametrize(("body", "number", "anchor"), PART_NUMBERS)
def test_a_part_number_opens_no_name(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
