"""``citegraph extract --format jsonl`` infers a draft's symbol from the other texts of the run."""

from __future__ import annotations

import json

from click.testing import CliRunner

from citegraph.cli import main


def metas(*paths) -> list[dict]:
    res = CliRunner().invoke(main, ["extract", *map(str, paths), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    return [x for x in lines if x["type"] == "meta"]


def test_draft_takes_the_symbol_a_later_version_reaffirms(data_dir, gold_dir):
    gold = json.loads((gold_dir / "000_a6cd5bfce1dfcb97.jsonl").read_text().splitlines()[0])
    got = metas(data_dir / "000_a6cd5bfce1dfcb97.txt", data_dir / "002_06d523d3b5c07408.txt")
    # the draft is written after the texts that carry a symbol
    assert [m["doc"] for m in got] == ["002_06d523d3b5c07408.txt", "000_a6cd5bfce1dfcb97.txt"]
    assert got[1]["inferred_symbol"] == gold["inferred_symbol"] == "A/RES/70/178"
    assert got[0]["inferred_symbol"] is None


def test_a_draft_alone_in_its_folder_gets_no_inferred_symbol(data_dir, tmp_path):
    draft = tmp_path / "000_a6cd5bfce1dfcb97.txt"
    draft.write_bytes((data_dir / draft.name).read_bytes())
    (m,) = metas(draft)
    assert m["symbol"] is None and m["inferred_symbol"] is None


def test_a_draft_named_alone_is_compared_with_the_texts_beside_it(data_dir, tmp_path):
    # 003 (the 2017 draft) beside 002, which reaffirms "72/196 of 19 December 2017"; 001 is in the
    # folder too, but a draft reaffirms nothing, and the unrelated text is not read
    for name in ("003_70c60a70578a8edc.txt", "002_06d523d3b5c07408.txt", "001_f64c22de6ca2032f.txt"):
        (tmp_path / name).write_bytes((data_dir / name).read_bytes())
    (tmp_path / "notes.txt").write_text("The General Assembly, Recalling its resolution 72/1,\n")
    (m,) = metas(tmp_path / "003_70c60a70578a8edc.txt")
    assert (m["doc"], m["symbol"], m["inferred_symbol"]) == ("003_70c60a70578a8edc.txt", None, "A/RES/72/196")
    res = CliRunner().invoke(
        main, ["extract", str(tmp_path / "003_70c60a70578a8edc.txt"), "--alone", "--format", "jsonl"]
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["inferred_symbol"] is None


def test_the_demo_drafts(data_dir):
    got = {m["doc"][:3]: (m["symbol"], m["inferred_symbol"]) for m in metas(data_dir)}
    assert got == {
        "000": (None, "A/RES/70/178"),
        "001": (None, None),  # 68/193 is cited by no later text of the run
        "002": ("A/RES/75/196", None),
        "003": (None, "A/RES/72/196"),
        "004": ("A/RES/78/229", None),
    }
