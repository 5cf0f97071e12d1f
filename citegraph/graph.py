"""The RDF model: a read :class:`~citegraph.models.Document` and its references as quads.

Pure functions, no I/O: :mod:`citegraph.store` writes what these return. The model is the
contract of ``docs/ARCHITECTURE.md`` ("The RDF model"): CiTO for citations, ELI for
documents and their paragraphs, Dublin Core terms for identifiers and titles, and the
small ``cg:`` ontology (``citegraph/ontology.ttl``) for what they lack.

Every quad a read text yields lives in its own named graph (``cgd:graph/<file stem>``) and
describes only that text: the document, its paragraphs, its citations and its edges. So
adding a file again replaces its quads, removing it drops them, and no triple is asserted
by two graphs (queries over the union of graphs never count a fact twice). Everything
else — the documents that are only cited (what their symbol and the citations reveal),
organs, treaties, named instruments — is derived from all graphs at once into one
graph, ``cgd:graph/derived``, that the store recomputes after every change
(:func:`derived_quads`).

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
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize

from citegraph import symbols
from citegraph.models import DRAFT_TYPES, FOOTNOTE, HEADER, OPERATIVE, PREAMBULAR, Document, Reference
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
#: The graph of what each read text without a printed symbol became (``cg:inferredSymbol``, ``cg:becomes``),
#: also recomputed after every change: an identification rests on the other texts read.
IDENTIFIED_GRAPH = NamedNode(CGD + "graph/identified")

A = NamedNode(RDF + "type")
_XSD_DATE = NamedNode(XSD + "date")
_XSD_INT = NamedNode(XSD + "integer")
_XSD_BOOL = NamedNode(XSD + "boolean")


@cache
def cg(local: str) -> NamedNode:
    """A term of the citegraph ontology.

    >>> cg("reaffirms").value
    'https://w3id.org/citegraph/ontology#reaffirms'
    """
    return NamedNode(CG + local)


@cache
def cito(local: str) -> NamedNode:
    return NamedNode(CITO + local)


@cache
def eli(local: str) -> NamedNode:
    return NamedNode(ELI + local)


@cache
def dcterms(local: str) -> NamedNode:
    return NamedNode(DCTERMS + local)


@cache
def rdfs(local: str) -> NamedNode:
    return NamedNode(RDFS + local)


# --- IRIs -----------------------------------------------------------------------------------

# Characters kept as they are in the local part of an IRI; anything else is %-encoded.
_SAFE = "/().-~:,;'"


@cache
def _local(text: str) -> str:
    return quote(text.replace(" ", "_"), safe=_SAFE)


@cache
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


def graph_iri(document: NamedNode) -> NamedNode:
    """The named graph of the read document ``document`` (its IRI): ``cgd:graph/`` and the IRI's local part.

    One graph per document, not per file name: two texts of one document (a ``.txt`` and a ``.md`` of
    A/RES/75/196) are one graph, the later replacing the earlier, while two files of one name in two
    folders that are two documents are two graphs.

    >>> graph_iri(doc_iri("A/RES/78/1")).value
    'https://w3id.org/citegraph/id/graph/A/RES/78/1'
    >>> graph_iri(file_iri("data/000_a6cd.txt")).value
    'https://w3id.org/citegraph/id/graph/file/000_a6cd'
    """
    return NamedNode(CGD + "graph/" + document.value[len(CGD) :])


def organ_iri(code: str) -> NamedNode:
    """``cgd:organ/GA``."""
    return NamedNode(CGD + "organ/" + _local(code))


def treaty_iri(registration: str | int) -> NamedNode:
    """A treaty, keyed by its registration number: ``cgd:treaty/39574``."""
    return NamedNode(CGD + f"treaty/{int(registration)}")


#: What a name may open with that is no part of it: "the Paris Agreement", "its Convention".
_LEADING_ARTICLE = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)


@cache
def instrument_key(name: str) -> str:
    """The key that makes two spellings of an instrument's name the same node.

    >>> instrument_key("the  United Nations Convention against Corruption")
    'united-nations-convention-against-corruption'
    """
    s = symbols.fold(name).lower()
    s = _LEADING_ARTICLE.sub("", s)
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


#: An ISO date as references and metadata carry it: what becomes an ``xsd:date``.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str | None) -> Literal | None:
    if value and _ISO_DATE.fullmatch(value):
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

    A read document's graph holds these for the document itself; for documents only cited,
    the store puts them once in the derived graph (:func:`derived_quads`).
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
        out.append(Quad(s, eli("passed_by"), organ_iri(body), g))
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
    doc: Document, d: NamedNode, spans: bool = True
) -> list[tuple[NamedNode, str, str, int | None, str, tuple[int, int] | None, str | None]]:
    """(IRI, label, kind, number, text, original span, part) of every paragraph and footnote.

    A label printed twice (operative paragraph 1 of parts A and B) gets its part in the
    IRI fragment the second time, so that no two paragraphs share a node. With
    ``spans=False`` the original spans are not worked out (None).
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
            (
                NamedNode(f"{d.value}#{_local(frag)}"),
                label,
                kind,
                number,
                text,
                span(start, end) if spans else None,
                part,
            )
        )
    return nodes


