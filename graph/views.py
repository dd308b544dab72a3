"""networkx views of the store, built from targeted SPARQL ``SELECT`` queries.

Three graphs answer the analysts' questions:

- :func:`task_agency_graph`: the bipartite graph of tasks and the agencies that
  hold them, one edge per (task, agency) with the agency's role;
- :func:`co_responsibility_graph`: agencies linked when they share tasks, weighted
  by how many; the ``leads`` attribute of an edge ``u → v`` counts the shared tasks
  that ``u`` leads (牵头) while ``v`` supports (配合), so the direction of
  leadership is kept;
- :func:`document_graph`: documents linked by typed edges (cites, based on,
  implements, repeals, amends, forwards, promulgates).

Each view reads only the triples it needs with one or a few ``SELECT`` queries
over the union of the store's named graphs (the store can hold a million
triples; converting the whole store with rdflib would drag every literal in).
Queries are joins without property paths: Oxigraph can be very slow on a
sequence path that ends in a transitive step. The row loaders
(:func:`agencies`, :func:`documents`, :func:`responsibilities`, :func:`tasks`,
:func:`targets`, :func:`citations`) are public so that reports share them.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import combinations
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import networkx as nx
from policykg.graph.sparql import prefix_block
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import ELI, PKG

#: Role IRI → role word, as the records write it.
ROLE_WORDS = {str(PKG.lead): "lead", str(PKG.support): "support", str(PKG.responsible): "responsible"}
#: Role word → how a Chinese task ledger writes it.
ROLE_ZH = {"lead": "牵头", "support": "配合", "responsible": "负责"}
#: Document-to-document property → relation word (the edge type of :func:`document_graph`).
RELATION_WORDS = {
    str(ELI.cites): "cites",
    str(ELI.based_on): "based_on",
    str(ELI.implements): "implements",
    str(ELI.repeals): "repeals",
    str(ELI.amends): "amends",
    str(PKG.forwards): "forwards",
    str(PKG.promulgates): "promulgates",
}

_YEAR = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")

# -- queries ------------------------------------------------------------------
# Every query is a plain join over the union graph. A fact is stated once however
# many files carry its document (see policykg.graph.rdf); its evidence spans, one per
# file, are the only triples a copy adds, and they are read from the shown files only
# (shown_files), so no answer grows with the number of copies.

_AGENCIES = """
SELECT DISTINCT ?agency ?name ?alias ?type WHERE {
  ?agency a org:Organization ;
          skos:prefLabel ?name .
  OPTIONAL { ?agency skos:altLabel ?alias }
  OPTIONAL { ?agency pkg:agencyType ?type }
}"""

_DOCUMENTS = """
SELECT DISTINCT ?document ?number ?title ?citedTitle ?label ?date ?effective ?expires ?issuer ?read WHERE {
  ?document a eli:LegalResource .
  OPTIONAL { ?document eli:id_local ?number }
  OPTIONAL { ?document eli:title ?title }
  OPTIONAL { ?citation pkg:citedDocument ?document ; pkg:citedTitle ?citedTitle }
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?document eli:date_document ?date }
  OPTIONAL { ?document eli:first_date_entry_in_force ?effective }
  OPTIONAL { ?document eli:date_no_longer_in_force ?expires }
  OPTIONAL { ?document eli:passed_by ?issuer }
  OPTIONAL { ?document prov:wasDerivedFrom ?read }
}"""

_RESPONSIBILITIES = """
SELECT DISTINCT ?task ?agency ?role ?kind ?document ?position WHERE {
  ?task pkg:qualifiedResponsibility ?r ;
        pkg:document ?document .
  ?r pkg:agency ?agency ;
     pkg:role ?role .
  OPTIONAL { ?task pkg:taskKind ?kind }
  BIND (STRAFTER(STR(?r), "/responsibility/") AS ?position)
}"""

_TASKS = """
SELECT DISTINCT ?task ?document ?index ?text ?path ?heading ?deadline ?kind WHERE {
  ?task a pkg:Task ;
        pkg:document ?document .
  OPTIONAL { ?task pkg:index ?index }
  OPTIONAL { ?task pkg:text ?text }
  OPTIONAL { ?task pkg:sectionPath ?path }
  OPTIONAL { ?task pkg:heading ?heading }
  OPTIONAL { ?task pkg:deadline ?deadline }
  OPTIONAL { ?task pkg:taskKind ?kind }
}"""

# Where documents and gazette issues were read from: one row per (node, file).
_READ_FROM = """
SELECT DISTINCT ?node ?file WHERE { ?node prov:wasDerivedFrom ?file }"""

# The tasks' spans in the files given by VALUES (spliced in: IRIs the store returned).
# Each file's graph is read through its index, so copies left out cost nothing.
_TASK_SPANS = """
SELECT ?task ?file ?start ?end WHERE {
  VALUES ?file { %s }
  GRAPH ?file { ?task pkg:evidence ?span . ?span oa:hasSelector ?position }
  ?task a pkg:Task .
  ?position a oa:TextPositionSelector ;
            oa:start ?start ;
            oa:end ?end .
}"""

_TARGETS = """
SELECT DISTINCT ?target ?document ?index ?task ?indicator ?value ?valueMax ?comparator ?unit ?deadline
                ?recurrence ?commitment ?kind ?text WHERE {
  ?target a pkg:Target ;
          pkg:document ?document .
  OPTIONAL { ?target pkg:index ?index }
  OPTIONAL { ?target pkg:task ?task }
  OPTIONAL { ?target pkg:indicator ?indicator }
  OPTIONAL { ?target pkg:value ?value }
  OPTIONAL { ?target pkg:valueMax ?valueMax }
  OPTIONAL { ?target pkg:comparator ?comparator }
  OPTIONAL { ?target pkg:unit ?unit }
  OPTIONAL { ?target pkg:deadline ?deadline }
  OPTIONAL { ?target pkg:recurrence ?recurrence }
  OPTIONAL { ?target pkg:commitment ?commitment }
  OPTIONAL { ?target pkg:targetKind ?kind }
  OPTIONAL { ?target pkg:text ?text }
}"""

# The document relations are read as direct edges (rdf.py writes the specific
# property only, never the eli:cites super-property as well).
_CITATIONS = """
SELECT DISTINCT ?from ?property ?to WHERE {
  VALUES ?property { eli:cites eli:based_on eli:implements eli:repeals eli:amends pkg:forwards pkg:promulgates }
  ?from ?property ?to .
}"""


# -- rows ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Agency:
    """An agency node: its IRI, canonical name, type and every other name it is known by."""

    iri: str
    name: str
    type: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document node; ``read`` is False for documents known only because another cites them."""

    iri: str
    number: str | None
    title: str | None
    label: str
    date: str | None
    effective: str | None
    expires: str | None
    issuers: tuple[str, ...]
    read: bool


