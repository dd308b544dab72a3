"""Exports parse back into the same graph with rdflib and pyoxigraph; SHACL validation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from policykg.graph.export import FORMATS, RDFLIB_FORMATS, export, store_graph, union_triples, validate_graph
from policykg.graph.validity import refresh_status
from rdflib.compare import isomorphic


def _rdflib_quads(data: bytes, fmt: str) -> set[tuple]:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None)) if g is not None}


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triple_exports_parse_back_isomorphic(built, fmt):
    expected = store_graph(built)
    data = export(built, fmt)
    again = rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])
    assert isomorphic(expected, again)
    oxi = {(t.subject, t.predicate, t.object) for t in ox.parse(data, format=FORMATS[fmt][0])}
    assert oxi == {(t.subject, t.predicate, t.object) for t in union_triples(built)}


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_quad_exports_parse_back_isomorphic(built, fmt):
    refresh_status(built, "2024-06-01")
    data = export(built, fmt)
    oxi = set(ox.parse(data, format=FORMATS[fmt][0]))
    assert oxi == set(built.quads())
    graphs = {q.graph_name.value for q in oxi}
    for name in graphs:
        ours = rdflib.Graph()
        theirs = rdflib.Graph()
        for q in built.quads():
            if q.graph_name.value == name:
                ours.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
        ds = rdflib.Dataset()
        ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
        for s, p, o in ds.graph(rdflib.URIRef(name)):
            theirs.add((s, p, o))
        assert isomorphic(ours, theirs), name


def test_jsonld_export_parses_with_rdflib(built):
    data = export(built, "jsonld")
    ds = rdflib.Dataset()
    ds.parse(data=data, format="json-ld")
    assert sum(1 for _ in ds.quads((None, None, None, None))) == built.count()


def test_store_conforms_to_the_shapes(built):
    refresh_status(built, "2024-06-01")
    outcome = validate_graph(store_graph(built))
    assert outcome.conforms, outcome.report


@pytest.mark.parametrize(
    ("sparql_update", "message"),
    [
        (
            "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            "DELETE { GRAPH ?g { ?t pkg:evidence ?e } } WHERE { GRAPH ?g { ?t a pkg:Task ; pkg:evidence ?e } }",
            "a fact without evidence",
        ),
        (
            "INSERT DATA { GRAPH <urn:x> { <urn:t> a <https://w3id.org/policykg/ontology#Target> ; "
            '<https://w3id.org/policykg/ontology#comparator> "about" } }',
            "comparator",
        ),
    ],
    ids=["task-without-evidence", "bad-comparator"],
)
def test_violations_are_reported(built, sparql_update, message):
    built.store.update(sparql_update)
    outcome = validate_graph(store_graph(built))
    assert not outcome.conforms and outcome.violations >= 1
    assert message in outcome.report
