"""Column names of task tables: what each column holds, and headers whose cells were split.

A task table's header names its columns; the kind of each column is read from its name:

- ``serial``: 序号, 编号;
- a role column (``lead`` / ``support`` / ``responsible``): any name the role table
  (:mod:`policykg.extract.roles`) reads by its role word — 牵头处室, 协同单位, 实施主体 …;
- ``time``: a deadline name (完成时限, 时间节点 …), also from the role table;
- ``plan``: a yearly plan column (``2023年目标``, ``2024年``), whose cells become targets
  with that year as their deadline;
- ``number``: a figure column (任务数, 投资额（万元）);
- ``other``: leaders, notes and sources (牵头领导, 责任人, 备注, 参考文件), a figure's unit and the
  year's goal (单位, 年度目标), the bodies that score each task (评分部门, 考核单位: units that own
  nothing, :func:`is_assessor_column`);
- ``task`` / ``group``: text columns (任务, 内容, 措施, 事项, 项目, 类别 …). The last
  text column is the task; text columns before it group the rows (任务名称 beside 任务内容), and
  so does an indicator column before it (``指标 | 工作任务``).

Headers lose their layout in text: a cell may be split over lines (``牵头\\n部门``,
``主要\\n任务``) and a one-line header may space out its characters
(``序号 重 点 任 务 责任单位``). :func:`segment_names` joins the pieces back into names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.extract.patterns import HAN_CHAR, squash
from policykg.extract.records import Role
from policykg.extract.roles import (
    DEADLINE_LABEL_PATTERN,
    ROLE_LABEL_PATTERN,
    is_deadline_label,
    role_of_label,
)

_SERIAL = re.compile(r"序号|编号|序|[Nn][Oo]\.?")
# A yearly plan column: 2023年目标, 2024年计划, 2025年（万元）, 2024.
_PLAN = re.compile(
    r"(?P<year>(?:19|20)\d\d)年?度?(?:目标|计划|任务|指标|预期|预期目标|预期值|目标值|计划目标|计划数|完成数|完成值|安排)?"
    r"(?:[（(][^（）()]{1,10}[）)])?"
)
# A figure column: 任务数, 项目数量, 投资额（万元）, 目标值.
_NUMBER = re.compile(
    r"[^\d\s]{0,8}?(?:数|数量|个数|项数|值|额|金额|规模|面积|总量|资金|投资)(?:[（(][^（）()]{1,10}[）)])?"
)
# Progress columns of a report on the tasks (落实情况, 1-10月推进情况, 完成进度, 工作进展, 1-9月份工作取得
# 成效): their cells report how each task went.
_STATUS_ENDS = ("情况", "进度")
#: The period a progress or schedule column's name opens with: 2023年10-12月份, 1-3月份, 2024年1月.
_PERIOD = re.compile(r"(?:\d+年度?)?\d{1,2}(?:[-—–~～至]\d{1,2})?月份?")
_STATUS = re.compile(
    rf"(?P<period>{_PERIOD.pattern})?(?:[^\s]{{0,8}}?(?:推进|进展|完成|落实|办理|执行)(?:{'|'.join(_STATUS_ENDS)})"
    r"|(?:工作|目前|当前)?进展|[^\s]{0,8}?(?:取得|工作)成效)"
)
#: The words one of which the name of every progress column holds: a text without one has none.
_STATUS_HINT_WORDS = (*_STATUS_ENDS, "进展", "成效")
STATUS_HINT = re.compile("|".join(_STATUS_HINT_WORDS))


def holds_status_word(text: str) -> bool:
    """Whether ``text`` holds a word of :data:`STATUS_HINT` (a plain search for each: an
    alternation of them in a pattern is tried at every character)."""
    return any(word in text for word in _STATUS_HINT_WORDS)
# The bodies that score, assess or oversee each task (评分部门, 考核单位, 督办部门): units, but no owners.
_ASSESSOR = re.compile(r"(?:评分|考核|考评|评价|督办|督查|监督|审核)(?:部门|单位|机构)")
# Leaders, contacts, notes and sources: columns that hold neither tasks nor units.
_OTHER = re.compile(
    r"[^\s]{0,6}?(?:领导|负责人|责任人|联系人|电话|备注|说明|依据|文件|标准|成果|形式|方式|评价|考核|指标|状态|备考)"
    r"|(?:预期|阶段|年度|全年)(?:目标|成果|效果)"  # (年度目标: a goal of the year, a figure; not the task)
    rf"|{_ASSESSOR.pattern}|(?:计量)?单位"  # (单位 alone: the unit a figure is counted in, 万亩, %)
    rf"|{_STATUS.pattern}|是否[^\s]{{1,6}}"  # (是否达标: a check of each task, as a progress column)
)
# Words of a text column, and among them those that only group rows.
_GROUP_WORDS = re.compile(r"类别|分类|类型|领域|板块|专项|方向|环节|篇|章|部分|^任务名称$")
# Words that make a text column the task even beside a group word (工作内容分类 is no group).
_TASK_HEAD = re.compile(r"内容|措施|事项")
# A note after a column name (责任单位（排在第一位的为牵头单位）, 责任单位（牵头）).
_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
# A role label opening a longer name (牵头单位及职责, 牵头部门/配合部门): the column of that role.
_ROLE_START = re.compile(ROLE_LABEL_PATTERN)
_ROLE_TAIL = re.compile(r"(?:及|和|与|/|、)[^\d]{1,8}")
# A text column's name ends with its head word (重点任务, 主要工作内容, 任务类别).
_TEXT_END = re.compile(
    r"(?:任务|内容|措施|事项|举措|工作|目标|要求|项目|名称|要点|重点|政策|类别|分类|类型|领域|板块|专项|方向|环节)$"
)
_TEXT_WORDS = re.compile(r"任务|内容|措施|事项|举措|工作|目标|要求|项目|名称|要点|重点|政策|类别|分类|类型|领域|板块|专项|实事")
_MAX_NOTED = 30
_MAX_NAME = 14

# The kinds of column that may hold a table's task text when no column is named for it.
_BORROWED_KINDS = frozenset({"plan", "number", "other"})
PLACE_COLUMN = r"(?:地区|区域|县[（(]市、?区[）)]|县市区|县区|区县|乡镇|镇[（(]街道[）)]|镇街|市县)"
"""The name of a place column, first in a table that breaks a plan down by place (``县（市、区） | 碳强度下降目标 |``):
each row a place's share."""
_PLACE_COLUMN = re.compile(PLACE_COLUMN)

ROLE_KINDS: dict[str, Role] = {"lead": Role.LEAD, "support": Role.SUPPORT, "responsible": Role.RESPONSIBLE}
"""The role column kinds and the role each gives the units in its cells."""


@lru_cache(maxsize=4096)
def column_kind(name: str) -> str | None:
    """The kind of column a header cell names, or None when it names no column we know.

    Args:
        name: the header cell as written (spaces inside are ignored).

    Returns:
        ``serial``, ``lead``, ``support``, ``responsible``, ``time``, ``plan``, ``number``,
        ``other``, ``group`` or ``task``; None for anything else.
    """
    s = squash(name or "")
    if not s or len(s) > _MAX_NOTED:
        return None
    if s[0].isdigit() and (p := _PERIOD.match(s)) and p.end() < len(s) and (
            _STATUS.fullmatch(s) or is_deadline_label(s[p.end() :])):
        return "other"  # 2023年10-12月份进展情况, 1-3月份进度安排: what was done or is planned in a period
    if len(s) > _MAX_NAME or (s[-1] in "）)" and len(s) > 3):
        note = _NOTE.search(s)
        if note is None or note.start() == 0:
            return None
        kind = column_kind(s[: note.start()])  # 责任单位（牵头单位列第一位）: the name before its note
        return kind if kind is not None or len(s) <= _MAX_NAME else None
    if _SERIAL.fullmatch(s):
        return "serial"
    role = role_of_label(s)
    if role is not None:
        return role.value
    if is_deadline_label(s):
        return "time"
    if _PLAN.fullmatch(s):
        return "plan"
    if _OTHER.fullmatch(s):
        return "other"
    if _NUMBER.fullmatch(s) and not s.endswith(("任务", "内容")):
        return "number"
    if _TEXT_WORDS.search(s):
        return "group" if _GROUP_WORDS.search(s) and not _TASK_HEAD.search(s) else "task"
    head = _ROLE_START.match(s)
    if head is not None and _ROLE_TAIL.fullmatch(s, head.end()):
        role = role_of_label(head.group())
        if role is not None:
            return role.value
    return None


