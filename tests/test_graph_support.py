"""Helpers and fixtures shared by the graph, store, SPARQL and serve tests (no tests here).

- :func:`gold_document` turns a hand-made gold file (../shared/gold/*.jsonl, real data) and
  its text into the ``Document`` and ``Reference`` objects the reader and the extractor
  produce, so that the RDF model is tested on known answers without the rest of the pipeline.
- The corpus store itself is the session fixture ``corpus_store`` of ``conftest.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import DATA, ROOT

from citegraph.models import Document, Meta, NormText, Paragraph, Reference

CLI = [str(Path(sys.executable).parent / "citegraph")]


def gold_lines(jsonl: Path) -> list[dict]:
    return [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines() if x.strip()]


def gold_document(jsonl: Path, text: Path | None = None) -> tuple[Document, list[Reference]]:
    """The document and references of a gold file, as the pipeline would give them.

    The text is the demo text of the same name (``data/``); each paragraph a reference
    names becomes a :class:`Paragraph` (text: the surfaces cited there), and references
    get increasing offsets in file order.
    """
    lines = gold_lines(jsonl)
    meta = {k: v for k, v in lines[0].items() if k not in ("type", "doc")}
    text = text or DATA / lines[0]["doc"]
    original = text.read_text(encoding="utf-8")
    norm = NormText(original, original, list(range(len(original) + 1)))
    refs: list[Reference] = []
    paras: dict[str, list[str]] = {}
    for i, r in enumerate(lines[1:]):
        fields = {k: v for k, v in r.items() if k not in ("type", "doc")}
        refs.append(Reference(doc=lines[0]["doc"], start=10 * i, end=10 * i + 5, **fields))
        paras.setdefault(r["para"], []).append(r["surface"] if not r.get("anchor") else r["anchor"])
    kinds = {"H": "header", "P": "preambular", "O": "operative", "F": "footnote"}
    paragraphs = [
        Paragraph(label, kinds[label[0]], int(label[1:]) if label[1:] else None, "; ".join(words), 0, 0)
        for label, words in paras.items()
    ]
    doc = Document(
        name=lines[0]["doc"],
        path=str(text),
        norm=norm,
        meta=Meta(**meta),
        paragraphs=paragraphs,
        footnotes=[],
    )
    return doc, refs


def run_cli(*args: str, env: dict | None = None, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run ``citegraph ARGS`` in a fresh interpreter; output as text."""
    e = dict(os.environ, **(env or {}))
    e.pop("CITEGRAPH_STORE", None)
    p = subprocess.run([*CLI, *args], cwd=ROOT, env=e, capture_output=True, text=True, **kw)
    if check and p.returncode != 0:
        raise AssertionError(f"citegraph {' '.join(args)} -> {p.returncode}\n{p.stderr}")
    return p
