"""anchors.py: the head noun phrase carries the mark, not a name in what qualifies it (who made or adopted it, to whom,
where, when); one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# Letters named by to whom and when they were sent carry the mark: the first with its addressee and date, each later mark
# of the series the letters on its own date, as if their noun were printed again (a date alone names nothing; a blind
# reader of round 4 gave the letters, an earlier audit the date: both are in it). (paragraph, footnote number, anchor)
LETTERS_ADDRESSED = [
    (
        "Acting in response to the request of the Government of Lebanon and noting with concern the questions raised in"
        " its letters addressed to the Security Council on 7 May,\u00b9 30 May\u00b2 and 11 June 1979,\u00b3",
        {
            1: "letters addressed to the Security Council on 7 May",
            2: "letters addressed to the Security Council on 30 May",
            3: "letters addressed to the Security Council on 11 June 1979",
        },
    ),  # S/RES/450 (1979) F23-F25: S/13301, S/13361, S/13387 (were "Security Council on 7 May" on all three, audit11 sc12 6;
    # then "30 May", "11 June 1979")
    (
        "Acting in response to the request of the Government of Lebanon and noting with concern the questions raised in"
        " its letters addressed to the Security Council on 8 May,\u00b9 17 May\u00b2 and 27 May 1980,\u00b3",
        {
            1: "letters addressed to the Security Council on 8 May",
            2: "letters addressed to the Security Council on 17 May",
            3: "letters addressed to the Security Council on 27 May 1980",
        },
    ),  # S/RES/474 (1980) F43-F45: S/13931, S/13946, S/13962
    # the letters named by their dates alone
    (
        "noting with concern the questions raised in its letters of 7 May,\u00b9 30 May\u00b2 and 11 June 1979,\u00b3",
        {1: "letters of 7 May", 2: "letters of 30 May", 3: "letters of 11 June 1979"},
    ),
    # statements dated after a participle and its agent: the later date read with them
    (
        "the presidential statements issued by the Security Council on 6 November 2017\u00b9 and 10 March 2021,\u00b2",
        {
            1: "presidential statements",
            2: "presidential statements issued by the Security Council on 10 March 2021",
        },
    ),  # A/RES/80/221 F19-F20, 78/219 F15-F16, 79/182 F17-F18 (was "presidential statements"; round-6 reader: the date)
    # reports dated after their name, the first mark's date read off its anchor
    (
        "Welcoming the reports of the Independent International Commission of Inquiry on Ukraine of 18 October"
        " 2022,\u00b9 15 March 2023,\u00b2 28 May 2025, 21 October 2025\u00b3 and 28 October 2025",
        {
            1: "reports of the Independent International Commission of Inquiry on Ukraine",
            2: "reports of the Independent International Commission of Inquiry on Ukraine of 15 March 2023",
            3: "reports of the Independent International Commission of Inquiry on Ukraine of 21 October 2025",
        },
    ),  # A/RES/80/223 F28-F34, 79/184 F26-F29 (were the reports alone; a round-4 blind reader gave the dates)
]


@pytest.mark.parametrize(("body", "anchors"), LETTERS_ADDRESSED)
def test_letters_addressed_to_a_body_on_dates(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# A statement made by the representatives of States whose list runs on to the mark carries it, with where and when it was
# made, without the list of who made it. (paragraph, anchors)
MADE_BY_STATES = [
    (
        "Welcoming also the joint statement issued in Moscow on 8 July 1993 by the representatives of Portugal, the"
        " Russian Federation and the United States of America,\u00b9 the three observer States to the Angolan peace"
        " process,",
        {1: "joint statement issued in Moscow on 8 July 1993"},
    ),  # S/RES/851 (1993) F18: S/26064 (with a clean mark: "Russian Federation and the United States of America",
    # audit11 sc13 3; the OCR'd mark "'*" is not read)
    (
        "Welcoming also the joint statement issued in Lisbon on 10 September 1993 by the representatives of Portugal, the"
        " Russian Federation and the United States of America,\u00b9 the three observer States to the Angolan peace"
        " process,",
        {1: "joint statement issued in Lisbon on 10 September 1993"},
    ),  # S/RES/864 (1993), its mark printed as a quote
    # unchanged: one who made it, read with the statement; a new item after the list
    (
        "Noting the statement made by the President of the Security Council on 8 December 1978,\u00b9",
        {1: "statement made by the President of the Security Council"},
    ),
    (
        "Welcoming the joint statement issued by the representatives of Portugal, the Russian Federation and the United"
        " States of America, and the Lusaka Protocol,\u00b9",
        {1: "Lusaka Protocol"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), MADE_BY_STATES)
def test_a_statement_made_by_the_representatives_of_states(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# An unnumbered resolution (or a report, decision) on the situation in a place named, alone or with who adopted it at
# which session, carries the mark: the place only says what the situation is in. (paragraph, anchors)
ON_THE_SITUATION = [
    (
        "Welcoming the Declaration on the Situation in Angola adopted by the Assembly of Heads of State and Government of"
        " the Organization of African Unity at its twenty-ninth ordinary session,\u00b9 held at Cairo from 28 to 30 June"
        " 1993, and the resolution on the situation in Angola adopted by the Council of Ministers of the Organization of"
        " African Unity at its fifty-eighth ordinary session,\u00b2 held at Cairo from 21 to 26 June 1993,",
        {1: "Declaration on the Situation in Angola", 2: "resolution on the situation in Angola"},
    ),  # S/RES/851 (1993) F16 (unchanged), F17: S/26081 (was "Angola", audit11 sc13 4)
    (
        "Welcoming the resolution on the situation in Angola adopted by the Council of Ministers of the Organization of"
        " African Unity,\u00b9",
        {1: "resolution on the situation in Angola"},
    ),  # the auditor's probe s12 (was "Angola")
    # unchanged: a new item after the situation
    (
        "Taking note of the report on the situation in Angola, and the efforts of the Organization of African Unity,\u00b9",
        {1: "Organization of African Unity"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), ON_THE_SITUATION)
def test_a_document_on_the_situation_in_a_place(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


NPT = "the Treaty on the Non-Proliferation of Nuclear Weapons"

# What was adopted or agreed at a conference named (a year may open its name) carries the mark, read with where it was
# adopted, as gold 002 F16 reads "agreed conclusions adopted by the Commission ..."; also when its words hold determiners
# and "of" of their own after another mark and a comma stands before the participle. (paragraph, anchors)
ADOPTED_AT_CONFERENCE = [
    (
        "Recalling the principles and objectives for nuclear non-proliferation and disarmament adopted at the 1995 Review"
        f" and Extension Conference of the Parties to {NPT},\u00b9 the unequivocal commitment of nuclear-weapon States to"
        " accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament, agreed at the 2000"
        f" Review Conference of the Parties to {NPT},\u00b2 and the action points agreed at the 2010 Review Conference of"
        f" the Parties to {NPT} as part of the conclusions and recommendations for follow-on actions on nuclear"
        " disarmament,\u00b3",
        {
            1: "principles and objectives for nuclear non-proliferation and disarmament adopted at the 1995 Review and"
            f" Extension Conference of the Parties to {NPT}",
            2: "unequivocal commitment of nuclear-weapon States to accomplish the total elimination of their nuclear"
            f" arsenals leading to nuclear disarmament, agreed at the 2000 Review Conference of the Parties to {NPT}",
            3: "conclusions and recommendations for follow-on actions on nuclear disarmament",
        },
    ),  # A/RES/79/32 F2, F3 (78/33, 80/33 the same): NPT/CONF.1995/32 (Part I), annex, decision 2; NPT/CONF.2000/28, para. 15
    # (were the conferences, audit11 gaF 2, 3; audit10); F4 unchanged
    # unchanged: a capitalised name adopted by a body; plain words adopted by one
    (
        "Recalling the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights,\u00b9",
        {1: "Vienna Declaration and Programme of Action"},
    ),
    (
        "Recalling the agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh"
        " session,\u00b9",
        {
            1: "agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh session"
        },
    ),
]


@pytest.mark.parametrize(("body", "anchors"), ADOPTED_AT_CONFERENCE)
def test_what_was_adopted_at_a_conference(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# A court's (advisory) opinion "of" the court carries the mark, as its judgment or order does: the noun stays before the
# court's name, and the date after it is dropped. (paragraph, anchors)
OPINION_OF_COURT = [
    (
        "Takes note with appreciation of the advisory opinion of the International Court of Justice of 21 June"
        " 1971;\u00b9",
        {1: "advisory opinion of the International Court of Justice"},
    ),  # S/RES/301 (1971) O5 F44: I.C.J. Reports 1971 (was "International Court of Justice", audit11 sc12 7)
    (
        "Recalling the advisory opinion of the International Court of Justice of 21 June 1971\u00b9 that South Africa is"
        " under obligation to withdraw its presence from the Territory,",
        {1: "advisory opinion of the International Court of Justice"},
    ),  # S/RES/366 (1974) F36, S/RES/385 (1976) F29 the same
    # unchanged: the opinion rendered by the Court
    (
        "Recalling the advisory opinion rendered on 9 July 2004 by the International Court of Justice,\u00b9",
        {1: "advisory opinion rendered on 9 July 2004 by the International Court of Justice"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), OPINION_OF_COURT)
def test_the_opinion_of_a_court(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


REPORT_43_1 = (
    "report of the United Nations High Commissioner for Human Rights on the promotion and protection of the human rights"
    " and fundamental freedoms of Africans and of people of African descent against excessive use of force and other"
    " human rights violations by law enforcement officers"
)

# A document and its annex named after it ("and the annex thereto, entitled “...”"), what it was submitted under running on
# to the mark: the document carries it, the annex is a part of it. (paragraph, anchors)
ANNEX_THERETO = [
    (
        f"and recalling also the {REPORT_43_1} and the annex thereto, entitled \u201cFour-point Agenda towards"
        " Transformative Change for Racial Justice and Equality\u201d, submitted pursuant to resolution 43/1,\u00b9",
        {1: REPORT_43_1},
    ),  # A/RES/80/193 F12 (79/161 F11, 78/234 F18 the same): A/HRC/47/53 (was the annex's title, audit11 gaF 1;
    # audit5 gaK 13, audit6 gaS 4)
    # unchanged: protocols, instruments of their own; a title with no annex
    (
        "Recalling the United Nations Convention against Transnational Organized Crime and the Protocols thereto,\u00b9",
        {1: "United Nations Convention against Transnational Organized Crime and the Protocols thereto"},
    ),
    (
        "Welcoming the report of the Secretary-General entitled \u201cOur Common Agenda\u201d,\u00b9",
        {1: "Our Common Agenda"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), ANNEX_THERETO)
def test_a_document_and_the_annex_thereto(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# An act named by a common noun and where (and when) it was signed, reached or taken carries the mark, not the place: the
# noun with its place says which act it is (audit-sc2). (paragraph, anchors)
MADE_AT_A_PLACE = [
    (
        "Considering the positions taken by the parties in relation to the treaties signed at Nicosia on 16 August"
        " 1960,\u00b9",
        {1: "treaties signed at Nicosia on 16 August 1960"},
    ),  # S/RES/186 (1964) F5: UNTS/382/5475, 382/5476, 397/5712 (was "Nicosia")
    (
        "Welcoming the peace agreement signed in Arusha on 4 August 1993,\u00b9",
        {1: "peace agreement signed in Arusha on 4 August 1993"},
    ),  # made up (a plain word before the noun; was "Arusha")
    (
        "Welcoming the agreement reached in New York on 3 July 1993,\u00b9 and the decisions taken at Abuja,\u00b2",
        {1: "agreement reached in New York on 3 July 1993", 2: "decisions taken at Abuja"},
    ),  # made up (a place of two words; no date; were "New York", "Abuja")
    # unchanged: an act with a name of its own; a statement made by States; a capitalised noun (read as before)
    (
        "Noting the Memorandum of Understanding signed in Geneva on 1 December 1993,\u00b9",
        {1: "Memorandum of Understanding"},
    ),
    (
        "Welcoming also the joint statement issued in Moscow on 8 July 1993 by the representatives of Portugal, the"
        " Russian Federation and the United States of America,\u00b9 the three observer States,",
        {1: "joint statement issued in Moscow on 8 July 1993"},
    ),
    (
        "Welcoming the Agreements signed in Paris on 23 October 1991,\u00b9",
        {1: "Agreements"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), MADE_AT_A_PLACE)
def test_an_act_made_at_a_place(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# Proposals submitted (to them) by a representative of a State or a body carry the mark with who submitted them, not
# the State, the body or the date after the name: the footnote cites the document of the proposals. (paragraph, anchors)
PROPOSALS_SUBMITTED_BY = [
    (
        "3. Recommends that negotiations be undertaken, taking advantage of the extent of agreement reached between the"
        " parties regarding the proposals submitted to them by the representative of the United States of America on"
        " the Committee of Good Offices on 10 September 1948 ;\u00b9 and in particular, on the basis that:",
        {1: "proposals submitted to them by the representative of the United States of America"},
    ),  # S/RES/67 (1949) F6: S/1117/Add.1 (was "United States of America on the Committee of Good Offices")
    (
        "Noting the proposal by the Secretary-General on 3 May 1990,\u00b9",
        {1: "proposal by the Secretary-General"},
    ),
    (
        "Having examined the report submitted by the representative of France on 3 March 1951,\u00b9",
        {1: "report submitted by the representative of France"},
    ),  # a report or memorandum so too (was "France")
    (
        "Noting the memorandum submitted by the representative of India on the Committee on 3 March 1951,\u00b9",
        {1: "memorandum submitted by the representative of India"},
    ),
    # unchanged: a statement made by a representative (read with who made it); a report submitted by a body
    (
        "Having heard the statement made by the President of the Security Council,\u00b9",
        {1: "statement made by the President of the Security Council"},
    ),
    (
        "Having examined the report submitted by the Ad Hoc Sub-Committee\u00b9 and the recommendations contained in"
        " that report,",
        {1: "report submitted by the Ad Hoc Sub-Committee"},
    ),  # S/RES/283 (1970) F7
]


@pytest.mark.parametrize(("body", "anchors"), PROPOSALS_SUBMITTED_BY)
def test_proposals_submitted_by_a_representative(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors
