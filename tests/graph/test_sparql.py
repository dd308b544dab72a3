"""Named queries: declared, fast, parameters bound as terms, same rows whichever way they are bound."""

from __future__ import annotations

import time

import pytest
from policykg.errors import NotFoundError, QueryError
from policykg.graph import sparql

PARAMS = {"agency": "市人社保局", "number": "嘉政办发〔2024〕5号", "date": "2024-06-01", "year": "2026"}
TIME_LIMIT_S = 2.0  # on a few hundred triples; the 474 s path trap would blow it by orders of magnitude


def _params(query: sparql.NamedQuery) -> dict[str, str]:
    return {p.name: PARAMS[p.name] for p in query.params if not p.optional}


def test_at_least_ten_named_queries_each_described():
    queries = sparql.named_queries()
    assert len(queries) >= 10
    for q in queries.values():
        assert q.description and len(q.description) < 120


@pytest.mark.parametrize("name", sorted(sparql.named_queries()))
def test_named_query_answers_within_the_time_limit(built, name):
    query = sparql.get_query(name)
    start = time.perf_counter()
    result = sparql.run_named(name, _params(query), store=built)
    assert time.perf_counter() - start < TIME_LIMIT_S
    assert result.columns


@pytest.mark.parametrize("name", sorted(sparql.named_queries()))
def test_values_injection_gives_the_substitution_rows(built, name):
    query = sparql.get_query(name)
    params = _params(query)
    bound = sparql.run_named(name, params, store=built)
    terms = sparql.bind_params(query, params)
    injected = sparql.run(sparql.inject_values(query.text, terms), store=built)
    keep = [injected.columns.index(c) for c in bound.columns]
    assert [[row[i] for i in keep] for row in injected.rows] == bound.rows


@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        ("implements", {"number": "嘉政办发[2024]5 号"}, "implementedNumber", ["浙政办发〔2023〕25号"]),
        ("citing", {"number": "嘉政发〔2021〕22号"}, "citingNumber", ["嘉政发〔2024〕9号"]),
        ("repealed", {}, "repealedNumber", ["嘉政发〔2021〕22号"]),
        ("repealed", {}, "repealedBy", ["嘉政发〔2024〕9号"]),
        ("tasks-of-agency", {"agency": "市人社保局"}, "index", ["1", "3"]),
        ("tasks-of-agency", {"agency": "市人力社保局"}, "index", ["1", "3"]),
        ("tasks-of-agency", {"agency": "嘉兴市人力资源和社会保障局"}, "index", ["1", "3"]),
        (
            "co-responsible",
            {"agency": "市人社保局"},
            "name",
            ["嘉兴市科学技术局", "中共嘉兴市委组织部", "嘉兴市科创人才集团"],
        ),
        ("targets-due-by", {"year": "2026"}, "indicator", ["全市规上制造业企业研发活动覆盖率"]),
        ("targets-due-by", {"year": "2025"}, "indicator", []),
        ("targets-of-agency", {"agency": "市科技局"}, "value", ["92"]),
        ("appointments", {}, "person", ["朱海林"]),
        (
            "in-force-on",
            {"date": "2024-06-01"},
            "number",
            ["嘉政办发〔2024〕5号", "嘉政办发〔2024〕7号", "嘉政发〔2024〕9号"],
        ),
        ("in-force-on", {"date": "2027-01-01"}, "number", ["嘉政办发〔2024〕5号", "嘉政发〔2024〕9号"]),
        ("status-on", {"date": "2024-06-01", "number": "嘉政发〔2021〕22号"}, "status", ["repealed"]),
        ("status-on", {"date": "2025-01-01", "number": "嘉政办发〔2024〕7号"}, "status", ["in force"]),
        ("status-on", {"date": "2027-01-01", "number": "嘉政办发〔2024〕7号"}, "status", ["expired"]),
        (
            "status-on",
            {"date": "2024-03-01", "number": "嘉政办发〔2024〕7号"},
            "status",
            ["not yet in force"],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_named_query_facts(built, name, params, column, expected):
    result = sparql.run_named(name, params, store=built)
    got = [row[result.columns.index(column)] for row in result.values()]
    assert got == expected


def test_tasks_per_agency_counts_roles(built):
    result = sparql.run_named("tasks-per-agency", store=built)
    rows = [dict(zip(result.columns, r, strict=True)) for r in result.values()]
    assert rows[0]["name"] == "嘉兴市科学技术局"
    assert (rows[0]["tasks"], rows[0]["lead"], rows[0]["responsible"]) == ("4", "1", "3")
    shangwu = next(r for r in rows if r["name"] == "嘉兴市商务局")
    assert shangwu["support"] == "1"


def test_two_aliases_are_one_agency_node(built):
    a = sparql.run_named("agency", {"agency": "市人社保局"}, store=built).values()
    b = sparql.run_named("agency", {"agency": "市人力社保局"}, store=built).values()
    assert {r[0] for r in a} == {r[0] for r in b} and len({r[0] for r in a}) == 1


@pytest.mark.parametrize(
    "hostile",
    ['市科技局" } } ; DROP ALL ; #', "市科技局> . ?s ?p ?o", "\\u0022) } UNION { ?x ?y ?z"],
    ids=["quote-close", "iri-close", "escaped-quote"],
)
def test_parameters_are_terms_not_text(built, hostile):
    before = built.count()
    assert sparql.run_named("tasks-of-agency", {"agency": hostile}, store=built).rows == []
    terms = sparql.bind_params(sparql.get_query("tasks-of-agency"), {"agency": hostile})
    assert (
        sparql.run(sparql.inject_values(sparql.get_query("tasks-of-agency").text, terms), store=built).rows
        == []
    )
    assert built.count() == before


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("tasks-of-agency", {}, "needs --param agency"),
        ("tasks-of-agency", {"agency": "x", "colour": "red"}, "takes no parameter colour"),
        ("status-on", {"date": "June 1st"}, "not a date"),
        ("targets-due-by", {"year": "soon"}, "not an integer"),
    ],
    ids=["missing", "unknown", "bad-date", "bad-year"],
)
def test_bad_parameters_are_refused(built, name, params, message):
    with pytest.raises(QueryError, match=message):
        sparql.run_named(name, params, store=built)


