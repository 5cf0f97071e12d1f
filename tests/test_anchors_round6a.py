"""anchors.py, audit9 round (anchors6a): one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A body's decision, request or conclusions whose content, a "that" clause, runs to the mark carries it, as a
# recommendation's does: not a word of the clause ("report" after "will" is a verb). (paragraph, anchor of mark 1)
THAT_CLAUSE_ACTS = [
    (
        "and welcoming the decision of the Economic and Social Council that the Commission, given its mandates and"
        " experience in promoting people-centred inclusive development, will report on social aspects related to the"
        " agreed main theme of the Council in order to contribute to its work,\u00b9 including by offering inputs",
        "decision of the Economic and Social Council",
    ),  # A/RES/78/174 F9: ECOSOC resolution 2016/6 (was "report", audit9 gaA 1)
    (
        "Welcoming the decision of the Economic and Social Council that the Commission will report on social"
        " aspects,\u00b9",
        "decision of the Economic and Social Council",
    ),  # audit9 gaA probe p1 F2 (was "report")
    (
        "Welcoming the decision of the Economic and Social Council that the Commission will contribute to its"
        " work,\u00b9",
        "decision of the Economic and Social Council",
    ),  # audit9 gaA probe p1 F3 (was "contribute to its work")
    (
        "28. Recalls the conclusions of the Special Rapporteur that revisionism and attempts to falsify history may,"
        " in certain circumstances, fall under the prohibition of hate speech under article 4 (a) of the Convention,"
        " which States are required to declare as offences punishable by law,\u00b9 and that neo-Nazi recruitment",
        "conclusions of the Special Rapporteur",
    ),  # A/RES/78/190, 79/160, 80/192 F16: A/HRC/38/53 (was "conclusions of the Special Rapporteur that revisionism
    # and attempts")
    # unchanged: no "that" clause; an instrument named in the clause; a relative clause on the body
    (
        "Recalling the decision of the Commission on Narcotic Drugs,\u00b9",
        "decision of the Commission on Narcotic Drugs",
    ),
    (
        "Noting the proposal of the Secretary-General that the Commission will review its methods of work,\u00b9",
        "proposal of the Secretary-General",
    ),  # audit9 gaA probe p1 F5
    (
        "Welcoming the decision of the Conference that States ratify the Convention on the Rights of the Child,\u00b9",
        "Convention on the Rights of the Child",
    ),
]


@pytest.mark.parametrize(("body", "anchor"), THAT_CLAUSE_ACTS)
def test_an_act_whose_that_clause_runs_to_the_mark(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor


# "report" after "to", "will" or another modal is a verb: it opens no document's name, and what it leaves is read as
# if a verb ended it. (paragraph, anchor of mark 1)
REPORT_AS_VERB = [
    (
        "Welcoming that the Commission will report on social aspects related to the agreed main theme,\u00b9",
        "agreed main theme",
    ),  # the A/RES/78/174 F9 clause without the decision it completes (was "report")
    # unchanged: the noun after a determiner; a name after the verb
    (
        "Requests the Commission to report on the implementation of the Madrid International Plan of Action on"
        " Ageing,\u00b9",
        "Madrid International Plan of Action on Ageing",
    ),
    (
        "Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the"
        " implementation of the present resolution,\u00b9",
        "report on the implementation of the present resolution",
    ),
]


@pytest.mark.parametrize(("body", "anchor"), REPORT_AS_VERB)
def test_report_after_to_or_a_modal_is_a_verb(body: str, anchor: str) -> None:
    assert footnote_anchors(body)[1] == anchor
