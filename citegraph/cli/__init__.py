"""The ``citegraph`` command line: one click group, commands in one module per stage.

Each module below adds its commands to :data:`main`:

- :mod:`citegraph.cli.read`     ``inspect``            (reader: text, layout, identity)
- :mod:`citegraph.cli.extract`  ``extract``            (references)
- :mod:`citegraph.cli.graph`    ``build add remove export sparql serve``  (RDF store)
- :mod:`citegraph.cli.answers`  ``reaffirms cites cited-by ask show top chain lineage diff identify communities``
- :mod:`citegraph.cli.viz`      ``viz``                (interactive graph)
- :mod:`citegraph.cli.demo`     ``demo``               (what ``make demo`` runs)
"""

from __future__ import annotations

from citegraph.cli import answers, demo, extract, graph, read, viz  # noqa: F401  (they add the commands)
from citegraph.cli.common import main

__all__ = ["main"]
