"""Answer commands: what a document cites and by which verb, what cites it, and the analyses.

``citegraph reaffirms 75/196`` (one command per verb of :mod:`citegraph.verbs`),
``cites``, ``cited-by``, ``ask``, ``show``, ``top``, ``chain``, ``lineage``, ``diff``,
``identify``, ``communities``. Every command reads the store of ``--store``, prints
``--format table|json|csv`` and exits 1 with one line on stderr when something is
wrong (an unknown ID says so and suggests the nearest known ones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from citegraph.cli.common import RelationType, UserError, emit, format_option, main, store_option, warn
from citegraph.verbs import VERBS

#: Relations the ``--relation`` options accept.
RELATIONS = RelationType()


def _relation_option(what: str) -> Any:
    """``-r/--relation VERB``: only the ``what`` (references, citations) under one verb."""
    return click.option(
        "--relation",
        "-r",
        type=RELATIONS,
        metavar="VERB",
        help=f'Only {what} under this verb, as typed anywhere: reaffirm, reaffirms, Reaffirming, "takes note of", source... (a wrong one is refused with those it knows)',
    )


def command_name(lemma: str) -> str | None:
    """The command of a verb: its label in the third person, hyphenated, without "of".

    ``cite`` and ``source`` have none: ``citegraph cites ID --relation cite`` asks for them.

    >>> command_name("reaffirm"), command_name("take-note"), command_name("bear-in-mind"), command_name("cite")
    ('reaffirms', 'takes-note', 'bears-in-mind', None)
    """
    if lemma in ("cite", "source"):
        return None
    label = VERBS[lemma].label
    if label.endswith(" of"):
        label = label[:-3]
    return label.replace(" ", "-")


@contextmanager
def _answering() -> Iterator[None]:
    """Turn the lookups' errors into one line for the user and exit code 1."""
    from citegraph.answers import NotRead, UnknownId, UnknownQuestion
    from citegraph.store import StoreError
    from citegraph.symbols import SymbolError

    try:
        yield
    except (UnknownId, NotRead, UnknownQuestion, StoreError, SymbolError, FileNotFoundError) as exc:
        raise UserError(str(exc)) from exc


def _open(store: Path) -> Any:
    from citegraph.store import open_texts

    with _answering():
        return open_texts(store)  # a store without texts says so, rather than "unknown ID"


def _short_rows(rows: list[dict[str, Any]], cols: tuple[str, ...], fmt: str) -> list[dict[str, Any]]:
    """For tables, symbols in their short form, and a citing draft as the resolution it became ("72/196 (draft
    file/003_70c60a70578a8edc)", its ``draft_of`` column left out: :func:`_shown`); JSON and CSV keep
    canonical symbols and the column."""
    if fmt != "table":
        return rows
    from citegraph.answers import short_of

    out = []
    for r in rows:
        r = dict(r)
        for c in ("target", "source", "symbol"):
            if c in cols and isinstance(r.get(c), str):
                r[c] = short_of(r[c])
        if "draft_of" in cols and r.get("draft_of"):
            r["source"] = f"{short_of(r['draft_of'])} (draft {r['source']})"
        if "passed_over" in cols and r.get("passed_over"):
            r["passed_over"] = [short_of(k) for k in r["passed_over"]]
        out.append(r)
    return out


def _shown(cols: tuple[str, ...], fmt: str) -> tuple[str, ...]:
    """The columns a format shows: a table has a citing draft's resolution in its ``source`` (:func:`_short_rows`)."""
    return tuple(c for c in cols if c != "draft_of") if fmt == "table" else cols


def _lookup(ident: str, relation: str | None, store: Path, fmt: str, incoming: bool = False) -> None:
    from citegraph import answers

    with _answering():
        st = _open(store)
        key = answers.resolve(st, ident)
        rows = answers.cited_by(st, key, relation) if incoming else answers.references(st, key, relation)
        note = None if incoming else answers.read_note(st, key, rows)
        if note:
            warn(note)
    cols = answers.IN_COLUMNS if incoming else answers.OUT_COLUMNS
    verb = VERBS[relation].label if relation else "cites"
    title = f"what {verb} {answers.short_of(key)}" if incoming else f"what {answers.short_of(key)} {verb}"
    emit(
        _short_rows(rows, cols, fmt),
        fmt,
        _shown(cols, fmt),
        title=f"{title}: {_count(rows, 'source' if incoming else 'target')}",
    )


