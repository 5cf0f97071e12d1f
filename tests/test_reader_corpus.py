"""The reader over real texts: the seeds against the gold meta lines, then the whole corpus."""

from __future__ import annotations

import json

import pytest
import regex

from citegraph.reader import read_document

SEEDS = [
    "000_a6cd5bfce1dfcb97.txt",
    "001_f64c22de6ca2032f.txt",
    "002_06d523d3b5c07408.txt",
    "003_70c60a70578a8edc.txt",
    "004_8557d7812f93ebe1.txt",
]

#: What must never reach the extractor: page furniture, markdown, footnote marks.
NOISE = regex.compile(
    r"[⁰¹²³⁴⁵⁶⁷⁸⁹]|\]\(#\)|\*|\\[()]|\$\^|https?://|^_{4,}|\b\d{2}-\d{5}\b|\b[a-z]{3,}\d{1,2}\b"
)


@pytest.fixture(scope="session")
def seeds(data_dir):
    return {name: read_document(data_dir / name) for name in SEEDS}


@pytest.mark.parametrize("name", ["000_a6cd5bfce1dfcb97", "002_06d523d3b5c07408"])
def test_seed_meta_equals_gold(seeds, gold_dir, name):
    gold = json.loads((gold_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[0])
    got = seeds[f"{name}.txt"].meta.to_json(f"{name}.txt")
    for field in gold:
        if field != "inferred_symbol":
            assert got[field] == gold[field], field


@pytest.mark.parametrize(
    ("name", "counts", "doc_type", "session", "date", "sponsors"),
    [
        ("001_f64c22de6ca2032f.txt", (43, 50, 14), "revised-draft-resolution", 68, "2013-11-21", 126),
        ("003_70c60a70578a8edc.txt", (60, 55, 29), "draft-resolution", 72, "2017-10-13", 2),
        ("004_8557d7812f93ebe1.txt", (84, 93, 53), "resolution", 78, "2023-12-19", 0),
    ],
)
def test_other_seeds(seeds, name, counts, doc_type, session, date, sponsors):
    m = seeds[name].meta
    assert (m.preambular_count, m.operative_count, m.footnote_count) == counts
    assert (m.doc_type, m.session, m.date, len(m.sponsors)) == (doc_type, session, date, sponsors)


def test_seed_sponsors_in_text_order(seeds):
    assert seeds["003_70c60a70578a8edc.txt"].meta.sponsors == ["Hungary", "Italy"]
    s = seeds["001_f64c22de6ca2032f.txt"].meta.sponsors
    assert s[:5] == ["Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda"]
    assert "Bolivia (Plurinational State of)" in s and "Trinidad and Tobago" in s
    assert s[-2:] == ["Vanuatu", "Zimbabwe"]


@pytest.mark.parametrize("name", SEEDS)
def test_seed_layout_is_clean(seeds, name):
    doc = seeds[name]
    labels = [p.label for p in doc.paragraphs]
    assert labels[0] == "H"
    m = doc.meta
    assert labels[1:] == (
        [f"P{i}" for i in range(1, m.preambular_count + 1)]
        + [f"O{i}" for i in range(1, m.operative_count + 1)]
        + [f"F{i}" for i in range(1, m.footnote_count + 1)]
    )
    for p in doc.paragraphs:
        assert p.text == doc.norm.text[p.start : p.end]
        if p.kind != "header":
            assert not NOISE.search(p.text), (p.label, NOISE.search(p.text)[0], p.text[:80])
    for f in doc.footnotes:
        assert f.anchor and f.anchor_para, f.number


def test_seed_000_paragraphs_joined_across_footnote_blocks(seeds):
    doc = seeds["000_a6cd5bfce1dfcb97.txt"]
    p13 = doc.paragraph("P13").text
    assert " ".join(p13.split()) == (
        "Recognizing also that, thanks to their broad membership and wide scope of application, the United "
        "Nations Convention against Transnational Organized Crime and the United Nations Convention against "
        "Corruption offer important bases for international cooperation, inter alia, for extradition, mutual "
        "legal assistance and confiscation and asset recovery, and provide effective mechanisms that should "
        "be further utilized and implemented,"
    )
    f1 = doc.footnotes[0]
    assert (f1.number, f1.anchor_para, f1.anchor) == (
        1,
        "P13",
        "United Nations Convention against Transnational Organized Crime",
    )
    assert f1.text == "United Nations, Treaty Series, vol. 2225, No. 39574."


def test_seed_002_reused_mark_adds_no_footnote(seeds):
    doc = seeds["002_06d523d3b5c07408.txt"]
    assert [f.number for f in doc.footnotes] == list(range(1, 40))
    f13 = next(f for f in doc.footnotes if f.number == 13)
    assert f13.anchor == "United Nations Convention against Transnational Organized Crime"
    assert f13.anchor_para == "P26"


def test_offsets_map_back_to_original(seeds):
    doc = seeds["004_8557d7812f93ebe1.txt"]
    p1 = doc.paragraph("P1")
    i = p1.text.index("46/152")
    s, e = doc.norm.to_original(p1.start + i, p1.start + i + 6)
    assert doc.norm.original[s:e] == "46/152"


# ---------------------------------------------------------------------------
# The whole corpus: 262 GA texts (PyMuPDF) and 180 SC texts (hand-corrected OCR)
# ---------------------------------------------------------------------------

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _fold(s: str) -> str:
    return " ".join(s.split())


def _read_folder(folder):
    import csv

    rows = list(csv.DictReader((folder / "index.csv").open(encoding="utf-8")))
    return [(row, read_document(folder / row["file"])) for row in rows]


@pytest.fixture(scope="session")
def ga_docs(corpus):
    return _read_folder(corpus / "unga-mandate-pipeline")


@pytest.fixture(scope="session")
def sc_docs(corpus):
    return _read_folder(corpus / "unsc-cr-unsc-gold")


@pytest.fixture(scope="session")
def defects(shared):
    """Defects of the source texts themselves, each checked by hand and re-checked below."""
    from conftest import FIXTURES

    return json.loads((FIXTURES / "reader" / "source_defects.json").read_text(encoding="utf-8"))


def _numbering_problems(doc) -> list[str]:
    """Operative numbers 1..n per part (a part may go on from the one before), footnotes without gaps."""
    problems = []
    runs: list = []  # (part, [numbers]) for each run of operative paragraphs in one part
    for p in doc.paragraphs:
        if p.kind == "operative":
            if not runs or runs[-1][0] != p.part:
                runs.append((p.part, []))
            runs[-1][1].append(p.number)
    last = 0
    for part, nums in runs:
        first = nums[0]
        if first not in (1, last + 1) or nums != list(range(first, first + len(nums))):
            problems.append(f"operative {part}: {nums}")
        last = nums[-1]
    fns = [f.number for f in doc.footnotes]
    if fns and fns != list(range(fns[0], fns[0] + len(fns))):
        problems.append(f"footnotes {fns}")
    for f in doc.footnotes:
        if not f.anchor:
            problems.append(f"footnote {f.number} has no anchor")
    return problems


def test_ga_corpus_identity(ga_docs):
    from citegraph.identity import parse_date

    assert len(ga_docs) == 262
    wrong = []
    for row, doc in ga_docs:
        m = doc.meta
        title = _fold(regex.sub(r"^\S+\.\s+", "", row["title"]))
        got_title = _fold(m.title or "")
        if title.endswith(";") and got_title.startswith(title + " "):
            # index.csv cuts a title of two parts at its semicolon (A/RES/79/243: "United Nations
            # Convention against Cybercrime;" then, after blank lines, "Strengthening International
            # Cooperation ..."); the header prints both parts, and the title is both
            got_title = title
        got = (m.symbol, m.date, got_title, m.doc_type, m.organ)
        want = (row["symbol"], parse_date(row["adopted_on"]), title, "resolution", "GA")
        if got != want:
            wrong.append((row["file"], got, want))
    assert wrong == []


def test_sc_corpus_identity(sc_docs):
    assert len(sc_docs) == 180
    wrong = []
    for row, doc in sc_docs:
        m = doc.meta
        if m.symbol != row["symbol"] or m.doc_type != "resolution" or m.organ != "SC":
            wrong.append((row["file"], m.symbol, m.doc_type, m.organ))
            continue
        # the date is the adoption date printed in the text, in the year of the symbol
        y, mo, d = m.date.split("-")
        month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
            int(mo) - 1
        ]
        printed = regex.compile(rf"\b{int(d)}\s+{month}\S{{0,6}}\s*,?\s+{y}\b")  # OCR: "3 Apri] 1991"
        if y != row["year"] or not printed.search(doc.norm.original[:3000]):
            wrong.append((row["file"], m.date))
    assert wrong == []


