"""End to end over the corpus: ``citegraph build`` of data/ and the GA and SC corpus, then SPARQL.

The store is built once per session by the real command line (``corpus_store``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import corpus_paths, gold_reaffirmed
from pyoxigraph import RdfFormat, parse
from test_graph_support import CLI, run_cli

from citegraph import store

pytestmark = pytest.mark.corpus


def sparql(st, *args: str, fmt: str = "json"):
    out = run_cli("sparql", *args, "--format", fmt, "--store", str(st)).stdout
    return json.loads(out) if fmt == "json" else out


def test_reaffirms_75_196_is_exactly_the_gold_set(corpus_store, gold_dir):
    expected = sorted(
        gold_reaffirmed(gold_dir)
    )  # the gold's, and what footnotes give where a reaffirm stands
    rows = sparql(corpus_store, "@reaffirms", "75/196")
    assert [r["target"] for r in rows] == expected
    assert len(expected) == 30 and "A/DEC/74/568" in expected and "UNTS/976/14152" in expected
    # the same answer from a query text, the long symbol, and CSV
    text = "SELECT DISTINCT ?t WHERE { cgd:A/RES/75/196 cg:reaffirms/dcterms:identifier ?t } ORDER BY ?t"
    assert [r["t"] for r in sparql(corpus_store, text)] == expected
    out = sparql(corpus_store, "@reaffirms", "A/RES/75/196", fmt="csv")
    assert [r["target"] for r in csv.DictReader(io.StringIO(out))] == expected


def test_the_corpus_graph_validates_against_the_shapes(corpus_store):
    conforms, violations, report = store.validate(store.open_store(corpus_store))
    assert violations == 0, report[:3000]
    assert conforms


def test_every_text_is_one_read_document(corpus_store, corpus, data_dir):
    files = sorted(p.name for d in corpus_paths(corpus) for p in Path(d).glob("*.txt"))
    rows = sparql(corpus_store, "SELECT ?f WHERE { ?d cg:isRead true ; cg:sourceFile ?f } ORDER BY ?f")
    # data/004 is A/RES/78/229 again: the corpus file, read later, replaces it
    assert [r["f"] for r in rows] == sorted(set(files) - {"004_8557d7812f93ebe1.txt"})


def test_corpus_exports_are_deterministic_and_turtle_is_the_same_graph(corpus_store, tmp_path):
    a, b, nt = tmp_path / "a.ttl", tmp_path / "b.ttl", tmp_path / "g.nt"
    for f, fmt in ((a, "turtle"), (b, "turtle"), (nt, "nt")):
        run_cli("export", "--format", fmt, "-o", str(f), "--store", str(corpus_store))
    assert a.read_bytes() == b.read_bytes()
    # no blank nodes in the model, so isomorphic means equal as sets of triples
    ttl = set(parse(path=str(a), format=RdfFormat.TURTLE))
    assert ttl == set(parse(path=str(nt), format=RdfFormat.N_TRIPLES))
    assert len(ttl) == store.count(store.open_store(corpus_store))
    assert not any(t.subject.__class__.__name__ == "BlankNode" for t in ttl)


def test_a_build_killed_midway_leaves_the_previous_store(tmp_path, corpus, data_dir):
    st = tmp_path / "store"
    run_cli("build", str(data_dir), "--store", str(st), "--workers", "1")
    before = sparql(st, "@reaffirms", "75/196")
    assert len(before) == 30
    p = subprocess.Popen(
        [*CLI, "build", *map(str, corpus_paths(corpus)), "--workers", "2", "--store", str(st)],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={k: v for k, v in os.environ.items() if k != "CITEGRAPH_STORE"},
    )
    try:
        for line in p.stderr:  # wait for progress: the new store is being written beside the old
            if "texts read" in line:
                break
        assert p.poll() is None, "the build ended before it could be killed"
        assert list(tmp_path.glob(".store.building-*")), "the build writes beside the store"
    finally:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    assert p.returncode == -signal.SIGKILL
    assert sparql(st, "@reaffirms", "75/196") == before
    # the next build clears what the killed one left
    run_cli("build", str(data_dir / "002_06d523d3b5c07408.txt"), "--store", str(st), "--workers", "1")
    time.sleep(0.1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    assert sparql(st, "@reaffirms", "75/196") == before


def test_identifying_drafts_reads_only_their_series_and_finds_the_same(corpus_store):
    """store.refresh_identified reads the citations of the texts that may share a series with the drafts, not
    the whole store's: the identifications are those the whole store's rows give."""
    from citegraph import answers

    st = store.open_store(corpus_store)
    keys = ["file/000_a6cd5bfce1dfcb97", "file/003_70c60a70578a8edc", "file/001_f64c22de6ca2032f"]
    docs, cites = store._identification_rows(st, keys)
    assert len(cites) < len(answers.citation_rows(st)) / 10
    whole = answers.infer_symbols(answers.document_rows(st), answers.citation_rows(st), keys)
    assert answers.infer_symbols(docs, cites, keys) == whole
    assert whole == {"file/000_a6cd5bfce1dfcb97": "A/RES/70/178", "file/003_70c60a70578a8edc": "A/RES/72/196"}
