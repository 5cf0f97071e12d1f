"""The analyses of citegraph.analysis on a small graph written by hand.

The fixture is a resolution series ("Strengthening X": 80/1, 78/1, 75/5 and a
session-72 draft read without its symbol) plus two Security Council texts, so
that every answer below can be worked out on paper.
"""

from __future__ import annotations

import networkx as nx
import pytest

from citegraph import analysis

TITLE = "Strengthening X"

DOCS = [
    {"key": "A/RES/80/1", "title": TITLE, "date": "2025-12-18", "read": True},
    {"key": "A/RES/78/1", "title": TITLE, "date": "2023-12-19", "read": True},
    {"key": "A/RES/75/5", "title": TITLE, "date": "2020-12-16", "read": True},
    {
        "key": "file/draft72",
        "title": TITLE,
        "session": 72,
        "date": "2017-10-13",
        "read": True,
        "source": "draft72.txt",
    },
    {"key": "S/RES/1 (1946)", "title": "Maintenance of international peace & security.", "read": True},
    {"key": "S/RES/4 (1946)", "title": "Maintenance of international peace and security", "read": True},
]


def ref(source, target, relation, para, start, date=None):
    return {
        "source": source,
        "target": target,
        "relation": relation,
        "para": para,
        "start": start,
        "date": date,
        "surface": target.split("/", 2)[-1],
    }


CITES = [
    ref("A/RES/80/1", "A/RES/60/1", "reaffirm", "P1", 1),
    ref("A/RES/80/1", "A/RES/72/196", "reaffirm", "P1", 5, "2017-12-19"),
    ref("A/RES/80/1", "A/RES/75/5", "reaffirm", "P1", 10),
    ref("A/RES/80/1", "A/RES/78/1", "reaffirm", "P1", 20),
    ref("A/RES/78/1", "A/RES/60/1", "reaffirm", "P1", 1),
    ref("A/RES/78/1", "A/RES/72/196", "reaffirm", "P1", 5, "2017-12-19"),
    ref("A/RES/78/1", "A/RES/75/5", "reaffirm", "P1", 10),
    ref("A/RES/78/1", "A/RES/72/1", "reaffirm", "P4", 50, "2017-09-20"),
    ref("A/RES/78/1", "A/RES/72/150", "recall", "O3", 100, "2017-12-19"),
    ref("A/RES/75/5", "A/RES/60/1", "reaffirm", "P1", 1),
    ref("A/RES/75/5", "A/RES/72/196", "reaffirm", "P1", 5, "2017-12-19"),
    ref("A/RES/75/5", "A/RES/72/197", "reaffirm", "P1", 9, "2017-12-19"),
    ref("A/RES/75/5", "A/RES/72/150", "note", "O2", 80),
    ref("file/draft72", "A/RES/60/1", "reaffirm", "P1", 1),
    ref("file/draft72", "A/RES/71/3", "reaffirm", "P1", 5),
    ref("S/RES/4 (1946)", "S/RES/1 (1946)", "recall", "P1", 1),
    ref("S/RES/4 (1946)", "S/RES/2 (1946)", "recall", "P1", 9),
    ref("S/RES/4 (1946)", "S/RES/2 (1946)", "recall", "P2", 30),
    ref("S/RES/1 (1946)", "S/RES/2 (1946)", "note", "O1", 5),
]


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return analysis.build_graph(DOCS, CITES)


def test_build_graph_keeps_occurrences_and_symbol_facts(G):
    e = G["S/RES/4 (1946)"]["S/RES/2 (1946)"]["recall"]
    assert e["paras"] == ["P1", "P2"] and e["weight"] == 2
    assert G.nodes["A/RES/72/196"] == {
        "symbol": "A/RES/72/196",
        "body": "GA",
        "kind": "resolution",
        "session": 72,
        "read": False,
    }
    assert G.number_of_nodes() == 13 and G.number_of_edges() == 18


def _expected_digraph() -> nx.DiGraph:
    """The weighted citation DiGraph, built here independently of analysis.relation_graph."""
    D = nx.DiGraph()
    D.add_nodes_from(d["key"] for d in DOCS)
    for c in CITES:
        u, v = c["source"], c["target"]
        D.add_edge(u, v, weight=D[u][v]["weight"] + 1 if D.has_edge(u, v) else 1)
    return D


def test_centrality_matches_networkx(G):
    D = _expected_digraph()
    assert analysis.centrality(G, "pagerank") == pytest.approx(nx.pagerank(D, weight="weight"))
    hubs, auth = nx.hits(D)
    assert analysis.centrality(G, "hits-authority") == pytest.approx(auth)
    assert analysis.centrality(G, "hits-hub") == pytest.approx(hubs)
    assert analysis.centrality(G, "betweenness") == pytest.approx(nx.betweenness_centrality(D))
    assert analysis.centrality(G, "in-degree") == dict(D.in_degree())


