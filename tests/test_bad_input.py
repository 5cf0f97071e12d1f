"""Bad input: one line on stderr naming the file and the problem, exit 1, other files still read."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from citegraph.cli import main
from citegraph.reader import MAX_BYTES, ReadError, read_document, read_text

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
