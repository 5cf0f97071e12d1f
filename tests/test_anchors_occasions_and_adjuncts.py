"""anchors.py: what follows a name and only says where, when, how or what for (an occasion, a manner, a clause or a
participle after the name) is no name of its own; one table per rule, from the corpus's own sentences (exact expected
anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# An occasion after an instrument ("at the <meeting> (of <body>) (on <subject>), held (at/in <place>) on <date>") says
# where it was adopted and names no document: the instrument carries the mark.
# (paragraph, footnote number, anchor)
OCCASIONS = [
    (
        "Recalling the adoption of the New York Declaration for Refugees and Migrants\nat the high-level plenary meeting"
        " of the General Assembly on addressing large\nmovements of refugees and migrants, held on 19 September 2016,"
        "\u00b2",
        2,
        "New York Declaration for Refugees and Migrants",
    ),  # A/RES/78/180 F12 (mark 2 here): resolution 71/1 (was "General Assembly")
    (
        "Welcoming the adoption of the 2021 Political Declaration on the Implementation\nof the United Nations Global"
        " Plan of Action to Combat Trafficking in Persons at the\nhigh-level meeting of the General Assembly held at"
        " United Nations Headquarters in\nNew York on 22 and 23 November 2021,\u2077",
        7,
        "2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat"
        " Trafficking in Persons",
    ),  # A/RES/79/189 F7: resolution 76/7, annex (was "General Assembly")
    (
        "Recalling the adoption of the New York Declaration for Refugees and Migrants at the high-level plenary meeting"
        " on addressing large movements of refugees and migrants, held on 19 September 2016,\u00b9",
        1,
        "New York Declaration for Refugees and Migrants",
    ),  # audit12 gaI probe p5 (was "high-level plenary meeting on addressing large movements of refugees and migrants")
    (
        "Welcoming the 2021 Political Declaration on the Implementation of the Plan, adopted at the high-level meeting"
        " held in New York on 22 and 23 November 2021,\u00b9",
        1,
        "2021 Political Declaration on the Implementation of the Plan",
    ),  # audit12 gaG probe t3 (was "New York on 22 and 23 November 2021")
    (
        "Welcoming the adoption of the 2021 Political Declaration on the Implementation\nof the United Nations Global"
        " Plan of Action to Combat Trafficking in Persons on\n22 November 2021 at the high-level meeting of the General"
        " Assembly on the\nappraisal of the Global Plan of Action,\u00b9 in which Member States reiterated",
        1,
        "2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat"
        " Trafficking in Persons",
    ),  # A/RES/78/228 F16 (mark 1 here): resolution 76/7, annex (was "Global Plan of Action": the day of adoption before the occasion)
    # unchanged: a new item after the meeting; no name before it
    (
        "Welcoming the 2021 Political Declaration at the high-level meeting and the United Nations Convention against"
        " Corruption,\u00b9",
        1,
        "United Nations Convention against Corruption",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), OCCASIONS)
def test_an_instrument_before_the_occasion(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Recalling the adoption of the New York Declaration for Refugees and Migrants at the high-level plenary"
            " meeting of the General Assembly on addressing large movements of refugees and migrants, held on 19"
            " September 2016,",
            "New York Declaration for Refugees and Migrants",
        ),
        (
            "Welcoming the 2021 Political Declaration at the high-level meeting and the Convention against Corruption,",
            None,
        ),  # a new item after the occasion
        (
            "Welcoming the adoption of the 2021 Political Declaration on the Plan on 22 November 2021 at the high-level"
            " meeting of the General Assembly on the appraisal of the Global Plan of Action,",
            "2021 Political Declaration on the Plan",
        ),  # A/RES/78/228 F16: the day of adoption between the name and the occasion
        (
            "Noting the progress made on 22 November 2021 at the high-level meeting of the General Assembly,",
            None,
        ),  # plain words before the date: no instrument
        (
            "Noting the progress made at the high-level meeting of the General Assembly,",
            None,
        ),  # plain words before it: no instrument
        (
            "Recalling the New York Declaration at the high-level meeting, which called for a global compact,",
            None,
        ),  # a clause after the occasion
    ],
)
def test_adopted_at_meeting(text: str, want: str | None) -> None:
    assert a._adopted_at_meeting(text, len(text)) == want


# A manner adjunct at the end ("in the (six) official languages of the United Nations", with ", including
# electronically,") is never a name: the object before it carries the mark, as it does without the adjunct.
#: The decision with what it is to do, up to the object before the adjunct.
TOOLKIT = (
    "decision by the Commission to authorize the publication of a legal toolkit on the coronavirus disease (COVID-19)"
    " and international trade law instruments"
)
IN_LANGUAGES = [
    (
        "Welcomes the decision by the Commission to authorize the publication of\na legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law\ninstruments, including electronically, in the six official"
        " languages of the United\nNations,\u00b9 and encourages States and other stakeholders to consult the toolkit;",
        1,
        TOOLKIT,
    ),  # A/RES/78/103 F13 (mark 1 here): Ibid., chap. XII, sect. B.2 (was "six official languages of the United Nations",
    # then "decision by the Commission": a round-8 reader gave the toolkit, which the decision with its task holds)
    (
        "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law instruments in the six official languages of the United"
        " Nations,\u00b9",
        1,
        TOOLKIT,
    ),  # audit12 gaG probe w2 (was "six official languages of the United Nations")
    (
        "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law instruments,\u00b9",
        1,
        TOOLKIT,
    ),  # audit12 gaG probe w3: the same without the adjunct
    # unchanged: a name that ends in "United Nations" with no "official languages" before it
    (
        "Recalling the Convention on the Privileges and Immunities of the United Nations,\u00b9",
        1,
        "Convention on the Privileges and Immunities of the United Nations",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), IN_LANGUAGES)
def test_the_object_before_the_languages(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "cut"),
    [
        (
            "a legal toolkit on trade law instruments, including electronically, in the six official languages of the"
            " United Nations",
            "a legal toolkit on trade law instruments",
        ),
        ("the report in all official languages", "the report"),
        ("the Convention on the Privileges and Immunities of the United Nations", None),
        ("the languages of the United Nations", None),
    ],
)
def test_in_official_languages(head: str, cut: str | None) -> None:
    m = a._IN_OFFICIAL_LANGUAGES.search(head)
    assert (None if m is None else head[: m.start()]) == cut


# A declaration by a body on a subject in plain words is read whole (its plain modifiers, the body, the subject), and a
# trailing ", following up to <the earlier instrument>" is no part of it: the declaration carries the mark, the
# instrument it follows up is named (and sourced) as an item of its own.
DECLARATIONS_FOLLOWING_UP = [
    (
        "Ministerial Declaration on Strengthening Our Actions at the National, Regional and\nInternational Levels to"
        " Accelerate the Implementation of Our Joint Commitments to\nAddress and Counter the World Drug Problem,\u2077"
        " as well as the high-level declaration\nby the Commission on Narcotic Drugs on the 2024 midterm review,"
        " following up to\nthe Ministerial Declaration of 2019,\u2078",
        8,
        "high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review",
    ),  # A/RES/79/191 F8 (also 80/229 F38): E/2024/28 (was "Ministerial Declaration of 2019", F7's instrument)
    (
        "as reaffirmed in the 2019 Ministerial Declaration on Strengthening Our Actions and the 2024 high-level"
        " declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial"
        " Declaration of 2019,\u2077",
        7,
        "2024 high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review",
    ),  # A/RES/78/284 F7, shortened: E/2024/28 (was "Ministerial Declaration of 2019")
    (
        "Recalling the high-level declaration by the Commission on the 2024 midterm review,\u00b3",
        3,
        "high-level declaration by the Commission on the 2024 midterm review",
    ),  # audit12 gaJ probe p4 (was "declaration by the Commission")
    # unchanged: "building on" an instrument, whose mark is on it (A/RES/80/3 F13: 69/313, the Addis Ababa Action Agenda)
    (
        "We welcome the outcome document of the Fourth International Conference on Financing for Development, the"
        " Sevilla Commitment,\u00b2 which renews the global financing for development framework, building on the Addis"
        " Ababa Action Agenda,\u00b3",
        3,
        "Addis Ababa Action Agenda",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DECLARATIONS_FOLLOWING_UP)
def test_a_declaration_by_a_body_on_a_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "as well as the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review,"
            " following up to the Ministerial Declaration of 2019,",
            "high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review",
        ),
        (
            "the declaration by the Commission on Narcotic Drugs on the review and the Political Declaration,",
            None,
        ),  # a new item after the subject
        (
            "the declaration by the Commission on Narcotic Drugs on the review, which calls for action,",
            None,
        ),  # a clause after it
        ("the declaration by the Commission on Narcotic Drugs,", None),  # no subject: read as it was
    ],
)
def test_declaration_by_on(text: str, want: str | None) -> None:
    assert a._declaration_by_on(text, len(text)) == want


# A mark that closes ", in which <clause>" after another mark: the name before ", in which" in the conjunct after that
# mark carries it, never a name before that mark (when the clause names no document).
CLAUSES_AFTER_A_MARK = [
    (
        "Taking note with appreciation of the World Health Organization guiding principles\non human cell, tissue and"
        " organ transplantation, endorsed by the sixty-third World Health\nAssembly in its resolution 63.22 of 21 May"
        " 2010,\u2078 and World Health Assembly\nresolution 77.4 of 1 June 2024 on increasing availability, ethical"
        " access and oversight of\ntransplantation of human cells, tissues and organs, in which the World Health"
        " Assembly\nurged member States to take measures to increase the availability, ethical access and\noversight"
        " of transplantation of human cells, tissues and organs,\u2079",
        9,
        "World Health Assembly resolution 77.4",
    ),  # A/RES/79/189 F9: WHA77.4 (was "Health Organization guiding principles", F8's anchor)
    (
        "Taking note of the guiding principles on transplantation,\u00b9 and World Health Assembly resolution 77.4 of 1"
        " June 2024 on increasing availability of organs, in which the World Health Assembly urged member States to"
        " take measures,\u00b2",
        2,
        "World Health Assembly resolution 77.4",
    ),  # audit12 gaG probe v1 (was "guiding principles")
    (
        "Taking note of the guiding principles on transplantation,\u00b9 and the report of the Secretary-General on"
        " organs, in which the Secretary-General urged member States to take measures,\u00b2",
        2,
        "report of the Secretary-General",
    ),  # audit12 gaG probe v2 (was the report with the whole clause), as v5 reads it without the other mark
    # unchanged: a clause that names a document carries the mark on that document
    (
        "Recalling the guiding principles on transplantation,\u00b9 and resolution 44/25 of 20 November 1989, by which"
        " it adopted the Convention on the Rights of the Child,\u00b2",
        2,
        "Convention on the Rights of the Child",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), CLAUSES_AFTER_A_MARK)
def test_the_name_before_a_clause_after_a_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A that-clause governed by a participle's manner noun ("noting with deep concern that ..."): the clause's words from
# its first word up to the mark, never the governing "concern that" (a cut inside the clause, before "to take", left only
# its subject and verb, and the phrase read over the last few words crossed the "that").
MANNER_THAT_CLAUSES = [
    (
        "Strongly condemning all acts of violence against humanitarian personnel, and noting with deep concern that"
        " casualties continue to take a heavier toll on\npersonnel of non\u2011governmental organizations than on"
        " United Nations personnel,\u00b9",
        1,
        "casualties continue to take a heavier toll on personnel of non\u2011governmental organizations than on United"
        " Nations personnel",
    ),  # A/RES/80/112 F13 (also 79/138 F13, 78/118 F12; mark 1 here): A/80/292 (was "concern that casualties continue")
    (
        "and noting with concern that violence persists,\u00b9",
        1,
        "violence persists",
    ),  # the clause alone after "concern that" (was "concern that violence persists")
    # unchanged: the manner noun before a determiner opens no clause; the noun phrase at the mark is read
    (
        "Noting with deep concern the report of the Secretary-General,\u00b9",
        1,
        "report of the Secretary-General",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MANNER_THAT_CLAUSES)
def test_the_clause_after_concern_that(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "whole", "start", "want"),
    [
        (
            "and noting with deep concern that casualties continue",
            "and noting with deep concern that casualties continue to take a heavier toll on personnel",
            21,
            "casualties continue to take a heavier toll on personnel",
        ),
        ("noting with concern the report", "noting with concern the report", 12, None),  # no "that"
        (
            "noting with concern that States continue",
            "noting with concern that States continue to face challenges; and " + "x " * 150,
            12,
            None,
        ),  # a clause break or more than the span up to the mark: not read whole
    ],
)
def test_manner_that_clause(head: str, whole: str, start: int, want: str | None) -> None:
    assert a._manner_that_clause(head, whole, start) == want


# A purpose infinitive in plain words that runs on to the mark after an event's name ("to consider areas in which ...")
# is read as if not there: the event carries the mark, not the object of the main verb. Not after a body, a State or an
# instrument (who is to act, or what says so), nor for the one asked or the verb's object.
PURPOSES_AFTER_EVENTS = [
    (
        "Commends the secretariat of the Commission for holding the United Nations\nCommission on International Trade"
        " Law Colloquium on Climate Change and International\nTrade Law to consider areas in which international trade"
        " law can effectively support the\nachievement of climate action goals set by the international community, the"
        " scope and value\nof legal harmonization in those areas and the need for international guidance for"
        " legislators,\npolicymakers, courts and dispute resolution bodies;\u00b9",
        1,
        "United Nations Commission on International Trade Law Colloquium on Climate Change and International Trade Law",
    ),  # A/RES/78/103 F8 (mark 1 here): Ibid. (A/78/17), chap. XII, sect. B.3 (a) (was "secretariat of the Commission")
    (
        "Commends the secretariat of the Commission for holding the Colloquium on Climate Change and International"
        " Trade Law;\u00b9",
        1,
        "Colloquium on Climate Change and International Trade Law",
    ),  # audit12 gaG probe w5, unchanged: the same without the infinitive
    # unchanged: a body before "to" is who is to act (A/RES/78/103 F27: 63/120)
    (
        "and welcomes the continuous efforts of the Commission to maintain and improve its website, and to enhance the"
        " visibility of its work by utilizing social media features in accordance with the applicable guidelines.\u00b9",
        1,
        "applicable guidelines",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PURPOSES_AFTER_EVENTS)
def test_the_event_before_its_purpose(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "Commends the secretariat for holding the Colloquium on Climate Change to consider areas in which trade law"
            " can support the goals set by the international community",
            "Commends the secretariat for holding the Colloquium on Climate Change",
        ),
        (
            "Requests the Secretary-General to continue to provide all necessary assistance to the committee",
            None,
        ),  # the one asked
        (
            "Urges the Conference on Disarmament to agree on a programme of work that enables it to begin work",
            None,
        ),  # a body, and the one asked
        (
            "Stresses the need for the Conference to adopt measures that enable all delegations to participate fully",
            None,
        ),  # the infinitive's subject
        (
            "noting the report of the Working Group on Enforced or Involuntary Disappearances, which highlights the"
            " contribution of the Declaration to the progress of international law on enforced disappearance",
            None,
        ),  # "to the": no infinitive
        (
            "Welcomes the Conference on Trade to consider the goals set by the international community, and Decides",
            None,
        ),  # a capital in the tail: no plain words up to the mark
    ],
)
def test_purpose_after_name(head: str, want: str | None) -> None:
    cut = a._purpose_after_name(head)
    assert (None if cut is None else head[:cut]) == want


# A plain document noun left alone at the mark by the cut before "on" ("recommendations", "guidance text") is read with
# its subject in plain words when that runs on to the mark: the subject says which document it is.
DOCUMENTS_ON_SUBJECTS = [
    (
        "Commends the Commission for the finalization and adoption of:\n\n(b) In the area of micro-, small and"
        " medium-sized enterprises, the\nrecommendations on access to credit for micro-, small and medium-sized"
        " enterprises;\u00b9",
        1,
        "recommendations on access to credit for micro-, small and medium-sized enterprises",
    ),  # A/RES/78/103 F6 (mark 1 here): Ibid. (A/78/17) (was "recommendations")
    (
        "Commends the Commission for the finalization and adoption of:\n\n(c) In the area of dispute settlement, the"
        " guidance text on early dismissal and\npreliminary determination;\u00b9",
        1,
        "guidance text on early dismissal and preliminary determination",
    ),  # A/RES/78/103 F7 (mark 1 here) (was "guidance text")
    (
        "(c) In the area of electronic commerce and digital trade, the guidance\ndocument on legal issues relating to"
        " the use of distributed ledger technology in trade;\u00b9",
        1,
        "guidance document on legal issues relating to the use of distributed ledger technology in trade",
    ),  # A/RES/80/161 F7 (mark 1 here): Ibid. (was "guidance document")
    # unchanged: a named instrument after the subject carries the mark
    (
        "Welcomes the recommendations on access to credit and the Model Law on Secured Transactions;\u00b9",
        1,
        "Model Law on Secured Transactions",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENTS_ON_SUBJECTS)
def test_a_document_noun_with_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "In the area of dispute settlement, the guidance text on early dismissal and preliminary determination;",
            "guidance text",
            "guidance text on early dismissal and preliminary determination",
        ),
        (
            "the recommendations on access to credit, and the Model Law on Secured Transactions;",
            "recommendations",
            None,
        ),  # the subject runs on to no mark
        (
            "the recommendations on the implementation of the Convention;",
            "recommendations",
            None,
        ),  # "on the": a name after it is read as before
        (
            "the report on access to credit for small enterprises;",
            "report",
            None,
        ),  # not one of these nouns (a report on a topic: _document_on_topic)
        (
            "the recommendations on access to credit that were adopted;",
            "recommendations",
            None,
        ),  # a clause after the subject
    ],
)
def test_document_on_subject(text: str, read: str, want: str | None) -> None:
    assert a._document_on_subject(text, len(text), read) == want


# "on the occasion of <an anniversary>" after a plain noun phrase and its agent says when that document was adopted:
# the document carries the mark, with its occasion (the reading of "the political declaration on the occasion of the
# twenty-fifth anniversary of ..."); a series of ordinals ("the tenth, fifteenth, twentieth and twenty-fifth") is one
# phrase, not cut at its commas.
# (paragraph, footnote number, anchor)
ON_THE_OCCASION = [
    (
        "Recalling the Programme of Action of the International Conference on Population and Development\u00b9 and"
        " outcome documents of review conferences, reaffirming the Beijing Declaration and Platform for Action,\u00b2"
        " the outcome documents of the twenty-third special session of the General Assembly\u00b3 and the"
        " declarations adopted by the Commission on the Status of Women on the occasion of the tenth, fifteenth,"
        " twentieth and twenty-fifth anniversaries of the Fourth World Conference on Women,\u2074 and taking note of"
        " the agreed conclusions",
        4,
        "declarations adopted by the Commission on the Status of Women on the occasion of the tenth, fifteenth,"
        " twentieth and twenty-fifth anniversaries of the Fourth World Conference on Women",
    ),  # A/RES/78/206 F14 (mark 4 here): E/2005/27 ... E/2020/27 (was "twentieth and twenty-fifth anniversaries of the
    # Fourth World Conference on Women": the series cut at its last comma, the declarations dropped)
    (
        "Welcoming the political declaration adopted by the Commission on the Status of Women on the occasion of"
        " the twenty-fifth anniversary of the Fourth World Conference on Women,\u00b9",
        1,
        "political declaration adopted by the Commission on the Status of Women on the occasion of the twenty-fifth"
        " anniversary of the Fourth World Conference on Women",
    ),  # the same with one ordinal (was "occasion of the twenty-fifth anniversary of ...")
    # unchanged: a plain noun phrase before the occasion is read whole already; a name alone before it
    (
        "Welcoming the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World"
        " Conference on Women,\u00b9",
        1,
        "political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on"
        " Women",
    ),  # A/RES/78/182 F11
    (
        "Welcoming the meeting held by the Commission on the occasion of the tenth anniversary of the Convention,\u00b9",
        1,
        "Convention",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ON_THE_OCCASION)
def test_the_document_before_its_occasion(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "and the declarations adopted by the Commission on the Status of Women on the occasion of the tenth,"
            " fifteenth, twentieth and twenty-fifth anniversaries of the Fourth World Conference on Women",
            "occasion of the tenth, fifteenth, twentieth and twenty-fifth anniversaries of the Fourth World Conference"
            " on Women",
            "declarations adopted by the Commission on the Status of Women on the occasion of the tenth, fifteenth,"
            " twentieth and twenty-fifth anniversaries of the Fourth World Conference on Women",
        ),
        (
            "Recalling the Commission on the occasion of the tenth anniversary",
            "occasion of the tenth anniversary",
            None,
        ),  # a name, no plain noun phrase, before it
        (
            "Recalling the occasion of the tenth anniversary",
            "occasion of the tenth anniversary",
            None,
        ),  # no "on the" before it
    ],
)
def test_on_the_occasion(text: str, read: str, want: str | None) -> None:
    assert a._on_the_occasion(text, len(text), read) == want


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "and the declarations on the occasion of the tenth, fifteenth, twentieth and twenty-fifth anniversaries of the",
            "tenth, fifteenth, twentieth and twenty-fifth anniversaries of the",
        ),  # the series read whole (was "twentieth and twenty-fifth anniversaries of the")
        (
            "Noting the reports, tenth, fifteenth and twentieth anniversaries of the",
            "tenth, fifteenth and twentieth anniversaries of the",
        ),  # a comma after a word that is no ordinal stops it
    ],
)
def test_plain_phrase_over_an_ordinal_series(head: str, want: str) -> None:
    start = a._plain_phrase(head, len(head))
    assert start is not None and head[start:] == want
