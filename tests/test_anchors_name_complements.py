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
        "United Nations study on violence against children",
    ),  # A/RES/80/190 F39: A/61/299, the study (was "General Assembly", audit10 gaE 1; its subject: the next table)
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


# A meeting, session or study read at the mark keeps its subject in plain words after "on" (and its title, and where it
# was held), as gold 000 reads "outcome document of the special session of the General Assembly on the world drug
# problem held in 2016". (paragraph, footnote number, anchor)
MEETING_SUBJECTS = [
    (
        "Reaffirm the political declaration of the high-level meeting of the General Assembly on antimicrobial"
        " resistance,\u00b9 the political declaration of the high-level",
        1,
        "political declaration of the high-level meeting of the General Assembly on antimicrobial resistance",
    ),  # A/RES/78/5 F5: 71/3 (audit10 gaE 3)
    (
        "Recalling the United Nations Millennium Declaration and the outcome document of the twenty-seventh special"
        " session of the General Assembly on children, entitled \u201cA world fit for children\u201d,\u00b9 recalling"
        " the Beijing Declaration and Platform for Action,",
        1,
        "outcome document of the twenty-seventh special session of the General Assembly on children, entitled"
        " \u201cA world fit for children\u201d",
    ),  # A/RES/80/190 F23, 78/187 F23: S-27/2 (audit10 gaE 3)
    (
        "Recalling that 2026 marks the twentieth anniversary of the United Nations study on violence against children"
        " to the General Assembly,\u00b9 welcoming the efforts of the",
        1,
        "United Nations study on violence against children",
    ),  # A/RES/80/190 F39: A/61/299 (audit10 gaE 1)
    (
        "Recalling the political declarations of the high-level meetings of the General Assembly on universal health"
        " coverage held in 2019\u00b9 and 2023,\u00b2 on pandemic prevention, preparedness and response in 2023,\u00b3",
        1,
        "political declarations of the high-level meetings of the General Assembly on universal health coverage",
    ),  # A/RES/80/117 F4: 74/2
    # unchanged: where held runs across the next meeting's subject; a determiner after "on"
    (
        "Recalling the political declarations of the high-level meetings of the General Assembly on universal health"
        " coverage held in 2019\u00b9 and 2023,\u00b2 on pandemic prevention, preparedness and response in 2023,\u00b3",
        3,
        "political declarations of the high-level meetings of the General Assembly",
    ),  # A/RES/80/117 F6: 78/3, on pandemic prevention
    (
        "Recalling the report of the high-level meeting that was held on children,\u00b9",
        1,
        "report of the high-level meeting",
    ),  # "on" after a clause: no subject of the meeting's name
]


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "the twenty-seventh special session of the General Assembly on children,",
            "twenty-seventh special session of the General Assembly",
            "twenty-seventh special session of the General Assembly on children",
        ),
        ("the special session on the rule of law,", "special session", None),  # a determiner: read as before
        ("the special session on children and the Convention,", "special session", None),  # a new item
        ("the Convention on children,", "Convention", None),  # no meeting, session or study
    ],
)
def test_with_plain_subject(text: str, read: str, want: str | None) -> None:
    assert a._with_plain_subject(text, len(text), read) == want


@pytest.mark.parametrize(("body", "number", "anchor"), MEETING_SUBJECTS)
def test_a_meeting_keeps_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# Principles and guidelines printed in plain words keep their subject after "on", as principles alone do.
# (paragraph, footnote number, anchor)
PRINCIPLES_AND_GUIDELINES = [
    (
        "adopt standards, as appropriate, in line with the Guiding Principles on Internal Displacement,\u00b9 the"
        " Framework on Durable Solutions for Internally Displaced Persons of the Inter-Agency Standing Committee\u00b2"
        " and the basic principles and guidelines on development-based evictions and displacement;\u00b3",
        3,
        "basic principles and guidelines on development-based evictions and displacement",
    ),  # A/RES/80/113, 79/139, 78/120 F12: A/HRC/4/18, annex I (was "basic principles and guidelines", audit10 gaA 4,
    # gaC 2)
    (
        "adopt standards, as appropriate, in line with the Guiding Principles on Internal Displacement,\u00b9 the"
        " Framework on Durable Solutions for Internally Displaced Persons of the Inter-Agency Standing Committee\u00b2"
        " and the basic principles and guidelines on development-based evictions and displacement;\u00b3",
        1,
        "Guiding Principles on Internal Displacement",
    ),  # unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), PRINCIPLES_AND_GUIDELINES)
def test_principles_and_guidelines_keep_their_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "the basic principles and guidelines on development-based evictions and displacement",
            "basic principles and guidelines on development-based evictions and displacement",
        ),
        ("the principles and guidelines of the Organization", None),  # no subject after "on"
        ("the principles and guidelines on evictions and the Convention", None),  # a new item
        (
            "Recalling the 2016 political declaration of the high-level meeting to tackle antimicrobial resistance",
            "2016 political declaration of the high-level meeting to tackle antimicrobial resistance",
        ),  # A/RES/78/130 F6: a year may open the phrase
        (
            "Recalling the 2016 report of the high-level meeting to tackle antimicrobial resistance",
            None,
        ),  # no noun
        ("the 2016 declaration of the state of emergency and the Convention", None),  # a new item
    ],
)
def test_document_phrase_principles_and_guidelines(head: str, want: str | None) -> None:
    assert a._document_phrase(head) == want


