"""Analysts' reports over the store: one function per report, each returning rows.

A row is a dict; every report has a ``*_COLUMNS`` tuple giving its keys in order,
so that the CLI can render any of them as a table, csv, json or markdown
(:func:`policykg.output.render_rows`) and the task ledger (:mod:`policykg.graph.ledger`)
can be written from :func:`ledger_rows`. The reports read the store only (never
the source files) through the rows of :mod:`policykg.graph.rows` (and the networkx views of
:mod:`policykg.graph.views` built from them). Nothing here
prints.

Rows carry numbers as numbers, so that json, jsonl and xlsx keep them: counts, a
target's ``value`` (and ``value_max`` for a range), and a deadline that is a year
alone (``2026``); a month or a day stays ISO text (``2025-06``, ``2025-06-30``).

Counting rules, the same in every report:

- a *task* is annotated (under a 责任单位/牵头单位 annotation) or prose
  (assigned in running text); ``tasks`` counts the annotated ones and ``prose``
  the others, so that running text never inflates the annotated figures;
- ``lead``, ``support`` and ``responsible`` split the annotated tasks by the
  agency's role; an annotation that singles out no lead makes every agency
  ``responsible``;
- an agency *never leads* when it is never named as lead and never holds a task
  alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import networkx as nx
from policykg.graph import iri, validity, views
from policykg.graph import rows as store_rows
from policykg.graph.store import GraphStore

AGENCIES_COLUMNS = (
    "agency",
    "type",
    "tasks",
    "lead",
    "support",
    "responsible",
    "prose",
    "targets",
    "documents",
    "earliest",
    "latest",
)
AGENCY_TASK_COLUMNS = (
    "document",
    "section",
    "role",
    "task",
    "co_agencies",
    "targets",
    "deadline",
    "kind",
    "source",
)
AGENCY_PARTNER_COLUMNS = ("partner", "shared_tasks", "leads", "led_by")
TARGETS_COLUMNS = (
    "document",
    "indicator",
    "comparator",
    "value",
    "value_max",
    "unit",
    "deadline",
    "recurrence",
    "commitment",
    "owners",
)
DOCUMENTS_COLUMNS = ("number", "title", "issuer", "date", "status", "cited_by", "cites", "implements")
NETWORK_COLUMNS = (
    "rank",
    "agency",
    "partners",
    "shared_tasks",
    "degree_centrality",
    "betweenness",
    "community",
    "tasks",
    "leads",
    "never_leads",
)
LEDGER_KEYS = (
    "document",
    "title",
    "序号",
    "任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "量化目标",
    "来源文件",
)

#: Nodes × edges above which betweenness centrality is estimated from a sample of sources.
_BETWEENNESS_BUDGET = 2_000_000
_COMPARATORS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}
_YEAR_ONLY = re.compile(r"^\d{4}$")


@dataclass(frozen=True, slots=True)
class AgencyReport:
    """One agency's tasks and partners."""

    agency: store_rows.Agency
    tasks: list[dict[str, Any]] = field(default_factory=list)
    partners: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as one JSON-ready object.

        Returns:
            ``{"agency", "type", "aliases", "tasks", "partners"}``.
        """
        return {
            "agency": self.agency.name,
            "type": self.agency.type,
            "aliases": list(self.agency.aliases),
            "tasks": self.tasks,
            "partners": self.partners,
        }


# -- resolving names ------------------------------------------------------------
# One resolver for every reader of the store (reports, ledger, explorer): see policykg.graph.rows.

resolve_agency = store_rows.resolve_agency
resolve_document = store_rows.resolve_document


def select_documents(
    gs: GraphStore,
    *,
    document: str | None = None,
    issuer: str | None = None,
    since: dt.date | str | None = None,
) -> set[str] | None:
    """The documents a report is limited to, or None for all.

    Args:
        gs: an open store.
        document: one document's number.
        issuer: documents passed by this agency (any alias).
        since: documents dated on or after this day.

    Returns:
        Document IRIs, or None when no filter is given.
    """
    if document is None and issuer is None and since is None:
        return None
    docs = store_rows.documents(gs)
    keep = set(docs)
    if document is not None:
        keep &= {resolve_document(gs, document).iri}
    if issuer is not None:
        who = resolve_agency(gs, issuer).iri
        keep &= {d.iri for d in docs.values() if who in d.issuers}
    if since is not None:
        day = since.isoformat() if isinstance(since, dt.date) else str(since)
        keep &= {d.iri for d in docs.values() if d.date and d.date >= day}
    return keep


# -- formatting helpers -----------------------------------------------------------


def target_text(t: store_rows.TargetInfo, *, with_deadline: bool = True) -> str:
    """A target in one phrase: ``全市规上制造业企业研发活动覆盖率≥92%（2026）``.

    Args:
        t: the target.
        with_deadline: append the deadline in brackets.

    Returns:
        The phrase.
    """
    value = t.value or ""
    if t.value_max:
        value = f"{value}—{t.value_max}"
    text = (
        f"{t.indicator or ''}{_COMPARATORS.get(t.comparator or '', t.comparator or '')}{value}{t.unit or ''}"
    )
    if with_deadline and t.deadline:
        text += f"（{t.deadline}）"
    return text


def _source(task: store_rows.TaskInfo) -> str | None:
    if task.file is None:
        return None
    return f"{task.file}:{task.start}-{task.end}" if task.start is not None else task.file


def number(text: str | None) -> int | float | str | None:
    """A stored number as a number: ``"40"`` → 40, ``"3.40"`` → 3.4 (text that is no number stays).

    Args:
        text: the lexical form of a literal.

    Returns:
        An int when integral, else a float; the text itself when it is not a number.
    """
    if text is None:
        return None
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return text
    if not value.is_finite():
        return text
    return int(value) if value == value.to_integral_value() else float(value)


def deadline(text: str | None) -> int | str | None:
    """A deadline as written in a report: a year alone is a number (``2026``); a month,
    a day or words stay text (``2025-06``, ``2025-06-30``, ``2024年底``).

    Args:
        text: the stored deadline.

    Returns:
        The year as an int, else the text.
    """
    if text is not None and _YEAR_ONLY.match(text):
        return int(text)
    return text


def _deadlines(values: Collection[str | None]) -> tuple[int | str | None, int | str | None]:
    dated = sorted((k, v) for v in values if v and (k := store_rows.deadline_key(v)))
    if not dated:
        return None, None
    return deadline(dated[0][1]), deadline(dated[-1][1])


def _in_document_order(
    holders: dict[str, list[store_rows.Holding]], docs: dict[str, store_rows.DocumentInfo]
) -> list[tuple[str, list[store_rows.Holding]]]:
    """Tasks ordered by their document's date and number, then by position in the document."""

    def key(item: tuple[str, list[store_rows.Holding]]) -> tuple[str, str, int, str]:
        task, held = item
        d = docs.get(held[0].document)
        tail = task.rsplit("/", 1)[-1]
        return (
            d.date or "9999" if d else "9999",
            _doc_label(docs, held[0].document),
            int(tail) if tail.isdigit() else 1 << 30,
            task,
        )

    return sorted(holders.items(), key=key)