def is_status_column(name: str) -> bool:
    """Whether a header cell names a progress column (落实情况, 完成情况, 进展情况, 工作进展, 2023年10-12月份
    进展情况): a column of kind ``other`` whose cells report results, so their figures are no targets."""
    s = squash(name or "")
    m = _STATUS.fullmatch(s)
    return m is not None and 1 < len(s) - len(m.group("period") or "") <= _MAX_NAME


def is_assessor_column(name: str) -> bool:
    """Whether a header cell names the column of the bodies that score or oversee each task (评分部门,
    考核单位, 督办部门): a column of kind ``other`` whose cells list units that own nothing."""
    return _ASSESSOR.fullmatch(squash(name or "")) is not None


def plan_year(name: str) -> int | None:
    """The year a plan column names (``2024年目标`` → 2024), or None."""
    m = _PLAN.fullmatch(squash(name or ""))
    return int(m.group("year")) if m else None


@dataclass(frozen=True, slots=True)
class Header:
    """A task table's header: its column names and what each holds.

    Attributes:
        names: the column names, pieces joined (``牵头部门``).
        kinds: the kind of each column, with the text columns resolved: the last text column
            before the first role column is ``task``, earlier ones ``group``.
    """

    names: tuple[str, ...]
    kinds: tuple[str, ...]
    borrowed: bool = False
    """The task column is a column named as another kind (``2022年预期目标``, ``预期目标``) in a
    header with no text column: its cells must show that they hold sentences (a yearly plan
    column of bare figures is no task column)."""

    @property
    def task(self) -> int:
        """The index of the task column."""
        return self.kinds.index("task")

    @property
    def roles(self) -> tuple[Role | None, ...]:
        """The role each column gives its units (None for columns that hold no units)."""
        return tuple(ROLE_KINDS.get(k) for k in self.kinds)


def make_header(names: list[str]) -> Header | None:
    """A :class:`Header` from column names, or None when they are not a task table's header.

    A task table names at least one role column and one text column, and its text columns
    come before its role columns. When a lead column is present a 责任单位 column beside it
    holds the supporting units, unless a column of its own names them (参与单位).
    """
    kinds = [column_kind(n) for n in names]
    if len(kinds) < 2:
        return None
    if kinds[0] is None and None not in kinds[1:] and _PLACE_COLUMN.fullmatch(squash(names[0])):
        # 县（市、区） | 碳强度下降目标 | 节能目标 | 责任部门: a plan broken down by place, no column of text; each row is
        # its place's work, the place's cell the task's and the columns before the units its figures
        kinds = ["task", *("other" if k in _TEXT_KINDS else k for k in kinds[1:])]
    if None in kinds:
        kinds = _unnamed_as_other(names, kinds)
        if kinds is None:
            return None
    roles = [i for i, k in enumerate(kinds) if k in ROLE_KINDS]
    if not roles:
        return None
    texts = [i for i, k in enumerate(kinds) if k in ("task", "group") and i < roles[0]]
    borrowed = not texts
    if borrowed:
        # No column named for text: the first column before the units that is named for
        # something else than a serial or a date (序号 | 2022年预期目标 | 责任单位) is the task
        # column if its cells are sentences, which the reader of the rows checks.
        texts = [i for i, k in enumerate(kinds[: roles[0]]) if k in _BORROWED_KINDS][:1]
        if not texts:
            return None
    task = max((i for i in texts if kinds[i] == "task"), default=texts[-1])
    out: list[str] = []
    for i, k in enumerate(kinds):
        if i == task:
            out.append("task")
        elif k in ("task", "group") or (not borrowed and i < task and k == "other" and "指标" in names[i]):
            # (序号 | 指标 | 工作任务 | 责任单位: an indicator column before the task names the field of
            # the rows, one cell merged over each group of them, as a category column does)
            out.append("group" if i < task else "other")
        else:
            out.append(k)  # type: ignore[arg-type]
    if "lead" in out and "support" not in out:
        # (牵头单位 | 责任单位: the units beside the lead support it; 牵头单位 | 参与单位 | 责任单位 names the
        # supporting units in a column of their own, and the responsible ones in another)
        out = ["support" if k == "responsible" else k for k in out]
    return Header(tuple(squash(n) for n in names), tuple(out), borrowed)


