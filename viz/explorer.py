"""The interactive graph explorer: one self-contained HTML page drawn with pyvis.

:func:`collect` turns the rows of :mod:`policykg.graph.rows` (the read layer the
reports use too; this module holds no query) into an :class:`ExplorerGraph`: nodes by kind
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
from policykg.files import write_output
from policykg.graph import iri as iris
from policykg.graph import rows
from policykg.graph.store import GraphStore
from policykg.viz import annotate

log = logging.getLogger(__name__)

VIEWS = ("all", "responsibilities", "citations")
DEFAULT_MAX_NODES = 1500
#: Above this many nodes vis-network's physics is off from the start (positions come from networkx).
PHYSICS_LIMIT = 1000

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

#: A recorded value → (Chinese, English), shown on the page as "中文 english" like the kinds and
#: relations above. Responsibility roles are read from :data:`RELATIONS`, not repeated here.
VALUES: dict[str, tuple[str, str]] = {
    # agency types
    "government_department": ("政府部门", "government department"),
    "party_organ": ("党的机关", "party organ"),
    "state_owned_enterprise": ("国有企业", "state-owned enterprise"),
    "central_agency_branch": ("垂直管理机构", "central agency branch"),
    "lower_level_government": ("下级政府", "lower-level government"),
    "peoples_government": ("人民政府", "people's government"),
    "other": ("其他", "other"),
    # how a task's agencies were written
    "annotated": ("括注分工", "annotated"),
    "prose": ("正文分工", "prose"),
    # target kinds, commitments and recurrence
    "target": ("量化目标", "target"),
    "standard": ("标准", "standard"),
    "binding": ("约束性", "binding"),
    "planned": ("预期性", "planned"),
    "aspirational": ("力争", "aspirational"),
    "annual": ("每年", "annual"),
    **{k: (v[0], v[1]) for k, v in RELATIONS.items() if k in ("lead", "support", "responsible")},
}


def _say(value: str | None) -> str:
    """A recorded value as the page shows it: Chinese with the English beside, or as recorded when unknown."""
    if not value:
        return ""
    zh_en = VALUES.get(value)
    return f"{zh_en[0]} {zh_en[1]}" if zh_en else value

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
        folded: nodes (agencies, documents, …) cut from the aggregated view, fewest links first;
            the page holds them hidden so that a search finds and unfolds them.
        folded_edges: their edges to drawn or folded nodes.
        citations: ``(citation IRI, citing, relation, cited)`` for the citation edges.
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[Edge, None] = field(default_factory=dict)
    texts: dict[str, DocText] = field(default_factory=dict)
    view: str = "all"
    notes: list[str] = field(default_factory=list)
    total: int = 0
    aggregated: bool = False
    folded: dict[str, Node] = field(default_factory=dict)
    folded_edges: dict[Edge, None] = field(default_factory=dict)
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


# -- turning rows into nodes ------------------------------------------------------
# The store is read through policykg.graph.rows only (the reports read the same rows).

#: How a target's recurrence is shown.
def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _year(deadline: str | None) -> str | None:
    m = _YEAR.match(deadline or "")
    return m.group(1) if m else None


def _fold(text: str) -> str:
    """How names are compared by the search box (the page folds queries the same way)."""
    return iris.canonical_agency(text)


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
        agency: keep only this agency's part (any name or alias the reports
            resolve, see :func:`policykg.graph.rows.resolve_agency`): its tasks,
            their documents and targets, the agencies sharing them.
        document: keep only this document's part (its 文号 or title): its tasks,
            targets, agencies, the documents it cites or is cited by, its gazette issue.
        max_nodes: above this many nodes the page starts from the aggregated view.

    Returns:
        The graph to render.

    Raises:
        InputError: an unknown view or a bad ``max_nodes``.
        NotFoundError: ``agency`` or ``document`` is not in the store (with near names).
    """
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, not {max_nodes}")
    g = ExplorerGraph(view=view)
    nodes, edges = g.nodes, g.edges
    known = rows.agencies(store)
    docs = rows.documents(store)
    # Resolve the filters first: a name that matches nothing fails before any other reading.
    wanted_agency = rows.resolve_agency(store, agency, known=known).iri if agency else None
    wanted_document = rows.resolve_document(store, document, docs=docs).iri if document else None
    files = rows.shown_files(store)  # read once: every span below is read from these files
    evidence = rows.evidence(store, files=files)

    def attach(node: Node, fact: str) -> None:
        ev = evidence.get(fact)
        if ev:
            node.evidence = ev.quote or None
            node.where = f"{iris.key_of(ev.file)} #char={ev.start},{ev.end}"

    for d in docs.values():
        _document_node(g, d)
        attach(nodes[d.iri], d.iri)
    for a in known.values():
        n = Node(a.iri, "agency", a.name, a.name, names={_fold(a.name), *(_fold(x) for x in a.aliases)})
        if a.aliases:
            n.facts.append(("别名", "、".join(a.aliases)))
        if a.type:
            n.facts.append(("机关类型", _say(a.type)))
        n.agencies.add(a.iri)
        nodes[a.iri] = n

    if view in ("all", "citations"):
        _citations(store, g, docs, attach)
    held: list[rows.Holding] = []
    if view in ("all", "responsibilities"):
        held = _tasks(store, g, attach, evidence)
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

    if wanted_agency:
        if wanted_agency not in nodes:
            raise NotFoundError(f"the agency {agency!r} holds nothing in the {view} view")
        _keep(g, {k for k, n in nodes.items() if wanted_agency in n.agencies})
        g.notes.append(f"只显示机关“{nodes[wanted_agency].name}”的任务、文件和目标(--agency)。")
    if wanted_document:
        if wanted_document not in nodes:
            raise NotFoundError(f"the document {document!r} shows nothing in the {view} view")
        _keep(g, {k for k, n in nodes.items() if wanted_document in n.docs})
        g.notes.append(f"只显示文件“{nodes[wanted_document].label}”的内容(--document)。")

    _sizes(g)
    g.total = len(nodes)
    if len(nodes) > max_nodes:
        _aggregate(g, max_nodes)
    _texts(store, g, evidence, held, files)
    return g


