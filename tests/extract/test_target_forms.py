"""The forms of issue #16, each a table of real clauses (development corpus; a hand-written
sentence in that form only where the corpus has none, marked ``hand-written`` in its id).

Each row names the form it covers. Text goes through :func:`normalise` first, as the
pipeline does, so layout forms (spaces, line breaks) are read as real documents print them.
"""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.targets import find_targets
from policykg.extract.text import normalise


def found(text: str, **kw):
    targets, incentives = find_targets(normalise(text).text, document="X", **kw)
    return targets, incentives


def figures(text: str, **kw) -> list[tuple]:
    """``(value, value_max, unit, comparator, kind)`` of every target and standard of ``text``."""
    return [(t.value, t.value_max, t.unit, t.comparator, t.kind) for t in found(text, **kw)[0]]


# ---------------------------------------------------------------------------
# 1. Lists of counted items: every item with its own count is its own target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("建成“两网融合”服务点670个、中转站12座、集散场1个。",
                     [(670, "个", "建成“两网融合”服务点"), (12, "座", "中转站"), (1, "个", "集散场")],
                     id="postnominal-list-with-、"),
        pytest.param("创建20个新时代“美丽家园”特色小区、10个新时代“美丽家园”示范小区。",
                     [(20, "个", "新时代“美丽家园”特色小区"), (10, "个", "新时代“美丽家园”示范小区")],
                     id="prenominal-list-with-、"),
        pytest.param("新建20所幼儿园和15所中小学。", [(20, "所", "幼儿园"), (15, "所", "中小学")],
                     id="prenominal-list-with-和-hand-written"),
        pytest.param("培育5家龙头企业、30家专精特新企业、200家科技型中小企业。",
                     [(5, "家", "龙头企业"), (30, "家", "专精特新企业"), (200, "家", "科技型中小企业")],
                     id="three-items-one-verb-hand-written"),
        pytest.param("改造老旧管网120公里及雨污混接点800处。",
                     [(120, "公里", "改造老旧管网"), (800, "处", "雨污混接点")],
                     id="postnominal-list-with-及-hand-written"),
        pytest.param("引进高层次人才50名、推广新技术30项。", [(50, "名", "引进高层次人才"), (30, "项", "推广新技术")],
                     id="verbs-not-in-any-list-hand-written"),
        pytest.param("实施排水主管检测约123公里，对其中的约24公里进行修复或改造。",
                     [(123, "公里", "实施排水主管检测"), (24, "公里", "进行修复或改造")], id="part-of-a-total-其中的"),
        pytest.param("到2030年，全省将基本形成2个核心城市、5个副中心城市以及40个特色小镇。",
                     [(2, "个", "核心城市"), (5, "个", "副中心城市"), (40, "个", "特色小镇")],
                     id="将-then-a-verb-of-making-is-no-scope-hand-written"),
        pytest.param("完成省下达我市的15个乡镇污水治理任务。", [(15, "个", "乡镇污水治理任务")],
                     id="count-after-下达的-hand-written"),
        pytest.param("涉及建筑面积214万平方米、屋715栋、居民24585户。",
                     [(214, "万平方米", "涉及建筑面积"), (715, "栋", "屋"), (24585, "户", "居民")],
                     id="item-named-by-one-character"),
        pytest.param("第三季度(每项5分):完成杨凌渭河滩地生态治理工程(渭河湿地公园二期)码头面层铺装、广场面层铺装、8个灯光球场及"
                     "2.2公里塑胶跑道铺筑。", [(8, "个", "灯光球场"), (2.2, "公里", "塑胶跑道铺筑")],
                     id="prenominal-figures-joined-by-及-after-items-a-verb-opens"),
        pytest.param("新建2.2公里塑胶跑道和3公里绿道。", [(2.2, "公里", "塑胶跑道"), (3, "公里", "绿道")],
                     id="prenominal-measures-joined-by-和-hand-written"),
    ],
)
def test_lists_of_counted_items(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.indicator) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("孵化30家初创企业带动就业1000人。", [30, 1000], id="object-of-any-verb-hand-written"),
        pytest.param("招募50名志愿者开展入户宣传200场次。", [50, 200], id="object-then-its-activity-hand-written"),
        pytest.param("5家推广中心每年推广10类40项。", [10, 40], id="subject-opening-the-clause"),
        pytest.param("松江、青浦、嘉定、奉贤等4个新城建设用地面积50%以上达到海绵城市建设目标要求。", [50],
                     id="subject-totalling-a-list"),
    ],
)
def test_a_count_is_an_object_unless_it_opens_the_clause(text: str, values: list) -> None:
    # No verb list decides: a count after any word is what that word makes; a count that
    # opens its clause (or totals the list before it) is the subject of a later number.
    assert [t.value for t in found(text)[0]] == values


# ---------------------------------------------------------------------------
# 2. A subsidy in the same sentence does not hide the commitment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万元的创业担保贷款。",
                     [(15, "万元", "<=", "创业担保贷款额度")], id="cap-of-what-a-recipient-may-apply-for"),
        pytest.param("各县区要制定初中生均公用经费标准，且标准不得低于每生每年700元，该标准不含财政补助资金。",
                     [(700, "元", ">=", "初中生均公用经费标准")], id="floor-of-a-named-standard-hand-written"),
        pytest.param("生活补助标准按照小学每生每年800元、初中每生每年1100元补助。",
                     [(800, "元", "=", "生活补助标准（小学）"), (1100, "元", "=", "生活补助标准（初中）")],
                     id="standard-per-item-hand-written"),
        pytest.param("残疾学生按照每生每年5000元标准补助公用经费。",
                     [(5000, "元", "=", "补助公用经费标准（残疾学生）")], id="figure-called-a-standard-hand-written"),
        pytest.param("作业本补助标准为：小学每生每年60元、初中每生每年90元。",
                     [(60, "元", "=", "作业本补助标准（小学）"), (90, "元", "=", "作业本补助标准（初中）")],
                     id="standard-after-a-colon-head-hand-written"),
        pytest.param("申请托育机构开展养育照护小组活动补助，经审核确认按照300元/期的标准拟给予补助。",
                     [(300, "元/期", "=", "补助标准（经审核确认）")], id="figure-with-a-slash-unit-called-a-standard"),
        pytest.param("对大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还。",
                     [(30, "%", "=", "返还占企业及其职工上年度实际缴纳失业保险费的比例")],
                     id="share-of-a-base-with-the-refund-after-it"),
        pytest.param("一次引进20人以下的按每人120元、20人至50人的按每人150元、50人以上的按每人300元的标准给予职业介绍补贴。",
                     [(20, "人", "<=", "一次引进"), (120, "元", "=", "职业介绍补贴标准（一次引进20人以下）"),
                      (20, "人", "=", "一次引进"), (150, "元", "=", "职业介绍补贴标准（20人至50人）"),
                      (50, "人", ">=", "一次引进"), (300, "元", "=", "职业介绍补贴标准（50人以上）")],
                     id="head-count-tiers-of-a-schedule-called-a-standard"),
    ],
)
def test_standards_a_grant_follows(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.comparator, t.indicator) for t in found(text)[0] if t.kind == "standard"] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("实施市级科技项目，单个项目最高给予100万元经费补助。", id="cap-of-the-amount-granted"),
        pytest.param("单个项目最高分别不超过10万元和3万元，每家每年累计不超过100万元，每人每年累计不超过20万元奖励。",
                     id="caps-of-the-amounts-granted"),
        pytest.param("对新认定的省级项目，给予1:1配套奖励，每个企业最高不超过30万元。", id="cap-per-recipient-hand-written"),
    ],
)
def test_caps_of_what_is_granted_stay_incentives(text: str) -> None:
    targets, incentives = found(text)
    assert targets == [] and incentives and all(i.cap for i in incentives)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第八条第二项修改为：“加油站与学校的距离必须大于30m以上，与居民区的距离大于20m以上；”",
                     [(30, "加油站与学校的距离"), (20, "居民区的距离")], id="short-amended-article-hand-written"),
        pytest.param("第十二条修改为：“储气间与居民住宅楼之间的防火间距不应小于15m，并设置实体围墙，围墙高度不低于2.2m。”",
                     [(15, "储气间与居民住宅楼之间的防火间距"), (2.2, "围墙高度")], id="long-amended-article-hand-written"),
    ],
)
def test_figures_of_an_amended_article_are_standards(text: str, expected: list) -> None:
    targets = found(text)[0]
    assert [(t.value, t.indicator) for t in targets] == expected and {t.kind for t in targets} == {"standard"}


def test_a_grant_keeps_the_sentences_commitment_hand_written() -> None:
    targets, incentives = found("三年内组织500名乡村医生进修，对完成进修的给予每人2000元补助。")
    assert [(t.value, t.unit, t.kind) for t in targets] == [(500, "名", "target")]
    assert [(i.amount, i.unit) for i in incentives] == [(2000, "元")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴。",
            [(500, None, "万元", "<=", "standard"), (1, None, "%", "<=", "standard")],
            id="eligibility-of-a-grant",
        ),
        pytest.param("对符合条件的，在规定期限内办结（3个工作日），核发施工许可证。",
                     [(3, None, "个工作日", "<=", "standard")], id="condition-then-time-limit"),
    ],
)
def test_rules_inside_grant_and_condition_sentences(text: str, expected: list) -> None:
    assert figures(text) == expected


# Thresholds of eligibility in a grant sentence that names its recipient by a 的 clause, without 对: standards,
# not amounts granted; the amounts granted stay incentives (all hand-written)
@pytest.mark.parametrize(
    ("text", "expected", "granted"),
    [
        pytest.param("第三条 年营业收入在800万元以上从事文化旅游经营的企业，两年内按其缴纳税收的20%给予奖励。",
                     [(800, None, "万元", ">=", "standard")], [(20, "%")], id="threshold-before-a-的-recipient"),
        pytest.param("引进资金累计2000万元人民币（含2000万元）以下的按2‰予以奖励；引进资金5000万元人民币以上的按5‰奖励。",
                     [(2000, None, "万元", "<=", "standard"), (5000, None, "万元", ">=", "standard")],
                     [(2, "‰"), (5, "‰")], id="tiers-bounded-after-the-currency"),
        # a range whose bounds carry units of different size is two bounds, each in its own unit
        pytest.param("总投资在3000万元至2亿元的项目按3%给予奖励。",
                     [(3000, None, "万元", ">=", "standard"), (2, None, "亿元", "<=", "standard")], [(3, "%")],
                     id="range-of-two-units-as-a-threshold"),
        # the same, with 一 written for the dash (text converted from a scan)
        pytest.param("总投资在3000万元一2亿元的项目按3%给予奖励。",
                     [(3000, None, "万元", ">=", "standard"), (2, None, "亿元", "<=", "standard")], [(3, "%")],
                     id="range-with-一-for-its-dash"),
        pytest.param("新建床位达到300张以上、运营1年以上的（含300张，下同），给予每张床位5000元的一次性建设补贴，"
                     "50张以上不足300张、运营1年以上的，给予每张2000元的一次性建设补贴。",
                     [(300, None, "张", ">=", "standard"), (1, None, "年", ">=", "standard"),
                      (50, None, "张", ">=", "standard"), (300, None, "张", "<", "standard"),
                      (1, None, "年", ">=", "standard")], [(5000, "元"), (2000, "元")],
                     id="tiers-after-a-note-with-a-comma-and-after-a-comma-in-the-grant"),
        pytest.param("吸纳就业5人以下的按每人500元、5人以上的按每人800元的标准给予补贴。",
                     [(5, None, "人", "<=", "standard"), (500, None, "元", "=", "standard"),
                      (5, None, "人", ">=", "standard"), (800, None, "元", "=", "standard")], [(500, "元"), (800, "元")],
                     id="head-count-tiers-hand-written"),
    ],
)
def test_thresholds_of_a_grant_without_对(text: str, expected: list, granted: list) -> None:
    targets, incentives = found(text)
    assert [(t.value, t.value_max, t.unit, t.comparator, t.kind) for t in targets] == expected
    assert [(i.amount, i.unit) for i in incentives] == granted


def test_grant_naming_its_fund_before_the_amount_hand_written() -> None:
    # 奖励资金20万元: the amounts granted are incentives, the condition's bound a standard
    targets, incentives = found("签约项目实际到位资金亿元及以上的，授予荣誉称号，一次性奖励资金8万元。")
    assert [(t.value, t.unit, t.comparator, t.kind) for t in targets] == [(1, "亿元", ">=", "standard")]
    assert [(i.amount, i.unit) for i in incentives] == [(8, "万元")]


def test_bare_hundred_millions_threshold_hand_written() -> None:
    # 亿元以上 with no numeral: projects of 1亿元 or more, a threshold of the condition; not after a count (50个|亿元以上项目)
    text = "招引亿元以上项目、且到位资金3000万元及以上的，一次性奖励资金10万元。"
    assert [(t.value, t.unit, t.comparator) for t in found(text)[0]][:2] == [(1, "亿元", ">="), (3000, "万元", ">=")]
    assert [(t.value, t.unit) for t in found("到2025年，开工建设50个亿元以上项目。")[0]] == [(50, "个")]


def test_limit_after_alternative_sums_holds_for_both_hand_written() -> None:
    # A或B以上: the limit word after the second sum bounds the first too
    assert [(t.value, t.unit, t.comparator) for t in found("本办法所称重大项目是指投资总额在2亿元人民币或3000万美元以上的项目。")[0]] \
        == [(2, "亿元", ">="), (3000, "万美元", ">=")]


# ---------------------------------------------------------------------------
# 3. Standards: eligibility and limits, time limits, technical standards, frequency duties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("是指本镇行政区域内总投资额在100万元以下的建设工程。", (100, None, "万元", "<=", "standard"),
                     id="eligibility-amount-below"),
        pytest.param("对总消纳库容30万吨及以上的消纳场所和转运码头，安装自动计量装置。",
                     (30, None, "万吨", ">=", "standard"), id="eligibility-capacity-above"),
        pytest.param("年用水量10万吨以上的企业纳入重点监控。", (10, None, "万吨", ">=", "standard"),
                     id="eligibility-annual-use-hand-written"),
        pytest.param("上年度纳税额不低于200万元。", (200, None, "万元", ">=", "standard"),
                     id="eligibility-last-year-hand-written"),
        pytest.param("收取的担保费率原则上不超过1.5%。", (1.5, None, "%", "<=", "standard"), id="limit-原则上"),
        pytest.param("高温天气指在35 ℃以上的晴朗天气。", (35, None, "℃", ">=", "standard"),
                     id="threshold-after-在-hand-written"),
        pytest.param("补助比例不超过30%。", (30, None, "%", "<=", "standard"), id="limit-grant-share-hand-written"),
        pytest.param("要在本意见印发之日起30日内，制定出台具体实施办法。", (30, None, "日", "<=", "standard"),
                     id="time-limit-日内"),
        pytest.param("5个工作日内办结。", (5, None, "个工作日", "<=", "standard"), id="time-limit-hand-written"),
        pytest.param("2年内完成整改。", (2, None, "年", "<=", "standard"), id="time-limit-年内-hand-written"),
        pytest.param("连续缴费满10年。", (10, None, "年", ">=", "standard"), id="duration-满-hand-written"),
        pytest.param("顶岗实习时间一般为6个月。", (6, None, "个月", "=", "standard"), id="duration-named"),
        pytest.param("区域50年一遇洪水标准。", (50, None, "年一遇", "=", "standard"), id="technical-return-period"),
        pytest.param("排水能力达到3年一遇。", (3, None, "年一遇", "=", "standard"),
                     id="technical-达到-hand-written"),
        pytest.param("原则上每5年修订1次职业院校专业目录。", (1, None, "次", "=", "standard"), id="frequency-每N年"),
        pytest.param("每半年召开1次联席会议。", (1, None, "次", "=", "standard"), id="frequency-每半年-hand-written"),
        pytest.param("对符合条件的，在5个工作日内办结。", (5, None, "个工作日", "<=", "standard"),
                     id="time-limit-after-在-hand-written"),
        pytest.param("每季度至少召开1次工作例会。", (1, None, "次", ">=", "standard"),
                     id="frequency-至少-before-the-verb-hand-written"),
        pytest.param("每季度至少组织开展1次应急演练。", (1, None, "次", ">=", "standard"),
                     id="frequency-至少-before-a-four-character-verb-hand-written"),
        pytest.param("违反本规定的，处以罚款，罚款不得超过一千元。", (1000, None, "元", "<=", "standard"),
                     id="limit-rule-word-opening-the-limit-hand-written"),
        pytest.param("每村配置1辆专用收集车。", (1, None, "辆", "=", "standard"), id="provision-per-subject"),
        pytest.param("将我市最低月工资标准调整为2260元。", (2260, None, "元", "=", "standard"), id="standard-set"),
        pytest.param("辖区内10亩以下（不含10亩）的用地手续，由区政府审查后办理。", (10, None, "亩", "<", "standard"),
                     id="bound-its-bracket-leaves-out-不含-hand-written"),
        pytest.param("第二条 本办法所称重点山塘，是指蓄水量在5万立方米（包括5万立方米）以上的山塘。", (5, None, "万立方米", ">=", "standard"),
                     id="bound-its-bracket-includes-包括-hand-written"),
        pytest.param("市级财政奖补标准为 600 元/户。", (600, None, "元/户", "=", "standard"),
                     id="rate-per-household-named-a-standard-hand-written"),
        pytest.param("评审结果在村务公开栏张榜公示5天。", (5, None, "天", "=", "standard"),
                     id="a-public-notice-period-hand-written"),
        # the points of a scoring rule in a 考核办法: the points are the standard, the occurrence it counts by none
        pytest.param("不按规定参加会议的，每发现1次扣2分。", (2, None, "分", "=", "standard"),
                     id="points-a-scoring-rule-takes-per-occurrence-hand-written"),
        pytest.param("在市级媒体刊登的，每篇加0.5分。", (0.5, None, "分", "=", "standard"),
                     id="points-a-scoring-rule-gives-hand-written"),
        # the figure a rule sets in the clause after its condition (…的，)
        pytest.param("逾期未缴纳的，每日加收0.05%的滞纳金。", (0.05, None, "%", "=", "standard"),
                     id="the-consequence-of-a-condition-hand-written"),
    ],
)
def test_standards(text: str, expected: tuple) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tiers after the first write no 的: each excess alone in its clause, then what the rule takes
        pytest.param("水质监测超标1倍以下的（含1倍），每次扣减考核资金2万元；超标1至2倍（含2倍），每次扣减考核资金4万元。",
                     [(1, None, "倍", "<=", "standard"), (2, None, "万元", "=", "standard"),
                      (1, 2, "倍", "=", "standard"), (4, None, "万元", "=", "standard")],
                     id="tiers-of-an-excess-after-the-first-without-的-hand-written"),
        pytest.param("逾期10日以内的，每日加收0.03%；逾期10日以上，每日加收0.05%。",
                     [(10, None, "日", "<=", "standard"), (0.03, None, "%", "=", "standard"),
                      (10, None, "日", ">=", "standard"), (0.05, None, "%", "=", "standard")],
                     id="tiers-of-a-delay-hand-written"),
        pytest.param("超标0.5倍，每次扣减考核资金1万元。",
                     [(0.5, None, "倍", "=", "standard"), (1, None, "万元", "=", "standard")],
                     id="one-tier-without-的-hand-written"),
        pytest.param("（1）月用水量10吨（含）以下，每月15元；\n（2）月用水量10吨以上，每月25元。",
                     [(10, None, "吨", "<=", "standard"), (15, None, "元", "=", "standard"),
                      (10, None, "吨", ">=", "standard"), (25, None, "元", "=", "standard")],
                     id="fee-tiers-bound-then-fee-without-的-hand-written"),
        pytest.param("8小时以上至24小时（含）的，按每小时2元/辆·次收取，最高每车次30元。",
                     [(8, None, "小时", ">=", "standard"), (2, None, "元/辆·次", "=", "standard"),
                      (30, None, "元", "<=", "standard")],
                     id="按每小时-a-fee-per-use-after-a-condition-hand-written"),
        pytest.param("困难家庭认定标准按当地最低工资标准的1.2倍确定。", [(1.2, None, "倍", "=", "standard")],
                     id="a-multiple-of-a-standard-a-rule-sets-hand-written"),
        pytest.param("（二）发生伤害事故：重伤2人及以上扣20分/次；轻伤2人及以上扣8分/次。",
                     [(2, None, "人", ">=", "standard"), (2, None, "人", ">=", "standard")],
                     id="轻伤-a-bound-on-harm-beside-重伤-hand-written"),
    ],
)
def test_tiers_of_a_rule_are_standards(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_an_excess_that_is_a_goal_stays_a_target_hand_written() -> None:
    assert figures("到2025年，全市规上工业产值超过3000亿元，占全省比重达到8%。") == [
        (3000, None, "亿元", ">", "target"), (8, None, "%", "=", "target")]


def test_a_list_of_time_limits_keeps_the_item_before_the_shared_verb_hand_written() -> None:
    text = "施工许可10个工作日内、竣工验收5个工作日内、不动产登记2个工作日内完成办理。"
    assert [(t.value, t.comparator, t.kind) for t in found(text)[0]] == [
        (10, "<=", "standard"), (5, "<=", "standard"), (2, "<=", "standard")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("区级财政安排2000万元重大项目前期费，统筹用于重点项目。", (2000, "万元", "=", "重大项目前期费"),
                     id="budget-a-fund-noun-ending-in-费-hand-written"),
        pytest.param("市级财政拟安排超过50亿元资金用于乡村建设。", (50, "亿元", ">", "市级财政拟安排资金"),
                     id="budget-资金-before-its-use-hand-written"),
        pytest.param("县财政统筹1.2亿元资金支持农村供水保障工程建设。", (1.2, "亿元", "=", "县财政统筹资金"),
                     id="budget-资金-before-the-work-it-supports-hand-written"),
        pytest.param("全市各级财政将安排8.6亿元支持职业教育发展。", (8.6, "亿元", "=", "全市各级财政安排"),
                     id="budget-将-then-a-verb-of-committing-funds-hand-written"),
        pytest.param("今年区财政安排资金3000万元用于农村道路改造。", (3000, "万元", "=", "区财政安排资金"),
                     id="budget-its-use-right-after-the-sum-hand-written"),
        pytest.param("△新建社区食堂12个。", (12, "个", "=", "新建社区食堂"), id="a-list-bullet-names-nothing-hand-written"),
        # A milestone or a push after the amount names the amount itself.
        pytest.param("全县生产总值向350亿元冲刺。", (350, "亿元", "=", "全县生产总值"),
                     id="a-push-toward-the-amount-hand-written"),
        pytest.param("力争社会消费品零售总额突破80亿元大关。", (80, "亿元", ">", "社会消费品零售总额"),
                     id="a-milestone-after-a-measure-hand-written"),
        pytest.param("全县市场主体突破5万户大关。", (5, "万户", ">", "全县市场主体"),
                     id="a-milestone-after-a-count-hand-written"),
        pytest.param("今年安排专项资金不低于15亿元，采取贷款贴息、奖励补助等方式支持技术改造。",
                     (15, "亿元", ">=", "安排专项资金"), id="a-fund-committed-beside-the-grants-it-pays-hand-written"),
        # An index or a score has no unit: the noun that names it keeps its figure.
        pytest.param("城市综合竞争力指数提高到90。", (90, "", "=", "城市综合竞争力指数"), id="an-index-hand-written"),
        pytest.param("全市空气质量综合指数控制在4.2以内。", (4.2, "", "<=", "全市空气质量综合指数"),
                     id="an-index-with-a-limit-hand-written"),
        pytest.param("营商环境评价得分达到90以上。", (90, "", ">=", "营商环境评价得分"), id="a-score-hand-written"),
        pytest.param("群众安全感测评得分不低于95分。", (95, "分", ">=", "群众安全感测评得分"),
                     id="a-score-in-分-hand-written"),
    ],
)
def test_a_sum_or_level_the_document_commits_to_is_a_target(text: str, expected: tuple) -> None:
    (t,) = found(text, title="某市2024年工作要点")[0]
    assert (t.value, t.unit, t.comparator, t.indicator, t.kind, t.deadline) == (*expected, "target", "2024")