#: A column name no kind is known for: a few Han characters, no figure or mark (建设地点, 所属街镇).
_UNNAMED = re.compile(r"[\u4e00-\u9fff]{2,8}")


def is_unnamed(piece: str) -> bool:
    """Whether a piece may name a column of unknown kind: a short word of Han characters (建设地点)."""
    return _UNNAMED.fullmatch(squash(piece)) is not None


def _whole_unnamed(piece: str) -> bool:
    """Whether a piece that names no known column is a whole name of unknown kind by itself: a
    word of four characters or more (建设地点; the halves of a name split over lines are shorter)."""
    word = squash(piece)
    return len(word) >= 4 and _UNNAMED.fullmatch(word) is not None


def _unnamed_as_other(names: list[str], kinds: list[str | None]) -> list[str | None] | None:
    """``kinds`` with the columns of names no kind is known for read as ``other``, or None.

    A header states what its table holds in every column, and a table may have a column no
    list names (建设地点, 实施范围, 所属街镇); a row of data may also hold a cell that reads as a
    column name. Only a row that opens with its serial column's name (序号) or a group column's
    plain name (类别, 领域, or a text column's before the serial: 考核项目 | 序号; no marker such as
    一、 of a row's group cell), names a text column and
    a role column, and whose other names are short words without figures is taken for a
    header with columns of unknown kind.
    """
    if kinds[0] != "serial" and not (
        # (考核项目 | 序号 | …: a text column before the serial groups the rows, whatever its name's words)
        (kinds[0] == "group" or kinds[0] == "task" and kinds[1:2] == ["serial"])
        and _UNNAMED.fullmatch(squash(names[0]))
    ):
        return None
    if not any(k in ROLE_KINDS for k in kinds) or not any(k in _TEXT_KINDS for k in kinds):
        return None
    if not all(k is not None or _UNNAMED.fullmatch(squash(n)) for n, k in zip(names, kinds, strict=True)):
        return None
    return [k if k is not None else "other" for k in kinds]


def lead_column_header(names: list[str]) -> Header | None:
    """The header of a table whose lead column comes first (``牵头单位 | 目标任务 | 责任单位``), or None.

    The lead column is printed before the task, one cell merged over the rows of each lead;
    unit columns after the task hold the supporting units.
    """
    kinds = [column_kind(n) for n in names]
    if len(kinds) < 3 or kinds[0] != "lead" or kinds[1] != "task" or not all(k in ROLE_KINDS for k in kinds[2:]):
        return None
    rest = tuple("support" if k == "responsible" else str(k) for k in kinds[2:])
    return Header(tuple(squash(n) for n in names), ("lead", "task", *rest))


