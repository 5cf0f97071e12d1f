"""Analyses of the citation graph with networkx: what matters, what descends from what.

The store holds RDF; the questions people ask of a body of resolutions are graph
questions. Which texts does everything else lean on (centrality)? Which
resolution is last year's version of this one (chains, series)? What changed
between two versions (diffs)? Which draft became which resolution (identify)?

Every function here is pure: a :class:`networkx.MultiDiGraph` in, an answer out.
:func:`build_graph` makes that graph from plain rows (``citegraph.answers``
reads them from the store), so the analyses can be tested on a graph written by
hand and run unchanged on the store.

The graph
---------
One node per document, keyed by its canonical symbol (``A/RES/75/196``) or, for a
text read without a printed symbol, ``file/<stem>``. Node attributes: ``symbol``,
``title``, ``date`` (ISO), ``body`` (``GA``, ``SC``...), ``session``, ``doc_type``,
``kind``, ``source`` (the file name of a read text) and ``read`` (True for texts
that were read, False for documents known only because something cites them).

One edge per (citing document, cited document, relation), keyed by the relation
lemma of :mod:`citegraph.verbs` (``reaffirm``, ``recall``...). Edge attributes
list the occurrences: ``paras`` (``P1``, ``O12``, ``F6``), ``footnotes`` (for a
footnote's reference counted where its mark stands, the footnote: ``P2`` with ``F1``;
else None), ``dates`` (the date printed with the reference), ``surfaces`` and
``starts`` (offsets in the citing text), and ``weight``, the number of occurrences.

>>> G = build_graph(
...     [{"key": "A/RES/78/229", "title": "Crime", "date": "2023-12-19", "read": True},
...      {"key": "A/RES/75/196", "title": "Crime", "date": "2020-12-16", "read": True}],
...     [{"source": "A/RES/78/229", "target": "A/RES/75/196", "relation": "reaffirm", "para": "P1"}])
>>> G["A/RES/78/229"]["A/RES/75/196"]["reaffirm"]["paras"]
['P1']
>>> [link.target for link in chain(G, "A/RES/78/229")]
['A/RES/78/229', 'A/RES/75/196']
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from citegraph.models import DRAFT_TYPES
from citegraph.symbols import body_of, kind_of, session_of, short, year_of

#: The centrality measures ``citegraph top --by`` knows.
CENTRALITIES = ("pagerank", "hits-authority", "hits-hub", "in-degree", "betweenness")

#: Relations that carry a text forward from one version of a resolution to the next,
#: strongest first. A chain link prefers the first of these it finds.
CARRY = ("reaffirm", "recall", "take-note", "note", "welcome", "bear-in-mind", "cite")

Node = Hashable

#: Graphs up to this many nodes get exact betweenness; larger ones a seeded estimate.
EXACT_BETWEENNESS = 1000


# --------------------------------------------------------------------------- graph


def build_graph(docs: Iterable[Mapping[str, Any]], citations: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """The citation multigraph from document rows and citation-occurrence rows.

    ``docs`` rows have a ``key`` and any of the node attributes listed in the
    module docstring; missing facts that a symbol carries (body, kind, session)
    are filled in from the key. ``citations`` rows have ``source``, ``target``,
    ``relation`` and optionally ``para``, ``date``, ``surface``, ``start``: one row
    per occurrence. Occurrences of the same (source, target, relation) become
    one edge whose lists keep every occurrence, in text order.
    """
    G = nx.MultiDiGraph()
    for d in docs:
        key = d["key"]
        attrs = {k: v for k, v in d.items() if k != "key" and v is not None}
        if key in G:
            # The same document read twice (a seed and its corpus copy): keep what either says.
            for k, v in attrs.items():
                G.nodes[key].setdefault(k, v)
                if k == "read" and v:
                    G.nodes[key]["read"] = True
        else:
            G.add_node(key, **attrs)
    occurrences: dict[tuple[Node, Node, str], list[Mapping[str, Any]]] = defaultdict(list)
    for c in citations:
        occurrences[(c["source"], c["target"], c["relation"])].append(c)
    for (u, v, rel), occ in occurrences.items():
        seen: set[tuple[Any, ...]] = set()
        uniq = []
        for o in sorted(
            occ, key=lambda o: (o.get("start") is None, o.get("start") or 0, o.get("para") or "")
        ):
            sig = (o.get("para"), o.get("start"), o.get("surface"))
            if sig not in seen:  # the same occurrence reported twice (two copies of one text)
                seen.add(sig)
                uniq.append(o)
        G.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            weight=len(uniq),
            paras=[o.get("para") for o in uniq],
            footnotes=[o.get("footnote") for o in uniq],  # a footnote's reference used at its mark in paras
            dates=[o.get("date") for o in uniq],
            surfaces=[o.get("surface") for o in uniq],
            starts=[o.get("start") for o in uniq],
        )
    for n, a in G.nodes(data=True):
        if isinstance(n, str) and not n.startswith("file/"):
            a.setdefault("symbol", n)
        sym = a.get("symbol")
        if sym:
            a.setdefault("body", body_of(sym))
            a.setdefault("kind", kind_of(sym))
            if session_of(sym) is not None:
                a.setdefault("session", session_of(sym))
        a.setdefault("read", False)
    return G


def label(G: nx.MultiDiGraph, n: Node) -> str:
    """How a node is printed: its short symbol, else the file it was read from, else its key."""
    a = G.nodes[n] if n in G else {}
    if a.get("symbol"):
        return short(a["symbol"])
    return str(a.get("source") or n)


def when(attrs: Mapping[str, Any]) -> str:
    """A sortable date for a document: its date, else the year its symbol or session implies.

    GA session *s* meets in the autumn of year 1945 + *s*, so an undated draft of
    session 70 sorts in late 2015, before resolutions adopted in December.

    >>> when({"date": "2020-12-16"}), when({"session": 70}), when({"symbol": "S/RES/1373 (2001)"}), when({})
    ('2020-12-16', '2015-10-00', '2001-00-00', '')
    """
    if attrs.get("date"):
        return str(attrs["date"])
    if attrs.get("session"):
        return f"{1945 + int(attrs['session'])}-10-00"
    y = year_of(attrs.get("symbol") or "")
    return f"{y}-00-00" if y else ""


def relation_graph(G: nx.MultiDiGraph, relation: str | None = None) -> nx.DiGraph:
    """Collapse the multigraph to a weighted DiGraph, keeping one relation or all.

    The weight of ``u -> v`` is the number of occurrences of references from u to v
    (under ``relation`` if given). Every node is kept, cited or not.
    """
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, rel, a in G.edges(keys=True, data=True):
        if relation and rel != relation:
            continue
        w = a.get("weight", 1)
        if D.has_edge(u, v):
            D[u][v]["weight"] += w
        else:
            D.add_edge(u, v, weight=w)
    return D


# --------------------------------------------------------------------------- centrality


def centrality(G: nx.MultiDiGraph, by: str = "pagerank", relation: str | None = None) -> dict[Node, float]:
    """Score every document by one of :data:`CENTRALITIES`.

    - ``pagerank``: :func:`networkx.pagerank` over the weighted citation graph: a text
      matters if texts that matter cite it;
    - ``hits-authority`` / ``hits-hub``: :func:`networkx.hits` (unweighted): authorities
      are the texts cited by good hubs, hubs the texts that cite good authorities;
    - ``in-degree``: the number of distinct documents citing it;
    - ``betweenness``: :func:`networkx.betweenness_centrality` on the directed graph:
      the texts that lie on citation paths between others. Exact up to
      :data:`EXACT_BETWEENNESS` nodes; above, estimated from that many source
      nodes drawn with a fixed seed (exact betweenness of the whole corpus takes
      a minute; the estimate ranks the same texts on top in seconds).

    >>> G = build_graph([], [{"source": s, "target": "t", "relation": "recall"} for s in "abc"])
    >>> centrality(G, "in-degree")["t"]
    3
    """
    D = relation_graph(G, relation)
    if by == "pagerank":
        return nx.pagerank(D, weight="weight") if D else {}
    if by in ("hits-authority", "hits-hub"):
        if D.number_of_edges() == 0:
            return dict.fromkeys(D, 0.0)
        hubs, authorities = nx.hits(D)
        return authorities if by == "hits-authority" else hubs
    if by == "in-degree":
        return dict(D.in_degree())
    if by == "betweenness":
        if len(D) <= EXACT_BETWEENNESS:
            return nx.betweenness_centrality(D)
        return nx.betweenness_centrality(D, k=EXACT_BETWEENNESS, seed=42)
    raise ValueError(f"unknown centrality {by!r}; known: {', '.join(CENTRALITIES)}")


def top(
    G: nx.MultiDiGraph,
    by: str = "pagerank",
    relation: str | None = None,
    body: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """The ``limit`` best documents by a centrality, optionally only those of ``body``.

    Scores are computed on the whole graph (under ``relation`` if given) and then
    filtered, so that a GA resolution's rank reflects every citation it receives.
    Ties are broken by symbol so that the answer is stable.
    """
    scores = centrality(G, by, relation)
    D = relation_graph(G, relation)
    nodes = [n for n in scores if not body or G.nodes[n].get("body") == body]
    nodes.sort(key=lambda n: (-scores[n], str(n)))
    rows = []
    for i, n in enumerate(nodes[:limit], 1):
        a = G.nodes[n]
        s = scores[n]
        rows.append(
            {
                "rank": i,
                "symbol": a.get("symbol") or str(n),
                "score": float(f"{s:.6g}") if isinstance(s, float) else s,
                "cited_by": D.in_degree(n),
                "date": a.get("date"),
                "title": a.get("title"),
            }
        )
    return rows


def citations_per_year(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Occurrences of references per year of the citing document and per verb.

    >>> G = build_graph([{"key": "a", "date": "2020-01-01"}], [{"source": "a", "target": "b", "relation": "recall"}])
    >>> citations_per_year(G)
    [{'year': 2020, 'relation': 'recall', 'count': 1}]
    """
    counts: Counter[tuple[int, str]] = Counter()
    for u, _, rel, a in G.edges(keys=True, data=True):
        w = when(G.nodes[u])
        if w[:4].isdigit():
            counts[(int(w[:4]), rel)] += a.get("weight", 1)
    return [{"year": y, "relation": r, "count": c} for (y, r), c in sorted(counts.items())]


