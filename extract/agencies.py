"""Agency names: recognise them, give each one canonical name, a type and a jurisdiction.

Government texts name the same body in many ways: ``市科技局``, ``嘉兴市科技局`` and
``嘉兴市科学技术局`` are one agency; ``市人社保局`` and ``市人力社保局`` too; a State
Council annotation writes ``发展改革委`` for ``国家发展和改革委员会``. The shipped
tables (``data/agencies-central.tsv``, ``agencies-local.tsv``, ``agencies-party.tsv``)
map every short form to one canonical body; a relative prefix (``市``, ``省``, ``区``) is
resolved against the jurisdiction of the issuing body, so ``市科技局`` in a document of
``嘉兴市人民政府办公室`` becomes ``嘉兴市科学技术局``.

Names that are well formed (a jurisdiction and an agency suffix: ``市科创人才集团``) but
absent from the tables are kept as written under their jurisdiction and flagged
``known=False``; nothing is dropped and nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from policykg.extract.patterns import VERB_LED, squash, word_trie
from policykg.extract.records import AgencyType
from policykg.extract.roles import ROLE_GROUP_FIRST, ROLE_GROUP_PATTERN, ROLE_GROUP_RE
from policykg.extract.target_rules import CN_VERBS_IN, DOING

# Provincial-level units; the four municipalities are provinces and cities at once.
PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 "
    "内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 "
    "新疆生产建设兵团 香港特别行政区 澳门特别行政区"
).split()
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# The short names the provincial-level units go by (河南 for 河南省, 内蒙古 for 内蒙古自治区, 广西 for 广西壮族
# 自治区, 新疆 for 新疆生产建设兵团): a body's name that opens with one is already placed (河南银保监局).
_PROVINCE_SHORT_RE = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区|生产建设兵团)$")
PROVINCE_SHORT_NAMES: tuple[str, ...] = tuple(
    sorted({_PROVINCE_SHORT_RE.sub("", p) for p in PROVINCES}, key=len, reverse=True)
)

_CJK = r"\u4e00-\u9fff"
_PROV_ALT = "|".join(sorted(PROVINCES, key=len, reverse=True))
# A written jurisdiction: province, city, county-level unit, town, each optional, in this order
# (an autonomous county's name may be long: 张家川回族自治县).
# The city needs two characters before 市 so that 市场监管局 or 城市管理局 are not read as places.
_PLACE = (
    rf"(?P<prov>{_PROV_ALT})?"
    rf"(?P<city>(?![各省市区县镇乡]|自治[区州县旗])(?:[{_CJK}]{{2,5}}?(?:市|地区|盟)|[{_CJK}]{{2,10}}?自治州))?"
    rf"(?P<county>(?![各省市区县镇乡]|自治[区州县旗])(?:[{_CJK}]{{1,6}}?(?:区|县|旗|市)|[{_CJK}]{{2,10}}?自治[县旗]))?"
    rf"(?P<town>(?![各省市区县镇乡])[{_CJK}]{{1,5}}?(?:镇|乡|街道))?"
)
_PLACE_RE = re.compile(_PLACE)
# Issuer bodies: a jurisdiction followed by the body's own name.
_CENTRAL_ISSUER = re.compile(r"^(?:国务院|中共中央|中央|全国|国家|中华人民共和国)")
# The relative prefixes a body's name may open with, naming a level of the issuer's jurisdiction
# (市科技局, 区政府办公室); autonomous regions write their levels 盟/州 (city), 旗 (county), 苏木 (town).
# (an autonomous area writes its own level in full: 自治县农业农村局, 自治区党委宣传部, 自治州民政局)
# (the one-character levels a known body's name may open with anywhere; 盟, 州 and 旗 only at a boundary, see
# _ONE_CHAR_PREFECTURE; 乡 not at all in agency_pattern)
_OPEN_LEVELS = ("省", "市", "区", "县", "镇")
_PREFECTURE_LEVELS = ("盟", "州", "旗")
_OPEN_LEVEL_PATTERN = "|".join(_OPEN_LEVELS)
_REL_PREFIX = ("自治区", "自治州", "自治县", "自治旗", *_OPEN_LEVELS, "乡", "街道", *_PREFECTURE_LEVELS, "苏木")
RELATIVE_LEVELS: tuple[str, ...] = _REL_PREFIX
"""Every relative level prefix (自治区…, 省, 市, 区, 县, 镇, 乡, 街道, 盟, 州, 旗, 苏木), resolved by :class:`Jurisdiction`."""
#: The same levels as a regex alternation, for the groups a level names (县直相关单位, 州直有关部门, 旗直各单位).
RELATIVE_LEVEL_PATTERN = "|".join(_REL_PREFIX)
#: The levels whose organs a group names (县直各部门, 州直有关单位): the relative levels, and those of the Production and
#: Construction Corps, which writes its division's city 师市 and its regiments 团场 (师市各部门, 兵团有关部门).
GROUP_LEVEL_PATTERN = f"{RELATIVE_LEVEL_PATTERN}|兵团|师市|团场"
LEVEL_CHARS: frozenset[str] = frozenset(p for p in _REL_PREFIX if len(p) == 1)
"""The relative levels written with one character (省, 市, 区, 县, 镇, 乡, 盟, 州, 旗)."""
#: The characters a body's or a group's name may end with (局, 部门, 单位, 政府, 中心 …), and those a
#: place's name ends with (街道, 镇, 市 …): cheap tests before names are read.
BODY_LAST_CHARS = "局委办厅部门位府室司处心队站所组会署院社行关团业区园"
NAME_LAST_CHARS = BODY_LAST_CHARS + "道镇乡县市省"

# Leadership posts named where an agency would be: recorded as posts, never as agencies.
POST_RE = re.compile(
    rf"^[{_CJK}]{{0,8}}?(?:分管|协管|主管|联系)[{_CJK}]{{0,6}}?(?:省长|市长|县长|区长|镇长|乡长|秘书长|主任|局长|领导|负责同志)$"
    r"|^(?:省|市|区|县|镇)?(?:政府)?(?:常务)?副?(?:省长|市长|县长|区长|镇长|秘书长)$"
)
#: The heads of the joint bodies a government sets up for one field or one campaign, and the short
#: forms written for them (县防指 for 县防汛抗旱指挥部, 市森防指 for 市森林防火指挥部): a body by its form.
JOINT_BODY_HEADS = ("领导小组", "指挥部", "委员会", "联席会议", "工作专班", "专班", "防指")
# Agency suffixes a well-formed but unlisted name ends with.
_SUFFIX = (
    r"(?:人民政府|政府|办公厅|办公室|管委会|管理委员会|总局|分局|支局|中心支行|支行|分行|"
    r"银行|海关|集团|公司|局|委|办|厅|部|署|司|院|会|联|社|科协|所|室|中心|站|队|处|馆|团|街道|镇|乡|管理办|办事处|管理处|园区|示范区|新片区|开发区|高新区|经开区|机关|"
    # (the 防 of 防指 counts toward the words before the suffix, so that 县防指 is well formed as 县防办 is)
    rf"{'|'.join(h for h in JOINT_BODY_HEADS if h != '防指')}|(?<=防)指)"
)
# (a body named in quotes ends with them: 各村“两委”)
_WELL_FORMED = re.compile(rf"^[{_CJK}A-Za-z0-9（）、“”]{{2,40}}?{_SUFFIX}”?$")
# A short name a document gives a body in brackets after its full name: （以下简称市城管办）, (下简称“领导小组”),
# or one it gives a list of bodies together: （以下统称“市级主管部门”）.
ALIAS_NOTE_RE = re.compile(r"[（(](?:以下|下文|下)?(?:简称|统称|称)为?[“\"]?[^（）()“”\"，。；]{1,20}[”\"]?[）)]")
# Words of a clause that neither a name nor a list item naming a body holds: the base of _NOT_NAME and _NOT_BODY.
# (an interrogative asks for a body, it names none: 由哪些部门牵头, 什么单位负责)
_CLAUSE_WORDS = r"由|负责|牵头|配合|参与|推进|开展|落实|按照|根据|以及|等|的|和各|或|设置|设立|哪|什么|谁"
# Words that make a phrase a clause rather than a name.
_NOT_NAME = re.compile(rf"{_CLAUSE_WORDS}|了|有关|相关|其他|其它|干部$")
# The levels a regulation names a class of bodies by: 各级, 县级以上, 县级以上地方各级, 县（市、区）以上, 区（县）,
# 区（市）县, 市; a note of what the class includes may follow 以上: 县以上（含县，下同）.
_CLASS_LEVEL = (
    r"(?:地方各级|各级|(?:省|市|县|地)级及?以上(?:[（(]含[^（）()]{1,8}[）)])?(?:地方各级)?"
    r"|(?:设区的市|盟市|州市|省|市|区|县)(?:[（(][^（）()]{1,8}[）)][县区市]?)?(?:以上(?:[（(]含[^（）()]{1,8}[）)])?)?)"
)
# The bodies of government work a level names 机构 (of management, appraisal, supervision, enforcement,
# registration, handling of claims or approval), unlike the institutions of a trade (金融机构, 医疗机构).
_WORK_BODY = r"(?:管理|考评|考核|监督|执法|登记|经办|审批|审核)机构"
WORK_BODY_PATTERN = (
    rf"(?:(?:[省市县区镇乡]级?|街道)[\u4e00-\u9fff]{{1,8}}?{_WORK_BODY}"
    # (named by its function alone, which no institution of a trade shares: a government's legal affairs office, the
    # office reviewing its decisions' legality, under a level or none)
    r"|(?:[省市县区镇乡]级?|街道)?(?:法制|合法性审核)机构)"
)
"""A regex fragment for a body of government work named 机构 as a rule names its duty-bearer: under a level
(街道合法性审核机构, 市招考管理机构), or by a function no trade's institution shares (法制机构)."""
# Vague groups: no agency, but they mark a list as open (人力资源社会保障部等有关部门和单位负责).
VAGUE_RE = re.compile(
    r"^(?:各|其他|其它)?(?:有关|相关|其他|其它)?(?:省级|市级|区级|县级|各级|行业)?(?:主管|职能)?"
    r"(?:部门|单位|部门和单位|部门单位|部门（单位）|单位（部门）|职能部门|成员单位|地方|方面)$"
    r"|^各(?:地|地区|部门|单位|有关部门|相关部门|有关单位|地各部门)$"
    # the bodies inside such a group: (有关部门、)单位的相关机构
    r"|^(?:有关|相关)?(?:部门|单位)的(?:有关|相关)(?:机构|部门)$"
    # the bodies of one level or one government as a group: 县直各部门, 市政府各部门, 省级有关部门,
    # 市属国有企业, 国务院各部门, 各相关行业主管部门, 县直机关各单位, and of a prefecture or league: 州直相关单位
    # (the units directly under a government, as a group or those a duty falls to: 市直属各相关单位, 各相应市直属单位)
    rf"|^(?:各|其他|其它)?(?:相应)?(?:国务院|中央|{GROUP_LEVEL_PATTERN})(?:[（(][^（）()]{{1,8}}[）)][县区市]?)?"
    r"(?:直属|直|属|级|政府|人民政府|委)?(?:系统)?(?:机关)?(?:各|所属|直属)?"
    r"(?:有关|相关|相应|其他)?(?:行业)?(?:主管|职能|监管)?"
    r"(?:部门|单位|部门和单位|部门单位|机关|委办局|国有企业|国企|企业|集团|事业单位|职能部门)$"
    # the units of the government's system, its level unwritten (the issuer's): 政府系统各单位, 市政府系统各部门 above
    r"|^(?:人民)?政府系统(?:各|所属)(?:有关|相关)?(?:部门|单位)$"
    # the departments of a class of governments a rule names: 县级以上人民政府有关部门, 县级以上地方人民政府其他相关部门
    rf"|^{_CLASS_LEVEL}(?:地方)?(?:各级)?(?:人民政府|政府)(?:其他|其它)?(?:有关|相关)(?:行政)?(?:主管)?部门$"
    r"|^各(?:有关|相关)?(?:行业)?(?:主管|职能|监管)(?:部门|单位)$"
    # the units of one role in every task, of one level or government or none: 省政府各牵头部门, 各配合单位,
    # 相关责任单位, and the rest of them beside the group just named (其他责任单位)
    rf"|^(?:(?:国务院|中央|{RELATIVE_LEVEL_PATTERN})(?:直|属|级|政府|人民政府|委)?(?:机关)?)?(?:各|其他|其它|(?=有关|相关)){ROLE_GROUP_PATTERN}$"
    # the bodies of several kinds named by their suffixes once: 相关委、办、局
    r"|^(?:各|有关|相关|各有关|各相关)(?:[委办局厅](?:、|和))+[委办局厅]$"
    # functional authorities named by their field: 建设主管部门, 各区绿化管理部门, 相关行业职能部门, and in
    # regulations under a class of levels or a level's government: 各级建设行政主管部门, 县（市、区）以上气象主管
    # 机构, 县级以上人民政府建设行政主管部门, 市人民政府循环经济发展综合管理部门
    # (a place may name the government: 深圳市人民政府城市管理行政主管部门, as 市人民政府…)
    rf"|^(?:各|其他)?(?:有关|相关)?(?:[\u4e00-\u9fff]{{2,6}}?(?=[省市县区州盟旗](?:人民政府|政府)))?{_CLASS_LEVEL}?(?:人民政府|政府)?[\u4e00-\u9fff]{{1,10}}?"
    r"(?:(?:行政)?(?:综合管理|主管|职能|管理|监管)部门|(?:行政)?(?:主管|监管)机构)$"
    # under a level, the field alone names the authority, as 规划部门 does where no level is written:
    # 县财政部门, 区城管部门, 各级财政部门 (a 、-list of fields, 区公安、应急、消防部门, names none, nor does one
    # closed by 等部门, 公安、消防、城管等部门: eval dev 24)
    # (each of a class of levels: 各市（区）财政部门; each place's, its level unnamed: 各地交通运输部门, 各地住房城乡建设部门)
    rf"|^(?:各?{_CLASS_LEVEL}|各地)(?:人民政府|政府)?(?:(?!各|有关|相关|其他)[\u4e00-\u9fff]){{2,8}}?部门$"
    # a field's 行政部门 but a ministry's (国务院教育行政部门 is 教育部): 教育行政部门, 市教育行政部门; a body of
    # government work named 机构 under a level only (资产管理机构 is an institution): 市招考管理机构, 区绩效考评机构
    r"|^(?!国务院|中央|国家|政府|行政|[^、]*?(?:由|的|在|对|负责|牵头|配合))(?:各|其他)?(?:有关|相关)?"
    r"[\u4e00-\u9fff（）、]{2,12}?行政部门$"
    rf"|^(?:各|其他)?(?:有关|相关)?{_CLASS_LEVEL}(?:人民政府|政府)?[\u4e00-\u9fff]{{1,10}}?{_WORK_BODY}$"
    # the departments of every level at once: 各级各部门, 各级各有关部门, 全县各级各部门
    r"|^(?:全?(?:省|市|县|区|镇|乡))?各级各?(?:有关|相关)?(?:部门|单位|部门和单位)$"
    # the party's and the people's organisations of every level: 各级党组织, 各级团组织, 各级妇联组织, 各级工会组织
    r"|^(?:全?(?:省|市|县|区|镇|乡))?各级(?:基层)?(?:党|团|共青团|妇联|妇女|工会|科协|残联|工青妇)组织$"
    # the organs of a field concerned, named by the field: 有关军事机关, 相关司法机关
    r"|^(?:其他|其它)?(?:有关|相关)[\u4e00-\u9fff]{2,4}?机关$"
    # the units inside or under the issuing body as a group, whatever their kind: 各有关司局 (a ministry's),
    # 各处室 (a department's), 各科室、各股室 (a bureau's), 各直属单位, 部内各司局, 厅机关各处室, 局属各单位,
    # 其他内设机构; and with no 各 where the word of kind says it: 二级机构, 直属单位, 有关处室
    r"|^(?:[部厅委局办署](?:内|机关|属)?)?(?:各|其他|其它)(?:有关|相关)?(?:内设|直属|所属|下属|二级|派出)?"
    r"(?:司局|处室|科室|股室|机构|单位|站所)$"
    r"|^(?:各有关|各相关|各|有关|相关)?(?:内设|直属|所属|下属|二级|派出)(?:机构|单位|处室|科室|站所)$"
    r"|^(?:有关|相关)(?:司局|处室|科室|股室)$"
    # the members of a joint body, whatever it is called (only a joint body has members): 各联席会议成员单位,
    # 领导小组各成员单位, 县安委会各成员单位 (安全生产委员会), 市防指成员单位
    r"|^(?:各|其他|其它)?[\u4e00-\u9fff]{0,24}?各?成员单位$"
)
# Lower-level governments named as a group: 各县（市、区）, 各区政府, 各省级人民政府, 各街镇.
_COLLECTIVE = re.compile(r"^各(?P<rel>有关|相关)?(?P<body>.+)$")
# The county tier named by its level words, one or several, a bracket spelling out the others:
# 县（市、区）, 区（县）, 县（市、区、开发区）, 县（市）区, 旗县（市、区）, 县市区 (two words at least).
COUNTY_LEVEL_PATTERN = r"(?:县级市|开发区|特区|县|市|区|旗)"
"""One level word of the county tier (县, 市, 区, 旗, 县级市, 开发区), as a regex group."""
_COUNTIES = re.compile(
    rf"^(?=[县区旗市])(?={COUNTY_LEVEL_PATTERN}{{2}}|{COUNTY_LEVEL_PATTERN}（)"
    rf"(?:{COUNTY_LEVEL_PATTERN}(?:（{COUNTY_LEVEL_PATTERN}(?:、{COUNTY_LEVEL_PATTERN})*）)?)+(?!（)"
)
_LOWER_WORDS = re.compile(
    r"^(?:省级|省（区、市）|省、自治区、直辖市|市|地市|盟市|地州|州市|州|盟|旗|旗县|团场|区|县|县级市|市县|县区|区县|乡镇|镇|街镇|镇街|街道|街办|乡镇（街道）|镇（街道）|街道（镇）|街道、镇|镇、街道|乡（镇）|镇（乡）|乡（镇、街道）|园区)(?:人民政府|政府|管理办|办事处)?$"
)
# A kind of lower-level unit, qualified by a word of two to four characters: (各)示范县, 试点县（市、区）,
# 行政村, 中心镇 (a 区 is named by too many areas that are no body: 小区, 景区, 片区).
_KIND_OF_LEVEL = re.compile(rf"^[{_CJK}]{{2,4}}?[县市旗镇乡村](?:（[^（）]{{1,8}}）)?$")
_TIER_HEAD_RE = re.compile(r"(?:人民)?政府")
# Words that name lower-level governments as a group even without 各.
_BARE_COLLECTIVE = re.compile(r"^(?:街镇|乡镇|镇街|镇（街道）|乡镇（街道）|街道（镇）)(?:（[^（）]{1,6}）)?$")
# A 、-list of administrative levels that share one head written once at the end: one collective
# (各省、自治区、直辖市人民政府; 各区、县级市人民政府; 各县、区人民政府（管委会）; 各市（州）、县（市、区）人民政府).
# (a regulation names the cities with districts 设区的市: 设区的市、县（市、区）人民政府, a tier as 市 is; a prefecture
# by its administrative office, which governs it: 各行署、市、县政府)
_LEVEL_WORDS = (
    "设区的市", "省", "自治区", "直辖市", "计划单列市", "新疆生产建设兵团", "地级市", "县级市", "市辖区", "市", "地", "州",
    "盟", "县", "区", "特区", "旗", "乡镇", "镇", "乡", "街道", "开发区", "园区", "行署", "行政公署",
)
_LEVEL = "(?:" + "|".join(_LEVEL_WORDS) + ")" + r"(?:[（(][^（）()]{1,8}[）)])?"
#: The first characters of the level words of :data:`_LEVEL`.
_LEVEL_FIRST = frozenset(word[0] for word in _LEVEL_WORDS)
_SHARED_HEAD = r"(?:人民政府|政府|管委会|管理委员会|办事处|党委和政府|党委、政府|党委)"
SHARED_HEAD_LIST = (
    rf"(?=[各有相{''.join(sorted(_LEVEL_FIRST))}])"
    # (an item may be two levels written together: 各县市、区政府, 县区、乡镇政府)
    rf"(?:各有关|各相关|各|有关|相关)?(?:{_LEVEL}){{1,2}}(?:[、，,](?:{_LEVEL}){{1,2}})+{_SHARED_HEAD}(?:[（(][^（）()]{{1,8}}[）)])?"
    r"|(?:各有关|各相关|各|有关|相关)(?:[委办局厅](?:、|和))+[委办局厅](?![\u4e00-\u9fff])"  # 相关委、办、局
    # (the levels' units of one name, its head written once: 各镇、街道城市运行管理中心)
    rf"|各{_LEVEL}(?:、{_LEVEL})+[\u4e00-\u9fff]{{2,10}}?(?:中心|办公室|站|所|队)(?![\u4e00-\u9fff])"
)
_SHARED_HEAD_RE = re.compile(SHARED_HEAD_LIST)
# One or more levels and their head: 有关市（州）人民政府, 相关区县政府.
_LEVELS_HEAD_RE = re.compile(rf"{_LEVEL}(?:[、，,]?{_LEVEL})*{_SHARED_HEAD}(?:[（(][^（）()]{{1,8}}[）)])?")
# Governments of several tiers written with one head: 市和区（县）人民政府, 市、区人民政府, 市及区（市）县人民政府
# 循环经济发展综合管理部门. The first tier is one body (the city's own government), the tiers below it a class:
# unlike 各省、自治区、直辖市人民政府 (one tier, or a class marked by 各) the list names each tier's bodies.
# The same with a functional authority for head, its field written once: 市、区教育行政部门.
# (or an office named after its field, the field maybe quoted: 省、州市“绿色食品牌”办公室)
_AUTHORITY_HEAD = (
    r"(?!有关|相关|各|其他)[\u4e00-\u9fff“”]{1,12}?"
    r"(?:(?:行政)?(?:综合管理|主管|职能|管理|监管)部门|行政部门|(?:行政)?(?:主管|监管|管理)机构|办公室)"
)
# (the tiers' government may be written before the field: 市、县人民政府城镇容貌和环境卫生行政主管部门)
TIERS_AUTHORITY_LIST = rf"(?:{_LEVEL})+(?:[和及与、](?:{_LEVEL})+)+(?:人民政府|政府)?{_AUTHORITY_HEAD}"
# (or the tiers' governments, a 和 and a 、 in one list: 市和县、区人民政府, the city's and the counties' and districts')
TIERS_GOVERNMENT_LIST = rf"(?:{_LEVEL})+(?:[和及与、](?:{_LEVEL})+)+(?:人民政府|政府)(?![\u4e00-\u9fff]{{0,12}}?{_AUTHORITY_HEAD})"
_TIERS_HEAD_RE = re.compile(
    rf"^(?P<levels>(?:{_LEVEL})+(?:[和及与、](?:{_LEVEL})+)+)"
    rf"(?P<head>(?:人民政府|政府)[\u4e00-\u9fff（）]*|{_AUTHORITY_HEAD})$"
)
# The same list whose last item is one level word: for a field that opens with a level's character
# (省、市乡村振兴办公室), where the longest run of levels would take it in.
_TIERS_ONE_LAST_RE = re.compile(
    rf"^(?P<levels>(?:{_LEVEL})+(?:[和及与、](?:{_LEVEL})+)*[和及与、]{_LEVEL})(?P<head>{_AUTHORITY_HEAD})$"
)
_LEVEL_WORD_RE = re.compile(_LEVEL)
_TIER_SPLIT_RE = re.compile(r"[和及与、]")
_JOIN_WORDS_RE = re.compile(r"[和及与]")
_TIER_OF = (
    *(("计划单列市", 2), ("设区的市", 2), ("地级市", 2), ("县级市", 3), ("市辖区", 3), ("自治区", 1), ("直辖市", 1)),
    *(("乡镇", 4), ("街道", 4), ("省", 1), ("市", 2), ("地", 2), ("州", 2), ("盟", 2)),
    *(("区", 3), ("特区", 3), ("县", 3), ("旗", 3), ("镇", 4), ("乡", 4)),
)


