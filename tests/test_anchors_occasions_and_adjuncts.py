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
IN_LANGUAGES = [
    (
        "Welcomes the decision by the Commission to authorize the publication of\na legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law\ninstruments, including electronically, in the six official"
        " languages of the United\nNations,\u00b9 and encourages States and other stakeholders to consult the toolkit;",
        1,
        "decision by the Commission",
    ),  # A/RES/78/103 F13 (mark 1 here): Ibid., chap. XII, sect. B.2 (was "six official languages of the United Nations")
    (
        "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law instruments in the six official languages of the United"
        " Nations,\u00b9",
        1,
        "decision by the Commission",
    ),  # audit12 gaG probe w2 (was "six official languages of the United Nations")
    (
        "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on the coronavirus"
        " disease (COVID-19) and international trade law instruments,\u00b9",
        1,
        "decision by the Commission",
    ),  # audit12 gaG probe w3, unchanged: the same without the adjunct
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
