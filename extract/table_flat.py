"""Task tables flattened one cell a line, read row by row from where each row's unit cells fall.

Web pages mirrored to text print every table cell as a line of its own, and the layout is
gone: empty cells vanish (or read ``——`` / ``/``), a cell merged over several rows is printed
once, a header cell may be split over lines, the header comes again after every page break,
and a table need not have a 序号 column at all. This reader does not count on serial
numbers. It walks the lines in the order of the columns:

1. serial cells and text lines: the group cells (short headings) and then the task;
   a serial that comes after text means the text was a row spanning the table (一、…), which
   starts a new group;
2. short lines between the task and the units, when the header has such a column (牵头领导);
3. the cells after the task, in the header's order: unit cells (lists of names, or an
   empty mark), a date, figures (任务数, ``2024年目标``), notes.

A row ends with its last cell, so the next text line starts the next row. Rows whose unit
cells are missing take the units of the row above when they sit in the same group (the cell
was merged over them); rows spanning the table and new group cells stop that.

A table whose lead column comes first (``牵头单位 | 目标任务 | 责任单位``), each lead cell merged
over its rows and printed once, often upright a few characters a line, is read by
:func:`read_lead_column_rows`.
"""

from __future__ import annotations

import re

from policykg.extract.agencies import LEVEL_CHARS, is_agency_name, is_section_name, looks_like_body
from policykg.extract.records import Role
from policykg.extract.structure import MARKER_FIRST, MARKER_RE, marker_number
from policykg.extract.table_cells import (
    SHORT_NOTE,
    Line,
    PlanCell,
    TableRow,
    Units,
    assign_units,
    split_cells,
    unmarked,
)
from policykg.extract.table_columns import ROLE_KINDS, Header, is_status_column, plan_year

# A marker that opens a heading: 一、 （一） 1. 第一部分.
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[.、．](?!\d)|第[一二三四五六七八九十\d]+(?:章|节|部分|篇))"
)
_HEADING_LIKE = re.compile(r"^[^。；;，,：:！？!?]{1,30}$")
_MAX_TAIL_LINES = 3
_CELL_END = ("。", "；", ";", "！", "）", ")", "”")
# A row spanning the table by its words: 一、…, 行动一：…, 第一部分.
_SPANNING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+(?:部分|章|篇)|行动[一二三四五六七八九十\d]+|.*[：:])"
)
# A line that is only a short name in brackets: a body's second name (（安委办）, （区交通委）).
_SECOND_NAME = re.compile(r"^[（(][\u4e00-\u9fff]{2,10}[）)]$")
# A body's name cut short, alone on its line: a few Han characters.
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
_MAX_NAME_RUN = 4  # lines of a run of names cut short (with their second names) among a column's unit cells
# A piece of a unit cell split over lines: short, no punctuation, no marker or figure.
_SPLIT_PIECE = re.compile(r"^[^。；;，,：:、！？\d（）()]{1,10}$")


