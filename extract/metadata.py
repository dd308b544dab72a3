"""What a file says about its document outside the body, and how that meets what the body says.

Every reader (:mod:`policykg.extract.readers`) hands its text here, with the metadata it
found outside the text (a portal page's table, ``<meta>`` tags). This one stage, shared
by every format, reads what is written *before* the body of a one-document file:

- YAML front matter (``---`` … ``---``) with ``标题``/``文号``/``发布单位``/``发布日期`` …;
- portal metadata lines, several on one line or a value on the next line
  (``发文字号：…``, ``成文日期:…``, ``索  引  号：…``, ``发文机关``, ``主题分类``);
- metadata table rows, a label cell beside its value (``文号 | …``, ``| 标题 | … |``) or a
  header row over a value row.

and settles the document's identity with it (:func:`settle`): the body's own number,
signature date, issuer and title win, and the metadata fills what the body does not
state; where the two disagree a note says so. Labels are known by their words (one
table, :data:`META_ALIASES`), spaced or not (``标　　题``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from policykg.extract.patterns import (
    DASHED_DATE,
    DATE_IN_WORDS,
    SLASHED_DATE,
    TITLE_END,
    VERB_LED,
    squash,
    word_trie,
)

if TYPE_CHECKING:
    from policykg.extract.readers.base import ReadResult

#: The state's name a catalogue may put before a national body's (中华人民共和国国务院).
STATE_NAME = "中华人民共和国"

#: Metadata labels and the key each fills.
META_ALIASES: dict[str, str] = {
    "索引号": "索引号",
    "主题分类": "主题分类",
    "分类": "主题分类",
    "主题词": "主题词",
    "关键词": "主题词",  # a portal's row (发布机构:某中心 | 关 键 词:工作信息 |): its value no issuer's
    "发布机构": "发布机构",
    "发文机关": "发布机构",
    "发文机构": "发布机构",
    "发文单位": "发布机构",
    "发布单位": "发布机构",
    "发布部门": "发布机构",
    "发文部门": "发布机构",
    "颁布部门": "发布机构",
    "颁布机关": "发布机构",
    "颁布单位": "发布机构",
    "制发机关": "发布机构",
    "制定机关": "发布机构",  # a law database's record (【制定机关】某市人民政府办公厅)
    "发布机关": "发布机构",
    "所属机构": "发布机构",  # a portal's catalogue row (所属机构 | 某县商务局)
    "公开责任部门": "公开责任部门",  # the office that publishes it: the issuer only when nothing else names one
    "发文字号": "发文字号",
    "文号": "发文字号",
    "发文编号": "发文字号",
    "文件编号": "发文字号",
    "发文号": "发文字号",
    "字号": "发文字号",  # 【字 号】某政办〔2020〕1号
    "标题": "标题",
    "文件名称": "标题",
    "文件标题": "标题",
    "名称": "标题",
    "信息名称": "标题",
    "中文名": "标题",  # a wiki's or baike's infobox (中文名 | 某县关于…的实施方案 | 发布单位 | 某县人民政府 |)
    "有效性": "有效性",
    "时效性": "有效性",
    "效力状态": "有效性",
    "来源": "来源",
    "作者": "作者",  # a byline: a person's name, or a body's (the issuer only when nothing else names one)
    "文章来源": "来源",
    # front matter written in English
    "title": "标题",
    "number": "发文字号",
    "doc_number": "发文字号",
    "issuer": "发布机构",
    "publisher": "发布机构",
    "date": "发布日期",
    "author": "作者",
}
#: Date labels: what was done on the date, and the key its date fills. Each is read with 日期 or
#: 时间 after it, alone or after 公文/文件 (``成文时间``, ``公文生成日期``, ``文件印发日期``).
DATE_LABEL_EVENTS: dict[str, str] = {
    "成文": "成文日期",
    "发文": "成文日期",
    "签发": "成文日期",
    "签署": "成文日期",
    "生成": "成文日期",  # the date a portal's catalogue gives the document
    "印发": "成文日期",
    "制发": "成文日期",
    "颁布": "成文日期",  # a regulation's promulgation is its date, not a page's publication
    "颁发": "成文日期",  # (颁发时间：2022-05-20: the same act)
    "发布": "发布日期",
    "公布": "发布日期",
    "公开": "发布日期",
    "撰写": "发布日期",  # a portal article's own date, not the document's
    "生效": "生效日期",
    "施行": "生效日期",
    "实施": "生效日期",
    "执行": "生效日期",  # a law database's 执行日期: the day the text takes effect
    "失效": "失效日期",
    "废止": "失效日期",
}
META_ALIASES.update(
    {f"{prefix}{event}{word}": key for event, key in DATE_LABEL_EVENTS.items()
     for word in ("日期", "时间") for prefix in ("", "公文", "文件")}
)
# The day a text's term ends, named by the term (信息时效期:2029-03-18, 有效期至：2028年12月31日).
META_ALIASES.update({"时效期": "失效日期", "信息时效期": "失效日期", "有效期至": "失效日期"})
# A byline's date (作者：某局 发布于：2006-12-31 14:07:00): the page's.
META_ALIASES["发布于"] = "发布日期"
# A catalogue row's short date labels, 日 for 日期 (索 引 号 … 发布机构 … 公开日 2023-07-04).
META_ALIASES.update({f"{event}日": DATE_LABEL_EVENTS[event] for event in ("成文", "发布", "公开")})
# Marks a portal puts before its list items (``• 发文日期:``).
#: List bullets a rendered page puts before a label, a value or a title line.
BULLETS = "•·∙●○◆◇■□▪▶►△▲-*"
#: What a portal may print between a label's characters, and between a label and its colon: spaces, or the
#: question marks a page whose spaces were lost in its encoding shows for them (名   ?称?:, 成?文?日?期?:).
_LABEL_GAP = r"[ \t\u3000\xa0?？]*"
# (a trie of the labels, each character perhaps spaced from the next)
_LABEL_ALTERNATION = word_trie(META_ALIASES, gap=_LABEL_GAP)
# A label then its colon: 发文字号：…, 标  题:…
# A label then its colon: 发文字号：…, 标  题:…, or in brackets: 【发文字号】…, [文号]:…
_META_LABEL = re.compile(
    rf"(?:[【\[［]\s*(?P<blabel>{_LABEL_ALTERNATION.replace('?P<', '?P<b')})\s*[】\]］][ \t\u3000\xa0]*[:：]?"
    rf"|(?P<label>{_LABEL_ALTERNATION}){_LABEL_GAP}[:：])",
    re.I,
)
# The first character of any label: lines starting otherwise are skipped at once.
_LABEL_START = re.compile(
    "[【\\[［" + re.escape("".join(sorted({k[0] for k in META_ALIASES} | {k[0].upper() for k in META_ALIASES}))) + "]"
)
#: A label of no key with no value (a page counter's 浏览次数：), or with a time stamp for its value (a byline's
#: 时间：2024-06-18 15：36), before a label of one, perhaps a bar between.
_EMPTY_OTHER_LABEL = re.compile(
    rf"[\u4e00-\u9fff]{{2,6}}：[ \t\u3000\xa0]*(?:(?:{DASHED_DATE}|{SLASHED_DATE}|{DATE_IN_WORDS})"
    r"(?:[ \t\u3000\xa0]*\d{1,2}：\d{2}(?:：\d{2})?)?|\d{1,9}(?![\d年月./-]))?"
    r"[ \t\u3000\xa0|｜]*"
)
#: How many such labels may stand before one of a key.
_EMPTY_LABELS_MAX = 4


def _past_empty_labels(head: str) -> int | None:
    """Where the first label of a key stands after the empty labels of no key a line opens with, or None."""
    at = 0
    for _ in range(_EMPTY_LABELS_MAX):
        if (skip := _EMPTY_OTHER_LABEL.match(head, at)) is None:
            return None
        at = skip.end()
        if _META_LABEL.match(head, at) is not None:
            return at
    return None
def byline_line(line: str) -> bool:
    """Whether a line is a page's byline opening with labels of no key, perhaps with a time stamp for their
    value, before a label of one (``时间：2022-11-27 09：17：08来源：某网``, ``浏览次数：来源：…``): the page's
    furniture, no line of its text."""
    return "：" in line[2:8] and _past_empty_labels(line.lstrip(_META_STRIP)) is not None


# A label cell alone (a table row split at | or tabs).
_LABEL_CELL = re.compile(rf"^(?:{_LABEL_ALTERNATION}){_LABEL_GAP}[:：]?$", re.I)
_CELL_SPLIT = re.compile(r"\s*[|｜\t]\s*")
_TABLE_RULE = re.compile(r"^[\s|｜:：\-—=+]+$")
# Cell separators, spaces and list bullets around a value in a rendered metadata table.
_META_STRIP = " |｜\t\u3000\xa0" + BULLETS
# Labels written in Chinese: only these are read without a colon after them, separated from
# their value by spaces or glued to it (``发文字号武政办〔2020〕1号``, ``文    号 蔡政办〔2023〕1号``).
_BARE_ALTERNATION = word_trie([k for k in META_ALIASES if "\u4e00" <= k[0] <= "\u9fff"], gap=_LABEL_GAP)
_BARE_LABEL = re.compile(_BARE_ALTERNATION)
_LINE_LABEL = re.compile(
    rf"[{re.escape(BULLETS)}\s|｜]*(?:(?P<bracket>[【\[［])\s*)?(?:{_BARE_ALTERNATION})(?P<sep>{_LABEL_GAP}[:：|｜\]］】])?"
)
# What a value of a typed label starts with: a date or a document number.
_TYPED_VALUE = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}|[\u4e00-\u9fff]{1,12}\s*[〔\[［【（(﹝„〖]\s*(?:19|20)\d{2}|[\u4e00-\u9fff]{1,16}令第)"
)


def _label(m: re.Match[str]) -> str:
    """The label a :data:`_LINE_LABEL` match holds, without bullets, brackets, bars and colons."""
    return _label_words(m.group(0)).strip(BULLETS + "【[［]］】|｜:：")


def _label_key(m: re.Match[str]) -> str:
    """The metadata key of the label a :data:`_LINE_LABEL` match holds."""
    return _key(_label(m))


def title_label_value(line: str) -> str | None:
    """The title a line gives under a title label (``标题：X``, ``名 称: | X |``, ``信息名称X``), else
    None: a page's own name for the document, which a title found further down does not replace."""
    m = _LINE_LABEL.match(line)
    if m is None or not is_metadata_line(line):
        return None
    cells = [c for c in _CELL_SPLIT.split(line.strip(_META_STRIP)) if c]
    if len(cells) >= 2 and all(_LABEL_CELL.match(c) for c in cells):
        return None  # | 标题 | 文号 | …: a header row over the values
    if _label_key(m) != "标题":
        return None
    value = line[m.end():].lstrip(_META_STRIP + ":：")
    nxt = _META_LABEL.search(value)  # 标题 X 文号 Y, 名称：X 文号：(empty): the value runs to the next label
    value = value[: nxt.start()] if nxt else value
    if (bar := _CELL_SPLIT.search(value)) is not None:
        value = value[: bar.start()]  # 中文名 | X | 发布单位 | Y |: a row of cells, the value the label's next one
    return value.strip(_META_STRIP + ":：") or None


