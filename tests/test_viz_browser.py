"""The graph page in a real browser: headless Chromium (Debian's, ``make browser``), offline.

Chromium missing is a failure, not a skip: :class:`citegraph.bench.viz.Chromium` raises.
Each test reads what the page itself holds (its vis DataSets and DataViews through
``window.citegraph``) and compares it with the data it was given or the store's answer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citegraph import store as cgstore
from citegraph import viz
from citegraph.bench.viz import Chromium, PageResult, screenshot_colours
from citegraph.viz import GraphData, VizEdge, VizNode, build_view, write_html

pytestmark = pytest.mark.browser

CITEGRAPH = str(Path(sys.executable).parent / "citegraph")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "viz"

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, text=True, check=True)


def store_counts(store: Path) -> tuple[int, int]:
    """Documents and distinct citing pairs, asked of the store directly."""
    st = cgstore.open_store(store)
    n = cgstore.query(st, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a eli:LegalResource }").rows[0]["n"]
    e = cgstore.query(
        st,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s cito:cites ?o FILTER(?s != ?o) } }",
    ).rows[0]["n"]
    return int(n.value), int(e.value)


def assert_clean(res: PageResult, page: Path) -> None:
    """Stabilised, nothing logged at warning level or above, nothing fetched but the file."""
    assert res.stabilized, "the layout never stabilised"
    assert [e for e in res.console if e["level"] in ("SEVERE", "WARNING")] == []
    assert res.requests == [page.resolve().as_uri()]


def assert_not_blank(res: PageResult, shot: Path) -> None:
    shot.write_bytes(res.screenshot)
    colours, inked = screenshot_colours(res.screenshot)
    assert colours > 200, f"only {colours} colours in {shot}"
    assert inked > 0.03, f"only {inked:.1%} of {shot} is not white"


# --------------------------------------------------------------- a graph made here


def small() -> GraphData:
    nodes = [
        VizNode("A/RES/75/196", title="Strengthening " + SCRIPT, date="2020-12-16", organ="GA"),
        VizNode("A/RES/60/1", title=IMG, date="2005-09-16"),
        VizNode("S/RES/1373 (2001)", date="2001-09-28"),
        VizNode("UNTS/2225/39574"),
        VizNode("A/RES/74/177", date="2019-12-18"),
        VizNode("E/CN.15/RES/25/2", date="2016-05-27"),
    ]
    edges = [
        VizEdge("A/RES/75/196", "A/RES/60/1", ("reaffirm", "recall"), ("P1: Reaffirming " + IMG,)),
        VizEdge("A/RES/75/196", "UNTS/2225/39574", ("source",)),
        VizEdge("A/RES/75/196", "E/CN.15/RES/25/2", ("take-note",)),
        VizEdge("A/RES/60/1", "S/RES/1373 (2001)", ("recall",)),
        VizEdge("A/RES/74/177", "A/RES/75/196", ("recall",)),
    ]
    return GraphData(nodes, edges)


VISIBLE = """(function () {
  var c = window.citegraph, ids = {};
  c.nodeView.getIds().forEach(function (i) { ids[i] = true; });
  var e = c.edgeView.get().filter(function (x) { return ids[x.from] && ids[x.to]; });
  return [c.nodeView.getIds().sort(), e.map(function (x) { return x.from + ' > ' + x.to; }).sort()];
})()"""


def test_small_page_offline_filters_search_click(browser: Chromium, tmp_path: Path) -> None:
    page = write_html(build_view(small()), tmp_path / "small.html")
    res = browser.open(page)
    assert_clean(res, page)
    assert (res.nodes, res.edges) == (6, 5)
    assert_not_blank(res, tmp_path / "small.png")
    d = browser.driver
    assert d.execute_script("return typeof window.__pwned") == "undefined"
    # settled: the layout ran its stabilisation, then physics was switched off
    assert d.execute_script("return window.citegraph.network.physics.physicsEnabled") is False
    # organ filter: Security Council off hides 1373 (2001) and the link to it
    where = "return window.citegraph.network.getPositions(['S/RES/1373 (2001)'])['S/RES/1373 (2001)']"
    before = d.execute_script(where)
    d.find_element("css selector", '#groups input[data-key="SC"]').click()
    nodes, edges = d.execute_script(f"return {VISIBLE}")
    assert "S/RES/1373 (2001)" not in nodes and len(nodes) == 5
    assert "A/RES/60/1 > S/RES/1373 (2001)" not in edges and len(edges) == 4
    d.find_element("css selector", '#groups input[data-key="SC"]').click()
    assert d.execute_script(where) == before  # shown again where it was laid out
    # verb filter: recall off keeps 75/196 > 60/1 (also reaffirm), hides the two recall-only links
    d.find_element("css selector", '#verbs input[data-key="recall"]').click()
    nodes, edges = d.execute_script(f"return {VISIBLE}")
    assert len(nodes) == 6
    assert edges == sorted(
        ["A/RES/75/196 > A/RES/60/1", "A/RES/75/196 > UNTS/2225/39574", "A/RES/75/196 > E/CN.15/RES/25/2"]
    )
    d.find_element("css selector", '#verbs input[data-key="recall"]').click()
    # year filter: from 2010 hides 60/1 (2005) and 1373 (2001); undated treaty stays
    d.execute_script(
        "var i = document.getElementById('year-from'); i.value = 2010;i.dispatchEvent(new Event('change'));"
    )
    nodes, _ = d.execute_script(f"return {VISIBLE}")
    assert nodes == sorted(["A/RES/75/196", "UNTS/2225/39574", "A/RES/74/177", "E/CN.15/RES/25/2"])
    d.find_element("id", "year-undated").click()
    nodes, _ = d.execute_script(f"return {VISIBLE}")
    assert "UNTS/2225/39574" not in nodes and len(nodes) == 3
    status = d.find_element("id", "status").text
    assert status.startswith("3 of 6 documents, 2 of 5 links shown")
    d.execute_script(
        "var i = document.getElementById('year-from'); i.value = 2001;i.dispatchEvent(new Event('change'));"
    )
    d.find_element("id", "year-undated").click()
    # clicking a document opens its undocs.org link (window.open recorded, not followed)
    d.execute_script("window.__opened = []; window.open = function (u) { window.__opened.push(u); };")
    d.execute_script("window.citegraph.network.moveTo({scale: 1.0, position: {x: 0, y: 0}})")
    x, y = d.execute_script(
        "var c = window.citegraph.network, p = c.getPositions(['A/RES/60/1'])['A/RES/60/1'];"
        "var q = c.canvasToDOM(p), r = document.getElementById('graph').getBoundingClientRect();"
        "return [q.x + r.left, q.y + r.top];"
    )
    assert (
        d.execute_script(
            "return window.citegraph.network.getNodeAt({x: arguments[0], y: arguments[1]})", x - 300, y
        )
        == "A/RES/60/1"
    )  # the sidebar is 300 px wide
    for kind in ("mousePressed", "mouseReleased"):
        d.execute_cdp_cmd(
            "Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}
        )
    assert d.execute_script("return window.__opened") == ["https://undocs.org/A/RES/60/1"]
    # search by short symbol selects the node
    q = d.find_element("id", "q")
    q.send_keys("1373 (2001)\n")
    assert d.execute_script("return window.citegraph.network.getSelectedNodes()") == ["S/RES/1373 (2001)"]
    assert d.find_element("id", "found").text == "S/RES/1373 (2001)"
    # tooltips hold the payloads as text
    title = d.execute_script("return window.citegraph.nodes.get('A/RES/75/196').title")
    assert SCRIPT in title
    assert d.execute_script("return document.querySelectorAll('img').length") == 0
    assert d.execute_script("return typeof window.__pwned") == "undefined"


def test_capped_page_says_so(browser: Chromium, tmp_path: Path) -> None:
    nodes = [VizNode("A/RES/70/1")] + [VizNode(f"A/RES/71/{i}") for i in range(1, 41)]
    edges = [VizEdge(f"A/RES/71/{i}", "A/RES/70/1", ("recall",)) for i in range(1, 41)]
    page = write_html(build_view(GraphData(nodes, edges), limit=10), tmp_path / "capped.html")
    res = browser.open(page, evaluate={"notes": "document.getElementById('notes').textContent"})
    assert_clean(res, page)
    assert (res.nodes, res.edges) == (10, 9)
    assert (
        res.state["notes"]
        == "showing the 10 most connected of 41 documents (citations made and received, then PageRank) and 9 of 40 links"
    )


def test_empty_graph_page(browser: Chromium, tmp_path: Path) -> None:
    page = write_html(build_view(GraphData([], [])), tmp_path / "empty.html")
    res = browser.open(page, timeout=60, evaluate={"status": "document.getElementById('status').textContent"})
    assert_clean(res, page)
    assert (res.nodes, res.edges, res.state["status"]) == (0, 0, "No documents to show.")


# ------------------------------------------------------------------ from the store


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> tuple[Path, Path]:
    """`make demo` (``citegraph demo data/``) run in a scratch directory: its store and its page."""
    tmp = tmp_path_factory.mktemp("viz-demo")
    store, page = tmp / "store", tmp / "out" / "graph.html"
    subprocess.run(
        [CITEGRAPH, "demo", str(data_dir), "--store", str(store), "-o", str(page)],
        cwd=tmp,
        capture_output=True,
        text=True,
        check=True,
    )
    assert page.exists()
    return store, page


def test_demo_graph_in_browser_matches_store(
    browser: Chromium, demo_page: tuple[Path, Path], tmp_path: Path
) -> None:
    store, page = demo_page
    res = browser.open(page)
    assert_clean(res, page)
    n, e = store_counts(store)
    assert n > 100 and e > 100  # the demo texts cite a few hundred documents
    assert (res.nodes, res.edges) == (n, e)
    assert_not_blank(res, tmp_path / "demo.png")


def test_payload_document_runs_no_script(browser: Chromium, tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("build", str(FIXTURES / "payload.txt"), "--store", str(store), "--workers", "1")
    st = cgstore.open_store(store)
    titles = [r["t"].value for r in cgstore.query(st, "SELECT ?t WHERE { ?d dcterms:title ?t }").rows]
    texts = [r["t"].value for r in cgstore.query(st, "SELECT ?t WHERE { ?p cg:text ?t }").rows]
    # the payloads reached the store intact: the test is only worth something if they did
    assert any(SCRIPT in t and IMG in t for t in titles), titles
    assert any(SCRIPT in t for t in texts) and any(IMG in t for t in texts)
    page = tmp_path / "payload.html"
    run_cli("viz", "--store", str(store), "-o", str(page))
    res = browser.open(
        page,
        evaluate={
            "pwned": "typeof window.__pwned",
            "imgs": "document.querySelectorAll('img').length",
            "titles": "window.citegraph.nodes.get().map(function (n) { return n.title; }).join('\\n')",
            "edgeTitles": "window.citegraph.edges.get().map(function (e) { return e.title; }).join('\\n')",
        },
    )
    assert_clean(res, page)
    assert res.state["pwned"] == "undefined"
    assert res.state["imgs"] == 0
    assert SCRIPT in res.state["titles"] and IMG in res.state["titles"]
    assert SCRIPT in res.state["edgeTitles"] or IMG in res.state["edgeTitles"]
    # hovering shows the payload as tooltip text, still without running it
    d = browser.driver
    d.execute_script(
        "var n = window.citegraph.network;"
        "var id = window.citegraph.nodes.get().filter(function (x) {"
        "  return x.title.indexOf('__pwned') >= 0; })[0].id;"
        "n.selectNodes([id]);"
    )
    assert d.execute_script("return typeof window.__pwned") == "undefined"


# ------------------------------------------------------------------- the corpus


@pytest.mark.corpus
def test_corpus_graph_renders_and_settles(browser: Chromium, corpus_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "corpus.html"
    run_cli("viz", "--store", str(corpus_store), "-o", str(page))
    res = browser.open(
        page,
        evaluate={
            "total": "window.citegraph.data.total",
            "notes": "document.getElementById('notes').textContent",
            "ids": "window.citegraph.nodes.getIds()",
        },
    )
    assert_clean(res, page)
    n, e = store_counts(corpus_store)
    assert n > 4000 and e > 10000
    assert res.state["total"] == {"nodes": n, "edges": e}
    # capped at the default limit, and the page says so
    assert res.nodes == 1000
    assert res.state["notes"].startswith(f"showing the 1,000 most connected of {n:,} documents")
    # the edges shown are exactly the store's citing pairs among the nodes shown
    st = cgstore.open_store(corpus_store)
    pairs = {
        (viz.iri_to_id(r["s"].value), viz.iri_to_id(r["o"].value))
        for r in cgstore.query(st, "SELECT DISTINCT ?s ?o WHERE { ?s cito:cites ?o FILTER(?s != ?o) }").rows
    }
    shown = set(res.state["ids"])
    assert res.edges == sum(1 for s, o in pairs if s in shown and o in shown)
    assert_not_blank(res, tmp_path / "corpus.png")