@dataclass(frozen=True, slots=True)
class Holding:
    """One agency holding one task in one role; ``position`` is its place in the task's list."""

    task: str
    agency: str
    role: str
    kind: str
    document: str
    position: int


@dataclass(frozen=True, slots=True)
class TaskInfo:
    """A task with where it was read from (``file`` is the source file's name)."""

    iri: str
    document: str
    index: int
    text: str
    path: str | None
    heading: str | None
    deadline: str | None
    kind: str
    file: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class TargetInfo:
    """A quantified target; ``task`` is the task that holds it, when the extractor linked one."""

    iri: str
    document: str
    index: int
    task: str | None
    indicator: str | None
    value: str | None
    value_max: str | None
    comparator: str | None
    unit: str | None
    deadline: str | None
    recurrence: str | None
    commitment: str | None
    kind: str | None
    text: str | None


def _select(gs: GraphStore, text: str, substitutions: dict[str, Any] | None = None) -> Iterable[Any]:
    return gs.query(prefix_block() + text, substitutions=substitutions)


def _v(term: Any) -> str | None:
    return None if term is None else term.value


def _int(term: Any, default: int = 0) -> int:
    try:
        return int(term.value) if term is not None else default
    except ValueError:
        return default


def number_text(value: str | None) -> str | None:
    """A decimal literal without trailing zeros (``92.0`` → ``92``, ``3.40`` → ``3.4``).

    Args:
        value: the lexical form, or None.

    Returns:
        The plain number, or None.
    """
    if value is None:
        return None
    try:
        d = Decimal(value)
    except InvalidOperation:
        return value
    return format(d.normalize(), "f")


