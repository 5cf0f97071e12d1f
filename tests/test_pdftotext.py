"""poppler's ``pdftotext`` reads as pypdf does: the README's ``pdftotext x.pdf - | citegraph extract -``.

``pdftotext -layout`` lays each page out in columns of spaces; :mod:`citegraph.columns` moves its lines to the
left, one character for one (a running title's two lines, with the symbol's line between them, are furniture).

pdftotext (its default mode) prints a page's footnote numbers as a column of their own, away from their
texts: the first two after the page's last footnote, all of them before the first, one after the others,
or the numbers alone under the separator and the texts between the page's footer lines. It prints a
paragraph's number alone on a line ("19." ⏎⏎ "Calls upon ..."), a job number's date stamp on a line of its
own ("100124"), and a draft's header with no blank line between the agenda item and the sponsors. The
reader gives each footnote its number again (``normalize._renumber_zone``); the snippets below are the
corpus PDFs' own pages as pdftotext prints them.

The corpus PDFs, through pdftotext (default, ``-raw`` and ``-layout``), must give the references pypdf gives, field for
field, and the same identity. Two references differ where pdftotext splits a word of a footnoted name in
two ("Ac ts", "Justi ce"), which the anchor then reads otherwise: named below.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import regex

from citegraph.columns import doubled, indented, laid_out, left_aligned
from citegraph.reader import read_document
from citegraph.references import extract_references

HEADER = """A/RES/79/154

United Nations

General Assembly

Distr.: General
19 December 2024

Seventy-ninth session
Agenda item 27
Advancement of women

Resolution adopted by the General Assembly
on 17 December 2024
[on the report of the Third Committee (A/79/451, para. 65)]

79/154.

Trafficking in women and girls
The General Assembly,
"""

#: (case, body and footnote zone as pdftotext prints them, the footnotes read: (number, text))
ZONES = [
    (
        "the first two numbers after the last footnote",
        """Recalling the United Nations Convention against Transnational Organized Crime 1 and the
Protocols thereto, in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons,
Especially Women and Children, 2 and the Protocol against the Smuggling of Migrants by Land, Sea and
Air, 3

__________________

United Nations, Treaty Series, vol. 2225, No. 39574.
Ibid., vol. 2237, No. 39574.
3
Ibid., vol. 2241, No. 39574.
1
2

24-24145 (E)

*2424145*
""",
        [
            (1, "United Nations, Treaty Series, vol. 2225, No. 39574."),
            (2, "Ibid., vol. 2237, No. 39574."),
            (3, "Ibid., vol. 2241, No. 39574."),
        ],
    ),
    (
        "one number after the others, the first above its text",
        """Reaffirming the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, 1
the Convention on Psychotropic Substances of 1971 2 and the United Nations Convention against
Corruption, 3

_______________
1

United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.
Ibid., vol. 976, No. 14152.
3
Ibid., vol. 1019, No. 14956.
2

25-20947 (E)

*2520947*
""",
        [
            (1, "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574."),
            (2, "Ibid., vol. 976, No. 14152."),
            (3, "Ibid., vol. 1019, No. 14956."),
        ],
    ),
    (
        "the numbers alone under the separator, the texts between the footer lines",
        """Recalling its resolution 74/172 of 18 December 2019 on Education for Justice and the rule of law in
the context of sustainable development, and its resolution 78/267 of 21 March 2024 declaring 15 November
the International Day for the Prevention and Fight against All Forms of Transnational Organized Crime,
Convinced that the rule of law and development are strongly interrelated and mutually reinforcing and
that the advancement of the rule of law at the national and international levels, including through crime
prevention and criminal justice mechanisms, is essential for sustained and inclusive economic growth,
Welcoming the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, 1
and the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law, 2
_______________
1
2

2/2

See A/CONF.234/16.
Resolution 76/181, annex.
25-20947

Reaffirming its resolution 70/1,
""",
        [(1, "See A/CONF.234/16."), (2, "Resolution 76/181, annex.")],
    ),
    (
        "a footnote line that opens with a number (a date) goes on with its footnote",
        """Reaffirming the United Nations Global Counter-Terrorism Strategy, 1 and recalling the
subsequent reviews of the Strategy, 2 the relevant review resolutions 3 and the debates, 4

__________________

Resolution 60/288.
The first to eighth reviews of the Strategy, held on 4 and 5 September 2008, 8 September 2010,
28 and 29 June 2012, 12 and 13 June 2014, respectively.
3
Resolutions 62/272, 64/297 and 66/282.
4
See A/62/PV.117 and A/62/PV.118.
1
2

