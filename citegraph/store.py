"""The persistent graph: a pyoxigraph store on disk, built, changed, exported and queried.

The store is a directory (``./.citegraph/store`` unless ``--store``/``CITEGRAPH_STORE``
say otherwise). It holds one named graph per text read (:func:`citegraph.graph.graph_iri`),
the ontology, and a derived graph recomputed after every change. Queries see the union.

- :func:`build` reads texts (in parallel with ``workers``), writes a *new* store beside the
  old one and swaps it in with two renames: a build killed midway leaves the previous
  store intact (and the next open finishes or undoes a half-done swap).
- :func:`add` replaces the named graph of each text it is given, so adding a text twice
  leaves the store as after adding it once; :func:`remove` drops a document's graph.
- :func:`export` writes Turtle, N-Triples, JSON-LD or GraphML, sorted: same store, same bytes.
- :func:`query` runs SPARQL with the model's prefixes predeclared; :func:`named_query`
  runs one of ``citegraph/queries/*.rq`` with its parameters.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import unquote

from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from citegraph import graph, symbols
from citegraph.graph import Sources
from citegraph.models import DRAFT_TYPES, FOOTNOTE, Document, Reference
from citegraph.workers import ordered_map


class StoreError(Exception):
    """A store that cannot be opened, or a query that cannot run: a message for the user."""


# --- reading texts into quads (runs in worker processes) ------------------------------------


@dataclass
class Prepared:
    """One text read and turned into quads, ready to load; small enough to cross processes."""

    path: str
    size: int  # bytes of the file read
    graph: str = ""  # named graph IRI
    doc: str = ""  # document IRI
    nquads: bytes = b""  # the document's quads (mentions of its own anchors included)
    paragraphs: list[tuple[str, str]] = field(
        default_factory=list
    )  # (IRI, graph.mention_words) outside footnotes
    anchors: dict[str, str] = field(default_factory=dict)  # key -> its spelling (graph.names_from)
    sources: Sources = field(default_factory=Sources)  # for the derived graph
    refs: int = 0
    error: str | None = None


def prepare(path: str | Path) -> Prepared:
    """Read, extract and model one text. A text that cannot be read gives ``error``, not an exception."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        return Prepared(str(p), 0, error=exc.strerror or str(exc))
    try:
        doc = read_document(p)
        refs = extract_references(doc)
        return prepare_document(doc, refs, size)
    except Exception as exc:  # one bad input is reported and the others go on
        msg = str(exc) or type(exc).__name__
        return Prepared(str(p), size, error=msg.removeprefix(f"{p}: "))


def prepare_document(doc: Document, refs: Sequence[Reference], size: int = 0) -> Prepared:
    """Model a document already read, with its references: what :func:`prepare` does after reading."""
    lines, sources = graph.document_lines(doc, refs, mentioning=False)  # _load adds mentions with all names
    anchors = graph.names_from(
        (key, symbols.fold(r.anchor)) for r in refs if r.anchor and (key := graph.instrument_key(r.anchor))
    )
    d = graph.document_iri(doc)
    return Prepared(
        path=doc.path,
        size=size or len(doc.norm.original.encode("utf-8")),
        graph=graph.graph_iri(d).value,
        doc=d.value,
        nquads="".join(lines).encode(),
        paragraphs=[(iri.value, graph.mention_words(text)) for iri, text in graph.body_paragraphs(doc)],
        anchors=anchors,
        refs=len(refs),
        sources=sources,
    )


def iter_prepare(
    paths: Sequence[str | Path], workers: int = 1, progress: Callable[[Prepared], None] | None = None
) -> Iterator[Prepared]:
    """:func:`prepare` every path, in ``workers`` processes, yielding in the order of ``paths``."""
    for prep in ordered_map(prepare, [str(p) for p in paths], workers, chunksize=4):
        if progress:
            progress(prep)
        yield prep


def prepare_all(
    paths: Sequence[str | Path], workers: int = 1, progress: Callable[[Prepared], None] | None = None
) -> list[Prepared]:
    """:func:`prepare` every path, in ``workers`` processes; results in the order of ``paths``."""
    return list(iter_prepare(paths, workers, progress))


# --- opening ----------------------------------------------------------------------------------


def _siblings(path: Path, tag: str) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.{tag}-*"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(path: Path) -> None:
    """Finish or undo a swap that a killed build left half done; drop dead builds' leftovers.

    A build renames the old store to ``.<name>.old-<pid>`` and then the new one into place;
    killed between the two renames, the old store is put back.
    """
    path = Path(path)
    for old in _siblings(path, "old"):
        pid = int(old.name.rsplit("-", 1)[1]) if old.name.rsplit("-", 1)[1].isdigit() else 0
        if pid and _alive(pid) and pid != os.getpid():
            continue
        if not path.exists():
            old.rename(path)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in _siblings(path, "building"):
        pid = int(tmp.name.rsplit("-", 1)[1]) if tmp.name.rsplit("-", 1)[1].isdigit() else 0
        if not (pid and _alive(pid)):
            shutil.rmtree(tmp, ignore_errors=True)


