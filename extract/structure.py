"""A document's numbered hierarchy: ``一、`` / ``（一）`` / ``1.`` / ``1、`` / ``（1）`` / ``①`` / ``第X条``.

Markers are read at the start of a line of the normalised text (page breaks inside
sentences are already joined there, ASCII brackets are full-width). Levels are not fixed
by marker style: the first style met is the top level and each new style nests under the
one before, so a plan that starts at ``（一）`` or a notice whose items are ``1.`` both work.
A section spans from its marker to the next marker of the same or a higher level.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from policykg.extract.patterns import cn_small_number
from policykg.extract.records import Section, Source
from policykg.extract.text import line_start_matches

_CN_NUM = "一二三四五六七八九十百零〇"
# One marker at the start of a line, by style. ``1.5万`` or ``2024年`` are not markers.
MARKER_RE = re.compile(
    rf"^(?:(?P<cn>[{_CN_NUM}]{{1,4}})、"
    rf"|[（〔](?P<pcn>[{_CN_NUM}]{{1,4}})[）〕]"
    r"|(?P<num>\d{1,3})(?:[.、](?!\d)|．)"
    r"|[（〔](?P<pnum>\d{1,3})[）〕]"
    r"|(?P<circ>[①-⑳])"
    rf"|(?P<art>第[{_CN_NUM}\d]{{1,5}}(?P<artkind>[编章节条]))[\s　]*)",
    re.MULTILINE,
)
#: The characters a marker can start with: a cheap test before :data:`MARKER_RE`.
MARKER_FIRST = frozenset("（〔第0123456789" + "".join(map(chr, range(ord("①"), ord("⑳") + 1))) + _CN_NUM)
# Lines that end the body of the last item: attachments, signatures, dates, notes.
_TAIL_RE = re.compile(
    r"^(?:附件\s*\d*[：:]|附件$|抄送[：:]|特此通知|\d{4}年\d{1,2}月\d{1,2}日$|[（(]此件|[（(]联系人)",
    re.MULTILINE,
)
_HEADING_END = re.compile(r"[。；！？：\n]")
_MAX_HEADING = 60
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[)）]$")


def _style(m: re.Match[str]) -> str:
    # The alternative that matched is the last group closed (``art`` holds ``artkind``).
    kind = m.lastgroup
    return "art" + m.group("artkind") if kind == "art" else kind


def _label(m: re.Match[str]) -> str:
    kind = m.lastgroup
    value = m.group(kind)
    return f"（{value}）" if kind == "pcn" or kind == "pnum" else value


def marker_number(m: re.Match[str]) -> tuple[str, int] | None:
    """``(style, number)`` of a :data:`MARKER_RE` match that counts items (四、 → ``("cn", 4)``,
    （12） → ``("pnum", 12)``, ③ → ``("circ", 3)``); None for an article (第五条) or a numeral
    past the small ones."""
    kind = m.lastgroup
    if kind == "art":
        return None
    n = m.group(kind)
    value = int(n) if kind in ("num", "pnum") else ord(n) - ord("①") + 1 if kind == "circ" else cn_small_number(n)
    return None if value is None else (kind, value)


def heading_of(text: str, start: int, end: int) -> tuple[str, int]:
    """The heading words of an item whose text (after the marker) is ``text[start:end]``.

    Returns:
        ``(heading, heading_end)``: the words up to the first full stop, semicolon or line
        end (a trailing bracketed note such as ``（由市科技局牵头）`` left out), and where
        they end in ``text``.
    """
    m = _HEADING_END.search(text, start, end)
    stop = m.start() if m else end
    heading = text[start:stop]
    # 加强组织领导（由市科技局牵头）: the note is an annotation, not heading words.
    heading = _TRAILING_NOTE.sub("", heading) if heading.endswith(("）", ")")) else heading
    if len(heading) > _MAX_HEADING:
        comma = heading.rfind("，", 0, _MAX_HEADING)
        heading = heading[:comma] if comma > 8 else heading[:_MAX_HEADING]
    return heading.strip(), stop


# A long line cut inside a sentence: the last character a word's, not a stop, a bracket or a figure.
_CHUNK_LINE = 100
_MID_SENTENCE_END = re.compile(r"[\u4e00-\u9fff]")
# The length of a chunk filled up (the sharing sites cut some 300 characters a chunk, fewer once spaces and
# readings are folded away): a list's item rarely runs so long with no stop at its end.
_CHUNK_FULL = 200
# How many lines a chunk may have been broken into before its last (a label starting a line: …单位称号：⏎制定日期：…).
_CHUNK_LINES = 3
# An earlier chunk's counter opening the line a chunk counter follows.
_CHUNK_OPENS = re.compile(r"[ \t\u3000]*(\d{1,3})、")
# A document's own heading run into the words before it, as a chunk holds them once its line breaks are gone:
# …部署。一、加强…, …支持（一）强化…, …责任体系1.深入….
_RUN_IN_HEADING = re.compile(
    r"[。；][一二三四五六七八九十]{1,3}、|[^\s][（(][一二三四五六七八九十]{1,3}[）)]|[\u4e00-\u9fff]\d{1,2}[.．](?=[\u4e00-\u9fff])"
)


def _chunk_counter(text: str, at: int, m: re.Match[str]) -> bool:
    """Whether the ``N、`` at ``at`` is a document-sharing page's chunk counter, not an item's marker.

    Such pages cut a document into numbered chunks wherever a chunk fills up, mid-sentence:
    ``…不适航渔船出港等`` / ``3、行为。``. An item's marker follows a sentence's or a heading's end;
    a marker after a long line that stops inside a sentence continues it when that line shows it is a chunk
    itself: an earlier counter opens it, and it is a full chunk's length or the document's own headings run
    into its words (a long item of a list may close on its owner with no stop: ``…由县生态环境局牵头负责`` /
    ``2、…``, and the next item stays one).
    """
    if m.lastgroup != "num" or text[m.end("num") : m.end("num") + 1] != "、" or m.group("num") in ("0", "1"):
        return False
    j = at - 1
    while j >= 0 and text[j] in "\n \t\u3000":
        j -= 1
    if j < 0 or not _MID_SENTENCE_END.match(text[j]):
        return False
    line = text.rfind("\n", 0, j) + 1
    if j - line + 1 <= _CHUNK_LINE:
        return False
    earlier = _CHUNK_OPENS.match(text, line, j)
    for _ in range(_CHUNK_LINES - 1):
        if earlier is not None or line == 0:
            break
        line = text.rfind("\n", 0, line - 1) + 1
        earlier = _CHUNK_OPENS.match(text, line, j)
    return (
        earlier is not None
        and int(earlier.group(1)) < int(m.group("num"))
        and (j - line + 1 >= _CHUNK_FULL or _RUN_IN_HEADING.search(text, earlier.end(), j) is not None)
    )


def chunk_counter_at(text: str, at: int) -> bool:
    """Whether a document-sharing page's chunk counter (:func:`_chunk_counter`) opens the line at ``at``: the
    line break before it cuts a sentence, no item of a list opens there."""
    return text[at : at + 1] in _DIGIT_FIRST and (m := MARKER_RE.match(text, at)) is not None and _chunk_counter(text, at, m)


_DIGIT_FIRST = frozenset("0123456789")


def without_chunk_counters(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without the document-sharing page's chunk counters inside it (:func:`_chunk_counter`).

    Each counter goes with the line break and blanks before it (``…渔船出港等⏎3、行为。`` reads
    ``…渔船出港等行为。``): the clause it cut is read whole. Offsets into ``text`` are not touched; only the
    words of the span are given.
    """
    if text.find("\n", start, end) < 0 or text.find("、", start, end) < 0:
        return text[start:end]
    parts: list[str] = []
    last = start
    p = text.find("\n", start, end)
    while p >= 0:
        at = p + 1
        if at < end and text[at] in _DIGIT_FIRST and (m := MARKER_RE.match(text, at)) and _chunk_counter(text, at, m):
            cut = p
            while cut > last and text[cut - 1] in "\n \t\u3000":
                cut -= 1
            parts.append(text[last:cut])
            last = min(m.end("num") + 1, end)
        p = text.find("\n", at, end)
    parts.append(text[last:end])
    return "".join(parts)


