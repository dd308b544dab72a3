"""The rules that decide what a number in a clause states: a target, a standard, or neither.

:mod:`policykg.extract.targets` finds every number with a unit and reads each run of
adjacent numbers in its clause into a :class:`Reading` (the text before and after it,
split the ways the rules ask). The rules here are small named functions of one
reading, in three tables:

- :data:`DROP_RULES`: the number states nothing promised (a baseline, a cost share, a
  count that names a topic, a measure that qualifies a noun inside a target …);
- :data:`STANDARD_RULES`: the number is a rule the document sets (``kind: standard``):
  a frequency duty, a time limit, an eligibility threshold, a technical standard;
- :data:`QUALIFIER_RULES`: the number qualifies a noun (``总投资额在100万元以下的项目``):
  a standard when its sentence states no target, else part of that target's object.

Each rule reads structure (where the number sits, what follows it, which limit words
surround it), never a phrase of one document. :func:`verdict` applies the tables in order
and names the rule that decided, so each rule is tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from typing import Any, Generic, TypeVar, overload

from policykg.extract.patterns import SEE_POINTER
from policykg.extract.roles import ROLE_LABEL_PATTERN

# ---------------------------------------------------------------------------
# Patterns the rules read (one place: targets.py imports those it shares)

#: Verbs that split the cost of something between payers (市、区各承担50%).
COST_SHARE_VERBS = ("承担", "分担", "负担", "出资", "补偿")
#: A share then its payer (剩余20%|由财政补助): how a cost is split too.
COST_SHARE_AFTER = re.compile(r"由[^，。；（）]{1,12}?(?:承担|分担|负担|出资|补偿|补助)")
#: A figure that is the base of a change, not its target (达到12000元的基础上).
BASELINE = re.compile(r"的?基础上|为基数|为基础|为标准")
BASELINE_FIRST = frozenset("的基为")
#: A frequency before a count of times (每3年修订1次, 每季度至少检查1次).
FREQUENCY = re.compile(r"每(?:\d+|[两三四五六七八九十]+)?(?:个?年|个?月|季度?|周|日|天|学期|半年)")
#: Nouns a measure may quantify (50平方公里以上建设用地面积): an amount, not an entity.
MEASURE_NOUN = re.compile(r"(?:面积|用地|规模|资金|投资|额|长度|里程|容量|库容|产能|能力|产值|收入|价值|量)$")
#: Nouns that name a measure's own size after it (五千亿规模, 百万吨体量): the measure is the amount.
#: So does a milestone (突破500亿元大关) and a push toward the amount (向1000亿元冲刺): the amount is the goal.
SIZE_WORDS = ("规模", "体量", "大关", "关口", "水平")
STRIVING_WORDS = ("冲刺", "迈进", "进军", "挺进")
#: The words that mark a goal as one striven for (力争, 争取, 争创, 努力), not bound by 确保 or 必须.
ASPIRING = "力争|争取|争创|努力"
STRIVING = re.compile(rf"(?:大关)?(?:{'|'.join(STRIVING_WORDS)})")
#: Nouns that, after 的, call the amount before them the goal itself (实现种植面积1800亩的目标, 完成
#: 造林500亩的任务): what is measured is named before the amount, as before a size noun. (Without
#: 的 a count of them is a count of the document's parts: 主要有5项任务.)
GOAL_WORDS = ("目标任务", "目标", "任务")
SIZE_NOUN = re.compile(
    rf"(?:的)?(?:{'|'.join(SIZE_WORDS)})|的(?:{'|'.join(GOAL_WORDS)})|{STRIVING.pattern}")
SIZE_FIRST = frozenset("的" + "".join(w[0] for w in (*SIZE_WORDS, *GOAL_WORDS, *STRIVING_WORDS)))
#: A goal word alone after a figure (…达到30%以上|目标, …的目标): the figure is the goal's level, no noun follows.
GOAL_AFTER = re.compile(r"的?(?:预期|发展|奋斗)?目标")
#: Verbs after a prenominal number that make it a statement (60%城镇社区建有…).
PREDICATE = re.compile(
    r"达到|达标|实现|建有|完成|具备|发展为|成为|建立|开展|提供|配备|拥有|纳入|覆盖|通过|获得|进入|建成|设立|参与|"
    r"接受|享有|落实|创建|改造|更新"
)
#: Verbs of doing that open a clause of what a plan does (实施好…3000亩的土地整理项目): the plain
#: amount it names is what is done; they stand within :data:`DOING_REACH` characters of the clause
#: (after an adverb: 高标准实施好, 加快建设).
DOING = re.compile(r"实施|实现|完成|推进|建设|建成(?!区)|新建|新增|改造|整治|治理|种植|打造|创建|培育")
DOING_REACH = 6
#: The last characters of a copula or a basis before an amount (达, 为, 按, 在): what follows is a threshold.
_COPULA_LAST = frozenset("达到为按在于是")
#: Verbs that may stand before a count written in Chinese numerals (建成两个…): 三个“一号工程”,
#: 七个方面, 两个市场 are rhetoric, not targets.
_MAKING_WORDS = "新增|新建|建设|建成|创建|打造|培育|引进|设立|组建|新培育|争创|完成|举办|成立"
CN_VERBS = re.compile(rf"(?:{_MAKING_WORDS})$")
CN_VERBS_IN = re.compile(_MAKING_WORDS)  # any of them in a text (新建城东、城西等|2个公园)
#: A verb of making, then the noun it makes, right before a count in Chinese numerals that closes its clause
#: (新增|消防车|一部): the count of what is made, no name (冬季两项) and no article (一个 before its noun).
MADE_NOUN_BEFORE = re.compile(rf"(?:{_MAKING_WORDS})[\u4e00-\u9fff]{{2,8}}$")
#: Words that may stand before a subject count at the head of its clause (全市5家推广中心…).
SUBJECT_SCOPE = re.compile(r"(?:全市|全区|全省|全县|全镇|全国|本市|本区|我市|我区|各地|其中|同时|此外|另外)*")
#: Limit words after a number (以上, 及以下, 以内).
POST_WORD = re.compile(r"以上|以下|以内|之内")
PREPOSITIONS = "在对从与向于为给被把将由"
#: Words that join the items of a list (改造老旧管网120公里|及雨污混接点800处).
JOINERS = ("及", "和", "与", "以及", "、", "或")
#: The characters after 等 that make it a word of its own (等级, 等次, 等额, 等同, 等待), not a list's close.
_WORDS_OF_DENG = frozenset("级次额同待")
#: Verbs of getting a thing done that name nothing themselves (开办企业0.5个工作日内|完成).
DONE = re.compile(r"完成|办结|办完|办理完毕|完毕|结束|到位")
#: Verbs that impose a fine or a sum right before it (处以|500元以上…罚款, 并处|一倍以上…).
SANCTION_VERBS = ("处以", "并处", "处", "罚款", "罚")
#: The fines an amount before them sets (…1000元以下|罚款).
FINE_NOUNS = ("罚款", "罚金")
#: Words that make what follows a scope, not a target (将70%以上的…比例分解到, 紧扣省均衡化发展39项指标).
SCOPE_WORD = re.compile(r"将|把|围绕|聚焦|紧扣|按照|根据|对照|参照|依据")
#: A verb of making right before a count (将基本形成|1个…, 将建成|10个…): 将 then says what will be, no scope.
#: (the verbs a count written in Chinese numerals may follow, and those of coming to be)
MAKING_VERB = re.compile(rf"(?:{_MAKING_WORDS}|形成|实现|达到)$")
#: A verb that carries what 将 takes to a new extent (将补贴范围由…扩展至|16—24岁失业青年): the figure after
#: it is the extent the rule sets, no scope of the action.
EXTENDED_TO = re.compile(r"(?:扩展|扩大|拓展|延伸|放宽|延长|提高|提升|增加|调整)[至到为]$")
#: The parameters of a benefit a rule pays by: the share of a cost it pays (住院基金支付比例, 报销比例),
#: the line it pays from (起付线) and the cap it pays up to (封顶线).
BENEFIT_RATES = ("支付比例", "报销比例", "补偿比例", "赔付比例", "给付比例", "救助比例", "自付比例")
BENEFIT_WORDS = (*BENEFIT_RATES, "起付线", "封顶线")
#: Nouns of standards a document sets, and the verbs that set them (最低工资标准调整为2260元, 起付标准由
#: 1000元降为900元, 住院基金支付比例由60%调整为65%); the limits of what a body may lend, levy or buy are
#: parameters of a rule as a standard is (最高贷款额度由70万元调整为80万元, 缴存比例下限：5%).
LIMIT_WORDS = ("额度", "下限", "上限")
STANDARD_WORDS = ("标准", "最低工资", "限额", *LIMIT_WORDS, "起征点", *BENEFIT_WORDS)
#: (标准化, standardising, names no standard: 标准化率提高到80% is an outcome to reach;
#: 高标准农田, farmland built to a high standard, names no standard either)
STANDARD = re.compile("|".join(f"{word}(?!化|农田)" if word == "标准" else word for word in STANDARD_WORDS))
#: The verbs of a change to a new value (提高到, 调整为, 降至, 延长至), the one list every rule about a changed
#: value reads.
CHANGE_VERB = r"(?:提高|提升|调整|上调|下调|调高|调低|调减|降低|降|增加|减少|扩大|放宽|延长|缩短)"
CHANGED_TO = rf"{CHANGE_VERB}[为到至]"
#: The verbs that set a standard's level (调整为, 提高到, 降至, 确定为, 执行): fewer than those of any change, as
#: 扩大到 or 增加到 a plan's goal is no standard set (高标准农田面积扩大到100万亩).
STANDARD_VERB = re.compile(
    r"调整为|调整到|调整至|提高到|提高至|提高为|上调至|上调到|上调为|确定为|统一为|执行|上浮|下浮"
    r"|降为|降至|降到|降低为|降低至|降低到|下调为|下调至|下调到|调低为|调低至|调低到|调减为")
#: A level's name right before its figure, then at most 为 and the unit the level is per
#: (月最低工资标准|1080元, 平均标准为年人均|6120元, 补助标准为每人每月|500元): the level the document sets.
STANDARD_NAMED = re.compile(
    rf"(?:{STANDARD.pattern})(?:为|是)?(?:[年月](?:人均)?|人均[年月]?|每[人户](?:每[年月日天])?)?$")
#: The parts a document is made of, which it may count when it describes itself (the practical matters a
#: 民生实事 plan lists among them: 票决出17项…为民办实事项目).
_DOCUMENT_PARTS = r"任务|措施|举措|指标|条款|事项|方面|领域|工作|意见|内容|问题|章|节|条|规章|文件|实事|实事项目"
#: The owners a document names count among its parts too (涉及34个牵头单位).
DOCUMENT_PART = re.compile(rf"(?:{_DOCUMENT_PARTS}|{ROLE_LABEL_PATTERN})$")
DOCUMENT_PART_IN = re.compile(_DOCUMENT_PARTS)
#: A counted part before another one (确定了10个方面|190项重点工作, 分解为12项工作目标和|30项工作任务):
#: the describing verb governs both (the goals a document is broken down into count among its parts there).
_PART_ENDS = ("方面", "领域", "大类")  # the broad parts a document counts before its items
COUNTED_PART = re.compile(rf"[\d一二三四五六七八九十百]+[个项条类大]?[\u4e00-\u9fff]{{0,2}}(?:{_DOCUMENT_PARTS}|目标)$")
#: A clause that opens by framing what follows (从产业、生态…七个方面，制定…): its count of
#: parts is how the document is laid out.
FRAMING = re.compile(r"\s*(?:从|围绕|聚焦|着眼于?|立足于?)")
#: How a document describes its parts: a completed verb (梳理出, 设置了), 共, 包括, 分为, 提出.
DESCRIBING = re.compile(r"(?:[\u4e00-\u9fff](?:出|了)|共|共计|共分|包括|包含|涵盖|分为|分成|提出|明确|细化[为成]?|分解[为成]?|涉及)$")
#: Verbs that hand the counted parts out (243项工作任务|予以分解印发): the noun ends before them.
DISPOSAL = re.compile(r"(?:予以|加以|进行)?(?:分解|印发|下达|细化)")
#: A 的 after a verb of assigning (市下达的, 省分配给我县的): the count after it is what is assigned.
ASSIGNED = re.compile(r"(?:下达|分配|交办|下发|分解)[^，。；的]{0,4}的$")
#: Nouns of a package of measures, and the verbs that carry one out (落实好…90条措施); a short
#: modifier may stand before the noun (细化措施, 硬措施, 具体举措, 惠企政策).
PACKAGE_NOUN = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:(?:政策)?(?:措施|举措)|政策)")
#: Verbs of making a package (出台, 制定 …): after one, its count is of measures to make, a target.
PACKAGE_MADE = re.compile(r"出台|制定|推出|研究|起草|编制|形成")
IMPLEMENTING = re.compile(r"落实|贯彻|执行|兑现")
#: Verbs of describing that may stand before a list of parts closed by 等 (提出就业、收入等7项指标).
LISTING = re.compile(r"提出|明确|设置|设定|包括|包含|涵盖|涉及|细化|梳理|聚焦")
#: A clause that opens on the basis it follows (根据…, 按照…), and the goal that closes that basis
#: after a figure (…7%|的宏观调控目标, …3%|的目标要求).
BASIS_WORDS = ("根据", "按照", "依据", "依照")
BASIS_OPENING = re.compile(rf"\s*(?:{'|'.join(BASIS_WORDS)})")
BASIS_GOAL = re.compile(r"(?:左右|以上|以内|以下)?的[^，。；]{0,12}?(?:目标|要求|部署)")
#: An item of a plan's schedule, right before its figure (按照2022年年底前完成|35%、2023年年底前完成|60%的要求):
#: the plan's own stages, not a figure of another body's goal.
SCHEDULE_ITEM = re.compile(r"(?:19|20)\d{2}年(?:年底|底|末)?(?:前|以前)?(?:完成|达到)$")
#: Verbs that lay out what follows in the clause as parts (分为“类别、任务内容、…4个方面的内容).
LAYING_OUT = re.compile(r"共分|分为|分成|包括|包含|涵盖")
#: A tally of items alone (，共149项。): the count of what the sentence described.
TALLY = re.compile(r"共|共计|合计|总计")
#: Nouns of the classes a rule sorts things into (分为…共5个类别, 分为甲级、乙级2个等级).
CLASS_NOUN = re.compile(r"类别|类型|等级|级别|档次|种类")
#: The parts an assessment method sets up, opening the noun after a count (15项季度考核指标, 4个报告期):
#: the indicators it scores and the periods it scores them in describe the method, no target.
METHOD_PART = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:考核|考评|评价|评估|监测)(?:指标|内容|类别|事项)|(?:报告|考核|考评|评价|评估|统计)(?:期|周期|时段)")
#: A clause that defines an area as a zone (…以内的区域为禁止发展区): its size is no target.
DEFINED_AREA = re.compile(r"(?:区域|范围|地区|地域)(?:划定|确定|划)?为")
#: Verbs that make a duration shorter: the duration is then a target, not a rule.
SHORTENED = re.compile(r"压缩|缩短|减少|降低|减至|降至|提速")
#: The marks of an inequality written as a chain (15厘米≤翻耕深度＜20厘米): after the lower bound, what is
#: bounded follows them.
CHAIN_MARKS = "≤≦<＜"
#: Verbs that raise a duration to a level (平均受教育年限提高到11.5年, 达12.3年以上): the duration is then a target
#: too. (达 alone as a verb, not the end of 下达, 到达 …)
RAISED_TO = r"达到|达(?<![下到传表抵送通发直转]达)|提高到|提高至|提升到|提升至|延长到|延长至|增加到|增至"
RAISED = re.compile(rf"(?:{RAISED_TO})$")
#: Limit words that take a level past a mark (人均逗留时间突破3天): a goal's words, whatever is measured.
PASSED_WORDS = ("突破",)
#: A period a rule sets, extended (有效期延长至5年, 试点期限延长至三年); not a plan's duration (平均生存期延长至5年).
PERIOD_EXTENDED = re.compile(r"(?:有效期|试点期|试用期|试行期|过渡期|保护期|执行期|实施期|期限|时限)延长[到至]$")
#: Verbs that shorten a duration to a level (审批时限压缩至15个工作日).
SHORTENED_TO = r"压缩到|压缩至|缩短到|缩短至|压减到|压减至|降低到|降低至|减少到|减少至|减至|降至|控制在"
#: A verb of reaching a place, or a travel circle that comes to be, right after a travel time (4小时通达|…,
#: 15分钟上高速, 30分钟到达|周边县, 30分钟通勤圈基本形成): the time is a goal of access, no period and no rule.
TRAVEL_UNITS = ("小时", "分钟")
TRAVEL_AFTER = re.compile(
    r"(?:通达|到达|抵达|直达|可达|畅达|送达|上(?:高速|高铁|国道|干线|快速路))"
    r"|[\u4e00-\u9fff]{0,6}?圈(?:已|将)?(?:基本|全面|初步)?(?:形成|建成)")
#: What follows a duration that is the length of a cycle a rule sets (5年一周期, 3年为一个周期).
CYCLE_AFTER = ("一周期", "一个周期", "为一周期", "为一个周期", "一轮")
#: Words of a rule that bounds something (原则上不超过, 最高不超过, 不得低于: 新建住宅小区绿地率不得低于30% is a rule in
#: a plan too).
RULE_WORD = re.compile(r"原则上|不得|不应|不宜|最高(?!水平)|最低(?!水平)|上限|下限|一般(?=为|不|应|在|可)|上一?年度")
#: The adjustment an assessment rule makes to a score, right before its bound (对投资率加减|不超过5个百分点).
ADJUSTED = re.compile(r"加减分?(?:值|幅度)?(?:均|各|分别)?\s*$")
#: What a grant or a fee rule bounds (补助比例, 担保费率, 贷款额度).
#: Each grant word leads a branch of its own, so every branch opens with a literal and the
#: engine skips other characters in C (a branch opening with a group is tried at every position).
GRANT_TERM = re.compile("|".join(
    rf"{w}(?:资金)?(?:比例|标准|额度|金额|上限)" for w in ("补助", "补贴", "奖励", "资助", "贷款", "担保", "贴息", "返还")
) + "|费率|收费标准")
#: A unit's share of something per subject (每户配置1组, 每村配备1辆, 按500户配1名): a rule of
#: provision, not a quantity to reach.
PER_SUBJECT = re.compile(
    r"(?:每(?!年|月|季|周|日|天)[\u4e00-\u9fff]{1,3}|按)(?:应|要|需|须)?(?:配置|配备|设置|配|设|安排)?$"
    # a longer subject, or a limit word, with a verb of providing (每个行政村至少配备, 每千服务人口配备不少于)
    r"|每(?!年|月|季|周|日|天)[\u4e00-\u9fff]{1,6}?(?:应|要|需|须)?(?:至少)?(?:配置|配备|设置|配建|安排)(?:不少于|不低于|至少)?$"
    # the sum each unit is compensated with (每亩补偿, 每平方米补偿)
    r"|每(?!年|月|季|周|日|天)[\u4e00-\u9fff]{1,3}补偿$"
)
#: A level reached per subject (设施面积达到每百户30平米以上): a ratio to reach, not a provision; or bounded, per head of
#: a population named between (设施均不低于常住人口每千人|40平方米).
REACHED_PER = re.compile(r"(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|(?P<bound>不低于|不少于)(?=[^每]{0,4}人口每))"
                         r"((?:[\u4e00-\u9fff]{0,4}?人口)?每[\u4e00-\u9fff]{1,3})$")
#: 各 after a count's noun, then the amount each gets (20个示范县各|3000万元, 10家企业各给予|50万元).
EACH_GETS = re.compile(r"各(?:给予|奖励|补助|补贴|安排|下达|拨付|支持|分配)?$")
#: The use a sum is put to, right after it (安排资金5000万元|用于…, 将安排13.3亿元|支持…): the sum is
#: committed to it, no class of a noun.
FUND_USE = re.compile(r"(?:专项|统筹|主要|重点)?(?:用于|支持|扶持|投向)")
#: Nouns of money set aside (专项资金, 示范创建资金, 工作经费, 重大项目前期费, 补偿费用), at the end of the noun or
#: before the use it is put to (资金|用于新村建设, 资金|支持城市基础设施建设): an amount before one is the fund's own.
FUND_NOUN = re.compile(rf"(?:资金|经费|基金|费用|费)(?=$|{FUND_USE.pattern})")
#: A verb of committing funds right before the sum (将安排|13.3亿元, 将投入|5亿元): after 将, what will be spent.
FUNDING_VERBS = "安排|投入|拨付|筹措|筹集|下达|统筹"
FUNDING_VERB = re.compile(rf"(?:{FUNDING_VERBS})(?:资金|经费)?$")
#: A number the text calls a standard (按照每生每年250元的标准给予补助, 按每生每年6000元标准补助
#: 公用经费): a 标准 right after it that ends the clause or is followed by how it is applied (not a
#: noun it qualifies: 10万平方米标准厂房).
CALLED_STANDARD_OPENINGS = ("标准", "的标")  # the two characters it opens with
CALLED_STANDARD = re.compile(
    r"的?标准(?=[，。；）]|$|(?:拟|可)?(?:补助|补贴|奖励|给予|发放|执行|计算|核定|拨付|核拨|安排|增加|补偿|收取|征收|收费|予以|进行|做))")
#: The 的 after a number's limit word that joins the noun a list of bounds qualifies (…不超过1%的担保业务).
LIST_QUALIFIED = re.compile(r"(?:以上|以下|以内|[%‰])的[\u4e00-\u9fff]")

#: 按 and the base a share is taken of, right before the share (按获得补助资金总额的|30%, 按企业上年度实际
#: 缴纳失业保险费的|30%返还): a proportional rule.
PROPORTION_BASE = re.compile(r"按(?:照)?(?P<base>[^，。；按]{2,30}?)的$")
#: The bodies a rule may sort into classes by a threshold (企业, 单位, 项目, 家庭 …), and what a rule does
#: to a class right after naming it (免征, 减半, 享受, 适用, 给予 …).
#: A second class may be joined before the rule (1500人以下的村和2000户以下的社区|按3人计发), and the rule may
#: set what the class is given by a measure (按).
BODY_NOUNS = ("企业", "单位", "项目", "工程", "家庭", "人员", "个人", "农户", "机构", "主体", "纳税人", "商户", "学校",
              "村", "社区")
_BODY = f"[\u4e00-\u9fff]{{0,8}}?(?:{'|'.join(BODY_NOUNS)})"
#: The class a threshold draws, right after it (1500人以下|的村).
THRESHOLD_CLASS = re.compile(rf"的(?P<body>{_BODY})")
RULE_ON_CLASS = re.compile(
    rf"的(?:（[^（），。；]{{1,12}}）)?{_BODY}(?:[和及或、][^，。；]{{0,16}}?的{_BODY})?[\u4e00-\u9fff]{{0,2}}?"
    r"(?:暂免|免征|免收|免缴|免于|免除|减半|减按|减征|减免|缓缴|享受|适用|给予|予以|可以?|不得|不再|须|应当|要|按)")
#: A verb that loosens a rule's bound before the new bound (裁员率放宽到不超过…20%, 放宽至参保1年以上).
RELAXED = re.compile(r"放宽(?:到|至|为)")
#: A figure a policy is named by after it (实施阶段性下调工伤保险费率50%|的政策, 减按20%|征收的优惠政策).
POLICY_AFTER = re.compile(r"[^，。；]{0,10}?的[\u4e00-\u9fff]{0,4}?政策(?:措施)?(?![\u4e00-\u9fff])")
#: A cut a policy makes for a time (阶段性下调工伤保险费率, 阶段性减免): its figure is the policy's own.
TEMPORARY_CUT = re.compile(r"阶段性(?:下调|调降|降低|减免|减征|减半|缓缴|返还)")

T = TypeVar("T")


def _is_share(unit: str) -> bool:
    """Whether a number with ``unit`` is a share (``%``, ``‰``)."""
    return unit in ("%", "‰")


class computed(Generic[T]):
    """A field computed from the others when it is first read, then kept on the instance.

    A non-data descriptor, so later reads are plain attribute reads; unlike
    :class:`functools.cached_property` (before Python 3.12) it takes no lock, which costs more
    than most of these fields do to compute.
    """

    __slots__ = ("func", "name")

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> computed[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | computed[T]:
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.name, value)  # kept in the instance's own slots of values, not a dict made for it
        return value


class Reading:
    """One run of adjacent numbers read in its clause.

    A reading made with keywords holds the fields given (``Reading(unit="个", …)``);
    :mod:`policykg.extract.targets` makes one that reads each field from the clause when a
    rule first asks for it. The fields derived from the others (``share``, ``prenominal`` …)
    are computed on first read either way.

    Attributes:
        unit: the last number's unit as written; ``unit_kind`` is ``count``, ``measure`` or ``time``.
        comparator: the last number's comparator; ``pre_len`` the length of a limit word before the first.
        cn: whether the first number is written in Chinese numerals.
        before: the text from the previous kept number (or the clause start) to the number,
            cut to the 、 item that holds it; ``before_full`` before that cut.
        before_scoped: ``before`` after its last scope head (力争, 到2025年 …); ``before_core``
            that without edge particles; ``before_stem`` without the verbs and limit words that
            end it (…面积|共计, …覆盖率|达到).
        clause_before: the clause from its start to the number.
        after_text: the text from the number to the next one (or the clause end); ``after_clean``
            its first 、 item without brackets and edge particles; ``rest`` the clause after the number.
        in_heading: whether the clause is a heading or title line (no sentence punctuation).
        in_bracket: whether the number lies in a bracket that states a rule (（5个工作日）).
        in_title: whether the clause is (part of) the document's title.
        list_item: whether the number opens an item of a list after a kept number (培育5家龙头
            企业、|30家专精特新企业) or after items a verb of doing opens (完成码头铺装、|8个灯光球场): the
            verb before the first item governs it.
        limit_after: whether a limit word (以上/以下/以内) ends the quantity itself.
        others_after: whether another number follows in the clause.
        verb_only: whether ``before_core`` is only verbs and adverbs (建设, 力争新增 …).
        sentence_grants: whether the sentence grants money (给予…补贴).
        limit_word: the limit word right before the first number (``不得超过``), or ``""``.
        value: the first number's value (``None`` when not given).
        approx: whether 左右 ends the last number.
        ranged: whether the last number is a range (16至24岁, 150-400元/月/生).
    """

    unit: str
    unit_kind: str
    comparator: str
    cn: bool
    pre_len: int
    before_full: str
    before: str
    before_scoped: str
    before_core: str
    before_stem: str
    clause_before: str
    after_text: str
    after_clean: str
    limit_after: bool
    rest: str
    in_heading: bool
    in_bracket: bool
    in_title: bool
    list_item: bool
    others_after: bool
    verb_only: bool
    sentence_grants: bool = False
    limit_word: str = ""  # the limit word right before the first number (不得超过), if any
    value: float | None = None  # the first number's value, if known
    approx: bool = False  # whether 左右 ends the last number (75%左右)
    ranged: bool = False  # whether the last number is a range (16至24岁)
    # Read from the fields above: see read_noun, read_edges and the computed fields below.
    prenominal: bool
    predicate_at: int
    noun_part: str
    edges: tuple[str, str, str, frozenset[str]]  # see read_edges

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)
        self.read_noun()
        self.read_edges()

    def read_edges(self) -> None:
        """Set ``edges``, what rules that open with a test of one character require
        (:func:`requires`, :data:`EDGES`): the first character of ``after_text``, the first
        of ``clause_before`` past its spaces and the last of ``before_full`` before its
        spaces, each if some rule requires it (else ``""``), and which of the characters some
        rule requires ``before_scoped`` to hold it holds.

        Most readings have none of them, so that those rules are not asked at all (and few
        more kinds of readings occur than without them).
        """
        first, opening, last, marks = _EDGE_CHARS
        a, o, b = self.after_text[:1], self.clause_before.lstrip()[:1], self.before_full.rstrip()[-1:]
        self.edges = (a if a in first else "", o if o in opening else "", b if b in last else "",
                      frozenset(marks.findall(self.before_scoped)))

    def read_noun(self) -> None:
        """Set what follows the number, which every rule asks first: ``prenominal``,
        ``predicate_at`` and ``noun_part`` (from ``after_clean`` and ``unit_kind``)."""
        after = self.after_clean
        # A noun follows the number (建设4家以上示范区), not only a limit word, a joiner
        # (…120公里|及…) or, after a measure or a time, a verb phrase opened by a preposition
        # (教师每年至少1个月|在企业实训; a count's noun may open so: 100名|在科研一线的专家).
        self.prenominal = prenominal = (
            # (a lone 以 closing the clause is a limit word a damaged page cut short: 270亿立方米以|？）)
            bool(after) and after not in ("以上", "以下", "左右", "以") and not after.startswith(JOINERS)
            # 失业率5.5%以内|等预期目标: 等 closes a list of figures, the class named after (not 等级, 等次 …)
            and not (after[0] == "等" and after[1:2] not in _WORDS_OF_DENG)
            and after[0] not in CHAIN_MARKS  # 15厘米≤|翻耕深度: the lower bound of what follows, no noun of it
            and (after[0] not in PREPOSITIONS or self.unit_kind == "count")  # 100名在科研一线的专家
            # 3小时通达…, 15分钟上高速, 30分钟通勤圈基本形成: a travel time, then the verb of reaching (no noun it qualifies)
            and not (self.unit_kind == "time" and self.unit.endswith(TRAVEL_UNITS) and TRAVEL_AFTER.match(after) is not None)
            # 开办企业0.5个工作日内完成: a time limit, then the verb done within it
            and not (self.unit_kind == "time" and self.comparator == "<=" and not self.others_after
                     and DONE.fullmatch(after) is not None and self._names_topic())
            # 产业集群总量超过五千亿规模, 突破500亿元大关, 向1000亿元冲刺, 储备能力达到10-15天的水平: a size
            # or level noun or a push alone after a measure or a time names the amount itself
            and not (after[0] in SIZE_FIRST
                     and SIZE_NOUN.fullmatch(self.rest.rstrip("。；，！ ")) is not None)
            # 分别达到26%以上、30%以上|目标: the goal word closing the clause names what the figure is, not a noun
            and not (after[-1] == "标" and GOAL_AFTER.fullmatch(after) is not None)
        )
        # Where a predicate starts after the number (60%城镇社区|建有…), or -1; the noun before it
        # (only a prenominal number's: no rule asks another's).
        m = PREDICATE.search(after) if prenominal else None
        self.predicate_at = m.start() if m else -1
        self.noun_part = after[:m.start()] if m else after

    def _names_topic(self) -> bool:
        """Whether the text before the number names what it bounds (开办企业|0.5个工作日内), not
        only a scope head or a preposition (争取|三年内, 在|5个工作日内)."""
        core = self.before_core
        return bool(core) and core[-1] not in PREPOSITIONS

    @computed
    def share(self) -> bool:
        """Whether the number is a share (``%``, ``‰``)."""
        return _is_share(self.unit)

    @computed
    def bounded(self) -> bool:
        """Whether a limit or a range bounds the number (a comparator other than ``=``)."""
        return self.comparator != "="

    @computed
    def limited(self) -> bool:
        """An upper limit, or any limit word before the number (压缩至5个工作日以内, 年满18周岁)."""
        return self.comparator in ("<=", "<") or bool(self.pre_len and self.comparator != "=")

    @computed
    def mid_measure(self) -> bool:
        """建设用地面积共计52.12平方公里达到…: the measure of the noun before, then a predicate."""
        return (
            self.prenominal and self.predicate_at == 0 and self.unit_kind in ("measure", "time") and not self.share
            and MEASURE_NOUN.search(self.before_stem) is not None
        )


Rule = Callable[[Reading], bool]

#: The fields of a reading that decide which rules can hold for it, read once per reading.
#: Readings that agree on them are asked the same rules.
TRAITS = ("prenominal", "cn", "in_bracket", "in_title", "unit_kind", "bounded", "limit_after", "unit", "edges")
_traits = attrgetter(*TRAITS)
#: The parts of the trait ``edges`` (see :meth:`Reading.read_edges`), each a trait of its own to
#: :func:`requires`: ``after_first``, ``opening`` and ``before_last`` are one character (a rule
#: names the characters it may be), ``before_marks`` the characters ``before_scoped`` holds (a
#: rule names those of which it must hold one).
EDGES = ("after_first", "opening", "before_last", "before_marks")


def requires(**needs: Any) -> Callable[[Rule], Rule]:
    """Mark a rule with what a reading must be for the rule to hold at all: a trait of
    :data:`TRAITS` set to a bool, to the tuple of values it may take, or (``unit``) to a test of
    the unit; a part of :data:`EDGES` set to a set of characters. :func:`verdict` does not ask
    a rule a reading's traits rule out; each rule still tests them itself, so that it reads the
    same alone.
    """
    unknown = set(needs) - set(TRAITS) - set(EDGES)
    if unknown:
        raise ValueError(f"no such trait: {sorted(unknown)}")

    def mark(rule: Rule) -> Rule:
        rule.requires = needs  # type: ignore[attr-defined]
        rule.tests = tuple(_test(name, need) for name, need in needs.items())  # type: ignore[attr-defined]
        return rule

    return mark


def _test(name: str, need: Any) -> Callable[[tuple[Any, ...]], bool]:
    """What a reading's traits (see :data:`TRAITS`) must meet for a rule requiring ``name`` to be ``need``
    (see :func:`requires`), as a test of the traits: the positions looked up once, when the rule is marked."""
    if name in EDGES:
        at, part = TRAITS.index("edges"), EDGES.index(name)
        if name == "before_marks":
            return lambda traits: bool(traits[at][part] & need)
        return lambda traits: traits[at][part] in need
    at = TRAITS.index(name)
    if callable(need):
        return lambda traits: bool(need(traits[at]))
    if isinstance(need, tuple):
        return lambda traits: traits[at] in need
    return lambda traits: traits[at] == need


def _admits(rule: Rule, traits: tuple[Any, ...]) -> bool:
    """Whether a reading with ``traits`` (see :data:`TRAITS`) meets what ``rule`` requires."""
    return all(test(traits) for test in getattr(rule, "tests", ()))

# ---------------------------------------------------------------------------
# Not a target, whatever the form


# (after_clean is after_text from its first character on, unless a bracket or 的 opens it)
@requires(after_first=frozenset("以（的"))
def limit_word_then_noun(r: Reading) -> bool:
    """以上/以下 after the number's own limit word: a phrase the scan cut (…以上以下); not the limit
    word a note of inclusion parts from its figure (10万立方米（包括10万立方米）以上), which is its own."""
    return r.after_clean.startswith(("以上", "以下")) and not r.after_text.startswith(("（含", "（包括"))


@requires(before_last=frozenset(verb[-1] for verb in COST_SHARE_VERBS))
def cost_share(r: Reading) -> bool:
    """市、区各承担50%: how a cost is split between payers, not a target (a sum each unit is compensated with,
    the unit right before the verb or after the sum, is a rate: 每亩补偿1200元, 每平方米补偿3300元,
    包干补偿52000元/栋; :func:`provision_per_subject`)."""
    before = r.before_full.rstrip()
    return before.endswith(COST_SHARE_VERBS) and not (
        "元/" in r.unit  # 包干补偿52000元/栋: the unit it is paid for written after it
        or _is_money(r.unit) and "每" in before[-6:] and PER_SUBJECT.search(before) is not None)


@requires(after_first=frozenset("由"), unit=_is_share)
def cost_share_payer(r: Reading) -> bool:
    """剩余20%由财政补助（其中省财政补偿80%…）: a share then who pays it, how a cost is split too."""
    return r.after_text[:1] == "由" and r.share and COST_SHARE_AFTER.match(r.after_text) is not None


@requires(after_first=BASELINE_FIRST)
def baseline(r: Reading) -> bool:
    """达到12000元的基础上: the base a change starts from."""
    return r.after_text[:1] in BASELINE_FIRST and BASELINE.match(r.after_text) is not None


# ---------------------------------------------------------------------------
# Prenominal numbers (建设4家以上示范区): the noun after the number is what is counted


@requires(in_title=True)
def title_line(r: Reading) -> bool:
    """山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定: the document's own title."""
    return r.in_title


