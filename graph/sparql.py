"""SPARQL over the store or a remote endpoint, and the named queries in ``queries/*.rq``.

A named query is a ``.rq`` file whose header comments describe it::

    # description: tasks of one agency, any alias accepted
    # param: agency agency — the agency, by canonical name or any alias
    # order: python

Two more header lines let the store read a page of a long answer (``run(limit=…,
offset=…)``, ``policykg sparql --limit/--offset``) without describing all of it:
``# keys: ?target`` names the variable that identifies one answer, and
``queries/keys/{name}.rq`` lists every answer's key with the sort variables; the keys
are sorted in Python and the query runs with the page's keys bound. ``# rank:
pkg:dueRank year=9999`` has the build write each key's position in that order, for
the keys query run with those parameters (:mod:`policykg.graph.ranks`), so that a page
is a range of positions. Other queries are sliced after sorting; rows equal on every
sort key are ordered by all their columns, so pages never overlap.

``# order: python`` makes the embedded store run the query without its final ``ORDER BY``
(plain variables only) and sort the rows in Python, as ``ORDER BY`` would (ties may come
in another order); an endpoint still gets the ``ORDER BY``. The on-disk store decodes
both terms from disk for every comparison of a sort, which costs more than the query on
answers of thousands of rows.

Parameter types say how a ``--param name=value`` string becomes an RDF term:
``string`` (plain literal), ``zh`` (``@zh`` literal), ``agency`` (``@zh`` literal
folded like agency labels), ``docnum`` (a 文号 folded to its canonical spelling),
``date`` (``xsd:date``, a real day), ``year`` (four digits) and ``integer`` (both
``xsd:integer``), these three checked by :func:`parse_value` as the report options are,
and ``iri``. A ``?`` after the type makes the parameter optional. Parameters are never pasted into query text as
they were typed: each becomes an RDF term, serialised by pyoxigraph (which escapes
it), in a ``VALUES`` block at the top of the ``WHERE`` clause. Named queries are bound
that way on the store too, not with pyoxigraph's ``substitutions``: those are applied
after Oxigraph has planned the query, so the planner takes a bound 文号 for an unknown
one and may scan every file's evidence (measured: 0.65 s instead of 0.02 s on 100
files for ``evidence``). Ad-hoc queries with parameters keep ``substitutions`` (so a
parameter variable must be projected). A bound parameter's column is dropped from
the rows returned.

Queries run over the union of every named graph, so they see every source file.
Nodes many files mention (agencies, documents' numbers, selectors, people, posts) are
described once, in the shared graph; a file's own facts are in its graph. The union
does not remove triples repeated in several graphs (the same document read from two
files): queries use ``DISTINCT`` or ``COUNT(DISTINCT …)``, and match a fact's own
triples inside one ``GRAPH ?g`` where a fact could come from several files.

How the named queries are written for Oxigraph 0.5's planner (measured on 1,000 files):
an ``OPTIONAL`` holds one triple pattern (nested ``OPTIONAL`` for two hops), which is
evaluated row by row, whereas a two-pattern ``OPTIONAL`` first reads every match in the
store; an ``EXISTS`` body holds no ``OPTIONAL`` (it is run as written for every row);
queries whose answer grows with the corpus read each property with a one-pattern
sub-``SELECT``, so that whole index scans are joined in memory instead of one lookup per
row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pyoxigraph as ox
from policykg.errors import NotFoundError, QueryError
from policykg.graph import iri, ranks
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import PREFIXES
from rdflib import XSD

PARAM_TYPES = ("string", "zh", "agency", "docnum", "date", "year", "integer", "iri")
#: Years a ``year`` parameter accepts (four digits; 9999 stands for "no end").
YEARS = range(1000, 10000)
_HEADER = re.compile(r"^#\s*(description|param|order|keys|rank):\s*(.*)$")
_RANK = re.compile(r"^(?P<prefix>[a-z]+):(?P<local>\w+)(?P<params>(?:\s+\w+=\S+)*)\s*(?:[—-]+.*)?$")
_KEY_VARIABLE = re.compile(r"^\?(?P<name>[A-Za-z_]\w*)\b")
#: Answers described per query when a page of a keyed named query is fetched. Measured
#: on 1,000 files (targets-due-by): 500 keys 0.09 s, 1,000 keys 0.11 s, 1,200 keys 8.6 s
#: (with more bound values Oxigraph's planner joins whole index scans instead).
VALUES_CHUNK = 500
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?P<optional>\?)?\s*(?:[—-]+\s*(?P<help>.*))?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_ORDER_BY = re.compile(r"\bORDER\s+BY\s+(?P<keys>[^{}]*?)\s*$", re.IGNORECASE)
_ORDER_KEY = re.compile(
    r"(?:(?P<dir>ASC|DESC)\s*\(\s*\?(?P<wrapped>\w+)\s*\)|\?(?P<plain>\w+))\s*", re.IGNORECASE
)
_NUMERIC = frozenset(
    str(XSD) + t
    for t in (
        "integer", "decimal", "double", "float", "long", "int", "short", "byte",
        "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
        "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
#: Datatypes of ad-hoc parameters (``value^^xsd:type``) checked by :func:`parse_value`.
_CHECKED_DATATYPES = {"date": "date", "gYear": "year"}
_INTEGERS = _NUMERIC - {str(XSD) + t for t in ("decimal", "double", "float")}
_PREFIX_DECL = re.compile(r"^\s*(PREFIX|BASE)\b.*$", re.IGNORECASE | re.MULTILINE)
#: A query's prologue (blanks, comments, PREFIX and BASE declarations), then an update verb.
_UPDATE = re.compile(
    r"(?:\s++|#[^\n]*+|PREFIX\s*[^\s:]*:\s*<[^<>]*>|BASE\s*<[^<>]*>)*+"  # no backtracking into it
    r"(?P<verb>INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
#: A position ``line:column`` in a parser's message about the query text.
_POSITION = re.compile(r"\b(?P<line>\d+):(?P<column>\d+)\b")


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    type: str
    optional: bool = False
    help: str = ""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query shipped as ``queries/{name}.rq``."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    #: ``(variable, descending)`` keys of the final ``ORDER BY`` when ``# order: python``
    #: asks the store to sort the rows in Python; empty otherwise.
    order: tuple[tuple[str, bool], ...] = ()
    #: The variable that identifies one answer (``# keys: ?target``), and the text of
    #: ``queries/keys/{name}.rq``, which lists every answer's key with the sort variables.
    key: str = ""
    keys: str = ""
    #: ``# rank: pkg:dueRank year=9999``: the property under which the build writes each
    #: answer's position in this order (:mod:`policykg.graph.ranks`), and the parameters
    #: the keys query is run with for it (the widest answer, of which every other one is
    #: a prefix); a page is then a range of positions.
    rank: str = ""
    rank_params: tuple[tuple[str, str], ...] = ()


@dataclass
class Result:
    """Rows of a query: column names and one list of terms (or None) per row.

    ASK gives one column ``ask`` with a boolean literal; CONSTRUCT and DESCRIBE give
    ``subject``, ``predicate``, ``object``.
    """

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    #: How many rows (answers, for a keyed named query) the whole answer has when
    #: ``rows`` is one page of it; None when ``rows`` is the whole answer.
    total: int | None = None
    #: Where the page starts in the whole answer (0-based).
    offset: int = 0

    def values(self) -> list[list[str | None]]:
        """The rows as plain strings (IRI, literal value) for comparison and CSV.

        Returns:
            One list of strings (None for unbound) per row.
        """
        return [[None if t is None else t.value for t in row] for row in self.rows]


def prefix_block() -> str:
    """``PREFIX`` lines for every prefix the ontology binds.

    Returns:
        The lines, to put before a query.
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