def _document_node(g: ExplorerGraph, d: rows.DocumentInfo) -> None:
    """A document's node: its 文号 on the canvas (or the start of its title), its fields in the panel."""
    label = d.number or _short(d.title or d.stated_label or iris.key_of(d.iri), 16)
    n = Node(d.iri, "document", label, d.title or d.stated_label or d.number or label)
    # A document known only by citation has the title the citing text writes.
    for name, value in (
        ("文号", d.number),
        ("标题" if d.read else "被引标题", d.title),
        ("文种", d.type),
        ("成文日期", d.date),
        ("施行日期", d.effective),
        ("有效期至", d.expires),
        ("效力状态", d.status),
    ):
        if value:
            n.facts.append((name, value))
    n.names |= {_fold(x) for x in (d.number, d.title) if x}
    n.text = d.title or d.stated_label or ""
    n.docs.add(d.iri)
    g.nodes[d.iri] = n


def _citations(store: GraphStore, g: ExplorerGraph, docs: dict[str, rows.DocumentInfo], attach: Any) -> None:
    """Citation edges, issuers and gazette issues."""
    nodes, edges = g.nodes, g.edges
    for c in rows.citations(store):
        src, dst = c.source, c.cited
        if src in nodes and dst in nodes:
            edges[Edge(src, dst, c.relation, RELATIONS[c.relation][0])] = None
            g.citations.append((c.iri, src, c.relation, dst))
            nodes[src].docs.add(dst)
            nodes[dst].docs.add(src)
    for d in docs.values():
        for a in d.issuers:
            if a in nodes:
                edges[Edge(d.iri, a, "issued_by", "")] = None
                nodes[a].docs.add(d.iri)
                nodes[d.iri].agencies.add(a)
    for gz in rows.gazettes(store).values():
        name = gz.name or "政府公报"
        year = gz.iri.rstrip("/").split("/")[-2] if gz.iri.count("/") > 2 else ""
        label = f"{name} {year}年第{gz.issue}期" if gz.issue else name
        n = Node(gz.iri, "gazette", _short(label, 20), label)
        for fname, value in (("期号", gz.issue), ("总期号", gz.cumulative), ("出版日期", gz.published)):
            if value:
                n.facts.append((fname, value))
        n.names.add(_fold(label))
        attach(n, gz.iri)
        nodes[gz.iri] = n
        if gz.publisher in nodes:
            edges[Edge(gz.iri, gz.publisher, "publisher", "")] = None  # type: ignore[arg-type]
            n.agencies.add(gz.publisher)  # type: ignore[arg-type]
    for d in docs.values():
        if d.gazette in nodes:
            edges[Edge(d.iri, d.gazette, "published_in", "")] = None  # type: ignore[arg-type]
            nodes[d.gazette].docs.add(d.iri)  # type: ignore[index]


