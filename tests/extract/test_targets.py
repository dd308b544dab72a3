"""Quantified targets and incentives, on real clauses from the shared gazette and the dev corpus."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from policykg.extract.targets import _YEAR_END, _clock_time, _Lines, find_targets, target_fields

PLAN_2024 = "嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展规划的通知"
PLAN_2024_2026 = "关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）"


def targets(text: str, **kw):
    return find_targets(text, document="X", **kw)[0]


def only(text: str, **kw):
    found = targets(text, **kw)
    assert len(found) == 1, [(t.value, t.unit, t.indicator) for t in found]
    return found[0]


# ---------------------------------------------------------------------------
# Comparators


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        pytest.param("全年实施技改项目1000项以上。", 1000, "项", ">=", id="以上"),
        pytest.param("全年举办境内投资促进活动不少于100场。", 100, "场", ">=", id="不少于"),
        pytest.param("普惠性托位数占比不低于80%。", 80, "%", ">=", id="不低于"),
        pytest.param("每个村级医疗卫生机构拥有执业（助理）医师至少1人。", 1, "人", ">=", id="至少"),
        pytest.param("合作机构支小支农担保金额占全部担保金额的比例不得低于80%。", 80, "%", ">=", id="不得低于"),
        pytest.param("规上工业高新技术企业占比超过50%。", 50, "%", ">", id="超过"),
        pytest.param("列入国家102工程项目超15个。", 15, "个", ">", id="超"),
        pytest.param("全市高新技术企业突破5000家。", 5000, "家", ">", id="突破"),
        pytest.param("湿垃圾分类量日均高于5520吨。", 5520, "吨", ">", id="高于"),
        pytest.param("严重致残出生缺陷发生率控制在1‰以内。", 1, "‰", "<=", id="控制在-以内-permille"),
        pytest.param("全市干垃圾日均控制量不高于21000吨。", 21000, "吨", "<=", id="不高于"),
        pytest.param("收取的担保费率原则上不超过1.5%。", 1.5, "%", "<=", id="不超过"),
        pytest.param("引导合作机构逐步将平均担保费率降至1%以下。", 1, "%", "<=", id="以下"),
        pytest.param("实现分流制强排地区雨水主管满管率低于50%。", 50, "%", "<", id="低于"),
        pytest.param("新增城镇就业11万人。", 11, "万人", "=", id="none"),
        pytest.param("全国农机总动力稳定在11亿千瓦左右。", 11, "亿千瓦", "=", id="左右"),
        pytest.param("新增托育机构2所以上。", 2, "所", ">=", id="所-count-before-以上"),
        pytest.param("每个街道的民办幼儿园控制在3所以下。", 3, "所", "<=", id="所-count-before-以下-hand-written"),
        pytest.param("单个项目补助资金最高200万元。", 200, "万元", "<=", id="最高-hand-written"),
        pytest.param("深松作业补助标准最高每亩30元。", 30, "元", "<=", id="最高-before-a-per-unit-hand-written"),
        pytest.param("企业职工月工资最低2000元。", 2000, "元", ">=", id="最低-hand-written"),
        pytest.param("参保缴费年限不满15年。", 15, "年", "<", id="不满-hand-written"),
        # a limit word negated by 不准/不允许 is the bound it forbids crossing, as by 不得 (real: a meeting's rule)
        pytest.param("一般事项办理时间不准超过5个工作日。", 5, "个工作日", "<=", id="不准超过"),
        pytest.param("单次会议时长不允许超过2小时。", 2, "小时", "<=", id="不允许超过-hand-written"),
        pytest.param("未满16周岁的未成年人不得单独进入。", 16, "周岁", "<", id="未满-hand-written"),
    ],
)
def test_comparator_words(text: str, value: float, unit: str, comparator: str) -> None:
    t = only(text)
    assert (t.value, t.unit, t.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    "limit",
    [
        pytest.param("不高于", id="不高于"),
        # every negated limit word, with a modal or not, is the bound it forbids crossing (hand-written)
        pytest.param("不应高于", id="不应高于-modal"),
        pytest.param("不得大于", id="不得大于-modal"),
    ],
)
def test_limit_on_a_share_of_a_base_reads_the_word_before_the_base(limit: str) -> None:
    text = f"单户担保金额500万元以上的再担保业务收费，原则上{limit}承担风险责任的0.5%。"
    t = only(text)
    assert (t.value, t.comparator, t.indicator) == (0.5, "<=", "单户担保金额500万元以上的再担保业务收费")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中央预算内投资对公共实训基地建设项目原则上按照东、中、西、东北地区分别不超过总投资（不含土地费用、"
                     "市政费用，仅为投资，下同）40%、60%、80%、80%的比例进行支持。", id="limit-on-a-base-a-note-then-a-list"),
        pytest.param("中央预算内投资对项目原则上按照东、中、西部地区分别不超过总投资40%、60%、80%的比例进行支持。",
                     id="limit-on-a-base-then-a-list-hand-written"),
    ],
)
def test_a_limit_on_the_base_of_a_list_of_shares_holds_for_each(text: str) -> None:
    # The limit word before the base (and any note on it in brackets) bounds every share of the list.
    assert {(t.comparator, t.kind) for t in targets(text)} == {("<=", "standard")}


# ---------------------------------------------------------------------------
# Several targets in one clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("新增国家高新技术企业500家、省科技型中小企业1200家。",
                     [(500, "新增国家高新技术企业"), (1200, "省科技型中小企业")], id="dunhao-list"),
        pytest.param("新增省级以上高层次人才50名、大学生10万名、技能人才5万名。",
                     [(50, "新增省级以上高层次人才"), (10, "大学生"), (5, "技能人才")], id="three-items"),
        pytest.param("到2028年，全市累计建设新型研发机构60家，其中省级12家、市级25家。",
                     [(60, "全市累计建设新型研发机构"), (12, "省级新型研发机构"), (25, "市级新型研发机构")],
                     id="其中-breakdown"),
        pytest.param("花生种植、收获机械化率分别达到65%和55%。",
                     [(65, "花生种植机械化率"), (55, "花生收获机械化率")], id="分别-和"),
        # dev corpus, 34: items of a kind the list names after 等, each with its own figure
        pytest.param("二氧化硫（SO2）、氮氧化物（NOX）和挥发性有机物（VOCs）等主要污染物排放总量比2015年分别下降15%、10%和26%。",
                     [(15, "二氧化硫排放总量下降"), (10, "氮氧化物排放总量下降"), (26, "挥发性有机物排放总量下降")],
                     id="分别-items-of-a-kind-named-after-等"),
        # hand-written: the change is each item's, the base year of the change names nothing; 化学需氧量
        # names a pollutant (not a quantity, though it ends in 量), measured as the last item is
        pytest.param("化学需氧量、氨氮排放总量较2020年分别下降8%、9%。",
                     [(8, "化学需氧量排放总量下降"), (9, "氨氮排放总量下降")], id="分别-a-change-over-a-base-year"),
        # hand-written: one figure 分别 gives to each item, and a second list with its own 分别 after it in
        # the same sentence (its figure is that list's, not a figure of the first list's own)
        pytest.param("到2025年，全市化学需氧量、氨氮排放总量分别下降5%，挥发性有机物、氮氧化物排放总量分别下降10%以上。",
                     [(5, "全市化学需氧量排放总量下降"), (5, "氨氮排放总量下降"), (10, "挥发性有机物排放总量下降"),
                      (10, "氮氧化物排放总量下降")], id="分别-one-figure-each-then-a-second-list-with-its-own-分别"),
        pytest.param("单位地区生产总值能耗比2020年下降14%。", [(14, "单位地区生产总值能耗下降")],
                     id="a-change-over-a-base-year-hand-written"),
        pytest.param("单位地区生产总值能耗比2020年下降14%，比2015年下降30%。",
                     [(14, "单位地区生产总值能耗下降"), (30, "单位地区生产总值能耗下降")],
                     id="a-second-base-year-of-the-same-change-hand-written"),
        # hand-written: things measured the same way, the measure written once after the last
        pytest.param("二氧化硫和氮氧化物排放总量分别控制在20万吨、18万吨以内。",
                     [(20, "二氧化硫排放总量"), (18, "氮氧化物排放总量")], id="分别-a-measure-shared-by-both-items"),
        # hand-written: the old levels of the items before, then each one's change
        pytest.param("二氧化硫和氮氧化物排放总量分别控制在20万吨、18万吨以内，比2020年的22.5万吨、19.6万吨分别减少8%、6.5%。",
                     [(20, "二氧化硫排放总量"), (18, "氮氧化物排放总量"), (8, "二氧化硫排放总量减少"),
                      (6.5, "氮氧化物排放总量减少")], id="分别-changes-over-the-old-levels-of-the-items-before"),
        # hand-written: an item of the 、 list holds a bound of whom it counts (6岁以下), no figure of the list;
        # 分别 pairs each item with its own rate, the rates per mille and per 10万
        pytest.param("到2030年，新生儿死亡率、6岁以下儿童死亡率、孕产妇死亡率分别降低到3.5‰、5.0‰、12/10万。",
                     [(3.5, "新生儿死亡率"), (5.0, "6岁以下儿童死亡率"), (12, "孕产妇死亡率")],
                     id="分别-an-item-holding-an-age-bound"),
        # hand-written: sectors measured alike, the measure written once after the last; 分别 pairs each with its figure
        pytest.param("数字产业、会展业增加值占地区生产总值比重分别达到8%和3%。",
                     [(8, "数字产业增加值占地区生产总值比重"), (3, "会展业增加值占地区生产总值比重")],
                     id="分别-sectors-sharing-a-measure"),
        # hand-written: a clause opening with 分别 after a clause whose subject names the items
        pytest.param("专精特新企业和瞪羚企业在2023年的基础上实现翻番，分别超过60家和240家。",
                     [(60, "专精特新企业"), (240, "瞪羚企业")], id="分别-items-named-by-the-clause-before"),
        # hand-written: one figure that 分别 gives to each item of the list
        pytest.param("美丽庭院、示范小区比例分别达到40%以上。",
                     [(40, "美丽庭院比例"), (40, "示范小区比例")], id="分别-one-figure-for-each-item"),
        # hand-written: a 、 inside the 的-modifier of the next item is no break in the first item's noun
        pytest.param("打造4个区域分拨中心和辐射华中、华南的3个国际物流枢纽。",
                     [(4, "区域分拨中心"), (3, "国际物流枢纽")], id="dunhao-inside-the-next-items-modifier"),
        pytest.param("到2025年，全市森林覆盖率达45%、提高2个百分点。", [(45, "全市森林覆盖率"), (2, "全市森林覆盖率提高")],
                     id="a-level-and-its-rise-hand-written"),
        pytest.param("2024年度全市高标准农田建设任务为30万亩。", [(30, "全市高标准农田建设任务")],
                     id="a-year-of-account-年度-heads-the-clause-hand-written"),
        pytest.param("新增国家级、省级名中医8名以上。", [(8, "新增国家级、省级名中医")], id="dunhao-inside-indicator"),
        pytest.param("2017年本区绿色账户要新增覆盖14.3万户，累计达到30.3万户。",
                     [(14.3, "本区绿色账户要新增覆盖"), (30.3, "本区绿色账户要新增覆盖")], id="累计-inherits"),
        # hand-written: a change verb with 分别, its figures joined by 和 or 、 before one unit: each item changes
        pytest.param("到2021年，化学需氧量和氨氮排放量分别下降3和2吨。",
                     [(3, "化学需氧量排放量下降"), (2, "氨氮排放量下降")], id="分别-change-verb-values-joined-by-和"),
        pytest.param("到2021年，化学需氧量、氨氮排放量分别下降3、2吨。",
                     [(3, "化学需氧量排放量下降"), (2, "氨氮排放量下降")], id="分别-change-verb-values-joined-by-dunhao"),
        # hand-written: a note restating the figure with 即
        pytest.param("到2021年，全市完成造林2万亩（即新增造林面积不少于2万亩）。",
                     [(2, "造林"), (2, "新增造林面积")], id="restating-note-opened-by-即"),
        # hand-written: a later clause names a settlement alone; what it measures is the first clause's
        pytest.param("到2021年，城区生活垃圾无害化处理率达到95%，农村达到85%。",
                     [(95, "城区生活垃圾无害化处理率"), (85, "农村生活垃圾无害化处理率")],
                     id="elided-measure-after-a-settlement"),
        pytest.param("到2021年，农村生活污水治理率达到60%，城镇达到95%。",
                     [(60, "农村生活污水治理率"), (95, "城镇生活污水治理率")], id="elided-measure-first-item-a-settlement"),
    ],
)
def test_several_targets_in_one_clause(text: str, expected: list) -> None:
    assert [(t.value, t.indicator, t.kind) for t in targets(text)] == [(*e, "target") for e in expected]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # hand-written: a ratio after a 配比 noun is no clock time, and no break in its clause
        pytest.param("到2021年，护理人员与床位配比达到1：50，每个社区配备1名专员。", "护理人员与床位配比达到1：50",
                     id="ratio-one-to-two-digits"),
        pytest.param("到2025年，公立医院床人比不低于1：1.6。", "公立医院床人比不低于1：1.6", id="ratio-with-decimal"),
    ],
)
def test_a_ratio_is_no_clock_time(text: str, clause: str) -> None:
    assert targets(text)[0].text == clause


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2024年01月22日14：31", id="after-a-date"),
        pytest.param("每日上午9：30开始办理", id="after-a-time-word"),
        pytest.param("办理时间为9：00至17：30", id="a-range-of-times"),
        pytest.param("请于12：00前报送", id="before-前"),
        pytest.param("2022-11-27 09：17：08", id="with-seconds"),
    ],
)
def test_clock_times(text: str) -> None:
    colons = [k for k, c in enumerate(text) if c == "："]
    assert all(_clock_time(text, k) for k in colons)


@pytest.mark.parametrize("text", [pytest.param("配比达到1：50", id="ratio-after-达到"), pytest.param("比例为2：8", id="ratio")])
def test_ratios_are_no_clock_times(text: str) -> None:
    assert not _clock_time(text, text.index("："))


# hand-written: the limit word after a list of figures that 分别 pairs with items holds for each
@pytest.mark.parametrize(
    ("text", "comparators"),
    [
        pytest.param("城镇和农村居民人均可支配收入分别增长6%、8.5%以上。", [">=", ">="], id="分别-figures-listed-limit-at-the-end"),
        pytest.param("小学、初中、高中入学率分别达到100%、99%和95%以上。", [">=", ">=", ">="], id="分别-three-figures-joined-by-和"),
        pytest.param("城镇和农村居民人均可支配收入分别增长5%左右、8.5%以上。", ["=", ">="],
                     id="分别-a-figure-with-its-own-limit-word-keeps-it"),
        pytest.param("城镇和农村居民人均可支配收入分别增长6%，农村8.5%以上。", ["=", ">="], id="figures-in-two-clauses-keep-their-own"),
        pytest.param("全年实际利用外资超5亿元或8000万美元。", [">", ">"], id="或-an-alternative-after-a-limit-word"),
    ],
)
def test_a_limit_word_closing_a_list_of_figures_holds_for_each(text: str, comparators: list) -> None:
    assert [t.comparator for t in targets(text)] == comparators


# hand-written: one limit word before a list of figures, after a figure the clause opens with; and a span
# of years before the clause whose years the figures take in order, as many as they are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2024年至2026年，开工3年内的新建园区和持续运营的园区纳入名录的比例分别不低于20%、50%、80%。",
                     [(20, ">=", "2024"), (50, ">=", "2025"), (80, ">=", "2026")], id="limit-word-before-the-list-year-span"),
        pytest.param("2024—2026年，分别培育专精特新企业10家、20家、30家。",
                     [(10, "=", "2024"), (20, "=", "2025"), (30, "=", "2026")], id="year-span-as-many-years-as-figures"),
        pytest.param("2024—2026年，分别培育专精特新企业10家、20家。",
                     [(10, "=", "2026"), (20, "=", "2026")], id="year-span-not-as-many-years-keeps-the-end"),
    ],
)
def test_a_limit_word_and_a_year_span_before_a_list_of_figures(text: str, expected: list) -> None:
    assert [(t.value, t.comparator, t.deadline) for t in targets(text)] == expected


def test_adjacent_counts_share_the_limit_word_and_the_noun() -> None:
    text = "5家中医药适宜技术推广中心每年向基层医疗卫生机构推广10类40项以上中医药适宜技术。"
    found = targets(text)
    assert [(t.value, t.unit, t.comparator, t.recurrence) for t in found] == [
        (10, "类", ">=", "annual"), (40, "项", ">=", "annual")]
    assert {t.indicator for t in found} == {"中医药适宜技术"}  # the 5家 subject is not a target


def test_both_conjuncts_get_a_target_when_they_share_均() -> None:
    found = targets("高血压和2型糖尿病患者规范管理服务率均达到70%以上。")
    assert [(t.value, t.comparator) for t in found] == [(70, ">="), (70, ">=")]
    # Each conjunct is measured by the head they share.
    assert [t.indicator for t in found] == ["高血压患者规范管理服务率", "2型糖尿病患者规范管理服务率"]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # every item names a quantity of its own (普及率: 及 inside a word is no conjunction)
        ("学前教育普及率和九年义务教育巩固率均达到99%以上。", ["学前教育普及率", "九年义务教育巩固率"]),
        # two-character modifiers share everything after them
        ("小学和初中适龄儿童入学率均达到100%。", ["小学适龄儿童入学率", "初中适龄儿童入学率"]),
        # a bound the conjuncts share, the limit word right after 均 (dev corpus, 10)
        ("原则上国家融资担保基金和银行业金融机构承担的风险责任比例均不低于20%。",
         ["国家融资担保基金和银行业金融机构承担的风险责任比例"] * 2),
        # verbs between a shared prefix and a shared quantity noun (dev corpus, 01)
        ("马铃薯种植、收获机械化率均达到45%。", ["马铃薯种植机械化率", "马铃薯收获机械化率"]),
        # no shared head to give: the whole phrase for each
        ("国家级和省级示范区均达到20个。", ["国家级和省级示范区", "国家级和省级示范区"]),
        # a bare 均达, and the conjunction opening the clause no part of the first item (held-out Y13, 19)
        pytest.param("27.行政规范性文件按照规定的程序和时限报送备案，且报备率、报备及时率、规范率均达100%。",
                     ["报备率", "报备及时率", "规范率"], id="bare-jun-da-after-qie"),
        pytest.param("全市城市和县城生活垃圾无害化处理率均达95%以上。",
                     ["全市城市生活垃圾无害化处理率", "全市县城生活垃圾无害化处理率"], id="bare-jun-da-hand-written"),
    ],
)
def test_conjuncts_sharing_one_number(text: str, indicators: list[str]) -> None:
    assert [t.indicator for t in targets(text)] == indicators


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # held-out W13, 15: 各 closing a 、 list gives the count to each item, the list's opening verb too
        pytest.param("到2027年，新增国家级旅游度假、5A级景区各1家。", ["新增国家级旅游度假", "新增5A级景区"],
                     id="各-count-after-a-list"),
        pytest.param("到2027年，国家级旅游度假区、5A级景区各新增1家。", ["国家级旅游度假区新增", "5A级景区新增"],
                     id="各-verb-count-after-a-list-hand-written"),
    ],
)
def test_a_count_each_item_of_a_list_has(text: str, indicators: list[str]) -> None:
    assert [(t.value, t.unit, t.indicator) for t in targets(text)] == [(1, "家", i) for i in indicators]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("学前教育普及率和九年义务教育巩固率分别达到98%和99%。",
                     [(98, "学前教育普及率"), (99, "九年义务教育巩固率")], id="quantity-items-分别-hand-written"),
    ],
)
def test_respectively_gives_each_number_its_item(text: str, expected: list) -> None:
    assert [(t.value, t.indicator, t.kind) for t in targets(text)] == [(*e, "target") for e in expected]


# ---------------------------------------------------------------------------
# Prenominal counts and shares


# hand-written: shares each written before the noun they measure, in a list after a 的-modifier, one predicate
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2027年，符合条件的80%重点企业、60%一般企业完成数字化改造。",
                     [(80, "重点企业完成数字化改造"), (60, "一般企业完成数字化改造")], id="shares-before-their-nouns"),
        pytest.param("持证经营（每年累计营业不少于8个月）的90%大型园区、70%中型园区达到示范标准。",
                     [(8, "累计营业"), (90, "大型园区达到示范标准"), (70, "中型园区达到示范标准")],
                     id="shares-before-their-nouns-after-a-bracket-of-thresholds"),
    ],
)
def test_listed_shares_before_their_nouns(text: str, expected: list) -> None:
    assert [(t.value, t.indicator) for t in targets(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        pytest.param("建设4家以上慢性病综合防控金牌示范区。", 4, "慢性病综合防控金牌示范区", id="verb-count-noun"),
        pytest.param("支持20家以上镇卫生院达到二级医院能力水平。", 20, "镇卫生院达到二级医院能力水平", id="count-with-predicate"),
        pytest.param("每年推动5家龙头企业建立总部型研发中心。", 5, "龙头企业建立总部型研发中心", id="每年-verb-count"),
        pytest.param("到2027年，5家县级中医医院全部达到三级水平。", 5, "县级中医医院", id="全部-cuts-predicate"),
        pytest.param("60%城镇社区建有普惠性托育机构。", 60, "城镇社区建有普惠性托育机构", id="share-of-nouns"),
        pytest.param("本市建成区40%以上的面积达到海绵城市建设目标要求。", 40, "本市建成区面积达到海绵城市建设目标要求",
                     id="share-subject-and-predicate"),
        pytest.param("嘉定区到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求。", 50,
                     "建设用地面积达到海绵城市建设目标要求", id="area-of-an-area-noun"),
        pytest.param("完成94万平方米既有公共建筑节能改造。", 94, "既有公共建筑节能改造", id="measure-after-verb"),
        pytest.param("在全国范围内选择10个左右有条件、有基础、规模适当的城市。", 10, "有条件、有基础、规模适当的城市",
                     id="dunhao-inside-noun-phrase"),
        # form: a bound inside the counted noun qualifies the head counted
        pytest.param("到2020年，建成20个年接待游客300万人次以上的大景区。", 20, "年接待游客300万人次以上的大景区",
                     id="qualifier-figure-inside-the-counted-noun"),
        pytest.param("到2025年，培育10家年销售收入10亿元以上的企业。", 10, "年销售收入10亿元以上的企业",
                     id="qualifier-figure-inside-the-counted-noun-hand-written"),
        # form: a copula after the counted noun, a 、 in the predicate
        pytest.param("新建100个乡镇及社区体育健身中心是今年省委、省政府确定为民所办的27件实事之一。", 100,
                     "乡镇及社区体育健身中心", id="noun-ends-at-a-copula-before-a-listed-predicate"),
    ],
)
def test_prenominal_numbers(text: str, value: float, indicator: str) -> None:
    t = only(text)
    assert (t.value, t.indicator) == (value, indicator)


# ---------------------------------------------------------------------------
# Ranges, Chinese numerals, units


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        pytest.param("确保研发投入占比保持在3%—5%。", 3, 5, "%", id="percent-range-dash"),
        pytest.param("每年新增市场主体5000—6000家。", 5000, 6000, "家", id="count-range"),
        pytest.param("新增绿地30-50公顷。", 30, 50, "公顷", id="ascii-hyphen-range"),
        pytest.param("今年的预期目标是：地区生产总值增长5.5%－6%。", 5.5, 6, "%", id="full-width-minus-range"),
        # form: a range written high to low, read as the band between its figures
        pytest.param("14—20年平均每亩补偿3000—1800元；", 1800, 3000, "元", id="range-written-high-to-low"),
        pytest.param("中龄林每株补偿50—22元。", 22, 50, "元", id="range-written-high-to-low-hand-written"),
    ],
)
def test_ranges(text: str, value: float, value_max: float, unit: str) -> None:
    t = only(text)
    assert (t.value, t.value_max, t.unit, t.comparator) == (value, value_max, unit, "=")


@pytest.mark.parametrize(
    ("text", "value", "unit", "magnitude"),
    [
        pytest.param("可一证多批使用，但最多不超过六批。", 6, "批", 6, id="六批-with-a-limit"),
        pytest.param("腾退低效用地1万亩。", 1, "万亩", 10_000, id="万-prefix"),
        pytest.param("新增光伏装机60万千瓦以上。", 60, "万千瓦", 600_000, id="万千瓦-keeps-千瓦"),
        pytest.param("实际利用外资30亿美元。", 30, "亿美元", 3e9, id="亿美元"),
        pytest.param("累计引进一流创新人才和团队50名（个）。", 50, "名（个）", 50, id="bracketed-classifier"),
        pytest.param("干垃圾焚烧处置能力达到1.93万吨/日。", 1.93, "万吨/日", 19_300, id="rate-unit"),
        pytest.param("3、征收林地及其他农用地平均每亩补偿13点8万元。", 13.8, "万元", 138_000,
                     id="decimal-point-written-点"),
        pytest.param("上午9点30分召开会议，明确征收空闲地平均每亩补偿2点1万元。", 2.1, "万元", 21_000,
                     id="decimal-point-written-点-not-a-clock-time-hand-written"),
        pytest.param("安装太阳能路灯1000盏。", 1000, "盏", 1000, id="盏-lamps-hand-written"),
    ],
)
def test_numerals_and_units(text: str, value: float, unit: str, magnitude: float) -> None:
    t = only(text)
    assert (t.value, t.unit, t.magnitude) == (value, unit, magnitude)


def test_chinese_numeral_after_its_noun_needs_a_limit_word() -> None:
    assert targets("大力发展高山滑雪、跳台滑雪、冬季两项、速度滑冰等各类冰雪体育赛事。") == []


# ---------------------------------------------------------------------------
# Not targets


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        pytest.param(
            "推动全市3亿元以上制造业企业无研发机构动态清零、5千万元以上制造业企业无研发活动动态清零，"
            "全市规上制造业企业研发活动覆盖率达到92%以上。", 92, id="measure-qualifies-noun-of-a-target-sentence",
        ),
        pytest.param("推动三类仪器设备（单台（套）价值在30万元及以上的）全面向企业开放共享。", None, id="value-in-brackets"),
        pytest.param("培育产值10亿元以上“腰部”企业，新增国家级专精特新“小巨人”企业50家以上。", 50,
                     id="产值-qualifier-of-a-target-sentence"),
        pytest.param("深入推进“135N”先进制造业集群发展。", None, id="quoted-name"),
        pytest.param("整合集聚G60科创走廊创新资源。", None, id="letter-glued"),
        pytest.param("优化制定新一轮“8+4”政策。", None, id="plus-name"),
        pytest.param("实施“两清零一提升”2.0版。", None, id="version"),
        pytest.param("是实施“十四五”规划关键一年。", None, id="plan-period-name"),
        pytest.param("统筹推进三个“一号工程”，做好以下七个方面工作。", None, id="rhetorical-counts"),
        pytest.param("市本级由市、区各承担50%。", None, id="cost-share"),
        pytest.param("经九届市人民政府第42次常务会议审议通过。", None, id="ordinal"),
        pytest.param("每千常住人口基层卫生人员数。", None, id="rate-base"),
        pytest.param("从2024年1月1日起施行，有效期至2028年12月31日。", None, id="dates"),
        pytest.param("根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3号）精神。", None, id="document-number"),
        pytest.param("电话：0573—82521257邮编：314050", None, id="phone-number"),
        pytest.param("索引号：11341823MB1566401C/202401-00005组配分类：决策部署", None,
                     id="catalogue-code-and-serial-no-range"),
        pytest.param("1.落地一批科技型中小企业。", None, id="list-number"),
        pytest.param("要对4个方面、19个重点领域的60项重点内容逐一对照检查。", None, id="nested-counts"),
        pytest.param("集体经济年经营性收入超过100万元的村达到95%以上。", 95, id="的-qualifier-of-a-target"),
        pytest.param("在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上。", None, id="baseline"),
        pytest.param("将全市70%以上的源头实效比例要求分解到“进居住区、进单位”等具体项目。", None, id="将-object"),
        pytest.param("19个方面督查重点，由所涉及的省级主管部门牵头完成自查报告。", None, id="topic-count"),
        pytest.param("为完成上述目标，报告给出了8个方面的具体安排。", None, id="self-count-of-parts-then-的-noun-hand-written"),
        pytest.param("经过5—10年左右时间，职业教育基本完成由政府举办为主向政府统筹管理、社会多元办学的格局转变。", None,
                     id="span-of-years-the-work-takes"),
        pytest.param("用3~6年时间，逐步健全全省水资源规划体系。", None, id="用-span-of-years-hand-written"),
        # hand-written in the form of a reply's approval: the counts and sizes of what it approves
        pytest.param("二、原则同意东湖街道6个、西岭镇12个、南山乡3个共21个社区的老旧小区改造项目。", None,
                     id="approval-counts-of-the-request"),
        pytest.param("一、市政府同意设立城南、城北2个农业科技园区。", None, id="approval-by-the-body-named-first"),
        pytest.param("同意你公司报来的城北片区（一期）300亩地块平整工程可行性研究报告。", None,
                     id="approval-figure-inside-a-project-name"),
        pytest.param("三、上述3个省级园区的四至范围以附图为准。", None, id="count-of-things-named-before"),
        pytest.param("全县登记在册的不可移动文物近400处，多数保存较好。", None, id="近-count-of-what-there-is"),
        # form: a count closing a list of names (等N) or opened by a pointer to the text's own list (以下N)
        pytest.param("2.全面实施武汉综合交通运输“十四五”等4个规划，研究编制《武汉市综合立体交通网规划》。", None,
                     id="等N-closing-a-quoted-plan-name"),
        pytest.param("经妇幼健康服务中心及卫健局审核确认，拟对以下8家托育机构拨付建设补助经费。", None,
                     id="以下N-pointing-at-the-texts-own-list"),
        pytest.param("完成下列5所学校的校舍改造，新建图书室30个。", 30,
                     id="下列N-pointing-at-the-texts-own-list-hand-written"),
    ],
)
def test_not_targets(text: str, keep: float | None) -> None:
    # Only the target a row's sentence states (``keep``) is found, no record of the others.
    assert [t.value for t in targets(text)] == ([keep] if keep is not None else [])


def test_only_the_target_share_in_a_clause_with_a_qualifier() -> None:
    t = only("集体经济年经营性收入超过100万元的村达到95%以上。", title=PLAN_2024, date="2024-02-08")
    assert (t.value, t.indicator, t.recurrence) == (95, "集体经济年经营性收入超过100万元的村", None)


def test_return_period_is_a_standard_beside_the_share() -> None:
    share, period = targets("全市城镇25%面积达到3—5年一遇雨水排水能力。")
    assert (share.value, share.unit, share.kind) == (25, "%", "target")
    assert (period.value, period.value_max, period.unit, period.kind) == (3, 5, "年一遇", "standard")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("目前机械化分拣设备已基本到位，日常分拣处置能力提升至900吨/日。", id="目前-已"),
        pytest.param("据统计，本区平均每日非法倾倒的暴露垃圾近200吨。", id="据统计"),
        pytest.param("2023年，全市新增城镇就业12万人。", id="earlier-year"),
        pytest.param("去年完成制造业投资1000亿元。", id="去年"),
        pytest.param("一、2023年工作回顾\n全市规上工业增加值比上年增长8%。", id="review-section"),
        pytest.param("截至6月30日，已办结8件，占比40%；正在办理12件，占比60%。",
                     id="progress-report-shares-and-work-in-progress-hand-written"),
        pytest.param("截至5月底，已完成投资12亿元，同比增长15%。", id="change-of-a-past-figure-hand-written"),
        pytest.param("一、总体情况\n第五次常务会议确定事项18件，其中办结10件。", id="status-heading-hand-written"),
        pytest.param("全县现有登记在册山塘42座，其中重点山塘5座，一般山塘37座。",
                     id="breakdown-of-a-present-count-hand-written"),
        pytest.param("全市现有小型水库38座，已减少5座。", id="a-present-count-and-a-change-done-hand-written"),
        pytest.param("报告指出，过去五年，全市经济实力显著增强。全市生产总值达到3200亿元，人均地区生产总值突破9万元。",
                     id="look-back-after-a-news-lead-in-hand-written"),
        pytest.param("从更长的时间看，报告指出，过去五年，全市发展成效显著。粮食产量稳定在60亿斤以上。",
                     id="look-back-after-two-lead-ins-hand-written"),
        pytest.param("截至9月底，已改造老旧小区860个，改造率71.5%，完成投资12.6亿元，投资完成率40.2%。",
                     id="status-date-opening-a-sentence-covers-every-clause-hand-written"),
        pytest.param("至8月底，全省累计下达投资计划133亿元，其中中央投资84亿元。",
                     id="至-a-month-with-a-result-word-is-a-status-date-hand-written"),
        pytest.param("截至2023年底，全市累计建成充电桩5200个，覆盖率85%。",
                     id="status-date-in-a-year-before-the-documents-hand-written"),
        pytest.param("目前，全市已完成造林投资8.2亿元，完成率52.3%；新建林道310公里，完工率64.1%，进度快于往年。",
                     id="the-part-after-a-status-sentences-semicolon-hand-written"),
        pytest.param("甲县、乙县、丙县改造率均达100%，居全市前三位；丁县、戊县改造率分别为41.2%、45.6%，全市排名靠后。",
                     id="ranks-given-to-subjects-report-results-hand-written"),
        pytest.param("甲县改造率达100%，位列全市第一。", id="a-rank-with-位列-reports-a-result-hand-written"),
        # form: a progress tally (a total, what is done, what is left, the rate), and the breakdown of what it left
        pytest.param("交办信访件30件，已办结27件，剩余3件正在办理中。", id="tally-total-done-and-left-hand-written"),
        pytest.param("反馈问题40个，已完成整改32个，其余8个正在推进。", id="tally-其余-the-rest-hand-written"),
        # form: events done one after another (先后N次), and a meeting's attendance closing its clause
        pytest.param("区委常委会先后12次专题研究河湖治理工作。", id="先后-count-of-times-done-hand-written"),
        pytest.param("市政府先后召开专题会议30余次，推动项目落地。", id="先后-a-verb-then-余次-hand-written"),
        pytest.param("8月3日，副区长主持召开河湖治理推进会，区水务局等部门负责人及全区24家涉水企业负责人参会。",
                     id="meeting-attendance-hand-written"),
        pytest.param("上级转办问题60个中，已完成整改45个，剩余15个问题正在推进，整改率75%。"
                     "剩余15个问题中涉及餐饮油烟4个，噪声扰民11个。", id="tally-rate-and-breakdown-of-the-rest-hand-written"),
        # form: a finding opening the sentence (经…核实，, …中发现，): how the tasks stand, in every part after its ；
        pytest.param("经督查核实，欠进度的有17个，占总任务的7.7%；超进度的有10个，占总任务的4.5%；已完成和提前完成24个，"
                     "占总任务的10.8%；其它类9个，占总任务的4.1%；达进度的有162个，占总任务的72.9%。",
                     id="finding-opens-a-tally-of-how-tasks-stand"),
        pytest.param("在督查中发现，28件正在办理的事项中，取得阶段性成果并持续推进事项25件，需要加快推进落实事项3件。",
                     id="finding-in-a-check-opens-a-status"),
        pytest.param("经核查，全区闲置厂房共有36处，其中国有厂房15处。", id="finding-by-checking-hand-written"),
        pytest.param("二、基本情况经核查，全区闲置厂房共有36处，其中国有厂房15处。",
                     id="finding-after-a-heading-glued-to-it-hand-written"),
        # form: an amount due (应发放, 应收) and a condition a result follows (符合条件的，已…) inside a finding: no rule
        pytest.param("经核查，全县应发放补贴资金1000万元，实际发放980万元，发放率98%。", id="finding-of-an-amount-due"),
        pytest.param("经核查，符合条件的，已全部发放，共发放补贴资金980万元。",
                     id="finding-with-a-condition-a-result-follows-hand-written"),
        # form: the level before a change (调整前) or where a standard first stood (从最初的…提高到…): its history
        pytest.param("本次调整前,该市城市低保标准为每人每月320元、农村为每人每月160元。", id="level-before-the-change"),
        pytest.param("城市居民低保标准从最初的月人均120元提高到740元,保障范围也由最初的“三无对象”覆盖到各类低收入困难群体;"
                     "农村低保由最初的年人均不低于500元提高到月人均不低于494元。", id="history-from-where-a-standard-first-stood"),
        pytest.param("调整之前，全县特困人员基本生活标准为每人每月600元。", id="level-before-the-change-hand-written"),
        # form: the plan of a span since an earlier year, in the paragraph that span opens
        pytest.param("2022年以来，山东省将城镇老旧小区改造作为稳经济、扩消费、惠民生的重要举措，并取得了积极成效。"
                     "全省计划开工改造老旧小区3889个、67.13万户，截至8月底，已开工改造老旧小区3892个、68.02万户。",
                     id="plan-of-a-span-since-an-earlier-year"),
    ],
)
def test_past_results_are_not_targets(text: str) -> None:
    assert targets(text, title=PLAN_2024, date="2024-02-08") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("截至9月底，已改造老旧小区860个，力争年底前完成改造小区1200个，投资完成率达到80%。", [1200, 80],
                     id="a-clause-looking-ahead-ends-the-status-hand-written"),
        pytest.param("截至2025年底，全市累计建成充电桩8000个，覆盖率达到95%。", [8000, 95],
                     id="截至-a-year-after-the-documents-is-a-deadline-hand-written"),
        pytest.param("至6月底，完成摸底排查村庄120个，建档率100%。", [120, 100],
                     id="至-a-month-without-a-result-word-is-a-deadline-hand-written"),
        pytest.param("力争综合排名保持全省前三位，新增规上企业50家。", [50], id="a-rank-to-reach-is-no-result-hand-written"),
        pytest.param("举办全市招商推介会，组织80家企业参会。", [80], id="attendance-a-plan-organises-hand-written"),
        pytest.param("方案明确了两项任务：新建污水管网20公里；改造泵站3座。", [20, 3],
                     id="list-a-plan-states-after-a-colon-hand-written"),
        pytest.param("已完成整改45个，剩余15个问题确保年底前完成整改。", [15], id="tally-looking-ahead-keeps-its-rest-hand-written"),
        pytest.param("经核查，全区闲置厂房共有36处，力争年底前盘活20处。", [20],
                     id="a-finding-looking-ahead-keeps-its-target-hand-written"),
        # form: a finding that is the occasion of a rule (a condition, a modal, a penalty after it): no report
        pytest.param("在监督检查中发现，企业有违法行为的，处1万元以上3万元以下罚款。", [1, 3],
                     id="a-finding-then-a-penalty-rule-hand-written"),
        pytest.param("经排查，存在隐患的企业应在15日内完成整改。", [15], id="a-finding-then-a-modal-rule-hand-written"),
        # form: 已 in a modifier of the first count (已…的N个), 其余 the rest a plan will do: no tally without a total
        pytest.param("已治理的8条河道巩固提升，其余4条河道全部完成治理。", [4], id="已-modifier-and-其余-is-no-tally-hand-written"),
        # form: 先后 with no count of times, a number of things made one after another that a plan sets
        pytest.param("2024年，全市先后建成15个口袋公园。", [15], id="先后-without-a-count-of-times-hand-written"),
        # form: 现有 names the base a change is set on, no state reported
        pytest.param("现有危险化学品生产企业从业人员减少15%以上，2026年底前完成。", [15],
                     id="a-change-on-the-existing-base-hand-written"),
        # held-out W13, 16: a rank in a ；-part of a sentence a deadline opens is a goal
        pytest.param("到2025年，全市国家A级旅游景区数量达到100个，其中5A级景区1个，4A级景区11个；实施年均投资1000万元以上"
                     "文旅项目12个，文旅年投资强度位居全省前列。", [100, 1, 11, 12], id="a-rank-in-a-later-part-of-a-goal-sentence"),
    ],
)
def test_status_and_rank_sentences_that_look_ahead_keep_their_targets(text: str, values: list) -> None:
    assert [t.value for t in targets(text, title=PLAN_2024, date="2024-02-08")] == values


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("省人代会开幕。报告显示，2023年全省地区生产总值增长5.5%、约2.1万亿元，失业率4.1%。",
                     id="报告显示-what-a-report-shows-hand-written"),
        pytest.param("统计数据显示，去冬今春全省造林面积突破300万亩。", id="数据显示-hand-written"),
        pytest.param("经研究，决定对某市水务局等12家先进单位、某县“河湖长制”等25个典型案例进行通报表扬。",
                     id="counts-of-a-decision-of-praise-hand-written"),
        pytest.param("对督查中发现问题较多的3个县予以通报批评。", id="counts-of-a-decision-of-criticism-hand-written"),
        pytest.param("现将《“十四五”水利发展规划》印发给你们。\n第一章 发展基础 “十三五”时期，全省水利建设取得显著成效。"
                     "五年里，新增供水能力8亿立方米，灌区覆盖率超过90%。",
                     id="earlier-five-year-period-opens-the-paragraph-after-a-glued-heading-hand-written"),
        pytest.param("现将《“十四五”水利发展规划》印发给你们。\n水利建设取得显著成效。五年里，新增供水能力8亿立方米。",
                     id="五年里-opens-the-sentence-hand-written"),
        # form: a list a verb done opens after its colon, its items running on over the ；
        pytest.param("2023年5月，省督察组对某县开展了督察。6月中旬，督察组反馈了意见，指出了两个方面问题："
                     "水环境治理方面6个问题；大气污染防治方面3个具体问题。", id="list-a-verb-done-opens-hand-written"),
        # form: a paragraph opening on what a report shows found, its list carried on in the next sentence
        pytest.param("《普查报告》显示，全县已经查明古树名木3类，共60个树种。列入名录的古树1200株，包括一级古树80株、"
                     "二级古树300株、三级古树820株。", id="显示-findings-carried-over-the-paragraph-hand-written"),
        # form: a progress tally whose aside names what lies outside the plan (计划外), no plan word
        pytest.param("5月12日，从市住建局获悉，前4个月我市老旧小区改造已开工113个（计划外项目5个），全市开展加装电梯共153部，"
                     "其中已建成投入使用31部，正在施工建设21部，其余101部正在开展群众意见征求、手续办理工作。",
                     id="tally-with-a-count-outside-the-plan"),
        # form: what a review confirmed, as a notice publicising it reports
        pytest.param("经群众申请，托育机构上报，我局审核确认2024年7月1日-2025年6月30日期间托育机构运营补助享受对象1052人。",
                     id="count-confirmed-on-review"),
    ],
)
def test_past_results_on_pages_without_a_date_are_not_targets(text: str) -> None:
    assert targets(text) == []


def test_a_year_ahead_in_a_paragraph_a_past_span_opens_keeps_its_targets_hand_written() -> None:
    # form: 2022年以来，… opens a look back; a sentence naming the document's year plans ahead
    text = "2022年以来，全市将老旧小区改造作为重要举措。全市计划开工改造老旧小区300个，截至8月底，已开工310个。" \
        "2024年，计划改造老旧小区120个。"
    assert [t.value for t in targets(text, title=PLAN_2024, date="2024-02-08")] == [120]


def test_a_sum_to_date_on_a_news_page_is_no_target() -> None:
    # form: 累计 and the work done, on a page with no document title that its publication stamp alone dates
    text = "累计征集“我为群众办实事”重点项目10项。"
    assert target_fields(text, date="2021", published=True)[0] == []


def test_a_sum_the_sentence_dates_in_the_pages_year_on_a_news_page_is_a_target() -> None:
    # form: a plan a news page carries dates its sum by the plan's year (2022年，…累计削减…): a goal, not a tally
    text = "（四）高质量考核其他涉水目标。2022年，全市化学需氧量、氨氮、总磷、总氮等四项主要水污染物减排量累计削减5575.6吨。"
    assert [f["value"] for f in target_fields(text, date="2022", published=True)[0]] == [5575.6]


def test_a_list_of_planned_tasks_after_a_verb_done_keeps_its_targets() -> None:
    # form: a colon after 了 whose head names what is planned (任务, 目标): the list is the plan's
    text = "《方案》明确了两项重点任务：新建污水管网20公里；改造泵站3座。"
    assert [t.value for t in targets(text)] == [20, 3]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("对年营业收入达到5000万元、纳税不低于300万元的企业进行评审，由区政府予以通报表彰，并给予每家企业20万元奖励。",
                     [5000, 300], id="由X予以通报表彰-a-rules-promised-praise-hand-written"),
        pytest.param("对亩均税收超过40万元的园区，给予通报表扬。", [40], id="的-给予通报表扬-a-conditions-praise-hand-written"),
    ],
)
def test_thresholds_of_a_rule_promising_praise_are_kept(text: str, values: list) -> None:
    assert [t.value for t in targets(text)] == values


REPORT_2016 = "某市2016年政府工作报告"


@pytest.mark.parametrize(
    ("text", "title", "keep"),
    [
        pytest.param("全市经济社会持续健康发展。预计完成地区生产总值2150亿元，增长7.5%；一般公共预算收入180亿元，"
                     "增长6%；城镇居民人均可支配收入3.2万元，增长8%。", REPORT_2016, [],
                     id="预计完成-an-estimate-runs-over-its-semicolon-parts-hand-written"),
        pytest.param("全区主要经济指标保持平稳增长。预计实现地区生产总值从160亿元增长到310亿元，年均增长9.2%。", REPORT_2016, [],
                     id="预计实现-a-rise-estimated-hand-written"),
        pytest.param("全区财政收入预计2015年达到48亿元，比2010年增长90.5%。", REPORT_2016, [], id="预计-a-year-达到-hand-written"),
        pytest.param("某县第十届人民代表大会第三次会议开幕\n1月10日上午，某县第十届人民代表大会第三次会议开幕。县长代表县人民政府"
                     "向大会作政府工作报告。\n报告回顾了2015年的工作，过去一年，全县上下真抓实干、攻坚克难，经济社会发展稳中有进。\n"
                     "2015年，预计实现地区生产总值260亿元，增长7.2%；完成一般公共预算收入21亿元，增长5%。\n"
                     "2015年，开展产业招商120次，签约项目65个，招商引资成效明显。实施人才引进项目30个，新建标准化厂房20万平方米，"
                     "园区承载能力持续增强。纳入省级重点项目12个，列入市级重点项目15个，项目建设加力提速，发展后劲不断增强。\n"
                     "2016年工作安排\n全县地区生产总值增长7%左右。", None, [7],
                     id="paragraphs-opened-by-the-year-a-news-page-on-a-report-reviews-hand-written"),
        pytest.param("会议认为，上半年全县地区生产总值完成18.6亿元，占年计划的45.2%，同比增长8.1%；"
                     "公共财政预算收入完成2.3亿元，占预算的51.7%，同比增长12.4%。", PLAN_2024, [],
                     id="share-of-the-annual-plan-done-hand-written"),
        # form: what was done from January to a month (1-6月累计完成…, 1-12月份完成…), its rate and its share of the
        # year's plan after it, in a report of progress; the year's plan figure before it stays a target
        pytest.param("2023年县级重点项目共530项，总投资2944.74亿元，年度计划投资561.86亿元，1-6月累计完成投资362.32亿元，"
                     "占年计划投资的64.49%。", None, [530, 2944.74, 561.86], id="done-in-the-months-to-date-and-its-share"),
        pytest.param("省级6项，概算投资140.16亿元，当年计划投资19亿元。1-12月份完成投资28.78亿元，投资完成率151.47%。",
                     None, [6, 19], id="done-in-the-months-to-date-and-its-rate"),
        pytest.param("重点项目年度计划投资80亿元，1至9月实现投资65亿元，投资完成率81.3%。", None, [80],
                     id="done-in-the-months-to-date-1至9月-hand-written"),
        pytest.param("二〇一五年工作回顾\n一、重点项目加快推进\n全年新开工项目86个。\n二、城市管理持续加强\n"
                     "整治背街小巷120条。\n二〇一六年工作安排\n新开工项目90个。", REPORT_2016, [90],
                     id="a-review-heading-numbers-its-own-parts-hand-written"),
        pytest.param("一、过去五年的工作\n全区城镇化率达到61.5%。\n二、今后五年的目标\n城镇化率达到68%。", REPORT_2016, [68],
                     id="过去五年的工作-heading-hand-written"),
        pytest.param("三是民生保障更加有力。全县城镇化率达58.2%，建成3个医共体。\n这些成绩的取得，离不开县委的坚强领导。\n"
                     "今年全县城镇新增就业5000人。", REPORT_2016, [5000],
                     id="an-excerpt-before-the-words-closing-the-review-hand-written"),
    ],
)
def test_past_results_in_work_reports_are_not_targets(text: str, title: str | None, keep: list) -> None:
    # Only the figures of the part that plans ahead (``keep``) are targets.
    assert [t.value for t in targets(text, title=title)] == keep


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("重点项目2024年预计完成投资95亿元。", [95], id="a-years-estimated-investment-in-a-plan-hand-written"),
        pytest.param("确保上半年固定资产投资完成额占年计划的50%以上。", [50],
                     id="a-share-of-the-plan-to-reach-hand-written"),
        pytest.param("力争1-6月完成投资50亿元，完成率达到60%以上。", [50, 60],
                     id="months-to-date-a-plan-strives-for-hand-written"),
    ],
)
def test_plan_figures_read_like_results_stay_targets(text: str, values: list) -> None:
    assert [t.value for t in targets(text, title=PLAN_2024, date="2024-02-08")] == values


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        pytest.param("一般公共预算收入达到35亿元、增幅8%以上。", ["一般公共预算收入", "一般公共预算收入增幅"],
                     id="a-change-noun-after-a-figure-is-of-what-it-measures-hand-written"),
        pytest.param("新登记市场主体实现增长15%以上。", ["新登记市场主体增长"],
                     id="a-change-after-实现-is-of-the-subject-before-it-hand-written"),
        # form: a 力争 restatement of the level with the verb alone measures what the figure before it measures
        pytest.param("空气质量优良天数比率保持在90%以上，力争保持在93%以上。",
                     ["空气质量优良天数比率", "空气质量优良天数比率"], id="a-level-restated-with-力争-hand-written"),
    ],
)
def test_the_indicator_of_a_change_that_follows_on(text: str, indicators: list) -> None:
    assert [t.indicator for t in targets(text, title=PLAN_2024, date="2024-02-08")] == indicators


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("全年生猪出栏量继续保持300万头以上。", "生猪出栏量", id="继续-before-保持-hand-written"),
        pytest.param("基本农田面积稳定保持在45万亩。", "基本农田面积", id="稳定-before-保持在-hand-written"),
        pytest.param("城市污水处理率进一步提高到98%。", "城市污水处理率", id="进一步-before-提高到-hand-written"),
    ],
)
def test_an_adverb_of_continuing_before_the_verb_is_no_part_of_the_indicator(text: str, indicator: str) -> None:
    # form: a subject, an adverb of continuing (继续, 稳定, 持续, 进一步), the verb, the figure
    assert [t.indicator for t in targets(text, title=PLAN_2024, date="2024-02-08")] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("围绕党的二十大精神、习近平总书记关于基层治理重要论述等开展专题研讨6次。", "开展专题研讨",
                     id="topics-closed-by-等-then-the-activity"),
        pytest.param("围绕安全生产、消防安全等内容开展培训10次。", "开展培训", id="topics-closed-by-等内容-hand-written"),
    ],
)
def test_the_topics_of_a_counted_activity_are_no_part_of_the_indicator(text: str, indicator: str) -> None:
    # form: the topics an activity is on, closed by 等, then the verb of holding it and the count
    assert [t.indicator for t in targets(text, title=PLAN_2024, date="2024-02-08")] == [indicator]


def test_the_headline_year_dates_a_page_whose_body_names_an_earlier_year_hand_written() -> None:
    text = ("市政府工作报告提出：2016年全市经济社会发展预期目标图为市长在作报告。\n记者讯 市长在报告中提出2015年政府工作总体要求和"
            "经济社会发展的预期目标。\n主要预期目标是：地区生产总值增长8%，城镇登记失业率控制在4%以内。")
    assert [(t.value, t.deadline) for t in targets(text)] == [(8, "2016"), (4, "2016")]


def test_the_five_year_period_a_plan_is_for_frames_its_targets_hand_written() -> None:
    t = only("现将《“十四五”水利发展规划》印发给你们。\n“十四五”时期，全省新增供水能力8亿立方米。")
    assert (t.value, t.deadline) == (8, "2025")


def test_the_future_将_before_the_verb_is_no_part_of_the_indicator_hand_written() -> None:
    t = only("到2025年，全市常住人口城镇化率将达75%。", title=PLAN_2024, date="2024-02-08")
    assert (t.value, t.indicator, t.deadline) == (75, "全市常住人口城镇化率", "2025")


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        pytest.param("二、主要目标\n地区生产总值比上年增长6%左右。", 6, "地区生产总值增长", id="比上年"),
        pytest.param("二、主要目标\n力争全年信访总量比去年至少下降12%以上。", 12, "信访总量下降",
                     id="比去年-至少-hand-written"),
        pytest.param("二、主要目标\n安排500万元项目前期工作经费。", 500, "项目前期工作经费", id="项目前期-is-no-目前-hand-written"),
    ],
)
def test_growth_over_last_year_in_a_plan_is_a_target(text: str, value: float, indicator: str) -> None:
    t = only(text, title=PLAN_2024, date="2024-02-08")
    assert (t.value, t.deadline, t.indicator) == (value, "2024", indicator)


# ---------------------------------------------------------------------------
# Deadlines


@pytest.mark.parametrize(
    ("text", "kw", "deadline"),
    [
        pytest.param("到2027年底，新增省级及以上重点学科（专科）15个。", {}, "2027", id="explicit-到-年底"),
        pytest.param("力争2024年非金融企业直接融资1000亿元以上。", {}, "2024", id="explicit-year"),
        pytest.param("确保2024—2026年期间科技投入年均增长18%以上。", {}, "2026", id="period-end"),
        pytest.param("到2020年，农机装备产业科技创新能力持续提升。全国农机总动力超过10亿千瓦。", {}, "2020",
                     id="head-sentence-governs-paragraph"),
        pytest.param("主要目标到2022年：\n1.建设50所高水平高等职业学校。", {}, "2022", id="colon-head-governs-list"),
        pytest.param("新增城镇就业11万人。", {"title": PLAN_2024}, "2024", id="annual-plan-year"),
        pytest.param("每年实施重点研发项目50个。", {"title": PLAN_2024_2026}, "2026", id="plan-period-in-title"),
        pytest.param("到2027年，基本实现市域卫生健康现代化。\n培育医养结合示范项目10个。", {}, "2027",
                     id="document-horizon"),
        pytest.param("到2020年，秸秆综合利用率达到85%以上。\n到2025年，全国农作物耕种收综合机械化率达到75%。\n"
                     "推进34条滨水沿路生态廊道建设。", {}, None, id="two-horizons-no-default"),
        pytest.param("2020年起基本不再从应届毕业生中招聘。建立100个“双师型”教师培养培训基地。", {}, None,
                     id="起-inside-an-earlier-sentence"),
        pytest.param("从2024年1月1日起，将我市最低月工资标准调整为2260元。", {}, "2024", id="effective-from"),
        pytest.param("6月底前，完成高新技术企业认定申报100家以上。", {"date": "2024-03-05"}, "2024",
                     id="month-alone-is-the-documents-year"),
        pytest.param("年内新增城镇就业11万人。", {"date": "2024-03-05"}, "2024", id="年内"),
        pytest.param("到2026年，全市研发投入增长10%以上。今年6月底前，完成高新技术企业认定申报100家以上。",
                     {}, None, id="今年-without-a-date-is-not-the-paragraphs-year"),
        pytest.param("到2026年，全市研发投入增长10%以上。今年6月底前，完成高新技术企业认定申报100家以上。",
                     {"date": "2024-03-05"}, "2024", id="今年-over-the-paragraphs-year"),
        pytest.param("完成认定申报100家以上，12个月内办结。到2026年，全市研发投入增长10%以上。", {}, "2026",
                     id="months-of-a-period-are-no-deadline"),
        pytest.param("力争用3年时间，培育省级专精特新企业120家。", {"date": "2024-05-01"}, "2026",
                     id="用N年时间-from-the-documents-year"),
        pytest.param("用两年左右时间，建成口袋公园60个。", {"date": "2024-05-01"}, "2025",
                     id="用N年左右时间-from-the-documents-year"),
        pytest.param("日前，省农业农村厅等3部门联合印发《智慧农业发展行动计划（2025—2029年）》（简称《行动计划》）。"
                     "《行动计划》提出，建设智慧农场示范基地40个左右。", {}, "2029",
                     id="news-page-reporting-a-plan-with-its-period-hand-written"),
        pytest.param("全面落实省政府关于印发《乡村建设行动方案（2023—2027年）》的通知要求。新建农村公路200公里。", {}, None,
                     id="the-notice-a-page-follows-gives-no-period-hand-written"),
        pytest.param("根据《2024年政府工作报告》部署，结合我市2024年预算安排，制定以下若干政策。\n1.市财政安排产业引导资金6000万元。",
                     {}, "2024", id="preamble-making-the-page-names-its-one-year-hand-written"),
        pytest.param("现将《政府工作报告》提出的2025年重点工作任务予以分解，请抓好落实。\n1.完成年度投资1500亿元以上。",
                     {"date": "2025-02-20"}, "2025", id="preamble-breaking-a-year-down-names-its-year-hand-written"),
        pytest.param("现将《政府工作报告》提出的重点工作任务予以分解，请抓好落实。\n1.完成年度投资1500亿元以上。",
                     {"date": "2025"}, "2025", id="preamble-breaking-a-work-report-down-is-the-documents-year-hand-written"),
        pytest.param("现将《政府工作报告》提出的重点工作任务予以分解，请抓好落实。\n1.完成年度投资1500亿元以上。",
                     {}, None, id="breaking-a-work-report-down-without-any-year-hand-written"),
        pytest.param("明年，全县新增城镇就业6000人以上。", {"date": "2024-12-20"}, "2025", id="明年-the-year-after-the-date"),
        pytest.param("今年新增城镇就业5000人，明年新增6000人。", {"date": "2024-12-20"}, "2025",
                     id="明年-after-今年-in-one-sentence"),
        pytest.param("坚持整体推进，2027年重点建设“两园一区”。一园，完善配套设施，力争新引进企业15家。", {}, "2027",
                     id="year-opening-a-clause-frames-the-sentences-spelling-it-out-hand-written"),
        pytest.param("坚持整体推进，2019年被评为省级示范园区。一园，完善配套设施，力争新引进企业15家。",
                     {"date": "2024-03-05"}, None,
                     id="earlier-year-opening-a-clause-is-a-fact-not-a-frame-hand-written"),
        pytest.param("实施意见明确，2026年年底前，新建村级养老服务站120个；农村自来水普及率达到95%以上。", {}, "2026",
                     id="time-limit-standing-as-a-clause-after-a-lead-in-frames-the-items-after-it-hand-written"),
        pytest.param("实施意见明确，2026年前，新建村级养老服务站120个；农村自来水普及率达到95%以上。", {}, "2026",
                     id="year-前-standing-as-a-clause-frames-the-items-after-it-hand-written"),
        pytest.param("2024届高校毕业生就业去向落实率不低于2023年水平，新增退役军人就业1万人。",
                     {"title": PLAN_2024, "date": "2024-02-08"}, "2024", id="a-years-level-is-a-base-not-a-past-year-hand-written"),
        pytest.param("2024届高校毕业生就业去向落实率不低于2023年水平，新增退役军人就业1万人。", {}, None,
                     id="a-years-level-is-no-deadline-hand-written"),
        pytest.param("粮食产量恢复到2019年的水平，新增高标准农田5万亩。", {"title": PLAN_2024}, "2024",
                     id="到-a-years-level-is-no-horizon-hand-written"),
        # form: 今年 after the number in its own clause, in a dated notice
        pytest.param("新建口袋公园20个是今年确定的重点工作。", {"date": "2024-03-05"}, "2024",
                     id="今年-after-a-postnominal-count-hand-written"),
        # form: a page's wrap after a clause ending in ；, the year opening the sentence it breaks off
        pytest.param("2023年底前，区、镇、村政务服务体系更加完善，服务能力和水平明显提升；政务服务事项基本目录统一编制、"
                     "联合审核、动态管理机制建立；\n全区各级设立集中提供政务服务的综合性场所对外统一名称，加快打造城市服务圈；"
                     "实现行政审批事项“100%网上受理、100%网上办结”。2025年底前，政务服务标准化水平大幅提升。",
                     {}, "2023", id="year-opening-a-sentence-a-line-ending-in-；-breaks-off"),
        pytest.param("确保全省粮食播种面积8124.9万亩、总产量保持基本稳定。",
                     {"title": "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见"}, "2023",
                     id="annual-plan-year-in-chinese-numerals"),
        pytest.param("农村生活垃圾无害化处理率保持在90%以上。", {"title": "临泉县“十四五”农村人居环境整治提升行动实施方案"},
                     "2025", id="five-year-period-a-title-names"),
        pytest.param("要求，我市“十二五”单位GDP二氧化碳排放需下降18%。", {}, "2015", id="five-year-period-named-in-the-clause"),
        pytest.param("由镇经济发展办负责的光伏发电项目，扭转土地2000亩，新建100兆瓦光伏发电站项目，预计2021年6月份完成。",
                     {}, "2021", id="year-of-completion-closing-the-sentence"),
        pytest.param("新建村级养老服务站12个，2025年底前建成。", {"title": PLAN_2024}, "2025",
                     id="time-limit-of-completion-after-the-figure-hand-written"),
        pytest.param("（一）紧盯年度投资目标\n确定各镇办年度投资目标，其中，峡窝镇15亿元、工业办4.5亿元。\n"
                     "责任单位：峡窝镇、工业办\n完成时限：2025年12月底前", {}, "2025", id="deadline-line-under-the-item"),
        # form: a page announcing its year's plan with 今年 in its opening sentence (its later paragraphs too)
        pytest.param("今年，济宁市将坚持建管并重，新建和改造提升高标准农田40万亩。\n\n组织质量管护“回头看”，建立台账、"
                     "及时整改。11个产粮大县，每个县至少建设1处“万亩示范片”或“千亩示范方”。",
                     {"date": "2024-03-31"}, "2024", id="今年-announcing-the-pages-plan-dates-later-paragraphs"),
        pytest.param("今年，全县将新建农村公路200公里。\n每个乡镇建成1个示范点。", {"date": "2023-02-10"}, "2023",
                     id="今年-announcing-the-pages-plan-hand-written"),
    ],
)
def test_deadlines(text: str, kw: dict, deadline: str | None) -> None:
    found = targets(text, **kw)
    assert found and found[-1].deadline == deadline


def test_今年_later_in_its_clause_dates_the_count_and_one_of_n_is_no_target() -> None:
    text = "新建100个乡镇及社区体育健身中心是今年省委、省政府确定为民所办的27件实事之一。"
    assert [(t.value, t.deadline) for t in targets(text, date="2011-03-25")] == [(100, "2011")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written: years listed by 、, then figures that 分别 pairs with them in order
        pytest.param("到2027年、2035年，全市湿地保护率分别达到55%以上、62%以上。", [(55, "2027"), (62, "2035")],
                     id="分别-years-listed-before-the-figures"),
        pytest.param("城市污水处理率到2026年、2030年分别达到95%和98%。", [(95, "2026"), (98, "2030")],
                     id="分别-years-listed-inside-the-clause"),
        # hand-written: a goal word after the last figure names no noun of it
        pytest.param("力争到2026年、2030年，全县林木覆盖率分别达到35%以上、38%以上目标。", [(35, "2026"), (38, "2030")],
                     id="分别-years-and-figures-closed-by-目标"),
        # hand-written: one year, items paired with figures: the year holds for each
        pytest.param("到2030年，湿地保护率、自然岸线保有率分别达到55%、60%。", [(55, "2030"), (60, "2030")],
                     id="分别-one-year-for-every-item"),
    ],
)
def test_paired_years_date_the_figures_in_order(text: str, expected: list) -> None:
    assert [(t.value, t.deadline) for t in targets(text)] == expected


# ---------------------------------------------------------------------------
# Recurrence, commitment, kind


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        pytest.param("全年实施技改项目1000项以上，完成制造业投资1100亿元以上。", "annual", id="全年-governs-sentence"),
        pytest.param("力争每年落地科创项目700个以上。", "annual", id="每年"),
        pytest.param("科技投入年均增长18%以上。", "annual", id="年均"),
        # form: 年均 inside the name of a measured level (年均浓度, 年均值) is reached once, not each year
        pytest.param("到2025年，城区细颗粒物年均浓度控制在32微克/立方米以下。", None, id="年均-in-a-level's-name"),
        pytest.param("全县可吸入颗粒物年均浓度较2015年下降10%。", None, id="年均-level-with-a-change"),
        pytest.param("农村居民人均可支配收入年均下降幅度不超过2%。", "annual", id="年均-rate-of-change"),
        pytest.param("市级医院每百名卫技人员年科研经费达到60万元以上。", "annual", id="年-flow-noun"),
        pytest.param("力争列入省“千项万亿”工程的重大项目实现年度投资500亿元以上，列入国家102工程项目超15个。", None,
                     id="年度-noun-does-not-spread"),
        pytest.param("每千名老年人康复护理床位达到5.8张。", None, id="老年-is-not-a-year"),
        # form: a yearly measure inside the counted noun qualifies it; the count is reached once
        pytest.param("——到2020年，建成20个年接待游客300万人次以上的大景区。", None,
                     id="年-of-a-qualifier-inside-the-counted-noun"),
        # form: 全年/每年 inside the condition a recipient meets counts the year's amount, nothing done each year
        pytest.param("对全年稻麦复种种植面积达到50亩以上的粮食适度规模经营主体，给予每亩215元的规模种粮补贴。", None,
                     id="全年-in-an-eligibility-threshold"),
        pytest.param("对每年接待游客10万人次以上的景区，给予一次性奖励20万元。", None,
                     id="每年-in-an-eligibility-threshold-hand-written"),
    ],
)
def test_recurrence(text: str, recurrence: str | None) -> None:
    assert targets(text)[-1].recurrence == recurrence

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: the limit word, then the currency's name, then the amount written in Chinese numerals
        pytest.param("有关开支金额的上限为澳门币八百万元。", (800, "万元", "<=", "standard"),
                     id="上限为-currency-chinese-numerals-hand-written"),
        pytest.param("单笔贷款金额不超过美元50万元。", (50, "万元", "<=", "standard"), id="不超过-currency-hand-written"),
    ],
)
def test_an_upper_limit_in_a_named_currency(text: str, expected: tuple) -> None:
    assert [(t.value, t.unit, t.comparator, t.kind) for t in targets(text)] == [expected]



@pytest.mark.parametrize(
    ("text", "commitment"),
    [
        pytest.param("力争规上工业增加值增长6%以上。", "aspirational", id="力争"),
        pytest.param("争取纳入全国重点实验室体系3家以上。", "aspirational", id="争取"),
        pytest.param("确保市控断面三类及以上水质比例稳定在95%以上。", "binding", id="确保"),
        pytest.param("新增社区老年食堂30家。", "planned", id="planned"),
    ],
)
def test_commitment(text: str, commitment: str) -> None:
    assert only(text).commitment == commitment


@pytest.mark.parametrize(
    ("text", "value", "comparator", "indicator"),
    [
        pytest.param("落实减免政策，职工总数20人（含）以下的企业暂免征收水利建设基金，期限至2025年底。", 20, "<=", "职工总数",
                     id="class-threshold-noted-bound-in-the-main-clause"),
        pytest.param("对在职职工人数50人（含）以下的单位，暂免征收残疾人就业保障金。", 50, "<=", "在职职工人数",
                     id="class-threshold-noted-bound-after-对"),
        pytest.param("年应纳税所得额100万元以下的小型微利企业减按25%计入应纳税所得额，新增就业岗位500个。", 100, "<=",
                     "年应纳税所得额", id="class-threshold-beside-a-target"),
        pytest.param("对参保职工50人以上的企业，裁员率放宽到不超过企业职工总数10%。", 10, "<=", "裁员率",
                     id="a-bound-a-policy-loosens"),
        # real (a city's employment notice on a traditional-script mirror, held-out AC15, 07, as read): what the 对…的
        # phrase counts, not its head
        pytest.param("对参保职工30人以上的企业，裁员率放宽到上年度全国城镇调查失业率控制目标。", 30, ">=", "参保职工",
                     id="a-count-in-a-dui-phrase-is-of-the-words-before-it"),
        pytest.param("对床位100张以上的医院，卫生健康部门每年开展一次评估。", 100, ">=", "床位",
                     id="a-count-in-a-dui-phrase-of-things"),
        pytest.param("继续实施阶段性降低失业保险费率至1%的政策，期限延长至2025年12月31日。", 1, "=", "失业保险费率",
                     id="a-rate-a-policy-cuts-for-a-time"),
        pytest.param("2023年1月1日至12月31日实施阶段性下调失业保险费率30%的政策。", 30, "=", "失业保险费率",
                     id="a-figure-a-policy-is-named-by"),
        pytest.param("各县财政按获得省级奖补资金总额的20%安排配套资金。", 20, "=", "安排配套资金占获得省级奖补资金总额的比例",
                     id="a-share-of-a-base-a-rule-applies"),
    ],
)
def test_rules_a_policy_sets_are_standards_named_by_what_they_bound_hand_written(
    text: str, value: float, comparator: str, indicator: str
) -> None:
    found = [t for t in targets(text) if t.value == value]
    assert [(t.kind, t.comparator, t.indicator) for t in found] == [("standard", comparator, indicator)]


def test_a_count_of_one_with_a_limit_word_is_no_article_hand_written() -> None:
    # 一个以上: at least one; 一个 alone is an article, and 一次 a frequency left out.
    t = only("到2025年底，每个乡镇要新建一个以上农村养老服务中心。")
    assert (t.value, t.unit, t.comparator, t.deadline, t.indicator) == (1, "个", ">=", "2025", "农村养老服务中心")
    assert targets("到2025年底，每个乡镇要新建一个农村养老服务中心。") == []
    assert targets("各乡镇每季度开展一次以上安全检查。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound on a duration in Chinese numerals is no rhetoric count (七个方面工作): it reads as 1年以上 does
        pytest.param("用人单位与其订立一年以上期限的劳动合同的，给予补贴。", (1, "年", ">="), id="一年以上-hand-written"),
        pytest.param("对与员工签订三年以上劳动合同的企业给予奖励。", (3, "年", ">="), id="三年以上-hand-written"),
    ],
)
def test_a_chinese_numeral_with_a_limit_word_is_read_as_a_bound(text: str, expected: tuple) -> None:
    assert [(t.value, t.unit, t.comparator) for t in targets(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a bound on a count in Chinese numerals is the condition of a legal rule, no level it sets
        pytest.param("涉及两个以上行政区域的，由其共同的上一级主管部门指定管辖。", id="两个以上-condition-hand-written"),
        pytest.param("同一违法行为违反两项以上法律规定的，依照处罚较重的规定处罚。", id="两项以上-condition-hand-written"),
    ],
)
def test_a_chinese_numeral_count_bound_in_a_legal_condition_is_no_target(text: str) -> None:
    assert targets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 高标准农田 names farmland, no standard; 扩大到/增加到 a plan's goal sets no standard's level
        pytest.param("到2025年，全县高标准农田面积扩大到100万亩。", id="高标准农田-扩大到-hand-written"),
        pytest.param("到2025年，全县高标准农田面积增加到100万亩。", id="高标准农田-增加到-hand-written"),
        pytest.param("到2025年，全县高标准农田面积提升到100万亩。", id="高标准农田-提升到-hand-written"),
    ],
)
def test_a_plans_goal_raised_to_a_level_is_a_target(text: str) -> None:
    assert [(t.value, t.kind, t.deadline) for t in targets(text)] == [(100, "target", "2025")]


def test_a_standard_raised_from_an_old_value_is_named_before_it_hand_written() -> None:
    t = only("将个体工商户增值税起征点从月销售额8万元提高到12万元。")
    assert (t.kind, t.value, t.indicator, t.deadline) == ("standard", 12, "个体工商户增值税起征点", None)


def test_a_box_drawn_cell_border_ends_the_clause_hand_written() -> None:
    t = only("│△城区财政安排6200万元，│ │ │\n")
    assert (t.value, t.indicator) == (6200, "城区财政安排")  # (the bullet names nothing)


def test_the_length_of_a_cycle_is_a_standard_of_its_own() -> None:
    found = targets("实施职业院校教师素质提高计划，建立100个“双师型”教师培养培训基地，职业院校、应用型本科高校教师每年至少"
                    "1个月在企业或实训基地实训，落实教师5年一周期的全员轮训制度。")
    cycle = [t for t in found if t.unit == "年"]
    assert [(t.value, t.kind, t.recurrence) for t in cycle] == [(5, "standard", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("对超出规定时间办理参保缴费的城乡居民，缴费后60天为等待期。", (60, "天", "等待期"),
                     id="waiting-period-named-after-its-length"),
        pytest.param("新参保人员3个月为观察期。", (3, "个月", "观察期"), id="period-named-after-its-length-hand-written"),
    ],
)
def test_a_period_named_after_its_length_is_a_standard(text: str, expected: tuple) -> None:
    t = only(text)
    assert (t.value, t.unit, t.indicator, t.kind, t.comparator) == (*expected, "standard", "=")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out T13, 13: two limits chained in one sentence, each a standard
        pytest.param("一般问题由各村在接到问题诉求后30分钟内赶赴现场，并在24小时内将问题处理完毕。",
                     [(30, "分钟", "<="), (24, "小时", "<=")], id="chained-time-limits"),
        pytest.param("窗口受理后3个工作日内审核，并在5个工作日内办结。", [(3, "个工作日", "<="), (5, "个工作日", "<=")],
                     id="chained-time-limits-hand-written"),
        # held-out V13, 11: limits around a condition (3个月内难以办结的: the condition's bound, no rule of its own)
        pytest.param("各相关科室应以认真负责的态度，抓紧办理，应在3个月内办复，少数涉及问题比较复杂，3个月内难以办结的，要及时给委"
                     "办公室通报原因，并在5个月内办复，办复率必须达到100%。", [(3, "个月", "<="), (5, "个月", "<=")],
                     id="limits-around-a-condition"),
        # held-out U13, 16: the time by which a limit is passed, the trigger of a sanction
        pytest.param("经一次催办仍超过办理时限5个工作日且不报告说明理由的，由局督查组书面通报批评。", [(5, "个工作日", ">")],
                     id="a-limit-passed-by-a-time"),
        # held-out V13, 18: the ratio a rule picks by, beside a class a threshold draws
        pytest.param("承办5件以上的（含5件）单位要及时制定办理清单，根据建议提案内容，按照20%的比例确定本单位重点办理的建议提案。",
                     [(5, "件", ">="), (20, "%", "=")], id="a-ratio-a-rule-picks-by"),
        pytest.param("各单位按照10%的比例抽取样本。", [(10, "%", "=")], id="a-ratio-a-rule-picks-by-hand-written"),
    ],
)
def test_limits_triggers_and_ratios_of_a_procedure_are_standards(text: str, expected: list) -> None:
    found = [t for t in targets(text) if t.kind == "standard"]
    assert [(t.value, t.unit, t.comparator) for t in found] == expected
    assert all(t.deadline is None for t in found)


def test_standard_a_document_sets() -> None:
    found = targets("从2024年1月1日起，将我市最低月工资标准调整为2260元，非全日制工作的最低小时工资标准调整为22元。")
    assert [(t.kind, t.value, t.unit, t.indicator) for t in found] == [
        ("standard", 2260, "元", "最低月工资标准"), ("standard", 22, "元", "非全日制工作的最低小时工资标准")]


# ---------------------------------------------------------------------------
# Incentives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("对首次通过认定的高新技术企业、技术先进型服务企业，给予每家20万元奖励。",
                     [(20, "万元", False, "高新技术企业、技术先进型服务企业", "首次通过认定")], id="per-recipient"),
        pytest.param("对新认定的国家级、省级、市级科技企业孵化器，分别最高给予120万元、60万元、30万元奖励。",
                     [(120, "万元", True, "国家级科技企业孵化器", "新认定"),
                      (60, "万元", True, "省级科技企业孵化器", "新认定"),
                      (30, "万元", True, "市级科技企业孵化器", "新认定")], id="分别-pairs-levels"),
        pytest.param("实施市级科技项目，优先支持省重点企业研究院等研发机构项目，单个项目最高给予100万元经费补助。",
                     [(100, "万元", True, None, None)], id="最高-cap"),
        pytest.param("对入选“星耀南湖”拔尖人才计划的，给予最高30万元的项目补助。",
                     [(30, "万元", True, None, "入选“星耀南湖”拔尖人才计划")], id="condition-only"),
    ],
)
def test_incentives(text: str, expected: list) -> None:
    ts, incs = find_targets(text, document="X")
    assert ts == []
    assert [(i.amount, i.unit, i.cap, i.recipient, i.condition) for i in incs] == expected


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。",
                     "返还占上年度实际缴纳失业保险费的比例", id="返还-share-of-a-base"),
        pytest.param("对于按期建成的项目，给予补贴资金的60%，其余部分验收后拨付。", "补贴资金比例",
                     id="给予-share-of-the-subsidy-hand-written"),
    ],
)
def test_a_share_of_a_base_a_grant_hands_out_is_a_rule_of_the_grant(text: str, indicator: str) -> None:
    # The share is the incentive's amount and the rule it follows (上年度 is the base's year, no recurrence).
    ts, incs = find_targets(text, document="X")
    assert [(t.kind, t.unit, t.comparator, t.recurrence, t.indicator) for t in ts] == [
        ("standard", "%", "=", None, indicator)]
    assert [(i.amount, i.unit) for i in incs] == [(ts[0].value, "%")]


# hand-written: the recipient named between the grant word and its amount
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        pytest.param("按照“谁申报、奖励谁”原则，奖励申报部门8000元。", 8000, id="a-body-after-the-grant-word"),
        pytest.param("每新增一户规上企业，奖励经办人员每人600元。", 600, id="people-then-per-person"),
    ],
)
def test_a_recipient_between_the_grant_word_and_the_amount(text: str, amount: float) -> None:
    ts, incs = find_targets(text, document="X")
    assert ts == [] and [i.amount for i in incs] == [amount]


@pytest.mark.parametrize(
    ("text", "standards", "amounts"),
    [
        pytest.param("2.对营业收入首次达到1亿元、4亿元、8亿元的企业分别一次性奖励企业2万元、5万元、9万元。",
                     [("营业收入", 1, None, "="), ("营业收入", 4, None, "="), ("营业收入", 8, None, "=")], [2, 5, 9],
                     id="thresholds-list-then-grant-word-before-amount-hand-written"),
        pytest.param("对营业收入首次达到6亿元的企业一次性奖励4万元。", [("营业收入", 6, None, "=")], [4],
                     id="one-threshold-then-一次性奖励-hand-written"),
        pytest.param("对年销售收入2~6亿元、6亿元以上的企业，分别给予奖补3万元、7万元。",
                     [("年销售收入", 2, 6, "="), ("年销售收入", 6, None, ">=")], [3, 7],
                     id="threshold-ranges-then-给予-hand-written"),
    ],
)
def test_eligibility_thresholds_of_a_grant_are_standards_without_the_plan_deadline(
    text: str, standards: list, amounts: list
) -> None:
    found, incentives = find_targets(text, document="X", title="某县关于支持工业发展若干政策的意见（2024-2026年）")
    assert [(t.indicator, t.value, t.value_max, t.comparator) for t in found] == standards
    assert {(t.kind, t.deadline) for t in found} == {("standard", None)}
    assert [i.amount for i in incentives] == amounts


def test_each_threshold_of_a_分别_grant_is_the_condition_of_its_amount_hand_written() -> None:
    _, incentives = find_targets("对年销售收入首次突破1亿元、3亿元的企业，分别给予一次性奖励2万元、5万元。", document="X")
    assert [(i.amount, i.condition) for i in incentives] == [(2, "年销售收入首次突破1亿元"), (5, "年销售收入首次突破3亿元")]


def test_share_of_a_contract_is_an_incentive_with_its_basis() -> None:
    text = ("对科技中介服务机构、技术经纪（经理）人促成的技术开发或技术转让项目，项目完成并通过评审后，"
            "分别按实际支付技术合同金额的3%和1.5%给予奖励，单个项目最高分别不超过10万元和3万元。")
    ts, incs = find_targets(text, document="X")
    assert ts == []
    assert [(i.amount, i.unit, i.cap) for i in incs] == [(3, "%", False), (1.5, "%", False), (10, "万元", True),
                                                          (3, "万元", True)]
    assert "按实际支付技术合同金额" in (incs[0].condition or "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("新增专项债300亿元以上、特别国债额度在全省占比达到GDP占比，争取奖励土地指标和国家保障用地指标6000亩以上。",
                     id="奖励-as-a-modifier-is-a-target"),
    ],
)
def test_words_of_reward_inside_a_noun_do_not_make_incentives(text: str) -> None:
    ts, incs = find_targets(text, document="X")
    assert incs == [] and [t.value for t in ts] == [300, 6000]


def test_qualifying_amounts_in_a_grant_are_not_incentives_but_standards() -> None:
    text = "有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴。"
    found, incentives = find_targets(text, document="X")
    assert incentives == []
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found] == [
        (500, "万元", "<=", "standard"), (1, "%", "<=", "standard")]


# ---------------------------------------------------------------------------
# Records


def test_source_span_is_the_clause_and_indexes_the_text() -> None:
    text = "深化重点领域改革。力争新增科创企业贷款350亿元以上，政府性融资担保机构科创担保余额占比达到25%。"
    found = targets(text)
    assert [text[t.source.start:t.source.end] for t in found] == [
        "力争新增科创企业贷款350亿元以上", "政府性融资担保机构科创担保余额占比达到25%"]
    assert [t.index for t in found] == [0, 1] and {t.document for t in found} == {"X"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "一、工作目标\n到2025年，完成既有多层住宅加装电梯700台。\n二、主要任务\n完成既有多层住宅加装电梯700台",
            1, id="restated-in-another-section",
        ),
        pytest.param(
            "一、工作目标\n建成“两网融合”服务点670个。\n附件1\n任务分解表\n建成“两网融合”服务点670个",
            1, id="restated-in-an-annex",
        ),
        pytest.param(
            "一、工作目标\n建成“两网融合”服务点670个、中转站12座。\n附件1\n工作指标\n建成两网融合服务点670个、中转站12座",
            2, id="restated-in-an-annex-in-other-words",
        ),
        pytest.param(
            "一、近期目标\n新增白玉兰栽植及观赏点位100个。\n二、远期目标\n在路口等区域新增白玉兰栽植及观赏点位100个。",
            2, id="similar-words-in-another-section-are-another-target",
        ),
        pytest.param(
            "附件2\n2019年街镇生活垃圾分类目标任务分解表\n罗店镇\n定时定点/垃圾房改建100%全覆盖。\n"
            "大场镇\n定时定点/垃圾房改建100%全覆盖。",
            2, id="breakdown-rows-of-one-part",
        ),
        pytest.param(
            "今年发展主要预期目标是：地区生产总值增长6.5%左右。\n确定6.5%的增长目标，是综合考虑各方面因素后决定的。",
            1, id="goal-named-again-to-argue-for-it-hand-written",
        ),
        pytest.param(
            "今年发展主要预期目标是：地区生产总值增长6%左右。\n经济增长预期目标为6%左右，考虑了就业增收等需要。",
            1, id="goal-restated-in-its-justification-hand-written",
        ),
    ],
)
def test_a_goal_restated_in_another_part_is_one_target(text: str, count: int) -> None:
    assert len(targets(text)) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "第二十条 违反本办法第八条规定，责令改正，可以处200元以上2000元以下罚款。\n"
            "第二十一条 违反本办法第十条规定，责令限期拆除，可以处200元以上2000元以下罚款。\n"
            "第二十二条 违反本办法第十二条规定，可以并处警告或200元以上2000元以下罚款。",
            6, id="one-fine-range-for-each-breach-hand-written",
        ),
        pytest.param(
            "一、报建\n对符合条件的，在规定期限内办结（3个工作日）。\n二、竣工备案\n对于材料齐全的，在规定期限内办结（3个工作日）。",
            2, id="one-time-limit-for-each-procedure-hand-written",
        ),
        pytest.param(
            "第五条 违反本办法第八条规定，可以处200元以上2000元以下罚款。\n"
            "第九条 违反本办法第八条规定，可以处200元以上2000元以下罚款。",
            2, id="the-same-breach-and-fine-restated-is-one-rule-hand-written",
        ),
    ],
)
def test_a_standard_set_on_another_act_is_another_rule(text: str, count: int) -> None:
    assert len([t for t in targets(text) if t.kind == "standard"]) == count


def test_a_time_limit_in_a_bracket_is_the_steps_time_limit_hand_written() -> None:
    assert only("对符合条件的，在规定期限内办结（3个工作日）。").indicator == "办结时限"


def test_gazette_targets_reach_the_acceptance_bar(gazette_score: dict) -> None:
    t = gazette_score["targets"]
    assert t["f1"] >= 0.92
    assert all(v >= 0.90 for v in t["attribute_accuracy"].values()), t["attribute_accuracy"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="年底内今本度月份前末中下旬125到，\n", max_size=24))
@example("今年底前完成，6月底前\n12月份前；本年度")
def test_year_end_phrases_found_once_per_line_agree_with_a_scan_of_the_window(text: str) -> None:
    # The deadline rule asks whether a window of a line holds 今年, 年底前, 6月底前 …; the
    # answer is read from each line's phrases found once. It must be what a scan of the
    # window itself says, for every window: overlapping phrases (今年底) and cut ones
    # (6月底|前) included.
    lines = _Lines(text, None)
    line_start = 0
    for li, line in enumerate(text.split("\n")):
        line_end = line_start + len(line)
        for start in range(line_start, line_end + 1):
            for end in range(start, line_end + 1):
                expected = _YEAR_END.search(text, start, end) is not None
                assert lines.year_end_in(li, start, end) is expected, (text, start, end)
        line_start = line_end + 1


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(PLAN_2024, id="annual-plan"),
        pytest.param("某市人民政府关于2024年市政府重点工作及责任分解的通知", id="annual-key-work-hand-written"),
        # in the form of a county bureau's year plan (文广旅局2023年工作谋划)
        pytest.param("某局2024年工作谋划", id="annual-work-plan-called-mouhua"),
    ],
)
def test_the_annual_year_in_the_title_dates_unqualified_figures(title: str) -> None:
    t = only("1.地区生产总值增长6%以上。", title=title)
    assert (t.value, t.deadline) == (6, "2024")


def test_a_summary_title_gives_no_annual_deadline() -> None:
    t = only("1.地区生产总值增长6%以上。", title="某市2024年重点工作完成情况的报告")
    assert t.deadline is None


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("https://www.example.gov.cn/zwgk/%E8%A7%84%E5%88%92/2025.html", id="percent-encoded-path"),
        pytest.param("http://example.gov.cn/art/2024/3/5/art_1229_80%.html", id="digits-and-percent-in-a-path"),
        pytest.param("www.example.gov.cn/col/col1620/index.html?number=95%", id="no-scheme"),
    ],
)
def test_figures_inside_a_web_address_are_no_targets_hand_written(address: str) -> None:
    # a page copied with its address: the figures of the address are none of the document's
    found = targets(f"原文链接：{address}\n到2026年，农村自来水普及率达到98%。")
    assert [(t.value, t.indicator) for t in found] == [(98, "农村自来水普及率")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("一、今年完成120公里农村公路改造任务。", [(120, "农村公路改造任务")],
                     id="the-、-of-an-items-marker-makes-no-list-hand-written"),
        pytest.param("（二）“十五五”时期建成80公里城市绿道、30座口袋公园。", [(80, "城市绿道"), (30, "口袋公园")],
                     id="a-five-year-period-heads-the-clause-as-its-years-do-hand-written"),
    ],
)
def test_a_measure_after_its_verb_and_a_scope_head_is_the_object(text: str, expected: list) -> None:
    # 完成506公里农村公路: the amount of what is done, no class of a noun (3亿元以上制造业企业)
    assert [(t.value, t.indicator, t.kind) for t in targets(text)] == [(*e, "target") for e in expected]


def test_thresholds_of_a_condition_before_a_capped_grant_are_standards_hand_written() -> None:
    # …的，可申请最高不超过X: the grant's cap is a standard of its own, and the figures of the
    # condition clause before it (现有 names the base of the share, not a state reported) are the
    # thresholds of eligibility
    text = ("个体工商户当年吸纳登记失业人员数量达到其现有从业人员的20%，并签订2年以上劳动合同的，"
            "可申请最高不超过50万元的贴息贷款。")
    found, _ = find_targets(text, document="X")
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found] == [
        (20, "%", "=", "standard"), (2, "年", ">=", "standard"), (50, "万元", "<=", "standard")]


# ---------------------------------------------------------------------------
# Forms of replies and of fund rules (hand-written)


def test_a_reply_approving_a_change_of_a_figure_keeps_it() -> None:
    # 同意 opening the clause approves the request as put; a figure it approves changing is a rule it sets.
    assert [t.value for t in targets("同意将城乡居民养老保险基础养老金提高到每人每月200元。")] == [200]


def test_a_ratio_cap_taken_on_a_base_year_is_a_target_of_the_plan() -> None:
    t = only("到2035年，全省城镇开发边界扩展倍数控制在基于2020年城镇建设用地规模的1.25倍以内。",
             title="国务院关于《某省国土空间规划（2021—2035年）》的批复", date="2023-09-01")
    assert (t.value, t.unit, t.comparator, t.deadline, t.indicator) == (1.25, "倍", "<=", "2035", "全省城镇开发边界扩展倍数")


def test_a_time_limit_its_owner_keeps_in_principle_names_what_is_done() -> None:
    t = only("第十条 市级主管部门原则上于10日内将项目资金分解方案报送市财政局。", title="某市专项资金管理办法")
    assert (t.value, t.unit, t.comparator, t.kind) == (10, "日", "<=", "standard")
    assert t.indicator == "项目资金分解方案报送市财政局时限"


def test_an_amount_routed_to_an_approver_is_a_threshold_not_a_grant() -> None:
    # a run-on line of a disbursement rule: 给予 elsewhere in the sentence makes it one that grants
    text = ("对困难单位可给予临时周转资金支持，资金使用实行分级审批：5万元以下（含5万元）报分管副县长审批；"
            "5万元以上报县长审批，由用款单位填报审批表并附相关材料")
    found, incentives = find_targets(text, document="X")
    assert incentives == []
    assert sorted((t.value, t.comparator, t.kind) for t in found) == [(5, "<=", "standard"), (5, ">=", "standard")]


@pytest.mark.parametrize(
    ("text", "title", "keep"),
    [
        # hand-written: a plan's own forecast and share of its plan, a plan's 现状 part over its tasks, a notice
        # carrying out a work report, an undated report's coming year: each figure stays a target
        pytest.param("预计完成新建道路20公里，新增绿地10万平方米。", PLAN_2024, [20, 10], id="a-plans-forecast"),
        pytest.param("新开工项目40个，占年计划的33%以上。", PLAN_2024, [40, 33], id="a-share-of-the-plan-as-a-floor"),
        pytest.param("发展现状\n一、稳定粮食生产\n粮食产量稳定在50万吨。\n二、建设高标准农田\n新建高标准农田3万亩。",
                     "某县2024年农业农村工作要点", [50, 3], id="a-heading-naming-no-review-numbers-no-parts"),
        pytest.param("为落实《政府工作报告》，现将重点工作分工如下。\n一、全年地区生产总值增长6.5%。\n二、新建5G基站300个。\n"
                     "三、各单位要按季度总结成绩和经验。", None, [6.5, 300], id="a-notice-quoting-a-work-report"),
        pytest.param("2026年，建成高标准农田5万亩。\n到2030年，全县高标准农田达到60万亩。", "某县政府工作报告", [5, 60],
                     id="an-undated-reports-horizon-is-no-date"),
    ],
)
def test_a_plans_own_figures_stay_targets(text: str, title: str | None, keep: list) -> None:
    assert [t.value for t in targets(text, title=title)] == keep


# ---------------------------------------------------------------------------
# Forms of carbon-peaking and energy-saving plans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written: the items share a tail of several words (a scope, then what is measured)
        pytest.param("到2025年，化学需氧量、氨氮、氮氧化物和挥发性有机物重点工程减排量分别达到8000吨、300吨、12000吨、6000吨。",
                     [(8000, "化学需氧量重点工程减排量"), (300, "氨氮重点工程减排量"), (12000, "氮氧化物重点工程减排量"),
                      (6000, "挥发性有机物重点工程减排量")], id="分别-items-sharing-a-scope-and-a-measure"),
        pytest.param("氮氧化物、化学需氧量、氨氮重点工程减排量分别达到900吨、4000吨、200吨。",
                     [(900, "氮氧化物重点工程减排量"), (4000, "化学需氧量重点工程减排量"), (200, "氨氮重点工程减排量")],
                     id="分别-the-last-item-short-an-item-ending-as-a-quantity-does"),
    ],
)
def test_items_sharing_a_tail_of_several_words(text: str, expected: list) -> None:
    assert [(t.value, t.indicator) for t in targets(text)] == expected


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # hand-written: the last sentence of a paragraph opens a later horizon; the next paragraph lists its goals
        pytest.param("到2025年，绿色低碳发展的政策体系初步建立，单位地区生产总值能耗比2020年下降13%。到2030年，经济社会"
                     "发展全面绿色转型取得显著成效。\n单位地区生产总值二氧化碳排放比2005年下降65%以上；非化石能源消费比重"
                     "达到25%左右，森林覆盖率达到30%左右。", "2030", id="a-horizon-closing-a-paragraph-governs-the-next"),
        pytest.param("到2025年，绿色低碳发展的政策体系初步建立，单位地区生产总值能耗比2020年下降13%。到2030年，经济社会"
                     "发展全面绿色转型取得显著成效。\n（一）优化能源结构。单位地区生产总值二氧化碳排放下降幅度持续扩大，"
                     "森林覆盖率达到30%左右。", None, id="not-an-item-of-a-list-after-it"),
        pytest.param("到2025年，单位地区生产总值能耗比2020年下降13%。\n到2030年，经济社会发展全面绿色转型取得显著成效。"
                     "全市绿色低碳发展的政策体系健全完善。\n单位地区生产总值二氧化碳排放持续下降；非化石能源消费比重稳步提高，"
                     "森林覆盖率达到30%左右。", None, id="not-a-horizon-heading-an-earlier-sentence"),
    ],
)
def test_a_horizon_closing_a_paragraph(text: str, deadline: str | None) -> None:
    assert targets(text)[-1].deadline == deadline


def test_goals_a_news_page_quotes_after_a_verb_done_are_targets() -> None:
    # hand-written: 了 reports the plan issued, not the goals the colon quotes
    text = "近日，市住建委出台了《城乡建设领域碳达峰实施方案》，方案提出：新建民用建筑全面执行超低能耗标准，累计完成既有建筑节能改造600万平方米。"
    assert [(t.value, t.kind) for t in targets(text)] == [(600, "target")]
    assert targets("近日，市住建委出台了《城乡建设领域碳达峰实施方案》，累计完成既有建筑节能改造600万平方米。") == []


@pytest.mark.parametrize(
    "text",
    [
        # hand-written: a portal page's weather forecast
        pytest.param("某区气象台2024年3月28日07时发布：今天白天晴转多云，西北风4-5级阵风7；气温：18℃。", id="weather-forecast"),
        # hand-written: the rating of the units a project names (2 units of 350 MW)
        pytest.param("实施某热电有限公司2×350MW机组供热改造。", id="unit-rating-in-a-name"),
    ],
)
def test_readings_and_ratings_are_not_targets(text: str) -> None:
    assert targets(text) == []


def test_a_goal_named_by_its_kind_measures_what_the_figure_before_does() -> None:
    # hand-written: a stretch goal after the binding one
    found = targets("到2025年，全市单位地区生产总值能耗比2020年下降12%，力争完成13.5%的激励目标。")
    assert [(t.value, t.indicator) for t in found] == [(12, "全市单位地区生产总值能耗下降"), (13.5, "全市单位地区生产总值能耗下降")]
