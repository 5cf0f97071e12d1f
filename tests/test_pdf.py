"""PDFs read to the same identity and counts as their text counterparts (PyMuPDF text in the corpus)."""

from __future__ import annotations

import pytest
import regex

from citegraph.pdf import PdfError, pdf_text
from citegraph.reader import ReadError, read_document

RESOLUTIONS = ["A_RES_78_115", "A_RES_78_229", "A_RES_79_154", "A_RES_80_229", "A_RES_80_3"]


@pytest.fixture(scope="session")
def pdf_docs(corpus):
    """All eight PDFs, read once (pypdf takes a few seconds per long resolution)."""
    return {p.stem: read_document(p) for p in sorted((corpus / "pdf").glob("*.pdf"))}


def _identity(doc):
    m = doc.meta
    return (
        m.symbol,
        m.doc_type,
        m.session,
        m.date,
        " ".join((m.title or "").split()),
        m.organ,
        m.agenda_item,
        m.committee_report,
        m.preambular_count,
        m.operative_count,
        m.footnote_count,
    )


@pytest.mark.parametrize("stem", RESOLUTIONS)
def test_pdf_reads_like_its_text(pdf_docs, corpus, stem):
    text_doc = read_document(corpus / "unga-mandate-pipeline" / f"{stem}.txt")
    pdf_doc = pdf_docs[stem]
    assert _identity(pdf_doc) == _identity(text_doc)
    assert [p.label for p in pdf_doc.paragraphs] == [p.label for p in text_doc.paragraphs]
    assert all(f.anchor for f in pdf_doc.footnotes)


#: the fields of a reference line that SCHEMA.md scores
_SCORED = ("para", "surface", "target", "kind", "body", "date", "relation", "anchor")


@pytest.mark.parametrize("stem", RESOLUTIONS)
def test_pdf_gives_the_references_of_its_text(pdf_docs, corpus, stem):
    """audit-ga23b: the PDF of a resolution gives the same reference lines as its text, field by field (A_RES_80_229:
    212 lines, 61 footnotes), and each surface stands at its offsets in the PDF's own text (spacing folded)."""
    from citegraph.references import extract_references

    text_doc = read_document(corpus / "unga-mandate-pipeline" / f"{stem}.txt")
    pdf_doc = pdf_docs[stem]
    text_refs = extract_references(text_doc)
    pdf_refs = extract_references(pdf_doc)
    assert [tuple(getattr(r, k) for k in _SCORED) for r in pdf_refs] == [
        tuple(getattr(r, k) for k in _SCORED) for r in text_refs
    ]
    for r in pdf_refs:
        assert " ".join(pdf_doc.norm.original[r.start : r.end].split()) == r.surface, (r.para, r.surface)


def test_draft_with_its_sponsors(pdf_docs):
    m = pdf_docs["A_C.3_80_L.3"].meta
    assert (m.symbol, m.doc_type, m.session, m.date) == ("A/C.3/80/L.3", "draft-resolution", 80, "2025-10-14")
    assert m.sponsors == ["Italy"]  # "Italy: draft resolution" is the whole sponsor line
    assert m.title == (
        "Strengthening the United Nations crime prevention and criminal justice programme, "
        "in particular its technical cooperation capacity"
    )
    # 72: "Stressing the importance for Member States" lost its indent in the PDF's text, and is P54
    assert (m.preambular_count, m.operative_count, m.footnote_count) == (72, 73, 51)
    assert m.agenda_item == "107"


def test_second_draft(pdf_docs):
    m = pdf_docs["A_C.3_80_L.4"].meta
    assert (m.symbol, m.doc_type, m.sponsors) == (
        "A/C.3/80/L.4",
        "draft-resolution",
        # the sponsor line wraps: "Belarus, ..., Russian Federation and ⏎Venezuela (...): draft resolution"
        [
            "Belarus",
            "Democratic People’s Republic of Korea",
            "Russian Federation",
            "Venezuela (Bolivarian Republic of)",
        ],
    )


@pytest.mark.parametrize(
    ("stem", "number", "anchor"),
    [
        (
            "A_C.3_80_L.3",
            6,
            "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating"
            " Certain Crimes Committed by Means of Information and Communications Technology Systems and for the"
            " Sharing of Evidence in Electronic Form of Serious Crimes (\u201cthe United Nations Convention against"
            " Cybercrime\u201d)",
        ),  # was the subtitle without its first word
        (
            "A_C.3_80_L.3",
            50,
            "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components"
            " and Ammunition",
        ),  # was "Parts and Components and Ammunition"
        (
            "A_C.3_80_L.4",
            8,
            "Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices"
            " Similar to Slavery",
        ),  # was "Slave Trade, and Institutions and Practices Similar to Slavery"
        (
            "A_C.3_80_L.4",
            32,
            "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
        ),  # was "sexual abuse of children"
    ],
)
def test_draft_anchors(pdf_docs, stem, number, anchor):
    """The drafts' footnoted names read whole (audit-drafts round)."""
    (fn,) = [f for f in pdf_docs[stem].footnotes if f.number == number]
    assert " ".join(fn.anchor.split()) == anchor


def test_amendment(pdf_docs):
    doc = pdf_docs["A_C.3_80_L.57"]
    m = doc.meta
    assert (m.symbol, m.doc_type, m.amends, m.date) == (
        "A/C.3/80/L.57",
        "amendment",
        "A/C.3/80/L.3/Rev.1",
        "2025-11-12",
    )
    assert m.sponsors == ["United States of America"]
    assert [p.label for p in doc.paragraphs] == ["H", "O1", "O2"]
    assert doc.paragraph("O1").text.startswith("In operative paragraph 64, after")


def test_pdf_page_furniture_dropped(pdf_docs):
    doc = pdf_docs["A_RES_80_229"]
    counter = regex.compile(r"(?<![\w/])\d{1,2}/27\b")  # "3/27", not "E/2013/27"
    for p in doc.paragraphs[1:]:
        assert "25-20947" not in p.text and "A/RES/80/229" not in p.text, p.label
        assert not counter.search(p.text), p.label
        assert "Strengthening the United Nations crime prevention and criminal justice" not in p.text, p.label


def test_not_a_pdf(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    with pytest.raises(PdfError):
        pdf_text(bad)
    with pytest.raises(ReadError) as info:
        read_document(bad)
    assert "not a readable PDF" in info.value.problem or "no text layer" in info.value.problem
