"""Task tables in every text form: headers by their role column, rows by the shape of their cells.

Real tables come from the development corpus (web pages and a CMS mirrored to text); forms the
corpus does not hold (markdown pipes, space-separated rows with a spaced-out header, a header
cell split over lines with ``/`` empty cells) are hand-written fixtures under
``tests/data/task_tables/``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.records import Role
from policykg.extract.roles import LEAD_FIRST_PATTERN
from policykg.extract.table_cells import Line, Units, lines_of
from policykg.extract.table_columns import (
    column_kind,
    is_status_column,
    make_header,
    plan_year,
    segment_names,
)
from policykg.extract.table_lines import Spacing, printed_lines
from policykg.extract.targets import find_targets
from policykg.extract.task_tables import find_table_rows, lead_first_rule
from policykg.extract.text import normalise

DATA = Path(__file__).resolve().parents[1] / "data" / "task_tables"


def _row(rows, snippet):
    found = [r for r in rows if snippet in r.text]
    assert len(found) == 1, f"{len(found)} rows hold {snippet!r}: {[r.text[:20] for r in rows]}"
    return found[0]


def _check(rows, snippet, leads, others):
    row = _row(rows, snippet)
    got_leads = {n for n, role, _, _ in row.entries if role is Role.LEAD}
    got_others = {n for n, role, _, _ in row.entries if role is not Role.LEAD}
    assert (got_leads, got_others) == (leads, others), snippet


REAL_TABLES = [
    pytest.param(
        "序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n一、2024年全区经济社会发展主要预期目标\n|\n||||\n1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n2.一般公共预算收入同口径增长6%以上。\n|\n★区财政局、税务局\n|\n|||\n3.规上工业总产值增长5%左右。\n|\n|\n★区工信局、统计局\n|",
        [
            ("地区生产总值增长5%以上", {"区发改委"}, {"区统计局"}),  # the 区 written once is every later unit's
            ("一般公共预算收入同口径增长6%以上", {"区财政局"}, {"税务局"}),
            ("规上工业总产值增长5%左右", {"区工信局"}, {"区统计局"}),
        ],
        id="flattened-pipe-separator-lines-star-lead-leader-column",
    ),
    pytest.param(
        "重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n一、加大财政金融支持力度\n(一)加强对防疫重点企业财税支持\n市税务局等,各县、市、区政府,咸宁高新区管委会\n2020年12月\n2.纳入工信部支持新冠肺炎防护用品(具)技术改造设备购置补贴的重点企业,省财政给予设备购置费中央补贴后的剩余配套补贴;对纳入省级支持的企业,省财政全额补贴设备购置费用。\n市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会\n3.在疫情防控调度任务结束后,对省疫情防控指挥部统一征用调配的重点企业已生产的库存产品,以及省定的医药物流企业已按指令采购的剩余产品,全部由政府兜底采购收储,省财政负责按分级负担原则落实资金。\n市财政局等,各县、市、区政府,咸宁高新区管委会",
        [
            ("加强对防疫重点企业财税支持", set(), {"咸宁高新区管委会", "各县、市、区政府", "市税务局"}),
            (
                "纳入工信部支持新冠肺炎防护用品",
                set(),
                {"市财政局", "咸宁高新区管委会", "市经信局", "各县、市、区政府"},
            ),
            ("全部由政府兜底采购收储", set(), {"市财政局", "咸宁高新区管委会", "各县、市、区政府"}),
        ],
        id="flattened-split-header-cell-no-serial-column",
    ),
    pytest.param(
        "类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n一、做好政策保障\n\n1.做好规划配套\n\n将基层消防安全综合治理建设工作与市级消防专项规（2022-2035年）同步规划、同步实施，落实区单元规划、控详规划关于消防设施规划控制要求。\n\n区消防救援支队\n\n区应急局、区公安分局、区规划资源局、各街道\n\n2.完善规章标准\n\n细化街道消防安全委员会、消防安全管理办公室的职责任务，贯彻市级发布的相关配套规章制度，规范消防安全综合治理运行模式。\n\n区消防救援支队\n\n各街道\n\n贯彻执行本市基层消防综合治理重点检查事项和突出火灾风险场所检查指引，指导街道结合地区火灾防控实际，进一步细化检查要求。\n\n区消防救援支队\n\n各街道\n\n3.纳入考核体系\n\n将街道基层消防安全综合治理建设工作情况和火灾防控工作成效纳入对政府年度目标考评、政务督察、城市管理精细化、“一网统管”、安全生产和消防综合考核等考核评价体系，强化结果运用。\n\n区考核办\n\n区消防救援支队、各街道\n",
        [
            ("与市级消防专项规", {"区消防救援支队"}, {"区应急局", "各街道", "区公安分局", "区规划资源局"}),
            ("细化街道消防安全委员会", {"区消防救援支队"}, {"各街道"}),
            ("贯彻执行本市基层消防综合治理", {"区消防救援支队"}, {"各街道"}),
            ("纳入对政府年度目标考评", {"区考核办"}, {"区消防救援支队", "各街道"}),
        ],
        id="flattened-no-serial-two-group-columns-cell-split-with-trailing-comma",
    ),
    pytest.param(
        "类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n12.加强多种形式消防队伍建设\n\n指导各街道按照国家和本市地方标准大力发展建设政府专职消防队、志愿消防队、微型消防站。\n\n区消防救援支队\n\n各街道\n\n健全完善政府专职消防队、微型消防站“建管训用”和考评奖惩等配套规章制度，定期组织开展达标考核、业务比赛、表彰奖励和实战效能评估。\n\n指导街道充分发挥多种形式消防队伍作用，统筹力量开展防火巡查、专项行动、消防宣传、培训演练等工作。",
        [
            ("大力发展建设政府专职消防队", {"区消防救援支队"}, {"各街道"}),
            ("健全完善政府专职消防队", {"区消防救援支队"}, {"各街道"}),
            ("指导街道充分发挥多种形式消防队伍作用", {"区消防救援支队"}, {"各街道"}),
        ],
        id="flattened-merged-unit-cells-over-the-last-rows",
    ),
    pytest.param(
        "序号\n\n工作任务\n\n主要工作内容\n\n牵头单位\n\n配合单位\n\n—\n\n构建产消平衡的处置体系\n\n（一）\n\n推动源头减量\n\n在项目规划、立项、设计文件中，增加工程土方消纳平衡内容，争取片区开发项目、大型项目做到项目内土方自平衡。\n\n建设主管部门、区规划资源局\n\n区水务局、区绿化市容局、区国动办、区房管局、区规划资源局\n\n（二）\n\n提升消纳处置能力\n\n梳理评估本区出土项目和综合利用潜力一张图、开展建筑垃圾消纳场所备案工作。\n\n区土方工作\n专班\n\n区绿化市容局、区规划资源局、区建设管理委、属地街镇\n\n（三）\n\n拓展土方消纳空间\n\n在全区拓展区域土方消纳空间。成片开发地区究确定地块标高控制要求。\n\n区发展改革委\n\n区规划资源局、区建设管理委、区绿化市容局",
        [
            (
                "增加工程土方消纳平衡内容",
                {"建设主管部门", "区规划资源局"},
                {"区水务局", "区绿化市容局", "区国动办", "区房管局", "区规划资源局"},
            ),
            (
                "梳理评估本区出土项目",
                {"区土方工作专班"},
                {"区绿化市容局", "区规划资源局", "区建设管理委", "属地街镇"},
            ),
            (
                "在全区拓展区域土方消纳空间",
                {"区发展改革委"},
                {"区绿化市容局", "区建设管理委", "区规划资源局"},
            ),
        ],
        id="flattened-dash-serial-spanning-rows-empty-cell-dashes",
    ),
    pytest.param(
        "序号\n\n工作任务\n\n主要工作内容\n\n牵头单位\n\n配合单位\n\n（二）\n\n提升消纳处置能力\n\n梳理评估本区出土项目和综合利用潜力一张图、开展建筑垃圾消纳场所备案工作。\n\n区土方工作\n专班\n\n区绿化市容局、区规划资源局、区建设管理委、属地街镇",
        [
            (
                "梳理评估本区出土项目",
                {"区土方工作专班"},
                {"属地街镇", "区绿化市容局", "区建设管理委", "区规划资源局"},
            )
        ],
        id="flattened-unit-cell-split-over-two-lines",
    ),
    # hand-written in the form of a county 政府工作报告 task division table flattened one cell per line: the
    # support column stacks two support words (协同配合单位), and its cells end with a full stop; 各 carries to the
    # subdistricts' offices after the towns' governments (各街道办事处)
    pytest.param(
        "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、主要预期目标\n\n5\n\n"
        "社会消费品零售总额增长6%左右。\n\n区商务局\n\n区发改委、区统计局，各乡镇人民政府、街道办事处，"
        "某某高新区管委会，某某文旅集团。\n\n6\n\n推进城区学校扩容建设。\n\n区教育局\n\n"
        "区政府有关部门，各乡镇人民政府。\n\n7\n\n深化校企合作，引进职业教育资源。\n\n区教育局\n\n区人社局。",
        [
            (
                "社会消费品零售总额",
                {"区商务局"},
                {"区发改委", "区统计局", "各乡镇人民政府", "各街道办事处", "某某高新区管委会", "某某文旅集团"},
            ),
            ("推进城区学校扩容建设", {"区教育局"}, {"区政府有关部门", "各乡镇人民政府"}),
            ("深化校企合作", {"区教育局"}, {"区人社局"}),
        ],
        id="flattened-stacked-support-words-column-cells-ending-with-a-full-stop",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL_TABLES)
def test_real_tables(text, expected):
    rows = find_table_rows(text)
    assert len(rows) == len(expected)
    for snippet, leads, others in expected:
        _check(rows, snippet, leads, others)


# A table whose only text column is named for another kind (a work report's 预期目标, a yearly
# plan column): the cells decide. Sentences make it the task column; bare figures or names do not.
_GOALS = "序号\n{head}\n责任单位\n1\n{a}\n县发展改革局\n2\n{b}\n县商务局\n3\n{c}\n县财政局"
_GOAL_CELLS = ("全县地区生产总值增长7%左右", "社会消费品零售总额增长6.5%", "一般公共预算收入增长3%以上")


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        pytest.param(
            _GOALS.format(head="2024年预期目标", a=_GOAL_CELLS[0], b=_GOAL_CELLS[1], c=_GOAL_CELLS[2]),
            _GOAL_CELLS,
            id="flattened-yearly-goal-column-of-sentences",
        ),
        pytest.param(
            _GOALS.format(head="预期目标", a=_GOAL_CELLS[0], b=_GOAL_CELLS[1], c=_GOAL_CELLS[2]).replace(
                "\n", "\n\n"
            ),
            _GOAL_CELLS,
            id="flattened-blank-lines-goal-column-of-sentences",
        ),
        pytest.param(
            "| 序号 | 预期目标 | 责任单位 |\n| --- | --- | --- |\n"
            f"| 1 | {_GOAL_CELLS[0]} | 县发展改革局 |\n| 2 | {_GOAL_CELLS[1]} | 县商务局 |",
            _GOAL_CELLS[:2],
            id="pipe-goal-column-of-sentences",
        ),
        pytest.param(
            _GOALS.format(head="2024年目标", a="7%左右", b="6.5%", c="3%以上"),
            (),
            id="plan-column-of-figures",
        ),
        pytest.param(
            _GOALS.format(head="2024年预期目标", a="增长7%左右", b="增长6.5%", c="增长3%以上"),
            (),
            id="plan-column-of-growth-figures",
        ),
        pytest.param(
            _GOALS.format(head="牵头领导", a="王立新", b="李 平", c="赵明"), (), id="leader-column-of-names"
        ),
    ],
)
def test_task_column_named_as_another_kind_is_read_by_its_cells(text: str, tasks: tuple[str, ...]) -> None:
    assert tuple(r.text for r in find_table_rows(text)) == tasks


def test_row_offsets_point_at_the_text():
    # a row's record quotes the whole row as printed: serial, group cell, task and unit cells
    text = REAL_TABLES[4].values[0]
    rows = find_table_rows(text)
    assert [text[r.text_start : r.text_end].split("\n")[0] for r in rows] == ["（一）", "（二）", "（三）"]
    for row in rows:
        quoted = text[row.text_start : row.text_end]
        assert (row.text_start, row.text_end) == (row.start, row.end)
        assert row.text.replace("\n", "\n\n") in quoted
        assert quoted.endswith(text[row.entries[-1][2] : row.entries[-1][3]])
        for name, _, s, e in row.entries:
            assert "".join(text[s:e].split()) == name  # a cell split over lines is one name


# Forms as text extraction leaves them: a unit cell that ends without punctuation is joined
# to the next cell (real rows of the corpus, as the normalised text holds them).
GLUED = [
    pytest.param(
        "类别\n项目\n主要任务\n牵头单位\n配合单位\n"
        "7.健全基层消防督导考核机制\n"
        "将基层消防安全综合治理组织建设、专项工作成效和日常督导检查情况纳入政府目标考核体系，并强化结果运用，督促各街道履行消防工作职责。\n"
        "区考核办\n"
        "区消防救援支队、各街道对发现存在问题严重，发生有影响火灾、限时整改不落实和考核结合不合格的有关街道和个人予以通报批评、警示约谈和追责问责。\n"
        "区考核办\n"
        "区消防救援支队、各街道\n",
        [
            ("纳入政府目标考核体系", {"区考核办"}, {"区消防救援支队", "各街道"}),
            ("对发现存在问题严重", {"区考核办"}, {"区消防救援支队", "各街道"}),
        ],
        id="unit-list-glued-to-the-start-of-the-next-task",
    ),
    pytest.param(
        "序号\n工作任务\n推进单位\n行动一：再造发展新极行动（综合区域整体焕新行动）\n1\n“一江一河”地区：重点推进东斯文里区域（石门二路01单元）整体更新，打造成为静安发展新的增长引擎，辐射带动苏河湾地区整体价值提升。\n区规划资源局、区建设管理委、区发展改革委、区文化旅游局、江宁路街道、石门二路街道\n2\n推进走马塘片区规划研究\n区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团\n3\n推进大徐家阁地区规划研究\n区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、大宁集团\n行动二：重塑美丽新居行动（人居环境品质提升行动）\n旧区改造\n4\n全面完成中心城区零星二级旧里以下房屋改造区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇\n旧住房更新改造\n5\n推进小梁薄板等老旧住房成套改造，基本完成小梁薄板房屋改造。重点推进：彭一住宅小区成套改造项目，蕃瓜弄小区成套改造项目，谈家桥路成套改造项目，愚园路627弄项目、西藏北路970弄项目\n6\n加快推进各类旧住房更新改造。\n7\n完成既有多层住宅加装电梯700台\n“美丽家园”建设\n8\n创建20个新时代“美丽家园”特色小区、10个新时代“美丽家园”示范小区\n行动三：智创和谐新境行动（公共空间设施优化行动）\n公共服务设施提升改造\n9\n各街镇全面推进“15分钟社区生活圈”行动，率先建成3个“15分钟社区生活圈”示范性街镇。\n区规划资源局、各相关街镇",
        [
            (
                "东斯文里区域",
                set(),
                {
                    "区规划资源局",
                    "区建设管理委",
                    "区发展改革委",
                    "区文化旅游局",
                    "江宁路街道",
                    "石门二路街道",
                },
            ),
            (
                "走马塘片区规划研究",
                set(),
                {"区规划资源局", "区建设管理委", "区发展改革委", "区商务委", "区国资委", "市北高新集团"},
            ),
            (
                "大徐家阁地区规划研究",
                set(),
                {"区规划资源局", "区建设管理委", "区发展改革委", "区商务委", "区国资委", "大宁集团"},
            ),
            (
                "零星二级旧里以下房屋改造",
                set(),
                {"区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇"},
            ),
            ("小梁薄板", set(), {"区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇"}),
            (
                "加快推进各类旧住房更新改造",
                set(),
                {"区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇"},
            ),
            ("加装电梯700台", set(), {"区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇"}),
            ("特色小区", set(), {"区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇"}),
            ("15分钟社区生活圈", set(), {"区规划资源局", "各相关街镇"}),
        ],
        id="unit-list-glued-to-the-end-of-its-task-merged-over-later-rows",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_cells(text, expected):
    rows = find_table_rows(text)
    assert len(rows) == len(expected)
    for snippet, leads, others in expected:
        _check(rows, snippet, leads, others)


def test_more_unit_lines_than_columns_after_a_lead_column_are_the_last_columns():
    # Three unit lines under a lead and a support column (a real row of dev 16's form): a lead cell
    # holds one body, so the lines beyond it are the support column's list printed one name a line.
    text = (
        "序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n"
        "14\n党政机关、公共机构垃圾分类完成全覆盖，100%实现达标标准。\n区机管局\n区绿化市容局\n区商务委\n2019年9月\n"
        "15\n规范收集运输行为,杜绝混装混运现象。\n区城管执法局\n区绿化市容局\n2019年\n"
    )
    rows = find_table_rows(text)
    first = _row(rows, "党政机关")
    assert first.roles_known
    assert [(n, r.value) for n, r, _, _ in first.entries] == [
        ("区机管局", "lead"), ("区绿化市容局", "support"), ("区商务委", "support"),
    ]
    second = _row(rows, "规范收集运输行为")
    assert second.roles_known and second.deadline == "2019年"


def test_unit_lines_that_do_not_fit_columns_without_a_lead_keep_every_unit_as_responsible():
    # Three unit lines under two columns of no lead (责任单位 | 配合单位): no role can be told.
    text = (
        "序号\n任务内容\n责任单位\n协同单位\n时间节点\n"
        "1\n完成老旧小区改造12个。\n区住建局\n区财政局\n区城管局\n2024年9月\n"
    )
    (row,) = find_table_rows(text)
    assert not row.roles_known
    assert {n for n, r, _, _ in row.entries if r is Role.RESPONSIBLE} == {"区住建局", "区财政局", "区城管局"}


# Hand-written fixtures for forms the corpus lacks.
def test_markdown_pipe_table_with_merged_cells_star_marks_and_plan_columns():
    rows = find_table_rows((DATA / "pipe_merged_star.md").read_text(encoding="utf-8"))
    _check(rows, "企业开办全程网上办理", {"县市场监管局"}, {"县政务服务中心"})
    row = _row(rows, "一件事一次办")
    assert {r for _, r, _, _ in row.entries} == {Role.RESPONSIBLE}
    assert row.heading == "政务服务"  # the blank group cell is merged from the row above
    assert [(p.year, p.text) for p in row.plan] == [(2024, "20项"), (2025, "30项")]
    _check(rows, "盘活存量低效工业用地", {"县自然资源局"}, {"县工信局"})
    _check(rows, "降低企业用电用气成本", {"县自然资源局"}, {"县工信局"})  # blank unit cell: merged
    assert not [r for r in rows if "融资对接清单" in r.text]  # —— is an empty cell, not a merged one


def test_space_separated_rows_with_spaced_out_header_and_figure_column_lead_first_rule():
    rows = find_table_rows((DATA / "spaced_rows.txt").read_text(encoding="utf-8"))
    assert [r.serial for r in rows] == ["1", "2", "3"]
    _check(rows, "污水管网排查整治", {"区生态环境局"}, {"区水务局", "各街道办事处"})
    _check(rows, "扬尘在线监测", {"区住房城乡建设局"}, {"区城管局"})
    row = _row(rows, "老旧柴油货车淘汰")
    assert row.text == "完成老旧柴油货车淘汰"  # the figure 1 is its own column


def test_flattened_header_split_over_lines_slash_empty_cells_bracketed_lead_and_merged_tail():
    text = (DATA / "flat_split_header.txt").read_text(encoding="utf-8")
    rows = find_table_rows(text)
    _check(rows, "新建高标准农田5万亩", {"市农业农村局"}, {"市财政局", "市自然资源局"})
    row = _row(rows, "良种繁育基地")
    assert row.deadline == "2022年10月底" and [n for n, *_ in row.entries] == ["市农业农村局"]
    assert row.heading == "（一）提升粮食综合生产能力"
    _check(rows, "农业产业化龙头企业", {"市农业农村局"}, {"市工信局", "市商务局"})
    _check(rows, "农村电商服务站点", {"市商务局"}, {"市邮政管理局"})  # 市商务局（牵头）
    _check(rows, "农村户厕改造", {"市农业农村局"}, {"各县（市、区）政府"})
    _check(rows, "村庄清洁行动", {"市农业农村局"}, {"各县（市、区）政府"})  # merged cells
    _check(rows, "美丽庭院", {"市农业农村局"}, {"各县（市、区）政府"})
    assert not [r for r in rows if "一、产业发展" in r.text or "抄送" in text[r.text_start : r.text_end]]


# A table printed one row a line, its cells apart by single spaces, under a header line that names
# its columns so, the role columns last: a cell's own words may hold a space where it wrapped, and a
# cell merged over the rows prints nothing between two spaces. Normalising drops the spaces and glues
# the rows into one line; the spacing of the raw text gives the rows back (hand-written, in that form).
SPACED_ROLE_COLUMNS = (
    "附件\n\n某市大气污染防治重点任务分解表\n\n"
    "序号 类别 主要任务 具体措施 牵头单位 参与单位 责任单位\n"
    "1 调整产业结 构 淘汰落后产能 依法关停不达标的小型燃煤锅炉，到2025年全市燃煤锅炉总数控制在120台以内。"
    " 市生态环境局 市发展改革委、工业和信息化局、市场监管局等 各县（市、区）人民政府，市经济开发区管委会\n"
    "2  推进清洁取暖 加快实施集中供热和“煤改气”工程，城区清洁取暖率达到95%以上。"
    " 市住房城乡建设局 市发展改革委、市财政局 各县（市、区）人民政府\n"
    "3   加强散煤管控，建立散煤销售网点台账，开展专项执法检查。 市市场监管局  各县（市、区）人民政府\n"
)


def _roles(row):
    return {role.value: {n for n, r, _, _ in row.entries if r is role} for role in Role if any(r is role for _, r, _, _ in row.entries)}


def test_space_separated_rows_glued_by_normalising_read_by_the_raw_spacing():
    tm = normalise(SPACED_ROLE_COLUMNS)
    assert "序号类别主要任务具体措施牵头单位参与单位责任单位\n1调整" in tm.text  # the layout is gone
    rows = find_table_rows(tm.text, spacing=Spacing.of(tm))
    assert [r.serial for r in rows] == ["1", "2", "3"]
    quoted = [tm.text[r.start : r.end] for r in rows]
    assert [q[:3] for q in quoted] == ["1调整", "2推进", "3加强"]  # each row from its own serial
    assert quoted[0].endswith("市经济开发区管委会") and quoted[1].endswith("人民政府")
    assert _roles(rows[0]) == {
        "lead": {"市生态环境局"},
        "support": {"市发展改革委", "市工业和信息化局", "市市场监管局"},  # 等 names no unit
        "responsible": {"各县（市、区）人民政府", "市经济开发区管委会"},
    }
    assert rows[0].open_list
    assert _roles(rows[1]) == {
        "lead": {"市住房城乡建设局"},
        "support": {"市发展改革委", "市财政局"},
        "responsible": {"各县（市、区）人民政府"},
    }
    # nothing between two spaces: the 参与单位 cell merged from the row above
    assert _roles(rows[2]) == {**_roles(rows[1]), "lead": {"市市场监管局"}}
    # the group cells: 调整产业结 构 one cell wrapped; blank ones merged from the row above
    assert [r.heading for r in rows] == ["淘汰落后产能", "推进清洁取暖", "推进清洁取暖"]


def test_space_separated_rows_glued_by_normalising_give_their_owners_through_the_pipeline():
    tasks = [r for r in extract_text(SPACED_ROLE_COLUMNS).dicts() if r["type"] == "task"]
    assert [[(a["name"], a["role"]) for a in t["agencies"]] for t in tasks][1] == [
        ("市住房城乡建设局", "lead"),
        ("市发展改革委", "support"),
        ("市财政局", "support"),
        ("各县（市、区）人民政府", "responsible"),
    ]
    assert [t["source"]["text"][:2] for t in tasks] == ["1 ", "2 ", "3 "]


def test_space_separated_rows_with_spaced_out_header_glued_by_normalising():
    tm = normalise((DATA / "spaced_rows.txt").read_text(encoding="utf-8"))
    assert "序号重点任务任务数责任单位\n" in tm.text
    rows = find_table_rows(tm.text, spacing=Spacing.of(tm))
    assert [r.serial for r in rows] == ["1", "2", "3"]
    _check(rows, "污水管网排查整治", {"区生态环境局"}, {"区水务局", "各街道办事处"})
    _check(rows, "扬尘在线监测", {"区住房城乡建设局"}, {"区城管局"})
    _check(rows, "老旧柴油货车淘汰", {"区交通运输局"}, {"公安分局交警大队", "区生态环境局"})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a county health commission's progress list: each word of the header's role columns printed apart
        # (牵头  领导 | 牵头  责任单位 | 主体  责任单位 | 配合  责任单位), the rows a part of the county's list (81, 85,
        # 87), a leader's name with spaces inside, progress cells after the units, a unit cell wrapped over lines
        pytest.param("wrapped_header_spaced_rows.txt", [
            ("81", {"县卫健委"}, {"各乡镇", "县开发区", "县直有关单位"}),  # (县开发区: the unit cell wrapped)
            ("85", {"县卫健委"}, {"有关乡镇", "县直有关单位"}),
            ("87", {"县卫健委"}, {"县卫健委", "县直有关单位"}),
        ], id="spaced-rows-under-a-header-of-wrapped-words"),
        pytest.param("wrapped_header_spaced_rows_hand.txt", [
            ("12", {"区住房城乡建设局"}, {"各街道办事处"}),
            ("15", {"区水务局"}, {"区生态环境局"}),
        ], id="spaced-rows-under-a-header-of-wrapped-words-hand-written"),
    ],
)
def test_space_separated_rows_under_a_header_whose_names_wrap_over_spaces(name, expected):
    tm = normalise((DATA / name).read_text(encoding="utf-8"))
    rows = find_table_rows(tm.text, spacing=Spacing.of(tm))
    got = [(r.serial, {n for n, role, _, _ in r.entries if role is Role.LEAD},
            {n for n, role, _, _ in r.entries if role is not Role.LEAD}) for r in rows]
    assert got == expected
    # the leaders' names are neither the task's nor units
    assert not any(w in r.text for r in rows for w in ("吴蓓蓓", "汪 峰", "李 明", "王芳"))


_WRAPPED_HEADER_HAND = (
    "某区2024年重点工作任务落实情况表(第二季度)\n"
    "序号 2024年重点工作任务 责任  领导 牵头       责任单位 配合        责任单位 2024年4-6月份推进情况 备注\n"
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a row that leaves the leaders' cell empty: the task's last short word (专项行动) is no leader's name
        pytest.param("12 推进老旧小区改造提升。 李  明 区住房城乡建设局 各街道办事处 按序时推进 已完成改造项目立项\n"
                     "16 开展“清四乱” 专项行动 区水务局 区生态环境局 按序时推进 完成3条河道清淤\n",
                     [("12", "推进老旧小区改造提升。"), ("16", "开展“清四乱” 专项行动")],
                     id="leaders-cell-empty-task-word-before-the-units"),
        # a cell's line wrapped that opens with a figure (150 处…) is no row numbered 150: the rows after it are read
        pytest.param("1 推进老旧小区改造提升。 李  明 区住房城乡建设局 各街道办事处 按序时推进 已完成\n"
                     "2 开展河道综合整治，清理\n150 处河道障碍物。 王芳 区水务局 区生态环境局 按序时推进 已完成\n"
                     "3 推进生活垃圾分类。 王芳 区城管局 各街道办事处 按序时推进 已完成\n"
                     "4 推进农村公路提档升级。 李  明 区交通运输局 各街道办事处 按序时推进 已完成\n",
                     [("1", "推进老旧小区改造提升。"), ("3", "推进生活垃圾分类。"), ("4", "推进农村公路提档升级。")],
                     id="wrapped-line-opening-with-a-figure-is-no-serial-hand-written"),
    ],
)
def test_space_separated_rows_under_a_wrapped_header_keep_their_tasks_and_serials(rows, expected):
    tm = normalise(_WRAPPED_HEADER_HAND + rows)
    assert [(r.serial, r.text) for r in find_table_rows(tm.text, spacing=Spacing.of(tm))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # hand-written: prose wrapped with spaces, serials opening its lines, and no header
        pytest.param(
            "各县（市、区）要 加强 组织领导，市水利局 负责 统筹协调，市财政局 做好 资金保障。\n"
            "1 加强 河湖 日常巡查 市水利局 各县（市、区）人民政府\n2 强化 执法 监管 市公安局 市水利局\n",
            id="prose-and-serials-without-a-header",
        ),
        # hand-written: a header line, then prose whose lines open with no serial
        pytest.param(
            "序号 工作任务 责任单位\n各单位 要 按照 分工 抓好 落实，市水利局 负责 督导 检查。\n"
            "有关 情况 及时 报送 市河长办。\n",
            id="header-then-prose",
        ),
    ],
)
def test_spacing_leaves_what_is_no_spaced_table_to_the_other_readers(text):
    tm = normalise(text)
    with_spacing = find_table_rows(tm.text, spacing=Spacing.of(tm))
    assert [(r.start, r.end, r.entries) for r in with_spacing] == [
        (r.start, r.end, r.entries) for r in find_table_rows(tm.text)
    ]


def test_printed_lines_read_back_the_dropped_spaces_and_breaks():
    tm = normalise(
        "x\n序号 类别 重 点 任 务 责任单位\n"
        "1 调整产业结 构 依法关停不达标的小型燃煤锅炉，加快淘汰落后产能  区生态环境局、 区水务局\n"
        "2 推进清洁取暖 加快实施集中供热工程，提高城区清洁取暖比例 区城管局\n"
    )
    assert "落后产能区生态环境局、区水务局\n2推进" in tm.text  # each row a line of its own, its spaces dropped
    lines = lines_of(tm.text, tm.text.index("序号"), len(tm.text))
    printed = [[w.text for w in ws] for line in lines for ws in printed_lines(line, Spacing.of(tm))]
    assert printed == [
        ["序号", "类别", "重", "点", "任", "务", "责任单位"],  # letters spaced out stay apart
        # a lone character wrapped joins its word; a space more is an empty cell; a list wrapped after 、 is one
        ["1", "调整产业结构", "依法关停不达标的小型燃煤锅炉，加快淘汰落后产能", "", "区生态环境局、区水务局"],
        ["2", "推进清洁取暖", "加快实施集中供热工程，提高城区清洁取暖比例", "区城管局"],  # a line break read back
    ]


def test_a_yes_no_cell_of_one_character_is_a_cell_of_its_own_and_a_blank_line_has_no_words():
    from policykg.extract.table_lines import Line, words

    # a one-character answer (是, 否) after an owner cell is no tail of it wrapped onto its own line
    assert [w.text for w in words(Line("1 推进城市更新 区发改委 是", 0, 15))] == ["1", "推进城市更新", "区发改委", "是"]
    assert [w.text for w in words(Line("2 加强管理 区财政局 否 长期", 0, 16))][3] == "否"
    assert words(Line("   ", 0, 3)) == []


# Space-separated rows after text extraction dropped the spaces between Chinese characters
# and joined the lines: the whole table is one line (hand-written, in that form).
GLUED_LINES = [
    pytest.param(
        "各项任务中排在第一位的为牵头单位，下同。\n"
        "序号重点任务任务数责任单位1开展工业园区污水管网排查整治3区生态环境局、区水务局、各街道办事处"
        "2推进建筑工地扬尘在线监测全覆盖12区住房城乡建设局、区城管局3完成老旧柴油货车淘汰1区交通运输局\n"
        "区人民政府办公室\n",
        [
            ("开展工业园区污水管网排查整治", {"区生态环境局"}, {"区水务局", "各街道办事处"}),
            ("推进建筑工地扬尘在线监测全覆盖", {"区住房城乡建设局"}, {"区城管局"}),
            ("完成老旧柴油货车淘汰", {"区交通运输局"}, set()),
        ],
        id="glued-header-figure-column-lead-first-rule",
    ),
    pytest.param(
        "序号主要任务责任单位完成时限1建设2个市级智慧农业示范基地市农业农村局、市科技局2023年底前"
        "2推进农产品冷链物流设施建设市商务局、市发展改革委长期\n",
        [
            ("建设2个市级智慧农业示范基地", set(), {"市农业农村局", "市科技局"}),
            ("推进农产品冷链物流设施建设", set(), {"市商务局", "市发展改革委"}),
        ],
        id="glued-deadline-column-and-a-figure-inside-the-task",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_LINES)
def test_table_glued_into_one_line(text, expected):
    rows = find_table_rows(text)
    assert [r.text for r in rows] == [snippet for snippet, _, _ in expected]
    for snippet, leads, others in expected:
        _check(rows, snippet, leads, others)


def test_glued_rows_keep_their_figures_and_deadlines():
    rows = find_table_rows(GLUED_LINES[1].values[0])
    assert [r.deadline for r in rows] == ["2023年底前", "长期"]
    rows = find_table_rows(GLUED_LINES[0].values[0])
    assert [r.serial for r in rows] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("row", "leads", "others"),
    [
        pytest.param(
            "| 1 | 建设智慧养老服务平台 | 牵头单位：区民政局；配合单位：区大数据中心、区财政局 |",
            {"区民政局"},
            {"区大数据中心", "区财政局"},
            id="labels-inside-the-cell",
        ),
        pytest.param(
            "| 2 | 推进老年助餐点建设 | 牵头：区民政局 配合：各街道 |",
            {"区民政局"},
            {"各街道"},
            id="short-labels-inside-the-cell",
        ),
        pytest.param(
            "| 3 | 开展适老化改造 | 区住房城乡建设委、区民政局（牵头） |",
            {"区民政局"},
            {"区住房城乡建设委"},
            id="bracketed-lead-after-the-name",
        ),
        pytest.param(
            "| 4 | 开展适老化改造 | 区住房城乡建设委、区民政局 |",
            set(),
            {"区住房城乡建设委", "区民政局"},
            id="no-mark-no-lead",
        ),
    ],
)
def test_roles_marked_inside_a_unit_cell(row, leads, others):
    rows = find_table_rows("| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n" + row + "\n")
    assert len(rows) == 1
    _check(rows, rows[0].text, leads, others)


def test_flattened_cells_each_ending_with_its_border_pipe_leader_column_and_words_broken_by_spaces():
    # a page flattened one cell a line with each cell's pipe kept (``责任单位 |``); the
    # 责任领导 column names people, never units; task cells carry spaces from PDF wrapping
    text = (DATA / "flat_cell_border_pipes_leader_column.txt").read_text(encoding="utf-8")
    rows = find_table_rows(text)
    assert [r.serial for r in rows] == ["1", "2", "3"]
    assert [{n for n, _, _, _ in r.entries} for r in rows] == [{"企业服务局", "经济发展局"}, {"建设管理局"}, {"应急管理局"}]
    assert all(role is Role.RESPONSIBLE for r in rows for _, role, _, _ in r.entries)
    assert [r.deadline for r in rows] == ["全年", "2026年10月底前", "长期"]
    for row in rows:
        quoted = text[row.text_start : row.text_end]
        assert quoted.startswith(row.serial + " |") and quoted.endswith(row.deadline)
        assert row.text.count("|") == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "spaced_no_serial_lead_support_deadline.txt",
            [
                ("开展农村生活污水治理", {"县生态环境局"}, {"县水利局", "各乡镇"}, "2024年底前"),
                ("推进农村户厕改造提升", {"县农业农村局"}, {"县卫生健康局", "各乡镇"}, "2024年10月"),
                ("完善村庄保洁长效机制", {"县城管局"}, {"各乡镇人民政府"}, "长期"),
            ],
            id="glued-no-serial-lead-and-support-cells-glued-together-deadline-ends-the-row",
        ),
        pytest.param(
            "spaced_no_serial_header_line_apart.txt",
            [
                ("推行企业开办全程网上办理", set(), {"市市场监管局", "市政务服务中心"}, None),
                ("压缩工程建设项目审批时间", set(), {"市住房城乡建设局", "市自然资源局"}, None),
                ("推进不动产登记一窗受理", set(), {"市自然资源局", "市税务局"}, None),
            ],
            id="glued-no-serial-header-on-its-own-line-next-task-ends-the-unit-list",
        ),
        pytest.param(
            "spaced_no_serial_cells_wrapped.txt",
            [
                ("开展农村生活污水治理和黑臭\n水体整治", {"县生态环境局"}, {"县水利局", "各乡镇"}, "2024年底前"),
                ("推进农村户厕改造提升", {"县农业农村局"}, {"县卫生健康局", "各乡镇"}, "2024年10月"),
                ("完善村庄保洁长效机制", {"县城管局"}, {"各乡镇人民政府"}, "长期"),
            ],
            id="glued-no-serial-rows-apart-task-cell-and-unit-cell-wrapped-onto-the-next-line",
        ),
    ],
)
def test_space_separated_table_without_serials_glued_by_text_extraction(name, expected):
    # rows written one a line with spaces between cells; text extraction dropped the spaces
    # and joined the lines, so no serial marks where a row starts
    text = normalise((DATA / name).read_text(encoding="utf-8")).text
    rows = find_table_rows(text)
    assert len(rows) == len(expected)
    for row, (task, leads, others, deadline) in zip(rows, expected, strict=True):
        assert row.text == task
        got_leads = {n for n, role, _, _ in row.entries if role is Role.LEAD}
        assert (got_leads, {n for n, _, _, _ in row.entries} - got_leads) == (leads, others)
        assert row.deadline == deadline
        quoted = text[row.text_start : row.text_end]
        assert quoted.startswith(task.split("\n")[0]) and task.split("\n")[-1] in quoted
        last = text[row.entries[-1][2] : row.entries[-1][3]]
        assert quoted.endswith(last) or quoted.endswith(task.split("\n")[-1]) or quoted.endswith(deadline)


def test_pipe_cells_with_line_break_tags():
    text = (
        "| 序号 | 重点任务 | 牵头<br>单位 | 配合<br/>单位 |\n|:---:|---|---|---|\n"
        "| 1 | 建设智慧养老服务平台 | 区民政局 | 区大数据中心<br>区财政局 |\n"
    )
    _check(find_table_rows(text), "智慧养老", {"区民政局"}, {"区大数据中心", "区财政局"})


def test_unit_column_name_that_states_the_lead_first_rule():
    text = "| 序号 | 重点任务 | 责任单位（牵头单位列第一位） |\n|---|---|---|\n| 1 | 建设智慧养老服务平台 | 区民政局、区财政局 |\n"
    _check(find_table_rows(text), "智慧养老", {"区民政局"}, {"区财政局"})


@pytest.mark.parametrize(
    "without_serials",
    [
        pytest.param(False, id="read-by-serials"),
        pytest.param(True, id="read-by-cell-shapes-no-serial-column"),
    ],
)
def test_yearly_plan_columns_between_task_and_units_and_lead_rule_under_the_table(without_serials):
    text = (DATA / "flat_plan_columns_rule_under.txt").read_text(encoding="utf-8")
    if without_serials:  # the same table with its 序号 column left out
        text = re.sub(r"(?m)^(?:序号|\d)\n\n", "", text)
    rows = find_table_rows(text)
    assert [r.text for r in rows] == [
        "新建社区养老服务综合体",
        "改造提升社区卫生服务中心",
        "建设全民健身步道",
    ]
    _check(rows, "养老服务综合体", {"区民政局"}, {"区规划资源局", "各街道"})  # 排在第一位的为牵头单位
    _check(rows, "社区卫生服务中心", {"区卫生健康委"}, {"区财政局"})
    _check(rows, "全民健身步道", {"区体育局"}, set())  # a single unit is the first one too
    plans = {r.text: [(p.year, p.column, p.text) for p in r.plan] for r in rows}
    assert plans["新建社区养老服务综合体"] == [(2023, "2023年目标", "3个"), (2024, "2024年目标", "5个")]
    assert plans["改造提升社区卫生服务中心"] == [(2023, "2023年目标", "2家")]  # —— is no figure
    for row in rows:
        for cell in row.plan:
            assert text[cell.start : cell.end] == cell.text


def test_a_scored_target_tables_role_column_owns_each_rows_target_hand_written():
    # 指标 | 分值 | 目标值 | 责任单位 flattened one cell a line: the score is no serial; each row's
    # owner cell follows its target, a row with no target (its next indicator at once) owns nothing
    table = ("2023年度目标任务分解表\n考核指标\n分值\n目标值\n责任单位\n经济发展\n农业总产值（亿元）\n2\n45\n"
             "县农业农村局\n新增市场主体（户）\n1.5\n城镇新增就业（人）\n1\n3200\n县人社局\n")
    rows = find_table_rows(table)
    assert [(r.text, [n for n, *_ in r.entries]) for r in rows] == [
        ("农业总产值（亿元）\n45", ["县农业农村局"]), ("城镇新增就业（人）\n3200", ["县人社局"])]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("序号", "serial", id="serial"),
        pytest.param("牵头处室", "lead", id="lead-by-role-word-unlisted-body"),
        pytest.param("主责单位", "lead", id="lead-main-responsibility"),
        pytest.param("协同部门", "support", id="support-by-role-word"),
        pytest.param("实施主体", "responsible", id="responsible-by-role-word"),
        pytest.param("牵 头 部 门", "lead", id="spaced-out-characters"),
        pytest.param("时间节点", "time", id="deadline"),
        pytest.param("2024年目标", "plan", id="yearly-plan"),
        pytest.param("任务数", "number", id="figure"),
        pytest.param("投资额（万元）", "number", id="figure-with-unit"),
        pytest.param("牵头领导", "other", id="leader-is-no-unit-column"),
        pytest.param("备注", "other", id="note"),
        pytest.param("重点工作目标任务", "task", id="task"),
        pytest.param("类别", "group", id="group"),
        pytest.param("No.", "serial", id="serial-latin"),
        pytest.param("任务类别", "group", id="group-word-after-task"),
        pytest.param("工作内容分类", "task", id="content-word-wins-over-group-word"),
        pytest.param("支持政策", "task", id="policy-column"),
        pytest.param("责任单位（排在第一位的为牵头单位）", "responsible", id="name-with-a-long-note"),
        pytest.param("完成时限（年月）", "time", id="deadline-with-a-note"),
        pytest.param("牵头单位及职责", "lead", id="role-label-opening-a-longer-name"),
        pytest.param("区发改委（牵头）", None, id="marked-agency-is-no-column"),
        pytest.param("区发改委", None, id="agency-is-no-column"),
        pytest.param("钱 宇", None, id="person-is-no-column"),
        # a progress report on the tasks (heldout form: 1-10月推进情况 | 是否达标 | 说明)
        pytest.param("1-6月推进情况", "other", id="progress-column"),
        pytest.param("完成进度", "other", id="progress-rate-column"),
        pytest.param("是否达标", "other", id="yes-no-column"),
        # a 民生事项 progress report (heldout form: … | 1-9月份工作取得成效 | 监督电话 |)
        pytest.param("监督电话", "other", id="contact-telephone"),
        pytest.param("1-9月份工作取得成效", "other", id="results-column"),
        # a 考核 list (heldout form: 考核项目 | 序号 | 考核指标 | 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门)
        pytest.param("评分部门", "other", id="scoring-body-owns-no-task"),
        pytest.param("考核单位", "other", id="assessing-body-owns-no-task"),
        pytest.param("年度目标", "other", id="goal-of-the-year-is-no-task"),
        pytest.param("单位", "other", id="unit-of-measure"),
        # a progress list's columns named for a period (heldout form: 2023年10-12月份进展情况 | 20224年1-3月份进度安排)
        pytest.param("2023年10-12月份进展情况", "other", id="progress-of-a-period"),
        pytest.param("20224年1-3月份进度安排", "other", id="schedule-of-a-period-is-no-deadline"),
        pytest.param("主体责任单位", "responsible", id="main-body-responsible-unit"),
    ],
)
def test_column_kinds(name, kind):
    assert column_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "status"),
    [
        pytest.param("落实情况", True, id="落实情况"),
        pytest.param("完成情况", True, id="完成情况"),
        pytest.param("进展情况", True, id="进展情况"),
        pytest.param("工作进展", True, id="工作进展"),
        pytest.param("1-6月推进情况", True, id="progress-of-months"),
        pytest.param("1-9月份工作取得成效", True, id="results-of-months"),
        pytest.param("2023年10-12月份进展情况", True, id="progress-of-a-period"),
        pytest.param("监督电话", False, id="telephone-is-no-report"),
        pytest.param("是否达标", False, id="yes-no-check-is-no-report"),
        pytest.param("具体工作任务和要求", False, id="task"),
        pytest.param("2024年目标", False, id="yearly-plan"),
    ],
)
def test_progress_columns_report_results(name, status):
    assert is_status_column(name) is status
    assert column_kind(name) == ("other" if status else column_kind(name))


def test_header_pieces_are_joined_into_names():
    assert segment_names(["重点工作", "主要", "任务", "工作措施", "责任单位", "备注"]) == [
        (0, 1),
        (1, 3),
        (3, 4),
        (4, 5),
        (5, 6),
    ]
    assert segment_names(["序号", "重", "点", "任", "务", "责任单位"]) == [(0, 1), (1, 5), (5, 6)]
    assert segment_names(["序号", "区财政局"]) is None


def test_header_text_columns_and_roles():
    header = make_header(["类别", "项目", "主要任务", "牵头单位", "配合单位"])
    assert header is not None and header.kinds == ("group", "group", "task", "lead", "support")
    header = make_header(["序号", "工作任务", "牵头单位", "责任单位"])
    assert header is not None and header.kinds[-1] == "support"  # 责任单位 beside a lead column
    header = make_header(["序号", "类别", "主要任务", "细化措施", "牵头单位", "参与单位", "责任单位"])
    assert header is not None and header.kinds[-3:] == ("lead", "support", "responsible")  # a support column of its own
    assert make_header(["序号", "工作任务", "完成时限"]) is None  # no unit column: no task table
    header = make_header(["序号", "2024年预期目标", "责任单位"])  # no text column: the plan column, on trial
    assert header is not None and header.kinds == ("serial", "task", "responsible") and header.borrowed
    assert make_header(["序号", "完成时限", "责任单位"]) is None  # nothing that may hold the task
    assert plan_year("2023年度目标") == 2023 and plan_year("备注") is None


@pytest.mark.parametrize(
    ("names", "kinds"),
    [
        pytest.param(["序号", "项目名称", "建设地点", "建设内容", "责任单位"],
                     ("serial", "group", "other", "task", "responsible"), id="serial-text-role-and-an-unknown-word"),
        pytest.param(["项目名称", "建设地点", "建设内容", "责任单位"], None, id="no-serial-name-first"),
        pytest.param(["类别", "项目名称", "建设地点", "建设内容", "责任单位"],
                     ("group", "group", "other", "task", "responsible"), id="group-column-first"),
        pytest.param(["一、重点领域", "工作任务", "实施地点", "责任单位"], None, id="a-group-cell-of-data-first"),
        pytest.param(["序号", "建设地点", "实施范围", "责任单位"], None, id="no-text-column"),
        pytest.param(["序号", "项目名称", "石门镇2023", "责任单位"], None, id="a-cell-with-a-figure"),
        pytest.param(["1", "城区小学运动场改造项目", "相关镇", "教育局"], None, id="a-row-of-data"),
    ],
)
def test_a_header_may_name_columns_of_unknown_kind_only_beside_its_serial_text_and_role_columns(names, kinds):
    header = make_header(names)
    assert (header.kinds if header else None) == kinds


# hand-written in the form of a county bureau's yearly task table flattened one cell a line: an indicator
# column (指标) before the task names each group of rows, its cell and the unit cell merged over the group
FLAT_ROWS_UNDER_AN_INDICATOR_COLUMN = """序号
指标
工作任务
完成时限
责任领导
责任股室
（单位）
备注
1
公共体育服务
全民健身活动参与人次较上年增长10%。
12月底前
张某
群众体育股
体育馆
2
组织开展全民健身赛事不少于20场。
3
推进乡镇健身广场建设。
4
竞技体育
办好全县运动会。
竞技体育股
"""


def test_an_indicator_column_before_the_task_groups_the_rows():
    assert make_header(["序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室（单位）"]).kinds == (
        "serial", "group", "task", "time", "other", "responsible")
    assert make_header(["序号", "指标", "责任单位"]).kinds == ("serial", "task", "responsible")  # no task column
    rows = find_table_rows(normalise(FLAT_ROWS_UNDER_AN_INDICATOR_COLUMN).text)
    assert [(r.heading, [n for n, _, _, _ in r.entries]) for r in rows] == [
        ("公共体育服务", ["群众体育股", "体育馆"]), ("公共体育服务", ["群众体育股", "体育馆"]),
        ("公共体育服务", ["群众体育股", "体育馆"]),
        ("竞技体育", ["竞技体育股"]),
    ]


# hand-written in the form of a 民生实事 project table (#15): pipe rows whose header holds columns no
# list names (建设地点, 建设时间) beside the text and unit columns
PIPE_ROWS_UNKNOWN_COLUMNS = """附件
| 序号 | 项目名称 | 建设地点 | 建设时间 | 2023年建设内容 | 年度投资金额（万元） | 责任单位 |
| 1 | 城区小学运动场改造项目 | 相关镇（街道） | 2023 | 对东关小学、西河小学等4所学校运动场地进行改造。 | 450 | 教育局 |
| 2 | 农村公路安全防护工程 | 石门镇 | 2023 | 实施农村公路生命防护工程42.5公里。 | 2100 | 交通运输局 |
"""


def test_pipe_rows_with_columns_of_unknown_kind_keep_their_owners():
    rows = find_table_rows(normalise(PIPE_ROWS_UNKNOWN_COLUMNS).text)
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("教育局", "responsible")], [("交通运输局", "responsible")],
    ]
    assert [r.text for r in rows] == ["对东关小学、西河小学等4所学校运动场地进行改造。", "实施农村公路生命防护工程42.5公里。"]


# heldout (a prefecture's carbon-intensity decomposition, simplified): a plan broken down by place, no column of
# text; each row is its place's work, owned by the body its unit column names
PIPE_PLACE_ROWS = """县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 |
通川区 | 19% | 17% | 通川区人民政府 |
万源市 | 16% | 14% | 万源市人民政府 |
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PIPE_PLACE_ROWS, id="place-decomposition-rows"),
        # hand-written in the same form: a 地区 column, the figures of a year, the bodies in charge
        pytest.param(
            "地区 | 新增就业目标 | 责任单位 |\n通川区 | 5000人 | 通川区人民政府 |\n万源市 | 3000人 | 万源市人民政府 |\n",
            id="region-column-decomposition-rows",
        ),
    ],
)
def test_pipe_rows_of_a_plan_broken_down_by_place_are_each_places_task(text: str):
    rows = find_table_rows(normalise(text).text)
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("通川区人民政府", "responsible")], [("万源市人民政府", "responsible")],
    ]
    assert [r.text.split("|")[0].strip() for r in rows] == ["通川区", "万源市"]


