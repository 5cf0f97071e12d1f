"""Where a footnote's source is used: the paragraph its mark stands in and the verb there.

Each case is a paragraph printed in the corpus (the file and paragraph named beside it), set in a
small resolution with one footnote: the reference the footnote gives keeps SCHEMA's ``source``
and gets ``anchor_para`` and ``anchor_relation`` (references.anchor_uses).
"""

from __future__ import annotations

import pytest

from citegraph.reader import read_document
from citegraph.references import anchor_uses, extract_references

TREATY = "United Nations, Treaty Series, vol. 1577, No. 27531."


def resolution(paragraph: str, footnote: str = TREATY, operative: bool = False) -> str:
    """A resolution whose one paragraph (preambular, or operative 1) carries footnote 1 at ``{m}``."""
    body = f"1. {paragraph}" if operative else f"{paragraph}\n\n1. Decides to remain seized of the matter."
    return f"The General Assembly,\n\n{body.replace('{m}', '1')}\n\n_______________\n\n1 {footnote}\n"


CASES = [
    # (paragraph with the mark at {m}, operative?, expected relation)
    (
        "Reaffirming the Convention on the Rights of the Child,{m} and its Optional Protocols,",
        False,
        "reaffirm",
    ),
    # a clause of its own governs the name: 44/25 is reaffirmed, the Convention is what it adopted (A_RES_80_190 P1)
    (
        "Reaffirming the importance of its resolution 44/25 of 20 November 1989, by which it adopted the Convention"
        " on the Rights of the Child,{m} which constitutes the standard in the promotion and protection of the rights"
        " of the child,",
        False,
        "cite",
    ),
    # "Persons with Disabilities" is a name, not a source phrase ("in line with ..."): A_RES_78_195 P3
    (
        "Reaffirming the Universal Declaration of Human Rights, the Convention on the Rights of Persons with"
        " Disabilities and the Optional Protocol thereto,{m}",
        False,
        "reaffirm",
    ),
    # a participle with its preposition opens the paragraph: A_RES_78_219 P1
    (
        "Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,{m}",
        False,
        "guided-by",
    ),
    # a source phrase before the name: A_RES_78_224 P1
    (
        "Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held"
        " in Kyoto, Japan, from 7 to 12 March 2021, as reflected in the report of the Congress{m}",
        False,
        "cite",
    ),
    # an operative paragraph: A_RES_78_176 O23
    (
        "Further encourages Member States to provide legal identity including birth registration, in accordance with"
        " international law, including relevant provisions of the Convention on the Rights of the Child{m}"
        " and/or relevant provisions of the International Covenant on Civil and Political Rights,",
        True,
        "encourage",
    ),
    # a source participle's object runs on down a list: A_RES_78_213 P1
    (
        "Reaffirming the human rights and fundamental freedoms enshrined in the Universal Declaration of Human Rights"
        " and international human rights treaties, including the International Covenant on Civil and Political"
        " Rights,{m}",
        False,
        "cite",
    ),
    # ... but not past "as well as", which adds an object of the verb: A_RES_80_190 P17
    (
        "Taking note of the reports of the Secretary-General on progress made towards achieving the commitments set"
        " out in the outcome document of the special session, as well as the most recent reports of the Special"
        " Representative of the Secretary-General on Violence against Children,{m}",
        False,
        "take-note",
    ),
    # ... nor to a report further down the list: A_RES_80_243 P7
    (
        "Having considered the report of the Representative on the implementation of the recommendations of the"
        " Board of Auditors contained in its report for the year ended 31 December 2024 and the related report of"
        " the Advisory Committee,{m}",
        False,
        "consider",
    ),
    # "in Central Africa" is part of a name, no source phrase: A_RES_79_68 P10
    (
        "Recalling the Brazzaville Declaration on Cooperation for Peace and Security in Central Africa, the Bata"
        " Declaration for the Promotion of Lasting Democracy, Peace and Development in Central Africa and the Yaoundé"
        " Declaration on Peace, Security and Stability in Central Africa,{m}",
        False,
        "recall",
    ),
    # the act a cited resolution did, over the commas of its list: A_RES_78_330 O1
    (
        "Recalls its resolution 75/281 of 24 May 2021, in which it endorsed the proposals, recommendations and"
        " conclusions of the Special Committee on Peacekeeping Operations;{m}",
        True,
        "cite",
    ),
    # ... but not past ", and", which goes back to the verb's own list: A_RES_78_330 P5
    (
        "Recalling its resolution 47/135 of 18 December 1992, by which it adopted the Declaration on the Rights of"
        " Persons Belonging to National or Ethnic, Religious and Linguistic Minorities, and the International"
        " Covenant on Civil and Political Rights,{m}",
        False,
        "recall",
    ),
    # a State accedes to a treaty: no source phrase (A_RES_78_188 O21)
    (
        "Urges all States that have not yet ratified or acceded to the Minimum Age Convention, 1973 (No. 138),{m}"
        " to consider doing so as a matter of priority;",
        True,
        "urge",
    ),
    # a relative clause closed by a comma governs nothing after it
    (
        "Recalling the Convention, which the Assembly adopted by its resolution 44/25 of 20 November 1989, and the"
        " Optional Protocol on a communications procedure,{m}",
        False,
        "recall",
    ),
]


