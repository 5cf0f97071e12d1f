"""The RDF model: a read :class:`~citegraph.models.Document` and its references as quads.

Pure functions, no I/O: :mod:`citegraph.store` writes what these return. The model is the
contract of ``docs/ARCHITECTURE.md`` ("The RDF model"): CiTO for citations, ELI for
documents and their paragraphs, Dublin Core terms for identifiers and titles, and the
small ``cg:`` ontology (``citegraph/ontology.ttl``) for what they lack.

Every quad a document yields lives in its own named graph (``cgd:graph/<file stem>``), so
that adding a file again replaces its quads and removing it drops them. Facts about a
*cited* document that follow from its symbol alone (class, identifier, organ, session,
undocs link) are asserted by every graph that cites it: they are identical wherever they
come from, so the union of graphs stays consistent. Facts that citing texts may disagree
on (the date of an unread document, the printed name of an instrument) are consolidated
in one derived graph by the store (:func:`derived_quads`).

>>> doc_iri("A/RES/67/234 B").value
'https://w3id.org/citegraph/id/A/RES/67/234_B'
>>> doc_iri("S/RES/1373 (2001)").value
'https://w3id.org/citegraph/id/S/RES/1373_(2001)'
>>> symbol_of(doc_iri("S/RES/1373 (2001)").value)
'S/RES/1373 (2001)'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import PurePath
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad

from citegraph import symbols
from citegraph.models import FOOTNOTE, HEADER, OPERATIVE, PREAMBULAR, Document, Reference
from citegraph.verbs import VERBS, Verb

# --- namespaces -----------------------------------------------------------------------------

CITO = "http://purl.org/spar/cito/"
ELI = "http://data.europa.eu/eli/ontology#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
CG = "https://w3id.org/citegraph/ontology#"
CGD = "https://w3id.org/citegraph/id/"

#: The prefixes of the model, predeclared in ``citegraph sparql`` and used in exports.
PREFIXES: dict[str, str] = {
    "cito": CITO,
    "eli": ELI,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "cg": CG,
    "cgd": CGD,
}

#: The graph that holds the ontology inside the store.
ONTOLOGY_GRAPH = NamedNode(CGD + "graph/ontology")
#: The graph the store recomputes after every change (see :func:`derived_quads`).
DERIVED_GRAPH = NamedNode(CGD + "graph/derived")

A = NamedNode(RDF + "type")
_XSD_DATE = NamedNode(XSD + "date")
_XSD_INT = NamedNode(XSD + "integer")
_XSD_BOOL = NamedNode(XSD + "boolean")


def cg(local: str) -> NamedNode:
    """A term of the citegraph ontology.

    >>> cg("reaffirms").value
    'https://w3id.org/citegraph/ontology#reaffirms'
    """
    return NamedNode(CG + local)


def cito(local: str) -> NamedNode:
    return NamedNode(CITO + local)


def eli(local: str) -> NamedNode:
    return NamedNode(ELI + local)


def dcterms(local: str) -> NamedNode:
    return NamedNode(DCTERMS + local)


def rdfs(local: str) -> NamedNode:
    return NamedNode(RDFS + local)


# --- IRIs -----------------------------------------------------------------------------------

# Characters kept as they are in the local part of an IRI; anything else is %-encoded.
_SAFE = "/().-~:,;'"


def _local(text: str) -> str:
    return quote(text.replace(" ", "_"), safe=_SAFE)


def doc_iri(symbol: str) -> NamedNode:
    """The IRI of the document with canonical ``symbol`` (spaces become ``_``)."""
    return NamedNode(CGD + _local(symbols.fold(symbol)))


def symbol_of(iri: str) -> str | None:
    """The canonical symbol back from a document IRI (None for non-document IRIs)."""
    if not iri.startswith(CGD):
        return None
    local = iri[len(CGD) :]
    if local.split("/", 1)[0] in ("file", "graph", "organ", "treaty", "instrument"):
        return None
    return unquote(local.split("#", 1)[0]).replace("_", " ")


def file_iri(name: str) -> NamedNode:
    """The IRI of a text read without a printed symbol: ``cgd:file/<stem>``.

    >>> file_iri("data/000_a6cd.txt").value
    'https://w3id.org/citegraph/id/file/000_a6cd'
    """
    return NamedNode(CGD + "file/" + _local(PurePath(name).stem))


def graph_iri(name: str) -> NamedNode:
    """The named graph of the text read from file ``name``: ``cgd:graph/<stem>``.

    >>> graph_iri("/x/A_RES_78_1.txt").value
    'https://w3id.org/citegraph/id/graph/A_RES_78_1'
    """
    return NamedNode(CGD + "graph/" + _local(PurePath(name).stem))


def organ_iri(code: str) -> NamedNode:
    """``cgd:organ/GA``."""
    return NamedNode(CGD + "organ/" + _local(code))


def treaty_iri(registration: str | int) -> NamedNode:
    """A treaty, keyed by its registration number: ``cgd:treaty/39574``."""
    return NamedNode(CGD + f"treaty/{int(registration)}")


def instrument_key(name: str) -> str:
    """The key that makes two spellings of an instrument's name the same node.

    >>> instrument_key("the  United Nations Convention against Corruption")
    'united-nations-convention-against-corruption'
    """
    s = symbols.fold(name).lower()
    s = re.sub(r"^(?:the|its|their)\s+", "", s)
    return re.sub(r"[^0-9a-z]+", "-", s).strip("-")


def instrument_iri(name: str) -> NamedNode:
    """``cgd:instrument/<key>``: a named instrument (a footnote's anchor)."""
    return NamedNode(CGD + "instrument/" + instrument_key(name))


def document_iri(doc: Document) -> NamedNode:
    """The IRI of a read document: its symbol (printed, else from a corpus file name), else its file."""
    sym = own_symbol(doc)
    return doc_iri(sym) if sym else file_iri(doc.name)


def own_symbol(doc: Document) -> str | None:
    """The symbol a read document is known by: printed, else encoded in a corpus file name."""
    return doc.meta.symbol or symbols.file_symbol(doc.name)


# --- literals -------------------------------------------------------------------------------


def _date(value: str | None) -> Literal | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=_XSD_DATE)
    return None