# hand-written in the form of a 民生事项 progress report (heldout form): the group cell (类别) is merged over
# the rows of its group, so the rows after the first print one cell fewer, or close with an empty cell
PIPE_ROWS_UNDER_A_MERGED_GROUP = """类别 | 民生事项名称 | 2023年度任务目标 | 责任单位 | 分管县领导 | 1-6月份工作完成情况 | 监督电话 |
二、社会保障 | 5.建设养老服务中心 | 新建养老服务中心3处。 | 民政局 | 李某 | 已完成2处主体施工。 | 电话1234567 |
6.提升农村养老院 | 改造农村养老院6处。 | 县民政局 | 李某 | 完成改造60%。 | 电话1234567 |
7.发放高龄津贴 | 为80岁以上老人按月发放高龄津贴。 | 县财政局、县民政局 | 李某 | 已发放1-6月津贴。 | 电话1234567 | |
"""


def test_pipe_rows_under_a_merged_group_cell_are_aligned_on_the_right():
    text = normalise(PIPE_ROWS_UNDER_A_MERGED_GROUP).text
    rows = find_table_rows(text)
    assert [[n for n, _, _, _ in r.entries] for r in rows] == [["民政局"], ["县民政局"], ["县财政局", "县民政局"]]
    assert [r.heading for r in rows] == ["5.建设养老服务中心", "6.提升农村养老院", "7.发放高龄津贴"]
    assert [text[a:b] for r in rows for a, b in r.status] == ["已完成2处主体施工。", "完成改造60%。", "已发放1-6月津贴。"]


