"""networkx views of the store, built from the rows of the read layer.

Three graphs answer the analysts' questions:

- :func:`task_agency_graph`: the bipartite graph of tasks and the agencies that
  hold them, one edge per (task, agency) with the agency's role;
- :func:`co_responsibility_graph`: agencies linked when they share tasks, weighted
  by how many; the ``leads`` attribute of an edge ``u → v`` counts the shared tasks
  that ``u`` leads (牵头) while ``v`` supports (配合), so the direction of
  leadership is kept;
- :func:`document_graph`: documents linked by typed edges (cites, based on,
  implements, repeals, amends, forwards, promulgates).

Each view is built from the rows of :mod:`policykg.graph.rows`, the one read
layer over the store (the store can hold a million triples; converting the whole
store with rdflib would drag every literal in). This module holds no query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from itertools import combinations

import networkx as nx
from policykg.graph.rows import Holding, agencies, documents, links, responsibilities
from policykg.graph.store import GraphStore

# -- graphs -------------------------------------------------------------------


def task_agency_graph(gs: GraphStore, *, documents: Collection[str] | None = None) -> nx.Graph:
    """The bipartite graph of tasks and agencies.

    Task nodes have ``bipartite=0``, ``kind="task"``, ``document`` and
    ``task_kind`` (``annotated`` or ``prose``); agency nodes ``bipartite=1``,
    ``kind="agency"``, ``name`` and ``type``. Each edge has the agency's ``role``.

    Args:
        gs: an open store.
        documents: only tasks of these document IRIs (None: all).

    Returns:
        The graph; nodes are IRIs.
    """
    known = agencies(gs)
    g = nx.Graph()
    for h in responsibilities(gs, documents=documents):
        if h.task not in g:
            g.add_node(h.task, bipartite=0, kind="task", document=h.document, task_kind=h.kind)
        if h.agency not in g:
            a = known.get(h.agency)
            g.add_node(
                h.agency,
                bipartite=1,
                kind="agency",
                name=a.name if a else h.agency,
                type=a.type if a else None,
            )
        g.add_edge(h.task, h.agency, role=h.role)
    return g


def co_responsibility_graph(
    gs: GraphStore,
    *,
    documents: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
    holdings: Iterable[Holding] | None = None,
) -> nx.DiGraph:
    """Agencies that share tasks, weighted by how many, with the lead → support direction kept.

    Two agencies holding the same task are joined both ways by edges with the same
    ``weight`` (shared tasks). ``leads`` on ``u → v`` counts the shared tasks in
    which ``u`` is the lead (牵头) and ``v`` a support (配合); it is 0 when the task
    names no lead. Every agency holding a task is a node, partners or not, with
    ``name``, ``type``, ``tasks``, ``lead``, ``support``, ``responsible`` and
    ``sole`` (tasks it holds alone). Use ``g.to_undirected()`` for centrality.

    Args:
        gs: an open store.
        documents: only tasks of these document IRIs (None: all).
        kinds: only tasks of these kinds (``annotated``, ``prose``; None: all).
        holdings: the rows of :func:`responsibilities` when the caller has them
            already (``documents`` is then ignored).

    Returns:
        The directed graph; nodes are agency IRIs.
    """
    known = agencies(gs)
    by_task: dict[str, dict[str, str]] = defaultdict(dict)
    for h in responsibilities(gs, documents=documents) if holdings is None else holdings:
        if kinds is not None and h.kind not in kinds:
            continue
        # An agency listed twice on one task keeps its strongest role.
        current = by_task[h.task].get(h.agency)
        if current is None or _ROLE_RANK[h.role] < _ROLE_RANK[current]:
            by_task[h.task][h.agency] = h.role
    g = nx.DiGraph()
    for holders in by_task.values():
        for agency, role in holders.items():
            if agency not in g:
                a = known.get(agency)
                g.add_node(
                    agency,
                    name=a.name if a else agency,
                    type=a.type if a else None,
                    tasks=0,
                    lead=0,
                    support=0,
                    responsible=0,
                    sole=0,
                )
            node = g.nodes[agency]
            node["tasks"] += 1
            node[role] += 1
            if len(holders) == 1:
                node["sole"] += 1
        for u, v in combinations(sorted(holders), 2):
            for a, b in ((u, v), (v, u)):
                if not g.has_edge(a, b):
                    g.add_edge(a, b, weight=0, leads=0)
                g.edges[a, b]["weight"] += 1
                if holders[a] == "lead" and holders[b] == "support":
                    g.edges[a, b]["leads"] += 1
    return g


_ROLE_RANK = {"lead": 0, "responsible": 1, "support": 2}


def document_graph(gs: GraphStore) -> nx.MultiDiGraph:
    """Documents joined by typed edges: ``relation`` is cites, based_on, implements, repeals, amends, forwards or promulgates.

    Nodes are document IRIs with ``number``, ``title``, ``label``, ``date`` and
    ``read`` (False for documents known only by citation). There is one edge per
    (citing, relation, cited), keyed by the relation.

    Args:
        gs: an open store.

    Returns:
        The graph.
    """
    docs = documents(gs)
    g = nx.MultiDiGraph()
    for d in sorted(docs.values(), key=lambda d: d.iri):
        g.add_node(d.iri, number=d.number, title=d.title, label=d.label, date=d.date, read=d.read)
    for a, relation, b in links(gs):
        for n in (a, b):
            if n not in g:
                g.add_node(n, number=None, title=None, label=n, date=None, read=False)
        g.add_edge(a, b, key=relation, relation=relation)
    return g


def implementation_chains(g: nx.MultiDiGraph, document: str) -> list[list[str]]:
    """Every chain of documents a document implements, up to the highest one.

    Follows ``implements`` edges upwards (a municipal plan implementing a
    provincial opinion implementing a State Council one) until a document that
    implements nothing in the store. Cycles are cut.

    Args:
        g: a graph from :func:`document_graph`.
        document: the starting document's IRI.

    Returns:
        One list of IRIs per chain, nearest first, the document itself left out;
        empty when it implements nothing.
    """
    chains: list[list[str]] = []

    def up(node: str, path: list[str]) -> None:
        parents = sorted(
            {
                v
                for _, v, rel in g.out_edges(node, data="relation")
                if rel == "implements" and v not in path and v != document
            }
        )
        if not parents:
            if path:
                chains.append(path)
            return
        for p in parents:
            up(p, [*path, p])

    if document in g:
        up(document, [])
    return chains


def undirected(g: nx.DiGraph) -> nx.Graph:
    """The co-responsibility graph without direction, ``weight`` kept and ``distance`` = 1/weight.

    Args:
        g: a graph from :func:`co_responsibility_graph`.

    Returns:
        An undirected graph with the same nodes and node attributes.
    """
    u = nx.Graph()
    u.add_nodes_from(g.nodes(data=True))
    for a, b, data in g.edges(data=True):
        if not u.has_edge(a, b):
            u.add_edge(a, b, weight=data["weight"], distance=1.0 / data["weight"])
    return u


__all__ = [
    "co_responsibility_graph",
    "document_graph",
    "implementation_chains",
    "task_agency_graph",
    "undirected",
]