# --------------------------------------------------------------------------- series and chains


def normalize_title(title: str | None) -> str:
    """A title reduced to lower-case words, for recognising versions of one resolution.

    >>> normalize_title("78/229. Strengthening the  United Nations crime prevention ...")
    'strengthening the united nations crime prevention'
    """
    if not title:
        return ""
    t = re.sub(r"^\s*\d+/\d+\.\s*", "", title)
    return " ".join(re.findall(r"[a-z0-9]+", t.lower()))


@dataclass
class Series:
    """Versions of one resolution found among the texts read: same title, newest first."""

    title: str
    members: list[Node]


def series(G: nx.MultiDiGraph, min_similarity: float = 0.85) -> list[Series]:
    """The resolution series among the texts read, largest first.

    Two texts read belong to one series when their titles are equal once
    normalised, or when one cites the other and their titles are nearly equal
    (``difflib`` ratio at least ``min_similarity``: a title reworded over the
    years). Series of one text are left out, and so are amendments: an amendment to a draft bears the
    draft's title but is no version of the resolution.
    """
    read = [
        n
        for n, a in G.nodes(data=True)
        if a.get("read") and a.get("doc_type") != "amendment" and normalize_title(a.get("title"))
    ]
    uf = nx.utils.UnionFind(read)
    by_title: dict[str, list[Node]] = defaultdict(list)
    for n in read:
        by_title[normalize_title(G.nodes[n].get("title"))].append(n)
    for group in by_title.values():
        uf.union(*group)
    readset = set(read)
    for u, v in G.edges():
        if u in readset and v in readset and u != v:
            tu, tv = (normalize_title(G.nodes[x].get("title")) for x in (u, v))
            if tu != tv and _near(tu, tv, min_similarity):
                uf.union(u, v)
    out = []
    for group in uf.to_sets():
        if len(group) < 2:
            continue
        members = sorted(group, key=lambda n: (when(G.nodes[n]), str(n)), reverse=True)
        titles = Counter(G.nodes[n].get("title") for n in members)
        out.append(Series(titles.most_common(1)[0][0], members))
    out.sort(key=lambda s: (-len(s.members), s.title))
    return out


