"""The dataclasses that flow between citegraph's pipeline stages.

    text ──normalize──▶ NormText ──layout──▶ Document ──extract──▶ [Reference]
                                                          └──graph──▶ RDF ──▶ analyses, views

Each stage is a module (``normalize``, ``layout``, ``extract``, ``graph``, ...)
and these classes are its inputs and outputs. They carry no behaviour beyond
small conveniences, so that every stage stays a pure function of its input.

Offsets: the normaliser rewrites the text (drops page furniture, markdown,
footnote marks...). ``NormText.to_original`` maps any span of the normalised
text back to the characters of the original file, so a reference found late
in the pipeline still points at the exact characters a reader sees.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Paragraph kinds, in the order they appear in a resolution.
HEADER = "header"
PREAMBULAR = "preambular"
OPERATIVE = "operative"
FOOTNOTE = "footnote"
#: The ``doc_type`` values of a draft put before an organ (SCHEMA.md's meta line): a draft resolution, revised.
DRAFT_TYPES = ("draft-resolution", "revised-draft-resolution")


@dataclass
class NormText:
    """Normalised text plus, for each of its characters, the offset in the original.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the original
    offset of ``text[i]``, and the last entry is the original offset just past
    the last kept character, so half-open spans map cleanly.

    >>> n = NormText(original="a*b*c", text="abc", offsets=[0, 2, 4, 5])
    >>> n.to_original(1, 2)
    (2, 3)
    >>> n.original[slice(*n.to_original(0, 3))]
    'a*b*c'
    """

    original: str
    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of ``text`` to the original."""
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Footnote:
    """A footnote: its printed number, its text, and where its mark first stands.

    ``anchor`` is the name the mark is attached to in the body ("United Nations
    Convention against Corruption"); ``anchor_para`` the label of the paragraph
    that carries the mark (``P3``); ``start``/``end`` delimit the footnote text
    in the normalised text.
    """

    number: int
    text: str
    start: int
    end: int
    anchor: str | None = None
    anchor_para: str | None = None
    mark: int | None = None  # offset of the first mark in the normalised text


@dataclass
class Paragraph:
    """One unit of the document: the header, a preambular or operative paragraph, or a footnote.

    ``label`` is the ``para`` value of SCHEMA.md: ``H``, ``P<n>``, ``O<n>``,
    ``F<n>``. ``start``/``end`` delimit ``text`` inside ``NormText.text``
    (``text == norm.text[start:end]`` always holds). ``part`` names the
    section or part of a multi-part resolution ("I", "A"), else None.
    """

    label: str
    kind: str
    number: int | None
    text: str
    start: int
    end: int
    part: str | None = None


@dataclass
class Meta:
    """The identity of a document: the ``meta`` line of SCHEMA.md, plus header facts."""

    symbol: str | None = None
    inferred_symbol: str | None = None
    doc_type: str | None = None
    session: int | None = None
    date: str | None = None
    title: str | None = None
    sponsors: list[str] = field(default_factory=list)
    preambular_count: int = 0
    operative_count: int = 0
    footnote_count: int = 0
    organ: str | None = None  # "GA", "SC", "ECOSOC", ... the acting organ
    agenda_item: str | None = None
    committee_report: str | None = None  # e.g. "A/75/479"
    amends: str | None = None  # for amendments: the symbol of the amended draft

    def to_json(self, doc: str) -> dict[str, Any]:
        """The SCHEMA.md meta line for document file name ``doc``."""
        d = {"type": "meta", "doc": doc}
        d.update(asdict(self))
        return d


@dataclass
class Document:
    """A UN text as read: its identity, its paragraphs in order, its footnotes."""

    name: str  # file name, the ``doc`` field of SCHEMA.md
    path: str
    norm: NormText
    meta: Meta
    paragraphs: list[Paragraph]
    footnotes: list[Footnote]

    @property
    def text(self) -> str:
        return self.norm.text

    def paragraph(self, label: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.label == label), None)


@dataclass
class Reference:
    """One occurrence of a reference, in the SCHEMA.md ``ref`` line format.

    ``start``/``end`` are offsets into the *original* text of the document:
    ``original[start:end]`` is the surface as printed (before whitespace folding
    and markdown removal).

    A footnote's reference (``relation`` ``source``) is also *used* where the footnote's mark
    stands: "Reaffirming the Convention on the Rights of the Child,¹" with "¹ United Nations,
    *Treaty Series*, vol. 1577, No. 27531" reaffirms the treaty in that paragraph.
    ``anchor_para`` is then the label of that body paragraph (``P2``) and ``anchor_relation``
    the relation the governing verb there gives the name at the mark (``reaffirm``); both are
    None for references in the body and for footnotes whose mark was not found in the body.
    """

    doc: str
    para: str
    surface: str
    target: str
    kind: str
    body: str | None
    date: str | None
    relation: str
    anchor: str | None
    start: int
    end: int
    anchor_para: str | None = None
    anchor_relation: str | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "ref"}
        d.update(asdict(self))
        return d
