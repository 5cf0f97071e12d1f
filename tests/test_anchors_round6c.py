"""anchors.py, audit9 (round 6c): what a footnote mark carries when the words at it only qualify an item named before
them: a topic set apart by a comma (", on antimicrobial resistance,"), the session an act was done at ("at its
substantive session of 2024"), the body that adopted a document named in plain words ("adopted by the Inter-Agency
Standing Committee"), and a body named again by its short name after another clause ("the new five-year workplan of the
Working Group"). One table per rule, from the corpus's own sentences (exact expected anchors); each table has cases that
must stay as they were."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A topic in plain words set apart by a comma after a named item does not end the item: the item carries the mark, not an
# earlier item of the list. (paragraph, footnote number, anchor)
COMMA_TOPIC = [
    (
        "Recalling the High-level Interactive Dialogue on Antimicrobial Resistance, held in New York on 29 April 2021, and"
        " the action plan on antimicrobial resistance 2021\u20132025 of the Food and Agriculture Organization of the"
        " United Nations, as well as resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture"
        " Organization of the United Nations, on antimicrobial resistance,\u00b9",
        1,
        "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United"
        " Nations",
    ),  # A/RES/78/168 F21: C 2019/REP, appendix C (was the High-level Interactive Dialogue, audit9 gaK 1)
    (
        "Recalling the High-level Dialogue, and Human Rights Council resolution 52/1 of 4 April 2023, on the right to"
        " food,\u00b9",
        1,
        "Human Rights Council resolution 52/1",
    ),  # the lead's probe (was "right to food")
    (
        "Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights"
        " issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,\u00b9",
        1,
        "resolution 2000/22",
    ),  # A/RES/78/199 F6: E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, the Subcommission's report (was "promotion of dialogue")
    # unchanged: no comma before "on" (the subject goes on the name), or no name before the comma
    (
        "Recalling resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the"
        " United Nations on food safety,\u00b9",
        1,
        "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United"
        " Nations",
    ),
    (
        "Invites Member States to consider ratifying relevant conventions of the International Labour Organization,"
        " including the Domestic Workers Convention, 2011 (No. 189), on decent work for domestic workers,\u00b9",
        1,
        "Domestic Workers Convention, 2011 (No. 189)",
    ),
    (
        "Recalling its efforts, on the right to food,\u00b9",
        1,
        "right to food",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), COMMA_TOPIC)
def test_a_topic_set_apart_by_a_comma(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