def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=_XSD_INT)


# --- classes ----------------------------------------------------------------------------------

_KIND_CLASS = {
    "resolution": "Resolution",
    "decision": "Decision",
    "treaty": "TreatyInstrument",
    "publication": "Publication",
    "document": "Report",
}

_DRAFT = re.compile(r"/L\.\d")


def class_of(symbol: str) -> str:
    """The ``cg:`` class of a document known only by its symbol.

    >>> [class_of(s) for s in ("A/RES/75/196", "A/DEC/74/568", "UNTS/2225/39574", "A/C.3/80/L.3", "A/75/479")]
    ['Resolution', 'Decision', 'TreatyInstrument', 'DraftResolution', 'Report']
    """
    kind = symbols.kind_of(symbol)
    if kind == "document" and _DRAFT.search(symbol):
        return "DraftResolution"
    return _KIND_CLASS[kind]


def symbol_quads(symbol: str, g: NamedNode) -> list[Quad]:
    """What a symbol alone says about its document: class, identifier, organ, session, link.

    The same symbol gives the same quads in every graph, so citing graphs never disagree.
    """
    s = doc_iri(symbol)
    out = [
        Quad(s, A, eli("LegalResource"), g),
        Quad(s, A, cg(class_of(symbol)), g),
        Quad(s, dcterms("identifier"), Literal(symbol), g),
        Quad(s, cg("shortId"), Literal(symbols.short(symbol)), g),
        Quad(s, cg("kind"), Literal(symbols.kind_of(symbol)), g),
    ]
    body = symbols.body_of(symbol)
    if body and body != "UNTS":
        out += [Quad(s, eli("passed_by"), organ_iri(body), g), *organ_quads(body, g)]
    session = symbols.session_of(symbol)
    if session is not None:
        out.append(Quad(s, cg("session"), _int(session), g))
    url = symbols.undocs_url(symbol)
    if url:
        out.append(Quad(s, rdfs("seeAlso"), NamedNode(url), g))
    m = re.fullmatch(r"UNTS/(\d+)/(\d+)", symbol)
    if m:
        t = treaty_iri(m[2])
        out += [
            Quad(s, eli("is_part_of"), t, g),
            Quad(s, cg("volume"), _int(int(m[1])), g),
            Quad(t, A, cg("Treaty"), g),
            Quad(t, cg("registrationNumber"), Literal(str(int(m[2]))), g),
        ]
    return out


def organ_quads(code: str, g: NamedNode) -> list[Quad]:
    """An organ node: ``cgd:organ/GA a cg:Organ; rdfs:label "General Assembly"; cg:code "GA"``."""
    o = organ_iri(code)
    body = symbols.BODIES.get(code)
    return [
        Quad(o, A, cg("Organ"), g),
        Quad(o, rdfs("label"), Literal(body.name if body else code), g),
        Quad(o, cg("code"), Literal(code), g),
    ]


# --- one document ---------------------------------------------------------------------------