def is_metadata_line(line: str) -> bool:
    """Whether a line is a portal's metadata line: a label, then its value.

    A label followed by a colon, a cell bar or in brackets always is (``发文字号：…``,
    ``【文号】…``); a label followed by spaces or glued to its value is when the line
    holds a second label (``发布机构 区政府办公室 文  号 蔡政办〔2023〕1号``,
    ``发文机构武汉市人民政府办公厅发文字号…``) or its value is a date or a number
    (``成文日期2020年01月17日``): a sentence that merely starts with such a word is not.

    Args:
        line: one line, spaces kept or not.
    """
    if len(line) > 240:
        return False
    m = _LINE_LABEL.match(line)
    if m is None:
        return False
    if m.group("sep") or m.group("bracket"):
        return True
    if _BARE_LABEL.search(line, m.end()) is not None or _TYPED_VALUE.match(line, m.end()) is not None:
        return True
    # a title label glued to a value that ends as titles do (信息名称平凉市…工作规则); the bare 名称,
    # which opens sentences too, only before such a value that opens as titles do, spaced or not once
    # normalised (名称 关于印发《…》的通知: a catalogue row)
    return _label_key(m) == "标题" and TITLE_END.search(line.rstrip()) is not None \
        and (_label(m) != "名称" or line[m.end() :].lstrip(" \t\u3000\xa0").startswith("关于"))


