"""The RDF model (citegraph.graph), the ontology and the shapes, on the gold files (real data)."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest
import rdflib
from test_graph_support import gold_document, gold_lines

from citegraph import graph, store
from citegraph.verbs import VERBS

G002 = "002_06d523d3b5c07408.jsonl"
G000 = "000_a6cd5bfce1dfcb97.jsonl"


def memory_store(*docs: tuple) -> ox.Store:
    """An in-memory store holding the gold documents, as ``citegraph add`` would write them."""
    st = ox.Store()
    store.load_ontology(st)
    store._load(st, [store.prepare_document(d, r) for d, r in docs])
    return st


@pytest.fixture(scope="module")
def gold002(gold_dir):
    return gold_document(gold_dir / G002)


@pytest.fixture(scope="module")
def gold000(gold_dir):
    return gold_document(gold_dir / G000)


@pytest.fixture(scope="module")
def both(gold000, gold002):
    return memory_store(gold000, gold002)


def values(st: ox.Store, q: str) -> list[str]:
    res = store.query(st, q)
    return [store.term_text(r[res.columns[0]]) for r in res.rows]


# --- IRIs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "symbol, local",
    [
        ("A/RES/75/196", "A/RES/75/196"),
        ("A/RES/67/234 B", "A/RES/67/234_B"),
        ("S/RES/1373 (2001)", "S/RES/1373_(2001)"),
        ("A/RES/2200 A (XXI)", "A/RES/2200_A_(XXI)"),
        ("UNTS/2225/39574", "UNTS/2225/39574"),
        ("A/69/711-S/2015/1", "A/69/711-S/2015/1"),
    ],
)
def test_doc_iri_is_the_symbol_with_underscores_and_round_trips(symbol, local):
    iri = graph.doc_iri(symbol)
    assert iri.value == graph.CGD + local
    assert graph.symbol_of(iri.value) == symbol


def test_named_instrument_keys_merge_spellings():
    a = graph.instrument_iri("United Nations Convention against Corruption")
    b = graph.instrument_iri("the United Nations  Convention Against Corruption")
    assert a == b
    assert a.value == graph.CGD + "instrument/united-nations-convention-against-corruption"


# --- ontology and shapes ------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(data=store.ontology_text(), format="turtle")


def test_every_verb_is_a_property_under_its_cito_property(ontology):
    cg, cito = rdflib.Namespace(graph.CG), rdflib.Namespace(graph.CITO)
    for v in VERBS.values():
        p = cg[v.prop]
        assert set(ontology.objects(p, rdflib.RDFS.subPropertyOf)) == {cito[v.cito]}, v.lemma
        assert str(ontology.value(p, rdflib.RDFS.label)) == v.label
        assert v.comment in str(ontology.value(p, rdflib.RDFS.comment))


def test_a_verb_of_disapproval_cites_as_authority_not_in_disagreement():
    # "Condemns the refusal of South Africa to comply with ... resolution 245 (1968)" (S/RES/264 (1969)): the
    # Council judges a third party by its own resolution; cito:disagreesWith would say it disagrees with it
    disapproving = {"condemn", "deplore", "regret", "reject", "indignant"}
    assert {VERBS[k].cito for k in disapproving} == {"citesAsAuthority"}
    assert not [v.lemma for v in VERBS.values() if v.cito == "disagreesWith"]


def test_every_ontology_term_is_labelled_and_commented(ontology):
    terms = {s for s in ontology.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(graph.CG)}
    assert len(terms) >= len(VERBS) + 30
    for t in terms:
        assert ontology.value(t, rdflib.RDFS.label) is not None, t
        assert ontology.value(t, rdflib.RDFS.comment) is not None, t


def test_every_cg_term_the_model_uses_is_in_the_ontology(ontology, gold000, gold002):
    used = set()
    for doc, refs in (gold000, gold002):
        for q in graph.document_quads(doc, refs):
            for t in (q.predicate, q.object):
                if isinstance(t, ox.NamedNode) and t.value.startswith(graph.CG):
                    used.add(t.value)
    defined = {str(s) for s in ontology.subjects()}
    assert used, "the model uses cg: terms"
    assert sorted(used - defined) == []


# --- one document -----------------------------------------------------------------------------


def test_reaffirms_gives_exactly_the_gold_targets(gold_dir, gold002):
    st = memory_store(gold002)
    expected = sorted({r["target"] for r in gold_lines(gold_dir / G002)[1:] if r["relation"] == "reaffirm"})
    got = [store.term_text(r["target"]) for r in store.run_named(st, "reaffirms", ["75/196"]).rows]
    assert got == expected
    assert len(got) == 22 and "A/DEC/74/568" in got


def test_every_reference_is_one_citation_with_its_paragraph(gold_dir, gold002):
    refs = gold_lines(gold_dir / G002)[1:]
    st = memory_store(gold002)
    rows = store.query(
        st,
        """SELECT ?label ?rel ?target ?surface WHERE {
             ?c a cito:Citation ; cito:hasCitingEntity ?p ; cg:relation ?rel ; cg:surface ?surface ;
                cito:hasCitedEntity/dcterms:identifier ?target .
             ?p cg:label ?label ; eli:is_part_of cgd:A/RES/75/196 . }""",
    ).rows
    got = Counter(tuple(store.term_text(r[k]) for k in ("label", "rel", "target", "surface")) for r in rows)
    assert got == Counter((r["para"], r["relation"], r["target"], r["surface"]) for r in refs)


def test_document_level_edges_are_materialised(gold_dir, gold002):
    refs = gold_lines(gold_dir / G002)[1:]
    st = memory_store(gold002)
    cites = values(st, "SELECT ?t WHERE { cgd:A/RES/75/196 cito:cites/dcterms:identifier ?t }")
    assert sorted(cites) == sorted({r["target"] for r in refs})
    recalls = values(st, "SELECT ?t WHERE { cgd:A/RES/75/196 cg:recalls/dcterms:identifier ?t }")
    assert sorted(recalls) == sorted({r["target"] for r in refs if r["relation"] == "recall"})
    # the characterization is the CiTO super-property of the verb
    chars = values(
        st,
        """SELECT DISTINCT ?k WHERE { ?c cg:relation "reaffirm" ; cito:hasCitationCharacterization ?k }""",
    )
    assert chars == [graph.CITO + "confirms"]


def test_read_document_facts(gold002):
    st = memory_store(gold002)
    r = store.query(
        st,
        """SELECT ?id ?short ?title ?date ?organ ?session ?see ?file WHERE {
             cgd:A/RES/75/196 a eli:LegalResource, cg:Resolution ; dcterms:identifier ?id ; cg:shortId ?short ;
               dcterms:title ?title ; eli:date_document ?date ; eli:passed_by/cg:code ?organ ;
               cg:session ?session ; rdfs:seeAlso ?see ; cg:sourceFile ?file ; cg:isRead true }""",
    ).rows
    assert len(r) == 1
    got = {k: store.term_text(v) for k, v in r[0].items()}
    assert got == {
        "id": "A/RES/75/196",
        "short": "75/196",
        "title": gold002[0].meta.title,
        "date": "2020-12-16",
        "organ": "GA",
        "session": "75",
        "see": "https://undocs.org/A/RES/75/196",
        "file": "002_06d523d3b5c07408.txt",
    }


def test_cited_but_unread_documents_carry_what_citations_reveal(gold_dir, gold002):
    st = memory_store(gold002)
    dated = {r["target"]: r["date"] for r in gold_lines(gold_dir / G002)[1:] if r["date"]}
    assert dated["A/DEC/74/568"] == "2020-08-31"
    r = store.query(
        st,
        """SELECT ?date ?organ ?session ?kind WHERE { cgd:A/DEC/74/568 a cg:Decision ;
             eli:date_document ?date ; eli:passed_by/cg:code ?organ ; cg:session ?session ; cg:kind ?kind .
             FILTER NOT EXISTS { cgd:A/DEC/74/568 cg:isRead ?x } }""",
    ).rows
    assert [{k: store.term_text(v) for k, v in x.items()} for x in r] == [
        {"date": "2020-08-31", "organ": "GA", "session": "74", "kind": "decision"}
    ]
    n_dated = values(
        st, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH cgd:graph/derived { ?d eli:date_document ?x } }"
    )
    assert n_dated == [str(len(dated))]


def test_treaties_are_keyed_by_registration_number_with_volumes(gold_dir, gold002):
    st = memory_store(gold002)
    unts = sorted({r["target"] for r in gold_lines(gold_dir / G002)[1:] if r["kind"] == "treaty"})
    got = values(
        st,
        "SELECT ?s WHERE { ?i a cg:TreatyInstrument ; eli:is_part_of/a cg:Treaty ; dcterms:identifier ?s } ORDER BY ?s",
    )
    assert got == unts
    regs = values(st, "SELECT ?n WHERE { ?t a cg:Treaty ; cg:registrationNumber ?n } ORDER BY ?n")
    assert regs == sorted({u.split("/")[2] for u in unts})


def test_text_without_symbol_is_a_file_node(gold000):
    st = memory_store(gold000)
    r = values(st, "SELECT ?s WHERE { ?d cg:isRead true ; cg:inferredSymbol ?s }")
    assert r == ["A/RES/70/178"]
    d = values(st, "SELECT ?d WHERE { ?d cg:isRead true }")
    assert d == [graph.CGD + "file/000_a6cd5bfce1dfcb97"]


def test_named_instruments_link_anchors_across_documents(gold_dir, both):
    printed = {r["anchor"] for f in (G000, G002) for r in gold_lines(gold_dir / f)[1:] if r.get("anchor")}
    names = {graph.instrument_key(a) for a in printed if graph.names_instrument(a)}
    insts = values(both, "SELECT ?i WHERE { ?i a cg:NamedInstrument }")
    # an instrument per name, none for the words a footnote stands on that name none ("report of the
    # Secretary-General", "Commission on Crime Prevention and Criminal Justice resolution 25/2")
    assert len(insts) == len(set(insts)) == len(names) == 25
    assert {i.rsplit("/", 1)[1] for i in insts} == names
    # the Convention against Corruption is footnoted in both drafts: one node, sourced in UNTS 2349/42146
    uncac = graph.CGD + "instrument/united-nations-convention-against-corruption"
    citing = values(
        both,
        f"""SELECT DISTINCT ?d WHERE {{ ?c cg:namesInstrument <{uncac}> ;
              cito:hasCitingEntity/eli:is_part_of ?d }} ORDER BY ?d""",
    )
    assert citing == [graph.CGD + "A/RES/75/196", graph.CGD + "file/000_a6cd5bfce1dfcb97"]
    assert values(both, f"SELECT ?t WHERE {{ <{uncac}> cg:sourcedIn/dcterms:identifier ?t }}") == [
        "UNTS/2349/42146"
    ]
    assert values(both, f"SELECT ?l WHERE {{ <{uncac}> rdfs:label ?l }}") == [
        "United Nations Convention against Corruption"
    ]
    # its treaty takes its name
    assert values(both, "SELECT ?l WHERE { cgd:treaty/42146 rdfs:label ?l }") == [
        "United Nations Convention against Corruption"
    ]


def test_a_name_without_footnote_links_to_the_same_instrument(gold000):
    doc, refs = gold000
    names = {"united-nations-convention-against-corruption": "United Nations Convention against Corruption"}
    para = [
        (
            ox.NamedNode("http://x/#P9"),
            "Welcoming the ratification of the United Nations Convention against Corruption,",
        )
    ]
    qs = graph.mention_quads(ox.NamedNode("http://x/"), graph.graph_iri(graph.file_iri("x.txt")), para, names)
    assert (
        ox.Quad(
            ox.NamedNode("http://x/#P9"),
            graph.cg("mentions"),
            ox.NamedNode(graph.CGD + "instrument/united-nations-convention-against-corruption"),
            graph.graph_iri(graph.file_iri("x.txt")),
        )
        in qs
    )
    assert (
        graph.mention_quads(
            ox.NamedNode("http://x/"),
            graph.graph_iri(graph.file_iri("x.txt")),
            [(para[0][0], "Nothing here")],
            names,
        )
        == []
    )


def test_every_quad_is_in_the_documents_graph(gold002):
    doc, refs = gold002
    gs = {q.graph_name for q in graph.document_quads(doc, refs)}
    assert gs == {graph.graph_iri(graph.document_iri(doc))}


def test_gold_graph_validates_and_a_broken_one_does_not(both):
    conforms, n, _text = store.validate(both)
    assert (conforms, n) == (True, 0)
    broken = ox.Store()
    broken.extend(both)
    q = next(iter(both.quads_for_pattern(None, graph.cito("hasCitedEntity"), None, None)))
    broken.remove(q)
    broken.add(ox.Quad(q.subject, graph.cg("start"), ox.Literal("x"), q.graph_name))
    conforms, n, _text = store.validate(broken)
    # hasCitedEntity missing; start twice, once no integer and so not less than end
    assert (conforms, n) == (False, 4)


def test_a_unccd_decision_is_passed_by_its_conference_and_validates(corpus):
    """The UNCCD's decisions (audit14) are decisions of an organ of their own, as the UNFCCC's are, and a
    text that cites them (A_RES_79_207: 3/COP.15, 7/COP.13, 7/COP.15) conforms to the shapes."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    g = graph.graph_iri(graph.file_iri("x.txt"))
    for symbol, code in (("FCCC/CP/DEC/1/CP.21", "UNFCCC"), ("ICCD/COP/DEC/3/COP.15", "UNCCD")):
        qs = {(q.predicate, q.object) for q in graph.symbol_quads(symbol, g)}
        assert (graph.eli("passed_by"), graph.organ_iri(code)) in qs
        assert (graph.A, graph.cg("Decision")) in qs
    label = graph.organ_quads("UNCCD", g)[1].object
    assert label == ox.Literal(
        "Conference of the Parties to the United Nations Convention to Combat Desertification"
    )
    doc = read_document(corpus / "unga-mandate-pipeline" / "A_RES_79_207.txt")
    refs = extract_references(doc)
    assert {r.target for r in refs if r.body == "UNCCD"} == {
        "ICCD/COP/DEC/3/COP.15",
        "ICCD/COP/DEC/7/COP.13",
        "ICCD/COP/DEC/7/COP.15",
    }
    st = ox.Store()
    store.load_ontology(st)
    store._load(st, [store.prepare_document(doc, refs)])
    assert store.validate(st)[:2] == (True, 0)