def test_a_bracket_restating_the_figure_before_it_is_an_aside_hand_written() -> None:
    assert figures("新建12个村级卫生室（12个村级卫生室均列入市重点任务）。", title="某市2024年工作要点") == [
        (12, None, "个", "=", "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same figure in another unit of its kind, in a bracket right after it: an aside, no second figure
        pytest.param("发起自主巡查，距上次巡查结束，要大于72小时（3天），提示：暂不能发起。", [(72, None, "小时", ">", "standard")],
                     id="restated-in-another-unit-hand-written"),
        # a limit word after a note bounds the figure before the note (the note's figure is a breakdown)
        pytest.param("2024年，确保全县油菜种植面积达到35.2万亩（其中冬油菜30万亩）以上。",
                     [(35.2, None, "万亩", ">=", "target"), (30, None, "万亩", "=", "target")],
                     id="以上-after-a-breakdown-bracket-hand-written"),
    ],
)
def test_a_bracket_between_a_figure_and_what_follows(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "deadline"),
    [
        pytest.param("到2025年，一般公共预算收入增长6%以上。", "target", "2025", id="一般-in-a-noun-hand-written"),
        pytest.param("到2025年，企业开办时间压缩至1个工作日以内。", "target", "2025",
                     id="a-duration-a-plan-shortens-hand-written"),
        pytest.param("到2025年，工程建设项目审批时限压缩至60个工作日。", "target", "2025",
                     id="a-duration-shortened-to-a-level-without-a-limit-word-hand-written"),
        pytest.param("要在本意见印发之日起30日内，制定出台具体实施办法。", "standard", None, id="a-duration-a-rule-sets"),
        pytest.param("第六条 堤防工程的保护范围为：堤脚外侧30米至50米。", "standard", None,
                     id="a-figure-an-article-sets-without-a-year-hand-written"),
        pytest.param("第六条 到2025年，全县堤防达标率达到90%。", "target", "2025",
                     id="a-figure-an-article-dates-stays-a-target-hand-written"),
        pytest.param("2024年，力争实现蔬菜种植面积3500亩的目标。", "target", "2024", id="amount-before-的目标-hand-written"),
        pytest.param("2024年，高标准实施好东村、西村等村2600亩的农田整治项目。", "target", "2024",
                     id="plain-amount-of-what-is-done-before-的-noun-hand-written"),
        pytest.param("2024年，加快建设800亩的蓝莓种植基地。", "target", "2024", id="plain-amount-after-a-verb-hand-written"),
        pytest.param("对建成区内300-500米服务半径未覆盖的地区，实施扫盲绿地建设工程。", "standard", None,
                     id="amount-in-a-scope-after-对-stays-a-qualifier"),
        pytest.param("扶持年销售收入达5000万元的企业。", "standard", None,
                     id="amount-after-a-measure-noun-and-达-stays-a-qualifier-hand-written"),
        pytest.param("2024年，建设福山、青龙、房圩、裕林、双前、隐龙等自然村内约12.3公里道路硬化。", "target", "2024",
                     id="approximate-amount-of-what-is-done"),
        pytest.param("到2025年，落实800万平方米超低能耗建筑项目。", "target", "2025", id="amount-after-落实"),
        pytest.param("到2030年，实现对1.5亿平方米公共建筑的碳排放实时监测分析。", "target", "2030",
                     id="amount-after-a-verb-of-doing-and-对"),
    ],
)
def test_targets_that_look_like_standards(text: str, kind: str, deadline: str | None) -> None:
    (t,) = found(text, date="2024-01-10")[0]
    assert (t.kind, t.deadline) == (kind, deadline)


def test_a_standard_has_no_deadline_of_the_plan() -> None:
    t, = found("一、工作目标\n到2025年，全区建成公园50座。\n二、管理要求\n原则上每5年修订1次公园名录。")[0][1:]
    assert (t.kind, t.deadline) == ("standard", None)


# ---------------------------------------------------------------------------
# 4. Per-year figures of plan tables: one target per year, its deadline that year
# (the development corpus has no task table with yearly plan columns: hand-written tables
# in two layouts real documents print them in, read after normalise as the pipeline does)

_PLAN_HEADER = ("序号", "工作任务", "2023年目标", "2024年目标", "2025年目标", "牵头单位")
_PLAN_ROWS = (("1", "新增停车位", "2000个", "3000个", "3000个以上", "区交通委"),
              ("2", "新建公园", "5座", "6座", "8座", "区绿化市容局"))


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("\n".join("| " + " | ".join(r) + " |" for r in (_PLAN_HEADER, ("---",) * 6, *_PLAN_ROWS)),
                     id="pipe-table-hand-written"),
        pytest.param("\n".join(c for r in (_PLAN_HEADER, *_PLAN_ROWS) for c in r), id="one-cell-a-line-hand-written"),
    ],
)
def test_per_year_figures_of_plan_tables(table: str) -> None:
    targets = found("附件\n重点任务分解表\n" + table + "\n", date="2023-01-10")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in targets] == [
        ("新增停车位", 2000, "个", "=", "2023"), ("新增停车位", 3000, "个", "=", "2024"),
        ("新增停车位", 3000, "个", ">=", "2025"),
        ("新建公园", 5, "座", "=", "2023"), ("新建公园", 6, "座", "=", "2024"), ("新建公园", 8, "座", "=", "2025"),
    ]


_MATRIX = ("2025年临山市主要预期指标分解表", "序号", "指标名称", "单位", "临山市", "东城区", "西河县", "北岭县",
           "1", "地区生产总值", "增幅（%）", "6.5左右", "7以上", "6", "6.5左右",
           "2", "规模以上工业增加值", "增幅（%）", "8以上", "8.5", "同口径", "增长7%", "9",
           "3", "全社会固定资产投资", "亿元", "与上年持平", "120", "80", "60")


@pytest.mark.parametrize(
    "sep", [pytest.param("\n", id="one-cell-a-line-hand-written"), pytest.param("\n\n", id="blank-lines-between-hand-written")]
)
def test_every_place_column_of_a_place_matrix(sep: str) -> None:
    # The first place column is the issuing city's own; each other place's figure is its share of the
    # plan, the measure for that place, read where the row prints one cell per place (the 同口径|增长7% of
    # one cell over two lines leaves the row's other places unplaced); a cell with no figure (与上年持平)
    # states none.
    targets = found("附件1\n" + sep.join(_MATRIX) + "\n", date="2025-02-10")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in targets] == [
        ("地区生产总值增幅", 6.5, "%", "=", "2025"), ("东城区地区生产总值增幅", 7, "%", ">=", "2025"),
        ("西河县地区生产总值增幅", 6, "%", "=", "2025"), ("北岭县地区生产总值增幅", 6.5, "%", "=", "2025"),
        ("规模以上工业增加值增幅", 8, "%", ">=", "2025"),
        ("东城区全社会固定资产投资", 120, "亿元", "=", "2025"), ("西河县全社会固定资产投资", 80, "亿元", "=", "2025"),
        ("北岭县全社会固定资产投资", 60, "亿元", "=", "2025")]


@pytest.mark.parametrize("bar", [pytest.param("|", id="bars-hand-written"), pytest.param("｜", id="full-width-bars-hand-written")])
def test_the_place_rows_of_a_place_table_whose_rows_are_places(bar: str) -> None:
    # 分解表 whose rows are places and columns measures: the whole place's row (全市) gives the measures,
    # due in the title's year; each other place's row gives them for that place (its share of the plan)
    table = ["某市2024年度节能目标分解表", "地区 | 单位地区生产总值能耗降幅(%) | 新增光伏装机(万千瓦) |",
             "全市 | 3.5 | 12 |", "甲区 | 3.6 | 5 |", "乙县（含开发区） | 3.3 | 7 |"]
    targets = found("\n".join(line.replace("|", bar) for line in table) + "\n")[0]
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in targets] == [
        ("单位地区生产总值能耗降幅", 3.5, "%", "2024"), ("新增光伏装机", 12, "万千瓦", "2024"),
        ("甲区单位地区生产总值能耗降幅", 3.6, "%", "2024"), ("甲区新增光伏装机", 5, "万千瓦", "2024"),
        ("乙县单位地区生产总值能耗降幅", 3.3, "%", "2024"), ("乙县新增光伏装机", 7, "万千瓦", "2024")]


# A place table flattened one cell a line, each cell closed by a bar (a web page's table): the header's
# measures, then each place's cells; the title above it, or the plan the lead names, gives the year.
_FLAT_PLACES = ("县(市、区) |", "改造项目 |", "改造面积(万平方米) |",
                "全市合计: |", "40 |", "52.6 |", "甲城区 |", "25 |", "30.1 |", "乙县 |", "15 |", "22.5 |")


@pytest.mark.parametrize(
    ("lead", "table"),
    [
        pytest.param("某市2023年老旧小区改造计划表 |\n", _FLAT_PLACES, id="title-over-the-table-hand-written"),
        pytest.param("省里下达各市2023年度老旧小区改造计划，全市任务分解如下。\n", _FLAT_PLACES,
                     id="plan-year-in-the-lead-hand-written"),
        pytest.param("某省2023年老旧小区改造计划表 |\n||||\n",
                     ("序号 |", "城市 |", "县（市、区） |", "改造项目 |", "改造面积(万平方米) |", "||",
                      "甲市 |", "全市小计: |", "40 |", "52.6 |", "||", "1 |", "其中:1.甲城区 |", "25 |", "30.1 |",
                      "2 |", "2.乙县 |", "15 |", "22.5 |", "3 |", "3.丙县 |", "8 |"),
                     id="serial-and-city-columns-last-row-cut-off-hand-written"),
    ],
)
def test_the_rows_of_a_flattened_place_table(lead: str, table: tuple) -> None:
    targets = found("附件\n" + lead + "\n".join(table) + "\n")[0]
    got = [(t.indicator, t.value, t.unit, t.deadline) for t in targets]
    whole = "甲市" if "甲市 |" in table else ""
    assert got == [(f"{whole}改造项目", 40, "", "2023"), (f"{whole}改造面积", 52.6, "万平方米", "2023"),
                   ("甲城区改造项目", 25, "", "2023"), ("甲城区改造面积", 30.1, "万平方米", "2023"),
                   ("乙县改造项目", 15, "", "2023"), ("乙县改造面积", 22.5, "万平方米", "2023")]


# A place table whose measure columns each name their own horizon (到2025年… | 到2030年…): its figures are due
# then, not in the year of the title; grouped columns (a horizon over the same sub-columns twice) give each
# sub-column under each horizon. The one-cell-a-line form whose rows lost their empty cells is not placed.
_HORIZON_TITLE = "某区2022年高标准农田建设任务表\n"
_HORIZON_ROWS = [("规划指标", 5.56, "万亩", "2025"), ("规划指标", 0.8, "万亩", "2030"),
                 ("鲇鱼山镇规划指标", 2.7, "万亩", "2025"), ("鲇鱼山镇规划指标", 0.4, "万亩", "2030")]
_GROUPED_ROWS = [("累计建成面积", 5.56, "万亩", "2025"), ("累计改造提升面积", 0.8, "万亩", "2025"),
                 ("累计建成面积", 6.1, "万亩", "2030"), ("累计改造提升面积", 1.2, "万亩", "2030"),
                 ("丽阳镇累计建成面积", 2.76, "万亩", "2025"), ("丽阳镇累计改造提升面积", 0.4, "万亩", "2025"),
                 ("丽阳镇累计建成面积", 3, "万亩", "2030"), ("丽阳镇累计改造提升面积", 0.6, "万亩", "2030")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout (a district's farmland plan, the rows written one a line): each column's horizon
        pytest.param(_HORIZON_TITLE + "单位 | 到2025年规划指标(万亩) | 到2030年规划指标(万亩)\n全区 | 5.56 | 0.80\n"
                     "鲇鱼山镇 | 2.70 | 0.40\n", _HORIZON_ROWS, id="horizon-columns-a-row-a-line"),
        # hand-written in the same form, no year in the title: the columns' horizons are enough
        pytest.param("任务分解表\n地区 | 到2025年规划指标(万亩) | 到2030年规划指标(万亩) |\n全区 | 5.56 | 0.80 |\n"
                     "鲇鱼山镇 | 2.70 | 0.40 |\n", _HORIZON_ROWS, id="horizon-columns-no-title-year-hand-written"),
        # hand-written: the same flattened one cell a line, every row whole
        pytest.param(_HORIZON_TITLE + "地区 |\n到2025年规划指标(万亩) |\n到2030年规划指标(万亩) |\n全区 |\n5.56 |\n"
                     "0.80 |\n鲇鱼山镇 |\n2.70 |\n0.40 |\n", _HORIZON_ROWS, id="horizon-columns-one-cell-a-line-hand-written"),
        # hand-written after the heldout one: grouped columns, the same sub-columns under each horizon
        pytest.param(_HORIZON_TITLE + "单位 | 到2025年规划指标(万亩) | 到2030年规划指标(万亩) |\n"
                     "| 累计建成面积 | 累计改造提升面积 | 累计建成面积 | 累计改造提升面积 |\n"
                     "全区 | 5.56 | 0.80 | 6.10 | 1.20 |\n丽阳镇 | 2.76 | 0.40 | 3.00 | 0.60 |\n",
                     _GROUPED_ROWS, id="grouped-horizon-columns-a-row-a-line-hand-written"),
        # hand-written: sub-columns that differ between the groups leave which falls under which a guess
        pytest.param(_HORIZON_TITLE + "单位 | 到2025年规划指标(万亩) | 到2030年规划指标(万亩) |\n"
                     "| 累计建成面积 | 累计改造提升面积 | 累计新增面积 | 累计改造提升面积 |\n"
                     "全区 | 5.56 | 0.80 | 6.10 | 1.20 |\n", [], id="grouped-columns-unlike-sub-columns-hand-written"),
        # heldout (the same table flattened one cell a line, its empty cells dropped): rows of four figures under
        # six columns cannot be placed
        pytest.param("单位 |\n到2025年规划指标(万亩) |\n到2030年规划指标(万亩) | ||||\n累计建成高标准农田面积 |\n"
                     "累计改造提升高标准农田面积 |\n累计新增高效节水灌溉面积 |\n累计建成高标准农田面积 |\n"
                     "累计改造提升高标准农田面积 |\n累计新增高效节水灌溉面积 | |\n全区 |\n5.56 |\n0.80 |\n5.56 |\n"
                     "0.80 | ||\n鲇鱼山镇 |\n2.70 |\n0.40 |\n2.70 |\n0.40 | ||\n", [],
                     id="grouped-columns-one-cell-a-line-cells-dropped"),
    ],
)
def test_place_table_columns_naming_their_horizon(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in found(text)[0]] == expected


def test_a_flattened_place_table_of_results_states_no_target_hand_written() -> None:
    table = ["2023年各县完成情况", "县(市、区) |", "完成项目 |", "完成率(%) |", "全市合计 |", "40 |", "95 |"]
    assert found("\n".join(table) + "\n")[0] == []


def test_a_place_table_of_results_states_no_target_hand_written() -> None:
    table = ["2024年各区工作完成情况", "单位 | 完成率(%) |", "合计 | 95 |", "甲区 | 96 |"]
    assert found("\n".join(table) + "\n")[0] == []


# A scored target table (an assessment's 目标任务分解表) flattened one cell a line: a score column
# (分值, 权重) between each indicator and its figure; group cells over the rows, rows whose target
# is words or is missing, a limit word before a figure (低于), and the unit in the indicator's bracket.
_SCORED = ("临山县2023年度目标任务分解表", "考核指标", "分值", "目标值", "责任单位",
           "经济发展", "农业总产值（亿元）", "2", "45", "县农业农村局",
           "粮食播种面积增长率", "3", "年终按全市平均水平考核", "县统计局",
           "新增市场主体（户）", "1.5",
           "民生保障", "城镇新增就业（人）", "1", "3200", "县人社局",
           "城镇调查失业率", "1", "低于 5.5", "县人社局")


@pytest.mark.parametrize(
    ("header", "owner"),
    [pytest.param(("分值", "目标值", "责任单位"), True, id="weight-column-and-owner-column-hand-written"),
     pytest.param(("权重", "目标任务", "考核单位"), False, id="weight-column-owner-column-of-no-role-hand-written")],
)
def test_a_scored_target_table_gives_each_rows_figure_and_no_score(header: tuple, owner: bool) -> None:
    table = _SCORED[:2] + header + _SCORED[5:]
    targets = found("附件\n" + "\n".join(table) + "\n", date="2023-03-01")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in targets] == [
        ("农业总产值", 45, "亿元", "=", "2023"), ("城镇新增就业", 3200, "人", "=", "2023"),
        ("城镇调查失业率", 5.5, "", "<", "2023")]


# A goal table (an assessment's 考核 table with no score column) flattened one cell a line: a 单位 column right
# before a yearly goal column that names no year; a group column over the rows, an indicator cell merged
# over rows (printed on its first row only), a dash for no unit, goals in words, short owner cells.
_GOAL_TABLE = ("临山县2022年农业农村工作考核表", "考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门",
               "评分部门",
               "产业发展", "1", "稳定粮食生产", "粮食播种面积", "万亩", "12.5", "县农业局", "市农业局",
               "2", "粮食产量", "万吨", "≥5.2", "县农业局", "市农业局",
               "3", "耕地保护责任制", "-", "优秀", "县资规局", "市资规局",
               "4", "农民人均可支配收入增幅", "%", "按全市平均水平考核", "县统计局", "市统计局",
               "5", "建设数字农业工厂", "2", "县农业局", "市农业局",
               "6", "新增家庭农场", "家", "30", "县农业局")


@pytest.mark.parametrize("sep", [pytest.param("\n", id="one-cell-a-line-hand-written"),
                                 pytest.param("\n\n", id="blank-lines-between-hand-written")])
def test_a_goal_table_gives_each_rows_figure_with_its_unit(sep: str) -> None:
    targets = found("附件\n" + sep.join(_GOAL_TABLE) + "\n", date="2022-03-01")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in targets] == [
        ("粮食播种面积", 12.5, "万亩", "=", "2022"), ("粮食产量", 5.2, "万吨", ">=", "2022"),
        ("建设数字农业工厂", 2, "", "=", "2022"), ("新增家庭农场", 30, "家", "=", "2022")]


def test_a_goal_column_needs_its_unit_column_before_it_hand_written() -> None:
    table = [c for c in _GOAL_TABLE if c != "单位"]
    # (without it, a row's short cells cannot be told apart: no goal is placed)
    assert found("附件\n" + "\n".join(table) + "\n", date="2022-03-01")[0] == []


def test_a_bare_figure_takes_the_unit_its_column_names_hand_written() -> None:
    table = ("| 序号 | 工作任务 | 2024年（万元） | 2025年（万元） | 牵头单位 |\n| --- | --- | --- | --- | --- |\n"
             "| 1 | 老旧小区改造投资 | 1200 | 1500 | 区房管局 |\n")
    targets = found("附件\n重点任务分解表\n" + table, date="2024-01-10")[0]
    assert [(t.value, t.unit, t.deadline) for t in targets] == [(1200, "万元", "2024"), (1500, "万元", "2025")]


# A yearly plan table whose rows open with a year (年份 | 区域 | 面积 | 占比), one cell a line: the
# year cell merged over its rows is printed once, with the cells merged with it (the year's
# total and share); its later rows print only their item and its figure. A name spanning
# sub-columns (面积（公顷） over 片区 | 合计) prints them after the other names, and a name printed
# over two lines may open with a name already printed (建设片区 / 覆盖率 after a column 建设片区).
_YEAR_ROWS = ("年份", "建设片区", "建设面积", "（公顷）", "建设片区", "覆盖率", "片区", "合计",
              "2020年-2023年", "老城片区", "20.0", "20.0", "20%",
              "2024年", "东湖片区", "12.5", "32.5", "35%", "西湖片区", "8.0",
              "2025年", "北城片区", "18.0", "50.5", "55%")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(_YEAR_ROWS, [("建设总面积", 32.5, "公顷", "2024"), ("建设片区覆盖率", 35, "%", "2024"),
                                  ("建设总面积", 50.5, "公顷", "2025"), ("建设片区覆盖率", 55, "%", "2025")],
                     id="merged-year-cell-and-sub-columns-hand-written"),
        pytest.param(("年度", "新增绿地（公顷）", "累计绿地（公顷）", "2024年", "30", "130", "2025年", "40", "170"),
                     [("新增绿地", 30, "公顷", "2024"), ("累计绿地", 130, "公顷", "2024"),
                      ("新增绿地", 40, "公顷", "2025"), ("累计绿地", 170, "公顷", "2025")],
                     id="no-item-cells-every-figure-is-the-years-hand-written"),
        pytest.param(("年份", "编制区域", "区域面积（平方公里）", "2024年", "南城片区", "4.5", "2025年", "北城片区", "6.2"),
                     [], id="an-items-own-figure-is-no-target-hand-written"),
    ],
)
def test_a_table_whose_rows_open_with_a_year(table: tuple, expected: list) -> None:
    text = "三、推进计划\n表1 推进计划表\n" + "\n".join(table) + "\n注：面积以实测为准。\n"
    targets = found(text, date="2024-03-01")[0]
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in targets] == expected


def test_a_year_row_restating_the_paragraph_before_is_one_target_hand_written() -> None:
    text = ("三、推进计划\n至2025年底，全区建设面积共计50.5公顷。推进计划见表1。\n表1 推进计划表\n"
            + "\n".join(_YEAR_ROWS) + "\n注：面积以实测为准。\n")
    targets = found(text, date="2024-03-01")[0]
    assert [(t.value, t.deadline) for t in targets] == [(50.5, "2025"), (32.5, "2024"), (35, "2024"), (55, "2025")]


