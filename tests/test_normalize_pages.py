"""Page breaks: page furniture (running titles, job numbers, footnote blocks) splits no paragraph.

SCHEMA.md: page headers, footers and job numbers "are noise: not annotated, not
counted, and a paragraph split by them is one paragraph". The snippets are cut
from the corpus texts named in each case, with their page furniture as printed.
"""

from __future__ import annotations

from citegraph.normalize import analyse


def _body(text: str) -> list[str]:
    n = analyse(text)
    return [" ".join(n.text[b.start : b.end].split()) for b in n.blocks if b.kind == "body"]


def _page(before: str, after: str, title: str = "Situation of human rights") -> str:
    """A resolution whose first page ends with ``before`` and whose second page starts with ``after``."""
    return (
        f"United Nations \nA/RES/79/182\n \nGeneral Assembly \nDistr.: General \n19 December 2024 \n \n"
        f"24-24224 (E) \n*2424224* \n \n 79/182. {title} \n \n \nThe General Assembly, \n \n"
        f"{before}\n__________________ \n \n1 Resolution 217 A (III). \n \n"
        f"\nA/RES/79/182 \n{title}\n \n24-24224\n2/18 \n \n"
        f"{after}\n \n1. Decides to act. \n \n3/18 \n24-24224 \n"
    )


def test_a_running_title_on_two_lines_is_dropped_whole() -> None:
    """A/RES/79/258: the running title's last line, "for 2025", is no body text: it glued the next
    paragraph onto the last one of the page before."""
    title = "Special subjects relating to the proposed programme budget \nfor 2025"
    text = _page("Recalling its resolution 78/252,1 ", "Having considered the report, ", title)
    assert _body(text)[3:] == [
        "Recalling its resolution 78/252,",
        "Having considered the report,",
        "1. Decides to act.",
    ]


def test_a_body_line_that_is_part_of_the_title_stays() -> None:
    """A/RES/78/168: "development," is in the title ("Agriculture development, food security and
    nutrition"), but it stands between body lines, not beside the page furniture."""
    title = "Agriculture development, food security and nutrition"
    text = _page(
        "Recognizing the need to find inclusive solutions to and fight1 ",
        "hunger and all forms of malnutrition and to promote rural and urban sustainable \ndevelopment,  \n \n"
        "Recalling the Sendai Framework, ",
        title,
    )
    assert _body(text)[3:] == [
        "Recognizing the need to find inclusive solutions to and fight hunger and all forms of malnutrition "
        "and to promote rural and urban sustainable development,",
        "Recalling the Sendai Framework,",
        "1. Decides to act.",
    ]