def test_literals_are_written_byte_for_byte_as_pyoxigraph_writes_them():
    # every ASCII character (the control characters, the quote and the backslash escaped),
    # and characters beyond ASCII that N-Quads keeps as they are
    text = "".join(map(chr, range(0x80))) + "\u00a0\u2028“Paris”\ufeff\U0001f600"
    s, p, g = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/g")
    expected = ox.serialize([ox.Quad(s, p, ox.Literal(text), g)], format=ox.RdfFormat.N_QUADS)
    assert f"<http://x/s> <http://x/p> {graph._lit(text)} <http://x/g> .\n".encode() == expected
    assert graph._lit("no escape") == '"no escape"'


def test_the_lines_of_a_text_parse_to_its_quads_and_carry_their_sources(gold002):
    doc, refs = gold002
    lines, sources = graph.document_lines(doc, refs)
    quads = graph.document_quads(doc, refs)
    assert len(lines) == len(set(lines)) == len(quads)
    assert [q for line in lines for q in ox.parse(line.encode(), format=ox.RdfFormat.N_QUADS)] == quads
    assert sources == graph.sources_of(quads)
    assert len(sources.cited) == len(refs)
    assert sources.read == {graph.document_iri(doc).value}


@pytest.mark.parametrize(
    ("symbol", "session"), [("A/RES/217 A (III)", 3), ("A/RES/2200 A (XXI)", 21), ("A/RES/75/196", 75)]
)
def test_a_cited_resolution_s_session_is_in_its_symbol_in_either_numbering(symbol: str, session: int):
    # before 1976 the session stands after the number, in Roman numerals: 217 A (III) is of the third session
    g = graph.graph_iri(graph.file_iri("t.txt"))
    sessions = [q.object.value for q in graph.symbol_quads(symbol, g) if q.predicate == graph.cg("session")]
    assert sessions == [str(session)]


