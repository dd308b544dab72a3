"""The interactive graph explorer: one self-contained HTML page drawn with pyvis.

:func:`collect` reads the store with a few targeted SPARQL ``SELECT``s (one per
kind of fact, never the whole graph) into an :class:`ExplorerGraph`: nodes by kind
(document, agency, task, target, gazette issue, person) and edges by relation
(lead / support / responsible, cites / based on / implements / repeals / amends /
forwards / promulgates, issued by, published in, appointed). :func:`render` builds
the pyvis ``Network`` and renders it with our copy of pyvis's template
(``templates/explorer.html``), into which vis-network's script and stylesheet
(``static/``, from pyvis's own ``lib/vis-9.1.2``) and our controls are inlined, so
the page opens from ``file://`` and asks no other origin for anything; a
Content-Security-Policy in the page forbids it as well.

Everything read from documents travels as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and is
put on the page with ``textContent``; tooltips are DOM elements, never HTML
strings; the annotated texts are escaped by :mod:`policykg.viz.annotate`.

Large graphs: above ``max_nodes`` the page starts from an aggregated view (tasks
and targets folded into agency → document edges that carry the task count) and
says so; positions are computed with networkx beforehand, and vis-network's
physics runs only for small graphs and stops once the layout is stable.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from policykg.errors import InputError, NotFoundError
from policykg.graph import iri as iris
from policykg.graph.sparql import run
from policykg.graph.store import GraphStore
from policykg.graph.views import file_name, shown_files, values_block
from policykg.viz import annotate

log = logging.getLogger(__name__)

VIEWS = ("all", "responsibilities", "citations")
DEFAULT_MAX_NODES = 1500
#: Above this many nodes vis-network's physics is off from the start (positions come from networkx).
PHYSICS_LIMIT = 1000

_PKG = "https://w3id.org/policykg/ontology#"
_ELI = "http://data.europa.eu/eli/ontology#"

#: Node kind → (Chinese name, English name, colour, vis-network shape).
KINDS: dict[str, tuple[str, str, str, str]] = {
    "document": ("文件", "document", "#4c6ef5", "box"),
    "agency": ("机关", "agency", "#f08c00", "dot"),
    "task": ("任务", "task", "#2f9e44", "diamond"),
    "target": ("目标", "target", "#9c36b5", "triangle"),
    "gazette": ("公报期次", "gazette issue", "#868e96", "hexagon"),
    "person": ("人员", "person", "#e64980", "star"),
}

#: Edge relation → (Chinese name, English name, colour, dashes, width).
RELATIONS: dict[str, tuple[str, str, str, Any, float]] = {
    "lead": ("牵头", "lead", "#d9480f", False, 3.0),
    "responsible": ("负责", "responsible", "#f08c00", False, 1.5),
    "support": ("配合", "support", "#f08c00", [6, 4], 1.5),
    "tasks": ("承担任务(汇总)", "holds tasks (aggregated)", "#f08c00", False, 1.0),
    "part_of": ("所属文件", "in document", "#adb5bd", [2, 3], 1.0),
    "target_of": ("目标所属", "target of", "#b197fc", [2, 3], 1.0),
    "based_on": ("依据", "based on", "#1c7ed6", False, 2.0),
    "implements": ("贯彻落实", "implements", "#2b8a3e", False, 2.0),
    "repeals": ("废止", "repeals", "#e03131", [8, 4], 2.0),
    "amends": ("修改", "amends", "#e8590c", [8, 4], 2.0),
    "forwards": ("转发", "forwards", "#0c8599", [2, 4], 2.0),
    "promulgates": ("印发", "promulgates", "#364fc7", [10, 3, 2, 3], 2.0),
    "cites": ("引用", "cites", "#495057", False, 1.0),
    "issued_by": ("发文机关", "issued by", "#ced4da", [4, 4], 1.0),
    "published_in": ("刊载于", "published in", "#ced4da", [1, 4], 1.0),
    "publisher": ("编印", "published by", "#ced4da", [1, 4], 1.0),
    "appoint": ("任命", "appointed", "#e64980", False, 1.5),
    "remove": ("免去", "removed", "#e64980", [6, 4], 1.5),
}

_RELATION_OF_PROPERTY = {
    _ELI + "based_on": "based_on",
    _ELI + "implements": "implements",
    _ELI + "repeals": "repeals",
    _ELI + "amends": "amends",
    _PKG + "forwards": "forwards",
    _PKG + "promulgates": "promulgates",
    _ELI + "cites": "cites",
}
_ROLE = {_PKG + "lead": "lead", _PKG + "support": "support", _PKG + "responsible": "responsible"}
_AGENCY_TYPES = {
    "government_department": "政府部门",
    "party_organ": "党的机关",
    "state_owned_enterprise": "国有企业",
    "central_agency_branch": "垂直管理机构",
    "lower_level_government": "下级政府",
    "peoples_government": "人民政府",
    "other": "其他",
}
_YEAR = re.compile(r"^(\d{4})")
_STATIC = "static"
_TEMPLATE = "explorer.html"


@dataclass(slots=True)
class Node:
    """One node of the explorer.

    Attributes:
        iri: the node's IRI in the store.
        kind: one of :data:`KINDS`.
        label: the short label drawn on the canvas.
        name: the full name shown in the side panel.
        facts: ``(field, value)`` pairs for the side panel.
        evidence: the quoted source text the fact was read from, if any.
        where: the evidence's place (file name and character range).
        names: strings a search matches exactly (labels, aliases, 文号).
        text: longer text a search matches inside (clause, title).
        docs: documents whose view holds the node (document filter).
        agencies: agencies whose view holds the node (agency filter).
        years: deadline years the node is tied to (year filter).
        size: drawn size, or None for the kind's default.
        tasks: for agencies, how many tasks they hold.
    """

    iri: str
    kind: str
    label: str
    name: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    evidence: str | None = None
    where: str | None = None
    names: set[str] = field(default_factory=set)
    text: str = ""
    docs: set[str] = field(default_factory=set)
    agencies: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    size: float | None = None
    tasks: int = 0


@dataclass(frozen=True, slots=True)
class Edge:
    """One edge: ``source`` → ``target`` by ``relation`` (a key of :data:`RELATIONS`)."""

    source: str
    target: str
    relation: str
    label: str = ""
    weight: int = 1


@dataclass(slots=True)
class DocText:
    """A document's raw text and the facts to highlight in it."""

    iri: str
    title: str
    text: str
    spans: list[annotate.Span]


