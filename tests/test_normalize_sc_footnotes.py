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
