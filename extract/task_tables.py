"""Task tables in every text form: find each table's header, then read its rows.

Annexed 任务分工表 / 重点任务清单 reach us as text in several layouts:

- flattened one cell a line (web pages mirrored to text, CMS exports), with header cells
  split over lines (``牵头\n部门``), ``|`` separator lines, the header repeated after each
  page break, with or without a 序号 column;
- markdown pipe tables (``| 序号 | 工作任务 | 牵头单位 | 配合单位 |``);
- one row a line, cells separated by spaces, the header's characters spaced out
  (``序号 重 点 任 务 责任单位``), figure columns between the task and the units; or the
  spaces dropped, each row a line opening with its serial, a progress column after the units.

A header is found by its role column (any name :mod:`policykg.extract.roles` reads by its
role word) among other column names (:mod:`policykg.extract.table_columns`); then:

- a flattened table whose 序号 column numbers the rows 1, 2, 3 … is read one serial at a
  time (:func:`_read_serial_table`): each row's lines are placed into the columns by their
  shape; a unit cell missing from a row is taken from the row above only when the table has
  a single unit column, it ends the row, and no row spanning the table falls between; the
  unit lines that close a row under a column of the bodies that score it (评分部门) are that
  column's, not owners;
- any flattened table is also read row by row from where its unit cells fall
  (:mod:`policykg.extract.table_flat`), which needs no serials; the reading with more rows wins;
- pipe and space-separated rows are read by :mod:`policykg.extract.table_lines`; a table
  printed one row a line, its cells apart by spaces, that normalising glued into one line is
  read by the spaces and line breaks of the raw text (:func:`_respaced_table`, given the
  :class:`~policykg.extract.table_lines.Spacing` of the text), its header a line opening with 序号
  whose words may be the pieces of names wrapped over spaces (``牵头  领导 牵头   责任单位``);
- a flattened table whose lead column comes first, its cells merged over the rows
  (``牵头单位 | 目标任务 | 责任单位``), by :func:`~policykg.extract.table_flat.read_lead_column_rows`.

Leads are the units of a lead column, units marked in a cell (``★区财政局``,
``区发展改革委*``, ``（牵头）``), or, under a rule written anywhere in the document
(``排在第一位的为牵头单位``), the first unit of each row. Yearly plan cells
(``2024年目标``) are kept on the row (:attr:`TableRow.plan`) for targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policykg.extract.figure_tables import scored_tables
from policykg.extract.patterns import HAN_CHAR
from policykg.extract.records import Role
from policykg.extract.roles import (
    LEAD_FIRST_PATTERN,
    LEAD_FIRST_RANKS,
    LEAD_FIRST_REACH,
    LEAD_WORD_PATTERN,
    ROLE_LABEL_PATTERN,
    ROLE_WORDS,
    flat_words,
    role_of_label,
)
from policykg.extract.scan import LineRegex
from policykg.extract.table_cells import (
    NUMBER_CELL,
    SHORT_NOTE,
    Line,
    PlanCell,
    TableRow,
    Units,
    assign_units,
    is_time,
    lines_of,
    unmarked,
)
from policykg.extract.table_columns import (
    ROLE_KINDS,
    Header,
    column_kind,
    is_assessor_column,
    is_status_column,
    is_unnamed,
    lead_column_header,
    make_header,
    plan_year,
    segment_names,
    split_prefixes,
    split_word,
)
from policykg.extract.table_flat import column_cells, read_flat, read_lead_column_rows
from policykg.extract.table_lines import (
    Spacing,
    pipe_cells,
    printed_lines,
    read_glued_rows,
    read_pipe_rows,
    read_serial_line_rows,
    read_spaced_rows,
    read_unnumbered_glued_rows,
    read_word_rows,
)

__all__ = ["PlanCell", "Spacing", "TableRow", "find_table_rows", "lead_first_rule"]

# Short heading words: a group cell, or a row spanning the table.
_HEADING_LINE = re.compile(r"^[^。；，、,;]{1,40}$")
_GROUP_LINE = re.compile(r"^[^。；，、,;：:]{1,16}$")
# A row spanning the table (行动一：…, 一、…): a merged unit cell cannot cross it.
_SPANNING_ROW = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+(?:部分|章|篇)|行动[一二三四五六七八九十\d]+|.*[：:])"
)
# Lines after which the table has ended.
_STOP_LINE = re.compile(r"^(?:附件|附表|抄送|印发|（此件|注：|说明：|备注：|[一二三四五六七八九十]+、)")
_END_LINE = re.compile(r"^(?:附件|附表|抄送|印发|[（(]此件|注[：:]|说明[：:]|备注[：:])")
_END_LINE_M = re.compile(r"^[ \t\u3000]*(?:附件|附表|抄送|印发|[（(]此件|注[：:]|说明[：:]|备注[：:])", re.MULTILINE)
_SERIAL_LINE = re.compile(r"^(?P<n>\d{1,3})[.、．]?$")
_MAX_ROW_LINES = 40
_MAX_TIME_WORDS = 16  # how long a time cell worded as no date may be (省出台文件后2个月完成)
_FIRST_STRETCH = 4000  # characters of a flattened table's lines read before it is known to run on
_MAX_TABLE = 200_000
_MAX_GAP = 15  # lines without a unit cell after which a flattened table has ended
# A header piece: a short line with no sentence punctuation (a column name or part of one).
_PIECE = re.compile(r"^[^。，；：:,;、！？（）()]{1,12}(?:[（(][^。，；：:,;、！？（）()]{1,6}[）)])?$")
_SEPARATOR = re.compile(r"^[|｜\s]+$")
_BORDERS = ("|", "｜")
_LEAD_FIRST = re.compile(LEAD_FIRST_PATTERN)
# Every wording of the lead-first rule holds a word of rank (第一, 首) a few characters before its lead
# word (…第一位的为牵头单位, 首个单位是主责单位, 列第一位者牵头): a text where no lead word has one
# just before it (most texts) needs no search of the whole rule. (Each lead word is found as a
# literal, which is fast, and the few characters before it looked at; a regex that opens with an
# alternation of the words, or with the ranks, is tried at every character and costs twice as much.)
_LEAD_FIRST_WORDS = tuple(flat_words(LEAD_WORD_PATTERN))
_ROLE_RE = re.compile(ROLE_LABEL_PATTERN)
# A role word, its two characters perhaps spaced apart (牵 头): every role column's name holds one
# once its spaces are taken out, so a short line without one is read as a column name only when
# it may be the first half of a name split over two lines.
_ROLE_WORD_RE = re.compile("|".join(rf"{w[0]}[\s\u3000]*{w[1]}" for w in ROLE_WORDS))
# Lines a header may be written on: short lines (牵头单位, or 牵头 of 牵头\n部门), lines of
# pipes, lines of words separated by spaces.
# (each is tried at line starts only: :class:`LineRegex`; ``m.start("line")`` is where the line starts)
# (``t`` of a short line is read by a possessive run, never backtracked into, and so holds the
# line's trailing spaces: strip them)
_SHORT_LINE = r"[ \t\u3000]*(?P<t>[^\s|｜][^\n]{0,13}+)[ \t\u3000]*$"
_SHORT_LINE_RE = LineRegex(_SHORT_LINE)
# The same with the cell's border pipe kept (``责任单位 |``), looked for only in text with pipes.
_EDGE_SHORT_LINE_RE = LineRegex(
    r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?P<t>[^\s|｜][^\n|｜]{0,13}?)[ \t\u3000]*[|｜][ \t\u3000]*$"
)
_PIPE_LINE_RE = LineRegex(r"[^\n|｜]*+[|｜][^\n|｜]*+[|｜][^\n]*$")  # a line with two pipes or more
# (a word and the spaces after it cannot share a character: their runs are possessive)
# (the lookahead, the group's first word and its spaces, fails most lines before the repeated
# group, which costs much more to enter, is tried)
_SPACED_LINE = (
    r"(?=[ \t\u3000]*+[^\s。，；：:]{1,12}+[ \t\u3000])"
    r"[ \t\u3000]*+(?:[^\s。，；：:]{1,12}+[ \t\u3000]++){2,12}[^\s。，；：:]{1,12}+[ \t\u3000]*$"
)
_SPACED_LINE_RE = LineRegex(_SPACED_LINE)
_SPACE_RE = re.compile(r"[ \t\u3000]+")
_TAG_RE = re.compile(r"<[^<>\n]{0,10}>")
# A table glued into one line: a header of column names, then the first serial.
_SERIAL_WORDS = ("序号", "编号")
_GLUED_HEADER = rf"[ \t\u3000]*(?P<h>(?:{'|'.join(_SERIAL_WORDS)})[^\n\d。，；、：:,;|｜]{{4,60}}?)(?=1\D)"
_GLUED_HEADER_RE = LineRegex(_GLUED_HEADER)
# The same with no serial column (重点任务牵头单位配合单位完成时限开展…): a role label near the start.
_HEADER_CHAR = r"[^\s\d。，；、：:,;|｜（）()]"
_UNNUMBERED_HEADER_RE = re.compile(rf"^[ \t\u3000]*(?P<h>{_HEADER_CHAR}{{6,80}})", re.MULTILINE)
# Words every unit column's name ends with: the cheap test before the role labels are read.
_UNIT_WORDS = ("单位", "部门", "处室", "科室", "股室", "站所", "机构", "主体")
_ROLE_WITHIN = 30
# A line that may start an unnumbered glued header (six characters of column names or more) with
# a unit column's name near its start.
# (one run a word: a run followed by a literal is backtracked over by a fast search for that
# literal, a run followed by an alternation one character at a time)
_NEAR_START = rf"[^\n]{{0,{_ROLE_WITHIN}}}"
_UNIT_NEAR_START = rf"(?=[ \t\u3000]*{_HEADER_CHAR}{{6}})(?:{'|'.join(_NEAR_START + w for w in _UNIT_WORDS)})"
_UNIT_NEAR_START_RE = LineRegex(_UNIT_NEAR_START)
# The four line shapes above in one scan of the line starts (each scan of a whole document costs
# about as much as the tests at its lines): a line's first fitting shape is named; the shapes
# after it in this order are then tried on that line by their own regexes. In this scan a unit
# line must also hold a unit word and a role word among the column-name characters it starts
# with (what :func:`_unnumbered_header` reads), so that few lines come back to Python.
_UNIT_HEADER_LINE = (
    rf"(?={_UNIT_NEAR_START})(?=[ \t\u3000]*{_HEADER_CHAR}{{0,{_ROLE_WITHIN - 2}}}(?:{'|'.join(_UNIT_WORDS)}))"
    rf"[ \t\u3000]*{_HEADER_CHAR}{{0,{_ROLE_WITHIN - 2}}}(?:{'|'.join(ROLE_WORDS)})"
)
_HEADER_SHAPES = ("glued", "spaced", "unit", "short")
_HEADER_LINE_RE = LineRegex(
    "|".join(
        f"(?P<{name}>{body})"
        for name, body in zip(
            _HEADER_SHAPES, (_GLUED_HEADER, _SPACED_LINE, _UNIT_HEADER_LINE, _SHORT_LINE), strict=True
        )
    )
)
_MIN_GLUED_BODY = 8
_MAX_GLUED_HEADER = 60
_NEXT_LINE_RE = re.compile(r"\s*(?P<t>[^\s|｜][^\n|｜]{0,11}?)[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:\n|$)")
_NOTE_RE = re.compile(r"[（(]([^（）()]+)[）)]")
_FIRST_RE = re.compile("|".join(LEAD_FIRST_RANKS))
_WINDOW = 600  # characters around a candidate read for its header
_MIN_SENTENCE = 6  # Chinese characters outside its figures that make a cell a sentence
_SPACED_HEADER_AT = 3  # how many printed lines a normalised line opens with may be a spaced header
_MAX_SPACED_HEADER = 100  # how long a spaced header's printed line is at most (its words and their gaps)
_SPACED_HEADER_REACH = 2000  # how far into a normalised line its spaced header's printed line may end


def find_table_rows(text: str, *, issuer: tuple[str, ...] = (), spacing: Spacing | None = None) -> list[TableRow]:
    """The task rows of every task table in a document, whatever its text layout.

    Args:
        text: the document's normalised text.
        issuer: the document's issuing bodies, for reading unit names.
        spacing: the whitespace normalising dropped from ``text`` (:class:`Spacing`): a table printed
            one row a line, its cells apart by spaces, is read by its printed lines and spaces.

    Returns:
        :class:`TableRow` records in reading order; rows that cannot be aligned are left out.
    """
    printed = text
    if ("\n|" in text or "\n｜" in text) and (unpiped := _unpiped_cells(text)) is not None:
        text = unpiped  # |G1 / |财政一般预算收入增长率 / |市财政局: a table's cells one a line, a pipe before each
    candidates = _candidates(text) if text else []
    if spacing is not None and text:
        candidates = _serial_word_lines(text, candidates)
    if not candidates:
        return []
    units = Units(tuple(issuer))
    rule = lead_first_rule(text) is not None
    out: list[TableRow] = []
    scored = [t for t in scored_tables(text) if t.owner_column]  # [] at once without a score column's name
    for table in scored:
        out += _scored_rows(table, units, rule)
    pos = 0
    for at in candidates:
        if at < pos or any(t.start <= at < t.end for t in scored):
            continue
        if spacing is not None and (spaced := _respaced_table(text, at, spacing, units, rule)) is not None:
            rows, pos = spaced
            for row in rows:
                if row.serial and row.text_start > row.start:
                    row.glued_serial = row.text_start  # (normalising dropped the spaces between its cells)
                row.text_start, row.text_end = row.start, row.end
            out += rows
            continue
        window = _lines(text, text.rfind("\n", 0, max(0, at - _WINDOW)) + 1, min(len(text), at + _WINDOW))
        idx = next((i for i, x in enumerate(window) if x.start >= at), None)
        if idx is None:
            continue
        found = _header_at(window, idx)
        if found is None:
            continue
        layout, header, first, last = found
        lead_first = rule or _header_rule(header)
        start = window[first].start
        stop = _END_LINE_M.search(text, window[last - 1].end)
        lines = _lines(text, start, min(len(text), start + _MAX_TABLE, stop.start() if stop else len(text)))
        last -= first
        if layout == "glued":
            h = _GLUED_HEADER_RE.match(lines[0].text)
            rows, k = read_glued_rows(lines[0], h.end() if h else 0, header, units, lead_first=lead_first), 1
        elif layout == "unnumbered":
            h = _UNNUMBERED_HEADER_RE.match(lines[0].text)
            found = _unnumbered_header(h.group("h")) if h else None
            at = h.start("h") + found[0] if h and found else 0
            first_body = 0
            if at >= len(lines[0].text) and len(lines) > 1:  # the header alone on its line
                first_body, at = 1, 0
            rows, k = read_serial_line_rows(lines, 1, header, units, lead_first=lead_first) if first_body else ([], 0)
            if not rows:
                rows, k = read_unnumbered_glued_rows(lines, first_body, at, header, units, lead_first=lead_first)
        elif layout == "pipe":
            rows, k = read_pipe_rows(lines, last, header, units, lead_first=lead_first)
        elif layout == "spaced":
            rows, k = read_spaced_rows(lines, last, header, units, lead_first=lead_first)
        elif layout == "lead_column":
            piped = [printed[printed.rfind("\n", 0, x.start) + 1 : x.start].strip()[:1] in ("|", "｜") for x in lines]
            rows, k = read_lead_column_rows(lines[last:], piped[last:], header, units)
            k += last
        else:
            rows, k = _read_flattened(text, lines, 0, last, header, units, lead_first)
        if header.borrowed and not _holds_sentences(rows):
            rows = []  # 序号 | 2024年目标 | 责任单位 with bare figures: no task column after all
        for row in rows:  # a row's record quotes the whole row as printed, as an inline task
            row.text_start, row.text_end = row.start, row.end  # quotes its clause with its annotation
        out += rows
        k = min(max(k, last), len(lines))
        pos = lines[k - 1].end if k else start + 1
    return out


#: A table's cell printed on a line of its own after the pipe that parts it from the cell before (``|G1``,
#: ``|市财政局``): one pipe, first on its line, then the cell's words.
_LEADING_PIPE_RE = LineRegex(r"[ \t\u3000]*+(?P<pipe>[|｜])[ \t\u3000]*+[^\s|｜][^\n|｜]*+$")
#: How many such lines make a table written so (a stray pipe opening a line or two is none).
_LEADING_PIPES_MIN = 4


def _unpiped_cells(text: str) -> str | None:
    """``text`` with the pipe before each cell of a table printed one cell a line (:data:`_LEADING_PIPE_RE`)
    blanked (the length kept), so that its cells read as those of a table flattened one a line without
    pipes; None where the text prints fewer than :data:`_LEADING_PIPES_MIN` such lines."""
    pipes = [m.start("pipe") for m in _LEADING_PIPE_RE.finditer(text)]
    if len(pipes) < _LEADING_PIPES_MIN:
        return None
    chars = list(text)
    for at in pipes:
        chars[at] = " "
    return "".join(chars)


def _respaced_table(
    text: str, at: int, spacing: Spacing, units: Units, rule: bool
) -> tuple[list[TableRow], int] | None:
    """``(rows, where the table ends)`` of a table printed one row a line, its cells apart by spaces,
    whose header is printed on the line at ``at``, as normalising left them; None when it is none.

    Normalised, such a table comes out glued (``序号类别主要任务细化措施牵头单位参与单位责任单位`` then
    ``1加强…市水利局市发展改革委、…2严守…``): its printed lines and spaces are read back
    (:class:`Spacing`). The header is a printed line whose words, the spaces normalising dropped
    between them, make up column names (:func:`segment_names`: ``序号 重 点 任 务 责任单位`` too; a
    short word of no kind we know, 建设地点, among them), a serial column's first and a role
    column's among them; each row is a printed line that opens with its serial, 1, 2, 3 … in
    turn, and ends with its unit cells (:func:`read_word_rows`). Prose whose spaces were dropped
    has no such header, and a table whose spaces are not dropped is read by its layout
    (:func:`read_spaced_rows` and the others).
    """
    end = text.find("\n", at)
    first = Line(text[at:], at, len(text)) if end < 0 else Line(text[at:end], at, end)
    if not spacing.dropped(at, first.end):
        return None
    # (the header's printed line may follow one or two that normalising joined to it: a caption; they are
    # looked for in the line's opening only, a page printed on one line being the rest of the text)
    reach = min(first.end, at + _SPACED_HEADER_REACH)
    opening = printed_lines(Line(text[at:reach], at, reach), spacing)
    found = next(
        ((h, x) for h, words in enumerate(opening[:_SPACED_HEADER_AT]) if (x := _spaced_header(words)) is not None),
        None,
    )
    if found is None or (found[0] == len(opening) - 1 and reach < first.end):
        return None  # (no header, or one the opening cut)
    h, header = found
    printed = printed_lines(first, spacing) if reach < first.end else opening
    stop = min(len(text), first.end + _MAX_TABLE)

    def rows_words() -> Iterator[list[Line]]:
        yield from printed[h + 1 :]
        a = first.end
        while a < stop:  # (line by line: the rows end long before most texts do)
            b = text.find("\n", a + 1, stop)
            b = stop if b < 0 else b
            for line in lines_of(text, a, b):
                yield from printed_lines(line, spacing)
            a = b

    rows, _ = read_word_rows(rows_words(), header, units, lead_first=rule or _header_rule(header), numbered=True)
    if not rows:
        return None
    return rows, rows[-1].end


#: How far into a line that opens with a serial column's name (序号) a role column's name may be.
_SERIAL_LINE_ROLE_REACH = 60


def _serial_word_lines(text: str, candidates: list[int]) -> list[int]:
    """``candidates`` with the lines that open with a serial column's name (序号) and name a role column soon
    after it: the header of a table printed one row a line, its spaces dropped, whose column names hold a
    year or a figure (``序号 2023年重点工作任务 牵头 责任单位``), which none of the shapes of :func:`_candidates`
    fits; :func:`_respaced_table` reads it by its printed words."""
    found: set[int] = set()
    for word in _SERIAL_WORDS:
        at = text.find(word)
        while at >= 0:
            if (at == 0 or text[at - 1] == "\n") and _ROLE_RE.search(text, at, at + _SERIAL_LINE_ROLE_REACH):
                found.add(at)
            at = text.find(word, at + len(word))
    return sorted(found.union(candidates)) if found else candidates


def _spaced_header(words: list[Line]) -> Header | None:
    """The header a printed line's words name (:func:`_respaced_table`), its first column a serial's, or None."""
    head = [w.text for w in words if w.text]
    if len(head) < 3 or words[-1].end - words[0].start > _MAX_SPACED_HEADER:
        return None
    header = _names_header(head, min_names=3, unnamed=True)
    return header if header is not None and header.kinds[0] == "serial" else None


def _scored_rows(table, units: Units, lead_first: bool) -> list[TableRow]:
    """The rows of a scored target table with a role column (``指标 | 分值 | 目标值 | 责任单位``): each
    row's indicator and target are its task, its owner cell its units, in the column's role (see
    :func:`~policykg.extract.figure_tables.scored_tables`)."""
    role = role_of_label(table.owner_column) or Role.RESPONSIBLE
    out: list[TableRow] = []
    for r in table.rows:
        if r.owner is None:
            continue
        cells = (r.label, r.target) if r.target is not None else (r.label,)
        row = TableRow("", r.start, r.end, "\n".join(c.text for c in cells), r.start, r.end)
        owner = Line(r.owner.text, r.owner.start, r.owner.end)
        assign_units([[owner]], [role], [owner], units, row, lead_first=lead_first)
        if row.entries:
            out.append(row)
    return out


def _holds_sentences(rows: list[TableRow]) -> bool:
    """Whether most rows' task cells are sentences: words beyond a figure (地区生产总值增长5.5%左右,
    not 5.5%左右 or 增长6%), and more than a leader's name or post."""
    full = 0
    for row in rows:
        t = row.text.replace("\n", "")
        if not SHORT_NOTE.match(t) and len(HAN_CHAR.findall(NUMBER_CELL.sub("", t))) >= _MIN_SENTENCE:
            full += 1
    return 2 * full > len(rows)


