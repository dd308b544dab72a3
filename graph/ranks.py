"""Derived positions that let a page of a corpus-wide listing skip sorting the corpus.

``targets-due-by`` lists every target due by a year: half the targets of a thousand
gazettes. Sorting its answer takes every target's IRI out of the store (about 5 µs a
string on disk), so even a page of it would cost half a second. The build therefore
sorts the widest answer once (``# rank: pkg:dueRank year=9999`` in the query's header:
every target with a year deadline, by deadline, then IRI) and writes each target's
position into the graph :data:`~policykg.graph.iri.RANK_GRAPH`; the answer for any
year is a prefix of that order, so a page is the positions ``offset … offset+limit``
below the year's count, read from the integers alone.

The graph records a digest of the source files it was computed from
(``pkg:rankedState``). After any change it is stale until the build writes it again;
a stale or missing graph is never used (pages are then cut by sorting in Python).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox
from policykg.graph.iri import RANK_GRAPH
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import PKG
from rdflib import XSD

_INTEGER = ox.NamedNode(str(XSD.integer))
_STATE = ox.NamedNode(str(PKG.rankedState))
_GRAPH = ox.NamedNode(RANK_GRAPH)


def state_digest(gs: GraphStore) -> str:
    """A digest of the store's source files: each file's IRI, hash, extractor version and triple count.

    Args:
        gs: an open store.

    Returns:
        A hex SHA-256.
    """
    # Read straight from the index (each file records these in its own graph): a tenth
    # of the cost of GraphStore.files() on 1,000 files.
    lines = sorted(
        f"{q.graph_name.value}\t{q.predicate.value}\t{q.object.value}"
        for p in (PKG.sha256, PKG.extractorVersion, PKG.tripleCount)
        for q in gs.store.quads_for_pattern(None, ox.NamedNode(str(p)), None, None)
        if q.subject == q.graph_name
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def is_fresh(gs: GraphStore) -> bool:
    """Whether the rank graph was computed from the files the store holds now.

    Args:
        gs: an open store.

    Returns:
        True when its recorded digest equals :func:`state_digest`.
    """
    recorded = next(iter(gs.store.quads_for_pattern(_GRAPH, _STATE, None, _GRAPH)), None)
    return recorded is not None and recorded.object.value == state_digest(gs)


def write(gs: GraphStore, ranks: Iterable[tuple[str, Sequence[Any]]]) -> int:
    """Replace the rank graph: each key's position under each rank property.

    The old graph is dropped first, the positions are bulk loaded, and the digest is
    written last: an interruption leaves a graph without a digest (stale, never used, and
    dropped by the next build) rather than a wrong one.

    Args:
        gs: a store open for writing.
        ranks: ``(property IRI, keys in order)`` pairs.

    Returns:
        How many positions were written.
    """
    digest = state_digest(gs)
    lines, count = [], 0
    for prop, keys in ranks:
        tail = f"> <{prop}> \""
        end = f"\"^^<{_INTEGER.value}> <{RANK_GRAPH}> .\n"
        lines += [f"<{k.value}{tail}{i}{end}" for i, k in enumerate(keys)]
        count += len(keys)
    gs.bulk_replace_graph(RANK_GRAPH, "".join(lines).encode(), ox.Quad(_GRAPH, _STATE, ox.Literal(digest), _GRAPH))
    return count


def page(gs: GraphStore, prop: str, start: int, end: int) -> list[Any]:
    """The keys at positions ``start`` (inclusive) to ``end`` (exclusive), in order.

    Args:
        gs: an open store.
        prop: the rank property's IRI.
        start: the first position.
        end: the position after the last.

    Returns:
        The keys.
    """
    if end <= start:
        return []
    rows = gs.query(
        f"SELECT ?k ?r WHERE {{ GRAPH <{RANK_GRAPH}> {{ ?k <{prop}> ?r FILTER (?r >= {int(start)} && ?r < {int(end)}) }} }}",
        union=False,
    )
    found = sorted((int(r[1].value), r[0]) for r in rows)
    return [k for _, k in found]
