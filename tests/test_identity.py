"""Identity from the header: symbol, type, session, date, title, sponsors, organ, agenda, report."""

from __future__ import annotations

import pytest

from citegraph.identity import _AGENDA, _REPORT, identify, parse_date, split_sponsors

GA_HEADER = """United Nations \nA/RES/78/229\n \nGeneral Assembly \nDistr.: General \n22 December 2023 \n
23-25976 (E)    100124 \n*2325976* \n \nSeventy-eighth session \nAgenda item 107 \nCrime prevention and criminal justice \n
 Resolution adopted by the General Assembly \non 19 December 2023 \n \n[on the report of the Third Committee (A/78/482, para. 29)] \n
 78/229. Strengthening the United Nations crime prevention and criminal \njustice programme, in particular its technical cooperation capacity \n
 \nThe General Assembly, \n \nReaffirming its resolutions,\n"""


def test_ga_resolution_header():
    m = identify(GA_HEADER)
    assert (m.symbol, m.doc_type, m.session, m.date, m.organ) == (
        "A/RES/78/229",
        "resolution",
        78,
        "2023-12-19",
        "GA",
    )
    assert m.title == (
        "Strengthening the United Nations crime prevention and criminal justice programme, "
        "in particular its technical cooperation capacity"
    )
    assert (m.agenda_item, m.committee_report, m.sponsors, m.amends) == ("107", "A/78/482", [], None)


@pytest.mark.parametrize(
    ("head", "symbol", "date"),
    [
        (
            "101 (1953). Resolution of 24 November 1953\n(S/3139/Rev.2]\n\nThe Security Council,\n",
            "S/RES/101 (1953)",
            "1953-11-24",
        ),
        (
            "Resolution 206 (1965)\nef 15 June 1965\n\nThe Security Council,\n",
            "S/RES/206 (1965)",
            "1965-06-15",
        ),
        (
            "Resolution 687 (1991) of 3 Apri] 1991\n\nThe Security Council,\n",
            "S/RES/687 (1991)",
            "1991-04-03",
        ),
        (
            "Resolution 434 (1973)\nof 18 September 1978\n\nThe Security Council,\n",
            "S/RES/434 (1978)",
            "1978-09-18",
        ),
        (
            "RESOLUTION 782 (1992)\n\nAdopted by the Security Council at its 3123rd meeting, on 13 October 1992\n\n"
            "The Security Council,\n",
            "S/RES/782 (1992)",
            "1992-10-13",
        ),
        (
            "United Nations S/RES/1454 (2002)\n\nSecurity Council Distr.: General\n\n30 December 2002\n\n"
            "Resolution 1454 (2002)\n\nAdopted by the Security Council at its 4683rd meeting,\non 30 December 2002\n\n"
            "The Security Council,\n",
            "S/RES/1454 (2002)",
            "2002-12-30",
        ),
    ],
)
def test_security_council_headers(head, symbol, date):
    m = identify(head)
    assert (m.symbol, m.date, m.doc_type, m.organ, m.session) == (symbol, date, "resolution", "SC", None)


HRC_HEADER = """United Nations \nA/HRC/RES/55/12\n \nGeneral Assembly \nDistr.: General \n10 April 2024 \n \n
Original: English \n24-06543 (E)    150424 \n \nHuman Rights Council \nFifty-fifth session \n26 February–5 April 2024 \n
Agenda item 3 \nPromotion and protection of all human rights, civil, \npolitical, economic, social and cultural rights, \n
including the right to development \n \n Resolution adopted by the Human Rights Council on 4 April 2024 \n \n
55/12. The right to education \n \nThe Human Rights Council, \n \nGuided by the Charter of the United Nations, \n"""

ECOSOC_HEADER = """{top}Economic and Social Council \nDistr.: General \n8 August 2019 \n \n19-13338 (E)    090819 \n \n
2019 session \n26 July 2018–24 July 2019 \nAgenda item 18 (c) \nEconomic and environmental questions: crime prevention \n
and criminal justice \n \n Resolution adopted by the Economic and Social Council on 23 July 2019 \n \n
[on the recommendation of the Commission on Crime Prevention and Criminal Justice \n(E/2019/30)] \n \n
2019/30. Strengthening the United Nations crime prevention and criminal justice programme \n \n
The Economic and Social Council, \n \nRecalling its resolution 2017/19 of 6 July 2017, \n"""


