"""Excel workbooks: the task ledger (任务分解表) and plain report tables.

The ledger follows the table a supervision office (督查室) keeps for a policy's
tasks: 序号, 任务, 牵头单位, 配合单位, 完成时限, 量化目标, 来源文件. The workbook has a
summary sheet (汇总: one row per document with its task count and deadlines) and
one sheet per document, named by its number (文号). Every sheet has a bold,
frozen header row with a filter, each cell the Chinese label over the English key
(:data:`HEADERS`); numbers and years are number cells and days date cells; columns
are wide enough to read Chinese text (a CJK character counts two) and long cells
wrap.

Files are written atomically (:func:`policykg.files.write_output`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from policykg.files import write_output
from policykg.graph import rows as store_rows

#: The ledger's columns, in the order supervision offices print them.
LEDGER_COLUMNS = ("序号", "任务", "牵头单位", "配合单位", "完成时限", "量化目标", "来源文件")
SUMMARY_SHEET = "汇总"
SUMMARY_COLUMNS = (
    "序号",
    "来源文件",
    "文件标题",
    "任务数",
    "有量化目标的任务数",
    "最早完成时限",
    "最晚完成时限",
)

#: Every column's header: (Chinese label, English key). A sheet's header cell shows both,
#: the Chinese first, on two lines, so that every sheet reads the same way.
HEADERS: dict[str, tuple[str, str]] = {
    # the ledger and its summary
    "序号": ("序号", "no"),
    "任务": ("任务", "task"),
    "牵头单位": ("牵头单位", "lead"),
    "配合单位": ("配合单位", "support"),
    "完成时限": ("完成时限", "deadline"),
    "量化目标": ("量化目标", "targets"),
    "来源文件": ("来源文件", "source"),
    "文件标题": ("文件标题", "title"),
    "任务数": ("任务数", "tasks"),
    "有量化目标的任务数": ("有量化目标的任务数", "tasks_with_targets"),
    "最早完成时限": ("最早完成时限", "earliest"),
    "最晚完成时限": ("最晚完成时限", "latest"),
    # the report tables (policykg.graph.reports.*_COLUMNS)
    "agency": ("单位", "agency"),
    "type": ("类型", "type"),
    "tasks": ("任务数", "tasks"),
    "lead": ("牵头", "lead"),
    "support": ("配合", "support"),
    "responsible": ("责任", "responsible"),
    "prose": ("正文分工", "prose"),
    "targets": ("量化目标", "targets"),
    "documents": ("文件数", "documents"),
    "earliest": ("最早完成时限", "earliest"),
    "latest": ("最晚完成时限", "latest"),
    "document": ("文件", "document"),
    "section": ("章节", "section"),
    "role": ("职责", "role"),
    "task": ("任务", "task"),
    "co_agencies": ("协同单位", "co_agencies"),
    "deadline": ("完成时限", "deadline"),
    "kind": ("分工方式", "kind"),
    "source": ("出处", "source"),
    "partner": ("合作单位", "partner"),
    "shared_tasks": ("共同任务数", "shared_tasks"),
    "leads": ("牵头次数", "leads"),
    "led_by": ("被牵头次数", "led_by"),
    "indicator": ("指标", "indicator"),
    "comparator": ("比较", "comparator"),
    "value": ("目标值", "value"),
    "value_max": ("目标值上限", "value_max"),
    "unit": ("计量单位", "unit"),
    "recurrence": ("周期", "recurrence"),
    "commitment": ("约束程度", "commitment"),
    "owners": ("责任单位", "owners"),
    "number": ("文号", "number"),
    "title": ("标题", "title"),
    "issuer": ("发文机关", "issuer"),
    "date": ("成文日期", "date"),
    "status": ("效力状态", "status"),
    "cited_by": ("被引用次数", "cited_by"),
    "cites": ("引用文件数", "cites"),
    "implements": ("贯彻落实", "implements"),
    "rank": ("排名", "rank"),
    "partners": ("合作单位数", "partners"),
    "degree_centrality": ("度中心性", "degree_centrality"),
    "betweenness": ("中介中心性", "betweenness"),
    "community": ("社群", "community"),
    "never_leads": ("从不牵头", "never_leads"),
}

# Widths in Excel character units (about one Latin letter); CJK characters count two.
_MIN_WIDTH = 6
_MAX_WIDTH = {"任务": 60, "文件标题": 50, "量化目标": 40, "task": 60, "title": 50, "text": 60}
_DEFAULT_MAX_WIDTH = 30
# Excel forbids these in sheet names and caps the names at 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def display_width(text: str) -> int:
    """How many Latin-letter widths a string takes (East Asian wide characters count two).

    Args:
        text: the text.

    Returns:
        The width.
    """
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unused Excel sheet name for ``name``.

    Args:
        name: the wanted name (a document number).
        taken: names already used in the workbook.

    Returns:
        The name without forbidden characters, at most 31 long, made unique with a suffix.
    """
    base = _SHEET_FORBIDDEN.sub("_", name).strip("'") or "Sheet"
    base = base[:31]
    used = {t.lower() for t in taken}
    candidate, n = base, 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
    return candidate