def _near(a: str, b: str, min_similarity: float) -> bool:
    """Whether two normalised titles are nearly equal, as :func:`series` joins cited versions."""
    m = difflib.SequenceMatcher(None, a, b)
    return m.quick_ratio() >= min_similarity and m.ratio() >= min_similarity


def series_reach(
    titles: Mapping[Node, str | None], start: Iterable[Node], min_similarity: float = 0.85
) -> set[Node]:
    """The texts read (``titles``: text -> title) that may share a series with the texts ``start``: those whose
    title equals or nearly equals (:func:`series`' ratio) the title of one reached, until none is added. A
    superset of their series' members, since :func:`series` also asks a citation between nearly equal titles:
    what identifying a few drafts needs to read of a large store (``store.refresh_identified``).

    >>> titles = {"d": "Crime prevention programme", "a": "Crime prevention programme", "b": "Crime prevention programmes",
    ...           "x": "Rights of the child"}
    >>> sorted(series_reach(titles, ["d"]))
    ['a', 'b', 'd']
    """
    norm = {n: normalize_title(t) for n, t in titles.items()}
    reached = set(start)
    todo = [norm.get(n, "") for n in reached]
    seen_titles: set[str] = set()
    while todo:
        t = todo.pop()
        if not t or t in seen_titles:
            continue
        seen_titles.add(t)
        for n, u in norm.items():
            if n not in reached and u and (u == t or _near(t, u, min_similarity)):
                reached.add(n)
                todo.append(u)
    return reached