_PARA_KIND = {"H": HEADER, "P": PREAMBULAR, "O": OPERATIVE, "F": FOOTNOTE}


def _para_kind(label: str) -> str:
    return _PARA_KIND.get(label[:1], HEADER)


def _para_number(label: str) -> int | None:
    m = re.fullmatch(r"[POF](\d+)", label)
    return int(m[1]) if m else None


def verb_of(relation: str) -> Verb:
    """The verb of a SCHEMA.md relation; an unknown relation counts as a plain citation."""
    return VERBS.get(relation) or VERBS["cite"]


def _paragraph_nodes(
    doc: Document, d: NamedNode
) -> list[tuple[NamedNode, str, str, int | None, str, tuple[int, int] | None, str | None]]:
    """(IRI, label, kind, number, text, original span, part) of every paragraph and footnote.

    A label printed twice (operative paragraph 1 of parts A and B) gets its part in the
    IRI fragment the second time, so that no two paragraphs share a node.
    """
    nodes = []
    seen: set[str] = set()
    norm = doc.norm

    def span(start: int, end: int) -> tuple[int, int] | None:
        try:
            return norm.to_original(start, end)
        except (IndexError, TypeError):
            return None

    items = [(p.label, p.kind, p.number, p.text, p.start, p.end, p.part) for p in doc.paragraphs]
    labels = {p.label for p in doc.paragraphs}
    items += [
        (f"F{f.number}", FOOTNOTE, f.number, f.text, f.start, f.end, None)
        for f in doc.footnotes
        if f"F{f.number}" not in labels
    ]
    for label, kind, number, text, start, end, part in items:
        frag = label if label not in seen else f"{part or 'x'}-{label}"
        n = 2
        while frag in seen:
            frag = f"{label}-{n}"
            n += 1
        seen.add(frag)
        nodes.append(
            (NamedNode(f"{d.value}#{_local(frag)}"), label, kind, number, text, span(start, end), part)
        )
    return nodes