def _tier(level: str) -> int | None:
    """The administrative tier a level word starts with (省 1, 市 2, 区/县 3, 镇 4), or None (开发区)."""
    return next((t for word, t in _TIER_OF if level.startswith(word)), None)


def _tiers_match(n: str) -> re.Match[str] | None:
    """The levels and the head of a list of tiers written with one head (``n`` in its canonical spelling), or None."""
    m = _TIERS_HEAD_RE.match(n)
    if m is None:
        return None
    words = _LEVEL_WORD_RE.findall(_TIER_SPLIT_RE.split(m.group("levels"))[-1])
    if len(words) > 1 and (_tier(words[-1]) or 0) > (_tier(words[0]) or 9):
        # 市乡 + 村振兴办公室: no run of levels steps down a tier (县市区, 区（市）县 keep one); 乡 opens the field
        m = _TIERS_ONE_LAST_RE.match(n) or m
    return m


@lru_cache(maxsize=1 << 12)
def split_tiers(name: str) -> tuple[str, ...] | None:
    """The bodies of a name that writes one head for a higher tier and the tiers below it, joined by 和/及/与.

    Args:
        name: e.g. ``市和区（县）人民政府``, ``市及区（市）县人民政府有关主管部门``, ``市和县（区）文物主管部门``.

    Returns:
        ``("市人民政府", "区（县）人民政府")``…: the top tier's own body and the lower tiers' (one
        collective, their head written once); None when the name is no such list, when it starts
        with 各/有关 (a class of governments, one collective: 各省、自治区、直辖市人民政府), when its levels
        share one tier (县和区人民政府) or when they are joined by 、 alone (市、区人民政府: one collective,
        :func:`tiers_collective`).
    """
    m = _tiers_match(canonical_spelling(name))
    if m is None or not _JOIN_WORDS_RE.search(m.group("levels")):
        return None
    levels = _TIER_SPLIT_RE.split(m.group("levels"))
    tiers = [_tier(x) for x in levels]
    if None in tiers or tiers[0] >= min(tiers[1:]):
        return None
    head = m.group("head")
    return levels[0] + head, "、".join(levels[1:]) + head