def series_of(G: nx.MultiDiGraph, n: Node, all_series: list[Series] | None = None) -> Series | None:
    """The series ``n`` belongs to, else None."""
    for s in all_series if all_series is not None else series(G):
        if n in s.members:
            return s
    return None


@dataclass
class Link:
    """One step of a chain: ``source`` cites ``target`` (an earlier version) by ``relation``.

    The first link of a chain is the starting text itself (``source`` is None).
    ``draft`` names the text read for ``target`` when only its draft was read. ``passed_over`` lists
    what the link may skip: the documents of ``target``'s body and kind that ``source`` cites by the same
    relation in the same paragraph, dated between the two, whose texts were not read. In "Reaffirming its
    resolutions ... 75/196 of 16 December 2020 and 78/229 of 19 December 2023", 80/229's link to 75/196
    passes over 78/229 when 78/229 was not read: maybe a version in between.
    """

    target: Node
    source: Node | None = None
    relation: str | None = None
    paras: list[str] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)
    draft: Node | None = None
    passed_over: list[Node] = field(default_factory=list)


def chain(G: nx.MultiDiGraph, start: Node, identified: Mapping[Node, str] | None = None) -> list[Link]:
    """Follow references from ``start`` back through earlier versions of its series, newest first.

    At each step the next link is the newest earlier member of the series that
    the current text cites, by the strongest relation of :data:`CARRY`
    (normally "reaffirming its resolutions ..."). A member read only as a draft
    without a symbol stands for the resolution it was identified as
    (``identified``, by default computed with :func:`identify`), so
    ``75/196 -> 72/196`` is followed when the text read for 72/196 is its draft.
    The chain stops where no earlier member is cited.
    """
    s = series_of(G, start)
    links = [Link(target=start, draft=None if G.nodes[start].get("symbol") else start)]
    if s is None:
        return links
    if identified is None:
        identified = identify_series(G, s)
    alias: dict[Node, Node] = {}
    for m in s.members:
        alias[m] = m
        if m in identified:
            alias.setdefault(identified[m], m)
    seen = {start}
    cur = start
    while True:
        best = None
        for _, v, rel, a in G.out_edges(cur, keys=True, data=True):
            m = alias.get(v)
            if m is None or m in seen or rel not in CARRY or when(G.nodes[m]) > when(G.nodes[cur]):
                continue
            k = (when(G.nodes[m]), -CARRY.index(rel))
            if best is None or k > best[0]:
                best = (k, v, m, rel, a)
        if best is None:
            return links
        _, v, m, rel, a = best
        links.append(
            Link(
                target=v,
                source=cur,
                relation=rel,
                paras=list(a["paras"]),
                dates=list(a["dates"]),
                draft=m if m != v else None,
                passed_over=_passed_over(G, cur, v, rel, set(a["paras"]), alias),
            )
        )
        seen.add(m)
        cur = m