def test_corpus_numbering_and_anchors(ga_docs, sc_docs, defects):
    found = {}
    for row, doc in ga_docs + sc_docs:
        problems = _numbering_problems(doc)
        if doc.meta.organ == "GA" and doc.footnotes and doc.footnotes[0].number != 1:
            problems.append(f"footnotes start at {doc.footnotes[0].number}")  # SC yearbooks number on
        if problems:
            found[row["file"]] = problems
    assert found == {k: v["problems"] for k, v in defects.items()}


def test_source_defects_are_in_the_source(corpus, defects):
    """Each allowed exception is a defect of the file itself, not of the reader."""
    for name, d in defects.items():
        text = (corpus / "unsc-cr-unsc-gold" / name).read_text(encoding="utf-8")
        for n in d.get("missing_paragraphs", []):  # no line starts "5." (or "5," as OCR prints it)
            assert not regex.search(rf"(?m)^\s*{n}[.,]\s", text), (name, n)
        for n in d.get("missing_footnotes", []):  # no footnote line "28 Ibid. ..."
            assert not regex.search(rf"(?m)^\s*{n}\s", text), (name, n)
        body = text[: regex.search(r"(?m)^Adopted\b", text).start()]
        for n in d.get("missing_marks", []):  # the number stands in the body only in dates and ranges
            hits = regex.findall(
                rf"(?<![\w/.,-]|from\s|and\s){n}(?![\w/]|[.,]\d|\.\s|\s+(?:{MONTHS}|to\s+\d|and\s+\d))", body
            )
            assert hits == [], (name, n)


