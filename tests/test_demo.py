"""``citegraph demo`` — what ``make demo`` runs — reads, extracts, builds, answers and draws."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from citegraph.cli import main


def test_demo_tours_the_demo_texts(data_dir, gold_dir, tmp_path):
    out = tmp_path / "out" / "graph.html"
    res = CliRunner().invoke(
        main, ["demo", str(data_dir), "--store", str(tmp_path / "store"), "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    text = res.output
    # 1. identity and counts of each demo text
    assert "002_06d523d3b5c07408.txt  A/RES/75/196  resolution  session 75  2020-12-16" in text
    assert "77 preambular, 66 operative paragraphs, 39 footnotes" in text
    assert "000_a6cd5bfce1dfcb97.txt  (no printed symbol)  draft-resolution  session 70  undated" in text
    assert "004_8557d7812f93ebe1.txt  A/RES/78/229  resolution  session 78  2023-12-19" in text
    # 2. what each text cites, grouped by relation: 75/196 reaffirms the 22 distinct gold targets
    gold = [json.loads(x) for x in (gold_dir / "002_06d523d3b5c07408.jsonl").read_text().splitlines()]
    reaffirmed = {g["target"] for g in gold if g.get("relation") == "reaffirm"}
    assert len(reaffirmed) == 22
    block = text.split("002_06d523d3b5c07408.txt: ")[1]
    assert block.startswith(f"{sum(1 for g in gold if g['type'] == 'ref')} references")
    assert re.search(r"^\s+reaffirm\s+22\s+46/152, 60/1, 67/1,", block, re.M)
    # ... and under "source", the verbs where the footnotes' marks stand: nine sources reaffirmed (the eight
    # Treaty Series volumes of the five conventions of P2, and 70/1 in P11; tests/conftest.py)
    assert re.search(r"^\s+source\s+37\s.*\n\s+where their marks stand: reaffirm 9, welcome 8,", block, re.M)
    # 3-4. the store answers "what does 75/196 reaffirm" with those 22, and the eight volumes reaffirmed in P2
    answer = text.split('$ citegraph ask "what does 75/196 reaffirm"')[1]
    assert "what 75/196 reaffirms: 30" in answer
    assert "decision 74/568" in answer
    assert answer.rstrip().endswith("┘"), "make demo ends with the answer"
    # 5. the interactive graph page, self-contained
    html = out.read_text(encoding="utf-8")
    assert "<script" in html
    assert not re.search(r"<script[^>]*\bsrc=|<link[^>]*\bhref=[\"']?https?:", html), "page fetches assets"


def test_the_demo_does_not_replace_a_store_of_other_texts(data_dir, tmp_path, shared):
    from citegraph import store as st

    store = tmp_path / "store"
    other = shared / "corpus" / "unga-mandate-pipeline" / "A_RES_78_10.txt"
    st.build([other, data_dir / "002_06d523d3b5c07408.txt"], store)
    res = CliRunner().invoke(
        main, ["demo", str(data_dir), "--store", str(store), "-o", str(tmp_path / "g.html")]
    )
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines()[-1] == (
        f"citegraph: the store at {store} holds 1 text(s) that are not in {data_dir} (such as A_RES_78_10.txt):"
        " the demo would replace it; give the demo a store of its own (--store .citegraph/demo) or remove that"
        " one first"
    )
    assert st.source_files(store) == {"A_RES_78_10.txt", "002_06d523d3b5c07408.txt"}  # kept as it was
