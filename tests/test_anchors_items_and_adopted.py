"""anchors.py: list items and what a body adopted (audit12 ga_78_69 Sure 6 and 8): each "on ..." item of a list of
unnumbered resolutions carries its own mark, an adverb that singles out a phrase ("especially") is no part of it, the
document a body adopted on a date or at a session is read, not the body, the date or the session, and a purpose
"aimed at ..." after a name is no name; one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# the UNEA resolutions of A/RES/78/69 P15 (F13-F17 of the corpus; "especially the resolutions" for all five before,
# then the subject alone: "on biodiversity and health")
UNEA_78 = (
    "Welcoming the ocean-related outcomes of the fifth session of the United Nations\nEnvironment Assembly of the"
    " United Nations Environment Programme, especially\nthe resolutions on ending plastic pollution: towards an"
    " international legally binding\ninstrument,\u00b9 on nature-based solutions for supporting sustainable"
    " development, \u00b2 on\nthe sound management of chemicals and waste,\u00b3 on biodiversity and health,\u2074"
    " and on\nsustainable nitrogen management,\u2075"
)

# (paragraph with superscript marks, footnote number, anchor)
LIST_ITEMS = [
    (
        UNEA_78,
        1,
        "resolutions on ending plastic pollution: towards an international legally binding instrument",
    ),
    (UNEA_78, 2, "resolutions on nature-based solutions for supporting sustainable development"),
    (UNEA_78, 3, "resolutions on the sound management of chemicals and waste"),
    (UNEA_78, 4, "resolutions on biodiversity and health"),
    (UNEA_78, 5, "resolutions on sustainable nitrogen management"),
    (
        "Welcoming the ocean-related outcomes of the sixth session of the United Nations\nEnvironment Assembly of the"
        " United Nations Environment Programme, especially\nthe resolutions on strengthening ocean efforts to tackle"
        " climate change, marine\nbiodiversity loss and pollution, and on the sound management of chemicals and\n"
        "waste,\u00b9",
        1,
        "resolutions on strengthening ocean efforts to tackle climate change, marine biodiversity loss and pollution,"
        " and on the sound management of chemicals and waste",
    ),  # A/RES/79/144 F12, A/RES/80/110 F11: one mark for both resolutions (was "especially the resolutions")
    # negative: a name after the list is its own item
    (
        "Welcoming the outcomes of the session, especially the resolutions on ending plastic pollution, and the"
        " Minamata Convention on Mercury,\u00b9",
        1,
        "Minamata Convention on Mercury",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), LIST_ITEMS)
def test_list_items(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "especially the resolutions on ending plastic pollution: towards an international legally binding"
            " instrument,",
            "resolutions",
            "resolutions on ending plastic pollution: towards an international legally binding instrument",
        ),
        # negative: the noun's subject holds a name, or a new item follows it, or the noun is no resolution's
        ("especially the resolutions on the Convention on Biological Diversity,", "resolutions", None),
        (
            "the resolutions on ending plastic pollution, and the Minamata Convention on Mercury,",
            "resolutions",
            None,
        ),
        ("especially the reports on ending plastic pollution,", "reports", None),
    ],
)
def test_resolutions_on_subject(text: str, read: str, want: str | None) -> None:
    assert a._resolutions_on_subject(text, len(text), read) == want


# an adverb that singles out the phrase is dropped before a determiner only ("particular needs" is a phrase)
@pytest.mark.parametrize(
    ("body", "anchor"),
    [
        ("Welcoming the outcomes of the session, in particular the resolution,\u00b9", "resolution"),
        ("Welcoming the outcomes of the session, especially the resolutions,\u00b9", "resolutions"),
        ("Noting the particular needs of the least developed countries,\u00b9", "least developed countries"),
    ],
)
def test_focus_adverb_dropped(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


# the document adopted, not the body that adopted it, on which date, at which session
ADOPTED = [
    (
        "Reiterates the importance of the fair treatment of crew members, and welcomes the provision on shore leave,"
        " which entered into force on 1 January 2018,\nin the Convention on Facilitation of International Maritime"
        " Traffic, \u00b9 and the adoption\nby the International Maritime Organization on 31 March 2023 of Guidelines"
        " on how\nto deal with seafarer abandonment cases;\u00b2",
        2,
        "Guidelines on how to deal with seafarer abandonment cases",
    ),  # A/RES/78/69 O115 F60 (was "International Maritime Organization on 31 March 2023 of Guidelines")
    (
        "Welcomes the adoption by the International Maritime Organization on 31 March 2023 of the Guidelines on"
        " Seafarer Abandonment;\u00b9",
        1,
        "Guidelines on Seafarer Abandonment",
    ),  # the same with a title in capitals
    (
        "Also recalls the Vienna Programme of Action for Landlocked Developing\nCountries for the Decade 2014\u20132024"
        " adopted by the second United Nations\nConference on Landlocked Developing Countries, held in Vienna from 3"
        " to 5 November\n2014,\u00b9 following the comprehensive 10-year review",
        1,
        "Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014\u20132024",
    ),  # A/RES/78/69 O345 F153, 79/144 F162, 80/110 F168 (was the Conference)
    (
        "Acknowledging the importance of the Moscow Declaration adopted at the first\nGlobal Ministerial Conference"
        " on Road Safety in 2009, \u00b9 the Brasilia Declaration\nadopted at the second Global High-level Conference"
        " on Road Safety in 2015,",
        1,
        "Moscow Declaration",
    ),  # A/RES/78/290 F3, A/64/540 annex (was "Global Ministerial Conference on Road Safety in 2009")
    (
        "Recalls that the Conference of the Parties to the Convention on Biological\nDiversity, at its ninth meeting,"
        " adopted scientific criteria for identifying ecologically\nor biologically significant marine areas in need of"
        " protection in open-ocean waters\nand deep-sea habitats and scientific guidance for selecting areas to"
        " establish a\nrepresentative network of marine protected areas, including in open-ocean waters and\ndeep-sea"
        " habitats,\u00b9 and notes the ongoing work under the Convention on Biological\nDiversity;",
        1,
        "scientific criteria for identifying ecologically or biologically significant marine areas in need of"
        " protection in open-ocean waters and deep-sea habitats and scientific guidance for selecting areas to"
        " establish a representative network of marine protected areas",
    ),  # A/RES/78/69 O271 F140, 79/144 F147, 80/110 F149 (was "its ninth meeting")
    # negatives: a numbered decision adopted carries the mark; what a body did that is no document keeps the body and
    # its session; a second body after the ordinal is still the one that owns the report
    (
        "Recalls that the Conference of the Parties to the Convention on Biological Diversity, at its ninth meeting,"
        " adopted decision IX/20,\u00b9",
        1,
        "decision IX/20",
    ),
    (
        "Recalls that the Committee on Fisheries, at its thirty-third session, emphasized the need to ensure"
        " comparability of reporting indicators;\u00b9",
        1,
        "Committee on Fisheries, at its thirty-third session",
    ),
    (
        "Recalling the report of the second United Nations Conference on Landlocked Developing Countries,\u00b9",
        1,
        "report of the second United Nations Conference on Landlocked Developing Countries",
    ),  # the report keeps its noun past the ordinal as it does without one (audit-ga23j: was the Conference alone)
]


# the agent of an act ("the adoption by the ...") is no part of what it acted on: its name may run on over its own
# "of" (an owner's name, a name in capitals), and what it acted on may open without "the" (a title, "a resolution")
ACTED_ON = [
    (
        "welcomes the provision on shore leave, which entered into force on 1 January 2018,\nin the Convention on"
        " Facilitation of International Maritime Traffic,\u00b9 and the adoption\nby the International Maritime"
        " Organization of Guidelines on how to deal with seafarer\nabandonment cases;\u00b2",
        2,
        "Guidelines on how to deal with seafarer abandonment cases",
    ),  # A/RES/80/110 F52, 79/144 F51 (was "International Maritime Organization of Guidelines")
    (
        "107. Recalls the adoption by the Assembly of the International Maritime\nOrganization of resolutions on"
        " comprehensive action to address seafarers\u2019 challenges\nduring the COVID\u201119 pandemic \u00b9 and on"
        " recommendations",
        1,
        "resolutions on comprehensive action to address seafarers\u2019 challenges during the COVID\u201119 pandemic",
    ),  # A/RES/80/110 F58, 79/144 F56 (was "International Maritime Organization of resolutions", then "resolutions";
    # audit r2a: the subject goes on over "COVID-19", see test_anchors_decisions_and_sessions)
    (
        "and notes the adoption by the\nAssembly of the International Maritime Organization of a resolution on"
        " procedures\nfor port State control;\u00b9",
        1,
        "resolution on procedures for port State control",
    ),  # A/RES/80/110 F102, 79/144 F100 (was "International Maritime Organization of a resolution", then "resolution";
    # audit r2a: the subject goes on over "State")
    (
        "Noting the adoption by the Organization of American States of the Inter-American Convention against"
        " Corruption,\u00b9",
        1,
        "Inter-American Convention against Corruption",
    ),  # the agent's own "of" and name, then "of the"
    (
        "355. Notes with satisfaction the seventeenth observance by the United Nations\nof World Oceans Day, in"
        " 2025,\u00b9 recognizes with appreciation the efforts deployed",
        1,
        "World Oceans Day",
    ),  # A/RES/80/110 F172, 79/144 F168, 78/69 F157 (was "United Nations of World Oceans Day")
    (
        "Noting the adoption by the United Nations Conference on Trade and Development of the Review,\u00b9",
        1,
        "Review",
    ),  # a body whose name opens with "United Nations" is read whole as the agent
    (
        "227. Further notes the ongoing work of the International Maritime\nOrganization, recalls in this regard its"
        " adoption of a revised strategy,\u00b9 and also recalls its adoption of guidelines on life cycle GHG"
        " intensity of\nmarine fuels;\u00b2",
        2,
        "guidelines on life cycle GHG intensity of marine fuels",
    ),  # A/RES/80/110 F133, 79/144 F130 (was "its adoption of guidelines"): the possessive agent, an acronym inside
    # negative: a body's own "of" and name, with nothing acted on after it, stays the body's name
    (
        "Welcoming the endorsement by the Inter-American Commission of Women,\u00b9",
        1,
        "Inter-American Commission of Women",
    ),
    (
        "Welcoming the work of the Committee of Ministers of the Council of Europe,\u00b9",
        1,
        "Committee of Ministers of the Council of Europe",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ACTED_ON)
def test_agent_not_acted_on(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(("body", "number", "anchor"), ADOPTED)
def test_what_was_adopted(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# a purpose "aimed at ..." after a name is no name; a name of an instrument in the purpose is what is sourced
AIMED_AT = [
    (
        "Also takes note of the development of the Ocean Decade Vision 2030\nprocess aimed at enhancing the strategic"
        " delivery of the Decade under its 10 Decade\nChallenges;\u00b9",
        1,
        "Ocean Decade Vision 2030 process",
    ),  # A/RES/78/69 O310 F148, 79/144 F157, 80/110 F161 (was "Decade under its 10 Decade Challenges")
    (
        "Welcomes the programme aimed at implementing the Sendai Framework for Disaster Risk Reduction"
        " 2015\u20132030;\u00b9",
        1,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), AIMED_AT)
def test_aimed_at(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# a mark closing a coordinated clause that names again, by a demonstrative, what the paragraph named before (audit12
# ga_78_69 Sure 9), and "to those that have ..." (a pronoun, no infinitive: the one asked is not cut there)
NAMED_AGAIN = [
    (
        "Expresses its appreciation to the donors that have made contributions to\nthe voluntary trust funds of the"
        " Authority, and encourages Member States, observers,\ncontractors and other stakeholders to contribute"
        " financially to these trust funds;\u00b9",
        1,
        "voluntary trust funds of the Authority",
    ),  # A/RES/78/69 O78 F46, 79/144 F39, 80/110 F39 (was "contractors and other stakeholders")
    (
        "Expresses its appreciation to States that have made contributions to the\nendowment fund for marine"
        " scientific research in the Area established by the Authority\nat its twelfth session,\u00b9 for the purpose"
        " of promoting and encouraging the conduct of\ncollaborative marine scientific research in the Area, and"
        " encourages States, observers,\ncontractors and other stakeholders to make additional contributions to this"
        " fund;\u00b2",
        2,
        "endowment fund for marine scientific research in the Area",
    ),  # A/RES/78/69 O80 F50 (was "contractors and other stakeholders")
    (
        "Notes with serious concern the depleted balance of the voluntary trust fund, notes the appeals to members"
        " and other possible donors to make contributions to that fund, and expresses its appreciation to those that"
        " have made contributions\nto the voluntary trust fund;\u00b9",
        1,
        "voluntary trust fund",
    ),  # A/RES/78/69 O79 F48, 79/144 F41, 80/110 F41 (was "its appreciation")
    # negatives: the demonstrative phrase is part of what is read; no earlier phrase has its words
    (
        "Welcomes the adoption on 15 December 2023 by the Conference of the States Parties at its tenth session of"
        " all resolutions and decisions of that session;\u00b9",
        1,
        "decisions of that session",
    ),  # A/RES/79/190
    (
        "Encourages Member States, observers, contractors and other stakeholders to contribute financially to these"
        " trust funds;\u00b9",
        1,
        "contractors and other stakeholders",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), NAMED_AGAIN)
def test_named_again(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# the rule alone: what "its adoption of" acted on in plain words, not a numbered resolution nor "the" and a name
PLAIN_OBJECT = [
    ("and also recalls its adoption of guidelines on life cycle GHG intensity of marine fuels", True),
    ("including the adoption by 16 Governments of national action plans for family farming", True),
    ("Recalling its adoption of resolution 70/1", False),
    ("Recalling its adoption of the 2030 Agenda for Sustainable Development", False),
]


@pytest.mark.parametrize(("head", "found"), PLAIN_OBJECT)
def test_plain_object_of_act(head: str, found: bool) -> None:
    assert (a._plain_object_of_act(head) is not None) is found


# "that" between two names is a demonstrative, as "the" is, and the walk goes on over it: the document adopted "by the
# Maritime Safety Committee ... and by the Facilitation Committee of that Organization" is read, not "Organization";
# after a plain noun the walk stops at the name ("the implementation of that Protocol")
THAT_BETWEEN_NAMES = [
    (
        "162. Invites States to implement the Revised Guidelines on the Prevention of\nAccess by Stowaways and the"
        " Allocation of Responsibilities to Seek the Successful\nResolution of Stowaway Cases, adopted by the Maritime"
        " Safety Committee of the\nInternational Maritime Organization and by the Facilitation Committee of that\n"
        "Organization;\u00b9",
        1,
        "Revised Guidelines on the Prevention of Access by Stowaways and the Allocation of Responsibilities to Seek"
        " the Successful Resolution of Stowaway Cases",
    ),  # A/RES/80/110 F91, 79/144 F89 (was "Organization")
    (
        "and also notes the amendments to the Code of that\nConvention adopted on 11 April 2025;\u00b9",
        1,
        "Code of that Convention",
    ),  # A/RES/80/110 F64 (was "Convention")
    # negative: after a plain noun "that" stays outside the name
    (
        "amended, and encourages the effective implementation of that Protocol;\u00b9",
        1,
        "Protocol",
    ),  # A/RES/80/110 F130
]


@pytest.mark.parametrize(("body", "number", "anchor"), THAT_BETWEEN_NAMES)
def test_that_between_names(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# the body that adopted a named instrument, after "the adoption (in <year>) of the <name>": SCHEMA trims the anchor to
# the instrument's name (A/RES/79/140 F10, A/RES/78/119 F10, A/RES/78/180 F37, A/RES/78/68 F36, A/RES/79/145 F36 read
# the Conference or the World Trade Organization with it)
ADOPTED_BY_AGENT = [
    (
        "Reaffirming the adoption of the New Urban Agenda by the United Nations Conference on\nHousing and Sustainable"
        " Urban Development (Habitat III), held in Quito from 17 to\n20 October 2016,\u00b9 and noting",
        "New Urban Agenda",
    ),
    (
        "5. Recalls the adoption of the New Urban Agenda at the United Nations Conference on\nHousing and Sustainable"
        " Urban Development (Habitat III), held in Quito from 17 to\n20 October 2016,\u00b9 in which Member States",
        "New Urban Agenda",
    ),
    (
        "147. Also recalls the adoption in 2022 of the Agreement on Fisheries Subsidies by the\nWorld Trade"
        " Organization,\u00b9 and the establishment of the voluntary Fisheries Funding Mechanism",
        "Agreement on Fisheries Subsidies",
    ),
    # negative: no act before the name; the body's name does not end the name ("... of the implementation ...")
    (
        "Welcoming the New Urban Agenda by the United Nations Conference on Housing and Sustainable Urban"
        " Development,\u00b9",
        "New Urban Agenda by the United Nations Conference on Housing and Sustainable Urban Development",
    ),
    (
        "Recalling the Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs"
        " of the implementation by Member States of the Political Declaration and Plan of Action,\u00b9",
        "Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the"
        " implementation by Member States of the Political Declaration and Plan of Action",
    ),
    (
        "Welcoming the adoption of the Single Convention on Narcotic Drugs of 1961 as amended by the 1972"
        " Protocol,\u00b9",
        "Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol",
    ),
]


@pytest.mark.parametrize(("body", "anchor"), ADOPTED_BY_AGENT)
def test_adopted_by_agent(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor
