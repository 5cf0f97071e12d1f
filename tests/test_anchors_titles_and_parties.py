"""anchors.py: titles with a comma inside them, plain head nouns with their complement, and agreements named in plain
words with their parties (audit15 re33, re34, re35); one table per rule, from the corpus's own sentences (exact
expected anchors), with the probes that must keep their reading."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# (paragraph with superscript marks, footnote number, anchor)
TITLE_COMMAS = [
    # prepositions a title coordinates before one object
    (
        "Recalling that the 2018 Disability and Development Report: Realizing the\nSustainable Development Goals by,"
        " for and with Persons with Disabilities \u00b9 presents",
        1,
        "2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons"
        " with Disabilities",
    ),  # A/RES/78/195 F11, Sales No. 19.IV.4 (was "Persons with Disabilities"; audit15 re33 Sure 3)
    (
        "Welcoming the commitment to leave no one behind, and noting with appreciation the 2018\nDisability and"
        " Development Report: Realizing the Sustainable Development Goals\nby, for and with Persons with"
        " Disabilities,\u00b9",
        1,
        "2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons"
        " with Disabilities",
    ),  # A/RES/78/178 F2 (was "Persons with Disabilities"; audit15 re35 Likely 2)
    (
        "Recalling that the 2018 Disability and Development Report: Realizing the Sustainable Development Goals for"
        " Persons with Disabilities\u00b9 presents",
        1,
        "2018 Disability and Development Report: Realizing the Sustainable Development Goals for Persons with"
        " Disabilities",
    ),  # audit15 re33 probe: no comma, as before
    (
        "Calls for programmes designed by, for and with persons with disabilities in the Sendai Framework for"
        " Disaster Risk Reduction 2015\u20132030,\u00b9",
        1,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # prepositions before plain words: no title, the name at the mark as before
    # a phrase of manner set off by commas inside a title
    (
        "Recognizing the importance of the United Nations Conference to Review Progress Made in the Implementation of"
        " the Programme of Action, and the relevant role of INTERPOL in\nthe International Instrument to Enable States"
        " to Identify and Trace, in a Timely and\nReliable Manner, Illicit Small Arms and Light Weapons, \u00b9",
        1,
        "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit"
        " Small Arms and Light Weapons",
    ),  # A/RES/79/136 F8, decision 60/519 (was "Timely and Reliable Manner, Illicit ..."; audit15 re33 Sure 2)
    (
        "Welcoming also the cooperation in implementing the International Instrument to Enable States to Identify and"
        " Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons,\u00b9",
        1,
        "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit"
        " Small Arms and Light Weapons",
    ),  # audit15 re33 probe
    (
        "Welcoming the cooperation in implementing the International Instrument to Enable States to Identify and"
        " Trace, in a timely and reliable manner, Illicit Small Arms and Light Weapons,\u00b9",
        1,
        "Illicit Small Arms and Light Weapons",
    ),  # a phrase in plain words after the comma is no part of a title: the comma ends the name, as before
    (
        "Recalling the Arms Trade Treaty, in a Spirit of Cooperation,\u00b9",
        1,
        "Spirit of Cooperation",
    ),  # no closing comma and name after the phrase: it is read alone, as before
    (
        "Recalling the commitments made in the Monterrey Consensus, in the Doha Declaration on Financing for"
        " Development,\u00b9",
        1,
        "Doha Declaration on Financing for Development",
    ),  # a preposition said again after a comma opens an item of its own, as before
    # an organization's acronym before "in the" and a name acts there
    (
        "Recognizing the relevant role of INTERPOL in the Arms Trade Treaty,\u00b9",
        1,
        "Arms Trade Treaty",
    ),  # was "INTERPOL in the Arms Trade Treaty"
]


@pytest.mark.parametrize(("body", "number", "anchor"), TITLE_COMMAS)
def test_title_commas(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# An agreement named in plain words with its parties after "between": the agreement, as "Agreement between ..." is read.
AGREEMENTS = [
    (
        "Recalling also the cooperation agreement of 1997 between the United Nations\nand INTERPOL\u00b9 and all other"
        " relevant cooperation agreements between them,",
        1,
        "cooperation agreement of 1997 between the United Nations and INTERPOL",
    ),  # A/RES/79/136 F1, UNTS vol. 1996 (was "United Nations and INTERPOL"; audit15 re33 Sure 1)
    (
        "Noting the cooperation and coordination efforts undertaken in accordance with\nthe cooperation agreement of 5"
        " October 1999 between the United Nations\nEducational, Scientific and Cultural Organization and INTERPOL,"
        " \u00b9 and its special\narrangement of 8 July 2003",
        1,
        "cooperation agreement of 5 October 1999 between the United Nations Educational, Scientific and Cultural"
        " Organization and INTERPOL",
    ),  # A/RES/79/136 F5, UNTS vol. 2085 (was "agreement of 5 October 1999 ..."; audit15 re33 Likely 1)
    (
        "Recalling the agreement between the United Nations and INTERPOL,\u00b9",
        1,
        "agreement between the United Nations and INTERPOL",
    ),  # audit15 re33 probe (was "United Nations and INTERPOL")
    (
        "Welcoming the memorandum of understanding between UNODC and INTERPOL,\u00b9",
        1,
        "memorandum of understanding between UNODC and INTERPOL",
    ),
    (
        "Welcoming the recently signed agreement between the Government of Colombia and the FARC-EP,\u00b9",
        1,
        "agreement between the Government of Colombia and the FARC-EP",
    ),  # no adverb or participle before the noun
    (
        "Recalling the Relationship Agreement between the United Nations and the International Criminal Court,\u00b9",
        1,
        "Relationship Agreement between the United Nations and the International Criminal Court",
    ),  # A/RES/80/6 F2: a capitalised agreement is read whole, as before
    (
        "Aware of the agreement between the Agency and the Government of Israel,\n\nTaking note of the agreement reached"
        " on 24 June 1994, embodied in an exchange of letters between the Agency and the Palestine Liberation"
        " Organization,\u00b9",
        1,
        "exchange of letters between the Agency and the Palestine Liberation Organization",
    ),  # A/RES/78/73 F15, 80/77 F12: A/49/13, annex I, the letters (were "Agency and the Palestine Liberation
    # Organization", audit18)
    (
        "Welcoming the exchange of notes between the Government of Japan and the United Nations,\u00b9",
        1,
        "exchange of notes between the Government of Japan and the United Nations",
    ),
    (
        "Recalling the cooperation between the United Nations and INTERPOL,\u00b9",
        1,
        "United Nations and INTERPOL",
    ),  # cooperation names no agreement: as before
    (
        "Recalling the exchange of views between the Agency and the Palestine Liberation Organization,\u00b9",
        1,
        "Agency and the Palestine Liberation Organization",
    ),  # an exchange of views names no document: as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), AGREEMENTS)
def test_agreements_with_parties(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A plan or an election named in plain words before the preposition and the name it is for, of or in: the plan or the
# elections, not the name alone.
PLAIN_HEADS = [
    (
        "Conscious of the importance of continuing the effective implementation of the\nDeclaration, taking into account"
        " the target set by the United Nations to eradicate\ncolonialism by 2030 and the plan of action for the"
        " International Decades for the\nEradication of Colonialism,\u00b9",
        1,
        "plan of action for the International Decades for the Eradication of Colonialism",
    ),  # A/RES/79/105 F4, A/RES/80/90 F4, A/56/61 (was the Decades; audit15 re34 Likely 2, re35 Likely 4)
    (
        "Recalling the general elections in the Territory that were held in November\n2022,\u00b9",
        1,
        "general elections in the Territory",
    ),  # A/RES/79/105 F9, A/AC.109/2023/9 (was "Territory"; audit15 re34 Sure 1)
    (
        "Recalling the general elections in Guam,\u00b9",
        1,
        "general elections in Guam",
    ),  # audit15 re34 probe (was "Guam")
    (
        "Recalling the report of the Committee that was issued in November 2022,\u00b9",
        1,
        "report of the Committee",
    ),  # audit15 re34 Sure 1 side probe (was "report of the Committee that was"): a relative clause in the passive
    (
        "Noting the general elections held in the Territory in November 2024, \u00b9",
        1,
        "general elections held in the Territory in November 2024",
    ),  # A/RES/80/90 F9: unchanged
    (
        "and welcomes the establishment of the Bureau and the endorsement of the workplan\nof the Action Team;\u00b9",
        1,
        "workplan of the Action Team",
    ),  # A/RES/80/76 F25, A/80/20 (was "Action Team")
    (
        "Welcoming the updated global plan of action for the Decade,\u00b9",
        1,
        "updated global plan of action for the Decade",
    ),
    (
        "Recalling the implementation of the plan of action and the Vienna Declaration,\u00b9",
        1,
        "Vienna Declaration",
    ),  # the plan is an item of its own: the name at the mark, as before
    (
        "Recalling the entry into force of the Paris Agreement,\u00b9",
        1,
        "Paris Agreement",
    ),  # a plain act before "of the" and a name: the name, as before
    (
        "the Mixed Military Working Group in\nthe Republic of Bosnia and Herzegovina; and the production of a draft outline"
        "\nconstitution for the Republic of Bosnia and Herzegovina,\u00b9",
        1,
        "draft outline constitution for the Republic of Bosnia and Herzegovina",
    ),  # S/RES/787 (1992) F5, S/24795 (was "Republic of Bosnia and Herzegovina"; audit-r5c)
    (
        "Welcoming the Constitution of the Republic of Bosnia and Herzegovina,\u00b9",
        1,
        "Constitution of the Republic of Bosnia and Herzegovina",
    ),  # a capitalised title: read whole, as before
    (
        "Welcoming the talks on a constitution and the Republic of Bosnia and Herzegovina,\u00b9",
        1,
        "Republic of Bosnia and Herzegovina",
    ),  # no preposition after the noun: the name at the mark, as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), PLAIN_HEADS)
def test_plain_heads_before_names(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A plain noun phrase and its "for"/"on" phrase, which a participle of adoption follows: what was adopted, whole.
ADOPTED_SUBJECTS = [
    (
        "We recommit to the Copenhagen Declaration and Programme of Action, as they\nremain relevant and valid, and the"
        " further initiatives for social development adopted\nby the General Assembly, including at its twenty-fourth"
        " special session,\u00b9 and to a\ncontinued global dialogue on social development issues.",
        1,
        "further initiatives for social development",
    ),  # A/RES/80/5 F3, resolution S-24/2 (was "further initiatives"; audit15 re33 Likely 2)
    (
        "Recalling the further initiatives for social development adopted by the General Assembly at its twenty-fourth"
        " special session,\u00b9",
        1,
        "further initiatives for social development",
    ),  # audit15 re33 probe (was "further initiatives")
    (
        "10. Takes note of the guiding principles for the search for disappeared persons\nadopted by the Committee at"
        " its sixteenth session and developed in dialogue and broad\nconsultations with Member States and other"
        " relevant stakeholders;\u00b9",
        1,
        "guiding principles for the search for disappeared persons",
    ),  # A/RES/78/207 F12, CED/C/7 (was "principles for the search")
    (
        "Recalling the guidelines for reporting adopted by the Commission and the recommendations on data collection,"
        "\u00b9",
        1,
        "recommendations on data collection",
    ),  # a new item after the qualifier: the phrase at the mark, as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), ADOPTED_SUBJECTS)
def test_subjects_before_adopted(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document noun and its "of" complement in plain words carry the mark, not a name or phrase inside what it is of:
# what a compilation's decisions refer to, or who made the comments.
DOCUMENT_HEADS = [
    (
        "Noting the compilation of decisions of international courts, tribunals and other\nbodies referring to the"
        " articles, prepared by the Secretary-General,\u00b9",
        1,
        "compilation of decisions of international courts, tribunals and other bodies referring to the articles",
    ),  # A/RES/78/114 F3, A/72/81 (was "articles"; audit15 re35 Likely 3)
    (
        "Noting with appreciation the compilation of decisions of international courts,\ntribunals and other bodies"
        " referring to the articles, prepared by the Secretary-General,\u00b9",
        1,
        "compilation of decisions of international courts, tribunals and other bodies referring to the articles",
    ),  # A/RES/80/159 F3, A/62/62 (was "articles")
    (
        "Noting the efforts of States referring to the articles,\u00b9",
        1,
        "articles",
    ),  # no document noun: as before
    (
        "Taking note of the comments of Governments and international organizations \u00b9\nand the discussions in the"
        " Sixth Committee",
        1,
        "comments of Governments and international organizations",
    ),  # A/RES/78/114 F2, A/72/80 (was "Governments and international organizations"; audit15 re35 Likely 3)
    (
        "3. Takes note of the comments and observations of Governments\u00b9 and the discussions",
        1,
        "comments and observations of Governments",
    ),  # A/RES/80/159 F5: unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENT_HEADS)
def test_document_heads(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