def document_quads(
    doc: Document, refs: Sequence[Reference], names: Mapping[str, str] | None = None
) -> list[Quad]:
    """Every quad that the text ``doc`` and its references ``refs`` contribute, in its named graph.

    ``names`` maps :func:`instrument_key` to a printed name for instruments known from
    other documents' footnotes; a paragraph that mentions one of them (or an instrument
    anchored in this document) gets ``cg:mentions`` to its node.
    """
    g = graph_iri(doc.name)
    d = document_iri(doc)
    meta = doc.meta
    sym = own_symbol(doc)
    q: list[Quad] = []
    add = q.append
    if sym:
        q += symbol_quads(sym, g)
    else:
        add(Quad(d, A, eli("LegalResource"), g))
        add(Quad(d, cg("kind"), Literal("document"), g))
        add(Quad(d, cg("shortId"), Literal("file/" + PurePath(doc.name).stem), g))
    if meta.doc_type in ("draft-resolution", "revised-draft-resolution"):
        add(Quad(d, A, cg("DraftResolution"), g))
    elif meta.doc_type == "resolution" and not sym:
        add(Quad(d, A, cg("Resolution"), g))
    elif meta.doc_type == "decision" and not sym:
        add(Quad(d, A, cg("Decision"), g))
    if meta.doc_type:
        add(Quad(d, cg("docType"), Literal(meta.doc_type), g))
    if meta.title:
        add(Quad(d, dcterms("title"), Literal(symbols.fold(meta.title)), g))
    date = _date(meta.date)
    if date:
        add(Quad(d, eli("date_document"), date, g))
    organ = meta.organ or (symbols.body_of(sym) if sym else None)
    if organ and organ != "UNTS" and not (sym and symbols.body_of(sym) == organ):
        q += [Quad(d, eli("passed_by"), organ_iri(organ), g), *organ_quads(organ, g)]
    if meta.session is not None and not (sym and symbols.session_of(sym) is not None):
        add(Quad(d, cg("session"), _int(meta.session), g))
    if meta.inferred_symbol and not sym:
        add(Quad(d, cg("inferredSymbol"), Literal(meta.inferred_symbol), g))
        add(Quad(d, cg("becomes"), doc_iri(meta.inferred_symbol), g))
        q += symbol_quads(meta.inferred_symbol, g)
    for sponsor in meta.sponsors:
        add(Quad(d, cg("sponsor"), Literal(sponsor), g))
    if meta.committee_report:
        add(Quad(d, cg("committeeReport"), doc_iri(meta.committee_report), g))
    add(Quad(d, cg("sourceFile"), Literal(PurePath(doc.name).name), g))
    add(Quad(d, cg("isRead"), Literal("true", datatype=_XSD_BOOL), g))

    # paragraphs
    paras = _paragraph_nodes(doc, d)
    by_label: dict[str, list[tuple[NamedNode, tuple[int, int] | None]]] = {}
    for iri, label, kind, number, text, span, part in paras:
        by_label.setdefault(label, []).append((iri, span))
        q += [
            Quad(iri, A, eli("LegalResourceSubdivision"), g),
            Quad(iri, eli("is_part_of"), d, g),
            Quad(iri, cg("label"), Literal(label), g),
            Quad(iri, cg("paragraphType"), Literal(kind), g),
            Quad(iri, cg("text"), Literal(text), g),
        ]
        if number is not None:
            add(Quad(iri, cg("number"), _int(number), g))
        if part:
            add(Quad(iri, cg("part"), Literal(part), g))

    def paragraph_of(ref: Reference) -> NamedNode:
        cands = by_label.get(ref.para)
        if not cands:  # a label the layout did not produce: a node of its own
            iri = NamedNode(f"{d.value}#{_local(ref.para)}")
            by_label[ref.para] = [(iri, None)]
            kind, number = _para_kind(ref.para), _para_number(ref.para)
            q.extend(
                [
                    Quad(iri, A, eli("LegalResourceSubdivision"), g),
                    Quad(iri, eli("is_part_of"), d, g),
                    Quad(iri, cg("label"), Literal(ref.para), g),
                    Quad(iri, cg("paragraphType"), Literal(kind), g),
                ]
            )
            if number is not None:
                q.append(Quad(iri, cg("number"), _int(number), g))
            return iri
        for iri, span in cands:
            if span and span[0] <= ref.start < max(span[1], span[0] + 1):
                return iri
        return cands[0][0]

    # citations, document-level edges, named instruments
    known = dict(names or {})
    ordered = sorted(refs, key=lambda r: (r.start, r.end, r.target, r.para, r.relation))
    targets_done: set[str] = set()
    for i, ref in enumerate(ordered, 1):
        verb = verb_of(ref.relation)
        t = doc_iri(ref.target)
        c = NamedNode(f"{d.value}#cite-{i}")
        q += [
            Quad(c, A, cito("Citation"), g),
            Quad(c, cito("hasCitingEntity"), paragraph_of(ref), g),
            Quad(c, cito("hasCitedEntity"), t, g),
            Quad(c, cito("hasCitationCharacterization"), cito(verb.cito), g),
            Quad(c, cg("relation"), Literal(ref.relation), g),
            Quad(c, cg("surface"), Literal(ref.surface), g),
            Quad(c, cg("start"), _int(ref.start), g),
            Quad(c, cg("end"), _int(ref.end), g),
            Quad(d, cito("cites"), t, g),
            Quad(d, cg(verb.prop), t, g),
        ]
        date = _date(ref.date)
        if date:
            add(Quad(c, cg("citedDate"), date, g))
        if ref.anchor:
            add(Quad(c, cg("anchor"), Literal(symbols.fold(ref.anchor)), g))
            key = instrument_key(ref.anchor)
            if key:
                inst = instrument_iri(ref.anchor)
                known.setdefault(key, ref.anchor)
                q += [
                    Quad(c, cg("namesInstrument"), inst, g),
                    Quad(inst, A, cg("NamedInstrument"), g),
                    Quad(inst, cg("sourcedIn"), t, g),
                ]
        if ref.target not in targets_done:
            targets_done.add(ref.target)
            q += symbol_quads(ref.target, g)

    # mentions of named instruments, footnoted here or elsewhere
    q += mention_quads(d, g, body_paragraphs(doc), known)
    return _dedup(q)


def body_paragraphs(doc: Document) -> list[tuple[NamedNode, str]]:
    """(IRI, text) of the paragraphs of ``doc`` outside footnotes: where instruments are mentioned."""
    return [
        (iri, text)
        for iri, _l, kind, _n, text, _s, _p in _paragraph_nodes(doc, document_iri(doc))
        if kind != FOOTNOTE
    ]


def mention_quads(
    d: NamedNode, g: NamedNode, paragraphs: Iterable[tuple[NamedNode, str]], names: Mapping[str, str]
) -> list[Quad]:
    """``cg:mentions`` from each paragraph (and its document ``d``) to the named instruments it names."""
    q: list[Quad] = []
    for iri, key in mentions(paragraphs, names):
        inst = NamedNode(CGD + "instrument/" + key)
        q += [
            Quad(iri, cg("mentions"), inst, g),
            Quad(d, cg("mentions"), inst, g),
            Quad(inst, A, cg("NamedInstrument"), g),
        ]
    return q