def segment_names(tokens: list[str], *, unnamed: bool = False) -> list[tuple[int, int]] | None:
    """Split header pieces into column names: ``(first, last + 1)`` piece ranges, or None.

    A piece that names a column alone is one name; a piece that does not is joined with the
    pieces after it (up to four) until they do (``主要`` + ``任务``). A run of single
    characters (``重 点 任 务``) is read as one word first.

    Args:
        tokens: the pieces in order (lines of a flattened header, or the words of one line).
        unnamed: a piece that fits no name is a name of no known kind when it is a short word
            (建设地点): alone when it is a word of four characters or more, else when no join with
            the pieces after it names a column (a name split over lines, ``主要`` + ``任务``, is
            joined first). :func:`make_header` decides whether the names are a header.

    Returns:
        The ranges of pieces forming each name, or None when some piece fits no name.
    """
    if unnamed and not all(map(HAN_CHAR.search, tokens)):
        return None  # a figure or a border: the names of a header are words, its rows are not
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if len(tokens[i]) == 1:  # 重 点 任 务: a spaced-out word; split it by names
            j = i
            while j < n and len(tokens[j]) == 1:
                j += 1
            parts = split_word("".join(tokens[i:j]))
            if parts is None:
                return None
            k = i
            for p in parts:
                out.append((k, k + len(p)))
                k += len(p)
            i = j
            continue
        if column_kind(tokens[i]) is not None or unnamed and _whole_unnamed(tokens[i]) or (
            not i and _PLACE_COLUMN.fullmatch(squash(tokens[0]))  # (县（市、区） | 碳强度下降目标: a place table's)
        ):
            out.append((i, i + 1))
            i += 1
            continue
        for j in range(i + 2, min(n, i + 4) + 1):
            if column_kind("".join(tokens[i:j])) is not None:
                out.append((i, j))
                i = j
                break
        else:
            if not (unnamed and _UNNAMED.fullmatch(squash(tokens[i]))):
                return None
            out.append((i, i + 1))
            i += 1
    return out


@lru_cache(maxsize=512)
def split_word(word: str) -> tuple[str, ...] | None:
    """``重点任务责任单位`` → (``重点任务``, ``责任单位``): the names that make up a word, or None.

    The fewest names win, a one-character name counting extra (``序`` + ``号重点任务`` loses to
    ``序号`` + ``重点任务``).
    """
    return split_prefixes(word)[len(word)]


@lru_cache(maxsize=256)
def split_prefixes(word: str) -> tuple[tuple[str, ...] | None, ...]:
    """:func:`split_word` of every prefix of ``word`` at once: item ``k`` splits ``word[:k]``."""
    n = len(word)
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, ())
    for i in range(n):
        if best[i] is None:
            continue
        cost, names = best[i]  # type: ignore[misc]
        for j in range(i + 1, min(n, i + _MAX_NAME) + 1):
            if _whole_name(word[i:j]):
                cand = (cost + _cost(word[i:j]), (*names, word[i:j]))
                if best[j] is None or cand[0] < best[j][0]:  # type: ignore[index]
                    best[j] = cand
    return tuple(b[1] if b is not None else None for b in best)


_TEXT_KINDS = frozenset({"task", "group"})
_EXACT_KINDS = frozenset({"serial", "lead", "support", "responsible", "time", "plan"})
# What a text or figure column's name never holds: a unit or deadline label, a serial word, a year.
_NOT_IN_TEXT_NAME = re.compile(rf"{ROLE_LABEL_PATTERN}|{DEADLINE_LABEL_PATTERN}|序号|编号|\d{{4}}")


def _cost(name: str) -> int:
    """What a name costs in a split: two, and three for a single character."""
    return 3 if len(name) == 1 else 2


def _whole_name(name: str) -> bool:
    """A column name that is not two names of different kinds run together.

    ``重点任务任务数`` reads as a figure column by its last word, but it is the task column
    ``重点任务`` and the figure column ``任务数`` of a header glued into one word.
    """
    kind = column_kind(name)
    if kind is None:
        return False
    if kind in _EXACT_KINDS:
        return True
    if _NOT_IN_TEXT_NAME.search(name) or (kind in _TEXT_KINDS and not _TEXT_END.search(name)):
        return False
    # 重点任务 + 任务数, 项目名称 + 投资额（万元）: two columns of different kinds run together
    for k in range(2, len(name) - 1):
        head, tail = column_kind(name[:k]), column_kind(name[k:])
        if head is not None and tail is not None and head != tail:
            return False
    return True
