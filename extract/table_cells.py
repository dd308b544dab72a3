"""Cells of task tables: rows as records, the shape of a cell, and the units a cell names.

Every table layout (flattened one cell a line, markdown pipes, space-separated rows) reads
its rows into :class:`TableRow`. This module holds what they share:

- :class:`Units` parses a unit cell into agencies (with the document's issuer), cached, and
  tells a cell of names from a line of prose;
- :func:`cell_shape` says what a cell looks like (a serial, an empty cell written ``——`` or
  ``/``, a date, a figure, a list of units, or text);
- :func:`assign_units` turns the unit cells of a row into ``(name, role, start, end)``
  entries: the role of each column, a lead marked inside a cell (``★区财政局``,
  ``区发展改革委*``, ``区教育局（牵头）``), a cell worded as a clause of roles
  (``办公室牵头，各科室配合``: :meth:`Units.role_clause`), or a rule that the first unit leads
  (``排在第一位的为牵头单位``). When the cells cannot be told apart (three lines under two
  columns) every unit is kept as responsible and the row says its roles are unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.extract.agencies import (
    JOINT_BODY_HEADS,
    LEVEL_CHARS,
    SECTION_HEADS,
    canonical_agency,
    is_agency_name,
)
from policykg.extract.records import Role
from policykg.extract.roles import (
    BY_DUTY_PATTERN,
    LEAD_MARK_PATTERN,
    ROLE_LABEL_PATTERN,
    ROLE_WORDS,
    role_of_label,
    role_of_verb,
)

# A short cell between a task and its units: a leader's name (钱 宇) or post, in a 牵头领导/分管领导 column.
SHORT_NOTE = re.compile(r"^[^。；;，,：:、\d]{1,8}$")
_RUN_ON = re.compile(r"[、，,；;]$")
_GLUE_START = re.compile(r"(?=[区市县省镇各])(?<=[^、，,；;：:（(\s])")  # the cheap test first
_GLUE_BAD_BEFORE = re.compile(r"(?:由|会同|联合|配合|协调|指导|督促|和|及|与|向|对|经|请|报|等)$")
_SENTENCE_SPLIT = re.compile(r"[。；;：:]")
_ITEM_SPLIT = re.compile(r"[、，,]")
_DIGIT = re.compile(r"\d")
_MAX_GLUED_HEAD = 60  # how far into a task line a glued unit list may reach
# Marks of the lead inside a unit cell: ★区财政局, 区发展改革委*, 区教育局（牵头）.
_MARK = re.compile(
    rf"{LEAD_MARK_PATTERN}|[（(](?P<word>[\u4e00-\u9fff]{{2,4}})[）)]"
    rf"|(?:^|(?<=[；;。\s]))(?P<label>{ROLE_LABEL_PATTERN}|[\u4e00-\u9fff]{{2}})[：:]"
)
# An empty cell: ——, /, 无.
EMPTY_CELL = re.compile(r"[—–\-－/／\\~～×]{1,4}|无|暂无|空|空白|—— ——")
# A serial cell: 1, 1., 一, 一、, （一）, ①.
SERIAL_CELL = re.compile(
    r"\d{1,3}[.、．]?|[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]"
)
# A figure cell: 3, 1200, 95%, 15亿元, ≥90%, 3.5万平方米.
NUMBER_CELL = re.compile(r"[≥≤><＞＜约]?=?\s*\d[\d,，.]*\s*(?:%|％|‰)?[万亿千百]?[^\d\s，。；、]{0,4}")
# A cell that is a date or a standing period, perhaps with the milestone due then (5月底前动工, 9月投入使用).
_TIME_CELL = re.compile(
    r"^(?:\d{4}年?|\d{1,2}月|\d{1,2}日|上半年|下半年|全年度?|年度内|当年|第?[一二三四]季度|年底|年末|年中|年内|月底|月末|底|末|中旬|上旬|下旬"
    r"|前|以前|之前|起|开始|长期|持续|常态化|每年|每季度|每月|坚持|推进|开展|实施|完成"
    r"|动工|开工|完工|竣工|建成|启动|投入使用|投用|交付使用|通车|[-—–~至到、和及，（）\s.])+$"
)
_TIME_ANCHOR = re.compile(r"年|月|长期|持续|常态化|每季度")
_MAX_CLAUSE = 80  # how long an owner cell worded as a clause of roles may be
_CLAUSE_SPLIT = re.compile(r"[，,；;]")
# The verb that ends a clause of roles in an owner cell: role words (牵头, 配合, 负责, 牵头负责, 配合落实),
# after 等 and a remit (等按职责分工落实) or not.
# 会同 between two units of an owner cell, or its short form 会 after a body's head word (宣传处会办公室); never 会
# ending a name (委员会, 村委会, 工会) nor the words 会议, 会商, 会签, 会审.
_WITH_RE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:会同|(?<=[{SECTION_HEADS}局厅办])会(?![同议商签审展计]))(?=[\u4e00-\u9fff]{{2}})")
_NOT_ONE_CLAUSE = re.compile(r"[，,；;。：:]")
_VERB_TAIL = re.compile(rf"(?P<etc>等)?(?:{BY_DUTY_PATTERN})?(?P<verb>(?:{'|'.join(ROLE_WORDS)})+)$")


def is_time(line: str) -> bool:
    """Whether a cell is a date or a standing period (``2019年3月``, ``2024年底前``, ``长期``)."""
    return len(line) <= 30 and bool(_TIME_CELL.match(line)) and bool(_TIME_ANCHOR.search(line))


@dataclass
class Line:
    """One non-blank line (a cell, or part of one) and where it lies in the text."""

    text: str
    start: int
    end: int


_LINE_RE = re.compile(r"[^\n]+")
# A cell flattened to a line with its one border pipe (``责任单位 |``, ``| 全年``): the pipe is no text.
_EDGE_PIPE = re.compile(r"^[|｜]\s*(?=[^|｜]*$)|(?<=[^|｜])\s*[|｜]$")


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """The non-blank lines of ``text[start:end]``, stripped, with their offsets.

    A line holding a single pipe at one edge (a table flattened one cell a line with each
    cell's border kept, ``招商工作部 |``) is the cell without its pipe.
    """
    out = []
    for m in _LINE_RE.finditer(text, start, end):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = m.start() + lead
            if (stripped[0] in "|｜" or stripped[-1] in "|｜") and len(stripped) > 1:
                edge = _EDGE_PIPE.search(stripped)
                if edge is not None and stripped.count("|") + stripped.count("｜") == 1:
                    if edge.start() == 0:
                        s += edge.end()
                        stripped = stripped[edge.end() :]
                    else:
                        stripped = stripped[: edge.start()]
            out.append(Line(stripped, s, s + len(stripped)))
    return out


@dataclass(frozen=True, slots=True)
class PlanCell:
    """A yearly plan cell of a task row (column ``2024年目标``): a target with that year as deadline.

    Attributes:
        year: the year the column names.
        column: the column name as written (spaces removed).
        text: the cell as written (``95%``, ``新建3座``).
        start: where the cell starts in the text.
        end: where it ends.
    """

    year: int
    column: str
    text: str
    start: int
    end: int


@dataclass
class TableRow:
    """One task row read from a table.

    Attributes:
        serial: the row's 序号 (or the group's, when rows share one), "" when none.
        start: where the row starts in the text.
        end: where its last cell ends.
        text: the task cell (lines of a cell split over lines joined by ``\\n``).
        text_start: where the span a task record quotes starts: the whole row as printed
            (from its first cell, group cell included when printed in the row, to its last),
            as an inline task quotes its clause with its annotation.
        text_end: where it ends.
        heading: the group cell over the row (merged cells carried down), if any.
        entries: ``(name, role, start, end)`` of every unit named.
        posts: leadership posts named in a unit cell.
        open_list: a unit list ended with 等 or named a vague group.
        deadline: the time cell.
        plan: the yearly plan cells of the row, for targets.
        roles_known: False when the unit cells could not be told apart (every unit is then
            kept as responsible).
        status: ``(start, end)`` of the row's progress cells (落实情况, 上半年推进情况): they report
            results, so their figures are no targets.
        glued_serial: where the row's serial ends when the text lost the border between it and
            the task (``1地区生产总值增长6%以上``): the task's first clause starts there; -1 if not.
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
    plan: list[PlanCell] = field(default_factory=list)
    roles_known: bool = True
    status: list[tuple[int, int]] = field(default_factory=list)
    glued_serial: int = -1