@requires(prenominal=True, cn=True, unit_kind=("count", "time"))
def rhetoric_count(r: Reading) -> bool:
    """三个“一号工程”, 七个方面工作: a count in Chinese numerals without a verb of making (an
    amount so written is no figure of speech: 超过五千亿规模; nor is a bound on a duration, 签订一年以上劳动合同;
    a bound on a count so written is the condition of a legal rule, 涉及两个以上行政区域的, 违反两项以上规定的)."""
    return r.prenominal and r.cn and r.unit_kind != "measure" and not (r.limit_after and r.unit_kind == "time") \
        and not CN_VERBS.search(r.before.rstrip())


#: The noun a count opening its clause counts, then a verb of assessing it (3个功能区|考核…完成率).
_ASSESSED = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:考核|考评)")


#: The part of a sum in a tier a rate applies to, right after the tier's bound (…部分按0.8%, 的部分，按).
TIER_PART = re.compile(r"的?部分[，,]?(?:按照?|执行|给予)")


@requires(prenominal=True)
def subject_of_later_count(r: Reading) -> bool:
    """5家推广中心每年推广10类40项: the subject of a later number in the clause, not its target.

    A subject opens its clause (nothing but scope words before it); a count after any other
    word is that word's object (孵化30家初创企业带动就业1000人), whatever the verb.
    """
    if r.share and r.predicate_at >= 0 or r.list_item:
        return False  # 全市城镇25%面积达到3—5年一遇…: a share with its own predicate
    if r.after_text[:1] in "部的" and TIER_PART.match(r.after_text) is not None:
        return False  # ；1000万元至5000万元部分按0.8%收取: the bound of a tier a rate applies to, no subject
    if r.prenominal and not r.others_after and r.unit_kind == "count" and "考" in r.after_text[:12] \
            and SUBJECT_SCOPE.fullmatch(r.before_core) is not None and _ASSESSED.match(r.after_text) is not None:
        return True  # 3个功能区考核计划投资完成率: who is assessed on a measure, no count to reach
    return r.prenominal and r.others_after and (
        SUBJECT_SCOPE.fullmatch(r.before_core) is not None or r.before.rstrip().endswith("等")  # 松江、青浦等4个新城…
    ) and not (  # 30%的县区、40%的乡镇、60%的村居完成…, 覆盖90%以上乡镇和60%以上村: items of a list that share one
        # predicate
        r.share and (r.after_text.startswith("的") or r.limit_after) and r.after_text.rstrip().endswith(("、", "和"))
    )


