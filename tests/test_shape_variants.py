"""What a converter or an editor varies in a text gives the same references.

The seeds and the corpus come from a few converters; a user's texts come from others, and from editors
that save them again. Each variant below is something such a tool does to the same document:

- ``crlf``: Windows line ends; ``bom``: a byte-order mark before the first line;
- ``tabs``: a tab, not spaces, before an indented line;
- ``nbsp``: a no-break space (U+00A0) after a number ("18 December", "resolution 75/196") and after
  "of", as word processors and web pages print them; ``narrow``: a narrow no-break space (U+202F) there;
- ``underscores``: emphasis written ``_Treaty Series_``, as html2text writes it, not ``*Treaty Series*``;
- ``no_links``: ``73/148`` where the seeds' converter wrote ``[73/148](#)``;
- ``pandoc``: footnote marks ``[^12]`` and their definitions ``[^12]: text`` gathered at the end;
- ``html_sup``: marks and footnote numbers as ``<sup>12</sup>``;
- ``bracketed``: marks and footnote numbers as ``[12]``, as pandoc's plain text and web pages print them;
- ``wrap``: every line longer than 72 characters broken at 72, as pandoc writes markdown (a paragraph's
  lines and a footnote's lines with no blank line between them);
- ``wrap_pandoc``: the pandoc variant so broken, a footnote's further lines indented by four spaces;
- ``indented``, ``tab_indented``: every non-blank line three spaces or a tab further in (a text pasted into
  a mail or a markdown list, ``lynx -dump``); ``quoted``: every line opened with ``> `` (a markdown or mail
  quote), its blank lines ``> `` alone;
- ``no_blank_lines``: every paragraph and footnote on a line, with no blank line between them (a word
  processor's plain-text export): a paragraph whose opener is followed by a name ("Encouraging Member
  States", "Noting Commission on Crime Prevention ... resolutions") opens after the comma that ends the
  last, as it does after a blank line.

Each variant of each text must give its references field for field (``para``, ``surface``, ``target``,
``kind``, ``body``, ``date``, ``relation``, ``anchor``), and each reference's ``start:end`` must hold its
surface in the variant's own text (whitespace folded). The markdown variants are asked of the five seeds;
the others of the seeds and a sample of the corpus. ``wrap`` is also asked of four corpus texts that are PDF
text already broken into lines, where a second break leaves a resolution number alone on a line ("41/48",
"465"), a title broken at a hyphen ("self-" ⏎ "determination") and a slash mark at a line's end
("Secretary-General, 2/"): each of them once gave other references.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from citegraph.reader import read_document
from citegraph.references import extract_references

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data").glob("*.txt"))
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN = str.maketrans(SUPERSCRIPTS, "0123456789")
_FOOTNOTE_LINE = regex.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) (.*)\n\n", regex.M)
_MARK = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
_LINK_MARKUP = regex.compile(r"\]\(#\)|\[")


def _wrap(text: str, indent_notes: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= 72:
            out.append(line)
        else:
            later = "    " if indent_notes and line.startswith("[^") else ""
            out.extend(textwrap.wrap(line, 72, subsequent_indent=later))
    return "\n".join(out)


def _pandoc(text: str) -> str:
    notes: list[str] = []

    def note(m: regex.Match[str]) -> str:
        notes.append(f"[^{m[1].translate(_PLAIN)}]: {m[2]}")
        return ""

    body = _FOOTNOTE_LINE.sub(note, text)
    body = _MARK.sub(lambda m: f"[^{m[0].translate(_PLAIN)}]", body)
    return body + "\n" + "\n\n".join(notes) + "\n"


def _bracketed(text: str) -> str:
    text = regex.sub(r"(?m)^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) ", lambda m: f"[{m[1].translate(_PLAIN)}] ", text)
    return _MARK.sub(lambda m: f"[{m[0].translate(_PLAIN)}]", text)


def _html_sup(text: str) -> str:
    return _MARK.sub(lambda m: f"<sup>{m[0].translate(_PLAIN)}</sup>", text)


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "tabs": lambda t: regex.sub(r"(?m)^ +", "\t", t),
    "nbsp": lambda t: regex.sub(r"(\d) (?=\w)", "\\1\u00a0", t).replace(" of ", " of\u00a0"),
    "narrow": lambda t: regex.sub(r"(\d) (?=\w)", "\\1\u202f", t),
    "underscores": lambda t: regex.sub(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])", r"_\1_", t),
    "no_links": lambda t: regex.sub(r"\[([^\]\n]+)\]\(#\)", r"\1", t),
    "pandoc": _pandoc,
    "html_sup": _html_sup,
    "bracketed": _bracketed,
    "wrap": _wrap,
    "wrap_pandoc": lambda t: _wrap(_pandoc(t), indent_notes=True),
    "no_blank_lines": lambda t: regex.sub(r"\n\s*\n+", "\n", t),
    "indented": lambda t: regex.sub(r"(?m)^(?=.*\S)", "   ", t),
    "tab_indented": lambda t: regex.sub(r"(?m)^(?=.*\S)", "\t", t),
    "quoted": lambda t: regex.sub(r"(?m)^", "> ", t),
    "doubled": lambda t: t.replace("\n", "\n\n"),
}
#: The variants that only a markdown text has something to vary in.
MARKDOWN_ONLY = (
    "underscores",
    "no_links",
    "pandoc",
    "html_sup",
    "bracketed",
    "wrap",
    "wrap_pandoc",
    "no_blank_lines",
)
PLAIN = [v for v in VARIANTS if v not in MARKDOWN_ONLY]

#: Corpus texts of each kind: GA resolutions of 2023 to 2025 with many footnotes, a Council text with
#: "1/" footnotes, Council texts of the OCR shape.
CORPUS_SAMPLE = [
    "unga-mandate-pipeline/A_RES_78_229.txt",
    "unga-mandate-pipeline/A_RES_79_190.txt",
    "unga-mandate-pipeline/A_RES_80_109.txt",
    "unga-mandate-pipeline/A_RES_78_78.txt",
    "unsc-cr-unsc-gold/S_RES_895_1994.txt",
    "unsc-cr-unsc-gold/S_RES_1454_2002.txt",
    "unsc-cr-unsc-gold/S_RES_571_1985.txt",
]
#: PDF texts that a second line break at 72 once made read otherwise (see the module's doc).
REWRAPPED = [
    "unga-mandate-pipeline/A_RES_80_17.txt",
    "unga-mandate-pipeline/A_RES_78_78.txt",
    "unga-mandate-pipeline/A_RES_78_193.txt",
    "unsc-cr-unsc-gold/S_RES_895_1994.txt",
]


def _fields(text: str, name: str) -> list[tuple]:
    refs = extract_references(read_document(name, text=text))
    for r in refs:  # (a markdown escape "1373 \\(2001\\)" is printed "1373 (2001)", as SCHEMA.md says, and
        # a link's markup in a surface is no part of it: "[67/234](#) B" prints "67/234 B")
        printed = _LINK_MARKUP.sub("", text[r.start : r.end]).replace("\\(", "(").replace("\\)", ")")
        printed = printed.replace("\n> ", "\n")  # (nor is a quote's "> " where a line of it starts)
        printed = " ".join(printed.split())
        assert printed == r.surface, (r.para, r.surface, text[r.start : r.end])
    return [(r.para, r.surface, r.target, r.kind, r.body, r.date, r.relation, r.anchor) for r in refs]


def _corpus_path(corpus: Path, rel: str) -> Path:
    path = corpus / rel
    assert path.exists(), f"{path} is missing"
    return path


#: Seed 000's shape is made of its blank lines (a blank line after every printed line; a paragraph opens
#: after one with a space): without them it is another shape, which no converter writes.
SEED_VARIANTS = [
    (seed.name, variant)
    for seed in SEEDS
    for variant in sorted(VARIANTS)
    if not (seed.name.startswith("000_") and variant == "no_blank_lines")
]


@pytest.mark.parametrize(("seed", "variant"), SEED_VARIANTS)
def test_a_seed_reads_alike_in_every_variant(seed: str, variant: str) -> None:
    text = (ROOT / "data" / seed).read_text(encoding="utf-8")
    base = _fields(text, seed)
    assert len(base) >= 46  # (the fewest a seed gives: 46, seed 001)
    assert _fields(VARIANTS[variant](text), seed) == base


@pytest.mark.corpus
@pytest.mark.parametrize("variant", PLAIN)
@pytest.mark.parametrize("rel", CORPUS_SAMPLE)
def test_a_corpus_text_reads_alike_in_every_plain_variant(corpus: Path, rel: str, variant: str) -> None:
    path = _corpus_path(corpus, rel)
    text = path.read_text(encoding="utf-8")
    base = _fields(text, path.name)
    assert base
    assert _fields(VARIANTS[variant](text), path.name) == base


@pytest.mark.corpus
@pytest.mark.parametrize("rel", [r for r in CORPUS_SAMPLE if "1454" not in r])
def test_a_pdf_text_with_no_blank_lines_reads_alike(corpus: Path, rel: str) -> None:
    """PDF text as an extractor that writes no blank line between paragraphs prints it: a paragraph opens
    after the comma that ends the last (an opener alone on its line, "Reaffirming", or after a symbol whose
    comma the OCR lost, "(S/1994/16)" ⏎ "Welcoming", too). (S/RES/1454 (2002) is left out: its annexes are
    tables of goods, whose rows run together without their blank lines.)"""
    path = _corpus_path(corpus, rel)
    text = path.read_text(encoding="utf-8")
    assert _fields(VARIANTS["no_blank_lines"](text), path.name) == _fields(text, path.name)


@pytest.mark.corpus
@pytest.mark.parametrize("rel", REWRAPPED)
def test_a_pdf_text_broken_again_at_72_reads_alike(corpus: Path, rel: str) -> None:
    path = _corpus_path(corpus, rel)
    text = path.read_text(encoding="utf-8")
    assert _fields(_wrap(text), path.name) == _fields(text, path.name)


#: What ``iconv -t ascii//TRANSLIT`` and unidecode make of the quotes and dashes a UN text prints.
_ASCII = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@pytest.mark.corpus
@pytest.mark.parametrize("rel", [*CORPUS_SAMPLE, "unga-mandate-pipeline/A_RES_79_263.txt"])
def test_a_text_in_ascii_reads_alike(corpus: Path, rel: str) -> None:
    """Its quotes and dashes made ASCII, a text gives the same references, an anchor with its quotes and
    dashes made ASCII too: "Sendai Framework for Disaster Risk Reduction 2015-" ⏎ "2030" (A/RES/79/263) is
    one name, as it is with its en dash."""
    path = _corpus_path(corpus, rel)
    text = path.read_text(encoding="utf-8")
    base = [
        tuple(f.translate(_ASCII) if isinstance(f, str) else f for f in row)
        for row in _fields(text, path.name)
    ]
    assert _fields(text.translate(_ASCII), path.name) == base


def test_the_variants_vary_the_seeds() -> None:
    """Each variant changes a seed (a variant that changed nothing would test nothing): the markdown variants
    seed 004, the others seed 000, whose lines are indented."""
    lines = (ROOT / "data" / "000_a6cd5bfce1dfcb97.txt").read_text(encoding="utf-8")
    markdown = (ROOT / "data" / "004_8557d7812f93ebe1.txt").read_text(encoding="utf-8")
    for name, vary in VARIANTS.items():
        text = markdown if name in MARKDOWN_ONLY else lines
        assert vary(text) != text, name