def label_before(head: str) -> str:
    """The metadata key of the label ``head`` ends with (``发文机关：``, ``索引号 X 发布机构``, ``【文号】``), or ``""``:
    what the value printed right after ``head`` on its line is the value of."""
    head = head.rstrip(_META_STRIP + ":：】]］")
    found = list(_BARE_LABEL.finditer(head, max(0, len(head) - _LABEL_REACH)))
    return _key(found[-1].group(0)) if found and found[-1].end() == len(head) else ""


#: How far before a value its label may start (the longest label, spaced out).
_LABEL_REACH = 24


_DATE_VALUE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})")
#: A fence of a Markdown page's YAML front matter (--- / title: … / ---): a line of three hyphens or more.
_FRONT_MATTER_FENCE = re.compile(r"-{3,}[ \t]*(?:\n|$)")
#: How many lines a front matter may hold, its fences included.
_FRONT_MATTER_LINES = 42
# How far into a file its metadata may reach, in lines, from its start and from its end.
_HEAD_LINES = 80
_TAIL_LINES = 30


def _label_words(label: str) -> str:
    """A label's own characters, without the spaces or question marks (:data:`_LABEL_GAP`) printed between them."""
    return squash(label).replace("？", "").replace("?", "")


def _key(label: str) -> str:
    words = _label_words(label)
    return META_ALIASES.get(words) or META_ALIASES.get(words.lower(), "")