def test_betweenness_of_a_large_graph_is_a_seeded_estimate(G, monkeypatch):
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS", 5)
    expected = nx.betweenness_centrality(_expected_digraph(), k=5, seed=42)
    assert analysis.centrality(G, "betweenness") == pytest.approx(expected)
    assert expected != pytest.approx(nx.betweenness_centrality(_expected_digraph()))


def test_centrality_exact_values(G):
    deg = analysis.centrality(G, "in-degree")
    assert (deg["A/RES/60/1"], deg["A/RES/72/196"], deg["A/RES/75/5"], deg["A/RES/80/1"]) == (4, 3, 2, 0)
    # 75/5 is on the only shortest paths 80/1 -> 72/197 and 78/1 -> 72/197, and on one of the two
    # from 80/1 to 72/150; directed betweenness is normalised by (n - 1)(n - 2) = 12 * 11.
    bc = analysis.centrality(G, "betweenness")
    assert bc["A/RES/75/5"] == pytest.approx(2.5 / 132)
    assert bc["A/RES/78/1"] == pytest.approx(1.5 / 132)  # 80/1 -> 72/1, and half of 80/1 -> 72/150
    # Only recall edges: S/RES/4 recalls two texts, nothing else counts.
    assert analysis.centrality(G, "in-degree", relation="recall")["S/RES/2 (1946)"] == 1
    with pytest.raises(ValueError, match="unknown centrality"):
        analysis.centrality(G, "fame")


def test_top_filters_by_body_and_breaks_ties_by_symbol(G):
    rows = analysis.top(G, "in-degree", limit=3)
    assert [(r["symbol"], r["score"]) for r in rows] == [
        ("A/RES/60/1", 4),
        ("A/RES/72/196", 3),
        ("A/RES/72/150", 2),
    ]
    sc = analysis.top(G, "pagerank", body="SC")
    assert [r["symbol"] for r in sc] == ["S/RES/2 (1946)", "S/RES/1 (1946)", "S/RES/4 (1946)"]
    assert sc[0]["cited_by"] == 2


def test_series_by_title_and_by_citation_with_a_reworded_title(G):
    found = analysis.series(G)
    assert [(s.title, s.members) for s in found] == [
        (TITLE, ["A/RES/80/1", "A/RES/78/1", "A/RES/75/5", "file/draft72"]),
        # titles tie: the newest member's
        ("Maintenance of international peace and security", ["S/RES/4 (1946)", "S/RES/1 (1946)"]),
    ]


def test_an_amendment_bears_its_draft_s_title_and_is_no_version_of_the_series():
    amendment = {"key": "A/C.3/80/L.57", "title": TITLE, "doc_type": "amendment", "read": True}
    H = analysis.build_graph([*DOCS, amendment], CITES)
    assert analysis.series(H)[0].members == ["A/RES/80/1", "A/RES/78/1", "A/RES/75/5", "file/draft72"]


def test_identify_ranks_by_later_reaffirmations_with_evidence(G):
    cands = analysis.identify(G, "file/draft72")
    # 72/150 is only recalled (78/1) and noted (75/5): 0.25 each.
    assert [(c.symbol, c.score) for c in cands] == [
        ("A/RES/72/196", 5.0),
        ("A/RES/72/197", 1.0),
        ("A/RES/72/150", 0.5),
    ]
    best = cands[0]
    assert best.evidence == [
        "session 72",
        f"series: {TITLE}",
        "80/1 reaffirms it in P1 of 2017-12-19",
        "listed in 80/1 P1 with series member 75/5, 78/1",
        "78/1 reaffirms it in P1 of 2017-12-19",
        "listed in 78/1 P1 with series member 75/5",
        "75/5 reaffirms it in P1 of 2017-12-19",
    ]
    # 72/1 is dated before the draft: it cannot be what the draft became.
    assert "A/RES/72/1" not in {c.symbol for c in cands}
    assert analysis.identify(G, "A/RES/60/1") == []


def test_chain_follows_reaffirmations_through_an_identified_draft(G):
    links = analysis.chain(G, "A/RES/80/1")
    assert [(lk.target, lk.source, lk.relation, lk.paras, lk.draft) for lk in links] == [
        ("A/RES/80/1", None, None, [], None),
        ("A/RES/78/1", "A/RES/80/1", "reaffirm", ["P1"], None),
        ("A/RES/75/5", "A/RES/78/1", "reaffirm", ["P1"], None),
        ("A/RES/72/196", "A/RES/75/5", "reaffirm", ["P1"], "file/draft72"),
    ]
    assert [lk.target for lk in analysis.chain(G, "A/RES/60/1")] == ["A/RES/60/1"]


