"""anchors.py: what a footnote mark carries when the words before it are the subject of a numbered resolution (a World
Health Assembly number: "resolution 58.16 of 25 May 2005 on strengthening ..."), a clause about a named item (", which
highlights ...", "the decision adopted by consensus that ..."), a verb phrase with a noun in it ("take part in"), or one
conjunct of several that share a head ("the comments on children¹⁴ and women¹⁵"). One table per rule, from the
corpus's own sentences (exact expected anchors); each table has cases that must stay as they were."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# A/RES/78/177's paragraph on the World Health Assembly's resolutions on ageing, with three marks.
WHA_AGEING = (
    "Recalling World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May 2005 on"
    " strengthening active and healthy ageing,\u00b9 which stressed the important role of public health policies and"
    " programmes in enabling the rapidly growing number of older persons to remain in good health and maintain their"
    " many vital contributions to the well-being of their families, communities and societies, resolution 65.3 of 25"
    " May 2012 on strengthening non-communicable disease policies to promote active ageing,\u00b2 which recognized"
    " that population ageing is among the major factors contributing to the rising incidence and prevalence of"
    " non-communicable diseases, and resolution 69.3 of 29 May 2016, entitled \u201cGlobal strategy and action plan"
    " on ageing and 2016\u20132020: towards a world in which everyone can live a long and healthy"
    " life\u201d,\u00b3"
)

# A numbered resolution whose subject in plain words ("on ...") runs on to the mark carries it, also when its number is
# dotted, as the World Health Assembly numbers its resolutions. (paragraph, footnote number, anchor)
DOTTED_NUMBER_SUBJECT = [
    (
        WHA_AGEING,
        1,
        "resolution 58.16",
    ),  # A/RES/78/177 F13: WHA58/2005/REC/1 (was "World Health Assembly resolutions", audit10 gaF 1)
    (
        WHA_AGEING,
        2,
        "resolution 65.3",
    ),  # A/RES/78/177 F14: WHA65/2012/REC/1 (was "World Health Assembly resolutions", audit10 gaF 2)
    (
        "Recalling World Health Assembly resolutions on ageing, in particular resolution 58.16 of 25 May 2005 on"
        " strengthening active and healthy ageing,\u00b9",
        1,
        "resolution 58.16",
    ),  # the auditor's probe (was "World Health Assembly resolutions")
    # unchanged: no subject; a slash number; a subject that names an instrument (read whole, as before)
    (
        "Recalling World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May 2005,\u00b9 which"
        " stressed",
        1,
        "resolution 58.16",
    ),
    (
        "Recalling resolution 58/16 of 25 May 2005 on strengthening active and healthy ageing,\u00b9",
        1,
        "resolution 58/16",
    ),
    (
        "Recalling World Health Assembly resolution 58.16 on the International Health Regulations,\u00b9",
        1,
        "World Health Assembly resolution 58.16 on the International Health Regulations",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOTTED_NUMBER_SUBJECT)
def test_a_dotted_number_with_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("specifically resolution 58.16 of 25 May 2005 on ageing", "58.16"),
        ("and decisions 65.3 on ageing", "65.3"),
        ("the increase between 1.5 and 2.5 on average", None),  # no keyword: no resolution
        ("the increase, 1.5 on average", None),
        ("resolution 58.16.2 on ageing", None),  # no such number
    ],
)
def test_numbered_item_dotted(head: str, number: str | None) -> None:
    items = [m["num"] for m in a._NUMBERED_ITEM.finditer(head)]
    assert items == ([number] if number else [])


# A verb of a relative clause after a name (", which highlights ...", ", which recognizes ...") governs nothing the mark
# that closes the clause carries: the name before the clause carries it, as after ", which describes" (a verb that no
# list holds); a name the clause ends in is read, as before.
WHICH_CLAUSE = [
    (
        "Welcoming the adoption of the Declaration, and taking note of the related report of the Working Group on Enforced"
        " or Involuntary Disappearances, which highlights the contribution of the Declaration to the progress of"
        " international law on enforced disappearance,\u00b9",
        1,
        "report of the Working Group on Enforced or Involuntary Disappearances",
    ),  # A/RES/78/207 F2: A/HRC/51/31/Add.3 (was "progress of international law", audit10 gaD 2)
    (
        "Also takes note of the Capacity Development Strategy (2023\u20132030) of the Intergovernmental Oceanographic"
        " Commission, which recognizes capacity development as one of the six functions of the Intergovernmental"
        " Oceanographic Commission Medium-Term Strategy (2022\u20132029), enabling all Member States to participate in,"
        " and benefit from, ocean research and services that are vital to sustainable development and human welfare on"
        " the planet;\u00b9",
        1,
        "Capacity Development Strategy (2023\u20132030) of the Intergovernmental Oceanographic Commission",
    ),  # A/RES/78/69 F29, 79/144 F24: IOC/A-32/Decisions, decision A-32/4.3, the Strategy (was "Member States")
    (
        "Taking note of the report of the Working Group, which stresses the progress of international law,\u00b9",
        1,
        "report of the Working Group",
    ),  # the auditor's probe (was "progress of international law")
    # unchanged: a verb no list holds; a name that ends the clause; no relative clause
    (
        "Taking note of the report of the Working Group, which describes the progress of international law,\u00b9",
        1,
        "report of the Working Group",
    ),
    (
        "Taking note of the report of the Working Group, which highlights the Convention against Torture,\u00b9",
        1,
        "Convention against Torture",
    ),
    (
        "Taking note of the report of the Working Group and highlights the progress of international law,\u00b9",
        1,
        "progress of international law",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), WHICH_CLAUSE)
def test_a_name_before_a_which_clause(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A decision (recommendation, proposal, request, conclusion) named in plain words whose content, a "that" clause, runs to
# the mark carries it, as "the decision of <body> that ..." does: not a phrase the content ends in.
ACT_WITH_CONTENT = [
    (
        "Recalls with appreciation the first Conference of the States Parties to the Convention, held in Geneva on 19"
        " December 2016, and convened in accordance with article 27 of the Convention, and the decision adopted by"
        " consensus that the Committee would continue to monitor the Convention in accordance with its mandate;\u00b9",
        1,
        "decision adopted by consensus",
    ),  # A/RES/78/207 F11: CED/CSP/2016/4, the Conference's report (was "its mandate", audit10 gaD 3)
    (
        "Recalling the decision adopted by consensus that the Committee would continue its work;\u00b9",
        1,
        "decision adopted by consensus",
    ),  # the auditor's probe (was "would continue its work")
    (
        "Recalling its decision that the Special Committee should continue its work;\u00b9",
        1,
        "decision",
    ),
    # no content: a relative clause on the act ("that was ...") is on the act before it, as a restrictive relative
    # clause is (tests/test_anchors_clauses_on_names.py; was "its mandate"); an instrument or a new item read at the mark
    (
        "Recalling the decision that was adopted by consensus in accordance with its mandate;\u00b9",
        1,
        "decision",
    ),
    (
        "Recalling the decision that the Committee would monitor the Convention against Torture;\u00b9",
        1,
        "Convention against Torture",
    ),
    (
        "Welcoming the request that the Secretary-General submit a report, and the Working Group on Mercenaries;\u00b9",
        1,
        "Working Group on Mercenaries",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ACT_WITH_CONTENT)
def test_an_act_with_its_content(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# One plain word after "and" between two marks is a conjunct of the plain word the name of the mark before ends in: each
# mark carries its own conjunct, not the other mark's name; an ordinal is one of a series, read as before.
OWN_CONJUNCT = [
    (
        "Takes note with interest of all the general comments of the Working Group, including the comments on"
        " children\u00b9 and women\u00b2 affected by enforced disappearances, and recognizes in this regard that",
        2,
        "women",
    ),  # A/RES/78/207 F15: A/HRC/WGEID/98/2, the comment on women (was F14's "comments on children", audit10 gaD 1)
    (
        "Takes note with interest of all the general comments of the Working Group, including the comments on"
        " children\u00b9 and women\u00b2 affected by enforced disappearances, and recognizes in this regard that",
        1,
        "comments on children",
    ),  # A/RES/78/207 F14 (unchanged)
    (
        "fostering coordination and cooperation in the global fight against trafficking in persons, within the existing"
        " mandates of its members\u00b9 and partners,\u00b2",
        2,
        "partners",
    ),  # A/RES/78/228 F20, 80/228 F21: the list of partners (were "mandates of its members"; no reference)
    # unchanged: an ordinal of a series; the words of a series' shared noun
    (
        "Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council at"
        " its fiftieth\u00b9 and fifty-third\u00b2 sessions",
        2,
        "reports of the Special Rapporteur on the human rights of migrants",
    ),  # A/RES/78/180
    (
        "Recalling the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the political"
        " declarations of the high-level meetings of the General Assembly to commemorate the"
        " tenth\u00b9 and twentieth\u00b2 anniversaries of the adoption of the Durban Declaration and Programme of"
        " Action, and their role in the enhancement of international cooperation",
        2,
        "political declarations of the high-level meetings of the General Assembly to commemorate the twentieth"
        " anniversaries",
    ),  # A/RES/78/199 F5
]


@pytest.mark.parametrize(("body", "number", "anchor"), OWN_CONJUNCT)
def test_each_mark_its_own_conjunct(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A second subject in plain words after another mark ("and on evaluation") is this mark's own: the document the mark
# before carries, on this subject, as if its noun were printed again; not a copy of the other mark's name, nor the
# subject alone (which names no document).
OWN_SUBJECT = [
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the proposed"
        " programme plan for 2026 and programme performance for 2024\u00b9 and on evaluation,\u00b2 contained in its"
        " report on the work of its sixty-fifth session;",
        2,
        "conclusions and recommendations of the Committee for Programme and Coordination on evaluation",
    ),  # A/RES/80/233 F9, 78/244 F8, 79/247 F9: Ibid., sect. B (were F8's anchor, audit10 gaB 2)
    (
        "Endorses the recommendations of the Committee on the programme plan,\u00b9 on evaluation\u00b2 and on"
        " coordination,\u00b3",
        3,
        "recommendations of the Committee on coordination",
    ),  # the auditor's probe (was "recommendations of the Committee on the programme plan")
    (
        "Endorses the recommendations of the Committee on the programme plan,\u00b9 on evaluation\u00b2 and on"
        " coordination,\u00b3",
        2,
        "recommendations of the Committee on evaluation",
    ),  # the auditor's probe (was "recommendations of the Committee on the programme plan")
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the annual"
        " overview report of the United Nations System Chief Executives Board for Coordination for 2022\u00b9 and on"
        " United Nations system support for Agenda 2063: The Africa We Want.\u00b2",
        2,
        "conclusions and recommendations of the Committee for Programme and Coordination on United"
        " Nations system support for Agenda 2063: The Africa We Want",
    ),  # A/RES/78/244 F11: Ibid., sect. B, the conclusions' second subject, which names something itself (was "Agenda
    # 2063: The Africa We Want", audit18)
    (
        "107. Recalls the adoption by the Assembly of the International Maritime Organization of resolutions on"
        " comprehensive action to address seafarers\u2019 challenges during the COVID\u201119 pandemic\u00b9 and on"
        " recommendations\u00b2 emanating from the Joint Action Group;",
        2,
        "resolutions on recommendations",
    ),  # A/RES/80/110 F59, 79/144 F57: A.1189(33) (was F58's anchor; round 3 blind reader: "recommendations")
    # the mark before carries the report alone: the report, on this mark's subject (was the report alone)
    (
        "Taking note of the reports of the Secretary-General on national institutions for the promotion and protection"
        " of human rights\u00b9 and on the activities of the Global Alliance of National Human Rights Institutions in"
        " accrediting national institutions in compliance with the Principles relating to the Status of National"
        " Institutions for the Promotion and Protection of Human Rights (Paris Principles),\u00b2",
        2,
        "reports of the Secretary-General on the activities of the Global Alliance of National Human"
        " Rights Institutions in accrediting national institutions in compliance with the Principles"
        " relating to the Status of National Institutions for the Promotion and Protection of Human"
        " Rights (Paris Principles)",
    ),  # A/RES/78/204 F11 (a1a91ac)
]


@pytest.mark.parametrize(("body", "number", "anchor"), OWN_SUBJECT)
def test_each_mark_its_own_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "take part in", "play a (full) part in": "part" goes on the verb; the noun phrase the mark ends opens after "in".
PART_IN = [
    (
        "Commending those who take part in peace operations,\u00b9",
        1,
        "peace operations",
    ),  # the auditor's probe (was "part in peace operations", audit10 gaB 7)
    (
        "Encouraging the full and effective participation of women, who play a full part in digital innovation,\u00b9",
        1,
        "digital innovation",
    ),
    # unchanged: a name after "part in"; "part" as a noun of its own
    (
        "Commending those who take part in the Games,\u00b9",
        1,
        "Games",
    ),
    (
        "Recalling the first part of its resumed session,\u00b9",
        1,
        "resumed session",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PART_IN)
def test_take_part_in(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A part in plain words after ", including" that the mark ends is read with the plain noun phrase it is part of, as
# printed: both name what the footnote is on; a name after "including" is read alone, as before.
INCLUDED_AT_MARK = [
    (
        "Commending also the courage and commitment of those who take part in peace operations, including peacekeeping"
        " operations,\u00b9 often at great personal risk,",
        1,
        "peace operations, including peacekeeping operations",
    ),  # A/RES/79/138, 78/118, 80/112 F7: A/77/19 (was "part in peace operations", audit10 gaB 7)
    # unchanged: a name after "including"
    (
        "Calls upon States to protect civilians, including the Convention on the Rights of the Child,\u00b9",
        1,
        "Convention on the Rights of the Child",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), INCLUDED_AT_MARK)
def test_a_part_included_at_the_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# Document nouns joined by "and" ("the political declarations and outcome document", "conclusions and recommendations")
# are one head: the name they open is read from the first, not cut to the last.
COORDINATED_HEAD_NOUNS = [
    (
        "Committed to advancing health, by accelerating the implementation of the political declarations and outcome"
        " document approved by the previous high-level meetings of the General Assembly on the prevention and control of"
        " noncommunicable diseases held in 2011,\u00b9 2014\u00b2 and 2018;\u00b3",
        1,
        "political declarations and outcome document approved by the previous high-level meetings of the General"
        " Assembly on the prevention and control of noncommunicable diseases held in 2011",
    ),  # A/RES/80/117 F1: 66/2, a political declaration (was "outcome document approved by ...", audit10 gaD 4 (a))
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the proposed"
        " programme plan for 2026 and programme performance for 2024\u00b9 and on evaluation,\u00b2 contained in its"
        " report on the work of its sixty-fifth session;",
        1,
        "conclusions and recommendations of the Committee for Programme and Coordination on the proposed programme plan"
        " for 2026 and programme performance for 2024",
    ),  # A/RES/80/233 F8, 78/244 F7, 79/247 F8: A/80/16, sect. A (was "recommendations of ...")
    (
        "Welcomes the holding of the eighth annual Economic and Social Council forum on financing for development"
        " follow-up, takes note of its intergovernmentally agreed conclusions and recommendations,\u00b9 looks forward",
        1,
        "agreed conclusions and recommendations",
    ),  # A/RES/78/132 F18, 80/118 F24: E/FFDF/2023/3 (was "recommendations")
    (
        "Recalling the political declarations and outcome document of the previous high-level meetings;\u00b9",
        1,
        "political declarations and outcome document of the previous high-level meetings",
    ),  # the auditor's probe (was "outcome document of the previous high-level meetings")
    # unchanged: a plain noun, no document noun, before "and"
    (
        "Recalling the activities and outcome document of the previous high-level meetings;\u00b9",
        1,
        "outcome document of the previous high-level meetings",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), COORDINATED_HEAD_NOUNS)
def test_coordinated_head_nouns(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A year alone after another mark names one more item of those the name read before the years covers: the mark carries
# that name without the other mark's year ("held in 2011" is no name of what the 2014 meeting adopted).
YEAR_AFTER_MARK = [
    (
        "Committed to advancing health, by accelerating the implementation of the political declarations and outcome"
        " document approved by the previous high-level meetings of the General Assembly on the prevention and control of"
        " noncommunicable diseases held in 2011,\u00b9 2014\u00b2 and 2018;\u00b3",
        2,
        "political declarations and outcome document approved by the previous high-level meetings of the General"
        " Assembly on the prevention and control of noncommunicable diseases",
    ),  # A/RES/80/117 F2: 68/300 (was "... held in 2011", audit10 gaD 4 (b))
    (
        "Committed to advancing health, by accelerating the implementation of the political declarations and outcome"
        " document approved by the previous high-level meetings of the General Assembly on the prevention and control of"
        " noncommunicable diseases held in 2011,\u00b9 2014\u00b2 and 2018;\u00b3",
        3,
        "political declarations and outcome document approved by the previous high-level meetings of the General"
        " Assembly on the prevention and control of noncommunicable diseases",
    ),  # A/RES/80/117 F3: 73/2 (was "... held in 2011")
    (
        "We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the United"
        " Nations Global Plan of Action to Combat Trafficking in Persons, reaffirm our commitments made therein, as well"
        " as in the previously adopted Political Declarations of 2017\u00b9 and 2021,\u00b2 and evince our strong political"
        " will",
        2,
        "Political Declarations",
    ),  # A/RES/80/9 F3: 76/7 (was "Political Declarations of 2017")
    # unchanged: the first mark keeps its year; words that are no year alone
    (
        "We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the United"
        " Nations Global Plan of Action to Combat Trafficking in Persons, reaffirm our commitments made therein, as well"
        " as in the previously adopted Political Declarations of 2017\u00b9 and 2021,\u00b2 and evince our strong political"
        " will",
        1,
        "Political Declarations of 2017",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), YEAR_AFTER_MARK)
def test_a_year_after_another_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The conclusions and recommendations of a body "on" a subject carry the mark the subject runs on to, with that subject,
# when the name read at the mark lies in it: the footnote cites the body's report (a chapter of it), not the instrument
# or report the subject mentions.
CONCLUSIONS_ON_A_NAMED_SUBJECT = [
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on United Nations"
        " system support for Agenda 2063: The Africa We Want.\u00b9",
        1,
        "conclusions and recommendations of the Committee for Programme and Coordination on United Nations system"
        " support for Agenda 2063: The Africa We Want",
    ),  # A/RES/79/247 F11: A/79/16, chap. II, sect. B (was "Agenda 2063: The Africa We Want", audit18)
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the annual"
        " overview report of the United Nations System Chief Executives Board for Coordination for 2022\u00b9 and on"
        " United Nations system support for Agenda 2063: The Africa We Want.\u00b2",
        1,
        "conclusions and recommendations of the Committee for Programme and Coordination on the annual overview report"
        " of the United Nations System Chief Executives Board for Coordination for 2022",
    ),  # A/RES/78/244 F10: A/78/16, chap. III, sect. A (was "annual overview report of the United Nations System
    # Chief Executives Board for Coordination for 2022", audit18)
    # unchanged: a plain subject (read whole as before); a name that is no part of the subject
    (
        "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the proposed"
        " programme plan for 2025 and programme performance for 2023,\u00b9",
        1,
        "conclusions and recommendations of the Committee for Programme and Coordination on the proposed programme plan"
        " for 2025 and programme performance for 2023",
    ),  # A/RES/79/247 F8
    (
        "Endorses the conclusions and recommendations of the Committee on its work; and recalls the 2030 Agenda for"
        " Sustainable Development,\u00b9",
        1,
        "2030 Agenda for Sustainable Development",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), CONCLUSIONS_ON_A_NAMED_SUBJECT)
def test_conclusions_on_a_named_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A mark after "and resolutions/decisions" and a number, when the item before "and" had a mark of its own, carries the
# numbered item alone: the read opens with the body the item before it is "of", no part of the name (audit-ga11).
# (paragraph, footnote number, anchor)
NUMBERED_AFTER_A_BODY = [
    (
        "Recognizing that human, animal, plant and ecosystem health are interdependent, recalling in this regard the"
        " Kunming-Montreal Global Biodiversity Framework, adopted in decision 15/4 of 19 December 2022,\u00b9 as well as"
        " decision 15/29 of 19 December 2022\u00b2 of the Conference of the Parties to the Convention on Biological"
        " Diversity and resolutions 5/1\u00b3 and 5/6\u2074 of 2 March 2022 of the United Nations Environment Assembly"
        " of the United Nations Environment Programme,",
        3,
        "resolutions 5/1",
    ),  # A/RES/79/313 F3: UNEP/EA.5/Res.1 (was "Conference of the Parties to the Convention on Biological Diversity
    # and resolutions 5/1")
    # unchanged: the marks before, and a plural keyword with no number (no item of its own)
    (
        "Recognizing that human, animal, plant and ecosystem health are interdependent, recalling in this regard the"
        " Kunming-Montreal Global Biodiversity Framework, adopted in decision 15/4 of 19 December 2022,\u00b9 as well as"
        " decision 15/29 of 19 December 2022\u00b2 of the Conference of the Parties to the Convention on Biological"
        " Diversity and resolutions 5/1\u00b3 and 5/6\u2074 of 2 March 2022 of the United Nations Environment Assembly"
        " of the United Nations Environment Programme,",
        2,
        "15/29",
    ),
    (
        "Recalling its resolution 70/1,\u00b9 and the Conference of the Parties to the Convention and resolutions of"
        " the Commission,\u00b2",
        2,
        "Conference of the Parties to the Convention and resolutions of the Commission",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), NUMBERED_AFTER_A_BODY)
def test_a_numbered_item_after_a_body(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("read", "want"),
    [
        (
            "Conference of the Parties to the Convention on Biological Diversity and resolutions 5/1",
            "resolutions 5/1",
        ),
        (
            "decision 14/4 of the Conference and resolutions 3/4 and 5/1 of the Assembly",
            "resolutions 3/4 and 5/1 of the Assembly",
        ),
        # negative: no number after the keyword
        (
            "its resolution 70/1 and resolutions of the Commission",
            "its resolution 70/1 and resolutions of the Commission",
        ),
        (
            "Conference of the Parties and decisions of the Bureau",
            "Conference of the Parties and decisions of the Bureau",
        ),
    ],
)
def test_last_numbered_conjunct(read: str, want: str) -> None:
    assert a._last_numbered_conjunct(read) == want


# An observance a date, a period or a year is proclaimed "as" carries the mark, not the date or the body that proclaimed
# it (audit-ga11; SCHEMA.md: trimmed to the name). (paragraph, footnote number, anchor)
OBSERVANCE_PROCLAIMED_AS = [
    (
        "We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and Trust,\u00b9"
        " and recognize that there can be no sustainable development without peace,",
        1,
        "International Year of Peace and Trust",
    ),  # A/RES/80/3 F4: resolution 78/266 (was "General Assembly as the International Year of Peace and Trust")
    (
        "Alarmed at the global rise in hate speech, and in this regard welcoming the observance of 18 June as the"
        " International Day for Countering Hate Speech\u00b3 and noting the issuance of the strategy,",
        3,
        "International Day for Countering Hate Speech",
    ),  # A/RES/78/234 F3, 79/161 F3, 80/193 F2: resolution 75/309 (was "18 June as the International Day ...")
    (
        "Recalling its decision to designate 30 July as the World Day against Trafficking in Persons,\u00b9",
        1,
        "World Day against Trafficking in Persons",
    ),  # A/RES/80/9 F12: resolution 68/192
    # unchanged: "known as" a conference, no observance
    (
        "Recalling the outcome document of the high-level plenary meeting of the General Assembly known as the World"
        " Conference on Indigenous Peoples,\u00b9",
        1,
        "outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on"
        " Indigenous Peoples",
    ),  # A/RES/79/159 F13
]


@pytest.mark.parametrize(("body", "number", "anchor"), OBSERVANCE_PROCLAIMED_AS)
def test_an_observance_proclaimed_as(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