class Units:
    """Agency-list parsing with the document's issuer, cached per line."""

    def __init__(self, issuer: tuple[str, ...]) -> None:
        from policykg.extract.responsibilities import parse_names

        self.issuer = issuer
        self.parse_names = parse_names
        self.cache: dict[tuple[str, int], tuple] = {}
        self.piece_cache: dict[tuple[str, int], list[Line]] = {}
        self.shape_cache: dict[tuple[str, int], str] = {}
        self.clause_cache: dict[tuple[str, int], tuple | None] = {}

    def parse(self, text: str, base: int) -> tuple:
        """:func:`~policykg.extract.responsibilities.parse_names` of a cell, cached.

        A line break inside a cell (``区土方工作\\n专班``) is read past: the names are parsed
        without it and their offsets mapped back onto the text.
        """
        key = (text, base)
        if key not in self.cache:
            if "\n" in text:
                keep = [i for i, c in enumerate(text) if c not in "\n\r"]
                agencies, posts, open_list, clean = self.parse_names(
                    "".join(text[i] for i in keep), base=0, issuer=self.issuer, sections=True
                )
                agencies = [(n, base + keep[s], base + keep[e - 1] + 1) for n, s, e in agencies]
                self.cache[key] = (agencies, posts, open_list, clean)
            else:
                self.cache[key] = self.parse_names(text, base=base, issuer=self.issuer, sections=True)
        return self.cache[key]

    def role_clause(self, line: Line) -> tuple[list[tuple[str, Role, int, int]], list[str], bool] | None:
        """``(entries, posts, open list)`` of an owner cell worded as a clause of roles, or None.

        A cell may name its units with their verbs rather than list them (``办公室牵头，各科室配合``,
        ``应急处、监督处等按职责分工落实``): each clause is a list of units and the role words that end
        it, which give its units their role as they do in a bracketed note after a task
        (:func:`~policykg.extract.roles.role_of_verb`); a list with no verb of its own takes the next
        clause's (``X，Y牵头``). Every clause must read so: a sentence is no owner cell.
        """
        key = (line.text, line.start)
        if key in self.clause_cache:
            return self.clause_cache[key]
        t = line.text
        got = None
        if "会" in t and len(t) <= _MAX_CLAUSE:
            got = self._joined_by_with(t, line.start)
        if got is None and len(t) <= _MAX_CLAUSE and "。" not in t and any(w in t for w in ROLE_WORDS):
            got = self._role_clause(t, line.start)
        self.clause_cache[key] = got
        return got

    def _role_clause(self, t: str, base: int) -> tuple[list[tuple[str, Role, int, int]], list[str], bool] | None:
        entries: list[tuple[str, Role, int, int]] = []
        posts: list[str] = []
        open_list = False
        pending: list[tuple[str, int]] = []
        at = 0
        for part in _CLAUSE_SPLIT.split(t):
            start, at = at, at + len(part) + 1
            if not part.strip():
                continue
            m = _VERB_TAIL.search(part)
            if m is None or m.start() == 0:
                pending.append((part, base + start))
                continue
            role = role_of_verb(m.group("verb"))
            open_list |= m.group("etc") is not None
            for names, s in [*pending, (part[: m.start()], base + start)]:
                agencies, found_posts, etc, clean = self.parse(names, s)
                if not clean or not (agencies or found_posts) or not all(self.plausible(n) for n, _, _ in agencies):
                    return None
                entries += [(n, role, a, b) for n, a, b in agencies]
                posts += found_posts
                open_list |= etc
            pending = []
        if pending or not entries:
            return None
        return entries, posts, open_list

    def _joined_by_with(self, t: str, base: int) -> tuple[list[tuple[str, Role, int, int]], list[str], bool] | None:
        """An owner cell that names its units ``X会同Y`` or, shortened, ``X会Y`` (``宣传处会办公室``): X in the
        column's role, Y in support. Both sides must read as units; a name ending in 会 (委员会, 工会, 协会,
        村委会) is none of this: the short form stands only after a body's head word (处, 局, 厅…).
        """
        m = _WITH_RE.search(t)
        if m is None or _NOT_ONE_CLAUSE.search(t):
            return None
        entries: list[tuple[str, Role, int, int]] = []
        posts: list[str] = []
        open_list = False
        for names, s, role in ((t[: m.start()], 0, Role.RESPONSIBLE), (t[m.end() :], m.end(), Role.SUPPORT)):
            agencies, found_posts, etc, clean = self.parse(names, base + s)
            if not clean or not agencies or not all(self.plausible(n) for n, _, _ in agencies):
                return None
            entries += [(n, role, a, b) for n, a, b in agencies]
            posts += found_posts
            open_list |= etc
        return entries, posts, open_list

    def is_owner_cell(self, line: Line) -> bool:
        """Whether a cell in a unit column names its units: a list of them, or a clause of roles (:meth:`role_clause`)."""
        return self.shape(line) == "unit" or self.role_clause(line) is not None

    def is_units(self, line: Line) -> bool:
        return bool(self.pieces(line))

    def admit(self, line: Line, names: list[tuple[str, int, int]] | None = None) -> None:
        """Read a line as one body's name from now on, though the tables lack it and it ends as no body does.

        For a name cut short (``省人口计生``, ``省新闻出版``) that the table's layout alone shows to be
        a unit cell: the caller has seen it stand among the unit cells of one column. ``names``: the
        names ``(name, start, end)`` the line holds instead, a list whose last name is such a one.
        """
        self.cache[(line.text, line.start)] = (names or [(line.text, line.start, line.end)], [], False, True)
        self.piece_cache.pop((line.text, line.start), None)
        self.shape_cache.pop((line.text, line.start), None)

    def is_unit_cell(self, line: Line) -> bool:
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

    def ends_with_units(self, line: Line) -> bool:
        """Whether a text line ends in a list of names (a unit cell we could not cut off)."""
        tail = _SENTENCE_SPLIT.split(line.text)[-1]
        items = [x for x in _ITEM_SPLIT.split(tail) if x]
        return len(items) > 1 and is_agency_name(items[-1], issuer=self.issuer)

    def pieces(self, line: Line) -> list[Line]:
        """A unit line cut where two cells were joined (区城管执法局区城市网格化综合管理中心); [] if not units."""
        key = (line.text, line.start)
        if key in self.piece_cache:
            return self.piece_cache[key]
        out: list[Line] = []
        # A list ending with a full stop (区政府有关部门，各乡镇人民政府。): units when every item reads as a name and
        # the list names two at least, or one known or written under its level (its first character a level's, as
        # LEVEL_CHARS writes them, or 各; a sentence may end in 镇 or 区).
        stop = line.text[-1:] == "。" and "。" not in line.text[:-1]
        if stop:
            line = Line(line.text[:-1], line.start, line.end - 1)
        if "。" not in line.text and len(line.text) <= 300:
            agencies, _, open_list, clean = self.parse(line.text.rstrip("、，,；;"), line.start)
            clean = clean and all(self.plausible(n) for n, _, _ in agencies)
            if stop and len(agencies) == 1:
                name = agencies[0][0]
                clean = clean and (name[0] in LEVEL_CHARS or name[0] == "各" or canonical_agency(name, issuer=self.issuer)[2])
            if clean and (agencies or open_list):
                out = [line]
                cut = self._joined_cell(line.text) if agencies else None
                if cut is not None:
                    out = [
                        Line(line.text[:cut], line.start, line.start + cut),
                        Line(line.text[cut:], line.start + cut, line.end),
                    ]
            elif not clean and not stop:
                cut = self._joined_cell(line.text)
                if cut is not None:
                    a = Line(line.text[:cut], line.start, line.start + cut)
                    b = Line(line.text[cut:], line.start + cut, line.end)
                    if all(self.parse(x.text.rstrip("、，,；;"), x.start)[3] or self.mostly_units(x.text) for x in (a, b)):
                        out = [a, b]
                elif self.mostly_units(line.text):
                    out = [line]
        self.piece_cache[key] = out
        return out

    def plausible(self, name: str) -> bool:
        """A name a unit cell may hold: known, or short and free of figures (not a clause).

        A joint body is named after its work (青溪水库扩容工程移民安置工作领导小组), so its name may run
        longer than a department's.
        """
        if canonical_agency(name, issuer=self.issuer)[2]:
            return True
        limit = 24 if name.endswith(JOINT_BODY_HEADS) else 16
        return len(name) <= limit and not _DIGIT.search(name)

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

    def mostly_units(self, text: str) -> bool:
        """A list of two items or more, short and free of figures, at least half of them agencies.

        A cell such as ``建设主管部门、区规划资源局`` names a body the tables do not know; the
        list is still a unit cell.
        """
        t = text.rstrip("、，,；; ")
        if "。" in t or len(t) > 300:
            return False
        items = [x for x in _ITEM_SPLIT.split(t) if x]
        if len(items) < 2 or any(len(x) > 16 or _DIGIT.search(x) for x in items):
            return False
        agencies = self.parse(t, 0)[0]
        return 2 * len(agencies) >= len(items)

    def glued(self, line: Line) -> int | None:
        """Where a unit list glued onto the end of a task line starts (a join across a cell break).

        The list must run to the line's end. Preferred is the earliest start at a name the
        tables know; else at a well-formed name of ten characters at most; else the earliest
        start of a list that is mostly agencies (``区“两旧”专班、区房管局、区旧改总办``).
        """
        t = line.text
        starts = [
            m.start()
            for m in _GLUE_START.finditer(t)
            if m.start() >= 4 and not _GLUE_BAD_BEFORE.search(t[: m.start()])
        ]
        well_formed = relaxed = None
        for p in starts:
            agencies, _, _, clean = self.parse(t[p:], line.start + p)
            if clean and agencies and agencies[0][1] == line.start + p:
                if canonical_agency(agencies[0][0], issuer=self.issuer)[2]:
                    return p
                if well_formed is None and len(agencies[0][0]) <= 10:
                    well_formed = p
            if relaxed is None and self.mostly_units(t[p:]):
                relaxed = p
        return well_formed if well_formed is not None else relaxed

    def glued_head(self, line: Line) -> int | None:
        """Where a unit list glued onto the start of a task line ends (``区财政局、各街道完善…``).

        Text extraction joins a unit cell that ends without punctuation to the cell after it.
        Only a list (two names or more) is cut off, and only at the end of the longest name
        the last item starts with: a task that opens with a single name is left alone.
        """
        t = line.text
        if not _ITEM_SPLIT.search(t, 0, _MAX_GLUED_HEAD):
            return None
        for c in range(min(len(t) - 4, _MAX_GLUED_HEAD), 1, -1):
            if t[c - 1] in "、，,；;" or t[c] in "、，,；;":
                continue
            agencies, _, _, clean = self.parse(t[:c], line.start)
            if (
                clean
                and len(agencies) >= 2
                and agencies[-1][2] == line.start + c
                and is_agency_name(agencies[-1][0], issuer=self.issuer)
                and all(self.plausible(n) for n, _, _ in agencies)
            ):
                return c
        return None

    def shape(self, line: Line) -> str:
        """What a cell looks like: ``empty``, ``serial``, ``time``, ``number``, ``unit`` or ``text``."""
        key = (line.text, line.start)
        got = self.shape_cache.get(key)
        if got is None:
            got = self.shape_cache[key] = self._shape(line)
        return got

    def _shape(self, line: Line) -> str:
        t = line.text
        if EMPTY_CELL.fullmatch(t):
            return "empty"
        if SERIAL_CELL.fullmatch(t):
            return "serial"
        if is_time(t):
            return "time"
        if NUMBER_CELL.fullmatch(t):
            return "number"
        plain = unmarked(line)
        if self.is_units(plain) or self.mostly_units(plain.text):
            return "unit"
        return "text"


