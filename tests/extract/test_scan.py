"""Fast whole-document scans give exactly the matches of the regexes they stand for.

Each helper is checked against the plain regex (``^…`` under ``re.M``, ``[。；]…``) on real
snippets of the forms it meets, on hand-written snippets of forms the corpus lacks (a match
inside another's span), and over the real texts kept with the code with every scan the extractor uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract import citations, responsibilities, split, task_tables
from policykg.extract.roles import LABEL_PATTERN, POST_LABEL_PATTERN
from policykg.extract.scan import LedRegex, LineRegex, holds

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "task_tables"
# Real texts kept with the code: the seed gazette and the task-table fixtures.
REAL_TEXTS = [ROOT / "examples" / "jiaxing-gazette-2024-03.txt", *sorted(DATA.glob("*.*"))]

_LABEL_BODY = rf"[ \t\u3000]*(?P<label>{LABEL_PATTERN}|{POST_LABEL_PATTERN})\s*[：:](?P<value>[^\n]*)$"


def _plain(scan: LineRegex | LedRegex) -> re.Pattern[str]:
    return re.compile(scan.pattern, scan.flags)


def _spans(matches, group: str) -> list[tuple[int, int]]:
    return [(m.start(group), m.end()) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        # real: dev/33 (a label line opening the text, another after a task line), normalised
        pytest.param(
            "责任单位：省发展改革委、住房城乡建设厅、交通运输厅、国土资源厅，有关市（州）人民政府等。\n"
            "2.建设重点创新试验区。稳步推进四川全面创新改革试验区建设，加快建设成德绵军民融合创新示范区。\n"
            "责任单位：省发展改",
            id="label-line-at-text-start",
        ),
        # hand-written: an indented label line (the corpus indents none)
        pytest.param("加快推进污水管网建设。\n　　联系人：张三\n", id="indented-post-label-line"),
        # hand-written: the colon on the line after its label (a PDF line break)
        pytest.param("加快推进污水管网建设。\n牵头单位\n：区水务局\n配合单位：各街镇", id="colon-on-next-line"),
        pytest.param("", id="empty-text"),
    ],
)
def test_line_regex_matches_the_multiline_caret_regex(text: str) -> None:
    scan = LineRegex(_LABEL_BODY)
    expected = _spans(_plain(scan).finditer(text), "label")
    assert _spans(scan.finditer(text), "label") == expected
    for pos in range(len(text) + 1):  # a scan from inside a line finds only the lines after it
        assert _spans(scan.finditer(text, pos), "label") == _spans(_plain(scan).finditer(text, pos), "label")


def test_line_regex_line_group_is_where_the_line_starts() -> None:
    text = "二、主要任务\n　　责任单位：市科技局\n完成时限：2024年底"
    assert [m.start("line") for m in LineRegex(_LABEL_BODY).finditer(text)] == [7, 19]


@pytest.mark.parametrize(
    "text",
    [
        # real: dev/25 (labels after ； inside a bracket), normalised; the second line hand-written
        # with its labels after 。 and ； outside brackets
        pytest.param(
            "为游客提供游园信息数据和科普知识，提升游园的感受度。（牵头单位：区绿化市容局；配合单位：区信息委、各街镇、开发区）\n"
            "改善道路景观面貌。牵头单位：区绿化市容局；配合单位：区水务局",
            id="labels-after-full-stop-and-semicolon",
        ),
        # real: dev/27 (a contact label after the sentence on its line)
        pytest.param(
            "《附件4：闵行区加强独居老人消防安全工作情况季度汇总表》至街道安监所邮箱。联系人：金绿艺 54333188，18917255030。",
            id="post-label-after-sentence",
        ),
        # hand-written: a label after 。 inside the value of a match led by ；, whose own label
        # breaks before its colon — the 。-led match found first covers a later one
        pytest.param("；牵头单位：区水务局。责任单位\n：区建管委。配合单位：各街镇", id="match-inside-other-leads-span"),
        pytest.param("没有任何标签的一句话。", id="no-match"),
    ],
)
def test_led_regex_matches_the_class_led_regex(text: str) -> None:
    scan = LedRegex("。；", _LABEL_BODY, re.MULTILINE)
    assert _spans(scan.finditer(text), "label") == _spans(_plain(scan).finditer(text), "label")


SCANS = [
    pytest.param(responsibilities._LABEL_LINE_RE, "label", id="label-lines"),
    pytest.param(responsibilities._LABEL_AFTER_SENTENCE_RE, "label", id="labels-after-sentence"),
    pytest.param(responsibilities._OPEN_RE, None, id="opening-brackets"),
    pytest.param(task_tables._SHORT_LINE_RE, "t", id="short-lines"),
    pytest.param(task_tables._EDGE_SHORT_LINE_RE, "t", id="short-lines-with-border-pipe"),
    pytest.param(task_tables._PIPE_LINE_RE, "line", id="pipe-lines"),
    pytest.param(task_tables._SPACED_LINE_RE, "line", id="spaced-lines"),
    pytest.param(task_tables._GLUED_HEADER_RE, "h", id="glued-headers"),
    pytest.param(task_tables._UNIT_NEAR_START_RE, "line", id="unit-word-near-line-start"),
    pytest.param(task_tables._HEADER_LINE_RE, "line", id="header-line-shapes"),
    pytest.param(citations._BRACKETED_NUMBER, "inner", id="bracketed-numbers"),
    pytest.param(citations._HISTORY, "body", id="history-notes"),
    pytest.param(citations._ISSUE_TO_YOU, None, id="issued-to-you"),
    pytest.param(split._EFFECTIVE_BARE, None, id="start-dates"),
    pytest.param(split._EFFECTIVE, None, id="start-dates-with-verb"),
    pytest.param(split._EXPIRED_ON, None, id="lapse-notes"),
]


@pytest.mark.parametrize(("scan", "group"), SCANS)
def test_every_scan_of_the_extractor_matches_its_plain_regex_on_real_texts(scan, group) -> None:
    plain = _plain(scan)
    for path in REAL_TEXTS:
        text = path.read_text(encoding="utf-8")
        got = [(m.start(group) if group else m.start(), m.end()) for m in scan.finditer(text)]
        if isinstance(scan, LineRegex) and group == "line":
            want = [(m.start(), m.end()) for m in plain.finditer(text)]
        else:
            want = [(m.start(group) if group else m.start(), m.end()) for m in plain.finditer(text)]
        assert got == want, path.name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本办法自2024年3月1日起施行。此前规定从2019年1月1日起，于2020年 5月6日开始实施", id="three-leads"),
        pytest.param("（此文件已于2017年12月29日宣布失效）本通知于2018年1月1日废止", id="lapse-notes"),
        pytest.param("自2024年3月1日起，本办法自2024年4月1日起执行。", id="bare-then-with-verb"),
        pytest.param("没有日期的一句话。", id="no-match"),
    ],
)
@pytest.mark.parametrize("scan", [split._EFFECTIVE_BARE, split._EFFECTIVE, split._EXPIRED_ON])
def test_led_regex_search_is_the_class_led_search(scan: LedRegex, text: str) -> None:
    plain = _plain(scan)
    for pos in range(len(text) + 1):
        got, want = scan.search(text, pos), plain.search(text, pos)
        assert (got and got.span()) == (want and want.span()), pos


# The header-line scans of task tables are written with possessive runs (which the engine never
# backtracks into); each must find the lines, and the short line's cell, that the plain
# backtracking form finds.
_PLAIN_SHORT = re.compile(r"^[ \t\u3000]*(?P<t>[^\s|｜][^\n]{0,13}?)[ \t\u3000]*$", re.MULTILINE)
_PLAIN_SPACED = re.compile(
    r"^[ \t\u3000]*(?:[^\s。，；：:]{1,12}[ \t\u3000]+){2,12}[^\s。，；：:]{1,12}[ \t\u3000]*$", re.MULTILINE
)
_PLAIN_PIPE = re.compile(r"^[^\n]*[|｜][^\n]*[|｜][^\n]*$", re.MULTILINE)

HEADER_LINES = [
    *(pytest.param(path.read_text(encoding="utf-8"), id=path.stem) for path in sorted(DATA.glob("*.*"))),
    # hand-written: the edges of a short line
    pytest.param("牵头单位　　　　　　　　　　　　　　　　\n", id="short-cell-then-many-spaces"),
    pytest.param("　　　　　　　　　　　　　　　　责任单位\n", id="many-spaces-then-short-cell"),
    pytest.param("一二三四五六七八九十一二三四\n一二三四五六七八九十一二三四五\n", id="fourteen-and-fifteen-characters"),
    pytest.param("牵 头 单 位 \t\n序号  重点任务   责任单位  \n", id="spaced-words-trailing-spaces"),
    pytest.param("| 序号 | 任务 |\n无竖线的一行\n只有一条|的一行\n", id="pipe-lines"),
]


@pytest.mark.parametrize("text", HEADER_LINES)
def test_header_line_scans_read_what_the_backtracking_forms_read(text: str) -> None:
    short = [(m.start("line"), m.end(), m.group("t").rstrip(" \t\u3000")) for m in task_tables._SHORT_LINE_RE.finditer(text)]
    assert short == [(m.start(), m.end(), m.group("t")) for m in _PLAIN_SHORT.finditer(text)]
    spaced = [(m.start("line"), m.end()) for m in task_tables._SPACED_LINE_RE.finditer(text)]
    assert spaced == [m.span() for m in _PLAIN_SPACED.finditer(text)]
    pipes = [(m.start("line"), m.end()) for m in task_tables._PIPE_LINE_RE.finditer(text)]
    assert pipes == [m.span() for m in _PLAIN_PIPE.finditer(text)]


def test_header_line_scans_on_the_seed_gazette() -> None:
    text = (ROOT / "examples" / "jiaxing-gazette-2024-03.txt").read_text(encoding="utf-8")
    assert text
    test_header_line_scans_read_what_the_backtracking_forms_read(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [("附近的附加附件：1.", "附件"), ("附近附加", "附件"), ("", "附件"), ("附", "附件"), ("件附件", "附件"), ("附附件", "附件")],
)
def test_holds_is_the_substring_test(text: str, word: str) -> None:
    assert holds(text, word) == (word in text)