#: A table of contents' dot leader and the page number after it (``第一章 总则 ………… 1``), or the line's end.
_LEADER = re.compile(r"(?:[.．·…]\s?){6,}\s*(?:\d{1,3}(?!\d)|$)", re.MULTILINE)
#: How far after a marker its entry's leader may stand (the heading's longest reach and a page number).
_LEADER_REACH = _MAX_HEADING + 20


def _contents_entry(text: str, end: int) -> bool:
    """Whether the marker ending at ``end`` opens an entry of a table of contents: its heading runs into a dot
    leader (``第二章 规划目标 ......12``), which lists a heading found further on and opens no section."""
    line_end = text.find("\n", end, end + _LEADER_REACH)
    seg = text[end : line_end if line_end >= 0 else end + _LEADER_REACH]
    return ("..." in seg or "…" in seg or "··" in seg or "．．" in seg) and _LEADER.search(seg) is not None


def parse_sections(text: str, *, document: str | None = None) -> list[Section]:
    """The numbered items of one document, outermost first in reading order.

    Args:
        text: the document's normalised text (title line to end).
        document: the document's number, copied into each section.

    Returns:
        One :class:`Section` per numbered item, with ``path`` such as
        ``("二", "（一）", "1")``, its heading words, and ``source`` spanning the whole item
        (marker to the start of the next item at the same or a higher level).
    """
    markers = [mm for mm in line_start_matches(MARKER_RE, text)
               if not _chunk_counter(text, mm[0][0], mm[1]) and not _contents_entry(text, mm[0][1])]
    if not markers:
        return []
    tail = next(line_start_matches(_TAIL_RE, text, markers[-1][0][0]), None)
    doc_end = tail[0][0] if tail else len(text)
    styles: list[str] = []  # the open styles, outermost first
    open_items: list[tuple[int, list]] = []  # (level, [path, heading, start])
    sections: list[tuple[tuple[str, ...], str, int, int]] = []

    def close(level: int, at: int) -> None:
        while open_items and open_items[-1][0] >= level:
            _, (path, heading, start) = open_items.pop()
            sections.append((path, heading, start, at))

    for (at, end), m in markers:
        style = _style(m)
        if style in styles:
            level = styles.index(style)
            del styles[level + 1 :]
        else:
            styles.append(style)
            level = len(styles) - 1
        close(level, at)
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        heading, _ = heading_of(text, end, line_end)
        parent = open_items[-1][1][0] if open_items else ()
        open_items.append((level, [(*parent, _label(m)), heading, at]))
    close(0, doc_end)
    sections.sort(key=lambda s: (s[2], -s[3]))
    out = []
    for path, heading, start, end in sections:
        end = _rstrip_end(text, start, end)
        out.append(Section(document=document, path=path, heading=heading, source=Source(start, end, text[start:end])))
    return out


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "\n ":
        end -= 1
    return end


