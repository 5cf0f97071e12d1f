"""``citegraph extract PATH...``: every reference each text makes, typed by its verb.

``--format jsonl`` writes SCHEMA.md exactly: per document a meta line, then one
line per reference occurrence, each with a ``doc`` field. A text without a printed
symbol (a draft) is written last, with the ``inferred_symbol`` that the other texts
of the run support (a later version of its series reaffirming it), else null. ``table``, ``json``
and ``csv`` give the reference rows only. Directories recurse; a file that
cannot be read is reported on stderr and the others are still processed
(exit status 1).
"""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace
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
    seen: list[tuple[Any, list[Any]]] = []  # (document without its text, references): the run
    drafts: list[tuple[Any, list[Any]]] = []  # texts without a printed symbol: written last
    for path in iter_inputs(paths):
        try:
            doc = read_document(path)
            refs = extract_references(doc)
        except Exception as exc:  # one bad file must not stop the others
            warn(f"{path}: {_reason(exc)}")
            failed = True
            continue
        if fmt == "jsonl":
            seen.append((SimpleNamespace(name=doc.name, meta=doc.meta), refs))
            if doc.meta.symbol is None:
                drafts.append((doc, refs))
            else:
                _write_jsonl(out, doc, refs)
        else:
            rows.extend({k: v for k, v in r.to_json().items() if k != "type"} for r in refs)
    if drafts:
        from citegraph import answers  # networkx and the store: only when a draft needs them

        docs = [answers.document_row(d) for d, _ in seen]
        cites = [c for d, refs in seen for c in answers.citation_rows_of(answers.text_key(d), refs)]
        inferred = answers.infer_symbols(docs, cites, [answers.text_key(d) for d, _ in drafts])
        for doc, refs in drafts:
            doc.meta.inferred_symbol = inferred.get(answers.text_key(doc))
            _write_jsonl(out, doc, refs)
    if fmt != "jsonl":
        emit(rows, fmt, COLUMNS, title="references")
    if failed:
        sys.exit(1)


def _write_jsonl(out: Any, doc: Any, refs: list[Any]) -> None:
    out.write(json.dumps(doc.meta.to_json(doc.name), ensure_ascii=False) + "\n")
    for r in refs:
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
    out.flush()


def _reason(exc: Exception) -> str:
    """One line that says what went wrong, without a traceback."""
    problem = getattr(exc, "problem", None)  # reader.ReadError carries its own one-line problem
    if problem:
        return str(problem)
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__