def _doc_label(docs: dict[str, store_rows.DocumentInfo], document: str) -> str:
    d = docs.get(document)
    return d.label if d else iri.key_of(document)


# -- reports --------------------------------------------------------------------


def agencies_report(
    gs: GraphStore,
    *,
    document: str | None = None,
    issuer: str | None = None,
    since: dt.date | str | None = None,
) -> list[dict[str, Any]]:
    """One row per agency holding tasks, busiest first (:data:`AGENCIES_COLUMNS`).

    Args:
        gs: an open store.
        document: only tasks of this document (its number).
        issuer: only tasks of documents this agency issued (any alias).
        since: only tasks of documents dated on or after this day.

    Returns:
        Rows sorted by annotated tasks, then prose tasks, then name.
    """
    keep = select_documents(gs, document=document, issuer=issuer, since=since)
    known = store_rows.agencies(gs)
    task_info = store_rows.tasks(gs)
    by_task: dict[str, list[store_rows.TargetInfo]] = defaultdict(list)
    for t in store_rows.targets(gs):
        if t.task:
            by_task[t.task].append(t)
    stats: dict[str, dict[str, Any]] = {}
    for h in store_rows.responsibilities(gs, documents=keep):
        s = stats.setdefault(
            h.agency,
            {
                "annotated": set(),
                "prose": set(),
                "lead": set(),
                "support": set(),
                "responsible": set(),
                "documents": set(),
            },
        )
        s["documents"].add(h.document)
        if h.kind == "prose":
            s["prose"].add(h.task)
        else:
            s["annotated"].add(h.task)
            s[h.role].add(h.task)
    rows = []
    for agency, s in stats.items():
        held = s["annotated"] | s["prose"]
        linked = {t.iri: t for task in held for t in by_task.get(task, ())}
        deadlines = [task_info[t].deadline for t in held if t in task_info] + [
            t.deadline for t in linked.values()
        ]
        earliest, latest = _deadlines(deadlines)
        a = known.get(agency)
        rows.append(
            {
                "agency": a.name if a else iri.key_of(agency),
                "type": a.type if a else None,
                "tasks": len(s["annotated"]),
                "lead": len(s["lead"]),
                "support": len(s["support"]),
                "responsible": len(s["responsible"]),
                "prose": len(s["prose"]),
                "targets": len(linked),
                "documents": len(s["documents"]),
                "earliest": earliest,
                "latest": latest,
            }
        )
    rows.sort(key=lambda r: (-r["tasks"], -r["prose"], r["agency"]))
    return rows