def read_flat(
    lines: list[Line], header: Header, units: Units, *, lead_first: bool = False, at_end: bool = True
) -> list[TableRow]:
    """The task rows of a flattened table body.

    Args:
        lines: the body lines, header repeats and separator lines already removed.
        header: the table's header.
        units: the unit parser.
        lead_first: the document rules that the first unit of each list leads.
        at_end: the body runs to the end of the table (not cut off by the size limit), so
            rows after the last unit cell may take the merged cell above them.

    Returns:
        The rows that name units, in reading order.
    """
    kinds = list(header.kinds)
    t = header.task
    after = kinds[t + 1 :]
    names_after = list(header.names[t + 1 :])
    n_groups = kinds[:t].count("group")
    roles_at = [i for i, k in enumerate(after) if k in ROLE_KINDS]
    if not roles_at:
        return []
    first_unit = roles_at[0]
    mid_other = sum(1 for k in after[:first_unit] if k == "other")
    mid_number = any(k in ("number", "plan") for k in after[:first_unit])
    # The text columns after the units, and whether the last of them is a progress column.
    trailing = [k for k in range(roles_at[-1] + 1, len(after)) if after[k] == "other"]
    progress_last = bool(trailing) and trailing[-1] == len(after) - 1 and is_status_column(names_after[-1])
    lines = list(lines)
    shapes = [units.shape(x) for x in lines]
    for x in range(1, len(lines)):
        # 5.实化运行消防 / 安全委员会: a heading cell split over lines, not a unit cell;
        # 3 / 改造提升社区卫生服务中心: a task worded like a name after its serial
        if (
            shapes[x] == "unit"
            and (
                shapes[x - 1] == "serial"
                or shapes[x - 1] == "text"
                and _MARKER.match(lines[x - 1].text)
                and _HEADING_LIKE.match(lines[x - 1].text)
            )
            and not units.is_unit_cell(lines[x])
        ):
            shapes[x] = "text"
    x = 1
    while x + 1 < len(lines):
        # 区土方工作 / 专班: a unit cell split over two lines
        a, b = lines[x], lines[x + 1]
        if (
            shapes[x] == shapes[x + 1] == "text"
            and _SPLIT_PIECE.match(a.text)
            and _SPLIT_PIECE.match(b.text)
            and (shapes[x - 1] == "text" and not _HEADING_LIKE.match(lines[x - 1].text))
            and (x + 2 == len(lines) or shapes[x + 2] in ("unit", "empty"))
            and units.is_unit_cell(Line(a.text + "\n" * (b.start - a.end) + b.text, a.start, b.end))
        ):
            lines[x : x + 2] = [Line(a.text + "\n" * (b.start - a.end) + b.text, a.start, b.end)]
            shapes[x : x + 2] = ["unit"]
        x += 1
    for x in range(len(lines) - 1):
        # 应急管理局 / （安委办）: a body's second name in brackets printed on the line after it, in its cell
        if shapes[x] == "unit" and _SECOND_NAME.match(lines[x + 1].text):
            shapes[x + 1] = "unit"
    placed: set[int] = set()  # (starts of) lines read as unit cells by their place among a column's unit cells
    for x in range(1, len(lines) - 1):
        # 省卫生厅 / 省人口计生 / 省妇联: a body's name cut short, which the tables lack, among the
        # unit cells of one column printed one name a line; it is a unit cell by its place; so is a run
        # of a few such names, each perhaps with its second name in brackets on the line after it
        # (发改局 / 经开区 / 高新园 / （邹区镇） / 各街道)
        if shapes[x] != "text" or shapes[x - 1] != "unit" or not _short_name(lines[x].text):
            continue
        y = x + 1
        while y < len(lines) and y - x < _MAX_NAME_RUN and shapes[y] == "text" and (
            _short_name(lines[y].text) or _SECOND_NAME.match(lines[y].text)
        ):
            y += 1
        if y < len(lines) and shapes[y] == "unit":
            for z in range(x, y):
                if not _SECOND_NAME.match(lines[z].text):
                    units.admit(lines[z])
                shapes[z] = "unit"
                placed.add(lines[z].start)
    x = 0
    while x < len(lines):
        # 完成…改造区房管局、区旧改总办: a unit cell joined to the end of the task before it
        if shapes[x] == "text" and (x + 1 == len(lines) or shapes[x + 1] != "unit"):
            cut = units.glued(lines[x])
            if cut is not None:
                y = lines[x]
                lines[x : x + 1] = [
                    Line(y.text[:cut], y.start, y.start + cut),
                    Line(y.text[cut:], y.start + cut, y.end),
                ]
                shapes[x : x + 1] = ["text", "unit"]
        x += 1
    n = len(lines)
    rows: list[TableRow] = []
    groups: list[list[Line] | None] = [None] * n_groups
    prev: TableRow | None = None
    serial = ""
    i = 0
    while i < n:
        # 1. serial cells and text lines
        texts: list[Line] = []
        pre_heads: list[Line] = []
        after_serial = False
        row_start: int | None = None  # where the row's first printed cell (its serial) starts
        j = i
        while j < n:
            s = shapes[j]
            if s == "text" or (
                # a row's first cell worded like a name (改造提升社区卫生服务中心) and no unit cell
                s == "unit"
                and not texts
                and j + 1 < n
                and shapes[j + 1] != "unit"
                and not units.is_unit_cell(lines[j])
            ):
                texts.append(lines[j])
            elif texts and mid_number and s in ("number", "serial"):
                break
            elif s == "serial" or (s == "empty" and not texts):
                if texts and after_serial and _style(lines[j].text) == _style(serial):
                    # 5 / 推进… / 6: a row of its own whose unit cell is merged from above;
                    # short lines after its task are the next row's group cell.
                    while len(texts) > 1 and (
                        _HEADING_LIKE.match(texts[-1].text) or _SPANNING.match(texts[-1].text)
                    ):
                        texts.pop()
                        j -= 1
                    break
                if texts and (after_serial or any(_SPANNING.match(x.text) for x in texts)):
                    # 二 / 构建…体系, 行动二：…: a row spanning the table; merged cells end here
                    groups = [None] * n_groups
                    prev, pre_heads = None, []
                elif texts:  # a group cell of a column printed before the serial
                    pre_heads = texts
                texts = []
                row_start = lines[j].start
                serial = lines[j].text if s == "serial" else serial
                after_serial = True
            else:
                break
            j += 1
        if not texts:
            i = j + 1  # a cell with no row (a unit cell after a row we could not read)
            prev = None
            continue
        # 2. short lines between the task and the unit cells (牵头领导: 钱宇)
        if mid_other:
            if j < n and shapes[j] in ("unit", "empty"):
                peeled = 0
                while len(texts) > 1 and peeled < 3 and SHORT_NOTE.match(texts[-1].text):
                    texts.pop()
                    peeled += 1
            skipped = 0
            while (
                j + 1 < n
                and skipped < 3
                and shapes[j] == "unit"
                and shapes[j + 1] in ("unit", "empty")
                and SHORT_NOTE.match(lines[j].text)
                and not units.is_unit_cell(lines[j])
                # (城管局: a unit the tables lack that ends as a body does is the lead cell, not a leader)
                and not is_agency_name(lines[j].text)
            ):
                j += 1
                skipped += 1
        # 3. the cells after the task
        p = j
        block: list[Line] = []
        cells: list[list[Line]] | None = None
        deadline: str | None = None
        plan: list[PlanCell] = []
        tail: list[tuple[int, Line]] = []  # (column, cell) of the text cells after the units
        k = 0
        while k < len(after):
            kind = after[k]
            if kind in ROLE_KINDS:
                width = 1
                while k + width < len(after) and after[k + width] in ROLE_KINDS:
                    width += 1
                block, p = _unit_block(lines, shapes, p, width, units, placed)
                if block and p < len(lines) and shapes[p] == "text" and _open_cells(block) < width:
                    cut = units.glued_head(lines[p])
                    if cut is not None:  # the next unit cell was joined to the next task
                        x = lines[p]
                        lines[p : p + 1] = [
                            Line(x.text[:cut], x.start, x.start + cut),
                            Line(x.text[cut:], x.start + cut, x.end),
                        ]
                        shapes[p : p + 1] = ["unit", "text"]
                        n = len(lines)
                        block, p = _unit_block(lines, shapes, p - len(block), width, units, placed)
                cells = column_cells(block, width, units, lead_column=after[k] == "lead")
                k += width
                continue
            if p < n and kind == "time" and shapes[p] in ("time", "empty"):
                deadline = lines[p].text if shapes[p] == "time" else None
                p += 1
            elif p < n and kind in ("number", "plan") and shapes[p] in ("number", "serial", "empty"):
                year = plan_year(names_after[k]) if kind == "plan" else None
                if year is not None and shapes[p] != "empty":
                    plan.append(PlanCell(year, names_after[k], lines[p].text, lines[p].start, lines[p].end))
                p += 1
            elif p < n and kind == "other" and k > first_unit and (
                shapes[p] in ("time", "number", "empty") or after_serial and _before_serial(shapes, p)
            ):
                # 推进情况, 说明: a cell after the units (a text cell when the next row opens with its serial)
                tail.append((k, lines[p]))
                p += 1
            k += 1
        unit_lines = [x for x in block if units.shape(x) == "unit"]
        heads, task, spanning = _split_text(texts, n_groups)
        if spanning:
            groups = [None] * n_groups
            prev = None
        for slot, cell in zip(range(n_groups - len(heads), n_groups), heads, strict=True):
            groups[slot] = cell
        heading_lines = groups[-1] if n_groups and groups[-1] else (pre_heads or None)
        if not block:
            # No unit cell: the rows take the merged cell of the row above, one row a line.
            # rows after the last unit cell of the table: only in the serial group of the row above
            # (and only whole cells: text cut off mid-sentence is no row of its own)
            tail_ok = p < n or (
                at_end
                and len(task) <= _MAX_TAIL_LINES
                and not after_serial
                and all(x.text.endswith(_CELL_END) for x in task)
            )
            if prev is not None and not spanning and tail_ok:
                rows += _merged_rows(task, prev, serial, heading_lines, deadline)
            else:
                prev = None
            i = max(p, j)
            continue
        if prev is not None and not spanning and (own := _own_row_at(task, prev)):
            # (3)… 商务局 / (4)… / (5)… / (6)… 工信局: items numbered on from the row above, each a whole cell,
            # before the one the unit cells follow, are rows of their own under the merged cell above
            rows += _merged_rows(task[:own], prev, serial, heading_lines, None)
            task = task[own:]
        end = max(x.end for x in block) if block else task[-1].end
        first = [x.start for x in (*pre_heads[:1], *(h[0] for h in heads[:1]), task[0])]
        row = _row(serial, min(first if row_start is None else [*first, row_start]), end, task, heading_lines)
        row.end = max(end, lines[p - 1].end) if p > j else end
        row.deadline = deadline
        row.plan = plan
        row.status = _status(tail, trailing, names_after, progress_last, units)
        roles = [ROLE_KINDS[k] for k in after if k in ROLE_KINDS]
        assign_units(cells, roles, unit_lines, units, row, lead_first=lead_first)
        if row.entries or row.posts:
            rows.append(row)
            prev = row
        else:
            prev = None
        i = p if p > i else i + 1
    return rows