def lead_first_rule(text: str) -> re.Match[str] | None:
    """Where ``text`` states that the first unit of each list leads (``列第一位者为牵头单位``), or None."""
    for word in _LEAD_FIRST_WORDS:
        at = text.find(word)
        while at >= 0:
            if any(rank in text[max(0, at - LEAD_FIRST_REACH) : at] for rank in LEAD_FIRST_RANKS):
                return _LEAD_FIRST.search(text)
            at = text.find(word, at + len(word))
    return None


def _lines(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]`` without ``|`` separator lines."""
    return [x for x in lines_of(text, start, end) if not _SEPARATOR.match(x.text)]


def _candidates(text: str) -> list[int]:
    """Where the lines start that may hold a header's role column.

    A short line naming a role column (or the first half of one split over two lines), a
    line of pipes, a line of spaced words holding a role label, or a header glued into one
    line with or without its serial column.
    """
    out: set[int] = set()
    short: list[re.Match[str]] = []
    for m in _HEADER_LINE_RE.finditer(text):
        if m.group("short") is None:
            short += _shaped_line(text, m, out)
        else:  # nothing but a short line (most lines that fit any shape)
            short.append(m)
    pipes = "|" in text or "｜" in text
    if pipes and ("|\n" in text or "｜\n" in text or "| \n" in text):  # cells may end with their border pipe
        short += _EDGE_SHORT_LINE_RE.finditer(text)
    for m in short:
        t = m.group("t").rstrip(" \t\u3000")
        if len(t) > 4 and _ROLE_WORD_RE.search(t) is None:
            continue  # no role column's name, and too long for the first half of one
        kind = column_kind(t)
        if kind in ROLE_KINDS:
            out.add(m.start("line"))
        elif kind is None and len(t) <= 4:
            nxt = _NEXT_LINE_RE.match(text, m.end())
            if nxt is not None and column_kind(t + nxt.group("t")) in ROLE_KINDS:
                out.add(m.start("line"))
    if pipes:
        for m in _PIPE_LINE_RE.finditer(text):
            if _ROLE_RE.search(_SPACE_RE.sub("", _TAG_RE.sub("", m.group("line")))):
                out.add(m.start("line"))
    return sorted(out)


def _shaped_line(text: str, m: re.Match[str], out: set[int]) -> list[re.Match[str]]:
    """Test the line of ``m`` (a :data:`_HEADER_LINE_RE` match of a shape before the short line) for
    a glued, spaced or unnumbered header, adding its start to ``out``; its short-line match, if any.

    The shape ``m`` names and every shape after it are tried; the shapes before it do not fit.
    """
    at = m.start("line")
    rank = 0 if m.group("glued") is not None else 1 if m.group("spaced") is not None else 2
    if rank == 0 and _glued_header(m.group("h")) is not None:
        out.add(at)
    spaced = m if rank == 1 else _SPACED_LINE_RE.match(text, at) if rank == 0 else None
    if spaced is not None and _ROLE_RE.search(_SPACE_RE.sub("", spaced.group("line"))):
        out.add(at)
    if rank == 2 or _UNIT_NEAR_START_RE.match(text, at) is not None:
        h = _UNNUMBERED_HEADER_RE.match(text, at)
        if h is not None and _unnumbered_header(h.group("h")) is not None:
            out.add(at)
    s = _SHORT_LINE_RE.match(text, at)
    return [] if s is None else [s]


def _header_at(lines: list[Line], idx: int) -> tuple[str, Header, int, int] | None:
    """The header starting around line ``idx``: (layout, header, first line, line after it)."""
    t = lines[idx].text
    if t.count("|") >= 2 and len(t) <= 300:
        cells = [c.text.replace("、", "").strip() for c in pipe_cells(lines[idx])]
        while cells and not cells[0]:
            cells.pop(0)
        while cells and not cells[-1]:
            cells.pop()
        header = _names_header(cells, min_names=2, unnamed=True)
        return ("pipe", header, idx, idx + 1) if header else None
    if " " in t and len(t) <= 80 and _PIECE.match(t.replace(" ", "")[:12]):
        header = _names_header(t.split(), min_names=3)
        if header is not None:
            return "spaced", header, idx, idx + 1
    glued = _GLUED_HEADER_RE.match(t)
    if glued is not None:
        header = _glued_header(glued.group("h"))
        if header is not None:
            return "glued", header, idx, idx + 1
    unnumbered = _UNNUMBERED_HEADER_RE.match(t)
    if unnumbered is not None:
        found = _unnumbered_header(unnumbered.group("h"))
        if found is not None:
            return "unnumbered", found[1], idx, idx + 1
    if not _PIECE.match(t):
        return None
    nxt = lines[idx + 1].text if idx + 1 < len(lines) else ""
    if column_kind(t) not in ROLE_KINDS and not (
        column_kind(t) is None and _PIECE.match(nxt) and column_kind(t + nxt) in ROLE_KINDS
    ):
        return None
    # A flattened header: the run of pieces around the role column.
    a = idx
    while a > 0 and idx - a < 10 and _PIECE.match(lines[a - 1].text):
        a -= 1
    b = idx + 1
    while b < len(lines) and b - idx < 12 and _PIECE.match(lines[b].text):
        b += 1
    best: tuple[int, int, Header] | None = None
    for s in range(a, idx + 1):
        for e in range(b, idx, -1):
            if best is not None and e - s <= best[1] - best[0]:
                break
            header = _names_header([x.text for x in lines[s:e]], min_names=3)
            if header is not None:
                best = (s, e, header)
                break
    serial = next((s for s in range(a, idx) if lines[s].text in _SERIAL_WORDS), None)
    if serial is not None and (best is None or best[0] > serial):
        # 序号 / 项目名称 / 建设地点 / 建设时间 / …: columns of unknown kind before the task, which only a
        # reading of the rows one serial at a time, each cell in its place, can tell apart
        for e in range(b, idx, -1):
            header = _names_header([x.text for x in lines[serial:e]], min_names=3, unnamed=True)
            if header is not None:
                if _unknown_before_task(header):
                    best = (serial, e, header)
                break
        if best is None and serial > a:
            # 考核项目 / 序号 / … / 单位 / 责任部门 / 评分部门: a group column before the serial, so each row opens
            # with its group cell (the first row always: its group starts there), then its serial; the
            # columns of unknown kind are read one serial at a time too
            for e in range(b, idx, -1):
                header = _names_header([x.text for x in lines[serial - 1 : e]], min_names=3, unnamed=True)
                if header is not None:
                    if header.kinds[:2] == ("group", "serial") and e + 1 < len(lines) and (
                        _SERIAL_LINE.match(lines[e + 1].text) and not _SERIAL_LINE.match(lines[e].text)
                    ):
                        best = (serial - 1, e, header)
                        break
    if best is None:
        # 牵头单位 / 目标任务 / 责任单位: the lead column first, its cells merged over the rows
        for e in range(b, idx + 2, -1):
            ranges = segment_names([x.text for x in lines[idx:e]])
            if ranges is not None and len(ranges) >= 3:
                header = lead_column_header(["".join(x.text for x in lines[idx + i : idx + j]) for i, j in ranges])
                if header is not None:
                    return "lead_column", header, idx, e
        return None
    return "flat", best[2], best[0], best[1]


def _header_rule(header: Header) -> bool:
    """Whether a unit column's name says the first unit leads: 责任单位（牵头单位列第一位）."""
    for name, kind in zip(header.names, header.kinds, strict=True):
        if kind in ROLE_KINDS:
            for note in _NOTE_RE.findall(name):
                if _FIRST_RE.search(note) and any(
                    role_of_label(m.group()) is Role.LEAD for m in _ROLE_RE.finditer(note)
                ):
                    return True
    return False