def metadata_from_lines(lines: list[str]) -> dict[str, str]:
    """Metadata written as labelled lines or table rows.

    Args:
        lines: lines of text (a page's metadata block, a file's head).

    Returns:
        ``{key: value}`` with the keys of :data:`META_ALIASES`'s values; the first value
        of each key wins.
    """
    out: dict[str, str] = {}
    last, had = -_ROW_REACH - 1, 0  # the last line that gave a value; how many values were read before this line
    for i, line in enumerate(lines[:400]):
        if len(out) > had:
            last, had = i - 1, len(out)
        head = line.lstrip(_META_STRIP)
        if not head:
            continue
        if i - last <= _ROW_REACH and ("|" in line or "｜" in line) and (cells := _row_of_known_labels(line)):
            # 公开方式 | 主动公开 | 所属机构 | 某县商务局 |: a catalogue's row under the rows read, opening with a label
            # this reader does not know; the labels it knows are read in it all the same
            _cell_pairs(cells, out)
            continue
        no_start = _LABEL_START.match(head) is None
        if no_start or ("：" in head[2:8] and _META_LABEL.match(head) is None):
            # 浏览次数：有效性：成文日期：2023-03-06: a label this reader does not know, its value left empty,
            # runs on into labels it knows; a portal's byline may set them apart by bars (作者：|信息来源：|发布日期：…);
            # 时间：2024-06-18 15：36来源：X: one opening with a known label's character, its value a time stamp
            if "：" in head[2:8] and (skip := _past_empty_labels(head)) is not None:
                head = line = head[skip:]
            elif no_start:
                continue  # most lines: no label at their start (a first character no label has)
        cells = [c for c in _CELL_SPLIT.split(line.strip(_META_STRIP)) if c] if ("|" in line or "｜" in line
                                                                                or "\t" in line) else []
        if len(cells) >= 2 and all(_LABEL_CELL.match(c) for c in cells):
            _header_row(cells, lines[i + 1: i + 3], out)
            continue
        if len(cells) >= 2 and _LABEL_CELL.match(cells[0]):
            _cell_pairs(cells, out)
            continue
        if _META_LABEL.match(head) is None:
            if (dated := _LATIN_DATE.match(head)) is not None:
                _put(out, "发布日期", dated.group(1))  # date 2026-03-05 十四届…: a CMS's stamp before the story
            elif is_metadata_line(head) or _glued_in_block(lines, i, head):
                _bare_pairs(head, out)
            continue
        found = list(_META_LABEL.finditer(line))
        if not found or line[: found[0].start()].strip(_META_STRIP):
            continue
        for j, m in enumerate(found):
            key = _key(m.group("label") or m.group("blabel"))
            end = found[j + 1].start() if j + 1 < len(found) else len(line)
            value = line[m.end(): end]
            if ("|" in value or "｜" in value) and (cut := _BAR_THEN_LABEL.search(value)) is not None:
                value = value[: cut.start()]  # 【发布部门】X | 【发布文号】 |: the row's next label, one not known
            value = value.strip(_META_STRIP)
            if (
                not value
                and j + 1 == len(found)
                and i + 1 < len(lines)
                and not _META_LABEL.match(nxt := lines[i + 1].strip(_META_STRIP))
                and not _EMPTY_OTHER_LABEL.match(nxt)  # (所属机构： / 所属主题：综合政务: the label's value left empty)
            ):
                value = lines[i + 1].strip(_META_STRIP)
            _put(out, key, value)
            if key == "发布日期" and m.group("blabel") and _DATE_VALUE.fullmatch(value):
                # a law database's record (【公布日期】2020.01.17, a day and no time of day) dates the
                # document itself, not the page
                _put(out, "成文日期", value)
    return out


#: A bar, then a bracketed label of any name: where a law database's row (``【发布部门】X | 【发布文号】 |``)
#: ends one value, the next label perhaps not one :data:`META_ALIASES` knows.
_BAR_THEN_LABEL = re.compile(r"[ \t\u3000\xa0]*[|｜][ \t\u3000\xa0]*[【\[［][\u4e00-\u9fff]{2,8}[】\]］]")
#: How many lines under a catalogue's row read another row may stand that opens with a label not known.
_ROW_REACH = 2
#: The longest label cell.
_LABEL_CELL_MAX = 8


def _row_of_known_labels(line: str) -> list[str] | None:
    """The cells of a catalogue's row of label and value pairs (``公开方式 | 主动公开 | 所属机构 | 某县商务局 |``) whose
    first label is not one :data:`META_ALIASES` knows and a later one is, else None."""
    cells = [c for c in _CELL_SPLIT.split(line.strip(_META_STRIP)) if c]
    if len(cells) < 4 or len(cells[0]) > _LABEL_CELL_MAX or _LABEL_CELL.match(cells[0]) \
            or not any(_LABEL_CELL.match(c) for c in cells[2::2]):
        return None
    return cells


#: A page's date under its Latin label with no colon, the story run on after it (``date 2026-03-05 …``).
_LATIN_DATE = re.compile(rf"date[ \t\u3000\xa0]*({DASHED_DATE})(?!\d)", re.I)
#: What a value never holds: clause punctuation (a sentence opening with a label's words is no value).
_CLAUSE_PUNCT = re.compile(r"[，,。；;！？]")


