"""anchors.py: the extent of a name read as a noun phrase (audit13 round: a report of a named author on the numbered
sessions of bodies, a plan named by what it is for, the outcome of an event in plain words of a name, a "that" and an
article before the phrase at the mark, a second thing located after "and with the"); one table per rule, from the
corpus's own sentences (exact expected anchors), positive and negative."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph with superscript marks, footnote number, anchor)
REPORTS_ON_SESSIONS = [
    (
        "15. Takes note of the report of the Executive Secretary of the United Nations\nFramework Convention on Climate"
        " Change on the twenty-seventh session of the\nConference of the Parties to the Convention;\u00b9",
        1,
        "report of the Executive Secretary of the United Nations Framework Convention on Climate Change on the"
        " twenty-seventh session of the Conference of the Parties to the Convention",
    ),  # A/RES/78/153 F33, A/78/209 (was "Conference of the Parties to the Convention"; audit13 re5 Sure 1)
    (
        "14. Takes note of the report of the Executive Secretary of the United Nations\nFramework Convention on Climate"
        " Change on the twenty-ninth session of the\nConference of the Parties to the Convention, the nineteenth session"
        " of the Conference\nof the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth\n"
        "session of the Conference of the Parties serving as the Meeting of the Parties to the\nParis Agreement;\u00b9",
        1,
        "report of the Executive Secretary of the United Nations Framework Convention on Climate Change on the"
        " twenty-ninth session of the Conference of the Parties to the Convention, the nineteenth session of the"
        " Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of"
        " the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement",
    ),  # A/RES/80/138 F30, A/80/373 (was the last Conference's name; audit13 re4 Likely 3); also 79/206 F33
    (
        "Takes note of the report of the Executive Secretary of the United Nations Framework Convention on Climate"
        " Change,\u00b9",
        1,
        "report of the Executive Secretary of the United Nations Framework Convention on Climate Change",
    ),  # audit13 re5 probe p2: no session, unchanged
    (
        "Takes note of the report of the Secretary-General and the decisions adopted at the twenty-seventh session of"
        " the Conference of the Parties to the Convention;\u00b9",
        1,
        "decisions adopted at the twenty-seventh session of the Conference of the Parties to the Convention",
    ),  # the session is not what the report is on: no report read
]


@pytest.mark.parametrize(("body", "number", "anchor"), REPORTS_ON_SESSIONS)
def test_reports_on_sessions(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


PLANS_FOR = [
    (
        "38. Recalls the action plan for integrating sustainable development practices\ninto Secretariat-wide"
        " operations and facilities management submitted by the\nSecretary-General,\u00b9 as endorsed in resolution"
        " 72/219;",
        1,
        "action plan for integrating sustainable development practices into Secretariat-wide operations and facilities"
        " management",
    ),  # A/RES/78/153 F43, A/72/82 (was "action plan"; audit13 re5 Likely 2); also 80/138 F43, 79/206 F43
    (
        "Recalls the action plan for integrating sustainable development practices into Secretariat-wide operations"
        " and facilities management,\u00b9",
        1,
        "action plan for integrating sustainable development practices into Secretariat-wide operations and facilities"
        " management",
    ),  # no qualifier after it
    (
        "Recalls the action plan for sustainable development practices,\u00b9",
        1,
        "action plan for sustainable development practices",
    ),  # "for" and no gerund: read by the plan's subject rule as before (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), PLANS_FOR)
def test_plans_for(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "Recalls the action plan for integrating sustainable development practices into Secretariat-wide operations"
            " and facilities management",
            "action plan for integrating sustainable development practices into Secretariat-wide operations and"
            " facilities management",
        ),
        (
            "development and its implementation plan as a forward-looking strategy for reaffirming and strengthening the"
            " contribution of space activities",
            None,
        ),  # A/RES/80/76 P ("Space2030"): "a ... strategy for" is a predicate, no name (no the/its/their before it)
        ("the plan for implementing the Convention", None),  # a name in the object: read by the walk
        ("the strategy for assisting States that request it", None),  # a new clause
    ],
)
def test_plan_for_gerund_reader(head: str, want: str | None) -> None:
    assert a._plan_for_gerund(head) == want


OUTCOMES_OF = [
    (
        "Welcomes the adoption of their decisions, including the decisions\nadopted under the \u201cUAE Consensus\u201d,"
        " which include the outcome of the first global\nstocktake of the Paris Agreement,\u00b9 and urges their full"
        " implementation;",
        1,
        "outcome of the first global stocktake of the Paris Agreement",
    ),  # A/RES/80/138 F41, FCCC/PA/CMA/2023/16/Add.1 (was "Paris Agreement"; audit13 re4 Sure 1); also 79/206 F41
    (
        "Stresses the importance of the implementation of the Paris Agreement,\u00b9",
        1,
        "Paris Agreement",
    ),  # no document noun: the Agreement
    (
        "74. Takes note of the report of the eighteenth round of informal consultations of States \nParties to the"
        " Agreement,\u00b9 which focused its discussions on the topic",
        1,
        "report of the eighteenth round of informal consultations of States Parties to the Agreement",
    ),  # A/RES/80/109 F29, ICSP17/UNFSA/INF.3 (was "Agreement"; audit-ga5): the round of a series of events
    (
        "Takes note of the report of the informal consultations of States Parties to the Agreement,\u00b9",
        1,
        "report of the informal consultations of States Parties to the Agreement",
    ),  # unchanged: no round
    (
        "72. Takes note of the report of the seventeenth round of informal consultations of States parties to the"
        " Agreement,\u00b9 which focused its discussions on the topic",
        1,
        "report of the seventeenth round of informal consultations of States parties to the Agreement",
    ),  # A/RES/79/145 F30, ICSP17/UNFSA/INF.3 (was "Agreement"; audit-fish): "parties" in lower case, as printed
    (
        "Recalling the obligations of States parties to the Convention,\u00b9",
        1,
        "Convention",
    ),  # unchanged: no document noun before the parties
    (
        "71. Takes note of the reports of the resumed Review Conference on the \nAgreement and of the sixteenth round of"
        " informal consultations of States parties to \nthe Agreement,\u00b9 which served as a preparatory meeting for the"
        " resumed Review \nConference;",
        1,
        "sixteenth round of informal consultations of States parties to the Agreement",
    ),  # A/RES/78/68 F28, ICSP16/UNFSA/INF.3 (was "Agreement"; audit-ga23f): the round, second "of" of the reports
    (
        "Takes note of the reports of the resumed Review Conference on the Agreement and of the sixteenth round of"
        " informal consultations of States Parties to the Agreement,\u00b9",
        1,
        "sixteenth round of informal consultations of States Parties to the Agreement",
    ),  # the same with "States Parties" in capitals
    (
        "Takes note of the work of the resumed Review Conference on the Agreement and of the sixteenth round of"
        " informal consultations of States parties to the Agreement,\u00b9",
        1,
        "Agreement",
    ),  # unchanged: no reports before the round, whose second "of" it would be
    (
        "Takes note of the reports of the resumed Review Conference on the Agreement and of the sixteenth meeting of"
        " States parties to the Agreement,\u00b9",
        1,
        "Agreement",
    ),  # unchanged: no round of a series
]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "the report of the eighteenth round of informal consultations of States Parties",
            "report of the eighteenth round of informal consultations of States Parties",
        ),
        (
            "the report of the round of consultations of States Parties",
            "report of the round of consultations of States Parties",
        ),
        ("the report of the eighteenth round and informal consultations of States Parties", None),
        (
            "the reports of the resumed Review Conference on the Agreement and of the sixteenth round of informal"
            " consultations of States Parties",
            "sixteenth round of informal consultations of States Parties",
        ),
        (
            "the work of the resumed Review Conference on the Agreement and of the sixteenth round of informal"
            " consultations of States Parties",
            None,
        ),
    ],
)
def test_document_of_plain_of_round(head: str, want: str | None) -> None:
    at = a._document_of_plain_of(head, head.index("States"))
    assert (None if at is None else head[at:]) == want


@pytest.mark.parametrize(("body", "number", "anchor"), OUTCOMES_OF)
def test_outcomes_of(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


THAT_ARTICLE = [
    (
        "noting the repeated encouragement by the\nHigh Commissioner for the Security Council to refer the situation to"
        " the International\nCriminal Court, and regretting that a draft resolution \u00b9  was not adopted\n"
        "notwithstanding broad support from Member States,",
        1,
        "draft resolution",
    ),  # A/RES/78/222 F8, S/2014/348 (was "that a draft resolution"; audit13 re4 Sure 2); also 79/185 F8
    (
        "and regretting that the draft resolution\u00b9 was not adopted,",
        1,
        "draft resolution",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), THAT_ARTICLE)
def test_that_article(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("that a draft resolution", "draft resolution"),
        ("that the report", "report"),
        ("that organization\u2019s decision", "that organization\u2019s decision"),  # a demonstrative stays
        ("that", "that"),
    ],
)
def test_without_that_article(phrase: str, want: str) -> None:
    assert a._without_that_article(phrase) == want


LOCATED_CONJUNCTS = [
    (
        "42. Calls upon the Division to continue to disseminate information on relevant\nprocedures related to the"
        " trust fund established for the purpose of facilitating the\npreparation of submissions to the Commission and"
        " to continue its dialogue with\npotential beneficiaries with a view to providing financial support to"
        " developing\ncountries for activities to facilitate their submissions in accordance with the\nrequirements of"
        " article 76 of the Convention and with the rules of procedure \u00b9 and the\nScientific and Technical"
        " Guidelines of the Commission; \u00b2",
        1,
        "rules of procedure",
    ),  # A/RES/78/69 F31, CLCS/40/Rev.1 (was "Division"; audit12 ga_78_69 Sure 7); also 79/144 F27, 80/110 F28
    (
        "42. Calls upon the Division to continue to disseminate information on relevant\nprocedures related to the"
        " trust fund established for the purpose of facilitating the\npreparation of submissions to the Commission and"
        " to continue its dialogue with\npotential beneficiaries with a view to providing financial support to"
        " developing\ncountries for activities to facilitate their submissions in accordance with the\nrequirements of"
        " article 76 of the Convention and with the rules of procedure \u00b9 and the\nScientific and Technical"
        " Guidelines of the Commission; \u00b2",
        2,
        "Scientific and Technical Guidelines of the Commission",
    ),  # A/RES/78/69 F32 (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), LOCATED_CONJUNCTS)
def test_located_conjuncts(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "to facilitate their submissions in accordance with the requirements of article 76 of the Convention and"
            " with the rules of procedure",
            "rules of procedure",
        ),
        (
            "in accordance with the Convention and with their national legislation",
            "their national legislation",
        ),
        (
            "to cooperate with the Commission and with the rules of procedure",
            None,
        ),  # no locating words before
        ("in accordance with the Convention and with the Commission", None),  # a name is read by the walk
        ("in accordance with the Convention and with the rules that apply to it", None),  # a new clause
    ],
)
def test_located_conjunct_reader(head: str, want: str | None) -> None:
    assert a._located_conjunct(head) == want


@pytest.mark.corpus
def test_corpus_78_68_marks_anchors_and_ibid_chains(corpus) -> None:
    """audit-ga23f: A/RES/78/68 (Sustainable fisheries; 91 preambular and 276 operative paragraphs in 14 parts, 48
    footnotes whose marks are plain digits in the text) read in full against SCHEMA.md; kept so. F28 is the round of
    consultations whose report it cites (fixed above); marks glued to a year ("from 23 to 27 May 201625"), a mark
    after a space and a line end ("Agreement; 27"), a mark inside a name run across a page break (F10), bare-volume
    Ibid. footnotes resolved to the Treaty Series, a range of corrigenda, and six footnotes with no reference of a
    SCHEMA form (a web address, a CITES resolution, an FAO series number, ICCAT and IOTC measures)."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    doc = read_document(corpus / "unga-mandate-pipeline" / "A_RES_78_68.txt")
    meta = doc.meta
    assert (meta.symbol, meta.date) == ("A/RES/78/68", "2023-12-05")
    assert (meta.preambular_count, meta.operative_count, meta.footnote_count) == (91, 276, 48)
    refs = extract_references(doc)
    notes = {}
    for r in refs:
        if r.para.startswith("F"):
            notes.setdefault(r.para, []).append(r)
    assert sorted({int(p[1:]) for p in notes}) == [
        n for n in range(1, 49) if n not in (6, 14, 32, 38, 45, 46)
    ]
    anchors = {p: rs[0].anchor for p, rs in notes.items()}
    assert anchors["F28"] == "sixteenth round of informal consultations of States parties to the Agreement"
    assert anchors["F13"] == "decision VII/11"
    assert anchors["F23"] == "recommendations of the Review Conference on the Agreement"
    assert anchors["F25"] == anchors["F26"] == "Review Conference"
    assert anchors["F27"] == "updated report"
    # audit-r3c: "the adoption in 2022 of the Agreement ... by the World Trade Organization": the body that adopted it
    # is no part of the name (was "Agreement on Fisheries Subsidies by the World Trade Organization")
    assert anchors["F36"] == "Agreement on Fisheries Subsidies"
    assert anchors["F39"] == "Agreement on the Conservation of Albatrosses and Petrels"
    assert (
        anchors["F43"] == "Convention for the Protection of the Marine Environment of the North-East Atlantic"
    )
    assert [(r.surface, r.target) for r in notes["F10"]] == [
        ("C 2009/REP", "C 2009/REP"),
        ("Corr.1\u20133", "C 2009/REP/Corr.1"),
        ("Corr.1\u20133", "C 2009/REP/Corr.2"),
        ("Corr.1\u20133", "C 2009/REP/Corr.3"),
    ]
    treaties = {p: rs[0].target for p, rs in notes.items() if rs[0].kind == "treaty"}
    assert treaties == {
        "F1": "UNTS/1833/31363",
        "F2": "UNTS/2167/37924",
        "F9": "UNTS/2221/39486",
        "F15": "UNTS/993/14537",
        "F16": "UNTS/1651/28395",
        "F22": "UNTS/1771/30822",
        "F39": "UNTS/2258/40228",
        "F40": "UNTS/2221/39489",
        "F41": "UNTS/2835/49647",
        "F42": "UNTS/2899/50553",
        "F43": "UNTS/2354/42279",
    }
    body = [(r.para, r.target, r.relation) for r in refs if not r.para.startswith("F")]
    assert body[0] == ("H", "A/78/L.13", "cite")
    assert len(body) == 60