def unmarked(line: Line) -> Line:
    """The line with lead marks blanked out (same length, so offsets still hold)."""
    if not _MARK.search(line.text):
        return line
    return Line(_MARK.sub(_blank, line.text), line.start, line.end)


def _blank(m: re.Match[str]) -> str:
    """A mark blanked out; a label (配合：) becomes a separator so the names on its two sides part."""
    if not _is_mark(m):
        return m.group()
    if m.group("label") is not None:
        return " " * (len(m.group()) - 1) + "、"
    return " " * len(m.group())


def _mark_role(m: re.Match[str]) -> Role | None:
    """The role a mark gives: ★/* the lead; （牵头）/（配合） and 牵头单位：/配合：by their role word."""
    word = m.group("word") or m.group("label")
    if word is None:
        return Role.LEAD
    return role_of_label(word) or role_of_label(word + "单位")


def _is_mark(m: re.Match[str]) -> bool:
    return _mark_role(m) is not None


def _marks(line: Line) -> list[tuple[int, int, Role, bool]]:
    """``(start, end, role, is_label)`` of the marks in a unit line."""
    out = []
    for m in _MARK.finditer(line.text):
        role = _mark_role(m)
        if role is not None:
            out.append((line.start + m.start(), line.start + m.end(), role, m.group("label") is not None))
    return out


