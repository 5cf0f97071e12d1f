"""anchors.py: the noun phrase a mark closes (audit14 round anchors14a: a document whose participle's clause runs on
to a name at the mark, a means after "including through/by" read in place of the one asked); one table per rule,
from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph with superscript marks, footnote number, anchor)
DOCUMENT_WITH_PARTICIPLE = [
    (
        "Recalling also its resolution 62/21 of 5 December 2007, in which it took note of\nthe report of the Panel of"
        " Governmental Experts on verification in all its aspects,\nincluding the role of the United Nations in the"
        " field of verification,\u00b9 as well as the\nreports of the Secretary-General of 1990\u00b2 and 1995,\u00b3"
        " and the report of the\nDisarmament Commission outlining general principles of verification elaborated\nupon"
        " or added to those stated in the Final Document of the Tenth Special Session of\nthe General Assembly,\u2074",
        4,
        "report of the Disarmament Commission",
    ),  # A/RES/80/53 F5, A/51/182/Rev.1 (was "Final Document of the Tenth Special Session ..."; audit14 re30 Sure 1)
    (
        "Recalling the report of the Disarmament Commission outlining general principles of verification stated in"
        " the Final Document of the Tenth Special Session of the General Assembly,\u2075",
        5,
        "report of the Disarmament Commission",
    ),  # audit14 re30 probe d.txt
    (
        "Recalling the principles of verification stated in the Final Document of the Tenth Special Session of the"
        " General Assembly,\u00b9",
        1,
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # negative: no document noun and participle before the name (A/RES/80/53 F1 cites the Final Document, S-10/2)
    (
        "Recalling the report of the Disarmament Commission outlining general principles, and the Final Document of"
        " the Tenth Special Session of the General Assembly,\u2075",
        5,
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # negative: a comma and "and the" make the Final Document an item of its own
    (
        "Taking note of the report of the Secretary-General containing the substantive views of Member States on the"
        " report of the Group of Governmental Experts to further consider nuclear disarmament verification issues,"
        "\u00b9",
        1,
        "report of the Secretary-General",
    ),  # A/RES/80/53 F8, A/79/93 (unchanged: the infinitive after the name is cut, the report read before)
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENT_WITH_PARTICIPLE)
def test_document_with_participle(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A means named after ", including through/by" and "through (the use of) the", at the mark: the marked noun phrase,
# not the one asked to do something far back (audit14 re30 Sure 2).
MEANS_AT_MARK = [
    (
        "11. Encourages States to enhance information-sharing and international\ncooperation and assistance, and to"
        " strengthen national capacities of the High\nContracting Parties to the amended version of the Protocol on"
        " Prohibitions or\nRestrictions on the Use of Mines, Booby Traps and Other Devices (Protocol II) in\nmitigating"
        " the problem of improvised explosive devices, including by the sharing of\nnational measures to identify"
        " effective practices for countering the threat posed by\nsuch devices through the use of the updated"
        " one-time voluntary questionnaire\u00b2 and\nthe maintenance of a network of national points of contact;",
        2,
        "updated one-time voluntary questionnaire",
    ),  # A/RES/79/53 F20, CCW/AP.II/CONF.23/5 (was "States")
    (
        "1. Encourages States to enhance cooperation, including through the updated one-time voluntary"
        " questionnaire\u00b2 and the network;",
        2,
        "updated one-time voluntary questionnaire",
    ),  # audit14 re30 probe m1.txt (was "States")
    (
        "1. Encourages States to enhance cooperation through the updated one-time voluntary questionnaire\u00b2 and"
        " the network;",
        2,
        "updated one-time voluntary questionnaire",
    ),  # audit14 re30 probe m2.txt: no "including", unchanged
    (
        "1. Encourages States to enhance cooperation, including through the Global Framework for Ammunition\u00b2"
        " and the network;",
        2,
        "Global Framework for Ammunition",
    ),  # audit14 re30 probe m3.txt: a name there, unchanged
    (
        "25. Encourages Member States to establish or strengthen national programmes and to engage in bilateral,"
        " subregional, regional and international cooperation, including by forging regional initiatives or plans"
        " of action,\u00b2 and to cooperate with relevant organizations;",
        2,
        "regional initiatives or plans of action",
    ),  # A/RES/79/154 F37, the means in a gerund's object (was "Member States"; the footnote lists the initiatives)
    (
        "1. Encourages States to enhance cooperation, including by forging partnerships that strengthen the"
        " network\u00b2 and the data;",
        2,
        "cooperation, including by forging partnerships that strengthen the network",
    ),  # a new clause ("that") after the object: the gerund rule does not read it, and what the one asked is to do
    # carries the mark, not the one asked (was "States")
]


@pytest.mark.parametrize(("body", "number", "anchor"), MEANS_AT_MARK)
def test_means_at_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# One who acts or is named in a document, before "in the" and the document's name, is no part of that name: the name
# after "in the" is read (audit14 re30 Likely 2). A name's own "in the" stays ("... Agency for Palestine Refugees in
# the Near East").
ACTOR_IN_DOCUMENT = [
    (
        "Taking note of the recommendation of the Secretary-General in the New Agenda\nfor Peace\u00b9 that Member"
        " States stop the use by terrorist and other illegal armed groups\nof improvised explosive devices,",
        1,
        "New Agenda for Peace",
    ),  # A/RES/79/53 F17, A/77/CRP.1/Add.8 (was "Secretary-General in the New Agenda for Peace")
    (
        "Taking note of the references to Indigenous Peoples in the Pact for the Future,\nthe Global Digital Compact"
        " and the Declaration on Future Generations,\u00b9",
        1,
        "Pact for the Future, the Global Digital Compact and the Declaration on Future Generations",
    ),  # A/RES/79/159 F15 and A/RES/80/191 F15, A/RES/79/1 (was "Indigenous Peoples in the Pact for the Future, ...")
    (
        "Taking note of the report of the Commissioner-General of the United Nations Relief and Works Agency for"
        " Palestine Refugees in the Near East,\u00b9",
        1,
        "report of the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in"
        " the Near East",
    ),  # negative: "in the Near East" is part of the Agency's name (A/RES/78/76 style)
]


@pytest.mark.parametrize(("body", "number", "anchor"), ACTOR_IN_DOCUMENT)
def test_actor_in_document(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A mark printed inside a word leaves one letter before it ("a ⁸ nd"): one letter is never a name, the name before it is
# read (audit14 re26 Sure 1).
MARK_INSIDE_WORD = [
    (
        "Reaffirming the New Urban Agenda,\u2077 the Sendai Framework for Disaster Risk Reduction 2015\u2013\n2030,"
        " a \u2078 nd other relevant major intergovernmental outcomes of United Nations\nconferences and summits in"
        " the economic, social and environmental fields,",
        8,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # A/RES/79/263 F8, 69/283 (was "a")
    (
        "Reaffirming the New Urban Agenda,\u2077 the Sendai Framework for Disaster Risk Reduction 2015\u2013\n2030,"
        "\u2078 and other relevant major intergovernmental outcomes of United Nations\nconferences and summits in"
        " the economic, social and environmental fields,",
        8,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # the same, the mark printed after the comma (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), MARK_INSIDE_WORD)
def test_mark_inside_word(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# a later mark of a paragraph carries the item after the mark before it, not a phrase read before that mark (audit-mark:
# A/RES/80/110 O214 F122 F123 both gave "ongoing work of the International Maritime Organization"): a capitalised
# document noun with its subject in plain words that runs on to the mark ("by sea" is how, not who), and an item that
# repeats the preposition of the one before it ("and of Guidelines ...")
PLASTIC_PELLETS = (
    "214. Notes the ongoing work of the International Maritime Organization on\nmarine plastic litter, including the"
    " adoption by the Marine Environment Protection\nCommittee of the 2025 Action Plan to Address Marine Plastic Litter"
    " from Ships, \u00b9\nand its approval of Recommendations for the carriage of plastic pellets by sea in\nfreight"
    " containers\u00b2 and of Guidelines on good practice relating to clean-up of plastic\npellets from ship-source"
    " releases;\u00b3"
)
LATER_MARK_ITEM = [
    (PLASTIC_PELLETS, 2, "Recommendations for the carriage of plastic pellets by sea in freight containers"),
    (
        PLASTIC_PELLETS,
        3,
        "Guidelines on good practice relating to clean-up of plastic pellets from ship-source releases",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), LATER_MARK_ITEM)
def test_later_mark_item(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# the rules alone, positive and negative: the subject runs over "by" and a bare means only ("by sea", "by air"), not
# over an agent; "and of" opens an item of its own before a capitalised name only, not before "the" and an author
TITLE_SUBJECT_TAIL = [
    (
        "and its approval of Recommendations for the carriage of plastic pellets by sea in freight containers",
        True,
    ),
    ("and its approval of Recommendations for the carriage of dangerous goods by air", True),
    ("and its approval of Recommendations for the carriage of plastic pellets by the Committee", False),
    (
        "and its approval of Recommendations for the carriage of plastic pellets adopted by the Committee",
        False,
    ),
]


@pytest.mark.parametrize(("text", "found"), TITLE_SUBJECT_TAIL)
def test_title_subject_tail(text: str, found: bool) -> None:
    assert (a._tail_of_title_subject(text, len(text)) is not None) is found


NEW_ITEM_OF = [
    (" and of Guidelines on good practice relating to clean-up of plastic pellets", True),
    (" and its approval of Recommendations", True),
    (" and of the Special Rapporteur on migration", False),
    (" and of universal health coverage", False),
]


@pytest.mark.parametrize(("window", "opens"), NEW_ITEM_OF)
def test_new_item_of(window: str, opens: bool) -> None:
    assert (a._NEW_ITEM_START.match(window) is not None) is opens


# a last item of resolutions or decisions after ", and" is the item the mark closes, not the other mark's phrase read
# on to it (A_RES_79_271 F2, 78/272 F2: "Resolutions 75/239 and 77/248 and decisions 74/543, ..."): read by
# anchors._EARLIER_RESOLUTIONS_RELATING, here end to end after another mark
BBNJ = (
    "Recalling its resolution 72/249 of 24 December 2017, in which it decided to \nconvene an intergovernmental"
    " conference, under the auspices of the United Nations, \nto consider the recommendations of the Preparatory"
    " Committee established by \nresolution 69/292 of 19 June 2015 on the elements and to elaborate the text of an"
    " \ninternational legally binding instrument under the United Nations Convention on the \nLaw of the Sea\u00b9 on"
    " the conservation and sustainable use of marine biological diversity \nof areas beyond national jurisdiction,"
    " with a view to developing the instrument as \nsoon as possible, and other relevant resolutions and decisions"
    " relating to the \nconvening of sessions of the conference,\u00b2"
)
LAST_RESOLUTIONS_ITEM = [
    (BBNJ, 1, "United Nations Convention on the Law of the Sea"),
    (
        BBNJ,
        2,
        "other relevant resolutions and decisions relating to the convening of sessions of the conference",
    ),
]


# The plain item a mark ends in a comma list inside a relative clause on the items of an inclusion (", including
# women and children, who are ... targeted especially for ..., trafficking in persons,"): that item, not the noun the
# inclusion is of; "in all its forms (and manifestations)" after it is no part of it; "about" after "concern" opens no
# name (audit-ga7). (paragraph, footnote number, anchor)
ITEM_AFTER_INCLUSION_CLAUSE = [
    (
        "15. Expresses particular concern about the full range of threats, violations and\nabuses of human rights and"
        " violations of international humanitarian law experienced\nby many internally displaced persons, including"
        " women and children, who are\nparticularly vulnerable or specifically targeted especially for sexual and"
        " gender-based\nviolence and sexual exploitation and abuse, trafficking in persons in all its forms, \u00b9"
        "\nforced recruitment and abduction, encourages the continued commitment of the",
        1,
        "trafficking in persons",
    ),  # A/RES/78/205 F19: UNTS/2237/39574, the Trafficking Protocol (was "many internally displaced persons")
    (
        "Expressing concern about sexual exploitation and abuse, trafficking in persons in all its forms,\u00b9 forced"
        " recruitment and abduction,",
        1,
        "trafficking in persons",
    ),  # probe (was "all its forms")
    (
        "Expressing concern about trafficking in persons,\u00b9 forced recruitment and abduction,",
        1,
        "trafficking in persons",
    ),  # probe (was "about trafficking in persons")
    (
        "Strongly condemning terrorism in all its forms and manifestations,\u00b9 and",
        1,
        "terrorism",
    ),  # probe (was "all its forms and manifestations")
    # unchanged: an inclusion's own list, no relative clause; a name after the inclusion; an item "and its" opens
    (
        "Expressing concern about the threats experienced by many internally displaced persons, including women,"
        " trafficking in persons,\u00b9 forced recruitment",
        1,
        "many internally displaced persons",
    ),
    (
        "Recalling the relevant international instruments, including the Convention on the Rights of the Child, which"
        " entered into force in 1990, and the Protocol to Prevent, Suppress and Punish Trafficking in Persons,"
        " Especially Women and Children,\u00b9",
        1,
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), LAST_RESOLUTIONS_ITEM)
def test_last_resolutions_item(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


def test_last_resolutions_item_subject_may_list() -> None:
    body = BBNJ.replace(
        "other relevant resolutions and decisions relating to the \nconvening of sessions of the conference,\u00b2",
        "relevant resolutions and decisions relating to the convening of \nthe fourth and fifth sessions of the"
        " conference, the resumed fifth session of the \nconference and the further resumed fifth session of the"
        " conference, \u00b2",
    )
    assert footnote_anchors(body)[2] == (
        "relevant resolutions and decisions relating to the convening of the fourth and fifth sessions of the"
        " conference, the resumed fifth session of the conference and the further resumed fifth session of the"
        " conference"
    )  # A_RES_78_272 F2


@pytest.mark.parametrize(("body", "number", "anchor"), ITEM_AFTER_INCLUSION_CLAUSE)
def test_item_after_inclusion_clause(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A list of numbered resolutions, each with its subject, read as the layout reads it (its line breaks and all): the
# list keyword, the body's name and the first number, not a name read from inside the first subject (audit-ga7).
NUMBERED_LIST_WITH_SUBJECTS = [
    (
        "Recalling Human Rights Council resolutions 5/1 on institution-building of the \nCouncil and 5/2 on the Code of"
        " Conduct for Special Procedures Mandate Holders of \nthe Council of 18 June 2007,\u00b9 and stressing that all"
        " mandate holders shall discharge",
        1,
        "Human Rights Council resolutions 5/1",
    ),  # A/RES/78/196 F13: A/62/53 (was "Council and 5/2 on the Code of Conduct ... of the Council")
]


@pytest.mark.parametrize(("body", "number", "anchor"), NUMBERED_LIST_WITH_SUBJECTS)
def test_numbered_list_with_subjects(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A mark right after "and resolutions <number>" carries that numbered item, not the body the item before it is of
# (audit-ga7; read by anchors._AND_NUMBERED_KEYWORD in _last_numbered_conjunct). (paragraph, footnote number, anchor)
KEYWORD_ITEM_AFTER_BODY = [
    (
        "recalling in this regard the Kunming-Montreal Global Biodiversity \nFramework, adopted in decision 15/4 of 19"
        " December 2022,\u00b9 as well as decision 15/29 \nof 19 December 2022 \u00b2  of the Conference of the Parties"
        " to the Convention on \nBiological Diversity and resolutions 5/1 \u00b3 and 5/6\u2074 of 2 March 2022 of the"
        " United \nNations Environment Assembly,",
        3,
        "resolutions 5/1",
    ),  # A/RES/79/313 F3: UNEP/EA.5/Res.1 (was "Conference of the Parties to the Convention on Biological Diversity
    # and resolutions 5/1")
    # unchanged: the numbered item before "and resolutions" is one of its own; the name runs on past the numbers
    (
        "Recalling decision 14/4 of 30 November 2018 of the Conference of the Parties to the Convention on Biological"
        " Diversity and resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the"
        " United Nations Environment Assembly;\u00b9",
        1,
        "resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the United Nations"
        " Environment Assembly",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), KEYWORD_ITEM_AFTER_BODY)
def test_keyword_item_after_body(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "respect for" opens what the respect is for, one noun phrase as "the right to ..." is: no cut at its "for", so a
# mark that closes a statement with no name is read at the mark, not at the words before "for" (audit-ga23t: A_RES_78_208
# F17 gave "development and respect", a phrase fifteen words before the mark; SCHEMA.md: the words that carry it).
RESPECT_FOR_AT_MARK = [
    (
        "Reaffirming also that the promotion and protection of human rights and\nfundamental freedoms at the national"
        " and international levels should be universal and\nconducted without conditions attached and that the"
        " international community should\nsupport the strengthening and promotion of democracy, development and"
        " respect for\nhuman rights and fundamental freedoms and the principles of the rule of law in the\nentire"
        " world,\u00b9",
        1,
        "entire world",
    ),  # A_RES_78_208 F17 (A/CONF.157/24 (Part I), chap. III, para. 8; was "development and respect")
    (
        "Recalls the establishment by the Secretary-General of the United Nations\ntrust fund for electoral"
        " assistance,\u00b9",
        1,
        "United Nations trust fund",
    ),  # negative: another noun before "for" is still cut there
    (
        "Underscoring the important role that regional and subregional organizations\nplay, in accordance with the"
        " Charter, in the areas of peace and security, development\nand human rights,\u00b9 and recalling their"
        " commitments to supporting the principles of\nfree and fair elections,",
        1,
        "development and human rights",
    ),  # negative: A_RES_78_208 F18, no "respect for" (unchanged)
]


@pytest.mark.parametrize(("body", "number", "anchor"), RESPECT_FOR_AT_MARK)
def test_respect_for_at_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A mark closing a condition clause set off by a comma (", unless ... so demand,"): the condition is no name; the words
# before it carry the mark (audit-ga23q; anchors._UNLESS_CONDITION). (paragraph, footnote number, anchor)
UNLESS_CONDITION = [
    (
        "Recognizing that violations of international humanitarian law can cause \ndisplacement, and recalling that"
        " displacement could be reduced if international \nhumanitarian law was respected by all parties to armed"
        " conflict, in particular the \nfundamental principles of distinction, proportionality and precaution, as"
        " well as the \nprohibition of forced displacement of the civilian population, unless the security of \nthe"
        " civilians involved or imperative military reasons so demand, \u00b2",
        2,
        "prohibition of forced displacement of the civilian population",
    ),  # A/RES/78/205 F2: UNTS/1125/17513, Protocol II, arts. 13 and 17 (was "respected by all parties")
    # unchanged: with no condition clause the same name is read at the comma
    (
        "Recalling that displacement could be reduced if international humanitarian law was respected by all parties"
        " to armed conflict, in particular the fundamental principles of distinction, proportionality and precaution,"
        " as well as the prohibition of forced displacement of the civilian population,\u00b2",
        2,
        "prohibition of forced displacement of the civilian population",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), UNLESS_CONDITION)
def test_unless_condition(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A footnote that says what a word means ("The term “survivor” or “survivors” is not defined in ...") glosses the
# word its mark is printed on, not the name the walk finds before a list (audit-r8d: A/RES/78/228 F22, 80/228 F22).
DEFINED_TERM_AT_MARK = [
    (
        "Taking note with appreciation further of the thematic focus of the Inter-Agency\nCoordination Group on"
        " trafficking in persons and technology, and taking note of the\nwork of the Coordination Group to strengthen"
        " coordination among its members and\npartners as well as with other organizations and institutions,"
        " including non-governmental\nactors, civil society, victims and survivors,\u00b9 the private sector and"
        " trade unions,",
        "The term \u201csurvivor\u201d or \u201csurvivors\u201d is not defined in the Protocol to Prevent, Suppress"
        " and Punish Trafficking in Persons, Especially Women and Children.",
        "survivors",
    ),  # A/RES/78/228 F22 (was "Coordination Group")
    (
        "Seriously concerned about the devastating impact of disasters,\u00b9 and desirous of reducing it,",
        "The term \u201cdisasters\u201d refers to natural or technological disasters.",
        "devastating impact of disasters",
    ),  # negative: A/RES/78/72 F3, the read already ends with the term
    (
        "Taking note of the work of the Coordination Group, including civil society, victims and survivors,\u00b9",
        "Resolution 70/1.",
        "Coordination Group",
    ),  # negative: a footnote that glosses no term keeps the rule's reading
]


@pytest.mark.parametrize(("body", "note", "anchor"), DEFINED_TERM_AT_MARK)
def test_defined_term_at_mark(body: str, note: str, anchor: str) -> None:
    assert footnote_anchors(body, {"\u00b9": note})[1] == anchor