def _glued_in_block(lines: list[str], i: int, head: str) -> bool:
    """Whether line ``i`` (``head``, its bullets gone) is a label glued to a value of any shape
    (``发文机关中共某某厅党组``) inside a block of metadata lines: a line next to it is one, and
    it holds no clause punctuation. Alone, such a line may be a sentence opening with a label's word."""
    if len(head) > 60 or _LINE_LABEL.match(head) is None or _CLAUSE_PUNCT.search(head):
        return False
    return any(0 <= k < len(lines) and is_metadata_line(lines[k].strip(_META_STRIP)) for k in (i - 1, i + 1))


def _bare_pairs(line: str, out: dict[str, str]) -> None:
    """Labels without colons, each value running to the next label (``发布机构X文号Y``)."""
    found = [m for m in _BARE_LABEL.finditer(line)]
    if not found or line[: found[0].start()].strip(_META_STRIP):
        return
    for j, m in enumerate(found):
        end = found[j + 1].start() if j + 1 < len(found) else len(line)
        _put(out, _key(m.group(0)), line[m.end(): end])


def _put(out: dict[str, str], key: str, value: str) -> None:
    value = value.strip(_META_STRIP).strip("\"'")
    if key and value and len(value) <= 200:
        out.setdefault(key, value)


def _cell_pairs(cells: list[str], out: dict[str, str]) -> None:
    """``标题 | X | 文号 | Y``: each label cell's value is the next cell that is not a label;
    a cell may hold its label and value both (``| 发文字号: | 发文时间:2023-01-05 |``)."""
    k = 0
    while k < len(cells):
        own = _META_LABEL.match(cells[k])
        if own and cells[k][own.end():].strip(_META_STRIP):
            _put(out, _key(own.group("label") or own.group("blabel")), cells[k][own.end():].strip(_META_STRIP))
            k += 1
        elif k + 1 < len(cells) and _LABEL_CELL.match(cells[k]) and not _LABEL_CELL.match(cells[k + 1]) \
                and not _META_LABEL.match(cells[k + 1]):
            _put(out, _key(cells[k].rstrip(":：")), cells[k + 1])
            k += 2
        else:
            k += 1


def _header_row(labels: list[str], below: list[str], out: dict[str, str]) -> None:
    """A header row of labels over one row of values (a markdown table)."""
    rows = [r for r in below if not _TABLE_RULE.match(r)]
    if not rows:
        return
    values = [c for c in _CELL_SPLIT.split(rows[0].strip(_META_STRIP))]
    if len(values) != len(labels):
        return
    for label, value in zip(labels, values, strict=True):
        _put(out, _key(label.rstrip(":：")), value)


