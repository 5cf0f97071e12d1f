"""Shared test fixtures: paths to the demo data and to ../shared.

``../shared`` (seeds, gold, corpus) sits beside the clone on every developer
machine and in CI; ``CITEGRAPH_SHARED`` overrides it. Tests that need it fail
loudly when it is missing rather than skip: a skipped corpus test hides a failure.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
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


SUPERSCRIPT_MARKS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"


def footnote_anchors(body: str, notes: dict[str, str] | None = None) -> dict[int, str | None]:
    """The anchor of each footnote of a resolution with one preambular paragraph ``body``, as the layout
    reads them. ``notes`` maps a mark to its footnote's text; by default each superscript mark
    (:data:`SUPERSCRIPT_MARKS`) in ``body`` gets "Source <n>."."""
    from citegraph.layout import layout
    from citegraph.normalize import analyse

    if notes is None:
        notes = {m: f"Source {n}." for n, m in enumerate(SUPERSCRIPT_MARKS, start=1) if m in body}
    footnotes = "".join(f"{mark} {note}\n\n" for mark, note in notes.items())
    text = f"Title\n\nThe General Assembly,\n\n{body}\n\n1. Decides to act.\n\n{footnotes}"
    doc = layout(analyse(text), "x.txt", "x.txt")
    return {fn.number: fn.anchor for fn in doc.footnotes}


@pytest.fixture
def extract_text(tmp_path: Path):
    """``extract_text(name, text)``: the JSON lines ``citegraph extract --format jsonl`` writes for ``text``
    saved as ``name`` (the meta line first), as the CLI reads a file."""
    import json

    from click.testing import CliRunner

    from citegraph.cli import main

    def run(name: str, text: str) -> list[dict]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines() if line.strip()]

    return run


def gold_refs(gold_dir: Path) -> list[dict]:
    """The reference lines of the gold file of 75/196 (seed 002)."""
    rows = [
        json.loads(line)
        for line in (gold_dir / "002_06d523d3b5c07408.jsonl").read_text().splitlines()
        if line.strip()
    ]
    return [r for r in rows if r.get("type") == "ref"]


def gold_targets(gold_dir: Path, relation: str) -> set[str]:
    return {r["target"] for r in gold_refs(gold_dir) if r["relation"] == relation}


#: The footnotes of 75/196 whose marks stand on what a "Reaffirming" governs: 1 to 5 in P2 ("Reaffirming also
#: its resolutions relating to ... the United Nations Convention against Transnational Organized Crime and the
#: Protocols thereto,¹ ... the United Nations Convention against Corruption⁵"), 7 in P11 ("..., and reaffirming
#: ... the 2030 Agenda for Sustainable Development⁷"), read by hand in data/002_*.txt.
REAFFIRMED_IN_FOOTNOTES = {"F1": "P2", "F2": "P2", "F3": "P2", "F4": "P2", "F5": "P2", "F7": "P11"}


def gold_reaffirmed(gold_dir: Path) -> set[str]:
    """What 75/196 reaffirms: the gold's reaffirm references, and the sources of the footnotes above."""
    used = {r["target"] for r in gold_refs(gold_dir) if r["para"] in REAFFIRMED_IN_FOOTNOTES}
    return gold_targets(gold_dir, "reaffirm") | used


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


def built_store(tmp_path_factory: pytest.TempPathFactory, name: str, paths: list[Path]) -> Path:
    """The store of ``paths``, built once per test run by the real ``citegraph build``.

    The xdist workers share it: the first to take the lock builds, the others wait
    and reuse it (a build that failed is tried again, and fails that test too).
    """
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    store = root / f"citegraph-store-{name}"
    with open(root / f"citegraph-store-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (store / "BUILT").exists():
            cli = Path(sys.executable).parent / "citegraph"
            env = {k: v for k, v in os.environ.items() if k != "CITEGRAPH_STORE"}
            p = subprocess.run(
                [str(cli), "build", *map(str, paths), "--workers", "2", "--store", str(store / "db")],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            if p.returncode != 0:
                pytest.fail(f"citegraph build {name} failed ({p.returncode}):\n{p.stderr}")
            (store / "BUILT").write_text("ok")
    return store / "db"


def corpus_paths(corpus: Path) -> list[Path]:
    """What the issues build: the demo texts and the GA and SC corpus folders."""
    return [DATA, corpus / "unga-mandate-pipeline", corpus / "unsc-cr-unsc-gold"]


@pytest.fixture(scope="session")
def data_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store of ``data/`` (the five demo texts), built once per run."""
    return built_store(tmp_path_factory, "data", [DATA])


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """The store of data/ + 262 GA + 180 SC texts, built once per run and shared by all tests."""
    return built_store(tmp_path_factory, "corpus", corpus_paths(corpus))
