"""Named queries on a store of many similar files: answered in time, shared nodes described once.

Forty renamed copies of the real texts (``bench.multiply``) mention the same agencies,
cited documents and selectors. When each file's graph described those nodes again, a
join over them multiplied by the number of files (``evidence`` did not finish on ten
copies). The structural cause is checked below (shared nodes are described once); each
named query also gets a generous limit here, a guard against such a blow-up coming back,
not a speed figure (``bench/`` measures speed on 1,000 files).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from policykg.graph import iri, sparql
from policykg.graph.build import build
from policykg.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.multiply import make_corpus  # noqa: E402
from bench.run import _params_for, query_params  # noqa: E402

FILES = 40
#: Seconds per named query on the 40-file store: ten times what the slowest takes on
#: 1,000 files, far below what a join multiplied by the number of files takes.
TIME_LIMIT_S = 5.0

pytest.importorskip("policykg.extract.pipeline")


@pytest.fixture(scope="module")
def scale(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    corpus = make_corpus(FILES, folder / "corpus")
    summary = build([corpus], store=folder / "kg", jobs=2, status_date="2024-06-01")
    assert summary.failed == [] and summary.count("added") == FILES
    params = query_params(folder / "kg")
    with GraphStore.open(folder / "kg") as gs:
        yield gs, params


@pytest.mark.parametrize("name", sorted(sparql.named_queries()))
def test_named_query_answers_in_time_on_forty_files(scale, name):
    gs, available = scale
    query = sparql.get_query(name)
    params = _params_for(query, available)
    sparql.run_named(name, params, store=gs)  # warm the store's caches
    start = time.perf_counter()
    result = sparql.run_named(name, params, store=gs)
    elapsed = time.perf_counter() - start
    assert elapsed < TIME_LIMIT_S, f"{name} took {elapsed:.2f} s"
    assert result.rows, f"{name} found nothing with {params}"


def test_shared_nodes_are_described_once_in_the_union(scale):
    gs, _ = scale
    repeated = sparql.run(
        """SELECT ?node (COUNT(*) AS ?n) WHERE { ?node skos:prefLabel|eli:id_local|oa:exact ?value }
           GROUP BY ?node HAVING (COUNT(*) > 1) LIMIT 5""",
        store=gs,
    ).values()
    assert repeated == []
    graphs = {
        r[0]
        for r in sparql.run(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a org:Organization } }", store=gs
        ).values()
    }
    assert graphs == {iri.SHARED_GRAPH}


EVIDENCE_REFERENCE = """
SELECT DISTINCT ?number ?kind ?fact ?file ?start ?end ?quote WHERE {
  ?document eli:id_local ?number .
  { ?document pkg:evidence ?span . BIND(?document AS ?fact) BIND(eli:LegalResource AS ?class) }
  UNION
  { ?fact pkg:document ?document ; pkg:evidence ?span ; a ?class }
  ?span oa:hasSource ?file ; oa:hasSelector ?position .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?span oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?quote }
  BIND(REPLACE(STR(?class), "^.*[#/]", "") AS ?kind)
}"""


def test_evidence_gives_what_a_plain_join_gives(scale):
    gs, _ = scale
    titled = sparql.run(
        "SELECT DISTINCT ?n WHERE { ?d eli:id_local ?n ; eli:title ?t } ORDER BY ?n LIMIT 3", store=gs
    ).values()
    query = sparql.get_query("evidence")
    for (number,) in titled:
        named = sparql.run_named("evidence", {"number": number}, store=gs).values()
        plain = sparql.run(EVIDENCE_REFERENCE, params={"number": number}, query=query, store=gs).values()
        assert named and sorted(map(tuple, named)) == sorted(map(tuple, plain))
