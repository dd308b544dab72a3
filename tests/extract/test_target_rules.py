"""Each rule of :mod:`policykg.extract.target_rules` on its own: the rule named by
:func:`policykg.extract.targets.explain` for a real clause of its form, and the rule
function itself, true on that form and false on a neighbouring one it must leave alone."""

from __future__ import annotations

import pytest
from policykg.extract import target_rules as rules
from policykg.extract.target_rules import Reading, verdict
from policykg.extract.targets import explain


def reading(**kw) -> Reading:
    """A reading with neutral defaults: a postnominal count with nothing around it."""
    base = dict(
        unit="个", unit_kind="count", comparator="=", cn=False, pre_len=0, before_full="",
        before="", before_scoped="", before_core="", before_stem="", clause_before="", after_text="",
        after_clean="", limit_after=False, rest="", in_heading=False, in_bracket=False, in_title=False,
        list_item=False,
        others_after=False, verb_only=True,
    )
    base.update(kw)
    return Reading(**base)  # type: ignore[arg-type]


def why(text: str, quantity: str, **kw) -> str:
    """The decision :func:`explain` gives for the quantity written ``quantity`` in ``text``."""
    found = dict(explain(text, **kw))
    assert quantity in found, found
    return found[quantity]


# ---------------------------------------------------------------------------
# Each rule named on a real clause of its form (dev corpus; hand-written where marked)


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        pytest.param("市本级由市、区各承担50%。", "50%", "drop:cost_share", id="cost_share"),
        pytest.param("21年以上平均每亩补偿1200元。", "1200元", "standard:provision_per_subject",
                     id="cost_share-not-a-sum-per-unit-compensated"),
        pytest.param("6、房屋补偿标准为楼房每平方米补偿3300元、捣制砖砼结构房屋每平方米补偿2800元。", "3300元",
                     "standard:provision_per_subject", id="cost_share-not-a-rate-per-area-listed"),
        pytest.param("幼龄林（1—10年生）平均每株补偿5—20元；", "5—20元", "standard:provision_per_subject",
                     id="cost_share-not-a-range-per-tree"),
        pytest.param("另外，4人户室外所有设施（生产用房除外）包干补偿52000元/栋，每增加1人，增加13000元补偿费用。",
                     "52000元/栋", "standard:tariff", id="cost_share-not-a-lump-sum-per-building"),
        pytest.param("另外，4人户室外所有设施（生产用房除外）包干补偿52000元/栋，每增加1人，增加13000元补偿费用。",
                     "1人", "drop:increment_step", id="increment_step"),
        pytest.param("家庭人口超过3人的，每增加1人，增加安置补助费8000元。", "1人", "drop:increment_step",
                     id="increment_step-hand-written"),
        pytest.param("另外，4人户室外所有设施（生产用房除外）包干补偿52000元/栋，每增加1人，增加13000元补偿费用。",
                     "13000元", "standard:condition_consequence", id="condition_consequence-sum-added-per-step"),
        pytest.param("全省119个县域单位（含新区、开发区等功能区）共划分293个区片，实现行政区域全覆盖。", "293个",
                     "drop:partition_count", id="partition_count-parts-a-whole-is-divided-into"),
        pytest.param("区片Ⅲ为其余306个行政村（社区），涉及30个镇（街道办事处），标准为40700元/亩。", "306个",
                     "drop:partition_count", id="partition_count-members-of-the-rest"),
        pytest.param("其余12个乡镇要在2025年前完成改造。", "12个", "target",
                     id="partition_count-the-rest-to-do-is-a-target-hand-written"),
        pytest.param("全省区片综合地价介于3.18万~51万元/亩之间，全省平均价为6.51万元/亩。", "6.51万元/亩",
                     "drop:average_of_whole", id="average_of_whole"),
        pytest.param("到2025年，全市平均受教育年限达到11年。", "11年", "target",
                     id="average_of_whole-a-level-to-reach-is-a-target-hand-written"),
        pytest.param("市财政年内拨付12个试点镇各500万元试点建设资金。", "12个", "drop:recipients_each",
                     id="recipients_each-hand-written"),
        pytest.param("某县人民政府办公室2019年4月2日印共印40份", "40份", "drop:print_run", id="print_run-hand-written"),
        pytest.param("剩余30%由区财政承担。", "30%", "drop:cost_share_payer", id="cost_share_payer-hand-written"),
        pytest.param("根据省政府确定的全省地区生产总值增长6%的预期目标，建议全市增长7%。", "6%", "drop:basis_figure",
                     id="basis_figure-hand-written"),
        pytest.param("在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上。", "12000元",
                     "drop:baseline", id="baseline"),
        pytest.param("共梳理出58项重点任务，提出25条措施。", "58项", "drop:describes_document",
                     id="describes_document-hand-written"),
        pytest.param("经各托育机构申报，妇幼健康服务中心及卫健局审核确认，拟对以下8家托育机构拨付建设补助经费。", "8家",
                     "drop:describes_document", id="describes_document-以下-pointer-to-the-texts-list"),
        pytest.param("2.全面实施武汉综合交通运输“十四五”等4个规划，研究编制《武汉市综合立体交通网规划》。", "4个",
                     "drop:counted_documents", id="counted_documents-quoted-name-closed-by-等"),
        pytest.param("会议审议通过了年度计划，明确了8个方面120项重点工作。", "120项", "drop:describes_document",
                     id="describes_document-chained-parts-hand-written"),
        pytest.param("《重点工作任务分解》细化15项具体任务，涉及10个责任单位。", "15项", "drop:describes_document",
                     id="describes_document-refined-into-tasks-hand-written"),
        pytest.param("《重点工作任务分解》细化15项具体任务，涉及10个责任单位。", "10个", "drop:describes_document",
                     id="describes_document-owners-named-hand-written"),
        pytest.param("年内新增10个责任单位开展网格化管理。", "10个", "target",
                     id="describes_document-owners-added-are-a-target-hand-written"),
        pytest.param("投资3000万元建设工厂化循环水养殖基地。", "3000万元", "target",
                     id="amount-invested-then-its-purpose-hand-written"),
        # an assessment method's own parts: the classes and indicators it sets, the periods it scores in
        pytest.param("2.考核指标。设置经济发展、社会民生、生态环保4类36项考核指标，总分120分。", "36项",
                     "drop:describes_document", id="describes_document-list-of-classes-set-up-hand-written"),
        pytest.param("对工业增加值、固定资产投资等12项季度考核指标，分季度进行考核。", "12项", "drop:describes_document",
                     id="describes_document-indicators-of-an-assessment-hand-written"),
        pytest.param("分第一季度、上半年和全年3个报告期进行考核。", "3个", "drop:describes_document",
                     id="describes_document-periods-of-an-assessment-hand-written"),
        pytest.param("全年新增省级监测站点6个。", "6个", "target", id="describes_document-sites-are-no-parts-hand-written"),
        pytest.param("围绕交通、教育、医疗五个方面，出台支持措施。", "五个", "drop:frames_document",
                     id="frames_document-hand-written"),
        pytest.param("落实好稳外贸促消费35条措施。", "35条", "drop:named_package", id="named_package-hand-written"),
        pytest.param("研究出台稳外贸促消费35条措施。", "35条", "target", id="named_package-not-measures-to-make-hand-written"),
        pytest.param("全面落实好防风险12条硬措施，推动工作落地。", "12条", "drop:named_package",
                     id="named_package-modified-noun-hand-written"),
        pytest.param("认真执行国家20条、省市35条配套措施。", "20条", "drop:named_package",
                     id="named_package-list-sharing-the-last-noun-hand-written"),
        pytest.param("认真执行国家20条、省市35条配套措施。", "35条", "drop:named_package",
                     id="named_package-list-last-item-hand-written"),
        pytest.param("制定国家20条、省市35条配套措施。", "20条", "target",
                     id="named_package-list-of-measures-to-make-hand-written"),
        pytest.param("统筹推进三个“一号工程”，做好七个方面工作。", "七个", "drop:rhetoric_count",
                     id="rhetoric_count"),
        pytest.param("5家推广中心每年推广10类40项。", "5家", "drop:subject_of_later_count",
                     id="subject_of_later_count"),
        # form: a count whose noun runs on to the share the clause's target measures is that share's scope
        pytest.param("到2020年，某区32个监测断面水质达标比例达到95%以上。", "32个", "drop:scope_of_share",
                     id="scope_of_share-hand-written"),
        pytest.param("到2020年，某区32个监测断面水质达标比例达到95%以上。", "95%以上", "target",
                     id="scope_of_share-the-share-is-the-target-hand-written"),
        pytest.param("新建12所幼儿园，公办园在园幼儿占比达到50%。", "12所", "target",
                     id="scope_of_share-not-a-count-in-its-own-clause-hand-written"),
        # form: the plans a clause opening on a drafting verb makes: the family the document consists of
        pytest.param("制定全市燃气安全专项整治总方案和3个专题方案、6个行业实施方案。", "3个", "drop:drafted_plans",
                     id="drafted_plans-hand-written"),
        pytest.param("制定全市燃气安全专项整治总方案和3个专题方案、6个行业实施方案。", "6个", "drop:drafted_plans",
                     id="drafted_plans-list-item-hand-written"),
        pytest.param("各街道要制定2个应急处置方案。", "2个", "target", id="drafted_plans-not-a-duty-of-a-body-hand-written"),
        pytest.param("推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。", "10个左右",
                     "drop:scope_of_action", id="scope_of_action"),
        pytest.param("为3000名农村适龄妇女免费开展健康检查。", "3000名", "target",
                     id="people-a-service-reaches-are-no-scope-hand-written"),
        pytest.param("对800户困难家庭实施住房改造。", "800户", "target", id="households-a-service-reaches-hand-written"),
        pytest.param("要对4个方面、19个重点领域的60项重点内容逐一对照检查。", "60项", "drop:inside_noun_phrase",
                     id="inside_noun_phrase"),
        pytest.param("19个方面督查重点，由所涉及的省级主管部门牵头完成自查报告。", "19个", "drop:topic_count",
                     id="topic_count"),
        # form: the rest of a set a benefit rule covers, named by its count between the rule's levels
        pytest.param("重性精神病住院包干费用为：二级医院7000元/年，其余27种重大疾病政策范围内住院费，基本医保报销比例分别为："
                     "一级90%；二级80%；三级70%。", "27种", "drop:topic_count", id="topic_count-rest-of-a-set"),
        pytest.param("到2025年，已建成的5个示范村巩固提升，其余3个示范村全部建成。", "3个", "target",
                     id="topic_count-rest-of-a-set-a-plan-makes-hand-written"),
        pytest.param("推进冰雪运动，开展冬季两项。", "两项", "drop:name_in_numerals", id="name_in_numerals-hand-written"),
        pytest.param("按照某市全民健身规划（20232027年）要求，制定本方案。", "20232027年", "drop:fused_years",
                     id="fused_years-dash-lost-hand-written"),
        pytest.param("7.七宝镇30万元以下小型建设工程施工备案收件回执单\n", "30万元以下", "drop:title_words",
                     id="title_words"),
        pytest.param("对本镇行政区域内总投资额在100万元以下的建设工程实行备案。", "100万元以下", "qualifier:qualifies_noun",
                     id="qualifies_noun"),
        pytest.param("原则上从具有3年以上企业工作经历并具有高职以上学历的人员中公开招聘。", "3年以上",
                     "qualifier:measure_before_noun", id="measure_before_noun"),
        pytest.param("有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴。",
                     "500万元及以下", "qualifier:listed_qualifier", id="listed_qualifier"),
        pytest.param("原则上每5年修订1次职业院校专业目录。", "1次", "standard:frequency_duty", id="frequency_duty"),
        pytest.param("未按时报送的，每发现1次扣2分。", "1次", "drop:points_per_occurrence",
                     id="points_per_occurrence-hand-written"),
        pytest.param("未按时报送的，每发现1次扣2分。", "2分", "standard:points_rule", id="points_rule-hand-written"),
        pytest.param("半年和全年考核结果分别按40%、60%计入年度考核总分。", "60%", "standard:weight_rule",
                     id="weight_rule-hand-written"),
        pytest.param("考核得分按30%的权重折算后计入总分。", "30%", "standard:weight_rule",
                     id="weight_rule-named-weight-hand-written"),
        pytest.param("全市群众满意率提高到90%，计入年度考核。", "90%", "target",
                     id="weight_rule-a-level-to-reach-hand-written"),
        pytest.param("排放超标的，每次扣缴县级财政资金8万元。", "8万元", "standard:penalty_rule", id="penalty_rule-hand-written"),
        pytest.param("超标1倍以下的（含1倍），每次扣缴县级财政资金8万元。", "1倍以下", "qualifier:condition_clause",
                     id="condition_clause-before-its-note-hand-written"),
        pytest.param("要在本意见印发之日起30日内，制定出台具体实施办法。", "30日内", "standard:time_limit",
                     id="time_limit"),
        pytest.param("区域50年一遇洪水标准。", "50年一遇", "standard:return_period", id="return_period"),
        pytest.param("对符合条件的，在规定期限内办结（3个工作日）。", "3个工作日", "standard:bracket_rule",
                     id="bracket_rule"),
        pytest.param("每村配置1辆专用收集车。", "1辆", "standard:provision_per_subject", id="provision_per_subject"),
        pytest.param("将我市最低月工资标准调整为2260元。", "2260元", "standard:set_standard", id="set_standard"),
        pytest.param("二类行政区域月最低工资标准1500元。", "1500元", "standard:set_standard",
                     id="set_standard-a-sum-after-the-levels-name-hand-written"),
        pytest.param("城区低保标准调整为每人每月700元，甲县调整为人均月收入650元。", "650元", "standard:carried_standard",
                     id="carried_standard-hand-written"),
        pytest.param("拟征收土地位于某镇甲村2组、4组。", "4组", "drop:address_ordinal", id="address_ordinal-hand-written"),
        pytest.param("调整甲江、乙江、丙江等3个流域禁渔期制度。", "3个", "drop:list_own_count",
                     id="list_own_count-hand-written"),
        # form: a list after an earlier count and its joiner, counted by a kind of place
        pytest.param("平江县、岳阳县、华容县、湘阴县、临湘市、汨罗市、岳阳楼区、云溪区、君山区9个县（市）区和岳阳经济技术开发区、"
                     "城陵矶新港区、南湖新区、屈原管理区4个功能区。", "4个", "drop:list_own_count",
                     id="list_own_count-list-after-an-earlier-count"),
        # form: the scheme whose indicators a clause keeps to
        pytest.param("紧扣省均衡化发展39项指标，6大工作任务主线，2023年底完成80%以上地市均衡化发展指标任务。", "39项",
                     "drop:scope_of_action", id="scope_of_action-紧扣"),
        # form: the motions a notice hands out to be handled
        pytest.param("区政府共承办九届人大三次会议代表建议65件，政协九届三次会议委员提案54件。", "54件",
                     "drop:motions_handled", id="motions_handled"),
        pytest.param("今年共承办65件代表建议。", "65件", "drop:motions_handled", id="motions_handled-prenominal-hand-written"),
        # form: the size of the set the clause's subject is one of
        pytest.param("新建100个乡镇及社区体育健身中心是今年省委、省政府确定为民所办的27件实事之一。", "27件",
                     "drop:one_of_count", id="one_of_count"),
        # form: a duration a plan takes past a mark
        pytest.param("到2027年，过夜游客占比突破55%，人均逗留时间突破3天。", "3天", "target", id="time_limit-not-突破"),
        # form: the one a grant is paid per, in a per-head grant rule
        pytest.param("鼓励企业引才，每引进1个省级创新团队，给予最高20万元奖励。", "1个", "drop:grant_per_unit",
                     id="grant_per_unit-每-hand-written"),
        pytest.param("对用人单位引进1名博士，给予3万元补贴。", "1名", "drop:grant_per_unit",
                     id="grant_per_unit-without-每-hand-written"),
        # form: a count of the document's own parts that its attachment lists
        pytest.param("督查重点：1.梳理的一批重点跟踪任务45项（详见附件2）；2.民生实事任务10项（详见附件3）。", "45项",
                     "drop:counted_in_attachment", id="counted_in_attachment-hand-written"),
        pytest.param("到2025年，建成标准化厂房12万平方米（详见附件2）。", "12万平方米", "target",
                     id="counted_in_attachment-not-a-part-of-the-document-hand-written"),
        # form: a span a goal is striven for within, its figure left blank in a draft
        pytest.param("力争3年内有 个园区获评省级示范园区。", "3年内", "drop:aspired_horizon",
                     id="aspired_horizon-blank-figure-hand-written"),
        # form: a count inside a larger noun phrase, after a count of its own
        pytest.param("要对5个方面、20个重点领域的80项重点内容逐项检查。", "80项", "drop:inside_noun_phrase",
                     id="inside_noun_phrase-hand-written"),
        # form: a count after a 的-modifier, what the verb opening its clause makes (and the next item's)
        pytest.param("到2025年，打造连通沿海港口（甲港、乙港）的3条铁路货运通道和至东盟国家的2条国际班列线路。", "2条", "target",
                     id="made-count-after-的-modifier-is-no-inner-noun-hand-written"),
        # form: the places a document lists, counted right after the list with no 等
        pytest.param("确定东县、西县、南县、北区4个县（区）为第二批试点县（区）。", "4个", "drop:list_own_count",
                     id="list_own_count-places-without-等-hand-written"),
        # form: the plan's own structure listed, its last item joined by 及, then 等 and the count
        pytest.param("将全市绿道分成区域绿道、城市绿道、社区绿道及郊野步道等4个层级绿道网络。", "4个",
                     "drop:list_own_count", id="list_own_count-last-item-joined-by-及-hand-written"),
        # form: the parts a subject has, listed and closed by 等N (a count describing the text)
        pytest.param("各级河长有水资源保护、水污染防治、水环境治理等3项主要任务。", "3项", "drop:describes_document",
                     id="describes_document-有-a-listed-count-of-tasks-hand-written"),
        # form: 所有 (a word, not the verb 有) opening the subject, a verb of doing then making the list's count
        pytest.param("今年所有村都要完成道路硬化、路灯安装等4项重点任务。", "4项", "target",
                     id="describes_document-所有-opens-the-subject-hand-written"),
        # form: 有 inside the subject (有条件的…), a later verb of doing making the list's count
        pytest.param("有条件的乡镇要完成道路硬化、路灯安装等4项重点任务。", "4项", "target",
                     id="describes_document-有-not-the-last-verb-before-the-list-hand-written"),
        # form: the kinds a rule takes into its scope, a 等N closing a list punctuated with ， and 、
        pytest.param("将住宿和餐饮业，农、林、牧、渔业，交通运输业等3个行业纳入增值税优惠政策范围。", "3个",
                     "drop:kinds_in_scope", id="kinds_in_scope-hand-written"),
        pytest.param("将60个村纳入整治范围。", "60个", "target", id="kinds_in_scope-not-without-等-hand-written"),
        pytest.param("严禁在距林地边缘200米范围内用火。", "200米范围内", "standard:distance_zone",
                     id="distance_zone-hand-written"),
        pytest.param("收取的担保费率原则上不超过1.5%。", "1.5%", "standard:rule_bound", id="rule_bound"),
        # form: an upper limit stated with 上限为/最高为, a currency's name between it and the amount
        pytest.param("审批权限内的开支金额上限为港币500万元。", "500万元", "standard:rule_bound",
                     id="rule_bound-上限为-and-a-currency-hand-written"),
        pytest.param("单个项目补助最高为80万元。", "80万元", "standard:rule_bound", id="rule_bound-最高为-hand-written"),
        pytest.param("县级原则上补助标准0.3万元/户，不足部分由县财政筹措。", "0.3万元/户", "standard:rate_standard",
                     id="rate_standard-hand-written"),
        pytest.param("居民生活用水价格为2.85元/吨，污水处理费另计。", "2.85元/吨", "standard:rate_standard",
                     id="rate_standard-a-price-hand-written"),
        pytest.param("非居民污水处理费1.40元/立方米。", "1.40元/立方米", "standard:rate_standard",
                     id="rate_standard-a-fee-hand-written"),
        pytest.param("市政府将全年工作分解为12项工作目标和30项工作任务。", "30项", "drop:describes_document",
                     id="describes_document-goals-then-tasks-hand-written"),
        pytest.param("全年举办境内投资促进活动不少于100场。", "100场", "target", id="target"),
        pytest.param("到2030年，全省将建成12个示范区。", "12个", "target",
                     id="scope_of_action-not-将-then-a-verb-of-making-hand-written"),
        pytest.param("完成省下达我市的15个乡镇污水治理任务。", "15个", "target",
                     id="inside_noun_phrase-not-after-下达的-hand-written"),
        pytest.param("不动产登记2个工作日内完成办理。", "2个工作日内", "standard:time_limit",
                     id="time_limit-then-the-verb-and-its-object-hand-written"),
        pytest.param("安排4000万元项目前期费。", "4000万元", "target", id="measure_before_noun-not-a-fund-hand-written"),
        pytest.param("将《政府工作报告》部署的工作任务分解为96项。", "96项", "drop:describes_parts_before",
                     id="describes_parts_before-hand-written"),
        pytest.param("将年度目标任务细化为30条。", "30条", "drop:describes_parts_before",
                     id="describes_parts_before-细化为-hand-written"),
        pytest.param("全年新增就业岗位共1200个。", "1200个", "target", id="describes_parts_before-not-a-tally-of-jobs-hand-written"),
        pytest.param("共梳理出重点任务58项。", "58项", "drop:describes_parts_before",
                     id="describes_parts_before-the-verb-first-hand-written"),
        pytest.param("将出台政策措施20条。", "20条", "target", id="describes_parts_before-not-a-verb-of-making-hand-written"),
        pytest.param("力争实现蔬菜种植面积3500亩的目标。", "3500亩", "target", id="qualifies_noun-not-before-的目标-hand-written"),
        pytest.param("今年全镇主要有6项任务。", "6项", "drop:no_indicator",
                     id="count-of-tasks-without-的-is-no-goal-noun-hand-written"),
        pytest.param("高标准实施好东村、西村等村2600亩的农田整治项目。", "2600亩", "target",
                     id="qualifies_noun-not-a-plain-amount-of-what-is-done-hand-written"),
        pytest.param("实施好东村、西村等村2600亩农田整治项目。", "2600亩", "target",
                     id="measure_before_noun-not-a-plain-amount-of-what-is-done-hand-written"),
        pytest.param("扶持年销售收入达5000万元的企业。", "5000万元", "qualifier:qualifies_noun",
                     id="qualifies_noun-after-a-measure-noun-and-达-hand-written"),
        pytest.param("本规定所称较大事故，是指一次造成20人以上或直接经济损失300万元以上的事故。", "20人以上",
                     "qualifier:alternative_qualifier", id="alternative_qualifier-hand-written"),
        pytest.param("发生造成5人以上10人以下重伤的事故，立即启动应急响应。", "5人以上", "qualifier:harm_threshold",
                     id="harm_threshold-a-bound-on-injuries-an-event-causes-hand-written"),
        pytest.param("冰雹直径在20毫米以上的为Ⅱ级冰雹灾害。", "20毫米以上", "qualifier:defining_bound",
                     id="defining_bound-a-level-named-after-为-hand-written"),
        pytest.param("每个巡查小组由3—5名网格员组成。", "3—5名", "standard:composition_rule",
                     id="composition_rule-members-after-由-hand-written"),
        # form: the places of an award a rule sets up (设立/评选 …, then each rank with its count)
        pytest.param("对考核优秀的街道设立一等奖2名，奖励10万元；二等奖4名，各奖励5万元。", "2名", "standard:award_quota",
                     id="award_quota-hand-written"),
        pytest.param("对考核优秀的街道设立一等奖2名，奖励10万元；二等奖4名，各奖励5万元。", "4名", "standard:award_quota",
                     id="award_quota-a-later-rank-hand-written"),
        pytest.param("力争在全省技能大赛中获得一等奖3项。", "3项", "target", id="award_quota-not-awards-to-win-hand-written"),
        # form: a sentence opening with 凡 states whom its rule holds for, to the clause its 的 closes in
        pytest.param("凡流转面积在300亩以上，机插秧比例达80%的家庭农场，奖励5000元。", "300亩以上",
                     "qualifier:condition_clause", id="condition_clause-凡-hand-written"),
        pytest.param("凡流转面积在300亩以上，机插秧比例达80%的家庭农场，奖励5000元。", "80%",
                     "qualifier:condition_clause", id="condition_clause-凡-to-its-的-hand-written"),
        pytest.param("创办3万亩优质稻示范片。", "3万亩", "target", id="measure_before_noun-not-after-创办-hand-written"),
        pytest.param("建成2个物流园区。估算总投资80亿元，年内完成投资30亿元。", "80亿元", "drop:cost_estimate",
                     id="cost_estimate-hand-written"),
        pytest.param("建成2个物流园区。估算总投资80亿元，年内完成投资30亿元。", "30亿元", "target",
                     id="cost_estimate-not-the-investment-of-the-year-hand-written"),
        pytest.param("以及发生在节假日期间的50人以上的群体性事件。", "50人以上", "qualifier:qualifies_noun",
                     id="inside_noun_phrase-not-a-threshold-with-its-own-的-hand-written"),
        pytest.param("确保火灾总量下降，特别是一次死亡10人以上火灾事故得到有效遏制。", "10人以上",
                     "qualifier:per_event_class", id="per_event_class-hand-written"),
        pytest.param("对内容合法、仍需执行的规范性文件42件宣布继续有效。", "42件", "drop:counted_documents",
                     id="counted_documents-a-clean-ups-tally-hand-written"),
        pytest.param("今年出台规范性文件8件。", "8件", "target", id="counted_documents-not-documents-to-make-hand-written"),
        pytest.param("各乡镇每月报送2期工作动态。", "2期", "standard:frequency_duty",
                     id="frequency_duty-issues-of-a-bulletin-hand-written"),
        pytest.param("每年举办12场就业招聘会。", "12场", "target", id="frequency_duty-not-a-yearly-count-hand-written"),
        pytest.param("二、认定条件\n（一）拥有有效发明专利3项；\n三、工作目标\n新增专利企业40家。\n", "3项",
                     "standard:eligibility_rule", id="eligibility_rule-hand-written"),
        pytest.param("月销售额15万元以下的小规模纳税人免征增值税。", "15万元以下", "standard:class_threshold",
                     id="class_threshold-hand-written"),
        pytest.param("职工总数20人（含）以下的企业暂免征收水利建设基金。", "20人（含）以下", "standard:class_threshold",
                     id="class_threshold-noted-bound-hand-written"),
        pytest.param("培育年产值1亿元以上的企业20家。", "1亿元以上", "qualifier:qualifies_noun",
                     id="class_threshold-not-without-a-rule-on-the-class-hand-written"),
        pytest.param("裁员率放宽到不超过企业职工总数10%。", "10%", "standard:relaxed_rule", id="relaxed_rule-hand-written"),
        pytest.param("实施阶段性下调失业保险费率30%的政策。", "30%", "standard:policy_figure",
                     id="policy_figure-hand-written"),
        pytest.param("各县财政按获得省级奖补资金总额的20%安排配套资金。", "20%", "standard:proportional_rule",
                     id="proportional_rule-hand-written"),
        pytest.param("完成19个重点领域的60%改造任务。", "60%", "drop:inside_noun_phrase",
                     id="proportional_rule-not-without-按-hand-written"),
        pytest.param("未按时报送月报的单位，累计超过5次取消年度评先评优资格。", "5次", "standard:sanction_threshold",
                     id="sanction_threshold-hand-written"),
        pytest.param("2024年全年开展专项检查超过5次。", "5次", "target", id="sanction_threshold-no-sanction-after-hand-written"),
        pytest.param("对首批30项改革举措和本市20项创新举措落地情况开展核查。", "30项", "drop:checked_object",
                     id="checked_object-hand-written"),
        pytest.param("对全区12个重点项目建设情况进行专项督查。", "12个", "drop:checked_object",
                     id="checked_object-projects-inspected-hand-written"),
        pytest.param("对15户困难家庭住房进行改造。", "15户", "target", id="checked_object-not-without-a-check-hand-written"),
        pytest.param("将职业培训补贴对象由城镇登记失业人员扩大至18—35岁农村转移劳动力。", "18—35岁",
                     "qualifier:measure_before_noun", id="scope_of_action-not-what-将-extends-to-hand-written"),
        pytest.param("将30%以上的资金分解到各乡镇。", "30%以上", "drop:scope_of_action",
                     id="scope_of_action-将-before-a-share-hand-written"),
        pytest.param("报名人员须具有本市户籍，年满16周岁。", "16周岁", "standard:age_threshold",
                     id="age_threshold-hand-written"),
        pytest.param("到2030年，人均预期寿命达到80岁。", "80岁", "target", id="age_threshold-not-a-level-to-reach-hand-written"),
        pytest.param("招用人数达到职工总数20%（职工超过200人的企业达到10%）的，给予奖励。", "200人",
                     "drop:bracket_class_of_figure", id="bracket_class_of_figure-hand-written"),
        pytest.param("对参加培训的人员给予补贴（超过6个月的减半发放）。", "6个月", "standard:bracket_rule",
                     id="bracket_class_of_figure-not-without-a-figure-after-hand-written"),
        pytest.param("失业保险金可按3个月的当地月人均最低工资标准发放。", "3个月", "qualifier:qualifies_noun",
                     id="months-a-sum-is-computed-on-hand-written"),
        # fines a rule bounds, after another body's range joined by 、 or as a multiple of gains (hand-written)
        pytest.param("对个人处以20元以上100元以下、对单位处以500元以上2000元以下罚款。", "2000元以下",
                     "standard:fine_amount", id="fine_amount-after-list-hand-written"),
        pytest.param("没收违法所得，可以处违法所得2倍以上5倍以下罚款。", "2倍以上", "standard:fine_amount",
                     id="fine_amount-multiple-hand-written"),
        # fee schedules: a sum per unit after a slash, per use of a vehicle or per half hour, or 每月 before it
        pytest.param("三轮车白天2元/辆.次；", "2元/辆.次", "standard:tariff", id="tariff-vehicle-use-hand-written"),
        pytest.param("商户8元/户.月，暂住人口3元/人.月。", "3元/人.月", "standard:tariff",
                     id="tariff-month-hand-written"),
        pytest.param("大型车2元/半小时。", "2元/半小时", "standard:tariff", id="tariff-half-hour-hand-written"),
        pytest.param("（2）月用水量10吨以上的，每月40元；", "40元", "standard:condition_consequence",
                     id="tariff-after-condition-hand-written"),
        pytest.param("（3）个体商户每月45元；", "45元", "standard:tariff", id="tariff-per-month-hand-written"),
        pytest.param("全县农业劳动生产率达到6万元/人。", "6万元/人", "target", id="output-per-head-no-tariff-hand-written"),
        # a heading naming the class its items rate (hand-written)
        pytest.param("（二）5吨以上货车：\n1.不足1小时的，免费；", "5吨以上", "qualifier:measure_before_noun",
                     id="class-heading-measure-hand-written"),
        pytest.param("（一）7座（含）以下小型车：\n1.不足1小时的，免费；", "7座（含）以下", "qualifier:class_heading",
                     id="class_heading-hand-written"),
        pytest.param("（二）新建5座以上公厕：", "5座以上", "target", id="class_heading-not-after-a-verb-hand-written"),
        # benefit parameters a rule sets, the values they change from, and a standard abolished (hand-written)
        pytest.param("将居民医保住院基金支付比例由55%调整为60%。", "60%", "standard:set_standard",
                     id="set_standard-a-benefit-rate-hand-written"),
        pytest.param("门诊慢性病起付标准由800元降为600元。", "600元", "standard:set_standard",
                     id="set_standard-lowered-by-降为-hand-written"),
        pytest.param("到2025年，住院费用报销比例提高到75%。", "75%", "target",
                     id="set_standard-not-a-rate-a-plan-raises-by-a-year-hand-written"),
        pytest.param("将一级医院300元、二级医院600元，调整为：一级医院200元，二级医院400元。", "600元", "drop:old_value",
                     id="old_value-listed-before-the-verb-hand-written"),
        pytest.param("将一级医院300元、二级医院600元，调整为：一级医院200元，二级医院400元。", "400元",
                     "standard:set_levels", id="set_levels-after-old-values-hand-written"),
        pytest.param("将主要目标调整为：地区生产总值增长6%。", "6%", "target", id="set_levels-not-a-plans-goals-hand-written"),
        pytest.param("取消学生意外伤害门诊起付标准50元。", "50元", "drop:abolished", id="abolished-hand-written"),
        # the level a standing rule names and sets, with no year or goal to reach: every item of the rule
        pytest.param("一级定点医疗机构支付比例为50%，二级定点医疗机构支付比例为25%。", "25%", "standard:rule_level",
                     id="rule_level-benefit-rate-为"),
        pytest.param("土地补偿费、安置补助费的比例为30%、70%。", "70%", "standard:rule_level",
                     id="rule_level-listed-shares"),
        pytest.param("其中土地补偿费不高于征地区片综合地价的40%，安置补助费不低于征地区片综合地价的60%。", "60%",
                     "standard:rule_level", id="rule_level-bound-on-a-fee"),
        pytest.param("全省征收农民集体所有农用地区片综合地价最低保护标准：征收农用地（不含林地），一类地区不低于6.2万元/亩、"
                     "二类地区不低于5.6万元/亩。", "5.6万元/亩", "standard:rule_level", id="rule_level-classes-after-colon"),
        pytest.param("其余27种重大疾病，基本医保报销比例分别为：一级90%；二级80%；三级70%。", "80%", "standard:rule_level",
                     id="rule_level-items-past-a-semicolon"),
        pytest.param("重性精神病住院包干费用为：二级医院7000元/年。", "7000元/年", "standard:rule_level",
                     id="rule_level-fee-colon"),
        pytest.param("力争新建建筑光伏面积比例不低于30%。", "30%", "target", id="rule_level-not-a-striven-share-hand-written"),
        pytest.param("到2025年，新建建筑光伏面积比例不低于30%。", "30%", "target",
                     id="rule_level-not-a-share-by-a-year-hand-written"),
        pytest.param("今年再取消30项行政许可事项。", "30项", "target", id="abolished-not-a-count-of-what-is-done-hand-written"),
        pytest.param("特困人员基本生活标准按照当地城市低保标准的1.3倍执行。", "1.3倍", "standard:proportional_rule",
                     id="proportional_rule-按照-then-执行-hand-written"),
        pytest.param("重特大疾病患者最高可报销30万元。", "30万元", "standard:rule_bound",
                     id="rule_bound-a-cap-before-the-verb-of-paying-hand-written"),
        # two classes a threshold each draws, then the rule on both (hand-written)
        pytest.param("每村按以下标准核定：800人以下的村和1200户以下的社区按2人核定。", "800人以下",
                     "standard:class_threshold", id="class_threshold-two-classes-hand-written"),
    ],
)
def test_each_rule_names_its_form(text: str, quantity: str, expected: str) -> None:
    assert why(text, quantity) == expected


