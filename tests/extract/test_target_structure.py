"""Targets decided by a text's structure (issue #16): review sections, self-counts, breakdowns,
frames of a paragraph, shared predicates and indicator tables.

Every row is a hand-written sentence in a form that real pages from other regions print (the
development corpus holds none of these forms); its id names the form. Text goes through
:func:`normalise` first, as the pipeline does.
"""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.targets import find_targets
from policykg.extract.text import normalise


def found(text: str, **kw) -> list:
    return find_targets(normalise(text).text, document="X", **kw)[0]


def rows(text: str, **kw) -> list[tuple]:
    """``(indicator, value, unit, comparator, deadline, kind)`` of every target and standard."""
    return [(t.indicator, t.value, t.unit, t.comparator, t.deadline, t.kind) for t in found(text, **kw)]


# ---------------------------------------------------------------------------
# Past results: a review heading without an ordinal governs its numbered sub-headings


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("2023年工作回顾\n一年来，全市经济稳中有进。\n1.现代农业稳步发展\n新建高标准农田52万亩，新增农业产业园4个。\n",
                     [], id="unmarked-review-over-numbered-subheadings-hand-written"),
        pytest.param("2023年工作回顾\n1.现代农业稳步发展\n新建高标准农田52万亩。\n二、2024年主要任务\n新建高标准农田60万亩。\n",
                     [60], id="unmarked-review-ends-at-a-top-heading-hand-written"),
        pytest.param("2023年工作回顾\n1.现代农业稳步发展\n新建高标准农田52万亩。\n2024年工作安排\n（一）农业\n新建高标准农田60万亩。\n",
                     [60], id="unmarked-review-ends-at-a-plan-heading-hand-written"),
        pytest.param("■ 2023年成绩单\n●全市地区生产总值增长5.8%\n●新建高标准农田52万亩\n■ 2024年主要预期目标\n"
                     "●地区生产总值增长5.5%左右\n●新建高标准农田60万亩\n", [5.5, 60],
                     id="bulleted-review-runs-over-its-bulleted-items-hand-written"),
        pytest.param("■ 2023年亮点回眸\n●新建高标准农田52万亩\n■ 2024年重点任务\n●新建高标准农田60万亩\n", [60],
                     id="bulleted-review-回眸-ends-at-the-next-heading-of-its-bullet-hand-written"),
        pytest.param("2023年某县民生实事进展情况登记表\n项目名称 | 工作任务 | 牵头单位 |\n1.停车设施 | 新增停车位600个。 | 县住建局 |\n",
                     [600], id="a-tables-title-naming-its-progress-column-opens-no-review-hand-written"),
    ],
)
def test_an_unmarked_review_heading_runs_over_its_numbered_subheadings(text: str, values: list) -> None:
    assert [t.value for t in found(text)] == values


# A review section is opened by a heading, not by a duty sentence under a number, and ends at its text's
# signature or at an annex: what follows (a plan table the notice issues) is no review


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("三、国办将加强跟踪督办,定期梳理汇总落实情况。对完成指标进展缓慢的,将适时通报和启动专项督查。\n"
                     "国务院办公厅\n2016年4月6日\n(本文有删减)\n2016年《政府工作报告》量化指标任务分工\n"
                     "序号 工 作 任 务 牵头负责部门\n2 城镇新增就业1000万人以上 人力资源社会保障部\n", [1000],
                     id="duty-sentence-then-the-annex-after-the-signature"),
        pytest.param("三、各部门要定期梳理汇总落实情况。\n（一）新开工项目90个。\n", [90],
                     id="duty-sentence-under-a-number-opens-no-review-hand-written"),
        pytest.param("一、2015年工作回顾\n全年新开工项目86个。\n某县人民政府\n2016年4月6日\n2016年重点项目计划\n"
                     "新开工项目90个。\n", [90], id="review-ends-at-the-signature-hand-written"),
        pytest.param("一、2015年工作回顾\n全年新开工项目86个。\n附件1\n2016年重点项目\n新开工项目90个。\n", [90],
                     id="review-ends-at-an-annex-hand-written"),
    ],
)
def test_a_review_opens_at_a_heading_and_ends_at_the_signature(text: str, values: list) -> None:
    assert [t.value for t in found(text)] == values


def test_a_year_before_the_rule_is_the_base_of_a_ratio_hand_written() -> None:
    # 上一年度 names the base a share is taken of, not a past result
    text = "第六条 用人单位安排残疾人就业的比例不得低于本单位上一年度职工总数的1.6%。"
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found(text)] == [(1.6, "%", ">=", "standard")]


def test_a_bounded_share_of_a_base_before_its_noun_hand_written() -> None:
    text = "第五条 用人单位按不低于本单位上一年度在职职工总数的2%的比例安排残疾人就业。"
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found(text)] == [(2, "%", ">=", "standard")]


# ---------------------------------------------------------------------------
# Self-counts, classes, defined areas and page chrome are no targets


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("《任务清单》共分8个方面、126项工作任务，涉及31个牵头单位。", id="共分-parts-and-items-hand-written"),
        pytest.param("《通知》采用表格形式，分为“类别、任务内容、责任单位3个方面的内容，共96项。",
                     id="分为-parts-then-a-tally-hand-written"),
        pytest.param("1.在“聚焦产业升级”方面（分解任务12项）。", id="bracket-tally-of-a-part-hand-written"),
        pytest.param("检验机构资质分为材料、结构和设备共3个类别，每个类别分为甲级、乙级2个等级。",
                     id="classes-a-rule-sorts-into-hand-written"),
        pytest.param("纲要围绕民生提出养老、托育、住房等6项指标。", id="list-closed-by-等-after-a-describing-verb-hand-written"),
        pytest.param("现将《政府工作报告》2026年7个方面185项工作任务予以分解印发，请认真贯彻落实。",
                     id="parts-and-items-handed-out-by-分解印发-hand-written"),
        pytest.param("第二条 本市总体规划确定的中心城区300平方公里范围内的区域为禁止开采区。",
                     id="area-a-rule-defines-as-a-zone-hand-written"),
        pytest.param("工作方案\n栏目：通知公告 发布：2021-05-10 浏览：1520 下载46次 收藏\n各单位认真执行。",
                     id="page-counter-on-a-chrome-line-hand-written"),
        pytest.param("某县2019年防汛工作方案\n2019-04-08    阅读：56次\n各单位认真执行。",
                     id="page-counter-after-a-date-hand-written"),
        pytest.param("导读：为您精选了6篇安全生产月活动总结范文，希望对您有所帮助。\n一、活动开展情况",
                     id="a-sites-preamble-offering-pieces-hand-written"),
        # form: a sharing site's title counting its pieces, and its editor's preamble offering them
        pytest.param("开发区改革实施方案6篇\n\n更新时间:2024-01-10 来源:工作方案 点击:\n\n方案是…的计划。以下是小编收集整理"
                     "的开发区改革实施方案6篇,仅供参考,希望能够帮助到大家。\n\n开发区改革实施方案1\n",
                     id="a-sites-title-and-editors-preamble-counting-pieces"),
        pytest.param("以下是为大家整理的安全生产工作总结5篇，仅供参考。\n一、活动开展情况",
                     id="pieces-offered-for-reference-hand-written"),
        # form: a count closing a list of named places, after an earlier count of the same list
        pytest.param("一、參評範圍\n平江縣、嶽陽縣、華容縣、湘陰縣、臨湘市、汨羅市、嶽陽樓區、雲溪區、君山區9個縣(市)區和嶽陽經濟技術開發區、"
                     "城陵磯新港區、南湖新區、屈原管理區4個功能區。", id="places-listed-after-an-earlier-count"),
        pytest.param("考核对象为东县、西县、南县3个县和高新区、经开区2个功能区。", id="places-listed-after-a-count-hand-written"),
        # form: the motions a notice hands out to be handled
        pytest.param("今年“两会”,区政府共承办九届人大三次会议代表建议65件,政协九届三次会议委员提案54件。",
                     id="motions-a-body-handles"),
        pytest.param("现将市二届人大五次会议代表建议(以下简称建议)7件;市政协二届四次会议委员提案17件,分解到各相关科室办理。",
                     id="motions-a-notice-hands-out"),
    ],
)
def test_counts_that_describe_the_document_or_its_page_are_no_targets(text: str) -> None:
    assert found(text) == []


