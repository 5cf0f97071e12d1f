"""Security Council numbers and dates the OCR damaged (audit12 sc14 Likely 6, sc15 Sure 4, sc16 Likely 8).

A Council number whose parentheses the OCR lost, digits intact ("775 1992", "387 1976)", "387 (1976"),
is read right after "resolution(s)" or as the next item of a list of Council numbers, in a Security
Council text only; a date whose day the OCR damaged ("of 13, March", "of il August 1949") is read only
in "of <date>" right after a number. Real snippets, exact ``(surface, target, body, date, relation)``
tuples, positive and negative; every surface is the text at its offsets.

A Council number printed without its year ("paragraph 24 of resolution 687 as it relates") is read right after
"resolution(s)", in a Security Council text (or after "Security Council"), when the document prints the same number
with its year elsewhere ("687 (1991)"): the year the target needs (audit-sc, S_RES_1454_2002.txt annex B). A
Council symbol whose "S/" the OCR printed "S$/" is read as printed, its target without the "$" (audit-sc); one whose
"S" it printed "$", "s" or "5" ("document $/26627", "($/25241)", "document s/3140", "(5/2002/1005)"), after
"document(s)" or a bracket only (an "s" after "document(s)" only, a "5" before a year-numbered symbol only), is read
with its "S" (audit-sc2). A Council number whose first digit 5 the OCR printed "$" ("545 (1983) and $46 (1984)") is read where a
Council number whose parentheses it lost is (audit-sc2), and so is one whose last digit 5 it printed "S" ("paragraph
2 of resolution 70S (1991)", audit-sc23).
"""

from __future__ import annotations

import pytest

from citegraph.references import Context, scan_text