def _passed_over(
    G: nx.MultiDiGraph, cur: Node, v: Node, rel: str, paras: set[str], alias: Mapping[Node, Node]
) -> list[Node]:
    """What :attr:`Link.passed_over` lists for the link ``cur -> v`` by ``rel`` from ``paras``, oldest first."""
    t = G.nodes[v]
    lo, hi = when(t) or when(G.nodes[alias.get(v, v)]), when(G.nodes[cur])
    out = [
        w
        for _, w, r, b in G.out_edges(cur, keys=True, data=True)
        if r == rel
        and w != v
        and w not in alias
        and not G.nodes[w].get("read")
        and (G.nodes[w].get("body"), G.nodes[w].get("kind")) == (t.get("body"), t.get("kind"))
        and lo < when(G.nodes[w]) < hi
        and paras & set(b["paras"])
    ]
    return sorted(out, key=lambda w: (when(G.nodes[w]), str(w)))


# --------------------------------------------------------------------------- diffs


def diff(G: nx.MultiDiGraph, a: Node, b: Node) -> list[dict[str, Any]]:
    """References added and dropped from version ``a`` to version ``b``, by verb.

    A reference is the pair (relation, target). One row per change, sorted by
    relation then target; ``change`` is ``added`` (in b, not in a) or ``dropped``
    (in a, not in b). A target whose verb changed shows as dropped under the old
    verb and added under the new one.

    >>> G = build_graph([], [{"source": "a", "target": "x", "relation": "recall"},
    ...                      {"source": "b", "target": "x", "relation": "reaffirm"},
    ...                      {"source": "b", "target": "y", "relation": "recall"}])
    >>> [(r["relation"], r["change"], r["target"]) for r in diff(G, "a", "b")]
    [('reaffirm', 'added', 'x'), ('recall', 'dropped', 'x'), ('recall', 'added', 'y')]

    ``paras`` lists where each stands, a footnote's reference with its footnote:
    ``P2 (F1)`` (:func:`citegraph.answers.use_of`).
    """
    ra, rb = references_of(G, a), references_of(G, b)
    rows = []
    for rel, t in sorted(ra ^ rb, key=lambda p: (p[0], str(p[1]), p in ra)):
        side = b if (rel, t) in rb else a
        e = G[side][t][rel]
        rows.append(
            {
                "relation": rel,
                "change": "added" if (rel, t) in rb else "dropped",
                "target": t,
                # "P2 (F1)": the footnote's reference, used where its mark stands (answers.use_of)
                "paras": [shown_para(p, f) for p, f in zip(e["paras"], e["footnotes"], strict=True)],
                "title": G.nodes[t].get("title"),
            }
        )
    return rows


