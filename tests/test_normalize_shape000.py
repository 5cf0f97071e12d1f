"""Seed 000's line shape: a blank line after every printed line, a space before a paragraph's first
line, footnote marks on lines of their own, a page's footnotes after "__________________" and its
undocs.org links, no page header or footer.

The snippets are corpus GA resolutions as ``tests/shapes_lines.py`` prints them in that shape (the
PDF text's own lines), and seed 000's own lines; each expected value is what the PDF text of the
same resolution gives.
"""

from __future__ import annotations

import pytest

from citegraph.normalize import analyse

#: The lines before the body, as seed 000 prints them: the title, then the organ's line.
HEAD = "   Persons with albinism \n \n\n \n\n The General Assembly, \n\n"
#: Two more paragraphs, so that the text reads as paragraphs opened by a space.
TAIL = (
    " Recalling further its resolution 69/170 of 18 December 2014, \n\n"
    " 1. Urges Member States to continue to meet their obligations; \n\n"
    " 2. Decides to remain seized of the matter. \n\n"
)


def _read(body: str, notes: str = "") -> tuple[list[str], list[tuple[int, str]], list[tuple[int, str]]]:
    """The body blocks, the footnotes (number, text) and the marks (number, the 12 characters before)."""
    n = analyse(HEAD + body + TAIL + notes)
    blocks = [n.text[b.start : b.end] for b in n.body_blocks]
    notes_read = [(b.number or 0, n.text[b.start : b.end]) for b in n.footnote_blocks]
    marks = [(m.number, n.text[max(0, m.offset - 12) : m.offset]) for m in n.marks]
    return blocks, notes_read, marks


#: A/RES/78/171 P4 in seed 000's shape: after each mark of two digits, a blank line and the rest of
#: the printed line; one piece opens with a number ("37/5 of 22 March 2018"), which split the
#: paragraph in two (4 references lost their relation).
A_RES_78_171_P4 = (
    " Recalling also Human Rights Council resolutions 23/13 of 13 June 2013 on \n\n"
    "attacks and discrimination against persons with albinism\n11\n\n and 24/33 of 27 September \n\n"
    "2013 on technical cooperation for the prevention of attacks against persons with \n\n"
    "albinism,\n12\n\n as well as resolutions 28/6 of 26 March 2015,\n13\n\n 37/5 of 22 March 2018\n14\n\n \n\n"
    "and 46/12 of 23 March 2021\n15\n\n pertaining to the mandate of the Independent Expert \n\n"
    "on the enjoyment of human rights by persons with albinism, \n\n"
)
A_RES_78_171_NOTES = "".join(
    f" \n{k}\n\n  Human Rights Council resolution {r}. \n\n"
    for k, r in ((11, "23/13"), (12, "24/33"), (13, "28/6"), (14, "37/5"), (15, "46/12"))
)


def test_the_rest_of_a_line_after_a_mark_goes_on_with_its_paragraph():
    blocks, notes, marks = _read(A_RES_78_171_P4, "__________________ \n\n" + A_RES_78_171_NOTES)
    assert blocks[2] == (
        "Recalling also Human Rights Council resolutions 23/13 of 13 June 2013 on attacks and discrimination "
        "against persons with albinism and 24/33 of 27 September 2013 on technical cooperation for the "
        "prevention of attacks against persons with albinism, as well as resolutions 28/6 of 26 March 2015, "
        "37/5 of 22 March 2018 and 46/12 of 23 March 2021 pertaining to the mandate of the Independent "
        "Expert on the enjoyment of human rights by persons with albinism,"
    )
    assert len(blocks) == 6
    assert marks == [
        (11, "ith albinism"),
        (12, "th albinism,"),
        (13, " March 2015,"),
        (14, "2 March 2018"),
        (15, "3 March 2021"),
    ]
    assert [k for k, _ in notes] == [11, 12, 13, 14, 15]


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # seed 000: a mark of one digit that ends its printed line, then a line holding spaces and the
        # next paragraph ("girls," ⏎ "4" ⏎ "  " ⏎⏎ " Reiterating")
        (
            " Recalling its resolution 69/147 of 18 December 2014 on violence against women and girls,\n4\n  \n\n"
            " Reiterating its condemnation of all forms of violence against women and girls, \n\n",
            2,
        ),
        # seed 000: a mark of two digits that ends its printed line ("Treaty," ⏎ "11" ⏎⏎ " " ⏎⏎ " Reaffirming")
        (
            " Noting the entry into force of the Arms Trade Treaty,\n11\n\n \n\n"
            " Reaffirming the Political Declaration and Plan of Action on International \n\n"
            "Cooperation, \n\n",
            2,
        ),
        # seed 000: a mark of one digit in mid-line, the rest in lower case ("Corruption" ⏎ "2" ⏎ " offer")
        (
            " Recognizing also that the United Nations Convention against Corruption\n2\n offer important bases for \n\n"
            "international cooperation, \n\n",
            1,
        ),
        # a mark of one digit in mid-line, the rest opening with a number (A/RES/78/188 P5's shape)
        (
            " Reaffirming the political declarations adopted by the high-level meetings of the \n\n"
            "General Assembly held in 2006,\n3\n 2011,\n4\n and 2021, and reiterating that their \n\n"
            "full and effective implementation is essential, \n\n",
            1,
        ),
    ],
)
def test_a_paragraph_after_a_mark_that_ended_its_line_is_a_paragraph_of_its_own(body, paragraphs):
    blocks, _, _ = _read(body)
    assert len(blocks) == 5 + paragraphs, blocks  # the title, the organ, the body, the three of TAIL