def test_a_list_closed_by_等_after_a_verb_of_doing_is_a_target_hand_written() -> None:
    assert [(t.indicator, t.value) for t in found("加快建设东湖大道、滨江路等5个重点项目。")] == [("重点项目", 5)]


# ---------------------------------------------------------------------------
# Simple targets: shares with their own nouns, time limits before a verb


def test_shares_each_with_its_noun_share_one_predicate_hand_written() -> None:
    text = "到2027年，25%的县、35%的乡镇、50%的村完成示范创建。"
    assert [(t.value, t.unit, t.deadline) for t in found(text)] == [
        (25, "%", "2027"), (35, "%", "2027"), (50, "%", "2027")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("（一）企业开办。企业开办1个工作日内完成。", ("企业开办", 1, "个工作日", "<=", None, "standard"),
                     id="topic-then-time-limit-then-完成-hand-written"),
        pytest.param("不动产登记2个工作日内办结。", ("不动产登记", 2, "个工作日", "<=", None, "standard"),
                     id="topic-then-time-limit-then-办结-hand-written"),
    ],
)
def test_a_time_limit_before_a_verb_of_doing_is_a_standard_of_its_topic(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2030年，全市新增劳动力平均受教育年限提高到14.2年。",
                     ("全市新增劳动力平均受教育年限", 14.2, "年", "=", "2030", "target"),
                     id="decimal-duration-raised-to-a-level-hand-written"),
        pytest.param("到2028年，小微企业平均存续周期达到6年。", ("小微企业平均存续周期", 6, "年", "=", "2028", "target"),
                     id="duration-达到-a-level-in-a-plan-hand-written"),
        pytest.param("从业年限达到5年的，可以申请认定。", None, id="duration-达到-in-a-condition-is-no-target-hand-written"),
        pytest.param("到2025年，劳动年龄人口平均受教育年限达12.3年以上。",
                     ("劳动年龄人口平均受教育年限", 12.3, "年", ">=", "2025", "target"), id="duration-达-a-level-in-a-plan"),
        pytest.param("到2030年，新增劳动力平均受教育年限达14年。",
                     ("新增劳动力平均受教育年限", 14, "年", "=", "2030", "target"), id="duration-达-a-bare-level-hand-written"),
    ],
)
def test_a_duration_a_plan_raises_is_a_target(text: str, expected: tuple | None) -> None:
    assert [r for r in rows(text) if r[5] == "target"] == ([expected] if expected else [])


# ---------------------------------------------------------------------------
# Breakdowns, the year framing a paragraph, shared predicates


def test_a_breakdown_bracket_takes_the_kind_and_year_of_its_total_hand_written() -> None:
    text = "他表示，2027年，全省将持续推进国土绿化。完成造林30万亩以上（其中防护林建设12万亩），治理沙化土地80万亩。"
    assert rows(text) == [
        ("完成造林", 30, "万亩", ">=", "2027", "target"),
        ("防护林建设", 12, "万亩", "=", "2027", "target"),
        ("治理沙化土地", 80, "万亩", "=", "2027", "target"),
    ]


def test_a_bracket_naming_a_part_of_the_total_is_its_breakdown_hand_written() -> None:
    # （含…N户） names a part of the total with a figure of its own, as （其中…） does; a bound the
    # total includes (（含1倍）) names none
    text = "2025年，全省完成农村危房改造任务8000户（含节能示范户3000户），其中山区改造5000户。"
    assert rows(text) == [
        ("农村危房改造任务", 8000, "户", "=", "2025", "target"),
        ("节能示范户", 3000, "户", "=", "2025", "target"),
        ("山区改造", 5000, "户", "=", "2025", "target"),
    ]
    assert [r[1] for r in rows("超标0.5至1倍（含1倍）的，每次扣缴10元。")] == [0.5, 10]
    assert [r[1] for r in rows("2025年，发放补贴资金100万元（含义见第3条）。")] == [100]  # 含义: a note, no part


def test_items_announced_at_a_colon_give_their_own_figures_not_their_count_hand_written() -> None:
    text = "2024年，全县4项主要污染物减排目标任务分别为：化学需氧量相比2020年累计削减8.5%，氨氮9%，总氮10%，总磷12%。"
    assert [(r[0], r[1]) for r in rows(text)] == [
        ("化学需氧量累计削减", 8.5), ("氨氮", 9), ("总氮", 10), ("总磷", 12)]


def test_a_breakdown_of_no_target_is_none_hand_written() -> None:
    # the total is a cost share, so the breakdown of who pays it is no target either
    text = "所需经费由财政承担（其中市财政承担60%，区财政承担40%）。"
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("城镇居民人均可支配收入、农村居民人均可支配收入均增长7%以上。",
                     [("城镇居民人均可支配收入增长", 7), ("农村居民人均可支配收入增长", 7)],
                     id="items-均-one-change-hand-written"),
        pytest.param("城镇登记失业率、居民消费价格涨幅分别控制在4.5%和3%以内。",
                     [("城镇登记失业率", 4.5), ("居民消费价格涨幅", 3)], id="items-分别-two-figures-hand-written"),
        pytest.param("城乡居民人均可支配收入分别增长6.5%和7.5%。",
                     [("城镇居民人均可支配收入增长", 6.5), ("农村居民人均可支配收入增长", 7.5)],
                     id="城乡-分别-two-figures-names-each-hand-written"),
        pytest.param("4.城乡居民人均可支配收入分别达到6.1万元、3.2万元。",
                     [("城镇居民人均可支配收入", 6.1), ("农村居民人均可支配收入", 3.2)],
                     id="城乡-分别-listed-amounts-hand-written"),
        pytest.param("城镇居民和农村居民人均可支配收入分别增长5.5%、7%。",
                     [("城镇居民人均可支配收入增长", 5.5), ("农村居民人均可支配收入增长", 7)],
                     id="items-each-naming-the-head-share-its-rest-hand-written"),
        pytest.param("城乡居民人均可支配收入增长6%。", [("城乡居民人均可支配收入增长", 6)],
                     id="城乡-one-figure-stays-one-hand-written"),
    ],
)
def test_shared_predicates_give_each_item_its_target(text: str, expected: list) -> None:
    assert [(t.indicator, t.value) for t in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("某省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n发布日期:2016-03-20    浏览次数:3\n"
                     "（一）地区生产总值增长7%左右。（省发展改革委负责）\n", [(7, "2016")],
                     id="publication-year-dates-a-work-reports-figures-hand-written"),
        # a page whose title and signature were lost: its number's year is its own, before the page's
        # publication date, and a breakdown of a work report's tasks is due in it
        pytest.param("市政府文件\n某某市人民政府\n某政〔2024〕3号\n发布日期:2025-01-08\n各县（区）人民政府，市人民政府各部门：\n"
                     "现将《政府工作报告》提出的重点工作任务予以分解，请认真抓好落实。\n"
                     "1.完成年度投资900亿元以上。\n责任单位：市发展和改革委员会\n", [(900, "2024")],
                     id="number-dates-a-page-that-states-no-date-hand-written"),
        pytest.param("2027-02-03 09:15:40 来源：某某网\n某省政府工作报告发布\n"
                     "报告提到，2026年全省新增城镇就业42万人。\n"
                     "他说，2027年，全省将扩大就业。新增城镇就业45万人以上。\n", [(45, "2027")],
                     id="time-stamp-makes-an-earlier-years-figures-results-hand-written"),
    ],
)
def test_the_year_a_page_is_dated_by_dates_its_figures(text: str, expected: list) -> None:
    targets = [r for r in extract_text(text).records if getattr(r, "kind", None) == "target"]
    assert [(t.value, t.deadline) for t in targets] == expected


# ---------------------------------------------------------------------------
# Indicator tables: a 单位 column, symbol comparators, one cell a line


_PIPE_TABLE = """| 序号 | 指标 | 单位 | 属性 | 2026年 |
| 1 | 人均地区生产总值 | 万元/人 | 预期性 | 12左右 |
| 2 | 常住人口城镇化率 | % | 预期性 | >70 |
| 3 | 单位GDP能耗 | 吨标准煤/万元 | 约束性 | <0.4 |
| 4 | 研发经费投入强度 | % | 预期性 | ≥3 |
"""