def order_keys(text: str) -> tuple[str, tuple[tuple[str, bool], ...]] | None:
    """Split a query's final ``ORDER BY`` of plain variables off its text.

    Args:
        text: the query.

    Returns:
        The text without the clause and its ``(variable, descending)`` keys, or None
        when the query does not end with an ``ORDER BY`` of variables (``?v``,
        ``ASC(?v)``, ``DESC(?v)``).
    """
    m = _ORDER_BY.search(text)
    if m is None:
        return None
    keys, pos, spec = [], 0, m.group("keys")
    while pos < len(spec):
        k = _ORDER_KEY.match(spec, pos)
        if k is None:
            return None
        keys.append((k.group("wrapped") or k.group("plain"), (k.group("dir") or "").upper() == "DESC"))
        pos = k.end()
    return (text[: m.start()], tuple(keys)) if keys else None


def _sort_key(term: Any) -> tuple[Any, ...]:
    # SPARQL's order: unbound, blank nodes, IRIs, literals; numbers by value, other
    # literals by their lexical form (ISO dates and years sort right that way). An IRI
    # that ends in a number (…/target/10) sorts by that number after its other part.
    if term is None:
        return (0,)
    if isinstance(term, ox.Literal):
        if term.datatype.value in _NUMERIC:
            try:
                return (3, 0, float(term.value))
            except ValueError:
                pass
        return (3, 1, term.value)
    if isinstance(term, ox.NamedNode):
        value = term.value
        head, _, tail = value.rpartition("/")
        if tail.isascii() and tail.isdigit():
            return (2, head, int(tail))
        return (2, value, -1)
    return (1, term.value)