# (text, organ, expected references, source)
CASES: list[tuple[str, str, list[tuple[str, str, str | None, str | None, str]], str]] = [
    (
        "Reaffirming its resolutions 733 (1992) of 23 January 1992, 746\n(1992) of 17 March 1992, 751 (1992) of "
        "24 April 1992, 767 (1992)\nof 27 July 1992, 775 1992 of 28 August 1992, 794 (1992) of 3\nDecember 1992, "
        "814 (1993) of 26 March 1993,",
        "SC",
        [
            ("733 (1992)", "S/RES/733 (1992)", "SC", "1992-01-23", "reaffirm"),
            ("746 (1992)", "S/RES/746 (1992)", "SC", "1992-03-17", "reaffirm"),
            ("751 (1992)", "S/RES/751 (1992)", "SC", "1992-04-24", "reaffirm"),
            ("767 (1992)", "S/RES/767 (1992)", "SC", "1992-07-27", "reaffirm"),
            ("775 1992", "S/RES/775 (1992)", "SC", "1992-08-28", "reaffirm"),
            ("794 (1992)", "S/RES/794 (1992)", "SC", "1992-12-03", "reaffirm"),
            ("814 (1993)", "S/RES/814 (1993)", "SC", "1993-03-26", "reaffirm"),
        ],
        "S_RES_885_1993.txt P1 (a list item: was missed)",
    ),
    (
        "Also reaffirming its resolution 868 1993 of 29 September 1993 on\nthe need to ensure the safety and "
        "protection of United Nations\npersonnel,",
        "SC",
        [("868 1993", "S/RES/868 (1993)", "SC", "1993-09-29", "reaffirm")],
        "S_RES_885_1993.txt P2 (right after 'resolution', the paragraph's only number: was missed)",
    ),
    (
        "Recalling its resolutions 387 1976), 418 (1977), 428\n(1978), 447 (1979), 454 (1979), 475 (1980) and 545 "
        "(1983),",
        "SC",
        [
            ("387 1976)", "S/RES/387 (1976)", "SC", None, "recall"),
            ("418 (1977)", "S/RES/418 (1977)", "SC", None, "recall"),
            ("428 (1978)", "S/RES/428 (1978)", "SC", None, "recall"),
            ("447 (1979)", "S/RES/447 (1979)", "SC", None, "recall"),
            ("454 (1979)", "S/RES/454 (1979)", "SC", None, "recall"),
            ("475 (1980)", "S/RES/475 (1980)", "SC", None, "recall"),
            ("545 (1983)", "S/RES/545 (1983)", "SC", None, "recall"),
        ],
        "S_RES_546_1984.txt P2 (was missed)",
    ),
    (
        "Recalling its resolutions 387 (1976, 418 (1977), 428\n(1978),",
        "SC",
        [
            ("387 (1976", "S/RES/387 (1976)", "SC", None, "recall"),
            ("418 (1977)", "S/RES/418 (1977)", "SC", None, "recall"),
            ("428 (1978)", "S/RES/428 (1978)", "SC", None, "recall"),
        ],
        "audit12 sc14 probe c5 (the whole list was lost, the intact 418 (1977) with it)",
    ),
    (
        "Recalling its resolutions 418 (1977), 428 1978), 447 (1979) and 454 1979,",
        "SC",
        [
            ("418 (1977)", "S/RES/418 (1977)", "SC", None, "recall"),
            ("428 1978)", "S/RES/428 (1978)", "SC", None, "recall"),
            ("447 (1979)", "S/RES/447 (1979)", "SC", None, "recall"),
            ("454 1979", "S/RES/454 (1979)", "SC", None, "recall"),
        ],
        "probe (S_RES_546_1984.txt P2: broken items inside the list and last, after 'and')",
    ),
    (
        "Recalling Security Council resolution 868 1993 of 29 September 1993,",
        "GA",
        [("868 1993", "S/RES/868 (1993)", "SC", "1993-09-29", "recall")],
        "probe (the Council named before the keyword)",
    ),
    # ---- negative: no Council list goes on there --------------------------------------------
    (
        "Recalling its resolutions 387 1976), 418 (1977),",
        "GA",
        [("418 (1977)", "S/RES/418 (1977)", "SC", None, "recall")],
        "probe (S_RES_546_1984.txt P2 in a General Assembly text: no broken Council number)",
    ),
    (
        "Recalling its resolution 794 (1992) 6 1993 and paragraph 6 1993 of its resolution 814 (1993),",
        "SC",
        [
            ("794 (1992)", "S/RES/794 (1992)", "SC", None, "recall"),
            ("814 (1993)", "S/RES/814 (1993)", "SC", None, "recall"),
        ],
        "probe (a bare space is no list; 'paragraph 6 1993' is no number)",
    ),
    (
        "Reaffirming its resolutions 1172 (1998), 7 2000 Review Conference of the Parties, and 984 1995 World "
        "Summit,",
        "SC",
        [("1172 (1998)", "S/RES/1172 (1998)", "SC", None, "reaffirm")],
        "probe (A_RES_78_53.txt F6's '7 2000 Review Conference' after a Council list: a year before a name)",
    ),
    (
        "Recalling its decisions 868 1993 of 29 September 1993,",
        "SC",
        [],
        "probe (S_RES_885_1993.txt P2 with 'decisions')",
    ),
    (
        "6  2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, "
        "Final Document, vol. I (NPT/CONF.2000/28 (Parts I and II)), annex.",
        "SC",
        [
            (
                "NPT/CONF.2000/28 (Parts I and II)",
                "NPT/CONF.2000/28 (Parts I and II)",
                None,
                None,
                "cite",
            )
        ],
        "A_RES_78_53.txt F6 (a footnote number before a year, in a Council text: no keyword, no list)",
    ),
    # ---- a Council symbol whose "S/" the OCR printed "S$/" (audit-sc: was missed) ---------------
    (
        "1. Approves the report of the Secretary-General\non the implementation of Security Council resolution "
        "425 (1978), contained in document S$/12611\nof 19 March 1978;",
        "SC",
        [
            ("425 (1978)", "S/RES/425 (1978)", "SC", None, "approve"),
            ("S$/12611", "S/12611", None, "1978-03-19", "approve"),
        ],
        "S_RES_426_1978.txt O1 (its footnote mark 23 left out)",
    ),
    (
        "5. Endorses the view of the Secretary~General, contained in his letter of\n26 January 1993 to the "
        "President of the Security Council (S$/25241), that the",
        "SC",
        [("S$/25241", "S/25241", None, "1993-01-26", "cite")],
        "S_RES_832_1993.txt O5",
    ),
    (
        "at a cost of US$/ton and S$/ 2000, or AS$/12,",
        "SC",
        [],
        "probe (a currency per unit, a spaced number, a longer series: no Council symbol)",
    ),
    # ---- a Council number whose first digit 5 the OCR printed "$" (audit-sc2: was missed) ---------
    (
        "Recalling its resolutions 387 (1976), 418 (1977), 428\n(1978), 447 (1979), 454 (1979), 475 (1980), 545 "
        "(1983)\nand $46 (1984),\n\nGravely concerned",
        "SC",
        [
            ("387 (1976)", "S/RES/387 (1976)", "SC", None, "recall"),
            ("418 (1977)", "S/RES/418 (1977)", "SC", None, "recall"),
            ("428 (1978)", "S/RES/428 (1978)", "SC", None, "recall"),
            ("447 (1979)", "S/RES/447 (1979)", "SC", None, "recall"),
            ("454 (1979)", "S/RES/454 (1979)", "SC", None, "recall"),
            ("475 (1980)", "S/RES/475 (1980)", "SC", None, "recall"),
            ("545 (1983)", "S/RES/545 (1983)", "SC", None, "recall"),
            ("$46 (1984)", "S/RES/546 (1984)", "SC", None, "recall"),
        ],
        "S_RES_567_1985.txt P2 (the last item of a list)",
    ),
    (
        "Recalling its resolution $46 (1984) of 6 January 1984,",
        "SC",
        [("$46 (1984)", "S/RES/546 (1984)", "SC", "1984-01-06", "recall")],
        "made up from S_RES_567_1985.txt P2 (right after the keyword, dated)",
    ),
    (
        "Recalling its resolutions 545 (1983) and $46 (1984),",
        "GA",
        [("545 (1983)", "S/RES/545 (1983)", "SC", None, "recall")],
        "probe (in an Assembly text: no Council number the OCR broke)",
    ),
    (
        "at a cost of $46 (1984) and 545 (1983), $4600 (1984) or $ 46 (1984),",
        "SC",
        [],
        "probe (no keyword or list before the first; five digits; a spaced '$')",
    ),
    # ---- a Council number whose last digit 5 the OCR printed "S" (audit-sc23: was missed) ----------
    (
        "Compensation Fund, as called for in paragraph 19 of resolution\n687 (1991) and as defined in paragraph 6 of "
        "resolution 692\n(1991), shall be the same as the percentage decided by the\nCouncil in paragraph 2 of "
        "resolution 70S (1991) for payments\nto the Fund,",
        "SC",
        [
            ("687 (1991)", "S/RES/687 (1991)", "SC", None, "cite"),
            ("692 (1991)", "S/RES/692 (1991)", "SC", None, "cite"),
            ("70S (1991)", "S/RES/705 (1991)", "SC", None, "cite"),
        ],
        "S_RES_706_1991.txt O4 (right after the keyword)",
    ),
    (
        "Recalling its resolutions 699 (1991) of 17 June 1991 and 70S\n(1991) of 15 August 1991,",
        "SC",
        [
            ("699 (1991)", "S/RES/699 (1991)", "SC", "1991-06-17", "recall"),
            ("70S (1991)", "S/RES/705 (1991)", "SC", "1991-08-15", "recall"),
        ],
        "made up from S_RES_706_1991.txt P1 (the last item of a list, dated)",
    ),
    (
        "Council in paragraph 2 of resolution 70S (1991) for payments",
        "GA",
        [],
        "probe (in an Assembly text: no Council number the OCR broke)",
    ),
    (
        "during the 1970S (1991 figures), resolution 7005S (1991), resolution 70S 1991 and the 70S (1991) "
        "programme",
        "SC",
        [],
        "probe (no keyword before it, four digits before the 'S', no brackets)",
    ),
    # ---- a Council symbol whose "S" the OCR printed "$" (audit-sc2: was missed) ------------------
    (
        "Noting proposals made by Member States, and noting in particular\nproposals from the Organization of "
        "African Unity, including those in\ndocument $/26627 cf 25 October 1993, in which the establishment of",
        "SC",
        # audit-r6b: the 'cf' is the OCR's 'of' ('c' for 'o', as 'il' for '11' in a day it damaged): the document
        # takes the date printed right after it (was null: "the OCR'd 'cf' is no 'of'")
        [("$/26627", "S/26627", None, "1993-10-25", "note")],
        "S_RES_885_1993.txt P5",
    ),
    # audit-r6b: an "of" the OCR printed "cf" before a full date, after a number as after a symbol; a "cf." (the
    # abbreviation, with its full stop), a day without its year and a date set apart by a bracket are none
    (
        "Recalling its resolutions 113 (1956) of 4 April 1956\nand 73 (1949) cf 11 August 1949,",
        "SC",
        [
            ("113 (1956)", "S/RES/113 (1956)", "SC", "1956-04-04", "recall"),
            ("73 (1949)", "S/RES/73 (1949)", "SC", "1949-08-11", "recall"),
        ],
        "probe from S_RES_114_1956.txt P1 ('of' printed 'cf')",
    ),
    (
        "Recalling its resolution 73 (1949) cf. 11 August 1949, and document $/26627 cf 25 October,\n"
        "and document $/26628 (cf 25 October 1993),",
        "SC",
        [
            ("73 (1949)", "S/RES/73 (1949)", "SC", None, "recall"),
            ("$/26627", "S/26627", None, None, "recall"),
            ("$/26628", "S/26628", None, None, "recall"),
        ],
        "probe (negatives: 'cf.', no year, a bracket between)",
    ),
    (
        "5. Endorses the view of the Secretary-General, contained in his letter of\n26 January 1993 to the "
        "President of the Security Council ($/25241), that the",
        "SC",
        [("$/25241", "S/25241", None, "1993-01-26", "cite")],
        "made up from S_RES_832_1993.txt O5 (the bracket before it; the letter's date printed before it)",
    ),
    (
        "Taking note of the Secretary-General's special report of 10 September 2002\n(5/2002/1005) and its "
        "recommendations,",
        "SC",
        [("5/2002/1005", "S/2002/1005", None, "2002-09-10", "take-note")],
        "S_RES_1445_2002.txt P7 (a '5' for the 'S' of a year-numbered symbol)",
    ),
    (
        "11 Ibid., Eighth Year, Supplement for October, November and\nDecember 1933, document s/3140.",
        "SC",
        [("s/3140", "S/3140", None, None, "cite")],
        "S_RES_101_1953.txt F11 (an 's' for the 'S' after 'document'; source in the footnote section)",
    ),
    (
        "the ratio (5/10), session (5/2002), documents s/he, its/1234, (s/12) and ( s/12)",
        "SC",
        [],
        "probe (a '5' before no year-numbered symbol, an 's' after no 'document', a word's 's')",
    ),
    (
        "at a cost of $/100 per unit, or 5$/26627, documents $/ton and US$/26627,",
        "SC",
        [],
        "probe (a currency before a '/', a digit or letters glued to the '$', no number after it: no Council symbol)",
    ),
    # ---- dates whose day the OCR damaged -----------------------------------------------------
    (
        "1. Reaffirms its resolutions 186 (1964) of 4 March,\n187 (1964) of 13, March, 192(1964) of 20 June,\n"
        "193 (1964) of 9 August, 194 (1964) of 25 September and\n198 (1964) of 18 December 1964,",
        "SC",
        [
            ("186 (1964)", "S/RES/186 (1964)", "SC", "1964-03-04", "reaffirm"),
            ("187 (1964)", "S/RES/187 (1964)", "SC", "1964-03-13", "reaffirm"),
            ("192(1964)", "S/RES/192 (1964)", "SC", "1964-06-20", "reaffirm"),
            ("193 (1964)", "S/RES/193 (1964)", "SC", "1964-08-09", "reaffirm"),
            ("194 (1964)", "S/RES/194 (1964)", "SC", "1964-09-25", "reaffirm"),
            ("198 (1964)", "S/RES/198 (1964)", "SC", "1964-12-18", "reaffirm"),
        ],
        "S_RES_219_1965.txt O1 (187 was undated)",
    ),
    (
        "Recalling its resolutions 113 (1956) of 4 April 1956\nand 73 (1949) of il August 1949,",
        "SC",
        [
            ("113 (1956)", "S/RES/113 (1956)", "SC", "1956-04-04", "recall"),
            ("73 (1949)", "S/RES/73 (1949)", "SC", "1949-08-11", "recall"),
        ],
        "S_RES_114_1956.txt P1 (73 was undated)",
    ),
    (
        "Recalling its resolutions 113 (1956), adopted on 13, March 1956, and 73 (1949) of il August,",
        "SC",
        [
            ("113 (1956)", "S/RES/113 (1956)", "SC", None, "recall"),
            ("73 (1949)", "S/RES/73 (1949)", "SC", None, "recall"),
        ],
        "probe (only 'of' leads to a damaged day; a day of letters needs its year)",
    ),
    (
        "Recalling its resolution 73 (1949) of it August 1949 and of 4l May 1950,",
        "SC",
        [("73 (1949)", "S/RES/73 (1949)", "SC", None, "recall")],
        "probe (no day: 'it', '4l')",
    ),
]