def test_unknown_query_is_not_found(built):
    with pytest.raises(NotFoundError, match="sparql --list"):
        sparql.run_named("no-such-query", store=built)


def test_bad_sparql_is_a_query_error(built):
    with pytest.raises(QueryError, match="bad SPARQL"):
        sparql.run("SELECT WHERE {", store=built)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("ASK { ?s a pkg:Task }", ["ask"]),
        ("CONSTRUCT { ?s a pkg:Task } WHERE { ?s a pkg:Task }", ["subject", "predicate", "object"]),
    ],
    ids=["ask", "construct"],
)
def test_other_query_forms_give_rows(built, text, form):
    assert sparql.run(text, store=built).columns == form


def test_rows_sorted_in_python_follow_order_by():
    import pyoxigraph as ox

    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    rows = [
        [ox.Literal("9", datatype=integer), ox.Literal("b")],
        [ox.Literal("10", datatype=integer), ox.Literal("a")],
        [ox.Literal("9", datatype=integer), None],
        [ox.Literal("10", datatype=integer), ox.Literal("c")],
    ]
    text, keys = sparql.order_keys("SELECT * WHERE { ?s ?p ?o }\nORDER BY DESC(?n) ?name\n")
    assert "ORDER" not in text and keys == (("n", True), ("name", False))
    ordered = sparql.sort_rows(sparql.Result(["n", "name"], rows), keys).values()
    assert ordered == [["10", "a"], ["10", "c"], ["9", None], ["9", "b"]]


def test_order_python_needs_a_plain_order_by():
    with pytest.raises(QueryError):
        sparql._parse_header("x", "# description: x\n# order: python\nSELECT * WHERE { ?s ?p ?o }\n")
    assert sparql.get_query("targets-due-by").order == (("deadline", False), ("target", False))
