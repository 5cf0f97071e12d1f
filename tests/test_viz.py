"""The interactive graph without a browser: selection, ranking, capping, the page's HTML.

Small graphs built here check the pure core (``citegraph.viz``); the store-backed
tests check ``citegraph viz`` against the store's own SPARQL answers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from citegraph import viz
from citegraph.viz import GraphData, VizEdge, VizNode, build_view, render_html

CITEGRAPH = str(Path(sys.executable).parent / "citegraph")
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'


def small() -> GraphData:
    """75/196 cites 60/1 and a treaty; 60/1 cites 1373; 74/177 cites 75/196; one report."""
    nodes = [
        VizNode("A/RES/75/196", title="Strengthening " + SCRIPT, date="2020-12-16", organ="GA"),
        VizNode("A/RES/60/1", title=IMG, date="2005-09-16"),
        VizNode("S/RES/1373 (2001)"),
        VizNode("UNTS/2225/39574"),
        VizNode("A/RES/74/177", date="2019-12-18"),
        VizNode("A/75/479"),
    ]
    edges = [
        VizEdge("A/RES/75/196", "A/RES/60/1", ("reaffirm", "recall"), ("P1: Reaffirming " + IMG,)),
        VizEdge("A/RES/75/196", "UNTS/2225/39574", ("source",)),
        VizEdge("A/RES/75/196", "A/75/479", ("take-note",)),
        VizEdge("A/RES/60/1", "S/RES/1373 (2001)", ("recall",)),
        VizEdge("A/RES/74/177", "A/RES/75/196", ("recall",)),
    ]
    return GraphData(nodes, edges)


def page_json(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def test_neighbourhood_directions() -> None:
    g = small()
    assert viz.neighbourhood(g, "A/RES/75/196", 1) == {
        "A/RES/75/196",
        "A/RES/60/1",
        "UNTS/2225/39574",
        "A/75/479",
    }
    assert viz.neighbourhood(g, "A/RES/75/196", 2) == {
        "A/RES/75/196",
        "A/RES/60/1",
        "UNTS/2225/39574",
        "A/75/479",
        "S/RES/1373 (2001)",
    }
    assert viz.neighbourhood(g, "A/RES/75/196", 1, "in") == {"A/RES/75/196", "A/RES/74/177"}
    assert viz.neighbourhood(g, "A/RES/75/196", 0, "both") == {"A/RES/75/196"}
    with pytest.raises(ValueError):
        viz.neighbourhood(g, "A/RES/75/196", 1, "sideways")


def test_view_of_a_neighbourhood_has_induced_edges() -> None:
    v = build_view(small(), root="A/RES/75/196", depth=1)
    assert {n.id for n in v.data.nodes} == {"A/RES/75/196", "A/RES/60/1", "UNTS/2225/39574", "A/75/479"}
    assert {(e.source, e.target) for e in v.data.edges} == {
        ("A/RES/75/196", "A/RES/60/1"),
        ("A/RES/75/196", "UNTS/2225/39574"),
        ("A/RES/75/196", "A/75/479"),
    }
    assert not v.capped and v.notes == []
    with pytest.raises(KeyError):
        build_view(small(), root="A/RES/1/1")


def test_relations_bodies_since() -> None:
    v = build_view(small(), relations=["recall"])
    assert {n.id for n in v.data.nodes} == {"A/RES/75/196", "A/RES/60/1", "S/RES/1373 (2001)", "A/RES/74/177"}
    assert [e.verbs for e in v.data.edges] == [("recall",), ("recall",), ("recall",)]
    v = build_view(small(), bodies=["SC"])
    assert {n.id for n in v.data.nodes} == {"S/RES/1373 (2001)"}
    # since 2010: 60/1 (2005) and 1373 (2001) drop; undated treaty and report stay.
    v = build_view(small(), since=2010)
    assert {n.id for n in v.data.nodes} == {"A/RES/75/196", "UNTS/2225/39574", "A/RES/74/177", "A/75/479"}
    assert len(v.data.edges) == 3


def test_cap_keeps_most_central_and_the_root_and_says_so() -> None:
    # a star: 20 leaves cite hub; hub cites x. Links: hub 21, x and leaves 1; PageRank: x > leaves.
    nodes = [VizNode("hub"), VizNode("x")] + [VizNode(f"leaf{i:02d}") for i in range(20)]
    edges = [VizEdge(f"leaf{i:02d}", "hub") for i in range(20)] + [VizEdge("hub", "x")]
    v = build_view(GraphData(nodes, edges), limit=3)
    assert {n.id for n in v.data.nodes} == {"hub", "x", "leaf00"}  # ties among leaves break by id
    assert v.capped and (v.total_nodes, v.total_edges) == (22, 21)
    assert v.notes == [
        "showing the 3 most connected of 22 documents (citations made and received, then PageRank) and 2 of 21 links"
    ]
    v = build_view(GraphData(nodes, edges), root="leaf07", depth=2, direction="out", limit=2)
    assert {n.id for n in v.data.nodes} == {"leaf07", "hub"}  # hub: 2 links, x: 1
    page = page_json(render_html(build_view(GraphData(nodes, edges), limit=3)))
    assert page["notes"] == [
        "showing the 3 most connected of 22 documents (citations made and received, then PageRank) and 2 of 21 links"
    ]
    assert page["total"] == {"nodes": 22, "edges": 21}


def test_page_is_self_contained_and_carries_the_data() -> None:
    v = build_view(small())
    page = render_html(v)
    data = page_json(page)
    assert [n["id"] for n in data["nodes"]] == [n.id for n in small().nodes]
    assert [(e["from"], e["to"]) for e in data["edges"]] == [(e.source, e.target) for e in small().edges]
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["A/RES/75/196"]["label"] == "75/196"
    assert by_id["A/RES/75/196"]["cgUrl"] == "https://undocs.org/A/RES/75/196"
    assert by_id["UNTS/2225/39574"]["cgUrl"] is None
    assert (
        by_id["A/RES/75/196"]["cgGroup"],
        by_id["S/RES/1373 (2001)"]["cgGroup"],
        by_id["UNTS/2225/39574"]["cgGroup"],
        by_id["A/75/479"]["cgGroup"],
    ) == ("GA", "SC", "treaty", "report")
    assert (
        by_id["A/RES/75/196"]["cgYear"],
        by_id["S/RES/1373 (2001)"]["cgYear"],
        by_id["A/75/479"]["cgYear"],
        by_id["UNTS/2225/39574"]["cgYear"],
    ) == (2020, 2001, 2020, None)  # A/75: session 75
    # most cited node is the biggest: 60/1 (cited by 75/196, which 74/177 cites) vs leaf 74/177
    assert by_id["A/RES/60/1"]["size"] > by_id["A/RES/74/177"]["size"]
    assert {v["key"]: v["count"] for v in data["verbs"]} == {
        "recall": 3,
        "reaffirm": 1,
        "source": 1,
        "take-note": 1,
    }
    assert data["edges"][0]["color"] == viz.VERB_COLOURS["reaffirm"]  # reaffirm outranks recall
    # offline: nothing loaded from anywhere, vis-network inlined
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert "vis-network" in page and "new vis.Network" in page
    assert len(page) > 400_000  # vis-network's 470 kB are in the page


def test_document_text_is_never_markup() -> None:
    page = render_html(build_view(small()))
    assert SCRIPT not in page and IMG not in page
    assert "window.__pwned" in page  # the payload is there, as data
    # three script elements: the data block, vis-network, the page's own script
    assert re.findall(r"^<script[^>]*>", page, re.M) == [
        '<script type="application/json" id="cg-data">',
        "<script>",
        "<script>",
    ]
    data = page_json(page)
    titles = {n["id"]: n["title"] for n in data["nodes"]}
    assert SCRIPT in titles["A/RES/75/196"] and IMG in titles["A/RES/60/1"]
    assert IMG in data["edges"][0]["title"]


def test_csp_allows_exactly_the_page_scripts() -> None:
    page = render_html(build_view(small()))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    scripts = re.findall(r"^<script>(.*?)</script>$", page, re.S | re.M)
    assert len(scripts) == 2
    hashes = sorted(re.findall(r"'sha256-([^']+)'", csp))
    assert hashes == sorted(base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline'; img" in csp
    assert "script-src 'unsafe-inline'" not in csp


def test_json_for_script_round_trips() -> None:
    value = {"t": "</script><!-- & \u2028 ' \"", "n": [1, None]}
    s = viz.json_for_script(value)
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == value


def test_graph_from_sparql_rows() -> None:
    cgd, cg = viz.CGD, viz.CG
    nodes = [
        {
            "d": cgd + "A/RES/75/196",
            "id": "A/RES/75/196",
            "title": "T",
            "date": "2020-12-16",
            "type": "resolution",
            "organ": "GA",
            "kind": "resolution",
            "read": "true",
        },
        {
            "d": cgd + "A/RES/60/1",
            "id": "A/RES/60/1",
            "title": None,
            "date": None,
            "type": None,
            "organ": "GA",
            "kind": "resolution",
            "read": None,
        },
        {
            "d": cgd + "S/RES/1373_(2001)",
            "id": None,
            "title": None,
            "date": None,
            "type": None,
            "organ": None,
            "kind": None,
            "read": None,
        },
        {
            "d": cgd + "file/notes",
            "id": None,
            "title": None,
            "date": None,
            "type": None,
            "organ": None,
            "kind": "document",
            "read": "true",
        },
    ]
    edges = [
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "p": cg + "recalls"},
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "p": cg + "reaffirms"},
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "p": cg + "committeeReport"},
        {"s": cgd + "file/notes", "o": cgd + "S/RES/1373_(2001)", "p": None},
        {"s": cgd + "file/notes", "o": cgd + "elsewhere", "p": None},  # endpoint not a document
    ]
    snippets = [
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "label": "O2", "text": "Reaffirms 60/1"},
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "label": "P10", "text": "Recalling 60/1"},
        {"s": cgd + "A/RES/75/196", "o": cgd + "A/RES/60/1", "label": "P2", "text": "Recalling also 60/1"},
    ]
    g = viz.graph_from_rows(nodes, edges, snippets)
    assert [n.id for n in g.nodes] == ["A/RES/60/1", "A/RES/75/196", "S/RES/1373 (2001)", "file/notes"]
    assert g.nodes[1] == VizNode("A/RES/75/196", "T", "2020-12-16", "resolution", "GA", "resolution", True)
    assert g.edges == [
        VizEdge(
            "A/RES/75/196",
            "A/RES/60/1",
            ("reaffirm", "recall"),
            ("P2: Recalling also 60/1", "P10: Recalling 60/1", "O2: Reaffirms 60/1"),  # in text order
        ),
        VizEdge("file/notes", "S/RES/1373 (2001)", ("cite",), ()),
    ]


# ------------------------------------------------------------------ from the store


@pytest.fixture(scope="module")
def demo_store(data_store_path: Path) -> Path:
    """The store of data/, built once per run (conftest); viz only reads it."""
    return data_store_path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, text=True, check=True)


def cited_by_store(store: Path, symbol: str) -> set[str]:
    """What ``symbol`` cites, as the store answers (document-level cito:cites)."""
    from citegraph import store as cgstore

    st = cgstore.open_store(store)
    rows = cgstore.query(st, f"SELECT DISTINCT ?o WHERE {{ <{viz.CGD}{symbol}> cito:cites ?o }}").rows
    return {viz.iri_to_id(r["o"].value) for r in rows}


def test_viz_75_196_depth_1_is_it_and_what_it_cites(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "75-196.html"
    res = run_cli("viz", "75/196", "--depth", "1", "--store", str(demo_store), "-o", str(out))
    cited = cited_by_store(demo_store, "A/RES/75/196")
    assert len(cited) > 50  # 75/196 cites dozens of resolutions, reports and treaties
    data = page_json(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == cited | {"A/RES/75/196"}
    assert len(data["nodes"]) == len(cited) + 1
    assert data["root"] == "A/RES/75/196"
    # every link from 75/196 is there, and no link reaches outside the neighbourhood
    from_root = {e["to"] for e in data["edges"] if e["from"] == "A/RES/75/196"}
    assert from_root == cited
    assert f"{len(cited) + 1:,} documents" in res.stderr
    # titles as every answer gives them: 72/196 read only as its draft, a treaty volume by its treaty's name
    titles = {n["id"]: n["title"].split("\n")[1] for n in data["nodes"]}  # the tooltip's second line
    assert titles["A/RES/72/196"].startswith("Strengthening the United Nations crime prevention")
    assert titles["UNTS/2349/42146"] == "United Nations Convention against Corruption"


def test_a_footnoted_treaty_s_link_shows_the_paragraph_of_its_mark(demo_store: Path) -> None:
    """75/196 P2 reaffirms the Convention that footnote 1 gives: the link is "reaffirm" as well as "source", and
    its tooltip quotes P2, before the footnote."""
    from citegraph import store as cgstore
    from citegraph.cli.viz import _graph_of

    g = _graph_of(cgstore.open_store(demo_store))
    (edge,) = [e for e in g.edges if (e.source, e.target) == ("A/RES/75/196", "UNTS/2225/39574")]
    assert edge.verbs[0] == "reaffirm" and "source" in edge.verbs
    assert edge.snippets[0].startswith("P2: Reaffirming also its resolutions relating to the urgent need")
    assert [s.split(":")[0] for s in edge.snippets] == ["P2", "P26", "F1", "F13"]


def test_viz_cli_errors(demo_store: Path, tmp_path: Path) -> None:
    def fails(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CITEGRAPH, "viz", "--store", str(demo_store), "-o", str(tmp_path / "x.html"), *args],
            capture_output=True,
            text=True,
        )

    r = fails("A/RES/1/1")  # read as every command reads an ID (answers.resolve): the same message
    assert (r.returncode, r.stderr) == (
        1,
        "citegraph: unknown ID A/RES/1/1: not in the store; did you mean 71/1?\n",
    )
    r = fails("75/169")
    assert (r.returncode, r.stderr) == (
        1,
        "citegraph: unknown ID 75/169: not in the store; did you mean 75/196, 75/195, 75/161, 76/16?\n",
    )
    r = fails("--relation", "bananas")
    assert r.returncode == 2 and "unknown relation 'bananas'" in r.stderr
    r = fails("--body", "XX")
    assert r.returncode == 2 and "unknown body 'XX'" in r.stderr
    assert not (tmp_path / "x.html").exists()


def test_viz_root_by_name_or_file(demo_store: Path, tmp_path: Path) -> None:
    # the root may be named as in the other commands: by a name its footnotes print, or by the file read
    by_name, by_id = tmp_path / "name.html", tmp_path / "id.html"
    run_cli(
        "viz", "the Convention on the Rights of the Child", "--store", str(demo_store), "-o", str(by_name)
    )
    run_cli("viz", "UNTS 1577/27531", "--store", str(demo_store), "-o", str(by_id))
    assert page_json(by_name.read_text(encoding="utf-8"))["root"] == "UNTS/1577/27531"
    assert page_json(by_name.read_text(encoding="utf-8")) == page_json(by_id.read_text(encoding="utf-8"))
    by_file = tmp_path / "file.html"
    run_cli("viz", "002_06d523d3b5c07408.txt", "--depth", "1", "--store", str(demo_store), "-o", str(by_file))
    assert page_json(by_file.read_text(encoding="utf-8"))["root"] == "A/RES/75/196"


def test_viz_cli_filters(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.html"
    run_cli("viz", "--relation", "reaffirm", "--body", "GA", "--store", str(demo_store), "-o", str(out))
    data = page_json(out.read_text(encoding="utf-8"))
    assert data["edges"] and all(e["cgVerbs"] == ["reaffirm"] for e in data["edges"])
    assert data["nodes"] and {n["cgOrgan"] for n in data["nodes"]} == {"GA"}
    assert data["notes"] == ["relations: reaffirms", "bodies: GA"]
    run_cli("viz", "75/196", "--depth", "2", "--limit", "10", "--store", str(demo_store), "-o", str(out))
    data = page_json(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 10 and "A/RES/75/196" in {n["id"] for n in data["nodes"]}
    assert data["notes"][0].startswith("showing the 10 most connected of ")


@pytest.mark.parametrize(
    ("target", "kind", "group"),
    [
        ("E/ECA/RES/2023/7", "resolution", "commission"),  # a regional commission (audit4)
        ("E/CN.4/Sub.2/RES/2000/22", "resolution", "commission"),  # the Sub-Commission
        ("E/CN.15/RES/25/2", "resolution", "commission"),
        ("Ext/Assembly/AU/Dec.1(XI)", "decision", "other"),  # the African Union
        ("WHA77.17", "resolution", "other"),
        ("CTOC/COP/RES/10/4", "resolution", "conference"),
        ("FCCC/CP/DEC/1/CP.21", "decision", "conference"),
        ("ICCD/COP/DEC/3/COP.15", "decision", "conference"),  # the UNCCD, as the UNFCCC (audit14)
        ("A/RES/75/196", "resolution", "GA"),
    ],
)
def test_colour_group_by_organ(target: str, kind: str, group: str) -> None:
    assert viz.group_of(viz.VizNode(target, kind=kind)) == group