def _glued_header(words: str) -> Header | None:
    """The header of a table glued into one line (序号重点任务任务数责任单位), or None."""
    names = split_word(words)
    if names is None or len(names) < 3 or column_kind(names[0]) != "serial":
        return None
    return make_header(list(names))


def _unnumbered_header(words: str) -> tuple[int, Header] | None:
    """``(where the header ends, header)`` of a table with no serial glued into one line, or None.

    The header is the longest run of column names at the start of the line that names a task
    and a role column and leaves a body after it.
    """
    head = words[:_ROLE_WITHIN]
    if not any(w in head for w in _UNIT_WORDS):
        return None
    role = _ROLE_RE.search(head)
    if role is None or role.start() < 2 or split_word(words[: role.start()]) is None:
        return None  # the columns before the first unit column are names too (重点任务)
    splits = split_prefixes(words[:_MAX_GLUED_HEADER])
    for end in range(min(len(words), _MAX_GLUED_HEADER), 3, -1):
        if 0 < len(words) - end < _MIN_GLUED_BODY:
            continue  # a header alone on its line (the body glued on the next), or a body after it
        names = splits[end]
        if names is None or len(names) < 2 or column_kind(names[-1]) not in (*ROLE_KINDS, "time", "other", "number"):
            continue
        header = make_header(list(names))
        if header is not None and column_kind(words[end : end + 4]) is None:
            return end, header
    return None