@dataclass(slots=True)
class ExplorerGraph:
    """What the page shows.

    Attributes:
        nodes: IRI → node, in a stable order.
        edges: the edges between those nodes (a dict used as an ordered set).
        texts: document IRI → its annotated text (documents whose text the store holds).
        view: the view asked for.
        notes: sentences the page shows above the graph (aggregation, filters).
        total: how many nodes the view had before any aggregation or cut.
        aggregated: True when the page starts from the aggregated view.
        citations: ``(citation IRI, citing, relation, cited)`` for the citation edges.
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[Edge, None] = field(default_factory=dict)
    texts: dict[str, DocText] = field(default_factory=dict)
    view: str = "all"
    notes: list[str] = field(default_factory=list)
    total: int = 0
    aggregated: bool = False
    citations: list[tuple[str, str, str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Nodes per kind plus ``edges``.

        Returns:
            e.g. ``{"document": 14, "agency": 31, …, "edges": 420}``.
        """
        out: dict[str, int] = {k: 0 for k in KINDS}
        for n in self.nodes.values():
            out[n.kind] += 1
        out["edges"] = len(self.edges)
        return out


# -- reading the store -----------------------------------------------------------

_Q_DOCUMENTS = """
SELECT ?d ?number ?title ?label ?date ?effective ?expires ?type ?status ?gazette WHERE {
  ?d a eli:LegalResource .
  OPTIONAL { ?d eli:id_local ?number } OPTIONAL { ?d eli:title ?title } OPTIONAL { ?d rdfs:label ?label }
  OPTIONAL { ?d eli:date_document ?date } OPTIONAL { ?d eli:first_date_entry_in_force ?effective }
  OPTIONAL { ?d eli:date_no_longer_in_force ?expires } OPTIONAL { ?d pkg:documentType ?type }
  OPTIONAL { ?d pkg:status ?status } OPTIONAL { ?d eli:is_part_of ?gazette }
}"""
_Q_ISSUERS = "SELECT DISTINCT ?d ?a WHERE { ?d a eli:LegalResource ; eli:passed_by ?a }"
_Q_AGENCIES = """
SELECT ?a ?pref ?alt ?type WHERE {
  ?a a org:Organization .
  OPTIONAL { ?a skos:prefLabel ?pref } OPTIONAL { ?a skos:altLabel ?alt } OPTIONAL { ?a pkg:agencyType ?type }
}"""
_Q_TASKS = """
SELECT ?t ?doc ?index ?text ?deadline ?path ?heading ?kind WHERE {
  ?t a pkg:Task ; pkg:document ?doc .
  OPTIONAL { ?t pkg:index ?index } OPTIONAL { ?t pkg:text ?text } OPTIONAL { ?t pkg:deadline ?deadline }
  OPTIONAL { ?t pkg:sectionPath ?path } OPTIONAL { ?t pkg:heading ?heading } OPTIONAL { ?t pkg:taskKind ?kind }
}"""
_Q_RESPONSIBILITIES = """
SELECT DISTINCT ?t ?r ?a ?role ?written WHERE {
  ?t pkg:qualifiedResponsibility ?r . ?r pkg:agency ?a ; pkg:role ?role .
  OPTIONAL { ?r pkg:asWritten ?written }
}"""
_Q_TARGETS = """
SELECT ?g ?doc ?task ?indicator ?comparator ?value ?valueMax ?unit ?deadline ?text ?commitment ?kind WHERE {
  ?g a pkg:Target ; pkg:document ?doc .
  OPTIONAL { ?g pkg:task ?task } OPTIONAL { ?g pkg:indicator ?indicator } OPTIONAL { ?g pkg:comparator ?comparator }
  OPTIONAL { ?g pkg:value ?value } OPTIONAL { ?g pkg:valueMax ?valueMax } OPTIONAL { ?g pkg:unit ?unit }
  OPTIONAL { ?g pkg:deadline ?deadline } OPTIONAL { ?g pkg:text ?text }
  OPTIONAL { ?g pkg:commitment ?commitment } OPTIONAL { ?g pkg:targetKind ?kind }
}"""
_Q_CITATIONS = """
SELECT ?c ?from ?to ?property ?title ?issuer WHERE {
  ?c a pkg:Citation ; pkg:document ?from ; pkg:citedDocument ?to ; pkg:relation ?property .
  OPTIONAL { ?c pkg:citedTitle ?title } OPTIONAL { ?c pkg:citedIssuer ?issuer }
}"""
_Q_GAZETTES = """
SELECT ?g ?name ?issue ?cumulative ?published ?publisher WHERE {
  ?g a pkg:GazetteIssue .
  OPTIONAL { ?g schema:name ?name } OPTIONAL { ?g schema:issueNumber ?issue }
  OPTIONAL { ?g pkg:cumulativeIssue ?cumulative } OPTIONAL { ?g schema:datePublished ?published }
  OPTIONAL { ?g schema:publisher ?publisher }
}"""
_Q_APPOINTMENTS = """
SELECT ?ap ?person ?name ?action ?post ?org ?period ?doc WHERE {
  ?ap a pkg:Appointment ; pkg:person ?person ; pkg:post ?p .
  ?person schema:name ?name . ?p skos:prefLabel ?post .
  OPTIONAL { ?ap pkg:action ?action } OPTIONAL { ?ap pkg:organization ?org }
  OPTIONAL { ?ap pkg:period ?period } OPTIONAL { ?ap pkg:document ?doc }
}"""
# Spans are read from the shown files only (views.shown_files, spliced into VALUES):
# a copy of a document adds spans, and reading them all would grow with the copies.
_Q_EVIDENCE = """
SELECT ?fact ?file ?start ?end ?quote WHERE {
  VALUES ?file { %s }
  GRAPH ?file { ?fact pkg:evidence ?span . ?span oa:hasSelector ?pos }
  ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { GRAPH ?file { ?span oa:hasSelector ?q } ?q a oa:TextQuoteSelector ; oa:exact ?quote }
}"""
_Q_FIND_AGENCY = """
SELECT DISTINCT ?a ?name WHERE { { ?a skos:prefLabel ?name } UNION { ?a skos:altLabel ?name } ?a a org:Organization }"""