def deadline_key(deadline: str | None) -> str | None:
    """The last day a deadline allows, as ``YYYY-MM-DD``, for ordering deadlines of mixed precision.

    ``2025`` means by the end of 2025 and ``2025-06`` by the end of June, so they
    sort after ``2025-03-31``. Words (``2024年底``) give None: they are shown, not compared.

    Args:
        deadline: a deadline as stored (``2025``, ``2025-06``, ``2025-06-30`` or words).

    Returns:
        The day, or None.
    """
    if not deadline:
        return None
    m = _YEAR.match(deadline)
    if not m:
        return None
    year = int(m["year"])
    if m["day"]:
        return deadline
    month = int(m["month"] or 12)
    if not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def file_name(file_iri: str | None) -> str | None:
    """The name of a source file from its ``file:`` IRI (the folder is left out so reports do not depend on it).

    Args:
        file_iri: the file's IRI.

    Returns:
        The decoded file name, or None.
    """
    if not file_iri:
        return None
    return PurePosixPath(unquote(urlsplit(file_iri).path)).name or file_iri


def agencies(gs: GraphStore) -> dict[str, Agency]:
    """Every agency node with its names and type.

    An agency typed differently by different mentions keeps the most specific
    type (anything but ``other``), the first in alphabetical order when several.

    Args:
        gs: an open store.

    Returns:
        IRI → agency.
    """
    names: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    for r in _select(gs, _AGENCIES):
        a = r["agency"].value
        names[a].add(r["name"].value)
        if r["alias"] is not None:
            aliases[a].add(r["alias"].value)
        if r["type"] is not None:
            types[a].add(r["type"].value)
    found = {}
    for a, ns in names.items():
        name = min(ns)
        specific = sorted(t for t in types[a] if t != "other") or sorted(types[a])
        others = tuple(sorted((aliases[a] | ns) - {name}))
        found[a] = Agency(a, name, specific[0] if specific else None, others)
    return found


def documents(gs: GraphStore) -> dict[str, DocumentInfo]:
    """Every document node, read from a file or only cited.

    Args:
        gs: an open store.

    Returns:
        IRI → document.
    """
    fields: dict[str, dict[str, Any]] = {}
    for r in _select(gs, _DOCUMENTS):
        d = fields.setdefault(r["document"].value, {"issuers": set(), "read": False})
        for key in ("number", "title", "citedTitle", "label", "date", "effective", "expires"):
            # Several values (two citations spelling a title differently): keep the first in order.
            if r[key] is not None and (d.get(key) is None or r[key].value < d[key]):
                d[key] = r[key].value
        if r["issuer"] is not None:
            d["issuers"].add(r["issuer"].value)
        if r["read"] is not None:
            d["read"] = True
    return {
        k: DocumentInfo(
            iri=k,
            number=d.get("number"),
            # A document known only by citation has the title as the citing text writes it.
            title=d.get("title") or d.get("citedTitle"),
            label=d.get("number") or d.get("title") or d.get("label") or k,
            date=d.get("date"),
            effective=d.get("effective"),
            expires=d.get("expires"),
            issuers=tuple(sorted(d["issuers"])),
            read=d["read"],
        )
        for k, d in fields.items()
    }


def responsibilities(gs: GraphStore, *, documents: Collection[str] | None = None) -> list[Holding]:
    """Every (task, agency, role), in document, task and list order.

    Args:
        gs: an open store.
        documents: keep only tasks of these document IRIs (None: all).

    Returns:
        The holdings.
    """
    found = []
    for r in _select(gs, _RESPONSIBILITIES):
        document = r["document"].value
        if documents is not None and document not in documents:
            continue
        found.append(
            Holding(
                task=r["task"].value,
                agency=r["agency"].value,
                role=ROLE_WORDS.get(r["role"].value, "responsible"),
                kind=_v(r["kind"]) or "annotated",
                document=document,
                position=_int(r["position"]),
            )
        )
    found.sort(key=lambda h: (h.document, _task_order(h.task), h.position, h.agency))
    return found