def _count(rows: list[dict[str, Any]], end: str) -> str:
    """A table's count: its rows, one per document and verb, and the documents when fewer ("199 rows, 141
    documents"), so that the count of texts citing 70/1 reads as the documents that cite it."""
    docs = len({r[end] for r in rows})
    return f"{len(rows)} rows, {docs} documents" if docs != len(rows) else str(len(rows))


def _verb_command(lemma: str) -> Callable[..., None]:
    def command(ident: str, store: Path, fmt: str) -> None:
        _lookup(ident, lemma, store, fmt)

    command.__doc__ = (
        f"What ID {VERBS[lemma].label}: each target with its date, title, and the paragraph "
        f"(P1, O12, F6) where it is cited.\n\n{VERBS[lemma].comment}"
    )
    return command


for _lemma in VERBS:
    _name = command_name(_lemma)
    if _name:
        main.command(_name)(
            format_option()(store_option(click.argument("ident", metavar="ID")(_verb_command(_lemma))))
        )


@main.command()
@click.argument("ident", metavar="ID")
@_relation_option("references")
@store_option
@format_option()
def cites(ident: str, relation: str | None, store: Path, fmt: str) -> None:
    """What ID cites, by verb: target, date, title, verb, paragraph.

    \b
    ID in any short form, or a document's name:
      citegraph cites 75/196
      citegraph cites "S/RES/1373 (2001)" --relation reaffirm --format csv
    """
    _lookup(ident, relation, store, fmt)


@main.command("cited-by")
@click.argument("ident", metavar="ID")
@_relation_option("citations")
@store_option
@format_option()
def cited_by(ident: str, relation: str | None, store: Path, fmt: str) -> None:
    """What cites ID: each citing text with its date, title, the verb and the paragraph.

    \b
    ID in any short form, or a document's name:
      citegraph cited-by 70/1 --relation reaffirm
      citegraph cited-by "the Convention on the Rights of the Child" --format json
    """
    _lookup(ident, relation, store, fmt, incoming=True)


@main.command()
@click.argument("question", nargs=-1, required=True)
@store_option
@format_option()
def ask(question: tuple[str, ...], store: Path, fmt: str) -> None:
    """Answer a question in plain words.

    \b
    Questions it knows:
      what does X <verb>     what does 75/196 reaffirm / take note of / cite
      what <verbs> X         what reaffirms 70/1, what recalls 1373 (2001)
      who cites X
      chain of X
      what changed from A to B
      most cited [by BODY]
    """
    from citegraph import answers

    with _answering():
        st = _open(store)
        ans = answers.ask(st, " ".join(question))
    if ans.note:
        warn(ans.note)
    end = {"out": "target", "in": "source"}.get(ans.form)
    count = _count(ans.rows, end) if end else str(len(ans.rows))
    emit(
        _short_rows(ans.rows, ans.columns, fmt),
        fmt,
        _shown(ans.columns, fmt),
        title=f"{ans.heading}: {count}",
    )