def _rows(store: GraphStore, query: str, **bind: Any) -> list[dict[str, str | None]]:
    """Run a SELECT and give each row as ``column → plain value`` (IRI or literal text)."""
    result = run(query, store=store) if not bind else _bound(store, query, bind)
    return [
        {c: (None if t is None else t.value) for c, t in zip(result.columns, row, strict=True)}
        for row in result.rows
    ]


def _bound(store: GraphStore, query: str, bind: dict[str, Any]) -> Any:
    from policykg.graph.sparql import Result, prefix_block

    solutions = store.query(prefix_block() + query, substitutions=bind)
    columns = [v.value for v in solutions.variables]
    return Result(columns, [[s[c] for c in columns] for s in solutions])


def _first(rows: list[dict[str, str | None]], key: str) -> dict[str, dict[str, str | None]]:
    """Group rows by ``key``, keeping the first non-empty value of every column (OPTIONALs repeat rows)."""
    out: dict[str, dict[str, str | None]] = {}
    for r in rows:
        k = r[key]
        if k is None:
            continue
        have = out.setdefault(k, {})
        for c, v in r.items():
            if v is not None and have.get(c) is None:
                have[c] = v
    return out


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _year(deadline: str | None) -> str | None:
    m = _YEAR.match(deadline or "")
    return m.group(1) if m else None


def _fold(text: str) -> str:
    """How names are compared by the search box (the page folds queries the same way)."""
    return iris.canonical_agency(text)


def _number(value: str | None) -> str:
    if value is None:
        return ""
    try:
        f = float(value)
    except ValueError:
        return value
    return str(int(f)) if f.is_integer() else str(f)