_FLAT_TABLE = "".join(f"{cell} |\n" for cell in (
    "序号", "指 标", "单位", "属性", "2026年",
    "1", "人均地区生产总值", "万元/人", "预期性", "12左右",
    "2", "常住人口城镇化率", "%", "预期性", ">70",
    "3", "规上工业企业数量", "家", "预期性", "[累计达到800]",
))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_PIPE_TABLE, [
            ("人均地区生产总值", 12, "万元/人", "=", "2026"), ("常住人口城镇化率", 70, "%", ">", "2026"),
            ("单位GDP能耗", 0.4, "吨标准煤/万元", "<", "2026"), ("研发经费投入强度", 3, "%", ">=", "2026"),
        ], id="pipe-rows-unit-column-symbols-hand-written"),
        pytest.param(_FLAT_TABLE, [
            ("人均地区生产总值", 12, "万元/人", "=", "2026"), ("常住人口城镇化率", 70, "%", ">", "2026"),
            ("规上工业企业数量", 800, "家", "=", "2026"),
        ], id="one-cell-a-line-closed-by-bars-hand-written"),
        pytest.param(_FLAT_TABLE.replace("[累计达到800]", "[新建：累计约600 改建：累计约200]"), [
            ("人均地区生产总值", 12, "万元/人", "=", "2026"), ("常住人口城镇化率", 70, "%", ">", "2026"),
            ("规上工业企业数量（新建）", 600, "家", "=", "2026"), ("规上工业企业数量（改建）", 200, "家", "=", "2026"),
        ], id="a-cell-parting-its-figure-by-label-hand-written"),
    ],
)
def test_an_indicator_table_gives_one_target_per_row(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in found(text)] == expected


# hand-written in the form of a national 行动 plan's indicator table flattened one cell a line with blank lines
# between: notes printed under a row (说明：…, 计算方法：…×100%), a long indicator cell, a row without figures
# (倡导性), and a row whose plan cells are bare numbers with no comparator
_NOTED_FLAT_TABLE = "\n\n".join((
    "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质",
    "1", "城乡居民体质达标率（%）", "85.2", "≥88", "≥92", "预期性",
    "说明：体质达标是指按照国家体质测定标准评定为合格以上等级，按年度抽样测定，分城乡两类人群统计、分别公布结果、逐年比较。",
    "计算方法：体质测定达标人数/受测总人数×100%。",
    "2", "机关、企事业单位和社会组织建立并落实工间操制度，在工作场所为职工开展经常性的体育锻炼和健身活动提供必要的场地设施、"
    "器材和时间安排。", "倡导性",
    "3", "社区健身设施覆盖率（%）", "80", "95", "约束性",
))


def test_an_indicator_table_with_notes_under_its_rows_and_bare_plan_figures_hand_written() -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in found(_NOTED_FLAT_TABLE)] == [
        ("城乡居民体质达标率", 88, "%", ">=", "2022"), ("城乡居民体质达标率", 92, "%", ">=", "2030"),
        ("社区健身设施覆盖率", 80, "%", "=", "2022"), ("社区健身设施覆盖率", 95, "%", "=", "2030"),
    ]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        pytest.param("| 序号 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 属性 |", None, id="base-and-target-value-columns-hand-written"),
        pytest.param("| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |", "2021-06-01",
                     id="a-year-before-the-document-is-the-base-hand-written"),
    ],
)
def test_an_indicator_tables_base_column_is_no_target(header: str, date: str | None) -> None:
    text = f"主要指标\n{header}\n| 1 | 湿地保护率 | % | 52.3 | ≥55 | 约束性 |\n| 2 | 城镇调查失业率 | % | 4.6 | ＜5.5 | 预期性 |\n"
    assert [(t.indicator, t.value, t.comparator, t.deadline) for t in found(text, date=date)] == [
        ("湿地保护率", 55, ">=", "2025"), ("城镇调查失业率", 5.5, "<", "2025")]


#: A plan-execution table (计划完成情况): the plan column (``2023年 计划目标``) beside an actual-results column
#: spanning two sub-columns named on the next line; a group cell merged over rows opens the first row of its
#: group, a later row leaves out its serial, and plan cells state a rate of change (增长6%以上).
_PLAN_VERSUS_ACTUAL = """表2 2023年某市国民经济和社会发展计划完成情况
序号 | 指标名称 | 单位 | 2023年 计划目标 | 2023年实绩 | |||
绝对值 | 增速(%) | ||||||
经济运行 | 1 | 地区生产总值 | 亿元 | 增长6%以上 | 3120.5 | 5.2 | |
2 | 城镇居民人均可支配收入 | 元 | 增长7% | 61020 | 6.1 ||
3 | 森林覆盖率 | % | 62.5 | 62.6 | |||
粮食总产量 | 万吨 | 110 | 111.2 | 1.1 ||
"""


def test_a_plan_column_beside_actual_results_gives_the_plan_figures_hand_written() -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in found(_PLAN_VERSUS_ACTUAL)] == [
        ("地区生产总值增长", 6, "%", ">=", "2023"), ("城镇居民人均可支配收入增长", 7, "%", "=", "2023"),
        ("森林覆盖率", 62.5, "%", "=", "2023"), ("粮食总产量", 110, "万吨", "=", "2023"),
    ]


#: A main-indicator table flattened one cell a line with no 序号 column, each year's header cell split
#: from its value word (2020 / 基期值), a group cell on a group's first row, the unit in the label's bracket.
_UNNUMBERED_TABLE = (
    "专栏2 “十四五”林业发展主要指标\n\n类别\n\n指  标\n\n2020\n基期值\n\n2025\n目标值\n\n年均增速\n〔累计〕\n\n"
    "指标属性\n\n生态保护\n\n森林覆盖率（%）\n\n41.2\n\n43\n\n〔1.8〕\n\n约束性\n\n"
    "森林蓄积量（亿立方米）\n\n1.6\n\n1.9\n\n-\n\n约束性\n\n产业发展\n\n林业总产值（亿元）\n\n520\n\n＞700\n\n6.1\n\n"
    "预期性\n\n注：〔〕内为五年累计数。\n"
)


