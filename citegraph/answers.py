"""Answers from the store: what a document cites, what cites it, and questions in plain words.

These are the lookups users come for: ``citegraph reaffirms 75/196``,
``citegraph cited-by 1373 (2001)``, ``citegraph ask "what does 75/196 reaffirm"``.
Each is a SPARQL query over the model of ``docs/ARCHITECTURE.md`` (citation
occurrences: ``cito:Citation`` with its citing paragraph, cited entity and
``cg:relation``), turned into rows of plain values that ``citegraph.cli.common.emit``
prints as a table, JSON or CSV.

Citation occurrences are read per named graph (one per text read), so a
document read twice (a seed and its corpus copy) is answered from one of its
texts rather than from a mixture of both.

The question grammar of :func:`ask` (case and a final ``?`` do not matter):

====================================  =============================================
``what does X <verb>``                what X reaffirms, recalls, takes note of...
``what does X cite``                  everything X cites, by verb
``what <verbs> X``                    what reaffirms (recalls, welcomes...) X
``which resolutions <verb> X``        the same, in the plural
``who cites X`` / ``what cites X``    every document citing X
``chain of X``                        earlier versions of X's series, newest first
``what changed from A to B``          references added and dropped from version A to B
``most cited [by BODY]``              the most cited documents (by texts of BODY)
====================================  =============================================

>>> parse_question("What does 75/196 take note of?")
('out', '75/196', 'take-note')
>>> parse_question("who cites 1373 (2001)")
('in', '1373 (2001)', None)
>>> parse_question("most cited by SC")
('top', 'sc', None)
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
from pyoxigraph import BlankNode, Literal, NamedNode, Store

from citegraph import analysis
from citegraph.graph import CGD, doc_iri, file_iri, symbol_of
from citegraph.symbols import BODIES, SymbolError, parse_id, short, undocs_url
from citegraph.verbs import VERBS

PREFIXES = {
    "cito": "http://purl.org/spar/cito/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "cg": "https://w3id.org/citegraph/ontology#",
    "cgd": CGD,
}

#: The columns of a lookup answer, in the order they are printed.
OUT_COLUMNS = ("target", "date", "title", "verb", "para")
DIFF_COLUMNS = ("relation", "change", "target", "paras", "title")
IN_COLUMNS = ("source", "date", "title", "verb", "para", "draft_of")


class UnknownId(LookupError):
    """An identifier the store does not know; ``suggestions`` are the nearest known ones.

    ``names``: when the typed text is part of documents' names, those names with their short IDs, to
    pick from (:func:`named`).
    """

    def __init__(self, text: str, suggestions: list[str], names: list[tuple[str, str]] | None = None):
        self.text = text
        self.suggestions = suggestions
        self.names = names or []
        super().__init__(self._message())

    def _message(self) -> str:
        if self.names:
            hint = f"; names that hold it: {_listed(self.names)}; give the ID of one"
        else:
            hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown ID {self.text}: not in the store{hint}"


class AmbiguousName(UnknownId):
    """A name that several documents bear ("the Paris Agreement": the agreement and the decision adopting it)."""

    def __init__(self, text: str, names: list[tuple[str, str]]):
        super().__init__(text, [], names)

    def _message(self) -> str:
        return f"{self.text} names {len(self.names)} documents: {_listed(self.names)}; give the ID of one"


def _listed(names: list[tuple[str, str]]) -> str:
    return "; ".join(f"{name} ({ident})" for name, ident in names)


# --------------------------------------------------------------------------- store access


def oxigraph(store: Any) -> Store:
    """The :class:`pyoxigraph.Store` behind ``store`` (a Store, or an object wrapping one)."""
    if isinstance(store, Store):
        return store
    for attr in ("store", "_store", "db", "oxi"):
        inner = getattr(store, attr, None)
        if isinstance(inner, Store):
            return inner
    raise TypeError(f"not a store: {store!r}")


def open_store(path: str | Path) -> Store:
    """Open the store at ``path`` for reading (:func:`citegraph.store.open_store`)."""
    from citegraph import store as store_module

    return store_module.open_store(Path(path))


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith("#integer"):
            return int(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return str(term)


def select(store: Any, query: str) -> list[dict[str, Any]]:
    """Run a SELECT over the union of the store's graphs; rows of plain Python values."""
    res = oxigraph(store).query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    return [{n: _value(sol[n]) for n in names} for sol in res]


def key_of(iri: str) -> str:
    """The node key of an IRI: the canonical symbol, ``file/<stem>``, or the IRI's local part.

    >>> key_of(CGD + "S/RES/1373_(2001)"), key_of(CGD + "file/000_a6cd")
    ('S/RES/1373 (2001)', 'file/000_a6cd')
    """
    if iri.startswith(CGD + "file/"):
        return unquote(iri[len(CGD) :])
    return symbol_of(iri) or (unquote(iri[len(CGD) :]) if iri.startswith(CGD) else iri)


def iri_of(key: str) -> str:
    """The IRI of a node key (inverse of :func:`key_of`)."""
    if key.startswith("file/"):
        return file_iri(key[5:]).value
    return doc_iri(key).value


def _values(var: str, iris: Iterable[str] | None) -> str:
    if iris is None:
        return ""
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in iris)} }}"


