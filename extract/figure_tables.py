"""Figure tables: the yearly figures of a table that assigns no tasks.

Plans annex indicator and programme tables (主要指标表, 年度计划表, 造林项目计划表): a row
names what is counted, a column a year (``2023年``, ``2024年目标``, ``2025``), each cell the
figure planned for that year. Task tables (with 牵头/责任 columns) hand their plan cells over
through :mod:`policykg.extract.task_tables`; this module reads the tables whose header has
year columns but no role column, in these text layouts:

- pipe rows (``| 指标 | 单位 | 2023年 | 2024年 |``), and rows of cells apart by spaces where
  the normalised text keeps them, under a header of the same cells: a cell is read under
  the column at its position (normalising joins the Chinese cells of most space-separated
  rows, so those are left unread). A plan-execution table (``2022年 计划目标 | 2022年实绩``) gives
  its plan column; a row is aligned on its 单位 cell when a merged group cell or a missing serial
  changes its width, and a plan cell stating a change (``增长7%左右``) is the rate of change of
  what the row counts; a sum column right after the year columns (``〔累计〕``, ``累计``) holds the
  plan's total over its years (``〔18〕``), due by the last year;
- one cell a line (a web page's table flattened), rows numbered by a 序号 column: empty cells
  are left out in that layout, so a row's figures are its last run of numbers as long as the
  year columns (a note may follow it), one per year column, the years in order. A number
  before them that is their sum is the row's total, due by the last year.

A place matrix (主要预期指标分解汇总表: ``序号 | 指标名称 | 单位 | 苏州市 | 张家港 | …``, flattened
one cell a line) breaks each indicator down by place instead of by year: its first place column
is the issuing place's own (or the total), whose figure is the document's target, due in the
year of the table's title (:func:`place_matrix_cells`); each other place's figure is that place's
share of the plan (东城区 | 7以上 → 东城区地区生产总值增幅), as a place table's rows are. A
place table printed the other way round (``地区 | 能耗降幅目标(%) |`` over ``全市 | 3.4 |``, ``港区 | 3.4 |``
…, with bars, a row a line or one cell a line) gives its whole place's row the same way, and each other
place's row as that place's share of the plan (港区能耗降幅目标: its rows are whole, so each figure is placed).

A figure is a number with or without its unit; a bare number takes the row's unit cell (a
short cell right before the figures: 个, 亩, 万元) or the unit a column's name gives in
brackets (``实施面积（亩）``). Columns naming a base or an actual figure (``2020年（基期）``,
``现状值``) are not plans.

A standards table (:func:`standard_cells`) has no year column: a column named for a rate, a
price, a fee, a limit or a standard with its unit in brackets (``收费标准（元/吨）``,
``补助标准(元/亩)``, ``排放限值（mg/m³）``) over rows of bare figures, each row opening with its
label (``居民生活类污水 | 0.7``). Each figure is that row's standing rule: no year, its indicator
the label and the column's name.

A scored target table (:func:`scored_tables`, an assessment's 目标任务分解表 flattened one cell a
line) prints a score column between each indicator and its figure (``城镇新增就业人数 | 1 | 5800 |
区人社局``): the figure is the indicator's target, the score a weight of the assessment and none. A
goal table (:func:`_read_goal_table`, a 考核 table without a score column) prints a 单位 column right before a
yearly goal column that names no year (``粮食播种面积 | 万亩 | 0.07 | 县农业农村局``): it is read the same way,
each row's goal with its unit cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from policykg.extract.patterns import FIVE_YEAR_END, HAN_CHAR, squash
from policykg.extract.roles import ROLE_LABEL_PATTERN
from policykg.extract.scan import LineRegex
from policykg.extract.table_columns import PLACE_COLUMN, plan_year

__all__ = [
    "COLUMN_UNIT", "FigureCell", "ScoredRow", "ScoredTable", "figure_cells", "place_matrix_cells", "scored_cells",
    "scored_tables", "standard_cells",
]

_ROLE = re.compile(ROLE_LABEL_PATTERN)
# A column that states where things stand, not a plan.
_NOT_PLAN = re.compile(r"基期|基准|基数|现状|实际|已完成|上年")
# A figure cell: a number, perhaps with a short unit after it (2000, 3000个, 4.5万元, 40%), a
# comparator symbol before it (>60, <5.5, ≥95) or a limit word after it (36左右, 100以上); an
# indicator table writes a cumulative figure in square brackets ([20], [累计达到1000], 〔18〕).
_FIGURE = re.compile(
    r"(?P<cmp>[<>＜＞≤≥](?:=)?)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s|｜.。，、；：:（）()<>\[\]]{1,4}?)??"
    r"(?P<post>左右|以上|以下|以内)?"
)
#: A note's mark closing a label: 每万人口高价值发明专利拥有量[1].
_FOOTNOTE = re.compile(r"\[\d{1,2}\]$")
_CUMULATIVE = re.compile(r"[\[〔](?:累计)?(?:达到)?(?P<fig>[^\[\]〔〕]+)[\]〕]")
#: The comparator of a symbol or limit word a figure cell holds (左右 and none are ``=``).
_COMPARATOR = {"<": "<", "＜": "<", ">": ">", "＞": ">", "<=": "<=", "≤": "<=", ">=": ">=", "≥": ">=",
               "以上": ">=", "以下": "<=", "以内": "<="}
#: A markdown table's rule row (|---|:--:|) or a line of rules and pipes between its rows.
_RULE_ROW = re.compile(r"[|｜:：\-—=+\s]+")
# A cell that only fills a place: empty, a dash, a slash, a tick.
_FILLER = re.compile(r"^[\s/／—–\-－─√✓×]*$")
_SERIAL = re.compile(r"^\s*(?P<n>\d{1,3})[.、．]?\s*$")
#: A unit a column's name gives in brackets: 实施面积（亩）, 2025年（万元）.
COLUMN_UNIT = re.compile(r"[（(](?P<unit>[^（）()\d]{1,6})[）)]")
# A unit cell: a few characters, no digits (个, 亩, 万元, 公里, 万人次).
_UNIT_CELL = re.compile(r"^[^\d\s/／—\-|｜。，、；：:（）()]{1,4}$")
_SHORT = 16  # the longest header cell, in characters
_MAX_HEADER = 30  # header cells looked back over from a year column


@dataclass(frozen=True, slots=True)
class FigureCell:
    """One planned figure of a figure table.

    Attributes:
        label: what the row counts (its first text cell, spaces inside removed).
        value: the figure.
        unit: the unit written in the cell itself, else "".
        row_unit: the row's short cell right before its figures (个, 亩, 万元 — or a short name:
            the caller knows units and decides), else the bracket its label ends with (自给率（%）),
            else "".
        column_unit: the unit its column's name gives in brackets (实施面积（亩）), else "".
        year: the year of its column, the last year for a row's total.
        start: where the figure's cell starts in the text.
        end: where it ends.
        row: the row's text as printed (its cells joined by line breaks or bars).
        comparator: ``=``, or the bound a symbol or limit word in the cell sets (``>60``: ``>``).
        annual: whether the figure is a yearly one (the ``年均`` column after a plan's year column).
        column: the name of its column without the unit's bracket, for a standards table's cell
            (收费标准), else "".
    """

    label: str
    value: float
    unit: str
    row_unit: str
    column_unit: str
    year: int
    start: int
    end: int
    row: str
    comparator: str = "="
    annual: bool = False
    column: str = ""


@dataclass(slots=True)
class _Cell:
    text: str
    start: int
    end: int


def figure_cells(text: str) -> list[FigureCell]:
    """Every planned figure of the figure tables in ``text`` (a document's normalised text).

    Only the lines holding a year cell (:data:`_YEAR_CELLS`) are read as a header; a table
    read from one is not read again from a later year cell inside it."""
    year_cells = _year_cells(text)
    if not year_cells:
        return []
    lines = _Lines(text)
    starts = lines.starts
    out: list[FigureCell] = []
    done = 0  # lines before this one belong to a table already read
    for at in year_cells:
        i = bisect_right(starts, at + 1) - 1  # the cell's separator may end the line before
        if i < done:
            continue
        line = lines[i]
        cells = _split(line)
        if not cells and (read := _read_year_rows(lines, i, out)) is not None:
            done = read
        elif len(cells) >= 3 and _years(cells):
            done = _read_line_table(lines, i, cells, out)
        elif (c := _stripped(line)) is not None and plan_year(c.text) is not None and len(c.text) <= _SHORT:
            done = _read_flat_table(lines, i, out)
    return out


class _Lines:
    """The lines of a text as cells, made when asked for (most of a text is never read here)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> _Cell:
        a = self.starts[k]
        b = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
        return _Cell(self.text[a:b], a, b)


_BREAK = re.compile("\n")


def _split(line: _Cell) -> list[_Cell]:
    """A line's cells: apart by bars, else by runs of spaces."""
    t = line.text
    if "|" in t or "｜" in t:
        pattern = r"[^|｜]+"
    elif re.search(r"\S\s+\S", t):
        pattern = r"\S+"
    else:
        return []
    cells = [_Cell(m.group().strip(), line.start + m.start() + (len(m.group()) - len(m.group().lstrip())),
                   line.start + m.end() - (len(m.group()) - len(m.group().rstrip())))
             for m in re.finditer(pattern, t)]
    return [c for c in cells if c.text]


def _years(names: list[_Cell]) -> dict[int, int]:
    """Column index → year for the plan columns among header cells; {} for no figure table
    (no year column, a role column, or a header cell too long to be a column name)."""
    years: dict[int, int] = {}
    for k, c in enumerate(names):
        if len(c.text) > _SHORT or _ROLE.search(c.text):
            return {}
        y = plan_year(c.text)
        if y is not None and not _NOT_PLAN.search(c.text):
            years[k] = y
    if not years or len(years) == len(names):
        return {}
    ys = list(years.values())
    if ys != sorted(ys) or len(set(ys)) != len(ys):
        return {}
    first = min(years)
    if len(ys) > 1 and _base_year(squash(names[first].text), ys[0], ys[1]):
        del years[first]  # | 2015年 | 2020年 |: where things stood, then the plan
    return years


#: A column after a plan's year columns holding the plan's sum over its years (〔累计〕, [累计], 五年累计): its figure
#: (〔18〕, the plan's cumulative decline) is due by the last year.
_SUM_COLUMN = re.compile(r"[〔\[（(]?(?:五年)?累计(?:值|数)?[〕\]）)]?")


def _sum_column(names: list[str], years: dict[int, int]) -> int | None:
    """The place of a plan table's sum column (see :data:`_SUM_COLUMN`) right after its last year column
    (``指标 | 2015年 | 2020年 | 〔累计〕 | 属性``), or None; ``names`` are the header's names squashed, by the
    places ``years`` counts. A plan table is an indicator table with a 属性 column or a year column before
    its plan years (a base year, 基期值); a table with a column of what was done (完成率, 完成情况: see
    :data:`_DONE_COLUMN`) is none, its 累计 the amount done so far."""
    k = max(years) + 1 if years else len(names)
    if k >= len(names) or k - 1 not in years or "累计" not in names[k] or not _SUM_COLUMN.fullmatch(names[k]):
        return None
    first = min(years)
    if any(_DONE_COLUMN.search(n) for n in names) or not (
            any("属性" in n for n in names) or any(plan_year(n) is not None for n in names[:first])):
        return None
    return k


def _total_cell(cells: list[_Cell], k: int, years: dict[int, int]) -> bool:
    """Whether a row's cell in the sum column (at ``k``) states the plan's total: bracketed (〔18〕, [36]),
    or its year cells empty; a sum of the row's year figures (10 | 12 | 22) is none of the plan's targets."""
    return cells[k].text[:1] in "[〔" or all(_FILLER.match(cells[y].text) for y in years if y != k)


def _base_year(name: str, year: int, next_year: int | None) -> bool:
    """Whether the first year column (``name``, its ``year``) states where things stood: a bare year
    (``2015年``) a plan's span or more before the next year column (``2020年``)."""
    return next_year is not None and next_year - year >= _BASE_GAP and _BARE_YEAR.fullmatch(name) is not None


def _unit_of(name: str) -> str:
    m = COLUMN_UNIT.search(name)
    return m.group("unit") if m else ""


def _figure(cell: _Cell) -> tuple[float, str, str] | None:
    """``(value, unit as written, comparator)`` of a figure cell, or None for another cell."""
    t = cell.text.replace(",", "")
    if t[:1] in "[〔" and (c := _CUMULATIVE.fullmatch(t)):
        t = c.group("fig")  # [累计达到1000]: the figure reached by the end
    m = _FIGURE.fullmatch(t)
    if m is None:
        return None
    return float(m.group("num")), m.group("unit") or "", _COMPARATOR.get(m.group("cmp") or m.group("post") or "", "=")


def _read_line_table(lines: _Lines, i: int, header: list[_Cell], out: list[FigureCell]) -> int:
    """Rows of cells under a header line of as many cells (pipe or space separated).

    With a 单位 column, a row of another width is read by its unit cell (:func:`_shifted_row`),
    and a line of a few names right under the header names the parts of a spanning column
    (``2022年实绩`` over ``绝对值 | 增速``): it is skipped."""
    years = _years(header)
    total = _sum_column([squash(h.text) for h in header], years)
    if total is not None:
        years = {**years, total: years[total - 1]}
    units = [_unit_of(h.text) for h in header]
    unit_col = next((k for k, h in enumerate(header) if h.text.replace(" ", "") == "单位"), None)
    j = i + 1
    while j < len(lines):
        t = lines[j].text.strip()
        if not t:
            j += 1
            continue
        if _RULE_ROW.fullmatch(t):
            j += 1
            continue  # a markdown rule
        cells = _split(lines[j])
        if len(cells) == len(header) and unit_col is not None and years and not _is_unit_cell(cells[unit_col].text) \
                and (row := _shifted_row(cells, unit_col, len(header), left_only=True)) is not None:
            cells = row  # | 粮食总产量 | 万吨 | 110 | 111.2 | 1.1 |: no serial, one more cell on the right
        elif len(cells) != len(header):
            if unit_col is None or not years:
                break
            if j == i + 1 and 0 < len(cells) < len(header) and all(len(c.text) <= _SHORT and _figure(c) is None
                                                                   for c in cells):
                j += 1
                continue  # | 绝对值 | 增速(%) |: the parts of a column spanning two
            row = _shifted_row(cells, unit_col, len(header))
            if row is None:
                break
            cells = row
        label = next((c.text for k, c in enumerate(cells) if k not in years and k != unit_col
                      and not _SERIAL.match(c.text) and _figure(c) is None and not _FILLER.match(c.text)), "")
        row_unit = cells[unit_col].text if unit_col is not None else ""
        if not row_unit and (m := _LABEL_UNIT.search(label.strip())):
            row_unit = m.group("unit")  # 比率(%): the label gives the unit (the caller decides)
        for k, y in years.items():
            cell = cells[k]
            if k == total and not _total_cell(cells, k, years):
                continue
            change = cell.text[:2] if cell.text[:2] in _CHANGE_WORDS else ""
            if change:  # 增长7%左右: the rate of change of what the row counts
                cell = _Cell(cell.text[2:], cell.start + 2, cell.end)
            fig = _figure(cell)
            if fig is None or not label:
                continue
            value, unit, comparator = fig
            out.append(FigureCell(squash(label) + change, value, unit, row_unit, units[k], y,
                                  cells[k].start, cells[k].end, lines[j].text.strip(), comparator))
        j += 1
    return j


#: Words opening a plan cell that states a rate of change (增长7%左右, 下降3%).
_CHANGE_WORDS = frozenset({"增长", "下降"})
_NO_CELL = _Cell("", 0, 0)


def _shifted_row(cells: list[_Cell], unit_col: int, width: int, *, left_only: bool = False) -> list[_Cell] | None:
    """A row of another width than the header, as ``width`` cells aligned on its unit cell, or None.

    A row may open with a group cell the header has no column for (``经济发展 | 1 | 地区生产总值 |
    亿元 | …``: the first row under a merged cell), or leave out a serial or empty cells; its unit cell
    (the first short cell without a figure after a label) sits where the header's 单位 is.
    ``left_only``: only a row that left out a leading cell (a row as wide as the header, whose cell
    under 单位 is no unit).
    """
    u = next((k for k in range(1, len(cells)) if _is_unit_cell(cells[k].text)
              and _figure(cells[k - 1]) is None and not _SERIAL.match(cells[k - 1].text)), None)
    if u is None or abs(u - unit_col) > 2 or left_only and u >= unit_col:
        return None
    shift = u - unit_col
    return [cells[k + shift] if 0 <= k + shift < len(cells) else _NO_CELL for k in range(width)]


def _is_unit_cell(text: str) -> bool:
    """Whether a cell is a row's unit: 亿元, %, 万元/人年."""
    return bool(text) and all(_UNIT_CELL.match(p) for p in text.split("/"))


def _stripped(line: _Cell) -> _Cell | None:
    """A line's text without the spaces around it, with its own offsets; None for a blank line.
    A bar closing the line is a cell's border (a table flattened one cell a line, each ending ``|``)."""
    t = line.text.strip()
    if t[-1:] in ("|", "｜"):
        t = t.strip("|｜ \t\u3000")
    if not t:
        return None
    at = line.start + line.text.find(t)
    return _Cell(t, at, at + len(t))


def _cell_text(line: _Cell) -> str:
    """A line's text as one cell (see :func:`_stripped`), "" for a blank line."""
    c = _stripped(line)
    return c.text if c is not None else ""


def _read_flat_table(lines: _Lines, i: int, out: list[FigureCell]) -> int:
    """A table flattened one cell a line whose header holds the year line at ``i``."""
    # The header: the short lines around the year columns, back to a line that is not one,
    # and on to the first serial.
    before: list[_Cell] = []
    k = i - 1
    while k >= 0 and i - k <= _MAX_HEADER * 2:
        c = _stripped(lines[k])
        if c is not None:
            if len(c.text) > _SHORT or _SERIAL.match(c.text):
                break
            before.append(c)
        k -= 1
    names = before[::-1]
    j = i
    while j < len(lines):
        c = _stripped(lines[j])
        if c is not None:
            if _SERIAL.match(c.text) or len(c.text) > _SHORT:
                break
            names.append(c)
        j += 1
    years = _years(names)
    if not years or j >= len(lines) or not (m := _SERIAL.match(_cell_text(lines[j]))) or m.group("n") != "1":
        # no 序号 column: a table whose rows open with their label (see _read_unnumbered); not a task
        # table (a role column: its plan columns are read with its tasks)
        if any(_ROLE.search(h.text) for h in names):
            return max(j, i + 1)
        unit_column = any(squash(h.text) == "单位" for h in before)
        return max(j, i + 1, _read_unnumbered(lines, i, out, unit_column=unit_column))
    ordered = [years[n] for n in sorted(years)]
    # A bare year column's unit: the nearest column name before the years that gives one.
    unit = next((u for h in reversed(names[: min(years)]) if (u := _unit_of(h.text))), "")
    # A 单位 column: how far after the label column its cell stands (指标 | 单位: the next one).
    squashed = [squash(h.text) for h in names]
    unit_after = squashed.index("单位") - 1 if "单位" in squashed[1:] else 0
    # A 年均 column after the one year column (2025年 | 年均[累计]): the yearly figures of the plan, a
    # figure in brackets there the plan's sum.
    annual = len(years) == 1 and any(_ANNUAL_COLUMN.match(n) for n in squashed[max(years) + 1:])
    # The rows: from each serial to the next one.
    serial = 1
    while j < len(lines):
        row: list[_Cell] = []
        k = j + 1
        while k < len(lines):
            c = _stripped(lines[k])
            if c is not None:
                sm = _SERIAL.match(c.text)
                if sm and int(sm.group("n")) == serial + 1:
                    break
                if c.text[0] in _NOTE_FIRST and _TABLE_NOTE.match(c.text):
                    k += 1  # 说明：…, 计算方法：…: a note on the row's indicator, printed under it
                    continue
                if len(c.text) > 60 and not _serial_ahead(lines, k + 1, serial + 1):
                    break  # a paragraph: the table has ended
                row.append(c)
            k += 1
        _flat_row(row, ordered, unit, out, unit_after=unit_after, annual=annual)
        if k >= len(lines) or not _SERIAL.match(_cell_text(lines[k]) or "x"):
            return k
        serial += 1
        j = k
    return j


# A note printed under an indicator's row, in a cell of its own spanning the table: what it means, how it is counted.
_TABLE_NOTE = re.compile(r"(?:说明|注|备注|计算方法|计算公式|指标解释|指标说明|统计口径)\s*[：:]")
_NOTE_FIRST = frozenset("说注备计指统")
_SERIAL_REACH = 4  # lines looked over from a long cell for the next row's serial


def _serial_ahead(lines: _Lines, k: int, n: int) -> bool:
    """Whether the serial ``n`` opens one of the next few lines from ``k`` on: a long cell is a row's own
    (an indicator written out: 医务人员掌握…并在诊疗过程主动提供健康指导。), not a paragraph after the table."""
    seen = 0
    while k < len(lines) and seen < _SERIAL_REACH:
        c = _stripped(lines[k])
        if c is not None:
            if (sm := _SERIAL.match(c.text)) and int(sm.group("n")) == n:
                return True
            seen += 1
        k += 1
    return False


def _flat_row(row: list[_Cell], years: list[int], unit: str, out: list[FigureCell], *, unit_after: int = 0,
              annual: bool = False) -> None:
    """The figures a flattened row ends with, one per year column in order; ``unit_after`` is how
    many cells after the label a 单位 column's cell stands (0 for none). With ``annual`` (a 年均 column
    after the one year column), a row whose last two cells are figures or dashes holds them in those two
    columns: its last one is yearly (unless in brackets: the plan's sum, due by the year)."""
    if row and (multi := _labelled_figures(row[-1])):
        # [成片:约110 零星:约20]: the last cell parts its figure by label, each its own target of the
        # row's indicator, due by the last year (a bracket's figures the plan's sums)
        texts = [c for c in row[:-1] if not _FILLER.match(c.text)]
        label, row_unit = _row_label(texts, unit, unit_after)
        if label:
            row_text = "\n".join(c.text for c in row)
            for sub, (value, own, comparator) in multi:
                out.append(FigureCell(f"{label}（{sub}）", value, own, row_unit, unit, years[-1], row[-1].start,
                                      row[-1].end, row_text, comparator))
        return
    cols: list[tuple[_Cell, bool]] = []  # (cell, whether yearly) of the year and 年均 columns
    if annual and len(row) >= 2 and (_figure(row[-2]) is not None or _FILLER.match(row[-2].text)) \
            and _figure(row[-1]) is not None:
        cols = [(row[-2], False), (row[-1], row[-1].text[:1] not in "[〔")]
        row = row[:-2]
    if cols:  # the row's figures are those of its last two cells (see above)
        run, figures, texts = [], [], [c for c in row if not _FILLER.match(c.text)]
    else:
        # The last run of figure cells as long as the year columns: a note may follow it (备注).
        runs: list[list[tuple[_Cell, float, str, str]]] = [[]]
        ends: list[int] = [0]
        for n, c in enumerate(row):
            fig = _figure(c)
            if fig is None:
                if runs[-1]:
                    runs.append([])
                    ends.append(n)
                continue
            runs[-1].append((c, *fig))
            ends[-1] = n + 1
        at = next((k for k in range(len(runs) - 1, -1, -1) if len(runs[k]) >= len(years)), None)
        if at is None:
            return
        run = runs[at]
        figures = run[-len(years):]
        texts = [c for c in row[: ends[at] - len(run)] if not _FILLER.match(c.text)]
    before = run[: -len(years)]
    label, row_unit = _row_label(texts, unit, unit_after)
    if not label:
        return
    row_text = "\n".join(c.text for c in (*row, *(c for c, _ in cols)))
    for c, yearly in cols:
        if (fig := _figure(c)) is not None:
            out.append(FigureCell(label, fig[0], fig[1], row_unit, unit, years[0], c.start, c.end, row_text, fig[2], yearly))
    for (c, value, own, comparator), year in zip(figures, years if figures else (), strict=True):
        out.append(FigureCell(label, value, own, row_unit, unit, year, c.start, c.end, row_text, comparator))
    if before and len(years) > 1:  # (a figure before a single year's is its base, however equal)
        c, value, own, comparator = before[-1]
        if abs(value - sum(v for _, v, _, _ in figures)) < 1e-6:
            out.append(FigureCell(label, value, own, row_unit, unit, years[-1], c.start, c.end, row_text, comparator))


def _row_label(texts: list[_Cell], unit: str, unit_after: int) -> tuple[str, str]:
    """``(label, row unit)`` of a flattened row's text cells before its figures ("" for no label)."""
    row_unit = texts[-1].text if texts and _UNIT_CELL.match(texts[-1].text) and len(texts) > 1 else ""
    if unit_after and len(texts) > unit_after and _UNIT_CELL.match(texts[unit_after].text.replace("/", "")):
        row_unit = texts[unit_after].text  # 全员劳动生产率 | 万元/人 | 预期性 | 36左右: the 单位 column's cell
    labels = [c for c in texts if c.text != row_unit or not row_unit]
    if not labels:
        return "", row_unit
    label = _FOOTNOTE.sub("", squash(labels[0].text))
    if not row_unit and not unit and (m := _LABEL_UNIT.search(label)):
        row_unit = m.group("unit")  # 自给率（%）: the label gives the unit (the caller decides)
    return label, row_unit


#: One labelled figure of a cell that parts its figure (成片:五年累计约110): the label, then the figure
#: after words that say it is a sum or an estimate (a unit is no part of it: normalising may glue the
#: next label on, 约110零星:约20).
_LABELLED_FIGURE = re.compile(
    r"(?P<label>[\u4e00-\u9fff]{1,6})\s*[:：]\s*(?:[一二三四五六七八九十\d]+年)?(?:累计)?(?:达到)?约?(?P<fig>[<>＜＞≤≥]?\d+(?:\.\d+)?[%％]?(?:左右|以上|以下|以内)?)"
)
_LABELLED_GAP = re.compile(r"[\s;；，,、]*")


def _labelled_figures(cell: _Cell) -> list[tuple[str, tuple[float, str, str]]] | None:
    """``(label, figure)`` of each part of a cell that parts its figure by label (``[成片:约110 零星:约20]``,
    two parts or more, nothing else in it), else None."""
    t = cell.text
    if ":" not in t and "：" not in t:
        return None
    if t[:1] in "[〔【" and t[-1:] in "]〕】":
        t = t[1:-1]
    out: list[tuple[str, tuple[float, str, str]]] = []
    at = _LABELLED_GAP.match(t).end()
    while at < len(t):
        m = _LABELLED_FIGURE.match(t, at)
        if m is None or (fig := _figure(_Cell(m.group("fig"), 0, 0))) is None:
            return None
        out.append((m.group("label"), fig))
        at = _LABELLED_GAP.match(t, m.end()).end()
    return out if len(out) >= 2 else None


#: A column of yearly figures after a plan's year column: 年均, 年均增长, 年均[累计].
_ANNUAL_COLUMN = re.compile(r"年均")
#: A value word a flattened header writes on the line under its year (2015 / 基期值, 2020 / 目标值): one column.
_UNDER_YEAR = re.compile(
    r"(?:基期|基准|现状|目标|规划|预期|计划|实际|完成)值?|值|[（(〔\[][^（）()〔〕\[\]\d]{1,6}[）)〕\]]"
)
#: A year column's name: a year first (2020, 2020年, 2020年目标值, 2015年基期值).
_YEAR_NAME = re.compile(r"(?:19|20)\d\d(?!\d)")
#: A year alone (2015, 2015年): in a header with a plan year five or more years later, the base year.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d年?度?")
#: A unit a row's label gives in a bracket at its end (粮食综合生产能力（亿吨）, 自给率（%）).
_LABEL_UNIT = re.compile(r"[（(](?P<unit>[^（）()\d]{1,6})[）)]$")
_ITEM_MARK = re.compile(r"^\d{1,2}[.、．](?!\d)")
_BASE_GAP = 5  # a five-year plan's base year to its end
_MAX_RUN_TEXTS = 6  # text cells without a figure after which a table has ended


def _read_unnumbered(lines: _Lines, i: int, out: list[FigureCell], *, unit_column: bool = False) -> int:
    """A table flattened one cell a line whose rows have no serial: a main-indicator table
    (``类别 | 指标 | 2015 基期值 | 2020 目标值 | 年均增速〔累计〕 | 属性``, each header cell of a year
    and its value word split over two lines). Its header runs from the year line at ``i`` to the first
    figure; a row is its label (after a group cell, 粮食供给保障, on a group's first row), a 单位 cell when
    the header names one, then a run of figure cells (a dash holds an empty one's place), then text cells
    (约束性). A figure stands under the column at its place in the run, counted from the first year
    column; rows whose run is shorter or longer than the first row's lost a cell and are left. A bare
    first year five or more years before the next (2015年 | 2020年) is the base, as 基期值 is. A row
    without a unit cell takes the unit its label ends with in brackets. Returns the line after the table
    (``i + 1`` when the lines from ``i`` make no such table)."""
    # The header's year columns, each with the value word under it.
    cols: list[tuple[int, str]] = []  # (place from the first year column, name) of each year column
    place, split, j = 0, False, i
    texts: list[_Cell] = []  # the header's names after its year columns, then the first row's text cells
    while j < len(lines) and len(cols) < 8:
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        t = squash(c.text)
        if len(t) > _SHORT or _figure(c) is not None and not _YEAR_NAME.match(t):
            j -= 1
            break  # the first figure: the header has ended
        if _YEAR_NAME.match(t):
            k, nxt = _nonblank(lines, j, 1)
            if nxt is not None and _UNDER_YEAR.fullmatch(squash(nxt.text)):
                t, j, split = t + squash(nxt.text), k + 1, True
            cols.append((place, t))
        elif not cols:
            return i + 1
        else:
            texts.append(c)
        place += 1
    if len(cols) < 2 and not split:
        return i + 1  # a year line, no split header of year columns
    years: dict[int, int] = {}
    for n, (at, name) in enumerate(cols):
        y = plan_year(name)
        if y is None or _NOT_PLAN.search(name):
            continue
        if n == 0 and len(cols) > 1 and _base_year(
                name, y, int(later.group()) if (later := _YEAR_NAME.match(cols[1][1])) else None):
            continue  # 2015年 | 2020年: where things stood
        years[at] = y
    if not years:
        return i + 1
    need = max(years) + 1  # a run reaches the last plan column
    # The rows: text cells, then a run of figures.
    run: list[_Cell] = []
    width = 0  # the first row's run
    end = j
    while j <= len(lines):
        c = _stripped(lines[j]) if j < len(lines) else None
        if j < len(lines) and c is None:
            j += 1
            continue
        is_text = c is None or _figure(c) is None and not _FILLER.match(c.text)
        if is_text and run:
            items = None if unit_column else _sub_items(texts, len(run), width, need)
            width = width or len(run) // (len(items[1]) if items else 1)
            if items and len(run) == width * len(items[1]) >= need:
                _sub_item_rows(items[1], items[0], run, years, out)
                end = run[-1].end
            elif len(run) == width >= need:
                _unnumbered_row(texts, run, years, unit_column, out)
                end = run[-1].end
            texts, run = [], []
        if c is None or len(c.text) > 60 or c.text.endswith("。") or len(texts) > _MAX_RUN_TEXTS:
            break
        if is_text:
            texts.append(c)
        elif texts:
            run.append(c)
        j += 1
    return bisect_right(lines.starts, end)


def _unnumbered_row(texts: list[_Cell], run: list[_Cell], years: dict[int, int], unit_column: bool,
                    out: list[FigureCell]) -> None:
    """The plan figures of one row of :func:`_read_unnumbered`: ``texts`` before its ``run`` of figures."""
    row_unit = ""
    if unit_column:
        if len(texts) < 2:
            return
        row_unit, texts = texts[-1].text, texts[:-1]
    label = squash(texts[-1].text)
    if (m := _LABEL_UNIT.search(label)) and not row_unit:
        row_unit = m.group("unit")
    label = _FOOTNOTE.sub("", _ITEM_MARK.sub("", label))  # 1.学前教育毛入园率: the item's mark names nothing
    row_text = "\n".join(c.text for c in (texts[-1], *run))
    for at, year in years.items():
        if (fig := _figure(run[at])) is not None:
            value, own, comparator = fig
            out.append(FigureCell(label, value, own, row_unit, "", year, run[at].start, run[at].end, row_text, comparator))


#: A row's sub-item under its indicator: 其中:小学, 其中：本科及以上学历比例(%).
_SUB_ITEM = re.compile(r"其中[:：]?")
_MAX_SUB_ITEMS = 4  # sub-items of one row
_SUB_NAME_MAX = 30  # the longest sub-item cell, in characters


def _sub_items(texts: list[_Cell], n_figures: int, width: int,
               need: int) -> tuple[_Cell, list[tuple[_Cell, str]]] | None:
    """The items of a row of :func:`_read_unnumbered` that breaks its indicator down (``texts`` before
    its ``n_figures`` figures; ``width`` the first row's run, 0 before it, ``need`` the fewest figures a
    row has): its label cell then a cell opening with 其中 and any more short cells after it, their
    figures printed by column, one per item (``班额比例（%） | 其中:小学 | 初中 | 34.52% | 77.34% |
    80%以上 | 85%以上``): the label's cell and the items, each a cell and the name of its sub-item ("" for
    the indicator itself): the label and each sub-item when the figures run one for each of them, else
    (其中:小学 | 初中 under a label with no figure of its own) each sub-item alone. None for a row without a
    其中 cell, or one whose figures do not part so."""
    p = next((k for k in range(len(texts) - 1, 0, -1) if texts[k].text.startswith("其中")), 0)
    subs = texts[p:] if p else []
    if not subs or len(subs) > _MAX_SUB_ITEMS or any(len(c.text) > _SUB_NAME_MAX for c in subs):
        return None
    names = [squash(_SUB_ITEM.sub("", c.text, count=1) if n == 0 else c.text) for n, c in enumerate(subs)]
    if unit := _LABEL_UNIT.search(squash(texts[p - 1].text)):
        # 其中：本科及以上学历比例（%） under 专科及以上学历比例（%）: the label's unit is no part of the sub-item
        names = [name[: m.start()] if (m := _LABEL_UNIT.search(name)) and m.group() == unit.group() else name
                 for name in names]
    if not all(names):
        return None
    for items in ([(texts[p - 1], ""), *zip(subs, names, strict=True)], list(zip(subs, names, strict=True))):
        k = len(items)
        if k >= 2 and n_figures % k == 0 and (n_figures // k == width if width else n_figures // k >= need):
            return texts[p - 1], items
    return None


def _sub_item_rows(items: list[tuple[_Cell, str]], label_cell: _Cell, run: list[_Cell], years: dict[int, int],
                   out: list[FigureCell]) -> None:
    """The plan figures of a row of :func:`_read_unnumbered` that breaks its indicator (``label_cell``) down
    into ``items`` (see :func:`_sub_items`): the figure of item ``n`` under the column at place ``at`` is the
    run's ``at * len(items) + n``th, its label the row's indicator with the sub-item in brackets
    (义务教育标准班额比例（小学）)."""
    label = _FOOTNOTE.sub("", _ITEM_MARK.sub("", squash(label_cell.text)))
    row_unit = ""
    if m := _LABEL_UNIT.search(label):
        row_unit, label = m.group("unit"), label[: m.start()]
    k = len(items)
    row_text = "\n".join(c.text for c in (label_cell, *(c for c, sub in items if sub), *run))
    for n, (_, sub) in enumerate(items):
        name = f"{label}（{sub}）" if sub else label
        for at, year in years.items():
            cell = run[at * k + n]
            if (fig := _figure(cell)) is not None:
                value, own, comparator = fig
                out.append(FigureCell(name, value, own, row_unit, "", year, cell.start, cell.end, row_text, comparator))


#: The name of a column of years that opens each row (年份, 年度, 实施年份, 时间).
_YEAR_COLUMN = re.compile(r"(?:实施|计划|完成|建设|达标|推进)?(?:年份|年度|时间|年)")
#: A row's year cell: a year, or a period of years (2020年-2023年) whose figures stand at its end.
_ROW_YEAR = re.compile(r"(?:19|20)\d\d年?度?(?:\s*[-—–~～至到]\s*(?P<end>(?:19|20)\d\d)年?度?)?(?:底|末)?")
#: A column that totals the year's rows or gives a share: 总计, 合计, 累计, 总面积, 占比, 比例.
_YEAR_LEVEL = re.compile(r"总|合计|累计|占比|比例|比重")
#: A sub-column's name under a column name spanning several (片区 | 总计, 新增 | 累计): a short word.
_SUB_NAME = re.compile(r"[^\d\s（）()]{1,4}")
_ROW_CELL = 40  # the longest cell of a year-row table, in characters
_RUN_ON = ("、", "，", ",")  # a cell printed over lines runs on after these


def _read_year_rows(lines: _Lines, i: int, out: list[FigureCell]) -> int | None:
    """A table flattened one cell a line whose rows open with a year, found from the year cell at
    line ``i``: ``年份 | 达标区域 | 面积（平方公里） | 占比`` over ``2024年 | 远香湖南 | 4.73 | 40%``.

    The header runs from its year column's name (:data:`_YEAR_COLUMN`) to the first row's year (a
    period, 2020年-2023年, stands for its last year). A name spanning sub-columns prints them after
    the other names (``面积（平方公里）`` … ``片区 | 总计``): one name more than a row has cells, the
    short names at the end are the sub-columns of the one name with a unit in brackets. A year cell
    merged over several rows is printed once, with the cells merged with it (the year's total, its
    share), on its first row; its later rows print only their own cells (an item and its figure).
    The year's figures are those of its merged columns and of the columns naming a total or a share;
    the item columns' figures are the items' (in a table without item cells every figure is the year's).
    Returns the line after the table, or None when the lines around ``i`` make no such table."""
    # The header: back from the year cell to the year column's name, over short cells only.
    k, name_at, seen = i - 1, None, 0
    while k >= 0 and seen <= _MAX_HEADER * 2:
        c = _stripped(lines[k])
        if c is not None:
            if len(c.text) > _ROW_CELL:
                return None
            if _YEAR_COLUMN.fullmatch(c.text):
                name_at = k
                break
            seen += 1
        k -= 1
    if name_at is None:
        return None
    names: list[str] = []
    j = name_at + 1
    while j < len(lines):
        c = _stripped(lines[j])
        if c is not None:
            if _ROW_YEAR.fullmatch(squash(c.text)):
                break
            if len(c.text) > _SHORT:
                return None
            names.append(squash(c.text))
        j += 1
    if not names:
        return None  # 年份 | 2023年 | 2024年: the years are columns
    blocks, end = _year_blocks(lines, j)
    if not blocks:
        return None
    first = blocks[0][1][0]
    n_text, n_fig = len(first[0]), len(first[1])
    leaves = _leaves(names, n_text + n_fig, n_text)
    if leaves is None or n_fig == 0:
        return None
    columns = leaves[n_text:]
    merged: set[int] = set()
    for _, subrows, _ in blocks:
        for texts, figs in subrows[1:]:
            if len(texts) <= n_text and len(figs) < n_fig:
                merged.update(range(len(figs), n_fig))  # printed on the year's first row only
    year_level = set(range(n_fig)) if not n_text else merged | {
        k for k, (name, _) in enumerate(columns) if _YEAR_LEVEL.search(name)}
    for year, subrows, row_text in blocks:
        texts, figs = subrows[0]
        if len(texts) != n_text or len(figs) != n_fig:
            continue
        for k, c in enumerate(figs):
            if k in year_level and (fig := _figure(c)) is not None:
                value, own, comparator = fig
                out.append(FigureCell(columns[k][0], value, own, "", columns[k][1], year, c.start, c.end,
                                      row_text, comparator))
    return end


def _year_blocks(lines: _Lines, j: int) -> tuple[list[tuple[int, list[tuple[list[_Cell], list[_Cell]]], str]], int]:
    """The rows from line ``j`` on, grouped under the year cell that opens them: ``(year, sub-rows, text)``
    each, a sub-row its text cells then its figure cells (a dash holds an empty figure's place); and the
    line after the table (a long line, a sentence or a note ends it)."""
    blocks: list[tuple[int, list[tuple[list[_Cell], list[_Cell]]], str]] = []
    year, cells, row = 0, [], []  # the open block's year, its cells, its printed cells
    end = j

    def close() -> None:
        if year and cells:
            subrows: list[tuple[list[_Cell], list[_Cell]]] = []
            for c in cells:
                is_fig = _figure(c) is not None or _FILLER.match(c.text) is not None
                if not subrows or not is_fig and subrows[-1][1]:
                    subrows.append(([], []))
                if is_fig:
                    subrows[-1][1].append(c)
                elif subrows[-1][0] and subrows[-1][0][-1].text.endswith(_RUN_ON):
                    t = subrows[-1][0][-1]
                    subrows[-1][0][-1] = _Cell(t.text + c.text, t.start, c.end)  # a cell printed over lines
                else:
                    subrows[-1][0].append(c)
            blocks.append((year, subrows, "\n".join(x.text for x in row)))

    while j < len(lines):
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        t = squash(c.text)
        if (m := _ROW_YEAR.fullmatch(t)) is not None:
            close()
            year, cells, row = int(m.group("end") or t[:4]), [], [c]
        elif len(t) > _ROW_CELL or t.endswith("。") or t.startswith(("注", "表", "图")):
            break
        else:
            cells.append(c)
            row.append(c)
        end = j
    close()
    return blocks, end


def _leaves(pieces: list[str], width: int, n_text: int) -> list[tuple[str, str]] | None:
    """The ``(name, unit)`` of each column after the year column, from the header's lines, for rows
    of ``width`` cells; None when they cannot be matched.

    A name may be printed over lines: a line that is only a bracket (``（平方公里）``) closes the name
    before it, and a line repeating an earlier name (``达标区域`` / ``总面积占比`` after a column
    ``达标区域``) opens the next one, since two columns do not share a name."""
    names: list[str] = []
    for t in pieces:
        if names and t[:1] in "（(" and COLUMN_UNIT.fullmatch(t):
            names[-1] += t
        else:
            names.append(t)

    def run_on(top: list[str], need: int) -> list[str]:
        top = list(top)
        while len(top) > need:
            k = next((k for k in range(1, len(top) - 1) if top[k] in top[:k]), None)
            if k is None:
                break
            top[k:k + 2] = [top[k] + top[k + 1]]
        return top

    def leaf(n: str) -> tuple[str, str]:
        return COLUMN_UNIT.sub("", n), _unit_of(n)

    if len(flat := run_on(names, width)) == width:
        return [leaf(n) for n in flat]
    # The sub-columns: the fewest short names at the end (two or more) that leave as many names above
    # them as the columns less one, one of those (a figure column's) giving a unit for all of them.
    k = 2
    while k < width and k < len(names) and all(_SUB_NAME.fullmatch(n) for n in names[-k:]):
        top = run_on(names[: len(names) - k], width - k + 1)
        parents = [p for p in range(n_text, len(top)) if _unit_of(top[p])]
        if len(top) == width - k + 1 and len(parents) == 1:
            p = parents[0]
            stem, unit = leaf(top[p])
            out = [leaf(n) for n in top]
            out[p:p + 1] = [(_sub_column(stem, sub), unit) for sub in names[len(names) - k:]]
            return out
        k += 1
    return None


def _sub_column(stem: str, sub: str) -> str:
    """The name of sub-column ``sub`` under the column ``stem``: its total is the 总 of what the stem
    counts (面积 | 总计 → 总面积), its running total the 累计 of it, any other the stem then the sub."""
    if sub in ("总计", "合计") and len(stem) > 2:
        return stem[:-2] + "总" + stem[-2:]
    if sub == "累计":
        return "累计" + stem
    return stem + sub


# A year standing as a cell of its own: a line or a bar-cell that is only 2024, 2024年, 2024年目标,
# 2024年 计划目标.
# One pattern per century, each opening with its two digits: a scan led by a literal skips to
# its candidates (an alternation opening the pattern is tried at every character).
_YEAR_CELL_TAIL = (
    r"(?<![^\n|｜ \t\u3000]..)\d\d年?度?(?:[ \t\u3000]?(?:计划目标|目标值?|计划数?|任务|预期值?|指标))?(?:[（(][^）)\n]{1,6}[）)])?"
    r"[ \t\u3000]*(?:[|｜]|$)"
)
_YEAR_CELLS = tuple(re.compile(century + _YEAR_CELL_TAIL, re.MULTILINE) for century in ("20", "19"))


def _year_cells(text: str) -> list[int]:
    """Where the year cells of ``text`` start, in order."""
    found = [m.start() for m in _YEAR_CELLS[0].finditer(text)]
    if "19" in text:
        found = sorted(found + [m.start() for m in _YEAR_CELLS[1].finditer(text)])
    return found



#: The name of a place matrix's indicator column, right before its 单位 column.
_INDICATOR_COLUMN = re.compile(r"(?:主要)?指标(?:名称)?|项目(?:名称)?")
#: The first place column of a place matrix: the issuing place itself (a name ending as a
#: province, city, district or county does), or the whole of it (全市, 合计).
_OWN_PLACE = re.compile(r"全[省市区县州盟旗]|合计|总计|[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|盟|旗)")
#: The year a table's title names (2018年苏州市…分解汇总表), or the five-year plan period whose last year it is
#: (“十二五”各县（市、区）碳强度下降目标分解表: 2015).
_TITLE_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年|十(?P<five>[一二三四五六])五")
_TITLE_REACH = 4  # lines looked back over from the header for the title


def _title_year(lines: _Lines, k: int) -> int | None:
    """The year the title over a table's header (the line at ``k``) names (2023年…目标任务表), looked for
    in the few short lines above it, or None."""
    t = k
    for _ in range(_TITLE_REACH):
        t, title = _nonblank(lines, t - 1, -1)
        if title is None:
            return None
        if (m := _TITLE_YEAR.search(title.text)) and len(title.text) <= 60:
            return FIVE_YEAR_END[m.group("five")] if m.group("five") else int(m.group("y"))
    return None
_UNIT_LINE = re.compile(r"[ \t\u3000]*\n")  # what ends a line that is only 单位


def place_matrix_cells(text: str) -> tuple[list[FigureCell], list[tuple[int, int]]]:
    """The figures of each place matrix of ``text`` flattened one cell a line (see the module's
    docstring: the issuing place's column, then each other place's share), and the span of each such
    table (its other numbers are no targets of the document); and those of the rows of each place
    table whose rows are places (:func:`_place_rows_cells`), and its span.

    A row's cells are its serial, its indicator, its unit (``亿元``, or a measure with the unit in
    brackets: ``增幅(%)`` → the indicator's 增幅, unit ``%``) and one figure per place; a row whose
    own cell holds no figure (与上年持平) states none."""
    cells, spans = _place_rows_cells(text)
    if "\n单位\n" not in text:
        return cells, spans  # a plain search: most texts hold no 单位 cell on a line of its own
    found = []
    at = text.find("单位")
    while at >= 0:  # a plain search: most texts name 单位 in prose only
        if _UNIT_LINE.match(text, at + 2) and text[text.rfind("\n", 0, at) + 1:at].strip() == "":
            found.append(at)
        at = text.find("单位", at + 2)
    if not found:
        return cells, spans
    lines = _Lines(text)
    for at in found:
        i = bisect_right(lines.starts, at) - 1
        read = _read_place_matrix(lines, i, cells)
        if read is not None:
            spans.append(read)
    return cells, spans


#: The header of a place table whose rows are places, its place column first (地区 | 能耗降幅目标(%) |):
#: the line that opens one, a cheap search before the lines are read.
_PLACE_ROWS_HEAD = re.compile(rf"^[ \t]*[|｜]?[ \t]*(?:{PLACE_COLUMN}|单位)[ \t]*[|｜]", re.MULTILINE)
#: The whole of the issuing place or the total, which such a table's first row names (全市 | 3.4 |, 本县, 全市小计:,
#: 合计): the document's own row.
WHOLE_PLACE = re.compile(r"(?:[全本我][省市区县州盟旗镇乡])?(?:小计|合计|总计)|[全本我][省市区县州盟旗镇乡]|总体")
#: What a place cell opens with besides the place: 其中：1.历下区 (a part of the total above it, an item's mark).
_PLACE_CELL_MARK = re.compile(r"^(?:其中[:：]?)?(?:\d{1,2}[.、．](?!\d))?")
#: A bracket after a place's name saying what it includes: 港区(含浮桥), 高新区（含科教新城）.
_PLACE_NOTE = re.compile(r"[（(][^（）()]*[）)]")
#: The year of a plan a table's lead names (组织编制2022年城镇老旧小区改造计划): the table is that plan's.
_LEAD_PLAN_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)年度?[^，。；,;《》“”\n]{0,20}?计划")
#: The horizon a measure column names as its own (到2025年规划指标, 至2030年底目标): its figures are due then.
_COLUMN_HORIZON = re.compile(r"[到至](?P<y>(?:19|20)\d\d)年(?:底|末)?(?:前)?")
_LEAD_REACH = 2  # lines looked back over from a place table's header for the plan its lead names
_PLACE_COLUMN_NAME = 30  # the longest name of a measure column in such a header, in characters
#: A column of what was done (完成率, 完成情况, 进度): a table of results, no plan.
_DONE_COLUMN = re.compile(r"完成|进度|进展|情况")


def _place_rows_cells(text: str) -> tuple[list[FigureCell], list[tuple[int, int]]]:
    """The figures of each place table of ``text`` whose rows are places and whose columns are
    measures (a 分解表 printed with bars: ``地区 | 单位规上工业增加值能耗降幅目标(%) |`` over ``全市 | 3.4 |``,
    ``港区 | 3.4 |`` …, a row a line or one cell a line), due in the year of the table's title, else of the
    plan its lead names; and the span of each such table.

    Its first row is the whole place's (全市, 全市小计, 合计): its figures are the measures' own. Every
    other row is a place's share of the plan, as much a target of the document as a province's figures
    for its capital: the measure for that place (德城区 | 67 → 德城区项目数量)."""
    if "|" not in text and "｜" not in text:
        return [], []
    cells: list[FigureCell] = []
    spans: list[tuple[int, int]] = []
    lines: _Lines | None = None
    done = 0
    for m in _PLACE_ROWS_HEAD.finditer(text):
        if m.start() < done:
            continue
        lines = lines or _Lines(text)
        i = bisect_right(lines.starts, m.start()) - 1
        header = _split(lines[i])
        if len(header) > 1:
            read = _read_place_row_lines(lines, i, header, cells)
        elif squash(header[0].text) != "单位":  # (单位 alone on a line opens a unit column as often)
            read = _read_flat_place_rows(lines, i, cells)
        else:
            read = None
        if read is not None:
            spans.append(read)
            done = read[1]
    return cells, spans


def _measure_columns(names: list[_Cell]) -> bool:
    """Whether a place table's column names are measures: no column of roles, years or results
    (完成率, 实际) and no figure, each a name's length (else a table of another kind)."""
    return bool(names) and not any(
        len(c.text) > _PLACE_COLUMN_NAME or _ROLE.search(c.text) or _figure(c) is not None
        or plan_year(c.text) is not None or _NOT_PLAN.search(c.text) or _DONE_COLUMN.search(c.text) for c in names)


def _place_table_year(lines: _Lines, k: int) -> int | None:
    """The year of the place table whose header opens at line ``k``: its title's, else that of the
    plan the lines right before it name (组织编制2022年…改造计划，… then the table)."""
    year = _title_year(lines, k)
    t = k
    for _ in range(_LEAD_REACH):
        if year is not None:
            break
        t, lead = _nonblank(lines, t - 1, -1)
        if lead is None:
            break
        if "计划" in lead.text and (found := list(_LEAD_PLAN_YEAR.finditer(lead.text))):
            year = int(found[-1].group("y"))
    return year


def _place_of(texts: list[_Cell]) -> tuple[str, bool]:
    """``(place, whole)`` a place table's row names by its text cells: a whole-place cell (全市小计:) names
    the whole (``""``), or the place of a cell before it in the row (济南市 | 全市小计: that city's whole);
    a place's cell loses its item mark and a bracket saying what it includes (其中:1.历下区, 港区(含浮桥))."""
    def name(c: _Cell) -> str:
        return _PLACE_NOTE.sub("", _PLACE_CELL_MARK.sub("", squash(c.text)).rstrip(":：")) or squash(c.text)

    own = name(texts[-1])
    if not WHOLE_PLACE.fullmatch(own):
        return own, False
    return (name(texts[-2]) if len(texts) > 1 else ""), True


def _measures(names: list[_Cell]) -> list[tuple[str, int | None]]:
    """Each measure column of a place table as ``(name, year)``: the name squashed, and the year the
    column names as its own horizon (``到2025年规划指标(万亩)`` → 2025, the name without it), else None
    (the table's year). A header of grouped columns (``到2025年规划指标(万亩) | 到2030年规划指标(万亩)``
    over the same sub-columns under each group, ``累计建成面积 | 累计改造面积`` twice) names a measure per
    sub-column, with its group's horizon and unit (:func:`_grouped_measures`)."""
    out = []
    for c in names:
        name = squash(c.text)
        m = _COLUMN_HORIZON.match(name) if name.startswith(("到", "至")) else None
        out.append((name[m.end():], int(m.group("y"))) if m and m.end() < len(name) else (name, None))
    return out


def _grouped_measures(groups: list[_Cell], subs: list[_Cell]) -> list[tuple[str, int | None]] | None:
    """The measures of a header whose group columns (``groups``) each stand over the same run of
    sub-columns (``subs``, the line below): each sub-column under each group, its name with the
    group's unit when it gives none, its year the group's horizon; None unless ``subs`` repeats one
    run of at least two names once per group (else which sub-column falls under which group is a guess)."""
    n = len(subs) // len(groups) if groups else 0
    names = [squash(c.text) for c in subs]
    if n < 2 or n * len(groups) != len(names) or any(names[k] != names[k % n] for k in range(n, len(names))):
        return None
    if any(_figure(c) is not None for c in subs) or not _measure_columns(subs):
        return None
    out = []
    for name, year in _measures(groups):
        unit = COLUMN_UNIT.search(name)
        for sub in names[:n]:
            out.append((sub if unit is None or COLUMN_UNIT.search(sub) else sub + unit.group(), year))
    return out


def _place_row_cells(names: list[tuple[str, int | None]], texts: list[_Cell], figures: list[_Cell],
                     year: int | None, out: list[FigureCell]) -> bool:
    """The cells of one row of a place table, one per measure column (``names`` as :func:`_measures`
    gives them, due in their own year, else the table's ``year``); False when its cells are no place's
    row (a figure cell that holds none)."""
    figs = [_figure(c) for c in figures]
    if not texts or any(f is None for f in figs):
        return False
    place, _ = _place_of(texts)
    row = " | ".join(c.text for c in (*texts, *figures))
    for (label, own_year), cell, (value, unit, comparator) in zip(names, figures, figs, strict=True):
        due = own_year or year
        if due is None:
            return False
        out.append(FigureCell(place + COLUMN_UNIT.sub("", label), value, unit, "", _unit_of(label), due,
                              cell.start, cell.end, row, comparator))
    return True


def _read_place_row_lines(lines: _Lines, i: int, header: list[_Cell], out: list[FigureCell]) -> tuple[int, int] | None:
    """The place table whose header is the line ``i`` of ``header`` cells, a row a line: its cells added
    to ``out``, and its span; None when the lines make no such table.

    The columns after the measures may name the body each place's share falls to (``县（市、区） | 碳强度下降目标 |
    节能目标 | 责任部门``): every row is then a place's share, the first one too (the task tables read the rows'
    owners)."""
    names = header[1:]
    owners = next((k for k, c in enumerate(names) if _ROLE.match(squash(c.text))), len(names))
    if owners < len(names) and not all(_ROLE.match(squash(c.text)) for c in names[owners:]):
        return None
    names = names[:owners]
    if not _measure_columns(names):
        return None
    measures = _measures(names)
    width = len(header)
    j, line = _nonblank(lines, i + 1, 1)
    own = _split(line) if line is not None else []
    if owners == len(names) and len(own) > len(names) and (grouped := _grouped_measures(names, own)) is not None:
        measures, width, owners = grouped, len(grouped) + 1, len(grouped)  # a header of grouped columns
        j, line = _nonblank(lines, j + 1, 1)
        own = _split(line) if line is not None else []
    year = None if all(y is not None for _, y in measures) else _place_table_year(lines, i)
    if (year is None and any(y is None for _, y in measures)) or len(own) != width or not (
        owners < width - 1 or _place_of(own[:1])[1]
    ):
        return None
    found: list[FigureCell] = []
    if not _place_row_cells(measures, own[:1], own[1 : owners + 1], year, found):
        return None
    end = own[-1].end
    while (k := _nonblank(lines, j + 1, 1))[1] is not None:
        place_row = _split(k[1])  # the other places' rows, as wide and holding figures
        if len(place_row) != width or not _place_row_cells(
            measures, place_row[:1], place_row[1 : owners + 1], year, found
        ):
            break
        j, end = k[0], place_row[-1].end
    out.extend(found)
    return header[0].start, end


def _read_flat_place_rows(lines: _Lines, i: int, out: list[FigureCell]) -> tuple[int, int] | None:
    """The place table whose place column's name is line ``i``, flattened one cell a line (each cell
    perhaps closed by a bar, an empty one a bare bar): its cells added to ``out``, and its span; None
    when the lines make no such table.

    Empty cells are left out in that layout, so the table is read as runs: the header's names after
    the place column then the first row's text cells, a run of figures, a row's text cells, a run of
    figures… A row's run is one figure per measure column; with a 序号 column before the place
    column, the next row's serial ends it (``402.59 | 2 | 2.市中区``). A group column before the place
    prints its cell on the group's first row only (济南市 | 全市小计:)."""
    top, before = i, []  # the header's names before the place column (序号, 城市), back to its title
    for _ in range(3):
        k, c = _nonblank(lines, top - 1, -1)
        if c is None or len(c.text) > _SHORT or _DIGIT_IN.search(c.text):
            break
        top = k
        before.append(squash(c.text))
    serial = "序号" in before
    groups: list[tuple[list[_Cell], list[_Cell]]] = []  # (text cells, figure cells) in turn
    texts: list[_Cell] = []
    figs: list[_Cell] = []
    j = i + 1
    while j < len(lines):
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        if len(c.text) > _PLACE_COLUMN_NAME or c.text.endswith("。"):
            break  # a paragraph: the table has ended
        if _figure(c) is not None:
            figs.append(c)
            continue
        if figs:
            groups.append((texts, figs))
            texts, figs = [], []
        elif groups and len(texts) >= 2:
            break  # text cells without figures: the table has ended
        texts.append(c)
    if figs:
        groups.append((texts, figs))
    if not groups:
        return None

    def width(run: list[_Cell]) -> int:  # a run's figures less the next row's serial after them
        return len(run) - 1 if serial and len(run) > 1 and _SERIAL.match(run[-1].text) else len(run)

    head, first = groups[0]
    if serial and len(first) == 1 and _SERIAL.match(first[0].text) and len(groups) > 1:
        names, rows = head, groups[1:]  # the first row's serial before its place
    else:
        n = width(first)
        names, rows = head[:n], [(head[n:], first), *groups[1:]]
    n = len(names)
    if not _measure_columns(names) or not rows[0][0] or not _place_of(rows[0][0])[1]:
        return None  # (the first row is the whole place's: a plan broken down by place)
    measures = _measures(names)
    year = None if all(y is not None for _, y in measures) else _place_table_year(lines, top)
    if year is None and any(y is None for _, y in measures):
        return None
    found: list[FigureCell] = []
    end = rows[0][1][-1].end
    for texts, run in rows:
        if width(run) != n:
            break  # a row that lost a cell (or the page's last, cut off): its figures cannot be placed
        if not _place_row_cells(measures, texts[-2:], run[:n], year, found):
            break
        end = run[n - 1].end
    out.extend(found)
    return lines[top].start, end


def _nonblank(lines: _Lines, k: int, step: int) -> tuple[int, _Cell | None]:
    """The next line from ``k`` on (``step`` 1 or -1) that is not blank, with its index."""
    while 0 <= k < len(lines):
        c = _stripped(lines[k])
        if c is not None:
            return k, c
        k += step
    return k, None


def _read_place_matrix(lines: _Lines, i: int, out: list[FigureCell]) -> tuple[int, int] | None:
    """The place matrix whose 单位 header cell is line ``i``: its places' figures added to ``out``
    (:func:`_place_row`), and its span; None when the cells around that line make no place matrix."""
    k, indicator = _nonblank(lines, i - 1, -1)
    if indicator is None or not _INDICATOR_COLUMN.fullmatch(indicator.text):
        return None
    places: list[_Cell] = []
    j, c = _nonblank(lines, i + 1, 1)
    while c is not None and not _SERIAL.match(c.text):
        if len(c.text) > _SHORT or _DIGIT_IN.search(c.text):
            return None  # a year or a figure: a table of another kind
        places.append(c)
        j, c = _nonblank(lines, j + 1, 1)
    if c is None or len(places) < 2 or not _OWN_PLACE.fullmatch(places[0].text) or _SERIAL.match(c.text).group("n") != "1":
        return None
    year = _title_year(lines, k)
    if year is None:
        return None
    start, end, serial = indicator.start, c.end, 1
    while c is not None and _SERIAL.match(c.text) and int(_SERIAL.match(c.text).group("n")) == serial:
        row: list[_Cell] = []
        j, c = _nonblank(lines, j + 1, 1)
        while c is not None and len(c.text) <= 60:
            if (sm := _SERIAL.match(c.text)) and int(sm.group("n")) == serial + 1:
                nxt = _nonblank(lines, j + 1, 1)[1]
                if nxt is None or _figure(nxt) is None:
                    break  # the next row's serial, its indicator after it (not a figure cell 2)
            row.append(c)
            j, c = _nonblank(lines, j + 1, 1)
        if row:
            end = row[-1].end
        _place_row(row, places, year, out)
        serial += 1
    return start, end


_DIGIT_IN = re.compile(r"\d")


def _place_row(row: list[_Cell], places: list[_Cell], year: int, out: list[FigureCell]) -> None:
    """The figures of one row of a place matrix: ``indicator | unit | figure | …``, one figure per place.
    The first place's is the issuing place's own; each other place's is its share of the plan, the
    measure for that place (东城区 | 7以上 → 东城区地区生产总值增幅), read only when the row prints one cell
    per place (a cell printed over two lines, 同口径 | 增长7%, leaves the others unplaced)."""
    if len(row) < 3 or _figure(row[0]) is not None or _figure(row[1]) is not None:
        return  # a row that lost its indicator or its unit cell: its cells cannot be placed
    label, unit_cell = squash(row[0].text), squash(row[1].text)
    column_unit = _unit_of(unit_cell)
    if column_unit:
        label += COLUMN_UNIT.sub("", unit_cell)  # 地区生产总值 | 增幅(%): the measure is the growth
        unit_cell = ""
    label = _FOOTNOTE.sub("", label)
    text = "\n".join(c.text for c in row)
    cells = row[2:] if len(row) - 2 == len(places) else row[2:3]
    for k, cell in enumerate(cells):
        fig = _figure(cell)
        if fig is None:
            continue  # 与上年持平: no figure
        value, own, comparator = fig
        place = _PLACE_NOTE.sub("", squash(places[k].text)) if k else ""
        out.append(FigureCell(place + label, value, own, unit_cell, column_unit, year, cell.start, cell.end, text,
                              comparator))


# ---------------------------------------------------------------------------
# Standards tables: a rate, price, fee or limit column and no year

#: The words a standards column's name ends with, before its unit's bracket: a standard or rate
#: (收费标准, 补助标准, 费率), a fee or price (收费, 价格, 单价, 水价 — not a bare 价, which ends 评价), a
#: limit (限值, 上限, 下限, 限额, 定额).
_STANDARD_WORDS = (
    "标准", "收费", "价格", "单价", "电价", "水价", "气价", "票价", "费率", "税率", "限值", "上限", "下限", "限额", "定额",
)
#: The same as a set: each word is two characters (a test holds them to it), so the two before a
#: bracket are looked up whole.
_STANDARD_WORD_SET = frozenset(_STANDARD_WORDS)
#: A standards column's name: a few words ending with one of :data:`_STANDARD_WORDS`, its unit in
#: brackets (``收费标准(元/吨)``, ``污水处理费价格（元/立方米）``, ``排放限值（mg/m³）``).
_STANDARD_COLUMN = re.compile(
    rf"(?P<name>[^\d\s|｜。，、；：:（）()]{{0,10}}(?:{'|'.join(_STANDARD_WORDS)}))\s*"
    r"[（(](?P<unit>[^（）()\n]{1,10})[）)]"
)
#: A column that reports results or where things stand: a table of them states no standard.
_RESULT_COLUMN = re.compile(r"现状|完成|实际|进度|进展|情况|基期|上年|同比|增长|比例|占比")
#: The comparator a column's name sets: a limit bounds from above, a lower limit from below.
_COLUMN_BOUND = (("下限", ">="), ("最低", ">="), ("限值", "<="), ("上限", "<="), ("限额", "<="), ("最高", "<="))
#: A standards row's label: a few words, Han characters among them, no sentence.
_ROW_LABEL = re.compile(r"[^。；;！？]{1,30}")
_MAX_STANDARD_COLUMNS = 8  # header cells of a standards table
_MAX_ROW_GAP = 4  # text cells in a row without a figure after which a flattened standards table has ended


def _standard_column(name: str) -> re.Match[str] | None:
    """The match of a standards column's name (see :data:`_STANDARD_COLUMN`), or None."""
    t = squash(name)
    if len(t) > _SHORT + 6 or _RESULT_COLUMN.search(t):
        return None
    return _STANDARD_COLUMN.fullmatch(t)


def _bound_of(name: str) -> str:
    return next((c for w, c in _COLUMN_BOUND if w in name), "=")


def _cells_to_figure(lines: _Lines, j: int, most: int) -> tuple[list[_Cell], int]:
    """The text cells from line ``j`` to the first figure cell (at most ``most`` + 1 of them: a header's
    names, a row's label), and the line of that figure (or where the reading stopped)."""
    cells: list[_Cell] = []
    while j < len(lines) and len(cells) <= most:
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        if _figure(c) is not None:
            return cells, j - 1
        cells.append(c)
    return cells, j


def standard_cells(text: str) -> tuple[list[FigureCell], list[tuple[int, int]]]:
    """The figures of every standards table in ``text`` (a document's normalised text), each
    with ``year`` 0 (a standing rule) and ``column`` its column's name; and the span of each
    table read (its notes' figures, 按用水量90%计征, state rules too).

    The header holds a standards column (a name ending with 标准, 价格, 限值 … and its unit in
    brackets), no year column, and no column of results (现状, 完成, 实际, 进度: a report's table
    states no rule). Two layouts are read:

    - rows of cells apart by bars under a header of as many cells: each row's label is its first
      text cell, its figure the standards column's cell (a dash or ``/`` is an empty one);
    - one cell a line (a web page's table flattened): empty cells are left out, so a row is its
      label, the figure of the standards column (the header's only one) and perhaps a note; a text
      cell just before a figure is that figure's label. A row without a figure states none.

    A tier table (:func:`_tier_cells`: rows keyed by bounds, ``20%≤X<50% | 5%≤Y<20% | 15``) gives its
    bounds and amounts the same way.
    """
    # A word with its unit's bracket after it, perhaps after one space (收费标准（元/吨）, 价格 (元)): looked
    # for at each bracket, which a plain search finds faster than any scan for the words.
    found: list[int] = []
    for opener in "（(":
        b = text.find(opener, 2)
        while b >= 0:
            if text[b - 2 : b] in _STANDARD_WORD_SET:
                found.append(b - 2)
            elif b >= 3 and text[b - 1].isspace() and text[b - 3 : b - 1] in _STANDARD_WORD_SET:
                found.append(b - 3)
            b = text.find(opener, b + 1)
    led: dict[int, str] = {}  # where a sentence introducing a table names the kind of figure it holds
    bracketed = set(found)
    for tail_word in _LEAD_TAIL_WORDS:
        # 收费标准如下：: a word the lead's tail follows closely, so only the words just before each 如下
        tail = text.find(tail_word)
        while tail >= 0:
            reach = max(0, tail - _LEAD_TAIL_REACH)
            for word in _STANDARD_WORDS:
                at = text.find(word, reach, tail)
                while at >= 0:
                    if at not in bracketed and (lead := _LEAD_TAIL.match(text, at + len(word))) is not None:
                        found.append(at)
                        led[at] = word + (lead.group("more") or "")  # 收费标准如下: the whole word
                    at = text.find(word, at + len(word), tail)
            tail = text.find(tail_word, tail + len(tail_word))
    out: list[FigureCell] = []
    spans: list[tuple[int, int]] = []
    _tier_cells(text, out, spans)
    if not found:
        return out, spans
    lines = _Lines(text)
    done = 0
    for at in sorted(set(found)):
        i = bisect_right(lines.starts, at) - 1
        if i < done:
            continue
        line = lines[i]
        if at in led:
            done = _read_led_standards(lines, i, led[at], out, spans)
            continue
        cells = _split(line) if ("|" in line.text or "｜" in line.text) else []
        if cells:
            k = next((k for k, c in enumerate(cells) if c.start <= at < c.end), None)
            if k is not None and 2 <= len(cells) <= _MAX_STANDARD_COLUMNS and _standard_column(cells[k].text):
                done = _read_standard_rows(lines, i, cells, out, spans)
        elif (c := _stripped(line)) is not None and _standard_column(c.text):
            done = _read_flat_standards(lines, i, out, spans)
    return out, spans


def _header_ok(names: list[str]) -> bool:
    """Whether a header's names allow a standards table: no year, role or result column."""
    return not any(
        plan_year(n) is not None or _YEAR_NAME.match(n) or _ROLE.search(n) or _RESULT_COLUMN.search(n)
        for n in names
    )


def _read_standard_rows(lines: _Lines, i: int, header: list[_Cell], out: list[FigureCell],
                        spans: list[tuple[int, int]]) -> int:
    """Rows of cells apart by bars under the standards header at line ``i``; the line after them."""
    names = [squash(h.text) for h in header]
    if not _header_ok(names):
        return i + 1
    columns = {k: m for k, n in enumerate(names) if (m := _standard_column(n))}
    first = len(out)
    j = last = i + 1
    while j < len(lines):
        t = lines[j].text.strip()
        if not t or _RULE_ROW.fullmatch(t):
            j += 1
            continue  # a blank line, a markdown rule
        cells = _split(lines[j])
        if len(cells) != len(header):
            break
        label = next((c.text for k, c in enumerate(cells) if k not in columns and not _SERIAL.match(c.text)
                      and _figure(c) is None and not _FILLER.match(c.text)), "")
        label = squash(label).rstrip("、，,")
        if label and HAN_CHAR.search(label):
            for k, m in columns.items():
                fig = _figure(cells[k])
                if fig is not None:
                    value, own, comparator = fig
                    out.append(_standard(label, m, value, own, comparator, cells[k], lines[j].text.strip()))
        j += 1
        last = j
    if len(out) > first:
        spans.append((header[0].start, lines[last - 1].start + len(lines[last - 1].text)))
    return j


def _read_flat_standards(lines: _Lines, i: int, out: list[FigureCell], spans: list[tuple[int, int]]) -> int:
    """A standards table flattened one cell a line whose header holds the standards column at line
    ``i``; the line after it."""
    # The header: the short lines around the column, back to a line that is not one, on to the
    # first figure; the cell before that figure is the first row's label.
    names: list[_Cell] = []
    k = i - 1
    while k >= 0 and i - k <= _MAX_STANDARD_COLUMNS * 2 and len(names) < _MAX_STANDARD_COLUMNS:
        c = _stripped(lines[k])
        if c is not None:
            if len(c.text) > _SHORT or _figure(c) is not None or c.text.endswith(("。", "：", ":")):
                break
            names.insert(0, c)
        k -= 1
    body, j = _cells_to_figure(lines, i, _MAX_STANDARD_COLUMNS + 1)
    if len(body) < 2 or j >= len(lines):
        return i + 1
    names += body[:-1]
    j = bisect_right(lines.starts, body[-1].start) - 1  # the first row's label
    squashed = [squash(c.text) for c in names]
    standards = [m for n in squashed if (m := _standard_column(n))]
    if len(standards) != 1 or len(names) > _MAX_STANDARD_COLUMNS or not _header_ok(squashed) \
            or _standard_column(squashed[0]) or any(len(n) > _SHORT + 6 for n in squashed):
        return i + 1  # (the first column names the rows; one figure column, or a row's cells cannot be placed)
    column = standards[0]
    label: _Cell | None = None
    gap = 0  # text cells since the last figure
    end = j
    first, last = len(out), names[0].end
    while j < len(lines):
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        t = squash(c.text)
        if len(t) > 60 or t.endswith("。") and _figure(c) is None and gap:
            break  # a paragraph: the table has ended
        fig = _figure(c)
        if fig is None:
            if _FILLER.match(t):
                label, last = None, c.end  # an empty figure: the row states none
                continue
            gap += 1
            if gap > _MAX_ROW_GAP:
                break
            last = c.end
            label = c if _ROW_LABEL.fullmatch(t) and HAN_CHAR.search(t) and _figure_in(t) is None else None
            continue
        if label is None:
            break  # a figure without its row's label: not a row of this table
        value, own, comparator = fig
        name = squash(label.text).rstrip("、，,")
        out.append(_standard(name, column, value, own, comparator, c, f"{label.text}\n{c.text}"))
        label, gap, end, last = None, 0, j, c.end
    if len(out) > first:
        spans.append((names[0].start, last))  # (a row that prints only its note is in the table too)
    return max(i + 1, end)


#: What follows a standard's word at the end of a sentence that introduces a table of such figures
#: (具体限值如下：, 收费标准如下, 的限值要求（见下表）：).
_LEAD_TAIL = re.compile(r"(?P<more>标准|价格|限值|单价)?[^。；;，,\n]{0,6}?(?:如下|见下表)[）)]?[ \t\u3000]*[:：]?[ \t\u3000]*(?:\n|$)")
#: The words :data:`_LEAD_TAIL` ends with, and how far before one a standards word may start: its two
#: characters, the optional second word's two and the six between.
_LEAD_TAIL_WORDS = ("如下", "见下表")
_LEAD_TAIL_REACH = 10
#: A header line that only gives the unit of the column named before it (kg, L/100 km, （g/km）, 元/吨).
_UNIT_LINE_CELL = re.compile(r"[（(]?\s*(?:[A-Za-z%‰³²·/\d.\s]*[A-Za-z%‰][A-Za-z%‰³²·/\d.\s]*|元/[^\d\s（）()]{1,4})\s*[)）]?")
#: A row's key that is a range of what the first column measures (CM≤750, 750<CM≤865, CM>1205).
_RANGE_KEY = re.compile(r"(?:\d+(?:\.\d+)?\s*[<＜≤]=?\s*)?[A-Za-z\u4e00-\u9fff]{1,8}\s*[<>＜＞≤≥]=?\s*\d+(?:\.\d+)?")


def _read_led_standards(lines: _Lines, i: int, word: str, out: list[FigureCell], spans: list[tuple[int, int]]) -> int:
    """A table flattened one cell a line after the sentence at line ``i`` that says what its figures
    are (具体限值如下：): its columns' names carry no such word, each value column's unit stands on the
    line under its name (具有两排及以下座椅 / L/100 km), and a row's key may be a range of what the first
    column measures (750<CM≤865). A row's figures fill the value columns from the left (a row printing
    fewer lost its last cells). Returns the line after the table (``i + 1`` when there is none)."""
    cells, j = _cells_to_figure(lines, i + 1, 2 * _MAX_STANDARD_COLUMNS)
    if any(len(c.text) > _SHORT + 6 or c.text.endswith(("。", "：", ":")) for c in cells):
        return i + 1  # a sentence among the names: no table's header
    if len(cells) < 3 or j >= len(lines):
        return i + 1
    header, first_key = cells[:-1], cells[-1]
    # The columns: each name, then the unit under it, if any.
    columns: list[tuple[str, str]] = []
    under = False  # whether the last column's unit stood on a line under its name
    for c in header:
        t = squash(c.text)
        if columns and not under and _UNIT_LINE_CELL.fullmatch(t):
            columns[-1], under = (columns[-1][0], t.strip("（）()")), True
        else:
            unit = _unit_of(t)
            columns.append((COLUMN_UNIT.sub("", t) if unit else t, unit))
            under = False
    names = [n for n, _ in columns]
    values = [(n, u) for n, u in columns[1:] if u]
    if len(columns) < 2 or len(values) != len(columns) - 1 or not _header_ok(names) or any(
            _figure_in(n) for n in names):
        return i + 1  # (the first column keys the rows, every other one is a figure's with its unit)
    comparator = _bound_of(word)
    key: _Cell | None = first_key
    figs: list[_Cell] = []
    first, last = len(out), first_key.end

    def close() -> None:
        if key is None or not figs or len(figs) > len(values):
            return
        label = squash(key.text)
        row = "\n".join(x.text for x in (key, *figs))
        for (name, unit), c in zip(values, figs, strict=False):
            fig = _figure(c)
            if fig is not None:
                value, own, cmp = fig
                # (the column's name lacks the word the sentence gives every figure: 具有两排座椅 + 限值)
                out.append(FigureCell(label, value, own, "", unit, 0, c.start, c.end, row,
                                      cmp if cmp != "=" else comparator, column=name + word))

    while j < len(lines):
        c = _stripped(lines[j])
        j += 1
        if c is None:
            continue
        t = squash(c.text)
        if _figure(c) is not None:
            figs.append(c)
            last = c.end
            continue
        if len(t) > _SHORT + 6 or t.endswith(("。", "：", ":")) or not (_RANGE_KEY.fullmatch(t) or not _figure_in(t)):
            break
        close()
        key, figs = c, []
    close()
    if len(out) > first:
        spans.append((cells[0].start, last))
    return bisect_right(lines.starts, last)


_FIGURE_IN = re.compile(r"\d")


def _figure_in(text: str) -> re.Match[str] | None:
    """A digit in a text cell: a note with a figure (按用水量90%计征) is no row's label."""
    return _FIGURE_IN.search(text)


def _standard(label: str, column: re.Match[str], value: float, own: str, comparator: str, cell: _Cell,
              row: str) -> FigureCell:
    """The cell of a standards table: the row's label, the column's name and unit, no year."""
    name = column.group("name")
    bound = _bound_of(name)
    return FigureCell(label, value, own, "", column.group("unit").strip(), 0, cell.start, cell.end, row,
                      comparator if comparator != "=" else bound, column=name)


# ---------------------------------------------------------------------------
# Tier tables: rows keyed by bounds on what a column measures (20%≤X<50% | 5%≤Y<20% | 15)

#: The symbols a tier key bounds with, a cheap search before any line is read.
_TIER_SYMBOLS = ("≤", "≥", "<", ">", "＜", "＞", "≦", "≧")
_TIER_NUMBER = r"\d+(?:\.\d+)?\s*[%‰]?"
#: A tier table's key cell: bounds on one variable, a letter the header or a legend names (20%≤X<50%,
#: 100%≤X, X≥5) or a short name (50≤营业收入<100); a lower bound before it, a bound after it, or both.
_TIER_KEY = re.compile(
    rf"(?:(?P<low>{_TIER_NUMBER})\s*(?P<lc><=|[<＜≤≦]))?\s*(?P<var>[A-Za-z]{{1,3}}|[\u4e00-\u9fff]{{2,8}})"
    rf"\s*(?:(?P<hc><=|>=|[<>＜＞≤≥≦≧])\s*(?P<high>{_TIER_NUMBER}))?"
)
#: The comparator of a key's symbol with the variable on its left (X<50%: ``<``); a lower bound's
#: symbol (20%≤X) reads the other way round (``>=``).
_TIER_COMPARATOR = {"<": "<", "＜": "<", "<=": "<=", "≤": "<=", "≦": "<=",
                    ">": ">", "＞": ">", ">=": ">=", "≥": ">=", "≧": ">="}
_TIER_LOWER = {"<": ">", "＜": ">", "<=": ">=", "≤": ">=", "≦": ">="}
#: A letter a column's name defines in brackets: 上年度营收增速（用X表示）, 研发占比(Y).
_LETTER_NAMED = re.compile(r"[（(]\s*(?:用|以)?\s*(?P<var>[A-Za-z]{1,3})\s*(?:表示|代表)?\s*[)）]")
#: A legend line's definition of a letter: 注：X为上年度营业收入增速，Y为研发投入占比.
_LETTER_LEGEND = re.compile(r"(?<![A-Za-z])(?P<var>[A-Za-z]{1,3})\s*(?:表示|为|代表|指)\s*(?P<name>[^，。；,;:：\s|｜（）()]{2,20})"
                            r"(?:[（(](?P<unit>[^（）()\d]{1,6})[）)])?")
_TIER_LEGEND_LINE = 80  # the longest legend line, in characters
_TIER_LEGEND_REACH = 3  # lines looked over around a tier table for a legend of its letters
_TIER_HEAD_REACH = 12  # rows looked back over from a key cell for the table's header


def _tier_key(text: str) -> re.Match[str] | None:
    """The match of a tier table's key cell (see :data:`_TIER_KEY`), or None (a bound is needed)."""
    m = _TIER_KEY.fullmatch(text)
    return m if m is not None and (m.group("low") or m.group("high")) else None


def _tier_cells(text: str, out: list[FigureCell], spans: list[tuple[int, int]]) -> None:
    """The figures of every tier table of ``text``, rows of cells apart by bars whose key cells bound
    what a column measures (``上年度营收增速（用X表示） | 研发占比（用Y表示） | 最高资助金额（万元）`` over
    ``20%≤X<50% | 5%≤Y<20% | 15``): each bound a standard on the measure (营收增速 >= 20%, < 50%; each once
    a table), each amount a standard of its column bounded as the column's name says (最高: ``<=``), its
    unit the column's bracket. A letter is named by the column whose name defines it (用X表示), else by a
    legend line around the table (X为…), else by the column its key stands in on a row printing every
    cell. A row printing fewer cells (a merged cell above) is read by its cells' kinds: keys by their
    letters, figures in the amount columns from the left."""
    if ("|" not in text and "｜" not in text) or not any(s in text for s in _TIER_SYMBOLS):
        return
    lines: _Lines | None = None
    found: set[int] = set()  # the lines holding a symbol, a plain search for each
    for symbol in _TIER_SYMBOLS:
        at = text.find(symbol)
        while at >= 0:
            lines = lines or _Lines(text)
            i = bisect_right(lines.starts, at) - 1
            found.add(i)
            at = text.find(symbol, lines.starts[i + 1] if i + 1 < len(lines) else len(text))
    done = -1
    for i in sorted(found):
        line = lines[i]
        if i > done and ("|" in line.text or "｜" in line.text) and any(_tier_key(c.text) for c in _split(line)):
            done = _read_tier_table(lines, i, out, spans)


def _read_tier_table(lines: _Lines, i: int, out: list[FigureCell], spans: list[tuple[int, int]]) -> int:
    """The tier table holding the key row at line ``i``; the last line read."""
    k, header = i - 1, None  # the header: the nearest bar row above of names only
    while k >= 0 and i - k <= _TIER_HEAD_REACH:
        t = lines[k].text.strip()
        if t and not _RULE_ROW.fullmatch(t):
            cells = _split(lines[k])
            if not cells or ("|" not in t and "｜" not in t):
                return i
            if not any(_tier_key(c.text) or _figure(c) is not None for c in cells):
                header = cells
                break
        k -= 1
    if header is None or len(header) < 2 or any(len(squash(c.text)) > _SHORT + 6 for c in header):
        return i
    top = k
    names, units, letters = [], [], {}
    for p, c in enumerate(header):
        t = squash(c.text)
        if m := _LETTER_NAMED.search(t):
            letters[m.group("var")] = p
            t = t[:m.start()] + t[m.end():]
        units.append(_unit_of(t))
        names.append(COLUMN_UNIT.sub("", t))
    if any(plan_year(n) is not None or _YEAR_NAME.match(n) or _ROLE.search(n) for n in names):
        return i  # a plan's or a task table's
    rows: list[tuple[_Cell, list[_Cell]]] = []
    j = k + 1
    while j < len(lines):
        t = lines[j].text.strip()
        if not t or _RULE_ROW.fullmatch(t):
            j += 1
            continue
        if "|" not in t and "｜" not in t:
            break
        cells = [c for c in _split(lines[j]) if not _FILLER.match(c.text)]
        if not any(_tier_key(c.text) for c in cells) or any(len(c.text) > _SHORT for c in cells):
            break  # (a row's cells are keys, figures and perhaps a short label: 第一档)
        rows.append((lines[j], cells))
        j += 1
    last = j - 1
    if not rows:
        return i
    keyed = {var: names[p] for var, p in letters.items()}  # each letter → the name of what it measures
    unit_of = {var: units[p] for var, p in letters.items()}  # and its unit, when the name gives one
    for step, reach in ((-1, top), (1, last)):  # a legend over or under the table
        for n in range(1, _TIER_LEGEND_REACH + 1):
            k = reach + step * n
            if 0 <= k < len(lines) and len(lines[k].text) <= _TIER_LEGEND_LINE:
                for m in _LETTER_LEGEND.finditer(lines[k].text):
                    if m.group("var") not in keyed:
                        keyed[m.group("var")], unit_of[m.group("var")] = m.group("name"), m.group("unit") or ""
    key_columns, amounts = set(letters.values()), set()
    for _, cells in rows:
        if len(cells) == len(header):  # a row printing every cell: its keys and figures stand in their columns
            for p, c in enumerate(cells):
                if (m := _tier_key(c.text)) is not None:
                    key_columns.add(p)
                    var = m.group("var") if m.group("var").isascii() else names[p]
                    keyed.setdefault(var, names[p])
                    unit_of[var] = unit_of.get(var) or units[p]
                elif _figure(c) is not None:
                    amounts.add(p)
    amounts = sorted(amounts - key_columns)
    if not key_columns:
        return i
    first = len(out)
    seen: set[tuple] = set()
    held: dict[str, str] = {}  # each letter's key on the row, kept for the rows a merged cell spans
    for line, cells in rows:
        keys = [c for c in cells if _tier_key(c.text) is not None]
        figs = [c for c in cells if _tier_key(c.text) is None and _figure(c) is not None]
        for c in keys:
            m = _tier_key(c.text)
            var = m.group("var")
            name = var if not var.isascii() else keyed.get(var)
            held[var] = c.text
            if not name:
                continue  # a letter nothing names
            own = [u for u in (_tier_unit(m.group("low")), _tier_unit(m.group("high"))) if u]
            unit = own[0] if own else unit_of.get(var, "")
            for group, comparator in (("low", _TIER_LOWER.get(m.group("lc") or "")),
                                      ("high", _TIER_COMPARATOR.get(m.group("hc") or ""))):
                if not m.group(group) or comparator is None:
                    continue
                value = float(re.match(r"\d+(?:\.\d+)?", m.group(group)).group())
                if (name, comparator, value, unit) in seen:
                    continue
                seen.add((name, comparator, value, unit))
                a = c.start + m.start(group)
                out.append(FigureCell("", value, unit, "", unit, 0, a, a + len(m.group(group)), line.text.strip(),
                                      comparator, column=name))
        if not figs or len(figs) != len(amounts):
            continue  # figures that cannot be placed
        tier = "、".join(_named_key(held[v], keyed) for v in held)
        for p, c in zip(amounts, figs, strict=True):
            value, own_unit, cmp = _figure(c)
            unit = own_unit or units[p]
            out.append(FigureCell(tier, value, own_unit, "", unit, 0, c.start, c.end, line.text.strip(),
                                  cmp if cmp != "=" else _bound_of(names[p]), column=names[p]))
    if len(out) > first:
        spans.append((header[0].start, rows[-1][1][-1].end))
    return last


def _tier_unit(bound: str | None) -> str:
    return bound.rstrip()[-1] if bound and bound.rstrip()[-1] in "%‰" else ""


def _named_key(key: str, keyed: dict[str, str]) -> str:
    """A tier's key with its letter replaced by the name of what it measures (20%≤营收增速<50%)."""
    m = _tier_key(key)
    var = m.group("var") if m is not None else ""
    return key.replace(var, keyed[var]) if var and var in keyed else key

# ---------------------------------------------------------------------------
# Scored target tables: an indicator, its score, its figure (目标任务分解表 of an assessment)

#: The header cell of a score column (分值, 权重, 分数（分）), alone on its line.
_SCORE_HEADER = re.compile(r"^[ \t\u3000]*(?:分值|权重|分数)(?:[（(]分[）)])?[ \t\u3000|｜]*$", re.MULTILINE)
#: The indicator column before it (项 目, 考核指标, 指标名称, 考核内容).
_SCORED_INDICATOR = re.compile(r"(?:考核|主要|目标)?(?:指标|项目)(?:名称|内容)?|考核内容")
#: The target column after it (目标任务, 目标值, 2024年目标, 任务数, 指标值（亿元）).
_SCORED_TARGET = re.compile(
    r"(?:(?:19|20)\d\d年度?)?(?:目标任务|任务目标|目标值|预期目标|计划目标|目标|任务数|指标值)(?:[（(][^（）()\d]{1,6}[）)])?"
)
#: A note column after the others (备注, 说明).
_SCORED_NOTE = re.compile(r"备注|说明|考核说明|评分说明")
#: A score cell: a small number, perhaps with a decimal (3, 0.5).
_SCORE_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
#: A limit word before a target figure (低于 4.1, 不低于95), with the comparator it sets.
_LIMIT_WORDS = (("不低于", ">="), ("不少于", ">="), ("不高于", "<="), ("不超过", "<="), ("控制在", "<="),
                ("低于", "<"), ("少于", "<"), ("高于", ">"), ("超过", ">"), ("达到", "="))
_MAX_SCORED_LABEL = 40  # the longest indicator cell, in characters
_MAX_SCORED_MISSES = 4  # lines that start no row after which a scored table has ended


#: The text last read by :func:`scored_tables` and its tables (its callers should not change them).
_last_scored: list = [None, []]


@dataclass(frozen=True, slots=True)
class ScoredRow:
    """One row of a scored target table (``indicator | score | target | owner``).

    Attributes:
        label: the indicator cell.
        target: the target cell (a figure, or words: 年终根据全省平均水平综合考核), or None when empty.
        owner: the owner cell when the table has a role column and the row prints one, else None.
        start: where the row starts (its indicator cell).
        end: where its last cell ends.
        unit: the row's unit cell, in a table with a 单位 column before its target column, else None.
    """

    label: _Cell
    target: _Cell | None
    owner: _Cell | None
    start: int
    end: int
    unit: _Cell | None = None


@dataclass(frozen=True, slots=True)
class ScoredTable:
    """A scored target table flattened one cell a line.

    Attributes:
        start: where its header starts.
        end: where its last row ends.
        year: the year its title names, 0 when none.
        owner_column: the name of its role column (责任单位), "" when it has none.
        column_unit: the unit its target column's name gives in brackets, else "".
        rows: its rows.
        goal_cells: ``(start, end)`` of every cell of its target column, a figure or words (全市统筹,
            由市科技局统筹安排): a value of its row, no sentence of its own (its owner is in the owner column).
    """

    start: int
    end: int
    year: int
    owner_column: str
    column_unit: str
    rows: list[ScoredRow]
    goal_cells: tuple[tuple[int, int], ...] = ()


def scored_tables(text: str) -> list[ScoredTable]:
    """The scored target tables of ``text`` flattened one cell a line.

    An assessment's 目标任务分解表 prints a score column (分值, 权重) between each indicator and its
    figure: ``城镇新增就业人数 | 1 | 5800 | 区人社局``. The header is found by its score cell with the
    indicator column before it and a target column after it; then an optional role column (read by
    :mod:`policykg.extract.roles`) and a note column. A row is a text cell followed by a score cell;
    the cell after the score is the target (absent when the next row's indicator follows at once),
    the one after it the owner when the table has a role column. Group cells over the rows (宏观调控)
    start no row and are passed over. The score is a weight of the assessment, no target. Goal tables
    (:func:`_read_goal_table`: a unit column before the target column instead of a score) come first,
    without an owner column (their owners are left to the task tables' own reading)."""
    last_text, last = _last_scored
    if text is last_text:
        return last  # the task tables and the targets both ask, of the same text
    out: list[ScoredTable] = []
    _last_scored[:] = [text, out]
    lines: _Lines | None = None
    if "单位" in text and "目标" in text:
        # a plain search first: most texts hold no unit column
        for m in _GOAL_HEADER.finditer(text):
            lines = lines or _Lines(text)
            table = _read_goal_table(lines, bisect_right(lines.starts, m.start("line")) - 1)
            if table is not None and (not out or table.start >= out[-1].end):
                out.append(table)
    if "分值" not in text and "权重" not in text and "分数" not in text:
        return out  # a plain search: most texts hold no score column
    done = out[-1].end if out else 0
    for m in _SCORE_HEADER.finditer(text):
        if m.start() < done:
            continue
        lines = lines or _Lines(text)
        table = _read_scored(lines, bisect_right(lines.starts, m.start()) - 1)
        if table is not None:
            out.append(table)
            done = table.end
    return out


def scored_cells(tables: list[ScoredTable]) -> list[FigureCell]:
    """The target figures of scored tables: a row's indicator, its target cell's figure, the table's
    year (0 when its title names none: the caller dates it)."""
    out: list[FigureCell] = []
    for table in tables:
        for row in table.rows:
            if row.target is None or (fig := _limited_figure(row.target)) is None:
                continue  # 年终根据全省平均水平综合考核: no figure
            value, own, comparator = fig
            label = _FOOTNOTE.sub("", squash(row.label.text))
            lu = _LABEL_UNIT.search(label)
            cells = (row.label, *((row.unit,) if row.unit else ()), row.target) + ((row.owner,) if row.owner else ())
            row_unit = row.unit.text if row.unit else lu.group("unit") if lu else ""
            out.append(FigureCell(label, value, own, row_unit, table.column_unit, table.year,
                                  row.target.start, row.target.end, "\n".join(c.text for c in cells), comparator))
    return out


def _limited_figure(cell: _Cell) -> tuple[float, str, str] | None:
    """:func:`_figure` of a target cell, a limit word before the figure read too (低于 4.1: ``<``)."""
    t = squash(cell.text)
    word = "="
    for w, cmp in _LIMIT_WORDS:
        if t.startswith(w):
            t, word = t[len(w):], cmp
            break
    fig = _figure(_Cell(t, cell.start, cell.end))
    if fig is None:
        return None
    return (fig[0], fig[1], fig[2]) if fig[2] != "=" else (fig[0], fig[1], word)


def _is_scored_label(c: _Cell) -> bool:
    return (len(c.text) <= _MAX_SCORED_LABEL and HAN_CHAR.search(c.text) is not None
            and c.text[-1] not in "。；;：:" and _SCORE_CELL.fullmatch(c.text) is None)


def _read_scored(lines: _Lines, i: int) -> ScoredTable | None:
    """The scored table whose score header cell is line ``i``, or None when its neighbours make no
    such header."""
    k, indicator = _nonblank(lines, i - 1, -1)
    if indicator is None or not _SCORED_INDICATOR.fullmatch(squash(indicator.text)):
        return None
    j, target = _nonblank(lines, i + 1, 1)
    if target is None or not (tm := _SCORED_TARGET.fullmatch(squash(target.text))):
        return None
    owner_column = ""
    j, c = _nonblank(lines, j + 1, 1)
    if c is not None and len(c.text) <= _SHORT and _ROLE.fullmatch(squash(c.text)):
        owner_column = squash(c.text)
        j, c = _nonblank(lines, j + 1, 1)
    if c is not None and _SCORED_NOTE.fullmatch(squash(c.text)):
        j, c = _nonblank(lines, j + 1, 1)
    year = _title_year(lines, k) or 0
    cells: list[_Cell] = []
    while c is not None and len(c.text) <= 60:
        cells.append(c)
        j, c = _nonblank(lines, j + 1, 1)

    def starts_row(p: int) -> bool:
        return p + 1 < len(cells) and _is_scored_label(cells[p]) and _SCORE_CELL.fullmatch(cells[p + 1].text) is not None

    rows: list[ScoredRow] = []
    p = misses = 0
    while p < len(cells) and misses < _MAX_SCORED_MISSES:
        if not starts_row(p):
            misses += 1
            p += 1
            continue
        misses = 0
        label, q = cells[p], p + 2
        row_target = owner = None
        if q < len(cells) and not starts_row(q):
            row_target, q = cells[q], q + 1
        if owner_column and q < len(cells) and not starts_row(q):
            owner, q = cells[q], q + 1
        rows.append(ScoredRow(label, row_target, owner, label.start, cells[q - 1].end))
        p = q
    if len(rows) < 2:
        return None
    unit = _unit_of(tm.group())
    goals = tuple((r.target.start, r.target.end) for r in rows if r.target is not None)
    return ScoredTable(indicator.start, rows[-1].end, year, owner_column, unit, rows, goals)


# ---------------------------------------------------------------------------
# Goal tables: an indicator, its unit, its yearly goal (a 考核 table with no score column)

#: A yearly goal column that names no year (年度目标, 全年目标任务, 目标值), alone on its line: the
#: year is the table's title's, else the document's.
_GOAL_HEADER = LineRegex(r"[ \t\u3000]*(?:(?:年度|全年)(?:目标|任务)(?:值|任务|数)?|目标值|目标任务)[ \t\u3000|｜]*$")
#: A name of the column a goal table's rows name their indicator in (考核内容, 考核指标, 指标名称, 项目).
_GOAL_INDICATOR = re.compile(r"(?:考核|主要|工作)?(?:指标|项目|内容|任务)(?:名称|内容)?")
_GOAL_HEAD_BEFORE = 6  # header cells looked back over from the 单位 cell


def _read_goal_table(lines: _Lines, i: int) -> ScoredTable | None:
    """The goal table whose goal column's name is line ``i``, flattened one cell a line, or None.

    Its header names a 序号 and an indicator column (考核内容, 指标名称) before a 单位 column right
    before the goal column; a group column (考核项目) and owner columns (责任部门, 评分部门) may stand
    around them. Empty cells are left out in that layout, so a row is read from its serial (the next
    row's serial after it, a cell naming something after that): its first figure is its goal, the
    unit cell right before it the goal's unit, the text cell before those the indicator (a merged
    indicator cell of the rows above is printed on their first row only). A row whose goal is words
    (全市统筹, 良好以上) states none; its owner cells are :mod:`task_tables`' to read."""
    k, unit = _nonblank(lines, i - 1, -1)
    if unit is None or squash(unit.text) != "单位":
        return None
    names: list[str] = []
    top = k
    for _ in range(_GOAL_HEAD_BEFORE):
        k2, c = _nonblank(lines, top - 1, -1)
        if c is None or len(c.text) > _SHORT or _DIGIT_IN.search(c.text):
            break
        top = k2
        names.append(squash(c.text))
    if "序号" not in names or not any(_GOAL_INDICATOR.fullmatch(n) for n in names):
        return None
    cells: list[_Cell] = []
    j, c = _nonblank(lines, i + 1, 1)
    while c is not None and len(c.text) <= 60 and not c.text.endswith("。"):
        cells.append(c)
        j, c = _nonblank(lines, j + 1, 1)

    def serial_at(p: int, n: int) -> bool:  # row n's serial at cell p: its number, then a cell naming something
        sm = _SERIAL.match(cells[p].text)
        return sm is not None and int(sm.group("n")) == n and p + 1 < len(cells) and _figure(cells[p + 1]) is None

    p = next((p for p in range(len(cells)) if serial_at(p, 1)), None)
    rows: list[ScoredRow] = []
    goals: list[tuple[int, int]] = []  # (the goal cells of every row, words too)
    n = 1
    while p is not None:
        # the goal's cell: the first figure after the label, or the cell after the first unit cell (a dash
        # when the row has none); the next row's serial comes after it
        at = next((a for a in range(p + 2, len(cells)) if _limited_figure(cells[a]) is not None
                   or _is_unit_cell(cells[a].text) or _FILLER.match(cells[a].text)), None)
        if at is None:
            break
        label, goal, unit_cell = cells[at - 1], at, None
        if _limited_figure(cells[at]) is None:
            goal, unit_cell = at + 1, None if _FILLER.match(cells[at].text) else cells[at]
        q = next((q for q in range(goal + 1, len(cells)) if serial_at(q, n + 1)), None)
        if goal < len(cells):
            goals.append((cells[goal].start, cells[goal].end))
        if goal < len(cells) and _limited_figure(cells[goal]) is not None and _is_scored_label(label):
            rows.append(ScoredRow(label, cells[goal], None, cells[p + 1].start, cells[goal].end, unit_cell))
        p, n = q, n + 1
    if not rows:
        return None
    return ScoredTable(lines[top].start, rows[-1].end, _title_year(lines, top) or 0, "", "", rows, tuple(goals))
