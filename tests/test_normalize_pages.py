"""Page breaks: page furniture (running titles, job numbers, footnote blocks) splits no paragraph.

SCHEMA.md: page headers, footers and job numbers "are noise: not annotated, not
counted, and a paragraph split by them is one paragraph". The snippets are cut
from the corpus texts named in each case, with their page furniture as printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citegraph.normalize import analyse
from citegraph.reader import read_document


def _body(text: str) -> list[str]:
    n = analyse(text)
    return [" ".join(n.text[b.start : b.end].split()) for b in n.blocks if b.kind == "body"]


def _page(before: str, after: str, title: str = "Situation of human rights") -> str:
    """A resolution whose first page ends with ``before`` and whose second page starts with ``after``."""
    return (
        f"United Nations \nA/RES/79/182\n \nGeneral Assembly \nDistr.: General \n19 December 2024 \n \n"
        f"24-24224 (E) \n*2424224* \n \n 79/182. {title} \n \n \nThe General Assembly, \n \n"
        f"{before}\n__________________ \n \n1 Resolution 217 A (III). \n \n"
        f"\nA/RES/79/182 \n{title}\n \n24-24224\n2/18 \n \n"
        f"{after}\n \n1. Decides to act. \n \n3/18 \n24-24224 \n"
    )


# (first page's end, second page's start, the paragraphs they make), from the corpus
JOINED = [
    (  # A/RES/79/182 P3: a list of Human Rights Council resolutions goes on with a symbol
        "Recalling the resolutions of the Human Rights Council, the most recent of which being\n"
        "resolutions 56/1 of 10 July 2024, 46/21 of 24 March 2021,1 ",
        "S-29/1 of 12 February 2021, 43/26 of 22 June 2020 and S-27/1 of 5 December \n2017, ",
        "Recalling the resolutions of the Human Rights Council, the most recent of which being resolutions "
        "56/1 of 10 July 2024, 46/21 of 24 March 2021, S-29/1 of 12 February 2021, 43/26 of 22 June 2020 "
        "and S-27/1 of 5 December 2017,",
    ),
    (  # A/RES/79/98 P7: a list of Security Council resolutions goes on with a number
        "Underlining the adoption of Security Council resolutions 1754 (2007) on 30 April 2007,\n"
        "1979 (2011) on 27 April 2011,1 ",
        "2044 (2012) on 24 April 2012 and 2099 (2013) on 25 April \n2013, ",
        "Underlining the adoption of Security Council resolutions 1754 (2007) on 30 April 2007, "
        "1979 (2011) on 27 April 2011, 2044 (2012) on 24 April 2012 and 2099 (2013) on 25 April 2013,",
    ),
    (  # A/RES/80/192 P2: the sentence goes on with a name
        "Recalling that racism, including neo-Nazism, Islamophobia,1 ",
        "Christianophobia and antisemitism, is a threat to social cohesion, not just to those \n"
        "racial and ethnic groups that are their direct target, ",
        "Recalling that racism, including neo-Nazism, Islamophobia, Christianophobia and antisemitism, is a "
        "threat to social cohesion, not just to those racial and ethnic groups that are their direct target,",
    ),
    (  # A/RES/80/117 O41: a list of targets goes on after a semicolon with a number
        "Noting the following global targets by 2030: 150 million fewer people are using tobacco;1 ",
        "150 million more people have hypertension under control; and 150 million more \n"
        "people have access to mental health care; ",
        "Noting the following global targets by 2030: 150 million fewer people are using tobacco; "
        "150 million more people have hypertension under control; and 150 million more people have "
        "access to mental health care;",
    ),
]


@pytest.mark.parametrize(("before", "after", "joined"), JOINED)
def test_a_paragraph_goes_on_across_a_page_break(before: str, after: str, joined: str) -> None:
    assert _body(_page(before, after))[3:] == [joined, "1. Decides to act."]


# a new paragraph after a page break, after a paragraph that ended with "," or ";"
SPLIT = [
    ("Recalling its resolution 78/219,1 ", "Recalling also its resolution 77/227, "),
    ("Recalling its resolution 78/219,1 ", "*Noting* the report, "),  # markdown italics
    ("Recalling its resolution 78/219,1 ", "Re-emphasizing the right of all refugees to return, "),  # 78/219
    ("Recalling its resolution 78/219,1 ", "Particularly concerned that fishing continues, "),  # 80/109
    ("Recalling its resolution 78/219,1 ", "Mindful of the importance of the Charter, "),
    ("Recalling its resolution 78/219,1 ", "Deeply alarmed by the reports, "),
    ("Recalling its resolution 78/219,1 ", "Takes note of the revised estimates; "),
    ("Recalling its resolution 78/219,1 ", "“The future we want”, "),
    (
        "Recalling its resolution 78/219;1 ",
        "Target: at least 80 per cent of countries have a plan. ",
    ),  # 80/117
    ("Recalling its resolution 78/219,1 ", "Final report"),  # a heading (78/322)
]


@pytest.mark.parametrize(("before", "after"), SPLIT)
def test_a_new_paragraph_after_a_page_break_stays_apart(before: str, after: str) -> None:
    body = _body(_page(before, after))
    assert body[3:] == [" ".join(before.split())[:-1], after.strip().replace("*", ""), "1. Decides to act."]


def test_a_running_title_on_two_lines_is_dropped_whole() -> None:
    """A/RES/79/258: the running title's last line, "for 2025", is no body text: it glued the next
    paragraph onto the last one of the page before."""
    title = "Special subjects relating to the proposed programme budget \nfor 2025"
    text = _page("Recalling its resolution 78/252,1 ", "Having considered the report, ", title)
    assert _body(text)[3:] == [
        "Recalling its resolution 78/252,",
        "Having considered the report,",
        "1. Decides to act.",
    ]


def test_a_body_line_that_is_part_of_the_title_stays() -> None:
    """A/RES/78/168: "development," is in the title ("Agriculture development, food security and
    nutrition"), but it stands between body lines, not beside the page furniture."""
    title = "Agriculture development, food security and nutrition"
    text = _page(
        "Recognizing the need to find inclusive solutions to and fight1 ",
        "hunger and all forms of malnutrition and to promote rural and urban sustainable \ndevelopment,  \n \n"
        "Recalling the Sendai Framework, ",
        title,
    )
    assert _body(text)[3:] == [
        "Recognizing the need to find inclusive solutions to and fight hunger and all forms of malnutrition "
        "and to promote rural and urban sustainable development,",
        "Recalling the Sendai Framework,",
        "1. Decides to act.",
    ]


def test_a_body_line_from_the_middle_of_the_title_stays_after_a_page_break() -> None:
    """A/RES/78/328: the page's first body line, "Peoples' representatives and institutions in
    meetings of relevant United Nations", is words of the title (which the paragraph quotes) and
    stands right after the running title; but a running title starts where the title does, and
    the line was dropped as one, losing words of the paragraph."""
    title = (
        "Enhancing the participation of Indigenous Peoples’ \n"
        "representatives and institutions in meetings of relevant \n"
        "United Nations bodies on issues affecting them"
    )
    text = _page(
        "to consider ways to enable the participation of Indigenous ",
        "Peoples’ representatives and institutions in meetings of relevant United Nations \n"
        "bodies on issues affecting them, ",
        title,
    )
    assert _body(text)[3] == (
        "to consider ways to enable the participation of Indigenous Peoples’ representatives and "
        "institutions in meetings of relevant United Nations bodies on issues affecting them,"
    )


def test_a_title_of_two_parts_runs_as_a_running_title() -> None:
    """A/RES/79/243: the title's first part ends with a semicolon and its second part follows after
    blank lines; the running title prints both, and is dropped whole. The paragraph that quotes the
    title across the page break keeps every word of it."""
    text = (
        "United Nations \nA/RES/79/243\n \nGeneral Assembly \nDistr.: General \n31 December 2024 \n \n"
        "24-24621 (E) \n*2424621* \n \n 79/243. United Nations Convention against Cybercrime; \n \n \n"
        " Strengthening International Cooperation for Combating Certain \nCrimes Committed by Means of "
        "Information and Communications \nTechnology Systems and for the Sharing of Evidence in Electronic "
        "\nForm of Serious Crimes \n \n \nThe General Assembly, \n \n"
        "Strongly convinced also that the United Nations Convention against \n"
        "Cybercrime; Strengthening International Cooperation for Combating Certain Crimes \n\n"
        "A/RES/79/243 \nUnited Nations Convention against Cybercrime; Strengthening International \n"
        "Cooperation for Combating Certain Crimes Committed by Means of Information \n"
        "and Communications Technology Systems and for the Sharing of Evidence in\n"
        "Electronic Form of Serious Crimes\n \n24-24621\n2/46 \n \n"
        "Committed by Means of Information and Communications Technology Systems and \n"
        "for the Sharing of Evidence in Electronic Form of Serious Crimes will constitute an \n"
        "effective tool, \n \n1. Decides to act. \n"
    )
    assert _body(text)[-2:] == [
        "Strongly convinced also that the United Nations Convention against Cybercrime; Strengthening "
        "International Cooperation for Combating Certain Crimes Committed by Means of Information and "
        "Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious "
        "Crimes will constitute an effective tool,",
        "1. Decides to act.",
    ]


@pytest.mark.corpus
def test_corpus_79_182_keeps_p3_whole(corpus: Path) -> None:
    """ga_A audit item 1: P3 of A/RES/79/182 runs across the footnotes and the head of page 2."""
    doc = read_document(corpus / "unga-mandate-pipeline" / "A_RES_79_182.txt")
    assert doc.meta.preambular_count == 73
    p3 = next(p for p in doc.paragraphs if p.label == "P3")
    assert "46/21 of 24 March 2021, S-29/1 of 12 February 2021," in " ".join(p3.text.split())
    assert "Security Council resolutions 2669 (2022)" in " ".join(p3.text.split())


def _markdown(before: str, after: str) -> str:
    """A resolution converted to markdown (seed 002's shape) whose paragraph ``before`` ends a page that
    has no footnotes, and whose next page starts with ``after``: only a blank line between."""
    return (
        "\n\n\n\nGeneral Assembly\n\nDistr.: General\n22 December 2023\n\nSeventy-eighth session\n\n"
        "Agenda item 71 (c)\n\nPromotion and protection of human rights\n\n"
        "Resolution adopted by the General Assembly on 19 December 2023\n\n"
        "[*on the report of the Third Committee (A/78/481/Add.3, para. 12)*]\n\n"
        "78/221. Situation of human rights\n\nThe General Assembly,\n\n"
        f"{before}\n\n{after}\n\n99. *Decides* to act.\n"
    )


# (the page's last line, the next page's first line, the paragraph they make): a markdown conversion
# breaks a paragraph where the PDF's page ended, with a blank line only when the page had no footnotes
MARKDOWN_JOINED = [
    (  # A/RES/78/119 O58: after a word no sentence or title ends with
        "58. *Calls upon* Member States to continue to support diverse humanitarian funding channels, "
        "encourages efforts to follow the Principles and Good Practice of",
        "Humanitarian Donorship and to improve burden-sharing among donors;",
        "58. Calls upon Member States to continue to support diverse humanitarian funding channels, "
        "encourages efforts to follow the Principles and Good Practice of Humanitarian Donorship and to "
        "improve burden-sharing among donors;",
    ),
    (  # seed 001 O17: "inter alia, the" then the name
        "17. *Urges* the United Nations Office on Drugs and Crime to continue to provide technical "
        "assistance, including, where applicable, recommendations of relevant intergovernmental bodies, "
        "inter alia, the",
        "Financial Action Task Force and relevant initiatives of regional organizations;",
        "17. Urges the United Nations Office on Drugs and Crime to continue to provide technical "
        "assistance, including, where applicable, recommendations of relevant intergovernmental bodies, "
        "inter alia, the Financial Action Task Force and relevant initiatives of regional organizations;",
    ),
    (  # A/RES/78/174 P: a name the page broke, in a preambular paragraph
        "Recognizing also that advances have been made in promoting social integration, including "
        "through the adoption of the Madrid",
        "International Plan of Action on Ageing, 2002, the World Programme of Action for Youth,",
        "Recognizing also that advances have been made in promoting social integration, including "
        "through the adoption of the Madrid International Plan of Action on Ageing, 2002, the World "
        "Programme of Action for Youth,",
    ),
    (  # A/RES/78/174 P, its preambular word in italics as a conversion may print it
        "*Recognizing* also that advances have been made in promoting social integration, including "
        "through the adoption of the Madrid",
        "International Plan of Action on Ageing, 2002, the World Programme of Action for Youth,",
        "Recognizing also that advances have been made in promoting social integration, including "
        "through the adoption of the Madrid International Plan of Action on Ageing, 2002, the World "
        "Programme of Action for Youth,",
    ),
    (  # A/RES/78/221 P: an adverb and its adjective in italics, a name broken at a line's end
        "*Deeply concerned* about restrictions faced by Ukrainians, including Indigenous",
        "Peoples of Crimea, in particular the Crimean Tatars, in exercising their economic rights,",
        "Deeply concerned about restrictions faced by Ukrainians, including Indigenous Peoples of Crimea, "
        "in particular the Crimean Tatars, in exercising their economic rights,",
    ),
    (  # A/RES/78/221 O7: ... in a numbered paragraph, before a word that looks like a verb
        "7. *Urges* the Russian Federation to ensure humane treatment of detainees, and encourages it to "
        "respect the United Nations Standard Minimum",
        "Rules for the Treatment of Prisoners (the Nelson Mandela Rules);",
        "7. Urges the Russian Federation to ensure humane treatment of detainees, and encourages it to "
        "respect the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson "
        "Mandela Rules);",
    ),
    (  # A/RES/79/243 P4: ... before a word that may open a preambular paragraph
        "Strongly convinced also that the United Nations Convention against Cybercrime; Strengthening "
        "International Cooperation for Combating Certain Crimes",
        "Committed by Means of Information and Communications Technology Systems will constitute an "
        "effective tool,",
        "Strongly convinced also that the United Nations Convention against Cybercrime; Strengthening "
        "International Cooperation for Combating Certain Crimes Committed by Means of Information and "
        "Communications Technology Systems will constitute an effective tool,",
    ),
    (  # A/RES/79/98 P7 (seed 004's links): a list of dated resolutions goes on after its comma
        "Underlining the adoption of Security Council resolutions [1754 \\(2007\\)](#) on 30 April 2007 "
        "and [1979 \\(2011\\)](#) on 27 April 2011,",
        "[2044 \\(2012\\)](#) on 24 April 2012 and [2099 \\(2013\\)](#) on 25 April 2013,",
        "Underlining the adoption of Security Council resolutions 1754 (2007) on 30 April 2007 and "
        "1979 (2011) on 27 April 2011, 2044 (2012) on 24 April 2012 and 2099 (2013) on 25 April 2013,",
    ),
]


@pytest.mark.parametrize(("before", "after", "joined"), MARKDOWN_JOINED)
def test_a_markdown_paragraph_goes_on_over_a_page_break_without_footnotes(
    before: str, after: str, joined: str
) -> None:
    assert _body(_markdown(before, after))[-3:] == ["The General Assembly,", joined, "99. Decides to act."]


# the line before and the line after a blank line that are two blocks
MARKDOWN_SPLIT = [
    # A/RES/79/258: a section's title, then its first paragraph
    ("Enterprise resource planning project, Umoja", "Recalling section II of its resolution 60/283,"),
    # the same title in italics, as a conversion may print it: no preambular word opens it
    ("*Enterprise resource planning project, Umoja*", "*Recalling* section II of its resolution 60/283,"),
    # S/RES/1454 (2002), annex: a list's item after the item that ends with ", or"
    (
        "equipped with corrosion-resistant firefighting water pumps, or",
        "Fast/Workboats, of any construction,",
    ),
    # S/RES/834 (1993), OCR: a paragraph's number the numbered-paragraph test did not take
    ("to keep the Council regularly informed of developments,", "16. ‘Reiterates its readiness to act,"),
    # A/RES/79/160: a paragraph's number that lost its full stop
    ("Recalling its resolution 78/1,", "26 Condemns without reservation any denial of the Holocaust;"),
]


@pytest.mark.parametrize(("before", "after"), MARKDOWN_SPLIT)
def test_a_new_markdown_block_after_a_blank_line_stays_apart(before: str, after: str) -> None:
    assert _body(_markdown(before, after))[-3:-1] == [before.replace("*", ""), after.replace("*", "")]
