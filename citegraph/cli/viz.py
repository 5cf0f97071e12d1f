"""``citegraph viz``: the interactive graph, one self-contained HTML file.

    citegraph viz -o graph.html                      the whole store
    citegraph viz 75/196 --depth 1 -o 75-196.html    75/196 and what it cites
    citegraph viz 75/196 --direction in              who cites 75/196
    citegraph viz --relation reaffirm --body GA --since 2015

The store is read with SPARQL (:func:`load_store_graph`); the page is built by the
pure functions of :mod:`citegraph.viz`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from citegraph import symbols, viz
from citegraph.cli.common import UserError, main, relation_lemma, store_option, warn


def load_store_graph(store_path: Path) -> viz.GraphData:
    """The whole citation graph of the store at ``store_path`` (opened read-only)."""
    return _graph_of(_open(store_path))


def _open(store_path: Path) -> Any:
    from citegraph import store

    try:
        return store.open_texts(store_path)
    except store.StoreError as exc:
        raise UserError(str(exc)) from exc


def _graph_of(st: Any) -> viz.GraphData:
    from citegraph import store

    def query(text: str) -> list[dict[str, str | None]]:
        res = store.query(st, text)
        return [{k: store.term_text(v) for k, v in row.items()} for row in res.rows]

    return viz.load_graph(query)


def body_code(text: str) -> str:
    """A body as a user may type it (code or alias, any case) → its code.

    >>> body_code("ga"), body_code("UNSC"), body_code("cac")
    ('GA', 'SC', 'COSP-UNCAC')
    """
    t = text.strip().upper()
    for b in symbols.BODIES.values():
        if t == b.code.upper() or t in (a.upper() for a in b.aliases):
            return b.code
    raise click.BadParameter(
        f"unknown body {text!r}; one of: {', '.join(symbols.BODIES)}", param_hint="--body"
    )


def _split(values: tuple[str, ...]) -> list[str]:
    return [v for value in values for v in value.split(",") if v.strip()]


@main.command("viz")
@click.argument("ident", required=False, metavar="[ID]")
@click.option(
    "--depth",
    type=click.IntRange(0, 20),
    default=1,
    show_default=True,
    help="With ID: how many citation steps from it.",
)
@click.option(
    "--direction",
    type=click.Choice(["out", "in", "both"]),
    default="out",
    show_default=True,
    help="With ID: follow what it cites (out), who cites it (in), or both.",
)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    metavar="R",
    help="Only links with this verb (reaffirm, recall, takes note of...); repeat or comma-separate.",
)
@click.option(
    "--body",
    "bodies",
    multiple=True,
    metavar="B",
    help="Only documents of this body (GA, SC, ECOSOC, CCPCJ...); repeat or comma-separate.",
)
@click.option(
    "--since", type=int, metavar="YEAR", help="Only documents of YEAR or later (undated ones stay)."
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=viz.DEFAULT_LIMIT,
    show_default=True,
    help="At most this many documents: the most linked, then by PageRank (the page says so).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@store_option
def viz_command(
    ident: str | None,
    depth: int,
    direction: str,
    relations: tuple[str, ...],
    bodies: tuple[str, ...],
    since: int | None,
    limit: int,
    output: Path,
    store: Path,
) -> None:
    """Write the interactive citation graph as one HTML file that works offline.

    \b
    Without ID: the whole store. With ID: the document and its neighbourhood.
    Nodes are coloured by organ and kind and sized by PageRank; links are
    coloured by verb. The page filters by verb, organ and year, finds symbols,
    and opens a document on undocs.org when clicked.
    """
    lemmas = [relation_lemma(r) for r in _split(relations)]
    codes = [body_code(b) for b in _split(bodies)]
    st = _open(store)
    root = None
    if ident:
        from citegraph.answers import UnknownId, resolve

        try:
            # as every command reads an ID: short forms, a file name, a document's name
            root = resolve(st, ident)
        except UnknownId as exc:
            raise UserError(str(exc)) from exc
    data = _graph_of(st)
    if root is not None and root not in data.node_ids():
        raise UserError(f"{root} is not in the store at {store}")
    view = viz.build_view(
        data,
        root=root,
        depth=depth,
        direction=direction,
        relations=lemmas or None,
        bodies=codes or None,
        since=since,
        limit=limit,
    )
    try:
        viz.write_html(view, output)
    except OSError as exc:
        raise UserError(f"{output}: {exc.strerror or exc}") from exc
    for note in view.notes:
        warn(note)
    warn(f"wrote {output}: {len(view.data.nodes):,} documents, {len(view.data.edges):,} links")