# ---------------------------------------------------------------------------
# 5. Units as real documents write them, taken from the text after the number


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param("栽植穴底面距离地下水位≥50 cm。", 50, "cm", id="latin-cm-after-space"),
        pytest.param("有机质50g/kg。", 50, "g/kg", id="latin-compound"),
        pytest.param("不具有专利代理人资格、年满18周岁的公民，具有完全民事行为能力。", 18, "周岁", id="周岁"),
        pytest.param("各居委对辖区内60岁以上的独居老人进行一次全面排摸梳理。", 60, "岁", id="岁"),
        pytest.param("细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下。", 29, "微克每立方米", id="微克每立方米"),
        pytest.param("尾水氨氮浓度不高于1.5毫克每升。", 1.5, "毫克每升", id="毫克每升-hand-written"),
        pytest.param("饮用水中砷含量低于10微克/升。", 10, "微克/升", id="微克/升-hand-written"),
        pytest.param("农用地土壤镉含量不超过0.3毫克/千克。", 0.3, "毫克/千克", id="毫克/千克-hand-written"),
        pytest.param("不再新建每小时35蒸吨以下燃煤锅炉。", 35, "蒸吨", id="蒸吨"),
        pytest.param("禁止生产和使用厚度低于0.01毫米的地膜。", 0.01, "毫米", id="毫米"),
        pytest.param("苗木规格控制在5公分以上。", 5, "公分", id="公分-hand-written"),
        pytest.param("高温天气指日最高气温达到35 ℃以上。", 35, "℃", id="celsius-hand-written"),
        pytest.param("接待游客300万人次。", 300, "万人次", id="人次-hand-written"),
        pytest.param("新增充电桩5000台套。", 5000, "台套", id="台套-hand-written"),
        pytest.param("新增供水能力10万立方米。", 10, "万立方米", id="万立方米-hand-written"),
        pytest.param("通用航空起降2万架次。", 2, "万架次", id="架次-hand-written"),
        pytest.param("新增储能5万千瓦时。", 5, "万千瓦时", id="万千瓦时-hand-written"),
        pytest.param("集装箱吞吐量达到100万标箱。", 100, "万标箱", id="标箱-hand-written"),
        pytest.param("新增绿地30公顷。", 30, "公顷", id="公顷-hand-written"),
        pytest.param("城镇化率提高2个百分点。", 2, "个百分点", id="个百分点-hand-written"),
        pytest.param("新增床位800床。", 800, "床", id="床-hand-written"),
        pytest.param("市绿化市容局分配本区的残渣处置计划量为150吨/日。", 150, "吨/日", id="per-day"),
        pytest.param("新增公共充电设施260根以上。", 260, "根", id="根-hand-written"),
        pytest.param("全年生猪出栏10万头以上。", 10, "万头", id="头-hand-written"),
        pytest.param("全年粮食产量稳定在500亿斤左右。", 500, "亿斤", id="斤-hand-written"),
        pytest.param("到2027年，细颗粒物（PM2.5）年均浓度降至28微克/立方米。", 28, "微克/立方米",
                     id="concentration-微克/立方米-hand-written"),
        pytest.param("到2027年，细颗粒物年均浓度降至27μg/m³。", 27, "μg/m³", id="concentration-μg/m³-hand-written"),
        pytest.param("新增就业岗位200,000个。", 200000, "个", id="thousands-separator-hand-written"),
        pytest.param("新增投资1,234.5万元。", 1234.5, "万元", id="thousands-separator-and-decimal-hand-written"),
        pytest.param("力争全市重点产业集群总量超过五千亿规模。", 5000, "亿", id="bare-亿-before-规模-hand-written"),
        pytest.param("到2030年，全省孕产妇死亡率下降到11/10万以下。", 11, "/10万", id="rate-per-100000-hand-written"),
        pytest.param("到2026年，工商业平均电价下降0.02元/千瓦时。", 0.02, "元/千瓦时", id="rate-per-any-measure-hand-written"),
        pytest.param("到2026年，全市天然气供应能力达到18亿方。", 18, "亿方", id="cubic-metres-as-spoken-hand-written"),
        # a mass per kilowatt-hour, the matter weighed between the mass and the slash
        pytest.param("2. 大型发电集团单位供电二氧化碳排放控制在550克二氧化碳/千瓦时以内。", 550, "克二氧化碳/千瓦时",
                     id="grams-of-a-matter-per-kwh"),
        pytest.param("到2020年，力争全市火电机组平均供电煤耗下降到296克/千瓦时左右。", 296, "克/千瓦时", id="grams-per-kwh"),
        pytest.param("到2025年，火电机组平均供电煤耗下降到296克标准煤/千瓦时。", 296, "克标准煤/千瓦时",
                     id="grams-of-coal-per-kwh-hand-written"),
        pytest.param("到2025年，新建机组煤耗不高于270克/千瓦时。", 270, "克/千瓦时", id="grams-per-kwh-capped-hand-written"),
        pytest.param("到2025年，新增城市绿地面积45hm2。", 45, "hm2", id="hectares-in-latin-letters-hand-written"),
        pytest.param("到2025年，建成区海绵城市面积达到12.5km²。", 12.5, "km²", id="square-kilometres-in-latin-letters-hand-written"),
        pytest.param("到2025年，城镇调查失业率控制在百分之五点五以内。", 5.5, "%", id="per-cent-spelled-out-hand-written"),
        pytest.param("到2025年，人口自然增长率控制在千分之六以内。", 6, "‰", id="per-mille-spelled-out-hand-written"),
        pytest.param("到2025年，农村生活垃圾收运处置体系覆盖率达到百分之百。", 100, "%", id="百分之百-spelled-out-hand-written"),
        # Latin-letter units by their grammar (an SI prefix and a base symbol), not by a list
        pytest.param("到2025年，城市家庭宽带接入能力达到500Mbps。", 500, "Mbps", id="latin-data-rate-Mbps-hand-written"),
        pytest.param("到2025年，出口带宽达到60Tbps。", 60, "Tbps", id="latin-data-rate-Tbps-hand-written"),
        pytest.param("到2025年，智能算力规模达到800PFLOPS。", 800, "PFLOPS", id="latin-computing-power-hand-written"),
        pytest.param("到2025年，政务云存储容量达到20PB。", 20, "PB", id="latin-storage-hand-written"),
        pytest.param("到2025年，骨干节点间网络时延不超过3ms。", 3, "ms", id="latin-milliseconds-hand-written"),
        pytest.param("到2025年，用户接入速率达到1000兆比特/秒。", 1000, "兆比特/秒", id="bit-rate-in-chinese-hand-written"),
        pytest.param("到2025年，改造建筑面积达到30万㎡。", 30, "万㎡", id="one-character-unit-symbol-hand-written"),
        # a fraction a limit word bounds is the share it makes; a ratio named by a noun in 比 has no unit
        pytest.param("到2025年，四分之三以上的村建成美丽宜居村。", 75, "%", id="fraction-with-以上-hand-written"),
        pytest.param("到2025年，城乡居民收入比缩小到1.8以内。", 1.8, "", id="ratio-noun-in-比-hand-written"),
        pytest.param("到2025年，城乡居民收入比控制在1.9:1之内。", 1.9, "", id="ratio-to-one-hand-written"),
    ],
)
def test_units(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in found(text)[0]] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: one to a ratio (1:X) after a noun in 比, bound by a limit word: its second term, the ratio named
        pytest.param("到2025年，每千人床位数达到6.8张，公立医院床人比不低于1:1.6，医护比不低于1:1.2。",
                     [("每千人床位数", 6.8, "张", "="), ("公立医院床人比", 1.6, "", ">="), ("医护比", 1.2, "", ">=")],
                     id="one-to-a-ratio-after-its-noun"),
        pytest.param("到2025年，医护比不低于1∶1.25。", [("医护比", 1.25, "", ">=")],
                     id="one-to-a-ratio-with-the-ratio-sign-hand-written"),
        # form: a split of a whole written as a ratio after the share it sets: each term a share, as 30%、70% gives
        pytest.param("平昌县征收农用地区片综合地价土地补偿费和安置补助费比例为2:8。",
                     [("平昌县征收农用地区片综合地价土地补偿费和安置补助费比例", 20, "%", "="),
                      ("平昌县征收农用地区片综合地价土地补偿费和安置补助费比例", 80, "%", "=")],
                     id="split-of-a-whole-as-a-ratio"),
        pytest.param("征收農用地區片綜合地價由土地補償費和安置補助費組成,構成比例為2∶8。",
                     [("构成比例", 20, "%", "="), ("构成比例", 80, "%", "=")],
                     id="split-of-a-whole-as-a-ratio-with-the-ratio-sign"),
        pytest.param("个人和单位缴费比例为30：70。", [("个人和单位缴费比例", 30, "%", "="), ("个人和单位缴费比例", 70, "%", "=")],
                     id="split-of-a-hundred-as-a-ratio-hand-written"),
    ],
)
def test_ratios(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in found(text)[0]] == expected


def test_a_colon_between_digits_writes_a_ratio_and_ends_no_clause() -> None:
    t, = found("到2025年，城乡收入比缩小到1.6：1之内。")[0]
    assert (t.value, t.comparator, t.text) == (1.6, "<=", "城乡收入比缩小到1.6：1之内")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: the band of age that defines a class in brackets after its name, then the figure set for the class
        pytest.param("成熟林（21年以上）平均每株补偿11元。", [("成熟林（21年以上）平均每株补偿", 11, "元")],
                     id="age-band-in-brackets-labels-the-class"),
        pytest.param("大中型果树（树龄10—20年）每株补偿60元。", [("大中型果树（树龄10—20年）每株补偿", 60, "元")],
                     id="age-range-in-brackets-labels-the-class-hand-written"),
    ],
)
def test_a_band_in_brackets_after_a_class_is_its_label(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.unit) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("到2025年，建设5G基站，推广4K电视和3D打印，创建5A级景区。", id="latin-names-of-one-capital-hand-written"),
        pytest.param("资源大小：36.52KB\n全文页数：8页", id="file-size-of-a-shared-page-hand-written"),
        pytest.param("所需资金三分之一由市财政承担。", id="fraction-splitting-a-cost-hand-written"),
        pytest.param("今年以来，全县工业用电量同比增加3，环比下降2。", id="比-of-a-comparison-hand-written"),
    ],
)
def test_figures_that_read_as_no_unit(text: str) -> None:
    assert found(text)[0] == []


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # a time phrase before the verb (月底前, 日前) is the figure's deadline, no part of what it measures
        pytest.param("2024年各级专项资金须于5月底前拨付50%以上、10月底前拨付90%以上。", ["拨付", "拨付"],
                     id="month-end-deadlines-of-a-schedule-hand-written"),
        pytest.param("2024年各县区9月30日前完成改造任务的60%以上。", ["完成改造任务"], id="a-days-deadline-hand-written"),
        pytest.param("2024年省级资金于4月底前下达70%以上。", ["下达"], id="a-verb-ending-in-达-stays-whole-hand-written"),
    ],
)
def test_a_deadline_before_the_verb_is_no_part_of_the_indicator(text: str, indicators: list) -> None:
    assert [t.indicator for t in found(text)[0]] == indicators


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("2023年，油料作物面积发展到463.2万亩。", "油料作物面积", id="发展到-closes-the-subject"),
        pytest.param("到2025年，全市家庭农场数量发展至3000家。", "全市家庭农场数量", id="发展至-closes-the-subject-hand-written"),
    ],
)
def test_a_verb_of_growing_to_is_no_part_of_the_indicator(text: str, indicator: str) -> None:
    assert [t.indicator for t in found(text)[0]] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("2025年，全区居民区（含菜场）湿垃圾分类量达到300吨/日。", "全区居民区（含菜场）湿垃圾分类量",
                     id="an-aside-inside-the-name-stays-as-written-hand-written"),
        pytest.param("到2025年，二级以上医院重症监护病区床位（含可转换）占编制床位总数比例达到10%。",
                     "二级以上医院重症监护病区床位占编制床位总数比例",
                     id="an-aside-closing-the-subject-before-its-verb-goes-hand-written"),
        pytest.param("2025年，全市新增企业（含个体工商户）5000家。", "全市新增企业",
                     id="an-aside-ending-the-name-goes-hand-written"),
    ],
)
def test_asides_of_an_indicator(text: str, indicator: str) -> None:
    assert [t.indicator for t in found(text)[0]] == [indicator]


def test_counts_of_people_outside_personnel_events_stay_targets_hand_written() -> None:
    t = found("2024年，全市培训农村实用人才800人，新增城镇就业1.5万人。人均预期寿命达到80岁。")[0]
    assert [(x.value, x.unit, x.kind) for x in t] == [(800, "人", "target"), (1.5, "万人", "target"), (80, "岁", "target")]


def test_a_share_spelled_out_keeps_its_limit_and_indicator_hand_written() -> None:
    t = found("到2025年，人口自然增长率控制在千分之五点二以内，城镇登记失业率不超过百分之四。")[0]
    assert [(x.indicator, x.value, x.unit, x.comparator) for x in t] == [
        ("人口自然增长率", 5.2, "‰", "<="), ("城镇登记失业率", 4, "%", "<=")]


def test_a_share_spelled_out_as_a_figure_of_speech_is_no_target_hand_written() -> None:
    assert found("各级干部要以百分之百的热情投入工作。", date="2024-03-01")[0] == []


def test_a_currency_after_an_amount_is_no_noun_it_qualifies_hand_written() -> None:
    assert figures("全省将力争GDP首次突破两万亿元人民币。") == [(2, None, "万亿元", ">", "target")]


# hand-written: an inequality written as a chain, the lower bound first
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("旋耕深度要求：12厘米≤旋耕深度≤18厘米。", [("旋耕深度", 12, ">="), ("旋耕深度", 18, "<=")],
                     id="chain-both-bounds-inclusive"),
        pytest.param("8厘米≤留茬高度＜15厘米，计入作业面积。", [("留茬高度", 8, ">="), ("留茬高度", 15, "<")],
                     id="chain-upper-bound-strict"),
    ],
)
def test_an_inequality_chain_gives_both_bounds_of_what_it_bounds(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.comparator) for t in found(text)[0]] == expected


def test_a_letter_after_a_number_is_no_unit_of_a_name() -> None:
    assert found("加快5G基站建设，整合集聚G60科创走廊创新资源。")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2024年底前，全县实现不动产登记业务“100%预约办理、100%当日办结”。",
                     [(100, "%", "=", "2024"), (100, "%", "=", "2024")], id="quoted-goal-of-figures-hand-written"),
        pytest.param("到2025年，企业开办达到“90%一日办结”。", [(90, "%", "=", "2025")],
                     id="quoted-goal-after-达到-hand-written"),
        pytest.param("到2025年，各镇打造“10分钟便民服务圈”示范点。", [], id="quoted-name-a-noun-follows-hand-written"),
        pytest.param("推进“3+2”产业发展格局。", [], id="quoted-code-alone-hand-written"),
        pytest.param("到2025年，打造“20+10”（20个省级特色小镇、10个市级特色小镇）发展格局。",
                     [(20, "个", "=", "2025"), (10, "个", "=", "2025")], id="bracket-spelling-out-a-code-hand-written"),
        pytest.param("到2025年，开通40条文旅专线。", [(40, "条", "=", "2025")], id="条-before-文旅-hand-written"),
        pytest.param("2024年底前，主城区至少建成一条步行街，各镇力争各建成一个农贸市场。",
                     [(1, "条", ">=", "2024"), (1, "个", "=", "2024")], id="一-after-至少-or-各-and-a-verb-hand-written"),
        pytest.param("2024年底前，每个镇原则上至少建成一个农贸市场。", [], id="一-per-subject-is-no-count-hand-written"),
        pytest.param("2024年，省级三公里充分就业社区数量达到城市社区的60%。", [(60, "%", "=", "2024")],
                     id="numeral-and-unit-inside-the-name-of-the-subject"),
        pytest.param("2024年，省级两公里健身圈社区数量达到城市社区的50%。", [(50, "%", "=", "2024")],
                     id="numeral-and-unit-inside-a-name-hand-written"),
    ],
)
def test_figures_of_quoted_goals_codes_and_counts_of_one(text: str, expected: list) -> None:
    # a quote or a bracket that is the goal itself (or spells out a code) holds figures; a name does not
    assert [(t.value, t.unit, t.comparator, t.deadline) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，旅游总收入年均增长12%以上，超过300亿元。",
                     [("旅游总收入年均增长", 12, "annual"), ("旅游总收入", 300, None)],
                     id="level-after-a-yearly-change-hand-written"),
        pytest.param("到2025年，年均新增城镇就业1万人，失业率控制在4%以内。",
                     [("年均新增城镇就业", 1, "annual"), ("失业率", 4, None)], id="yearly-count-in-its-clause-hand-written"),
    ],
)
def test_a_level_after_a_yearly_change_is_reached_once(text: str, expected: list) -> None:
    assert [(t.indicator, t.value, t.recurrence) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，创建2个国家级、5个省级森林乡村。", [(2, "国家级森林乡村"), (5, "省级森林乡村")],
                     id="levels-share-the-head-written-once-at-the-end-hand-written"),
        pytest.param("到2025年，新建国家级示范区2个、省级示范区5个。", [(2, "新建国家级示范区"), (5, "省级示范区")],
                     id="levels-each-with-its-head-hand-written"),
        pytest.param("到2025年，甲市城市生活垃圾回收利用率不低于40%，乙市、丙市不低于35%，其他设区的市不低于30%。",
                     [(40, "甲市城市生活垃圾回收利用率"), (35, "乙市、丙市城市生活垃圾回收利用率"),
                      (30, "其他设区的市城市生活垃圾回收利用率")], id="later-places-of-a-series-keep-the-measure-hand-written"),
        pytest.param("到2025年，创建示范小区30个，达标小区50个。", [(30, "创建示范小区"), (50, "达标小区")],
                     id="things-in-places-are-no-places-hand-written"),
        pytest.param("到2025年，改造老旧小区涉及住宅楼820栋，28000户。", [(820, "改造老旧小区涉及住宅楼"), (28000, "户数")],
                     id="count-in-another-unit-is-not-the-noun-before-hand-written"),
        pytest.param("到2025年，改造建筑面积约30万平方米，共160栋。", [(30, "改造建筑面积"), (160, "栋数")],
                     id="count-after-a-measure-is-not-the-measure-hand-written"),
        pytest.param("到2025年，新建公园5个，累计达到30个。", [(5, "新建公园"), (30, "新建公园")],
                     id="count-in-the-same-unit-keeps-the-noun-hand-written"),
        # 分别 pairs the items of 和 or 、 with the figures, an intensity's output the head of each
        pytest.param("2024年,单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右,",
                     [(2.5, "单位国内生产总值能源消耗降低"), (3.9, "单位国内生产总值二氧化碳排放降低")],
                     id="respective-activities-joined-by-和-sharing-an-intensity-head"),
        pytest.param("到2025年，单位地区生产总值能耗、二氧化碳排放分别下降14%和18%。",
                     [(14, "单位地区生产总值能耗下降"), (18, "单位地区生产总值二氧化碳排放下降")],
                     id="respective-activities-joined-by-、-sharing-an-intensity-head-hand-written"),
        pytest.param("到2025年，全市能源消耗和二氧化碳排放分别降低3%、4%。", [(3, "全市能源消耗降低"), (4, "二氧化碳排放降低")],
                     id="respective-activities-joined-by-和-hand-written"),
        # a later item naming only a quantity or its place alone: what the first measures
        pytest.param("确保2022年全省粮食播种面积稳定在6287万亩以上、产量稳定在1930万吨以上。",
                     [(6287, "全省粮食播种面积"), (1930, "粮食产量")], id="later-item-a-bare-quantity-of-the-first-head"),
        pytest.param("全市人均道路面积达到15平方米，其余各县城达到12平方米。",
                     [(15, "全市人均道路面积"), (12, "其余各县城人均道路面积")], id="later-place-a-县城-keeps-the-measure"),
        pytest.param("到2025年，全县蔬菜种植面积达到10万亩，产量达到30万吨。",
                     [(10, "全县蔬菜种植面积"), (30, "蔬菜产量")], id="later-clause-a-bare-quantity-hand-written"),
    ],
)
def test_list_items_take_the_head_and_measure_they_share(text: str, expected: list) -> None:
    assert [(t.value, t.indicator) for t in found(text)[0]] == expected



# ---------------------------------------------------------------------------
# 6. Ranges carry both bounds


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        pytest.param("组织失业青年参加3—12个月的就业见习。", 3, 12, "个月", id="time-range-—"),
        pytest.param("就业见习补贴范围扩展至16—24岁失业青年。", 16, 24, "岁", id="age-range"),
        pytest.param("将培训补贴对象由登记失业人员扩大至18—35岁农村劳动力。", 18, 35, "岁", id="age-range-after-将-hand-written"),
        pytest.param("对建成区内300-500米服务半径未覆盖的地区，新建公园。", 300, 500, "米", id="metre-range--"),
        pytest.param("6.总投资为30万至100万元的小型建设工程统一在管理系统上办理。", 30, 100, "万元", id="至-prefix-on-both"),
        pytest.param("加铺20cm-30cm厚度碎石和粗沙。", 20, 30, "cm", id="unit-on-both-numbers"),
        pytest.param("全市城镇25%面积达到3—5年一遇雨水排水能力。", 3, 5, "年一遇", id="return-period-range"),
        pytest.param("到2025年，地区生产总值增长6%—6.5%。", 6, 6.5, "%", id="percent-range-hand-written"),
        pytest.param("到2025年，覆盖率达到80%-85%。", 80, 85, "%", id="percent-range-hyphen-hand-written"),
    ],
)
def test_ranges(text: str, value: float, value_max: float, unit: str) -> None:
    ranged = [t for t in found(text)[0] if t.value_max is not None]
    assert [(t.value, t.value_max, t.unit) for t in ranged] == [(value, value_max, unit)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("——养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村", [90, 60], id="bounded-shares-of-nouns-joined-by-和"),
        pytest.param("到2025年，公共文化服务覆盖所有街道、80%以上社区和60%以上村。", [80, 60],
                     id="bounded-shares-of-nouns-joined-by-和-hand-written"),
    ],
)
def test_each_bounded_share_of_a_list_is_a_target(text: str, values: list) -> None:
    assert [(t.value, t.comparator, t.kind) for t in found(text, title="2020年工作要点")[0]] == [
        (v, ">=", "target") for v in values]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days a level reaches (的水平 names the level, no noun it qualifies), beside a range of shares
        # of the same figures
        pytest.param("3.安全保障。到2020年,力争中心城区及重点区域供电可靠性达到99.993%,电网负荷备用率保持在10%-15%,"
                     "电煤、天然气、成品油等主要能源品种的储备能力达到10-15天的水平。",
                     [(10, 15, "%", "target", "2020"), (10, 15, "天", "target", "2020")], id="range-of-days-reached-as-a-level"),
        pytest.param("到2025年，全市应急物资储备能力达到7-10天的水平。", [(7, 10, "天", "target", "2025")],
                     id="range-of-days-reached-as-a-level-hand-written"),
        # a rate per month and per pupil, its unit with two slashes
        pytest.param("对普惠托育机构按等级给予150-400元/月/生的补助。", [(150, 400, "元/月/生", "standard", None)],
                     id="range-with-a-unit-per-month-per-pupil"),
        # an age range after a 的-modifier is the class of the people after it
        pytest.param("组织毕业2年内高校毕业生和登记失业的16至24岁青年参加就业见习。", [(16, 24, "岁", "standard", None)],
                     id="age-range-after-a-modifier"),
        pytest.param("对登记失业的45至60岁人员给予培训补贴。", [(45, 60, "岁", "standard", None)],
                     id="age-range-after-a-modifier-hand-written"),
    ],
)
def test_ranges_and_their_kind(text: str, expected: list) -> None:
    ranged = [t for t in found(text)[0] if t.value_max is not None]
    assert [(t.value, t.value_max, t.unit, t.kind, t.deadline) for t in ranged] == expected


