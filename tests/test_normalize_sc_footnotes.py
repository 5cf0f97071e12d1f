"""Security Council footnote blocks: where one footnote ends and the next begins.

In the OCR texts (``unsc-cr-unsc-gold``) a footnote's last line may lack its full stop,
and its numbers may jump: the printed page held footnotes of other resolutions too. A line
that opens as a footnote does ("52 Ibid.", "52 See", "52 Official Records") starts footnote
52 when the body prints mark 52; any other line that starts with a number goes on with the
open footnote. The texts below are copied from the corpus (CC0), shortened.
"""

from __future__ import annotations

import pytest

from citegraph.normalize import analyse

#: S/RES/445 (1979): its first four preambular paragraphs, the vote line and both footnotes.
S_RES_445_HEAD = (
    "Resolution 445 (1979)\n"
    "of 8 March 1979\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Recalling its resolutions on the question of Southern\n"
    "Rhodesia, and in particular resolutions 253 (1968) of 29\n"
    "May 1968, 403 (1977) of 14 January and 411 (1977)\n"
    "of 30 June 1977, 423 (1978) of 14 March, 424 (1978)\n"
    "of 17 March and 437 (1978) of 10 October 1978,\n"
    "\n"
    "Taking note of the statement of the African Group\n"
    "contained in document S/13084, 50\n"
    "\n"
    "Having heard the statements of the representatives of\n"
    "Angola {m} and Zambia, {m}\n"
    "\n"
    "Having also heard the statement of the representative\n"
    "of the Patriotic Front of Zimbabwe, {m}\n"
    "\n"
    "9. Decides to meet, not later than 27 March 1979,\n"
    "to consider the report envisaged in paragraph 8 of the\n"
    "present resolution.\n"
    "\n"
    "Adopted at the 2122nd meeting by 12 votes to none, with\n"
    "3 abstentions (France, United\n"
    "Kingdom of Great Britain\n"
    "and Northern Ireland, United\n"
    "States of America).\n"
    "\n"
    "\n"
    "50 See Official Records of the Security Council, Thirty-fourth Year, Supplement for January, February and March 1979\n"
    "{line}\n"
)

F50 = "See Official Records of the Security Council, Thirty-fourth Year, Supplement for January, February and March 1979"


def _footnotes(text: str) -> list[tuple[int | None, str]]:
    norm = analyse(text)
    return [(b.number, norm.text[b.start : b.end]) for b in norm.footnote_blocks]


@pytest.mark.parametrize(
    ("mark", "line", "footnotes"),
    [
        # the real text: 50 has no full stop, 51 was another resolution's, 52 is printed in the body
        (
            "52",
            "52 Ibid., Thirty-fourth Year, 2119th meeting.",
            [(50, F50), (52, "Ibid., Thirty-fourth Year, 2119th meeting.")],
        ),
        # the same with the other openers, and "Ibid." as OCR reads it
        (
            "52",
            "52 See also Official Records, 2119th meeting.",
            [(50, F50), (52, "See also Official Records, 2119th meeting.")],
        ),
        (
            "52",
            "52 Official Records, 2119th meeting.",
            [(50, F50), (52, "Official Records, 2119th meeting.")],
        ),
        ("52", "52 Tbid., 2119th meeting.", [(50, F50), (52, "Tbid., 2119th meeting.")]),
        # no mark 52 in the body: the line goes on with footnote 50
        (
            "",
            "52 Ibid., Thirty-fourth Year, 2119th meeting.",
            [(50, F50 + " 52 Ibid., Thirty-fourth Year, 2119th meeting.")],
        ),
        # mark 52 in the body, but the line opens as no footnote does: it goes on with footnote 50
        ("52", "52 and 53 (1979), 2119th meeting.", [(50, F50 + " 52 and 53 (1979), 2119th meeting.")]),
        # a number below the last footnote's never starts one
        ("49", "49 Ibid., 2119th meeting.", [(50, F50 + " 49 Ibid., 2119th meeting.")]),
    ],
)
def test_footnote_with_a_jump_after_an_open_footnote(
    mark: str, line: str, footnotes: list[tuple[int, str]]
) -> None:
    text = S_RES_445_HEAD.format(m=mark, line=line)
    assert _footnotes(text) == footnotes


