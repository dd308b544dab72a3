"""Task tables written one row a line: markdown pipe rows and space-separated rows.

- Pipe rows (``| 1 | 推进… | 区发展改革委* | 区财政局 | 2024年底 |``): cells are split at
  the pipes; an alignment row (``|---|:---:|``) is skipped. A blank cell under a group or
  unit column is a merged cell: it takes the cell of the row above, until a new group cell
  is printed. An empty mark (``——``, ``/``, ``无``) is an empty cell and takes nothing.
- Space-separated rows (``1 推进城市更新 3 区发展改革委、区财政局``): the cells after the
  task are placed from the right by their shape (unit lists, dates, figures such as 任务数 or
  a yearly plan figure), the serial from the left; what lies between is the task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.extract.table_cells import Line, PlanCell, TableRow, Units, assign_units
from policykg.extract.table_columns import ROLE_KINDS, Header, plan_year

_ALIGN_ROW = re.compile(r"[|｜\s:：\-—–]+")
_TOKEN = re.compile(r"\S+")
_RUN_ON = ("、", "，", ",", "；", ";")
_HEADING_LIKE = re.compile(r"^[^。；;，,：:！？!?]{1,16}$")
_MAX_MISSES = 2


@dataclass
class _State:
    """What merged cells carry down: the last group cells and unit cells printed."""

    groups: dict[int, Line] = field(default_factory=dict)
    units: dict[int, Line | None] = field(default_factory=dict)


def read_pipe_rows(
    lines: list[Line], k: int, header: Header, units: Units, *, lead_first: bool = False
) -> tuple[list[TableRow], int]:
    """The rows of a pipe table whose header is the line before ``lines[k]``.

    Returns:
        ``(rows, index of the first line after the table)``.
    """
    rows: list[TableRow] = []
    state = _State()
    names = list(header.names)
    while k < len(lines):
        line = lines[k]
        if line.text.count("|") < 1:
            break
        k += 1
        if _ALIGN_ROW.fullmatch(line.text):
            continue
        cells = _pipe_cells(line)
        if len(cells) != len(header.kinds) or [c.text.replace(" ", "") for c in cells] == names:
            continue
        row = _row(cells, header, units, state, lead_first)
        if row is not None:
            rows.append(row)
    return rows, k


def read_spaced_rows(
    lines: list[Line], k: int, header: Header, units: Units, *, lead_first: bool = False
) -> tuple[list[TableRow], int]:
    """The rows of a space-separated table whose header is the line before ``lines[k]``.

    Returns:
        ``(rows, index of the first line after the table)``.
    """
    rows: list[TableRow] = []
    state = _State()
    misses = 0
    while k < len(lines):
        cells = _align_spaced(_tokens(lines[k]), header, units)
        if cells is None:
            misses += 1
            if misses > _MAX_MISSES or not rows:
                break
            k += 1
            continue
        misses = 0
        k += 1
        row = _row(cells, header, units, state, lead_first)
        if row is not None:
            rows.append(row)
    return rows, k


def _pipe_cells(line: Line) -> list[Line]:
    t = line.text
    bars = [i for i, c in enumerate(t) if c in "|｜"]
    if not bars:
        return []
    edges = bars
    if bars[0] != 0:
        edges = [-1, *edges]
    if bars[-1] != len(t) - 1:
        edges = [*edges, len(t)]
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        raw = t[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        s = line.start + a + 1 + lead
        out.append(Line(raw.strip(), s, s + len(raw.strip())))
    return out


def _tokens(line: Line) -> list[Line]:
    """The line's space-separated words, a word ending in 、 or ， joined with the next."""
    out: list[Line] = []
    for m in _TOKEN.finditer(line.text):
        word = Line(m.group(), line.start + m.start(), line.start + m.end())
        if out and (out[-1].text.endswith(_RUN_ON) or word.text.startswith(_RUN_ON)):
            prev = out[-1]
            gap = line.text[prev.end - line.start : word.start - line.start]
            out[-1] = Line(prev.text + gap + word.text, prev.start, word.end)
        else:
            out.append(word)
    return out