# ---------------------------------------------------------------------------
# 7. What is not a target, by structure


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("共梳理出58项重点任务，提出25条措施，设置了12个指标。", id="document-counts-hand-written"),
        pytest.param("一年来，全市新增就业12万人。", id="past-年来-hand-written"),
        pytest.param(
            "自2020年嘉定区开展海绵城市建设达标评估以来，嘉定新城中心城区、嘉北公园一期、城北大居西及城北大居东"
            "共计25.2平方公里已完成海绵城市达标评估。", id="past-以来-and-已",
        ),
        pytest.param("一、2023年工作回顾\n全年新增城镇就业11万人。", id="review-section-hand-written"),
        pytest.param("一、2023年工作回顾\n（一）经济平稳健康发展\n1.经济实力不断增强。全年实现地区生产总值突破2000亿元，"
                     "同比增长11%。\n（二）民生持续改善\n全年新增城镇就业11万人。",
                     id="review-section-through-its-sub-headings-hand-written"),
        # form: a page that lost its line breaks, its review heading (two numerals) inside a line, to the plan heading
        pytest.param("请予审议。十一、2023年工作回顾全年新增城镇就业11万人。十二、2024年工作安排", id="inline-review-heading-hand-written"),
        pytest.param("2023年，全市地区生产总值增长7%（预计，下同），一般公共预算收入增长5.5%。",
                     id="estimate-of-the-year-ending-hand-written"),
        pytest.param("截至2023年11月底，居民健康档案建档率城市达到48.7%。", id="status-at-an-earlier-date-hand-written"),
        pytest.param("过去一年，全区实现地区生产总值2000亿元，同比增长11%；固定资产投资568亿元，增长13%。",
                     id="paragraph-opened-by-a-look-back-hand-written"),
        pytest.param("过去一年，全县经济回升向好。地区生产总值达到2050亿元，同比增长6%。",
                     id="look-back-paragraph-a-later-sentence-reaching-20xx-hand-written"),
        pytest.param("市政府决定对以下2件市政府规章予以废止。", id="count-of-the-list-that-follows-hand-written"),
        pytest.param("经清理，市政府决定对下列12件规范性文件予以废止。", id="count-of-the-list-below-hand-written"),
        pytest.param("一、“十三五”应急体系9个具体建设任务\n", id="heading-counting-its-parts-hand-written"),
        pytest.param("现将涉及13个方面56项重点工作的任务予以分解。", id="parts-counted-after-parts-hand-written"),
        pytest.param("据测算，“十四五”期间全市老年人口仍将持续增长，到2025年将达到110万人左右。",
                     id="forecast-worked-out-from-figures-hand-written"),
        pytest.param("《任务分解》细化15项具体任务，涉及10个责任单位。", id="document-tasks-and-owners-hand-written"),
        pytest.param("第十二条 本办法自2024年5月1日起施行。", id="article-number-and-date"),
        pytest.param("本办法已经市政府七届44次常务会议讨论通过。", id="session-ordinal-hand-written"),
        pytest.param("聚焦国家“十四五”规划102项重大工程，支持民间投资参与。", id="scope-of-another-plans-count-hand-written"),
        pytest.param("据悉，共有512名市人大代表出席本次会议。", id="attendance-of-a-meeting-hand-written"),
        pytest.param("本细则经市人民政府38次常务会议审议通过。", id="passed-by-a-meeting-hand-written"),
        pytest.param("起草过程中，我局向市财政局、市审计局等9个单位征求了意见。", id="perfective-了-event-hand-written"),
        pytest.param("抄送：市委办公室，市人大常委会办公室\n某县人民政府办公室2019年4月2日印共印40份",
                     id="print-run-of-a-colophon-hand-written"),
        pytest.param("县政府将全年目标任务分解成48项具体工作任务。", id="parts-counted-after-分解成-hand-written"),
        pytest.param("市政府常务会议确定了全年重点工作，将《政府工作报告》部署的工作任务分解为96项。",
                     id="parts-counted-after-the-parts-and-分解为-hand-written"),
        pytest.param("今年主要任务共12项。", id="parts-then-a-tally-word-hand-written"),
        pytest.param("《目录》共6个类别150项，分为产业发展30项、生态环保25项、民生保障95项。",
                     id="a-document-counting-its-parts-and-their-breakdown-hand-written"),
        pytest.param("《清单》与《目录》一一对应，共4个类别88项，其中党建20项。",
                     id="a-document-subject-then-共-hand-written"),
        # form: the scope the document's plan covers, its area or its places
        pytest.param("本次规划范围包括临港新片区主体部分（上海大治河以南、金汇港以东区域，约819km2）和浦东国际机场南侧区域"
                     "（约28km2）两部分。", id="scope-a-plan-covers-its-area"),
        pytest.param("实施范围覆盖全市14个乡镇、街办。", id="scope-a-plan-covers-its-places"),
        pytest.param("规划范围：东至环城路，西至滨江路，总面积约12.5平方公里。", id="scope-after-a-colon-hand-written"),
        pytest.param("某某文库◆欢迎访问\n2023年市安全生产应急预案汇编-5篇（第2/7页）\n",
                     id="document-sharing-page-count-of-pieces-hand-written"),
        pytest.param("社区年度工作计划(4篇).docx\n\n社区年度工作计划（4篇）\n", id="count-of-pieces-closing-a-title-hand-written"),
        pytest.param("去年6月，某省建立分类调整机制，将甲县、乙县调出重点县名单，新增丙县、丁县2个重点县。",
                     id="past-event-whose-将-marks-an-object-hand-written"),
        pytest.param("考核得分细则见附件2。", id="a-score-named-then-an-annex-number-hand-written"),
        pytest.param("对综合得分为100分的单位予以表扬。", id="a-score-that-qualifies-a-noun-hand-written"),
        pytest.param("二、全县农业工作亮点\n（一）水稻单产提高。全县水稻收获面积约8.2万亩，平均每亩产量约610公斤。",
                     id="highlights-section-hand-written"),
        # the document's parts counted after the verb that describes them and their noun
        pytest.param("共梳理出重点任务58项，提出具体措施25条。", id="parts-counted-after-their-noun-hand-written"),
        # the copies of a paper to hand in
        pytest.param("自查报告一式3份于2025年1月10日前报县政府目标办，乡镇同时附本级《政府工作报告》1份。",
                     id="copies-of-a-report-hand-written"),
        # the documents a notice issues, counted after their titles (in its title or its body)
        pytest.param("关于印发《甲县数字经济促进办法》等4个文件的通知\n", id="documents-issued-counted-in-the-title-hand-written"),
        pytest.param("《甲县数字经济促进办法》、《甲县人才引进若干措施》6个文件，已经县委、县政府同意，现印发给你们。",
                     id="documents-issued-counted-after-the-last-title-hand-written"),
        # people a personnel decision names, counted or aged, and those a meeting report says attended
        pytest.param("会议表决通过人事任免事项。其中任命5人，免职4人，接受辞职2人。",
                     id="tally-of-personnel-decisions-hand-written"),
        pytest.param("本次提请任命的18名同志中，继续留任15人，交流任职3人。这18名同志平均年龄48岁，最小的41岁。",
                     id="nominees-counted-and-aged-in-a-nomination-speech-hand-written"),
        pytest.param("区人大常委会主任、副主任及委员共21人出席会议。", id="attendance-at-a-meeting-hand-written"),
        pytest.param("3月10日，不满45岁的某某被任命为某市代市长。", id="age-of-a-person-appointed-hand-written"),
        # form: the count closing a sentence whose subject is the text itself, after the parts its clauses list
        pytest.param("本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况，主动公开政府信息情况，"
                     "收到和处理政府信息公开申请情况，存在的主要问题及改进情况，其他需要报告的事项6个部分。",
                     id="parts-counted-closing-a-list-the-text-opens"),
        pytest.param("本报告包括工作成效，存在问题，下一步打算3个部分。", id="parts-counted-closing-a-list-本报告-opens-hand-written"),
        # form: a count of the items of the list the document gives below (…如下)
        pytest.param("经市政府同意，2024年我市实施47项民生实事，具体安排如下。", id="count-of-the-list-announced-below"),
        pytest.param("汉中市南郑区2024年10个民生实事项目具体如下：\n一、教育基础设施提升项目\n",
                     id="count-of-the-list-announced-below-in-its-clause"),
        # form: the practical matters a plan lists, counted after a verb done (票决出)
        pytest.param("参加长宁区第十七届人民代表大会的237名人大代表对长宁区政府提交的19项为民办实事候选项目进行无记名投票，"
                     "票决出17项长宁区人民政府2024年为民办实事项目。", id="practical-matters-counted-after-a-verb-done"),
    ],
)
def test_not_targets(text: str) -> None:
    assert found(text, date="2024-03-01")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written: a bound in a scope draws the class a rule covers (an eligibility threshold), no description
        pytest.param("本政策实施范围为年销售收入500万元以上的工业企业。", [(500, ">=")], id="scope-bounded-by-a-limit-word"),
        # hand-written: the clause after the scope states what is done in it
        pytest.param("项目实施范围包括县城及周边5个乡镇，新建污水管网50公里。", [(50, "=")], id="scope-then-a-clause-of-work"),
    ],
)
def test_a_scope_sentence_keeps_its_bounds_and_the_work_after_it(text: str, expected: list[tuple]) -> None:
    assert [(t.value, t.comparator) for t in found(text, date="2024-03-01")[0]] == expected


@pytest.mark.parametrize(
    ("label", "result"),
    [
        pytest.param("完成情况", "228国道二期已开工建设8公里；新（改）建龙茶线7.7公里，已全部完成；新增367个充电桩（枪）。",
                     id="progress-line-完成情况"),
        pytest.param("进展情况", "建成充电桩180个，完成投资1.2亿元。", id="progress-line-进展情况-hand-written"),
    ],
)
def test_a_line_a_progress_label_opens_reports_results(label: str, result: str) -> None:
    text = ("二、交通路网扩容提质畅行项目\n目标任务：开工建设主干公路15公里；全年新增公共充电桩（枪）250个以上。\n"
            f"责任单位：区交通局\n{label}：{result}\n")
    assert [t.value for t in found(text, date="2024-07-10")[0]] == [15, 250]


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("计划完成进度", id="planned-progress-label-计划完成进度"),
        pytest.param("预计完成情况", id="expected-completion-label-预计完成情况-hand-written"),
    ],
)
def test_a_line_a_label_of_a_plan_opens_keeps_its_targets(label: str) -> None:
    # a label that schedules (计划/预计…) reads as a progress column's name, but the line plans what is to be done
    text = f"某县2024年重点项目推进计划\n一、城东道路工程\n责任单位：县交通运输局\n{label}：2024年底前完成投资5000万元，建成道路3公里。\n"
    assert [t.value for t in found(text, date="2024-02-10")[0]] == [5000, 3]


def test_a_count_in_the_title_line_under_a_column_tag_is_not_a_target() -> None:
    title = "宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知"
    text = f"【保基本民生】{title}\n经市政府同意，2024年我市实施47项民生实事，具体安排如下。\n1.新增城镇就业4.3万人。"
    assert [t.value for t in found(text, title=title)[0]] == [4.3]


def test_a_review_word_in_an_items_sentence_is_no_review_heading() -> None:
    text = "一、总体目标。到2025年，培训新型职业农民800人以上，取得明显成效。"
    assert [t.value for t in found(text, date="2024-03-01")[0]] == [800]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # hand-written in the form of a 分工方案's first item: the targets whose 完成情况 the item monitors
        pytest.param("一、对地区生产总值增长6%左右、城镇新增就业3万人以上、城镇调查失业率5.5%以内等预期目标完成情况进行监测和调度。"
                     "（县发展改革委、县人力社保局按职责分工负责）\n", [6, 3, 5.5], id="a-long-item-monitoring-完成情况"),
        # a short heading naming its section a review still opens one
        pytest.param("一、2023年主要目标完成情况\n地区生产总值增长6%。\n二、2024年工作安排\n地区生产总值增长5%左右。\n", [5],
                     id="a-short-review-heading-still-reviews"),
        pytest.param("一、全面完成上年度各项目标任务，主要指标完成情况：\n地区生产总值增长6%。\n二、2024年工作安排\n新增就业2000人。\n",
                     [2000], id="a-long-heading-ending-in-its-review-word"),
    ],
)
def test_a_review_word_names_a_section_only_as_a_headings_words_end(text: str, values: list) -> None:
    assert [t.value for t in found(text, date="2024-03-01")[0]] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # hand-written in the form of a progress report: each item restates its goals, then its results
        pytest.param("（二）年度其他目标任务完成情况\n1.新签约亿元以上项目不少于20个；新开工项目15个。上半年，新签约亿元以上项目12个。\n"
                     "2.新增规上工业企业30家。上半年，新增规上工业企业18家。\n", [20, 15, 30],
                     id="items-restating-goals-under-a-progress-heading"),
        pytest.param("（一）主要指标完成情况\n1.地区生产总值增长7%左右。上半年，地区生产总值比上年同期增长6.8%。\n", [7],
                     id="a-goal-bound-by-左右-restated"),
        # its first line reports results: the section is a review throughout
        pytest.param("（一）主要指标完成情况\n1.上半年，新签约亿元以上项目12个，比上年同期增加3个。\n2.新增规上工业企业不少于18家。\n",
                     [], id="a-progress-section-of-results"),
    ],
)
def test_a_progress_section_restating_its_goals_keeps_them(text: str, values: list) -> None:
    assert [t.value for t in found(text, date="2021-07-20")[0]] == values


def test_an_items_marker_then_the_preposition_of_its_object_are_no_part_of_an_indicator_hand_written() -> None:
    text = "一、对地区生产总值增长6%左右、一般公共预算收入增长5%等预期目标完成情况进行监测和调度。"
    assert [t.indicator for t in found(text, date="2026-01-01")[0]] == ["地区生产总值增长", "一般公共预算收入增长"]


def test_a_list_of_figures_closed_by_等_takes_no_class_noun_after_it_hand_written() -> None:
    text = "确保城镇新增就业3万人以上、城镇调查失业率5.5%以内等预期目标全面完成。"
    assert [(t.indicator, t.value) for t in found(text, date="2024-03-01")[0]] == [("城镇新增就业", 3), ("城镇调查失业率", 5.5)]


def test_the_subject_before_a_scope_head_names_the_change() -> None:
    (target,) = found("固定资产投资力争增长10%。", date="2024-03-01")[0]
    assert target.indicator == "固定资产投资增长"


def test_a_summary_reports_results_up_to_its_plans() -> None:
    text = "一、主要工作\n全国人均补助标准达到17.5元。\n二、2011年工作打算\n新增培训基地20个。"
    assert [t.value for t in found(text, title="某司2010年工作总结", date="2010-12-20")[0]] == [20]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("三、下一步工作", id="next-step-hand-written"),
        pytest.param("三、下步工作打算", id="next-step-plans-hand-written"),
        pytest.param("三、整改目标", id="rectification-goals-hand-written"),
        pytest.param("三、工作要求", id="requirements-hand-written"),
    ],
)
def test_a_reports_forward_section_keeps_its_targets(heading: str) -> None:
    text = f"一、整改情况\n已整改问题12项，出台制度3个。\n{heading}\n年底前新建污水管网5公里。"
    title = "某县关于审计查出问题整改情况的报告"
    assert [t.value for t in found(text, title=title, date="2021-06-20")[0]] == [5]


def test_a_review_section_ends_at_the_next_heading_of_its_rank() -> None:
    text = ("一、2023年工作回顾\n（一）经济平稳健康发展\n全年新增城镇就业11万人。\n"
            "二、2024年工作安排\n（一）稳增长\n全年新增城镇就业12万人。")
    assert [t.value for t in found(text, date="2024-03-01")[0]] == [12]


def test_a_count_in_the_documents_title_is_not_a_target() -> None:
    title = "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定"
    assert found(title + "\n经省政府同意，决定废止。", title=title)[0] == []


# ---------------------------------------------------------------------------
# 8. Deadlines from every scope


@pytest.mark.parametrize(
    ("text", "kw", "deadline"),
    [
        pytest.param("自2021年起用3年时间，完成老旧小区改造300个。", {"date": "2021-03-01"}, "2023",
                     id="start-year-and-span-hand-written"),
        pytest.param("试点期2019-2021年，建成示范点20个。", {"date": "2019-03-01"}, "2021", id="pilot-period-hand-written"),
        pytest.param("附件2\n2019年街镇（园区）生活垃圾分类目标任务分解表\n罗店镇\n“两网融合”服务点累计79个。",
                     {"date": "2019-05-05"}, "2019", id="annual-plan-heading"),
        pytest.param("“十四五”期间公园城市绿化建设项目资金测算表\n建设公园绿地200公顷", {"date": "2021-12-06"}, "2025",
                     id="five-year-plan-heading"),
        pytest.param("至“十四五”期末，建成230座以上的公园。", {"date": "2021-12-06"}, "2025", id="five-year-plan-period"),
        pytest.param(
            "到2025年，农机装备品类基本齐全，" + "重点农机产品和关键零部件实现协同发展，" * 20
            + "农产品初加工机械化率总体达到50%左右。", {"date": "2018-12-21"}, "2025", id="year-heading-a-long-paragraph",
        ),
        pytest.param("二、工作目标\n（一）2019年全市生活垃圾分类工作明确三大目标。全市实现70%以上居住区实现垃圾分类实效达标。",
                     {"date": "2019-02-18"}, "2019", id="year-earlier-in-the-paragraph"),
        pytest.param("一、2023年工作回顾\n全年新增城镇就业10万人。\n二、主要目标\n城镇新增就业11万人以上。",
                     {"date": "2024-01-20", "title": "2024年政府工作报告"}, "2024", id="work-report-year-hand-written"),
        pytest.param("城镇新增就业11万人以上。", {"date": "2024-01-20", "title": "政府工作报告"}, "2024",
                     id="work-report-without-year-hand-written"),
        pytest.param("地区生产总值增长6%以上。", {"title": "关于印发2023年某县政府重要工作事项责任分工的通知",
                                                  "date": "2023-02-08"}, "2023",
                     id="year-of-an-annual-division-of-work-in-the-title-hand-written"),
        pytest.param("全年新增光伏装机5万千瓦以上。", {"title": "某区关于推动经济高质量发展若干政策举措（2025年版）"}, "2025",
                     id="edition-year-of-measures-hand-written"),
        # form: an edition year (年本/年修订) is part of a cited title, not a year the clause is due
        pytest.param("严格执行《某行业准入目录》（2019年本），淘汰30家企业落后产能。", {"title": "某市2021年大气污染防治工作计划"},
                     "2021", id="edition-year-of-a-cited-title-hand-written"),
        pytest.param("落实《某某条例》（2018年修订），整治120家小作坊。", {"title": "某县2022年食品安全工作要点"}, "2022",
                     id="revision-year-of-a-cited-title-hand-written"),
        pytest.param("全年新增光伏装机5万千瓦以上。", {"title": "某区促进光伏发展若干措施（2024年本）"}, "2024",
                     id="edition-year-年本-of-measures-hand-written"),
        pytest.param("2023年本区新增绿色账户5万户。", {"date": "2023-03-01"}, "2023", id="year-then-本区-is-no-edition-hand-written"),
        pytest.param("报告指出，2018年发展主要预期目标是：国内生产总值增长6.5%左右；居民消费价格涨幅3%左右；"
                     "城镇新增就业1100万人以上。", {}, "2018", id="year-in-the-lead-in-of-a-list-hand-written"),
        pytest.param("（二）今年发展主要预期目标\n全市生产总值增长6%左右。新增就业20万人左右。", {"date": "2022-04-12"},
                     "2022", id="今年-heading-takes-the-documents-year-hand-written"),
        pytest.param("会上提出，2016年，全省力争生产总值增长9%以上。 省长表示，今年全省将力争固定资产投资4500亿元以上。",
                     {}, "2016", id="今年-after-a-sentence-naming-the-year-hand-written"),
        pytest.param("为落实《某市国民经济和社会发展第十二个五年规划纲要》，现将主要目标分解如下。\n"
                     "单位地区生产总值能源消耗降低16%。（市发展改革委牵头）", {}, "2015",
                     id="five-year-plan-cited-by-title-hand-written"),
        pytest.param("到“十三五”期末，全区森林覆盖率达到25%以上。", {"date": "2017-03-01"}, "2020",
                     id="five-year-plan-period-十三五-hand-written"),
        pytest.param("到第十三个五年规划期末，全区森林覆盖率达到25%以上。", {"date": "2017-03-01"}, "2020",
                     id="five-year-plan-period-written-out-hand-written"),
        pytest.param("到2025年，城市社区综合服务设施覆盖率达到100%，社区综合服务设施面积达到每百户40平方米以上。",
                     {"date": "2022-06-01"}, "2025", id="per-unit-level-in-a-goal-list-hand-written"),
        pytest.param("2、某镇2022年工作目标和工作措施 今年，全镇经济社会发展的总体思路是：稳中求进。主要预期目标是："
                     "全镇工农业总产值增长7%。", {}, "2022", id="annual-title-glued-to-the-first-sentence-hand-written"),
        # an undated plan naming neither a horizon nor a period, but the one year it plans for
        pytest.param("某片区发展方案\n一、目标\n计划实施项目18个，2013年计划投资9.7亿元。\n二、任务\n（一）城关镇。实施项目3个，"
                     "年度投资0.6亿元以上。", {}, "2013", id="the-one-year-a-plan-plans-for-hand-written"),
        # an undated news page whose opening sentences name the annual plan they report: 今年 is its year
        pytest.param("日前，某市政府印发2022年重点工作任务分工，明确了38项任务。\n按照任务分工，今年全市将实现新增就业"
                     "12万人左右。\n新建80个社区养老服务站。", {}, "2022", id="annual-plan-named-by-a-news-opening-hand-written"),
        pytest.param("日前，某市《重点工作任务分工》公开征求意见。按照任务分工并结合2021年市政府重点工作，明确了44项任务。\n"
                     "今年将实现新增就业35万人左右。", {}, "2021", id="annual-plan-named-in-the-second-sentence-hand-written"),
        # an undated news page whose opening gives the year of what will be done: the list it frames is that year's
        pytest.param("2月3日，记者从某县人代会上获悉，2025年，某县将扎实办好“十件民生实事”，聚焦民生福祉。\n"
                     "这“十件民生实事”分别是：新增停车位600个以上；改造农村公路120公里。", {}, "2025",
                     id="year-opening-an-announcement-frames-the-list-after-it-hand-written"),
        pytest.param("会议报告显示，2022年某省将继续推出12件惠民实事。\n稳定就业。城镇新增就业40万人以上。", {}, "2022",
                     id="year-then-the-subject-that-will-act-hand-written"),
        pytest.param("5月6日，某县召开人代会。报告指出，县政府将重点办好12件民生实事：\n（1）新建公共厕所80座。\n"
                     "政府信息公开\n【两会快讯】某县政府2021年将为民办好12件民生实事\n", {}, "2021",
                     id="headline-under-the-body-naming-the-year-of-the-plan-hand-written"),
        # form: a bare year inside the condition that picks the bodies (…在45至55微克之间的东镇、西镇) is their
        # baseline, not the clause's year: the target is due in the year of the heading it sits under
        pytest.param("二、主要目标\n2021年各镇改善目标按以下原则分配：\n（一）2020年细颗粒物平均浓度在45至55微克/立方米"
                     "之间的东镇、西镇的细颗粒物平均浓度均下降至45微克/立方米及以下。", {}, "2021",
                     id="baseline-year-of-a-condition-hand-written"),
        # form: the plan year a title or an opening gives with a count of the items before its noun
        pytest.param("1.促进重点群体稳定就业，新增城镇就业4.3万人。（牵头单位：市人社局）",
                     {"title": "宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知"}, "2024",
                     id="title-year-with-a-count-before-its-noun"),
        pytest.param("3月8日下午，汉中市南郑区第十八届人民代表大会第三次会议胜利闭幕。会议期间，与会代表以无记名投票的方式从"
                     "汉中市南郑区2024年12个民生实事候选项目中票决产生了10个民生实事项目。汉中市南郑区2024年10个民生实事项目"
                     "具体如下\n一、教育基础设施提升项目\n新建南郑中学学生宿舍楼1栋，新增学位270个；", {}, "2024",
                     id="opening-year-with-a-count-before-its-noun"),
        # form: a plan that states its period in a line of its text (规划年限…2021-2025年): its goals are due at its end
        pytest.param("赣州市中心城区市政基础设施建设 “十四五”规划\n（2）规划年限\n规划年限按“十四五”规划期限，具体为"
                     "2021-2025年。\n二、策略与目标\n新建城市快速路54.1km。", {}, "2025", id="plan-period-stated-as-规划年限"),
        pytest.param("某县应急体系建设规划\n规划期限：2021—2025年。\n新建应急避难场所12处。", {}, "2025",
                     id="plan-period-stated-as-规划期限-hand-written"),
        # form: a plan carrying out the period's plan and that year's plan, both cited in its opening: its figures
        # no clause dates are the year's (held-out 宿迁 开发区 2023 plan)
        pytest.param("为持续改善环境空气质量,确保高质量完成市下达的“十四五”及年度目标任务,根据《宿迁市“十四五”生态环境保护规划》"
                     "《宿迁市 2023 年大气、水污染防治工作方案》要求,结合我区实际,制定本工作方案。\n一、工作目标\n"
                     "28个水质自动监测站点,除市考断面西民便河黄道口东水质监测站点按地表水III类考核外,其余27个水质自动监测站点"
                     "达到或好于IV类水体比例100%。", {}, "2023", id="the-years-plan-cited-beside-the-periods-plan"),
        pytest.param("根据《某县“十四五”教育发展规划》《某县2022年教育工作要点》，制定本方案。\n新建幼儿园3所。", {}, "2022",
                     id="the-years-plan-cited-beside-the-periods-plan-hand-written"),
    ],
)
def test_deadlines_from_every_scope(text: str, kw: dict, deadline: str) -> None:
    targets = found(text, **kw)[0]
    assert targets and {t.deadline for t in targets} == {deadline}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2月3日，记者从某县获悉，2023年，某县十件民生实事全部完成。\n新增停车位600个，改造农村公路120公里。",
                     id="opening-reporting-a-year-done-hand-written"),
        pytest.param("记者获悉，2024年，某县将新建学校3所；2025年，将新建学校5所。\n新增停车位600个。",
                     id="opening-naming-two-years-hand-written"),
        pytest.param("记者获悉，2023年，某县将民生实事作为头号工程。\n全年新增停车位600个。",
                     id="将-marking-an-object-announces-nothing-hand-written"),
    ],
)
def test_an_opening_that_announces_no_one_year_frames_nothing_hand_written(text: str) -> None:
    assert found(text)[0][-1].deadline is None