def test_the_mark_of_the_footnote_split_off_leaves_the_body():
    """S/RES/445 (1979) P3: "Angola 52 and Zambia, 52" loses both marks once footnote 52 is read."""
    norm = analyse(S_RES_445_HEAD.format(m="52", line="52 Ibid., Thirty-fourth Year, 2119th meeting."))
    body = [" ".join(norm.text[b.start : b.end].split()) for b in norm.body_blocks]
    assert "Having heard the statements of the representatives of Angola and Zambia," in body
    assert "Having also heard the statement of the representative of the Patriotic Front of Zimbabwe," in body
    assert sorted({m.number for m in norm.marks}) == [50, 52]


#: S/RES/508 (1982): footnote 26 has no full stop either; the consecutive 27 was split off already.
S_RES_508_TAIL = (
    "Resolution 508 (1982)\n"
    "of 5 June 1982\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Having heard the statement of the Permanent Representative of Lebanon and the statement of the Permanent\n"
    "Observer of the Palestine Liberation Organization, 26\n"
    "\n"
    "Taking note of the letters of the Permanent Representative of Lebanon, 27\n"
    "\n"
    "1. Calls upon all the parties to the conflict to cease immediately;\n"
    "\n"
    "Adopted unanimously at the 2374th meeting.\n"
    "\n"
    "26 Official Records of the Security Council, Thirty-seventh Year, Supplement for April, May and June 1982, documents S/15161 and S/15162\n"
    "27 Ibid., Thirty-seventh Year, 2374th meeting.\n"
)


def test_consecutive_footnote_after_an_open_footnote_still_splits():
    assert [n for n, _ in _footnotes(S_RES_508_TAIL)] == [26, 27]


# ---------------------------------------------------------------------------
# A footnote mark misread by OCR: "America,'*" (18), "Jordan?°" (20), "1949,??" (22)
# ---------------------------------------------------------------------------

#: S/RES/851 (1993): P4 and P5 (marks 17 and 18), the vote line and footnotes 17 and 18.
S_RES_851_PART = (
    "Resolution 851 (1993)\n"
    "of 15 July 1993\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Welcoming the Declaration on the Situation in Angola adopted by\n"
    "the Assembly of Heads of State and Government of the Organization\n"
    "of African Unity at its twenty-ninth ordinary session, held at Cairo\n"
    "from 28 to 30 June 1993, and the resolution on the situation in Angola\n"
    "adopted by the Council of Ministers of the Organization of African\n"
    "Unity at its fifty-eighth ordinary session, 17 held at Cairo from 21 to 26\n"
    "June 1993,\n"
    "\n"
    "Welcoming also the joint statement issued in Moscow on 8 July\n"
    "1993 by the representatives of Portugal, the Russian Federation and the\n"
    "United States of America,{m} the three observer States to the Angolan\n"
    "peace process,\n"
    "\n"
    "23. Decides to remain seized of the matter.\n"
    "\n"
    "Adopted unanimously at the 3254th meeting.\n"
    "\n"
    "17 Ibid., document S/26081.\n"
    "18 Ibid., document S/26064.\n"
)

#: S/RES/465 (1980): P1, P2 and P4 (marks 18 to 22), the vote line and footnotes 18 to 22.
S_RES_465_PART = (
    "Resolution 465 (1980)\n"
    "of 1 March 1980\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Taking note of the reports of the Security Council\n"
    "Commission established under resolution 446 (1979) to\n"
    "examine the situation relating to settlements in the\n"
    "Arab territories occupied since 1967, including\n"
    "Jerusalem, contained in documents S/13450 and Corr.\n"
    "1 and Add.1 18 and S/13679, 19\n"
    "\n"
    "Taking note also of letters from the Permanent Representative of Jordan{m20} and the Permanent "
    "Representative of Morocco, Chairman of the Islamic Group. 21\n"
    "\n"
    "Affirming once more that the Geneva Convention\n"
    "relative to the Protection of Civilian Persons in Time of\n"
    "War, of 12 August 1949,{m22} is applicable to the Arab\n"
    "territories occupied by Israel since 1967, including\n"
    "Jerusalem,\n"
    "\n"
    "1. Commends the work done by the Commission;\n"
    "\n"
    "Adopted unanimously at the 2203rd meeting.\n"
    "\n"
    "\n"
    "18 See Official Records of the Security Council, Thirty-fourth\n"
    "Year, Supplement for July, August and September 1979.\n"
    "19 Ibid., Supplement for October, November and December 1979.\n"
    "20 Ibid., Thirty-fifth Year, Supplement for January, February and\n"
    "March 1980, document S/13801.\n"
    "21 Ibid., document S/13802.\n"
    "22 United Nations, Treaty Series, vol. 75, p. 287.\n"
)


