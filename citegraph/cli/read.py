"""``citegraph inspect``: how a text was read (identity, paragraphs, footnotes with anchors)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from citegraph.cli.common import format_option, iter_inputs, main, warn
from citegraph.models import Document
from citegraph.reader import ReadError, read_document

#: How many characters of each paragraph the table shows.
FIRST_WORDS = 80


def _first_words(text: str, n: int = FIRST_WORDS) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + " …"


def document_json(doc: Document) -> dict[str, Any]:
    """The model of one document as JSON: meta, then paragraphs, then footnotes."""
    return {
        "meta": doc.meta.to_json(doc.name),
        "paragraphs": [
            {
                "label": p.label,
                "kind": p.kind,
                "number": p.number,
                "part": p.part,
                "start": p.start,
                "end": p.end,
                "text": " ".join(p.text.split()),
            }
            for p in doc.paragraphs
        ],
        "footnotes": [
            {
                "number": f.number,
                "anchor": f.anchor,
                "anchor_para": f.anchor_para,
                "text": " ".join(f.text.split()),
            }
            for f in doc.footnotes
        ],
    }


def _print_table(doc: Document, out: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    width = None if out.isatty() else 160
    console = Console(file=out, width=width, soft_wrap=False)
    meta = Table(title=f"{doc.name}: identity", show_header=False)
    meta.add_column("field", style="bold")
    meta.add_column("value", overflow="fold")
    for k, v in doc.meta.to_json(doc.name).items():
        if k in ("type", "doc"):
            continue
        meta.add_row(k, "; ".join(v) if isinstance(v, list) else ("" if v is None else str(v)))
    console.print(meta)
    paras = Table(title=f"{doc.name}: paragraphs", header_style="bold")
    for c in ("label", "part", "first words"):
        paras.add_column(c, overflow="fold")
    for p in doc.paragraphs:
        if p.kind != "footnote":
            paras.add_row(p.label, p.part or "", _first_words(p.text))
    console.print(paras)
    if doc.footnotes:
        fns = Table(title=f"{doc.name}: footnotes", header_style="bold")
        for c in ("no.", "in", "anchor", "text"):
            fns.add_column(c, overflow="fold")
        for f in doc.footnotes:
            fns.add_row(str(f.number), f.anchor_para or "", f.anchor or "", _first_words(f.text, 60))
        console.print(fns)


@main.command("inspect")
@click.argument("files", nargs=-1, required=True)
@format_option("table", "json")
def inspect_cmd(files: tuple[str, ...], fmt: str) -> None:
    """Show how each FILE was read: identity, paragraphs (H, P1.., O1.., F1..), footnotes and anchors.

    \b
    A file that cannot be read (missing, empty, binary, too large, not a UN text)
    gets one line on stderr; the other files are still shown; the exit code is 1.
    FILE ``-`` reads the text from standard input.
    """
    failed = 0
    docs: list[dict[str, Any]] = []
    for name in files:  # a directory named on the command line that holds nothing to read
        if Path(name).is_dir() and not iter_inputs([name]):
            warn(f"{name}: is a directory with no .txt, .md or .pdf file in it")
            failed += 1
    for path in iter_inputs(files):
        try:
            doc = read_document(path)
        except ReadError as exc:
            warn(f"{exc.path}: {exc.problem}")
            failed += 1
            continue
        if fmt == "json":
            docs.append(document_json(doc))
        else:
            _print_table(doc, sys.stdout)
    if fmt == "json":
        sys.stdout.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    if failed:
        sys.exit(1)
