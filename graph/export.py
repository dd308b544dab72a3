"""Export the store as RDF and validate it with SHACL.

``nq`` and ``trig`` keep each source file's named graph (plus the status graph);
``ttl``, ``nt`` and ``jsonld`` write the union of every graph as one graph, each
triple once. Load ``policykg export --format nq`` into any SPARQL 1.1 server
(Oxigraph, Apache Jena Fuseki, QLever) and run the named queries against it with
``--endpoint``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib
from policykg.errors import InputError
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, keeps named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}
#: rdflib's parser name for each format, for reading exports back.
RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


def union_triples(gs: GraphStore) -> list[ox.Triple]:
    """Every distinct triple of every named graph.

    Args:
        gs: an open store.

    Returns:
        The triples, each once.
    """
    seen: dict[ox.Triple, None] = {}
    for quad in gs.quads():
        seen[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    return list(seen)


def export(gs: GraphStore, fmt: str, output: BinaryIO | str | Path | None = None) -> bytes | None:
    """Serialise the store.

    Args:
        gs: an open store.
        fmt: ``ttl``, ``nt``, ``nq``, ``trig`` or ``jsonld``.
        output: a binary file or path; None to return the bytes.

    Returns:
        The bytes when ``output`` is None, else None.

    Raises:
        InputError: an unknown format.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    rdf_format, quads = FORMATS[fmt]
    prefixes = None if rdf_format == ox.RdfFormat.JSON_LD else dict(PREFIXES)
    target = str(output) if isinstance(output, Path) else output
    if quads:
        return gs.store.dump(target, format=rdf_format, prefixes=prefixes)
    return ox.serialize(union_triples(gs), target, format=rdf_format, prefixes=prefixes)


def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes shipped as ``policykg/ontology/shapes.ttl``.

    Returns:
        The shapes graph.
    """
    text = resources.files("policykg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def store_graph(gs: GraphStore) -> rdflib.Graph:
    """The union of the store's graphs as an rdflib graph (for pyshacl).

    Args:
        gs: an open store.

    Returns:
        The graph.
    """
    data = ox.serialize(union_triples(gs), format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


def file_graph(path: str | Path) -> rdflib.Graph:
    """Read an RDF file (any format rdflib knows; datasets merged into one graph).

    Args:
        path: the file.

    Returns:
        The merged graph.

    Raises:
        InputError: missing or unparsable file.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", path=str(p))
    suffix = p.suffix.lower().lstrip(".")
    fmt = {
        "ttl": "turtle",
        "nt": "nt",
        "nq": "nquads",
        "trig": "trig",
        "jsonld": "json-ld",
        "json": "json-ld",
    }.get(suffix)
    try:
        dataset = rdflib.Dataset()
        dataset.parse(str(p), format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types on bad input
        raise InputError(f"cannot parse as RDF: {exc}", path=str(p)) from None
    merged = rdflib.Graph()
    for s, pr, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, pr, o))
    return merged


@dataclass(frozen=True, slots=True)
class Validation:
    """The outcome of a SHACL validation."""

    conforms: bool
    report: str
    violations: int


def validate_graph(graph: rdflib.Graph) -> Validation:
    """Validate a graph against the shipped shapes.

    Args:
        graph: the data.

    Returns:
        Whether it conforms, pyshacl's text report and the number of violations.
    """
    import pyshacl

    conforms, report_graph, text = pyshacl.validate(
        graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = sum(1 for _ in report_graph.subjects(sh.resultSeverity, sh.Violation))
    return Validation(bool(conforms), str(text), violations)