@pytest.mark.parametrize(("paragraph", "operative", "relation"), CASES)
def test_the_verb_where_the_mark_stands(paragraph, operative, relation):
    doc = read_document("r.txt", resolution(paragraph, operative=operative))
    refs = [r for r in extract_references(doc) if r.para == "F1"]
    assert [(r.target, r.relation, r.anchor_para, r.anchor_relation) for r in refs] == [
        ("UNTS/1577/27531", "source", "O1" if operative else "P1", relation)
    ]


def test_a_name_that_holds_a_reference_of_the_body_is_used_as_that_reference():
    """A_RES_79_258 O4: the footnote's mark is on "55/29", read in the body under "mandated ... in its resolutions"
    (a source phrase): cite, as 55/29 itself, not the "Approves" of the paragraph."""
    paragraph = (
        "Approves a charge against the contingency fund to support the activities mandated by the Human Rights"
        " Council in its resolutions 55/28 and 55/29 of 5 April 2024,{m}"
    )
    footnote = (
        "See Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53 (A/79/53)."
    )
    doc = read_document("r.txt", resolution(paragraph, footnote, operative=True))
    refs = extract_references(doc)
    assert [(r.para, r.target, r.relation) for r in refs if r.para == "O1"] == [
        ("O1", "A/HRC/RES/55/28", "cite"),
        ("O1", "A/HRC/RES/55/29", "cite"),
    ]
    assert anchor_uses(doc) == {"F1": ("O1", "cite")}


def test_a_reference_between_the_name_and_a_later_mark_is_not_the_name():
    """002 O22's mark stands after "resolution 74/177", but it is on "the report of the Secretary-General": noted."""
    paragraph = (
        "Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution"
        " 74/177;{m}"
    )
    doc = read_document("r.txt", resolution(paragraph, "A/75/97.", operative=True))
    assert [f.anchor for f in doc.footnotes] == ["report of the Secretary-General"]
    assert anchor_uses(doc) == {"F1": ("O1", "take-note")}


def test_a_paragraph_of_a_declaration_opens_with_its_bare_verb():
    """A_RES_78_5 (a political declaration, "We, Heads of State and Government ..."): "Reaffirm the political
    declaration ...¹" reaffirms it, as the body's references of such a paragraph are."""
    text = (
        "Political declaration of the high-level meeting\n\nThe General Assembly,\n\nApproves the political"
        " declaration annexed to the present resolution.\n\nAnnex\n\nWe, Heads of State and Government, assembled"
        " at the United Nations,\n\n1. Reaffirm the political declaration of the high-level meeting of the General"
        " Assembly on antimicrobial resistance,1 and resolution 70/1;\n\n_______________\n\n1 Resolution 71/3,"
        " annex.\n"
    )
    doc = read_document("r.txt", text)
    refs = extract_references(doc)
    body = [(r.target, r.relation) for r in refs if r.para != "F1"]
    assert ("A/RES/70/1", "reaffirm") in body
    assert [(r.target, r.anchor_relation) for r in refs if r.para == "F1"] == [("A/RES/71/3", "reaffirm")]


def test_a_report_taken_note_of():
    doc = read_document(
        "r.txt", resolution("Taking note of the report of the Secretary-General,{m}", "A/78/123.")
    )
    assert anchor_uses(doc) == {"F1": ("P1", "take-note")}
    (ref,) = [r for r in extract_references(doc) if r.para == "F1"]
    assert (ref.target, ref.anchor, ref.anchor_para, ref.anchor_relation) == (
        "A/78/123",
        "report of the Secretary-General",
        "P1",
        "take-note",
    )


def test_what_a_footnote_adds_after_see_also_is_not_the_name_at_the_mark():
    doc = read_document(
        "r.txt",
        resolution("Taking note of the report of the Secretary-General,{m}", "A/78/123; see also A/77/456."),
    )
    refs = [(r.target, r.anchor_para, r.anchor_relation) for r in extract_references(doc) if r.para == "F1"]
    assert refs == [("A/78/123", "P1", "take-note"), ("A/77/456", None, None)]


def test_body_references_have_no_anchor_use():
    doc = read_document("r.txt", resolution("Reaffirming its resolution 44/25 and the Convention,{m}"))
    body = [r for r in extract_references(doc) if r.para == "P1"]
    assert [(r.target, r.relation, r.anchor_para, r.anchor_relation) for r in body] == [
        ("A/RES/44/25", "reaffirm", None, None)
    ]