def sort_rows(result: Result, keys: tuple[tuple[str, bool], ...], *, ties: bool = False) -> Result:
    """Sort rows as ``ORDER BY`` would, key by key (a stable sort, last key first).

    Args:
        result: the rows.
        keys: ``(variable, descending)`` pairs; each variable must be a column.
        ties: order rows equal on every key by all their columns, left to right, so that
            the order does not depend on the order the store answered in (pages of the
            answer then never overlap).

    Returns:
        The same result, its rows sorted.

    Raises:
        QueryError: a key is not a column of the result.
    """
    for variable, _ in keys:
        if variable not in result.columns:
            raise QueryError(f"cannot sort by ?{variable}: it is not a column of the result")
    if ties:
        result.rows.sort(key=lambda row: tuple(map(_sort_key, row)))
    for variable, descending in reversed(keys):
        i = result.columns.index(variable)
        result.rows.sort(key=lambda row, i=i: _sort_key(row[i]), reverse=descending)
    return result


def _parse_header(name: str, text: str, keys_text: str | None = None) -> NamedQuery:
    description, params, key, rank = "", [], "", ""
    order: tuple[tuple[str, bool], ...] = ()
    rank_params: tuple[tuple[str, str], ...] = ()
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.strip().startswith("#"):
                break
            continue
        if m.group(1) == "description":
            description = m.group(2).strip()
        elif m.group(1) == "order":
            split = order_keys(text) if m.group(2).split()[:1] == ["python"] else None
            if split is None:
                raise QueryError("'# order: python' needs a final ORDER BY of variables", path=f"{name}.rq")
            order = split[1]
        elif m.group(1) == "keys":
            k = _KEY_VARIABLE.match(m.group(2).strip())
            if k is None:
                raise QueryError(f"bad keys declaration {m.group(2)!r}: want '?variable'", path=f"{name}.rq")
            key = k.group("name")
        elif m.group(1) == "rank":
            r = _RANK.match(m.group(2).strip())
            if r is None or r.group("prefix") not in PREFIXES:
                raise QueryError(
                    f"bad rank declaration {m.group(2)!r}: want 'prefix:property name=value…'",
                    path=f"{name}.rq",
                )
            rank = PREFIXES[r.group("prefix")] + r.group("local")
            rank_params = tuple(tuple(p.split("=", 1)) for p in r.group("params").split())  # type: ignore[misc]
        else:
            p = _PARAM.match(m.group(2).strip())
            if not p or p.group("type") not in PARAM_TYPES:
                raise QueryError(f"bad parameter declaration {m.group(2)!r}", path=f"{name}.rq")
            params.append(
                Param(
                    p.group("name"),
                    p.group("type"),
                    bool(p.group("optional")),
                    (p.group("help") or "").strip(),
                )
            )
    if not description:
        raise QueryError("no '# description:' line", path=f"{name}.rq")
    if key and (keys_text is None or not order):
        raise QueryError(
            f"'# keys: ?{key}' needs keys/{name}.rq and '# order: python' (pages are cut in sorted order)",
            path=f"{name}.rq",
        )
    if rank and not key:
        raise QueryError("'# rank:' needs '# keys:'", path=f"{name}.rq")
    return NamedQuery(
        name,
        description,
        tuple(params),
        text,
        order,
        key,
        (keys_text or "") if key else "",
        rank,
        rank_params,
    )