_SUB_ITEM_TABLE = "\n\n".join((
    "“十四五”教育事业发展主要指标表", "指  标", "2020年", "2025年", "属性", "一、发展水平",
    "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
    "4.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性",
    "三、师资发展水平", "1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)", "97.74%", "49.85%", "100%", "50%",
    "预期性", "3.普通初中教师本科及以上学历比例(%)", "其中:研究生学历(学位)比例(%)", "99.82%", "2.41%", "100%", "8%", "预期性",
)) + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_UNNUMBERED_TABLE, [
            ("森林覆盖率", 43, "%", "=", "2025"), ("森林蓄积量", 1.9, "亿立方米", "=", "2025"),
            ("林业总产值", 700, "亿元", ">", "2025"),
        ], id="one-cell-a-line-no-serial-split-header-hand-written"),
        pytest.param("主要指标\n\n指标\n\n单位\n\n2020年\n\n2025年\n\n属性\n\n湿地保护率\n\n%\n\n52.3\n\n≥55\n\n约束性\n\n"
                     "化肥使用量减少\n\n%\n\n-\n\n〔8〕\n\n约束性\n", [
                         ("湿地保护率", 55, "%", ">=", "2025"), ("化肥使用量减少", 8, "%", "=", "2025"),
                     ], id="one-cell-a-line-no-serial-bare-base-year-unit-column-hand-written"),
        pytest.param("主要指标\n| 指标 | 2020年 | 2025年 | 属性 |\n| 湿地保护率（%） | 52.3 | ≥55 | 约束性 |\n",
                     [("湿地保护率", 55, "%", ">=", "2025")], id="pipe-rows-bare-base-year-label-unit-hand-written"),
        # a 十三五 environment plan's indicator table: a cumulative column after the plan year's, its figure in
        # brackets (the plan's five-year decline), due by the plan year
        pytest.param("专栏1 “十三五”生态环境保护主要指标\n指标 | 2015年 | 2020年 | 〔累计〕 | 属性\n"
                     "地级及以上城市空气质量优良天数比率(%) | 76.7 | >80 | - | 约束性\n"
                     "细颗粒物未达标地级及以上城市浓度下降(%) | - | - | 〔18〕 | 约束性\n"
                     "地级及以上城市重度及以上污染天数比例下降(%) | - | - | 〔25〕 | 预期性\n", [
                         ("地级及以上城市空气质量优良天数比率", 80, "%", ">", "2020"),
                         ("细颗粒物未达标地级及以上城市浓度下降", 18, "%", "=", "2020"),
                         ("地级及以上城市重度及以上污染天数比例下降", 25, "%", "=", "2020"),
                     ], id="pipe-rows-cumulative-column"),
        # a plan table (属性): the sum column gives a row's total where its year cells are empty; a sum of
        # the row's year figures is no third target
        pytest.param("| 指标 | 单位 | 2024年 | 2025年 | 累计 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n"
                     "| 新建绿道 | 公里 | 40 | 50 | 90 | 预期性 |\n| 改造老旧小区 | 个 | - | - | [36] | 约束性 |\n", [
                         ("新建绿道", 40, "公里", "=", "2024"), ("新建绿道", 50, "公里", "=", "2025"),
                         ("改造老旧小区", 36, "个", "=", "2025"),
                     ], id="pipe-rows-sum-column-after-the-years-hand-written"),
        pytest.param("| 指标 | 单位 | 2023年 | 2024年 | 累计值 |\n| --- | --- | --- | --- | --- |\n"
                     "| 新建绿道 | 公里 | 10 | 12 | 22 |\n", [
                         ("新建绿道", 10, "公里", "=", "2023"), ("新建绿道", 12, "公里", "=", "2024"),
                     ], id="sum-of-the-year-columns-is-no-target-hand-written"),
        # a progress table (完成率): the 累计 column is what was done so far
        pytest.param("| 指标 | 单位 | 2024年 | 累计 | 完成率 |\n| --- | --- | --- | --- | --- |\n"
                     "| 新建绿道 | 公里 | 50 | 32 | 64% |\n| 改造老旧小区 | 个 | 40 | 25 | 62.5% |\n", [
                         ("新建绿道", 50, "公里", "=", "2024"), ("改造老旧小区", 40, "个", "=", "2024"),
                     ], id="cumulative-column-of-a-progress-table-is-what-was-done-hand-written"),
        # a county's education indicator table flattened one cell a line: a row's 其中 cells break its
        # indicator down, the figures printed by column (both base values, then both targets)
        pytest.param(_SUB_ITEM_TABLE, [
            ("学前教育毛入园率", 99, "%", ">=", "2025"),
            ("义务教育标准班额比例（小学）", 80, "%", ">=", "2025"), ("义务教育标准班额比例（初中）", 85, "%", ">=", "2025"),
            ("幼儿教师专科及以上学历比例", 100, "%", "=", "2025"),
            ("幼儿教师专科及以上学历比例（本科及以上学历比例）", 50, "%", "=", "2025"),
            ("普通初中教师本科及以上学历比例", 100, "%", "=", "2025"),
            ("普通初中教师本科及以上学历比例（研究生学历（学位）比例）", 8, "%", "=", "2025"),
        ], id="one-cell-a-line-no-serial-sub-item-rows"),
        pytest.param("主要指标\n\n指标\n\n2020年\n\n2025年\n\n属性\n\n每千人口床位数（张）\n\n5.1\n\n6.0\n\n预期性\n\n"
                     "每千人口执业（助理）医师数（人）\n\n其中：中医类别\n\n2.8\n\n0.4\n\n3.2\n\n0.6\n\n预期性\n", [
                         ("每千人口床位数", 6, "张", "=", "2025"), ("每千人口执业（助理）医师数", 3.2, "人", "=", "2025"),
                         ("每千人口执业（助理）医师数（中医类别）", 0.6, "人", "=", "2025"),
                     ], id="one-cell-a-line-no-serial-sub-item-row-hand-written"),
    ],
)
def test_an_unnumbered_indicator_table_gives_its_target_years_figures(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("二、主要任务\n2020年\n全面完成脱贫攻坚任务。\n2025年\n乡村振兴取得重要进展。\n", [],
                     id="year-lines-of-prose-are-no-table-hand-written"),
        pytest.param("年度安排\n2024年\n2025年\n新建绿道120公里，改造公园8个。\n", [120, 8],
                     id="year-lines-before-a-sentence-hand-written"),
    ],
)
def test_year_lines_without_a_table_give_no_table_figures(text: str, values: list) -> None:
    assert [t.value for t in found(text)] == values


# ---------------------------------------------------------------------------
# Standards tables: a rate, price, fee or limit column with its unit in brackets, no year column


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's fee table copied from a web page one cell a line: empty cells left out, a row printing
        # only its note, a note with a figure (a rule, as the rows are), a stray 、 after a label
        pytest.param("类别\n\n收费标准(元/吨)\n\n备注\n\n居民生活用水、\n\n2.5\n\n按实际用水量80%计收\n\n"
                     "非居民用水\n\n3.2\n\n特种用水\n\n6.00\n\n消防用水\n\n按用水量30%计收\n", [
                         ("居民生活用水收费标准", 2.5, "元/吨", "=", None, "standard"),
                         ("实际用水量计收", 80, "%", "=", None, "standard"),
                         ("非居民用水收费标准", 3.2, "元/吨", "=", None, "standard"),
                         ("特种用水收费标准", 6, "元/吨", "=", None, "standard"),
                         ("用水量计收", 30, "%", "=", None, "standard"),
                     ], id="fee-column-one-cell-a-line-hand-written"),
        # pipe rows, an empty cell written /, a subsidy standard per unit of land
        pytest.param("| 作物 | 补助标准（元/亩） | 说明 |\n| --- | --- | --- |\n| 水稻 | 120 | 按种植面积 |\n"
                     "| 小麦 | 80 | / |\n| 油菜 | / | 不予补助 |\n", [
                         ("水稻补助标准", 120, "元/亩", "=", None, "standard"),
                         ("小麦补助标准", 80, "元/亩", "=", None, "standard"),
                     ], id="subsidy-standard-pipe-rows-hand-written"),
        # a limit column bounds from above
        pytest.param("污染物\n\n排放限值(mg/L)\n\n化学需氧量\n\n50\n\n氨氮\n\n5\n", [
            ("化学需氧量排放限值", 50, "mg/L", "<=", None, "standard"), ("氨氮排放限值", 5, "mg/L", "<=", None, "standard"),
        ], id="limit-column-one-cell-a-line-hand-written"),
        # the column's name and its unit's bracket apart by a space (a PDF's text)
        pytest.param("项目\n\n收费标准 (元/月)\n\n小型车\n\n150\n\n大型车\n\n300\n", [
            ("小型车收费标准", 150, "元/月", "=", None, "standard"), ("大型车收费标准", 300, "元/月", "=", None, "standard"),
        ], id="a-space-before-the-units-bracket-hand-written"),
        # a table of results beside the standard, or a year column: no standards table
        pytest.param("类别\n\n收费标准(元/吨)\n\n实际征收(万元)\n\n居民生活\n\n2.5\n\n120\n", [],
                     id="a-column-of-results-hand-written"),
    ],
)
def test_a_standards_table_gives_one_standard_per_row(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_standards_words_are_two_characters_each() -> None:
    # The reader looks the two characters before each bracket up in a set of these words.
    from policykg.extract.figure_tables import _STANDARD_WORDS

    assert {len(w) for w in _STANDARD_WORDS} == {2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's notice: the sentence before the table says its figures are limits; each value column's
        # unit on the line under its name, a row keyed by a range of what the first column measures, the last
        # row printing its first cell only
        pytest.param("（一）新购车辆应达到燃料消耗量标准，具体限值如下：\n\n整车质量(M)\n\nkg\n\n手动挡\n\nL/100 km\n\n"
                     "自动挡\n\nL/100 km\n\nM≤1000\n\n5.2\n\n5.6\n\n1000<M≤1500\n\n6.0\n\n6.4\n\nM>1500\n\n6.9\n", [
                         ("M≤1000手动挡限值", 5.2, "L/100km", "<=", None, "standard"),
                         ("M≤1000自动挡限值", 5.6, "L/100km", "<=", None, "standard"),
                         ("1000<M≤1500手动挡限值", 6.0, "L/100km", "<=", None, "standard"),
                         ("1000<M≤1500自动挡限值", 6.4, "L/100km", "<=", None, "standard"),
                         ("M>1500手动挡限值", 6.9, "L/100km", "<=", None, "standard"),
                     ], id="limits-named-by-the-sentence-before-range-keys-unit-lines-hand-written"),
        # a city's parking fees: the sentence names them, the columns give their units in brackets
        pytest.param("各类车辆停放收费标准如下：\n车型\n白天(元/小时)\n夜间(元/小时)\n小型车\n2\n1\n大型车\n4\n2\n", [
            ("小型车白天收费标准", 2, "元/小时", "=", None, "standard"), ("小型车夜间收费标准", 1, "元/小时", "=", None, "standard"),
            ("大型车白天收费标准", 4, "元/小时", "=", None, "standard"), ("大型车夜间收费标准", 2, "元/小时", "=", None, "standard"),
        ], id="fees-named-by-the-sentence-before-units-in-brackets-hand-written"),
        # the sentence before a list of clauses, or a table with no unit: nothing read as a standards table
        pytest.param("补助标准如下：\n种粮大户\n100\n家庭农场\n200\n", [], id="no-unit-in-the-header-hand-written"),
    ],
)
def test_a_table_the_sentence_before_names_as_standards(text: str, expected: list) -> None:
    assert rows(text) == expected


