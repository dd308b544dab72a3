"""Acceptance on the shared gazette through the real extraction pipeline.

These depend on extraction (documents, citations, tasks, agencies); they check
what the issue promises once the graph is built from ``policykg build``.
"""

from __future__ import annotations

import shutil

import pytest
from graph_records import GAZETTE
from policykg.graph import sparql
from policykg.graph.build import build
from policykg.graph.export import store_graph, validate_graph
from policykg.graph.store import GraphStore
from policykg.graph.validity import Status, status_on

pytest.importorskip("policykg.extract.pipeline")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    folder = tmp_path_factory.mktemp("accept")
    source = folder / GAZETTE.name
    shutil.copy(GAZETTE, source)
    summary = build([source], store=folder / "kg", status_date="2024-06-01")
    assert summary.failed == [], summary.failed
    gs = GraphStore.open(folder / "kg", write=True)
    yield gs, source
    gs.close()


def test_building_again_is_a_no_op(real):
    gs, source = real
    before = gs.count()
    summary = build([source], store=gs)
    assert summary.count("unchanged") == 1 and gs.count() == before
    forced = build([source], store=gs, force=True)
    assert forced.count("replaced") == 1 and gs.count() == before
    assert gs.verify() == []


def test_every_evidence_quote_equals_the_raw_file(real):
    gs, source = real
    raw = source.read_text(encoding="utf-8")
    rows = sparql.run(
        """SELECT DISTINCT ?fact ?start ?end ?quote WHERE {
             ?fact a ?kind ; pkg:evidence ?span .
             VALUES ?kind { pkg:Task pkg:Target pkg:Citation pkg:Appointment eli:LegalResource }
             ?span oa:hasSelector ?p , ?q .
             ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?quote }""",
        store=gs,
    ).values()
    assert len(rows) > 20
    bad = [(f, s, e) for f, s, e, q in rows if raw[int(s) : int(e)] != q]
    assert bad == []


def test_graph_conforms_to_the_shapes(real):
    gs, _ = real
    outcome = validate_graph(store_graph(gs))
    assert outcome.conforms, outcome.report[:3000]


def test_5_implements_zhejiang_25(real):
    gs, _ = real
    rows = sparql.run_named("implements", {"number": "嘉政办发〔2024〕5号"}, store=gs).values()
    assert "浙政办发〔2023〕25号" in [r[1] for r in rows]


def test_2021_22_is_repealed_by_9_and_not_in_force_mid_2024(real):
    gs, _ = real
    rows = sparql.run_named("repealed", store=gs).values()
    assert ["嘉政发〔2021〕22号", "嘉政发〔2024〕9号"] in [[r[0], r[2]] for r in rows]
    assert status_on(gs, "嘉政发〔2021〕22号", "2024-06-01").status is Status.REPEALED
    numbers = [r[0] for r in sparql.run_named("in-force-on", {"date": "2024-06-01"}, store=gs).values()]
    assert "嘉政发〔2021〕22号" not in numbers and "嘉政发〔2024〕9号" in numbers


@pytest.mark.parametrize(("day", "status"), [("2025-01-01", Status.IN_FORCE), ("2027-01-01", Status.EXPIRED)])
def test_7_validity(real, day, status):
    gs, _ = real
    assert status_on(gs, "嘉政办发〔2024〕7号", day).status is status


def test_tasks_per_agency_puts_the_science_bureau_first(real):
    gs, _ = real
    result = sparql.run_named("tasks-per-agency", store=gs)
    assert result.values()[0][result.columns.index("name")] == "嘉兴市科学技术局"


def test_two_spellings_of_the_hr_bureau_are_one_node(real):
    gs, _ = real
    a = {r[0] for r in sparql.run_named("agency", {"agency": "市人社保局"}, store=gs).values()}
    b = {r[0] for r in sparql.run_named("agency", {"agency": "市人力社保局"}, store=gs).values()}
    assert len(a) == 1 and a == b
