"""Issue 3's floors and the shared scorer (``../shared/tools/score_refs.py``), for the gold tests.

The scorer is imported by path, not copied: the tests score exactly as the issue's own tool does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

#: Issue 3's floors: strict F1, then the accuracy of each field on matched references.
FLOORS = {"f1": 0.97, "relation": 0.95, "date": 0.98, "anchor": 0.90}


def load_scorer(shared: Path) -> ModuleType:
    """``score_refs.py`` of the shared folder, as a module (its ``score(gold, pred)`` returns the result and
    the disagreements, one line each)."""
    spec = importlib.util.spec_from_file_location("score_refs", shared / "tools" / "score_refs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