#: A count's noun phrase that runs on to the share it is measured by (65个断面|水质达标比例达到): the share's
#: noun closes it, then at most a predicate word or two before the share's figure.
SHARE_OF_COUNTED = re.compile(r"[^，。；、\d]{0,24}?(?:比例|比率|比重|占比|率)[^，。；、\d\u4e00-\u9fff]{0,3}"
                              r"(?:均|都|要|须|应|力争|稳定|保持|提高|提升|达到|达|为|在|不低于|不少于|高于|超过|大于)*$")
_PERCENT = re.compile(r"\s*[\d.]+\s*%")


@requires(prenominal=True, unit_kind=("count",))
def scope_of_share(r: Reading) -> bool:
    """某市65个断面水质达标比例达到98%以上: the count names the bodies the share that follows in the clause is
    taken over (its scope), not a count to reach, whatever stands before it (a place, a scope word)."""
    if not (r.prenominal and r.unit_kind == "count" and r.others_after) or "率" not in r.after_text \
            and "比" not in r.after_text or r.list_item:
        return False
    if SHARE_OF_COUNTED.match(r.after_clean) is None:
        return False
    # (新建20所幼儿园…: a count a verb makes is the count to reach)
    return _PERCENT.match(r.rest, len(r.after_text)) is not None and MAKING_VERB.search(r.before_core) is None


#: The units that count people or households (名, 户, 人次): after 为/对 they count those a service reaches.
BENEFICIARY_UNITS = ("名", "户", "人", "位", "个家庭", "万名", "万户", "万人")


#: The verb that closes what a body is made of (由5—20名青年志愿者|组成).
COMPOSED_OF = re.compile(r"[^，。；、]{0,16}?(?:组成|构成)")


@requires(prenominal=True, unit_kind=("count",), before_last=frozenset("由"))
def composition_rule(r: Reading) -> bool:
    """每队由5—20名青年志愿者组成, 小组由5名专家组成: how many members a body the text sets up has, a rule
    of its make-up (a standard), not a scope the action covers."""
    return (r.prenominal and r.unit_kind == "count" and r.before_full.rstrip().endswith("由")
            and COMPOSED_OF.match(r.after_text) is not None)


#: A verb of doing, then 对 before an amount (实现对|1.5亿平方米公共建筑的…监测): the amount is what it is done to.
_DOING_TO = re.compile(rf"(?:{DOING.pattern})对$")


@requires(prenominal=True)
def scope_of_action(r: Reading) -> bool:
    """在10个左右…领域, 将70%以上的…比例分解到: a scope an action covers."""
    if not r.prenominal:
        return False
    before_r = r.before.rstrip()
    if before_r.endswith(("在", "为")) and MEASURE_NOUN.search(before_r[:-1]):
        return False  # 总投资额在100万元以下的建设工程: the amount of the noun before, not a scope
    if r.unit_kind == "count" and r.predicate_at > 0 and before_r.endswith(("将", "把")):
        return False  # 争取将60座社区公园纳入市级公园名录: what is counted is made so
    if r.unit_kind != "count" and r.limit_after and before_r.endswith("在"):
        return False  # 在35℃以上的高温晴朗天气: a threshold, not a scope
    if r.unit_kind == "time" and before_r.endswith("在"):
        return False  # 在5个工作日内办结: a time limit
    if before_r.endswith(("为", "对")) and (r.unit.startswith(BENEFICIARY_UNITS) or r.unit in ("万", "亿")):
        # 为5000名农村妇女免费进行检查, 对300户困难家庭进行改造, 对40万贫困劳动力开展培训: the people a service
        # reaches (ten thousands with no measure word count the noun after them)
        return False
    if before_r.endswith("对") and _DOING_TO.search(before_r) is not None:
        return False  # 实现对1.5亿平方米公共建筑的碳排放实时监测: what the plan does it to, its object
    if before_r and before_r[-1] in PREPOSITIONS:
        return not (before_r[-1] == "由" and composition_rule(r))
    if before_r.endswith(SANCTION_VERBS):
        return False  # 依据《…》第四十五条规定对个人处以|500元以上…罚款: the fine a rule imposes, the law its basis
    if (r.share or r.unit == "倍") and "按" in r.clause_before and PROPORTION_BASE.search(r.clause_before.rstrip()) is not None:
        return False  # 按照低保标准的1.5倍执行: the share or multiple of a base a rule applies (see proportional_rule)
    if r.share and "按" in r.clause_before and INCREMENT_ON_BASE.search(r.clause_before.rstrip()) is not None:
        return False  # 按照平均补助水平增加10%的补助金: the share a rule adds to a base (see increment_rule)
    if r.share and "按" in r.clause_before and ratio_rule(r):
        return False  # 按照20%的比例确定…: the ratio a rule picks by (see ratio_rule)
    scope = SCOPE_WORD.search(r.before_scoped)
    if scope is not None and scope.group() == "将" and (
        r.share and r.predicate_at == 0  # 将符合条件的困难群众100%纳入保障范围: the share of what 将 takes made so
        or MAKING_VERB.search(before_r, scope.end()) is not None
        or before_r[-1:] in "至到为" and EXTENDED_TO.search(before_r, scope.end()) is not None
        or r.unit.endswith("元") and FUNDING_VERB.search(before_r, scope.end()) is not None
    ):
        # 成都将基本形成1个特大中心城, 各级财政将安排13.3亿元, 将补贴范围扩展至16—24岁失业青年: 将 tells
        # what will be made, spent or extended to
        return False
    return scope is not None


@requires(prenominal=True)
def inside_noun_phrase(r: Reading) -> bool:
    """19个重点领域的60项重点内容: the number sits inside a larger noun phrase (其中的约24公里
    is a part of the total before: a target)."""
    if not r.prenominal:
        return False
    before = r.before.rstrip()
    if not before.endswith("的") or before.endswith("其中的") or ASSIGNED.search(before) is not None:
        return False  # (完成市下达我县的11个村…任务: the 的 closes who assigned the count, no noun before it)
    if r.limit_after and r.after_text[:1] == "的":
        return False  # 在…期间发生的100人以上的食物中毒: a threshold with its own 的 qualifies the noun after it
    if r.ranged and r.unit_kind == "measure":
        return False  # 登记失业的16至24岁青年: a range of a measure is the class of the noun after it
    if (r.share or r.unit == "倍") and "按" in r.clause_before and PROPORTION_BASE.search(r.clause_before.rstrip()) is not None:
        # 按获得补助资金总额的30%筹集配套资金, 按低保标准的1.5倍确定: the share or multiple of a base a rule applies
        # (see proportional_rule)
        return False
    if r.unit_kind == "count" and not r.bounded and _made_after_modifier(r):
        return False  # 打造直达…城市的6条国际铁路通道和至日韩的2条江海直航通道: what the verb makes, described by 的
    if _listed_share_of_noun(r):
        return False  # 符合条件的90%大型园区、80%中型园区达到…: each share of its noun an item the predicate reaches
    return not (r.share and r.comparator != "=" and r.pre_len == 0)  # 按不低于…总数的1.5%的比例: a bounded share of its base


def _listed_share_of_noun(r: Reading) -> bool:
    """Whether a bare share stands before its noun as the first item of a list of such shares (…的|90%大型园区、
    80%中型园区达到…): the 的-modifier before says which things the shares are of, each share an item."""
    return r.share and r.comparator == "=" and r.others_after and r.after_text.endswith("、") \
        and r.after_text[:1] not in ("的", "、") and "一" <= r.after_text[:1] <= "鿿"