# The word before "report(s)" that says what kind of report it is ("status", "progress", "annual", ...) is part of
# the document's name as printed, when the name is read from its last document noun (audit-ga23l). A word of when or
# which ("latest", "recent", "subsequent") is not.
REPORT_KINDS = [
    (
        "15. Requests the Intergovernmental Working Group on the Effective \nImplementation of the Durban Declaration"
        " and Programme of Action to devote at \nleast half of its annual session to the elaboration of a draft United"
        " Nations declaration \non the promotion and full respect of the human rights of people of African descent,"
        " \nand also requests the Intergovernmental Working Group to present a status report on \nthe elaboration of"
        " the draft declaration to be considered by the General Assembly at \nits seventy-ninth session;\u00b9",
        1,
        "status report on the elaboration of the draft declaration to be considered by the General Assembly at its"
        " seventy-ninth session",
    ),  # A/RES/78/234 F13, resolution 69/16 (was "report on ..."; also 79/161 F16)
    (
        "18. Takes note of the status report of the Intergovernmental Working Group on \nthe Effective Implementation"
        " of the Durban Declaration and Programme of Action on \nthe elaboration of the draft United Nations"
        " declaration on the respect, protection and \nfulfilment of the human rights of people of African"
        " descent;\u00b9",
        1,
        "status report of the Intergovernmental Working Group on the Effective Implementation of the Durban Declaration"
        " and Programme of Action on the elaboration of the draft United Nations declaration on the respect,"
        " protection and fulfilment of the human rights of people of African descent",
    ),  # A/RES/79/161 F15, A/79/304 (was "report of ...")
    (
        "and also requests the Working Group to present a progress report on the elaboration of the draft declaration"
        " to be considered by the General Assembly at its eightieth session;\u00b9",
        1,
        "progress report on the elaboration of the draft declaration to be considered by the General Assembly at its"
        " eightieth session",
    ),  # another kind of report
    (
        "and also requests the Working Group to present a report on the elaboration of the draft declaration to be"
        " considered by the General Assembly at its eightieth session;\u00b9",
        1,
        "report on the elaboration of the draft declaration to be considered by the General Assembly at its eightieth"
        " session",
    ),  # unchanged: no kind word
    (
        "and also requests the Working Group to present a recent report on the elaboration of the draft declaration"
        " to be considered by the General Assembly at its eightieth session;\u00b9",
        1,
        "report on the elaboration of the draft declaration to be considered by the General Assembly at its eightieth"
        " session",
    ),  # unchanged: "recent" says which report, not what kind
]