@lru_cache(maxsize=1 << 12)
def tiers_collective(name: str) -> tuple[str, AgencyType, bool] | None:
    """The one collective a 、-list of levels names with one head written once at the end (eval/README).

    Args:
        name: e.g. ``市、区人民政府``, ``市、县级司法行政部门``, ``设区的市、县（市、区）人民政府教育行政部门``,
            ``省、市乡村振兴办公室``.

    Returns:
        ``(canonical, type, known)``: the name as written (in its canonical spelling), the type of its head and
        whether the tables know a body of that head (as they know ``区人民政府``, ``县级司法行政部门``); None
        when the name is no such list or a 和/及/与 joins its levels (``市和区（县）人民政府``: :func:`split_tiers`).
    """
    n = canonical_spelling(name)
    if "、" not in n or n[:1] not in _LEVEL_FIRST:
        return None
    m = _tiers_match(n)
    if m is None or _JOIN_WORDS_RE.search(m.group("levels")):
        return None
    # (the last level with its bracket: 县（市、区）)
    _, kind, known = _canonical_agency(_LEVEL_WORD_RE.findall(m.group("levels"))[-1] + m.group("head"), ())
    return n, kind, known


# Two adjacent levels written before one body with no mark between them (省市住建厅, 市县财政局, 县乡…局): each
# level's own body. A province's department (厅) is a 局 at the levels below it (省市住建厅: the province's
# 住建厅 and the city's 住建局). Only where each level's body is one the tables know and the whole is none
# (省市场监管局 is the province's 市场监管局; 县乡村振兴局 is the county's 乡村振兴局).
_LEVEL_PAIRS = frozenset({"省市", "市县", "市区", "县乡", "区镇", "县镇"})
_PAIR_HEADS = ("厅", "局", "委")
#: The last characters of a bureau's sections (规划信息处, 综合科, 办公室, 财务股).
SECTION_HEADS = "处科室股"


@lru_cache(maxsize=1 << 12)
def split_level_pair(name: str) -> tuple[str, str] | None:
    """The two bodies of a name that opens with two adjacent levels and no mark between them.

    Args:
        name: e.g. ``省市住建厅``, ``市县财政局``.

    Returns:
        ``("省住建厅", "市住建局")``: the higher level's body and the lower's, a 厅 read as 局 below the
        province; None when the name is no such pair, or is itself a known body (``省市场监管局``).
    """
    if name[:2] not in _LEVEL_PAIRS or not name.endswith(_PAIR_HEADS) or len(name) < 5:
        return None
    if _canonical_agency(name, ())[2]:
        return None
    rest = name[2:]
    upper = name[0] + rest
    lower = name[1] + (rest[:-1] + "局" if rest[-1] == "厅" else rest)
    if not (_canonical_agency(upper, ())[2] and _canonical_agency(lower, ())[2]):
        return None
    return upper, lower


# Two fields' authorities written with one head (各市（区）人力资源社会保障和财政部门: the cities' labour and social
# security departments and their finance departments), under a level.
_FIELDS_ONE_HEAD_RE = re.compile(
    rf"^(?P<level>(?:各|有关|相关)?(?:省|市|区|县|州|盟|旗)(?:[（(][^（）()]{{1,8}}[）)])?)"
    rf"(?P<a>[{_CJK}]{{2,8}}?)[和及](?P<b>[{_CJK}]{{2,6}}?)(?P<head>(?:行政)?(?:主管)?部门)$"
)
_FIELD_SUFFIXES = ("局", "厅", "委", "委员会")


@lru_cache(maxsize=1 << 12)
def split_fields(name: str) -> tuple[str, str] | None:
    """The two authorities of a name that writes one head for two fields under a level.

    Args:
        name: e.g. ``各市（区）人力资源社会保障和财政部门``.

    Returns:
        ``("各市（区）人力资源社会保障部门", "各市（区）财政部门")`` where each field is a department's that the
        tables know under the level (市人力资源社会保障局, 市财政局) and the two together are none
        (``市住房和城乡建设部门`` is one field's: 住房和城乡建设局); else None.
    """
    m = _FIELDS_ONE_HEAD_RE.match(canonical_spelling(name))
    if m is None:
        return None
    rel = m.group("level").lstrip("各有关相")[0]

    def known(field: str) -> bool:
        return any(_canonical_agency(rel + field + suffix, ())[2] for suffix in _FIELD_SUFFIXES)

    a, b = m.group("a"), m.group("b")
    if not (known(a) and known(b)) or known(f"{a}和{b}") or known(f"{a}及{b}"):
        return None
    level, head = m.group("level"), m.group("head")
    return level + a + head, level + b + head


