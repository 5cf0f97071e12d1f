"""Benchmarks: ``make bench`` runs every section and writes ``BENCHMARKS.md``.

Each section is a module of this package with a function ``run(shared: Path) ->
list[Row]``; a row is one measured number with its unit and how it was made.
Speed is measured here, never in unit tests.
"""
