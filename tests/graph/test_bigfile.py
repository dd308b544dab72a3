"""Very large files: their triples are spilled to disk and bulk-loaded from there.

A file of more than ``SPILL_RECORDS`` records is mapped by
:func:`policykg.graph.rdf.spill_parts`, which writes the lines of
:func:`policykg.graph.rdf.record_parts` to two files as they are made. The store must
not tell the two paths apart: the same quads, the same recorded counts, for one and two
processes, for a file added and a file replaced; and no spill folder stays behind.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from graph_records import CORPUS, GAZETTE
from policykg.extract.pipeline import extract_path
from policykg.graph import build as build_module
from policykg.graph import iri, rdf
from policykg.graph import store as store_module
from policykg.graph.build import build
from policykg.graph.store import SPILL_FOLDERS, GraphStore

DAY = "2024-06-01"

if not GAZETTE.exists():
    pytest.skip("the shared corpus is not next to this checkout", allow_module_level=True)

#: Real files of different forms.
FORMS = {
    "gazette-of-many-documents": GAZETTE,
    "state-council-notice-with-task-list": CORPUS / "dev" / "02_stcouncil_zero_waste_city.txt",
    "provincial-repeal-list": CORPUS / "dev" / "36_shandong_2016_repeal_rules_by_order_number.txt",
    "municipal-plan": CORPUS / "dev" / "13_shanghai_city_sponge.txt",
}


@pytest.mark.parametrize("path", list(FORMS.values()), ids=list(FORMS))
def test_spilled_lines_are_the_lines_of_record_parts(path: Path, monkeypatch) -> None:
    # Tiny chunks and a tiny IRI cache, so that every buffer is written and emptied many times.
    monkeypatch.setattr(rdf._SpillingEmitter, "CHUNK", 7)
    monkeypatch.setattr(rdf._SpillingEmitter, "IRI_CACHE", 50)
    extraction = extract_path(path)
    file_iri = iri.source_file(extraction.path)
    parts = rdf.record_parts(extraction.records, file_iri=file_iri, raw=extraction.raw)
    own, shared = io.StringIO(), io.StringIO()
    count = rdf.spill_parts(extraction.records, file_iri=file_iri, raw=extraction.raw, own=own, shared=shared)
    own_lines = own.getvalue().split(" .\n")
    shared_lines = shared.getvalue().split(" .\n")
    assert own_lines[-1] == "" and shared_lines[-1] == ""
    assert sorted(own_lines[:-1]) == sorted(parts.own)
    assert sorted(shared_lines[:-1]) == sorted(parts.shared)
    assert count == len(parts.own)
    assert extraction.records == []  # read once, then released


def _folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for src in FORMS.values():
        shutil.copy(src, folder / src.name)
    return folder


def _store(path: Path) -> tuple[set[str], list]:
    with GraphStore.open(path) as gs:
        assert gs.verify() == []
        return {str(q) for q in gs.quads()}, gs.files()


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-processes"])
def test_a_spilled_build_holds_what_an_ordinary_build_holds(tmp_path: Path, monkeypatch, jobs: int) -> None:
    corpus = _folder(tmp_path / "corpus")
    ordinary = tmp_path / "ordinary"
    build([corpus], store=ordinary, status_date=DAY, jobs=jobs)
    spilled_at: list[str] = []
    real = rdf.spill_parts

    def spy(*args, **kwargs):
        spilled_at.append(kwargs["file_iri"])
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "SPILL_RECORDS", 5)  # every file here has more records
    monkeypatch.setattr(store_module, "LOAD_PIECE", 200_000)  # each spill file loaded in many pieces
    monkeypatch.setattr(build_module, "spill_parts", spy)
    spilled = tmp_path / "spilled"
    summary = build([corpus], store=spilled, status_date=DAY, jobs=jobs)
    assert summary.count("added") == len(FORMS) and not summary.failed
    if jobs == 1:  # the workers' calls are not seen here
        assert len(spilled_at) == len(FORMS)
    assert _store(spilled) == _store(ordinary)
    assert not list(spilled.glob(SPILL_FOLDERS))

    # A changed file is replaced through the spill path; the store equals an ordinary build of it.
    changed = corpus / GAZETTE.name
    changed.write_text(changed.read_text(encoding="utf-8").replace("嘉兴市", "湖州市"), encoding="utf-8")
    again = build([corpus], store=spilled, status_date=DAY, jobs=jobs)
    assert again.count("replaced") == 1 and again.count("unchanged") == len(FORMS) - 1
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    build([corpus], store=fresh, status_date=DAY, jobs=jobs)
    assert _store(spilled) == _store(fresh)


def test_a_writer_removes_the_spill_folders_a_killed_build_left(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    build([GAZETTE], store=store, status_date=DAY)
    left = store / "spill-x1"
    left.mkdir()
    (left / "0.own.nt").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    with GraphStore.open(store, write=True):
        assert not left.exists()