# A tier table: rows keyed by bounds on what a column measures, a letter for it (named in the header's
# bracket or by a legend line), an amount column with its unit in brackets; a merged key cell prints once,
# so the rows under it lose a cell. Each bound is a standard once, each amount a standard its column bounds.
_TIER_HEAD = "某区骨干企业奖励档次表\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_TIER_HEAD + "| 产值增幅（用A表示） | 研发投入占比（用B表示） | 最高奖励金额（万元） |\n"
                     "| 10%≤A<30% | 3%≤B<6% | 10 |\n| 6%≤B | 30 | |\n| 30%≤A | 3%≤B<6% | 50 |\n", [
                         ("产值增幅", 10, "%", ">=", None, "standard"), ("产值增幅", 30, "%", "<", None, "standard"),
                         ("研发投入占比", 3, "%", ">=", None, "standard"), ("研发投入占比", 6, "%", "<", None, "standard"),
                         ("10%≤产值增幅<30%、3%≤研发投入占比<6%最高奖励金额", 10, "万元", "<=", None, "standard"),
                         ("研发投入占比", 6, "%", ">=", None, "standard"),
                         ("10%≤产值增幅<30%、6%≤研发投入占比最高奖励金额", 30, "万元", "<=", None, "standard"),
                         ("产值增幅", 30, "%", ">=", None, "standard"),
                         ("30%≤产值增幅、3%≤研发投入占比<6%最高奖励金额", 50, "万元", "<=", None, "standard"),
                     ], id="letters-named-in-the-header-a-merged-key-cell-hand-written"),
        pytest.param(_TIER_HEAD + "| 企业规模 | 奖励金额（万元） |\n| 1≤S<5 | 20 |\n| S≥5 | 40 |\n"
                     "注：S为上年度营业收入（亿元）。\n", [
                         ("上年度营业收入", 1, "亿元", ">=", None, "standard"), ("上年度营业收入", 5, "亿元", "<", None, "standard"),
                         ("1≤上年度营业收入<5奖励金额", 20, "万元", "=", None, "standard"),
                         ("上年度营业收入", 5, "亿元", ">=", None, "standard"),
                         ("上年度营业收入≥5奖励金额", 40, "万元", "=", None, "standard"),
                     ], id="a-letter-a-legend-names-with-its-unit-hand-written"),
        pytest.param("| 地块 | 面积（亩） |\n| 甲地块 | 20 |\n| 乙地块 | 30 |\n", [], id="no-key-cell-hand-written"),
    ],
)
def test_a_tier_tables_bounds_and_amounts_are_standards(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_table_with_a_year_column_is_a_plan_not_a_standards_table_hand_written() -> None:
    got = rows("| 作物 | 补助标准（元/亩） | 2025年 |\n| 水稻 | 120 | 130 |\n")
    assert [(r[1], r[4], r[5]) for r in got] == [(130, "2025", "target")]


# ---------------------------------------------------------------------------
# A plan's look-back section and the rise of a figure between two past years


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某区国民经济和社会发展第十四个五年规划纲要\n一、“十三五”时期经济社会发展的主要成就\n"
                     "全区新增城镇就业5.2万人，累计参保86万人。\n", id="主要成就-heading-hand-written"),
        pytest.param("第一章 发展基础与面临形势\n（一）发展基础\n全市粮食产量稳定在120万吨以上。\n",
                     id="发展基础-heading-hand-written"),
        pytest.param("某区国民经济和社会发展第十四个五年规划纲要\n综合实力跃上新台阶。全区生产总值从2015年末的210.5亿元"
                     "跃升至2020年的356.8亿元，年均增长8.7%；财政收入达30.2亿元，年均增长7.9%。\n",
                     id="rise-from-a-past-years-value-to-a-later-years-hand-written"),
        pytest.param("城乡居民人均可支配收入由2016年的3.1万元提高到2020年的4.3万元。\n", id="由-提高到-undated-hand-written"),
    ],
)
def test_a_plans_look_back_gives_no_targets(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("二、主要目标\n居民人均可支配收入由2020年的4.2万元提高到2025年的6万元。\n", [6],
                     id="a-rise-to-a-later-year-than-the-documents-is-a-goal-hand-written"),
        pytest.param("（三）夯实产业发展基础\n新建高标准农田5万亩。\n", [5], id="a-task-strengthening-a-基础-is-no-review-hand-written"),
    ],
)
def test_rises_and_headings_that_look_ahead_keep_their_targets(text: str, values: list) -> None:
    assert [t.value for t in found(text, date="2021-03-01")] == values


