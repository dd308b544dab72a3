"""Pages of corpus-wide answers: the same rows in the same order as the whole answer.

``targets-due-by`` is read a page at a time: the build ranks every target
(``policykg.graph.ranks``), a page is a range of those positions, and when the ranks
are stale the page is cut from keys sorted in Python. Both ways must give exactly the
rows of the whole answer, in its order.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from policykg.cli import cli
from policykg.graph import iri, ranks, sparql
from policykg.graph.build import build
from policykg.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.multiply import make_corpus  # noqa: E402

pytest.importorskip("policykg.extract.pipeline")


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paging")
    corpus = make_corpus(12, folder / "corpus")
    summary = build([corpus], store=folder / "kg", status_date="2024-06-01")
    assert summary.failed == []
    return corpus, folder / "kg"


def _years(gs: GraphStore) -> list[int]:
    rows = sparql.run(
        "SELECT DISTINCT ?d WHERE { ?t a pkg:Target ; pkg:deadline ?d }", store=gs
    ).values()
    return sorted({int(r[0][:4]) for r in rows if r[0][:4].isdigit()})


def _pages(gs: GraphStore, year: int, size: int) -> tuple[list[list[str | None]], set[int | None]]:
    rows, totals, offset = [], set(), 0
    while True:
        page = sparql.run_named("targets-due-by", {"year": str(year)}, store=gs, limit=size, offset=offset)
        totals.add(page.total)
        if not page.rows:
            return rows, totals
        rows += page.values()
        offset += size


def test_pages_put_together_are_the_whole_answer_in_order(corpus_store):
    _, store = corpus_store
    with GraphStore.open(store) as gs:
        assert ranks.is_fresh(gs)
        years = _years(gs)
        assert len(years) >= 5
        for year in (years[0], years[len(years) // 2], years[-1] - 1, years[-1]):
            whole = sparql.run_named("targets-due-by", {"year": str(year)}, store=gs)
            assert whole.total is None
            rows, totals = _pages(gs, year, 37)
            assert rows == whole.values(), year
            assert totals == {len(whole.rows)}
        # Rows run by deadline, then by target IRI with its position read as a number.
        keys = [(r[0], r[-1].rsplit("/target/", 1)[0], int(r[-1].rsplit("/", 1)[1])) for r in whole.values()]
        assert keys == sorted(keys)


def test_the_keys_query_lists_exactly_the_answers_targets(corpus_store):
    _, store = corpus_store
    with GraphStore.open(store) as gs:
        query = sparql.get_query("targets-due-by")
        for year in _years(gs):
            params = {"year": str(year)}
            keys = [k.value for k in sparql.sorted_keys(gs, query, sparql.bind_params(query, params))]
            answer = sparql.run_named("targets-due-by", params, store=gs).values()
            assert keys == list(dict.fromkeys(r[-1] for r in answer)), year


def test_each_years_answer_is_a_prefix_of_the_ranked_order(corpus_store):
    _, store = corpus_store
    with GraphStore.open(store) as gs:
        query = sparql.get_query("targets-due-by")
        widest = sparql.sorted_keys(gs, query, sparql.bind_params(query, dict(query.rank_params)))
        assert ranks.page(gs, query.rank, 0, len(widest) + 5) == widest
        for year in _years(gs):
            keys = sparql.sorted_keys(gs, query, sparql.bind_params(query, {"year": str(year)}))
            assert widest[: len(keys)] == keys, year


def test_stale_ranks_are_not_used_and_the_next_build_repairs_them(corpus_store, tmp_path):
    corpus, store = corpus_store
    copy = tmp_path / "kg"
    with GraphStore.open(store) as gs, GraphStore.open(copy, write=True) as target:
        target.store.bulk_extend(gs.quads())
    with GraphStore.open(copy, write=True) as gs:
        assert ranks.is_fresh(gs)
        before = sparql.run_named("targets-due-by", {"year": "2024"}, store=gs, limit=50, offset=20)
        # A file leaves the store as a build stopped after loading would leave it: the
        # ranks no longer match the files and pages are sorted from the keys instead.
        removed = gs.files()[0].iri
        gs.remove_file(removed)
        assert not ranks.is_fresh(gs)
        after = sparql.run_named("targets-due-by", {"year": "2024"}, store=gs, limit=50, offset=20)
        whole = sparql.run_named("targets-due-by", {"year": "2024"}, store=gs).values()
        assert after.values() == whole[20:70]
        assert after.total == len(whole) < before.total
    # Nothing changed on disk, but the ranks are stale: the build writes them again.
    summary = build([corpus], store=copy, status_date="2024-06-01")
    assert summary.failed == []
    with GraphStore.open(copy) as gs:
        assert ranks.is_fresh(gs)
        assert sparql.run_named("targets-due-by", {"year": "2024"}, store=gs, limit=50, offset=20).values() == (
            before.values()
        )


def test_the_rank_graph_is_left_out_of_shared_node_cleanup_and_conforms(corpus_store):
    _, store = corpus_store
    with GraphStore.open(store) as gs:
        ranked = sparql.run(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri.RANK_GRAPH}> {{ ?t pkg:dueRank ?r }} }}", store=gs
        ).values()[0][0]
        targets = sparql.run(
            """SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a pkg:Target ; pkg:deadline ?d
               FILTER (xsd:integer(SUBSTR(STR(?d), 1, 4)) <= 9999) }""",
            store=gs,
        ).values()[0][0]
        assert int(ranked) == int(targets) > 0
        not_targets = sparql.run(
            f"""SELECT ?t WHERE {{ GRAPH <{iri.RANK_GRAPH}> {{ ?t pkg:dueRank ?r }}
                FILTER NOT EXISTS {{ ?t a pkg:Target }} }} LIMIT 1""",
            store=gs,
        ).values()
        assert not_targets == []


def test_sorting_reads_a_trailing_number_of_an_iri_as_a_number():
    import pyoxigraph as ox

    base = "https://w3id.org/policykg/id/document/x/target/"
    rows = [[ox.NamedNode(base + n)] for n in ("10", "2", "1", "x")]
    ordered = sparql.sort_rows(sparql.Result(["t"], rows), (("t", False),)).values()
    assert [r[0].rsplit("/", 1)[1] for r in ordered] == ["1", "2", "10", "x"]


def test_the_table_shows_one_page_and_says_how_to_get_the_rest(corpus_store):
    _, store = corpus_store
    runner = CliRunner()
    base = ["sparql", "--store", str(store), "--name", "targets-due-by", "--param", "year=2030"]
    with GraphStore.open(store) as gs:
        total = len(sparql.run_named("targets-due-by", {"year": "2030"}, store=gs).rows)
    assert total > 10
    table = runner.invoke(cli, [*base, "--limit", "10"])
    assert table.exit_code == 0, table.output
    assert f"rows 1–10 of {total:,}; next page: --offset 10; every row: --limit 0" in table.output
    last = runner.invoke(cli, [*base, "--limit", "10", "--offset", str(total - 3)])
    assert f"rows {total - 2:,}–{total:,} of {total:,}" in last.output
    assert "next page" not in last.output
    csv_all = runner.invoke(cli, [*base, "--format", "csv"])
    assert csv_all.exit_code == 0 and len(csv_all.stdout.splitlines()) == total + 1
    csv_page = runner.invoke(cli, [*base, "--format", "csv", "--limit", "5", "--offset", "5"])
    assert len(csv_page.stdout.splitlines()) == 6
    assert "rows 6–10 of" in csv_page.stderr
    bad = runner.invoke(cli, [*base, "--limit", "-1"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_a_page_of_any_query_is_a_slice_of_its_sorted_answer(corpus_store):
    _, store = corpus_store
    with GraphStore.open(store) as gs:
        whole = sparql.run_named("documents", store=gs)
        page = sparql.run_named("documents", store=gs, limit=7, offset=3)
        assert page.total == len(whole.rows)
        assert page.values() == whole.values()[3:10]


def test_a_compacted_store_holds_the_same_triples(corpus_store, tmp_path, monkeypatch):
    corpus, store = corpus_store
    from policykg.graph import build as build_module

    calls = []
    original = GraphStore.optimize
    monkeypatch.setattr(GraphStore, "optimize", lambda self: (calls.append(1), original(self))[1])
    monkeypatch.setattr(build_module, "COMPACT_AFTER", 5)  # a build adding 12 files compacts
    summary = build([corpus], store=tmp_path / "kg", status_date="2024-06-01")
    assert calls == [1] and summary.failed == []
    with GraphStore.open(store) as plain, GraphStore.open(tmp_path / "kg") as compacted:
        assert compacted.count() == plain.count()
        assert compacted.verify() == [] and ranks.is_fresh(compacted)
    # An unchanged rebuild adds nothing, so it does not compact again.
    build([corpus], store=tmp_path / "kg", status_date="2024-06-01")
    assert calls == [1]
