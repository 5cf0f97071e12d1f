"""Benchmark of worst cases: does reading stay linear in the length of a paragraph?

Real paragraphs are a few kilobytes; a text converted badly (no line ends, a list run together, a
paragraph of two hundred titles) may make one a hundred kilobytes. Each row reads one made-up text
shape (:data:`SHAPES`) at two lengths, a quarter and the whole of :data:`LENGTH` characters, through
:func:`~citegraph.normalize.analyse`, :func:`~citegraph.layout.layout` and
:func:`~citegraph.references.extract_references`, and gives how many times longer the long one took:
about 4 is linear, 16 would be quadratic. Two shapes were once worse: a paragraph of titles nested
its readings until the stack ran out, and a long list of names before a footnote mark was walked
back in quadratic time.

>>> [len(text(name, 1000)) > 900 for name in ("commas", "titles")]
[True, True]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from citegraph.bench.common import Row, calibration, cpu_best_of

#: What each text opens with: enough of a resolution for the reader.
_HEAD = "United Nations A/RES/78/1\nGeneral Assembly\n\nThe General Assembly,\n\n"
#: The characters of the long text of each shape.
LENGTH = 100_000


def _marked(unit: str) -> Callable[[int], str]:
    """One paragraph of ``unit`` repeated, a footnote mark at its end and the footnote."""
    return lambda n: (
        f"{_HEAD}Recalling {unit * (n // len(unit))}the Paris Agreement,\u00b9\n\n1. Decides to act.\n\n\u00b9 A/78/1.\n"
    )


def _paragraphs(n: int) -> str:
    one = "Recalling its resolution 70/1 of 25 September 2015,\n\n"
    return _HEAD + one * (n // len(one)) + "1. Decides to act.\n"


def _dated_list(n: int) -> str:
    # sessions from the thirty-first on: the Assembly numbered its resolutions "2625 (XXV)" before 1976
    items = ", ".join(
        f"{i % 45 + 31}/{i + 1} of {i % 28 + 1} December {1976 + i % 45}" for i in range(n // 28)
    )
    return f"{_HEAD}Recalling its resolutions {items},\n\n1. Decides to act.\n"


def _security_council(n: int) -> str:
    items = ", ".join(f"{i + 1} ({1950 + i % 70})" for i in range(n // 12))
    return f"{_HEAD}Recalling its resolutions {items},\n\n1. Decides to act.\n"


def _footnotes(n: int) -> str:
    count = min(999, n // 100)
    body = " ".join(f"the Convention {i},{i + 1}" for i in range(count))
    notes = "".join(
        f"{i + 1} United Nations, Treaty Series, vol. {i + 1}, No. {i + 100}.\n" for i in range(count)
    )
    return f"{_HEAD}Recalling {body}\n\n1. Decides to act.\n\n{notes}"


#: name -> (what the text is, a function of the length that prints it)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "titles": ("one paragraph of 'entitled “Title” and ' before a mark", _marked("entitled “Title” and ")),
    "commas": ("one paragraph, a list of names before a mark", _marked("Albania, Algeria, Andorra, ")),
    "nouns": ("one paragraph of 'the Convention of the ' before a mark", _marked("the Convention of the ")),
    "one line": (
        "one paragraph of references, no line end",
        _marked("its resolution 70/1 and the report A/78/1 "),
    ),
    "dated list": ("one list of GA resolutions, each with its date", _dated_list),
    "SC list": ("one list of Security Council resolutions", _security_council),
    "paragraphs": ("many short paragraphs, one resolution each", _paragraphs),
    "footnotes": ("a paragraph of marks, a footnote for each (999 at most)", _footnotes),
}


def text(name: str, n: int) -> str:
    """The text of shape ``name``, about ``n`` characters long."""
    return SHAPES[name][1](n)


def run(shared: Path) -> list[Row]:  # noqa: ARG001 - the texts are made up, not read from ../shared
    """Time each shape at a quarter of :data:`LENGTH` and at the whole of it."""
    from citegraph.layout import layout
    from citegraph.normalize import analyse
    from citegraph.references import extract_references

    def read(t: str) -> None:
        extract_references(layout(analyse(t), "x.txt", "x.txt"))

    rows = [calibration()]
    for name, (what, _) in SHAPES.items():
        short, long = text(name, LENGTH // 4), text(name, LENGTH)
        t_short = cpu_best_of(lambda t=short: read(t))
        t_long = cpu_best_of(lambda t=long: read(t))
        rows.append(
            Row(
                name,
                t_long / t_short,
                "× for 4× text",
                f"{what}: {len(long) / 1e6 / t_long:.2f} MB/s at {len(long) // 1000} kB; best CPU time of 3",
            )
        )
    return rows
