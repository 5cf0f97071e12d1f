"""One function over many inputs, in worker processes, with the results in the inputs' order.

Each text is read on its own (normalised, laid out, its references extracted), so texts can be
read side by side: ``citegraph build`` and ``citegraph extract`` hand their files to
:func:`ordered_map`, which runs them in ``workers`` processes and gives the results back in
the order of the files, so that the output does not depend on the number of workers. One
worker, or one input, runs in this process: no pool to start for a single file.

``fn`` must be picklable (a module-level function) and should not raise: the callers catch
what a bad file raises and return it as a value, so that one bad file never stops the others.

>>> list(ordered_map(abs, [-3, 1, -2], workers=2))
[3, 1, 2]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def count(workers: int | None) -> int:
    """How many workers to run: ``workers``, or one per core when None."""
    return workers or os.cpu_count() or 1


def ordered_map(
    fn: Callable[[T], R], items: Sequence[T], workers: int = 1, chunksize: int = 1
) -> Iterator[R]:
    """``fn`` of each of ``items``, in ``workers`` processes, yielded in the order of ``items``.

    ``chunksize`` items go to a worker at a time: larger chunks cost less to send, smaller ones
    share uneven work (a long PDF beside short texts) more evenly.
    """
    if workers <= 1 or len(items) < 2:
        yield from map(fn, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(items))) as pool:
        yield from pool.map(fn, items, chunksize=chunksize)