23-24925 (E)

211223

*2324925*
""",
        [
            (1, "Resolution 60/288."),
            (
                2,
                "The first to eighth reviews of the Strategy, held on 4 and 5 September 2008, 8 September 2010, "
                "28 and 29 June 2012, 12 and 13 June 2014, respectively.",
            ),
            (3, "Resolutions 62/272, 64/297 and 66/282."),
            (4, "See A/62/PV.117 and A/62/PV.118."),
        ],
    ),
    (
        "numbers above their texts, in order (seed 000's shape): as printed",
        """Recalling the United Nations Convention against Transnational Organized Crime 1 and the
Protocols thereto, 2

__________________
1

United Nations, Treaty Series, vol. 2225, No. 39574.
2

Ibid., vol. 2237, No. 39574.

24-24145 (E)
""",
        [
            (1, "United Nations, Treaty Series, vol. 2225, No. 39574."),
            (2, "Ibid., vol. 2237, No. 39574."),
        ],
    ),
]


def _footnotes(text: str) -> list[tuple[int, str]]:
    doc = read_document("pdftotext.txt", text=text)
    return [(f.number, " ".join(f.text.split())) for f in doc.footnotes]


@pytest.mark.parametrize(("case", "zone", "expected"), ZONES, ids=[z[0] for z in ZONES])
def test_footnote_numbers_printed_apart_from_their_texts(case: str, zone: str, expected: list) -> None:
    assert _footnotes(HEADER + zone) == expected


def test_numbers_that_do_not_run_on_are_left_as_read() -> None:
    """A zone whose bare numbers skip one ("1", "3") is no column of numbers pdftotext moved: nothing is
    renumbered, and footnote 1 keeps no text (as before the renumbering was read)."""
    zone = """Recalling the Convention 1 and the Protocol, 3

__________________

United Nations, Treaty Series, vol. 2225, No. 39574.
Ibid., vol. 2237, No. 39574.
1
3

24-24145 (E)
"""
    assert _footnotes(HEADER + zone) == [(1, ""), (3, "")]


def test_a_paragraph_number_alone_on_its_line() -> None:
    text = (
        HEADER
        + """Recalling its resolution 66/10 of 18 November 2011,
1. Reaffirms the Declaration on Measures to Eliminate International Terrorism, and calls upon all
States to implement it;
2.

Calls upon all States to cooperate to prevent and suppress terrorist acts;

3. Urges all States to make the best use of the existing institutions of the United Nations;
"""
    )
    doc = read_document("pdftotext.txt", text=text)
    assert [(p.label, p.text) for p in doc.paragraphs[3:4]] == [
        ("O2", "Calls upon all States to cooperate to prevent and suppress terrorist acts;")
    ]
    assert [(p.label, p.text.split()[0]) for p in doc.paragraphs[1:]] == [
        ("P1", "Recalling"),
        ("O1", "Reaffirms"),
        ("O2", "Calls"),
        ("O3", "Urges"),
    ]


def test_a_drafts_header_with_no_blank_lines() -> None:
    """pdftotext prints the agenda item, its title and the sponsor line with no blank line between them, and
    the title with no blank line before the first numbered paragraph (A/C.3/80/L.57)."""
    text = """A/C.3/80/L.57

United Nations

General Assembly

Distr.: Limited
12 November 2025
Original: English

Eightieth session

Third Committee
Agenda item 107
Crime prevention and criminal justice
United States of America: amendment to revised draft resolution
A/C.3/80/L.3/Rev.1

Strengthening the United Nations crime prevention and criminal
justice programme, in particular its technical cooperation capacity
1.
In operative paragraph 64, after “to strengthen their efforts in preventing” insert
“and combating child pornography”.

25-18382 (E)

181125