@pytest.mark.parametrize(("text", "organ", "refs", "source"), CASES, ids=[c[3] for c in CASES])
def test_ocr_numbers_and_dates(text: str, organ: str, refs: list[tuple], source: str) -> None:
    found = scan_text(text, Context(organ=organ))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == refs
    for f in found:  # every surface is the text at its offsets, whitespace folded
        assert " ".join(text[f.start : f.end].split()) == f.surface


#: The text of S_RES_1454_2002.txt around the bare numbers: its first two preambular paragraphs print 687 and 1284
#: with their years.
_S_RES_1454 = (
    "Recalling its previous relevant resolutions, including resolution 661 (1990) of\n6 August 1990, 986 (1995) of "
    "14 April 1995, 1284 (1999) of 17 December 1999,\n\nConvinced of the need ..., including notably resolutions "
    "687 (1991) of 3 April 1991\nand 1284 (1999), allows the Council to take further action,\n\n"
)

# (text, organ, expected references, source); the document is _S_RES_1454 and the text
BARE_CASES: list[tuple[str, str, list[tuple[str, str, str | None, str | None, str]], str]] = [
    (
        "11. If the mission or United Nations agency submitting an application disagrees\nwith the determination "
        "that an application contains an item(s) covered by paragraph\n24 of resolution 687 as it relates to "
        "military commodities and products,",
        "SC",
        [("687", "S/RES/687 (1991)", "SC", None, "cite")],
        "S_RES_1454_2002.txt annex B para. 11 (was missed)",
    ),
    (
        "Category A will also contain contracts that were both\nprocessed before the Security Council adopted United "
        "Nations Security Council\nresolution 1284 and assessed by one or more members of the 661 Committee",
        "SC",
        [("1284", "S/RES/1284 (1999)", "SC", None, "cite")],
        "S_RES_1454_2002.txt annex B para. 19 (was missed)",
    ),
    (
        "Category A will contain contracts on hold that have been designated by\nUNMOVIC as containing item(s) on "
        "one or more of the United Nations Security\nCouncil resolution 1051 lists.",
        "SC",
        [("1051", "S/RES/1051 (1996)", "SC", None, "cite")],
        "S_RES_1454_2002.txt annex B para. 19 (the document never prints 1051 with its year: the Council's numbering "
        "gives it)",
    ),
    (
        "4. Calls upon all States to implement fully the arms\nembargo imposed against South Africa in resolution 418\n",
        "SC",
        [("418", "S/RES/418 (1977)", "SC", None, "cite")],
        "S_RES_571_1985.txt O4 (the OCR lost '(1977)'; the UNITE Ideas edge 571 -> 418)",
    ),
    (
        "to prepare and execute\nwithin a period of five months from the date of this\nresolution 4 programme of "
        "demilitarization",
        "SC",
        [],
        "S_RES_80_1950.txt O1 (a footnote mark after the word, under 100: no citation)",
    ),
    (
        "Recalling its resolution 2334 and",
        "SC",
        [],
        "probe (past the table of years, never printed with its year: no target)",
    ),
    (
        "Recalling Security Council resolution 1325 on women and peace and security,",
        "GA",
        [("1325", "S/RES/1325 (2000)", "SC", None, "recall")],
        "probe (an Assembly text naming the Council: its number, printed without the year, gets it)",
    ),
    (
        "paragraph\n24 of resolution 687 as it relates to military commodities and products,",
        "GA",
        [],
        "probe (an Assembly text: 'its' numbers are the Assembly's)",
    ),
    (
        "Recalling its decision 687 and resolutions 2200 A (XXI) and 1284(XXI),",
        "SC",
        [
            ("2200 A (XXI)", "A/RES/2200 A (XXI)", "GA", None, "recall"),
            ("1284(XXI)", "A/RES/1284 (XXI)", "GA", None, "recall"),
        ],
        "probe (a decision; an old Assembly number with its part letter or session is no bare Council number)",
    ),
]


