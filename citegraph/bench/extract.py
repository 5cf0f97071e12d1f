"""Benchmark of the extractor: references out of the corpus, in MB/s, beside a naive baseline.

Every document is processed on its own, as ``citegraph extract`` does. The rows:

- ``extract``: the extraction stage (:func:`citegraph.references.extract_references`) on laid-out
  documents: grammar scan, lists, dates, bodies, verbs, offsets. Target: 20 MB/s on one core.
- ``text to references``: the same from the file's text, with the reader's normalisation and
  layout (``citegraph.normalize.analyse`` + ``citegraph.layout.layout``) counted in.
- ``naive baseline``: a few regular expressions over the file text (GA and ECOSOC numbers,
  SC numbers, symbols, Treaty Series), no lists, dates, bodies or verbs: what a first script
  would do, and the floor any real extractor is compared with.

MB are megabytes of file text (UTF-8 characters of the original files), so the three rates
share one denominator.
"""

from __future__ import annotations

import re
from pathlib import Path

from citegraph.bench.common import Row, best_of, calibration, corpus_texts, cpu_best_of

#: The naive baseline: a few independent patterns, each run over the whole text.
NAIVE = [
    re.compile(r"\b\d{1,3}/\d{1,4}\b"),  # 75/196 (and any fraction, page counter, date...)
    re.compile(r"\b\d{4}/\d{1,3}\b"),  # 2017/15
    re.compile(r"\b\d{1,4} \(\d{4}\)"),  # 1373 (2001)
    re.compile(r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+"),  # A/75/479
    re.compile(r"vols?\. [\d, and]+, No\. \d+"),  # Treaty Series
]


def naive(text: str) -> int:
    """How many matches the naive patterns find in ``text``."""
    return sum(len(p.findall(text)) for p in NAIVE)


def run(shared: Path) -> list[Row]:
    """Measure extraction over the 442 corpus texts."""
    from citegraph.layout import layout
    from citegraph.normalize import analyse
    from citegraph.reader import read_document
    from citegraph.references import clear_caches, extract_references

    paths = corpus_texts(shared)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    mb = sum(len(t) for t in texts) / 1e6
    docs = [read_document(p) for p in paths]
    counts = {"refs": 0}

    # each timed pass starts with the memoised numbers and dates forgotten, as in a fresh process
    def extract_all() -> None:
        clear_caches()
        counts["refs"] = sum(len(extract_references(d)) for d in docs)

    def pipeline() -> None:
        clear_caches()
        for p, t in zip(paths, texts, strict=True):
            extract_references(layout(analyse(t), p.name, str(p)))

    def baseline() -> None:
        counts["naive"] = sum(naive(t) for t in texts)

    calib = calibration()
    t_extract = cpu_best_of(extract_all, repeat=5)
    t_pipeline = cpu_best_of(pipeline)
    t_naive = cpu_best_of(baseline)
    wall = best_of(extract_all, repeat=1)
    return [
        calib,
        Row(
            "extract (documents to references)",
            mb / t_extract,
            "MB/s",
            f"extract_references on {len(docs)} laid-out corpus texts ({mb:.1f} MB), best CPU time of 5; "
            f"target 20 MB/s on one core",
        ),
        Row(
            "extract, wall clock",
            mb / wall,
            "MB/s",
            "the same, wall-clock time of one run on a shared machine",
        ),
        Row(
            "text to references (normalize + layout + extract)",
            mb / t_pipeline,
            "MB/s",
            "each file's text through the reader's analyse and layout, then extract_references; "
            "best CPU time of 3 (the reader is most of it: see ## read)",
        ),
        Row(
            "naive baseline (5 regexes, no lists, dates, bodies or verbs)",
            mb / t_naive,
            "MB/s",
            "same texts, same process; best CPU time of 3",
        ),
        Row("references found", counts["refs"], "refs", "by extract_references over the corpus", digits=0),
        Row(
            "naive matches",
            counts["naive"],
            "matches",
            "by the naive patterns (with their false positives)",
            digits=0,
        ),
    ]
