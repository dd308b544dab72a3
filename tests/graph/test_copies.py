"""One document however many files carry it (#14).

A store holding the Jiaxing gazette three times — as its text, as the repository's PDF
of it and as a GB18030 copy — must answer every report, named query and explorer view
with the same rows and counts as a store holding one copy; its facts are stated once
(so no join multiplies by the number of copies), its evidence names every file, and
removing a copy leaves what the others carry.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from graph_records import GAZETTE
from policykg.graph import iri, reports, rows, sparql
from policykg.graph.build import build
from policykg.graph.store import GraphStore
from policykg.viz import explorer

PDF = Path(__file__).resolve().parents[1] / "data" / "inputs" / "jiaxing-gazette-2024-03.pdf"
PARAMS = {"agency": "市人社保局", "number": "嘉政办发〔2024〕5号", "date": "2024-06-01", "year": "2026"}
#: The named query that lists evidence: one row per fact and file, by design.
PER_FILE = {"evidence"}


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    """Three files of one gazette, a store of all three and a store of the PDF alone.

    The PDF's name sorts first, so it is the copy whose spans the reports show.
    """
    root = tmp_path_factory.mktemp("copies")
    text = root / "text" / GAZETTE.name
    pdf = root / "pdf" / PDF.name
    gb = root / "gb18030" / GAZETTE.name
    for path in (text, pdf, gb):
        path.parent.mkdir()
    shutil.copy(GAZETTE, text)
    shutil.copy(PDF, pdf)
    gb.write_bytes(GAZETTE.read_text(encoding="utf-8").encode("gb18030"))
    for name, files in (("one", [pdf]), ("three", [text, pdf, gb]), ("text", [text])):
        summary = build(files, store=root / f"store-{name}", status_date="2024-06-01")
        assert summary.count("added") == len(files), summary.line()
    return {"root": root, "text": text, "pdf": pdf, "gb": gb}


def _plain(rows: list[list[object]]) -> list[list[str | None]]:
    return [[None if t is None else getattr(t, "value", str(t)) for t in row] for row in rows]


def _snapshot(path: Path) -> dict[str, object]:
    """Every report, named query and explorer view of a store, as plain values."""
    out: dict[str, object] = {}
    with GraphStore.open(path) as gs:
        for name in sorted(sparql.named_queries()):
            query = sparql.get_query(name)
            params = {p.name: PARAMS[p.name] for p in query.params if not p.optional}
            result = sparql.run_named(name, params, store=gs)
            out[f"query {name}"] = (result.columns, _plain(result.rows))
        out["report agencies"] = reports.agencies_report(gs)
        out["report agency"] = reports.agency_report(gs, PARAMS["agency"]).to_dict()
        out["report targets"] = reports.targets_report(gs)
        out["report documents"] = reports.documents_report(gs, on="2024-06-01", cited=True)
        out["report network"] = reports.network_report(gs)
        out["ledger"] = reports.ledger_rows(gs)
        for view in explorer.VIEWS:
            g = explorer.collect(gs, view=view)
            out[f"explorer {view}"] = (g.nodes, g.edges, g.texts, g.counts(), g.notes)
    return out


@pytest.fixture(scope="module")
def snapshots(copies) -> dict[str, dict[str, object]]:
    return {name: _snapshot(copies["root"] / f"store-{name}") for name in ("one", "three", "text")}


def _names() -> list[str]:
    queries = [f"query {n}" for n in sorted(sparql.named_queries()) if n not in PER_FILE]
    reports_ = [f"report {n}" for n in ("agencies", "agency", "targets", "documents", "network")]
    return [*queries, *reports_, "ledger", *(f"explorer {v}" for v in explorer.VIEWS)]


@pytest.mark.parametrize("name", _names())
def test_three_copies_answer_as_one(snapshots, name):
    one, three = snapshots["one"][name], snapshots["three"][name]
    assert one, f"{name} is empty on one copy: the comparison would prove nothing"
    assert three == one


def test_the_copies_are_one_document_read_from_any_of_them(snapshots):
    """The text alone gives the PDF's rows but for where each task was read."""

    def without_sources(rows: dict[str, object]) -> dict[str, object]:
        return {**rows, "tasks": [{**t, "source": None} for t in rows["tasks"]]}

    one, text = snapshots["one"], snapshots["text"]
    for name in ("report agencies", "report targets", "report documents", "report network", "ledger"):
        assert text[name] == one[name], name
    assert without_sources(text["report agency"]) == without_sources(one["report agency"])


def test_evidence_names_every_file_once_per_fact(snapshots, copies):
    columns, one = snapshots["one"]["query evidence"]
    _, three = snapshots["three"]["query evidence"]
    file = columns.index("file")
    files = {iri.source_file(copies[k]) for k in ("text", "pdf", "gb")}
    assert {row[file] for row in three} == files
    for f in files:
        assert len([r for r in three if r[file] == f]) == len(one)
    assert sorted(r for r in three if r[file] == iri.source_file(copies["pdf"])) == sorted(one)


@pytest.mark.parametrize(
    "pattern",
    [
        "?s a pkg:Task",
        "?s pkg:text ?o",
        "?s pkg:qualifiedResponsibility ?o",
        "?s pkg:value ?o",
        "?s eli:title ?o",
        "?s eli:passed_by ?o",
        "?s skos:prefLabel ?o",
    ],
    ids=["task-type", "task-text", "responsibility", "target-value", "title", "issuer", "agency-name"],
)
def test_each_fact_is_stated_once_in_the_union(copies, pattern):
    """What makes the answers linear in copies: no fact triple comes back once per file."""
    counts = []
    for name in ("one", "three"):
        with GraphStore.open(copies["root"] / f"store-{name}") as gs:
            (row,) = gs.query(sparql.prefix_block() + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
            counts.append(int(row["n"].value))
    assert counts[0] > 0 and counts[1] == counts[0]


def test_tasks_name_the_first_file_by_name_whatever_the_load_order(copies):
    with GraphStore.open(copies["root"] / "store-three") as gs:
        files = {t.file for t in rows.tasks(gs).values()}
    assert files == {PDF.name}


def _quads(gs: GraphStore) -> set[str]:
    derived = {iri.STATUS_GRAPH, iri.RANK_GRAPH}
    return {str(q) for q in gs.quads() if getattr(q.graph_name, "value", None) not in derived}


def test_removing_copies_leaves_what_the_others_carry(copies, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(copies["root"] / "store-three", store)
    with GraphStore.open(copies["root"] / "store-one") as gs:
        expected = _quads(gs)
        agencies = reports.agencies_report(gs)
    with GraphStore.open(store, write=True) as gs:
        gs.remove_file(iri.source_file(copies["text"]))
        assert reports.agencies_report(gs) == agencies
        gs.remove_file(iri.source_file(copies["gb"]))
        # Exactly the store of the remaining copy: no description of the others is left.
        assert _quads(gs) == expected
        gs.remove_file(iri.source_file(copies["pdf"]))
        assert _quads(gs) == set()