def _merged_rows(
    task: list[Line], prev: TableRow, serial: str, heading: list[Line] | None, deadline: str | None
) -> list[TableRow]:
    """Rows of one line each that print no unit cell: they take the merged cells of the row above, ``prev``."""
    out = []
    for line in task:
        row = _row(serial, line.start, line.end, [line], heading)
        row.entries = list(prev.entries)
        row.posts = list(prev.posts)
        row.open_list = prev.open_list
        row.roles_known = prev.roles_known
        row.deadline = deadline or prev.deadline
        out.append(row)
    return out


def _item_number(text: str) -> tuple[str, int] | None:
    """``(style, number)`` of the item number a line opens with (（4）, （四）, 4., 四、), or None."""
    m = MARKER_RE.match(text) if text[:1] in MARKER_FIRST else None
    return None if m is None else marker_number(m)


def _own_row_at(task: list[Line], prev: TableRow) -> int:
    """Where a row's own task starts among its text lines when those before it are rows of their own that
    print no unit cell (the cell above merged over them): every line a whole cell that opens with an item
    number, numbered on from the row above's; 0 when not so."""
    if len(task) < 2 or "\n" in prev.text:
        return 0
    last = _item_number(prev.text)
    if last is None:
        return 0
    for line in task:
        got = _item_number(line.text)
        if got is None or got != (last[0], last[1] + 1) or not line.text.endswith(_CELL_END):
            return 0
        last = got
    return len(task) - 1


