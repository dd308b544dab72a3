"""Task tables flattened to text, one cell a line: ``序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限``.

Portal copies of Word and HTML tables lose rows and columns: every cell becomes a line
(sometimes several, when the cell held line breaks), empty cells vanish, and a cell
merged over several rows appears once, in the first of them. This module finds the
header (a run of column names around ``序号``), then reads the rows one serial number at
a time, placing the lines of each row into the columns by their shape:

- a task column takes the lines of prose;
- a unit column (牵头/配合/责任/推进单位 …) takes lines that are lists of agency names,
  a line ending in ``、`` or ``，`` running on into the next;
- a time column takes a date (``2019年3月``, ``2024年底前``, ``长期``, ``持续推进``);
- a grouping column (``任务名称``/``任务类型`` beside the task column) takes short
  heading lines, and carries down to the rows beneath while it is merged.

A row whose lines cannot be placed with confidence (two unit columns but one or three
unit lines, a line left over) is skipped, never guessed. A unit cell missing from a row
is taken from the row above only when the table has a single unit column, it ends the
row, and no heading row spanning the table falls between the two rows: then the only
reading of the layout is a merged cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.extract.agencies import canonical_agency, is_agency_name
from policykg.extract.records import Role

# Column names, by kind. A header is a run of such lines around 序号.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("serial", re.compile(r"序号|编号")),
    ("group", re.compile(r"任务类型|任务类别|任务分类|类别|分类|领域|重点领域|板块|专项")),
    (
        "task",
        re.compile(
            r"(?:主要|重点|具体|工作|专项)?任务(?:名称|内容|事项|措施)?|工作(?:内容|事项|措施|举措|要求)|具体(?:措施|工作)"
            r"|主要(?:内容|措施)|重点(?:内容|工作|项目)|项目名称|建设内容|工作目标|目标任务|任务目标"
        ),
    ),
    ("lead", re.compile(r"牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门)")),
    ("support", re.compile(r"(?:配合|协办|协同|参与|协助|协作)(?:单位|部门)")),
    ("responsible", re.compile(r"(?:责任|负责|推进|实施|承办|落实)(?:单位|部门|主体)")),
    (
        "time",
        re.compile(r"完成时限|完成时间|完成期限|时间节点|时间安排|进度安排|时限要求|推进时限|时间进度|时限"),
    ),
    (
        "other",
        re.compile(
            r"参考文件|政策依据|文件依据|依据|备注|预期成果|成果形式|完成标准|考核指标|阶段目标|预期目标"
            r"|牵头领导|分管领导|责任领导|责任人|联系人"
        ),
    ),
)
_UNIT_KINDS = frozenset({"lead", "support", "responsible"})
# A cell that is a date or a standing period.
_TIME_CELL = re.compile(
    r"^(?:\d{4}年?|\d{1,2}月|\d{1,2}日|上半年|下半年|第?[一二三四]季度|年底|年末|年中|年内|月底|月末|底|末|中旬|上旬|下旬"
    r"|前|以前|之前|起|开始|长期|持续|常态化|每年|每季度|每月|坚持|推进|开展|实施|完成|[-—–~至到、和及，（）])+$"
)
_TIME_ANCHOR = re.compile(r"年|月|长期|持续|常态化|每季度")
# A line that ends in a separator runs on into the next (one cell over two lines).
_RUN_ON = re.compile(r"[、，,；;]$")
# Short heading words: a group cell, or a row spanning the table.
_HEADING_LINE = re.compile(r"^[^。；，、,;]{1,40}$")
_GROUP_LINE = re.compile(r"^[^。；，、,;：:]{1,16}$")
# A row spanning the table (行动一：…, 一、…): a merged unit cell cannot cross it.
_SPANNING_ROW = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+(?:部分|章|篇)|行动[一二三四五六七八九十\d]+|.*[：:])"
)
# Lines after which the table has ended.
_STOP_LINE = re.compile(r"^(?:附件|附表|抄送|印发|（此件|注：|说明：|备注：|[一二三四五六七八九十]+、)")
# Where a unit list glued onto the task text (a page-break join) may start, and the words
# before it that make the names a part of the sentence rather than a cell of their own.
_GLUE_START = re.compile(r"(?=[区市县省镇各])(?<=[^、，,；;：:（(\s])")  # the cheap test first
_GLUE_BAD_BEFORE = re.compile(r"(?:由|会同|联合|配合|协调|指导|督促|和|及|与|向|对|经|请|报|等)$")
_END_LINE = re.compile(r"^(?:附件|附表|抄送|印发|（此件)")
_LINE_RE = re.compile(r"[^\n]+")
_SENTENCE_SPLIT = re.compile(r"[。；;：:]")
_ITEM_SPLIT = re.compile(r"[、，,]")
_DIGIT = re.compile(r"\d")
_SERIAL_LINE = re.compile(r"^(?P<n>\d{1,3})[.、．]?$")
_MAX_ROW_LINES = 40
_MAX_TABLE = 200_000


@dataclass
class TableRow:
    """One task row read from a flattened table.

    Attributes:
        serial: the row's 序号.
        start: where the row starts (its serial line) in the text.
        end: where its last line ends.
        text: the task cell.
        text_start: where the task cell starts.
        text_end: where it ends.
        heading: the group cell over the row, if the table has one.
        entries: ``(name, role, start, end)`` of every unit named.
        posts: leadership posts named in a unit cell.
        open_list: a unit list ended with 等 or named a vague group.
        deadline: the time cell.
    """

    serial: str
    start: int
    end: int
    text: str
    text_start: int
    text_end: int
    heading: str | None = None
    entries: list[tuple[str, Role, int, int]] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    open_list: bool = False
    deadline: str | None = None


@dataclass
class _Line:
    text: str
    start: int
    end: int


@dataclass
class _Parsed:
    row: TableRow | None
    missing_unit: bool = False  # the single unit cell is absent: maybe merged from above
    spanning_before: bool = False  # a row spanning the table comes before the next row
    units_in_text: bool = False  # the task text ends in names: maybe a unit cell run into it


def _column_kind(line: str) -> str | None:
    for kind, pattern in _COLUMNS:
        if pattern.fullmatch(line):
            return kind
    return None


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out = []
    for m in _LINE_RE.finditer(text[start:end]):
        s = start + m.start()
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(stripped, s + lead, s + lead + len(stripped)))
    return out


def _header_kinds(names: list[str]) -> list[str] | None:
    """Column kinds of a header, or None when it is not a task table's header."""
    kinds = [_column_kind(n) for n in names]
    if None in kinds or "serial" not in kinds or not (_UNIT_KINDS & set(kinds)):
        return None
    tasks = [i for i, k in enumerate(kinds) if k == "task"]
    if not tasks and "group" not in kinds:
        return None
    if not tasks:  # 序号/任务类型/责任单位: the only text column holds the task
        kinds[kinds.index("group")] = "task"
    elif len(tasks) >= 2:  # 任务名称 beside 任务内容: the first groups the rows
        for i in tasks[:-1]:
            kinds[i] = "group"
    if "lead" in kinds:
        kinds = ["support" if k == "responsible" else k for k in kinds]
    return kinds  # type: ignore[return-value]


