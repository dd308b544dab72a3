"""Tables of any reader (HTML, Word) turned into lines the stages read.

A task table (a header row naming a task column and a lead, supporting or
responsible unit column) gives one line a task in the annotation style the task
extractor reads, ``1.任务（牵头单位：X；配合单位：Y；完成时限：Z）``; other tables
one line a row with cells between `` | ``. Column roles come from the one label
table, :mod:`policykg.extract.roles`: a column is a lead, supporting or responsible
unit column by its role word, whatever its exact wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from policykg.extract.roles import LABEL_PATTERN, STANDARD_LABEL
from policykg.extract.table_columns import column_kind

_SPACES = re.compile(r"\s+")
_NOT_RENDERED = frozenset({"plan", "number", "other"})  # columns printed as label lines
# A header the task extractor reads as a label as written; others get the standard label.
_LABEL = re.compile(LABEL_PATTERN)
_SERIAL = re.compile(r"^(?P<n>\d{1,3})\s*[.、．]?$")
_NAME_SEPARATOR_END = re.compile(r"[、，,；;：:]$")


def cell_span(v: str | None) -> int:
    """A ``rowspan``/``colspan``/``gridSpan`` value, bounded to 1–50."""
    try:
        return max(1, min(int(v or 1), 50))
    except ValueError:
        return 1


def _column_kind(header: str) -> str | None:
    """The column kind of a header cell, from the one column table of the task-table reader."""
    kind = column_kind(header)
    return {"serial": "index", "time": "deadline"}.get(kind, kind) if kind not in _NOT_RENDERED else None


def _task_columns(row: Sequence[str]) -> dict[int, str] | None:
    kinds = {j: _column_kind(cell) for j, cell in enumerate(row)}
    kinds = {j: k for j, k in kinds.items() if k}
    values = list(kinds.values())
    if "task" not in values and "group" in values:
        # 任务名称 with no content column is the task itself
        first_group = next(j for j, k in kinds.items() if k == "group")
        kinds[first_group] = "task"
        values = list(kinds.values())
    if "task" not in values or not {"lead", "support", "responsible"} & set(values):
        return None
    return kinds


def render_table(rows: Sequence[Sequence[tuple[str, Any]]]) -> list[str]:
    """Lines for a table's rows.

    A task table (a header row naming a task column and a lead, supporting or
    responsible unit column) gives one line a task in the annotation style the
    task extractor reads::

        1.召开全区生活垃圾分类工作动员大会。（牵头部门：区政府办公室；配合部门：各联席会议成员单位；时间节点：2019年3月）

    a grouping column (``任务名称``/``任务类型`` beside a content column) a line of
    its own when its value changes, and any other column a ``label：value`` line
    after its row. Other tables give one line a row, cells between `` | ``.

    Args:
        rows: the grid, each cell ``(text, key)``; cells a merge covers repeat with
            the same key.

    Returns:
        The lines.
    """
    rows = [list(r) for r in rows if any(t.strip() for t, _ in r)]
    if not rows:
        return []
    for h in range(min(3, len(rows))):
        header = [t for t, _ in rows[h]]
        kinds = _task_columns(header)
        if kinds:
            return _render_task_rows(header, kinds, rows[h + 1 :], [" | ".join(_dedup(r)) for r in rows[:h]])
    return [" | ".join(_dedup(r)) for r in rows]


def _dedup(row: Iterable[tuple[str, Any]]) -> list[str]:
    out, last = [], object()
    for text, key in row:
        if key != last and text.strip():
            out.append(_flat(text))
        last = key
    return out


def _flat(text: str, sep: str = "") -> str:
    return sep.join(s.strip() for s in text.split("\n") if s.strip())


def _names(text: str) -> str:
    """A cell of unit names, one name a paragraph in some tables: joined with 、."""
    parts = [s.strip() for s in text.split("\n") if s.strip()]
    out = ""
    for p in parts:
        if out and not _NAME_SEPARATOR_END.search(out):
            out += "、"
        out += p
    return out


def _render_task_rows(
    header: list[str], kinds: dict[int, str], rows: list[list[tuple[str, Any]]], before: list[str]
) -> list[str]:
    lines = list(before)
    header_squashed = [_SPACES.sub("", h) for h in header]
    labels = {}
    for j, kind in kinds.items():
        if kind in STANDARD_LABEL:
            h = re.sub(r"[（(][^）)]*[）)]$", "", header_squashed[j])
            labels[j] = h if _LABEL.fullmatch(h) else STANDARD_LABEL[kind]
    others = [j for j in range(len(header)) if j not in kinds and header_squashed[j]]
    order = ("lead", "responsible", "support", "deadline")
    group_cols = [j for j, k in kinds.items() if k == "group"]
    task_cols = [j for j, k in kinds.items() if k == "task"]
    index_col = next((j for j, k in kinds.items() if k == "index"), None)
    last_group: list[Any] = [None] * len(group_cols)
    counter = 0
    for row in rows:
        cells = [t for t, _ in row]
        keys = [k for _, k in row]
        if [_SPACES.sub("", c) for c in cells] == header_squashed:
            continue  # the header repeated on a new page
        if len(set(keys)) == 1 or (
            len([c for c in cells if c.strip()]) == 1
            and cells[0].strip()
            and not any(cells[j].strip() for j in task_cols if j < len(cells))
        ):
            lines.append(_flat(cells[0] if cells[0].strip() else next(c for c in cells if c.strip())))
            continue  # a heading row spanning the table
        for g, j in enumerate(group_cols):
            if j < len(row) and keys[j] != last_group[g] and cells[j].strip():
                lines.append(_flat(cells[j]))
            last_group[g] = keys[j] if j < len(row) else None
        task = "".join(_flat(cells[j]) for j in task_cols if j < len(cells))
        counter += 1
        serial = None
        if index_col is not None and index_col < len(cells):
            m = _SERIAL.match(cells[index_col].strip())
            serial = m.group("n") if m else None
        fields = []
        for kind in order:
            for j, k in kinds.items():
                if k == kind and j < len(cells) and cells[j].strip():
                    value = _flat(cells[j], " ") if kind == "deadline" else _names(cells[j])
                    fields.append(f"{labels[j]}：{value}")
        line = f"{serial or counter}.{task}"
        if fields:
            line += "（" + "；".join(fields) + "）"
        lines.append(line)
        for j in others:
            if j < len(cells) and cells[j].strip():
                lines.append(f"{header_squashed[j]}：{_flat(cells[j])}")
    return lines

