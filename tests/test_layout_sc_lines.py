"""Preambular paragraphs printed on the next line, and dash items of a preambular paragraph.

The Security Council texts (``unsc-cr-unsc-gold``, hand-corrected OCR) print most
paragraphs after a blank line, but some right on the line after the paragraph before
("Determined to secure full compliance with its decisions,⏎Acting under Chapter VII of
the Charter,"), and so do a few GA texts where the PDF extraction lost the blank line.
Such a line starts a new paragraph when the line before ends with a comma and it opens
with a known preambular opener; a name or a list that goes on after a comma with a
capital does not. Items printed with "- " after a preambular paragraph that announces
them with a colon ("... in which the parties agreed, inter alia:") are its sub-items, as
lettered items are. The snippets are copied from the corpus (CC0).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citegraph.layout import layout
from citegraph.normalize import analyse
from citegraph.reader import read_document

ORGAN = "Resolution 678 (1990)\nof 29 November 1990\n\nThe Security Council,\n\n"
OPERATIVE = "\n\n1. Decides to remain seized of the matter.\n"


def _paragraphs(body: str) -> list[tuple[str, str]]:
    doc = layout(analyse(ORGAN + body + OPERATIVE), "t.txt", "t.txt")
    return [(p.label, p.text) for p in doc.paragraphs if p.label not in ("H", "O1")]


#: (source, body after the organ's line, the preambular paragraphs expected)
NEW_PARAGRAPH_ON_THE_NEXT_LINE = [
    (
        "S_RES_743_1992.txt",  # "Convinced", a participle only as an opening (verbs.OPENING_ONLY)
        "Commending again the efforts undertaken by the European\nCommunity and its member States, to\n"
        "ensure a peaceful political settlement,\n\fConvinced that the implementation of the United Nations\n"
        "peace-keeping plan” will assist the Conference on Yugoslavia\nin reaching a peaceful political settlement,",
        [
            (
                "P1",
                "Commending again the efforts undertaken by the European Community and its member States, to "
                "ensure a peaceful political settlement,",
            ),
            (
                "P2",
                "Convinced that the implementation of the United Nations peace-keeping plan” will assist the "
                "Conference on Yugoslavia in reaching a peaceful political settlement,",
            ),
        ],
    ),
    (
        "S_RES_678_1990.txt",
        "Determined to secure full compliance with its decisions,\nActing under Chapter VII of the Charter,",
        [
            ("P1", "Determined to secure full compliance with its decisions,"),
            ("P2", "Acting under Chapter VII of the Charter,"),
        ],
    ),
    (  # OCR read the comma that ends the paragraph as ", ."
        "S_RES_832_1993.txt",
        "and 791 (1992) of 30 November 1992, .\nHaving studied the report of the Secretary-General (S/25812 and "
        "Add.1l\nand 2),",
        [
            ("P1", "and 791 (1992) of 30 November 1992, ."),
            ("P2", "Having studied the report of the Secretary-General (S/25812 and Add.1l and 2),"),
        ],
    ),
    (
        "S_RES_764_1992.txt",
        "Cognizant of the magnificent work being done in Sarajevo\n"
        "by the Force and its leadership, despite the conditions of great\n"
        "difficulty and danger,\n"
        "Aware of the enormous difficulties in the evacuation by air\n"
        "of cases of special humanitarian concern,",
        [
            (
                "P1",
                "Cognizant of the magnificent work being done in Sarajevo by the Force and its "
                "leadership, despite the conditions of great difficulty and danger,",
            ),
            (
                "P2",
                "Aware of the enormous difficulties in the evacuation by air of cases of special humanitarian concern,",
            ),
        ],
    ),
    (
        "S_RES_740_1992.txt",  # an adverb before the participle, and a mark in the paragraph before
        "Noting that the letter from President Franjo Tudjman of 6\n"
        "February 1992, 33 in which he accepts fully and unconditionally\n"
        "the Secretary-General’s concept and plan, which defines the\n"
        "conditions and areas where the United Nations forces would be\n"
        "deployed, removes a further obstacle in that respect,\n"
        "Also noting that the implementation of the United Nations\n"
        "peace-keeping plan contained in the report of the Secretary-General of 11 December 1991 34 will "
        "facilitate the task of the\n"
        "Conference on Yugoslavia in reaching a political settlement,",
        [
            (
                "P1",
                "Noting that the letter from President Franjo Tudjman of 6 February 1992, 33 in which he "
                "accepts fully and unconditionally the Secretary-General’s concept and plan, which defines "
                "the conditions and areas where the United Nations forces would be deployed, removes a "
                "further obstacle in that respect,",
            ),
            (
                "P2",
                "Also noting that the implementation of the United Nations peace-keeping plan contained in "
                "the report of the Secretary-General of 11 December 1991 34 will facilitate the task of "
                "the Conference on Yugoslavia in reaching a political settlement,",
            ),
        ],
    ),
    (
        "S_RES_546_1984.txt",
        "Recalling its resolutions 387 1976), 418 (1977), 428\n"
        "(1978), 447 (1979), 454 (1979), 475 (1980) and 545 (1983),\n"
        "Gravely concerned at the renewed escalation of\n"
        "unprovoked bombing and persistent acts of aggression,",
        [
            (
                "P1",
                "Recalling its resolutions 387 1976), 418 (1977), 428 (1978), 447 (1979), 454 (1979), "
                "475 (1980) and 545 (1983),",
            ),
            (
                "P2",
                "Gravely concerned at the renewed escalation of unprovoked bombing and persistent acts of aggression,",
            ),
        ],
    ),
    (
        "S_RES_488_1981.txt",  # after a lettered item of the paragraph before, ending in a quotation
        "Recalling the terms of reference, and particularly:\n\n"
        "(d) That “self-defence would include resistance to\n"
        "attempts by forceful means to prevent it from discharging its\n"
        "duties under the mandate of the Security Council”,\n"
        "Having studied the report of the Secretary-General on the\n"
        "United Nations Interim Force in Lebanon of 16 June 1981,",
        [
            (
                "P1",
                "Recalling the terms of reference, and particularly: (d) That “self-defence would include "
                "resistance to attempts by forceful means to prevent it from discharging its duties under the "
                "mandate of the Security Council”,",
            ),
            (
                "P2",
                "Having studied the report of the Secretary-General on the United Nations Interim Force in Lebanon of 16 June 1981,",
            ),
        ],
    ),
    (
        "A_RES_78_187.txt",  # a GA text whose PDF extraction lost the blank line
        "Reaffirming also that the rights of the child are human rights, and that these\n"
        "rights need to be protected and upheld both offline and online,\n"
        "Reaffirming further that States parties to the Convention on the Rights of the Child\n"
        "shall undertake all appropriate measures for the implementation of the rights recognized\n"
        "therein,",
        [
            (
                "P1",
                "Reaffirming also that the rights of the child are human rights, and that these rights need "
                "to be protected and upheld both offline and online,",
            ),
            (
                "P2",
                "Reaffirming further that States parties to the Convention on the Rights of the Child shall "
                "undertake all appropriate measures for the implementation of the rights recognized therein,",
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("source", "body", "expected"),
    NEW_PARAGRAPH_ON_THE_NEXT_LINE,
    ids=[c[0] for c in NEW_PARAGRAPH_ON_THE_NEXT_LINE],
)
def test_a_preambular_opener_after_a_comma_starts_a_paragraph(source: str, body: str, expected):
    assert _paragraphs(body) == expected


#: (source, a paragraph whose line after a comma starts with a capital that opens no paragraph)
ONE_PARAGRAPH = [
    (
        "S_RES_428_1978.txt",  # a title after a name
        "Having heard the statement of Mr. Sam Nujoma,\nPresident of the South West Africa People’s Organization,",
    ),
    (
        "A_RES_78_68.txt",  # a participle in a name
        "Recognizing further the role of the Global Record of Fishing Vessels,\n"
        "Refrigerated Transport Vessels and Supply Vessels in the concerted fight against\n"
        "illegal, unreported and unregulated fishing,",
    ),
    (
        "A_RES_80_63.txt",
        "Recalling also the Summit of Heads of State and Government on Maritime\n"
        "Safety and Security in the Gulf of Guinea, held in Yaoundé on 24 and 25 June 2013,\n"
        "which led to the adoption of the Code of Conduct concerning the Repression of Piracy,\n"
        "Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa\n"
        "(Yaoundé Code of Conduct),",
    ),
    (
        "A_RES_78_222.txt",  # an -ing word of a title
        "Recalling decision C-25/DEC.9 of 21 April 2021 of the Conference of the States\n"
        "Parties to the Convention on the Prohibition of the Development, Production,\n"
        "Stockpiling and Use of Chemical Weapons and on Their Destruction,",
    ),
    (
        "A_RES_78_188.txt",  # an adverb before a capitalised word
        "Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,\n"
        "Especially Women and Children, supplementing the United Nations Convention\n"
        "against Transnational Organized Crime,",
    ),
]


@pytest.mark.parametrize(("source", "body"), ONE_PARAGRAPH, ids=[c[0] for c in ONE_PARAGRAPH])
def test_a_name_after_a_comma_goes_on(source: str, body: str):
    assert _paragraphs(body) == [("P1", " ".join(body.split("\n")))]


def test_764_dash_items_belong_to_the_paragraph_that_announces_them():
    body = (
        "Disturbed by the continuing violation of the Sarajevo\n"
        "airport agreement of 5 June 1992,” in which the parties agreed,\n"
        "inter alia:\n\n"
        "- That all anti-aircraft weapon systems would be withdrawn from positions from which they could engage\n"
        "the airport and its air approaches,\n\n"
        "- That all artillery, mortar, ground-to-ground missile\n"
        "systems and tanks within range of the airport would\n"
        "be concentrated in areas agreed by the United\n"
        "Nations Protection Force and subject to its observation at the firing line,\n\n"
        "- To establish security corridors between the airport\n"
        "and the city, under the Force’s control, to ensure the\n"
        "safe movement of humanitarian aid and related\n"
        "personnel,\n\n"
        "Deeply concerned about the safety of the Force’s personnel,"
    )
    assert _paragraphs(body) == [
        (
            "P1",
            "Disturbed by the continuing violation of the Sarajevo airport agreement of 5 June 1992,” in which "
            "the parties agreed, inter alia:\n\n"
            "- That all anti-aircraft weapon systems would be withdrawn from positions from which they could "
            "engage the airport and its air approaches,\n\n"
            "- That all artillery, mortar, ground-to-ground missile systems and tanks within range of the "
            "airport would be concentrated in areas agreed by the United Nations Protection Force and subject "
            "to its observation at the firing line,\n\n"
            "- To establish security corridors between the airport and the city, under the Force’s control, "
            "to ensure the safe movement of humanitarian aid and related personnel,",
        ),
        ("P2", "Deeply concerned about the safety of the Force’s personnel,"),
    ]


def test_dash_items_need_the_colon_of_the_paragraph_before():
    """A "- " block after a paragraph that announces nothing stays a paragraph of its own."""
    body = "Recalling its resolution 752 (1992),\n\n- All parties stop the fighting immediately,"
    assert [label for label, _ in _paragraphs(body)] == ["P1", "P2"]


def test_1445_dash_items_of_an_operative_paragraph_stay_with_it():
    doc = layout(
        analyse(
            ORGAN + "Recalling its resolutions,\n\n"
            "1. Stresses that the main responsibility for resolving the conflict rests with\n"
            "the parties themselves and, in this regard:\n\n"
            "— Calls for a full cessation of hostilities involving regular forces and armed\n"
            "groups throughout the territory of the Democratic Republic of the Congo, in\n"
            "particular in South Kivu and in Ituri;\n\n"
            "— Calls for the cessation of all support to the armed groups referred to in Annex\n"
            "A Chapter 9.1 of the Lusaka Ceasefire Agreement;\n"
        ),
        "t.txt",
        "t.txt",
    )
    assert [p.label for p in doc.paragraphs] == ["H", "P1", "O1"]
    assert doc.paragraph("O1").text.endswith("A Chapter 9.1 of the Lusaka Ceasefire Agreement;")


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("S_RES_678_1990.txt", (5, 5)),  # + "Acting under Chapter VII of the Charter,"
        ("S_RES_764_1992.txt", (12, 12)),  # + "Aware of ...", 3 dash items under P3
        ("S_RES_757_1992.txt", (18, 21)),  # 5 dash items under P4 "including its demands that:"
        ("S_RES_186_1964.txt", (3, 8)),  # "its Article 2, paragraph 4, which reads:" + the quoted Article
        ("S_RES_301_1971.txt", (11, 16)),  # "an advisory opinion on the question:" + the quoted question
    ],
)
def test_security_council_counts(corpus: Path, name: str, counts: tuple[int, int]):
    meta = read_document(corpus / "unsc-cr-unsc-gold" / name).meta
    assert (meta.preambular_count, meta.operative_count) == counts


def test_a_quotation_after_a_colon_belongs_to_the_paragraph_that_announces_it():
    # S/RES/186 (1964) P3 (audit7 sc7): the quoted Article is no paragraph of its own
    body = (
        "Having in mind the relevant provisions of the Charter\nof the United Nations and, in particular, its Article 2,\n"
        "paragraph 4, which reads:\n\n“ All Members shall refrain in their international\nrelations from the threat or "
        "use of force against the\nterritorial integrity or political independence of any\nState ”,"
    )
    assert _paragraphs(body) == [
        (
            "P1",
            "Having in mind the relevant provisions of the Charter of the United Nations and, in particular, its "
            "Article 2, paragraph 4, which reads: “ All Members shall refrain in their international relations from "
            "the threat or use of force against the territorial integrity or political independence of any State ”,",
        )
    ]
    # without the colon, a quoted title after a blank line still opens a paragraph of its own
    assert [
        label for label, _ in _paragraphs("Recalling its resolution 1 (1946),\n\n“Noting the report”,")
    ] == [
        "P1",
        "P2",
    ]


def test_a_text_that_starts_with_the_organ_line():
    """The organ's line may be the text's first: what is told after it is told there too."""
    doc = layout(
        analyse(
            "The Security Council,\n\n"
            "Determined to secure full compliance with its decisions,\n"
            "Acting under Chapter VII of the Charter,\n\n"
            "1. Decides to remain seized of the matter.\n"
            "Adopted at the 2963rd meeting by\n12 votes to 2 (Cuba and Yemen),\nwith 1 abstention (China).\n"
        ),
        "t.txt",
        "t.txt",
    )
    assert [(p.label, p.text) for p in doc.paragraphs] == [
        ("P1", "Determined to secure full compliance with its decisions,"),
        ("P2", "Acting under Chapter VII of the Charter,"),
        ("O1", "Decides to remain seized of the matter."),
    ]


def test_indent_shape_a_paragraph_whose_indent_the_pdf_text_lost(corpus: Path):
    """A/C.3/80/L.3 read from its PDF: every paragraph starts indented but "Stressing the importance
    for Member States", printed after "... 34/3 of 23 May 2025,26" (a footnote mark after the comma)."""
    doc = read_document(corpus / "pdf" / "A_C.3_80_L.3.pdf")
    assert doc.paragraph("P53").text.endswith("resolutions 30/1 of 21 May 2021 and 34/3 of 23 May 2025,")
    assert doc.paragraph("P54").text.startswith(
        "Stressing the importance for Member States to take legislative"
    )
    assert (doc.meta.preambular_count, doc.meta.operative_count, doc.meta.footnote_count) == (72, 73, 51)