def agency_report(gs: GraphStore, name: str) -> AgencyReport:
    """Every task of one agency, then its partners ranked by shared tasks.

    Args:
        gs: an open store.
        name: the agency by canonical name or any alias.

    Returns:
        The report: task rows (:data:`AGENCY_TASK_COLUMNS`) in document order and
        partner rows (:data:`AGENCY_PARTNER_COLUMNS`).

    Raises:
        NotFoundError: unknown or ambiguous name (with close matches).
    """
    agency = resolve_agency(gs, name)
    known = store_rows.agencies(gs)
    docs = store_rows.documents(gs)
    task_info = store_rows.tasks(gs)
    holdings = store_rows.responsibilities(gs)
    holders: dict[str, list[store_rows.Holding]] = defaultdict(list)
    for h in holdings:
        holders[h.task].append(h)
    by_task: dict[str, list[store_rows.TargetInfo]] = defaultdict(list)
    for t in store_rows.targets(gs):
        if t.task:
            by_task[t.task].append(t)
    rows = []
    for task, held in _in_document_order(holders, docs):
        mine = [h for h in held if h.agency == agency.iri]
        if not mine:
            continue
        info = task_info.get(task)
        others = []
        for h in held:
            if h.agency != agency.iri:
                label = f"{known[h.agency].name if h.agency in known else iri.key_of(h.agency)} ({h.role})"
                if label not in others:
                    others.append(label)
        rows.append(
            {
                "document": _doc_label(docs, held[0].document),
                "section": info.path if info else None,
                "role": mine[0].role,
                "task": info.text if info else None,
                "co_agencies": others,
                "targets": [target_text(t) for t in by_task.get(task, ())],
                "deadline": deadline(info.deadline) if info else None,
                "kind": mine[0].kind,
                "source": _source(info) if info else None,
            }
        )
    g = views.co_responsibility_graph(gs, holdings=holdings)
    partners = []
    if agency.iri in g:
        for other in g.successors(agency.iri):
            partners.append(
                {
                    "partner": g.nodes[other]["name"],
                    "shared_tasks": g.edges[agency.iri, other]["weight"],
                    "leads": g.edges[agency.iri, other]["leads"],
                    "led_by": g.edges[other, agency.iri]["leads"],
                }
            )
    partners.sort(key=lambda r: (-r["shared_tasks"], r["partner"]))
    return AgencyReport(agency, rows, partners)


def targets_report(
    gs: GraphStore,
    *,
    due: int | None = None,
    agency: str | None = None,
    document: str | None = None,
) -> list[dict[str, Any]]:
    """Quantified targets with their owners (:data:`TARGETS_COLUMNS`).

    The owners of a target are the agencies of the task that holds it; a target
    the extractor did not place under a task has none (it is not guessed).

    Args:
        gs: an open store.
        due: only targets whose deadline falls in or before this year.
        agency: only targets owned by this agency (any alias).
        document: only targets of this document (its number).

    Returns:
        Rows in document order.
    """
    docs = store_rows.documents(gs)
    known = store_rows.agencies(gs)
    owners: dict[str, list[str]] = defaultdict(list)
    for h in store_rows.responsibilities(gs):
        if h.agency not in owners[h.task]:
            owners[h.task].append(h.agency)
    who = resolve_agency(gs, agency).iri if agency is not None else None
    where = resolve_document(gs, document).iri if document is not None else None
    rows = []
    for t in store_rows.targets(gs):
        if where is not None and t.document != where:
            continue
        held_by = owners.get(t.task or "", [])
        if who is not None and who not in held_by:
            continue
        if due is not None:
            key = store_rows.deadline_key(t.deadline)
            if key is None or int(key[:4]) > due:
                continue
        rows.append(
            {
                "document": _doc_label(docs, t.document),
                "indicator": t.indicator,
                "comparator": t.comparator,
                "value": number(t.value),
                "value_max": number(t.value_max),
                "unit": t.unit,
                "deadline": deadline(t.deadline),
                "recurrence": t.recurrence,
                "commitment": t.commitment,
                "owners": [known[a].name if a in known else iri.key_of(a) for a in held_by],
            }
        )
    return rows