#: A/RES/78/155 P27 in seed 000's shape: footnote 14's text opens "Adopted by", as a Security Council
#: vote line does; read as one, it made every line after it a footnote (49 operative paragraphs lost).
A_RES_78_155_PAGE = (
    " Recalling the decisions adopted by the Conference of the Parties to the \n\n"
    "Convention on Biological Diversity, decision CBD/CP/MOP/VIII/19\n4\n\n and decision \n\n"
    "__________________ \n\n"
    " \n4\n  Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Cartagena \n\n"
    "Protocol on Biosafety at its eighth meeting (see United Nations Environment Programme, \n\n"
    "document UNEP/CBD/CP/MOP/8/17). \n\n"
    "http://undocs.org/UNEP/CBD/CP/MOP/8/17\n"
    " CBD/NP/MOP/DEC/2/7,\n5\n\n as well as of the work done by the Ad Hoc Open-ended \n\n"
    "Inter-sessional Working Group on Article 8 (j) and related provisions, \n\n"
)


def test_a_footnote_whose_text_opens_adopted_by_is_no_vote_line():
    notes = "__________________ \n\n \n5\n  Decision 2/7 of the Meeting of the Parties to the Nagoya Protocol. \n\n"
    blocks, read, marks = _read(A_RES_78_155_PAGE, notes)
    assert read == [
        (
            4,
            "Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Cartagena "
            "Protocol on Biosafety at its eighth meeting (see United Nations Environment Programme, "
            "document UNEP/CBD/CP/MOP/8/17).",
        ),
        (5, "Decision 2/7 of the Meeting of the Parties to the Nagoya Protocol."),
    ]
    assert blocks[2].endswith(
        "and decision CBD/NP/MOP/DEC/2/7, as well as of the work done by the Ad Hoc "
        "Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions,"
    )
    assert blocks[3:] == [
        "Recalling further its resolution 69/170 of 18 December 2014,",
        "1. Urges Member States to continue to meet their obligations;",
        "2. Decides to remain seized of the matter.",
    ]
    assert [k for k, _ in marks] == [4, 5]


def test_a_vote_line_after_the_last_paragraph_still_opens_the_footnotes():
    """A Security Council text: "Adopted ..." after the last paragraph is its vote line, and the
    numbered lines after it are footnotes (S/RES/445 (1979)'s shape, shortened)."""
    text = (
        "The Security Council,\n\nTaking note of the statement contained in document S/13084, 1\n\n"
        "1. Decides to meet again.\n\nAdopted at the 2119th meeting by 12 votes to none.\n\n"
        "1 Official Records of the Security Council, Thirty-fourth Year.\n"
    )
    n = analyse(text)
    assert [(b.number, n.text[b.start : b.end]) for b in n.footnote_blocks] == [
        (1, "Official Records of the Security Council, Thirty-fourth Year.")
    ]


