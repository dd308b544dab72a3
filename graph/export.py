"""Export the store as RDF and validate it with SHACL.

``nq`` and ``trig`` keep each source file's named graph (plus the status graph);
``ttl``, ``nt`` and ``jsonld`` write the union of every graph as one graph, each
triple once (JSON-LD without ``@graph`` per file, so a plain RDF graph reads it all).
Without a format, a file's suffix names it (``kg.ttl`` is Turtle) and a format that
contradicts the suffix is refused. Load ``policykg export --format nq`` into any SPARQL 1.1 server
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
from policykg.files import output_file
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, keeps named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
}
#: The format a file name's suffix promises.
SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld"}
#: The format of ``policykg export`` without ``--format`` and without a telling ``-o`` suffix.
DEFAULT_FORMAT = "nq"
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


def export_format(fmt: str | None, output: str | Path | None = None) -> str:
    """The format to write: ``fmt`` when given, else the one ``output``'s suffix names.

    Args:
        fmt: the format asked for, or None.
        output: the file to write, or None for standard output.

    Returns:
        One of :data:`FORMATS`; :data:`DEFAULT_FORMAT` when neither says.

    Raises:
        InputError: an unknown format, a suffix that names none of ours, or a suffix
            that promises another format than ``fmt``.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    suffix = Path(output).suffix.lower() if output is not None else ""
    named = SUFFIXES.get(suffix)
    if fmt is None:
        if named:
            return named
        if suffix:
            raise InputError(
                f"cannot tell the format from the suffix {suffix}: give --format ({', '.join(FORMATS)})",
                path=str(output),
            )
        return DEFAULT_FORMAT
    if named and named != fmt:
        raise InputError(
            f"the suffix {suffix} means {named}, not {fmt}: rename the file or drop --format",
            path=str(output),
        )
    return fmt


def export(gs: GraphStore, fmt: str | None, output: BinaryIO | str | Path | None = None) -> bytes | None:
    """Serialise the store.

    Args:
        gs: an open store.
        fmt: ``ttl``, ``nt``, ``nq``, ``trig`` or ``jsonld``; None to take it from a
            path's suffix (see :func:`export_format`).
        output: a binary file or path; None to return the bytes.

    Returns:
        The bytes when ``output`` is None, else None.

    Raises:
        InputError: an unknown format, or one a path's suffix contradicts.
    """
    fmt = export_format(fmt, output if isinstance(output, (str, Path)) else None)
    if isinstance(output, (str, Path)):
        # A path goes through the one output mechanism: '-', devices, pipes, links, whole files.
        with output_file(output, "wb") as fh:
            return export(gs, fmt, fh)
    rdf_format, quads = FORMATS[fmt]
    prefixes = None if rdf_format == ox.RdfFormat.JSON_LD else dict(PREFIXES)
    if quads:
        return gs.store.dump(output, format=rdf_format, prefixes=prefixes)
    return ox.serialize(union_triples(gs), output, format=rdf_format, prefixes=prefixes)


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
    named = SUFFIXES.get(p.suffix.lower())
    fmt = RDFLIB_FORMATS[named] if named else None
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