def _names_header(tokens: list[str], *, min_names: int, unnamed: bool = False) -> Header | None:
    """The header the pieces ``tokens`` name, or None (``unnamed``: see :func:`segment_names`; only
    for the cells of a pipe row, whose places are kept: a flattened row's cells are told apart by
    what they hold, which a column of unknown kind does not say)."""
    if not tokens or any(not x for x in tokens):
        return None
    ranges = segment_names(tokens) or (segment_names(tokens, unnamed=True) if unnamed else None)
    if ranges is None or len(ranges) < min_names:
        return None
    return make_header(["".join(tokens[i:j]) for i, j in ranges])


def _unknown_before_task(header: Header) -> bool:
    """Whether a header names columns of other kinds (建设地点) between its serial and its task."""
    return "other" in header.kinds[: header.task]


def _read_flattened(
    text: str, lines: list[Line], first: int, last: int, header: Header, units: Units, lead_first: bool
) -> tuple[list[TableRow], int]:
    """Rows of a flattened table; the serial reading when it reads more rows, else the cell-shape reading
    (never for a header with columns of other kinds before the task, which the cells' shapes cannot place)."""
    pieces = [x.text for x in lines[first:last]]
    serial_rows: list[TableRow] | None = None
    if "serial" in header.kinds and len(pieces) == len(header.kinds):
        at = lines[first + header.kinds.index("serial")]
        if at.text in ("序号", "编号"):
            serial_rows, serial_end, n_serials = _read_serial_table(text, at.start, at.end, units, lead_first)
            if n_serials and (5 * len(serial_rows) >= 4 * n_serials or _unknown_before_task(header)):
                # Serial numbers anchor each row: nearly every one read, no need of the cell shapes.
                k = next((i for i, x in enumerate(lines) if x.start >= serial_end), len(lines))
                return serial_rows, k
    if _unknown_before_task(header):
        return [], last
    body: list[Line] = []
    k = last
    unit_end = 0  # len(body) after the last unit line
    gap: list[int] = []  # body indices of the non-serial lines since then
    checked = 0  # how many of them were tried for a unit cell glued onto their end
    at_end = True
    while k < len(lines):
        line = lines[k]
        if line.text == pieces[0] and [x.text for x in lines[k : k + len(pieces)]] == pieces:
            k += len(pieces)
            continue
        if _END_LINE.match(line.text) or (
            _PIECE.match(line.text) and column_kind(line.text) in ROLE_KINDS and _header_at(lines, k)
        ):
            break
        shape = units.shape(line)
        body.append(line)
        k += 1
        if shape == "unit":
            unit_end, gap, checked = len(body), [], 0
        elif shape != "serial":
            gap.append(len(body) - 1)
            if len(gap) > _MAX_GAP:
                # a unit cell glued onto the end of a task line counts as one (the cheap test last)
                glued = next((g for g in gap[checked:] if units.glued(body[g]) is not None), None)
                checked = len(gap)
                if glued is not None:
                    unit_end, gap, checked = glued + 1, [g for g in gap if g > glued], 0
                    continue
                if unit_end:
                    body = body[:unit_end]
                at_end = False
                break
    rows = read_flat(body, header, units, lead_first=lead_first, at_end=at_end)
    if serial_rows is not None and 5 * len(serial_rows) >= 4 * len(rows):
        rows = serial_rows  # the serial reading wins unless it lost many rows
    return rows, k