def documents_report(
    gs: GraphStore, *, on: dt.date | str | None = None, cited: bool = False
) -> list[dict[str, Any]]:
    """Documents with their status on a day, citation counts and implementation chains (:data:`DOCUMENTS_COLUMNS`).

    ``implements`` lists each chain of documents the document implements, nearest
    first, up to one that implements nothing in the store (``A → B``; chains
    separated by ``；``).

    Args:
        gs: an open store.
        on: the day statuses are judged on (default today).
        cited: also list documents known only because another cites them.

    Returns:
        Rows by date then number; cited-only documents last.
    """
    day = on or dt.date.today()
    status = {s.number: s.status.value for s in validity.statuses(gs, day)}
    known = store_rows.agencies(gs)
    docs = store_rows.documents(gs)
    g = views.document_graph(gs)
    rows = []
    for node, data in g.nodes(data=True):
        if not data["read"] and not cited:
            continue
        d_number = data["number"]
        chains = views.implementation_chains(g, node)
        info = docs.get(node)
        issuers = [known[a].name if a in known else iri.key_of(a) for a in (info.issuers if info else ())]
        rows.append(
            {
                "number": d_number,
                "title": data["title"],
                "issuer": issuers,
                "date": data["date"],
                "status": status.get(d_number) if d_number else None,
                "cited_by": len({u for u, _ in g.in_edges(node)}),
                "cites": len({v for _, v in g.out_edges(node)}),
                "implements": "；".join(" → ".join(g.nodes[n]["label"] for n in chain) for chain in chains)
                or None,
                "_read": data["read"],
            }
        )
    rows.sort(key=lambda r: (not r["_read"], r["date"] or "9999", r["number"] or "", r["title"] or ""))
    for r in rows:
        del r["_read"]
    return rows