# ---------------------------------------------------------------------------
# An undated page that says which year it is in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2026 年是“十五五”规划的开局之年。报告提出了今年的主要预期目标：全市地区生产总值增长6%左右，"
                     "城镇新增就业3万人以上。\n",
                     [(6, "2026"), (3, "2026")], id="year-is-sentence-anchors-jinnian-hand-written"),
        pytest.param("某镇2027年工作要点 2027年是全面推进乡村振兴的关键一年。全年预期目标：全镇农业总产值达3.5亿元。"
                     "新建高标准农田1200亩。\n",
                     [(3.5, "2027"), (1200, "2027")], id="year-is-sentence-dates-undated-figures-hand-written"),
        pytest.param("2025年是攻坚之年，2026年是收官之年。今年新增城镇就业2万人。\n",
                     [(2, None)], id="two-different-stated-years-anchor-nothing-hand-written"),
    ],
)
def test_a_stated_year_dates_an_undated_pages_figures(text: str, expected: list) -> None:
    assert [(t.value, t.deadline) for t in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("力争全市先进制造业集群总量突破三千亿规模。",
                     ("全市先进制造业集群总量", 3000, "亿", ">", None, "target"), id="measure-then-规模-hand-written"),
        pytest.param("到2028年，软件和信息服务业营业收入达到800亿元规模。",
                     ("软件和信息服务业营业收入", 800, "亿元", "=", "2028", "target"), id="amount-then-规模-hand-written"),
    ],
)
def test_a_size_noun_after_a_measure_names_the_amount(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("各区人民政府：\n《某市促进消费若干措施（2026年版）》已经市政府同意，现印发给你们。\n某市人民政府\n"
                     "某市促进消费若干措施（2026年版）\n一、扩大汽车消费\n新增新能源汽车充电桩5000个。\n",
                     id="edition-at-the-end-of-a-title-line-under-a-notice-hand-written"),
        pytest.param("各区人民政府：\n现将有关事项通知如下。\n某市数字经济三年行动计划\n（2024—2026年）\n一、主要任务\n"
                     "新建5G基站5000个。\n", id="period-bracket-on-its-own-line-under-a-title-hand-written"),
    ],
)
def test_a_title_lines_period_dates_the_undated_figures(text: str) -> None:
    assert [(t.value, t.deadline) for t in found(text)] == [(5000, "2026")]


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        pytest.param("某厅人事处2021年工作总结\n2021年，全处认真履职。\n一、干部培训扎实推进\n全年培训干部1200人次。\n",
                     {}, id="summary-first-line-of-an-untitled-page-hand-written"),
        pytest.param("某厅人事处2021年工作总结\n一、干部培训扎实推进\n全年培训干部1200人次。\n",
                     {"title": "某厅人事处2021年工作总结"}, id="summary-title-over-numbered-parts-hand-written"),
        pytest.param("根据审计调查报告，涉及本镇问题有3项。\n一、整改情况\n问题资金120万元，已整改2项，出台5个制度。\n",
                     {"title": "某镇关于专项审计问题整改情况的报告"}, id="report-of-rectification-title-hand-written"),
        pytest.param("近期，县督查室开展了专项督查。\n一、总体情况\n确定事项20件，正在办理12件。\n",
                     {"title": "关于县政府常务会议确定事项落实情况的通报"}, id="bulletin-title-hand-written"),
        pytest.param("某办〔2021〕5号\n各乡镇：\n现将全区九月份隐患排查情况通报如下。\n全区共排查上报4家单位6处隐患。\n",
                     {}, id="bulletin-opening-of-an-untitled-page-hand-written"),
        pytest.param("某县2023年国民经济和社会发展统计公报\n初步核算，全年实现地区生产总值98.6亿元，比上年增长4.2%。\n"
                     "年末全县户籍人口为21.3万人。全年人口出生率为6.12‰。\n| 60周岁及以上 | 4.12 |\n",
                     {}, id="statistical-communique-title-hand-written"),
        pytest.param("某县2023年国民经济和社会发展统计公报 2023\n\n全年粮食总产量6.2万吨，同比增长1.3%。\n",
                     {}, id="statistical-communique-title-with-its-year-after-hand-written"),
        pytest.param("2023年，面对复杂严峻的外部环境，全县经济运行稳中有进。\n一、综合\n初步核算，全县地区生产总值"
                     "98.6亿元，同比增长4.2%。其中，第一产业增加值12.3亿元，增长3.1%。\n0-14岁、15-59岁人口分别为3.2万人、"
                     "12.5万人。\n", {}, id="communique-opening-of-an-untitled-page-hand-written"),
        pytest.param("报告期内共完成审计项目15个，共查出问题210项，提出审计建议36条。\n",
                     {"title": "关于某县2022年度县本级预算执行和其他财政收支的审计工作报告"},
                     id="audit-work-report-title-hand-written"),
        pytest.param("——2023年9月26日在某区第五届人民代表大会常务委员会第十次会议上\n某区审计局局长 某某\n"
                     "主任、各位副主任、各位委员：\n我受区人民政府委托，向区人大常委会报告2022年度区本级预算执行和其他"
                     "财政收支的审计情况，请予审议。\n全区一般公共预算收入和支出分别增长3.2%、5.6%。\n",
                     {}, id="report-to-a-standing-committee-on-what-it-audited-hand-written"),
        # form: a communiqué's excerpt with neither title nor 初步核算, its figures stated against the year before
        pytest.param("2022年，面对国内疫情新发、高温限电等多重困难叠加的复杂局面，全县经济稳中向好，社会大局保持稳定。\n"
                     "一、综合\n人口年末常住人口94.9万人，比上年末增加0.1万人，其中城镇人口41.4万人，乡村人口53.5万人。"
                     "常住人口城镇化率43.6%，比上年末提高0.7个百分点。\n国民经济全年实现地区生产总值（GDP）439.19亿元，"
                     "按可比价格计算，比上年增长3.3%。\n", {}, id="communique-figures-against-the-year-before-untitled"),
        # form: a page reporting the evaluation of a plan's implementation: its progress figures and the counts of
        # the indicators, projects and plans under review are results
        pytest.param("新华社北京12月26日电 题：“十四五”规划纲要实施实现“时间过半、任务过半”——从中期评估报告看“十四五”发展新成效\n"
                     "郑栅洁介绍，纲要提出的20项主要指标中，16项基本符合或快于预期。\n报告指出，创新驱动发展步伐加快，"
                     "新型研发机构数量超过2400家，企业研发经费投入占全社会比重超过77%。\n报告显示，战略性新兴产业增加值"
                     "年均增长15.8%、占GDP比重超过13%。\n", {}, id="news-on-a-plans-mid-term-evaluation-report"),
        pytest.param("近日，市发展改革委启动“十四五”规划纲要实施中期评估工作。评估对象为1个规划纲要和56个市级专项规划。\n"
                     "评估将围绕29个主要指标展开。\n", {}, id="counts-under-review-in-an-evaluation-page-hand-written"),
    ],
)
def test_a_summary_reports_results_through_its_numbered_parts(text: str, kw: dict) -> None:
    assert found(text, **kw) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全年地区生产总值比上年增长6%左右，力争一般公共预算收入比上年增长5%。\n",
                     id="goals-against-the-year-before-looking-ahead-hand-written"),
        pytest.param("二、2024年一般公共预算收支安排情况\n地方一般公共预算收入116000万元，较上年增加6500万元，"
                     "较上年增长6%。\n", id="arrangements-against-the-year-before-hand-written"),
        # form: figures against the year before under a modal or a limit word: a rule's or plan's, no communiqué's
        pytest.param("各县（市、区）要加大科技投入，财政科技支出比上年增长15%以上，全社会研发经费投入强度比上年提高0.2个"
                     "百分点。各地要建立科技投入稳定增长机制。\n", id="figures-against-the-year-before-under-a-modal"),
        pytest.param("城镇居民人均可支配收入比上年增长7%以上，农村居民人均可支配收入较上年增长8%以上。\n",
                     id="figures-against-the-year-before-under-limit-words-hand-written"),
    ],
)
def test_figures_against_the_year_before_that_plan_stay_targets(text: str) -> None:
    assert found(text, date="2024-01-10") != []


def test_a_report_to_a_standing_committee_that_also_plans_keeps_its_plan_hand_written() -> None:
    text = ("我受区人民政府委托，向区人大常委会报告本区2023年预算执行情况和2024年预算草案，请予审议。\n"
            "二、2024年预算草案\n全区一般公共预算收入安排98.6亿元，增长5%。\n")
    assert [(t.value, t.deadline) for t in found(text, date="2024-01-10")] == [(98.6, "2024"), (5, "2024")]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("二、2024年一般公共预算收支安排情况\n1.收入安排情况", id="安排情况-headings-hand-written"),
        pytest.param("三、2024年重点项目投资计划情况", id="计划情况-heading-hand-written"),
    ],
)
def test_a_heading_of_arrangements_or_plans_is_no_look_back(heading: str) -> None:
    text = f"{heading}\n地方一般公共预算收入116000万元，较上年增加6500万元，增长6%。\n"
    assert [(t.value, t.deadline) for t in found(text, date="2024-01-10")] == [(116000, "2024"), (6500, "2024"), (6, "2024")]


def test_a_summary_issued_with_next_years_points_reports_only_in_its_own_part_hand_written() -> None:
    # the summary's title (16 characters and more) over the opening sentence of its body
    text = ("各区卫生健康局：\n《2016年某某市卫生计生工作总结》和《2017年某某市卫生计生工作要点》已经局长办公会议通过，"
            "现予以印发，请贯彻执行。\n某某市卫生健康局\n2017年2月22日\n2016年某某市卫生计生工作总结\n"
            "2016年全市卫生计生工作全面贯彻上级部署，以健康城市建设为引领，深入推进医药卫生体制改革，整体工作有序推进。\n"
            "一、深化医改\n全市降低药品采购成本1.2亿元左右，平均降幅5.1%。\n二、强化公共卫生\n开展质控检查30余次。\n"
            "2017年某某市卫生计生工作要点\n一、深化医改\n新建社区卫生服务站10个。\n")
    title = "某某市卫生健康局关于印发2016年某某市卫生计生工作总结和2017年某某市卫生计生工作要点的通知"
    assert [(t.value, t.deadline) for t in found(text, title=title, date="2017-02-22")] == [(10, "2017")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2024年某县政府半年工作总结\n上半年累计实现地区生产总值20.5亿元，同比增长6.1%。\n"
                     "下半年，力争全年地区生产总值增长8%以上。\n", id="strives-ahead-in-the-summary-hand-written"),
        pytest.param("2024年某县政府半年工作总结\n一、上半年工作情况\n上半年，全县地区生产总值增长6.1%。\n"
                     "二、下半年工作打算\n力争全年地区生产总值增长8%以上。\n", id="under-a-heading-that-plans-hand-written"),
    ],
)
def test_a_half_year_summarys_plan_for_the_rest_of_its_year(text: str) -> None:
    assert [(t.value, t.comparator, t.deadline) for t in found(text)] == [(8, ">=", "2024")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("我们遴选确定了65个省级试点乡镇。\n", id="a-verb-with-了-before-its-count-hand-written"),
        pytest.param("记者梳理了31个省份的政府工作报告。\n", id="a-reporter-going-through-pages-hand-written"),
    ],
)
def test_a_count_told_as_done_with_了_is_no_target(text: str) -> None:
    assert found(text, date="2021-12-23") == []


