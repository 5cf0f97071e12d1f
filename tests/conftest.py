"""Shared test fixtures: paths to the demo data and to ../shared.

``../shared`` (seeds, gold, corpus) sits beside the clone on every developer
machine and in CI; ``CITEGRAPH_SHARED`` overrides it. Tests that need it fail
loudly when it is missing rather than skip: a skipped corpus test hides a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = Path(os.environ.get("CITEGRAPH_SHARED", ROOT.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} is missing: tests expect ../shared beside the clone (or CITEGRAPH_SHARED)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def corpus() -> Path:
    return _need(CORPUS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _need(GOLD)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
