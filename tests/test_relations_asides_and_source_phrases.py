"""Relations (audit12, round refs12a): the verb of an aside governs nothing outside it, and the source
phrases that name where something comes from ("under the provisions of", "in further implementation of",
"on the lines of", a paragraph range, a repeated "and with", an instrument with its symbol in brackets).

Each case is a real snippet (``source`` names the file and paragraph) or a probe made from one, with every
reference it holds as ``(surface, target, body, date, relation)``; the negative cases keep their verb.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from citegraph.references import Context, scan_text


@dataclass
class Case:
    text: str
    refs: list[tuple[str, str, str | None, str | None, str]]
    organ: str = "SC"
    source: str = ""


ASIDES = [
    Case(
        "15. Requests the Secretary-General to report to the\nSecurity Council, not later than 15 June 1992 and "
        "earlier if he\nconsiders it appropriate, on the implementation of resolution\n752 (1992) by all parties "
        "and others concerned;",
        [("752 (1992)", "S/RES/752 (1992)", "SC", None, "request")],
        source="S_RES_757_1992.txt O15 (the aside 'if he considers it appropriate' governs nothing after it)",
    ),
    Case(
        "12. Reposes its trust in the Secretary-General to make\navailable his good offices and, as he considers "
        "appropriate,\nto pursue them and to undertake diplomatic efforts in order\nto reach a peaceful solution "
        "to the crisis caused by the Iraqi\ninvasion and occupation of Kuwait, on the basis of resolutions 660 "
        "(1990), 662 (1990) and 664 (1990), and calls",
        [
            ("660 (1990)", "S/RES/660 (1990)", "SC", None, "cite"),
            ("662 (1990)", "S/RES/662 (1990)", "SC", None, "cite"),
            ("664 (1990)", "S/RES/664 (1990)", "SC", None, "cite"),
        ],
        source="S_RES_674_1990.txt O12 ('as he considers appropriate': no verb of the table governs; was consider)",
    ),
    Case(
        "2. Requests the Committee, as it may consider necessary, to review resolution 660 (1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "request")],
        source="probe from S_RES_674_1990 O12 (a modal inside the aside)",
    ),
    Case(
        "2. Requests the Secretary-General, if he considers resolution 660 (1990) to be implemented, to report;",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "consider")],
        source="probe (negative: the reference is inside the aside, whose verb governs it)",
    ),
]

REPEATED_WITH = [
    Case(
        "Assembly, the truce shall remain in force in accordance with resolution 54 (1948) of that date and with\n"
        "resolution 50 (1948) of 29 May 1948 until a peaceful\nadjustment",
        [
            ("54 (1948)", "S/RES/54 (1948)", "SC", None, "cite"),
            ("50 (1948)", "S/RES/50 (1948)", "SC", "1948-05-29", "cite"),
        ],
        source="S_RES_61_1948.txt P1, after 'Having decided on 15 July 1948 that' (was decide for 50)",
    ),
    Case(
        "Having decided that the truce shall remain in force in accordance with resolution 54 (1948) of that date "
        "and\nresolution 50 (1948) of 29 May 1948 until",
        [
            ("54 (1948)", "S/RES/54 (1948)", "SC", None, "cite"),
            ("50 (1948)", "S/RES/50 (1948)", "SC", "1948-05-29", "cite"),
        ],
        source="sc15 probe p9 (S_RES_61_1948 P1 without the second 'with')",
    ),
    Case(
        "Noting, however, that full compliance with the General\nArmistice Agreements and with Council "
        "resolutions 107\n(1955) of 30 March 1955, 108 (1955) of 8 September\n1955 and 111 (1956) of 19 January "
        "1956 is not yet effected,",
        [
            ("107 (1955)", "S/RES/107 (1955)", "SC", "1955-03-30", "note"),
            ("108 (1955)", "S/RES/108 (1955)", "SC", "1955-09-08", "note"),
            ("111 (1956)", "S/RES/111 (1956)", "SC", "1956-01-19", "note"),
        ],
        source="S_RES_114_1956.txt P5 (negative: 'and with' repeats compliance's 'with'; was cite)",
    ),
    Case(
        "Noting that it acted in accordance with the Agreements and with resolution 107 (1955),",
        [("107 (1955)", "S/RES/107 (1955)", "SC", None, "cite")],
        source="probe from S_RES_114_1956 P5 ('and with' repeats a source phrase's 'with')",
    ),
    Case(
        "Requests the Disarmament Commission to continue its work in accordance \nwith its mandate, as set forth "
        "in paragraph 118 of the Final Document of the Tenth \nSpecial Session of the General Assembly, and with "
        "paragraph 3 of Assembly resolution \n37/78 H of 9 December 1982, and to that end",
        [("37/78 H", "A/RES/37/78 H", "GA", "1982-12-09", "cite")],
        organ="GA",
        source="A_RES_78_62.txt O5 (the second 'with' of 'in accordance with' stays a source)",
    ),
    Case(
        "Reaffirms the inalienable right of the people of American Samoa to self-\ndetermination, in conformity "
        "with the Charter of the United Nations and with General \nAssembly resolution 1514 (XV), containing",
        [("1514 (XV)", "A/RES/1514 (XV)", "GA", None, "cite")],
        organ="GA",
        source="A_RES_80_90.txt ('in conformity with the Charter ... and with General Assembly resolution')",
    ),
]

SOURCE_PHRASES = [
    Case(
        "urges the parties concerned to extend to him their full\nco-operation in accordance with the relevant "
        "Security\nCouncil decisions and resolutions, including resolution\n467 (1980);",
        [("467 (1980)", "S/RES/467 (1980)", "SC", None, "cite")],
        source="S_RES_474_1980.txt O4 (two act nouns joined by 'and' inside the source phrase; was urge)",
    ),
    Case(
        "urges the parties to implement the relevant Council decisions and resolutions, in particular resolution "
        "467 (1980);",
        [("467 (1980)", "S/RES/467 (1980)", "SC", None, "urge")],
        source="probe from S_RES_474_1980 O4 (negative: no source phrase)",
    ),
    Case(
        "8. Requests that the Secretary-General, under his authority in\nresolutions 814 (1993) and 837 (1993), "
        "pending completion of the\nreport of the Commission, suspend arrest actions against those\nindividuals "
        "who might be implicated but are not currently detained\npursuant to resolution 837 (1993), and make "
        "appropriate provision to\ndeal with the situation of those already detained under the provisions of\n"
        "resolution 837 (1993),",
        [
            ("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite"),
            ("837 (1993)", "S/RES/837 (1993)", "SC", None, "cite"),
            ("837 (1993)", "S/RES/837 (1993)", "SC", None, "cite"),
            ("837 (1993)", "S/RES/837 (1993)", "SC", None, "cite"),
        ],
        source="S_RES_885_1993.txt O8 ('under the provisions of' is 'under'; the last was request)",
    ),
    Case(
        "1. Requests the Secretary-General to report on the obligations of States under the provisions of "
        "resolution 837 (1993);",
        [("837 (1993)", "S/RES/837 (1993)", "SC", None, "cite")],
        source="sc14 probe b ('obligations under the provisions of')",
    ),
    Case(
        "1. Requests all States to comply with the provisions of resolution 837 (1993);",
        [("837 (1993)", "S/RES/837 (1993)", "SC", None, "request")],
        source="probe (negative: what is complied with is the verb's object)",
    ),
    Case(
        "1. Authorizes the establishment of a Commission of Inquiry, in\nfurther implementation of resolutions "
        "814 (1993) and 837 (1993), to\ninvestigate armed attacks",
        [
            ("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite"),
            ("837 (1993)", "S/RES/837 (1993)", "SC", None, "cite"),
        ],
        source="S_RES_885_1993.txt O1 ('in further implementation of'; was authorize)",
    ),
    Case(
        "1. Calls for the full implementation of resolution 837 (1993);",
        [("837 (1993)", "S/RES/837 (1993)", "SC", None, "call-for")],
        source="probe (negative: 'the full implementation of' is the verb's object, no 'in')",
    ),
    Case(
        "2. Decides to approve the immediate increase in the\nstrength of the United Nations Interim Force in "
        "Lebanon to reinforce present operations as well as to\nmake further deployment possible on the lines of "
        "resolution\n425 (1978);",
        [("425 (1978)", "S/RES/425 (1978)", "SC", None, "cite")],
        source="S_RES_501_1982.txt O2 ('on the lines of' = 'in line with'; was decide)",
    ),
    Case(
        "3. Re-emphasizes the crucial importance of the early implementation of\nthe disarmament of all Somali "
        "parties, including movements and factions, in\naccordance with paragraphs 56-69 of the report of the "
        "Secretary-General of\n3 March 1993 (S/25354), and of neutralizing",
        [("S/25354", "S/25354", None, "1993-03-03", "cite")],
        source="S_RES_837_1993.txt O3 (a range of paragraphs is a locator)",
    ),
    Case(
        "7. Encourages the rapid and accelerated deployment of all UNOSOM II\ncontingents to meet the full "
        "requirements of 28,000 men, all ranks, as well as\nequipment, as indicated in the Secretary~-General's "
        "report of 3 March 1993\n(S/25354);",
        [("S/25354", "S/25354", None, "1993-03-03", "cite")],
        source="S_RES_837_1993.txt O7 (an OCR '~' inside the author's name; was encourage)",
    ),
    Case(
        "4. Stresses the importance of the voluntary nature of the disarmament,\ndemobilization, repatriation, "
        "reintegration or resettlement (DDRRR) of the armed\ngroups referred to in annex A. Chapter 9.1 of the "
        "Lusaka Ceasefire Agreement\n(S/1999/815), calls on",
        [("S/1999/815", "S/1999/815", None, None, "cite")],
        source="S_RES_1445_2002.txt O4 (an instrument with its symbol in brackets; was stress)",
    ),
    Case(
        "Stresses the importance of the Lusaka Ceasefire Agreement (S/1999/815),",
        [("S/1999/815", "S/1999/815", None, None, "stress")],
        source="probe from S_RES_1445_2002 O4 (negative: no source phrase before the instrument)",
    ),
    Case(
        "Notes with concern the situation in Somalia (S/23445),",
        [("S/23445", "S/23445", None, None, "note")],
        source="probe (negative: a bracket after a place is no document's)",
    ),
    Case(
        "50. Strongly condemns all attacks against humanitarian personnel, recalls that attacks on humanitarian"
        " workers may amount to war crimes, according to\nSecurity Council resolutions 2175 (2014), 2286 (2016)"
        " and 2730 (2024), and notes",
        [
            ("2175 (2014)", "S/RES/2175 (2014)", "SC", None, "cite"),
            ("2286 (2016)", "S/RES/2286 (2016)", "SC", None, "cite"),
            ("2730 (2024)", "S/RES/2730 (2024)", "SC", None, "cite"),
        ],
        organ="GA",
        source="A_RES_79_185.txt O50 (audit13 re3 L1: 'according to' names the authority; was recall)",
    ),
    Case(
        "Emphasizing that elections should be conducted in line\nwith a political solution according to resolution"
        " 2254 (2015),",
        [("2254 (2015)", "S/RES/2254 (2015)", "SC", None, "cite")],
        source="A_RES_79_185.txt P14 (audit13 re3 L1; was emphasize)",
    ),
    Case(
        "Recalling resolution 2254 (2015), according to which elections should be held,",
        [("2254 (2015)", "S/RES/2254 (2015)", "SC", None, "recall")],
        source="probe (negative: 'according to' after the reference governs nothing)",
    ),
]

#: "Re-emphasizes" is a verb of its own: its lemma keeps the printed prefix (SCHEMA: "the lemma of the verb
#: ..., hyphenated"); an adverb before a verb ("Further requests") is a word of its own, dropped.
LEMMAS = [
    Case(
        "6. Re-emphasizes the crucial importance of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "re-emphasize")],
        source="sc16 probe p5 O6 (S_RES_837_1993 O3's verb; was emphasize)",
    ),
    Case(
        "Re-emphasizing its resolution 814 (1993),",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "re-emphasize")],
        source="probe (the participle, as 'Re-emphasizing the right of all refugees to return' in A_RES_78_219)",
    ),
    Case(
        "Emphasizing its resolution 814 (1993),",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "emphasize")],
        source="probe (negative: no prefix)",
    ),
    Case(
        "1. Further requests the Secretary-General to implement resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "request")],
        source="sc16 probe p15 (negative: an adverb is no prefix)",
    ),
]

#: "Guided by" governs what follows it, as "being guided by" does, and "upholding" is a verb of its own; the "with"
#: of "Persons with Disabilities" and the "in" of "Security in Central Africa" are parts of names, not source
#: phrases ("in line with ...").
NAMES_AND_PARTICIPLES = [
    Case(
        "Guided by the Charter of the United Nations and its resolution 70/1,",
        [("70/1", "A/RES/70/1", "GA", None, "guided-by")],
        organ="GA",
        source="probe of A_RES_78_219 P1 ('Guided by the Charter ... and the Universal Declaration')",
    ),
    Case(
        "Reaffirming the Convention on the Rights of Persons with Disabilities and its resolution 61/106,",
        [("61/106", "A/RES/61/106", "GA", None, "reaffirm")],
        organ="GA",
        source="probe of A_RES_78_195 P3",
    ),
    Case(
        "Recalling the Declaration on Peace and Security in Central Africa, the Bata Declaration and its resolution"
        " 79/1,",
        [("79/1", "A/RES/79/1", "GA", None, "recall")],
        organ="GA",
        source="probe of A_RES_79_68 P10 ('in Central Africa' inside a name of the list is no source phrase)",
    ),
    Case(
        "Recalling the mandate given by the Commission on Human Rights in Commission resolution 1986/20,",
        [("1986/20", "E/CN.4/RES/1986/20", "CHR", None, "cite")],
        organ="GA",
        source="probe (negative: 'in Commission resolution' right before the number is a source phrase)",
    ),
    Case(
        "Recognizing their right to development, premised on the purposes and principles of the Charter of the United"
        " Nations and respecting fully and upholding its resolution 217 A (III),",
        [("217 A (III)", "A/RES/217 A (III)", "GA", None, "uphold")],
        organ="GA",
        source="probe of A_RES_80_118 (the Universal Declaration footnoted there: 'respecting fully and upholding')",
    ),
    Case(
        "Acting in line with General Assembly resolution 61/106,",
        [("61/106", "A/RES/61/106", "GA", None, "cite")],
        organ="GA",
        source="probe (negative: a source phrase's 'with' before a name)",
    ),
]

ALL = ASIDES + REPEATED_WITH + SOURCE_PHRASES + LEMMAS + NAMES_AND_PARTICIPLES


@pytest.mark.parametrize("case", ALL, ids=lambda c: f"{c.source}: {c.text[:40]}")
def test_relation(case: Case) -> None:
    found = scan_text(case.text, Context(organ=case.organ))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == case.refs


#: Round refs12c: an abbreviated locator ("para.", "paras.", "sect.", "chap.", "art.") stands between a
#: source phrase and the reference as "paragraph" does; "on the basis of" (also "of the provisions of") names
#: the source as "in accordance with" does (SCHEMA: "where the reference only names the source ... cite").
ABBREVIATED_LOCATORS_AND_BASIS = [
    Case(
        "3. Re-emphasizes the crucial importance of the early implementation of\nthe disarmament of all Somali "
        "parties, including movements and factions, in\naccordance with para. 56 of resolution 814 (1993), and of "
        "neutralizing",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite")],
        source="probe from S_RES_837_1993 O3 ('para.' as 'paragraph'; was re-emphasize)",
    ),
    Case(
        "3. Re-emphasizes the crucial importance of the early implementation of\nthe disarmament of all Somali "
        "parties, including movements and factions, in\naccordance with paras. 56-69 of the report of the "
        "Secretary-General of\n3 March 1993 (S/25354), and of neutralizing",
        [("S/25354", "S/25354", None, "1993-03-03", "cite")],
        source="probe from S_RES_837_1993 O3 ('paras.' with a range; was re-emphasize)",
    ),
    Case(
        "1. Requests the Secretary-General to report on the measures set out in sect. II of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite")],
        source="probe ('sect.' after a participle's source phrase; was request)",
    ),
    Case(
        "1. Requests the Secretary-General to act in accordance with chap. IV, para. 3, of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite")],
        source="probe ('chap.' and 'para.' together; was request)",
    ),
    Case(
        "1. Requests the Secretary-General to act in accordance with art. 5 of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite")],
        source="probe ('art.'; was request)",
    ),
    Case(
        "1. Notes the measures in para. 5 of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "cite")],
        source="probe (a bare 'in' before 'para.' as before 'paragraph'; was note)",
    ),
    Case(
        "1. Re-emphasizes the importance of para. 56 of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "re-emphasize")],
        source="probe (negative: no source phrase before the locator)",
    ),
    Case(
        "1. Requests the Secretary-General to report on the implementation of para. 56 of resolution 814 (1993);",
        [("814 (1993)", "S/RES/814 (1993)", "SC", None, "request")],
        source="probe (negative: 'the implementation of' with no 'in' is the verb's object)",
    ),
    Case(
        "2. Requests the Secretary-General, as he considers appropriate, to act on the basis of resolution 660 "
        "(1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "cite")],
        source="sc14 probe a1 O2 ('on the basis of' names the source; was request)",
    ),
    Case(
        "1. Requests the Secretary-General to make available his good offices, on the basis of resolutions 660 "
        "(1990), 662 (1990) and 664 (1990), and calls upon all States to implement resolution 661 (1990);",
        [
            ("660 (1990)", "S/RES/660 (1990)", "SC", None, "cite"),
            ("662 (1990)", "S/RES/662 (1990)", "SC", None, "cite"),
            ("664 (1990)", "S/RES/664 (1990)", "SC", None, "cite"),
            ("661 (1990)", "S/RES/661 (1990)", "SC", None, "call-upon"),
        ],
        source="probe from S_RES_674_1990 O12 with a verb of the table (was request x3; the next verb keeps its own)",
    ),
    Case(
        "2. Requests the Secretary-General to act on the basis of the provisions of resolution 660 (1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "cite")],
        source="probe ('on the basis of the provisions of'; was request)",
    ),
    Case(
        "2. Requests the Secretary-General to act on the basis of para. 2 of resolution 660 (1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "cite")],
        source="probe ('on the basis of' with an abbreviated locator; was request)",
    ),
    Case(
        "3. Decides, on the basis of the Secretary-General's report (S/25812), to enlarge the mandate",
        [("S/25812", "S/25812", None, None, "cite")],
        source="probe from S_RES_832_1993 O3 (the report named by its symbol is the basis; was decide)",
    ),
    Case(
        "3. Decides, on the basis of the Secretary-General's report and in\naccordance with the provisions of "
        "resolution 693 (1991), to enlarge the mandate",
        [("693 (1991)", "S/RES/693 (1991)", "SC", None, "cite")],
        source="S_RES_832_1993.txt O3 (unchanged: 'in accordance with the provisions of')",
    ),
    Case(
        "1. Reaffirms the basis of resolution 660 (1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "reaffirm")],
        source="probe (negative: 'the basis of' with no 'on' is the verb's object)",
    ),
    Case(
        "1. Requests the Secretary-General to act on the basis of the views expressed by States, and reaffirms "
        "resolution 660 (1990);",
        [("660 (1990)", "S/RES/660 (1990)", "SC", None, "reaffirm")],
        source="probe from A_RES_78_16 (negative: the basis names other words, a verb comes between)",
    ),
]


@pytest.mark.parametrize("case", ABBREVIATED_LOCATORS_AND_BASIS, ids=lambda c: f"{c.source}: {c.text[:40]}")
def test_abbreviated_locators_and_basis(case: Case) -> None:
    found = scan_text(case.text, Context(organ=case.organ))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == case.refs


#: Round refs13a (audit13 re2): the scope of a source phrase and of a participle in a list of resolutions.
#: A source phrase inside one item's "on <subject>" names what that subject names and stops at the next item
#: ("resolution 8/6 ... on ... bribery as defined under the Convention and resolution 8/9": recall, as 8/6);
#: the list's own phrase before its first item carries over every item, quoted titles between
#: ("in accordance with resolution 9/1 ..., entitled “...”, and resolution 10/11": cite, as 9/1); a gerund
#: after a comma in a "through/by <gerund> ..., <gerund> ... and <gerund>" list is the preposition's object
#: and governs nothing after the list; "as part of the implementation of" names the frame, as "in
#: implementation of" does (cite).
_ON_UNCAC = (
    "Preventing and combating corrupt practices and the transfer of proceeds of corruption, facilitating asset "
    "recovery and returning such assets to legitimate owners, in particular to countries of origin, in accordance "
    "with the United Nations Convention against Corruption"
)


@dataclass
class ScopeCase:
    text: str
    refs: list[tuple[str, str, str | None, str | None, str]]
    source: str = ""


SOURCE_PHRASE_AND_PARTICIPLE_SCOPE = [
    # 1. a source phrase inside an item's subject does not reach over "and" to the next item
    ScopeCase(
        "Recalling resolution 6/2 on facilitating international cooperation in asset recovery and the return "
        "of proceeds of crime, resolution 6/3 on fostering effective asset recovery and resolution 6/4 of 6 "
        "November 2015 on enhancing the use of civil and administrative proceedings against corruption, "
        "including through international cooperation, in the framework of the United Nations Convention "
        "against Corruption,  adopted by the Conference of the States Parties to the Convention at its sixth "
        "session, held in Saint Petersburg, Russian Federation, from 2 to 6 November 2015, and resolution 7/1"
        " on strengthening mutual legal assistance for international cooperation and asset recovery, as well "
        "as resolution 8/1 of 20 December 2019 on strengthening of international cooperation on asset "
        "recovery and of administration of frozen, seized and confiscated assets, resolution 8/6 of 20 "
        "December 2019 on implementation of international obligations to prevent and combat bribery as "
        "defined under the United Nations Convention against Corruption and resolution 8/9 on strengthening "
        "asset recovery to support the 2030 Agenda for Sustainable Development,  adopted by the Conference of"
        " the States Parties to the Convention at its eighth session, held in Abu Dhabi from 16 to 20 "
        "December 2019, as well as resolution 10/7 on promoting international cooperation in civil and "
        "administrative proceedings related to corruption as provided in the United Nations Convention "
        "against Corruption, adopted by the Conference of the States Parties to the Convention at its tenth "
        "session, held in Atlanta, United States of America, from 11 to 15 December 2023,",
        [
            ("6/2", "CAC/COSP/RES/6/2", "COSP-UNCAC", None, "recall"),
            ("6/3", "CAC/COSP/RES/6/3", "COSP-UNCAC", None, "recall"),
            ("6/4", "CAC/COSP/RES/6/4", "COSP-UNCAC", "2015-11-06", "recall"),
            ("7/1", "CAC/COSP/RES/7/1", "COSP-UNCAC", None, "recall"),
            ("8/1", "CAC/COSP/RES/8/1", "COSP-UNCAC", "2019-12-20", "recall"),
            ("8/6", "CAC/COSP/RES/8/6", "COSP-UNCAC", "2019-12-20", "recall"),
            ("8/9", "CAC/COSP/RES/8/9", "COSP-UNCAC", None, "recall"),
            ("10/7", "CAC/COSP/RES/10/7", "COSP-UNCAC", None, "recall"),
        ],
        source="A_RES_79_190.txt P69 ('as defined under' in 8/6's subject; 8/9 was cite)",
    ),
    ScopeCase(
        "Recalling resolution 8/6 of 20 December 2019 on implementation of international obligations to prevent "
        "and combat bribery as defined under the United Nations Convention against Corruption and resolution 8/9 "
        "on strengthening asset recovery to support the 2030 Agenda for Sustainable Development, adopted by the "
        "Conference of the States Parties to the Convention,",
        [
            ("8/6", "CAC/COSP/RES/8/6", "COSP-UNCAC", "2019-12-20", "recall"),
            ("8/9", "CAC/COSP/RES/8/9", "COSP-UNCAC", None, "recall"),
        ],
        source="re2 probe p1 (was cite for 8/9)",
    ),
    ScopeCase(
        "Recognizing that international cooperation is essential, in accordance with resolution 8/6 of 20 "
        "December 2019 on implementation of international obligations as defined under the United Nations "
        "Convention against Corruption and resolution 8/9 on strengthening asset recovery,",
        [
            ("8/6", "CAC/COSP/RES/8/6", "COSP-UNCAC", "2019-12-20", "cite"),
            ("8/9", "CAC/COSP/RES/8/9", "COSP-UNCAC", None, "cite"),
        ],
        source="probe from p1 (the list's own 'in accordance with' carries over both items)",
    ),
    ScopeCase(
        "Recalling the obligations as defined under the United Nations Convention against Corruption and "
        "resolution 8/9 on strengthening asset recovery,",
        [("8/9", "CAC/COSP/RES/8/9", "COSP-UNCAC", None, "cite")],
        source="probe from p1 (negative: no item before, the phrase's second object; unchanged)",
    ),
    # 2. the list's own source phrase carries over a quoted title between two items
    ScopeCase(
        "Recognizing that preventing and combating corruption is particularly challenging during times of "
        "emergencies and crisis response and recovery and that international cooperation is essential in all "
        "these efforts, in accordance with resolution 9/1 of 15 December 2021, entitled “Sharm el-Sheikh "
        "declaration on strengthening international cooperation in the prevention of and fight against "
        "corruption during times of emergencies and crisis response and recovery”,  and resolution 10/11 of "
        "15 December 2023, entitled “Follow-up to the Sharm el-Sheikh declaration on strengthening "
        "international cooperation in the prevention of and fight against corruption during times of "
        "emergencies and crisis response and recovery”, of the Conference of the States Parties to the "
        "Convention,",
        [
            ("9/1", "CAC/COSP/RES/9/1", "COSP-UNCAC", "2021-12-15", "cite"),
            ("10/11", "CAC/COSP/RES/10/11", "COSP-UNCAC", "2023-12-15", "cite"),
        ],
        source="A_RES_79_190.txt P70 (a title of 190 characters between; 10/11 was recognize)",
    ),
    ScopeCase(
        "Recognizing that international cooperation is essential in all these efforts, in accordance with "
        "resolution 9/1 of 15 December 2021, entitled “Sharm el-Sheikh declaration on strengthening international "
        "cooperation”, and resolution 10/11 of 15 December 2023, entitled “Follow-up to the Sharm el-Sheikh "
        "declaration”, of the Conference of the States Parties to the United Nations Convention against "
        "Corruption,",
        [
            ("9/1", "CAC/COSP/RES/9/1", "COSP-UNCAC", "2021-12-15", "cite"),
            ("10/11", "CAC/COSP/RES/10/11", "COSP-UNCAC", "2023-12-15", "cite"),
        ],
        source="re2 probe p2 (was recognize for 10/11)",
    ),
    ScopeCase(
        "Recognizing that cooperation is essential, in accordance with resolution 9/1 of 15 December 2021, "
        "entitled “Sharm el-Sheikh declaration”, and recalling resolution 10/11 of 15 December 2023,",
        [
            ("9/1", "CAC/COSP/RES/9/1", "COSP-UNCAC", "2021-12-15", "cite"),
            ("10/11", "CAC/COSP/RES/10/11", "COSP-UNCAC", "2023-12-15", "recall"),
        ],
        source="probe from p2 (negative: a verb after the title governs the next item)",
    ),
    ScopeCase(
        "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda "
        "for Sustainable Development”, and its resolution 71/313 of 6 July 2017,",
        [
            ("70/1", "A/RES/70/1", "GA", "2015-09-25", "recall"),
            ("71/313", "A/RES/71/313", "GA", "2017-07-06", "recall"),
        ],
        source="probe (a title between two objects of the verb: both keep it)",
    ),
    # 3. a gerund after a comma in a "through <gerund> ..." list governs nothing after the list
    ScopeCase(
        "Urges States parties to the Convention to effectively implement all resolutions and decisions of the"
        " Conference of the States Parties to the Convention, including resolutions 7/8 on corruption in "
        "sport, 8/4 on safeguarding sport from corruption, and 10/3 on the follow-up to the Marrakech "
        "declaration on the prevention of corruption, as well as General Assembly resolution 77/235 on "
        "preventing and combating corrupt practices, facilitating asset recovery and returning such assets to"
        " legitimate owners, particularly to countries of origin, in accordance with the United Nations "
        "Convention against Corruption, inter alia, through taking robust legislative and law enforcement "
        "measures, supporting technical assistance and promoting capacity-building initiatives, as "
        "appropriate, and promoting cooperation between law enforcement agencies and relevant sport-related "
        "organizations and stakeholders, as well as resolution 7/5 on promoting preventive measures against "
        "corruption, and also urges States parties to the Convention to enhance prevention;",
        [
            ("7/8", "CAC/COSP/RES/7/8", "COSP-UNCAC", None, "urge"),
            ("8/4", "CAC/COSP/RES/8/4", "COSP-UNCAC", None, "urge"),
            ("10/3", "CAC/COSP/RES/10/3", "COSP-UNCAC", None, "urge"),
            ("77/235", "A/RES/77/235", "GA", None, "urge"),
            ("7/5", "CAC/COSP/RES/7/5", "COSP-UNCAC", None, "urge"),
        ],
        source="A_RES_79_190.txt O43 ('supporting' is an object of 'through'; 7/5 was support)",
    ),
    ScopeCase(
        "Urges States parties to implement all resolutions of the Conference of the States Parties to the United "
        "Nations Convention against Corruption, including resolution 7/8, through taking measures, supporting "
        "technical assistance, as well as resolution 7/5 on preventive measures;",
        [
            ("7/8", "CAC/COSP/RES/7/8", "COSP-UNCAC", None, "urge"),
            ("7/5", "CAC/COSP/RES/7/5", "COSP-UNCAC", None, "urge"),
        ],
        source="re2 probe q7 (was support for 7/5)",
    ),
    ScopeCase(
        "Recognizing the importance of taking measures, supporting resolution 7/5 of the Conference of the "
        "States Parties to the United Nations Convention against Corruption,",
        [("7/5", "CAC/COSP/RES/7/5", "COSP-UNCAC", None, "support")],
        source="probe from q7 (negative: 'of taking', no 'by'/'through' list: a participle of its own)",
    ),
    ScopeCase(
        "Urges States parties to act through cooperation, supporting resolution 7/5 of the Conference of the "
        "States Parties to the United Nations Convention against Corruption;",
        [("7/5", "CAC/COSP/RES/7/5", "COSP-UNCAC", None, "support")],
        source="probe from q7 (negative: 'through' takes a noun, no list of gerunds)",
    ),
    # 4. "as part of the implementation of" names the frame: cite
    ScopeCase(
        "Notes with appreciation the progress achieved by the United Nations Office on Drugs and Crime anti-"
        "corruption hubs since their creation and their continued work, as part of the implementation of "
        "Conference resolution 9/4, and urges States parties to afford one another, according to their "
        "capacities, the widest measure of technical assistance;",
        [("9/4", "CAC/COSP/RES/9/4", "COSP-UNCAC", None, "cite")],
        source="A_RES_79_190.txt O64 (was note)",
    ),
    ScopeCase(
        "Notes with appreciation the implementation of Conference resolution 9/4, and urges States parties to "
        "afford one another technical assistance;",
        [("9/4", "CAC/COSP/RES/9/4", "COSP-UNCAC", None, "note")],
        source="probe from O64 (negative: what is noted is the implementation itself)",
    ),
]


@pytest.mark.parametrize(
    "case", SOURCE_PHRASE_AND_PARTICIPLE_SCOPE, ids=lambda c: f"{c.source}: {c.text[:40]}"
)
def test_source_phrase_and_participle_scope(case: ScopeCase) -> None:
    found = scan_text(case.text, Context(organ="GA", doc_text=_ON_UNCAC))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == case.refs


#: Audit r6a: a cross-document check of ``relation`` over the whole corpus (references grouped by the
#: last words before them or their list, numbers masked) found no layout-caused difference: where the same
#: words give different relations, a different governing verb or source phrase further back decides. Each
#: pair below is such a group, read and found right by SCHEMA, kept right: the same noun phrase as the
#: verb's own object (the verb's) and as the object of a participle or source phrase ("adopted by",
#: "established through", "in accordance with", "in line with": cite).
CROSS_DOCUMENT_PAIRS = [
    Case(
        "Welcoming the establishment by the General Assembly in its resolution 77/301 of 29 June 2023 of the "
        "Independent Institution on Missing Persons in the Syrian Arab Republic to clarify the fate and "
        "whereabouts of all missing persons in the Syrian Arab Republic,",
        [("77/301", "A/RES/77/301", "GA", "2023-06-29", "welcome")],
        organ="GA",
        source="A_RES_78_222.txt P26 (the establishment is what is welcomed, as SCHEMA's 'the adoption, by')",
    ),
    Case(
        "Recalling the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons by "
        "the General Assembly in its resolution 64/293 of 30 July 2010, and underlining the importance of its "
        "full implementation,",
        [("64/293", "A/RES/64/293", "GA", "2010-07-30", "recall")],
        organ="GA",
        source="A_RES_78_228.txt P8 (also 79/189 P6, 80/228 P8)",
    ),
    Case(
        "Welcoming in particular the efforts of States, United Nations bodies and agencies and intergovernmental "
        "and non-governmental organizations to combat trafficking in persons, especially trafficking in women and "
        "children, including the implementation of the United Nations Global Plan of Action to Combat Trafficking "
        "in Persons adopted by the General Assembly in its resolution 64/293 of 30 July 2010 and the 2021 "
        "Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat "
        "Trafficking in Persons,",
        [("64/293", "A/RES/64/293", "GA", "2010-07-30", "cite")],
        organ="GA",
        source="A_RES_79_154.txt P12 (the same plan after 'adopted by': the source)",
    ),
    Case(
        "Welcomes the establishment of the Permanent Forum on People of African Descent, through its resolution "
        "75/314 of 2 August 2021, which determines its mandate and composition, as a consultative mechanism for "
        "people of African descent and other relevant stakeholders;",
        [("75/314", "A/RES/75/314", "GA", "2021-08-02", "welcome")],
        organ="GA",
        source="A_RES_78_234.txt O11 (also 79/161 O13)",
    ),
    Case(
        "Also welcomes the ongoing work of the Permanent Forum on People of African Descent, established through "
        "its resolution 75/314 of 2 August 2021, which determines its mandate and composition, as a consultative "
        "mechanism for people of African descent and other relevant stakeholders;",
        [("75/314", "A/RES/75/314", "GA", "2021-08-02", "cite")],
        organ="GA",
        source="A_RES_80_193.txt O26 (the same forum after 'established through': the source)",
    ),
    Case(
        "Recalling also its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the "
        "proclamation of international years and Economic and Social Council resolution 1980/67 of 25 July 1980 "
        "on international years and anniversaries,",
        [
            ("53/199", "A/RES/53/199", "GA", "1998-12-15", "recall"),
            ("61/185", "A/RES/61/185", "GA", "2006-12-20", "recall"),
            ("1980/67", "E/RES/1980/67", "ECOSOC", "1980-07-25", "recall"),
        ],
        organ="GA",
        source="A_RES_79_269.txt P4",
    ),
    Case(
        "Noting the importance of initiatives under the United Nations system, including the observance of World "
        "Pulses Day, aimed at increasing public awareness of relevant agriculture, food security and nutritional "
        "benefits, in accordance with General Assembly resolutions 53/199 of 15 December 1998 and 61/185 of 20 "
        "December 2006 on the proclamation of international years and Economic and Social Council resolution "
        "1980/67 of 25 July 1980 on international years and anniversaries,",
        [
            ("53/199", "A/RES/53/199", "GA", "1998-12-15", "cite"),
            ("61/185", "A/RES/61/185", "GA", "2006-12-20", "cite"),
            ("1980/67", "E/RES/1980/67", "ECOSOC", "1980-07-25", "cite"),
        ],
        organ="GA",
        source="A_RES_78_168.txt P59, the list of days cut short (the same list after 'in accordance with')",
    ),
    Case(
        "Recalling the mandate of United Nations Environment Assembly resolution 5/14 requesting the convening of "
        "an intergovernmental negotiating committee to develop an international legally binding instrument on "
        "plastic pollution,",
        [("5/14", "UNEP/EA.5/Res.14", "UNEA", None, "recall")],
        organ="GA",
        source="A_RES_80_109.txt P67",
    ),
    Case(
        "Also welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental "
        "negotiating committee to develop an international legally binding instrument on plastic pollution, "
        "including in the marine environment, based on a comprehensive approach and with the ambition of "
        "completing its work by the end of 2024 in line with the mandate of United Nations Environment Assembly "
        "resolution 5/14, and notes that the committee held its first to fifth sessions;",
        [("5/14", "UNEP/EA.5/Res.14", "UNEA", None, "cite")],
        organ="GA",
        source="A_RES_79_144.txt O217 (the same mandate after 'in line with'; also 80/110 O213)",
    ),
    Case(
        "Having examined the report of the Secretary-General on the implementation of resolution 77/38,",
        [("77/38", "A/RES/77/38", "GA", None, "examine")],
        organ="GA",
        source="A_RES_78_17.txt P12",
    ),
    Case(
        "Takes note of the report of the Secretary-General on the implementation of resolution 77/38;",
        [("77/38", "A/RES/77/38", "GA", None, "take-note")],
        organ="GA",
        source="A_RES_78_17.txt O8 (the same report, the operative verb)",
    ),
    Case(
        "Acting under Chapter VII of the Charter of the United Nations: (a) Requests all States to report to the "
        "Secretary-General within twenty days on the measures they have instituted for meeting the obligations "
        "set out in paragraph 6 of resolution 713 (1991) to implement a general and complete embargo on all "
        "deliveries of weapons and military equipment to Yugoslavia; (b) Decides to establish a committee of the "
        "Security Council to undertake the following tasks: (i) To seek from all States further information "
        "regarding the action taken by them concerning the effective implementation of the embargo imposed by "
        "paragraph 6 of resolution 713 (1991); (c) Calls upon all States to cooperate fully with the Committee in "
        "the fulfilment of its tasks concerning the effective implementation of the provisions of paragraph 6 of "
        "resolution 713 (1991);",
        [
            ("713 (1991)", "S/RES/713 (1991)", "SC", None, "cite"),
            ("713 (1991)", "S/RES/713 (1991)", "SC", None, "cite"),
            ("713 (1991)", "S/RES/713 (1991)", "SC", None, "call-upon"),
        ],
        source="S_RES_724_1991.txt O5, cut short (lettered items: 'set out in', 'imposed by' name the source; "
        "(c) has its own verb)",
    ),
]


@pytest.mark.parametrize("case", CROSS_DOCUMENT_PAIRS, ids=lambda c: f"{c.source}: {c.text[:40]}")
def test_cross_document_pairs(case: Case) -> None:
    found = scan_text(case.text, Context(organ=case.organ))
    assert [(f.surface, f.target, f.body, f.date, f.relation) for f in found] == case.refs
