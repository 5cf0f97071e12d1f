"""Footnote marks and the numbers around them (audit 12): a count's last digit, a name that ends
in digits, a thousands-grouped amount; and the footnotes that end a Security Council text.

The snippets are copied from the corpus (CC0): A/RES/80/112, A/RES/78/233, A/RES/80/243,
A/RES/79/144, A/RES/78/69, S/RES/207 (1965) and S/RES/114 (1956), shortened.
"""

from __future__ import annotations

import pytest

from citegraph.normalize import analyse

HEAD = "The General Assembly,\n\n"


def _read(body: str, footnotes: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The marks (number, the two words before) and the body blocks of a GA text."""
    n = analyse(HEAD + body + "\n__________\n" + footnotes)
    marks = [(m.number, " ".join(n.text[max(0, m.offset - 40) : m.offset].split()[-2:])) for m in n.marks]
    body_texts = [" ".join(n.text[b.start : b.end].split()) for b in n.body_blocks]
    return marks, body_texts


#: A/RES/80/112 P26 (mark 7 before it, on "thereto,7" here).
COUNTS = (
    "Recalling the Convention and the Protocol thereto,7\n\n"
    "Noting with deep concern that, in 2024, 1,622 persons were affected by safety and security\n"
    "incidents, with 22 fatalities, of which 7 resulted from acts of violence,\n"
    "namely, crime, terrorism and armed conflict, 268 injuries, of which 99 resulted from\n"
    "acts of violence, 5 abductions, 4 sexual assaults, 103 arrests and detentions and 399\n"
    "reported cases of intimidation and harassment,8 and noting that these figures do not\n"
    "include United Nations personnel,"
)


@pytest.mark.parametrize(
    ("body", "footnotes", "marks", "kept"),
    [
        # the "8" of "268 injuries" reads as a split-off mark, but "harassment,8" follows before mark 9
        (
            COUNTS,
            "7 A/RES/1.\n8 A/80/292, annex I.\n",
            [(7, "Protocol thereto,"), (8, "and harassment,")],
            "armed conflict, 268 injuries, of which 99",
        ),
        # the same with mark 9 printed before "harassment,8": the split stays the first mark of 8
        (
            COUNTS.replace("detentions and 399", "detentions,9 and 399"),
            "7 A/RES/1.\n8 A/80/292, annex I.\n9 A/80/293.\n",
            [
                (7, "Protocol thereto,"),
                (8, "conflict, 26"),
                (9, "and detentions,"),
            ],
            "armed conflict, 26 injuries,",
        ),
        # "Agenda 216 and" with no later plain 6: Agenda 21 + mark 6, as before
        (
            "Recalling Agenda 216 and the Johannesburg Plan,",
            "6 A/CONF.151/26.\n",
            [(6, "Agenda 21")],
            "Recalling Agenda 21 and the Johannesburg Plan,",
        ),
    ],
)
def test_a_count_loses_its_last_digit_only_when_no_plain_mark_follows(body, footnotes, marks, kept):
    got_marks, blocks = _read(body, footnotes)
    assert got_marks == marks
    assert kept in " ".join(blocks)


#: A/RES/78/233 O10 and O47 (marks 15 and 16).
COVID = (
    "10. Expresses deep concern at the devastating impacts of the COVID-19\n"
    "pandemic on the least developed countries, takes note of the statement dated 28 April\n"
    "2020 of the Group of Least Developed Countries on COVID-1915 and commits to\n"
    "supporting its implementation;\n\n"
    "11. Welcomes the political declaration,16\n\n"
    "47. Recognizes the need to provide well-coordinated support to realizing, inter alia, the target of enabling 15\n"
    "additional least developed countries to meet the criteria for graduation by 2031;"
)


@pytest.mark.parametrize(
    ("body", "footnotes", "marks", "kept"),
    [
        (
            COVID,
            "15 See A/74/843, annex.\n16 Resolution 78/1.\n",
            [(15, "on COVID-19"), (16, "political declaration,")],
            "on COVID-19 and commits to",
        ),
        # a name ending in two digits keeps them: no mark 9 in "COVID-19", nor 1 in "ES-101"
        (
            "Recalling the COVID-19 pandemic and its resolution ES-10/21,",
            "9 See A/1.\n1 See A/2.\n",
            [],
            "the COVID-19 pandemic and its resolution ES-10/21,",
        ),
        # a year after a lower-case prefix or before another hyphen is no name with a mark
        (
            "Recalling the post-2015 development agenda and INTERPOL resolution GA-2022-90-RES-01,",
            "15 See A/1.\n22 See A/2.\n",
            [],
            "the post-2015 development agenda and INTERPOL resolution GA-2022-90-RES-01,",
        ),
    ],
)
def test_a_mark_glued_to_a_name_that_ends_in_digits(body, footnotes, marks, kept):
    got_marks, blocks = _read(body, footnotes)
    assert got_marks == marks
    assert kept in " ".join(blocks)


@pytest.mark.parametrize(
    ("body", "footnotes", "marks", "kept"),
    [
        # /tmp/gaJ probe p3 (A/RES/80/243's shape): "002" of the amount is no mark 2
        (
            "Having considered the report of the Secretary-General,1\n\n"
            "1. Appropriates the amount of 22,002,700 dollars for the Joint Inspection Unit;\n\n"
            "2. Takes note of the report of the Board of Auditors,2 and the related report;",
            "1 A/80/1.\n2 A/80/2.\n",
            [(1, "the Secretary-General,"), (2, "of Auditors,")],
            "the amount of 22,002,700 dollars",
        ),
        # A/RES/80/243: after the real marks 42, 55 and 10, the amounts keep every digit group
        (
            "Recalling the reports,10 the budget,42 and the plan,55\n\n"
            "24. Approves the budgets in the amount of 535,042,000 dollars for the 37\n"
            "continuing special political missions, and 22,055,700 dollars, after a charge of 12,010,700 dollars;",
            "10 A/1.\n42 A/2.\n55 A/3.\n",
            [(10, "the reports,"), (42, "the budget,"), (55, "the plan,")],
            "amount of 535,042,000 dollars for the 37 continuing special political missions, and 22,055,700 "
            "dollars, after a charge of 12,010,700 dollars;",
        ),
        # three digits after a comma that follows a symbol or a quotation are a mark (A/RES/79/144, 78/69)
        (
            "Recalls the mandate of United Nations Environment Assembly\nresolution 5/14,118 and notes",
            "118 UNEP/EA.5/Res.14.\n",
            [(118, "resolution 5/14,")],
            "resolution 5/14, and notes",
        ),
        (
            "Acknowledges the work on the topic “Sea-level rise in relation to international\nlaw”,103 and encourages States",
            "103 A/78/10.\n",
            [(103, "international law”,")],
            "international law”, and encourages States",
        ),
    ],
)
def test_digits_inside_a_thousands_grouped_number_are_no_mark(body, footnotes, marks, kept):
    got_marks, blocks = _read(body, footnotes)
    assert got_marks == marks
    assert kept in " ".join(blocks)


# ---------------------------------------------------------------------------
# The footnotes that end a Security Council text
# ---------------------------------------------------------------------------

#: S/RES/207 (1965): the whole text; it has no vote line.
S_RES_207 = (
    "Resolution 207 (1965)\n"
    "of 10 August 1965\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Noting the report of the Secretary-General of 29 July\n"
    "1965, 10 stating that recent developments in Cyprus have\n"
    "increased tension in the island,\n"
    "\n"
    "Noting the further reports of the Secretary-General\n"
    "of 2 August, 11 5 August 12 and 10 August 1965, 13\n"
    "\n"
    "Having heard the statements of the parties concerned,\n"
    "\n"
    "1. Reaffirms its resolution 186(1964) of 4 March\n"
    "1964;\n"
    "\n"
    "2. Calls upon all parties, in conformity with the above\n"
    "resolution, to avoid any action which is likely to worsen\n"
    "the situation.\n"
    "\n"
    "\n"
    "\n"
    "{f10}\n"
    "11 Ibid., document S/6586.\n"
    "12 Ibid., document S/6569/Add.1.\n"
    "13 Ibid., document S/6569/Add.2.\n"
)


def _sc(text: str) -> tuple[list[tuple[int | None, str]], list[str], list[int]]:
    n = analyse(text)
    footnotes = [(b.number, n.text[b.start : b.end]) for b in n.footnote_blocks]
    body = [" ".join(n.text[b.start : b.end].split()) for b in n.body_blocks]
    return footnotes, body, [m.number for m in n.marks]


def test_footnotes_end_a_text_with_no_vote_line():
    footnotes, body, marks = _sc(S_RES_207.format(f10="10 Ibid., document S/6569."))
    assert footnotes == [
        (10, "Ibid., document S/6569."),
        (11, "Ibid., document S/6586."),
        (12, "Ibid., document S/6569/Add.1."),
        (13, "Ibid., document S/6569/Add.2."),
    ]
    assert body[-1] == (
        "2. Calls upon all parties, in conformity with the above resolution, to avoid any action which is "
        "likely to worsen the situation."
    )
    assert marks == [10, 11, 12, 13]


@pytest.mark.parametrize(
    "f10",
    [
        "10 States voted for the draft.",  # no footnote's opening words
        "14 Ibid., document S/6569.",  # no mark 14 in the body
    ],
)
def test_no_footnotes_end_a_text_without_their_opener_and_mark(f10):
    footnotes, body, _ = _sc(S_RES_207.format(f10=f10))
    assert footnotes == []
    assert body[-1].startswith(f10)


#: S/RES/114 (1956): its P2, the last operative paragraph, the vote line and footnote 7 (two lines).
S_RES_114_TAIL = (
    "114 (1956). Resolution of 4 June 1956\n"
    "[S/3605]\n"
    "The Security Council,\n"
    "\n"
    "Having received the report of the Secretary-General\n"
    "on his recent mission on behalf of the Security Council, 7\n"
    "\n"
    "7. Requests the Secretary-General to continue his\n"
    "good offices with the parties, and to report to the\n"
    "Security Council as appropriate.\n"
    "\n"
    "Adopted unanimously at the\n"
    "728th meeting.\n"
    "\n"
    "\n"
    "7 Ibid., Eleventh Year, Supplement for April, May and June 1956.\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    ("line", "footnote", "last_body"),
    [
        # the OCR made a full stop of the comma before "document": the line goes on with footnote 7
        (
            "document S/3596.",
            "Ibid., Eleventh Year, Supplement for April, May and June 1956. document S/3596.",
            "Adopted unanimously at the 728th meeting.",
        ),
        # a capitalised line after the full stop is no part of the footnote
        (
            "Document S/3596.",
            "Ibid., Eleventh Year, Supplement for April, May and June 1956.",
            "Document S/3596.",
        ),
    ],
)
def test_a_lower_case_line_goes_on_with_the_last_footnote(line, footnote, last_body):
    footnotes, body, _ = _sc(S_RES_114_TAIL.format(line=line))
    assert footnotes == [(7, footnote)]
    assert body[-1] == last_body


def test_a_lower_case_body_line_after_a_footnote_in_mid_text_stays_in_the_body():
    """Seed 000's shape: a footnote at the foot of a page, then the paragraph goes on ("confiscation")."""
    text = (
        "The General Assembly,\n\n"
        "Recognizing that the United Nations Convention against Corruption,2 and the Convention offer\n"
        "__________\n"
        "2 Ibid., vol. 2349, No. 42146.\n"
        "confiscation and asset recovery, and provide effective mechanisms,\n"
    )
    n = analyse(text)
    assert [n.text[b.start : b.end] for b in n.footnote_blocks] == ["Ibid., vol. 2349, No. 42146."]
    assert "confiscation and asset recovery" in n.text[n.body_blocks[-1].start : n.body_blocks[-1].end]


#: A/RES/78/219 P3 and A/RES/79/160 P2 (audit-ga13, shortened): marks glued to a date's year ("20183",
#: "20175") or set apart from it by spaces ("2004 7  and"), each the mark of the item before it.
DATED_MARKS = """United Nations
A/RES/78/219

General Assembly
Distr.: General
22 December 2023

Seventy-eighth session
Agenda item 71 (c)

Resolution adopted by the General Assembly
on 19 December 2023

78/219. Situation of human rights of Rohingya Muslims and other minorities in Myanmar

The General Assembly,

Recalling the resolutions and decisions of the Human Rights Council, the most recent of which being resolutions 42/3
of 26 September 2019,1 39/2 of 27 September 2018,2 37/32 of 23 March 20183 and
S-27/1 of 5 December 2017, 4 the presidential statements issued by the Security
Council on 6 November 20175 and 10 March 2021,6

Recalling the provisions of Commission on Human Rights resolutions 2004/16 of
16 April 2004 7  and 2005/5 of 14 April 2005 8  and relevant Human Rights Council
resolutions,

1. Decides to remain seized of the matter.

__________________

1 Ibid., Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. II.

2 Ibid., Seventy-third Session, Supplement No. 53A (A/73/53/Add.1), chap. II.

3 Ibid., Supplement No. 53 (A/73/53), chap. IV, sect. A.

4 Ibid., chap. III.

5 S/PRST/2017/22; see Resolutions and Decisions of the Security Council, 2017 (S/INF/72).

6 S/PRST/2021/5.

7 See Official Records of the Economic and Social Council, 2004, Supplement No. 3 (E/2004/23),
chap. II, sect. A.

8 Ibid., 2005, Supplement No. 3 and corrigenda (E/2005/23, E/2005/23/Corr.1 and
E/2005/23/Corr.2), chap. II, sect. A.
"""


def test_marks_after_a_dates_year_leave_the_date_whole(extract_text) -> None:
    lines = extract_text("A_RES_78_219.txt", DATED_MARKS)
    meta, refs = lines[0], lines[1:]
    assert (meta["preambular_count"], meta["operative_count"], meta["footnote_count"]) == (2, 1, 8)
    body = [(r["para"], r["surface"], r["date"]) for r in refs if not r["para"].startswith("F")]
    assert body == [
        ("P1", "42/3", "2019-09-26"),
        ("P1", "39/2", "2018-09-27"),
        ("P1", "37/32", "2018-03-23"),
        ("P1", "S-27/1", "2017-12-05"),
        ("P2", "2004/16", "2004-04-16"),
        ("P2", "2005/5", "2005-04-14"),
    ]
    notes = [(r["para"], r["target"], r["anchor"]) for r in refs if r["para"].startswith("F")]
    assert notes == [
        ("F1", "A/74/53/Add.1", "resolutions 42/3"),
        ("F2", "A/73/53/Add.1", "39/2"),
        ("F3", "A/73/53", "37/32"),
        ("F4", "A/73/53", "S-27/1"),  # a bare Ibid. after a footnote's own symbol
        ("F5", "S/PRST/2017/22", "presidential statements"),
        ("F5", "S/INF/72", "presidential statements"),
        ("F6", "S/PRST/2021/5", "presidential statements issued by the Security Council on 10 March 2021"),
        ("F7", "E/2004/23", "Commission on Human Rights resolutions 2004/16"),
        ("F8", "E/2005/23", "2005/5"),
        ("F8", "E/2005/23/Corr.1", "2005/5"),
        ("F8", "E/2005/23/Corr.2", "2005/5"),
    ]


#: A/RES/79/258 section IX, O4 (audit-r7a, shortened): a two-digit mark glued to a Council number
#: ("55/2831") and to dates' years ("202434"), each the mark of the item before it; "its" is the Human
#: Rights Council's for every number of the list and for "its decision".
GLUED_TO_NUMBERS = """United Nations
A/RES/79/258

General Assembly
Distr.: General
30 December 2024

Seventy-ninth session
Agenda item 139

Resolution adopted by the General Assembly
on 24 December 2024

79/258. Special subjects relating to the proposed programme budget for 2025

The General Assembly,

1. Takes note of the report of the Secretary-General;30

2. Approves the establishment of 16 posts to support the activities mandated by the Human Rights Council
in its resolutions 55/2831 and 55/29 of 5 April 2024,32 56/13 of 11 July 2024,33 57/19 of 10 October
202434 and 57/28 of 11 October 202435 and its decision 56/115 of 10 July 2024;36

__________________

30 A/79/575.

31 See Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53
(A/79/53), chap. IV, sect. A.

32 Ibid.

33 Ibid., chap. V, sect. A.

34 Ibid. Supplement No. 53A (A/79/53/Add.1), chap. III, sect. A.

35 Ibid.

36 Ibid., Supplement No. 53 (A/79/53), chap. V, sect. B.
"""


def test_a_two_digit_mark_glued_to_a_council_number(extract_text) -> None:
    lines = extract_text("A_RES_79_258.txt", GLUED_TO_NUMBERS)
    body = [(r["para"], r["surface"], r["target"], r["date"]) for r in lines[1:] if r["para"].startswith("O")]
    assert body == [
        ("O2", "55/28", "A/HRC/RES/55/28", "2024-04-05"),
        ("O2", "55/29", "A/HRC/RES/55/29", "2024-04-05"),
        ("O2", "56/13", "A/HRC/RES/56/13", "2024-07-11"),
        ("O2", "57/19", "A/HRC/RES/57/19", "2024-10-10"),
        ("O2", "57/28", "A/HRC/RES/57/28", "2024-10-11"),
        ("O2", "56/115", "A/HRC/DEC/56/115", "2024-07-10"),
    ]
    notes = [(r["para"], r["target"], r["anchor"]) for r in lines[1:] if r["para"] in ("F31", "F34", "F36")]
    assert notes == [
        ("F31", "A/79/53", "resolutions 55/28"),
        ("F34", "A/79/53/Add.1", "57/19"),
        ("F36", "A/79/53", "decision 56/115"),
    ]