def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in ``policykg/graph/queries``.

    Returns:
        Name → query, sorted by name.
    """
    folder = resources.files("policykg.graph").joinpath("queries")
    keys = folder.joinpath("keys")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            keys_file = keys.joinpath(entry.name)
            keys_text = keys_file.read_text(encoding="utf-8") if keys_file.is_file() else None
            found[name] = _parse_header(name, entry.read_text(encoding="utf-8"), keys_text)
    return found


def get_query(name: str) -> NamedQuery:
    """One named query.

    Args:
        name: its name (the file name without ``.rq``).

    Returns:
        The query.

    Raises:
        NotFoundError: no such query.
    """
    queries = named_queries()
    if name not in queries:
        raise NotFoundError(
            f"no named query {name!r}; `policykg sparql --list` shows them: {', '.join(queries)}"
        )
    return queries[name]


def parse_value(value: str, kind: str) -> dt.date | int:
    """Check a typed parameter (a date, a year, an integer) and give its value.

    The one check behind ``sparql --param`` and the report options (``--on``,
    ``--since``, ``--due``), so that a value refused by one is refused by all.

    Args:
        value: the string given on the command line.
        kind: ``date`` (YYYY-MM-DD, a real day), ``year`` (four digits) or ``integer``.

    Returns:
        The date or the integer.

    Raises:
        QueryError: the value does not fit the type.
    """
    text = value.strip()
    if kind == "date":
        try:
            if _DATE.match(text):
                return dt.date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"not a date: {value!r} (no such day; want YYYY-MM-DD)") from None
        raise QueryError(f"not a date (YYYY-MM-DD): {value!r}")
    if kind in ("year", "integer"):
        try:
            number = int(text)
        except ValueError:
            raise QueryError(f"not {'a year' if kind == 'year' else 'an integer'}: {value!r}") from None
        if kind == "year" and number not in YEARS:
            raise QueryError(f"not a year (four digits, e.g. 2025): {value!r}")
        return number
    raise QueryError(f"{kind!r} is not a checked parameter type")


def to_term(value: str, kind: str) -> ox.NamedNode | ox.Literal:
    """Turn a parameter string into an RDF term of the declared type.

    Args:
        value: the string given on the command line.
        kind: one of :data:`PARAM_TYPES`.

    Returns:
        The term.

    Raises:
        QueryError: the value does not fit the type.
    """
    if kind == "string":
        return ox.Literal(value)
    if kind == "zh":
        return ox.Literal(value, language="zh")
    if kind == "agency":
        return ox.Literal(iri.canonical_agency(value), language="zh")
    if kind == "docnum":
        return ox.Literal(iri.canonical_number(value))
    if kind == "date":
        return ox.Literal(parse_value(value, kind).isoformat(), datatype=ox.NamedNode(str(XSD.date)))  # type: ignore[union-attr]
    if kind in ("year", "integer"):
        return ox.Literal(str(parse_value(value, kind)), datatype=ox.NamedNode(str(XSD.integer)))
    if kind == "iri":
        try:
            return ox.NamedNode(value.strip("<>"))
        except ValueError as exc:
            raise QueryError(f"not an IRI: {value!r} ({exc})") from None
    raise QueryError(f"unknown parameter type {kind!r}")


def guess_term(value: str) -> ox.NamedNode | ox.Literal:
    """A term for a parameter of an ad-hoc query: ``<iri>``, ``text@lang``, ``text^^xsd:type`` or a plain literal.

    Args:
        value: the string given.

    Returns:
        The term.

    Raises:
        QueryError: an ``xsd:date``, ``xsd:gYear`` or integer literal whose text is not one
            (checked as a named query's parameters are).
    """
    if value.startswith("<") and value.endswith(">"):
        return to_term(value, "iri")
    m = re.match(r"^(.*)\^\^xsd:(\w+)$", value, re.DOTALL)
    if m:
        text, datatype = m.group(1), m.group(2)
        checked = _CHECKED_DATATYPES.get(datatype) or (
            "integer" if str(XSD) + datatype in _INTEGERS else None
        )
        if checked:
            value = parse_value(text, checked)
            text = value.isoformat() if isinstance(value, dt.date) else str(value)
        return ox.Literal(text, datatype=ox.NamedNode(str(XSD) + datatype))
    m = re.match(r"^(.*)@([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)$", value, re.DOTALL)
    if m:
        return ox.Literal(m.group(1), language=m.group(2))
    return ox.Literal(value)


def bind_params(query: NamedQuery | None, params: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Check parameters against a named query's declaration and turn them into terms.

    Args:
        query: the named query, or None for an ad-hoc query (types guessed).
        params: name → string.

    Returns:
        Name → term.

    Raises:
        QueryError: an unknown or missing parameter, or a value of the wrong type.
    """
    if query is None:
        return {k: guess_term(v) for k, v in params.items()}
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(
            f"{query.name} takes no parameter {', '.join(unknown)}; it takes: {_signature(query) or 'none'}"
        )
    missing = [p.name for p in query.params if not p.optional and p.name not in params]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=…; it takes: {_signature(query)}")
    return {k: to_term(v, declared[k].type) for k, v in params.items()}


def _signature(query: NamedQuery) -> str:
    return " ".join(f"{p.name}={p.type}{'?' if p.optional else ''}" for p in query.params)


def inject_values(
    text: str,
    bindings: dict[str, ox.NamedNode | ox.Literal],
    key: str = "",
    key_values: list[Any] | None = None,
) -> str:
    """Put ``VALUES`` blocks built from serialised terms at the top of the ``WHERE`` clause.

    Args:
        text: the query.
        bindings: variable name → term (one row).
        key: a variable to restrict to ``key_values`` (one row per value), or "".
        key_values: the terms ``key`` may take.

    Returns:
        The query with the blocks inserted.

    Raises:
        QueryError: no ``WHERE {`` (or first ``{`` of a SELECT/ASK) to put them in.
    """
    block = ""
    if bindings:
        names = " ".join(f"?{k}" for k in bindings)
        terms = " ".join(str(v) for v in bindings.values())
        block += f"\n  VALUES ({names}) {{ ({terms}) }}\n"
    if key:
        block += f"\n  VALUES ?{key} {{ {' '.join(str(v) for v in key_values or ())} }}\n"
    if not block:
        return text
    m = _WHERE.search(text)
    if m is None:
        form = _FORM.search(text)
        brace = text.find("{", form.end()) if form and form.group(1).upper() in ("SELECT", "ASK") else -1
        if brace < 0:
            raise QueryError("cannot bind parameters: the query has no WHERE clause")
        return text[: brace + 1] + block + text[brace + 1 :]
    return text[: m.end()] + block + text[m.end() :]


def user_positions(message: str, shift: int | None = None) -> str:
    """Make the ``line:column`` positions of a parser's message count from the user's first line.

    Args:
        message: the message about a query that had :func:`prefix_block` put before it.
        shift: how many lines came before the user's text (default: the prefix block's).

    Returns:
        The message with each line number lowered by ``shift`` (positions inside the
        prefix block are left alone).
    """
    lines = prefix_block().count("\n") if shift is None else shift

    def lower(m: re.Match[str]) -> str:
        line = int(m.group("line"))
        return f"{line - lines}:{m.group('column')}" if line > lines else m.group(0)

    return _POSITION.sub(lower, message)


def _local(gs: GraphStore, text: str, bindings: dict[str, Any]) -> Result:
    try:
        answer = gs.query(text, substitutions=bindings)
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL: {user_positions(str(exc))}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(str(exc)) from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(
            ["ask"],
            [[ox.Literal("true" if bool(answer) else "false", datatype=ox.NamedNode(str(XSD.boolean)))]],
        )
    if isinstance(answer, ox.QuerySolutions):
        # A solution iterates its values in the order of the projected variables.
        return Result([v.value for v in answer.variables], [list(solution) for solution in answer])
    return Result(["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in answer])


def _from_json(value: dict[str, Any]) -> Any:
    kind = value.get("type")
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if value.get("datatype"):
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def _remote(endpoint: str, text: str, bindings: dict[str, Any], timeout: float) -> Result:
    text = inject_values(text, bindings)
    form = _FORM.search(_PREFIX_DECL.sub("", text))
    graph_form = bool(form and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE"))
    accept = "application/n-triples" if graph_form else "application/sparql-results+json"
    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"query": text}).encode("utf-8"),
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise QueryError(
            f"{endpoint} answered HTTP {exc.code}: {user_positions(detail[0]) if detail else exc.reason}"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise QueryError(f"cannot reach {endpoint}: {getattr(exc, 'reason', exc)}") from None
    if graph_form:
        try:
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError:
            raise QueryError("the endpoint's answer is truncated (the query probably timed out)") from None
        return Result(
            ["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in triples]
        )
    try:
        data = json.loads(body)
    except ValueError:
        # Oxigraph answers HTTP 200 and cuts the JSON when --timeout-s cancels a query.
        raise QueryError("the endpoint's answer is truncated (the query probably timed out)") from None
    if "boolean" in data:
        return Result(
            ["ask"],
            [[ox.Literal("true" if data["boolean"] else "false", datatype=ox.NamedNode(str(XSD.boolean)))]],
        )
    columns = list(data["head"]["vars"])
    rows = [[_from_json(b[c]) if c in b else None for c in columns] for b in data["results"]["bindings"]]
    return Result(columns, rows)


def sorted_keys(store: GraphStore, query: NamedQuery, bindings: dict[str, Any]) -> list[Any]:
    """Every answer's key of a keyed named query, in the query's order, each once.

    Args:
        store: an open store.
        query: a named query with ``# keys:``.
        bindings: its parameters as terms.

    Returns:
        The keys (RDF terms).

    Raises:
        QueryError: the keys query does not select the key.
    """
    keys = _local(store, inject_values(prefix_block() + query.keys, bindings), {})
    if query.key not in keys.columns:
        raise QueryError(f"keys/{query.name}.rq does not select ?{query.key}")
    sort_rows(keys, query.order)
    i = keys.columns.index(query.key)
    # A fact read from two files is in two graphs of the union: keep its first place.
    return list(dict.fromkeys(row[i] for row in keys.rows))


def _count_keys(store: GraphStore, query: NamedQuery, bindings: dict[str, Any]) -> int:
    inner = inject_values(query.keys, bindings)
    text = prefix_block() + f"SELECT (COUNT(DISTINCT ?{query.key}) AS ?n) WHERE {{\n{inner}\n}}"
    rows = _local(store, text, {}).rows
    return int(rows[0][0].value) if rows else 0


def refresh_ranks(gs: GraphStore) -> int:
    """Write the positions of every named query with ``# rank:`` (see :mod:`policykg.graph.ranks`).

    Args:
        gs: a store open for writing.

    Returns:
        How many positions were written.
    """
    ranked = [
        (q.rank, sorted_keys(gs, q, bind_params(q, dict(q.rank_params))))
        for q in named_queries().values()
        if q.rank
    ]
    return ranks.write(gs, ranked)


def _page(
    store: GraphStore, query: NamedQuery, text: str, bindings: dict[str, Any], limit: int | None, offset: int
) -> Result:
    """One page of a keyed named query: find the page's keys, then describe only those.

    With a fresh rank graph the keys are the positions ``offset…`` below the answer's
    count (one count and one range of integers); otherwise every key is read and sorted
    in Python. The rows are then read for the page's keys alone, ``VALUES`` bound, so a
    page of a query that lists half the corpus costs about as much as a narrow query.
    """
    if query.rank and ranks.is_fresh(store):
        total = _count_keys(store, query, bindings)
        chosen = ranks.page(store, query.rank, offset, total if limit is None else min(total, offset + limit))
    else:
        every = sorted_keys(store, query, bindings)
        total = len(every)
        chosen = every[offset : None if limit is None else offset + limit]
    parts = [
        _local(store, inject_values(text, bindings, query.key, chosen[start : start + VALUES_CHUNK]), {})
        for start in range(0, max(len(chosen), 1), VALUES_CHUNK)
    ]  # an empty page still runs once, for the columns
    result = parts[0]
    for part in parts[1:]:
        result.rows.extend(part.rows)
    sort_rows(result, query.order)
    result.total, result.offset = total, offset
    return result


def refuse_updates(text: str) -> None:
    """Refuse a SPARQL Update: queries here only read.

    Args:
        text: the query as the user gave it.

    Raises:
        QueryError: it is an update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP…).
    """
    m = _UPDATE.match(text)
    if m:
        raise QueryError(f"updates are not allowed here ({m.group('verb').upper()}): the store is read-only")


def run(
    text: str,
    *,
    params: dict[str, str] | None = None,
    query: NamedQuery | None = None,
    store: GraphStore | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    limit: int | None = None,
    offset: int = 0,
) -> Result:
    """Run a query on the embedded store or on a SPARQL 1.1 endpoint.

    Args:
        text: the query text (the ontology's prefixes are prepended).
        params: parameter strings, typed by ``query``'s declaration (or guessed).
        query: the named query ``text`` comes from, if any.
        store: an open store (embedded run).
        endpoint: a SPARQL endpoint URL (remote run); exactly one of store/endpoint.
        timeout: seconds to wait for a remote answer.
        limit: return at most this many rows (answers, for a keyed named query), or all.
        offset: skip this many first rows (answers) of the sorted answer.

    Returns:
        The rows; the columns of a named query's bound parameters are left out. With a
        limit or an offset, ``total`` says how many rows (answers) the whole answer has.

    Raises:
        QueryError: bad SPARQL, bad parameters, an unreachable or failing endpoint.
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    refuse_updates(text)
    bindings = bind_params(query, params or {})
    full = prefix_block() + text
    paged = limit is not None or offset > 0
    if (store is None) == (endpoint is None):
        raise QueryError("give exactly one of a store or an endpoint")
    if endpoint:
        result = _remote(endpoint, full, bindings, timeout)
    else:
        split = order_keys(full) if query is not None and query.order else None
        if split is not None:
            full = split[0]
        if query is not None and query.key and paged:
            result = _page(store, query, full, bindings, limit, offset)  # type: ignore[arg-type]
        elif query is not None and bindings:
            result = _local(store, inject_values(full, bindings), {})  # type: ignore[arg-type]
        else:
            result = _local(store, full, bindings)  # type: ignore[arg-type]
        if split is not None and result.total is None:
            # A keyed query's order ends with its key, which leaves no ties to break.
            result = sort_rows(result, split[1], ties=not query.key)  # type: ignore[union-attr]
    if paged and result.total is None:
        result.total, result.offset = len(result.rows), offset
        result.rows = result.rows[offset : None if limit is None else offset + limit]
    if bindings and query is not None:
        # A bound parameter's column only repeats the value given; optional ones left unbound stay.
        hidden = set(bindings)
        keep = [i for i, c in enumerate(result.columns) if c not in hidden]
        result = Result(
            [result.columns[i] for i in keep], [[row[i] for i in keep] for row in result.rows],
            result.total, result.offset,
        )  # fmt: skip
    return result


def run_named(
    name: str,
    params: dict[str, str] | None = None,
    *,
    store: GraphStore | None = None,
    endpoint: str | None = None,
    timeout: float = 60.0,
    limit: int | None = None,
    offset: int = 0,
) -> Result:
    """Run one named query.

    Args:
        name: the query's name (see :func:`named_queries`).
        params: its parameters as strings.
        store: an open store, or
        endpoint: a SPARQL endpoint URL.
        timeout: seconds to wait for a remote answer.
        limit: at most this many rows (answers), or all.
        offset: skip this many first rows (answers).

    Returns:
        The rows.
    """
    query = get_query(name)
    return run(
        query.text, params=params, query=query, store=store, endpoint=endpoint, timeout=timeout,
        limit=limit, offset=offset,
    )  # fmt: skip