def test_diff_by_verb(G):
    rows = analysis.diff(G, "A/RES/78/1", "A/RES/80/1")
    assert [(r["relation"], r["change"], r["target"], r["paras"]) for r in rows] == [
        ("reaffirm", "dropped", "A/RES/72/1", ["P4"]),
        ("reaffirm", "added", "A/RES/78/1", ["P1"]),
        ("recall", "dropped", "A/RES/72/150", ["O3"]),
    ]


def test_communities_are_seeded_and_split_the_two_bodies(G):
    rows = analysis.communities(G, seed=7)
    assert rows == analysis.communities(G, seed=7)
    sc = [r for r in rows if any(t.startswith(("1 (", "2 (", "4 (")) for t in r["top"])]
    assert len(sc) == 1 and sc[0]["size"] == 3 and sc[0]["top"][0] == "2 (1946)"
    assert sum(r["size"] for r in rows) == 13


def test_citations_per_year(G):
    rows = analysis.citations_per_year(G)
    assert {(r["year"], r["relation"]): r["count"] for r in rows} == {
        (2025, "reaffirm"): 4,
        (2023, "reaffirm"): 4,
        (2023, "recall"): 1,
        (2020, "reaffirm"): 3,
        (2020, "note"): 1,
        (2017, "reaffirm"): 2,
        (1946, "recall"): 3,
        (1946, "note"): 1,  # SC texts: the year of their symbol
    }


def test_a_community_s_title_tie_goes_to_its_most_cited_text():
    # two texts read, each with a title of its own (a tie of one each): the title is the one of the text cited
    # more, whatever order the community's set gives (it changes with the process's hash seed)
    docs = [
        {"key": "A/RES/1/1", "read": True, "title": "Oceans"},
        {"key": "A/RES/1/2", "read": True, "title": "Fisheries"},
        {"key": "A/RES/1/3", "read": True},
        {"key": "A/RES/1/4", "read": True},
    ]
    cites = [
        {"source": "A/RES/1/1", "target": "A/RES/1/2", "relation": "recall"},
        {"source": "A/RES/1/3", "target": "A/RES/1/2", "relation": "recall"},
        {"source": "A/RES/1/3", "target": "A/RES/1/1", "relation": "recall"},
        {"source": "A/RES/1/2", "target": "A/RES/1/1", "relation": "recall"},
        {"source": "A/RES/1/4", "target": "A/RES/1/2", "relation": "reaffirm"},
        {"source": "A/RES/1/4", "target": "A/RES/1/3", "relation": "recall"},
        {"source": "A/RES/1/1", "target": "A/RES/1/4", "relation": "recall"},
    ]
    rows = analysis.communities(analysis.build_graph(docs, cites), seed=1, min_size=2)
    assert [(r["size"], r["title"], r["top"][0]) for r in rows] == [(4, "Fisheries", "1/2")]


def test_a_draft_beside_the_text_of_its_session_s_resolution_is_identified_as_it():
    """No later version reaffirms 80/229 (none was read): its own text, read beside the draft, names the draft
    (a draft without a symbol, as a draft that prints A/C.3/80/L.3)."""
    from citegraph.answers import infer_symbols

    title = "Strengthening the United Nations crime prevention and criminal justice programme"
    docs = [
        {"key": "file/draft", "doc_type": "draft-resolution", "session": 80, "date": "2025-10-14", "title": title,
         "read": True},
        {"key": "A/C.3/80/L.3", "doc_type": "draft-resolution", "session": 80, "date": "2025-10-14",
         "title": title, "read": True},
        {"key": "A/RES/80/229", "doc_type": "resolution", "date": "2025-12-18", "title": title, "read": True},
        {"key": "A/RES/78/229", "doc_type": "resolution", "date": "2023-12-19", "title": title, "read": True},
    ]  # fmt: skip
    cites = [{"source": "A/RES/80/229", "target": "A/RES/78/229", "relation": "reaffirm", "para": "P1"}]
    assert infer_symbols(docs, cites, ["file/draft", "A/C.3/80/L.3"]) == {
        "file/draft": "A/RES/80/229",
        "A/C.3/80/L.3": "A/RES/80/229",
    }
    # an earlier session's draft, and a draft dated after the resolution, are no drafts of it
    docs[0] |= {"session": 79}
    docs[1] |= {"date": "2026-01-10"}
    assert infer_symbols(docs, cites, ["file/draft", "A/C.3/80/L.3"]) == {}
    # nor when two resolutions of the session bear the title
    docs[0] |= {"session": 80}
    docs.append(
        {"key": "A/RES/80/230", "doc_type": "resolution", "date": "2025-12-18", "title": title, "read": True}
    )
    assert infer_symbols(docs, cites, ["file/draft"]) == {}