@main.command()
@click.argument("ident", metavar="ID")
@store_option
@format_option()
def show(ident: str, store: Path, fmt: str) -> None:
    """Everything about ID: identity, counts by verb, what it cites, what cites it, its link.

    \b
      citegraph show 75/196
      citegraph show "UNTS 2349/42146"        (or: "United Nations Convention against Corruption")
    """
    from citegraph import answers

    with _answering():
        info = answers.show(_open(store), ident)
    if fmt == "json":
        emit([info], "json")
        return
    fields = {k: v for k, v in info.items() if k not in ("cites", "cited_by")}
    if fmt == "csv":
        # one table: what it cites and what cites it, which the terminal shows as tables of their own
        fields["cites"] = list(dict.fromkeys(r["target"] for r in info["cites"]))
        fields["cited_by"] = list(dict.fromkeys(r["source"] for r in info["cited_by"]))
    facts = [{"field": k, "value": v} for k, v in fields.items() if v not in (None, {}, "", [])]
    for f in facts:  # several values in one cell are joined with "; ", as in every table and CSV
        if isinstance(f["value"], dict):
            f["value"] = [f"{k} {v}" for k, v in f["value"].items()]
    emit(facts, fmt, ("field", "value"), title=answers.short_of(info["key"]))
    if fmt == "table":
        emit(
            _short_rows(info["cites"], answers.OUT_COLUMNS, fmt),
            fmt,
            answers.OUT_COLUMNS,
            title=f"cites: {len(info['cites'])}",
        )
        emit(
            _short_rows(info["cited_by"], answers.IN_COLUMNS, fmt),
            fmt,
            _shown(answers.IN_COLUMNS, fmt),
            title=f"cited by: {len(info['cited_by'])}",
        )


def _body_code(text: str | None) -> str | None:
    """A body as typed (code or alias, any case) -> its code; a usage error otherwise."""
    if text is None:
        return None
    from citegraph.answers import body_code

    try:
        return body_code(text)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--body") from exc


def _graph(store: Path) -> Any:
    from citegraph import answers

    with _answering():
        return answers.load_graph(_open(store))


@main.command()
@click.option(
    "--by",
    "by",
    type=click.Choice(["pagerank", "hits-authority", "hits-hub", "in-degree", "betweenness"]),
    default="pagerank",
    show_default=True,
    help="The centrality measure.",
)
@click.option(
    "--body",
    callback=lambda ctx, param, v: _body_code(v),
    help="Only documents of this body (GA, SC, ECOSOC, CCPCJ...; aliases such as UNSC and full names too).",
)
@_relation_option("citations")
@click.option(
    "--limit", "-n", type=click.IntRange(1), default=20, show_default=True, help="How many documents to list."
)
@store_option
@format_option()
def top(by: str, body: str | None, relation: str | None, limit: int, store: Path, fmt: str) -> None:
    """The most central documents: PageRank, HITS authorities or hubs, in-degree, betweenness.

    \b
      citegraph top                              what holds the field together (PageRank)
      citegraph top --by in-degree --body SC     the most cited Security Council resolutions
      citegraph top --relation reaffirm -n 10    the most reaffirmed
    """
    from citegraph import analysis, answers

    rows = analysis.top(_graph(store), by, relation, body, limit)
    emit(_short_rows(rows, answers.TOP_COLUMNS, fmt), fmt, answers.TOP_COLUMNS, title=f"top by {by}")


@main.command()
@click.argument("ident", metavar="ID")
@store_option
@format_option()
def chain(ident: str, store: Path, fmt: str) -> None:
    """The earlier versions of ID's resolution series, newest first, with each link's evidence.

    Each step is the newest earlier version (same title) that the one before cites,
    normally "Reaffirming its resolutions ...". A version read only as a draft
    without a symbol stands for the resolution it was identified as.
    """
    from citegraph import answers

    with _answering():
        st = _open(store)
        key = answers.resolve(st, ident)
        rows = answers.chain_rows(answers.load_graph(st), key)
    if fmt == "table":
        click.echo(" → ".join(answers.short_of(r["symbol"]) for r in rows))
    skipped = [answers.short_of(k) for r in rows for k in r["passed_over"]]
    if skipped:
        warn(
            f"the links pass over {len(skipped)} document(s) cited beside the next version (same verb, same"
            f" paragraph) whose texts were not read: {', '.join(skipped)} (column passed_over); add their texts"
            " to follow the chain through them"
        )
    emit(
        _short_rows(rows, answers.CHAIN_COLUMNS, fmt),
        fmt,
        answers.CHAIN_COLUMNS,
        title=f"chain of {answers.short_of(key)}: {len(rows)} version{'s' * (len(rows) != 1)}",
    )


