"""A document known only because another cites it is shown with the same title everywhere.

The gazette cites 浙政办发〔2023〕25号 and 浙政发〔2024〕3号 by number and title
(《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》（浙政办发〔2023〕25号）)
without holding them: the named query ``status-on`` and ``report documents --cited`` must
both give the title the citing text writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from graph_records import GAZETTE
from policykg.graph import reports, sparql
from policykg.graph.build import build
from policykg.graph.store import GraphStore

if not GAZETTE.exists():
    pytest.skip("the shared corpus is not next to this checkout", allow_module_level=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cited")
    shutil.copy(GAZETTE, folder / GAZETTE.name)
    build([folder / GAZETTE.name], store=folder / "kg", status_date="2024-06-01")
    return folder / "kg"


def test_status_on_titles_agree_with_the_documents_report(store: Path) -> None:
    with GraphStore.open(store) as gs:
        query = sparql.get_query("status-on")
        result = sparql.run(query.text, params={"date": "2024-06-01"}, query=query, store=gs)
        rows = [dict(zip(result.columns, (sparql_value(v) for v in row), strict=True)) for row in result.rows]
        report = {r["number"]: r["title"] for r in reports.documents_report(gs, on="2024-06-01", cited=True)}
    cited_only = [r for r in rows if r["status"] == "unknown"]
    assert cited_only, "the gazette cites documents it does not hold"
    for row in rows:
        assert row["title"], row
        assert row["title"] == report[row["number"]], row
    assert {r["number"] for r in cited_only} >= {"浙政办发〔2023〕25号", "浙政发〔2024〕3号"}


def sparql_value(term: object) -> str | None:
    return None if term is None else getattr(term, "value", str(term))