# hand-written in the form of a 目标任务推进情况汇总表 exported one row a line, its cells apart by spaces
# (heldout form): the normalised text glues each row's cells; more units of a row follow one a line,
# then the rest of its progress cell
SERIAL_LINE_ROWS = """2023年镇政府工作报告重点任务第三季度落实情况统计表
序号 重点任务 责任单位 第三季度落实情况
一、主要指标
1 镇域生产总值增长5.5%左右。 镇经济发展办 镇域生产总值同比增长4.1%。
2 粮食播种面积稳定在3万亩以上。 镇农业服务中心
镇财政所
镇自然资源所
粮食播种面积3.1万亩。
二、重点项目
（一）补齐民生短板
3 新建村级养老服务站6个，实现养老服务全覆盖。 镇民政办 已建成2个。
4处在建。
4 完成老旧小区改造2个。 镇建设办 完成1个，另1个完成80%。
"""


def test_rows_one_a_line_whose_cells_lost_their_spaces():
    text = normalise(SERIAL_LINE_ROWS).text
    rows = find_table_rows(text)
    assert [(r.serial, r.text, [n for n, _, _, _ in r.entries]) for r in rows] == [
        ("1", "镇域生产总值增长5.5%左右。", ["镇经济发展办"]),
        ("2", "粮食播种面积稳定在3万亩以上。", ["镇农业服务中心", "镇财政所", "镇自然资源所"]),
        ("3", "新建村级养老服务站6个，实现养老服务全覆盖。", ["镇民政办"]),
        ("4", "完成老旧小区改造2个。", ["镇建设办"]),
    ]
    assert [r.heading for r in rows] == ["一、主要指标", "一、主要指标", "（一）补齐民生短板", "（一）补齐民生短板"]
    assert [[text[a:b] for a, b in r.status] for r in rows] == [
        ["镇域生产总值同比增长4.1%。"], ["粮食播种面积3.1万亩。"], ["已建成2个。", "4处在建。"], ["完成1个，另1个完成80%。"],
    ]