def _status(
    tail: list[tuple[int, Line]], trailing: list[int], names: list[str], progress_last: bool, units: Units
) -> list[tuple[int, int]]:
    """The spans of a row's progress cells (落实情况, 1-9月推进情况) among the text cells after its units.

    Each cell is in the column it was read for; but a row that prints fewer of these cells than
    the header has columns lost its empty cells, and a progress report fills its progress
    column, the last: the cells are then aligned on the right.
    """
    if progress_last and 0 < len(tail) < len(trailing) and all(k in trailing for k, _ in tail):
        tail = list(zip(trailing[len(trailing) - len(tail) :], (x for _, x in tail), strict=True))
    return [
        (x.start, x.end) for k, x in tail if is_status_column(names[k]) and units.shape(x) != "empty"
    ]


def _before_serial(shapes: list[str], p: int) -> bool:
    """Whether the line at ``p`` is a text cell that a serial cell, or the end of the table,
    follows before any unit cell (the trailing cells of a numbered row, not the task of the next one)."""
    if shapes[p] != "text":
        return False
    for q in range(p + 1, len(shapes)):
        if shapes[q] == "serial":
            return True
        if shapes[q] == "unit":
            return False
    return True


def _short_name(text: str) -> bool:
    """Whether a line may be a body's name cut short (``省人口计生``, ``人口计生``, ``省新闻出版``): a few
    Han characters that, past a level written before them, read as a body's name by their form
    (:func:`~policykg.extract.agencies.looks_like_body`: no verb, date or post)."""
    if not _SHORT_NAME.fullmatch(text):
        return False
    rest = text[1:] if text[0] in LEVEL_CHARS and len(text) > 3 else text
    return looks_like_body(rest)