def _task_order(task_iri: str) -> tuple[int, str]:
    tail = task_iri.rsplit("/", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (1 << 30, tail)


def _file_order(file_iri: str) -> tuple[str, str]:
    return (file_name(file_iri) or "", file_iri)


def shown_files(gs: GraphStore) -> set[str]:
    """The files whose spans are shown: for each document or gazette issue, the first it was read from.

    A document read from several files (copies) has a span per file for each fact;
    reports and the explorer show the one of the file whose name sorts first (then by
    IRI), whatever order the files were loaded in. Reading only these files' spans keeps
    the time of a report independent of the number of copies.

    Args:
        gs: an open store.

    Returns:
        File IRIs.
    """
    first: dict[str, str] = {}
    for r in _select(gs, _READ_FROM):
        node, file = r["node"].value, r["file"].value
        if node not in first or _file_order(file) < _file_order(first[node]):
            first[node] = file
    return set(first.values())


def values_block(iris: Iterable[str]) -> str:
    """IRIs as the body of a ``VALUES`` block (for IRIs read from the store).

    Args:
        iris: absolute IRIs.

    Returns:
        ``<a> <b> …``, sorted.
    """
    return " ".join(f"<{i}>" for i in sorted(iris))


def tasks(gs: GraphStore) -> dict[str, TaskInfo]:
    """Every task with its text, section, deadline, kind and evidence.

    Args:
        gs: an open store.

    Returns:
        IRI → task.
    """
    spans: dict[str, tuple[tuple[str, str, int], int]] = {}
    files = shown_files(gs)
    if files:
        for r in _select(gs, _TASK_SPANS % values_block(files)):
            t, file, start = r["task"].value, r["file"].value, _int(r["start"], -1)
            if start < 0:
                continue
            order = (*_file_order(file), start)
            # A task of a document carried by two shown files takes the first one's span.
            if t not in spans or order < spans[t][0]:
                spans[t] = (order, _int(r["end"], -1))
    found: dict[str, TaskInfo] = {}
    for r in _select(gs, _TASKS):
        t = r["task"].value
        if t in found:
            continue
        span = spans.get(t)
        found[t] = TaskInfo(
            iri=t,
            document=r["document"].value,
            index=_int(r["index"], _task_order(t)[0]),
            text=_v(r["text"]) or "",
            path=_v(r["path"]),
            heading=_v(r["heading"]),
            deadline=_v(r["deadline"]),
            kind=_v(r["kind"]) or "annotated",
            file=span[0][0] or None if span else None,
            start=span[0][2] if span else None,
            end=span[1] if span and span[1] >= 0 else None,
        )
    return found


def targets(gs: GraphStore) -> list[TargetInfo]:
    """Every target, in document and position order.

    Args:
        gs: an open store.

    Returns:
        The targets.
    """
    found: dict[str, TargetInfo] = {}
    for r in _select(gs, _TARGETS):
        t = r["target"].value
        if t in found:
            continue
        found[t] = TargetInfo(
            iri=t,
            document=r["document"].value,
            index=_int(r["index"], _task_order(t)[0]),
            task=_v(r["task"]),
            indicator=_v(r["indicator"]),
            value=number_text(_v(r["value"])),
            value_max=number_text(_v(r["valueMax"])),
            comparator=_v(r["comparator"]),
            unit=_v(r["unit"]),
            deadline=_v(r["deadline"]),
            recurrence=_v(r["recurrence"]),
            commitment=_v(r["commitment"]),
            kind=_v(r["kind"]),
            text=_v(r["text"]),
        )
    return sorted(found.values(), key=lambda t: (t.document, t.index, t.iri))


def citations(gs: GraphStore) -> list[tuple[str, str, str]]:
    """Every document-to-document link.

    Args:
        gs: an open store.

    Returns:
        ``(citing IRI, relation word, cited IRI)`` triples, sorted.
    """
    return sorted(
        {
            (r["from"].value, RELATION_WORDS[r["property"].value], r["to"].value)
            for r in _select(gs, _CITATIONS)
        }
    )


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
    for a, relation, b in citations(gs):
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
    "Agency",
    "DocumentInfo",
    "Holding",
    "TargetInfo",
    "TaskInfo",
    "agencies",
    "citations",
    "co_responsibility_graph",
    "deadline_key",
    "document_graph",
    "documents",
    "file_name",
    "implementation_chains",
    "number_text",
    "responsibilities",
    "shown_files",
    "targets",
    "task_agency_graph",
    "tasks",
    "undirected",
    "values_block",
]