# A zone's administrative committee (航空港区管委会, 经济技术开发区管理委员会), maybe with the zone's party working
# committee written with it (高新区党工委和管委会), and a zone written bare before it in a list whose items share that
# head (济源示范区、航空港区管委会; 城乡一体化示范区、高新区党工委和管委会).
ZONE_BODY_RE = re.compile(rf"^(?P<zone>[{_CJK}]{{2,12}}?[区园])(?P<head>(?:党工委[和及])?(?:管委会|管理委员会))$")
ZONE_RE = re.compile(rf"^(?!各|有关|相关)[{_CJK}]{{2,12}}?[区园]$")

# Central agencies' local branches.
_BRANCH_RES = (
    (
        re.compile(r"^国家金融监督管理总局(?P<place>[\u4e00-\u9fff]{2,6}?)监管(?P<lvl>分局|局)$"),
        "国家金融监督管理总局{place}监管{lvl}",
    ),
    (
        re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?)金融监管(?P<lvl>分局)$"),
        "国家金融监督管理总局{place}监管{lvl}",
    ),
    (re.compile(r"^(?P<place>[\u4e00-\u9fff]{0,8}?)(?:税务局|税务分局)$"), "国家税务总局{place}税务局"),
    (
        re.compile(r"^(?:中国)?人民银行(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<lvl>中心支行|支行|分行)$"),
        "中国人民银行{place}{lvl}",
    ),
    # 市人行, 县人民银行, 滁州市人行: the central bank's branch at the level the prefix names.
    (
        re.compile(r"^(?P<place>省|市|区|县|[\u4e00-\u9fff]{1,6}?[省市区县])(?:人行|人民银行)$"),
        "中国人民银行{place}{lvl}",
    ),
    (re.compile(r"^国家税务总局(?P<place>[\u4e00-\u9fff]{2,8}?)税务局$"), "国家税务总局{place}税务局"),
    (re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,5}?)海关$"), "{place}海关"),
    (
        re.compile(r"^国家外汇管理局(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<lvl>中心支局|支局|分局)$"),
        "国家外汇管理局{place}{lvl}",
    ),
)
# A government's own offices, written after 政府 (政府办公室, 政府办, 政府督查室, 政府法律顾问室, 政府驻京办): no
# department of it named by 政府.
_GOVERNMENT_OFFICES = r"办公|督查室|督查办|研究室|参事室|法律顾问室|驻[\u4e00-\u9fff]{1,3}办|联络处"
# The last words of a department's name (a 分局 is a branch named by its own place: 公安青浦分局).
_DEPARTMENT_END = r"(?:(?<!分)局|委|办)"
# A department of a government named with no place or level: 政府督查室, 监察局, 政府法制办.
_OWN_OFFICE = re.compile(
    rf"^(?:政府(?:{_GOVERNMENT_OFFICES})[{_CJK}]{{0,3}}|(?:政府)?[{_CJK}]{{2,8}}?(?:{_DEPARTMENT_END}|室|厅))$"
)
# The Communist Youth League's committee of a place or a level: 共青团县委, 团市委, 共青团郑州市委员会.
_LEAGUE_RE = re.compile(rf"^(?:共青团|团)(?P<where>[{_CJK}]{{1,12}}?)委(?:员会)?$")
_PAREN_TAIL = re.compile(r"^(?P<head>.+?)[（(](?P<alt>[^（）()]+)[)）]$")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """Where a document's relative names (市…, 区…) point: its issuer's administrative levels."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None
    central: bool = False

    def at(self, rel: str) -> str | None:
        """The jurisdiction a relative prefix names, written as canonical names begin, or None."""
        municipality = self.province in MUNICIPALITIES
        if rel in ("省", "自治区"):
            return None if municipality else self.province
        if rel in ("市", "盟", "州", "自治州"):
            return self.city or (self.province if municipality else None)
        if rel in ("区", "县", "旗", "自治县", "自治旗"):
            if not self.county:
                return None
            top = self.city or (self.province if municipality else "")
            return f"{top}{self.county}"
        if rel in ("镇", "乡", "街道", "苏木"):
            if not self.town:
                return None
            return f"{self.at('区') or ''}{self.town}"
        return None

    @property
    def lowest(self) -> str | None:
        """The issuer's own level as a prefix (镇 for a town government …)."""
        for rel, value in (("镇", self.town), ("区", self.county), ("市", self.city), ("省", self.province)):
            if value:
                return "市" if rel == "省" and value in MUNICIPALITIES else rel
        return None


def _place_parts(text: str) -> tuple[dict[str, str | None], int]:
    m = _PLACE_RE.match(text)
    if not m:
        return {"prov": None, "city": None, "county": None, "town": None}, 0
    return m.groupdict(), m.end()


def _place_splits(text: str) -> list[tuple[dict[str, str | None], int]]:
    """Readings of a leading place, longest first: 嘉兴市绿化市容局 is 嘉兴市 + 绿化市容局, not 嘉兴市绿化市 + 容局."""
    parts, end = _place_parts(text)
    out = [(parts, end)]
    for level in ("town", "county", "city", "prov"):
        if parts.get(level):
            parts = {**parts, level: None}
            end = len("".join(v for v in parts.values() if v))
            out.append((parts, end))
    return out


@lru_cache(maxsize=512)
def jurisdiction_of(issuer: tuple[str, ...]) -> Jurisdiction:
    """The jurisdiction of a document from its issuing bodies.

    Args:
        issuer: the issuing bodies, e.g. ``("嘉兴市人民政府办公室",)`` or ``("国务院",)``.

    Returns:
        A :class:`Jurisdiction`; ``central`` for State Council and national bodies; empty
        when nothing can be read.
    """
    for body in issuer:
        body = squash(body or "").removeprefix("中共")
        if not body:
            continue
        if _CENTRAL_ISSUER.match(body) or body in _central_table():
            return Jurisdiction(central=True)
        parts, end = _place_parts(body)
        if end and any(v and _NOT_PLACE_WORD_RE.search(v) for v in parts.values()):
            # 北京市政府批准市市政管委 (a byline read whole as the issuer): 政府批准市 is no city, a place's name holds
            # no verb and no government; the places before it stand
            levels = ("city", "county", "town")
            bad = next(k for k, level in enumerate(levels) if parts[level] and _NOT_PLACE_WORD_RE.search(parts[level]))
            parts = {**parts, **dict.fromkeys(levels[bad:])}
            end = len("".join(v for v in parts.values() if v))
        if end:
            prov, city, county = parts["prov"], parts["city"], parts["county"]
            if prov is None:
                # 嘉兴市 → 浙江省; 黄浦区 → 上海市 (a municipality is province and city at once)
                prov = province_of(city or "") or province_of(county or "")
            return Jurisdiction(prov, city, county, parts["town"])
    return Jurisdiction()


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("places.tsv") if len(row) > 1}


def province_of(place: str) -> str | None:
    """The provincial-level unit above a prefecture-level city or a municipality's district.

    Args:
        place: ``嘉兴市``, ``恩施土家族苗族自治州``, ``黄浦区`` …

    Returns:
        ``浙江省``, ``湖北省``, ``上海市`` …; None for places not in the table (county-level
        places, and district names that several cities use).
    """
    return _places().get(place)


# ---------------------------------------------------------------------------
# Tables


def _rows(name: str) -> list[list[str]]:
    data = (files("policykg.extract") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in data.splitlines() if line.strip() and not line.startswith("#")]


def _aliases(field: str) -> list[str]:
    return [a for a in (field or "").split("|") if a]


@lru_cache(maxsize=1)
def _central_table() -> dict[str, tuple[str, AgencyType]]:
    table: dict[str, tuple[str, AgencyType]] = {}
    for row in _rows("agencies-central.tsv"):
        canonical, kind = row[0], AgencyType(row[1])
        for alias in [canonical, *_aliases(row[2] if len(row) > 2 else "")]:
            table.setdefault(alias, (canonical, kind))
    return table


@lru_cache(maxsize=1)
def _local_table() -> dict[str, tuple[str, AgencyType]]:
    table: dict[str, tuple[str, AgencyType]] = {}
    for row in _rows("agencies-local.tsv"):
        canonical, kind = row[0], AgencyType(row[1])
        for alias in [canonical, *_aliases(row[2] if len(row) > 2 else "")]:
            table.setdefault(alias, (canonical, kind))
    return table


@lru_cache(maxsize=1)
def _local_tails() -> frozenset[str]:
    """The ends of the local tables' names that are no name of their own, four characters or more (城乡建设局 of
    住房和城乡建设局): a name written so is a department's name cut short, not a place (城乡) and a department."""
    table = _local_table()
    return frozenset(a[k:] for a in table for k in range(1, len(a) - 3) if a[k:] not in table)


@lru_cache(maxsize=1)
def _party_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows("agencies-party.tsv"):
        for alias in [row[0], *_aliases(row[1] if len(row) > 1 else "")]:
            table.setdefault(alias, row[0])
    return table


def table_names() -> dict[str, list[str]]:
    """Every name the tables know, by kind (``central``, ``local``, ``party``), for matchers and tests."""
    return {
        "central": sorted(_central_table()),
        "local": sorted(_local_table()),
        "party": sorted(_party_table()),
    }


# ---------------------------------------------------------------------------
# Canonical names


# The same few thousand names recur in every document of a corpus: the pure functions of a
# name below are cached (their results are immutable).
_NAME_CACHE = 1 << 15
_WS = re.compile(r"\s+")


# NFKC folds full-width letters and digits to ASCII but also full-width brackets; a Chinese
# name keeps its brackets full-width (GB/T 15834), whichever way the source typed them.
_BRACKETS_BACK = str.maketrans({"(": "（", ")": "）"})


@lru_cache(maxsize=_NAME_CACHE)
def canonical_spelling(name: str) -> str:
    """The one spelling of an agency name used everywhere (export, store, reports, explorer).

    Whitespace removed, compatibility forms folded (NFKC: full-width letters and digits become
    ASCII), brackets full-width: ``嘉兴市各县(市、区)人民政府`` and ``嘉兴市各县（市、区） 人民政府``
    are both ``嘉兴市各县（市、区）人民政府``.

    Args:
        name: a name as written or as the tables give it.

    Returns:
        The name in its canonical spelling.
    """
    return _WS.sub("", unicodedata.normalize("NFKC", name or "")).translate(_BRACKETS_BACK)