def network_report(gs: GraphStore) -> list[dict[str, Any]]:
    """The co-responsibility network: hubs, communities and agencies that never lead (:data:`NETWORK_COLUMNS`).

    One row per agency holding tasks, ranked by degree centrality (share of the
    other agencies it works with), then betweenness centrality (how often it lies
    on the shortest path between two others; ties weighted by shared tasks), then
    shared tasks. On very large networks (nodes × edges above two million)
    betweenness is estimated from a seeded sample of source agencies. ``community`` numbers the groups greedy modularity finds
    (largest first); ``leads`` counts tasks it leads or holds alone.

    Args:
        gs: an open store.

    Returns:
        The rows, top hub first.
    """
    directed = views.co_responsibility_graph(gs)
    g = nx.Graph()
    # Insertion order decides ties in the algorithms below: make it the names' order.
    for node in sorted(directed.nodes, key=lambda n: directed.nodes[n]["name"]):
        g.add_node(node, **directed.nodes[node])
    u = views.undirected(directed)
    for a, b in sorted(u.edges, key=lambda e: tuple(sorted((g.nodes[e[0]]["name"], g.nodes[e[1]]["name"])))):
        g.add_edge(a, b, **u.edges[a, b])
    if g.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(g) if g.number_of_nodes() > 1 else dict.fromkeys(g, 0.0)
    # Exact betweenness costs about nodes × edges shortest-path steps; past a budget it is
    # estimated from a fixed sample of sources (seeded, so reports stay reproducible).
    n, m = g.number_of_nodes(), g.number_of_edges()
    sample = None if n * max(m, 1) <= _BETWEENNESS_BUDGET else max(50, _BETWEENNESS_BUDGET // max(m, 1))
    between = nx.betweenness_centrality(
        g, k=sample if sample and sample < n else None, weight="distance", normalized=True, seed=0
    )
    community: dict[str, int] = {}
    if g.number_of_edges():
        groups = nx.community.greedy_modularity_communities(g, weight="weight")
    else:
        groups = [{n} for n in g]
    ordered = sorted(groups, key=lambda c: (-len(c), min(g.nodes[n]["name"] for n in c)))
    for i, members in enumerate(ordered, 1):
        for n in members:
            community[n] = i
    rows = []
    for n, data in g.nodes(data=True):
        leads = data["lead"] + data["sole"]
        rows.append(
            {
                "agency": data["name"],
                "partners": g.degree(n),
                "shared_tasks": int(sum(w for _, _, w in g.edges(n, data="weight"))),
                "degree_centrality": round(degree[n], 4),
                "betweenness": round(between[n], 4),
                "community": community[n],
                "tasks": data["tasks"],
                "leads": leads,
                "never_leads": leads == 0,
            }
        )
    rows.sort(key=lambda r: (-r["degree_centrality"], -r["betweenness"], -r["shared_tasks"], r["agency"]))
    for rank, r in enumerate(rows, 1):
        r["rank"] = rank
    return [{c: r[c] for c in NETWORK_COLUMNS} for r in rows]


def ledger_rows(
    gs: GraphStore,
    *,
    agency: str | None = None,
    documents: Collection[str] | None = None,
) -> list[dict[str, Any]]:
    """The task ledger (任务分解表): one row per task, numbered within its document (:data:`LEDGER_KEYS`).

    牵头单位 lists the agencies named as lead, or, where the annotation singles out
    none, every responsible agency (they answer for the task jointly: none is
    demoted to 配合 by guessing). 配合单位 lists the supporting agencies. 量化目标
    lists the targets the task holds.

    Args:
        gs: an open store.
        agency: only tasks of this agency (any alias).
        documents: only tasks of these document IRIs (None: all).

    Returns:
        Rows in document and task order; ``document`` and ``title`` name the sheet.
    """
    known = store_rows.agencies(gs)
    docs = store_rows.documents(gs)
    task_info = store_rows.tasks(gs)
    who = resolve_agency(gs, agency).iri if agency is not None else None
    holders: dict[str, list[store_rows.Holding]] = defaultdict(list)
    for h in store_rows.responsibilities(gs, documents=documents):
        holders[h.task].append(h)
    by_task: dict[str, list[store_rows.TargetInfo]] = defaultdict(list)
    for t in store_rows.targets(gs):
        if t.task:
            by_task[t.task].append(t)

    def names(held: list[store_rows.Holding], roles: set[str]) -> list[str]:
        out: list[str] = []
        for h in held:
            name = known[h.agency].name if h.agency in known else iri.key_of(h.agency)
            if h.role in roles and name not in out:
                out.append(name)
        return out

    rows = []
    numbering: dict[str, int] = defaultdict(int)
    for task, held in _in_document_order(holders, docs):
        if who is not None and all(h.agency != who for h in held):
            continue
        info = task_info.get(task)
        document = held[0].document
        has_lead = any(h.role == "lead" for h in held)
        numbering[document] += 1
        d = docs.get(document)
        rows.append(
            {
                "document": _doc_label(docs, document),
                "title": d.title if d else None,
                "序号": numbering[document],
                "任务": info.text if info else None,
                "牵头单位": "、".join(names(held, {"lead"} if has_lead else {"lead", "responsible"})),
                "配合单位": "、".join(names(held, {"support"})),
                "完成时限": deadline(info.deadline) if info else None,
                "量化目标": "；".join(target_text(t) for t in by_task.get(task, ())),
                "来源文件": _doc_label(docs, document),
            }
        )
    return rows


__all__ = [
    "AGENCIES_COLUMNS",
    "AGENCY_PARTNER_COLUMNS",
    "AGENCY_TASK_COLUMNS",
    "DOCUMENTS_COLUMNS",
    "LEDGER_KEYS",
    "NETWORK_COLUMNS",
    "TARGETS_COLUMNS",
    "AgencyReport",
    "agencies_report",
    "agency_report",
    "documents_report",
    "ledger_rows",
    "network_report",
    "resolve_agency",
    "resolve_document",
    "select_documents",
    "target_text",
    "targets_report",
]
