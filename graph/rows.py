"""The one read layer over the store: typed, frozen rows and the queries that load them.

Reports (:mod:`policykg.graph.reports`), the task ledger, the networkx views
(:mod:`policykg.graph.views`) and the explorer (:mod:`policykg.viz.explorer`) read the
store through this module only, so they ask the same questions through the same
code and cannot disagree. The named queries in ``graph/queries/`` are what
analysts run; the library's own entity ``SELECT``s live here.

Rows: :class:`Agency`, :class:`DocumentInfo`, :class:`Holding` (a task and an agency
holding it), :class:`TaskInfo`, :class:`TargetInfo` (with its recurrence),
:class:`Citation`, :class:`Gazette`, :class:`Appointment` and :class:`Evidence`
(a fact's span in the file shown for its document; :class:`NumberEvidence` where a
文号 was read). One resolver,
:func:`resolve_agency` / :func:`resolve_document` (and :func:`resolve` for either),
turns any alias or 文号 into a row, suggesting near names when nothing matches.

Every query is a plain join over the union graph, without property paths: Oxigraph
can be very slow on a sequence path ending in a transitive step. A fact is stated once
however many files carry its document (see :mod:`policykg.graph.rdf`); its evidence
spans, one per file, are the only triples a copy adds, and they are read from the
shown files only (:func:`shown_files`), so no answer grows with the number of copies.
"""

from __future__ import annotations

import calendar
import difflib
import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from policykg.errors import NotFoundError
from policykg.graph import iri as iris
from policykg.graph.sparql import prefix_block
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import ELI, PKG

#: Role IRI → role word, as the records write it.
ROLE_WORDS = {str(PKG.lead): "lead", str(PKG.support): "support", str(PKG.responsible): "responsible"}
#: Role word → how a Chinese task ledger writes it.
ROLE_ZH = {"lead": "牵头", "support": "配合", "responsible": "负责"}
#: Document-to-document property → relation word.
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

_AGENCIES = """
SELECT DISTINCT ?agency ?name ?alias ?type WHERE {
  ?agency a org:Organization ;
          skos:prefLabel ?name .
  OPTIONAL { ?agency skos:altLabel ?alias }
  OPTIONAL { ?agency pkg:agencyType ?type }
}"""

_DOCUMENTS = """
SELECT DISTINCT ?document ?number ?title ?citedTitle ?label ?date ?effective ?expires ?type ?status ?gazette
                ?issuer ?read WHERE {
  ?document a eli:LegalResource .
  OPTIONAL { ?document eli:id_local ?number }
  OPTIONAL { ?document eli:title ?title }
  OPTIONAL { ?citation pkg:citedDocument ?document ; pkg:citedTitle ?citedTitle }
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?document eli:date_document ?date }
  OPTIONAL { ?document eli:first_date_entry_in_force ?effective }
  OPTIONAL { ?document eli:date_no_longer_in_force ?expires }
  OPTIONAL { ?document pkg:documentType ?type }
  OPTIONAL { ?document pkg:status ?status }
  OPTIONAL { ?document eli:is_part_of ?gazette }
  OPTIONAL { ?document eli:passed_by ?issuer }
  OPTIONAL { ?document prov:wasDerivedFrom ?read }
}"""