def test_sc_footnotes_keep_their_printed_numbers(sc_docs):
    doc = next(d for row, d in sc_docs if row["file"] == "S_RES_101_1953.txt")
    assert [(f.number, f.anchor_para) for f in doc.footnotes] == [
        (8, "P2"),
        (9, "P2"),
        (10, "O1"),
        (11, "O4"),
    ]
    assert [p.label for p in doc.paragraphs if p.kind == "footnote"] == ["F8", "F9", "F10", "F11"]
    assert [(p.label, p.part) for p in doc.paragraphs if p.kind == "operative"] == [
        ("O1", "A"),
        ("O2", "A"),
        ("O1", "B"),
        ("O2", "B"),
        ("O3", "B"),
        ("O1", "C"),
        ("O2", "C"),
        ("O3", "C"),
        ("O4", "C"),
    ]
    p2 = " ".join(doc.paragraph("P2").text.split())
    assert "of 27 October 1953 and 9 November 1953 to the Security Council" in p2  # marks 8 and 9 out


def test_corpus_paragraph_counts(ga_docs, sc_docs):
    """How many paragraphs of each kind the corpus lays out: a change that joins or splits paragraphs
    without moving a reference (an annex's paragraphs run together, A/RES/78/317 once) shows here, where
    the whole-corpus extraction does not."""
    from collections import Counter

    def kinds(docs) -> dict[str, int]:
        return dict(Counter(p.kind for _, doc in docs for p in doc.paragraphs))

    assert kinds(ga_docs) == {"header": 262, "preambular": 6663, "operative": 11181, "footnote": 4676}
    assert kinds(sc_docs) == {"header": 180, "preambular": 1244, "operative": 1528, "footnote": 231}
