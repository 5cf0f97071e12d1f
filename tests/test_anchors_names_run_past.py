"""anchors.py, audit9 (round 6d): what a footnote mark carries when the words before it run on past the name: a plan
of action's subject in plain words, a purpose adjunct ("with a view to ..."), a participle and its agent or the
paragraphs of a resolution before "pursuant to", a span of years after plain words. One table per rule, from the
corpus's own sentences and the auditors' probes (exact expected anchors); each table has cases that must stay as they
were."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A plan, programme or platform of action whose subject in plain words runs on to the mark is read whole: a lower-case
# "to <noun>" in the subject is no infinitive of purpose. (paragraph, footnote number, anchor)
ACTION_SUBJECTS = [
    (
        "Noting the conclusions and recommendations of the expert workshops organized by the Office of the United"
        " Nations High Commissioner for Human Rights and contained in the Rabat Plan of Action on the prohibition of"
        " advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or"
        " violence, adopted in Rabat on 5 October 2012,\u00b9",
        1,
        "Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes"
        " incitement to discrimination, hostility or violence",
    ),  # A/RES/78/212 F4: A/HRC/22/17/Add.4, appendix (was "recommendations of ... incitement", audit9 gaL 1)
    (
        "as well as the initiative of the Office of the United Nations High Commissioner for Human Rights and its"
        " outcome document, the Rabat Plan of Action on the prohibition of advocacy of national, racial or religious"
        " hatred that constitutes incitement to discrimination, hostility or violence, adopted in Rabat on 5 October"
        " 2012,\u00b9",
        1,
        "Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes"
        " incitement to discrimination, hostility or violence",
    ),  # A/RES/78/214 F14: the same footnote (was "outcome document, the Rabat Plan ...")
    (
        "Noting the Rabat Plan of Action on the prohibition of advocacy of hatred that constitutes incitement to"
        " violence,\u00b9",
        1,
        "Rabat Plan of Action on the prohibition of advocacy of hatred that constitutes incitement to violence",
    ),  # audit9 gaL probe (was "hatred that constitutes incitement")
    (
        "Noting the Plan of Action against incitement to violence,\u00b9",
        1,
        "Plan of Action against incitement to violence",
    ),  # audit9 gaL probe (was "Action against incitement")
    (
        "Recalling the Programme of Action against the illicit trade in small arms,\u00b9",
        1,
        "Programme of Action against the illicit trade in small arms",
    ),  # (was "trade in small arms")
    # unchanged: a capitalised title; the session of a body after the title; a new clause
    ("Noting the Plan of Action to Prevent Violence,\u00b9", 1, "Plan of Action to Prevent Violence"),
    (
        "Welcomes the report of the Group of Independent Eminent Experts on the Implementation of the Durban"
        " Declaration and Programme of Action on its eighth session,\u00b9",
        1,
        "report of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and"
        " Programme of Action",
    ),  # A/RES/78/234 (no mark there)
    (
        "Noting the Plan of Action on the prohibition of advocacy that was adopted by the Conference,\u00b9",
        1,
        "Conference",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), ACTION_SUBJECTS)
def test_a_plan_of_action_and_its_subject(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# "with a view to ..." before the mark is a purpose adjunct, cut off whole: the name before it carries the mark.
PURPOSE_ADJUNCTS = [
    (
        "Noting also the operationalization of a far-reaching organizational change initiative in the Office of the"
        " United Nations High Commissioner for Human Rights with a view to better integrating work at Headquarters and"
        " in the field,\u00b9",
        1,
        "Office of the United Nations High Commissioner for Human Rights",
    ),  # A/RES/78/235 F4: A/70/36 (was "Rights with a view", audit9 gaJ 2; the initiative is not read)
    (
        "Noting also the adoption of the Programme of Action with a view to better integrating work at Headquarters"
        " and in the field,\u00b9",
        1,
        "Programme of Action",
    ),  # audit9 gaJ probe (was "Action with a view")
    # unchanged: "with" in a title; a name after the adjunct carries the mark
    (
        "Recalling the Agreement on Cooperation with Third States,\u00b9",
        1,
        "Agreement on Cooperation with Third States",
    ),
    (
        "Noting the efforts of the Working Group with a view to the adoption of the Convention against Corruption,\u00b9",
        1,
        "Convention against Corruption",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PURPOSE_ADJUNCTS)
def test_a_purpose_adjunct(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A report named before "pursuant to <resolution>" carries a mark after the resolution's number: a participle and its
# agent after "by" before "pursuant to" are part of the qualifier, and so are the paragraphs of the resolution.
REPORTS_PURSUANT_TO = [
    (
        "Having considered at its previous sessions the report of the Group of Legal Experts established by the"
        " Secretary-General pursuant to its resolution 59/300\u00b9 and the note by the Secretariat,\u00b2",
        1,
        "report of the Group of Legal Experts",
    ),  # A/RES/80/160 F9, 79/116 F9, 78/102 F9: A/60/980 (were "Secretary-General", audit9 gaJ 3, audit6 gaQ 5)
    (
        "Takes note of the reports of the Secretary-General,\u00b9 in particular annexes I and II to the report"
        " submitted pursuant to paragraphs 31 and 32 of its resolution 79/116,\u00b2 which provide additional"
        " information",
        2,
        "report",
    ),  # A/RES/80/160 F14: A/80/270, 79/116 F15, 78/102 F14 (were "resolution 79/116", audit9 gaJ 4)
    (
        "Having considered the report of the Secretary-General submitted pursuant to paragraph 2 of resolution"
        " 431 (1978)\u00b9 and his explanatory statement",
        1,
        "report of the Secretary-General",
    ),  # S/RES/435 (1978) F61: S/12827, the report (was "resolution 431 (1978)")
    # unchanged: no name after "by"; a participle that only "pursuant to" follows; "adopted by" is cut as before
    (
        "Taking note of the guidelines endorsed by consensus pursuant to resolution 70/1,\u00b9",
        1,
        "guidelines endorsed by consensus",
    ),
    (
        "Recalling the Convention adopted by the General Assembly pursuant to its resolution 58/4,\u00b9",
        1,
        "Convention",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), REPORTS_PURSUANT_TO)
def test_a_report_pursuant_to_a_resolution(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A span of years after "for the" names nothing: the plain noun phrase it qualifies carries the mark, read with it
# (and with the name that phrase owns after "of the").
SPANS_OF_YEARS = [
    (
        "Reiterates, with regard to the composition of the bureaux of the Committee and its subcommittees for the"
        " period 2024\u20132025,\u00b9 that the Committee and its subcommittees should elect their officers",
        1,
        "composition of the bureaux of the Committee and its subcommittees for the period 2024\u20132025",
    ),  # A/RES/78/72 F31, 79/87 F35, 80/76 F32: A/58/20, para. 12 (were "period 2024–2025", audit9 gaI Likely 1)
    (
        "Approving the budget for the biennium 2024\u20132025,\u00b9",
        1,
        "budget for the biennium 2024\u20132025",
    ),
    # unchanged: a name before the span; a list of offices with ", respectively," before it is not read
    (
        "Recalling the new strategic plan of the Institute for the period 2024\u20132028,\u00b9",
        1,
        "Institute for the period 2024\u20132028",
    ),
    (
        "Notes that the African States have nominated their candidates for the offices of Chair of the Committee and"
        " Chair of the Legal Subcommittee, respectively, for the period 2024\u20132025;\u00b9",
        1,
        "period 2024\u20132025",
    ),  # A/RES/78/72 F29 (A/78/20)
]


@pytest.mark.parametrize(("body", "number", "anchor"), SPANS_OF_YEARS)
def test_a_span_of_years(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