# hand-written in the form of a 民生实事推进情况 table flattened one cell a line (heldout form): each header
# label is a line of its own, so the progress columns (1-8月推进情况) are known only from the header the
# table reader rebuilds; their cells report results. The excerpt opens at row 1 (read one serial at a
# time) or in the middle of the table (read by the cells' shapes).
FLAT_PROGRESS_HEADER = """2024年县政府民生实事项目推进情况（1-9月）
序号 |
主要任务 |
牵头单位 |
责任单位 |
1-8月推进情况 |
1-9月推进情况 |
"""
FLAT_PROGRESS_ROWS = """{a} |
新建城市书房6个。 |
县文广旅局 |
各乡镇 |
已完成选址，完成35%。 |
已开工建设，完成70%。 |
{b} |
改造农贸市场4个。 |
县商务局 |
县财政局、各乡镇 |
已完成方案设计。 |
已完成2个市场改造，建成1个停车场。 |
"""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("1", "2", id="flat-cells-from-row-1"),
        pytest.param("5", "6", id="flat-cells-from-a-middle-row"),
    ],
)
def test_progress_cells_of_a_table_flattened_one_cell_a_line(a, b):
    text = normalise(FLAT_PROGRESS_HEADER + FLAT_PROGRESS_ROWS.format(a=a, b=b)).text
    rows = find_table_rows(text)
    assert [[n for n, _, _, _ in r.entries] for r in rows] == [["县文广旅局", "各乡镇"], ["县商务局", "县财政局", "各乡镇"]]
    assert [[text[a:b] for a, b in r.status] for r in rows] == [
        ["已完成选址，完成35%。", "已开工建设，完成70%。"],
        ["已完成方案设计。", "已完成2个市场改造，建成1个停车场。"],
    ]
    assert [(t.indicator, t.value) for t in find_targets(text, document=None)[0]] == [
        ("新建城市书房", 6), ("改造农贸市场", 4),
    ]