def test_a_persons_remark_quoted_in_a_news_story_states_no_standard_hand_written() -> None:
    text = ("来自某报的记者格外关注两地交通情况，“现在两地通勤还要1个多小时，但很快就能压缩到40分钟以内，作为本地人，"
            "我感到由衷的高兴。”\n")
    assert found(text) == []


def test_今年_in_a_restated_report_is_the_year_its_outline_plans_hand_written() -> None:
    text = ("报告共分三个部分：一、2025年工作回顾；二、2026年经济社会发展总体要求和政策取向；三、2026年政府工作任务。\n"
            "报告指出，今年发展主要预期目标是：经济增长4.5%－5%；城镇调查失业率5.5%左右。\n"
            "一、2025年工作回顾\n2025年是很不平凡的一年。\n")
    assert [(t.value, t.value_max, t.deadline) for t in found(text)] == [(4.5, 5, "2026"), (5.5, None, "2026")]


def test_a_first_line_that_is_a_sentence_is_no_title_hand_written() -> None:
    assert [(t.value, t.unit) for t in found("全年新建公共停车泊位 1200\n个以上。")] == [(1200, "个")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("医院因此减少的收入，通过调整服务价格补偿70%，剩余30%由财政补助（其中市财政补偿60%，区财政补偿40%）。",
                     id="shares-of-a-cost-补偿-and-由-payer-hand-written"),
        pytest.param("项目所需资金40%由区财政承担。", id="share-then-由-payer-承担-hand-written"),
    ],
)
def test_how_a_cost_is_split_is_no_target(text: str) -> None:
    assert found(text) == []


def test_a_dash_list_mark_is_no_part_of_the_indicator_hand_written() -> None:
    text = "今年的预期目标是：——地区生产总值增长6%；——城镇登记失业率控制在4%以内。"
    assert [(t.indicator, t.value) for t in found(text)] == [("地区生产总值增长", 6), ("城镇登记失业率", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第十条 每次集中培训时间不少于6学时。", ("每次集中培训时间", 6, "学时", ">=", None, "standard"),
                     id="class-hours-学时-in-a-rule-hand-written"),
        pytest.param("社区工作者每年参加业务学习累计不少于40课时。", ("参加业务学习", 40, "课时", ">=", None, "standard"),
                     id="class-hours-课时-a-yearly-duty-hand-written"),
    ],
)
def test_class_hours_are_durations(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


def test_a_goal_lead_in_without_a_colon_is_no_part_of_the_indicator_hand_written() -> None:
    text = "今年全省发展的主要预期目标是地区生产总值增长5.5%左右，城镇新增就业40万人以上。"
    assert [(t.indicator, t.value) for t in found(text)] == [("地区生产总值增长", 5.5), ("城镇新增就业", 40)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("每个社区至少配备1名专职网格员。", ("专职网格员", 1, "名", ">=", None, "standard"),
                     id="per-subject-limit-word-before-the-verb-hand-written"),
        pytest.param("村卫生室每千服务人口配备不少于1名乡村医生。", ("乡村医生", 1, "名", ">=", None, "standard"),
                     id="per-long-subject-verb-then-limit-word-hand-written"),
        pytest.param("到2026年，每个街道建成1个综合养老服务中心。", ("综合养老服务中心", 1, "个", "=", "2026", "target"),
                     id="per-subject-building-is-a-target-hand-written"),
    ],
)
def test_what_each_subject_is_provided_with_is_a_standard(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


def test_a_time_stamp_under_a_headline_dates_the_page_and_its_year_is_past_hand_written() -> None:
    text = ("首页 > 要闻\n某区人民代表大会开幕\n2027年01月20日 09:30 来源：某某网\n"
            "报告指出，2026年是全区攻坚克难的关键一年。新建保障性住房项目12个，招商项目落地率达到95%。\n"
            "报告明确2027年主要预期目标：地区生产总值增长6%以上。\n")
    targets = [r for r in extract_text(text).records if getattr(r, "kind", None) == "target"]
    assert [(t.value, t.deadline) for t in targets] == [(6, "2027")]


def test_a_work_reports_title_year_is_its_year_hand_written() -> None:
    text = ("某县2027年政府工作报告摘要\n报告指出，2026年是全县爬坡过坎的重要一年。新建农村公路80公里。\n"
            "报告明确主要预期目标：地区生产总值增长6%左右。\n")
    targets = [r for r in extract_text(text).records if getattr(r, "kind", None) == "target"]
    assert [(t.value, t.deadline) for t in targets] == [(6, "2027")]


# ---------------------------------------------------------------------------
# Thresholds of a definition and of an eligibility section are standards


def test_every_threshold_of_a_definition_is_a_standard_hand_written() -> None:
    text = ("本规定所称较大事故，是指一次造成20人以上或直接经济损失300万元以上的事故，"
            "以及在节假日期间发生的10人以上的事故。")
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in found(text)] == [
        ("事故", 20, "人", ">=", "standard"), ("直接经济损失", 300, "万元", ">=", "standard"),
        ("事故", 10, "人", ">=", "standard")]


def test_a_class_of_events_inside_a_goal_without_figure_is_a_standard_hand_written() -> None:
    text = "确保火灾总量下降，特别是一次死亡10人以上火灾事故得到有效遏制。"
    assert [(t.value, t.comparator, t.kind) for t in found(text)] == [(10, ">=", "standard")]
    # beside a target of its sentence, the class is part of that target's object
    assert [(t.value, t.kind) for t in found("到2026年，一次死亡10人以上火灾事故起数下降20%。")] == [(20, "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("受灾害威胁，需转移安置人数在200人以上、800人以下或潜在经济损失300万元以上、3000万元以下的地质灾害险情"
                     "为中型地质灾害险情。",
                     [("需转移安置人数", 200, "人", ">="), ("需转移安置人数", 800, "人", "<="),
                      ("潜在经济损失", 300, "万元", ">="), ("潜在经济损失", 3000, "万元", "<=")],
                     id="ranges-chained-by-或-named-after-为-hand-written"),
        pytest.param("因灾死亡20人（含20人）以上或者直接经济损失2000万元以上的为特大型地质灾害灾情。",
                     [("因灾死亡人数", 20, "人", ">="), ("直接经济损失", 2000, "万元", ">=")],
                     id="bounds-before-的为-level-hand-written"),
        pytest.param("特别重大（Ⅰ级）：因灾死亡50人以上，或紧急转移安置群众20万人以上，或倒塌房屋2000间以上。",
                     [("因灾死亡人数", 50, "人", ">="), ("紧急转移安置群众", 20, "万人", ">="), ("倒塌房屋", 2000, "间", ">=")],
                     id="level-before-a-colon-hand-written"),
        pytest.param("1.造成5人以上20人以下死亡，或者20人以上80人以下重伤，或者2000万元以上8000万元以下直接经济损失的事故；",
                     [("死亡人数", 5, "人", ">="), ("死亡人数", 20, "人", "<="), ("重伤人数", 20, "人", ">="),
                      ("重伤人数", 80, "人", "<="), ("直接经济损失", 2000, "万元", ">="), ("直接经济损失", 8000, "万元", "<=")],
                     id="harm-an-event-causes-in-a-scope-list-hand-written"),
    ],
)
def test_the_bounds_of_a_level_are_standards_hand_written(text: str, expected: list) -> None:
    got = found(text)
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in got] == expected
    assert {(t.kind, t.deadline) for t in got} == {("standard", None)}