def test_a_base_year_or_words_over_lines_in_an_opening_name_no_annual_plan_hand_written() -> None:
    from policykg.extract.targets import _opening_annual_year

    assert _opening_annual_year("某会议今早开幕。\n规划提出20项主要指标 2035年人均GDP比2020年翻一番\n报告指出，今年目标如下。") is None
    assert _opening_annual_year("日前，某市政府印发2022年重点工作任务分工。") == 2022


def test_a_plan_named_in_passing_sets_no_horizon_hand_written() -> None:
    text = "做好“十四五”规划承上启下的各项工作。全乡新增农家乐10家。"
    assert [t.deadline for t in found(text)[0]] == [None]


def test_a_per_unit_level_to_reach_is_a_target_named_by_its_unit_hand_written() -> None:
    text = "到2025年，社区综合服务设施面积达到每百户40平方米以上。"
    (t,) = found(text, date="2022-06-01")[0]
    assert (t.indicator, t.kind, t.comparator) == ("每百户社区综合服务设施面积", "target", ">=")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，各区社区养老服务设施均不低于常住人口每千人40平方米，有条件的区力争达到常住人口每千人50平方米。",
                     [(40, ">=", "target", "2025"), (50, "=", "target", "2025")],
                     id="limit-word-before-a-population-and-its-per-head"),
        pytest.param("到2025年，人均体育场地面积不低于户籍人口每人2.6平方米。", [(2.6, ">=", "target", "2025")],
                     id="limit-word-before-a-population-hand-written"),
    ],
)
def test_a_level_per_head_of_a_population_to_reach_is_a_target(text: str, expected: list) -> None:
    assert [(t.value, t.comparator, t.kind, t.deadline) for t in found(text, date="2022-06-01")[0]] == expected


def test_the_count_of_recipients_each_given_an_amount_is_no_target_hand_written() -> None:
    (t,) = found("市财政尽快拨付2022年15个试点镇各500万元试点建设资金。", date="2022-03-01")[0]
    assert (t.value, t.unit, t.indicator) == (500, "万元", "试点建设资金")


def test_a_figure_restated_in_an_annex_is_one_target_with_the_body_deadline() -> None:
    text = "一、工作目标\n到2025年，完成既有多层住宅加装电梯700台。\n附件\n任务分解表\n完成既有多层住宅加装电梯700台"
    (t,) = found(text)[0]
    assert t.deadline == "2025"


# ---------------------------------------------------------------------------
# 9. Numbers broken by layout


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param("全年实施技改项目 1000 项以上。", 1000, "项", id="spaces-around-the-number"),
        pytest.param("全年实施技改项目 1000\n项以上。", 1000, "项", id="unit-after-a-line-break"),
        pytest.param("在规定期限内办结（5个工作日）。", 5, "个工作日", id="bracket-holding-the-limit"),
        pytest.param("（排放量或消纳量小于200立方米的项目）由属地监督管理。", 200, "立方米", id="bracket-defining-a-class"),
        pytest.param("对单体建筑（单体建筑面积超过2万平方米）实行重点监管。", 2, "万平方米",
                     id="bracket-class-hand-written"),
    ],
)
def test_numbers_broken_by_layout(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit) for t in found(text)[0]] == [(value, unit)]


def test_two_figures_a_pdf_spaced_apart_are_not_one_number_hand_written() -> None:
    # 2 4 年内: a range whose dash the PDF text lost; its figures never join into 24.
    assert 24 not in [t.value for t in found("固定资产投资在 300 万元以上的企业,2 4 年内缴纳的县级税收按比例返还。")[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("对存在严重违规行为（一个季度内被通报批评2次及以上，包括“超时作业”“未按路线行驶”）的企业，"
                     "取消其投标资格。", [(2, "次", ">=", "standard")], id="threshold-among-examples-hand-written"),
        # form: the threshold a time in Chinese numerals sets (一年及以上), as 1年及以上 does
        pytest.param("介绍劳动者到本市企业或个体工商户就业（签订一年及以上劳动合同且缴纳城镇职工社会保险）的，"
                     "给予职业介绍补贴。", [(1, "年", ">=", "standard")], id="threshold-of-a-time-in-chinese-numerals"),
        pytest.param("招用人员（签订两年及以上劳动合同）的企业，可申请补贴。", [(2, "年", ">=", "standard")],
                     id="threshold-of-two-years-in-chinese-numerals-hand-written"),
        pytest.param("对发生重大事故的单位（一年内发生事故致3人及以上死亡，或造成恶劣社会影响）依法从严处理。",
                     [(3, "人", ">=", "standard")], id="threshold-then-a-condition-without-one-hand-written"),
        pytest.param("推动三类仪器设备（财政资金购置的、用于科研活动的、单台价值在50万元及以上的）向社会开放。",
                     [], id="a-list-of-attributes-closed-by-的-is-no-rule-hand-written"),
        pytest.param("持证经营（近2年内连续经营，每年累计营业不少于8个月、停业不满半个月的不计；剩余使用年限不低于5年）"
                     "的园区纳入名录。", [(8, "个月", ">=", "standard"), (5, "年", ">=", "standard")],
                     id="thresholds-by-a-limit-word-among-conditions-hand-written"),
        # form: the limit word negated by 宜/能/可 (不宜低于, 不能少于), as by 得/应
        pytest.param("备案机构（专职人员不宜少于6名、场地面积不能低于200平方米；近3年无违规记录）"
                     "的名单予以公布。", [(6, "名", ">=", "standard"), (200, "平方米", ">=", "standard")],
                     id="thresholds-by-a-limit-word-negated-by-宜-or-能-hand-written"),
    ],
)
def test_a_threshold_that_defines_a_class_in_a_bracket_is_a_standard(text: str, expected: list) -> None:
    # The bracket defines the class by a threshold (N次及以上); its other items (examples) stay asides.
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: the least times a duty recurs in each year (全年不少于N次, 年内至少N次, 年度…N次以上) in a scored item:
        # a frequency duty (no yearly target: its period is the duty's), its duty in the clause before when its clause
        # has none
        pytest.param("6、组织开展辖区内打击非法添加和滥用食品添加剂等各项食品安全专项整治活动,全年不少于4次(8分);",
                     [("组织开展辖区内打击非法添加和滥用食品添加剂等各项食品安全专项整治活动", 4, None)],
                     id="全年不少于-count-after-the-duty-in-a-scored-item"),
        pytest.param("组织开展专项整治活动，全年不少于4次。", [("组织开展专项整治活动", 4, None)],
                     id="全年不少于-count-in-a-clause-of-its-own-hand-written"),
        pytest.param("年度定期召开会议研究食品安全工作4次以上。", [("年度定期召开会议研究食品安全工作", 4, None)],
                     id="年度-count-of-times-以上"),
        pytest.param("9.年内至少1次在辖区本级党报、广播电台、电视台等公布列入联合惩戒对象和黑名单管理企业,未完成的扣1分.",
                     [("在辖区本级党报、广播电台、电视台等公布列入联合惩戒对象和黑名单管理企业", 1, None)],
                     id="年内至少-count-before-the-duty"),
    ],
)
def test_the_least_times_a_duty_recurs_in_a_year_is_a_frequency_duty(text: str, expected: list) -> None:
    got = [t for t in found(text, title="2018年度食品安全工作考核细则", date="2018-03-01")[0] if t.unit == "次"]
    assert [(t.indicator, t.value, t.recurrence) for t in got] == expected
    assert {(t.comparator, t.kind) for t in got} == {(">=", "standard")}


@pytest.mark.parametrize(
    ("text", "name", "values"),
    [
        # form: the weights by which a scoring rule counts its parts in (分别按15%、25%…计入X): every share of the list,
        # one name (what is counted in, else what it is counted into), no yearly recurrence
        pytest.param("分4个报告期进行考核，分别按15%、25%、25%、35%计入各县区政府年度目标管理绩效考核相应指标分值。",
                     "各县区政府年度目标管理绩效考核相应指标分值权重", [15, 25, 25, 35], id="weights-listed-after-分别按"),
        pytest.param("半年和全年考核结果分别按40%、60%计入年度考核总分。", "半年和全年考核结果权重", [40, 60],
                     id="weights-of-parts-named-before-按-hand-written"),
    ],
)
def test_the_weights_of_a_score_are_one_standard_list(text: str, name: str, values: list) -> None:
    got = found(text, date="2023-03-01")[0]
    assert [(t.indicator, t.value, t.kind, t.recurrence) for t in got] == [(name, v, "standard", None) for v in values]


@pytest.mark.parametrize(
    "text",
    [
        # hand-written: 不得低于 in a plan's requirements is a rule's bound, as 不得超过 is
        pytest.param("某市2024年保障性住房建设工作方案\n一、工作要求\n新建住宅小区绿地率不得低于30%。项目资本金比例不得低于20%。",
                     id="不得低于-a-rule-in-a-plan"),
        pytest.param("某市2024年保障性住房建设工作方案\n一、工作要求\n新建住宅小区绿地率不得超过30%。", id="不得超过-a-rule-in-a-plan"),
    ],
)
def test_a_limit_word_negated_by_得_is_a_rule(text: str) -> None:
    got = found(text, date="2024-03-01")[0]
    assert got and {(t.kind, t.deadline) for t in got} == {("standard", None)}


def test_a_figure_in_a_note_is_named_without_the_notes_bracket() -> None:
    # form: a figure of a note in brackets after a goal (…502.73万亩（水浇地保有量不低于49.487万亩）)
    text = "二、考核目标\n全市耕地保有量不低于502.73万亩（水浇地保有量不低于49.487万亩），其中：\n"
    got = found(text, title="固原市2011年度耕地保护目标责任考核办法", date="2011-05-01")[0]
    assert [(t.indicator, t.value) for t in got] == [("全市耕地保有量", 502.73), ("水浇地保有量", 49.487)]


def test_a_fine_named_before_its_bound_is_a_standard_hand_written() -> None:
    # 罚款不超过一千元 and 罚款不得超过一千元: the bound of a fine a rule imposes, named before it
    assert figures("违反本规定的，处以罚款，罚款不超过一千元。") == [(1000, None, "元", "<=", "standard")]


# hand-written: a time limit in Chinese numerals reads as the Arabic form does
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param("新建园区正式运营一年内达到示范标准要求。", 1, "年", id="一年内-time-limit"),
        pytest.param("新建园区正式运营两年内达到示范标准要求。", 2, "年", id="两年内-time-limit"),
        pytest.param("新建园区正式运营2年内达到示范标准要求。", 2, "年", id="arabic-time-limit"),
        # form: half a time amount (半年内, 半个月内), as 一年内 is read
        pytest.param("介绍就业的劳动者须签订劳动合同之前半年内在就业企业无办理就业登记或缴纳社会保险记录。", 0.5, "年",
                     id="半年内-time-limit"),
        pytest.param("申请前半个月内提交材料。", 0.5, "个月", id="半个月内-time-limit-hand-written"),
        # form: an event's 后 and then 半年内 (within half a year after it), no 后半年 (a half of the year)
        pytest.param("企业应在项目竣工验收后半年内完成备案。", 0.5, "年", id="event-后-半年内-time-limit"),
        pytest.param("申请人应当在取得证书后半个月内办理登记手续。", 0.5, "个月", id="event-后-半个月内-time-limit"),
    ],
)
def test_a_time_limit_in_chinese_numerals(text: str, value: float, unit: str) -> None:
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found(text)[0]] == [(value, unit, "<=", "standard")]


@pytest.mark.parametrize(
    "text",
    [
        # hand-written: 上半年, 下半年, 后半年 name a half of the year, no amount of time
        pytest.param("各项目须在后半年内完成竣工验收。", id="后半年-a-half-of-the-year"),
        pytest.param("各项目须在下半年内完成竣工验收。", id="下半年-a-half-of-the-year"),
        pytest.param("各项目于后半年内完成竣工验收。", id="于-后半年-a-half-of-the-year-hand-written"),
    ],
)
def test_a_half_of_the_year_is_no_time_limit(text: str) -> None:
    assert found(text)[0] == []


# hand-written: a band whose bounds a note says are taken in (含) or left out (不含): two standards, one measure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("年销售额达500万元（含500万元）至2000万元（不含2000万元）的企业纳入培育库。",
                     [(500, ">="), (2000, "<")], id="含-low-不含-high"),
        pytest.param("当年出口额达30万美元（不含30万美元）至100万美元（含100万美元）的企业，按每1美元0.1元给予奖励。",
                     [(30, ">"), (100, "<=")], id="不含-low-含-high-in-a-grant-rule"),
    ],
)
def test_a_band_with_notes_on_its_bounds(text: str, expected: list) -> None:
    got = [t for t in found(text)[0] if t.unit.endswith("美元") or t.unit.endswith("万元")]
    assert [(t.value, t.comparator) for t in got] == expected
    assert all(t.kind == "standard" for t in got)
    assert got[0].indicator == got[1].indicator


def test_the_bounds_of_tiers_a_rate_applies_to_are_standards_hand_written() -> None:
    # 超额累进: the part of a sum in each tier takes its rate; each tier's bounds are the rule's, standards
    # although the sentence states the rate as a standard too
    text = ("服务费实行超额累进：合同金额在500万元以下部分按1.5%收取；合同金额在500万元至5000万元部分按1%收取；"
            "合同金额在5000万元以上部分按0.5%收取。")
    got = [(t.value, t.value_max, t.comparator, t.kind, t.indicator) for t in found(text)[0] if t.unit == "万元"]
    assert got == [(500, None, "<=", "standard", "合同金额"), (500, 5000, "=", "standard", "合同金额"),
                   (5000, None, ">=", "standard", "合同金额")]


@pytest.mark.parametrize(
    "text",
    [
        # form: a tier rule of a reward, the grant word in each tier's own clause
        pytest.param("引进的项目，按到位资金2000万元以下部分按2%比例给予奖励；到位资金在2000万元一2亿元部分按3%比例给予"
                     "奖励；到位资金2亿元以上部分按4%比例给予奖励。", id="grant-word-in-each-tier-hand-written"),
        # form: the later tiers open their clauses with their bounds, the measure named once before the first
        pytest.param("引进的项目，到位资金2000万元以下的部分，按2%给予奖励；2000万元至2亿元的部分，按3%给予奖励；"
                     "2亿元以上的部分，按4%给予奖励。", id="later-tiers-open-their-clauses-hand-written"),
    ],
)
def test_the_bounds_of_tiers_a_reward_rate_applies_to_are_standards(text: str) -> None:
    # each tier's bounds are the rule's standards, of the measure named before the first tier; the rates are granted
    targets, incentives = found(text)
    assert [(t.value, t.unit, t.comparator, t.kind, t.indicator) for t in targets] == [
        (2000, "万元", "<=", "standard", "到位资金"), (2000, "万元", ">=", "standard", "到位资金"),
        (2, "亿元", "<=", "standard", "到位资金"), (2, "亿元", ">=", "standard", "到位资金")]
    assert [i.amount for i in incentives] == [2, 3, 4]


def test_later_tiers_opening_their_clauses_with_their_bounds_are_standards_hand_written() -> None:
    # form: the measure named once, before the first tier; each later tier opens its clause after ； with its bound
    text = "代理费超额累进收取：合同金额500万元以下部分按1.5%收取；500万元至5000万元部分按1%收取；5000万元以上部分按0.5%收取。"
    got = [(t.value, t.value_max, t.comparator, t.kind, t.indicator) for t in found(text)[0] if t.unit == "万元"]
    assert got == [(500, None, "<=", "standard", "合同金额"), (500, 5000, "=", "standard", "合同金额"),
                   (5000, None, ">=", "standard", "合同金额")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: 现有 names a class by a bound, then a verb of phasing it out; the bound is a rule, no past state
        pytest.param("推动现有单机容量10万千瓦以下燃煤机组有序关停，到2025年清洁能源装机占比达到50%。",
                     [(10, "<=", "standard"), (50, "=", "target")], id="现有-class-then-关停-hand-written"),
        pytest.param("本市现有10万千瓦以下燃煤机组8台。", [], id="现有-inventory-stays-past-hand-written"),
    ],
)
def test_the_bound_of_an_existing_class_a_plan_phases_out_is_a_standard(text: str, expected: list) -> None:
    assert [(t.value, t.comparator, t.kind) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: a season's forecast opened by 预计, a copula before the figure and no verb of doing
        pytest.param("（一）防范时段\n1.主汛期（6月-8月）：预计全市降雨量为350.0~420.0毫米，较常年同期偏多1~3成。",
                     [], id="预计-with-a-copula-is-a-forecast-hand-written"),
        # form: a paragraph a forecast's source opens; its later sentences forecast too
        pytest.param("据市气象台预测：今年汛期气候形势复杂，降水总体偏多。主汛期有4至5次区域性强降雨过程，集中在7月。",
                     [], id="paragraph-opened-by-据-预测-hand-written"),
        # the same paragraph with a goal of the plan: a verb of doing keeps it
        pytest.param("据市气象台预测：今年汛期降水偏多。全年完成地质灾害隐患点治理12处。", [(12, "处")],
                     id="a-goal-after-a-forecast-stays-hand-written"),
        pytest.param("项目总投资3亿元。预计建成后可新增床位600张。", [(3, "亿元"), (600, "张")],
                     id="预计-before-a-verb-of-doing-stays-hand-written"),
    ],
)
def test_a_forecast_sets_no_target(text: str, expected: list) -> None:
    assert [(t.value, t.unit) for t in found(text, title="某县2023年度地质灾害防治方案")[0]] == expected


def test_a_bracket_of_asides_stays_an_aside() -> None:
    # Sizes of a list of named areas, and a breakdown: no rule, no target of their own.
    text = ("逐年推进嘉定老城特定区（3.92平方公里）、幸福片区与封浜片区（3.66平方公里）海绵城市建设达标评估。"
            "公园建设项目共计9个（嘉定新城5个、其他区域4个）。")
    assert [(t.value, t.unit) for t in found(text)[0]] == [(9, "个")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("（一）工业增加值增长7%左右。（市经信局负责）（二）进出口总额增长5%左右。（市商务局负责）\n",
                     id="owner-bracket-then-next-marker-hand-written"),
        pytest.param("1.工业增加值增长7%左右。（市经信局负责）2.进出口总额增长5%左右。\n",
                     id="owner-bracket-then-digit-marker-hand-written"),
    ],
)
def test_the_owner_bracket_of_the_item_before_is_no_part_of_the_next_indicator(text: str) -> None:
    # a 分工 notice writing items one after another on a line: the bracket closes the item before
    assert [t.indicator for t in found(text, date="2024-02-01")[0]] == ["工业增加值增长", "进出口总额增长"]


@pytest.mark.parametrize(
    ("text", "indicator", "kind"),
    [
        pytest.param("1.地区生产总值增长6%左右（牵头单位：市发改委；责任单位：各县区政府）\n", "地区生产总值增长", "target",
                     id="label-bracket-split-by-its-semicolon-hand-written"),
        pytest.param("3.建成标准厂房10万平方米（市工信局牵头，市财政局配合）。\n", "建成标准厂房", "target",
                     id="owner-bracket-split-by-its-comma-hand-written"),
    ],
)
def test_an_owner_bracket_after_a_figure_is_no_noun_of_it(text: str, indicator: str, kind: str) -> None:
    # a task list writes each item's owners in brackets right after its figure; the bracket's
    # ；/， ends the clause before it closes, yet it names no noun the figure counts
    (target,) = found(text, date="2024-02-01")[0]
    assert (target.indicator, target.kind) == (indicator, kind)


def test_a_cell_border_ends_the_clause_of_a_figure() -> None:
    # hand-written in the layout of a county task list: a figure in its task cell, a leader's
    # name and the owners in the cells after it
    text = ("| 序号 | 工作任务 | 责任领导 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 新建改建农村公路50公里 | 张三 | 县交通运输局 | 2024年12月底 |\n"
            "| 2 | 新增城镇就业2000人以上 | 李四 | 县人社局 | 2024年12月底 |\n")
    assert [(t.indicator, t.value) for t in found(text, date="2024-02-01")[0]] == [
        ("新建改建农村公路", 50), ("新增城镇就业", 2000)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某省：2028年欠发达县减至15个以下\n2025-01-08 10:30来源：某某新闻网\n"
                     "某省发展改革委副主任表示，该省将力争到2028年把欠发达县数量减少至15个以下。\n"
                     "据悉，该省将在2026年开展第二轮调整工作，力争到2028年将欠发达县数量减少至15个以下。",
                     id="news-headline-and-a-quote-restating-the-lead-hand-written"),
        pytest.param("某省：2028年欠发达县减至15个以下\n某某网1月8日电 某省发展改革委副主任表示，该省将力争到2028年把"
                     "欠发达县数量减少至15个以下。",
                     id="news-headline-run-into-its-dateline-hand-written"),
        pytest.param("城镇化率将达80%\n到2025年，某市的常住人口城镇化率将达80%。",
                     id="sub-heading-restated-by-its-paragraph-hand-written"),
        pytest.param("某省政府工作报告丨2025年某省地区生产总值预期增长5.5%左右\n\n2025年01月20日10:12 | 来源：某网\n"
                     "2025年，某省主要预期目标是：地区生产总值增长5.5%左右。",
                     id="news-headline-run-into-the-time-it-was-published-hand-written"),
        pytest.param("某省发文：投入12亿元支持某市科技创新走廊建设\n发布日期：2024-05-06\n"
                     "某省发文：投入12亿元支持某市科技创新走廊建设\n"
                     "二、加大资金投入。省级财政统筹投入12亿元，支持某市科技创新走廊建设。",
                     id="repost-headline-twice-restating-the-bodys-sentence-hand-written"),
        # form: a news headline of two parts, the figure before its comma, restated by the body's goals
        pytest.param("一般公共预算收入增长6%，某县谋划2024年发展新篇\n1月5日，某县第十八届人民代表大会第三次会议开幕。\n"
                     "2024年经济社会发展主要预期目标是：一般公共预算收入增长6%。",
                     id="news-headline-of-two-parts-hand-written"),
        # form: a rule a news page's lead states, restated as its sub-heading above the paragraph on it
        pytest.param("从泉州市医疗保障基金管理中心石狮管理部获悉,根据泉州市出台的《城乡居民基本医保政策一体化暂行规定》要求,"
                     "从2018年起,石狮市行政区划内现行的城镇居民基本医保及“新农合”将统一为城乡居民基本医疗保险,"
                     "大病患者最高可报销40万元。\n大病患者最高可报销40万元\n《通知》指出,2018年起,在一个医疗保险结算年度内,"
                     "按照本年度缴费标准缴费。",
                     id="news-sub-heading-restating-a-rule-of-the-lead"),
        pytest.param("据悉，从2024年起，某市城乡居民医保将统一实施，个人缴费标准为每人380元。\n个人缴费标准为每人380元\n"
                     "城乡居民参保缴费时间为每年9月至12月。", id="news-sub-heading-restating-a-rule-of-the-lead-hand-written"),
    ],
)
def test_a_commitment_restated_on_one_page_is_one_target(text: str) -> None:
    assert len(found(text)[0]) == 1


def test_the_rows_of_a_breakdown_stay_one_target_each() -> None:
    # The same words for each subject, no year of their own: one target per row.
    text = "甲镇：创建达标小区20个，其中30%的小区要创建示范小区。\n乙镇：创建达标小区15个，其中30%的小区要创建示范小区。"
    assert [t.value for t in found(text)[0]].count(30) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("稳步推进乡镇污水管网建设，按照2023年年底前完成40%、2024年年底前完成70%、2025年完成其余乡镇污水管网建设的要求推进。",
                     id="schedule-closed-by-完成其余-hand-written"),
        pytest.param("稳步推进乡镇污水管网建设，按照2023年年底前完成40%、2024年年底前完成70%的要求推进乡镇污水管网建设。",
                     id="schedule-then-the-work-it-drives-hand-written"),
    ],
)
def test_a_plans_schedule_under_按照_要求_gives_one_target_a_stage(text: str) -> None:
    targets = found(text)[0]
    assert [(t.value, t.deadline, t.indicator) for t in targets] == [
        (40, "2023", "乡镇污水管网建设完成比例"), (70, "2024", "乡镇污水管网建设完成比例")]