def shown_para(para: str, footnote: str | None) -> str:
    """Where a reference stands as the answers print it: its paragraph, and for a footnote's reference used
    where the footnote's mark stands, the footnote too.

    >>> shown_para("P2", "F1"), shown_para("O12", None)
    ('P2 (F1)', 'O12')
    """
    return f"{para} ({footnote})" if footnote else para


def references_of(G: nx.MultiDiGraph, n: Node) -> set[tuple[str, Node]]:
    """The set of (relation, target) pairs that ``n`` cites."""
    return {(rel, v) for _, v, rel in G.out_edges(n, keys=True)}


# --------------------------------------------------------------------------- identify


@dataclass
class Candidate:
    """A symbol a text without a printed one may bear, with the score and the evidence for it."""

    symbol: str
    score: float
    evidence: list[str]
    order: float = 0.0  # where later versions list it among their references (tie-break)
    reaffirmed: int = 0  # how many later versions reaffirm it
    place: int = 0  # the first paragraph a later version cites it in (tie-break: the series list opens)
    adopted: bool = False  # the resolution's own text was read: the draft's session's version (adopted_text)


def draft_session(G: nx.MultiDiGraph, n: Node) -> int | None:
    """The GA session of a text: as stated, else the latest session of the GA texts it cites.

    A draft cites resolutions of earlier sessions and, at the latest, of its own
    (the resolutions adopted in September of its first weeks), so the latest
    cited session is the best guess when the header is gone.
    """
    s = G.nodes[n].get("session")
    if s:
        return int(s)
    cited = [session_of(str(v)) for v in G.successors(n)]
    cited = [c for c in cited if c and G.nodes[n].get("body", "GA") in (None, "GA")]
    return max(cited) if cited else None


def adopted_text(G: nx.MultiDiGraph, n: Node, s: Series) -> Node | None:
    """The resolution the draft ``n`` was adopted as, when that resolution's own text was read: the one GA
    resolution of the draft's series and stated session, dated no earlier than the draft. None for a text
    that is no draft (its ``doc_type``), states no session, or has none or several such versions.

    A series has one resolution a session: A/C.3/80/L.3, "Strengthening the United Nations crime prevention
    and criminal justice programme ..." of session 80, is the draft of 80/229 of that title, read beside it.

    >>> G = build_graph(
    ...     [{"key": "A/C.3/80/L.3", "doc_type": "draft-resolution", "session": 80, "date": "2025-10-14", "read": True},
    ...      {"key": "A/RES/80/229", "date": "2025-12-18", "read": True},
    ...      {"key": "A/RES/78/229", "date": "2023-12-19", "read": True}], [])
    >>> adopted_text(G, "A/C.3/80/L.3", Series("T", ["A/RES/80/229", "A/C.3/80/L.3", "A/RES/78/229"]))
    'A/RES/80/229'
    """
    a = G.nodes[n]
    session = a.get("session")
    if a.get("doc_type") not in DRAFT_TYPES or not session:
        return None
    found = [
        m
        for m in s.members
        if m != n
        and G.nodes[m].get("read")
        and G.nodes[m].get("symbol")
        and G.nodes[m].get("body") == "GA"
        and G.nodes[m].get("kind") == "resolution"
        and session_of(str(m)) == int(session)
        and not (a.get("date") and G.nodes[m].get("date") and G.nodes[m]["date"] < a["date"])
    ]
    return found[0] if len(found) == 1 else None


