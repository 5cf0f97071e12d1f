"""Layout: H, P, O (with parts), F paragraphs; headings, trailers and annexes; anchors."""

from __future__ import annotations

from citegraph.layout import layout
from citegraph.normalize import analyse


def _doc(text: str):
    return layout(analyse(text), "t.txt", "t.txt")


def _labels(text: str) -> list[tuple[str, str | None]]:
    return [(p.label, p.part) for p in _doc(text).paragraphs]


def test_text_equals_span_and_header_before_organ():
    doc = _doc("General Assembly\n\n75/1. Title\n\nThe General Assembly,\n\nRecalling X,\n\n1. Decides Y.\n")
    assert [(p.label, p.text) for p in doc.paragraphs] == [
        ("H", "General Assembly 75/1. Title"),
        ("P1", "Recalling X,"),
        ("O1", "Decides Y."),
    ]
    for p in doc.paragraphs:
        assert doc.norm.text[p.start : p.end] == p.text


def test_sub_items_and_quotes_stay_with_their_paragraph():
    doc = _doc(
        "The Security Council,\n\nNoting X,\n\n1. Decides that:\n\n(a) States shall act;\n\n"
        "(b) The Committee shall report;\n\n2. Requests Z.\n"
    )
    assert [p.label for p in doc.paragraphs] == ["P1", "O1", "O2"]
    assert doc.paragraph("O1").text.endswith("(b) The Committee shall report;")


def test_parts_a_b_each_number_from_one():
    text = (
        "The Security Council,\n\nRecalling X,\n\nA\n\n1. Finds Y;\n\n2. Calls Z;\n\nB\n\n"
        "1. Takes note of W;\n\nAdopted at the 642nd meeting.\n"
    )
    assert _labels(text) == [("P1", None), ("O1", "A"), ("O2", "A"), ("O1", "B")]


def test_sections_keep_numbering_and_heading_is_not_a_paragraph():
    text = (
        "The General Assembly,\n\nRecalling X,\n\nI\n\nInternational Convention on Y\n\n1.\nReaffirms Y;\n\n"
        "II\n\nFollow-up\n\n2. Decides Z.\n\n50th plenary meeting\n19 December 2023\n"
    )
    assert _labels(text) == [("P1", None), ("O1", "I"), ("O2", "II")]


def test_ocr_paragraph_numbers_only_where_due():
    text = (
        "The Security Council,\n\nNoting X,\n\n1. Decides A;\n\nZ. Demands B;\n\n3, Urges C;\n\n"
        "4. Requests D, in its paragraph\n10. of the report, to act.\n"
    )
    doc = _doc(text)
    assert [p.label for p in doc.paragraphs] == ["P1", "O1", "O2", "O3", "O4"]
    assert doc.paragraph("O4").text.endswith("to act.")


def test_trailer_ends_the_resolution_and_annex_has_its_own_part():
    text = (
        "The General Assembly,\n\nRecalling X,\n\n1. Adopts the declaration annexed.\n\n"
        "15th plenary meeting\n29 September 2023\n\nAnnex\n\nPolitical declaration\n\n"
        "We, Heads of State, reaffirm our commitment,\n\n1. We commit to act;\n"
    )
    doc = _doc(text)
    assert [(p.label, p.part) for p in doc.paragraphs] == [
        ("P1", None),
        ("O1", None),
        ("P1", "Annex/Political declaration"),
        ("O1", "Annex/Political declaration"),
    ]
    assert (doc.meta.preambular_count, doc.meta.operative_count) == (1, 1)


def test_single_unnumbered_operative_paragraph():
    text = (
        "78/1. Declaration\n\nThe General Assembly\n\nEndorses the declaration contained in the annex.\n\n"
        "15th plenary meeting\n"
    )
    assert _labels(text) == [("H", None), ("O1", None)]


def test_unnumbered_operative_paragraphs_each_open_with_their_verb():
    """S/RES/66 (1948): four unnumbered operative paragraphs, the first with sub-items; each verb of the
    table opens the next one (they were one O1). A block after a paragraph that announces items with a
    colon stays in it, as does a closing sentence that opens with no verb of the table."""
    text = (
        "The Security Council,\n\nHaving considered the report of the Acting Mediator,\n\n"
        "Calls upon the Governments concerned :\n(i) To order an immediate cease-fire ;\n\n"
        "(ii) To implement without further delay resolution\n61 (1948) of 4 November 1948 ;\n\n"
        "Requests the committee of the Council to report on the extent to which the Governments\n"
        "have complied with resolutions 61 (1948) and 62 (1948) ;\n\n"
        "Invites Cuba and Norway to replace the two retiring members of the committee ;\n\n"
        "Decides that the following text shall apply:\n\nEndorses the plan.\n\n"
        "This shall be reported to the Council.\n\n"
        "Adopted at the 396th meeting by 8 votes to none.\n"
    )
    doc = _doc(text)
    ops = [(p.label, p.text.split()[0]) for p in doc.paragraphs if p.label.startswith("O")]
    assert ops == [("O1", "Calls"), ("O2", "Requests"), ("O3", "Invites"), ("O4", "Decides")]
    assert doc.paragraph("O4").text.endswith("This shall be reported to the Council.")
    assert (doc.meta.preambular_count, doc.meta.operative_count) == (1, 4)


