"""Exports parse back into the same graph with rdflib and pyoxigraph; SHACL validation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from policykg.graph.export import (
    FORMATS,
    RDFLIB_FORMATS,
    SUFFIXES,
    export,
    export_format,
    store_graph,
    union_triples,
    validate_graph,
)
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
    assert sum(1 for _ in ds.quads((None, None, None, None))) == len(union_triples(built))


@pytest.fixture
def closed_store(built):
    """The built store's folder, closed so that the CLI can open it."""
    folder = built.path
    built.close()
    return folder


def _export(folder, *args: str):
    from click.testing import CliRunner
    from policykg.commands_graph import main

    return CliRunner().invoke(main, ["export", *args, "--store", str(folder)])


# The help promises: nq and trig keep one named graph per source file; ttl, nt and jsonld merge them.
@pytest.mark.parametrize(
    ("name", "merged"),
    [("kg.ttl", True), ("kg.nt", True), ("kg.jsonld", True), ("kg.nq", False), ("kg.trig", False)],
    ids=["ttl-one-graph", "nt-one-graph", "jsonld-one-graph", "nq-graph-per-file", "trig-graph-per-file"],
)
def test_export_takes_its_format_from_the_suffix_and_reads_back_as_the_help_says(
    tmp_path, built, name, merged
):
    expected = store_graph(built)
    quads = set(built.quads())
    folder = built.path
    built.close()
    out = tmp_path / name
    result = _export(folder, "-o", str(out))
    assert result.exit_code == 0, result.output
    fmt = SUFFIXES[out.suffix]
    if merged:
        graph = rdflib.Graph().parse(out, format=RDFLIB_FORMATS[fmt])
        assert isomorphic(graph, expected)
    else:
        ds = rdflib.Dataset()
        ds.parse(out, format=RDFLIB_FORMATS[fmt])
        graphs = {g for *_, g in ds.quads((None, None, None, None)) if g is not None}
        assert {str(g) for g in graphs} == {q.graph_name.value for q in quads}
        assert sum(1 for _ in ds.quads((None, None, None, None))) == len(quads)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "nq", "-o", "kg.ttl"], "the suffix .ttl means ttl, not nq"),
        (["--format", "jsonld", "-o", "kg.nt"], "the suffix .nt means nt, not jsonld"),
        (["-o", "kg.rdf"], "cannot tell the format from the suffix .rdf"),
    ],
    ids=["nq-into-ttl", "jsonld-into-nt", "unknown-suffix"],
)
def test_export_refuses_a_format_the_file_name_contradicts(tmp_path, closed_store, args, message):
    args = [a if not a.startswith("kg.") else str(tmp_path / a) for a in args]
    result = _export(closed_store, *args)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
    assert list(tmp_path.glob("kg.*")) == []


def test_export_with_the_matching_format_or_no_file_name(tmp_path, closed_store):
    out = tmp_path / "kg.ttl"
    assert _export(closed_store, "--format", "ttl", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("@prefix")
    assert export_format(None) == "nq" and export_format(None, "kg") == "nq"


def test_store_conforms_to_the_shapes(built):
    refresh_status(built, "2024-06-01")
    outcome = validate_graph(store_graph(built))
    assert outcome.conforms, outcome.report


@pytest.mark.parametrize(
    ("sparql_update", "message"),
    [
        (
            "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            "DELETE { GRAPH ?g { ?t pkg:evidence ?e } } WHERE { GRAPH ?s { ?t a pkg:Task } GRAPH ?g { ?t pkg:evidence ?e } }",
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