@pytest.mark.parametrize("symbol", ["A/RES/ES-10/26", "A/RES/S-32/1", "A/ES-10/L.33"])
def test_a_special_session_s_text_has_no_regular_session(symbol: str):
    # ES-10 sat from 1997 to 2025: "?r cg:session 10" must not find it beside the tenth regular session's (1955)
    g = graph.graph_iri(graph.file_iri("t.txt"))
    assert [q for q in graph.symbol_quads(symbol, g) if q.predicate == graph.cg("session")] == []


def test_a_draft_is_submitted_to_its_organ_not_passed_by_it(data_dir):
    """eli:passed_by is the agent that adopted a text: the General Assembly adopted 75/196, and draft 000 was
    put before it (cg:submittedTo, under eli:responsibility_of); either gives the body answers show."""
    from citegraph import answers

    st = ox.Store()
    store.load_ontology(st)
    store._load(
        st, [store.prepare(data_dir / n) for n in ("000_a6cd5bfce1dfcb97.txt", "002_06d523d3b5c07408.txt")]
    )
    q = "SELECT ?d WHERE {{ ?d {p} cgd:organ/GA ; cg:isRead true }} ORDER BY ?d"
    assert values(st, q.format(p="eli:passed_by")) == [graph.CGD + "A/RES/75/196"]
    assert values(st, q.format(p="cg:submittedTo")) == [graph.CGD + "file/000_a6cd5bfce1dfcb97"]
    assert values(st, "SELECT ?c WHERE { cgd:organ/GA a ?c }") == [graph.CG + "Organ"]
    assert answers.show(st, "file/000_a6cd5bfce1dfcb97")["body"] == "GA"