# A report named by plain words ("its annual report on ...") whose subject ends in a name at the mark carries it, not
# the name. (paragraph, footnote number, anchor)
PLAIN_REPORTS = [
    (
        "Welcoming the role of the Expert Mechanism in accordance with article 38 of the Declaration\u201d\u00b9 and its"
        " annual report on the rights of Indigenous Peoples;\u00b2",
        2,
        "annual report on the rights of Indigenous Peoples",
    ),  # A/RES/79/159 F32: A/HRC/57/64, 80/191 F31: A/HRC/60/65 (were "Indigenous Peoples", audit10 gaA 3)
    (
        "Taking note of Human Rights Council resolution 52/24 of 4 April 2023,\u00b9 as well as of the recent reports on"
        " drugs by the Office of the United Nations High Commissioner for Human Rights\u00b2 and the Special Rapporteur",
        2,
        "recent reports on drugs by the Office of the United Nations High Commissioner for Human Rights",
    ),  # A/RES/79/191 F16: A/HRC/54/53 (was the Office)
    # unchanged: an instrument at the end of the subject; a report of a named body (another rule)
    (
        "Welcoming its report on the implementation of the Convention on Biological Diversity,\u00b9",
        1,
        "Convention on Biological Diversity",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PLAIN_REPORTS)
def test_a_plain_report_carries_the_name_its_subject_ends_in(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "and its annual report on the rights of Indigenous Peoples;",
            "Indigenous Peoples",
            "annual report on the rights of Indigenous Peoples",
        ),
        (
            "the report on the work of the Office, and the Committee,",
            "Committee",
            None,
        ),  # no name at the mark
        ("its report on the situation, which concerns Myanmar,", "Myanmar", None),  # a clause
        ("the report of the Secretary-General on Myanmar,", "Myanmar", None),  # a named writer: another rule
    ],
)
def test_plain_report_on(text: str, read: str, want: str | None) -> None:
    assert a._plain_report_on(text, len(text), read) == want


