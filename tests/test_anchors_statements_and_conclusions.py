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
    (
        "Noting the appeals addressed by the Secretary-General to the Governments of Greece, Turkey and Cyprus on 22"
        " November,\u00b9 24 November\u00b2 and 3 December\u00b3 and the report of the Secretary-General of 8 December"
        " 1967,\u2074",
        2,
        "appeals addressed by the Secretary-General to the Governments of Greece, Turkey and Cyprus on 24 November",
    ),  # S/RES/244 (1967) F22: S/8248/Add.5, the appeal of 24 November (was "Secretary-General to the Governments of
    # Greece, Turkey and Cyprus on 22 November", with mark 21's date, audit10 sc11 Likely 3; then the appeals alone;
    # now with its own date, as a round-9 blind reader gave it); the same for 23
    (
        "Noting the appeals addressed by the Secretary-General to the Governments of Greece, Turkey and Cyprus on 22"
        " November,\u00b9 24 November\u00b2 and 3 December\u00b3 and the report of the Secretary-General of 8 December"
        " 1967,\u2074",
        4,
        "report of the Secretary-General",
    ),  # S/RES/244 (1967) F24 (unchanged)
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


# A conclusion, report or study named by its topic in plain words after "on" carries the mark that closes the topic,
# alone or with a participle that says who adopted or submitted it, where and when: the topic is its name, not "report"
# alone, nor a name read before it or in the qualifier. (paragraph, footnote number, anchor)
DOCUMENTS_ON_TOPICS = [
    (
        "Appreciates the ongoing efforts undertaken by Member States to implement the conclusion on machine-readable"
        " travel documents for refugees and stateless persons adopted by the Executive Committee at its sixty-eighth"
        " session;\u00b9",
        1,
        "conclusion on machine-readable travel documents for refugees and stateless persons",
    ),  # A/RES/78/185 F15: A/72/12/Add.1 (was "Member States", audit10 gaG 2)
    (
        "Reaffirms the conclusion on civil registration adopted by the Executive Committee of the Programme of the"
        " United Nations High Commissioner for Refugees at its sixty-fourth session, held in Geneva from 30 September to"
        " 4 October 2013,\u00b9",
        1,
        "conclusion on civil registration",
    ),  # A/RES/78/185 F13: A/68/12/Add.1 (was "conclusion", audit10 gaG Likely 4)
    (
        "Also reaffirms the conclusion on registration of refugees and asylum-seekers adopted by the Executive Committee"
        " of the Programme of the High Commissioner at its fifty-second session,\u00b9 notes",
        1,
        "conclusion on registration of refugees and asylum-seekers",
    ),  # A/RES/78/185 F14: A/56/12/Add.1 (was "conclusion")
    (
        "Recalling the report on persons with albinism submitted by the Office of the United Nations High Commissioner"
        " for Human Rights to the Human Rights Council at its twenty-fourth session,\u00b9 and recalling also",
        1,
        "report on persons with albinism",
    ),  # A/RES/78/171 F17: A/HRC/24/57 (was "report", audit10 gaG Likely 3)
    (
        "Notes with concern that, according to the synthesis report on nationally determined contributions\u00b9"
        " published by the secretariat of the United Nations Framework Convention on Climate Change, the nationally"
        " determined contributions",
        1,
        "synthesis report on nationally determined contributions",
    ),  # A/RES/78/153 F30, 79/206 F30, 80/138 F27: FCCC/PA/CMA/... (was "report")
    # unchanged: a report "of" someone "on the ..." is read as before; a new item after the qualifier ends the topic
    (
        "Taking note of the report of the Secretary-General on the social development challenges faced by persons with"
        " albinism,\u00b9",
        1,
        "report of the Secretary-General on the social development challenges faced by persons with albinism",
    ),  # A/RES/78/171 F16
    (
        "Recalling the report on persons with albinism submitted to the Human Rights Council, and the Convention on the"
        " Rights of Persons with Disabilities,\u00b9",
        1,
        "Convention on the Rights of Persons with Disabilities",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENTS_ON_TOPICS)
def test_a_document_named_by_its_topic(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A bracketed part inside a name does not break it: a name read at the mark that closes a bracket it does not open is
# read with the plain noun phrase before the bracket (and its owner's name). (paragraph, footnote number, anchor)
BRACKETS = [
    (
        "Recalls the Global Compact on Refugees as set out in the High Commissioner\u2019s annual report (part II) of"
        " 2018,\u00b9 affirmed on 17 December 2018,\u00b2 and calls upon the international community",
        1,
        "High Commissioner\u2019s annual report (part II) of 2018",
    ),  # A/RES/78/185 F11: A/73/12 (Part II) (was "II) of 2018", audit10 gaG 3)
    # unchanged: a balanced bracket
    (
        "Recalling the Domestic Workers Convention, 2011 (No. 189), of the International Labour Organization,\u00b9",
        1,
        "Domestic Workers Convention, 2011 (No. 189)",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), BRACKETS)
def test_a_bracket_in_a_name(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A bare participle and a date after a mark that closed a document locating a name ("X as set out in <document>,¹")
# qualify the name, not the document, which has its own mark: the name carries the second mark. (paragraph, footnote
# number, anchor)
PARTICIPLES_AFTER_LOCATED = [
    (
        "Recalls the Global Compact on Refugees as set out in the High Commissioner\u2019s annual report (part II) of"
        " 2018,\u00b9 affirmed on 17 December 2018,\u00b2 and calls upon the international community",
        2,
        "Global Compact on Refugees",
    ),  # A/RES/78/185 F12: resolution 73/151, which affirmed the Compact (was "II) of 2018", audit10 gaG 1)
    (
        "Recalls the Global Compact on Refugees as set out in the annual report of the High Commissioner,\u00b9 affirmed"
        " on 17 December 2018,\u00b2 and calls upon the international community",
        2,
        "Global Compact on Refugees",
    ),  # was "report of the High Commissioner", the other mark's
    # unchanged: no located document before the other mark
    (
        "Recalls the Global Compact on Refugees,\u00b9 affirmed on 17 December 2018,\u00b2 and calls upon the"
        " international community",
        2,
        "Global Compact on Refugees",
    ),
    (
        "and the political declarations on HIV and AIDS adopted by the high-level meetings of the General Assembly held"
        " in 2006,\u00b9 2011,\u00b2 2016\u00b3 and 2021,\u2074 and reiterating that",
        2,
        "political declarations on HIV and AIDS",
    ),  # A/RES/78/188 F14 (read alone: the paragraph's earlier items give the whole phrase there)
]


@pytest.mark.parametrize(("body", "number", "anchor"), PARTICIPLES_AFTER_LOCATED)
def test_a_participle_after_a_located_document(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A plain noun phrase read at the mark after a document noun and "of the" ("replies of the", "reply of the") names who
# made the document: the noun carries the mark with it. (paragraph, footnote number, anchor)
DOCUMENT_NOUNS_BEFORE_PHRASES = [
    (
        "Noting the replies of the three Governments concerned\u00b9 to the appeal of the Secretary-General of 3"
        " December",
        1,
        "replies of the three Governments concerned",
    ),  # S/RES/244 (1967) F25: S/8248/Add.7-9, the replies (was "three Governments concerned", audit10 sc11 Likely 5)
    (
        "Recalls the advisory opinion of the International Court of Justice,\u00b9 and noting in particular the reply of"
        " the Court, including on the right of peoples to self-determination, which is a right erga omnes,\u00b2",
        2,
        "reply of the Court",
    ),  # A/RES/78/192 F8: the advisory opinion, para. 88 (was "Court")
    # unchanged: no article after "of" (no author's name), no document noun
    (
        "Notes the adoption of the revised standardized procedure for the development, establishment and review of"
        " regional environmental management plans,\u00b9 including the standardized procedure and template;",
        1,
        "regional environmental management plans",
    ),  # A/RES/80/110 F37
    (
        "Noting the efforts of the three Governments concerned\u00b9 to the appeal",
        1,
        "three Governments concerned",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENT_NOUNS_BEFORE_PHRASES)
def test_a_document_noun_before_a_plain_phrase(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A date after "on" at the end of a name read at the mark (after a capitalised word or a bracket) says when what it
# names was adopted or signed: it is no part of the name, as a date after "of" is not. (paragraph, footnote, anchor)
NAMES_WITHOUT_ON_DATES = [
    (
        "Noting the adoption of the United Nations Convention on Jurisdictional Immunities of States and Their Property"
        " on 2 December 2004,\u00b9 as it might apply to",
        1,
        "United Nations Convention on Jurisdictional Immunities of States and Their Property",
    ),  # A/RES/79/133 F10: resolution 59/38 (was "... Their Property on 2 December 2004", audit10 gaI 4)
    (
        "Recalling also its adoption of the United Nations Millennium Declaration on 8 September 2000,\u00b9 its"
        " resolution 77/213 of 15 December 2022,",
        1,
        "United Nations Millennium Declaration",
    ),  # A/RES/78/199 F2: resolution 55/2 (was "... Declaration on 8 September 2000")
    (
        "Committee of the commitments that they undertook on the adoption of the Declaration on the Trust Fund of the"
        " United Nations Standing Advisory Committee on Security Questions in Central Africa on 8 May 2009\u00b9 and the"
        " Bangui Declaration on 10 June 2016,\u00b2 and invites those States",
        2,
        "Bangui Declaration",
    ),  # A/RES/80/63 F15, 78/59 F17, 79/68 F22: A/71/293 (was "Bangui Declaration on 10 June 2016"); F14 the same way
    (
        "7. Welcomes the decision by the Commission to request its secretariat:\n\n(f)\nTo hold the first part of the"
        " fifty-first session of Working Group III on 17 and\n18 February 2025\u00b9 and the colloquium on secured"
        " transactions mentioned in subparagraph (e)\nfrom 19 to 21 February 2025;\u00b2",
        1,
        "Working Group III",
    ),  # A/RES/79/117 F15 (audit-ga23m): two days after "on", as after "of" (was "Working Group III on 17 and 18
    # February 2025")
    (
        "Recalling the report on the meeting on 3 and 4 May 2023,\u00b9",
        1,
        "report on the meeting on 3 and 4 May 2023",
    ),  # negative: after a plain word the dates may be part of the phrase (unchanged)
    (
        "and reaffirming also the political declaration\non the implementation of the United Nations Global Plan of"
        " Action to Combat\nTrafficking in Persons, adopted at the high-level meeting of the General Assembly\nheld in"
        " New York on 27 and 28 September 2017,\u00b9",
        1,
        "political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking"
        " in Persons",
    ),  # A/RES/78/182 F9: resolution 72/1, where and when it was adopted cut off before (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), NAMES_WITHOUT_ON_DATES)
def test_a_name_without_the_date_it_was_adopted_on(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A convention's name runs on through the lower-case words of its subject after "governing" or "relating to": the
# name read at the mark where the subject ends in a capitalised word is read with the whole title. (paragraph,
# footnote number, anchor)
CONVENTIONS_GOVERNING = [
    (
        "Recalling the Organization of African Unity Convention governing the specific aspects of refugee problems in"
        " Africa of 1969\u00b9 and the African Charter on Human and Peoples\u2019 Rights,\u00b2",
        1,
        "Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of 1969",
    ),  # A/RES/78/185 F1: UNTS vol. 1001, No. 14691 (was "Africa of 1969", audit10 gaG 4)
    (
        "Recalling the Organization of African Unity Convention governing the specific aspects of refugee problems in"
        " Africa of 1969\u00b9 and the African Charter on Human and Peoples\u2019 Rights,\u00b2",
        2,
        "African Charter on Human and Peoples\u2019 Rights",
    ),  # A/RES/78/185 F2 (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), CONVENTIONS_GOVERNING)
def test_a_convention_governing_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