def front_matter_end(text: str, start: int = 0) -> int:
    """Where the YAML front matter that opens ``text`` at ``start`` ends (--- / title: … / ---, a BOM before it
    skipped): the offset just after its closing fence's line; -1 when none opens there."""
    at = start + 1 if text.startswith("\ufeff", start) else start
    if not text.startswith("---", at) or _FRONT_MATTER_FENCE.match(text, at) is None:
        return -1
    pos = text.find("\n", at) + 1
    for _ in range(_FRONT_MATTER_LINES - 1):
        if pos <= 0:
            return -1
        if text.startswith("---", pos) and (fence := _FRONT_MATTER_FENCE.match(text, pos)) is not None:
            return fence.end()
        pos = text.find("\n", pos) + 1
    return -1


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The YAML front matter at the start of a text.

    Args:
        text: the text (raw or normalised).

    Returns:
        ``(metadata, end)``: the front matter's labelled values and the offset in ``text`` just after
        its closing fence; ``({}, 0)`` when the text does not open with one.
    """
    end = front_matter_end(text)
    if end < 0:
        return {}, 0
    lines = text[: end].rstrip("\n").split("\n")[1:-1]
    inner = [re.sub(r"^([^:：]{1,12}?)\s*:\s", r"\1：", li) for li in lines]
    return metadata_from_lines(inner), end


def header_metadata(text: str) -> dict[str, str]:
    """Metadata written around the body of a one-document file: front matter, labelled lines before
    the body, then (for a longer text) labelled lines after it.

    Args:
        text: the file's normalised text.

    Returns:
        ``{key: value}``; front matter first, lines of the head after.
    """
    meta, end = front_matter(text)
    head = text[end:].split("\n", _HEAD_LINES)[:_HEAD_LINES]
    for key, value in metadata_from_lines(head).items():
        meta.setdefault(key, value)
    if "成文日期" not in meta:
        for key, value in unlabelled_block(head).items():
            meta.setdefault(key, value)
    # some portals print their table under the article
    tail = text[end:].rsplit("\n", _TAIL_LINES)[1:]
    if len(head) >= _HEAD_LINES and tail:
        for key, value in metadata_from_lines(tail).items():
            meta.setdefault(key, value)
    return meta


#: A catalogue's index number alone on its line (``113701130042070099-A/2021-4059841``,
#: ``000014349/2018-00000``): the first value of a portal's table whose labels were lost.
_INDEX_VALUE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-]{5,}/(?:19|20)\d{2}-\d{1,10}")
_ISO_DATE_LINE = re.compile(r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")
#: How many values after the index number the table gives (分类, 文号, 机构, two dates, 有效性).
_BLOCK_VALUES = 8


def unlabelled_block(lines: list[str]) -> dict[str, str]:
    """The values of a portal's metadata table printed without its labels, one a line under the
    index number (索引号 / 综合政务 / 济长政办字〔2021〕3号 / 长清区政府 / 2021-04-01 / 2021-04-01 / 有效).

    Each value is known by its shape: a number line is the 发文字号, a body's name the
    发布机构, and the first date the 成文日期 (every portal lists the date a document was
    made before the date it was published).

    Args:
        lines: the lines of a file's head.

    Returns:
        ``{key: value}`` of what the block gives; empty when the head has no index line.
    """
    from policykg.extract.docnum import canonical_docnum

    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        t = line.strip(_META_STRIP)
        if not t or not t[0].isalnum() or "/" not in t or not _INDEX_VALUE.fullmatch(t):
            continue  # a cheap test first: an index number holds a slash
        values = [v for v in (li.strip(_META_STRIP) for li in lines[i + 1: i + 1 + 2 * _BLOCK_VALUES]) if v]
        for v in values[:_BLOCK_VALUES]:
            if len(v) > 40 or _CLAUSE_PUNCT.search(v):
                break  # the body, or a sentence: the block has ended
            if _ISO_DATE_LINE.fullmatch(v):
                _put(out, "成文日期", v)
            elif canonical_docnum(v):
                _put(out, "发文字号", v)
            elif issuers_value(v) == (v,):
                _put(out, "发布机构", v)
        break
    return out


# ---------------------------------------------------------------------------
# Settling the document's identity


@dataclass(frozen=True, slots=True)
class Identity:
    """A document's number, title, issuers and dates, once body and metadata have met."""

    number: str | None
    title: str | None
    issuer: tuple[str, ...]
    date: str | None
    effective: str | None
    expires: str | None
    notes: tuple[str, ...] = ()
    #: The readings of a signature date whose digits split two ways, when ``date`` is None for that.
    date_readings: tuple[str, ...] = ()


#: How a title's second part opens: a title starting so lost what came before it.
_TITLE_FRAGMENT_OPENERS = ("印发", "转发")


def settle(identity: Identity, metadata: dict[str, str]) -> Identity:
    """The body's identity, with what it lacks taken from metadata.

    The number printed in the body wins over a metadata 文号, the body's signature date
    over a 成文日期; a disagreement is noted. A publication date (发布日期) is never
    taken as the 成文日期.

    Args:
        identity: what the body states.
        metadata: labelled values (see :func:`metadata_from_lines`).

    Returns:
        The settled identity.
    """
    from policykg.extract.docnum import canonical_docnum

    if not metadata:
        return identity
    notes = list(identity.notes)
    changes: dict[str, Any] = {}
    number = _number(metadata.get("发文字号"), canonical_docnum)
    if number:
        if not identity.number:
            changes["number"] = number
        elif identity.number != number:
            notes.append(f"the 发文字号 {number} of the metadata differs from the number in the text, {identity.number}")
    date = iso_date_value(metadata.get("成文日期")) or _reading_before(identity, metadata)
    if date:
        if not identity.date:
            changes["date"] = date
        elif identity.date != date:
            notes.append(f"the 成文日期 {date} of the metadata differs from the date in the text, {identity.date}")
    # (a start or end the metadata gives long before the document's own year is a catalogue's placeholder,
    # 【实施时间】1970-08-21 over a text signed in 2010: no day the text takes effect or ends)
    own_year = _own_year(changes.get("date") or identity.date, changes.get("number") or identity.number)
    if not identity.effective and (effective := iso_date_value(metadata.get("生效日期"))) \
            and not _placeholder_day(effective, own_year):
        changes["effective"] = effective
    if not identity.expires and (expires := iso_date_value(metadata.get("失效日期"))) \
            and not _placeholder_day(expires, own_year):
        changes["expires"] = expires
    named = issuers_value(metadata.get("发布机构"))
    if named and not identity.issuer and identity.title and _reposted(named, identity.title):
        named = ()  # 某县某镇人民政府 posting 关于印发某县…预案的通知: a lower body's site reposting the text
    if not identity.issuer and named:
        changes["issuer"] = named
    elif named:
        changes["issuer"] = full_names(identity.issuer, named)
    labelled = squash(metadata.get("标题") or "").strip("#")
    if labelled and (not identity.title or (identity.title.startswith(_TITLE_FRAGMENT_OPENERS)
                                            and len(labelled) > len(identity.title)
                                            and labelled.endswith(squash(identity.title)))):
        # a body title that opens with 印发/转发 lost its first line (某某办公室关于 / 印发…的通知):
        # the page's 标题 that ends with it is the whole
        changes["title"] = labelled
    changes["notes"] = tuple(notes)
    return replace(identity, **changes)


