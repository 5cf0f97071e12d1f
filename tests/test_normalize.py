"""Normalisation: furniture, markup and marks out; offsets back to the original."""

from __future__ import annotations

import pytest

from citegraph.normalize import analyse, normalize, without_end_mark


def _body(text: str) -> list[str]:
    n = analyse(text)
    return [n.text[b.start : b.end] for b in n.blocks if b.kind == "body"]


def _marks(text: str) -> list[tuple[int, str]]:
    n = analyse(text)
    return [(m.number, n.text[max(0, m.offset - 12) : m.offset]) for m in n.marks]


def test_offsets_cover_every_character():
    text = "The General Assembly,\n\nRecalling [70/1](#) and *1373 \\(2001\\)*,¹\n\n¹ See A/70/1.\n"
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        if ch not in " \n":
            assert n.original[n.offsets[i]] == ch
    i = n.text.index("1373 (2001)")
    s, e = n.to_original(i, i + len("1373 (2001)"))
    assert n.original[s:e] == "1373 \\(2001\\)"


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("resolution [72/192](#) of 19 December", "resolution 72/192 of 19 December"),
        ("Security Council resolution [1373 \\(2001\\)](#)", "Security Council resolution 1373 (2001)"),
        ("*Treaty Series*, vol. 976", "Treaty Series, vol. 976"),
        ("the Convention$^{^{23}}$ and", "the Convention and"),
    ],
)
def test_markdown_removed(text, clean):
    assert _body(f"The General Assembly,\n\n{text},\n")[-1] == clean + ","


def test_pdf_page_furniture_dropped_and_paragraph_joined():
    text = (
        "United Nations \nA/RES/80/229\n \nGeneral Assembly \nDistr.: General \n22 December 2025 \n"
        "25-20947 (E)    070126 \n*2520947* \n \n80/229. Strengthening the programme \n \n"
        "The General Assembly, \n \nRecalling the United Nations Convention against \n"
        "Corruption,1 and welcoming the work of the \n__________________ \n \n"
        "1  United Nations, Treaty Series, vol. 2349, No. 42146. \n\nA/RES/80/229 \n"
        "Strengthening the programme \n \n25-20947 \n2/27 \n \nOffice on Drugs and Crime, \n \n"
        "1. Decides to act. \n"
    )
    assert _body(text)[-2:] == [
        "Recalling the United Nations Convention against Corruption, and welcoming the work of the "
        "Office on Drugs and Crime,",
        "1. Decides to act.",
    ]
    n = analyse(text)
    fn = [n.text[b.start : b.end] for b in n.blocks if b.kind == "footnote"]
    assert fn == ["United Nations, Treaty Series, vol. 2349, No. 42146."]
    assert [(k, before.strip()) for k, before in _marks(text)] == [(1, "Corruption,")]


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("the United Nations Convention against Corruption5 and", "Corruption"),
        ("the Protocols thereto,5 the Single Convention", "thereto,"),
        ("held in Kyoto from 7 to 12 March 2021,5 including", "2021,"),
        ("of 1988, 5 the United Nations", "1988,"),
        ("in force on 1 January 20265 and", "2026"),
        ("its resolutions 76/1795 and 77/229", "76/179"),
        ("the Convention\n5\nand the Protocol", "Convention"),
        ("Agenda 215 and the principles", "Agenda 21"),
    ],
)
def test_pdf_marks_in_every_shape(line, mark):
    text = (
        "The General Assembly,\n\nRecalling its resolutions 1/1, 2/2, 3/3 and 4/4 and the Convention1,2,3,4 "
        f"and {line},\n__________\n1 A.\n2 B.\n3 C.\n4 D.\n5 See E/2016/30.\n"
    )
    marks = dict(_marks(text))
    assert marks[5].rstrip().endswith(mark)
    assert mark + ("" if mark.endswith(",") else " ") in " ".join(_body(text)[-1].split()) + " "


def test_numbers_that_are_not_marks_stay():
    text = (
        "The General Assembly,\n\nRecalling the meeting held from 7 to 12 March 2021 and paragraphs 1, 2 "
        "and 3 of the Convention,1\n__________\n1 See A/1.\n2 See A/2.\n3 See A/3.\n7 See A/7.\n"
    )
    body = _body(text)[-1]
    assert "from 7 to 12 March 2021" in body and "paragraphs 1, 2 and 3" in body
    assert [m for m, _ in _marks(text)] == [1]


def test_reused_mark_is_removed_and_adds_nothing():
    text = (
        "The General Assembly,\n\nRecalling the Convention¹ and the Protocol,²\n\n"
        "1. Urges States to ratify the Convention¹ and the Protocol,²\n\n¹ Treaty A.\n\n² Treaty B.\n"
    )
    assert _body(text)[-1] == "1. Urges States to ratify the Convention and the Protocol,"
    assert [m for m, _ in _marks(text)] == [1, 2]


