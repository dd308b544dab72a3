"""Terms and prefixes of the policykg ontology.

GENERATED from ontology/policykg.ttl by ``python -m policykg.ontology.generate``.
Do not edit by hand: edit the Turtle and regenerate; a test fails when they differ.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

#: Every prefix the ontology binds; the one place prefixes are defined.
PREFIXES: dict[str, str] = {
    "dcterms": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "pkg": "https://w3id.org/policykg/ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class PKG(DefinedNamespace):
    """Terms of ``pkg:`` (https://w3id.org/policykg/ontology#) that the ontology declares."""

    _fail = True
    _NS = Namespace("https://w3id.org/policykg/ontology#")

    Appointment: URIRef  # Class
    Citation: URIRef  # Class
    GazetteIssue: URIRef  # Class
    Incentive: URIRef  # Class
    Responsibility: URIRef  # Class
    Role: URIRef  # Class
    Section: URIRef  # Class
    SourceFile: URIRef  # Class
    Target: URIRef  # Class
    Task: URIRef  # Class
    action: URIRef  # DatatypeProperty
    addressee: URIRef  # DatatypeProperty
    agency: URIRef  # ObjectProperty
    agencyType: URIRef  # DatatypeProperty
    amount: URIRef  # DatatypeProperty
    amountMax: URIRef  # DatatypeProperty
    asWritten: URIRef  # DatatypeProperty
    attachment: URIRef  # DatatypeProperty
    baseUnit: URIRef  # DatatypeProperty
    cap: URIRef  # DatatypeProperty
    citedDocument: URIRef  # ObjectProperty
    citedIssuer: URIRef  # DatatypeProperty
    citedTitle: URIRef  # DatatypeProperty
    commitment: URIRef  # DatatypeProperty
    comparator: URIRef  # DatatypeProperty
    condition: URIRef  # DatatypeProperty
    cumulativeIssue: URIRef  # DatatypeProperty
    deadline: URIRef  # DatatypeProperty
    document: URIRef  # ObjectProperty
    documentType: URIRef  # DatatypeProperty
    dueRank: URIRef  # DatatypeProperty
    evidence: URIRef  # ObjectProperty
    extractorVersion: URIRef  # DatatypeProperty
    forwards: URIRef  # ObjectProperty
    heading: URIRef  # DatatypeProperty
    index: URIRef  # DatatypeProperty
    indicator: URIRef  # DatatypeProperty
    issuerCode: URIRef  # DatatypeProperty
    knownAgency: URIRef  # DatatypeProperty
    lead: URIRef  # NamedIndividual
    leadershipPost: URIRef  # DatatypeProperty
    magnitude: URIRef  # DatatypeProperty
    mentions: URIRef  # ObjectProperty
    numberEvidence: URIRef  # ObjectProperty
    openList: URIRef  # DatatypeProperty
    organization: URIRef  # ObjectProperty
    period: URIRef  # DatatypeProperty
    person: URIRef  # ObjectProperty
    post: URIRef  # ObjectProperty
    promulgates: URIRef  # ObjectProperty
    qualifiedResponsibility: URIRef  # ObjectProperty
    rankedState: URIRef  # DatatypeProperty
    recipient: URIRef  # DatatypeProperty
    recurrence: URIRef  # DatatypeProperty
    relation: URIRef  # ObjectProperty
    responsible: URIRef  # NamedIndividual
    responsibleAgency: URIRef  # ObjectProperty
    role: URIRef  # ObjectProperty
    sectionPath: URIRef  # DatatypeProperty
    sha256: URIRef  # DatatypeProperty
    status: URIRef  # DatatypeProperty
    statusDate: URIRef  # DatatypeProperty
    support: URIRef  # NamedIndividual
    targetKind: URIRef  # DatatypeProperty
    task: URIRef  # ObjectProperty
    taskKind: URIRef  # DatatypeProperty
    text: URIRef  # DatatypeProperty
    tripleCount: URIRef  # DatatypeProperty
    unit: URIRef  # DatatypeProperty
    value: URIRef  # DatatypeProperty
    valueMax: URIRef  # DatatypeProperty


class ELI(DefinedNamespace):
    """Terms of ``eli:`` (http://data.europa.eu/eli/ontology#) that the ontology declares."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    InForce: URIRef  # Class
    LegalResource: URIRef  # Class
    amends: URIRef  # ObjectProperty
    based_on: URIRef  # ObjectProperty
    cites: URIRef  # ObjectProperty
    date_document: URIRef  # DatatypeProperty
    date_no_longer_in_force: URIRef  # DatatypeProperty
    first_date_entry_in_force: URIRef  # DatatypeProperty
    id_local: URIRef  # DatatypeProperty
    implements: URIRef  # ObjectProperty
    in_force: URIRef  # ObjectProperty
    is_part_of: URIRef  # ObjectProperty
    passed_by: URIRef  # ObjectProperty
    published_in: URIRef  # DatatypeProperty
    repeals: URIRef  # ObjectProperty
    title: URIRef  # DatatypeProperty

    _extras = ["InForce-inForce", "InForce-notInForce"]


class OA(DefinedNamespace):
    """Terms of ``oa:`` (http://www.w3.org/ns/oa#) that the ontology declares."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef  # Class
    TextPositionSelector: URIRef  # Class
    TextQuoteSelector: URIRef  # Class
    end: URIRef  # DatatypeProperty
    exact: URIRef  # DatatypeProperty
    hasSelector: URIRef  # ObjectProperty
    hasSource: URIRef  # ObjectProperty
    start: URIRef  # DatatypeProperty