_RESPONSIBILITIES = """
SELECT DISTINCT ?task ?agency ?role ?kind ?document ?position ?r WHERE {
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
_LINKS = """
SELECT DISTINCT ?from ?property ?to WHERE {
  VALUES ?property { eli:cites eli:based_on eli:implements eli:repeals eli:amends pkg:forwards pkg:promulgates }
  ?from ?property ?to .
}"""

_CITATIONS = """
SELECT ?citation ?from ?to ?property ?title ?issuer WHERE {
  ?citation a pkg:Citation ; pkg:document ?from ; pkg:citedDocument ?to ; pkg:relation ?property .
  OPTIONAL { ?citation pkg:citedTitle ?title }
  OPTIONAL { ?citation pkg:citedIssuer ?issuer }
}"""

_GAZETTES = """
SELECT ?gazette ?name ?issue ?cumulative ?published ?publisher WHERE {
  ?gazette a pkg:GazetteIssue .
  OPTIONAL { ?gazette schema:name ?name }
  OPTIONAL { ?gazette schema:issueNumber ?issue }
  OPTIONAL { ?gazette pkg:cumulativeIssue ?cumulative }
  OPTIONAL { ?gazette schema:datePublished ?published }
  OPTIONAL { ?gazette schema:publisher ?publisher }
}"""

_APPOINTMENTS = """
SELECT ?appointment ?person ?name ?action ?post ?organization ?period ?document WHERE {
  ?appointment a pkg:Appointment ; pkg:person ?person ; pkg:post ?p .
  ?person schema:name ?name .
  ?p skos:prefLabel ?post .
  OPTIONAL { ?appointment pkg:action ?action }
  OPTIONAL { ?appointment pkg:organization ?organization }
  OPTIONAL { ?appointment pkg:period ?period }
  OPTIONAL { ?appointment pkg:document ?document }
}"""

# Where documents and gazette issues were read from: one row per (node, file).
_READ_FROM = """
SELECT DISTINCT ?node ?file WHERE { ?node prov:wasDerivedFrom ?file }"""

# Facts' spans in the files given by VALUES (spliced in: IRIs the store returned).
# Each file's graph is read through its index, so copies left out cost nothing.
# %(type)s narrows the facts to one class; %(quote)s adds the quoted text.
_EVIDENCE = """
SELECT ?fact ?file ?start ?end %(quote_var)s WHERE {
  VALUES ?file { %(files)s }
  GRAPH ?file { ?fact pkg:evidence ?span . ?span oa:hasSelector ?position }
  %(type)s
  ?position a oa:TextPositionSelector ;
            oa:start ?start ;
            oa:end ?end .
  %(quote)s
}"""
_QUOTE = "OPTIONAL { GRAPH ?file { ?span oa:hasSelector ?q } ?q a oa:TextQuoteSelector ; oa:exact ?quote }"


# Where 文号 were read (files given by VALUES): a document's own number, or a citation's cited
# number; ?named is the document the number names (the citation's cited document, or itself).
_NUMBER_EVIDENCE = """
SELECT ?fact ?named ?number ?file ?start ?end ?quote WHERE {
  VALUES ?file { %s }
  GRAPH ?file { ?fact pkg:numberEvidence ?span . ?span oa:hasSelector ?position }
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { GRAPH ?file { ?span oa:hasSelector ?q } ?q a oa:TextQuoteSelector ; oa:exact ?quote }
  OPTIONAL { ?fact pkg:citedDocument ?cited }
  BIND (COALESCE(?cited, ?fact) AS ?named)
  OPTIONAL { ?named eli:id_local ?number }
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
    """A document node; ``read`` is False for documents known only because another cites them.

    ``title`` is the document's own title or, for a document known only by citation,
    the title as the citing text writes it; ``label`` is its 文号, title or label.
    """

    iri: str
    number: str | None
    title: str | None
    label: str
    date: str | None
    effective: str | None
    expires: str | None
    issuers: tuple[str, ...]
    read: bool
    type: str | None = None
    status: str | None = None
    gazette: str | None = None
    stated_label: str | None = None


@dataclass(frozen=True, slots=True)
class Holding:
    """One agency holding one task in one role; ``position`` is its place in the task's list.

    ``responsibility`` is the node that qualifies the holding; its evidence (see
    :func:`evidence`) is the span of the agency's name in the annotation.
    """

    task: str
    agency: str
    role: str
    kind: str
    document: str
    position: int
    responsibility: str = ""


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


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation: ``source`` cites ``cited`` by ``relation`` (a word of :data:`RELATION_WORDS`)."""

    iri: str
    source: str
    relation: str
    cited: str
    title: str | None
    issuer: str | None


@dataclass(frozen=True, slots=True)
class Gazette:
    """A gazette issue."""

    iri: str
    name: str | None
    issue: str | None
    cumulative: str | None
    published: str | None
    publisher: str | None


@dataclass(frozen=True, slots=True)
class Appointment:
    """A person appointed to (``appoint``) or removed from (``remove``) a post."""

    iri: str
    person: str
    name: str
    action: str
    post: str
    organization: str | None
    period: str | None
    document: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: a character span of a source file (``quote`` is empty when not asked for)."""

    fact: str
    file: str
    start: int
    end: int
    quote: str = ""


@dataclass(frozen=True, slots=True)
class NumberEvidence:
    """Where a 文号 was read: a document's own number in its header, or a citation's cited number.

    Attributes:
        fact: the document or citation the span belongs to.
        document: the document the number names (the citation's cited document, or ``fact``).
        number: that document's canonical 文号, when the store records one.
        evidence: the span (``evidence.fact`` is ``fact``).
    """

    fact: str
    document: str
    number: str | None
    evidence: Evidence


def _select(gs: GraphStore, text: str, substitutions: dict[str, Any] | None = None) -> Iterable[Any]:
    return gs.query(prefix_block() + text, substitutions=substitutions)


def _v(term: Any) -> str | None:
    return None if term is None else term.value


def _int(term: Any, default: int = 0) -> int:
    try:
        return int(term.value) if term is not None else default
    except ValueError:
        return default


def _grouped(gs: GraphStore, text: str, key: str) -> dict[str, dict[str, str | None]]:
    """Rows of a query grouped by ``key``, keeping the smallest value of each column (OPTIONALs repeat rows)."""
    out: dict[str, dict[str, str | None]] = {}
    columns = _columns(text)
    for r in _select(gs, text):
        k = _v(r[key])
        if k is None:
            continue
        have = out.setdefault(k, {})
        for name in columns:
            v = _v(r[name])
            if v is not None and (have.get(name) is None or v < have[name]):  # type: ignore[operator]
                have[name] = v
    return out


_VARIABLES = re.compile(r"SELECT(?: DISTINCT)?((?:\s+\?\w+)+)")


def _columns(text: str) -> list[str]:
    m = _VARIABLES.search(text)
    return [v.lstrip("?") for v in m.group(1).split()] if m else []


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

    Where a field has several values (two citations spelling a title differently),
    the first in alphabetical order is kept.

    Args:
        gs: an open store.

    Returns:
        IRI → document.
    """
    fields: dict[str, dict[str, Any]] = {}
    single = (
        "number",
        "title",
        "citedTitle",
        "label",
        "date",
        "effective",
        "expires",
        "type",
        "status",
        "gazette",
    )
    for r in _select(gs, _DOCUMENTS):
        d = fields.setdefault(r["document"].value, {"issuers": set(), "read": False})
        for key in single:
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
            type=d.get("type"),
            status=d.get("status"),
            gazette=d.get("gazette"),
            stated_label=d.get("label"),
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
                responsibility=r["r"].value,
            )
        )
    found.sort(key=lambda h: (h.document, task_order(h.task), h.position, h.agency))
    return found


def task_order(task_iri: str) -> tuple[int, str]:
    """The sort key of a task or target by its place in its document (the IRI's last step).

    Args:
        task_iri: the IRI.

    Returns:
        ``(number, "")`` for a numbered IRI, else after every number by its tail.
    """
    tail = task_iri.rsplit("/", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (1 << 30, tail)


@functools.lru_cache(maxsize=1 << 12)
def _file_order(file_iri: str) -> tuple[str, str]:
    # Asked once per span read; a store holds few files, and a file's name is parsed once.
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


def values_block(iris_: Iterable[str]) -> str:
    """IRIs as the body of a ``VALUES`` block (for IRIs read from the store).

    Args:
        iris_: absolute IRIs.

    Returns:
        ``<a> <b> …``, sorted.
    """
    return " ".join(f"<{i}>" for i in sorted(iris_))


#: Fact kinds :func:`evidence` can narrow to, and the class each stands for.
FACT_CLASSES = {"task": "pkg:Task", "target": "pkg:Target", "citation": "pkg:Citation"}


def evidence(
    gs: GraphStore, *, kind: str | None = None, quotes: bool = True, files: Collection[str] | None = None
) -> dict[str, Evidence]:
    """Each fact's span in the file shown for its document (see :func:`shown_files`).

    A fact read from several files (copies of one document) has a span in each; the
    first file by name, then by IRI, then the first span gives it, whatever order the
    store returns (a span with a quote before one without).

    Args:
        gs: an open store.
        kind: only facts of this kind (a key of :data:`FACT_CLASSES`); None: every fact.
        quotes: also read each span's quoted text.
        files: the shown files when the caller has read them already (:func:`shown_files`).

    Returns:
        Fact IRI → its span.
    """
    files = shown_files(gs) if files is None else files
    if not files:
        return {}
    query = _EVIDENCE % {
        "files": values_block(files),
        "type": f"?fact a {FACT_CLASSES[kind]} ." if kind else "",
        "quote_var": "?quote" if quotes else "",
        "quote": _QUOTE if quotes else "",
    }
    out: dict[str, Evidence] = {}
    rank: dict[str, tuple[str, str, int]] = {}
    for r in _select(gs, query):
        start, end = _int(r["start"], -1), _int(r["end"], -1)
        if start < 0 or end < 0:
            continue
        fact, file = r["fact"].value, r["file"].value
        found = Evidence(fact, file, start, end, (_v(r["quote"]) or "") if quotes else "")
        order = (*_file_order(file), start)
        have = out.get(fact)
        if have is None or order < rank[fact] or (order == rank[fact] and not have.quote and found.quote):
            out[fact], rank[fact] = found, order
    return out


def number_evidence(gs: GraphStore, *, files: Collection[str] | None = None) -> list[NumberEvidence]:
    """Where every 文号 was read, in the shown files (see :func:`shown_files`).

    A document's own number has a span where its header prints it, a citation's cited
    number one where the citing text prints it (``pkg:numberEvidence``). A store built
    before these spans were recorded, or a number that came from a page's metadata,
    has none: the answer is then shorter, never an error.

    Args:
        gs: an open store.
        files: the shown files when the caller has read them already.

    Returns:
        One row per span, in file and text order.
    """
    files = shown_files(gs) if files is None else files
    if not files:
        return []
    out = []
    for r in _select(gs, _NUMBER_EVIDENCE % values_block(files)):
        start, end = _int(r["start"], -1), _int(r["end"], -1)
        if start < 0 or end <= start:
            continue
        fact = r["fact"].value
        span = Evidence(fact, r["file"].value, start, end, _v(r["quote"]) or "")
        out.append(NumberEvidence(fact, r["named"].value, _v(r["number"]), span))
    out.sort(key=lambda n: (*_file_order(n.evidence.file), n.evidence.start, n.evidence.end, n.fact))
    return out


def tasks(gs: GraphStore, *, spans: dict[str, Evidence] | None = None) -> dict[str, TaskInfo]:
    """Every task with its text, section, deadline, kind and evidence.

    Args:
        gs: an open store.
        spans: the facts' spans from :func:`evidence` when the caller has read them already.

    Returns:
        IRI → task.
    """
    if spans is None:
        spans = evidence(gs, kind="task", quotes=False)
    found: dict[str, TaskInfo] = {}
    for r in _select(gs, _TASKS):
        t = r["task"].value
        if t in found:
            continue
        span = spans.get(t)
        found[t] = TaskInfo(
            iri=t,
            document=r["document"].value,
            index=_int(r["index"], task_order(t)[0]),
            text=_v(r["text"]) or "",
            path=_v(r["path"]),
            heading=_v(r["heading"]),
            deadline=_v(r["deadline"]),
            kind=_v(r["kind"]) or "annotated",
            file=file_name(span.file) if span else None,
            start=span.start if span else None,
            end=span.end if span else None,
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
            index=_int(r["index"], task_order(t)[0]),
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


def links(gs: GraphStore) -> list[tuple[str, str, str]]:
    """Every document-to-document link.

    Args:
        gs: an open store.

    Returns:
        ``(citing IRI, relation word, cited IRI)`` triples, sorted.
    """
    return sorted(
        {(r["from"].value, RELATION_WORDS[r["property"].value], r["to"].value) for r in _select(gs, _LINKS)}
    )


def citations(gs: GraphStore) -> list[Citation]:
    """Every citation with the title and issuer as the citing text writes them.

    Args:
        gs: an open store.

    Returns:
        The citations, sorted by IRI.
    """
    out = []
    for c, r in sorted(_grouped(gs, _CITATIONS, "citation").items()):
        if r.get("from") is None or r.get("to") is None:
            continue
        relation = RELATION_WORDS.get(r.get("property") or "", "cites")
        out.append(Citation(c, r["from"], relation, r["to"], r.get("title"), r.get("issuer")))  # type: ignore[arg-type]
    return out


def gazettes(gs: GraphStore) -> dict[str, Gazette]:
    """Every gazette issue.

    Args:
        gs: an open store.

    Returns:
        IRI → issue.
    """
    return {
        g: Gazette(
            g, r.get("name"), r.get("issue"), r.get("cumulative"), r.get("published"), r.get("publisher")
        )
        for g, r in sorted(_grouped(gs, _GAZETTES, "gazette").items())
    }


def appointments(gs: GraphStore) -> list[Appointment]:
    """Every appointment and removal.

    Args:
        gs: an open store.

    Returns:
        The appointments, sorted by IRI; ``action`` is ``appoint`` or ``remove``.
    """
    out = []
    for a, r in sorted(_grouped(gs, _APPOINTMENTS, "appointment").items()):
        action = r.get("action") if r.get("action") in ("appoint", "remove") else "appoint"
        out.append(
            Appointment(
                iri=a,
                person=r["person"] or "",
                name=r.get("name") or "",
                action=action or "appoint",
                post=r.get("post") or "",
                organization=r.get("organization"),
                period=r.get("period"),
                document=r.get("document"),
            )
        )
    return out


# -- resolving names ------------------------------------------------------------


def _label_index(known: dict[str, Agency]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for a in known.values():
        for label in (a.name, *a.aliases):
            index[iris.canonical_agency(label)].add(a.iri)
    return index


def _by_table(
    docs: dict[str, DocumentInfo], name: str, known: dict[str, Agency], index: dict[str, set[str]]
) -> set[str]:
    """Nodes the extractor's agency tables map ``name`` onto, under each issuer found in the store."""
    try:
        from policykg.extract.agencies import canonical_agency
    except ImportError:  # the tables are optional for reading a store
        return set()
    contexts: set[tuple[str, ...]] = {()}
    for d in docs.values():
        if d.issuers:
            contexts.add(tuple(known[i].name for i in d.issuers if i in known))
    found: set[str] = set()
    for issuer in sorted(contexts):
        try:
            canonical, _, ok = canonical_agency(name, issuer=issuer)
        except Exception:  # noqa: BLE001 - a lookup aid must not break the report
            continue
        if ok and canonical:
            found |= index.get(iris.canonical_agency(canonical), set())
    return found


def agency_matches(gs: GraphStore, name: str, *, known: dict[str, Agency] | None = None) -> set[str]:
    """The agency IRIs a name stands for: a canonical name or alias in the store, or a name the agency tables know.

    Args:
        gs: an open store.
        name: any spelling.
        known: the rows of :func:`agencies`, when the caller has them already.

    Returns:
        IRIs; empty when nothing answers, several when the name is ambiguous.
    """
    known = agencies(gs) if known is None else known
    index = _label_index(known)
    return set(index.get(iris.canonical_agency(name)) or _by_table(documents(gs), name, known, index))


def suggest_agencies(name: str, known: dict[str, Agency]) -> list[str]:
    """Near names for an agency name that matches nothing: one entry per agency, at most six.

    Args:
        name: the name asked for.
        known: the rows of :func:`agencies`.

    Returns:
        Canonical names, with the near alias in brackets when it is not the canonical one.
    """
    index = _label_index(known)
    folded = iris.canonical_agency(name)
    labels = sorted(index)
    close = difflib.get_close_matches(folded, labels, n=5, cutoff=0.5)
    close += [label for label in labels if folded and folded in label and label not in close]
    shown: dict[str, str] = {}  # one entry per agency, the closest of its names in brackets
    for label in close:
        for node in sorted(index[label]):
            canonical = known[node].name
            if node not in shown:
                same = label == iris.canonical_agency(canonical)
                shown[node] = canonical if same else f"{canonical} ({label})"
    return list(shown.values())[:6]


def resolve_agency(gs: GraphStore, name: str, *, known: dict[str, Agency] | None = None) -> Agency:
    """The agency a name stands for: its canonical name, any alias in the store, or any name the agency tables know.

    Args:
        gs: an open store.
        name: e.g. ``市人社保局``, ``嘉兴市人力资源和社会保障局``.
        known: the rows of :func:`agencies`, when the caller has them already.

    Returns:
        The agency.

    Raises:
        NotFoundError: no agency, or more than one, answers to the name; the
            message lists the closest names in the store.
    """
    known = agencies(gs) if known is None else known
    nodes = agency_matches(gs, name, known=known)
    if len(nodes) == 1:
        return known[next(iter(nodes))]
    if len(nodes) > 1:
        names = "、".join(sorted(known[n].name for n in nodes))
        raise NotFoundError(f"{name!r} names more than one agency: {names}; give the full name")
    close = suggest_agencies(name, known)
    hint = f"; did you mean: {'、'.join(close)}?" if close else "; `policykg report agencies` lists them"
    raise NotFoundError(f"no agency {name!r} in the store{hint}")


def resolve_document(
    gs: GraphStore, name: str, *, docs: dict[str, DocumentInfo] | None = None
) -> DocumentInfo:
    """A document by its number (文号) in any spelling, or by its exact title.

    Args:
        gs: an open store.
        name: e.g. ``嘉政办发[2024]7号``.
        docs: the rows of :func:`documents`, when the caller has them already.

    Returns:
        The document.

    Raises:
        NotFoundError: no such document, or a title several documents share; the
            message lists close numbers.
    """
    docs = documents(gs) if docs is None else docs
    wanted = iris.canonical_number(name)
    for d in docs.values():
        if d.number == wanted:
            return d
    titled = sorted(d.iri for d in docs.values() if d.read and name.strip() and d.title == name.strip())
    if len(titled) == 1:
        return docs[titled[0]]
    numbers = sorted({d.number for d in docs.values() if d.number})
    close = difflib.get_close_matches(wanted, numbers, n=5, cutoff=0.6)
    hint = f"; did you mean: {'、'.join(close)}?" if close else ""
    raise NotFoundError(f"no document {wanted} in the store{hint}", document=name)


def resolve(gs: GraphStore, name: str) -> Agency | DocumentInfo:
    """An agency or a document by any alias, 文号 or title: a document when one answers, else an agency.

    Args:
        gs: an open store.
        name: the name.

    Returns:
        The row.

    Raises:
        NotFoundError: neither answers (the agency's suggestions are given).
    """
    try:
        return resolve_document(gs, name)
    except NotFoundError:
        return resolve_agency(gs, name)


__all__ = [
    "FACT_CLASSES",
    "RELATION_WORDS",
    "ROLE_WORDS",
    "ROLE_ZH",
    "Agency",
    "Appointment",
    "Citation",
    "DocumentInfo",
    "Evidence",
    "Gazette",
    "Holding",
    "NumberEvidence",
    "TargetInfo",
    "TaskInfo",
    "agencies",
    "agency_matches",
    "appointments",
    "citations",
    "deadline_key",
    "documents",
    "evidence",
    "file_name",
    "gazettes",
    "links",
    "number_evidence",
    "number_text",
    "resolve",
    "resolve_agency",
    "resolve_document",
    "responsibilities",
    "shown_files",
    "suggest_agencies",
    "targets",
    "task_order",
    "tasks",
    "values_block",
]