@pytest.mark.parametrize(("body", "number", "anchor"), REPORT_KINDS)
def test_report_kinds(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "to present a status report on the elaboration of the draft declaration",
            "status report on the elaboration",
        ),
        (
            "Takes note of the interim report of the Special Rapporteur",
            "interim report of the Special Rapporteur",
        ),
        ("Takes note of the recent report of the Special Rapporteur", "report of the Special Rapporteur"),
        # after an owner's possessive the kind word is left to the reading of the owner (tests/test_anchors.py dates)
        ("as set out in the High Commissioner\u2019s annual report (part II) of 2018", "report (part II)"),
        ("that the Commission will report on social aspects", None),
    ],
)
def test_last_head_noun_with_its_kind(head: str, want: str | None) -> None:
    start = a._last_head_noun(head)
    got = None if start is None else head[start:]
    assert got == want if want is None else got.startswith(want)


# audit-ga23x: a plain noun and what it is relevant to, up to the mark (the fragment of the subject was read: "the
# paragraphs relevant to nuclear disarmament and to verification" gave "disarmament and to verification")
RELEVANT_TO = [
    (
        "Recalling the Final Document of the Tenth Special Session of the General Assembly, the first special session"
        " of the General Assembly devoted to disarmament, in particular the paragraphs relevant to nuclear disarmament"
        " and to verification,\u00b9",
        1,
        "paragraphs relevant to nuclear disarmament and to verification",
    ),  # A/RES/80/53 F1, resolution S-10/2, paras. 30, 31, 50, 91 and 92
    (
        "Recalling the Final Document of the Tenth Special Session of the General Assembly,\u00b9",
        1,
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # no "relevant to": the document's name, unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), RELEVANT_TO)
def test_relevant_to(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "in particular the paragraphs relevant to nuclear disarmament and to verification",
            "paragraphs relevant to nuclear disarmament and to verification",
        ),
        (
            "the Convention on the Rights of the Child and its optional protocols relevant to trafficking in persons",
            "its optional protocols relevant to trafficking in persons",
        ),  # A/RES/80/9 F8: "its" kept
        (
            "Recognizing that the measures are relevant to nuclear disarmament",
            None,
        ),  # a verb before "relevant"
        ("the paragraphs relevant to the Treaty on the Non-Proliferation of Nuclear Weapons", None),  # a name
    ],
)
def test_relevant_to_phrase_reader(head: str, want: str | None) -> None:
    assert a._relevant_to_phrase(head) == want


# audit-ga23x: a part's number that refers back to an instrument is read with its noun ("VI thereof" was a fragment)
PART_THEREOF = [
    (
        "Recalling the unequivocal undertaking of nuclear-weapon States to accomplish the total elimination of their"
        " nuclear arsenals leading to nuclear disarmament, to which all States Parties to the Treaty on the"
        " Non-Proliferation of Nuclear Weapons\u00b9 are committed under article VI thereof,\u00b2",
        2,
        "article VI thereof",
    ),  # A/RES/80/53 F11 (NPT/CONF.2010/50 (Vol. I)); was "VI thereof"
    (
        "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\u00b9",
        1,
        "Treaty on the Non-Proliferation of Nuclear Weapons",
    ),  # no part number: unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), PART_THEREOF)
def test_part_thereof(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        ("States are committed under article VI thereof,", "VI thereof", "article VI thereof"),
        ("as set out in paragraphs 2 thereto,", "2 thereto", "paragraphs 2 thereto"),
        ("committed under the Treaty VI thereof,", "VI thereof", None),  # no part noun before the number
    ],
)
def test_part_noun_before(text: str, read: str, want: str | None) -> None:
    assert a._part_noun_before(text, len(text) - 1, read) == want