def _tasks(
    store: GraphStore, g: ExplorerGraph, attach: Any, evidence: dict[str, rows.Evidence]
) -> list[rows.Holding]:
    """Tasks, their agencies and their targets; returns every holding read (for the annotated texts)."""
    nodes, edges = g.nodes, g.edges
    for t in rows.tasks(store, spans=evidence).values():
        if t.document not in nodes:
            continue
        n = Node(t.iri, "task", _short(t.text, 12) or f"任务 {t.index}", _short(t.text, 80) or "任务")
        n.facts.append(("所属文件", nodes[t.document].label))
        for name, value in (
            ("章节", t.path),
            ("小标题", t.heading),
            ("完成期限", t.deadline),
            ("类别", _say(t.kind)),
        ):
            if value:
                n.facts.append((name, value))
        n.text = t.text
        n.docs.add(t.document)
        if year := _year(t.deadline):
            n.years.add(year)
        attach(n, t.iri)
        nodes[t.iri] = n
        edges[Edge(t.iri, t.document, "part_of", "")] = None
    roles: dict[str, list[str]] = defaultdict(list)
    held_by: dict[str, set[str]] = defaultdict(set)
    holdings = rows.responsibilities(store)
    for h in holdings:
        if h.task not in nodes or h.agency not in nodes:
            continue
        edge = Edge(h.agency, h.task, h.role, "")
        if edge in edges:
            continue
        edges[edge] = None
        roles[h.task].append(f"{nodes[h.agency].name}({_say(h.role)})")
        nodes[h.task].agencies.add(h.agency)
        held_by[h.agency].add(h.task)
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
    for t in rows.targets(store):
        if t.document not in nodes:
            continue
        value = t.value or ""
        if t.value_max:
            value += "—" + t.value_max
        recurrence = _say(t.recurrence)
        label = f"{t.indicator or '目标'}{t.comparator or ''}{value}{t.unit or ''}"
        if t.recurrence:
            label += f"（{VALUES.get(t.recurrence, (t.recurrence,))[0]}）"
        n = Node(t.iri, "target", _short(label, 14), label)
        for name, fact in (
            ("指标", t.indicator),
            ("数值", value),
            ("比较符", t.comparator),
            ("单位", t.unit),
            ("期限", t.deadline),
            ("周期", recurrence),
            ("承诺程度", _say(t.commitment)),
            ("类别", _say(t.kind)),
        ):
            if fact:
                n.facts.append((name, fact))
        n.text = t.text or label
        n.docs.add(t.document)
        if year := _year(t.deadline):
            n.years.add(year)
        attach(n, t.iri)
        nodes[t.iri] = n
        if t.task in nodes:
            edges[Edge(t.iri, t.task, "target_of", "")] = None  # type: ignore[arg-type]
            task = nodes[t.task]  # type: ignore[index]
            n.agencies |= task.agencies
            task.years |= n.years
            for a in task.agencies:
                nodes[a].years |= n.years
        else:
            edges[Edge(t.iri, t.document, "part_of", "")] = None
        nodes[t.document].years |= n.years
    return holdings


def _appointments(store: GraphStore, g: ExplorerGraph, attach: Any) -> None:
    nodes, edges = g.nodes, g.edges
    for ap in rows.appointments(store):
        n = nodes.get(ap.person)
        if n is None:
            n = nodes[ap.person] = Node(ap.person, "person", ap.name, ap.name, names={_fold(ap.name)})
            attach(n, ap.iri)
        org = ap.organization
        n.facts.append(
            (
                RELATIONS[ap.action][0],
                f"{nodes[org].name if org in nodes else ''}{ap.post}"
                + (f"({ap.period})" if ap.period else ""),  # type: ignore[index]
            )
        )
        n.text = " ".join(v for _, v in n.facts)
        if ap.document in nodes:
            n.docs.add(ap.document)  # type: ignore[arg-type]
        if org in nodes:
            edges[Edge(ap.person, org, ap.action, ap.post)] = None  # type: ignore[arg-type]
            n.agencies.add(org)  # type: ignore[arg-type]
        elif ap.document in nodes:
            edges[Edge(ap.person, ap.document, ap.action, ap.post)] = None  # type: ignore[arg-type]


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
        g.folded = {k: n for k, n in nodes.items() if k not in set(ranked)}
        every = set(ranked) | set(g.folded)
        g.folded_edges = {
            e: None
            for e in g.edges
            if (e.source in g.folded or e.target in g.folded) and e.source in every and e.target in every
        }
        _keep(g, set(ranked))
        note += f"汇总后仍有 {len(ranked) + cut:,} 个节点,只保留连接最多的 {len(ranked):,} 个。"
    g.notes.insert(0, note)