def test_a_figure_of_the_goal_a_clause_takes_as_its_basis_stays_out_hand_written() -> None:
    assert [t.value for t in found("根据省政府确定的全省地区生产总值增长6%的预期目标，建议全市增长7%。")[0]] == [7]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "二、为民办实事任务分解表\n| 序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
            "| 1 | 新建城北幼儿园，增加学位600个。 | 赵刚 | 县教育局、各乡镇 | 城北幼儿园已封顶，新增学位450个。 |\n"
            "| 2 | 完成8个村道路硬化。 | 孙丽 | 县交通运输局 | 完成5个村，占比62.5%。 |\n",
            id="pipe-rows-with-a-leading-border-hand-written"),
        pytest.param(
            "二、为民办实事任务分解表\n序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 完成情况 |\n"
            "1 | 新建城北幼儿园，增加学位600个。 | 赵刚 | 县教育局 各乡镇 | 城北幼儿园已封顶，新增学位450个。 |\n"
            "2 | 完成8个村道路硬化。 | 孙丽 | 县交通运输局 | 完成5个村，占比62.5%。 |\n",
            id="pipe-rows-without-a-leading-border-hand-written"),
        pytest.param(
            "类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管领导 | 1-9月份工作完成情况 | 监督电话 |\n"
            "一、教育 | 1.新建幼儿园 | 新建城北幼儿园，增加学位600个。 | 教育局 | 赵刚 | 新增学位450个。 | 电话1234567 |\n"
            "2.村道硬化 | 完成8个村道路硬化。 | 交通运输局 | 孙丽 | 完成5个村，占比62.5%。 | 电话1234567 |\n",
            id="pipe-row-under-a-merged-group-cell-hand-written"),
    ],
)
def test_the_figures_of_a_progress_column_are_no_targets(table: str) -> None:
    assert [(t.value, t.unit) for t in found(table)[0]] == [(600, "个"), (8, "个")]


def test_rows_one_a_line_whose_cells_lost_their_spaces_give_their_plan_figures_only_hand_written() -> None:
    table = ("2023年镇政府工作报告重点任务第三季度落实情况统计表\n序号 重点任务 责任单位 第三季度落实情况\n"
             "1 镇域生产总值增长5.5%左右。 镇经济发展办 镇域生产总值同比增长4.1%。\n"
             "2 粮食播种面积稳定在3万亩以上。 镇农业服务中心\n镇财政所\n粮食播种面积3.1万亩。\n"
             "3 新建村级养老服务站6个。 镇民政办 已建成4个。\n")
    assert [(t.indicator, t.value, t.comparator) for t in found(table)[0]] == [
        ("镇域生产总值增长", 5.5, "="), ("粮食播种面积", 3, ">="), ("新建村级养老服务站", 6, "=")]


# A quantified task table printed one row a line, its cells apart by spaces (国办函〔2016〕38号): each row's
# figures are targets of its own task, as those of the same rows with pipe cells.
_QUANTIFIED_HEAD = "关于印发量化指标任务分工的通知\n国务院有关部门:\n现将《2016年量化指标任务分工》印发给你们。\n" \
    "2016年《政府工作报告》量化指标任务分工\n"


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param("序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n"
                     "3 安排财政赤字2.18万亿元，赤字率提高到3% 财政部\n7 铁路投资8000亿元以上 发展改革委\n",
                     id="space-separated-rows"),
        pytest.param("| 序号 | 工作任务 | 牵头负责部门 |\n| 1 | 居民消费价格涨幅3%左右 | 发展改革委 |\n"
                     "| 2 | 城镇新增就业1000万人以上 | 人力资源社会保障部 |\n| 3 | 安排财政赤字2.18万亿元，赤字率提高到3% | 财政部 |\n"
                     "| 7 | 铁路投资8000亿元以上 | 发展改革委 |\n", id="the-same-rows-with-pipe-cells"),
        # hand-written in the same form, tabs between the cells
        pytest.param("序号\t工作任务\t牵头负责部门\n1\t居民消费价格涨幅3%左右\t发展改革委\n2\t城镇新增就业1000万人以上\t"
                     "人力资源社会保障部\n3\t安排财政赤字2.18万亿元，赤字率提高到3%\t财政部\n7\t铁路投资8000亿元以上\t发展改革委\n",
                     id="tab-separated-rows-hand-written"),
    ],
)
def test_the_rows_of_a_quantified_task_table_give_each_rows_own_figures(rows: str) -> None:
    got = [(r["indicator"], r["value"], r["unit"], r["comparator"], r["deadline"])
           for r in extract_text(_QUANTIFIED_HEAD + rows).dicts() if r["type"] == "target"]
    assert got == [("居民消费价格涨幅", 3, "%", "=", "2016"), ("城镇新增就业", 1000, "万人", ">=", "2016"),
                   ("安排财政赤字", 2.18, "万亿元", "=", "2016"), ("赤字率", 3, "%", "=", "2016"),
                   ("铁路投资", 8000, "亿元", ">=", "2016")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2007年,市区学前第四年幼儿入园率达到50%以上,县(市)达到30%以上;",
                     ["市区学前第四年幼儿入园率", "县（市）学前第四年幼儿入园率"],
                     id="place-with-its-kinds-in-brackets-names-a-later-item"),
        pytest.param("到2025年，郑州市公共交通分担率不低于50%，各县（市、区）不低于45%。",
                     ["郑州市公共交通分担率", "各县（市、区）公共交通分担率"],
                     id="collective-places-in-brackets-name-a-later-item-hand-written"),
    ],
)
def test_a_later_item_naming_only_its_places_measures_what_the_first_does(text: str, expected: list) -> None:
    assert [t.indicator for t in found(text)[0]] == expected


def test_a_change_alone_is_named_by_what_the_figure_before_it_measures_hand_written() -> None:
    # a chain of figures of one measure: the level, then its change from the base, then its rate
    text = "2028年全镇经济社会发展预期目标：全镇GDP达3.45亿元，比上年增加0.31亿元，增长9%；农民人均纯收入达15200元，增长8%。"
    assert [t.indicator for t in found(text)[0]] == [
        "全镇GDP", "全镇GDP比上年增加", "全镇GDP增长", "农民人均纯收入", "农民人均纯收入增长",
    ]


# ---------------------------------------------------------------------------
# A list of figures sharing one limit word and one unit written once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("二、主要目标\n细颗粒物、可吸入颗粒物平均浓度分别不高于25.5、42微克每立方米。",
                     [("细颗粒物平均浓度", 25.5, "微克每立方米", "<="), ("可吸入颗粒物平均浓度", 42, "微克每立方米", "<=")],
                     id="bare-figures-one-unit-at-the-end-a-leading-limit-hand-written"),
        pytest.param("二、主要目标\n新建和改造农村公路分别为120、80公里以上。",
                     [("新建和改造农村公路", 120, "公里", ">="), ("新建和改造农村公路", 80, "公里", ">=")],
                     id="bare-figures-one-unit-a-trailing-limit-hand-written"),
        pytest.param("二、主要目标\n确保蔬菜种植面积和产量稳定在56万亩、120万吨以上。",
                     [("蔬菜种植面积", 56, "万亩", ">="), ("产量", 120, "万吨", ">=")],
                     id="figures-joined-by-、-share-the-limit-and-pair-with-the-items-hand-written"),
        pytest.param("二、主要目标\n污水处理厂出水化学需氧量、总磷浓度分别不高于30、0.3毫克每升。",
                     [("污水处理厂出水化学需氧量浓度", 30, "毫克每升", "<="), ("总磷浓度", 0.3, "毫克每升", "<=")],
                     id="bare-figures-one-spoken-concentration-unit-hand-written"),
        pytest.param("1、5个乡镇完成改造。", [("乡镇完成改造", 5, "个", "=")], id="an-items-mark-is-no-bare-figure-hand-written"),
        # held-out air plan (贵港 2021): 分别 pairs two figures 和 joins, the limit word before the first
        pytest.param("二、主要目标\n可吸入颗粒物(PM10)和细颗粒物(PM2.5)平均浓度分别不高于53和32微克/立方米。",
                     [("可吸入颗粒物（PM10）平均浓度", 53, "微克/立方米", "<="),
                      ("细颗粒物（PM2.5）平均浓度", 32, "微克/立方米", "<=")],
                     id="bare-figure-then-和-after-分别"),
        pytest.param("二、主要目标\n化学需氧量、总磷浓度分别不高于30和0.3毫克每升。",
                     [("化学需氧量浓度", 30, "毫克每升", "<="), ("总磷浓度", 0.3, "毫克每升", "<=")],
                     id="bare-figure-then-和-after-分别-hand-written"),
    ],
)
def test_a_list_of_figures_shares_its_limit_word_and_unit(text: str, expected: list) -> None:
    got = found(text, date="2024-02-01")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in got] == expected


# ---------------------------------------------------------------------------
# Benefit and wage levels a notice sets: standards, named by the level (not by its old value),
# each tier apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("甲类地区月最低工资标准1650元，小时最低工资标准16元；乙类地区月最低工资标准1500元，小时最低工资标准14.5元。",
                     [("甲类地区月最低工资标准", 1650), ("甲类地区小时最低工资标准", 16),
                      ("乙类地区月最低工资标准", 1500), ("乙类地区小时最低工资标准", 14.5)],
                     id="bare-sum-after-the-levels-name-tier-carried-hand-written"),
        pytest.param("一类地区月最低工资标准1650元，小时最低工资标准16元；二类地区月最低工资标准1500元，小时最低工资标准14.5元。",
                     [("一类地区月最低工资标准", 1650), ("一类地区小时最低工资标准", 16),
                      ("二类地区月最低工资标准", 1500), ("二类地区小时最低工资标准", 14.5)],
                     id="tier-in-chinese-numerals-carried-onto-the-later-clause-hand-written"),
        pytest.param("调整后的月最低工资标准，甲类地区2100元、乙类地区2000元；小时最低工资标准，甲类地区21元、乙类地区20元。",
                     [("月最低工资标准（甲类地区）", 2100), ("月最低工资标准（乙类地区）", 2000),
                      ("小时最低工资标准（甲类地区）", 21), ("小时最低工资标准（乙类地区）", 20)],
                     id="amounts-listed-by-class-after-the-standards-noun-and-a-comma-hand-written"),
        pytest.param("门诊起付标准，一级医院100元、二级医院300元。",
                     [("门诊起付标准（一级医院）", 100), ("门诊起付标准（二级医院）", 300)],
                     id="amounts-listed-by-grade-of-body-after-the-standards-noun-hand-written"),
        pytest.param("城市特困人员救助供养平均标准为年人均9300元。", [("城市特困人员救助供养平均标准", 9300)],
                     id="标准为-then-the-unit-it-is-per-hand-written"),
        pytest.param("城区低保标准调整为人均月收入700元，甲县、乙县调整为人均月收入650元，丙县调整为人均月收入620元。",
                     [("城区低保标准", 700), ("城区低保标准（甲县、乙县）", 650), ("城区低保标准（丙县）", 620)],
                     id="noun-left-out-in-a-later-clause-hand-written"),
        pytest.param("自2021年1月1日起，城乡居民基础养老金最低标准由每人每月170元提高到180元，即每人每月提高10元。",
                     [("城乡居民基础养老金最低标准", 180), ("城乡居民基础养老金最低标准提高", 10)],
                     id="the-old-value-names-nothing-the-rise-restated-hand-written"),
        pytest.param("将基础养老金最低标准提高至每人每月120元（含省定最低标准），即在原每人每月110元的基础上增加10元。",
                     [("基础养老金最低标准", 120), ("基础养老金最低标准增加", 10)],
                     id="rise-after-the-base-and-a-bracket-naming-another-standard-hand-written"),
        pytest.param("全区基础养老金最低标准上半年由每人每月150元提高至每人每月160元，下半年由每人每月160元提高至每人每月165元。",
                     [("全区基础养老金最低标准上半年", 160), ("全区基础养老金最低标准（下半年）", 165)],
                     id="per-subject-after-提高至-is-no-part-of-the-name-hand-written"),
        pytest.param("停车收费标准拟按《某市停车收费管理办法》80%执行。", [("停车收费标准", 80)],
                     id="a-share-of-another-rules-rate-hand-written"),
        pytest.param("調整后，全日制小時最低工資標準依次為一類9.8元、二類9.2元、三類8.6元、四類8.0元；",
                     [("全日制小时最低工资标准（一类）", 9.8), ("全日制小时最低工资标准（二类）", 9.2),
                      ("全日制小时最低工资标准（三类）", 8.6), ("全日制小时最低工资标准（四类）", 8.0)],
                     id="tier-labels-glued-to-their-amounts-in-a-list-after-标准依次为"),
        pytest.param("將全日制用工月最低工資標準調整為一類1980元、二類1880元、三類1780元。",
                     [("全日制用工月最低工资标准（一类）", 1980), ("全日制用工月最低工资标准（二类）", 1880),
                      ("全日制用工月最低工资标准（三类）", 1780)],
                     id="tier-labels-glued-to-their-amounts-after-标准调整为"),
        pytest.param("护理补贴标准分别为一档300元、二档200元、三档100元。",
                     [("护理补贴标准（一档）", 300), ("护理补贴标准（二档）", 200), ("护理补贴标准（三档）", 100)],
                     id="tier-labels-glued-to-their-amounts-after-标准分别为-hand-written"),
        pytest.param("非全日制用工小时最低工资标准：一类地区15.5元；二类地区14元；三类地区12元。",
                     [("非全日制用工小时最低工资标准（一类地区）", 15.5), ("非全日制用工小时最低工资标准（二类地区）", 14),
                      ("非全日制用工小时最低工资标准（三类地区）", 12)],
                     id="amounts-listed-by-class-after-the-standards-noun-and-a-colon-items-apart-by-；"),
        # form: each class's amount after a per-head qualifier (一类地区每人每年500元), the standard set by 为 before the colon
        pytest.param("补助标准为：一类地区每人每年500元；二类地区每人每年400元。",
                     [("补助标准（一类地区）", 500), ("补助标准（二类地区）", 400)],
                     id="amounts-listed-by-class-with-a-per-head-qualifier"),
        pytest.param("补助标准为：一类地区500元；二类地区400元。",
                     [("补助标准（一类地区）", 500), ("补助标准（二类地区）", 400)],
                     id="amounts-listed-by-class-after-标准为-and-a-colon-hand-written"),
        # form: the levels of a standing rule's rate or fee by class, the items apart by ； after 分别为： (the rate's
        # name and the class, not the class alone)
        pytest.param("重大疾病政策范围内住院费，基本医保报销比例分别为：一级90%；二级80%；三级70%。",
                     [("基本医保报销比例（一级）", 90), ("基本医保报销比例（二级）", 80), ("基本医保报销比例（三级）", 70)],
                     id="rule-rates-listed-by-grade-after-比例分别为-and-a-colon"),
        pytest.param("重性精神病住院包干费用为：二级医院7000元/年。", [("重性精神病住院包干费用（二级医院）", 7000)],
                     id="rule-fee-for-a-grade-after-费用为-and-a-colon"),
        pytest.param("门诊报销比例为：一级医院80%；二级医院60%。",
                     [("门诊报销比例（一级医院）", 80), ("门诊报销比例（二级医院）", 60)],
                     id="rule-rates-listed-by-grade-after-比例为-hand-written"),
        pytest.param("將現行月最低工資標準由一類1620元、二類1520元、三類1420元、四類1320元，依次調整為1700元、1600元、1500元、1400元。",
                     [("现行月最低工资标准", 1700), ("现行月最低工资标准", 1600), ("现行月最低工资标准", 1500),
                      ("现行月最低工资标准", 1400)],
                     id="the-standard-changed-from-its-old-values-by-the-next-clauses-依次调整为"),
    ],
)
def test_levels_a_notice_sets_are_standards(text: str, expected: list) -> None:
    got = found(text, date="2021-03-01")[0]
    assert [(t.indicator, t.value) for t in got] == expected and {t.kind for t in got} == {"standard"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第十六条　生态环境违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全且有危害后果的，"
                     "上述期限延长至五年。", [(2, "年", "<="), (5, "年", "=")],
                     id="a-time-limit-in-chinese-numerals-extended-by-延长至"),
        pytest.param("第五条　公示期限延长至十个工作日。", [(10, "个工作日", "=")],
                     id="a-time-limit-in-chinese-numerals-extended-by-延长至-hand-written"),
        # form: a period a notice extends (有效期/期限延长至N年), in Chinese numerals or not: the rule's, no goal
        pytest.param("上述政策有效期延长至五年。", [(5, "年", "=")], id="a-period-of-force-a-notice-extends"),
        pytest.param("试点期限延长至三年，补贴期限延长至两年。", [(3, "年", "="), (2, "年", "=")],
                     id="periods-a-notice-extends-in-chinese-numerals"),
        pytest.param("公示期限延长至10个工作日。", [(10, "个工作日", "=")], id="a-period-a-notice-extends-in-digits"),
        pytest.param("一、自本通知发布之日起至2017年6月30日，单位及个人的住房公积金缴存基数原则上不超过本市统计部门公布的2015年度"
                     "全市在岗职工月平均工资的3倍（即20259元）；经济效益好的单位，缴存基数最高不得超过33765元。",
                     [(3, "倍", "<="), (20259, "元", "<="), (33765, "元", "<=")],
                     id="a-cap-on-a-multiple-of-a-dated-base-restated-as-its-amount-in-a-window-of-force"),
        pytest.param("职工缴存基数原则上不超过本市公布的2020年度职工月平均工资的3倍（即24000元）。",
                     [(3, "倍", "<="), (24000, "元", "<=")],
                     id="a-cap-on-a-multiple-restated-as-its-amount-hand-written"),
        pytest.param("停車全天24小時的按白天相應收費標準10小時收費。", [(10, "小时", "=")],
                     id="the-hours-a-fee-is-charged-for"),
    ],
)
def test_caps_and_time_limits_a_rule_sets(text: str, expected: list) -> None:
    got = found(text, date="2017-01-20")[0]
    assert [(t.value, t.unit, t.comparator) for t in got] == expected and {t.kind for t in got} == {"standard"} \
        and {t.deadline for t in got} == {None}


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        pytest.param("小时最低工资标准，一类地区21元、二类地区20元。", None, id="a-standing-rule-has-no-deadline-hand-written"),
        pytest.param("2023年小时最低工资标准，一类地区21元、二类地区20元。", "2023",
                     id="the-year-its-name-holds-dates-it-hand-written"),
    ],
)
def test_amounts_listed_by_class_after_a_standards_noun(text: str, deadline: str | None) -> None:
    got = found(text, date="2022-12-01")[0]
    assert [(t.indicator, t.value, t.kind, t.deadline) for t in got] == [
        ("小时最低工资标准（一类地区）", 21, "standard", deadline), ("小时最低工资标准（二类地区）", 20, "standard", deadline)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a benefit's parameters a notice sets: the rate it pays, the line it pays from, the cap it pays up to
        pytest.param("将城乡居民住院基金支付比例由55%调整为60%。", [("城乡居民住院基金支付比例", 60, "%", "=")],
                     id="a-rate-of-payment-set-by-调整为-hand-written"),
        pytest.param("门诊慢性病起付标准由800元降为600元。", [("门诊慢性病起付标准", 600, "元", "=")],
                     id="a-standard-lowered-by-降为-hand-written"),
        pytest.param("居民医保起付线由1200元降至1000元，封顶线提高到25万元。",
                     [("居民医保起付线", 1000, "元", "="), ("封顶线", 25, "万元", "=")],
                     id="the-line-and-the-cap-it-pays-by-hand-written"),
        pytest.param("住院报销比例调整为70%，门诊降为50%。",
                     [("住院报销比例", 70, "%", "="), ("住院报销比例（门诊）", 50, "%", "=")],
                     id="a-rate-carried-over-to-a-later-clause-hand-written"),
        pytest.param("重特大疾病患者最高可报销30万元。", [("重特大疾病患者最高可报销", 30, "万元", "<=")],
                     id="a-cap-before-the-verb-of-paying-hand-written"),
        pytest.param("2023年各级财政对居民医保补助不低于610元/人，个人缴费标准为每人350元。",
                     [("各级财政对居民医保补助", 610, "元/人", ">="), ("个人缴费标准", 350, "元", "=")],
                     id="a-grant-per-head-hand-written"),
        # the levels a change lists after its colon, the old ones listed before the verb left out
        pytest.param("将一级医院300元、二级医院600元、三级医院1200元，调整为：一级医院200元，二级医院400元，三级医院900元。",
                     [("一级医院", 200, "元", "="), ("二级医院", 400, "元", "="), ("三级医院", 900, "元", "=")],
                     id="old-levels-listed-before-调整为-hand-written"),
        pytest.param("一、调整住院起付标准\n将一级医院300元、二级医院600元，调整为：一级医院200元，二级医院400元。",
                     [("住院起付标准（一级医院）", 200, "元", "="), ("住院起付标准（二级医院）", 400, "元", "=")],
                     id="old-levels-under-a-heading-naming-the-standard-hand-written"),
        pytest.param("住院起付标准调整为：一级医院200元，二级医院400元。",
                     [("住院起付标准（一级医院）", 200, "元", "="), ("住院起付标准（二级医院）", 400, "元", "=")],
                     id="levels-listed-after-标准调整为-hand-written"),
        # a standard abolished states no figure; the next one set in the sentence does
        pytest.param("取消学生意外伤害门诊起付标准50元；住院起付标准由600元降为500元。",
                     [("住院起付标准", 500, "元", "=")], id="an-abolished-standard-hand-written"),
        # a standard set as a multiple or a share of a base, 按 or 按照 …执行
        pytest.param("特困人员基本生活标准按照当地城市低保标准的1.3倍执行。", [("特困人员基本生活标准", 1.3, "倍", "=")],
                     id="a-multiple-of-a-base-按照-执行-hand-written"),
        pytest.param("特困人员基本生活标准按当地城市低保标准的1.3倍执行。", [("特困人员基本生活标准", 1.3, "倍", "=")],
                     id="a-multiple-of-a-base-按-执行-hand-written"),
        pytest.param("护理补贴标准按上年度当地城市低保标准的30%执行。", [("护理补贴标准", 30, "%", "=")],
                     id="a-share-of-a-base-执行-hand-written"),
    ],
)
def test_benefit_parameters_a_rule_sets_are_standards(text: str, expected: list) -> None:
    got = found(text, date="2023-06-20")[0]
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in got] == expected
    assert {t.kind for t in got} == {"standard"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，政策范围内住院费用报销比例提高到75%。", (75, "=", "2025"), id="a-rate-raised-by-a-year-hand-written"),
        pytest.param("政策范围内住院费用报销比例提高到75%左右。", (75, "=", None), id="a-rate-raised-to-about-hand-written"),
        pytest.param("政策范围内住院费用报销比例提高到75%以上。", (75, ">=", None), id="a-rate-raised-to-at-least-hand-written"),
        pytest.param("到2025年，基本医疗保险参保率提高到95%。", (95, "=", "2025"), id="an-outcome-raised-hand-written"),
        pytest.param("将主要目标调整为：地区生产总值增长6%。", (6, "=", None), id="a-plans-goals-after-调整为-hand-written"),
        pytest.param("2023年再取消30项行政许可事项。", (30, "=", "2023"), id="a-count-of-what-is-abolished-hand-written"),
        pytest.param("全市蔬菜生产基地标准化率提高到80%。", (80, "=", None), id="a-rate-of-standardising-raised-hand-written"),
    ],
)
def test_levels_a_plan_raises_stay_targets(text: str, expected: tuple) -> None:
    (t,) = found(text, date="2023-06-20")[0]
    assert (t.value, t.comparator, t.deadline, t.kind) == (*expected, "target")


