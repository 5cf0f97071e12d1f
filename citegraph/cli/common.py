"""What every citegraph command shares: the group, output formats, errors, the store path.

Conventions (keep them when adding a command):

- results go to stdout in ``--format table|json|csv`` (and ``jsonl`` where rows are
  SCHEMA.md lines); messages and progress go to stderr;
- a problem with one input prints one line ``citegraph: FILE: problem`` to stderr and
  the command goes on with the other inputs, then exits 1; usage errors exit 2;
- no traceback reaches the user: :class:`UserError` carries the message.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

#: Where the store lives when neither ``--store`` nor ``CITEGRAPH_STORE`` says otherwise:
#: ``.citegraph/store`` under the current directory, like ``.git``.
DEFAULT_STORE = Path(".citegraph") / "store"

FORMATS = ("table", "json", "csv")


class UserError(click.ClickException):
    """An error the user can act on: printed as one line, exit code 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"citegraph: {self.format_message()}", err=True)


#: How ``citegraph --help`` groups the commands, in pipeline order. A command not
#: listed here is one of the verb lookups (``reaffirms``, ``recalls``...).
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Read and extract", ("inspect", "extract")),
    ("Build and query the graph", ("build", "add", "remove", "export", "sparql", "serve")),
    ("Answers", ("ask", "show", "cites", "cited-by", "diff", "chain", "lineage", "identify")),
    ("Analyses and views", ("top", "communities", "viz", "demo")),
]


def relation_lemma(text: str) -> str:
    """A ``--relation`` value as a user types it (:func:`citegraph.verbs.relation_lemma`) -> its lemma; a wrong
    one is a usage error that lists them all.

    >>> relation_lemma("Reaffirms"), relation_lemma("takes note of"), relation_lemma("cg:recalls")
    ('reaffirm', 'take-note', 'recall')
    """
    from citegraph.verbs import VERBS
    from citegraph.verbs import relation_lemma as lemma_of

    lemma = lemma_of(text)
    if lemma is None:
        import difflib

        near = difflib.get_close_matches(text.strip().lower(), sorted(VERBS), n=3, cutoff=0.7)
        hint = f"did you mean {' or '.join(near)}? " if near else ""
        raise click.BadParameter(
            f"unknown relation {text!r}; {hint}one of: {', '.join(sorted(VERBS))}", param_hint="--relation"
        )
    return lemma


class RelationType(click.ParamType):
    """A ``--relation VERB`` value as a user types it: ``reaffirm``, ``reaffirms``, ``takes note of``,
    ``is-alarmed-at`` (:func:`relation_lemma`); given to the command as its lemma."""

    name = "VERB"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        return relation_lemma(str(value))


class SectionedGroup(click.Group):
    """A click group whose help lists commands by section, the verb lookups last and compact."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        placed: set[str] = set()
        for title, members in SECTIONS:
            rows = []
            for name in members:
                cmd = self.get_command(ctx, name)
                if cmd is not None and not cmd.hidden:
                    rows.append((name, cmd.get_short_help_str(limit=90)))
                    placed.add(name)
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        verbs = [n for n in names if n not in placed]
        if verbs:
            with formatter.section("Lookups by verb (citegraph VERB ID: what ID reaffirms, recalls...)"):
                formatter.write_text(", ".join(verbs))


@click.group(
    cls=SectionedGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(package_name="citegraph")
def main() -> None:
    """citegraph — the citation graph of United Nations documents.

    \b
    Read UN texts, extract every reference they make, build an RDF graph and ask it:
      citegraph inspect data/002_*.txt          how a text was read
      citegraph extract data/ --format jsonl    every reference, typed by its verb
      citegraph build data/                     the graph, in an on-disk store
      citegraph reaffirms 75/196                what 75/196 reaffirms
      citegraph ask "who cites 70/1"            questions in plain words
      citegraph viz 75/196 -o graph.html        the interactive graph

    IDs may be typed short: 75/196, A/RES/75/196, ECOSOC 2017/15, 1373 (2001), SC 1373, UNTS 2225/39574,
    as a text prints them: "Security Council resolution 1373 (2001)", or by a document's name:
    "Convention on the Rights of the Child".
    """


def store_option(f: Any) -> Any:
    """``--store DIR`` (env ``CITEGRAPH_STORE``, default ``./.citegraph/store``)."""
    return click.option(
        "--store",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="CITEGRAPH_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        help="Directory of the graph store (env CITEGRAPH_STORE).",
    )(f)


def workers_option(f: Any) -> Any:
    """``-j/--workers N``: processes reading texts in parallel; ``workers`` is None for one per core."""
    return click.option(
        "-j",
        "--workers",
        type=click.IntRange(1, 64),
        default=None,
        help="Processes reading texts in parallel; the output is the same for any number  [default: number of cores]",
    )(f)


def format_option(*choices: str, default: str = "table") -> Any:
    """``--format`` with the given choices (table, json, csv by default)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices or FORMATS),
        default=default,
        show_default=True,
        help="Output format.",
    )


