"""A document's validity on a date: in force, not yet in force, expired or repealed.

The rules, applied in this order on day ``D``:

1. **repealed** — another document in the store repeals it (``eli:repeals``) and
   that document has entered into force by ``D`` (its ``eli:first_date_entry_in_force``,
   else its ``eli:date_document``; a repeal with neither date counts at once);
2. **expired** — its ``eli:date_no_longer_in_force`` (有效期至, inclusive) is before ``D``;
3. **not yet in force** — its entry into force is after ``D`` (or, without one, its
   date is after ``D``);
4. **in force** — it has entered into force, or without a stated entry into force
   its date is on or before ``D``;
5. **unknown** — a document known only by citation, with no dates.

The same rules are the named query ``status-on`` (used here, so SPARQL users and
Python callers get one answer). :func:`refresh_status` writes them for the build
day into the graph ``https://w3id.org/policykg/graph/status`` as ``eli:in_force``
(``InForce-inForce`` / ``InForce-notInForce``) and ``pkg:status``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import pyoxigraph as ox
from policykg.errors import NotFoundError
from policykg.graph import iri, sparql
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import ELI, PKG
from rdflib import XSD


class Status(StrEnum):
    """A document's validity on one day."""

    IN_FORCE = "in force"
    NOT_YET_IN_FORCE = "not yet in force"
    EXPIRED = "expired"
    REPEALED = "repealed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    """A document's status on a day, with the facts it was judged from."""

    number: str
    status: Status
    on: str
    effective: str | None = None
    expires: str | None = None
    repealed_by: str | None = None


def _day(on: dt.date | str) -> str:
    return on.isoformat() if isinstance(on, dt.date) else str(on)


def statuses(gs: GraphStore, on: dt.date | str) -> list[DocumentStatus]:
    """The status of every numbered document in the store on a day.

    Args:
        gs: an open store.
        on: the day.

    Returns:
        One status per document, sorted by number.
    """
    return _run(gs, {"date": _day(on)})


def status_on(gs: GraphStore, number: str, on: dt.date | str) -> DocumentStatus:
    """The status of one document on a day.

    Args:
        gs: an open store.
        number: its 文号, any spelling.
        on: the day (``YYYY-MM-DD`` or a date).

    Returns:
        Its status.

    Raises:
        NotFoundError: no document with that number in the store.
    """
    found = _run(gs, {"date": _day(on), "number": number})
    if not found:
        raise NotFoundError(f"no document {iri.canonical_number(number)} in the store", document=number)
    return found[0]


def _run(gs: GraphStore, params: dict[str, str]) -> list[DocumentStatus]:
    result = sparql.run_named("status-on", params, store=gs)
    col = {c: i for i, c in enumerate(result.columns)}
    merged: dict[str, DocumentStatus] = {}
    for row in result.values():
        number = row[col["number"]] if "number" in col else iri.canonical_number(params["number"])
        repealed_by = row[col["repealedBy"]]
        previous = merged.get(number)
        if (
            previous is not None
            and previous.repealed_by
            and repealed_by
            and repealed_by not in previous.repealed_by
        ):
            repealed_by = f"{previous.repealed_by}, {repealed_by}"
        merged[number] = DocumentStatus(
            number=number,
            status=Status(row[col["status"]]),
            on=params["date"],
            effective=row[col["effective"]],
            expires=row[col["expires"]],
            repealed_by=repealed_by or (previous.repealed_by if previous else None),
        )
    return [merged[k] for k in sorted(merged)]


def refresh_status(gs: GraphStore, on: dt.date | str | None = None) -> int:
    """Recompute ``eli:in_force`` and ``pkg:status`` for every document, as of a day.

    Args:
        gs: a store open for writing.
        on: the day; today when None.

    Returns:
        How many documents got a status other than unknown.
    """
    day = _day(on or dt.date.today())
    date = ox.Literal(day, datatype=ox.NamedNode(str(XSD.date)))
    triples = []
    for s in statuses(gs, day):
        if s.status is Status.UNKNOWN:
            continue
        subject = ox.NamedNode(iri.document(s.number))
        value = ELI["InForce-inForce"] if s.status is Status.IN_FORCE else ELI["InForce-notInForce"]
        triples += [
            ox.Triple(subject, ox.NamedNode(str(ELI.in_force)), ox.NamedNode(str(value))),
            ox.Triple(subject, ox.NamedNode(str(PKG.status)), ox.Literal(s.status.value)),
            ox.Triple(subject, ox.NamedNode(str(PKG.statusDate)), date),
        ]
    gs.replace_graph(iri.STATUS_GRAPH, triples)
    return len(triples) // 3