class SectionIndex:
    """A document's sections, searchable for the innermost one holding a position.

    The sections are sorted by start once. Sections that nest as a tree (each one inside the
    last open one, its path longer) are looked up from the last section starting at or
    before the position up through its parents: the first that holds the position is the
    innermost. Others are read as a list: every section starting at or before the position.
    """

    def __init__(self, sections: list[Section]) -> None:
        # (start, end, depth, order in the list, section), a parent before its children
        self._items = sorted(
            ((s.source.start, s.source.end, len(s.path), i, s) for i, s in enumerate(sections) if s.source),
            key=lambda item: (item[0], -item[1], item[3]),
        )
        self._starts = [item[0] for item in self._items]
        self._parents: list[int] | None = self._tree(self._items)

    @staticmethod
    def _tree(items: list[tuple[int, int, int, int, Section]]) -> list[int] | None:
        """Each item's parent (-1 for none) when the items nest as a tree with paths longer
        inside, else None."""
        parents: list[int] = []
        open_: list[int] = []
        for k, (start, end, depth, _, _) in enumerate(items):
            while open_ and items[open_[-1]][1] <= start:
                open_.pop()
            if open_:
                _, outer_end, outer_depth, _, _ = items[open_[-1]]
                if end > outer_end or depth <= outer_depth:
                    return None  # overlapping sections, or a path no longer inside: read as a list
                parents.append(open_[-1])
            else:
                parents.append(-1)
            open_.append(k)
        return parents

    def at(self, pos: int) -> Section | None:
        """The innermost section whose span holds ``pos``: the one with the longest path, the
        first listed of those."""
        k = bisect_right(self._starts, pos)
        parents = self._parents
        if parents is not None:
            k -= 1
            items = self._items
            while k >= 0 and items[k][1] <= pos:
                k = parents[k]
            return items[k][4] if k >= 0 else None
        best, depth, first = None, -1, 0
        for _, end, n, i, s in self._items[:k]:
            if pos < end and (n > depth or n == depth and i < first):
                best, depth, first = s, n, i
        return best