# A declaration or outcome document "of the" event that plain words describe carries the mark that closes the
# description, not its last noun phrase. (paragraph, footnote number, anchor)
DOCUMENTS_OF_EVENTS = [
    (
        "Recalling also the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the"
        " outcome of the special session on children, held in New York from 11 to 13 December 2007,\u00b9 the outcome"
        " document of the fifth Global Conference on",
        1,
        "Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the"
        " special session on children",
    ),  # A/RES/80/190 F31, 78/187 F30: 62/88 (were "special session", audit10 gaE 2)
    # unchanged: a new item between the declaration and the phrase at the mark
    (
        "Recalling the Declaration and the special session on children,\u00b9",
        1,
        "special session on children",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENTS_OF_EVENTS)
def test_the_document_of_an_event_in_plain_words(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The words between the determiner and a document noun that opens the name at the mark say which document it is: they
# are read with it. (paragraph, footnote number, anchor)
MODIFIERS = [
    (
        "requests the Secretary-General to transmit to the Commission the annual report of the Conference on"
        " Disarmament on its 2024 session,\u00b9 together with all the official records",
        1,
        "annual report of the Conference on Disarmament on its 2024 session",
    ),  # A/RES/79/72 F4: A/79/27 (was "report of ...", audit10 gaA 5); 78/62 F5, 80/66 F4
    (
        "Taking note of the Quartet report of 1 July 2016,\u00b9 and stressing its recommendations",
        1,
        "Quartet report",
    ),  # A/RES/79/91 F15: S/2016/595 (was "report", audit10 gaB 11); 78/78, 80/81 F15
    (
        "and taking note of the summary report thereon prepared by the Office of the High Commissioner,\u00b9",
        1,
        "summary report thereon",
    ),  # A/RES/79/159 F26: A/HRC/53/44 (was "report thereon", audit10 gaA 5); 78/189 F22, 80/191 F25
    (
        "Taking note of the annual overview report of the United Nations System Chief Executives Board for"
        " Coordination for 2022\u00b9",
        1,
        "annual overview report of the United Nations System Chief Executives Board for Coordination for 2022",
    ),  # A/RES/78/244 F10 (was "report of ...", audit10 gaB 12)
    (
        "9. Endorses the conclusions and recommendations of the Committee for Programme and Coordination on the"
        " proposed programme plan for 2026 and programme performance for 2024\u00b9 and on evaluation,\u00b2 contained in"
        " its report on the work of its sixty-fifth session,",
        1,
        "conclusions and recommendations of the Committee for Programme and Coordination on the proposed programme"
        " plan for 2026 and programme performance for 2024",
    ),  # A/RES/80/233 F8: A/80/16 (was "recommendations of ...", audit10 gaB 12); 78/244, 79/247 F7-F9; 78/33, 79/32,
    # 80/33 F4 "conclusions and recommendations for follow-on actions on nuclear disarmament"
    (
        "notes the midterm review of the Sendai Framework to assess progress on integrating disaster risk reduction"
        " into policies, programmes and investments at all levels,\u00b9 and, in that regard, notes with satisfaction",
        1,
        "midterm review of the Sendai Framework",
    ),  # A/RES/78/72 F26: resolution 77/289 (was "review of the Sendai Framework", audit-r3c)
    # unchanged: no word between the determiner and the noun; a demonstrative or "relevant"
    (
        "Taking note of the report of the Secretary-General,\u00b9",
        1,
        "report of the Secretary-General",
    ),
    (
        "Taking note of the relevant report of the Secretary-General,\u00b9",
        1,
        "report of the Secretary-General",
    ),
    (
        "notes the relevant review of the Sendai Framework,\u00b9",
        1,
        "review of the Sendai Framework",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MODIFIERS)
def test_the_words_before_a_document_noun(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A partner a document was made "in collaboration with" (cooperation, consultation, partnership) is an actor, no name:
# the document made carries the mark. (paragraph, footnote number, anchor)
MADE_WITH_PARTNERS = [
    (
        "and in this regard urges States to disseminate the technical guidance \nprepared by the Office of the United"
        " Nations High Commissioner for Human Rights, \nin collaboration with the World Health Organization,\u00b9 and to"
        " apply it, as appropriate,",
        1,
        "technical guidance",
    ),  # A/RES/78/198 F15: A/HRC/27/31 (was "World Health Organization", audit-ga5)
    (
        "Takes note of the draft discussion guide prepared by the Secretary-General in cooperation with the institutes"
        " of the United Nations crime prevention and criminal justice programme network,\u00b9",
        1,
        "draft discussion guide",
    ),
    # unchanged: no partner after the actor; a partner of an act, not of a made document
    (
        "and in this regard urges States to disseminate the technical guidance prepared by the Office of the United"
        " Nations High Commissioner for Human Rights,\u00b9 and to apply it",
        1,
        "technical guidance",
    ),
    (
        "calls upon the administering Power, in cooperation with the territorial Government, to implement the Programme"
        " of Action for the Second International Decade for the Eradication of Colonialism,\u00b9",
        1,
        "Programme of Action for the Second International Decade for the Eradication of Colonialism",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MADE_WITH_PARTNERS)
def test_a_partner_a_document_was_made_with_names_no_document(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "the technical guidance prepared by the Office of the High Commissioner, in collaboration with the World"
            " Health Organization",
            ", in collaboration with the World Health Organization",
        ),
        (
            "the guide prepared by the Secretariat in cooperation with the institutes",
            " in cooperation with the institutes",
        ),
        ("calls upon the administering Power, in cooperation with the territorial Government", None),
        ("the guidance prepared by the Office, which works in cooperation with the Organization", None),
    ],
)
def test_made_with_partner_pattern(text: str, partner: str | None) -> None:
    m = a._MADE_WITH_PARTNER.search(text)
    assert (m["partner"] if m else None) == partner


# audit-ga23o: a text published "as an annex to" a document named at the mark: the annexed text (what was approved or
# adopted, which the footnote sources) read through its host's name, not the host alone. (paragraph, footnote, anchor)
ANNEXED_TO_HOST = [
    (
        "(a) \nIn the area of micro-, small and medium-sized enterprises, the model \norganization rules for limited"
        " liability enterprises as an annex to the Legislative Guide \non Limited Liability Enterprises;\u00b9",
        1,
        "model organization rules for limited liability enterprises as an annex to the Legislative Guide on Limited"
        " Liability Enterprises",
    ),  # A/RES/80/161 F5 (was "Legislative Guide on Limited Liability Enterprises")
    (
        "Welcomes the Model Law on Electronic Commerce as an annex to the Legislative Guide on Limited Liability"
        " Enterprises;\u00b9",
        1,
        "Model Law on Electronic Commerce as an annex to the Legislative Guide on Limited Liability Enterprises",
    ),  # the same with a capitalised annexed name
    # unchanged: no "as an annex to" (a new item before the host); no article opens an annexed name
    (
        "Welcomes the rules and the Legislative Guide on Limited Liability Enterprises;\u00b9",
        1,
        "Legislative Guide on Limited Liability Enterprises",
    ),
    (
        "Welcomes the rules, as well as texts as an annex to the Legislative Guide on Limited Liability Enterprises;"
        "\u00b9",
        1,
        "Legislative Guide on Limited Liability Enterprises",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ANNEXED_TO_HOST)
def test_annexed_to_host(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