def test_a_preambular_paragraph_that_lost_its_comma_is_still_one():
    """S/RES/281 (1970) P2: the OCR lost the closing comma ("... beyond 15 June 1970"); the block was
    dropped as a heading. A/RES/79/145: a page break splits a paragraph after "Food and Agriculture"; the
    rest ("Organization of the United Nations,") joins it."""
    text = (
        "The Security Council,\n\nNoting from the report of the Secretary-General of 1 June 1970 that the Force "
        "is still needed,\n\nNoting that the Government of Cyprus has agreed\nthat in view of the prevailing "
        "conditions in the island\nit is necessary to continue the Force beyond 15 June 1970\n\n"
        "Recalling the International Plan of Action to Prevent, Deter and Eliminate\nIllegal, Unreported and "
        "Unregulated Fishing adopted by the Food and Agriculture\n\nOrganization of the United Nations,\n\n"
        "International Plan of Action\n\n"
        "Noting also from the report the conditions prevailing in the island,\n\n1. Reaffirms its resolutions.\n"
    )
    doc = _doc(text)
    pre = [(p.label, " ".join(p.text.split())[-40:]) for p in doc.paragraphs if p.label.startswith("P")]
    assert pre == [
        ("P1", "of 1 June 1970 that the Force is still needed,"[-40:]),
        ("P2", "to continue the Force beyond 15 June 1970"[-40:]),
        ("P3", "Agriculture Organization of the United Nations,"[-40:]),
        ("P4", "the conditions prevailing in the island,"[-40:]),
    ]
    assert (doc.meta.preambular_count, doc.meta.operative_count) == (4, 1)


def test_a_short_preambular_paragraph_that_lost_its_comma_keeps_its_reference():
    """A short block that opens as a preambular paragraph and cites a resolution by its number is a paragraph
    whose closing comma was lost ("Reaffirming its resolution 46/152"), not a heading: it was dropped, with its
    reference, and the paragraphs after it were numbered one too low. A short block that cites nothing stays a
    heading, as "International Plan of Action" is above."""
    from citegraph.references import extract_references

    text = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\nReaffirming its resolution 46/152\n\n"
        "Recalling Security Council resolution 1373 (2001) and the statement\n\n"
        "Strengthening the coordination of assistance\n\n"
        "Noting the report of the Secretary-General,\n\n1. Takes note of the report;\n"
    )
    doc = _doc(text)
    pre = [(p.label, " ".join(p.text.split())) for p in doc.paragraphs if p.label.startswith("P")]
    assert pre == [
        ("P1", "Recalling its resolution 70/1,"),
        ("P2", "Reaffirming its resolution 46/152"),
        ("P3", "Recalling Security Council resolution 1373 (2001) and the statement"),
        ("P4", "Noting the report of the Secretary-General,"),
    ]
    assert [(r.para, r.target, r.relation) for r in extract_references(doc)] == [
        ("P1", "A/RES/70/1", "recall"),
        ("P2", "A/RES/46/152", "reaffirm"),
        ("P3", "S/RES/1373 (2001)", "recall"),
    ]


def test_footnote_anchor_and_paragraph():
    doc = _doc(
        "The General Assembly,\n\nRecalling the Convention on the Rights of the Child,¹ and "
        "the report entitled “The future we want”,²\n\n1. Decides.\n\n¹ Treaty.\n\n² Resolution 66/288.\n"
    )
    f1, f2 = doc.footnotes
    assert (f1.number, f1.anchor_para, f1.anchor) == (1, "P1", "Convention on the Rights of the Child")
    assert (f2.number, f2.anchor_para) == (2, "P1")
    assert "The future we want" in f2.anchor  # the name reader (anchors.py) decides how much it keeps
    assert [p.label for p in doc.paragraphs][-2:] == ["F1", "F2"]
    assert doc.paragraph("F2").text == "Resolution 66/288."


def test_an_unclosed_preambular_paragraph_takes_only_the_next_block_as_its_rest():
    # "... of 1971,<sup>b</sup>" has no closing punctuation that the layout knows: the block right after it
    # may be its rest, after a page break; here numbered paragraphs follow, and the notes after them
    # ("[~1]: ...", a footnote syntax no converter writes) are no part of it: paragraphs never overlap
    d = _doc(
        "The General Assembly,\n\nRecalling its resolution 60/1,\n\n"
        "Recalling the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol and the "
        "Convention on Psychotropic Substances of 1971,<sup>b</sup>\n\n"
        "1. Requests a report (see A/75/100);\n\n2. Decides to remain seized of the matter.\n\n"
        "[~1]: United Nations, Treaty Series, vol. 1019, No. 14956.\n"
    )
    spans = [(p.label, d.text[p.start : p.end][:12]) for p in d.paragraphs]
    assert spans == [
        ("P1", "Recalling it"),
        ("P2", "Recalling th"),
        ("O1", "Requests a r"),
        ("O2", "Decides to r"),
    ]
    assert d.paragraphs[1].text.endswith("1971,<sup>b</sup>")
    ends = [(p.start, p.end) for p in d.paragraphs]
    assert all(e <= s for (_, e), (s, _) in zip(ends, ends[1:], strict=False)), ends
