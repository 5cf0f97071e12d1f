"""anchors.py: a reading that only says when or where (a date, a year, a session) is read again before the
qualifier of time or place that follows the name (:func:`citegraph.anchors.anchor_before`); from the corpus's own
sentences, exact expected anchors."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph, footnote number, anchor)
READ_AGAIN = [
    (
        "Welcomes the increasing attention being focused on oceans as a potential\nsource of renewable energy, and"
        " notes in this regard the summary of discussions of\nthe Informal Consultative Process at its thirteenth"
        " meeting, in 2012;\u00b9",
        1,
        "Informal Consultative Process at its thirteenth meeting",
    ),  # A/RES/78/69 O299 F143 (was "2012")
    (
        "Further notes the conclusion of an agreement of cooperation between the\nInternational Labour Organization"
        " and the Authority, approved by the Council at the\nsecond part of its twenty-eighth session;\u00b9",
        1,
        "agreement of cooperation between the International Labour Organization and the Authority",
    ),  # A/RES/78/69 O63 F36 (was "its twenty-eighth session", then the parties alone; audit15 re33 Sure 1)
    (
        "Notes the holding of a high-level meeting on\nthe implementation of the Code of Conduct concerning the"
        " Repression of Piracy and\nArmed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden\n"
        "(Djibouti Code of Conduct)/Jeddah Amendment, in Jeddah, Saudi Arabia, from 22 to\n24 November 2022;\u00b9",
        1,
        "Amendment",
    ),  # A/RES/78/69 O142 F69 (was "24 November 2022"; the place "Jeddah, Saudi Arabia" is skipped as well)
    (
        "Recalls the adoption by the Assembly of the International Maritime\nOrganization of a resolution proclaiming"
        " an International Day for Women in\nMaritime, to be observed on 18 May every year;\u00b9",
        1,
        "International Day for Women in Maritime",
    ),  # A/RES/79/144 O110 F52 (was "18 May every year": the yearly day it is observed on names nothing)
]

# The reading stays: a session after a document noun without a comma is part of the document's name, and a list
# of dates of letters has nothing before its dates to read instead.
STAYS = [
    (
        "Notes with serious concern the depleted balance of the voluntary trust fund\nestablished pursuant to the"
        " decision of the Authority at its eighth session\u00b9 for the\npurpose of defraying the cost of"
        " participation;",
        1,
        "eighth session",
    ),  # A/RES/78/69 O79 F47: inside gold's "decision of the Authority at its eighth session"
    (
        "Acting in response to the request of the Government\nof Lebanon and noting with concern the questions raised"
        "\nin its letters addressed to the Security Council on 7\nMay,\u00b9 30 May\u00b2 and 11 June 1979,\u00b3",
        3,
        "letters addressed to the Security Council on 11 June 1979",
    ),  # S/RES/450 (1979) F25: a letter named by its date, read with the letters (was "11 June 1979")
]


@pytest.mark.parametrize(("body", "number", "anchor"), READ_AGAIN + STAYS)
def test_time_or_place_is_read_past(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("read", "when_only"),
    [
        ("24 November 2022", True),
        ("2012", True),
        ("its ninth meeting", True),
        ("the second part of its twenty-eighth session", True),
        ("its twenty-eighth session", True),
        ("2030 Agenda", False),
        ("Informal Consultative Process at its thirteenth meeting", False),
        ("November 2022", True),
        ("18 May every year", True),
        ("8 June each year", True),
        ("18 May every year and the Day", False),
        ("May every year", False),
    ],
)
def test_when_only(read: str, when_only: bool) -> None:
    assert (a._WHEN_ONLY.fullmatch(read) is not None) is when_only


# A non-breaking hyphen (U+2011) is read as the hyphen it prints, and the anchor keeps it as printed: the same
# paragraph with either hyphen reads the same name.
NON_BREAKING = (
    "Recalls that the ad hoc United Nations inter-agency task force, convened\npursuant to a resolution of the Special"
    " Tripartite Committee of the Maritime Labour\nConvention, 2006, as amended, concerning the implementation and"
    " practical\napplication of that Convention during the COVID{}19 pandemic,\u00b9 examined the matter;"
)


@pytest.mark.parametrize(
    ("hyphen", "anchor"),
    [
        # audit-anc: the resolution the phrase ends is read whole (test_anchors_decisions_and_sessions.py,
        # RESOLUTION_ON_LONG_SUBJECT); it was "during the COVID‑19 pandemic", a phrase opening with "during", no name
        (
            "\u2011",
            "resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as amended,"
            " concerning the implementation and practical application of that Convention during the COVID\u201119"
            " pandemic",
        ),  # A/RES/79/144 O115 F59 (was "19 pandemic")
        (
            "-",
            "resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as amended,"
            " concerning the implementation and practical application of that Convention during the COVID-19"
            " pandemic",
        ),
    ],
)
def test_non_breaking_hyphen(hyphen: str, anchor: str) -> None:
    assert footnote_anchors(NON_BREAKING.format(hyphen))[1] == anchor


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        (", in 2012", True),
        (", to be observed on 18 May every year", True),
        (", to be celebrated on 8 June", True),
        (", to be considered at its next session", False),
        (" to be observed on 18 May", False),  # only after a comma
    ],
)
def test_when_where_opening(text: str, opens: bool) -> None:
    assert (a._WHEN_WHERE_OPENING.match(text) is not None) is opens
