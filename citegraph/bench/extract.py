"""Benchmark of the extractor: references out of the corpus, in MB/s, beside a naive baseline.

Every document is processed on its own, as ``citegraph extract`` does. The rows:

- ``extract``: the extraction stage (:func:`citegraph.references.extract_references`) on laid-out
  documents: grammar scan, lists, dates, bodies, verbs, offsets. Target: 20 MB/s on one core.
- ``text to references``: the same from the file's text, with the reader's normalisation and
  layout (``citegraph.normalize.analyse`` + ``citegraph.layout.layout``) counted in.
- ``citegraph extract`` over the whole corpus folder and ``data/`` (447 texts and 8 PDFs, 12.8 MB),
  wall time with one worker and with two: what a user waits for, reading and writing JSON Lines.
- ``naive baseline``: a few regular expressions over the file text (GA and ECOSOC numbers,
  SC numbers, symbols, Treaty Series), no lists, dates, bodies or verbs: what a first script
  would do, and the floor any real extractor is compared with.

MB are megabytes of file text (UTF-8 characters of the original files), so the three rates
share one denominator.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
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


def _cli_seconds(shared: Path, workers: int) -> float:
    """Wall time of one ``citegraph extract <corpus> data --format jsonl -j N`` in a fresh interpreter."""
    cli = str(Path(sys.executable).parent / "citegraph")
    data = Path(__file__).resolve().parents[2] / "data"
    t = time.perf_counter()
    subprocess.run(
        [cli, "extract", str(shared / "corpus"), str(data), "--format", "jsonl", "-j", str(workers)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t


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
    cli_one, cli_two = _cli_seconds(shared, 1), _cli_seconds(shared, 2)
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
            "`citegraph extract` corpus + data/, one worker",
            cli_one,
            "s",
            "447 texts and 8 PDFs (12.8 MB; pypdf takes half the time) to JSON Lines, wall time of one run, `-j 1`",
            digits=1,
        ),
        Row(
            "`citegraph extract` corpus + data/, two workers",
            cli_two,
            "s",
            f"the same with `-j 2` (the default on 2 cores), the same bytes out: {cli_one / cli_two:.2f}× faster",
            digits=1,
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