def clean_name(name: str) -> str:
    """A name in its canonical spelling (:func:`canonical_spelling`)."""
    return canonical_spelling(name)


@lru_cache(maxsize=_NAME_CACHE)
def is_post(name: str) -> bool:
    """Whether ``name`` is a leadership post (分管副市长, 协管副秘书长), not an agency."""
    return bool(POST_RE.match(clean_name(name)))


@lru_cache(maxsize=_NAME_CACHE)
def is_vague(name: str) -> bool:
    """Whether ``name`` is a vague group (有关部门, 各地) that names no agency."""
    return bool(VAGUE_RE.match(clean_name(name)))


@lru_cache(maxsize=_NAME_CACHE)
def is_collective(name: str) -> bool:
    """Whether ``name`` is a collective owner: a group of bodies named as one (各有关部门, 成员单位, 各地).

    A collective named on its own is an owner (eval/README: 各有关单位, 市政府各部门, 成员单位);
    written after 等 (``X等有关部门``) it only leaves the list open, which the list reader decides.
    ``有关方面`` and the like name no body.
    """
    n = clean_name(name)
    if not VAGUE_RE.match(n) or n.endswith("方面"):
        return False
    if "设区的市" in n:  # (the 的 of 设区的市 names a class of cities, not a clause)
        n = n.replace("设区的市", "市")
    # (the role word of 各牵头部门 names the group, not a clause)
    return not _NOT_BODY.search(ROLE_GROUP_RE.sub("单位", n) if "各" in n else n)


_NAMED_GROUP_RE = re.compile(rf"(?:各|^(?:其他|其它)|^(?=有关|相关))(?:{ROLE_GROUP_PATTERN}|成员单位)$")


def is_named_group(name: str) -> bool:
    """Whether a collective names its units by their part in the document's own work.

    ``各牵头部门``, ``各配合单位``, ``各成员单位``, ``省政府各牵头部门``: the units the document assigns
    (its annotations, its leading group), not everyone (``各部门``, ``各有关单位``).

    Args:
        name: a collective's name as written.

    Returns:
        True for a group of the lead, supporting, responsible or member units.
    """
    return _NAMED_GROUP_RE.search(clean_name(name)) is not None


# The governments of a class of levels, as a rule names its duty-bearers where no place is meant (乡镇人民政府,
# 乡、镇人民政府, 设区的市人民政府, 旗县以上人民政府, 苏木乡镇人民政府, 县级以上地方人民政府), and the self-governing
# bodies of villages and neighbourhoods (村民委员会, 村（居）民委员会, 居委会).
_CLASS_WORD = r"(?:设区的市|县级市|自治区|自治州|自治县|乡镇|苏木|嘎查|旗县|街道|省|市|县|区|旗|镇|乡)"
_LEVEL_BODY_RE = re.compile(
    rf"^{_CLASS_WORD}(?:[、和及与]?{_CLASS_WORD})*级?(?:以上|以下)?(?:[（(][^（）()]{{1,8}}[）)])?(?:地方)?(?:各级)?"
    r"(?:人民政府|政府|办事处)$"
    r"|^(?:村|居|社区居|村（居）|居（村）|嘎查村?)(?:民委员会|委会)$"
)


def is_level_body(name: str) -> bool:
    """Whether ``name`` names a body by its class of level alone: ``乡镇人民政府``, ``乡、镇人民政府`` (one
    collective: the head is written once), ``旗县以上人民政府``, ``设区的市人民政府``, ``村民委员会``.

    Args:
        name: a subject as written.

    Returns:
        True for a level's or levels' government, or a villagers' or residents' committee.
    """
    return _LEVEL_BODY_RE.match(name) is not None


# A list item that may name a body the tables and suffixes do not know (新城公司, 开发区, 区土方
#工作专班, 建设主管部门): short, Han characters only, and holding no word of a clause, a time or a person.
_BODY_LIKE = re.compile(rf"^[{_CJK}（）、“”]{{2,24}}$")
_NOT_BODY = re.compile(
    rf"{_CLAUSE_WORDS}|要|将|对|在|为|把|使|完成|实施|加强|做好|建立|健全"
    r"|[年月日]|季度|长期|持续|常态|以前|之前|前$|同志|领导(?!小组)|主任$|书记$|长$"
)


# A section of a county or town department, named by its work and its kind (农业股, 乡村产业发展股, 政改科, 经管站,
# 文化宣传股): the units a department's own task table hands its work to. Never read in prose (a word ending in 所 or
# 站 is as often a place: 场所, 加油站); only in a table's unit column.
_SECTION_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:股室|股|科室|科|站|所|中心)")
_SECTION_LAST = frozenset("股室科站所心")


def is_section_name(name: str) -> bool:
    """Whether ``name`` reads as a department's section by its form: a short Han name ending in 股, 股室, 科, 站,
    所 or 中心 (``农业股``, ``政改科``, ``经管站``), that looks like a body (no verb, time or post).

    Args:
        name: a table cell's item.

    Returns:
        True for ``文化宣传股``, ``农田建设管理股``; False for ``加强管理``, ``2024年底前``, ``新建充电站``.
    """
    return name[-1:] in _SECTION_LAST and _SECTION_RE.fullmatch(name) is not None and looks_like_body(name) \
        and not (name[-1] in _PLACE_LIKE_LAST and _TASK_WORDS.match(name))


# A station, an office or a centre named after a verb is a task's place (建设加油站, 新建充电站, 完善基层综合服务站
# are work to do); a 股 or 科 is a section whatever its work's verb (建设管理股, 保障股, 农田建设管理股).
_PLACE_LIKE_LAST = frozenset("站所心")
_TASK_WORDS = re.compile(rf"(?:{VERB_LED}|{CN_VERBS_IN.pattern}|{DOING.pattern})")


@lru_cache(maxsize=_NAME_CACHE)
def looks_like_body(name: str) -> bool:
    """Whether a list item may name a body by its form alone: kept as an agency, ``known=False``.

    Used for the values of role labels and task-table cells, where every item is an owner
    unless it is clearly something else (a date, a post, a clause).

    Args:
        name: one item of a unit list.

    Returns:
        True for ``开发区``, ``新城公司``, ``区土方工作专班``; False for ``2024年底前``,
        ``分管副市长``, ``由企业负责``.
    """
    n = clean_name(name)
    if not _BODY_LIKE.match(n) or _NOT_BODY.search(n) or is_post(n):
        return False
    # A name written under a level (省…, 区…) ends as a body does; 省发展改 is a name cut short.
    return n[0] not in "省市区县" or bool(_WELL_FORMED.match(n))


def is_agency_name(name: str, *, issuer: tuple[str, ...] = ()) -> bool:
    """Whether ``name`` reads as one agency: in the tables, or well formed (a body with an agency suffix).

    Args:
        name: a list item from a responsibility annotation.
        issuer: the document's issuing bodies.

    Returns:
        True for ``市科技局``, ``市科创人才集团``, ``各区政府``; False for clauses,
        vague groups and posts.
    """
    return _is_agency_name(name, tuple(issuer))


@lru_cache(maxsize=_NAME_CACHE)
def _is_agency_name(name: str, issuer: tuple[str, ...]) -> bool:
    n = clean_name(name)
    if not n or len(n) > 40 or is_post(n):
        return False
    if is_vague(n):
        return is_collective(n)
    if canonical_agency(n, issuer=issuer)[2]:
        return True
    core = n[1:] if n.startswith("各") else n
    return bool(_WELL_FORMED.match(n)) and not _NOT_NAME.search(core)


@lru_cache(maxsize=_NAME_CACHE)
def level_prefix(name: str) -> str:
    """The relative level a department's name is written with, or "".

    Args:
        name: a name as written.

    Returns:
        ``省`` for ``省商务厅``, ``区`` for ``区财政局``: a level of :data:`RELATIVE_LEVELS` before a
        department the tables know by itself; "" for ``商务厅``, ``市场监管局`` or ``乡村振兴局``,
        whose first character is part of the name.
    """
    n = clean_name(name)
    rel = next((p for p in _REL_PREFIX if n.startswith(p)), None)
    return rel if rel and n[len(rel) :] in _local_table() else ""


def is_local_department(name: str) -> bool:
    """Whether ``name`` is a department the local tables know by itself, with no level (``市场监管局``,
    ``乡村振兴局``: the first character is part of the name, not a level)."""
    return clean_name(name) in _local_table()


def is_own_office(name: str) -> bool:
    """Whether ``name`` is a government's department written with no level or place (``政府督查室``,
    ``监察局``): the document's own level's, whatever the tables know of it."""
    n = clean_name(name)
    # (short, and no word of a clause: not 会议听取了市府办)
    return len(n) <= _OWN_OFFICE_MAX and _has_own_office_form(n) and not _NOT_BODY.search(n)


_OWN_OFFICE_MAX = 7


def _has_own_office_form(n: str) -> bool:
    """Whether the clean name ``n`` has the form of a department written with no level or place (:data:`_OWN_OFFICE`,
    no relative level before it, no word of a clause in it)."""
    return bool(_OWN_OFFICE.match(n)) and not n.startswith(_REL_PREFIX) and not _NOT_NAME.search(n)


def _type_by_suffix(body: str) -> AgencyType:
    if re.search(r"(?:集团|公司)(?:有限公司)?$", body):
        return AgencyType.SOE
    if re.search(r"人民政府$|^政府$", body):
        return AgencyType.PEOPLES_GOVERNMENT
    if re.search(r"(?:街道|镇|乡|管理办|办事处)$", body):
        return AgencyType.LOWER_GOVERNMENT
    if re.search(r"(?:联合会|协会|工会|商会|学会|联|社)$", body):
        return AgencyType.OTHER
    if re.search(
        r"(?:局|委|办|厅|部|署|委员会|办公室|管委会|中心|院|所|室|站|队|处|联席会议|领导小组|指挥部|防指)$", body
    ):
        return AgencyType.GOVERNMENT
    return AgencyType.OTHER


def _level_field(rel: str, body: str) -> str | None:
    """The department a level and a bare field word stand for (省财政 → 财政厅, 县财政 → 财政局), or None.

    Texts name a level's department of a field by the field alone, as they write 中央财政 for the
    central one (eval dev 10): a province's department is a 厅, a city's, district's or county's a 局.
    Only where the table knows that department's name, so the field word is a department's.
    """
    if rel not in _FIELD_LEVELS or not 2 <= len(body) <= 6:
        return None
    name = body + _FIELD_LEVELS[rel]
    return name if name in _local_table() else None