def collect(
    store: GraphStore,
    *,
    view: str = "all",
    agency: str | None = None,
    document: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> ExplorerGraph:
    """Read the store into the explorer's nodes and edges.

    Args:
        store: an open store.
        view: ``all``, ``responsibilities`` (agencies, tasks, targets and their
            documents) or ``citations`` (documents, how they cite each other,
            issuers and gazette issues).
        agency: keep only this agency's part (any name or alias): its tasks, their
            documents and targets, the agencies sharing them.
        document: keep only this document's part (its 文号): its tasks, targets,
            agencies, the documents it cites or is cited by, its gazette issue.
        max_nodes: above this many nodes the page starts from the aggregated view.

    Returns:
        The graph to render.

    Raises:
        InputError: an unknown view or a bad ``max_nodes``.
        NotFoundError: ``agency`` or ``document`` is not in the store.
    """
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, not {max_nodes}")
    g = ExplorerGraph(view=view)
    nodes, edges = g.nodes, g.edges
    evidence = _evidence(store)

    def attach(node: Node, fact: str) -> None:
        ev = evidence.get(fact)
        if ev:
            file, start, end, quote = ev
            node.evidence = quote or None
            node.where = f"{iris.key_of(file)} #char={start},{end}"

    want_tasks = view in ("all", "responsibilities")
    want_citations = view in ("all", "citations")

    # Documents (the citations view and the rest both start from them).
    docs = _first(_rows(store, _Q_DOCUMENTS), "d")
    for d, r in docs.items():
        number, title = r.get("number"), r.get("title")
        label = number or _short(title or r.get("label") or iris.key_of(d), 16)
        n = Node(d, "document", label, title or r.get("label") or number or label)
        for name, key in (
            ("文号", "number"),
            ("标题", "title"),
            ("文种", "type"),
            ("成文日期", "date"),
            ("施行日期", "effective"),
            ("有效期至", "expires"),
            ("效力状态", "status"),
        ):
            if r.get(key):
                n.facts.append((name, str(r[key])))
        n.names |= {_fold(x) for x in (number, title) if x}
        n.text = title or r.get("label") or ""
        n.docs.add(d)
        attach(n, d)
        nodes[d] = n

    agencies = _agencies(store)
    for a, (pref, alts, kind) in agencies.items():
        n = Node(a, "agency", pref, pref, names={_fold(pref), *(_fold(x) for x in alts)})
        if alts:
            n.facts.append(("别名", "、".join(sorted(alts))))
        if kind:
            n.facts.append(("机关类型", _AGENCY_TYPES.get(kind, kind)))
        n.agencies.add(a)
        nodes[a] = n

    if want_citations:
        for ci, c in _first(_rows(store, _Q_CITATIONS), "c").items():
            src, dst = c["from"], c["to"]
            rel = _RELATION_OF_PROPERTY.get(c.get("property") or "", "cites")
            if src in nodes and dst in nodes:
                edge = Edge(src, dst, rel, RELATIONS[rel][0])
                edges[edge] = None
                g.citations.append((ci, src, rel, dst))
                nodes[src].docs.add(dst)
                nodes[dst].docs.add(src)
                if c.get("title") and not nodes[dst].facts:
                    nodes[dst].facts.append(("被引标题", c["title"]))
                    nodes[dst].text = c["title"]
                    nodes[dst].names.add(_fold(c["title"]))
        for r in _rows(store, _Q_ISSUERS):
            if r["d"] in nodes and r["a"] in nodes:
                edges[Edge(r["d"], r["a"], "issued_by", "")] = None
                nodes[r["a"]].docs.add(r["d"])
                nodes[r["d"]].agencies.add(r["a"])
        for gz, r in _first(_rows(store, _Q_GAZETTES), "g").items():
            name = r.get("name") or "政府公报"
            year = gz.rstrip("/").split("/")[-2] if gz.count("/") > 2 else ""
            label = f"{name} {year}年第{r['issue']}期" if r.get("issue") else name
            n = Node(gz, "gazette", _short(label, 20), label)
            for fname, key in (("期号", "issue"), ("总期号", "cumulative"), ("出版日期", "published")):
                if r.get(key):
                    n.facts.append((fname, str(r[key])))
            n.names.add(_fold(label))
            attach(n, gz)
            nodes[gz] = n
            if r.get("publisher") in nodes:
                edges[Edge(gz, r["publisher"], "publisher", "")] = None
                n.agencies.add(r["publisher"])
        for d, r in docs.items():
            if r.get("gazette") in nodes:
                edges[Edge(d, r["gazette"], "published_in", "")] = None
                nodes[r["gazette"]].docs.add(d)

    if want_tasks:
        _tasks(store, g, attach)

    if view == "all":
        _appointments(store, g, attach)

    # Keep only what the view draws: agencies and documents that touch nothing shown are left out
    # of the narrower views, so that "citations" is not a cloud of lone agencies.
    linked = {e.source for e in edges} | {e.target for e in edges}
    if view == "responsibilities":
        for k in [k for k, n in nodes.items() if n.kind in ("document", "agency") and k not in linked]:
            del nodes[k]
    elif view == "citations":
        for k in [k for k, n in nodes.items() if n.kind == "agency" and k not in linked]:
            del nodes[k]

    if agency:
        a = _find_agency(store, agency)
        if a not in nodes:
            raise NotFoundError(f"the agency {agency!r} holds nothing in the {view} view")
        _keep(g, {k for k, n in nodes.items() if a in n.agencies})
        g.notes.append(f"只显示机关“{nodes[a].name}”的任务、文件和目标(--agency)。")
    if document:
        d = iris.document(document)
        if d not in nodes:
            raise NotFoundError(f"no document {document!r} in the store")
        _keep(g, {k for k, n in nodes.items() if d in n.docs})
        g.notes.append(f"只显示文件“{nodes[d].label}”的内容(--document)。")

    _sizes(g)
    g.total = len(nodes)
    if len(nodes) > max_nodes:
        _aggregate(g, max_nodes)
    _texts(store, g, evidence)
    return g


def _evidence(store: GraphStore) -> dict[str, tuple[str, int, int, str]]:
    """Fact IRI → (file IRI, start, end, quote): the first span of each fact.

    A fact read from several files (copies of one document) has a span in each; the
    first file by name (as in the reports, :func:`policykg.graph.views.tasks`), then by
    IRI, then the first span gives it, whatever order the store returns.
    """
    out: dict[str, tuple[str, int, int, str]] = {}
    rank: dict[str, tuple[str, str, int]] = {}
    files = shown_files(store)
    if not files:
        return out
    for r in _rows(store, _Q_EVIDENCE % values_block(files)):
        fact = r["fact"]
        if fact is None or r["start"] is None or r["end"] is None:
            continue
        file = r["file"] or ""
        found = (file, int(r["start"]), int(r["end"]), r["quote"] or "")
        order = (file_name(file) or "", file, found[1])
        have = out.get(fact)
        if have is None or order < rank[fact] or (order == rank[fact] and have[3] == "" and found[3]):
            out[fact], rank[fact] = found, order
    return out


def _agencies(store: GraphStore) -> dict[str, tuple[str, set[str], str | None]]:
    """Agency IRI → (preferred label, other labels, agency type)."""
    out: dict[str, tuple[str, set[str], str | None]] = {}
    for r in _rows(store, _Q_AGENCIES):
        a = r["a"]
        if a is None:
            continue
        pref, alts, kind = out.get(a, (None, set(), None))
        pref = pref or r["pref"]
        if r["alt"]:
            alts.add(r["alt"])
        out[a] = (pref, alts, kind or r["type"])  # type: ignore[assignment]
    return {
        a: (pref or iris.key_of(a), {x for x in alts if x != pref}, kind)
        for a, (pref, alts, kind) in out.items()
    }


def _tasks(store: GraphStore, g: ExplorerGraph, attach: Any) -> None:
    """Tasks, their agencies and their targets."""
    nodes, edges = g.nodes, g.edges
    for t, r in _first(_rows(store, _Q_TASKS), "t").items():
        doc = r["doc"]
        if doc not in nodes:
            continue
        text = r.get("text") or ""
        n = Node(t, "task", _short(text, 12) or f"任务 {r.get('index')}", _short(text, 80) or "任务")
        for name, key in (
            ("章节", "path"),
            ("小标题", "heading"),
            ("完成期限", "deadline"),
            ("类别", "kind"),
        ):
            if r.get(key):
                n.facts.append((name, str(r[key])))
        n.facts.insert(0, ("所属文件", nodes[doc].label))
        n.text = text
        n.docs.add(doc)
        if _year(r.get("deadline")):
            n.years.add(_year(r.get("deadline")))  # type: ignore[arg-type]
        attach(n, t)
        nodes[t] = n
        edges[Edge(t, doc, "part_of", "")] = None
    roles: dict[str, list[str]] = defaultdict(list)
    held_by: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, _Q_RESPONSIBILITIES):
        t, a = r["t"], r["a"]
        if t not in nodes or a not in nodes:
            continue
        role = _ROLE.get(r["role"] or "", "responsible")
        edge = Edge(a, t, role, "")
        if edge in edges:
            continue
        edges[edge] = None
        roles[t].append(f"{nodes[a].name}({RELATIONS[role][0]})")
        nodes[t].agencies.add(a)
        held_by[a].add(t)
    for a, ts in held_by.items():
        nodes[a].tasks = len(ts)
    for t, held in roles.items():
        nodes[t].facts.append(("责任单位", "、".join(held)))
    # What an agency's view holds: its tasks, their documents, and the agencies it shares them with.
    for n in list(nodes.values()):
        if n.kind != "task":
            continue
        doc = nodes[next(iter(n.docs))]
        doc.agencies |= n.agencies
        doc.years |= n.years
        for a in n.agencies:
            nodes[a].agencies |= n.agencies
            nodes[a].docs |= n.docs
            nodes[a].years |= n.years
    for gt, r in _first(_rows(store, _Q_TARGETS), "g").items():
        doc = r["doc"]
        if doc not in nodes:
            continue
        value = _number(r.get("value"))
        if r.get("valueMax"):
            value += "—" + _number(r["valueMax"])
        indicator = r.get("indicator") or "目标"
        label = f"{indicator}{r.get('comparator') or ''}{value}{r.get('unit') or ''}"
        n = Node(gt, "target", _short(label, 14), label)
        for name, key in (
            ("指标", "indicator"),
            ("比较符", "comparator"),
            ("单位", "unit"),
            ("期限", "deadline"),
            ("承诺程度", "commitment"),
            ("类别", "kind"),
        ):
            if r.get(key):
                n.facts.append((name, str(r[key])))
        if value:
            n.facts.insert(1, ("数值", value))
        n.text = r.get("text") or label
        n.docs.add(doc)
        if _year(r.get("deadline")):
            n.years.add(_year(r.get("deadline")))  # type: ignore[arg-type]
        attach(n, gt)
        nodes[gt] = n
        task = r.get("task")
        if task in nodes:
            edges[Edge(gt, task, "target_of", "")] = None
            n.agencies |= nodes[task].agencies
            nodes[task].years |= n.years
            for a in nodes[task].agencies:
                nodes[a].years |= n.years
        else:
            edges[Edge(gt, doc, "part_of", "")] = None
        nodes[doc].years |= n.years