@dataclass
class _Parsed:
    row: TableRow | None
    missing_unit: bool = False  # the single unit cell is absent: maybe merged from above
    spanning_before: bool = False  # a row spanning the table comes before the next row
    units_in_text: bool = False  # the task text ends in names: maybe a unit cell run into it
    lead_names: int = 0  # bodies named in the lead cell of a row whose unit lines fit the columns
    # (cells, roles, unit lines) of a row whose unit lines do not fit the columns, by the shape of a
    # table whose lead cells hold one body each (see column_cells)
    lead_shaped: tuple[list[list[Line]], list[Role], list[Line]] | None = None


def _parse_row(
    serial: Line,
    lines: list[Line],
    after: list[str],
    has_before: bool,
    units: Units,
    lead_first: bool,
    after_names: list[str] | None = None,
) -> tuple[_Parsed, list[Line]]:
    """Place one row's lines into the columns after the serial; the lines left for the next row."""
    trailing: list[Line] = []
    if has_before:  # the next row's group cell (and rows spanning the table) come before its serial
        while len(lines) > 1 and _HEADING_LINE.match(lines[-1].text) and not units.is_unit_cell(lines[-1]):
            if is_time(lines[-1].text):
                break
            trailing.insert(0, lines.pop())
    spanning = any(_SPANNING_ROW.match(t.text) for t in trailing) or len(trailing) >= 2
    fail = _Parsed(None, spanning_before=spanning)
    i, n = 0, len(lines)
    group: list[Line] = []
    task: list[Line] = []
    deadline: str | None = None
    unit_cols = [k for k in after if k in ROLE_KINDS]
    missing_unit = False
    lead_names = 0  # how many bodies the row's lead cell names, when its unit lines fit the columns
    lead_shaped: tuple[list[list[Line]], list[Role], list[Line]] | None = None
    row = TableRow(serial.text.rstrip(".、．"), serial.start, serial.end, "", 0, 0)
    if "task" in after and "other" in after[: after.index("task")]:
        # 项目名称 / 建设地点 / 建设时间 / 建设内容 …: columns no shape tells apart; only a row that prints
        # every cell, one a line, is read, each cell in its place
        placed = _placed_row(row, lines, after, after_names, units, lead_first)
        placed.spanning_before = spanning
        return placed, trailing
    col = 0
    while col < len(after):
        kind = after[col]
        if kind == "group":
            j = i
            while j < n and _group_line(lines, j, units):
                j += 1
            rest = [x for x in lines[j:] if not units.is_units(x) and not is_time(x.text)]
            if j > i and rest:
                group, i = lines[i:j], j
            col += 1
        elif kind == "task":
            j = i
            figures = any(k in ("number", "plan") for k in after[col + 1 :])
            while (
                j < n
                and not units.is_units(lines[j])
                and not is_time(lines[j].text)
                and not (figures and j > i and units.shape(lines[j]) in ("number", "serial", "empty"))
            ):
                j += 1
            if j == i and i < n and not units.is_unit_cell(lines[i]):
                j += 1  # 改造提升社区卫生服务中心: a task worded like a name still comes first
            if j == i:
                return fail, trailing
            task, i = lines[i:j], j
            # 分管领导 王明: the cells of the columns between the task and the units are no task text
            mid = 0
            for k in after[col + 1 :]:
                if k in ROLE_KINDS:
                    break
                mid += k == "other"
            while mid and len(task) > 1 and SHORT_NOTE.match(task[-1].text):
                task.pop()
                mid -= 1
            col += 1
        elif kind in ROLE_KINDS:
            kinds = after[col : col + len([k for k in after[col:] if k in ROLE_KINDS])]
            kinds = [k for k in kinds if k in ROLE_KINDS]
            j = i
            closed = 0  # cells the block closes: an empty cell (/, ——) is one of the unit columns' while they last
            while j < n and (
                units.is_units(unmarked(lines[j]))
                or closed < len(kinds) and (j > i or len(kinds) > 1) and units.shape(lines[j]) == "empty"
            ):
                closed += 1
                j += 1
            block = lines[i:j]
            # 评分部门: the columns after the unit columns that list the bodies scoring the task, whose
            # cells close the row's run of unit lines; they own nothing
            assessors = 0
            while (
                after_names
                and col + len(kinds) + assessors < len(after)
                and is_assessor_column(after_names[col + len(kinds) + assessors])
            ):
                assessors += 1
            if assessors and len(block) > assessors:
                block = block[:-assessors]
            if not block and task and i == n or (not block and task and is_time(lines[i].text)):
                cut = units.glued(task[-1])
                if cut is not None:  # 新建工程区体育局、区规划资源局: the page join glued two cells
                    last = task[-1]
                    unit_line = Line(last.text[cut:], last.start + cut, last.end)
                    task[-1] = Line(last.text[:cut], last.start, last.start + cut)
                    block = [unit_line]
            if not block:
                if len(unit_cols) == 1 and after[-1] in ROLE_KINDS:
                    missing_unit = True
                    col += len(kinds)
                    continue
                return fail, trailing
            roles = [ROLE_KINDS[k] for k in kinds]
            cells = column_cells(block, len(kinds), units)
            if cells is not None and kinds[0] == "lead" and cells[0]:
                lead_names = len(units.parse(" ".join(x.text for x in cells[0]), cells[0][0].start)[0])
            elif cells is None and kinds[0] == "lead":
                # lines that do not fit the columns under a lead column: read by the shape such tables
                # have (its cell one body) when the table's other rows show it so (_read_serial_table)
                shaped = column_cells(block, len(kinds), units, lead_column=True)
                if shaped is not None:
                    lead_shaped = (shaped, roles, [x for x in block if units.shape(x) != "empty"])
            block = [x for x in block if units.shape(x) != "empty"]
            assign_units(cells, roles, block, units, row, lead_first=lead_first)
            i = j
            col += len(kinds)
        elif kind == "time":
            if i < n and (is_time(lines[i].text) or (col == len(after) - 1 and i == n - 1 and _time_cell_last(lines[i]))):
                # (the last column's cell, the row's last line, is its time whatever its words: 常态工作,
                # 省出台文件后2个月完成; never the next row's heading)
                deadline, i = lines[i].text, i + 1
            col += 1
        elif kind in ("number", "plan"):  # 任务数, 2024年目标: one figure (or an empty mark)
            if i < n and units.shape(lines[i]) in ("number", "serial", "empty"):
                year = plan_year(after_names[col]) if kind == "plan" and after_names else None
                if year is not None and units.shape(lines[i]) != "empty":
                    row.plan.append(PlanCell(year, after_names[col], lines[i].text, lines[i].start, lines[i].end))
                i += 1
            col += 1
        else:  # other columns (参考文件 …): any text up to the next unit or date line
            j = i
            while i < n and not units.is_units(lines[i]) and not is_time(lines[i].text):
                i += 1
            if i > j and after_names and is_status_column(after_names[col]):
                row.status += [(x.start, x.end) for x in lines[j:i]]  # 已完成60%: results, no targets
            col += 1
    if i < n or not task:
        return fail, trailing
    row.text = "\n".join(x.text for x in task)
    row.text_start, row.text_end = task[0].start, task[-1].end
    row.heading = "".join(g.text for g in group) or None
    row.deadline = deadline
    last = lines[i - 1] if i else serial
    row.end = max(last.end, task[-1].end)
    units_in_text = missing_unit and units.ends_with_units(task[-1])
    return _Parsed(row, missing_unit, spanning, units_in_text, lead_names, lead_shaped), trailing