_FIELD_LEVELS = {"省": "厅", "市": "局", "区": "局", "县": "局", "州": "局", "盟": "局", "旗": "局"}


def field_name_at(text: str) -> str | None:
    """A level and a bare field word at the start of ``text`` (``省财政抓紧下达…`` → ``省财政``), or None.

    The longest field word the table knows a department for (:func:`canonical_agency` resolves the
    name); whatever follows is the caller's to judge (a verb of duty makes it a subject).
    """
    if text[:1] not in _FIELD_LEVELS or text[1:3] not in _field_starts():
        return None  # (one test rules out nearly every sentence)
    for k in range(min(6, len(text) - 1), 1, -1):
        if _level_field(text[0], text[1 : 1 + k]):
            return text[: 1 + k]
    return None


@lru_cache(maxsize=1)
def _field_starts() -> frozenset[str]:
    """The first two characters of every field word :func:`_level_field` may read."""
    suffixes = tuple(set(_FIELD_LEVELS.values()))
    return frozenset(n[:2] for n in _local_table() if n.endswith(suffixes) and len(n) >= 3)


def _collective(n: str, j: Jurisdiction) -> tuple[str, AgencyType, bool] | None:
    m = _COLLECTIVE.match(n)
    if not m:
        return None
    body = m.group("body")
    rel = m.group("rel") or ""  # 各有关省级人民政府 (the provinces concerned) is not 各省级人民政府 (all)
    tail = _PAREN_TAIL.match(body)
    if tail and not _COUNTIES.match(body) and _LOWER_WORDS.match(tail.group("head")):
        top = j.at(j.lowest) if j.lowest else None
        return f"{top or ''}各{rel}{body}", AgencyType.LOWER_GOVERNMENT, True  # 各街办（新区）
    counties = _COUNTIES.match(body)
    if counties:
        if body[counties.end():] in ("", "人民政府", "政府"):
            return f"{j.at('市') or ''}各{rel}{counties.group()}人民政府", AgencyType.LOWER_GOVERNMENT, True
        alt = _PAREN_TAIL.match(body[counties.end() :]) if body[-1] in "）)" else None
        if alt and alt.group("head") in ("人民政府", "政府") and looks_like_body(alt.group("alt")):
            # 各县（市、区）人民政府（管委会）: the bracket names the body that stands for the government
            # where there is none (a zone's 管委会); one collective, as 各乡镇人民政府（街道办事处） is
            return (
                f"{j.at('市') or ''}各{rel}{counties.group()}人民政府（{alt.group('alt')}）",
                AgencyType.LOWER_GOVERNMENT,
                True,
            )
        if "（" in counties.group():
            return None
        # 各区县教育局: a department of each county, read as any other collective below
    if body.startswith(("省级", "省（区、市）", "省、自治区、直辖市")):
        if re.fullmatch(r"(?:省级|省（区、市）|省、自治区、直辖市)(?:人民政府|政府)?", body):
            return f"各{rel}省级人民政府", AgencyType.LOWER_GOVERNMENT, True
        return None
    if _SHARED_HEAD_RE.fullmatch(body):  # 各区、县级市人民政府: one collective of lower governments
        top = j.at(j.lowest) if j.lowest else None
        return f"{top or ''}各{rel}{body}", AgencyType.LOWER_GOVERNMENT, True
    if _LOWER_WORDS.match(body):
        body = re.sub(r"政府$", "人民政府", re.sub(r"人民政府$", "政府", body))
        top = j.at(j.lowest) if j.lowest else None
        return f"{top or ''}各{rel}{body}", AgencyType.LOWER_GOVERNMENT, True
    if _KIND_OF_LEVEL.match(body) and not _NOT_NAME.search(body) and not _NOT_BODY.search(body):
        top = j.at(j.lowest) if j.lowest else None  # 各示范县, 各试点县: the units of that kind, as a group
        return f"{top or ''}各{rel}{body}", AgencyType.LOWER_GOVERNMENT, True
    if _WELL_FORMED.match(body) and not _NOT_NAME.search(body):
        top = j.at(j.lowest) if j.lowest else None
        return (
            f"{top or ''}各{rel}{body}",
            _type_by_suffix(body)
            if _type_by_suffix(body) != AgencyType.OTHER
            else AgencyType.LOWER_GOVERNMENT,
            False,
        )
    return None


def _branch(n: str, j: Jurisdiction) -> tuple[str, AgencyType, bool] | None:
    for pattern, template in _BRANCH_RES:
        m = pattern.match(n)
        if m:
            parts = m.groupdict()
            place = parts["place"]
            if "{lvl}" in template and not parts.get("lvl"):  # the branch level follows the place's
                parts["lvl"] = {"省": "分行", "市": "中心支行"}.get(place[-1], "支行")
            if not place:  # 税务局 in a local document: the branch at the issuer's own level
                if j.central or not j.lowest or not j.at(j.lowest):
                    continue
                place = j.at(j.lowest)
            elif place in _REL_PREFIX:  # 市税务局 → the issuer's city
                place = j.at(place) or place
            elif "税务" in template and not _PLACE_RE.match(place).group():
                continue  # 地方税务局 and the like: not a place
            place = (
                re.sub(r"市$", "", place)
                if template.startswith("国家金融") and not place.endswith("省")
                else place
            )
            parts["place"] = place
            return template.format(**parts), AgencyType.BRANCH, True
    return None


def _placed_by_short_name(n: str, j: Jurisdiction) -> bool:
    """Whether ``n`` opens with a place's short name: a province's (河南银保监局), or the issuer's city's or
    county's without its level (郑州 of 郑州市, 吉水 of 吉水县), two characters at least."""
    if n.startswith(PROVINCE_SHORT_NAMES):
        return True
    shorts = (p[:-1] for p in (j.city, j.county) if p and len(p) >= 3 and p[-1] in "市县区旗")
    return any(n.startswith(short) for short in shorts)


def _jur_from(parts: dict[str, str | None], j: Jurisdiction) -> Jurisdiction:
    """The jurisdiction a written place names, completed from the issuer's when they agree."""
    prov, city, county, town = parts["prov"], parts["city"], parts["county"], parts["town"]
    if county and not city and not prov and j.county == county:
        city, prov = j.city, j.province
    return Jurisdiction(prov, city, county, town)


def _resolve_place(parts: dict[str, str | None], j: Jurisdiction) -> str:
    """A written place completed with the issuer's higher levels when its lowest level is the issuer's.

    A town or subdistrict written alone (``打浦桥街道``) belongs to the issuer's district when
    the issuer is a district's (or one of its towns') body: the district is named, so the
    reading is the only one.
    """
    prov, city, county, town = parts["prov"], parts["city"], parts["county"], parts["town"]
    if town and not county and not city and not prov and j.county:
        county = j.county
    if county and not city and not prov and j.county == county:
        city, prov = j.city, j.province
    if county:
        top = city or (prov if prov in MUNICIPALITIES else "") or ""
        return f"{top}{county}{town or ''}"
    if city:
        return f"{city}{town or ''}"
    return f"{prov or ''}{town or ''}"


_GOVERNMENT_OWN_OFFICE = re.compile(_GOVERNMENT_OFFICES)
#: A department's name by its form: a name ending as a department's does (国资局, 外办, 发改委).
_DEPARTMENT_FORM = re.compile(rf"^[{_CJK}]{{1,10}}?{_DEPARTMENT_END}(?:公室)?$")
#: The nouns 政府 heads as part of a name, not as the government of a level (市政府采购中心, 市政府投资项目评审中心,
#: 市政府和社会资本合作中心, 县政府信息公开办): the name keeps its 政府, unless the tables know the name after it as a
#: department's (投资促进局, 数据局: 市政府投资促进局 is the city's 投资促进局).
_GOVERNMENT_NOUN_HEADS = ("采购", "投资", "债务", "和", "与", "信息公开", "性", "部门", "购买", "数据", "网站")


def _of_level_government(body: str) -> str:
    """The department a name after a level writes with that level's government between (政府国资局 of 区政府国资局,
    人民政府外办): the department's own name (国资局), or "" for the government itself, its own office, a
    collective of its departments (政府办公室, 政府各部门), a name whose 政府 heads a noun of its own (政府采购中心,
    政府和社会资本合作中心: what follows 政府 is no department's name) or a name that is no department's: one the
    tables do not know that does not end as a department's does (局/委/办, 办公室: 政府法制办公室 as 政府法制办 loses
    its 政府)."""
    own = body.removeprefix("人民").removeprefix("政府") if body.startswith(("政府", "人民政府")) else ""
    if len(own) < 2 or own[0] in "各所直有相其系" or _GOVERNMENT_OWN_OFFICE.match(own):
        return ""
    if own not in _local_table() and (own.startswith(_GOVERNMENT_NOUN_HEADS) or not _DEPARTMENT_FORM.match(own)):
        return ""
    return own if _WELL_FORMED.match(own) and not _NOT_NAME.search(own) else ""


def canonical_agency(name: str, *, issuer: tuple[str, ...] = ()) -> tuple[str, AgencyType, bool]:
    """The canonical name, type and whether the tables know an agency however it is written.

    Args:
        name: the name as written (``市科技局``, ``嘉兴市科学技术局``, ``发展改革委``,
            ``市委组织部``, ``各县（市、区）``, ``市交通委（市道运局）``).
        issuer: the document's issuing bodies; relative prefixes (``市``, ``省``, ``区``)
            resolve against them.

    Returns:
        ``(canonical, type, known)``: e.g. ``("嘉兴市科学技术局", GOVERNMENT, True)`` for
        ``市科技局`` under ``("嘉兴市人民政府办公室",)``. A name the tables do not know
        comes back as written (under its resolved jurisdiction) with ``known=False``.
    """
    return _canonical_agency(name, tuple(issuer))