*2518382*
"""
    meta = read_document("A_C.3_80_L.57.txt", text=text).meta
    assert (meta.doc_type, meta.amends, meta.sponsors, meta.title) == (
        "amendment",
        "A/C.3/80/L.3/Rev.1",
        ["United States of America"],
        "Strengthening the United Nations crime prevention and criminal justice programme, "
        "in particular its technical cooperation capacity",
    )


# --- the corpus PDFs through pdftotext ------------------------------------------------------------

STEMS = [
    "A_C.3_80_L.3",
    "A_C.3_80_L.4",
    "A_C.3_80_L.57",
    "A_RES_78_115",
    "A_RES_78_229",
    "A_RES_79_154",
    "A_RES_80_229",
    "A_RES_80_3",
]
#: (stem, mode) -> the references (para) that read otherwise, and why
KNOWN = {
    # "Protocol for the Suppression of Unlawful Ac ts against ...": the split word cuts the anchor short
    **{("A_RES_78_115", mode): ["F15"] for mode in ("default", "layout")},
    # "... Access to Legal Aid in Criminal Justi ce" ⏎ "Systems,10": the anchor reads "Systems"
    **{("A_C.3_80_L.3", mode): ["F10"] for mode in ("default", "layout")},
}
#: pdftotext's options for each mode
MODES = {"default": [], "raw": ["-raw"], "layout": ["-layout"]}
_FIELDS = ("para", "surface", "target", "kind", "body", "date", "relation", "anchor")


def _pdftotext() -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext is missing: `make test` installs it (Debian package poppler-utils)")
    return exe


@pytest.fixture(scope="module")
def pypdf_docs(corpus: Path) -> dict:
    return {stem: read_document(corpus / "pdf" / f"{stem}.pdf") for stem in STEMS}


def _rows(doc, text: str) -> list[tuple]:
    """The references of ``doc``, each checked to stand at its offsets in ``text``, the text as given."""
    out = []
    for r in extract_references(doc):
        assert " ".join(text[r.start : r.end].split()) == r.surface, (r.para, r.surface)
        out.append(tuple(" ".join(r.surface.split()) if k == "surface" else getattr(r, k) for k in _FIELDS))
    return out


@pytest.mark.corpus
@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("stem", STEMS)
def test_pdftotext_reads_as_pypdf(corpus: Path, pypdf_docs: dict, stem: str, mode: str) -> None:
    args = [_pdftotext(), *MODES[mode], str(corpus / "pdf" / f"{stem}.pdf"), "-"]
    text = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    doc = read_document(f"{stem}.txt", text=text)
    ref = pypdf_docs[stem]
    assert doc.meta == ref.meta
    assert [f.number for f in doc.footnotes] == [f.number for f in ref.footnotes]
    got, want = _rows(doc, text), _rows(ref, ref.norm.original)
    assert want  # (A/C.3/80/L.57, an amendment, cites only the draft it amends)
    known = KNOWN.get((stem, mode), [])
    assert [w for w in want if w[0] not in known] == [g for g in got if g[0] not in known]
    if known:  # each known difference is still one: else it is fixed, and belongs out of KNOWN
        assert [w for w in want if w[0] in known] != [g for g in got if g[0] in known]


@pytest.mark.corpus
def test_no_corpus_or_seed_text_is_laid_out(corpus: Path, data_dir: Path) -> None:
    """The columns' shapes are asked of every text: none of the corpus's or the seeds' is read as one."""
    folders = [corpus / "unga-mandate-pipeline", corpus / "unsc-cr-unsc-gold", data_dir]
    paths = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    assert len(paths) == 447
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert [name for name, text in texts.items() if laid_out(text) or indented(text) or doubled(text)] == []


def test_a_laid_out_text_moves_left_one_character_for_one() -> None:
    text = "\f".join(
        [
            "                United Nations                                          A/RES/78/229\n"
            "                     Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16\n"
            "                September 2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18\n"
            "                December 2014, 70/178 and 70/182 of 17 December 2015, 71/209 of\n",
            "A/RES/78/229                                      justice programme, in particular its\n"
            "                   19 December 2016, 72/196 of 19 December 2017, 73/186 of 17 December\n"
            "                   2018, 74/177 of 18 December 2019, 75/196 of 16 December 2020 and\n"
            "                   76/187 of 16 December 2021,\n"
            "                         1.   Takes note with appreciation of the report of the Secretary-General\n",
        ]
    )
    moved = left_aligned(text)
    assert len(moved) == len(text)
    assert [ln.rstrip() for ln in moved.split("\n")] == [
        "                United Nations",
        "A/RES/78/229",
        " Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16",
        "September 2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18",
        "December 2014, 70/178 and 70/182 of 17 December 2015, 71/209 of",
        "",
        "A/RES/78/229",
        "justice programme, in particular its",
        "19 December 2016, 72/196 of 19 December 2017, 73/186 of 17 December",
        "2018, 74/177 of 18 December 2019, 75/196 of 16 December 2020 and",
        "76/187 of 16 December 2021,",
        " 1.   Takes note with appreciation of the report of the Secretary-General",
        "",
    ]