#: A/RES/78/202 P1-P2 in seed 000's shape: two pieces of a line cut at a mark hold only a resolution
#: number ("27/21", "37/21"), which read as page counters of a 21-page text made it a paged one, where
#: a page's footnotes run to the next page's head: the page's last line went into footnote 3.
A_RES_78_202_P1 = (
    " Recalling all its previous resolutions on this subject, and Human Rights Council decision \n\n"
    "18/120 of 30 September 2011\n1\n and resolutions 24/14 of 27 September 2013,\n2\n 27/21 \n\n"
    "of 26 September 2014, 36/10 of 28 September 2017,\n3\n 37/21 \n\n"
    "of 23 March 2018, \n\n"
    " Reaffirming the pertinent principles, in which it declared that no State may \n\n"
    "__________________ \n\n"
    + "".join(
        f" \n{k}\n  Ibid., Supplement No. 53A (A/{k + 65}/53/Add.1), chap. III, sect. A. \n\n"
        for k in (1, 2, 3)
    )
    + " or any other type of measures to coerce another State, \n\n"
)


def test_a_line_holding_a_resolution_number_is_no_page_counter():
    blocks, notes, _ = _read(A_RES_78_202_P1)
    assert blocks[2:4] == [
        "Recalling all its previous resolutions on this subject, and Human Rights Council decision 18/120 of "
        "30 September 2011 and resolutions 24/14 of 27 September 2013, 27/21 of 26 September 2014, 36/10 of "
        "28 September 2017, 37/21 of 23 March 2018,",
        "Reaffirming the pertinent principles, in which it declared that no State may or any other type of "
        "measures to coerce another State,",
    ]
    assert notes[2] == (3, "Ibid., Supplement No. 53A (A/68/53/Add.1), chap. III, sect. A.")


def test_page_counters_of_a_pdf_text_are_still_furniture():
    """A PDF text whose pages print "2/3" and "3/3" beside the job number: the counters go."""
    text = (
        "The General Assembly, \n \nRecalling its resolution 70/1, and noting \n \n23-25272 \n2/3 \n \n"
        "the report of the Secretary-General, \n \n23-25272 \n3/3 \n \n1. Decides to act. \n"
    )
    n = analyse(text)
    assert [n.text[b.start : b.end] for b in n.body_blocks] == [
        "The General Assembly,",
        "Recalling its resolution 70/1, and noting the report of the Secretary-General,",
        "1. Decides to act.",
    ]


#: A/RES/80/109 in seed 000's shape: page 1 ends with its footnotes and page 2 goes on with the
#: paragraph; later a line holds only "5/14", a resolution's number before its mark. Read as the one
#: page counter of a 14-page text, it made the text a paged one, and every line after page 1's
#: footnotes went into footnote 2 (101 preambular and 293 operative paragraphs lost).
A_RES_80_109_PAGES = (
    " Welcoming the fact that a growing number of States, entities and regional fisheries \n\n"
    "management organizations and arrangements have taken measures, as appropriate, \n\n"
    "__________________ \n\n"
    " \n1\n  United Nations, Treaty Series, vol. 1833, No. 31363. \n\n"
    " \n2\n  Ibid., vol. 2167, No. 37924. \n"
    " towards the implementation of the provisions of the Agreement, in order to improve \n\n"
    "their management regimes, \n\n"
    " Recalling the mandate of United Nations Environment Assembly resolution \n\n"
    "5/14\n3\n\n requesting the convening of an intergovernmental negotiating committee, \n\n"
)


def test_one_counter_alone_is_no_page_counter_in_a_text_of_more_pages():
    notes = "__________________ \n\n \n3\n  UNEP/EA.5/Res.14. \n\n"
    blocks, read, _ = _read(A_RES_80_109_PAGES, notes)
    assert read == [
        (1, "United Nations, Treaty Series, vol. 1833, No. 31363."),
        (2, "Ibid., vol. 2167, No. 37924."),
        (3, "UNEP/EA.5/Res.14."),
    ]
    assert blocks[2:4] == [
        "Welcoming the fact that a growing number of States, entities and regional fisheries management "
        "organizations and arrangements have taken measures, as appropriate, towards the implementation of "
        "the provisions of the Agreement, in order to improve their management regimes,",
        "Recalling the mandate of United Nations Environment Assembly resolution 5/14 requesting the convening "
        "of an intergovernmental negotiating committee,",
    ]


