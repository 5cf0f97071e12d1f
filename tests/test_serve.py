"""``citegraph serve``: a read-only SPARQL 1.1 Protocol endpoint any SPARQL client can query."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import JSON, POST, SPARQLExceptions, SPARQLWrapper
from test_graph_support import CLI, gold_document, gold_lines

from citegraph import graph, store

G002 = "002_06d523d3b5c07408.jsonl"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def endpoint(tmp_path, gold_dir):
    st = tmp_path / "store"
    store.build_from(lambda: [store.prepare_document(*gold_document(gold_dir / G002))], st)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CITEGRAPH_STORE"}
    p = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--store", str(st), "--timeout", "10"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if p.poll() is not None or time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                raise AssertionError("the endpoint did not start: " + p.stderr.read().decode()) from None
            time.sleep(0.2)
    yield url
    os.killpg(p.pid, signal.SIGTERM)
    p.wait(timeout=10)


def select(url: str, query: str) -> list[dict]:
    c = SPARQLWrapper(url + "/query")
    c.setQuery(query)
    c.setReturnFormat(JSON)
    return c.query().convert()["results"]["bindings"]


def test_a_sparql_client_gets_the_reaffirmed_documents(endpoint, gold_dir):
    expected = sorted({r["target"] for r in gold_lines(gold_dir / G002)[1:] if r["relation"] == "reaffirm"})
    q = f"""PREFIX cg: <{graph.CG}> PREFIX dcterms: <{graph.DCTERMS}>
    SELECT DISTINCT ?t WHERE {{ <{graph.CGD}A/RES/75/196> cg:reaffirms/dcterms:identifier ?t }} ORDER BY ?t"""
    assert [b["t"]["value"] for b in select(endpoint, q)] == expected


def test_updates_are_refused(endpoint):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = select(endpoint, count)[0]["n"]["value"]
    assert int(before) > 1000
    for path in ("/update", "/query"):
        c = SPARQLWrapper(endpoint + "/query", updateEndpoint=endpoint + path)
        c.setMethod(POST)
        c.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
        with pytest.raises((SPARQLExceptions.SPARQLWrapperException, urllib.error.HTTPError)) as err:
            c.query()
        if isinstance(err.value, urllib.error.HTTPError):
            assert err.value.code == 403, path  # oxigraph: "the server is read-only"
    assert select(endpoint, count)[0]["n"]["value"] == before
    c = SPARQLWrapper(endpoint + "/query")
    c.setQuery("ASK { <http://x/a> ?p ?o }")
    c.setReturnFormat(JSON)
    assert c.query().convert()["boolean"] is False


PREFIX_LINES = """\
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX cg: <https://w3id.org/citegraph/ontology#>
PREFIX cgd: <https://w3id.org/citegraph/id/>
"""


def test_serve_gives_the_prefix_lines_a_client_sends(endpoint, gold_dir):
    """The server predeclares no prefix: --prefixes prints the lines to paste, and the help shows them."""
    env = {k: v for k, v in os.environ.items() if k != "CITEGRAPH_STORE"}
    out = subprocess.run([*CLI, "serve", "--prefixes"], capture_output=True, text=True, env=env, check=True)
    assert (out.stdout, out.stderr) == (PREFIX_LINES, "")
    help_text = subprocess.run([*CLI, "serve", "--help"], capture_output=True, text=True, check=True).stdout
    assert "\n".join("  " + line for line in PREFIX_LINES.splitlines()) in help_text
    # pasted before a query, they are all it needs
    q = (
        PREFIX_LINES
        + f"SELECT DISTINCT ?t {{ <{graph.CGD}A/RES/75/196> cg:reaffirms/dcterms:identifier ?t }}"
    )
    expected = sorted({r["target"] for r in gold_lines(gold_dir / G002)[1:] if r["relation"] == "reaffirm"})
    assert sorted(b["t"]["value"] for b in select(endpoint, q)) == expected
