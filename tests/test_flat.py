"""A document flattened onto one line reads as the text it was flattened from (:mod:`citegraph.flat`).

Tables of UN texts print a resolution in one cell, its line breaks made spaces. The corpus texts, so
flattened either way a table does it (:data:`FLATTEN`), must give the references their PDF text gives,
field for field (``para``, ``surface``, ``target``, ``relation``, ``date``, ``anchor``): a word broken at a
line-end hyphen, printed "self- determination" once flattened, is read "self-determination" as in the PDF
text. The texts that still read otherwise are listed with the reason, so that a change which mends one or
breaks another shows here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from citegraph.flat import relines
from citegraph.reader import read_document
from citegraph.references import extract_references

ROOT = Path(__file__).resolve().parents[1]

#: A resolution as a table's cell prints it (words of our own, in the shape of the Assembly's texts).
FLAT = (
    "United Nations A/RES/99/7 General Assembly Distr.: General 20 December 2044 44-12345 (E) 020145 "
    "*4412345* Ninety-ninth session Agenda item 68 Promotion of justice Resolution adopted by the General "
    "Assembly on 18 December 2044 [on the report of the Third Committee (A/99/480, para. 12)] 99/7. Promotion "
    "of justice The General Assembly, Reaffirming its resolution 60/1 of 16 September 2005, Recalling the "
    "Convention against Corruption,1 and its resolution 98/7 of 19 December 2043, Sharing the concern "
    "expressed in the report of the Secretary-General,2 1. Takes note of the report of the Secretary-General; "
    "2. Requests the Secretary-General to report to it at its one hundredth session. __________________ "
    "1 United Nations, Treaty Series, vol. 2349, No. 42146. 2 A/99/150. 51st plenary meeting 18 December 2044"
)


#: Two ways a table flattens a text: every run of white space made one space, or every line break a space
#: (the spaces that ended lines and the blank lines stay, as runs of spaces).
FLATTEN = {"runs": lambda t: " ".join(t.split()), "breaks": lambda t: t.replace("\n", " ")}


def _fields(text: str, name: str) -> list[tuple]:
    refs = extract_references(read_document(name, text=text))
    return [(r.para, r.surface, r.target, r.relation, r.date, r.anchor) for r in refs]


def test_a_flattened_resolution_gets_its_lines_and_references_back() -> None:
    doc = read_document("flat.txt", text=FLAT)
    assert (doc.meta.symbol, doc.meta.title, doc.meta.date) == (
        "A/RES/99/7",
        "Promotion of justice",
        "2044-12-18",
    )
    assert [p.label for p in doc.paragraphs] == ["H", "P1", "P2", "P3", "O1", "O2", "F1", "F2"]
    assert _fields(FLAT, "flat.txt") == [
        ("H", "A/99/480", "A/99/480", "cite", None, None),
        ("P1", "60/1", "A/RES/60/1", "reaffirm", "2005-09-16", None),
        ("P2", "98/7", "A/RES/98/7", "recall", "2043-12-19", None),
        ("F1", "vol. 2349, No. 42146", "UNTS/2349/42146", "source", None, "Convention against Corruption"),
        ("F2", "A/99/150", "A/99/150", "source", None, "report of the Secretary-General"),
    ]


def test_the_python_api_reads_a_cell_of_a_table() -> None:
    """``citegraph.read(name, text=...)``: a text that is not in a file of its own (README, Python API)."""
    import citegraph

    doc = citegraph.read("A_RES_99_7.txt", text=FLAT)
    assert doc.name == "A_RES_99_7.txt"
    assert [(r.para, r.target) for r in citegraph.extract(doc)][:3] == [
        ("H", "A/99/480"),
        ("P1", "A/RES/60/1"),
        ("P2", "A/RES/98/7"),
    ]


def test_relines_keeps_every_offset() -> None:
    lined = relines(FLAT)
    assert len(lined) == len(FLAT)
    assert lined.replace("\n", " ") == FLAT
    assert lined.split("\n")[:6] == [
        "United Nations",
        "A/RES/99/7",
        "General Assembly",
        "Distr.: General",
        "20 December 2044",
        "44-12345 (E) 020145",
    ]


def test_a_text_with_its_lines_is_left_as_it_is(corpus: Path) -> None:
    """No text of the corpus or the seeds is read as flattened: each comes back as the same object."""
    paths = sorted(corpus.rglob("*.txt")) + sorted((ROOT / "data").glob("*.txt"))
    assert len(paths) == 447
    relined = [p.name for p in paths if relines(t := p.read_text(encoding="utf-8")) is not t]
    assert relined == []


def test_seed_000_flattened_reads_as_seed_000() -> None:
    """Seed 000's shape prints no page furniture: a page's footnotes, then its links, then the body again
    ("2 Ibid., vol. 2349, No. 42146." ⏎ "confiscation and asset recovery, ..."; "3 Ibid., vol. 1582, No.
    27627." ⏎ "Noting also the important contribution ...")."""
    text = (ROOT / "data" / "000_a6cd5bfce1dfcb97.txt").read_text(encoding="utf-8")
    base = _fields(text, "000.txt")
    assert len(base) == 69
    for flatten in FLATTEN.values():
        assert _fields(flatten(text), "000.txt") == base


#: The GA texts that, flattened, still read otherwise than their PDF text, and why.
GA_KNOWN = {
    "A_RES_78_225.txt": "it prints no organ's line ('The General Assembly,'): nothing tells its header from its body",
    "A_RES_79_243.txt": "the annexed Convention's preamble ('The States Parties to this Convention,') reads as operative",
    "A_RES_80_173.txt": "flattened, its organ's line without a comma ('The General Assembly') and the outcome document's title"
    " run into the one paragraph that adopts it, so the outcome document's subject ('We, the Ministers ...,') is read as"
    " a preambular paragraph, and the preamble after it numbered from P2",
}
#: The same for the Security Council texts (OCR, 1948 to 2002).
SC_KNOWN = {
    "S_RES_1454_2002.txt": "its annexes are tables of goods, read as paragraphs",
    "S_RES_244_1967.txt": "footnote 21 is printed on no page: 22 is read as 21's continuation",
    "S_RES_253_1968.txt": "OCR: 'Gravely concerned. that' opens a paragraph after a full stop",
    "S_RES_346_1974.txt": "paragraph 5's number is lost in the OCR, so 6 is not in sequence",
    "S_RES_47_1948.txt": "1948: paragraphs with no number after numbered ones",
    "S_RES_62_1948.txt": "1948: a paragraph opened by 'Without prejudice'",
    "S_RES_93_1951.txt": "1951: paragraphs with no number after numbered ones",
}


@pytest.mark.corpus
@pytest.mark.parametrize("flatten", sorted(FLATTEN))
@pytest.mark.parametrize(
    ("folder", "known", "total"),
    [("unga-mandate-pipeline", GA_KNOWN, 12494), ("unsc-cr-unsc-gold", SC_KNOWN, 2136)],
)
def test_flattened_corpus_texts_read_as_their_text(
    corpus: Path, folder: str, known: dict[str, str], total: int, flatten: str
) -> None:
    differ: dict[str, int] = {}
    count = 0
    for path in sorted((corpus / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        base = _fields(text, path.name)
        count += len(base)
        lost = Counter(base) - Counter(_fields(FLATTEN[flatten](text), path.name))
        if lost:
            differ[path.name] = sum(lost.values())
    assert count == total
    assert sorted(differ) == sorted(known)
    assert sum(differ.values()) <= total // 60  # (13 of 12,494 and 21 of 2,136 references)