def _style(serial: str) -> str:
    """The numbering style of a serial cell: 1 / 一 / （一） / ① / an empty mark."""
    if not serial or serial[0] in "—–-－/／":
        return "empty"
    if serial[0] in "（(":
        return "paren"
    if serial[0].isdigit():
        return "digit"
    if serial[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "circled"
    return "han"


def _row(serial: str, start: int, end: int, task: list[Line], heading: list[Line] | None) -> TableRow:
    return TableRow(
        serial=serial,
        start=start,
        end=end,
        text="\n".join(x.text for x in task),
        text_start=task[0].start,
        text_end=task[-1].end,
        heading="".join(x.text for x in heading) if heading else None,
    )


def _unit_block(
    lines: list[Line], shapes: list[str], p: int, width: int, units: Units, placed: set[int]
) -> tuple[list[Line], int]:
    """The unit lines (and empty cells) from ``p``; an empty cell beyond the columns is left (and a name-like
    line, unless it is among the ``placed`` lines, unit cells by their place between others)."""
    block: list[Line] = []
    closed = 0
    while p < len(lines) and shapes[p] in ("unit", "empty"):
        if closed >= width and (shapes[p] == "empty" or not units.is_unit_cell(lines[p])) and (
            lines[p].start not in placed
        ) and not (
            # 省质监局 / 广东出入境检验检疫局 / 3.…: a body's name that the next row's task or serial
            # follows is no task (a task worded like a name has its units, figures or dates after it):
            # one more name of the last column
            shapes[p] == "unit"
            and p + 1 < len(lines)
            and shapes[p + 1] in ("text", "serial")
            and is_agency_name(lines[p].text)
        ) and not (
            # 农业股 / 乡村产业发展股: a department's sections one a line, the cell's list printed one name a line
            shapes[p] == "unit"
            and block
            and is_section_name(lines[p].text)
            and is_section_name(block[-1].text)
        ):
            break  # an empty cell or a name-like task beyond the columns belongs to what follows
        if shapes[p] == "empty":
            closed += 1
        elif not lines[p].text.endswith(("、", "，", ",", "；", ";")) and not _SECOND_NAME.match(lines[p].text):
            closed += 1
        block.append(lines[p])
        p += 1
    return block, p


def _open_cells(block: list[Line]) -> int:
    """How many cells a unit block closes (a line ending in 、 runs on)."""
    return sum(1 for x in block if not x.text.endswith(("、", "，", ",", "；", ";")))


def column_cells(block: list[Line], width: int, units: Units, *, lead_column: bool = False) -> list[list[Line]] | None:
    """The block as one cell per unit column, or None when the lines do not fit the columns.

    With a lead column first (牵头单位 | 配合单位), lines that do not fit are read by the shape such
    tables have: the lead cell holds one body, so fewer cells than columns are the first columns'
    (a row printing its lead only: the others merged away or empty), and more are the last column's
    (its list printed one name a line: 发改局 / 各街道 / 统计局).
    """
    if width == 1:
        return [block]
    cells: list[list[Line]] = []
    current: list[Line] = []
    for line in block:
        if cells and not current and _SECOND_NAME.match(line.text):
            cells[-1].append(line)  # （安委办）: the second name of the body the cell before holds
            continue
        if units.shape(line) == "empty":
            if current:
                cells.append(current)
                current = []
            cells.append([])
            continue
        for piece in split_cells([line], units):
            current += piece
            if not piece[-1].text.endswith(("、", "，", ",", "；", ";")):
                cells.append(current)
                current = []
    if current:
        cells.append(current)
    if len(cells) == width:
        return cells
    if not lead_column or not cells or not cells[0]:
        return None
    if len(cells) < width:
        # (only a cell of one plain name: a list or a marked name says nothing of its column)
        if any(len(cell) != 1 or "、" in cell[0].text or unmarked(cell[0]) is not cell[0] for cell in cells):
            return None
        return cells + [[] for _ in range(width - len(cells))]
    return [*cells[: width - 1], [line for cell in cells[width - 1 :] for line in cell]]


def _split_text(texts: list[Line], n_groups: int) -> tuple[list[list[Line]], list[Line], bool]:
    """A row's text lines as (group cells, task lines, whether a spanning row came first).

    The task starts at the first line that is not a short heading (the last line when all
    are). Headings before it fill the group columns from the innermost outwards; a heading
    without a marker continues the one before it when that one has a marker
    (``5.实化运行消防`` / ``安全委员会``). More headings than group columns: leading ones with
    a marker are rows spanning the table, others are one cell split over lines.
    """
    k = next((x for x, line in enumerate(texts) if not _HEADING_LIKE.match(line.text)), len(texts) - 1)
    heads_lines, task = texts[:k], texts[k:]
    cells: list[list[Line]] = []
    for line in heads_lines:
        if cells and not _MARKER.match(line.text) and _MARKER.match(cells[-1][0].text):
            cells[-1].append(line)
        else:
            cells.append([line])
    spanning = False
    if len(cells) > n_groups:
        extra = len(cells) - n_groups
        if _MARKER.match(cells[0][0].text) or n_groups == 0:
            spanning = True
            cells = cells[extra:]
        else:
            cells = [[x for c in cells[: extra + 1] for x in c], *cells[extra + 1 :]]
    return cells, task, spanning


# A piece of a cell printed a few characters a line (``市\n监\n察\n局``): short, no punctuation, no figure.
_UPRIGHT_PIECE = re.compile(r"^[^\s。；;，,：:、！？!?\d（）()|｜]{1,5}$")
_MAX_UPRIGHT = 8  # pieces of one cell
_MAX_MERGED_ROWS = 6  # rows in a run that print no unit cell, under the merged cell above them


def read_lead_column_rows(
    lines: list[Line], piped: list[bool], header: Header, units: Units
) -> tuple[list[TableRow], int]:
    """The rows of a flattened table whose lead column comes first, its cells merged over the rows.

    A 分解表 of a work report may print ``牵头单位 | 目标任务 | 责任单位``: each lead cell spans the
    rows of its tasks and is printed once, above them, at a line's start, often upright, a few
    characters a line (``市\\n监\\n察\\n局``); the later cells of a row open their lines with a pipe.
    A lead cell is a line (or a run of upright pieces) that does not open with a pipe, spells a
    body's name and comes before a task opening with a pipe; it leads every later row until the
    next lead cell. A row's unit cell opens with a pipe after its task; a row printing none
    takes the cell of the row above (merged), under the same lead.

    Args:
        lines: the body lines (separator lines removed).
        piped: for each line, whether it opens with a pipe.
        header: the header; its first column is the lead column, its second the task.
        units: the unit parser.

    Returns:
        ``(rows, index of the first line after the table)``.
    """
    roles = [ROLE_KINDS[k] for k in header.kinds[2:] if k in ROLE_KINDS]
    rows: list[TableRow] = []
    lead: Line | None = None
    above: Line | None = None  # the unit cell of the row above, under the same lead
    merged = 0
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        cell = None if piped[i] else _lead_cell(lines, piped, i, units)
        if cell is not None:
            lead, above, merged = cell[0], None, 0
            i = cell[1]
            continue
        if lead is None or units.shape(line) != "text" or _MARKER.match(line.text):
            break
        j = i + 1
        # (the line with a pipe after the task is its unit cell by its place, read for the names it holds:
        # 商务局、高新区、岳麓区 is a cell though two of its places are no names of bodies)
        unit = lines[j] if j < n and piped[j] and _names_in(lines[j], units) else None
        if unit is not None:
            above, merged, j = unit, 0, j + 1
        elif above is None or merged >= _MAX_MERGED_ROWS or _UPRIGHT_PIECE.match(line.text):
            break  # (a piece of a lead cell that spells no name is no task)
        else:
            merged += 1
        end = (unit or line).end
        row = TableRow(serial="", start=line.start, end=end, text=line.text, text_start=line.start, text_end=line.end)
        assign_units([[lead], [above]], [Role.LEAD, *roles[:1]], [lead, above], units, row)
        if row.entries:
            rows.append(row)
        i = j
    return rows, i


def _lead_cell(lines: list[Line], piped: list[bool], i: int, units: Units) -> tuple[Line, int] | None:
    """The lead cell that starts at line ``i`` and the index of the line after it, or None.

    The cell is one line, or a run of upright pieces joined into the name they spell; a task
    opening with a pipe must follow it.
    """
    end = i + 1
    if _UPRIGHT_PIECE.match(lines[i].text):
        while end < len(lines) and end - i < _MAX_UPRIGHT and not piped[end] and _UPRIGHT_PIECE.match(lines[end].text):
            end += 1
    if end >= len(lines) or not piped[end] or units.shape(lines[end]) != "text":
        return None
    pieces = lines[i:end]
    # (the line breaks between the pieces are kept, so that offsets still hold; the parser reads past them)
    text = "".join(x.text + "\n" * (y.start - x.end) for x, y in zip(pieces, pieces[1:], strict=False))
    cell = Line(text + pieces[-1].text, pieces[0].start, pieces[-1].end)
    return (cell, end) if units.is_units(cell) and len(units.parse(cell.text, cell.start)[0]) == 1 else None


def _names_in(line: Line, units: Units) -> bool:
    """Whether a cell names a body: a unit cell, or a list that holds a name among places."""
    return units.shape(line) == "unit" or ("。" not in line.text and bool(units.parse(line.text, line.start)[0]))