@pytest.mark.parametrize(("text", "organ", "refs", "source"), BARE_CASES, ids=[c[3] for c in BARE_CASES])
def test_council_numbers_without_year(text: str, organ: str, refs: list[tuple], source: str) -> None:
    found = scan_text(text, Context(organ=organ, doc_text=_S_RES_1454 + text))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == refs
    for f in found:
        assert " ".join(text[f.start : f.end].split()) == f.surface


# A GA resolution of the first sessions whose Roman session the OCR printed as digits ("(1)" for "(I)"), right after
# "General Assembly resolution(s)" only (audit-sc2: was missed). (text, section, expected references, source)
OLD_SESSION_CASES: list[tuple[str, str, list[tuple[str, str, str | None, str | None, str]], str]] = [
    (
        "4 General Assembly resolution 22 A (1).",
        "footnote",
        [("22 A (1)", "A/RES/22 A (I)", "GA", None, "source")],
        "S_RES_868_1993.txt F4 (the Convention on the Privileges and Immunities of the United Nations)",
    ),
    (
        "Recalling General Assembly resolution 181 (11) of 29 November 1947,",
        "preamble",
        [("181 (11)", "A/RES/181 (II)", "GA", "1947-11-29", "recall")],
        "made up (the second session's '(II)' printed '(11)', its date read)",
    ),
    (
        "4 General Assembly resolution 22 A (I).",
        "footnote",
        [("22 A (I)", "A/RES/22 A (I)", "GA", None, "source")],
        "made up (the session printed right: read as before)",
    ),
    # negative: no "General Assembly resolution" right before, or no session of the first three
    (
        "in accordance with article 22 (1) of the Convention and Agenda item 99 (l), resolution 22 A (1)",
        "preamble",
        [],
        "probe (an article, an agenda item, 'resolution' without 'General Assembly')",
    ),
    (
        "38 General Assembly resolution 79/323, annex, para. 43 (l).",
        "footnote",
        [("79/323", "A/RES/79/323", "GA", None, "source")],
        "made up from A_RES_80_161.txt F38 (a paragraph's letter after a locator)",
    ),
    (
        "General Assembly resolution 22 (2) and General Assembly resolution 22 A (1111)",
        "preamble",
        [],
        "probe (no session of letters or ones: '(2)', four ones)",
    ),
]


@pytest.mark.parametrize(
    ("text", "section", "refs", "source"), OLD_SESSION_CASES, ids=[c[3] for c in OLD_SESSION_CASES]
)
def test_old_sessions_the_ocr_printed_as_digits(
    text: str, section: str, refs: list[tuple], source: str
) -> None:
    found = scan_text(text, Context(organ="SC", section=section))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == refs
    for f in found:
        assert " ".join(text[f.start : f.end].split()) == f.surface
