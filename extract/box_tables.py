"""Tables drawn with box-drawing characters, rewritten as pipe rows.

Text converted from a word processor or a PDF may draw a task table with rules
(``┌─┬─┐``, ``├─┼─┤``, ``└─┴─┘``) and column borders (``│``), each cell wrapped over as
many lines as its text needs::

    ┌──────────────┬──────┬──────────┐
    │ 工 作 任 务  │分管领│牵头实施单位 │
    │              │ 导   │          │
    ├──────────────┼──────┼──────────┤
    │推进城市更新   │王明远│各县(市、区)│
    ├──────────────┤      │政府,市住建 │
    │△新建公园8个   │      │局          │
    └──────────────┴──────┴──────────┘

Read line by line, such a table glues the pieces of different cells together and puts its
rules into the text. :func:`unbox` rewrites each such block as the pipe rows the table
readers already know (``|工作任务|分管领导|牵头实施单位|``), one row a line, before the text is
normalised; every character copied keeps its place in the raw text through the offset map.

How the rows are found:

- ``│`` (and every other vertical or junction character) separates columns; a piece made
  of horizontal rules only (``───``) closes the cell of its column, so a column's cell is
  the text of its pieces over the lines between two of its rules, joined;
- a row starts where a cell starts. A cell that runs on past the start of a row in another
  column is a merged cell: it is written whole in the row where it starts and left blank in
  the rows below, as a merged cell prints in a pipe table (the readers carry unit and group
  cells down). The task column (the one with the most text) is the exception: its text
  does not carry, so it is split where one of its lines opens a new item (``△``, ``1.``),
  and a row that would start inside one of its items is no row;
- a line with fewer columns than the table (a heading spanning the table) is a row of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# Lines of horizontal rule, and everything else of the block: borders and junctions.
_HORIZONTAL = frozenset("─━┄┅┈┉╌╍═╴╶╸╺╼╾")
_BOX_FIRST, _BOX_LAST = 0x2500, 0x257F
VERTICALS = ("│", "┃", "║")
"""The column borders one of which every box-drawn table holds (the cheap test before reading one)."""
# A line opening a new item of a task cell: a bullet or a serial (△, ●, 1., （2）, ③, 一、).
_ITEM_START = re.compile(
    r"[△▲▽▼●○◆◇■□▪▫•·★☆※►→√]|\d{1,2}[.、．）)]|[（(]\d{1,2}[）)]|[（(]?[一二三四五六七八九十]{1,3}[、）)]"
    r"|[\u2460-\u2473\u2776-\u277f]"
)
_MIN_ROWS = 2  # a rule line and a line of cells at least


@dataclass
class _Piece:
    line: int
    start: int  # raw offset of the piece's first character after stripping
    text: str


@dataclass
class _Cell:
    pieces: list[_Piece] = field(default_factory=list)
    first: int = -1  # its first and last line (rules excluded)
    last: int = -1
    opened: int = -1  # the line of the rule above it

    def text_from(self, line: int) -> bool:
        """Whether the cell has text on ``line`` or below."""
        return any(p.text for p in self.pieces if p.line >= line)


def _is_box(c: str) -> bool:
    return _BOX_FIRST <= ord(c) <= _BOX_LAST


def _segments(raw: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The spans between the borders of the line ``raw[a:b]``; None when it holds no border."""
    out: list[tuple[int, int]] = []
    s = None
    for i in range(a, b):
        c = raw[i]
        if _is_box(c) and c not in _HORIZONTAL:
            if s is not None:
                out.append((s, i))
            s = i + 1
    return out if s is not None else None


def _is_rule(raw: str, a: int, b: int) -> bool:
    body = raw[a:b].strip()
    return bool(body) and all(c in _HORIZONTAL for c in body)


def _blocks(raw: str) -> list[list[tuple[int, int]]]:
    """Runs of lines (``(start, end)`` raw spans) that open with a box-drawing character."""
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    pos = 0
    n = len(raw)
    while pos <= n:
        end = raw.find("\n", pos)
        if end < 0:
            end = n
        body = raw[pos:end].lstrip(" \t\u3000")
        if body and _is_box(body[0]):
            run.append((pos, end))
        elif run:
            blocks.append(run)
            run = []
        pos = end + 1
    if run:
        blocks.append(run)
    return [b for b in blocks if len(b) > _MIN_ROWS]