def split_cells(block: list[Line], units: Units) -> list[list[Line]]:
    """Unit lines grouped into cells: a line ending in 、 or ， runs on into the next one."""
    cells: list[list[Line]] = [[]]
    for line in [p for x in block for p in (units.pieces(unmarked(x)) or [x])]:
        cells[-1].append(line)
        if not _RUN_ON.search(line.text):
            cells.append([])
    return [c for c in cells if c]


def assign_units(
    cells: list[list[Line]] | None,
    roles: list[Role],
    block: list[Line],
    units: Units,
    row: TableRow,
    *,
    lead_first: bool = False,
) -> None:
    """Fill ``row.entries`` from the unit cells of a row.

    Args:
        cells: the cells, one per role column, or None when they cannot be told apart (then
            every unit of ``block`` is responsible and ``row.roles_known`` is False).
        roles: the role of each unit column.
        block: every unit line of the row.
        units: the unit parser.
        row: the row to fill.
        lead_first: the document rules that the first unit of a list leads.
    """
    if cells is None:
        cells, roles = [block], [Role.RESPONSIBLE]
        row.roles_known = False
    entries: list[tuple[str, Role, int, int]] = []
    marked: dict[int, Role] = {}
    for cell, role in zip(cells, roles, strict=True):
        for line in cell:
            clause = units.role_clause(line)
            if clause is not None:  # 办公室牵头，各科室配合: each unit in the role its verb gives
                for name, own, s, e in clause[0]:
                    if own is Role.LEAD:
                        marked[len(entries)] = own
                    entries.append((name, role if own is Role.RESPONSIBLE else own, s, e))
                row.posts += clause[1]
                row.open_list |= clause[2]
                continue
            plain = unmarked(line)
            agencies, posts, open_list, _ = units.parse(plain.text.rstrip("、，,；; "), plain.start)
            marks = _marks(line) if plain is not line else []
            for name, s, e in agencies:
                own = role
                for ms, me, mrole, is_label in marks:
                    if is_label:  # 牵头单位：X、Y；配合单位：Z — the label governs the names after it
                        if me <= s:
                            own = mrole
                            if mrole is Role.LEAD:
                                marked[len(entries)] = mrole
                            else:
                                marked.pop(len(entries), None)
                        continue
                    gap_before = line.text[me - line.start : s - line.start] if me <= s else None
                    gap_after = line.text[e - line.start : ms - line.start] if e <= ms else None
                    if (gap_before is not None and not gap_before.strip()) or (
                        gap_after is not None and not gap_after.strip()
                    ):
                        marked[len(entries)] = mrole
                entries.append((name, own, s, e))
            row.posts += posts
            row.open_list |= open_list
    if any(r is Role.LEAD for r in marked.values()):
        entries = [
            (n, marked.get(i, r if r in (Role.LEAD, Role.SUPPORT) else Role.SUPPORT), s, e)
            for i, (n, r, s, e) in enumerate(entries)
        ]
        row.roles_known = True
    elif lead_first and entries and not any(r is Role.LEAD for _, r, _, _ in entries):
        entries = [(n, Role.LEAD if i == 0 else Role.SUPPORT, s, e) for i, (n, _, s, e) in enumerate(entries)]
        row.roles_known = True
    row.entries += entries