def citation_rows(
    store: Any, sources: Iterable[str] | None = None, targets: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """Every citation occurrence (optionally only from ``sources`` / to ``targets``, as IRIs).

    One row per occurrence: ``source`` and ``target`` (node keys), ``relation``,
    ``para`` (the paragraph label), ``footnote``, ``date`` (printed with the reference),
    ``surface``, ``start``. A footnote's reference whose mark was read in the body counts
    where the mark stands (:func:`use_of`): ``relation`` and ``para`` are the verb and the
    paragraph there, ``footnote`` the footnote's label (else None). A document read from two
    files contributes the occurrences of one of them: the file with the most.
    """
    q = f"""
    SELECT ?g ?src ?tgt ?rel ?label ?arel ?alabel ?date ?surface ?start WHERE {{
      GRAPH ?g {{
        {_values("src", sources)} {_values("tgt", targets)}
        ?c a cito:Citation ; cito:hasCitingEntity ?p ; cito:hasCitedEntity ?tgt ; cg:relation ?rel .
        ?p eli:is_part_of ?src ; cg:label ?label .
        OPTIONAL {{ ?c cg:anchorRelation ?arel ; cg:anchorParagraph/cg:label ?alabel }}
        OPTIONAL {{ ?c cg:citedDate ?date }}
        OPTIONAL {{ ?c cg:surface ?surface }}
        OPTIONAL {{ ?c cg:start ?start }}
      }}
    }}"""
    rows = select(store, q)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        per[r["src"]][r["g"]] += 1
    keep = {src: min(gs, key=lambda g: (-gs[g], g)) for src, gs in per.items()}
    out = []
    for r in rows:
        if keep[r["src"]] != r["g"]:
            continue
        out.append(
            {
                "source": key_of(r["src"]),
                "target": key_of(r["tgt"]),
                **use_of(r["rel"], r["label"], r["arel"], r["alabel"]),
                "date": r["date"],
                "surface": r["surface"],
                "start": r["start"],
            }
        )
    out.sort(
        key=lambda r: (r["source"], r["start"] if r["start"] is not None else -1, r["target"], r["relation"])
    )
    return out


def use_of(relation: str, para: str, anchor_relation: str | None, anchor_para: str | None) -> dict[str, Any]:
    """``relation``, ``para`` and ``footnote`` of a citation row: where and how the reference is used.

    A footnote's reference (``source`` in footnote ``F1``) is used where the footnote's mark stands,
    under the verb there, when the mark was read in the body: "Reaffirming the Convention on the Rights
    of the Child,¹" reaffirms the treaty footnote 1 gives, in that paragraph.

    >>> use_of("source", "F1", "reaffirm", "P2")
    {'relation': 'reaffirm', 'para': 'P2', 'footnote': 'F1'}
    >>> use_of("source", "F3", None, None), use_of("recall", "P1", None, None)["footnote"]
    ({'relation': 'source', 'para': 'F3', 'footnote': None}, None)
    """
    if anchor_relation and anchor_para:
        return {"relation": anchor_relation, "para": anchor_para, "footnote": para}
    return {"relation": relation, "para": para, "footnote": None}


def _under(rows: Iterable[dict[str, Any]], relation: str | None) -> list[dict[str, Any]]:
    """The citation rows that answer for ``relation`` (None: all). ``source`` is every footnote's reference,
    used in the body or not, as the footnote gives it: what a text cites "as source".

    >>> used = {"relation": "reaffirm", "para": "P2", "footnote": "F1"}
    >>> _under([used], "source"), _under([used], "recall"), _under([used], "reaffirm") == [used]
    ([{'relation': 'source', 'para': 'F1', 'footnote': None}], [], True)
    """
    if relation == "source":
        return [
            {**r, "relation": "source", "para": r["footnote"], "footnote": None} if r.get("footnote") else r
            for r in rows
            if r.get("footnote") or r["relation"] == "source"
        ]
    return [r for r in rows if not relation or r["relation"] == relation]


def document_rows(store: Any, iris: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The facts about documents (all, or those of ``iris``): one row per document, node keys.

    Values that two texts of one document disagree on are resolved by taking the
    smallest, so the answer does not depend on the order of the store. A Treaty
    Series volume takes as title the name of its treaty (``rdfs:label`` of its
    ``cg:Treaty``), and a resolution read only as its draft the draft's (``cg:becomes``).
    """
    q = f"""
    SELECT ?d (MIN(?id_) AS ?id) (MIN(?title_) AS ?title) (MIN(?date_) AS ?date) (MIN(?code_) AS ?body)
           (MIN(?session_) AS ?session) (MIN(?type_) AS ?doc_type) (MIN(?kind_) AS ?kind)
           (MIN(?file_) AS ?source) (MAX(?read_) AS ?read) (MIN(?inf_) AS ?inferred_symbol)
           (MIN(?treaty_) AS ?treaty) (MIN(?drafted_) AS ?drafted) (MIN(?became_) AS ?became) WHERE {{
      {_values("d", iris)}
      ?d a eli:LegalResource .
      OPTIONAL {{ ?d dcterms:identifier ?id_ }}
      OPTIONAL {{ ?d dcterms:title ?title_ }}
      OPTIONAL {{ ?d eli:date_document ?date_ }}
      OPTIONAL {{ ?d (eli:passed_by|cg:submittedTo)/cg:code ?code_ }}
      OPTIONAL {{ ?d cg:session ?session_ }}
      OPTIONAL {{ ?d cg:docType ?type_ }}
      OPTIONAL {{ ?d cg:kind ?kind_ }}
      OPTIONAL {{ ?d cg:sourceFile ?file_ }}
      OPTIONAL {{ ?d cg:isRead ?r_ }}
      OPTIONAL {{ ?d cg:inferredSymbol ?inf_ }}
      OPTIONAL {{ ?d eli:is_part_of ?t_ . ?t_ a cg:Treaty ; rdfs:label ?treaty_ }}
      OPTIONAL {{ ?draft_ cg:becomes ?d ; dcterms:title ?drafted_ }}
      OPTIONAL {{ ?d cg:becomes ?became_ }}
      BIND(IF(BOUND(?r_) && ?r_, 1, 0) AS ?read_)
    }} GROUP BY ?d"""
    out = []
    for r in select(store, q):
        if not r["d"].startswith(CGD):
            continue
        row = {k: v for k, v in r.items() if k not in ("d", "id", "treaty", "drafted", "became")}
        row["draft_of"] = key_of(r["became"]) if r["became"] else None  # the resolution a draft became
        row["title"] = row["title"] or r["treaty"] or r["drafted"]
        row["key"] = key_of(r["d"])
        row["symbol"] = r["id"]
        row["read"] = bool(r["read"])
        row["session"] = int(row["session"]) if row.get("session") is not None else None
        out.append(row)
    return out


def load_graph(store: Any) -> nx.MultiDiGraph:
    """The whole store as the citation multigraph of :mod:`citegraph.analysis`."""
    return analysis.build_graph(document_rows(store), citation_rows(store))


# --------------------------------------------------------------------------- identifiers


def known_keys(store: Any) -> list[str]:
    """Every document key in the store, sorted."""
    rows = select(store, "SELECT DISTINCT ?d WHERE { ?d a eli:LegalResource }")
    return sorted({key_of(r["d"]) for r in rows if r["d"].startswith(CGD)})


def exists(store: Any, key: str) -> bool:
    """Whether the store knows the document ``key``."""
    return bool(
        oxigraph(store).query(
            f"ASK {{ <{iri_of(key)}> a eli:LegalResource }}",
            prefixes=PREFIXES,
            use_default_graph_as_union=True,
        )
    )


class NotRead(LookupError):
    """A version whose text was not read: what it cites is not known, so a diff with it would show every
    reference of the other version as added or dropped."""

    def __init__(self, key: str):
        super().__init__(
            f"{short_of(key)} is only cited in this store, its text was not read: what it cites is not known;"
            " add it (citegraph add FILE), or give a read draft by its file/<stem>"
        )


def diff_rows(store: Any, a: str, b: str, G: Any = None) -> list[dict[str, Any]]:
    """The references added and dropped from version ``a`` to ``b`` (keys as :func:`resolve` gives them), by
    verb (:func:`citegraph.analysis.diff`); :class:`NotRead` when either text was not read, nor a draft that
    stands in for it (:func:`stand_in`)."""
    read = []
    for key in (a, b):
        if not is_read(store, key):
            key = stand_in(store, key) or ""
            if not key:
                raise NotRead(a if not read else b)
        read.append(key)
    return analysis.diff(G if G is not None else load_graph(store), *read)


def stand_in(store: Any, key: str) -> str | None:
    """The read draft that stands in for ``key`` when the text of ``key`` itself was not read, else None.

    A draft identified as a resolution (``cg:becomes``, :func:`citegraph.store.refresh_identified`) holds
    the resolution's text as it was proposed: what it cites is the best answer there is to what the
    resolution cites. Of two drafts of one resolution (a draft and its revision), the later.
    """
    if is_read(store, key):
        return None
    rows = select(store, f"SELECT ?d WHERE {{ ?d cg:becomes <{iri_of(key)}> ; cg:isRead true }}")
    return latest_draft({d["key"]: d for d in document_rows(store, [r["d"] for r in rows])}) if rows else None


def latest_draft(drafts: Mapping[str, Mapping[str, Any]]) -> str | None:
    """Of the texts identified as one resolution (key -> document row or node attributes), the one that
    stands in for it: the latest (:func:`analysis.when`), a revised draft over its draft; on a tie the last key.

    >>> latest_draft({"file/l3": {"date": "2025-10-01"}, "file/l3-rev1": {"date": "2025-11-12"}})
    'file/l3-rev1'
    """
    return max(drafts, key=lambda k: (analysis.when(drafts[k]), k), default=None)


def read_note(store: Any, key: str, rows: Sequence[Any] | None = None) -> str | None:
    """What to say with an answer about the text of ``key``: that a draft stood in for it, or, when the
    answer's ``rows`` are given and there are none, that it was not read. None when the text was read.
    """
    if is_read(store, key):
        return None
    draft = stand_in(store, key)
    if draft:
        d = next(iter(document_rows(store, [iri_of(draft)])), {})
        return (
            f"the text of {short_of(key)} was not read: its draft {d.get('source') or draft}, identified as"
            f" {short_of(key)} (citegraph identify), answers for it"
        )
    if rows is not None and not rows:
        return (
            f"{short_of(key)} is only cited in this store, its text was not read: "
            "add it (citegraph add FILE) to see what it cites"
        )
    return None


def is_read(store: Any, key: str) -> bool:
    """Whether the text of ``key`` was read into the store (not only cited by others)."""
    return bool(
        oxigraph(store).query(
            f"ASK {{ <{iri_of(key)}> cg:isRead true }}",
            prefixes=PREFIXES,
            use_default_graph_as_union=True,
        )
    )


def suggest(text: str, keys: Iterable[str], n: int = 5) -> list[str]:
    """The known keys nearest to what the user typed (difflib over short forms).

    >>> suggest("75/169", ["A/RES/75/196", "A/RES/75/169 B", "A/RES/60/1"])
    ['75/169 B', '75/196']
    """
    try:
        typed = short_of(parse_id(text))
    except SymbolError:
        typed = text.strip()
    pool = sorted({short_of(k) for k in keys})
    found = difflib.get_close_matches(typed, pool, n=n, cutoff=0.7)
    return list(dict.fromkeys(found))[:n]


def resolve(store: Any, text: str) -> str:
    """The node key for what a user typed: a symbol in any short form (a Council number with or without its
    year: "1373 (2001)", "SC 1373", "S/RES/2334", or alone: "687"), a file name of a text read, or a document's name when it names
    one document (:func:`named`: "Convention on the Rights of the Child").

    Raises :class:`UnknownId` with the nearest known identifiers when the store
    does not know it.
    """
    t = text.strip()
    if not t:
        raise SymbolError(
            "an empty ID: give a symbol (75/196, 1373 (2001)), a file name or a document's name"
        )
    cands: list[str] = []
    with contextlib.suppress(SymbolError):
        cands.append(parse_id(t))
    if re.fullmatch(r"\d{1,4}", t):  # a number alone is no GA symbol (those hold a session): a Council's
        with contextlib.suppress(SymbolError):  # resolution is cited so ("resolution 687"): S/RES/687 (1991)
            cands.append(parse_id(f"SC {t}"))
    cands.append(t if t.startswith("file/") else f"file/{Path(t).stem}")
    for c in cands:
        if exists(store, c):
            return c
    if cands and re.fullmatch(r"S/RES/\d{1,4}", cands[0]):
        # a Council number typed without its year, past the table of years (symbols.council_year): the one the
        # store holds ("S/RES/2334" -> "S/RES/2334 (2016)")
        dated = [k for k in known_keys(store) if k.startswith(cands[0] + " (")]
        if len(dated) == 1:
            return dated[0]
    rows = select(store, f'SELECT ?d WHERE {{ ?d cg:sourceFile "{Path(t).name}" }}') if '"' not in t else []
    if rows:
        return key_of(rows[0]["d"])
    exact, partial = named(store, t)
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise AmbiguousName(t, [(t, short_of(k)) for k in exact])
    raise UnknownId(t, suggest(t, known_keys(store)), partial[:8])


#: What a name may carry that does not tell one document from another: quotes, a leading "the", case.
_NAME_QUOTES = str.maketrans("", "", "“”‘’\"'*")


def fold_name(text: str) -> str:
    """A name as compared: quotes out, no leading "the", no trailing punctuation, case and spaces folded.

    >>> fold_name("  the  “Convention on the Rights of the Child”, ")
    'convention on the rights of the child'
    """
    t = " ".join(text.translate(_NAME_QUOTES).split()).rstrip(" ,.;:").casefold()
    return t[4:] if t.startswith("the ") else t


def named(store: Any, text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The documents ``text`` names: those whose title, or a name that a footnote gives them, is ``text``
    (:func:`fold_name` aside), and the ``(name, short ID)`` of those whose names only hold it.

    A name is a title as read (``dcterms:title``) or a named instrument's label (``cg:NamedInstrument``,
    the words a footnote's mark stands on, linked to what the footnote cites): "Convention on the Rights
    of the Child" names UNTS 1577/27531. A name that holds the typed words is offered, not taken: a
    part ("the Convention against Corruption") may be the part of many names.
    """
    want = fold_name(text)
    if len(want.split()) < 2:  # one word names nothing for sure ("Convention")
        return [], []
    # the store gives only the names that hold the longest word (a SPARQL string: its backslashes doubled)
    word = max(want.split(), key=len).replace("\\", "\\\\")
    rows = select(
        store,
        f"""SELECT DISTINCT ?d ?name WHERE {{
             {{ ?i a cg:NamedInstrument ; rdfs:label ?name ; cg:sourcedIn ?d }}
             UNION {{ ?d a eli:LegalResource ; dcterms:title ?name }}
             FILTER(CONTAINS(LCASE(STR(?name)), "{word}")) }}""",
    )
    exact: dict[str, None] = {}
    partial: dict[tuple[str, str], int] = {}
    pattern = re.compile(rf"(?<!\w){re.escape(want)}(?!\w)")
    for r in rows:
        if not r["d"].startswith(CGD):
            continue
        name, key = fold_name(r["name"]), key_of(r["d"])
        if name == want:
            exact[key] = None
        elif pattern.search(name):
            partial[(" ".join(r["name"].split()), short_of(key))] = len(name)
    return sorted(exact), sorted(partial, key=lambda nk: (partial[nk], nk))


# --------------------------------------------------------------------------- lookups


def _group(rows: list[dict[str, Any]], other: str) -> list[dict[str, Any]]:
    """Occurrences grouped per (other end, relation): paragraphs listed, dates merged."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        k = (r[other], r["relation"])
        g = grouped.setdefault(
            k, {other: r[other], "relation": r["relation"], "paras": [], "dates": [], "surfaces": []}
        )
        shown = analysis.shown_para(r["para"], r.get("footnote"))
        if shown not in g["paras"]:
            g["paras"].append(shown)
        if r["date"] and r["date"] not in g["dates"]:
            g["dates"].append(r["date"])
        if r["surface"] and r["surface"] not in g["surfaces"]:
            g["surfaces"].append(r["surface"])
    return list(grouped.values())


def _verb_label(relation: str) -> str:
    v = VERBS.get(relation)
    return v.label if v else relation


def _natural(text: str) -> tuple[Any, ...]:
    """``text`` as a sort key whose numbers count as numbers: UNTS/976/14152 before UNTS/1019/14956.

    >>> sorted(["UNTS/1019/14956", "UNTS/976/14152", "A/RES/46/152", "A/RES/9/1"], key=_natural)
    ['A/RES/9/1', 'A/RES/46/152', 'UNTS/976/14152', 'UNTS/1019/14956']
    """
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part
    )


def _para_key(p: str) -> tuple[int, int]:
    order = {"H": 0, "P": 1, "O": 2, "F": 3}
    m = re.match(r"([A-Z])(\d*)\b", p or "")  # "P2 (F1)" stands at P2
    return (order.get(m[1], 4), int(m[2] or 0)) if m else (5, 0)


def _grouped(
    store: Any, key: str, relation: str | None, other: str
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The citations from (``other="target"``) or to (``other="source"``) ``key``, grouped by
    their other end (:func:`_group`), and the document rows of those ends by key."""
    side = {"sources": [iri_of(key)]} if other == "target" else {"targets": [iri_of(key)]}
    occ = _under(citation_rows(store, **side), relation)
    groups = _group(occ, other)
    ends = [iri_of(g[other]) for g in groups]
    return groups, ({d["key"]: d for d in document_rows(store, ends)} if groups else {})


def references(store: Any, text: str, relation: str | None = None) -> list[dict[str, Any]]:
    """What the document ``text`` cites (under ``relation`` if given): one row per target and verb.

    Columns: ``target`` (canonical symbol), ``date`` (as printed with the reference,
    else the document's), ``title`` (when the target was read), ``verb``
    (the relation lemma), ``para`` (where it stands: ``P1``, ``O12``, ``F6``; several
    joined by ``; ``). Rows follow the text: by first paragraph, then symbol. A resolution whose
    text was not read answers with the references of the draft it was identified from (:func:`stand_in`).
    """
    key = resolve(store, text)
    groups, docs = _grouped(store, stand_in(store, key) or key, relation, "target")
    rows = []
    for g in groups:
        d = docs.get(g["target"], {})
        rows.append(
            {
                "target": g["target"],
                "date": (g["dates"] or [d.get("date")])[0],
                "title": d.get("title"),
                "verb": g["relation"],
                "para": "; ".join(g["paras"]),
                "surface": "; ".join(g["surfaces"]),
            }
        )
    rows.sort(key=lambda r: (_para_key(r["para"].split("; ")[0]), _natural(r["target"]), r["verb"]))
    return rows


def cited_by(store: Any, text: str, relation: str | None = None) -> list[dict[str, Any]]:
    """What cites the document ``text`` (under ``relation`` if given): one row per citing text and verb.

    Columns: ``source``, ``date`` and ``title`` of the citing text, ``verb``, ``para``
    (the paragraph of the citing text), ``draft_of`` (for a citing draft, the resolution it
    was identified as: ``cg:becomes``). Newest citing texts first.
    """
    groups, docs = _grouped(store, resolve(store, text), relation, "source")
    rows = []
    for g in groups:
        d = docs.get(g["source"], {})
        rows.append(
            {
                "source": g["source"],
                "date": d.get("date"),
                "title": d.get("title"),
                "verb": g["relation"],
                "para": "; ".join(g["paras"]),
                "draft_of": d.get("draft_of"),
            }
        )
    rows.sort(
        key=lambda r: (analysis.when(docs.get(r["source"], {"symbol": r["source"]})), r["source"], r["verb"]),
        reverse=True,
    )
    return rows


def show(store: Any, text: str) -> dict[str, Any]:
    """Everything about one document: identity, counts by verb each way, its references, its link.

    ``drafts`` lists the texts identified as this document (``cg:becomes``), and
    ``inferred_symbol`` the symbol a text without one was identified as. ``cites_as_read_in`` is the
    draft whose references ``cites`` lists when the document's own text was not read (:func:`stand_in`).
    """
    key = resolve(store, text)
    d = next(iter(document_rows(store, [iri_of(key)])), {"key": key})
    out_rows = references(store, key)
    in_rows = cited_by(store, key)
    count = lambda rows: dict(sorted(_counter(r["verb"] for r in rows).items()))  # noqa: E731
    sym = d.get("symbol")
    drafts = select(store, f"SELECT ?d WHERE {{ ?d cg:becomes <{iri_of(key)}> }}")
    draft = stand_in(store, key)
    return {
        "key": key,
        "symbol": sym,
        "short": short(sym) if sym else key,
        "kind": d.get("kind"),
        "doc_type": d.get("doc_type"),
        "body": d.get("body"),
        "session": d.get("session"),
        "date": d.get("date"),
        "title": d.get("title"),
        "source": d.get("source"),
        "read": d.get("read", False),
        "inferred_symbol": d.get("inferred_symbol"),
        "drafts": sorted(key_of(r["d"]) for r in drafts),
        "cites_as_read_in": draft,
        "link": undocs_url(sym) if sym else None,
        "cites_by_verb": count(out_rows),
        "cited_by_verb": count(in_rows),
        "cites": out_rows,
        "cited_by": in_rows,
    }


def _counter(items: Iterable[str]) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    for i in items:
        c[i] += 1
    return dict(c)


# --------------------------------------------------------------------------- ask


def _verb_phrases() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(base forms for "what does X <verb>", third-person forms for "what <verbs> X") -> lemma.

    ``None`` stands for every relation ("cite").
    """
    base: dict[str, str | None] = {"cite": None, "cite as source": "source"}
    third: dict[str, str | None] = {"cites": None, "cites as source": "source"}
    for v in VERBS.values():
        if v.lemma in ("cite", "source"):
            continue
        words = v.lemma.replace("-", " ")
        base[words] = v.lemma
        if v.lemma in ("take-note",):
            base[words + " of"] = v.lemma
        third[v.label] = v.lemma
        if v.label.endswith(" of"):
            third[v.label[:-3]] = v.lemma
        if v.label.startswith("is "):  # "is guided by" -> "guides"? keep the label as is
            base["be " + v.label[3:]] = v.lemma
        for f in v.forms:  # "reaffirms", "takes note", "stresses": every present-tense form
            if f.endswith("s") and " " not in f:
                third.setdefault(f, v.lemma)
    return base, third


_BASE, _THIRD = _verb_phrases()

#: The forms :func:`ask` knows, for the answer to a question it does not: (form, what it answers).
FORMS = (
    ("what does X <verb>", 'e.g. "what does 75/196 reaffirm", "what does 75/196 take note of"'),
    ("what does X cite", "everything X cites"),
    ("what <verbs> X", 'e.g. "what reaffirms 70/1", "which resolutions recall 1373 (2001)"'),
    ("who cites X", "every document citing X"),
    ("chain of X", "the earlier versions of X's series"),
    ("what changed from A to B", 'references added and dropped, e.g. "what changed from 72/196 to 75/196"'),
    ("most cited [by BODY]", 'e.g. "most cited", "most cited by SC"'),
)


def parse_question(question: str) -> tuple[str, str, str | None] | None:
    """A question as (form, argument, relation), or None when it matches no form.

    Forms: ``out`` (what X cites), ``in`` (what cites X), ``chain``, ``top``, and ``diff``, whose
    third item is the second version, not a relation (A and B are split at the first " to " or
    " and ": type an ID, not a name, for a version whose name holds one).

    >>> parse_question("what reaffirms 70/1")
    ('in', '70/1', 'reaffirm')
    >>> parse_question("Which resolutions take note of CCPCJ 25/2?")
    ('in', 'CCPCJ 25/2', 'take-note')
    >>> parse_question("chain of 80/229")
    ('chain', '80/229', None)
    >>> parse_question("What changed from 72/196 to A/RES/75/196?")
    ('diff', '72/196', 'A/RES/75/196')
    >>> parse_question("what is the weather") is None
    True
    """
    q = re.sub(r"\s+", " ", question.strip().strip("\"'").rstrip("?").strip())
    low = q.lower()
    m = re.fullmatch(r"(?:the )?chain of (.+)", low)
    if m:
        return ("chain", q[len(q) - len(m[1]) :], None)
    m = re.fullmatch(
        r"(?:what|which references?) (?:has |have )?changed? (?:from (.+?) to|between (.+?) and) (.+)", low
    )
    if m:
        first = 1 if m[1] is not None else 2
        return ("diff", q[m.start(first) : m.end(first)].strip(), q[m.start(3) :].strip())
    m = re.fullmatch(
        r"(?:what (?:is|are) (?:the )?)?most cited(?: documents?| texts?| resolutions?)?(?: (?:by|in) (.{2,120}))?",
        low,
    )
    if m:
        return ("top", m[1] or "", None)
    m = re.fullmatch(r"what (?:does|do|did) (.+)", low)
    if m:
        rest = m[1]
        for phrase in sorted(_BASE, key=len, reverse=True):
            if rest.endswith(" " + phrase):
                return ("out", q[len(q) - len(rest) : len(q) - len(phrase) - 1].strip(), _BASE[phrase])
        return None
    m = re.fullmatch(r"(?:what|who|which (?:documents?|texts?|resolutions?)) (.+)", low)
    if m:
        rest = m[1]
        phrases = {**_BASE, **_THIRD}  # "which resolutions reaffirm X", "what reaffirms X"
        for phrase in sorted(phrases, key=len, reverse=True):
            if rest.startswith(phrase + " "):
                return ("in", q[len(q) - len(rest) + len(phrase) + 1 :].strip(), phrases[phrase])
    return None


@dataclass
class Answer:
    """What :func:`ask` returns: a heading, rows and the columns to print them with."""

    heading: str
    rows: list[dict[str, Any]]
    columns: tuple[str, ...]
    form: str
    extra: dict[str, Any] = field(default_factory=dict)
    #: what the reader should know about the rows (a draft answering for its resolution)
    note: str | None = None


class UnknownQuestion(ValueError):
    """A question in none of the known forms; the message lists them."""

    def __init__(self, question: str):
        width = max(len(form) for form, _ in FORMS) + 2
        known = "\n  ".join(form.ljust(width) + what for form, what in FORMS)
        super().__init__(f"cannot read the question {question!r}; questions I know:\n  {known}")


def ask(store: Any, question: str, graph: nx.MultiDiGraph | None = None) -> Answer:
    """Answer a question of the grammar in the module docstring with the same queries as the commands."""
    parsed = parse_question(question)
    if parsed is None:
        raise UnknownQuestion(question)
    form, arg, rel = parsed
    if form == "out":
        key = resolve(store, arg)
        rows = references(store, key, rel)
        heading = f"what {short_of(key)} {_verb_label(rel) if rel else 'cites'}"
        return Answer(heading, rows, OUT_COLUMNS, form, note=read_note(store, key, rows))
    if form == "in":
        key = resolve(store, arg)
        rows = cited_by(store, key, rel)
        return Answer(f"what {_verb_label(rel) if rel else 'cites'} {short_of(key)}", rows, IN_COLUMNS, form)
    if form == "diff":
        ka, kb = resolve(store, arg), resolve(store, rel or "")
        rows = diff_rows(store, ka, kb, graph)
        note = "; ".join(n for k in (ka, kb) if (n := read_note(store, k))) or None
        return Answer(
            f"what changed from {short_of(ka)} to {short_of(kb)}", rows, DIFF_COLUMNS, form, note=note
        )
    if form == "chain":
        key = resolve(store, arg)
        G = graph if graph is not None else load_graph(store)
        rows = chain_rows(G, key)
        return Answer(f"chain of {short_of(key)}", rows, CHAIN_COLUMNS, form)
    G = graph if graph is not None else load_graph(store)
    if arg:
        try:
            arg = body_code(arg)
        except ValueError as exc:
            raise UnknownQuestion(question) from exc
        H = G.edge_subgraph(
            [(u, v, k) for u, v, k in G.edges(keys=True) if G.nodes[u].get("body") == arg]
        ).copy()
        rows = analysis.top(H, "in-degree", limit=20) if H else []
        note = None
        if not rows:  # "most cited by ECOSOC: 0" read as "ECOSOC cites nothing"
            read = sorted({a["body"] for _n, a in G.nodes(data=True) if a.get("read") and a.get("body")})
            note = f"no text of {arg} was read into this store (texts read: {', '.join(read) or 'none'})"
        return Answer(f"most cited by {arg}", rows, TOP_COLUMNS, form, note=note)
    return Answer("most cited", analysis.top(G, "in-degree", limit=20), TOP_COLUMNS, form)


def body_code(text: str) -> str:
    """A body as typed (code, alias or full name, any case) -> its code; ValueError if none.

    >>> body_code("unsc"), body_code("ga"), body_code("cac"), body_code("the Security Council")
    ('SC', 'GA', 'COSP-UNCAC', 'SC')
    """
    t = " ".join(text.split()).upper()
    t = t[4:] if t.startswith("THE ") else t
    for b in BODIES.values():
        if t in (b.code.upper(), b.name.upper()) or t in (a.upper() for a in b.aliases):
            return b.code
    raise ValueError(f"unknown body {text!r}; one of: {', '.join(BODIES)}")


def short_of(key: str) -> str:
    """The short form of a node key (files stay as they are)."""
    return key if key.startswith("file/") else short(key)


# --------------------------------------------------------------------------- analyses as rows

CHAIN_COLUMNS = ("step", "symbol", "date", "title", "verb", "para", "cited_date", "read_as", "passed_over")
TOP_COLUMNS = ("rank", "symbol", "score", "cited_by", "date", "title")


def chain_rows(G: nx.MultiDiGraph, key: str) -> list[dict[str, Any]]:
    """:func:`analysis.chain` as rows: each version, newest first, with the evidence of its link.

    ``verb``/``para``/``cited_date`` say how the previous (newer) version cites this
    one; ``read_as`` names the text read for it (a file, or the draft that was
    identified as this resolution); ``passed_over`` the documents not read that the link
    may skip (:attr:`analysis.Link.passed_over`). A resolution whose text was not read starts from its draft, when
    the store identified one as it (:func:`stand_in`).
    """
    start = key
    if not G.nodes[key].get("read"):
        drafts = {n: a for n, a in G.nodes(data=True) if a.get("read") and a.get("inferred_symbol") == key}
        start = latest_draft(drafts) or key
    rows = []
    for i, link in enumerate(analysis.chain(G, start)):
        shown = key if i == 0 else link.target
        a = G.nodes[link.draft] if link.draft is not None else G.nodes[shown]
        t = G.nodes[shown]
        rows.append(
            {
                "step": i,
                "symbol": shown,
                "date": t.get("date") or a.get("date"),
                "title": t.get("title") or a.get("title"),
                "verb": link.relation,
                "para": "; ".join(dict.fromkeys(link.paras)) or None,
                "cited_date": next((d for d in link.dates if d), None),
                "read_as": a.get("source"),
                "passed_over": list(link.passed_over),
            }
        )
    return rows


def lineage_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every series found among the texts read: its title and its versions, newest first.

    A draft stands as the resolution it was identified as ("72/196 (draft 003_....txt)"); one read beside
    that resolution's own text is shown with it ("80/229 (and its draft A/C.3/80/L.3)") and is no version
    of its own (``count``)."""
    rows = []
    for s in analysis.series(G):
        ident = analysis.identify_series(G, s)
        # a draft read beside the resolution it became is one version with it: "80/229 (and its draft ...)"
        beside: dict[Any, list[str]] = defaultdict(list)
        for m, sym in ident.items():
            if sym in s.members:
                beside[sym].append(analysis.label(G, m))
        versions = []
        for m in s.members:
            if m in ident and ident[m] in s.members:
                continue
            if m in ident:
                shown = f"{short_of(ident[m])} (draft {analysis.label(G, m)})"
            elif G.nodes[m].get("symbol"):
                shown = short_of(str(m))
            else:
                shown = f"{analysis.label(G, m)} (not identified)"
            if beside.get(m):
                shown += f" (and its draft {', '.join(sorted(beside[m]))})"
            versions.append(shown)
        rows.append({"series": len(rows) + 1, "title": s.title, "versions": versions, "count": len(versions)})
    return rows


def identify_rows(G: nx.MultiDiGraph, key: str) -> list[dict[str, Any]]:
    """:func:`analysis.identify` for the text ``key`` as rows, best first.

    ``reaffirmed_by`` counts the later versions that reaffirm the candidate; the
    first row is the text's inferred symbol only if that count is not zero
    (as in :func:`analysis.identify_series`).
    """
    return [
        {
            "rank": i,
            "symbol": c.symbol,
            "score": c.score,
            "reaffirmed_by": c.reaffirmed,
            "evidence": c.evidence,
        }
        for i, c in enumerate(analysis.identify(G, key, _known_for(G, key)), 1)
    ]


def _known_for(G: nx.MultiDiGraph, key: str) -> Mapping[str, str]:
    """The other drafts of ``key``'s series, identified: they count as known members."""
    s = analysis.series_of(G, key)
    known = dict(analysis.identify_series(G, s)) if s else {}
    known.pop(key, None)
    return known


def identify_file(store: Any, path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """Identify the text of file ``path``: its node key and its candidate symbols as rows.

    The text is the store's when a text of that file name was built into it;
    otherwise it is read (``-``: standard input) and its references extracted now, and it
    joins the store's graph for the analysis only (the store is not changed).
    """
    path = Path(path)
    docs, cites = document_rows(store), citation_rows(store)
    key = next((d["key"] for d in docs if d.get("source") == path.name), None)
    if key is None:
        from citegraph.reader import ReadError, read_document
        from citegraph.references import extract_references

        try:
            doc = read_document(path)
        except ReadError as exc:
            raise FileNotFoundError(str(exc)) from exc
        key = text_key(doc)
        docs.append(document_row(doc))
        cites += citation_rows_of(key, extract_references(doc))
    G = analysis.build_graph(docs, cites)
    return key, identify_rows(G, key)


def text_key(doc: Any) -> str:
    """The node key of a read text: its symbol, else ``file/<stem>``."""
    return doc.meta.symbol or f"file/{Path(doc.name).stem}"


def document_row(doc: Any) -> dict[str, Any]:
    """A read :class:`~citegraph.models.Document` as a row of :func:`analysis.build_graph`."""
    m = doc.meta
    return {
        "key": text_key(doc),
        "symbol": m.symbol,
        "title": m.title,
        "date": m.date,
        "session": m.session,
        "doc_type": m.doc_type,
        "body": m.organ,
        "source": doc.name,
        "read": True,
    }


def citation_rows_of(key: str, refs: Iterable[Any]) -> list[dict[str, Any]]:
    """A text's :class:`~citegraph.models.Reference` objects as citation rows of :func:`analysis.build_graph`."""
    return [
        {
            "source": key,
            "target": r.target,
            **use_of(r.relation, r.para, r.anchor_relation, r.anchor_para),
            "date": r.date,
            "surface": r.surface,
            "start": r.start,
        }
        for r in refs
    ]


def infer_symbols(
    docs: Iterable[Mapping[str, Any]], cites: Iterable[Mapping[str, Any]], keys: Iterable[str]
) -> dict[str, str]:
    """The symbols that the texts ``keys`` (read without a printed symbol) were adopted as.

    ``docs`` and ``cites`` are the rows (:func:`document_row`, :func:`citation_rows_of`)
    of the texts read together, e.g. one ``citegraph extract`` run. A text gets a
    symbol only when a later version of its series among them reaffirms the
    candidate (:func:`identify_rows`), or when the candidate's own text is among them
    (:func:`analysis.adopted_text`: a draft beside the resolution it became). ``keys`` may
    name drafts that print their own symbol: they get the symbol of the resolution they became.
    """
    G = analysis.build_graph(docs, cites)
    all_series = analysis.series(G)  # once, and each series' drafts identified once: not once per draft
    identified: dict[int, dict[Any, str]] = {}
    out: dict[str, str] = {}
    for key in keys:
        s = analysis.series_of(G, key, all_series)
        if s is None:
            continue
        if id(s) not in identified:
            identified[id(s)] = analysis.identify_series(G, s)
        known = {m: sym for m, sym in identified[id(s)].items() if m != key}  # as identify_rows has them
        cands = analysis.identify(G, key, known, all_series)
        if cands and (cands[0].reaffirmed or cands[0].adopted):
            out[key] = cands[0].symbol
    return out
