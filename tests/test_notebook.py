"""notebooks/explore.ipynb runs from top to bottom: a failing cell fails the suite."""

from __future__ import annotations

import nbformat
from conftest import ROOT
from nbclient import NotebookClient


def test_explore_notebook_executes(tmp_path, monkeypatch, data_dir):
    monkeypatch.setenv("CITEGRAPH_NOTEBOOK_STORE", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "agg")
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}
    ).execute()
    printed = [
        "".join(o.get("text", "") for o in c.get("outputs", []) if o.get("output_type") == "stream")
        for c in nb.cells
        if c.cell_type == "code"
    ]
    assert any("what 75/196 reaffirms: 30 documents" in p for p in printed)
    assert any(p.startswith("78/229 → 75/196") for p in printed)
    kinds = {o.get("output_type") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])}
    assert "error" not in kinds
    images = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]
    assert len(images) == 1  # the plot of citations per year and verb
