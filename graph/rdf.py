"""Turn extraction records into RDF triples, with evidence on every fact.

:func:`record_triples` takes the record dataclasses of
:mod:`policykg.extract.records` or their ``to_dict()`` shapes (as read back from
JSON Lines) and returns pyoxigraph triples. Each record kind has one handler in
``_HANDLERS``: a new kind is one more function, not a redesign. Unknown kinds are
skipped with a log line.

Every document, task, target, incentive, citation, appointment and section gets
``pkg:evidence`` → ``{file}#char={start},{end}``, an ``oa:SpecificResource`` whose
``oa:TextPositionSelector`` gives the raw-file offsets and whose
``oa:TextQuoteSelector`` gives the quoted text. Where a 文号 was read (a document's own
number in its header, the cited number in a citation) is a span of the same shape linked by
``pkg:numberEvidence``. Documents and gazette issues also get
``prov:wasDerivedFrom`` the file they were read from; for the other facts it would say
again what their graph and their evidence's ``oa:hasSource`` say (300,000 triples on
1,000 gazettes, 7 % of the store).

Each file's triples come in two parts (:func:`record_parts`), split by identity:

- the **shared** part holds the facts, about nodes whose IRI is a key that does not
  depend on the file: documents (their number, or for a document without one its
  issuer, date and title, or its text when it has no title either), their tasks,
  targets, incentives, responsibilities, citations and sections (the document's key
  and the record's position in it), gazette issues, agencies, people, posts and text
  selectors. It goes into the one shared graph (:data:`policykg.graph.iri.SHARED_GRAPH`).
- the **own** part holds what only this file can say: the evidence spans
  (``{file}#char=…`` with their source and selectors), ``prov:wasDerivedFrom`` the
  file, and ``pkg:mentions`` for every described node no span names. It goes into the
  file's named graph.

A document read from several files (a gazette as PDF and as text, a copy in another
encoding, a folder built again after a move) is therefore one document: its facts are
the same triples whichever file they came from, so the union of all graphs holds each
once and no join multiplies by the number of copies, while its evidence names every
file. Removing a file removes the descriptions of the nodes no other file mentions
(:mod:`policykg.graph.store`); the facts the other copies carry stay. Two copies
extracted differently (a corrected reissue under the same number) give a node the
values of both, and as a node's description is dropped only with the last file that
mentions it, a value one copy no longer states stays until then.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import IO, Any
from urllib.parse import unquote

import pyoxigraph as ox
from policykg.extract.records import document_key as _hash_key
from policykg.graph import iri
from policykg.ontology.namespace import ELI, OA, PKG
from rdflib import OWL, RDF, RDFS, SDO, SKOS, XSD
from rdflib.namespace import ORG, PROV

log = logging.getLogger(__name__)

# The same documents and agencies come back in every file of a corpus; their keys are
# parsed and percent-encoded once (bounded caches, pure functions of a string).
_cached_agency = lru_cache(maxsize=1 << 14)(iri.agency)
_cached_canonical_agency = lru_cache(maxsize=1 << 14)(iri.canonical_agency)
_cached_canonical_number = lru_cache(maxsize=1 << 14)(iri.canonical_number)
_cached_document = lru_cache(maxsize=1 << 14)(iri.document)
_cached_document_key = lru_cache(maxsize=1 << 14)(iri.document_key)

#: Named nodes of the vocabulary (datatypes, classes): a bounded set, kept for the process.
_NODES: dict[str, ox.NamedNode] = {}


class _Terms:
    """A namespace whose terms are plain ``str`` IRIs, looked up in rdflib once.

    rdflib's ``DefinedNamespace`` attribute access costs microseconds and its
    ``URIRef`` hashes through Python; emitting a gazette's ≈6,000 triples touched
    them ≈20,000 times. The first access still goes through rdflib, so a misspelt
    term of a closed namespace fails as before.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