def test_the_section_under_a_heading_naming_a_level_defines_it_hand_written() -> None:
    text = ("（二）较大突发事件（Ⅲ级）\n1.因事故造成人员被困2万人以上的；\n2.需紧急转移安置群众5000人以上5万人以下的。\n"
            "四、应急保障\n到2025年，建成应急物资储备库3个以上。\n")
    assert rows(text) == [
        ("人员被困", 2, "万人", ">=", None, "standard"), ("需紧急转移安置群众", 5000, "人", ">=", None, "standard"),
        ("需紧急转移安置群众", 5, "万人", "<=", None, "standard"), ("建成应急物资储备库", 3, "个", ">=", "2025", "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("本预案所称重污染天气，是指环境空气质量指数（AQI）大于200的大气污染。", [(200, "", ">")],
                     id="an-index-with-its-latin-name-in-brackets-hand-written"),
        pytest.param("黄色预警：预测AQI日均值＞200将持续3天（72小时）及以上，且未达到更高级别预警条件。",
                     [(200, "", ">"), (3, "天", ">=")], id="an-index-by-its-latin-name-and-a-sign-hand-written"),
    ],
)
def test_the_thresholds_of_a_warning_level_are_standards_hand_written(text: str, expected: list) -> None:
    got = found(text)
    assert [(t.value, t.unit, t.comparator) for t in got] == expected
    assert {t.kind for t in got} == {"standard"}


def test_the_members_a_body_is_made_of_are_a_standard_hand_written() -> None:
    got = found("各单位可组建若干支服务队，每队由8—15名志愿者组成。")
    assert [(t.indicator, t.value, t.value_max, t.unit, t.kind) for t in got] == [
        ("每队志愿者人数", 8, 15, "名", "standard")]


def test_a_commendation_reports_and_awards_hand_written() -> None:
    title = "某县人民政府关于表彰2024年度优秀农民合作社的决定"
    text = ("近年来，我县合作社发展势头良好。全县现有合作社120家，其中，国家级、省级示范社分别有3家、8家。\n"
            "经县政府研究决定，授予10家合作社“优秀合作社”称号，各颁发奖金2万元。\n")
    assert found(text, title=title) == []
    # a paragraph opened by 近年来 looks back wherever it stands
    assert found(text.splitlines()[0]) == []


def test_a_notices_opening_names_the_year_of_its_matter_hand_written() -> None:
    # (an opening too long for a colon head: 依据…等文件要求，现将…公告如下：)
    text = ("为加强草原生态保护，依据《草原法》《基本草原保护条例》等法律法规和上级有关文件要求，"
            "现将2025年春季禁牧工作有关事项通告如下：\n一、禁牧范围\n全旗禁牧面积20万亩。\n")
    assert [(t.value, t.deadline) for t in found(text, date="2025-03-01")] == [(20, "2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第二章 认定条件\n第六条 申请认定的基地应当符合下列要求：\n（一）拥有1-3个特色主导品种。\n"
                     "第三章 发展目标\n第七条 到2026年，建成示范基地10个。\n",
                     [(1, "standard"), (3, "standard"), (10, "target")], id="chapter-heading-to-the-next-chapter"),
        pytest.param("申报企业应当具备下列条件：\n（一）从业人员50人；\n（二）年营业收入2000万元。\n"
                     "今年全县力争新增规上企业30家。\n",
                     [(50, "standard"), (2000, "standard"), (30, "target")], id="colon-head-to-the-end-of-its-list"),
        pytest.param("三、改善办学条件\n新建幼儿园12所。\n", [(12, "target")], id="not-a-plan-heading-on-conditions"),
    ],
)
def test_figures_under_an_eligibility_heading_are_standards_hand_written(text: str, expected: list) -> None:
    got = []
    for t in found(text):
        got.append((t.value, t.kind))
        if t.value_max is not None:
            got.append((t.value_max, t.kind))
    assert got == expected


def test_issues_of_a_bulletin_counted_in_words_or_named_are_no_figures_hand_written() -> None:
    assert found("领导小组每周编发二期工作简报。") == []
    assert found("道路东至滨河路、西至锦绣苑3期、北至环城北路。") == []


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        pytest.param("各乡镇人民政府：\n为稳定油料生产，现就做好2024年油菜生产工作通知如下。\n"
                     "一、稳定面积\n确保全县油菜种植面积达到12万亩以上。\n", None, [(12, "2024")],
                     id="notice-opening-sets-out-one-years-work-hand-written"),
        pytest.param("各乡镇人民政府：\n一、稳定面积\n确保全县油菜种植面积达到12万亩以上。\n",
                     "关于做好2024年油菜生产工作的通知", [(12, "2024")], id="title-of-one-years-work-hand-written"),
        pytest.param("各乡镇人民政府：\n现将《关于做好2024年油菜生产工作的通知》转发给你们。\n"
                     "确保全县油菜种植面积达到12万亩以上。\n", "关于做好2024年油菜生产工作的通知", [(12, None)],
                     id="not-a-title-the-page-quotes-hand-written"),
        pytest.param("各乡镇人民政府：\n现就通报2023年油菜生产工作通知如下。\n全县油菜种植面积达到12万亩。\n", None,
                     [(12, None)], id="not-a-review-of-the-years-work-hand-written"),
    ],
)
def test_the_year_of_the_work_a_notice_is_about(text: str, title: str | None, expected: list) -> None:
    assert [(t.value, t.deadline) for t in found(text, title=title)] == expected


def test_a_page_naming_one_year_only_dates_its_figures_by_it_hand_written() -> None:
    # an excerpt of a year's actions: the one year it names opens a clause with a figure
    text = ("一是稳粮行动。\n确保粮食播种面积在18万亩以上。\n二是产业行动。\n2024年新建产业园区2个，"
            "力争园区覆盖率超60%。\n")
    assert [(t.value, t.deadline) for t in found(text)] == [(18, "2024"), (2, "2024"), (60, "2024")]
    # a vision's year, which sets no figure of its sentence, dates nothing
    vision = "建设市级示范社区20个以上。\n2035年，宜居城市基本建成。\n"
    assert [(t.value, t.deadline) for t in found(vision)] == [(20, None)]


def test_a_year_said_to_be_some_year_dates_a_page_a_stamp_dates_hand_written() -> None:
    text = ("索引号: | 001/2024-0012 | 公开方式: | 主动公开 |\n发布日期: | 2024-03-05 | |\n"
            "2024年是实施“十四五”规划的关键之年，做好全年工作意义重大。\n"
            "主要指标：粮食总产量稳定在60万吨以上；农村居民人均可支配收入增长7%。\n")
    got = [r for r in extract_text(text, path="x.txt").records if type(r).__name__ == "Target"]
    assert [(t.value, t.deadline) for t in got] == [(60, "2024"), (7, "2024")]


def test_a_years_plan_under_a_basic_facts_heading_is_ahead_hand_written() -> None:
    text = ("一、改造项目基本情况\n2024年我县计划改造老旧小区项目18个，总投资约2.4亿元。"
            "2023年我县完成改造小区25个。\n")
    assert [(t.value, t.deadline) for t in found(text, date="2024-02-20")] == [(18, "2024"), (2.4, "2024")]


def test_the_next_clauses_deadline_run_on_across_a_line_break_is_no_part_of_the_indicator_hand_written() -> None:
    # hand-written in the form of a county 工作要点 printed from a PDF: a goal line with no stop, the next line
    # opening with its own time limit (9月底前，…), joined into one line when the page is read
    text = (
        "2024年工作要点\n一、主要目标\n  ——基层基础方面:加强基层便民服务体系建设\n"
        "3月底前实现 12 个村(社区)便民服务站建设全覆盖\n9月底前,便民服务事项网上办理率达到 90%,村(社\n"
        "区)网格协同开展代办服务。\n"
    )
    assert [(t.indicator, t.value, t.deadline) for t in found(text)] == [
        ("村便民服务站建设全覆盖", 12, "2024"), ("便民服务事项网上办理率", 90, "2024"),
    ]
