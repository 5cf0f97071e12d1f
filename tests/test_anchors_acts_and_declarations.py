"""anchors.py (audit9): acts named with their content ("the decision of <body> that ..."), declarations titled in plain
words, a body at its session, the Secretary-General's reports; one table per rule, from the corpus's own sentences
(exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A body's decision, request or conclusions whose content, a "that" clause, runs to the mark carries it, as a
# recommendation's does: not a word of the clause ("report" after "will" is a verb). (paragraph, anchor of mark 1)
THAT_CLAUSE_ACTS = [
    (
        "and welcoming the decision of the Economic and Social Council that the Commission, given its mandates and"
        " experience in promoting people-centred inclusive development, will report on social aspects related to the"
        " agreed main theme of the Council in order to contribute to its work,\u00b9 including by offering inputs",
        "decision of the Economic and Social Council",
    ),  # A/RES/78/174 F9: ECOSOC resolution 2016/6 (was "report", audit9 gaA 1)
    (
        "Welcoming the decision of the Economic and Social Council that the Commission will report on social"
        " aspects,\u00b9",
        "decision of the Economic and Social Council",
    ),  # audit9 gaA probe p1 F2 (was "report")
    (
        "Welcoming the decision of the Economic and Social Council that the Commission will contribute to its"
        " work,\u00b9",
        "decision of the Economic and Social Council",
    ),  # audit9 gaA probe p1 F3 (was "contribute to its work")
    (
        "28. Recalls the conclusions of the Special Rapporteur that revisionism and attempts to falsify history may,"
        " in certain circumstances, fall under the prohibition of hate speech under article 4 (a) of the Convention,"
        " which States are required to declare as offences punishable by law,\u00b9 and that neo-Nazi recruitment",
        "conclusions of the Special Rapporteur",
    ),  # A/RES/78/190, 79/160, 80/192 F16: A/HRC/38/53 (was "conclusions of the Special Rapporteur that revisionism
    # and attempts")
    # unchanged: no "that" clause; an instrument named in the clause; a relative clause on the body
    (
        "Recalling the decision of the Commission on Narcotic Drugs,\u00b9",
        "decision of the Commission on Narcotic Drugs",
    ),
    (
        "Noting the proposal of the Secretary-General that the Commission will review its methods of work,\u00b9",
        "proposal of the Secretary-General",
    ),  # audit9 gaA probe p1 F5
    (
        "Welcoming the decision of the Conference that States ratify the Convention on the Rights of the Child,\u00b9",
        "Convention on the Rights of the Child",
    ),
    # the verb form: a body "recommended/decided ... that"; the body carries the mark (audit9 gaJ 1)
    (
        "Recalling that the World Conference on Human Rights recommended that more resources be made available for"
        " the strengthening of regional arrangements for the promotion and protection of human rights under the"
        " programme of technical cooperation in the field of human rights of the Office of the United Nations High"
        " Commissioner for Human Rights,\u00b9",
        "World Conference on Human Rights",
    ),  # A/RES/78/235 F1: A/CONF.157/24 (Part I) (was the Office, named in the clause)
    (
        "Recalling that the World Conference on Human Rights recommended that more resources be made available for"
        " the strengthening of regional arrangements,\u00b9",
        "World Conference on Human Rights",
    ),  # audit9 gaJ probe p2 F4 (was "strengthening of regional arrangements")
    (
        "Recalling that it decided that the Office of the United Nations High Commissioner for Human Rights,\u00b9",
        "Office of the United Nations High Commissioner for Human Rights",
    ),  # no body named before the verb: read as before
]


@pytest.mark.parametrize(("body", "anchor"), THAT_CLAUSE_ACTS)
def test_an_act_whose_that_clause_runs_to_the_mark(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


# "report" after "to", "will" or another modal is a verb: it opens no document's name, and what it leaves is read as
# if a verb ended it. (paragraph, anchor of mark 1)
REPORT_AS_VERB = [
    (
        "Welcoming that the Commission will report on social aspects related to the agreed main theme,\u00b9",
        "agreed main theme",
    ),  # the A/RES/78/174 F9 clause without the decision it completes (was "report")
    # unchanged: the noun after a determiner; a name after the verb
    (
        "Requests the Commission to report on the implementation of the Madrid International Plan of Action on"
        " Ageing,\u00b9",
        "Madrid International Plan of Action on Ageing",
    ),
    (
        "Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the"
        " implementation of the present resolution,\u00b9",
        "report on the implementation of the present resolution",
    ),
]


@pytest.mark.parametrize(("body", "anchor"), REPORT_AS_VERB)
def test_report_after_to_or_a_modal_is_a_verb(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


# A declaration titled in plain words ("(political) declaration on" and its subject, which may end in capitalised
# names, with where it was adopted before "declaration") is read whole; where and when it was adopted after it is no
# part of the title. (paragraph, {footnote number: anchor})
DECLARATIONS_ON = [
    (
        "Recalling also the adoption of the declaration on democratic and peaceful elections as a means of"
        " strengthening stability and achieving the Sustainable Development Goals in Central Africa at the fiftieth"
        " ministerial meeting of the Standing Advisory Committee,\u00b9",
        {
            1: "declaration on democratic and peaceful elections as a means of strengthening stability and achieving"
            " the Sustainable Development Goals in Central Africa"
        },
    ),  # A/RES/80/63 F7, 79/68 F11, 78/59 F10: A/76/274 (was "Standing Advisory Committee", audit9 gaD 1)
    (
        "Welcoming the holding of the fifty-eighth ministerial meeting of the Committee, including the Bangui"
        " declaration on security and the fight against armed groups in the Central African Republic, \u00b9 and of"
        " the fifty-ninth ministerial meeting of the Committee",
        {
            1: "Bangui declaration on security and the fight against armed groups in the Central African Republic"
        },
    ),  # A/RES/80/63 F8: A/80/227 (was "Central African Republic", audit9 gaD 2)
    (
        "Welcoming the adoption of the Kint\u00e9l\u00e9 declaration on hate speech in Central Africa, \u00b9 on 16"
        " January 2023 in Kint\u00e9l\u00e9, Congo",
        {1: "Kint\u00e9l\u00e9 declaration on hate speech in Central Africa"},
    ),  # A/RES/80/63 F11, 79/68 F18: A/78/266 (was "Central Africa", audit9 gaD 2)
    (
        "recalling the adoption by the General Assembly at its seventy-second session of the political declaration on"
        " the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons \u00b9"
        " following the high-level meeting of the Assembly on the appraisal of the Global Plan of Action,",
        {
            1: "political declaration on the implementation of the United Nations Global Plan of Action to Combat"
            " Trafficking in Persons"
        },
    ),  # A/RES/80/63 F4, 79/68 F8, 78/59 F8, 79/136 F7: 72/1 (was the Global Plan, 64/293, audit9 gaD 6)
    (
        "Recalling the political declaration on the implementation of the United Nations Global Plan of Action to"
        " Combat Trafficking in Persons, adopted at the high-level meeting of the General Assembly held in New York on"
        " 27 and 28 September 2017,\u00b9",
        {
            1: "political declaration on the implementation of the United Nations Global Plan of Action to Combat"
            " Trafficking in Persons"
        },
    ),  # A/RES/78/182 F9: 72/1 (was the Global Plan)
    (
        "Welcoming the conclusions of the fifty-sixth ministerial meeting of the Standing Advisory Committee, held in"
        " Kigali from 20 to 24 November 2023, including the Kigali declaration on the prevention and combating of"
        " unconstitutional changes in Central Africa\u00b9 and the Kigali declaration on the humanitarian situation in"
        " Central Africa,\u00b2 both adopted on 24 November 2023,",
        {
            1: "Kigali declaration on the prevention and combating of unconstitutional changes in Central Africa",
            2: "Kigali declaration on the humanitarian situation in Central Africa",
        },
    ),  # A/RES/79/68 F12, F13 (were "Central Africa")
    (
        "and the Convention in support of the final adoption of the regional strategy in Central Africa,\u00b9",
        {1: "Central Africa"},
    ),  # probe (negative): only a declaration is titled so in plain words; the walk reads the name at the mark
    (
        "at which the General Assembly adopted the political declaration on the midterm review of the Sendai"
        " Framework;\u00b9",
        {1: "political declaration on the midterm review of the Sendai Framework"},
    ),  # A/RES/78/120, 79/139, 80/113 F14, 78/119, 79/140 F7: 77/289 (was "review of the Sendai Framework")
    (
        "Welcomes the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the"
        " Kint\u00e9l\u00e9 Declaration on hate speech in Central Africa, \u00b9 on 16 January 2023 in Kint\u00e9l\u00e9,"
        " Congo, and recalling the Sao Tome Declaration on refugees and internally displaced persons,\u00b2 adopted at"
        " the fifty-fifth ministerial meeting",
        {
            1: "Kint\u00e9l\u00e9 Declaration on hate speech in Central Africa",
            2: "Sao Tome Declaration on refugees and internally displaced persons",
        },
    ),  # A/RES/78/59 F13, F15: A/78/266, "Declaration" capitalised (were "Central Africa", "Sao Tome Declaration", re24)
    (
        "to give priority attention to the Copenhagen commitments and the Declaration on the tenth anniversary of the"
        " World Summit for Social Development,\u00b9 to continue to be actively involved",
        {1: "Declaration on the tenth anniversary of the World Summit for Social Development"},
    ),  # A/RES/78/174 F24: E/2005/26 and 2005/234 (was "World Summit for Social Development")
    (
        "the Bangalore Principles of Judicial Conduct,\u00b9 the Istanbul Declaration on Transparency in the Judicial"
        " Process and the measures for effective implementation of the Istanbul Declaration,\u00b2 the Guidelines",
        {
            1: "Bangalore Principles of Judicial Conduct",
            2: "Istanbul Declaration on Transparency in the Judicial Process and the measures for effective"
            " implementation of the Istanbul Declaration",
        },
    ),  # A/RES/78/227 F6: A/73/831-E/2019/56 (was "Istanbul Declaration", the last two words)
    (
        "Reaffirming the Declaration on Principles of International Law concerning Friendly Relations and Cooperation"
        " among States in accordance with the Charter of the United Nations,\u00b9",
        {
            1: "Declaration on Principles of International Law concerning Friendly Relations and Cooperation among"
            " States in accordance with the Charter of the United Nations"
        },
    ),  # A/RES/78/191 F3: 2625 (XXV) (was "Charter of the United Nations")
    # unchanged: a subject all in plain words; no "on"; a new item after "and the"; a clause after a comma
    (
        "Welcoming the adoption of the Sao Tome declaration on refugees and internally displaced persons, \u00b9 adopted"
        " at the fifty-fifth ministerial meeting",
        {1: "Sao Tome declaration on refugees and internally displaced persons"},
    ),  # A/RES/80/63 F13
    (
        "Recalling the Luanda declaration on mediation initiatives in Central Africa \u00b9 and the Luanda declaration"
        " in support of the final adoption of the regional strategy and plan of action for the prevention and"
        " combating of hate speech and incitement to violence in Central Africa,\u00b2",
        {
            1: "Luanda declaration on mediation initiatives in Central Africa",
            2: "Luanda declaration in support of the final adoption of the regional strategy and plan of action for the"
            " prevention and combating of hate speech and incitement to violence in Central Africa",
        },
    ),  # A/RES/79/68 F14, F15: "declaration in support of" is now read as "declaration on" is (F15 was "Central
    # Africa", a place in the title, not the declaration the footnote "Ibid., annex IV" cites; audit ga12)
    (
        "Recalling the political declaration on Africa\u2019s development needs and the Paris Agreement,\u00b9",
        {1: "Paris Agreement"},
    ),
    (
        "Recalling the declaration on the commemoration of the seventy-fifth anniversary of the United Nations, in which"
        " it called for the diplomatic toolbox of the Charter to be used,\u00b9",
        {1: "declaration on the commemoration of the seventy-fifth anniversary of the United Nations"},
    ),  # (read by the rule on a relative clause after a name, as before)
]


@pytest.mark.parametrize(("body", "anchors"), DECLARATIONS_ON)
def test_a_declaration_titled_in_plain_words(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# An instrument titled in plain words after its noun ("Convention for the" and a subject in plain words that ends in a
# place's name) is read whole, with whose it is before the noun; the place alone is no anchor. A capitalised subject is
# a name read whole as before. (paragraph, {footnote number: anchor})
INSTRUMENTS_FOR = [
    (
        "Recalling all of the relevant resolutions and international instruments adopted by the General Assembly, the"
        " \nSecurity Council, the Economic and Social Council and the Organization of African \nUnity, inter alia,"
        " the Organization of African Unity Convention for the elimination of \nmercenarism in Africa,\u00b9 as well"
        " as by the African Union,",
        {1: "Organization of African Unity Convention for the elimination of mercenarism in Africa"},
    ),  # A/RES/78/191 P2 F2: UNTS 1490/25573 (was "Africa")
    (
        "Recalling the Treaty on the prohibition of nuclear weapons in Latin America,\u00b9",
        {1: "Treaty on the prohibition of nuclear weapons in Latin America"},
    ),  # probe from A/RES/78/191 P2: another instrument noun, "on the"
    (
        "Recalling the Convention on the Rights of the Child,\u00b9 and the Convention for the Elimination of"
        " Mercenarism in Africa,\u00b2",
        {
            1: "Convention on the Rights of the Child",
            2: "Convention for the Elimination of Mercenarism in Africa",
        },
    ),  # capitalised titles: read whole by the walk, unchanged
]


@pytest.mark.parametrize(("body", "anchors"), INSTRUMENTS_FOR)
def test_an_instrument_titled_in_plain_words(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors


# A body, the session at which it acted set apart by commas, and what it did in plain words up to the mark: the
# body and its session carry the mark (the footnote gives the session's report), not a plain word of what it did;
# with the mark right after the session, the body is read with it. (paragraph, anchor of mark 1)
BODY_AT_SESSION = [
    (
        "79. Recalls that the Committee on Fisheries, at its thirty-third session, emphasized, in the context of the 2030"
        " Agenda for Sustainable Development, the need to ensure comparability and consistency of reporting"
        " indicators at global, regional and national levels, while minimizing the burden on its members; \u00b9",
        "Committee on Fisheries, at its thirty-third session",
    ),  # A/RES/78/68 F29, 79/145 F31, 80/109 F30: FAO document C 2019/23 (was "need", audit9 gaB 2)
    (
        "and notes that the Committee on Fisheries, at its thirty-fifth session, and the Governing Body of the"
        " International Labour Organization, at its 344th session, \u00b9 endorsed the revised terms of reference",
        "Governing Body of the International Labour Organization, at its 344th session",
    ),  # A/RES/78/68 F31: GB.344/Decisions (was "its 344th session")
    # unchanged: what the body did names an instrument; a session that is when a report is due
    (
        "Also notes that the Committee on Fisheries, at its thirty-sixth session, welcomed the progressive"
        " discussions on aquatic foods under the United Nations Framework Convention on Climate Change,\u00b9",
        "United Nations Framework Convention on Climate Change",
    ),  # A/RES/79/145 F25
    (
        "Requests the Secretary-General to submit to the General Assembly, at its seventy-ninth session, a report on"
        " the implementation of the present resolution,\u00b9",
        "report on the implementation of the present resolution",
    ),
]


@pytest.mark.parametrize(("body", "anchor"), BODY_AT_SESSION)
def test_a_body_at_its_session(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


# A report of the Secretary-General whose subject names an instrument ("on the implementation of article 3 of the
# Relationship Agreement") carries a mark after the clause's own ";" when the footnote gives a document symbol: the
# ";" is no new item between the report and the mark. (paragraph, footnote, anchor of mark 1)
SECRETARY_GENERAL_REPORT_ON_AN_INSTRUMENT = [
    (
        "Welcomes the cooperation between the United Nations and the International Criminal Court, and in this regard"
        " takes note of the information included in the report of the Secretary-General on the implementation of"
        " article 3 of the Relationship Agreement;\u00b9",
        "A/80/344.",
        "report of the Secretary-General",
    ),  # A/RES/80/6 F8, 79/6, 78/6 F8 (was "Relationship Agreement", audit9 gaF 1)
    (
        "3. Also welcomes the most recent reports of the Secretary-General on the status of the Convention;\u00b9",
        "A/74/213, A/76/315, and A/78/347.",
        "reports of the Secretary-General",
    ),  # A/RES/78/207 F10 (was "Convention")
    # unchanged: a treaty footnote sources the instrument; no document of the Secretary-General
    (
        "Welcoming the report of the Secretary-General on the implementation of the Convention on Biological"
        " Diversity;\u00b9",
        "United Nations, Treaty Series, vol. 1760, No. 30619.",
        "Convention on Biological Diversity",
    ),
    (
        "Recalls article 3 of the Relationship Agreement;\u00b9",
        "A/58/874.",
        "Relationship Agreement",
    ),  # audit9 gaF probe p1 F4
]


@pytest.mark.parametrize(("body", "note", "anchor"), SECRETARY_GENERAL_REPORT_ON_AN_INSTRUMENT)
def test_a_report_of_the_secretary_general_on_an_instrument(body: str, note: str, anchor: str) -> None:
    assert footnote_anchors(body, {"\u00b9": note})[1] == anchor


# Thanks to the Secretary-General "for his report" name his document: when the footnote gives a document symbol and
# what follows the report runs to the mark with no new item, the report carries the mark, not the instrument of a
# locator at the end ("under article 36, paragraph 2, of the Agreement"). (paragraph, footnote, anchor of mark 1)
SECRETARY_GENERAL_FOR_HIS_REPORT = [
    (
        "67. Expresses its appreciation to the Secretary-General for his updated report submitted to the resumed Review"
        " Conference in accordance with paragraph 60 of resolution 74/18 of 10 December 2019 to assist the Review"
        " Conference in discharging its mandate under article 36, paragraph 2, of the Agreement; \u00b9",
        "A/CONF.210/2023/1.",
        "updated report",
    ),  # A/RES/78/68 F27 (was "Agreement", audit9 gaB 1)
    # unchanged: a treaty footnote sources the instrument
    (
        "67. Expresses its appreciation to the Secretary-General for his updated report submitted to the resumed Review"
        " Conference in accordance with paragraph 60 of resolution 74/18 of 10 December 2019 to assist the Review"
        " Conference in discharging its mandate under article 36, paragraph 2, of the Agreement; \u00b9",
        "United Nations, Treaty Series, vol. 2167, No. 37924.",
        "Agreement",
    ),
]


@pytest.mark.parametrize(("body", "note", "anchor"), SECRETARY_GENERAL_FOR_HIS_REPORT)
def test_the_secretary_general_thanked_for_his_report(body: str, note: str, anchor: str) -> None:
    assert footnote_anchors(body, {"\u00b9": note})[1] == anchor


# An act by an agent and what it was done to in plain words, running to the mark: what it was done to carries the mark
# (the footnote sources it), not the agent, a capitalised name before it. A capitalised object is read as before.
# (paragraph, {footnote number: anchor})
PLAIN_OBJECTS_OF_ACTS = [
    (
        "Taking note of the realization of the Global Family Farming Forum, \nco\u2011organized by the Food and"
        " Agriculture Organization of the United Nations and the \nInternational Fund for Agricultural Development"
        " from 15 to 18 October 2024, \nwelcoming the respective commitments made by Governments to support family"
        " \nfarming and implement the Decade through inclusive efforts, including the adoption \nby 16 Governments of"
        " national action plans for family farming,\u00b9 and looking forward \nto the convening of the second"
        " International Conference on Agrarian Reform,",
        {1: "national action plans for family farming"},
    ),  # A/RES/80/157 P27 F29: A/80/276 (was "Governments"; 79/227 F29 reads "their national action plans")
    (
        "Encourages the adoption by Member States of national action plans with a view to achieving the goals,\u00b9",
        {1: "national action plans with a view to achieving the goals"},
    ),  # probe from A/RES/80/191 O39: another agent
    (
        "Recalling the adoption by the General Assembly of the 2030 Agenda for Sustainable Development,\u00b9",
        {1: "2030 Agenda for Sustainable Development"},
    ),  # a name after "of the": read as before (A/RES/78/228 P1)
]


@pytest.mark.parametrize(("body", "anchors"), PLAIN_OBJECTS_OF_ACTS)
def test_what_an_act_was_done_to_in_plain_words(body: str, anchors: dict[int, str]) -> None:
    assert footnote_anchors(body) == anchors