def test_the_one_counter_of_a_two_page_pdf_text_is_still_furniture():
    """A two-page PDF text prints one counter, "2/2", beside its job number (A/RES/78/113)."""
    text = (
        "The General Assembly, \n \nRecalling its resolution 70/1, and noting \n \n23-25272 \n2/2 \n \n"
        "the report of the Secretary-General, \n \n1. Decides to act. \n"
    )
    n = analyse(text)
    assert [n.text[b.start : b.end] for b in n.body_blocks] == [
        "The General Assembly,",
        "Recalling its resolution 70/1, and noting the report of the Secretary-General,",
        "1. Decides to act.",
    ]


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # A/RES/79/98 P7 in seed 000's shape: its page ends after a comma with no footnotes, and the next
        # page goes on with the list (a line with no blank line before it, and the space of a page's top)
        (
            " Underlining the adoption of Security Council resolutions 1754 (2007) on \n\n"
            "30 April 2007, 1920 (2010) on 30 April 2010, 1979 (2011) on 27 April 2011, \n"
            " 2044 (2012) on 24 April 2012, 2099 (2013) on 25 April 2013, 2152 (2014) on 29 April \n\n"
            "2014 and 2703 (2023) on 30 October 2023, \n\n",
            1,
        ),
        # seed 000: its page ends with a paragraph, and the next page opens one
        (
            " Expressing concern at the involvement of organized criminal groups, as well as a source of \n\n"
            "funding for organized crime, other relevant criminal activities and \n\n"
            "terrorism, \n"
            "  Deeply concerned about the connections, in some cases, between some forms \n\n"
            "of transnational organized crime and terrorism, \n\n",
            2,
        ),
        # seed 000: its page ends inside an operative paragraph, the next page goes on in lower case
        (
            " 14. Reaffirms the importance of the United Nations crime prevention and \n\n"
            "forms of assistance, and coordinating with and complementing the work of all \n"
            " relevant and competent United Nations bodies and offices in respect of all forms of \n\n"
            "organized crime; \n\n",
            1,
        ),
    ],
)
def test_a_page_with_no_footnotes_ends_its_last_line_with_no_blank_line(body, paragraphs):
    blocks, _, _ = _read(body)
    assert len(blocks) == 5 + paragraphs, blocks


#: A/RES/79/144 O229 in seed 000's shape: footnote 122's second line opens with a capital after a full
#: stop ("Available at ..."); read as the body, it ended the page's footnotes, and footnotes 123 and 124
#: became marks and an operative paragraph.
A_RES_79_144_PAGE = (
    " 229. Encourages States that have not yet done so to consider ratifying or \n\n"
    "acceding to the International Convention for the Control and Management of Ships’ \n\n"
    "Ballast Water and Sediments, 2004,\n23\n\n and also encourages States to consider \n\n"
    "implementing the Guidelines, adopted by the \n\n"
    "International Maritime Organization;\n24\n\n \n\n"
    "__________________ \n\n"
    " \n22\n\n  United Nations Conference on Trade and Development, document UNCTAD/RMT/2023. \n\n"
    "Available at https://unctad.org/rmt2023. \n\n"
    " \n23\n\n  International Maritime Organization, document BWM/CONF/36, annex. \n\n"
    " \n24\n\n  International Maritime Organization, resolution MEPC.378(80). \n\n"
    "http://undocs.org/UNCTAD/RMT/2023\n"
    "http://undocs.org/BWM/CONF/36\n"
    "  230. Notes the activities carried out by the United Nations Environment \n\n"
    "Programme; \n\n"
)


def test_a_footnotes_next_line_opens_with_no_space_and_the_next_pages_with_one():
    body = " Recalling the report of the Conference on Trade and Development,\n22\n\n \n\n"
    blocks, notes, marks = _read(body + A_RES_79_144_PAGE)
    assert notes == [
        (
            22,
            "United Nations Conference on Trade and Development, document UNCTAD/RMT/2023. "
            "Available at https://unctad.org/rmt2023.",
        ),
        (23, "International Maritime Organization, document BWM/CONF/36, annex."),
        (24, "International Maritime Organization, resolution MEPC.378(80)."),
    ]
    assert blocks[3:6] == [
        "229. Encourages States that have not yet done so to consider ratifying or acceding to the International "
        "Convention for the Control and Management of Ships’ Ballast Water and Sediments, 2004, and also "
        "encourages States to consider implementing the Guidelines, adopted by the International Maritime "
        "Organization;",
        "230. Notes the activities carried out by the United Nations Environment Programme;",
        "Recalling further its resolution 69/170 of 18 December 2014,",
    ]
    assert [k for k, _ in marks] == [22, 23, 24]