def exists(path: Path) -> bool:
    """Whether a store has been built at ``path``."""
    path = Path(path)
    if not path.exists():
        recover(path)
    return path.is_dir() and any(path.iterdir())


def open_store(path: Path, write: bool = False, read_only: bool | None = None) -> Store:
    """Open the store at ``path``: read-only (the default, several readers at once) or for writing.

    ``read_only=False`` is the same as ``write=True``. Opening for writing creates an
    empty store (with the ontology) when there is none.
    """
    path = Path(path)
    if read_only is not None:
        write = not read_only
    if not exists(path):
        if write:
            path.mkdir(parents=True, exist_ok=True)
            st = Store(str(path))
            load_ontology(st)
            return st
        raise StoreError(f"no graph store at {path}: run `citegraph build PATH...` first (or give --store)")
    try:
        return Store(str(path)) if write else Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


def holds_texts(st: Store) -> bool:
    """Whether any text was read into the store: one left by ``remove`` holds only the ontology."""
    return bool(
        st.query("ASK { ?d cg:isRead true }", prefixes=graph.PREFIXES, use_default_graph_as_union=True)
    )


def no_texts(path: Path) -> str:
    """What to say when the store at ``path`` holds no text: every answer would be empty or "unknown ID"."""
    return f"the store at {path} holds no texts (only the ontology): build it with `citegraph build PATH...`"


def open_texts(path: Path) -> Store:
    """:func:`open_store` for the commands that answer from the texts read: a store without any is an error
    that says so (:func:`no_texts`), not an "unknown ID" or an empty table."""
    st = open_store(path)
    if not holds_texts(st):
        raise StoreError(no_texts(path))
    return st


def load_ontology(st: Store) -> None:
    """(Re)load ``ontology.ttl`` into its graph."""
    st.remove_graph(graph.ONTOLOGY_GRAPH) if st.contains_named_graph(graph.ONTOLOGY_GRAPH) else None
    st.load(ontology_text(), format=RdfFormat.TURTLE, to_graph=graph.ONTOLOGY_GRAPH)


def ontology_text() -> str:
    return resources.files("citegraph").joinpath("ontology.ttl").read_text(encoding="utf-8")


def shapes_text() -> str:
    return resources.files("citegraph").joinpath("shapes.ttl").read_text(encoding="utf-8")


# --- writing ----------------------------------------------------------------------------------


@dataclass
class Report:
    """What a build or add did."""

    files: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem)
    #: (earlier file or graph, file read instead): one document read from two files
    replaced: list[tuple[str, str]] = field(default_factory=list)
    refs: int = 0
    bytes: int = 0
    quads: int = 0
    read_seconds: float = 0.0  # reading, extracting and modelling the texts (in the workers)
    write_seconds: float = 0.0  # writing the store (mentions, derived graph, bulk load, swap)


def _bulk(st: Store, preps: Iterable[Prepared], batch_bytes: int = 8_000_000) -> Report:
    """Write texts into the fresh store ``st`` as they are read, then their mentions and the derived graph.

    Texts are bulk-loaded in batches by a loader thread (oxigraph's loader releases the GIL
    and uses one core) while the worker processes go on reading, so writing overlaps reading.
    A document read from two files keeps the later file (one graph per document: :func:`graph.graph_iri`).
    """
    from concurrent.futures import ThreadPoolExecutor

    rep = Report()
    by_doc: dict[str, Prepared] = {}
    dropped: set[str] = set()
    batch: list[bytes] = []
    size = 0
    with ThreadPoolExecutor(max_workers=1) as loader:
        jobs = []

        def flush() -> None:
            nonlocal batch, size
            if batch:
                jobs.append(loader.submit(st.bulk_load, b"".join(batch), RdfFormat.N_QUADS))
                batch, size = [], 0

        for p in preps:
            rep.bytes += p.size
            if p.error:
                rep.failed.append((p.path, p.error))
                continue
            if (earlier := by_doc.get(p.doc)) is not None:
                rep.replaced.append((earlier.path, p.path))
                dropped.add(earlier.graph)
            by_doc[p.doc] = p
            batch.append(p.nquads)
            size += len(p.nquads)
            if size >= batch_bytes:
                flush()
        flush()
        # mentions and the derived graph need every text but not the store: they are worked
        # out while the loader thread finishes its last batches, and loaded at once after them
        ok = list(by_doc.values())
        names = graph.names_from((k, v) for p in ok for k, v in p.anchors.items())
        mentions = _mentions(ok, names)
        src = graph.sources_of(mentions)
        for p in ok:
            src.update(p.sources)
        tail = serialize(mentions + graph.derived_from(src), format=RdfFormat.N_QUADS)
        for job in jobs:
            job.result()
    for g in sorted(dropped):  # texts replaced by a later file: drop what was loaded, reload the winner
        st.remove_graph(NamedNode(g))
    st.extend([q for p in ok if p.graph in dropped for q in parse(p.nquads, format=RdfFormat.N_QUADS)])
    st.bulk_load(tail, RdfFormat.N_QUADS)
    rep.files = len(ok)
    rep.refs = sum(p.refs for p in ok)
    return rep


