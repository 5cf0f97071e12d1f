"""anchors.py: the head of a document's name carries the mark, not a name inside its qualifiers or subject (a court,
a place, a conference); one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# A document "rendered/issued/delivered on <date> by" the one who made it: the document carries the mark its subject
# runs on to, read up to the end of that one's name; parts of it after ", and its" or ", and the Court’s" stay with it.
# (text before the mark, anchor)
MADE_ON_A_DATE_BY = [
    (
        "Recalling also the advisory opinion rendered on 9 July 2004 by the International Court of Justice on the legal"
        " consequences of the construction of a wall in the Occupied Palestinian Territory,",
        "advisory opinion rendered on 9 July 2004 by the International Court of Justice",
    ),  # A/RES/79/91 F10, 80/81 F10, 80/80 F4, 78/78 F9, 78/76 F4, 78/192 F7: A/ES-10/273 (were "Occupied Palestinian
    # Territory", audit10 gaB 4, gaF 5, gaC)
    (
        "Recalling the advisory opinion rendered on 19 July 2024 by the International Court of Justice on the legal"
        " consequences arising from Israel\u2019s policies and practices in the Occupied Palestinian Territory, including"
        " East Jerusalem, and from the illegality of Israel\u2019s continued presence in the Occupied Palestinian"
        " Territory, and the Court\u2019s determination, inter alia, that Israel\u2019s continued presence in the"
        " Occupied Palestinian Territory is unlawful and that Israel has an obligation to bring it to an end as rapidly"
        " as possible, and its reaffirmation that the Israeli settlements and the regime associated with them have"
        " been established and are being maintained in violation of international law,",
        "advisory opinion rendered on 19 July 2024 by the International Court of Justice",
    ),  # A/RES/79/91 F9, 80/81 F9: A/78/968 (were "Occupied Palestinian Territory", audit10 gaF 3)
    (
        "Recalling the statement issued on 3 May 2020 by the Secretary-General,",
        "statement issued on 3 May 2020 by the Secretary-General",
    ),  # audit10 gaB probe p3 (was "Secretary-General")
    # unchanged: a statement made by someone (no date); a new item after ", and the"
    (
        "Noting the statement made by the President of the Security Council on 8 December 1978 (S/12958),",
        "statement made by the President of the Security Council",
    ),
    (
        "Recalling the statement issued on 3 May 2020 by the Secretary-General, and the report of the Special Envoy"
        " for Yemen,",
        "report of the Special Envoy for Yemen",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), MADE_ON_A_DATE_BY)
def test_a_document_made_on_a_date_by_someone(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


def test_a_clause_of_its_own_after_the_document_keeps_its_name() -> None:
    body = (
        "Recalling further the advisory opinion rendered on 9 July 2004 by the International Court of Justice on the"
        " legal consequences of the construction of a wall in the Occupied Palestinian Territory,\u00b9 and noting in"
        " particular the reply of the Court, including on the right of peoples to self-determination, which is a right"
        " erga omnes,\u00b2"
    )  # A/RES/78/192 F7, F8 ("Ibid., advisory opinion, para. 88.": the reply, not the whole opinion)
    anchors = footnote_anchors(body)
    assert anchors[1] == "advisory opinion rendered on 9 July 2004 by the International Court of Justice"
    # the reply, as "the replies of the three Governments concerned" (tests/test_anchors_statements_and_conclusions.py)
    assert anchors[2] == "reply of the Court"


# The report of a fact-finding mission named in plain words, and what it was set up to investigate running on to the
# mark: the report carries it, not the place (", including East Jerusalem") its subject ends in. (text before the mark,
# anchor)
MISSION_REPORTS = [
    (
        "Recalling the report of the independent international fact-finding mission to investigate the implications of"
        " the Israeli settlements on the civil, political, economic, social and cultural rights of the Palestinian"
        " people throughout the Occupied Palestinian Territory, including East Jerusalem,",
        "report of the independent international fact-finding mission",
    ),  # A/RES/79/91 F12, 80/81 F12, 80/80 F7, 78/78 F12, 78/76 F7: A/HRC/22/63 (were "East Jerusalem", audit10 gaB 6)
    # unchanged: no document named (A/RES/80/80 F6, 78/76 F6: the footnote gives two inquiry reports; SCHEMA does not
    # say which words carry a mark that closes a statement); a capitalised name after the place
    (
        "and deeply concerned by the ensuing persistent violations of international law committed by Israel, including"
        " international humanitarian and human rights law, including discriminatory policies against the Palestinian"
        " civilian population in the Occupied Palestinian Territory, including East Jerusalem,",
        "Occupied Palestinian Territory, including East Jerusalem",
    ),  # the place's name runs on over ", including" and capitalised words (was "East Jerusalem", which it holds)
    (
        "Recalling the report of the independent international fact-finding mission to investigate the implications of"
        " the Israeli settlements, and the Fourth Geneva Convention,",
        "Fourth Geneva Convention",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), MISSION_REPORTS)
def test_a_mission_report_with_its_task(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A road map, its owner's name and what it leads to, running on to the mark: the road map carries it, not the words its
# subject ends in. (text before the mark, anchor)
ROAD_MAPS = [
    (
        "Recalling further the Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict,",
        "Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict",
    ),  # A/RES/79/91 F14, 80/81 F14, 78/78 F14: S/2003/529 (were "Israeli-Palestinian conflict", audit10 gaB 5)
    (
        "Welcoming the joint road map for peace in the Central African Republic of the International Conference on the"
        " Great Lakes Region,",
        "joint road map for peace in the Central African Republic of the International Conference on the Great Lakes"
        " Region",
    ),  # a probe: the road map A/RES/80/63 names without a mark (was "Central African Republic of the International ...")
    # unchanged: the bare road map; an instrument its subject names; a new item after it
    ("Recalling further the Quartet road map,", "Quartet road map"),
    (
        "recalls the adoption of the road map for the accelerated implementation of the Vienna Programme of Action,",
        "Vienna Programme of Action",
    ),
    ("Welcoming the road map for peace which was endorsed by the African Union,", "African Union"),
]


def test_a_road_map_after_another_mark() -> None:
    body = (
        "based on the relevant resolutions of the United Nations, the Madrid terms of reference, including the principle"
        " of land for peace, the Arab Peace Initiative\u00b9 and the Quartet road map to a permanent two-State solution"
        " to the Israeli-Palestinian conflict,\u00b2"
    )  # A/RES/78/192 F11: S/2003/529 (was "Israeli-Palestinian conflict")
    anchors = footnote_anchors(body)
    assert (
        anchors[2] == "Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict"
    )


@pytest.mark.parametrize(("head", "anchor"), ROAD_MAPS)
def test_a_road_map_with_what_it_leads_to(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A title in quotes ends the name: where (or by whom) the titled document was adopted after the closing quote is no part
# of it, as a bare "entitled “...”," is read. (text before the mark, anchor)
TITLES_END_NAMES = [
    (
        "Reaffirming the adoption of the outcome document entitled \u201cNew Urban Agenda\u201d at the United Nations"
        " Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October"
        " 2016,",
        "New Urban Agenda",
    ),  # A/RES/80/113, 79/139, 78/120 F8: 71/256 (were "New Urban Agenda\u201d at the United Nations Conference on
    # Housing and Sustainable Urban Development (Habitat III)", audit10 gaA 2)
    # unchanged: the title at the mark; a quote inside a name, a capitalised word after it
    (
        "Reaffirming the adoption of the outcome document entitled \u201cNew Urban Agenda\u201d,",
        "New Urban Agenda",
    ),
    (
        "Notes the progress made in implementing the \u201cSpace2030\u201d Agenda,",
        "Space2030\u201d Agenda",
    ),  # A/RES/80/76 F24
]


@pytest.mark.parametrize(("head", "anchor"), TITLES_END_NAMES)
def test_a_title_in_quotes_ends_the_name(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A name whose first word is a title in quotes is given as printed, with its opening quote, not from inside the quotes
# (the reader above stops after it: layout puts it back). (paragraph, footnote number, anchor)
TITLE_OPENING_QUOTES = [
    (
        "21. Recalls that the Committee should carry out a midterm review of progress\nmade in implementing the"
        " \u201cSpace2030\u201d Agenda,\u00b9 and notes that Member States and\norganizations having observer status"
        " with the Committee will continue to be invited",
        1,
        "\u201cSpace2030\u201d Agenda",
    ),  # A/RES/80/76 F24: 76/3 (was "Space2030\u201d Agenda", one quote of two; audit-ga7)
    (
        'Recalls the review of progress made in implementing the "Space2030" Agenda,\u00b9 and notes',
        1,
        '"Space2030" Agenda',
    ),  # straight quotes, as markdown conversions print them
    # unchanged: quotes already balanced; a whole title in quotes; no quote
    (
        "Recognizing the \u201cSpace2030\u201d Agenda: space as a driver of sustainable\ndevelopment and its"
        " implementation plan\u00b9 as a forward-looking strategy",
        1,
        "\u201cSpace2030\u201d Agenda: space as a driver of sustainable development and its implementation plan",
    ),  # A/RES/79/87 F5
    (
        "Reaffirming the adoption of the outcome document entitled \u201cNew Urban Agenda\u201d,\u00b9",
        1,
        "New Urban Agenda",
    ),
    (
        "Notes the progress made in implementing the Space2030 Agenda,\u00b9 and notes",
        1,
        "Space2030 Agenda",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), TITLE_OPENING_QUOTES)
def test_a_title_opening_a_name_keeps_its_opening_quote(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "States Parties in the <document>": the States Parties are the subject of the clause, no part of the name, as "Member
# States in the ..." are not; "the Conference of the States Parties to ..." is one name. (text before the mark, anchor)
STATES_PARTIES_IN = [
    (
        "efforts to achieve the objective of nuclear disarmament leading to the total elimination of nuclear weapons, as"
        " agreed to by the States Parties in the Final Document of the 2000 Review Conference of the Parties to the"
        " Treaty on the Non-Proliferation of Nuclear Weapons,",
        "Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear"
        " Weapons",
    ),  # A/RES/80/24 F6: NPT/CONF.2000/28 (Parts I and II) (was "States Parties in the Final Document ...", audit10 gaC 1)
    # unchanged: "States parties" in lower case (A/RES/79/50 F6); the Conference of the States Parties to a convention
    (
        "efforts to achieve the objective of nuclear disarmament leading to the total elimination of nuclear weapons, as"
        " agreed to by the States parties in the Final Document of the 2000 Review Conference of the Parties to the"
        " Treaty on the Non-Proliferation of Nuclear Weapons,",
        "Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear"
        " Weapons",
    ),
    (
        "Recalling decision 10/1 of the Conference of the States Parties to the United Nations Convention against"
        " Corruption,",
        "decision 10/1 of the Conference of the States Parties to the United Nations Convention against Corruption",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), STATES_PARTIES_IN)
def test_states_parties_in_a_document_are_no_part_of_its_name(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# What was done in plain words at a body's numbered session carries the mark after the body's name, read with the
# session and the body: the footnote sources what was done, not the body. (text before the mark, anchor)
DONE_AT_A_SESSION = [
    (
        "Takes note with appreciation of the work of the Independent Expert on the enjoyment of all human rights by"
        " older persons and the renewal of the mandate at the fifty-first session of the Human Rights Council,",
        "renewal of the mandate at the fifty-first session of the Human Rights Council",
    ),  # A/RES/78/177 F17: A/77/53/Add.1, resolution 51/4 (was "Human Rights Council", audit10 gaF 4)
    (
        "Recalling the decision taken at the sixty-sixth session of the Commission on the Status of Women,",
        "decision taken at the sixty-sixth session of the Commission on the Status of Women",
    ),  # a probe
    # unchanged: a name before "at"; no plain words before it
    (
        "Recalling the Declaration adopted at the twenty-fourth session of the General Assembly,",
        "Declaration",
    ),
    (
        "Welcoming the work of the Commission at its fifty-first session of the Human Rights Council,",
        "Human Rights Council",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), DONE_AT_A_SESSION)
def test_what_was_done_at_a_session(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# "X and in the Y", "X and with the Y": the preposition said again opens an item of its own, which the mark after it is
# on; "X and the Y" as one name, or with its parts, stays whole. (text before the mark, anchor)
PREPOSITION_SAID_AGAIN = [
    (
        "COVID-19 pandemic, and achieve the targets agreed in the 2030 Agenda for Sustainable Development and in the"
        " End TB Strategy,",
        "End TB Strategy",
    ),  # A/RES/78/5 F2: WHA67/2014/REC/1, resolution 67.1 (was "2030 Agenda ... and in the End TB Strategy"; 70/1 has its
    # own mark 3, audit10 gaE 4)
    (
        "implementing space debris mitigation measures on a voluntary basis, through national mechanisms and consistent"
        " with the Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee and with"
        " the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space,",
        "Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space",
    ),  # A/RES/78/72 F22, 79/87 F27, 80/76 F23: A/62/20, annex (the Committee's guidelines; were both guidelines)
    (
        "on cooperation between the United Nations and the Collective Security Treaty Organization and to its"
        " Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or"
        " Agencies in the Maintenance of International Peace and Security,",
        "Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or"
        " Agencies in the Maintenance of International Peace and Security",
    ),  # A/RES/79/10 F2: resolution 49/57 ("to" said again, before "its"; was from "United Nations and the Collective")
    (
        "through the International Tribunal for the Law of the Sea established pursuant to resolution 55/7 and to the"
        " Agreement on Cooperation and Relationship between the United Nations and the International Tribunal for"
        " the Law of the Sea of 18 December 1997,",
        "Agreement on Cooperation and Relationship between the United Nations and the International Tribunal for"
        " the Law of the Sea",
    ),  # A/RES/79/144 F31, 80/110 F32: resolution 52/251 (was "International Tribunal for the Law of the Sea")
    # unchanged: "and the" (gold 000 F6 reads "... and the Optional Protocols thereto" whole); one instrument's name
    (
        "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,",
        "Convention on the Rights of the Child and the Optional Protocols thereto",
    ),
    (
        "Recalling the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for"
        " Social Development,",
        "Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social"
        " Development",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), PREPOSITION_SAID_AGAIN)
def test_a_preposition_said_again_opens_an_item(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# "X and the Y" after X's own footnote, where X is named again by a short form (its capitalised words in order, others
# left out): the mark is Y's. (anchor read, earlier anchors, anchor)
SHORT_FORMS = [
    (
        "Madrid Plan of Action and the Sendai Framework for Disaster Risk Reduction 2015\u20132030",
        ["Political Declaration and the Madrid International Plan of Action on Ageing, 2002"],
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # A/RES/78/177 F19: 69/283, annex II (was "Madrid Plan of Action and the Sendai Framework ...", audit10 gaF 6)
    # unchanged: no earlier footnote on the first item; a first item named by one word
    (
        "Madrid Plan of Action and the Sendai Framework for Disaster Risk Reduction 2015\u20132030",
        ["Sendai Declaration"],
        "Madrid Plan of Action and the Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),
    (
        "Convention and the Agreement relating to the Implementation of Part XI of the United Nations Convention on the"
        " Law of the Sea",
        ["United Nations Convention on the Law of the Sea"],
        "Convention and the Agreement relating to the Implementation of Part XI of the United Nations Convention on the"
        " Law of the Sea",
    ),
]


@pytest.mark.parametrize(("anchor", "earlier", "want"), SHORT_FORMS)
def test_an_earlier_item_named_by_a_short_form(anchor: str, earlier: list[str], want: str) -> None:
    assert a.without_earlier_item(anchor, earlier) == want


# "letters from the <person>": the letters carry the mark, as "letters of the <person>" do, not the one who wrote them.
# (paragraph, footnote number, anchor)
LETTERS_FROM = [
    (
        "Taking note of the letters from the Permanent Representative of Lebanon\u00b9 and from the Permanent"
        " Representative of Israel,\u00b2",
        1,
        "letters from the Permanent Representative of Lebanon",
    ),  # S/RES/425 (1978) F19, S/RES/501 (1982) F8: S/12600, S/12606 (were "Permanent Representative of Lebanon",
    # audit10 sc10 9)
    # unchanged: the second mark's own conjunct (the shared "letters" is not read there)
    (
        "Taking note of the letters from the Permanent Representative of Lebanon\u00b9 and from the Permanent"
        " Representative of Israel,\u00b2",
        2,
        "Permanent Representative of Israel",
    ),  # S/RES/425 (1978) F20: S/12607
]


@pytest.mark.parametrize(("body", "number", "anchor"), LETTERS_FROM)
def test_letters_from_someone(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document written by a body's officer ("the report of the Chair of the working group"), the body named in plain
# words: the walk stops at the officer's title, and the plain phrase after it names the body, not the document; the
# document noun before the officer carries the mark. (text before the mark, anchor)
OFFICERS_DOCUMENTS = [
    (
        "Noting the oral report of the Chair of the working group of the Sixth Committee,",
        "oral report of the Chair of the working group of the Sixth Committee",
    ),  # A/RES/79/116 F13: A/C.6/79/SR.37 (was "working group of the Sixth Committee", audit r4d)
    (
        "Noting the oral report of the Chair of the Working Group of the Sixth Committee,",
        "oral report of the Chair of the Working Group of the Sixth Committee",
    ),  # A/RES/78/115 F11, 79/129 F10 (unchanged: the capitalised body is read by the walk)
    # unchanged: no document noun before the officer; no officer before the body
    (
        "Welcoming the work of the Chair of the working group of the Sixth Committee,",
        "working group of the Sixth Committee",
    ),
    (
        "3. Approves the draft calendar of conferences and meetings of the United Nations for 2026",
        "draft calendar of conferences and meetings of the United Nations for 2026",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), OFFICERS_DOCUMENTS)
def test_a_document_of_a_bodys_officer(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor
