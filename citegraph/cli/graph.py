"""Graph commands: ``build add remove export sparql serve`` over the on-disk store.

The store is ``./.citegraph/store`` unless ``--store DIR`` or ``CITEGRAPH_STORE`` says
otherwise. Heavy modules (pyoxigraph, the reader, rdflib) are imported inside the
commands, so that ``citegraph sparql`` starts fast from a cold shell.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from citegraph.cli.common import (
    Progress,
    UserError,
    emit,
    format_option,
    iter_inputs,
    main,
    store_option,
    warn,
    workers_option,
)
from citegraph.reader import STDIN


def _load(
    paths: tuple[str, ...],
    store: Path,
    verb: str,
    run: Callable[[list[Path], Callable[[Any], None]], Any],
    workers: int | None = None,
) -> None:
    """Read the texts at ``paths`` into the store with ``run(files, progress)``, a progress bar on stderr."""
    import time

    from citegraph import store as st

    if STDIN in paths:  # a document in the store is named by its file: a text on standard input has none
        raise UserError(
            f"standard input ({STDIN}) cannot go into the store: save the text to a file and give that"
        )
    missing = [p for p in paths if not Path(p).exists()]
    if missing:  # a mistyped path: before anything is read, so a build does not shrink the store
        raise UserError(
            f"no such file or folder: {', '.join(missing)} (nothing was read; {store} is as it was)"
        )
    files = iter_inputs(paths)
    if not files:
        raise UserError("no texts to read in " + " ".join(paths))
    if workers:
        warn(f"building {len(files)} text(s) into {store} with {workers} worker(s)")
    t0 = time.perf_counter()
    bar = Progress(len(files), "reading")
    try:
        rep = run(files, bar.step)
    except st.StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        bar.stop()
    _report(rep, verb, store, time.perf_counter() - t0)


def _report(rep: Any, verb: str, store: Path, seconds: float) -> None:
    for old, new in rep.replaced:
        if Path(old).name == Path(new).name:  # no symbol printed, so a text is known by its file's name
            warn(
                f"{new}: no printed symbol and the file name of {old}, which it replaces (rename one to keep both)"
            )
        else:
            warn(f"{new}: the same document as {old}, which it replaces")
    phases = (
        f" (reading {rep.read_seconds:.1f} s, writing {rep.write_seconds:.1f} s)" if rep.read_seconds else ""
    )
    warn(
        f"{verb} {rep.files} text(s), {rep.refs} references into {store} ({rep.quads} quads in all) in"
        f" {seconds:.1f} s{phases}"
    )
    if rep.failed:
        raise UserError(f"{len(rep.failed)} file(s) could not be read (see above)")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@workers_option
@store_option
def build(paths: tuple[str, ...], store: Path, workers: int | None = None) -> None:
    """Build the graph store from texts and folders of texts (replaces the store atomically).

    \b
    Reads every .txt/.md/.pdf text, extracts its references, and writes one named graph
    per text into a new store that replaces the old one only when complete: a build that
    is interrupted leaves the previous store as it was.
      citegraph build data/ ../shared/corpus/unga-mandate-pipeline --workers 2
    """
    from citegraph import store as st
    from citegraph.workers import count

    n = count(workers)
    _load(paths, store, "built", lambda files, step: st.build(files, store, workers=n, progress=step), n)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
def add(paths: tuple[str, ...], store: Path) -> None:
    """Add texts to the store; a text added again replaces its own triples."""
    from citegraph import store as st

    _load(paths, store, "added", lambda files, step: st.add(files, store, progress=step))


@main.command()
@click.argument("symbol")
@store_option
def remove(symbol: str, store: Path) -> None:
    """Remove a read document and its triples from the store.

    \b
    The document is named by its symbol in any form, or by the file it was read from:
      citegraph remove 75/196
      citegraph remove data/000_a6cd5bfce1dfcb97.txt    (or file/000_a6cd5bfce1dfcb97)
    """
    from citegraph import store as st

    try:
        gone = st.removed_texts(st.remove(symbol, store))
    except st.StoreError as exc:
        raise UserError(str(exc)) from exc
    if not gone:
        raise UserError(f"{symbol}: no text read under that identifier in {store}")
    for key in gone:
        warn(f"removed {key}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "jsonld", "graphml"]),
    default="turtle",
    show_default=True,
    help="Serialization: Turtle, N-Triples, JSON-LD or GraphML (Gephi, Cytoscape).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of stdout.",
)
@store_option
def export(fmt: str, output: Path | None, store: Path) -> None:
    """Export the whole graph, sorted: the same store gives the same bytes.

    Turtle, N-Triples and JSON-LD carry every triple (the union of the named graphs);
    GraphML carries the document-level citation graph with the verb on each edge.
    """
    from citegraph import store as st

    try:
        data = st.export(st.open_store(store), fmt)
    except st.StoreError as exc:
        raise UserError(str(exc)) from exc
    if output:
        output.write_bytes(data)
        warn(f"wrote {output} ({len(data):,} bytes)")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _query_text(query: str) -> tuple[str, Any]:
    """(SPARQL text, named query or None) for a QUERY argument: @name, a file, or the text itself."""
    from citegraph import store as st

    if query.startswith("@"):
        try:
            q = st.named_query(query[1:])
        except st.StoreError as exc:
            raise UserError(str(exc)) from exc
        return q.text, q
    if "\n" not in query and len(query) < 4096 and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8"), None
    if query.strip().endswith((".rq", ".sparql")) and " " not in query.strip():
        # a query file's name, mistyped: not a query text
        raise UserError(f"no such query file: {query} (give a query text, a .rq file or @name)")
    return query, None


def _first_sentence(doc: str) -> str:
    """What a named query answers, for ``--list``: the first sentence of its comment, whole (it may run over
    several comment lines), not its first line.

    >>> _first_sentence("What a document reaffirms: the documents\\nit cites. More.\\nExample: citegraph ...")
    'What a document reaffirms: the documents it cites.'
    """
    text = " ".join(doc.split("Example:", 1)[0].split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _documents_read(opened: Any, named: Any, args: tuple[str, ...]) -> tuple[str, ...]:
    """``args`` with each document argument read as the other commands read an ID (``answers.resolve``: a
    short form, the file a text was read from, a document's name); one the store does not know is passed on as
    typed, so that the query answers nothing for it, as for any document it does not hold."""
    from citegraph.answers import AmbiguousName, UnknownId, resolve

    if len(args) != len(named.params):
        return args  # bind says what the query takes
    out = []
    for p, a in zip(named.params, args, strict=True):
        if p.type == "document" and not a.startswith(("http://", "https://")):
            try:
                a = resolve(opened, a)
            except AmbiguousName as exc:
                raise UserError(str(exc)) from exc
            except UnknownId:
                pass
        out.append(a)
    return tuple(out)


@main.command()
@click.argument("query", required=False)
@click.argument("args", nargs=-1)
@format_option("table", "json", "csv")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@store_option
def sparql(query: str | None, args: tuple[str, ...], fmt: str, list_: bool, store: Path) -> None:
    """Run SPARQL on the graph: a query text, a .rq file, or a named query @name with its ARGS.

    \b
    Prefixes cito: eli: dcterms: rdf: rdfs: xsd: cg: cgd: are predeclared, and queries see
    the union of all graphs; cgd:A/RES/75/196 and cgd:A/RES/75/196#P1 stand for the IRIs of
    a document and its paragraph. Queries only read: an update (INSERT, DELETE...) is
    refused, the store changes with add, remove and build. Named queries take IDs as the
    other commands do (short forms, file names, a document's name):
      citegraph sparql @reaffirms 75/196
      citegraph sparql @cites-both 70/1 "1373 (2001)" --format csv
      citegraph sparql 'SELECT ?d WHERE { ?d cg:reaffirms cgd:A/RES/70/1 }'
      citegraph sparql --list
    """
    from citegraph import store as st

    if list_ or not query:
        rows = [
            {
                "query": "@" + q.name,
                "arguments": " ".join(p.name.upper() for p in q.params),
                "answers": _first_sentence(q.doc),
            }
            for q in st.named_queries().values()
        ]
        emit(rows, fmt, ["query", "arguments", "answers"])
        return
    text, named = _query_text(query)
    try:
        if args and not named:
            raise st.StoreError("arguments are only taken by named queries (@name)")
        opened = st.open_store(store)
        if not st.holds_texts(opened):  # the ontology may be what is asked: the query runs all the same
            warn(st.no_texts(store))
        subs = st.bind(named, _documents_read(opened, named, args)) if named else None
        res = st.query(opened, text, subs)
    except st.StoreError as exc:
        raise UserError(str(exc)) from exc
    if res.boolean is not None:
        if fmt == "json":
            click.echo("true" if res.boolean else "false")
        else:
            emit([{"answer": "true" if res.boolean else "false"}], fmt, ["answer"])
        return
    if res.triples is not None:
        from pyoxigraph import RdfFormat, serialize

        from citegraph.graph import PREFIXES

        sys.stdout.buffer.write(serialize(res.triples, format=RdfFormat.TURTLE, prefixes=PREFIXES))
        return
    compact = fmt == "table"
    rows = [{c: st.term_text(r[c], compact) for c in res.columns} for r in res.rows]
    emit(rows, fmt, res.columns)


class _ServeCommand(click.Command):
    """``serve``, whose help ends with the PREFIX lines a client sends, made from the model's prefixes when
    the help is asked for (the command line starts without importing the store's modules)."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_help_text(ctx, formatter)
        from citegraph.store import prefix_lines

        with formatter.section("The prefixes, to paste before a query (or: citegraph serve --prefixes)"):
            formatter.write_text("\b\n" + prefix_lines())


@main.command(cls=_ServeCommand)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on."
)
@click.option(
    "--timeout",
    type=click.IntRange(1, 3600),
    default=30,
    show_default=True,
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--prefixes",
    "prefixes",
    is_flag=True,
    help="Print the PREFIX lines a query sends (the server predeclares none) and exit.",
)
@store_option
def serve(host: str, port: int, timeout: int, prefixes: bool, store: Path) -> None:
    """Serve the graph as a read-only SPARQL 1.1 Protocol endpoint (Oxigraph's server).

    \b
    Queries go to http://HOST:PORT/query and see the union of all graphs; updates are
    refused. Unlike `citegraph sparql`, the server predeclares no prefixes: a query
    declares those it uses (the PREFIX lines below), and names a document by its full
    IRI, <https://w3id.org/citegraph/id/A/RES/75/196> (cgd:A/RES/75/196, with its
    slashes, is `citegraph sparql`'s shorthand, not SPARQL). Any SPARQL client works,
    e.g. SPARQLWrapper or curl:
      citegraph serve --prefixes > q.rq
      echo 'SELECT ?t { <https://w3id.org/citegraph/id/A/RES/75/196> cg:reaffirms ?t }' >> q.rq
      curl -H 'Accept: text/csv' --data-urlencode query@q.rq http://127.0.0.1:7878/query
    """
    if prefixes:
        from citegraph.store import prefix_lines

        click.echo(prefix_lines(), nl=False)
        return
    import os
    import shutil

    from citegraph import store as st

    if not st.exists(store):
        raise UserError(f"no graph store at {store}: run `citegraph build PATH...` first (or give --store)")
    exe = Path(sys.executable).parent / "oxigraph"
    binary = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not binary:
        raise UserError("the oxigraph server is not installed (pip install oxigraph)")
    argv = [
        binary,
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout),
    ]
    warn(
        f"read-only SPARQL endpoint on http://{host}:{port}/query (timeout {timeout} s); queries declare their"
        " prefixes (citegraph serve --prefixes prints them); Ctrl-C stops it"
    )
    sys.stderr.flush()
    sys.stdout.flush()
    os.execv(binary, argv)