# hand-written in the form of a 重点工作计划执行情况 table flattened one cell a line (heldout form): a header
# word split over two lines (第二季度 / 完成情况), and a column (工作安排) its rows leave empty, so each
# row prints one text cell fewer than the header names: the progress cell is the last one printed.
FLAT_PROGRESS_EMPTY_COLUMN = """清河镇2024年度重点工作计划二季度执行情况
序号
重点工作
责任
领导
责任
科室
攻坚目标
工作安排
第二季度
完成情况
1
东溪水库移民安置
张某某
东溪水库工程建设领导小组
完成移民安置房建设。
安置房分配进度达65%。
2
美丽城镇建设
刘某某
城镇建设办
创建省级美丽城镇样板镇。
本年度总投资4000万元的15个项目完成投资2100万元。
"""


def test_a_progress_column_ending_the_header_takes_the_last_cell_a_row_prints():
    text = normalise(FLAT_PROGRESS_EMPTY_COLUMN).text
    rows = find_table_rows(text)
    assert [[n for n, _, _, _ in r.entries] for r in rows] == [["东溪水库工程建设领导小组"], ["城镇建设办"]]
    assert [[text[a:b] for a, b in r.status] for r in rows] == [
        ["安置房分配进度达65%。"], ["本年度总投资4000万元的15个项目完成投资2100万元。"],
    ]
    assert find_targets(text, document=None)[0] == []


# hand-written in the form of a 民生实事 table flattened one cell a line (heldout form): development zones
# are co-owners beside departments and towns
FLAT_ZONE_CO_OWNERS = """2024年区政府民生实事项目
序号 |
主要任务 |
牵头单位 |
责任主体与协同单位 |
3 |
新建社区食堂12个。 |
区民政局 |
区市场监管局、高新技术产业开发区、各街道 |
4 |
新建停车泊位600个。 |
区城管局 |
东湖经济开发区、相关街道 |
"""


def test_development_zones_are_co_owners_in_a_table_cell():
    rows = find_table_rows(normalise(FLAT_ZONE_CO_OWNERS).text)
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("区民政局", "lead"), ("区市场监管局", "support"), ("高新技术产业开发区", "support"), ("各街道", "support")],
        [("区城管局", "lead"), ("东湖经济开发区", "support"), ("相关街道", "support")],
    ]