def test_a_headings_tally_of_items_is_not_read() -> None:
    # 一、…牵头工作（8项）: the bracket counts the items of the part, it states no rule.
    assert explain("一、县示范区管委会牵头工作（8项）\n1.打造食用菌生产基地。\n") == []
    # The same bracket inside a sentence still holds a rule's figure.
    assert why("对符合条件的，在规定期限内办结（3个工作日）。", "3个工作日") == "standard:bracket_rule"


def test_title_line_names_the_documents_own_title() -> None:
    title = "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定"
    assert why(title + "\n经省政府同意，决定废止。", "3件", title=title) == "drop:title_line"
    # The same words in the body of another document are read as any clause.
    assert why("推进大名、月浦等23个城镇雨水排水系统建设。", "23个") == "target"


# ---------------------------------------------------------------------------
# Each rule function: its form, and a neighbouring form it must leave alone


@pytest.mark.parametrize(
    ("rule", "holds", "fails"),
    [
        pytest.param(rules.cost_share, reading(before_full="市、区各承担"), reading(before_full="新增"),
                     id="cost_share"),
        pytest.param(rules.cost_share, reading(unit="元", before_full="每年市财政补偿"),
                     reading(unit="元", before_full="平均每亩补偿"), id="cost_share-not-per-unit-rate"),
        pytest.param(rules.cost_share, reading(unit="元", before_full="包干补偿"),
                     reading(unit="元/栋", before_full="包干补偿"), id="cost_share-not-a-sum-per-building"),
        pytest.param(rules.average_of_whole, reading(unit="万元/亩", before_full="全省平均价为"),
                     reading(unit="万元/亩", before_full="全省平均价提高到"), id="average_of_whole"),
        pytest.param(rules.partition_count, reading(before_full="全省共划分", after_clean="区片"),
                     reading(before_full="全县新划分", after_clean="区片"), id="partition_count"),
        pytest.param(rules.cost_share_payer, reading(unit="%", after_text="由区财政承担"),
                     reading(unit="%", after_text="由区财政牵头落实"), id="cost_share_payer"),
        pytest.param(rules.baseline, reading(after_text="的基础上"), reading(after_text="的村"), id="baseline"),
        pytest.param(rules.named_package,
                     reading(after_clean="措施", before_scoped="落实好稳外贸促消费", before="落实好稳外贸促消费"),
                     reading(after_clean="措施", before_scoped="研究出台", before="研究出台"), id="named_package"),
        pytest.param(
            rules.recipients_each,
            reading(after_text="示范县各", after_clean="示范县各", others_after=True),
            reading(after_text="示范县，每县", after_clean="示范县", others_after=True),
            id="recipients_each",
        ),
        pytest.param(rules.called_standard, reading(after_text="标准补助公用经费"), reading(after_text="标准厂房"),
                     id="called_standard"),
        pytest.param(rules.counted_documents, reading(unit="件", before_full="《某县粮食储备管理办法》等"),
                     reading(unit="件", before_full="办理群众来信"), id="counted_documents"),
        pytest.param(rules.counted_documents, reading(unit="个", before_full="《甲办法》、《乙措施》", after_clean="文件"),
                     reading(unit="个", before_full="落实《乙》", after_clean="重点项目"), id="counted_documents-named"),
        pytest.param(rules.print_run, reading(unit="份", before_core="2019年4月2日印共印"),
                     reading(unit="份", before_core="发放宣传资料"), id="print_run"),
        pytest.param(
            rules.provision_per_subject, reading(before_scoped="每村配置"),
            reading(before_scoped="社区综合服务设施面积达到每百户"), id="provision_per_subject-not-a-level-to-reach",
        ),
        pytest.param(
            rules.describes_document,
            reading(before_core="共梳理出", after_clean="重点任务"),
            reading(before_core="完成", after_clean="重点任务"),  # 完成58项重点任务: a target
            id="describes_document",
        ),
        pytest.param(
            rules.describes_document,
            reading(before_core="确定了6个方面", after_clean="重点工作"),
            reading(before_core="新建6个", after_clean="重点工作"),
            id="describes_document-chained-parts",
        ),
        pytest.param(
            rules.frames_document,
            reading(clause_before="从产业、科技", after_clean="方面"),
            reading(clause_before="新建", after_clean="方面"),
            id="frames_document",
        ),
        pytest.param(rules.title_line, reading(in_title=True), reading(), id="title_line"),
        pytest.param(rules.rhetoric_count, reading(cn=True, after_clean="方面工作", before="做好以下"),
                     reading(cn=True, after_clean="示范区", before="建成"), id="rhetoric_count"),
        pytest.param(
            rules.subject_of_later_count,
            reading(after_clean="推广中心每年推广", others_after=True, verb_only=False, before_core="全市"),
            reading(after_clean="专精特新企业", others_after=True, list_item=True),
            id="subject_of_later_count",
        ),
        pytest.param(rules.scope_of_action, reading(after_clean="技术技能人才紧缺领域", before="推动职业院校在"),
                     reading(after_clean="建设工程", before="总投资额在"), id="scope_of_action"),
        pytest.param(rules.inside_noun_phrase, reading(after_clean="重点内容", before="重点领域的"),
                     reading(after_clean="重点内容", before="完成"), id="inside_noun_phrase"),
        pytest.param(rules.topic_count, reading(after_clean="方面督查重点"),
                     reading(after_clean="示范小区", list_item=True), id="topic_count"),
        pytest.param(rules.topic_count, reading(after_clean="种重大疾病政策范围内住院费", before_core="其余"),
                     reading(after_clean="种重大疾病政策范围内住院费", before_core="确定"), id="topic_count-rest-of-a-set"),
        pytest.param(rules.name_in_numerals, reading(cn=True), reading(cn=True, comparator=">=", pre_len=2),
                     id="name_in_numerals"),
        pytest.param(rules.fused_years, reading(unit="年", unit_kind="time", value=20212025.0),
                     reading(unit="年", unit_kind="time", value=20252021.0), id="fused_years"),
        pytest.param(
            rules.qualifies_noun,
            reading(unit="万元", unit_kind="measure", after_text="的村", after_clean="村", verb_only=False),
            reading(unit="座", after_text="的公园", after_clean="公园", before_core="建成"),  # 建成230座以上的公园
            id="qualifies_noun",
        ),
        pytest.param(
            rules.measure_before_noun,
            reading(unit="亿元", unit_kind="measure", after_clean="制造业企业", verb_only=False),
            reading(unit="平方公里", unit_kind="measure", after_clean="建设用地面积达到", verb_only=False),
            id="measure_before_noun",
        ),
        pytest.param(
            rules.listed_qualifier,
            reading(limit_after=True, rest="、平均担保费率不超过1%的担保业务给予"),
            reading(limit_after=True, rest="、省级专精特新中小企业200家以上"),
            id="listed_qualifier",
        ),
        pytest.param(rules.frequency_duty, reading(unit="次", clause_before="原则上每5年修订"),
                     reading(unit="次", clause_before="组织"), id="frequency_duty"),
        pytest.param(rules.frequency_duty, reading(unit="期", clause_before="办公室每周编发"),
                     reading(unit="期", clause_before="每年编发", cn=False), id="frequency_duty-issues"),
        pytest.param(rules.frequency_duty, reading(unit="场", clause_before="每季度至少举办"),
                     reading(unit="场", clause_before="每季度至少举办", cn=True), id="frequency_duty-not-in-words"),
        pytest.param(
            rules.alternative_qualifier,
            reading(unit="人", comparator=">=", limit_after=True, after_text="或直接经济损失",
                    rest="或直接经济损失300万元以上的事故"),
            reading(unit="人", comparator=">=", limit_after=True, after_text="或增长",
                    rest="或增长10%"),  # 新增就业5000人以上或增长10%: two targets
            id="alternative_qualifier",
        ),
        pytest.param(
            rules.per_event_class,
            reading(unit="人", comparator=">=", limit_after=True, before="火灾特别是一次死亡",
                    after_text="火灾事故得到遏制", after_clean="火灾事故得到遏制"),
            reading(unit="人", comparator=">=", limit_after=True, before="每年培训",
                    after_text="基层干部", after_clean="基层干部"),
            id="per_event_class",
        ),
        pytest.param(rules.counted_documents, reading(unit="件", before_full="规范性文件", after_text="宣布失效"),
                     reading(unit="件", before_full="规范性文件", after_text=""), id="counted_documents-clean-up"),
        pytest.param(rules.points_per_occurrence, reading(unit="次", clause_before="每发现", after_text="扣", rest="扣2分"),
                     reading(unit="次", clause_before="每季度召开", after_text="工作例会", rest="工作例会"), id="points_per_occurrence"),
        pytest.param(rules.points_rule, reading(unit="分", before_full="每发现1次扣"),
                     reading(unit="分", before_full="满意度得分达到"), id="points_rule"),
        pytest.param(rules.penalty_rule, reading(unit="万元", clause_before="每次扣缴县级财政资金"),
                     reading(unit="万元", clause_before="每年安排县级财政资金"), id="penalty_rule"),
        pytest.param(rules.time_limit, reading(unit="个工作日", unit_kind="time"), reading(unit="家"), id="time_limit"),
        pytest.param(rules.return_period, reading(unit="年一遇", unit_kind="measure"),
                     reading(unit="年", unit_kind="time"), id="return_period"),
        pytest.param(rules.bracket_rule, reading(in_bracket=True), reading(), id="bracket_rule"),
        pytest.param(rules.provision_per_subject, reading(before_scoped="每村配置"),
                     reading(before_scoped="每年新增"), id="provision_per_subject"),
        pytest.param(rules.set_standard,
                     reading(before_scoped="最低月工资标准", clause_before="将我市最低月工资标准调整为"),
                     reading(before_scoped="达标小区", clause_before="创建达标小区"), id="set_standard"),
        pytest.param(rules.set_standard,
                     reading(unit="元", before_scoped="月最低工资标准", before_stem="月最低工资标准"),
                     reading(unit="个", before_scoped="新建标准化厂房", before_stem="新建标准化厂房"),
                     id="set_standard-a-sum-after-the-levels-name"),
        pytest.param(rules.address_ordinal, reading(unit="组", clause_before="位于某镇甲村2组、"),
                     reading(unit="组", clause_before="每村配置"), id="address_ordinal"),
        pytest.param(rules.list_own_count, reading(value=3, clause_before="调整甲江、乙江、丙江等"),
                     reading(value=3, clause_before="新建甲园、乙园、丙园等"), id="list_own_count"),
        pytest.param(rules.list_own_count, reading(value=3, clause_before="选择甲县、乙县及丙县", after_text="县作为试点"),
                     reading(value=3, clause_before="改建甲线、乙线及丙线", after_text="条公路"),
                     id="list_own_count-joined-last-item"),
        pytest.param(rules.distance_zone,
                     reading(unit="米", unit_kind="measure", comparator="<=", clause_before="严禁在距林地边缘"),
                     reading(unit="米", unit_kind="measure", comparator="<=", clause_before="新建道路"),
                     id="distance_zone"),
        pytest.param(rules.rate_standard, reading(unit="万元/户", unit_kind="measure", before_stem="市级财政补助标准"),
                     reading(unit="万元/户", unit_kind="measure", before_stem="户均增收"), id="rate_standard"),
        pytest.param(rules.rate_standard, reading(unit="元/人", unit_kind="measure", before_stem="各级财政对居民医保补助"),
                     reading(unit="元/人", unit_kind="measure", before_stem="人均医疗费用"), id="rate_standard-a-grant-per-head"),
        pytest.param(rules.abolished,
                     reading(unit="元", unit_kind="measure", clause_before="取消门诊起付标准"),
                     reading(unit="元", unit_kind="measure", clause_before="取消其补助标准并处"), id="abolished"),
        pytest.param(rules.rule_bound, reading(comparator="<=", clause_before="收取的担保费率原则上不超过"),
                     reading(comparator="<=", clause_before="全区干垃圾日均控制量不高于",
                             before_stem="全区干垃圾日均控制量"), id="rule_bound"),
        pytest.param(rules.class_threshold,
                     reading(comparator="<=", after_text="的企业暂免征收水利建设基金"),
                     reading(comparator="<=", after_text="的企业达到50家"), id="class_threshold"),
        pytest.param(rules.relaxed_rule, reading(unit="%", clause_before="裁员率放宽到不超过企业职工总数"),
                     reading(unit="%", clause_before="裁员率控制在企业职工总数"), id="relaxed_rule"),
        pytest.param(rules.policy_figure, reading(unit="%", unit_kind="measure", rest="的政策"),
                     reading(unit="%", unit_kind="measure", rest="的政策覆盖面"), id="policy_figure"),
        pytest.param(rules.proportional_rule,
                     reading(unit="%", before_full="按获得省级奖补资金总额的", clause_before="按获得省级奖补资金总额的"),
                     reading(unit="%", before_full="全市的", clause_before="全市的"), id="proportional_rule"),
        pytest.param(rules.sanction_threshold, reading(unit="次", comparator=">", after_text="取消当年评先评优资格"),
                     reading(unit="次", comparator=">", after_text="的企业"), id="sanction_threshold"),
        pytest.param(rules.checked_object,
                     reading(unit="项", unit_kind="count", clause_before="对首批", rest="改革举措落地情况实施核查"),
                     reading(unit="项", unit_kind="count", clause_before="对首批", rest="改革举措进行推广"),
                     id="checked_object"),
    ],
)
def test_rule_holds_on_its_form_only(rule, holds: Reading, fails: Reading) -> None:
    assert rule(holds)
    assert not rule(fails)


