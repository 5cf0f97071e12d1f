"""Reading files: a path -> the text of a UN document, or a clear :class:`ReadError`.

Text files are read as UTF-8 (a BOM is dropped), or UTF-16 when they start with
its byte-order mark; a file that is not valid UTF-8 is read as Windows-1252, the
other encoding UN texts come in, which maps every byte it defines to one
character, so nothing is lost. PDFs go through :mod:`citegraph.pdf`.

Bad input never raises anything but :class:`ReadError`, whose ``problem`` is
one line a user can act on: a missing path, a directory, an empty file, a
binary file, a file over :data:`MAX_BYTES` (20 MB, five times the largest UN
resolution we know of), a web page, an RTF or a Word file (to convert to text first), or a text that is not a UN
document.

The path ``-`` (:data:`STDIN`) is standard input, read once, whatever it holds (text or a PDF):
``pdftotext report.pdf - | citegraph extract -``. Its document is named ``<stdin>``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import regex

from citegraph.models import Document

#: The largest file citegraph reads: 20 MB. The longest resolutions are well under 1 MB.
MAX_BYTES = 20 * 1024 * 1024

#: The path that stands for standard input, and the name its document gets.
STDIN = "-"
STDIN_NAME = "<stdin>"

#: What every UN resolution, draft or amendment has: an acting organ, a numbered paragraph,
#: a resolution or draft heading, or a UN symbol.
_UN_SIGNS = regex.compile(
    r"The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)"
    r"|draft\s+resolution|Resolution\s+adopted\s+by|\b[ASE]/(?:RES/|C\.\d/|\d{2}/)",
    regex.I,
)


#: A web page: it opens with its doctype or root element, or (a page saved without them) it has twenty
#: paragraph, division, list or table cell tags or more in its first 20 KB, where a resolution has as many
#: paragraphs (markdown may hold a few tags: a "<br>", a "<sup>", an anchor's "<span>"). The text between the
#: tags is a UN text's, but the tags and entities would be read with it.
_HTML_ROOT = regex.compile(r"<!DOCTYPE\s+html|<html[\s>]", regex.I)
_HTML = regex.compile(r"<(?:p|div|li|td)[\s>]", regex.I)


def _markup(text: str) -> str | None:
    """What is wrong with a text in a markup citegraph does not read (HTML, RTF), as a problem to print, or None.

    Its characters would be read with the text and its offsets would point at them: converted to text or
    markdown first (pandoc, html2text, a word processor's "save as text"), the same document reads.

    >>> _markup("<html><body><p>The General Assembly,</p>") is not None, _markup("The General Assembly,")
    (True, None)
    """
    head = text[:20000].lstrip("\ufeff \t\r\n")
    if head.startswith("{\\rtf"):
        return "an RTF file, not text: save it as plain text (or convert it: pandoc -t plain FILE)"
    if (head[:1] == "<" and _HTML_ROOT.match(head)) or ("<" in head and len(_HTML.findall(head)) >= 20):
        return (
            "an HTML page, not text: convert it first "
            "(pandoc -t plain FILE | citegraph extract -, or html2text FILE | citegraph extract -)"
        )
    return None


#: Control characters other than line breaks, tabs and form feeds: a sign of a binary file.
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class ReadError(Exception):
    """A file citegraph cannot read: ``path`` and a one-line ``problem``."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = " ".join(problem.split())
        super().__init__(f"{self.path}: {self.problem}")


#: The first bytes of a word processor's files, which hold a UN text but are no text themselves: the UN
#: publishes each document in Word too (.docx and .odt are zip archives, .doc an OLE2 compound file).
_OFFICE = {
    b"PK\x03\x04": "a Word (.docx) or OpenDocument (.odt) file",
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 (.doc) file",
}


def _decode(data: bytes, path: Path) -> str:
    for magic, what in _OFFICE.items():
        if data.startswith(magic):
            raise ReadError(
                path,
                f"{what}, not text: save it as plain text, or convert it (pandoc -t plain FILE | citegraph "
                "extract -), or read its PDF",
            )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark (Windows "Unicode")
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(path, "binary file, not text (a broken UTF-16 file)") from None
    if b"\x00" in data[:8192]:
        raise ReadError(path, "binary file, not text (a NUL byte in the first 8 KB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else None  # type: ignore[assignment]
        if text is None:
            raise ReadError(path, "binary file, not text (neither UTF-8 nor Windows-1252)") from None
    if len(_CONTROL.findall(text, 0, 8192)) > 8:
        raise ReadError(path, "binary file, not text (control characters)")
    return text


def _cp1252_ok(data: bytes) -> bool:
    """Windows-1252 leaves five bytes undefined; a file using them is not cp1252 text."""
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def read_text(path: str | Path) -> str:
    """The text of a .txt/.md (UTF-8 or Windows-1252) or .pdf file; bad input -> ReadError.

    ``-`` (:data:`STDIN`) reads standard input (see :func:`read_stdin`).
    """
    if str(path) == STDIN:
        return read_stdin()
    p = Path(path)
    try:
        if not p.exists():
            raise ReadError(p, "no such file")
        if p.is_dir():
            raise ReadError(p, "is a directory, not a file")
        size = p.stat().st_size
        if size == 0:
            raise ReadError(p, "empty file")
        if size > MAX_BYTES:
            raise ReadError(p, _too_large(size))
        with p.open("rb") as fh:
            head = fh.read(5)
        text = _pdf(p, p) if head.startswith(b"%PDF") else _decode(p.read_bytes(), p)
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError(p, exc.strerror or str(exc)) from None
    if not text.strip():
        raise ReadError(p, "empty file (only whitespace)")
    return text


def read_stdin() -> str:
    """The text on standard input (text in any of the encodings files come in, or a PDF), read to its end.

    The same checks as a file's, with ``-`` as the path in what they say; a terminal, with nothing piped
    in, is refused at once rather than waited on.
    """
    if sys.stdin.isatty():  # nothing piped in: reading would wait for the user to type a resolution
        raise ReadError(
            STDIN, "standard input is a terminal: pipe a text in (pdftotext x.pdf - | citegraph extract -)"
        )
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if not data:
        raise ReadError(STDIN, "empty input (nothing on standard input)")
    if len(data) > MAX_BYTES:
        raise ReadError(STDIN, _too_large(None))
    text = _pdf(io.BytesIO(data), Path(STDIN)) if data.startswith(b"%PDF") else _decode(data, Path(STDIN))
    if not text.strip():
        raise ReadError(STDIN, "empty input (only whitespace)")
    return text


def _pdf(source: Path | io.BytesIO, p: Path) -> str:
    from citegraph.pdf import PdfError, pdf_text

    try:
        return pdf_text(source)
    except PdfError as exc:
        raise ReadError(p, str(exc)) from None


def _too_large(size: int | None) -> str:
    limit = f"the limit is {MAX_BYTES // 1024 // 1024} MB"
    return f"file too large ({size / 1024 / 1024:.1f} MB; {limit})" if size else f"input too large ({limit})"


def read_document(path: str | Path, text: str | None = None) -> Document:
    """Read, normalise and lay out the UN text at ``path``; bad input -> ReadError.

    ``text``: the text of ``path``, already read (:func:`read_text`), e.g. standard input read by
    one process and laid out by another. Standard input's document is named ``<stdin>``.
    """
    from citegraph.layout import layout
    from citegraph.normalize import analyse

    p = Path(path)
    if text is None:
        text = read_text(path)
    name = STDIN_NAME if str(path) == STDIN else p.name
    markup = _markup(text)
    if markup:
        raise ReadError(p, markup)
    if not _UN_SIGNS.search(text[:200000]):
        raise ReadError(
            p,
            "not a UN document (no acting organ, resolution heading or UN symbol found); "
            'a fragment of one is read once it opens with its organ\'s line, e.g. "The General Assembly,"',
        )
    try:
        return layout(analyse(text), name, str(p))
    except Exception as exc:  # noqa: BLE001 - one unreadable text must not stop a run of many
        raise ReadError(
            p, f"could not lay out the text (internal error {type(exc).__name__}: {exc})"
        ) from exc