ELI, OA, PKG, OWL, RDF, RDFS, SDO, SKOS, XSD, ORG, PROV = (
    _Terms(ns) for ns in (ELI, OA, PKG, OWL, RDF, RDFS, SDO, SKOS, XSD, ORG, PROV)
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GYEAR = re.compile(r"^\d{4}$")
_GYEARMONTH = re.compile(r"^\d{4}-\d{2}$")

#: Citation relation word → the property that links the two documents.
RELATION_PROPERTIES: dict[str, str] = {
    "basis": str(ELI.based_on),
    "implements": str(ELI.implements),
    "repeals": str(ELI.repeals),
    "amends": str(ELI.amends),
    "forwards": str(PKG.forwards),
    "promulgates": str(PKG.promulgates),
    "cites": str(ELI.cites),
}
ROLES = {"lead": str(PKG.lead), "support": str(PKG.support), "responsible": str(PKG.responsible)}


def node(value: str) -> ox.NamedNode:
    """A (cached) pyoxigraph named node.

    Args:
        value: an absolute IRI.

    Returns:
        The node.
    """
    n = _NODES.get(value)
    if n is None:
        n = _NODES[value] = ox.NamedNode(str(value))
    return n


def zh(text: str) -> ox.Literal:
    """A Chinese-language literal.

    Args:
        text: the text.

    Returns:
        ``"text"@zh``.
    """
    return ox.Literal(text, language="zh")


def typed(value: object, datatype: str) -> ox.Literal:
    """A typed literal.

    Args:
        value: its lexical form (str() is applied).
        datatype: the datatype IRI.

    Returns:
        ``"value"^^<datatype>``.
    """
    return ox.Literal(str(value), datatype=node(datatype))


def decimal(value: float | int | str) -> ox.Literal:
    """An ``xsd:decimal`` in plain notation (no exponent).

    Args:
        value: a number.

    Returns:
        The literal.
    """
    try:
        text = format(Decimal(repr(value) if isinstance(value, float) else str(value)), "f")
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    return typed(text, XSD.decimal)


def boolean(value: bool) -> ox.Literal:
    """An ``xsd:boolean``.

    Args:
        value: the truth value.

    Returns:
        The literal.
    """
    return typed("true" if value else "false", XSD.boolean)


def date_literal(text: str | None) -> ox.Literal | None:
    """An ``xsd:date`` when ``text`` is ``YYYY-MM-DD``, else None.

    Args:
        text: a date string or None.

    Returns:
        The literal or None.
    """
    if text and _DATE.match(text):
        return typed(text, XSD.date)
    return None


def deadline_literal(text: str) -> ox.Literal:
    """A deadline as ``xsd:gYear``/``gYearMonth``/``date`` when it has that shape, else the words.

    Args:
        text: e.g. ``2025``, ``2025-06``, ``2024年底``.

    Returns:
        The literal.
    """
    if _GYEAR.match(text):
        return typed(text, XSD.gYear)
    if _GYEARMONTH.match(text):
        return typed(text, XSD.gYearMonth)
    if _DATE.match(text):
        return typed(text, XSD.date)
    return zh(text)


def as_dict(record: Any) -> dict[str, Any]:
    """A record as its ``to_dict()`` shape plus the keys the dict form leaves out.

    Args:
        record: a record dataclass or an already-made dict.

    Returns:
        A dict with at least ``type``.
    """
    if isinstance(record, dict):
        return record
    d = dict(record.to_dict())
    for extra in _extra_fields(type(record)):
        d.setdefault(extra, getattr(record, extra))
    return d


@cache
def _extra_fields(cls: type) -> tuple[str, ...]:
    names = {f.name for f in dataclasses.fields(cls)}
    return tuple(extra for extra in ("document_key", "index") if extra in names)


@dataclasses.dataclass(frozen=True, slots=True)
class FileTriples:
    """One file's triples as N-Triples lines (without the final `` .``).

    Attributes:
        own: the file's facts and links, for its named graph.
        shared: descriptions of nodes keyed canonically (agencies, documents, selectors,
            people, posts), for the shared graph; never repeated in ``own``.
    """

    own: list[str]
    shared: list[str]


class _Emitter:
    """Collects distinct triples for one source file, as N-Triples lines (own and shared).

    Terms are serialised once: IRIs are checked by pyoxigraph the first time this file
    uses them (a per-file cache, so a long build does not keep every IRI it ever saw),
    literals by pyoxigraph's own serialiser. Lines, not ``ox.Triple`` objects, are
    collected because building and hashing a Rust object per triple cost more than
    the rest of the mapping together.
    """

    def __init__(self, file_iri: str, raw: str | None) -> None:
        self.file_iri = file_iri
        self.file = file_iri
        self.raw = raw
        self.lines: dict[str, None] = {}
        self.shared: dict[str, None] = {}
        self.mentioned: set[str] = set()
        self.gazettes: dict[str, str] = {}
        self._iris: dict[str, str] = {}

    def _iri(self, value: str) -> str:
        term = self._iris.get(value)
        if term is None:
            term = self._iris[value] = str(ox.NamedNode(value))
        return term

    def _line(self, s: str | ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal | str) -> str:
        # The hottest function of a build (hundreds of thousands of calls): look-ups
        # inlined, the pyoxigraph check only for an IRI this file has not used yet.
        iris = self._iris
        subject = (iris.get(s) or self._iri(s)) if isinstance(s, str) else str(s)
        obj = (iris.get(o) or self._iri(o)) if isinstance(o, str) else str(o)
        return f"{subject} {iris.get(p) or self._iri(p)} {obj}"

    def add(self, s: str | ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        """A fact: a triple about a node keyed by document identity (shared by every copy)."""
        self.shared[self._line(s, p, o)] = None

    # Agencies, selectors, people and posts are keyed canonically too: the same part.
    describe = add

    def own(self, s: str, p: str, o: str) -> None:
        """A triple only this file can state: its evidence spans and what was derived from it."""
        self.lines[self._line(s, p, o)] = None
        self.mentioned.add(s)
        self.mentioned.add(o)

    def parts(self) -> FileTriples:
        """The two parts; every node described in the shared part is mentioned in the own part.

        A node no own triple names (an agency, a cited document, a task without a span)
        gets ``<file> pkg:mentions <node>``, so that replacing or removing the last file
        that mentions it also removes its description (see :mod:`policykg.graph.store`).
        """
        shared = self.shared
        own = [line for line in self.lines if line not in shared]
        named = {self._iris[n] for n in self.mentioned if n in self._iris}
        file, mentions = self._iri(self.file), self._iri(PKG.mentions)
        anchors: dict[str, None] = {}
        for line in shared:
            subject = line[: line.index(" ")]
            if subject not in named and subject not in anchors and subject[0] == "<":
                anchors[subject] = None
        own.extend(f"{file} {mentions} {subject}" for subject in anchors)
        return FileTriples(own, list(shared))

    def opt(self, s: str, p: str, o: ox.Literal | ox.NamedNode | None) -> None:
        if o is not None:
            self.add(s, p, o)

    def text(self, s: str, p: str, value: str | None) -> None:
        if value:
            self.add(s, p, zh(value))

    def string(self, s: str, p: str, value: object) -> None:
        if value is not None and value != "":
            self.add(s, p, ox.Literal(str(value)))

    def evidence(
        self, subject: str, source: dict[str, Any] | None, *, derived: bool = False, via: str | None = None
    ) -> None:
        """``subject pkg:evidence <file#char=s,e>`` with its two selectors (and the file, if ``derived``).

        ``via`` names another property for the link, e.g. ``pkg:numberEvidence`` for where a 文号
        was read; the span is described the same way.
        """
        if derived:
            self.own(subject, PROV.wasDerivedFrom, self.file)
        if not source or source.get("start") is None or source.get("end") is None:
            return
        start, end = int(source["start"]), int(source["end"])
        # xsd:integer, not Web Annotation's xsd:nonNegativeInteger: Oxigraph stores every
        # derived integer type as xsd:integer, so that is what would come back out anyway.
        quoted = source.get("text") or ""
        if not quoted and self.raw is not None:
            quoted = self.raw[start:end]
        span = iri.evidence(self.file_iri, start, end)
        self.own(subject, via or PKG.evidence, span)
        self.own(span, RDF.type, OA.SpecificResource)
        self.own(span, OA.hasSource, self.file)
        position = iri.position_selector(start, end)
        self.own(span, OA.hasSelector, position)
        self.describe(position, RDF.type, OA.TextPositionSelector)
        self.describe(position, OA.start, typed(start, XSD.integer))
        self.describe(position, OA.end, typed(end, XSD.integer))
        if quoted:
            quote = iri.quote_selector(quoted)
            self.own(span, OA.hasSelector, quote)
            self.describe(quote, RDF.type, OA.TextQuoteSelector)
            self.describe(quote, OA.exact, ox.Literal(quoted))

    def agency(
        self, canonical: str, alias: str | None = None, kind: str | None = None, known: bool | None = None
    ) -> str:
        """An agency node; every label NFKC-folded so aliases match however they are typed."""
        subject = _cached_agency(canonical)
        pref = _cached_canonical_agency(canonical)
        self.describe(subject, RDF.type, ORG.Organization)
        self.describe(subject, SKOS.prefLabel, zh(pref))
        self.describe(subject, RDFS.label, zh(pref))
        for other in (canonical, alias):
            if other and _cached_canonical_agency(other) != pref:
                self.describe(subject, SKOS.altLabel, zh(_cached_canonical_agency(other)))
        if kind:
            self.describe(subject, PKG.agencyType, ox.Literal(str(kind)))
        if known is not None:
            self.describe(subject, PKG.knownAgency, boolean(known))
        return subject

    def document_node(self, key: str, number: str | None = None) -> str:
        subject = _cached_document(key)
        self.describe(subject, RDF.type, ELI.LegalResource)
        if number:
            self.describe(subject, ELI.id_local, ox.Literal(_cached_canonical_number(number)))
        return subject


def _doc_key(d: dict[str, Any], *fields: str) -> str | None:
    """The document key of a record: its ``document_key``, else one of ``fields``."""
    for name in ("document_key", *fields):
        value = d.get(name)
        if value:
            return _cached_document_key(str(value))
    return None


def _split_key(key: str | None) -> tuple[str, str, str] | None:
    """``'嘉政办发〔2024〕7号/task/3'`` → (document key, kind, index)."""
    if not key:
        return None
    parts = key.rsplit("/", 2)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _gazette(e: _Emitter, d: dict[str, Any]) -> None:
    subject = iri.gazette(d.get("title"), d.get("year"), d.get("issue"))
    e.gazettes[str(d.get("id") or f"{d.get('title') or 'gazette'}|{d.get('year')}|{d.get('issue')}")] = (
        subject
    )
    e.add(subject, RDF.type, PKG.GazetteIssue)
    e.text(subject, SDO.name, d.get("title"))
    e.text(subject, RDFS.label, d.get("title"))
    if d.get("issue") is not None:
        e.add(subject, SDO.issueNumber, typed(int(d["issue"]), XSD.integer))
    if d.get("cumulative_issue") is not None:
        e.add(subject, PKG.cumulativeIssue, typed(int(d["cumulative_issue"]), XSD.integer))
    e.opt(subject, SDO.datePublished, date_literal(d.get("published")))
    if d.get("publisher"):
        e.add(subject, SDO.publisher, e.agency(d["publisher"]))
    e.evidence(subject, d.get("source"), derived=True)


def _document(e: _Emitter, d: dict[str, Any]) -> None:
    number = d.get("number")
    key = _cached_document_key(
        d.get("id") or _hash_key(number, tuple(d.get("issuer") or ()), d.get("date"), d.get("title"))
    )
    subject = e.document_node(key, number)
    e.text(subject, ELI.title, d.get("title"))
    e.text(subject, RDFS.label, d.get("title") or number or document_label(d, e.file_iri, e.raw))
    for issuer in d.get("issuer") or ():
        e.add(subject, ELI.passed_by, e.agency(issuer))
    e.opt(subject, ELI.date_document, date_literal(d.get("date")))
    e.opt(subject, ELI.first_date_entry_in_force, date_literal(d.get("effective")))
    e.opt(subject, ELI.date_no_longer_in_force, date_literal(d.get("expires")))
    e.text(subject, PKG.documentType, d.get("doc_type"))
    for addressee in d.get("addressees") or ():
        e.text(subject, PKG.addressee, addressee)
    for attachment in d.get("attachments") or ():
        e.text(subject, PKG.attachment, attachment)
    e.string(subject, PKG.issuerCode, d.get("issuer_code"))
    gazette = e.gazettes.get(str(d.get("gazette"))) if d.get("gazette") else None
    if gazette is None and len(e.gazettes) == 1:
        gazette = next(iter(e.gazettes.values()))
    if gazette is not None:
        e.add(subject, ELI.is_part_of, gazette)
    e.evidence(subject, d.get("source"), derived=True)
    e.evidence(subject, d.get("number_source"), via=PKG.numberEvidence)


def _citation(e: _Emitter, d: dict[str, Any]) -> None:
    from_key = _doc_key(d, "from_key", "from")
    if from_key is None:
        log.debug("citation without a citing document skipped: %s", d)
        return
    to_number, to_title = d.get("to"), d.get("to_title")
    if not to_number and not to_title:
        return
    to_issuer = d.get("to_issuer")
    to_key = (
        _cached_document_key(to_number)
        if to_number
        else _hash_key(None, (to_issuer,) if to_issuer else (), None, to_title)
    )
    relation = str(d.get("relation") or "cites")
    prop = RELATION_PROPERTIES.get(relation, str(ELI.cites))
    citing = e.document_node(from_key)
    cited = e.document_node(to_key, to_number)
    # The cited document's stub depends only on its key: an unnumbered one is keyed by
    # its issuer and title, a numbered one is labelled with its canonical number.
    if to_number:
        e.describe(cited, RDFS.label, zh(_cached_canonical_number(to_number)))
    elif to_title:
        e.describe(cited, ELI.title, zh(to_title))
        e.describe(cited, RDFS.label, zh(to_title))
    e.add(citing, prop, cited)
    subject = iri.citation(from_key, relation, to_key)
    e.add(subject, RDF.type, PKG.Citation)
    e.add(subject, PKG.document, citing)
    e.add(subject, PKG.citedDocument, cited)
    e.add(subject, PKG.relation, prop)
    e.text(subject, PKG.citedTitle, to_title)
    e.text(subject, PKG.citedIssuer, to_issuer)
    e.evidence(subject, d.get("source"))
    if to_number:
        e.evidence(subject, d.get("to_number_source"), via=PKG.numberEvidence)


def _task(e: _Emitter, d: dict[str, Any]) -> None:
    parts = _split_key(d.get("id"))
    doc_key = (
        _doc_key(d, "document") if d.get("document_key") or not parts else _cached_document_key(parts[0])
    )
    index = d.get("index") if d.get("index") is not None else (parts[2] if parts else None)
    if doc_key is None or index is None:
        log.debug("task without a document or index skipped: %s", d.get("text"))
        return
    subject = iri.part(doc_key, "task", index)
    e.add(subject, RDF.type, PKG.Task)
    e.add(subject, PKG.document, e.document_node(doc_key, d.get("document")))
    e.add(subject, PKG.index, typed(int(index), XSD.integer))
    e.text(subject, PKG.text, d.get("text"))
    e.string(subject, PKG.sectionPath, "/".join(d.get("path") or ()) or None)
    e.text(subject, PKG.heading, d.get("heading"))
    if d.get("deadline"):
        e.add(subject, PKG.deadline, deadline_literal(str(d["deadline"])))
    e.string(subject, PKG.taskKind, d.get("kind"))
    for post in d.get("posts") or ():
        e.text(subject, PKG.leadershipPost, post)
    if d.get("open_list"):
        e.add(subject, PKG.openList, boolean(True))
    for j, mention in enumerate(d.get("agencies") or ()):
        m = as_dict(mention)
        canonical = m.get("canonical") or m.get("name")
        if not canonical:
            continue
        role = m.get("role") or "responsible"
        role = getattr(role, "value", role)
        kind = m.get("type")
        agency = e.agency(canonical, m.get("name"), getattr(kind, "value", kind), m.get("known"))
        resp = iri.responsibility(subject, j)
        e.add(subject, PKG.qualifiedResponsibility, resp)
        e.add(subject, PKG.responsibleAgency, agency)
        e.add(resp, RDF.type, PKG.Responsibility)
        e.add(resp, PKG.agency, agency)
        e.add(resp, PKG.role, ROLES.get(str(role), ROLES["responsible"]))
        e.text(resp, PKG.asWritten, m.get("name"))
        if m.get("source"):
            e.evidence(resp, m["source"])
    e.evidence(subject, d.get("source"))


def _quantity_common(e: _Emitter, d: dict[str, Any], kind: str, cls: str) -> str | None:
    parts = _split_key(d.get("id"))
    doc_key = (
        _doc_key(d, "document") if d.get("document_key") or not parts else _cached_document_key(parts[0])
    )
    index = d.get("index") if d.get("index") is not None else (parts[2] if parts else None)
    if doc_key is None or index is None:
        log.debug("%s without a document or index skipped: %s", kind, d.get("text"))
        return None
    subject = iri.part(doc_key, kind, index)
    e.add(subject, RDF.type, cls)
    e.add(subject, PKG.document, e.document_node(doc_key, d.get("document")))
    e.add(subject, PKG.index, typed(int(index), XSD.integer))
    e.text(subject, PKG.text, d.get("text"))
    e.string(subject, PKG.sectionPath, "/".join(d.get("path") or ()) or None)
    task = _split_key(d.get("task"))
    if task:
        e.add(subject, PKG.task, iri.part(task[0], task[1], task[2]))
    e.evidence(subject, d.get("source"))
    return subject


def _target(e: _Emitter, d: dict[str, Any]) -> None:
    subject = _quantity_common(e, d, "target", PKG.Target)
    if subject is None:
        return
    e.text(subject, PKG.indicator, d.get("indicator"))
    if d.get("value") is not None:
        e.add(subject, PKG.value, decimal(d["value"]))
    if d.get("value_max") is not None:
        e.add(subject, PKG.valueMax, decimal(d["value_max"]))
    e.string(subject, PKG.unit, d.get("unit"))
    if d.get("magnitude") is not None:
        e.add(subject, PKG.magnitude, decimal(d["magnitude"]))
    e.string(subject, PKG.baseUnit, d.get("base_unit"))
    e.string(subject, PKG.comparator, d.get("comparator"))
    if d.get("deadline"):
        e.add(subject, PKG.deadline, deadline_literal(str(d["deadline"])))
    e.string(subject, PKG.recurrence, d.get("recurrence"))
    e.string(subject, PKG.targetKind, d.get("kind"))
    e.string(subject, PKG.commitment, d.get("commitment"))


def _incentive(e: _Emitter, d: dict[str, Any]) -> None:
    subject = _quantity_common(e, d, "incentive", PKG.Incentive)
    if subject is None:
        return
    if d.get("amount") is not None:
        e.add(subject, PKG.amount, decimal(d["amount"]))
    if d.get("amount_max") is not None:
        e.add(subject, PKG.amountMax, decimal(d["amount_max"]))
    e.string(subject, PKG.unit, d.get("unit"))
    if d.get("cap"):
        e.add(subject, PKG.cap, boolean(True))
    e.text(subject, PKG.recipient, d.get("recipient"))
    e.text(subject, PKG.condition, d.get("condition"))


def _appointment(e: _Emitter, d: dict[str, Any]) -> None:
    person_name, post_title = d.get("person"), d.get("post")
    if not person_name or not post_title:
        return
    organization = d.get("organization")
    subject = iri.appointment(person_name, d.get("action") or "", post_title, organization, d.get("period"))
    person = iri.person(person_name)
    post = iri.post(organization, post_title)
    e.describe(person, RDF.type, SDO.Person)
    e.describe(person, SDO.name, zh(person_name))
    e.describe(person, RDFS.label, zh(person_name))
    e.describe(post, RDF.type, ORG.Post)
    e.describe(post, SKOS.prefLabel, zh(post_title))
    e.describe(post, RDFS.label, zh(f"{organization or ''}{post_title}"))
    e.add(subject, RDF.type, PKG.Appointment)
    e.add(subject, PKG.person, person)
    e.add(subject, PKG.post, post)
    if organization:
        agency = e.agency(organization)
        e.describe(post, ORG.postIn, agency)
        e.add(subject, PKG.organization, agency)
    e.string(subject, PKG.action, d.get("action"))
    e.string(subject, PKG.period, d.get("period"))
    if d.get("action") == "appoint":
        e.add(person, ORG.holds, post)
    doc_key = _doc_key(d, "document")
    if doc_key:
        e.add(subject, PKG.document, e.document_node(doc_key, d.get("document")))
    e.evidence(subject, d.get("source"))


def _section(e: _Emitter, d: dict[str, Any]) -> None:
    doc_key = _doc_key(d, "document")
    path = tuple(d.get("path") or ())
    if doc_key is None or not path:
        return
    subject = iri.section(doc_key, path)
    e.add(subject, RDF.type, PKG.Section)
    e.add(subject, PKG.document, e.document_node(doc_key, d.get("document")))
    e.string(subject, PKG.sectionPath, "/".join(path))
    e.text(subject, PKG.heading, d.get("heading"))
    e.evidence(subject, d.get("source"))


_HANDLERS: dict[str, Callable[[_Emitter, dict[str, Any]], None]] = {
    "gazette": _gazette,
    "document": _document,
    "citation": _citation,
    "task": _task,
    "target": _target,
    "incentive": _incentive,
    "appointment": _appointment,
    "section": _section,
}


def record_triples(records: Iterable[Any], *, file_iri: str, raw: str | None = None) -> list[ox.Triple]:
    """The triples for one source file's records, own and shared together.

    Args:
        records: record dataclasses or their ``to_dict()`` shapes, in file order.
        file_iri: the source file's IRI (see :func:`policykg.graph.iri.source_file`).
        raw: the raw file text, used to fill quotes a record's source left empty.

    Returns:
        Distinct triples, in a stable order.
    """
    text = "".join(f"{line} .\n" for line in record_ntriples(records, file_iri=file_iri, raw=raw))
    return list(ox.parse(text, format=ox.RdfFormat.N_TRIPLES)) if text else []


def record_ntriples(records: Iterable[Any], *, file_iri: str, raw: str | None = None) -> list[str]:
    """The triples for one source file's records as N-Triples lines, own and shared together.

    Args:
        records: record dataclasses or their ``to_dict()`` shapes, in file order.
        file_iri: the source file's IRI (see :func:`policykg.graph.iri.source_file`).
        raw: the raw file text, used to fill quotes a record's source left empty.

    Returns:
        Distinct lines without the final `` .``, in a stable order.
    """
    parts = record_parts(records, file_iri=file_iri, raw=raw)
    return parts.own + parts.shared


_LABEL_LENGTH = 30
_LABEL_END = re.compile(r"[\s：:，,。；;、]+$")
_ANY_SPACE = re.compile(r"\s+")


def _document_text(d: dict[str, Any], raw: str | None) -> str:
    """The text a document record was read from: the raw span (its line breaks kept), else its quote.

    The quote is the normalised text, whose lines a PDF's layout may have joined.
    """
    source = d.get("source") or {}
    if raw is not None and source.get("start") is not None and source.get("end") is not None:
        text = raw[int(source["start"]) : int(source["end"])]
        if text.strip():
            return text
    return source.get("text") or ""


def document_label(d: dict[str, Any], file_iri: str | None = None, raw: str | None = None) -> str | None:
    """A readable label for a document with neither number nor title.

    The record's own ``label`` or ``heading`` when the reader gave one, else the first
    line of its text (cut to 30 characters, closing punctuation dropped), else the name
    of the file it was read from.

    Args:
        d: the document record's dict.
        file_iri: the source file's IRI, for the last resort.
        raw: the raw file text, when the record's source quotes nothing.

    Returns:
        The label, or None when there is nothing to name it by.
    """
    for key in ("label", "heading"):
        if d.get(key):
            return str(d[key])
    for line in _document_text(d, raw).splitlines():
        line = _LABEL_END.sub("", _ANY_SPACE.sub(" ", line).strip())
        if line:
            return line if len(line) <= _LABEL_LENGTH else line[: _LABEL_LENGTH - 1] + "…"
    if file_iri:
        name = file_iri.rstrip("/").rsplit("/", 1)[-1].split("#", 1)[0]
        return unquote(name) or None
    return None


def record_parts(records: Iterable[Any], *, file_iri: str, raw: str | None = None) -> FileTriples:
    """The triples for one source file's records, split into its own part and the shared part.

    Args:
        records: record dataclasses or their ``to_dict()`` shapes, in file order.
        file_iri: the source file's IRI (see :func:`policykg.graph.iri.source_file`).
        raw: the raw file text, used to fill quotes a record's source left empty.

    Returns:
        The two lists of N-Triples lines (see :class:`FileTriples`).
    """
    e = _Emitter(file_iri, raw)
    items = [as_dict(r) for r in records]
    # Gazettes first so that documents can link to their issue whatever the order.
    for d in sorted(items, key=lambda d: d.get("type") != "gazette"):
        handler = _HANDLERS.get(str(d.get("type")))
        if handler is None:
            log.debug("no RDF mapping for record type %r", d.get("type"))
            continue
        handler(e, d)
    return e.parts()


class _SpillingEmitter(_Emitter):
    """An emitter for a very large file: its lines go to two files as they come.

    The lines are the ones :class:`_Emitter` collects (the same own and shared parts,
    the same ``pkg:mentions`` anchors), but only their hashes are kept to drop repeats,
    so memory grows by tens of bytes a line instead of the line itself (a 50 MB text has
    4.5 million lines, 870 million characters). Two distinct lines with one 64-bit hash
    (odds about 10^-6 for such a file) would lose the second.
    """

    #: Serialised IRIs kept at most (the cache is emptied when full).
    IRI_CACHE = 200_000
    #: Lines buffered before a write.
    CHUNK = 20_000

    def __init__(self, file_iri: str, raw: str | None, own_out: IO[str], shared_out: IO[str]) -> None:
        super().__init__(file_iri, raw)
        self.own_out, self.shared_out = own_out, shared_out
        self.own_buffer: list[str] = []
        self.shared_buffer: list[str] = []
        self.seen_own: set[int] = set()
        self.seen_shared: set[int] = set()
        self.named: set[int] = set()  # hashes of the serialised IRIs own lines name
        self.unnamed: dict[int, str] = {}  # shared subjects no own line named when described
        self.count = 0  # own lines written

    def _iri(self, value: str) -> str:
        if len(self._iris) >= self.IRI_CACHE:
            self._iris.clear()
        return super()._iri(value)

    def add(self, s: str | ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        line = self._line(s, p, o)
        key = hash(line)
        if key in self.seen_shared:
            return
        self.seen_shared.add(key)
        self.shared_buffer.append(line)
        subject = line[: line.index(" ")]
        if subject[0] == "<" and hash(subject) not in self.named:
            self.unnamed.setdefault(hash(subject), subject)
        if len(self.shared_buffer) >= self.CHUNK:
            self._write(self.shared_buffer, self.shared_out)

    describe = add

    def own(self, s: str, p: str, o: str) -> None:
        line = self._line(s, p, o)
        key = hash(line)
        if key in self.seen_own:
            return
        self.seen_own.add(key)
        self.named.add(hash(line[: line.index(" ")]))
        self.named.add(hash(line[line.rindex(" ") + 1 :]))
        self.own_buffer.append(line)
        if len(self.own_buffer) >= self.CHUNK:
            self._write(self.own_buffer, self.own_out)

    def _write(self, lines: list[str], out: IO[str]) -> None:
        if out is self.own_out:
            # A line stated both ways belongs to the shared part (as in _Emitter.parts).
            lines = [line for line in lines if hash(line) not in self.seen_shared]
            self.count += len(lines)
        if lines:
            out.write(" .\n".join(lines) + " .\n")
        (self.own_buffer if out is self.own_out else self.shared_buffer).clear()

    def finish(self) -> int:
        """Write what is buffered and the anchors.

        Returns:
            The number of own lines written.
        """
        self._write(self.shared_buffer, self.shared_out)
        file, mentions = self._iri(self.file), self._iri(PKG.mentions)
        self.own_buffer.extend(
            f"{file} {mentions} {subject}" for key, subject in self.unnamed.items() if key not in self.named
        )
        self._write(self.own_buffer, self.own_out)
        return self.count


def spill_parts(records: list[Any], *, file_iri: str, raw: str | None, own: IO[str], shared: IO[str]) -> int:
    """Write the two parts of :func:`record_parts` to text files as they are made, for a very large file.

    The same lines (N-Triples, each ending `` .`` and a line break; in another order),
    without holding them in memory: the records are turned into dicts one at a time and
    the lines written a chunk at a time. The list is emptied as it is read, so that each
    record's memory is free for what follows once it is mapped.

    Args:
        records: record dataclasses or their ``to_dict()`` shapes, in file order (emptied).
        file_iri: the source file's IRI.
        raw: the raw file text.
        own: where the file's own part goes.
        shared: where the shared part goes.

    Returns:
        The number of own lines written.
    """
    e = _SpillingEmitter(file_iri, raw, own, shared)
    kinds: list[str] = []
    for r in records:
        kinds.append(str(as_dict(r).get("type")))
    # Gazettes first so that documents can link to their issue whatever the order.
    gazettes = [i for i, kind in enumerate(kinds) if kind == "gazette"]
    rest = (i for i, kind in enumerate(kinds) if kind != "gazette")
    for i in (*gazettes, *rest):
        record, records[i] = records[i], None
        handler = _HANDLERS.get(kinds[i])
        if handler is None:
            log.debug("no RDF mapping for record type %r", kinds[i])
            continue
        handler(e, as_dict(record))
    records.clear()
    return e.finish()


def ontology_terms() -> set[str]:
    """Every IRI the ontology declares or reuses (for checks that the builder emits no stray term).

    Returns:
        IRIs as strings.
    """
    import rdflib
    from policykg.ontology.generate import ontology_text

    g = rdflib.Graph().parse(data=ontology_text(), format="turtle")
    return {str(s) for s in g.subjects() if isinstance(s, rdflib.URIRef)} | {str(OWL.Thing)}
