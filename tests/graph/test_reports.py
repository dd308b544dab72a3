"""Reports on the shared gazette, built into a temporary store exactly as `policykg build` does.

The figures asserted come from the gold standard of the gazette
(``shared/eval/gold/seed.json``): 市科技局 holds 23 annotated tasks; the
personnel bureau is written 市人社保局 once and 市人力社保局 twice. Markdown and
csv outputs are compared with golden files under ``tests/data/reports/``;
regenerate them with ``pytest --update-golden`` after reviewing a change.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from policykg.cli import cli
from policykg.commands_report import report
from policykg.errors import NotFoundError
from policykg.graph import ledger, reports
from policykg.graph.build import build
from policykg.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "reports"
KEJI = "嘉兴市科学技术局"
RENSHE = "嘉兴市人力资源和社会保障局"
N7 = "嘉政办发〔2024〕7号"
STATUS_DAY = "2024-06-01"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, gazette_path: Path) -> Path:
    """The gazette built into a fresh store (statuses judged on a fixed day)."""
    folder = tmp_path_factory.mktemp("reports")
    source = folder / "src" / gazette_path.name
    source.parent.mkdir()
    shutil.copy(gazette_path, source)
    summary = build([source], store=folder / "store", status_date=STATUS_DAY)
    assert not summary.failed, summary.failed
    return folder / "store"


@pytest.fixture(scope="module")
def gs(store_path: Path):
    with GraphStore.open(store_path) as opened:
        yield opened


def run(store_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["report", *args, "--store", str(store_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def row_of(rows: list[dict], name: str) -> dict:
    (row,) = [r for r in rows if r["agency"] == name]
    return row


# -- report agencies -------------------------------------------------------------------


def test_agencies_counts_annotated_tasks_and_prose_apart(gs):
    keji = row_of(reports.agencies_report(gs), KEJI)
    assert keji["tasks"] == 23
    assert keji["responsible"] == 23
    assert keji["prose"] == 2
    assert keji["type"] == "government_department"


def test_agencies_merges_the_aliases_of_one_agency(gs):
    rows = reports.agencies_report(gs)
    names = [r["agency"] for r in rows]
    assert names.count(RENSHE) == 1
    assert not {"市人社保局", "市人力社保局"} & set(names)
    assert row_of(rows, RENSHE)["tasks"] == 3


def test_agencies_are_sorted_busiest_first(gs):
    rows = reports.agencies_report(gs)
    assert rows[0]["agency"] == KEJI
    keys = [(-r["tasks"], -r["prose"], r["agency"]) for r in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("options", "agency", "tasks", "prose"),
    [
        pytest.param({"document": "嘉政办发[2024]6号"}, KEJI, 0, 1, id="document-any-spelling"),
        pytest.param({"since": "2024-02-27"}, KEJI, 23, 1, id="since"),
        pytest.param({"issuer": "嘉兴市人民政府"}, "嘉兴市发展和改革委员会", 0, 1, id="issuer"),
    ],
)
def test_agencies_filters(gs, options, agency, tasks, prose):
    rows = reports.agencies_report(gs, **options)
    row = row_of(rows, agency)
    assert (row["tasks"], row["prose"]) == (tasks, prose)


def test_agencies_issuer_filter_leaves_other_documents_out(gs):
    names = {r["agency"] for r in reports.agencies_report(gs, issuer="嘉兴市人民政府")}
    assert KEJI not in names


def test_agencies_unknown_document_is_an_error(gs):
    with pytest.raises(NotFoundError, match="嘉政办发〔2024〕17号"):
        reports.agencies_report(gs, document="嘉政办发〔2024〕17号")


# -- report agency NAME ----------------------------------------------------------------


def test_agency_report_is_the_same_for_every_alias(store_path):
    outputs = {
        name: run(store_path, "agency", name, "--format", "json")
        for name in ("市人社保局", "市人力社保局", RENSHE)
    }
    assert len(set(outputs.values())) == 1
    data = json.loads(outputs["市人社保局"])
    assert data["agency"] == RENSHE
    assert set(data["aliases"]) == {"市人社保局", "市人力社保局"}
    assert len(data["tasks"]) == 3


def test_agency_report_lists_tasks_co_agencies_and_partners(gs):
    result = reports.agency_report(gs, "市人社保局")
    (merchants,) = [t for t in result.tasks if t["task"] and "大力推进科技招商" in t["task"]]
    assert merchants["document"] == N7
    assert merchants["role"] == "responsible"
    assert f"{KEJI} (responsible)" in merchants["co_agencies"]
    assert merchants["source"].startswith("jiaxing-gazette-2024-03.txt:")
    assert result.partners[0] == {"partner": KEJI, "shared_tasks": 3, "leads": 0, "led_by": 0}


def test_agency_report_resolves_names_through_the_agency_tables(gs):
    # 嘉兴市人社局 is not written in the gazette; the tables know it as the same bureau.
    assert reports.resolve_agency(gs, "嘉兴市人社局").name == RENSHE


def test_agency_report_reads_a_level_and_a_field_word_as_the_department(gs):
    # 市科技 (a level and a field word, as texts write 市财政、市科技要…) is the city's science bureau
    assert reports.resolve_agency(gs, "市科技").name == KEJI


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        pytest.param("市科学技", f"{KEJI} (市科技局)", id="truncated"),
        pytest.param("嘉兴市科学技术厅", KEJI, id="wrong-suffix"),
    ],
)
def test_unknown_agency_lists_close_matches(gs, name, suggested):
    with pytest.raises(NotFoundError, match="did you mean") as info:
        reports.agency_report(gs, name)
    assert suggested in str(info.value)


def test_unknown_agency_fails_on_the_command_line(store_path):
    result = CliRunner().invoke(cli, ["report", "agency", "市科学技", "--store", str(store_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: no agency '市科学技' in the store; did you mean: 嘉兴市科学技术局 (市科技局)?"
    )


# -- report targets --------------------------------------------------------------------


def test_targets_of_an_agency_due_by_a_year(gs):
    rows = reports.targets_report(gs, agency="市科技局", due=2026)
    assert rows
    assert all(KEJI in r["owners"] for r in rows)
    assert all(int(str(r["deadline"])[:4]) <= 2026 for r in rows)
    assert reports.targets_report(gs, agency="市科技局", due=2025) == []


def test_targets_of_a_document(gs):
    rows = reports.targets_report(gs, document="嘉政发〔2024〕8号")
    assert rows
    assert {r["document"] for r in rows} == {"嘉政发〔2024〕8号"}
    assert {r["comparator"] for r in rows} <= {">=", ">", "<=", "<", "="}


# -- report documents ------------------------------------------------------------------


def test_documents_status_counts_and_chain(gs):
    rows = {r["number"]: r for r in reports.documents_report(gs, on="2024-03-01", cited=True)}
    assert rows["嘉政办发〔2024〕6号"]["status"] == "not yet in force"
    assert rows["嘉政发〔2024〕9号"]["status"] == "in force"
    assert rows["嘉政发〔2024〕9号"]["cites"] == 2
    assert rows["嘉政发〔2021〕22号"]["status"] == "repealed"
    assert rows["嘉政发〔2021〕22号"]["cited_by"] == 1
    assert rows["嘉政办发〔2024〕5号"]["implements"] == "浙政办发〔2023〕25号"


def test_documents_without_cited_lists_only_documents_read(gs):
    numbers = {r["number"] for r in reports.documents_report(gs, on="2024-03-01")}
    assert len(numbers) == 6
    assert "嘉政发〔2021〕22号" not in numbers


# -- report network --------------------------------------------------------------------


def test_network_top_hub_and_agencies_that_never_lead(gs):
    rows = reports.network_report(gs)
    assert rows[0]["agency"] == KEJI
    assert rows[0]["rank"] == 1
    assert rows[0]["betweenness"] == max(r["betweenness"] for r in rows)
    never = {r["agency"] for r in rows if r["never_leads"]}
    assert RENSHE in never
    assert KEJI not in never
    assert all(r["community"] >= 1 for r in rows)


# -- xlsx ledger -----------------------------------------------------------------------


def test_xlsx_task_ledger(store_path, tmp_path, gs):
    out = tmp_path / "ledger.xlsx"
    run(store_path, "agencies", "--format", "xlsx", "-o", str(out))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == ledger.SUMMARY_SHEET
    ws = wb[N7]
    assert [c.value for c in ws[1]] == [ledger.header(c) for c in ledger.LEDGER_COLUMNS]
    assert ws.freeze_panes == "A2"
    tasks_in_7 = sum(1 for r in reports.ledger_rows(gs) if r["document"] == N7)
    assert tasks_in_7 >= 23
    assert ws.max_row == 1 + tasks_in_7
    rows = [
        dict(zip(ledger.LEDGER_COLUMNS, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)
    ]
    (incubator,) = [r for r in rows if "推动设立科技企业孵化器联合基金" in r["任务"]]
    assert incubator["牵头单位"] == f"{KEJI}、嘉兴市人民政府金融工作办公室"
    assert incubator["配合单位"] is None
    assert incubator["来源文件"] == N7
    assert [r["序号"] for r in rows] == list(range(1, len(rows) + 1))
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    summary = {r[1]: r for r in wb[ledger.SUMMARY_SHEET].iter_rows(min_row=2, values_only=True)}
    assert summary[N7][3] == tasks_in_7


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_reports_write_numbers_and_years_as_numbers(store_path, fmt):
    def load(*args: str) -> list[dict]:
        text = run(store_path, *args, "--format", fmt)
        return json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]

    targets = load("targets")
    assert targets and all(_is_number(t["value"]) for t in targets if t["value"] is not None)
    assert any(isinstance(t["value"], float) for t in targets)  # 3.5 人: a decimal stays a decimal
    years = [t["deadline"] for t in targets if t["deadline"] is not None and len(str(t["deadline"])) == 4]
    assert years and all(isinstance(y, int) for y in years)
    agencies = load("agencies")
    assert all(_is_number(a[k]) for a in agencies for k in ("tasks", "lead", "prose", "targets", "documents"))
    assert all(isinstance(a["latest"], int) for a in agencies if a["latest"] and len(str(a["latest"])) == 4)
    network = load("network")
    assert all(_is_number(r["degree_centrality"]) and _is_number(r["rank"]) for r in network)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("40", 40),
        ("3.40", 3.4),
        ("0.5", 0.5),
        ("1000000", 1_000_000),
        ("-2", -2),
        ("约四成", "约四成"),
        (None, None),
    ],
    ids=["integer", "decimal-with-trailing-zero", "fraction", "large", "negative", "words", "missing"],
)
def test_stored_numbers_become_numbers(text, wanted):
    got = reports.number(text)
    assert got == wanted and type(got) is type(wanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("2026", 2026),
        ("2025-06", "2025-06"),
        ("2025-06-30", "2025-06-30"),
        ("2024年底", "2024年底"),
        (None, None),
    ],
    ids=["year", "month", "day", "words", "missing"],
)
def test_a_year_deadline_is_a_number_and_others_stay_text(text, wanted):
    got = reports.deadline(text)
    assert got == wanted and type(got) is type(wanted)


def test_xlsx_cells_keep_numbers_years_and_days(store_path, tmp_path):
    out = tmp_path / "targets.xlsx"
    run(store_path, "targets", "--format", "xlsx", "-o", str(out))
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    value = head.index(ledger.header("value"))
    due = head.index(ledger.header("deadline"))
    rows = list(ws.iter_rows(min_row=2))
    assert all(r[value].data_type == "n" for r in rows if r[value].value is not None)
    assert all(
        r[due].data_type == "n" for r in rows if r[due].value is not None and len(str(r[due].value)) == 4
    )
    out = tmp_path / "documents.xlsx"
    run(store_path, "documents", "--format", "xlsx", "-o", str(out), "--on", STATUS_DAY)
    ws = openpyxl.load_workbook(out).active
    date = [c.value for c in ws[1]].index(ledger.header("date"))
    dated = [r[date] for r in ws.iter_rows(min_row=2) if r[date].value is not None]
    assert dated and all(c.is_date for c in dated)


def test_every_column_of_every_report_has_a_chinese_and_english_header():
    columns = {
        c
        for name in dir(reports)
        if name.endswith("_COLUMNS")
        for c in getattr(reports, name)
    } | set(ledger.LEDGER_COLUMNS) | set(ledger.SUMMARY_COLUMNS)  # fmt: skip
    assert not columns - set(ledger.HEADERS)
    for zh, en in ledger.HEADERS.values():
        assert re.search(r"[\u4e00-\u9fff]", zh) and re.fullmatch(r"[a-z_]+", en), (zh, en)


@pytest.mark.parametrize("command", ["agencies", "agency", "targets", "documents", "network"])
def test_every_xlsx_sheet_heads_each_column_in_chinese_over_the_english_key(store_path, tmp_path, command):
    out = tmp_path / f"{command}.xlsx"
    args = [command, KEJI] if command == "agency" else [command]
    run(store_path, *args, "--format", "xlsx", "-o", str(out))
    for ws in openpyxl.load_workbook(out).worksheets:
        for cell in ws[1]:
            zh, _, en = str(cell.value).partition("\n")
            assert re.search(r"[\u4e00-\u9fff]", zh) and re.fullmatch(r"[a-z_]+", en), (ws.title, cell.value)


def test_xlsx_needs_an_output_file(store_path):
    result = CliRunner().invoke(cli, ["report", "network", "--format", "xlsx", "--store", str(store_path)])
    assert result.exit_code == 2
    assert "-o FILE.xlsx" in result.output


@pytest.mark.parametrize("command", ["targets", "documents", "network"])
def test_xlsx_of_plain_reports_has_one_frozen_sheet(store_path, tmp_path, command):
    out = tmp_path / f"{command}.xlsx"
    run(store_path, command, "--format", "xlsx", "-o", str(out))
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "A2"
    assert ws.max_row > 1


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        pytest.param("嘉政办发〔2024〕7号", "嘉政办发〔2024〕7号", id="number"),
        pytest.param("a[b]:c*d?e/f\\g", "a_b__c_d_e_f_g", id="forbidden-characters"),
        pytest.param("x" * 40, "x" * 31, id="too-long"),
    ],
)
def test_sheet_names_are_valid(name, wanted):
    assert ledger.sheet_name(name) == wanted


def test_sheet_names_are_unique():
    assert ledger.sheet_name("汇总", ["汇总"]) == "汇总 (2)"


# -- the command line ------------------------------------------------------------------


def test_table_output_shows_chinese_names(store_path):
    text = run(store_path, "agencies")
    assert KEJI in text
    assert "┃" in text or "|" in text


@pytest.mark.parametrize("name", sorted(report.commands))
def test_every_report_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, ["report", name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"policykg report {name}" in result.output.split("Example:", 1)[1]
    assert "--store" in result.output and "--format" in result.output and "xlsx" in result.output


def test_every_report_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in report.commands:
        assert f"`policykg report {name}" in readme, name


# -- golden files ----------------------------------------------------------------------

CASES = {
    "agencies": ["agencies"],
    "agency-renshe": ["agency", "市人社保局"],
    "targets": ["targets"],
    "documents": ["documents", "--on", STATUS_DAY, "--cited"],
    "network": ["network"],
}
SUFFIXES = {"markdown": ".md", "csv": ".csv"}


@pytest.mark.parametrize("fmt", sorted(SUFFIXES))
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(store_path, update_golden, case, fmt):
    text = run(store_path, *CASES[case], "--format", fmt)
    path = GOLDEN / f"{case}{SUFFIXES[fmt]}"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}; run pytest --update-golden"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), text.splitlines(), f"golden/{path.name}", "now", lineterm=""
        )
        pytest.fail("output differs from the golden file:\n" + "\n".join(diff))


def test_no_stray_golden_files():
    wanted = {f"{case}{suffix}" for case in CASES for suffix in SUFFIXES.values()}
    present = {p.name for p in GOLDEN.iterdir()} if GOLDEN.exists() else set()
    assert present <= wanted, sorted(present - wanted)