def test_the_levels_a_colon_head_lists_are_standards_hand_written() -> None:
    text = ("根据有关规定，调整全市最低工资标准。现将调整后的最低工资标准通知如下：\n"
            "一类地区：1800元/月（小时最低工资：18元）；\n二类地区：1700元/月（小时最低工资：17元）。\n"
            "以上标准自2022年1月1日起执行。")
    got = found(text, date="2021-12-01")[0]
    assert [(t.value, t.unit, t.kind) for t in got] == [
        (1800, "元/月", "standard"), (18, "元", "standard"), (1700, "元/月", "standard"), (17, "元", "standard")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("分散供养人员基本生活补助标准为800元/月∙人。", "元/月∙人", id="per-month-dot-person-hand-written"),
        pytest.param("重度残疾人护理补贴标准为90元/月/人。", "元/月/人", id="per-month-slash-person-hand-written"),
        pytest.param("困难残疾人生活补贴标准为90元/人·月。", "元/人·月", id="per-person-dot-month-hand-written"),
    ],
)
def test_a_rate_per_two_things_keeps_its_figure(text: str, unit: str) -> None:
    assert [(t.unit, t.kind) for t in found(text)[0]] == [(unit, "standard")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out air and water plan (宿迁 开发区 2023): a mass per month on each square kilometre, after a 分别 list
        pytest.param("2023年，氮氧化物、VOCs排放量较2022年分别削减4%、5%以上,年平均降尘量不高于3吨/月•平方公里。",
                     [(4, "%", ">="), (5, "%", ">="), (3, "吨/月•平方公里", "<=")],
                     id="rate-per-month-and-area-after-a-分别-list"),
        pytest.param("到2025年，年均降尘量控制在2.5吨/月·平方千米以内。", [(2.5, "吨/月·平方千米", "<=")],
                     id="rate-per-month-and-area-hand-written"),
    ],
)
def test_a_rate_per_time_and_area_keeps_its_unit_a_target(text: str, expected: list) -> None:
    got = found(text)[0]
    assert [(t.value, t.unit, t.comparator) for t in got] == expected
    assert all(t.kind == "target" and t.recurrence is None for t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("由县林业局依据《某省森林防火条例》第三十条规定对个人处以300元以上1000元以下罚款。",
                     [(300, "元", ">=", "罚款（个人）"), (1000, "元", "<=", "罚款（个人）")],
                     id="fine-in-the-clause-citing-the-law-hand-written"),
        pytest.param("责令停止违法行为，给予警告，对单位并处五千元以上两万元以下罚款。",
                     [(5000, "元", ">=", "罚款（单位）"), (2, "万元", "<=", "罚款（单位）")], id="fine-after-给予警告-hand-written"),
        pytest.param("由县生态环境局责令改正，并处一倍以上三倍以下罚款。", [(1, "倍", ">=", "罚款"), (3, "倍", "<=", "罚款")],
                     id="multiples-from-一倍-hand-written"),
    ],
)
def test_fines_are_standards_with_both_bounds(text: str, expected: list) -> None:
    targets, incentives = found(text)
    assert [(t.value, t.unit, t.comparator, t.indicator) for t in targets] == expected
    assert {t.kind for t in targets} == {"standard"} and not incentives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("二、禁火区域：全镇林地及距林地边缘200米范围内。", ("林地边缘距离", 200, "<="),
                     id="distance-zone-范围内-hand-written"),
        pytest.param("严禁在河道两侧50米以内倾倒垃圾。", ("河道两侧距离", 50, "<="), id="distance-zone-以内-hand-written"),
    ],
)
def test_a_zone_within_a_distance_is_a_bounded_standard(text: str, expected: tuple) -> None:
    got = found(text, date="2024-03-01")[0]
    assert [(t.indicator, t.value, t.comparator, t.kind, t.deadline) for t in got] == [(*expected, "standard", None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("拟征收土地位于某镇甲村2组、4组，乙社区1组范围内。", id="villagers-groups-are-an-address-hand-written"),
        pytest.param("关于调整甲江、乙江、丙江等3个流域禁渔期制度的通告", id="a-count-of-the-items-it-lists-hand-written"),
        pytest.param("一类地区（9个县区）：甲区、乙区、丙县、丁县。", id="a-tiers-count-of-the-list-after-it-hand-written"),
        pytest.param("我市最低工资标准按省定的二类标准执行。", id="a-class-of-standard-in-chinese-numerals-hand-written"),
        pytest.param("咨询服务热线：400-600-1234\n24小时值班电话：12345。", id="telephone-number-hand-written"),
        pytest.param("检查内容：1.120项年度重点工作完成情况；2.15项实事工程进展情况。",
                     id="an-items-marker-glued-to-its-count-hand-written"),
        pytest.param("县政府常务会议纪要（精选3篇）\n", id="a-sites-count-of-pieces-hand-written"),
    ],
)
def test_identifiers_and_counts_of_the_documents_own_lists_are_no_targets(text: str) -> None:
    assert found(text, date="2024-03-01")[0] == []


def test_the_day_a_notice_is_posted_dates_no_standing_rule_hand_written() -> None:
    text = "本公告于2024年5月10日在各村公示栏张贴，公告时间为10个工作日。"
    assert [(t.value, t.kind, t.deadline) for t in found(text)[0]] == [(10, "standard", None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全面执行新标准，农村自来水普及率提高到95%。", id="a-standard-only-named-before-hand-written"),
        pytest.param("城区低保标准调整为每人每月700元，城镇化率提高到70%。", id="a-measure-of-its-own-after-a-standard-hand-written"),
    ],
)
def test_a_later_clause_with_its_own_measure_carries_no_standard(text: str) -> None:
    assert [(t.value, t.kind) for t in found(text, date="2021-01-01")[0] if t.unit == "%"] == [(_last_share(text), "target")]


def _last_share(text: str) -> float:
    return float(text[:text.rfind("%")].rsplit("到", 1)[1])


# ---------------------------------------------------------------------------
# Scoring schemes, grant lists, yearly measures and page chrome


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("考核实行百分制，总得分≥90分为优秀，总得分≥75分为良好。", id="a-grade-band-of-a-score-hand-written"),
        pytest.param("信息公开率低于85%的为0分。", id="a-rate-below-which-no-points-are-given-hand-written"),
        pytest.param("满意度得分80分以上的为合格。", id="a-score-band-with-its-limit-word-after-hand-written"),
    ],
)
def test_the_bands_of_a_scoring_rule_are_standards(text: str) -> None:
    got = found(text)[0]
    assert got and all(t.kind == "standard" for t in got)


def test_a_figure_reached_is_still_a_target_hand_written() -> None:
    assert [(t.value, t.kind) for t in found("到2025年，群众满意度得分达到90分以上。")[0]] == [(90, "target")]


def test_a_count_of_times_in_the_whole_year_is_this_years_target_hand_written() -> None:
    # 全年 in a yearly plan is this year (dev 16 codes 全年培训不少于5场 a target), not 每年; in rules nothing
    # dates it is a frequency duty (test_全年_times_of_a_duty)
    text = "2019年河长制工作要点\n对各镇河长制工作全年检查4次。"
    assert [(t.value, t.unit, t.kind) for t in found(text)[0]] == [(4, "次", "target")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("到2025年，建成农村污水处理设施100个，确保长期有效运行。", id="kept-running-hand-written"),
        pytest.param("乡镇垃圾分类覆盖率达到100%，建立长效机制并长期执行。", id="a-mechanism-kept-hand-written"),
        pytest.param("到2025年贴息比例提高至50%，长期执行。", id="a-year-named-hand-written"),
    ],
)
def test_a_result_to_be_kept_is_no_standing_rule(text: str) -> None:
    assert [t.kind for t in found(text)[0]] == ["target"]


def test_a_limit_word_before_the_first_figure_of_a_list_bounds_every_one_hand_written() -> None:
    text = "对新认定的国家级、省级技术中心，分别奖励最高不超过80万元、30万元。"
    assert [(t.value, t.comparator) for t in found(text)[0]] == [(80, "<="), (30, "<=")]


def test_thresholds_listed_in_one_unit_keep_the_first_ones_limit_hand_written() -> None:
    text = "对年营业收入首次突破500万元、1000万元、1亿元的企业，分别给予10万元、20万元、50万元奖励。"
    assert [(t.value, t.unit, t.comparator) for t in found(text)[0]] == [(500, "万元", ">"), (1000, "万元", ">"),
                                                                          (1, "亿元", ">")]


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        pytest.param("对个体工商户年应纳税所得额不超过100万元的部分，减半征收个人所得税。", None,
                     id="a-bound-on-a-yearly-measure-sets-whom-a-rule-holds-for-hand-written"),
        pytest.param("到2027年，全市科研成果转化年总金额达到10亿元。", "annual", id="a-yearly-flow-to-reach-hand-written"),
        pytest.param("农村低保年标准由5000元调整为5400元。", "annual", id="a-yearly-rate-a-standard-sets-hand-written"),
        # form: the plan of one year (年度计划投资, 年度投资计划): its figure is due in that year, nothing done each year
        pytest.param("2023年县级重点项目共530项，总投资2944.74亿元，年度计划投资561.86亿元。", None, id="a-years-plan-figure"),
        pytest.param("2024年我市共安排市重点项目183个，总投资2047.8亿元，年度投资计划344.6亿元。", None,
                     id="a-years-investment-plan"),
        pytest.param("重大项目实现年度投资500亿元以上。", "annual", id="a-yearly-investment-stays-annual-hand-written"),
    ],
)
def test_a_year_naming_a_yearly_measure(text: str, recurrence: str | None) -> None:
    got = [t for t in found(text)[0] if t.unit in ("万元", "亿元", "元")]
    assert [t.recurrence for t in got][-1:] == [recurrence]


def test_a_reader_counter_of_a_page_is_no_target_hand_written() -> None:
    text = "来源：法律网编辑整理 · 2020-06-01 · 3106人看过\n到2025年，培训基层调解员500人。"
    assert [(t.value, t.unit) for t in found(text)[0]] == [(500, "人")]


def test_tools_counted_by_把_are_counted_hand_written() -> None:
    text = "各社区储备防汛物资：编织袋2000条、铁锹40把。"
    assert [(t.value, t.unit) for t in found(text)[0]] == [(2000, "条"), (40, "把")]


def test_a_page_stamp_after_the_plan_year_marks_none_of_its_figures_past_hand_written() -> None:
    from policykg.extract.targets import target_fields

    text = normalise("时间：2023-05-12 09:30:11\n\n镇重点工作安排\n\n一是2022年计划投资800万元新建道路12公里。").text
    stamped = target_fields(text, title=None, date="2023", published=True)[0]
    own = target_fields(text, title=None, date="2023")[0]
    assert [(t["value"], t["deadline"]) for t in stamped] == [(800, "2022"), (12, "2022")]
    assert own == []  # a date of the document's own: 2022 is a year before it


# ---------------------------------------------------------------------------
# Grant conditions past a comma, standing rules, a notice's own list, counts of what is made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("对建设投资额3000万元以上，建成投产并经主管部门验收合格的，分别给予20万元奖励。",
                     [(3000, "万元", ">=", "建设投资额")], id="threshold-before-the-comma-of-a-condition-hand-written"),
        pytest.param("对通过市级认定的科技企业，年营业收入首次突破500万元、800万元的，分别给予5万元、8万元奖励。",
                     [(500, "万元", ">", "年营业收入"), (800, "万元", ">", "年营业收入")],
                     id="thresholds-in-a-condition-clause-after-the-recipient-hand-written"),
    ],
)
def test_a_grant_condition_runs_to_the_de_before_the_grant(text: str, expected: list) -> None:
    targets, incentives = found(text)
    assert [(t.value, t.unit, t.comparator, t.indicator) for t in targets if t.kind == "standard"] == expected
    assert all(i.amount not in {t.value for t in targets} for i in incentives)


def test_a_figure_its_sentence_calls_standing_has_no_deadline_hand_written() -> None:
    targets = found("上述优惠政策执行至2026年底。小微企业贷款贴息比例提高至50%，作为制度性安排长期实施。")[0]
    assert [(t.value, t.kind, t.deadline) for t in targets] == [(50, "standard", None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("经各地推荐、专家评审，确定了20个省级服务业集聚示范区，现予公布。", id="count-of-the-list-a-notice-publishes-hand-written"),
        pytest.param("4个开发区考核年度招商引资完成率，即实际到位资金与任务数的比值。", id="count-of-those-assessed-hand-written"),
    ],
)
def test_counts_that_are_no_target(text: str) -> None:
    assert found(text)[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("各村要组织好30人的应急救援队伍。", [(30, "人", "target")], id="count-a-verb-of-making-ends-on-hand-written"),
        pytest.param("2024年计划申报并打造5个以上的“美丽庭院”示范村。", [(5, "个", "target")], id="bounded-count-after-a-verb-of-making-hand-written"),
        pytest.param("计划举办展区面积超2万平方米的农产品博览会。", [(2, "万平方米", "target")],
                     id="size-of-what-the-clause-makes-hand-written"),
        pytest.param("推进占地120亩的物流园三期项目，争取早日投产。", [], id="plain-size-of-a-named-site-hand-written"),
        pytest.param("街道新增救护车一辆。", [(1, "辆", "target")], id="one-counted-after-the-noun-made-hand-written"),
        pytest.param("依申请公开的信息自受理之日起15个工作日内予以答复，逾期答复的每例扣1分。",
                     [(15, "个工作日", "standard"), (1, "分", "standard")], id="time-limit-beside-a-deduction-hand-written"),
    ],
)
def test_counts_and_sizes_of_what_is_made(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.kind) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("收费标准\n1.不足30分钟（含）的，免费；\n2.超过30分钟不足8小时（含）的，5元/辆.次；\n"
                     "3.8小时以上至24小时（含）的，10元/辆.次。", 8.0, id="third-item-after-the-second-hand-written"),
        pytest.param("办理要求\n1.5小时内完成登记；\n2.当日办结。", 5.0, id="first-item-before-the-second-hand-written"),
    ],
)
def test_an_items_number_glued_to_the_figure_opening_it(text: str, expected: float) -> None:
    """2.…；|3.8小时以上: the item's number, then the figure (no 3.8 hours)."""
    values = [t.value for t in found(text)[0] if t.unit == "小时"]
    assert expected in values and not any(v % 1 for v in values)


def test_a_decimal_opening_a_line_of_no_list_stays_whole_hand_written() -> None:
    assert [t.value for t in found("工作要求\n1.5小时以内完成处置。")[0]] == [1.5]


def test_a_level_kept_names_the_standard_without_its_verb_hand_written() -> None:
    got = found("2.城市特困人员基本生活标准继续执行每人每月1200元；", date="2023-06-01")[0]
    assert [(t.indicator, t.kind) for t in got] == [("城市特困人员基本生活标准", "standard")]


def test_figures_of_a_respectively_rule_share_its_kind_hand_written() -> None:
    got = found("甲、乙类对象分别按保障标准的40%、25%增发补助金。", date="2023-06-01")[0]
    assert [(t.value, t.kind, t.deadline) for t in got] == [(40, "standard", None), (25, "standard", None)]


def test_a_respectively_list_of_short_parallel_words_names_each_figure_hand_written() -> None:
    got = found("4.城乡特困人员一档、二档、三档护理补贴标准继续执行每人每月300元、200元、100元；", date="2023-06-01")[0]
    assert [(t.indicator, t.value) for t in got] == [
        ("一档护理补贴标准", 300), ("二档护理补贴标准", 200), ("三档护理补贴标准", 100)]


# ---------------------------------------------------------------------------
# Prices with units in Latin letters, bounds a note takes in, counts acted on, status counts, horizons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("（二）第二级，年用气量≤350m3，气费为2.85元/m3（其中，管输费0.30元/m3）。",
                     [(350, "m3", "<=", "standard"), (2.85, "元/m3", "=", "standard"), (0.3, "元/m3", "=", "standard")],
                     id="tier-bound-and-price-per-m3-hand-written"),
        pytest.param("第二档，年用水量181-260m3，水费为3.75元/m3。", [(181, "m3", "=", "standard"), (3.75, "元/m3", "=", "standard")],
                     id="tier-range-and-price-hand-written"),
        pytest.param("居民生活用电价格为0.56元/kWh。", [(0.56, "元/kWh", "=", "standard")],
                     id="price-per-kWh-hand-written"),
        pytest.param("现孤儿基本生活费标准为1200元/月/人。", [(1200, "元/月/人", "=", "standard")],
                     id="fee-per-month-per-person-hand-written"),
    ],
)
def test_prices_with_compound_or_latin_units_are_standards(text: str, expected: list) -> None:
    got = found(text, date="2023-06-01")[0]
    assert [(t.value, t.unit, t.comparator, t.kind) for t in got] == expected
    assert all(t.deadline is None and t.recurrence is None for t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("临时停放不足1小时（含）的，免费。", [(1, "<=")], id="不足-with-含-note-hand-written"),
        pytest.param("日处理量超过50吨（含）的，按月报送。", [(50, ">=")], id="超过-with-含-note-hand-written"),
        pytest.param("全年清运湿垃圾高于300吨（含餐厨垃圾）。", [(300, ">")], id="含-note-naming-more-is-no-bound-hand-written"),
        pytest.param("聘用人员达到员工总数10%（超过200人的单位为5%）的，给予补贴。", [(10, "="), (5, "=")],
                     id="bound-of-a-bracket-condition-stays-there-hand-written"),
    ],
)
def test_notes_and_conditions_that_change_a_bound(text: str, expected: list) -> None:
    got = [(t.value, t.comparator) for t in found(text)[0] if t.unit != "人"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2021年，对30万农村劳动力开展职业技能培训。", [(30, "万", "target")], id="bare-万-after-对-hand-written"),
        pytest.param("2021年，巩固提升60万农村人口饮水安全水平。", [(60, "万", "target")], id="bare-万-after-a-verb-hand-written"),
        pytest.param("2021年，为全县3万名60-70岁老人免费体检。", [(3, "万名", "target")], id="count-before-an-age-band-hand-written"),
        pytest.param("2021年，解决山区2万人的出行难问题。", [(2, "万人", "target")], id="count-的-problem-hand-written"),
        pytest.param("2021年，将符合条件的残疾儿童100%纳入救助范围。", [(100, "%", "target")], id="share-将-then-verb-hand-written"),
    ],
)
def test_counts_of_what_a_plan_acts_on_are_targets(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.kind) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("受征地拆迁等因素影响，全县有12个项目尚未开工。", id="有-count-尚未-hand-written"),
        pytest.param("2022年，全县重点指标中，有3项没有完成年度目标任务。", id="有-count-没有完成-hand-written"),
        pytest.param("市政府对各县人民政府和6个市级行业主管部门实施年度考核。", id="count-of-bodies-in-a-list-of-bodies-hand-written"),
        pytest.param("2023年工作要点\n上半年增速8.1%，二季度绝对数12000元。", id="quarter-progress-figures-hand-written"),
    ],
)
def test_status_counts_and_counts_of_who_are_no_targets(text: str) -> None:
    assert found(text, date="2022-08-01")[0] == []


def test_a_horizon_inside_a_sentence_dates_no_later_sentence_hand_written() -> None:
    text = "纲要提出主要指标，为到2035年基本实现现代化打好基础。民生方面，提出城镇新增就业年均100万人以上。"
    got = found(text, date="2026-03-05")[0]
    assert [(t.value, t.deadline) for t in got] == [(100, None)]


def test_a_horizon_opening_a_sentence_frames_the_sentences_after_it_hand_written() -> None:
    text = "力争到2030年，全县基本建成生态县。新增造林面积5万亩，森林覆盖率达到45%。"
    assert [(t.value, t.deadline) for t in found(text, date="2026-03-05")[0]] == [(5, "2030"), (45, "2030")]


def test_a_base_year_a_standard_is_raised_from_is_no_year_of_it_hand_written() -> None:
    text = "2021年标准为每人每月500元，2022年在2021年的基础上提高50元，现在基本生活费标准为550元/月/人。"
    got = [(t.value, t.indicator, t.kind) for t in found(text, date="2022-05-01")[0] if t.value == 550]
    assert got == [(550, "基本生活费标准", "standard")]


# ---------------------------------------------------------------------------
# Rules, scores and results that read like targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: a quote that ends on its figure (…达到80岁左右”), the figure's noun before it
        pytest.param("他表示：“将围绕基本建成健康强省的总体目标持续发力，久久为功，力争到2030年全省居民人均预期寿命达到81岁左右”。",
                     [(81, None, "岁", "=", "target")], id="figure-closing-a-quote-hand-written"),
        # form: a modal of obligation before 达到 and a minimum, what a rule requires of each act
        pytest.param("2.每次巡查时间需要达到30分钟以上，巡查里程应达到2公里以上。",
                     [(30, None, "分钟", ">=", "standard"), (2, None, "公里", ">=", "standard")],
                     id="minimum-a-rule-requires-hand-written"),
        # form: the adjustment an assessment rule makes to a score, capped
        pytest.param("固定资产投资增速对考核得分加减不超过4个百分点，各项指标加减均不超过2个百分点。",
                     [(4, None, "个百分点", "<=", "standard"), (2, None, "个百分点", "<=", "standard")],
                     id="capped-score-adjustment-hand-written"),
        # form: the amounts a grant's colon head lists on its line, a level per class of recipient
        pytest.param("危房改造政府补助为：1.低保户重建户均3万元；维修户均0.8万元。2.一般农户重建户均1.5万元。",
                     [(3, None, "万元", "=", "standard"), (0.8, None, "万元", "=", "standard"),
                      (1.5, None, "万元", "=", "standard")], id="amounts-a-grant-head-lists-hand-written"),
        # form: no points are what a scoring rule gives a failure, its outcome and no figure to reach
        pytest.param("每项工作完成计2分，没有完成计0分。", [(2, None, "分", "=", "standard")],
                     id="zero-points-of-a-scoring-rule-hand-written"),
    ],
)
def test_rules_read_as_standards_and_outcomes_left_out(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_a_minimum_a_dated_phase_requires_stays_its_target_hand_written() -> None:
    text = "第二阶段：2026年，为全面提升阶段。各地标准化卫生室占比应达到60%以上。"
    assert [(t.value, t.kind, t.deadline) for t in found(text)[0]] == [(60, "target", "2026")]


@pytest.mark.parametrize(
    "text",
    [
        # form: a verb done (了) reports the whole sentence, its clauses before and after it
        pytest.param("我们在全省选定了40个试点村，覆盖农户2600户。", id="了-carries-over-later-clauses-hand-written"),
        pytest.param("全年向各县交办问题线索38条、督办信访件5件，有效推动了问题整改。",
                     id="了-in-a-closing-clause-hand-written"),
    ],
)
def test_a_sentence_with_a_verb_done_reports_results(text: str) -> None:
    assert found(text, date="2021-12-20")[0] == []


def test_a_verb_done_in_a_sentence_that_looks_ahead_leaves_its_targets_hand_written() -> None:
    text = "我们完成了前期调查，力争到2025年新建污水管网120公里。"
    assert [(t.value, t.kind) for t in found(text, date="2021-12-20")[0]] == [(120, "target")]


def test_a_level_defined_across_a_line_cut_after_its_joiner_hand_written() -> None:
    # form: a level's heading, then its definition cut after 或 where the page or excerpt ends: the short cut line
    # is no heading that closes the level's section
    text = "1.2.3 较大险情（Ⅲ级）\n受威胁需转移人数在200人以上、800人以下或"
    assert [(v, c, k) for v, _, _, c, k in figures(text)] == [(200, ">=", "standard"), (800, "<=", "standard")]


def test_全年_against_a_half_of_the_year_is_this_years_total_hand_written() -> None:
    text = "2023年上半年工作总结\n下半年，争取全年粮食产量稳定在12万吨以上。"
    assert [(t.value, t.recurrence) for t in found(text)[0]] == [(12, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form: 全年 and a duty's count of times in rules nothing dates: a frequency duty, not a yearly target
        pytest.param("（二）考核方式\n日常巡查考核。全年抽查6次，每次随机抽取2个河段。", (6, "standard", None),
                     id="全年-times-in-standing-rules-hand-written"),
        pytest.param("2024年工作要点\n全年开展联合督查6次。", (6, "target", "annual"), id="全年-times-in-a-years-plan-hand-written"),
    ],
)
def test_全年_times_of_a_duty(text: str, expected: tuple) -> None:
    assert [(t.value, t.kind, t.recurrence) for t in found(text)[0] if t.unit == "次"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # hand-written: a done verb (了) in one clause of a rule or a plan's sentence reports nothing of its others
        pytest.param("申请人提交了完整材料，受理部门应在5个工作日内办结。", id="a-rule-after-a-done-verb"),
        pytest.param("本办法明确了各部门职责，每年考核不少于2次。", id="a-frequency-after-a-done-verb"),
        pytest.param("各地在巩固了现有成果的基础上，新建公园10个。", id="a-base-built-on"),
    ],
)
def test_a_done_verb_in_another_clause_keeps_a_rules_figures_hand_written(text: str) -> None:
    assert found(text, date="2024-01-01")[0] != []


