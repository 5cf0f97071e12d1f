"""Benchmark of the reader: normalisation + layout (with identity) over the corpus, in MB/s.

Every document is read on its own, as ``citegraph inspect`` does. The rows:

- ``normalize + layout``: :func:`citegraph.normalize.analyse` then :func:`citegraph.layout.layout`
  (paragraphs, footnotes, marks, anchors, identity) on each of the 442 corpus texts, already in
  memory: the reader's own work, CPU time (the benchmark machine is shared).
- ``read_document from disk``: the same plus opening and decoding each file.
- ``normalize`` alone, to show where the time goes.
- ``flattened``: the same texts flattened onto one line each (``" ".join(text.split())``, as a table of UN
  texts prints them), through the reader, which gives them their lines back (:mod:`citegraph.flat`).
- ``PDF``: the eight PDFs through pypdf and the reader, per page.
- the largest document, on its own: the slowest single read.

MB are megabytes of text (characters of the original files).
"""

from __future__ import annotations

import time
from pathlib import Path

from citegraph.bench.common import Row, calibration, corpus_texts, cpu_best_of


def run(shared: Path) -> list[Row]:
    """Measure reading + layout over the 442 corpus texts and the eight PDFs."""
    from citegraph.layout import layout
    from citegraph.normalize import analyse
    from citegraph.reader import read_document

    paths = corpus_texts(shared)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    mb = sum(len(t) for t in texts) / 1e6
    counts = {"paragraphs": 0, "footnotes": 0}

    def layout_all() -> None:
        paras = fns = 0
        for p, t in zip(paths, texts, strict=True):
            doc = layout(analyse(t), p.name, str(p))
            paras += len(doc.paragraphs)
            fns += len(doc.footnotes)
        counts["paragraphs"], counts["footnotes"] = paras, fns

    def normalize_all() -> None:
        for t in texts:
            analyse(t)

    flat = [" ".join(t.split()) for t in texts]
    flat_mb = sum(len(t) for t in flat) / 1e6

    def flattened() -> None:
        for p, t in zip(paths, flat, strict=True):
            layout(analyse(t), p.name, str(p))

    def from_disk() -> None:
        for p in paths:
            read_document(p)

    calib = calibration()
    t_layout = cpu_best_of(layout_all)
    t_norm = cpu_best_of(normalize_all)
    t_disk = cpu_best_of(from_disk, repeat=1)
    t_flat = cpu_best_of(flattened)
    big_i = max(range(len(texts)), key=lambda i: len(texts[i]))
    big_mb = len(texts[big_i]) / 1e6
    t_big = cpu_best_of(lambda: layout(analyse(texts[big_i]), paths[big_i].name, str(paths[big_i])))

    from pypdf import PdfReader

    pdfs = sorted((shared / "corpus" / "pdf").glob("*.pdf"))
    pages = sum(len(PdfReader(str(p)).pages) for p in pdfs)
    t0 = time.process_time()
    for p in pdfs:
        read_document(p)
    t_pdf = time.process_time() - t0
    return [
        calib,
        Row(
            "normalize + layout (text to Document)",
            mb / t_layout,
            "MB/s",
            f"analyse + layout on each of {len(texts)} corpus texts in memory ({mb:.1f} MB), best CPU time of 3",
        ),
        Row("normalize alone", mb / t_norm, "MB/s", "analyse on the same texts, best CPU time of 3"),
        Row(
            "read_document from disk",
            mb / t_disk,
            "MB/s",
            "open, decode, normalise, lay out each file; CPU time",
        ),
        Row(
            "flattened texts (normalize + layout)",
            flat_mb / t_flat,
            "MB/s",
            f"the same texts each flattened onto one line ({flat_mb:.1f} MB), their lines given back "
            "(citegraph.flat); best CPU time of 3",
        ),
        Row(
            "largest document",
            big_mb / t_big,
            "MB/s",
            f"{paths[big_i].name} ({big_mb * 1000:.0f} kB) on its own, best CPU time of 3",
        ),
        Row(
            "PDF (pypdf + reader)",
            pages / t_pdf,
            "pages/s",
            f"the {len(pdfs)} PDFs of the corpus ({pages} pages): text extraction dominates; CPU time",
        ),
        Row(
            "paragraphs laid out",
            counts["paragraphs"],
            "paragraphs",
            "H, P, O and F over the corpus",
            digits=0,
        ),
        Row("footnotes", counts["footnotes"], "footnotes", "each with its printed number", digits=0),
    ]
