"""anchors.py: the cheap tests it runs before its regexes never skip text that a regex matches."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a
from citegraph import layout

# Text before a name, one for each way _QUALIFIER_BEFORE or _HEAD_NOUN_BEFORE ends, and some that don't match.
BEFORE_NAME = [
    "the Strategy, adopted by the ",
    "the Declaration, held at ",
    "the Declaration, adopted during the ministerial segment of the sixty-second session of the ",
    "the meeting, convened in its ",
    "the Programme of Action adopted by the ",
    "the political declaration on the ",
    "the report prepared pursuant to ",
    "the note issued in accordance with the ",
    "the report submitted under ",
    "the report presented by its ",
    "the draft calendar for 2026, as submitted by the ",
    "the Programme, adopted at the second ",
    "the Pledge issued following the third ",
    "the letter concerning the situation in ",
    "the report issued in accordance with ",
    "measures taken pursuant to the ",
    "Takes note of the report of the ",
    "the agreed conclusions of ",
    "the outcome document of the ",
    "the practical tools of the ",
    "a letter of ",
    "Taking note of the ",
    "the review of its ",
    "implementation of the ",
    "Recalling the ",
    "its resolution 70/1, entitled ",
    "the Declaration, which was endorsed by the ",
    "the letter dated 21 June 2023 from the Chair addressed to the ",
    "the forum on sustainable development convened under the auspices of the ",
    "the letters of the ",
    "an independent self-governance assessment of the ",
]


@pytest.mark.parametrize("head", BEFORE_NAME)
def test_ends_in_keeps_every_match(head: str) -> None:
    near, before = a._last_words(head + "Name", 6, len(head))
    assert near <= len(head)
    if a._QUALIFIER_BEFORE.search(head):
        assert a._ends_in(before, a._QUALIFIER_LAST)
        far = a._last_words(head + "Name", a._QUALIFIER_CHUNKS, len(head))[0]
        assert a._QUALIFIER_BEFORE.search(head, far) is not None
    if m := a._HEAD_NOUN_BEFORE.search(head):
        assert a._ends_in(before, a._HEAD_NOUN_LAST)
        assert a._HEAD_NOUN_BEFORE.search(head, near).start() == m.start()


@pytest.mark.parametrize(
    "text",
    [
        "the reports of the Board",
        "agreed conclusions",
        "the outcome document",
        "practical tools",
        "recommendations",
    ],
)
def test_head_noun_first_words(text: str) -> None:
    """Every _HEAD_NOUN match starts at one of _HEAD_NOUN_FIRST_WORDS."""
    m = a._HEAD_NOUN.search(text)
    assert m is not None
    assert any(text.startswith(w, m.start()) for w in a._HEAD_NOUN_FIRST_WORDS)


def test_trailing_date_window() -> None:
    name = "the report of 30 and 30 September 2006"
    assert len(name) - a._TRAILING_DATE.search(name).start() == a._TRAILING_DATE_MAX
    assert a._tidy(name) == a._tidy("the report of 30 September 2006") == "the report"


def _anchor(head: str) -> str | None:
    return a.anchor_before(head, len(head))


# Rule 1: a date is no part of a name, and a date or "adopted on <date> by ..." after a name qualifies it.
DATES = [
    # A/RES/78/236 F1: the date and the adopting conference qualify the Convention
    (
        "Bearing in mind the provisions of the Vienna Convention on the Law of Treaties, adopted on 22 May 1969"
        " by the United Nations Conference on the Law of Treaties,",
        "Vienna Convention on the Law of Treaties",
    ),
    # A/RES/78/118 F5: "entry into force on <date> of" the Protocol
    (
        "and welcoming the entry into force on 19 August 2010 of the Optional Protocol to the Convention on"
        " the Safety of United Nations and Associated Personnel,",
        "Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel",
    ),
    (
        "Recalling also the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons,",
        "Treaty on the Prohibition of Nuclear Weapons",
    ),
    # a date set apart by a comma after the name
    (
        "Recalling also the adoption of the United Nations Declaration on the Rights of Indigenous Peoples, on 13 September 2007,",
        "United Nations Declaration on the Rights of Indigenous Peoples",
    ),
    (
        "Also recalls the Global Compact on Refugees, affirmed on 17 December 2018,",
        "Global Compact on Refugees",
    ),
    (
        "Recalling also the Geneva Conventions of 12 August 1949 and Additional Protocol I thereto, of 1977,",
        "Geneva Conventions of 12 August 1949 and Additional Protocol I thereto",
    ),
    # a document named by a noun and its date keeps both
    (
        "Taking note of the letter dated 15 October 1993 from President Aristide to the Secretary-General, ",
        "letter dated 15 October 1993 from President Aristide to the Secretary-General",
    ),
    (
        "Recalling also the report of 6 April 2020 of the United Nations Board of Inquiry ",
        "report of 6 April 2020 of the United Nations Board of Inquiry",
    ),
    # unchanged: no name before the date, or a date inside the name (gold 002 F10)
    (
        "Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,"
        " affirmed on 17 December 2018,",
        "High Commissioner’s annual report (part II) of 2018, affirmed on 17 December 2018",
    ),
    ("Recalling the statement of 31 March 1993 ", "statement"),
    (
        "Welcoming decision 8/1 of 20 December 2019 of the Conference of the States Parties to the United"
        " Nations Convention against Corruption,",
        "decision 8/1 of 20 December 2019 of the Conference of the States Parties to the United Nations"
        " Convention against Corruption",
    ),
    (
        "Reaffirming the commitments made by Member States in the United Nations Global Counter-Terrorism Strategy,"
        " adopted on 8 September 2006,",
        "United Nations Global Counter-Terrorism Strategy",
    ),
]


# Rule 4: an anchor is trimmed to the name: no governing verb, leading "the", stray quote or lone year.
TRIMS = [
    # A/RES/79/53 F6, seed 004 F24: the governing verb is no part of the name
    (
        "Recalling also relevant resolutions on improvised explosive device threat mitigation in the context of"
        " the fight against the indiscriminate use of improvised explosive devices,",
        "relevant resolutions",
    ),
    (
        "Expressing deep concern about the gender-related killing of women and girls, recalling its relevant resolutions,",
        "its relevant resolutions",
    ),
    ("Recalls the guidance ", "guidance"),
    (
        "Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,",
        "Universal Declaration of Human Rights",
    ),  # A/RES/79/182 F1: "Guided", "Mindful", "Convinced" open a paragraph as "Recalling" does (the Charter, never
    # footnoted, is no part of the name at the mark: audit9 gaD 4)
    # a closing quote opened before the name, a comma inside the quotes
    (
        "Recalling its resolution 76/6 of 15 November 2021 on the follow-up to the report of the Secretary-General"
        " entitled “Our Common Agenda”,",
        "Our Common Agenda",
    ),
    (
        "Recalling its resolution 71/211 of 19 December 2016 on international cooperation to address and counter"
        ' the world drug problem, and the outcome document entitled "Our joint commitment to effectively addressing'
        ' and countering the world drug problem,"',
        'outcome document entitled "Our joint commitment to effectively addressing and countering the world drug problem"',
    ),
    # A/RES/80/76 F32: a year alone is no anchor, nor is the span of years: the composition it qualifies (audit9 gaI)
    (
        "Reiterates, with regard to the composition of the bureaux of the Committee and its subcommittees for the"
        " period 2026–2027, ",
        "composition of the bureaux of the Committee and its subcommittees for the period 2026–2027",
    ),
    # A/RES/79/16 F3: the space a line break left after a hyphen ("Non- Proliferation") is no part of the name
    (
        "invites the countries concerned to adhere to the Treaty on the Non- Proliferation of Nuclear Weapons;",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
    ),
    # unchanged: a quoted title that is the name, "its" before a plain noun phrase (001 F8's reading)
    ("the report entitled “The future we want”, ", "report entitled “The future we want”"),
    ("Noting its successive biennial reviews,", "its successive biennial reviews"),
]


# A title with a subtitle after a colon is one name (seed 004 F7, A/C.3/80/L.3 F8).
SUBTITLES = [
    (
        "Welcoming the results achieved by the Fourteenth United Nations Congress on Crime Prevention and Criminal"
        " Justice, held in Kyoto, Japan, from 7 to 12 March 2021, including the Kyoto Declaration on Advancing"
        " Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for"
        " Sustainable Development,",
        "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
        " Achievement of the 2030 Agenda for Sustainable Development",
    ),  # seed 004 F7 (was "Towards the Achievement ...")
    (
        "Recalls the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS"
        " by 2030, adopted on 8 June 2021 at the high-level meeting of the General Assembly on HIV and AIDS,",
        "Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030",
    ),  # A/RES/78/203 F26: a capitalised participle opens the subtitle (was "General Assembly on HIV and AIDS")
    (
        "and on United Nations system support for Agenda 2063: The Africa We Want.",
        "Agenda 2063: The Africa We Want",
    ),  # A/RES/78/244 F11 (was "The Africa We Want")
    # unchanged: a colon after a plain word opens no subtitle
    (
        "Recalling the following instruments: the Convention on the Rights of the Child,",
        "Convention on the Rights of the Child",
    ),
]


# A capitalised document name and the event it comes from in plain words: the document carries the mark.
EVENT_DOCUMENTS = [
    (
        "the 2009 Political Declaration and Plan of Action on International Cooperation towards an Integrated and"
        " Balanced Strategy to Counter the World Drug Problem, the Joint Ministerial Statement of the 2014"
        " high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the"
        " Political Declaration and Plan of Action",
        "Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the"
        " implementation by Member States of the Political Declaration and Plan of Action",
    ),  # gold 002 F33, seed 004 F46 (was "Political Declaration and Plan of Action", the 2009 one)
    # unchanged: a comma between them
    (
        "the Joint Ministerial Statement of the 2014 high-level review, the implementation of the Political"
        " Declaration and Plan of Action",
        "Political Declaration and Plan of Action",
    ),
]


# Rule 3: a report on the implementation of a resolution is what its footnote cites (gold 002 F35's convention).
REPORTS = [
    (
        "Takes note of the report of the Secretary-General on the implementation of resolution 77/7;",
        "report of the Secretary-General",
    ),  # A/RES/78/7 F1
    (
        "Having examined the report of the Secretary-General on the implementation of resolution 77/38,",
        "report of the Secretary-General",
    ),
    # unchanged: gold 002 F35, and a resolution footnoted for itself
    (
        "Takes note of the report of the Secretary-General prepared pursuant to resolution 74/177;",
        "report of the Secretary-General",
    ),
    (
        "Recalling Commission on Crime Prevention and Criminal Justice resolution 25/2 of 27 May 2016,",
        "Commission on Crime Prevention and Criminal Justice resolution 25/2",
    ),
]


# Rule 2 (in part): after a dated qualifier, "and its ..." is a new item that carries the mark.
ITEMS = [
    (
        "Reaffirming the commitments undertaken by Member States in the United Nations Global Counter-Terrorism"
        " Strategy adopted on 8 September 2006 and its successive biennial reviews,",
        "its successive biennial reviews",
    ),  # 001 F8
    (
        "the third high-level meeting of the Assembly on the prevention and control of non-communicable diseases,"
        " held in New York on 27 September 2018, and its political declaration, ",
        "its political declaration",
    ),
    # unchanged: the name before the qualifier (001 F7), a report's title joined by "and the"
    (
        "Reaffirming the commitments undertaken by Member States in the United Nations Global Counter-Terrorism"
        " Strategy adopted on 8 September 2006",
        "United Nations Global Counter-Terrorism Strategy",
    ),
    (
        "Noting the report of the Secretary-General on the revised estimates relating to the proposed programme"
        " budget for 2026 and the support account",
        "report of the Secretary-General on the revised estimates relating to the proposed programme budget"
        " for 2026 and the support account",
    ),
]


# A numbered resolution printed with its title in quotes is anchored as one printed without
# it (the gold files' "resolution 8/10 of 20 December 2019 of the Conference ..."); a report or
# outcome document keeps its title.
ENTITLED = [
    (
        "80. Encourages Member States to implement resolution 11/6 of 21 October 2022 of the Conference of the"
        ' Parties to the United Nations Convention against Transnational Organized Crime, entitled "Strengthening'
        " international cooperation to prevent, combat and eradicate the illicit manufacturing of and trafficking"
        ' in firearms, their parts and components and ammunition",',
        "resolution 11/6 of 21 October 2022 of the Conference of the Parties to the United Nations Convention"
        " against Transnational Organized Crime",
    ),  # 004 F53 (straight quotes)
    (
        "and in this regard recalling Human Rights Council resolution 32/19 of 1 July 2016, entitled “Accelerating"
        " efforts to eliminate violence against women: preventing and responding to violence against women and"
        " girls, including Indigenous women and girls”, ",
        "Human Rights Council resolution 32/19",
    ),  # A/RES/78/189 F16 (was "Accelerating efforts")
    # unchanged: a document noun with its title
    (
        "Recalling its resolution 71/211 of 19 December 2016 on international cooperation to address and counter"
        ' the world drug problem, and the outcome document entitled "Our joint commitment to effectively'
        ' addressing and countering the world drug problem,"',
        'outcome document entitled "Our joint commitment to effectively addressing and countering the world'
        ' drug problem"',
    ),  # 003 F24
    # a later item of a list of titled resolutions is its number ("and 10/3, also of 16 October 2020, entitled")
    (
        "in this regard taking note of resolutions 10/1 of 16 October 2020, entitled \u201cLaunch of the review"
        " process of the Mechanism for the Review of the Implementation of the United Nations Convention against"
        " Transnational Organized Crime and the Protocols thereto\u201d, and 10/3, also of 16 October 2020,"
        " entitled \u201cEffective implementation of the Protocol to Prevent, Suppress and Punish Trafficking in"
        " Persons, Especially Women and Children, supplementing the United Nations Convention against"
        " Transnational Organized Crime\u201d, adopted by the Conference of the Parties at its tenth session, held"
        " in Vienna from 12 to 16 October 2020,",
        "10/3",
    ),  # A/RES/78/228 F32, 80/228 F33 (was the Protocol, words inside the title)
    # the body after the title with a bare "of the": the resolution, not its author
    (
        "and recalling resolution 8/12 of 20 December 2019, entitled \u201cPreventing and combating corruption as it"
        " relates to crimes that have an impact on the environment\u201d, of the Conference of the States Parties to"
        " the United Nations Convention against Corruption,",
        "resolution 8/12",
    ),  # A/RES/79/313 F14 (was the Conference)
    (
        "Welcoming resolution 12/4 of 18 October 2024, entitled \u201cEnhancing measures to prevent and combat crimes"
        " that affect the environment falling within the scope of the United Nations Convention against"
        " Transnational Organized Crime\u201d, of the Conference of the Parties to the United Nations Convention"
        " against Transnational Organized Crime,",
        "resolution 12/4",
    ),  # A/RES/79/313 F16 (was the Conference)
]


# A Protocol's name runs on over ", supplementing" its Convention's, and starts at "Protocol"
# (gold 000 F10, 002 F22, F29, F39); a comma after a full date ends a list item.
LISTS = [
    (
        "and recalling in this respect the United Nations Convention against Transnational Organized Crime and the"
        " Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,"
        " supplementing the United Nations Convention against Transnational Organized Crime,",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,"
        " supplementing the United Nations Convention against Transnational Organized Crime",
    ),  # 002 F22 (was the Convention)
    (
        "the entry into force in 2005 of the Protocol against the Illicit Manufacturing of and Trafficking in"
        " Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against"
        " Transnational Organized Crime,",
        "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and"
        " Ammunition, supplementing the United Nations Convention against Transnational Organized Crime",
    ),  # 002 F29
    (
        "141. Calls upon States that have not yet done so to consider becoming Parties to the Protocol against the"
        " Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against"
        " Transnational Organized Crime,",
        "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations"
        " Convention against Transnational Organized Crime",
    ),  # A/RES/80/110 F79
    (
        "its resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11 of 12 July 2023 ",
        "Human Rights Council resolution 53/11",
    ),  # A/RES/78/199 F3 (mark glued to the year; was "resolution 77/213 of 15 December 2022, Human ...")
    # a numbered resolution is an item of its own: a comma before it ends the item before
    (
        "underlying a comprehensive, just and lasting peace in Ukraine and ES-11/7 of 24 February 2025 on advancing"
        " a comprehensive, just and lasting peace in Ukraine, and Human Rights Council resolutions 49/1 of 4 March"
        " 2022,",
        "Human Rights Council resolutions 49/1",
    ),  # A/RES/80/223 F14, 78/221 F10, 79/184 F14 (was "Ukraine, and Human Rights Council resolutions 49/1")
    (
        "Recalling its previous resolutions on the promotion of a democratic and equitable international order,"
        " including resolution 77/215 of 15 December 2022, and Human Rights Council resolutions 18/6 of 29"
        " September 2011,",
        "Human Rights Council resolutions 18/6",
    ),  # A/RES/78/196 F1
    # unchanged: items of one series after a date ("resolutions 34/8 of 23 March 2017, 35/34")
    (
        "Recalling Council resolutions 34/8 of 23 March 2017, 35/34 of 23 June 2017,",
        "Council resolutions 34/8 of 23 March 2017, 35/34",
    ),
    # "and" before a numbered resolution named with its own keyword ends the item before, as a comma does
    (
        "on the situation of human rights in the Democratic People\u2019s Republic of Korea, including Assembly"
        " resolution 79/181 of 17 December 2024 and Council resolution 58/17 of 3 April 2025,",
        "Council resolution 58/17",
    ),  # A/RES/80/220 F1, 79/181 F1, 78/218 F1 (was "Assembly resolution 79/181 of 17 December 2024 and ...")
    (
        "2017/18 of 6 July 2017 and 2021/25 of 22 July 2021 and Commission on Crime Prevention and Criminal Justice"
        " resolution 30/1 of 21 May 2021,",
        "Commission on Crime Prevention and Criminal Justice resolution 30/1",
    ),  # A/RES/78/229 F32 (E/2021/30)
    (
        "to fulfil at the earliest its mandate as established by the Commission on Human Rights in its resolution"
        " 1998/72 and the Human Rights Council in its resolution 4/4 of 30 March 2007;",
        "resolution 4/4",
    ),  # A/RES/78/203 F17 (A/62/53); the body that acted "in its" resolution is no part of its name (audit13 re10)
    # unchanged: numbers of one list; "and" after a name
    (
        "Recalling Commission on Crime Prevention and Criminal Justice resolutions 22/7 and 22/8 of 26 April 2013,",
        "Commission on Crime Prevention and Criminal Justice resolutions 22/7 and 22/8",
    ),  # gold 000 F8
    (
        "Recalling the United Nations Convention against Corruption and resolution 8/1 of the Conference,",
        "United Nations Convention against Corruption and resolution 8/1 of the Conference",
    ),
]


# A participle after a name opens a qualifier without a comma too ("<instrument> adopted by <body> at
# ..."): the instrument is the anchor, not the body (gold 002 F6 with a comma); a common noun before
# the participle keeps the whole (gold 002 F16).
QUALIFIERS = [
    (
        "as well as relevant provisions of the Vienna Declaration and Programme of Action adopted by the World"
        " Conference on Human Rights on 25 June 1993,",
        "Vienna Declaration and Programme of Action",
    ),  # A/RES/78/199 F1 (was "World Conference on Human Rights on 25 June 1993")
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the"
        " Information Society at its first phase, held in Geneva from 10 to 12 December 2003, ",
        "Declaration of Principles and the Plan of Action",
    ),  # A/RES/79/277 F1 (was "its first phase")
    (
        "Recalling the Model Nuclear Weapons Convention submitted to the Secretary- General by Costa Rica and"
        " Malaysia in 2007 and circulated by the Secretary- General,",
        "Model Nuclear Weapons Convention",
    ),  # A/RES/78/33 F11 (was "Secretary- General"): participles joined by "and" make one qualifier
    (
        "in compliance with the International Health Regulations (2005) adopted by the World Health Assembly,",
        "International Health Regulations (2005)",
    ),  # A/RES/78/119 F12 (was "World Health Assembly")
    # unchanged: a common noun before the participle (gold 002 F16), an "and"-joined participle alone
    (
        "and recalling also the agreed conclusions adopted by the Commission on the Status of Women at its"
        " fifty-seventh session, which addressed the elimination and prevention of all forms of violence"
        " against women and girls,",
        "agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh session",
    ),
    ("held in Geneva from 10 to 12 December 2003, and endorsed by the General Assembly,", "General Assembly"),
]


# After a comma, a participle's place may run on over plain words to an "of" before a body: the body is
# where the instrument before the comma was adopted or held, not the anchor (seed 004 F44); so is an
# organization after ", of the" and a body after "as adopted by".
PLACES = [
    (
        "Welcoming the 2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and"
        " International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter"
        " the World Drug Problem, adopted during the ministerial segment of the sixty-second session of the"
        " Commission on Narcotic Drugs,",
        "2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and International"
        " Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug"
        " Problem",
    ),  # seed 004 F44, A/C.3/80/L.3 F29, as gold 002 F31 (was "Commission on Narcotic Drugs")
    (
        "recalls the Paris Agreement, adopted at the twenty-first session of the Conference of the Parties to the"
        " United Nations Framework Convention on Climate Change, held in Paris from 30 November to 13 December 2015,",
        "Paris Agreement",
    ),  # A/RES/78/198 F22 (was the Conference of the Parties)
    (
        "Recalling the Doha Programme of Action for the Least Developed Countries, and the Doha Political"
        " Declaration, adopted during the second part of the Fifth United Nations Conference on the Least"
        " Developed Countries, held in Doha from 5 to 9 March 2023,",
        "Doha Political Declaration",
    ),  # A/RES/78/233 F2 (was the Conference)
    # a span of years after "for the" ends a name
    (
        "and the Doha Programme of Action for the Least Developed Countries for the decade 2022–2031, adopted at"
        " the first part of the Fifth United Nations Conference on the Least Developed Countries, held in New York"
        " on 17 March 2022,",
        "Doha Programme of Action for the Least Developed Countries for the decade 2022–2031",
    ),  # A/RES/78/153 F18 (was the Conference)
    # ", of the <organization>," after a title names its owner; "as adopted by" opens a qualifier
    (
        "Recalling further the adoption of the Worst Forms of Child Labour Convention, 1999 (No. 182), of the"
        " International Labour Organization, ",
        "Worst Forms of Child Labour Convention, 1999 (No. 182)",
    ),  # A/C.3/80/L.4 F9, A/RES/78/228 F9 (was "International Labour Organization")
    (
        "Calls upon the Secretary-General and the Force to continue to take all effective measures deemed"
        " necessary in accordance with the approved guidelines and terms of reference of the Force as adopted by"
        " the Security Council ",
        "approved guidelines and terms of reference of the Force",
    ),  # S/RES/444 (1979) F8 (was "Security Council")
    # the body that acted ("the adoption by <body> of ...") is no part of the name it acted on
    (
        "Recalling the adoption by the General Assembly of the 2030 Agenda for Sustainable Development,",
        "2030 Agenda for Sustainable Development",
    ),  # A/C.3/80/L.4 F1, A/RES/78/228 F1 (was "General Assembly of the 2030 Agenda ...")
    (
        "Welcoming the adoption by the Conference of the States Parties to the United Nations Convention against"
        " Corruption of resolution 9/8 of 17 December 2021 on promoting anti-corruption education,"
        " awareness-raising and training,",
        "resolution 9/8",
    ),  # seed 004 F9 (was "Conference of the States Parties ... of resolution 9/8")
    (
        "Recalling the adoption by the Thirteenth Congress of the Doha Declaration on Integrating Crime Prevention"
        " and Criminal Justice into the Wider United Nations Agenda,",
        "Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda",
    ),  # A/RES/79/190 F10 (shortened)
    (
        "Welcoming the adoption by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice"
        " of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
        " Achievement of the 2030 Agenda for Sustainable Development,",
        "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
        " Achievement of the 2030 Agenda for Sustainable Development",
    ),  # A/RES/78/226 F5: the body's subject ("on Crime Prevention ...") is part of its name
    # States named in a list act as a body does: what they ratified is the name
    (
        "in this regard recalls with appreciation the ratification by China, France, the Russian Federation and the"
        " United Kingdom of Great Britain and Northern Ireland of the Protocol to the Treaty on a Nuclear-Weapon-Free"
        " Zone in Central Asia",
        "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
    ),  # A/RES/80/31 F11: UNTS/2970/51633 (was "China, France, ... of the Protocol ...")
    (
        "Welcoming the ratification by Somalia of the Convention on the Rights of the Child,",
        "Convention on the Rights of the Child",
    ),  # the instrument's own "of the" stays in it
    # unchanged: no "of the" after the States, the walk ends in them
    ("Welcoming the ratification by Somalia,", "Somalia"),
    # unchanged: a resolution before ", of the" (the title after it is the name)
    (
        "Welcoming the adoption, by its resolution 70/175, of the United Nations Standard Minimum Rules for the"
        " Treatment of Prisoners,",
        "United Nations Standard Minimum Rules for the Treatment of Prisoners",
    ),
    # unchanged: a place that ends in no name
    ("Reaffirming the Strategy, adopted by the General Assembly at its sixtieth session,", "Strategy"),
]


# A list item of plain words after "as well as" or ", and the" that ends at the mark is its name; no
# cut falls inside a title in quotes that ends there, and no "and"-joined plain words are split off
# a title.
PLAIN_ITEMS = [
    (
        "Recalling its resolution 77/150 of 14 December 2022 on information and communications technologies for"
        " sustainable development, as well as previous resolutions on the issue,",
        "previous resolutions on the issue",
    ),  # A/RES/78/132 F1 (was "resolution 77/150")
    (
        "held in Buenos Aires from 14 to 16 November 2017 and the outcome documents of previous Global"
        " Conferences, and the political declaration of the high-level meeting on universal health coverage,",
        "political declaration of the high-level meeting on universal health coverage",
    ),  # A/RES/78/187 F31
    (
        "Recalling its resolutions 74/176 of 18 December 2019, 76/186 of 16 December 2021 and 78/228 of 19 December"
        " 2023 on improving the coordination of efforts against trafficking in persons and its other relevant"
        " resolutions on trafficking in persons, ",
        "its other relevant resolutions on trafficking in persons",
    ),  # A/C.3/80/L.4 F10, A/RES/80/228 F10: "and its" after a plain word opens an item (was the numbered list)
    (
        "Recalling its resolution 76/213 of 17 December 2021 on science, technology and innovation for development"
        " and its previous resolutions on the issue,",
        "its previous resolutions on the issue",
    ),  # A/RES/78/160 F3 (was "resolution 76/213")
    (
        "We reaffirm the declaration entitled “Our ocean, our future: call for action”, adopted by the"
        " Conference held in New York from 5 to 9 June 2017.",
        "Our ocean, our future: call for action",
    ),  # A/RES/79/314 F3 style (was "New York from 5 to 9 June 2017"; A/RES/78/68 F18 "calls")
    (
        "welcomes in this regard the political declaration adopted at the thirty-second special session of the"
        " General Assembly, entitled “Our common commitment to effectively addressing challenges and"
        " implementing measures to prevent and combat corruption and strengthen international cooperation”,",
        "political declaration adopted at the thirty-second special session of the General Assembly, entitled"
        " “Our common commitment to effectively addressing challenges and implementing measures to prevent and"
        " combat corruption and strengthen international cooperation”",
    ),  # A/RES/78/262 F24 (was "Our common commitment")
    (
        "Reaffirming the political declaration entitled “Our common commitment to effectively addressing"
        " challenges and implementing measures to prevent and combat corruption and strengthen international"
        " cooperation”, adopted by the General Assembly at its thirty-second special session, held at United"
        " Nations Headquarters from 2 to 4 June 2021,",
        "political declaration entitled “Our common commitment to effectively addressing challenges and"
        " implementing measures to prevent and combat corruption and strengthen international cooperation”",
    ),  # 004 F15 (was "Our common commitment"): no cut inside quotes, anywhere
    (
        "welcoming the adoption of resolution 31/1 of 20 May 2022, entitled “Strengthening the international legal"
        " framework for international cooperation to prevent and combat illicit trafficking in wildlife”, by the"
        " Commission at its thirty-first session,",
        "resolution 31/1",
    ),  # A/RES/79/313 F17 (was "international legal framework"): ", by the" opens a qualifier
    (
        "Recalling further the World Conference against Racism, Racial Discrimination, Xenophobia and Related"
        " Intolerance, held in Durban, South Africa, from 31 August to 8 September 2001, the Durban Review"
        " Conference, held in Geneva from 20 to 24 April 2009, and the political declarations of the high-level"
        " meetings of the General Assembly to commemorate the tenth",
        "political declarations of the high-level meetings of the General Assembly to commemorate the tenth",
    ),  # A/RES/78/199 F4 (was the World Conference): "political declaration(s)" names a document
    (
        "and the May 2020 report of the Secretary-General entitled “Road map for digital cooperation”,",
        "May 2020 report of the Secretary-General entitled “Road map for digital cooperation”",
    ),  # A/RES/78/160 F8 (was cut at " for digital")
]


# What the cuts leave must end in a name or a noun: an item after "including" keeps its subject set
# apart by a comma off, and a phrase that ends in a verb is no name.
CUTS = [
    (
        "(n) Invites Member States to consider ratifying relevant conventions of the International Labour"
        " Organization, including the Domestic Workers Convention, 2011 (No. 189), on decent work for domestic"
        " workers,",
        "Domestic Workers Convention, 2011 (No. 189)",
    ),  # A/RES/78/217 F31 (was "Member States", cut before "to consider")
    (
        "Recalling also that the International Law Commission decided to recommend to the General Assembly that"
        " it take note of the draft articles on the responsibility of international organizations in a resolution"
        " and annex them to that resolution, and that it consider, at a later stage, the elaboration of a"
        " convention on the basis of the draft articles,",
        "draft articles",
    ),  # A/RES/78/114 F1 (was "International Law Commission decided")
    # a numbered resolution and its subject after an infinitive carry the mark, not a name before the infinitive
    (
        "Taking note of the publication of the United Nations Office on Drugs and Crime Global Report on Corruption"
        " in Sport to support the effective implementation of resolution 8/4 of 20 December 2019 of the"
        " Conference of the States Parties to the United Nations Convention against Corruption on safeguarding"
        " sport from corruption,",
        "resolution 8/4 of 20 December 2019 of the Conference of the States Parties to the United Nations"
        " Convention against Corruption",
    ),  # seed 004 F29 (was the Global Report): the footnote cites the Conference's report CAC/COSP/2019/17
    (
        "and calls upon States to implement resolution 4/6 on marine plastic litter and microplastics, adopted by"
        " the United Nations Environment Assembly of the United Nations Environment Programme at its fourth"
        " session, held in Nairobi from 11 to 15 March 2019;",
        "resolution 4/6",
    ),  # A/RES/78/69 F112 (was "States")
    # "to" and a gerund: a title set apart from its qualifier by a comma after it carries the mark
    (
        "Recalling the reference to preventing, countering and combating trafficking in persons and to the"
        " vulnerabilities of children in the context of addressing trafficking in persons and migrant smuggling in"
        " the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
        " Achievement of the 2030 Agenda for Sustainable Development, adopted by the Fourteenth United Nations"
        " Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021,",
        "Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the"
        " Achievement of the 2030 Agenda for Sustainable Development",
    ),  # A/C.3/80/L.4 F18, A/RES/78/228 F17 (was "reference")
    # unchanged: a document noun after the infinitive (A/RES/78/131 F2), not the body of its qualifier
    (
        "Recalling that, in the Ministerial Declaration of 2019, Member States reaffirmed their shared commitment"
        " to effectively addressing and countering the world drug problem, including accelerating the"
        " implementation of existing drug policy commitments contained in the outcome document of the thirtieth"
        " special session of the General Assembly, held in 2016, entitled “Our joint commitment to effectively"
        " addressing and countering the world drug problem”, ",
        "outcome document of the thirtieth special session of the General Assembly, held in 2016, entitled “Our"
        " joint commitment to effectively addressing and countering the world drug problem”",
    ),
    # where and when, set apart by commas between a document noun and its title: the whole is read
    (
        "Recalling further the United Nations Millennium Declaration, the 2005 World Summit Outcome, the outcome"
        " document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from"
        " 20 to 22 June 2012, entitled “The future we want”, ",
        "outcome document of the United Nations Conference on Sustainable Development, held in Rio de Janeiro,"
        " Brazil, from 20 to 22 June 2012, entitled “The future we want”",
    ),  # A/RES/78/153 F8, 78/69 F9, 79/144 F7, 79/206 F8, 80/110 F7 (were "outcome document of the United Nations
    # Conference on Sustainable Development": no title)
    # unchanged: the cut that leaves a plain noun phrase (A/RES/79/53 F6)
    (
        "Recalling also relevant resolutions on improvised explosive device threat mitigation in the context of"
        " the fight against the indiscriminate use of improvised explosive devices,",
        "relevant resolutions",
    ),
]


# A name that only names an organization ("United Nations", a body) owns the document that a plain noun
# phrase before its "of the" names: the phrase carries the mark; "as submitted by <body>" qualifies a name.
OWNERS = [
    (
        "3. Approves the draft calendar of conferences and meetings of the United Nations for 2026, as submitted"
        " by the Committee on Conferences, ",
        "draft calendar of conferences and meetings of the United Nations for 2026",
    ),  # A/RES/80/234 F3, 79/248 F4, 78/245 F4 (was "as")
    (
        "Recalling the Declaration on the Occasion of the Fiftieth Anniversary of the United Nations and the"
        " declaration on the commemoration of the seventy-fifth anniversary of the United Nations,",
        "declaration on the commemoration of the seventy-fifth anniversary of the United Nations",
    ),  # A/RES/78/115 F6 (was "United Nations")
    (
        "and also recalling the agreed conclusions of the fifty-seventh session of the Commission on the Status of"
        " Women, which addressed the elimination and prevention of all forms of violence against women and girls,",
        "agreed conclusions of the fifty-seventh session of the Commission on the Status of Women",
    ),  # gold 000 F4, seed 001 F9 (was "Commission on the Status of Women")
    (
        "Taking note with appreciation of the agreed conclusions of the sixty-third session of the Commission on"
        " the Status of Women,",
        "agreed conclusions of the sixty-third session of the Commission on the Status of Women",
    ),  # A/RES/78/189 F15: the phrase a determiner opens, not "appreciation of ..."
    (
        "5. Recall the political declarations of the high-level meetings of the General Assembly on universal"
        " health coverage held in 2019 ",
        "political declarations of the high-level meetings of the General Assembly on universal health coverage",
    ),  # A/RES/80/117 F4 (was "General Assembly", then without its subject)
    (
        "10. Recalls the importance of adherence to the rules of procedure and methods of work of the Commission,",
        "rules of procedure and methods of work of the Commission",
    ),  # A/RES/80/161 F22: no preposition ("adherence to") opens the phrase
    (
        "and on the draft articles on prevention and punishment of crimes against humanity and on the"
        " recommendation of the Commission,",
        "recommendation of the Commission",
    ),  # A/RES/79/122 F4: "and on the" opens an item of its own
    (
        "15. Notes that the Committee on Fisheries, at its thirty-sixth session, commended the work carried out by the"
        " Food and Agriculture Organization of the United Nations in assessing, projecting and responding to the"
        " impacts of climate change on aquatic food systems, and the development of a set of actions on"
        " climate-resilient fisheries and aquaculture of the Food and Agriculture Organization of the United Nations,",
        "set of actions on climate-resilient fisheries and aquaculture of the Food and Agriculture Organization of the"
        " United Nations",
    ),  # A/RES/79/145 F24, 80/109 F23, COFI/2024/INF/17: a specialized agency "of the United Nations", with "and"
    # between its capitalised words, only names the owner (was "Food and Agriculture Organization of the United
    # Nations"; audit-fish)
    # unchanged: a title that owns its name, a session (an event, no document), the agency alone
    ("Recalling the Charter of the United Nations,", "Charter of the United Nations"),
    (
        "Welcoming also the work of the Food and Agriculture Organization of the United Nations,",
        "work of the Food and Agriculture Organization of the United Nations",
    ),
    (
        "Encourages the Food and Agriculture Organization of the United Nations,",
        "Food and Agriculture Organization of the United Nations",
    ),
    (
        "in line with the Voluntary Guidelines for Trans-shipment developed under the auspices of the Food and"
        " Agriculture Organization of the United Nations,",
        "Food and Agriculture Organization of the United Nations",
    ),  # A/RES/79/145 F32, 78/68 F32 (no reference: a web page): the auspices name no document (not "auspices of
    # the Food and Agriculture Organization of the United Nations", as the agency alone owned them; audit-fish)
    (
        "Taking note of the statement made by the President of French Polynesia in the Special Political and"
        " Decolonization Committee (Fourth Committee), at the seventy-eighth session of the General Assembly,"
        " in October 2023,",
        "statement made by the President of French Polynesia",
    ),  # A/RES/79/104 F7: not the session (see MADE_BY)
]


# What qualifies a name after it, without or with a comma, is no part of it: where and by whom it was adopted
# ("adopted at the second United Nations Conference ...", an ordinal before the body), issued ("issued
# following the third Conference"), signed ("signed in Addis Ababa on ..."), what it concerns ("concerning
# the situation in Abkhazia"), who did it ("... by the Conference on Disarmament on 29 May 2009"), and another
# name for it ("..., also known as the Marrakech Compact on Migration").
QUALIFIED = [
    (
        "the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024, adopted at the"
        " second United Nations Conference on Landlocked Developing Countries, held in Vienna from 3 to 5 November"
        " 2014,",
        "Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024",
    ),  # A/RES/78/153 F10, 79/206 F10 (was the Conference)
    (
        "recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third"
        " Conference,",
        "Humanitarian Pledge",
    ),  # A/RES/79/50 F15, 78/53 F14, 80/24 F15 (was "Conference")
    (
        "Affirming that the General Agreement signed in Addis Ababa on 8 January 1993 ",
        "General Agreement",
    ),  # S/RES/886 (1993) F31 (was "Addis Ababa on 8 January 1993")
    (
        "the Joint Statement made at Geneva on 19 October 1992 by the Presidents of the Republic of Bosnia and"
        " Herzegovina and the Federal Republic of Yugoslavia (Serbia and Montenegro); ",
        "Joint Statement",
    ),  # S/RES/787 (1992) F3 (was "Geneva on 19 October 1992 by the Presidents ...")
    (
        "the Joint Communiqué issued on 1 November 1992 at Zagreb by the Presidents of the Republic of Croatia and"
        " the Republic of Bosnia and Herzegovina; ",
        "Joint Communiqué",
    ),  # S/RES/787 (1992) F4 (was "Zagreb by the Presidents ...")
    (
        "Having considered the letter dated 16 December 1993 from the Secretary-General to the President of the"
        " Security Council concerning the situation in Abkhazia, Republic of Georgia,",
        "letter dated 16 December 1993 from the Secretary-General to the President of the Security Council",
    ),  # S/RES/892 (1993) F28 (was "Abkhazia, Republic of Georgia")
    (
        "Taking note of the decisions of the ministerial meeting of the Conference on Security and Cooperation in"
        " Europe held in Rome on 30 November and 1 December 1993, ",
        "decisions of the ministerial meeting of the Conference on Security and Cooperation in Europe",
    ),  # S/RES/892 (1993) F30 (was the Conference): a meeting after a determiner is a noun
    (
        "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on"
        " 29 May 2009, ",
        "programme of work for the 2009 session",
    ),  # A/RES/79/50 F10, 78/53 F10, 80/24 F10 (was "Conference on Disarmament on 29 May 2009")
    (
        "Recalling the advisory opinion of the International Court of Justice on the legality of the threat or"
        " use of nuclear weapons, issued on 8 July 1996, ",
        "advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear"
        " weapons",
    ),  # A/RES/79/50 F9, 78/33 F13, 80/33 F13 (was "use of nuclear weapons")
    (
        "14. Recalls the Paris Agreement work programme, commonly referred to as the Katowice Rulebook, adopted at"
        " the third part of the first session of the Conference of the Parties serving as the Meeting of the"
        " Parties to the Paris Agreement, ",
        "Paris Agreement work programme",
    ),  # A/RES/78/153 F32, 80/138 F29 (was "Meeting of the Parties to the Paris Agreement")
    (
        "and recalling the adoption of the Global Compact for Safe, Orderly and Regular Migration, also known as"
        " the Marrakech Compact on Migration,",
        "Global Compact for Safe, Orderly and Regular Migration",
    ),  # A/RES/79/263 F10 (was "Marrakech Compact on Migration")
    # "concerning" inside a title, before a capitalised word, is part of it
    (
        "and the World Programme of Action concerning Disabled Persons,",
        "World Programme of Action concerning Disabled Persons",
    ),  # A/RES/78/171 F10 (was "Disabled Persons")
    # unchanged: "with" is no ordinal; an irregular participle's agent; an ordinal before a name with no qualifier
    (
        "10. Takes note of the report of the Independent Expert issued in accordance with Human Rights Council"
        " resolution 51/4,",
        "report of the Independent Expert",
    ),  # A/RES/78/177 F18
    ("9. Notes the progress made by the Commission", "Commission"),
    (
        "Recalling the Doha Programme of Action for the Least Developed Countries, and the Doha Political"
        " Declaration, adopted during the second part of the Fifth United Nations Conference on the Least"
        " Developed Countries, held in Doha from 5 to 9 March 2023,",
        "Doha Political Declaration",
    ),
]


# A numbered resolution or decision followed by its subject ("on ...") to the mark carries the mark, not the
# subject's last words (gold 002 F8: "Commission on Crime Prevention and Criminal Justice resolution 25/2").
NUMBERED_SUBJECTS = [
    (
        "recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and"
        " functions",
        "decision 2/CP.23 of the Conference of the Parties to the Convention",
    ),  # A/RES/80/138 F38, 78/153 F38, 79/206 F38 (was "Platform’s purpose and functions")
    (
        "Recalling further Human Rights Council resolution 35/21 of 22 June 2017 on the contribution of development"
        " to the enjoyment of all human rights,",
        "Human Rights Council resolution 35/21",
    ),  # A/RES/78/203 F13 (was "all human rights")
    (
        "and in this regard recalls the adoption on 29 November 2013 of resolution 5/6 on the private sector,",
        "resolution 5/6",
    ),  # A/RES/79/190 F35 (was "private sector")
    (
        "Welcoming resolution 12/4 of 18 October 2024 on enhancing measures to prevent and combat crimes that affect"
        " the environment falling within the scope of the United Nations Convention against Transnational Organized"
        " Crime of the Conference of the Parties to the United Nations Convention against Transnational Organized"
        " Crime,",
        "resolution 12/4",
    ),  # A/RES/80/229 F46, A/C.3/80/L.3 F39: a relative "that" inside the subject (was "United Nations Convention
    # against Transnational Organized Crime of the Conference of the Parties to ...", no resolution)
    (
        "Recalling Human Rights Council resolutions 5/1 on institution-building of the Council and 5/2 on the Code"
        " of Conduct for Special Procedures Mandate Holders of the Council of 18 June 2007,",
        "Human Rights Council resolutions 5/1",
    ),  # A/RES/78/196 F13: A/62/53, chap. IV, sect. A, both resolutions (was "Council and 5/2 on the Code of Conduct
    # for Special Procedures Mandate Holders of the Council", a name read from inside the first subject; audit-ga7)
    (
        "Recalling also its resolutions 5/1 on institution-building of the Council and 5/2 on the Code of Conduct for"
        " Special Procedures Mandate Holders of the Council,",
        "resolutions 5/1",
    ),  # probe: "its" is no part of the name
    (
        "302. Takes note of resolution EC-57/1 of the Executive Council of the Intergovernmental Oceanographic"
        " Commission on the implementation of the United Nations Decade of Ocean Science for Sustainable Development;",
        "resolution EC-57/1 of the Executive Council of the Intergovernmental Oceanographic Commission",
    ),  # A/RES/80/110 F160, 79/144 F156: Ibid. (IOC/EC-57/Decisions), resolution EC-57/1 (was "United Nations Decade
    # of Ocean Science ...": a body's lettered number was no numbered item; audit r2a)
    (
        "Notes decision A-32/4.4 of the Assembly on the exchange of oceanographic data;",
        "decision A-32/4.4 of the Assembly",
    ),  # probe: a dotted lettered decision number
    (
        "Notes the Strategic Plan EC-57 on the implementation of the United Nations Decade of Ocean Science;",
        "United Nations Decade of Ocean Science",
    ),  # probe: no keyword before the lettered number, unchanged
    # unchanged: a subject that names an instrument or a document, a list read with its keyword, a new clause
    (
        "Recalling Human Rights Council resolution 5/2 on the Code of Conduct for Special Procedures Mandate Holders"
        " of the Council of 18 June 2007,",
        "Human Rights Council resolution 5/2 on the Code of Conduct for Special Procedures Mandate Holders of the"
        " Council",
    ),
    (
        "Recalling its resolution 44/25 on the Convention on the Rights of the Child,",
        "resolution 44/25 on the Convention on the Rights of the Child",
    ),
    (
        "Recalling Commission on Crime Prevention and Criminal Justice resolutions 22/7 on strengthening"
        " international cooperation to combat cybercrime and 22/8 of 26 April 2013 on promoting technical"
        " assistance and capacity-building to strengthen national measures and international cooperation against"
        " cybercrime,",
        "Commission on Crime Prevention and Criminal Justice resolutions 22/7",
    ),  # seed 001 F12
    (
        "Noting that the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Baku on"
        " 25 and 26 October 2019, welcomed the adoption of resolution 73/41 on the promotion of multilateralism in"
        " the area of disarmament and non-proliferation and underlined the fact that multilateralism and"
        " multilaterally agreed solutions, in accordance with the Charter, provide the only sustainable method of"
        " addressing disarmament and international security issues, ",
        "Eighteenth Summit of Heads of State or Government of Non-Aligned Countries",
    ),  # A/RES/78/26 F2
]


# A plain noun phrase at the mark after words that place a document or rules in it ("contained in the",
# "in accordance with the", ", including its" after a name) is read, not words far before it; what one is
# called upon or urged to do is read past the one asked, when a name is read there.
AT_THE_MARK = [
    (
        "16. Calls upon the Secretary-General and Member States to adhere to the guidelines and procedures"
        " contained in the administrative instruction for the authorization of the use of United Nations premises"
        " for meetings, conferences, special events and exhibits;",
        "administrative instruction for the authorization of the use of United Nations premises for meetings,"
        " conferences, special events and exhibits",
    ),  # A/RES/80/234 F4, 79/248 F5, 78/245 F5 (was "Secretary-General and Member States")
    (
        "and expressing the need to adopt and implement a balanced and comprehensive programme of work on the"
        " basis of its agenda and dealing with, inter alia, four core issues, in accordance with the rules of"
        " procedure,",
        "rules of procedure",
    ),  # A/RES/79/50 F12, 78/53 F12, 80/24 F12 (was "need")
    (
        "which shall be drawn from the list of specific priority areas set out in the terms of reference;",
        "terms of reference",
    ),  # A/RES/79/235 F3 (was "New York from 3 to 6 February 2025")
    (
        "Recalling the work done by the independent international fact-finding mission on Myanmar, including its"
        " final report",
        "its final report",
    ),  # A/RES/78/219 F21 (was "report")
    (
        "and calls upon countries to strengthen the implementation of the enhanced Lima work programme on gender ",
        "enhanced Lima work programme on gender",
    ),  # A/RES/80/138 F36 (was "countries"; the subject is read with the programme since round 5c)
    (
        "17. Urges Member States to comply fully with all relevant United Nations resolutions, including those"
        " related to preventing terrorist groups from using and accessing materials that can be used in the"
        " making of improvised explosive devices, ",
        "United Nations resolutions",
    ),  # A/RES/79/53 F22 (was "Member States")
    (
        "Council on the human rights to safe drinking water and sanitation, and invites him to work, within his"
        " mandate,",
        "mandate",
    ),  # A/RES/78/206 F17: A/HRC/RES/51/19 (was "him", audit14 re23)
    ("Invites the Special Rapporteur to work within the existing mandate,", "existing mandate"),
    # unchanged: ", including its" after plain words goes on a title; "his report" is the report; nothing with a
    # name read past the one asked
    (
        "Taking note with appreciation of the report of the Special Rapporteur on trafficking in persons, especially"
        " women and children, as well as the reports of the Special Rapporteur on contemporary forms of slavery,"
        " including its causes and consequences,",
        "reports of the Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
    ),  # A/RES/78/228 F30
    (
        "in accordance with the recommendations contained in his report of 3 March 1993,",
        "report",
    ),  # S/RES/814 F12
    (
        "and invites the Secretary-General of the Authority to continue efforts to recover arrears, including"
        " bilateral efforts;",
        "efforts to recover arrears, including bilateral efforts",
    ),  # A/RES/79/144 F38 (was "Secretary-General of the Authority": what the one asked is to do, as the blind readers
    # of rounds 3 and 7 gave it)
]


# Words inside a name that the walk back from the mark runs on over: "and/or", "that" between capitalised
# words, "especially", a particle before a hyphen ("el-Sheikh"), the spaced dash of a span of years (closed up).
NAME_WORDS = [
    (
        "as well as the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious"
        " Drought and/or Desertification, Particularly in Africa,",
        "United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or"
        " Desertification, Particularly in Africa",
    ),  # A/RES/78/262 F22, 80/138 F19 and 10 more (was "Desertification, Particularly in Africa")
    (
        "Recalling also the entry into force on 1 January 2019 of the Kigali Amendment to the Montreal Protocol on"
        " Substances that Deplete the Ozone Layer,",
        "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer",
    ),  # A/RES/80/138 F3, 78/153 F3, 79/206 F3 (was "Deplete the Ozone Layer")
    ("27. Recalls that, in the Sharm el-Sheikh Implementation Plan,", "Sharm el-Sheikh Implementation Plan"),
    (
        "the New Urban Agenda,  the Sendai Framework for Disaster Risk Reduction 2015 – 2030,",
        "Sendai Framework for Disaster Risk Reduction 2015–2030",
    ),  # A/RES/78/262 F8 (was "2030")
    (
        "the Convention for the Protection of the World Cultural and Natural Heritage   and the Convention on"
        " Wetlands of International Importance especially as Waterfowl Habitat,",
        "Convention on Wetlands of International Importance especially as Waterfowl Habitat",
    ),  # A/RES/79/313 F9 (was "Waterfowl Habitat")
    # unchanged: "that" before a plain word or a clause's subject ends a name
    (
        "Welcoming the work on the Convention that States Parties",
        "States Parties",
    ),
    (
        "Recalling also that the International Law Commission decided to recommend to the General Assembly that"
        " it take note of the draft articles,",
        "draft articles",
    ),
]


# A date "of <date>" at the mark is read after the words before it: no part of a name (the date alone names
# nothing); the name without it is in the gold's name with it or without it.
FOLLOWING_DATES = [
    (
        "Reconfirming its endorsement of the Geneva communiqué of 30 June 2012,",
        "Geneva communiqué",
    ),
    # A/RES/78/222 F3, 79/185 F3 (was "30 June 2012")
    (
        "Noting that the Chief of Staff of the Truce Supervision Organization, in a memorandum of 7 March 1951,",
        "memorandum",
    ),  # S/RES/93 (1951) F13 (was "7 March 1951"; no "a" opens an anchor)
    ("Secretariat in its evaluation report of 22 March 2021;", "evaluation report"),  # A/RES/78/102 F16
    (
        "Having considered the report of the Secretary-General of 3 and 15 December 1993,",
        "report of the Secretary-General",
    ),  # S/RES/890 (1993) F24, 849, 851, 834 (1993): two days (was "... of 3 and 15 December 1993", audit14 re31)
    # unchanged: a name or a numbered resolution before the date
    (
        "Recalling Human Rights Council resolution 49/1 of 4 March 2022",
        "Human Rights Council resolution 49/1",
    ),
    ("Taking note of the report of the Board of 6 April 2020", "report of the Board"),
    # "on <date> of the" inside a name: who did it before, what was done on that date after
    (
        "and notes the adoption by the Heads of State and Government of the Alliance of Small Island States on 23"
        " September 2024 of the Leaders\u2019 Declaration on Sea- Level Rise and Statehood;",
        "Leaders\u2019 Declaration on Sea-Level Rise and Statehood",
    ),  # A/RES/79/144 F164, 80/110 F170 (was "Heads of State and Government of ... on 23 September 2024 of the ...")
]


# "to" after "right" opens what the right is to, one noun phrase with it, no infinitive that ends the name.
RIGHTS_TO = [
    (
        "Expressing deep concern at emerging obstacles to the enjoyment of the right to freedom of thought,"
        " conscience and religion or belief",
        "right to freedom of thought, conscience and religion or belief",
    ),  # A/RES/79/161 F2, 78/234 F2, 80/193 F3 (was "enjoyment of the right")
    (
        "13. Takes note with appreciation of the report of the Special Rapporteur of the Human Rights Council on the"
        " right to development,",
        "report of the Special Rapporteur of the Human Rights Council on the right to development",
    ),  # A/RES/78/203 F25 (was "... on the right")
    (
        "Noting general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights on the right"
        " to water (articles 11 and 12 of the International Covenant on Economic, Social and Cultural Rights) and"
        " the statement on the right to sanitation of the Committee of 19 November 2010,",
        "statement on the right to sanitation of the Committee",
    ),  # A/RES/78/206 F10: the plain phrase the Committee owns runs over "right to" (was "sanitation of the Committee")
    # no verb opens with "self-": "to self-determination" is what the right of peoples is to, no infinitive
    (
        "Taking note of the report of the Secretary-General on the right of peoples to self-determination,",
        "report of the Secretary-General on the right of peoples to self-determination",
    ),  # A/RES/78/193 F3 (was "... on the right of peoples")
    (
        "1. Takes note with appreciation of the latest report of the Working Group of the Human Rights Council on the"
        " use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples"
        " to self-determination;",
        "latest report of the Working Group of the Human Rights Council on the use of mercenaries as a means of"
        " violating human rights and impeding the exercise of the right of peoples to self-determination",
    ),  # A/RES/78/191 F4 (was "... the right of peoples")
    # an infinitive after another noun still cuts the name: the words read are what the one asked is to do
    (
        "and invites the Secretary-General of the Authority to continue efforts to recover arrears, including"
        " bilateral efforts;",
        "efforts to recover arrears, including bilateral efforts",
    ),
]


# The body a document was submitted, presented or transmitted to is no part of its name: the document before is read.
SUBMITTED_TO = [
    (
        "Welcoming also the reports of the Independent Mechanism for Myanmar, including the seventh report,"
        " submitted to the General Assembly on 14 July 2025,",
        "seventh report",
    ),  # A/RES/80/221 F29, 79/182 F24 (was "General Assembly on 14 July 2025")
    (
        "established by the Human Rights Council in its resolution 39/2, including the fifth report submitted to the"
        " General Assembly,",
        "fifth report",
    ),  # A/RES/78/219 F22 (was "General Assembly")
    # a relative clause "that were held in <date>" qualifies the name before it
    (
        "Recalling the general elections in the Territory that were held in November 2022,",
        "general elections in the Territory",
    ),
    # A/RES/79/105 F9 (was "held in November 2022", then "Territory"; audit15 re34 Sure 1)
    # unchanged: a name before "submitted to" without a comma
    (
        "Recalling the Model Nuclear Weapons Convention submitted to the Secretary-General",
        "Model Nuclear Weapons Convention",
    ),
    ("Welcoming the report of the Commission submitted to the Council", "report of the Commission"),
]


# An appositive that numbers again what the name before it names (", the first special session ...") is no
# name: the name before it is read.
APPOSITIVES = [
    (
        "Recalling also the provisions on nuclear-weapon-free zones of the Final Document of the Tenth Special"
        " Session of the General Assembly, the first special session devoted to disarmament,",
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # A/RES/80/31 F1 (was "provisions")
    (
        "Bearing in mind paragraph 50 of the Final Document of the Tenth Special Session of the General Assembly,"
        " the first special session devoted to disarmament,",
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # A/RES/78/53 F3, 80/18 F1 and 5 more (was "session devoted to disarmament")
    # unchanged: no ordinal, or no word of the name: an item of its own
    (
        "Recalling also the Declaration of Basic Principles of Justice for Victims of Crime and Abuse of Power, the"
        " basic principles on the use of restorative justice programmes in criminal matters,",
        "basic principles on the use of restorative justice programmes in criminal matters",  # document-phrases
    ),  # A/RES/78/227 F10 (ECOSOC resolution 2002/12, annex: the basic principles; cut at "on", still open)
    (
        "Recalling the Beijing Declaration and Platform for Action, the first twenty-year review,",
        "first twenty-year review",
    ),
    # a numbered resolution with the title it is given in apposition: both, as gold 002 F10 names the decision
    (
        "and recalling in this regard resolution 6/5 of 6 November 2015 of the Conference of the States Parties to"
        " the United Nations Convention against Corruption, the Saint Petersburg statement on promoting"
        " public-private partnership in the prevention of and fight against corruption,",
        "resolution 6/5 of 6 November 2015 of the Conference of the States Parties to the United Nations Convention"
        " against Corruption, the Saint Petersburg statement on promoting public-private partnership in the"
        " prevention of and fight against corruption",
    ),  # A/RES/78/229 F19 and data/004 F19 (was "Saint Petersburg statement")
    (
        "the adoption on 6 November 2015 of resolution 6/5, the Saint Petersburg statement on promoting public-private"
        " partnership in the prevention of and fight against corruption,",
        "resolution 6/5, the Saint Petersburg statement on promoting public-private partnership in the prevention of"
        " and fight against corruption",
    ),  # A/RES/79/190 F36
    # unchanged: another numbered resolution is an item of a list
    (
        "Recalling also its resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11 of"
        " 12 July 2023",
        "Human Rights Council resolution 53/11",
    ),  # A/RES/78/199 F3
]


# A title in quotes that ends the head after a preposition or "and" is the name; a titled document followed by
# where it was adopted is read as if printed without it.
QUOTED_TITLES = [
    (
        "which provides the legal framework for the conservation and sustainable use of the oceans and their"
        " resources, as recalled in paragraph 158 of \u201cThe future we want\u201d. ",
        "The future we want",
    ),  # A/RES/79/314 F5 (was "need")
    (
        "made in the declarations entitled \u201cOur ocean, our future: call for action\u201d and \u201cOur ocean,"
        " our future, our responsibility\u201d;",
        "Our ocean, our future, our responsibility",
    ),  # A/RES/78/68 F19, 79/145 F22, 80/109 F21 (was "calls")
    (
        "in which it noted with satisfaction the adoption by consensus of a set of \u201cWays and means to enhance"
        " the functioning of the Disarmament Commission\u201d,",
        "Ways and means to enhance the functioning of the Disarmament Commission",
    ),  # A/RES/78/62 F2, 79/72 F2, 80/66 F2 (was "Disarmament Commission")
    (
        "We reaffirm the declaration entitled \u201cOur ocean, our future, our responsibility\u201d, adopted by the"
        " high level United Nations Conference to Support the Implementation of Sustainable Development Goal 14:"
        " Conserve and sustainably use the oceans, seas and marine resources for sustainable development held in"
        " Lisbon from 27 June to 1 July 2022,",
        "Our ocean, our future, our responsibility",
    ),  # A/RES/79/314 F2 (was "Lisbon from 27 June to 1 July 2022")
    # unchanged: a title after "entitled" with its document noun, a resolution's title
    (
        "Taking note of the report of the Secretary-General entitled \u201cOur Common Agenda\u201d,",
        "Our Common Agenda",
    ),
    (
        "Recalling its resolution 70/1, entitled \u201cTransforming our world: the 2030 Agenda for Sustainable"
        " Development\u201d,",
        "resolution 70/1",
    ),
]


# The manner phrase of a verb ("with appreciation") is no part of the noun phrase read at the mark.
MANNERS = [
    (
        "notes with appreciation the policy on protection against retaliation for reporting misconduct and for"
        " cooperating with duly authorized audits or investigations,",
        "policy on protection against retaliation for reporting misconduct and for cooperating with duly authorized"
        " audits or investigations",
    ),  # A/RES/80/238 F6, 79/254 F8 (was "appreciation the policy", then "policy": a policy is now read with its
    # subject, as guidelines are, _DOCUMENT_PHRASE)
    (
        "Takes note with appreciation of the policy on protection,",
        "policy on protection",
    ),  # gaP probe p2 (was "appreciation of", then "policy" before the policy's subject was read)
    (
        "Notes with interest the policy on protection,",
        "policy on protection",
    ),  # gaP probe p2 (was "interest the policy", then "policy" before the policy's subject was read)
    # unchanged: no determiner after the noun ("interest rates" is the phrase)
    ("Notes with concern the rise in interest rates,", "rise in interest rates"),
]


# An operative verb is never an anchor; a subparagraph that says what someone is to do ("(b) To continue to
# implement ...") is anchored on the task's object, not on its verbs; the first subparagraph after a colon is a
# clause of its own, not the chapeau's.
TASKS = [
    (
        "Decides to allocate one additional one-week session per year for a period of two years from 2026 to 2027"
        " and additional support to the Commission to allow its Working Group III to continue to finalize its work"
        " with respect to investor-State dispute settlement reform;",
        "investor-State dispute settlement reform",
    ),  # A/RES/80/161 F19 (was "Decides")
    (
        "Also decides to allocate the resources to the Commission to allow the livestreaming of all sessions of"
        " the Commission and its six working groups;",
        "Commission and its six working groups",
    ),  # A/RES/80/161 F20 (was "Also decides", then "its six working groups")
    (
        " (b) To continue to implement the project on the stocktaking of developments in dispute resolution in"
        " the digital economy to further monitor and explore relevant topics such as those in relation to"
        " artificial intelligence and platform-based dispute resolution;",
        "project on the stocktaking of developments in dispute resolution in the digital economy",
    ),  # A/RES/79/117 F11 (was "To continue")
    (
        " (d) To conduct a stocktaking exercise to examine all Commission texts that refer to electronic aspects,"
        " including a survey of the incorporation by States of Commission texts on electronic commerce into their"
        " domestic legislation and the inclusion of such texts in international commitments concerning paperless"
        " trade;",
        "stocktaking exercise",
    ),  # A/RES/79/117 F13 (was "conduct a stocktaking exercise")
    (
        " (c) To continue and finalize its work on a guidance document on legal issues relating to the use of"
        " distributed ledger systems in trade as agreed;",
        "guidance document",
    ),  # A/RES/79/117 F12 (was "a guidance document")
    (
        " (b) To continue to monitor developments related to secured transactions using new types of assets, and"
        " to define the scope and form of any future work;",
        "developments related to secured transactions using new types of assets",
    ),  # A/RES/80/161 F11 (was "To continue")
    (
        " (iv) To conduct exploratory work on legal aspects of digital trade with a focus on digital platforms and"
        " private law;",
        "exploratory work",
    ),  # A/RES/80/161 F15 (was "To conduct exploratory work")
    (
        "Welcomes the decision by the Commission to request its secretariat: (a) To conduct preparatory work to"
        " refine the scope of possible work on updating the Model Law on Public Procurement and related texts to"
        " reflect recent developments, which would not include issues of climate change mitigation, adaption and"
        " resilience;",
        "preparatory work",
    ),  # A/RES/80/161 F10 (was the chapeau's "decision by the Commission")
    (
        "Reaffirms that Indigenous Peoples have the right to their traditional medicines and to maintain their"
        " health practices,",
        "right to their traditional medicines",
    ),  # A/RES/80/191 F32: no "and" ends what a cut leaves (was "... medicines and")
    # unchanged: a title's "An"; a subparagraph with no infinitive opening
    ("Recalling An Agenda for Peace,", "An Agenda for Peace"),
    (
        " (ii) To continue, within the modalities it has defined, its exploratory work on the project on dispute"
        " resolution in the digital economy;",
        "work on the project",
    ),
]

# What the one asked is to do is read on past the one asked when it names a noun phrase ("the ...").
ASKED = [
    (
        "and also requests the Secretary-General to keep the General Assembly informed of developments regarding"
        " the funding and budgetary situation of the transparency repository;",
        "transparency repository",
    ),  # A/RES/79/117 F21, 78/103 F10 (was "Secretary-General")
    (
        "Encourages Member States to adopt standards, as appropriate, in line with the Guiding Principles on"
        " Internal Displacement, the Framework on Durable Solutions for Internally Displaced Persons of the"
        " Inter-Agency Standing Committee and the basic principles and guidelines on development-based evictions"
        " and displacement;",
        "basic principles and guidelines on development-based evictions and displacement",
    ),  # A/RES/78/120 F12 (was "Member States", then without its subject)
    (
        "and requests the United Nations system to strengthen its awareness-raising campaigns to increase the"
        " visibility of the message of the Durban Declaration and Programme of Action, its follow-up mechanisms and"
        " the work of the United Nations in the fight against racism;",
        "its awareness-raising campaigns",
    ),  # A/RES/78/234 F23, 79/161 F23, 80/193 F21 (was "United Nations system"): not the verb read past
    # unchanged: words read past that open no noun phrase
    (
        "and calls upon the Office to further its support in this regard, particularly to developing countries;",
        "Office",
    ),  # A/RES/80/76 F26
]

# A list item of plain words after ", including the" ends a head (a year after it is left off), and "in this
# regard" at the mark is no part of a name.
INCLUDED_ITEMS = [
    (
        "Notes the progress made by the Commission to establish and operationalize the Advisory Centre on"
        " International Investment Dispute Resolution, including the approval in principle of its statute in 2024;",
        "approval in principle of its statute",
    ),  # A/RES/80/161 F21 (was "Commission")
    (
        "Takes note with interest of all the general comments of the Working Group, including the comments on"
        " children",
        "comments on children",
    ),  # A/RES/78/207 F14 (was "Working Group")
    (
        "introduced by China and the Russian Federation at the Conference on Disarmament in 2008, and the"
        " submission of its updated version in 2014,",
        "its updated version",
    ),  # A/RES/79/20 F3 (was "its updated version in 2014", then "submission of its updated version": the act
    # done to the document is no part of its name)
    (
        "the high-level meeting on antimicrobial resistance, held in New York on 26 September 2024, and the"
        " adoption of its political declaration,",
        "its political declaration",
    ),  # A/RES/79/227 F24, 80/157 F26 (was "adoption of its political declaration"), as "and its political
    # declaration," is read
    (
        "held in New York on 18 and 19 May 2023, and the adoption of the political declaration,",
        "political declaration",
    ),  # the act and "the" after it go
    # unchanged: an act with more than "of" after it, and an item with no act
    (
        "Notes the progress made by the Commission, including the approval in principle of its statute in 2024;",
        "approval in principle of its statute",
    ),
    (
        "and taking note of its political declaration, and the implementation of its political declaration,",
        "implementation of its political declaration",
    ),
    (
        "notes with satisfaction the contributions by the European Union and Germany in this regard,",
        "European Union and Germany",
    ),  # A/RES/80/161 F26 (was "Germany in this regard")
    # no "the" after "including": no item of its own; what the one asked is to do carries the mark, without "his"
    (
        "invites the Secretary-General of the Authority to continue his efforts to recover arrears, including"
        " bilateral efforts;",
        "efforts to recover arrears, including bilateral efforts",
    ),  # A/RES/78/69 F45 (was "Secretary-General of the Authority")
    (
        "the further initiatives for social development adopted by the General Assembly, including at its"
        " twenty-fourth special session,",
        "further initiatives for social development",
    ),  # A/RES/80/5 F3 (was "further initiatives"; audit15 re33 Likely 2)
]

# A body's recommendation whose content (a "that" clause) runs to the mark: the footnote cites the body's report.
RECOMMENDATIONS = [
    (
        "Recalling its resolution 59/281 of 29 March 2005, in which it endorsed the recommendation of the Special"
        " Committee on Peacekeeping Operations that the Secretary-General make available to the United Nations"
        " membership a comprehensive report on the issue of sexual exploitation and abuse in United Nations"
        " peacekeeping operations,",
        "recommendation of the Special Committee on Peacekeeping Operations",
    ),  # A/RES/79/116 F1, 78/102, 80/160 F1 (was the report asked for)
    (
        "Recalling further its resolution 59/300 of 22 June 2005, in which it endorsed the recommendation of the"
        " Special Committee that a group of legal experts be established to provide advice, without due process,",
        "recommendation of the Special Committee",
    ),  # A/RES/79/116 F3, 78/102, 80/160 F3 (was "resolution 59/300")
    (
        "Emphasizes once more the recommendation of the Special Rapporteur that \u201cany commemorative celebration of"
        " the Nazi regime, its allies and related organizations, whether official or unofficial, should be"
        " prohibited\u201d by States,",
        "recommendation of the Special Rapporteur",
    ),  # A/RES/79/160 F12, 78/190, 80/192 (was "States")
    (
        "Recalling the conclusion of the Court, in its advisory opinion of 9 July 2004, that the construction of the"
        " wall by Israel, the occupying Power, in the Occupied Palestinian Territory, including East Jerusalem, along"
        " with measures previously taken, severely impedes the right of the Palestinian people to self-determination,",
        "conclusion of the Court, in its advisory opinion of 9 July 2004",
    ),  # A/RES/78/192 F9 (was "Occupied Palestinian Territory")
    # unchanged: an instrument named in the content; a relative clause on the body
    (
        "Welcoming the recommendation of the Committee that States ratify the Convention on the Rights of the"
        " Child,",
        "Convention on the Rights of the Child",
    ),
]

# A document sent or transmitted by a body: the body is no anchor ("as 'submitted to' is cut").
SENT_BY = [
    (
        "Taking note with appreciation of the submission by the Government of the Democratic People\u2019s Republic"
        " of Korea in December 2023 of the written replies to the list of issues sent by the Committee on the Rights"
        " of Persons with Disabilities,",
        "list of issues",
    ),  # A/RES/80/220 F12, 79/181 F12 (was "Committee on the Rights of Persons with Disabilities")
    (
        "and urging the Government of the Democratic People\u2019s Republic of Korea to respond to the list of issues"
        " sent by the Committee on the Rights of Persons with Disabilities,",
        "list of issues",
    ),  # A/RES/78/218 F11: past the one asked, named with nine words
]

# A report whose subject in plain words runs on to the mark carries it, not a place or person the subject names;
# nor does the subject of a clause after "that" ("Demands that ali Somali parties ... comply ...").
REPORT_SUBJECTS = [
    (
        "Having considered the report of the Acting Mediator on the hostilities which broke out in southern Palestine"
        " on 22 December 1948,",
        "report of the Acting Mediator",
    ),  # S/RES/66 (1948) F43 (was "Palestine on 22 December 1948")
    (
        "Having in mind the report of the Acting Mediator concerning the assassination on 17 September 1948 of the"
        " United Nations Mediator, Count Folke Bernadotte, and United Nations observer Colonel Andr\u00e9 S\u00e9rot,",
        "report of the Acting Mediator",
    ),  # S/RES/59 (1948) F35 (was "Colonel André Sérot")
    (
        "Taking note of the report of the Special Rapporteur on the situation of human rights in the Democratic"
        " People\u2019s Republic of Korea,",
        "report of the Special Rapporteur",
    ),  # A/RES/78/218 F3, 79/181 F3, 80/220 F4 (was "Democratic People’s Republic of Korea")
    (
        "Having also considered the report of the Office of Internal Oversight Services on the evaluation of the"
        " implementation of a flexible workplace at United Nations Headquarters,",
        "report of the Office of Internal Oversight Services",
    ),  # A/RES/78/253 F19 (was "United Nations Headquarters")
    (
        "Demands that ali Somali parties, including movements and factions, comply fully with the commitments they"
        " have undertaken in the agreements they concluded at the informal preparatory meeting on Somali political"
        " reconciliation at Addis Ababa, and in particular with their agreement on implementing the cease-fire and"
        " on modalities of disarmament;",
        "modalities of disarmament",
    ),  # S/RES/814 (1993) F13 (was "that ali Somali parties")
    (
        "Noting the report of the Internal Justice Council on administration of justice at the United Nations",
        "report of the Internal Justice Council",
    ),  # A/RES/80/238, 78/248, 79/254 F3: a subject with no "the" (was "United Nations")
    (
        "Having considered the reports of the Secretary-General on administration of justice at the United Nations"
        " and on the activities of the Office of the United Nations Ombudsman and Mediation Services,",
        "reports of the Secretary-General",
    ),  # A/RES/80/238, 78/248, 79/254 F2 (was the Office)
    (
        "in the report of the commission of inquiry on human rights in the Democratic People\u2019s Republic of Korea,",
        "report of the commission of inquiry",
    ),  # A/RES/80/220 F2, 78/218, 79/181 F2: a body named in plain words (was the country)
    (
        "the report of the group of independent experts on accountability for human rights violations in the"
        " Democratic People\u2019s Republic of Korea,",
        "report of the group of independent experts",
    ),  # A/RES/80/220 F28, 78/218 F24, 79/181 F27 (was the country)
    (
        "Welcomes the latest report to the Human Rights Council of the Special Rapporteur on the situation of human"
        " rights in the Democratic People\u2019s Republic of Korea;",
        "report to the Human Rights Council of the Special Rapporteur",
    ),  # A/RES/80/220 F27, 78/218 F23, 79/181 F26 (was the country)
    (
        "Takes note of the World Humanitarian Summit, held in Istanbul, Turkey, on 23 and 24 May 2016, and of the"
        " report of the Secretary-General on the outcome of the World Humanitarian Summit;",
        "report of the Secretary-General",
    ),  # A/RES/78/120 F16, 79/139 F16, 80/113 F17 (was "World Humanitarian Summit")
    (
        "Taking note also of the reports of the Chair of the United Nations Sustainable Development Group on the work"
        " of the Development Coordination Office, including on the operational, administrative and financing aspects"
        " of the activities of the Office,",
        "reports of the Chair of the United Nations Sustainable Development Group",
    ),  # A/RES/79/226 F18: E/2021/55, E/2022/54, E/2023/62 and E/2024/5 (was "activities of the Office"; audit8 gaA 3)
    (
        "Taking note also of the reports of the Chair of the United Nations Sustainable Development Group on the work"
        " of the Development Coordination Office,",
        "reports of the Chair of the United Nations Sustainable Development Group",
    ),  # gaA probe p2 F2 (was "work of the Development Coordination Office")
    (
        "Acknowledges the report of the Secretary-General on the work of the Organization;",
        "report of the Secretary-General",
    ),  # A/RES/78/6, 79/6, 80/6 F10: A/78/1 (was "work of the Organization")
    # unchanged: "on and" inside a name is no subject
    (
        "Taking note of the report of the Open-ended Working Group on the Question of Equitable Representation on"
        " and Increase in the Membership of the Security Council and Other Matters related to the Security Council,",
        "report of the Open-ended Working Group on the Question of Equitable Representation on and Increase in the"
        " Membership of the Security Council and Other Matters related to the Security Council",  # related-to
    ),  # A/RES/78/111 F1
    # unchanged: an instrument in the subject
    (
        "Welcoming the report of the Secretary-General on the implementation of the Convention on Biological"
        " Diversity,",
        "Convention on Biological Diversity",
    ),
    (
        "Welcoming the report of the Secretary-General on the implementation of the recommendations of the"
        " Committee,",
        "recommendations of the Committee",
    ),  # plain words of a document noun
    (
        "Welcomes the action taken in that organization\u2019s decision,",
        "that organization\u2019s decision",
    ),  # a demonstrative "that"
]

# A participle after a name, with the part of the event it names ("adopted at the first phase of the"): the
# name after it is where, not what.
EVENT_PARTS = [
    (
        "Recognizes that, in the Declaration of Principles adopted at the first phase of the World Summit on the"
        " Information Society, held in Geneva from 10 to 12 December 2003,",
        "Declaration of Principles",
    ),  # A/RES/78/202 F26 (was "World Summit on the Information Society")
    (
        "in line with decision 15/6 of 19 December 2022 adopted at the fifteenth meeting of the Conference of the"
        " Parties;",
        "decision 15/6",
    ),  # A/RES/79/208 F24 (was "Conference of the Parties")
]

# What a document contains ("containing recommendations on ...") is no part of its name, nor a document noun of its
# own; "report of its Advisory Committee" is read with its document noun.
CONTAINING = [
    (
        "Recalls that the Human Rights Council took note of the research-based progress report of its Advisory"
        " Committee containing recommendations on mechanisms to assess the negative impact of unilateral coercive"
        " measures on the enjoyment of human rights and to promote accountability;",
        "research-based progress report of its Advisory Committee",
    ),  # A/RES/78/202 F29 (was "recommendations")
    (
        "Recalling also the report of the Secretary-General containing the substantive views of Member States on"
        " the report of the Group of Governmental Experts to further consider nuclear disarmament verification"
        " issues,",
        "report of the Secretary-General",
    ),  # A/RES/80/53 F8, footnote A/79/93 (was "report of the Group of Governmental Experts")
]

# "beyond", "among", "relative to", "relating to" and "with regard to" join the parts of a title.
BEYOND_AMONG = [
    (
        "Welcoming the adoption of the Agreement under the United Nations Convention on the Law of the Sea on the"
        " Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use"
        " of Marine Biological Diversity of Areas beyond National Jurisdiction",
    ),  # A/RES/79/314 F16, 78/272, 79/271 F3 (was "National Jurisdiction")
    (
        "Recalling the Global Agenda for Dialogue among Civilizations,",
        "Global Agenda for Dialogue among Civilizations",
    ),  # A/RES/78/226 F2 (was "Civilizations")
    (
        "Recalling the Geneva Convention relative to the Treatment of Prisoners of War, of 12 August 1949,",
        "Geneva Convention relative to the Treatment of Prisoners of War",
    ),  # A/RES/80/220 F14 (was "Treatment of Prisoners of War")
    (
        "and to the 1951 Convention relating to the Status of Refugees",
        "1951 Convention relating to the Status of Refugees",
    ),  # A/RES/80/220 F18 (was "Status of Refugees")
    (
        "Having examined the relevant chapter of the report of the Special Committee on the Situation with regard to"
        " the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for"
        " 2023,",
        "report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the"
        " Granting of Independence to Colonial Countries and Peoples for 2023",
    ),  # A/RES/78/85 F1, 79/98, 79/104, 79/105, 80/89, 80/90 F1 (was from "Implementation", audit14 re18 and six before)
    ("Noting the progress made with regard to the Implementation Plan,", "Implementation Plan"),
    (
        "Mindful that the Democratic People\u2019s Republic of Korea is a Party to the International Covenant on Civil"
        " and Political Rights,",
        "International Covenant on Civil and Political Rights",
    ),  # A/RES/80/220 F6: the parties to an instrument are no part of its name (was "Party to the ...")
    (
        "Encourages States Parties to the Treaty on the South-East Asia Nuclear- Weapon-Free Zone",
        "Treaty on the South-East Asia Nuclear-Weapon-Free Zone",
    ),  # A/RES/80/24 F18 (was "States Parties to the Treaty ...")
    (
        "of its general recommendation No. 38 (2020) on trafficking in women and girls in the context of global"
        " migration,",
        "general recommendation No. 38 (2020)",
    ),  # A/RES/78/228 F27, 80/228 F28, 80/9 F11 (was "No. 38 (2020)")
    (
        "and taking note also of general comment No. 26 (2023) on children\u2019s rights and the environment, with a"
        " special focus on climate change,",
        "general comment No. 26 (2023)",
    ),  # A/RES/78/187 F33 (was "No. 26 (2023)")
    (
        "Taking note of the report entitled \u201cRoad map for digital cooperation: implementation of the"
        " recommendations of the High-level Panel on Digital Cooperation\u201d,",
        "report entitled \u201cRoad map for digital cooperation: implementation of the recommendations of the"
        " High-level Panel on Digital Cooperation\u201d",
    ),  # A/RES/78/213 F13: a titled document, not a name inside its title (was the Panel's recommendations)
    (
        "Reiterates, in this regard, the calls for action to be taken on an urgent basis to conserve and sustainably"
        " use the oceans, seas and marine resources for sustainable development made in the declarations entitled"
        " \u201cOur ocean, our future: call for action\u201d",
        "Our ocean, our future: call for action",
    ),  # A/RES/78/68 F18, 79/145 F21, 80/109 F20 (was "calls")
    # unchanged: a resolution with its title
    (
        "and resolution 27/4 of 18 May 2018, entitled \u201cStrengthening measures against trafficking in"
        " persons\u201d,",
        "resolution 27/4",
    ),  # A/RES/78/228 F15
    # unchanged: a plain word before "among"
    ("Promoting cooperation among States,", "States"),
]


# "<instrument> adopted under <Convention>": the Convention is only what it was adopted under, as "adopted by".
ADOPTED_UNDER = [
    (
        "noting in this regard the implementation of the Paris Agreement adopted under the United Nations Framework"
        " Convention on Climate Change,",
        "Paris Agreement",
    ),  # A/RES/78/188 F17 (was the Convention; audit7 gaU 3)
    (
        "and in this regard recalls the Sendai Framework for Disaster Risk Reduction 2015–2030 and the political"
        " declaration of its midterm review, the Paris Agreement adopted under the United Nations Framework"
        " Convention on Climate Change in December 2015",
        "Paris Agreement",
    ),  # A/RES/78/205 F22 (was "United Nations Framework Convention on Climate Change in December 2015"; gaZ 3)
    (
        "Welcoming the Political Declaration adopted by the High-Level Political Forum on Sustainable Development"
        " convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New"
        " York on 18 and 19 September 2023,",
        "Political Declaration",
    ),  # A/RES/78/262 F9 (was "General Assembly (Sustainable Development Goals Summit)")
    # unchanged: a plain noun before the participle names no instrument
    (
        "Recalling the decisions adopted under the United Nations Framework Convention on Climate Change,",
        "United Nations Framework Convention on Climate Change",
    ),
    # unchanged: "under" inside a name, with no participle
    (
        "Welcoming the adoption of the Agreement under the United Nations Convention on the Law of the Sea on the"
        " Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction,",
        "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use"
        " of Marine Biological Diversity of Areas beyond National Jurisdiction",
    ),
]


# ", which was endorsed by ... in its decision X": the relative clause in the passive qualifies the name, as the bare
# participle does.
WHICH_WAS = [
    (
        "Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the"
        " Implementation of the Two-State Solution, which was endorsed by the General Assembly in its decision 80/506"
        " of 12 September 2025,",
        "New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the"
        " Two-State Solution",
    ),  # A/RES/80/77 F3 (was "General Assembly in its decision 80/506"; audit7 gaX 3)
    (
        "Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the"
        " Implementation of the Two-State Solution, which was endorsed by the General Assembly in its resolution"
        " 80/506,",
        "New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the"
        " Two-State Solution",
    ),  # gaX probe r4 (no date, a resolution)
    # unchanged: the bare participle
    (
        "Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the"
        " Implementation of the Two-State Solution, endorsed by the General Assembly in its decision 80/506 of"
        " 12 September 2025,",
        "New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the"
        " Two-State Solution",
    ),
    # unchanged: a name after the agent of another participle is read
    (
        "Noting the work of the Committee, which was entrusted by the General Assembly with the review of the"
        " Convention on Biological Diversity,",
        "review of the Convention on Biological Diversity",
    ),
]


# "letter dated <date> from X addressed to Y": the addressee is no part of the letter's name.
ADDRESSED_TO = [
    (
        "Taking note of the letter dated 21 June 2023 from the Chair of the Advisory Commission of the Agency"
        " addressed to the Commissioner-General,",
        "letter dated 21 June 2023 from the Chair of the Advisory Commission of the Agency",
    ),  # A/RES/78/73 F2, 80/77 F2 (was "Commissioner-General"; audit7 gaU 5, gaX 8)
    (
        "Having considered the letter dated 28 October 2024 from the Secretary-General addressed to the President"
        " of the General Assembly",
        "letter dated 28 October 2024 from the Secretary-General",
    ),  # A/RES/80/77 F5 (was "President of the General Assembly")
    (
        "as well as the letter dated 20 November 2023 from the President of the General Assembly addressed to the"
        " Chair of the Fifth Committee,",
        "letter dated 20 November 2023 from the President of the General Assembly",
    ),  # A/RES/78/248, 79/254, 80/238 F5 (was "Chair of the Fifth Committee"; audit6 gaP)
    (
        "Taking into account the letter dated 29 April 1993 from the Secretary-General addressed to the President"
        " of the Security Council,",
        "letter dated 29 April 1993 from the Secretary-General",
    ),  # S/RES/823 (1993) F9 (was "President of the Security Council")
    # after a plain noun, the letters named by to whom and when they were sent (audit11 sc12 6; was "Security Council on
    # 7 May"): tests/test_anchors_heads_before_qualifiers.py
    (
        "Acting in response to the request of the Government of Lebanon and noting with concern the questions raised"
        " in its letters addressed to the Security Council on 7 May,",
        "letters addressed to the Security Council on 7 May",
    ),  # S/RES/450 (1979) F23
]


# "convened under the auspices of the <organ>": the organ is only where the event met, no document a footnote sources.
AUSPICES = [
    (
        "Welcomes the political declaration adopted by the high-level political forum on sustainable development"
        " convened under the auspices of the General Assembly (Sustainable Development Goals Summit),",
        "political declaration adopted by the high-level political forum on sustainable development",
    ),  # A/RES/78/157 F17 and 13 more (was "General Assembly (Sustainable Development Goals Summit)"; audit7 gaW 1;
    # the forum's subject since audit12 gaH Likely 2)
    (
        "Reaffirms the political declaration adopted by the high-level political forum on sustainable development"
        " convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New"
        " York on 18 and 19 September 2023,",
        "political declaration adopted by the high-level political forum on sustainable development",
    ),  # A/RES/80/142 F17 (the mark after the date), A/RES/78/233 F16
    (
        "Recalling also the 2023 political declaration of the high-level political forum on sustainable development"
        " convened under the auspices of the General Assembly (Sustainable Development Goals Summit),",
        "2023 political declaration of the high-level political forum on sustainable development",
    ),  # A/RES/78/130 F3, 79/226 F19 (with its year: tests/test_anchors_subjects_and_titles.py)
    (
        "Welcoming further the adoption of the political declaration of the 2023 high-level political forum on"
        " sustainable development convened under the auspices of the General Assembly at the Sustainable"
        " Development Goals Summit,",
        "political declaration of the 2023 high-level political forum on sustainable development",
    ),  # A/RES/78/174 F4 (was "General Assembly at the Sustainable Development Goals Summit")
    (
        "Welcoming the Political Declaration adopted at the High-level Political Forum on Sustainable Development"
        " (HLPF), under the auspices of the General Assembly in September 2023,",
        "Political Declaration",
    ),  # A/RES/78/182 F4 (was "General Assembly in September 2023")
    # unchanged: what is no organ may be what the footnote sources
    (
        "37. Acknowledges the work undertaken under the auspices of the Marrakech Partnership for Global Climate"
        " Action,",
        "Marrakech Partnership for Global Climate Action",
    ),  # A/RES/78/153 F42 (FCCC/CP/2016/10/Add.1)
]


# "the outcome of <event>": the outcome is the document, kept with its noun as "outcome document of" is.
OUTCOME_OF = [
    (
        "Welcoming the Global Compact on Refugees and the outcome of the United Nations Conference on Housing and"
        " Sustainable Urban Development (Habitat III),",
        "outcome of the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)",
    ),  # A/RES/78/179 F14 (was the Conference; audit7 gaZ 9)
    (
        "free zone in the Middle East, in accordance with, inter alia, the outcome of the 1995 Review and Extension"
        " Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;",
        "outcome of the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of"
        " Nuclear Weapons",
    ),  # A/RES/80/31 F12 (Final Document; was the Conference)
    (
        "1. Takes note with appreciation of the report of the Secretary-General on the measures taken and progress"
        " achieved in follow-up to and implementation of the Beijing Declaration and Platform for Action and the"
        " outcome of the twenty-third special session of the General Assembly",
        "report of the Secretary-General",
    ),  # A/RES/78/182 F13 (A/78/216; was "outcome of the twenty-third special session of the General Assembly")
    (
        "Reaffirming also the outcome of the second High-level United Nations Conference on South-South Cooperation,"
        " held in Buenos Aires from 20 to 22 March 2019,",
        "outcome of the second High-level United Nations Conference on South-South Cooperation",
    ),  # A/RES/78/262 F11, 79/263 F11 (73/291; audit-ga23j: was the Conference, the ordinal stopped the noun)
    (
        "Taking note of the policy recommendations of the sixth Intergovernmental Group of Experts on Financing for"
        " Development of the United Nations Conference on Trade and Development,",
        "policy recommendations of the sixth Intergovernmental Group of Experts on Financing for Development of the"
        " United Nations Conference on Trade and Development",
    ),  # A/RES/78/140 F5 (TD/B/EFD/6/3, the recommendations; audit-ga23j: was the Group)
    # unchanged: no ordinal or place name, or an ordinal after "its", or a place name not before "outcome document"
    (
        "Reaffirming also the outcome of the United Nations Conference on South-South Cooperation,",
        "outcome of the United Nations Conference on South-South Cooperation",
    ),
    (
        "Reaffirming its resolution 73/291 of 15 April 2019, in which it endorsed the outcome document of the second"
        " High-level United Nations Conference on South-South Cooperation,",
        "outcome document of the second High-level United Nations Conference on South-South Cooperation",
    ),
    (
        "Welcoming the Global Compact on Refugees and the outcome of the United Nations Conference on Housing and"
        " Sustainable Urban Development (Habitat III),",
        "outcome of the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)",
    ),
    # unchanged: an outcome in a report's subject, the report is cited
    (
        "102. Takes note of the World Humanitarian Summit, held in Istanbul, Turkey, on 23 and 24 May 2016, and of the"
        " report of the Secretary-General on the outcome of the World Humanitarian Summit;",
        "report of the Secretary-General",
    ),  # A/RES/78/120 F16, 79/139 F16, 80/113 F17 (A/71/353)
]


# A document named by a plain noun ("principles", "declaration", "code of conduct") and its subject in plain words at the
# mark: the whole phrase, from the words before the noun.
DOCUMENT_PHRASES = [
    (
        "Recalling the ministerial declaration of the high-level political forum on sustainable development",
        "ministerial declaration of the high-level political forum on sustainable development",
    ),  # A/RES/78/157 F3, 79/211 F3, 80/142 F5 (was "high-level political forum"; audit7 gaW 4)
    (
        "Taking note of the Belgrade principles on the relationship between national human rights institutions and"
        " parliaments,",
        "Belgrade principles on the relationship between national human rights institutions and parliaments",
    ),  # A/RES/78/204 F9 (was "rights institutions and parliaments"; gaZ 4)
    (
        "14. Recalls the basic principles on the right to an effective remedy for victims of trafficking in persons",
        "basic principles on the right to an effective remedy for victims of trafficking in persons",
    ),  # A/RES/79/154 F36 (was "right to an effective remedy"; gaX 6)
    (
        "the Declaration of Basic Principles of Justice for Victims of Crime and Abuse of Power, the basic principles"
        " on the use of restorative justice programmes in criminal matters,",
        "basic principles on the use of restorative justice programmes in criminal matters",
    ),  # A/RES/78/227 F10 (was "Process and the measures")
    (
        "28. Invites the Economic and Social Council to update and strengthen the United Nations code of conduct on"
        " cooperation in combating international tax evasion",
        "United Nations code of conduct on cooperation in combating international tax evasion",
    ),  # A/RES/78/140 F12 (was "Nations code of conduct")
    (
        "Reaffirming its commitment to the political declaration of the high-level meeting on improving global road"
        " safety of 30 June 2022,",
        "political declaration of the high-level meeting on improving global road safety",
    ),  # A/RES/78/290 F2 (was "political declaration of the high-level meeting")
    (
        "to continue to assist the countries of Central Africa in tackling the issues of refugees and internally"
        " displaced persons in their territories, recalling the Sao Tome declaration on refugees and internally"
        " displaced persons,",
        "Sao Tome declaration on refugees and internally displaced persons",
    ),  # A/RES/79/68 F20, 80/63 F13 (was "Sao Tome declaration")
    (
        "Recalling further the 2016 political declaration of the high-level meeting to tackle antimicrobial"
        " resistance",
        "2016 political declaration of the high-level meeting to tackle antimicrobial resistance",
    ),  # A/RES/78/130 F6: 71/3 (was "2016 political declaration of the high-level meeting": the year before the
    # noun kept the phrase from being read, and the purpose infinitive that carries the mark was cut off)
    (
        "Recalling further the political declaration of the high-level meeting to tackle antimicrobial resistance",
        "political declaration of the high-level meeting to tackle antimicrobial resistance",
    ),  # unchanged: the same phrase with no year
    # unchanged: "principles of" in plain words names no document
    (
        "support the strengthening and promotion of democracy, development and respect for human rights and"
        " fundamental freedoms and the principles of the rule of law in the entire world,",
        "entire world",
    ),  # A/RES/78/208 F17 (a statement the Vienna Declaration sources; was "development and respect", cut at
    # "respect for", until audit-ga23t read "respect for ..." as one noun phrase: the words at the mark)
]


# A possessor before a plain noun phrase that a document is located in: the possessor stays with what it owns.
POSSESSIVES = [
    (
        "Commends the Agency for its strategic plan and the Commissioner-General for his continuing efforts to increase"
        " the budgetary transparency and efficiency of the Agency, as reflected in the Agency’s proposed programme"
        " budget for 2024;",
        "Agency’s proposed programme budget for 2024",
    ),  # A/RES/78/73 F18 (was "Agency"; audit7 gaU 4)
    # unchanged: a capitalised title after the possessor is read as a name, with it
    (
        "Commends the Agency for its efforts, as reflected in the Agency’s Medium-Term Strategy for 2023–2028;",
        "Agency’s Medium-Term Strategy for 2023–2028",
    ),
]


# "related to" between a name's words and a capitalised one goes on the name, as "relating to" does; the Parties to
# an instrument after "and" are no part of a name, capitalised or not.
RELATED_TO = [
    (
        "Taking note of the report of the Open-ended Working Group on the Question of Equitable Representation on and"
        " Increase in the Membership of the Security Council and Other Matters related to the Security Council,",
        "report of the Open-ended Working Group on the Question of Equitable Representation on and Increase in the"
        " Membership of the Security Council and Other Matters related to the Security Council",
    ),  # A/RES/80/166 F1, 78/111 F1, 79/125 F1 (was "Security Council"; audit7 gaY 4)
    (
        "encouraging all its Parties to fully implement the Agreement and Parties to the United Nations Framework"
        " Convention on Climate Change",
        "United Nations Framework Convention on Climate Change",
    ),  # A/RES/80/142 F4, 79/144 F109, 80/110 F111, 80/157 F18 (was "Agreement and Parties to the ..."; gaW 2)
    (
        "encouraging all its Parties to fully implement the Agreement, and Parties to the United Nations Framework"
        " Convention on Climate Change",
        "United Nations Framework Convention on Climate Change",
    ),  # A/RES/80/140 F12, 80/147 F4, 80/153 F2
    # unchanged: the Parties inside a body's name
    (
        "Recalling the decisions of the Conference of the Parties to the United Nations Framework Convention on Climate"
        " Change",
        "decisions of the Conference of the Parties to the United Nations Framework Convention on Climate Change",
    ),
]


# A bare "dated <date>" read at the mark names nothing: the document it dates is read before it, with it.
DATED = [
    (
        "Having considered the request of the Permanent Representative of Angola contained in document S/13595, as well"
        " as his note dated 31 October 1979,",
        "his note dated 31 October 1979",
    ),  # sc7 probe of S/RES/454 (1979) F72 (was "dated 31 October 1979"; audit7 sc7 6)
    (
        "Taking note of the letters of the Permanent Representative of Lebanon dated 4 June 1982,",
        "letters of the Permanent Representative of Lebanon dated 4 June 1982",
    ),  # S/RES/508 (1982) F26 (was "dated 4 June 1982")
    (
        "Decides to remain seized of the question and to review, within two months, the situation as a whole in"
        " the light of the letter of the Permanent Representative of Lebanon to the Secretary-General dated 14 December"
        " 1981.",
        "letter of the Permanent Representative of Lebanon to the Secretary-General dated 14 December 1981",
    ),  # S/RES/498 (1981) F36, paragraph 10 (was "dated 14 December 1981")
    (
        "3. Directs the Commission further to study and report to the Security Council when it considers it"
        " appropriate on the matters raised in the letter of the Foreign Minister of Pakistan, dated 15 January 1948,",
        "letter of the Foreign Minister of Pakistan, dated 15 January 1948",
    ),  # S/RES/51 (1948) F7 (was "dated 15 January 1948")
    # unchanged: a name read with the date
    (
        "Having considered the report of the Secretary-General dated 10 December 1965,",
        "report of the Secretary-General dated 10 December 1965",
    ),  # S/RES/219 (1965) F18
]


# A short name in brackets read alone is the name, without its brackets and "the".
#: A name's year after a spaced dash is part of it (a span of years with one is too: "2015 – 2030").
YEAR_AFTER_DASH = [
    (
        "recommendations to the Secretary-General of April 2019, as well as the Call to Action on Antimicrobial"
        " Resistance – 2021 of the High-level Interactive Dialogue on Antimicrobial Resistance;",
        "Call to Action on Antimicrobial Resistance – 2021 of the High-level Interactive Dialogue on Antimicrobial"
        " Resistance",
    ),  # A/RES/79/2 F7: A/75/903 (was the Dialogue alone; audit15 re36)
    (
        "Noting the Call to Action on Antimicrobial Resistance – 2021,",
        "Call to Action on Antimicrobial Resistance – 2021",
    ),
]

BRACKETED = [
    (
        "Recalling also the principles relating to the status of national institutions for the promotion and"
        " protection of human rights (the Paris Principles),",
        "Paris Principles",
    ),  # A/RES/78/204 F3, 78/211 F17, 78/216 F9, 78/220 F13 (was "(the Paris Principles)"; audit7 gaU 7, gaZ 8)
    (
        "and in this regard welcomes its adoption of a revised strategy on the reduction of greenhouse gas emissions"
        " from ships (the 2023 IMO Strategy on Reduction of GHG Emissions from Ships);",
        "2023 IMO Strategy on Reduction of GHG Emissions from Ships",
    ),  # A/RES/78/69 F123 (MEPC.377(80)), 79/144 F129, 80/110 F132: a short name that opens with its year, likewise
    # unchanged: brackets inside a name
    (
        "Welcoming the outcome of the United Nations Conference on Housing and Sustainable Urban Development"
        " (Habitat III),",
        "outcome of the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)",
    ),
]


# A statement or invitation "made by"/"extended by" someone named carries the mark that its qualifiers (where, when,
# to whom it was made) run on to: not the body, session or date they name, nor the one who made it.
MADE_BY = [
    (
        "Taking note of the statement made by the President of French Polynesia in the Special Political and"
        " Decolonization Committee (Fourth Committee), at the seventy-eighth session of the General Assembly, in"
        " October 2023,",
        "statement made by the President of French Polynesia",
    ),  # A/RES/79/104 F7: A/C.4/78/SR.3 (was "General Assembly"; audit8 gaC 2)
    (
        "Recalling the invitation extended by the President of French Polynesia to the Special Committee to send a"
        " visiting mission to the Territory, as reiterated in the Fourth Committee at the seventy-eighth session of"
        " the General Assembly,",
        "invitation extended by the President of French Polynesia",
    ),  # A/RES/79/104 F8 (was "General Assembly"; audit8 gaC 3)
    (
        "Taking note of the statement made by the President of French Polynesia in October 2023,",
        "statement made by the President of French Polynesia",
    ),  # gaC probe a5 (was "President of French Polynesia in October 2023")
    (
        "Recalling the statement made by the President of the Council on 17 September 1993,",
        "statement made by the President of the Council",
    ),  # S/RES/876 (1993) F24: S/26576 (was "President of the Council on 17 September 1993")
    (
        "Having considered at its previous sessions the report of the Group of Legal Experts established by the"
        " Secretary-General pursuant to its resolution 59/300 and the reports of the Ad Hoc Committee, as well as the"
        " note by the Secretariat",
        "note by the Secretariat",
    ),  # A/RES/78/102 F11, 79/116 F11, 80/160 F11: A/62/329 (was "Secretariat", the author)
    # unchanged: an instrument read after "made by"; no name after it; a new item at the mark
    (
        "Reaffirming the commitments made by Member States in the United Nations Global Counter-Terrorism Strategy,"
        " adopted on 8 September 2006,",
        "United Nations Global Counter-Terrorism Strategy",
    ),  # gold 002 F14
    (
        "1. Takes note by consensus of the report of the Secretary-General,",
        "report of the Secretary-General",
    ),  # "take note by" is no note by its author
    (
        "Recalling the presidential statements issued by the Security Council on 6 November 2017",
        "presidential statements",
    ),  # A/RES/78/219 F15
    (
        "Recalling the statement made by the President of the Council on 17 September 1993, and the report of the"
        " Secretary-General,",
        "report of the Secretary-General",
    ),
]


# A dated letter that opens a clause, set apart by commas, carries the mark that closes what the clause reports.
LETTER_OPENINGS = [
    (
        "Noting that, in a letter dated 30 June 2023 addressed to the President of the General Assembly, the President"
        " of the conference drew attention to the desire expressed by several delegations that efforts be undertaken"
        " with a view to supporting the early entry into force of the Agreement as well as its early implementation,"
        " including through a preparatory process such as a preparatory commission, and the President also observed"
        " that a preparatory process, to be established under the auspices of the Assembly, to carry out the required"
        " preparations for the first meeting of the Conference of the Parties to the Agreement and to provide guidance"
        " on the work of the interim secretariat under the Agreement until the convening of that meeting would be very"
        " helpful,",
        "letter dated 30 June 2023",
    ),  # A/RES/78/272 F4: A/77/945 (was "undertaken with a view"; audit8 gaE 3)
    # unchanged: an instrument named at the mark (gaE probe); a letter that is the subject, not an opening
    (
        "Noting that, in a letter dated 30 June 2023 addressed to the President of the General Assembly, the President"
        " of the conference drew attention to the desire expressed by several delegations that efforts be undertaken"
        " with a view to supporting the early entry into force of the Agreement,",
        "Agreement",
    ),
    (
        "Noting that the letter dated 30 June 2023 was circulated to all delegations,",
        "circulated to all delegations",
    ),
]


# A document that a clause locates what it notes in (", as reflected in the report of ..."), when the part of it
# singled out (", in particular ...") runs on to the mark and names no document of its own, carries the mark.
PARTS_OF_LOCATED = [
    (
        "Noting also the discussions held at the workshop on the topic \u201cReducing reoffending: identifying risks and"
        " developing solutions\u201d and the three subtopics, as reflected in the report of Committee II of the"
        " Fourteenth Congress, in particular the encouragement given by some participants to Member States to share"
        " information on promising practices and consider the development, under the auspices of the Commission on"
        " Crime Prevention and Criminal Justice and with the support of the United Nations Office on Drugs and Crime,"
        " of model strategies to reduce reoffending that reflect, among others, the good practices discussed during the"
        " workshop,",
        "report of Committee II of the Fourteenth Congress",
    ),  # A/RES/78/224 F3: A/CONF.234/16, chap. VII, sect. B (was "Member States"; audit8 gaB 4)
    # unchanged: an instrument in the part; no document located in
    (
        "Noting the measures, as reflected in the report of the Committee, in particular in the Paris Agreement,",
        "Paris Agreement",
    ),
    (
        "Noting the measures, as reflected in paragraph 3, in particular the encouragement given by some participants"
        " to Member States,",
        "Member States",
    ),
]


# An assessment or a study is a document, kept with its noun before "of the" and what it assesses or who made it.
ASSESSMENTS = [
    (
        "Reaffirms, in this regard, General Assembly resolution 67/265, which provided for the reinscription of French"
        " Polynesia on the list of Non-Self-Governing Territories, and takes careful note of an independent"
        " self-governance assessment of the Territory, presented to the Fourth Committee on 4 October 2016,",
        "assessment of the Territory",
    ),  # A/RES/79/104 F9: A/C.4/71/SR.3 (was "Territory"; audit8 gaC 7)
    (
        "Takes note of the comprehensive study of the Group of Independent Eminent Experts on the Implementation of the"
        " Durban Declaration and Programme of Action",
        "study of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme"
        " of Action",
    ),  # A/RES/80/193 F19: A/80/230, the study (was the Group)
    # unchanged: no document noun before "of the"
    (
        "Noting the situation of the Territory,",
        "Territory",
    ),
]


#: Each rule's table: (text before the mark, the anchor the layout gives).
RULES = {
    "dates": DATES,
    "trims": TRIMS,
    "subtitles": SUBTITLES,
    "event-documents": EVENT_DOCUMENTS,
    "reports": REPORTS,
    "items": ITEMS,
    "entitled": ENTITLED,
    "lists": LISTS,
    "qualifiers": QUALIFIERS,
    "places": PLACES,
    "plain-items": PLAIN_ITEMS,
    "cuts": CUTS,
    "owners": OWNERS,
    "qualified": QUALIFIED,
    "numbered-subjects": NUMBERED_SUBJECTS,
    "at-the-mark": AT_THE_MARK,
    "name-words": NAME_WORDS,
    "following-dates": FOLLOWING_DATES,
    "rights-to": RIGHTS_TO,
    "submitted-to": SUBMITTED_TO,
    "appositives": APPOSITIVES,
    "quoted-titles": QUOTED_TITLES,
    "manners": MANNERS,
    "tasks": TASKS,
    "asked": ASKED,
    "included-items": INCLUDED_ITEMS,
    "recommendations": RECOMMENDATIONS,
    "sent-by": SENT_BY,
    "report-subjects": REPORT_SUBJECTS,
    "event-parts": EVENT_PARTS,
    "containing": CONTAINING,
    "beyond-among": BEYOND_AMONG,
    "adopted-under": ADOPTED_UNDER,
    "which-was": WHICH_WAS,
    "addressed-to": ADDRESSED_TO,
    "auspices": AUSPICES,
    "outcome-of": OUTCOME_OF,
    "document-phrases": DOCUMENT_PHRASES,
    "possessives": POSSESSIVES,
    "related-to": RELATED_TO,
    "dated": DATED,
    "bracketed": BRACKETED,
    "made-by": MADE_BY,
    "letter-openings": LETTER_OPENINGS,
    "parts-of-located": PARTS_OF_LOCATED,
    "assessments": ASSESSMENTS,
    "year-after-dash": YEAR_AFTER_DASH,
}


@pytest.mark.parametrize(
    ("head", "anchor"),
    [
        pytest.param(h, want, id=f"{rule}-{i}")
        for rule, cases in RULES.items()
        for i, (h, want) in enumerate(cases)
    ],
)
def test_anchor_rules(head: str, anchor: str) -> None:
    # as the layout reads a footnote's anchor: the name before the mark, else a quoted title
    assert (_anchor(head) or layout._quoted_before(head, len(head))) == anchor


# A name never runs back over another footnote's mark: each mark carries the item it follows.
# (text with marks as superscripts, footnote number, the anchor the layout gives it)
AFTER_A_MARK = [
    (
        "Human Rights Council resolutions 27/12 of 25 September 2014 on the World Programme for Human Rights"
        " Education,\u00b9 32/13 of 1 July 2016 on the promotion, protection and enjoyment of human rights on the"
        " Internet,\u00b2 34/7 of 23 March 2017\u00b3",
        2,
        "32/13",
    ),  # A/RES/78/215 F14: an item after the mark that ended the one before (was "Internet")
    (
        "Council resolutions 34/8 of 23 March 2017,\u2074 35/34 of 23 June 2017,\u2075 37/27 of 23 March 2018,\u2076",
        5,
        "35/34",
    ),  # A/RES/78/210 F5 (was the whole list from "Assembly resolutions 72/180")
    (
        "Council resolutions 34/8 of 23 March 2017,\u2074 35/34 of 23 June 2017,\u2075 37/27 of 23 March 2018,\u2076",
        4,
        "Council resolutions 34/8",
    ),  # the first item: nothing before it to cut
    (
        "Recalling the Convention on the Rights of the Child\u00b9 and the Optional Protocols thereto,\u00b2",
        2,
        "Optional Protocols thereto",
    ),  # 002 F19, as the gold file anchors it
    (
        "notes the entry into force of the Doha Amendment\u00b9 to the Kyoto Protocol\u00b2 on 31 December 2020,",
        2,
        "Kyoto Protocol",
    ),  # A/RES/80/110 F113
    (
        "including in the Programme of Action of the International Conference on Population and Development\u2077"
        " and the key actions for its further implementation,\u2078",
        8,
        "key actions for its further implementation",
    ),  # A/RES/79/223 F8 (was "empowerment of women", from before mark 7)
    (
        "Notes the approval of amendments to the revised Guidelines for the Reduction of Underwater Radiated Noise"
        " from Shipping to Address Adverse Impacts on Marine Life,\u00b9 and the approval of the related action"
        " plan\u00b2 by the Marine Environment Protection Committee",
        2,
        "related action plan",
    ),  # A/RES/80/110 F153 (marks renumbered; was "approval of the related action plan"): the act done to the plan
    # is no part of its name
    (
        "contained in the Beijing Declaration and Platform for Action adopted by the Fourth World Conference on"
        " Women\u00b9 and the Programme of Action of the International Conference on Population and"
        " Development,\u00b2",
        2,
        "Programme of Action of the International Conference on Population and Development",
    ),  # A/RES/79/154 F12: the item after mark 1 is read, not the whole run back to "Beijing"
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the"
        " Information Society at its first phase, held in Geneva from 10 to 12 December 2003,\u00b9 and endorsed"
        " by the General Assembly,\u00b2 and the Tunis Commitment and the Tunis Agenda for the Information"
        " Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005,\u00b3",
        3,
        "Tunis Commitment and the Tunis Agenda for the Information Society",
    ),  # A/RES/79/277 F3 (was "its first phase", then F1's name)
    (
        "Recalling further the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the political"
        " declarations of the high-level meetings of the General Assembly to commemorate the tenth\u2074 and"
        " twentieth\u2075 anniversaries of the adoption of the Durban Declaration and Programme of Action,",
        5,
        "political declarations of the high-level meetings of the General Assembly to commemorate the twentieth"
        " anniversaries",
    ),  # A/RES/78/199 F5: words that go on the phrase of mark 4 carry what mark 4 carries, with their own ordinal
    (
        "as well as the declarations adopted at its forty-ninth,\u00b9 fifty-fourth,\u00b2 fifty-ninth\u00b3 and"
        " sixty-fourth sessions,\u2074",
        4,
        "declarations adopted at its sixty-fourth sessions",
    ),  # A/RES/79/223 F4 (was "sixty-fourth sessions", then "declarations adopted at its forty-ninth")
    (
        "Noting Human Rights Council resolutions 45/30 of 13 October 2020,\u00b9 51/10 of 6 October 2022 on"
        " countering cyberbullying\u00b2 and 54/5 of 10 October 2023 on ensuring quality education for peace and"
        " tolerance for every child,\u00b3",
        3,
        "54/5",
    ),  # A/RES/78/187 F19 (was "6 October 2022"): a list item with its subject after the mark before
    (
        "Reaffirming the 2030 Agenda for Sustainable Development,\u00b9 and recalling the outcomes of major"
        " conferences, including the 2030 Agenda for Sustainable Development and the New Urban Agenda,\u00b2",
        2,
        "New Urban Agenda",
    ),  # A/RES/78/217 F23: the first of two titles has its own footnote
    (
        "Recalling further the 2016 political declaration of the high-level meeting to tackle antimicrobial resistance"
        " through the five overarching strategic objectives of the World Health Organization global action plan on"
        " antimicrobial resistance,\u00b9 and taking into consideration the main recommendations contained in the most"
        " recent global progress report of the World Health Organization and the United Nations Children\u2019s Fund"
        " on water, sanitation, hygiene, waste and electricity in health-care facilities,\u00b2",
        2,
        "report of the World Health Organization and the United Nations Children\u2019s Fund",
    ),  # A/RES/78/130 F9 (F7 in an earlier paragraph; was "United Nations Children’s Fund"): a report is no short
    # form of an earlier name that holds its author's
    (
        "Recalling the United Nations Convention against Transnational Organized Crime,\u00b9 and recalling the"
        " United Nations Convention against Transnational Organized Crime and the Protocols thereto,\u00b2",
        2,
        "United Nations Convention against Transnational Organized Crime and the Protocols thereto",
    ),  # unchanged: gold 000 F1 and F13 ("thereto" names the Protocols by the Convention)
    # unchanged: F2 above; a word that goes on the phrase of the mark before it
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the"
        " Information Society at its first phase, held in Geneva from 10 to 12 December 2003,\u00b9 and endorsed"
        " by the General Assembly,\u00b2",
        2,
        "Declaration of Principles and the Plan of Action endorsed by the General Assembly",
    ),  # A/RES/78/132 F5: what was endorsed, not the body (was "General Assembly"; audit13 re14 Likely 1)
    # A/C.3/80/L.4 F34, A/RES/78/228 F33: a titled resolution, then where and by whom it was adopted; the
    # resolution is the name, not the Protocol its title names (was the Protocol's name)
    (
        "Taking note of resolutions 10/1 of 16 October 2020, entitled “Establishment of the review process”,"
        " adopted by the Conference of the Parties at its tenth session, held in Vienna from 12 to 16 October"
        " 2020,¹ and of resolution 11/5 of 21 October 2022, entitled “Implementation of the Protocol to"
        " Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the"
        " United Nations Convention against Transnational Organized Crime”, adopted by the Conference of the"
        " Parties at its eleventh session, held in Vienna from 17 to 21 October 2022,²",
        2,
        "resolution 11/5",
    ),
    # each numbered item and its subject after another item's mark carries its own mark
    (
        "recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and"
        " functions\u00b9 and decision 16/CP.26 of the Conference of the Parties on the continuation of the"
        " mandate of the Facilitative Working Group of the Local Communities and Indigenous Peoples Platform,\u00b2",
        2,
        "decision 16/CP.26 of the Conference of the Parties",
    ),  # A/RES/80/138 F39 (was "Facilitative Working Group of the ... Platform")
    (
        "and Human Rights Council resolutions 49/1 of 4 March 2022,\u00b9 52/32 of 4 April 2023,\u00b2 55/23 of 4"
        " April 2024\u00b3 and 58/24 of 4 April 2025\u2074 on the situation of human rights in Ukraine stemming from"
        " the Russian aggression and S-34/1 of 12 May 2022 on the deteriorating human rights situation in Ukraine"
        " stemming from the Russian aggression,\u2075",
        5,
        "S-34/1",
    ),  # A/RES/80/223 F18 (was "Ukraine and ES-11/7", from earlier in the paragraph)
    # what the mark before carries is no anchor of this one when a part of it opens after that mark
    (
        "by assisting Member States, upon their request, in implementing the United Nations Global"
        " Counter-Terrorism Strategy,\u00b9 including through information-sharing on foreign terrorist fighters,"
        " including those returning or relocating, in particular from terrorist combat or training areas, and on"
        " improvements in border security,\u00b2",
        2,
        "information-sharing on foreign terrorist fighters, including those returning or relocating, in particular"
        " from terrorist combat or training areas, and on improvements in border security",
    ),  # A/RES/79/136 F4 (was F3's "United Nations Global Counter-Terrorism Strategy")
    (
        "10. Recalls the importance of adherence to the rules of procedure and methods of work of the"
        " Commission,\u00b9 including transparent and inclusive deliberations, and the agreement reached by the"
        " Commission on the conditions that should be met with regard to informal meetings of the working groups"
        " between formal sessions;\u00b2",
        2,
        "agreement reached by the Commission on the conditions that should be met with regard to informal meetings"
        " of the working groups between formal sessions",
    ),  # A/RES/80/161 F23 (was F22's anchor)
    # unchanged: items that go on the phrase of the mark before
    (
        "and taking note of the political declarations on pandemic prevention, preparedness and response,\u00b9 on"
        " universal health coverage\u00b2 and on the fight against tuberculosis\u00b3 adopted at the respective"
        " high-level meetings",
        3,
        "political declarations on the fight against tuberculosis",
    ),  # A/RES/78/119 F5 (was "political declarations": the document, now on its own subject)
    # a part of the item the mark before carries, an item with its adoption after the mark
    (
        "as well as the United Nations Convention to Combat Desertification in Those Countries Experiencing"
        " Serious Drought and/or Desertification, Particularly in Africa,\u00b9 including its 2018–2030 strategic"
        " framework,\u00b2",
        2,
        "2018–2030 strategic framework",
    ),  # A/RES/78/262 F23, 79/263 F23 (was "need", from the start of the paragraph)
    (
        "and calls upon countries to strengthen the implementation of the enhanced Lima work programme on"
        " gender\u00b9 and its gender action plan adopted by the Conference of the Parties to the United Nations"
        " Framework Convention on Climate Change at its twenty-fifth session;\u00b2",
        2,
        "gender action plan",
    ),  # A/RES/80/138 F37 (was "countries")
    # unchanged: the annex named after the title is the name ("including the annex thereto entitled ...")
    (
        "Recalling the Declaration,¹ and its resolution 79/1 of 22 September 2024, entitled “The Pact for"
        " the Future”, including the annex thereto entitled “Global Digital Compact”,²",
        2,
        "Global Digital Compact",
    ),  # A/RES/79/325 F1
    # unchanged: a name read from before the other mark, and words after it that name nothing
    (
        "Welcoming the reports of the Secretary-General submitted pursuant to resolutions 73/263,\u00b9 74/168,\u00b2",
        2,
        "reports of the Secretary-General submitted pursuant to resolutions 74/168",
    ),  # A/RES/80/223 F22 (was the reports alone: the resolution each mark stands on tells them apart; round 4)
    (
        "recalling the reports of the Independent International Commission of Inquiry on Ukraine of 18 October"
        " 2022,\u00b9 15 March 2023,\u00b2",
        2,
        "reports of the Independent International Commission of Inquiry on Ukraine of 15 March 2023",
    ),  # A/RES/80/223 F29 (was "... of 18 October 2022, 15 March 2023", then the reports alone: its own date)
]


# A name read over the whole paragraph never runs back across the mark before it: the words after that
# mark that name something, else what that mark carries (audit7 gaU 1, 2, Debatable 2).
AFTER_A_MARK += [
    (
        "Deploring further all attacks affecting United Nations installations, including during the conflict in"
        " the Gaza Strip in July and August 2014, as reported in the summary by the Secretary-General of the"
        " report of the Board of Inquiry\u00b9 and by the independent commission of inquiry established pursuant"
        " to Human Rights Council resolution S-21/1,\u00b2 and stressing the imperative of ensuring accountability,",
        2,
        "independent commission of inquiry",
    ),  # A/RES/78/73 F13 (was "report of the Board of Inquiry and by the independent commission of inquiry established")
    (
        "Reaffirming the political declarations on HIV and AIDS adopted by the high-level meetings of the General"
        " Assembly held in 2006,\u00b9 2011,\u00b2 2016\u00b3 and 2021,\u2074 and reiterating that their full and"
        " effective implementation",
        4,
        "political declarations on HIV and AIDS",
    ),  # A/RES/78/188 F16: what mark 1 carries (the document gives "... held in 2006", was "... held in 2006,
    # 2011, 2016 and 2021"; F14, F15 the same)
    (
        "Urges States to strengthen efforts to urgently eradicate all forms of discrimination against women and"
        " girls, and calls upon all States, the United Nations system and civil society to take measures to"
        " address the obstacles that continue to affect the achievement of the goals set forth in the Beijing"
        " Platform for Action,\u00b9 as contained in paragraph 33 of the further actions and initiatives,\u00b2"
        " including reviewing remaining laws",
        2,
        "further actions and initiatives",
    ),  # A/RES/78/188 F23 (was "system and civil society", from the opening of the paragraph)
    (
        "Welcomes the adoption by the Assembly of the International Maritime Organization of resolutions on"
        " comprehensive action to address seafarers\u2019 challenges during the COVID-19 pandemic and on"
        " recommendations\u00b9 emanating from the Joint Action Group to review the impact of the COVID-19"
        " pandemic on the world\u2019s transport workers and the global supply chain;\u00b2",
        2,
        "Joint Action Group",
    ),  # A/RES/79/144 F58 (its marks as the layout places them; was "recommendations emanating from ...")
    (
        "Having considered the reports of the Secretary-General on the proposed programme budget for 2025: part"
        " II, proposed programme plan for 2025 and programme performance for 2023,\u00b9 and the letters and the"
        " annexes thereto from the Chairs of the Disarmament and International Security Committee (First"
        " Committee) dated 22 October 2024,\u00b2 the Economic and Financial Committee (Second Committee) dated"
        " 25 October 2024,\u00b3",
        3,
        "Economic and Financial Committee (Second Committee) dated 25 October 2024",
    ),  # A/RES/79/247 F5 (was the whole list from "reports of the Secretary-General")
    # unchanged: a name before the mark that the words after it only go on
    (
        "Welcoming the reports of the Secretary-General on the work of the Organization\u00b9 and on the Central"
        " Emergency Response Fund,\u00b2",
        2,
        "reports of the Secretary-General on the Central Emergency Response Fund",
    ),  # A/RES/78/119 F2 (was the report alone)
    # a date alone after the mark before names another item of what that mark carries, whose date is its own
    (
        "noting with concern the questions raised in its letters addressed to the Security Council on 7 May,\u00b9"
        " 30 May\u00b2 and 11 June 1979,\u00b3",
        2,
        "letters addressed to the Security Council on 30 May",
    ),  # S/RES/450 (1979) F24, 474 (1980) F44 (was "30 May"; a round-4 blind reader gave the letters)
    (
        "noting with concern the questions raised in its letters addressed to the Security Council on 7 May,\u00b9"
        " 30 May\u00b2 and 11 June 1979,\u00b3",
        3,
        "letters addressed to the Security Council on 11 June 1979",
    ),  # S/RES/450 (1979) F25 (was "11 June 1979")
    (
        "Noting the appeals addressed by the Secretary-General to the Governments of Greece, Turkey and Cyprus on 22"
        " November,\u00b9 24 November\u00b2 and 3 December\u00b3 and the report of the Secretary-General,",
        2,
        "appeals addressed by the Secretary-General to the Governments of Greece, Turkey and Cyprus on 24 November",
    ),  # S/RES/244 (1967) F22 (whom they were addressed to, between the name and its date; was the appeals alone)
]


AFTER_A_MARK += [
    (
        "Encourages States to consider including in their reports related to Indigenous Peoples and women"
        " information on the progress made and challenges in the implementation of Commission on the Status of"
        " Women resolutions 49/7 of 11 March 2005, entitled \u201cIndigenous women: beyond the ten-year review of the Beijing Declaration and Platform for"
        " Action\u201d,\u00b9 and 56/4 of 9 March 2012, entitled \u201cIndigenous women: key actors in poverty and"
        " hunger eradication\u201d,\u00b2 as well as",
        2,
        "56/4",
    ),  # A/RES/78/189 F37, 79/159 F42, 80/191 F43 (was the title; 80/190 F18 '56/5' the same)
]


# audit-ga16 guards (no code change): marks the sample (A_RES_79_206, 78_18, 79_105) carries right, kept right
AFTER_A_MARK += [
    (
        "Recalling the relevant parts of the special report of the Committee on Disarmament\u00b2 submitted to the"
        " General Assembly at its twelfth special session, the second special session devoted to disarmament,"
        "\u00b3 and of the special report of the Conference on Disarmament submitted to the Assembly at its"
        " fifteenth special session, the third special session devoted to disarmament,\u2074 as well as the report"
        " of the Conference on its 1992 session,\u2075",
        5,
        "report of the Conference on its 1992 session",
    ),  # A/RES/78/18 F5 (F3 and F4 read their own special reports)
    (
        "recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform\u2019s purpose"
        " and functions\u00b9 and decision 16/CP.26 of the Conference of the Parties on the continuation of the"
        " mandate of the Facilitative Working Group of the Local Communities and Indigenous Peoples Platform,"
        "\u00b2 and also recalls decision 1/CMA.3",
        2,
        "decision 16/CP.26 of the Conference of the Parties",
    ),  # A/RES/79/206 F39 (a decision with its subject, the second of two each marked)
    (
        "Welcomes the operationalization of the new funding arrangements, including the Fund, for responding to"
        " Loss and Damage referred to in decisions 1/CP.28 and 5/CMA.5,\u00b9 and the pledges of 792 million"
        " United States dollars",
        1,
        "decisions 1/CP.28 and 5/CMA.5",
    ),  # A/RES/79/206 F35 (the decisions the report symbols of the footnote print)
    (
        "Taking note also of the relevant decision of the Thirteenth Conference of Heads of State or Government of"
        " Non-Aligned Countries, held in Kuala Lumpur on 24 and 25 February 2003,\u2077 which was reiterated at"
        " the Seventeenth Conference",
        7,
        "decision of the Thirteenth Conference of Heads of State or Government of Non-Aligned Countries",
    ),  # A/RES/78/18 F7 (the place and dates of the meeting are no part of the name)
    (
        "Encouraging Member States to pursue efforts to achieve sustainable consumption and production in line"
        " with United Nations Environment Assembly resolution 5/11 of 2 March 2022,\u00b9",
        1,
        "United Nations Environment Assembly resolution 5/11",
    ),  # A/RES/79/206 F27 (the date is no part of the name)
]


# audit-ga17 guards (no code change): marks the sample (A_RES_79_263, 79_322, 78_186) carries right, kept right
AFTER_A_MARK += [
    (
        "Highlighting the synergies between the implementation of the 2030 Agenda for Sustainable Development, the"
        " Addis Ababa Action Agenda, and the Paris Agreement, the New Urban Agenda,\u2077 the Sendai Framework for"
        " Disaster Risk Reduction 2015\u2013\n2030, a \u2078 nd other relevant major intergovernmental outcomes",
        8,
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030",
    ),  # A/RES/79/263 F8 (the mark printed inside "and", the span of years broken over a line)
    (
        "and all the outcomes of the World\nSummit on the Information Society, including the Geneva Declaration of"
        " Principles, \u00b2\nthe Geneva Plan of Action,\u00b3 the Tunis Commitment\u2074 and the Tunis Agenda for"
        " the\nInformation Society,\u2075",
        4,
        "Tunis Commitment",
    ),  # A/RES/79/322 F4 (each item of the list its own mark)
    (
        "Having considered the recommendations contained in the report of the Human\nRights Council,\u00b9",
        1,
        "report of the Human Rights Council",
    ),  # A/RES/78/186 F1 (the report that contains the recommendations, not the recommendations)
]


# audit-ga18 guards (no code change): marks the sample (A_RES_78_195, 78_207, 78_267) carries right, kept right
AFTER_A_MARK += [
    (
        "Recalling also the thirtieth anniversary of the Declaration on the Protection of All Persons from Enforced"
        " Disappearance, and taking note of the related report of the Working Group on Enforced or Involuntary"
        " Disappearances, which highlights the contribution of the Declaration to the progress of international law"
        " on enforced disappearance,\u00b2",
        2,
        "report of the Working Group on Enforced or Involuntary Disappearances",
    ),  # A/RES/78/207 F2 (the relative clause after the report is no part of its name)
    (
        "Recalling that the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by,"
        " for and with Persons with Disabilities\u00b9 presents an overview",
        1,
        "2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons"
        " with Disabilities",
    ),  # A/RES/78/195 F11 (a title with a comma list inside, its year first; mark renumbered)
    (
        "Recalling also previous relevant resolutions of the Economic and Social Council, the Commission on Crime"
        " Prevention and Criminal Justice and the Conference of the Parties to the United Nations Convention against"
        " Transnational Organized Crime, in particular its resolution 10/4 of 16 October 2020, entitled"
        " \u201cCelebrating the twentieth anniversary of the adoption of the United Nations Convention against"
        " Transnational Organized Crime and promoting its effective implementation\u201d,\u00b2",
        2,
        "resolution 10/4",
    ),  # A/RES/78/267 F2 (the resolution entitled, not its title)
    (
        "11. Recognizes the importance of the Declaration on the Protection of All Persons from Enforced"
        " Disappearance\u00b3 as a body of principles for all States",
        3,
        "Declaration on the Protection of All Persons from Enforced Disappearance",
    ),  # A/RES/78/207 F13 (mark renumbered)
]


# audit-ga20 guards (no code change): marks the sample (A_RES_79_286, 79_50, 78_168) carries right, kept right
AFTER_A_MARK += [
    (
        "Decides that the two-day high-level meeting of the General Assembly on the appraisal of the United Nations"
        " Global Plan of Action to Combat Trafficking in Persons\u00b3 will be held on Monday, 24 November,",
        3,
        "United Nations Global Plan of Action to Combat Trafficking in Persons",
    ),  # A/RES/79/286 F3 (the Plan named after "the appraisal of", not the meeting)
    (
        "Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban"
        " Development (Habitat III), held in Quito from 17 to 20 October 2016,\u00b9 welcoming the convening of the"
        " second session",
        1,
        "New Urban Agenda",
    ),  # A/RES/78/168 F18 (the instrument adopted, not the conference or its dates; mark renumbered)
    (
        "Recognizing the important work done at the 2010 Review Conference of the Parties to the Treaty on the"
        " Non-Proliferation of Nuclear Weapons,\u2077 and affirming its 22-point action plan",
        7,
        "2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
    ),  # A/RES/79/50 F7 (a conference named with its year, whose Final Document the footnote cites)
    (
        "Recalling the United Nations Millennium Declaration,\u00b9 in which Heads of State and Government resolved"
        " to strive for the elimination of weapons of mass destruction,",
        1,
        "United Nations Millennium Declaration",
    ),  # A/RES/79/50 F13 (mark renumbered)
    (
        "in this regard welcomes the progress of the United Nations Secretary-General\u2019s call to protect everyone"
        " on Earth through universal coverage of early warning systems, including through the Early Warnings for All"
        " initiative;\u2074",
        4,
        "Early Warnings for All initiative",
    ),  # A/RES/78/168 F41 (the mark after a semicolon; mark renumbered)
]


# audit-ga23c guards (no code change): marks the sample (A_RES_79_258, 80_168) carries right, kept right
AFTER_A_MARK += [
    (
        "Having considered the report of the Secretary-General on the progress on the functioning and development of"
        " the Umoja system\u00b9 and the related report of the Advisory Committee on Administrative and Budgetary"
        " Questions,\u00b2",
        1,
        "report of the Secretary-General on the progress on the functioning and development of the Umoja system",
    ),  # A/RES/79/258 F1 (a report with its subject, before "and the related report")
    (
        "Having considered the report of the Secretary-General on the progress on the functioning and development of"
        " the Umoja system\u00b9 and the related report of the Advisory Committee on Administrative and Budgetary"
        " Questions,\u00b2",
        2,
        "report of the Advisory Committee on Administrative and Budgetary Questions",
    ),  # A/RES/79/258 F2
    (
        "Having considered the reports of the Secretary-General\u00b9 and the related reports of the Advisory"
        " Committee,\u00b2",
        2,
        "reports of the Advisory Committee",
    ),  # A/RES/79/258 F16 (marks renumbered)
    (
        "Recalls paragraph 10 of the report of the Advisory Committee,\u00b3 and requests the Secretary-General to"
        " improve the overall presentation",
        3,
        "report of the Advisory Committee",
    ),  # A/RES/79/258 F17 (the report, not the paragraph of it recalled; mark renumbered)
    (
        "in accordance with the United Nations legislative framework, including the Financial Regulations and Rules"
        " of the United Nations,\u2074 while maintaining full accountability",
        4,
        "Financial Regulations and Rules of the United Nations",
    ),  # A/RES/79/258 F43 (ST/SGB/2013/4; mark renumbered)
    (
        "Takes note with appreciation of the report of the Secretary-General prepared on the basis of comments and"
        " observations of Governments and relevant observers;\u00b2",
        2,
        "report of the Secretary-General",
    ),  # A/RES/80/168 F2 (the mark after a semicolon, a participle clause between)
]


# audit-ga23d guards (no code change): marks the sample (A_RES_79_129, 79_190) carries right, kept right
AFTER_A_MARK += [
    (
        "and recalling the subsequent reviews of the Strategy,\u00b2 the relevant review resolutions\u00b3 and the"
        " debates that were held on those occasions,\u2074",
        3,
        "relevant review resolutions",
    ),  # A/RES/79/129 F3 (a list of resolutions footnoted on the plural noun that names them)
    (
        "and recalling the subsequent reviews of the Strategy,\u00b2 the relevant review resolutions\u00b3 and the"
        " debates that were held on those occasions,\u2074",
        4,
        "debates that were held on those occasions",
    ),  # A/RES/79/129 F4 (meeting records footnoted on the debates)
    (
        "Having examined the report of the Secretary-General\u00b9 and the oral report of the Chair of the Working"
        " Group of the Sixth Committee on its work during the seventy-ninth session,\u00b2",
        2,
        "oral report of the Chair of the Working Group of the Sixth Committee",
    ),  # A/RES/79/129 F10 (mark renumbered)
    (
        "14. Recalls the adoption of the International Convention for the Suppression of Acts of Nuclear"
        " Terrorism,\u00b9 the Amendment to the Convention on the Physical Protection of Nuclear Material,\u00b2 the"
        " Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime"
        " Navigation\u00b3 and the Protocol of 2005 to the Protocol",
        3,
        "Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime"
        " Navigation",
    ),  # A/RES/79/129 F13 (mark renumbered)
    (
        "through the effective implementation of the United Nations Convention against Corruption in support of"
        " achieving the Sustainable Development Goals \u2078 and, where appropriate, regional programmes,",
        8,
        "Sustainable Development Goals",
    ),  # A/RES/79/190 F38 ("See resolution 70/1."; mark renumbered)
    (
        "and also requests the Secretary-General to ensure that the Mechanism for the Review of Implementation of"
        " the Convention is adequately funded, consistent with the resolution adopted by the Conference of the"
        " States Parties at its sixth session; \u2074",
        4,
        "resolution adopted by the Conference of the States Parties at its sixth session",
    ),  # A/RES/79/190 F34 (a mark after a semicolon and a space; mark renumbered)
]


# audit-ga23e guards (no code change): marks the sample (A_RES_78_222, 80_171, 80_233) carries right, kept right
AFTER_A_MARK += [
    (
        "Recalling further the Regulations and Rules Governing Programme Planning,\nthe Programme Aspects of the"
        " Budget, the Monitoring of Implementation and the\nMethods of Evaluation,\u00b9 by which the relevant"
        " programmes and subprogrammes of\nthe proposed strategic framework shall be reviewed",
        1,
        "Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of"
        " Implementation and the Methods of Evaluation",
    ),  # A/RES/80/233 F1 (a title with commas and "and" kept whole)
    (
        "Having considered the report of the Committee for Programme and\nCoordination on the work of its"
        " sixty-fifth session, \u00b2 the reports of the Secretary-\nGeneral on the proposed programme budget for"
        " 2026: part II, proposed programme\nplan for 2026 and programme performance for 2024, \u00b3 and the"
        " letters and the annexes\nthereto from the Chairs of the Disarmament and International Security"
        " Committee\n(First Committee) dated 9 October 2025,\u2074 the Economic and Financial Committee\n(Second"
        " Committee) dated 20 October 2025,\u2075",
        3,
        "reports of the Secretary-General on the proposed programme budget for 2026: part II, proposed programme"
        " plan for 2026 and programme performance for 2024",
    ),  # A/RES/80/233 F3 (the colon inside the title, the hyphen at the line end joined)
    (
        "Having considered the report of the Committee for Programme and\nCoordination on the work of its"
        " sixty-fifth session, \u00b2 the reports of the Secretary-\nGeneral on the proposed programme budget for"
        " 2026: part II, proposed programme\nplan for 2026 and programme performance for 2024, \u00b3 and the"
        " letters and the annexes\nthereto from the Chairs of the Disarmament and International Security"
        " Committee\n(First Committee) dated 9 October 2025,\u2074 the Economic and Financial Committee\n(Second"
        " Committee) dated 20 October 2025,\u2075",
        4,
        "letters and the annexes thereto from the Chairs of the Disarmament and International Security Committee"
        " (First Committee) dated 9 October 2025",
    ),  # A/RES/80/233 F4 (the letters, not the Committee that wrote them)
    (
        "and recalling the subsequent reviews of\nthe Strategy,\u00b2 the relevant review resolutions\u00b3 and"
        " the debates that were held on those\noccasions,\u2074",
        3,
        "relevant review resolutions",
    ),  # A/RES/80/171 F3
    (
        "and recalling the subsequent reviews of\nthe Strategy,\u00b2 the relevant review resolutions\u00b3 and"
        " the debates that were held on those\noccasions,\u2074",
        4,
        "debates that were held on those occasions",
    ),  # A/RES/80/171 F4 (the meeting records of the debates)
    (
        "Reaffirming, in all its aspects, the United Nations Global Counter-Terrorism\nStrategy, adopted on"
        " 8 September 2006,\u00b9 which enhances the overall framework for\nthe efforts",
        1,
        "United Nations Global Counter-Terrorism Strategy",
    ),  # A/RES/80/171 F1 (the instrument, not its date of adoption)
    (
        "14. Recalls the adoption of the International Convention for the Suppression\nof Acts of Nuclear"
        " Terrorism,\u00b9 the Amendment to the Convention on the Physical\nProtection of Nuclear Material, \u00b2"
        " the Protocol of 2005 to the Convention for the\nSuppression of Unlawful Acts against the Safety of"
        " Maritime Navigation \u00b3 and the\nProtocol of 2005 to the Protocol for the Suppression of Unlawful Acts"
        " against the\nSafety of Fixed Platforms Located on the Continental Shelf,\u2074 and urges all States",
        4,
        "Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms"
        " Located on the Continental Shelf",
    ),  # A/RES/80/171 F14 (a protocol to a protocol kept whole; marks renumbered)
    (
        "Recalling also the report of 6 April 2020 of the United Nations Board of Inquiry \u2079\ninto strikes"
        " that damaged and destroyed health-care facilities in the north-west of the\nSyrian Arab Republic,",
        9,
        "report of 6 April 2020 of the United Nations Board of Inquiry",
    ),  # A/RES/78/222 F9 (the report, dated, by its author)
]


# audit-ga23a guards (no code change): marks the sample (A_RES_80_243) carries right, kept right
AFTER_A_MARK += [
    (
        "Having considered the financial performance report on the programme budget\nfor 2024\u00b2 and the related"
        " report of the Advisory Committee,\u00b3",
        2,
        "financial performance report on the programme budget for 2024",
    ),  # A/RES/80/243 F32 (the year is the report's, the mark after it; mark renumbered)
    (
        "Recalls paragraph 116 of the Advisory Committee,\u2075 and decides to\napprove the reclassification of the"
        " post of Special Representative",
        5,
        "Advisory Committee",
    ),  # A/RES/80/243 F55 (printed without "the report of"; mark renumbered)
    (
        "Recalls article 6 of the Agreement between the United Nations and the\nGovernment of Sierra Leone on the"
        " Establishment of a Residual Special Court for\nSierra Leone,\u00b9 and reaffirms that the Residual Special"
        " Court shall have its principal\nseat in Sierra Leone",
        1,
        "Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a Residual"
        " Special Court for Sierra Leone",
    ),  # A/RES/80/243 F11 (the treaty, not the article of it; mark renumbered)
    (
        "in\naccordance with the United Nations legislative framework, including the Financial\nRegulations and Rules"
        " of the United Nations,\u00b2 while maintaining full accountability",
        2,
        "Financial Regulations and Rules of the United Nations",
    ),  # A/RES/80/243 F20 (mark renumbered)
    (
        "Having considered the report of the United Nations Joint Staff Pension Board\non the work of its eighty-first"
        " session and administrative expenses of the United\nNations Joint Staff Pension Fund,\u2075 the statement"
        " submitted by the Secretary-General\nin accordance with rule 153 of the rules of procedure of the General"
        " Assembly on\nprogramme budget implications arising from recommendations and decisions\ncontained in the"
        " report of the United Nations Joint Staff Pension Board,\u2076 the financial",
        6,
        "statement submitted by the Secretary-General",
    ),  # A/RES/80/243 F26 (the statement, not the report it is on; mark renumbered)
]


# audit-ga23h guards (no code change): marks the sample (A_RES_78_153, 80_118, 78_190) carries right, kept right
AFTER_A_MARK += [
    (
        "recalling decision 9/CP.19 of the\nConference of the Parties to the Convention,\u00b2 and further recalling"
        " the relevant role\nof the Green Climate Fund",
        2,
        "decision 9/CP.19 of the Conference of the Parties to the Convention",
    ),  # A/RES/78/153 F25 (the decision the report contains, with its body; mark renumbered)
    (
        "Recalling the provisions of Commission on Human Rights resolutions 2004/16 of\n16 April 2004 \u2074 and"
        " 2005/5 of 14 April 2005 \u2075 and relevant Human Rights Council\nresolutions",
        4,
        "Commission on Human Rights resolutions 2004/16",
    ),  # A/RES/78/190 F4 (the first of two dated resolutions, each with its own mark; not the date)
    (
        "Recalling the provisions of Commission on Human Rights resolutions 2004/16 of\n16 April 2004 \u2074 and"
        " 2005/5 of 14 April 2005 \u2075 and relevant Human Rights Council\nresolutions",
        5,
        "2005/5",
    ),  # A/RES/78/190 F5 (the second resolution, after the first one's mark)
    (
        "Taking note of the report of the High-level Panel on Digital Cooperation, entitled\n\u201cThe age of"
        " digital interdependence\u201d, submitted to the Secretary-General on 10 June\n2019, also taking note of"
        " the report of the Secretary-General entitled \u201cRoad map for\ndigital cooperation\u201d, presented on"
        " 11 June 2020,\u2075 and further taking note of the\nrecommendations",
        5,
        "report of the Secretary-General entitled \u201cRoad map for digital cooperation\u201d",
    ),  # A/RES/80/118 F15 (the second report of the paragraph, its date of presentation left out; renumbered)
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the\nWorld Summit on the"
        " Information Society at its first phase, held in Geneva from 10\nto 12 December 2003,\u2076 and endorsed by"
        " the General Assembly,\u2077 and the Tunis\nCommitment",
        6,
        "Declaration of Principles and the Plan of Action",
    ),  # A/RES/80/118 F6 (the instruments, not the Summit that adopted them)
    (
        "15. Emphasizes once more the recommendation of the Special Rapporteur that\n\u201cany commemorative"
        " celebration of the Nazi regime, its allies and related\norganizations, whether official or unofficial,"
        " should be prohibited\u201d by States,\u00b2 also\nemphasizes",
        2,
        "recommendation of the Special Rapporteur",
    ),  # A/RES/78/190 F12 (the recommendation, not the words quoted from it; mark renumbered)
]


# audit-ga23g guards (no code change): marks the sample (A_RES_79_226, 80_223, 78_155) carries right, kept right
AFTER_A_MARK += [
    (
        "Reaffirming also its resolution 75/233 of 21 December 2020 and its previous\nresolutions on the "
        "quadrennial comprehensive policy review,\u00b9 triennial comprehensive\npolicy review \u00b2 and other "
        "relevant resolutions \u00b3 on the operational activities for\ndevelopment of the United Nations "
        "system,",
        1,
        "previous resolutions on the quadrennial comprehensive policy review",
    ),  # A/RES/79/226 F11-F13 (each item of the list before its own mark)
    (
        "Reaffirming also its resolution 75/233 of 21 December 2020 and its previous\nresolutions on the "
        "quadrennial comprehensive policy review,\u00b9 triennial comprehensive\npolicy review \u00b2 and other "
        "relevant resolutions \u00b3 on the operational activities for\ndevelopment of the United Nations "
        "system,",
        2,
        "triennial comprehensive policy review",
    ),  # A/RES/79/226 F11-F13 (each item of the list before its own mark)
    (
        "Reaffirming also its resolution 75/233 of 21 December 2020 and its previous\nresolutions on the "
        "quadrennial comprehensive policy review,\u00b9 triennial comprehensive\npolicy review \u00b2 and other "
        "relevant resolutions \u00b3 on the operational activities for\ndevelopment of the United Nations "
        "system,",
        3,
        "other relevant resolutions",
    ),  # A/RES/79/226 F11-F13 (each item of the list before its own mark)
    (
        "Taking note of the reports of the Secretary-General on the implementation of\nGeneral Assembly "
        "resolution 75/233 on the quadrennial comprehensive policy review\nof operational activities for "
        "development of the United Nations system, \u00b9",
        1,
        "reports of the Secretary-General",
    ),  # A/RES/79/226 F17 (the reports, not the resolution they are about)
    (
        "62. Reiterates the call for the enhancement of accountability, transparency,\nefficiency and "
        "effectiveness in the funding of the United Nations operational activities\nfor development, and "
        "calls upon United Nations funds, programmes and specialized\nagencies to continue to publish "
        "timely, harmonized and verifiable data on funding flows,\nincluding annual data disaggregated by "
        "the level of earmarking in line with the funding\ncompact,\u00b9 as well as to continue to enhance "
        "the visibility of contributors at all levels,",
        1,
        "funding compact",
    ),  # A/RES/79/226 F31 (shortened)
    (
        "65. Welcomes the funding compact, \u00b2  noting its voluntary nature, and\nencourages all Member "
        "States and entities of the United Nations development system",
        2,
        "funding compact",
    ),  # A/RES/79/226 F32
    (
        "Recalling the decisions adopted by the Conference of the Parties to the\nConvention on "
        "Biological Diversity at its thirteenth and fourteenth meetings, on\narticle 8 (j) and related "
        "provisions,\u00b9 decision CBD/CP/MOP/VIII/19\u00b2 and decision\nCBD/NP/MOP/DEC/2/7,\u00b3 as well as of the "
        "work done by the Ad Hoc Open-ended\nInter-sessional Working Group on Article 8 (j) and related "
        "provisions,",
        1,
        "decisions adopted by the Conference of the Parties to the Convention on Biological Diversity at "
        "its thirteenth and fourteenth meetings",
    ),  # A/RES/78/155 F13-F15 (the decisions, not the article they are on; a mark glued to a symbol)
    (
        "Recalling the decisions adopted by the Conference of the Parties to the\nConvention on "
        "Biological Diversity at its thirteenth and fourteenth meetings, on\narticle 8 (j) and related "
        "provisions,\u00b9 decision CBD/CP/MOP/VIII/19\u00b2 and decision\nCBD/NP/MOP/DEC/2/7,\u00b3 as well as of the "
        "work done by the Ad Hoc Open-ended\nInter-sessional Working Group on Article 8 (j) and related "
        "provisions,",
        2,
        "decision CBD/CP/MOP/VIII/19",
    ),  # A/RES/78/155 F13-F15 (the decisions, not the article they are on; a mark glued to a symbol)
    (
        "Recalling the decisions adopted by the Conference of the Parties to the\nConvention on "
        "Biological Diversity at its thirteenth and fourteenth meetings, on\narticle 8 (j) and related "
        "provisions,\u00b9 decision CBD/CP/MOP/VIII/19\u00b2 and decision\nCBD/NP/MOP/DEC/2/7,\u00b3 as well as of the "
        "work done by the Ad Hoc Open-ended\nInter-sessional Working Group on Article 8 (j) and related "
        "provisions,",
        3,
        "decision CBD/NP/MOP/DEC/2/7",
    ),  # A/RES/78/155 F13-F15 (the decisions, not the article they are on; a mark glued to a symbol)
    (
        "Noting further the inclusion for the third consecutive year of the Russian armed\nforces and "
        "affiliated armed groups as a persistent perpetrator of grave violations\nagainst children in an "
        "annex to the annual report of the Secretary-General on children\nand armed conflict,\u00b9 "
        "specifically for the killing and maiming of children",
        1,
        "annual report of the Secretary-General",
    ),  # A/RES/80/223 F37
    (
        "Recalling that the Russian armed and security forces and affiliated armed groups\nhave been "
        "listed in the 2025 report of the Secretary-General on conflict-related sexual\nviolence\u00b2 in the "
        "appendix concerning parties on notice for potential listing in the next\nreport to the Security "
        "Council,",
        2,
        "2025 report of the Secretary-General",
    ),  # A/RES/80/223 F38
    (
        "including those on hunger strike, and\nencourages it to respect "
        "the United Nations Standard Minimum Rules for the\nTreatment of Prisoners (the Nelson Mandela "
        "Rules) \u00b3 and the United Nations Rules\nfor the Treatment of Women Prisoners and Non-custodial "
        "Measures for Women\nOffenders (the Bangkok Rules);\u2074",
        3,
        "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)",
    ),  # A/RES/80/223 F39-F40 (each name with its short title in brackets)
    (
        "including those on hunger strike, and\nencourages it to respect "
        "the United Nations Standard Minimum Rules for the\nTreatment of Prisoners (the Nelson Mandela "
        "Rules) \u00b3 and the United Nations Rules\nfor the Treatment of Women Prisoners and Non-custodial "
        "Measures for Women\nOffenders (the Bangkok Rules);\u2074",
        4,
        "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women "
        "Offenders (the Bangkok Rules)",
    ),  # A/RES/80/223 F39-F40 (each name with its short title in brackets)
]


# audit-ga23i guards (no code change): marks the sample (A_RES_80_24, 80_76, 80_192, 78_221) carries right, kept right
AFTER_A_MARK += [
    (
        "Bearing in mind paragraph 50 of the Final Document of the Tenth Special \nSession of the General Assembly,"
        " the first special session devoted to disarmament, \u00b3 \ncalling for the urgent negotiation of"
        " agreements",
        3,
        "Final Document of the Tenth Special Session of the General Assembly",
    ),  # A/RES/80/24 F3 (the document, not its apposition nor the paragraph of it)
    (
        "Recalling the advisory opinion of the International Court of Justice on the \nlegality of the threat or use"
        " of nuclear weapons, issued on 8 July 1996,\u2079 and \nwelcoming the unanimous reaffirmation",
        9,
        "advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear"
        " weapons",
    ),  # A/RES/80/24 F9 (the opinion, not the date it was issued)
    (
        "16. Calls for the immediate commencement of negotiations in the Conference \non Disarmament, on the basis"
        " of the report of the Special Coordinator \u00b2 \nand the mandate contained therein;",
        2,
        "report of the Special Coordinator",
    ),  # A/RES/80/24 F20 (mark renumbered)
    (
        "Recalling the provisions of Commission on Human Rights resolutions 2004/16 \nof 16 April 2004\u2074 and"
        " 2005/5 of 14 April 2005\u2075 and relevant Human Rights Council \nresolutions",
        4,
        "Commission on Human Rights resolutions 2004/16",
    ),  # A/RES/80/192 F4 (the resolution the footnote prints, with its body's name; not its date)
    (
        "Recalling the provisions of Commission on Human Rights resolutions 2004/16 \nof 16 April 2004\u2074 and"
        " 2005/5 of 14 April 2005\u2075 and relevant Human Rights Council \nresolutions",
        5,
        "2005/5",
    ),  # A/RES/80/192 F5 (the item between the two marks)
    (
        "and urges \nStates to fully comply with their relevant obligations, inter alia, under article 34 of"
        " \nAdditional Protocol I to the Geneva Conventions of 1949;\u00b9",
        1,
        "Additional Protocol I to the Geneva Conventions of 1949",
    ),  # A/RES/80/192 F13 (the instrument, not the article of it; mark renumbered)
    (
        "Recalling also the Geneva Conventions of 12 August 1949 \u2078 and Additional \nProtocol I thereto, of"
        " 1977,\u2079 as applicable, as well as relevant customary international \nlaw,",
        9,
        "Additional Protocol I thereto",
    ),  # A/RES/78/221 F9 (not the year of the Protocol)
    (
        "Welcoming also the reports of the Office of the United Nations High \nCommissioner for Human Rights on the"
        " situation of human rights in the temporarily \noccupied Autonomous Republic of Crimea and the city of"
        " Sevastopol, Ukraine, \nsubmitted pursuant to resolutions 71/205 \u00b9 and 72/190, \u00b2 and the reports"
        " of the \nSecretary-General submitted pursuant to resolutions 73/263, \u00b3 74/168, \u2074 75/192,\u2075",
        1,
        "reports of the Office of the United Nations High Commissioner for Human Rights on the situation"
        " of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of"
        " Sevastopol, Ukraine, submitted pursuant to resolutions 71/205",
    ),  # A/RES/78/221 F13 (the report submitted, not the resolution it answers; marks renumbered)
    (
        "Welcoming also the reports of the Office of the United Nations High \nCommissioner for Human Rights on the"
        " situation of human rights in the temporarily \noccupied Autonomous Republic of Crimea and the city of"
        " Sevastopol, Ukraine, \nsubmitted pursuant to resolutions 71/205 \u00b9 and 72/190, \u00b2 and the reports"
        " of the \nSecretary-General submitted pursuant to resolutions 73/263, \u00b3 74/168, \u2074 75/192,\u2075",
        4,
        "reports of the Secretary-General submitted pursuant to resolutions 74/168",
    ),  # A/RES/78/221 F16 (the next report of the list, after another mark; marks renumbered)
]


# audit-ga23k guards (no code change): marks the sample (A_RES_80_81, 78_177, 78_214, 78_215) carries right, kept right
AFTER_A_MARK += [
    (
        "Recalling the advisory opinion rendered on 19 July 2024 by the International \nCourt of Justice on the legal"
        " consequences arising from Israel\u2019s policies and practices \nin the Occupied Palestinian Territory,"
        " including East Jerusalem, and its reaffirmation that the Israeli settlements and the regime \nassociated"
        " with them have been established and are being maintained in violation of \ninternational law,\u00b9",
        1,
        "advisory opinion rendered on 19 July 2024 by the International Court of Justice",
    ),  # A/RES/80/81 F9 (the opinion at the head of a long paragraph, not a clause of it; shortened, mark renumbered)
    (
        "Taking note of the relevant reports of the Secretary-General, including pursuant \nto Security Council"
        " resolution 2334 (2016),\u00b9",
        1,
        "reports of the Secretary-General",
    ),  # A/RES/80/81 F16 (the reports, not the resolution they answer; mark renumbered)
    (
        "20. Calls upon the relevant United Nations bodies to take all necessary \nmeasures and actions within their"
        " mandates to ensure full respect for and compliance \nwith Human Rights Council resolution 17/4 of 16 June"
        " 2011, \u00b9 concerning the \nGuiding Principles on Business and Human Rights\u00b2 and other relevant"
        " international \nlaws and standards,",
        1,
        "Human Rights Council resolution 17/4",
    ),  # A/RES/80/81 F20 (the resolution, not its date; mark renumbered)
    (
        "20. Calls upon the relevant United Nations bodies to take all necessary \nmeasures and actions within their"
        " mandates to ensure full respect for and compliance \nwith Human Rights Council resolution 17/4 of 16 June"
        " 2011, \u00b9 concerning the \nGuiding Principles on Business and Human Rights\u00b2 and other relevant"
        " international \nlaws and standards,",
        2,
        "Guiding Principles on Business and Human Rights",
    ),  # A/RES/80/81 F21 (after the previous mark; mark renumbered)
    (
        "Recalling also the Declaration of Principles on Interim Self-Government \nArrangements of 13 September 1993"
        " \u00b9  and the subsequent implementation \nagreements between the Palestinian and Israeli sides,",
        1,
        "Declaration of Principles on Interim Self-Government Arrangements",
    ),  # A/RES/80/81 F13 (not the date it bears; mark renumbered)
    (
        "Taking note of the Quartet report of 1 July 2016, \u00b9  and stressing its \nrecommendations,",
        1,
        "Quartet report",
    ),  # A/RES/80/81 F15 (mark renumbered)
    (
        "Reaffirming the applicability of the Regulations annexed to the Hague \nConvention IV of 1907, the Geneva"
        " Convention relative to the Protection of Civilian \nPersons in Time of War, of 12 August 1949,\u00b9 and"
        " relevant provisions of customary \nlaw, including those codified in Additional Protocol I \u00b2  to the"
        " four Geneva \nConventions,\u00b3 to the Occupied Palestinian Territory,",
        2,
        "Additional Protocol I",
    ),  # A/RES/80/81 F6 (the Protocol, the mark before "to the four Geneva Conventions"; marks renumbered)
    (
        "Reaffirming the applicability of the Regulations annexed to the Hague \nConvention IV of 1907, the Geneva"
        " Convention relative to the Protection of Civilian \nPersons in Time of War, of 12 August 1949,\u00b9 and"
        " relevant provisions of customary \nlaw, including those codified in Additional Protocol I \u00b2  to the"
        " four Geneva \nConventions,\u00b3 to the Occupied Palestinian Territory,",
        3,
        "Geneva Conventions",
    ),  # A/RES/80/81 F7 (marks renumbered)
    (
        "Recalling World Health Assembly resolutions on ageing, specifically resolution \n58.16 of 25 May 2005 on"
        " strengthening active and healthy ageing, \u00b9 which stressed \nthe important role of public health"
        " policies",
        1,
        "resolution 58.16",
    ),  # A/RES/78/177 F13 (the WHA resolution whose record the footnote cites; mark renumbered)
    (
        "9. \nTakes note with appreciation of the work of the Independent Expert on the \nenjoyment of all human"
        " rights by older persons and the renewal of the mandate at the \nfifty-first session of the Human Rights"
        " Council,\u00b9 and stresses the importance of close \ncoordination",
        1,
        "renewal of the mandate at the fifty-first session of the Human Rights Council",
    ),  # A/RES/78/177 F17 (the renewal the cited report records, not the Council alone; mark renumbered)
    (
        "10. Takes note of the report of the Independent Expert issued in accordance \nwith Human Rights Council"
        " resolution 51/4,\u00b9 and encourages Member States to be \nmindful of the recommendations contained"
        " therein;",
        1,
        "report of the Independent Expert",
    ),  # A/RES/78/177 F18 (the report, not the resolution it was issued under; mark renumbered)
    (
        "65. Notes with appreciation the work of the Open-ended Working Group on \nAgeing,\u00b9 and recognizes the"
        " positive contributions of Member States,",
        1,
        "Open-ended Working Group on Ageing",
    ),  # A/RES/78/177 F21 (mark renumbered)
    (
        "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011,\u00b9 19/25 \nof 23 March 2012,\u00b2"
        " 22/31 of 22 March 2013,\u00b3 28/29 of 27 March 2015,\u2074",
        2,
        "19/25",
    ),  # A/RES/78/214 F2 (the item between two marks, not its date)
    (
        "as well as the initiative of the Office of the \nUnited Nations High Commissioner for Human Rights and its"
        " outcome document, the \nRabat Plan of Action on the prohibition of advocacy of national, racial or"
        " religious \nhatred that constitutes incitement to discrimination, hostility or violence, adopted in"
        " \nRabat on 5 October 2012,\u00b9",
        1,
        "Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes"
        " incitement to discrimination, hostility or violence",
    ),  # A/RES/78/214 F14 (the outcome document by its name, not where and when adopted; mark renumbered)
    (
        "Reaffirming the Universal Declaration of Human Rights,\u00b9 and recalling relevant \ninternational human"
        " rights treaties, including the International Covenant on Civil and \nPolitical Rights\u00b2 and the"
        " International Convention for the Protection of All Persons \nfrom Enforced Disappearance, \u00b3 as well as"
        " the Geneva Conventions of 12 August \n1949\u2074 and the Additional Protocols thereto,\u2075",
        5,
        "Additional Protocols thereto",
    ),  # A/RES/78/215 F5
    (
        "Recalling all other relevant reports of the Secretary-General, the Office of the \nUnited Nations High"
        " Commissioner for Human Rights and special procedures of the \nHuman Rights Council on the safety of"
        " journalists, as well as the most recent reports \nof the Secretary-General on women and peace and"
        " security\u00b9 and on conflict-related \nsexual violence,\u00b2",
        1,
        "most recent reports of the Secretary-General",
    ),  # A/RES/78/215 F18 (marks renumbered)
]


@pytest.mark.parametrize(("body", "number", "anchor"), AFTER_A_MARK)
def test_a_name_stops_at_the_mark_before_it(body: str, number: int, anchor: str) -> None:
    sup = dict(enumerate("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", start=1))
    notes = {mark: f"Source {n}." for n, mark in sup.items() if mark in body}
    assert footnote_anchors(body, notes)[number] == anchor


# A footnote that cites a document by its symbol, on a description headed by a document of the
# Secretary-General, anchors that document, not a proper name the description ends with.
# (body text ending at the mark, footnote text, the anchor the layout gives)
SECRETARY_GENERAL = [
    (
        "Having considered the eleventh annual progress report of the Secretary-General on the strategic"
        " heritage plan of the United Nations Office at Geneva,",
        "A/79/352.",
        "report of the Secretary-General",
    ),  # A/RES/79/258 F52 (was "United Nations Office at Geneva")
    (
        "Having considered the statement submitted by the Secretary-General in accordance with rule 153 of the"
        " rules of procedure of the General Assembly",
        "A/C.5/79/5.",
        "statement submitted by the Secretary-General",
    ),  # A/RES/79/258 F39 (was "General Assembly")
    (
        "and also takes note of the note by the Secretary-General transmitting the report of the Food and Agriculture"
        " Organization of the United Nations and the International Fund for Agricultural Development on the"
        " implementation of the United Nations Decade of Family Farming (2019\u20132028);",
        "A/78/233.",
        "note by the Secretary-General transmitting the report of the Food and Agriculture Organization of the United"
        " Nations and the International Fund for Agricultural Development on the implementation of the United Nations"
        " Decade of Family Farming (2019\u20132028)",
    ),  # A/RES/79/227 F40, 78/168 F40, 80/157 F38 (was "United Nations Decade of Family Farming (2019–2028)";
    # audit8 gaB 7): the note and the report it transmits are one document, which holds both names
    (
        "Taking note of the note by the Secretary-General transmitting the report of the Joint Inspection Unit on"
        " the review of the internal pre-tribunal-stage appeal mechanisms,",
        "A/79/301.",
        "note by the Secretary-General transmitting the report of the Joint Inspection Unit on the review of the"
        " internal pre-tribunal-stage appeal mechanisms",
    ),  # A/RES/79/254 F6 prints "drawing attention to" (was "report of the Joint Inspection Unit on ...")
    # unchanged: a title names the document; a treaty footnote; another document after the head
    (
        "Taking note of the report of the Secretary-General entitled \u201cOur Common Agenda\u201d,",
        "A/75/982.",
        "Our Common Agenda",
    ),  # A/RES/78/79 F1
    (
        "Welcoming the report of the Secretary-General on the status of the Convention on the Rights of the Child,",
        "United Nations, Treaty Series, vol. 1577, No. 27531.",
        "Convention on the Rights of the Child",
    ),
    (
        "Having considered the note by the Secretary-General transmitting the fifth report of the Board of Auditors"
        " on the strategic heritage plan and the related report of the Advisory Committee,",
        "A/79/7/Add.12.",
        "report of the Advisory Committee",
    ),  # A/RES/79/258 F54, as if the mark of the note (F53) were not there: the report is an item of its own
]


@pytest.mark.parametrize(("body", "footnote", "anchor"), SECRETARY_GENERAL)
def test_a_document_of_the_secretary_general(body: str, footnote: str, anchor: str) -> None:
    assert footnote_anchors(body + "\u00b9", {"\u00b9": footnote})[1] == anchor


# A name that an earlier footnote, citing something else, anchors already, at the end of the subject of a document of
# the Secretary-General: the later mark sources that document. (body with marks ¹ and ², footnotes, anchor of ²)
_A_WORLD_FIT = (
    "the outcome document of the twenty-seventh special session of the General Assembly on children, entitled"
    " \u201cA world fit for children\u201d,"
)
SECRETARY_GENERAL_AFTER_NAMED = [
    (
        f"Reaffirming {_A_WORLD_FIT}\u00b9 Taking note further of the reports of the Secretary-General on progress made"
        f" towards achieving the commitments set out in {_A_WORLD_FIT}\u00b2",
        {"\u00b9": "Resolution S-27/2, annex.", "\u00b2": "A/79/274-E/2025/3."},
        "reports of the Secretary-General",
    ),  # A/RES/80/190 F33 (F23 cites S-27/2; was the outcome document)
    # unchanged: the later footnote cites what the earlier one does
    (
        f"Reaffirming {_A_WORLD_FIT}\u00b9 Taking note further of the reports of the Secretary-General on progress made"
        f" towards achieving the commitments set out in {_A_WORLD_FIT}\u00b2",
        {"\u00b9": "Resolution S-27/2, annex.", "\u00b2": "Resolution S-27/2, annex."},
        _A_WORLD_FIT[4:-1],
    ),
]


@pytest.mark.parametrize(("body", "notes", "anchor"), SECRETARY_GENERAL_AFTER_NAMED)
def test_a_document_of_the_secretary_general_after_a_name_sourced_before(
    body: str, notes: dict[str, str], anchor: str
) -> None:
    assert footnote_anchors(body, notes)[2] == anchor


# A footnote into the Official Records chapter that prints a body's resolutions anchors the numbered
# resolution the mark follows, not the name a qualifier before it steps back to; a footnote that cites the
# document by its symbol keeps that name. (body text with marks, footnote number, footnotes, anchor)
PRINTED_RESOLUTIONS = [
    (
        "Welcomes the latest report of the United Nations High Commissioner for Human Rights\u00b9 on steps taken"
        " pursuant to Human Rights Council resolutions 34/24 of 24 March 2017,\u00b2 40/20 of 22 March 2019\u00b3"
        " and 46/17 of 23 March 2021,\u2074",
        {
            "\u00b9": "A/HRC/58/61.",
            "\u00b2": "See Official Records of the General Assembly, Seventy-second Session, Supplement No. 53"
            " (A/72/53), chap. IV, sect. A.",
            "\u00b3": "Ibid., Seventy-fourth Session, Supplement No. 53 (A/74/53), chap. IV, sect. A.",
            "\u2074": "Ibid., Seventy-sixth Session, Supplement No. 53 (A/76/53), chap. V, sect. A.",
        },
        {
            1: "latest report of the United Nations High Commissioner for Human Rights",
            2: "Human Rights Council resolutions 34/24",
            3: "40/20",
            4: "46/17",
        },
    ),  # A/RES/80/220 F29-F32 (F30-F32 were the report, F29's document)
    (
        "according to the commission of inquiry on human rights in the Democratic People\u2019s Republic of Korea,"
        " established by the Human Rights Council in its resolution 22/13 of 21 March 2013,\u00b9 and those"
        " identified by the group of independent experts on accountability,\u00b2 established pursuant to Council"
        " resolution 31/18 of 23 March 2016,\u00b3",
        {
            "\u00b9": "See Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53"
            " (A/68/53), chap. IV, sect. A.",
            "\u00b2": "See A/HRC/34/66/Add.1.",
            "\u00b3": "See Official Records of the General Assembly, Seventy-first Session, Supplement No. 53"
            " (A/71/53), chap. IV, sect. A.",
        },
        {1: "resolution 22/13", 3: "Council resolution 31/18"},
    ),  # A/RES/80/220 F15, F17 (were "Democratic People’s Republic of Korea")
    # unchanged: the footnote cites the report by its symbol
    (
        "Welcomes the comprehensive report of the Secretary-General on the situation of human rights in the"
        " Democratic People\u2019s Republic of Korea submitted in accordance with resolution 79/181,\u00b9",
        {"\u00b9": "A/80/312."},
        {1: "report of the Secretary-General"},
    ),  # A/RES/80/220 F5
    (
        "Taking note of the report of the Human Rights Council submitted pursuant to resolution 60/251,\u00b9",
        {
            "\u00b9": "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53)."
        },
        {1: "report of the Human Rights Council"},
    ),  # the whole report, no chapter
]


@pytest.mark.parametrize(("body", "notes", "anchors"), PRINTED_RESOLUTIONS)
def test_a_resolution_printed_in_official_records(
    body: str, notes: dict[str, str], anchors: dict[int, str]
) -> None:
    got = footnote_anchors(body, notes)
    assert {n: got[n] for n in anchors} == anchors


# Round 4c: where the words at the mark are plain words, no capitalised name far back carries it.
# (text before the mark, the anchor the layout gives it)

# A participle before "pursuant to" opens the qualifier that is cut off: it ends no name, and nothing is read past it.
PURSUANT_PARTICIPLES = [
    (
        "Recalling the report of the independent international commission of inquiry established pursuant to Human"
        " Rights Council resolution S-28/1,",
        "report of the independent international commission of inquiry",
    ),  # A/RES/78/76 F8, 80/80 F8 (was "... commission of inquiry established")
    (
        "the commission of inquiry established pursuant to resolution 21/1,",
        "commission of inquiry",
    ),  # was "1", the resolution's number read past a head that ends in a verb
    (
        "3. Takes note of the report of the Special Rapporteur on contemporary forms of racism, racial discrimination,"
        " xenophobia and related intolerance, prepared in accordance with the request contained in its resolution"
        " 79/160;",
        "report of the Special Rapporteur",
    ),  # A/RES/80/192, 78/190, 79/160 F11: the report's symbol (was "resolution 79/160")
    # unchanged: a participle that opens the qualifier itself
    (
        "Takes note of the report of the Secretary-General prepared pursuant to resolution 74/177;",
        "report of the Secretary-General",
    ),  # gold 002 F35
]

# A body's decision, call, concern or recommendation whose content, in plain words, runs from the body's name to the
# mark carries it: the footnote cites the body's report or record, not what the content ends in.
ACTS_OF_BODIES = [
    (
        "Mindful of the decision of the Special Committee in which it expressed its readiness to engage, as appropriate,"
        " in the implementation of any decisions that might be taken at the high-level plenary meeting of the sixtieth"
        " session of the General Assembly in September 2005 that concerned the Charter and any amendments thereto,",
        "decision of the Special Committee",
    ),  # A/RES/80/166 F5, 78/111 F5, 79/125 F5: A/60/33 (was "it expressed its readiness")
    (
        "Cognizant of the discussions on developments in science and technology at the International Atomic Energy"
        " Agency and the Organisation for the Prohibition of Chemical Weapons and the decision of the Ninth Review"
        " Conference of the States Parties to the Convention on the Prohibition of the Development, Production and"
        " Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction to develop with a view"
        " to establishing a mechanism to review and assess scientific and technological developments relevant to the"
        " Convention  and to provide States parties with relevant advice,",
        "decision of the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the"
        " Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their"
        " Destruction",
    ),  # A/RES/79/23 F2: BWC/CONF.IX/9 (was "Cognizant of the discussions")
    (
        "Welcoming in this regard the decision of the Commission on the Status of Women to encourage the secretariat to"
        " continue its consideration of how to enhance the participation, including at the sixty-fourth session of the"
        " Commission, of national human rights institutions that are fully compliant with the Paris Principles, where"
        " they exist, in compliance with the rules of procedure of the Economic and Social Council,",
        "decision of the Commission on the Status of Women",
    ),  # A/RES/78/204 F13: E/2019/27 (was "rules of procedure of the Economic and Social Council")
    (
        "27. Affirms its deep commitment to the duty of remembrance, and welcomes the call of the Special Rapporteur for"
        " the active preservation of those Holocaust sites that served as Nazi death camps, concentration and forced"
        " labour camps and prisons, as well as his encouragement to States to take measures, including legislative, law"
        " enforcement and educational measures, to put an end to all forms of Holocaust denial;",
        "call of the Special Rapporteur",
    ),  # A/RES/80/192 F15, 78/190, 79/160 F15: A/72/291 (was "States")
    (
        "39. Recalls the concern of the Special Rapporteur regarding the resurgence of neo-Nazism in contemporary times"
        " and growing support for and acceptance of neo-Nazism and related ideology in an increasing number of"
        " countries;",
        "concern of the Special Rapporteur",
    ),  # A/RES/80/192 F18, 78/190, 79/160 F18: A/HRC/38/53 (was "times and growing support")
    (
        "40. Notes with appreciation, in this regard, the call of the Special Rapporteur upon political leaders and"
        " parties to strongly condemn incitement to racial discrimination or xenophobia, to promote tolerance and"
        " respect and to refrain from forming coalitions with extremist parties of a racist or xenophobic character;",
        "call of the Special Rapporteur",
    ),  # A/RES/80/192 F19, 78/190, 79/160 F19: A/72/291 (was "political leaders and parties")
    (
        "51. Emphasizes the recommendation of the Special Rapporteur presented at the sixty-fourth session of the"
        " General Assembly, in which he emphasized the importance of history classes in teaching the dramatic events"
        " and human suffering which arose out of the adoption of ideologies such as Nazism and Fascism;",
        "recommendation of the Special Rapporteur",
    ),  # A/RES/80/192 F22, 78/190, 79/160 F22: A/64/295 (was "Nazism and Fascism")
    (
        "Reaffirms its support for the New Partnership for Africa\u2019s Development, in conformity with the decision of"
        " the Assembly of Heads of State and Government of the African Union to rename the African Union Development"
        " Agency as the African Union Development Agency-New Partnership for Africa\u2019s Development,",
        "decision of the Assembly of Heads of State and Government of the African Union",
    ),  # A/RES/78/262, 79/263 F12: Ext/Assembly/AU/Dec.1(XI) (was the Agency's new name)
    (
        "47. Endorses the decision of the Committee to grant permanent observer status to the African Space Agency;",
        "decision of the Committee",
    ),  # A/RES/80/76 F34: A/80/20, paras. 308 and 309 (was "African Space Agency")
    # unchanged: a numbered resolution or an instrument the content names is what the footnote sources
    (
        "217. Also welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental"
        " negotiating committee to develop an international legally binding instrument on plastic pollution, including"
        " in the marine environment, based on a comprehensive approach and with the ambition of completing its work by"
        " the end of 2024 in line with the mandate of United Nations Environment Assembly resolution 5/14,",
        "United Nations Environment Assembly resolution 5/14",
    ),  # A/RES/79/144 F118, 80/110 F120: UNEP/EA.5/Res.14
    (
        "Recalling the decision of the General Assembly in its resolution 65/196 of 21 December 2010 to proclaim,"
        " pursuant to the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010,",
        "resolution 14/7",
    ),  # A/RES/78/207 F9: A/65/53 (the body that acted "in its" resolution is dropped: audit13 re10)
    # unchanged: a new item after the act's content
    (
        "Noting the replies of the three Governments concerned to the appeal of the Secretary-General of 3 December in"
        " which the Secretary-General proffered his good offices, and their replies",
        "their replies",
    ),  # S/RES/244 (1967) F26: S/8248/Add.6
    # unchanged: no content after the body's name
    (
        "Recalling the decision of the Commission on Narcotic Drugs,",
        "decision of the Commission on Narcotic Drugs",
    ),
]

# "its <noun>" after a preposition at the mark carries it when the name read there is far back and names no document.
POSSESSED = [
    (
        "79. Recognizes that adequate and timely resources are essential for the Office of the High Commissioner to"
        " continue to fulfil the mandate conferred upon it through its statute",
        "its statute",
    ),  # A/RES/78/184 F11: resolution 428 (V), annex (was "Office of the High Commissioner")
    # unchanged: a name at the mark, or a document named further back
    (
        "Recalling the Convention on Biological Diversity and its Protocols",
        "Convention on Biological Diversity and its Protocols",
    ),
    (
        "Takes note of the report of the Working Group on Space and Global Health on the work conducted under its"
        " multi-year workplan,",
        "report of the Working Group on Space and Global Health on the work conducted under its multi-year workplan",
    ),  # A/RES/78/72 F16
]

#: Each rule's table of round 4c: (text before the mark, the anchor the layout gives).
RULES_4C = {
    "possessed": POSSESSED,
    "pursuant-participles": PURSUANT_PARTICIPLES,
    "acts-of-bodies": ACTS_OF_BODIES,
}


@pytest.mark.parametrize(
    ("head", "anchor"),
    [
        pytest.param(h, want, id=f"{rule}-{i}")
        for rule, cases in RULES_4C.items()
        for i, (h, want) in enumerate(cases)
    ],
)
def test_anchor_rules_4c(head: str, anchor: str) -> None:
    assert (_anchor(head) or layout._quoted_before(head, len(head))) == anchor


# A second subject of a report after another mark ("reports of X on A¹⁰ and on B¹¹", or ", on B" in a list of three):
# the second mark carries the
# report on its own subject, as if the report's noun were printed again ("reports of X on B"; blind readers of round 2
# gave B, earlier audits the report: both are in it). (text with marks as superscripts, footnote number, the anchor
# the layout gives it)
SECOND_SUBJECTS = [
    (
        "Welcoming the reports of the United Nations High Commissioner for Human Rights on human rights violations and"
        " denial of humanitarian access,\u00b9 on pathways to fulfil the aspirations of the people of Myanmar,\u00b2 and on"
        " the root causes of the human rights violations,\u00b3",
        2,
        "reports of the United Nations High Commissioner for Human Rights on pathways to fulfil the aspirations of the"
        " people of Myanmar",
    ),  # A/RES/80/221 F26 (was the reports alone; a round-6 blind reader gave the subject)
    (
        "Taking note with appreciation of the reports of the Secretary-General on national institutions for the"
        " promotion and protection of human rights\u00b9 and on the activities of the Global Alliance of National Human"
        " Rights Institutions in accrediting national institutions in compliance with the principles relating to the"
        " status of institutions for the promotion and protection of human rights (Paris Principles),\u00b2",
        2,
        "reports of the Secretary-General on the activities of the Global Alliance of National Human"
        " Rights Institutions in accrediting national institutions in compliance with the principles"
        " relating to the status of institutions for the promotion and protection of human rights (Paris"
        " Principles)",
    ),  # A/RES/78/204 F11: A/HRC/51/52 (was "(Paris Principles)")
    (
        "Taking note further of the reports of the Secretary-General on progress made towards achieving the"
        " commitments set out in the outcome document of the twenty-seventh special session of the General Assembly on"
        " children, entitled \u201cA world fit for children\u201d,\u00b3 and on the status of the Convention on the Rights"
        " of the Child and the issues addressed in resolution 78/187,\u2074",
        4,
        "reports of the Secretary-General on the status of the Convention on the Rights of the Child and"
        " the issues addressed in resolution 78/187",
    ),  # A/RES/80/190 F34: A/80/296 (was "resolution 78/187"); 78/187 F35 the same
    (
        "Having considered the reports of the Secretary-General on the budget performance of the support account for"
        " peacekeeping operations for the period from 1 July 2022 to 30 June 2023\u00b9 and on the budget for the support"
        " account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025,\u00b2",
        2,
        "reports of the Secretary-General on the budget for the support account for peacekeeping"
        " operations for the period from 1 July 2024 to 30 June 2025",
    ),  # A/RES/78/293 F2, 79/298 F2 (was "support account", then the report alone)
    # unchanged: "and on" after a mark that no report's subject ran to
    (
        "Recalling the Convention on the Rights of the Child\u00b9 and on the Optional Protocols thereto,\u00b2",
        2,
        "Optional Protocols thereto",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), SECOND_SUBJECTS)
def test_a_second_subject_of_a_report(body: str, number: int, anchor: str) -> None:
    sup = dict(enumerate("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", start=1))
    notes = {mark: f"Source {n}." for n, mark in sup.items() if mark in body}
    assert footnote_anchors(body, notes)[number] == anchor


# Round 5a: earlier, unnumbered resolutions after "and" at the mark are an item of their own, even after a
# numbered resolution whose subject is in plain words (text before the mark, the anchor read there).
EARLIER_RESOLUTIONS = [
    (
        "Taking note of Economic and Social Council resolution 2025/19 of 29 July 2025 on science, technology and"
        " innovation for development and previous Council resolutions on the issue,",
        "previous Council resolutions on the issue",
    ),  # A/RES/80/147 F6, 78/160 F4 (was "Economic and Social Council resolution 2025/19")
    (
        "Recalling its resolution 78/160 of 19 December 2023 on trade and development and previous resolutions on the"
        " issue,",
        "previous resolutions on the issue",
    ),  # gaD probe (was "resolution 78/160")
    (
        "Reaffirming also its resolution 75/233 of 21 December 2020 and its previous resolutions on the quadrennial"
        " comprehensive policy review,",
        "its previous resolutions on the quadrennial comprehensive policy review",
    ),  # A/RES/79/226 F11 (was "quadrennial comprehensive policy review")
    # unchanged: no earlier resolutions named
    (
        "Recalling its resolution 76/213 of 17 December 2021 on science, technology and innovation for development,",
        "resolution 76/213",
    ),
    (
        "Recalling Economic and Social Council resolutions 2022/25 of 22 July 2022, 2023/31 of 26 July 2023 and"
        " 2024/19 of 23 July 2024, and previous resolutions",
        "previous resolutions",
    ),  # A/RES/79/226 F14
]


@pytest.mark.parametrize(("head", "anchor"), EARLIER_RESOLUTIONS)
def test_earlier_resolutions_after_and(head: str, anchor: str) -> None:
    assert _anchor(head) == anchor


# audit-ga10: such an item of resolutions and decisions both, whose subject after "relating to" is a list of its own
# (commas and "and", no capital), carries the mark whole; it was read from far back, over the clause before ", and"
# ("conservation and sustainable use of marine biological diversity ..., with a view to developing the instrument as
# soon as possible, and relevant resolutions ..."), which the gold's name is not in (SCHEMA.md: the name as printed)
_BBNJ_HEAD = (
    "Recalling its resolution 72/249 of 24 December 2017, in which it decided to convene an intergovernmental"
    " conference, under the auspices of the United Nations, to consider the recommendations of the Preparatory"
    " Committee established by resolution 69/292 of 19 June 2015 on the elements and to elaborate the text of an"
    " international legally binding instrument under the United Nations Convention on the Law of the Sea\u00b9 on the"
    " conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction, with a"
    " view to developing the instrument as soon as possible, and "
)
EARLIER_RESOLUTIONS_RELATING = [
    (
        _BBNJ_HEAD
        + "relevant resolutions and decisions relating to the convening of the fourth and fifth sessions of"
        " the conference, the resumed fifth session of the conference and the further resumed fifth session of the"
        " conference,\u00b2",
        "relevant resolutions and decisions relating to the convening of the fourth and fifth sessions of the"
        " conference, the resumed fifth session of the conference and the further resumed fifth session of the"
        " conference",
    ),  # A/RES/78/272 F2
    (
        _BBNJ_HEAD + "other relevant resolutions and decisions relating to the convening of sessions of the"
        " conference,\u00b2",
        "other relevant resolutions and decisions relating to the convening of sessions of the conference",
    ),  # A/RES/79/271 F2
]


@pytest.mark.parametrize(("body", "anchor"), EARLIER_RESOLUTIONS_RELATING)
def test_earlier_resolutions_relating_to_a_list(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[2] == anchor


@pytest.mark.parametrize(
    "head",
    [
        # a capital in the subject opens another item: the pattern does not read past it
        "as soon as possible, and relevant resolutions relating to the convening of the conference and the Paris"
        " Agreement",
        # no "relating to" (a plain list after the noun is left to the other readings)
        "as soon as possible, and relevant resolutions and decisions of the fourth and fifth sessions",
        # no earlier resolutions ("the resolutions", not "relevant/previous/other resolutions")
        "as soon as possible, and the resolutions relating to the convening of the conference",
    ],
)
def test_earlier_resolutions_relating_needs_its_shape(head: str) -> None:
    assert a._EARLIER_RESOLUTIONS_RELATING.search(head) is None


# audit18 round 4: "its resolutions" and a participle clause of what they say, up to the mark, carry the mark; the
# plain words at the mark name nothing (text with marks as superscripts, footnote number, the anchor).
ITS_RESOLUTIONS_SAYING = [
    (
        "Recalls its resolutions affirming the importance of high-quality, user-friendly and cost-effective United"
        " Nations websites and the need for their multilingual development, maintenance and enrichment,\u00b9"
        " commends the fact that the website of the Commission has been migrated to a mobile device-friendly"
        " platform, and welcomes the continuous efforts of the Commission to maintain and improve its website in"
        " accordance with the applicable guidelines.\u00b2",
        {1: "resolutions", 2: "applicable guidelines"},
    ),  # A/RES/79/117 F28, F29 (78/103 F26, 80/161 F34; F28 was "websites and the need")
    # unchanged: each mark carries its place, a name
    (
        "Recalling its resolutions declaring zones of peace in Central Asia,\u00b9 the South Atlantic\u00b2 and the"
        " Indian Ocean,\u00b3",
        {1: "Central Asia", 2: "South Atlantic", 3: "Indian Ocean"},
    ),  # A/RES/78/266 F3-F5
    (
        "Recalling its resolution 77/167 of 14 December 2022 and its previous resolutions relating to the Convention"
        " on Biological Diversity,\u00b9",
        {1: "Convention on Biological Diversity"},
    ),  # A/RES/78/155 F1
]


# Round 7: unnumbered resolutions on a plain subject, then ", including" and plain words to the mark: the resolutions
# and their subject carry the mark (text with marks as superscripts, footnote number, the anchor the layout gives it).
RESOLUTIONS_ON_INCLUDING = [
    (
        "Recalling relevant resolutions on the prevention of the acquisition of weapons by terrorists, including"
        " improvised explosive device components, and their transfer to and between terrorists, associated groups and"
        " other illegal armed groups and criminals,\u00b9",
        {1: "relevant resolutions on the prevention of the acquisition of weapons by terrorists"},
    ),  # A/RES/79/53 F5 (was "weapons by terrorists")
    (
        "Recalling also relevant resolutions on improvised explosive device threat mitigation, including those"
        " addressing the indiscriminate use of improvised explosive devices and the impact on civilian populations,"
        " peacekeeping operations, special political missions and humanitarian responses,\u00b9",
        {1: "relevant resolutions on improvised explosive device threat mitigation"},
    ),  # A/RES/79/53 F6 (was "relevant resolutions")
    # unchanged: a name after "including" is read as before
    (
        "Recalling its resolutions on climate, including the Paris Agreement,\u00b9",
        {1: "Paris Agreement"},
    ),
    (
        "Recalling its resolution 76/213 of 17 December 2021 on science, technology and innovation for development"
        " and its previous resolutions on the issue,\u00b9",
        {1: "previous resolutions on the issue"},
    ),  # A/RES/78/160 F3
]


@pytest.mark.parametrize(("body", "anchors"), ITS_RESOLUTIONS_SAYING + RESOLUTIONS_ON_INCLUDING)
def test_unnumbered_resolutions_and_what_they_say_or_are_on(body: str, anchors: dict[int, str]) -> None:
    """Both tables above: "its resolutions <participle> ..." and "resolutions on <subject>, including ..."."""
    sup = dict(enumerate("\u00b9\u00b2\u00b3", start=1))
    notes = {mark: f"Resolution {n}/1." for n, mark in sup.items() if mark in body}
    got = footnote_anchors(body, notes)
    assert {n: got[n] for n in anchors} == anchors


# Round 5a: each mark of a series of ordinals carries the words before the series, its own ordinal and the noun the
# series shares, as printed (text with marks as superscripts, footnote number, the anchor the layout gives it).
ORDINAL_SERIES = [
    (
        "Noting the recommendations contained in the outcome of its first,\u00b9 second\u00b2 and third\u00b3 universal"
        " periodic reviews and to give consideration to them,",
        {
            1: "outcome of its first universal periodic reviews",
            2: "outcome of its second universal periodic reviews",
            3: "outcome of its third universal periodic reviews",
        },
    ),  # A/RES/79/181 F23-F25, 78/218 F20-F22 (were all "outcome of its first")
    (
        "Recalling the outcome document of the twenty-third special session of the General Assembly, the declarations"
        " adopted by the Commission of the Status of Women on the occasions of the tenth,\u00b9 fifteenth,\u00b2"
        " twentieth\u00b3 and twenty-fifth\u2074 anniversaries of the Fourth World Conference on Women,",
        {
            1: "declarations adopted by the Commission of the Status of Women on the occasions of the tenth anniversaries",
            4: "declarations adopted by the Commission of the Status of Women on the occasions of the twenty-fifth"
            " anniversaries",
        },
    ),  # A/RES/79/223 F20-F23 (were the outcome document ... "the tenth"): the item starts after ", the"
    (
        "as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and"
        " Telecommunications in the Context of International Security, and the first\u00b9 and second\u00b2 annual"
        " progress reports of the open-ended working group,",
        {1: "first annual progress reports", 2: "second annual progress reports"},
    ),  # A/RES/78/16 F1, F2 (were the recommendations ... "and the first")
    # unchanged: no ordinal in what the mark before carries; an ordinal alone before a name
    (
        "Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council"
        " at its fiftieth\u00b9 and fifty-third\u00b2 sessions,",
        {2: "reports of the Special Rapporteur on the human rights of migrants"},
    ),  # A/RES/78/180 F34
    (
        "Welcoming the second High-level United Nations Conference on South-South Cooperation,\u00b9",
        {1: "High-level United Nations Conference on South-South Cooperation"},
    ),
]


@pytest.mark.parametrize(("body", "anchors"), ORDINAL_SERIES)
def test_each_ordinal_of_a_series(body: str, anchors: dict[int, str]) -> None:
    sup = dict(enumerate("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", start=1))
    notes = {mark: f"Source {n}." for n, mark in sup.items() if mark in body}
    got = footnote_anchors(body, notes)
    assert {n: got[n] for n in anchors} == anchors


# Round 5a: a relative clause after a numbered resolution that runs to the mark and names no document or instrument
# leaves the mark to the resolution (text before the mark, the anchor read there).
RESOLUTION_CLAUSES = [
    (
        "and Human Rights Council resolution 52/27 of 4 April 2023, in which the Council renewed the mandate of the"
        " Special Rapporteur on the situation of human rights in the Islamic Republic of Iran,",
        "Human Rights Council resolution 52/27",
    ),  # A/RES/78/220 F4 (was "Islamic Republic of Iran")
    (
        "Recalling Human Rights Council resolution 52/27 of 4 April 2023, in which it renewed the mandate of the Special"
        " Rapporteur,",
        "Human Rights Council resolution 52/27",
    ),  # gaE probe (was "Special Rapporteur")
    # unchanged: the clause names a document or an instrument, which the footnote sources
    (
        "Reaffirming the importance of its resolution 44/25 of 20 November 1989, by which it adopted the Convention on"
        " the Rights of the Child,",
        "Convention on the Rights of the Child",
    ),  # A/RES/78/187 F1
    (
        "Reaffirming its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of"
        " the second High-level United Nations Conference on South-South Cooperation,",
        "Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation",
    ),  # A/RES/80/147 F13, 78/160 F11 (audit-ga23j: was the Conference alone, the outcome document's ordinal and
    # place name cut off)
    (
        "Recalling also its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel of"
        " Governmental Experts on verification in all its aspects,",
        "report of the Panel of Governmental Experts on verification in all its aspects",
    ),  # A/RES/80/53 F2 style
]


@pytest.mark.parametrize(("head", "anchor"), RESOLUTION_CLAUSES)
def test_a_resolution_before_a_clause(head: str, anchor: str) -> None:
    assert _anchor(head) == anchor


# Round 5a: a name and "and its <plain words>" right after it are read as one (text before the mark, the anchor).
NAME_AND_ITS = [
    (
        "Recalling the Sendai Framework for Disaster Risk Reduction 2015\u20132030 and its guiding principles,",
        "Sendai Framework for Disaster Risk Reduction 2015\u20132030 and its guiding principles",
    ),  # A/RES/79/227 F20, 78/168 F31, 80/157 F23 (was "its guiding principles")
    (
        "Recalling the World Summit on the Information Society and its outcomes,",
        "World Summit on the Information Society and its outcomes",
    ),  # A/RES/80/147 F7, 78/160 F5, 78/177 F16 (was "Society and its outcomes")
    (
        "Welcoming the Summit of the Future and the adoption of the Pact for the Future and its annexes,",
        "Pact for the Future and its annexes",
    ),  # A/RES/80/5 F5 style (was "Future and its annexes")
    (
        "Recognizing the \u201cSpace2030\u201d Agenda: space as a driver of sustainable development and its"
        " implementation plan",
        "\u201cSpace2030\u201d Agenda: space as a driver of sustainable development and its implementation plan",
    ),  # A/RES/79/87 F5, 78/72 F5, 80/76 F5: resolution 76/3 (was "its implementation plan"; a title's plain subtitle)
    # unchanged: after a comma, a plain word or with a document noun, "and its" opens an item of its own; a clause
    (
        "Welcoming also the second High-level United Nations Conference on South- South Cooperation, held in Buenos"
        " Aires from 20 to 22 March 2019, and its outcome document, ",
        "its outcome document",
    ),  # A/RES/79/227 F18
    (
        "Recalling the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous"
        " Peoples and its outcome document, ",
        "outcome document",
    ),  # A/RES/78/203 F10: resolution 69/2 is the outcome document
    (
        "Recalling its resolutions 74/176 of 18 December 2019 on improving the coordination of efforts against"
        " trafficking in persons and its other relevant resolutions on trafficking in persons, ",
        "its other relevant resolutions on trafficking in persons",
    ),  # A/RES/80/228 F10
    (
        "Notes with satisfaction that, at its sixty-fourth session, the Legal Subcommittee and its working groups"
        " continued their work, ",
        "Legal Subcommittee and its working groups",
    ),  # A/RES/80/76 F12: a clause, not a name's parts; its subject is read (_name_and_its_subject; audit13 re15)
]


@pytest.mark.parametrize(("head", "anchor"), NAME_AND_ITS)
def test_a_name_and_its_parts(head: str, anchor: str) -> None:
    assert _anchor(head) == anchor


# Instruments named in plain words by what they govern carry the mark, not their subject (the footnote lists them).
INSTRUMENTS_GOVERNING = [
    (
        "6. Urges Member States that have not yet become parties to the international treaties governing the uses of"
        " outer space",
        "international treaties governing the uses of outer space",
    ),  # A/RES/79/87 F14, 78/72 F11, 80/76 F14: five Treaty Series lines each (were "uses of outer space")
    # unchanged: no instrument noun before "governing" (read as before)
    ("Recalling the principles governing the uses of outer space", "uses of outer space"),
]


@pytest.mark.parametrize(("head", "anchor"), INSTRUMENTS_GOVERNING)
def test_instruments_named_by_what_they_govern(head: str, anchor: str) -> None:
    assert _anchor(head) == anchor


# Round 5a: a comma list of numbered resolutions whose earlier items carry earlier marks: the mark after the last
# carries the last item only (text with marks as superscripts, footnote number, the anchor the layout gives it).
MARKED_LISTS = [
    (
        "Welcomes the steps taken pursuant to Human Rights Council resolutions 34/24 of 24 March 2017,\u00b9 40/20 of 22"
        " March 2019\u00b2 and 46/17 of 23 March 2021,\u00b3 and calls for their implementation in accordance with Human"
        " Rights Council resolutions 34/24, 40/20, 46/17, 49/22 of 1 April 2022,\u2074 52/28 of 4 April 2023\u2075 and"
        " 55/21,",
        4,
        "49/22",
    ),  # A/RES/79/181 F32, 78/218 F29 (was "Human Rights Council resolutions 34/24, 40/20, 46/17, 49/22")
    # unchanged: an item before the last carries no earlier mark: the list is the name
    (
        "Welcomes the steps taken pursuant to Human Rights Council resolution 34/24 of 24 March 2017,\u00b9 and calls"
        " for their implementation in accordance with Human Rights Council resolutions 34/24, 40/20, 49/22 of 1 April"
        " 2022,\u00b2",
        2,
        "Human Rights Council resolutions 34/24, 40/20, 49/22",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MARKED_LISTS)
def test_the_last_item_of_a_marked_list(body: str, number: int, anchor: str) -> None:
    sup = dict(enumerate("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", start=1))
    records = "See Official Records of the General Assembly, Seventy-second Session, Supplement No. 53 (A/72/53), chap. IV."
    notes = {mark: records for mark in sup.values() if mark in body}
    assert footnote_anchors(body, notes)[number] == anchor


@pytest.mark.parametrize(
    "unit",
    [
        "entitled “Title” and ",  # each title re-read from the one before it: a nesting without end
        "the report entitled “Road map” and ",
        "Albania, Algeria, Andorra, ",  # a list of names: the walk back asks at each comma for a keyword after it
    ],
)
def test_a_long_paragraph_of_repeated_phrases_is_read_as_a_short_one(unit: str) -> None:
    """Four hundred titles or names before a mark read as three do: no reading nests without bound (the
    first exhausted the stack, and the whole text was lost), and the anchor is the short paragraph's."""
    short = a.anchor_before(*_ending(unit * 3 + "the Paris Agreement"))
    assert short is not None
    assert a.anchor_before(*_ending(unit * 400 + "the Paris Agreement")) == short


