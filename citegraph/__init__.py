"""citegraph: a citation and cross-reference knowledge graph of United Nations documents.

The pipeline, one module per stage::

    read (reader)  file -> text                  PDF, text, markdown; bad input -> ReadError
    normalize      text -> NormText              furniture and markup out, offsets kept
    layout         NormText -> Document          header, P/O paragraphs, footnotes, identity
    references     Document -> [Reference]       the citation grammar (grammar.py) and verbs
    graph / store  [Reference] -> RDF, on disk   CiTO + ELI + Dublin Core, SPARQL
    analysis       graph -> answers              centrality, chains, diffs, identity
    viz            graph -> HTML                 pyvis, offline

The Python API mirrors the command line::

    import citegraph
    doc = citegraph.read("data/002_06d523d3b5c07408.txt")
    refs = citegraph.extract(doc)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["read", "extract", "__version__"]


def read(path: Any, text: str | None = None) -> Any:
    """Read a UN text (txt, md or pdf) into a :class:`citegraph.models.Document`.

    ``text``: the document's text, when it is not in a file of its own (a cell of a table of UN texts,
    flattened onto one line or not); ``path`` then only names the document.
    """
    from citegraph.reader import read_document

    return read_document(path, text=text)


def extract(doc_or_path: Any) -> Any:
    """Every reference a document makes, as :class:`citegraph.models.Reference` objects."""
    from citegraph.models import Document
    from citegraph.references import extract_references

    doc = doc_or_path if isinstance(doc_or_path, Document) else read(doc_or_path)
    return extract_references(doc)
