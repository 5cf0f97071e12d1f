"""anchors.py: a document named by a plain noun heads the anchor (a complaint or report with its date, a statement on
programme budget implications, a report of joint authors, a report's title, a summary by its authors); one table per
rule, from the corpus's own sentences (exact expected anchors), with the cases the rule must leave alone."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A plain document noun with its owner ("complaint") and the date that ends the head carries the mark, not a
# capitalised name earlier in the clause. (paragraph, footnote number, anchor)
DATED_DOCUMENTS = [
    (
        "Noting with concern the violations of the relevant\nSecurity Council resolutions which had prompted the\n"
        "Government of Lebanon repeatedly to ask the Council for\naction, and particularly its complaint of 3 March"
        " 1981, \u00b9",
        1,
        "complaint",
    ),  # S/RES/488 (1981) F19 (was "Government of Lebanon repeatedly")
    ("Noting with concern its complaint of 3 March 1981,\u00b9", 1, "complaint"),  # the same, alone
    (
        "Taking note of the letters from the Permanent Representative of Lebanon and particularly its note of 2 June"
        " 1982,\u00b9",
        1,
        "note",
    ),  # constructed from S/RES/488 and 501: the same rule, another document noun
    # a report is read from its noun, as a document noun that opens the anchor (unchanged)
    (
        "Acting in accordance with the recommendations\ncontained in his report of 3 March 1993, \u00b9 including in"
        " particular the programme,",
        1,
        "report",
    ),  # S/RES/814 (1993)
    (
        "Noting with concern the violations of the relevant Security Council resolutions which had prompted the"
        " Government of Lebanon repeatedly to ask the Council for action, and particularly its report of 3 March"
        " 1981,\u00b9",
        1,
        "report",
    ),  # constructed from S/RES/488 F19 with "report" for "complaint"
    # not a document noun before the date: the name is read as before
    ("Recalling the Geneva communiqu\u00e9 of 30 June 2012,\u00b9", 1, "Geneva communiqu\u00e9"),
    ("Recalling the Quartet report of 1 July 2016,\u00b9", 1, "Quartet report"),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DATED_DOCUMENTS)
def test_a_dated_document_noun(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A statement (or report) on the budget implications that arise from a report's recommendations carries the mark that
# ends the report's name: the footnote cites the statement (A/C.5/80/2), not the report it names.
IMPLICATIONS = [
    (
        "Having considered the report of the United Nations Joint Staff Pension Board on the work of its eighty-first"
        " session, the statement submitted by the Secretary-General \nin accordance with rule 153 of the rules of"
        " procedure of the General Assembly on \nprogramme budget implications arising from recommendations and"
        " decisions \ncontained in the report of the United Nations Joint Staff Pension Board,\u00b9 the financial"
        " report,",
        1,
        "statement submitted by the Secretary-General",
    ),  # A/RES/80/243 F26 (was "report of the United Nations Joint Staff Pension Board")
    (
        "Having considered the statement submitted by the Secretary-General in \naccordance with rule 153 of the rules"
        " of procedure of the General Assembly on \nprogramme budget implications arising from recommendations"
        " contained in the \nreport of the International Civil Service Commission for 2025\u00b9 and the related report",
        1,
        "statement submitted by the Secretary-General",
    ),  # A/RES/80/243 F30 (was "report of the International Civil Service Commission for 2025")
    (
        "Having considered the report of the Secretary-General on the \nadministrative and financial implications arising"
        " from the report of the United Nations \nJoint Staff Pension Board,\u00b9 the financial report",
        1,
        "report of the Secretary-General",
    ),  # A/RES/78/253 F21, A/C.5/78/4 (was "report of the United Nations Joint Staff Pension Board")
    # the report is an item of its own, or no implications arise from it: the report is read
    (
        "Having considered the statement submitted by the Secretary-General on programme budget implications, and the"
        " report of the United Nations Joint Staff Pension Board,\u00b9",
        1,
        "report of the United Nations Joint Staff Pension Board",
    ),
    (
        "Having considered the statement submitted by the Secretary-General on the recommendations contained in the"
        " report of the International Civil Service Commission,\u00b9",
        1,
        "report of the International Civil Service Commission",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), IMPLICATIONS)
def test_a_statement_on_budget_implications(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A report of two authors joined by "and the", with what the second is for, and a subject in plain words that runs on
# to the mark: the report, as a report of one author is read, not the name its subject ends in.
JOINT_AUTHORS = [
    (
        "Having considered the report of the Chief Executive of Pension Administration and the Acting \nRepresentative"
        " of the Secretary-General for the investment of the assets of the Fund \non the implementation of the"
        " recommendations of the Board of Auditors contained in \nits report for the year ended 31 December 2024 on"
        " the United Nations Joint Staff \nPension Fund\u00b9 and the related report",
        1,
        "report of the Chief Executive of Pension Administration and the Acting Representative of the"
        " Secretary-General for the investment of the assets of the Fund",
    ),  # A/RES/80/243 F28, A/80/328 (was "United Nations Joint Staff Pension Fund")
    (
        "Having considered the report of the Chief Executive of Pension Administration on the implementation of the"
        " recommendations of the Board of Auditors contained in its report for the year ended 31 December 2024 on the"
        " United Nations Joint Staff Pension Fund\u00b9 and the related report",
        1,
        "report of the Chief Executive of Pension Administration",
    ),  # audit12 gaJ probe p1 (one author: unchanged)
    # a second item, not a second author: the instrument it names carries the mark
    (
        "Welcoming the report of the Secretary-General and the entry into force of the Convention on Biological"
        " Diversity,\u00b9",
        1,
        "Convention on Biological Diversity",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), JOINT_AUTHORS)
def test_a_report_of_joint_authors(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A report of an author on a subject with its title in quotes at the mark: the report and its title, as printed (as the
# May 2020 report of the Secretary-General entitled “Road map for digital cooperation” is read), not the report alone
# nor a name the title ends in; a title read whole stays as it was.
REPORT_TITLES = [
    (
        "Welcoming the report of the Special \nRapporteur on the rights of Indigenous Peoples entitled \u201cGreen"
        " financing \u2013 a just \ntransition to protect the rights of Indigenous Peoples\u201d \u00b9 and the reports"
        " of the Expert \nMechanism on the Rights of Indigenous Peoples entitled \u201cImpact of militarization on \nthe"
        " rights of Indigenous Peoples\u201d \u00b2",
        1,
        "report of the Special Rapporteur on the rights of Indigenous Peoples entitled \u201cGreen financing \u2013 a"
        " just transition to protect the rights of Indigenous Peoples\u201d",
    ),  # A/RES/78/189 F26 (was "report of the Special Rapporteur")
    (
        "Welcoming the report of the Special \nRapporteur on the rights of Indigenous Peoples entitled \u201cGreen"
        " financing \u2013 a just \ntransition to protect the rights of Indigenous Peoples\u201d \u00b9 and the reports"
        " of the Expert \nMechanism on the Rights of Indigenous Peoples entitled \u201cImpact of militarization on \nthe"
        " rights of Indigenous Peoples\u201d \u00b2",
        2,
        "Impact of militarization on the rights of Indigenous Peoples",
    ),  # A/RES/78/189 F27 (unchanged: the title is read whole)
    (
        "Taking note of the report of the Special Rapporteur on housing entitled \u201cTourism\u201d \u00b9",
        1,
        "report of the Special Rapporteur on housing entitled \u201cTourism\u201d",
    ),  # audit12 gaH probe (was "report of the Special Rapporteur")
    (
        "Taking note of the report of the Special Rapporteur entitled \u201cTourism and Indigenous Peoples\u201d \u00b9",
        1,
        "Tourism and Indigenous Peoples",
    ),  # audit12 gaH probe (unchanged: no subject)
    (
        "Taking note of the report entitled \u201cThe future we want\u201d,\u00b9",
        1,
        "report entitled \u201cThe future we want\u201d",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), REPORT_TITLES)
def test_a_report_with_its_title(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document by someone of a body named in plain words ("the Co-Chairs of the multi-stakeholder forum on ..."): the
# document heads the anchor, not the name the body's ends in.
DOCUMENTS_BY_PLAIN_BODIES = [
    (
        "Taking note of the summary by the Co-Chairs of the multi-stakeholder forum on science, technology \nand"
        " innovation for the Sustainable Development Goals\u00b9 and other relevant processes,",
        1,
        "summary by the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the"
        " Sustainable Development Goals",
    ),  # A/RES/80/118 F26, 78/132 (was "Sustainable Development Goals")
    (
        "Taking note of the summary by the Co-Chairs of the forum,\u00b9",
        1,
        "summary by the Co-Chairs of the forum",
    ),  # audit12 gaJ probe p4 (was "Co-Chairs of the forum")
    # a new item before the mark, or a body named with capitals: read as before
    (
        "Taking note of the summary by the Co-Chairs of the forum, and the Sustainable Development Goals,\u00b9",
        1,
        "Sustainable Development Goals",
    ),
    (
        "Taking note of the statement by the President of the Security Council,\u00b9",
        1,
        "statement by the President of the Security Council",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENTS_BY_PLAIN_BODIES)
def test_a_document_by_a_plain_body(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A request (appeal, letter) sent to someone, by whom and when, that runs on to the mark: the request heads the anchor,
# as "letters addressed to the Security Council on 7 May" does, not the Governments it went to.
SENT_DOCUMENTS = [
    (
        "Takes note of the request communicated to the\nGovernment of Egypt and the Provisional Government\nof Israel by"
        " the Acting Mediator on 26 October \u00b9",
        1,
        "request communicated to the Government of Egypt and the Provisional Government of Israel by the Acting"
        " Mediator on 26 October",
    ),  # S/RES/61 (1948) F41, S/1058 (was "Government of Egypt and the Provisional Government of Israel by ...")
    (
        "Takes note of the letters addressed to the Government of Egypt by the Acting Mediator on 26 October,\u00b9",
        1,
        "letters addressed to the Government of Egypt by the Acting Mediator on 26 October",
    ),  # unchanged (the letter reader)
    # a new item after the addressee: its name carries the mark
    (
        "Takes note of the request communicated to the Government of Egypt and the observations of the Acting"
        " Mediator,\u00b9",
        1,
        "observations of the Acting Mediator",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), SENT_DOCUMENTS)
def test_a_document_sent_to_someone(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A report of a named author whose subject opens with "his", "her", "its" or "their": the report, as with any plain
# subject, not the subject's words.
OWNED_SUBJECTS = [
    (
        "Having received the report of the Secretary-General\non his recent mission on behalf of the Security Council,"
        " \u00b9",
        1,
        "report of the Secretary-General",
    ),  # S/RES/114 (1956) F7 (was "his recent mission on behalf of the Security Council")
    (
        "Having considered the report of the Human Rights Council on its fifty-second session,\u00b9",
        1,
        "report of the Human Rights Council",
    ),  # unchanged
    # no report before the subject: the phrase is read as before
    (
        "Commending the Secretary-General on his recent mission on behalf of the Security Council,\u00b9",
        1,
        "his recent mission on behalf of the Security Council",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), OWNED_SUBJECTS)
def test_a_report_on_an_owned_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A bare report noun read at the mark, far from it: the report with the words that say which one, who prepared or
# submitted it and its subject up to a comma.
PREPARED_REPORTS = [
    (
        "Taking note of the summary report prepared by the Office of the United Nations \nHigh Commissioner for Human"
        " Rights on the half-day panel discussion, held on \n28 September 2022 on the impact of social and economic"
        " recovery plans in the \ncontext of the coronavirus disease (COVID-19) pandemic on Indigenous Peoples, \nwith"
        " special focus on food security,\u00b9",
        1,
        "summary report prepared by the Office of the United Nations High Commissioner for Human Rights on the half-day"
        " panel discussion",
    ),  # A/RES/78/189 F23 (was "report")
    (
        "Having examined the report submitted by the Ad Hoc\nSub-Committee \u00b9 and the recommendations contained\nin"
        " that report,",
        1,
        "report submitted by the Ad Hoc Sub-Committee",
    ),  # S/RES/283 (1970) F7 (was "report")
    # no one who prepared it: the noun is read as before
    ("Taking note of the reports of 18 October 2022,\u00b9", 1, "reports"),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PREPARED_REPORTS)
def test_a_prepared_report(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "his" or "her" is a determiner as "its" is: the Secretary-General's report on a topic in plain words is the
# report with its topic, as "the report on multilingualism" is.
PERSONAL_REPORTS_ON = [
    (
        "55. Recalls the submission by the Secretary-General, in his report on \nmultilingualism,\u00b9 of detailed"
        " terms of reference for the Coordinator for Multilingualism,",
        1,
        "report on multilingualism",
    ),  # A_RES_78_245 O55 F7 (was "report")
    (
        "Taking note of her annual report on the rights of Indigenous Peoples,\u00b9",
        1,
        "annual report on the rights of Indigenous Peoples",
    ),  # probe from A_RES_78_245 O55: the report with a subject that ends in a name
    # a name after the report, in an item of its own, carries the mark
    (
        "Welcomes his report on persons with albinism, and the Convention on the Rights of Persons with"
        " Disabilities,\u00b9",
        1,
        "Convention on the Rights of Persons with Disabilities",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PERSONAL_REPORTS_ON)
def test_a_personal_report_on_a_topic(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A request named with the one who made it ("of" or "by" them) carries the mark, as a letter, statement or reply of someone
# does, not the one who made it (audit-sc2). (paragraph, footnote number, anchor)
REQUESTS_OF = [
    (
        "Acting in response to the request of the Government\nof Lebanon,\u00b9",
        1,
        "request of the Government of Lebanon",
    ),  # S/RES/467 (1980) F29: S/13885 (was "Government of Lebanon")
    (
        "Having considered the requests of the Government of Cyprus,\u00b9",
        1,
        "requests of the Government of Cyprus",
    ),  # made up (the plural)
    (
        "Taking into consideration the request by the Government of Israel\u00b9 for the convocation of the Council,",
        1,
        "request by the Government of Israel",
    ),  # S/RES/101 (1953) F11: S/3140 (was "Government of Israel")
    # unchanged: letters after a request carry their own mark
    (
        "Acting in response to the request of the Government of Lebanon and noting with concern the questions raised in"
        " its letters addressed to the Security Council on 7 May,\u00b9",
        1,
        "letters addressed to the Security Council on 7 May",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), REQUESTS_OF)
def test_a_request_of_someone(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document noun whose "of" is said again before a second author ("the comments of A and of B thereon") heads the
# anchor, both authors and all, not the second author's name alone. (paragraph, footnote number, anchor)
NOUN_OF_TWO_AUTHORS = [
    (
        "Having also considered the note by the Secretary-General drawing attention to\nthe report of the Joint"
        " Inspection Unit on the review of the internal pre-tribunal-stage\nappeal mechanisms available to staff of"
        " the United Nations system organizations, \u00b9 as\nwell as the comments of the Secretary-General and of the"
        " United Nations System\nChief Executives Board for Coordination thereon,\u00b2",
        2,
        "comments of the Secretary-General and of the United Nations System Chief Executives Board for Coordination"
        " thereon",
    ),  # A/RES/79/254 F7: A/79/301/Add.1 (was "United Nations System Chief Executives Board for Coordination thereon")
    (
        "Welcoming the comments of the Secretary-General and of the Board thereon,\u00b9",
        1,
        "comments of the Secretary-General and of the Board thereon",
    ),  # constructed from A/RES/79/254: the second author after "and of the" opening the phrase read
    # unchanged: no document noun before the first author, the plain phrase at the mark stays
    (
        "Welcoming the efforts of the Secretary-General and of the Board thereon,\u00b9",
        1,
        "Board thereon",
    ),  # constructed: "efforts" names no document
    (
        "Having considered the reports of the Secretary-General and of the Advisory Committee,\u00b9",
        1,
        "reports of the Secretary-General and of the Advisory Committee",
    ),  # constructed: a name read whole, as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), NOUN_OF_TWO_AUTHORS)
def test_a_document_noun_of_two_authors(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# audit-ga23o: a study named by its topic with "the" before plain words ("study on the legal nature of ..."), its
# makers' acronym before the noun: the study carries the mark, not the last plain noun phrase of its topic (a participle
# after the topic qualifies what precedes it). (paragraph, footnote number, anchor)
STUDIES_ON_THE_TOPIC = [
    (
        "3. \nAlso commends the Commission for approving the publication of: \n \n(a) \nIn the area of climate"
        " mitigation, adaptation and resilience, the \nUNCITRAL-UNIDROIT study on the legal nature of verified carbon"
        " credits issued \nby independent carbon standard setters;\u00b9",
        1,
        "UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits",
    ),  # A/RES/80/161 F6 (was "verified carbon credits")
    (
        "Takes note of the study on the impact of climate change;\u00b9",
        1,
        "study on the impact of climate change",
    ),  # the same without the makers (was "impact of climate change")
    # unchanged: a capitalised name after "on the" is read as the name it is; a report keeps its own reading; no study
    (
        "Welcomes the study on the United Nations Convention against Corruption;\u00b9",
        1,
        "United Nations Convention against Corruption",
    ),
    (
        "Takes note of the report on the work of its fifty-eighth session;\u00b9",
        1,
        "report on the work of its fifty-eighth session",
    ),
    (
        "Welcomes the efforts of the Commission on the legal nature of verified carbon credits;\u00b9",
        1,
        "verified carbon credits",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), STUDIES_ON_THE_TOPIC)
def test_a_study_on_the_topic(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The recommendations of a study or report are no document of their own: the study or report they come from is named
# (with its author in capitals, or none), and what it recommends is left off. (paragraph, footnote number, anchor)
RECOMMENDATIONS_OF_DOCUMENTS = [
    (
        "and in advancing the implementation of the recommendations of the United Nations study on violence against"
        " children,\u00b9 including through partnerships with regional organizations,",
        1,
        "United Nations study on violence against children",
    ),  # A/RES/78/187 F42 (was "recommendations of the United Nations study ..."), as 80/190 F39 reads it
    (
        "Encourages States to take into account the conclusions and recommendations of the study of the Office of the"
        " United Nations High Commissioner for Human Rights on challenges and best practices in the implementation of"
        " the international framework for the protection of the rights of the child in the context of migration\u00b9"
        " when designing and implementing their migration policies;",
        1,
        "study of the Office of the United Nations High Commissioner for Human Rights on challenges and best practices"
        " in the implementation of the international framework for the protection of the rights of the child in the"
        " context of migration",
    ),  # A/RES/78/217 F33 (was "conclusions and recommendations of the study ...")
    # unchanged: the recommendations of a body, which names no document of its own
    (
        "Welcomes the recommendations of the Special Committee on Peacekeeping Operations,\u00b9",
        1,
        "recommendations of the Special Committee on Peacekeeping Operations",
    ),  # as A/RES/78/188 F24
]


@pytest.mark.parametrize(("body", "number", "anchor"), RECOMMENDATIONS_OF_DOCUMENTS)
def test_the_recommendations_of_a_study(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