def test_verdict_reads_the_tables_in_order() -> None:
    # A return period is a standard before any drop rule is asked (50-100年一遇内涝可控 has no
    # words before it and would be a topic count); a qualifier in a title line is dropped.
    assert verdict(reading(unit="年一遇", unit_kind="measure", after_clean="内涝可控")) == ("standard", "return_period")
    assert verdict(reading(unit="万元", unit_kind="measure", after_text="的项目", after_clean="项目",
                           before="七宝镇", before_core="七宝镇", verb_only=False, in_heading=True)) == (
        "drop", "title_words")
    assert verdict(reading(after_clean="示范区", before_core="建设", before="建设")) == ("target", None)


def test_requirements_rule_out_only_readings_a_rule_cannot_hold_on(shared, monkeypatch) -> None:
    # verdict skips a rule whose requirements (@requires) a reading's traits fail: on every
    # reading of the development corpus and the gazette, each rule so skipped is asked
    # anyway and must not hold, and each rule skipped somewhere is asked at least once.
    from policykg.extract import targets
    from policykg.extract.pipeline import extract_text

    seen: list[Reading] = []

    def record(r: Reading) -> tuple[str, str | None]:
        seen.append(r)
        return verdict(r)

    monkeypatch.setattr(targets, "verdict", record)
    paths = [*sorted((shared / "corpus" / "dev").glob("*.txt")), shared / "corpus" / "jiaxing-gazette-2024-03.txt"]
    for path in paths:
        extract_text(path.read_text(encoding="utf-8"))
    assert len(seen) > 500
    tables = (rules.FIRST_STANDARD_RULES, rules.DROP_RULES, rules.QUALIFIER_RULES, rules.STANDARD_RULES)
    skipped: set[str] = set()
    for r in seen:
        traits = rules._traits(r)
        for rule in (rule for table in tables for rule in table):
            if not rules._admits(rule, traits):
                skipped.add(rule.__name__)
                assert not rule(r), (rule.__name__, traits, r.clause_before, r.after_text)
    gated = {rule.__name__ for table in tables for rule in table if getattr(rule, "requires", None)}
    assert skipped == gated


def test_requires_names_only_traits() -> None:
    with pytest.raises(ValueError, match="no such trait"):
        rules.requires(share=True)