@pytest.mark.parametrize(
    ("row", "owners"),
    [
        pytest.param("1 新建城市书房5个区文化旅游局已建成3个", ["区文化旅游局"], id="no-full-stop-a-known-name"),
        pytest.param("1 新建城市书房5个。 区商务委 社会消费品零售额增长4%。", ["区商务委"],
                     id="known-name-then-progress-opening-with-a-name-character"),
        pytest.param("1 新增就业岗位300个。 镇社会事务办 新增210个。", ["镇社会事务办"],
                     id="name-with-a-name-character-inside"),
        pytest.param("1 镇域生产总值增长5.5%左右。 镇经济发展办 镇域生产总值增长4.1%。", ["镇经济发展办"],
                     id="progress-opening-with-a-place-name"),
        pytest.param("1 新建公办幼儿园2所。 县教育局、县财政局 已开工1所。", ["县教育局", "县财政局"], id="list-of-names"),
        pytest.param("1 会同县财政局完成资金拨付。 县教育局 已完成。", ["县教育局"], id="name-inside-the-task"),
    ],
)
def test_the_unit_list_of_a_row_whose_cells_lost_their_spaces(row, owners):
    rows = find_table_rows(normalise("序号 工作任务 责任单位 推进情况\n" + row + "\n").text)
    assert [n for r in rows for n, _, _, _ in r.entries] == owners


# the same form flattened one cell a line, each cell with its border pipe (heldout form): rows are read
# one serial at a time, each cell in its place; a row that does not print every cell is left out
FLAT_CELLS_UNKNOWN_COLUMNS = """附件：
|
某县2023年民生实事项目清单|
||||||
|
序号|
项目名称|
建设地点|
建设时间|
2023年建设内容|
年度投资金额（万元）|
责任单位|
|
1|
乡镇卫生院提升项目|
东山镇|
2023|
改造乡镇卫生院2所，新增床位40张。|
800|
卫生健康局|
|
2|
城区排水改造项目|
城关街道|
2023|
改造雨污管网6公里。|
1500|
住建局|
|
3|
村级文化广场项目|
2023|
新建村级文化广场5个。|
200|
文化旅游局|
"""


def test_flattened_cells_with_columns_of_unknown_kind_are_read_in_their_places():
    rows = find_table_rows(normalise(FLAT_CELLS_UNKNOWN_COLUMNS).text)
    assert [(r.serial, r.text, [n for n, _, _, _ in r.entries]) for r in rows] == [
        ("1", "改造乡镇卫生院2所，新增床位40张。", ["卫生健康局"]),
        ("2", "改造雨污管网6公里。", ["住建局"]),
    ]  # row 3 prints no 建设地点 cell: its cells cannot be placed


# hand-written in the form of a county's list of livelihood projects flattened one cell a line: the task
# column is named 民生实事, and a deadline cell may name the milestone due then
FLAT_LIVELIHOOD_PROJECTS = (
    "某县2024年民生实事项目责任分工表\n序号\n民生实事\n责任单位\n完成时限\n"
    "1\n新建城区公办幼儿园2所，新增学位540个。\n县教育局\n县住建局\n12月底前\n"
    "2\n改造老旧小区12个，惠及居民1500户。\n县住建局\n5月底前动工\n"
    "3\n建成县城污水处理厂二期工程。\n县水务局\n9月投入使用\n"
)


def test_a_column_of_livelihood_projects_and_milestone_deadlines_hand_written():
    rows = find_table_rows(normalise(FLAT_LIVELIHOOD_PROJECTS).text)
    assert [(r.serial, r.text, [n for n, _, _, _ in r.entries], r.deadline) for r in rows] == [
        ("1", "新建城区公办幼儿园2所，新增学位540个。", ["县教育局", "县住建局"], "12月底前"),
        ("2", "改造老旧小区12个，惠及居民1500户。", ["县住建局"], "5月底前动工"),
        ("3", "建成县城污水处理厂二期工程。", ["县水务局"], "9月投入使用"),
    ]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        pytest.param(
            "区财政局、区城运中心、各街道完善辖区单位数据底库",
            "区财政局、区城运中心、各街道",
            id="list-glued",
        ),
        pytest.param("区发展改革委负责推进项目建设", None, id="single-name-is-a-task-subject"),
        pytest.param("推进重点单位、政府专职消防队建设", None, id="prose"),
    ],
)
def test_glued_head(line, head):
    cut = Units(()).glued_head(Line(line, 0, len(line)))
    assert (line[:cut] if cut is not None else None) == head


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("序号\n牵头单位\n", id="header-only"),
        pytest.param("| 序号 | 工作任务 | 牵头单位 |\n| 1 |", id="pipe-row-cut"),
        pytest.param("序号 工作任务 责任单位\n", id="spaced-header-only"),
        pytest.param("牵头\n部门\n" * 50, id="repeated-pieces"),
        pytest.param("工作任务\n牵头单位\n配合单位\n——\n/\n★\n*\n（牵头）\n", id="only-marks"),
        pytest.param("\x00\ufffd|||\n||||\n|", id="junk"),
    ],
)
def test_bad_input_gives_no_traceback(text):
    assert isinstance(find_table_rows(text), list)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # real: dev/01 and dev/06 (the rule inside an annotation), normalised
        pytest.param("发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）", "列第一位者为牵头单位", id="listed-first"),
        pytest.param("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）", "排在第一位的部门为牵头部门", id="ranked-first-department"),
        # hand-written: the other wording of the rule
        pytest.param("第一个单位为牵头单位，下同", "第一个单位为牵头单位", id="first-unit"),
        pytest.param("县工商联（列第一位者为牵头或汇总单位，下同）", "列第一位者为牵头或汇总单位", id="lead-or-summary-unit"),
        pytest.param("责任单位：县财政局、县税务局（排名第一的单位牵头）", "排名第一的单位牵头", id="ranked-first-leads"),
        # real: dev/25 (a lead named, no rule)
        pytest.param("（牵头单位：区绿化市容局；配合单位：区信息委、各街镇、开发区）", None, id="lead-label-is-no-rule"),
    ],
)
def test_lead_first_rule(text: str, rule: str | None) -> None:
    found = lead_first_rule(text)
    assert (found.group() if found else None) == rule
    assert (found.span() if found else None) == (m.span() if (m := re.search(LEAD_FIRST_PATTERN, text)) else None)


def _candidates_one_scan_a_shape(text: str) -> list[int]:
    """Header candidates found the plain way: each line shape by its own ``^…`` regex over the text."""
    from policykg.extract import task_tables as tt

    def plain(scan):
        return re.compile(scan.pattern, scan.flags)

    out = set()
    short = list(plain(tt._SHORT_LINE_RE).finditer(text))
    if "|\n" in text or "｜\n" in text or "| \n" in text:
        short += plain(tt._EDGE_SHORT_LINE_RE).finditer(text)
    for m in short:
        t = m.group("t").rstrip(" \t\u3000")
        kind = column_kind(t)
        nxt = tt._NEXT_LINE_RE.match(text, m.end()) if kind is None and len(t) <= 4 else None
        if kind in tt.ROLE_KINDS or (nxt is not None and column_kind(t + nxt.group("t")) in tt.ROLE_KINDS):
            out.add(m.start())
    for m in plain(tt._PIPE_LINE_RE).finditer(text):
        if tt._ROLE_RE.search(tt._SPACE_RE.sub("", tt._TAG_RE.sub("", m.group()))):
            out.add(m.start())
    for m in plain(tt._GLUED_HEADER_RE).finditer(text):
        if tt._glued_header(m.group("h")) is not None:
            out.add(m.start())
    for w in plain(tt._UNIT_NEAR_START_RE).finditer(text):
        m = tt._UNNUMBERED_HEADER_RE.match(text, w.start())
        if m is not None and tt._unnumbered_header(m.group("h")) is not None:
            out.add(m.start())
    for m in plain(tt._SPACED_LINE_RE).finditer(text):
        if tt._ROLE_RE.search(tt._SPACE_RE.sub("", m.group())):
            out.add(m.start())
    return sorted(out)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param((DATA.parents[2] / "examples" / "jiaxing-gazette-2024-03.txt").read_text(encoding="utf-8"), id="gazette"),
        *(pytest.param(path.read_text(encoding="utf-8"), id=path.stem) for path in sorted(DATA.glob("*.*"))),
        *(pytest.param(p.values[0], id=f"real-{p.id}") for p in [*REAL_TABLES, *GLUED, *GLUED_LINES]),
        # hand-written: a line of more than one shape (spaced and short; glued, unit word near its start)
        pytest.param("序号 任务 牵头单位\n", id="spaced-short-line"),
        pytest.param("序号重点任务牵头单位1加快推进污水管网建设区水务局\n", id="glued-line-unit-word-near-start"),
        pytest.param("重点任务牵头单位配合单位加快推进污水管网建设区水务局各街镇\n", id="unnumbered-glued-line"),
        # hand-written: a column name split over lines, spaced out, or after a border pipe
        pytest.param("牵 头\n\n单 位\n", id="split-spaced-name"),
        pytest.param("市级\n牵头单位\n", id="qualifier-on-its-own-line"),
        pytest.param("| 工作任务 |\n| 牵头 |\n部门 |\n", id="border-pipe-split-name"),
        pytest.param("牵　头　单　位", id="ideographic-spaces-no-line-break"),
        pytest.param("工作任务\n责任单位（部门）\n协 同 部 门\n市级配合单位\n实施主体及责任人\n", id="names-longer-than-four"),
        pytest.param("加快推进污水管网建设工作的实施方案\n", id="prose-line-with-role-word"),
        # hand-written: the unit column's name pushed to the edge of the window read for it, with
        # and without an indent (牵头单位 after 0 to 26 characters of column names)
        pytest.param(
            "".join(
                f"{indent}{'主要目标工作要求内容项目工作内容类别具体措施重点任务'[-k:]}牵头单位配合单位开展试点工作区水务局各街镇\n"
                for indent in ("", "　　", "\t")
                for k in range(0, 27)
            ),
            id="unit-column-at-the-window-edge",
        ),
    ],
)
def test_header_candidates_are_the_lines_one_scan_a_shape_finds(text: str) -> None:
    """The candidates of one scan of all shapes (with its cheap tests) are those of a scan a shape."""
    from policykg.extract.task_tables import _candidates

    assert _candidates(text) == _candidates_one_scan_a_shape(text)


# hand-written in the form of a district's progress report on its 民生实事: a table flattened one cell
# a line, a leader column before the units, lead units the tables lack (建管局), and text cells after
# the units (推进情况, 说明) before the next row's serial
PROGRESS_TABLE = """2024年区政府民生实事项目推进情况
序号
主要任务
分管领导
牵头单位
责任主体与协同单位
1-6月推进情况
是否达标
说明
1
改造提升30条背街小巷。
王明
建管局
区交通局、各街道
已完成设计，正在施工。
是
——
2
新建公共停车泊位500个。
王明
建管局
区交通局
已开工12处。
否
受拆迁影响，进度滞后。
3
新增社区食堂10家。
李华
民政局
各街道
已建成6家。
是
——
"""


def test_progress_report_rows_keep_their_lead_and_leave_progress_cells_out():
    from policykg.extract.text import normalise

    rows = find_table_rows(normalise(PROGRESS_TABLE).text)
    assert [r.text for r in rows] == ["改造提升30条背街小巷。", "新建公共停车泊位500个。", "新增社区食堂10家。"]
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("建管局", "lead"), ("区交通局", "support"), ("各街道", "support")],
        [("建管局", "lead"), ("区交通局", "support")],
        [("民政局", "lead"), ("各街道", "support")],
    ]
    assert [r.heading for r in rows] == [None, None, None]


# the same report with each cell's border pipe kept: the rows are read from the cell shapes, and
# the text cells after the units (推进情况, 说明) are no group cells of the next row, nor rows
PROGRESS_PIPE_CELLS = """2024年区政府民生实事项目推进情况（1-6月）
序号 |
主要任务 |
分管领导 |
牵头单位 |
协同单位 |
1-6月推进情况 |
说明 |
7 |
改造提升30条背街小巷。 |
王明 |
建管局 |
区交通局 |
已完成设计,正在施工。 |
||
8 |
新建公共停车泊位500个。 |
王明 |
建管局 |
区交通局 |
已开工12处。 |
受拆迁影响,进度滞后。 |
9 |
新增社区食堂10家。 |
李华 |
民政局 |
区财政局 |
已建成6家。 |
||
"""


