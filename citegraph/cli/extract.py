"""``citegraph extract PATH...``: every reference each text makes, typed by its verb.

``--format jsonl`` writes SCHEMA.md exactly: per document a meta line, then one
line per reference occurrence, each with a ``doc`` field. A text without a printed
symbol (a draft) is written last, with the ``inferred_symbol`` that the other texts
of the run support (a later version of its series reaffirming it), else null. A draft that
the run leaves without one is also compared with the texts beside it, in its own folder,
that print its title: the series' versions are kept together (``data/``). ``table``, ``json``
and ``csv`` give the reference rows only. On a terminal, a progress bar on stderr shows
how far a long run is (it leaves no trace). Texts are read in ``--workers`` processes
(one per core), the output in the order of the files whatever their number. Directories
recurse (their .txt, .md and .pdf files, without a folder's notes: README.md, SOURCE.md);
``-`` reads standard input (text or a PDF), whose document is named ``<stdin>``. A file
that cannot be read is reported on stderr and the others are still processed
(exit status 1).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click

from citegraph.cli.common import (
    Progress,
    UserError,
    emit,
    format_option,
    iter_inputs,
    main,
    workers_option,
)
from citegraph.reader import STDIN, ReadError, read_document, read_stdin
from citegraph.symbols import file_symbol
from citegraph.workers import count, ordered_map

#: The table, CSV and JSON columns: ``doc`` the file read, ``doc_symbol`` the symbol it prints (or its file's
#: name encodes), then one reference per row as SCHEMA.md has it, and for a footnote's reference the paragraph
#: its mark stands in and the verb there (models.Reference).
COLUMNS = (
    "doc", "doc_symbol", "para", "surface", "target", "kind", "body", "date", "relation", "anchor", "start", "end",
    "anchor_para", "anchor_relation",
)  # fmt: skip
#: The terminal table's, narrower: no kind (the target tells) nor offsets, and where a footnote's source is
#: used as one cell, ``used`` ("P2 reaffirm").
TABLE_COLUMNS = (
    "doc",
    "doc_symbol",
    "para",
    "surface",
    "target",
    "body",
    "date",
    "relation",
    "anchor",
    "used",
)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("jsonl", "json", "csv", "table", default="table")
@workers_option
@click.option(
    "--alone",
    is_flag=True,
    help="Infer a draft's symbol from the texts of the run only, not also from the texts beside it.",
)
def extract_cmd(paths: tuple[str, ...], fmt: str, workers: int | None, alone: bool) -> None:
    """Every reference the texts at PATHS make (directories recurse; README.md and SOURCE.md are skipped).

    A text may be a PDF, its extracted text (pypdf, PyMuPDF, pdftotext in its default, -raw or -layout
    mode), a markdown conversion, or the text flattened onto one line as a table of UN texts prints it
    (its lines are found again).

    With --format jsonl, a draft (no printed symbol) gets the symbol that a later
    version of its series reaffirms, read in the run or beside the draft.

    \b
      citegraph extract data/002_06d523d3b5c07408.txt
      citegraph extract data/ --format jsonl > refs.jsonl
      citegraph extract data/003_70c60a70578a8edc.txt --format jsonl   # inferred from data/'s other texts
      pdftotext A_RES_78_1.pdf - | citegraph extract -                  # - is standard input, named <stdin>
    """
    failures = 0
    rows: list[dict[str, Any]] = []
    out = sys.stdout
    seen: list[tuple[Any, list[Any]]] = []  # (document without its text, references): the run
    drafts: list[tuple[Any, list[Any]]] = []  # texts without a printed symbol: written last
    files = iter_inputs(paths)
    if not files:
        raise UserError("no texts to read in " + " ".join(paths) + " (.txt, .md or .pdf files)")
    jobs = [(p, *_stdin()) if str(p) == STDIN else (p, None, None) for p in files]
    # a bar on a terminal's stderr, unless JSON Lines are being written to that terminal as they come
    bar = Progress(len(files), "extracting", lines=False, bar=fmt != "jsonl" or not out.isatty())
    try:
        for path, (doc, refs, error) in zip(
            files, ordered_map(_extract_one, jobs, count(workers)), strict=True
        ):
            bar.step(path)
            if error is not None:  # one bad file must not stop the others
                bar.warn(f"{path}: {error}")
                failures += 1
                continue
            if fmt == "jsonl":
                seen.append((doc, refs))
                if doc.meta.symbol is None:
                    drafts.append((doc, refs))
                else:
                    _write_jsonl(out, doc, refs)
            else:
                own = doc.meta.symbol or file_symbol(doc.name)
                for r in refs:
                    row = {k: v for k, v in r.to_json().items() if k != "type"}
                    rows.append({"doc": row.pop("doc"), "doc_symbol": own} | row)
    finally:
        bar.stop()
    if drafts:
        from citegraph import answers  # networkx and the store: only when a draft needs them

        docs = [answers.document_row(d) for d, _ in seen]
        cites = [c for d, refs in seen for c in answers.citation_rows_of(answers.text_key(d), refs)]
        keys = [answers.text_key(d) for d, _ in drafts]
        inferred = answers.infer_symbols(docs, cites, keys)
        lacking = [d for d, _ in drafts if answers.text_key(d) not in inferred]
        if lacking and not alone:
            for d, refs in _beside(lacking, {Path(s.path).resolve() for s, _ in seen}):
                docs.append(answers.document_row(d))
                cites += answers.citation_rows_of(answers.text_key(d), refs)
            inferred = answers.infer_symbols(docs, cites, keys)
        for doc, refs in drafts:
            doc.meta.inferred_symbol = inferred.get(answers.text_key(doc))
            _write_jsonl(out, doc, refs)
    # when nothing was read, the reasons on stderr are the whole answer, not an empty table under them
    if fmt != "jsonl" and not (fmt == "table" and failures == len(files)):
        if fmt == "table":
            for r in rows:
                r["used"] = f"{r['anchor_para']} {r['anchor_relation']}" if r["anchor_relation"] else None
        emit(rows, fmt, TABLE_COLUMNS if fmt == "table" else COLUMNS, title="references")
    if failures:
        sys.exit(1)


def _stdin() -> tuple[str | None, str | None]:
    """Standard input's text, read here (a worker process cannot read it), or why it cannot be read."""
    try:
        return read_stdin(), None
    except ReadError as exc:
        return None, exc.problem