def _appointments(store: GraphStore, g: ExplorerGraph, attach: Any) -> None:
    nodes, edges = g.nodes, g.edges
    for ap, r in _first(_rows(store, _Q_APPOINTMENTS), "ap").items():
        person = r["person"]
        n = nodes.get(person)
        if n is None:
            n = nodes[person] = Node(
                person, "person", r["name"] or "", r["name"] or "", names={_fold(r["name"] or "")}
            )
            attach(n, ap)
        action = r.get("action") if r.get("action") in ("appoint", "remove") else "appoint"
        post = r.get("post") or ""
        org = r.get("org")
        n.facts.append(
            (
                RELATIONS[action][0],
                f"{nodes[org].name if org in nodes else ''}{post}"
                + (f"({r['period']})" if r.get("period") else ""),
            )
        )
        n.text = " ".join(v for _, v in n.facts)
        if r.get("doc") in nodes:
            n.docs.add(r["doc"])  # type: ignore[arg-type]
        if org in nodes:
            edges[Edge(person, org, action, post)] = None  # type: ignore[arg-type]
            n.agencies.add(org)  # type: ignore[arg-type]
        elif r.get("doc") in nodes:
            edges[Edge(person, r["doc"], action, post)] = None  # type: ignore[arg-type]


def _find_agency(store: GraphStore, name: str) -> str:
    import pyoxigraph as ox

    rows = _rows(store, _Q_FIND_AGENCY, name=ox.Literal(iris.canonical_agency(name), language="zh"))
    found = sorted({r["a"] for r in rows if r["a"]})
    if not found:
        raise NotFoundError(f"no agency named {name!r} in the store (try `policykg sparql --name agency`)")
    if len(found) > 1:
        raise NotFoundError(
            f"{name!r} names {len(found)} agencies: {', '.join(iris.key_of(a) for a in found)}"
        )
    return found[0]