def _is_time(line: str) -> bool:
    return len(line) <= 30 and bool(_TIME_CELL.match(line)) and bool(_TIME_ANCHOR.search(line))


class _Units:
    """Agency-list parsing with the document's issuer, cached per line."""

    def __init__(self, issuer: tuple[str, ...]) -> None:
        from policykg.extract.responsibilities import parse_names

        self.issuer = issuer
        self.parse_names = parse_names
        self.cache: dict[tuple[str, int], tuple] = {}
        self.piece_cache: dict[tuple[str, int], list[_Line]] = {}

    def parse(self, text: str, base: int) -> tuple:
        key = (text, base)
        if key not in self.cache:
            self.cache[key] = self.parse_names(text, base=base, issuer=self.issuer)
        return self.cache[key]

    def is_units(self, line: _Line) -> bool:
        return bool(self.pieces(line))

    def is_unit_cell(self, line: _Line) -> bool:
        """Units beyond doubt: a list, or a name the tables know or written under a jurisdiction.

        ``产业园区`` is well formed but may as well be a group cell's heading words.
        """
        if not self.is_units(line):
            return False
        agencies, _, open_list, _ = self.parse(line.text.rstrip("、，,；;"), line.start)
        return (
            len(agencies) > 1
            or open_list
            or any(
                canonical_agency(n, issuer=self.issuer)[2] or n[0] in "省市区县镇各" for n, _, _ in agencies
            )
        )

    def ends_with_units(self, line: _Line) -> bool:
        """Whether a text line ends in a list of names (a unit cell we could not cut off)."""
        tail = _SENTENCE_SPLIT.split(line.text)[-1]
        items = [x for x in _ITEM_SPLIT.split(tail) if x]
        return len(items) > 1 and is_agency_name(items[-1], issuer=self.issuer)

    def pieces(self, line: _Line) -> list[_Line]:
        """A unit line cut where two cells were joined (区城管执法局区城市网格化综合管理中心); [] if not units."""
        key = (line.text, line.start)
        if key in self.piece_cache:
            return self.piece_cache[key]
        out: list[_Line] = []
        if "。" not in line.text and len(line.text) <= 300:
            agencies, _, open_list, clean = self.parse(line.text.rstrip("、，,；;"), line.start)
            clean = clean and all(self._plausible(n) for n, _, _ in agencies)
            if clean and (agencies or open_list):
                out = [line]
                cut = self._joined_cell(line.text) if agencies else None
                if cut is not None:
                    out = [
                        _Line(line.text[:cut], line.start, line.start + cut),
                        _Line(line.text[cut:], line.start + cut, line.end),
                    ]
            elif not clean:
                cut = self._joined_cell(line.text)
                if cut is not None:
                    a = _Line(line.text[:cut], line.start, line.start + cut)
                    b = _Line(line.text[cut:], line.start + cut, line.end)
                    if all(self.parse(x.text.rstrip("、，,；;"), x.start)[3] for x in (a, b)):
                        out = [a, b]
        self.piece_cache[key] = out
        return out

    def _plausible(self, name: str) -> bool:
        """A name a unit cell may hold: known, or short and free of figures (not a clause)."""
        if canonical_agency(name, issuer=self.issuer)[2]:
            return True
        return len(name) <= 16 and not _DIGIT.search(name)

    def _joined_cell(self, text: str) -> int | None:
        """Where two complete names abut with no separator: the boundary of two joined cells.

        Inside a cell the names are always separated (、，); a known name directly followed
        by another name with its own jurisdiction prefix can only be two cells run together.
        """
        cuts = []
        for m in _GLUE_START.finditer(text):
            p = m.start()
            k = max(text.rfind(c, 0, p) for c in "、，,；;")
            head, tail = text[k + 1 : p], text[p:]
            nxt = min([i for i in (tail.find(c) for c in "、，,；;") if i >= 0] or [len(tail)])
            if head and canonical_agency(head, issuer=self.issuer)[2]:
                name = tail[:nxt]
                # the second name known, or written at the same level as the first (区…区…)
                if canonical_agency(name, issuer=self.issuer)[2] or (
                    name[0] == head[0] and len(name) >= 5 and is_agency_name(name, issuer=self.issuer)
                ):
                    cuts.append(p)
        return cuts[0] if len(cuts) == 1 else None

    def glued(self, line: _Line) -> int | None:
        """Where a unit list glued onto the end of a task line starts (a join across a cell break)."""
        for m in _GLUE_START.finditer(line.text):
            p = m.start()
            if p < 4 or _GLUE_BAD_BEFORE.search(line.text[:p]):
                continue
            tail = line.text[p:]
            agencies, _, _, clean = self.parse(tail, line.start + p)
            if clean and agencies and agencies[0][1] == line.start + p:
                if canonical_agency(agencies[0][0], issuer=self.issuer)[2]:
                    return p
        return None