def test_progress_report_with_border_pipes_reads_one_row_a_serial():
    from policykg.extract.text import normalise

    rows = find_table_rows(normalise(PROGRESS_PIPE_CELLS).text)
    assert [(r.serial, r.text, r.heading) for r in rows] == [
        ("7", "改造提升30条背街小巷。", None),
        ("8", "新建公共停车泊位500个。", None),
        ("9", "新增社区食堂10家。", None),
    ]
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("建管局", "lead"), ("区交通局", "support")],
        [("建管局", "lead"), ("区交通局", "support")],
        [("民政局", "lead"), ("区财政局", "support")],
    ]


# hand-written in the form of a county portal's table (#15): cells apart by `` | ``, no pipe at the
# start of a row, the units of one cell apart by a space, a person in the 责任领导 column
PIPE_ROWS_WITHOUT_LEADING_PIPE = """三、重点民生项目任务分解表
序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |
1 | 新建城西小学,增加学位2400个。 | 周立新 | 县教育局 各相关乡镇政府 | 主体工程已完工。 |
2 | 完成15个村饮水工程改造。 | 何文 | 县水利局 | 已完成11个村。 |
3 | 改造农贸市场3个。 | 何文 | 县商务局、县市场监管局 | 已完成2个。
"""


def test_pipe_rows_without_a_leading_pipe_keep_their_rows_and_cell_units_apart_by_a_space():
    rows = find_table_rows(normalise(PIPE_ROWS_WITHOUT_LEADING_PIPE).text)
    assert [r.serial for r in rows] == ["1", "2", "3"]
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("县教育局", "responsible"), ("各相关乡镇政府", "responsible")],
        [("县水利局", "responsible")],
        [("县商务局", "responsible"), ("县市场监管局", "responsible")],
    ]


# hand-written in the form of a city's assessment table copied from a page: one cell a line, a pipe before each
# cell but a row's first, its header's words broken one character a line
LEADING_PIPE_CELLS = """附件2
某县镇街考核基本指标
类别
| 序
号
| 指 标
| 单
位
| 分
值
| 责任单位
| 经济发展
(10分)
| A1
| 规模以上工业增加值增长率
| %
| 5
| 县工信局
| A2
| 社会消费品零售总额增长率
| %
| 5
| 县商务局
|
"""


def test_cells_one_a_line_each_after_a_pipe_read_as_without_the_pipes():
    piped = find_table_rows(normalise(LEADING_PIPE_CELLS).text)
    bare = find_table_rows(normalise(re.sub(r"(?m)^\| ?", "", LEADING_PIPE_CELLS)).text)
    owners = [{(n, role.value) for n, role, _, _ in r.entries} for r in piped]
    assert owners == [{("县工信局", "responsible")}, {("县商务局", "responsible")}]
    assert owners == [{(n, role.value) for n, role, _, _ in r.entries} for r in bare]


# hand-written in the form of a work report's 分解表 (#15): the lead column comes first, each lead cell
# merged over its rows and printed upright a few characters a line, the later cells opening their
# lines with a pipe; a row printing no unit cell takes the merged cell above it
LEAD_COLUMN_FIRST = """牵头单位
| 目 标 任 务
| 责 任 单 位
|
区
教
育
局
| 新建中小学校3所,新增学位4000个
| 区财政局、各街道
|
推进集团化办学改革
| 区直各单位
|
区城
市管理
局
| 完成背街小巷整治60条
| 区住建局、各街道
|
新增公共停车泊位800个
|
"""


def test_lead_column_first_printed_upright_leads_every_row_beneath_it():
    rows = find_table_rows(normalise(LEAD_COLUMN_FIRST).text)
    assert [r.text for r in rows] == ["新建中小学校3所，新增学位4000个", "推进集团化办学改革", "完成背街小巷整治60条", "新增公共停车泊位800个"]
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("区教育局", "lead"), ("区财政局", "support"), ("各街道", "support")],
        [("区教育局", "lead"), ("区直各单位", "support")],
        [("区城市管理局", "lead"), ("区住建局", "support"), ("各街道", "support")],
        [("区城市管理局", "lead"), ("区住建局", "support"), ("各街道", "support")],
    ]


def test_upright_pieces_that_spell_no_name_lead_nothing():
    text = LEAD_COLUMN_FIRST.replace("区\n教\n育\n局", "教\n育\n工\n作")
    rows = find_table_rows(normalise(text).text)
    assert all(n != "教育工作" for r in rows for n, _, _, _ in r.entries)
    assert "新建中小学校3所，新增学位4000个" not in [r.text for r in rows]


# hand-written in the form of a town's quarterly progress table printed one cell a line, its
# header words split over two cells: a joint body named after its work (18 characters) owns row 1
JOINT_BODY_TABLE = """序号

重点工作

责任

领导

责任

科室

攻坚目标

第三季度

完成情况

1

青溪水库扩容工程移民安置

陈某

青溪水库扩容工程移民安置工作领导小组

完成移民安置房主体建设。

安置房分配进度达50%。

2

集镇环境整治

周某

城建办

完成集镇主街立面改造。

已完成立面改造1.5公里。
"""


def test_a_joint_body_named_after_its_work_is_a_unit_cell():
    rows = find_table_rows(normalise(JOINT_BODY_TABLE).text)
    assert [[n for n, _, _, _ in r.entries] for r in rows] == [["青溪水库扩容工程移民安置工作领导小组"], ["城建办"]]


# hand-written in the form of a work report's 责任分解表 printed one cell a line (#15): a leader column
# between the task and the units, a lead column then a support column whose list is printed one name a
# line, rows that print their lead only, and a body's second name in brackets on the line after it
FLAT_LEAD_THEN_SUPPORT_LINES = """序号
目标名称
工作内容
分管领导
牵头单位
配合单位
1
主要预期目标
（1）地区生产总值增长5.5%左右。
李明
发改局
各街道
统计局
（2）一般公共预算收入增长4%以上。
财政局
（3）安全生产形势平稳向好。
王强
应急管理局
（安委办）
区安委会各成员单位
"""


def test_flattened_lead_and_support_columns_read_by_the_shape_of_such_tables():
    rows = find_table_rows(normalise(FLAT_LEAD_THEN_SUPPORT_LINES).text)
    assert [[(n, role.value) for n, role, _, _ in r.entries] for r in rows] == [
        [("发改局", "lead"), ("各街道", "support"), ("统计局", "support")],  # more lines than columns: the last's
        [("财政局", "lead")],  # fewer: the first's
        [("应急管理局", "lead"), ("区安委会各成员单位", "support")],  # （安委办）: its second name, in its cell
    ]


# A table flattened one cell a line, one serial a row, whose lead cells each name one body: a row printing
# more unit lines than columns prints its support list one name a line; an empty cell (/) is its column's.
JINDONG_ROWS = (
    "序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n打造区域教育高地\n"
    "新（改、扩）建一批中小学校实施新（改、扩）建中小学校5家。\n区教体局\n东孝街道\n孝顺镇\n傅村镇\n曹宅镇\n澧浦镇\n"
    "区发改局\n金义新区发展集团\n区城投集团\n区社发公司\n区资规分局\n2\n中小学校清廉阳光厨房建设\n"
    "对28所中小学校食堂安装数字化验收平台。\n区教体局\n/\n3\n“医”心为民工程\n新（改）建村卫生室\n新（改）建村卫生室80家。\n"
    "区卫健局\n各乡镇（街道）\n4\n医疗卫生机构迁（扩）建\n实施卫生院迁（扩）建1家。\n区卫健局\n源东乡\n区发改局\n区资规分局\n"
    "5\n献血屋建设\n建设献血屋1个。\n区卫健局\n区红十字会\n区行政执法局\n区资规分局\n6\n“防灾救灾”工程\n避灾安置场所规范化建设\n"
    "新增避灾安置场所50个，并完成规范化建设。\n区应急管理局\n各乡镇（街道）\n7\n基层消防力量建设提质升级\n"
    "对乡镇（街道）专职消防队、村志愿队、社区微型消防站灭火救援装备提档升级。\n区消防救援大队\n各乡镇（街道）"
)
# The same form hand-written, and beside it a table whose lead cells list several bodies (区水务局、区生态环境局):
# there a row of three single names under two columns cannot be told apart.
_ONE_BODY_LEADS = (
    "序号\n工作任务\n牵头单位\n配合单位\n1\n完成老旧小区改造12个。\n区住建局\n区财政局\n区城管局\n"
    "2\n新建养老服务中心2家。\n区民政局\n区卫健委\n3\n整治黑臭水体5条。\n区水务局\n各街道\n"
    "4\n新增学位3000个。\n区教育局\n区财政局\n"
)
_LISTED_LEADS = _ONE_BODY_LEADS.replace("区水务局\n各街道", "区水务局、区生态环境局\n各街道")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            JINDONG_ROWS,
            [
                (
                    "实施新（改、扩）建中小学校5家",
                    {"区教体局"},
                    {"东孝街道", "孝顺镇", "傅村镇", "曹宅镇", "澧浦镇", "区发改局", "金义新区发展集团", "区城投集团",
                     "区社发公司", "区资规分局"},
                ),
                ("对28所中小学校食堂", {"区教体局"}, set()),  # its 协同 cell empty: /
                ("新（改）建村卫生室80家", {"区卫健局"}, {"各乡镇（街道）"}),  # after a heading worded like a name
                ("实施卫生院迁（扩）建1家", {"区卫健局"}, {"源东乡", "区发改局", "区资规分局"}),
                ("建设献血屋1个", {"区卫健局"}, {"区红十字会", "区行政执法局", "区资规分局"}),
                ("新增避灾安置场所50个", {"区应急管理局"}, {"各乡镇（街道）"}),
                ("社区微型消防站", {"区消防救援大队"}, {"各乡镇（街道）"}),
            ],
            id="serial-rows-one-body-lead-cells-support-list-one-name-a-line-real",
        ),
        pytest.param(
            _ONE_BODY_LEADS,
            [
                ("老旧小区改造", {"区住建局"}, {"区财政局", "区城管局"}),
                ("养老服务中心", {"区民政局"}, {"区卫健委"}),
                ("黑臭水体", {"区水务局"}, {"各街道"}),
                ("新增学位", {"区教育局"}, {"区财政局"}),
            ],
            id="serial-rows-one-body-lead-cells-support-list-one-name-a-line-hand-written",
        ),
        pytest.param(
            _LISTED_LEADS,
            [
                ("老旧小区改造", set(), {"区住建局", "区财政局", "区城管局"}),
                ("养老服务中心", {"区民政局"}, {"区卫健委"}),
                ("黑臭水体", {"区水务局", "区生态环境局"}, {"各街道"}),
                ("新增学位", {"区教育局"}, {"区财政局"}),
            ],
            id="serial-rows-lead-cells-listing-several-bodies-leave-unfitting-lines-unknown",
        ),
    ],
)
def test_unit_lines_beyond_the_columns_of_a_serial_table_whose_lead_cells_name_one_body(text, expected):
    rows = find_table_rows(text)
    assert len(rows) == len(expected)
    for snippet, leads, others in expected:
        _check(rows, snippet, leads, others)