def _keep(g: ExplorerGraph, keep: set[str]) -> None:
    """Drop every node not in ``keep`` and the edges touching them."""
    for k in [k for k in g.nodes if k not in keep]:
        del g.nodes[k]
    g.edges = {e: None for e in g.edges if e.source in g.nodes and e.target in g.nodes}


def _sizes(g: ExplorerGraph) -> None:
    """Agencies grow with the number of tasks they hold."""
    for n in g.nodes.values():
        if n.kind == "agency":
            n.size = 12 + 7 * math.sqrt(n.tasks)
            n.facts.insert(0, ("任务数", str(n.tasks)))


def _aggregate(g: ExplorerGraph, max_nodes: int) -> None:
    """Fold tasks and targets into agency → document edges; cut to ``max_nodes`` by degree if still too many."""
    nodes = g.nodes
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in g.edges:
        if e.relation in ("lead", "support", "responsible"):
            for d in nodes[e.target].docs:
                held[(e.source, d)].add(e.target)
    folded = sum(1 for n in nodes.values() if n.kind in ("task", "target"))
    _keep(g, {k for k, n in nodes.items() if n.kind not in ("task", "target")})
    g.edges.update(
        (Edge(a, d, "tasks", f"{len(ts)}项", len(ts)), None)
        for (a, d), ts in sorted(held.items())
        if a in nodes and d in nodes
    )
    g.aggregated = True
    note = (
        f"全图共 {g.total:,} 个节点,超过上限 {max_nodes:,}(--max-nodes):先显示汇总视图,"
        f"{folded:,} 个任务和目标并入“机关→文件”的边,边上的数字是任务数。"
        "用 --agency 或 --document 缩小范围即可看到任务本身。"
    )
    if len(nodes) > max_nodes:
        degree: dict[str, int] = defaultdict(int)
        for e in g.edges:
            degree[e.source] += e.weight
            degree[e.target] += e.weight
        ranked = sorted(nodes, key=lambda k: (-degree[k], k))[:max_nodes]
        cut = len(nodes) - len(ranked)
        _keep(g, set(ranked))
        note += f"汇总后仍有 {len(ranked) + cut:,} 个节点,只保留连接最多的 {len(ranked):,} 个。"
    g.notes.insert(0, note)


def _texts(store: GraphStore, g: ExplorerGraph, evidence: dict[str, tuple[str, int, int, str]]) -> None:
    """The annotated text of every shown document whose text the store holds."""
    nodes = g.nodes
    by_number = {n.label: k for k, n in nodes.items() if n.kind == "document"}
    facts: dict[str, list[tuple[int, int, str, str, str, str]]] = defaultdict(list)  # file → facts
    for k, n in nodes.items():
        if n.kind in ("task", "target") and k in evidence:
            file, s, e, q = evidence[k]
            facts[file].append((s, e, q, n.kind, k, n.name))
    resp = [(e.target, e.source) for e in g.edges if e.relation in ("lead", "support", "responsible")]
    for c, src, rel, dst in g.citations:
        if c in evidence and src in nodes and dst in nodes:
            file, s, e, q = evidence[c]
            facts[file].append((s, e, q, "citation", dst, f"{RELATIONS[rel][0]}:{nodes[dst].name}"))
    resp_spans = _responsibility_spans(store, {t for t, _ in resp})
    for t, a, file, s, e, q in resp_spans:
        if a in nodes and t in nodes:
            facts[file].append((s, e, q, "agency", a, nodes[a].name))
    for k, n in nodes.items():
        if n.kind != "document" or k not in evidence:
            continue
        file, start, end, quote = evidence[k]
        if not quote or len(quote) != end - start:
            continue
        spans = annotate.place(
            quote, start, ((s, e, q, kind, node, note) for s, e, q, kind, node, note in facts[file])
        )
        spans += annotate.docnum_spans(quote, by_number.get)
        g.texts[k] = DocText(k, n.name, quote, spans)