def _made_after_modifier(r: Reading) -> bool:
    """Whether a verb of making opens the count's clause and governs the count after its 的-modifier (打造|直达
    国外枢纽城市的|6条…通道, 新建|服务城东片区的|2座水厂): the modifier describes what is made; not a verb that is
    itself the modifier (2016年实施的|24项措施) nor a clause with another count before the modifier (19个重点领域
    的|60项内容)."""
    if _PLACE_LEVEL.match(r.after_text) is not None:
        return False  # (建设以甲片为核心的5个乡镇（…）: places of a level are no things made)
    opening = r.clause_before.lstrip()
    m = DOING.search(opening, 0, DOING_REACH) or CN_VERBS_IN.search(opening, 0, DOING_REACH)
    if m is None or opening[m.end():m.end() + 1] in ("的", ""):
        return False
    # the figures before, in the clause, are the items the verb makes (…6条…通道和|至日韩的|2条…), each of its own
    modifier = r.before_full.rstrip()
    return _DIGIT_IN.search(opening, m.end(), len(opening) - len(modifier)) is None or r.list_item or \
        modifier.startswith(JOINERS) or _JOINED_BEFORE.search(modifier) is not None


@requires(bounded=True, after_first=frozenset("的"))
def bracket_class_of_figure(r: Reading) -> bool:
    """…达到在职职工人数25%（超过100人的企业达到15%）: a bound in a bracket after a figure that names
    the class the bracket's own figure holds for; the figure is the record, the class its name."""
    if not (r.bounded and r.others_after and r.after_text[:1] == "的") or "）" in r.after_text:
        return False  # (the next figure lies outside the bracket)
    before = r.clause_before
    opened = before.rfind("（")
    return opened > before.rfind("）") and _DIGIT_END.search(before, 0, opened) is not None


_DIGIT_END = re.compile(r"[0-9][^0-9，。；、（）]{0,3}$")


#: The rest of a clause that makes what 对 names the object of a check (…举措落地情况实施核查, …项目建设
#: 情况开展督查, …任务完成情况进行评估): the items counted in it exist already.
CHECKED_OBJECT = re.compile(
    r"[^，。；]*?(?:落实|落地|实施|执行|推进|进展|完成|整改|运行|建设|办理)情况(?:进行|实施|开展|组织)?(?:了|全面|专项)?"
    r"(?:核查|评估|督查|检查|督导|督办|审计|考核|考评|评价|巡查|抽查|复核|核验|排查|验收)"
)


@requires(unit_kind=("count",), bounded=False)
def checked_object(r: Reading) -> bool:
    """对全国首批50项改革举措和我省70项试点举措落地情况实施核查: a count of the items a check is made on,
    no goal."""
    return r.unit_kind == "count" and r.comparator == "=" and "对" in r.clause_before and "情况" in r.rest \
        and CHECKED_OBJECT.match(r.rest) is not None


#: The word naming the rest of a set before its count (其余27种): what the count covers, no amount of its own.
REST_OF_SET = "其余"


@requires(prenominal=True, bounded=False)
def topic_count(r: Reading) -> bool:
    """19个方面督查重点，由…: a count of topics with nothing promised about them; so is the rest of a set a rule
    covers (…，其余27种重大疾病政策范围内住院费，…报销比例为…)."""
    return (
        r.prenominal and (not r.before_core or r.before_core == REST_OF_SET) and r.predicate_at < 0
        and r.comparator == "=" and not r.share
        and not r.list_item
        # (；1000万元至5000万元部分按0.8%: the bounds of a tier a rate applies to)
        and not (r.after_text[:1] in "部的" and TIER_PART.match(r.after_text) is not None)
    )


# ---------------------------------------------------------------------------
# Postnominal numbers (新增城镇就业11万人): the text before the number names what is counted


#: A verb of change to a new value closing the words before a figure (上述期限延长至|五年).
CHANGED_TO_END = re.compile(rf"{CHANGED_TO}$")


@requires(prenominal=False, cn=True)
def name_in_numerals(r: Reading) -> bool:
    """冬季两项: a count in Chinese numerals after its noun is a name unless a limit word binds it, or a verb of
    change sets it as the new value (上述期限延长至五年)."""
    return not r.prenominal and r.cn and not r.limited and not (
        r.after_text[:1] in ("", "，", "。", "；") and MADE_NOUN_BEFORE.search(r.before_core) is not None) and not (
        r.before_core[-1:] in "为到至" and CHANGED_TO_END.search(r.before_core) is not None)


#: The rest of a noun right after a figure, running to the measure of it that a later figure of the clause gives
#: and the verb before that figure (三公里|充分就业社区数量达到|城市社区的60%).
NOUN_RUNS_TO_MEASURE = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?:数量|总数|比例|比重|占比|覆盖率)(?:均|要|力争|稳定|保持|提高到|提升到|达到|达|为|不低于|不少于|超过)")


@requires(prenominal=True, cn=True)
def numeral_in_noun(r: Reading) -> bool:
    """省级三公里充分就业社区数量达到城市社区的60%: a figure in Chinese numerals glued to a noun whose measure a
    later figure of the clause gives is part of that noun's name (the subject of the figure), no amount."""
    return r.prenominal and r.cn and r.others_after and not r.limited and not r.pre_len \
        and NOUN_RUNS_TO_MEASURE.match(r.after_text) is not None


@requires(unit=lambda u: u == "年")
def fused_years(r: Reading) -> bool:
    """规划（20222025年）: two years whose dash the text lost, read as one eight-digit number of 年, name a
    plan's period, no figure (the first year before the second, within a plan's span)."""
    v = r.value
    if r.unit != "年" or v is None or not 19000000 <= v < 21000000 or v != int(v):
        return False
    y1, y2 = divmod(int(v), 10000)
    return 1900 <= y2 < 2100 and 0 < y2 - y1 <= 30


@requires(opening=frozenset(word[0] for word in BASIS_WORDS))
def basis_figure(r: Reading) -> bool:
    """根据中央确定的今年国内生产总值增长7%的宏观调控目标，…: a figure inside the goal a clause
    opening with 根据/按照/依据 takes as its basis is another body's, not a target of the document."""
    # clause_before is read by later rules anyway; rest only for the few clauses that open so
    # (按照2022年年底前完成35%、2023年年底前完成60%的要求推进: the stages of the plan's own schedule)
    return BASIS_OPENING.match(r.clause_before) is not None and BASIS_GOAL.match(r.rest) is not None \
        and SCHEDULE_ITEM.search(r.before) is None


@requires(prenominal=True)
def describes_document(r: Reading) -> bool:
    """共梳理出58项重点任务, 提出25条措施, 设置了12个指标: a count of the document's own parts
    after a verb of describing it (a completed 出/了, or 共/包括/分为), not a target; the
    owners it names are such parts too (涉及34个牵头单位), and so are the classes a rule sorts
    things into, described the same way (分为…共5个类别, 分为甲级、乙级2个等级)."""
    if not r.prenominal:
        return False
    if r.before_core.endswith(("以下", "下列")) and (
            DOCUMENT_PART_IN.search(r.noun_part, 0, 10) or r.unit_kind == "count" and not r.bounded
            and _DIGIT_IN.search(r.before_core, max(0, len(r.before_core) - 6)) is None):
        # 对以下2件市政府规章予以废止, 下列12件规范性文件: counting the parts that follow; so is any count the
        # pointer opens (拟对以下8家托育机构拨付…): the items the text lists after it, counted as it lists them
        # (not 以下 closing a figure's bound: 营业额2000万元以下|8家企业)
        return True
    noun = r.noun_part
    if "分" in noun or "印" in noun or "下" in noun or "细" in noun:
        m = DISPOSAL.search(noun, 1)
        noun = noun[:m.start()] if m else noun  # 243项工作任务予以分解印发: 工作任务 is counted
    if "的" in noun and noun.endswith(_PART_ENDS, 0, noun.find("的")):
        noun = noun[:noun.find("的")]  # 给出了11个方面的具体安排: the broad parts counted, then what they hold
    if "考" in noun or "评" in noun or "监" in noun or "期" in noun:
        if METHOD_PART.match(noun) is not None:
            return True  # 等15项季度考核指标, 分…4个报告期进行考核: the parts of an assessment method
    if DOCUMENT_PART.search(noun) is None:
        # 检测单位资质分为…共5个类别: how many classes a rule sorts into, described the same way
        return CLASS_NOUN.fullmatch(r.noun_part) is not None and (
            LAYING_OUT.search(r.clause_before) is not None or DESCRIBING.search(r.before_core) is not None)
    if r.in_heading:
        return True  # “十三五”应急体系9个具体建设任务: a heading counting the parts beneath it
    if LAYING_OUT.search(r.clause_before) is not None:
        return True  # 分为“类别、任务内容、牵头领导、责任单位4个方面的内容: the parts the document is laid out in
    # The verb as written too: the edge particles stripped from before_core end some verbs (涉及).
    if COUNTED_PART.search(r.before_core) is not None and r.before_core.endswith(_PART_ENDS):
        return True  # 6个方面243项工作任务: a count of parts after a count of parts, whatever the verb
    if "、" in r.clause_before:
        # 提出就业、收入、教育等7项指标, 设置甲、乙、丙3类指标: the verb before the list describes the
        # parts it counts
        head = r.clause_before[:r.clause_before.find("、")]
        if LISTING.search(head) is not None:
            return True
        if r.before_full.rstrip().endswith("等") and _HAS_PARTS.search(head) is not None:
            return True  # 各级林长有严格保护、加快修复…等5项主要任务: the parts a subject has, as the document lists them
    for before in (r.before_core, r.before_scoped.rstrip()):
        m = COUNTED_PART.search(before)  # 确定了10个方面190项重点工作: one verb for both counts
        if m:
            before = before[:m.start()]
        if DESCRIBING.search(before) is not None:
            return True
    return False


#: 有 naming what a subject has (各级林长有…、…等5项主要任务), not a word it opens (有关, 有效, 有序 …) nor one it
#: ends (所有, 没有, 拥有, 具有, 含有), and the clause's last verb before the list: no modal or verb of doing
#: after it (有条件的乡镇要完成…、…等4项任务: what 完成 makes is counted).
_HAS_PARTS = re.compile(
    r"(?<![所没拥具含])有(?![关效序力机助利益的些])"
    rf"(?!.*?(?:要(?<![主重需必只纲摘概紧]要)|将|应|须|{DOING.pattern}|{_MAKING_WORDS}))"
)


#: The last characters of the verbs of :data:`DESCRIBING`: only a reading whose text before it
#: ends in one is asked :func:`describes_parts_before`.
_DESCRIBING_LAST = frozenset("出了共计分括含盖为成提确化解及")


#: The last characters of the document's parts (任务, 措施 …): the text before a count the verb of
#: describing came first in ends in one.
_PART_LAST = frozenset(word[-1] for word in _DOCUMENT_PARTS.split("|"))


@requires(prenominal=False, unit_kind=("count",), before_last=_DESCRIBING_LAST | _PART_LAST)
def describes_parts_before(r: Reading) -> bool:
    """将…部署的工作任务分解为148项, 主要任务共12项: the parts of the document named first, then a
    verb of describing them and their count, not a target (the form of :func:`describes_document`
    with the noun before the count)."""
    if r.prenominal or r.unit_kind != "count":
        return False
    core = r.before_core
    m = DESCRIBING.search(core, max(0, len(core) - 4))
    # (工作任务共|分为6类: a tally word between the parts and the verb)
    if m is not None and DOCUMENT_PART.search(core[:m.start()].rstrip("共计总合")) is not None:
        return True
    # 共梳理出重点任务|58项, 提出具体措施|25条: the verb first, then the parts it counts
    return DOCUMENT_PART.search(core) is not None and _DESCRIBED_PARTS.search(core) is not None


#: A verb of describing the document's parts, then the parts it counts, ending the text before a count.
_DESCRIBED_PARTS = re.compile(
    rf"(?:梳理出?|提出|明确|细化|列出|确定|形成|归纳|分解|共有|共计|涵盖|包括|包含)了?[\u4e00-\u9fff]{{0,6}}?(?:{_DOCUMENT_PARTS})$"
)
_TALLY_UNITS = frozenset(("项", "条", "件"))


@requires(prenominal=False, unit=_TALLY_UNITS.__contains__)
def tally(r: Reading) -> bool:
    """，共149项。: a tally alone in its clause counts the items the sentence described."""
    return r.unit in _TALLY_UNITS and not r.prenominal and TALLY.fullmatch(r.before_core) is not None \
        and not r.rest.strip("。；")



#: A pointer to the document's own attachment right after a count (（详见附件2）, （见附件）, （附件3）).
_TO_ATTACHMENT = re.compile(rf"[（(]{SEE_POINTER}?附件\s*[0-9一二三四五六七八九十]*[）)]")


@requires(prenominal=False)
def counted_in_attachment(r: Reading) -> bool:
    """一批重点跟踪任务98项（详见附件2）, 民生实事任务10项（详见附件3）: a count of the document's own parts
    that its attachment lists, no target."""
    return not r.prenominal and r.after_text[:1] in "（(" and _TO_ATTACHMENT.match(r.after_text) is not None \
        and DOCUMENT_PART.search(r.before_core) is not None


@requires(unit_kind=("measure",))
def defined_area(r: Reading) -> bool:
    """主城区600平方公里…以内的区域为…禁止发展区: the size of an area a rule defines as a zone
    (after it the clause runs to its end: no other number follows)."""
    return r.unit_kind == "measure" and "为" in r.after_text and DEFINED_AREA.search(r.after_text) is not None


#: The words before a count of the parts a whole is divided into, 共 tallying them (全省共划分|293个区片), or of the
#: members a part of that division is defined as, the rest of them (区片Ⅲ为其余|306个行政村).
PARTITION = re.compile(r"(?:共(?:划分|划|分)[为成]?|(?:为|是|包括|包含)其余)$")


@requires(prenominal=True, unit_kind=("count",), before_last=frozenset("分划成为余"))
def partition_count(r: Reading) -> bool:
    """全省119个县域单位共划分293个区片, 区片Ⅲ为其余306个行政村: how a whole is divided and what each part is
    made of, a description of the area, no target."""
    return r.prenominal and r.unit_kind == "count" and PARTITION.search(r.before_full.rstrip()) is not None


#: A whole's average, then a copula (全省平均价为|6.51万元/亩, 上年度全市职工月平均工资为|6000元): what the average is.
AVERAGE_OF_WHOLE = re.compile(r"全(?:省|市|国|区|县)[\u4e00-\u9fff]{0,8}?平均[\u4e00-\u9fff]{0,4}?[为是]$")


@requires(bounded=False, before_last=frozenset("为是"))
def average_of_whole(r: Reading) -> bool:
    """全省平均价为6.51万元/亩: the average a whole province or city stands at, a statistic, no target (a level to
    reach is said with its verb: 全市平均…达到, 降至)."""
    return not r.bounded and "平均" in r.before_full and AVERAGE_OF_WHOLE.search(r.before_full.rstrip()) is not None


@requires(prenominal=True, unit_kind=("count",))
def recipients_each(r: Reading) -> bool:
    """下达20个示范县各3000万元…资金, 对10家企业各给予50万元: the count of those who each get
    the amount that follows, not a target of its own."""
    return r.prenominal and r.unit_kind == "count" and r.others_after and EACH_GETS.search(r.after_text) is not None