def test_human_rights_council_resolution_header():
    # the Council's resolutions print the Assembly's header with their own adoption line and organ
    m = identify(HRC_HEADER)
    assert (m.symbol, m.doc_type, m.session, m.date, m.organ, m.title, m.agenda_item) == (
        "A/HRC/RES/55/12",
        "resolution",
        55,
        "2024-04-04",
        "HRC",
        "The right to education",
        "3",
    )


@pytest.mark.parametrize("top", ["United Nations \nE/RES/2019/30\n \n", ""])
def test_economic_and_social_council_resolution_header(top: str):
    # its title line numbers the resolution by year ("2019/30."), which gives the symbol when none is printed
    # above it; the report is the one the functional commission's recommendation comes in
    m = identify(ECOSOC_HEADER.format(top=top))
    assert (m.symbol, m.doc_type, m.date, m.organ, m.committee_report) == (
        "E/RES/2019/30",
        "resolution",
        "2019-07-23",
        "ECOSOC",
        "E/2019/30",
    )
    assert m.title == "Strengthening the United Nations crime prevention and criminal justice programme"


@pytest.mark.parametrize("blank", ["55/...", "55/…", "55/___"])
def test_human_rights_council_draft_marks_non_members_and_leaves_its_number_blank(blank: str):
    # an asterisk after a sponsor marks a State not a member of the Council, the last one after its colon;
    # the title line opens with the number the resolution will get, left blank
    head = (
        "United Nations \nA/HRC/55/L.12\n \nGeneral Assembly \nDistr.: Limited \n28 March 2024 \n \n"
        "Human Rights Council \nFifty-fifth session \n26 February–5 April 2024 \nAgenda item 3 \n \n"
        f" Portugal,* Sierra Leone* and Slovenia:* draft resolution \n \n{blank} The right to education \n \n"
        "The Human Rights Council, \n \nRecalling its resolutions 8/4 of 18 June 2008, \n"
    )
    m = identify(head)
    assert (m.symbol, m.doc_type, m.session, m.date, m.organ) == (
        "A/HRC/55/L.12",
        "draft-resolution",
        55,
        "2024-03-28",
        "HRC",
    )
    assert (m.sponsors, m.title) == (["Portugal", "Sierra Leone", "Slovenia"], "The right to education")


@pytest.mark.parametrize(
    ("title", "symbol", "session"),
    [
        ("2625 (XXV). Declaration on Principles of International Law", "A/RES/2625 (XXV)", 25),
        (
            "2200 A (XXI). International Covenant on Economic, Social and Cultural Rights",
            "A/RES/2200 A (XXI)",
            21,
        ),
        ("2200A (XXI). International Covenant on Civil and Political Rights", "A/RES/2200 A (XXI)", 21),
        ("217 A (III). International Bill of Human Rights", "A/RES/217 A (III)", 3),
    ],
)
def test_an_old_resolution_numbered_across_sessions(title: str, symbol: str, session: int):
    # before 1976 a resolution's number ran on across sessions, its session in Roman numerals after it; the
    # trailer's meeting had four digits ("1883rd plenary meeting,") and its date a full stop
    text = (
        f"{title}\n\nThe General Assembly,\n\nRecalling its resolution 1815 (XVII) of 18 December 1962,\n\n"
    )
    text += "1. Approves the Declaration;\n\n1883rd plenary meeting,\n24 October 1970.\n"
    m = identify(text)
    assert (m.symbol, m.doc_type, m.session, m.date, m.organ) == (
        symbol,
        "resolution",
        session,
        "1970-10-24",
        "GA",
    )
    assert m.title == title.split(". ", 1)[1]


def test_draft_with_sponsors_and_issue_date():
    head = (
        "Distr.: Limited 13 October 2017\n\nOriginal: English\n\nSeventy-second session Third Committee "
        "Agenda item 107 Crime prevention and criminal justice\n\nHungary and Italy: draft resolution\n\n"
        "Strengthening the programme\n\nThe General Assembly,\n\n"
    )
    m = identify(head)
    assert (m.symbol, m.doc_type, m.session, m.date) == (None, "draft-resolution", 72, "2017-10-13")
    assert (m.sponsors, m.title, m.agenda_item) == (
        ["Hungary", "Italy"],
        "Strengthening the programme",
        "107",
    )