#: How many years before a document's own a start or end the metadata gives may lie and still be real (a rule taking
#: effect back to the start of a year before its date); further back it is a catalogue's placeholder.
_RETROACTIVE_YEARS = 5


def _placeholder_day(day: str, own_year: str | None) -> bool:
    """Whether a start or end day (``YYYY-MM-DD``) the metadata gives is a catalogue's placeholder, no day the text
    takes effect or ends: before 1949 or the epoch's first day, or further before the document's own year
    (``own_year``) than a rule reaches back (【实施时间】1970-08-21 over a text signed in 2010)."""
    if day[:4] < "1949" or day == "1970-01-01":
        return True
    return own_year is not None and int(own_year) - int(day[:4]) > _RETROACTIVE_YEARS


def _own_year(date: str | None, number: str | None) -> str | None:
    """The year (``YYYY``) a document's own date or number gives, else None."""
    from policykg.extract.docnum import parse_docnum

    if date:
        return date[:4]
    parsed = parse_docnum(number) if number else None
    return f"{parsed.year:04d}" if parsed and parsed.year and not parsed.short_year else None


def _reading_before(identity: Identity, metadata: dict[str, str]) -> str | None:
    """The one reading of a signature date with two (``2024115``) that is not after the page's
    publication date (发布日期 2024-01-18: 2024-01-15, not 2024-11-05): a document is signed before
    it is published. None when no publication date is given or it leaves both or neither."""
    if identity.date or not identity.date_readings:
        return None
    published = iso_date_value(metadata.get("发布日期"))
    fits = [d for d in identity.date_readings if published and d <= published]
    return fits[0] if len(fits) == 1 else None