def header(column: str) -> str:
    """A column's header cell: the Chinese label, then the English key on a second line.

    Args:
        column: the row key.

    Returns:
        The text; the key alone for a column :data:`HEADERS` does not know.
    """
    zh, en = HEADERS.get(column, (column, column))
    return f"{zh}\n{en}" if zh != en else zh


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, str) and _DAY.match(value):
        try:
            return dt.date.fromisoformat(value)  # a date cell, which Excel sorts and filters as a date
        except ValueError:
            return value
    return value


def fill_sheet(ws: Worksheet, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """Write a header and rows to a sheet, then freeze, filter and size it.

    Args:
        ws: the sheet.
        rows: dicts keyed by ``columns``.
        columns: the header, in order.
    """
    ws.append([header(c) for c in columns])
    for row in rows:
        ws.append([_cell(row.get(c)) for c in columns])
    for cell in ws[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions
    for i, column in enumerate(columns, 1):
        widest = max(
            [display_width(line) for line in header(column).splitlines()]
            + [display_width(str(_cell(r.get(column)) or "")) for r in rows]
        )
        limit = _MAX_WIDTH.get(column, _DEFAULT_MAX_WIDTH)
        ws.column_dimensions[get_column_letter(i)].width = max(_MIN_WIDTH, min(widest, limit) + 2)
        if widest > limit:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = _WRAP


def _summary(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    by_document: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        by_document.setdefault(r["document"], []).append(r)
    summary = []
    for i, (document, items) in enumerate(by_document.items(), 1):
        deadlines = sorted(
            (k, d) for r in items if (d := r.get("完成时限")) and (k := store_rows.deadline_key(str(d)))
        )
        summary.append(
            {
                "序号": i,
                "来源文件": document,
                "文件标题": items[0].get("title"),
                "任务数": len(items),
                "有量化目标的任务数": sum(1 for r in items if r.get("量化目标")),
                "最早完成时限": deadlines[0][1] if deadlines else None,
                "最晚完成时限": deadlines[-1][1] if deadlines else None,
            }
        )
    return summary


def ledger_workbook(
    rows: Sequence[Mapping[str, Any]],
    *,
    extra: Mapping[str, tuple[Sequence[Mapping[str, Any]], Sequence[str]]] | None = None,
) -> Workbook:
    """The task ledger as a workbook: a summary sheet, then one sheet per document.

    Args:
        rows: ledger rows from :func:`policykg.graph.reports.ledger_rows` (keys
            ``document``, ``title`` and :data:`LEDGER_COLUMNS`), in document order.
        extra: more sheets after the documents' ones: name → (rows, columns).

    Returns:
        The workbook.
    """
    wb = Workbook()
    summary = wb.active
    summary.title = SUMMARY_SHEET
    fill_sheet(summary, _summary(rows), SUMMARY_COLUMNS)
    by_document: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        by_document.setdefault(r["document"], []).append(r)
    for document, items in by_document.items():
        ws = wb.create_sheet(sheet_name(document, wb.sheetnames))
        fill_sheet(ws, items, LEDGER_COLUMNS)
    for name, (extra_rows, columns) in (extra or {}).items():
        fill_sheet(wb.create_sheet(sheet_name(name, wb.sheetnames)), extra_rows, columns)
    return wb


def table_workbook(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, title: str) -> Workbook:
    """One report table as a one-sheet workbook.

    Args:
        rows: the report's rows.
        columns: its columns.
        title: the sheet's name.

    Returns:
        The workbook.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(title)
    fill_sheet(ws, rows, columns)
    return wb


def save(wb: Workbook, path: str | Path) -> Path:
    """Write a workbook atomically.

    Args:
        wb: the workbook.
        path: where (``.xlsx``).

    Returns:
        The path written.
    """
    buf = io.BytesIO()
    wb.save(buf)
    write_output(path, buf.getvalue())
    return Path(path)


def write_ledger(
    rows: Sequence[Mapping[str, Any]],
    path: str | Path,
    *,
    extra: Mapping[str, tuple[Sequence[Mapping[str, Any]], Sequence[str]]] | None = None,
) -> Path:
    """Write the task ledger (任务分解表) to an ``.xlsx`` file.

    Args:
        rows: ledger rows (see :func:`ledger_workbook`).
        path: the file.
        extra: more sheets: name → (rows, columns).

    Returns:
        The path written.
    """
    return save(ledger_workbook(rows, extra=extra), path)


__all__ = [
    "HEADERS",
    "LEDGER_COLUMNS",
    "SUMMARY_COLUMNS",
    "SUMMARY_SHEET",
    "display_width",
    "fill_sheet",
    "header",
    "ledger_workbook",
    "save",
    "sheet_name",
    "table_workbook",
    "write_ledger",
]