# ---------------------------------------------------------------------------
# Standing limits of a rule: a catalogue's gloss, a limit a body may lend or buy up to, old values of a change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("一、设备类\n\n复印机\n\n指单台或批量金额在5000元以上\n", [(5000, "元", ">=", "standard", None)],
                     id="gloss-line-under-a-catalogue-item-hand-written"),
        pytest.param("二、个人住房公积金贷款最高额度由60万元调整为70万元。", [(70, "万元", "=", "standard", None)],
                     id="a-lending-limit-changed-hand-written"),
        pytest.param("职工住房公积金缴存比例下限：6%", [(6, "%", ">=", "standard", None)],
                     id="a-limit-named-by-its-label-hand-written"),
        pytest.param("职工住房公积金缴存比例上限：12%", [(12, "%", "<=", "standard", None)],
                     id="an-upper-limit-named-by-its-label-hand-written"),
        pytest.param("分散采购限额从5万元或10万元统一提高到20万元。", [(20, "万元", "=", "standard", None)],
                     id="old-values-listed-before-the-change-hand-written"),
        pytest.param("自明年起，政府采购公开招标数额标准由50万元提高到货物类80万元，工程类150万元。",
                     [(80, "万元", "=", "standard", None), (150, "万元", "=", "standard", None)],
                     id="a-standard-changed-for-each-class-hand-written"),
        pytest.param("到2025年，全市普惠小微贷款授信额度达到300亿元。", [(300, "亿元", "=", "target", "2025")],
                     id="a-lending-volume-a-plan-reaches-stays-a-target-hand-written"),
    ],
)
def test_standing_limits_of_a_rule(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.comparator, t.kind, t.deadline) for t in found(text, title="2011-2012年政府采购目录")[0]] \
        == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out air plan (贵港 2021): the note restates the level as a count of days in the year
        pytest.param("到2021年底,市中心城区环境空气质量优良天数比率不低于92.5%(即全年污染天数不能超过27天),"
                     "细颗粒物(PM2.5)平均浓度不高于34微克/立方米。",
                     [(92.5, ">=", "target", None), (27, "<=", "target", None), (34, "<=", "target", None)],
                     id="a-limit-restated-in-a-即-note-and-the-figure-after-it"),
        pytest.param("2024年，全县森林覆盖率不低于60%（即每年新增造林面积不少于500亩），湿地保护率达到55%。",
                     [(60, ">=", "target", None), (500, ">=", "target", None), (55, "=", "target", None)],
                     id="a-limit-restated-in-a-即-note-with-每年-hand-written"),
    ],
)
def test_a_note_restating_a_commitment_takes_its_kind_and_recurrence(text: str, expected: list) -> None:
    got = found(text)[0]
    assert [(t.value, t.comparator, t.kind, t.recurrence) for t in got] == expected
    assert len({t.deadline for t in got}) == 1


def test_a_nearer_shorter_period_governs_its_figure_not_the_sentences_每年_hand_written() -> None:
    # hand-written in the form of a forest chief scheme: duties of each tier at its own frequency in one sentence
    text = "州级林长每年巡林不少于1次、县级林长每季度巡林不少于1次、乡级林长每月巡林不少于1次。"
    assert [t.recurrence for t in found(text)[0]] == ["annual", None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure per month restated in brackets after a yearly one: its unit is its own period
        pytest.param("尿毒症采用统一标准包干：二级医院全年72000元（6000元/月）。", [(72000, "annual"), (6000, None)],
                     id="monthly-figure-in-brackets-after-全年"),
        pytest.param("每年安排运维经费，按每户30元/月的标准补助。", [(30, None)], id="monthly-rate-after-每年-hand-written"),
    ],
)
def test_a_unit_per_a_shorter_period_is_no_yearly_figure(text: str, expected: list) -> None:
    assert [(t.value, t.recurrence) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2025年目标：年内新增肉牛1.2万头。", [(1.2, "2025", None)], id="年内-is-a-deadline-hand-written"),
        pytest.param("到2025年，确保生猪常年存栏5万头。", [(5, "2025", None)], id="常年-is-a-level-held-hand-written"),
        pytest.param("到2025年，年出栏生猪18万头以上。", [(18, "2025", "annual")], id="年-of-a-yearly-flow-hand-written"),
        pytest.param("到2025年，年均降水量达到800毫米。", [(800, "2025", None)], id="年均降水量-is-a-level-hand-written"),
    ],
)
def test_within_the_year_and_all_year_round_are_no_recurrence(text: str, expected: list) -> None:
    assert [(t.value, t.deadline, t.recurrence) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，新增肉牛1.2万头（外购0.5万头，自繁0.7万头）。",
                     [(1.2, "target", "2025"), (0.5, "target", "2025"), (0.7, "target", "2025")],
                     id="parts-of-the-figure-before-hand-written"),
        pytest.param("到2024年，改造老旧小区项目120个（260个小区）。",
                     [(120, "target", "2024"), (260, "target", "2024")], id="counted-another-way-hand-written"),
        pytest.param("流转土地6亩以下（不含6亩）的，由乡镇审批。", [(6, "standard", None)],
                     id="not-a-note-restating-the-figure-hand-written"),
    ],
)
def test_a_bracket_breaking_down_the_figure_before_is_of_its_kind(text: str, expected: list) -> None:
    assert [(t.value, t.kind, t.deadline) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某县2023年乡村建设工作方案（合计3份）.docx\n", id="pieces-a-page-sums-up-hand-written"),
        pytest.param("下面是小编整理的乡村建设工作方案范文（精选6篇），欢迎阅读参考。", id="范文-then-its-pieces-hand-written"),
        pytest.param("现予公示，公示期2023年5月8日至2023年5月12日（5个工作日）。", id="length-of-a-dated-span-hand-written"),
        pytest.param("到2025年，改造内容分为基础类、完善类、提升类3类。", id="list-counted-by-its-unit-hand-written"),
    ],
)
def test_counts_of_the_page_or_of_a_list_are_no_figures(text: str) -> None:
    assert found(text)[0] == []


def test_copies_counted_in_brackets_are_the_documents_figure_hand_written() -> None:
    # 宣传手册（5000份）: no site word (合计, 精选) before the count, so no page's pieces
    assert [(t.value, t.unit) for t in found("到2024年，印发禁毒宣传手册（5000份）\n")[0]] == [(5000, "份")]


def test_a_status_date_inside_a_sentence_reports_its_later_clauses_hand_written() -> None:
    text = "全市计划改造小区120个，截至9月底，已开工115个，完成投资8.2亿元，开工率达到95.8%。"
    assert [(t.value, t.indicator) for t in found(text, date="2023-10-10")[0]] == [(120, "全市计划改造小区")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounded count naming which of a noun is meant is a target of its own, as the development gold codes
        # 建成1000亩以上开放休闲林地5个 (1000亩 >= and 5个): the class the plan sets
        pytest.param("到2025年，新建100头以上规模养殖场30个。", [(100, "头"), (30, "个")],
                     id="bounded-count-naming-which-of-a-noun-counted-after-hand-written"),
        pytest.param("对吸纳就业的企业，按照每招用1人2000元的标准给予补贴。", [(2000, "元")], id="one-an-amount-is-paid-per-hand-written"),
        pytest.param("市农业农村局、市财政局、市自然资源局等6个部门联合制定本方案。", [], id="count-of-the-bodies-listed-hand-written"),
        pytest.param("到2025年，培育3家以上年营业收入达50亿元的龙头企业。", [(3, "家")],
                     id="not-a-bounded-count-then-a-measure-hand-written"),
        pytest.param("到2025年，新建城东、城西等3个便民服务机构。", [(3, "个")], id="bodies-a-verb-makes-are-counted-hand-written"),
    ],
)
def test_counts_naming_who_are_no_targets_and_a_class_bound_is_one(text: str, expected: list) -> None:
    assert [(t.value, t.unit) for t in found(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("补贴标准最高不超过当地上年社会平均工资的30%。", [(30, "<=", "standard", None)],
                     id="share-of-a-base-上年-names-hand-written"),
        pytest.param("各街道设专职巡查员2-3名，村设网格员1名。", [(2, ">=", "standard", None), (3, "<=", "standard", None),
                                                   (1, "=", "standard", None)], id="staff-each-level-has-hand-written"),
        pytest.param("2019年7月1日至2021年6月30日，困难企业的稳岗补贴上限可提高至75%。", [(75, "=", "standard", "2021")],
                     id="rule-for-a-window-of-days-hand-written"),
        pytest.param("到2021年，城乡居民医保住院报销比例提高至75%。", [(75, "=", "target", "2021")],
                     id="a-horizon-still-dates-a-level-to-reach-hand-written"),
    ],
)
def test_rules_a_document_sets_are_standards(text: str, expected: list) -> None:
    got = []
    for t in found(text)[0]:
        if t.value_max is not None:
            got += [(t.value, ">=", t.kind, t.deadline), (t.value_max, "<=", t.kind, t.deadline)]
        else:
            got.append((t.value, t.comparator, t.kind, t.deadline))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("到2025年，实现2小时通达省内各设区市，1小时通达周边城市。",
                     [(2, "小时", "=", "target", "2025"), (1, "小时", "=", "target", "2025")],
                     id="travel-time-then-通达-hand-written"),
        pytest.param("到2025年，县城10分钟上高速、40分钟到达市区。",
                     [(10, "分钟", "=", "target", "2025"), (40, "分钟", "=", "target", "2025")],
                     id="travel-times-listed-with-到达-hand-written"),
        pytest.param("到2025年，市区20分钟通勤圈基本形成。", [(20, "分钟", "=", "target", "2025")],
                     id="travel-circle-that-comes-to-be-hand-written"),
        pytest.param("到2025年，用3年时间完成道路改造。", [], id="a-span-the-work-takes-stays-no-figure-hand-written"),
        pytest.param("接报后，救援人员30分钟内到达现场。", [(30, "分钟", "<=", "standard", None)],
                     id="a-limit-on-reaching-stays-a-rule-hand-written"),
    ],
)
def test_travel_time_goals(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.comparator, t.kind, t.deadline) for t in found(text)[0]] == expected


def test_an_untitled_plan_dated_by_its_opening_goals_sentence_hand_written() -> None:
    text = ("今年是实施规划的攻坚之年，做好今年全县水利工作意义重大。为贯彻落实全县经济工作会议精神，推动水利高质量发展。"
            "2025年，全县水利工作的总体要求是：坚持稳中求进，统筹发展和安全，着力补短板、强弱项。\n"
            "主要目标是：完成水利投资20亿元以上，新建农村供水工程15处。\n")
    assert [(t.value, t.deadline) for t in found(text)[0]] == [(20, "2025"), (15, "2025")]


def test_results_under_a_heading_naming_a_past_periods_base_hand_written() -> None:
    text = ("一、发展环境\n（一）“十三五”时期发展基础\n1.产业规模持续扩大。港口货物吞吐量突破2亿吨，快递业务量最高达5亿件。\n"
            "（二）面临形势\n二、发展目标\n到2025年，港口货物吞吐量达到3亿吨。\n")
    assert [(t.value, t.deadline) for t in found(text, title="某市物流业发展“十四五”规划", date="2022-03-01")[0]] \
        == [(3, "2025")]


def test_counts_a_verb_makes_after_their_的_modifiers_hand_written() -> None:
    text = "到2025年，新建服务城北片区的2座水厂和覆盖沿江乡镇的3条供水干管。"
    assert [(t.value, t.unit) for t in found(text)[0]] == [(2, "座"), (3, "条")]


def test_a_goal_of_one_is_no_unit_of_a_grant_hand_written() -> None:
    assert [(t.value, t.unit) for t in found("到2025年，力争引进1名院士，建成1个院士工作站。")[0]] == [(1, "名"), (1, "个")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("本次消费券共发放2万张，到指定商户消费满300元，可减免60元。",
                     [(2, "万张", "target"), (300, "元", "standard"), (60, "元", "standard")],
                     id="voucher-threshold-then-what-it-permits-hand-written"),
        pytest.param("活动经费由县财政承担宣传费用的60%，12万元，商户承担宣传费用的40%，8万元。",
                     [(60, "%", "standard"), (12, "万元", "standard"), (40, "%", "standard"), (8, "万元", "standard")],
                     id="share-of-a-named-cost-each-payer-bears-and-its-amount-hand-written"),
        pytest.param("三、补贴发放\n对高龄老人，每人每月发放50元；对百岁老人，每人每月发放300元。",
                     [(50, "元", "standard"), (300, "元", "standard")], id="sum-paid-per-head-a-month-hand-written"),
    ],
)
def test_rules_of_a_campaign_or_a_benefit_are_standards(text: str, expected: list) -> None:
    got = []
    for t in found(text, date="2023-05-01")[0]:
        got.append((t.value, t.unit, t.kind))
        if t.value_max is not None:
            got.append((t.value_max, t.unit, t.kind))
    assert got == expected


def test_another_places_row_equal_to_the_prose_target_is_its_own_hand_written() -> None:
    # a place table after the prose that sets the whole place's goal: the own place's row restates it, each
    # other place's row with the same figure is that place's share of the plan
    text = ("各镇人民政府，市各有关部门：\n我市2024年单位GDP能耗降幅目标为3.2%。\n附件：某市2024年度能耗强度目标分解表\n"
            "某市2024年度能耗强度目标分解表\n地区 | 单位工业增加值能耗降幅目标(%) |\n全市 | 3.2 |\n甲镇 | 3.2 |\n"
            "乙镇（含开发区） | 3.2 |\n丙镇 | 3.0 |\n")
    assert [(t.indicator, t.value) for t in found(text)[0]] == [
        ("单位GDP能耗降幅目标", 3.2), ("甲镇单位工业增加值能耗降幅目标", 3.2), ("乙镇单位工业增加值能耗降幅目标", 3.2),
        ("丙镇单位工业增加值能耗降幅目标", 3.0)]


@pytest.mark.parametrize(
    ("title", "deadline"),
    [
        # heldout (a prefecture's carbon-intensity decomposition, simplified): the title names the five-year period
        pytest.param("达州市“十二五”各县(市、区)碳强度\n下降目标分解表", "2015", id="owned-place-rows-period-title"),
        # hand-written in the same form: the title names the year
        pytest.param("某市2024年节能目标分解表", "2024", id="owned-place-rows-year-title"),
    ],
)
def test_place_rows_with_an_owner_column_are_each_places_share(title: str, deadline: str) -> None:
    # a plan broken down by place whose last column names the body each share falls to: every row, the first one
    # too, is a place's share, its figures the measures for that place
    text = (f"附件\n{title}\n县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 |\n"
            "通川区 | 19% | 17% | 通川区人民政府 |\n万源市 | 16% | 14% | 万源市人民政府 |\n")
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in found(text)[0]] == [
        ("通川区碳强度下降目标", 19, "%", deadline), ("通川区节能目标", 17, "%", deadline),
        ("万源市碳强度下降目标", 16, "%", deadline), ("万源市节能目标", 14, "%", deadline)]


# ---------------------------------------------------------------------------
# Figures outside any clause of a goal: a page's tag line, a plan period whose dash was lost


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("到2025年，全市养老机构护理型床位占比达到55%。\n关键词：十四五规划 新增床位3000张 养老服务",
                     id="tag-line-of-a-web-page-hand-written"),
        pytest.param("到2025年，全市养老机构护理型床位占比达到55%。\n關鍵詞: 發展規劃 新增學位2萬個 學前教育",
                     id="tag-line-in-traditional-characters-hand-written"),
        pytest.param("关键词：养老 床位\n到2025年，全市养老机构护理型床位占比达到55%。",
                     id="tag-line-the-text-joins-to-the-next-keeps-its-clause-hand-written"),
        pytest.param("按照某市全民健身规划（20232027年）要求，到2025年，全市养老机构护理型床位占比达到55%。",
                     id="plan-period-whose-dash-was-lost-hand-written"),
    ],
)
def test_figures_outside_any_goal_clause(text: str) -> None:
    assert [(t.value, t.unit) for t in found(text)[0]] == [(55, "%")]


# ---------------------------------------------------------------------------
# Status inventories: a sentence its subject opens with what it holds now, a status date after a glued heading


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("我县现有地质灾害隐患点12处，分布在5个乡镇，威胁群众35户120人，需重点防范。",
                     id="inventory-opened-by-现有-all-its-clauses-hand-written"),
        pytest.param("我縣現有地質災害隱患點12處，威脅群眾35戶120人，需重點防範。",
                     id="inventory-opened-by-現有-traditional-hand-written"),
        pytest.param("结合我县实际，制定本方案。一、全县地质灾害概况截至2023年3月，全县纳入监测的隐患点120处，"
                     "其中滑坡80处，崩塌40处。",
                     id="status-date-after-a-heading-run-into-the-paragraph-hand-written"),
    ],
)
def test_status_inventories_state_no_target(text: str) -> None:
    assert found(text, date="2023-05-10")[0] == []


def test_a_change_on_what_is_held_now_stays_a_target_hand_written() -> None:
    text = "全县现有地下矿山下井人员减少10%以上。"
    assert [(t.value, t.unit) for t in found(text, date="2023-05-10")[0]] == [(10, "%")]


# ---------------------------------------------------------------------------
# A limit word negated by a modal (不能/不可…超过): the bound it forbids crossing


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        pytest.param("全年重污染天数不能超过12天。", "<=", id="不能超过-is-at-most-hand-written"),
        pytest.param("单次活动参加人数不可超过80人。", "<=", id="不可超过-is-at-most-hand-written"),
        pytest.param("细颗粒物平均浓度不能高于30微克/立方米。", "<=", id="不能高于-is-at-most-hand-written"),
        pytest.param("集中式饮用水源地水质达标率不能低于95%。", ">=", id="不能低于-is-at-least-hand-written"),
    ],
)
def test_negated_limit_words(text: str, comparator: str) -> None:
    assert [t.comparator for t in found(text)[0]] == [comparator]


# ---------------------------------------------------------------------------
# A class bound that names its figure bare first (为N人或N人以上的): one bound, no figure of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("推荐人为3人或3人以上的，奖励资金平均分配。", [(3, "人", ">=")], id="或-then-以上-hand-written"),
        pytest.param("参建单位为2家或者2家以下的，由牵头单位申报。", [(2, "家", "<=")], id="或者-then-以下-hand-written"),
    ],
)
def test_bound_naming_its_figure_twice(text: str, expected: list) -> None:
    assert [(t.value, t.unit, t.comparator) for t in found(text)[0]] == expected


# ---------------------------------------------------------------------------
# Thresholds that mark out a class of period (…以上的时段为重点防范时段): standards, the 大于 figure too


def test_thresholds_of_a_period_class_hand_written() -> None:
    text = "小时降雨量30毫米以上或连续降雨2天以上、累计降雨量大于150毫米的时段，为山洪灾害重点防御时段。"
    assert [(t.value, t.comparator, t.kind) for t in found(text, date="2024-04-01")[0]] == [
        (30, ">=", "standard"), (2, ">=", "standard"), (150, ">", "standard")]


# ---------------------------------------------------------------------------
# A bare rate opening the clause after one that states what its subject attains: the rate of that subject


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("北溪国控断面、南湖市控断面水质稳定达到地表水Ⅱ类标准，达标率100%。", "北溪国控断面、南湖市控断面水质达标率",
                     id="listed-sections-then-the-rate-hand-written"),
        pytest.param("城区环境空气质量持续达到国家二级标准，优良率95%。", "城区环境空气质量优良率",
                     id="one-subject-then-the-rate-hand-written"),
    ],
)
def test_bare_rate_of_the_clause_before(text: str, indicator: str) -> None:
    assert [t.indicator for t in found(text)[0]] == [indicator]


# ---------------------------------------------------------------------------
# A review section whose heading runs inside a line that lost its breaks (…成效。一、2023年工作总结（一）…)


def test_review_opened_by_an_inline_heading_hand_written() -> None:
    text = ("区卫健局2023年工作总结和2024年工作计划2023年，我局扎实推进各项工作，取得明显成效。一、2023年工作总结"
            "（一）基层医疗持续加强。全区新建村卫生室12个，培训乡村医生300人次。二、2024年工作计划（一）提升服务能力。"
            "新建村卫生室8个，培训乡村医生500人次。")
    assert [(t.value, t.unit) for t in found(text, date="2024-01-10")[0]] == [(8, "个"), (500, "人次")]


# ---------------------------------------------------------------------------
# A count opening a later clause under the sentence's shared 力争; a share a rule adds to a base 按 names


def test_count_under_a_shared_striving_word_hand_written() -> None:
    text = "力争全年新增市场主体超5000户，3家企业挂牌上市。"
    assert [(t.value, t.unit, t.kind) for t in found(text)[0]] == [(5000, "户", "target"), (3, "家", "target")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("对其中的重度残疾人，按照当地平均救助水平增加15%的救助金。", id="增加-on-a-level-hand-written"),
        pytest.param("对连续两年考核优秀的，按原补贴标准上浮15%发放。", id="上浮-on-a-standard-hand-written"),
    ],
)
def test_increment_on_a_base(text: str) -> None:
    assert figures(text) == [(15, None, "%", "=", "standard")]


# ---------------------------------------------------------------------------
# The name of what a class's bound measures: no verb carrying out the policy, the tenure a duration bounds


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        pytest.param("2.切实落实年营业收入300万元以下的小微企业减半征收政策。", "年营业收入",
                     id="verb-of-carrying-out-before-the-measure-hand-written"),
        pytest.param("持有本地户籍且居住两年以上的居民，可申请补助。", "居住年限", id="tenure-of-living-hand-written"),
        pytest.param("在本县经营三年以上的个体工商户，可申请贷款贴息。", "经营年限", id="tenure-of-running-hand-written"),
    ],
)
def test_indicator_of_a_class_bound(text: str, indicator: str) -> None:
    assert [t.indicator for t in found(text)[0]] == [indicator]


# ---------------------------------------------------------------------------
# A limit word a damaged page cut after its 以 (以内 → 以？): no noun the figure qualifies


def test_limit_word_cut_after_以_hand_written() -> None:
    text = "今年全市用水总量控制在15亿立方米以？），万元工业增加值用水量持续下降。"
    assert [(t.value, t.comparator, t.kind) for t in found(text, date="2024-03-01")[0]] == [(15, "<=", "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written: a word that opens with 应 or 要 (应届, 应收, 要素) is no modal over a communiqué's figures
        pytest.param("全年地区生产总值1200亿元，比上年增长6.5%。全年应届高校毕业生就业2.1万人，比上年增加0.3万人。", [],
                     id="应届-no-modal-over-figures-against-the-year-before"),
        # hand-written: a plan's duration extended to a level is its goal; a rule's period extended is a standard
        pytest.param("某市促进中小企业发展三年行动计划（2024-2026年）\n到2026年，中小企业平均生存期延长至5年以上。",
                     [(5, "target", "2026")], id="a-plans-duration-extended"),
        pytest.param("关于延长某政策的通知\n上述政策有效期延长至五年。", [(5, "standard", None)], id="a-rules-period-extended"),
        # hand-written: the second half of a year after 年 (每年后半年, 2024年后半年) is no half-year limit
        pytest.param("第三条 企业须在每年后半年内完成年度检查。", [], id="每年后半年-a-half-of-the-year"),
        # hand-written: a label of how a plan went (计划完成情况) opens results, one of what is planned does not
        pytest.param("某县2024年重点项目清单\n一、城东道路工程\n年度目标：完成投资5000万元。\n计划完成情况：完成投资4000万元，建成道路2.5公里。",
                     [(5000, "target", "2024")], id="计划完成情况-a-progress-label"),
    ],
)
def test_review_forms_of_modals_periods_halves_and_labels(text: str, expected: list) -> None:
    got = [(r["value"], r["kind"], r["deadline"]) for r in extract_text(text).dicts() if r["type"] == "target"]
    assert got == expected