_Q_RESP_EVIDENCE = """
SELECT ?t ?a ?file ?start ?end ?quote WHERE {
  VALUES ?file { %s }
  GRAPH ?file { ?r pkg:evidence ?span . ?span oa:hasSelector ?pos }
  ?t pkg:qualifiedResponsibility ?r . ?r pkg:agency ?a .
  ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { GRAPH ?file { ?span oa:hasSelector ?q } ?q a oa:TextQuoteSelector ; oa:exact ?quote }
}"""


def _responsibility_spans(store: GraphStore, tasks: set[str]) -> list[tuple[str, str, str, int, int, str]]:
    files = shown_files(store)
    if not tasks or not files:
        return []
    out = []
    for r in _rows(store, _Q_RESP_EVIDENCE % values_block(files)):
        if r["t"] in tasks and r["start"] is not None and r["end"] is not None:
            out.append((r["t"], r["a"], r["file"], int(r["start"]), int(r["end"]), r["quote"] or ""))  # type: ignore[arg-type]
    return out


# -- layout and rendering ----------------------------------------------------------------


def layout(g: ExplorerGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Starting positions in vis-network's pixel scale, computed in Python.

    Only the skeleton (documents, agencies, gazette issues, people) goes through
    networkx's spring layout, with an agency pulled towards a document by the
    tasks it holds there; tasks then sit in a ring around their document and
    targets in a small ring around their task (or their document). The skeleton is
    a sixth of the nodes or less, which keeps networkx on its fast dense path
    (under 500 nodes) for graphs of a few thousand nodes: a spring layout of all
    5,000 nodes took about a minute here.

    Args:
        g: the graph.
        seed: the spring layout's random seed (the same graph always looks the same).

    Returns:
        Node IRI → (x, y).
    """
    import networkx as nx

    if not g.nodes:
        return {}
    nodes = g.nodes
    parent: dict[str, str] = {}
    for e in g.edges:
        kind = nodes[e.source].kind
        if kind == "task" and e.relation == "part_of":
            parent[e.source] = e.target
        elif kind == "target" and (e.relation == "target_of" or e.source not in parent):
            parent[e.source] = e.target
    skeleton = nx.Graph()
    skeleton.add_nodes_from(k for k, n in nodes.items() if k not in parent)

    def anchor(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k

    for e in g.edges:
        a, b = anchor(e.source), anchor(e.target)
        if a != b:
            w = skeleton.get_edge_data(a, b, {"weight": 0})["weight"]
            skeleton.add_edge(a, b, weight=w + e.weight)
    size = skeleton.number_of_nodes()
    pos = nx.spring_layout(skeleton, seed=seed, iterations=50 if size < 500 else 25, weight="weight")
    scale = max(450.0, 170 * math.sqrt(size))
    out = {k: (float(x) * scale, float(y) * scale) for k, (x, y) in pos.items()}
    children: dict[str, list[str]] = defaultdict(list)
    for child, p in parent.items():
        children[p].append(child)

    def ring(centre: str, radius: float, step: float) -> None:
        kids = children.get(centre, [])
        cx, cy = out[centre]
        for i, kid in enumerate(kids):
            angle = 2 * math.pi * i / max(1, len(kids)) + 0.3
            r = radius + step * len(kids)
            out[kid] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
            ring(kid, 30.0, 3.0)

    for k in list(pos):
        ring(k, 90.0, 6.0)
    return out


def _options(n: int, physics: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "nodes": {
            "font": {
                "face": "Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif",
                "size": 14,
            },
            "borderWidth": 1,
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle"},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n > 800,
            "navigationButtons": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 140,
                "springConstant": 0.03,
                "damping": 0.35,
                "avoidOverlap": 0.2,
            },
            "stabilization": {"enabled": physics, "iterations": 200, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "layout": {"improvedLayout": False},
    }


def _json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators left as such."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _static(name: str) -> str:
    text = (resources.files("policykg.viz") / _STATIC / name).read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise ValueError(f"static/{name} contains a closing script or style tag")
    return text


def network(
    g: ExplorerGraph, *, positions: dict[str, tuple[float, float]] | None = None, physics: bool | None = None
) -> Any:
    """The pyvis ``Network`` of the graph, nodes numbered in order.

    Args:
        g: the graph.
        positions: starting positions (see :func:`layout`); none when omitted.
        physics: see :func:`render`.

    Returns:
        A ``pyvis.network.Network`` whose node ids are the indexes of ``g.nodes``.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    template_dir = resources.files("policykg.viz") / "templates"
    net.set_template_dir(str(template_dir), _TEMPLATE)
    ids = {k: i for i, k in enumerate(g.nodes)}
    for k, n in g.nodes.items():
        _, _, colour, shape = KINDS[n.kind]
        opts: dict[str, Any] = {"kind": n.kind, "color": colour}
        if n.size is not None:
            opts["size"] = round(n.size, 1)
        elif n.kind == "task":
            opts["size"] = 9
        elif n.kind == "target":
            opts["size"] = 8
        if shape == "box":
            opts["font"] = {"color": "#ffffff", "size": 16}
        elif n.kind == "gazette":
            opts["size"] = 18
        if positions and k in positions:
            opts["x"], opts["y"] = round(positions[k][0], 1), round(positions[k][1], 1)
        net.add_node(ids[k], label=n.label, shape=shape, **opts)
    for i, e in enumerate(g.edges):
        _, _, colour, dashes, width = RELATIONS[e.relation]
        opts = {
            "id": i,
            "relation": e.relation,
            "color": colour,
            "dashes": dashes,
            "width": width if e.relation != "tasks" else 1 + math.log2(1 + e.weight),
        }
        if e.label:
            opts["label"] = e.label
        net.add_edge(ids[e.source], ids[e.target], **opts)
    net.options = _options(len(g.nodes), len(g.nodes) <= PHYSICS_LIMIT if physics is None else physics)
    return net


def _payload(g: ExplorerGraph) -> dict[str, Any]:
    ids = {k: i for i, k in enumerate(g.nodes)}
    texts = {k: i for i, k in enumerate(g.texts)}

    def idx(keys: set[str]) -> list[int]:
        return sorted(ids[k] for k in keys if k in ids)

    meta = []
    for k, n in g.nodes.items():
        m: dict[str, Any] = {
            "iri": k,
            "name": n.name,
            "facts": n.facts,
            "names": sorted(x for x in n.names if x),
            "text": n.text,
            "docs": idx(n.docs),
            "agencies": idx(n.agencies),
            "years": sorted(n.years),
        }
        if n.evidence:
            m["evidence"] = n.evidence
            m["where"] = n.where
        if k in texts:
            m["textView"] = texts[k]
        meta.append(m)
    present_rel = {e.relation for e in g.edges}
    present_kind = {n.kind for n in g.nodes.values()}
    return {
        "meta": meta,
        "kinds": {
            k: {"zh": v[0], "en": v[1], "color": v[2], "shape": v[3]}
            for k, v in KINDS.items()
            if k in present_kind
        },
        "relations": {
            k: {"zh": v[0], "en": v[1], "color": v[2], "dashes": v[3], "width": v[4]}
            for k, v in RELATIONS.items()
            if k in present_rel
        },
        "spanKinds": {k: {"zh": v[0], "color": v[1]} for k, v in annotate.SPAN_KINDS.items()},
        "notes": g.notes,
        "view": g.view,
        "total": g.total,
        "aggregated": g.aggregated,
    }


def render(
    g: ExplorerGraph,
    *,
    title: str = "policykg 政策知识图谱",
    positions: dict[str, tuple[float, float]] | None = None,
    physics: bool | None = None,
) -> str:
    """The self-contained HTML page.

    Args:
        g: the graph (see :func:`collect`).
        title: the page's title.
        positions: starting positions; computed with :func:`layout` when None.
        physics: let vis-network's physics settle the layout before it stops; by
            default only up to :data:`PHYSICS_LIMIT` nodes.

    Returns:
        The page's HTML.
    """
    net = network(g, positions=layout(g) if positions is None else positions, physics=physics)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    ids = {k: i for i, k in enumerate(g.nodes)}
    views = []
    for i, t in enumerate(g.texts.values()):
        spans = [
            annotate.Span(
                s.start, s.end, s.kind, ids.get(s.node) if isinstance(s.node, str) else s.node, s.note
            )
            for s in t.spans
        ]
        views.append((i, annotate.render(t.text, spans)))
    opts = json.loads(options)
    payload = _json(
        {
            "nodes": nodes,
            "edges": edges,
            "options": opts,
            "physics": opts["physics"]["enabled"],
            **_payload(g),
        }
    )
    # The nonce only has to be unknown to the documents' authors; a digest of the page keeps output reproducible.
    nonce = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]
    template = net.templateEnv.get_template(net.path)
    return template.render(
        title=html.escape(title),
        nonce=nonce,
        payload=payload,
        views=views,
        vis_css=_static("vis-network.css"),
        vis_js=_static("vis-network.min.js"),
        explorer_css=_static("explorer.css"),
        explorer_js=_static("explorer.js"),
    )


def write_explorer(
    output: str | Path,
    *,
    store: GraphStore,
    view: str = "all",
    agency: str | None = None,
    document: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> ExplorerGraph:
    """Collect, render and write the explorer page (atomically).

    Args:
        output: the HTML file to write.
        store: an open store.
        view: see :func:`collect`.
        agency: see :func:`collect`.
        document: see :func:`collect`.
        max_nodes: see :func:`collect`.

    Returns:
        The graph that was drawn.
    """
    from policykg.output import atomic_write

    g = collect(store, view=view, agency=agency, document=document, max_nodes=max_nodes)
    atomic_write(output, render(g))
    return g