def _group_line(lines: list[Line], j: int, units: Units) -> bool:
    """Whether the row's line ``j`` may be a group cell: short heading words, and no units, unless they
    are no sure unit cell and a text line follows (新（改）建村卫生室 / 新（改）建村卫生室80家。: a row's unit
    cells come after its task, never before it)."""
    if not _GROUP_LINE.match(lines[j].text):
        return False
    if not units.is_units(lines[j]):
        return True
    return (
        j + 1 < len(lines)
        and units.shape(lines[j + 1]) == "text"
        and not units.is_units(lines[j + 1])
        and not units.is_unit_cell(lines[j])
    )


def _time_cell_last(line: Line) -> bool:
    """Whether the row's last line may be the cell of a time column that ends the row though no date
    reads in it (常态工作, 省出台文件后2个月完成, 2016年6底前): a short phrase, no row spanning the table."""
    return len(line.text) <= _MAX_TIME_WORDS and _GROUP_LINE.match(line.text) is not None and not _SPANNING_ROW.match(line.text)


def _placed_row(
    row: TableRow, lines: list[Line], after: list[str], after_names: list[str] | None, units: Units, lead_first: bool
) -> _Parsed:
    """A row whose lines are its cells in the header's order (see :func:`_parse_row`), or a failed one."""
    lines = [x for x in lines if x.text not in _BORDERS]
    if len(lines) != len(after):
        return _Parsed(None)
    task = lines[after.index("task")]
    roles = [ROLE_KINDS[k] for k in after if k in ROLE_KINDS]
    cells = [[x] for x, k in zip(lines, after, strict=True) if k in ROLE_KINDS]
    if not all(units.is_units(unmarked(c[0])) for c in cells):
        return _Parsed(None)
    for x, k, name in zip(lines, after, after_names or [""] * len(after), strict=True):
        if k == "group":
            row.heading = x.text
        elif k == "time" and is_time(x.text):
            row.deadline = x.text
        elif k == "plan" and (year := plan_year(name)) is not None and units.shape(x) != "empty":
            row.plan.append(PlanCell(year, name, x.text, x.start, x.end))
        elif k == "other" and is_status_column(name):
            row.status.append((x.start, x.end))
    assign_units(cells, roles, [c[0] for c in cells], units, row, lead_first=lead_first)
    row.text, row.text_start, row.text_end = task.text, task.start, task.end
    row.end = lines[-1].end
    return _Parsed(row)