def identify(
    G: nx.MultiDiGraph,
    n: Node,
    known: Mapping[Node, str] | None = None,
    all_series: list[Series] | None = None,
) -> list[Candidate]:
    """Rank the symbols a text without a printed one (a draft) may have been adopted as.

    The evidence is the graph's: the text's GA session (:func:`draft_session`),
    its series (same title, :func:`series`), and what the later versions of the
    series reaffirm. A candidate is a GA resolution of that session, cited by a
    later version, dated (by that later version) no earlier than the text itself,
    that the text does not cite itself (no text cites its own number) and that is
    not a text read under another title. Its score adds, for each later version,
    1 if that version reaffirms it (0.25 if it only cites it by another verb of
    :data:`CARRY`) and 1
    if it stands in the same paragraph as a reference to another known member of
    the series (the "Reaffirming its resolutions 70/178 ..., 72/196 ... and 75/196"
    paragraph that lists a series' versions). ``known`` maps drafts already
    identified to their symbols, which then count as known members. Equal scores
    are ordered by where the later versions list them (series lists run in
    number order, the series' own version first among those of a session), then
    by the first paragraph that cites them: the list of the series' versions
    opens the preamble ("Reaffirming its resolutions ...", P1), a resolution of
    the same session on another subject comes later.
    """
    session = draft_session(G, n)
    s = series_of(G, n, all_series)
    if session is None or s is None:
        return []
    known = dict(known or {})
    a_date = G.nodes[n].get("date") or ""
    mine = normalize_title(G.nodes[n].get("title"))
    later = [m for m in s.members if m != n and when(G.nodes[m]) > when(G.nodes[n])]
    member_syms = {m for m in s.members if G.nodes[m].get("symbol")} | set(known.values())
    own = set(G.successors(n))
    scores: dict[Node, Candidate] = {}
    adopted = adopted_text(G, n, s)
    if adopted is not None:
        d = G.nodes[adopted].get("date")
        scores[adopted] = Candidate(
            str(adopted), 0.0, [f"its text read: {label(G, adopted)}{f' of {d}' if d else ''}"], adopted=True
        )
    orders: dict[Node, list[float]] = defaultdict(list)
    places: dict[Node, list[int]] = defaultdict(list)
    for m in later:
        # paragraph -> targets in text order, to see what each target is listed with
        by_para: dict[str, list[tuple[int, Node]]] = defaultdict(list)
        for _, v, _rel, e in G.out_edges(m, keys=True, data=True):
            for p, st in zip(e["paras"], e["starts"], strict=False):
                by_para[p].append((st or 0, v))
        edges: dict[Node, dict[str, dict[str, Any]]] = defaultdict(dict)
        for _, v, rel, e in G.out_edges(m, keys=True, data=True):
            if rel in CARRY:
                edges[v][rel] = e
        for v, by_rel in edges.items():
            va = G.nodes[v]
            if va.get("body") != "GA" or va.get("kind") != "resolution":
                continue
            if session_of(str(v)) != session or v in own or v == n:
                continue
            if va.get("read") and normalize_title(va.get("title")) not in ("", mine):
                continue
            dated = [d for e in by_rel.values() for d in e["dates"] if d]
            if a_date and dated and max(dated) < a_date:
                continue
            rel = min(by_rel, key=CARRY.index)  # the strongest verb this version cites it by
            e = by_rel[rel]
            c = scores.setdefault(v, Candidate(str(v), 0.0, []))
            c.score += 1.0 if rel == "reaffirm" else 0.25
            c.reaffirmed += rel == "reaffirm"
            own_dates = [d for d in e["dates"] if d]
            when_txt = f" of {own_dates[0]}" if own_dates else ""
            c.evidence.append(f"{label(G, m)} {rel}s it in {', '.join(dict.fromkeys(e['paras']))}{when_txt}")
            for p in dict.fromkeys(e["paras"]):
                listed = [t for _, t in sorted(by_para[p], key=lambda x: (x[0], str(x[1])))]
                with_members = [t for t in listed if t in member_syms and t != m and t != v]
                if with_members:
                    c.score += 1.0
                    c.evidence.append(
                        f"listed in {label(G, m)} {p} with series member "
                        f"{', '.join(short(str(t)) for t in with_members[:3])}"
                    )
                    break
            same_session = [
                t
                for _, t in sorted(by_para[e["paras"][0]], key=lambda x: (x[0], str(x[1])))
                if session_of(str(t)) == session
            ]
            orders[v].append(same_session.index(v) if v in same_session else len(same_session))
            places[v].append(min(_paragraph_place(p) for p in e["paras"]))
    if n in G and G.nodes[n].get("session"):
        for c in scores.values():
            c.evidence.insert(0, f"session {session}")
    else:
        for c in scores.values():
            c.evidence.insert(0, f"session {session} (latest session it cites)")
    for v, c in scores.items():
        c.evidence.insert(1, f"series: {s.title}")
        c.order = sum(orders[v]) / len(orders[v]) if orders[v] else 0.0
        c.place = min(places[v]) if places[v] else 0
    return sorted(scores.values(), key=lambda c: (not c.adopted, -c.score, c.order, c.place, c.symbol))