def test_sponsor_line_wrapped_over_two_lines():
    # A/C.3/80/L.4 read from its PDF: the list of sponsors goes on on the next line; the header
    # block before it ends at a blank line (of spaces) and is no part of the list
    head = (
        " United Nations  A/C.3/80/L.4 \n  \nGeneral Assembly \n \nDistr.: Limited \n14 October 2025 \n \n"
        "Original: English \n \n25-16618 (E)    171025 \n*2516618*   \nEightieth session \nThird Committee \n"
        "Agenda item 107 \nCrime prevention and criminal justice \n \n \n \n"
        "  Belarus, Democratic People’s Republic of Korea, Russian Federation and \n"
        "Venezuela (Bolivarian Republic of): draft resolution \n \n \n"
        "  Improving the coordination of efforts against trafficking in persons \n \n \n The General Assembly, \n"
    )
    m = identify(head)
    assert (m.symbol, m.doc_type, m.session, m.date) == ("A/C.3/80/L.4", "draft-resolution", 80, "2025-10-14")
    assert m.sponsors == [
        "Belarus",
        "Democratic People’s Republic of Korea",
        "Russian Federation",
        "Venezuela (Bolivarian Republic of)",
    ]
    assert m.title == "Improving the coordination of efforts against trafficking in persons"


def test_amendment():
    head = (
        " United Nations  A/C.3/80/L.57 \n  \nGeneral Assembly \n \nDistr.: Limited \n12 November 2025 \n \n"
        "Eightieth session \nThird Committee \nAgenda item 107 \n\n  United States of America: amendment to "
        "revised draft resolution \nA/C.3/80/L.3/Rev.1 \n \n \n  Strengthening the programme \n \n \n"
        "1. In operative paragraph 64, after “preventing” insert “and combating”.\n"
    )
    m = identify(head)
    assert (m.symbol, m.doc_type, m.amends, m.session, m.date) == (
        "A/C.3/80/L.57",
        "amendment",
        "A/C.3/80/L.3/Rev.1",
        80,
        "2025-11-12",
    )
    assert (m.sponsors, m.title) == (["United States of America"], "Strengthening the programme")


def test_no_header_session_from_blank_numbers_or_the_next_session():
    body = "Strengthening X\n\nThe General Assembly,\n\nRecalling resolution 70/____,\n"
    assert identify(body, body_text=body).session == 70
    last = "Requests a report to the General Assembly at its seventy-first session;"
    m = identify("Title\n\nThe General Assembly,\n\nNoting X,\n", last_operative=last)
    assert (m.session, m.symbol, m.doc_type, m.date, m.title) == (70, None, "draft-resolution", None, "Title")


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # seed 000's shape of an adopted resolution: the trailer after a blank line, its date two lines on
        (" 50th plenary meeting \n\n19 December 2023 \n\n", ("resolution", "2023-12-19", 78)),
        # adopted in the first days of September: the session that closes, not the one to come
        ("*108th plenary meeting*\n*6 September 2024*\n", ("resolution", "2024-09-06", 78)),
        (" 3rd (resumed) plenary meeting \n\n20 September 2024 \n", ("resolution", "2024-09-20", 79)),
        # a meeting named in a paragraph is no trailer: still a draft, its session from the last paragraph
        ("Recalling the 50th plenary meeting of 19 December 2023,\n", ("draft-resolution", None, 70)),
    ],
)
def test_no_header_a_trailer_makes_a_resolution_of_its_date(tail, want):
    text = (
        "Title\n\nThe General Assembly,\n\n 1. Decides to consider it at its seventy-first session. \n\n"
        + tail
    )
    m = identify(text, last_operative="Decides to consider it at its seventy-first session.")
    assert (m.doc_type, m.date, m.session) == want
    assert m.symbol is None


@pytest.mark.parametrize(
    ("text", "symbol", "doc_type"),
    [
        # A/RES/78/76 in seed 000's shape (no header): a preambular line opens with the resolution it cites
        (
            "   Peaceful settlement of the question of Palestine \n \n\n \n\n The General Assembly, \n\n"
            " Recalling also the relevant resolutions of the Security Council, including \n\n"
            "resolution 2334 (2016) of 23 December 2016, \n\n",
            None,
            "draft-resolution",
        ),
        # the title of a Security Council resolution before its organ's line still names it
        (
            "Resolution 2334 (2016)\n\nThe Security Council,\n\nReaffirming its relevant resolutions,\n",
            "S/RES/2334 (2016)",
            "resolution",
        ),
    ],
)
def test_a_security_council_title_stands_before_the_organs_line(text, symbol, doc_type):
    m = identify(text)
    assert (m.symbol, m.doc_type) == (symbol, doc_type)


