"""``citegraph demo``: the tour that ``make demo`` runs over ``data/``.

It runs the user-facing commands themselves, each announced with the command
line a user would type, so the demo doubles as a lesson in the CLI:

1. ``inspect``  — each demo text's identity and its paragraph and footnote counts;
2. ``extract``  — what each text cites, grouped by relation;
3. ``build``    — the graph, in the on-disk store;
4. ``viz``      — the interactive graph, written to ``out/graph.html``;
5. ``ask``      — and last, the answer to "what does 75/196 reaffirm".
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import click

from citegraph.cli.common import UserError, iter_inputs, main, store_option, warn


def _say(cmd: str) -> None:
    click.secho(f"\n$ {cmd}", bold=True)


def _identity(paths: list[Path]) -> list[tuple[Path, object]]:
    from citegraph.reader import ReadError, read_document

    docs = []
    for p in paths:
        try:
            doc = read_document(p)
        except ReadError as exc:
            warn(f"{exc.path}: {exc.problem}")
            continue
        m = doc.meta
        ident = m.symbol or "(no printed symbol)"
        click.echo(
            f"{p.name}  {ident}  {m.doc_type or '?'}  session {m.session or '?'}  {m.date or 'undated'}\n"
            f"    {m.preambular_count} preambular, {m.operative_count} operative paragraphs, "
            f"{m.footnote_count} footnotes — {(m.title or '')[:80]}"
        )
        docs.append((p, doc))
    return docs


def _citations(docs: list[tuple[Path, object]]) -> None:
    from citegraph.references import extract_references
    from citegraph.symbols import short

    for p, doc in docs:
        refs = extract_references(doc)  # type: ignore[arg-type]
        by_rel: dict[str, list[str]] = defaultdict(list)
        used: dict[str, set[str]] = defaultdict(
            set
        )  # a footnote's sources, by the verb where its mark stands
        for r in refs:
            s = short(r.target)
            if s not in by_rel[r.relation]:
                by_rel[r.relation].append(s)
            if r.anchor_relation:
                used[r.anchor_relation].add(s)
        click.echo(f"{p.name}: {len(refs)} references")
        for rel in sorted(by_rel, key=lambda k: (-len(by_rel[k]), k)):
            items = by_rel[rel]
            shown = ", ".join(items[:12]) + (f", … (+{len(items) - 12})" if len(items) > 12 else "")
            click.echo(f"    {rel:<12} {len(items):>3}  {shown}")
            if rel == "source" and used:
                verbs = ", ".join(
                    f"{v} {len(t)}" for v, t in sorted(used.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                )
                click.echo(f"    {'':<12}      where their marks stand: {verbs}")


@main.command()
@click.argument("data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("data"))
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/graph.html"),
    show_default=True,
    help="Where to write the interactive graph.",
)
@click.pass_context
def demo(ctx: click.Context, data: Path, store: Path, output: Path) -> None:
    """Tour citegraph on the demo texts in DATA (default: data/).

    Reads each text, shows what it cites by relation, builds the graph store,
    writes the interactive graph and ends with the answer to "what does 75/196 reaffirm".
    A store that holds texts from elsewhere is not replaced: the demo stops and says so.
    """
    from citegraph import store as st

    paths = iter_inputs([str(data)])
    others = st.source_files(store) - {p.name for p in paths}
    if others:  # the demo's build would replace a store of the user's own texts
        raise UserError(
            f"the store at {store} holds {len(others)} text(s) that are not in {data} (such as"
            f" {sorted(others)[0]}): the demo would replace it; give the demo a store of its own"
            " (--store .citegraph/demo) or remove that one first"
        )
    _say(f"citegraph inspect {data}/*   # identity and layout of each demo text")
    docs = _identity(paths)
    _say(f"citegraph extract {data}/    # what each text cites, by relation")
    _citations(docs)

    build = main.get_command(ctx, "build")
    _say(f"citegraph build {data} --store {store}")
    ctx.invoke(build, paths=(str(data),), store=store)

    viz = main.get_command(ctx, "viz")
    output.parent.mkdir(parents=True, exist_ok=True)
    _say(f"citegraph viz -o {output}")
    ctx.invoke(viz, store=store, output=output)
    click.echo(f"Open {output} in a browser to explore the graph (works offline).")

    ask = main.get_command(ctx, "ask")
    _say('citegraph ask "what does 75/196 reaffirm"')
    ctx.invoke(ask, question=("what does 75/196 reaffirm",), store=store)