def _marks_before(text: str) -> list[tuple[int, str]]:
    """Each mark found, with the words just before it (spaces squeezed)."""
    norm = analyse(text)
    return [
        (m.number, " ".join(norm.text[max(0, m.offset - 60) : m.offset].split()[-2:])) for m in norm.marks
    ]


@pytest.mark.parametrize(
    ("mark", "marks"),
    [
        # the real text: "'*" is the superscript 18 (its "*" is read as markdown and dropped)
        ("'*", [(17, "ordinary session,"), (18, "of America,")]),
        # the other misreadings of the corpus
        ("?°", [(17, "ordinary session,"), (18, "of America,")]),
        ("??", [(17, "ordinary session,"), (18, "of America,")]),
        # a clean mark, as before
        (" 18", [(17, "ordinary session,"), (18, "of America,")]),
        # no glyph, or one glyph for a two-digit number, or a closed quotation: no mark 18
        ("", [(17, "ordinary session,")]),
        ("*", [(17, "ordinary session,")]),
        ("?'", [(17, "ordinary session,")]),
        ("**", [(17, "ordinary session,")]),
    ],
)
def test_851_misread_mark_of_the_last_footnote(mark: str, marks: list[tuple[int, str]]) -> None:
    assert _marks_before(S_RES_851_PART.format(m=mark)) == marks


def test_851_misread_mark_leaves_the_body():
    norm = analyse(S_RES_851_PART.format(m="'*"))
    body = [" ".join(norm.text[b.start : b.end].split()) for b in norm.body_blocks]
    assert any("United States of America, the three observer States" in b for b in body)


@pytest.mark.parametrize(
    ("m20", "m22", "marks"),
    [
        # the real text: both misread marks are found, each between its neighbours' marks
        (
            "?°",
            "??",
            [
                (18, "and Add.1"),
                (19, "and S/13679,"),
                (20, "of Jordan"),
                (21, "Islamic Group."),
                (22, "August 1949,"),
            ],
        ),
        # two misread forms between the marks of 19 and 21: neither is sure, so 20 has no mark;
        # 22 (after 21) is still found
        (
            "?° and Iraq?°",
            "??",
            [
                (18, "and Add.1"),
                (19, "and S/13679,"),
                (21, "Islamic Group."),
                (22, "August 1949,"),
            ],
        ),
    ],
)
def test_465_misread_marks_between_their_neighbours(m20: str, m22: str, marks: list[tuple[int, str]]) -> None:
    assert _marks_before(S_RES_465_PART.format(m20=m20, m22=m22)) == marks


def test_misread_mark_needs_the_previous_footnote_found():
    """Mark 19 missing: the form after "Jordan" is not taken for 20 (the order is lost); 22 still is."""
    text = S_RES_465_PART.format(m20="?°", m22="??").replace("S/13679, 19", "S/13679,")
    assert [n for n, _ in _marks_before(text)] == [18, 21, 22]


# ---------------------------------------------------------------------------
# A footnote number the OCR glued to its first word with a full stop ("33.One member ...")

#: S/RES/434 (1978): the vote line, its mark 33, and the footnote, its number glued to its text.
S_RES_434_TAIL = (
    "Resolution 434 (1973)\n"
    "of 18 September 1978\n"
    "\n"
    "The Security Council,\n"
    "\n"
    "Acting in response to the request of the Lebanese\n"
    "Government,\n"
    "\n"
    "1. Decides to renew the mandate of the United\n"
    "Nations Interim Force in Lebanon for a period of four\n"
    "months, that is, until 19 January 1979;\n"
    "\n"
    "Adopted at the 2085th meeting by 12 votes to none,\n"
    "with 2 abstentions (Czechoslovakia, Union of Soviet\n"
    "Socialist Republics). 33\n"
    "\n"
    "\n"
    "\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    ("line", "footnotes"),
    [
        # the real text: "33." and a word, as "33 One member ..." (S/RES/341 (1973)) is read
        (
            "33.One member (China) did not participate in the voting.",
            [(33, "One member (China) did not participate in the voting.")],
        ),
        (
            "33 One member (China) did not participate in the voting.",
            [(33, "One member (China) did not participate in the voting.")],
        ),
        # a list item's number ("5.A.2.a: Systems", S/RES/1454 (2002)) and a decimal open no footnote
        ("5.A.2.a: Systems, equipment, application specific", []),
        ("2.5 million tons of grain were delivered.", []),
    ],
)
def test_434_footnote_number_glued_to_its_text(line: str, footnotes: list[tuple[int, str]]) -> None:
    assert _footnotes(S_RES_434_TAIL.format(line=line)) == footnotes