def test_sponsor_names_with_and():
    assert split_sponsors("Antigua and Barbuda, Bosnia and Herzegovina and Trinidad and Tobago") == [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Trinidad and Tobago",
    ]
    assert parse_date("Distr.: Limited 21 November 2013") == "2013-11-21"


@pytest.mark.parametrize(
    ("head", "item"),
    [
        ("Seventy-eighth session\nAgenda item 65 (a)\nEradication of poverty", "65 (a)"),  # A/RES/78/262
        (
            "Seventy-ninth session\nAgenda item 98 (jj)\nGeneral and complete disarmament",
            "98 (jj)",
        ),  # A/RES/79/53
        ("Agenda items 24 and 71 (b)\nAgriculture development", "24 and 71 (b)"),
        ("Seventy-eighth session\nAgenda item 107\nCrime prevention", "107"),
    ],
)
def test_agenda_item_keeps_its_sub_item(head: str, item: str) -> None:
    """audit4 gaH/gaI/gaJ: "Agenda item 65 (a)" was "65"; the sub-item names the item the GA lists."""
    assert " ".join(_AGENDA.search(head)[1].split()) == item


def test_committee_report_after_the_committees_other_name() -> None:
    """audit5 gaM: "(Fourth Committee)" before the report's symbol is the committee's other name; the
    report was read as "Fourth" (19 texts of the corpus)."""
    head = (
        "[on the report of the Special Political and Decolonization Committee \n(Fourth Committee)"
        " (A/79/431, para. 33)] \n"
    )
    assert _REPORT.search(head)[1] == "A/79/431"
    assert _REPORT.search("[on the report of the Third Committee (A/78/482)]")[1] == "A/78/482"


def test_title_of_two_parts_over_a_blank_line():
    """A/RES/79/243: the title's first line ends with a semicolon; its second part follows after blank
    lines and is part of the title (it was cut at the semicolon)."""
    head = (
        "United Nations \nA/RES/79/243\n \nGeneral Assembly \nDistr.: General \n31 December 2024 \n \n"
        " Resolution adopted by the General Assembly \non 24 December 2024 \n \n"
        "[on the report of the Third Committee (A/79/460, para. 15)] \n \n \n"
        " 79/243. United Nations Convention against Cybercrime; \n \n \n"
        " Strengthening International Cooperation for Combating Certain \n"
        "Crimes Committed by Means of Information and Communications \n"
        "Technology Systems and for the Sharing of Evidence in Electronic \n"
        "Form of Serious Crimes \n \n \n \nThe General Assembly, \n \nRecalling its resolutions,\n"
    )
    assert identify(head).title == (
        "United Nations Convention against Cybercrime; Strengthening International Cooperation for "
        "Combating Certain Crimes Committed by Means of Information and Communications Technology "
        "Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes"
    )


@pytest.mark.parametrize("organ", ["The General Assembly,", "The General Assembly"])
def test_title_glued_to_the_organ_line_by_bold_runs(organ: str) -> None:
    """A markdown conversion in seed 004's shape glues the header lines by "***", the organ's line too.
    A resolution that prints its organ with no comma (the one-paragraph resolutions that endorse a
    declaration: A/RES/78/1, 78/3-5, 79/2, 80/5, 80/9, 80/117, 80/173 "The General Assembly ⏎ Endorses
    ...") gave "***The General Assembly*": the title ran on into "The General Assembly"."""
    head = (
        "\n\n\n\nSeventy-eighth session\n\nAgenda items 13 and 117\n\n"
        "Follow-up to the outcome of the Millennium Summit**Resolution adopted by the General Assembly\n"
        "on 29 September 2023***[without reference to a Main Committee (A/78/L.1)]***78/1. Political "
        "declaration of the high-level political forum on sustainable development convened under the "
        f"auspices of the General Assembly***{organ}*\n\n"
        "*Endorses* the political declaration adopted by the high-level political forum,\n"
    )
    m = identify(head)
    assert (m.symbol, m.date, m.organ) == ("A/RES/78/1", "2023-09-29", "GA")
    assert m.title == (
        "Political declaration of the high-level political forum on sustainable development convened "
        "under the auspices of the General Assembly"
    )