def _ending(body: str) -> tuple[str, int]:
    text = "Recalling " + body
    return text, len(text)


# Round 6: a plain noun phrase right after "such as (the)" at the mark is the example the footnote sources, not a name
# or verb further back (text before the mark, the anchor read there).
EXAMPLES = [
    (
        "76. Commit to working with the private sector and academia, accelerate the research, development and roll-out"
        " of safe, effective, affordable and accessible pre-and post-exposure vaccines, preferably within the next five"
        " years, for all forms of tuberculosis for people of all ages, and establish sustainable systems for local,"
        " regional and global manufacturing and procurement and equitable distribution of vaccines once they are"
        " available, through global collaboration mechanisms, including World Health Organization initiatives such as"
        " the accelerator council for new tuberculosis vaccines ",
        "accelerator council for new tuberculosis vaccines",
    ),  # A/RES/78/5 F12 (the council's web page; was "Commit")
    # unchanged: a name after "such as" (the walk reads it); a list of plain items (no example of its own at the mark)
    (
        "73. Further commit to strengthening research capacity and collaboration through improving tuberculosis research"
        " platforms and networks across the public and private sectors, noting platforms and networks such as the"
        " BRICS Tuberculosis Research Network ",
        "BRICS Tuberculosis Research Network",
    ),  # A/RES/78/5 F11
    (
        "Invites States parties to make best use of opportunities through entities such as the Stolen Asset Recovery"
        " Initiative and the asset recovery inter-agency networks,",
        "asset recovery inter-agency networks",
    ),  # A/RES/79/190 F39
]