def _mentions(ok: Sequence[Prepared], names: dict[str, str]) -> list[Quad]:
    index = graph.MentionIndex(names)
    return [
        q
        for p in ok
        for q in graph.mention_quads(
            NamedNode(p.doc),
            NamedNode(p.graph),
            [(NamedNode(i), t) for i, t in p.paragraphs],
            index,
            folded=True,
        )
    ]


def _load(st: Store, preps: Iterable[Prepared]) -> Report:
    """Add prepared texts to ``st``, each replacing its graph (and any other file's graph of the
    same document), with mentions of every known name; then recompute the derived graph.

    When the texts bring names the store did not know (or take away the only text that printed
    one), the mentions of every stored text are worked out again with the new names: the store
    then holds what a build of all its texts at once would hold.
    """
    rep = Report()
    by_doc: dict[str, Prepared] = {}
    for p in preps:
        rep.bytes += p.size
        if p.error:
            rep.failed.append((p.path, p.error))
            continue
        if p.doc in by_doc and by_doc[p.doc].graph != p.graph:  # one document, two files: the later wins
            rep.replaced.append((by_doc[p.doc].path, p.path))
        by_doc[p.doc] = p
    ok = list(by_doc.values())
    before = known_names(st)
    for p in ok:
        for q in list(st.quads_for_pattern(NamedNode(p.doc), graph.cg("sourceFile"), None, None)):
            if q.object.value != PurePath(p.path).name:  # the same document, read before from another file
                rep.replaced.append((q.object.value, p.path))
            st.remove_graph(q.graph_name)
    st.extend([q for p in ok for q in parse(p.nquads, format=RdfFormat.N_QUADS)])
    names = known_names(st)  # the new texts' anchors are in the store now
    if names != before:
        _remention(st, names, skip={p.graph for p in ok})
    st.extend(_mentions(ok, names))
    refresh_identified(st)
    refresh_derived(st)
    rep.files = len(ok)
    rep.refs = sum(p.refs for p in ok)
    return rep


def _remention(st: Store, names: dict[str, str], skip: set[str]) -> None:
    """Replace the ``cg:mentions`` of the stored texts (other than the graphs ``skip``) by those ``names`` give."""
    for q in list(st.quads_for_pattern(None, graph.cg("mentions"), None, None)):
        if q.graph_name.value not in skip:
            st.remove(q)
    rows = st.query(
        "SELECT ?g ?d ?p ?t WHERE { GRAPH ?g { ?p eli:is_part_of ?d ; cg:paragraphType ?k ; cg:text ?t } "
        f'FILTER(?k != "{FOOTNOTE}") }}',
        prefixes=graph.PREFIXES,
    )
    texts: dict[tuple[str, str], list[tuple[NamedNode, str]]] = {}
    for r in rows:
        if r["g"].value not in skip:
            texts.setdefault((r["d"].value, r["g"].value), []).append((r["p"], r["t"].value))
    index = graph.MentionIndex(names)
    st.extend(
        [
            q
            for (d, g), paragraphs in sorted(texts.items())
            for q in graph.mention_quads(NamedNode(d), NamedNode(g), paragraphs, index)
        ]
    )


def known_names(st: Store) -> dict[str, str]:
    """Instrument key -> the spelling that stands for it (:func:`graph.names_from`), for every anchor stored."""
    rows = st.query(
        "SELECT DISTINCT ?a WHERE { ?c cg:anchor ?a }",
        prefixes=graph.PREFIXES,
        use_default_graph_as_union=True,
    )
    return graph.names_from((key, r["a"].value) for r in rows if (key := graph.instrument_key(r["a"].value)))


def refresh_identified(st: Store) -> None:
    """Recompute :data:`graph.IDENTIFIED_GRAPH`: the symbol each read text without one was adopted as.

    A draft prints no symbol; the texts read with it may show what it became: a later version of its
    series reaffirms a resolution of the draft's session, or that resolution's own text is read
    (:func:`citegraph.answers.infer_symbols`, what ``citegraph identify`` ranks first). The draft then
    ``cg:becomes`` that resolution (and has it as ``cg:inferredSymbol``), so that the answers about a
    resolution whose text was not read come from its draft. A draft that prints its own symbol (A/C.3/80/L.3)
    ``cg:becomes`` the resolution whose text is read beside it, so that a series counts the two as one
    version. Run after every change, since a text added or removed may make or unmake an identification.
    """
    if st.contains_named_graph(graph.IDENTIFIED_GRAPH):
        st.remove_graph(graph.IDENTIFIED_GRAPH)
    prefix = graph.CGD + "file/"
    read = [q.subject for q in st.quads_for_pattern(None, graph.cg("isRead"), None, None)]
    unnamed = {d for d in read if d.value.startswith(prefix)}
    # a draft that prints its own symbol (A/C.3/80/L.3) becomes a resolution too, when that one's text is read
    drafts = unnamed | {
        q.subject
        for t in DRAFT_TYPES
        for q in st.quads_for_pattern(None, graph.cg("docType"), Literal(t), None)
        if q.graph_name != graph.IDENTIFIED_GRAPH
    }
    if (
        not drafts
    ):  # every text prints its symbol (or has it in its file's name), none a draft's: nothing to infer
        return
    from citegraph import answers  # networkx: only for a store that holds drafts

    keys = {answers.key_of(d.value): d for d in sorted(drafts, key=lambda d: d.value)}
    found = answers.infer_symbols(*_identification_rows(st, keys), keys)
    g = graph.IDENTIFIED_GRAPH
    st.extend(
        q
        for key, symbol in sorted(found.items())
        for q in (
            # the symbol it bears, inferred, only for a text that prints none
            *(
                [Quad(keys[key], graph.cg("inferredSymbol"), Literal(symbol), g)]
                if keys[key] in unnamed
                else []
            ),
            Quad(keys[key], graph.cg("becomes"), graph.doc_iri(symbol), g),
        )
    )