def _rows(raw: str, lines: list[tuple[int, int]]) -> list[list[list[_Piece]]] | None:
    """The rows of one block, each a list of cells, each the pieces of its text."""
    segs = [_segments(raw, a, b) for a, b in lines]
    counts = Counter(len(s) for s in segs if s)
    if not counts:
        return None
    width = counts.most_common(1)[0][0]
    if width < 2:
        return None
    # The cells of each column, and the rows of spanning lines (fewer columns than the table).
    columns: list[list[_Cell]] = [[] for _ in range(width)]
    current: list[_Cell | None] = [None] * width
    spanning: dict[int, list[_Piece]] = {}

    def close(c: int) -> None:
        cell = current[c]
        if cell is not None and cell.first >= 0:
            columns[c].append(cell)
        current[c] = None

    ruled = [0] * width  # the line of each column's last rule
    for i, seg in enumerate(segs):
        if not seg:
            continue
        if len(seg) != width:
            for c in range(width):
                close(c)
                ruled[c] = i
            if not all(_is_rule(raw, a, b) for a, b in seg):
                spanning[i] = [_piece(raw, i, a, b) for a, b in seg if raw[a:b].strip()]
            continue
        for c, (a, b) in enumerate(seg):
            if _is_rule(raw, a, b):
                close(c)
                ruled[c] = i
                continue
            cell = current[c]
            if cell is None:
                cell = current[c] = _Cell(opened=ruled[c])
            if cell.first < 0:
                cell.first = i
            cell.last = i
            cell.pieces.append(_piece(raw, i, a, b))
    for c in range(width):
        close(c)
    # The task column: the most text below the first row of cells (the header).
    header_end = min((col[0].last for col in columns if col), default=-1)
    task = max(range(width), key=lambda c: sum(len(p.text) for cell in columns[c] for p in cell.pieces
                                               if p.line > header_end))
    # A row opens where a cell does; in the task column, also on the rule line of another
    # column's new cell when a task item opens there (the rule drawn beside the item's first line).
    found = set(spanning) | {cell.first for cell in columns[task]}
    for c, col in enumerate(columns):
        if c != task:
            for cell in col:
                found.add(next((t for t in range(max(cell.opened, 0), cell.first)
                                if _row_start(columns[task], t, split_only=True)), cell.first))
    starts = [s for s in sorted(found) if _row_start(columns[task], s)]
    rows: list[list[list[_Piece]]] = []
    for k, s in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if s in spanning:
            rows.append([spanning[s]])
            continue
        row: list[list[_Piece]] = []
        for c in range(width):
            pieces: list[_Piece] = []
            for cell in columns[c]:
                if c == task:
                    pieces += [p for p in cell.pieces if s <= p.line < stop]
                elif s <= cell.first < stop:
                    if pieces and cell.pieces:
                        pieces.append(_Piece(cell.pieces[0].line, cell.pieces[0].start, "，"))
                    pieces += cell.pieces
            row.append([p for p in pieces if p.text])
        rows.append(row)
    return rows


def _row_start(task: list[_Cell], s: int, *, split_only: bool = False) -> bool:
    """Whether a row may start on line ``s``: no task cell runs across it, or the one that does
    opens an item there (``split_only``: only the latter)."""
    for cell in task:
        if cell.first < s <= cell.last:
            piece = next((p for p in cell.pieces if p.line >= s and p.text), None)
            return piece is not None and piece.line == s and _ITEM_START.match(piece.text) is not None
    return not split_only


def _piece(raw: str, line: int, a: int, b: int) -> _Piece:
    body = raw[a:b]
    stripped = body.strip(" \t\u3000")
    lead = len(body) - len(body.lstrip(" \t\u3000"))
    return _Piece(line, a + lead, stripped)


def unbox(raw: str) -> tuple[str, list[int], list[int]] | None:
    """``raw`` with its box-drawn tables rewritten as pipe rows, or None when it has none.

    Args:
        raw: the text as read.

    Returns:
        ``(text, starts, raw_starts)``: the rewritten text and its offset map, chunk by chunk
        (chunk ``i`` starts at ``starts[i]`` in ``text`` and at ``raw_starts[i]`` in ``raw``,
        and runs on character for character).
    """
    out: list[str] = []
    starts: list[int] = []
    raw_starts: list[int] = []
    size = 0

    def put(s: str, at: int) -> None:
        nonlocal size
        if s:
            out.append(s)
            starts.append(size)
            raw_starts.append(at)
            size += len(s)

    pos = 0
    found = False
    for block in _blocks(raw):
        rows = _rows(raw, block)
        if not rows:
            continue
        found = True
        a, b = block[0][0], block[-1][1]
        put(raw[pos:a], pos)
        rows = [row for row in rows if any(row)]
        for k, row in enumerate(rows):
            first = min(p.start for cell in row for p in cell)
            end = first
            put("|", first)
            for cell in row:
                for p in cell:
                    put(p.text, p.start)
                    end = max(end, p.start + len(p.text))
                put("|", cell[-1].start + len(cell[-1].text) if cell else end)
            if k + 1 < len(rows):
                put("\n", end)
        pos = b
    if not found:
        return None
    put(raw[pos:], pos)
    return "".join(out), starts, raw_starts
