"""Documents without a number or a title: their identity, their label, and shapes that real inputs pass (#14).

A document the extractor finds neither number nor title for (a notice's body without
its header, a news page) is keyed by its issuer, date and text — two such texts are two
documents, the same text in another file or line layout is one — and labelled by what
the reader saw first (the record's label, else the first line of its text, else the
file's name). Every store built from real inputs passes ``validate``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from graph_records import GAZETTE
from policykg.commands_graph import main
from policykg.extract.pipeline import extract_text
from policykg.graph import iri
from policykg.graph.build import build
from policykg.graph.rdf import document_label, record_parts
from policykg.graph.store import GraphStore

DEV = GAZETTE.parent / "dev"
SELFCHECK = DEV / "11_sichuan_province_selfcheck_body.txt"
NEWS = DEV / "41_shaanxi_2015_work_report_division_news.txt"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
FILE = "file:///corpus/%E8%87%AA%E6%9F%A5%E9%80%9A%E7%9F%A5.txt"


def _raw(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _document(text: str, **fields: object) -> dict[str, object]:
    """A document record as the extractor writes it for a text with no header."""
    record: dict[str, object] = {
        "type": "document",
        "id": "doc-0000000000000000",
        "number": None,
        "title": None,
        "issuer": [],
        "date": None,
        "source": {"start": 0, "end": len(text), "text": text},
    }
    record.update(fields)
    return record


@pytest.mark.parametrize(
    ("raw", "fields", "label"),
    [
        (_raw(NEWS)[:200], {}, "陕西《政府工作报告》部门分工确定"),
        (_raw(SELFCHECK)[:200], {}, "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构"),
        (_raw(SELFCHECK)[31:300], {}, "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况…"),
        ("\n\n   关于开展安全生产大检查的通知  \n各乡镇：\n", {}, "关于开展安全生产大检查的通知"),
        (_raw(SELFCHECK)[:200], {"label": "现将《国务院关于…》"}, "现将《国务院关于…》"),
        ("", {}, "自查通知.txt"),
        (" \n\t\n", {}, "自查通知.txt"),
    ],
    ids=[
        "news-headline",
        "addressee-line",
        "long-line-cut",
        "blank-lines-first",
        "reader-label",
        "no-text",
        "blank-text",
    ],
)
def test_a_document_without_number_or_title_gets_a_readable_label(raw, fields, label):
    record = _document(raw, **fields)
    assert document_label(record, FILE, raw) == label
    lines = record_parts([record], file_iri=FILE, raw=raw).shared
    assert any(f"<{RDFS_LABEL}> {ox.Literal(label, language='zh')}" in line for line in lines)


def _records(raw: str) -> list[dict[str, object]]:
    return [r.to_dict() for r in extract_text(raw, path="自查通知.txt").records]


def _document_ids(raw: str) -> set[str]:
    """The ids of the file's documents in the export, each a document of the graph built from it."""
    records = _records(raw)
    ids = {str(d["id"]) for d in records if d["type"] == "document"}
    lines = record_parts(records, file_iri=FILE, raw=raw).shared
    iris = {
        m.group(1)
        for line in lines
        if (m := re.match(r"<([^>]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ", line))
        and line.endswith("<http://data.europa.eu/eli/ontology#LegalResource>")
    }
    assert {iri.document(key) for key in ids} <= iris
    return ids


def test_two_headerless_texts_are_two_documents():
    a, b = _document_ids(_raw(SELFCHECK)), _document_ids(_raw(NEWS))
    assert len(a) == len(b) == 1
    assert a != b


@pytest.mark.parametrize(
    "relayout",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace("，", "，\n"),  # a PDF's line breaks inside sentences
        lambda t: "\n" + t.replace("\n", "\n\n") + "\n",
    ],
    ids=["crlf", "pdf-line-breaks", "blank-lines"],
)
def test_the_same_headerless_text_in_another_layout_is_one_document(relayout):
    text = _raw(SELFCHECK)
    assert _document_ids(text) == _document_ids(relayout(text))


def test_facts_of_a_headerless_document_are_keyed_by_it():
    text = _raw(SELFCHECK)
    records = _records(text)
    (key,) = (d["id"] for d in records if d["type"] == "document")
    tasks = [d for d in records if d["type"] == "task"]
    assert tasks
    assert all(str(d["id"]).startswith(f"{key}/task/") for d in tasks)
    lines = record_parts(records, file_iri=FILE, raw=text).shared
    assert any(line.startswith(f"<{iri.document(key)}/task/") for line in lines)


@pytest.fixture(scope="module")
def real_store(tmp_path_factory) -> Path:
    """A store built from the gazette and every file of the development corpus."""
    store = tmp_path_factory.mktemp("real") / "store"
    summary = build([GAZETTE, DEV], store=store, jobs=2)
    assert summary.count("failed") == 0, summary.line()
    return store


def test_a_store_of_real_inputs_passes_validate(real_store):
    result = CliRunner().invoke(main, ["validate", "--store", str(real_store)])
    assert result.exit_code == 0, result.output[-2000:]


def test_every_document_of_real_inputs_has_a_readable_label(real_store):
    with GraphStore.open(real_store) as gs:
        rows = list(
            gs.query(
                "SELECT ?d ?label WHERE { ?d a <http://data.europa.eu/eli/ontology#LegalResource> "
                "OPTIONAL { ?d <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"
            )
        )
    assert rows
    unlabelled = [r["d"].value for r in rows if r["label"] is None or r["label"].value.startswith("http")]
    assert unlabelled == []


def test_every_shared_description_is_mentioned_by_a_file(real_store):
    """Removing the last file that mentions a node removes its description: none may float free."""
    with GraphStore.open(real_store) as gs:
        floating = list(
            gs.query(
                f"""SELECT DISTINCT ?s WHERE {{
                  GRAPH <{iri.SHARED_GRAPH}> {{ ?s ?p ?o }}
                  FILTER NOT EXISTS {{
                    GRAPH ?g {{ {{ ?s ?a ?b }} UNION {{ ?b ?a ?s }} }}
                    FILTER (STRSTARTS(STR(?g), "file:"))
                  }}
                }} LIMIT 5""",
                union=False,
            )
        )
    assert floating == []


def test_unnumbered_documents_are_named_by_their_label_in_the_ledger_and_the_explorer(real_store):
    from policykg.graph import reports
    from policykg.graph.ledger import sheet_name
    from policykg.viz import explorer

    with GraphStore.open(real_store) as gs:
        sheets = {row["document"] for row in reports.ledger_rows(gs)}
        labels = [n.label for n in explorer.collect(gs, view="all").nodes.values() if n.kind == "document"]
    assert any(not re.search(r"〔\d{4}〕", s) for s in sheets)  # the corpus has unnumbered documents
    for name in (*sheets, *labels):
        assert not name.startswith(("http", "doc-")), name
        assert not sheet_name(name).startswith("https___"), name