def _paragraph_place(label: str) -> int:
    """A paragraph label as a place in the text: P1 < P44 < O1 < F1 (the header last: it is no list).

    >>> sorted(["O3", "F1", "P44", "P1", "H"], key=_paragraph_place)
    ['P1', 'P44', 'O3', 'F1', 'H']
    """
    base = {"P": 0, "O": 10_000, "F": 20_000}.get(label[:1], 30_000)
    return base + (int(label[1:]) if label[1:].isdigit() else 0)


def identify_series(G: nx.MultiDiGraph, s: Series) -> dict[Node, str]:
    """Identify every member of ``s`` read without a symbol, and every draft, oldest first.

    A member is identified with its best candidate only when a later version
    reaffirms that candidate, or when it is the resolution whose own text was read
    (:func:`adopted_text`, which also names a draft that prints its own symbol, A/C.3/80/L.3): a
    resolution that is merely recalled or noted is listed by :func:`identify` but too weak to
    name the text. Each identification becomes a known member for the next; a resolution is
    taken once, but for the drafts of a text that was read (a draft and its revision).
    """
    known: dict[Node, str] = {}
    for m in reversed(s.members):
        if not G.nodes[m].get("symbol") or G.nodes[m].get("doc_type") in DRAFT_TYPES:
            cands = identify(G, m, known, [s])
            taken = set(known.values())
            best = next((c for c in cands if c.adopted or (c.symbol not in taken and c.reaffirmed)), None)
            if best is not None:
                known[m] = best.symbol
    return known


# --------------------------------------------------------------------------- communities


def communities(
    G: nx.MultiDiGraph, seed: int = 42, top_n: int = 3, min_size: int = 2
) -> list[dict[str, Any]]:
    """Policy clusters: Louvain communities of the undirected citation graph, largest first.

    :func:`networkx.community.louvain_communities` is randomised; ``seed`` fixes it
    so that the same graph always gives the same clusters. Each community is
    reported with its size, its ``top_n`` documents by in-degree inside the whole
    graph, and the most frequent title among its texts read.
    """
    D = relation_graph(G)
    U = nx.Graph()
    U.add_nodes_from(D)
    for u, v, a in D.edges(data=True):
        if u == v:
            continue
        w = a["weight"] + (U[u][v]["weight"] if U.has_edge(u, v) else 0)
        U.add_edge(u, v, weight=w)
    parts = nx.community.louvain_communities(U, weight="weight", seed=seed)
    indeg = dict(D.in_degree())
    rows = []
    for part in sorted(parts, key=lambda p: (-len(p), min(map(str, p)))):
        if len(part) < min_size:
            continue
        # the most common title of the texts read; a tie goes to the most cited text's (most_common keeps the
        # order of first sight among equals, and a set's order changes from one run to the next)
        ranked = sorted(part, key=lambda n: (-indeg[n], str(n)))
        titles = Counter(
            G.nodes[n].get("title") for n in ranked if G.nodes[n].get("read") and G.nodes[n].get("title")
        )
        best = ranked[:top_n]
        rows.append(
            {
                "community": len(rows) + 1,
                "size": len(part),
                "read": sum(1 for n in part if G.nodes[n].get("read")),
                "top": [label(G, n) for n in best],
                "title": titles.most_common(1)[0][0] if titles else None,
            }
        )
    return rows