def _identification_rows(st: Store, keys: Iterable[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The document and citation rows that identifying the drafts ``keys`` reads (:func:`answers.infer_symbols`):
    the citations of the texts that may share a series with them (:func:`analysis.series_reach`), and the
    documents at both ends, rather than the whole store's (the corpus: 0.2 s instead of 1.3 s per change).
    The same identifications: the series of the drafts and every version's references are all there."""
    from citegraph import analysis, answers

    rows = answers.select(
        st, "SELECT ?d ?title WHERE { ?d cg:isRead true OPTIONAL { ?d dcterms:title ?title } }"
    )
    titles = {answers.key_of(r["d"]): r["title"] for r in rows}
    reach = analysis.series_reach(titles, keys)
    cites = answers.citation_rows(st, sources=[answers.iri_of(k) for k in sorted(reach)])
    ends = reach | {c["target"] for c in cites}
    return answers.document_rows(st, [answers.iri_of(k) for k in sorted(ends)]), cites


def refresh_derived(st: Store) -> None:
    """Recompute :data:`graph.DERIVED_GRAPH` from the texts' graphs (see :func:`graph.derived_from`).

    Only what changed is written: a text added to the corpus store changes a few dozen of its 37,000
    quads, and dropping and writing the whole graph again cost three times as long as reading it.
    """
    # an identified resolution is one a read text reaffirms: cited, so described without cg:becomes
    skip = {graph.DERIVED_GRAPH, graph.ONTOLOGY_GRAPH, graph.IDENTIFIED_GRAPH}
    quads = (
        q
        for p in graph.SOURCE_PREDICATES
        for q in st.quads_for_pattern(None, p, None, None)
        if q.graph_name not in skip
    )
    new = set(graph.derived_from(graph.sources_of(quads)))
    old = set(st.quads_for_pattern(None, None, None, graph.DERIVED_GRAPH))
    for q in old - new:
        st.remove(q)
    st.extend(new - old)


def build(
    paths: Sequence[str | Path],
    path: Path,
    workers: int = 1,
    progress: Callable[[Prepared], None] | None = None,
) -> Report:
    """Build a new store at ``path`` from the texts ``paths``, atomically replacing any old one.

    Texts are read in ``workers`` processes; ``progress`` is called once per text read.
    """
    timing: dict[str, float] = {}

    def preps() -> Iterator[Prepared]:
        t = time.perf_counter()
        yield from iter_prepare(paths, workers, progress)
        timing["read"] = time.perf_counter() - t

    t0 = time.perf_counter()
    rep = build_from(preps, path)
    rep.read_seconds = timing.get("read", 0.0)
    rep.write_seconds = time.perf_counter() - t0 - rep.read_seconds
    return rep


def is_store(path: Path) -> bool:
    """Whether ``path`` is a folder that holds a store (Oxigraph's RocksDB files: ``CURRENT``, ``IDENTITY``).

    >>> is_store(Path("citegraph"))
    False
    """
    return (path / "CURRENT").is_file() and (path / "IDENTITY").is_file()


def check_replaceable(path: Path) -> None:
    """Raise :class:`StoreError` unless a build may replace what is at ``path``: nothing, an empty folder or a
    store. A build swaps a whole folder out; a folder of the user's own files (their texts, say) is never one.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_dir():
        raise StoreError(f"{path} is a file, not a graph store: give --store a folder of its own")
    here = Path.cwd().resolve()
    if path.resolve() == here or path.resolve() in here.parents:
        raise StoreError(f"{path} holds the current folder: give --store a folder of its own")
    if not is_store(path) and any(path.iterdir()):
        held = ", ".join(sorted(p.name for p in path.iterdir())[:3])
        raise StoreError(
            f"{path} is a folder that is not a graph store (it holds {held}, ...): a build replaces its whole"
            " store folder, so give --store a new or empty folder"
        )


def build_from(preps: Callable[[], Iterable[Prepared]], path: Path) -> Report:
    """Write the texts ``preps()`` gives into a new store that replaces the one at ``path``.

    The new store is written into ``.<name>.building-<pid>`` beside ``path`` and swapped in
    only when complete, so that an interrupted build leaves the previous store as it was.
    Only a store, an empty folder or nothing is replaced (:func:`check_replaceable`).
    """
    path = Path(path)
    recover(path)
    check_replaceable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.building-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        st = Store(str(tmp))
        load_ontology(st)
        rep = _bulk(st, preps())
        refresh_identified(st)
        if rep.failed and not rep.files:
            raise StoreError(f"none of the {len(rep.failed)} text(s) could be read: the store is unchanged")
        rep.quads = len(st)
        st.flush()
        del st
        gc.collect()
        _swap(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return rep


def _swap(new: Path, path: Path) -> None:
    old = path.parent / f".{path.name}.old-{os.getpid()}"
    if path.exists():
        path.rename(old)
    new.rename(path)
    shutil.rmtree(old, ignore_errors=True)


def add(
    paths: Sequence[str | Path],
    path: Path,
    workers: int = 1,
    progress: Callable[[Prepared], None] | None = None,
) -> Report:
    """Add texts to the store (creating it if need be); a text added again replaces its graph."""
    return add_prepared(prepare_all(paths, workers, progress), path)


def add_prepared(preps: Iterable[Prepared], path: Path) -> Report:
    """Write prepared texts into the store at ``path``, each replacing its own named graph.

    The store is made if there is none, but not for nothing: when no text could be read, no empty store is
    left behind (which would then answer every question with nothing instead of "run build first").
    """
    preps = list(preps)
    if not exists(path) and all(p.error for p in preps):
        raise StoreError(f"none of the {len(preps)} text(s) could be read: no store was made at {path}")
    st = open_store(path, write=True)
    rep = _load(st, preps)
    rep.quads = len(st)
    st.flush()
    return rep


def source_files(path: Path) -> set[str]:
    """The file names of the texts read into the store at ``path`` (none when there is no store)."""
    if not exists(path):
        return set()
    st = open_store(path)
    return {q.object.value for q in st.quads_for_pattern(None, graph.cg("sourceFile"), None, None)}


def graphs_of(st: Store, ident: str) -> list[NamedNode]:
    """The named graphs of the read texts known as ``ident``: a symbol in any form, ``file/<stem>``, or the
    name or path of a file read (``002_06d5.txt``, ``data/002_06d5.txt``, or its stem). A path to a file
    that is there names the document read from it, not every file of its name."""
    docs: set[str] = set()
    with contextlib.suppress(symbols.SymbolError):
        docs.add(graph.doc_iri(symbols.parse_id(ident)).value)
    path = PurePath(ident)
    name = path.name if path.suffix else None  # a file's name or path: data/002_06d5.txt
    if name and Path(ident).is_file():  # the file at hand: the document it is, not every file of its name
        with contextlib.suppress(Exception):
            from citegraph.reader import read_document

            docs.add(graph.document_iri(read_document(Path(ident))).value)
            name = None
    stem = ident[5:] if ident.startswith("file/") else ident if "/" not in ident and not name else None
    if stem:
        docs.add(graph.file_iri(stem).value)
    for q in st.quads_for_pattern(None, graph.cg("sourceFile"), None, None):
        if q.object.value == name or PurePath(q.object.value).stem == stem:
            docs.add(q.subject.value)
    found = {
        q.graph_name.value
        for d in sorted(docs)
        for q in st.quads_for_pattern(NamedNode(d), graph.cg("isRead"), None, None)
    }
    return [NamedNode(x) for x in sorted(found)]


def remove(ident: str, path: Path) -> list[str]:
    """Drop the graph(s) of the read document ``ident``; returns the graph IRIs removed. No store is made."""
    if not exists(path):
        raise StoreError(f"no graph store at {path}: nothing to remove")
    st = open_store(path, write=True)
    gs = graphs_of(st, ident)
    before = known_names(st) if gs else {}
    for g in gs:
        st.remove_graph(g)
    if gs:
        names = known_names(st)
        if names != before:  # the text was the only one to print a name: others no longer mention it
            _remention(st, names, skip=set())
        refresh_identified(st)
        refresh_derived(st)
        st.flush()
    return [g.value for g in gs]


def removed_texts(graphs: Iterable[str]) -> list[str]:
    """What :func:`remove` gives back, as the documents' keys: a symbol, else ``file/<stem>``.

    >>> removed_texts([graph.CGD + "graph/A/RES/75/196", graph.CGD + "graph/file/000_a6cd"])
    ['A/RES/75/196', 'file/000_a6cd']
    """
    docs = (graph.CGD + g.removeprefix(graph.CGD + "graph/") for g in graphs)
    return [graph.symbol_of(d) or unquote(d.removeprefix(graph.CGD)) for d in docs]


# --- reading out ------------------------------------------------------------------------------


def ntriples(st: Store) -> bytes:
    """The union of all graphs as canonical N-Triples, one distinct triple a line, lines sorted.

    Serialised by oxigraph and sorted as bytes: the fixed order every export starts from.
    """
    res = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    lines = set(res.serialize(format=RdfFormat.N_TRIPLES).splitlines())
    lines.discard(b"")
    return b"".join(line + b"\n" for line in sorted(lines))


def triples(st: Store) -> list[Triple]:
    """The union of all graphs as distinct triples, in the order of :func:`ntriples`."""
    return [t for t in parse(ntriples(st), format=RdfFormat.N_TRIPLES)]


EXPORT_FORMATS = ("turtle", "nt", "jsonld", "graphml")


def export(st: Store, fmt: str) -> bytes:
    """The whole graph (union of graphs) in ``fmt``; deterministic: same store, same bytes."""
    if fmt == "graphml":
        return graphml(st)
    nt = ntriples(st)
    if fmt == "nt":
        return nt
    if fmt == "turtle":
        text = serialize(
            parse(nt, format=RdfFormat.N_TRIPLES), format=RdfFormat.TURTLE, prefixes=graph.PREFIXES
        )
        head, body = [], text.splitlines(keepends=True)
        while body and body[0].startswith(b"@prefix"):
            head.append(body.pop(0))
        return b"".join(sorted(head) + body)  # prefix lines in a fixed order
    if fmt == "jsonld":
        return serialize(parse(nt, format=RdfFormat.N_TRIPLES), format=RdfFormat.JSON_LD)
    raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")


_GRAPHML_NODES = """
SELECT ?d ?id ?short ?kind ?cls ?organ ?date ?title ?read ?draft_of WHERE {
  ?d a eli:LegalResource .
  OPTIONAL { ?d dcterms:identifier ?id } OPTIONAL { ?d cg:shortId ?short } OPTIONAL { ?d cg:kind ?kind }
  OPTIONAL { ?d (eli:passed_by|cg:submittedTo)/cg:code ?organ } OPTIONAL { ?d eli:date_document ?date }
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d cg:isRead ?read }
  OPTIONAL { ?d cg:becomes/dcterms:identifier ?draft_of }
}"""
_GRAPHML_EDGES = """
SELECT DISTINCT ?s ?o ?rel WHERE {
  ?c cito:hasCitingEntity/eli:is_part_of ?s ; cito:hasCitedEntity ?o .
  { ?c cg:relation ?rel } UNION { ?c cg:anchorRelation ?rel }  # a footnote's, and the verb at its mark
}"""


def graphml(st: Store) -> bytes:
    """The document-level citation graph as GraphML (Gephi, Cytoscape): documents and verb-typed edges."""
    import networkx as nx

    g = nx.MultiDiGraph()
    nodes: dict[str, dict[str, str]] = {}
    for r in st.query(_GRAPHML_NODES, prefixes=graph.PREFIXES, use_default_graph_as_union=True):
        attrs = nodes.setdefault(r["d"].value, {})
        for k in (
            "id",
            "short",
            "kind",
            "organ",
            "date",
            "title",
            "draft_of",
        ):  # draft_of: the resolution it became
            if r[k] is not None:
                attrs.setdefault(k, r[k].value)
        attrs["read"] = "true" if r["read"] is not None else attrs.get("read", "false")
    for iri in sorted(nodes):
        a = nodes[iri]
        a.setdefault("label", a.get("short") or a.get("id") or iri.rsplit("/", 1)[-1])
        g.add_node(iri, **{k: a[k] for k in sorted(a)})
    edges = sorted(
        {
            (r["s"].value, r["o"].value, r["rel"].value)
            for r in st.query(_GRAPHML_EDGES, prefixes=graph.PREFIXES, use_default_graph_as_union=True)
        }
    )
    for s, o, rel in edges:
        g.add_edge(s, o, key=rel, relation=rel, label=rel)
    body = "\n".join(nx.generate_graphml(g, prettyprint=True))
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + body + "\n").encode("utf-8")


def count(st: Store) -> int:
    """Distinct triples in the union of graphs."""
    r = st.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        use_default_graph_as_union=True,
    )
    return int(next(iter(r))["n"].value)


# --- SPARQL -----------------------------------------------------------------------------------


@dataclass
class Result:
    """A query's answer: a SELECT's columns and rows of terms, an ASK's boolean, or triples."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] | None = None


def substitute(text: str, substitutions: dict[str, Any]) -> str:
    """Put RDF terms in place of the ``$name`` parameters of a query text.

    >>> substitute("SELECT * { $doc ?p ?o }", {"doc": NamedNode("http://x/a")})
    'SELECT * { <http://x/a> ?p ?o }'
    """
    for name, term in substitutions.items():
        text = re.sub(rf"\${name}\b", lambda _m, t=term: str(t), text)
    return text


#: What a query text holds that the ``cgd:A/RES/75/196`` shorthand must not reach, each taken whole from its
#: first character: long and short string literals (backslash escapes inside; one left open runs to the end
#: of the text, or of its line), IRIs, ``#`` comments, an escaped character of a prefixed name. Every loop is
#: possessive and its alternatives start with different characters, so nothing backtracks: one pass over
#: the text, however it is written.
_SKIPPED = r"""
    \"\"\"(?:[^"\\]++|\\.?|"(?!""))*+(?:\"\"\"|\Z)
  | '''(?:[^'\\]++|\\.?|'(?!''))*+(?:'''|\Z)
  | "(?:[^"\\\n\r]++|\\[^\n\r]?)*+"?
  | '(?:[^'\\\n\r]++|\\[^\n\r]?)*+'?
  | <[^<>"{}|^`\\\x00-\x20]*+>
  | \#[^\n\r]*+
  | \\.
"""
#: A document's local part as written after ``cgd:``: letters, digits, ``_`` and ``-``, a ``.`` or ``/`` that
#: goes on (a final ``.`` ends the triple), parenthesised parts (``_(2001)``, ``_(XXV)``, ``_(Sect._3)``);
#: then a paragraph's fragment, ``#`` and the same without parentheses (``#P1``, ``#O12``, ``#B-O3``).
_CGD_NAME = r"""
    (?<![\w:])cgd:
    (?P<local>(?:[A-Za-z0-9_\-]|[./](?=[A-Za-z0-9_(])|\([A-Za-z0-9_.\-]++\))++)
    (?P<frag>\#(?:[A-Za-z0-9_\-]|[./](?=[A-Za-z0-9_]))++)?
"""
_CGD_SLASH = re.compile(rf"(?P<skip>{_SKIPPED})|{_CGD_NAME}", re.VERBOSE | re.DOTALL)


def _expanded(m: re.Match[str]) -> str:
    if (
        m["skip"] is not None or "/" not in m["local"]
    ):  # cgd:x without a slash is a prefixed name SPARQL reads
        return m[0]
    return f"<{graph.CGD}{m['local']}{m['frag'] or ''}>"


def expand_slashes(text: str) -> str:
    """Let ``cgd:A/RES/75/196`` stand in a query: SPARQL forbids ``/`` in prefixed names, so
    such names become full IRIs.

    Accepted after ``cgd:``: letters, digits, ``_``, ``-``, a ``.`` or ``/`` followed by more
    (``cgd:A/RES/75/196.`` ends a triple), parenthesised parts (``cgd:S/RES/1373_(2001)``,
    ``cgd:A/RES/2625_(XXV)``), then optionally a paragraph's fragment: ``cgd:A/RES/75/196#P1`` is
    ``<…/A/RES/75/196#P1>``, as ``citegraph sparql`` prints paragraph IRIs. A ``#`` not followed by
    such a fragment starts a comment, as everywhere in SPARQL. Names with other characters (``,``
    ``:`` ``%``) are written in full, ``<https://w3id.org/citegraph/id/…>``. String literals (any
    quotes, escapes), comments and ``<…>`` IRIs are left as they are.

    >>> expand_slashes("SELECT ?t { cgd:A/RES/75/196 cg:reaffirms ?t . cgd:S/RES/1373_(2001) ?p ?o . }")
    'SELECT ?t { <https://w3id.org/citegraph/id/A/RES/75/196> cg:reaffirms ?t . <https://w3id.org/citegraph/id/S/RES/1373_(2001)> ?p ?o . }'
    >>> expand_slashes('ASK { cgd:A/RES/75/196#P1 ?p "cgd:A/RES/1/2" } # cgd:A/RES/1/2')
    'ASK { <https://w3id.org/citegraph/id/A/RES/75/196#P1> ?p "cgd:A/RES/1/2" } # cgd:A/RES/1/2'
    """
    return _CGD_SLASH.sub(_expanded, text)


def prefix_lines() -> str:
    """The model's prefixes as SPARQL ``PREFIX`` lines: what ``citegraph sparql`` predeclares, and what a
    client of ``citegraph serve`` (which predeclares none) sends before its query.

    >>> print(prefix_lines().splitlines()[-1])
    PREFIX cgd: <https://w3id.org/citegraph/id/>
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in graph.PREFIXES.items())


_UPDATE = re.compile(
    r"\s*+(?:(?:PREFIX\s*+[^\s:]*+:|BASE)\s*+)*+(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def update_operation(text: str) -> str | None:
    """The SPARQL Update operation ``text`` starts with, after its prologue and comments (INSERT, DELETE,
    LOAD...), or None: a query.

    >>> update_operation("PREFIX ex: <http://x/#> # add one\\ninsert data { ex:a ex:b ex:c }")
    'INSERT'
    >>> update_operation("SELECT * { ?s ?p 'DELETE' }") is None
    True
    """
    bare = _CGD_SLASH.sub(lambda m: " " if m["skip"] is not None else m[0], text)  # no comment, string, IRI
    m = _UPDATE.match(bare)
    return m[1].upper() if m else None


def query(st: Store, text: str, substitutions: dict[str, Any] | None = None) -> Result:
    """Run SPARQL over the union of graphs with the model's prefixes predeclared.

    Document IRIs may be written ``cgd:A/RES/75/196`` (see :func:`expand_slashes`);
    ``substitutions`` maps parameter names to RDF terms that replace ``$name`` in ``text``.
    """
    if substitutions:
        text = substitute(text, substitutions)
    text = expand_slashes(text)
    try:
        res = st.query(text, prefixes=graph.PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        if op := update_operation(text):
            raise StoreError(
                f"{op} is a SPARQL update, and citegraph sparql only reads the store (SELECT, ASK, CONSTRUCT,"
                " DESCRIBE): the store holds what the texts say, so change it with `citegraph add PATH...`,"
                " `citegraph remove ID` or `citegraph build PATH...`"
            ) from exc
        raise StoreError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"query failed: {exc}") from exc
    if isinstance(res, QueryBoolean):
        return Result(boolean=bool(res))
    if isinstance(res, QuerySolutions):
        cols = [v.value for v in res.variables]
        return Result(columns=cols, rows=[{c: s[c] for c in cols} for s in res])
    return Result(triples=list(res))


def term_text(term: Any, compact: bool = False) -> str | None:
    """A term as text: an IRI's value (prefixed when ``compact``), a literal's lexical form."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        v = term.value
        if compact:
            for p, ns in graph.PREFIXES.items():
                if v.startswith(ns) and re.fullmatch(r"[\w./()\-#:]+", v[len(ns) :]):
                    return f"{p}:{v[len(ns) :]}"
        return v
    if isinstance(term, Literal):
        return term.value
    return str(term)


# --- named queries ----------------------------------------------------------------------------


@dataclass
class Param:
    """A parameter of a named query: its variable, its type (document, string, integer, verb) and help."""

    name: str
    type: str
    help: str


@dataclass
class NamedQuery:
    """A query of ``citegraph/queries``: its name, what it answers, its parameters and text."""

    name: str
    doc: str
    params: list[Param]
    text: str


_PARAM = re.compile(r"#\s*@param\s+\$(\w+)\s+(\w+)\s*(.*)")


def _parse_named(name: str, text: str) -> NamedQuery:
    doc_lines, params = [], []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m[1], m[2], m[3].strip()))
        else:
            doc_lines.append(line.lstrip("#").strip())
    return NamedQuery(name, "\n".join(doc_lines).strip(), params, text)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query of ``citegraph/queries/*.rq``, by name (file stem)."""
    d = resources.files("citegraph").joinpath("queries")
    out = {}
    for f in sorted(d.iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            name = f.name[:-3]
            out[name] = _parse_named(name, f.read_text(encoding="utf-8"))
    return out


def named_query(name: str) -> NamedQuery:
    qs = named_queries()
    if name not in qs:
        raise StoreError(f"no query named @{name} (known: {', '.join('@' + n for n in qs)})")
    return qs[name]


def bind(q: NamedQuery, args: Sequence[str]) -> dict[str, Any]:
    """The substitutions for arguments ``args`` of ``q``: documents accept short IDs (``75/196``)."""
    if len(args) != len(q.params):
        want = " ".join(p.name.upper() for p in q.params) or "no arguments"
        raise StoreError(f"@{q.name} takes {want}, got {len(args)} argument(s)")
    out: dict[str, Any] = {}
    for p, a in zip(q.params, args, strict=True):
        out[p.name] = convert(p, a)
    return out


def convert(p: Param, arg: str) -> Any:
    """One argument as the RDF term its parameter type says."""
    if p.type == "document":
        if arg.startswith(("file/", "http://", "https://")):
            return graph.file_iri(arg[5:]) if arg.startswith("file/") else NamedNode(arg)
        try:
            return graph.doc_iri(symbols.parse_id(arg))
        except symbols.SymbolError as exc:
            raise StoreError(f"{arg!r} is not a document identifier ({exc})") from exc
    if p.type == "integer":
        if not re.fullmatch(r"-?\d+", arg):
            raise StoreError(f"{p.name} must be an integer, not {arg!r}")
        return Literal(arg, datatype=NamedNode(graph.XSD + "integer"))
    if p.type == "verb":
        from citegraph.verbs import VERBS

        v = VERBS.get(arg) or next((v for v in VERBS.values() if arg in (v.prop, v.label)), None)
        if v is None:
            raise StoreError(f"unknown verb {arg!r} (one of {', '.join(VERBS)})")
        return graph.cg(v.prop)
    return Literal(arg)


def run_named(st: Store, name: str, args: Sequence[str] = ()) -> Result:
    """Run the named query ``name`` with ``args`` (see :func:`bind`)."""
    q = named_query(name)
    return query(st, q.text, bind(q, args))


# --- validation -------------------------------------------------------------------------------


def validate(st: Store) -> tuple[bool, int, str]:
    """Validate the union graph against ``shapes.ttl`` with pyshacl: (conforms, violations, report)."""
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    data.parse(data=ntriples(st).decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(data=shapes_text(), format="turtle")
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    n = len(list(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return bool(conforms), n, text