@pytest.mark.parametrize(
    "printed",
    [
        # 79/258 O4 and O7, 78/253: counts of posts after a comma are no reused marks
        "the establishment of seven new posts (2 P-5, 3 P-4 and 2 P-3) under section 3",
        "the conversion of six posts (1 Under-Secretary-General, 1 P-5, 1 P-4, 1 P-2, 1 P-1 and 1 General Service)",
        "including 9 temporary posts: 6 P-4, 1 P-3, 1 P-2, 1 General Service (Other level)",
        # 79/258 O8, 78/140: digits glued to a lone capital make a code, not a reused mark
        "the substantial completion of section S1 in 2024",
        "the International Centre for Asset Recovery and the U3 Anti-Corruption Resource Centre",
    ],
)
def test_counts_and_letter_codes_keep_a_number_that_a_footnote_already_used(printed):
    text = (
        "The General Assembly,\n\nRecalling the Convention,1 the Protocol,2 the Agreement3 and the Statute,4\n\n"
        f"1. Approves {printed};\n__________\n1 A.\n2 B.\n3 C.\n4 D.\n"
    )
    assert _body(text)[-1] == f"1. Approves {printed};"
    assert [m for m, _ in _marks(text)] == [1, 2, 3, 4]


def test_a_reused_mark_after_a_comma_or_glued_to_a_roman_numeral_still_goes():
    # S/RES/601 (1987): "the statement by Mr. Theo-Ben Gurirab, 54 Secretary for Foreign Affairs"
    text = (
        "The General Assembly,\n\nRecalling the Protocol,1 and Additional Protocol II2\n\n"
        "1. Calls for respect for the Protocol, 1 the statement by Mr. Gurirab, 1 Secretary for Foreign "
        "Affairs, Additional Protocol II2 and annex I1 thereto;\n__________\n1 A.\n2 B.\n"
    )
    assert " ".join(_body(text)[-1].split()) == (
        "1. Calls for respect for the Protocol, the statement by Mr. Gurirab, Secretary for Foreign "
        "Affairs, Additional Protocol II and annex I thereto;"
    )


@pytest.mark.parametrize(
    ("symbol", "kept"),
    [
        ("resolution 61/142 of 19 December 2006", True),  # 61/14 + mark 2? No: 61/142 is printed
        ("decision 77/568 of 1 September 2023", True),
    ],
)
def test_resolution_numbers_are_not_cut_for_marks(symbol, kept):
    text = (
        "The General Assembly,\n\nRecalling the Convention,1 and its " + symbol + ",\n__________\n"
        "1 A.\n2 See B.\n8 See C.\n"
    )
    assert (symbol in _body(text)[-1]) is kept


def test_short_symbol_with_glued_mark_split_when_the_footnote_says_so():
    text = (
        "The General Assembly,\n\nRecalling resolutions 5/1 3 and 5/64 of 2 March 2022,\n__________\n"
        "1 A.\n2 B.\n3 UNEP/EA.5/Res.1.\n4 UNEP/EA.5/Res.6.\n"
    )
    assert "resolutions 5/1 and 5/6 of 2 March 2022" in " ".join(_body(text)[-1].split())


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Recalling the statement made on its behalf, 18", "Recalling the statement made on its behalf,"),
        ("the Governors Island Agreement, 6", "the Governors Island Agreement,"),
        ("on 2 November 1973,7", "on 2 November 1973,"),
        ("(S/12958), 7", "(S/12958),"),
        ("the Convention,¹ ", "the Convention,"),
        ("the Convention,$^{12}$", "the Convention,"),
        ("Noting the report,", "Noting the report,"),
        ("Article 9", "Article"),
    ],
)
def test_without_end_mark_shows_how_a_block_ends(text, end):
    """A mark after a paragraph's closing comma hides that comma; the block ends as if it were not there."""
    assert without_end_mark(text) == end


@pytest.mark.parametrize(
    ("line", "kept", "marks"),
    [
        # A_RES_78_153 O6 (marks 3 and 4 used before): the session number is no reused mark
        ("Recalls, in line with decisions 1/CMA.3 and 1/CMA.4, 5  the call to", "1/CMA.3 and 1/CMA.4,", [5]),
        # A_RES_78_153 O27 and O31: before a word, and at a line end
        ("also welcomes the adoption of decisions 2/CP.27 and 2/CMA.4 on the fund", "2/CMA.4 on", []),
        ("and also recalls decision 1/CMA.3 \nof the Conference of the Parties", "1/CMA.3 of", []),
        ("recalls decision 7/COP.13 of the Conference of the Parties", "7/COP.13 of", []),
        # a mark glued after the whole designation still goes (A_RES_78_153 O13: "1/CP.2731")
        ("decisions 1/CP.275 and 1/CMA.4;", "1/CP.27 and 1/CMA.4;", [5]),
        ("decision 1/CMA.35 on", "1/CMA.3 on", [5]),
    ],
)
def test_designation_session_is_no_mark(line, kept, marks):
    """The number after "N/CMA." (CP., CMP., COP., MOP.) is the session in the designation."""
    text = (
        "The General Assembly,\n\nRecalling the Convention1 and the Protocol2 and the Agreement3 and the "
        f"Accord,4\n\n1. {line},\n__________\n1 A.\n2 B.\n3 C.\n4 D.\n5 See FCCC/PA/CMA/2021/10/Add.1.\n"
    )
    assert kept in " ".join(_body(text)[-1].split())
    assert [k for k, _ in _marks(text)] == [1, 2, 3, 4, *marks]


