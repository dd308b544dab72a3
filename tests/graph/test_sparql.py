"""Named queries: declared, fast, parameters bound as terms, same rows whichever way they are bound."""

from __future__ import annotations

import re
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
        ("status-on", {"date": "2024-13-45"}, "no such day"),
        ("status-on", {"date": "2023-02-29"}, "no such day"),
        ("targets-due-by", {"year": "soon"}, "not a year"),
        ("targets-due-by", {"year": "25"}, "not a year"),
        ("targets-due-by", {"year": "20250"}, "not a year"),
    ],
    ids=["missing", "unknown", "words-for-date", "month-13", "feb-29-of-common-year", "words-for-year",
         "two-digit-year", "five-digit-year"],
)  # fmt: skip
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


@pytest.mark.parametrize(
    ("sparql_args", "report_args", "message"),
    [
        (["-n", "status-on", "-p", "date=2024-13-45"], ["documents", "--on", "2024-13-45"], "no such day"),
        (["-n", "status-on", "-p", "date=2024-6-1"], ["documents", "--on", "2024-6-1"], "not a date (YYYY-MM-DD)"),
        (["-n", "targets-due-by", "-p", "year=20250"], ["targets", "--due", "20250"], "not a year"),
        (["-n", "targets-due-by", "-p", "year=next"], ["targets", "--due", "next"], "not a year"),
    ],
    ids=["impossible-date", "unpadded-date", "five-digit-year", "word-for-year"],
)  # fmt: skip
def test_sparql_and_report_check_a_parameter_the_same_way(built, sparql_args, report_args, message):
    from click.testing import CliRunner
    from policykg.cli import cli

    folder = built.path
    built.close()
    runs = [
        CliRunner().invoke(cli, ["sparql", *sparql_args, "--store", str(folder)]),
        CliRunner().invoke(cli, ["report", *report_args, "--store", str(folder)]),
    ]
    for result in runs:
        assert result.exit_code != 0 and message in result.output, result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-13-45^^xsd:date", "no such day"),
        ("2024/06/01^^xsd:date", "not a date (YYYY-MM-DD)"),
        ("24^^xsd:gYear", "not a year"),
        ("twelve^^xsd:integer", "not an integer"),
        ("1.5^^xsd:nonNegativeInteger", "not an integer"),
    ],
    ids=[
        "impossible-date",
        "slashed-date",
        "two-digit-year",
        "word-for-integer",
        "decimal-for-integer-subtype",
    ],
)
def test_typed_parameters_of_an_ad_hoc_query_are_checked_the_same_way(built, value, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        sparql.run("SELECT ?x WHERE { ?s ?p ?x }", params={"x": value}, store=built)


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("2024-06-01^^xsd:date", '"2024-06-01"^^<http://www.w3.org/2001/XMLSchema#date>'),
        ("2026^^xsd:gYear", '"2026"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
        ("40^^xsd:integer", '"40"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("3.4^^xsd:decimal", '"3.4"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    ],
    ids=["date", "year", "integer", "decimal-unchecked"],
)
def test_valid_typed_parameters_keep_their_type(value, term):
    assert str(sparql.guess_term(value)) == term


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX ex: <http://example.org/ns#>\nDELETE WHERE { ?s ex:p ?o }",
        "# drop everything\nprefix : <urn:x#> drop all",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "BASE <http://example.org/>\nLOAD <http://example.org/data.ttl>",
        "clear default",
    ],
    ids=["insert-data", "prefixed-delete-where", "comment-then-lowercase-drop", "with-delete", "base-load", "clear"],
)  # fmt: skip
def test_updates_are_refused_as_updates(built, text):
    before = built.count()
    with pytest.raises(QueryError, match="updates are not allowed here"):
        sparql.run(text, store=built)
    assert built.count() == before


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { ?s ?p ?o } # INSERT DATA in a comment",
        'SELECT ?d WHERE { ?d eli:title "DELETE" }',
        "PREFIX insert: <urn:x#>\nSELECT ?s WHERE { ?s insert:p ?o }",
    ],
    ids=["verb-in-comment", "verb-in-literal", "verb-as-prefix-name"],
)  # fmt: skip
def test_queries_that_mention_an_update_verb_still_run(built, text):
    assert sparql.run(text, store=built).columns


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("SELECT ?s WHERE {\n  ?s ?p\n}", "3:"),
        ("SELECT ?s WHERE { ?s eli:title ?t . FILTER(?t = ) }", "1:"),
        ("PREFIX ex: <http://example.org/>\nSELECT ?s\nWHERE { ?s ex:p ?o ?x }", "3:"),
    ],
    ids=["third-line", "first-line", "own-prefix-then-third-line"],
)  # fmt: skip
def test_error_positions_count_from_the_first_line_of_the_query(built, text, position):
    with pytest.raises(QueryError) as caught:
        sparql.run(text, store=built)
    found = re.search(r"\b(\d+):(\d+)\b", str(caught.value))
    assert found, str(caught.value)
    assert f"{found.group(1)}:{found.group(2)}".startswith(position), str(caught.value)
    assert int(found.group(1)) <= text.count("\n") + 1
