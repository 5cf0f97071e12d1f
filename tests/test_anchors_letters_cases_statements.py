"""anchors.py, audit9 (round 6b): what a footnote mark carries when the name read at it is only a part of the document's
name: a letter's sender or the group it speaks for, a person's title in apposition, a case's parties after "v.", a
place inside a subject in plain words. One table per rule, from the corpus's own sentences (exact expected anchors);
each table has cases that must stay as they were."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A letter or note named by its date or its sender carries the mark its tail (from whom, to whom, on whose behalf,
# what it transmits) runs on to; an "addressed to" tail is left out. (paragraph, footnote number, anchor)
LETTERS = [
    (
        "Having considered the letter dated 5 May 1978 from the Permanent Representative of Angola transmitting a"
        " communication from the First Vice-Prime Minister of the People\u2019s Republic of Angola\u00b9 and the letter"
        " dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the Group of African States at"
        " the United Nations,\u00b2",
        1,
        "letter dated 5 May 1978 from the Permanent Representative of Angola transmitting a communication from the"
        " First Vice-Prime Minister of the People\u2019s Republic of Angola",
    ),  # S/RES/428 (1978) F43: S/12690 (was the First Vice-Prime Minister, audit9 sc9 4)
    (
        "Having considered the letter dated 5 May 1978 from the Permanent Representative of Angola transmitting a"
        " communication from the First Vice-Prime Minister of the People\u2019s Republic of Angola\u00b9 and the letter"
        " dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the Group of African States at"
        " the United Nations,\u00b2",
        2,
        "letter dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the Group of African States"
        " at the United Nations",
    ),  # S/RES/428 (1978) F44: S/12693 (was the Group of African States)
    (
        "Taking note of the letter dated 11 April 2023 from the Chair of the Commission addressed to the President of"
        " the thirty-third Meeting of States Parties,\u00b9",
        1,
        "letter dated 11 April 2023 from the Chair of the Commission",
    ),  # A/RES/78/69 F19: SPLOS/33/10 (was "States Parties")
    (
        "Having considered the letter dated 12 October 1993 from the Chairman of the Parliament, head of State of the"
        " Republic of Georgia, to the Secretary General,\u00b9",
        1,
        "letter dated 12 October 1993 from the Chairman of the Parliament, head of State of the Republic of Georgia,"
        " to the Secretary General",
    ),  # S/RES/876 (1993) F25: S/26551 (was "Secretary General")
    (
        "Having considered the request of the Permanent Representative of Angola contained in document S/13595, as well"
        " as his note dated 31 October 1979 transmitting the text of a communiqu\u00e9 issued by the Political Bureau of"
        " the Central Committee of the MPLA-Workers\u2019 Party,\u00b9",
        1,
        "note dated 31 October 1979 transmitting the text of a communiqu\u00e9 issued by the Political Bureau of the"
        " Central Committee of the MPLA-Workers\u2019 Party",
    ),  # S/RES/454 (1979) F72: S/13599, the note (was "text of a communiqué", audit7 sc7 6)
    (
        "Having considered the letter of the Permanent Representative of Kenya on behalf of the African Group of States"
        " at the United Nations,\u00b9",
        1,
        "letter of the Permanent Representative of Kenya on behalf of the African Group of States at the United Nations",
    ),  # S/RES/387 (1976) F33: S/12007
    # unchanged: the letter is read already; a new item after the letter carries the mark
    (
        "Taking note of the letter dated 21 June 2023 from the Chair of the Advisory Commission of the Agency addressed"
        " to the Commissioner-General,\u00b9",
        1,
        "letter dated 21 June 2023 from the Chair of the Advisory Commission of the Agency",
    ),  # A/RES/78/73 F2
    (
        "Having considered the letter dated 15 October 1993 from President Aristide to the Secretary-General,\u00b9",
        1,
        "letter dated 15 October 1993 from President Aristide to the Secretary-General",
    ),  # S/RES/875 (1993) F27
    (
        "Recalling the letter dated 5 May 1978 from the Permanent Representative of Angola, and the report of the"
        " Secretary-General,\u00b9",
        1,
        "report of the Secretary-General",
    ),
    (
        "Noting that the letter dated 30 June 2023 was circulated to all delegations,\u00b9",
        1,
        "circulated to all delegations",
    ),  # a verb after the letter: what the clause says is no tail of the letter (tests/test_anchors.py, as before)
    (
        "Taking note of the letters from the Permanent Representative of Lebanon\u00b9 and from the Permanent"
        " Representative of Israel,\u00b2",
        2,
        "Permanent Representative of Israel",
    ),  # S/RES/425 (1978) F20 (undated "letters from" is not read by this rule)
]


@pytest.mark.parametrize(("body", "number", "anchor"), LETTERS)
def test_a_letter_and_its_tail(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document of a person named without an article, whose title in apposition after a comma runs on to the mark,
# carries the mark: the title only says who the person is. (paragraph, footnote number, anchor)
PERSONS_DESCRIBED = [
    (
        "Having received and noted the report of Sir Owen Dixon, the United Nations Representative for India and"
        " Pakistan,\u00b9 on his mission initiated by Security Council resolution 80 (1950) of 14 March 1950,",
        1,
        "report of Sir Owen Dixon, the United Nations Representative for India and Pakistan",
    ),  # S/RES/91 (1951) F3: S/1791 and Add.1 (was the title alone, audit9 sc9 3)
    # unchanged: a list of owners after "of the" (a second body, not a title of the first)
    (
        "Taking note of the reports of the Special Representative of the Secretary-General on Violence against"
        " Children, the Special Representative of the Secretary-General for Children and Armed Conflict,\u00b9",
        1,
        "Special Representative of the Secretary-General for Children and Armed Conflict",
    ),  # A/RES/78/187 F37
    (
        "Having heard the statement of Mr. Sam Nujoma, President of the South West Africa People\u2019s Organization,\u00b9",
        1,
        "statement of Mr. Sam Nujoma, President of the South West Africa People\u2019s Organization",
    ),  # S/RES/428 (1978) F45: a title with no article was read with the person already
]


@pytest.mark.parametrize(("body", "number", "anchor"), PERSONS_DESCRIBED)
def test_a_document_of_a_person_described(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "v." between a case's parties ends no sentence: the case's name is read whole, with the court's judgment, order or
# opinion it is named in. (paragraph, footnote number, anchor)
COURT_CASES = [
    (
        "Recalling the judgment of the International Court of Justice of 31 January 2024 in Application of the"
        " International Convention for the Suppression of the Financing of Terrorism and of the International Convention"
        " on the Elimination of All Forms of Racial Discrimination (Ukraine v. Russian Federation),\u00b9",
        1,
        "judgment of the International Court of Justice of 31 January 2024 in Application of the International"
        " Convention for the Suppression of the Financing of Terrorism and of the International Convention on the"
        " Elimination of All Forms of Racial Discrimination (Ukraine v. Russian Federation)",
    ),  # A/RES/79/184 F30, 80/223 F35: A/79/4 (was "Russian Federation)", audit9 gaE 1)
    (
        "Recalling also the order of the International Court of Justice of 16 March 2022 on provisional measures in the"
        " case concerning Allegations of Genocide under the Convention on the Prevention and Punishment of the Crime of"
        " Genocide (Ukraine v. Russian Federation),\u00b9",
        1,
        "order of the International Court of Justice of 16 March 2022 on provisional measures in the case concerning"
        " Allegations of Genocide under the Convention on the Prevention and Punishment of the Crime of Genocide"
        " (Ukraine v. Russian Federation)",
    ),  # A/RES/78/221 F24: A/77/4 (was "Russian Federation)")
    (
        "Taking note also of the Judgment of the International Court of Justice of 31 March 2004 in the case concerning"
        " Avena and Other Mexican Nationals\u00b9 and the Judgment of the Court of 19 January 2009 regarding the request"
        " for interpretation of the Avena Judgment,\u00b2",
        1,
        "Judgment of the International Court of Justice of 31 March 2004 in the case concerning Avena and Other Mexican"
        " Nationals",
    ),  # A/RES/78/217 F27: A/59/4 (was the case's name alone)
    # unchanged
    (
        "Taking note also of the Judgment of the International Court of Justice of 31 March 2004 in the case concerning"
        " Avena and Other Mexican Nationals\u00b9 and the Judgment of the Court of 19 January 2009 regarding the request"
        " for interpretation of the Avena Judgment,\u00b2",
        2,
        "Avena Judgment",
    ),  # A/RES/78/217 F28
    (
        "Recalling the Convention on the Rights of the Child, (v) the Optional Protocol thereto,\u00b9",
        1,
        "Optional Protocol thereto",
    ),  # a lower-case "v" that numbers an item joins nothing
]


@pytest.mark.parametrize(("body", "number", "anchor"), COURT_CASES)
def test_a_court_case(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A body's statement whose subject in plain words (and the dates of its issues) runs on to the mark carries each mark
# of the dates, with its subject as printed before them. (paragraph, footnote number, anchor)
_MYANMAR = (
    "the presidential statements issued by the Security Council on 6 November 2017\u00b9 and 10 March 2021,\u00b2 and the"
    " press statements of the Security Council on the situation in Myanmar of 9 May 2018,\u00b3 4 February 2021,\u2074"
    " 1 and 30 April 2021 and 4 April 2025,\u2075"
)
STATEMENTS = [
    (_MYANMAR, 3, "press statements of the Security Council on the situation in Myanmar"),
    (_MYANMAR, 4, "press statements of the Security Council on the situation in Myanmar of 4 February 2021"),
    (_MYANMAR, 5, "press statements of the Security Council on the situation in Myanmar of 4 April 2025"),
    # A/RES/80/221 F21-F23, 78/219 F17, F18, 79/182 F19, F20: SC/13331, SC/14430, SC/16038 (were "Myanmar", audit9 gaD 5;
    # then without the later marks' own dates)
    # unchanged
    (_MYANMAR, 1, "presidential statements"),
    (_MYANMAR, 2, "presidential statements issued by the Security Council on 10 March 2021"),
    (
        "Noting the statement of the President of the Security Council on the implementation of the Convention on"
        " Biological Diversity,\u00b9",
        1,
        "Convention on Biological Diversity",
    ),  # an instrument read at the mark is what the footnote sources
]


# Statements "by its President", then ", including those of" the dates each mark stands after: "those" stands for the
# statements, and dates alone name nothing (SCHEMA.md); the statements carry both marks.
_STATEMENTS_BY_ITS = (
    "Referring to all previous relevant resolutions of the Security Council, including resolution 1631 (2005) of 17"
    " October 2005, and the relevant statements by its President, including those of 13 January 2010\u00b3 and 6"
    " August 2013,\u2074"
)
STATEMENTS += [
    (_STATEMENTS_BY_ITS, 3, "statements by its President"),
    (_STATEMENTS_BY_ITS, 4, "statements by its President"),
    # A/RES/79/10 F3, F4: S/PRST/2010/1, S/PRST/2013/12 (were "Referring", the verb)
]


@pytest.mark.parametrize(("body", "number", "anchor"), STATEMENTS)
def test_a_statement_on_a_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A mandate's title whose subject in plain words ends in a place's name at the mark is read whole: the place is only
# what the subject is on. (paragraph, footnote number, anchor)
MANDATES_AT_A_PLACE = [
    (
        "Condemns the long-standing and ongoing systematic, widespread and gross violations of human rights, including"
        " those identified by the group of independent experts on accountability for human rights violations in the"
        " Democratic People\u2019s Republic of Korea,\u00b9 established pursuant to Council resolution 31/18 of 23 March"
        " 2016,\u00b2",
        1,
        "group of independent experts on accountability for human rights violations in the Democratic People\u2019s"
        " Republic of Korea",
    ),  # A/RES/78/218 F15, 79/181 F17, 80/220 F16: A/HRC/34/66/Add.1 (were the country, audit9 gaC 1, audit8 gaD 3)
    (
        "Noting the violations documented by the Special Rapporteur on the situation of human rights in Myanmar,\u00b9",
        1,
        "Special Rapporteur on the situation of human rights in Myanmar",
    ),
    # unchanged: a document noun before the title (the report rule reads it); a second owner after "and of the"
    (
        "Taking note of the report of the group of independent experts on accountability for human rights violations in"
        " the Democratic People\u2019s Republic of Korea,\u00b9",
        1,
        "report of the group of independent experts",
    ),  # A/RES/78/218 F24
    (
        "Taking note of the reports of the Special Rapporteur on torture, and of the Special Rapporteur on the situation"
        " of human rights in Myanmar,\u00b9",
        1,
        "reports of the Special Rapporteur",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), MANDATES_AT_A_PLACE)
def test_a_mandate_at_a_place(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# The instrument the mark is on, without a name before it that carries no mark: the Charter of the United Nations
# (cited by name, never footnoted) before "and the", or a State bound "under" the instrument. Titles with "and" in
# them, an instrument "under" another and what refers back to the first item are read whole.
# (paragraph, footnote number, anchor)
INSTRUMENTS_AT_THE_MARK = [
    (
        "Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,\u00b9 the"
        " International Covenants on Human Rights\u00b2 and other relevant international human rights instruments,",
        1,
        "Universal Declaration of Human Rights",
    ),  # A/RES/78/219 F1, 80/221, 79/182, 79/269, 78/209, 79/189 F1: 217 A (III) (audit9 gaD 4)
    (
        "Recalling Articles 100, 104 and 105 of the Charter of the United Nations and the Convention on the Privileges"
        " and Immunities of the United Nations,\u00b9",
        1,
        "Convention on the Privileges and Immunities of the United Nations",
    ),  # A/RES/78/73 F8: resolution 22 A (I), the Convention
    (
        "Calls upon the Government of Myanmar to protect the rights of all children, including Rohingya children, in"
        " accordance with the obligations of Myanmar under the Convention on the Rights of the Child,\u00b9 including",
        1,
        "Convention on the Rights of the Child",
    ),  # A/RES/78/219 F27, 79/182 F28, 80/221 F33: UNTS vol. 1577 (audit9 gaD 3)
    # unchanged
    (
        "Recalling the Convention on the Prevention and Punishment of the Crime of Genocide,\u00b9",
        1,
        "Convention on the Prevention and Punishment of the Crime of Genocide",
    ),
    (
        "Reaffirming the Vienna Declaration and Programme of Action,\u00b9",
        1,
        "Vienna Declaration and Programme of Action",
    ),
    (
        "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,\u00b9",
        1,
        "Convention on the Rights of the Child and the Optional Protocols thereto",
    ),  # gold 000 F6
    (
        "Welcoming the adoption of the Agreement under the United Nations Convention on the Law of the Sea on the"
        " Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction,\u00b9",
        1,
        "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of"
        " Marine Biological Diversity of Areas beyond National Jurisdiction",
    ),  # A/RES/78/272 F3
    (
        "Recalling the launch of the Sustainable Food Systems Programme under the 10-Year Framework of Programmes on"
        " Sustainable Consumption and Production Patterns,\u00b9",
        1,
        "Sustainable Food Systems Programme under the 10-Year Framework of Programmes on Sustainable Consumption and"
        " Production Patterns",
    ),  # A/RES/78/168 F24
]


@pytest.mark.parametrize(("body", "number", "anchor"), INSTRUMENTS_AT_THE_MARK)
def test_the_instrument_at_the_mark(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