def _texts(
    store: GraphStore,
    g: ExplorerGraph,
    evidence: dict[str, rows.Evidence],
    held: list[rows.Holding],
    files: set[str],
) -> None:
    """The annotated text of every shown document whose text the store holds.

    Every mark is a span the store holds: the facts' evidence (an agency's name is its
    responsibility's evidence, read with the others), and where each 文号 was read (a
    store built before those spans were recorded shows its numbers unmarked).
    """
    nodes = g.nodes
    facts: dict[str, list[tuple[int, int, str, str, str | None, str]]] = defaultdict(list)  # file → facts
    for k, n in nodes.items():
        if n.kind in ("task", "target") and k in evidence:
            ev = evidence[k]
            facts[ev.file].append((ev.start, ev.end, ev.quote, n.kind, k, n.name))
    for c, src, rel, dst in g.citations:
        if c in evidence and src in nodes and dst in nodes:
            ev = evidence[c]
            facts[ev.file].append(
                (ev.start, ev.end, ev.quote, "citation", dst, f"{RELATIONS[rel][0]}:{nodes[dst].name}")
            )
    for h in held:
        if h.agency in nodes and h.task in nodes and (ev := evidence.get(h.responsibility)) is not None:
            facts[ev.file].append((ev.start, ev.end, ev.quote, "agency", h.agency, nodes[h.agency].name))
    for n in rows.number_evidence(store, files=files):
        ev = n.evidence
        named = n.document if n.document in nodes else None
        facts[ev.file].append((ev.start, ev.end, ev.quote, "docnum", named, n.number or ev.quote))
    for k, n in nodes.items():
        if n.kind != "document" or k not in evidence:
            continue
        ev = evidence[k]
        if not ev.quote or len(ev.quote) != ev.end - ev.start:
            continue
        spans = annotate.place(ev.quote, ev.start, facts[ev.file])
        g.texts[k] = DocText(k, n.name, ev.quote, spans)


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
    drawn = _every_node(g)
    ids = {k: i for i, k in enumerate(drawn)}
    near: dict[str, str] = {}
    for e in g.folded_edges:
        near.setdefault(e.source, e.target)
        near.setdefault(e.target, e.source)
    for k, n in drawn.items():
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
        elif positions and near.get(k) in positions:  # a folded node waits beside a neighbour
            x, y = positions[near[k]]
            opts["x"], opts["y"] = round(x + 60, 1), round(y + 60, 1)
        if k in g.folded:
            opts["hidden"] = True
        net.add_node(ids[k], label=n.label, shape=shape, **opts)
    for i, e in enumerate({**g.edges, **g.folded_edges}):
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


def _every_node(g: ExplorerGraph) -> dict[str, Node]:
    """The drawn nodes, then the folded ones (the page's node ids are indexes into this)."""
    return {**g.nodes, **g.folded} if g.folded else g.nodes


def _payload(g: ExplorerGraph) -> dict[str, Any]:
    drawn = _every_node(g)
    ids = {k: i for i, k in enumerate(drawn)}
    texts = {k: i for i, k in enumerate(g.texts)}

    def idx(keys: set[str]) -> list[int]:
        return sorted(ids[k] for k in keys if k in ids)

    meta = []
    for k, n in drawn.items():
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
        if k in g.folded:
            m["folded"] = True
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
    ids = {k: i for i, k in enumerate(_every_node(g))}
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
    g = collect(store, view=view, agency=agency, document=document, max_nodes=max_nodes)
    write_output(output, render(g))
    return g
