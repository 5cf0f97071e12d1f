"""anchors.py: names read whole with their subject or title (drafts named by their subject, reports with a title, names
in plain words); one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# A draft instrument named by its subject in plain words carries the mark that closes the subject, alone or with who
# introduced, adopted or submitted it where and when (a qualifier, as ", adopted on ..." after a name is).
# (paragraph, footnote number, anchor)
DRAFTS_ON_SUBJECTS = [
    (
        "Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space and of"
        " the threat or use of force against outer space objects, introduced by China and the Russian Federation at the"
        " Conference on Disarmament in 2008,\u00b2 and the submission of its updated version in 2014,\u00b3",
        2,
        "draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force"
        " against outer space objects",
    ),  # A/RES/79/20 F2: CD/1839, the draft treaty (was "China and the Russian Federation at the Conference on ...")
    (
        "Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space and of"
        " the threat or use of force against outer space objects, introduced by China and the Russian Federation at the"
        " Conference on Disarmament in 2008,\u00b2 and the submission of its updated version in 2014,\u00b3",
        3,
        "updated version",
    ),  # A/RES/79/20 F3: a new item after "and the", without the act done to the document (was "submission of its
    # updated version")
    (
        "Welcoming the draft treaty on the prevention of the placement of weapons in outer space, adopted by the"
        " Conference on Disarmament in 2008,\u00b2",
        2,
        "draft treaty on the prevention of the placement of weapons in outer space",
    ),  # audit11 gaD probe p2 P6 (was "weapons in outer space")
    (
        "Welcoming the draft treaty on the prevention of the placement of weapons in outer space, submitted by China in"
        " 2008,\u00b2",
        2,
        "draft treaty on the prevention of the placement of weapons in outer space",
    ),  # audit11 gaD probe p2 P7 (was "weapons in outer space")
    (
        "2. Commends the Commission for the approval or adoption of: (a) In the area of international transport and sale"
        " of goods and trade finance, the draft convention on negotiable cargo documents;\u00b2",
        2,
        "draft convention on negotiable cargo documents",
    ),  # A/RES/80/161 F2 (was "draft convention")
    # the draft the report contains, when the mark closes the draft's subject (the report carries mark 1 in
    # the real text, after "session"; footnote 2 is "Ibid., chap. IV, sect. E.1", the articles)
    (
        "Having considered chapter IV of the report of the International Law Commission on the work of its seventy-first"
        " session, which contains the draft articles on prevention and punishment of crimes against humanity,\u00b2",
        2,
        "draft articles on prevention and punishment of crimes against humanity",
    ),  # A/RES/79/122 F2
]


@pytest.mark.parametrize(("body", "number", "anchor"), DRAFTS_ON_SUBJECTS)
def test_a_draft_named_by_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "the draft treaty on the prevention of the placement of weapons in outer space, introduced by China in 2008,",
            "China",
            "draft treaty on the prevention of the placement of weapons in outer space",
        ),
        (
            "the draft treaty on the prevention of an arms race, which calls for restraint by all States,",
            "all States",
            None,
        ),  # a clause of its own after the subject
        (
            "the draft treaty on the prevention of an arms race, and the Convention on Cluster Munitions,",
            "Convention on Cluster Munitions",
            None,
        ),  # a new item
        (
            "the report of the Commission, which contains the draft articles on prevention of crimes against humanity,",
            "report of the Commission",
            None,
        ),  # what is read is no part of the draft's words
    ],
)
def test_draft_on_subject(text: str, read: str, want: str | None) -> None:
    assert a._draft_on_subject(text, len(text), read) == want


# Guidelines, principles or a code named in plain words without an article, after a preposition or "following", carry
# the mark that closes their subject, with the one plain word before the noun.
BARE_DOCUMENT_PHRASES = [
    (
        "Stressing the importance of collecting and analysing reliable data on persons with disabilities following"
        " existing guidelines on disability statistics,\u00b9 and their updates,",
        1,
        "existing guidelines on disability statistics",
    ),  # A/RES/79/149 F21: Sales Nos. of guidelines and principles (was "analysing reliable data")
    (
        "Stressing the importance of reliable data in line with existing guidelines on disability statistics,\u00b9",
        1,
        "existing guidelines on disability statistics",
    ),  # audit11 gaD probe p1 P3 (was "line with existing guidelines")
    # unchanged: with an article
    (
        "Stressing the importance of reliable data, following the guidelines on disability statistics,\u00b9 and their"
        " updates,",
        1,
        "guidelines on disability statistics",
    ),  # audit11 gaD probe p2 P2
]


@pytest.mark.parametrize(("body", "number", "anchor"), BARE_DOCUMENT_PHRASES)
def test_guidelines_without_an_article(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "the importance of collecting and analysing reliable data on persons with disabilities following existing"
            " guidelines on disability statistics",
            "existing guidelines on disability statistics",
        ),
        ("Recalling the efforts of States under guidelines on", None),  # no subject
        (
            "reliable data following existing guidelines on disability statistics which States adopted",
            None,
        ),  # a clause of its own
        ("the work of States following guidelines of the Commission", None),  # no subject after "on"/"for"
    ],
)
def test_document_phrase_without_an_article(head: str, want: str | None) -> None:
    assert a._document_phrase(head) == want


# A policy named in plain words by its subject ("the policy on <plain words>") carries the mark that closes the
# subject, as guidelines or principles do: the cut at "on" + a plain word does not cut the policy's name short.
# (paragraph, footnote number, anchor)
POLICIES_ON_SUBJECTS = [
    (
        "Reiterates that retaliation against complainants or staff appearing as witnesses constitutes misconduct, notes"
        " with appreciation the policy on protection against retaliation for reporting misconduct and for cooperating"
        " with duly authorized audits or investigations,\u2076 which applies to all categories of United Nations"
        " personnel,",
        6,
        "policy on protection against retaliation for reporting misconduct and for cooperating with duly authorized"
        " audits or investigations",
    ),  # A/RES/80/238 F6, 79/254 F8: ST/SGB/2017/2/Rev.1, the policy (was "policy")
    (
        "Reaffirming its commitment to the zero-tolerance policy on sexual exploitation and abuse,\u00b9",
        1,
        "zero-tolerance policy on sexual exploitation and abuse",
    ),  # constructed from A/RES/79/258 ("the zero-tolerance policy on sexual exploitation and abuse throughout ..."):
    # one plain word before the noun
    # unchanged: a new item after "and the"; a clause of its own after the subject
    (
        "notes the policy on protection against retaliation and the Convention on Cluster Munitions,\u00b9",
        1,
        "Convention on Cluster Munitions",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), POLICIES_ON_SUBJECTS)
def test_a_policy_named_by_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "notes with appreciation the policy on protection against retaliation",
            "policy on protection against retaliation",
        ),
        ("notes the policy on", None),  # no subject
        ("notes the policy on retaliation which States adopted", None),  # a clause of its own
        ("notes the policy of the Organization", None),  # no subject after "on"/"for"
    ],
)
def test_policy_phrase(head: str, want: str | None) -> None:
    assert a._document_phrase(head) == want


# A report "on the implementation of" a numbered resolution carries the mark after the resolution, also when its title
# in quotes stands between (read with it, as the titled report alone is) and when the resolution is the General
# Assembly's by name. (paragraph, footnote text, anchor)
REPORTS_ON_IMPLEMENTATION = [
    (
        "Takes note with appreciation of the report of the Secretary-General, entitled \u201cInclusive development for"
        " and with persons with disabilities\u201d, on the implementation of General Assembly resolution 77/189;\u00b9",
        "A/79/372.",
        "report of the Secretary-General, entitled \u201cInclusive development for and with persons with"
        " disabilities\u201d",
    ),  # A/RES/79/149 F22: the report (was "General Assembly resolution 77/189")
    (
        "Takes note with appreciation of the report of the Secretary-General entitled \u201cInclusive development for"
        " and with persons with disabilities\u201d, on the implementation of resolution 77/189;\u00b9",
        "Source 1.",
        "report of the Secretary-General entitled \u201cInclusive development for and with persons with"
        " disabilities\u201d",
    ),  # audit11 gaD probe p1 O1, a footnote with no symbol (was "resolution 77/189")
    (
        "Recalling the reports of the Secretary-General on the implementation of General Assembly resolutions 52/120 of"
        " 12 December 1997\u00b9 and 55/110 of 4 December 2000,\u00b2",
        "Source.",
        "reports of the Secretary-General",
    ),  # A/RES/78/202 F13: A/56/207 and Add.1, the reports, as F12 (was "55/110")
    # unchanged: the plain and the titled form alone
    (
        "Takes note with appreciation of the report of the Secretary-General on the implementation of General Assembly"
        " resolution 77/189;\u00b9",
        "A/79/372.",
        "report of the Secretary-General",
    ),  # audit11 gaD probe p1 O2
    (
        "Takes note with appreciation of the report of the Secretary-General, entitled \u201cInclusive development for"
        " and with persons with disabilities\u201d;\u00b9",
        "A/79/372.",
        "report of the Secretary-General, entitled \u201cInclusive development for and with persons with"
        " disabilities\u201d",
    ),  # audit11 gaD probe p1 O3
    (
        "Welcomes the implementation of General Assembly resolution 77/189;\u00b9",
        "Source 1.",
        "General Assembly resolution 77/189",
    ),  # no report
]


@pytest.mark.parametrize(("body", "note", "anchor"), REPORTS_ON_IMPLEMENTATION)
def test_a_report_on_the_implementation_of_a_resolution(body: str, note: str, anchor: str) -> None:
    marks = [m for m in ("\u00b9", "\u00b2") if m in body]
    assert footnote_anchors(body, {m: note for m in marks})[len(marks)] == anchor


# A year after the article that opens a name in plain words is part of the name (gold 002 keeps "2009 Political
# Declaration ...", "2019 Ministerial Declaration ..."). (paragraph, anchor)
LEADING_YEARS = [
    (
        "Recalling the adoption of the 2021 political declaration on HIV and AIDS, entitled \u201cPolitical Declaration on"
        " HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030,\u201d\u00b9",
        "2021 political declaration on HIV and AIDS, entitled \u201cPolitical Declaration on HIV and AIDS: Ending"
        " Inequalities and Getting on Track to End AIDS by 2030\u201d",
    ),  # A/RES/79/149 F15: 75/284 (was without "2021")
    (
        "Recalling the 2021 political declaration on HIV and AIDS,\u00b9",
        "2021 political declaration on HIV and AIDS",
    ),  # audit11 gaD probe p1 P5
    (
        "Recalling further the 2023 political declaration of the high-level meeting on universal health coverage,\u00b9",
        "2023 political declaration of the high-level meeting on universal health coverage",
    ),  # A/RES/78/130 F4: 78/4
    # unchanged: no year, or a number that is no year
    (
        "Recalling the political declaration on HIV and AIDS,\u00b9",
        "political declaration on HIV and AIDS",
    ),
    (
        "Recalling the 2019 report of the Secretary-General on disability,\u00b9",
        "2019 report of the Secretary-General",
    ),  # read with its year before (by the words before "report")
]


@pytest.mark.parametrize(("body", "anchor"), LEADING_YEARS)
def test_a_year_that_opens_a_name(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


@pytest.mark.parametrize(
    ("head", "start", "want"),
    [
        ("Recalling the 2021 political declaration", 19, 14),
        ("Recalling its 2021 report", 19, 14),
        ("Recalling the political declaration", 14, 14),  # no year
        ("Recalling resolution 2021 political declaration", 26, 26),  # no article before the number
        ("Recalling the 21 political declaration", 17, 17),  # no year
    ],
)
def test_with_leading_year(head: str, start: int, want: int) -> None:
    assert a._with_leading_year(head, start) == want


# An instrument's capitalised title runs on over ", including the" and capitalised words that name no instrument
# themselves: the mark that closes them is the instrument's. (paragraph, anchor)
TITLES_INCLUDING = [
    (
        "Recalling the importance of articles III and IV of the Treaty on Principles Governing the Activities of States in"
        " the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies,\u00b9",
        "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the"
        " Moon and Other Celestial Bodies",
    ),  # A/RES/79/20 F1, 78/72, 79/87, 80/76 F1: UNTS vol. 610, No. 8843 (was "Moon and Other Celestial Bodies")
    # unchanged: what is included is an instrument of its own
    (
        "Reaffirming the outcomes of the United Nations Conference on Environment and Development, including the Rio"
        " Declaration on Environment and Development,\u00b9",
        "Rio Declaration on Environment and Development",
    ),  # A/RES/78/155 F2
]


@pytest.mark.parametrize(("body", "anchor"), TITLES_INCLUDING)
def test_a_title_including_a_part(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "deeply concerned by the policies against the Palestinian civilian population in the Occupied Palestinian"
            " Territory, including East Jerusalem,",
            "East Jerusalem",
        ),  # A/RES/78/76 F6: a place, no instrument, before the comma
        (
            "Reaffirming the outcomes of the United Nations Conference on Environment and Development, including the Rio"
            " Declaration on Environment and Development,",
            "Rio Declaration on Environment and Development",
        ),  # an instrument included
        (
            "Recalling the Convention on the Rights of the Child, the Paris Agreement, including the Katowice Rulebook,",
            "Katowice Rulebook",
        ),  # a title that does not open with its noun ("Paris Agreement"): the Rulebook stays a name of its own
    ],
)
def test_title_including_reads_nothing(text: str, read: str) -> None:
    assert a._title_including(text, len(text), read) is None