def _extract_one(job: tuple[Path, str | None, str | None]) -> tuple[Any, list[Any], str | None]:
    """The document read from ``path`` (its name, path and meta: what the output needs, not its
    text) and its references, or the one-line reason it could not be read. Runs in a worker.

    ``job``: the path, its text when already read (standard input), or why it could not be.
    """
    from citegraph.references import extract_references

    path, text, error = job
    if error is not None:
        return None, [], error
    try:
        doc = read_document(path, text)
        refs = extract_references(doc)
    except Exception as exc:  # reported by the caller, which goes on with the other files
        return None, [], _reason(exc)
    return SimpleNamespace(name=doc.name, path=doc.path, meta=doc.meta), refs, None


def _beside(drafts: list[Any], skip: set[Path]) -> list[tuple[Any, list[Any]]]:
    """The texts in the drafts' folders (not in ``skip``) that print a draft's title, read and extracted.

    A cheap test first: a text file is read in full only if the first words of a draft's title
    appear in it (line breaks aside). PDFs are not opened: their text is costly to get.
    """
    import regex

    from citegraph.references import extract_references

    titles: dict[Path, list[regex.Pattern[str]]] = {}
    for d in drafts:
        if d.path == STDIN:
            continue  # standard input has no folder
        words = (d.meta.title or "").split()[:8]
        if len(words) >= 3:
            pattern = regex.compile(r"\s+".join(regex.escape(w) for w in words), regex.I)
            titles.setdefault(Path(d.path).resolve().parent, []).append(pattern)
    out: list[tuple[Any, list[Any]]] = []
    for folder, patterns in titles.items():
        for p in sorted(folder.iterdir()):
            if p.suffix.lower() not in (".txt", ".md") or p.resolve() in skip or not p.is_file():
                continue
            try:
                raw = p.read_text(encoding="utf-8", errors="replace")
                if any(t.search(raw) for t in patterns):
                    doc = read_document(p)
                    out.append((doc, extract_references(doc)))
            except (OSError, ReadError):
                continue  # a neighbour that cannot be read tells nothing; the draft is still written
    return out


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