def _assign_units(cells: list[list[_Line]], kinds: list[str], units: _Units, row: TableRow) -> None:
    role_of = {"lead": Role.LEAD, "support": Role.SUPPORT, "responsible": Role.RESPONSIBLE}
    for cell, kind in zip(cells, kinds, strict=True):
        for line in cell:
            agencies, posts, open_list, _ = units.parse(line.text.rstrip("、，,；;"), line.start)
            row.entries += [(n, role_of[kind], s, e) for n, s, e in agencies]
            row.posts += posts
            row.open_list |= open_list


def _parse_row(
    serial: _Line, lines: list[_Line], after: list[str], has_before: bool, units: _Units
) -> tuple[_Parsed, list[_Line]]:
    """Place one row's lines into the columns after the serial; the lines left for the next row."""
    trailing: list[_Line] = []
    if has_before:  # the next row's group cell (and rows spanning the table) come before its serial
        while len(lines) > 1 and _HEADING_LINE.match(lines[-1].text) and not units.is_unit_cell(lines[-1]):
            if _is_time(lines[-1].text):
                break
            trailing.insert(0, lines.pop())
    spanning = any(_SPANNING_ROW.match(t.text) for t in trailing) or len(trailing) >= 2
    fail = _Parsed(None, spanning_before=spanning)
    i, n = 0, len(lines)
    group: list[_Line] = []
    task: list[_Line] = []
    deadline: str | None = None
    unit_cols = [k for k in after if k in _UNIT_KINDS]
    missing_unit = False
    row = TableRow(serial.text.rstrip(".、．"), serial.start, serial.end, "", 0, 0)
    col = 0
    while col < len(after):
        kind = after[col]
        if kind == "group":
            j = i
            while j < n and _GROUP_LINE.match(lines[j].text) and not units.is_units(lines[j]):
                j += 1
            rest = [x for x in lines[j:] if not units.is_units(x) and not _is_time(x.text)]
            if j > i and rest:
                group, i = lines[i:j], j
            col += 1
        elif kind == "task":
            j = i
            while j < n and not units.is_units(lines[j]) and not _is_time(lines[j].text):
                j += 1
            if j == i:
                return fail, trailing
            task, i = lines[i:j], j
            col += 1
        elif kind in _UNIT_KINDS:
            kinds = after[col : col + len([k for k in after[col:] if k in _UNIT_KINDS])]
            kinds = [k for k in kinds if k in _UNIT_KINDS]
            j = i
            while j < n and units.is_units(lines[j]):
                j += 1
            block = lines[i:j]
            if not block and task and i == n or (not block and task and _is_time(lines[i].text)):
                cut = units.glued(task[-1])
                if cut is not None:  # 新建工程区体育局、区规划资源局: the page join glued two cells
                    last = task[-1]
                    unit_line = _Line(last.text[cut:], last.start + cut, last.end)
                    task[-1] = _Line(last.text[:cut], last.start, last.start + cut)
                    block = [unit_line]
            if not block:
                if len(unit_cols) == 1 and after[-1] in _UNIT_KINDS:
                    missing_unit = True
                    col += len(kinds)
                    continue
                return fail, trailing
            cells: list[list[_Line]] = [[]]
            for line in [p for x in block for p in (units.pieces(x) or [x])]:
                cells[-1].append(line)
                if not _RUN_ON.search(line.text):
                    cells.append([])
            cells = [c for c in cells if c]
            if len(kinds) == 1:
                cells = [block]
            if len(cells) != len(kinds):
                return fail, trailing
            _assign_units(cells, kinds, units, row)
            i = j
            col += len(kinds)
        elif kind == "time":
            if i < n and _is_time(lines[i].text):
                deadline, i = lines[i].text, i + 1
            col += 1
        else:  # other columns (参考文件 …): any text up to the next unit or date line
            while i < n and not units.is_units(lines[i]) and not _is_time(lines[i].text):
                i += 1
            col += 1
    if i < n or not task:
        return fail, trailing
    row.text_start, row.text_end = task[0].start, task[-1].end
    row.heading = "".join(g.text for g in group) or None
    row.deadline = deadline
    last = lines[i - 1] if i else serial
    row.end = max(last.end, task[-1].end)
    units_in_text = missing_unit and units.ends_with_units(task[-1])
    return _Parsed(row, missing_unit, spanning, units_in_text), trailing