def _align_spaced(tokens: list[Line], header: Header, units: Units) -> list[Line | None] | None:
    """The words of a row placed into the columns, or None when they do not fit."""
    kinds = header.kinds
    t = header.task
    cells: list[Line | None] = [None] * len(kinds)
    r = len(tokens) - 1
    last_role = max(i for i, k in enumerate(kinds) if k in ROLE_KINDS)
    for col in range(len(kinds) - 1, t, -1):
        kind = kinds[col]
        shape = units.shape(tokens[r]) if r >= 0 else None
        if kind in ROLE_KINDS:
            if shape in ("unit", "empty"):
                cells[col], r = tokens[r], r - 1
            elif col == last_role:
                return None
        elif kind == "time" and shape in ("time", "empty"):
            cells[col], r = tokens[r], r - 1
        elif kind in ("number", "plan") and shape in ("number", "serial", "empty"):
            cells[col], r = tokens[r], r - 1
        elif kind == "other" and shape in ("time", "number", "empty"):
            cells[col], r = tokens[r], r - 1
    left = 0
    for col in range(t):
        if left > r:
            break
        kind = kinds[col]
        shape = units.shape(tokens[left])
        if kind == "serial" and shape == "serial":
            cells[col], left = tokens[left], left + 1
        elif kind == "group" and r - left >= 1 and shape == "text" and _HEADING_LIKE.match(tokens[left].text):
            cells[col], left = tokens[left], left + 1
    if left > r:
        return None
    words = tokens[left : r + 1]
    cells[t] = Line(" ".join(w.text for w in words), words[0].start, words[-1].end)
    return cells


def _row(cells: list[Line | None], header: Header, units: Units, state: _State, lead_first: bool) -> TableRow | None:
    """One row from its cells (None or a blank cell where nothing is printed)."""
    kinds = header.kinds
    t = header.task
    task = cells[t]
    if task is None or not task.text:
        return None
    serial = ""
    own_start = task.start
    new_group = False
    for col in range(t):
        cell = cells[col]
        if kinds[col] == "serial" and cell is not None and cell.text:
            serial = cell.text.rstrip(".、．")
        elif kinds[col] == "group" and cell is not None and cell.text:
            state.groups[col] = cell
            new_group = True
            own_start = min(own_start, cell.start)
    if new_group:
        state.units.clear()
    groups = [state.groups[c] for c in range(t) if kinds[c] == "group" and c in state.groups]
    roles = []
    unit_cells: list[list[Line]] = []
    deadline = None
    plan: list[PlanCell] = []
    for col in range(t + 1, len(kinds)):
        cell = cells[col]
        kind = kinds[col]
        if kind in ROLE_KINDS:
            if cell is None or not cell.text:
                cell = state.units.get(col)  # a merged cell: the one printed above
            else:
                state.units[col] = cell
            roles.append(ROLE_KINDS[kind])
            unit_cells.append([cell] if cell is not None and units.shape(cell) == "unit" else [])
        elif cell is not None and cell.text and units.shape(cell) != "empty":
            if kind == "time":
                deadline = cell.text
            elif kind == "plan":
                year = plan_year(header.names[col])
                if year is not None:
                    plan.append(PlanCell(year, header.names[col], cell.text, cell.start, cell.end))
    printed = [c for c in cells if c is not None and c.text]
    end = max(c.end for c in printed)
    unit_end = max((c.end for cs in unit_cells for c in cs if c.start >= task.start), default=task.end)
    row = TableRow(
        serial=serial,
        start=min(c.start for c in printed),
        end=end,
        text=task.text,
        text_start=own_start,
        text_end=max(unit_end, task.end),
        heading=groups[-1].text if groups else None,
        deadline=deadline,
        task_start=task.start,
        task_end=task.end,
        plan=plan,
    )
    block = [c for cs in unit_cells for c in cs]
    assign_units(unit_cells, roles, block, units, row, lead_first=lead_first)
    return row if row.entries or row.posts else None
