"""Task tables written one row a line: markdown pipe rows, space-separated rows, glued rows.

- Pipe rows (``| 1 | 推进… | 区发展改革委* | 区财政局 | 2024年底 |``): cells are split at
  the pipes; an alignment row (``|---|:---:|``) is skipped. A blank cell under a group or
  unit column is a merged cell: it takes the cell of the row above, until a new group cell
  is printed. An empty mark (``——``, ``/``, ``无``) is an empty cell and takes nothing. A row
  short of the group cells merged over its group prints fewer cells: they are the columns on
  the right.
- Space-separated rows (``1 推进城市更新 3 区发展改革委、区财政局``): the cells after the
  task are placed from the right by their shape (unit lists, dates, figures such as 任务数 or
  a yearly plan figure), the serial and group cells from the left; what lies between is the
  task. Where single spaces part the cells, a space more is an empty cell (a merged one under
  a group or unit column), and a lone character after a word is that word's end wrapped
  (:func:`printed_lines`). Normalising drops these spaces and joins the rows into one line;
  :class:`Spacing` reads them back from the raw text, so that the rows are read as printed.
  Rows numbered in turn may skip serials (a part of a longer list); text cells after the units
  (工作评价, 进展情况, 备注) are placed after the last unit cell, a leaders' column (牵头领导) takes
  the person's names before the units, and a unit cell wrapped onto the next lines goes on
  its row.
- Glued rows: text extraction that drops the spaces between Chinese characters and joins
  lines turns such a table into one line, ``序号重点任务任务数责任单位1开展…整治3区生态环境局、
  区水务局2推进…``. The header is split into column names; each row starts with the next
  serial number and ends with a list of units (then a date, when the header has one) just
  before the serial of the row after; a figure column between the task and the units takes
  the digits before the units.
- Rows one a line whose spaces were dropped (``1地区生产总值增长6%以上。区发展改革委地区生产总值同比
  增长2.9%。``, under ``序号目标任务责任单位上半年推进情况`` alone on its line): each row opens with
  its serial; the unit list follows the task, and the rest of the line, with the lines below
  it up to the next row, is the progress cell (:func:`read_serial_line_rows`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from policykg.extract.agencies import LEVEL_CHARS, NAME_LAST_CHARS, canonical_agency, is_agency_name
from policykg.extract.patterns import HAN_CHAR
from policykg.extract.records import Role
from policykg.extract.roles import is_post_label
from policykg.extract.table_cells import EMPTY_CELL, Line, PlanCell, TableRow, Units, assign_units, is_time
from policykg.extract.table_columns import ROLE_KINDS, Header, is_status_column, plan_year

if TYPE_CHECKING:
    from policykg.extract.text import TextMap

# The end of a glued row: a date after its units (2023年底前, 长期).
_TIME_WORDS = r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?(?:前|以前)?|长期|持续推进|常态化推进|全年)"
_GLUED_TIME = re.compile(_TIME_WORDS + "$")
_GLUED_TIME_ANY = re.compile(_TIME_WORDS)
# Where a unit list may start inside glued text (the cheap test before parsing names).
_UNIT_START = re.compile(r"[区市县省镇乡街各]")
_MIN_TASK = 4
_MAX_WRAP = 30  # a line holding the rest of a wrapped cell is short
_SENTENCE_END = re.compile(r"[：:]$")  # a lead-in to what follows, not a cell
# Characters after a number that make it a date, a decimal or a share, not a serial.
_AFTER_FIGURE = frozenset("年月日号.．%％")
_GLUED_FIGURE = re.compile(r"\d+(?:\.\d+)?[%％]?$")
_BREAK_TAG = re.compile(r"<br\s*/?>|<p>|</p>", re.IGNORECASE)
_ALIGN_ROW = re.compile(r"[|｜\s:：\-—–]+")
_TOKEN_GAP = re.compile(r"\s+")
_SPACE_CHARS = frozenset(" \t\u3000\xa0")
_RUN_ON = ("、", "，", ",", "；", ";")
_HEADING_LIKE = re.compile(r"^[^。；;，,：:！？!?]{1,16}$")
_MAX_MISSES = 2
MAX_SKIPPED = 20  # the serials a numbered table printing a part of a list skips between two rows


@dataclass
class _State:
    """What merged cells carry down: the last group cells and unit cells printed."""

    groups: dict[int, Line] = field(default_factory=dict)
    units: dict[int, Line | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Spacing:
    """The whitespace the normalised text dropped, read back from the raw text behind it.

    Normalising drops the spaces around Chinese characters and joins the lines it takes for one
    sentence wrapped: a table printed one row a line, its cells apart by spaces, comes out glued
    (``序号类别主要任务…责任单位`` then ``1加强…市水利局市发展改革委、…2严守…``). The raw text still
    holds where each cell and each row ended; a table reader asks for it here.

    Attributes:
        raw: the raw text.
        norm_starts: the chunks of the normalised text (:class:`~policykg.extract.text.TextMap`).
        raw_starts: where each chunk starts in ``raw``.
        offset: where the text asked about starts in the normalised text (a document's span).
    """

    raw: str
    norm_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    offset: int = 0

    @classmethod
    def of(cls, tm: TextMap, offset: int = 0) -> Spacing:
        """The spacing of a :class:`~policykg.extract.text.TextMap`, for the text from ``offset`` on."""
        return cls(tm.raw, tm.norm_starts, tm.raw_starts, offset)

    def dropped(self, start: int, end: int) -> list[tuple[int, str]]:
        """``(where, whitespace)`` of each run of whitespace dropped just before a character of
        ``text[start:end]`` (or at ``end``), in order; ``where`` counts from :attr:`offset`."""
        ns, rs, raw = self.norm_starts, self.raw_starts, self.raw
        a, b = start + self.offset, end + self.offset
        out = []
        k = max(1, bisect_right(ns, a - 1))
        while k < len(ns) and ns[k] <= b:
            gap = raw[rs[k - 1] + ns[k] - ns[k - 1] : rs[k]]  # what lies between the chunk before and this one
            if gap and gap.isspace():
                out.append((ns[k] - self.offset, gap))
            k += 1
        return out


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
    width = len(header.kinds)
    groups = next((i for i, kind in enumerate(header.kinds) if kind != "group"), 0)
    while k < len(lines):
        line = lines[k]
        if line.text.count("|") < 1:
            break
        k += 1
        if _ALIGN_ROW.fullmatch(line.text):
            continue
        cells = pipe_cells(line)
        if groups and cells and (len(cells) < width or not cells[-1].text):
            cells = _under_merged_group(cells, header, groups, units)
        if 1 < len(cells) < width:
            cells = _short_row(cells, header, units) or cells
        if len(cells) != width or [c.text.replace(" ", "") for c in cells] == names:
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
    rows, read = read_word_rows((words(x) for x in lines[k:]), header, units, lead_first=lead_first)
    return rows, k + read


def read_word_rows(
    rows_words: Iterable[list[Line]],
    header: Header,
    units: Units,
    *,
    lead_first: bool = False,
    numbered: bool = False,
) -> tuple[list[TableRow], int]:
    """The rows of a table printed one row a line, its cells apart by spaces, each line given as its words.

    The words are placed into the columns by :func:`_align_spaced`; a line that does not fit is
    passed over, up to :data:`_MAX_MISSES` in a row, and ends the table when it comes first.

    Args:
        rows_words: the words of each line after the header (:func:`words`), in order.
        header: the table's header.
        units: the unit parser.
        lead_first: the document rules that the first unit of a list leads.
        numbered: every row opens with its serial, 1, 2, 3 … in turn (a line that does not is none).

    Returns:
        ``(rows, how many lines were read)``.
    """
    rows: list[TableRow] = []
    state = _State()
    misses = read = 0
    last: int | None = None  # the serial of the last row read
    for tokens, wrapped in _wrapped_rows(rows_words, header, units) if numbered else ((t, ()) for t in rows_words):
        cells = _align_spaced(tokens, header, units, wrapped)
        if cells is not None and numbered:
            # (a later serial: the next one, or one of a list the table prints a part of, a few rows on; a
            # figure opening a cell's line wrapped is none)
            m = _ROW_SERIAL.fullmatch(tokens[0].text.rstrip(".、．"))
            if m is None or (last is not None and not last < int(m.group("n")) <= last + misses + MAX_SKIPPED):
                cells = None
            else:
                last = int(m.group("n"))
        if cells is None:
            misses += 1
            if misses > _MAX_MISSES or not rows:
                break
            read += 1
            continue
        misses = 0
        read += 1
        row = _row(cells, header, units, state, lead_first)
        if row is not None:
            rows.append(row)
    return rows, read


def _wrapped_rows(
    rows_words: Iterable[list[Line]], header: Header, units: Units
) -> Iterable[tuple[list[Line], tuple[Line, ...]]]:
    """The words of each row of a numbered table printed one row a line, a unit cell wrapped over lines
    taken back into its row: after a line that ends with fewer unit cells than the header has unit
    columns (``… 县卫健委 各乡镇``), lines that do not open with a serial and open with units, or hold one
    short name the unit lists do not know (``县开发区`` / ``县直有关单位 达到时序进度 …``), go on that row
    when the next row follows them (a line after the table's last row is none of it). Each row comes with
    the words that open such lines (:func:`_align_spaced` merges them into the cell before)."""
    n_roles = sum(k in ROLE_KINDS for k in header.kinds)
    row: list[Line] = []
    more: list[list[Line]] = []  # the lines that may go on the row
    open_cell = False  # the last line may go on with its unit cell

    def serial(text: list[Line]) -> bool:
        return _ROW_SERIAL.fullmatch(text[0].text.rstrip(".、．")) is not None

    for tokens in rows_words:
        text = [w for w in tokens if w.text]
        if open_cell and text and not serial(text) and len(more) < _MAX_MISSES + 1 and (
                units.shape(text[0]) == "unit" or len(text) == 1 and _WRAPPED_NAME.fullmatch(text[0].text)):
            more.append(tokens)
            open_cell = len(text) == 1
            continue
        if row:
            if more and text and serial(text):
                yield [w for x in (row, *more) for w in x], tuple(next(w for w in x if w.text) for x in more)
            else:
                yield row, ()
                yield from ((x, ()) for x in more)
        row, more = tokens, []
        open_cell = bool(text) and units.shape(text[-1]) == "unit" and _unit_cells_to(text, len(text) - 1, units) < n_roles
    if row:
        yield row, ()
        yield from ((x, ()) for x in more)


def _under_merged_group(cells: list[Line], header: Header, groups: int, units: Units) -> list[Line]:
    """The cells of a pipe row under a group cell merged over the rows of its group, placed.

    ``15.推进… | 完成… | 教育体育局 | …``: the header opens with group columns (类别 | 事项名称 | …) and
    a row that prints no cell for its group is as many cells short; its cells are the columns on
    the right. A row may also close with empty cells that stand for none of the columns (``…|监督电话…||``):
    it is placed on the right when its unit column then holds units and it does not as printed.
    """
    width = len(header.kinds)
    blank = Line("", cells[0].start, cells[0].start)
    if 0 < width - len(cells) <= groups:
        return [blank] * (width - len(cells)) + cells
    if len(cells) != width:
        return cells
    at = next(i for i, kind in enumerate(header.kinds) if kind in ROLE_KINDS)
    if units.is_owner_cell(cells[at]):
        return cells
    shift = 1
    while shift <= groups and not cells[-shift].text:
        if at >= shift and units.is_owner_cell(cells[at - shift]):
            return [blank] * shift + cells[:-shift]
        shift += 1
    return cells


def _short_row(cells: list[Line], header: Header, units: Units) -> list[Line] | None:
    """The cells of a pipe row that prints fewer cells than its header names columns, placed; None when they
    do not fit.

    A portal's table drops a row's empty cells at its end (``6 | 推进… | 财务处 | 2021年2月 |`` under a
    header closed by 备注) and prints a cell merged over two columns once (``2 | 做好… | 疾控处 | 长期推进 |``
    under ``序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注``). The owner cells (lists of units, or
    clauses of roles) stand in the unit columns; when the cells as printed do not put them there, the run
    of owner cells anchors the row: the cells after it fill the columns after the unit columns in order
    (a date cell the date column, passing a note column), the cells before it the columns before them: the
    serial its column, the longest the task's, the others the columns around it. A column left with no
    cell is blank, as a merged one is (:func:`_row` fills it from the row above).
    """
    kinds = header.kinds
    width = len(kinds)
    blank = Line("", cells[-1].end, cells[-1].end)
    roles_at = [i for i, kind in enumerate(kinds) if kind in ROLE_KINDS]
    first, last = roles_at[0], roles_at[-1]
    if roles_at != list(range(first, last + 1)):
        return None
    # (the empty cells at the row's end dropped: the cells as printed, if their owners sit in the unit columns)
    if first < len(cells) and units.is_owner_cell(cells[first]):
        return cells + [blank] * (width - len(cells))
    u = next((i for i in range(1, len(cells)) if units.is_owner_cell(cells[i])), None)
    if u is None:
        return None
    run = u
    while run < len(cells) and run - u < len(roles_at) and units.is_owner_cell(cells[run]):
        run += 1
    before, owners, after = cells[:u], cells[u:run], cells[run:]
    if len(owners) < len(roles_at) and after:
        return None  # (which unit column holds no cell cannot be told)
    out: list[Line] = [blank] * width
    out[first : first + len(owners)] = owners
    col = last + 1
    for cell in after:
        if is_time(cell.text) or _GLUED_TIME_ANY.match(cell.text):
            col = next((c for c in range(col, width) if kinds[c] == "time"), col)
        if col >= width:
            return None
        out[col] = cell
        col += 1
    free = list(range(first))
    if before and kinds[0] == "serial" and units.shape(before[0]) == "serial":
        out[0], before, free = before[0], before[1:], free[1:]
    if not before or len(before) > len(free):
        return None
    t = header.task
    if len(before) == len(free):
        cols = free
    else:
        k = max(range(len(before)), key=lambda i: len(before[i].text))
        left = [c for c in free if c < t][len([c for c in free if c < t]) - k :] if k else []
        right = [c for c in free if c > t][: len(before) - k - 1]
        if len(left) != k or len(right) != len(before) - k - 1:
            return None
        cols = [*left, t, *right]
    for c, cell in zip(cols, before, strict=True):
        out[c] = cell
    return out


def pipe_cells(line: Line) -> list[Line]:
    """The cells of a pipe row; a line break written ``<br>`` inside a cell parts names like 、."""
    t = _BREAK_TAG.sub(lambda m: "、" + " " * (len(m.group()) - 1), line.text) if "<" in line.text else line.text
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


def words(line: Line) -> list[Line]:
    """The words of a line whose spaces are written (see :func:`printed_lines`); none for a blank line."""
    lines = printed_lines(line)
    return lines[0] if lines else []


def printed_lines(line: Line, spacing: Spacing | None = None) -> list[list[Line]]:
    """The lines ``line`` was printed on, each as its words: the parts its spaces divide.

    The spaces are those of the line as written and, with ``spacing``, those the normalised text
    dropped (:class:`Spacing`); a line break it dropped (two printed lines joined) parts two lines.
    A word ending in 、 or ， is joined with the next, and so is a single Han character after a
    word (``加强水资源保 护``: the end of the word, wrapped). Where single spaces part a line's
    words, each space more marks an empty cell (a cell merged from the row above prints nothing
    between two spaces): an empty word.
    """
    text, base = line.text, line.start
    gaps = [(m.start(), m.end(), m.group()) for m in _TOKEN_GAP.finditer(text)]
    if spacing is not None:
        gaps += [(p - base, p - base, ws) for p, ws in spacing.dropped(base, line.end)]
        gaps.sort()
    out: list[list[tuple[int, int, int]]] = [[]]  # each printed line's words: (start, end, spaces before)
    at, width = 0, 0
    for a, b, ws in gaps:
        if a > at:
            out[-1].append((at, a, width))
        if "\n" in ws:
            out.append([])
            width = 0
        elif a > at or not out[-1]:
            width = sum(c in _SPACE_CHARS for c in ws) or 1
        else:
            width += sum(c in _SPACE_CHARS for c in ws) or 1
        at = max(at, b)
    if at < len(text):
        out[-1].append((at, len(text), width))
    return [_joined_words(text, base, part) for part in out if part]


def _joined_words(text: str, base: int, part: list[tuple[int, int, int]]) -> list[Line]:
    """The words of one printed line (``(start, end, spaces before)``) as :func:`printed_lines` gives them."""
    single = min((w for _, _, w in part[1:]), default=1) == 1
    out: list[Line] = []
    for i, (a, b, width) in enumerate(part):
        word = Line(text[a:b], base + a, base + b)
        prev = out[-1] if out and out[-1].text else None
        nxt = text[part[i + 1][0] : part[i + 1][1]] if i + 1 < len(part) else ""
        if prev is not None and width == 1 and (
            prev.text.endswith(_RUN_ON) or word.text.startswith(_RUN_ON) or _wrapped_tail(prev.text, word.text, nxt)
        ):
            out[-1] = Line(text[prev.start - base : b], prev.start, base + b)
            continue
        if i and single and width > 1:
            out += [Line("", base + a, base + a)] * (width - 1)
        out.append(word)
    return out


#: The one-character answers of a table's yes/no columns (是否完成 | 是), a cell of their own.
_ANSWER_CELLS = frozenset("是否有")


def _wrapped_tail(prev: str, word: str, nxt: str) -> bool:
    """Whether ``word`` is the last character of the word ``prev`` wrapped onto a line of its own in its
    cell: a single Han character (not an empty cell's mark, 无, nor a yes/no cell's answer, 是 or 否) after a
    word of Han characters, and no word of one character on either side (``序号 重 点 任 务``: a word spaced
    out letter by letter)."""
    return (
        len(word) == 1
        and word not in _ANSWER_CELLS
        and len(prev) > 1
        and len(nxt) != 1
        and "\u4e00" <= word <= "\u9fff"
        and "\u4e00" <= prev[-1] <= "\u9fff"
        and not EMPTY_CELL.fullmatch(word)
    )


def _align_spaced(
    tokens: list[Line], header: Header, units: Units, wrapped: tuple[Line, ...] = ()
) -> list[Line | None] | None:
    """The words of a row placed into the columns, or None when they do not fit.

    The cells after the task are placed from the right by their shape, the serial and group
    cells from the left; what lies between is the task. An empty word (:func:`printed_lines`) is
    an empty cell of the column it falls in: a merged one, under a unit or group column.

    Under a header whose columns after the unit columns are all of kind ``other`` (工作评价, 进展情况,
    备注), the words after the row's last unit cell are their text cells, in order. The words that open
    a line of a unit cell wrapped over lines (``wrapped``, :func:`_wrapped_rows`) go on the cell before
    while the row holds more unit cells than the header unit columns. A leaders' column before the unit
    columns (牵头领导) holds the person's names before the units (``汪  峰   吴蓓蓓``).
    """
    kinds = header.kinds
    t = header.task
    cells: list[Line | None] = [None] * len(kinds)
    r = len(tokens) - 1
    roles_at = [i for i, k in enumerate(kinds) if k in ROLE_KINDS]
    last_role = roles_at[-1]
    tail = range(last_role + 1, len(kinds))
    if wrapped:
        tokens = _unwrapped(tokens, wrapped, len(roles_at), units)
        r = len(tokens) - 1
    if tail and r >= 0 and tokens[r].text and all(kinds[c] == "other" for c in tail) \
            and units.shape(tokens[r]) == "text":
        # (the last unit cell of a run as long as the unit columns: a progress cell may read as units too)
        u = next((k for k in range(r - 1, t, -1) if tokens[k].text and units.shape(tokens[k]) == "unit"
                  and _unit_cells_to(tokens, k, units) >= len(roles_at)), None)
        texts = [w for w in tokens[u + 1 : r + 1] if w.text] if u is not None else []
        if not texts or len(texts) > len(tail):
            return None
        for col, w in zip(tail, texts, strict=False):
            cells[col] = w
        tokens = tokens[: u + 1]
        r = u
    for col in range(last_role, t, -1) if tail and cells[tail[0]] is not None else range(len(kinds) - 1, t, -1):
        kind = kinds[col]
        shape = (units.shape(tokens[r]) if tokens[r].text else "empty") if r >= 0 else None
        if kind == "other" and col < roles_at[0] and is_post_label(header.names[col]):
            # 牵头领导 | 汪  峰   吴蓓蓓: the names of leaders, none of the task
            e = r
            r = _leaders_from(tokens, r, 1 if kinds[0] == "serial" else 0)
            if r < e:
                cells[col] = Line(" ".join(w.text for w in tokens[r + 1 : e + 1] if w.text), tokens[r + 1].start,
                                  tokens[e].end)
            continue
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
        token = tokens[left]
        if not token.text:
            if kind in ("serial", "group"):
                cells[col], left = token, left + 1  # the cell merged from the row above
            continue
        shape = units.shape(token)
        if kind == "serial" and shape == "serial":
            cells[col], left = token, left + 1
        elif kind == "group" and r - left >= 1 and shape == "text" and _HEADING_LIKE.match(token.text):
            cells[col], left = token, left + 1
    words = [w for w in tokens[left : r + 1] if w.text]
    if not words:
        return None
    cells[t] = Line(" ".join(w.text for w in words), words[0].start, words[-1].end)
    return cells


#: A person's name as a leaders' column prints it: two or three Han characters (吴蓓蓓), or its single characters
#: apart by spaces (汪  峰: the words 汪 and 峰).
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_MAX_LEADERS = 2  # the names a leaders' cell holds (汪  峰   吴蓓蓓)


def _leaders_from(tokens: list[Line], r: int, floor: int) -> int:
    """Where the leaders' cell ending at ``tokens[r]`` opens, less one: ``r`` walked left over empty words and
    up to :data:`_MAX_LEADERS` person's names (:data:`_PERSON_NAME`), never onto ``tokens[floor]`` (the task's
    first word). A word of another shape (专项行动, the end of the task) stays with the task."""
    names = 0
    while r > floor:
        if not tokens[r].text:
            r -= 1
            continue
        if names == _MAX_LEADERS:
            break
        if _PERSON_NAME.fullmatch(tokens[r].text):
            k = r - 1
        else:  # 汪  峰: single characters apart by spaces, as long as a name
            k, chars = r, 0
            while k > floor and (not tokens[k].text or HAN_CHAR.fullmatch(tokens[k].text) and chars < 3):
                chars += bool(tokens[k].text)
                k -= 1
            while k < r and not tokens[k + 1].text:
                k += 1  # (the spaces before the name are none of it)
            if chars < 2:
                break
        r, names = k, names + 1
    return r
#: A line of a unit cell wrapped over lines that holds one name the unit lists do not know (县开发区).
_WRAPPED_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")


def _unit_cells_to(tokens: list[Line], k: int, units: Units) -> int:
    """How many unit cells (or empty ones) run up to ``tokens[k]``, it included."""
    n = 0
    while k >= 0 and (not tokens[k].text or units.shape(tokens[k]) in ("unit", "empty")):
        n, k = n + 1, k - 1
    return n


def _unwrapped(tokens: list[Line], wrapped: tuple[Line, ...], n_roles: int, units: Units) -> list[Line]:
    """``tokens`` with each word that opens a wrapped line of a unit cell (see :func:`_wrapped_rows`) put on
    the cell before it (``各乡镇`` / ``县开发区``: one cell, 各乡镇、县开发区): a word that reads as no units
    always, a unit list while the run of unit cells the row ends with is longer than its ``n_roles`` unit
    columns (first ones first)."""
    starts = {w.start for w in wrapped}

    def merge(k: int) -> None:
        prev, w = tokens[k - 1], tokens[k]
        cell = Line(prev.text + "、" * (w.start - prev.end) + w.text, prev.start, w.end)
        if (w.text[0] in LEVEL_CHARS or w.text[0] == "各") and w.text[-1] in _UNIT_END_CHARS \
                and units.shape(w) != "unit":
            # 县开发区, a name the unit lists do not know written under its level: the cell's last unit
            named, _, _, clean = units.parse(prev.text, prev.start)
            if clean and named:
                units.admit(cell, [*named, (w.text, w.start, w.end)])
        tokens[k - 1 : k + 1] = [cell]

    tokens = list(tokens)
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].start in starts and units.shape(tokens[k]) != "unit":
            merge(k)
    a = len(tokens)
    while a > 0 and tokens[a - 1].text and units.shape(tokens[a - 1]) == "unit":
        a -= 1
    k = a + 1
    while len(tokens) - a > n_roles and k < len(tokens):
        if tokens[k].start in starts:
            merge(k)
        else:
            k += 1
    return tokens


def _row(cells: list[Line | None], header: Header, units: Units, state: _State, lead_first: bool) -> TableRow | None:
    """One row from its cells (None or a blank cell where nothing is printed)."""
    kinds = header.kinds
    t = header.task
    task = cells[t]
    if task is None or not task.text:
        return None
    serial = ""
    new_group = False
    for col in range(t):
        cell = cells[col]
        if kinds[col] == "serial" and cell is not None and cell.text:
            serial = cell.text.rstrip(".、．")
        elif kinds[col] == "group" and cell is not None and cell.text:
            state.groups[col] = cell
            new_group = True
    if new_group:
        state.units.clear()
    groups = [state.groups[c] for c in range(t) if kinds[c] == "group" and c in state.groups]
    roles = []
    unit_cells: list[list[Line]] = []
    deadline = None
    plan: list[PlanCell] = []
    status: list[tuple[int, int]] = []
    for col in range(t + 1, len(kinds)):
        cell = cells[col]
        kind = kinds[col]
        if kind in ROLE_KINDS:
            if cell is None or not cell.text:
                cell = state.units.get(col)  # a merged cell: the one printed above
            else:
                state.units[col] = cell
            roles.append(ROLE_KINDS[kind])
            unit_cells.append([cell] if cell is not None and units.is_owner_cell(cell) else [])
        elif cell is not None and cell.text and units.shape(cell) != "empty":
            if kind == "time":
                deadline = cell.text
            elif kind == "plan":
                year = plan_year(header.names[col])
                if year is not None:
                    plan.append(PlanCell(year, header.names[col], cell.text, cell.start, cell.end))
            elif kind == "other" and is_status_column(header.names[col]):
                status.append((cell.start, cell.end))
    printed = [c for c in cells if c is not None and c.text]
    end = max(c.end for c in printed)
    row = TableRow(
        serial=serial,
        start=min(c.start for c in printed),
        end=end,
        text=task.text,
        text_start=task.start,
        text_end=task.end,
        heading=groups[-1].text if groups else None,
        deadline=deadline,
        plan=plan,
        status=status,
    )
    block = [c for cs in unit_cells for c in cs]
    assign_units(unit_cells, roles, block, units, row, lead_first=lead_first)
    return row if row.entries or row.posts else None


def read_glued_rows(
    line: Line, start: int, header: Header, units: Units, *, lead_first: bool = False
) -> list[TableRow]:
    """The rows of a table glued into one line, from ``line.text[start:]`` (just after the header).

    Returns:
        The rows read, in order, up to the first that does not fit.
    """
    kinds = header.kinds
    t = header.task
    after = list(kinds[t + 1 :])
    first_role = next(i for i, k in enumerate(after) if k in ROLE_KINDS)
    figures = [i for i, k in enumerate(after[:first_role]) if k in ("number", "plan")]
    timed = "time" in after[first_role:]
    text = line.text
    rows: list[TableRow] = []
    state = _State()
    p, serial = start, 1
    while p < len(text) and text.startswith(str(serial), p):
        body = p + len(str(serial))
        tag = str(serial + 1)
        found = None
        q = _next_serial(text, tag, body)
        while found is None:
            end = q if q >= 0 else len(text)
            found = _glued_row(text, body, end, timed, units)
            if q < 0:
                break
            q = _next_serial(text, tag, q + 1)
        if found is None:
            break
        task_end, units_start, units_end, time_cell, end = found
        cells: list[Line | None] = [None] * len(kinds)
        cells[0 if kinds[0] == "serial" else t] = Line(str(serial), line.start + p, line.start + body)
        # figures between the task and the units, from the right
        for i in reversed(figures):
            m = _GLUED_FIGURE.search(text, body, task_end)
            if m is None or m.start() == body:
                break
            cells[t + 1 + i] = Line(m.group(), line.start + m.start(), line.start + m.end())
            task_end = m.start()
        cells[t] = Line(text[body:task_end], line.start + body, line.start + task_end)
        roles_at = [t + 1 + i for i, k in enumerate(after) if k in ROLE_KINDS]
        unit_line = Line(text[units_start:units_end], line.start + units_start, line.start + units_end)
        cells[roles_at[0]] = unit_line  # one unit cell: the glued line cannot tell two apart
        if time_cell is not None and "time" in kinds:
            s, e = time_cell
            cells[kinds.index("time")] = Line(text[s:e], line.start + s, line.start + e)
        row = _row(cells, _one_unit_column(header), units, state, lead_first)
        if row is not None:
            row.serial = str(serial)
            rows.append(row)
        p, serial = end, serial + 1
    return rows


def read_unnumbered_glued_rows(
    lines: list[Line], k: int, start: int, header: Header, units: Units, *, lead_first: bool = False
) -> tuple[list[TableRow], int]:
    """The rows of a table with no serial column glued by text extraction, from ``lines[k].text[start:]``.

    ``重点任务牵头单位配合单位完成时限开展…治理县生态环境局县水利局、各乡镇2024年底前推进…``: with no
    serial to start each row, a row is its task and the unit list glued onto its end, closed by
    its date when the header has a date column, else by the start of the next task (the unit
    list is then cut at the end of its last name, which needs a list of two names or more).
    The rows may be glued into one line or each kept on its own; a line that holds no row is
    a cell wrapped onto it: names after a list that ended with 、 are more units of the row
    above, other short text the rest of its task.

    Returns:
        ``(rows, index of the first line after the table)``.
    """
    kinds = header.kinds
    t = header.task
    timed = "time" in kinds[t + 1 :]
    roles_at = [i for i, k in enumerate(kinds) if k in ROLE_KINDS]
    flat = _one_unit_column(header)
    rows: list[TableRow] = []
    state = _State()
    open_end = False  # the last row's unit list ended with 、: its cell runs on to the next line
    wrapped = 0
    while k < len(lines):
        line = lines[k]
        text = line.text
        p, got = start, 0
        start = 0
        while len(text) - p > _MIN_TASK:
            found = _unnumbered_row(text, p, timed, units)
            if found is None:
                break
            task_end, units_end, time_cell, end, open_end = found
            row = _unnumbered_cells(line, p, found, header, flat, roles_at, units, state, lead_first)
            if row is None:
                break
            rows.append(row)
            got += 1
            p = end
        if got:
            wrapped = 0
        elif rows and wrapped < _MAX_MISSES and len(text) <= _MAX_WRAP:
            prev = rows[-1]
            if open_end and units.is_units(line):  # 县卫生健康局、 / 各乡镇: the unit cell goes on
                extra = TableRow("", line.start, line.end, "", line.start, line.end)
                role = ROLE_KINDS[kinds[roles_at[-1]]] if prev.roles_known else Role.RESPONSIBLE
                assign_units([[line]], [role], [line], units, extra, lead_first=False)
                prev.entries += extra.entries
                open_end = False
            elif units.shape(line) == "text" and not _SENTENCE_END.search(text):
                # the rest of a task cell wrapped onto the next line
                prev.text += "\n" + text
            else:
                break
            prev.end = max(prev.end, line.end)
            wrapped += 1
        else:
            break
        k += 1
    return rows, k


def _unnumbered_cells(
    line: Line,
    p: int,
    found: tuple[int, int, tuple[int, int] | None, int, bool],
    header: Header,
    flat: Header,
    roles_at: list[int],
    units: Units,
    state: _State,
    lead_first: bool,
) -> TableRow | None:
    """One glued row from where its task, unit list and date lie."""
    text, base = line.text, line.start
    kinds = header.kinds
    task_end, units_end, time_cell, _, _ = found
    # 县生态环境局县水利局、各乡镇: the unit cells glued together, peeled off from the right
    bounds = [task_end, units_end]
    while len(bounds) <= len(roles_at):
        cut = units.glued(Line(text[p : bounds[0]], p, bounds[0]))
        if cut is None or cut < _MIN_TASK:
            break
        bounds.insert(0, p + cut)
    cells: list[Line | None] = [None] * len(kinds)
    cells[header.task] = Line(text[p : bounds[0]], base + p, base + bounds[0])
    if time_cell is not None:
        s, e = time_cell
        cells[kinds.index("time")] = Line(text[s:e], base + s, base + e)
    if len(bounds) - 1 == len(roles_at):  # one cell a unit column
        for col, a, b in zip(roles_at, bounds, bounds[1:], strict=False):
            cells[col] = Line(text[a:b], base + a, base + b)
        return _row(cells, header, units, state, lead_first)
    # the cells cannot be told apart: one list, roles unknown
    cells[roles_at[0]] = Line(text[bounds[0] : units_end], base + bounds[0], base + units_end)
    row = _row(cells, flat, units, state, lead_first)
    if row is not None and len(roles_at) > 1:
        row.roles_known = False
    return row


def _unnumbered_row(
    text: str, p: int, timed: bool, units: Units
) -> tuple[int, int, tuple[int, int] | None, int, bool] | None:
    """``(task end, units end, date cell, row end, list runs on)`` of the glued row at ``p``, or None."""
    if timed:
        for m in _GLUED_TIME_ANY.finditer(text, p + _MIN_TASK):
            e = m.start()
            while e > p and text[e - 1] in _RUN_ON:  # 县卫生健康局、 then the date: the list wraps
                e -= 1
            cut = units.glued(Line(text[p:e], p, e))
            if cut is not None and cut >= _MIN_TASK:
                return p + cut, e, (m.start(), m.end()), m.end(), e < m.start()
        return None
    for m in _UNIT_START.finditer(text, p + _MIN_TASK):
        q = m.start()
        head = units.glued_head(Line(text[q:], q, len(text)))
        if head is None or q + head >= len(text):
            continue
        cut = units.glued(Line(text[p : q + head], p, q + head))
        if cut == q - p:
            return q, q + head, None, q + head, False
    e = len(text)
    while e > p and text[e - 1] in _RUN_ON:
        e -= 1
    cut = units.glued(Line(text[p:e], p, e))  # the last row: its units end the line
    if cut is not None and cut >= _MIN_TASK:
        return p + cut, e, None, len(text), e < len(text)
    return None


@dataclass
class _LineRow:
    """A row of :func:`read_serial_line_rows` while its lines are read."""

    serial: Line
    task: list[Line]
    units: list[Line] = field(default_factory=list)
    tail: list[Line] = field(default_factory=list)  # the cells after the units (推进情况)


def read_serial_line_rows(
    lines: list[Line], k: int, header: Header, units: Units, *, lead_first: bool = False
) -> tuple[list[TableRow], int]:
    """The rows of a table printed one row a line, its cells apart by spaces the text lost, from ``lines[k]``.

    ``序号 目标任务 责任单位 上半年推进情况`` then ``1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。``:
    normalised, each row is a line opening with its serial (1, 2, 3 …), then the task, the unit
    list (the first run of names after the task: right after a full stop, or a name the tables
    know) and the cells of the columns after the units (a progress column), glued. A cell may run
    onto the lines below the row: more units, one a line, then the rest of the row (its progress
    text). Rows spanning the table (一、…, （一）…) head the rows after them. Only a header of a
    serial, a task and unit columns, then columns of other kinds, is read so.

    Returns:
        ``(rows, index of the first line after the table)``; no rows when the lines are not such rows.
    """
    kinds = header.kinds
    roles_at = [i for i, kind in enumerate(kinds) if kind in ROLE_KINDS]
    tail_at = roles_at[-1] + 1
    if kinds[:2] != ("serial", "task") or roles_at != list(range(2, tail_at)) or any(
        kind != "other" for kind in kinds[tail_at:]
    ):
        return [], k
    status = any(is_status_column(name) for name in header.names[tail_at:])
    flat = _one_unit_column(header)
    rows: list[TableRow] = []
    state = _State()
    heading: str | None = None
    row: _LineRow | None = None
    expected = 1
    while k < len(lines):
        line = lines[k]
        text = line.text
        m = _ROW_SERIAL.match(text)
        run = None
        if m is not None and (int(m.group("n")) == expected or (row is None and rows and m.group("n") == "1")):
            run = _unit_run(text, m.end(), units)
            if run is None and row is not None and row.units and not (k + 1 < len(lines) and units.is_units(lines[k + 1])):
                m = None  # 3处已完工: a figure opening a line of the progress cell; a row names its units
        else:
            m = None
        if m is not None:
            if row is not None:
                rows += _line_row(row, header, flat, status, heading, units, state, lead_first)
            expected = int(m.group("n")) + 1
            body = m.end()
            task_end = run[0] if run else len(text)
            row = _LineRow(Line(m.group("n"), line.start, line.start + m.end("n")),
                           [Line(text[body:task_end], line.start + body, line.start + task_end)])
            if run is not None:
                row.units.append(Line(text[run[0] : run[1]], line.start + run[0], line.start + run[1]))
                if run[1] < len(text) and tail_at < len(kinds):
                    row.tail.append(Line(text[run[1] :], line.start + run[1], line.end))
                elif run[1] < len(text):
                    row = None  # text after the units where the header has no column for it
                    break
        elif _SPANNING_ROW.match(text) and len(text) <= _MAX_SPANNING:
            if row is not None:
                rows += _line_row(row, header, flat, status, heading, units, state, lead_first)
                row = None
            heading = text
        elif row is None:
            break
        elif not row.tail and units.is_units(line):
            row.units.append(line)  # 区林业局: one more unit of the row's list, a name a line
        elif not row.units:
            row.task.append(line)  # the rest of a task cell wrapped onto the next line
        elif tail_at < len(kinds) and (not row.tail or _next_row(lines, k + 1, expected)):
            row.tail.append(line)  # the progress cell: after the units, or before the next row
        else:
            break
        k += 1
    if row is not None:
        rows += _line_row(row, header, flat, status, heading, units, state, lead_first)
    return rows, k


# A row's serial at the start of its line, not the start of a figure, a date or a heading number (1.).
_ROW_SERIAL = re.compile(r"(?P<n>\d{1,3})(?![\d.．%％年月日号个项])")
# A row spanning the table: 一、…, （一）…, 第一部分.
_SPANNING_ROW = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)")
_MAX_SPANNING = 60
_SENTENCE_STOP = re.compile(r"[。；;]")
_MAX_UNIT_RUN = 60
_UNIT_END_CHARS = frozenset(NAME_LAST_CHARS)
_PLACE_LAST = frozenset("镇乡县市省")
_MAX_LOOKAHEAD = 3


def _next_row(lines: list[Line], k: int, expected: int) -> bool:
    """Whether the row numbered ``expected`` opens within a few lines from ``lines[k]``."""
    for line in lines[k : k + _MAX_LOOKAHEAD]:
        m = _ROW_SERIAL.match(line.text)
        if m is not None and int(m.group("n")) == expected:
            return True
    return False


def _unit_run(text: str, p: int, units: Units) -> tuple[int, int] | None:
    """``(start, end)`` of the unit list after the task that opens ``text[p:]``, or None.

    The list starts right after one of the task's full stops, or at a name the tables know, and
    ends after its last name: after the longest list whose last name the tables know, unless a 、
    after it leads on to more names; else after the longest list. (The text after the list may
    open with characters that end names too: 区商务委|社会消费品…; a name ending in a place's
    last character ends the list only before a 、 or the line's end: 镇经济发展办|镇域生产总值….)
    """
    stops = {m.end() for m in _SENTENCE_STOP.finditer(text, p + _MIN_TASK)}
    starts = sorted(stops | {m.start() for m in _UNIT_START.finditer(text, p + _MIN_TASK)})
    for q in starts:
        end = known = None
        for e in range(q + 2, min(len(text), q + _MAX_UNIT_RUN) + 1):
            if text[e - 1] not in _UNIT_END_CHARS or (e < len(text) and text[e] in "）)"):
                continue
            if text[e - 1] in _PLACE_LAST and e < len(text) and text[e] not in _RUN_ON and text[q] != "各":
                continue
            agencies, _, _, clean = units.parse(text[q:e], q)
            if not clean or not agencies or agencies[0][1] != q or agencies[-1][2] != e:
                continue
            if not all(units.plausible(n) for n, _, _ in agencies) or not is_agency_name(agencies[-1][0]):
                continue
            if end is None and q not in stops and not canonical_agency(agencies[0][0], issuer=units.issuer)[2]:
                break  # a name inside the task (会同区财政局): only a known one starts the list there
            end = e
            if canonical_agency(agencies[-1][0], issuer=units.issuer)[2]:
                known = e
        if known is not None and text[known : known + 1] not in _RUN_ON:
            return q, known
        if end is not None:
            return q, end
    return None


def _line_row(
    row: _LineRow,
    header: Header,
    flat: Header,
    status: bool,
    heading: str | None,
    units: Units,
    state: _State,
    lead_first: bool,
) -> list[TableRow]:
    """The :class:`TableRow` of a row read by :func:`read_serial_line_rows`, or none when it names no unit."""
    if not row.units:
        return []
    kinds = header.kinds
    tail_at = max(i for i, kind in enumerate(kinds) if kind in ROLE_KINDS) + 1
    task = Line("\n".join(x.text for x in row.task), row.task[0].start, row.task[-1].end)
    cells: list[Line | None] = [None] * len(kinds)
    cells[0], cells[1], cells[2] = row.serial, task, row.units[0]
    if row.tail:
        cells[tail_at] = row.tail[0]
    out = _row(cells, flat, units, state, lead_first)
    if out is None:
        return []
    role = Role.SUPPORT if lead_first else ROLE_KINDS[flat.kinds[2]]
    for line in row.units[1:]:
        extra = TableRow("", line.start, line.end, "", line.start, line.end)
        assign_units([[line]], [role], [line], units, extra)
        out.entries += extra.entries
        out.posts += extra.posts
        out.open_list |= extra.open_list
    out.end = max(out.end, row.units[-1].end, *(x.end for x in row.tail))
    if flat is not header and not lead_first:
        out.roles_known = False  # the unit cells glued into one list: their roles cannot be told apart
    out.heading = out.heading or heading
    out.glued_serial = row.serial.end
    if status:
        out.status = [(x.start, x.end) for x in row.tail]
    return [out]


def _next_serial(text: str, tag: str, start: int) -> int:
    """Where the serial ``tag`` may start the next glued row: not part of a longer figure or a date."""
    q = text.find(tag, start)
    while q >= 0:
        before = text[q - 1] if q else ""
        after = text[q + len(tag)] if q + len(tag) < len(text) else ""
        if not before.isdigit() and not after.isdigit() and after not in _AFTER_FIGURE:
            return q
        q = text.find(tag, q + 1)
    return -1


def _glued_row(
    text: str, body: int, end: int, timed: bool, units: Units
) -> tuple[int, int, int, tuple[int, int] | None, int] | None:
    """Where a glued row's task ends and its unit list lies, when ``text[body:end]`` is one row."""
    units_end = end
    time_cell = None
    if timed:
        m = _GLUED_TIME.search(text, body, end)
        if m is not None:
            time_cell, units_end = (m.start(), m.end()), m.start()
    segment = Line(text[body:units_end], body, units_end)
    cut = units.glued(segment)
    if cut is None or cut < 2:
        return None
    return body + cut, body + cut, units_end, time_cell, end


def _one_unit_column(header: Header) -> Header:
    """The header with its unit columns read as one (a glued row prints them as one list)."""
    roles = [k for k in header.kinds if k in ROLE_KINDS]
    if len(roles) <= 1:
        return header
    first = header.kinds.index(roles[0])
    kinds = tuple(
        "responsible" if i == first else ("other" if k in ROLE_KINDS else k) for i, k in enumerate(header.kinds)
    )
    return Header(header.names, kinds, header.borrowed)
