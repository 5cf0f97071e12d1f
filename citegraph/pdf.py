"""PDF text: the text layer of a UN PDF, page by page, with pypdf.

pypdf keeps the reading order of justified UN pages (pdfminer.six scrambles the
columns of justified lines into separate runs) and marks each paragraph's first
line with its indentation, which :mod:`citegraph.normalize` uses to find
paragraphs. Pages are joined with a newline; page headers and footers stay in
the text and are dropped by the normaliser like those of any PDF extraction.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO


class PdfError(Exception):
    """The file is not a readable PDF (damaged, encrypted, or without a text layer)."""


def pdf_text(path: str | Path | BinaryIO) -> str:
    """The text of every page of the PDF at ``path`` (or in an open binary stream), joined by newlines."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise PdfError("pypdf is not installed") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path if hasattr(path, "read") else str(path))
        if reader.is_encrypted:
            raise PdfError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfError:
        raise
    except PdfReadError as exc:
        raise PdfError(f"not a readable PDF ({exc})".splitlines()[0]) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file may break pypdf anywhere; never a traceback
        raise PdfError(f"not a readable PDF ({type(exc).__name__}: {exc})".splitlines()[0]) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise PdfError("the PDF has no text layer (a scan?)")
    return text
