"""The annotated document view marks 文号 where the store says they were read.

The view reads no text again: a document's own number and a citation's cited number
are marked at the spans extraction recorded (``pkg:numberEvidence``), at the raw
characters however the number is bracketed, spaced or broken over lines. The
gazette's marks are compared with what a fresh reading of each document's text finds
(the way the view found them before the store held these spans), and a store built
without number spans still renders, its numbers simply unmarked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from policykg.extract.docnum import canonical_docnum, find_docnums
from policykg.extract.pipeline import Extraction, extract_path
from policykg.extract.text import normalise
from policykg.graph import iri
from policykg.graph.build import load_records
from policykg.graph.rdf import as_dict
from policykg.graph.store import GraphStore
from policykg.viz import annotate
from policykg.viz.explorer import ExplorerGraph, collect, render

ROOT = Path(__file__).resolve().parents[2]
IDENTITY = ROOT / "tests" / "data" / "identity"
_NUMBER_KEYS = ("number_source", "to_number_source")


def _graph(path: Path, *, without_number_spans: bool = False) -> tuple[Extraction, ExplorerGraph]:
    """Extract ``path``, load it into an in-memory store and collect the explorer's graph."""
    ex = extract_path(path)
    records: list[Any] = ex.records
    if without_number_spans:  # what a store built before these spans were recorded holds
        records = [{k: v for k, v in as_dict(r).items() if k not in _NUMBER_KEYS} for r in records]
    gs = GraphStore.memory()
    try:
        load_records(gs, records, path=path, raw=ex.raw)
        return ex, collect(gs, max_nodes=10**6)
    finally:
        gs.close()


def _marks(g: ExplorerGraph, kind: str = "docnum") -> list[tuple[str, str, int, int, str, str | None, str]]:
    """``(document IRI, marked text, start, end, note, linked node, kind)`` of every mark of ``kind``."""
    return sorted(
        (k, t.text[s.start : s.end], s.start, s.end, s.note, None if s.node is None else str(s.node), s.kind)
        for k, t in g.texts.items()
        for s in t.spans
        if s.kind == kind
    )


@pytest.fixture(scope="module")
def gazette(gazette_path: Path) -> tuple[Extraction, ExplorerGraph]:
    return _graph(gazette_path)


def test_gazette_numbers_are_marked_where_a_reading_of_the_text_finds_them(gazette) -> None:
    _, g = gazette
    by_number = {n.label: k for k, n in g.nodes.items() if n.kind == "document"}
    expected = []
    for k, t in g.texts.items():
        tm = normalise(t.text)
        for m in find_docnums(tm.text):
            start, end = tm.to_raw(m.start, m.end)
            number = str(m.number)
            expected.append((k, t.text[start:end], start, end, number, by_number.get(number), "docnum"))
    marks = _marks(g)
    assert marks == sorted(expected)
    assert len(marks) == 9  # six documents' own numbers and three cited numbers
    assert all(node is not None for *_, node, _ in marks)


def test_a_cited_number_is_marked_inside_its_citation(gazette) -> None:
    _, g = gazette
    cited = iri.document("浙政办发〔2023〕25号")
    (doc,) = [t for t in g.texts.values() if any(s.kind == "docnum" and s.node == cited for s in t.spans)]
    (number,) = [s for s in doc.spans if s.kind == "docnum" and s.node == cited]
    assert doc.text[number.start : number.end] == "浙政办发〔2023〕25 号"
    assert any(s.kind == "citation" and s.start <= number.start and number.end <= s.end for s in doc.spans)
    html = annotate.render(doc.text, doc.spans)
    citation_at = html.index('<mark class="pk-ent pk-citation"')
    number_at = html.index('<mark class="pk-ent pk-docnum"', citation_at)
    assert number_at < html.index("</mark>", citation_at)  # nested: opened before the citation closes


@pytest.mark.parametrize(
    ("path", "printed"),
    [
        pytest.param(None, "嘉政办发〔2024〕5 号", id="gazette-header-space-before-hao"),
        pytest.param(IDENTITY / "pdf-digit-lines.txt", "凤府办发〔\n2022\n〕\n15\n号", id="pdf-number-broken-over-lines"),
        pytest.param(IDENTITY / "date-then-number-line.txt", "农机委[2019]6号", id="ascii-brackets-after-signing-date"),
        pytest.param(
            IDENTITY / "number-opens-title-spaced-issuers.txt", "农财【2019】12号", id="lenticular-brackets-opening-title"
        ),
        pytest.param(IDENTITY / "portal-labels-glued-traditional.txt", "潯政辦〔2021〕3號", id="traditional-characters"),
        pytest.param(IDENTITY / "signature-year-ascii-zeros.txt", "河政〔2006〕14 号", id="space-before-hao-body"),
        pytest.param(IDENTITY / "metadata-markdown-table.md", "崇委办发„2020‟12号", id="metadata-table-quotation-brackets"),
        pytest.param(
            "dev/37_hubei_order_435_weather_modification_metadata.txt",
            "湖北省人民政府令第435号",
            id="order-number-on-a-metadata-line",
        ),
    ],
)
def test_a_documents_own_number_is_marked_at_its_raw_characters(
    path: Path | str | None, printed: str, gazette_path: Path, shared: Path
) -> None:
    if path is None:
        path = gazette_path
    elif isinstance(path, str):
        path = shared / "corpus" / path
    ex, g = _graph(Path(path))
    marks = [m for m in _marks(g) if m[1] == printed]
    assert marks, f"{printed!r} is not marked; marks: {_marks(g)}"
    (doc_iri, _, start, end, note, node, _) = marks[0]
    assert node == doc_iri  # linked to the document's own node
    assert note == (canonical_docnum(printed) or printed)
    doc = g.texts[doc_iri]
    assert doc.text[start:end] == printed and doc.text in ex.raw


@pytest.mark.parametrize(
    ("name", "printed", "number"),
    [
        pytest.param(
            "23_shanghai_qingpu_construction_waste_task_table.txt", "市政府第16号令", "市政府第16号令",
            id="cited-order-number-ling-last",
        ),
        pytest.param(
            "14_shanghai_jiading_sponge.txt", "沪住建规范联〔2023〕11号", "沪住建规范联〔2023〕11号",
            id="cited-number-in-bracket-after-title",
        ),
    ],
)
def test_a_cited_number_is_marked_and_linked_to_the_cited_document(
    name: str, printed: str, number: str, shared: Path
) -> None:
    _, g = _graph(shared / "corpus" / "dev" / name)
    marks = [m for m in _marks(g) if m[1] == printed]
    assert marks
    assert marks[0][4] == number and marks[0][5] == iri.document(number)


def test_a_store_without_number_spans_renders_its_numbers_unmarked(gazette, gazette_path: Path) -> None:
    _, whole = gazette
    _, old = _graph(gazette_path, without_number_spans=True)
    assert old.texts.keys() == whole.texts.keys()
    assert _marks(old) == []
    for kind in ("task", "agency", "citation", "target"):
        assert _marks(old, kind) == _marks(whole, kind)
    page, control = render(old), render(whole)
    assert "pk-ent pk-citation" in page and "pk-ent pk-docnum" not in page
    assert "pk-ent pk-docnum" in control
