"""anchors.py: subjects and heads of plain-worded document names (audit14 round b: a decision named by its subject after
"on", a plain noun phrase held when or where, the commentaries to a document, a summary of deliberations, two
instruments joined by "and the" at one mark); one table per rule, from the corpus's own sentences (exact expected
anchors), positive and negative."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph with superscript marks, footnote number, anchor)
DECISION_ON_SUBJECT = [
    (
        "Reaffirms the importance of that organization\u2019s decision on accession by the least\ndeveloped"
        " countries;\u00b9",
        1,
        "decision on accession by the least developed countries",
    ),  # A/RES/78/262 F29, 79/263 F29, WT/L/508/Add.1 (was "that organization’s decision"; audit14 re26, re28 Likely 1)
    (
        "Takes note of the decision on its institutional\nreform,\u00b9 and emphasizes African ownership of the process,",
        1,
        "decision on its institutional reform",
    ),  # A/RES/78/262 F28, 79/263 F28, Ext/Assembly/AU/Dec.1(XI) (was "decision"; audit14 re28 Likely 2)
    (
        "Takes note of the decision on the Convention on Biological Diversity,\u00b9",
        1,
        "decision on the Convention on Biological Diversity",
    ),  # negative: a capitalised subject is not this rule's (unchanged)
    (
        "Welcomes especially the resolutions on ending plastic pollution: towards an international legally binding"
        " instrument,\u00b9",
        1,
        "resolutions on ending plastic pollution: towards an international legally binding instrument",
    ),  # unchanged: the resolutions' own reader (A/RES/78/69 F13)
    # a subject that opens in plain words may go on over a capitalised word or a number (audit r2a)
    (
        "177. ... and notes the adoption by the Assembly of the International Maritime\nOrganization of a resolution"
        " on procedures for port State control;\u00b9",
        1,
        "resolution on procedures for port State control",
    ),  # A/RES/80/110 F102, 79/144 F100, A.1185(33) (was "resolution": "State" ended the subject)
    (
        "107. Recalls the adoption by the Assembly of the International Maritime\nOrganization of resolutions on"
        " comprehensive action to address seafarers\u2019\nchallenges during the COVID\u201119 pandemic\u00b9 and on"
        " recommendations\u00b2\nemanating from the Joint Action Group;",
        1,
        "resolutions on comprehensive action to address seafarers\u2019 challenges during the COVID\u201119 pandemic",
    ),  # A/RES/80/110 F58, 79/144 F56, A.1160(32) (was "resolutions"; the non-breaking hyphen kept as printed)
    (
        "Takes note of the decision on cooperation with the African Union, adopted by the Assembly,\u00b9",
        1,
        "African Union",
    ),  # unchanged: a name at the mark that the walk reads is not this rule's (only a bare noun read is)
]


@pytest.mark.parametrize(("body", "number", "anchor"), DECISION_ON_SUBJECT)
def test_decision_on_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# An unnumbered resolution named by a subject after "on" (or, of a body, after "concerning") longer than the plain noun phrase read over the last words at
# the mark (audit-anc): the phrase began mid-name ("gas emissions from ships", of "greenhouse gas emissions"); the
# resolution and its whole subject carry the mark (SCHEMA: the document's name as printed).
RESOLUTION_ON_LONG_SUBJECT = [
    (
        "227. Further notes the ongoing work of the International Maritime\nOrganization and the resolution on"
        " International Maritime Organization policies and\npractices related to the reduction of greenhouse gas"
        " emissions from ships,\u00b9 recalls in this regard",
        1,
        "resolution on International Maritime Organization policies and practices related to the reduction of"
        " greenhouse gas emissions from ships",
    ),  # A/RES/80/110 F131, 79/144 F128, 78/69 F122, IMO resolution A.963(23) (was "gas emissions from ships")
    (
        "Notes the resolution on the reduction of greenhouse gas emissions from ships,\u00b9",
        1,
        "resolution on the reduction of greenhouse gas emissions from ships",
    ),  # the subject opening with "the" (was "gas emissions from ships")
    (
        "Notes the resolution on ocean acidification, and the reduction of greenhouse gas emissions from ships,\u00b9",
        1,
        "reduction of greenhouse gas emissions from ships",
    ),  # negative: a comma sets the resolution apart from the phrase at the mark (unchanged)
    (
        "108. Also recalls that the ad hoc United Nations inter-agency task force, convened\npursuant to a resolution"
        " of the Special Tripartite Committee of the Maritime\nLabour Convention, 2006, as amended, concerning the"
        " implementation and practical\napplication of that Convention during the COVID\u201119 pandemic,\u00b9"
        " examined the\nimplementation",
        1,
        "resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as amended,"
        " concerning the implementation and practical application of that Convention during the COVID\u201119"
        " pandemic",
    ),  # A/RES/80/110 F61, 79/144 F59, 78/69 F66, STCMLC/Part I/2021/2 (was "during the COVID-19 pandemic")
    (
        "Recalls the resolution of the Governing Body concerning the Committee, and the report of the"
        " Secretary-General on the pandemic,\u00b9",
        1,
        "report of the Secretary-General on the pandemic",
    ),  # negative: a new item after the subject "concerning" (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), RESOLUTION_ON_LONG_SUBJECT)
def test_resolution_on_long_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A plain noun phrase qualified by "held" and when or where: the phrase is what the footnote gives the records of, not
# the body whose sessions say when; a document named before "at its meeting held ..." is what was done there.
HELD_PLAIN = [
    (
        "2. Takes note of all the views, comments and concerns expressed in the\ndebates of the Sixth Committee on"
        " crimes against humanity\u00b9 including at its resumed\nsessions held during the seventy-seventh and"
        " seventy-eighth sessions of the General\nAssembly,\u00b2 as well as the comments and observations received"
        " from Governments",
        2,
        "resumed sessions held during the seventy-seventh and seventy-eighth sessions of the General Assembly",
    ),  # A/RES/79/122 F6, 19 summary records (was "General Assembly"; audit14 re27 Sure 1)
    (
        "Noting the general elections held in the Territory in November 2024,\u00b9",
        1,
        "general elections held in the Territory in November 2024",
    ),  # A/RES/80/90 F9, A/AC.109/2025/1 (was "Territory in November 2024")
    (
        "36. Invites Member States to mainstream a gender perspective, and welcomes in this respect the practical"
        " tools recommended by the open-ended intergovernmental expert group on gender-related killing of women and"
        " girls at its meeting held in Bangkok from 11 to 13 November 2014;\u00b9",
        1,
        "practical tools recommended by the open-ended intergovernmental expert group on gender-related killing of"
        " women and girls at its meeting held in Bangkok from 11 to 13 November 2014",
    ),  # gold 002 F38, E/CN.15/2015/16 (was "Bangkok from 11 to 13 November 2014", in the gold anchor)
    (
        "Noting the discussions held at the workshop, as reflected in the report of Committee II of the Fourteenth"
        " Congress,\u00b9",
        1,
        "report of Committee II of the Fourteenth Congress",
    ),  # negative: a clause after a comma is no part of where the discussions were held
    (
        "Noting the debates at its resumed sessions held during the seventy-seventh session,\u00b9",
        1,
        "resumed sessions held during the seventy-seventh session",
    ),  # audit14 re27 probe (was "during the seventy-seventh session")
]


@pytest.mark.parametrize(("body", "number", "anchor"), HELD_PLAIN)
def test_held_plain(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A part or companion of a document ("commentaries to", "annex to") is named with the document; a summary of
# deliberations with where and on what they were held.
PARTS_AND_SUMMARIES = [
    (
        "5. Refers to the Conference a compiled text, consisting of both the draft articles and a compilation of"
        " proposals for\namendments to the draft articles submitted by Governments, and also refers the\ncommentaries"
        " to the draft articles,\u00b9 the written comments and observations of\nGovernments",
        1,
        "commentaries to the draft articles",
    ),  # A/RES/79/122 F8, A/74/10 (was "draft articles"; audit14 re27 Sure 2)
    (
        "Recalling the amendments to the draft articles,\u00b9",
        1,
        "draft articles",
    ),  # negative: amendments are no part named with the document (unchanged)
    (
        "Recalling also the written summary of the deliberations at the first resumed\nsession (2023) and the second"
        " resumed session (2024) of the Sixth Committee on the\ndraft articles on prevention and punishment of crimes"
        " against humanity and on the\nrecommendation of the Commission,\u00b9 as well as the summary by the Chair",
        1,
        "written summary of the deliberations at the first resumed session (2023) and the second resumed session"
        " (2024) of the Sixth Committee on the draft articles on prevention and punishment of crimes against humanity"
        " and on the recommendation of the Commission",
    ),  # A/RES/79/122 F4, A/C.6/78/2 (was "recommendation of the Commission"; audit14 re27 Likely 3)
    (
        "and notes in this regard the summary of discussions of the Informal Consultative Process at its thirteenth"
        " meeting, in 2012;\u00b9",
        1,
        "Informal Consultative Process at its thirteenth meeting",
    ),  # negative, unchanged: a comma in the words after the summary (anchor_before's doctest)
]


@pytest.mark.parametrize(("body", "number", "anchor"), PARTS_AND_SUMMARIES)
def test_parts_and_summaries(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# Two instruments joined by "and the" at one mark: the mark sources the last when both are of one kind, the first is a
# short name said again, the second opens with its own year or is a protocol to an instrument it names itself; a
# second name that depends on the first, or two of different kinds adopted together, stay one anchor.
AND_THE = [
    (
        "18. Underscores the importance of coherent and coordinated implementation\nof Agenda 2063 and the 2030"
        " Agenda for Sustainable Development,\u00b9 while acknowledging",
        1,
        "2030 Agenda for Sustainable Development",
    ),  # A/RES/78/262 F15, 79/263 F15, Resolution 70/1 (audit14 re26 Sure 2, re28 Sure 4)
    (
        "14. Urges Member States that have not yet done so to consider ratifying or\nacceding to the United Nations"
        " Convention against Corruption and the United Nations\nConvention against Transnational Organized Crime and"
        " the Protocols thereto,\u00b9 and\nurges States parties to those Conventions and Protocols",
        1,
        "United Nations Convention against Transnational Organized Crime and the Protocols thereto",
    ),  # A/RES/78/140 F10, UNTS vols. 2225, 2237, 2241, 2326 (No. 39574): no UNCAC volume
    (
        "Recalling that the New Urban Agenda is grounded in the Universal Declaration of Human Rights, international"
        " human rights treaties, the\nMillennium Declaration and the 2005 World Summit Outcome\u00b9 and is informed by"
        " other instruments",
        1,
        "2005 World Summit Outcome",
    ),  # A/RES/78/203 F8, Resolution 60/1
    (
        "Reaffirming the importance of the work of the International Seabed Authority\n(the Authority) in accordance"
        " with the Convention and the Agreement relating to the\nImplementation of Part XI of the United Nations"
        " Convention on the Law of the Sea\nof 10 December 1982 (the Part XI Agreement),\u00b9",
        1,
        "Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea of"
        " 10 December 1982 (the Part XI Agreement)",
    ),  # A/RES/78/69 F21, UNTS/1836/31364 (also 79/144 F16, 80/110 F14)
    (
        "213. Recalls that the Work in Fishing Convention, 2007 (No. 188) and the\nProtocol to the Forced Labour"
        " Convention, 1930 (No. 29)\u00b9 are relevant instruments",
        1,
        "Protocol to the Forced Labour Convention, 1930 (No. 29)",
    ),  # A/RES/80/109 F47, UNTS/3175/612 (the Protocol of 2014)
    (
        "We stress the urgency of enhancing ambition for climate action in the\nimplementation of the UNFCCC and the"
        " Paris Agreement\u00b9 in relation to climate\nmitigation",
        1,
        "Paris Agreement",
    ),  # A/RES/78/1 F2, FCCC/CP/2015/10/Add.1, decision 1/CP.21
    (
        "Reaffirming the SIDS Accelerated Modalities of Action (SAMOA) Pathway,\u00b9 the Sendai Declaration and\nthe"
        " Sendai Framework for Disaster Risk Reduction 2015\u20132030,\u00b2 the Beijing\nDeclaration",
        2,
        "Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # negative: A/RES/78/153 F15, Resolution 69/283 (annexes I and II: both)
    (
        "Reaffirming also the Copenhagen Declaration on Social Development and the\nProgramme of Action of the World"
        " Summit for Social Development\u00b9 and the further\ninitiatives for social development",
        1,
        "Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social"
        " Development",
    ),  # negative: A/RES/78/171 F8, one report holds both
    (
        "Reaffirming the Convention on the Rights of the Child and the Optional Protocols thereto,\u00b9",
        1,
        "Convention on the Rights of the Child and the Optional Protocols thereto",
    ),  # negative: the second depends on the first (gold 000 F6)
]


@pytest.mark.parametrize(("body", "number", "anchor"), AND_THE)
def test_and_the(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("read", "want"),
    [
        (
            "Agenda 2063 and the 2030 Agenda for Sustainable Development",
            "2030 Agenda for Sustainable Development",
        ),
        ("Tunis Commitment and the Tunis Agenda for the Information Society", None),
        ("Relationship Agreement between the United Nations and the International Criminal Court", None),
        ("Agency and the Palestine Liberation Organization", None),
        (
            "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
            " Achievement of the 2030 Agenda for Sustainable Development",
            None,
        ),
    ],
)
def test_last_independent_name(read: str, want: str | None) -> None:
    assert a._last_independent_name(read) == (want or read)


# What a body reaffirmed at its session, read as a qualifier right after plain words, with no comma before "as"
# (audit-ga23n): the walk ran back over the plain words to a noun phrase far before the mark ("coordination of and
# cooperation"); the body and its session carry the mark, whose report the footnote cites (A/75/17), as with a comma
# before "as" (SCHEMA: the words that carry the footnote mark).
AS_DONE_BY_AT_SESSION = [
    (
        "9. Endorses the efforts and initiatives of the Commission, as the core legal\nbody within the United Nations"
        " system in the field of international trade law, aimed\nat increasing coordination of and cooperation on legal"
        " activities of international and\nregional organizations active in the field of international trade law,"
        " including on legal\nissues relating to the digital economy as reaffirmed by the Commission at its fifty-\n"
        "third session,\u00b9 and at promoting the rule of law",
        1,
        "Commission at its fifty-third session",
    ),  # A/RES/78/103 F16, 79/117 F22, A/75/17 (was "coordination of and cooperation")
    (
        "15. Endorses the efforts and initiatives of the Commission, in line with its\nmandate,\u00b9 aimed at increasing"
        " coordination of and cooperation on work of all\ninternational and regional organizations active in the field"
        " of international trade law,\nincluding on legal issues relating to the digital economy as reaffirmed by the\n"
        "Commission at its fifty-third session,\u00b2 and at promoting the rule of law at the national",
        2,
        "Commission at its fifty-third session",
    ),  # A/RES/80/161 F28, A/75/17 (was "coordination of and cooperation")
    (
        "Endorses the measures, as reaffirmed by the Commission at its fifty-third session,\u00b9",
        1,
        "Commission at its fifty-third session",
    ),  # unchanged: with a comma before "as" the body and session were read already
    (
        "Notes the work on legal issues as reaffirmed by the Commission in its report,\u00b9",
        1,
        "report",
    ),  # negative: no session at the mark (unchanged)
    (
        "80. Expresses its appreciation to States that have made contributions to the\nendowment fund for marine"
        " scientific research in the Area established by the Authority\nat its twelfth session,\u00b9 for the purpose of"
        " promoting",
        1,
        "endowment fund",
    ),  # negative: no "as", what was established is named (A/RES/78/69 F49, unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), AS_DONE_BY_AT_SESSION)
def test_as_done_by_at_session(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "read", "want"),
    [
        (
            "including on legal issues relating to the digital economy as reaffirmed by the Commission at its"
            " fifty-third session,",
            "coordination of and cooperation",
            "Commission at its fifty-third session",
        ),
        (
            "including on legal issues relating to the digital economy as reaffirmed by the Commission at its"
            " fifty-third session,",
            "Rules on Transparency",
            None,
        ),  # a name read at the mark carries it
        (
            "the Political Declaration as adopted by the General Assembly at its sixty-fourth session,",
            "declaration",
            None,
        ),  # adoption is not among the verbs: a document's own name stands before it
        (
            "the legal issues as reaffirmed by the Commission at its fifty-third session, and the",
            "legal issues",
            None,
        ),  # the session does not end at the mark
    ],
)
def test_as_done_by_at_session_reader(head: str, read: str, want: str | None) -> None:
    assert a._as_done_by_at_session(head, len(head), read) == want


# A body "at its" numbered session as the agent of a plain act after "as" at the mark (audit-ga23m): the footnote cites
# that session's report, and the body at its session carries the mark, not a fragment the cuts before it left
# (SCHEMA: the words that carry the mark, trimmed to the name). A participle that makes a document ("adopted") leaves the
# document adopted to the readings of qualifiers.
AS_DONE_AT_SESSION = [
    (
        "13. Endorses the efforts and initiatives of the Commission, as the core legal\nbody within the United Nations"
        " system in the field of international trade law, aimed\nat increasing coordination of and cooperation on legal"
        " activities of international and\nregional organizations active in the field of international trade law,"
        " including on legal\nissues relating to the digital economy as reaffirmed by the Commission at its fifty-\nthird"
        " session,\u00b9 and at promoting the rule of law at the national and international levels",
        1,
        "Commission at its fifty-third session",
    ),  # A/RES/79/117 F22, 78/103 F16, 80/161 F28: A/75/17 (was "coordination of and cooperation")
    (
        "including on legal issues relating to the digital economy as reaffirmed by the Commission at its fifty-third"
        " session,\u00b9",
        1,
        "Commission at its fifty-third session",
    ),  # unchanged: the short reading already gave the body at its session
    (
        "Welcoming the practical contribution of the Collective Security Treaty\nOrganization to the implementation of"
        " the Political Declaration and Plan of Action on\nInternational Cooperation towards an Integrated and Balanced"
        " Strategy to Counter the\nWorld Drug Problem, adopted by the General Assembly at its sixty-fourth session,\u00b9",
        1,
        "Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced"
        " Strategy to Counter the World Drug Problem",
    ),  # negative: A/RES/79/10 F6, what was adopted is the document (unchanged)
    (
        "Taking note with appreciation of the agreed conclusions adopted by the\nCommission on the Status of Women at its"
        " fifty-seventh session,\u00b9",
        1,
        "agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh session",
    ),  # negative: A/RES/78/180 F16, no "as" (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), AS_DONE_AT_SESSION)
def test_as_done_at_session(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