@pytest.mark.parametrize(("head", "anchor"), EXAMPLES)
def test_an_example_after_such_as(head: str, anchor: str) -> None:
    assert _anchor(head) == anchor


# audit-ga23b guards (no code change): marks A/RES/80/229 (text and PDF) carries right, with their real footnotes,
# kept right (body with marks renumbered from 1, footnotes, the anchor of each mark)
AUDIT_GA23B_MARKS = [
    (
        "Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 78/229;"
        "\u00b9",
        {"\u00b9": "A/80/157."},
        {1: "report of the Secretary-General"},
    ),  # F49 (the report, not the resolution it was prepared pursuant to)
    (
        "Welcomes the resolutions adopted by the Conference of the Parties to the United Nations Convention against"
        " Transnational Organized Crime at its twelfth session, held in Vienna from 14 to 18 October 2024,\u00b9 to"
        " promote greater use of the Convention by central and other competent authorities",
        {"\u00b9": "See CTOC/COP/2024/11, sect. I.A."},
        {
            1: "resolutions adopted by the Conference of the Parties to the United Nations Convention against"
            " Transnational Organized Crime at its twelfth session"
        },
    ),  # F61 (the resolutions, not the Convention in their author's name, nor the place and days)
    (
        "Welcoming the work of the United Nations voluntary trust fund for victims of trafficking in persons, especially"
        " women and children, established in accordance with the United Nations Global Plan of Action to Combat"
        " Trafficking in Persons,\u00b9 as well as the important contribution of the Inter-Agency Coordination Group",
        {"\u00b9": "Resolution 64/293."},
        {1: "United Nations Global Plan of Action to Combat Trafficking in Persons"},
    ),  # F39 (the Plan the fund was established in accordance with, not the fund)
    (
        "Requests the United Nations Office on Drugs and Crime to provide, upon request and without prejudice to the"
        " competence of the Office of Counter-Terrorism as set out in the report of the Secretary-General of 3 April"
        " 2017,\u00b9 technical assistance for building the capacity",
        {"\u00b9": "A/71/858."},
        {1: "report of the Secretary-General"},
    ),  # F57 (the report with its date, not the Office)
    (
        "Expressing deep concern about the gender-related killing of women and girls, recalling its relevant"
        " resolutions,\u00b9 recognizing the key role of law enforcement, and noting in this respect paragraph (d) of"
        " Statistical Commission decision 53/113 of 11 March 2022,\u00b2",
        {
            "\u00b9": "Resolutions 68/191 and 70/176.",
            "\u00b2": "See Official Records of the Economic and Social Council, 2022, Supplement No. 4 (E/2022/24),"
            " chap. I, sect. C.",
        },
        {1: "relevant resolutions", 2: "Statistical Commission decision 53/113"},
    ),  # F18, F19 (the decision whose paragraph is noted, without its date)
    (
        "Urges States Parties to actively participate in the review process of the Mechanism, in accordance with"
        " resolutions 9/1 of 19 October 2018\u00b9 and 10/1 of 16 October 2020\u00b2 of the Conference of the Parties"
        " to the United Nations Convention against Transnational Organized Crime, including by ensuring",
        {"\u00b9": "See CTOC/COP/2018/13, sect. I.A.", "\u00b2": "See CTOC/COP/2020/10, sect. I.A."},
        {1: "resolutions 9/1", 2: "10/1"},
    ),  # F52, F53 (each mark after its own dated item; the body named after both is not the first's anchor)
    (
        "Also encouraging Member States to take note of the recommendations on the importance of effective strategies"
        " to prevent and combat organized crime contained in resolution 11/2 of 21 October 2022 of the Conference of"
        " the Parties to the United Nations Convention against Transnational Organized Crime,\u00b9 as well as"
        " Conference of the Parties resolution 12/2 of 18 October 2024,\u00b2 in which States Parties are encouraged",
        {"\u00b9": "See CTOC/COP/2022/9, sect. I.A.", "\u00b2": "See CTOC/COP/2024/11, sect. I.A."},
        {
            1: "resolution 11/2 of 21 October 2022 of the Conference of the Parties to the United Nations Convention"
            " against Transnational Organized Crime",
            2: "Conference of the Parties resolution 12/2",
        },
    ),  # F8, F9 (the resolutions the report holds, not the recommendations nor the Convention)
    (
        "Reaffirming the 2009 Political Declaration and Plan of Action,\u00b9 and the outcome document of the thirtieth"
        " special session of the General Assembly, held in 2016,\u00b2 and reaffirming also",
        {
            "\u00b9": "See Official Records of the Economic and Social Council, 2009.",
            "\u00b2": "Resolution S-30/1, annex.",
        },
        {
            1: "2009 Political Declaration and Plan of Action",
            2: "outcome document of the thirtieth special session of the General Assembly",
        },
    ),  # F34 shortened, F36 (the outcome document, not the General Assembly nor the year)
]


@pytest.mark.parametrize(("body", "notes", "anchors"), AUDIT_GA23B_MARKS)
def test_marks_of_a_resolution_read_in_full(
    body: str, notes: dict[str, str], anchors: dict[int, str]
) -> None:
    assert footnote_anchors(body, notes) == anchors