def warn(msg: str) -> None:
    """One line on stderr, prefixed so that a user knows who speaks."""
    click.echo(f"citegraph: {msg}", err=True)


class Progress:
    """Progress over ``total`` texts on stderr, for work that takes a while.

    A transient rich bar (what, done/total, time, the file at hand) when stderr is a terminal and ``bar``
    allows it; else, with ``lines``, a line every tenth of the way (``citegraph build`` in a log), or
    nothing (``citegraph extract``, whose stderr in a pipeline is kept for the files that cannot be read).
    :meth:`step` takes a build's prepared text (its ``path`` and ``error``, warned about) or a file name.
    """

    def __init__(self, total: int, what: str, *, lines: bool = True, bar: bool = True) -> None:
        self.total, self.done, self.what, self.lines = total, 0, what, lines
        self.bar: Any = None
        if bar and total and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[file]}"),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.bar.add_task(what, total=total, file="")
            self.bar.start()

    def step(self, item: Any) -> None:
        """One more text done: ``item`` a prepared text (warned about if it failed) or a file name."""
        self.done += 1
        name = item if isinstance(item, (str, Path)) else item.path
        if name is not item and item.error:
            self.warn(f"{item.path}: {item.error}")
        if self.bar is not None:
            self.bar.update(self.task, advance=1, file=Path(name).name)
        elif (
            self.lines
            and self.total
            and (self.done * 10 // self.total) != ((self.done - 1) * 10 // self.total)
        ):
            warn(f"{self.what}: {self.done}/{self.total} texts read")

    def warn(self, msg: str) -> None:
        """:func:`warn`, printed above the bar while there is one (not through it)."""
        if self.bar is not None:
            self.bar.console.print(f"citegraph: {msg}", markup=False, highlight=False, soft_wrap=True)
        else:
            warn(msg)

    def stop(self) -> None:
        """Take the bar off the terminal (it leaves no trace)."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: Any = None,
) -> None:
    """Print ``rows`` as a rich table, a JSON array or CSV with a header line."""
    out = out or sys.stdout
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in columns})
        out.write(buf.getvalue())
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*(_cell(r.get(c)) for c in columns))
        width = None if out.isatty() else 160
        Console(file=out, width=width, soft_wrap=False).print(table)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(map(str, v))
    return str(v)


#: Files that sit beside the texts in corpus folders and describe them (``SOURCE.md``, ``README.md``): not
#: UN texts, so a directory walk passes them over; named on their own, they are read like any file.
NOT_TEXTS = frozenset({"readme.md", "source.md", "license.md", "changelog.md", "contributing.md"})


def iter_inputs(paths: Iterable[str], suffixes: tuple[str, ...] = (".txt", ".md", ".pdf")) -> list[Path]:
    """Expand directories (recursively, sorted) into the files citegraph reads, each once.

    A directory gives its ``.txt``, ``.md`` and ``.pdf`` files, without the notes that describe a
    folder (:data:`NOT_TEXTS`, in any case: ``SOURCE.md``, ``README.md``) and without what hides below
    it (a name that starts with "."): ``citegraph extract .`` in a project does not read its ``.venv``
    or ``.git``. Paths named explicitly
    are kept whatever their suffix or name, so that a bad file is reported rather than silently
    skipped.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(
                sorted(
                    q
                    for q in p.rglob("*")
                    if q.is_file()
                    and q.suffix.lower() in suffixes
                    and q.name.lower() not in NOT_TEXTS
                    and not any(part.startswith(".") for part in q.relative_to(p).parts)
                )
            )
        else:
            files.append(p)
    return list(dict.fromkeys(files))
