"""Quantified targets (what is promised, by when), standards (the quantified rules a document
sets) and incentives (rewards, subsidies) in one document.

One scan of :data:`QUANTITY` finds every number with a unit (units as written, ranges with
both bounds: ``3—12个月``, ``50万元至100万元``, ``20cm-30cm``); each run of adjacent numbers
is then read in its clause (the text between ``，。；：`` and line breaks) into a
:class:`~policykg.extract.target_rules.Reading`, and the named rules of
:mod:`policykg.extract.target_rules` decide what it states:

- **Not a target**: a number inside quotes, 《》 titles or brackets that are asides
  (``“135N”``, ``（含可转换）``; a bracket that states a rule, ``（5个工作日）``, is read);
  glued to letters or ``+`` (``G60``); an ordinal, a date or a period (``用3年时间``); a
  cost share, a baseline, a count describing the document (``共梳理出58项重点任务``), a
  subject count, a topic count, a print run (``共印36份``), the count of recipients each
  given an amount (``20个示范县各3000万元``), the estimated cost of listed projects (``估算总投资106.7亿元``);
  a past result (``已``, ``目前``, ``正在``, ``一年来``,
  a year before the document's, a review, status or highlights section, a paragraph that opens
  looking back (``近年来，…``; ``2022年以来，…``, the plan of that span too), after any lead-in: ``报告指出，过去五年，…``,
  a commendation's story and awards
  (``关于表彰…的决定``), a share or change of a past figure:
  ``已办结6件，占比27%``, an event reported done: ``出席本次会议``, ``审议通过``, ``征求了意见``; every clause
  of a sentence with a verb done, ``遴选确定了65个试点乡镇，覆盖中小学226所``, unless it looks ahead;
  of a sentence a status date opens, ``截至8月底，已开工1110个，开工率74.0%``, and of the part after its
  ``；``, up to a clause that looks ahead; a rank given to subjects: ``居全省前三位``); the people a
  personnel decision or a meeting names, counted or aged (``其中任命6人``, ``平均年龄50岁``, ``共24人出席``).
- **Standard**: a frequency duty (``每5年修订1次``), a time limit (``5个工作日内``), a
  return period (``50年一遇``), a provision per subject (``每村配置1辆``), a bound a rule
  sets (``原则上不超过1.5%``), a bracket rule, a figure called a standard (``按照每生每年
  250元的标准给予补助``), a figure of an amended article's new text (``修改为：“…”``), and a
  qualifier (``总投资额在100万元以下的项目``) when its sentence states no target, a tier of a rule
  written without its 的 (``超标0.5至1倍（含1倍），每次扣缴…``) and what a rule sets after its condition
  (``逾期未缴纳的，每日加收0.05%``), every bound of a sentence that defines a level or a term
  (``…1000人以上，或潜在经济损失在1亿元以上的为特大型地质灾害险情``, ``特别重大（Ⅰ级）：…``, the section
  under a heading naming a level, ``是指…AQI大于200``) and a bound on the harm an event does
  (``造成3人以上10人以下死亡``) when its sentence states no target, and the members a body is made of
  (``每队由5—20名青年志愿者组成``), the least a rule requires where nothing dates it
  (``巡河时间需要达到5分钟以上``), and the amounts a grant's colon head lists on its line
  (``补助为：1.…户均2万元；…``). Standards take no plan's deadline.
- **Incentive**: the money or share a sentence grants (``给予``, ``补助`` …), its caps
  included (``最高给予100万元``); the sentence's other numbers are read as any
  (``组织500名乡村医生进修，…给予每人2000元补助``). An amount of a standard the grant
  follows (``补助标准按照小学每生每年1000元``, ``标准不得低于每生每年900元``) or the cap of
  what a recipient may apply for (``可申请最高不超过15万元的创业担保贷款``) is a standard too.
- **Target**: the rest. Its indicator is the clause text before the number
  (postnominal: ``新增城镇就业11万人``) or the noun after it (prenominal:
  ``建设4家以上慢性病综合防控金牌示范区``); ``、`` lists and ``其中`` breakdowns give one
  target per number. Yearly plan cells of task tables give one target per year.

Deadlines come from the nearest year phrase in the paragraph (``到2027年底``, ``自2021年
起用3年时间``, ``“十二五”…下降18%``), the year heading the paragraph, the year a clause after the
figure dates the work in (``…，预计2021年11月份完成``) or the deadline line under its item
(``完成时限：2025年12月底前``), a colon head that governs a list, a heading's
year (``2019年…任务分解表``, ``“十四五”期间…``, ``今年发展主要预期目标`` in the document's
year), else the document's scope: a plan period in the title (``（2024-2026年）``, ``“十四五”``), an annual
plan's year (title or headings, in digits or in Chinese numerals), a work report's year, the year an undated page announces in its opening
or headline (``2024年，某县将…``), the year of the matter a notice's opening sets out (``现将2025年…有关事项
公告如下``), or the one ``到YYYY年`` horizon the
document names (else the one five-year plan it cites by title, ``《…第十一个五年规划纲要》``). A year whose level
a figure is held to (``不低于2022年水平``) is a base, as ``比2020年`` is, never a deadline. A figure restated in
another part (an annex, a task table) is one target. :func:`explain` names the rule behind
each number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Any

from policykg.extract.figure_tables import (
    COLUMN_UNIT,
    WHOLE_PLACE,
    figure_cells,
    place_matrix_cells,
    scored_cells,
    scored_tables,
    standard_cells,
)
from policykg.extract.metadata import BULLETS
from policykg.extract.numbers import CN_NUMBER, magnitude, parse_number
from policykg.extract.patterns import (
    CN_YEAR,
    COMMUNIQUE,
    FIVE_YEAR_END,
    FIVE_YEAR_NAME,
    REPORT_OPENING_REACH,
    REPORT_TITLE,
    cn_small_number,
    reports_as_follows,
    split_outside_brackets,
    squash,
    word_trie,
)
from policykg.extract.records import Incentive, Source, Target
from policykg.extract.roles import (
    LABEL_END_PATTERN,
    LABEL_OPEN_PATTERN,
    LABEL_PATTERN,
    POST_LABEL_PATTERN,
    is_deadline_label,
)
from policykg.extract.scan import LedRegex, first_class
from policykg.extract.split import chrome_line, signs_off
from policykg.extract.structure import MARKER_FIRST, MARKER_RE
from policykg.extract.table_columns import column_kind, holds_status_word, is_status_column, make_header
from policykg.extract.target_rules import (
    ALTERNATIVE_QUALIFIED,
    ASPIRING,
    AWARD_RANK,
    BENEFIT_RATES,
    BENEFIT_WORDS,
    CALLED_STANDARD,
    CALLED_STANDARD_OPENINGS,
    CHAIN_MARKS,
    CHANGED_TO,
    CHARGING_VERBS,
    CN_VERBS,
    COMPOSED_OF,
    CYCLE_AFTER,
    DISTANCE_FROM,
    DOCUMENT_PART,
    DOING,
    DOING_REACH,
    FUND_NOUN,
    FUND_USE,
    FUNDING_VERBS,
    HARM_AFTER,
    HARM_TO_PEOPLE,
    INCREMENT_ON_BASE,
    JOINERS,
    LIMIT_WORDS,
    LOOKS_AHEAD,
    MADE_NOUN_BEFORE,
    MEASURE_NOUN,
    POINTS_AFTER_VERB,
    POINTS_VERBS,
    POST_WORD,
    PREDICATE,
    PREPOSITIONS,
    PROPORTION_BASE,
    RAISED_TO,
    REACHED_PER,
    RULE_LEVEL_NOUN,
    RULE_LEVEL_SET,
    SCHEDULE_ITEM,
    SHORTENED_TO,
    STANDARD,
    STANDARD_CHANGED,
    STANDARD_VERB,
    STRIVING,
    THRESHOLD_CLASS,
    TIER_PART,
    TRAVEL_AFTER,
    TRAVEL_UNITS,
    WEIGHT_AFTER,
    Reading,
    computed,
    harm_threshold,
    verdict,
)
from policykg.extract.task_tables import TableRow, find_table_rows
from policykg.extract.text import char_positions

# ---------------------------------------------------------------------------
# Units

# Counting classifiers: a number before one may count the noun that follows
# (建设4家以上示范区). Each has a look-ahead that keeps it out of common words
# it starts (家庭, 项目, 条件 …; not 文旅 after 条文: 30条文旅航线; 所以 but not 所以上, 所以下: 2所以上).
_COUNT_UNITS = {
    "人次": "", "台套": "", "个": "人|体|性|别|案|税", "家": "庭|长|属|乡|电|居|具|政|园|族|禽|门",
    "名": "称|单|义|录|额|次|牌|片|誉|字", "人": "才|员|民|口|群|士|工|力|均|大|类|社|事|文|生|选|们|数|防|居|像|身",
    "项": "目|下|链", "所": "有|在|属|以(?![上下])|得|需|谓|长|述|辖|涉", "座": "谈|位|右", "条": "件|例|款|线|理|文(?!旅)|约|块",
    "处": "理|置|罚|室|长|于|级", "张": "贴", "台": "账|湾|州|风|阶|上|下", "套": "餐|用", "辆": "", "艘": "",
    "架": "构|空|设", "只": "要|有|能|是", "户": "籍|外|型|口|主|内|政", "间": "隔|接|断|距", "栋": "", "幢": "",
    "类": "型|别|似|推", "支": "持|出|付|撑|援|部|行", "场": "所|地|景|馆|次|站|合|内|外", "篇": "",
    "部": "门|署|分|委|长|位|级|属|件|队", "件": "", "门": "类|户|槛|诊|店|口|窗", "种": "植|类|子|养|业|源|苗|质",
    "款": "项", "份": "额", "位": "置|于|数", "批": "准|复|次|发", "床": "位|日|旁", "组": "织|建|成|团|合|长|件",
    "株": "", "棵": "", "期": "间|限|末|初|满|内|货|刊|望|待|盼|许|中|权|票|房|工程|项目", "宗": "旨|教", "例": "如", "笔": "", "次": "数|要|生|级|序|日", "册": "", "颗": "", "盏": "", "把": "手|关|握|控|脉|守|好",
    "根": "据|本|源|治|除|植|基|深|系|部|茎|雕", "头": "部|脑|等|号|条|衔|雁|羊|戏|版|像|发|顶|绪|目|领",
    # Counts of occurrences (场次, 车次): a classifier and 次.
    **dict.fromkeys(("场次", "车次", "批次", "班次", "航次", "户次", "台次", "家次", "件次", "课次"), ""),
}
# Measures: money, area, mass, energy, shares. Before a noun they qualify it (3亿元以上制造业企业).
_MEASURE_UNITS = {
    "个百分点": "", "百分点": "", "%": "", "‰": "", "美元": "", "欧元": "", "港元": "", "元": "素|旦|器|宵|化|件|老",
    "平方公里": "", "平方千米": "", "平方米": "", "平米": "", "立方米": "", "公顷": "", "亩": "", "公里": "",
    "千米": "", "米": "粉|饭", "吨标准煤": "", "吨": "", "千克": "", "公斤": "", "克": "服|难|隆|拉|扣|制|勤|星", "千瓦时": "", "千瓦": "", "兆瓦": "",
    "吉瓦": "", "标准箱": "", "标箱": "", "倍": "", "升": "级|高|值|华|学|格|温",
    "岁": "月|末|数|入", "周岁": "", "毫米": "", "厘米": "", "公分": "", "蒸吨": "", "微克每立方米": "",
    "毫克每立方米": "", "微克/立方米": "", "毫克/立方米": "", "毫克/升": "",
    # concentrations in water and soil, as spoken or with a slash (分别不高于20、3毫克每升)
    "毫克每升": "", "微克每升": "", "微克/升": "", "毫克每千克": "", "毫克/千克": "", "℃": "", "年一遇": "", "万千瓦时": "", "架次": "", "斤": "",
    # bit rates as spoken (100兆比特/秒（Mbps）): 兆, 吉 are the prefixes of these alone (兆 is a trillion elsewhere)
    **dict.fromkeys(("比特/秒", "兆比特/秒", "吉比特/秒", "比特每秒", "兆比特每秒", "吉比特每秒"), ""),
    # cubic metres as they are spoken, by ten thousands or hundred millions (供应天然气18亿方, 蓄水300万方)
    "万方": "面|案|式|法|向|针|位|便|可|能|略|言", "亿方": "面|案|式|法|向|针|位|便|可|能|略|言",
    # A rate per so many (孕产妇死亡率下降到12/10万以下): the figure per that base.
    "/10万": "", "/十万": "", "/100万": "", "/万": "", "/千": "",
    # Units in Latin letters: an SI prefix and a base, not followed by another letter (5G is a name).
    **dict.fromkeys(
        ("mm", "cm", "m", "km", "m2", "m3", "m²", "m³", "g", "kg", "mg", "g/kg", "g/cm3", "mg/L", "mg/kg",
         "km2", "km²", "hm2", "hm²",  # square kilometres and hectares as written in Latin letters
         "μg/m3", "μg/m³", "L", "mL", "t", "kW", "kWh", "MW", "GW", "dB", "kV"),
        "[A-Za-z0-9]",
    ),
}
# Durations: a target only with a limit (压缩至5个工作日以内); otherwise a period or a date.
_TIME_UNITS = {"个工作日": "", "工作日": "", "个月": "", "小时": "", "学时": "", "课时": "", "分钟": "", "年": "度|代|级|龄|轻|份",
               "天": "然|津|地|气|空|下", "周": "年|期|边|转|末", "日": "常|益|报"}
#: A number glued to one of these is part of something else: G60, 2.0版, 第42次, 每千名, 一百 inside 三百,
#: 七届44次 (a session's ordinal).
_NOT_BEFORE = frozenset("0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+零〇一二两三四五六七八九十百千万亿第每届")
_UNIT_KIND = {**{u: "count" for u in _COUNT_UNITS}, **{u: "measure" for u in _MEASURE_UNITS},
              **{u: "time" for u in _TIME_UNITS}, "方": "measure"}  # (万方, 亿方 without their prefix)


# (each unit followed by its look-ahead; longer units tried before their prefixes: 个工作日 before 个)
_ALL_UNITS = {**_COUNT_UNITS, **_MEASURE_UNITS, **_TIME_UNITS}
_BASE_UNIT = word_trie(_ALL_UNITS, not_after=_ALL_UNITS)
_PREFIX = r"(?:万亿|千万|百万|万|亿|千(?!瓦|米|克))"
#: Units in Latin letters read by their grammar, not from a list: an SI prefix and a base symbol (100Mbps,
#: 98Tbps, 300PFLOPS, 1ms, 2.5GHz, 10MPa, 5μg), or a base of two letters alone (20bps, 50Hz), a per second
#: after (10Gb/s); a letter or digit after is a name's (5G, 4K, 3D, 5A级: a single capital is no base alone,
#: and 5GtoB runs on). Bytes by the giga and up (30GB, 10PB): a size in KB or MB is a shared file's (资源大小：
#: 20.65KB). Electrical ratings (800kVA) are left to the table: they name equipment more than they set a level.
#: The symbols of one character (㎡, ㎞, ㎏: U+3380–33DF) are units too.
_LATIN_UNIT = (
    r"(?:[kKMGTPEμµmn](?:bps|bit|FLOPS|Flops|flops|OPS|Hz|Wh|Pa|b|s|J|N|m|g|L|t)|[GTPE]B"
    r"|bps|bit|FLOPS|Hz|Pa)(?:/s)?(?![A-Za-z0-9])|[\u3380-\u33df]"
)
#: The characters a unit of :data:`_LATIN_UNIT` starts with.
_LATIN_UNIT_FIRST = "kKMGTPEμµmnbFHP\u3380-\u33df"
_PAREN_UNIT = r"（(?:个|家|名|人|项|所|处|座|条|套|台|张)）"
#: Areas a rate's second part may be per.
_AREA_UNITS = ("平方公里", "平方千米", "平方米", "公顷", "亩")
#: What a rate is per after a slash: a time, a person or household, or any measure (元/千瓦时, 元/立方米,
#: 万立方米/日, 元/人次); not a count's classifier (0.5kg/株复合肥: what is given to each plant).
#: A rate may be per two things, the second after another slash or a dot (元/月∙人, 元/月/人, 元/月/生, 元/人·月).
#: A fee per vehicle, per use or per half hour (3元/辆.次, 10元/户.月, 1元/半小时): a tariff's unit, as written,
#: its two parts joined by a dot as well.
#: A measure in Latin letters is one too (3.04元/m3, 0.6元/kWh), not followed by another letter or digit.
#: The second part may be an area (降尘量不高于3吨/月•平方公里: a mass per month on each square kilometre).
#: A sum per building or dwelling (包干补偿52000元/栋, 800元/套, 300元/间): a rate on each.
_PER = "(?:/(?:" + word_trie(("日", "天", "年", "月", "期", "人", "人次", "户", "小时", "半小时", "辆", "辆次", "车次", "次",
                              "栋", "套", "间", "座",
                              *(u for u in _MEASURE_UNITS if "\u4e00" <= u[0] <= "\u9fff"
                                or u[0].isascii() and u[0].isalpha() and "/" not in u)),
                             not_after={u: "[A-Za-z0-9]" for u in _MEASURE_UNITS if u[0].isascii()}) + ")" \
    + "(?:[/∙·•・.]" + word_trie(("人次", "人", "户", "生", "月", "年", "日", "天", "次", *_AREA_UNITS)) + ")?)"
#: The matter a mass is of, between the mass unit and the slash of a rate (550克二氧化碳/千瓦时, 296克标准煤/千瓦时):
#: part of the rate's unit, read only with the slash that follows it.
_MATTER = r"(?<=[克吨斤])[\u4e00-\u9fff]{2,4}(?=/)"
UNIT = (
    rf"(?:{_PREFIX}?(?:余|多)?(?:{_BASE_UNIT}|{_LATIN_UNIT})(?:{_PAREN_UNIT})?(?:(?:{_MATTER})?{_PER})?"
    rf"|(?:万|亿)(?=以上|以下|以内|左右|规模|[，。；、）\n]|$)"  # 超过五千亿规模: the scale's amount
    # 对40万贫困劳动力, 解决95万农村居民…: ten thousands of the noun right after them, no measure word
    # between (written in digits: 十万火急, 百万雄师 are words)
    rf"|(?<=[0-9])(?:万|亿)(?=[\u4e00-\u9fff])(?![余多以左规]))"
)
_UNIT_FIRST = re.escape("".join(sorted({u[0] for u in _UNIT_KIND} | set("万亿千百余多")))) + _LATIN_UNIT_FIRST
_PAREN_UNIT_CHARS = "个家名人项所处座条套台张"  # the units of _PAREN_UNIT: 名（个）
_UNIT_DECOR = re.compile(_PAREN_UNIT + "|" + _MATTER + "|" + _PER)
_UNIT_PREFIX = re.compile(rf"^{_PREFIX}")
NUMBER = rf"(?:\d+(?:\.\d+)?|{CN_NUMBER})"

# The first number as :data:`NUMBER`, written to open with a character class: the engine then
# skips characters that cannot start a number in C, without trying the pattern there. Its digits
# are written 0-9, not \d (normalising makes every decimal digit ASCII): \d is a look-up in the
# Unicode database for each character the engine skips. Nothing
# after a number opens with a digit, so its digits are taken possessively, and a match is not
# tried inside a run of digits (one starting there is no number: see _NOT_BEFORE).
#: Groups of three digits after a comma are one number (200,000个, 1,234.5万元; normalising makes the
#: comma full-width). 半 is a number only as a time amount with a limit word (半年内, 半年以上: see _scan).
#: A decimal point may be written 点 between digits (5点8万元, 13点8万元; not the hour of a time, 9点30分).
_FIRST_NUMBER = (
    r"[0-9一二两三四五六七八九十半](?:(?<=[0-9])(?<![0-9][0-9])[0-9]*+(?:(?<![0-9]{4})，[0-9]{3}(?![0-9]))*+"
    r"(?:\.[0-9]+|点[0-9]++(?![分秒时]))?+"
    r"|(?<![0-9])[零〇一二两三四五六七八九十百千]*)"
)

#: A number (or range) with its unit and any limit word after it.
QUANTITY = re.compile(
    rf"(?P<num>{_FIRST_NUMBER})"
    # A range (3—5年, 50万元至100万元): the look-ahead spares the units' alternation at the
    # many numbers that no separator follows.
    # A range: its first character after the number opens a unit or is the dash, and a dash
    # follows within ten characters of the clause (both tests cheap before the units).
    # (the full-width minus too: 4.5%－5%; and 一 between a unit and a digit, a dash that text converted
    # from a scan or a PDF writes as the numeral: 1000万元一1亿元)
    rf"(?:(?=[{_UNIT_FIRST}—–\-－~～至到])(?=[^，。；\n—–\-－~～至到一]{{0,9}}+[—–\-－~～至到一])"
    rf"(?P<unit1>{UNIT}|万|亿)?(?P<sep>[—–\-－~～至到]|(?<=[^0-9])一(?=[0-9]))(?P<num2>{NUMBER}))?"
    rf"(?P<approx>余|多)?"
    rf"(?P<brk>\n(?=[{_UNIT_FIRST}][^\n]))?"  # a figure whose unit a line break split off (PDF text)
    rf"(?=[{_UNIT_FIRST}])"  # a cheap test before the long alternation of units
    rf"(?P<unit>{UNIT})"
    rf"(?P<post>及以上|以上|及以下|以下|以内|之内|内(?![容部涵外设涝])|左右|范围(?:以内|之内|内))?"  # 300米范围内
)

# ---------------------------------------------------------------------------
# Context patterns

#: A limit word negated, by a modal or not (不少于, 不得/不应/不宜/不能/不可超过): the bound it forbids
#: crossing. One fragment for every pattern that reads one (:data:`PRE_COMPARATOR`, :data:`_INDICATOR_TAIL`,
#: :data:`_LIMITED_BOUND`): the lower bounds (不少于 is >=), then the upper ones (不超过 is <=).
_NOT = r"不(?:得|应|宜|能|可|准|许|允许)?"
_BELOW_WORDS = "少于|低于|小于"
_ABOVE_WORDS = "超过|高于|多于|大于"
_NEGATED_AT_LEAST = rf"{_NOT}(?:{_BELOW_WORDS})"
_NEGATED_AT_MOST = rf"{_NOT}(?:{_ABOVE_WORDS})"
_NEGATED_LIMIT = rf"{_NOT}(?:{_BELOW_WORDS}|{_ABOVE_WORDS})"
#: Limit words just before a number; the leftmost match wins, so 不低于 beats 低于. A limit word
#: negated by a modal (:data:`_NEGATED_LIMIT`) is the bound it forbids crossing: 不能超过27天 is <= 27.
PRE_COMPARATOR = re.compile(
    rf"(?:(?P<ge>{_NEGATED_AT_LEAST}|至少|最少|下限[为是：:]?|最低|年满|满|≥|＞=|>=)"
    rf"|(?P<le>{_NEGATED_AT_MOST}|控制在|最多|最高"
    r"|上限[为是：:]|最高[为是：:]|≤|＜=|<=)"
    r"|(?P<gt>超过|多于|大于|高于|突破|超|逾|＞|>)"
    r"|(?P<lt>少于|低于|小于|不足|不到|不满|未满|＜|<)"
    r"|(?P<approx>约|近|接近|大约))(?:在)?"
    # the currency an amount is in may stand between (上限为澳门币|一千万元, 不超过港币|50万元)
    r"(?:人民币|澳门币|港币|美元|欧元|新台币)?$"
)
#: A limit on a share of some base: 不高于承担风险责任的0.5%. Not across a figure: a limit word then a
#: number bounds that number (超过100人的企业为8%: the 100 is more than, the 8% is not).
#: The base may name the year it is of (不超过…公布的2015年度全市在岗职工月平均工资的|3倍): a year is no figure.
_SHARE_LIMIT = rf"(?:(?P<ge>{_NEGATED_AT_LEAST})|(?P<le>{_NEGATED_AT_MOST})|(?P<gt>超过|高于)|(?P<lt>低于|少于))"
_SHARE_OF = re.compile(_SHARE_LIMIT + r"(?:[^，。；不0-9]|(?:19|20)[0-9]{2}年度?){1,30}的$")
_SHARE_OF_BARE = re.compile(_SHARE_LIMIT + r"[^，。；不0-9]{2,8}$")
_SHARE_WORD_HINT = re.compile(r"[于过]")
#: How far before a share or a multiple the limit word on its base may stand.
_SHARE_REACH = 40
#: How long a note between a share's base and its figure may be (总投资（不含土地费用、市政费用，仅为投资，下同）40%).
_NOTE_REACH = 40
#: The cap of what a rule pays or lends, then the verb of paying right before the sum (最高可报销|40万元, 最高支付|…).
_CAP_VERB = re.compile(r"最高(?:可以?|能)?(?:报销|支付|赔付|补偿|给付|救助|补助|补贴|资助|领取|享受|获得|贷款)$")
# Last characters of PRE_COMPARATOR's words, and the line break its $ may stand before.
_PRE_LAST = frozenset("于少过在多破超逾足到约近满高低≥≤＞＜<>=\n")
#: The ends of the few limit words that end in 为/是 (上限为, 最高是) and of the currencies that may stand
#: between a limit word and its amount (不超过港币|50万元): tested on their own, after a cheap look.
_CAP_IS = ("上限", "最高", "下限")
_CURRENCY_ENDS = ("币", "美元", "欧元")
#: How far before a number its limit word may start with a currency's name between (上限为澳门币|…).
_PRE_REACH = 9
_COMPARATOR_OF = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<", "approx": "="}
#: 至少 then a verb right before a number (每季度至少召开1次, 至少组织2次): a lower bound.
_AT_LEAST_VERB = re.compile(r"(?:至少|最少)[\u4e00-\u9fff]{1,4}$")
_POST_COMPARATOR = {
    "以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<=", "以内": "<=", "之内": "<=", "内": "<=",
    "范围内": "<=", "范围以内": "<=", "范围之内": "<=",
}
#: The words after a number (its ``post`` group) that hold a :data:`POST_WORD` limit.
_LIMIT_POSTS = frozenset(w for w in _POST_COMPARATOR if POST_WORD.search(w))

#: Verbs and copulas between an indicator and its number (…覆盖率达到90%).
_INDICATOR_TAIL = re.compile(
    r"(?:分别|(?<![日年月人户])均|总体|总计|合计|共计|累计|共|一般|原则上|力争|争取|确保|必须|应当|要|应(?<![供适响对相反效感回]应)|需|将|最多|最少|最高|最低"
    r"|首次)*"
    # adverbs of continuing right before the verb (粮食产量|继续保持, 耕地保有量|稳定保持在): no part of the subject
    r"(?:(?:继续|持续|稳定|进一步|逐步|始终|长期)+"
    r"(?=保持|维持|达到|达|提高|提升|增加|增至|上升|降低|降到|降至|下降|压缩|缩短|缩小|扩大|控制在|稳定在))?"
    r"(?:达到|达(?<![下到传表抵送通发直转]达)|提高到|提高至|提升到|提升至|增加到|增加至|增至|上升到|上升至|降低到|降低至|降到|降至|"
    r"下降到|下降至|压缩到|压缩至|缩短到|缩短至|延长到|延长至|缩小到|缩小至|扩大到|扩大至|发展到|发展至|控制在|稳定在|保持在|保持|维持在|"
    r"调整为|调整到|上调至|"
    r"提高|超过|突破|实现|完成|为|在|有)?"
    rf"(?:{_NEGATED_LIMIT}|至少|最少|超过|多于|大于|高于|突破|超|逾|少于|低于|小于|不足|约|近|大约)?$"
)
# Every character of a tail is one of the words' own: a look-ahead on that class makes the
# search fail fast at each position of the clause instead of trying every word there.
_TAIL_CHARS = "".join(sorted(set(re.findall(r"[\u4e00-\u9fff]", _INDICATOR_TAIL.pattern))))
_INDICATOR_TAIL = re.compile(rf"(?=[{_TAIL_CHARS}]*$)(?:{_INDICATOR_TAIL.pattern})")
_TAIL_CHARSET = frozenset(_TAIL_CHARS)

#: Heads that open an indicator's scope; the indicator starts after the last one.
_INDICATOR_HEAD = re.compile(
    r"(?=[\d到至截力争确在于年努全每今明其同并且但此另重原一二三四五六七八九十（“])"  # every head's first character
    # (基于2020年…规模的1.3倍: the year of a base, no head of the indicator)
    r"(?:(?<!基)(?:到|至|截至|力争|争取|确保|在|于)?(?<!基于)(?:20\d{2}(?:[—–\-~～至到]20\d{2})?年(?:度|底|末|前|期间)?|年底前?)"
    # a month's deadline, after its year or alone (2017年6月底前, 9月底前, 6月30日前): when, not what
    r"(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前))?"
    r"|(?:到|至|于|在)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前)"
    r"|“?十[一二三四五六]五”?(?:规划)?(?:时期|期间)"  # “十四五”时期: the period as the years are
    r"|力争|争取|确保|努力|全年|每年|今年|明年|^其中|同时|并且|^并|^且|^但|此外|另外|重点是|原则上|^[一二三四五六七八九十]+是"
    r"|^（\d{1,2}）|^\d{1,2}[.、])"
)
#: Verbs, adverbs and modal words that may stand before a prenominal count (建设4家…).
_VERBS = (
    r"新增|新建|共计|合计|总计|新认定|新培育|新开|建设|建成|建立|创建|争创|创成|打造|培育|支持|推动|推进|加快|实施|推广|引进|招引|"
    r"完成|实现|设置|设立|建有|开展|培训|形成|举办|组织|认定|选择|遴选|发展|扶持|改造|改建|提供|培养|吸引|"
    r"集聚|落地|落实|布局|修缮|整治|制定|出台|发放|成立|带动|选派|评选|命名|储备|谋划|安排|筹集|投入|投资|开通|开工|"
    r"开设|配备|配置|帮助|推出|创办|兴办|开办|建|办|有|新|再|共|累计|率先|重点|大力|积极|着力|努力|计划|拟|要|将|需|应|还|"
    r"全市|全区|全省|全国|全县|分别|力争|争取|确保|每年|全年|今年|明年|并|和|及|或|以及|至少|不少于|超过|约|近|"
    r"新改建|改扩建|扩建|新改扩建|打造创建|改建或新建|建设改造|实施改造|达到|达|为|提高到|增加到|提升至|提高至"
)
# As a trie (the same words, so the same strings match in full): a run of verbs is tried one
# branch per character instead of every word at every position.
_VERBS_ONLY = re.compile(rf"(?:{word_trie(_VERBS.split('|'))})*")
_CONDITION_ENDS = ("的", "后", "时")  # a clause ending so is a condition
#: A sentence that opens with 凡 (after a list mark): its first clauses, to the one its 的 closes in, say whom
#: the rule that follows holds for (凡…以上、…的种粮大户，奖励4000元).
_EVERY_ONE_WHO = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?凡")
_CONDITION_JOINERS = ("并", "且", "同时", "或")  # a clause opening so goes on with the condition before it
#: A threshold 满 sets (消费满200元, 工作满3年), and a clause opening with what a rule then permits (可减免…, 即可申请):
#: the threshold is a condition, the permitted figure its consequence.
_MET_THRESHOLD = re.compile(r"满\s?[0-9]")
_PERMITTED = re.compile(r"\s*(?:即可|均可|方可|可以|可)(?!能|持续|行|视|控)")
#: The words of an excess opening a clause, then a few characters of what exceeds (超标, 超计划用水, 逾期,
#: 每超过; not 超额完成), or the step of a rule's increment (:data:`_STEP`): with the figure ending the clause, a tier
#: of a rule the next clause sets.
_STEP = r"每(?:增加|减少|多)"
_TIER = re.compile(rf"\s*(?:{_STEP}|(?:每)?(?:超标|超出|超过|超(?!额)|逾期))[\u4e00-\u9fff]{{0,4}}$")
#: The step a rule adds its sum for, alone in its clause (每增加1人，|增加13000元补偿费用): how the rule counts, no figure
#: of its own (the sum after is the standard).
_STEP_CLAUSE = re.compile(rf"\s*{_STEP}")
_TIER_FIRST = frozenset("每超逾")
#: Words that make a sentence a reward or subsidy rather than a target.
# Every branch starts with a literal character, so the engine skips other characters in C
# (a branch opening with a group or a look-behind makes it try every branch at every position).
#: The nouns of what a grant hands out (奖励, 补助 …), read by the grant patterns below.
_GRANT_NOUNS = ("奖励", "补助", "补贴", "资助", "奖补")
_GRANT_WORDS = f"(?:{'|'.join(_GRANT_NOUNS)})"
#: What may stand between a grant word and its amount: the recipient, a body or people named in a few
#: characters (一次性奖励企业3万元, 奖励申报部门10000元), and what it is per (补助每户2000元). A reward may name its
#: fund first (一次性奖励资金20万元: paid to a recipient); a subsidy's fund (发放补贴资金100万元) may be a sum planned.
_BEFORE_AMOUNT = "(?:[\u4e00-\u9fff]{0,4}?(?:企业|单位|个人|部门|机构|人员|团队|农户|家庭))?(?:每[家户人个项])?[0-9]"
# (予以 + a grant noun but 奖补, which the texts write after 给予)
_INCENTIVE = re.compile(rf"给予|予以(?:{'|'.join(_GRANT_NOUNS[:4])}|支持)|贴息|返还|可申请|" + "|".join(
    rf"{w}(?:资金|经费)?(?=[，。；）]|$)|{w}{_BEFORE_AMOUNT}" for w in _GRANT_NOUNS) + rf"|奖励(?:资金|金){_BEFORE_AMOUNT}")
_GRANT = re.compile(rf"给予|予以|返还|{_GRANT_WORDS}|按|可申请")
_CAP = re.compile(rf"最高|{_NEGATED_AT_MOST}|上限|封顶|最多")
def _rated_units(text: str, at: int) -> bool:
    """Whether the number at ``at`` is the rating a count of units is multiplied by (3×200MW机组, 2 × 660兆瓦)."""
    k = at - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 1 or text[k] != "×":
        return False
    k -= 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k].isdigit()


def _formula_factor(text: str, at: int, start: int) -> bool:
    """Whether the number at ``at`` multiplies a ratio written before it from ``start`` on (…/…×100%)."""
    k = at - 1
    while k >= start and text[k] == " ":
        k -= 1
    return k > start and text[k] == "×" and ("/" in text[start:k] or "÷" in text[start:k])


#: A goal named by its kind alone (激励目标, 奋斗目标): what it measures is said before.
_GOAL_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}目标")


def _same_measure(target: dict[str, Any], before: dict[str, Any], s0: int) -> None:
    """比2020年下降13%，力争完成14.5%的激励目标: a figure of a goal named by its kind alone measures what the
    target before it in its sentence, in the same unit, measures (changed in place)."""
    if before["source"].start >= s0 and before["unit"] == target["unit"] and before["kind"] == "target":
        target["indicator"] = before["indicator"]


#: The words of a weather forecast (气象台…发布, 晴转多云, 阵风7级) on the line of a temperature: a reading, no target.
_FORECAST = re.compile(r"气象台|天气预报|[晴阴雨雪]转|转[晴阴]|多云|阵风")


#: The verbs that quote what a document says, before the colon that opens the quote (文件提出：, 方案明确：).
_QUOTING_VERBS = frozenset({"提出", "明确", "要求", "指出", "强调", "规定"})


def _quotes_after(sentence: str, at: int) -> bool:
    """Whether ``sentence`` quotes a document after ``at`` (…出台了《方案》，文件提出：…): the goals it quotes
    are the document's, not what the news reports done."""
    k = sentence.find("：", at)
    return k >= 2 and sentence[k - 2:k] in _QUOTING_VERBS


#: A sum to date of work done (累计征集, 累计完成): in a report or a news page, what has been done so far (see
#: target_fields). Not a sum a bound is set on (累计超过5次取消…资格, 累计满3年, 累计不超过…): a rule's.
_ACCRUED = re.compile(r"累计(?![超达满不])")
#: The perfective 了 (遴选确定了, 维护了; not 为了, 除了, 了解): a clause's past, and a sentence's (see target_fields).
#: A sentence's rule or the base it builds on, which a 了 in another of its clauses does not make past.
_RULE_OR_FRAME = re.compile(r"应|须|每[年月季周日天]|不[少低高多]于|不超过|基础上")
_PERFECTIVE = re.compile(r"了(?<=[\u4e00-\u9fff]了)(?<![为除到]了)(?![解结一二两三四五六七八九十])(?!(?<=[确出括盖含]了)\d)")
# Look-behinds come after a branch's first character for the same reason (已 not after 而/并).
# An event the clause reports as done: attended (637名代表出席本次会议), passed (经109次常务会议审议通过), done
# one after another, counted in times (先后40余次研究部署, 先后召开3次专题会议; not 先后顺序, nor 先后建成10个 a
# plan may set), confirmed on review with what it found as its object (我局审核确认…享受对象1052人; not a step of a
# rule, 经审核确认后, 审核确认的, 审核确认符合条件的, 经…审核确认按照…标准: see _reports),
# a verb with the perfective 了 (向11个单位征求了意见, 遴选确定了65个试点乡镇; not 为了, 除了, 了解; 明确了8个方面,
# 提出了25条 are a count of the document's parts, read by its rule), or in progress now (正在办理16件; not 真正在). 目前 is
# no word inside 项目前期; 去年 and 上年 after 比/较 are the base of a change a plan sets
# (比去年至少下降10%), not a year reported on; nor is 上年 naming the base of a share (上年职工平均工资的25%).
_PAST_CLAUSE = re.compile(
    r"已经|已(?<![而并]已)(?!于)|目(?<![项题节]目)前|当前|现有|据统计|截至|截止|去(?<![比较同与]去)年"
    r"|上(?<![比较同以]上)年(?!同期|度|[\u4e00-\u9fff]{1,12}的[0-9])|此前|原有|正(?<!真正)在"
    r"|出席本次|列席本次|参加本次|审议通过|审核确认(?![后的为，。；：\n]|符合)"
    r"|先后(?=[^，。；！？\n]{0,10}?[0-9一二两三四五六七八九十百]余?次)|" + _PERFECTIVE.pattern
)
#: 经 opening the step a thing passes through (经…审核确认, 经市政府同意; not 经济, 经营, 经费, 经验): a 审核确认 after it in
#: its clause is that step of a procedure, no review reported done.
_THROUGH = re.compile(r"经(?![济营费验])")
#: The words of :data:`_PAST_CLAUSE` that in a condition name the base it is measured on
#: (人数达到企业现有在职职工人数25%…的，可申请…), not a state reported.
_BASE_WORDS = ("现有", "原有")
#: A change a clause sets on a base its 现有/原有 names (现有地下矿山下井人员减少10%以上): a target on that base.
_CHANGE_ON_BASE = re.compile(r"(?:减少|下降|降低|压减|削减|缩减|提高|提升|增加|增长)(?:到|至)?\s?\d")
#: Verbs of phasing out a class of things (退出, 关闭, 淘汰 …).
_PHASE_OUT_VERBS = "退出|关闭|关停|淘汰|取缔|拆除"
#: A class its 现有/原有 names by a bound, then what a plan does to it (现有…60万吨/年以下煤矿逐步退出): the class
#: bound is a standard of the plan, not a state reported.
_PLAN_ON_CLASS = re.compile(rf"[^，。；]*?\d[^，。；]*?(?:以下|以上|以内)[^，。；\d]{{0,16}}?(?:{_PHASE_OUT_VERBS}|整合|搬迁)")


#: The units that count people or give their age (辞职7人, 29名同志, 12人次, 平均年龄50岁).
_PEOPLE_UNITS = ("人", "名", "人次", "位", "岁")
#: Personnel decisions (任命, 免去…职务, 辞职, 任免): a paragraph that states them counts and ages the people
#: they name (提请任命的29名同志…其中继续留任26人…平均年龄50岁), and the plan they stand in sets no goal
#: of them. Not 任用 or 任职 alone (选派100名干部到村任职: a target).
_PERSONNEL_DECISION = re.compile(r"任命|任免|免职|免去|辞职|辞去")
#: Attendance at a meeting (委员共24人出席): a sentence that reports it counts those present.
_ATTENDANCE = re.compile(r"出席|列席")


def _names_personnel(text: str, lines: _Lines, c0: int, sentence: tuple[int, int], cache: dict[int, bool]) -> bool:
    """Whether the clause at ``c0`` counts people of a personnel event: its paragraph states personnel
    decisions (:data:`_PERSONNEL_DECISION`), or its ``sentence`` reports attendance (:data:`_ATTENDANCE`).
    Asked only for counts of people and ages, each paragraph and sentence once (``cache``)."""
    s0, s1 = sentence
    if (hit := cache.get(s0)) is None:
        hit = cache[s0] = _ATTENDANCE.search(text, s0, s1) is not None
    if hit:
        return True
    li = lines.index(c0)
    at = lines.starts[li]
    if (hit := cache.get(-1 - at)) is None:  # (a line's key apart from the sentences')
        hit = cache[-1 - at] = _PERSONNEL_DECISION.search(text, at, lines.end(li)) is not None
    return hit


def _condition_close(text: str, s0: int, s1: int) -> int:
    """Where the condition a sentence opening with 凡 states ends: the comma after its first 的 (-1 if none)."""
    k = text.find("的", s0, s1)
    return text.find("，", k, s1) if k >= 0 else -1


#: What was done in the months of the year to date (1-6月累计完成投资…, 1-12月份完成投资…, 1至9月实现…): a period that
#: runs from January to a month, then the verb of a result. (The character before the 1 is tested apart: no digit.)
_TO_DATE_DONE = re.compile(r"1\s?[-—–~～至到]\s?(?:1[0-2]|[2-9])\s?月份?[，,]?\s?(?:累计)?(?:完成|实现)")


def _done_to_date(clause: str) -> bool:
    """Whether ``clause`` states what was done from January to a month (:data:`_TO_DATE_DONE`), with no word
    before it in the clause that looks ahead (力争1-6月完成…: :data:`_STATUS_STOP`)."""
    m = _TO_DATE_DONE.search(clause)
    while m is not None and m.start() and (clause[m.start() - 1].isdigit() or clause[m.start() - 1] == "."):
        m = _TO_DATE_DONE.search(clause, m.end())  # (11-12月, 2.1-6月: no span from January)
    return m is not None and _STATUS_STOP.search(clause, 0, m.start()) is None


def _reports(clause: str, *, condition: bool) -> bool:
    """Whether ``clause`` reports what was done or is so (:data:`_PAST_CLAUSE`), or what was done in the year to
    date (:func:`_done_to_date`); in a ``condition`` (…的，) or before a change the clause sets
    (:data:`_CHANGE_ON_BASE`) its words that name a base (:data:`_BASE_WORDS`) are left out."""
    if "月" in clause and _done_to_date(clause):
        return True
    cleaned = clause.replace("已经市", "")
    m = _PAST_CLAUSE.search(cleaned)
    if m is not None and m.group() == "审核确认" and _THROUGH.search(cleaned, 0, m.start()) is not None:
        m = _PAST_CLAUSE.search(cleaned, m.end())  # 经…审核确认按照300元/期的标准拟给予补助: the step a grant follows
    if m is not None and m.group() in _BASE_WORDS and (condition or _CHANGE_ON_BASE.search(cleaned, m.end())
                                                        or _PLAN_ON_CLASS.match(cleaned, m.end())):
        m = _PAST_CLAUSE.search(cleaned.replace(m.group(), "  "))
    return m is not None or _reports_attendance(clause)


#: Verbs of doing between 预计 and its figure (预计完成投资95.7亿元, 预计建成后可新增学位…): a plan's figure, no forecast.
_DOING_AFTER_ESTIMATE = "完成|实现|达到|新增|建成|建设|投资|可|将|需|要|带动|引进|开工"
#: What a later sentence of a forecast paragraph (据…预测：…。汛期有6次…) would need to set a goal instead.
_PLAN_WORDS = re.compile(r"力争|争取|确保|计划|目标|要求|须|应(?<![供适响对相反效感回]应)|完成|实现|建成|新增")

#: A forecast's source opening a sentence (据气象部门预测：, 据预测，), after any item mark.
_FORECAST_OPENING = re.compile(r"(?:^|(?<=[。；：\n]))\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?"
                               r"(?<![根依])据[^，。；：\d]{0,10}?预测")
#: A heading's item mark in a run-on line (。三、, （二）): a forecast read on stops there.
_ITEM_MARK = re.compile(r"[。；\s](?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)")
#: A match standing for the forecast a paragraph opened, read on in its later sentences.
_FORECAST_GOES_ON = re.match(r"据预测", "据预测")


def _opens_forecast(text: str, lines: _Lines, s0: int, cache: dict[int, int]) -> bool:
    """Whether the sentence at ``s0`` is a later one of a paragraph a forecast opens (据气象部门预测：…。|汛期有
    6次…): an earlier sentence of its line opens with the forecast's source, and no heading's item mark stands
    between. Where a line's forecast opens is read once for each line (``cache``, -1 for none)."""
    li = lines.index(s0)
    if (at := cache.get(li)) is None:
        start = lines.starts[li]
        m = _FORECAST_OPENING.search(text, start, lines.end(li)) if text.find("预测", start, lines.end(li)) >= 0 else None
        at = cache[li] = m.end() if m else -1
    return 0 <= at < s0 and _ITEM_MARK.search(text, at, s0) is None

#: What a decision praising or criticising does, after its verb (see :data:`_PAST_SENTENCE`).
_PRAISED = r"(?:通报)?(?:表扬|表彰|嘉奖|批评)"
# Every branch opens with a literal character (the engine skips other characters in C).
# A forecast worked out from figures (据测算…老年人口将达到110万人) promises nothing either.
_PAST_SENTENCE = re.compile(
    r"以来|年来(?<=[\d一二两三四五六七八九十几多]年来)|过去|上(?<![比较]上)一年(?!度)|目(?<![项题节]目)前|据统计|经测算"
    # the level before a change (本次调整前，…标准为每人每月320元) or where it first stood (从最初的月人均120元提高到
    # 740元): a history of the standard, its figures no target
    r"|调整(?:之)?前|最初的"
    # a forecast, by whom it is made (据预测, 据气象部门预测：), or opened by 预计 with a copula and no verb of doing
    # before its figure (预计全县降水为98~110毫米): what is expected, not what the plan sets out to do
    # (据 first, its look-behind after it: one branch opening with a look-behind gives the whole pattern
    # no first characters to skip ahead to)
    r"|据(?<![根依]据)[^，。；：\d]{0,10}?(?:测算|预测|估算)"
    rf"|预计(?:(?!{_DOING_AFTER_ESTIMATE})[^，。；：\d]){{1,12}}?(?:为|有)(?=\s?[\d约])"
    # an estimate of the year now ending (地区生产总值增长7%（预计，下同）, 预计全年实现…); a report's other
    # estimates are read in reports only (:data:`_REPORT_ESTIMATE`)
    r"|（预计|预计全年"
    # what a report or the figures show (报告显示，2023年…增长5.2%; 数据显示, 统计显示, 调查显示): results
    r"|显示(?<=[告据计果查测]显示)[，：]"
    # a decision praising or criticising what was done (决定对…等15家单位…进行通报表扬): its counts are of results
    # (each verb leads a branch of its own: a branch opening with a group would be tried at every character)
    rf"|进行{_PRAISED}|予以{_PRAISED}|给予{_PRAISED}"
)
#: What a rule's consequence opens with before its praise or criticism (…的企业…，由市政府予以通报表彰; …的，给予通报批评;
#: …的园区，给予通报表扬; 将予以表彰; never a count: …较多的3个县予以通报批评): it promises a commendation, unlike
#: a decision that makes one (see :func:`_praise_promised`).
_PRAISE_VERBS = ("进行", "予以", "给予")
_PRAISE_PROMISED = re.compile(r"(?:的(?:[^，,。；：\d]{0,6}[，,])?|由[^，,。；：\d]{1,12}|将|可|可以)$")


def _praise_promised(sentence: str, at: int) -> bool:
    """Whether the praise or criticism of :data:`_PAST_SENTENCE` at ``at`` in ``sentence`` is a rule's
    consequence (对…的企业…由市政府予以通报表彰; …成效突出的，给予通报表扬), which promises it, not a decision made
    (决定对…等15家单位…进行通报表扬; 现予以通报表扬; 对…较多的3个县予以通报批评)."""
    head = sentence[:at]
    return "决定" not in head and _PRAISE_PROMISED.search(head.rstrip()) is not None


#: A grade by its number (Ⅰ级, IV级, 四级).
_GRADE = r"(?:[ⅠⅡⅢⅣⅤ]{1,3}|IV|I{1,3}|V|[一二三四五])级"
#: The name of a level or class an event or a subject is graded into (特别重大, 较大, 特大型, Ⅰ级, 四级,
#: 红色).
_LEVEL_NAME = (r"(?:特别重大|重特大|重大|较大|一般|特大型?|大型|中型|小型"
               rf"|{_GRADE}|[红橙黄蓝]色)")
#: A sentence that defines a level by bounds (:func:`_defines_class`): the class its bounds close on is named
#: after 为 (…1000人以上，或潜在经济损失在1亿元以上的为特大型地质灾害险情; …以下的地质灾害灾情为中型…), or
#: the level opens it before a colon or 是指 (特别重大（Ⅰ级）：因灾死亡30人以上…; 较大事故是指…).
_LEVEL_TAIL = re.compile(
    rf"的[^，。；！？\n0-9]{{0,16}}?(?:为|属于|列为|定为|认定为|确定为)[^，。；！？\n0-9]{{0,8}}?{_LEVEL_NAME}"
    r"[^，。；！？\n0-9]{0,16}$"
)
_LEVEL_HEAD = re.compile(
    r"\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[）)、.．]\s*)?[^，。；！？\n0-9]{0,16}?"
    rf"(?:特别重大|重特大|较大|{_GRADE}|[红橙黄蓝]色预警)[^，。；！？：:\n0-9]{{0,16}}?"
    r"(?:[：:]|是指)"
)
#: A heading that names a level (1.3.2 中型地质灾害险情和灾情（Ⅲ级）, （一）特别重大突发环境事件, Ⅳ级（一般）):
#: the section under it defines that level.
_LEVEL_HEADING = re.compile(
    rf"{_GRADE}(?:[（(][^（）()]{{1,8}}[）)])?$"
    rf"|[（(]{_GRADE}[）)]$"
    r"|(?:特别重大|重特大|重大|较大|一般)[\u4e00-\u9fff]{0,10}?(?:事件|事故|险情|灾情)(?:[（(][^（）()]{1,8}[）)])?$"
)
#: A sentence a page break cuts after the joiner of its alternatives (…500人以上、1000人以下或|受威胁人数…的为…):
#: its level is named on the next line.
_CUT_AFTER_JOINER = ("或", "或者", "、", "和", "及")


#: A word one of which every level name holds (see :data:`_LEVEL_NAME`): a cheap test before the patterns.
#: (Its characters are branches of their own, not a class: a search skips fast only to the first
#: characters of an alternation whose every branch opens with a literal.)
_LEVEL_WORD = re.compile(r"级|型|色|重大|较大|特大|一般")
#: A level's word or a word that defines a term: a sentence with neither defines nothing.
_DEFINING_HINT = re.compile(_LEVEL_WORD.pattern + "|是指|所称")
#: A line that opens with 指 (指单项或批量金额在1000元以上): the gloss of the item of a catalogue or a term
#: the line above names, which defines its class; not a word 指 opens (指导, 指出, 指标 …).
_GLOSS = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]|（[一二三四五六七八九十\d]{1,3}）)?[ \t\u3000]*指(?![导出挥定标南引示派数令控向明])")
_GLOSS_FIRST = "指"
#: How far from the end of a sentence the name after 为 may start, and from its start the level before
#: a colon (the reach of :data:`_LEVEL_TAIL` and :data:`_LEVEL_HEAD`).
_LEVEL_REACH = 50


def _defines_class(text: str, s0: int, s1: int, sentence_ends: list[int]) -> bool:
    """Whether the sentence ``text[s0:s1]`` defines a level (:data:`_LEVEL_TAIL`, :data:`_LEVEL_HEAD`) or a
    term (本预案所指重污染天气，是指…指数（AQI）大于200; 本办法所称小型企业，是指…): its bounds are the
    thresholds of the class it names, standards."""
    if s1 < len(text) and text[s1] == "\n" and text.endswith(_CUT_AFTER_JOINER, s0, s1):
        k = bisect_right(sentence_ends, s1)
        s1 = sentence_ends[k] if k < len(sentence_ends) else len(text)
    if _GLOSS_FIRST in text[s0:s0 + 4] and _GLOSS.match(text, s0, s1) is not None:
        return True  # 汽车\n指单价在5万元以上的轿车…: a line that glosses the item above it defines its class
    hint = _DEFINING_HINT.search(text, s0, s1)
    if hint is None:
        return False  # most sentences: no level's name, no 是指
    if hint.group() in ("是指", "所称") or text.find("是指", hint.end(), s1) >= 0 or text.find("所称", hint.end(), s1) >= 0:
        return True
    t0 = max(s0, s1 - _LEVEL_REACH)
    return hint.start() < s0 + _LEVEL_REACH and _LEVEL_HEAD.match(text, s0, s1) is not None \
        or _LEVEL_WORD.search(text, t0, s1) is not None and _LEVEL_TAIL.search(text, t0, s1) is not None


#: The nouns of a span of time a rule marks out by thresholds (时段, 时期).
_PERIOD_NOUNS = ("时段", "时期")
#: A sentence that names the spans its thresholds mark out as a class of period (…50毫米以上…的时段，为
#: 重点防范时段): the thresholds of that class, standards (see :func:`_defines_period`).
_NAMES_PERIOD = re.compile(
    r"的(?:时段|时期)[^。；！？\n]{0,40}?(?:为|列为|定为|确定为|作为)[^，。；！？\n0-9]{1,16}(?:时段|时期)$"
)


def _defines_period(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``text[s0:s1]`` defines a class of period by its thresholds (日降雨量50毫米以上
    的时段为重点防范时段): it ends on the period's noun, named after 为 (a cheap test first)."""
    end = s1
    while end > s0 and text[end - 1] in " \t\u3000":
        end -= 1
    return text.endswith(_PERIOD_NOUNS, s0, end) and _NAMES_PERIOD.search(text, s0, end) is not None


#: A clause that goes on from the one before it (已办结6件，|占比27%; 已完成投资50亿元，|同比增长10%):
#: a share or a change of a past figure is past too; so is its breakdown (现有水闸52座，|其中中型
#: 水闸6座，小型水闸46座), to the end of the sentence.
_CONTINUES = re.compile(r"占|同比|环比|[比较](?:上|去)年|增长|下降|其中")
_CONTINUES_FIRST = frozenset("占同环比较增下其")
#: The rate of completion of a past figure, in the clause after it (完成投资28.78亿元，|投资完成率151.47%).
_RATE_DONE = re.compile(r"[^，。；\d]{0,6}?完成率")
#: A paragraph opening that looks back (过去一年，…), and words of a sentence that look ahead.
_PAST_FRAME = re.compile(
    r"[ \t\u3000]*(?:过去(?:的)?(?:一|五|\d)年|(?:一|五|\d)年来|(?:近|近几|近些|多|几)年来|去年|上一年"
    # a span looked back on as a clause of its own (五年里，…; 这三年间，…)
    r"|(?:这|近)?(?:[一两三四五六七八九十]|\d{1,2})年(?:里|间|中)(?=，)"
    # a five-year plan period (“十三五”时期，…): a look back when it ended before the document's time
    rf"|“?{FIVE_YEAR_NAME}”?(?:规划)?(?:时期|期间)(?=，)"
    # the span since a year (2022年以来，…): a look back when the year is before the document's
    r"|(?P<since>(?:19|20)\d\d)年以来(?=，))"
)
#: A heading the text flattened onto the line of the paragraph under it (第一章 发展环境 “十三五”时期，…):
#: words without punctuation, each run ended by a space.
_GLUED_HEADING = re.compile(r"(?:[^\s，。；：！？]{1,16}+[ \u3000]++){1,3}+")
#: The first characters of a :data:`_PAST_FRAME` (and of its leading space): a sentence opening with
#: none of them is not tried.
_FRAME_FIRST = frozenset("过一两三四五六七八九十0123456789去上这近多几“ \t\u3000")
#: How far into a paragraph the lead-in clauses before its look back may run (报告指出，过去五年，…).
_LEAD_IN_REACH = 30


def _frame_at(text: str, at: int, now: int | None, *, line: bool = True) -> bool:
    """Whether a look back (:data:`_PAST_FRAME`) opens the text at ``at``, or, where ``at`` starts a
    ``line``, after a heading glued before it (第一章 发展环境 “十三五”时期，…). A five-year plan period
    is one only when it ended before ``now`` (the document's year, else the year its scope ends in):
    “十四五”时期 in a plan for 2021–2025 frames what it plans."""
    m = _PAST_FRAME.match(text, at)
    if m is None and line and (glued := _GLUED_HEADING.match(text, at)) is not None:
        m = _PAST_FRAME.match(text, glued.end())
    if m is None:
        return False
    five, since = m.group("five"), m.group("since")
    if since is not None:
        return now is not None and int(since) < now
    return five is None or now is not None and FIVE_YEAR_END[five] < now


def _opens_looking_back(text: str, line_start: int, now: int | None = None) -> bool:
    """Whether the paragraph starting at ``line_start`` opens with a look back (过去一年，…;
    “十三五”时期，… before ``now``: see :func:`_frame_at`), or its first sentence does after
    lead-in clauses without figures that say who reports it (报告指出，过去五年，…; 更从长的时间来看，
    报告指出，过去五年，…)."""
    if _frame_at(text, line_start, now):
        return True
    hint = _LOOK_BACK_HINT.search(text, line_start, line_start + _LEAD_IN_REACH)
    if hint is None:
        return False  # most paragraphs: none of the frame's words near their start
    k = text.rfind("，", line_start, hint.start())  # the frame opens the clause after the lead-ins
    return k >= 0 and _PAST_FRAME.match(text, k + 1) is not None \
        and _SENTENCE_BREAK.search(text, line_start, k) is None and _DIGIT.search(text, line_start, k) is None


#: A paragraph opening on what a report or plan shows (《规划》显示，…; 调查显示，…), then its first sentence.
_SHOWS_OPENING = re.compile(r"[ \t\u3000]*[^，。；！？\n]{1,16}?显示[，：]")


def _opens_with_findings(text: str, line_start: int, line_end: int) -> bool:
    """Whether the paragraph from ``line_start`` opens on what a report shows found (《规划》显示，全市已经发现…矿产，
    …。载入…的矿产地38处，包括大型矿床13处…): its first sentence states a past result (:data:`_PAST_CLAUSE`)
    and looks nowhere ahead, so the paragraph's later sentences carry the findings on."""
    if text.find("显示", line_start, line_start + 20) < 0:
        return False  # most paragraphs (the cheap test first)
    m = _SHOWS_OPENING.match(text, line_start, line_end)
    if m is None:
        return False
    first_end = _SENTENCE_BREAK.search(text, m.end(), line_end)
    end = first_end.start() if first_end is not None else line_end
    return _PAST_CLAUSE.search(text, m.end(), end) is not None and _AHEAD.search(text, m.end(), end) is None


#: The words that close a work report's review of what was done (这些成绩的取得，离不开…; 在总结成绩的同时，…).
_REVIEW_CLOSING = re.compile(r"成绩(?:的取得|来之不易)(?<=[这些上述各项]成绩的取得|成绩来之不易)|总结成绩的同时")
#: A work report's estimate of the year it reviews (预计实现地区生产总值…, 预计完成…, 预计2011年达到…): a
#: result. In a plan the same words budget its own year (2013年预计完成投资95亿元), so only a report is read so.
_REPORT_ESTIMATE = re.compile(r"预计(?:实现|完成|(?:19|20)\d\d年(?:全年|底|末)?(?:实现|完成|达到))")
#: A year opening a paragraph as its time, a clause of its own (2024年，…).
_YEAR_CLAUSE = re.compile(r"[ \t\u3000]*(?P<y>(?:19|20)\d\d)年，")


def _opens_as_work_report(text: str) -> bool:
    """Whether a text's opening names it a work report (政府工作报告 on a news page's first lines), not a
    report it quotes (贯彻落实《政府工作报告》…, 《政府工作报告》重点工作分工)."""
    at = text.find("工作报告", 0, REPORT_OPENING_REACH)
    return at >= 0 and text.rfind("《", 0, at) <= text.rfind("》", 0, at)


def _opens_year_before(text: str, line_start: int, year: int) -> bool:
    """Whether the paragraph at ``line_start`` opens with a year before ``year`` as a clause of its own
    (2024年，预计实现…; 2024年，开展精准招商217次…): in a report given in ``year`` it reviews that year."""
    at = line_start
    while text[at:at + 1] in (" ", "\t", "\u3000"):
        at += 1
    if text[at:at + 1] not in ("1", "2"):
        return False  # most paragraphs: a cheap test first
    m = _YEAR_CLAUSE.match(text, at)
    return m is not None and int(m.group("y")) < year


_LOOK_BACK_HINT = re.compile(r"过去|年来")
#: A figure that moved from one year's value to a later year's (地区生产总值从2015年末的300.41亿元跃升至2020年的
#: 469.5亿元; 由2012年的…增加到2017年的…): a result reported when the later year is past (see :func:`_moved_at`).
_MOVED = re.compile(
    r"[从由](?P<y1>(?:19|20)\d\d)年(?:末|底)?的[^，。；！？\n]{1,24}?"
    r"(?:升|高|加|长|大|增|降|低|少|减|缩|破)(?:至|到)(?P<y2>(?:19|20)\d\d)年(?:末|底)?的?(?=[0-9])"
)


def _moved_at(text: str, start: int, end: int, doc_year: int | None, scope_year: int | None) -> tuple[int, int] | None:
    """The span of the first :data:`_MOVED` figure of ``text[start:end]`` whose later year is past: not after
    ``doc_year``, else before ``scope_year`` (a plan for 2021–2025 may set 由2020年的…提高到2025年的…), else
    any (an undated page that reports how a figure grew); None when there is none."""
    if text.find("年的", start, end) < 0:
        return None  # most paragraphs: no year's value
    for m in _MOVED.finditer(text, start, end):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2 and (y2 <= doc_year if doc_year else scope_year is None or y2 < scope_year):
            return m.span()
    return None
_SENTENCE_BREAK = re.compile(r"[。；！？\n]")
#: 将 after a subject, a future (将 opening a clause marks its object, 去年8月，…，将甲县调出…: no future).
_WILL_AFTER_SUBJECT = r"将(?<=[^，。；：！？\n]将)"
#: 要 as a word of its own, not the end of one (主要, 重要, 需要, 纲要 …).
_YAO_ALONE = r"要(?<![主重需必只纲摘概紧]要)"
_AHEAD_WORDS = rf"到\s?20\d\d\s?年|今年|明年|力争|{_WILL_AFTER_SUBJECT}|确保|目标"
_AHEAD = re.compile(rf"{_AHEAD_WORDS}|计划")
#: What looks ahead in a paragraph a span since an earlier year opens (2022年以来，…。全省计划开工…，截至8月底，
#: 已开工…): its 计划 is the plan of the span looked back on, not one ahead; a year from the document's on is.
_AHEAD_OF_SPAN = re.compile(_AHEAD_WORDS)
#: A paragraph opened by the span since a year (2022年以来，), the cheap test of :data:`_PAST_FRAME`'s branch first.
_SINCE_OPENING = re.compile(r"[ \t\u3000]*(?:19|20)\d\d年以来，")


#: What closes a clause that reports who attended a meeting (…及全县36家企业的负责人参会).
_ATTENDED = ("参会", "出席会议", "列席会议", "参加会议")
#: The verbs by which a plan has people attend a meeting it will hold (组织100家企业参会): no report.
_HAS_ATTEND = re.compile(rf"组织|邀请|吸引|动员|安排|确保|力争|争取|{_WILL_AFTER_SUBJECT}|{_YAO_ALONE}")


def _reports_attendance(clause: str) -> bool:
    """Whether ``clause`` closes on a meeting's attendance (…等部门主要领导及全县36家企业负责人参会): it
    counts who came, a fact of the event, unless a verb has them attend (:data:`_HAS_ATTEND`)."""
    return clause.rstrip().endswith(_ATTENDED) and _HAS_ATTEND.search(clause) is None


#: A status date opening a sentence (截至8月底，, 截止2023年12月31日，, 至6月底，, 截至2023年底，): the time
#: its clauses report where things stand at.
_STATUS_DATE = re.compile(
    r"(?P<word>截至|截止|至)到?(?:(?P<y>(?:19|20)\d\d)年)?"
    r"(?:(?P<m>\d{1,2})月份?(?:底|末|初|上旬|中旬|下旬|\d{1,2}[日号])?|(?<=年)(?:底|末))(?:止|为止)?(?=，)"
)
#: A status word opening a sentence (目前，…; 截至目前，…).
_STATUS_WORD = re.compile(r"(?:截至|截止|到)?(?:目前|当前)(?:为止)?，")
#: A finding opening a sentence, by the fact-finding it comes from (据统计，…; 经督查核实，欠进度的有17个…; 经核查，…;
#: 在督查中发现，28件正在办理的事项中…25件…; 检查发现，…): what stands as found, a status.
#: 应 as a modal (应当, 应在…), not a word it opens: an amount due (应发放, 应收, 应缴, 应付, 应纳, 应到), a graduate of the
#: year (应届), 应急, 应用, 应对; nor the end of a word (供应, 相应, 响应, 适应, 反应, 效应).
_SHALL = r"应当|应(?<![供相响对反适效]应)(?![发收到缴付纳届急用对])"
_FOUND_BY = r"[经据][^，。；\d]{0,6}?(?:统计|核实|核查|查实|调查|督查|排查|摸排)，"
_FINDING = re.compile(rf"{_FOUND_BY}|[^，。；\d]{{0,8}}?(?:核实|核查|调查|督查|检查|抽查|排查|摸排|巡查|暗访)中?发现，")
#: What a rule says after a finding (在检查中发现，企业有违法行为的，处1万元以上罚款; 经排查，…应在15日内完成整改): a
#: condition's 的， (not one a result follows: 符合条件的，已全部发放) or a modal (not 应 of an amount due: 应发放,
#: 应收, 应到, 应缴) or a penalty; the finding is then the occasion of a rule, no report.
_RULE_AFTER_FINDING = re.compile(rf"的[，,](?![^，,。；;]{{0,4}}?已)|{_SHALL}|必须|须(?!要)|责令|处以|处[0-9一二三四五六七八九十]|罚款")
#: How far into a sentence the 发现， of a :data:`_FINDING` may end (the cheap test first).
_FINDING_REACH = 14
#: A clause of a status sentence that looks ahead (…，力争年底前完成1500个): the status ends before it.
#: (计划 as a noun, 下达投资计划133.8亿元, 年度计划, looks nowhere; nor does 计划外/计划内 naming a class, 已开工
#: 113个（计划外项目5个）)
_STATUS_STOP = re.compile(
    rf"力争|争取|确保|计划(?<![资度]计划)(?!完成率|数|任务|的|外|内)|预计|{_WILL_AFTER_SUBJECT}|{_YAO_ALONE}(?!求)"
    r"|到\s?20\d\d\s?年|年底前|月底前|年内|明年"
)
#: The share of a plan or a budget a figure makes up (完成11.3亿元，占年计划的41.8%; 占预算的52.6%): progress on
#: it reported, when nothing in the sentence looks ahead (:data:`_STATUS_STOP`; not 确保…占年计划的50%以上).
_PLAN_SHARE = re.compile(
    r"(?:完成|实现)[^，。；]{0,20}，占(?:全年|年度?)?(?:计划|预算)(?:任务)?的?[0-9.]+%(?!以上)(?<![不低于少])"
)
#: What a progress tally reports after what is done (已完成整改54个，剩余19个正在整改中，整改率74%): the part left
#: and the rate done (see :func:`_tallies`).
_LEFT = r"(?:剩余|尚余|还剩)\s*[0-9一二两三四五六七八九十]"  # (the part left: 剩余19个)
_TALLY_REST = re.compile(rf"{_LEFT}|其余\s*[0-9一二两三四五六七八九十]|(?:整改|完成|办结|销号|化解)率")
#: 已 governing the figure a tally has done (已完成整改54个, 已办结27件), in the clause of its verb.
_TALLY_DONE = re.compile(r"已[^，。；]{0,8}?[0-9]")
#: What opens a sentence that breaks down the part a tally left (剩余19个问题中涉及…5个，…7个).
_TALLY_REST_OPEN = re.compile(rf"[ \t\u3000]*{_LEFT}")


#: What a colon's head names when the list after it is what is planned (提出了今年的主要预期目标：, 明确了以下任务：).
_PLANNED_HEAD = re.compile(r"(?:任务|措施|举措|目标|要求|指标|重点|工作|安排)(?:如下|为)?$")


def _done_list_head(sentence: str, s0: int, s1: int, text: str, done_lists: set[int]) -> bool:
    """Whether the sentence part ``text[s0:s1]`` (``sentence``) holds a list a verb done opens, or goes
    on with one: its colon follows a past word (:data:`_PAST_CLAUSE`: 对审计信息进行了反馈，提出了三个方面问题：
    …5个具体问题；), or it is an item after the ； of such a part (…1个问题；…8个具体问题。). Not a list that
    looks ahead (:data:`_STATUS_STOP`, :data:`_AHEAD`), names what is planned (:data:`_PLANNED_HEAD`) or
    quotes what a document says (方案提出：…). Asked of reports only."""
    if _STATUS_STOP.search(sentence) is not None:
        return False
    if s0 and text[s0 - 1] == "；" and s0 - 1 in done_lists:
        return True
    k = sentence.find("：")
    return k > 0 and _PAST_CLAUSE.search(sentence, 0, k) is not None and not _quotes_after(sentence, 0) \
        and _AHEAD.search(sentence) is None and _PLANNED_HEAD.search(sentence, 0, k) is None


def _tallies(sentence: str) -> bool:
    """Whether ``sentence`` is a progress tally: a total, what is done (已), what is left and the rate
    (信访25个，已完成24个，剩余1个; 移交73个问题中，已完成整改54个，剩余19个…，整改率74%). Every figure of it
    reports where things stand, the total before 已 and the part left after it too, unless it looks
    ahead (:data:`_STATUS_STOP`: …，剩余问题确保年底前完成). 已 governs a figure (:data:`_TALLY_DONE`) and a
    clause before its own holds the total: 已建成的5个示范村巩固提升，其余3个…全部建成 tallies nothing (its
    其余3个 is what a plan will do)."""
    if "已" not in sentence or _TALLY_REST.search(sentence) is None or _STATUS_STOP.search(sentence) is not None:
        return False
    m = _TALLY_DONE.search(sentence)
    if m is None:
        return False
    k = sentence.rfind("，", 0, m.start())
    return k > 0 and _DIGIT.search(sentence, 0, k) is not None


#: A rank a sentence gives its subjects (居全省前三位, 全省排名靠后, 位居全国第一): a result.
#: Not a rank that picks the subjects a rule acts on (对排名后3位的单位进行约谈): 的 after it.
#: (It opens with the verbs: a search skips to their first characters in C, no test of each verb needed first.)
_RANK_VERBS = ("居", "位列", "排名", "排在")
_RANKED = re.compile(
    rf"(?:{'|'.join(_RANK_VERBS)})(?:全国|全省|全市|全区|全县)?(?:第|前|后|末|倒数|首位|靠前|靠后)[^，。；！？\n的]{{0,6}}(?=[，。；！？\n]|$)"
)


#: How far back before a ；-part the opening of its sentence is looked for (see :func:`_ahead_before`).
_PARTS_REACH = 400


def _ahead_before(text: str, s0: int) -> bool:
    """Whether the sentence at ``s0`` is a ；-part of one whose earlier parts look ahead (到2025年，…；实施…项目12个，
    …位居全省前列): a rank there is a goal the plan sets, no result."""
    if not s0 or text[s0 - 1] != "；":
        return False
    start = max(text.rfind("。", max(0, s0 - _PARTS_REACH), s0), text.rfind("\n", max(0, s0 - _PARTS_REACH), s0)) + 1
    return _STATUS_STOP.search(text, start, s0) is not None


#: A part of the year gone by, then the measure a figure of it gives (三季度绝对数16285元，增幅7.4%; 上半年增速…):
#: a progress report's figures (not 三季度末前完成, 上半年完成试点: when a thing is to be done).
_QUARTER_FIGURE = re.compile(
    r"(?:(?:前|第)?[一二三四]季度|上半年)[\u4e00-\u9fff]{0,6}?(?:绝对数|数|额|量|值|增幅|增速|同比增长|同比)[0-9]")
_QUARTER_FIRST = frozenset("一二三四前第上")
_STATUS_FIRST = frozenset("截至目当到据") | _QUARTER_FIRST


#: A numbered heading the text ran into its paragraph's status date or word (一、全区地质灾害概况截至2023年4月，…):
#: the status opens the sentence after it.
_GLUED_STATUS_HEADING = re.compile(
    rf"(?:[一二三四五六七八九十]{{1,3}}、|（[一二三四五六七八九十]{{1,3}}）)[^，。；：0-9]{{1,20}}?(?=截至|截止|目前|当前|据统计|{_FOUND_BY})")
#: A sentence a place opens with what it holds now (我区现有地质灾害隐患点3处，…威胁户籍人口9户41人; 全县现有…): an
#: inventory, all its clauses a status; not the base of a change it sets (现有…人员减少10%以上), nor 现有 after
#: a verb (各地在巩固了现有成果的基础上).
_HOLDS_NOW = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:省|市|县|区|镇|乡|街道|村|社区)现有(?![^。；]*?(?:减少|下降|降低|压减|削减|提高|提升|增加|增长)(?:到|至)?\s?\d)")
#: How far into a sentence its subject's 现有 may stand (the cheap test before :data:`_HOLDS_NOW`).
_HOLDS_NOW_REACH = 8


def _opens_status(text: str, s0: int, s1: int, doc_year: int | None, doc_month: int | None) -> bool:
    """Whether the sentence ``text[s0:s1]`` opens with a status word (目前，…), a finding (经核查，…: see
    :data:`_FINDING`) or a status date: a month
    or a day without a year (截至8月底，… reports the document's own time), or with a year before the
    document's ``doc_year``, or its own year up to its month ``doc_month``. A bare 至 (至6月底，完成… is a
    deadline as often) reports status only with a word of a result in the sentence (已, 累计)."""
    at = s0
    while at < s1 and text[at] in " \t\u3000":
        at += 1
    if text.find("现有", at, min(s1, at + _HOLDS_NOW_REACH)) >= 0 and _HOLDS_NOW.match(text, at, s1) is not None:
        return True
    if text[at:at + 1] in _TOP_FIRST_CN or text[at:at + 1] == "（":
        glued = _GLUED_STATUS_HEADING.match(text, at, s1)
        at = glued.end() if glued is not None else at
    if (text[at:at + 1] in "经据" or text.find("发现，", at, min(s1, at + _FINDING_REACH)) >= 0) \
            and (found := _FINDING.match(text, at, s1)) is not None:
        return _RULE_AFTER_FINDING.search(text, found.end(), s1) is None
    if text[at:at + 1] not in _STATUS_FIRST:
        return False  # most sentences: a cheap test first
    if text[at] in _QUARTER_FIRST:
        return _QUARTER_FIGURE.match(text, at, s1) is not None
    if _STATUS_WORD.match(text, at, s1):
        return True
    m = _STATUS_DATE.match(text, at, s1)
    if m is None:
        return False
    if m.group("y"):
        y, month = int(m.group("y")), int(m.group("m") or 12)
        if doc_year is None or y > doc_year or y == doc_year and (doc_month is None or month > doc_month):
            return False  # 截至2025年底，…: a deadline
    return m.group("word") != "至" or _PAST_CLAUSE.search(text, m.end(), s1) is not None \
        or text.find("累计", m.end(), s1) >= 0


def _status_until(text: str, sentence_ends: list[int], s0: int, s1: int, doc_year: int | None,
                  doc_month: int | None, cache: dict[int, int]) -> int:
    """Where the status the sentence ``text[s0:s1]`` reports ends (``s0`` when it reports none): a sentence
    opened by a status date or word (:func:`_opens_status`) reports it in all its clauses (截至8月底，已开工
    小区1110个，开工率74.0%，完成投资28.17亿元), and so does the next part after its ；
    (…；开工水利工程987处，开工率73.9%), up to a clause that looks ahead (:data:`_STATUS_STOP`)."""
    chain = [(s0, s1)]
    while chain[-1][0] not in cache and chain[-1][0] and text[chain[-1][0] - 1] == "；":
        end = chain[-1][0] - 1  # the ； ending the part before
        k = bisect_left(sentence_ends, end)
        chain.append((sentence_ends[k - 1] + 1 if k else 0, end))
    carried = False
    for a, b in reversed(chain):
        until = cache.get(a)
        if until is None:
            until = b if carried or _opens_status(text, a, b, doc_year, doc_month) else a
            if until > a and (stop := _STATUS_STOP.search(text, a, b)) is not None:
                until = max(a, text.rfind("，", a, stop.start()) + 1)
            cache[a] = until
        carried = until == b
    return cache[s0]


def _status_within(text: str, s0: int, c0: int, doc_year: int | None, doc_month: int | None) -> bool:
    """Whether a clause of the sentence from ``s0`` opened by a status date before ``c0`` (全省计划开工3889个，
    截至8月底，已开工3892个，完成投资91.93亿元，开工率达到101.3%) reports the status up to ``c0``: every clause
    after it, as :func:`_status_until` reads a sentence opened by one, unless one looks ahead."""
    k = text.rfind("截", s0 + 1, c0)
    return text[k - 1] in "，；：" and _opens_status(text, k, c0, doc_year, doc_month) \
        and _STATUS_STOP.search(text, k, c0) is None


#: A decision or notice that commends (关于表彰奖励…突出贡献者的决定, 关于授予…称号的决定): it tells what was done
#: and the titles and prizes it awards (授予…9人…称号，颁发奖金3万元), a summary throughout.
_COMMENDATION_TITLE = re.compile(r"关于(?:表彰|表扬|嘉奖|授予|通报表扬)[^《》]*的(?:决定|通报|通知|命令)$")
#: The words of a heading that plans ahead, in a report and in a work report's parts alike (下步计划, 工作安排).
_PLANNING = r"打算|安排|计划|思路|设想|下一?步"
#: A heading of the part of a work report that plans ahead (2015年工作安排, 今年的主要任务, 二、2024年工作总体要求):
#: the numbered parts of a review above it end there.
_PLAN_PART = re.compile(rf"{_PLANNING}|要求|任务|目标|今年|明年|\d{{4}}年|[〇○]")
#: The words by which a heading names a review of its own (工作回顾, 过去五年的工作; a summary issued with a plan
#: under one notice: 2016年…工作总结 over its 一、二、, then 2017年…工作要点).
_NAMES_REVIEW = re.compile(r"回顾|过去|总结")
#: A heading in a document that reports what was done (:data:`~policykg.extract.patterns.REPORT_TITLE`)
#: that plans ahead (三、下步计划, 二、工作要求, 下一步工作), whose figures stay targets.
PLAN_HEADING = re.compile(rf"{_PLANNING}|工作要求|整改目标|努力方向")
#: A report's title that names the progress made on goals (…重点工作完成情况的报告).
_PROGRESS_TITLE = re.compile(r"(?:完成|执行|进展|落实)情况")
#: The words a statistical communiqué's first figures open with on a page whose title was not found
#: (初步核算，全年实现地区生产总值…; 初步测算，2015年全县…): the page reports a year's results, as one whose
#: title names a communiqué (patterns.COMMUNIQUE, also with a footnote mark or the year after it) does.
_COMMUNIQUE_OPENING = re.compile(r"初步(?:核算|测算)")
#: The evaluation of a plan's implementation named in the opening of a page without a title of its own (…纲要实施中期评估
#:报告, 从中期评估报告看…新成效): the page reports the plan's progress, its figures results and counts of what is reviewed.
_EVALUATION_OPENING = re.compile(r"实施中期评估|中期评估报告|实施情况评估|实施评估报告")
#: A figure stated against the year before (比上年增长3.3%, 比上年末提高0.7个百分点, 较上年下降0.8个百分点).
_ON_YEAR_BEFORE = re.compile(r"[比较]上年")
#: How many such figures an untitled page's opening states to read as a communiqué's.
_ON_YEAR_BEFORE_MIN = 2
#: A limit word on a figure stated against the year before, in its clause (比上年增长15%以上, 不低于上年): set, no result.
_COMPARED_BOUND = re.compile(r"\d[^，,。；;]{0,8}?(?:以上|以内|左右)|不低于|不少于|不超过|力争|争取|确保")
#: A modal before it in its sentence (各县（市、区）要…比上年增长15%以上; 应, 须): a figure set, no result.
_COMPARED_MODAL = re.compile(rf"{_YAO_ALONE}(?![素件点求])|{_SHALL}|必须|须(?!要)")


def _compared_as_set(text: str, at: int) -> bool:
    """Whether the comparison with the year before at ``at`` states a figure a rule or plan sets (要…比上年增长15%以上),
    by a modal before it in its sentence or a limit word in its clause, not one a communiqué reports."""
    end = min((k for k in (text.find(c, at) for c in "，,。；;") if k >= 0), default=len(text))
    if _COMPARED_BOUND.search(text, at, end) is not None:
        return True
    return _COMPARED_MODAL.search(text, text.rfind("。", 0, at) + 1, at) is not None


def _compares_with_year_before(opening: str) -> bool:
    """Whether an untitled page's opening states its figures against the year before (人口年末常住人口94.9万人，
    比上年末增加0.1万人，…比上年末提高0.7个百分点) with nothing looking ahead (:data:`_AHEAD`) nor arranging
    (:data:`PLAN_HEADING`: 2024年一般公共预算收支安排情况): a statistical communiqué's excerpt, its title and its
    初步核算 cut away, reports a year's results."""
    return "上年" in opening and sum(not _compared_as_set(opening, m.start()) for m in _ON_YEAR_BEFORE.finditer(
        opening)) >= _ON_YEAR_BEFORE_MIN \
        and _AHEAD.search(opening) is None and PLAN_HEADING.search(opening) is None


#: A plan's look-back chapter names what was achieved (主要成就, 取得的成绩) or what it builds on
#: (一、发展基础与发展环境; not a task that strengthens one: 夯实产业发展基础, a word before it). A heading of
#: what is arranged or planned (二、一般公共预算收支安排情况, 1.收入安排情况) looks ahead, whatever its 情况.
_REVIEW_HEADING = re.compile(
    r"回顾|回眸|过去(?:[一二三四五六七八九十两]|\d{1,2})年的?工作|成效|成绩|成就|进展情况|基本情况|现状|工作总结|完成情况|执行情况|主要做法|工作亮点|情况(?<!安排情况)(?<!计划情况)[：:]?$"
    r"|发(?<![\u4e00-\u9fff]发)展基础"  # (the look-behind after the 发: every branch opens with a literal)
    r"|时期发展基础|期间发展基础"  # (（一）“十三五”时期发展基础: the period a plan builds on, reviewed)
)
#: A review heading of the progress made on goals (（二）其他指标任务完成情况): the lines under it may
#: restate each goal first (1.引进…项目不少于3个。上半年，引进…), and those restatements are targets.
_PROGRESS_HEADING = re.compile(_PROGRESS_TITLE.pattern + r"[：:]?$")
#: Words that bound a goal (不少于3个, 力争…, 7%左右, 6%以上): a first line under a progress heading with one and
#: no mark of a result (:data:`_RESULT_MARK`) restates the goals.
_GOAL_BOUND = re.compile(r"不少于|不低于|不超过|力争|争取|确保|左右|控制在|以上")
#: A sentence in a review that opens with the time ahead and strives for a goal (下半年，力争全年地区生产总值增长
#: 8%以上; 下一步，确保…): a half-year summary's plan for the rest of its year, not a result.
_STRIVES_AHEAD = re.compile(r"(?:下半年|下一步|今后|明年)[，,][^。；]*?(?:力争|争取|确保(?!了))")
#: A sentence of a review section opened by a year, its subject and 计划 (一、…项目基本情况 / 2023年我区计划对24个…项目
#:改造): the plan of that year, ahead when it is not before the document's own.
_YEAR_PLANNED = re.compile(r"(?P<y>20\d\d)年度?[，]?[^，。；：\d]{0,8}?计划(?!完成|执行|的|内)")
#: The first characters of :data:`_STRIVES_AHEAD` (the cheap test first).
_STRIVES_AHEAD_FIRST = frozenset("下今明")
#: The marks of a result: past words (:data:`_PAST_CLAUSE`) and a period's change on its base (比上年同期增长).
_RESULT_MARK = re.compile(r"同比|比上年|较上年|上年同期|上半年|前三季度|今年以来|截至|累计|已|完成了|实现了|\d月(?:份|底|末)")
#: The most characters a heading's words before its 。 hold when a review word inside them names its
#: section; a longer item names one only as its words end (一、…对…预期目标完成情况进行监测: a task).
_REVIEW_HEADING_MAX = 30


#: A modal of duty or of what will be done (将, 要, 应, 必须) before a heading's review word: the line is a duty
#: sentence under an item's number (三、国办将加强跟踪督办，定期梳理汇总落实情况。), no heading naming a section.
_DUTY_BEFORE_REVIEW = re.compile(rf"{_WILL_AFTER_SUBJECT}|{_YAO_ALONE}(?![求素点])|{_SHALL}|必须")


def reviews_heading(line: str, stop: int) -> bool:
    """Whether a heading line's words (``line[:stop]``) name a review section (一、2023年工作回顾,
    （一）主要成效): a review word in a short heading, or ending a long one (before its ：); not after a
    modal of duty (:data:`_DUTY_BEFORE_REVIEW`: 三、国办将…梳理汇总落实情况, a duty sentence)."""
    m = _REVIEW_HEADING.search(line, 0, stop)
    if m is not None and _DUTY_BEFORE_REVIEW.search(line, 0, m.start()) is not None:
        return False
    if m is None or stop <= _REVIEW_HEADING_MAX:
        return m is not None
    *_, last = _REVIEW_HEADING.finditer(line, m.start(), stop)
    return line[last.end():stop].strip(" ：:，,") == ""


def _first_sentence(line: str) -> int:
    """The end of the first sentence of ``line`` (its 。 included), or the line's length."""
    end = line.find("。")
    return len(line) if end < 0 else end + 1


def _states_result(sentence: str) -> bool:
    """Whether ``sentence`` reports a result (a past word, a period's change on its base)."""
    return _RESULT_MARK.search(sentence) is not None or _PAST_CLAUSE.search(sentence) is not None


#: The first line of an annex (附件2, 附件：…): a new part of the document.
_ANNEX_LINE = re.compile(r"^(?:附件|附表)\s*\d*\s*(?:[：:]|$)")
_TOP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章部分]|#)")
_TOP_FIRST = frozenset("一二三四五六七八九十第#")  # the first characters of a top heading: a cheap test first
_TOP_FIRST_CN = frozenset("一二三四五六七八九十")  # those of a top heading numbered 一、…
_YEAR = re.compile(
    r"(?=[到至截力争确在于从自比较与同对相基12“十])"  # a match starts with a pre word or the year: skip other characters fast
    r"(?P<pre>到|至|截至|截止|力争|争取|确保|在|基于|于|从|自|比|较|与|同|对比|相比|相对于|相较于?)?"
    # (not an edition's year: 《产业结构调整指导目录》（2019年本）, 2025年版, （2018年修订）; 2017年本区 is one)
    r"(?:(?P<y1>(?:19|20)\d{2})(?:年)?(?:[—–\-~～至到](?P<y2>(?:19|20)\d{2}))?年(?!版|(?:本|修订|修正)本?[）)])"
    # (“十二五”单位GDP…下降18%: the period's quoted name standing as the time of what follows it; not a plan's
    # name: “十四五”规划, …交通运输“十四五”等4个规划, 《…“十四五”实施方案》)
    rf"|“?第?{FIVE_YEAR_NAME}”?(?:规划)?"
    r"(?=期|时期|末|(?<=”)(?!规划|计划|等|、)(?![^《》，。；\n]*》)))"
    r"(?P<post>底|末|前|以前|之前|以来|开始|起(?!草)|期间|期末|时期末|度)?"
    # the level of a year a figure is held to or compared with (不低于2022年水平, 恢复到2019年的水平,
    # 2023年同期, 在2019年的基础上提高20元): a base, as 比2020年 is, never a deadline
    r"(?P<base>(?:的)?(?:平均)?水平|同期|(?:的)?基础上)?"
)
#: What a heading may open with before its words: a list mark, an annex label.
_HEADING_MARK = re.compile(r"(?:附件\s*\d*\s*[：:]?\s*)?(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、．])?\s*")
#: The pre words of a base year, and :data:`_BASE_YEAR`, which stands for the pre word of a year whose
#: level follows it (2022年水平).
#: (基于2020年…规模的1.3倍以内: the year of the base a ratio is taken on)
_COMPARING = frozenset({"比", "较", "与", "同", "对比", "相比", "相对于", "相较", "相较于", "基于", "水平"})
_BASE_YEAR = "水平"
_NOT_DUE = frozenset({"以来", "开始", "起"})  # post words of a year things started


def _pre_word(m: re.Match) -> str | None:
    """The pre word of a :data:`_YEAR` match, :data:`_BASE_YEAR` for a base its level names (2022年水平)."""
    return _BASE_YEAR if m.group("base") else m.group("pre")


#: A span of years after a start year (自2021年起|用3年时间, 从2024年开始，利用三年): the work ends in its last year.
_SPAN_AFTER = re.compile(r"[，,]?(?:用|利用|经过|通过|再用)(?P<n>\d{1,2}|[一二两三四五六七八九十])年")
#: The verbs a span of time the work takes follows (用5~10年时间).
_SPAN_VERBS = ("用", "经过", "通过", "花")
#: 用3年时间 with no year it starts from: a span that starts in the document's year.
_SPAN_FROM_NOW = re.compile(r"(?:用|利用|经过|通过|再用)(?P<n>\d{1,2}|[一二两三四五六七八九十])年(?:左右)?时间")


#: A five-year plan cited by its title (《…第十一个五年规划纲要》, 《“十四五”…规划》): the horizon
#: of a document that carries its goals out (a plan named in passing, 2025年是“十四五”规划的
#:最后一年, is no such horizon). Opens with the literal 十 (the scan skips other characters in C).
_FIVE_YEAR_PLAN = re.compile(rf"{FIVE_YEAR_NAME}”?[^《》“”\n，。]{{0,12}}?(?:规划|计划)[^《》\n，。]{{0,8}}》")


#: Where the year of a :data:`_YEAR` phrase may start (the 1 of 19xx, the 2 of 20xx, the 十 of
#: 十四五): a phrase starts at most :data:`_YEAR_LEAD` characters before (its pre word and “), so
#: a scan for phrases starts there. Each branch opens with a literal character, so the engine
#: skips other characters in C (:data:`_YEAR` opens with a look-ahead and is tried at each one).
_YEAR_DIGITS = re.compile(r"1(?=9\d\d)|2(?=0\d\d)|十(?=[一二三四五六](?:五|个五年))")
#: A five-year plan period's name (十四五, 第十四个五年), as a title may name the period a plan is for.
_FIVE_YEAR_NAME = re.compile(FIVE_YEAR_NAME)
#: A year in Chinese numerals in a title (关于做好二〇二三年…工作的实施意见), read as digits for the patterns of
#: a title's year (see :func:`_digit_years`).
_CN_YEAR_IN_TITLE = re.compile(rf"{CN_YEAR}(?=\s*年)")


def _digit_years(title: str) -> str:
    """``title`` with each year written in Chinese numerals (二〇二三年) written in digits (2023年), so that an
    annual plan's or a period's title names its year to the patterns that read one."""
    if "年" not in title:
        return title
    return _CN_YEAR_IN_TITLE.sub(
        lambda m: str(y) if (y := cn_small_number(m.group())) is not None and 1900 <= y < 2100 else m.group(), title)
_YEAR_LEAD = 4  # 到“第十…


def _year_of(m: re.Match) -> int:
    """The year a :data:`_YEAR` match names: the end of a span, or the last year of a
    five-year plan period (十四五期间 → 2025)."""
    five = m.group("five")
    return FIVE_YEAR_END[five] if five else int(m.group("y2") or m.group("y1"))


#: The end of a year phrase standing as a clause of its own (2026年，, 2025年年底前，).
_OWN_CLAUSE_END = re.compile(r"(?:前|以前|之前)?，")
#: What follows a year that opens a clause as its time (2025年重点突破, 2026年全市新增): a word, not
#: a date's month, a 的 or a joiner (2025年的, 2025年和2026年).
_CLAUSE_AFTER_YEAR = re.compile(r"(?![的和及与、至到])[\u4e00-\u9fff]")
#: Deadlines within the document's own year: 年底前, 今年, 年内, a month alone (6月底前).
_YEAR_END = re.compile(
    r"到年底|年底前|(?<![\d〇一二两三四五六七八九十])年内|今年|本年度?|(?<![\d年])\d{1,2}月(?:底|末|中旬|下旬)前?|(?<![\d年])\d{1,2}月份?前"
)
#: :data:`_YEAR_END` reduced to the shortest match at each start (本年度 → 本年). A match
#: consumes one character and reads the rest in a look-ahead (one group per branch), so that
#: matches may overlap (今年底前: 今年 and 年底前): a window holds a match of :data:`_YEAR_END`
#: exactly when one of these starts in it and ends by its end. The character is taken by one
#: class of the branches' first characters and each branch then looks behind at it: a pattern
#: that opens with a class lets the engine skip the other characters of a line in C (a branch
#: opening with a look-behind or \d makes it try every branch at every position).
_YEAR_END_AT = re.compile(
    r"[年到今本\d](?:(?<=年)(?=(底前))|(?<=年)(?<![\d〇一二两三四五六七八九十]年)(?=(内))|(?<=到)(?=(年底))"
    r"|(?<=[今本])(?=(年))|(?<=\d)(?<![\d年]\d)(?=(\d?月(?:底|末|中旬|下旬|份?前))))"
)
#: Words every :data:`_YEAR_END` phrase holds: most lines have none, and skip the scan (a
#: single character such as 内 or 月 stands in most lines of a paragraph's length). Each opens
#: with a literal, so the search skips other characters in C.
_YEAR_END_HINT = re.compile(r"年底|年内|今年|本年|月底|月末|月中旬|月下旬|月前|月份前")
#: A work report (政府工作报告, 区政府工作报告): its unqualified figures are the year's it is given in.
_WORK_REPORT = re.compile(r"工作报告")
#: 到2026年: a horizon the document names (matched from its 20, the 到 looked behind: the
#: whole-text scan then skips to each 2 in C). Not the year of a value a figure rose to (跃升至2020年的469.5亿元),
#: nor a later goal the work lays the ground for (为到2035年基本实现…打好基础): a purpose, no period of the document.
_HORIZON = re.compile(r"(?P<y>20\d{2})年(?<=[到至]\d{4}年)(?<![为向]到\d{4}年)(?<!为了到\d{4}年)(?!的[0-9])")
#: A year the text plans for: 2012年计划投资…, 2024年度计划.
_PLANNED_YEAR = re.compile(r"(?P<y>20\d{2})年度?计划")
_TITLE_PERIOD = re.compile(r"[（(]?(?:19|20)\d{2}\s*年?\s*[—–\-~～至到－]\s*(?P<y>(?:19|20)\d{2})\s*年?[）)]?")
#: (a count of the items may stand before the noun: 关于2024年实施47项民生实事的通知, 2024年10个民生实事项目; a
#: county bureau names its year's plan 某局2023年工作谋划)
_TITLE_ANNUAL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年度?[^，。\d]*?(?:\d{1,3}[项个件类条][^，。\d]{0,4}?)?(?:规划|计划|要点|方案|任务|目标|清单|安排|指标|重点工作|分工|分解|事项|实事|谋划)(?!完成|执行|落实情况|进展|总结|回顾)")
#: A title line that ends in its period or edition (…若干政策（2025年版）, …行动计划（2024—2026年）,
#: or that bracket alone under the title), within the first characters of a text; it opens
#: with a line break (a literal: the scan skips to each).
_PERIOD_LINE = re.compile(
    r"\n[^\n，。；：！？]{0,60}?[（(]\s*(?:(?:19|20)\d{2}\s*年?\s*[—–\-~～至到－]\s*)?(?P<y>(?:19|20)\d{2})\s*年版?\s*[）)][ \t\u3000]*(?=\n|$)"
)
_PERIOD_LINE_REACH = 3000
#: A plan's period stated in its text (规划年限按“十四五”规划期限，具体为2021-2025年; 规划期为2021年至2025年): its
#: last year is when the goals are due. It opens with a literal (the scan skips to each 规划).
_PERIOD_STATED = re.compile(r"规划(?:年限|期限|期)[^。；\n\d]{0,20}?" + _TITLE_PERIOD.pattern)
#: A plan with its period that a page reports issued (…联合印发《…行动计划（2023—2027年）》), near
#: its start: a news page about the plan, whose figures are the plan's. Not the title of a notice
#: the page follows (落实…关于印发《…（2023—2027年）》的通知要求).
_REPORTED_PLAN = re.compile(
    r"(?:印发|发布|出台|公布)(?<!关于印发)(?<!关于发布)了?《[^《》\n]{2,80}?[（(]\s*(?:19|20)\d{2}\s*年?\s*"
    r"[—–\-~～至到－]\s*(?P<y>(?:19|20)\d{2})\s*年?[）)]》(?!的通知)"
)
_REPORTED_PLAN_REACH = 300
#: Verbs of a preamble that makes the document itself (根据…，结合…，制定…若干政策。).
_MAKING_ITSELF = re.compile(r"制定|出台|提出如下|分解")  # (…重点工作任务予以分解: the document is the breakdown)


def _opening_annual_year(text: str) -> int | None:
    """The year of the annual plan an undated page's opening sentences name (日前，市政府印发2022年重点
    工作任务分工, …并结合2021年市政府重点工作，…): the year the page speaks in, if they name one plan's
    year only, or if its headline names the latest of them; None otherwise."""
    end = text.rfind("。", 0, _REPORTED_PLAN_REACH)
    if end < 0:
        return None
    # (a plan's name on one line, not a base year compared with: 2035年人均GDP比2020年翻一番)
    found = [m for m in _TITLE_ANNUAL.finditer(text, 0, end)
             if "\n" not in m.group() and text[m.start() - 1:m.start()] not in _COMPARING]
    years = {int(m.group("y")) for m in found}
    if len(years) > 1 and (head := text.find("\n")) >= 0:
        # a headline naming the later year (2010年…预期目标) above a body that names an earlier one too (a
        # slip, or the year reviewed): the plan is the headline's
        first = {int(m.group("y")) for m in found if m.end() <= head}
        return first.pop() if len(first) == 1 and max(first) == max(years) else None
    return years.pop() if len(years) == 1 else None


#: A word that announces what will be done (将, 要, 计划, 拟): not 现将 (现将…印发给你们: an object's mark),
#: 要 not inside a word (主要, 重要, 需要 …), 计划 not a noun (工作计划的, …计划》).
_WILL = re.compile(rf"将(?<![现特]将)|{_YAO_ALONE}(?!求|素|点|闻)|计划(?![的》”）、，。])|拟")
#: What may stand before a year that opens a clause as its time (…获悉，2024年，某县将…).
_CLAUSE_OPENERS = frozenset("\n，。；：！？ \t\u3000")
#: What completes a 将 that marks an object (将民生实事作为…, 将甲县调出): no future.
_OBJECT_WILL = re.compile(r"将[^，。；！？\n]*?(?:作为|列为|纳入|视为|调出|调入|评为)")
#: The post words a year announcing a plan may carry (2024年度, 2024年底前).
_ANNOUNCED_POSTS = frozenset({None, "度", "底", "末", "前"})
#: The words that set out a year's goals or demands right after the year opens a clause (2024年，我们工作的
#: 总体要求是：…, 2024年全市的主要目标是): the page plans that year, as a word of :data:`_WILL` says; within
#: :data:`_GOALS_REACH` characters of the year.
_SETS_OUT_GOALS = re.compile(r"(?:总体要求|主要目标|预期目标|总体目标|目标任务|工作思路|总体思路)(?:是|为)?[：:]")
_GOALS_REACH = 20
#: How many characters long a page's headline may be (甘谷县政府2020年将为民办好15件民生实事).
_HEADLINE_MAX = 60


def _announced_year(text: str) -> int | None:
    """The year an undated page announces its plan for: a year that a sentence of its opening (the
    first :data:`_REPORTED_PLAN_REACH` characters) or a headline line (no sentence punctuation,
    anywhere: a portal may print it under the body) gives as the time of what will be done, a word
    of :data:`_WILL` following it in its sentence, the year opening a clause or the word right after it
    (2024年，某县将扎实干好“十件民生实事”; 某县政府2020年将为民办好15件民生实事). None when none does, or
    when they name different years (a page reviewing a past year says what was done, and names no
    such year)."""
    years: set[int] = set()
    end = text.find("。", _REPORTED_PLAN_REACH)
    spans = [(0, end if 0 <= end < 2 * _REPORTED_PLAN_REACH else min(len(text), 2 * _REPORTED_PLAN_REACH))]
    if "将" in text or "要" in text or "计划" in text or "拟" in text:
        at = 0
        for line in text.split("\n"):
            # (not a section's heading, 二、2024年要抓好…, nor a table's row of cells)
            if at >= spans[0][1] and len(line) <= _HEADLINE_MAX and _WILL.search(line) \
                    and not any(c in line for c in "，。；！？|｜") and _YEAR_DIGITS.search(line) \
                    and not _HEADING_MARK.match(line.lstrip()).end():
                spans.append((at, at + len(line)))
            at += len(line) + 1
    for a, b in spans:
        for m in _YEAR.finditer(text, a, b):
            if m.group("pre") not in (None, "在") or m.group("base") or m.group("post") not in _ANNOUNCED_POSTS \
                    or _CLAUSE_AFTER_YEAR.match(text, m.end()) is None and text[m.end():m.end() + 1] != "，":
                continue  # a base, a horizon (到2025年), a start (2019年以来), a date (2024年5月), 2024年的
            before = text[m.start() - 1:m.start()]
            if m.group("pre") == "在" and before in ("将", "要"):
                years.add(_year_of(m))  # 某省将在2020年着力办好…
                continue
            if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()) or before and before not in _CLAUSE_OPENERS \
                    and _WILL.match(text, m.end()) is None:
                continue  # a title's year (转发…2024年度课题计划的通知), or one inside words (对2020年政府工作报告…)
            stop = _SENTENCE_BREAK.search(text, m.end(), b)
            will = _WILL.search(text, m.end(), stop.start() if stop else b) \
                or _SETS_OUT_GOALS.search(text, m.end(), min(stop.start() if stop else b, m.end() + _GOALS_REACH))
            if will and _YEAR_DIGITS.search(text, m.end(), will.start()) is None \
                    and _OBJECT_WILL.match(text, will.start(), stop.start() if stop else b) is None:
                years.add(_year_of(m))
    return years.pop() if len(years) == 1 else None


#: 今年 opening a clause as the time of what will be done (今年，某市将…), not a span up to now (今年以来).
_THIS_YEAR_OPENING = re.compile(r"今年(?!以来|上半年|前|一季度|1[-—－至]|[0-9])")


def _announces_this_year(text: str) -> bool:
    """Whether a dated page's opening sentence (within its first :data:`_REPORTED_PLAN_REACH` characters) opens
    a clause with 今年 and says in that sentence what will be done (今年，济宁市将…新建…40万亩。): the page sets
    out its year's plan, so a figure no phrase of its own dates is due in that year, in a later paragraph too
    (…每个县至少建设1处“万亩示范片”)."""
    at = text.find("今年", 0, _REPORTED_PLAN_REACH)
    while at >= 0:
        if (at == 0 or text[at - 1] in _CLAUSE_OPENERS) and _THIS_YEAR_OPENING.match(text, at):
            stop = _SENTENCE_BREAK.search(text, at)
            end = stop.start() if stop else len(text)
            will = _WILL.search(text, at + 2, end)
            if will and _OBJECT_WILL.match(text, will.start(), end) is None:
                return True
        at = text.find("今年", at + 2, _REPORTED_PLAN_REACH)
    return False


def _sole_year(text: str) -> int | None:
    """The one year an undated page without title names, when it names no other and opens a clause
    with it as the time of a figure (一是…；2022年新创产业园区3个，…): an excerpt of that year's plan,
    whose figures before that clause are due in it too. None when the page names another year, a
    date (2022年5月), a base (比2022年) or a start (2022年以来) with it."""
    found = _years(text)
    if not found or any(y != found[0][1] for _, y, _, _ in found):
        return None
    opens = False
    for at, _, pre, post in found:
        if pre is not None or post is not None or text[at + 5:at + 6].isdigit() or text[at:at + 4] != str(found[0][1]):
            return None
        if at == 0 or text[at - 1] in _CLAUSE_OPENERS:
            # (the year of a figure its sentence sets, not a vision's: 2035年，…国土空间格局基本形成。)
            stop = _SENTENCE_BREAK.search(text, at + 5)
            opens = opens or _DIGIT.search(text, at + 5, stop.start() if stop else len(text)) is not None
    return found[0][1] if opens else None


def _preamble_year(text: str, doc_year: int | None) -> int | None:
    """The year of a page without title as its opening sentence gives it, when that sentence
    makes the document (根据《2023年政府工作报告》…和我市2023年预算编制情况，…制定…若干政策。) and
    names one year only: the year its figures are due in. A sentence that names no year but
    breaks a work report down (现将《政府工作报告》提出的重点工作任务予以分解) gives the document's
    own year ``doc_year``, as a work report's title does. None otherwise."""
    end = text.find("。", 0, _REPORTED_PLAN_REACH)
    if end < 0 or _MAKING_ITSELF.search(text, 0, end) is None:
        return None
    years = {y for _, y, pre, post in _years(text[:end]) if pre not in _COMPARING and post not in _NOT_DUE}
    if not years and _WORK_REPORT.search(text, 0, end):
        return doc_year
    return years.pop() if len(years) == 1 else None

#: One year's work a notice is about, at the end of its matter or title (抓好2022年粮食生产工作, 关于做好2023年
#: 秋冬季造林工作的通知): the year its figures are due in. Not a year a word of review stands right before
#: (通报2022年…工作, 总结, 考核, 表彰…; a review word after the year, 开展2021年度…考核工作, is not looked
#: for), nor a year that opens a span (2021年以来).
_YEAR_WORK = re.compile(
    r"(?<!通报)(?<!总结)(?<!考核)(?<!检查)(?<!评估)(?<!表彰)(?<!表扬)(?<!奖励)(?P<y>(?:19|20)\d{2})\s*年度?"
    r"(?![以起])[^，。；\d《》]{0,16}?工作(?:的(?:通知|意见|决定))?$"
)
#: The matter a notice or an announcement sets out, in its opening (现将2025年牧草返青期休牧工作有关事项公告如下).
_SETS_OUT = re.compile(r"现[将就](?P<what>[^。；：\n]{2,60}?)(?:通知|公告|通告|明确|公布)如下")


def _matter_year(text: str) -> int | None:
    """The year of the matter a notice's or an announcement's opening sets out (现将2025年…休牧工作有关事项
    公告如下; 现就抓好2022年粮食生产工作通知如下), when it is one year's plan or work, as an annual plan's
    title names it; None otherwise."""
    m = _SETS_OUT.search(text, 0, REPORT_OPENING_REACH)
    if m is None:
        return None
    annual = _TITLE_ANNUAL.search(m.group("what")) or _YEAR_WORK.search(m.group("what"))
    return int(annual.group("y")) if annual else None


#: A report on part of a year (2024年县政府半年工作总结, 2023年上半年工作情况报告, 2021年1-6月…总结): what it plans
#: for the rest of the year (下半年，力争全年…; 二、下半年工作打算) is due in that year.
_TITLE_PART_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年度?[^，。\d]{0,12}?(?:半年|前三季度|[一二三]季度|1\s*[-—－至~～]\s*\d{1,2}\s*月)"
    r"[^，。\d]{0,16}?(?:总结|报告|情况)"
)
#: 我 as a person speaking for themself (我感到, 作为四川人，我…), not a body (我们, 我市, 我国, 我区, 我局…).
_PERSONAL_I = re.compile(r"我(?![们市省国区县镇乡村局委厅院部司处州盟旗校])")
#: The most characters a quotation is looked through for its speaker's 我.
_QUOTE_MAX = 200


def _speaks_personally(text: str, opening: int, at: int) -> bool:
    """Whether the quotation opened at ``opening`` (its “) that holds ``at`` is a person's own remark: its
    words, up to its ” within :data:`_QUOTE_MAX` characters, say 我 of the speaker (:data:`_PERSONAL_I`).
    A figure in it is what someone said in an interview, no goal the text sets."""
    close = text.find("”", at, opening + _QUOTE_MAX)
    return close >= 0 and "我" in text[opening:close] and _PERSONAL_I.search(text, opening, close) is not None


#: A part of a report that reviews a year (一、2025年工作回顾, 2023年工作回顾): the report is given in the year after.
_REVIEWED_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:[\u4e00-\u9fff]{0,4}工作)?回顾")
#: A work report's year in its title (某市2025年政府工作报告): the year it is delivered in.
_TITLE_REPORT_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年[^，。\d]{0,12}?工作报告")
#: The year of an edition of measures, which holds for that year: 若干政策举措（2025年版）, （2019年本）,
#: （2018年修订）, （2020年修正本）.
_EDITION = r"年(?:版|本|修订|修正)本?"
_TITLE_EDITION = re.compile(rf"[（(](?P<y>(?:19|20)\d{{2}})\s*{_EDITION}[）)]")
#: A yearly average is a recurrence only as a rate of change (年均增长7%, 年均下降, 年均新增); 年均 in a
#: measure's name (PM2.5年均浓度, 年均值) names a level, reached once, and so does a mean of what falls (年平均降尘量,
#: 年均降水量: 降 of dust or rain, no fall of the measure).
_YEARLY_CHANGE = r"[增提减递升]|降(?![尘水雨雪])|下降|上升|复合|新增"
_ANNUAL = re.compile(rf"每年度?|全年|年均(?={_YEARLY_CHANGE})|年(?<![\d〇零一二三四五六七八九十上]年)度|逐年")
#: A modal of obligation before 达到, right before a minimum (巡河时间需要达到|5分钟以上, 应达到|3次以上): what a
#: rule requires, when nothing dates it; not a plan's binding words (必须达到, 确保达到).
_REQUIRED_LEVEL = re.compile(r"(?:需要|(?<!必)须|(?<!必)需|应当?)达到\s*$")
#: 全年, then the verb of a duty, right before its count of times (全年考核|4次).
_YEAR_TIMES = re.compile(r"全年(?:至少|不少于)?[\u4e00-\u9fff]{0,6}\s*$")
#: A year (not a dated one: 2024年度) a count of times at least is set in (全年不少于|4次, 年内至少|1次).
#: The points of a scored item (（8分）, 扣1分, 得0.5分): not a time (分钟) nor a share (三分之一).
_POINTS = re.compile(r"\d\s*分(?![钟之])")
#: How far before its count of times a clause stating the duty on its own may reach (…专项整治活动，|全年不少于4次).
_DUTY_BEFORE_REACH = 40
_YEAR_AT_LEAST = re.compile(r"全年|(?<![\d〇零一二三四五六七八九十])年[内度]")
#: A colon head of a grant, opening the list of the amounts it gives (政府分类补助为：, 奖励标准如下：).
_GRANT_LIST_HEAD = re.compile(rf"{_GRANT_WORDS}(?:标准|金额|资金)?(?:如下|为)[：:]")
#: The mark of a yearly recurrence that 全年 in a sentence naming a half of the year is not.
_EVERY_YEAR = "每年"
#: The plan of one year (年度计划投资, 年度投资计划; 当年计划 names its year already): a figure it sets is due in that
#: year, no yearly duty; its 年度 makes no recurrence (每年度计划… does).
_YEARS_PLAN = re.compile(r"年度[\u4e00-\u9fff]{0,2}?计划")
#: Adverbs whose scope is the whole sentence (全年实施…，完成…); 年度投资 is a noun's.
_ANNUAL_SENTENCE = re.compile(r"每年度?|全年")
#: A 年 that makes a flow annual inside an indicator (年体检人数, 年科研经费), not 老年, 年底, 2024年, nor
#: 年内 (within this year: a deadline) or 常年 (all year round: a level held, 常年存栏), nor 年均/年平均 (a mean
#: over the year: a level, 年平均降尘量) unless a yearly change follows.
#: The look-behind comes after the 年 it tests (the pattern opens with a literal: the engine
#: skips other characters in C).
_ANNUAL_PREFIX = re.compile(
    r"年(?<![\d〇零一二两三四五六七八九十百千今明去当上下本同历老青少中成周半多每常]年)"
    rf"(?!轻|龄|限|底|末|初|前|后|内|级|代|份|会|鉴|金|薪|化|来|平?均(?!{_YEARLY_CHANGE}))(?=[\u4e00-\u9fff])"
)
_ASPIRATIONAL = re.compile(ASPIRING)
#: The year before a 年是 (2025 年是…): matched at the end of the few characters in front of it.
_YEAR_BEFORE_IS = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?$")
#: What ends the predicate of a 年是 sentence.
_PREDICATE_END = re.compile(r"[，。；！？\n]")


def _stated_year(text: str) -> int | None:
    """The year a text says it is in, for a page that carries no date or dated title:
    ``2025年是“十四五”规划的最后一年``, ``2023年是…开局之年`` (a year that ``是`` some kind of
    year). None when no such sentence stands, or when they name different years."""
    years: set[int] = set()
    at = text.find("年是")
    while at >= 0:
        m = _YEAR_BEFORE_IS.search(text, max(0, at - 6), at)
        if m:
            end = _PREDICATE_END.search(text, at + 2, at + 80)
            if "年" in text[at + 2:end.start() if end else at + 80]:
                years.add(int(m.group("y")))
        at = text.find("年是", at + 2)
    return years.pop() if len(years) == 1 else None


_BINDING = re.compile(r"确保|必须|务必|坚决|严格控制")
#: The three kinds of marks in one pattern of literal words, told apart by their first character.
_MARKS = re.compile("|".join(p.pattern for p in (_ASPIRATIONAL, _BINDING, _ANNUAL_SENTENCE)))
#: Where a mark's kind stands in :meth:`_Context.last_marks`' answer (aspiring, binding, yearly).
_MARK_KIND = {**dict.fromkeys("力争努", 0), **dict.fromkeys("确必务坚严", 1), **dict.fromkeys("每全", 2)}
_NO_MARKS = (-1, -1, -1)
#: The tiers a level is named by before 级 (国家级, 省级, 部级, 世界级).
_LEVEL_TIERS = "国家|省|市|县|区|镇|乡|村|部|国际|全国|世界"
_LEVEL_ONLY = re.compile(rf"(?:{_LEVEL_TIERS})?(?:级|级以上|级及以上)?|[\u4e00-\u9fff]{{1,2}}级")
#: Verbs that steer an indicator rather than name it (实现分流制…满管率低于50%).
_CONTROL_VERB = re.compile(r"^(?:对于|对|使|让|按|实现|推动|推进|落实|引导|围绕|促进|力争|争取|确保|要求)+")
_CONTROL_FIRST = frozenset("对使让按实推落引围促力争确要")  # first characters of its words
#: Indicators that only repeat a predicate, with no subject (table cells: 100%全覆盖).
_EMPTY_INDICATOR = frozenset(("全覆盖", "全部", "达标", "完成", "实现", "以上", "以下", "左右", "覆盖", "目标", "任务", "要求"))
_HEAD_VERBS = re.compile(r"^(?:全市|全区|全省|全县|累计|新增|新建|建设|建成|培育|创建|打造|引进|认定|新认定)+")

#: A limit passed, named between the limit word and the time by which it is passed (仍超过办理时限|5个工作日的):
#: a trigger a rule sets, ``>`` the time.
_OVER_LIMIT = r"(?:超过|超出)[\u4e00-\u9fff]{0,4}(?:时限|期限)"
_OVER_LIMIT_BEFORE = re.compile(_OVER_LIMIT + "$")
#: A period a rule names right after its length (缴费后60天|为等待期, 3个月为观察期): the time amount is its value.
_PERIOD_NAMED_AFTER = re.compile(r"(?:为|作为)[\u4e00-\u9fff]{1,4}期(?![\u4e00-\u9fff])")
#: A duration named before its value (实习时间一般为, 办理时限: ), or a public notice's (张榜公示3天, 公告7日),
#: or a limit the time passes it by (:data:`_OVER_LIMIT`): a time amount after it is a rule.
_DURATION_BEFORE = re.compile(
    rf"(?:时间|期限|时限|周期|年限|期)(?:一般|原则上|最长|最短)?(?:为|是|{RAISED_TO}|{SHORTENED_TO}|[：:])$|公示$|公告$"
    rf"|{_OVER_LIMIT}$"
)
#: The word of a basis a sum is computed on (按6个月的…确定, 按照3个月的工资发放): a time amount after it
#: is the rule's figure, no period things take.
_COMPUTED_ON = re.compile(r"按照?$")
#: How far before a time amount a fee rule's 按 may stand (see :data:`CHARGING_VERBS`).
_CHARGED_REACH = 20
_BASIS_LAST = frozenset("按照")
_JOINER = re.compile(r"[和及与、或]?")
_STANDARD_SUBJECT = re.compile(r"^(?:现在|目前)?(?:将|把)?(?:我市|本市|全市|我省|本省|全省|我区|本区)?")  # (现在…标准为: now)
#: The verbs of a change (增长, 下降 …): what changes is named before them.
_CHANGES = "增长|提高|下降|降低|增加|减少|提升"
_EACH = re.compile(rf"均(?<![日年月人户]均)(?:达到|达(?![\u4e00-\u9fff])|不低于|不少于|不超过|不高于|超过|在|为|{_CHANGES})")
#: The change items share at the end of an indicator (…纯收入均增长).
_EACH_CHANGE = re.compile(rf"均({_CHANGES})$")
#: A change verb ending an indicator that 分别 pairs with several figures (化学需氧量、氨氮排放总量下降).
_CHANGE_END = re.compile(rf"(?:{_CHANGES})$")
_CLAUSE_OPEN = re.compile(r"[，：]$")
#: A figure inside a counted noun, with its unit and bound, then 的 and the head it qualifies (建成20个年接待游客|300万人次以上的
#: 大景区和…): matched at the figure, the head ending before the next item.
_QUALIFIED_HEAD = re.compile(r"[\d.]+[^\d，。；、的]{0,6}?的[^，。；、\d和及与]{1,12}")
_QUANTIFIER = re.compile(r"(?:全部|均(?<![日年月人户]均)|都|分别)(?=[\u4e00-\u9fff])")  # (人均: a per-head noun, no quantifier)
# The look-behind after the verb (one character before it): the match opens with a literal.
_INNER_VERB = re.compile(r"(?:实现|完成)(?<=[\u4e00-\u9fff”）]..)(?=[\u4e00-\u9fff“]{2})")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")  # two Chinese characters
_NOT_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z]")
#: Conjunctions between the items of an indicator, not the same characters inside words
#: (普及率, 参与率, 和谐).
_CONJUNCTION = re.compile(r"以及|、|(?<![普涉顾危])及(?![时早格])|(?<![参给授])与|(?<![缓调饱温总])和(?![谐平睦美])")
#: Last characters of an item that names a quantity of its own (服务率, 增加值, 投资, 收入).
_QUANTITY_ENDS = frozenset("率额量数值资入积比度费价耗幅")
#: A measure written once after the last of the things it measures (二氧化硫和氮氧化物|排放总量, 煤炭和
#: 石油|消费量): the way of measuring, then the quantity; a scope of key projects or sectors may open it
#: (氨氮|重点工程减排量: the key projects' reduction of each).
_ACTIVITIES = "排放|减排|消耗|消费|使用|产生|削减|利用|处置"
_SHARED_MEASURE = re.compile(
    rf"(?:重点[\u4e00-\u9fff]{{2}})?(?:{_ACTIVITIES})(?:总量|量|强度)|(?:平均)?浓度"
    r"|(?:增加值|总产值|营业收入)(?!率)"  # (文化产业、旅游业|增加值占GDP比重: sectors measured alike)
)
#: An item ending in an activity measured (能源消耗, 二氧化碳排放): it names what a change is of, as a quantity does.
_ACTIVITY_END = re.compile(rf"(?:{_ACTIVITIES})$")
#: The measure at the end of an indicator, after the way it is measured (天然气|消费量, 粮食|播种面积).
_HEAD_MEASURE = re.compile(rf"(?:{_ACTIVITIES}|播种|种植)?{MEASURE_NOUN.pattern}")
#: The output an intensity is per, opening the first item of a list (单位国内生产总值|能源消耗和二氧化碳排放, 万元GDP|…):
#: the head every item shares.
_INTENSITY_FIRST = frozenset("单每万")
_INTENSITY_HEAD = re.compile(r"(?:单位|每万元|万元)(?:国内|地区)?(?:生产总值|GDP|工业增加值|增加值)")
#: Nouns that open the head short conjuncts share (高血压和2型糖尿病|患者规范管理服务率,
#: 城镇和农村|居民人均可支配收入): the people or bodies a rate or an amount counts.
_SHARED_HEAD = re.compile(
    r"患者|居民|人口|人员|儿童|学生|老年人|老人|妇女|孕产妇|职工|农户|家庭|群众|用户|企业|单位|机构|学校|医院"
)
#: The last conjunction of a span (…通道和|至日本): where the next item of a list of figures opens.
#: (及 and 与 ending a word are none: 涉及, 普及, 波及, 顾及, 危及, 参与, 给与; nor 及 opening 及时)
_LAST_JOINT = re.compile(r"(?:以及|和|(?<![涉普波顾危以])及(?!时)|(?<![参给])与)(?!.*(?:以及|和|及|与))")
_ANY_DIGIT = re.compile(r"[0-9０-９]")
#: A conjunction closing the words after a figure, which opens the next item of its list (8个灯光球场|及|2.2公里…):
#: not the end of a word (涉及, 惠及, 饱和); not 与, which as often names a partner of the verb after (1名“黄马夹”与|2名
#: 居委干部配合).
_ITEM_JOINERS = ("及", "和")
_ITEM_JOINT_END = re.compile(r"(?:以及|(?<![涉普波顾危惠遍提触])及|(?<![缓调饱温总])和)$")
_HEAD_END = re.compile(rf"(?:{_SHARED_HEAD.pattern})$")
#: A share written once after the last of short items (宜居乡镇、建制村|比例), and how long those items are.
_SHARED_RATIO = frozenset(("比例", "比重", "占比"))
_SHORT_ITEM = 5

# Separators: clause ends, sentence ends.
_CLAUSE_END_CHARS = "，。；：！？\n|｜│"  # a table cell's border ends its clause and sentence too (│ drawn with box characters)
_SENTENCE_END_CHARS = "。；！？\n|｜│"
# Spans whose numbers are names, titles or asides (a bracket may hold brackets: its runs of
# other characters are taken whole, and only its closing bracket may end one).
_MASKED = re.compile(
    r"“[^“”\n]{0,40}”|‘[^‘’\n]{0,20}’|《[^《》\n]*(?:《[^《》\n]*》[^《》\n]*)*》|〈[^〈〉\n]*〉"
    r"|（[^（）\n]*+(?:（[^（）\n]*+）[^（）\n]*+)*+）|〔[^〔〕\n]*〕|【[^【】\n]*】"
)
#: A web address (…/%E7%90%86…: a percent-encoded character is no share), masked too; scanned apart, in
#: the few texts that hold one (an alternative of _MASKED would double the scan of every text). One
#: scan led by the literal h and one by w (:class:`~policykg.extract.scan.LedRegex`), each skipping
#: to its letter in C, cost less than one led by the class of both letters, tested at every character.
_WEB_ADDRESS = LedRegex("hw", r"(?:(?<=h)ttps?[:：]//|(?<=w)ww\.)[!-~]+")
#: A web page's tag line (关键词：十四五规划 新增学位5万个 …, 關鍵詞: …): words listed for search, no clause, so its
#: figures state nothing; masked as a web address is, to the line's end or its first clause mark (a line
#: the text joined after it is no tag).
_TAG_LINE = re.compile(r"^[ \t\u3000]*(?:关键词|关键字|關鍵詞|關鍵字)[ \t\u3000]*[：:][^\n，。；！？]*", re.M)
#: The words of :data:`_TAG_LINE` one of which a text must hold for it to be scanned (the cheap test first).
_TAG_WORDS = ("关键", "關鍵")
#: :data:`~policykg.extract.target_rules.POINTS` as a whole-text scan: one regex per verb, led by it.
_POINTS_SCAN = LedRegex(POINTS_VERBS, POINTS_AFTER_VERB)
_PAREN = re.compile(r"（[^（）\n]*）")
_ASIDE = re.compile(r"（(?:含|不含|包括|包含|以下简称|简称)[^（）\n]*）")
_STRIP_EDGE = "，、和及与或等的—－-"  # a list dash too (——国内生产总值增长13%)
_STRIP_EDGE_SPACE = _STRIP_EDGE + " "
_CLOSING_QUOTES = "”’」』"  # the marks closing a quote, which a figure may end (…达到80岁左右”)
#: Brackets at the start of an indicator: a note or owner bracket of the clause before, an item marker.
_LEADING_BRACKETS = re.compile(r"(?:（[^（）\n]*）\s*)+")


@dataclass(slots=True)
class _Qty:
    """One number with its unit, as found in the text."""

    start: int
    end: int
    num_start: int
    value: float
    value_max: float | None
    unit: str
    kind: str
    comparator: str
    cn: bool
    pre_len: int  # characters of a limit word just before the number
    limit_after: bool  # a limit word of :data:`POST_WORD` (以上, 以内 …) ends it


#: The items of a bracket: parts between its commas and 、.
_BRACKET_ITEM = re.compile(r"[^，、；（）]+")
#: A count of items alone, as a heading closes with it: （8项）, （12条）.
_TALLY = re.compile(r"\d{1,3}\s*[项条件个]")


#: A figure that ends right before a bracket (2.5万只（…): its unit and no more after its number.
_FIGURE_BEFORE = re.compile(r"(?<![0-9.])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<u>[^0-9.，、；：（）\s]{1,12})$")
#: The first characters of a bracket that notes on the figure before it (（含10万元）, （不含6亩）, （即…）, （约…）).
_NOTE_FIRST = frozenset("含不包即约合折共计")
#: What stands in a bracket before its first figure (（新引进0.85万只: 新引进).
_DIGITS_BEFORE = re.compile(r"[^0-9，。；）]*")


def _splits_figure(text: str, a: int, b: int) -> bool:
    """Whether the bracket ``text[a:b]`` follows a figure, after its unit and any noun, and counts in that
    unit (新增奶羊2.5万只（新引进0.85万只，自繁1.65万只）, 1963个项目（3889个小区）, 24个老旧小区项目（56个小区）):
    the parts of the figure or the same work counted another way, a breakdown of what the figure sets, no
    rule of its own."""
    unit = _FIGURE_BEFORE.search(text, max(0, a - 20), a)
    if unit is None or text.find("、", a, b) >= 0 or text[a + 1] in _NOTE_FIRST \
            or text.startswith(unit.group("n"), a + 1 + len(_DIGITS_BEFORE.match(text, a + 1).group())):
        # (9个（嘉定新城5个、其他区域4个）: where the total lies, an aside as _is_bracket_rule finds; 6亩以下
        # （不含6亩）, 10万元（含10万元）, 5个（共5个）: a note on the figure, which restates it)
        return False
    u = unit.group("u")
    k = _UNIT_PREFIX.match(u)
    k = k.end() if k else 0
    u = next((u[:n] for n in range(len(u), k, -1) if u[k:n] in _ALL_UNITS), "")  # 个项目 → 个, 万只 → 万只
    at = text.find(u, a, b) if u else -1
    while at >= 0:
        if text[at - 1] in _DIGITS:
            return True
        at = text.find(u, at + 1, b)
    return False


#: A code of figures joined by + in quotes, right before a bracket (“35+15+30”（…）).
_CODE_BEFORE = re.compile(r"“(?P<code>[0-9]+(?:[+＋][0-9]+)+)”$")
_CODE_REACH = 24


def _spells_code(text: str, a: int, b: int) -> bool:
    """Whether the bracket ``text[a:b]`` spells out the quoted code of figures right before it, item by item
    (“35+15+30”（35条商务航线、15条货运航线、30条文旅航线）): each of its 、 items opens with the code's figure
    in turn and counts what it names, targets as a list written out is; the code itself is a name."""
    code = _CODE_BEFORE.search(text, max(0, a - _CODE_REACH), a)
    if code is None:
        return False
    figures = re.split("[+＋]", code.group("code"))
    items = text[a + 1:b - 1].split("、")
    return len(items) == len(figures) and all(
        item.startswith(f) and item[len(f):len(f) + 1] not in _DIGITS and item[len(f):len(f) + 1] != "."
        for item, f in zip(items, figures, strict=True))


def _is_bracket_rule(text: str, a: int, b: int) -> bool:
    """Whether the bracket ``text[a:b]`` states quantified rules: every item of it holds a
    number (（5个工作日）, （区域面积1000平米以上）, （pH值6-7，有机质50g/kg）), not an aside or
    a list of conditions some of which hold none (（…购置的、单台（套）价值在30万元及以上的）).
    A year or a document number alone (（2024—2026年）, （沪府办发〔2024〕3号）) is no rule."""
    if b - a > 80 or _DIGIT.search(text, a, b) is None:
        return False  # most brackets are asides without a figure
    inner = text[a + 1:b - 1]
    if not inner or any(c in inner for c in "（〔、号") or text[b:b + 1] == "、" or inner[0] in "共含":
        return False  # a breakdown (（嘉定新城5个、其他区域4个）, （共118项）) or a document number
    if text[b:b + 1] in ("\n", "") and _TALLY.fullmatch(inner):
        return False  # 一、…牵头工作（8项）: how many items the part a heading opens holds
    tally = _TALLY.search(inner)
    if tally and tally.end() == len(inner) and DOCUMENT_PART.search(inner, 0, tally.start()):
        return False  # …方面（分解任务15项）: how many of the document's items a part holds
    if "）、" in text[max(0, a - 40):a]:
        return False  # 嘉定老城特定区（3.92平方公里）、…（12.37平方公里）: the sizes of a list of names
    figure = _FIGURE.search(inner)
    if figure and (before := _FIGURE.findall(text, max(0, a - 30), a)) and before[-1] == figure.group():
        return False  # 新建8个村庄公厕（8个村庄公厕均列入省任务）, 6亩以下（不含6亩）: a note on the figure before
    if figure and figure.start() == 0 and _restates(text, a, inner):
        return False  # 要大于96小时（4天）: the figure before in another unit, an aside
    items = _BRACKET_ITEM.findall(inner)
    # A number with its unit in each item, or a bare figure of a measure named in it (pH值6-7).
    return bool(items) and all(_DIGIT_UNIT.search(item) or _NAMED_FIGURE.search(item) for item in items)


#: The marks of a band a bracket may hold: a limit word or a range's joint (（21年以上）, （1—10年生）).
_BAND_MARKS = ("以上", "以下", "—", "-", "～", "~", "至")
#: What may follow a class's bracket up to the figure set for the class, in the clause (…）|平均每株补偿|11元).
_FIGURE_FOR_CLASS = re.compile(r"[^，。；：\n（）0-9]{1,12}[0-9]")


def _class_band(text: str, a: int, b: int) -> bool:
    """Whether the bracket ``text[a:b]`` holds the band of age or size that defines the class named before it, and
    a figure set for that class follows in its clause (成熟林（21年以上）平均每株补偿11元): the class's label, no rule."""
    return "\u4e00" <= text[a - 1:a] <= "\u9fff" and any(mark in text[a + 1:b - 1] for mark in _BAND_MARKS) \
        and _FIGURE_FOR_CLASS.match(text, b) is not None


#: A figure with its unit and nothing else: what a bracket restating the figure before it holds (（4天）).
_LONE_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?P<unit>[^0-9.，、；：（）\s]{1,4})")


def _restates(text: str, a: int, inner: str) -> bool:
    """Whether the bracket at ``a`` holding ``inner`` restates the figure right before it in another unit of
    the same kind (96小时（4天）, 5公里（5000米）): one figure alone, and a figure of that kind just before."""
    lone = _LONE_FIGURE.fullmatch(inner)
    if lone is None or not lone.group("unit").startswith(tuple(_ALL_UNITS)):
        return False
    before = _FIGURE_BEFORE.search(text, max(0, a - 20), a)  # (96小时|（4天）: its unit right before the bracket)
    if before is None or len(before.group("u")) > 4:
        return False
    kind_before, kind = _unit_parts(before.group("u"))[2], _unit_parts(lone.group("unit"))[2]
    return kind_before == kind and kind != "count"


#: A digit followed by a unit's first character: what every item of a bracket rule holds.
_DIGIT_UNIT = re.compile(rf"[0-9](?:\.[0-9]+)?[{_UNIT_FIRST}]")
_NAMED_FIGURE = re.compile(r"值\d")
#: A figure with the first character of its unit (8个, 6亩, 1.5万): what a note restating it repeats.
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?[^0-9.，、；：（）\s]")
#: The characters a number the masks are asked about starts with: a figure's first digit or numeral
#: (:data:`QUANTITY`, the scores), the 百/千 of a share spelled out (百分之五).
_NUMBER_FIRST = re.compile(r"[0-9一二两三四五六七八九十百千]")
_DIGIT = re.compile(r"[0-9]")  # normalised text: every decimal digit is ASCII (\d asks the Unicode database)


#: A named part of a total with a figure of its own, opening a bracket after the total (（含节能示范户54000户）);
#: not a bound the total includes (（含1倍）, （包括10万立方米）) nor a note without a figure (（含浮桥）).
_INCLUDED_PART = re.compile(r"(?:含(?!义)|包括)[\u4e00-\u9fff“”]{2,}?[0-9]")  # (（含义见第3条）: no part)


#: A threshold of a class: a figure and its unit, then 及以上 / 及以下 (3次及以上, 30万吨及以下).
#: A time in Chinese numerals or 半 is one too (签订一年及以上劳动合同); no other unit (二类及以上 is a grade).
_CLASS_BOUND = re.compile(rf"(?:[0-9](?:\.[0-9]+)?[{_UNIT_FIRST}]|(?:{CN_NUMBER}|半)(?:{word_trie(_TIME_UNITS)}))"
                          rf"[^0-9，、；：“”（）]{{0,3}}?及以[上下]")
#: What ends an item of a bracket: its punctuation, or a quote closing the example before it.
_ITEM_EDGE = "，、；：”（）"


def _bounded_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the items of the bracket ``text[a:b]`` that bound a class by a threshold (一个自然月中
    受到行政处罚3次及以上 | 致3人及以上死亡), in order; [] when none does. A list of attributes closed by
    的 (（…购置的、…活动的、单台（套）价值在30万元及以上的）) says which things a measure covers: none."""
    return _items_holding(_CLASS_BOUND, text, a, b)


#: A threshold a limit word opens: 不低于6个月, 不少于3次, 不超过2年, 不得低于80%, 不宜少于6名.
_LIMITED_BOUND = re.compile(rf"{_NEGATED_LIMIT}[0-9]+(?:\.[0-9]+)?[{_UNIT_FIRST}%]")


def _limited_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the items of the bracket ``text[a:b]`` that set a threshold by a limit word before
    its figure (持证经营（…，每年累计营业不少于8个月；剩余使用年限不低于5年）的园区: the standards a thing
    must meet to be counted), in order; [] when none does, or when the items are attributes closed by 的."""
    return _items_holding(_LIMITED_BOUND, text, a, b)


def _items_holding(pattern: re.Pattern[str], text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the items of the bracket ``text[a:b]`` (apart by :data:`_ITEM_EDGE`) in which ``pattern``
    matches, in order, each once; [] when none does, or when an item is an attribute closed by 的."""
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text, a + 1, b - 1):
        x = max(a + 1, max(text.rfind(c, a + 1, m.start()) for c in _ITEM_EDGE) + 1)
        ends = [k for k in (text.find(c, m.end(), b) for c in _ITEM_EDGE) if k >= 0]
        y = min(ends) if ends else b - 1
        if text[y - 1] == "的":
            return []
        if not out or x >= out[-1][1]:
            out.append((x, y))
    return out


def _with_spans(starts: list[int], ends: list[int], spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, non-overlapping spans (``starts``, ``ends``) with ``spans`` added, touching ones joined."""
    if not spans:
        return starts, ends
    out_s: list[int] = []
    out_e: list[int] = []
    for a, b in sorted([*zip(starts, ends, strict=True), *spans]):
        if out_e and a <= out_e[-1]:
            out_e[-1] = max(out_e[-1], b)
        else:
            out_s.append(a)
            out_e.append(b)
    return out_s, out_e


def _clock_time(text: str, colon: int) -> bool:
    """Whether the colon at ``colon``, between digits, parts the hour and the minutes of a time (2025-07-10 05：58,
    上午9：30): an hour of one or two digits up to 24, then two digits of minutes up to 59 that no digit or decimal
    point goes on from, where a time is read: after a date or a time word (日, 上午, 截至), or before the
    words a time is followed by (前, 时, a range's dash); not a ratio (2：8, 1：1.6, 30：70, 护理人员与床位配比达到1：50)."""
    hour = text[max(0, colon - 2):colon]
    if not hour[-1:].isdigit():
        return False
    hour = hour if hour.isdigit() and (colon < 3 or not text[colon - 3].isdigit()) else hour[-1]
    minutes = text[colon + 1:colon + 3]
    if not (minutes.isdigit() and text[colon + 3:colon + 4] not in _DIGITS and text[colon + 3:colon + 4] != "."
            and int(hour) <= 24 and int(minutes) <= 59):
        return False
    if text[colon + 3:colon + 4] in _CLOCK_AFTER:
        return True
    before = text[max(0, colon - len(hour) - 6):colon - len(hour)].rstrip()
    if before[-1:] in "至到":
        before = before[:-1]  # 9：00至|17：30: the end of a range of times (达到|1：50: no time before it)
    return before[-1:] in _CLOCK_BEFORE_LAST or any(w in before for w in _CLOCK_WORDS)


#: What ends the words right before a time: a date (2024年01月22日14：31, 2025-07-10 05：58), the hour of a
#: time with seconds (09：17：08), a range's dash (9：00-17：30).
_CLOCK_BEFORE_LAST = frozenset("日号0123456789：-—－~～")
#: Words a time follows (上午9：30, 截至12：00, 时间：…).
_CLOCK_WORDS = ("午", "晚", "早", "凌晨", "夜", "截至", "截止", "时间", "于", "从", "自")
#: What follows a time (12：00前, 9：30时, 9：00-17：00, 09：17：08).
_CLOCK_AFTER = frozenset("前时后起止至到-—－~～：")


class _Context:
    """Boundaries and masks of one document, computed once so each number is judged in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clause_ends, self.sentence_ends, colons = char_positions(text, _CLAUSE_END_CHARS, _SENTENCE_END_CHARS, "：")
        if colons and (ratios := {k for k in colons if 0 < k < len(text) - 1 and text[k - 1] in _DIGITS
                                  and text[k + 1] in _DIGITS and not _clock_time(text, k)}):
            # 比例为2：8, 床人比不低于1：1.6: a colon between two digits writes a ratio, no clause break
            self.clause_ends = [k for k in self.clause_ends if k not in ratios]
        # The spans come in text order and do not overlap: touching ones are joined.
        starts: list[int] = []
        ends: list[int] = []
        self.rule_brackets: list[int] = []  # where the brackets that state rules start
        self.rule_bracket_ends: list[int] = []  # and where they end
        self.breakdowns: list[tuple[int, int]] = []  # the spans of the brackets that break a total down (（其中…）)
        last = -1  # the end of the last span kept
        for m in _MASKED.finditer(text):
            a, b = m.span()
            if _NUMBER_FIRST.search(text, a, b) is None:
                # (most: 《关于…的通知》, （以下简称…）) no number starts in it, so it hides none and holds
                # no rule or breakdown; leaving it out joins no less of what a number may lie in (a number
                # never runs past a span's closing mark into the next)
                continue
            opening = text[a]
            if opening == "（":
                if b - a == 3 and text[a + 1] in _PAREN_UNIT_CHARS:
                    continue  # 名（个）: a unit, not an aside
                if text[a - 1] == "”" and _spells_code(text, a, b):
                    continue  # “35+15+30”（35条商务航线、15条货运航线、30条文旅航线）: the counts a code stands for
                if (text[a + 1] == "其" and text[a + 2] == "中" and _DIGIT.search(text, a, b)) or (
                        text[a + 1] in "含包" and _INCLUDED_PART.match(text, a + 1, b) is not None):
                    # 40万亩以上（其中…工程20万亩）, 任务110000户（含节能示范户54000户）: a breakdown of the
                    # total, read as its clause
                    self.breakdowns.append((a, b))
                    continue
                if text[a - 1] not in _DIGITS and _splits_figure(text, a, b):
                    self.breakdowns.append((a, b))  # (its figures are the total's kind: see find_targets)
                    continue
                if _is_bracket_rule(text, a, b) and not _class_band(text, a, b):
                    self.rule_brackets.append(a)
                    self.rule_bracket_ends.append(b)
                    continue  # （5个工作日）, （排放量小于200立方米的项目）: the rule itself, read as any clause
                if text.find("及以", a, b) > 0 and (bounded := _bounded_items(text, a, b)) or text.find("不", a, b) > 0 \
                        and (bounded := _limited_items(text, a, b)):
                    # 情节严重的违法违规行为（一个自然月中受到行政处罚3次及以上，包括…）: a bracket defining a
                    # class by a threshold; the items holding one are read as rules, the rest stays an aside
                    pieces, at = [], a
                    for x, y in bounded:
                        self.rule_brackets.append(x)
                        self.rule_bracket_ends.append(y)
                        pieces.append((at, x))
                        at = y
                    pieces.append((at, b))
                else:
                    pieces = [(a, b)]
            elif opening == "“" and text[a - 1:a] in _AMENDING_LAST and _AMENDING.search(text, max(0, a - 8), a + 1):
                continue  # 第八条修改为：“…距离必须大于30m以上”: the new text of an article, read as any clause
            elif opening == "“" and text[a + 1] in _DIGITS and text[b:b + 1] in _CLAUSE_END_MARKS \
                    and _GOAL_VERB.search(text, max(0, a - _GOAL_VERB_REACH), a) is not None:
                # 实现“100%网上受理、100%网上办结”。: the goal itself in quotes, figures the verb reaches and
                # closing the clause; not a name, which a noun follows (“15分钟社区生活圈”示范街镇)
                continue
            else:
                pieces = [(a, b)]
            for a, b in pieces:
                if a <= last:
                    if b > last:
                        ends[-1] = last = b
                else:
                    starts.append(a)
                    ends.append(b)
                    last = b
        if "//" in text or "www." in text:
            starts, ends = _with_spans(starts, ends, [m.span() for m in _WEB_ADDRESS.finditer(text)])
        if any(word in text for word in _TAG_WORDS):
            starts, ends = _with_spans(starts, ends, [m.span() for m in _TAG_LINE.finditer(text)])
        self.mask_starts = starts
        self.mask_ends = ends
        # Where the 力争 / 确保 / 每年 words of each sentence end: see last_marks.
        self._marks: dict[int, tuple[list[int], list[int], list[int]] | None] = {}

    def last_marks(self, sentence: tuple[int, int], pos: int) -> tuple[int, int, int]:
        """Ends of the last aspiring (力争), binding (确保) and yearly (每年) word of ``sentence``
        (its span) that end by ``pos``, each -1 where there is none.

        A sentence's words are found in one scan, on the first call for it (most sentences hold
        no number and are never asked, and most that are asked hold none of these words: they
        are answered at once): the three lists of words share no character, so no match of one
        hides a match of another, and none holds a separator, so a scan of the sentence finds
        what a scan of the whole text finds in it.
        """
        marks = self._marks.get(sentence[0], False)
        if marks is False:
            # One search settles the sentences without marks (most); the others are scanned
            # from their first mark.
            first = _MARKS.search(self.text, *sentence)
            marks = None
            if first is not None:
                marks = ([], [], [])
                for m in _MARKS.finditer(self.text, first.start(), sentence[1]):
                    marks[_MARK_KIND[self.text[m.start()]]].append(m.end())
            self._marks[sentence[0]] = marks
        if marks is None:
            return _NO_MARKS
        aspiring, binding, yearly = marks
        a, b, y = bisect_right(aspiring, pos), bisect_right(binding, pos), bisect_right(yearly, pos)
        return aspiring[a - 1] if a else -1, binding[b - 1] if b else -1, yearly[y - 1] if y else -1

    @staticmethod
    def _around(ends: list[int], pos: int, length: int) -> tuple[int, int]:
        k = bisect_left(ends, pos)
        start = ends[k - 1] + 1 if k > 0 else 0
        end = ends[k] if k < len(ends) else length
        return start, end

    def in_rule_bracket(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a bracket that states a rule (（5个工作日）)."""
        if not self.rule_brackets:
            return False
        k = bisect_right(self.rule_brackets, pos) - 1
        return k >= 0 and self.rule_bracket_ends[k] > pos

    def breakdown_at(self, pos: int) -> int:
        """Where the breakdown bracket (（其中…）) that holds ``pos`` starts, or -1."""
        for a, b in self.breakdowns:  # a handful in a document, most have none
            if a <= pos < b:
                return a
        return -1

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._around(self.sentence_ends, pos, len(self.text))


#: How long the name of the population a level per head is of may be before its 人口 (常住|人口每千人).
_POPULATION_NAME_MAX = 4


def _comparator(text: str, start: int, approx: str | None, unit: str, post: str | None) -> tuple[str, int]:
    """The comparator of a quantity starting at ``start`` from the limit words around it, and
    the length of the word before."""
    # Every limit word ends in one of these (the optional 在 too): most numbers have none.
    last = text[start - 1:start]
    if last in _PRE_LAST:
        pre = PRE_COMPARATOR.search(text, max(0, start - 6), start)
    elif last in "为是：:" and text.endswith(_CAP_IS, 0, start - 1) or last in "币元" and text.endswith(_CURRENCY_ENDS, 0, start):
        pre = PRE_COMPARATOR.search(text, max(0, start - _PRE_REACH), start)  # 上限为|…, 不超过港币|…
    else:
        pre = None
    pre_len = len(pre.group()) if pre else 0
    if post:
        return _POST_COMPARATOR.get(post, "="), pre_len  # 控制在1‰以内, 稳定在95%以上: the word after decides
    if approx or "余" in unit[:2] or "多" in unit[:2]:
        return ">", pre_len  # 800余万份, 100多家
    if not pre:
        # not adjacent: the indicator keeps its words (the pattern ends in 的, a cheap test first;
        # a share may follow its base directly: 调度量不少于备案总量50%)
        end = start
        if text[start - 1:start] == "）" and (k := text.rfind("（", max(0, start - _NOTE_REACH), start - 1)) > 0 \
                and text.find("）", k, start - 1) < 0:
            end = k  # 不超过总投资（不含土地费用…，下同）|40%: a note on the base stands between
        before = text[max(0, end - _SHARE_REACH):end]
        if before.endswith(("的", "的\n")):
            pre = _SHARE_OF.search(before)
        elif unit in ("%", "‰") and _SHARE_WORD_HINT.search(before):
            pre = _SHARE_OF_BARE.search(before)
        elif "少" in before and _AT_LEAST_VERB.search(before):
            return ">=", 0  # 每季度至少召开1次: the limit word before the verb bounds the count after it
        elif "超" in before[-8:] and _OVER_LIMIT_BEFORE.search(before):
            return ">", 0  # 仍超过办理时限|5个工作日: the time by which the limit named between is passed
        elif "最高" in before and _CAP_VERB.search(before):
            return "<=", 0  # 大病患者最高可报销40万元: the cap before the verb of paying bounds the sum after it
        elif "每" in before[-6:] and (per := _PER_UNIT.search(before)):
            pre = PRE_COMPARATOR.search(before, 0, per.start())  # 不得低于|每生每年|900元: the unit it is per between
            if pre is None and before.endswith("人口", 0, per.start()):
                # 均不低于|常住人口每千人|40平方米: the population it is per between as well
                for at in range(per.start() - 2, max(0, per.start() - 2 - _POPULATION_NAME_MAX) - 1, -1):
                    if pre := PRE_COMPARATOR.search(before, 0, at):
                        break
    return (_COMPARATOR_OF[pre.lastgroup or "approx"] if pre else "="), pre_len


@lru_cache(maxsize=1024)
def _unit_parts(unit_raw: str) -> tuple[str, str, str]:
    """``(unit, base unit, kind)`` of a unit as matched: ``万余元`` → ``("万元", "元", "measure")``."""
    unit = unit_raw.replace("余", "").replace("多", "")
    base = _UNIT_DECOR.sub("", unit)
    base = _UNIT_PREFIX.sub("", base) or base
    kind = _UNIT_KIND.get(base, "measure" if base in ("万", "亿") or not "\u4e00" <= base[:1] <= "\u9fff" else "count")
    if base in ("万", "亿"):
        kind = "measure"
    return unit, base, kind


#: The rest of an inequality chain after its lower bound: a mark, what is bounded, the next mark.
_CHAIN = re.compile(rf"[{CHAIN_MARKS}](?P<what>[^0-9，。；：、\n{CHAIN_MARKS}]{{1,12}})[{CHAIN_MARKS}]")
#: A sentence whose subject is a document named in book-title marks (《清单》和《目录》编号一一对应，共…), or the
#: text itself (全文, 本报告).
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:(?:本|该)?《[^《》\n]{1,40}》|全文|本(?:报告|文)(?:全文)?)")
#: The first characters of :data:`_DOCUMENT_SUBJECT` (the cheap test first).
_DOCUMENT_SUBJECT_FIRST = frozenset("本该《全")
#: A clause whose subject is such a document, then a verb of holding (《清单》共…, 本《办法》包括…): it
#: counts that document's parts; so do the clauses after it that break them down, and the count closing
#: the sentence after the parts it lists (全文包括总体情况，…，其他需要报告的事项6个部分。).
_DOCUMENT_COUNTS_ITSELF = re.compile(_DOCUMENT_SUBJECT.pattern + "(?:共|总共|共计|包括|包含|涵盖|分为)")
def _is_title(clause: str, squashed_title: str) -> bool:
    """Whether ``clause`` is (part of) the document's title, a page's column tag before it left out
    (【保基本民生】宣城市…关于2024年实施47项民生实事的通知)."""
    words = clause.strip()
    if words[:1] == "【" and (k := words.find("】", 1, 20)) > 0:
        words = words[k + 1:].lstrip()
    return words in squashed_title


#: After a count of items, the words that announce the list below, in its clause or the next (2024年我市实施47项
#: 民生实事，具体安排如下。; 2024年10个民生实事项目具体如下): the count is of the document's own list.
_LISTED_BELOW = re.compile(r"[^，,。；;：:\d\n]{1,12}?(?:[，,]具体|[，,])?[^，,。；;：:\d\n]{0,4}?如下")
#: What a notice does with the list its clause before counts (遴选出15个…城市，现|予公布): publishes it, so the
#: count is of the notice's own list.
_PUBLISHED_HERE = re.compile(r"(?:予以|予|将[^，。；]{0,16}?)(?:公布|公告|公示)")
_PARTS_GO_ON = ("分为", "其中", "包括", "含")
#: A sentence whose subject is the scope the document or its plan covers, then a verb of holding (本次规划范围包括
#: …（约28km2）两部分; 实施范围覆盖全市14个乡镇、街办; 规划范围：…): it describes the document as one counting its
#: parts does, unless it looks ahead (:data:`_AHEAD`: 到2025年，实施范围覆盖…). Only its first clause (the whole
#: sentence after a colon, which spells the scope out: 规划范围：东至…，总面积约12.5平方公里), and only figures no limit
#: word bounds: a bound draws the class of what a rule covers (本政策实施范围为年销售收入500万元以上的工业
#: 企业: an eligibility threshold), and a clause after the scope states what is done in it.
_DOCUMENT_SCOPE = re.compile(
    r"\s*(?:本次|本)?[\u4e00-\u9fff]{0,6}?(?:规划|实施|研究)范围(?:主要)?(?:包括|包含|涵盖|覆盖|涉及|为|是|：)")
#: How far into a sentence the 范围 of :data:`_DOCUMENT_SCOPE` may stand (the cheap test first).
_DOCUMENT_SCOPE_REACH = 16


#: What ends a clause (the first one outside brackets ends the first clause of a scope sentence).
_CLAUSE_CUT = re.compile("[，；,;]")


def _first_clause_end(text: str, s0: int, s1: int) -> int:
    """Where the first clause of the sentence ``text[s0:s1]`` ends: its first ， or ； outside brackets (the commas
    of a note in brackets are the note's: …主体部分（…以南、…以东区域，约819km2）和…), else the sentence's end."""
    first, *rest = split_outside_brackets(text[s0:s1], _CLAUSE_CUT, s0)
    return s0 + len(first[0]) if rest else s1


#: A note that the bound is included, then the limit word (（包括10万立方米）以上).
_NOTED_BOUND = re.compile(r"（(?:含|包括)[^（）\n]{0,16}）(?P<post>以上|以下|以内)")
#: The figure restated in another unit, then the limit word (持续2天（48小时）及以上): the limit bounds the
#: figure, and the restatement is an aside.
_RESTATED_BOUND = re.compile(r"（[0-9]+(?:\.[0-9]+)?[^（）\n0-9，。；]{1,4}）(?P<post>及以上|以上|及以下|以下|以内)")
#: A bracket of any note between a figure and its limit word (754.61万亩（其中早稻216万亩）以上): the limit
#: bounds the figure before the bracket, whose own figures are read as a breakdown, if at all.
_BOUND_AFTER_NOTE = re.compile(r"（[^（）\n]{1,40}）(?P<post>及以上|以上|及以下|以下|以内)")
#: The currency named after a sum of yuan, then its limit word, after any note of the bound (1000万元人民币（含1000
#: 万元）以下): the limit bounds the sum.
_CURRENCY_BOUND = re.compile(r"人民币(?:（(?:含|包括)[^（）\n]{0,16}）)?(?P<post>及以上|以上|及以下|以下|以内)")
_CLAUSE_END_MARKS = frozenset("，。；")


def _counted_after_noun(text: str, start: int) -> bool:
    """Whether 一 + a measure word at ``start`` that closes its clause counts the noun a verb of making
    names before it (新增消防车一部: one is made), rather than being an article (一个, 一名 before a noun)."""
    return MADE_NOUN_BEFORE.search(text, max(0, start - 12), start) is not None


#: A limit word or a distributive 各, then a verb of making, right before 一 + a measure word (至少建成|一条, 各建成|一个):
#: a count of what is made (at least one, one each), no article.
_AT_LEAST_MADE = re.compile(r"(?:至少|最少|各)" + CN_VERBS.pattern)
#: A distributive 各 closing a 、 list, a verb of making after it or none, right before a count (国家级旅游度假区、
#: 5A级景区各|1家, A、B各新增|1家): the count is each item's.
_EACH_ITEM = re.compile(r"各(?P<verb>" + CN_VERBS.pattern.removesuffix("$") + r")?\s*$")
#: The limit words after a number that make 一 + a measure word a count (一个以上), not an article (一个).
_AT_LEAST_POSTS = frozenset(("以上", "及以上"))
#: The strict comparator of a bound whose own figure a bracket leaves out (以下（不含）).
_STRICT = {"<=": "<", ">=": ">"}
#: The inclusive comparator of a strict bound whose own figure a bracket takes in (不足2小时（含）, 超过100人（含）).
_INCLUSIVE = {"<": "<=", ">": ">="}
#: A note that takes the bound's own figure in, with no limit word after it (（含）, （含本数）, （含2小时）); not
#: one that adds something else to what is measured (高于276吨（含菜场）).
_INCLUDED = re.compile(r"（(?:含|包括|包含)(?:本数|本身|[0-9][^（）\n，。；]{0,6})?）(?!以上|以下|以内)")


#: How far before a count of issues (2期) its frequency's 每 may stand (每周编发2期).
_ISSUE_REACH = 12


_DIGITS = frozenset("0123456789")
#: A verb whose object a quoted goal of figures is, in the quote's clause (实现行政审批事项“100%网上办结”).
_GOAL_VERB = re.compile(r"(?:实现|达到|做到)[^，。；：“”\n]*$")
_GOAL_VERB_REACH = 16
#: What may stand before a list item's marker (督查内容：|1.…；|2.…).
_ITEM_OPENERS = frozenset("：:；;。\n")


def _scan(text: str, ctx: _Context) -> list[_Qty]:
    """Every number with a unit, with names, titles, dates and ordinals left out."""
    out: list[_Qty] = []
    mask_starts, mask_ends = ctx.mask_starts, ctx.mask_ends
    aside_end = -1  # where the last restatement of a figure in brackets ends (see _RESTATED_BOUND)
    for m in QUANTITY.finditer(text):
        start, end = m.span()
        if start and text[start - 1] in _NOT_BEFORE or start < aside_end:
            continue
        if start > 1 and text[start - 1] == "-" and text[start - 2] in _DIGITS:
            continue  # 400-800-9585: a telephone number's or a code's part, no figure
        nxt = text[end:end + 1]
        if nxt and (nxt.isascii() and nxt.isalpha() or nxt in "+＋"):
            continue  # 8+4, 135N: a name
        k = bisect_right(mask_starts, start) - 1
        if k >= 0 and mask_ends[k] >= end:
            continue  # inside quotes, a title or brackets
        num, _, _, num2, approx, _, unit_raw, post = m.groups()
        unit, base, kind = _unit_parts(unit_raw)
        if len(unit) == 1 and (unit == "万" or unit == "亿") and "\u4e00" <= text[end:end + 1] <= "\u9fff":
            kind = "count"  # 对40万贫困劳动力: so many of the noun after it
        if kind == "time" and (base == "年" and len(num) == 4 and num.isdigit() or text[start - 1:start] == "月"):
            continue  # 2024年, 2月8日
        cn = not num[0].isdigit()
        if num == "半" and not (kind == "time" and (post in _AT_LEAST_POSTS or post in _WITHIN_POSTS
                                                    and _time_limit_cn(text, end))
                               and not _half_of_year(text, start)):
            continue  # 半导体, 每半年, 上半年: 半 no half of a time amount a limit word bounds
        if cn and num == "一" and not unit.startswith(("万", "亿")) and not (
                post in _AT_LEAST_POSTS and kind in ("count", "time") and base != "次") and not (post and base == "倍") \
                and not (kind == "time" and post in _WITHIN_POSTS and _time_limit_cn(text, end)) and not (
                kind == "count" and text[end:end + 1] in _CLAUSE_END_MARKS and base not in ("次", "批") and _counted_after_noun(text, start)) \
                and not (kind == "count" and base not in ("次", "批") and _AT_LEAST_MADE.search(text, max(0, start - 8), start)
                         and "每" not in _clause_before(text, start, 40)):
            # (一倍以上三倍以下: the lower bound of a multiple; 至少建成一条, 各建成一个: a least or each one made, but
            # not 每个地…至少建设一所: one per subject, a norm of provision)
            continue  # 一个, 一批, 一名: an article, not a count (一个以上, 一年以上: at least one; 一次以上 is left out)
        if base == "期" and (cn or text.find("每", max(0, start - _ISSUE_REACH), start) < 0):
            continue  # 二期工程, 金水苑5期: a phase or a name; only 每周编发2期 counts issues
        if cn and base == "类" and not post and text[end:end + 1] in _DIGITS:
            continue  # 一类9.8元、二类9.2元: the label of the tier the figure after it is set for, no count
        if "." in num and (not start or text[start - 1] in _ITEM_OPENERS) and (cut := _glued_marker(text, start, num)):
            start, num = start + cut, num[cut:]  # 2.…；|3.12小时以上: the item's number, then the figure
        value = parse_number(num)
        if value is None:
            continue
        if kind == "count" and "." in num and unit == base and (not start or text[start - 1] in _ITEM_OPENERS):
            continue  # 督查内容：1.144项《…》: an item's marker glued to its count (a count has no fraction)
        if unit == "次" and text[start - 1:start] in _COUNTER_LAST and _is_counter(text, start):
            continue  # 浏览:3013下载230次收藏: a page's visit counter
        if unit == "人" and text.startswith(_VIEWED, end) and _CLAUSE_MARK.search(
                text, start, (text.find("\n", end) + 1 or len(text) + 1) - 1) is None:
            continue  # 来源: 小编整理 · 2021-03-01 · 2518人看过: a page's reader counter, on a line of no clause
        if (text.startswith("（第", end) or unit == "篇") and _is_page_chrome(text, start, end) \
                or unit == "份" and _site_pieces(text, start, end):
            continue  # 2022年应急预案汇编-8篇（第9/13页）: a document-sharing page's count of pieces
        if num == "1" and "每" in text[start - 4:start - 1] and text[end:end + 1] in _DIGITS \
                and _PER_ONE.search(text, start - 4, start):
            continue  # 按照每留用1人3000元的标准: one of what the amount after is paid per, no count of it
        if kind == "time" and text[start - 2:start] == "日（" and text[start - 3:start - 2].isdigit():
            continue  # 公示期11月4日--11月14日（7个工作日）: how long the dated span runs, no rule
        value_max = parse_number(num2) if num2 else None
        if value_max is not None and (unit1 := m.group("unit1")) and unit1 != unit_raw and kind == "measure" \
                and (bounds := _mixed_range(text, m, value, value_max, unit1, unit_raw)):
            out.extend(bounds)  # 5000万元至1亿元: its bounds, each in its own unit
            continue
        comparator, pre_len = _comparator(text, start, approx, unit_raw, post)
        if post and text.startswith("（不含", end):
            comparator = _STRICT.get(comparator, comparator)  # 6亩以下（不含6亩）: the bound itself is left out
        elif not post and text.startswith(("（含", "（包括"), end) and (m := _NOTED_BOUND.match(text, end)):
            # 10万立方米（包括10万立方米）以上: the bound after the note, which ends the quantity as a limit
            # word right after it would (30人（含）以下|的企业)
            post, end = m.group("post"), m.end()
            comparator = _POST_COMPARATOR[post]
        elif not post and comparator in _INCLUSIVE and text.startswith("（", end) and _INCLUDED.match(text, end):
            comparator = _INCLUSIVE[comparator]  # 不足2小时（含）的: the bound itself is taken in
        elif not post and nxt == "（" and comparator == "=" and (band := _band_note(text, start, end)):
            comparator = band  # 达50万美元（含50万美元）至200万美元（不含200万美元）: each bound as its note says
        elif not post and nxt == "（" and (m := _RESTATED_BOUND.match(text, end)):
            post, end = m.group("post"), m.end()
            comparator, aside_end = _POST_COMPARATOR[post], end
        elif not post and nxt == "（" and (m := _BOUND_AFTER_NOTE.match(text, end)):
            post = m.group("post")
            comparator = _POST_COMPARATOR[post]
        elif not post and nxt == "人" and unit_raw.endswith("元") and (m := _CURRENCY_BOUND.match(text, end)):
            post = m.group("post")  # 3000万元人民币以上, 1000万元人民币（含1000万元）以下: the limit after the currency
            comparator = _POST_COMPARATOR[post]
        elif not post and nxt == "或" and (bound := _bound_restated_after_or(text, end, num, unit_raw)):
            # 为2人或2人以上的: one bound that names its own figure first, read as that bound
            post, end = bound
            comparator, aside_end = _POST_COMPARATOR[post], end
        if kind == "time" and not (pre_len or post or num2 or _is_duration_value(text, start, end)):
            continue  # 用3年时间, 6个月的: a period, not a limit; it must not hide the clause's target
        if kind == "time" and text.startswith("时间", end) and text.endswith(_SPAN_VERBS, max(0, start - 2), start):
            continue  # 用5~10年时间, 经过3年以上时间: the span the work takes, however bounded, is no rule
        if kind == "time" and comparator == "=" and text[start - 1:start] == "（" and text[end:end + 1] == "）":
            comparator = "<="  # 在规定期限内办结（5个工作日）: a limit
        if nxt and nxt in CHAIN_MARKS and _CHAIN.match(text, end):
            comparator = ">=" if nxt in "≤≦" else ">"  # 15厘米≤翻耕深度＜20厘米: the lower bound
        if value_max is not None:
            if value_max < value and _reversed_range(num, num2, value, value_max):
                value, value_max = value_max, value  # 每亩补偿3000—1800元: a range written high to low
            elif value_max <= value:
                continue  # 202401-00005组 and the like: not a range
            comparator = "="
        # (投产一年内, 两年内: a time limit in Chinese numerals is read as 1年内 is, its 内 a limit word)
        q = _Qty(start, end, start, value, value_max, unit, kind, comparator, cn, pre_len,
                 post in _LIMIT_POSTS or cn and kind == "time" and post in _WITHIN_POSTS and _time_limit_cn(text, end))
        if text[start - 1:start] in _BARE_JOINS and not cn and kind != "time" and value_max is None:
            out.extend(_bare_list(text, q))  # 分别不高于20.5、37微克每立方米: the figures before, bare
        out.append(q)
    if "亿元" in text and (bare := _bare_hundred_millions(text, ctx, {q.end for q in out})):
        out = sorted(out + bare, key=lambda q: q.start)
    if "比例" in text and "：" in text and (split := _split_shares(text, ctx)):
        out = sorted(out + split, key=lambda q: q.start)
    scores = _scores(text, ctx)  # most texts state none
    if "分之" in text:  # 千分之四点五, 百分之五: a share spelled out, its unit before its numeral
        scores = sorted(scores + _spelled_shares(text, ctx), key=lambda q: q.start)
    if scores:
        out = sorted(out + scores, key=lambda q: q.start)
    return out


#: A split of a whole written as a ratio of its parts after the share it sets (土地补偿费和安置补助费比例为2：8):
#: two terms that make ten or a hundred, each a share of the whole.
_SPLIT_SHARE = re.compile(r"比例[为是](?P<a>[0-9]{1,2})：(?P<b>[0-9]{1,2})(?![0-9.：])")
_SPLIT_WHOLES = (10, 100)


def _split_shares(text: str, ctx: _Context) -> list[_Qty]:
    """The shares a split written as a ratio sets (比例为2：8: 20% and 80%), each at its term, as the same split
    written in per cent (比例为30%、70%) gives them; the texts holding 比例 are searched for it with a plain find."""
    out: list[_Qty] = []
    at = text.find("比例")
    while at >= 0:
        if (m := _SPLIT_SHARE.match(text, at)) is not None \
                and (whole := int(m.group("a")) + int(m.group("b"))) in _SPLIT_WHOLES:
            k = bisect_right(ctx.mask_starts, m.start("a")) - 1
            if k < 0 or ctx.mask_ends[k] < m.end():  # (not inside quotes, a title or brackets)
                for term, end in (("a", m.start("b")), ("b", m.end())):  # (the first runs on over the colon)
                    value = round(int(m.group(term)) * 100 / whole, 2)
                    out.append(_Qty(m.start(term), end, m.start(term), value, None, "%", "measure", "=", False, 0, False))
        at = text.find("比例", at + 2)
    return out


#: How many times its low bound the high bound of a range written high to low may be (3000—1800元): a year and a
#: month (2023—12月) or a catalogue code and its serial (202401-00005组) are further apart.
_REVERSED_RANGE_SPREAD = 10


def _reversed_range(num: str, num2: str, value: float, value_max: float) -> bool:
    """Whether a range whose second figure is the lower (每株补偿3000—1800元, 6000—2500元) is the band between them:
    two figures of one order, the second no serial with leading zeros (00005)."""
    return num2[:1] != "0" and value < value_max * _REVERSED_RANGE_SPREAD and num[:1].isdigit() == num2[:1].isdigit()


#: A note after a bound of a band saying whether the bound is taken in: （含50万美元）, （不含200万美元）, （含）.
_BAND_NOTE = re.compile(r"（(?P<not>不)?(?:含|包含|包括)(?:本数|[0-9][^（）\n，。；]{0,10})?）")
_BAND_JOINS = ("至", "到", "—", "－", "-", "~", "～")
_BAND_HIGH = re.compile(r"[0-9][^，。；（）\n]{0,6}(?:（[^（）\n]{1,16}）)?(?:至|到|—|－|-|~|～)$")


def _band_note(text: str, start: int, end: int) -> str | None:
    """The comparator of a bound of a band that a note after it says is taken in or left out (50万美元（含50万美元）
    至|200万美元（不含200万美元）): the lower bound ``>=`` (``>`` when left out), the upper ``<=`` (``<`` when left
    out); None when the figure is no bound of such a band."""
    m = _BAND_NOTE.match(text, end)
    if m is None:
        return None
    left_out = m.group("not") is not None
    if text.startswith(_BAND_JOINS, m.end()) and _DIGIT.match(text, m.end() + 1):
        return ">" if left_out else ">="
    if text[start - 1:start] in _BAND_JOINS and _BAND_HIGH.search(text, max(0, start - 30), start):
        return "<" if left_out else "<="
    return None


def _band_high(text: str, low: _Qty, high: _Qty) -> bool:
    """Whether ``high`` is the upper bound of a band whose lower bound is ``low`` (50万美元（含50万美元）至|200万美元,
    1000万元一|1亿元): one measure's two bounds, joined by a dash or 至 after any note on the lower one."""
    if low.comparator not in (">=", ">") or high.comparator not in ("<=", "<") or high.pre_len \
            or _UNIT_PREFIX.sub("", low.unit) != _UNIT_PREFIX.sub("", high.unit):
        return False
    at = low.end
    if text[at:at + 1] == "（" and (m := _BAND_NOTE.match(text, at)):
        at = m.end()
    return high.start - at == 1 and (text[at] in _BAND_JOINS or text[at] == "一")


#: The part of a sum in a tier a rate applies to, after the tier's bound and any note (（折合人民币…）部分按3%).
_TIER_PART = re.compile(rf"(?:（[^（）\n]{{0,40}}）)?{TIER_PART.pattern}")


def _tier_part(text: str, end: int, s1: int) -> bool:
    """Whether the bound ending at ``end`` closes the tier of a sum a rate applies to (1亿元以上部分按5%): the
    tier's bounds are the rule's, standards."""
    return _TIER_PART.match(text, end, s1) is not None


#: The rest of a clause up to a figure: after a time window, what is counted in it (一年内发生事故致3人…).
_FIGURE_IN_CLAUSE = re.compile(r"[^，。；：）\n]*?[0-9]")


def _time_limit_cn(text: str, end: int) -> bool:
    """Whether a time amount in Chinese numerals with 内 ending at ``end`` is a time limit (投产一年内达到…), not
    the window in which a later figure of its clause is counted (一年内发生事故致3人及以上死亡)."""
    return _FIGURE_IN_CLAUSE.match(text, end) is None


#: What before 半 makes it part of a word or a part of a year (上半年内, 下半年, 大半年), no half a limit bounds
#: (之前半年内, 申请前半个月内 are).
_HALF_NOT_AFTER = frozenset("上下多大")  # (上半年: a half of the year; 大半年: most of one)
#: What before 后半 makes 后半年 a half of the year (在后半年内, 于后半年), not an event's 后 and then 半年内.
_HALF_OF_YEAR_AFTER = frozenset("在于的年，。；：、\n")  # (每年后半年, 2024年后半年: the year's second half)


def _half_of_year(text: str, start: int) -> bool:
    """Whether the 半 at ``start`` is part of a word or names a half of the year (上半年, 大半年, 在后半年内), not half
    an amount of time: 后 opens 后半年 after 在/于/的 or at a clause's start, but closes an event before 半年内
    (竣工验收后半年内, 取得证书后半个月内: within half a year after it)."""
    before = text[start - 1:start]
    if before in _HALF_NOT_AFTER:
        return True
    return before == "后" and (start < 2 or text[start - 2] in _HALF_OF_YEAR_AFTER)


_OR_BOUND_POSTS = ("及以上", "以上", "及以下", "以下")
#: The words after a time amount that make it a time limit (一年内, 两年以内).
_WITHIN_POSTS = frozenset(("内", "以内", "之内"))


def _bound_restated_after_or(text: str, end: int, num: str, unit_raw: str) -> tuple[str, int] | None:
    """The limit word and the end of a bound that names its figure twice, first bare (为2人或2人以上的,
    3家或者3家以下): ``N U或N U以上`` is the one class N U and more, no figure of its own then a bound."""
    at = end + (2 if text.startswith("或者", end) else 1)
    figure = num + unit_raw
    if not text.startswith(figure, at):
        return None
    at += len(figure)
    for post in _OR_BOUND_POSTS:
        if text.startswith(post, at):
            return post, at + len(post)
    return None


#: How far before an item its list's previous marker may stand (2.…；\n3.12小时以上…).
_MARKER_REACH = 300


def _glued_marker(text: str, start: int, num: str) -> int:
    """The length of a list item's marker glued to the figure that opens the item (3.12小时以上至24小时的:
    item 3, then 12 hours), or 0: the line before holds the list's previous marker (2.), or for a first
    item the next marker (2.) opens a line after it."""
    whole, _, frac = num.partition(".")
    if not whole.isdigit() or not frac or frac[0] == "0" or len(whole) > 2:
        return 0
    n = int(whole)
    if n > 1:
        at = text.rfind(f"\n{n - 1}.", max(0, start - _MARKER_REACH), start)
    else:
        at = text.find("\n2.", start, start + _MARKER_REACH)
    return len(whole) + 1 if at >= 0 else 0


#: A bare figure of a list, then the 、 before the next one (20.5、).
_BARE_ITEM = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?、$")
#: The same before the last figure, which 和 may join as well (分别不高于53和32微克/立方米).
_BARE_LAST_ITEM = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[、和]$")
_BARE_JOINS = ("、", "和")
#: How far before the first figure of a list 和 joins the 分别 that pairs its figures with items must stand.
_RESPECTIVELY_REACH = 8
_BARE_LIST_MAX = 6  # the most bare figures a list shares its last figure's unit with


def _bare_list(text: str, last: _Qty) -> list[_Qty]:
    """The bare figures of a list that writes its unit once, after the last figure (``last``): PM2.5、PM10
    年平均浓度分别不高于20.5、37微克每立方米 → 20.5 and 37, both 微克每立方米. A limit word before the
    first figure bounds every one (``last`` changed in place when it has no word of its own); a limit word
    after the last does so for the bare ones. The list must follow a word (不高于, 为, 分别): a bare number
    opening a line or a clause is an item's mark (1、5个). 和 may join the last figure only where 分别 pairs the
    figures with items just before the list (分别不高于53和32微克/立方米). []: no such list."""
    items: list[tuple[int, int]] = []
    at = last.start
    item = _BARE_LAST_ITEM
    while len(items) < _BARE_LIST_MAX and (m := item.search(text, max(0, at - 12), at)) is not None:
        at = m.start()
        items.append((at, m.end() - 1))
        item = _BARE_ITEM
    if not items or not ("\u4e00" <= text[at - 1:at] <= "\u9fff") or text[at - 1] in _NOT_BEFORE:
        return []
    if text[last.start - 1] == "和" and text.find("分别", max(0, at - _RESPECTIVELY_REACH), at) < 0:
        return []  # (2023年1和2季度: 和 joins no figures that 分别 gives out)
    comparator, pre_len = _comparator(text, at, None, last.unit, None)
    if comparator == "=" and last.limit_after:
        comparator = last.comparator  # 20、30万元以上
    elif comparator != "=" and last.comparator == "=" and not last.pre_len:
        last.comparator = comparator  # 不高于20.5、37微克每立方米
    out = []
    for a, b in reversed(items):
        value = float(text[a:b])
        out.append(_Qty(a, b, a, value, None, last.unit, last.kind, comparator, False, pre_len if a == at else 0,
                        last.limit_after))
    return out


#: A share spelled out in words, its unit first (千分之四点五, 百分之五, 百分之百), then any limit word.
_SPELLED_SHARE = re.compile(
    rf"(?P<unit>百|千|{CN_NUMBER})分之(?P<num>{CN_NUMBER}|百)(?:点(?P<dec>[零〇一二三四五六七八九]+))?"
    r"(?P<post>及以上|以上|及以下|以下|以内|之内|左右)?"
)
_SHARE_UNIT = {"百": "%", "千": "‰"}
_DECIMAL_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


#: 亿元 bounded with no numeral before it (引进亿元以上项目, 实际投资亿元及以上的): one 亿元, the threshold; not after a
#: numeral or a word of amount (数亿元以上, 百亿元以上, 1 亿元). (亿元 leads and the look-behind follows: a search
#: skips to the word in C instead of trying the look-behind at every position.)
_BARE_HUNDRED_MILLIONS = re.compile(r"亿元(?<![0-9零〇一二两三四五六七八九十百千万数几多余上近超 .]亿元)(?P<post>及以上|以上)")


def _bare_hundred_millions(text: str, ctx: _Context, ends: set[int]) -> list[_Qty]:
    """The thresholds of 亿元 a text writes with no numeral (亿元以上项目 = projects of 1亿元 or more): each a
    ``>=`` figure of 1 亿元, read from where 亿元 starts (the indicator is the text before it); not right after
    a figure, whose class it names (``ends``: 6000个|亿元以上项目)."""
    out: list[_Qty] = []
    mask_starts, mask_ends = ctx.mask_starts, ctx.mask_ends
    for m in _BARE_HUNDRED_MILLIONS.finditer(text):
        start, end = m.span()
        if start in ends:
            continue
        k = bisect_right(mask_starts, start) - 1
        if k >= 0 and mask_ends[k] >= end:
            continue  # inside quotes, a title or brackets
        out.append(_Qty(start, end, start, 1.0, None, "亿元", "measure", ">=", False, 0, True))
    return out


def _mixed_range(text: str, m: re.Match[str], low: float, high: float, unit1: str, unit: str) -> list[_Qty]:
    """A range of sums whose bounds carry units of different size (5000万元至1亿元, 1000万元一1亿元): its two
    bounds, the low one ``>=`` in its own unit and the high one ``<=`` in the unit at the end (one range
    cannot hold both units); or [] when the units measure different things or the bounds do not rise."""
    u1, base1, _ = _unit_parts(unit1)
    u2, base2, kind = _unit_parts(unit)
    if base1 != base2 or u1 == u2 or magnitude(low, u1)[0] >= magnitude(high, u2)[0]:
        return []
    start, sep, hi = m.start(), m.start("sep"), m.start("num2")
    comparator, pre_len = _comparator(text, start, None, u1, None)
    post = m.group("post")
    return [
        _Qty(start, sep, start, low, None, u1, kind, ">=" if comparator == "=" else comparator, False, pre_len, False),
        _Qty(hi, m.end(), hi, high, None, u2, kind, _POST_COMPARATOR.get(post, "<=") if post else "<=", False, 0,
             post in _LIMIT_POSTS),
    ]


def _spelled_shares(text: str, ctx: _Context) -> list[_Qty]:
    """The shares a text spells out in words (人口自然增长率控制在千分之四点五以内, 百分之百): each a
    ``%`` or ``‰`` figure, read from where its words start (the indicator is the text before them). A
    fraction a limit word bounds (三分之二以上行政村) is the share it makes, in ``%``."""
    out: list[_Qty] = []
    mask_starts, mask_ends = ctx.mask_starts, ctx.mask_ends
    for m in _SPELLED_SHARE.finditer(text):
        start, end = m.span()
        k = bisect_right(mask_starts, start) - 1
        if k >= 0 and mask_ends[k] >= end:
            continue  # inside quotes, a title or brackets
        num = m.group("num")
        if num == "百" and text.startswith("的", end):
            continue  # 以百分之百的热情: a figure of speech
        value = 100.0 if num == "百" else parse_number(num)
        if value is None:
            continue
        if m.group("dec"):
            value = float(f"{int(value)}.{m.group('dec').translate(_DECIMAL_DIGITS)}")
        unit, post = _SHARE_UNIT.get(m.group("unit"), "%"), m.group("post")
        if m.group("unit") not in _SHARE_UNIT:
            whole = parse_number(m.group("unit"))
            if not whole or value >= whole or not post:
                # 十二分之十二: no share; a fraction no limit word bounds is mostly how a cost is split
                # (三分之一由市财政承担) or a manner of speaking: only 三分之二以上 is read
                continue
            value = round(value / whole * 100, 2)  # 三分之二: 66.67%
        comparator, pre_len = _comparator(text, start, None, unit, post)
        # (not cn: a share word spelled so is no count a name holds, 冬季两项)
        out.append(_Qty(start, end, start, value, None, unit, "measure", comparator, False, pre_len,
                        post in _LIMIT_POSTS))
    return out


#: The nouns that name a measure whose figure has no unit: an index or a score. (Each costs a
#: search of every text: the rarer 评分 and 分值 are left out.)
#: AQI is the air quality index by its Latin name (AQI日均值＞200), as air pollution plans write it.
SCORE_NOUNS = ("指数", "得分", "AQI")
#: After a score noun: its Latin abbreviation in brackets (环境空气质量指数（AQI）), the value it is
#: taken as (日均值), the verbs, limit words and signs between an indicator and its number
#: (:data:`_TAIL_CHARS`, ＞), and a figure without a unit (or in 分) that ends its clause
#: (健康浙江发展指数|达85, 满意度得分|达到92分以上, AQI日均值＞200).
_SCORE_FIGURE = re.compile(
    r"(?:（[A-Za-z][A-Za-z0-9.]{0,7}）)?(?:[\u4e00-\u9fff]{0,3}值)?"
    rf"[{_TAIL_CHARS}≥≤＞＜<>=]{{0,6}}?"
    r"(?P<one>1：(?=[0-9]))?"  # one to a ratio (床人比不低于1：1.6): the figure is its second term
    r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<unit>分)?"
    r"(?:：1(?![0-9.]))?"  # a ratio to one (城乡收入比缩小到1.6：1之内)
    # (or a word that is no unit: AQI日均值＞200|将持续…)
    rf"(?P<post>以上|以下|以内|之内|左右)?(?=[，。；、）\n]|$|(?![{_UNIT_FIRST}])[\u4e00-\u9fff])"
)
#: A ratio named by a noun ending in 比 (城乡居民收入比, 投入产出比), whose figure has no unit: not the 比 of a
#: comparison (同比, 环比, 相比, 对比, 之比, 类比) nor of a noun that goes on (比例, 比重: no figure right after).
_RATIO_NOUN_END = "比"
_NOT_BEFORE_RATIO = frozenset("同环相对之类评攀占无好正反可日")


def _scores(text: str, ctx: _Context) -> list[_Qty]:
    """The figures without a unit of an index or a score a clause names (健康浙江发展指数达85,
    得分达到92以上): measures, with the unit ``分`` when written, else ``""``. Each noun is found
    by a plain search (an alternation of the nouns would be tried at every character)."""
    out: list[_Qty] = []
    mask_starts, mask_ends = ctx.mask_starts, ctx.mask_ends
    for noun_end in _score_noun_ends(text):
        m = _SCORE_FIGURE.match(text, noun_end)
        if m is None:
            continue
        start, end = m.start("one") if m.group("one") else m.start("num"), m.end()
        k = bisect_right(mask_starts, start) - 1
        if k >= 0 and mask_ends[k] >= end or ctx.in_rule_bracket(start):
            continue  # inside quotes, a title or brackets (（起评分100分）: how a score sheet counts)
        value = parse_number(m.group("num"))
        if value is None:
            continue
        unit, post = m.group("unit") or "", m.group("post")
        comparator, pre_len = _comparator(text, start, None, unit, post)
        out.append(_Qty(start, end, start, value, None, unit, "measure", comparator, False, pre_len,
                        post in _LIMIT_POSTS))
    if "分" in text:  # the points a scoring rule gives or takes (每发现1次扣2分, 每篇得0.5分)
        for m in _POINTS_SCAN.finditer(text):
            start, end = m.start("num"), m.end()
            k = bisect_right(mask_starts, start) - 1
            if k >= 0 and mask_ends[k] >= end or (value := parse_number(m.group("num"))) is None:
                continue
            comparator, pre_len = _comparator(text, start, None, "分", None)
            out.append(_Qty(start, end, start, value, None, "分", "measure", comparator, False, pre_len, False))
    return sorted(out, key=lambda q: q.start) if len(out) > 1 else out



def _score_noun_ends(text: str) -> list[int]:
    """Where each of :data:`SCORE_NOUNS` in ``text`` ends, by a plain search for each (an
    alternation of them in a pattern is tried at every character), and each noun of a ratio
    (…收入比: see :data:`_NOT_BEFORE_RATIO`)."""
    ends = []
    for noun in SCORE_NOUNS:
        at = text.find(noun)
        while at >= 0:
            ends.append(at + len(noun))
            at = text.find(noun, at + len(noun))
    at = text.find(_RATIO_NOUN_END, 1)
    while at >= 0:
        if "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in _NOT_BEFORE_RATIO:
            ends.append(at + 1)
        at = text.find(_RATIO_NOUN_END, at + 1)
    return ends


#: A page's counter label glued to its figure (下载230次, 浏览次数：12), and its last characters.
_COUNTER = re.compile(r"(?:下载|浏览|点击|阅读|访问)(?:量|次数|数)?[：:]?$")
#: What a page's reader counter says after its count of people (2518人看过, 306人阅读).
_VIEWED = ("看过", "浏览", "阅读", "点赞", "收藏", "已读", "在看")
_COUNTER_LAST = frozenset("载览击读问量数：:")


def _is_counter(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a visit counter of a page's chrome line: a counter label
    before it, on a line of a page's chrome (:func:`~policykg.extract.split.chrome_line`), or a label with its colon
    on a line that holds no clause (2017-02-14    点击：8次: a byline of a date and the counter)."""
    if _COUNTER.search(text, max(0, start - 5), start) is None:
        return False
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    b = b if b >= 0 else len(text)
    if chrome_line(text, a, b):
        return True
    return text[start - 1] in "：:" and _CLAUSE_MARK.search(text, a, b) is None


#: The marks of a clause or sentence: a line without any is no sentence.
_CLAUSE_MARK = re.compile(r"[，。；！？]")


#: 每, then the verb of what is counted, right before a 1 (每留用|1人, 每新增|1家): the one an amount is per.
_PER_ONE = re.compile(r"每[\u4e00-\u9fff]{1,3}$")
#: A page's position in a paged view (（第9/13页）), right after a figure.
_PAGE_POSITION = re.compile(r"（第\d+(?:/\d+)?页）")


def _is_page_chrome(text: str, start: int, end: int) -> bool:
    """Whether the count ``text[start:end]`` is a document-sharing page's chrome: the number of
    pieces its title collects, glued to that title by a dash (…预案汇编-8篇) or closing the page's first line
    (开发区改革实施方案6篇: no document's title counts its pieces), or a count the page's
    position follows (…-8篇（第9/13页）), or that closes the title's line in brackets (…工作计划（3篇）),
    or the pieces its preamble offers the reader (我们为您整理了5篇…范文, 以下是小编收集整理的…6篇，仅供参考: 您,
    范文, 小编 and 仅供参考 are the site's words, no document's)."""
    if _site_pieces(text, start, end):
        return True
    return text[start - 1:start] in ("-", "－", "（") and (text[start - 1] != "（" or _CLOSES_LINE.match(text, end)) \
        or _PAGE_POSITION.match(text, end) is not None \
        or text[end - 1] == "篇" and text.startswith("\n", end) and text.find("\n", 0, start) < 0 \
        or text[end - 1] == "篇" and _OFFERED_PIECES.search(text, max(0, start - _OFFER_REACH), end + _OFFER_REACH) is not None


def _site_pieces(text: str, start: int, end: int) -> bool:
    """…会议纪要（通用3篇）, …工作方案（合计4份）.docx: the pieces a page collects, as the site words them in a
    bracket closing the line (a count of copies in brackets alone, 宣传手册（5000份）, is the document's)."""
    return text[start - 3:start - 2] == "（" and text[start - 2:start] in _PIECES_WORDS and _CLOSES_LINE.match(text, end) is not None


#: A site's word for the pieces it collects in a bracket after a title (…纪要（通用3篇）, …计划（精选5篇）,
#: …工作方案（合计4份）.docx).
_PIECES_WORDS = frozenset(("通用", "精选", "优选", "推荐", "热门", "最新", "优秀", "范文", "合计", "共计"))
#: A site's offer of pieces to its reader (为您整理了5篇, …篇…范文, …范文（精选5篇），欢迎分享; 以下是小编收集整理的…6篇，
#: 仅供参考: its editor, and what it offers them for), within :data:`_OFFER_REACH` characters of the count, in its clause.
_OFFERED_PIECES = re.compile(
    r"您[^，。；！？\n]*篇|篇[^，。；！？\n]*范文|范文[^，。；！？\n]{0,6}篇|小编[^，。；！？\n]*篇|篇[，,]?仅?供[^，。；！？\n]{0,4}?参考")
_OFFER_REACH = 20


#: A bracket's close, then nothing but a file's extension or marks to the line's end (（3篇）.docx).
_CLOSES_LINE = re.compile(r"）[^\n\u4e00-\u9fff]*(?:\n|$)")


def _in_article(text: str, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` opens with an article's number (第五条, 第12条: the
    article marker of :data:`~policykg.extract.structure.MARKER_RE`): a figure it states without a
    year is a standard the rule sets, not a target."""
    return text.startswith("第", line_start) and (m := MARKER_RE.match(text, line_start)) is not None \
        and m.group("artkind") == "条"


def _is_heading_clause(text: str, c0: int, c1: int) -> bool:
    """Whether the clause ``text[c0:c1]`` is a whole heading or title line: it ends the line
    without sentence punctuation, and starts it (after any list mark)."""
    if text[c1:c1 + 1] not in ("\n", "") or c1 - c0 > 50:
        return False
    return c0 == 0 or text[c0 - 1] == "\n"


def _share_list_limit(text: str, runs: list[list[_Qty]]) -> None:
    """分别增长6%、9%以上: the limit word after the last figure of a list of figures (joined by
    、/和/及 and nothing else) holds for every figure of the list that has none (changed in place)."""
    last = runs[-1][-1]
    if not last.limit_after or last.comparator == "=":
        return
    for run, nxt in zip(runs[-2::-1], runs[:0:-1], strict=True):
        q = run[-1]
        if text[q.end:nxt[0].start - nxt[0].pre_len] not in _LIST_JOINS or q.pre_len or q.comparator != "=" \
                or text.endswith(_OWN_POSTS, q.start, q.end) or q.value_max is not None:
            return  # (5%左右、8.5%以上: a figure with its own word keeps it; 2~6亿元、6亿元以上: a range its bounds)
        q.comparator = last.comparator


def _bracket_clause_start(text: str, clause_ends: list[int], c0: int) -> int:
    """Where the clause that opens at ``c0`` inside a note in brackets, and closes it before its figures, starts
    (分别不超过总投资（不含土地费用、市政费用，|仅为投资，|下同）40%、60%: the comma in the note ends no clause):
    at the start of the clause holding the note's opening bracket, else ``c0``."""
    k = text.rfind("（", max(0, c0 - _NOTE_REACH), c0)
    if k < 0 or text.find("）", k, c0) >= 0:
        return c0
    i = bisect_left(clause_ends, k)
    return clause_ends[i - 1] + 1 if i else 0


def _limit_before(q: _Qty) -> bool:
    """Whether a limit word before ``q`` bounds it: right before it (不超过100万元), or before the base of a
    share (不超过总投资40%: :data:`_SHARE_OF_BARE`; a share with no limit word of its own after it)."""
    return q.comparator != "=" and (q.pre_len > 0 or q.unit in ("%", "‰") and not q.limit_after)


def _share_first_limit(text: str, runs: list[list[_Qty]]) -> None:
    """分别奖励最高不超过100万元、50万元; 首次突破1000万元、2000万元: the limit word before the first
    figure of a list of figures in one unit (joined by 、/和/及 and nothing else) holds for the later
    figures that have none (changed in place); so does one before the base of a list of shares
    (分别不超过总投资40%、60%、80%: see :data:`_SHARE_OF_BARE`)."""
    first = runs[0][-1]
    if not _limit_before(first) or first.value_max is not None:
        return
    base = _UNIT_PREFIX.sub("", first.unit)  # (1000万元、1亿元: one unit)
    for run, nxt in zip(runs[:-1], runs[1:], strict=True):
        q, later = run[-1], nxt[0]
        if text[q.end:later.start] not in _LIST_JOINS or later.comparator != "=" or not later.unit.endswith(base) \
                or len(nxt) > 1 or later.value_max is not None or text.endswith(_OWN_POSTS, later.start, later.end):
            return
        later.comparator = first.comparator


#: What may stand between two alternative sums (1亿元人民币或|1000万美元以上): the currency named, then 或.
_ALTERNATIVE_SUMS = ("或", "人民币或")


def _share_alternative_post_limit(text: str, runs: list[list[_Qty]]) -> None:
    """总额在1亿元人民币或1000万美元以上: the limit word after the second of two sums 或 joins holds for
    the first too, when that one has none of its own (changed in place)."""
    for run, nxt in zip(runs[:-1], runs[1:], strict=True):
        q, alt = run[-1], nxt[0]
        if q.comparator == "=" and q.value_max is None and alt.limit_after and alt.comparator != "=" \
                and q.unit.endswith("元") and alt.unit.endswith("元") and text[q.end:alt.start] in _ALTERNATIVE_SUMS:
            q.comparator = alt.comparator


def _share_alternative_limit(text: str, runs: list[list[_Qty]]) -> None:
    """超30亿元或3亿美元: the limit word before a figure holds for the alternative 或 joins to it, when
    that one has none of its own (changed in place)."""
    for run, nxt in zip(runs[:-1], runs[1:], strict=True):
        q, alt = run[-1], nxt[0]
        if q.pre_len and alt.comparator == "=" and not alt.pre_len and text[q.end:alt.start] == "或" \
                and not text.endswith(_OWN_POSTS, alt.start, alt.end):
            alt.comparator = q.comparator


_LIST_JOINS = frozenset("、和及")
_OWN_POSTS = (*_POST_COMPARATOR, "左右")


def _clause_before(text: str, start: int, reach: int) -> str:
    """The text of the clause before ``start``: after its last ，。； or line break, at most ``reach`` characters."""
    lo = max(0, start - reach)
    opened = max(text.rfind(mark, lo, start) for mark in "，。；\n")
    return text[max(opened + 1, lo):start]


def _is_duration_value(text: str, start: int, end: int) -> bool:
    """Whether a time amount without a limit word is the value of a duration (顶岗实习时间一般为
    6个月, 办结时限为3个工作日) rather than a period things take (用3年时间)."""
    if text[start - 1:start] == "（" and text[end:end + 1] == "）":
        return True  # 在规定期限内办结（5个工作日）: the bracket gives the limit
    if text.startswith(CYCLE_AFTER, end):
        return True  # 落实教师5年一周期的全员轮训制度, 以3年为一个周期: the length of a cycle a rule sets
    if text[end:end + 1] in "为作" and _PERIOD_NAMED_AFTER.match(text, end) is not None:
        return True  # 缴费后60天为等待期: the length of the period named after it
    if text[start - 1:start] in _BASIS_LAST and _COMPUTED_ON.search(text, max(0, start - 3), start) is not None:
        return True  # 返还标准可按6个月的失业保险金确定: the months a sum is computed on
    if text.startswith(CHARGING_VERBS, end) and "按" in _clause_before(text, start, _CHARGED_REACH):
        return True  # 停车全天24小时的按…收费标准10小时收费: the time a fee is charged for
    if text.endswith(TRAVEL_UNITS, start, end) and TRAVEL_AFTER.match(text, end) is not None:
        # 3小时通达…, 30分钟通勤圈基本形成: the travel time a plan sets as a goal, no period (90%以上乡镇实现|15分钟
        # 上高速: after a share in its clause, the time is part of what the share of places reaches)
        return "%" not in _clause_before(text, start, 60)
    return _DURATION_BEFORE.search(text, max(0, start - 12), start) is not None


def _cut_segment(clause: str, rel: int) -> int:
    """Start (relative to ``clause``) of the 、-separated item holding ``rel``, brackets ignored."""
    flat = _PAREN.sub(lambda p: "（" + "x" * (len(p.group()) - 2) + "）", clause) if "（" in clause else clause
    k = flat.rfind("、", 0, rel)
    while k >= 5 and flat[k - 1] == "年" and _LISTED_YEAR.match(flat, k - 5) and _LISTED_YEAR.match(flat, k + 1):
        k = flat.rfind("、", 0, k)  # 到2026年、2030年: a list of years, no break between items
    return k + 1


_LISTED_YEAR = re.compile(r"(?:19|20)[0-9]{2}年")


#: What may lead an indicator and names nothing: a list item's bullet (△), the mark of a chain's lower bound (≤).
_LEADING_MARKS = BULLETS + CHAIN_MARKS


#: An aside inside a name, between two of its words (居民区（含菜场）湿垃圾分类量): part of the name as written;
#: not one closing the subject before its verb (床位（含可转换）|占…比例, 企业（含个体户）|达到…).
_NAMED_ASIDE = re.compile(r"（(?:含|包括)[\u4e00-\u9fff]{1,6}）")
_VERB_AFTER_SUBJECT = re.compile(r"占|达|为|是|在|要|应|将|实现|完成|不|超|低于|高于|控制|保持|稳定|增|减|降|提")


def _aside_out(m: re.Match[str]) -> str:
    """An aside of an indicator, dropped unless it stands inside the name (see :data:`_NAMED_ASIDE`)."""
    s, (a, b) = m.string, m.span()
    if 0 < a and b < len(s) and "\u4e00" <= s[a - 1] <= "\u9fff" and "\u4e00" <= s[b] <= "\u9fff" \
            and _NAMED_ASIDE.fullmatch(m.group()) is not None and _VERB_AFTER_SUBJECT.match(s, b) is None:
        return m.group()
    return ""


#: The topics a counted activity is on, closed by 等 (and a noun of topics), then the verb of holding it at the
#: end of the indicator (…重要论述等|开展专题研讨, 安全生产等内容|开展培训): what is counted is the activity.
_TOPIC_THEN_ACTION = re.compile(
    r"等(?:内容|方面|领域|重点领域|主题|专题)?(?=(?:开展|组织|举办|召开|进行)[\u4e00-\u9fff]{1,8}$)")
# A time limit closing an indicator: the next clause's deadline, run on across a line break (…全覆盖|6月底前，…).
_TRAILING_DEADLINE = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?|年)(?:底|末)?(?:之)?前$")


#: What follows 即 when it opens a word of its own, not a restating note (即时, 即将).
_NOT_RESTATING = frozenset("时将刻")


def _clean_indicator(s: str) -> str:
    if s[-1:] == "前" and (m := _TRAILING_DEADLINE.search(s)) and m.start() > 1:
        s = s[:m.start()]
    if "（" in s:
        s = _ASIDE.sub(_aside_out, s)
    if s[:1] == "“" and "”" not in s:
        s = s[1:]  # 修改为：“制氢室与民用建筑的距离: the quote the text opens, not part of the name
    elif ("“" in s) != ("”" in s):
        s = s.replace("“", "").replace("”", "")  # 事项“100%|网上受理、100%|网上办结”: a quoted goal's mark, cut off
    s = s.strip(_STRIP_EDGE_SPACE)
    if "（其中" in s:
        s = s[s.rfind("（其中") + 3:]  # 40万亩以上（其中南北山绿化工程20万亩）: the part the breakdown names
    elif ("（含" in s or "（包括" in s) and "）" not in s[max(s.rfind("（含"), s.rfind("（包括")):]:
        k = max(s.rfind("（含") + 2, s.rfind("（包括") + 3)
        s = s[k:]  # 110000户（含节能示范户54000户）: the part the breakdown names
    elif s[:1] == "（" and "）" not in s:
        s = s[1:]  # …502.73万亩（|水浇地保有量|不低于49.487万亩）: a figure of the note, whose bracket names nothing
        if s[:1] == "即" and s[1:2] not in _NOT_RESTATING:
            s = s[1:]  # 造林2万亩（即|新增造林面积|不少于2万亩）: the 即 that opens a restating note names nothing
    # 引导合作机构逐步将平均担保费率: what is measured is the object of 将/把.
    if "将" in s or "把" in s:
        k = max(s.rfind("将"), s.rfind("把"))
        if len(s) - k > 2:
            s = s[k + 1:]
    if s[:1] == "（" and (m := _LEADING_BRACKETS.match(s)) and m.end() < len(s):
        # （省发改委负责）（二）公共财政收入增长: the owner bracket of the item before, and the next item's
        # marker, on one line; what is measured follows them
        s = s[m.end():]
    if s[:1] in MARKER_FIRST and (m := MARKER_RE.match(s)):
        s = s[m.end():]  # an item's marker is not part of what it measures: （一）地区生产总值增长
    if s[:1] in _CONTROL_FIRST:
        s = _CONTROL_VERB.sub("", s)  # (after the item's marker: 一、对地区生产总值增长…进行监测)
    if "等" in s and (m := _TOPIC_THEN_ACTION.search(s)):
        s = s[m.end():]  # 围绕…重要论述等|开展专题研讨: the topics an activity is on name nothing counted
    if "分别" in s:
        s = s.replace("分别", "")  # 人均可支配收入分别增长8%和8.5%: "respectively" names nothing
    if "每" in s and (m := REACHED_PER.search(s)):
        # 设施面积达到每百户 → 每百户设施面积; 最低标准提高至每人每月: the subject a level is per, no part of its name
        s = s[:m.start()] if _STANDARD_NOUN.search(s, 0, m.start()) else m.group(2) + s[:m.start()]
        if m.group("bound"):
            s = s[:_INDICATOR_TAIL.search(s).start()]  # 设施均|不低于常住人口每千人: (均 no part of the name)
    if "目标" in s and (m := _GOAL_LEAD.search(s)) and m.end() < len(s) - 1:
        s = s[m.end():]  # 今年发展主要预期目标是经济增长: a lead-in without a colon; what is measured follows it
    if ("从" in s or "由" in s) and (m := _FROM_VALUE.search(s)) and m.start() > 1:
        # 增值税起征点从月销售额10万元|提高到15万元, 低保标准由每人每月580元|提高到…: what changes is named
        # before its old value
        s = s[:m.start()]
    if "年" in s and (m := _CHANGE_BASE.search(s)) and m.start():
        s = s[:m.start()] + s[m.end():]  # 信访总量比去年至少下降: the base a change is over names nothing measured
    if s[:1] in "比较" and _CHANGE_ONLY.fullmatch(s, 1):
        s = s[1:]  # 比|2005年|下降: a second base of the change before, its year gone, names nothing measured
    # (△各级财政安排: a list item's bullet names nothing; nor does the mark of a chain's lower bound: ≤翻耕深度)
    return s.strip(_STRIP_EDGE_SPACE).lstrip(_LEADING_MARKS)


#: The base a change is over, and a limit word before its verb (比去年至少|下降, 比2020年|下降, 较2020年末|分别提高):
#: it names nothing measured.
_CHANGE_BASE = re.compile(
    r"相?[比较](?:上一?年|去年|(?:19|20)\d\d年(?:底|末)?)(?:同期)?(?:至少|最少)?"
    rf"(?=(?:分别|均|累计)?(?:{_CHANGES}|削减)$)"
)
#: The old value a change starts from, at the end of an indicator (起征点|从月销售额10万元 提高到…).
_FROM_VALUE = re.compile(r"[从由][^，。；从由0-9]{0,12}[0-9][0-9.]*[^0-9，。；]{0,4}$")
#: A lead-in that names the goals before the first of them (主要预期目标是, 目标任务为).
_GOAL_LEAD = re.compile(r"目标(?:任务)?(?:是|为)")


#: A change and nothing else (增长, 下降, 提高): it measures what stands before it.
#: (增幅, 增速, 涨幅, 降幅: the nouns of a change, 财政总收入达到20亿元、增幅12%以上)
_CHANGE_ONLY = re.compile(rf"(?:同比|年均|平均)?(?:{_CHANGES}|增幅|增速|涨幅|降幅)")


def _after_heads(s: str) -> str:
    """``s`` from the end of its last scope head (力争, 每年, 到2026年 …).

    When nothing but a limit word follows the last head (…担保费率原则上不超过), the
    text before that head is the indicator's source.
    """
    if "年" in s and ("比" in s or "较" in s) and (m := _CHANGE_BASE.search(s)) and m.start():
        s = s[:m.start()] + s[m.end():]  # 能耗比2020年|下降: the base year is no head of the clause
    first = _INDICATOR_HEAD.search(s)
    if first is None:
        return s  # most texts before a number hold no head: one search, no list
    heads = [first, *_INDICATOR_HEAD.finditer(s, first.end())]
    while heads:
        tail = s[heads[-1].end():]
        if _CHANGE_ONLY.fullmatch(tail) and s[: heads[-1].start()].strip(_STRIP_EDGE):
            return s[: heads[-1].start()] + tail  # 固定资产投资|力争|增长: what changes is named before the head
        if _strip_tail(tail).strip(_STRIP_EDGE) or len(heads) == 1 and not s[: heads[-1].start()].strip(_STRIP_EDGE):
            return tail
        s = s[: heads[-1].start()]
        heads.pop()
        if not heads:
            return s
    return s


def _strip_tail(s: str) -> str:
    if s and s[-1] not in _TAIL_CHARSET:
        if s[-1] != "\n":
            return s  # the tail can only be empty (its $ may stand before a final line break)
        m = _INDICATOR_TAIL.search(s)
    else:
        # A tail is made of its words' characters to the end: it starts no earlier than the
        # run of them that ends the text.
        m = _INDICATOR_TAIL.search(s, len(s.rstrip(_TAIL_CHARS)))
    return s[: m.start()] if m and m.start() > 0 else (s if not m else "")


def _years(text: str) -> list[tuple[int, int, str | None, str | None]]:
    """``(position, end year, pre word, post word)`` of each year phrase in ``text``."""
    out = []
    first = _YEAR_DIGITS.search(text)
    for m in _YEAR.finditer(text, max(0, first.start() - _YEAR_LEAD)) if first else ():
        year = _year_of(m)
        out.append((m.start(), year, _pre_word(m), m.group("post")))
    return out


def _heading_year(heading: str, this_year: int | None = None) -> int | None:
    """The year a heading opens with, which it sets for the lines under it (2019年街镇目标任务
    分解表, “十四五”期间…测算表, 二、2024年重点任务; 今年 or 本年 is ``this_year``, the
    document's: （二）今年发展主要预期目标), or None: a year inside the heading (a table cell:
    关于开展2024年…), dates (2019年5月5日), comparisons, reviews (2020年以来)."""
    at = _HEADING_MARK.match(heading).end()
    if heading.startswith(_THIS_YEAR, at):
        return this_year
    m = _YEAR.match(heading, at)
    if not m or _pre_word(m) in _COMPARING or m.group("post") in _NOT_DUE or heading[m.end():m.end() + 1].isdigit():
        return None
    return _year_of(m)


#: The document's own year as a heading may open with it (今年发展主要预期目标, 本年度工作目标).
_THIS_YEAR = ("今年", "本年")


def _first_line_title(text: str) -> str | None:
    """The first line of a text when it reads as a title (short, no sentence punctuation): a
    page whose identity found no title still names its kind there (卫生部某司2010年工作总结)."""
    head = text.lstrip()[:_TITLE_LINE_MAX + 1]
    line = head.split("\n", 1)[0].strip()
    if not line or len(line) > _TITLE_LINE_MAX or any(c in line for c in "，。；：！？,;:|"):
        # A page cut into numbered chunks glues the title to the first sentence (1、乡镇2023年工作
        # 目标和工作措施 今年，…): an annual plan's title opening the line still names its year.
        m = _GLUED_TITLE.match(line)
        return m.group() if m else None
    return line


_TITLE_LINE_MAX = 60
#: An annual plan's title at the start of a line (after a chunk's number): a place or body, the
#: year, the kind of plan (乡镇2023年工作目标, 2024年重点工作安排); not a clause opening on a basis.
_GLUED_TITLE = re.compile(
    r"(?:\d{1,2}[、.．])?(?!根据|按照|依据|对照|为|在)[^\d，。；：！？\n]{0,12}?(?:19|20)\d{2}年度?"
    r"[^，。；：！？\d\n]{0,8}?(?:目标|要点|计划|规划|安排)"
)


def _scope_year(title: str | None, text: str) -> int | None:
    """The year a document's targets are due when a clause names none."""
    if title:
        m = _TITLE_PERIOD.search(title)
        if m:
            return int(m.group("y"))
        m = _TITLE_ANNUAL.search(title) or _TITLE_EDITION.search(title)
        if m:
            return int(m.group("y"))
        if title.endswith("工作的通知") and (m := _YEAR_WORK.search(title)) and f"《{title}》" not in text:
            return int(m.group("y"))  # 关于抓好2022年粮食生产工作的通知 (not a notice the page quotes: its own is lost)
        if "五" in title and (m := _FIVE_YEAR_NAME.search(title)):
            return FIVE_YEAR_END[m.group("five")]  # 某县“十四五”农村人居环境整治提升行动实施方案: the period it is for
    # A title the document's identity missed (a notice's body above it, a title split over
    # lines) still names its period or edition at its end: read near the top.
    m = _PERIOD_LINE.search(text, 0, _PERIOD_LINE_REACH) if "年" in text[:_PERIOD_LINE_REACH] else None
    if m:
        return int(m.group("y"))
    # A plan that states its period in its text (规划年限…具体为2021-2025年, 规划期为2021年至2025年).
    m = _PERIOD_STATED.search(text) if "规划" in text else None
    if m:
        return int(m.group("y"))
    years = {int(m.group("y")) for m in _HORIZON.finditer(text)}
    if not years and "五" in text:
        # No 到YYYY年 horizon: the one five-year plan the document names (分解《…第十一个五年规划纲要》
        # 提出的主要目标) is the period its goals are due in.
        plans = list(_FIVE_YEAR_PLAN.finditer(text))
        years = {FIVE_YEAR_END[m.group("five")] for m in plans}
        if len(years) == 1 and (annual := _annual_plan_beside(text, plans[0].start(), next(iter(years)))):
            # 根据《某市“十四五”…规划》《某市2023年…工作方案》要求，制定本方案: the year's plan the document
            # carries out beside the period's names the year its figures are due
            years = {annual}
    if not years and "计划" in text:
        # Nor a plan period: the one year the document plans for (经筛选，…2012年计划投资12.01亿元。)
        years = {int(m.group("y")) for m in _PLANNED_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _annual_plan_beside(text: str, at: int, period_end: int) -> int | None:
    """The year of the one annual plan within the five-year period ending ``period_end`` that the sentence
    around ``at`` (where it names the period's plan) cites by title (《某市2023年大气、水污染防治工作方案》), or None."""
    s0 = max(text.rfind(mark, 0, at) for mark in "。；\n") + 1
    ends = [k for mark in "。；\n" if (k := text.find(mark, at)) >= 0]
    s1 = min(ends) if ends else len(text)
    years = set()
    k = text.find("《", s0, s1)
    while k >= 0:
        close = text.find("》", k, s1)
        if close < 0:
            break
        m = _TITLE_ANNUAL.search(text, k + 1, close)
        if m and period_end - 4 <= (y := int(m.group("y"))) <= period_end:
            years.add(y)
        k = text.find("《", close, s1)
    return years.pop() if len(years) == 1 else None


#: The rank of a heading by its marker (第一章 above 一、 above （一） above 1. …); a heading
#: without a marker ranks below all of them.
_MARKER_RANK = {"art": 0, "cn": 1, "pcn": 2, "num": 3, "pnum": 4, "circ": 5}
_UNMARKED = len(_MARKER_RANK)
#: The ranks of headings that end an unmarked review section: a top heading, or another unmarked one.
_ENDS_UNMARKED_REVIEW = frozenset({_MARKER_RANK["art"], _MARKER_RANK["cn"], _UNMARKED})


def _heading_rank(heading: str) -> int:
    m = MARKER_RE.match(heading) if heading[:1] in MARKER_FIRST else None
    if m is None:
        return _UNMARKED
    if m.group("art") and m.group("artkind") == "条":
        return _MARKER_RANK["num"]  # an article is an item of its chapter
    return _MARKER_RANK[m.lastgroup if m.lastgroup != "artkind" else "art"]


def _closes_section(heading: str, rank: int) -> bool:
    """Whether ``heading`` ends a section opened by a heading of ``rank``: it ranks as high or higher,
    or, under an unmarked one, it is a top heading or another unmarked one (:data:`_ENDS_UNMARKED_REVIEW`)."""
    own = _heading_rank(heading)
    return own <= rank if rank < _UNMARKED else own in _ENDS_UNMARKED_REVIEW


#: The ends of a line that holds a sentence, not a heading.
_PARAGRAPH_ENDS = ("。", "；")
#: First characters that may open a top heading or an annex line, or space before one: a line
#: opening with one is read in full even when a sentence ends it.
_NOT_PARAGRAPH_FIRST = frozenset(_TOP_FIRST) | {"附"} | {chr(c) for c in range(0x3001) if chr(c).isspace()}


#: A heading that opens the conditions a candidate must meet (第二章 申报条件, 三、认定条件, 申报基地的条件：,
#: 申请单位应当具备下列条件：): not a plan's heading that improves conditions (改善办学条件).
_ELIGIBILITY_HEADING = re.compile(
    r"(?:(?:申报|认定|申请|评选|评审|参评|评定|推荐|准入|入选|资格|享受)[\u4e00-\u9fff]{0,6}?条件[：:]?"
    r"|(?:具备|符合|满足)[\u4e00-\u9fff]{0,4}?条件[：:])$"
)


#: A colon head that lists the levels of a standard (现将调整后的最低工资标准通知如下：, 具体补助标准：).
_LEVELS_HEAD = re.compile(r"标准(?:[^，。；：]{0,6}(?:如下|为))?[：:]$")
#: A line opening with a short label and a colon (一类地区：…, 城市特困：…): an item of a list of levels.
_LABEL_ITEM = re.compile(r"[^，。；：:\s]{2,10}[：:]")


def _opens_item(line: str) -> bool:
    """Whether ``line`` opens with the marker of a list item (（一）, 1., ①), not an article or a chapter."""
    return line[0] in MARKER_FIRST and (m := MARKER_RE.match(line)) is not None and m.group("art") is None


#: A top heading naming a review of a year (一、2022年工作总结, 一、2023年工作回顾) inside a line, after the
#: sentence or the title before it: a page that lost its line breaks runs its headings into its paragraphs.
#: Both patterns lead with the literal 、 (a search skips to it in C) and look behind it for the numeral and
#: what stands before (:func:`_heading_start` finds where the numerals open).
_INLINE_REVIEW = re.compile(
    r"、(?<=[。；！？\u4e00-\u9fff）)][一二三四五六七八九十]、)(?:19|20)\d\d年(?:度)?[^，。；：、\d（(]{0,10}?(?:总结|回顾)"
)
#: A top heading inside a line that plans ahead (二、2023年工作计划, 三、下一步工作打算): the review before it ends.
_INLINE_PLAN = re.compile(
    rf"、(?<=[。；！？\u4e00-\u9fff）)][一二三四五六七八九十]、)[^，。；：、（(]{{0,12}}?(?:{_PLANNING}|要点|任务|目标)"
)
#: What stands before an inline heading's numerals: a sentence's end, a character or a closing bracket.
_INLINE_HEADING_AFTER = re.compile(r"[。；！？\u4e00-\u9fff）)]")
_HEADING_NUMERALS = frozenset("一二三四五六七八九十")


def _heading_start(text: str, k: int) -> int:
    """Where the numerals (one or two) of an inline heading whose 、 is at ``k`` open: two when the first
    follows what a heading may stand after (十二、), else one (its look-behind checked the character before)."""
    if k >= 3 and text[k - 2] in _HEADING_NUMERALS and _INLINE_HEADING_AFTER.match(text, k - 3) is not None:
        return k - 2
    return k - 1


def _inline_reviews(text: str) -> list[tuple[int, int]]:
    """The spans of review sections whose heading (:data:`_INLINE_REVIEW`) stands inside a line: each runs to
    the next heading that plans ahead in its line (:data:`_INLINE_PLAN`) or to the line's end. A heading
    opening its line is read by :class:`_Lines` (a cheap test first: most texts review no year)."""
    if "总结" not in text and "回顾" not in text:
        return []
    spans = []
    for m in _INLINE_REVIEW.finditer(text):
        start = _heading_start(text, m.start())
        if start == 0 or text[start - 1] == "\n":
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        # (the search opens after 总结/回顾, never inside a heading's numerals)
        plan = _INLINE_PLAN.search(text, m.end(), line_end)
        spans.append((start, _heading_start(text, plan.start()) if plan else line_end))
    return spans


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (few, in order)."""
    return any(a <= at < b for a, b in spans)


#: The last characters of a date alone on its line (2016年4月6日, its 日 perhaps lost: 2022年8月19).
_DATE_LAST = frozenset("日0123456789")


def _signed_date(lines: list[str], i: int) -> bool:
    """Whether line ``i`` of ``lines`` is the date of a signature: the non-blank line above it a body's name alone
    (see :func:`~policykg.extract.split.signs_off`)."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and signs_off(lines[j].strip(), lines[i].strip())


class _Lines:
    """Per-line state: colon heads that govern a list, review and eligibility sections."""

    def __init__(self, text: str, doc_year: int | None, *, summary: bool = False, on_goals: bool = False) -> None:
        self.annex_parts: set[int] = set()  # the parts that are annexes (附件1 …)
        #: Years of annual plans that headings name (2019年…目标任务分解表, 3.2019年…工作指标).
        self.annual_years: set[int] = set()
        #: Per line of a progress section that restates its goals (:data:`_PROGRESS_HEADING`): where the
        #: first sentence, the goal restated, ends; the results after it stay a review.
        self.restated: dict[int, int] = {}
        #: Review sections a heading opens inside a run-on line (see :func:`_inline_reviews`).
        self.inline_reviews = _inline_reviews(text)
        lines = text.split("\n")
        #: Where each line starts (its length and its line break after each).
        self.starts: list[int] = list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))
        # The state of each line: (part, section year, colon head year, review, eligibility). A
        # paragraph line changes none of it and takes the tuple of the line before as it is.
        states: list[tuple[int, int | None, int | None, bool, bool, bool]] = []
        add = states.append
        governing: int | None = None
        section: int | None = None
        part = 0
        # A summary (…工作总结) reports results throughout, up to a heading that plans ahead.
        review = summary
        review_rank = -1 if summary else _UNMARKED
        review_bullet = ""  # the bullet a review heading opens with (■ 2023年成绩单): its items' differ
        # Under a review heading without a number: 1 until its first top heading shows whether the review
        # numbers its own parts (一、…), then 2 if it does (else 0).
        own_parts = 0
        eligible_rank = -1  # the rank of the eligibility heading whose section a line is in, else -1
        eligible_list = False  # whether that heading is a colon head, whose section is the list of items below it
        levels_list = False  # whether that list is of the levels a standard sets: a label line (一类地区：…) is an item too
        graded_rank = -1  # the rank of the heading naming a level whose section a line is in, else -1
        state = (part, section, governing, review, False, False)
        # Under a progress heading: 1 until its first line shows whether its lines restate goals, then
        # 2 if they do (else 0). A report whose title names the progress made on goals (…重点工作完成情况的
        # 报告) may restate them from its first line.
        progress = 1 if on_goals else 0
        for i, line in enumerate(lines):
            if progress and review and line.strip() and (line.endswith(_PARAGRAPH_ENDS) or len(line) >= 40):
                end = _first_sentence(line)
                first = line[:end]
                if progress == 1:
                    progress = 2 if _GOAL_BOUND.search(first) is not None and not _states_result(first) else 0
                if progress == 2 and not _states_result(first):
                    self.restated[i] = self.starts[i] + end
            if eligible_list and line.strip() and not _opens_item(line.strip()) and not (
                    levels_list and _LABEL_ITEM.match(line.strip()) is not None):
                # 申请单位应当具备下列条件：（一）…；（二）…。 the list ends at the first line that is no item of it
                eligible_rank, eligible_list = -1, False
                state = (part, section, governing, review, False, graded_rank >= 0)
            if line.endswith(_PARAGRAPH_ENDS) and line[0] not in _NOT_PARAGRAPH_FIRST:
                add(state)  # a sentence ending its line: no heading, no colon head
                continue
            stripped = line.strip()
            if not stripped:  # an empty line changes no state
                add(state)
                continue
            top = stripped[0] in _TOP_FIRST and _TOP_HEADING.match(stripped) is not None
            # (a row of table cells, 序号|任务|责任单位|完成情况|, is no heading, whatever its cells say)
            # (nor a short line a page break cuts after a joiner, …1000人以下或: a sentence going on)
            heading = top or (len(stripped) < 40 and not stripped.endswith(_PARAGRAPH_ENDS) and stripped.count("|") < 2
                              and not stripped.endswith(_CUT_AFTER_JOINER))
            if review and review_rank != -1 and stripped[-1] in _DATE_LAST and _signed_date(lines, i):
                # 国务院办公厅 / 2016年4月6日: a review section a heading opened ends at the signature of its text,
                # what follows (an annex, a plan it issues) is none of it
                review = False
            if top or stripped[0] == "附" and _ANNEX_LINE.match(stripped):
                governing = section = None
                if not top and review_rank != -1:
                    review = False  # nor does it run on into an annex (附件1)
                eligible_rank, eligible_list = -1, False
                graded_rank = -1
                part += 1
                if not top:
                    self.annex_parts.add(part)
            if heading:
                # A review section (一、2013年工作回顾) runs on through its own sub-headings ((一)…,
                # 1.…) to the next heading of its rank or above. An unmarked one (2024年工作回顾
                # on its own line) runs on through numbered sub-headings to a top heading (一、),
                # another unmarked heading or one that plans ahead.
                # (its rank is read only when a review section opens or may end)
                # only the heading's own words: 一、总体目标。到2025年…取得明显成效。 names no review
                stop = stripped.find("。")
                # (a table's title naming its progress column, …进展情况登记表, heads the plan's rows too;
                # so does its header, 序号重点任务责任单位落实情况, its cells' borders lost)
                if reviews_heading(stripped, stop if stop >= 0 else len(stripped)) and stripped[-1] != "表" \
                        and not stripped.startswith(("序号", "编号")):
                    if not (review and review_rank == -1):  # a summary's own title line keeps it whole
                        review, review_rank = True, _heading_rank(stripped)
                        review_bullet = stripped[0] if stripped[0] in BULLETS else ""
                        # (only a heading naming a review numbers its own parts: 二○一四年工作回顾, 过去五年的工作;
                        # 发展现状 or 2023年工作成效 over a plan's 一、二、 does not)
                        own_parts = 1 if review_rank == _UNMARKED and _NAMES_REVIEW.search(stripped) else 0
                    # (in a summary too: a bulletin's （二）其他指标任务完成情况 may restate each goal first)
                    words = stripped[:stop] if stop >= 0 else stripped
                    progress = 1 if "情况" in words and _PROGRESS_HEADING.search(words) is not None else 0
                elif review and not (stripped[0] in BULLETS and stripped[0] != review_bullet) and (
                    _closes_section(stripped, review_rank)
                    or review_rank in (-1, _UNMARKED) and PLAN_HEADING.search(stripped)
                ):
                    # 二○一四年工作回顾 above 一、三件大事取得决定性进展: a review heading without a number may
                    # number its own parts from 一、; they run on to the part that plans ahead (二、今年的主要任务)
                    if own_parts == 1 and top:
                        own_parts = 2 if stripped.startswith("一、") else 0
                    if not (own_parts == 2 and top and stripped[0] in _TOP_FIRST_CN
                            and _PLAN_PART.search(stripped) is None):
                        review = False
                # An eligibility section (第二章 申报条件, 申报单位应具备下列条件：) runs on to the next
                # heading of its rank or above, as a review section does.
                if eligible_rank >= 0 and _closes_section(stripped, eligible_rank):
                    eligible_rank = -1
                if "条件" in stripped and _ELIGIBILITY_HEADING.search(stripped):
                    eligible_list = stripped[-1] in "：:"
                    eligible_rank = _UNMARKED if eligible_list else _heading_rank(stripped)
                    levels_list = False
                # So does the section under a heading that names a level (1.3.2 中型地质灾害险情和灾情（Ⅲ级）,
                # （一）特别重大突发环境事件): what it says defines that level.
                if graded_rank >= 0 and _closes_section(stripped, graded_rank):
                    graded_rank = -1
                if "级" in stripped or "事" in stripped or "情" in stripped:
                    if _LEVEL_HEADING.search(stripped) is not None:
                        graded_rank = _heading_rank(stripped)
                if "年" in stripped or "五" in stripped:
                    section = _heading_year(stripped, doc_year) or section
                    m = _TITLE_ANNUAL.search(stripped)
                    if m:
                        self.annual_years.add(int(m.group("y")))
            if stripped[-1] in "：:" and "标准" in stripped and _LEVELS_HEAD.search(stripped):
                # (…。现将调整后的最低工资标准通知如下：|一类地区：2020元/月；…: the levels a standard sets, a
                # label line each, are rules as a candidate's conditions are; the head may close a paragraph)
                eligible_list, eligible_rank, levels_list = True, _UNMARKED, True
            add((part, section, governing, review, eligible_rank >= 0, graded_rank >= 0))
            if stripped[-1] == "：":
                ys = [y for _, y, pre, post in _years(stripped) if pre not in _COMPARING
                      and post not in ("以来", "开始")]
                if ys:
                    governing = ys[-1]
            state = (part, section, governing, review, eligible_rank >= 0, graded_rank >= 0)
        #: Per line: which top-level part (一、…, 附件) it is in, the year a heading above it names,
        #: the year a colon head above it sets, whether it is in a review section, and whether in
        #: an eligibility section (its figures are the thresholds a candidate meets: standards).
        #: And whether in the section of a heading that names a level (see :func:`_defines_class`).
        self.part, self.section_year, self.head_year, self.review, self.eligible, self.graded = zip(*states, strict=True)
        self.doc_year = doc_year
        self.text = text
        # Most documents never say 明年 or 用3年时间: their figures skip those searches.
        self.next_year_named = "明年" in text
        self.span_named = "年时间" in text or "年左右时间" in text
        self._year_end: dict[int, list[tuple[int, int]]] = {}
        self._carried: dict[int, int | None] = {}
        self._years: dict[int, tuple[list[int], list[int], list[tuple[int, int, str | None, str | None]]]] = {}
        self._item_deadline: dict[int, int | None] = {}
        # Most documents write no deadline label: their figures skip the look at the lines under them.
        self.deadline_labels = "时限" in text or "时间" in text or "期限" in text or "节点" in text

    def item_deadline(self, li: int) -> int | None:
        """The year the deadline line under the item that line ``li`` ends names (…济办1亿元。|责任单位：…|完成时限：
        2025年12月底前): the label lines right after ``li`` (of owners, of posts, of a deadline), the year in the
        value of the deadline's; None when no such line follows. Read once for each line."""
        if not self.deadline_labels:
            return None
        if li in self._item_deadline:
            return self._item_deadline[li]
        year = None
        for k in range(li + 1, min(li + 1 + _ITEM_LABEL_LINES, len(self.starts))):
            m = _ITEM_LABEL_LINE.match(self.text, self.starts[k], self.end(k))
            if m is None:
                break
            if is_deadline_label(m.group("label")):
                years = [y for _, y, pre, post in _years(self.text[m.end():self.end(k)])
                         if pre not in _COMPARING and post not in _NOT_DUE]
                year = years[-1] if years else None
                break
        self._item_deadline[li] = year
        return year

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def carried(self, li: int) -> int | None:
        """The horizon the paragraph before line ``li`` opens its last sentence with (…。到2030年，…取得
        显著成效。), when ``li`` is a paragraph that names no year of its own: the goals it lists are
        those of that horizon. So is the one that opens the sentence a line ending in ； breaks off
        (2023年底前，…明显提升；…建立；|…实现…“100%网上受理”。: a page's wrap after a clause, the sentence
        runs on). None when ``li`` is a heading or an item (（一）…), or names a year other than a base
        (比2005年). Read once for each line."""
        if li in self._carried:
            return self._carried[li]
        year = self._carried[li] = self._read_carried(li) if li and self.part[li] == self.part[li - 1] else None
        return year

    def _read_carried(self, li: int) -> int | None:
        """See :meth:`carried`; ``li`` is no first line of a part."""
        prev, line = self.end(li - 1), self.text[self.starts[li]:self.end(li)]
        ended = self.text[prev - 1:prev]
        if not line or ended not in ("。", "；") or len(line) < 40 or line[0] in _NOT_PARAGRAPH_FIRST \
                or line[0] in BULLETS or _HEADING_MARK.match(line).end():  # type: ignore[union-attr]
            return None
        # (after a ；, the sentence the line finishes: a year phrase of a later sentence of the line is its own)
        named = self.text.find("。", self.starts[li], self.end(li)) if ended == "；" else -1
        if any(pre not in _COMPARING and post not in ("以来", "开始") and (named < 0 or at < named)
               for at, _, pre, post in self.years(li)[2]):
            return None
        head = self.starts[li - 1]
        if ended == "；":  # the sentence the line breaks off, from its start: the year must open it
            last = max(self.text.rfind(c, head, prev - 1) for c in "。！？") + 1 or head
            years = [y for at, y, pre, post in self.years(li - 1)[2]
                     if at == last and post not in ("以来", "开始", "起")
                     or at >= last and pre in ("到", "至") and _opens_sentence(self.text, at, last)]
        else:
            last = max(self.text.rfind(c, head, prev - 1) for c in "。；！？") + 1 or head
            years = [y for at, y, pre, _ in self.years(li - 1)[2]
                     if at >= last and pre in ("到", "至") and _opens_sentence(self.text, at, last)]
        if not years or (self.doc_year and max(years) < self.doc_year):
            return None
        return max(years)

    def end(self, li: int) -> int:
        """Where line ``li`` ends (its line break left out)."""
        return self.starts[li + 1] - 1 if li + 1 < len(self.starts) else len(self.text)

    def year_end_in(self, li: int, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, a part of line ``li``, holds a :data:`_YEAR_END`
        phrase (今年, 6月底前 …). A line's phrases are found once, on the first call for it.
        """
        found = self._year_end.get(li)
        if found is None:
            line_start, line_end = self.starts[li], self.end(li)
            found = self._year_end[li] = [
                (m.start(), m.end(m.lastindex or 0)) for m in _YEAR_END_AT.finditer(self.text, line_start, line_end)
            ] if _YEAR_END_HINT.search(self.text, line_start, line_end) else []
        return bool(found) and any(start <= a and b <= end for a, b in found)

    def years(self, li: int) -> tuple[list[int], list[int], list[tuple[int, int, str | None, str | None]]]:
        """The year phrases of line ``li``, scanned once: their starts, their ends and
        ``(start, end year, pre word, post word)`` of each, in text order.
        """
        found = self._years.get(li)
        if found is None:
            start, end = self.starts[li], self.end(li)
            found = ([], [], [])
            first = _YEAR_DIGITS.search(self.text, start, end)
            for m in _YEAR.finditer(self.text, max(start, first.start() - _YEAR_LEAD), end) if first else ():
                found[0].append(m.start())
                found[1].append(m.end())
                found[2].append((m.start(), _year_of(m), _pre_word(m), m.group("post")))
            self._years[li] = found
        return found


# ---------------------------------------------------------------------------
# The public function


def find_targets(
    text: str, *, document: str | None, title: str | None = None, date: str | None = None
) -> tuple[list[Target], list[Incentive]]:
    """Find the quantified targets and the incentives one document states.

    Args:
        text: the document's normalised text (:func:`policykg.extract.text.normalise`).
        document: its number (文号), copied onto every record.
        title: its title; a plan period (``（2024-2026年）``) or an annual plan's
            year (``2024年…规划``) gives the deadline of targets that name none.
        date: its 成文日期 (``YYYY-MM-DD``); years before it mark past results.

    Returns:
        ``(targets, incentives)``, each in text order, with ``source`` spans
        (offsets into ``text``) covering the clause that states them.
    """
    targets, incentives = target_fields(text, title=title, date=date)
    return (
        [Target(document=document, index=i, **t) for i, t in enumerate(targets)],
        [Incentive(document=document, index=i, **f) for i, f in enumerate(incentives)],
    )


def explain(text: str, *, title: str | None = None, date: str | None = None) -> list[tuple[str, str]]:
    """Why each number of ``text`` was kept or dropped: ``(quantity as written, why)`` in text
    order, ``why`` being ``target``, ``standard:<rule>``, ``qualifier:<rule>``, ``past_result``
    or ``drop:<rule>`` (the rule of :mod:`policykg.extract.target_rules` that decided)."""
    trace: list[tuple[int, str]] = []
    target_fields(text, title=title, date=date, trace=trace)
    ctx = _Context(text)
    ends = {q.start: q.end for q in _scan(text, ctx)}
    return [(text[at:ends[at]], why) for at, why in sorted(trace)]


def target_fields(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    trace: list[tuple[int, str]] | None = None,
    table_rows: list[TableRow] | None = None,
    published: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The fields of the targets and incentives one document states, before records are made.

    :func:`find_targets` makes the records from them; a caller that sets more fields
    (keys, sources placed on another text) makes each record once from these instead.

    Args:
        text: the document's normalised text.
        title: its title (see :func:`find_targets`).
        date: its 成文日期 (``YYYY-MM-DD``), or only its year (``YYYY``: the year a page
            without one was published).
        trace: a list to which ``(position, why)`` is appended for every number read: the
            rule that dropped it, or what it became (see :func:`explain`).
        table_rows: the rows of its task tables from :func:`find_table_rows` (their yearly plan
            cells are targets, the figures of their progress cells are not); read here, when a
            plan or progress column may exist, if None.
        published: whether ``date`` is only the time stamp of the page that carries the text (its
            upload or repost time), not a date of the document's own.

    Returns:
        ``(targets, incentives)``: one dict of :class:`Target` or :class:`Incentive`
        keyword arguments per record, in text order, without ``document`` and ``index``;
        each dict is the caller's to change.
    """
    hinted = holds_status_word(text)  # a word of a progress column's name
    if table_rows is None and hinted:
        table_rows = find_table_rows(text)  # their progress cells (落实情况) hold no targets
    ctx = _Context(text)
    if table_rows and any(row.glued_serial >= 0 for row in table_rows):
        # 1地区生产总值增长6%以上: a row's serial glued onto its task ends a clause, as a cell's border does; so does
        # the unit cell glued after it (1居民消费价格涨幅3%左右发展改革委)
        for row in table_rows:
            if row.glued_serial > 0:
                # (an end stands where the mark that closes a clause would: the serial's last digit, the unit's first)
                for end in (row.glued_serial - 1, *(e[2] for e in row.entries[:1] if e[2] > row.glued_serial)):
                    insort(ctx.clause_ends, end)
                    insort(ctx.sentence_ends, end)
    qtys = _scan(text, ctx)
    doc_year = int(date[:4]) if date and date[:4].isdigit() else None
    if published and doc_year and (planned := _scope_year(title if title is not None else _first_line_title(text), text)) \
            and planned < doc_year:
        # 时间:2022-04-09 above …2021年计划投资…: a plan for a year before the page's stamp was put up later;
        # the stamp is no date of the plan, and its own year's figures are no past results
        doc_year = None
    plan = _plan_targets(text, table_rows) if _has_plan_column(text) else []
    figures, tables, rules = _figure_targets(text, doc_year)  # [] at once when no year or standard stands as a cell
    plan += figures
    status = _status_cells(text) if ("|" in text or "｜" in text) and hinted else []
    if hinted and ("：" in text or ":" in text) and (labelled := _status_lines(text)):
        status = _union(status + labelled)
    if table_rows and any(row.status for row in table_rows):  # progress cells the task tables placed
        status = _union(status + [span for row in table_rows for span in row.status])
    if status:
        # The cells of a progress column (落实情况) report results: their figures are no targets.
        qtys, dropped = _outside(qtys, status)
        if trace is not None:
            trace.extend((q.start, "drop:status_column") for q in dropped)
    if plan or tables:
        # The numbers of the plan cells are read there, one target per year, not as prose; so
        # are those of a place table or matrix (each place's figures read there, named by their place).
        spans = sorted([(t["source"].start, t["source"].end) for t in plan] + tables)
        if tables:  # a matrix's span holds its own cells' spans: keep the outer one
            spans = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in tables
                                                                   if (a, b) != sp)]
        qtys = _outside(qtys, spans)[0]
    # A page whose identity found no title still names its kind and year on its first line
    # (卫生部某司2010年工作总结); it dates and frames the figures, but is no title to mask.
    named = title if title is not None else _first_line_title(text)
    if named:
        named = _digit_years(named)
    scope_year = _scope_year(named, text)
    if doc_year is None and named:
        m = _TITLE_ANNUAL.search(named) or _TITLE_REPORT_YEAR.search(named)
        doc_year = int(m.group("y")) if m else None
    if scope_year is None and named and "年" in named and (m := _TITLE_PART_YEAR.search(named)) is not None:
        scope_year = int(m.group("y"))  # a report on part of a year: the rest it plans is due in that year
        doc_year = doc_year or scope_year
    if doc_year is None and title is None:
        # An undated page whose opening sentences name an annual plan (日前，市政府印发2022年重点工作任务分工，…):
        # 今年 is that plan's year, as an annual title's is.
        # So does one that announces in its opening or its headline what will be done in a year
        # (2024年，某县将扎实干好“十件民生实事”。…: the list it frames later is that year's).
        doc_year = _opening_annual_year(text) or _announced_year(text) or _sole_year(text)
        if scope_year is None:
            scope_year = doc_year
    if scope_year is None and doc_year is not None and _announces_this_year(text):
        scope_year = doc_year  # 今年，某市将…: a page announcing its year's plan
    if doc_year is None and "回顾" in text and (m := _REVIEWED_YEAR.search(text)) is not None \
            and f"{int(m.group('y')) + 1}年" in text[m.end():]:
        # An undated page that restates a report reviewing one year and planning the next (一、2025年工作回顾；…
        # 三、2026年经济社会发展总体要求): it is given in the year it plans, which its 今年 names (its 2025年是很不平凡的
        # 一年 is the year reviewed).
        doc_year = int(m.group("y")) + 1
        if scope_year is None:
            scope_year = doc_year
    if (doc_year is None or published and scope_year is None) and "年是" in text:
        # An undated page that says which year it is in (2025年是…最后一年): 今年 is that year,
        # earlier years are past, and a figure no phrase dates is due in it. So is a page only a
        # time stamp dates (公开日期: 2023-07-28 above 2023年是…开局之年): the stamp dates no plan.
        # (not a year before the stamp: 2027年01月20日 above 报告指出，2026年是…关键一年 reviews it)
        if (stated := _stated_year(text)) is not None and (doc_year is None or stated >= doc_year):
            doc_year = stated
            if scope_year is None:
                scope_year = stated
    opening = text[:REPORT_OPENING_REACH]
    summary = bool(named and (REPORT_TITLE.search(named) or COMMUNIQUE in named
                              or "关于" in named and _COMMENDATION_TITLE.search(named))) or (
        reports_as_follows(text)) or (
        title is None and ("初步" in opening and _COMMUNIQUE_OPENING.search(opening) is not None
                           or _compares_with_year_before(opening)
                           or "评估" in opening and _EVALUATION_OPENING.search(opening) is not None)
        and not _opens_as_work_report(text))
    lines = _Lines(text, doc_year, summary=summary,
                   on_goals=summary and named is not None and _PROGRESS_TITLE.search(named) is not None)
    squashed_title = squash(title) if title else ""
    if scope_year is None and len(lines.annual_years) == 1:
        scope_year = next(iter(lines.annual_years))  # an annual plan its headings name (2019年…任务分解表)
    if scope_year is None and doc_year and named and _WORK_REPORT.search(named):
        scope_year = doc_year  # a work report delivered early in the year sets that year's figures
    if scope_year is None and title is None and "》" in text[:_REPORTED_PLAN_REACH]:
        # A page without a title of its own that reports a plan issued (日前，…联合印发《…（2023—2027年）》
        # （简称《行动计划》）。《行动计划》提出，…): the figures it quotes are due at the plan's end.
        m = _REPORTED_PLAN.search(text, 0, _REPORTED_PLAN_REACH)
        scope_year = int(m.group("y")) if m else None
    if scope_year is None and title is None:
        scope_year = _preamble_year(text, doc_year)
    if scope_year is None and "如下" in text[:REPORT_OPENING_REACH]:
        scope_year = _matter_year(text)

    now = doc_year or scope_year  # a five-year period that ended before it is looked back on
    work_report = bool(named and _WORK_REPORT.search(named)) or _opens_as_work_report(text)
    # A work report's paragraphs opened by a year before its own (2024年，开展精准招商217次…) review that year:
    # its own is its date's, else the one year its headings plan for (2025年工作安排), never a horizon (到2030年).
    report_year = None
    if work_report:
        report_year = doc_year or (next(iter(lines.annual_years)) if len(lines.annual_years) == 1 else None)
    # A work report reviews up to the words that close its review (这些成绩的取得，离不开…; 在总结成绩的同时…),
    # however much of the review a page or an excerpt keeps (二是城乡面貌明显改善…城镇化率达66.9%).
    review_end = m.start() if work_report and "成绩" in text and (m := _REVIEW_CLOSING.search(text)) else -1
    found_all: list[dict[str, Any]] = []  # the fields of each target, before duplicates go
    incentives: list[dict[str, Any]] = []
    # The numbers of each clause (by the index of its end), in text order as the numbers are.
    by_clause: list[tuple[int, list[_Qty]]] = []
    clause_ends, n = ctx.clause_ends, len(text)
    last_k = -1
    for q in qtys:
        k = bisect_left(clause_ends, q.start)
        if k == last_k:
            by_clause[-1][1].append(q)
        else:
            by_clause.append((k, [q]))
            last_k = k
    n_ends = len(clause_ends)

    prev_indicator: dict[int, str] = {}  # sentence start → indicator of its last target
    prev_kind: dict[int, tuple[int, str]] = {}  # sentence start → (end, kind) of its last target or standard
    standard_at: dict[int, tuple[int, dict[str, Any]]] = {}  # sentence start → (end, fields) of its last standard
    last_tier: tuple[int, str] = (-1, "")  # (end, indicator) of the last bound of a tier a rate applies to
    breakdowns = ctx.breakdowns
    total = -1  # where the breakdown bracket holding a run starts
    # For each found target, the sentence start of a qualifier and whether it is a condition's (see
    # below), else (-1, False).
    qualifier_of: list[tuple[int, bool]] = []
    part_of: list[int] = []  # for each found target, the part of the document its clause is in
    stated: set[int] = set()  # sentences that state a target or a standard
    stated_targets: set[int] = set()  # sentences that state a target
    # Sentence-level tests, once per sentence however many of its clauses hold numbers.
    grants: dict[int, bool] = {}
    past: dict[int, bool] = {}
    estimated: set[int] = set()  # sentence starts of an estimate of the year now ending (预计完成…), and its parts after ；
    forecast_lines: dict[int, int] = {}  # line → where a forecast opening a sentence of it ends (据气象部门预测：…), or -1
    defines: dict[int, bool] = {}  # sentence start → whether it defines a level or a term (see _defines_class)
    past_until: dict[int, int] = {}  # sentence start → end of its last clause of past results
    tallied: set[int] = set()  # sentence ends of progress tallies (see _tallies)
    done_lists: set[int] = set()  # sentence ends of the ；-items of a list a verb done opens (_done_list_head)
    ahead: dict[int, bool] = {}  # sentence start → whether, in a review, it strives for a goal ahead (_STRIVES_AHEAD)
    looks_back: dict[int, bool] = {}  # line start → whether its paragraph opens with a look back
    moved_in: dict[int, tuple[int, int] | None] = {}  # line start → its first past rise of a figure (_moved_at)
    status_until: dict[int, int] = {}  # sentence start → end of the status it reports (see _status_until)
    doc_month = int(date[5:7]) if date and len(date) >= 7 and date[5:7].isdigit() else None
    self_counted: dict[int, int] = {}  # sentence start → end of its last clause counting a document's parts
    scope_of: dict[int, int] = {}  # sentence start → where its clause stating the scope the document covers ends (0: none)
    # Where the last condition clause with a number ends: its consequence is the clause after it, as
    # after any clause ending …的，.
    condition_end = -2
    personnel: dict[int, bool] = {}  # sentence or line start → whether it names personnel events (see _names_personnel)
    # The sentence and the line of each clause, looked up inline (ctx.sentence, lines.index).
    sentence_ends, line_starts = ctx.sentence_ends, lines.starts
    s1 = -1  # (the clauses come in text order: a clause within the last one's sentence is in it)
    for ci, group in by_clause:
        c0, c1 = clause_ends[ci - 1] + 1 if ci else 0, clause_ends[ci] if ci < n_ends else n
        if ci and text[c0 - 1] == "，" and (k := text.find("）", c0, group[0].start)) >= 0 \
                and text.find("（", c0, k) < 0:
            c0 = _bracket_clause_start(text, clause_ends, c0)
        if c0 > s1:
            k = bisect_left(sentence_ends, c0)
            s0, s1 = sentence_ends[k - 1] + 1 if k else 0, sentence_ends[k] if k < len(sentence_ends) else n
        clause = text[c0:c1]
        if s0 not in grants:
            sentence = text[s0:s1]
            grants[s0] = bool(_INCENTIVE.search(sentence))
            m = _PAST_SENTENCE.search(sentence)
            while m is not None and m.group()[:2] in _PRAISE_VERBS and _praise_promised(sentence, m.start()):
                m = _PAST_SENTENCE.search(sentence, m.end())  # a rule's promised praise (see _praise_promised)
            if m is None and work_report and "预计" in sentence:
                m = _REPORT_ESTIMATE.search(sentence)  # 预计实现地区生产总值…: the year a report reviews
            if m is None and _opens_forecast(text, lines, s0, forecast_lines) and _PLAN_WORDS.search(sentence) is None:
                # 据市气象台预测：…。|汛期有6次区域性暴雨天气过程: a later sentence of the paragraph a forecast opens
                m = _FORECAST_GOES_ON
            past[s0] = m is not None or s0 < review_end
            if not past[s0] and "了" in sentence and (summary or work_report or title is None) \
                    and (done := _PERFECTIVE.search(sentence)) is not None and _AHEAD.search(sentence) is None \
                    and _WILL.search(sentence) is None and _RULE_OR_FRAME.search(sentence) is None \
                    and not _quotes_after(sentence, done.end()):
                # 我们遴选确定了65个试点乡镇，覆盖中小学226所; 转办线索56例，…，有效维护了…生态: in a report or a
                # news page, a verb done (了) reports the whole sentence, its other clauses too, unless it looks
                # ahead or sets a rule (申请人提交了材料，受理部门应在5个工作日内办结) or a base (巩固了…的基础上),
                # or quotes what the document it reports on says (印发了《方案》，方案提出：…)
                past[s0] = True
            elif not past[s0] and "累计" in sentence and (summary or work_report or published and title is None) \
                    and _ACCRUED.search(sentence) is not None and _AHEAD.search(sentence) is None \
                    and _WILL.search(sentence) is None and _RULE_OR_FRAME.search(sentence) is None \
                    and not any(pre not in _COMPARING and post not in ("以来", "开始") and (now is None or y >= now)
                                for _, y, pre, post in _years(sentence)):
                # 累计征集…重点项目10项: in a report, or on a news page (no title of a document, dated by its
                # publication stamp only), a sum to date reports what was done so far (a plan dates its sums
                # ahead: 到2025年，累计…; 2022年，全市…减排量累计削减5575.6吨, the year of the plan it carries)
                past[s0] = True
            if (done_lists and s0 - 1 in done_lists or "：" in sentence and (summary or work_report or title is None)) \
                    and _done_list_head(sentence, s0, s1, text, done_lists):
                past[s0] = True  # …提出了三个方面问题：…5个具体问题；…1个问题；…8个具体问题: a list a verb done opens
                done_lists.add(s1)
            if m is not None and "预计" in m.group():
                estimated.add(s0)
            elif m is None and s0 and text[s0 - 1] == "；" and estimated and _STATUS_STOP.search(sentence) is None:
                # 预计完成地区生产总值7810亿元，增长10%；固定资产投资5430亿元…: the estimate runs on over the parts
                # after its ；
                k = bisect_left(sentence_ends, s0 - 1)
                if (sentence_ends[k - 1] + 1 if k else 0) in estimated:
                    past[s0] = True
                    estimated.add(s0)
            if not past[s0]:
                # 过去一年，…。国内生产总值增长5%…: a paragraph opened by a look back reports results
                # in its later sentences too, unless one looks ahead; so does a sentence opened by
                # one (…。五年里，…突破600万公里; “十三五”时期，…)
                line_start = lines.starts[lines.index(s0)]
                back = looks_back.get(line_start)
                if back is None:  # asked once for each paragraph
                    back = looks_back[line_start] = _opens_looking_back(text, line_start, now) or (
                        report_year is not None and _opens_year_before(text, line_start, report_year)) or (
                        _opens_with_findings(text, line_start, lines.end(lines.index(s0))))
                if not back and line_start < s0 and text[s0] in _FRAME_FIRST:
                    back = _frame_at(text, s0, now, line=False)
                if back and "以来" in text[line_start:line_start + 12] and _SINCE_OPENING.match(text, line_start):
                    # (2022年以来，…。全省计划开工改造老旧小区3889个，截至8月底，已开工…: the plan of the span
                    # looked back on, unless the sentence names a year from the document's on)
                    past[s0] = _AHEAD_OF_SPAN.search(sentence) is None and not any(
                        y >= now for _, y, pre, _ in _years(sentence) if pre not in _COMPARING)  # type: ignore[operator]
                else:
                    past[s0] = back and _AHEAD.search(sentence) is None
                if not past[s0]:
                    # 地区生产总值从2015年末的300.41亿元跃升至2020年的469.5亿元，年均增长9.3%；财政收入…: a
                    # figure's rise from one past year to another reports results, in its sentence and the
                    # paragraph's later ones, unless one looks ahead
                    if line_start in moved_in:
                        moved = moved_in[line_start]
                    else:  # asked once for each paragraph
                        line_end = lines.end(lines.index(s0))
                        moved = moved_in[line_start] = _moved_at(text, line_start, line_end, doc_year, scope_year)
                    if moved is not None and moved[0] < s1:
                        ahead = _AHEAD.search(text, s0, moved[0]) or _AHEAD.search(text, max(s0, moved[1]), s1)
                        past[s0] = ahead is None
            if not past[s0] and _RANKED.search(sentence) and _STATUS_STOP.search(sentence) is None \
                    and not _ahead_before(text, s0):
                past[s0] = True  # 开工率均达100%，居全省前三位: a rank reports results
            if not past[s0] and "占" in sentence and _PLAN_SHARE.search(sentence) \
                    and _STATUS_STOP.search(sentence) is None:
                past[s0] = True  # 地区生产总值完成11.3亿元，占年计划的41.8%，同比增长9.3%: the plan's progress
            if not past[s0] and "已" in sentence and _tallies(sentence):
                past[s0] = True  # 信访25个，已完成24个，剩余1个: a progress tally, its total and the part left too
                tallied.add(s1)
            elif not past[s0] and tallied and s0 - 1 in tallied and _TALLY_REST_OPEN.match(sentence) is not None \
                    and _STATUS_STOP.search(sentence) is None:
                past[s0] = True  # …整改率74%。剩余19个问题中涉及…5个: the breakdown of what a tally left
        if c1 < n and text[c1] == "，" and _CHANGED_FIRST.match(text, c1 + 1) and _CHANGED_TO.match(text, c1 + 1) \
                and _CHANGE_OBJECT.search(text, c0, group[0].start) is not None:
            # 将乡镇卫生院200元、一级医院300元，|调整为：一级医院200元…: the values a change starts from, listed
            # in the clause of its object before the verb (as 由…|降为… in one clause), no target
            if trace is not None:
                trace.extend((q.start, "drop:old_value") for q in group)
            continue
        if group[-1].unit.endswith(_PEOPLE_UNITS) or group[0].unit.endswith(_PEOPLE_UNITS):
            # 其中辞职7人，任命6人; 平均年龄50岁; 委员共24人出席: people a personnel decision or a meeting
            # names, counted or aged, are facts of that event
            people = [q for q in group if q.unit.endswith(_PEOPLE_UNITS)]
            if _names_personnel(text, lines, c0, (s0, s1), personnel):
                if trace is not None:
                    trace.extend((q.start, "drop:personnel_count") for q in people)
                group = [q for q in group if not q.unit.endswith(_PEOPLE_UNITS)]
                if not group:
                    continue
        if grants[s0]:
            # The amounts granted are incentives; the sentence's other numbers are read as any
            # (三年内组织500名乡村医生进修，对完成进修的给予每人2000元补助: 500 is a target).
            granted, taken, grant_standards = _incentives(text, group, (c0, c1), (s0, s1))
            incentives.extend(granted)
            group = [q for q in group if q.start not in taken]
            if not group:
                continue
        else:
            grant_standards = {}
        # …超过100人的企业达到15%…的，: a condition; its numbers are qualifiers.
        head = clause.rstrip()
        if head[-1:] == "）" and (k := head.rfind("（")) > 0:
            head = head[:k]  # 超标0.5倍以下的（含0.5倍），: the condition before its note
        # …运营1年以上的（含300张，下同），: the note's comma ends the clause; the condition is before the note
        noted = (k := head.rfind("（")) > 0 and head.find("）", k) < 0 and head[:k].endswith(_CONDITION_ENDS)
        if noted:
            head = head[:k]
        condition = (
            head.endswith(_CONDITION_ENDS) and c1 < n and text[c1] == "，"
            # …5万千瓦时，: a unit, not 时 (when); a figure of the note is no figure of the condition
            and (group[-1].end < len(head) + c0 if not noted else all(q.end != len(head) + c0 for q in group))
        ) or (
            # 超标0.5至1倍（含1倍），每次扣缴…: a tier of a rule, the excess alone in its clause (its 的 left out)
            head.lstrip()[:1] in _TIER_FIRST and c1 < n and text[c1] == "，" and len(group) == 1
            and group[0].end == c0 + len(head) and _TIER.match(text, c0, group[0].start - group[0].pre_len) is not None
        ) or (
            # 数量达到…的20%，并签订2年以上劳动合同的，可申请…: the first part of a condition the next clause closes
            c1 < n and text[c1] == "，" and text.startswith(_CONDITION_JOINERS, c1 + 1) and ci + 1 < n_ends
            and text[clause_ends[ci + 1]] == "，" and text[c1 + 1:clause_ends[ci + 1]].rstrip().endswith("的")
        ) or (
            # 凡承包面积在200亩以上，双季稻种植达100%的种粮大户，奖励…: a sentence opening with 凡 states whom its
            # rule holds for up to the clause its 的 closes in
            text.find("凡", s0, s0 + 8) >= 0 and _EVERY_ONE_WHO.match(text, s0) is not None
            and c1 <= _condition_close(text, s0, s1)
        ) or (
            # 消费满200元，可减免50元; 累计满3年，可申请…: a threshold 满 sets, then what a rule permits once it is met
            "满" in clause and c1 < n and text[c1] == "，" and _MET_THRESHOLD.search(clause) is not None
            and _PERMITTED.match(text, c1 + 1) is not None
        )
        if condition and clause.lstrip()[:1] == "每" and _STEP_CLAUSE.match(clause) is not None:
            condition_end = c1  # (the clause after is what the rule sets for each step)
            if trace is not None:
                trace.extend((q.start, "drop:increment_step") for q in group)
            continue
        if (c1 < n and text[c1] == "，" and text[c1 + 1:c1 + 2] == "现" and _PUBLISHED_HERE.match(text, c1 + 2)) or (
                clause[:3].lstrip()[:1] in _DOCUMENT_SUBJECT_FIRST and _DOCUMENT_COUNTS_ITSELF.match(clause)) or (
                self_counted.get(s0) == c0 - 1 and clause.lstrip().startswith(_PARTS_GO_ON)) or (
                clause[:1] == "共" and c0 > s0 and _DOCUMENT_SUBJECT.match(text, s0, c0)) or (
                c1 == s1 and c0 > s0 and len(group) == 1 and group[0].kind == "count"
                and text[s0:s0 + 3].lstrip()[:1] in _DOCUMENT_SUBJECT_FIRST and _DOCUMENT_COUNTS_ITSELF.match(text, s0, s1)
                and _ANY_DIGIT.search(text, s0, c0) is None) or (
                "如下" in text[group[-1].end:c1 + 12] and len(group) == 1 and group[0].kind == "count"
                and _LISTED_BELOW.match(text, group[-1].end) is not None):
            # 《清单》共5个类别126项，分为基层党建31项、…: a document counting its own parts, and the breakdown after
            self_counted[s0] = c1
            if trace is not None:
                trace.extend((q.start, "drop:document_counts_its_parts") for q in group)
            continue
        if s0 not in scope_of:  # asked once for each sentence: where its clause of scope ends, 0 where it has none
            scope = _DOCUMENT_SCOPE.match(text, s0, s1) if text.find(
                "范围", s0, min(s1, s0 + _DOCUMENT_SCOPE_REACH)) >= 0 else None
            scope_of[s0] = 0 if scope is None or _AHEAD.search(text, s0, s1) is not None \
                else s1 if scope.group().endswith("：") else _first_clause_end(text, s0, s1)
        if c0 < scope_of[s0] and all(q.comparator == "=" for q in group):
            # 本次规划范围包括…（约28km2）两部分: the scope the document covers, no goal (not what the clause after it
            # does: …5个乡镇，|新建污水管网50公里; not a bound of the class it covers: 年销售收入500万元以上的企业)
            if trace is not None:
                trace.extend((q.start, "drop:document_scope") for q in group)
            continue
        if (quote := text.rfind("“", s0, c0 + 1)) >= 0 and text.find("”", quote, c0) < 0 \
                and _speaks_personally(text, quote, c0):
            # a remark quoted in a news story (“现在两地通勤还要1个多小时，但很快就能压缩到50分钟以内，作为四川人，我感到…”)
            if trace is not None:
                trace.extend((q.start, "drop:personal_remark") for q in group)
            continue
        if "×" in clause and (formula := [q for q in group if _formula_factor(text, q.num_start, c0)]):
            # 计算方法：达标天数/监测总天数×100%: the scale a ratio's formula is multiplied by, no target
            if trace is not None:
                trace.extend((q.start, "drop:formula_factor") for q in formula)
            group = [q for q in group if q not in formula]
            if not group:
                continue
        if "×" in clause and (rated := [q for q in group if _rated_units(text, q.num_start)]):
            # 实施3×200MW机组供热改造: the rating of the units a name counts (3 units of 200 MW), a spec of what
            # is worked on, no target
            if trace is not None:
                trace.extend((q.start, "drop:unit_rating") for q in rated)
            group = [q for q in group if q not in rated]
            if not group:
                continue
        li = bisect_right(line_starts, c0) - 1
        if group[0].unit.endswith("℃") and _FORECAST.search(text, line_starts[li], c1) is not None:
            # 气象台…发布：今天白天晴转多云，西北风5-6级…；气温：15～4℃: a portal's weather forecast, no target
            if trace is not None:
                trace.extend((q.start, "drop:weather_forecast") for q in group)
            continue
        if (lines.review[li] or lines.inline_reviews and _within(lines.inline_reviews, c0)) \
                and not (lines.restated and c0 < lines.restated.get(li, 0)) and not (
            text[s0:s0 + 1] in _STRIVES_AHEAD_FIRST and (ahead[s0] if s0 in ahead else ahead.setdefault(
                s0, _STRIVES_AHEAD.match(text, s0, s1) is not None))
        ) and not (
            text[s0:s0 + 1] == "2" and (ahead[s0] if s0 in ahead else ahead.setdefault(
                s0, (m := _YEAR_PLANNED.match(text, s0, s1)) is not None and (doc_year or 0) <= int(m.group("y"))))
        ) or past[s0] \
                or _reports(clause, condition=condition) or (
            past_until and past_until.get(s0) == c0 - 1
            and (text[c0] in _CONTINUES_FIRST and _CONTINUES.match(clause) is not None
                 or "完成率" in clause and _RATE_DONE.match(clause) is not None)
        ) or c0 < (status_until[s0] if s0 in status_until
                   else _status_until(text, sentence_ends, s0, s1, doc_year, doc_month, status_until)) or (
            text.find("截", s0 + 1, c0) >= 0 and _status_within(text, s0, c0, doc_year, doc_month)
        ):
            past_until[s0] = c1
            if clause.startswith("其中"):
                past[s0] = True  # the breakdown of a past figure: the sentence's later items too
            if trace is not None:
                trace.extend((q.start, "past_result") for q in group)
            continue
        if condition:
            condition_end = c1
        # (asked only of a sentence with a bound: a definition's figures are bounds)
        defining = defines.get(s0)
        if defining is None and (group[0].comparator != "=" or len(group) > 1 and any(q.comparator != "=" for q in group)):
            # (most clauses hold one number: its own test, no generator)
            defining = defines[s0] = lines.graded[li] or _defines_class(text, s0, s1, sentence_ends) \
                or _defines_period(text, s0, s1)
        cl = _Clause(text, ctx, lines, c0, c1, (s0, s1), li, clause, bool(squashed_title) and _is_title(clause, squashed_title),
                     grants[s0], condition, doc_year, scope_year, grant_standards, Source(c0, c1, clause),
                     not condition and (condition_end == c0 - 1 or text[c0 - 2:c0] == "的，"), bool(defining))
        # Adjacent numbers (10类40项以上) are one statement: the last one's limit word governs all.
        if len(group) == 1:
            merged = [group]  # (most clauses hold one number)
        else:
            merged = []
            for q in group:
                if merged and q.unit.endswith("岁") and merged[-1][-1].kind == "count" \
                        and _AGE_OF_COUNTED.fullmatch(text, merged[-1][-1].end, q.start - q.pre_len):
                    continue  # 为7万名|35-64岁妇女, 80万农村|35—64岁妇女: an age after a count is part of whom it counts
                if merged and merged[-1][-1].end == q.start - q.pre_len and q.pre_len == 0 \
                        or merged and _band_high(text, merged[-1][-1], q):
                    merged[-1].append(q)
                else:
                    merged.append([q])
            # 分别增长6%、9%以上; 稳定在218万亩、18.2亿斤以上: figures joined by nothing but 、 share the limit
            _share_list_limit(text, merged)
            for ri, run in enumerate(merged[:-1]):
                if _limit_before(run[-1]):
                    # (开工3年内的…比例分别不低于20%、50%: the list need not open the clause)
                    _share_first_limit(text, merged[ri:])
            if "或" in clause:
                _share_alternative_limit(text, merged)
                _share_alternative_post_limit(text, merged)
        kept_end = c0
        clause_first = len(found_all)
        # 粮食播种面积和产量稳定在218万亩、18.2亿斤以上: figures joined by nothing but 、 pair with the
        # items of the indicator in order, as 分别 says
        respectively = "分别" in clause or len(merged) > 1 and all(
            text[a[-1].end:b[0].start - b[0].pre_len] in _LIST_JOINS for a, b in zip(merged[:-1], merged[1:], strict=True))
        last_gi = len(merged) - 1
        judged: tuple[list[dict[str, Any]], str] = ([], "")  # what the run before stated (see restated_amount)
        for gi, run in enumerate(merged):
            if len(run) > 1 and (governing := run[-1].comparator) != "=":
                for q in run[:-1]:
                    if q.comparator == "=":
                        q.comparator = governing
            more = gi < last_gi  # another run follows in the clause
            nxt = merged[gi + 1][0].start - merged[gi + 1][0].pre_len if more else c1
            if breakdowns:  # most documents have no （其中…） bracket
                total = ctx.breakdown_at(run[0].start)
                if total >= 0 and prev_kind.get(s0, (c1, ""))[0] > total:
                    # a breakdown of a total its sentence states no target or standard in (由财政补助（其中省
                    # 财政补偿80%…）: a cost share): no more a target than the total is
                    if trace is not None:
                        trace.extend((q.start, "drop:breakdown_of_no_target") for q in run)
                    continue
            restated = bool(gi and len(run) == 1 and judged[0]) and text.startswith("（即", merged[gi - 1][-1].end) \
                and merged[gi - 1][-1].end + 2 == run[0].start and text[run[0].end:run[0].end + 1] == "）"
            if restated:
                mag, base_unit = magnitude(run[0].value, run[0].unit)
                restated = base_unit != judged[0][-1]["base_unit"]
            if restated:
                # 3倍（即20259元）: the bound restated as its amount in another unit, the same rule of the same measure
                found = [{**judged[0][-1], "value": run[0].value, "unit": run[0].unit, "value_max": None,
                          "magnitude": mag, "base_unit": base_unit}]
                decision, rule = judged[1], "restated_amount"
            else:
                found, decision, rule = _judge(cl, run, kept_end, nxt, more, prev_indicator.get(s0))
                if found and decision != "drop" and gi and judged[0] and len(run) == 1 \
                        and _restating_note(text, merged[gi - 1][-1].end, run[0].start):
                    # 不低于92.5%（即全年污染天数不能超过27天）: the commitment before restated in another measure,
                    # its kind, year and recurrence (the note's 全年 makes the level no yearly duty)
                    head = judged[0][-1]
                    for t in found:
                        t.update(kind=head["kind"], deadline=head["deadline"], recurrence=head["recurrence"])
                    decision, rule = judged[1], "restated_note"
            judged = (found if decision != "drop" else [], decision)
            if decision == "target" and s0 in standard_at and len(found) == 1 and len(run) == 1 \
                    and text[standard_at[s0][0]:run[0].start].strip(" ，") == "" and run[0].end == len(clause.rstrip()) + c0:
                # 政府承担营销资金的75%，|41.25万元，: a figure alone in its clause right after a standard restates it
                # as an amount, a standard too
                found[0].update(kind="standard", deadline=standard_at[s0][1]["deadline"])
                decision, rule = "standard", "restated_standard"
            if decision == "standard" and found:
                standard_at[s0] = (run[-1].end, found[-1])
            if decision == "target" and len(found) == 1 and found_all and found[0]["indicator"].endswith("目标") \
                    and _GOAL_NAME.fullmatch(found[0]["indicator"]) is not None:
                _same_measure(found[0], found_all[-1], s0)
            if breakdowns and found:
                if total >= 0:
                    for t in found:
                        t["kind"] = prev_kind[s0][1]  # a breakdown is of the kind of its total
                else:
                    prev_kind[s0] = (run[-1].end, found[-1]["kind"])
            if trace is not None:
                why = f"{decision}:{rule}" if rule else decision
                trace.extend((q.start, why) for q in run)
            if not found or decision == "drop":
                continue
            if text.find("部分", run[-1].end, run[-1].end + 40) >= 0 \
                    and _tier_part(text, run[-1].end, s1):
                # 投资额在1000万元一1亿元部分按4%: the bounds of the part of a sum a rate applies to, a rule's tier
                for t in found:
                    t["kind"], t["deadline"] = "standard", None
                if last_tier[1] and not text[c0:run[0].start - run[0].pre_len].strip() \
                        and "。" not in text[last_tier[0]:c0]:
                    # …1000万元以下的部分按3%；|1000万元至1亿元的部分按4%: a later tier opening its clause with its
                    # bound names no measure, the earlier tier's
                    for t in found:
                        t["indicator"] = last_tier[1]
                last_tier = (run[-1].end, found[-1]["indicator"])
                decision = "standard"
            if decision == "qualifier" and run[-1].comparator != "=" and _phased_out(text, c0, c1, run):
                # 引导现有…60万吨/年以下煤矿逐步退出, 淘汰10蒸吨以下燃煤锅炉: the bound of the class a plan phases out
                # is the plan's rule
                for t in found:
                    t["kind"] = "standard"
                decision = "standard"
            if decision == "qualifier" and not cl.defines:
                # kept only if the sentence states no target or standard; a condition's (…的，可申请最高
                # 300万元: thresholds of eligibility) or a fee tier's (0.005吨以下，每月30元) only if it states
                # no target (every bound of a sentence that defines a level is kept: see _defines_class)
                qualifier_of.extend([(s0, rule in _CONDITION_RULES)] * len(found))
                found_all.extend(found)
                continue
            stated.add(s0)
            if decision == "target":
                stated_targets.add(s0)
            qualifier_of.extend([(-1, False)] * len(found))
            found_all.extend(found)
            kept_end = run[-1].end  # a dropped number (超过100万元的村) stays in the next one's indicator
            if not clause.startswith("其中"):
                prev_indicator[s0] = found[-1]["indicator"]  # the total a later 其中 breaks down
        if respectively and len(found_all) - clause_first >= 2:
            _respectively(_stated_past_qualifiers(found_all, qualifier_of, clause_first))
            if text.find("年、", s0, c1) >= 0:
                _paired_years(text, s0, c1, found_all[clause_first:])
            elif text.find("年", s0, c0) >= 0:
                _spanned_years(text, s0, c0, [t for t, (s, _) in zip(found_all[clause_first:], qualifier_of[clause_first:],
                                                                      strict=True) if s < 0])
        if len(found_all) - clause_first >= 2:
            _level_heads(found_all[clause_first:])
            if "%" in clause and "、" in clause:
                _shares_of_nouns(clause, found_all[clause_first:])
        if len(found_all) > clause_first:
            part_of.extend([lines.part[li]] * (len(found_all) - clause_first))
    # A qualifier (总投资额在100万元以下的项目) is a standard in a rule's sentence, and part of the
    # object of a target in a target's sentence (培育产值10亿元以上企业50家).
    kept = [(t, part) for t, (s, of_condition), part in zip(found_all, qualifier_of, part_of, strict=True)
            if s < 0 or s not in (stated_targets if of_condition else stated)]
    if len(kept) > 1:
        kept = _without_restated_headlines(text, kept)
    if figures and kept:
        # 至2025年底，…共计52.12平方公里… | 表1 … 2025年 … 52.12: a figure table restating what the text
        # just set out (its figure, unit and year) is that target once
        restated = _restated_in_table(figures, [t for t, _ in kept], text)
        plan = [t for t in plan if id(t) not in restated]
    if rules:
        # a figure in a standards table's note (按实际用水量90%计征污水处理费) states a rule as its rows do
        for t, _ in kept:
            if any(a <= t["source"].start < b for a, b in rules):
                t.update(kind="standard", deadline=None)
    if plan:
        plan_parts = [(t, lines.part[lines.index(t["source"].start)]) for t in plan]
        kept = sorted(kept + plan_parts, key=lambda tp: tp[0]["source"].start)
    return _dedupe([t for t, _ in kept], [part for _, part in kept], lines.annex_parts), incentives


@dataclass(slots=True)
class _Clause:
    """A clause that holds numbers, with what all its numbers share (made once for it):
    its span, its sentence's span, its line, its words, and the facts of its sentence and
    document that the rules and the fields of a target read."""

    text: str  # the document's
    ctx: _Context
    lines: _Lines
    start: int
    end: int
    sentence: tuple[int, int]
    line: int  # the index of the line it is on
    words: str  # text[start:end]
    in_title: bool  # it is (part of) the document's title
    sentence_grants: bool  # its sentence grants money (给予…补贴)
    condition: bool  # it states a condition (…的，): its numbers are qualifiers
    doc_year: int | None
    scope_year: int | None
    #: The amounts of its grant sentence that are standards the grant follows, by where they start,
    #: with their indicators (see :func:`_grant_standard`).
    grant_standards: dict[int, str]
    source: Source  # the source of every target it states
    consequence: bool = False  # it follows a condition clause (…的，|每日加收0.1%): what the rule sets then
    defines: bool = False  # its sentence defines a level or a term (…1000人以上的为特大型…): its bounds are thresholds


def _striven_count(text: str, s0: int, c0: int, r: Reading) -> bool:
    """力争全年实现直接融资超100亿元，|2家企业上市: a count opening a later clause of a sentence whose first clause
    strives (力争, 争取), its noun then what is done of it, is a goal under that shared word, no topic."""
    return c0 > s0 and text[c0 - 1] == "，" and not r.clause_before.strip() and len(r.after_clean) >= 3 \
        and _ANY_DIGIT.search(r.after_clean) is None and _ASPIRATIONAL.search(text, s0, c0) is not None


class _ClauseReading(Reading):
    """A :class:`~policykg.extract.target_rules.Reading` of one run of adjacent numbers in its
    clause: the text before it (from ``prev_end``, the end of the last kept number or the clause
    start) and after it (to ``next_start``), split the ways the rules ask. The fields every
    number is asked are read at once; the others when a rule first asks for them."""

    def __init__(self, cl: _Clause, run: list[_Qty], prev_end: int, next_start: int, others_after: bool) -> None:
        text, c0, c1 = cl.text, cl.start, cl.end
        first, last = run[0], run[-1]
        self.unit, self.unit_kind, self.comparator = last.unit, last.kind, last.comparator
        self.bounded = last.comparator != "="  # (computed for a reading made with keywords)
        self.cn, self.pre_len, self.value = first.cn, first.pre_len, first.value
        self.ranged = last.value_max is not None
        self.others_after, self.sentence_grants = others_after, cl.sentence_grants
        num_start = first.start - first.pre_len
        # Where the text, clause and number lie, for the fields read later (one attribute: an
        # instance holding at most 30 keeps its attributes in the class's shared table).
        self._at = (text, c0, c1, last.end, prev_end, num_start, first.start)
        self.before_full = before_full = text[prev_end:num_start]
        # Within a 、 list the item holding the number is the indicator's source; short items
        # before it that hold no number of their own belong to it (新增国家级、省级名中医8名以上).
        before = before_full
        if "、" in before_full:
            seg_rel = _cut_segment(before_full, len(before_full))
            before = before_full[seg_rel:]
            if seg_rel and prev_end == c0 and not (
                    before_full[:1] in MARKER_FIRST and (mark := MARKER_RE.match(before_full)) and mark.end() >= seg_rel):
                # (一、今年完成: the 、 of an item's marker, no list)
                head_items = before_full[:seg_rel]
                if not QUANTITY.search(head_items) and (
                        all(len(x) <= 8 for x in head_items.split("、")) or _EACH.search(before_full[-12:])
                        or "分别" in before_full[-12:] or "各" in before_full[-6:] and _EACH_ITEM.search(before_full)):
                    # …可支配收入、农民人均纯收入均增长: the items share the figure; 二氧化硫（SO2）、氮氧化物
                    # （NOX）…排放总量分别下降15%、10%: each item has its own
                    before = before_full
        elif prev_end > c0 and before_full.endswith(_ITEM_JOINERS) and not self.share \
                and _ITEM_JOINT_END.search(before_full) is not None:
            # 8个灯光球场|及|2.2公里塑胶跑道: the noun of the figure before, then the joiner that opens the next
            # item, as 、 does (its words are the figure before's, not this one's; a share's noun is its base:
            # 90%以上乡镇和|60%以上村)
            before = ""
        self.before = before
        self.before_scoped = _after_heads(before)
        self.clause_before = text[c0:num_start]
        self.after_text = after_text = text[last.end:next_start]
        cut = -1
        if "、" in after_text:
            flat = _PAREN.sub(lambda p: "x" * len(p.group()), after_text) if "（" in after_text else after_text
            cut = flat.find("、")
        if cut < 0 or (cut > 0 and next_start >= c1):
            cut = len(after_text)  # 、 inside a noun phrase (有条件、有基础…的城市) unless another number follows
        elif after_text.rstrip().endswith("的") and (joint := _LAST_JOINT.search(after_text, 0, cut)) is not None:
            # 6条国际铁路干线通道和至日本、韩国的|2条…: the 、 is inside the 的-modifier of the next item, which
            # the conjunction before it opens (100个乡镇及社区体育健身中心|是今年省委、省政府确定的27件实事之一: after
            # a copula the 、 is the predicate's, the noun ends at the copula)
            copula = after_text.find("是", joint.end(), cut)
            cut = joint.start() if copula < 0 else copula
        after = after_text[:cut]
        # a bracket rule ends at its close; a bracket the clause does not close (（牵头单位：X；…）, its
        # ； ending the clause) is an aside, no noun of the number
        after_clean = _PAREN.sub("", after).split("（", 1)[0] if "（" in after else after
        if "）" in after_clean:
            after_clean = after_clean[:after_clean.find("）")]
        after_clean = after_clean.lstrip("的").removeprefix("人民币")  # 两万亿元|人民币: the currency, no noun
        if after_clean.endswith("以及"):
            after_clean = after_clean[:-2]  # 10个小城市以及|68个特色镇: the joiner before the next item
        after_clean = after_clean.rstrip(_STRIP_EDGE)
        if after_clean[:1] in _CLOSING_QUOTES and not after_clean.strip(_CLOSING_QUOTES):
            after_clean = ""  # …人均预期寿命达到80岁左右”: the quote ends on the figure, no noun follows it
        self.after_clean = after_clean
        self.limit_after = last.limit_after
        ctx = cl.ctx
        self.in_bracket = bool(ctx.rule_brackets) and ctx.in_rule_bracket(first.start)  # most have none
        self.in_title = cl.in_title
        self.read_noun()
        self.read_edges()

    @computed
    def before_core(self) -> str:
        return self.before_scoped.strip(_STRIP_EDGE)

    @computed
    def before_stem(self) -> str:
        return _strip_tail(self.before_core)

    @computed
    def limit_word(self) -> str:
        text, _, _, _, _, num_start, first_start = self._at
        return text[num_start:first_start]

    @computed
    def rest(self) -> str:
        text, _, c1, end, _, _, _ = self._at
        return text[end:c1]

    @computed
    def approx(self) -> bool:
        text, _, _, end, _, _, _ = self._at
        return text.endswith("左右", 0, end)

    @computed
    def in_heading(self) -> bool:
        text, c0, c1, _, _, _, _ = self._at
        return _is_heading_clause(text, c0, c1)

    @computed
    def list_item(self) -> bool:
        _, c0, _, _, prev_end, _, _ = self._at
        if self.before_core or not self.before_full.rstrip().endswith(JOINERS):
            return False
        # (完成码头面层铺装、广场面层铺装、|8个灯光球场: the first figure of a list that a verb of doing opens)
        return prev_end > c0 or DOING.search(self.before_full, 0, DOING_REACH) is not None

    @computed
    def verb_only(self) -> bool:
        return _VERBS_ONLY.fullmatch(self.before_core) is not None


#: Words by which a sentence makes what it sets a standing rule, closing it as a clause of their own
#: (…提高至100%，作为制度性安排长期实施。, …，长期执行。): it holds with no end. Not the way a result is to
#: be kept (确保长期有效运行, 建立长效机制并长期执行) and never in a sentence naming a year (到2025年…).
_STANDING = re.compile(r"，(?:作为制度性安排)?长期(?:实施|执行)(?:下去)?[。；]")
_YEAR_NAMED = re.compile(r"[0-9]{4}年")


#: A period shorter than a year (每季度, 每月, 每周): after a 每年 of its sentence, the nearer one governs a figure.
_SHORTER_PERIOD = re.compile(r"每(?:个)?(?:季度?|月|周|半年|日|天|旬|星期)")


#: The periods shorter than a year a unit may be per (元/月, 吨/日, 元/平方米·月): its own recurrence.
_SHORTER_UNIT_PERIODS = ("月", "季度", "季", "周", "日", "天", "旬")


#: What may stand between a count of people and their age (80万农村|35—64岁妇女): a few characters of the noun.
_AGE_OF_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}")


#: A grant in the rest of a count's clause (每引进1名人才|给予5万元), or opening the clause after it (…团队，|给予
#: 最高10万元): the count of one is the unit the grant is paid per.
_GRANT_VERBS = rf"(?:给予|予以|{_GRANT_WORDS})"
_GRANTED_PER = re.compile(rf"[^，。；]{{0,30}}?{_GRANT_VERBS}")
_GRANTED_NEXT = re.compile(rf"\s*(?:可|再|另|一次性|分别|均|按)?{_GRANT_VERBS}")


#: How far before a sentence cut at a ； the words of the rule it continues are read.
_RULE_LEVEL_REACH = 120


def _sets_rule_level(text: str, s0: int, num_start: int) -> bool:
    """Whether the words of its sentence before a figure name a rule's level and set it (支付比例为, 补助费不低于,
    标准：), with nothing looking ahead to a level to reach (力争, 达到, 提高到). The sentence runs past a ；
    to its 。 (报销比例分别为：一级90%；二级80%: the items of one rule)."""
    start = max(s0 - _RULE_LEVEL_REACH, text.rfind("。", 0, s0) + 1, text.rfind("\n", 0, s0) + 1) \
        if text[s0 - 1:s0] == "；" else s0
    words = text[start:num_start]
    return RULE_LEVEL_SET.search(words) is not None and LOOKS_AHEAD.search(words) is None


def _judge(
    cl: _Clause, run: list[_Qty], prev_end: int, next_start: int, others_after: bool, prev_indicator: str | None
) -> tuple[list[dict[str, Any]], str, str | None]:
    """The fields of the targets one run of adjacent numbers in clause ``cl`` states (none when
    not targets), the decision of :func:`policykg.extract.target_rules.verdict` and the rule
    that made it, if one did (for :func:`explain`, as ``decision:rule``): a qualifier
    (总投资额在100万元以下的项目, or any number of a ``condition`` clause …的，) is returned as a
    standard for the caller to keep only where its sentence states no target.
    """
    text, c0, sentence_span = cl.text, cl.start, cl.sentence
    s0 = sentence_span[0]
    first = run[0]
    clause = cl.words
    num_start = first.start - first.pre_len
    r = _ClauseReading(cl, run, prev_end, next_start, others_after)
    named = cl.grant_standards.get(first.start) if cl.grant_standards else None
    if named:
        decision, rule = "standard", "grant_standard"  # 补助标准按照每生每年1000元: the rule the grant follows
    else:
        decision, rule = verdict(r)
        if rule == "topic_count" and _striven_count(text, s0, c0, r):
            decision, rule = "target", None  # 力争…超100亿元，|2家企业上市: a count the 力争 before governs too
        if decision == "drop":
            return [], "drop", rule
        if first.value == 1 and r.unit_kind == "count" and r.prenominal and cl.sentence_grants and not r.bounded \
                and (_GRANTED_PER.match(r.rest) is not None or _GRANTED_NEXT.match(text, cl.end + 1) is not None):
            # 每引进1个创新团队，给予最高10万元; 引进1名高层次人才，给予…支持: the one each grant is paid per (not
            # the places of an award the rule sets up: 设立一等奖1名，奖励…)
            return [], "drop", "grant_per_unit"
        if r.in_bracket and r.unit_kind == "count" and _counts_list_after(text, cl.end, r.rest):
            return [], "drop", "list_own_count"
        if r.unit_kind == "count" and not r.others_after and "分别" in r.rest and _counts_figured_items(text, cl, r.rest):
            return [], "drop", "counts_figured_items"
        if rule in ("set_standard", "changed_standard") and (r.share or _limit_only(r)) \
                and _rate_reached_by(r, cl, s0, num_start):
            # (a limit too: 到2025年，贷款额度提高到500亿元)
            decision, rule = "target", None  # 到2025年，住院费用报销比例提高到75%: a level a plan raises a rate to
        if cl.condition and r.limit_word.endswith("满") and not cl.words.rstrip().endswith(_CONDITION_ENDS):
            # 消费满200元，|可减免50元: the threshold a rule's permission needs, a standard whatever else its
            # sentence states (not a class of a noun, as a condition's 的 closes one)
            decision, rule = "standard", "met_threshold"
        elif cl.condition:
            decision, rule = "qualifier", "condition_clause"
        elif decision == "target" and cl.consequence:
            decision, rule = "standard", "condition_consequence"  # 逾期30天以上的，每日加收0.1%: what the rule sets then
        elif decision == "target" and (cl.lines.eligible[cl.line] or _in_article(text, cl.lines.starts[cl.line])) \
                and not cl.lines.years(cl.line)[0]:
            # 第五条 管理范围为：闸室外侧20至40米: what a rule sets; under 第二章 申报条件, 有1-2个…主导产品:
            # what a candidate must have
            decision, rule = "standard", "eligibility_rule" if cl.lines.eligible[cl.line] else "article_rule"
        elif decision == "target" and c0 > s0 and _carries_standard(text, s0, c0, r.clause_before):
            # 标准调整为每人每月365元，花都区、增城市调整为…330元; …提高到160元，即每人每月提高10元: a
            # later clause of the sentence that sets a standard sets it for another body, or restates the rise
            decision, rule = "standard", "carried_standard"
            named = _carried_indicator(text, s0, c0, r.clause_before)
        elif decision == "target" and c0 > s0 and text.find("：", s0, c0) >= 0 and (levels := _set_levels(text, s0, c0)) >= 0:
            # 起付标准调整为：一级医院200元，二级医院500元; 将…1500元，调整为：…三级医院1000元: the levels a change of a
            # standard lists after its colon
            decision, rule = "standard", "set_levels"
            named = _standard_indicator(text, s0, num_start, item_start=max(levels, prev_end),
                                        heading=_heading_standard(text, cl.lines, cl.line))
        elif (decision == "target" or rule == "set_standard") and "元" in r.unit \
                and (listed := _class_levels(text, s0, c0, max(c0, prev_end), num_start)):
            # 月最低工资标准，|一类地区2380元、二类地区2310元; 标准依次为一类9.8元、二类9.2元: the amounts a standard
            # named before sets for each class it lists
            decision, rule = "standard", "class_levels"
            named = listed
        elif decision == "target" and c0 > s0 and text[c0 - 1] in "：:" and not r.clause_before.strip() \
                and _LIMIT_HEAD.search(text, max(s0, c0 - 8), c0) is not None and not cl.lines.years(cl.line)[0]:
            decision, rule = "standard", "named_limit"  # 缴存比例下限：5%, 贷款最高限额：80万元: a limit its label names
        elif decision == "target" and "元" in r.unit and "：" in (head := text[cl.lines.starts[cl.line]:c0]) \
                and _GRANT_LIST_HEAD.search(head) is not None and not cl.lines.years(cl.line)[0]:
            # 政府分类补助为：1.…重建房屋户均2万元；修缮加固户均0.6万元。2.…: the amounts a grant's colon head
            # lists on its line, each the level a class of recipient is granted
            decision, rule = "standard", "listed_grant"
        elif decision == "target" and "元" in r.unit and _is_tariff(r) and not cl.lines.years(cl.line)[0]:
            decision, rule = "standard", "tariff"  # 小型车0.5元/小时, 每月30元: a fee a schedule sets, no year to reach
        elif decision == "target" and text[cl.end:cl.end + 1] in "，," and "元" in text[cl.end:cl.end + _FEE_REACH] \
                and _FEE_CLAUSE.match(text, cl.end + 1) is not None and not cl.lines.years(cl.line)[0]:
            # 日产垃圾量0.005吨（含）以下，|每月30元: the bound of the tier the next clause charges its fee for
            decision, rule = "qualifier", "fee_tier"
        if decision == "target" and r.limit_after and r.unit_kind == "count" \
                and text[cl.end:cl.end + 1] in _HEADING_ENDS and len(r.rest) <= _CLASS_HEADING_NOUN \
                and _only_marker(r.before_core):
            # （一）9座（含）以下客车：|…: a heading that names the class of what its items then rate, no count
            decision, rule = "qualifier", "class_heading"
        if cl.defines and r.bounded and decision == "target":
            # 需搬迁转移人数在100人以上、500人以下…的为中型地质灾害险情: every bound draws the line of the level
            # (or the term) the sentence defines, as its qualifiers do: a standard, one of them
            decision, rule = "qualifier", "defining_bound"
    if decision == "target" and r.unit_kind == "time" and not r.prenominal and r.unit.endswith(TRAVEL_UNITS) \
            and (reach := TRAVEL_AFTER.match(r.after_text)) is not None:
        # 主城区|15分钟|上高速, 中心城区|30分钟|通勤圈基本形成: the place and where it reaches (the circle's name)
        reached = _TRAVEL_CIRCLE_END.sub("", reach.group()) if "圈" in reach.group() else r.after_clean.split("的")[0]
        place = _strip_tail(r.before_scoped)
        named = _clean_indicator((place[lead.end():] if (lead := _TRAVEL_LEAD.match(place)) else place) + reached)
    elif r.unit_kind == "time" and r.comparator == ">" and (over := _OVER_LIMIT_BEFORE.search(r.before_full.rstrip())):
        named = over.group()  # 仍超过办理时限|5个工作日…的: the limit passed, as written with its verb
    elif rule == "called_standard":
        named = _called_standard_indicator(text[c0:num_start], r.after_text)
    elif rule == "changed_standard":
        named = _changed_standard_indicator(r)
    elif rule in _RULES_NAMING:
        named = _rule_indicator(r, rule)
    elif decision == "qualifier" and (cl.defines or rule == "harm_threshold" or harm_threshold(r)):
        # (a bound on harm a condition sets too: 因灾死亡10人以上…的，由…发布)
        named = _threshold_indicator(r, prev_indicator)
    indicator = named or _change_of_previous(_indicator(r, text, (s0, c0), prev_indicator), prev_indicator)
    if named:
        pass
    elif decision == "qualifier" and (MEASURE_NOUN.search(r.before_stem) or r.before_stem.endswith("数")):
        # 总投资额在100万元以下的项目, 职工总数30人以下的企业: what the bound is on (认真落实|月销售额…: not the
        # verb that carries out the policy for that class)
        indicator = _without_doing(_clean_indicator(r.before_stem))
    elif decision == "qualifier" and r.unit_kind == "count" and r.before_stem[:1] == "对" \
            and len(counted := _without_doing(_clean_indicator(r.before_stem[1:]))) >= 2:
        # 对参保职工|30人以上的企业: in a 对…的 phrase of whom a rule holds for, the count is of the words between 对
        # and the figure (参保职工), not of the head the phrase qualifies (企业), as 职工总数30人以下的企业 names it
        indicator = counted
    elif decision == "qualifier" and r.unit_kind == "time" and (tenure := _tenure_of(r.before_stem, r.unit)):
        indicator = tenure  # 且居住|一年以上的城乡居民: how long one has lived there, not who
    elif rule == "alternative_qualifier" and (alt := ALTERNATIVE_QUALIFIED.match(r.rest)) is not None:
        # 200人以上或死亡3人以上的食物中毒: both alternatives bound the noun after the second one's 的
        indicator = _clean_indicator(r.rest[alt.end() - 1:]) or indicator
    if r.unit.startswith("次") and r.comparator == ">=" and c0 > s0 and len(_NOT_WORD.sub("", indicator)) < 2 \
            and _YEAR_AT_LEAST.match(r.clause_before.strip()) is not None:
        # 组织开展专项整治活动，|全年不少于4次: a duty's count in a clause of its own, the duty the clause before
        indicator = _clean_indicator(_clause_before(text, c0 - 1, _DUTY_BEFORE_REACH).strip()) or indicator
    # Two Chinese characters first are enough words; else count them.
    if _TWO_HAN.match(indicator) is None and len(_NOT_WORD.sub("", indicator)) < 2:
        if r.unit.endswith("岁"):
            indicator = "年龄"  # 不具有…资格、年满18周岁、能够…的公民: an age a list of conditions sets names itself
        elif not (prev_indicator and "\u4e00" <= indicator <= "\u9fff" and r.before_full.strip() == "、" + indicator):
            # (建筑面积214万平方米、|屋|715栋、居民24585户: an item of a list of figures may be named by one character)
            return [], "drop", "no_indicator"
    if indicator in _EMPTY_INDICATOR:
        return [], "drop", "no_indicator"
    # 其中省级12家: a breakdown by level takes the noun of the total it breaks down.
    if prev_indicator and _LEVEL_ONLY.fullmatch(indicator) and "其中" in text[s0:num_start]:
        head = _HEAD_VERBS.sub("", prev_indicator) or prev_indicator
        indicator = indicator + head

    a, b, yearly = cl.ctx.last_marks(sentence_span, num_start)
    if yearly >= 0 and _in_closed_note(text, s0, yearly, num_start):
        yearly = -1  # 不低于92.5%（即全年污染天数不能超过27天），|PM2.5浓度不高于34…: a note's 全年 is the note's
    annual = yearly >= 0 or "年" in r.clause_before and _ANNUAL.search(r.clause_before)  # each holds 年
    if yearly >= 0 and yearly < c0 and text[yearly - 2:yearly] == "年均" and r.unit not in _RATE_UNITS \
            and not _CHANGE_END.search(indicator):
        annual = False  # 年均增长16%以上，…，超过|500亿元: the level reached once; the clause before changes yearly
    if annual and "每" in (near := text[max(s0, yearly):num_start]) and _SHORTER_PERIOD.search(near) is not None:
        annual = False  # 州级林长每年巡林不少于1次、县级林长每季度巡林不少于1次: a nearer period governs the second
    if annual and "半年" in (sentence := text[s0:sentence_span[1]]) and "全年" in sentence and _EVERY_YEAR not in sentence:
        annual = False  # 下半年，力争全年地区生产总值增长8%以上: the year's whole against its half, this year's total
    # 年科研经费达到…: a yearly flow to reach; 低保年标准调整为4435元: a yearly rate; 年销售收入首次突破…的,
    # 年应纳税所得额不超过…的部分: a bound on a yearly measure that sets whom a rule holds for, nothing done each year
    recurrence = "annual" if (annual or (decision == "target" or r.comparator == "=" or r.unit.startswith("次"))
                              and _annual_indicator(indicator)) and rule not in ("fee_tier", "weight_rule") else None
    # (年用水量181-260m3，|水费为…: the bounds of the tier a fee is charged for, nothing done each year)
    if recurrence and yearly < 0 and "计划" in r.clause_before and _YEARS_PLAN.search(r.clause_before) is not None \
            and _ANNUAL.search(_YEARS_PLAN.sub("", r.clause_before)) is None \
            and not _annual_indicator(_YEARS_PLAN.sub("", indicator)):
        recurrence = None  # 年度计划投资561.86亿元: the plan of the document's year, its figure due once
    if recurrence and "/" in r.unit and r.unit.endswith(_SHORTER_UNIT_PERIODS):
        recurrence = None  # 全年72000元（6000元/月）: a figure per month is no yearly one, whatever its sentence says
    if recurrence and r.unit_kind == "time" and text.startswith(CYCLE_AFTER, run[-1].end):
        recurrence = None  # 每年…，落实教师5年一周期的轮训制度: a cycle is its own recurrence, not the year's
    commitment = "planned"
    if a >= 0 or b >= 0:  # the nearest word before the number decides
        commitment = "aspirational" if a > b else "binding"
    if decision == "target" and text.find("“", s0, num_start) >= 0 and _in_amended_text(text, s0, num_start):
        decision, rule = "standard", "amended_text"  # 修改为：“…距离必须大于25m以上…”: the article a law sets
    if decision == "target" and text.find("长期", s0, sentence_span[1]) >= 0 \
            and _STANDING.search(text, s0, sentence_span[1] + 1) is not None \
            and _YEAR_NAMED.search(text, s0, sentence_span[1]) is None:
        decision, rule = "standard", "standing_rule"  # …比例提高至100%，作为制度性安排长期实施: a rule with no end
    kind = "target" if decision == "target" else "standard"
    if recurrence and kind == "standard" and r.bounded and r.rest.startswith("的"):
        # 对全年稻麦复种种植面积达到50亩以上的|经营主体: a bound the noun after its 的 must meet, whom a rule
        # holds for; its 全年 or 每年 names the year's amount counted, nothing done each year
        recurrence = None
    # A standard stands until changed: only a year its own sentence names (2019年…返还标准) dates it.
    # A limit word may stand before a line break that ends the number's line (…不超过\n5%).
    li = cl.line if num_start >= c0 else cl.lines.index(num_start)
    past, deadline = _deadline(text, cl.lines, li, num_start, s0, cl.doc_year, cl.scope_year, standing=kind == "standard",
                               clause_end=cl.end, s1=sentence_span[1])
    if past:
        return [], "drop", "past_year"
    if deadline is None and kind == "target" and r.comparator in (">=", ">") and "达到" in r.clause_before \
            and _REQUIRED_LEVEL.search(r.clause_before) is not None:
        # 巡河时间需要达到5分钟以上: the least a rule requires of each act, in a text that sets no time to reach
        # it (第三阶段：2005年，…应达到40%以上 is a phase's target)
        kind, decision, rule = "standard", "standard", "required_level"
    elif kind == "target" and r.unit.startswith("次") and "年" in r.clause_before and (
            deadline is None and "全年" in r.clause_before and _YEAR_TIMES.search(r.clause_before) is not None
            or r.comparator == ">=" and _YEAR_AT_LEAST.search(r.clause_before) is not None and (
                deadline is None or "分" in text[s0:sentence_span[1]]
                and _POINTS.search(text, s0, sentence_span[1]) is not None)):
        # 全年考核4次 in rules nothing dates, and the least times in a year (全年不少于4次, 年内至少1次, 年度…4次以上)
        # there or in a scored item of a year's assessment (…，全年不少于4次（8分）): how often a duty recurs in a
        # year, a frequency duty (in a year's plan, 全年开展督查4次 is that year's target)
        kind, decision, rule, recurrence = "standard", "standard", "frequency_duty", None
    elif kind == "target" and deadline is None and r.unit_kind != "count" and _sets_rule_level(text, s0, num_start):
        # 土地补偿费、安置补助费的比例为30%、70%; 最低保护标准：…一类地区不低于6.2万元/亩: the level a standing rule
        # sets, in a text with no time to reach it (…费用为：…，其余27种重大疾病: a count of what the rule covers, no level)
        kind, decision, rule = "standard", "standard", "rule_level"
        if listed := _class_levels(text, s0, c0, max(c0, prev_end), num_start, rule=True):
            indicator = listed  # 报销比例分别为：一级90%；|二级80%: the rule's level for the class the item names
    if kind == "standard":
        indicator = _STANDARD_SUBJECT.sub("", indicator) or indicator
        if not named and (m := _STANDARD_SET_AFTER.search(indicator)) is not None:
            indicator = indicator[:m.end("name")]  # 低保标准调整为人均月收入|430元: the standard's name
        if indicator.endswith("罚款") and "对" in r.clause_before and (m := _FINED_BODY.search(r.clause_before)):
            indicator = f"{indicator}（{m.group('who')}）"  # 对个人处以500元以上…罚款: whom the fine is set for
        if not named and "每" in indicator and _PER_UNIT.search(indicator):
            if _STANDARD_NOUN.search(text, s0, num_start):
                # 补助标准为：小学每生每年90元: the standard's name, not the unit it is per (小学每生)
                indicator = _standard_indicator(text, s0, num_start, item_start=max(c0, prev_end)) or indicator
            elif listed := _class_levels(text, s0, c0, max(c0, prev_end), num_start):
                # 补助标准为：一类地区每人每年500元；|二类地区每人每年400元: a later class of the list, per head
                indicator = listed

    if c0 > s0 and text.find("类", s0, c0) >= 0 and (tier := _TIER_LABEL.match(text, s0)) is not None \
            and _TIER_LABEL.match(indicator) is None and tier.group() not in indicator:
        # 一类行政区域月最低工资标准1080元，|小时最低工资标准10.2元: the tier the sentence opens with holds for
        # each clause of it, so that the tiers' levels stay apart
        indicator = tier.group() + indicator
    # 高血压和2型糖尿病患者规范管理服务率均达到70%: one target for each conjunct.
    indicators = [indicator]
    if len(run) == 1 and not r.prenominal and not others_after and prev_end <= c0 \
            and text.find("分别", max(c0, num_start - 8), first.start) >= 0 \
            and _ANY_DIGIT.search(text, run[-1].end, _next_respectively(text, run[-1].end, sentence_span[1])) is None:
        # 宜居乡镇、建制村比例分别达到|50%以上: 分别 before the sentence's one figure gives it to each item, as 均
        # does, when the items name things apart (化学需氧量、氨氮排放总量分别下降: the change is each item's;
        # …分别增长6%，农村8.5%: a later figure is an item's own)
        change = _CHANGE_END.search(indicator, max(0, len(indicator) - 2))
        stem, verb = (indicator[:change.start()], change.group()) if change else (indicator, "")
        items = [item + verb for item in _conjunct_indicators(stem)]
        if len(items) > 1 and len(set(items)) == len(items):
            indicators = items
    if indicators == [indicator] and len(run) == 1 and not r.prenominal \
            and text.find("均", max(s0, num_start - 12), first.start) >= 0 \
            and _EACH.search(text[max(s0, num_start - 12):first.start]):
        each = _EACH_CHANGE.search(indicator)
        if each:  # 城镇居民人均可支配收入、农民人均纯收入均增长: each item changes so
            indicators = [item + each.group(1) for item in _conjunct_indicators(indicator[:each.start()])]
        else:
            indicators = _conjunct_indicators(indicator)

    if indicators == [indicator] and len(run) == 1 and r.unit_kind == "count" and not others_after \
            and "各" in text[num_start - 6:num_start] and (each := _EACH_ITEM.search(text, c0, num_start)) \
            and (k := indicator.rfind("各")) > 0:
        # 新增国家级旅游度假区、5A级景区各|1家: the count is each item's, the verb after 各 too (A、B各新增|1家)
        items = _each_items(indicator[:k])
        if items:
            indicators = [item + (each.group("verb") or "") for item in items]

    src = cl.source
    due = str(deadline) if deadline else None
    # (a bound on harm bounds the harm it names: 重伤2人及以上扣30分 | 轻伤2人及以上扣20分 are two rules)
    bounds = r.noun_part[:8] if rule != "harm_threshold" else ""
    # The act a standard's sentence names before its clause (违反本条例第十五条规定，|可以处…罚款): the same
    # sanction or limit set on another act is another rule.
    # (without the article or item marker opening it: 第九条 restating 第五条's breach and fine is one rule)
    act = text[s0:c0].lstrip() if kind == "standard" and c0 > s0 else ""
    if act[:1] in MARKER_FIRST and (m := MARKER_RE.match(act)) is not None:
        act = act[m.end():].lstrip()
    out = []
    for q in run:
        mag, base_unit = magnitude(q.value, q.unit)
        for each in indicators:
            # A display (not dict(…) with keywords): the same keys in the same order, built in one step.
            out.append({
                "indicator": each, "value": q.value, "unit": q.unit, "comparator": q.comparator, "deadline": due,
                "recurrence": recurrence, "kind": kind, "commitment": commitment, "text": clause,
                "value_max": q.value_max, "magnitude": mag, "base_unit": base_unit, "source": src,
                "_bounds": bounds or each, "_act": act,
            })
    return out, decision, rule


def _each_items(listed: str) -> list[str]:
    """The items of a 、 list a distributive 各 closes (国家级旅游度假区、5A级景区|各1家), each the name of what is
    counted, the verb or scope opening the list given to each (:data:`_HEAD_VERBS`): two to four, each of two
    characters or more; else none."""
    flat = _PAREN.sub(lambda p: "x" * len(p.group()), listed) if "（" in listed else listed
    bounds = [0]
    for m in _CONJUNCTION.finditer(flat):
        bounds += [m.start(), m.end()]
    bounds.append(len(listed))
    items = [listed[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if not (2 <= len(items) <= 4 and all(len(item) >= 2 for item in items)):
        return []
    if (lead := _HEAD_VERBS.match(items[0])) and len(items[0]) - lead.end() >= 2:
        # 新增国家级旅游度假区、5A级景区: the verb opening the list makes every item
        items[1:] = [item if item.startswith(lead.group()) else lead.group() + item for item in items[1:]]
    return items


def _next_respectively(text: str, start: int, end: int) -> int:
    """Where the next 分别 after ``start`` stands before ``end`` (or ``end``): the figures after it are
    another list's (…分别下降5%，挥发性有机物、氮氧化物排放总量分别下降10%)."""
    k = text.find("分别", start, end)
    return end if k < 0 else k


#: What ends a heading that names a class its items rate (（二）9座以上客车：), and how long its noun may be.
#: What follows a travel circle's name (30分钟通勤圈|基本形成): no part of the indicator.
_TRAVEL_CIRCLE_END = re.compile(r"(?<=圈)[^圈]*$")
#: The verb of making that may open the words before a travel time (加快构建|主城区|15分钟上高速): no part of the place.
_TRAVEL_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:构建|建设|建成|形成|打造|实现)")
_HEADING_ENDS = frozenset("：:")
_CLASS_HEADING_NOUN = 8
def _only_marker(s: str) -> bool:
    """Whether ``s`` is nothing but an item's marker (（二）, 2.), or empty."""
    return not s or s[0] in MARKER_FIRST and (m := MARKER_RE.match(s)) is not None and m.end() == len(s)


#: A clause that is a fee alone (每月30元；, 3元/辆·次；, 按每小时3元/辆·次收取), or a fee or price it names
#: (水费为3.04元/m3（其中…）): what the tier the clause before bounds is charged (see :func:`_judge`); how
#: far from that clause's end its 元 may stand.
_FEE_CLAUSE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}?(?:费|价|价格)(?:标准)?(?:为|是))?"
                         r"(?:按(?:照)?)?(?:每[\u4e00-\u9fff]{1,3})*[0-9]+(?:\.[0-9]+)?元(?:/[^，,。；;\n（(]{1,6})?"
                         r"(?:收取|计收|收费)?[；;。\n（(]")
_FEE_REACH = 16
#: The rules of a qualifier that bounds what a rule then sets (…的，|可申请最高300万元; 0.005吨以下，|每月30元): kept
#: beside the standards of its sentence.
_CONDITION_RULES = frozenset(("condition_clause", "fee_tier"))
#: A fee's unit written before it (每月30元, 每人每月、每小时): what a schedule charges per month, hour or use.
_TARIFF_PER = re.compile(r"每(?:月|小时|半小时|吨|次|辆|车|户|人|天|日)$")


def _is_tariff(r: _ClauseReading) -> bool:
    """Whether a sum is a fee per unit: 元 per something after a slash (0.5元/小时, 3元/辆.次) or 每 before it
    (每月30元); not per year (每年投入5000万元 is a yearly flow a plan sets), nor in 万元 (an output per
    head or per mu a plan raises)."""
    if r.unit_kind != "measure":
        return False
    if r.unit[:1] != "元":
        return False  # 农业劳动生产率达到7万元/人: an output per worker, no fee
    if "/" in r.unit:
        return not r.unit.endswith("/年")
    before = r.clause_before
    return r.unit == "元" and "每" in before[-4:] and _TARIFF_PER.search(before) is not None


#: A tier a level is set for, opening its sentence (一类行政区域, 二类地区, 甲类城市).
_TIER_LABEL = re.compile(r"[一二三四五六七八九十甲乙丙丁]{1,2}类(?:行政区域|地区|区域|城市|县|区|市)")
def _counts_list_after(text: str, c1: int, rest: str) -> bool:
    """Whether a count in a bracket that closes its clause at a colon (一类地区（11个市区）：|城关区、七里河区、…)
    counts the list the colon opens: the document's own list, no target."""
    if not rest.rstrip().endswith("）") or text[c1:c1 + 1] not in "：:":
        return False
    end = text.find("\n", c1)
    return text.count("、", c1, end if end >= 0 else len(text)) >= 2


#: A count's clause that closes by announcing each item with a figure of its own (…6项主要污染物减排目标任务分别为：).
_EACH_ITEM_HEAD = re.compile(r"分别(?:为|是)\s*$")


def _counts_figured_items(text: str, cl: _Clause, rest: str) -> bool:
    """我市6项主要污染物减排目标任务分别为：化学需氧量削减2.79%、氨氮2.4%…: a count whose clause
    announces at a colon the items it counts, each then given a figure of its own, counts the
    list; the items' figures are the targets."""
    end = cl.end
    return text[end:end + 1] in ("：", ":") and _EACH_ITEM_HEAD.search(rest) is not None \
        and _DIGIT.search(text, end, cl.sentence[1]) is not None


#: A clause that opens with a verb of change and no subject (…1500元，|调整为：…, …，|提高到…): what it changes is
#: the object of the clause before, whose figures are the values it starts from.
#: The adverbs a verb of change may follow (再, 拟, 依次 …): none is part of what is changed or for whom.
_CHANGE_ADVERB = "再|又|拟|将|统一|逐步|分别|依次"
_CHANGED_TO = re.compile(rf"(?:{_CHANGE_ADVERB})?{CHANGED_TO}")
_CHANGED_FIRST = re.compile(first_class(_CHANGED_TO.pattern))  # the characters it may open with
#: What opens the object of a change, or the value it starts from (将…, 把…, 由…, 从…).
_CHANGE_OBJECT = re.compile(r"[将把]|由(?!于)|从(?![业事])")
#: A verb that sets a standard, then the colon of the levels it lists (起付标准调整为：|一级医院200元，…).
_SET_COLON = re.compile(rf"(?:{STANDARD_VERB.pattern})[：:]")
#: A clause that restates the change its sentence made before (…提高到160元，|即每人每月提高10元, 即在原…的基础上增加5元).
_RESTATED_RISE = re.compile(r"即[^，。；]*?(?:提高|增加|上调)$")


#: Whom a fine is imposed on, before the verb that imposes it (对个人处以, 对单位并处).
_FINED_BODY = re.compile(r"对(?P<who>[^，。；对（）《》]{1,8}?)(?:可以|可|应当|应)?(?:并处|处以|处)$")
#: A standard's name, then the verb that sets it, at the end of an indicator (认定标准调整为人均月收入, 保障平均标准为年人均).
_STANDARD_SET_AFTER = re.compile(
    rf"(?P<name>{STANDARD.pattern})(?:为(?!基数|基础)|是|由|调整|提高|上调|确定|统一|拟?按|继续执行|维持)[^，。；标]*$")
#: What a clause that carries a standard over names before its verb (花都区、增城市|调整为…, 下半年|由…).
_CARRIED_SUBJECT = re.compile(rf"^(?P<who>[^，。；]*?)(?:{_CHANGE_ADVERB})?(?:由|{STANDARD_VERB.pattern})")


#: The words around a year that make it the time by which a level is reached (到2025年, 2025年底前).
_BY_PRE = frozenset(("到", "至", "力争", "争取", "确保"))
_BY_POST = frozenset(("底", "末", "前", "以前", "之前"))


#: A label that names a limit, closed by its colon (缴存比例下限：|5%, 贷款最高限额：|80万元).
_LIMIT_HEAD = re.compile(rf"(?:{'|'.join(LIMIT_WORDS)}|限额)[：:]$")


def _changed_standard_indicator(r: Reading) -> str:
    """The indicator of a figure :func:`~policykg.extract.target_rules.changed_standard` reads: the standard its
    clause names before the verb (公开招标数额标准), with the list item that holds the figure
    (``（服务类）``) when the figure's words are one."""
    before = r.clause_before
    m = STANDARD_CHANGED.search(before)
    if m is None:
        return ""
    noun = STANDARD.match(before, m.start())
    name = _clean_indicator(_after_heads(before[:noun.end() if noun else m.start()]))
    item = _clean_indicator(r.before) if "、" in r.before_full else ""
    return f"{name}（{item}）" if name and item and item != name else name


def _limit_words(r: Reading) -> list[str]:
    """The standard words of the clause before a figure (see ``STANDARD_WORDS``)."""
    return [m.group() for m in STANDARD.finditer(r.clause_before)]


def _limit_only(r: Reading) -> bool:
    """Whether the standard words before a figure are limits only (贷款额度, 缴存比例上限: see ``LIMIT_WORDS``)."""
    found = _limit_words(r)
    return bool(found) and all(word in LIMIT_WORDS for word in found)


def _rate_reached_by(r: Reading, cl: _Clause, s0: int, at: int) -> bool:
    """Whether a benefit's rate set by a verb (报销比例提高到75%) is one only a plan's horizon dates (到2025年，…):
    a level to reach, unlike a rate a rule pays from a date (自2024年1月1日起，…调整为70%)."""
    found = [m.group() for m in STANDARD.finditer(r.before_scoped)] or _limit_words(r)
    if any(word not in BENEFIT_RATES and word not in LIMIT_WORDS for word in found):
        return False
    li = cl.lines.index(s0)
    # (not the end of a window of days a rule holds for: 2018年10月1日至2020年12月31日，…上限可提高至60%)
    return any(s0 <= start < at and (pre in _BY_PRE or post in _BY_POST) and not (pre == "至" and cl.text[start - 1] in "日号")
               for k in range(li, cl.line + 1) for start, _, pre, post in cl.lines.years(k)[2])


def _set_levels(text: str, s0: int, c0: int) -> int:
    """Where the levels start that a change of a standard lists after its colon (…调整为：|一级医院200元，…), when
    the clause at ``c0`` is one of them, else -1: the colon closes a verb that sets a standard, which its
    sentence names before it (起付标准调整为：) or whose old values it lists there (将…1500元，调整为：); a
    plan's goals so listed (将主要目标调整为：…增长6%) are targets."""
    found = list(_SET_COLON.finditer(text, s0, c0))
    if not found:
        return -1
    colon = found[-1]
    if STANDARD.search(text, s0, colon.start()) is None and _DIGIT.search(text, s0, colon.start()) is None:
        return -1
    return colon.end()


#: The label of a class a standard's amount is set for (一类地区, 二档, 三级医院): an ordinal, then 类/档/级,
#: then the kind of place or body so graded, if named.
_CLASS_LEVEL = re.compile(
    r"[一二三四五六七八九十甲乙丙丁]{1,2}[类档级](?:行政区域|区域|地区|城市|城镇|县市?|区|市|旗|医院|医疗机构)?")
_CLASS_LEVEL_LAST = re.compile(rf"(?:{_CLASS_LEVEL.pattern})$")
#: A standard's noun, then the verb setting it (为, 依次为, 调整为), right before a class label and its figure (小时最低
#: 工资标准依次为|一类9.8元): the list of the levels set for each class opens there.
_LEVELS_OPEN = re.compile(rf"(?P<noun>标准|定额)(?:{_CHANGE_ADVERB})?(?:为|是|{STANDARD_VERB.pattern})[：:]?(?={_CLASS_LEVEL.pattern}[0-9])")
#: The same for the level of any rule's noun (报销比例分别为：|一级90%, 包干费用为：|二级医院7000元/年): the nouns of
#: a standing rule's levels (see :func:`_sets_rule_level`), those of the list and those naming it.
_RULE_LEVEL_NOUN = re.compile(RULE_LEVEL_NOUN)
_RULE_LEVEL_END = re.compile(rf"{RULE_LEVEL_NOUN}$")
_RULE_LEVELS_OPEN = re.compile(
    rf"(?P<noun>{RULE_LEVEL_NOUN})(?:{_CHANGE_ADVERB})?(?:为|是|{STANDARD_VERB.pattern})[：:]?(?={_CLASS_LEVEL.pattern})")
_STANDARD_END = re.compile(r"(?:标准|定额)$")
#: The period a rule's level for a class is paid per, between the class and the figure (二级医院全年|72000元).
_RULE_PERIODS = ("全年", "每年", "每月")
#: A year a standard's name may hold (2026年月最低工资标准): no figure of a level.
_NAME_YEAR = re.compile(r"\d{4}年")


def _class_levels(text: str, s0: int, c0: int, item_start: int, at: int, *, rule: bool = False) -> str:
    """The indicator of an amount at ``at`` that a list of classes gives for the standard named before it
    (月最低工资标准，|一类地区2380元、二类地区2310元 → 月最低工资标准（一类地区）), when the words of the item
    before it are a class label, and the standard is named: in the clause before ``c0`` (after its comma
    or colon, or the colon of a line whose items ； sets apart: 月最低工资标准：一类地区1770元；二类地区1600元),
    ending with the standard's noun and holding no figure; or in the figure's own clause, right before the
    list's first label (小时最低工资标准依次为一类9.8元、二类9.2元); else ``""``. With ``rule``, the list is one of
    the levels a standing rule sets, whatever its noun (报销比例分别为：一级90%；二级80%), and the label may be followed
    by the period the level is paid per (二级医院全年|72000元)."""
    noun, opening, ending = (_RULE_LEVEL_NOUN, _RULE_LEVELS_OPEN, _RULE_LEVEL_END) if rule \
        else (_STANDARD_NOUN, _LEVELS_OPEN, _STANDARD_END)
    item = text[item_start:at].strip(_STRIP_EDGE + " ")
    item = _PER_UNIT.sub("", item) if "每" in item else item  # 一类地区每人每年|500元: the unit it is per, no label
    if rule and item.endswith(_RULE_PERIODS):
        item = item[:-2]  # 二级医院全年|72000元: the period the level is paid per, no label
    if "类" not in item and "档" not in item and "级" not in item or (label := _CLASS_LEVEL_LAST.search(item)) is None:
        return ""
    if label.start() or item_start > c0:
        # the list opens in the figure's own clause: its standard's name and the verb setting it right before
        # the first label (…标准依次为|一类9.8元, 标准调整为|一类1980元)
        opens = list(opening.finditer(text, c0, at + 1))
        if opens and not (label.start() and text[opens[-1].end():at].strip(_STRIP_EDGE + " ") != label.group()):
            return _class_name(_standard_name(text, c0, opens[-1].end("noun"), noun=noun), label.group())
        if label.start():
            return ""
    if c0 > s0 and text[c0 - 1] in "，,：:":
        end = c0 - 1
    elif c0 == s0 and text[c0 - 1:c0] == "；":
        # a later item of a list its line's colon opens, its items apart by ；
        end = text.rfind("：", text.rfind("\n", 0, c0) + 1, c0)
        if end < 0 or text.find("。", end, c0) >= 0:
            return ""
    else:
        return ""
    lo = text.rfind("\n", 0, end) + 1 if end < s0 else s0
    h0 = max(text.rfind(c, lo, end) for c in "，。；：") + 1 or lo
    head = text[max(h0, lo):end].strip()
    head = head[:-1] if head.endswith(("为", "是")) else head  # 补助标准为：…: the verb setting it
    head = head[:-2] if rule and head.endswith(("分别", "依次")) else head  # 报销比例分别为：…
    if ending.search(head) is None or _DIGIT.search(_NAME_YEAR.sub("", head)) is not None:
        return ""
    return _class_name(_standard_name(text, max(h0, lo), end, noun=noun), item)


def _class_name(name: str, label: str) -> str:
    """The indicator of a standard's level for one class: its name (without the verb or the year before it) and
    the class's label."""
    name = name[2:] if name.startswith("后的") else name  # 调整后的月最低工资标准: the name cut after its verb
    if name[:1].isdigit() and (year := _NAME_YEAR.match(name)) is not None:
        name = name[year.end():]  # 2026年|月最低工资标准: the year dates the standard, it names no part of it
    return f"{name}（{label}）" if name else ""


def _carried_indicator(text: str, s0: int, c0: int, clause_before: str) -> str:
    """The indicator of a figure a clause carries the standard of its sentence over to (see
    :func:`_carries_standard`): the standard's name, with whom or when it is set for (``（花都区、增城市）``)
    or the rise it restates (…标准提高)."""
    name = _standard_name(text, s0, c0, noun=_CARRIED_NOUN)
    if clause_before[:1] == "即":
        rise = _RESTATED_RISE.search(clause_before)
        return name + clause_before[-2:] if name and rise else ""
    m = _CARRIED_SUBJECT.match(clause_before)
    who = _clean_indicator(m.group("who")) if m else clause_before if _CLASS_LABEL.fullmatch(clause_before) else ""
    if not name:
        return who
    return f"{name}（{who}）" if who else name


#: A standard set with its figure (低保标准调整为每人每月700元, 最低标准由…150元提高到160元): not a standard
#: only named (全面执行新标准，…).
_STANDARD_SET = re.compile(
    rf"(?:{STANDARD.pattern})[^，。；]{{0,12}}?(?:{STANDARD_VERB.pattern})[^，。；]{{0,12}}?[0-9]")
#: A standard with the values it is changed from, which a later clause's verb changes (将月最低工资标准由一类1620元、…，|
#: 依次调整为1700元、…): the sentence sets it as one with its verb would.
_STANDARD_FROM = re.compile(rf"(?:{STANDARD.pattern})[^，。；]{{0,12}}?由[^，。；]{{0,12}}?[0-9]")


#: A clause's words before its figure that only name a class (工程类|200万元, 二档|…).
_CLASS_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}[类级档]")


def _carries_standard(text: str, s0: int, c0: int, clause_before: str) -> bool:
    """Whether a clause whose words before its figure are ``clause_before``, after the clause
    ``text[s0:c0]`` of its sentence that sets a standard (its noun and a verb that sets it), sets
    the same standard (…调整为人均月收入395元, 由每人每月203元提高至…205元) or restates the rise (即…提高10元)."""
    verb = STANDARD_VERB.search(clause_before)
    if verb is None and _CLASS_LABEL.fullmatch(clause_before) is not None:
        return _STANDARD_SET.search(text, s0, c0) is not None  # …提高到货物、服务类50万元，|工程类200万元: another class's level
    if verb is None and (clause_before[:1] != "即" or _RESTATED_RISE.search(clause_before) is None):
        return False
    if verb is not None and clause_before[:verb.start()].rstrip()[-1:] in _QUANTITY_ENDS:
        return False  # …标准调整为700元，城镇化率提高到70%: a measure of its own, no standard carried over
    return _STANDARD_SET.search(text, s0, c0) is not None or verb is not None and _STANDARD_FROM.search(text, s0, c0) is not None


#: The base a ratio is taken on, after the limit word before it (控制在基于2020年…规模的|1.3倍以内).
_BASED_ON = re.compile(r"(?:控制在|保持在|不超过|不高于|不低于|为|在)?基于[^，。；]*$")
#: What a time limit's 将 governs, up to the clause's end (…7日内将|资金分配方案印发|。).
_DONE_WITHIN = re.compile(r"[^，。；：！？\n|｜]*")
#: A verb of carrying out a policy, with its adverbs, opening the name of the class a threshold sets (认真落实|月销售额
#: 15万元以下的…): it governs the policy, no part of what the threshold measures.
#: (a bare 执行, 实施 may open a noun: 执行标准, 实施面积; 落实 with no adverb opens none)
_DOING_OPENING = re.compile(r"(?:认真|严格|全面|切实|继续|进一步|积极|深入|坚决)+(?:贯彻落实|贯彻执行|落实|执行|实施|实行|推行|贯彻)"
                            r"|(?:贯彻)?落实")
_DOING_FIRST = frozenset("认严全切继进积深坚贯落")


def _without_doing(name: str) -> str:
    """``name`` without a verb of carrying out a policy that opens it (:data:`_DOING_OPENING`), when at least
    two characters remain (a cheap test first)."""
    if name[:1] not in _DOING_FIRST:
        return name
    m = _DOING_OPENING.match(name)
    return name[m.end():] if m and len(name) - m.end() >= 2 else name


#: A verb of staying or serving for a time that a class of people or bodies is bounded by (居住, 缴费, 经营 …),
#: closing the text before a duration.
_TENURE_VERB = re.compile(r"(?:居住|工作|服务|任职|缴费|参保|经营|生活|就业|务工|从业|连续缴费)$")


def _tenure_of(before: str, unit: str) -> str:
    """且居住|一年以上的城乡居民: the tenure a duration after a verb of staying bounds (居住年限), or ``""``."""
    m = _TENURE_VERB.search(before.rstrip("满达"))
    if m is None:
        return ""
    return m.group() + ("年限" if unit.endswith("年") else "时长")


#: The standards whose indicator the form their rule reads names (see :func:`_rule_indicator`).
_RULES_NAMING = frozenset(("class_threshold", "relaxed_rule", "policy_figure", "proportional_rule", "increment_rule", "bracket_rule",
                           "composition_rule", "distance_zone", "time_limit", "award_quota", "charged_time",
                           "weight_rule", "ratio_rule"))
#: The words up to the joiner that opens the last alternative (因灾死亡10人以上或者|直接经济损失…, 或|潜在经济损失…),
#: or the case singled out (交通事故特别是|一次死亡3人以上…).
_ALTERNATIVES_BEFORE = re.compile(r".*(?:或者|或是|或|以及|特别是|尤其是)|^(?:及|和)")
#: The harm done to people, counted by heads (造成3人以上|死亡: 死亡人数).
_PEOPLE_HARM = re.compile(rf"(?:{HARM_TO_PEOPLE})$")
#: A verb of causing or happening before a bound (一次造成|20人以上, 一次性发生|急性职业病10人以上): what is bounded
#: is named after it, if at all.
_CAUSING = re.compile(r".*(?:造成|导致|引起|引发|发生|出现|致使)")


def _threshold_indicator(r: Reading, prev_indicator: str | None) -> str:
    """What the bound of a class of events or of a level is on: the harm named after it (造成3人以上|死亡,
    1000万元以上|直接经济损失), the previous bound's when only 、 parts them (人数在100人以上、|500人以下),
    else what is named before it (或|潜在经济损失在|500万元以上); ``""`` when none is (the usual indicator
    then: the noun the bound qualifies, 是指一次造成20人以上…的|事故)."""
    harm = HARM_AFTER.match(r.after_text)
    if harm is not None:
        name = harm.group().lstrip("的")
    elif prev_indicator and r.before_full.strip() in ("、", ""):
        return prev_indicator
    else:
        before = r.before_scoped.lstrip("，、 ")
        if (alt := _ALTERNATIVES_BEFORE.match(before)) is not None:
            before = before[alt.end():]
        name = _clean_indicator(_strip_tail(before))
        if "是指" in name:
            name = name[name.rfind("是指") + 2:]  # 是指|总投资额在|100万元以下: the term's definition opens before
        if (cause := _CAUSING.match(name)) is not None:
            name = name[cause.end():]
        if name[:1] in PREPOSITIONS:
            return ""  # 在节假日期间发生的|10人以上的事故: a scope, no measure
    if r.unit.endswith(("人", "人次")) and _PEOPLE_HARM.search(name):
        name += "人数"
    return name if len(name) >= 2 else ""


#: A procedure's step done within a set period, before the bracket that spells the period out (在规定期限内
#: 办结|（3个工作日）): the period is the step's time limit (办结时限).
_WITHIN_PERIOD = re.compile(r"(?:期限|时限)内(?P<step>[\u4e00-\u9fff]{1,4})$")
#: The verbs of a policy's cut or of carrying it out, before what it sets (阶段性下调|工伤保险费率).
_POLICY_VERB = re.compile(r".*(?:下调|上调|调降|调低|降低|提高|减按|减征|减免|缓缴|实施|执行|落实|阶段性)")


#: The verbs alone after a share or a multiple of a base that say only that it is applied (…的1.5倍|执行): what it
#: sets is named before 按.
_APPLIED = frozenset(("执行", "确定", "计算", "核定", "计发", "发放", "核发", "给付", "支付"))
#: What a count bounding a class of bodies counts in them (1500人以下的村: its 人数).
_CLASS_SIZE = {"人": "人数", "户": "户数", "名": "人数"}


def _rule_indicator(r: Reading, rule: str) -> str:
    """The indicator of a standard named by the form its rule reads, or ``""`` (the usual one then):
    what bounds a class (在职职工总数|30人以下的企业免征…), what a policy loosens (裁员率|放宽到…) or
    cuts (阶段性下调|工伤保险费率|50%的政策), what a share is of (按|补助资金总额|的30%|筹集配套资金)."""
    name = ""
    if rule == "class_threshold":
        name = "" if r.verb_only else _without_doing(_clean_indicator(r.before_stem))
        if len(name) < 2 and r.unit in _CLASS_SIZE and (m := THRESHOLD_CLASS.match(r.after_text)):
            name = m.group("body") + _CLASS_SIZE[r.unit]  # 1500人以下的村: the class of villages by their people
    elif rule == "relaxed_rule":
        before = r.before_scoped
        name = _clean_indicator(_strip_tail(before[:before.rfind("放宽")]))
    elif rule == "policy_figure":
        m = _POLICY_VERB.match(r.before_stem)
        name = _clean_indicator(r.before_stem[m.end():] if m else r.before_stem).rstrip("至到")  # 降低…费率至|1%
    elif rule == "bracket_rule":
        before = r.clause_before.rstrip().removesuffix("（").removesuffix("(")
        if r.unit_kind == "time" and "内" in before and (m := _WITHIN_PERIOD.search(before)):
            name = m.group("step") + "时限"
    elif rule == "composition_rule" and (m := COMPOSED_OF.match(r.after_text)):
        # 每队|由|5—20名|青年志愿者|组成: 每队青年志愿者人数; 由3名以上|人员|组成|检查组: 检查组人员人数
        members = r.after_text[:m.end() - 2].strip(_STRIP_EDGE_SPACE)
        body = _clean_indicator(r.clause_before.rstrip()[:-1]) or _clean_indicator(r.rest[m.end():])
        if r.unit.endswith(_PEOPLE_UNITS):
            members = members.removesuffix("人员") + "人数"
        name = body + members
    elif rule == "charged_time":
        # 停车全天24小时的按…收费标准|10小时|收费: the time charged for what the clause names before its 按
        name = _clean_indicator(r.clause_before[:r.clause_before.rfind("按")]) + "计费时长"
    elif rule == "weight_rule":
        # 半年和全年考核结果|分别按|40%、60%计入…: the weight of what is counted in, named before 按, else of what it
        # is counted into (分别按|15%、25%…计入|各县区…指标分值): one name for every share of the list
        what = _clean_indicator(r.clause_before[:r.clause_before.rfind("按")].removesuffix("分别"))
        if len(what) < 2 and (m := WEIGHT_AFTER.match(r.rest)) is not None:
            into = r.rest[m.end():]
            what = _clean_indicator(into[:min((k for k in (into.find(c) for c in "，。；") if k >= 0), default=len(into))])
        name = what + "权重" if len(what) >= 2 else ""
    elif rule == "ratio_rule":
        # 按照|20%|的比例确定|本单位重点办理的建议提案…: the share of what the rule picks, named after its verb
        what = r.rest.removeprefix("的比例")
        what = _clean_indicator(_without_doing(what[2:] if what[:2] in _APPLIED else what))
        name = what + "比例" if len(what) >= 2 else ""
    elif rule == "award_quota" and (m := AWARD_RANK.search(r.before_core)):
        name = m.group() + "名额"  # 设立一等奖|1名: 一等奖名额, whatever follows the count
    elif rule == "distance_zone" and (m := DISTANCE_FROM.search(r.clause_before)):
        # 在全县林地及距林地边缘|300米范围内: the distance from what the zone is drawn around
        before = r.clause_before[:m.start()]
        cut = max(before.rfind(c) for c in "在及和与、，") + 1
        place = r.clause_before[cut:].rstrip().removeprefix("距离").removeprefix("距")
        name = _clean_indicator(place) + "距离"  # 林地边缘距离, 河道两侧距离
    elif rule == "time_limit" and (period := _PERIOD_NAMED_AFTER.match(r.after_text)) is not None:
        name = period.group().removeprefix("作").removeprefix("为")  # 缴费后60天|为等待期: the period it is the length of
    elif rule == "time_limit" and r.after_text.startswith(("将", "把")) and r.comparator in ("<=", "<"):
        # 县业务主管部门(原则上)于|7日内|将资金分配方案印发…: what must be done in the time is the object of
        # 将 and its verb, not the body that does it
        what = _clean_indicator(_DONE_WITHIN.match(r.rest, 1).group())  # type: ignore[union-attr]
        name = what + "时限" if 2 <= len(what) <= 24 else ""
    elif rule == "increment_rule" and (m := INCREMENT_ON_BASE.search(r.clause_before.rstrip())):
        name = _clean_indicator(m.group("base")) + m.group("change")  # 按照…平均补助水平增加|10%: the rise on the base
    elif rule == "proportional_rule" and (m := PROPORTION_BASE.search(r.clause_before.rstrip())):
        base = _clean_indicator(m.group("base"))
        if r.unit == "倍" or r.after_clean in _APPLIED:
            # 认定标准按低保标准的1.5倍确定, 补助标准按上年度平均工资的60%执行: what the share or multiple sets,
            # named before 按, else the multiple or share of the base
            subject = _clean_indicator(r.clause_before[:m.start()])
            return subject if len(subject) >= 2 else f"{base}的{'倍数' if r.unit == '倍' else '比例'}" if base else ""
        name = f"{r.after_clean}占{base}的比例" if r.after_clean else f"{base}的比例"
    return name if len(name) >= 2 else ""


#: The words that open the new text of an amended article (第十条修改为：“…, 增加一款：“…).
_AMENDING = re.compile(r"(?:修改为|改为|修订为|增加一[款项条]|增加)[：:，]?“$")
_AMENDING_LAST = frozenset("：:，为款项条加")  # the characters that may stand right before its quote


def _in_amended_text(text: str, s0: int, at: int) -> bool:
    """Whether ``at`` lies in the quoted new text of an amended article (第十条第四项修改为：“制氢室
    与民用建筑的距离必须大于25m以上…”): every figure of a rule a law sets is a standard."""
    q = text.rfind("“", s0, at)
    return q >= 0 and text.find("”", q, at) < 0 and _AMENDING.search(text, max(0, q - 8), q + 1) is not None


#: 将 as the future of a verb of committing funds (各级财政将安排…): no object marker.
_FUTURE_FUNDING = re.compile(rf"将(?={FUNDING_VERBS})")


def _indicator(r: Reading, text: str, spans: tuple[int, int], prev_indicator: str | None) -> str:
    """What the number of reading ``r`` counts or measures: the noun after a prenominal number
    (建设4家以上|示范区), the clause text before a postnominal one (新增城镇就业|11万人), else the
    previous number's indicator in the sentence (65%和55%) or the clause before (its subject)."""
    s0, c0 = spans
    if r.after_text and r.after_text[0] in CHAIN_MARKS and (chain := _CHAIN.match(r.rest)):
        return _clean_indicator(chain.group("what"))  # 15厘米≤|翻耕深度|＜20厘米: what the bounds are of
    if "完成" in r.before and r.share and SCHEDULE_ITEM.search(r.before) and (
            "、" in r.before_full or r.rest.startswith("、")) and (
            (done := _schedule_object(r.rest)) or not r.prenominal):
        # 按照2022年年底前完成35%、…、2024年完成其余村庄规划编制的要求: the share of what is done, else of
        # what the clause before drives (有序推进村庄规划编制，按照…); a list of stages only (2015年完成
        # 75%以上的确权登记 names what it is a share of)
        return done or _subject_clause(text, s0, c0)
    if r.prenominal:
        noun = _QUANTIFIER.split(r.after_clean, maxsplit=1)[0]
        if r.unit.endswith("元") and FUND_USE.match(r.after_clean) and (spent := _clean_indicator(
                _strip_tail(_FUTURE_FUNDING.sub("", r.before_scoped)))):
            return spent  # 市财政(将)安排资金|5000万元用于…: what the sum is, named before it; not its use
        if r.unit.endswith("元") and (fund := FUND_NOUN.search(noun)):
            # 安排超过100亿元资金|用于新村建设: the fund, not the use it is put to; a bare 资金 is named
            # by who sets it aside (省级财政拟安排|资金)
            noun = noun[:fund.end()]
            if fund.start() == 0 and not r.verb_only:
                return _clean_indicator(_strip_tail(r.before_scoped) + noun)
        if r.share or r.mid_measure:
            if r.share and r.predicate_at < 0 and r.after_text.startswith("的") and r.after_text.rstrip().endswith("、"):
                # 25%的县、35%的乡镇、50%的村完成示范创建: each item's noun with the predicate the list shares
                shared = PREDICATE.search(r.rest)
                if shared:
                    return _clean_indicator(r.after_clean + r.rest[shared.start():])
            base = _clean_indicator(_strip_tail(r.before_scoped)) if not r.verb_only else ""
            return _clean_indicator(base + r.after_clean)
        if MEASURE_NOUN.search(r.noun_part) and r.predicate_at >= 0 and not r.verb_only:
            return _clean_indicator(_strip_tail(r.before_scoped) + r.after_clean)
        if r.others_after and r.unit_kind == "count" and r.predicate_at < 0 and noun == r.after_text \
                and (head := _QUALIFIED_HEAD.match(r.rest, len(r.after_text))) is not None:
            # 建成20个|年接待游客300万人次以上的大景区: a bound inside the noun qualifies the head the count counts
            return _clean_indicator(r.rest[:head.end()])
        return _clean_indicator(noun)
    scoped = r.before_scoped.rstrip("（")  # 办结（5个工作日）
    if scoped[-1:] == "向" and STRIVING.match(r.after_text):
        scoped = scoped[:-1]  # 地区生产总值向|1000亿元冲刺: what pushes toward the amount
    indicator = _clean_indicator(_strip_tail(scoped))
    if "基于" in indicator and (base := _BASED_ON.search(indicator)) is not None and base.start() >= 2:
        indicator = indicator[:base.start()]  # …扩展倍数|控制在基于2020年…规模的|1.3倍: the base is no part of it
    if prev_indicator and indicator[:1].isdigit() and (change := _CHANGE_END.search(indicator)) is not None:
        # 比2010年的132.4万吨、14.56万吨分别减少|7.0%: the base figures (dropped) name nothing measured,
        # the change is of what the clause before measures
        indicator = change.group()
    if _SHARE_OF.match(r.before_scoped.strip()):
        indicator = ""  # 不高于承担风险责任的0.5%: the subject is named before the clause
    # 重大项目实现年度投资500亿元: what is measured is what 实现/完成 governs.
    inner = _INNER_VERB.search(indicator)
    if inner:
        # (市场主体实现增长|60%以上: a change alone after the verb is of the subject before it)
        rest = indicator[inner.end():]
        indicator = indicator[:inner.start()] + rest if _CHANGE_ONLY.fullmatch(rest) else rest
    # 65%和55%, 累计达到30.3万户: nothing of its own before the number, so the previous
    # number's indicator in the same sentence applies.
    if not indicator and prev_indicator and (r.verb_only or _JOINER.fullmatch(r.before.strip())
                                             or _HELD_AT.fullmatch(r.before_core) is not None):
        # (…保持在30微克以下，力争保持在|25微克以下: a level restated for the same measure)
        indicator = prev_indicator
        if r.unit_kind == "count" and not (r.list_item and "分别" in r.clause_before) and (other := _other_count(text, max(s0, c0 - _UNIT_BEFORE_REACH), c0, r.unit)):
            # 涉及1164个楼栋，|35305户; 改造建筑面积约56万㎡，共|214栋: the figure before counts or measures another
            # thing; this one counts what its own unit names (not a later item of a list of its clause's
            # figures: 分别超过90家和|870家)
            indicator = other
        if r.unit not in _RATE_UNITS and not r.list_item \
                and (change := _CHANGE_OF.search(prev_indicator)) is not None and change.start():
            # 总规模年均增长16%以上，…超过|500亿元: a level after the change, of what changes, not the change (a
            # later figure of the change's own list changes alike: …排放量分别下降3和|2吨)
            indicator = prev_indicator[:change.start()]
    elif not indicator and prev_indicator and _CHANGE_ONLY.fullmatch(r.before_core):
        # 贡献率达66%、提高3个百分点: the change of what the figure before measures
        indicator = _strip_tail(prev_indicator) + r.before_core
    if not indicator:
        indicator = _subject_clause(text, s0, c0)
        if not indicator and r.before_core.startswith("分别"):
            # …企业和…企业在2022年的基础上实现“双倍增”，|分别超过|90家和870家: the things 分别 pairs with the
            # figures are the subject of the clause before, whatever that clause goes on to say of them
            indicator = _respective_subject(text, s0, c0)
    elif prev_indicator and (indicator in _SETTLEMENTS or indicator[-1] in _PLACE_LAST
                             and _PLACES.fullmatch(indicator) is not None) \
            and (place := _scope_opening(prev_indicator)) and len(prev_indicator) - place >= 2:
        # 郑州市…分担率不低于50%，|洛阳市、南阳市|不低于45%: a later item of a series names its places alone; what is
        # measured is the first item's, after that item's place (城区生活垃圾无害化处理率达到95%，|农村|达到85%)
        indicator = indicator + prev_indicator[place:]
    elif prev_indicator and len(indicator) == 2 and _names_quantity(indicator) and not _CHANGE_ONLY.fullmatch(indicator) \
            and indicator in r.clause_before and (head := _measured_head(prev_indicator)) and not indicator.startswith(head):
        # 粮食播种面积稳定在…、|产量|稳定在…: a later item names only a quantity; what it is of is what the figure
        # before measures (…收入达到35亿元、|增幅|8%以上: a change is of the whole quantity, see _change_of_previous)
        indicator = head + indicator
    elif not prev_indicator and indicator[-1:] == "率" and len(indicator) <= _BARE_RATE_MAX and c0 > s0 \
            and r.before_core == indicator:
        indicator = _rated_subject(text, s0, c0) + indicator
    return indicator


#: The longest rate a clause may open with alone (达标率, 优良率, 合格率, 覆盖率) to be a rate of what the
#: clause before states (see :func:`_rated_subject`).
_BARE_RATE_MAX = 4


def _rated_subject(text: str, s0: int, c0: int) -> str:
    """东河断面、西河断面水质稳定达到Ⅲ类标准，|达标率|100%: a bare rate that opens the clause after one stating
    what its subject attains is the rate of that subject, the opening of the clause before up to its verb
    (:func:`_respective_subject`); ``""`` when that clause holds a figure of its own or no verb."""
    prev = text[s0:c0 - 1]
    if _ANY_DIGIT.search(prev, max(prev.rfind("，"), prev.rfind("：")) + 1) is not None:
        return ""
    return _ADVERBS_END.sub("", _respective_subject(text, s0, c0))


#: Adverbs between a subject and its verb (水质|稳定|达到): no part of the subject.
_ADVERBS_END = re.compile(r"(?:稳定|持续|全面|基本|总体|均|都|全部|已经|已|将)+$")


#: A subject that is places alone (洛阳市、南阳市; 其他…的城市; not 小区, 示范区: things in places), and the place that opens an indicator (郑州市|公共
#: 交通…分担率): a later item of a series of places written without what it measures.
_PLACE_WORDS = r"(?:省|市|县城|县|区|州|盟|旗|镇|乡|街道|城市|地区)"
#: A place may name the kinds of place it covers in brackets (县（市）, 各县（市、区）).
_PLACE_KINDS = r"(?:（[省市县区州盟旗镇乡、]{1,8}）)?"
_PLACE_LAST = frozenset("省市县区州盟旗镇乡道城）")
_PLACES = re.compile(
    rf"(?:(?:(?:其他[^，。；、]{{0,24}}的|[\u4e00-\u9fff]{{1,4}}?)(?<![小园社景片街范聚发能业务超]){_PLACE_WORDS}{_PLACE_KINDS}"
    rf"|{_PLACE_WORDS}{_PLACE_KINDS.removesuffix('?')})(?:、|和|及|$))+")  # (县（市）: the kinds name the place)
_ONE_PLACE = rf"[\u4e00-\u9fff]{{1,6}}?{_PLACE_WORDS}(?![市县区州旗盟])"  # (郑州|市: the place goes on)
_PLACE_OPENING = re.compile(rf"(?:{_ONE_PLACE}[、和及])*{_ONE_PLACE}(?![\u4e00-\u9fff]{{0,2}}$)")


def _scope_opening(indicator: str) -> int:
    """Where the place or the settlement ``indicator`` opens with ends (城区|生活垃圾…, 农村|生活污水…), or 0."""
    if (place := _PLACE_OPENING.match(indicator)) is not None:
        return place.end()
    return 2 if indicator[:2] in _SETTLEMENTS else 0


def _measured_head(indicator: str) -> str:
    """What ``indicator`` measures something of, without its place and its measure (全省|粮食|播种面积 → 粮食,
    天然气|消费量 → 天然气), or ``""`` when it ends in no measure or names nothing before it."""
    place = _PLACE_OPENING.match(indicator)
    rest = indicator[place.end():] if place else indicator
    m = _HEAD_MEASURE.search(rest)
    return rest[:m.start()] if m is not None and m.start() >= 2 else ""


#: How far before a clause the figure whose indicator it may carry is looked for.
_UNIT_BEFORE_REACH = 30


def _other_count(text: str, a: int, b: int, unit: str) -> str:
    """What a count in ``unit`` counts when the last figure of ``text[a:b]`` is in a unit of another kind or
    counts another thing (个 before 户): the number of its unit's things (户数, 栋数); ``""`` when it agrees."""
    last = next(reversed(list(QUANTITY.finditer(text, a, b))), None)  # (a short span: a figure or two)
    if last is None:
        return ""
    _, base, kind = _unit_parts(last.group("unit"))
    own = _unit_parts(unit)[1]
    if kind == "count" and base == own or not own or not "\u4e00" <= own[0] <= "\u9fff":
        return ""
    return _CLASS_SIZE.get(own, own + "数")


#: The units of a change or a share (增长16%, 提高2个百分点, 翻1倍): a figure in any other is a level.
_RATE_UNITS = frozenset(("%", "‰", "个百分点", "百分点", "倍"))
#: The verbs that hold a measure at a level, alone before the figure (力争|保持在|25微克/立方米以下).
_HELD_AT = re.compile(r"(?:保持|稳定|控制|维持|下降|降低|降|提高|提升)(?:在|到|至)")


def _change_of_previous(indicator: str, prev_indicator: str | None) -> str:
    """``indicator`` named by what the previous figure of its sentence measures when it is only a
    change (全镇GDP达3.45亿元，|比上年增加|0.31亿元，|增长|9%: 全镇GDP比上年增加, 全镇GDP增长)."""
    if not prev_indicator or not _CHANGE_OF.fullmatch(indicator):
        return indicator
    named = _CHANGE_OF.sub("", _strip_tail(prev_indicator)) or prev_indicator
    return named + indicator


#: A change alone, after the base it is measured from (比上年增加, 较2020年下降, 同比增长), and the same at the end
#: of an indicator (…比上年增加).
_CHANGE_OF = re.compile(rf"(?:(?:比|较)[^，。；、]{{1,8}}?)?{_CHANGE_ONLY.pattern}$")


#: What a plan's schedule of shares is of: the rest done last (、2024年完成其余|村庄规划编制|的要求), or
#: what the schedule it follows drives (…60%的要求|推进|村庄规划编制).
_SCHEDULE_OBJECT = re.compile(
    r"完成其余(?:的)?(?P<rest>[^、，。；的]{2,20})|(?:要求|安排)(?:有序)?(?:推进|推动|开展|实施|完成)(?P<driven>[^、，。；]{2,20})"
)


def _schedule_object(rest: str) -> str:
    """The indicator of a share in a plan's schedule (…完成35%、…完成60%、…完成其余X的要求推进): X's
    完成比例, from the text after the figure; ``""`` when it names no X."""
    m = _SCHEDULE_OBJECT.search(rest)
    if m is None:
        return ""
    noun = _clean_indicator(m.group("rest") or m.group("driven"))
    return noun + "完成比例" if noun else ""


#: A yearly plan column's name as a cell of its own (2024年目标, 2025年（万元）, | 2023年 |): only
#: then are the task tables read here.
_PLAN_HINT = re.compile(r"年(?<=(?:19|20)\d\d年)度?(?:目标|计划|任务|指标|预期)?(?:（[^）\n]{1,6}）)?(?=[|\s]|$)")


_CELL_BORDER = re.compile(r"[|｜]")


#: A line that opens with a short label and its colon (完成情况：…, 进展情况：…), from its line break.
_LABELLED_LINE = re.compile(r"\n[ \t\u3000]*(?P<label>[^\n：:，。；|]{2,12})[：:]")


#: The words a line's label opens with when it schedules what is to be done (计划完成进度：2024年底前完成…, 预计完成
#:情况, 时间进度安排): a plan, however much of it reads as a progress column's name.
_PLANNED_LABEL = re.compile(r"计划(?!完成情况|执行情况|落实情况)|预计|预期|拟|时间")  # (计划完成情况: how the plan went)


def _status_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines a progress label opens (目标任务：… / 责任单位：… / 完成情况：228国道二期已开工建设
    8公里；…): a progress report's record of each task, the label a progress column's name
    (:func:`~policykg.extract.table_columns.is_status_column`), not one of a plan (:data:`_PLANNED_LABEL`); the line
    reports results."""
    out = []
    for m in _LABELLED_LINE.finditer(text):
        label = m.group("label").strip()
        if _PLANNED_LABEL.match(label) is None and is_status_column(label):
            end = text.find("\n", m.end())
            out.append((m.end(), len(text) if end < 0 else end))
    return out


def _status_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the cells of progress columns (落实情况, 完成情况, 工作进展) in the pipe tables of
    ``text``, in text order. A header line names the columns (序号 | 任务 | 责任单位 | 落实情况 |);
    the pipe lines under it are its rows, up to the first line without a pipe. A line holding the
    header and its rows run together (the rows' line breaks lost) is read cell by cell, each
    row as wide as the header (up to its first cell that names no column). A row short of the
    cells of the group columns the header opens with (类别 | 事项名称 | …) prints none for the
    group cells merged over it: its cells are the columns on the right."""
    out: list[tuple[int, int]] = []
    # (width, indices of the progress columns, how many group columns open the header)
    columns: tuple[int, frozenset[int], int] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line and "｜" not in line:
            columns = None
            continue
        if columns is None and not holds_status_word(line):
            continue  # no header of a progress column: most pipe lines (metadata rows, other tables)
        cells, a = [], 0
        for m in _CELL_BORDER.finditer(line):
            cells.append((start + a, start + m.start()))
            a = m.end()
        if line[a:].strip():
            cells.append((start + a, start + len(line)))
        if cells and not text[cells[0][0]:cells[0][1]].strip():
            cells = cells[1:]  # | 序号 | …: the border that opens the line
        first = 0
        if columns is None:
            names = [text[a:b].strip() for a, b in cells]
            width = next((i for i, n in enumerate(names) if column_kind(n) is None), len(names))
            found = frozenset(i for i, n in enumerate(names[:width]) if is_status_column(n))
            header = make_header(names[:width]) if found else None
            if header is None:
                continue
            groups = next((i for i, kind in enumerate(header.kinds) if kind != "group"), 0)
            columns, first = (width, found, groups), width
        width, found, groups = columns
        shift = width - len(cells) if not first and 0 < width - len(cells) <= groups else 0
        out.extend(cells[i] for i in range(first, len(cells)) if (i - first + shift) % width in found)
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, the overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _outside(qtys: list[_Qty], spans: list[tuple[int, int]]) -> tuple[list[_Qty], list[_Qty]]:
    """The numbers of ``qtys`` that lie in none of ``spans`` (sorted, not overlapping), and those that do."""
    starts = [a for a, _ in spans]
    out: list[_Qty] = []
    inside: list[_Qty] = []
    for q in qtys:
        k = bisect_right(starts, q.start) - 1
        (inside if k >= 0 and spans[k][1] >= q.end else out).append(q)
    return out, inside


def _has_plan_column(text: str) -> bool:
    """Whether a yearly plan column name stands as a cell of its own somewhere in ``text``."""
    for m in _PLAN_HINT.finditer(text):
        at = m.start() - 4  # where the year starts
        if at == 0 or text[at - 1] in "|\n \t\u3000":
            return True
    return False


def _plan_targets(text: str, rows: list[TableRow] | None = None) -> list[dict[str, Any]]:
    """One target per yearly plan cell of the document's task tables (``2023年 新增停车位2000个 |
    2024年 3000个``): the row's task is the indicator, the column's year the deadline, and the
    unit the cell's own or the column's (``2025年（万元）``). ``rows`` are the tables' rows if
    already read."""
    out: list[dict[str, Any]] = []
    for row in find_table_rows(text) if rows is None else rows:
        for cell in row.plan:
            m = QUANTITY.search(cell.text)
            if m:
                value, unit = parse_number(m.group("num")), _unit_parts(m.group("unit"))[0]
                value_max = parse_number(m.group("num2")) if m.group("num2") else None
                comparator = _POST_COMPARATOR.get(m.group("post") or "", "=")
            else:
                bare = re.fullmatch(r"\d+(?:\.\d+)?", cell.text.strip())
                col = COLUMN_UNIT.search(cell.column)
                if not bare:
                    continue
                value, unit, value_max, comparator = float(bare.group()), col.group("unit") if col else "", None, "="
            if value is None:
                continue
            out.append(_table_target(text, _clean_indicator(row.text.split("\n")[0]), value, unit, cell.year,
                                     (cell.start, cell.end), f"{row.text} {cell.text}",
                                     value_max=value_max, comparator=comparator))
    return out


def _table_target(text: str, indicator: str, value: float, unit: str, year: int, span: tuple[int, int],
                  row_text: str, *, value_max: float | None = None, comparator: str = "=") -> dict[str, Any]:
    """The fields of a target read from a table's yearly cell at ``span``: due in its column's year."""
    mag, base_unit = magnitude(value, unit)
    return dict(
        indicator=indicator, value=value, unit=unit, comparator=comparator, deadline=str(year),
        recurrence=None, kind="target", commitment="planned", text=row_text,
        value_max=value_max, magnitude=mag, base_unit=base_unit,
        source=Source(span[0], span[1], text[span[0]:span[1]]), _bounds=indicator,
    )


def _figure_targets(
    text: str, doc_year: int | None = None
) -> tuple[list[dict[str, Any]], list[tuple[int, int]], list[tuple[int, int]]]:
    """One target per planned figure of the document's figure tables (see
    :mod:`policykg.extract.figure_tables`): the row's label is the indicator, the year the deadline.
    A column of a year before the document's (``doc_year``) holds the base values it starts from.
    A standards table's figure (收费标准（元/吨）) is a standard, its indicator the row's label and
    the column's name. Also the spans of its place matrices, whose other cells are no targets, and
    those of its standards tables, whose other figures state rules."""
    out: list[dict[str, Any]] = []
    matrix, tables = place_matrix_cells(text)
    scored = scored_tables(text)
    if scored:
        # a scored table's figures, due in its title's year, else the document's; the table's other
        # numbers (the scores) are no targets
        tables = tables + [(t.start, t.end) for t in scored]
        matrix += [cell if cell.year else replace(cell, year=doc_year)
                   for cell in scored_cells(scored) if cell.year or doc_year]
    for cell in figure_cells(text) + matrix:
        if doc_year and cell.year < doc_year:
            continue  # | 2020年 | 2025年 | in a plan of 2021: where things stood, not a target
        # the cell's own unit, else the row's unit cell when it reads as a unit, else the column's
        row_unit = cell.row_unit if cell.row_unit and (_is_unit(cell.row_unit) or _is_rate_unit(cell.row_unit)) else ""
        raw_unit = cell.unit or row_unit or cell.column_unit
        unit = _unit_parts(raw_unit)[0] if raw_unit else ""
        label = cell.label
        if row_unit and label[-1:] in "）)" and label[-len(row_unit) - 1:-1] == row_unit:
            label = label[:-len(row_unit) - 2]  # 自给率（%）: the unit its bracket gives is no part of what is measured
        target = _table_target(text, label, cell.value, unit, cell.year, (cell.start, cell.end), cell.row,
                               comparator=cell.comparator)
        if cell.annual:
            target["recurrence"] = "annual"
        out.append(target)
    standards, rules = standard_cells(text)
    for cell in standards:
        # a standards table's figure (收费标准（元/吨） | 0.7): a standing rule, its unit the column's
        if not _is_column_unit(cell.column_unit):
            continue  # 价格（含税）: the bracket names no unit
        target = _table_target(text, cell.label + cell.column, cell.value, cell.unit or cell.column_unit, 0,
                               (cell.start, cell.end), cell.row, comparator=cell.comparator)
        target.update(deadline=None, kind="standard")
        out.append(target)
    return out, tables, rules


def _is_column_unit(word: str) -> bool:
    """Whether the bracket of a standards column names a unit: one the grammar reads (元, %), a rate of
    two (元/吨), or an amount per anything (元/人·月)."""
    return _is_unit(word) or _is_rate_unit(word) or ("/" in word and _is_unit(word.partition("/")[0]))


#: How far before a figure table's cell the text may state the same figure for the cell to restate it.
_TABLE_RESTATES = 1500


def _restated_in_table(figures: list[dict[str, Any]], prose: list[dict[str, Any]], text: str = "") -> set[int]:
    """The ids of the ``figures`` of figure tables that restate a target of the ``prose`` stated shortly
    before them: the same value, bounds, unit and year (the table that follows a plan's paragraph sums it up),
    unless the figure's row names a place the prose target does not (another place's share of the plan)."""
    by_figure: dict[tuple, list[tuple[int, str]]] = {}
    for o in prose:
        if o["kind"] == "target" and o["deadline"]:
            # (what the target names: its indicator and its sentence up to it, 济南市…涉及525个…，共改造|2440栋)
            start = o["source"].start
            sentence = text[max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1:o["source"].end]
            by_figure.setdefault((o["value"], o["value_max"], o["unit"], o["deadline"]), []).append(
                (start, o["indicator"] + (sentence or o["text"])))
    if not by_figure:
        return set()
    out: set[int] = set()
    for t in figures:
        at = t["source"].start
        place = _row_place(t)
        if any(0 < at - o <= _TABLE_RESTATES and not (place and place not in indicator)
               for o, indicator in by_figure.get((t["value"], t["value_max"], t["unit"], t["deadline"]), ())):
            out.add(id(t))
    return out


#: The row labels of a place table that name the document's own place or the total (全市, 合计), or a year: no other place.
_OWN_ROW = re.compile(rf"{WHOLE_PLACE.pattern}|[0-9]+年.*")


def _row_place(t: dict[str, Any]) -> str:
    """The place a figure table's row names, when its indicator opens with the row's label (港区（含浮桥） | 3.4 →
    港区单位…能耗降幅目标) and the label is no name of the document's own place or total; else ""."""
    label = t["text"].split("|", 1)[0] if "|" in t["text"] else ""
    label = "".join(_PAREN.sub("", label).split())
    if len(label) < 2 or not t["indicator"].startswith(label) or _OWN_ROW.fullmatch(label):
        return ""
    return label


def _is_unit(word: str) -> bool:
    """Whether ``word`` after a number reads as its unit (个, 亩, 万元, 公里), by the one unit grammar."""
    m = QUANTITY.match("1" + word)
    return m is not None and m.end() == len(word) + 1 and bool(m.group("unit"))


def _is_rate_unit(word: str) -> bool:
    """Whether a table's unit cell is a rate of two units (人/亿元, 吨/万元), each read as a unit."""
    num, slash, den = word.partition("/")
    return bool(slash) and _is_unit(num) and _is_unit(den)


def _conjunct_indicators(indicator: str) -> list[str]:
    """The indicator of each conjunct of ``indicator`` when one number holds for all (均达到):

    - each item when every item names a quantity of its own (规上工业增加值和固定资产投资);
    - short items that share the last item's head, the head given to each (高血压和2型糖尿病
      患者规范管理服务率 → 高血压患者规范管理服务率, 2型糖尿病患者规范管理服务率; 小学和初中
      适龄儿童入学率 → 小学适龄儿童入学率, 初中适龄儿童入学率);
    - else the whole indicator once for each item (at most four).
    """
    flat = _PAREN.sub(lambda p: "x" * len(p.group()), indicator)
    bounds = [0]
    for m in _CONJUNCTION.finditer(flat):
        bounds += [m.start(), m.end()]
    bounds.append(len(indicator))
    items = [indicator[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if len(items) < 2 or not all(items):
        return [indicator] * min(len(items), 4)
    if len(items) <= 4 and all(_names_quantity(item) and len(item) >= 3 for item in items):
        return items
    if len(items) <= 4 and len(items[0]) >= 4 and all(_names_quantity(item) and len(item) >= 2 for item in items):
        # 粮食播种面积和产量: a later item a bare quantity (产量) of what the first names; each is its own
        return items
    *firsts, last = items
    if len(items) <= 4 and "等" in last and (kind := _KIND_AFTER_ETC.search(last)) and kind.end() < len(last):
        # 二氧化硫（SO2）、氮氧化物（NOX）和挥发性有机物（VOCs）等主要污染物|排放总量: the items are of a kind
        # the list names after 等; each has what follows the kind
        measure = last[kind.end():]
        return [_PAREN.sub("", item) + measure for item in (*firsts, last[:kind.start()])]
    quantities = sum(map(_names_quantity, firsts))
    if len(items) <= 4 and (quantities == 0 or quantities == 1 < len(firsts)) and (
            measure := _SHARED_MEASURE.search(last, 2)) is not None:
        # 二氧化硫和氮氧化物|排放总量: things measured the same way, the measure written once after the last;
        # among bare things one may end as a quantity does (化学需氧量、氨氮、氮氧化物|排放总量)
        return [f + last[measure.start():] for f in firsts] + [last]
    if len(items) <= 4 and _parallel_verbs(firsts, last):
        # 马铃薯种植、收获机械化率: two-character verbs between a shared prefix and a shared suffix.
        prefix, suffix = firsts[0][:-2], last[2:]
        return [prefix + v + suffix for v in (firsts[0][-2:], *firsts[1:], last[:2])]
    if len(items) <= 4 and last[-2:] in _SHARED_RATIO and len(last) <= _SHORT_ITEM + 2 and all(
            2 <= len(f) <= _SHORT_ITEM and f[-1] not in _QUANTITY_ENDS for f in firsts):
        # 宜居乡镇、建制村|比例: short names of things, the share of each written once after the last
        return [f + last[-2:] for f in firsts] + [last]
    if len(items) <= 4 and all(len(item) >= 3 and _HEAD_END.search(item, len(item) - 3) for item in items):
        # 高新技术企业和科技型企业: each item a whole name of the people or bodies counted
        return items
    head = _SHARED_HEAD.search(last, 1)
    if len(items) <= 4 and head and all(len(f) <= 6 and f.endswith(head.group()) for f in firsts):
        # 城镇居民和农村居民|人均可支配收入: each item names the head, then they share what follows it
        return [f + last[head.end():] for f in firsts] + [last]
    if len(items) <= 4 and head and all(len(f) <= 6 and not _SHARED_HEAD.search(f) for f in firsts):
        # Two-character items are parallel modifiers of the same length (小学和初中|适龄儿童入学率).
        at = 2 if all(len(f) == 2 for f in firsts) else head.start()
        return [f + last[at:] for f in firsts] + [last]
    if len(items) <= 4 and items[0][:1] in _INTENSITY_FIRST and (head := _INTENSITY_HEAD.match(items[0])):
        items = [items[0], *(item if item.startswith(head.group()) else head.group() + item for item in items[1:])]
    if len(items) <= 4 and all(len(item) >= 2 and (_names_quantity(item) or _ACTIVITY_END.search(item, len(item) - 2))
                               for item in items):
        # (单位国内生产总值)能源消耗和二氧化碳排放: each item what is measured, the intensity's output its head
        return items
    return [indicator] * min(len(items), 4)


def _names_quantity(item: str) -> bool:
    """Whether ``item`` ends as the name of a quantity does (产量, 增加值), not as a substance's name
    that ends so (化学需氧量, 生化需氧量: pollutants, measured by the measure after the last item)."""
    return item[-1] in _QUANTITY_ENDS and not item.endswith("需氧量")


#: 等 and the kind of thing a list's items are (等主要污染物, 等重点行业), before what is measured of each.
_KIND_AFTER_ETC = re.compile(
    r"等(?:主要|重点|其他|多种|\d+种|[一二三四五六七八九十]+[种类项个])?[\u4e00-\u9fff]{0,4}?"
    r"(?:污染物|物质|行业|产业|产品|领域|地区|品种|指标|作物|粮食|能源)"
)
#: Words that join two heads (城乡 = 城镇 and 农村), each named in full when 分别 pairs them with two figures.
_PAIRED_HEAD = {"城乡": ("城镇", "农村")}
_PAIRED_HEAD_WORDS = tuple(_PAIRED_HEAD)
#: The kinds of settlement that scope a measure as a place does (城区|…处理率达到95%，农村|达到85%): the
#: heads that 城乡 joins, and 乡村.
_SETTLEMENTS = frozenset({*(head for pair in _PAIRED_HEAD.values() for head in pair), "乡村"})


def _stated_past_qualifiers(found_all: list[dict[str, Any]], qualifier_of: list[tuple[int, bool]],
                            first: int) -> list[dict[str, Any]]:
    """The figures of a clause from ``first`` that 分别 pairs with its items: those it states, when at
    least two, without the qualifiers inside an item (婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、
    4.5‰、10/10万: 5岁以下 bounds whom the second item counts, it is no figure of the list), the items
    then read back across them (see :func:`_items_past_qualifiers`); else all of them."""
    found = found_all[first:]
    stated = [t for t, (s, _) in zip(found, qualifier_of[first:], strict=True) if s < 0]
    if len(stated) < 2 or len(stated) == len(found):
        return found
    _items_past_qualifiers(stated, [t for t in found if not any(t is u for u in stated)])
    return stated


def _items_past_qualifiers(stated: list[dict[str, Any]], qualifiers: list[dict[str, Any]]) -> None:
    """婴儿死亡率、5岁以下儿童死亡率、|孕产妇死亡率分别…: the indicator the stated figures share, cut after the
    qualifier inside an earlier item, is the last item of a 、 list that runs back over that qualifier
    to the clause's comma; when its items are as many as the figures, each figure takes its own
    (changed in place)."""
    indicator, src = stated[0]["indicator"], stated[0]["source"]
    if any(t["indicator"] != indicator or t["source"] != src for t in stated):
        return
    clause = stated[0]["text"]
    at = clause.find(indicator)
    if at < 2 or clause[at - 1] != "、":
        return
    start = clause.rfind("，", 0, at) + 1
    if not qualifiers or _DIGIT.search(clause, start, at) is None:
        return  # (no qualifier among the items: the indicator was cut where the list opens)
    items = clause[start:at].split("、")[:-1]
    if len(items) + 1 != len(stated) or not all(items):
        return
    items[0] = _clean_indicator(_after_heads(items[0]))
    if not items[0]:
        return
    for t, item in zip(stated, [*items, indicator], strict=True):
        t["indicator"] = item


def _respectively(found: list[dict[str, Any]]) -> None:
    """花生种植、收获机械化率分别达到65%和55%: the items of the shared indicator, in order, one
    to each number, when they are as many as the numbers (changed in place)."""
    first = found[0]
    if first["kind"] == "standard":
        for t in found[1:]:
            # A、B类人员分别按保障标准的30%、20%增发: the figures of one rule, whatever the later ones' words
            t["kind"], t["deadline"] = "standard", first["deadline"]
    indicator = first["indicator"]
    if any(t["indicator"] != indicator for t in found):
        return
    # 化学需氧量、氨氮排放总量|下降: the change is each item's
    change = _CHANGE_END.search(indicator, max(0, len(indicator) - 2))
    stem, verb = (indicator[:change.start()], change.group()) if change else (indicator, "")
    items = [item + verb for item in _conjunct_indicators(stem)]
    if len(items) == 1 and "、" in first["text"] and (parallel := _parallel_items(first["text"], indicator, len(found))):
        items = parallel  # 全自理、半护理、全护理照料护理标准…240元、685元、1090元: the items the clause cut off
    elif len(items) == 1 and len(found) == 2 and indicator.startswith(_PAIRED_HEAD_WORDS):
        # 城乡居民人均可支配收入分别增长8%和10%: a word that joins two heads names each in turn
        pair = _PAIRED_HEAD[indicator[:2]]
        items = [head + indicator[2:] for head in pair]
    if len(items) == len(found) and len(set(items)) == len(items):
        for t, item in zip(found, items, strict=True):
            t["indicator"] = item


#: Years listed by 、 (到2025年、2035年): the horizons of figures that 分别 pairs with them in order.
_YEAR_LIST = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:底|末)?(?:、(?:19|20)[0-9]{2}年(?:底|末)?)+")


def _paired_years(text: str, s0: int, c1: int, found: list[dict[str, Any]]) -> None:
    """到2025年、2035年，森林覆盖率分别达到26%以上、30%以上: the years of a 、 list in the sentence, as many
    as the figures 分别 pairs, each the deadline of its figure in order (changed in place)."""
    m = _YEAR_LIST.search(text, s0, c1)
    if m is None:
        return
    years = re.findall(r"((?:19|20)[0-9]{2})年", m.group())
    if len(years) != len(found) or years != sorted(set(years)) or any(
            t["kind"] != "target" or t["deadline"] not in years for t in found):
        return
    for t, year in zip(found, years, strict=True):
        t["deadline"] = year


#: A span of years (2024年至2026年, 2024—2026年) that a clause opens with.
_YEAR_SPAN = re.compile(r"(?<![0-9])(?P<a>(?:19|20)[0-9]{2})年?(?:至|到|—|－|-|~|～)(?P<b>(?:19|20)[0-9]{2})年[，,]?$")


def _spanned_years(text: str, s0: int, c0: int, found: list[dict[str, Any]]) -> None:
    """2024年至2026年，…比例分别不低于20%、50%、80%: a span of years closing the text before the
    clause, with as many years as the figures 分别 pairs, gives each figure of one indicator its
    year in order (changed in place)."""
    m = _YEAR_SPAN.search(text, max(s0, c0 - 14), c0)
    if m is None:
        return
    a, b = int(m.group("a")), int(m.group("b"))
    if b - a + 1 != len(found) or any(t["kind"] != "target" or t["deadline"] != str(b)
                                       or t["indicator"] != found[0]["indicator"] for t in found):
        return
    for t, year in zip(found, range(a, b + 1), strict=True):
        t["deadline"] = str(year)


#: A list of shares each before its noun, then the predicate they share (90%大型园区、70%中型园区|达到…).
_SHARE_NOUN_LIST = re.compile(rf"(?<![0-9.])(?:[0-9]+(?:\.[0-9]+)?%[\u4e00-\u9fff]{{2,10}}?、)+"
                              rf"[0-9]+(?:\.[0-9]+)?%[\u4e00-\u9fff]{{2,10}}?(?={PREDICATE.pattern})")
_SHARE_NOUN = re.compile(r"(?P<n>[0-9]+(?:\.[0-9]+)?)%(?P<noun>[\u4e00-\u9fff]+)")


def _shares_of_nouns(clause: str, found: list[dict[str, Any]]) -> None:
    """…的90%大型园区、70%中型园区达到示范标准: shares each written before the noun it measures, then one
    predicate; each share's indicator is its noun with the predicate (大型园区达到示范标准), when the shares
    found are those of the list, in order (changed in place)."""
    m = _SHARE_NOUN_LIST.search(clause)
    if m is None:
        return
    end = min((k for k in (clause.find(c, m.end()) for c in "，。；") if k >= 0), default=len(clause))
    predicate = clause[m.end():end].rstrip()
    items = [(float(x.group("n")), x.group("noun")) for x in _SHARE_NOUN.finditer(m.group())]
    shares = [t for t in found if t["unit"] == "%"]
    if [t["value"] for t in shares[-len(items):]] != [v for v, _ in items]:
        return
    for t, (_, noun) in zip(shares[-len(items):], items, strict=True):
        t["indicator"] = noun + predicate


#: A level that opens a list item's noun (省级|旅游度假区): what follows it is the head the items share.
_LEVEL_OPENING = re.compile(rf"(?:{_LEVEL_TIERS})级(?:及以上)?")


def _level_heads(found: list[dict[str, Any]]) -> None:
    """新增1个国家级、1个省级旅游度假区: an item named by its level alone takes the head a later item of the
    clause writes once after its own level (国家级 → 国家级旅游度假区), changed in place."""
    for i, t in enumerate(found[:-1]):
        level = t["indicator"]
        if not level.endswith("级") or _LEVEL_ONLY.fullmatch(level) is None:
            continue
        for later in found[i + 1:]:
            if (m := _LEVEL_OPENING.match(later["indicator"])) is not None and m.end() < len(later["indicator"]):
                t["indicator"] = level + later["indicator"][m.end():]
                if t["_bounds"] == level:
                    t["_bounds"] = t["indicator"]
                break


#: The longest of the short parallel words a 、 list may open a name with (全自理、半护理、全护理…).
_PARALLEL_ITEM = 3


def _parallel_items(clause: str, indicator: str, n: int) -> list[str]:
    """The ``n`` names of a 、 list of short parallel words, written alike, that share the head the
    indicator carries after the last one (城乡特困人员全自理、半护理、|全护理照料护理标准 → 全自理照料护理标准,
    半护理照料护理标准, 全护理照料护理标准): the first word taken from the end of the words before it; or []."""
    at = clause.find(indicator)
    if n < 2 or at < 2 or clause[at - 1] != "、":
        return []
    parts = clause[:at - 1].split("、")
    if len(parts) < n - 1:
        return []
    parts = parts[len(parts) - n + 1:]
    k = len(parts[-1])
    if not 0 < k <= _PARALLEL_ITEM or len(indicator) <= k or any(len(p) != k for p in parts[1:]) or len(parts[0]) < k:
        return []
    words = [parts[0][-k:], *parts[1:], indicator[:k]]
    if any(c in _DIGITS or not "\u4e00" <= c <= "\u9fff" for w in words for c in w):
        return []
    head = indicator[k:]
    return [w + head for w in words]


def _parallel_verbs(firsts: list[str], last: str) -> bool:
    """马铃薯种植、收获机械化率: the first item runs prefix + verb, the middle ones are verbs, the
    last verb + a quantity noun, each verb two characters."""
    return (
        len(firsts[0]) > 2 and len(last) > 4 and last[-1] in _QUANTITY_ENDS and firsts[0][-1] not in _QUANTITY_ENDS
        and all(len(f) == 2 for f in firsts[1:]) and not _SHARED_HEAD.search(last)
    )


#: The length of a run of characters two indicators share when they name the same thing in other words.
_SHARED_RUN = 4


def _without_restated_headlines(text: str, kept: list[tuple[dict[str, Any], int]]) -> list[tuple[dict[str, Any], int]]:
    """``kept`` without the targets of a headline the text below restates: a line with no sentence
    punctuation (a news headline, a heading: 浙江：2027年山区海岛县减至20个以下) whose figure a later
    clause states again with the same bound and deadline, in words that share a run of
    :data:`_SHARED_RUN` characters (力争到2027年把山区海岛县数量减少至20个以下): one target, the body's.
    So are the standards of such a line another clause, above or below, states with the same figure and
    indicator (a news page's sub-heading restating its lead)."""
    out = []
    for i, (t, part) in enumerate(kept):
        src = t["source"]
        if t["kind"] == "target" and (
            _is_headline(text, src.start, src.end)
            # 某省：2028年欠发达县减至15个以下中新网1月7日电…表示: a headline the page ran into its dateline
            or ("电" in src.text or "讯" in src.text) and _DATELINE.search(src.text) is not None
            # …预期增长6%左右2024年01月22日14：31: a headline run into the time it was published (the
            # clause cut at the time's colon)
            or text[src.end:src.end + 1] == "：" and _PUBLISHED_AT.search(src.text) is not None
        ):
            figure = (t["value"], t["value_max"], t["unit"], t["comparator"], t["deadline"])
            if any(
                o["source"].start >= src.end and o["kind"] == "target"
                and (o["value"], o["value_max"], o["unit"], o["comparator"], o["deadline"]) == figure
                # the headline holds the words of what is measured, or those the body's sentence goes on with
                # (安排25亿元支持合肥…建设 | 省财政统筹安排25亿元，支持合肥…建设)
                and (_shares_run(_name(o["indicator"]), src.text) or _shares_run(_went_on(text, o["source"].end), src.text))
                for o, _ in kept[i + 1:]
            ):
                continue
        elif t["kind"] == "standard" and _heading_line(text, src.start, src.end):
            # 个人缴费标准为每人180元 as a news page's sub-heading, between the lead and the body that state it: the
            # rule once, as the sentence states it (the heading names no year of its own)
            figure = (t["value"], t["value_max"], t["unit"], t["comparator"])
            name = _name(t["indicator"])
            if any(
                j != i and o["kind"] == "standard" and (o["value"], o["value_max"], o["unit"], o["comparator"]) == figure
                and t["deadline"] in (None, o["deadline"]) and _name(o["indicator"]) == name
                and (j > i or not _heading_line(text, o["source"].start, o["source"].end))
                for j, (o, _) in enumerate(kept)
            ):
                continue
        out.append((t, part))
    return out


#: How far after a figure :func:`_went_on` reads.
_WENT_ON_REACH = 60


def _went_on(text: str, at: int) -> str:
    """The words a sentence goes on with after its figure ending at ``at``, to its end (at most
    :data:`_WENT_ON_REACH` characters)."""
    stop = at + _WENT_ON_REACH
    for c in "。；\n":
        k = text.find(c, at, stop)
        if k >= 0:
            stop = k
    return text[at:stop]


#: The date and hour a page was published, up to the colon of its time (2024年01月22日14, 2018-01-27 08).
_PUBLISHED_AT = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s?\d{1,2}$")
#: A news dateline (中新网杭州1月7日电, 新华社北京3月5日电, 本报讯, 某某网讯).
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电|(?:网|报|社)讯")


def _heading_line(text: str, c0: int, c1: int) -> bool:
    """Whether the clause ``text[c0:c1]`` ends a short line that holds no sentence punctuation (a heading or a
    news page's sub-heading), not a clause opening the page that runs on."""
    return text[c1:c1 + 1] in ("\n", "") and _is_headline(text, c0, c1)


def _is_headline(text: str, c0: int, c1: int) -> bool:
    """Whether the clause ``text[c0:c1]`` ends a short line that holds no sentence punctuation, or
    opens the page, short (a news headline of two parts, its first part the figure, whatever the
    page runs it into: 地区生产总值增长5.6%以上，某区描绘2025年发展蓝图)."""
    if text[c1:c1 + 1] not in ("\n", ""):
        return c1 <= _HEADLINE_CLAUSE_MAX and not text[:c0].strip()
    a = text.rfind("\n", 0, c0) + 1
    return c1 - a <= _HEADLINE_CLAUSE_MAX and not any(c in text[a:c0] for c in "。；，")


#: The longest a headline runs to its figure's clause end.
_HEADLINE_CLAUSE_MAX = 50


def _shares_run(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` share a run of :data:`_SHARED_RUN` characters."""
    return any(a[k:k + _SHARED_RUN] in b for k in range(len(a) - _SHARED_RUN + 1))


def _dedupe(targets: list[dict[str, Any]], parts: list[int], annexes: frozenset[int] | set[int] = frozenset()
            ) -> list[dict[str, Any]]:
    """Drop a target a document states again in another part (a goal restated in its task
    table or an annex): in the same words, or, in an annex (``annexes``: their part numbers),
    in others that name the same thing (建成“两网融合”服务点670个 | 建成两网融合服务点670个).
    Within one part the same figure stated twice is two targets: the rows of a
    breakdown by town or district repeat the same wording for each subject. A standard
    stated again anywhere is one rule (each procedure restating 总投资在30万元至100万元的
    小型建设工程项目), unless its sentence names another act before it: the same fine or time
    limit set on each breach or procedure (违反本条例第十二条规定，…可以并处100元以上1000元以下罚款 |
    违反本条例第十七条规定，…可以并处100元以上1000元以下罚款) is a rule for each.
    """
    seen: dict[tuple, tuple[int, int]] = {}
    seen_act: dict[tuple, tuple[int, int]] = {}  # a standard's key and its act → where it was kept
    acts: dict[int, str] = {}  # the act of each kept standard's sentence (see :func:`_judge`)
    by_figure: dict[tuple, list[tuple[int, int, str]]] = {}  # (value, value_max, unit) → (index, part, indicator)
    out: list[dict[str, Any]] = []
    for t, part in zip(targets, parts, strict=True):
        # A standard is the same rule when it bounds the same noun (…的小型建设工程项目), however
        # the words before it differ; a target when it has the same indicator.
        bounds, act, kind, indicator = t.pop("_bounds", None), t.pop("_act", ""), t["kind"], t["indicator"]
        value, value_max, unit = t["value"], t["value_max"], t["unit"]
        if kind == "target" and indicator.endswith("目标") and any(
            o["value"] == value and o["unit"] == unit and o["value_max"] == value_max
            and o["kind"] == "target" for o in out
        ) and not ((place := _row_place(t)) and all(place not in o["indicator"] and place not in o["text"]
                                                    for o in out if o["value"] == value)):
            # 确定10%的增长目标，是…决定的: the goal stated before, named again to argue for it (not another
            # place's row of a place table: 港区（含浮桥） | 3.4 under …降幅目标(%), the same figure for another place)
            continue
        key = (bounds if kind == "standard" else indicator, value, value_max, unit, t["comparator"])
        k, k_part = seen.get(key, (None, -1))
        if k is not None and kind == "standard" and out[k]["kind"] == "standard" and acts[k] != act:
            k, k_part = seen_act.get((*key, act), (None, -1))  # the rule set again on another act
        # The figures are indexed only where a document has annexes (the index is read only there).
        figure = (value, value_max, unit) if annexes else None
        if annexes and k is None and kind == "target" and part in annexes and figure in by_figure:
            name = _name(indicator)
            for j, j_part, j_indicator in by_figure[figure]:
                if j_part != part and _same_name(name, _name(j_indicator)) and out[j]["deadline"] in (
                    t["deadline"], None
                ):
                    k, k_part = j, j_part  # restated in other words in another part
                    break
        if k is None or k_part == part and out[k]["source"] != t["source"] and kind != "standard" and not (
            # 力争到2027年把…减少至20个以下 … 力争到2027年将…减少至20个以下: a page stating one commitment
            # twice, each time with its year (the rows of a breakdown name no year of their own)
            t["deadline"] and f"{t['deadline']}年" in t["text"] and f"{t['deadline']}年" in out[k]["text"]
        ):
            seen[key] = (len(out), part)
            if kind == "standard":
                seen_act[(*key, act)] = (len(out), part)
            acts[len(out)] = act
            if annexes:
                by_figure.setdefault(figure, []).append((len(out), part, indicator))
            out.append(t)
        elif out[k]["source"] != t["source"]:
            if out[k]["deadline"] is None and t["deadline"]:
                out[k] = {**out[k], "deadline": t["deadline"]}
        else:
            acts[len(out)] = act
            out.append(t)  # 高血压和…均达到70%: one per conjunct, from the same clause
    return out


#: Marks and spaces that do not change what an indicator names (“两网融合” = 两网融合).
_NAME_NOISE = re.compile(r"[“”‘’「」《》\s]")


def _name(indicator: str) -> str:
    """An indicator without the verbs that open it and the marks around its words."""
    return _NAME_NOISE.sub("", _HEAD_VERBS.sub("", indicator))


def _same_name(a: str, b: str) -> bool:
    """Whether two indicators name the same thing: one holds the other (建成两网融合服务点 |
    两网融合服务点)."""
    return bool(a and b) and (a in b or b in a)


def _subject_clause(text: str, s0: int, c0: int) -> str:
    """单户担保金额500万元以上的再担保业务收费，原则上不高于…的0.5%: the subject is the clause before."""
    if c0 <= s0:
        return ""
    prev = text[s0:c0 - 1]
    k = max(prev.rfind("，"), prev.rfind("："))
    prev = prev[k + 1:]
    if len(prev) > 40 or PREDICATE.search(prev) or _CLAUSE_OPEN.search(prev):
        return ""
    return _clean_indicator(prev)


#: Where the subject of a clause ends: its verb, or a word opening the base or place it is set against
#: (在2022年的基础上, 比2020年, 较上年).
_SUBJECT_END = re.compile(rf"{PREDICATE.pattern}|(?:在|比|较)(?=[0-9]|上年|去年|现有|目前)")


def _respective_subject(text: str, s0: int, c0: int) -> str:
    """高新技术企业和科技型企业在2022年的基础上实现…，分别超过…: the subject a clause opening with 分别 pairs
    with its figures, the opening of the clause before up to its verb; ``""`` when there is none."""
    if c0 <= s0:
        return ""
    prev = text[s0:c0 - 1]
    prev = prev[max(prev.rfind("，"), prev.rfind("：")) + 1:]
    end = _SUBJECT_END.search(prev)
    if end is None or end.start() < 2 or end.start() > 40:
        return ""
    return _clean_indicator(prev[:end.start()])


#: How far into a note that restates the figure before it (（即全年污染天数不能超过27天）) its figure may stand.
_RESTATING_NOTE_REACH = 24


def _restating_note(text: str, prev_end: int, start: int) -> bool:
    """Whether the figure at ``start`` stands in a note opening with 即 right after the figure that ends at
    ``prev_end``, and the note closes without another clause before it (不低于92.5%（即…不能超过27天）)."""
    if not text.startswith("（即", prev_end) or start - prev_end > _RESTATING_NOTE_REACH:
        return False
    close = text.find("）", start, start + _RESTATING_NOTE_REACH)
    return close >= 0 and not any(mark in text[prev_end + 2:close] for mark in "，。；（\n")


def _in_closed_note(text: str, s0: int, at: int, end: int) -> bool:
    """Whether ``at`` lies inside a note in brackets that opens after ``s0`` and closes before ``end``."""
    k = text.rfind("（", s0, at)
    return k >= 0 and text.find("）", k, at) < 0 and text.find("）", at, end) >= 0


def _annual_indicator(indicator: str) -> bool:
    """年体检人数, 年科研经费: a yearly flow; looked for after the last 的 so 年收入超过…的村 is not."""
    tail = indicator.rsplit("的", 1)[-1]
    return bool(_ANNUAL_PREFIX.search(tail))


def _phrase_year(
    text: str, lines: _Lines, li: int, line_start: int, pos: int, s0: int, doc_year: int | None,
    *, standing: bool = False,
) -> tuple[bool, int | None, bool, bool]:
    """``(past, year, inherited, current)`` the year phrases of line ``li`` give a number at ``pos``
    in the sentence starting at ``s0``, read from ``line_start`` on (see :func:`_deadline`):
    ``inherited`` when the year comes from an earlier sentence, ``current`` when it stands bare
    (2012年，…: the year the text speaks in, not a horizon such as 到2026年)."""
    # The line's phrases between the window start and the number are those a scan of the
    # window finds, unless one of them runs across either end: a phrase never runs into a
    # number that follows it, and a scan that starts where no phrase runs across it finds
    # what the scan of the whole line finds from there on.
    starts, ends, found = lines.years(li)
    i0 = bisect_left(starts, line_start)
    i1 = bisect_left(starts, pos)
    if (i1 and ends[i1 - 1] > pos) or (i0 and ends[i0 - 1] > line_start):
        # a number inside a year phrase (2026年至2030年), or a window cutting one: scan the window itself
        phrases = [(at + line_start, y, pre, post) for at, y, pre, post in _years(text[line_start:pos])]
    else:
        phrases = found[i0:i1]
    line_head = lines.starts[li]
    if i0 and line_start > line_head and found[0][0] <= line_head + 6:
        phrases = [found[0], *phrases]  # 到2025年，… (a long paragraph): the year heading it governs it all
    year, inherited, past = None, False, False
    current = False  # whether the year stands bare (2012年，…), as the year things are said in, not a horizon
    for at, y, pre, post in phrases:
        if post in ("起", "开始") and at >= s0:
            span = _SPAN_AFTER.match(text, _YEAR.match(text, at).end())  # type: ignore[union-attr]
            if span:  # 自2021年起用3年时间: the span's last year
                year, inherited = y + int(parse_number(span.group("n")) or 1) - 1, False
                continue
        if pre in _COMPARING or post in ("以来", "开始"):
            continue
        if pre is None and post is None and at >= s0 and text.find("的", at, pos) >= 0 \
                and _DATED_CONDITION.match(text, _YEAR.match(text, at).end(), pos) is not None:  # type: ignore[union-attr]
            continue  # 2019年PM2.5浓度在60至70微克之间的某镇…下降至60微克: the year of the condition that picks whom
        if standing and pre in ("至", "到") and text[at - 2:at - 1] in ("起", "日", "号"):
            continue  # 自本通知发布之日起至2017年6月30日，…不超过…: the end of the window a rule holds for, no horizon
        if standing and post == "度" and text[at - 1:at] == "的":
            continue  # 不超过…公布的2015年度全市在岗职工月平均工资的3倍: the year of a noun inside the rule (its base)
        if standing and pre in ("于", "在") and post is None and _EVENT_DATE.match(text, _YEAR.match(text, at).end()):  # type: ignore[union-attr]
            continue  # 本公告于2025年8月25日…发布，公告时间为10个工作日: the day of an act, no horizon of a rule
        if at < s0:
            heads = (
                pre in ("到", "至", "截至", "力争") and _opens_sentence(text, at, line_head)
                or at in (line_start, line_head) or text[at - 1] in "。；：！？"
                or _HEADING_MARK.fullmatch(text, line_head, at) is not None  # （一）2019年…。…
                # …，2018年发展主要预期目标是：A；B；C: the lead-in of a list governs its items
                or (text.find("：", at, s0) >= 0 and text.find("。", at, s0) < 0)
                # 他说，2026年，西藏将…。完成…: a year standing as a clause of its own frames what follows;
                # so does a time limit so standing (方案要求，2025年年底前，累计…；…治理率达到45%以上)
                or text[at - 1] == "，" and _OWN_CLAUSE_END.match(text, _YEAR.match(text, at).end()) is not None  # type: ignore[union-attr]
                # …，2025年重点突破“一区四园”。一区，…力争盘活低效企业27家: a year opening a clause
                # as its time frames the sentences that spell that clause out (a later year only:
                # an earlier one there dates a fact, 2019年被评为…, not the plan)
                # (报告指出，2024年是…的重要一年。…: a year it characterises frames the report of it, a past one too)
                or text[at - 1] == "，" and post is None
                and (not (doc_year and y < doc_year) or text.startswith("是", _YEAR.match(text, at).end()))  # type: ignore[union-attr]
                and _CLAUSE_AFTER_YEAR.match(text, _YEAR.match(text, at).end()) is not None  # type: ignore[union-attr]
            )
            if not heads or post in ("起",):
                continue
        # (a year the text characterises, 2026年是…之年, dates 今年 only through the document's stated
        # year, which two different such years leave open)
        current = pre is None and post is None and not text.startswith("是", _YEAR.match(text, at).end())  # type: ignore[union-attr]
        year, inherited = y, at < s0
        # 2023年，全市完成…: a past result, unless a nearer year phrase follows (自2020年…以来…。计划2024年…)
        past = bool(doc_year and y < doc_year and pre not in ("到", "至"))  # 截至2023年11月底 (in 2024): a status
    if past:
        return True, None, False, False
    return False, year, inherited, current


#: The verbs of a piece of work done (完成, 建成, 竣工 …), closing a clause that dates it.
_DONE_VERBS = r"完成|建成|竣工|完工|投用|投产|投运|投入使用|交付使用"
#: A clause that closes a sentence on the year its work is to be done in, after the figures (…，预计2021年11月份
#: 完成。, …，2025年底前建成): a year, a month or the end of the year, a time limit, the verb, the clause's end.
_DONE_BY = re.compile(
    rf"(?P<y>(?:19|20)\d\d)年(?:\d{{1,2}}月份?)?(?:底|末|中旬|下旬)?(?:前|以前|之前)?(?:全面|基本|全部)?(?:{_DONE_VERBS})"
    r"(?=[，。；！？\n]|$)"
)


def _done_by(text: str, pos: int, s1: int) -> int | None:
    """The year a clause after ``pos`` in its sentence (up to ``s1``) dates the work to be done in (…面积约99927平方米，
    …，预计2021年12月份完成。), or None."""
    if text.find("年", pos, s1) < 0:
        return None  # most sentences: no year after the figure
    m = _DONE_BY.search(text, pos, s1)
    return int(m.group("y")) if m else None


#: A label line under an item (责任单位：…, 完成时限：…): a role's or a deadline's label, then its value.
_ITEM_LABEL_LINE = re.compile(
    rf"[ \t\u3000]*{LABEL_OPEN_PATTERN}(?P<label>{LABEL_PATTERN}|{POST_LABEL_PATTERN}){LABEL_END_PATTERN}"
)
#: The most label lines an item's deadline line may stand below it (责任单位, 配合单位, 责任人, 完成时限).
_ITEM_LABEL_LINES = 4


#: After a bare year, a condition with a figure that closes with 的 before the number (2019年PM2.5平均浓度在
#: 60至70微克/立方米之间的|某镇…): the year dates the level that picks the bodies, a base, not the clause's year.
#: (The figure is no year: 2022年在2021年的基础上提高50元 is a year's change on a base year.)
_DATED_CONDITION = re.compile(r"[^，。；的\n]{0,30}?\d+(?!\d|\s*年)[^，。；的\n]{0,24}?的")

#: The sentence marks before a horizon that opens its sentence, and the most words that may stand between
#: (力争到2025年, 全市到2025年); not a purpose (为到2035年…打好基础), a goal the sentence names inside it.
_SENTENCE_MARKS = "。；：！？\n"
_HORIZON_LEAD = 4


def _opens_sentence(text: str, at: int, line_head: int) -> bool:
    """Whether the horizon (到2035年) at ``at`` opens its sentence: then it frames the sentences after it, else
    it dates only its own."""
    lead = at - max(line_head, max(text.rfind(c, max(line_head, at - _HORIZON_LEAD - 1), at) for c in _SENTENCE_MARKS) + 1)
    return lead <= _HORIZON_LEAD and (lead == 0 or text[at - lead] not in "为向")


#: The month and day after a year that make it a day things happen on (于2025年|8月25日发布), not a
#: limit (…8月25日前) or a start (…1月1日起).
_EVENT_DATE = re.compile(r"\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?!\s?(?:前|以前|之前|起|至|到|止|开始))")


def _deadline(
    text: str, lines: _Lines, li: int, pos: int, s0: int, doc_year: int | None, scope_year: int | None,
    *, standing: bool = False, clause_end: int = -1, s1: int | None = None,
) -> tuple[bool, int | None]:
    """``(past, deadline year)`` of a number at ``pos`` (on line ``li``) in the sentence ``text[s0:s1]``
    and the clause ending at ``clause_end``.

    The nearest year phrase before it in its sentence decides; an earlier sentence of
    the paragraph passes its year on only when the year heads it (``到2020年，…。…``,
    ``2019年，…``), not from inside (``2020年起不再…``). Else the document's own year named
    after it in its clause (``…中心是今年…确定的实事之一``), else the year a clause after it in its
    sentence is to be done in (``…，预计2021年11月份完成。``), else the deadline line under its
    item (``完成时限：2025年12月底前``), else a colon head, else the document's scope.
    """
    line_start = max(lines.starts[li], pos - 400)  # a year phrase further back governs no clause here
    year, inherited, current = None, False, False
    if lines.years(li)[0]:  # most lines name no year
        past, year, inherited, current = _phrase_year(text, lines, li, line_start, pos, s0, doc_year,
                                                      standing=standing)
        if past:
            return True, None
    if standing:
        return False, None if inherited else year
    if year is None and doc_year and lines.span_named and text.find("时间", max(s0, line_start), pos) >= 0:
        m = _SPAN_FROM_NOW.search(text, max(s0, line_start), pos)
        if m:  # 力争用3年时间，培育…: the span runs from the document's year
            return False, doc_year + int(parse_number(m.group("n")) or 1) - 1
    if (year is None or inherited) and doc_year and lines.next_year_named:
        lo = max(s0, line_start) if inherited else line_start
        k = text.rfind("明年", lo, pos)
        if k >= 0 and text.find("今年", k, pos) < 0:
            return False, doc_year + 1  # 明年，全市新增…: the year after the one the document is dated in
    if (year is None or inherited) and lines.year_end_in(li, max(s0, line_start) if inherited else line_start, pos):
        # The document's own year, and unknown without its date: a plan's horizon
        # (到2026年), a year an earlier sentence set or a colon head is another year
        # than 今年 or 6月底前 in the number's own sentence. Without a date, the year the
        # paragraph named before (2012年，…力争…。今年…) is the one 今年 speaks in.
        return False, doc_year if doc_year or not (inherited and current) else year
    if (year is None or inherited) and doc_year and clause_end > pos \
            and lines.year_end_in(li, pos, min(clause_end, lines.end(li))):
        return False, doc_year  # 新建100个…中心是今年…确定为民所办的实事之一: the year its clause goes on to name
    if year is None or inherited:
        done = _done_by(text, pos, s1) if s1 is not None else None
        if done is None:
            done = lines.item_deadline(li)
        if done is not None:
            return False, done
    if year is None:
        year = lines.carried(li)
    if year is None:
        year = lines.head_year[li]
    if year is None:
        year = lines.section_year[li]
    if year is None:
        year = scope_year
    return False, year


# ---------------------------------------------------------------------------
# Incentives


#: An amount's own limit word at its end (500万元及以下、…): it qualifies, it is not granted.
_LIMIT_END = re.compile(r"以[上下内]$")
#: A verb of committing funds, then the fund (安排…专项资金, 投入财政资金): each branch opens with its verb.
_COMMITTED_FUND = re.compile(rf"(?:{FUNDING_VERBS})[^，。；]{{0,20}}?(?:资金|经费|基金)")
#: 的 then, within a few characters, what is granted (的一次性奖励).
_GRANT_OBJECT = re.compile(rf"的(?:(?!给予|予以)[^，。；]){{0,8}}?(?:{_GRANT_WORDS}|贷款|支持|经费|资金)")
#: 按…的 before an amount: the basis it is computed on.
_BASIS = re.compile(r"按(?P<b>[^，。；]{1,30}?)的$")
_LEVEL_PREFIX = re.compile(r"^(?:国家|省|市|县|区)级")
#: Searched in a sentence with a comma put before it (a recipient may open the sentence, after an
#: item's marker: 1.对…): the pattern opens with the class of clause marks, so the engine skips other
#: characters in C.
#: The rest of a recipient's condition after the comma its span stops at, to the 的， before the grant
#: (…以上，|建成运营并经相关部门认定为…的，|分别给予).
_CONDITION_GOES_ON = re.compile(rf"[^。；]{{1,80}}?的，(?=分别|一次性|可|给予|予以|{_GRANT_WORDS})")
_RECIPIENT = re.compile(rf"[，。；](?:\d{{1,2}}[.、．]|（[一二三四五六七八九十\d]{{1,3}}）)?(?:对于|对)(?P<who>[^，。；]{{2,80}}?)(?:，|给予|按|可|分别|一次性|{_GRANT_WORDS}(?={_BEFORE_AMOUNT}))")


def _incentives(
    text: str,
    group: list[_Qty],
    clause_span: tuple[int, int],
    sentence_span: tuple[int, int],
) -> tuple[list[dict[str, Any]], set[int], dict[int, str]]:
    """Rewards and subsidies: the fields of the money or share amounts of a sentence that grants
    them, where those amounts start (they are no targets), and the indicator of each amount
    that is a standard the grant follows, by where it starts (see :func:`_grant_standard`)."""
    c0, c1 = clause_span
    s0, s1 = sentence_span
    sentence = text[s0:s1]
    clause = text[c0:c1]
    m = _RECIPIENT.search("，" + sentence) if "对" in sentence else None
    # The figures of the condition a recipient meets (对主营业务收入首次达到2亿元、5亿元的企业): thresholds
    # of eligibility, standards of the grant; the characters of "，" + sentence are one after the text's.
    thresholds: dict[int, str] = {}
    if m:
        a, b = s0 + m.start("who") - 1, s0 + m.end("who") - 1
        # 对投资实物量5000万元以上，建成运营并经…认定为…的，分别给予: the condition goes on past the comma
        # to the 的， before the grant; its clauses are the recipient's too
        goes_on = text[b] == "，" and (g := _CONDITION_GOES_ON.match(text, b + 1, s1)) is not None \
            and _GRANT.search(text, b + 1, g.end()) is None
        if goes_on:
            b = g.end() - 1
        if goes_on or "的" in clause:
            thresholds = _thresholds(text, group, a, b)
    elif "的" in clause:
        thresholds = _unnamed_recipient_thresholds(text, group, c0, c1)
    if clause.rstrip().endswith(_CONDITION_ENDS) and text[c1:c1 + 1] == "，" and not _GRANT.search(clause):
        return [], set(), thresholds  # …达到在职职工人数25%…的，可申请: a condition of the grant
    # 累计安排…专项资金不低于30亿元，采取贷款贴息、奖励补助等方式: a fund its own clause commits, with
    # no grant word there; the grant is how the fund is spent, the sum a target to read as any.
    commits = not _GRANT.search(clause) and _COMMITTED_FUND.search(clause) is not None
    amounts = []
    for q in group:
        if q.start in thresholds or commits and _COMMITTED_FUND.search(text, c0, q.start) is not None:
            continue
        if q.kind != "measure" or not (q.unit.endswith("元") or q.unit in ("%", "‰")):
            continue
        if text.find("部分", q.end, q.end + 50) >= 0 and _tier_bound(text, group, q, s1):
            continue  # 投资额在1000万元一1亿元部分按4%奖励: the bounds of a tier the rate applies to, a rule's (standards)
        if q.unit in ("%", "‰") and not _GRANT.search(clause):
            continue
        after = text[q.end:c1]
        if "罚" in after and _FINED.match(after) is not None:
            continue  # 给予警告，对个人并处两百元以上两千元以下罚款: a fine the text imposes, nothing granted
        limited = _LIMIT_END.search(text, q.start, q.end) is not None
        if limited and _ROUTED.match(after) is not None:
            continue  # 10万元以上报分管副区长审核: the bound of an amount routed to an approver, a rule (a run-on line's)
        qualified = limited and after[:1] in ("、", "的")
        if qualified or after.startswith("的") and not _GRANT_OBJECT.match(after) and not CALLED_STANDARD.match(after):
            continue  # 500万元及以下、平均担保费率不超过1%的担保业务: what qualifies, not what is granted
        amounts.append(q)
    if not amounts:
        return [], set(), thresholds
    recipient = condition = None
    if m:
        who = m.group("who")
        if "的" in who:
            condition, _, rest = who.rpartition("的")
            recipient = rest or None
        else:
            recipient = who
    # A condition clause between the recipient and the grant (项目完成并通过评审后).
    for part in text[s0:c0].split("，"):
        if part.endswith(("后", "时", "的")) and (not m or part not in m.group()):
            condition = part if not condition else condition + "；" + part
    basis = _BASIS.search(text[max(s0, amounts[0].start - 40):amounts[0].start])
    if basis:
        condition = (condition + "；" if condition else "") + "按" + basis.group("b")
    # 分别给予100万元、50万元奖励 to a list of recipients: pair them in order.
    recipients: list[str | None] = [recipient] * len(amounts)
    if recipient and "分别" in clause:
        items = [r for r in recipient.split("、") if r]
        if len(items) == len(amounts):
            # 国家级、省级、市级科技企业孵化器: levels share the last item's noun.
            head = _LEVEL_PREFIX.sub("", items[-1])
            recipients = [it + head if _LEVEL_ONLY.fullmatch(it) else it for it in items]
    # 对营业收入首次达到1亿元、3亿元的企业分别奖励2万元、6万元: each threshold of the condition to its amount.
    conditions: list[str | None] = [condition] * len(amounts)
    if condition and "分别" in clause and "、" in condition:
        items = condition.split("、")
        first = _DIGIT.search(items[0])
        if first and len(items) == len(amounts) and all(it[:1].isdigit() for it in items[1:]):
            conditions = [items[0]] + [items[0][:first.start()] + it for it in items[1:]]
    out = []
    standards: dict[int, str] = thresholds
    for q, who, cond in zip(amounts, recipients, conditions, strict=True):
        before = text[c0:q.start]
        cap = bool(_CAP.search(before)) or q.comparator in ("<=", "<")
        out.append(dict(
            amount=q.value, unit=q.unit, recipient=who, condition=cond,
            amount_max=q.value_max, cap=cap, text=clause, source=Source(c0, c1, clause),
        ))
        named = _grant_standard(text, q, c0, c1, s0, cap=cap)
        if named:
            standards[q.start] = named
    if len(amounts) > 1 and amounts[-1].start in standards:
        _schedule_rates(text, amounts, c0, c1, standards)
    return out, {q.start for q in amounts if q.start not in standards}, standards


def _schedule_rates(text: str, amounts: list[_Qty], c0: int, c1: int, standards: dict[int, str]) -> None:
    """The rates of the tiers of a schedule that the text calls a standard after the last one (一次引进20人以下的
    按每人120元、20人至50人的按每人150元、50人以上的按每人300元的标准给予…): each is a standard, named by the
    standard with its own tier (``standards``, by where each amount starts, is filled in)."""
    last = amounts[-1]
    after = text[last.end:c1]
    if not (after[:2] in CALLED_STANDARD_OPENINGS and CALLED_STANDARD.match(after)):
        return
    tiers = [q for q in amounts if c0 <= q.start]
    if len(tiers) < 2:
        return
    for prev, q in zip(tiers[:-1], tiers[1:], strict=True):
        between = text[prev.end:q.start - q.pre_len]
        if not between.startswith("、") or "按" not in between or _GRANT_VERB.search(between):
            return  # (only 、 items each priced 按…, no grant between)
    item = c0
    for q in tiers:
        standards[q.start] = _called_standard_indicator(text[item:q.start], after)
        item = q.end + 1


#: Verbs of phasing out (:data:`_PHASE_OUT_VERBS`), and how far after a bound they may follow its noun.
_PHASE_OUT = re.compile(_PHASE_OUT_VERBS)
_PHASE_OUT_AFTER = re.compile(rf"[^，。；\d]{{0,16}}?(?:{_PHASE_OUT_VERBS})")


def _phased_out(text: str, c0: int, c1: int, run: list[_Qty]) -> bool:
    """Whether the class a bound qualifies is one the clause phases out: a verb of phasing out before the
    bound (淘汰|10蒸吨以下燃煤锅炉) or after its noun (60万吨/年以下煤矿|逐步退出)."""
    return _PHASE_OUT.search(text, c0, run[0].start) is not None \
        or _PHASE_OUT_AFTER.match(text, run[-1].end, c1) is not None


def _tier_bound(text: str, group: list[_Qty], q: _Qty, s1: int) -> bool:
    """Whether ``q`` bounds the tier of a sum a rate applies to (1亿元以上部分按5%, 1000万元一|1亿元部分按4%):
    the tier's part follows it, or the high bound of the band it opens."""
    if _tier_part(text, q.end, s1):
        return True
    later = [h for h in group if h.start > q.start]
    return bool(later) and _band_high(text, q, later[0]) and _tier_part(text, later[0].end, s1)


#: What an amount bounded by 以上/以下 is sent to (…万元以上|报…审批, 由…审核): who must approve it.
_ROUTED = re.compile(r"(?:（[^）]{0,12}）)?(?:的[^，。；]{0,8}?)?(?:须|需|应|必须)?(?:报|由|经|送)[^，。；]{1,24}?(?:审核|审批|审定|批准|决定|签批|核准)")
#: A fine named right after an amount (…两千元以下|罚款, …元以上|的罚款): a penalty, no grant.
_FINED = re.compile(r"[^，。；]{0,12}?罚(?:款|金)")


#: What may open the condition before its measure (对|年主营业务收入…, 且|比上年增长…): no part of its name.
_CONDITION_OPENING = re.compile(r"^(?:且|并且|并|或|同时)")


def _thresholds(text: str, group: list[_Qty], a: int, b: int) -> dict[int, str]:
    """The figures of the condition a grant's recipient meets, ``text[a:b]`` (营业收入首次达到1亿元、3亿元
    的企业): where each starts, with the indicator of the measure it bounds. Only the figures before
    the last 的, which joins the condition to the recipient, are the condition's; the items of a 、
    list of figures share the measure named before the first (1亿元、3亿元: 营业收入). A count or a
    time is one with a limit word only (员工50人以上的企业)."""
    end = text.rfind("的", a, b)
    out: dict[int, str] = {}
    prev: _Qty | None = None
    for q in group:
        if not a <= q.start < end or q.kind != "measure" and q.comparator == "=" and q.value_max is None:
            continue  # (a count or a time bounds only with a limit word or a range: 员工50人以上; 前10位 is a rank)
        at = q.start - q.pre_len
        if prev is not None and prev.start in out and not text[prev.end:at].strip(" 、和及或"):
            out[q.start] = out[prev.start]  # 1亿元、|3亿元: an item of the list the figure before opens
        else:
            words = text[max(prev.end if prev is not None else a, text.rfind("，", a, at) + 1):at]
            tier = prev is not None and prev.start in out and "、" in words and "按" in words
            if tier:
                words = words.rpartition("、")[2]  # …20人以下的按每人120元、|20人至50人: the next tier of a schedule
            name = _clean_indicator(_strip_tail(_after_heads(_CONDITION_OPENING.sub("", words))))
            if name or tier:
                out[q.start] = name or out[prev.start]  # (a tier naming no measure bounds the first tier's)
        prev = q
    return out


#: A verb or noun of granting before a figure of its clause (给予…, 奖励…): the figure is no recipient's bound.
_GRANTED_BEFORE = re.compile(rf"给予|予以|返还|{_GRANT_WORDS}")
#: 的 then, within a few characters and no figure or 按, what is granted (的一次性奖励): not the 的 of a condition
#: (…以下的|按3‰奖励; 1亿元的|项目按4%奖励).
_GRANTED_AFTER = re.compile(rf"的(?:(?!给予|予以|按)[^，。；0-9]){{0,8}}?(?:{_GRANT_WORDS}|贷款|支持|经费|资金)")
#: The dashes between the two bounds of a range read as two figures (5000万元至1亿元; see :func:`_mixed_range`).
_RANGE_SEPS = frozenset("—–-－~～至到一")
#: How far a bounded sum may stand from the 的 that closes the condition it is in (…500万元以上从事…加工|的企业).
_CONDITION_REACH = 40


def _unnamed_recipient_thresholds(text: str, group: list[_Qty], c0: int, c1: int) -> dict[int, str]:
    """The bounds of the condition a grant's recipient meets when no 对 names the recipient
    (固定资产投资规模在500万元以上从事…加工的企业，…给予奖励; 引资1000万元（含）以下的按3‰奖励; 1001万—2000万元的
    按3.2‰奖励): each measure bounded by a limit word or a range, in the clause ``text[c0:c1]``
    before a 的 that closes the condition (not 的奖励, what is granted), with no word of granting
    before it; where each starts, with the indicator of the measure it bounds (see :func:`_thresholds`)."""
    bounds: list[_Qty] = []
    last = -1  # where the 的 after the last of them is
    for q in group:
        if q.comparator == "=" and q.value_max is None:
            continue
        if q.kind != "measure" and not text.startswith("的按", q.end):
            continue  # (a count bounds a tier of a schedule only right before its rate: 一次引进20人以下的按每人120元)
        end = text.find("的", q.end, min(c1, q.end + _CONDITION_REACH))
        if end < 0 or _GRANTED_AFTER.match(text, end) is not None or _GRANTED_BEFORE.search(text, c0, end) is not None:
            continue
        bounds.append(q)
        last = end
    if not bounds or text.find("对", c0, bounds[0].start) >= 0:
        return {}  # (可对…以下的业务给予: a recipient 对 names, read as such)
    out = _thresholds(text, bounds, c0, last + 1)
    for prev, q in zip(bounds[:-1], bounds[1:], strict=True):
        if prev.start in out and text[prev.end:q.start - q.pre_len] in _RANGE_SEPS:
            out[q.start] = out[prev.start]  # 5000万元至|1亿元: the high bound of the low one's range
    return out


#: What names an amount a standard (补助标准, 基准定额, 生均公用经费标准); not 标准化 (a process).
_STANDARD_NOUN = re.compile(r"(?:标准|定额)(?!化)")
#: Verbs of granting: between a standard's name and its amount there is none (补助标准按照…1000元).
_GRANT_VERB = re.compile(rf"给予|予以|{_GRANT_WORDS}|返还|申请")
#: Words that link a standard's name, or an item of it, to its amount (按照, 为, 不得低于 …).
_STANDARD_LINKS = r"(?:按照|按|为|是|再|且|其|该|不得低于|不低于|不得高于|不高于|不超过|最高|最低|达到|提高到|调整为)+"
_STANDARD_LINK_EDGES = re.compile(rf"^{_STANDARD_LINKS}|{_STANDARD_LINKS}$")
#: Verbs before a standard's name in its clause (各地要制定|生均公用经费标准): not part of the name.
_NAME_CUT = re.compile(r".*(?:制定|建立|明确|执行|落实|实行|实施|统一|出台|提高|调整|按照|要|且|其|该)")
#: The unit a standard is per at the end of an item (小学每生每年, 每人每月): no part of a name.
_PER_UNIT = re.compile(r"每[\u4e00-\u9fff]{1,2}?(?:每(?:年|月|学期|天|日))?$")


def _grant_standard(text: str, q: _Qty, c0: int, c1: int, s0: int, *, cap: bool) -> str:
    """The indicator of an amount of a grant sentence that is a standard the grant follows, or
    ``""`` for an amount granted (给予每家20万元奖励, 最高给予100万元补助: incentives):

    - the amount of a standard its clause names (补助标准按照小学每生每年1000元, 标准不得低于
      每生每年900元) or that it is called (按照每生每年250元的标准给予补助);
    - the cap of what a recipient may apply for (可申请最高不超过15万元的创业担保贷款: the
      loan's 额度, a rule of eligibility).
    """
    before = text[c0:q.start]
    if "标准" in before or "定额" in before:
        found = [m for m in _STANDARD_NOUN.finditer(before)]
        if found and not _GRANT_VERB.search(before, found[-1].end()):
            return _standard_indicator(text, s0, q.start - q.pre_len, item_start=c0 + found[-1].end())
    after = text[q.end:c1]
    if after[:2] in CALLED_STANDARD_OPENINGS and CALLED_STANDARD.match(after):
        return _called_standard_indicator(before, after)
    if cap and "申请" in before and after.startswith("的"):
        return _clean_indicator(after[1:]) + "额度"  # 可申请最高不超过15万元的创业担保贷款
    if q.unit in ("%", "‰") and before.endswith("的") and (
            (m := _SHARE_GRANTED.search(before)) or after.startswith("返还") and (m := PROPORTION_BASE.search(before))):
        # 可返还其上年度实际缴纳失业保险费的50%, 给予补贴资金的50%: the share of a base the grant is, a rule
        # of the grant (the incentive is recorded too). A share the grant is computed by (按实际支付技术合同
        # 金额的3%给予奖励) is the incentive's amount only; a share the refund right after it is (按企业上年度实际缴纳
        # 失业保险费的30%返还) is the share returned.
        base = _clean_indicator(m.group("base").removeprefix("其"))
        if base.endswith((*_GRANT_NOUNS, "资金")):
            return base + "比例"
        granted = _GRANTED_WORD.search(text, c0, c1)
        return f"{granted.group() if granted else '补助'}占{base}的比例"
    return ""


#: The base a granted share is of, right before it, after the verb of granting (返还其上年度…缴纳失业保险费的|50%).
_SHARE_GRANTED = re.compile(rf"(?:返还|给予|予以|{_GRANT_WORDS})(?P<base>[^，。；按]{{2,30}}?)的$")
#: What a grant hands out, named in its clause (返还, 补贴 …).
_GRANTED_WORD = re.compile(rf"返还|{_GRANT_WORDS}")


#: Verbs after a standard's figure that say how it is applied (…元标准|增加公用经费, …的标准|给予补助).
_APPLYING = re.compile(r"^(?:拟|可)?(?:给予|予以|增加|核定|拨付|核拨|安排|发放|执行|计算|进行|做)")


def _called_standard_indicator(before: str, after: str) -> str:
    """The indicator of a figure the text calls a standard (特殊教育学校学生|按照每生每年6000元|
    标准补助公用经费 → 补助公用经费标准（特殊教育学校学生）): what is granted by it, and who it is
    set for, from ``before`` and ``after`` (the clause's text on either side of the figure)."""
    granted = _APPLYING.sub("", after.split("标准", 1)[1])
    subject = before.rsplit("按", 1)[0] if "按" in before else ""
    subject = _STANDARD_LINK_EDGES.sub("", _clean_indicator(subject))
    name = (_clean_indicator(granted) or "补助") + "标准"
    return f"{name}（{subject}）" if subject else name


#: The nouns a clause that carries a standard over may name it by: a benefit's parameters too (住院报销比例
#: 调整为70%，|门诊降为50%).
_CARRIED_NOUN = re.compile(rf"{_STANDARD_NOUN.pattern}|{'|'.join(BENEFIT_WORDS)}")


def _standard_name(text: str, s0: int, at: int, *, noun: re.Pattern[str] = _STANDARD_NOUN) -> str:
    """The name of the standard nearest before ``at`` in its sentence (城乡义务教育生均公用经费基准
    定额标准), or ``""``; a bare 标准 (且标准不得低于…) names the one before it. ``noun`` finds the
    nouns of standards."""
    end = at
    while True:
        found = [m for m in noun.finditer(text, s0, end)]
        if not found:
            return ""
        m = found[-1]
        if text.rfind("（", s0, m.start()) > text.rfind("）", s0, m.start()):
            end = m.start()  # 提高至128元（含…最低标准）: a standard a bracket names as included, not the one set
            continue
        start = max(text.rfind(c, s0, m.start()) for c in "，：；、") + 1 or s0
        name = text[max(start, s0):m.end()]
        cut = _NAME_CUT.match(name)
        name = _clean_indicator(name[cut.end():] if cut else name)
        if len(name) > 2:
            return name
        end = m.start()


def _heading_standard(text: str, lines: _Lines, li: int) -> str:
    """The name of the standard that the heading right above line ``li`` names (一、调整住院起付标准 over
    将…，调整为：…), or ``""``."""
    for k in range(li - 1, max(-1, li - 3), -1):  # the line above, or the one above an empty line
        a, b = lines.starts[k], lines.end(k)
        line = text[a:b].strip()
        if line:
            return _standard_name(text, a, b) if len(line) < _HEADING_MAX and line[-1] not in "。；：" else ""
    return ""


#: How long a heading line may be.
_HEADING_MAX = 40


def _standard_indicator(text: str, s0: int, at: int, *, item_start: int, heading: str = "") -> str:
    """The indicator of a standard's amount at ``at``: the standard's name (else ``heading``, the one its
    heading names), with the item it is set for (``（小学）``) when the text from ``item_start`` (or its
    、 item) names one, the unit it is per left out (小学每生每年90元 → 免费教科书补助标准（小学）)."""
    name = _standard_name(text, s0, at) or heading
    item = text[item_start:at]
    item = item[_cut_segment(item, len(item)):] if "、" in item else item
    item = _PER_UNIT.sub("", _STANDARD_LINK_EDGES.sub("", item.strip(_STRIP_EDGE + "：")))
    item = _STANDARD_LINK_EDGES.sub("", item.strip(_STRIP_EDGE + "："))
    if not name:
        return item
    if name in item:
        return item  # 城镇居民最低生活保障标准调整为|每人每月365元: the item is the standard itself
    return f"{name}（{item}）" if item else name