# Items numbered within a serial (（1）…（7）) under a leader, a lead and a support column: a run of names the
# tables lack (经开区 / 高新园 / （邹区镇）) sits among one support cell's names; items printing no unit cell
# before an item that does are rows of their own under the owner cells of the item above, merged over them.
ZHONGLOU_ROWS = (
    "序号\n目标名称\n工作标准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n"
    "（1）地区生产总值增长6%左右。\n王旭锋\n发改局\n经开区\n高新园\n（邹区镇）\n各街道\n统计局\n"
    "（2）一般公共预算收入增长3%以上。\n财政局\n（3）社会消费品零售总额增长6%左右。\n吴伟\n商务局\n"
    "（4）实际使用外资和进出口总额稳中提质。\n（5）居民人均可支配收入增速与经济增速同步。\n"
    "（6）主要污染物减排、单位GDP能耗下降，大气、水环境质量改善完成市下达任务。\n谢志诚\n工信局\n生态环境局\n"
    "（7）安全生产形势平稳向好。\n应急管理局\n（安委办）\n区安委会各成员单位"
)


@pytest.mark.parametrize(
    ("snippet", "lead", "others"),
    [
        pytest.param("地区生产总值", "发改局", ["经开区", "高新园", "各街道", "统计局"], id="names-cut-short-run-in-a-cell"),
        pytest.param("一般公共预算收入", "财政局", [], id="own-lead-cell"),
        pytest.param("实际使用外资", "商务局", [], id="item-under-the-merged-cells-above"),
        pytest.param("居民人均可支配收入", "商务局", [], id="second-item-under-the-merged-cells-above"),
        pytest.param("主要污染物减排", "工信局", ["生态环境局"], id="item-whose-cells-follow-it"),
        pytest.param("安全生产形势", "应急管理局", ["区安委会各成员单位"], id="second-name-in-brackets"),
    ],
)
def test_items_of_a_flattened_table_and_their_merged_owner_cells(snippet, lead, others):
    rows = find_table_rows(ZHONGLOU_ROWS)
    assert len(rows) == 7
    row = _row(rows, snippet)
    assert [(n, r.value) for n, r, _, _ in row.entries] == [(lead, "lead"), *((n, "support") for n in others)]


# hand-written in the form of a city's campaign plan copied from a web table: each cell on a line of its own,
# each border ``|`` on a line of its own, the time column last and worded as no date in some rows
FLAT_BORDERS_TIME_LAST = (
    "|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n"
    "|\n1\n|\n理顺城区河道管养体制\n|\n市水务局、市委编办\n|\n省里出台办法后3个月内完成\n|\n"
    "|\n2\n|\n建立河道保洁考核机制\n|\n市水务局，各区政府\n|\n常态工作\n|\n"
    "|\n3\n|\n完成主城区排涝泵站改造\n|\n市住建局\n|\n2025年汛期前\n|\n"
)


def test_a_time_column_last_keeps_each_rows_own_cell_hand_written():
    rows = find_table_rows(normalise(FLAT_BORDERS_TIME_LAST).text)
    assert [(r.serial, r.text, r.heading, r.deadline) for r in rows] == [
        ("1", "理顺城区河道管养体制", None, "省里出台办法后3个月内完成"),
        ("2", "建立河道保洁考核机制", None, "常态工作"),
        ("3", "完成主城区排涝泵站改造", None, "2025年汛期前"),
    ]
    assert [n for n, _, _, _ in rows[1].entries] == ["市水务局", "各区政府"]


# hand-written in the form of a province's responsibility breakdown of a development plan copied from a web
# table one cell a line: a 主要责任单位 column (the principal: the lead) beside a 责任单位 column whose list is
# printed one name a line; some names cut short (省人口计生, 人口计生, 省新闻出版: the tables lack them), a
# body's full name the tables lack last in its row, a row's cell of two goals each with its own units
FLAT_MAIN_AND_RESPONSIBLE_COLUMNS = (
    "领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n"
    "1.儿童健康水平不断提高。\n\n——到2020年，儿童常见病筛查率达到85%以上。\n\n"
    "省卫生厅\n\n省财政厅\n\n省人口计生\n\n省残联\n\n"
    "2.改善儿童营养状况。\n\n——低出生体重发生率控制在4%以下。\n\n省卫生厅\n\n人口计生\n\n省统计局\n\n"
    "——婴儿奶粉抽检合格率提高。\n\n省质监局\n\n省工商局\n\n广东出入境检验检疫局\n\n"
    "3.儿童心理健康知识知晓率提高。\n\n省教育厅\n\n省委宣传部\n\n省新闻出版\n\n省团委\n\n省妇联\n\n"
)


def test_a_main_responsible_column_leads_and_names_cut_short_stay_in_their_column():
    rows = find_table_rows(normalise(FLAT_MAIN_AND_RESPONSIBLE_COLUMNS).text)
    assert [(r.text.split("\n")[0], [(n, role.value) for n, role, _, _ in r.entries]) for r in rows] == [
        ("1.儿童健康水平不断提高。",
         [("省卫生厅", "lead"), ("省财政厅", "support"), ("省人口计生", "support"), ("省残联", "support")]),
        ("2.改善儿童营养状况。", [("省卫生厅", "lead"), ("人口计生", "support"), ("省统计局", "support")]),
        ("——婴儿奶粉抽检合格率提高。",
         [("省质监局", "lead"), ("省工商局", "support"), ("广东出入境检验检疫局", "support")]),
        ("3.儿童心理健康知识知晓率提高。",
         [("省教育厅", "lead"), ("省委宣传部", "support"), ("省新闻出版", "support"), ("省团委", "support"),
          ("省妇联", "support")]),
    ]


# hand-written in the form of a county bureau's task table printed one cell a line, whose unit column names the
# bureau's own sections (责任股室): names by their form (…股, …科, …站) that no table lists, one cell's list
# printed one name a line
SECTION_TABLE = """序号
工作任务
完成时限
责任领导
责任股室
1
全年组织开展送戏下乡演出不少于80场。
12月底前
张某
文化宣传股
2
完成县级应急广播系统二期建设。
10月底前
李某
广电事业股
政改科
3
新建、改建旅游厕所6座。
5月底
王某
旅游股
4
指导各镇做好农产品质量检测。
11月底前
赵某
农经站
"""


def test_a_departments_sections_are_unit_cells_in_its_table():
    rows = find_table_rows(normalise(SECTION_TABLE).text)
    assert [[n for n, _, _, _ in r.entries] for r in rows] == [
        ["文化宣传股"], ["广电事业股", "政改科"], ["旅游股"], ["农经站"]
    ]


@pytest.mark.parametrize("name", ["责任股室", "牵头股室", "责任站所"])
def test_section_columns_are_role_columns(name):
    assert column_kind(name) in ("lead", "responsible")


# An owner cell worded as a clause of roles (X牵头，Y配合) in a pipe row: read as a bracketed note is.
def test_owner_cell_worded_as_a_clause_of_roles():
    text = (
        "主要任务 | 工作要求 | 责任科室 |\n"
        "一、规范公开平台管理。 | 1.按时维护门户网站各栏目内容。 | 综合科 |\n"
        "2.及时更新政务新媒体账号发布的信息。 | 综合科牵头，各业务科室配合 | |\n"
        "3.做好依申请公开的答复工作。 | 法规科负责，相关科室协助 | |\n"
        "二、加强政策解读。 | 4.重要文件与解读材料同步起草、同步发布。 | 各业务科室 |\n"
    )
    rows = find_table_rows(text)
    _check(rows, "政务新媒体", {"综合科"}, {"各业务科室"})
    row = _row(rows, "依申请公开")
    assert {(n, r) for n, r, _, _ in row.entries} == {("法规科", Role.RESPONSIBLE), ("相关科室", Role.SUPPORT)}
    _check(rows, "门户网站", set(), {"综合科"})
    _check(rows, "同步起草", set(), {"各业务科室"})
    for row in rows:  # the names' offsets point at the cell
        for name, _, s, e in row.entries:
            assert text[s:e] == name


# A pipe table whose rows print fewer cells than its header names: the empty cells at a row's end dropped
# (the 备注 column), a task cell merged over two columns printed once; the owner cell anchors the row.
def test_pipe_rows_with_fewer_cells_than_the_header():
    text = (
        "2022年信息公开重点工作分工表 |\n"
        "序号 | 主要任务 | 细化分工 | 责任科室 | 完成时限 | 备注 |\n"
        "1 | 规范行政执法公示 | 按季度更新执法主体、依据和结果信息 | 法规科、执法监督科 | 2022年12月底前 |\n"
        "|\n"
        "2 | 推进本单位财政预决算及“三公”经费公开 | 计划财务科 | 2022年3月公开预算，8月公开决算 |\n"
        "|\n"
        "3 | 做好疫情防控信息发布和政策解读工作 | 宣传科、疾控科等按职责分工落实 | 长期坚持 |\n"
        "|\n"
        "4 | 更新完善政府信息主动公开基本目录 | 办公室 |\n"
    )
    rows = find_table_rows(text)
    assert [r.serial for r in rows] == ["1", "2", "3", "4"]
    _check(rows, "规范行政执法公示", set(), {"法规科", "执法监督科"})
    assert _row(rows, "规范行政执法公示").deadline == "2022年12月底前"
    row = _row(rows, "预决算")
    assert {n for n, _, _, _ in row.entries} == {"计划财务科"}
    assert row.deadline == "2022年3月公开预算，8月公开决算"  # the date cell, not the note's column
    _check(rows, "疫情防控信息发布", set(), {"宣传科", "疾控科"})
    _check(rows, "主动公开基本目录", set(), {"办公室"})


# hand-written in the form of a provincial commission's 政务公开 ledger: a section with its second name in brackets
# is two bodies (eval/README: 区建设管理委（区交通委）), and 会, short for 会同, joins a section and its support
def test_section_cells_with_a_second_name_or_joined_by_hui():
    text = (
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
        "1 | 做好统计信息公开 | 按季度发布统计数据 | 财务处(审计办) | 长期推进 |\n"
        "2 | 规范行政许可公示 | 更新办事指南 | 法规处会人事处 | 2021年6月前 |\n"
        "3 | 做好工会信息公开 | 公布年度工作报告 | 机关工会 | 2021年12月底前 |\n"
    )
    rows = find_table_rows(text)
    _check(rows, "统计信息公开", set(), {"财务处", "审计办"})
    row = _row(rows, "行政许可公示")
    assert {(n, r) for n, r, _, _ in row.entries} == {("法规处", Role.RESPONSIBLE), ("人事处", Role.SUPPORT)}
    _check(rows, "工会信息公开", set(), {"机关工会"})


# A 考核 list flattened one cell a line: a group column before the serial (each group's first row prints
# it), columns of the figure's unit and the year's goal, the owner column, then the bodies that score.
def test_flattened_assessment_list_with_a_group_column_before_the_serial_and_a_scoring_column():
    text = (
        "2023年某县经济发展考核清单\n\n"
        "考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
        "产业提质增效\n\n1\n\n稳定工业经济运行\n\n规上工业增加值增速\n\n%\n\n≥6%\n\n县经济和信息化局\n\n县统计局\n\n市经济和信息化局\n\n"
        "2\n\n工业投资增速\n\n%\n\n全市统筹\n\n县经济和信息化局\n\n市经济和信息化局市统计局\n\n"
        "3\n\n新增规上工业企业\n\n家\n\n5\n\n县经济和信息化局\n\n市经济和信息化局\n\n"
        "城乡融合发展\n\n4\n\n农村居民人均可支配收入增速\n\n%\n\n7\n\n县农业农村局\n\n市农业农村局\n\n"
        "5\n\n新建农村公路\n\n公里\n\n12\n\n县交通运输局\n\n市交通运输局\n"
    )
    rows = find_table_rows(text)
    owners = {r.serial: {(n, role) for n, role, _, _ in r.entries} for r in rows}
    responsible = Role.RESPONSIBLE
    assert owners == {
        "1": {("县经济和信息化局", responsible), ("县统计局", responsible)},
        "2": {("县经济和信息化局", responsible)},
        "3": {("县经济和信息化局", responsible)},
        "4": {("县农业农村局", responsible)},
        "5": {("县交通运输局", responsible)},
    }
    assert [r.heading for r in rows] == ["产业提质增效"] * 3 + ["城乡融合发展"] * 2