@lru_cache(maxsize=_NAME_CACHE)
def _canonical_agency(name: str, issuer: tuple[str, ...]) -> tuple[str, AgencyType, bool]:
    n = clean_name(name)
    j = jurisdiction_of(issuer)
    if not n:
        return n, AgencyType.OTHER, False
    if "、" in n and (tiers := tiers_collective(n)):  # 市、区人民政府: the tiers' bodies as one collective
        return tiers
    if _BARE_COLLECTIVE.match(n):  # 由街镇（园区）牵头: the towns as a group, written without 各
        return _collective("各" + n, j) or (n, AgencyType.LOWER_GOVERNMENT, False)
    if n[-2:] == "政府" and n[:1] in "县区旗市" and (tier := _COUNTIES.match(n)) and _TIER_HEAD_RE.fullmatch(n, tier.end()):
        # 县（区、市）政府负责…: the county tier's governments as a group, 各 left unwritten (各县（区、市）人民政府)
        found = _collective("各" + n, j)
        if found:
            return found
    # 市交通委（市道运局）: the bracket gives another name of the same body.
    m = _PAREN_TAIL.match(n)
    if m and not n.startswith("各") and not _COUNTIES.search(n):
        head = canonical_agency(m.group("head"), issuer=issuer)
        if head[2] or _WELL_FORMED.match(m.group("head")):
            return head
    if n[:1] in ROLE_GROUP_FIRST and ROLE_GROUP_RE.fullmatch(n) and not n.startswith(("有关", "相关")):
        # 主要责任单位要…: the document's own units of that role, as 各主要责任单位 names them (one canonical
        # name); still no name the tables know (a label's word 责任单位 stays no body)
        return _canonical_agency("各" + n, issuer)[:2] + (False,)
    if n.startswith("各"):
        found = _collective(n, j)
        if found:
            return found
    if n.startswith(("有关", "相关")) and _LOWER_WORDS.match(n[2:]):
        # 相关街道, 有关乡镇: the lower governments concerned as a group, 各 left unwritten
        found = _collective("各" + n, j)
        if found:
            return found
    if n.startswith(("有关", "相关")) and _LEVELS_HEAD_RE.fullmatch(n[2:]):
        top = j.at(j.lowest) if j.lowest and not j.central else None  # 有关市（州）人民政府
        return f"{top or ''}{n}", AgencyType.LOWER_GOVERNMENT, True
    if is_collective(n):  # 各有关部门, 其他相关单位, 领导小组各成员单位: under the issuer's own level
        kind = AgencyType.SOE if n.endswith(("企业", "国企", "集团")) else AgencyType.GOVERNMENT
        rel = next((p for p in _REL_PREFIX if n.startswith(p)), None)
        if rel and j.at(rel) and not j.central:  # 市属国有企业, 县直各部门: the level the prefix names
            return f"{j.at(rel)}{n[len(rel):]}", kind, True
        top = j.at(j.lowest) if j.lowest and not j.central and not rel else None
        if top and n.startswith(top):
            top = None
        return f"{top or ''}{n}", kind, True
    central = _central_table()
    local = _local_table()
    if n in central and not (n in local and not j.central and j.lowest):
        return central[n][0], central[n][1], True
    branch = _branch(n, j)
    if branch:
        return branch
    league = _LEAGUE_RE.match(n) if n[0] in "共团" else None
    if league:  # 共青团县委, 团市委, 共青团郑州市委: the Youth League's committee of a place, no CPC committee
        where = league.group("where")
        if where in _REL_PREFIX:
            return f"共青团{j.at(where) or where}委员会", AgencyType.OTHER, True
        parts, end = _place_parts(where)
        if end == len(where):
            return f"共青团{_resolve_place(parts, j)}委员会", AgencyType.OTHER, True
    n_party = n.removeprefix("中共")
    splits = _place_splits(n_party)
    if len(splits) > 1 and (n_party in _local_table() or n_party in _local_tails()):
        # 住房和城乡建设局, 住房城乡建设局: a department's own name, whose words may end as a place does (城乡 as a
        # township), holds no place; nor does its end written alone (城乡建设局)
        splits = [sp for sp in splits if not sp[1]] or splits
    parts0, end0 = splits[0]
    if end0 and n_party[end0:].startswith("各"):  # 嘉兴市各县（市、区）人民政府
        found = _collective(n_party[end0:], _jur_from(parts0, j))
        if found:
            return found
    # Party organs: 市委组织部, 嘉兴市委组织部, 中共嘉兴市委组织部, 市纪委.
    for parts, end in splits:
        rest = n_party[end:]
        rel = next((p for p in _REL_PREFIX if rest.startswith(p)), None)
        body = rest[len(rel) :] if rel else rest
        if body.startswith("党委"):  # 自治区党委宣传部, 县党委: the party committee written with 党
            body = body[1:]
        if body in _party_table() and (rel or end):
            place = _resolve_place(parts, j) if end else (j.at(rel) or rel)
            if end and rel:
                place += rel
            return f"中共{place}{_party_table()[body]}", AgencyType.PARTY, True
    # Local departments: 市科技局, 嘉兴市科技局, 嘉兴市科学技术局, 区建管委. (The places were read after 中共:
    # a body written with it keeps it, 中共紫阳县委农村工作领导小组.)
    party = "中共" if len(n_party) < len(n) else ""
    for parts, end in splits:
        rest = n_party[end:]
        rel = next((p for p in _REL_PREFIX if rest.startswith(p)), None)
        bare = rest in local and rest[len(rel or "") :] not in local  # (市场监管局, 乡村振兴局: 市, 乡 of the name)
        if end:
            place, body = _resolve_place(parts, j), rest
        elif rel and not bare:
            place, body = (j.at(rel) or rel), rest[len(rel) :]
        elif j.lowest and not j.central:
            place, body = (j.at(j.lowest) or ""), rest  # 财政局 in a local document: the issuer's own level
        else:
            continue
        if body in local:
            return f"{party}{place}{local[body][0]}", local[body][1], True
        field = _level_field(rel, body) if rel and not end else None
        if field:  # 省财政: the province's 财政厅
            return f"{party}{place}{local[field][0]}", local[field][1], True
    if n in central:
        return central[n][0], central[n][1], True
    for parts, end in splits:
        rest = n_party[end:]
        rel = next((p for p in _REL_PREFIX if rest.startswith(p)), None)
        if end or rel:
            place = _resolve_place(parts, j) if end else (j.at(rel) or rel)
            body = rest if end else rest[len(rel) :]
            if not party and body[:1] in "政人" and (own := _of_level_government(body)):
                # 区政府国资局: the department of the district's government, as 区国资局 names it (one canonical
                # name; the tables may know it by that: 市政府外办 → 市外办)
                return _canonical_agency(n_party[: len(n_party) - len(body)] + own, issuer)
            # (a short name of two characters after its written level, 市交委, 市建委, 县法院: well formed with the
            # level, as 市经贸委 is without it; not a level's own word, 区乡镇)
            short = rel and not end and len(body) == 2 and body[0] not in LEVEL_CHARS and _WELL_FORMED.match(rest)
            if body and (short or _WELL_FORMED.match(body)) and not _NOT_NAME.search(body):
                kind = AgencyType.PARTY if party else _type_by_suffix(body)
                return f"{party}{place}{body}", kind, False
            if end and not body and parts["town"]:  # 江宁路街道: a town or subdistrict itself
                return place, AgencyType.LOWER_GOVERNMENT, False
        break
    if n in central:
        return central[n][0], central[n][1], True
    if (
        j.lowest
        and not j.central
        and _has_own_office_form(n)
        and j.at(j.lowest)
        and not _placed_by_short_name(n, j)
    ):
        # 政府督查室, 监察局 in a local document: a department written with no level is the issuer's own
        # level's, as 财政局 is (the tables need not know it); not 河南银保监局, placed by its short name
        return f"{j.at(j.lowest)}{n}", _type_by_suffix(n), False
    return n, _type_by_suffix(n), False


# ---------------------------------------------------------------------------
# Recognition in running text


def _alt(names) -> str:
    """One alternation of literal names, written as a trie (see :func:`~policykg.extract.patterns.word_trie`)."""
    return word_trie(names)


#: The words before a body's name that open it as a subject or a partner (由X, 和X, 会同X …).
_NAME_OPENERS = r"(?<=由|和|及|与|请)|(?<=会同|联合|配合|督促|指导|协调|组织)"
#: 旗, 盟, 州 written alone as a level (州财政局, 旗委宣传部): never the last character of a place's own name
#: (温州市场监管局, 杭州财政局, 联盟委员会 hold no 州/盟 level), so only at a boundary, after a party or league
#: prefix or 各, or after a word that opens a name.
#: (the level is looked at first: the boundaries behind it, tried before it, cost a dozen tests at any character)
_ONE_CHAR_PREFECTURE = (
    rf"(?=[{''.join(_PREFECTURE_LEVELS)}])(?:(?<![\u4e00-\u9fff])|(?<=[共团各])|{_NAME_OPENERS})[{''.join(_PREFECTURE_LEVELS)}]"
)


@lru_cache(maxsize=1)
def agency_pattern_first() -> frozenset[str]:
    """The characters a match of :func:`agency_pattern` may start with."""
    central_names = [n for n in _central_table() if len(n) >= 3]
    return frozenset(
        {"各", "中", "共", "团", "自", *_OPEN_LEVELS, *_PREFECTURE_LEVELS, *(p[0] for p in PROVINCES), *(n[0] for n in central_names)}
    )


@lru_cache(maxsize=1)
def agency_pattern() -> re.Pattern[str]:
    """A pattern for agency names the tables know, with a relative prefix, a province or 中共 before them.

    Free place names (``嘉兴市``) are not matched here, so that ``支持嘉兴市…`` is never
    read as a place; ``市科技局`` inside ``嘉兴市科技局`` is found and means the same.
    """
    party = _alt(_party_table())
    local = _alt(_local_table())
    central_names = [n for n in _central_table() if len(n) >= 3]
    central = _alt(central_names)
    provinces = _alt(PROVINCES)
    # Every match starts with one of these: a cheap test lets the scan skip other characters.
    first = "".join(sorted(agency_pattern_first()))
    return re.compile(
        rf"(?=[{re.escape(first)}])"
        r"(?P<agency>"
        r"各县（市、区）(?:人民政府)?|各(?:有关)?省级人民政府|各区(?:人民)?政府|各(?:街镇|乡镇（街道）|镇（街道）|街道、镇|乡（镇(?:、街道)?）|镇（乡）|乡镇|街道)"
        # (a Youth League committee is written as a party committee is, after 共青团 or 团: 团市委; an autonomous
        # area writes its level in full and its committee 党委: 自治县党委宣传部)
        rf"|(?<![城都])(?:中共|共青团|团)?(?:{provinces})?(?:自治[区州县旗]|{_OPEN_LEVEL_PATTERN}|{_ONE_CHAR_PREFECTURE})党?(?:{party})(?!托|属)"
        # (a province's own body may follow its full name with no level: 江西省农业农村厅, 内蒙古自治区财政厅; a
        # province is a closed list of real places, unlike a free place name)
        rf"|(?<![城都])(?:(?:{provinces})(?:{_OPEN_LEVEL_PATTERN})?|自治[区州县旗]|{_OPEN_LEVEL_PATTERN}|{_ONE_CHAR_PREFECTURE})(?:{local})"
        rf"|(?:{central})"
        r")"
    )


