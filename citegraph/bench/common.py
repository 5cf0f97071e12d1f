"""What benchmark sections share: the row type, a timer, the corpus file list."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    name: str
    value: float
    unit: str
    how: str
    digits: int = 2


def best_of(fn: Callable[[], Any], repeat: int = 3, clock: Callable[[], float] = time.perf_counter) -> float:
    """The best time of ``repeat`` runs of ``fn`` by ``clock`` (wall clock by default), in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t = clock()
        fn()
        best = min(best, clock() - t)
    return best


def cpu_best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The best CPU time (``time.process_time``) of ``repeat`` runs of ``fn``, in seconds.

    CPU time, not wall time: the benchmark machine may be shared, and a single-core
    stage's speed is what its CPU time says.
    """
    return best_of(fn, repeat, time.process_time)


def calibration() -> Row:
    """How fast this machine runs Python right now: the time of a plain loop of 10^7 additions.

    A shared VM's speed changes by up to 2x from one minute to the next; each section
    records this just before its timings so that its numbers can be read against it.
    """
    t = time.process_time()
    total = 0
    for i in range(10**7):
        total += i
    return Row(
        "CPU calibration: a Python loop of 10^7 additions",
        time.process_time() - t,
        "s",
        "CPU time, just before this section's timings: on a quiet host about 0.5 s on the Intel Xeon "
        "machines of this kind, 0.35 s on the AMD EPYC ones; up to 1.5 s on a busy host; larger means slower "
        "numbers below",
    )


def corpus_texts(shared: Path) -> list[Path]:
    """The 442 corpus texts (262 GA + 180 SC), sorted."""
    c = shared / "corpus"
    return sorted((c / "unga-mandate-pipeline").glob("*.txt")) + sorted(
        (c / "unsc-cr-unsc-gold").glob("*.txt")
    )