#: What a project's cost is estimated at (估算总投资106.7亿元, 概算投资, 投资估算为…).
COST_ESTIMATE = re.compile(r"(?:估算|概算|匡算|预估)总?投资额?(?:约|为|共)?$|投资(?:估算|概算)(?:约|为|共)?$")


@requires(unit=lambda unit: unit.endswith("元"), bounded=False)
def cost_estimate(r: Reading) -> bool:
    """…等7个产业园区建成标准厂房150万平方米。估算总投资106.7亿元: the estimated cost of the projects the
    text lists, what they are, not an amount to reach (the investment to make in the year is one:
    2013年预计完成投资95.7亿元)."""
    return r.unit.endswith("元") and not r.bounded and COST_ESTIMATE.search(r.before_core) is not None


@requires(unit="份".__eq__)
def print_run(r: Reading) -> bool:
    """…2001年3月28日印 共印36份: the print run a colophon notes; 自查报告一式3份, 同时附…报告1份: the
    copies of a paper to hand in."""
    return r.unit == "份" and (r.before_core.endswith(("印", "一式")) or "附" in r.clause_before)


@requires(prenominal=True)
def frames_document(r: Reading) -> bool:
    """从产业、生态、科技…七个方面，制定…: the parts a clause opening with 从/围绕/聚焦 lays the
    document out in, not a target."""
    return r.prenominal and DOCUMENT_PART.search(r.noun_part) is not None and FRAMING.match(r.clause_before) is not None


def _package_noun(r: Reading) -> str:
    """The noun a count of measures counts: its own (90条|措施), or, for a count that opens a
    、-run of counts in the same unit (省66条|、市县99条细化措施), the noun after the last count."""
    if r.prenominal:
        return r.noun_part
    if r.after_text[:1] != "、" or r.unit not in r.rest:
        return ""
    m = re.match(rf"(?:、[\u4e00-\u9fff]{{0,6}}?[\d.一二三四五六七八九十百]+{re.escape(r.unit)})+([\u4e00-\u9fff]{{1,8}})",
                 r.rest)
    return m.group(1) if m else ""


@requires(unit_kind=("count",))
def named_package(r: Reading) -> bool:
    """落实好提振市场信心90条措施, 贯彻稳经济一揽子政策, 落实省66条、市县99条细化措施: the counts in
    the names of packages of measures the clause carries out (ones already issued, each item of a
    、-list of them sharing the noun after the last count), not a number of measures to make."""
    if r.unit_kind != "count" or PACKAGE_NOUN.fullmatch(_package_noun(r)) is None:
        return False
    if IMPLEMENTING.search(r.before_scoped) is not None:
        return True
    # (the later items of a 、-list: the verb opens the clause before the first one, no making verb since)
    ends = [m.end() for m in IMPLEMENTING.finditer(r.clause_before)]
    return bool(ends) and r.before != r.before_full and PACKAGE_MADE.search(r.clause_before, ends[-1]) is None


#: The units a count of documents is written in (等9件, 等4个文件, 等3份).
_PIECES = ("件", "个", "份", "部", "项")
#: What a count of documents counts when a noun follows it: documents (等4个文件, 等3项制度).
_DOCUMENTS_NOUN = re.compile(r"(?:规范性|政策性|政策)?(?:文件|制度|办法|规定|政策|方案|意见|规划)")


def _is_pieces(unit: str) -> bool:
    return unit in _PIECES


#: What a clean-up does with the documents it counts, right after the count (宣布继续有效, 予以废止, 失效).
_DOCUMENTS_DISPOSED = re.compile(
    r"(?:宣布|决定|予以|拟|建议|统一)?(?:继续有效|继续执行|失效|废止|保留|修改|修订|停止执行|不再执行)")
#: A documents noun ending the text before a count of them (规范性文件|26件, 市政府规章|5件).
_DOCUMENTS_BEFORE = re.compile(r"(?:文件|规章|办法|规定|制度)$")


@requires(unit=_is_pieces)
def counted_documents(r: Reading) -> bool:
    """《某某县…办法》等9件继续有效, 《…》等3件废止, 现将《…》等4个文件印发给你们, 《A》、《B》6个文件:
    the number of documents a list of titles closes with, as a notice or a review counts them; no target. A
    title may be named by its quoted short name (全面实施…交通运输“十四五”等4个规划).
    So is the count a clean-up notice gives after the documents' noun, then what it does with them
    (规范性文件26件宣布继续有效, …规章5件予以废止): the documents it lists."""
    if r.unit not in _PIECES:
        return False
    before = r.before_full.rstrip()
    if _DOCUMENTS_BEFORE.search(before) and _DOCUMENTS_DISPOSED.match(r.after_text):
        return True
    named = _DOCUMENTS_NOUN.match(r.after_clean) is not None
    # (a count right after the last title counts them when it names documents: 《A》、《B》6个文件)
    return before.endswith(("》等", "”等")) and (r.unit == "件" or named) or before.endswith("》") and named


@requires(prenominal=True, unit_kind=("count",))
def one_of_count(r: Reading) -> bool:
    """…中心是今年省委、省政府确定为民所办的27件实事之一: the size of the set the clause's subject is one of
    (N个…之一), no count to reach."""
    return r.prenominal and r.unit_kind == "count" and not r.others_after and r.rest.rstrip().endswith("之一")


#: The motions deputies and members table (代表建议, 委员提案, 议案), which a body is handed to handle.
MOTIONS = ("建议", "提案", "议案")


@requires(unit=_TALLY_UNITS.__contains__, bounded=False)
def motions_handled(r: Reading) -> bool:
    """区政府共承办…代表建议65件，…委员提案54件; 现将…代表建议（以下简称建议）7件；…提案17件，分解到…: the count of the
    motions a notice hands out to be handled, which exist already (as its annex lists them), no goal."""
    if r.unit not in _TALLY_UNITS or r.bounded:
        return False
    noun = r.noun_part if r.prenominal else r.before_core
    if noun.endswith("）"):
        noun = _BRACKETED.sub("", noun)  # …代表建议（以下简称建议）|7件
    return noun.endswith(MOTIONS)


#: A clause that opens on a verb of drafting (制定…, 研究出台…), no subject or modal before it: in a
#: preamble the sentence that makes the document (为…，制定…总方案和2个专题实施方案).
DRAFTING_OPENING = re.compile(r"\s*(?:研究|同时|并|特)?(?:制定|出台|印发|形成)(?!完成)")
#: The kinds of plans a document family is made of, ending a counted noun (2个专题实施方案).
_PLAN_KIND = ("方案", "细则", "清单")


@requires(prenominal=True, unit=_is_pieces)
def drafted_plans(r: Reading) -> bool:
    """制定…总方案和2个专题实施方案、9个专项整治实施方案: the plans a clause that opens on a verb of
    drafting makes, the family the document consists of, described by their count, not a target."""
    return r.prenominal and r.unit in _PIECES and r.noun_part.endswith(_PLAN_KIND) \
        and DRAFTING_OPENING.match(r.clause_before) is not None


#: The verbs of a scoring rule before the points it gives or takes (扣2分, 加1分, 得0.5分, 计10分, 记3分).
POINTS_VERBS = "扣加得计记"
#: Points a scoring rule gives or takes: one of the verbs, a figure, 分 (not 分钟 or 分之). (A whole text
#: is scanned for them with one regex per verb, each led by its literal: see ``targets._POINTS_SCAN``.)
POINTS_AFTER_VERB = r"(?P<num>[0-9]+(?:\.[0-9]+)?)分(?![钟之])"
POINTS = re.compile(rf"[{POINTS_VERBS}]{POINTS_AFTER_VERB}")


def _is_times(unit: str) -> bool:
    return unit.startswith("次")


def _is_points(unit: str) -> bool:
    return unit == "分"


@requires(unit=_is_times, after_first=frozenset(POINTS_VERBS))
def points_per_occurrence(r: Reading) -> bool:
    """每发现1次扣2分: the occurrence a scoring rule counts its points by, no count of its own."""
    return POINTS.match(r.rest) is not None and "每" in r.clause_before


@requires(unit=_is_points)
def no_points(r: Reading) -> bool:
    """没有完成计0分, 不合格的得0分: no points at all are what a scoring rule gives a failure, an outcome of
    the rule, neither a standard nor a target."""
    return r.value == 0 and r.unit == "分"


#: Units that number a part of a place rather than count (石河村1组, 3栋): an address's ordinal.
ORDINAL_UNITS = ("组", "栋", "幢")
#: A place a group or a building is numbered in, then the ordinals listed before (石河村|1组、|2组).
ADDRESS_BEFORE = re.compile(r"(?:村|社区|居委会|小区)(?:[0-9]+[组栋幢]、)*$")


def _is_ordinal_unit(unit: str) -> bool:
    return unit in ORDINAL_UNITS


@requires(unit=_is_ordinal_unit)
def address_ordinal(r: Reading) -> bool:
    """石河村1组、2组、3组, 某小区3栋: the number of a villagers' group or a building, an address, not a count."""
    return r.unit in ORDINAL_UNITS and ADDRESS_BEFORE.search(r.clause_before.rstrip()) is not None


#: A reply's approval opening its clause, after an item marker and the approving body (一、国务院同意…,
#: 1、原则同意…, 同意你单位报来的…, 批准…): what follows is the matter approved as the request put it.
APPROVAL_OPENING = re.compile(
    r"\s*(?:[0-9一二三四五六七八九十]+[、.．]|[（(][0-9一二三四五六七八九十]+[）)])?\s*"
    r"(?:(?![^同批]*?(?:经|由|贯彻|落实|根据|按照|依据|报请|提请))[\u4e00-\u9fff]{0,12}?(?:国务院|政府|委员会|[本我][局委厅部办])\s*)?"
    r"(?:原则上?)?(?:同意|批准)"
)
#: A change of a figure the approval grants (同意将补助标准提高到…): the figure is a rule it sets.
_APPROVED_CHANGE = re.compile(r"调整|提高|提升|降低|上调|下调|增加到|减少到|放宽")


def approved_matter(r: Reading) -> bool:
    """原则同意卞庄街道4个、…共94个行政村的…项目, 国务院同意…等4个省级开发区升级, 同意…500亩地块…项目建议书:
    the counts and sizes of what a reply approves describe the request, no goal the reply sets (a
    change of a figure it approves is one: 同意将…标准提高到每人每月500元)."""
    before = r.clause_before
    if "同意" not in before and "批准" not in before:
        return False
    m = APPROVAL_OPENING.match(before)
    return m is not None and _APPROVED_CHANGE.search(before, m.end()) is None


#: What a list's 等N closes is taken into the scope of a rule (…、文化、体育和娱乐业等7个行业企业|纳入…政策范围).
_INTO_SCOPE = re.compile(r"[^，。；！？0-9]{0,12}?(?:纳入|列入)[^，。；！？0-9]{0,40}?范围")


@requires(prenominal=True, unit_kind=("count",))
def kinds_in_scope(r: Reading) -> bool:
    """将批发和零售业，…，文化、体育和娱乐业等7个行业企业纳入…政策范围: the count that closes a list (等N) of the
    kinds a rule takes into its scope is how many kinds it covers, no target (however the list is
    punctuated, so not only :func:`list_own_count`'s 、 lists)."""
    return r.prenominal and r.before_full.rstrip().endswith("等") and "范围" in r.rest \
        and _INTO_SCOPE.match(r.after_text) is not None


#: Words that point back to what the text named before (上述4个开发区).
_NAMED_BEFORE = ("上述", "前述", "上列", "前列")


@requires(prenominal=True, unit_kind=("count",))
def counts_named_before(r: Reading) -> bool:
    """上述4个国家级经济技术开发区…: a count of the things the text named before, no goal."""
    return r.prenominal and r.unit_kind == "count" and r.before_full.rstrip().endswith(_NAMED_BEFORE)


#: The heads that end the name of a body (人民政府, 主管部门, 成员单位): a list of them names who.
_BODY_HEAD = r"(?:政府|部门|单位|机关|委员会)"
_BODY_BEFORE = re.compile(rf"{_BODY_HEAD}(?:和|及|与|、)$")
_BODY_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?{_BODY_HEAD}")


@requires(prenominal=True, unit_kind=("count",))
def counted_bodies(r: Reading) -> bool:
    """对各州、市人民政府和8个重点行业主管部门…实施…管理: a count of bodies in a list of the bodies a clause
    acts on names who, no goal of them."""
    return r.prenominal and r.unit_kind == "count" and not r.bounded \
        and _BODY_BEFORE.search(r.before_full.rstrip()) is not None and _BODY_AFTER.match(r.after_text) is not None


#: The noun of a count of bodies right after it (等12个|部门, 等5家|省直单位).
_BODY_COUNTED = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_BODY_HEAD}|机构|部委)(?![\u4e00-\u9fff]{{0,2}}[0-9])")


#: What may stand right before the first item of a list (…精神，|省乡村振兴局、…).
_LIST_START = re.compile(r"[，：；》）]")


@requires(prenominal=True, unit_kind=("count",), before_last=frozenset("等"))
def listed_bodies_count(r: Reading) -> bool:
    """省乡村振兴局、省委组织部、…人民银行西安分行等12个部门，会同…: the count after 等 that closes a list
    of bodies (who issue or act), no goal of them: a list of names, none of them made."""
    if not (r.prenominal and "、" in r.clause_before and _BODY_COUNTED.match(r.noun_part)):
        return False
    # (新建东区、西区等5个服务机构: what the verb before the list makes is counted)
    head = _LIST_START.split(r.clause_before)[-1]
    return "、" in head and DOING.search(head, 0, head.find("、")) is None


#: A negated verb of doing after what is counted (有38个项目未入库, 有6项没有完成…目标): the count states what is
#: still undone, a status.
_UNDONE = re.compile(r"(?:尚未|仍未|未能|未|没有|没能|还没)(?![来知])")


@requires(prenominal=True, bounded=False)
def counts_undone(r: Reading) -> bool:
    """有38个项目未入库, 11项指标中有6项没有完成: a count that 有 opens of the things not yet done reports a
    status (a review of a plan), no goal."""
    if not r.prenominal or r.bounded or not r.before_core.endswith("有") or r.before_core.endswith(("拥有", "具有")):
        return False
    after = r.after_text
    return ("未" in after or "没" in after) and _UNDONE.search(after) is not None \
        and _STRIVEN.search(r.clause_before) is None  # (确保有30个村未发生火灾: a goal)


_STRIVEN = re.compile(rf"确保|{ASPIRING}")


@requires(bounded=False)
def nearly_at_present(r: Reading) -> bool:
    """市内的各级文物保护单位近70处: 近 (nearly) before a figure with no verb and no look ahead states how
    many there are, not a goal (a goal is reached or exceeded: 达到, 超过, 力争…)."""
    if r.pre_len != 1 or r.comparator != "=" or r.limit_word != "近":
        return False  # (the length of the limit word first: it is read already, the word itself is not)
    core = r.before_core
    return bool(core) and LOOKS_AHEAD.search(r.clause_before) is None and _VERB_IN.search(core) is None


#: Words that look ahead to a level to reach (力争, 确保, 到2025年, 达到, 提高): a figure after one is a goal.
LOOKS_AHEAD = re.compile(r"力争|争取|确保|目标|到\s?20\d\d|预计|将|要|计划|达到|实现|新增|增加|增长|提高|提升|突破|完成")
_VERB_IN = re.compile(r"建设|建成|新建|培育|打造|创建|引进|带动|吸引|服务|覆盖|惠及|帮助|培训|投资|投入")


