"""``-`` is standard input: a text piped in is read as the same file would be, named ``<stdin>``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from citegraph.cli import main

RESOLUTION = "002_06d523d3b5c07408.txt"  # A/RES/75/196, 124 references
DRAFT = "003_70c60a70578a8edc.txt"  # the 2017 draft, no printed symbol


def _invoke(args: list[str], data: bytes = b""):
    return CliRunner().invoke(main, args, input=data)


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def _without_doc(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "doc"} for r in rows]


def test_extract_reads_standard_input_as_it_reads_the_file(data_dir: Path):
    path = data_dir / RESOLUTION
    piped = _invoke(["extract", "-", "--format", "jsonl"], path.read_bytes())
    named = _invoke(["extract", str(path), "--format", "jsonl"])
    assert piped.exit_code == 0, piped.stderr
    rows = _lines(piped.stdout)
    assert len(rows) == 125 and {r["doc"] for r in rows} == {"<stdin>"}
    assert rows[0]["symbol"] == "A/RES/75/196"
    assert rows[1]["target"] == "A/75/479" and (rows[1]["start"], rows[1]["end"]) == (239, 247)
    assert _without_doc(rows) == _without_doc(_lines(named.stdout))


def test_standard_input_among_files_keeps_its_place_with_workers(data_dir: Path):
    # standard input is read by the command, not by a worker process (which could not read it)
    args = ["extract", str(data_dir / "004_8557d7812f93ebe1.txt"), "-", "--format", "jsonl", "--workers", "2"]
    res = _invoke(args, (data_dir / RESOLUTION).read_bytes())
    assert res.exit_code == 0, res.stderr
    metas = [(r["doc"], r["symbol"]) for r in _lines(res.stdout) if r["type"] == "meta"]
    assert metas == [("004_8557d7812f93ebe1.txt", "A/RES/78/229"), ("<stdin>", "A/RES/75/196")]


def test_a_pdf_on_standard_input_is_read_as_the_file(corpus: Path):
    pdf = corpus / "pdf" / "A_C.3_80_L.3.pdf"
    piped = _invoke(["extract", "-", "--format", "jsonl"], pdf.read_bytes())
    named = _invoke(["extract", str(pdf), "--format", "jsonl"])
    assert piped.exit_code == 0, piped.stderr
    rows = _lines(piped.stdout)
    assert rows[0]["doc"] == "<stdin>" and rows[0]["doc_type"] == "draft-resolution"
    assert len(rows) == len(_lines(named.stdout)) > 20
    assert _without_doc(rows) == _without_doc(_lines(named.stdout))


def test_bad_standard_input_is_one_line_and_the_files_go_on(data_dir: Path):
    for data, problem in [
        (b"", "empty input (nothing on standard input)"),
        (b" \n\t\n", "empty input (only whitespace)"),
        (b"Pancakes\n\nMix flour, eggs and milk.\n", "not a UN document"),
        (bytes(range(256)) * 4, "binary file, not text"),
    ]:
        res = _invoke(["extract", "-", str(data_dir / RESOLUTION), "--format", "jsonl"], data)
        assert res.exit_code == 1
        assert res.stderr.startswith(f"citegraph: -: {problem}") and len(res.stderr.splitlines()) == 1, (
            res.stderr
        )
        assert [r["doc"] for r in _lines(res.stdout) if r["type"] == "meta"] == [RESOLUTION]


def test_inspect_and_identify_read_standard_input(data_dir: Path, tmp_path: Path):
    res = _invoke(["inspect", "--format", "json", "-"], (data_dir / RESOLUTION).read_bytes())
    assert res.exit_code == 0, res.stderr
    meta = json.loads(res.stdout)[0]["meta"]
    assert (meta["doc"], meta["preambular_count"], meta["operative_count"]) == ("<stdin>", 77, 66)

    store = tmp_path / "store"
    built = _invoke(
        ["build", "--store", str(store), "-j", "1", *(str(p) for p in sorted(data_dir.glob("*.txt")))]
    )
    assert built.exit_code == 0, built.stderr
    draft = (data_dir / DRAFT).read_bytes()
    res = _invoke(["identify", "-", "--store", str(store)], draft)
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("<stdin>: inferred_symbol A/RES/72/196\n")


def test_build_and_add_refuse_standard_input(tmp_path: Path):
    for verb in ("build", "add"):
        res = _invoke([verb, "-", "--store", str(tmp_path / "store")], b"The General Assembly,\n")
        assert res.exit_code == 1
        assert (
            res.stderr
            == "citegraph: standard input (-) cannot go into the store: save the text to a file and give that\n"
        )
        assert not (tmp_path / "store").exists()


def test_a_terminal_on_standard_input_is_refused_at_once(monkeypatch):
    # "citegraph extract -" typed with nothing piped in would wait for a resolution to be typed
    import io
    import sys

    from citegraph.reader import ReadError, read_stdin

    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(b"The General Assembly,\n")))
    with pytest.raises(ReadError) as info:
        read_stdin()
    assert (info.value.path, info.value.problem) == (
        "-",
        "standard input is a terminal: pipe a text in (pdftotext x.pdf - | citegraph extract -)",
    )


def test_a_fragment_is_refused_with_the_way_to_read_it_and_read_once_it_opens_with_its_organ():
    """A paragraph pasted alone names no organ, so "its resolution" has no owner: the error says what to add."""
    fragment = b"Recalling its resolution 75/196 of 16 December 2020,\n"
    alone = _invoke(["extract", "-", "--format", "jsonl"], fragment)
    assert alone.exit_code == 1 and alone.stdout == ""
    assert alone.stderr == (
        "citegraph: -: not a UN document (no acting organ, resolution heading or UN symbol found); "
        'a fragment of one is read once it opens with its organ\'s line, e.g. "The General Assembly,"\n'
    )
    opened = _invoke(["extract", "-", "--format", "jsonl"], b"The General Assembly,\n\n" + fragment)
    assert opened.exit_code == 0, opened.stderr
    refs = [r for r in _lines(opened.stdout) if r["type"] == "ref"]
    assert [(r["para"], r["surface"], r["target"], r["body"], r["date"], r["relation"]) for r in refs] == [
        ("P1", "75/196", "A/RES/75/196", "GA", "2020-12-16", "recall")
    ]