# A body by its form in running text: a level prefix, a few characters and a body suffix, at a
# boundary (the start, punctuation, or a word that introduces a subject or a partner).
# (the name's first character is tested first: one test at most characters, before the boundaries)
_FORM_LEVELS = (*_OPEN_LEVELS, "乡", "街道")
_FORM_BODY_RE = re.compile(
    rf"(?=[{''.join(w[0] for w in _FORM_LEVELS)}])"
    rf"(?:(?<=^)|(?<=[，。；、：（\s])|{_NAME_OPENERS})"
    rf"(?P<name>(?:{'|'.join(_FORM_LEVELS)})[{_CJK}]{{1,8}}?"
    r"(?:管理委员会|委员会|办公室|管委会|中心|集团|公司|总队|支队|大队|分局|局|委|办|厅|署|站|所))"
    rf"(?![{_CJK}]{{0,1}}(?:局|委|办|厅|中心|公司|集团|会|室|队|站|所|处))"
)


def under_own_place(name: str, issuer: tuple[str, ...]) -> bool:
    """Whether ``name`` is written under a place of the document's own jurisdiction (its issuer's).

    Args:
        name: a body's name as written, e.g. ``西安市大数据产业发展领导小组``.
        issuer: the document's issuing bodies, e.g. ``("西安市人民政府",)``.

    Returns:
        True when the name starts with the issuer's province, city, county or town.
    """
    j = jurisdiction_of(tuple(issuer))
    return any(p and name.startswith(p) for p in (j.province, j.city, j.county, j.town))


# The words before a name that make it a place's body: one level (市 + 粮食和储备局) or a place
# whose level the name starts with (兴庆 + 区政府办公室); no word of a clause (督促区政府…, 要求区…)
# nor a connective of time or addition (同时区园林局…, 此外市…).
_PREFIX_LEVELS = LEVEL_CHARS
_PLACE_PREFIX_RE = re.compile(rf"[{_CJK}]{{2,4}}")
# Words of a clause, not of a place's name: connectives of time or addition and verbs of directing or doing.
_CLAUSE_NOT_PLACE = (
    "此外|另外|今后|督促|指导|协调|组织|会同|联合|支持|要求|推动|鼓励"
    "|配合|负责|牵头|同意|批准|建议|责成|授权|委托|通知|加强|推进|落实|开展"
)
_NOT_PLACE = re.compile(rf"[的或由经向对在为将把被请让使按依据等各有关相本该全时并]|报|{_CLAUSE_NOT_PLACE}")


# A government's head or a verb inside the words read as a place (北京市 + 政府批准市): no place's name.
_NOT_PLACE_WORD_RE = re.compile(rf"政府|印发|转发|{_CLAUSE_NOT_PLACE}")
_PROVINCE_RE = re.compile(_PROV_ALT)
_PROVINCE_SET = frozenset(PROVINCES)
#: The first characters of the provincial-level units' names: a cheap test before :func:`province_at`.
PROVINCE_FIRST = frozenset(p[0] for p in PROVINCES)


def province_at(text: str) -> str | None:
    """The provincial-level unit ``text`` opens with (``江西省``, ``内蒙古自治区`` …), else None."""
    m = _PROVINCE_RE.match(text) if text[:1] in PROVINCE_FIRST else None
    return m.group() if m else None


def is_known_place(place: str) -> bool:
    """Whether ``place`` is a real place by the tables: a provincial-level unit, a prefecture-level city
    or a municipality's district (``福州市``, ``黄浦区``), or such a city under its province
    (``福建省福州市``); not any words before a level (``河道区``)."""
    if place in _places() or place in _PROVINCE_SET:
        return True
    province = province_at(place)
    return province is not None and _places().get(place[len(province) :]) == province


def prefixed_name(prefix: str, name: str) -> str | None:
    """``prefix + name`` when the words before a name are only its level or its place, else None.

    Args:
        prefix: the characters between the start of a clause and the name (one to four, after
            the name of a province: ``福建省福州`` + ``市教育局``).
        name: a name the tables know, found after them.

    Returns:
        ``市粮食和储备局`` for ``市`` + ``粮食和储备局``; ``兴庆区政府办公室`` for ``兴庆`` +
        ``区政府办公室``; None for ``督促`` + ``区政府办公室`` or ``各`` + ``区政府``.
    """
    if prefix + name[:1] in _PROVINCE_SET or prefix + name[:3] in _PROVINCE_SET:  # 江西 + 省教育厅, 内蒙古 + 自治区…
        return prefix + name
    province = province_at(prefix)
    if province and len(province) < len(prefix):  # 福建省 + 福州 + 市教育局: the city's place under its province
        rest = prefixed_name(prefix[len(province) :], name)
        return province + rest if rest and len(rest) > len(name) + 1 else None
    if len(prefix) == 1:
        return prefix + name if prefix in _PREFIX_LEVELS and name[:1] not in _PREFIX_LEVELS else None
    if (
        name[:1] in "区县市镇乡"
        and _PLACE_PREFIX_RE.fullmatch(prefix)
        and not _NOT_PLACE.search(prefix)
        and _PLACE_RE.match(prefix + name[0]).end() == len(prefix) + 1
    ):
        return prefix + name
    return None


#: The characters a body named by its form (:data:`_FORM_BODY_RE`) may start with.
FORM_BODY_FIRST = frozenset(w[0] for w in _FORM_LEVELS)


def form_body_at_start(text: str) -> bool:
    """Whether ``text`` starts with a body named by its form (``区城运中心…``): a cheap anchored test."""
    m = _FORM_BODY_RE.match(text)
    return m is not None and not _NOT_NAME.search(m.group("name")[1:]) and not _NOT_BODY.search(m.group("name"))


def find_agencies(
    text: str, *, issuer: tuple[str, ...] = (), unknown: bool = False
) -> list[tuple[int, int, str]]:
    """Agency names in ``text``, as ``(start, end, name)``: those the tables know, and by their form.

    Args:
        text: a short span (a sentence, an annotation).
        issuer: the document's issuing bodies (used to confirm each name resolves).
        unknown: also names the tables lack but whose form is a body's: a level prefix and a
            body suffix at a word boundary (``区城运中心``, ``市营商环境建设局``).

    Returns:
        Non-overlapping matches, left to right.
    """
    out = []
    for m in agency_pattern().finditer(text):
        name = m.group()
        if canonical_agency(name, issuer=issuer)[2]:
            out.append((m.start(), m.end(), name))
    if unknown and len(out) < len(text) // 4:
        taken = [(a, b) for a, b, _ in out]
        for m in _FORM_BODY_RE.finditer(text):
            a, b = m.span("name")
            name = m.group("name")
            if any(x < b and a < y for x, y in taken) or _NOT_NAME.search(name[1:]) or _NOT_BODY.search(name):
                continue
            out.append((a, b, name))
        out.sort()
    return out


# An internal unit written straight after its parent's name (财政部预算司, 省财政厅预算处, 市城市管理委员会
# 办公室), or a team under it (国家统计局潜江调查队, 县公安局交警大队): the unit owns the work, not its parent.
# A few characters and a unit suffix, not a post (局长, 处长) nor the start of a further unit's or place's name.
_UNIT_AFTER_RE = re.compile(rf"[{_CJK}]{{1,6}}?(?:办公室|司|处|局|室|队)(?![{_CJK}]?(?:长|员|司|处|局|室|办))")
_UNIT_PARENT_LAST = frozenset("部厅委局署办府会")  # the last character of a parent that has internal units
_UNIT_NOT = re.compile(r"[省市区县镇乡各]|会同|联合|指导|督促|协调|组织|委托|授权|通知|报|向|与|和|及|同|经|由|按|依")
# A ministry the tables may not know, with its unit: 由铁道部运输局组织制定.
_MINISTRY_UNIT_RE = re.compile(
    rf"(?:(?<=^)|(?<=[，。；、：（\s由和及与]))(?P<name>(?![由和及与])[{_CJK}]{{2,6}}?部[{_CJK}]{{1,6}}?(?:司|局))"
    rf"(?![{_CJK}]?(?:长|员|司|处|局|室|办))"
)

# What every such name holds, found by a scan led by its literal 部 (the pattern above is tried at
# every character, and 部 of 部门 is in most sentences that name bodies).
_MINISTRY_UNIT_HINT = re.compile(rf"部[{_CJK}]{{1,6}}?[司局]")


def _unit_ok(unit: str) -> bool:
    return not _UNIT_NOT.search(unit) and not _NOT_BODY.search(unit) and not _NOT_NAME.search(unit)


def with_units(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Agency spans with the internal units written after them: a name followed by a unit reads as the unit.

    ``财政部预算司负责…`` gives ``财政部预算司``, not ``财政部``; parents joined without a mark share the
    unit (``区委区政府督查室``); a ministry the tables lack is read with its unit (``铁道部运输局``).

    Args:
        text: the span the names were found in.
        spans: ``(start, end, name)`` found in ``text``, left to right, without overlaps.

    Returns:
        The spans, each extended over a unit that follows it.
    """
    out: list[tuple[int, int, str]] = []
    for k, (a, b, name) in enumerate(spans):
        m = _UNIT_AFTER_RE.match(text, b) if name[-1] in _UNIT_PARENT_LAST else None
        nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        if m and m.end() <= nxt and _unit_ok(m.group()):
            if out and out[-1][1] == a and out[-1][2][-1] in _UNIT_PARENT_LAST:
                a = out.pop()[0]  # 区委区政府督查室: both parents name the one unit
            b = m.end()
            name = text[a:b]
        out.append((a, b, name))
    if "部" in text and _MINISTRY_UNIT_HINT.search(text):
        for m in _MINISTRY_UNIT_RE.finditer(text):
            x, y = m.span("name")
            if _unit_ok(m.group("name")[m.group("name").index("部") + 1 :]) and not any(
                a < y and x < b for a, b, _ in out
            ):
                out.append((x, y, m.group("name")))
        out.sort()
    return out