#: The places and bodies a list names, right after a count closing it without 等 (…、杨陵区16个|县（区）).
#: (not a word the place's name opens: 县城, 区域, 市场, 村级, 县委)
_PLACES_COUNTED = re.compile(
    rf"(?:省|市|州|盟|县|区|旗|乡镇|乡|镇|街道|村|社区)(?![城域级场长委属内外])|{_BODY_HEAD}|机构|部委")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_DIGIT_IN = re.compile(r"[0-9]")
#: A place level alone as a count's noun (5个乡镇（…）, 3个县，): the places counted, nothing a verb makes.
_PLACE_LEVEL = re.compile(r"(?:省|市|县|区|乡镇|乡|镇|街道|村|社区)(?=[（(，。；、]|$)")
#: A kind of place as a count's noun, a short modifier before its level (4个功能区, 3个开发区), closing the clause.
_PLACE_NOUN = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:县|区|市|乡镇|乡|镇|街道|村|社区)(?=[（(，。；、]|$)")
#: The last count of a clause and the joiner after its noun (…君山区9个县（市）区|和|岳阳经开区、…): a list after it
#: starts there.
_COUNT_JOINED = re.compile(r"[0-9][^0-9，。；、]{0,8}?(?:以及|和|及|与)(?=[^0-9]*$)")
#: A joiner after the noun of the count before, which opens the next item (…干线通道|和|至日韩的).
_JOINED_BEFORE = re.compile(r"^[^，。；]{0,12}?(?:以及|和|及|与|、)")
#: An item of a list that ends on a figure (每天清扫2次、): a list of figures.
_FIGURE_ITEM = re.compile(r"[0-9][^0-9、]{0,4}、")
#: A joiner inside a list's last item, which adds one more item (…、常规公交|及|微循环公交等4个).
_LAST_JOINER = re.compile(r"以及|及(?![时早格])|(?<![缓调饱温总])和(?![谐平睦美])|(?<![参给授])与")


@requires(unit_kind=("count",))
def list_own_count(r: Reading) -> bool:
    """长江流域、黄河流域、珠江流域、海河流域等4个流域, 选择甲县、乙县、…丙区16个县（区）, 分成快线、干线及支线等3个层次:
    a count right after a 、 list (closed by 等 or not) that is the number of the items listed before it counts
    the list itself, as the document lists it (就业、收入等7项指标 names more than it lists: see
    :func:`describes_document`)."""
    before = r.clause_before.rstrip()
    if "、" not in before or r.value is None or r.value < 2 or r.bounded or r.pre_len:
        return False  # (旅游消费突破50亿元的县（市、区）超过2个: a bound on a count is no list's own count)
    closed = before.endswith("等")
    if not closed and _PLACES_COUNTED.match(r.after_text) is None and _PLACE_NOUN.match(r.after_text) is None:
        return False  # (…、本桓、台黑4条高速公路建成通车: without 等 only places and bodies are counted as listed)
    listed = _BRACKETED.sub("", before[:-1] if closed else before)
    if _DIGIT_IN.search(listed) is not None and (counted := _COUNT_JOINED.search(listed)) is not None:
        listed = listed[counted.end():]  # A、…9个县（市）区和|C、D4个功能区: the list after an earlier count and its joiner
    if _FIGURE_ITEM.search(listed) is not None:
        return False  # (每天清扫2次、垃圾清运|2次: a list of figures, no list of names)
    items = listed.count("、") + 1
    if r.value != items and not (r.value == items + 1 and _LAST_JOINER.search(listed, listed.rfind("、")) is not None):
        return False
    # (新建城东、城西等2个公园: what a plan makes, counted as it lists it, is its target)
    return DOING.search(before) is None and CN_VERBS_IN.search(before) is None


@requires(unit_kind=("count",))
def listed_kinds_count(r: Reading) -> bool:
    """改造内容包括基础类、完善类、提升类3类: a count right after a list whose items its unit names each
    (…类, …级) is the number of the items: the list counted, whatever verb lists it."""
    if not r.unit or not r.clause_before.endswith(r.unit) or "、" not in r.clause_before:
        return False
    items = r.clause_before.split("、")
    return r.value == len(items) and all(item.endswith(r.unit) and len(item) > len(r.unit) for item in items)


@requires(prenominal=True, unit_kind=("measure",))
def described_site(r: Reading) -> bool:
    """加快…占地300亩的工业园二期建设项目: the plain size of the site a named project covers describes it;
    no class of the noun (it has no bound) and nothing the clause makes (it has no verb of making)."""
    return (r.prenominal and r.comparator == "=" and r.after_text.startswith("的")
            and r.before_stem.endswith(("占地", "占地面积")) and CN_VERBS_IN.search(r.before_core) is None)


#: A word of striving right before a span (力争|5年内, 争取在|三年内): the span is the horizon the goal is striven
#: for by, no rule of how long a duty may take.
_ASPIRED_SPAN = re.compile(rf"(?:{ASPIRING})(?:用|在)?$")


@requires(unit_kind=("time",))
def aspired_horizon(r: Reading) -> bool:
    """力争5年内有…家特色小镇获省级认定, 争取3年内建成…: the span within which a goal is striven for (its figure
    left blank in a draft, or none given) is the goal's horizon, neither a time limit nor a target."""
    return r.unit_kind == "time" and r.comparator in ("<=", "<") and not r.others_after \
        and _ASPIRED_SPAN.search(r.clause_before.rstrip()) is not None


#: Applied in order; the first that holds drops the number.
#: Verbs that abolish what they govern, then what they govern up to the figure (取消|…门诊医疗费用起付标准|100元).
ABOLISHING = re.compile(r"(?:取消|废止|废除|停止执行|不再执行)(?P<what>[^，。；：]*)$")
_ABOLISHING_HINTS = ("取消", "废", "停止执行", "不再执行")
_ABOLISHING_HINT = re.compile("|".join(_ABOLISHING_HINTS))  # (one search, not a test of each)


def abolished(r: Reading) -> bool:
    """取消未成年人意外伤害门诊医疗费用起付标准100元: the figure of a standard a rule abolishes states
    nothing to reach or keep (a count of what is abolished, 取消50项行政审批事项, is what is done)."""
    before = r.clause_before
    if _ABOLISHING_HINT.search(before) is None or r.prenominal and r.unit_kind == "count":
        return False
    m = ABOLISHING.search(before)
    if m is None:
        return False
    what = m.group("what")
    # (取消其资格并处5000元罚款: a sanction beside the abolition sets its own figure)
    return STANDARD.search(what) is not None and STANDARD_VERB.search(what) is None \
        and not any(verb in what for verb in ("并", *SANCTION_VERBS))


#: The joiners between the old values a change starts from (从10万元或20万元|提高到…, 由500元、600元|调整为…).
_OLD_JOINER = r"(?:或者?|、|和|及)"
#: The verb of a change to a new value, with what may stand before it (原则上统一|提高到, 分别|调整为).
_CHANGED_TO = rf"[^，。；0-9]{{0,8}}?{CHANGED_TO}"
#: The old values listed after 从/由 that follow a figure (…或|20万元 提高到): the figure's words end with the earlier ones.
_OLD_LIST_BEFORE = re.compile(rf"[从由][^，。；从由0-9]{{0,12}}[0-9][0-9.]*[^0-9，。；]{{0,4}}?{_OLD_JOINER}$")
#: The rest of a clause after the first old value (…|或20万元原则上统一提高到30万元).
_OLD_LIST_AFTER = re.compile(rf"(?:{_OLD_JOINER}[0-9][0-9.]*[^0-9，。；或、和及]{{0,4}}?)+{_CHANGED_TO}")
_CHANGED_TO_RE = re.compile(_CHANGED_TO)


def old_values_listed(r: Reading) -> bool:
    """集中采购限额从10万元或20万元统一提高到30万元, 由500元、600元调整为…: the old values a change starts
    from, listed after 从/由, are no targets (one old value alone is a scope: :func:`scope_of_action`)."""
    before = r.clause_before.rstrip()
    if "从" not in before and "由" not in before:
        return False  # most figures: no change from an old value
    if before.endswith(("从", "由")) or _FROM_VALUE_OPEN.search(before) is not None:
        return _OLD_LIST_AFTER.match(r.rest) is not None
    return _OLD_LIST_BEFORE.search(before) is not None and _CHANGED_TO_RE.match(r.after_text) is not None


#: The words between 从/由 and the first old value (从月销售额|10万元): no figure, no clause break.
_FROM_VALUE_OPEN = re.compile(r"[从由][^，。；从由0-9]{1,12}$")


DROP_RULES: tuple[Rule, ...] = (
    old_values_listed, abolished, approved_matter, counts_named_before, counts_undone, counted_bodies, nearly_at_present, points_per_occurrence, no_points, limit_word_then_noun, cost_share, cost_share_payer, baseline, basis_figure, describes_document, describes_parts_before,
    tally, counted_in_attachment, defined_area, partition_count, average_of_whole, address_ordinal, list_own_count, listed_kinds_count,
    listed_bodies_count, kinds_in_scope,
    frames_document, named_package, title_line, counted_documents, motions_handled, one_of_count, drafted_plans, rhetoric_count, print_run,
    recipients_each, subject_of_later_count, scope_of_share, cost_estimate,
    scope_of_action, inside_noun_phrase, topic_count, name_in_numerals, numeral_in_noun, checked_object, bracket_class_of_figure,
    described_site, aspired_horizon,
)

# ---------------------------------------------------------------------------
# Qualifiers: a measure that qualifies a noun (3亿元以上制造业企业, 超过100万元的村)


@requires(prenominal=True)
def qualifies_noun(r: Reading) -> bool:
    """超过100万元的村, 总投资额在100万元以下的建设工程: an amount or a count with 的 before a
    noun qualifies it. A count with a verb of making before it is made (建成230座以上的公园); a
    share is what part of the noun a target covers (其中30%的小区要创建示范小区), except in a
    sentence that grants money, where it sets who may have it (平均担保费率不超过1%的担保业务)."""
    if not r.prenominal or not r.after_text.startswith("的") or r.share and not r.sentence_grants:
        return False
    if r.unit_kind == "count" and r.before_core and (r.verb_only or _MADE_BY.search(r.before_core) is not None):
        return False  # 组织好500人的抢险队伍, 打造3个以上的…示范村: a count a verb of making ends on is made
    return not _size_made(r) and not _plan_amount(r)


def _size_made(r: Reading) -> bool:
    """举办展览面积超3万平米的展会: a bounded measure with 的 before the noun a verb of making earlier in
    the clause makes, and no count of it after: the size of what is made, not a class of the noun
    (培育年销售收入超10亿元的企业10家: the count after is the target, the bound a class)."""
    return (r.unit_kind == "measure" and r.comparator != "=" and not r.others_after and not r.sentence_grants
            and r.after_text.startswith("的") and CN_VERBS_IN.search(r.before_core) is not None)


#: A verb of making or mustering that ends the words before a count (组织好|500人的队伍, 打造|3个以上的…村).
_MADE_BY = re.compile(rf"(?:{_MAKING_WORDS}|组织好?|组建好?)$")


def _plan_amount(r: Reading) -> bool:
    """实施好甲、乙等村3000亩的土地整理项目, 建成1000亩的示范基地: a plain amount (no limit word) in a
    clause that opens with a verb of doing is the size of what the plan does, no class of a noun; an
    amount after a measure noun or a copula (年销售收入达500亿元的企业, 按6个月的…) still qualifies."""
    core = r.before_core
    if r.bounded or r.pre_len and r.comparator != "=" or r.unit_kind == "time" or not core or core[0] in PREPOSITIONS:
        # (对建成区内300-500米服务半径未覆盖的地区: a preposition opens a scope, no doing; 约 bounds nothing:
        # 建设…自然村内约12.3公里道路硬化)
        return False
    if DOING.search(core, 0, DOING_REACH) is None and (
            r.unit_kind != "count" or len(core) > DOING_REACH or core[-1] == "有"):
        # (解决农村4万人的饮水问题, 维修农村37处的机泵: a plain count right after the few words that open the
        # clause is how many the plan does it for, whatever its verb; 拥有500名员工的企业: a class by what it has)
        return False
    stem = r.before_stem
    return not stem or stem[-1] not in _COPULA_LAST and MEASURE_NOUN.search(stem) is None


#: The words before a fee a schedule charges (按|3元/辆·次收取, 按每小时|3元/辆·次).
CHARGED_BY = re.compile(r"按(?:照)?(?:每[\u4e00-\u9fff]{1,3})?$")


@requires(prenominal=True, unit_kind=("measure", "time"))
def measure_before_noun(r: Reading) -> bool:
    """3亿元以上制造业企业, 5年以上优秀培训业绩: a measure before a noun that is no amount of it."""
    if not r.prenominal or r.share or r.unit_kind == "count" or r.before.rstrip().endswith("其中的"):
        return False  # (对其中的约24公里进行修复: a part of the total before, a target)
    if r.unit[:1] == "元" and "/" in r.unit and not r.limit_after and "按" in r.before[-6:] \
            and CHARGED_BY.search(r.before.rstrip()) is not None:
        return False  # 按每小时3元/辆·次收取: the fee a schedule charges, no class of a noun
    if r.unit == "倍" and proportional_rule(r):
        return False  # 按低保标准的1.5倍确定: the multiple of a base a rule applies, no class of a noun
    if fine_amount(r):
        return False  # 处以200元以上1000元以下罚款, 处违法所得1倍以上3倍以下罚款: the fine's bounds, no class of it
    pred = r.predicate_at
    if MEASURE_NOUN.search(r.noun_part) and pred >= 0:
        return False  # 50平方公里以上建设用地面积达到…: the amount of an area
    if r.mid_measure:
        return False
    if r.unit.endswith("元") and not r.limit_after and (FUND_NOUN.search(r.after_clean) or FUND_USE.match(r.after_clean)):
        return False  # 各3000万元示范创建资金, 安排资金5000万元用于…: the amount of the fund or put to a use
    if r.unit_kind == "time" and r.comparator == "<=" and (DONE.match(r.after_clean) or r.before.rstrip().endswith("之日起")):
        # 环评登记表3个工作日内完成审批, 自…之日起20个工作日内予以公开: the limit of what is done within it,
        # no class of a noun
        return False
    if r.unit_kind == "time" and r.comparator == "<=" and _within_step(r):
        return False  # 受理后3个工作日内审核, 应在3个月内办复: the limit of the step done within it
    if r.unit_kind == "time" and r.after_clean.startswith(CYCLE_AFTER):
        return False  # 落实教师5年一周期的全员轮训制度: the cycle's length, a rule of its own
    return (not r.verb_only or r.limit_after) and not _plan_amount(r) and not _size_made(r)


#: The last characters before a time limit that open its frame: 在|3个月内, 受理后|3个工作日内.
_WITHIN_OPENERS = ("在", "后")


def _within_step(r: Reading) -> bool:
    """在3个月内办复, 接到诉求后30分钟内赶赴现场: a limit shorter than a year that 在 or an event's 后 opens,
    alone in its clause and no 的 after it: the time a step must be done in, whatever the verb (a horizon
    of years, 今后5年内, 在3年内建成…, is a plan's period)."""
    return not r.others_after and not r.unit.endswith("年") and not r.after_text.startswith("的") \
        and r.before.rstrip().endswith(_WITHIN_OPENERS)


@requires(limit_after=True)
def listed_qualifier(r: Reading) -> bool:
    """单户担保金额500万元及以下、平均担保费率不超过1%的担保业务: a bound in a 、 list of bounds
    that together qualify the noun after the last one."""
    if not (r.limit_after and r.rest.startswith("、")):
        return False
    m = LIST_QUALIFIED.search(r.rest)
    return m is not None and PREDICATE.search(r.rest, 0, m.start()) is None


#: The rest of a clause after a bounded figure: 或, the alternative figure (bounded by its own limit
#: word or by the first's), 的 and the noun both qualify (200人以上|或死亡3人以上的食物中毒).
ALTERNATIVE_QUALIFIED = re.compile(
    r"或[^，。；0-9]{0,10}?[0-9]+(?:\.[0-9]+)?[^，。；0-9的]{0,4}?(?:以上|以下|以内)?的[\u4e00-\u9fff]")


@requires(after_first=frozenset("或"), bounded=True)
def alternative_qualifier(r: Reading) -> bool:
    """是指一次性出现200人以上或死亡3人以上的食物中毒, 年营业收入超30亿元或3亿美元的企业: the first of
    two thresholds 或 joins, which qualify the noun after the second one's 的 together."""
    return r.bounded and r.after_text[:1] == "或" and ALTERNATIVE_QUALIFIED.match(r.rest) is not None


#: A single event, then what it brings about, ending the text before a threshold (一次死亡|3人以上,
#: 一次性出现|200人以上, 单次造成|10万元以上): the figure sorts events into a class.
PER_EVENT = re.compile(r"(?:一次性?|单次)[\u4e00-\u9fff]{0,4}$")


@requires(limit_after=True, prenominal=True)
def per_event_class(r: Reading) -> bool:
    """交通事故特别是一次死亡3人以上交通事故明显减少: a threshold a single event passes names a class
    of the events after it (较大事故), no count to reach."""
    return r.limit_after and r.prenominal and "次" in r.before and PER_EVENT.search(r.before.rstrip()) is not None


#: The harm done to people (the rest of :data:`HARM_NOUN` is harm done to property).
HARM_TO_PEOPLE = r"死亡|失踪|重伤|轻伤|受伤|伤亡|中毒"
#: The harm an event does, which the bounds of its class are set on (造成3人以上死亡, 因灾死亡30人以上,
#: 1000万元以上直接经济损失).
HARM_NOUN = rf"(?:{HARM_TO_PEOPLE}|(?:直接|潜在)?经济损失|财产损失)"
HARM_AFTER = re.compile(rf"的?(?:人员)?{HARM_NOUN}")
HARM_BEFORE = re.compile(rf"{HARM_NOUN}(?:人数)?$")
#: The first characters of :data:`HARM_AFTER`, and a character of every harm noun: cheap tests first.
_HARM_AFTER_FIRST = frozenset("的人死失重轻受伤中直潜经财")
_HARM_HINT = re.compile("[死伤毒踪损]")
#: The verbs that end what a harm noun names before its bound (…死亡人数|控制在10人以下: a goal, no class).
_HARM_GOAL = re.compile(rf"(?:{SHORTENED_TO}|下降到|下降至|低于)$")


@requires(bounded=True, limit_after=True)
def harm_threshold(r: Reading) -> bool:
    """造成3人以上10人以下死亡, 因灾死亡30人（含30人）以上, 1000万元以上直接经济损失: a bound on the
    harm an event does draws the line of a class of events (事故等级, 灾情分级), not a level to reach: a
    standard, or part of the object of its sentence's target (死亡3人以上|事故起数下降20%); a bound a
    limit word sets (死亡人数控制在10人以下) is a goal."""
    if not r.limit_after or r.pre_len:
        return False
    if r.after_text[:1] in _HARM_AFTER_FIRST and HARM_AFTER.match(r.after_text) is not None:
        return True
    return _HARM_HINT.search(r.before_full) is not None and HARM_BEFORE.search(r.before_stem) is not None \
        and _HARM_GOAL.search(r.before_full.rstrip()) is None


#: Applied after :data:`DROP_RULES`; the first that holds makes the number a qualifier.
QUALIFIER_RULES: tuple[Rule, ...] = (
    qualifies_noun, measure_before_noun, listed_qualifier, alternative_qualifier, per_event_class, harm_threshold)

# ---------------------------------------------------------------------------
# Standards: rules the document sets (kind ``standard``)


#: The units of issues and sessions a frequency duty may count instead of 次 (每周编发2期简报, 每月举办1场).
ISSUE_UNITS = frozenset(("期", "场", "篇", "轮"))
#: A period shorter than a year, then the verb of a duty (and its object), right before its count in figures
#: (每周编发|2期, 每季度至少举办|1场, 每月报送信息|2篇): a year's count is a yearly target (每年举办10场).
SHORT_FREQUENCY = re.compile(
    r"每(?:[0-9]+|[两三四五六七八九十]+)?(?:个?月|季度?|周|旬|日|天|半年|学期)(?:至少|不少于)?[\u4e00-\u9fff]{0,6}$")


def _is_occurrences(unit: str) -> bool:
    return unit.startswith("次") or unit in ISSUE_UNITS


@requires(unit=_is_occurrences)
def frequency_duty(r: Reading) -> bool:
    """每3年修订1次, 每季度至少检查1次, 每周编发2期工作简报: how often a duty recurs, with the count as
    value (an issue or a session counted in figures after a period shorter than a year, in its own
    unit; 每月召开一次 in words is left out)."""
    if r.unit.startswith("次"):
        return FREQUENCY.search(r.clause_before) is not None
    return r.unit in ISSUE_UNITS and not r.cn and "每" in r.clause_before \
        and SHORT_FREQUENCY.search(r.clause_before.rstrip()) is not None


@requires(unit_kind=("time",))
def time_limit(r: Reading) -> bool:
    """5个工作日内办结, 2年内完成整改, 连续缴费满10年, 实习时间一般为6个月: a duration a rule sets.
    A duration a plan shortens (企业开办时间压缩至1个工作日以内) or raises (平均受教育年限提高到
    11.5年) is a target."""
    if r.unit_kind != "time" or SHORTENED.search(r.clause_before) is not None:
        return False
    if r.unit.endswith(TRAVEL_UNITS) and r.comparator == "=" and TRAVEL_AFTER.match(r.after_text) is not None:
        return False  # 3小时通达…, 15分钟上高速: a travel time a plan reaches, a goal
    # 平均生存周期达到5年, 储备能力达到10-15天的水平: a level a plan raises a duration to, unless a condition
    # (工作年限达到5年的) or a period a rule sets and extends (试点期限延长至三年, 有效期延长至5年)
    before = r.clause_before.rstrip()
    if r.limit_word in PASSED_WORDS and not r.rest.startswith("的"):
        return False  # 人均逗留时间突破3天: a level a plan takes a duration past, a goal (超过30日未办结的: a condition)
    return RAISED.search(before) is None or PERIOD_EXTENDED.search(before) is not None \
        or r.rest.startswith("的") and SIZE_NOUN.fullmatch(r.rest.rstrip("。；，！ ")) is None


def _is_return_period(unit: str) -> bool:
    return unit.endswith("一遇")


@requires(unit=_is_return_period)
def return_period(r: Reading) -> bool:
    """排水能力达到3年一遇, 50年一遇洪水标准: a technical standard of design."""
    return r.unit.endswith("一遇")


#: A level of bodies or places, then a verb of staffing and the post, before a head count (乡镇设信息员|2-3名, 各村
#:配备专职网格员|1名): the staff each of them has, a rule however many there are.
_STAFFED_LEVEL = re.compile(
    r"(?:^|[，、；])[ \t\u3000]*(?:各|每个?)?(?:省|市|县|区|乡镇|乡|镇|街道|村|社区|村组|组|单位|部门)级?"
    r"(?:均|都|要|应|须)?(?:设|设立|设置|配备|配齐|确定|明确)[\u4e00-\u9fff]{1,8}$"
)


@requires(unit=lambda unit: unit in ("名", "人"))
def staffing_rule(r: Reading) -> bool:
    """乡镇设信息员2-3名, 村设技术员1-2名: how many staff each body or place of a level has."""
    return r.unit in ("名", "人") and ("设" in r.clause_before or "配" in r.clause_before
                                     or "确定" in r.clause_before or "明确" in r.clause_before) \
        and _STAFFED_LEVEL.search(r.clause_before.rstrip()) is not None


@requires(before_marks=frozenset("每按"))
def provision_per_subject(r: Reading) -> bool:
    """每户配置1组, 每村配置1辆, 按500户配1名: what each subject is provided with."""
    before = r.before_scoped
    return ("每" in before or "按" in before) and PER_SUBJECT.search(before.rstrip()) is not None \
        and REACHED_PER.search(before.rstrip()) is None  # 面积达到每百户30平米以上: a ratio to reach


#: A standard's noun, then the verb that sets it, at the end of the words before a figure, with what may stand
#: between (公开招标数额标准将从30万元提高到货物、|服务类50万元; 采购限额从…原则上|统一提高到30万元): the
#: list item or the head the figure's own words are cut to leaves the noun out of them.
STANDARD_CHANGED = re.compile(
    rf"(?:{STANDARD.pattern})[^，。；]{{0,16}}?(?:{STANDARD_VERB.pattern})[^，。；0-9]{{0,8}}$")


@requires(before_marks=frozenset(word[0] for word in STANDARD_WORDS))
def set_standard(r: Reading) -> bool:
    """最低月工资标准调整为2260元, 一类行政区域月最低工资标准1080元, 保障标准为年人均6120元, 收费标准
    按《…》70%执行: a standard the document sets (its noun and a verb that sets it, or a sum right
    after the name of the level it is)."""
    found = [m.group() for m in STANDARD.finditer(r.before_scoped)]
    if not found:
        return False
    if all(word in LIMIT_WORDS for word in found):
        # 贷款额度由40万元调整为50万元, 缴存比例下限：5%: a limit set or named right before its figure (a
        # plan's 授信额度达到500亿元 is a volume to reach)
        return STANDARD_VERB.search(r.clause_before) is not None or _LIMIT_NAMED.search(r.clause_before) is not None
    if (r.bounded or r.approx) and all(m.group() in BENEFIT_RATES for m in STANDARD.finditer(r.before_scoped)):
        return False  # 住院费用报销比例提高到75%以上, …75%左右: a level a plan raises a rate to, no rate a rule pays
    return STANDARD_VERB.search(r.clause_before) is not None \
        or r.unit.endswith("元") and STANDARD_NAMED.search(r.before_stem) is not None \
        or r.after_text.startswith("执行") and "按" in r.clause_before  # 收费标准拟按《…》70%|执行


#: The noun of a level a rule sets, then the word that sets it (土地补偿费、安置补助费的比例为|30%, 支付比例为|50%,
#: 安置补助费不低于…的|60%, 最高限额暂按基数…的|50%) or a colon after it and at most the two characters of how it
#: is paid (最低保护标准：…一类地区不低于|6.2万元/亩, 统一标准包干：二级医院全年|72000元): with no word looking ahead
#: in its sentence and no year to reach, the figure is the rule's level, and every figure the sentence sets after it
#: is one too.
RULE_LEVEL_NOUN = rf"(?:{STANDARD.pattern}|比例|费用?|地价)"
RULE_LEVEL_SET = re.compile(
    rf"{RULE_LEVEL_NOUN}"
    r"(?:(?:暂|均|统一|分别)?(?:为|是|按|不低于|不高于|不超过|不得超过|不得低于)|[\u4e00-\u9fff]{0,2}[：:])")


def _is_per(unit: str) -> bool:
    return "/" in unit


#: What a price or fee set per unit is called (水价为3.04元/吨, 污水处理费1.42元/立方米): a rate so named is a standard.
PRICE_WORDS = ("价格", "单价", "电价", "水价", "气价", "费")
#: The grant a rate per head is, right before it (各级财政对居民医保补助不低于|450元/人): the rate it is paid at.
GRANT_RATE_WORDS = ("补助", "补贴", "资助")
_RATE_NAMES = STANDARD_WORDS + PRICE_WORDS + GRANT_RATE_WORDS


@requires(unit=_is_per, before_marks=frozenset(word[0] for word in _RATE_NAMES))
def rate_standard(r: Reading) -> bool:
    """补助标准0.15万元/户, 收费标准为20元/人, 居民生活用水价格为3.04元/吨, 对居民医保补助不低于450元/人: a rate
    per subject (a unit written with /) that its name calls a standard, a price or a grant, right before it."""
    return "/" in r.unit and r.before_stem.rstrip().endswith(_RATE_NAMES)


@requires(bounded=True)
def rule_bound(r: Reading) -> bool:
    """收取的担保费率原则上不超过1.5%, 补助比例不超过30%, 最高不超过15万元: a bound a rule sets
    (a rule word before it, or a grant or fee it bounds)."""
    if r.comparator == "=":
        return False
    if RULE_WORD.search(r.clause_before) is not None or RULE_WORD.match(r.limit_word) is not None:
        return True  # 原则上不超过; 最高不超过: the rule word opens the limit
    if "加减" in r.clause_before and ADJUSTED.search(r.clause_before) is not None:
        return True  # 增速对投资率加减均不超过3个百分点: the most an assessment rule adjusts a score by
    # The stem is a part of before_scoped: a term in it stands there too. Most readings have
    # none there, and their stem is not read.
    return GRANT_TERM.search(r.before_scoped) is not None and GRANT_TERM.search(r.before_stem) is not None


def _is_age(unit: str) -> bool:
    return unit.endswith("岁")


@requires(unit=_is_age, bounded=True)
def age_threshold(r: Reading) -> bool:
    """年满18周岁, 未满16周岁: an age a person must have reached (or not), a condition of eligibility,
    not a level to reach (人均预期寿命达到83岁 is one)."""
    return r.unit.endswith("岁") and r.limit_word.endswith("满")


#: A sum docked or fined for each breach, before it in its clause (每次扣缴县级财政资金3万元, 每起罚款5000元,
#: 每发现1例扣减考核资金2000元).
PENALTY_PER_OCCURRENCE = re.compile(
    r"每(?:次|起|例|宗|件|发现(?:[一1]|\d+)?[次起例宗件处])[^，。；]{0,12}?(?:扣缴|扣减|扣除|扣回|罚款|罚没|处以)"
)


def _is_money(unit: str) -> bool:
    return unit.endswith("元")


def fine_amount(r: Reading) -> bool:
    """处以200元以上1000元以下罚款, 处违法所得1倍以上3倍以下罚款, 罚款不超过一千元: the bounds of a fine a rule
    imposes, the fine named after them or, for a sum, right before (a bare amount, 给予一万元罚款, stays a
    qualifier: the classes of breach after it are the rule's too)."""
    return r.bounded and (r.after_clean[:1] == "罚" and r.after_clean.startswith(FINE_NOUNS)
                          or r.unit.endswith("元") and "罚" in r.before_stem and r.before_stem.rstrip().endswith(FINE_NOUNS))


@requires(unit=_is_money)
def penalty_rule(r: Reading) -> bool:
    """每次扣缴县级财政资金3万元, 每起罚款5000元: the sum a rule takes for each breach."""
    return r.unit.endswith("元") and "每" in r.clause_before and PENALTY_PER_OCCURRENCE.search(r.clause_before) is not None


#: A share a method weighs by, with any others listed after it, then the verb of counting it in
#: (按15%、25%计入…分值, 按40%的权重折算): a weight of a scoring rule.
WEIGHT_AFTER = re.compile(r"(?:[、和及][0-9.]+%)*(?:的(?:比例|权重))?(?:计入|计算|折算|折合|计分|核算|加权)")
#: 按 and any shares listed before the share (分别按15%、|25%).
WEIGHT_BEFORE = re.compile(r"按(?:照)?(?:[0-9.]+%[、和及])*$")


@requires(unit=_is_share)
def weight_rule(r: Reading) -> bool:
    """分别按15%、25%、35%计入年度考核分值, 按30%的权重折算: the weights by which a scoring rule counts
    its parts in, rules of the method, not targets."""
    return _is_share(r.unit) and "按" in r.clause_before and WEIGHT_AFTER.match(r.rest) is not None \
        and WEIGHT_BEFORE.search(r.clause_before.rstrip()) is not None


@requires(unit=_is_share, after_first=frozenset("的"))
def ratio_rule(r: Reading) -> bool:
    """按照20%的比例确定重点办理的建议提案, 按5%、10%的比例抽取: the ratio by which a rule picks or sets its
    share of a whole, right after 按 (the same opening as :func:`weight_rule`'s), not a level to reach."""
    return _is_share(r.unit) and "按" in r.clause_before and r.after_text.startswith("的比例") \
        and WEIGHT_BEFORE.search(r.clause_before.rstrip()) is not None


@requires(unit=_is_points, before_last=frozenset(POINTS_VERBS))
def points_rule(r: Reading) -> bool:
    """每发现1次扣2分, 每篇得0.5分, 此项最高计10分: the points a scoring rule gives or takes."""
    return r.unit == "分" and r.before_full.rstrip()[-1:] in POINTS_VERBS


#: What a score or a rate is graded as after it (≥90分为优秀, 低于90%的为0分, 80分以上90分以下为良好,
#: 达到95%的得满分): the grade or the points a scoring rule gives.
GRADED_AS = re.compile(
    r"的?(?:为|评为|定为|计为|认定为|确定为|即为|得|计|记)"
    r"(?:优秀|良好|合格|不合格|基本合格|较好|一般|较差|差等|及格|不及格|[A-E](?:级|等|档)|[一二三四五](?:等|档)"
    r"|[0-9]+(?:\.[0-9]+)?分|零分|满分)"
)


@requires(after_first=frozenset("的为评定计认确即得记"))
def grade_band(r: Reading) -> bool:
    """总得分≥90分为优秀, 完成率低于90%的为0分: the band of a score or rate that a scoring rule grades
    so, a rule of the method, no target."""
    return GRADED_AS.match(r.rest) is not None


def _is_share_or_multiple(unit: str) -> bool:
    """Whether a number with ``unit`` is a share (``%``, ``‰``) or a multiple (``倍``) of a base."""
    return unit in ("%", "‰", "倍")


@requires(unit=_is_share_or_multiple, before_last=frozenset("的"))
def proportional_rule(r: Reading) -> bool:
    """示范市、县财政按获得中央和省级补助资金总额的30%筹集配套资金, 认定标准按低保标准的1.5倍确定: the share or
    multiple of a base that 按 names, a rule of how much is raised, paid or returned."""
    return _is_share_or_multiple(r.unit) and "按" in r.clause_before and r.before_full.rstrip().endswith("的") \
        and PROPORTION_BASE.search(r.clause_before.rstrip()) is not None


@requires(before_marks=frozenset("放"))
def relaxed_rule(r: Reading) -> bool:
    """裁员率放宽到不超过企业职工总数20%, 由参保3年以上放宽至参保1年以上: a bound a policy loosens is
    the rule it sets."""
    return "放宽" in r.clause_before and RELAXED.search(r.clause_before) is not None


@requires(unit_kind=("measure",))
def policy_figure(r: Reading) -> bool:
    """实施阶段性下调工伤保险费率50%的政策, 阶段性降低失业保险费率至1%: the figure of a policy the
    document carries out (named a 政策 right after it, or a cut made for a time), not a level to reach."""
    if r.unit_kind != "measure":
        return False
    if "阶段性" in r.clause_before and TEMPORARY_CUT.search(r.clause_before) is not None:
        return True
    return "政策" in r.rest and POLICY_AFTER.match(r.rest) is not None


#: Any that holds makes a kept number a standard.
#: A sanction right after a bound (超过6次取消当年评优评先资格, 累计3次以上予以通报批评, 连续2年以下…): what a rule
#: does once the bound is passed.
SANCTION_AFTER = re.compile(
    r"的?(?:取消|扣除|扣减|扣发|暂停|停止|一票否决|通报批评|予以通报|予以问责|追究|约谈|降低[\u4e00-\u9fff]{0,4}等级"
    r"|给予[\u4e00-\u9fff]{0,8}处分|列入[\u4e00-\u9fff]{0,6}名单|纳入[\u4e00-\u9fff]{0,6}名单|不予|不得|不再)"
)
#: The first characters of :data:`SANCTION_AFTER`.
_SANCTION_FIRST = frozenset("的取扣暂停一通予追约降给列纳不")


@requires(bounded=True, after_first=_SANCTION_FIRST)
def sanction_threshold(r: Reading) -> bool:
    """超过6次取消当年评优评先资格, 累计3次以上予以通报批评: a bound a sanction follows at once, the
    threshold of a rule, not a level to reach."""
    return r.bounded and SANCTION_AFTER.match(r.after_text) is not None


#: Units of distance, and what a distance is measured from before them (距林地边缘|300米范围内, 河道两侧|50米以内).
DISTANCE_UNITS = ("米", "公里", "千米", "m", "km")
DISTANCE_FROM = re.compile(r"距|周边|周围|两侧|沿线|四周")


def _is_distance(unit: str) -> bool:
    return unit in DISTANCE_UNITS


@requires(unit=_is_distance, bounded=True)
def distance_zone(r: Reading) -> bool:
    """距林地边缘300米范围内, 河道两侧50米以内: the zone within a distance of a place that a rule
    covers (a ban, a protected belt), not a length to build."""
    return r.unit in DISTANCE_UNITS and r.comparator in ("<=", "<") \
        and DISTANCE_FROM.search(r.clause_before) is not None


#: The places of an award a rule sets up, the rank before its count (设立一等奖|1名, 二等奖|2名, 优秀奖|10个).
AWARD_RANK = re.compile(r"(?:[一二三四五六七八九十特]等|优秀|鼓励|基础|先进|组织|贡献|单项|综合|提名)奖(?:项)?$")
#: Verbs of winning an award: a count after them is a target to reach (力争获得一等奖|2项).
_WON = re.compile(r"获|夺|争|得|取得|捧")
#: The units of an award's places.
_AWARD_UNITS = ("名", "个", "项", "人", "家", "位")


#: A limit's name right before its figure (最高贷款额度|80万元, 缴存比例下限：|5%).
_LIMIT_NAMED = re.compile(rf"(?:{'|'.join(LIMIT_WORDS)})(?:为|是|[：:])?\s*$")


def changed_standard(r: Reading) -> bool:
    """公开招标数额标准将从30万元提高到货物、服务类50万元, 采购限额从…原则上统一提高到30万元: a standard its
    clause names and changes before the figure's own words (a list item, the words after a head), which
    leave the noun out."""
    before = r.clause_before
    if "到" not in before and "为" not in before and "至" not in before or r.bounded or r.approx:
        return False  # (every verb that sets a standard by a change ends so; 执行/上浮 name their figure apart)
    return STANDARD_CHANGED.search(before) is not None


#: A verb of paying a cost, then what is paid, then 的, right before a share (政府承担|营销资金的|75%): the share of
#: the cost a payer bears.
_SHARE_BORNE = re.compile(rf"(?:{'|'.join(COST_SHARE_VERBS)})[^，。；、0-9]{{1,12}}的$")


@requires(unit=_is_share, before_last=frozenset("的"))
def borne_share(r: Reading) -> bool:
    """政府承担营销资金的75%，企业承担营销资金的25%: the share of a named cost each payer bears, a rule of how
    the cost is split (the split written with the share right after the verb, 市、区各承担50%, is dropped:
    :func:`cost_share`)."""
    return r.share and r.before_full.rstrip().endswith("的") and _SHARE_BORNE.search(r.before_full.rstrip()) is not None


#: A sum paid per head (and per period), right before it (每人每月发放|30元, 每户每年补助|500元): the rate a rule pays.
_PAID_PER_HEAD = re.compile(
    r"每(?:人|户|名|生)(?:每?(?:年|月|季度|天|日))?[\u4e00-\u9fff]{0,2}?"
    r"(?:发放|补助|补贴|给予|奖励|资助|领取|享受|增发|支付|计发)[\u4e00-\u9fff]{0,6}$")


@requires(unit=_is_money, before_marks=frozenset("每"))
def paid_per_head(r: Reading) -> bool:
    """80至89周岁的老人，每人每月发放30元: the sum a rule pays each person (or household) a period, a rate of the
    benefit, whether or not its clause calls it a 标准."""
    return r.unit.endswith("元") and "每" in r.before_full and _PAID_PER_HEAD.search(r.before_full.rstrip()) is not None


@requires(unit=_AWARD_UNITS.__contains__)
def award_quota(r: Reading) -> bool:
    """先进乡镇设立一等奖1名，奖励12万元；二等奖2名…: how many places an award the rule sets up has, a
    standard of the rule (not the awards won: 力争获得一等奖2项 is a target)."""
    return r.unit in _AWARD_UNITS and r.before_core.endswith(("奖", "奖项")) and AWARD_RANK.search(r.before_core) is not None \
        and _WON.search(r.before_core) is None


#: A base that 按 names, then the verb of a change on it (按照…平均补助水平|增加|10%的补助金, 按…标准上浮|20%).
INCREMENT_ON_BASE = re.compile(r"按(?:照)?(?P<base>[^，。；按]{0,28}?(?:水平|标准|基数|额度|金额))(?:的基础上)?"
                               r"(?P<change>增加|提高|上浮|下浮|减少|降低)$")


def increment_rule(r: Reading) -> bool:
    """按照当地平均补助水平增加10%的补助金, 按原标准上浮20%发放: a share a rule adds to (or takes off) a base
    that 按 names, a standard of how much is paid, no target."""
    return r.share and "按" in r.clause_before and INCREMENT_ON_BASE.search(r.clause_before.rstrip()) is not None


#: The verbs of charging a fee: a time amount right before one, after a 按 of its clause, is the time charged for.
CHARGING_VERBS = ("收费", "计费", "计收", "收取")


@requires(unit_kind="time", after_first=frozenset(verb[0] for verb in CHARGING_VERBS))
def charged_time(r: Reading) -> bool:
    """停车全天24小时的按白天相应收费标准10小时收费: the time a fee rule charges for, whatever the time taken."""
    return r.after_text.startswith(CHARGING_VERBS) and "按" in r.clause_before


STANDARD_RULES: tuple[Rule, ...] = (
    points_rule, weight_rule, ratio_rule, grade_band, penalty_rule, fine_amount, frequency_duty, time_limit, composition_rule, provision_per_subject, staffing_rule, proportional_rule, increment_rule,
    set_standard, changed_standard, award_quota, borne_share, paid_per_head,
    rate_standard, rule_bound, relaxed_rule, policy_figure, sanction_threshold, age_threshold,
)


@requires(after_first=frozenset(opening[0] for opening in CALLED_STANDARD_OPENINGS))
def called_standard(r: Reading) -> bool:
    """按照每生每年250元的标准给予补助, 按每生每年6000元标准补助公用经费: the figure of a
    standard the text calls so, whatever stands before it."""
    return r.after_text[:2] in CALLED_STANDARD_OPENINGS and CALLED_STANDARD.match(r.after_text) is not None \
        and not (r.cn and r.unit_kind == "count")  # 按…的三类标准执行: the class of a standard, no figure of it


@requires(in_bracket=True)
def bracket_rule(r: Reading) -> bool:
    """在规定期限内办结（5个工作日）, （排放量小于200立方米的项目）, （pH值6-7，有机质50g/kg）: a
    bracket that spells out the rule of what it follows (not the class its own figure holds for:
    see :func:`bracket_class_of_figure`)."""
    return r.in_bracket and not (r.bounded and r.edges[0] == "的" and bracket_class_of_figure(r))


@requires(bounded=True, after_first=frozenset("的"))
def class_threshold(r: Reading) -> bool:
    """在职职工总数30人（含）以下的企业暂免征收…, 月销售额10万元以下的纳税人免征增值税: a bound that
    defines a class of bodies, then what a rule does to that class (免征, 享受, 适用 …), in the main
    clause as after 对…的企业，: a standard, whatever else its sentence states."""
    if not r.bounded or r.after_text[:1] != "的":
        return False
    # (the rest past the next number: 1500人以下的村和2000户以下的社区|按…, a second class joined)
    return RULE_ON_CLASS.match(r.after_text) is not None or (
        len(r.rest) > len(r.after_text) and RULE_ON_CLASS.match(r.rest) is not None)


#: Standards whatever else the number's place says (50-100年一遇内涝可控, 50年一遇洪水标准).
FIRST_STANDARD_RULES: tuple[Rule, ...] = (return_period, bracket_rule, called_standard, class_threshold, distance_zone, charged_time)


#: For each part of :data:`EDGES`, the characters some rule requires (see :meth:`Reading.read_edges`);
#: for ``before_marks``, a pattern of them.
_edge_chars = [
    frozenset().union(*(
        rule.requires[name]  # type: ignore[attr-defined]
        for table in (FIRST_STANDARD_RULES, DROP_RULES, QUALIFIER_RULES, STANDARD_RULES)
        for rule in table if name in getattr(rule, "requires", {})
    ))
    for name in EDGES
]
_EDGE_CHARS: tuple[Any, ...] = (*_edge_chars[:3], re.compile(f"[{re.escape(''.join(sorted(_edge_chars[3])))}]"))

#: The rules :func:`verdict` asks a reading, by its traits (see :data:`TRAITS`): the four
#: tables, each without the rules the traits rule out. A few hundred kinds of readings occur.
_PLANS: dict[tuple[Any, ...], tuple[tuple[Rule, ...], ...]] = {}


def _plan(traits: tuple[Any, ...]) -> tuple[tuple[Rule, ...], ...]:
    plan = _PLANS.get(traits)
    if plan is None:
        plan = _PLANS[traits] = tuple(
            tuple(rule for rule in table if _admits(rule, traits))
            for table in (FIRST_STANDARD_RULES, DROP_RULES, QUALIFIER_RULES, STANDARD_RULES)
        )
    return plan


def verdict(r: Reading) -> tuple[str, str | None]:
    """What the number a reading holds states: ``("drop", rule)``, ``("qualifier", rule)``,
    ``("standard", rule)`` or ``("target", None)``, with the name of the rule that decided."""
    if r.unit == "年" and fused_years(r):
        return "drop", "fused_years"  # （20222025年）: no figure at all, before any rule reads one
    first, drops, qualifiers, standards = _plan(_traits(r))
    for rule in first:
        if rule(r):
            return "standard", rule.__name__
    for rule in drops:
        if rule(r):
            return "drop", rule.__name__
    for rule in qualifiers:
        if rule(r):
            if r.in_heading:
                return "drop", "title_words"  # 七宝镇30万元以下小型建设工程施工备案表: a title's words
            return "qualifier", rule.__name__
    for rule in standards:
        if rule(r):
            return "standard", rule.__name__
    return "target", None
