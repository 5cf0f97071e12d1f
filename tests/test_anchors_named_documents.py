"""anchors.py: names of documents read whole (audit8): numbered comments, plans, mandates, subtitles; one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# A numbered general comment or recommendation whose subject in plain words (or the words on who adopted it) runs on to
# the mark carries it, with the committee named right after its number. (paragraph, footnote number, anchor)
NUMBERED_COMMENTS = [
    (
        "Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the"
        " implementation of the Convention on the Rights of the Child in relation to the digital environment,\u00b9 and"
        " taking note also of general comment No. 26 (2023) on children\u2019s rights and the environment, with a special"
        " focus on climate change,\u00b2",
        1,
        "general comment No. 25 (2021) of the Committee on the Rights of the Child",
    ),  # A/RES/78/187 F32: CRC/C/GC/25 (was "digital environment", audit8 gaC 4)
    (
        "Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the"
        " implementation of the Convention on the Rights of the Child in relation to the digital environment,\u00b9 and"
        " taking note also of general comment No. 26 (2023) on children\u2019s rights and the environment, with a special"
        " focus on climate change,\u00b2",
        2,
        "general comment No. 26 (2023)",
    ),  # A/RES/78/187 F33 (unchanged)
    (
        "Taking note of general recommendation No. 39 (2022) on the rights of Indigenous women and girls\u00b9 of the"
        " Committee on the Elimination of Discrimination against Women,",
        1,
        "general recommendation No. 39 (2022)",
    ),  # A/RES/80/191 F20, 78/189 F17, 79/159 F20: CEDAW/C/GC/39 (was "Indigenous women and girls")
    (
        "Noting general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights on the right to"
        " water (articles 11 and 12 of the International Covenant on Economic, Social and Cultural Rights)\u00b9 and the"
        " statement on the right to sanitation of the Committee of 19 November 2010,\u00b2",
        1,
        "general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights",
    ),  # A/RES/78/206 F9: E/2003/22 (was "International Covenant on Economic, Social and Cultural Rights)")
    (
        "Encouraging States parties to the Convention to take note of and consider general recommendation No. 26 (2008)"
        " on women migrant workers, adopted by the Committee on the Elimination of Discrimination against Women in"
        " November 2008,\u00b9",
        1,
        "general recommendation No. 26 (2008)",
    ),  # A/RES/78/180 F19: A/64/38 (was "Convention on the Elimination of All Forms of Discrimination against Women")
    # unchanged: no subject after the comment; a new item after its subject
    (
        "Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child,\u00b9",
        1,
        "general comment No. 25 (2021) of the Committee on the Rights of the Child",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), NUMBERED_COMMENTS)
def test_a_numbered_comment_with_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "Recalls general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights on the right"
            " to water (articles 11 and 12 of the Covenant)",
            "general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights",
        ),  # A/RES/78/198 F24
        (
            "general comment No. 26 (2023) on children\u2019s rights and the environment",
            None,
        ),  # "and the": read as before
        ("general comment No. 1 on migrant domestic workers, which notes that", None),  # a clause
        ("general comment No. 1 of the Committee", None),  # no subject
    ],
)
def test_numbered_comment(head: str, want: str | None) -> None:
    assert a._numbered_comment(head) == want


# A plan, strategy or work programme named by plain nouns is read with its owner's capitalised name before them and its
# subject after them ("on"/"for" and plain words, a span of years). (paragraph, footnote number, anchor)
PLANS = [
    (
        "Recalling further the 2016 political declaration of the high-level meeting to tackle antimicrobial"
        " resistance\u00b9 through the five overarching strategic objectives of the World Health Organization global"
        " action plan on antimicrobial resistance, \u00b2",
        2,
        "World Health Organization global action plan on antimicrobial resistance",
    ),  # A/RES/78/130 F7: WHA68/2015/REC/1 (was F6's anchor, audit8 gaF 1)
    (
        "Recalling the United Nations strategic plan for forests 2017\u20132030,\u00b9 taking note of the United Nations"
        " Forum on Forests,",
        1,
        "United Nations strategic plan for forests 2017\u20132030",
    ),  # A/RES/79/227 F25 and 9 more: 71/285 (was "United Nations strategic plan", audit8 gaB 11)
    (
        "Encouraging the Food and Agriculture Organization of the United Nations, which supports the food and"
        " agriculture sectors in implementing the global action plan on antimicrobial resistance\u00b9 developed by the"
        " World Health Organization,",
        1,
        "global action plan on antimicrobial resistance",
    ),  # A/RES/79/227 F39, 78/168 F38 (was "global action plan", audit8 gaB 11)
    (
        "Calls upon countries to strengthen the implementation of the enhanced Lima work programme on gender\u00b9 and its"
        " gender action plan,",
        1,
        "enhanced Lima work programme on gender",
    ),  # A/RES/80/138 F36 (was "enhanced Lima work programme")
    # unchanged: a plan with no subject
    (
        "Takes note of the Capacity Development Strategy (2023\u20132030) of the Intergovernmental Oceanographic"
        " Commission\u00b9 and its implementation plan,\u00b2",
        2,
        "implementation plan",
    ),  # A/RES/80/110 F25
    # a plan whose "for" opens a capitalised name: the plan with it (was "Decade"; audit15, as the plan of action for
    # the International Decades for the Eradication of Colonialism, A/RES/79/105 F4)
    (
        "Takes note with appreciation of the global action plan for the Decade,\u00b9",
        1,
        "global action plan for the Decade",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PLANS)
def test_a_plan_with_its_owner_and_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# An article's number and its paragraph's in brackets before "of" are no part of the name ("article 56 (1) of"), as
# the number alone is not ("article 56 of"). (text before the mark, anchor)
ARTICLE_PARAGRAPHS = [
    (
        "and recalling also article 56 (1) of Additional Protocol I of 1977 to the Geneva Conventions of 12 August"
        " 1949,",
        "Additional Protocol I of 1977 to the Geneva Conventions",
    ),  # A/RES/78/316 F3: vol. 1125, No. 17512 (was "56 (1) of Additional Protocol I ...", audit8 gaB 5)
    (
        "Recalling article 3 (b) of the Convention on the Rights of Persons with Disabilities,",
        "Convention on the Rights of Persons with Disabilities",
    ),
    # unchanged: the number alone; a numbered resolution with its year
    (
        "and recalling also article 56 of Additional Protocol I of 1977 to the Geneva Conventions of 12 August 1949,",
        "Additional Protocol I of 1977 to the Geneva Conventions",
    ),
    (
        "Recalling Security Council resolution 2334 (2016) of 23 December 2016,",
        "Security Council resolution 2334 (2016)",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), ARTICLE_PARAGRAPHS)
def test_an_article_paragraph_is_no_part_of_the_name(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A semicolon between an instrument's name and a subtitle in title words that runs on to the mark ends no clause: the
# name is read with its subtitle. (text before the mark, anchor)
SEMICOLON_SUBTITLES = [
    (
        "We take note of the adoption of the United Nations Convention against Cybercrime; Strengthening International"
        " Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology"
        " Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes;",
        "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain"
        " Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of"
        " Evidence in Electronic Form of Serious Crimes",
    ),  # A/RES/80/9 F14: 79/243 (was the subtitle after "Strengthening", audit8 gaF 2)
    # unchanged: a clause after the semicolon; no instrument before it
    (
        "Recalling the Convention on Biological Diversity; welcoming the Kunming-Montreal Global Biodiversity Framework,",
        "Kunming-Montreal Global Biodiversity Framework",
    ),
    (
        "Recalling the Convention on the Rights of the Child; Human Rights Council resolution 53/11,",
        "Human Rights Council resolution 53/11",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), SEMICOLON_SUBTITLES)
def test_a_subtitle_after_a_semicolon(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A document noun and its name after a colon is the subtitle of the instrument's title before the colon: both are read.
# (paragraph, footnote number, anchor)
MAIN_TITLES = [
    (
        "Recalling the Monterrey Consensus of the International Conference on Financing for Development\u00b9 and the"
        " Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference"
        " on Financing for Development to Review the Implementation of the Monterrey Consensus,\u00b2",
        2,
        "Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on"
        " Financing for Development to Review the Implementation of the Monterrey Consensus",
    ),  # A/RES/79/221 F5 and 5 more: 63/239 (was from "outcome document", audit8 gaB 8)
    # unchanged: no instrument before the colon
    (
        "Recalling the decisions adopted at its tenth special session: report of the Disarmament Commission,\u00b9",
        1,
        "report of the Disarmament Commission",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MAIN_TITLES)
def test_a_subtitle_after_a_colon_keeps_the_main_title(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A declaration named by plain nouns and the event that adopted it, in plain words, before a document noun ("review
# of") is the document: its head nouns are kept. (text before the mark, anchor)
DECLARATIONS_OF_EVENTS = [
    (
        "and taking note of the political declaration of the high-level meeting on the midterm review of the Sendai"
        " Framework for Disaster Risk Reduction 2015\u20132030, adopted on 18 May 2023,",
        "political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster"
        " Risk Reduction 2015\u20132030",
    ),  # A/RES/79/227 F21, 79/226 F29, 78/168 F32, 80/157 F24: 77/289 (was from "review of", audit8 gaB 9, gaA 4)
    (
        "2015\u20132030, as well as the political declaration of the high-level meeting of the General Assembly on the"
        " midterm review of the Sendai Framework for Disaster Risk Reduction 2015\u20132030,",
        "political declaration of the high-level meeting of the General Assembly on the midterm review of the Sendai"
        " Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # A/RES/79/221 F9, 80/153 F12: 77/289, the organ that held the meeting named too (was from "review of", re21)
    # unchanged: a review named alone (no declaration's head; "midterm" says which review it is, audit-r3c: was
    # "review of the Sendai Framework ...")
    (
        "Welcoming the midterm review of the Sendai Framework for Disaster Risk Reduction 2015\u20132030,",
        "midterm review of the Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), DECLARATIONS_OF_EVENTS)
def test_a_declaration_of_an_event_keeps_its_head(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A court's order of provisional measures is named with its noun, as a report of a body is. (text before the mark,
# anchor)
ORDERS = [
    (
        "Recalling further the order of provisional measures of the International Court of Justice of 16 March 2022,",
        "order of provisional measures of the International Court of Justice",
    ),  # A/RES/78/316 F1: A/77/4 (was "International Court of Justice", audit8 gaB 10)
    # unchanged: the court named alone
    (
        "Recalling the advisory role of the International Court of Justice,",
        "International Court of Justice",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), ORDERS)
def test_an_order_keeps_its_noun(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor
    before = head[: head.index("International")]
    assert a._ends_in(a._last_words(before + "Name", a._BEFORE_CHUNKS, len(before))[1], a._HEAD_NOUN_LAST)


# A mandate's title and its subject in plain words, commas and all, that run on to the mark are read whole, with the
# document noun before it. (paragraph, footnote number, anchor)
MANDATES = [
    (
        "Taking note of the most recent reports of the Special Representative of the Secretary-General on Violence"
        " against Children,\u00b9 the Special Rapporteur on the sale, sexual exploitation and sexual abuse of"
        " children\u00b2 and the Special Rapporteur on trafficking in persons, especially women and children, \u00b3",
        2,
        "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
    ),  # A/RES/78/187 F38, 80/190 F37 (was "sexual abuse of children", audit8 gaC 6)
    (
        "Taking note of the most recent reports of the Special Representative of the Secretary-General on Violence"
        " against Children,\u00b9 the Special Rapporteur on the sale, sexual exploitation and sexual abuse of"
        " children\u00b2 and the Special Rapporteur on trafficking in persons, especially women and children, \u00b3",
        3,
        "Special Rapporteur on trafficking in persons, especially women and children",
    ),  # A/RES/78/187 F39, 80/190 F38 (was "Special Rapporteur", audit8 gaC 6)
    (
        "39. Takes note of the report of the Special Rapporteur on contemporary forms of racism, racial discrimination,"
        " xenophobia and related intolerance, \u00b9 and encourages the Special Rapporteur to continue,",
        1,
        "report of the Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and"
        " related intolerance",
    ),  # A/RES/79/161 F21, 80/193 F20 (was "report of the Special Rapporteur")
    # unchanged: a second mandate after "and of the"; a report of a group on its sessions
    (
        "Taking note also of the report of the Special Rapporteur on trafficking in persons, especially women and"
        " children,\u00b9 as well as the reports of the Special Rapporteur on contemporary forms of slavery, including its"
        " causes and consequences,\u00b2 and of the Special Rapporteur on the sale and sexual exploitation of children,"
        " including child prostitution, child pornography and other child sexual abuse material,\u00b3",
        3,
        "Special Rapporteur on the sale and sexual exploitation of children, including child prostitution, child"
        " pornography and other child sexual abuse material",
    ),  # A/RES/78/228 F31
    (
        "Taking note of the report of the Working Group on its twenty-second and twenty-third sessions,\u00b9",
        1,
        "report of the Working Group",
    ),  # A/RES/78/203 F19
]


@pytest.mark.parametrize(("body", "number", "anchor"), MANDATES)
def test_a_mandate_title_is_read_whole(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A protocol whose own subject follows in plain words ("... on the sale of children, ...") is a title of the same shape:
# read whole, after "to the <Convention>", "thereto" or nothing. (paragraph, footnote number, anchor)
PROTOCOLS = [
    (
        "64. Further encourages Member States to strengthen their efforts in preventing and combating child"
        " pornography ..., both online and offline, including in line with the obligations of States contained in the"
        " Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution"
        " and child pornography;\u00b9",
        1,
        "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution"
        " and child pornography",
    ),  # A/RES/80/229 F60 (was "United Nations Office on Drugs and Crime"); 78/228 F7, 80/228 F7
    (
        "Recalling ... the Convention on the Rights of the Child\u00b9 and the Optional Protocol thereto on the sale of"
        " children, child prostitution and child pornography,\u00b2 and the Convention for the Suppression of the"
        " Traffic in Persons and of the Exploitation of the Prostitution of Others,\u00b3",
        2,
        "Optional Protocol thereto on the sale of children, child prostitution and child pornography",
    ),  # A/RES/79/154 F7 (was "prostitution and child pornography")
    (
        "Recalling ... the Convention on the Rights of the Child and its Optional Protocol on the involvement of"
        " children in armed conflict,\u00b9 the Convention against Torture",
        1,
        "Optional Protocol on the involvement of children in armed conflict",
    ),  # A/RES/79/184 F8, 80/223 F8 (was "children in armed conflict")
    # unchanged: a protocol with a title in capitals; the Protocols thereto
    (
        "Recalling the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading"
        " Treatment or Punishment,\u00b9",
        1,
        "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or"
        " Punishment",
    ),
    (
        "the Convention on the Rights of the Child\u00b9 and the Optional Protocols thereto,\u00b2",
        2,
        "Optional Protocols thereto",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PROTOCOLS)
def test_a_protocol_with_its_subject_is_read_whole(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
