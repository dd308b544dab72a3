"""The ontology: Turtle is the source of truth, the namespace module follows it, every own term is documented."""

from __future__ import annotations

import pytest
import rdflib
from graph_records import GAZETTE, gazette_records, raw_text
from policykg.graph.export import shapes_graph
from policykg.graph.rdf import ontology_terms, record_triples
from policykg.ontology import generate
from policykg.ontology.namespace import ELI, OA, PKG, PREFIXES
from rdflib import OWL, RDF, RDFS


def test_namespace_module_matches_the_turtle():
    assert generate.module_path().read_text(encoding="utf-8") == generate.render(generate.ontology_text()), (
        "namespace.py drifted from policykg.ttl: run python -m policykg.ontology.generate"
    )


def test_drift_is_detected():
    text = generate.ontology_text().replace("pkg:Incentive a owl:Class", "pkg:Bonus a owl:Class")
    assert generate.render(text) != generate.module_path().read_text(encoding="utf-8")


def test_closed_namespace_refuses_undeclared_terms():
    with pytest.raises(AttributeError):
        PKG.NotATerm  # noqa: B018
    assert str(ELI["InForce-inForce"]) == "http://data.europa.eu/eli/ontology#InForce-inForce"


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=generate.ontology_text(), format="turtle")


def _own_terms() -> list[rdflib.URIRef]:
    g = _ontology()
    base = PREFIXES["pkg"]
    return sorted(
        {s for s in g.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef) and str(s).startswith(base)}
    )


@pytest.mark.parametrize("term", _own_terms(), ids=lambda t: t.split("#")[-1])
def test_every_own_term_has_labels_and_comments_in_chinese_and_english(term):
    g = _ontology()
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in g.objects(term, prop)}
        assert {"zh", "en"} <= langs, f"{term} lacks {prop} in { ({'zh', 'en'} - langs) }"


def test_reused_vocabularies_come_first():
    g = _ontology()
    own_classes = {s for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(PREFIXES["pkg"])}
    # Documents, agencies, posts and evidence use ELI, ORG and OA classes, not our own.
    assert not {PKG[n] for n in ("Task", "Target")} - own_classes
    assert all(not str(c).endswith(("#Document", "#Agency", "#Evidence")) for c in own_classes)


def test_builder_emits_only_declared_terms_of_our_namespaces():
    raw = raw_text()
    declared = ontology_terms()
    used = set()
    for t in record_triples(gazette_records(raw), file_iri=GAZETTE.as_uri(), raw=raw):
        used.add(t.predicate.value)
        if t.predicate.value == str(RDF.type):
            used.add(t.object.value)
    ours = {u for u in used if u.startswith((PREFIXES["pkg"], PREFIXES["eli"], PREFIXES["oa"]))}
    assert ours - declared == set()
    assert str(OA.TextQuoteSelector) in ours


def test_shapes_parse_and_target_our_classes():
    shapes = shapes_graph()
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {PKG.Task, PKG.Target, PKG.Citation, PKG.Appointment, ELI.LegalResource} <= targets
