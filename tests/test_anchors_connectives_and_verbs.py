"""anchors.py: what is no name at a mark (audit13 re15, A/RES/80/76): a connective ("in particular", "inter alia",
"as appropriate"), since when a named programme has worked ("since its establishment in 2006"), the verb and object
of a clause whose subject is "<name> and its <parts>", a year "in <year>" after a name, and a participle phrase with
no noun before it; one table per rule, from the corpus's own sentences (exact expected anchors), positive and
negative."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph with superscript marks, footnote number, anchor)
CONNECTIVES_AND_SINCE = [
    (
        "28. Notes with satisfaction the activities carried out under UN-SPIDER, and recognizes the\nadvisory support"
        " provided to Member States, in particular to developing countries,\nwithin the framework of UN-SPIDER since"
        " its establishment in 2006 \u00b9 with the\nvaluable contributions of its network;",
        1,
        "UN-SPIDER",
    ),  # A/RES/80/76 F27, 61/110 (was "particular"; re15 Sure 1)
    (
        "1. Notes with satisfaction the activities carried out under UN-SPIDER, and recognizes the advisory support"
        " provided to Member States within the framework of UN-SPIDER since its establishment in 2006 \u00b9 with the"
        " valuable contributions of its network;",
        1,
        "UN-SPIDER",
    ),  # re15 probe b.txt (was "its establishment in 2006")
    (
        "26. Calls upon Member States to implement the recommendations of the Working Group, as appropriate,\u00b9",
        1,
        "recommendations of the Working Group",
    ),  # a connective at the mark is no name ("as appropriate")
    (
        "Noting the contributions by the European Union and Germany in this regard,\u00b9 and also requests",
        1,
        "European Union and Germany",
    ),  # A/RES/80/161 F26: "in this regard" is read past as before
    (
        "187. Welcomes the endorsement of the Agreement for the Establishment of the\nGeneral Fisheries Commission for"
        " the Mediterranean, as amended, \u00b9  by the\nCommission at its thirty-eighth session, held in Rome from 19 to"
        " 24 May 2014, and",
        1,
        "Agreement for the Establishment of the General Fisheries Commission for the Mediterranean",
    ),  # A/RES/80/109 F41 (UNTS/3041/1691; was "as amended"): "as amended" says which text, and names nothing
    (
        "nine mandatory International Maritime Organization instruments and are being\ncarried out in accordance with"
        " the Framework and the Procedures for the International\nMaritime Organization Member State Audit Scheme and"
        " using the International\nMaritime Organization Instruments Implementation Code (III Code) as the audit"
        "\nstandard;\u00b9",
        1,
        "International Maritime Organization Instruments Implementation Code (III Code)",
    ),  # A/RES/78/69 F93 (A.1070(28) ...; was "as the audit standard"), 79/144 F92, 80/110 F94: a role is no name
    (
        "Welcomes the work of the Commission, as well as the annual report,\u00b9",
        1,
        "annual report",
    ),  # "as well as" opens an item, no role: the item is read as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), CONNECTIVES_AND_SINCE)
def test_connectives_and_since(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # a reading that is only the connective is read again before it
        (
            "and recognizes the advisory support provided to Member States, in particular to developing countries",
            "Member States",
        ),
        ("Invites the Commission, inter alia,", "Commission"),
    ],
)
def test_connective_is_never_an_anchor(text: str, anchor: str) -> None:
    assert a.anchor_before(text, len(text)) == anchor


# "<name> and its <parts> <verb> <object>,N": the subject is read, not what it did
SUBJECT_AND_ITS = [
    (
        "4. Notes with satisfaction that, at its sixty-fourth session, the Legal\nSubcommittee and its working groups"
        " continued their work, \u00b9 as mandated by the\nGeneral Assembly in its resolution 79/87;",
        1,
        "Legal Subcommittee and its working groups",
    ),  # A/RES/80/76 F12, A/80/20 (was "groups continued their work"; re15 Likely 1)
    (
        "9. Also notes with satisfaction that, at its sixty-second session, the Scientific\nand Technical Subcommittee"
        " and its working groups continued their work, \u00b9  as\nmandated by the General Assembly in its resolution"
        " 79/87;",
        1,
        "Scientific and Technical Subcommittee and its working groups",
    ),  # A/RES/80/76 F16, A/AC.105/1338 (was "groups continued their work")
    (
        "Noting that, at its sixty-fourth session, the Legal Subcommittee and its working groups held meetings,\u00b9",
        1,
        "Legal Subcommittee and its working groups",
    ),  # re15 probe i.txt (was "Legal Subcommittee and its working groups held meetings", which holds the new)
    # a name alone as the subject (audit-ga6): the whole name, not its last word with the verb and its object
    (
        "3. Notes that, at its sixty-second session, the Legal Subcommittee of the\nCommittee continued its work,"
        " \u00b9  as mandated by the General Assembly in its\nresolution 77/121;",
        1,
        "Legal Subcommittee of the Committee",
    ),  # A/RES/78/72 F9 (A/78/20, A/AC.105/1285), 79/87 F12 (was "Committee continued its work")
    (
        "9. Notes that, at its sixtieth session, the Scientific and Technical Subcommittee\ncontinued its work,\u00b9 as"
        " mandated by the General Assembly in its resolution 77/121;",
        1,
        "Scientific and Technical Subcommittee",
    ),  # A/RES/78/72 F14 (A/78/20, A/AC.105/1279), 79/87 F19 (was "Subcommittee continued its work")
    (
        "Noting that the Commission welcomed the report of the Working Group,\u00b9",
        1,
        "report of the Working Group",
    ),  # negative: an object that is no possessive's is what the mark is on (unchanged)
    (
        "Recalling the Sendai Framework for Disaster Risk Reduction 2015\u20132030 and its guiding principles,\u00b9",
        1,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030 and its guiding principles",
    ),  # negative: a name and its parts, no verb
    (
        "Recalling the World Conference on Indigenous Peoples and its outcome document adopted by the General"
        " Assembly,\u00b9",
        1,
        "outcome document adopted by the General Assembly",
    ),  # negative: a participle with "by" opens a qualifier, not a clause (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), SUBJECT_AND_ITS)
def test_subject_and_its(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# a year after a name, and a participle phrase with no noun before it
YEARS_AND_PARTICIPLES = [
    (
        "3. Encourages the Committee to further consult on the proposal to hold a\nfourth United Nations Conference on"
        " the Peaceful Exploration of Outer Space\n(UNISPACE IV) in 2027;\u00b9",
        1,
        "United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV)",
    ),  # A/RES/80/76 F11 (was "... (UNISPACE IV) in 2027"; re15 Likely 3)
    (
        "Welcoming the progress made since its establishment in 2006,\u00b9",
        1,
        "progress made",
    ),  # no name before "since": the phrase before it is read, not since when (was "its establishment in 2006")
    (
        "Welcoming the holding of the high-level meeting on the ocean in 2025,\u00b9",
        1,
        "ocean in 2025",
    ),  # negative: after a plain word the year stays with its phrase (as before)
    (
        "Recognizing the Outer Space Treaty as the cornerstone of the international legal\nregime governing outer"
        " space activities,\u00b9",
        1,
        "Outer Space Treaty",
    ),  # A/RES/80/76 F8, A/RES/79/87 (was "governing outer space activities"; re15 Likely 2)
    (
        "Recognizing the role of the international legal regime governing outer space activities,\u00b9",
        1,
        "governing outer space activities",
    ),  # negative: no name governed by the verb; the reading stays (the right anchor is unclear)
]


@pytest.mark.parametrize(("body", "number", "anchor"), YEARS_AND_PARTICIPLES)
def test_years_and_participles(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
