"""Loading into the store: idempotent, replace-on-change, one node per canonical key, evidence everywhere, atomic, locked."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from graph_records import GAZETTE, gazette_records, raw_text
from policykg.errors import StoreError
from policykg.extract.records import Citation, Document, Relation, Source
from policykg.graph import iri, sparql
from policykg.graph.build import load_records
from policykg.graph.store import GraphStore, StoreLock

EVIDENCE = """
SELECT DISTINCT ?fact ?file ?start ?end ?quote WHERE {
  ?fact pkg:evidence ?span .
  ?span oa:hasSource ?file ; oa:hasSelector ?p , ?q .
  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?q a oa:TextQuoteSelector ; oa:exact ?quote .
}"""


def _count(gs: GraphStore) -> int:
    return gs.count()


def test_loading_twice_changes_nothing(built, gazette_copy):
    before = _count(built)
    raw = raw_text(gazette_copy)
    load_records(built, gazette_records(raw), path=gazette_copy, raw=raw)
    assert _count(built) == before > 300
    assert built.verify() == []


def test_changed_file_replaces_its_graph(built, gazette_copy):
    raw = raw_text(gazette_copy)
    fewer = [r for r in gazette_records(raw) if not isinstance(r, Citation)]
    load_records(built, fewer, path=gazette_copy, raw=raw, sha256="0" * 64)
    fresh = GraphStore.memory()
    load_records(fresh, fewer, path=gazette_copy, raw=raw, sha256="0" * 64)
    assert _count(built) == _count(fresh)
    rows = sparql.run("SELECT ?c WHERE { ?c a pkg:Citation }", store=built).rows
    assert rows == []
    assert [s.sha256 for s in built.files()] == ["0" * 64]


def _citing_file(tmp_path: Path, name: str, number: str) -> tuple[Path, list]:
    text = f"为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》(浙政办发〔2023〕25 号)要求,制定本意见。{number}"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    quote = "浙政办发〔2023〕25 号"
    start = text.index(quote)
    records = [
        Document(
            number,
            f"关于{name}的意见",
            ("嘉兴市人民政府办公室",),
            "2024-02-21",
            source=Source(text.index(number), text.index(number) + len(number), number),
        ),
        Citation(
            number,
            quote,
            "浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见",
            Relation.IMPLEMENTS,
            document_key=number,
            source=Source(start, start + len(quote), quote),
        ),
    ]
    return path, records


def test_two_files_citing_one_document_share_its_node(tmp_path):
    gs = GraphStore.memory()
    for name, number in [("a.txt", "嘉政办发〔2024〕5号"), ("b.txt", "平政办发〔2024〕11号")]:
        path, records = _citing_file(tmp_path, name, number)
        load_records(gs, records, path=path, raw=path.read_text(encoding="utf-8"))
    nodes = sparql.run(
        'SELECT DISTINCT ?d WHERE { ?d eli:id_local "浙政办发〔2023〕25号" }', store=gs
    ).values()
    assert nodes == [[iri.document("浙政办发〔2023〕25号")]]
    citing = sparql.run_named("citing", {"number": "浙政办发[2023]25号"}, store=gs).values()
    assert sorted(r[1] for r in citing) == ["嘉政办发〔2024〕5号", "平政办发〔2024〕11号"]
    assert len(gs.files()) == 2


def test_every_evidence_quote_is_the_raw_text_at_its_offsets(built, gazette_copy):
    raw = raw_text(gazette_copy)
    rows = sparql.run(EVIDENCE, store=built).values()
    assert len(rows) == len(gazette_records(raw))
    for fact, file, start, end, quote in rows:
        assert file == gazette_copy.resolve().as_uri()
        assert raw[int(start) : int(end)] == quote, fact


@pytest.mark.parametrize("kind", ["Task", "Target", "Citation", "Appointment"])
def test_every_fact_of_a_kind_has_evidence(built, kind):
    missing = sparql.run(
        f"SELECT ?f WHERE {{ ?f a pkg:{kind} FILTER NOT EXISTS {{ ?f pkg:evidence ?e }} }}", store=built
    ).rows
    present = sparql.run(f"SELECT ?f WHERE {{ ?f a pkg:{kind} }}", store=built).rows
    assert present and not missing


def test_dict_records_build_the_same_graph_as_dataclasses(raw):
    records = gazette_records(raw)
    as_objects = GraphStore.memory()
    load_records(as_objects, records, path=GAZETTE, raw=raw)
    as_dicts = GraphStore.memory()
    load_records(as_dicts, [r.to_dict() for r in records], path=GAZETTE, raw=raw)
    assert set(as_objects.quads()) == set(as_dicts.quads())


def test_a_failed_load_leaves_the_store_unchanged(built, gazette_copy):
    before = set(built.quads())
    with pytest.raises(StoreError):
        built.replace_file(gazette_copy.resolve().as_uri(), ["<urn:a> <urn:b> not-a-term"], sha256="1" * 64)
    assert set(built.quads()) == before


def test_writing_a_served_store_is_refused(tmp_path, built):
    built.close()
    lock = StoreLock(
        tmp_path / "store", exclusive=False, create=True, note="policykg serve, pid 1, port 7878"
    ).acquire()
    try:
        with pytest.raises(StoreError, match="serve"):
            GraphStore.open(tmp_path / "store", write=True)
    finally:
        lock.release()
    GraphStore.open(tmp_path / "store", write=True).close()


def test_reading_a_missing_store_says_so(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        GraphStore.open(tmp_path / "nothing")


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from graph_records import gazette_records, raw_text, GAZETTE
    from policykg.graph.build import load_records
    from policykg.graph.store import GraphStore
    from pathlib import Path
    raw = raw_text()
    records = gazette_records(raw)
    gs = GraphStore.open({store!r}, write=True)
    i = 0
    while True:
        load_records(gs, records, path=Path({src!r}) / f"copy-{{i % 40}}.txt", raw=raw, sha256=f"{{i:064d}}")
        i += 1
        if i == 5:
            print("loading", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_mid_build_leaves_every_file_whole_or_absent(tmp_path):
    store = tmp_path / "store"
    script = KILL_SCRIPT.format(tests=str(Path(__file__).parent), store=str(store), src=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "loading"
        time.sleep(1.0)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with GraphStore.open(store, write=True) as gs:
        states = gs.files()
        assert len(states) >= 5
        assert gs.verify() == []
        counts = {gs.count(s.iri) for s in states}
        assert len(counts) == 1  # every graph holds the whole file


def test_status_graph_gives_eli_in_force(built):
    from policykg.graph.validity import refresh_status

    refresh_status(built, "2024-06-01")
    rows = dict(
        sparql.run("SELECT ?n ?s WHERE { ?d eli:id_local ?n ; eli:in_force ?s }", store=built).values()
    )
    assert rows["嘉政发〔2021〕22号"].endswith("InForce-notInForce")
    assert rows["嘉政办发〔2024〕7号"].endswith("InForce-inForce")
    # The derived graph is replaced, not appended to.
    refresh_status(built, "2027-01-01")
    rows = dict(
        sparql.run("SELECT ?n ?s WHERE { ?d eli:id_local ?n ; eli:in_force ?s }", store=built).values()
    )
    assert rows["嘉政办发〔2024〕7号"].endswith("InForce-notInForce")


def test_quads_are_pyoxigraph_terms(built):
    q = next(built.quads())
    assert isinstance(q, ox.Quad) and isinstance(q.graph_name, ox.NamedNode)
    assert dataclasses.is_dataclass(built.files()[0])


def test_files_handed_ahead_come_back_in_order_under_a_byte_bound(tmp_path, monkeypatch):
    # With two workers the writer hands files out ahead, bounded by a count and by the size
    # of the inputs waiting; with a bound of one byte only two files per worker wait. Every
    # file still comes back once, in order, with what it holds (a missing one as its error).
    from policykg.graph import build as build_module

    monkeypatch.setattr(build_module, "AHEAD_BYTES", 1)
    text = raw_text()
    paths = []
    for i in range(7):
        p = tmp_path / f"g{i}.txt"
        p.write_text(text.replace("嘉兴市人民政府", f"嘉兴市人民政府{'　' * i}", 1), encoding="utf-8")
        paths.append(p)
    missing = tmp_path / "gone.txt"
    paths.insert(3, missing)
    out = list(build_module._prepared_in_order(paths, jobs=2))
    assert [p for p, _ in out] == paths
    assert isinstance(out[3][1], Exception)
    shas = {r[0].sha256 for p, r in out if p != missing}
    assert len(shas) == 7
    assert all(r[0].count > 1000 for p, r in out if p != missing)