@pytest.mark.parametrize(
    ("symbol", "link"),
    [
        ("A/RES/75/196", "https://undocs.org/A/RES/75/196"),
        ("CAC/COSP/2019/17", "https://undocs.org/CAC/COSP/2019/17"),
        ("UNEP/EA.5/Res.2", "https://undocs.org/UNEP/EA.5/Res.2"),
        ("WHA77.17", None),  # the WHO's, the IMO's, the IAEA's, the CBD's own: undocs.org has no page
        ("MSC.489(103)", None),
        ("A.1090(28)", None),
        ("GC(68)/RES/10", None),
        ("CBD/COP/DEC/15/4", None),
        ("C 2019/23", None),
        ("UNTS/2225/39574", None),
    ],
)
def test_a_cited_document_links_to_undocs_only_when_it_is_a_un_document(symbol, link):
    see = [
        q.object.value
        for q in graph.symbol_quads(symbol, graph.DERIVED_GRAPH)
        if q.predicate == graph.rdfs("seeAlso")
    ]
    assert see == ([link] if link else [])


@pytest.mark.corpus
def test_an_amendment_amends_its_draft_and_is_submitted(corpus):
    """A/C.3/80/L.57 prints "Amendment to draft resolution A/C.3/80/L.3/Rev.1": eli:amends that draft (itself
    described, as a cited document is), and cg:submittedTo the Assembly, which has not adopted it."""
    st = ox.Store()
    store.load_ontology(st)
    store._load(st, [store.prepare(corpus / "pdf" / "A_C.3_80_L.57.pdf")])
    assert values(st, "SELECT ?d WHERE { cgd:A/C.3/80/L.57 eli:amends ?d }") == [
        graph.CGD + "A/C.3/80/L.3/Rev.1"
    ]
    assert values(st, "SELECT ?i WHERE { cgd:A/C.3/80/L.3/Rev.1 dcterms:identifier ?i }") == [
        "A/C.3/80/L.3/Rev.1"
    ]
    assert values(st, "SELECT ?o WHERE { cgd:A/C.3/80/L.57 cg:submittedTo ?o }") == [graph.CGD + "organ/GA"]
    assert values(st, "SELECT ?o WHERE { cgd:A/C.3/80/L.57 eli:passed_by ?o }") == []