@main.command()
@store_option
@format_option()
def lineage(store: Path, fmt: str) -> None:
    """The resolution series found among the texts read: title and versions, newest first."""
    from citegraph import answers

    rows = answers.lineage_rows(_graph(store))
    emit(rows, fmt, ("series", "count", "title", "versions"), title=f"series: {len(rows)}")


@main.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@store_option
@format_option()
def diff(a: str, b: str, store: Path, fmt: str) -> None:
    """References added and dropped from version A to version B, by verb."""
    from citegraph import answers

    with _answering():
        st = _open(store)
        ka, kb = answers.resolve(st, a), answers.resolve(st, b)
        rows = answers.diff_rows(st, ka, kb)
        for key in (ka, kb):
            if note := answers.read_note(st, key):
                warn(note)
    cols = answers.DIFF_COLUMNS
    added = sum(r["change"] == "added" for r in rows)
    emit(
        _short_rows(rows, cols, fmt),
        fmt,
        cols,
        title=f"{answers.short_of(ka)} → {answers.short_of(kb)}: {added} added, {len(rows) - added} dropped",
    )


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--apply", "apply_", is_flag=True, hidden=True)  # before build recorded it: says so
@store_option
@format_option()
def identify(file: Path, apply_: bool, store: Path, fmt: str) -> None:
    """Rank the symbols a text without a printed one may bear, with the evidence.

    The evidence is the graph's: the text's session, its series (same title among
    the texts read) and what the later versions reaffirm, with dates. The text is
    taken from the store when it was built into it, else read now. The best
    candidate, if a later version reaffirms it, is the text's inferred symbol.
    FILE ``-`` reads the text from standard input.

    build, add and remove record each draft's inferred symbol in the store
    (cg:inferredSymbol, cg:becomes): what 72/196 reaffirms is then answered from
    its draft when its own text was not read.
    """
    from citegraph import answers
    from citegraph.reader import STDIN, STDIN_NAME

    if apply_:
        raise UserError(
            "--apply is no longer needed: build, add and remove record each draft's inferred symbol in the"
            " store themselves"
        )
    with _answering():
        st = _open(store)
        key, rows = answers.identify_file(st, file)
        del st
    name = STDIN_NAME if str(file) == STDIN else file.name
    if not rows:
        warn(f"{file}: no candidate: no later version of its series cites a resolution of its session")
    elif not rows[0]["reaffirmed_by"]:
        warn(
            f"{file}: no inferred symbol: no later version of its series reaffirms a resolution of its session"
        )
    elif fmt == "table" and not key.startswith("file/"):
        # a text that prints its symbol: the ranking is what the graph alone would say, not an inferred symbol
        click.echo(f"{name}: prints its own symbol {key}; the graph alone ranks {rows[0]['symbol']} first")
    elif fmt == "table":
        click.echo(f"{name}: inferred_symbol {rows[0]['symbol']}")
    tied = [
        r["symbol"]
        for r in rows[1:]
        if (r["score"], r["reaffirmed_by"]) == (rows[0]["score"], rows[0]["reaffirmed_by"])
    ]
    if tied and rows[0]["reaffirmed_by"]:  # said, not hidden: the order of the later versions' lists decides
        warn(
            f"{file}: {rows[0]['symbol']} ties with {', '.join(tied)} on score; it is first because the later"
            " versions list it first (a series' own version opens the list of its session's resolutions)"
        )
    emit(rows, fmt, ("rank", "symbol", "score", "reaffirmed_by", "evidence"), title=f"candidates for {key}")


@main.command()
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of the Louvain method.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(1),
    default=20,
    show_default=True,
    help="How many communities to list, the largest first.",
)
@store_option
@format_option()
def communities(seed: int, limit: int, store: Path, fmt: str) -> None:
    """Policy clusters (Louvain communities of the citation graph) with their most cited documents."""
    from citegraph import analysis

    rows = analysis.communities(_graph(store), seed=seed)[:limit]
    emit(rows, fmt, ("community", "size", "read", "top", "title"), title=f"communities: {len(rows)}")
