"""Bad input: one line on stderr naming the file and the problem, exit 1, other files still read."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import ROOT

from citegraph.cli import main
from citegraph.reader import MAX_BYTES, ReadError, read_document, read_text
from citegraph.references import extract_references

GOOD = "003_70c60a70578a8edc.txt"


def _run(*args: str):
    return CliRunner().invoke(main, ["inspect", "--format", "json", *args])


@pytest.fixture
def bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "adir").mkdir()
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB, sparse: written without holding it in memory
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\n")
    (tmp_path / "recipe.txt").write_text("Pancakes\n\nMix flour, eggs and milk. Fry.\n", encoding="utf-8")
    # a resolution saved from a web page, and from a word processor as RTF: to convert to text first
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html>\n<html><body><p>United Nations A/RES/75/196</p>\n<p><i>The General Assembly</i>,</p>\n"
        "<p><i>Recalling</i> its resolution 74/177 of 18&nbsp;December 2019,</p></body></html>\n",
        encoding="utf-8",
    )
    (tmp_path / "page.rtf").write_text(
        "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\par The General Assembly,\\par Recalling its "
        "resolution 74/177,}\n",
        encoding="utf-8",
    )
    # the Word versions the UN publishes beside a PDF: a .docx (a zip archive) and a .doc (an OLE2 file)
    (tmp_path / "draft.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(256)) * 4)
    (tmp_path / "draft.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file, not text"),
        ("adir", "is a directory with no .txt, .md or .pdf file in it"),
        ("missing.txt", "no such file"),
        ("big.txt", "file too large (50.0 MB; the limit is 20 MB)"),
        ("recipe.txt", "not a UN document"),
        ("page.html", "an HTML page, not text: convert it first (pandoc -t plain FILE | citegraph extract -"),
        ("page.rtf", "an RTF file, not text: save it as plain text"),
        ("draft.docx", "a Word (.docx) or OpenDocument (.odt) file, not text: save it as plain text"),
        ("draft.doc", "a Word 97-2003 (.doc) file, not text: save it as plain text"),
    ],
)
def test_bad_input_one_line_exit_1_others_processed(bad_files, data_dir, name, problem):
    path = bad_files / name
    result = _run(str(path), str(data_dir / GOOD))
    assert result.exit_code == 1
    err = result.stderr.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"citegraph: {path}: {problem}")
    assert "Traceback" not in result.output
    docs = json.loads(result.stdout)
    assert [d["meta"]["doc"] for d in docs] == [GOOD]
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert info.value.problem.startswith("is a directory" if name == "adir" else problem)


def test_windows_1252_is_read_with_nothing_lost(tmp_path, data_dir):
    text = (data_dir / "000_a6cd5bfce1dfcb97.txt").read_text(encoding="utf-8")
    assert "“Transforming our world" in text
    text += "\nCôte d’Ivoire – 5 € ¹²³\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_text(path) == text
    result = _run(str(path))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)[0]
    m = doc["meta"]
    assert (m["preambular_count"], m["operative_count"], m["footnote_count"]) == (44, 49, 16)


def test_limit_is_twenty_megabytes():
    assert MAX_BYTES == 20 * 1024 * 1024


def test_table_format_shows_meta_paragraphs_and_footnotes(data_dir):
    result = CliRunner().invoke(main, ["inspect", str(data_dir / "002_06d523d3b5c07408.txt")])
    assert result.exit_code == 0
    out = result.stdout
    assert "A/RES/75/196" in out and "2020-12-16" in out
    assert "│ O66" in out and "│ P77" in out
    assert "United Nations Convention against Corruption" in out


def test_utf16_with_bom_is_read(tmp_path, data_dir):
    text = (data_dir / GOOD).read_text(encoding="utf-8")
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16"))
    assert read_text(path) == text


#: Line ends as other systems write them: Windows (CRLF), old Mac (CR alone), and a UTF-8 byte-order mark.
LINE_ENDS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "bom": lambda t: "\ufeff" + t,
}


@pytest.mark.corpus
@pytest.mark.parametrize("shape", sorted(LINE_ENDS))
@pytest.mark.parametrize(
    "name",
    [
        "data/000_a6cd5bfce1dfcb97.txt",  # PDF text, a blank line after every line
        "data/001_f64c22de6ca2032f.txt",  # a revised draft: its sponsor line follows a blank line
        "data/003_70c60a70578a8edc.txt",  # a draft, two sponsors
        "data/002_06d523d3b5c07408.txt",  # markdown
        "unga-mandate-pipeline/A_RES_78_103.txt",  # PDF text with page headers and footers
        "unsc-cr-unsc-gold/S_RES_687_1991.txt",  # OCR text of a Security Council resolution
    ],
)
def test_line_ends_give_the_same_references(tmp_path, corpus, name, shape):
    """A text with other line ends gives the same meta line (every field: the sponsors of a draft too) and
    references, surfaces included; each reference's offsets point at the same words in the file as read (CRLF
    moves them)."""
    src = (ROOT / name) if name.startswith("data/") else corpus / name
    text = src.read_text(encoding="utf-8")
    path = tmp_path / src.name
    path.write_bytes(LINE_ENDS[shape](text).encode("utf-8"))
    fields = ("para", "surface", "target", "kind", "body", "date", "relation", "anchor")
    want, got = read_document(src), read_document(path)
    assert got.meta.to_json(got.name) == want.meta.to_json(want.name)
    refs, want_refs = extract_references(got), extract_references(want)
    assert [tuple(getattr(r, f) for f in fields) for r in refs] == [
        tuple(getattr(r, f) for f in fields) for r in want_refs
    ]
    assert len(refs) > 10
    raw = read_text(path)
    for r, w in zip(refs, want_refs, strict=True):
        assert raw[r.start : r.end].replace("\r\n", "\n").replace("\r", "\n") == text[w.start : w.end]