def test_a_citation_is_named_by_its_paragraph_and_its_place_there(both, gold002):
    cites = values(both, "SELECT ?c WHERE { ?c a cito:Citation ; cito:hasCitingEntity cgd:A/RES/75/196#P1 }")
    p1 = [r for r in gold002[1] if r.para == "P1"]
    assert sorted(cites) == sorted(f"{graph.CGD}A/RES/75/196#P1-cite-{k}" for k in range(1, len(p1) + 1))
    every = values(
        both, "SELECT ?c WHERE { ?c a cito:Citation ; cito:hasCitingEntity/eli:is_part_of cgd:A/RES/75/196 }"
    )
    assert len(every) == len(set(every)) == len(gold002[1])


# --- a footnote's source, used where its mark stands ------------------------------------------------


def test_a_footnote_citation_is_used_in_the_paragraph_of_its_mark(data_dir):
    """75/196 P2: "Reaffirming also its resolutions relating to ... the United Nations Convention against
    Transnational Organized Crime and the Protocols thereto,¹ ..." (¹ vols. 2225, 2237, 2241 and 2326, No. 39574)."""
    from citegraph.reader import read_document
    from citegraph.references import extract_references

    doc = read_document(data_dir / "002_06d523d3b5c07408.txt")
    st = memory_store((doc, extract_references(doc)))
    rows = store.query(
        st,
        """SELECT ?label ?rel ?used ?at WHERE {
             ?c cito:hasCitedEntity cgd:UNTS/2225/39574 ; cito:hasCitingEntity/cg:label ?label ; cg:relation ?rel ;
                cg:anchorRelation ?used ; cg:anchorParagraph ?at . }""",
    ).rows
    # and again in footnote 13, whose mark is in P26: "Recognizing that, thanks to their nearly universal adherence
    # and wide scope of application, the United Nations Convention against Transnational Organized Crime ...¹³"
    assert sorted(tuple(store.term_text(r[k]) for k in ("label", "rel", "used", "at")) for r in rows) == [
        ("F1", "source", "reaffirm", graph.CGD + "A/RES/75/196#P2"),
        ("F13", "source", "recognize", graph.CGD + "A/RES/75/196#P26"),
    ]
    reaffirmed = values(st, "SELECT ?t WHERE { cgd:A/RES/75/196 cg:reaffirms/dcterms:identifier ?t }")
    assert {"UNTS/2225/39574", "UNTS/2237/39574", "UNTS/2241/39574", "UNTS/2326/39574"} <= set(reaffirmed)
    recognized = values(st, "SELECT ?t WHERE { cgd:A/RES/75/196 cg:recognizes/dcterms:identifier ?t }")
    assert "UNTS/2225/39574" in recognized
    # a footnote whose mark was not found in the body keeps "source" alone: none in 75/196, whose 39 marks all are
    unused = values(
        st,
        """SELECT ?c WHERE { ?c cg:relation "source" FILTER NOT EXISTS { ?c cg:anchorRelation ?r } }""",
    )
    assert unused == []