#: A/RES/78/111 O6 in seed 000's shape: footnote 10 is only a link, which goes as furniture and left the
#: footnote open; the next page's first line went into it, and every line after (14 operative paragraphs).
A_RES_78_111_PAGE = (
    " 6. Recalls its decision to undertake an annual thematic debate in the Special \n\n"
    "Committee, and in this regard: \n\n"
    " (b) To consider the reports of the Secretary-General\n9\n and the proposals submitted on the \n\n"
    "question, as described in the Repertory of Practice\n10\n \n\n"
    "__________________ \n\n"
    " \n9\n  A/78/114. \n\n"
    " \n10\n\n  http://legal.un.org/committees/charter. \n\n"
    "http://undocs.org/A/78/114\n"
    " (c) \n\n"
    "Calls upon the Special Committee to include a summary of the subtopics \n\n"
    "of the annual debate in its annual report for further consideration; \n\n"
)


def test_a_footnote_that_is_only_a_link_ends_at_the_pages_links():
    blocks, notes, marks = _read(A_RES_78_111_PAGE)
    assert notes == [(9, "A/78/114."), (10, "")]
    assert blocks[2] == (
        "6. Recalls its decision to undertake an annual thematic debate in the Special Committee, and in this "
        "regard: (b) To consider the reports of the Secretary-General and the proposals submitted on the "
        "question, as described in the Repertory of Practice (c) Calls upon the Special Committee to include a "
        "summary of the subtopics of the annual debate in its annual report for further consideration;"
    )
    assert len(blocks) == 6
    assert [k for k, _ in marks] == [9, 10]


@pytest.mark.parametrize(
    ("body", "blocks_read"),
    [
        # A/RES/78/253 section 13 in seed 000's shape: a heading with no closing punctuation, then its one
        # paragraph, which has no number
        (
            " XX \n\n International Trade Centre \n\n"
            " Approves resources in the amount of 21,723,500 dollars proposed for 2024 under \n\n"
            "section 13, International Trade Centre; \n\n",
            [
                "XX",
                "International Trade Centre",
                "Approves resources in the amount of 21,723,500 dollars proposed for 2024 under section 13, "
                "International Trade Centre;",
            ],
        ),
        # a page that ends inside a name, with no footnotes: the next page's first line goes on
        # (A/RES/78/174 in that shape)
        (
            " Recognizing also that the adoption of the Madrid \n"
            " International Plan of Action on Ageing, 2002, was a milestone, \n\n",
            [
                "Recognizing also that the adoption of the Madrid International Plan of Action on Ageing, 2002, was a milestone,"
            ],
        ),
    ],
)
def test_a_line_opened_by_a_space_after_a_blank_line_opens_a_block(body, blocks_read):
    blocks, _, _ = _read(body)
    assert blocks[2:-3] == blocks_read


def test_a_title_line_before_a_paragraph_stands_alone():
    """A/RES/80/173 in seed 000's shape: its one paragraph adopts an outcome document printed after it,
    under its title; the title has no closing punctuation, and "We, the Ministers ..." was read into it
    (its nine preambular paragraphs became one)."""
    text = (
        "   Outcome document of the high-level meeting of the General Assembly \n \n\n \n\n"
        " The General Assembly \n\n"
        " Adopts the following outcome document of the high-level meeting of the \n\n"
        "General Assembly at its eightieth session: \n\n"
        " Outcome document of the high-level meeting of the General Assembly on the \n\n"
        "overall review of the implementation of the outcomes of the World Summit on \n\n"
        "the Information Society \n\n"
        " We, the Ministers and heads of delegations participating in the high-level \n\n"
        "meeting, reaffirm our commitment; \n\n"
        " Recalling the outcome document of the high-level meeting on the overall review, \n\n"
        " Reaffirming General Assembly resolution 70/1 of 25 September 2015, \n\n"
    )
    n = analyse(text)
    assert [n.text[b.start : b.end] for b in n.body_blocks] == [
        "Outcome document of the high-level meeting of the General Assembly",
        "The General Assembly",
        "Adopts the following outcome document of the high-level meeting of the General Assembly at its "
        "eightieth session:",
        "Outcome document of the high-level meeting of the General Assembly on the overall review of the "
        "implementation of the outcomes of the World Summit on the Information Society",
        "We, the Ministers and heads of delegations participating in the high-level meeting, reaffirm our "
        "commitment;",
        "Recalling the outcome document of the high-level meeting on the overall review,",
        "Reaffirming General Assembly resolution 70/1 of 25 September 2015,",
    ]