def _read_serial_table(
    text: str, at: int, at_end: int, units: Units, lead_first: bool
) -> tuple[list[TableRow], int, int]:
    """Rows of a flattened table read one serial number at a time (序号 1, 2, 3 …).

    Returns:
        ``(rows, where the table ends, how many serial numbers were found)``.
    """
    # The header: column-name lines before and after the 序号 line.
    before_lines = lines_of(text, max(0, at - 200), at)[-6:]
    names = []
    for line in reversed(before_lines):
        if column_kind(line.text) is None or column_kind(line.text) == "serial":
            break
        names.insert(0, line.text)
    n_before = len(names)
    names.append("序号")
    after_lines = lines_of(text, at_end, min(len(text), at_end + 200))
    header_end = at_end
    for line in after_lines[:10]:
        if line.text in _BORDERS:
            continue  # 序号 | / 项目名称 |: a row's border on a line of its own
        kind = column_kind(line.text)
        if kind == "serial" or kind is None and not (n_before == 0 and is_unnamed(line.text)):
            break
        names.append(line.text)
        header_end = line.end
    header = make_header(names)
    if header is None:
        return [], at_end, 0
    kinds = list(header.kinds)
    before, after = kinds[:n_before], kinds[n_before + 1 :]
    if None in map(column_kind, names) and not _unknown_before_task(header):
        return [], at_end, 0  # words of unknown kind elsewhere than before the task: no header of ours
    after_names = list(header.names[n_before + 1 :])
    # Rows: from each serial line to the next one in sequence, up to where the table ends
    # (an attachment line, a new header, a run of lines with no row). The lines are read a
    # stretch at a time, and the stretch widened while the table may run on beyond it.
    limit = min(len(text), header_end + _MAX_TABLE)
    reach = _FIRST_STRETCH
    while True:
        stop = text.find("\n", header_end + reach) if header_end + reach < limit else -1
        body = lines_of(text, header_end, stop if 0 <= stop < limit else limit)
        serials, end_k = _serial_rows(body, names)
        if stop < 0 or stop >= limit or end_k + len(names) + 1 < len(body):
            break
        reach *= 4
    if not serials:
        return [], header_end, 0
    for k in range(serials[-1] + 1, end_k):
        if _STOP_LINE.match(body[k].text):
            end_k = k
            break
    header_names = names
    rows: list[TableRow] = []
    carried: TableRow | None = None
    group: str | None = None
    lead_in = body[: serials[0]]
    printed: Line | None = None  # a group cell printed before this row's serial, in this row
    if before and lead_in:
        group = lead_in[-1].text if _HEADING_LINE.match(lead_in[-1].text) else None
        printed = lead_in[-1] if group else None
    shaped: list[tuple[TableRow, tuple[list[list[Line]], list[Role], list[Line]]]] = []
    lead_cells: list[int] = []  # bodies in each lead cell of a row whose unit lines fit the columns
    for idx, k in enumerate(serials):
        stop = serials[idx + 1] if idx + 1 < len(serials) else end_k
        # (a row's borders on lines of their own, ``|``, are no cells)
        lines = [x for x in _drop_repeated_header(body[k + 1 : stop], header_names) if x.text not in _BORDERS]
        parsed, trailing = _parse_row(body[k], lines, after, bool(before), units, lead_first, after_names)
        row = parsed.row
        if row is not None:
            if parsed.lead_names:
                lead_cells.append(parsed.lead_names)
            if parsed.lead_shaped is not None:
                shaped.append((row, parsed.lead_shaped))
            if row.heading:
                group = row.heading
            elif group and not before:
                row.heading = group
            if before:
                row.heading = group
                if printed is not None:
                    row.start = printed.start
            if parsed.missing_unit:
                if carried is not None and not row.entries and not parsed.units_in_text:
                    row.entries = list(carried.entries)
                    row.posts = list(carried.posts)
                    row.open_list = carried.open_list
                    row.roles_known = carried.roles_known
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
        printed = None
        if before and trailing:
            group = trailing[-1].text
            printed = trailing[-1]
    if shaped and lead_cells and max(lead_cells) == 1:
        # 区教体局 / 东孝街道 / 孝顺镇 …: every lead cell that fits its column names one body, so the lines
        # beyond it are the last column's list printed one name a line
        for row, (cells, roles, block) in shaped:
            scratch = TableRow(row.serial, row.start, row.end, row.text, row.text_start, row.text_end)
            assign_units(cells, roles, block, units, scratch, lead_first=lead_first)
            row.entries, row.roles_known = scratch.entries, scratch.roles_known
    return rows, body[end_k - 1].end if end_k else header_end, len(serials)


def _serial_rows(body: list[Line], names: list[str]) -> tuple[list[int], int]:
    """The lines of ``body`` that open a row (serial numbers 1, 2, 3 … in sequence, a repeated
    header skipped) and the line where the table ends (an attachment line, a new header, a run
    of lines with no row, or the end of ``body``)."""
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
            column_kind(line) == "serial"
            or column_kind(line) is not None
            and k + 1 < len(body)
            and column_kind(body[k + 1].text) == "serial"
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
    return serials, end_k


def _drop_repeated_header(lines: list[Line], names: list[str]) -> list[Line]:
    """A row's lines without the header a page break repeated inside them."""
    texts = [x.text for x in lines]
    for k in range(len(texts) - len(names) + 1):
        if texts[k : k + len(names)] == names:
            return lines[:k] + lines[k + len(names) :]
    return lines
