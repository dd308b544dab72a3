"""Tables drawn with box-drawing characters: read as pipe rows, offsets kept, rules kept out of records.

The development corpus holds no such table; the fixtures are hand-written in the form text
converted from a word processor takes: cells wrapped over lines, a header cell split over two
lines, an owner cell spanning several task rows (merged), ``△`` items in the task column.
"""

from __future__ import annotations

import pytest
from policykg.extract.box_tables import unbox
from policykg.extract.pipeline import extract_text
from policykg.extract.text import normalise

# An owner cell wrapped over four lines and spanning two task rows; a leader column spanning all.
MERGED_OWNER = """\
┌──────────────────┬───┬────────┬────┐
│ 重 点 任 务      │分管领│牵头组织实施单位│完成时限│
│                  │ 导  │        │    │
├──────────────────┼───┼────────┼────┤
│加快交通设施建设,完善路网│李文华│各县(市、区)政│年底前 │
├──────────────────┤   │府,市交通运输局│    │
│△新改建农村公路260公里,  │   │、市财政局   │    │
│改造危桥15座        │   │        │    │
├──────────────────┤   ├────────┤    │
│△新增公交线路6条    │   │市公交集团、各县│    │
│                  │   │(市、区)政府  │    │
└──────────────────┴───┴────────┴────┘
"""

# Items of one task cell under two owner cells: the cell is split where the next item opens.
SPLIT_ITEMS = """\
┌────────────────┬────────┐
│工作任务          │责任单位    │
├────────────────┼────────┤
│1.完善养老服务网络,新建 │区民政局、区 │
│社区养老服务中心5个   │卫生健康委  │
│2.开展老年助餐服务    ├────────┤
│                │区商务局    │
└────────────────┴────────┘
"""

# The plain form: a serial column, a full rule after every row, lead and supporting columns.
FULL_RULES = """\
┌──┬────────────────┬──────────┬──────────┬──────┐
│序号│重点任务            │牵头单位        │配合单位        │完成时限  │
├──┼────────────────┼──────────┼──────────┼──────┤
│1 │建成区级数字化城市管理平台，│区城管执法局    │区大数据中心、区│2025年底  │
│  │实现街道全覆盖        │          │财政局        │      │
├──┼────────────────┼──────────┼──────────┼──────┤
│2 │新增公共停车泊位1200个  │区交通运输局    │各街道        │2025年6月 │
└──┴────────────────┴──────────┴──────────┴──────┘
"""

# Double-line borders, and a heading line spanning the table.
DOUBLE_LINE = """\
╔════════════╦══════════╗
║主要任务        ║责任部门      ║
╠════════════╬══════════╣
║一、产业发展                ║
╠════════════╬══════════╣
║培育规上工业企业20家║市经信局、市科技局║
╚════════════╩══════════╝
"""


def _tasks(raw: str) -> list[tuple[str, set[tuple[str, str]]]]:
    records = extract_text(raw).dicts()
    return [(r["text"], {(a["name"], a["role"]) for a in r["agencies"]}) for r in records if r["type"] == "task"]


def _task(tasks, snippet):
    found = [owners for text, owners in tasks if snippet in text]
    assert len(found) == 1, f"{len(found)} tasks hold {snippet!r}: {[t[:20] for t, _ in tasks]}"
    return found[0]


CASES = [
    pytest.param(
        MERGED_OWNER,
        [
            ("加快交通设施建设，完善路网", {"各县（市、区）政府", "市交通运输局", "市财政局"}),
            ("新改建农村公路260公里，改造危桥15座", {"各县（市、区）政府", "市交通运输局", "市财政局"}),
            ("新增公交线路6条", {"市公交集团", "各县（市、区）政府"}),
        ],
        id="owner-cell-wrapped-and-merged-over-rows-leader-column-spanning",
    ),
    pytest.param(
        SPLIT_ITEMS,
        [
            ("新建社区养老服务中心5个", {"区民政局", "区卫生健康委"}),
            ("开展老年助餐服务", {"区商务局"}),
        ],
        id="task-cell-split-at-the-item-an-owner-rule-meets",
    ),
    pytest.param(
        FULL_RULES,
        [
            ("建成区级数字化城市管理平台，实现街道全覆盖", {"区城管执法局", "区大数据中心", "区财政局"}),
            ("新增公共停车泊位1200个", {"区交通运输局", "各街道"}),
        ],
        id="serial-column-full-rules-name-wrapped-over-two-lines",
    ),
    pytest.param(
        DOUBLE_LINE,
        [("培育规上工业企业20家", {"市经信局", "市科技局"})],
        id="double-line-borders-heading-row-spanning",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_box_table_rows_and_owners(raw: str, expected: list[tuple[str, set[str]]]) -> None:
    tasks = _tasks(raw)
    assert len(tasks) == len(expected), [t[:20] for t, _ in tasks]
    for snippet, names in expected:
        owners = _task(tasks, snippet)
        assert {n for n, _ in owners} == names, snippet


def test_lead_column_named_with_a_verb_between_role_and_body() -> None:
    # 牵头组织实施单位: a 牵头 column, so its units lead
    owners = _task(_tasks(MERGED_OWNER), "新增公交线路6条")
    assert {role for _, role in owners} == {"lead"}


def test_lead_and_support_columns() -> None:
    owners = _task(_tasks(FULL_RULES), "建成区级数字化城市管理平台")
    assert owners == {("区城管执法局", "lead"), ("区大数据中心", "support"), ("区财政局", "support")}


@pytest.mark.parametrize(
    "raw", [MERGED_OWNER, SPLIT_ITEMS, FULL_RULES, DOUBLE_LINE], ids=["merged", "split", "full-rules", "double"]
)
def test_no_rule_character_reaches_a_record(raw: str) -> None:
    for r in extract_text(raw).dicts():
        for key in ("text", "indicator"):
            value = r.get(key) or ""
            assert not any(0x2500 <= ord(c) <= 0x257F for c in value), (r["type"], value)


def test_targets_read_inside_cells() -> None:
    targets = {(r["indicator"], r["value"], r["unit"]) for r in extract_text(MERGED_OWNER).dicts()
               if r["type"] == "target"}
    values = {(v, u) for _, v, u in targets}
    assert {(260.0, "公里"), (15.0, "座"), (6.0, "条")} <= values


def test_offsets_point_at_the_raw_pieces() -> None:
    tm = normalise(MERGED_OWNER)
    for piece in ("市交通运输局", "新增公交线路6条", "改造危桥15座"):
        at = tm.text.index(piece)
        s, e = tm.to_raw(at, at + len(piece))
        raw_piece = MERGED_OWNER[s:e]
        # the piece's characters in the raw text, with only borders and line breaks between them
        assert "".join(c for c in raw_piece if not (0x2500 <= ord(c) <= 0x257F) and not c.isspace()) in (
            piece, piece.replace("，", ",")), raw_piece


def test_cells_joined_column_by_column() -> None:
    text = normalise(MERGED_OWNER).text
    assert "|重点任务|分管领导|牵头组织实施单位|完成时限|" in text
    assert "各县（市、区）政府，市交通运输局、市财政局" in text


@pytest.mark.parametrize(
    "raw",
    [
        "一、总体要求\n各县（市、区）要高度重视。",
        "│ 单独一行竖线 │\n正文。",  # a border line alone is no table
        "┌──┐\n│注│\n└──┘\n",  # one column: a framed note, not a table
    ],
    ids=["no-box-characters", "one-bordered-line", "framed-note"],
)
def test_text_without_a_box_table_is_left_alone(raw: str) -> None:
    assert unbox(raw) is None