def document_quads(
    doc: Document, refs: Sequence[Reference], names: Mapping[str, str] | None = None, mentioning: bool = True
) -> list[Quad]:
    """Every quad that the text ``doc`` and its references ``refs`` contribute, in its named graph.

    ``names`` maps :func:`instrument_key` to a printed name for instruments known from
    other documents' footnotes; a paragraph that mentions one of them (or an instrument
    anchored in this document) gets ``cg:mentions`` to its node. ``mentioning=False``
    leaves mentions out, for the store to add with every name it knows.

    These are the lines of :func:`document_lines`, read back as pyoxigraph quads.
    """
    lines, _sources = document_lines(doc, refs, names, mentioning)
    return list(parse("".join(lines).encode(), format=RdfFormat.N_QUADS))


# N-Quads terms of the model, written once: document_lines joins them into lines.
_A = f"<{A.value}>"
_LEGAL_RESOURCE = f"<{ELI}LegalResource>"
_SUBDIVISION = f"<{ELI}LegalResourceSubdivision>"
_IS_PART_OF = f"<{ELI}is_part_of>"
_CITATION = f"<{CITO}Citation>"
_CITING_ENTITY = f"<{CITO}hasCitingEntity>"
_CITED_ENTITY = f"<{CITO}hasCitedEntity>"
_CHARACTERIZATION = f"<{CITO}hasCitationCharacterization>"
_CITES = f"<{CITO}cites>"
_TRUE = f'"true"^^<{XSD}boolean>'
#: N-Quads escapes, as pyoxigraph writes them (so that both give the same bytes).
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)} | {
    8: "\\b",
    9: "\\t",
    10: "\\n",
    12: "\\f",
    13: "\\r",
    0x22: '\\"',
    0x5C: "\\\\",
}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')


def _cg(local: str) -> str:
    return f"<{CG}{local}>"


def _lit(text: str) -> str:
    """An N-Quads string literal.

    >>> print(_lit('the "Paris" Agreement\\n'))
    "the \\"Paris\\" Agreement\\n"
    """
    return f'"{text.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(text) else f'"{text}"'