def find_table_rows(text: str, *, issuer: tuple[str, ...] = ()) -> list[TableRow]:
    """The task rows of every task table flattened one cell a line in a document.

    Args:
        text: the document's normalised text.
        issuer: the document's issuing bodies, for reading unit names.

    Returns:
        :class:`TableRow` records in reading order; rows that cannot be aligned are left out.
    """
    if "序号" not in text and "编号" not in text:
        return []
    units = _Units(tuple(issuer))
    out: list[TableRow] = []
    pos = 0
    for m in re.finditer(r"^(?:序号|编号)$", text, re.MULTILINE):
        if m.start() < pos:
            continue
        table, pos = _read_table(text, m.start(), m.end(), units)
        out += table
    return out


def _read_table(text: str, at: int, at_end: int, units: _Units) -> tuple[list[TableRow], int]:
    # The header: column-name lines before and after the 序号 line.
    before_lines = _lines(text, max(0, at - 200), at)[-6:]
    names = []
    for line in reversed(before_lines):
        if _column_kind(line.text) is None or _column_kind(line.text) == "serial":
            break
        names.insert(0, line.text)
    n_before = len(names)
    names.append("序号")
    after_lines = _lines(text, at_end, min(len(text), at_end + 200))
    header_end = at_end
    for line in after_lines[:10]:
        if _column_kind(line.text) in (None, "serial"):
            break
        names.append(line.text)
        header_end = line.end
    kinds = _header_kinds(names)
    if kinds is None:
        return [], at_end
    before, after = kinds[:n_before], kinds[n_before + 1 :]
    # Rows: from each serial line to the next one in sequence, up to where the table ends
    # (an attachment line, a new header, a run of lines with no row).
    body = _lines(text, header_end, min(len(text), header_end + _MAX_TABLE))
    serials: list[int] = []
    expected = 1
    end_k = len(body)
    k = 0
    while k < len(body):
        line = body[k].text
        m = _SERIAL_LINE.match(line)
        if m and int(m.group("n")) == expected:
            serials.append(k)
            expected += 1
        elif (
            _column_kind(line) == "serial"
            or _column_kind(line) is not None
            and k + 1 < len(body)
            and _column_kind(body[k + 1].text) == "serial"
        ):
            if [x.text for x in body[k : k + len(names)]] != names:
                end_k = k
                break
            k += len(names)
            continue
        elif (
            _END_LINE.match(line) or (serials and k - serials[-1] > _MAX_ROW_LINES) or (not serials and k > 8)
        ):
            end_k = k
            break
        k += 1
    if not serials:
        return [], header_end
    for k in range(serials[-1] + 1, end_k):
        if _STOP_LINE.match(body[k].text):
            end_k = k
            break
    header_names = names
    rows: list[TableRow] = []
    carried: TableRow | None = None
    group: str | None = None
    lead_in = body[: serials[0]]
    if before and lead_in:
        group = lead_in[-1].text if _HEADING_LINE.match(lead_in[-1].text) else None
    for idx, k in enumerate(serials):
        stop = serials[idx + 1] if idx + 1 < len(serials) else end_k
        lines = _drop_repeated_header(body[k + 1 : stop], header_names)
        parsed, trailing = _parse_row(body[k], lines, after, bool(before), units)
        row = parsed.row
        if row is not None:
            if row.heading:
                group = row.heading
            elif group and not before:
                row.heading = group
            if before:
                row.heading = group
            if parsed.missing_unit:
                if carried is not None and not row.entries and not parsed.units_in_text:
                    row.entries = list(carried.entries)
                    row.posts = list(carried.posts)
                    row.open_list = carried.open_list
                else:
                    row = None
            elif row.entries or row.open_list:
                carried = row
            if row is not None and (row.entries or row.posts):
                rows.append(row)
        else:
            carried = None  # a row we could not read may hold the merged cell
        if parsed.spanning_before:
            carried = None
        if before and trailing:
            group = trailing[-1].text
    return rows, body[end_k - 1].end if end_k else header_end


def _drop_repeated_header(lines: list[_Line], names: list[str]) -> list[_Line]:
    """A row's lines without the header a page break repeated inside them."""
    texts = [x.text for x in lines]
    for k in range(len(texts) - len(names) + 1):
        if texts[k : k + len(names)] == names:
            return lines[:k] + lines[k + len(names) :]
    return lines
