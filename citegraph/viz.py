"""The interactive graph: citation data in, one self-contained HTML page out.

A user opens one file and explores how resolutions build on each other. The page
is built with pyvis's data model and the vis-network library that pyvis ships
(``pyvis/lib/vis-9.1.2``), inlined at render time: no CDN, so it works offline
and behind firewalls (pyvis's own template fetches vis-network and bootstrap
from CDNs, which leaves a blank page without network).

Three layers, so that everything but the edges is a pure function:

- :class:`GraphData` (plain nodes with attributes, edges with their verbs) is what
  :func:`load_graph` reads from the store with SPARQL over the model of
  ``docs/ARCHITECTURE.md``;
- :func:`build_view` selects what to show (a neighbourhood, relations, bodies,
  years), ranks nodes by PageRank and caps very large graphs, keeping the most
  central nodes and saying so;
- :func:`render_html` writes the page: nodes coloured by organ and kind, sized by
  PageRank, labelled by short symbol; edges coloured by verb with a legend; in-page
  filters (verb, organ, year) and search by symbol; physics that stabilises and then
  stops.

Text from documents is data, never markup. Data reaches the page as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, is read
with ``JSON.parse`` and is shown through ``textContent`` or vis-network's plain-text
tooltips (a string ``title`` is set with ``innerText`` by vis-network 9). A
Content-Security-Policy allows only the page's own scripts (by hash) and no network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from citegraph import symbols
from citegraph.verbs import VERBS

#: The page's own script and stylesheet, inlined at render time.
ASSETS = Path(__file__).parent / "viz_assets"

#: Graphs larger than this are cut to their most central nodes (see :func:`build_view`):
#: about as many as a browser lays out in seconds and a reader can still take in.
DEFAULT_LIMIT = 1000

#: How many characters of a citing paragraph an edge tooltip shows.
SNIPPET = 300


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class VizNode:
    """A document as the page shows it.

    ``id`` is the canonical symbol (``A/RES/75/196``) or, for a text read without a
    printed symbol, ``file/<stem>``. ``organ`` is a body code of
    :data:`citegraph.symbols.BODIES` when known; ``kind`` one of ``resolution``,
    ``decision``, ``treaty``, ``publication``, ``document``.
    """

    id: str
    title: str | None = None
    date: str | None = None
    doc_type: str | None = None
    organ: str | None = None
    kind: str | None = None
    read: bool = False


@dataclass(frozen=True)
class VizEdge:
    """Citing document ``source`` cites ``target`` with ``verbs`` (lemmas of verbs.py).

    ``snippets`` are citing paragraphs (``"P3: Reaffirming ..."``) shown in the tooltip.
    """

    source: str
    target: str
    verbs: tuple[str, ...] = ("cite",)
    snippets: tuple[str, ...] = ()


@dataclass
class GraphData:
    """Plain graph data: what :func:`load_graph` returns and :func:`render_html` draws."""

    nodes: list[VizNode]
    edges: list[VizEdge]

    def node_ids(self) -> set[str]:
        return {n.id for n in self.nodes}

    def subgraph(self, keep: Iterable[str]) -> GraphData:
        """The nodes in ``keep`` and the edges between them (order kept).

        >>> g = GraphData([VizNode("a"), VizNode("b"), VizNode("c")], [VizEdge("a", "b"), VizEdge("b", "c")])
        >>> s = g.subgraph({"a", "b"}); [n.id for n in s.nodes], len(s.edges)
        (['a', 'b'], 1)
        """
        keep = set(keep)
        return GraphData(
            [n for n in self.nodes if n.id in keep],
            [e for e in self.edges if e.source in keep and e.target in keep],
        )


# ------------------------------------------------------------- colours and groups

#: Node groups: key, legend label, colour. Colour says organ and kind at once.
GROUPS: dict[str, tuple[str, str]] = {
    "GA": ("General Assembly", "#2b6cb0"),
    "SC": ("Security Council", "#c53030"),
    "ECOSOC": ("Economic and Social Council", "#2f855a"),
    "commission": ("Commissions and councils (HRC, CCPCJ, CND, CSW...)", "#0f9ba8"),
    "conference": ("Conferences of parties (UNCAC, UNTOC, UNEA, CBD, UNFCCC, UNCCD)", "#805ad5"),
    "treaty": ("Treaties (UN Treaty Series)", "#dd6b20"),
    "report": ("Reports and other documents", "#718096"),
    "publication": ("Publications", "#b7791f"),
    "other": ("Other", "#8b5a2b"),
}

#: The functional and regional commissions and the councils under the GA or ECOSOC (the Sub-Commission
#: too): one colour. Other bodies (WHA, AU, IAEA, ...) are "other".
_COMMISSIONS = {
    "HRC",
    "CHR",
    "SUBCOM",
    "CCPCJ",
    "CND",
    "CSW",
    "CSOCD",
    "CPD",
    "STATCOM",
    *symbols.REGIONAL_COMMISSIONS,
}
_CONFERENCES = {"COSP-UNCAC", "COP-UNTOC", "UNEA", "CBD", "UNFCCC", "UNCCD"}

#: Node shape by kind, so that kind shows even where colour shows the organ.
SHAPES: dict[str, str] = {
    "resolution": "dot",
    "decision": "diamond",
    "treaty": "triangle",
    "document": "square",
    "publication": "star",
}

#: Edge colour by verb, in families of the CiTO super-property: reds confirm,
#: blues give background, greens agree, ambers inform, purples act on authority.
VERB_COLOURS: dict[str, str] = {
    "reaffirm": "#c53030",
    "reiterate": "#f56565",
    "emphasize": "#e53e3e",
    "re-emphasize": "#c94040",
    "stress": "#fc8181",
    "underline": "#742a2a",
    "underscore": "#feb2b2",
    "highlight": "#f5a0a0",
    "affirm": "#9b2c2c",
    "recall": "#3182ce",
    "bear-in-mind": "#63b3ed",
    "take-into-consideration": "#2c5282",
    "take-into-account": "#4299e1",
    "consider": "#2a4365",
    "examine": "#2b6cb0",
    "study": "#90cdf4",
    "receive": "#bee3f8",
    "hear": "#1a365d",
    "appreciate": "#c6f6d5",
    "ensure": "#38b2ac",
    "look-forward": "#81e6d9",
    "welcome": "#38a169",
    "recognize": "#276749",
    "approve": "#68d391",
    "adopt": "#22543d",
    "commend": "#48bb78",
    "endorse": "#2f855a",
    "support": "#9ae6b4",
    "take-note": "#d69e2e",
    "note": "#ecc94b",
    "acknowledge": "#b7791f",
    "express": "#975a16",
    "express-concern": "#9c4221",
    "refer": "#c4a35a",
    "confirm": "#822727",
    "remind": "#7f5fc5",
    "renew": "#e8787a",
    "concern": "#c05621",
    "alarm": "#dd6b20",
    "convince": "#f6ad55",
    "disturb": "#ed8936",
    "guided-by": "#319795",
    "decide": "#6b46c1",
    "request": "#805ad5",
    "call-upon": "#9f7aea",
    "call-for": "#8b6fd6",
    "urge": "#553c9a",
    "invite": "#b794f4",
    "encourage": "#d6bcfa",
    "demand": "#44337a",
    "expect": "#4a3b8c",
    "resolve": "#5a3e9b",
    "determine": "#6c5ce7",
    "declare": "#8e7cc3",
    "find": "#a48fd8",
    "authorize": "#4c1d95",
    "extend": "#7c3aed",
    "direct": "#9d8df1",
    "instruct": "#b3a4f5",
    "appoint": "#8a7fd0",
    "establish": "#7b68c9",
    "advise": "#c4b5fd",
    "recommend": "#a78bfa",
    "condemn": "#000000",
    "deplore": "#2d3748",
    "regret": "#4a4a4a",
    "reject": "#1a202c",
    "indignant": "#3c2f2f",
    "cite": "#a0aec0",
    "source": "#4a5568",
}


def organ_of(node: VizNode) -> str | None:
    """The body code of a node: its stored organ, else what its symbol says.

    >>> organ_of(VizNode("E/CN.15/RES/25/2")), organ_of(VizNode("x", organ="GA")), organ_of(VizNode("A/75/479"))
    ('CCPCJ', 'GA', None)
    """
    return node.organ or symbols.body_of(node.id)


def kind_of(node: VizNode) -> str:
    """The node's kind: stored, else read from its symbol.

    >>> kind_of(VizNode("A/DEC/74/568")), kind_of(VizNode("A/75/479", kind="report"))
    ('decision', 'document')
    """
    k = (node.kind or "").lower()
    if k in SHAPES:
        return k
    if k in ("report", "draft", "draftresolution", "draft resolution"):
        return "document"
    return symbols.kind_of(node.id)


def group_of(node: VizNode) -> str:
    """The legend group (a key of :data:`GROUPS`) of a node.

    >>> [group_of(VizNode(s)) for s in ("A/RES/75/196", "S/RES/1373 (2001)", "E/RES/2017/15",
    ...  "E/CN.15/RES/25/2", "CAC/COSP/RES/8/10", "UNTS/2225/39574", "A/75/479", "SALES/E.91.IV.2")]
    ['GA', 'SC', 'ECOSOC', 'commission', 'conference', 'treaty', 'report', 'publication']
    """
    kind = kind_of(node)
    if kind == "treaty":
        return "treaty"
    if kind == "publication":
        return "publication"
    if kind == "document":
        return "report"
    organ = organ_of(node)
    if organ in ("GA", "SC", "ECOSOC"):
        return organ
    if organ in _COMMISSIONS:
        return "commission"
    if organ in _CONFERENCES:
        return "conference"
    return "other"


def year_of(node: VizNode) -> int | None:
    """The year of a node: its date, else its symbol's year, else its GA session's.

    >>> year_of(VizNode("x", date="2020-12-16")), year_of(VizNode("S/RES/1373 (2001)")), year_of(VizNode("A/RES/60/1"))
    (2020, 2001, 2005)
    >>> year_of(VizNode("UNTS/2051/35457")) is None
    True
    """
    if node.date and node.date[:4].isdigit():
        return int(node.date[:4])
    y = symbols.year_of(node.id)  # None for treaty volumes and sales numbers
    if y:
        return y
    s = symbols.session_of(node.id)
    return 1945 + s if s else None


def label_of(node_id: str) -> str:
    """The short symbol people say (``75/196``), or the id itself.

    >>> label_of("A/RES/75/196"), label_of("file/notes")
    ('75/196', 'file/notes')
    """
    try:
        return symbols.short(node_id)
    except Exception:  # an id that is no symbol (file/<stem>) labels itself
        return node_id


def verb_label(lemma: str) -> str:
    """How the legend names a verb (``takes note of``); unknown lemmas as given."""
    v = VERBS.get(lemma)
    return v.label if v else lemma


_VERB_ORDER = {lemma: i for i, lemma in enumerate(VERBS)}


def main_verb(verbs: Iterable[str]) -> str:
    """The verb an edge is coloured by: the first of its verbs in verbs.py's order.

    >>> main_verb(["recall", "reaffirm"]), main_verb(["cite"])
    ('reaffirm', 'cite')
    """
    return min(verbs, key=lambda v: _VERB_ORDER.get(v, len(_VERB_ORDER)))


# -------------------------------------------------------------------- selection


def pagerank(data: GraphData) -> dict[str, float]:
    """PageRank of every node (networkx), citing → cited, so much-cited texts rank high.

    >>> r = pagerank(GraphData([VizNode("a"), VizNode("b"), VizNode("c")], [VizEdge("a", "c"), VizEdge("b", "c")]))
    >>> max(r, key=r.get)
    'c'
    """
    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(n.id for n in data.nodes)
    g.add_edges_from((e.source, e.target) for e in data.edges)
    if g.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(g, alpha=0.85, max_iter=200, tol=1e-8)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - tiny odd graphs
        return {n: 1.0 / g.number_of_nodes() for n in g}


def neighbourhood(data: GraphData, root: str, depth: int, direction: str = "out") -> set[str]:
    """Ids within ``depth`` citation steps of ``root``.

    ``direction`` is ``out`` (what it cites, and what those cite...), ``in`` (who cites
    it) or ``both``.

    >>> g = GraphData([VizNode(x) for x in "abcd"], [VizEdge("a", "b"), VizEdge("b", "c"), VizEdge("d", "a")])
    >>> sorted(neighbourhood(g, "a", 1)), sorted(neighbourhood(g, "a", 2)), sorted(neighbourhood(g, "a", 1, "both"))
    (['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'd'])
    """
    if direction not in ("out", "in", "both"):
        raise ValueError(f"direction must be out, in or both, not {direction!r}")
    nxt: dict[str, set[str]] = {}
    for e in data.edges:
        if direction in ("out", "both"):
            nxt.setdefault(e.source, set()).add(e.target)
        if direction in ("in", "both"):
            nxt.setdefault(e.target, set()).add(e.source)
    seen = {root}
    todo = deque([(root, 0)])
    while todo:
        node, d = todo.popleft()
        if d >= depth:
            continue
        for m in sorted(nxt.get(node, ())):
            if m not in seen:
                seen.add(m)
                todo.append((m, d + 1))
    return seen


def with_relations(data: GraphData, relations: Iterable[str]) -> GraphData:
    """Keep only edges with one of ``relations`` (lemmas), trimmed to those verbs.

    >>> g = GraphData([VizNode("a"), VizNode("b")], [VizEdge("a", "b", ("recall", "reaffirm"))])
    >>> with_relations(g, ["reaffirm"]).edges[0].verbs, len(with_relations(g, ["welcome"]).edges)
    (('reaffirm',), 0)
    """
    want = set(relations)
    edges = []
    for e in data.edges:
        verbs = tuple(v for v in e.verbs if v in want)
        if verbs:
            edges.append(replace(e, verbs=verbs))
    return GraphData(list(data.nodes), edges)


@dataclass
class View:
    """What one page shows: the data, each node's PageRank, and how it was chosen."""

    data: GraphData
    rank: dict[str, float]
    heading: str
    total_nodes: int
    total_edges: int
    root: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def capped(self) -> bool:
        return len(self.data.nodes) < self.total_nodes


def build_view(
    data: GraphData,
    *,
    root: str | None = None,
    depth: int = 1,
    direction: str = "out",
    relations: Iterable[str] | None = None,
    bodies: Iterable[str] | None = None,
    since: int | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> View:
    """Select, rank and cap what the page shows.

    In order: keep the ``relations`` asked for (and, for the whole graph, the nodes
    they touch); the ``root``'s neighbourhood of ``depth`` steps; nodes of ``bodies``
    (organ codes) and of ``since`` or later (undated nodes stay), the root always;
    PageRank over what is left; then, above ``limit`` nodes, the ``limit`` most
    central (the root always among them), with a note saying so. Central means
    most links first (citations made plus received), then PageRank: PageRank alone
    keeps much-cited leaves and drops the texts that cite them, and with them
    nearly every link.

    >>> g = GraphData([VizNode(x) for x in "abcd"], [VizEdge("a", "b"), VizEdge("c", "b"), VizEdge("d", "b")])
    >>> v = build_view(g, limit=2); sorted(n.id for n in v.data.nodes), v.capped, v.total_nodes
    (['a', 'b'], True, 4)
    """
    notes: list[str] = []
    if relations:
        relations = list(relations)
        data = with_relations(data, relations)
        if root is None:
            touched = {e.source for e in data.edges} | {e.target for e in data.edges}
            data = data.subgraph(touched)
        notes.append("relations: " + ", ".join(verb_label(r) for r in relations))
    if root is not None:
        if root not in data.node_ids():
            raise KeyError(root)
        data = data.subgraph(neighbourhood(data, root, depth, direction))
        heading = f"{label_of(root)} and what it {'cites' if direction == 'out' else 'links to'}"
        if direction == "in":
            heading = f"{label_of(root)} and who cites it"
        heading += f" ({depth} step{'s' if depth != 1 else ''})"
    else:
        heading = "The citation graph"
    if bodies:
        want = set(bodies)
        data = data.subgraph(n.id for n in data.nodes if n.id == root or organ_of(n) in want)
        notes.append("bodies: " + ", ".join(sorted(want)))
    if since is not None:
        data = data.subgraph(
            n.id for n in data.nodes if n.id == root or (y := year_of(n)) is None or y >= since
        )
        notes.append(f"since {since}")
    rank = pagerank(data)
    total_nodes, total_edges = len(data.nodes), len(data.edges)
    if limit is not None and total_nodes > limit:
        degree = Counter(e.source for e in data.edges) + Counter(e.target for e in data.edges)
        order = sorted(data.nodes, key=lambda n: (n.id != root, -degree[n.id], -rank.get(n.id, 0.0), n.id))
        data = data.subgraph(n.id for n in order[:limit])
        notes.append(
            f"showing the {len(data.nodes):,} most connected of {total_nodes:,} documents "
            f"(citations made and received, then PageRank) and {len(data.edges):,} of {total_edges:,} links"
        )
    return View(data, rank, heading, total_nodes, total_edges, root, notes)


# ----------------------------------------------------------------------- render


def _asset(name: str) -> str:
    """A file of the vis-network build that pyvis ships, as text."""
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` block: no ``<``, ``>``, ``&`` literally.

    >>> json_for_script({"t": "</script><img onerror=x>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
    """
    s = json.dumps(value, ensure_ascii=False)
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        s = s.replace(ch, esc)
    return s


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _node_tooltip(n: VizNode, rank: float, degree_in: int, degree_out: int) -> str:
    lines = [n.id]
    if n.title:
        lines.append(n.title)
    facts = [x for x in (n.doc_type or kind_of(n), n.date or (str(year_of(n)) if year_of(n) else None)) if x]
    if organ_of(n):
        facts.append(organ_of(n) or "")
    lines.append(" · ".join(facts))
    lines.append(f"cites {degree_out} · cited by {degree_in} · PageRank {rank:.4f}")
    if symbols.undocs_url(n.id) and not n.id.startswith("file/"):
        lines.append("click to open on undocs.org")
    return "\n".join(lines)


def _edge_tooltip(e: VizEdge) -> str:
    lines = [f"{label_of(e.source)} {' · '.join(verb_label(v) for v in e.verbs)} {label_of(e.target)}"]
    for s in e.snippets[:2]:
        lines.append(s if len(s) <= SNIPPET else s[: SNIPPET - 1] + "…")
    return "\n".join(lines)


def physics_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: a force layout that stabilises before it is shown, then stops.

    Large graphs get fewer iterations, straight edges and no "improved layout"
    (its Kamada-Kawai pass is quadratic), so the page settles in seconds.
    """
    big = n_nodes > 300
    iterations = 1000 if n_nodes <= 100 else 400 if n_nodes <= 500 else 200
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
        "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "navigationButtons": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 90,
                "springConstant": 0.08,
                "avoidOverlap": 0.2,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
            "timestep": 0.5,
        },
    }


def page_data(view: View) -> dict[str, Any]:
    """The JSON the page reads: nodes and edges in vis-network form, legends, notes.

    Built through pyvis's Network so that nodes and edges carry pyvis's defaults and
    checks; every string in it is data (the page never parses it as markup).
    """
    from pyvis.network import Network

    data = view.data
    deg_in: Counter[str] = Counter(e.target for e in data.edges)
    deg_out: Counter[str] = Counter(e.source for e in data.edges)
    top = max((view.rank.get(n.id, 0.0) for n in data.nodes), default=0.0) or 1.0
    net = Network(directed=True)
    for n in data.nodes:
        r = view.rank.get(n.id, 0.0)
        group = group_of(n)
        url = None if n.id.startswith("file/") else symbols.undocs_url(n.id)
        net.add_node(
            n.id,
            label=label_of(n.id),
            title=_node_tooltip(n, r, deg_in[n.id], deg_out[n.id]),
            shape=SHAPES.get(kind_of(n), "dot"),
            color=GROUPS[group][1],
            size=round(7 + 25 * math.sqrt(r / top), 2),
            cgGroup=group,
            cgOrgan=organ_of(n),
            cgYear=year_of(n),
            cgUrl=url,
            cgRoot=n.id == view.root,
            borderWidth=4 if n.id == view.root else 2.5 if n.read else 1,
        )
    ids = set(net.node_ids)
    edges: list[dict[str, Any]] = []
    from pyvis.edge import Edge

    for i, e in enumerate(data.edges):
        if e.source not in ids or e.target not in ids:  # pragma: no cover - subgraph() guarantees it
            continue
        verb = main_verb(e.verbs)
        # pyvis's add_edge checks node existence with a list scan per edge (quadratic on the
        # corpus graph); the endpoints are known to exist, so build pyvis's Edge directly.
        opts = Edge(
            e.source,
            e.target,
            True,
            id=i,
            title=_edge_tooltip(e),
            color=VERB_COLOURS.get(verb, "#a0aec0"),
            cgVerbs=list(e.verbs),
        ).options
        edges.append(opts)
    net.edges = edges
    nodes, edges, _heading, _h, _w, _opts = net.get_network_data()
    groups = Counter(n["cgGroup"] for n in nodes)
    verbs = Counter(v for e in edges for v in e["cgVerbs"])
    years = [n["cgYear"] for n in nodes if n["cgYear"]]
    return {
        "heading": view.heading,
        "notes": view.notes,
        "root": view.root,
        "total": {"nodes": view.total_nodes, "edges": view.total_edges},
        "nodes": nodes,
        "edges": edges,
        "groups": [
            {"key": k, "label": GROUPS[k][0], "color": GROUPS[k][1], "count": groups[k]}
            for k in GROUPS
            if groups[k]
        ],
        "verbs": [
            {"key": v, "label": verb_label(v), "color": VERB_COLOURS.get(v, "#a0aec0"), "count": c}
            for v, c in sorted(verbs.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "shapes": [{"kind": k, "shape": s} for k, s in SHAPES.items()],
        "years": [min(years), max(years)] if years else None,
        "options": physics_options(len(nodes), len(edges)),
    }


def render_html(view: View, *, title: str = "citegraph") -> str:
    """The self-contained page for ``view``: vis-network's JS and CSS inlined, data as JSON."""
    app_js = (ASSETS / "app.js").read_text(encoding="utf-8")
    app_css = (ASSETS / "app.css").read_text(encoding="utf-8")
    vis_js = _asset("vis-network.min.js")
    vis_css = _asset("vis-network.css")
    for name, text in (("vis-network.min.js", vis_js), ("app.js", app_js)):
        if "</script" in text.lower():  # would end the inline block early
            raise ValueError(f"{name} contains '</script': cannot inline it")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    data = page_data(view)
    heading = html.escape(data["heading"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="citegraph (pyvis data model, vis-network 9.1.2 inlined)">
<title>{html.escape(title)} — {heading}</title>
<style>{vis_css}</style>
<style>{app_css}</style>
</head>
<body>
<aside id="side">
  <h1 id="heading">{heading}</h1>
  <p id="notes"></p>
  <p id="status">Laying out the graph…</p>
  <form id="search" autocomplete="off">
    <input id="q" type="search" placeholder="Find a symbol, e.g. 75/196" list="symbols" aria-label="Find a symbol">
    <button type="submit">Find</button>
    <datalist id="symbols"></datalist>
    <div id="found"></div>
  </form>
  <fieldset id="years"><legend>Years</legend>
    <label>from <input id="year-from" type="number"></label>
    <label>to <input id="year-to" type="number"></label>
    <label><input id="year-undated" type="checkbox" checked> undated</label>
  </fieldset>
  <fieldset id="groups"><legend>Organ and kind <button type="button" data-all="groups">all</button><button type="button" data-none="groups">none</button></legend></fieldset>
  <fieldset id="verbs"><legend>Verbs <button type="button" data-all="verbs">all</button><button type="button" data-none="verbs">none</button></legend></fieldset>
  <fieldset id="shapes"><legend>Shapes</legend></fieldset>
  <p class="hint">Node size: PageRank. Click a document to open it on undocs.org.</p>
</aside>
<main id="graph"></main>
<script type="application/json" id="cg-data">{json_for_script(data)}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""


# ------------------------------------------------------------------ the store edge

PREFIXES = """PREFIX cito: <http://purl.org/spar/cito/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX cg: <https://w3id.org/citegraph/ontology#>
"""

CG = "https://w3id.org/citegraph/ontology#"
CGD = "https://w3id.org/citegraph/id/"

#: Every document (the model types every read or cited one eli:LegalResource): one row each (SAMPLE keeps it one row when a fact is stored twice).
#: Titles as :func:`citegraph.answers.document_rows` gives them: a treaty volume's treaty's, a draft's resolution's.
NODES_QUERY = (
    PREFIXES
    + """
SELECT ?d (SAMPLE(?id_) AS ?id) (COALESCE(SAMPLE(?title_), SAMPLE(?treaty_), SAMPLE(?drafted_)) AS ?title)
       (SAMPLE(?date_) AS ?date)
       (SAMPLE(?type_) AS ?type) (SAMPLE(?organ_) AS ?organ) (SAMPLE(?kind_) AS ?kind)
       (SAMPLE(?read_) AS ?read)
WHERE {
  ?d a eli:LegalResource .
  OPTIONAL { ?d dcterms:identifier ?id_ }
  OPTIONAL { ?d dcterms:title ?title_ }
  OPTIONAL { ?d eli:is_part_of ?t_ . ?t_ a cg:Treaty ; rdfs:label ?treaty_ }  # a Treaty Series volume
  OPTIONAL { ?draft_ cg:becomes ?d ; dcterms:title ?drafted_ }  # a resolution read only as its draft
  OPTIONAL { ?d eli:date_document ?date_ }
  OPTIONAL { ?d cg:docType ?type_ }
  OPTIONAL { ?d (eli:passed_by|cg:submittedTo)/cg:code ?organ_ }
  OPTIONAL { ?d cg:kind ?kind_ }
  OPTIONAL { ?d cg:isRead ?read_ }
}
GROUP BY ?d
"""
)

#: Document-level edges with the verb properties that type them.
EDGES_QUERY = (
    PREFIXES
    + """
SELECT ?s ?o ?p WHERE {
  ?s cito:cites ?o .
  OPTIONAL { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(cg:))) }
}
"""
)

#: Every citing paragraph of each (document, target) pair, for edge tooltips (the page shows two).
SNIPPETS_QUERY = (
    PREFIXES
    + """
SELECT ?s ?o ?label ?text WHERE {
  ?c cito:hasCitedEntity ?o .  # only citations have it: no type test (2x faster)
  # the citing paragraph, and for a footnote's citation the paragraph its mark stands in
  { ?c cito:hasCitingEntity ?para } UNION { ?c cg:anchorParagraph ?para }
  ?para eli:is_part_of ?s ; cg:label ?label ; cg:text ?text .
}
"""
)


def iri_to_id(iri: str) -> str:
    """The node id of a document IRI (``cgd:A/RES/67/234_B`` → ``A/RES/67/234 B``).

    >>> iri_to_id(CGD + "S/RES/1373_(2001)"), iri_to_id(CGD + "file/notes"), iri_to_id(CGD + "A/RES/50/1%23x")
    ('S/RES/1373 (2001)', 'file/notes', 'A/RES/50/1#x')
    """
    local = iri[len(CGD) :] if iri.startswith(CGD) else iri
    return unquote(local) if local.startswith("file/") else unquote(local).replace("_", " ")


_PROP_TO_LEMMA = {v.prop: lemma for lemma, v in VERBS.items()}

Query = Callable[[str], list[dict[str, str | None]]]


def graph_from_rows(
    nodes: list[dict[str, str | None]],
    edges: list[dict[str, str | None]],
    snippets: list[dict[str, str | None]] = (),
) -> GraphData:  # type: ignore[assignment]
    """Assemble :class:`GraphData` from SPARQL rows (values as plain strings)."""
    by_iri: dict[str, VizNode] = {}
    for r in nodes:
        iri = r["d"] or ""
        node_id = r.get("id") or iri_to_id(iri)
        if node_id.startswith(CGD):
            node_id = iri_to_id(node_id)
        by_iri[iri] = VizNode(
            id=node_id,
            title=r.get("title"),
            date=(r.get("date") or None),
            doc_type=r.get("type"),
            organ=r.get("organ"),
            kind=r.get("kind"),
            read=(r.get("read") or "").lower() in ("true", "1"),
        )
    verbs: dict[tuple[str, str], set[str]] = {}
    for r in edges:
        s, o = r["s"] or "", r["o"] or ""
        if s not in by_iri or o not in by_iri or s == o:
            continue
        vs = verbs.setdefault((s, o), set())
        p = r.get("p")
        if p and p.startswith(CG) and p[len(CG) :] in _PROP_TO_LEMMA:
            vs.add(_PROP_TO_LEMMA[p[len(CG) :]])
    snips: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in snippets:
        key = (r["s"] or "", r["o"] or "")
        if key in verbs:
            snips.setdefault(key, []).append((r.get("label") or "", r.get("text") or ""))
    edges_out = []
    for (s, o), vs in sorted(verbs.items()):
        ps = sorted(  # in text order: the header, the preamble, the operative part, the footnotes
            set(snips.get((s, o), [])),
            key=lambda t: ("HPOF".find(t[0][:1]) % 5, int("0" + "".join(c for c in t[0] if c.isdigit()))),
        )
        edges_out.append(
            VizEdge(
                by_iri[s].id,
                by_iri[o].id,
                tuple(sorted(vs or {"cite"}, key=lambda v: _VERB_ORDER.get(v, 99))),
                tuple(f"{lab}: {txt}" for lab, txt in ps),
            )
        )
    nodes_out = sorted(by_iri.values(), key=lambda n: n.id)
    return GraphData(nodes_out, edges_out)


def load_graph(query: Query, *, snippets: bool = True) -> GraphData:
    """Read the whole citation graph with three SPARQL queries through ``query``.

    ``query(sparql)`` returns rows of plain strings (IRIs and literal values), so
    this works over any store that speaks SPARQL.
    """
    return graph_from_rows(query(NODES_QUERY), query(EDGES_QUERY), query(SNIPPETS_QUERY) if snippets else [])


def write_html(view: View, out: Path) -> Path:
    """Write the page for ``view`` to ``out`` (parents created) and return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(view), encoding="utf-8")
    return out