def _int_lit(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def _date_lit(value: str | None) -> str | None:
    return f'"{value}"^^<{XSD}date>' if value and _ISO_DATE.fullmatch(value) else None


def _lines(quads: Iterable[Quad]) -> list[str]:
    """N-Quads lines of pyoxigraph quads."""
    return serialize(quads, format=RdfFormat.N_QUADS).decode().splitlines(keepends=True)


def document_lines(
    doc: Document, refs: Sequence[Reference], names: Mapping[str, str] | None = None, mentioning: bool = True
) -> tuple[list[str], Sources]:
    """The quads of :func:`document_quads` as N-Quads lines, each once, in a fixed order; and
    what the derived graph needs from them (:func:`sources_of` those lines).

    The store loads a text as these lines joined: written as text from terms made once,
    they cost a third of building pyoxigraph quads and serialising them, the largest
    part of modelling a text. The lines with a :data:`SOURCE_PREDICATES` predicate are
    kept apart as they are written, and only they are parsed back for :func:`sources_of`.
    """
    d = document_iri(doc)
    g = graph_iri(d)
    G = f" <{g.value}> .\n"  # every line ends with the graph
    D = f"<{d.value}>"
    meta = doc.meta
    sym = own_symbol(doc)
    q: list[str] = []
    src: list[str] = []  # the lines sources_of reads, also in q

    def add(p: str, o: str, source: bool = False) -> None:  # a fact about the document
        q.append(f"{D} {p} {o}{G}")
        if source:
            src.append(q[-1])

    if sym:
        q += _lines(symbol_quads(sym, g))
        src += [line for line in q if line.split(" ", 2)[1] in _SOURCE_TERMS]
    else:
        add(_A, _LEGAL_RESOURCE)
        add(_cg("kind"), _lit("document"))
        add(_cg("shortId"), _lit("file/" + PurePath(doc.name).stem))
    if meta.doc_type in DRAFT_TYPES:
        add(_A, _cg("DraftResolution"))
    elif meta.doc_type == "resolution" and not sym:
        add(_A, _cg("Resolution"))
    elif meta.doc_type == "decision" and not sym:
        add(_A, _cg("Decision"))
    if meta.doc_type:
        add(_cg("docType"), _lit(meta.doc_type))
    if meta.title:
        add(f"<{DCTERMS}title>", _lit(symbols.fold(meta.title)))
    date = _date_lit(meta.date)
    if date:
        add(f"<{ELI}date_document>", date)
    organ = meta.organ or (symbols.body_of(sym) if sym else None)
    if organ and organ != "UNTS" and not (sym and symbols.body_of(sym) == organ):
        # a draft is put before its organ, not passed by it (eli:passed_by: the agent that adopted it)
        drafted = meta.doc_type in (*DRAFT_TYPES, "amendment")
        add(
            f"<{CG}submittedTo>" if drafted else f"<{ELI}passed_by>",
            f"<{organ_iri(organ).value}>",
            source=True,
        )
    # (a special session's texts have no regular session: see symbols.session_of)
    if meta.session is not None and not (
        sym and (symbols.session_of(sym) is not None or symbols.is_special_session(sym))
    ):
        add(_cg("session"), _int_lit(meta.session))
    if meta.inferred_symbol and not sym:
        add(_cg("inferredSymbol"), _lit(meta.inferred_symbol))
        add(_cg("becomes"), f"<{doc_iri(meta.inferred_symbol).value}>", source=True)
    for sponsor in meta.sponsors:
        add(_cg("sponsor"), _lit(sponsor))
    if meta.committee_report:
        add(_cg("committeeReport"), f"<{doc_iri(meta.committee_report).value}>", source=True)
    if meta.amends:  # an amendment to a draft: A/C.3/80/L.57 amends A/C.3/80/L.3/Rev.1
        add(f"<{ELI}amends>", f"<{doc_iri(meta.amends).value}>", source=True)
    add(_cg("sourceFile"), _lit(PurePath(doc.name).name))
    add(_cg("isRead"), _TRUE, source=True)

    # paragraphs
    label_p, type_p, text_p, number_p, part_p = (
        _cg(t) for t in ("label", "paragraphType", "text", "number", "part")
    )
    paras = _paragraph_nodes(doc, d)
    by_label: dict[str, list[tuple[NamedNode, tuple[int, int] | None]]] = {}
    for iri, label, kind, number, text, span, part in paras:
        by_label.setdefault(label, []).append((iri, span))
        s = f"<{iri.value}>"
        q += [
            f"{s} {_A} {_SUBDIVISION}{G}",
            f"{s} {_IS_PART_OF} {D}{G}",
            f"{s} {label_p} {_lit(label)}{G}",
            f"{s} {type_p} {_lit(kind)}{G}",
            f"{s} {text_p} {_lit(text)}{G}",
        ]
        if number is not None:
            q.append(f"{s} {number_p} {_int_lit(number)}{G}")
        if part:
            q.append(f"{s} {part_p} {_lit(part)}{G}")

    def paragraph_of(label: str, start: int) -> NamedNode:
        """The paragraph labelled ``label`` that holds offset ``start`` (labels repeat in parts I, II ...)."""
        cands = by_label.get(label)
        if not cands:  # a label the layout did not produce: a node of its own
            iri = NamedNode(f"{d.value}#{_local(label)}")
            by_label[label] = [(iri, None)]
            kind, number = _para_kind(label), _para_number(label)
            s = f"<{iri.value}>"
            q.extend(
                [
                    f"{s} {_A} {_SUBDIVISION}{G}",
                    f"{s} {_IS_PART_OF} {D}{G}",
                    f"{s} {label_p} {_lit(label)}{G}",
                    f"{s} {type_p} {_lit(kind)}{G}",
                ]
            )
            if number is not None:
                q.append(f"{s} {number_p} {_int_lit(number)}{G}")
            return iri
        for iri, span in cands:
            if span and span[0] <= start < max(span[1], span[0] + 1):
                return iri
        return cands[0][0]

    # where each footnote's mark stands, in the original text: the paragraph its source is used in
    marks = {
        f"F{fn.number}": doc.norm.to_original(fn.mark, fn.mark)[0]
        for fn in doc.footnotes
        if fn.mark is not None
    }

    # citations, document-level edges, named instruments
    relation_p, surface_p, start_p, end_p = (_cg(t) for t in ("relation", "surface", "start", "end"))
    date_p, anchor_p, names_p = _cg("citedDate"), _cg("anchor"), _cg("namesInstrument")
    anchor_rel_p, anchor_para_p = _cg("anchorRelation"), _cg("anchorParagraph")
    known = dict(names or {})
    ordered = sorted(refs, key=lambda r: (r.start, r.end, r.target, r.para, r.relation))
    # a citation is named by its paragraph and its place there (A/RES/75/196#P1-cite-3), so that what the
    # extractor finds in one paragraph does not rename the citations of all the others
    in_paragraph: Counter[str] = Counter()
    for ref in ordered:
        verb = verb_of(ref.relation)
        t = f"<{doc_iri(ref.target).value}>"
        p_iri = paragraph_of(ref.para, ref.start).value
        in_paragraph[p_iri] += 1
        c = f"<{p_iri}-cite-{in_paragraph[p_iri]}>"
        cite = [
            f"{c} {_CITING_ENTITY} <{p_iri}>{G}",
            f"{c} {_CITED_ENTITY} {t}{G}",
        ]
        date = _date_lit(ref.date)
        if date:
            cite.append(f"{c} {date_p} {date}{G}")
        if ref.anchor:
            cite.append(f"{c} {anchor_p} {_lit(symbols.fold(ref.anchor))}{G}")
            key = instrument_key(ref.anchor)
            if key:
                known.setdefault(key, ref.anchor)
            if key and names_instrument(ref.anchor):
                cite.append(f"{c} {names_p} <{instrument_iri(ref.anchor).value}>{G}")
        used = []
        if ref.anchor_relation and ref.anchor_para:
            # the footnote's source is used where its mark stands, as that paragraph's verb says:
            # "Reaffirming the Convention on the Rights of the Child,¹" reaffirms the treaty ¹ gives
            where = paragraph_of(ref.anchor_para, marks.get(ref.para, -1)).value
            used = [
                f"{c} {anchor_rel_p} {_lit(ref.anchor_relation)}{G}",
                f"{c} {anchor_para_p} <{where}>{G}",
                f"{D} {_cg(verb_of(ref.anchor_relation).prop)} {t}{G}",
            ]
        src += cite
        q += [
            f"{c} {_A} {_CITATION}{G}",
            cite[0],
            cite[1],
            f"{c} {_CHARACTERIZATION} <{CITO}{verb.cito}>{G}",
            f"{c} {relation_p} {_lit(ref.relation)}{G}",
            f"{c} {surface_p} {_lit(ref.surface)}{G}",
            f"{c} {start_p} {_int_lit(ref.start)}{G}",
            f"{c} {end_p} {_int_lit(ref.end)}{G}",
            f"{D} {_CITES} {t}{G}",
            f"{D} {_cg(verb.prop)} {t}{G}",
            *cite[2:],
            *used,
        ]

    # mentions of named instruments, footnoted here or elsewhere
    if mentioning:
        body = [(iri, text) for iri, _l, kind, _n, text, _s, _p in paras if kind != FOOTNOTE]
        mentioned = _lines(mention_quads(d, g, body, known))
        q += mentioned
        src += mentioned
    return list(dict.fromkeys(q)), sources_of(parse("".join(src).encode(), format=RdfFormat.N_QUADS))


def body_paragraphs(doc: Document) -> list[tuple[NamedNode, str]]:
    """(IRI, text) of the paragraphs of ``doc`` outside footnotes: where instruments are mentioned."""
    return [
        (iri, text)
        for iri, _l, kind, _n, text, _s, _p in _paragraph_nodes(doc, document_iri(doc), spans=False)
        if kind != FOOTNOTE
    ]


def mention_quads(
    d: NamedNode,
    g: NamedNode,
    paragraphs: Iterable[tuple[NamedNode, str]],
    names: Mapping[str, str],
    folded: bool = False,
) -> list[Quad]:
    """``cg:mentions`` from each paragraph (and its document ``d``) to the named instruments it names.

    ``folded``: the paragraph texts are already :func:`mention_words`.
    """
    q: list[Quad] = []
    for iri, key in mentions(paragraphs, names, folded):
        inst = NamedNode(CGD + "instrument/" + key)
        q += [
            Quad(iri, cg("mentions"), inst, g),
            Quad(d, cg("mentions"), inst, g),
        ]
    return q


def _dedup(quads: Iterable[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


#: Words that make a name the name of an instrument (rather than of an organ, an office or a group).
INSTRUMENT_WORDS = frozenset(
    {
        "accord",
        "accords",
        "agenda",
        "agreement",
        "agreements",
        "charter",
        "code",
        "commitment",
        "commitments",
        "compact",
        "consensus",
        "convention",
        "conventions",
        "covenant",
        "declaration",
        "declarations",
        "framework",
        "goals",
        "guidelines",
        "outcome",
        "pact",
        "plan",
        "platform",
        "principles",
        "programme",
        "protocol",
        "protocols",
        "recommendations",
        "rules",
        "standards",
        "statute",
        "strategies",
        "strategy",
        "treaty",
    }
)


def usable_name(name: str, year_first: bool = False) -> bool:
    """Whether an anchor names an instrument specifically enough to be found elsewhere by its words:
    two words at least, a capital first (or a year, with ``year_first``: "2030 Agenda for ..."), and a word such as Convention, Declaration or Agreement.

    >>> [usable_name(n) for n in ("United Nations Convention against Corruption", "Paris Agreement",
    ...                            "Ibid", "United Nations", "Member States", "States parties to the Convention")]
    [True, True, False, False, False, False]
    """
    name = symbols.fold(name)
    words = [w.lower() for w in re.findall(r"\w+", name)]
    generic = words[-1:] == ["thereto"] or (
        len(words) > 2 and words[-2] == "the" and words[-1] in INSTRUMENT_WORDS
    )
    opens = name[:1].isupper() or (year_first and name[:1].isdigit())  # "2030 Agenda for ...", if asked
    return len(words) >= 2 and opens and not generic and not INSTRUMENT_WORDS.isdisjoint(words)


def names_instrument(anchor: str) -> bool:
    """Whether a footnote's anchor is an instrument's name, which the graph then makes a
    ``cg:NamedInstrument`` (:func:`usable_name`, past a leading "the"): "the Paris Agreement" is one;
    "guidelines", "General Assembly", "report of the Secretary-General" or "37/32" are words a
    footnote stands on, kept as the citation's ``cg:anchor`` only.

    >>> [names_instrument(a) for a in ("the Paris Agreement", "The 2030 Agenda for Sustainable Development",
    ...                                "guidelines", "General Assembly", "37/32")]
    [True, True, False, False, False]
    """
    return usable_name(_LEADING_ARTICLE.sub("", symbols.fold(anchor)), year_first=True)


def names_from(spellings: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Instrument key -> the one spelling that stands for it, from (key, printed name) pairs.

    An instrument printed several ways ("United Nations Convention against Transnational
    Organized Crime" and the same with a stray closing quote) is looked for in other texts
    by the first spelling that :func:`usable_name` accepts, in sort order; so the names, and
    the mentions found with them, do not depend on the order texts are read or added in.

    >>> names_from([("paris-agreement", "the Paris Agreement"), ("paris-agreement", "Paris Agreement")])
    {'paris-agreement': 'Paris Agreement'}
    """
    by_key: dict[str, set[str]] = {}
    for key, name in spellings:
        by_key.setdefault(key, set()).add(name)
    return {key: min(names, key=lambda n: (not usable_name(n), n)) for key, names in sorted(by_key.items())}


class MentionIndex(dict):
    """Instrument names by their first two words, as word tuples, longest first: built once, used on every paragraph."""

    def __init__(self, names: Mapping[str, str]) -> None:
        super().__init__()
        for k, v in names.items():
            words = tuple(k.split("-"))
            if len(words) >= 2 and usable_name(v):
                self.setdefault(words[:2], []).append(words)
        for cands in self.values():
            cands.sort(key=lambda w: (-len(w), w))


def mention_words(text: str) -> str:
    """The words of ``text`` as :func:`mentions` compares them: lower case, one space apart.

    >>> mention_words("Recalling the United Nations  Convention, 2003")
    'recalling the united nations convention 2003'
    """
    # every character outside [0-9a-z] separates words: a character beyond ASCII becomes "?"
    # and then, with every other byte outside [0-9a-z], a space; all at C speed
    low = text.lower().encode("ascii", "replace")
    return " ".join(low.translate(_ASCII_WORD_BYTES).decode("ascii").split())


def mentions(
    paragraphs: Iterable[tuple[NamedNode, str]], names: Mapping[str, str] | MentionIndex, folded: bool = False
) -> Iterator[tuple[NamedNode, str]]:
    """(paragraph IRI, instrument key) for each paragraph whose text names a known instrument.

    Matching is on whole words, case and punctuation ignored (the words of
    :func:`instrument_key`). A paragraph is looked at word by word only when one of its
    word pairs opens a known name, whatever the number of names. ``folded``: the texts are
    already :func:`mention_words` (a worker process folds them, the store only splits them).

    >>> p = NamedNode("http://x/#P1")
    >>> list(mentions([(p, "Recalling the United Nations  Convention against Corruption,")],
    ...                {"united-nations-convention-against-corruption": "United Nations Convention against Corruption"}))
    [(<NamedNode value=http://x/#P1>, 'united-nations-convention-against-corruption')]
    """
    index = names if isinstance(names, MentionIndex) else MentionIndex(names)
    if not index:
        return
    firsts = {pair[0] for pair in index}  # a word that may open a name: most words are ruled out at once
    for iri, text in paragraphs:
        words = (text if folded else mention_words(text)).split()
        last = len(words) - 1
        found: set[str] = set()
        for i, word in enumerate(words):
            if word in firsts and i < last:
                for cand in index.get((word, words[i + 1]), ()):  # longest names first
                    if tuple(words[i : i + len(cand)]) == cand:
                        found.add("-".join(cand))
                        break
        for key in sorted(found):
            yield iri, key


#: A bytes.translate table: the bytes of [0-9a-z] kept, every other byte a space (a word separator).
_ASCII_WORD_BYTES = bytes(b if chr(b) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for b in range(256))


# --- the derived graph ----------------------------------------------------------------------


@dataclass
class Sources:
    """What the derived graph is computed from, gathered from the texts' quads (:func:`sources_of`).

    Plain strings only, so that a worker process can send it with its text's quads.
    """

    read: set[str] = field(default_factory=set)  # IRIs of documents read
    cited: list[tuple[str, str | None]] = field(default_factory=list)  # (target, date) per citation
    #: documents named otherwise (cg:becomes, committee report, eli:amends)
    named: set[str] = field(default_factory=set)
    organs: set[str] = field(default_factory=set)
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (instrument, printed name) per citation
    sourced: list[tuple[str, str, str]] = field(default_factory=list)  # (instrument, target, paragraph)
    instruments: set[str] = field(default_factory=set)  # instruments mentioned

    def update(self, other: Sources) -> None:
        """Add what ``other`` gathered (from another text)."""
        self.read |= other.read
        self.cited += other.cited
        self.named |= other.named
        self.organs |= other.organs
        self.anchors += other.anchors
        self.sourced += other.sourced
        self.instruments |= other.instruments


#: The predicates :func:`sources_of` reads.
SOURCE_PREDICATES = tuple(
    NamedNode(p)
    for p in (
        CG + "isRead", CITO + "hasCitedEntity", CITO + "hasCitingEntity", CG + "citedDate", CG + "becomes", CG + "committeeReport", ELI + "amends",
        ELI + "passed_by", CG + "submittedTo", CG + "namesInstrument", CG + "anchor", CG + "mentions",
    )
)  # fmt: skip


_IS_READ, _CITED, _CITING, _DATE = (
    CG + "isRead",
    CITO + "hasCitedEntity",
    CITO + "hasCitingEntity",
    CG + "citedDate",
)
_NAMES, _ANCHOR, _MENTIONS, _PASSED_BY = (
    CG + "namesInstrument",
    CG + "anchor",
    CG + "mentions",
    ELI + "passed_by",
)
_ORGAN_OF = frozenset({_PASSED_BY, CG + "submittedTo"})
_CITATION_FIELDS = frozenset({_CITED, _CITING, _DATE, _NAMES, _ANCHOR})
_NAMED = frozenset({CG + "becomes", CG + "committeeReport", ELI + "amends"})
_SOURCE_SET = frozenset(SOURCE_PREDICATES)


def sources_of(quads: Iterable[Quad]) -> Sources:
    """Gather, from texts' quads, what :func:`derived_quads` needs (other quads are ignored)."""
    src = Sources()
    cite: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate not in _SOURCE_SET:
            continue
        p = q.predicate.value
        if p in _CITATION_FIELDS:
            cite.setdefault(q.subject.value, {})[p] = q.object.value
        elif p == _IS_READ:
            src.read.add(q.subject.value)
        elif p in _NAMED:
            src.named.add(q.object.value)
        elif p in _ORGAN_OF:
            src.organs.add(q.object.value)
        elif p == _MENTIONS:
            src.instruments.add(q.object.value)
    for c in sorted(cite):
        f = cite[c]
        target, inst = f.get(_CITED), f.get(_NAMES)
        if target:
            src.cited.append((target, f.get(_DATE)))
        if inst:
            src.instruments.add(inst)
            if _ANCHOR in f:
                src.anchors.append((inst, f[_ANCHOR]))
            if target:
                src.sourced.append((inst, target, f.get(_CITING, "")))
    return src


_SOURCE_TERMS = frozenset(f"<{p.value}>" for p in SOURCE_PREDICATES)


def derived_from(src: Sources) -> list[Quad]:
    """The derived graph of everything gathered in ``src`` (documents read are not re-described)."""
    cited = {t for t, _d in src.cited} | src.named
    return derived_quads(
        cited - src.read,
        [(t, d) for t, d in src.cited if d and t not in src.read],
        src.organs,
        src.anchors,
        src.instruments,
        src.sourced,
    )


def derived_quads(
    cited: Iterable[str],
    dates: Iterable[tuple[str, str]],
    organs: Iterable[str],
    anchors: Iterable[tuple[str, str]],
    instruments: Iterable[str],
    sourced: Iterable[tuple[str, str, str]],
) -> list[Quad]:
    """The facts, in :data:`DERIVED_GRAPH`, that no single text's graph may own.

    - ``cited``: IRIs of documents cited (or named) but not read: each gets what its symbol
      says (:func:`symbol_quads`);
    - ``dates``: (document IRI, date) for each citation of an unread document printed with a
      date; the date cited most often (the earliest on a tie) becomes ``eli:date_document``;
    - ``organs``: IRIs of the organs any document is passed by: ``cg:Organ`` nodes;
    - ``anchors``: (instrument IRI, printed name) for every footnote anchor; the spelling used
      most often (then the first in sort order) is the instrument's ``rdfs:label``;
    - ``instruments``: every instrument IRI named or mentioned; one whose anchor is gone
      (its text removed) is labelled from its key;
    - ``sourced``: (instrument IRI, cited IRI, citing paragraph IRI) for each footnote
      citation of an instrument: ``cg:sourcedIn``. A treaty takes the name its volumes are
      footnoted under in most footnotes (a footnote citing four volumes votes once), a name
      of one instrument before a compound ("X and the Protocols thereto", "X and Y").

    >>> qs = derived_quads([CGD + "UNTS/2349/42146"], [(CGD + "A/DEC/74/568", "2020-08-31")], [],
    ...                    [(CGD + "instrument/uncac", "UNCAC")], [CGD + "instrument/uncac"],
    ...                    [(CGD + "instrument/uncac", CGD + "UNTS/2349/42146", CGD + "A/RES/75/196#F2")])
    >>> def short(t):
    ...     return t.value.replace(CGD, "cgd:").split("#")[-1].replace(DCTERMS, "")
    >>> for line in sorted(f"{short(q.subject)} {short(q.predicate)} {short(q.object)}" for q in qs): print(line)
    cgd:A/DEC/74/568 date_document 2020-08-31
    cgd:UNTS/2349/42146 identifier UNTS/2349/42146
    cgd:UNTS/2349/42146 is_part_of cgd:treaty/42146
    cgd:UNTS/2349/42146 kind treaty
    cgd:UNTS/2349/42146 shortId UNTS 2349/42146
    cgd:UNTS/2349/42146 type LegalResource
    cgd:UNTS/2349/42146 type TreatyInstrument
    cgd:UNTS/2349/42146 volume 2349
    cgd:instrument/uncac label UNCAC
    cgd:instrument/uncac sourcedIn cgd:UNTS/2349/42146
    cgd:instrument/uncac type NamedInstrument
    cgd:treaty/42146 label UNCAC
    cgd:treaty/42146 registrationNumber 42146
    cgd:treaty/42146 type Treaty
    """
    g = DERIVED_GRAPH
    out: list[Quad] = []
    organ_set = set(organs)
    treaties: set[str] = set()
    for iri in sorted(set(cited)):
        sym = symbol_of(iri)
        if not sym:
            continue
        for q in symbol_quads(sym, g):
            out.append(q)
            if q.predicate == eli("passed_by"):
                organ_set.add(q.object.value)
            elif q.predicate == eli("is_part_of"):
                treaties.add(q.object.value)
    by_date: dict[str, Counter[str]] = {}
    for iri, date in dates:
        if _date(date):
            by_date.setdefault(iri, Counter())[date] += 1
    for iri, counts in sorted(by_date.items()):
        out.append(Quad(NamedNode(iri), eli("date_document"), _date(_best(counts)), g))
    for iri in sorted(organ_set):
        out += organ_quads(iri.rsplit("/", 1)[-1], g)
    spellings: dict[str, Counter[str]] = {}
    for iri, name in anchors:
        spellings.setdefault(iri, Counter())[symbols.fold(name)] += 1
    labels = {iri: _best(c) for iri, c in spellings.items()}
    for iri in sorted(set(instruments) | set(labels)):
        label = labels.setdefault(iri, iri.rsplit("/", 1)[-1].replace("-", " "))
        out += [
            Quad(NamedNode(iri), A, cg("NamedInstrument"), g),
            Quad(NamedNode(iri), rdfs("label"), Literal(label), g),
        ]
    votes: dict[str, Counter[str]] = {}
    voted: set[tuple[str, str, str]] = set()
    for inst, target in sorted({(i, t) for i, t, _p in sourced}):
        out.append(Quad(NamedNode(inst), cg("sourcedIn"), NamedNode(target), g))
    for inst, target, para in sorted(set(sourced)):
        m = re.fullmatch(r"UNTS/\d+/(\d+)", symbol_of(target) or "")
        if m and inst in labels:
            t = treaty_iri(m[1]).value
            if (t, inst, para) not in voted:
                voted.add((t, inst, para))
                votes.setdefault(t, Counter())[labels[inst]] += 1
    for t in sorted(treaties):
        reg = t.rsplit("/", 1)[-1]
        out += [
            Quad(NamedNode(t), A, cg("Treaty"), g),
            Quad(NamedNode(t), cg("registrationNumber"), Literal(reg), g),
        ]
        if t in votes:
            out.append(Quad(NamedNode(t), rdfs("label"), Literal(_treaty_name(votes[t])), g))
    return _dedup(out)


def _treaty_name(counts: Counter[str]) -> str:
    """The name of one instrument cited most often; compounds ("X and the Protocols thereto") last.

    >>> _treaty_name(Counter({"UNTOC and the Protocols thereto": 3, "UNTOC": 2}))
    'UNTOC'
    """

    def compound(name: str) -> bool:
        low = name.lower()
        return " and " in low or low.endswith("thereto")

    return min(counts.items(), key=lambda kv: (compound(kv[0]), -kv[1], len(kv[0]), kv[0]))[0]


def _best(counts: Counter[str]) -> str:
    """The most frequent value, the first in sort order on a tie."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