def _laid_out(text: str, doc) -> str:
    """``text`` as ``pdftotext -layout`` lays a page out: every line 16 spaces in, a paragraph's first line
    (as ``doc`` reads it) 21."""
    openers = {text.rfind("\n", 0, p.start) + 1 for p in doc.paragraphs if p.label[:1] in "PO"}
    out, pos = [], 0
    for line in text.split("\n"):
        bare = line.lstrip()
        opens = pos in openers or pos + len(line) - len(bare) in openers
        out.append(" " * (21 if opens else 16) + bare if bare else line)
        pos += len(line) + 1
    return "\n".join(out)


@pytest.mark.corpus
def test_corpus_texts_laid_out_in_columns_read_alike(corpus: Path) -> None:
    """A sample of the corpus (GA and Council texts, OCR among them) laid out as pdftotext -layout lays a page
    out gives the references of the PDF text, field for field: the columns pass does not depend on the
    eight PDFs' own pages."""
    paths = (
        sorted((corpus / "unga-mandate-pipeline").glob("*.txt"))[::20]
        + sorted((corpus / "unsc-cr-unsc-gold").glob("*.txt"))[::30]
    )
    assert len(paths) == 20
    total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = read_document(path)
        laid = _laid_out(text, doc)
        assert laid_out(laid), path.name
        want = _rows(doc, text)
        assert _rows(read_document(path.name, text=laid), laid) == want, path.name
        total += len(want)
    assert total >= 500


_FOOTNOTE = regex.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
_SEPARATOR = regex.compile(r"\s*_{3,}\s*")


def _numbers_apart(text: str, how: str) -> str:
    """``text`` (PDF text, a footnote "12 Ibid., ..." a line) with each footnote zone printed as pdftotext's
    default mode prints one: every number on a line of its own above its text (``above``), the zone's first
    two numbers after its last footnote (``two_last``, A/RES/79/154's pages), or all of them first
    (``all_first``, A/RES/80/229's)."""
    lines, out, i, last = text.split("\n"), [], 0, 0
    while i < len(lines):
        out.append(lines[i])
        i += 1
        if not _SEPARATOR.fullmatch(out[-1]):
            continue
        notes = []  # (number, its text's lines)
        while True:
            k = i
            while k < len(lines) and not lines[k].strip():
                k += 1
            m = _FOOTNOTE.match(lines[k]) if k < len(lines) else None
            if not (m and int(m[1]) == last + 1):
                break
            last, texts, k = int(m[1]), [m[2]], k + 1
            while k < len(lines) and lines[k].strip() and not _SEPARATOR.fullmatch(lines[k]):
                if (m := _FOOTNOTE.match(lines[k])) and int(m[1]) == last + 1:
                    break
                texts.append(lines[k])
                k += 1
            notes.append((str(last), texts))
            i = k
        numbers = [n for n, _ in notes]
        moved = (
            numbers[:2] if how == "two_last" and len(notes) >= 3 else numbers if how == "all_first" else []
        )
        if how == "all_first":
            out.extend(numbers)
        for n, texts in notes:
            out.extend([" ", *([] if n in moved else [n]), *texts])
        if how == "two_last":
            out.extend(moved)
    return "\n".join(out)


#: Texts whose footnote a URL alone is ("https://newyorkconvention1958.org/."): a URL line is page furniture,
#: so its number has no text to go to when all numbers are printed first.
URL_NOTES = {("A_RES_80_161.txt", "all_first")}


@pytest.mark.corpus
@pytest.mark.parametrize("how", ["above", "two_last", "all_first"])
def test_corpus_footnote_numbers_printed_apart_read_alike(corpus: Path, how: str) -> None:
    """23 GA texts with their footnote numbers printed apart from their texts, as pdftotext's default mode
    prints them, give the references of the PDF text, field for field: the renumbering holds beyond the eight
    PDFs' pages. (Footnotes whose text opens "Adopted at the ... meeting" once read as a Council's vote line
    there, and a trailing number over the next page's running title as the number of that title.)"""
    ga = corpus / "unga-mandate-pipeline"
    # every 13th GA text, and two whose pages once read otherwise so printed: A/RES/79/263, whose footnote 21
    # opens "Adopted at the fifteenth meeting of the Conference of the Parties", and A/RES/78/131, whose page
    # prints its running title right under the zone's last numbers
    paths = [*sorted(ga.glob("*.txt"))[::13], ga / "A_RES_79_263.txt", ga / "A_RES_78_131.txt"]
    assert len(set(paths)) == 23
    total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        printed = _numbers_apart(text, how)
        assert printed != text, path.name
        want = _rows(read_document(path), text)
        got = _rows(read_document(path.name, text=printed), printed)
        assert (got == want) != ((path.name, how) in URL_NOTES), path.name
        total += len(want)
    assert total == 1230