def full_names(signed: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    """The signature's issuers spelled as the metadata spells them in full.

    A signature shortens the names a portal lists in full: ``闵行区七宝镇人民政府`` for
    ``上海市闵行区七宝镇人民政府``, ``上海市长宁区政府办公室`` for
    ``上海市长宁区人民政府办公室``. A signed name whose characters all appear, in order,
    in a listed name with the same last two characters is that body; the place the
    listed name adds before it (``上海市``) is added to the other signed names of the
    same place too (joint notices list only the first issuer).

    Args:
        signed: the issuers of the body's signature.
        named: the issuers the metadata lists.

    Returns:
        ``signed`` with each name replaced by its full spelling where one is found.
    """
    out = list(signed)
    prefix = place = None
    for k, name in enumerate(signed):
        key = _UNBRACKETED.sub("", name)  # 谯城区政府（办公室） is 亳州市谯城区人民政府办公室
        # (not the state's name a catalogue puts before a national body: 中华人民共和国国务院 for 国务院)
        full = next((n for n in named if n != name and n[-2:] == key[-2:] and _subsequence(key, n)
                     and n.removeprefix(STATE_NAME) != key), None)
        if full is None and not _BODY_END.search(key) and len(cut := [n for n in named if n.startswith(key)]) == 1:
            full = cut[0]  # 贵州省财政 (a title's issuer cut short, 厅 lost), listed as 贵州省财政厅
        if full is None:
            continue
        out[k] = full
        if full.endswith(name) and prefix is None:
            prefix, place = full[: -len(name)], _PLACE.match(name)
    if prefix is None:
        # 虹口区人民政府 signed, 上海市虹口区人民政府办公室 listed: the listed name's place first.
        for name in signed:
            place = _PLACE.match(name)
            if place is None:
                continue
            for n in named:
                i = n.find(place.group(0))
                if i > 0 and _PLACE.fullmatch(n[:i]):
                    prefix = n[:i]
                    break
            if prefix:
                break
    if prefix and place:
        out = [n if n.startswith(prefix) or not n.startswith(place.group(0)) else prefix + n for n in out]
    # (某市人民政府办公室 / 政府办公室: a seal's short name under the signed one is the same body, named once)
    return tuple(dict.fromkeys(out))


_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|州|盟|旗)")
#: The places a name opens with, one level each: 某县某镇, 某市某区; and their levels (a township under a county
#: under a city under a province).
#: (城乡, 城市, 城区, 全市… are words of a body's name, no place: 某县城乡建设局)
_PLACES = re.compile(
    rf"(?!城[乡市区镇]|市区|县区|全[省市县区]|{VERB_LED}|组织|申报|开展|实施|做好)"
    r"[\u4e00-\u9fff]{1,6}?(?:自治区|街道|省|市|区|县|州|盟|旗|镇|乡)(?!级)"
    # (not a word that ends as a level does: 小区, 辖区, 园区, 社区, 景区, 城区, 片区, 山区)
    r"(?<![小辖园社景城片校山库矿林牧灾]区)"
)
_LEVELS = {"省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "镇": 4, "乡": 4, "街道": 4}
#: A title whose own words open with its place: 某县…, 关于印发某县…, 关于公布某市….
_TITLE_PLACE_AT = re.compile(r"(?:关于(?:印发|公布|发布)?)?《?")


def _level(name: str) -> int:
    """The level of the last of the places ``name`` opens with, one after another (某县某镇人民政府: 4), 0 where
    it names none."""
    at, level = 0, 0
    while (m := _PLACES.match(name, at)) is not None:
        word = "自治区" if m.group().endswith("自治区") else "街道" if m.group().endswith("街道") else m.group()[-1]
        level, at = _LEVELS[word], m.end()
    return level


def _reposted(named: tuple[str, ...], title: str) -> bool:
    """Whether a portal's 发布机构 is a lower body's site reposting another's text: the title opens with a
    place (``关于印发某县防汛抗旱应急预案的通知``, ``某市城市管理局行政处罚裁量权基准``) of a higher level than
    every body listed (``某县某镇人民政府``, ``某县综合行政执法局`` under ``某市``). A body forwarding (转发) a higher
    body's text issues its notice itself."""
    if "转发" in title:
        return False
    at = _TITLE_PLACE_AT.match(title).end()
    own = _level(title[at:])
    return bool(own) and all(_level(n) > own for n in named)
_UNBRACKETED = re.compile(r"[（()）]")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _number(value: str | None, canonical: Any) -> str | None:
    if not value:
        return None
    value = value.strip()
    # a value under a number label is a number even without its 号 (沪绿容〔2024〕264)
    return canonical(value) or canonical(value.split()[0]) or (canonical(value + "号") if value[-1:].isdigit() else None)


def iso_date_value(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of a metadata date (``2024-02-08``, ``2024年2月8日``, ``2024/2/8 10:00``)."""
    if not value:
        return None
    m = _DATE_VALUE.search(value)
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def issuers_value(value: str | None) -> tuple[str, ...]:
    """The issuing bodies of a metadata value, several joined by 、/，/spaces."""
    if not value:
        return ()
    parts = [p for p in re.split(r"[、，,；;\s\u3000]+", value.strip()) if p]
    if len(parts) == 1 and len(value) > 12 and (place := _PLACE.match(value)) is not None \
            and value.count(place.group(0)) > 1:
        # 贵州省财政厅贵州省地方税务局贵州省国家税务局 (the spaces between lost): each name opens with the place
        parts = [p for p in _place_parts(value, place.group(0)) if p]
    # only names of bodies: a value such as 「本网」, 「县政府网站」 or a long sentence is not an issuer
    return tuple(p for p in parts if 2 <= len(p) <= 40 and _BODY_END.search(p))


def _place_parts(value: str, place: str) -> list[str]:
    """``value`` cut before each later ``place`` that follows the end of a body's name."""
    cuts = [0]
    at = value.find(place, 1)
    while at > 0:
        if _BODY_END.search(value, cuts[-1], at):
            cuts.append(at)
        at = value.find(place, at + 1)
    return [value[a:b] for a, b in zip(cuts, cuts[1:] + [len(value)], strict=True)]


#: The last words of a body's name (a bracket after it spells out its office: 区政府（办公室）); a town's or a township's
#: name stands for its government as a district's does (发布机构 | 茅草街镇).
_BODY_END = re.compile(
    r"(?:政府|机关|[厅局委办室会院部署处组社馆所队庭]|中心|公司|集团|管委会|办事处|街道|[省市县区镇]|(?<!城)乡)(?:[（(][^）)]*[）)])?$"
)


# ---------------------------------------------------------------------------
# Facts of the container


def apply_read_result(records: list[Any], read: ReadResult) -> tuple[list[Any], list[str]]:
    """Give records the page they sit on, when the file has pages.

    The metadata a reader found is settled with the body by :func:`settle` while the
    records are made (:func:`policykg.extract.pipeline.extract_text`); here only the
    container's page map is applied.

    Args:
        records: the records of one file, offsets into ``read.raw``.
        read: how the file was read.

    Returns:
        ``(records, warnings)``: records with ``source.page`` set when the file has pages.
    """
    from policykg.extract.records import map_sources

    if not read.pages:
        return records, []

    def paged(src: Any) -> Any:
        return src if src.page is not None else replace(src, page=read.page_of(src.start))

    return [map_sources(r, paged) for r in records], []
