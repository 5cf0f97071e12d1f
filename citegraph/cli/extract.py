"""``citegraph extract PATH...``: every reference each text makes, typed by its verb.

``--format jsonl`` writes SCHEMA.md exactly: per document a meta line, then one
line per reference occurrence, each with a ``doc`` field. ``table``, ``json``
and ``csv`` give the reference rows only. Directories recurse; a file that
cannot be read is reported on stderr and the others are still processed
(exit status 1).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from citegraph.cli.common import emit, format_option, iter_inputs, main, warn

COLUMNS = ("doc", "para", "surface", "target", "kind", "body", "date", "relation", "anchor", "start", "end")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("jsonl", "json", "csv", "table", default="table")
def extract_cmd(paths: tuple[str, ...], fmt: str) -> None:
    """Every reference the texts at PATHS make (directories recurse).

    \b
      citegraph extract data/002_06d523d3b5c07408.txt
      citegraph extract data/ --format jsonl > refs.jsonl
    """
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    failed = False
    rows: list[dict[str, Any]] = []
    out = sys.stdout
    for path in iter_inputs(paths):
        try:
            doc = read_document(path)
            refs = extract_references(doc)
        except Exception as exc:  # one bad file must not stop the others
            warn(f"{path}: {_reason(exc)}")
            failed = True
            continue
        if fmt == "jsonl":
            out.write(json.dumps(doc.meta.to_json(doc.name), ensure_ascii=False) + "\n")
            for r in refs:
                out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
            out.flush()
        else:
            rows.extend({k: v for k, v in r.to_json().items() if k != "type"} for r in refs)
    if fmt != "jsonl":
        emit(rows, fmt, COLUMNS, title="references")
    if failed:
        sys.exit(1)


def _reason(exc: Exception) -> str:
    """One line that says what went wrong, without a traceback."""
    problem = getattr(exc, "problem", None)  # reader.ReadError carries its own one-line problem
    if problem:
        return str(problem)
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__
