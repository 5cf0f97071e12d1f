"""anchors.py: names cut short or taken from the wrong head (audit13 round, second pass: the instrument a body
endorsed, not the body; a report's whole name; a document noun before "on/of ... the <Name>, adopted by"; a comma list
inside a title; one conjunct of an "X and resolutions ..." object; a title's ", including ..."; "annex II thereto"; a
document "rendered by" a body; a decision with a that-clause); one table per rule, from the corpus's own sentences
(exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

from citegraph import anchors as a

# (paragraph with superscript marks, footnote number, anchor)
ENDORSED_BY_BODY = [
    # "..., and endorsed by <body>,N" after the mark of what was adopted: what was endorsed, read with the endorsement
    # (the body alone names nothing; a blind reader of round 2 gave "endorsed by the General Assembly")
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the\nWorld Summit on the"
        " Information Society at its first phase, held in Geneva from 10\nto 12 December 2003,\u00b9 and endorsed by"
        " the General Assembly,\u00b2 and the Tunis\nCommitment and the Tunis Agenda for the Information Society"
        " adopted by the\nSummit at its second phase, held in Tunis from 16 to 18 November 2005, \u00b3 and\nendorsed"
        " by the Assembly,\u2074",
        2,
        "Declaration of Principles and the Plan of Action endorsed by the General Assembly",
    ),  # A/RES/78_132 F5, 59/220 (was "General Assembly"; audit13 re14 Likely 1); also 79/277 F2, 80/118 F7
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the\nWorld Summit on the"
        " Information Society at its first phase, held in Geneva from 10\nto 12 December 2003,\u00b9 and endorsed by"
        " the General Assembly,\u00b2 and the Tunis\nCommitment and the Tunis Agenda for the Information Society"
        " adopted by the\nSummit at its second phase, held in Tunis from 16 to 18 November 2005, \u00b3 and\nendorsed"
        " by the Assembly,\u2074",
        4,
        "Tunis Commitment and the Tunis Agenda for the Information Society endorsed by the Assembly",
    ),  # A/RES/78_132 F7, 60/252 (was "Assembly"); also 79/277 F4, 80/118 F9
    (
        "Recalling the Declaration of Principles and the Plan of Action adopted by the\nWorld Summit on the"
        " Information Society at its first phase, held in Geneva from 10\nto 12 December 2003, and endorsed by"
        " the General Assembly,\u00b9",
        1,
        "Declaration of Principles and the Plan of Action",
    ),  # the same without the first mark: the chain of participles runs back over the comma (was "General Assembly")
    (
        "Recalling the Declaration of Principles adopted by the Summit,\u00b9 and endorsed by the General Assembly in"
        " its resolution 59/220,\u00b2",
        2,
        "resolution 59/220",
    ),  # a resolution printed after the body is its own name (the body that acted "in its" resolution is dropped)
]


@pytest.mark.parametrize(("body", "number", "anchor"), ENDORSED_BY_BODY)
def test_endorsed_by_body(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


DOCUMENT_NOUN_ON = [
    # "the decision/resolution on <plain words> of the <Name>": the decision or resolution heads the anchor
    (
        "Reaffirming the conviction of the States parties to the Treaty on the\nNon-Proliferation of Nuclear"
        " Weapons\u00b9 that the Treaty is a cornerstone of nuclear\nnon-proliferation and nuclear disarmament, and the"
        " importance of the decision on\nstrengthening the review process for the Treaty, the decision on principles"
        " and\nobjectives for nuclear non-proliferation and disarmament, the decision on the\nextension of the Treaty"
        " and the resolution on the Middle East, adopted by the 1995\nReview and Extension Conference of the Parties"
        " to the Treaty on the Non-Proliferation\nof Nuclear Weapons,\u00b2",
        2,
        "decision on the extension of the Treaty and the resolution on the Middle East",
    ),  # A/RES/79/50 F5 (was "Treaty and the resolution on the Middle East"; audit13 re13 Sure 2); also 78/53, 80/24
    (
        "Recalling the decision on the extension of the Treaty, adopted by the 1995 Review and Extension Conference"
        " of the Parties to the Treaty,\u00b9",
        1,
        "decision on the extension of the Treaty",
    ),  # audit13 re13 probe (was "Treaty")
    (
        "Stressing the importance of the resolution on the implementation of the Convention,\u00b9",
        1,
        "resolution on the implementation of the Convention",
    ),  # the same without "adopted by" (was "Convention")
    (
        "Welcoming the entry into force of the Treaty, adopted by the Conference of the Parties,\u00b9",
        1,
        "Treaty",
    ),  # no document noun: unchanged
    (
        "Recalling the provisions on the extension of the Treaty,\u00b9",
        1,
        "Treaty",
    ),  # "provisions" names no decision: unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), DOCUMENT_NOUN_ON)
def test_document_noun_on(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


TITLE_COMMA_LISTS = [
    # a comma list of three or more capitalised words inside a title, one of them in "-ing", is part of the name
    (
        "Bearing in mind that the Convention on the Prohibition of the Development,\nProduction and Stockpiling of"
        " Bacteriological (Biological) and Toxin Weapons and\non Their Destruction of 1972 \u00b9 and the Convention on"
        " the Prohibition of the\nDevelopment, Production, Stockpiling and Use of Chemical Weapons and on Their\n"
        "Destruction of 1993 \u00b2 have already established legal regimes",
        2,
        "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on"
        " Their Destruction of 1993",
    ),  # A/RES/79/50 F2 (was "Use of Chemical Weapons and on Their Destruction of 1993"; audit13 re13 Sure 1); 78/53, 80/24
    (
        "Bearing in mind that the Convention on the Prohibition of the Development,\nProduction and Stockpiling of"
        " Bacteriological (Biological) and Toxin Weapons and\non Their Destruction of 1972 \u00b9 and the Convention on"
        " the Prohibition of the\nDevelopment, Production, Stockpiling and Use of Chemical Weapons and on Their\n"
        "Destruction of 1993 \u00b2 have already established legal regimes",
        1,
        "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological)"
        " and Toxin Weapons and on Their Destruction of 1972",
    ),  # A/RES/79/50 F1: two items before "and", unchanged
    (
        "Calls upon all States that have not yet done so to consider acceding to or\nratifying the International"
        " Convention against the Recruitment, Use, Financing and\nTraining of Mercenaries;\u00b9",
        1,
        "International Convention against the Recruitment, Use, Financing and Training of Mercenaries",
    ),  # A/RES/78/191 F5 (was "Training of Mercenaries")
    (
        "Noting also that, for States parties thereto, anti-personnel mines of an\nimprovised nature also fall within"
        " the scope of the Convention on the Prohibition of\nthe Use, Stockpiling, Production and Transfer of"
        " Anti-Personnel Mines and on Their\nDestruction \u00b9 and that States parties thereto take note",
        1,
        "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on"
        " Their Destruction",
    ),  # A/RES/79/53 F12 (was "Production and Transfer of Anti-Personnel Mines and on Their Destruction")
    (
        "Welcoming the work of the Committee, Meeting in Vienna,\u00b9",
        1,
        "Vienna",
    ),  # a capitalised participle after a comma that no "and" or comma follows ends the name, as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), TITLE_COMMA_LISTS)
def test_title_comma_lists(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


NUMBERED_CONJUNCTS = [
    # a numbered decision before "and resolutions <numbers>" is an item of its own: the mark is on the last conjunct
    (
        "emphasizes that biodiversity and health linkages should be addressed holistically,\nincluding through a"
        " biodiversity-inclusive One Health approach, among other\napproaches, and recalls in this regard decision 14/4"
        " of 30 November 2018 of the\nConference of the Parties to the Convention on Biological Diversity and"
        " resolutions\n3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the United\nNations"
        " Environment Assembly;\u00b9",
        1,
        "resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the United Nations"
        " Environment Assembly",
    ),  # A/RES/78/155 F29, UNEP/EA.3/Res.4 ... (was both conjuncts; audit13 re13 Sure 3)
    (
        "Recalling its resolutions 76/1 and 77/2 and decisions of the Council,\u00b9",
        1,
        "resolutions 76/1 and 77/2 and decisions of the Council",
    ),  # no number after the second keyword: unchanged
    (
        "Recalling Human Rights Council resolutions 22/7 and 22/8,\u00b9",
        1,
        "Human Rights Council resolutions 22/7 and 22/8",
    ),  # one keyword for both numbers: one name
]


@pytest.mark.parametrize(("body", "number", "anchor"), NUMBERED_CONJUNCTS)
def test_numbered_conjuncts(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


PART_NUMBERS = [
    # a part noun before a roman number is read with it: "annex" ends no name there
    (
        "38. Recognizes the importance of the trust fund established pursuant to\nresolution 55/7, and referred to in"
        " annex II thereto,\u00b9 in providing developing States",
        1,
        "annex II thereto",
    ),  # A/RES/79/144 F26 (was "II thereto"; audit13 ga144a Likely 2); also 78/69 F30, 80/110 F27
    (
        "Recalling the International Covenant on Civil and Political Rights,\u00b9",
        1,
        "International Covenant on Civil and Political Rights",
    ),  # a name that opens with "I", no part number: unchanged
]


@pytest.mark.parametrize(("body", "number", "anchor"), PART_NUMBERS)
def test_part_numbers(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The numbers of the articles an instrument's name follows ("article XII of the", "articles V and VI of the") are no
# part of the name (nor a reference, SCHEMA.md): the instrument carries the mark.
ARTICLE_NUMBERS = [
    (
        "Recalling its resolutions 2252 (ES-V) of 4 July 1967 and 2341 B (XXII) of 19 December 1967, stressing the"
        " necessity of an accelerated return of displaced persons, and calling for compliance with the mechanism agreed"
        " upon by the parties in article XII of the\nDeclaration of Principles on Interim Self-Government Arrangements of"
        " 13 September\n1993\u00b9 on the return of displaced persons,",
        1,
        "Declaration of Principles on Interim Self-Government Arrangements",
    ),  # A/RES/78/73 F3, 80/77 F4: A/48/486-S/26560 (were "XII of the Declaration ...", audit18)
    (
        "Recalling the affirmation by the International Court of Justice in its advisory opinion of 22 October 2025 that"
        " Israel is prohibited from taking actions contrary to its obligations under articles V and VI of the Convention"
        " on the Privileges and\nImmunities of the United Nations\u00b9 against United Nations officials and experts,",
        1,
        "Convention on the Privileges and Immunities of the United Nations",
    ),  # A/RES/80/77 F6: resolution 22 A (I) (was "V and VI of the Convention ...")
    (
        "Recalling the solemn obligations of States parties, undertaken in article VI of the Treaty on the"
        " Non-Proliferation of Nuclear Weapons,\u00b9",
        1,
        "Treaty on the Non-Proliferation of Nuclear Weapons",
    ),  # A/RES/78/27 F4: UNTS/729/10485 (was "VI of the Treaty ...")
    # unchanged: a number after another noun; a name that opens with "I"
    (
        "Recalling the amendments to regulation XI-1/6 of the International Convention for the Safety of Life at Sea,"
        " 1974,\u00b9",
        1,
        "XI-1/6 of the International Convention for the Safety of Life at Sea, 1974",
    ),  # A/RES/78/69 F84 (the amendments are cited: see audit18's notes)
    (
        "Recalling Article I of the Charter of the United Nations and the International Covenant on Civil and Political"
        " Rights,\u00b9",
        1,
        "International Covenant on Civil and Political Rights",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ARTICLE_NUMBERS)
def test_article_numbers(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A title's subtitle in plain words after its colon is no name of its own: the title before the colon is read with it.
# (paragraph, footnote number, anchor)
TITLES_WITH_PLAIN_SUBTITLES = [
    (
        "Bearing in mind the importance of the Rome Declaration on World Food Security, the World Food Summit Plan of"
        " Action and the Declaration of the World \nFood Summit: five years later, adopted in Rome on 13 June"
        " 2002,\u00b9 ",
        1,
        "Declaration of the World Food Summit: five years later",
    ),  # A/RES/78/198 F6: A/57/499 (was "five years later", audit-ga5)
    # unchanged: a capitalised subtitle is read by the walk over the colon; no colon
    (
        "Recalling the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United"
        " Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and"
        " International Levels, and Public Participation,\u00b9",
        1,
        "Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to"
        " Address Social and Economic Challenges and to Promote the Rule of Law at the National and International"
        " Levels, and Public Participation",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), TITLES_WITH_PLAIN_SUBTITLES)
def test_a_plain_subtitle_is_read_with_its_title(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("text", "read", "want"),
    [
        (
            "the Rome Declaration and the Declaration of the World Food Summit: five years later, adopted in Rome,",
            "five years later",
            "Declaration of the World Food Summit: five years later",
        ),
        ("the report: five years later,", "five years later", None),  # no name before the colon
        (
            "the Declaration of the World Food Summit: five years later,",
            "years later",
            None,
        ),  # not the whole subtitle
    ],
)
def test_title_before_plain_subtitle(text: str, read: str, want: str | None) -> None:
    assert a._title_before_plain_subtitle(text, len(text), read) == want


# audit-ga17: "the outcome(s) of the <event>, entitled “<title>”" and a mark after the title: the outcome with its event
# and title, as "the outcome document of ..., entitled “...”" and "the political declaration adopted at ..., entitled
# “...”" are read (the title alone left out the document noun that names what the footnote sources)
ENTITLED_OUTCOMES = [
    (
        "Reaffirming also the commitment made to gender equality and the empowerment of all women and girls,"
        " including those in rural areas, contained in the outcome documents of relevant international conferences"
        " and summits, in particular the Beijing Declaration and Platform for Action adopted at the Fourth World"
        " Conference on Women, \u2077 the outcome of the twenty-third special session of the\nGeneral Assembly"
        " entitled \u201cWomen 2000: gender equality, development and peace\nfor the twenty-first century\u201d\u2078"
        " and the outcome document of the high-level plenary\nmeeting of the General Assembly known as the World"
        " Conference on Indigenous\nPeoples,\u2079",
        8,
        "outcome of the twenty-third special session of the General Assembly entitled \u201cWomen 2000: gender"
        " equality, development and peace for the twenty-first century\u201d",
    ),  # A/RES/78/181 F8 (was the title alone)
    (
        "Deeply convinced that the Beijing Declaration and Platform for Action\u00b9 and the \noutcome of the"
        " twenty-third special session of the General Assembly, entitled \n\u201cWomen 2000: gender equality,"
        " development and peace for the twenty-first century\u201d,\u00b2 \nare important contributions",
        2,
        "outcome of the twenty-third special session of the General Assembly, entitled \u201cWomen 2000: gender"
        " equality, development and peace for the twenty-first century\u201d",
    ),  # A/RES/78/182 F2, 78/188 F9 (was the title alone)
    (
        "Reaffirming further the Beijing Declaration and Platform for Action, \u2075 the \noutcomes of the"
        " twenty-third special session of the General Assembly, entitled \n\u201cWomen 2000: gender equality,"
        " development and peace for the twenty-first century\u201d,\u2076 \nwhile noting with appreciation",
        6,
        "outcomes of the twenty-third special session of the General Assembly, entitled \u201cWomen 2000: gender"
        " equality, development and peace for the twenty-first century\u201d",
    ),  # A/RES/79/223 F6 (was the title alone)
    # unchanged: an outcome whose event is one item of a comma list ("and of the twenty-third special session"): the
    # title alone (A/RES/78/180 F14)
    (
        "Reaffirming the outcomes of the Fourth World Conference on Women, the \nBeijing Declaration and Platform for"
        " Action, and of the twenty-third special session \nof the General Assembly, entitled \u201cWomen 2000: gender"
        " equality, development and \npeace for the twenty-first century\u201d,\u2074 and their reviews,",
        4,
        "Women 2000: gender equality, development and peace for the twenty-first century",
    ),
    # unchanged: "outcome document" reads as before
    (
        "Reaffirming the outcome document of the twenty-third special session of the General Assembly, entitled"
        " \u201cWomen 2000: gender equality, development and peace for the twenty-first century\u201d,\u00b9",
        1,
        "outcome document of the twenty-third special session of the General Assembly, entitled \u201cWomen 2000:"
        " gender equality, development and peace for the twenty-first century\u201d",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ENTITLED_OUTCOMES)
def test_entitled_outcomes(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "and the outcome of the twenty-third special session of the General Assembly, entitled “Women 2000”",
            "outcome of the twenty-third special session of the General Assembly, entitled “Women 2000”",
        ),
        (
            "the outcome of the World Summit entitled “Women 2000”",
            "outcome of the World Summit entitled “Women 2000”",
        ),
        # a new item, clause or qualifier between the outcome and "entitled": not one name
        ("the outcomes of the Conference, the Declaration, and of the session, entitled “Women”", None),
        ("the outcome of the session and the report entitled “Women”", None),
        ("the outcome of the session held in 2000, entitled “Women”", None),
        (
            "the outcome of the session, entitled “Women”, and the report",
            None,
        ),  # the title does not end the head
        ("the report of the session, entitled “Women”", None),  # no outcome
    ],
)
def test_entitled_outcome(head: str, want: str | None) -> None:
    assert a._entitled_outcome(head) == want


# audit-ga18: a title printed in sentence case ("2023 Guidelines for the control and management of ships' biofouling")
# opens with its capitalised noun after "the"; the plain words after "for"/"on" are the rest of that name, not a phrase
# of their own (was "States", the one encouraged); a plain noun in lower case opens no title (negatives). Read by
# the rule audit-ga15 wrote for it (a plain read cut at "and" inside the complement of a capitalised name)
SENTENCE_CASE_TITLES = [
    (
        "229. Encourages States that have not yet done so to consider ratifying or \nacceding to the International"
        " Convention for the Control and Management of Ships\u2019 \nBallast Water and Sediments, 2004,\u00b9 and also"
        " encourages States to consider \nimplementing the 2023 Guidelines for the control and management of ships\u2019"
        " \nbiofouling to minimize the transfer of invasive aquatic species, adopted by the \nInternational Maritime"
        " Organization;\u00b2",
        2,
        "2023 Guidelines for the control and management of ships\u2019 biofouling",
    ),  # A/RES/79/144 F124 (MEPC.378(80)), also A/RES/80/110 F127 (was "States")
    (
        "229. Encourages States that have not yet done so to consider ratifying or \nacceding to the International"
        " Convention for the Control and Management of Ships\u2019 \nBallast Water and Sediments, 2004,\u00b9 and also"
        " encourages States",
        1,
        "International Convention for the Control and Management of Ships\u2019 Ballast Water and Sediments, 2004",
    ),  # A/RES/79/144 F123: a title in title case, read as before
    (
        "18. Takes note with appreciation of the guidelines to prevent and address \nintimidation and reprisals"
        " against individuals and groups cooperating with the \nCommittee adopted by the Committee at its twentieth"
        " session;\u00b9",
        1,
        "guidelines",
    ),  # A/RES/78/207 F16 (negative: the noun in lower case, no sentence-case title; the name is cut as before)
    (
        "10. Takes note of the guiding principles for the search for disappeared persons \nadopted by the Committee at"
        " its sixteenth session and developed in dialogue and \nbroad consultations with Member States and other"
        " relevant stakeholders;\u00b9",
        1,
        "guiding principles for the search for disappeared persons",
    ),  # A/RES/78/207 F12 (negative: plain words only)
]


@pytest.mark.parametrize(("body", "number", "anchor"), SENTENCE_CASE_TITLES)
def test_sentence_case_titles(body: str, number: int, anchor: str) -> None:
    sup = dict(enumerate("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", start=1))
    notes = {mark: f"Source {n}." for n, mark in sup.items() if mark in body}
    assert footnote_anchors(body, notes)[number] == anchor


# audit-ga23o: a document already known by its capitalised name (a Declaration, Programme, Plan, ...), where it was
# adopted in plain words, then its subtitle "entitled “...”" and the mark: the document's name with its subtitle, as an
# outcome document's noun is read with its title (the subtitle alone left out the name of what the footnote sources)
NAMED_DOCUMENTS_TITLED = [
    (
        "Reaffirming all relevant outcomes, including the Programme of Action of the World Summit for Social"
        " Development, \u00b9 the Declaration \nof Commitment on HIV/AIDS adopted at the twenty-sixth special session"
        " of the \nGeneral Assembly on HIV/AIDS, entitled \u201cGlobal Crisis \u2013 Global Action\u201d,\u00b2 and the"
        " \npolitical declarations on HIV and AIDS",
        2,
        "Declaration of Commitment on HIV/AIDS adopted at the twenty-sixth special session of the General Assembly on"
        " HIV/AIDS, entitled \u201cGlobal Crisis \u2013 Global Action\u201d",
    ),  # A/RES/78/188 F12 (was "Global Crisis – Global Action")
    # unchanged: a conference before "entitled" is no document; the title names it (A/RES/79/211 F10)
    (
        "Prosperity\u201d, \u00b9  and the Fifth United Nations Conference on the Least Developed \nCountries,"
        " entitled \u201cDoha Programme of Action for the Least Developed Countries\u201d \u00b2 \nfor the decade"
        " 2022\u20132031,",
        2,
        "Doha Programme of Action for the Least Developed Countries",
    ),
    # unchanged: a new item between the named document and the title ("and the outcome of ..."): the outcome's reading
    (
        "Reaffirming the Beijing Declaration and Platform for Action and the outcome of the twenty-third special"
        " session of the General Assembly, entitled \u201cWomen 2000: gender equality\u201d,\u00b9",
        1,
        "outcome of the twenty-third special session of the General Assembly, entitled \u201cWomen 2000: gender"
        " equality\u201d",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), NAMED_DOCUMENTS_TITLED)
def test_named_documents_titled(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