def _dedup(quads: Iterable[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


def usable_name(name: str) -> bool:
    """Whether an anchor is specific enough to find elsewhere by its words (two words, 8 letters).

    >>> usable_name("United Nations Convention against Corruption"), usable_name("Ibid"), usable_name("Agenda")
    (True, False, False)
    """
    name = symbols.fold(name)
    return len(name.split()) >= 2 and len(name) >= 8 and name[:1].isupper()


def mentions(
    paragraphs: Iterable[tuple[NamedNode, str]], names: Mapping[str, str]
) -> Iterator[tuple[NamedNode, str]]:
    """(paragraph IRI, instrument key) for each paragraph whose text names a known instrument.

    Matching is case-insensitive on whole words, whitespace folded.

    >>> p = NamedNode("http://x/#P1")
    >>> list(mentions([(p, "Recalling the United Nations  Convention against Corruption,")],
    ...                {"united-nations-convention-against-corruption": "United Nations Convention against Corruption"}))
    [(<NamedNode value=http://x/#P1>, 'united-nations-convention-against-corruption')]
    """
    usable = {k: symbols.fold(v) for k, v in names.items() if usable_name(v)}
    if not usable:
        return
    by_text = {instrument_key(v): k for k, v in usable.items()}
    alts = sorted({re.escape(v).replace(r"\ ", r"\s+") for v in usable.values()}, key=lambda s: (-len(s), s))
    rx = re.compile(r"(?<![\w-])(?:the\s+)?(" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    for iri, text in paragraphs:
        found = sorted({by_text.get(instrument_key(m[1])) for m in rx.finditer(text)} - {None})
        for key in found:
            yield iri, key


# --- the derived graph ----------------------------------------------------------------------


def derived_quads(
    unread_dates: Iterable[tuple[str, str]],
    anchors: Iterable[tuple[str, str]],
    treaty_names: Iterable[tuple[str, str]],
    instruments: Iterable[str] = (),
) -> list[Quad]:
    """The consolidated facts, in :data:`DERIVED_GRAPH`, that citing texts may disagree on.

    - ``unread_dates``: (document IRI, date) for each citation of a document not read; the
      document gets the date cited most often (the earliest on a tie) as ``eli:date_document``;
    - ``anchors``: (instrument IRI, printed name) for every anchor; the instrument gets the
      spelling used most often (then the first in sort order) as ``rdfs:label``;
    - ``treaty_names``: (treaty IRI, instrument IRI) — a treaty whose volume is the source of
      a named instrument takes that instrument's label;
    - ``instruments``: every instrument IRI; one whose anchoring text is gone (removed from
      the store) is labelled from its key.

    >>> qs = derived_quads([("http://x/a", "2001-01-02"), ("http://x/a", "2001-01-02"), ("http://x/a", "1999-01-01")],
    ...                    [("http://x/i", "Doha Declaration")], [("http://x/t", "http://x/i")])
    >>> sorted((q.subject.value, q.predicate.value.rsplit('#', 1)[-1], q.object.value) for q in qs)
    [('http://x/a', 'date_document', '2001-01-02'), ('http://x/i', 'label', 'Doha Declaration'), ('http://x/t', 'label', 'Doha Declaration')]
    """
    g = DERIVED_GRAPH
    out: list[Quad] = []
    dates: dict[str, Counter[str]] = {}
    for iri, date in unread_dates:
        if _date(date):
            dates.setdefault(iri, Counter())[date] += 1
    for iri, counts in sorted(dates.items()):
        best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Quad(NamedNode(iri), eli("date_document"), Literal(best, datatype=_XSD_DATE), g))
    spellings: dict[str, Counter[str]] = {}
    for iri, name in anchors:
        spellings.setdefault(iri, Counter())[symbols.fold(name)] += 1
    labels: dict[str, str] = {}
    for iri, counts in sorted(spellings.items()):
        labels[iri] = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Quad(NamedNode(iri), rdfs("label"), Literal(labels[iri]), g))
    for iri in sorted(set(instruments) - set(labels)):
        labels[iri] = iri.rsplit("/", 1)[-1].replace("-", " ")
        out.append(Quad(NamedNode(iri), rdfs("label"), Literal(labels[iri]), g))
    treaty_votes: dict[str, Counter[str]] = {}
    for t, inst in treaty_names:
        if inst in labels:
            treaty_votes.setdefault(t, Counter())[labels[inst]] += 1
    for t, counts in sorted(treaty_votes.items()):
        best = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Quad(NamedNode(t), rdfs("label"), Literal(best), g))
    return out