@pytest.mark.parametrize(
    ("line", "kept", "marks"),
    [
        # A_RES_79_185 O4 and O6 (footnotes 9 and 12 exist): the decision's number is no mark
        (
            "recalls in this regard decision C-25/DEC.9 of 21 April 2021 of the Conference",
            "C-25/DEC.9 of",
            [],
        ),
        (
            "the adoption of decision \nC-28/DEC.12 of 30 November 2023 by the Conference",
            "C-28/DEC.12 of",
            [],
        ),
        # S_RES_875_1993 P2: the Organization of American States' symbols
        ("resolution CP/RES.594 (923/92) and declarations CP/DEC.9 (931/93)", "CP/DEC.9 (931/93)", []),
        ("resolution UNEP/EA.5/Res.5 on", "UNEP/EA.5/Res.5 on", []),
        # a mark after a word that is no symbol still goes
        ("the Decision.5 on", "the Decision. on", [5]),
    ],
)
def test_number_after_dec_or_res_is_no_mark(line, kept, marks):
    """The number after "/DEC." or "/RES." (also "/Dec.", "/Res.") is the symbol's, however many footnotes."""
    text = (
        "The General Assembly,\n\nRecalling the Convention1 and the Protocol2 and the Agreement3 and the "
        f"Accord,4\n\n1. {line},\n__________\n1 A.\n2 B.\n3 C.\n4 D.\n5 E.\n6 F.\n7 G.\n8 H.\n9 I.\n"
        "10 J.\n11 K.\n12 L.\n"
    )
    assert kept in " ".join(_body(text)[-1].split())
    assert [k for k, _ in _marks(text)] == [1, 2, 3, 4, *marks]


def test_a_month_broken_over_a_line_is_one_word_again():
    # S/RES/349 (1974) O1: "207 (1965) of 10 Au-⏎gust" (the only broken month of the corpus); a hyphenated word stays
    text = (
        "The Security Council,\n\nReaffirms its resolutions 206 (1965) of 15 June, 207 (1965) of 10 Au-\n"
        "gust and 219 (1965) of 17 December 1965, and the high-\nlevel meeting,\n"
    )
    n = normalize(text)
    assert n.text.endswith(
        "207 (1965) of 10 August and 219 (1965) of 17 December 1965, and the high-level meeting,"
    )
    assert len(n.offsets) == len(n.text) + 1
    i = n.text.index("August")
    assert [n.original[n.offsets[j]] for j in range(i, i + 6)] == list("August")
    assert n.original[slice(*n.to_original(i, i + 6))] == "Au-\ngust"


def test_a_number_on_its_own_line_keeps_its_paragraph_whatever_word_opens_it():
    """A/RES/78/317's annex prints each paragraph's number on a line of its own, its text on the next with
    no blank line: "3." ⏎ "During this period, ...". A word in -ing after it ("During", "Including") is no
    preambular opener that starts a paragraph of its own (once read so, the rest of the annex, 40
    paragraphs, was one paragraph)."""
    text = (
        "Title\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n1.\nDecides to act, as follows;\n"
        "2.\nDuring this period, States have grown, and Member States shall act.\n3.\nIncluding all States, acts.\n"
    )
    n = analyse(text)
    assert [" ".join(n.text[b.start : b.end].split()) for b in n.blocks if b.kind == "body"] == [
        "Title",
        "The General Assembly,",
        "Recalling its resolution 70/1,",
        "1. Decides to act, as follows;",
        "2. During this period, States have grown, and Member States shall act.",
        "3. Including all States, acts.",
    ]


def test_the_corpus_annex_of_78_317_keeps_its_paragraphs(corpus):
    from citegraph.reader import read_document

    doc = read_document(corpus / "unga-mandate-pipeline" / "A_RES_78_317.txt")
    annex = [p for p in doc.paragraphs if p.part and p.part.startswith("Annex")]
    assert len(annex) == 42
    assert [p.label for p in annex[:3]] == ["O1", "O2", "O3"]
