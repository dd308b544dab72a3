"""Cut a file into its documents: gazette masthead, table of contents, documents, appointments.

Works on the normalised text (:mod:`policykg.extract.text`). A gazette issue
(政府公报) has a masthead, a table of contents (目录) whose lines repeat each
document's title and 文号 with a page number, the documents themselves (title
line, 文号 line, addressees, body, signature), personnel sections
(``【市政府人事任免】``), a closing index of issued documents (发文目录) and an
imprint. A file holding one document (a portal page, a markdown copy) has no
masthead and may have no 文号 at all; it becomes one document.

Offsets in everything returned here index the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import timedelta
from difflib import SequenceMatcher
from itertools import chain, islice
from typing import NamedTuple

from policykg.extract.agencies import (
    JOINT_BODY_HEADS,
    SHARED_HEAD_LIST,
    canonical_agency,
    is_agency_name,
    province_of,
)
from policykg.extract.appointments import find_appointments
from policykg.extract.docnum import (
    bracketless_docnum,
    canonical_docnum,
    find_docnums,
    glued_docnum,
    issuer_kind,
    issuer_of,
    parse_docnum,
)
from policykg.extract.metadata import (
    BULLETS,
    STATE_NAME,
    front_matter_end,
    is_metadata_line,
    metadata_from_lines,
    title_label_value,
)
from policykg.extract.patterns import (
    ANNOUNCEMENT_NUMBER,
    ANNOUNCING,
    BASIS_WORDS,
    CITING_WORDS,
    CLOSE_BRACKET,
    CN_DATE,
    COMMUNIQUE,
    CONGRESS_ANNOUNCEMENT_NUMBER,
    DASHED_DATE,
    DASHED_DAY,
    DATE,
    DOCNUM,
    GAZETTE_NAME,
    HAN_CHAR,
    ORDER_NUMBER,
    ORDER_NUMBER_LAST,
    PAGE_MARK,
    REPORT_OPENING_REACH,
    REPORT_STATUS,
    SHARED_FILE,
    SITE_NAME_AFTER,
    SITE_WORDS,
    TITLE,
    TITLE_END,
    TITLE_END_WORDS,
    TITLE_THEN_ADDRESSEES,
    VERB_LED,
    iso_date,
    renamed,
    site_name_after_title,
    split_outside_brackets,
    squash,
)
from policykg.extract.records import AgencyType, Appointment, Gazette, Source
from policykg.extract.scan import LedRegex, holds
from policykg.extract.text import (
    ADDRESSEE_OPENERS,
    REPORT_HEAD_ENDS,
    SIGNER_ENDINGS,
    TABLE_HEADER_FIRST,
    chapter_end,
    page_title_core,
)

# A line that is only a 文号 (the header line of a document), or a 文号 and the date it was
# signed, after it or before it (``川办函〔2017〕113号 2017年6月2日``, ``2000年12月28日 税委会〔2000〕17号``).
_DOCNUM_LINE = re.compile(
    rf"^\s*(?:(?P<pdate>{renamed(DATE, 'p')})\s*)?(?P<num>{DOCNUM.pattern})"
    rf"\s*(?:(?P<date>{renamed(DATE, 'h')})\s*)?$"
)
# A title that carries its own number at its end, in brackets (``…的实施意见（池政〔2017〕101号）``) or
# after a space (``…的通知 苏政办发〔2022〕15号``).
_TITLE_NUMBER = re.compile(
    rf"^(?P<title>.+?)\s*(?:[（(〔\[［【]\s*(?P<num>{DOCNUM.pattern}|{renamed(ORDER_NUMBER, 'o')})"
    rf"\s*[）)〕\]］】]|(?<=[知见案法定划则复函告要报示])(?P<bare>{renamed(DOCNUM, 'b')}))$"
)
#: A title line its number in brackets opens (``（新政发〔2016〕21号）区人民政府关于印发…的通知``, a sharing site's head).
_NUMBER_LED_TITLE = re.compile(rf"^[（(〔\[［【]\s*(?P<num>{DOCNUM.pattern})\s*[）)〕\]］】]\s*(?P<title>.+)$")
# Lines of a portal page's chrome above the document: breadcrumbs, visit counters, share links.
CHROME_LINE = re.compile(r"首页|当前位置|您的位置|所在位置|欢迎|设为|收藏|浏览次数|访问量|分享到|打印|字号|[>»›]")


def chrome_line(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the line ``text[start:end]`` holds a mark of a page's chrome (:data:`CHROME_LINE`).

    A ``>`` that closes a ``<`` opened after the line's last ``>`` is no breadcrumb's arrow but
    a title's nested mark a portal wrote in ASCII (``《市六届人大四次会议<政府工作报告>…》``).
    """
    end = len(text) if end is None else end
    for m in CHROME_LINE.finditer(text, start, end):
        if m.group() != ">" or text.rfind("<", start, m.start()) <= text.rfind(">", start, m.start()):
            return True
    return False
# A line of a portal's display switches and nothing else (无障碍浏览 长者模式, 关怀版 | 繁体): its words
# also name real subjects (无障碍环境建设, 适老化改造), so only a line made of them is chrome.
_SWITCH_LINE = re.compile(
    r"^(?:[\s|｜/]*(?:无障碍(?:浏览|阅读|模式)?|长者(?:模式|版)|关怀(?:版|模式)|适老化?(?:版|模式)|繁体|简体|English"
    r"|登录|注册))+[\s|｜/]*$"
)
# A numbered heading of the body (三、保障措施, （二）工作措施, 1.总体要求, 第二章 职责): never the title.
_NUMBERED_HEADING_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)"
    r"|第[一二三四五六七八九十百]+[章节条部])"
)
# A 解读 page's title: the document it reads, quoted, then 解读 (《…》政策解读, 关于《…》的解读, 关于《…》文件解读), or
# named unquoted, its type word last, then the kind of reading (2021年某市粮食生产工作方案政策解读).
_READING_TITLE = re.compile(
    r"^(?:[^《》。；，]{0,30}《(?:[^《》]|《[^《》]*》)+》(?:的)?(?:政策|文件)?"
    r"|[^《》。；，：:]{2,60}(?:" + "|".join(w for w in TITLE_END_WORDS if w != "令") + r")(?:的)?(?:政策|文件))解读$")
# The issuer a title names before 关于: 池州市人民政府关于…; joint issuers apart by 、 (中共某市委办公厅、某市人民政府办公厅印发…)
_TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff（）、]{2,40}?)(?:关于|印发|转发)")
#: The second name a body bears, in brackets after its first (某县委农村工作领导小组（县委实施乡村振兴战略领导小组））.
_SECOND_NAME = re.compile(r"（([\u4e00-\u9fff]{4,30})）$")
# A table-of-contents entry: a 文号 in brackets followed by a page number, or a title with a page number.
_TOC_NUM_LINE = re.compile(rf"^（\s*{DOCNUM.pattern}\s*）\s*(?:（\d+）)?\s*$")
_DATE_ONLY_AR = re.compile(rf"^\s*{DATE.pattern}\s*$")
_DATE_ONLY_CN = re.compile(rf"^\s*{CN_DATE.pattern}\s*$")


#: A year, month and day in figures, with the groups :func:`iso_date` reads.
_YMD = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
#: A date whose 日 a scrape lost at the line's end (``2022年8月19``).
_DATE_SHORT = re.compile(rf"^\s*{_YMD}\s*$")


#: A day in figures apart by spaces, its 年, 月 and 日 lost (``2021 12 9``): read under a signature only.
_SPACED_DAY = re.compile(r"^(?P<y>(?:19|20)\d{2}) (?P<m>0?[1-9]|1[0-2]) (?P<d>0?[1-9]|[12]\d|3[01])$")


class _DateOnly:
    """A line holding only a date, in Arabic or Chinese numerals, its 日 perhaps lost at the end."""

    @staticmethod
    def match(t: str) -> re.Match | None:
        if "日" not in t:
            # a cheap test first: both full forms end in 日, the short one in a digit after 月
            return _DATE_SHORT.match(t) if t[-1:].isdigit() and "月" in t else None
        return _DATE_ONLY_AR.match(t) or _DATE_ONLY_CN.match(t)


_DATE_ONLY = _DateOnly()
_SECTION_MARK = re.compile(r"^【(?P<name>[^】]{2,20})】")
_INDEX_LINE = re.compile(r"发文目录|文件目录")
_MASTHEAD = re.compile(r"^(?P<title>.{2,20}?公报)$")
#: What a communiqué that ends in 公报 reports (统计公报, 环境状况公报, 普查公报): a document, not a gazette's name.
_COMMUNIQUE_KINDS = (COMMUNIQUE, "状况公报", "普查公报", "质量公报", "会议公报", "新闻公报")
_ISSUE = re.compile(r"第(?P<issue>\d{1,3})期")
_CUMULATIVE = re.compile(r"总第(?P<cum>\d{1,5})期")
#: How many lines with words a masthead may stand under (its issue, series, a note, the date).
_MASTHEAD_REACH = 6
#: A masthead's date line: the date alone, in figures or in Chinese numerals, perhaps its weekday after it.
_MASTHEAD_DATES = tuple(re.compile(rf"{d.pattern}\s*(?:[，,]?\s*星期[一二三四五六日天]\s*)?$") for d in (CN_DATE, DATE))
_PUBLISHED = re.compile(rf"{DATE.pattern}\s*出版|(?P<y2>(?:19|20)\d{{2}})年(?P<m2>\d{{1,2}})月(?P<d2>\d{{1,2}})日出版")
_PUBLISHER = re.compile(r"^主\s*办\s*：\s*(?P<pub>\S+)")
# (a joint body signs as a body: 中共某县委实施乡村振兴战略领导小组, 某区全民健身工作联席会议; the bank and the
# people's organisations sign beside ministries: 人民银行, 全国工商联, 中国科协)
# A campaign's name in quotes may stand inside (某区“双随机、一公开”监管联席会议办公室).
_ORG_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff（）]|“[^”\n]{1,16}”){2,40}(?:人民政府|办公厅|办公室|委员会|政府|局|部|厅|署|委|办|院|会|中心|集团|公司"
    rf"|管委会|街道办事处|人民代表大会常务委员会|常务委员会|{'|'.join(JOINT_BODY_HEADS)}|{'|'.join(SIGNER_ENDINGS)})$"
)
_TITLE_END = TITLE_END
_DOC_TYPES = [
    "实施意见", "指导意见", "若干意见", "意见", "行动计划", "实施方案", "工作方案", "方案", "实施细则", "细则",
    "管理办法", "暂行办法", "实施办法", "办法", "若干规定", "规定", "决定", "批复", "通告", "公告", "规划", "纲要",
    "条例", "规则", "指引", "清单", "函", "报告", "计划", "通知",
]
# A start date without its verb (从2024年1月1日起，将…调整为…): the document's own only in its
# opening; inside a numbered measure it is that measure's.
# (Led by each of its first characters: 自, 从 and 于 are common, and a scan led by a class of
# them tries every character of a document.)
# A time of day may follow the date (自2021年9月19日零时起执行, 自2020年1月28日12时起).
_CLOCK = r"(?:\s*(?:零|\d{1,2}|[一二三四五六七八九十]{1,3})\s*[时点](?:整|\s*\d{1,2}\s*分)?)?"
#: The hour of :data:`_CLOCK` that ends a day (24时, 二十四 时): a start then is the next day's.
_AT_DAY_END = re.compile(r"(?<![\d一二三四五六七八九十])(?:24|二十四)\s*[时点]")
_ONE_DAY = timedelta(days=1)
#: The verbs of a start that gives a text its force (起施行, 起执行, 起实行, 定于…起试行).
_IN_FORCE = "施行|执行|实行|实施|生效|试行"
#: Where such a verb ends its clause: at a stop, or after the new rule it puts in force (起执行调整后的污水处理费标准，
#: 起执行新的收费标准。), not another object (起实施三年行动).
_IN_FORCE_END = r"(?:(?:调整后|新)的[^。，；\n]{1,24}?(?:标准|价格|政策))?(?=[。，；）.\s]|$)"
_EFFECTIVE_BARE = LedRegex("自从于", rf"\s*(?:{DATE.pattern}){_CLOCK}\s*(?:起|开始)")
# The document's own start with its verb, its date's 年 and 月 lost in a copy (自20201231日起执行): read when its
# digits make one date only (:func:`_glued_readings`).
_EFFECTIVE_GLUED = LedRegex(
    "自从", rf"\s*(?P<glued>(?:19|20)\d{{4,6}})\s*日{_CLOCK}\s*(?:起|开始)(?:{_IN_FORCE}){_IN_FORCE_END}"
)
# The document's own start, the same with its verb: 自2024年3月1日起施行。, 定于2024年3月1日起试行 (rules
# issued on trial are in force from then) — not a measure's (从2019年1月1日起，实施三年…计划). Every
# match opens with a match of the one above.
_EFFECTIVE = LedRegex("自从于", rf"\s*(?:{DATE.pattern}){_CLOCK}\s*(?:起|开始)(?:{_IN_FORCE}){_IN_FORCE_END}")
# The same start with its year left to the document's own (本通告自9月19日零时起执行; 决定从11月1日起，将…):
# read as a month and day, the year settled once the document's date is known.
_EFFECTIVE_YEARLESS = LedRegex(
    "自从于", rf"\s*(?<![年\d])(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日{_CLOCK}\s*(?:起|开始)"
    rf"(?P<verb>{_IN_FORCE})?"
)
# The verb of a start (2020年1月1日起执行) whose date no 自/从/于 leads (…补贴标准2020年1月1日起执行。): found by
# the verb, the date right before it; not a cited text's (《某条例》2019年1月1日起施行, （2019年1月1日起施行）).
_START_VERB = re.compile(rf"起(?:{_IN_FORCE}){_IN_FORCE_END}")
_DATE_BEFORE_START = re.compile(rf"(?<![（(\d》])(?:{DATE.pattern}){_CLOCK}\s*$")
# What a start date's clause says when it starts an activity, not the document's force: 自2018年7月20日起，
# 在全国开展为期一年的…专项行动; 从2019年1月1日起，实施三年…行动.
_ACTIVITY_START = re.compile(r"[^。；\n]{0,40}?(?:开展|启动|实施[^。；\n]{0,30}?(?:行动|活动|整治|计划|工程))")
# The same in Chinese numerals, as an older regulation writes it: 自二000年七月一日起施行,
# 定于一九七八年四月一日起试行.
_EFFECTIVE_CN = LedRegex("自于", rf"\s*{CN_DATE.pattern}\s*起(?:{_IN_FORCE})")
# A start with its verb and no 起 (此次政策调整从2019年10月1日执行。): the verb right after the date; led by 自 or
# 从 only (于2019年1月1日实施 tells a past act as often).
_EFFECTIVE_NO_QI = LedRegex("自从", rf"\s*(?:{DATE.pattern}){_CLOCK}\s*(?:{_IN_FORCE})(?=[。，；）.\s]|$)")
_NUMBERED_HEADING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+条)")
#: The acts that issue a text, whose day it may take force on (自印发之日起, 此标准自下文之日起执行: 下文, the text sent down).
_ISSUE_ACTS = "印发|发布|公布|下发|下文"
# (an order that puts its rules in force as it issues them says so in one word, 现予发布施行, 现予公布施行: no 之日起)
_EFFECTIVE_ON_ISSUE = re.compile(rf"自(?:{_ISSUE_ACTS})之日起(?:施行|执行|实施|生效)|现予以?(?:{_ISSUE_ACTS})施行")
#: A term that runs from the issue to a day (自本通知发布之日起至2017年6月30日，…): in force on issue, until that day.
_ON_ISSUE_UNTIL = re.compile(rf"自(?:本[\u4e00-\u9fff]{{1,4}})?(?:{_ISSUE_ACTS})之日起(?:至|到)\s*(?:{DATE.pattern})")
#: A start of a month only (从2013年11月起提高…标准): in force from its first day, read as :data:`_EFFECTIVE_BARE` is.
_EFFECTIVE_MONTH = LedRegex(
    "自从于", rf"\s*(?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m>\d{{1,2}})\s*月份?\s*(?:起|开始)(?P<verb>{_IN_FORCE})?"
)
#: A period a start date opens when its noun names something else than the text's own term (统计期限从2023年1月1日起
#:至…止, 申报期限, 公示期限): a report's data, a filing window; the text's own term (执行期限, 有效期限, 试行期限)
#: opens with the text's start.
_NAMED_PERIOD = re.compile(
    r"(?:统计|申报|申请|公示|受理|报名|征集|评审|评选|考核|监测|核查|整改|建设|合同|服务|补贴|补助|扶持|租赁|承包|过渡)期限(?:为|是)?$"
)
_EXPIRES = re.compile(rf"有效期(?:至|到)\s*{DATE.pattern}")
#: A dash between a term's two days (a run of hyphens or dashes, a tilde).
_TERM_DASH = r"[-—―－–~～]{1,4}"
#: A term from a day to a day (有效期自2023年12月1日至2028年11月30日, 有效期为2021年7月1日—2026年6月30日): its
#: start, and where its last day begins.
_TERM_FROM = re.compile(rf"有效期限?(?:为)?\s*[自从]?\s*{DATE.pattern}\s*(?:起)?\s*(?:至|到|{_TERM_DASH})\s*")
#: The same term under the words of a policy's period of force (执行期限为2021年7月1日----2022年6月30日, 实施期限
#: 自…至…): led by 期限, the verb before it read apart; a permit's term is written 有效期, so no 本 is asked for.
_RUN_TERM = re.compile(rf"期限(?:为|是)?\s*[自从]?\s*{DATE.pattern}\s*(?:起)?\s*(?:至|到|{_TERM_DASH})\s*")
_RUN_TERM_VERBS = ("执行", "实施", "施行", "试行")
#: The document itself named right before such a term (本办法, 本裁量权基准): a permit's or a licence's term
#: a reply grants (同意延续…许可证，有效期自…至…) is not the document's.
_OWN_TERM = re.compile(r"本[\u4e00-\u9fff]{1,8}$")
#: What :data:`_EXPIRES`, :data:`_TERM_FROM` and :data:`_EXPIRES_YEARS` open with.
_TERM = re.compile("有效期")
#: A note that the document itself has lapsed (（此文件已于2017年12月29日宣布失效）), perhaps naming the text
#: that repealed it (本法规已于2023年12月26日被《…》废止): the last day it held.
_EXPIRED_ON = LedRegex(
    "此本", rf"(?:文件|件|规定|办法|通知|决定|意见|细则|法规|规章|条例|预案)(?:已经?)?于\s*{DATE.pattern}\s*"
    r"(?:被《[^》\n]{1,80}》)?(?:宣布|决定)?(?:失效|废止)"
)
#: A number opening a line, and what follows it.
_NUMBER_FIRST = re.compile(rf"^(?:{DOCNUM.pattern})\s*(?P<rest>.+)$")
_EXPIRES_YEARS = re.compile(r"有效期(?:为)?(?P<n>\d{1,2}|[一二三四五六七八九十])年")
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[：:]\s*(?P<att>.+)$")
#: A further item of an annex list under 附件：1.… (2.…清单): it names an annex, not the document.
_ANNEX_ITEM = re.compile(r"^\d{1,2}\s*[.．、]")
_LIST_SEPARATOR = re.compile(r"[，、,]")
#: A 、-list whose items share one head written once at the end (各区、县人民政府; 相关委、办、局): one collective,
#: as the owners' reader takes it.
_SHARED_HEAD_RE = re.compile(SHARED_HEAD_LIST)
_ADDRESSEE_LINE = re.compile(r"^(?P<to>[^。；\n]{2,120})：$")
_PERIOD = re.compile(r"（(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月份?）")


@dataclass(frozen=True, slots=True)
class DocumentSpan:
    """One document's place in the normalised text and the header facts read off it."""

    start: int
    end: int
    number: str | None
    title: str | None
    number_span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None
    index: int = 0
    #: The date printed beside the number in the header (``川办函〔2017〕113号 2017年6月2日``).
    date: str | None = None
    #: The issuer printed on a line of its own above a title that does not name it
    #: (``辽宁省沈阳市人民政府`` over ``沈阳市…的规定``).
    issuer: tuple[str, ...] = ()
    #: Where a news page's lead starts that reports the document, printed above its head (its figures are the
    #: document's own), or None.
    lead: int | None = None
    #: Whether the document is printed under the signature of the one before, which forwards or issues it (a
    #: county's notice, then the province's notice it forwards under its own header): the page's metadata is
    #: the first document's, not its.
    carried: bool = False


@dataclass(slots=True)
class Layout:
    """The parts of a file: its masthead, documents, appointments, and cross-check notes."""

    gazette: Gazette | None = None
    documents: list[DocumentSpan] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    listed_numbers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Line(NamedTuple):
    """One line of the text (a tuple: every line of every document is made once per stage)."""

    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    append, new = out.append, tuple.__new__  # a NamedTuple's own constructor is a Python function
    pos = 0
    for piece in text.split("\n"):
        end = pos + len(piece)
        append(new(_Line, (pos, end, piece)))
        pos = end + 1
    return out


def split_layout(text: str) -> Layout:
    """Find the masthead, the documents and the personnel sections of a normalised text.

    Args:
        text: the normalised text of one file.

    Returns:
        A :class:`Layout`. A file with no recognisable document header is one
        document spanning the whole text.
    """
    lines = _lines(text)
    layout = Layout()
    starts = [li.start for li in lines]
    layout.gazette = _masthead(lines, text, starts)

    # The lines each reading below can act on, found by scans of the text rather than a step a line:
    # those holding a year its closing bracket follows (every 文号 does), and those holding a
    # section mark's 【, an index heading's 目录 or a masthead's 公报 (looked for by 录 and 报: a
    # search for one character is several times faster than for two, and the few more lines it
    # gives are read the same way).
    year_lines = {bisect_right(starts, m.start()) - 1 for scan in _YEAR_CLOSED for m in scan.finditer(text)}
    marked = _lines_holding(text, starts, ("【", "录", "报"))
    headers = _document_headers(lines, text, starts, year_lines, orders=layout.gazette is not None)
    if len(headers) > 1:
        headers = _without_repeated_heads(lines, headers)
    carried = None  # the notice read from the page's top, over the header of the text it forwards or issues
    if len(headers) == 1 and layout.gazette is None and _signed_above(lines, headers[0][0]) is not None:
        # 某县人民政府办公室 / 2019年2月22日 over 某省人民政府办公厅 / 印发…的通知 / 某政办发〔2018〕73号: the page's
        # only header stands under a signature, the head of the text the notice above forwards or issues, printed
        # in full: two documents, the notice read from the page's top, then that text under its own header
        first = headers[0][0]
        carried = _numberless_documents(lines[:first], text)
        last = next((li.end for li in reversed(lines[:first]) if li.text.strip()), carried[-1].start)
        carried[-1] = replace(carried[-1], end=last)
    boundaries = _section_boundaries(lines, marked)
    for k, (title_first, num_line, issuer_line, title_from, title_to) in enumerate(headers):
        start = lines[title_first].start
        nxt = headers[k + 1][0] if k + 1 < len(headers) else len(lines)
        end_line = nxt
        for b in boundaries:
            if max(num_line, title_to - 1) < b < end_line:
                end_line = b
                break
        end = lines[end_line - 1].end if end_line > 0 else len(text)
        title_lines = lines[title_from:title_to]
        title = "".join(li.text.strip().lstrip("#").lstrip() for li in title_lines) or None
        m = _DOCNUM_LINE.match(lines[num_line].text)
        number = canonical_docnum(m.group("num")) if m else None
        title_span = (title_lines[0].start, title_lines[-1].end) if title_lines else None
        if title and number and title[:1] > "\u4e00" and (lead := _LEADING_NUMBER.match(title)) is not None \
                and canonical_docnum(lead.group("num")) == number and _TITLE_END.search(rest := lead.group("rest")) \
                and (rest.startswith(_TITLE_OPENERS) or title_issuer(rest)) and title_span is not None:
            # 某县政办发〔2013〕42号某县人民政府办公室关于…的通知 over the number's own line: the title line
            # printed with the number glued before it
            title, title_span = rest, (title_span[0] + lead.start("rest"), title_span[1])
        elif title and title[:1] == "《" and title_span is not None \
                and (issuing := _issuing_line_over_copy(lines, title, title_span)) is not None:
            title, title_span = issuing  # 《X》的通知 / 某政办发〔2017〕1号 / 区政府办公室印发 / 《X》的通知
        issuer: tuple[str, ...] = ()
        if issuer_line is not None:
            # a joint document's bodies, a line each over its title (财政部 / 国家发展和改革委员会 / …)
            issuer = _issuer_names(li.text.strip() for li in
                                   lines[_issuer_lines_above(lines, issuer_line + 1, mirrored=True):issuer_line + 1])
        at = lines[num_line].start
        number_span = (at + m.start("num"), at + m.start("num") + len(m.group("num").rstrip())) if m else None
        if m is None and (order := _order_header(lines, title_first, num_line)) is not None:
            number, title, title_span, issuer = order
            head = lines[title_first].text  # the order line (X人民政府令) over the serial line (第N号)
            number_span = (lines[title_first].start + len(head) - len(head.lstrip()),
                           at + len(lines[num_line].text.rstrip()))
        layout.documents.append(
            DocumentSpan(
                start=start,
                end=end,
                number=number,
                title=title,
                number_span=number_span,
                title_span=title_span,
                index=k,
                date=_header_date(m),
                issuer=issuer,
            )
        )
    if carried:
        layout.documents = [*carried, *(replace(d, index=len(carried) + d.index, carried=True) for d in layout.documents)]
    if not layout.documents:
        layout.documents.extend(_numberless_documents(lines, text))
    elif layout.gazette is None and len(layout.documents) == 1 and (lead := _lead_about(lines, layout.documents[0])) is not None:
        # 8月29日，某市人民政府发布关于印发《X》的通知。 / 《方案》提出，到2025年，… over the notice's title and number:
        # a news page's lead reporting the text it prints states its figures, as it does where the text has no number
        layout.documents[0] = replace(layout.documents[0], lead=lead)

    layout.appointments = _appointments(text, lines, marked)
    layout.listed_numbers = _index_numbers(lines, marked | year_lines)
    found = {d.number for d in layout.documents if d.number}
    for n in layout.listed_numbers:
        if n not in found:
            layout.warnings.append(f"{n} is listed in the index of issued documents but was not found in the text")
    return layout


def _lead_about(lines: list[_Line], doc: DocumentSpan) -> int | None:
    """Where a news page's lead starts that stands above the header of the one document it prints and names it:
    a line above the header quotes the document's title, or the plan its title issues (``《X》`` in …印发X的通知).
    The lead's figures report the document's own; None when the lines above name it nowhere."""
    if not doc.title or doc.start == 0:
        return None
    title = squash(doc.title)
    first = None
    for li in lines:
        if li.start >= doc.start:
            return None
        if first is None and li.text.strip():
            first = li.start
        if "《" in li.text and any(squash(m.group(1)) == title or len(m.group(1)) >= _LEAD_NAME_MIN
                                   and squash(m.group(1)) in title for m in _QUOTED_TITLE.finditer(li.text)):
            return first
    return None


#: The shortest name of a plan a lead may quote for the notice that issues it.
_LEAD_NAME_MIN = 6


def _signed_above(lines: list[_Line], k: int) -> int | None:
    """The line of a signature's date right above line ``k`` (blank lines aside), or None: a date alone,
    a body's name alone on the line over it, and a sentence of a text above them (what follows a
    document's signature is no header of it, but the text it carries or the page's next)."""
    j = k - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    if j < 1 or not _DATE_ONLY.match(lines[j].text.strip()):
        return None
    i = j - 1
    while i >= 0 and not lines[i].text.strip():
        i -= 1
    if i < 1 or not _ORG_LINE.match(signer := lines[i].text.strip()) or is_metadata_line(signer):
        return None
    return j if any("。" in li.text for li in lines[:i]) else None


def signs_off(signer: str, date: str) -> bool:
    """Whether the line ``date`` is a signature's date under ``signer``, the line above it (both stripped): a date
    alone under a body's name alone (某县人民政府办公室 / 2019年2月22日). What follows a signature is no part of
    the text it signs: an annex, or another text."""
    return _DATE_ONLY.match(date) is not None and _ORG_LINE.match(signer) is not None and not is_metadata_line(signer)


def _text_follows(lines: list[_Line], k: int) -> bool:
    """Whether a text follows from line ``k`` on: a sentence, a title or an addressee line below a signature
    (a forwarded notice's head and body), not only the document's own number, a 此件公开发布 note or its
    抄送 and 印发 lines."""
    for li in lines[k:k + _FOLLOWING_REACH]:
        t = li.text.strip()
        if "。" in t or t.endswith(("：", ":")) or (_TITLE_END.search(t) and not t.startswith(("抄送", "印发", "（此件", "(此件"))):
            return True
    return False


_FOLLOWING_REACH = 12  # lines read below a signature for the text that follows it


def _without_repeated_heads(lines: list[_Line], headers: list[tuple[int, int, int | None, int, int]]
                            ) -> list[tuple[int, int, int | None, int, int]]:
    """``headers`` without a header that repeats the one before it: a page that prints a document's
    head as a metadata block (title, 文号, date, 发布机关) and then the document itself, its title
    (perhaps over several lines) and 文号 again, holds one document. The second head goes when it
    bears the same number and nothing but short lines without a sentence's punctuation stands
    between the two."""
    out = [headers[0]]
    for head in headers[1:]:
        prev = out[-1]
        if _same_number(lines, prev[1], head[1]) and all(
                len(li.text.strip()) <= 60 and not _BODY_PUNCT.search(li.text) for li in lines[prev[1] + 1:head[0]]):
            continue
        out.append(head)
    return out


_BODY_PUNCT = re.compile(r"[。；！？]")


def _same_number(lines: list[_Line], a: int, b: int) -> bool:
    """Whether the number lines ``a`` and ``b`` bear one number."""
    ma, mb = _DOCNUM_LINE.match(lines[a].text), _DOCNUM_LINE.match(lines[b].text)
    return ma is not None and mb is not None and canonical_docnum(ma.group("num")) is not None \
        and canonical_docnum(ma.group("num")) == canonical_docnum(mb.group("num"))


def _lines_holding(text: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """The indices of the lines of ``text`` (starting at ``starts``) that hold any of ``words``
    (none holding a line break)."""
    out: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.add(bisect_right(starts, at) - 1)
            nl = text.find("\n", at)
            if nl < 0:
                break
            at = text.find(word, nl + 1)
    return out


def _header_date(m: re.Match | None) -> str | None:
    if m is None or not (m.group("date") or m.group("pdate")):
        return None
    h = "h" if m.group("date") else "p"  # the date after the number, or before it (2000年12月28日 税委会〔2000〕17号)
    y, mo, d = int(m.group(h + "y")), int(m.group(h + "m")), int(m.group(h + "d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def title_issuer(title: str, code: str | None = None) -> tuple[str, ...]:
    """The issuer a title names before 关于/印发/转发 (``池州市人民政府关于…的实施意见``), or ``()``.

    A title without 关于 that opens with a government's name (``镇巴县人民政府工作规则``)
    names its issuer when the document's number agrees: its code is a government's
    (``镇政发``) and starts with a character of the place's name.

    Args:
        title: a document's title.
        code: the issuer code of the document's number, if it has one.

    Returns:
        The body's name when what precedes 关于 reads as one (ends in a body word).
    """
    m = _TITLE_ISSUER.match(title)
    if m and _ORG_LINE.match(m.group("org")):
        return tuple(_split_joint(m.group("org")))  # 中共某县委某县人民政府关于…: joint issuers
    joint = m.group("org").split("、") if m and "、" in m.group("org") else ()
    if joint and all(_ORG_LINE.match(o) for o in joint):
        return tuple(joint)  # 中共某市委办公厅、某市人民政府办公厅印发…: joint issuers apart by 、
    if m and m.group("org")[-1:] == "）" and (second := _SECOND_NAME.search(m.group("org"))) is not None \
            and _ORG_LINE.match(first := m.group("org")[: second.start()]) and _ORG_LINE.match(second.group(1)):
        return (first,)  # 中共某县委农村工作领导小组（县委实施乡村振兴战略领导小组）关于…: one body, its second name
    if code and (g := _TITLE_GOVERNMENT.match(title)) and code[0] in g.group("place") \
            and ("办" in code) == bool(g.group("office")) and re.search(r"[政府]", code):
        return (g.group(0),)
    if code and "关于" in title[:12] and (g := _TITLE_PLACE.match(title)) and code[0] in g.group("place") \
            and "办" not in code and re.search(r"[政府]", code):
        # 某县关于禁止露天焚烧秸秆的通告 numbered 某政通〔2017〕6号: a place's name before 关于, its government's
        # code on the number, so its government issues it
        return (g.group("place") + "人民政府",)
    return ()


#: A title naming a body and one of its sections before 关于 (某市财政局政府采购监督管理科关于…).
_SECTION_TITLE = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,30}?(?:局|厅|委|办|院|中心))(?P<sec>[\u4e00-\u9fff]{2,16}?[科处股])关于")


def section_title_issuer(title: str, text: str) -> tuple[str, ...]:
    """The section of a body a title names before 关于 (``某市财政局政府采购监督管理科关于…``), where the
    section signs the text on a line of its own (``政府采购监督管理科``), or ``()``: a section is no body
    :func:`title_issuer` reads, but a notice it signs is its own.

    Args:
        title: a document's title.
        text: the document's text.
    """
    m = _SECTION_TITLE.match(title)
    if m is None or not _ORG_LINE.match(m.group("org")):
        return ()
    name = m.group("org") + m.group("sec")
    at = text.find(m.group("sec"))
    while at >= 0:
        a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if text[a:b if b >= 0 else len(text)].strip() in (m.group("sec"), name):
            return (name,)
        at = text.find(m.group("sec"), at + 1)
    return ()


def year_title_issuer(title: str) -> tuple[str, ...]:
    """The body a plan's title names before its year (``交通运输部2019年政务公开工作要点``), or a government a
    public notice's heading opens with (``某县人民政府森林禁火令``), or ``()``.

    A yearly plan or report without 关于 opens with its maker's name, then the year it is for;
    only a whole body's name (ending in a body word) counts, not a place (``浙江省2024年…``).

    Args:
        title: a document's title.
    """
    m = _YEAR_TITLE_ISSUER.match(title)
    if m is None and title.endswith(("令", "通告", "公告")):
        # a public notice's heading without 关于 opens with its government's name: 某县人民政府森林禁火令
        m = _NOTICE_TITLE_ISSUER.match(title)
        return (m.group("org"),) if m and names_its_place(m.group("org")) else ()
    return (m.group("org"),) if m and _ORG_LINE.match(m.group("org")) else ()


_NOTICE_TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,20}?人民政府)(?!办公)")


_YEAR_TITLE_ISSUER = re.compile(r"^(?P<org>[\u4e00-\u9fff（）]{2,30}?)(?:19|20)\d{2}年")
# A government's name opening a title: 盐池县人民政府, 某市人民政府办公室.
_TITLE_GOVERNMENT = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗|自治区))(?:人民)?政府(?P<office>办公厅|办公室)?"
)
#: A place's name alone before 关于 in a title (某县关于…的通告).
_TITLE_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗))关于")
_SPACES_RUN = re.compile(r"[ \t\u3000\xa0]+")


def spaced_issuers(raw_title: str) -> tuple[str, ...]:
    """Joint issuers a title line lists apart by spaces before 关于 (``财政部 科技部 教育部 发展改革委关于…``).

    Args:
        raw_title: the title as the file prints it (spaces kept).

    Returns:
        Each body's name when there are several and every one ends in a body word, else ``()``.
    """
    m = re.search(r"关于|印发|转发", raw_title)
    return spaced_bodies(raw_title[: m.start()]) if m is not None else ()


def spaced_bodies(raw: str) -> tuple[str, ...]:
    """Bodies a text lists apart by spaces (``国家卫生健康委 公安部 民政部``), as the file prints it: each
    name, when there are several and every one ends in a body word (not ``某县 人民政府``, one name
    spaced out), else ``()``.

    Args:
        raw: the words as the file prints them (spaces kept), in the reading script.
    """
    parts = [p for p in _SPACES_RUN.split(raw.strip()) if p]
    if len(parts) >= 2 and all(_ORG_LINE.match(p) for p in parts):
        return _with_branches(parts)
    return ()


def _with_branches(parts: list[str]) -> tuple[str, ...]:
    """Bodies printed apart by spaces, a central administration's name rejoined to its local branch's printed
    after it (``国家税务总局 某省税务局``: the administration's bureau in the province, one body)."""
    out: list[str] = []
    for p in parts:
        if out and out[-1].startswith(_CENTRAL_OPENERS) and p[:1] != out[-1][:1] \
                and (branch := canonical_agency(out[-1] + p))[1] is AgencyType.BRANCH and branch[0].startswith(out[-1]):
            out[-1] += p
        else:
            out.append(p)
    return tuple(out) if len(out) >= 2 else ()


def announced_issuers(text: str, title: str) -> tuple[str, ...]:
    """The bodies a news lead names as issuing the document the page prints (``近日，中共某州委办公室、
    某州人民政府办公室印发了《某州…实施方案》``, the page's title): each a body's name, apart by 、.

    Args:
        text: the document's normalised text.
        title: its title.

    Returns:
        The bodies' names, or ``()`` when no sentence near the top reports the title issued by bodies only.
    """
    quoted = f"《{title}》"
    at = text.find(quoted, 0, _ANNOUNCE_REACH)
    found: tuple[str, ...] = ()
    while at >= 0:
        before = text[text.rfind("\n", 0, at) + 1 : at]
        if (verb := ANNOUNCING.search(before)) is not None:
            clause = before[: verb.start()]
            clause = _ANNOUNCE_TIME.sub("", clause[max(map(clause.rfind, "，。；：！？")) + 1 :])
            names = clause.split("、")
            if len(names) > 1 and (first := _PLACE_PREFIX.match(names[0])) is not None:
                # 河北省委、省政府: the names after the first one name their place by its level alone
                place = first.group("place")
                names = [place[:-1] + n if n[:1] == place[-1] and not names_its_place(n) else n for n in names]
            if all(_ORG_LINE.match(n) for n in names) and len(named := _issuer_names(names)) > len(found):
                # the headline prints joint issuers apart by a space the text's spaces lost (中共中央办公厅
                # 国务院办公厅印发《X》, one glued name); the lead under it lists them apart by 、: the most names
                found = named
        at = text.find(quoted, at + 1, _ANNOUNCE_REACH)
    return found


def drafted_issuers(text: str) -> tuple[str, ...]:
    """The bodies a headless notice names as the makers of the text it issues (``自然资源部、财政部、生态环境部
    研究制定了《…指南（试行）》。现予印发``): a joint notice printed without its head and signature names its
    issuers so. Each name must be a body's, apart by 、.
    """
    at = text.find("现予印发", 0, _ANNOUNCE_REACH)
    if at < 0 or (m := _DRAFTED.search(text, text.rfind("\n", 0, at) + 1, at)) is None:
        return ()
    clause = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    names = clause[max(map(clause.rfind, "，。；：！？")) + 1 :].split("、")
    if all(_ORG_LINE.match(n) for n in names):
        return _issuer_names(names)
    return ()


#: The making of the text a headless notice issues, right before its 现予印发: (研究)制定了《X》。
_DRAFTED = re.compile(r"(?:研究|共同|联合)?(?:制定|起草|编制|修订)了?《[^《》\n]{4,100}》[。，]?$")


#: A news lead reporting a document issued: when (to the month or the day, or 近日; a day without its year, 3月2日, but not
#: a bare month, 今年1月), who, the verb, and the document's name (2023年12月，A、B发布《T》; 2022年1月25日，河北省委、
#: 省政府出台《T》).
_NEWS_LEAD = re.compile(
    r"(?P<when>(?:(?P<y>(?:19|20)\d{2})年|(?<![\d年])(?=\d{1,2}月\d{1,2}日))(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?"
    r"|近日|日前|近期)[，,]\s*"
    r"[^，。；：《》\n]{2,60}?(?:印发|发布|出台|公布|下发)了?《(?P<title>[^《》\n]{4,100})》"
)
#: How many lines from the top a news lead may stand at.
_NEWS_LEAD_LINES = 15


def _news_lead(lines: list[_Line]) -> tuple[str, tuple[int, int], str | None] | None:
    """The document a news lead near the top reports issued, where the page prints no title of its own:
    its name, the name's span, and the day the lead dates the act (None for a month or 近日)."""
    for li in lines[:_NEWS_LEAD_LINES]:
        t = li.text
        if "《" not in t:
            continue  # a cheap test first
        m = _NEWS_LEAD.search(t)
        if m is None or not _TITLE_END.search(m.group("title")) or "解读" in t:
            continue  # (…印发了《X》，现解读如下: a page interpreting X, not X)
        if t[m.end() : m.end() + 1] in "（(" and DOCNUM.match(t, m.end() + 1) is not None:
            # 近日，某部办公厅印发《关于做好X工作的通知》（某办发〔2021〕28号），组织编制…: a title with its 文号 after it
            # is cited the way a text names another (the page reports what was done under it); a lead naming the
            # page's own text names it by its title alone, its number printed in its own head
            continue
        day = None  # (3月2日，某市政府网站发布《T》: a day the lead gives without its year dates nothing)
        if m.group("d") and m.group("y"):
            try:
                day = _date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                day = None
        return m.group("title"), (li.start + m.start("title"), li.start + m.end("title")), day
    return None


#: The keys a page's byline gives (文章来源：某局 发表时间：…, 作者：…): a catalogue's row (标题, 文号) is none.
_BYLINE_KEYS = frozenset({"来源", "作者", "发布日期"})
_CATALOGUE_KEYS = frozenset({"标题", "发文字号", "索引号", "发布机构"})
#: A note of a headline's source after it (…解读（来源：某报）): the page reposts what another printed.
SOURCE_NOTE = re.compile(r"（(?:信息|文章)?来源：[^（）\n]{2,30}）")
_HEADLINE_MIN = 4


def _byline_headline(lines: list[_Line]) -> tuple[str, tuple[int, int]] | None:
    """The headline a page prints right over its byline (``县卫健委2021年政府工作报告任务分解`` over ``文章来源：某委
    浏览量： 发表时间：…``, a question over ``作者： 来自： 时间：…``): the page's name for what it prints, where no
    line gave a title. Its span, else None; none where the line over the byline is the page's furniture (a path,
    a menu's item, a metadata line) or a sentence."""
    above: _Line | None = None
    for li in lines[:_TITLE_REACH]:
        t = li.text.strip()
        if not t:
            continue
        if "：" in t and (keys := metadata_from_lines([t]).keys()) and keys & _BYLINE_KEYS and not keys & _CATALOGUE_KEYS:
            if above is None:
                return None
            u = above.text.strip()
            if u[-1:] == "）" and (note := SOURCE_NOTE.search(u)) is not None and note.end() == len(u):
                u = u[: note.start()]  # …解读（来源：某报）: the paper it was taken from, no part of its name
            if len(u) < _HEADLINE_MIN or len(u) > _ONE_LINE_PAGE or re.search(r"[。；|｜]", u) or _page_chrome(u) \
                    or is_metadata_line(u) or _NUMBERED_HEADING_LINE.match(u) or u[:1] in BULLETS \
                    or _DATE_ONLY.match(u) or find_docnums(u):
                return None  # (nor the head's number or date line: 某政〔2024〕3号 / 发布日期：…)
            at = above.start + above.text.find(u)
            return u, (at, at + len(u))
        above = li
    return None


def _issued_plan_heading(lines: list[_Line]) -> tuple[str, tuple[int, int]] | None:
    """The title of the plan a notice without a title of its own issues, where the plan follows it headed so:
    a line near the top issues ``《X》`` (现将《X》印发给你们; 《X》…现印发给你们), one text only, and past the lines
    of its signature and date (short, no clause) a line opens with X. The title and its span, else None."""
    for k, li in enumerate(lines[:_NEWS_LEAD_LINES]):
        t = li.text
        if "《" not in t:
            continue  # a cheap test first
        # …研究制定了《X》。 / 现印发你们: the issuing sentence on the next line, with no object of its own
        next_issues = "印发" not in t and k + 1 < len(lines) and lines[k + 1].text.lstrip().startswith(_ISSUING_OPENERS)
        if "印发" not in t and not next_issues:
            continue
        if (now := _NOW_ISSUING.search(t)) is not None and "《" in (obj := now.group("t")) \
                and not (obj[:1] == "《" and obj[-1:] == "》") and _TITLE_END.search(obj):
            # 现将某市贯彻落实《X》实施方案印发给你们: the plan's own name, a text it carries out quoted in it
            title = obj
        else:
            quoted = [m for m in _QUOTED_TITLE.finditer(t)
                      if (next_issues or "印发" in t[m.end() :]) and _TITLE_END.search(m.group(1))]
            if len(quoted) != 1:
                return None  # (a notice issuing several texts is titled by none of them)
            title = quoted[0].group(1)
        for below in lines[k + 1 + next_issues : k + 1 + next_issues + _SIGNATURE_LINES]:
            u = below.text.strip()
            if u.startswith(title):
                at = below.start + below.text.find(title)
                return title, (at, at + len(title))
            if len(u) > _SIGNATURE_LINE_MAX or _CLAUSE_PUNCT.search(u):
                break  # the notice's text goes on: no plan heads the lines below
        return None
    return None


#: A title in 《》 on one line.
_QUOTED_TITLE = re.compile(r"《([^《》\n]{4,100})》")
#: What a notice's issuing sentence opens with when it stands after the sentence naming the text (现印发你们).
_ISSUING_OPENERS = ("现印发", "现予印发", "现予以印发", "现将其印发")
#: A notice's issuing clause, its object between 现将 and 印发 (现将某市贯彻落实《X》实施方案印发给你们).
_NOW_ISSUING = re.compile(r"现将(?P<t>[^，。；：\n]{4,100}?)印发")
#: How many lines of signature and date may stand between a notice's text and the plan it issues.
_SIGNATURE_LINES = 8
#: The longest line of a signature (a few bodies side by side) or a date.
_SIGNATURE_LINE_MAX = 60
_CLAUSE_PUNCT = re.compile(r"[。，；：！？]")


#: How far down a page a news lead may announce the document.
_ANNOUNCE_REACH = 2000
#: When a lead says the act took place, before the bodies' names: 近日, 日前, 5月10日.
_ANNOUNCE_TIME = re.compile(r"^(?:近日|日前|近期|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)")

_LABEL_CUT = 40


def _page_chrome(t: str) -> bool:
    """Whether a line is a page's furniture (breadcrumbs, 无障碍浏览 长者模式, a site's string of keywords
    apart by ``_`` or ``丨`` over everything), not a sentence of it."""
    return (chrome_line(t) or _SWITCH_LINE.match(t) is not None
            or (("_" in t or "丨" in t) and _KEYWORD_STRING.match(t) is not None)) and not re.search(r"[。；，]", t)


#: A site's string of keywords heading every page (``某某精品_某某在线_…``, ``…丨…丨…``): three and more apart by
#: ``_`` or ``丨``.
_KEYWORD_STRING = re.compile(r"[^_丨]{1,40}(?:[_丨][^_丨]{1,40}){2,}$")


def first_heading(text: str) -> str | None:
    """What a document without title or number is shown by: its first heading, else its first line.

    A markdown heading or a short line without sentence punctuation among the first lines
    is a heading; otherwise the first line that is not an address (``各市（州）…：``) is
    cut at its first full stop and to forty characters.

    Args:
        text: the document's normalised text.

    Returns:
        The label, or None for a text without any line.
    """
    lines = [t for t in (li.strip() for li in text.split("\n", 12)[:12]) if t]
    for t in lines[:6]:
        if t.startswith("#"):
            return t.lstrip("# ").strip()[:_LABEL_CUT * 2] or None
        if len(t) <= _LABEL_CUT and not re.search(r"[。；，：！？、]", t) and _TITLE_END.search(t) and not _layout_heading(t):
            return t
    body = next((t for t in lines if not t.endswith("：") and not _page_chrome(t)), lines[0] if lines else "")
    first = re.split(r"(?<=[。！？；])", body)[0]
    body = first if len(first) >= 4 else body  # not a lone mark a scrape put first (？谑行…)
    return (body if len(body) <= _LABEL_CUT else body[:_LABEL_CUT] + "…") or None


def _masthead(lines: list[_Line], text: str, starts: list[int]) -> Gazette | None:
    """The gazette's masthead read from the first lines of ``text`` (its ``lines``, starting at
    ``starts``), with its publication date and publisher from anywhere in it; None if it has none."""
    head = [li for li in lines[:15] if li.text.strip()]
    if not head:
        return None
    m = None
    for i, li in enumerate(head[:_MASTHEAD_REACH]):
        m = _MASTHEAD.match(t := li.text.strip())
        if m and (i < 4 or GAZETTE_NAME.match(t)):
            break  # (past the fourth line, under the issue's number, series and date, a government's gazette only)
        m = None
    if not m:
        return None
    title = m.group("title")
    if title.endswith(_COMMUNIQUE_KINDS) or any(c.isdigit() for c in title):
        return None  # 2022年某市国民经济和社会发展统计公报: a communiqué, one document; a periodical's name holds no year
    year = issue = cumulative = None
    for li in head:
        t = li.text
        if issue is None and (mi := _ISSUE.search(t)):
            issue = int(mi.group("issue"))
        if cumulative is None and (mc := _CUMULATIVE.search(t)):
            cumulative = int(mc.group("cum"))
        if year is None and (my := re.search(r"(?:^|\D)((?:19|20)\d{2})(?:年|\s*第|$)", t)):
            year = int(my.group(1))
    published = publisher = None
    for li in head:
        # 二零二一年九月二十日，星期一: the issue's date on a line of its own in the masthead, or with its weekday
        # after it at a line's end (the line above run on into it)
        t = li.text.strip()
        if "年" in t and (md := next((m for d in _MASTHEAD_DATES if (m := d.match(t) or "星期" in t and d.search(t))),
                                     None)):
            published = iso_date(md)
            year = year or (int(published[:4]) if published else None)
            break
    # Only lines holding 版 (出版) or 主 (主办) can give either.
    for i in sorted(_lines_holding(text, starts, ("版", "主"))):
        t = lines[i].text.strip()
        if published is None and "出版" in t and (mp := _PUBLISHED.search(t)):  # a cheap test first
            y, mo, d = (mp.group("y"), mp.group("m"), mp.group("d")) if mp.group("y") else (mp.group("y2"), mp.group("m2"), mp.group("d2"))
            published = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
            year = year or int(y)
        if publisher is None and t[:1] == "主" and (mpub := _PUBLISHER.match(t)):
            publisher = mpub.group("pub")
    return Gazette(title=title, year=year, issue=issue, cumulative_issue=cumulative, published=published,
                   publisher=publisher, source=Source(head[0].start, head[min(len(head), 4) - 1].end))


def _order_header(lines: list[_Line], order_line: int, serial_line: int
                  ) -> tuple[str, str | None, tuple[int, int] | None, tuple[str, ...]] | None:
    """A gazette's regulation headed by its order (``X人民政府令`` / ``第N号``): its number, the title
    its promulgation sentence quotes (``《X办法》已经…通过``), that title's span, and the body the order names."""
    head = lines[order_line].text.strip()
    number = canonical_docnum(head + lines[serial_line].text.strip())
    if number is None:
        return None
    title = span = None
    for li in lines[serial_line + 1: serial_line + 4]:
        if (mt := TITLE.search(li.text)) is not None:
            title, span = mt.group("title"), (li.start + mt.start("title"), li.start + mt.end("title"))
            break
    body = head[:-1]
    return number, title, span, ((body,) if _ORG_LINE.match(body) else ())


def _document_headers(lines: list[_Line], text: str, starts: list[int], year_lines: set[int], *,
                      orders: bool = False) -> list[tuple[int, int, int | None, int, int]]:
    """``(first line, 文号 line, issuer line, title's first line, line after the title)`` of each document:
    a 文号 alone on its line, under a title; the issuer line is a body's name alone right above a
    title that does not name its issuer (a regulation's ``辽宁省沈阳市人民政府`` over
    ``沈阳市…的规定``), or None. In a gazette (``orders``) a regulation's order heading
    (``X人民政府令`` over ``第N号``) heads a document too, and so does a number line over its
    title, as a red-headed document prints it (``X人民政府文件`` / 文号 / title).

    ``lines`` are the lines of ``text``, starting at ``starts``. Only the lines that can head a
    document are read: ``year_lines``, those holding a year its closing bracket follows (as every
    文号 does), and in a gazette those opening with 第.
    """
    headers: list[tuple[int, int, int | None, int, int]] = []
    candidates = set(year_lines)
    if orders:
        if text[:1] == "第":
            candidates.add(0)
        at = text.find("\n第")
        while at >= 0:
            candidates.add(bisect_right(starts, at + 1) - 1)
            at = text.find("\n第", at + 1)
    for i in sorted(candidates):
        li = lines[i]
        if orders and li.text[:1] == "第" and _ORDER_SERIAL_LINE.match(li.text) and i > 0 \
                and (above := lines[i - 1].text.strip()).endswith("令") and 3 <= len(above) <= 20 \
                and canonical_docnum(above + li.text.strip()):
            headers.append((i - 1, i, None, i - 1, i))
            continue
        if "〕" not in li.text and "]" not in li.text and "］" not in li.text and "）" not in li.text \
                and "】" not in li.text and "‟" not in li.text and "﹞" not in li.text and "〗" not in li.text:
            continue  # a cheap test first: most lines hold no bracket that closes a year
        mn = _DOCNUM_LINE.match(li.text)
        if not mn or not parse_docnum(mn.group("num")):
            continue
        # The title is the run of non-empty lines right above, ending in a document type word.
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        title_to = i
        issuer_below = None
        if j > 0 and not _TITLE_END.search(above := lines[j].text.strip()) and _ORG_LINE.match(above) \
                and not is_metadata_line(above):
            # a law mirror's regulation: title / issuing body / order number (河北省人民政府 between
            # 河北省…暂行办法 and 省政府令[2001]第3号); the body is the issuer the signature (省长 X) is not
            k = j - 1
            while k >= 0 and not lines[k].text.strip():
                k -= 1
            if k >= 0 and _TITLE_END.search(t := lines[k].text.strip()) and not title_issuer(t) \
                    and not re.search(r"[。；：，]", t):
                issuer_below, title_to, j = j, j, k
        if j >= 0 and _SECTION_HEADING.match(lines[j].text.strip()) and (below := _title_below(lines, i)) is not None:
            # 发布通知 / 沪府办发〔2022〕3号 / 上海市人民政府办公厅关于印发…的通知: a mirror's label for its column over the
            # number, which names no subject; the title printed under the number is the document's
            headers.append((j, i, None, i + 1, below))
            continue
        if j < 0 or not _TITLE_END.search(lines[j].text.strip()):
            if orders and (below := _title_below(lines, i)) is not None:
                first = i - 1 if i > 0 and lines[i - 1].text.strip().endswith("文件") else i
                headers.append((first, i, None, i + 1, below))
            continue
        first = j
        # A title wrapped over several lines: walk up over lines with no sentence punctuation
        # until the line where the title starts (the one naming 关于/印发/转发).
        k = j
        while k > j - 3 and not re.search(r"关于|印发|转发", lines[k].text) and k - 1 >= 0 \
                and _title_continuation(lines[k - 1].text):
            k -= 1
        if k > 0 and lines[k - 1].text.rstrip().endswith("关于") and _title_continuation(lines[k - 1].text):
            k -= 1  # broken after 关于: 某市人民政府办公室关于 / 印发《…》的通知
        if re.search(r"关于|印发|转发", lines[k].text):
            first = k
        if lines[first].text.lstrip().startswith(_TITLE_OPENERS):
            above = _issuer_lines_above(lines, first)  # the issuers' names printed on lines of their own
            if above < first and not _between_copies(lines, above, "".join(li.text.strip() for li in lines[first:title_to])):
                first = above  # (a law mirror's issuer line between two copies of the title is no part of it)
        issuer_line = first - 1 if first > 0 and not title_issuer(lines[first].text.strip()) \
            and _ORG_LINE.match(lines[first - 1].text.strip()) else None
        headers.append((first, i, issuer_line if issuer_below is None else issuer_below, first, title_to))
    return headers


def _title_below(lines: list[_Line], i: int) -> int | None:
    """The line after a title printed right under the number line ``i`` (wrapped over up to three
    lines, its first naming 关于/印发/转发), or None."""
    if i + 1 >= len(lines) or not re.search(r"关于|印发|转发", lines[i + 1].text):
        return None
    for k in range(i + 1, min(i + 4, len(lines))):
        t = lines[k].text.strip()
        if not t or re.search(r"[。；：，！？]", t) or len(t) > 80:
            return None
        if _TITLE_END.search(t):
            return k + 1
    return None


def _title_continuation(t: str) -> bool:
    t = t.strip()
    return bool(t) and len(t) < 60 and not re.search(r"[。；：，！？]", t) and not _DOCNUM_LINE.match(t) \
        and not _DATE_ONLY.match(t) and not _SECTION_MARK.match(t) and not _TOC_NUM_LINE.match(t) \
        and not _MASTHEAD.match(t) and not t.endswith("）")


def _section_boundaries(lines: list[_Line], marked: set[int]) -> list[int]:
    """Line indices where something that is not part of a document begins (personnel, index, imprint).

    ``marked``: the indices of lines, among them all those holding 【, 目录 or 公报, the only
    ones that can.
    """
    out = []
    for i in sorted(marked):
        t = lines[i].text.strip()
        if len(t) > 40 and not t.startswith("【"):
            continue  # index headings and mastheads are short lines; most lines are prose
        # Each pattern's cheap condition first: a mark opens with 【, an index heading holds 目录,
        # a masthead ends in 公报.
        if t[:1] == "【" and _SECTION_MARK.match(t) and not _DOCNUM_LINE.match(t):
            out.append(i)
        elif "目录" in t and _INDEX_LINE.search(t) and not re.search(r"[。；]", t) \
                and not t.startswith("附件") and "废止" not in t and "失效" not in t:
            # (附件：…决定废止的规范性文件目录 is the document's own list of what it repeals, no index)
            out.append(i)
        elif t.endswith("公报") and _MASTHEAD.match(t) and i > 10:
            out.append(i)  # the imprint repeats the masthead title
    return out


_NUMBER_LINE_REACH = 400
# A number opening the title line: ``财科教【2017】6号 财政部…关于…的通知``, ``京政办发〔2016〕26号《…的通知》``.
# A portal's title field may print the number in square brackets before the title:
# ``[天政办发〔2023〕24号]某市人民政府办公室关于…的通知``.
_LEADING_NUMBER = re.compile(
    rf"^(?P<open>[\[［【])?(?P<num>{DOCNUM.pattern}|{renamed(ORDER_NUMBER, 'o')}"
    rf"|{renamed(ORDER_NUMBER_LAST, 'l')})(?(open)\s*[\]］】])\s*(?P<rest>[^\d\s（(\]］】].+)$"
)
# What a CMS writes after a number it glues to the title by a colon: ``：issuer：title`` (the title
# opening with 关于/印发/转发, so the issuer before it is the one the title names).
_NUMBER_FIELDS = re.compile(r"^：(?P<issuer>[^：]{2,40})：(?P<title>(?:关于|印发|转发)[^：]+)$")
# The body an order number written with 令 last names (市政府第16号令, 省人民政府第297号令).
_ORDER_BODY = re.compile(r"(?:政府|院|部|委员会|委|局|厅|署)$")


def _order_number(text: str) -> str | None:
    """The canonical number of ``X令第N号`` or ``X第N号令`` (``市政府令第16号``), or None."""
    m = ORDER_NUMBER_LAST.fullmatch(text.strip())
    if m:
        if not _ORDER_BODY.search(m.group("code")):
            return None
        text = f"{m.group('code')}令第{m.group('serial')}号"
    return canonical_docnum(text)


# A portal's column tag before a title (``【市政府重点工作】滁州市人民政府关于…的通知``), or in quotes
# before the issuer's name (``“党政混合信息公开”中共某区委办公室…印发…的通知``).
_COLUMN_TAG = re.compile(
    r"^(?:【[^】]{1,30}】(?=.)|“[^“”]{1,12}”\s*(?=中共|[一-鿿]{1,8}?[省市区县州旗盟](?:人民政府|政府|委)))"
)
#: What a page's first line naming a table or a report ends with (…任务分解表, …完成情况, …执行情况), or a
#: report of results or of the work done and to come (…工作总结, …下半年工作打算, …工作总结及2024年工作思路, …统计公报,
#: 2024年政府预算公开).
_REPORT_HEAD = re.compile(rf"(?:[^附]表|{REPORT_STATUS}|{'|'.join(REPORT_HEAD_ENDS)}|{COMMUNIQUE}|[预决]算公开)$")
#: The last characters of :data:`_REPORT_HEAD` (the cheap test first).
_REPORT_HEAD_LAST = frozenset("表况结算路报开")
#: What a page prints after such a line's title: a footnote's mark (…统计公报[1]), or the year the page files
#: it under (…统计公报 2022; its space lost once normalised).
_REPORT_HEAD_TAIL = re.compile(r"(?:\[\d{1,2}\]|\s*(?<!\d)(?:19|20)\d{2})$")
#: How long such a line is.
_REPORT_MIN, _REPORT_MAX = 8, 60
#: A table's title at the start of a line that runs on into its header (序号, 单位：万元, 填报单位): after a
#: sharing site's page chunk mark (1、) and a page number perhaps, the title up to 表 and a bracket of
#: its years.
#: The same for a sheet of rules or scores whose title ends in its type word (…考核评分标准责任单位：…序号…).
_TYPE_WORD_ALTERNATION = "|".join(w for w in TITLE_END_WORDS if len(w) >= 2)
_GLUED_TABLE_TITLE = re.compile(
    r"(?:\d{1,2}、\s*)?(?:\d{1,3}(?![\d年.．、])\s*)?"
    rf"(?P<t>[^\s\d。；;，,：:、（）()|｜][^\s。；;，,：:、|｜]{{4,50}}?(?:表|{_TYPE_WORD_ALTERNATION})\s*(?:[（(]\s*"
    r"(?:19|20)\d\d\s*[-—–－~～至]\s*(?:19|20)\d\d\s*年度?\s*[)）])?)\s*(?=序号|编号|(?:上报|填报|编制|报送|责任)?单位|制表)"
)
#: The words of a table's header :data:`_GLUED_TABLE_TITLE` looks for (the cheap test first), and how far into
#: the line.
_GLUED_HEADER_WORDS = ("序号", "编号", "单位", "制表")
_GLUED_HEADER_REACH = 80
#: The shortest title a page's label gives after a column's tag in 【】.
_LABELLED_TITLE_MIN = 6
_WHOLE_TITLE = re.compile(r"^《((?:[^《》]|《[^《》]*》)+)》$")
#: A listing's mark of the document's status before its number or title (（已废止）某政办字〔2019〕24号 关于…的通知):
#: the list's note on the document, no part of its title.
_STATUS_MARK = re.compile(r"^[（【\[](?:已废止|已失效|已修改|已修订|失效|废止|现行有效|有效)[）】\]]\s*")


_NOT_IN_TITLE = re.compile(r"[。；：，！？|｜#]")
_TITLE_TAIL = re.compile(r"^(?:的[\u4e00-\u9fff]{1,6}|（[^）]{2,20}）)$")


#: A 关于 title line that ends in a document type but not in 的 and a type (``关于印发2021年区政府
#: 工作报告`` over ``目标任务分解方案的通知``): its type word names what is issued; the title goes on.
_OPEN_ABOUT = re.compile(r"关于(?!.*的[\u4e00-\u9fff]{1,6}(?:（[^）]*）)?$)")


def _wrapped_title(lines: list[_Line], k: int) -> tuple[str, tuple[int, int]] | None:
    """A title printed over two or three lines from line ``k``: its first line names 关于/印发/转发 and
    does not end the title; the lines under it carry no sentence punctuation, the last ending in a
    document type word. Also a title line followed by its tail alone (``…实施方案`` / ``的通知``)."""
    t = lines[k].text.strip()
    if len(t) >= 60 or _NOT_IN_TITLE.search(t) or not re.search(r"关于|印发|转发", t) or is_metadata_line(t):
        return None
    if t.endswith(("网站", "网", "门户")) and SITE_NAME_AFTER.search(t):
        return None  # a page's own title (…的通知-某省人民政府门户网站): a whole title, never the start of one
    if t.endswith(("...", "…")):
        return None  # a listing's entry cut short (…委托用地审 ...): the title stands whole below it
    if t[-1] == "》" and t[0] != "《" and (lead := _LEADING_NUMBER.match(t)) and _WHOLE_TITLE.match(lead.group("rest")):
        return None  # 某府办〔2018〕48号《…的通知》: a header naming the document whole, never the start of a title
    if k + 1 < len(lines) and len(nxt := lines[k + 1].text.strip()) > len(t) and nxt.startswith(t):
        return None  # a page's title cut short, then the title itself: the title starts on the next line
    if _TITLE_END.search(t) and not _OPEN_ABOUT.search(t):
        if k + 1 < len(lines) and _TITLE_TAIL.match(tail := lines[k + 1].text.strip()) \
                and _TITLE_END.search(t + tail) \
                and not parse_docnum(tail[1:-1]) and not bracketless_docnum(tail[1:-1]) \
                and not _DATE_ONLY.match(tail[1:-1]):  # （陕政办发〔2011〕12号）, （2024年3月12日）: its number, its date
            return t + tail, (lines[k].start + lines[k].text.find(t), lines[k + 1].end)
        return None
    parts = [t]
    for j in range(k + 1, min(k + 3, len(lines))):
        tj = lines[j].text.strip()
        if not tj or len(tj) >= 60 or _NOT_IN_TITLE.search(tj) or _DOCNUM_LINE.match(tj) or _DATE_ONLY.match(tj):
            return None
        parts.append(tj)
        if _TITLE_END.search(tj):
            return "".join(parts), (lines[k].start + lines[k].text.find(t), lines[j].end)
    return None


# A verb that makes a bracketed number a mention of another document: 根据…（国发〔2014〕1号）.
_CITING_VERBS = f"{CITING_WORDS}|执行|印发|转发|废止|修订|修改"
_CITING_VERB = re.compile(_CITING_VERBS)
#: The verbs a plan's title may name as what it carries out (某区贯彻落实某某反馈意见整改方案).
_CARRYING_OUT = ("贯彻", "落实")
#: :data:`_CITING_VERBS` in a title run into its body, but the verbs of :data:`_CARRYING_OUT` only opening it:
#: after a place's name they name what a plan carries out (某区贯彻落实某某反馈意见整改方案为…), not a sentence
#: citing a text.
_RUN_IN_CITING = re.compile(
    "|".join(v for v in _CITING_VERBS.split("|") if not any(w in v for w in _CARRYING_OUT))
    + f"|^(?:{'|'.join(_CARRYING_OUT)})"
)


#: How a title opens when its issuers are printed apart, above it.
_TITLE_OPENERS = ("关于", "印发", "转发")


def _issuer_lines_above(lines: list[_Line], k: int, *, mirrored: bool = False) -> int:
    """The first of the lines right above line ``k`` that each print one issuer's name (a joint
    title: ``中共某区委`` / ``某区人民政府`` / ``关于印发…的通知``), else ``k``. A law mirror's issuer
    line (``广东省某某市人民政府办公室``, see :data:`_MIRROR_ISSUER`) counts only when ``mirrored``: it
    names the issuer but is never part of a title."""
    first = k
    while first > 0 and k - first < 4 and (_ORG_LINE.match(t := lines[first - 1].text.strip()) or _ISSUERS_ETC_LINE.match(t)) \
            and not is_metadata_line(t) and (mirrored or not _MIRROR_ISSUER.match(t)):
        first -= 1
    return first


#: A joint title's first line naming its first issuer and how many join it (生态环境部等七部门 / 关于印发…的通知,
#: 重庆市生态环境局等部门 / 关于…的函).
_ISSUERS_ETC_LINE = re.compile(
    r"^[\u4e00-\u9fff（）]{2,30}(?:政府|厅|局|部|委|办|署|院)等(?:[一二三四五六七八九十]{1,3}|\d{1,2})?个?(?:部门|单位)$")


#: A law mirror's issuer line names the province before the city or county (湖北省武汉市人民政府,
#: 广东省某某市人民政府办公室, 湖南省某某县财政局), which the document's own title never prints.
_MIRROR_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,7}(?:省|自治区)[\u4e00-\u9fff]{2,6}?(?:市|州|盟|县|旗)")


def _copy_of(line: str, title: str) -> bool:
    """Whether a line prints a title again: whole, its first part (a copy wrapped over lines), or
    with a bracket after it (the number, in a form perhaps not read: ``…的通知（（78）某字412号）``)."""
    t = line.strip()
    if len(t) < 6:
        return False
    return title.startswith(t) or (t.startswith(title) and t[len(title):len(title) + 1] in ("（", "("))


def _between_copies(lines: list[_Line], first: int, title: str) -> bool:
    """Whether the line above line ``first`` prints ``title`` again: issuer lines from ``first`` on
    stand between two copies of the title, as a law mirror prints its record (title / issuer /
    title): the page's field naming the issuer, not a title printed with its issuer's name."""
    if first <= 0:
        return False
    # (the copy above may name only what the notice issues, a mirror heading its record with the rules'
    # own name: 某某暂行规定 / 某部 / 关于发布《某某暂行规定》的通知)
    above = lines[first - 1].text
    return _copy_of(above, title) or "《" in title and len(s := above.strip()) >= 4 and f"《{s}》" in title


def _issuer_names(lines: Iterable[str]) -> tuple[str, ...]:
    """The issuers lines of one or two names each print (``中共某区委某区人民政府``), given as their text."""
    return tuple(name for line in lines for name in _split_joint(line))


def _stacked_issuers(lines: list[_Line], title: str, span: tuple[int, int]
                     ) -> tuple[str, tuple[int, int], tuple[str, ...]]:
    """A title found on its 关于… line with its issuers printed above it: the title with them, as
    it is printed (see :func:`_issuer_lines_above`); or, where those lines are a law mirror's (its
    issuer line, or a line between two copies of the title), the title alone and the issuers apart.

    Returns:
        The title, its span, and the issuers found but not joined to it (``()`` when joined or none).
    """
    k = next((i for i, li in enumerate(lines) if li.start <= span[0] <= li.end), None)
    first = _issuer_lines_above(lines, k, mirrored=True) if k is not None else k
    if first is None or first == k:
        return title, span, ()
    names = [li.text.strip() for li in lines[first:k]]
    if _mirror_field(lines, first, k, title):
        return title, span, _issuer_names(names)
    start = lines[first].start + lines[first].text.find(names[0])
    return "".join(names) + title, (start, span[1]), ()


def _mirror_field(lines: list[_Line], first: int, k: int, title: str) -> bool:
    """Whether the issuer lines ``first`` to ``k`` over a copy of ``title`` are a law mirror's field
    naming the issuer rather than the title's first words: one of them names the province before
    the place (:data:`_MIRROR_ISSUER`), or they stand between two copies of the title."""
    return any(_MIRROR_ISSUER.match(li.text.strip()) for li in lines[first:k]) or _between_copies(lines, first, title)


def _headline(tn: re.Match) -> bool:
    """A portal's headline with its number in brackets and nothing else on the line
    (``2021年县政府重点工作任务(华政发〔2021〕2号)``): the title need not end in a type word
    when it quotes nothing and names no citing verb."""
    title = tn.group("title")
    return bool(tn.group("num")) and 4 <= len(title) <= 60 and not re.search(r"[《》〈〉，,：:]", title) \
        and not _CITING_VERB.search(title)


#: How long a title after a sharing page's 第N篇： is at least (a part heading, 总体要求 or 保障措施, is shorter).
_SHARED_PIECE_TITLE_MIN = 8


def _bare_title(t: str) -> str:
    """A title line without what a page puts around it: a column tag in 【】, the 《》 it is quoted in,
    a wiki's path of pages before its name, the site's name a page's own title ends with (``…的通知-某省人民政府门户网站``), the extension of a
    document-sharing site's file name (``…实施规范.doc``)."""
    if t[-4:].lower() in _FILE_EXTENSIONS or t[-5:].lower() in _FILE_EXTENSIONS:
        t = t[: t.rfind(".")]
    if (k := chapter_end(t)) and len(t) - k >= _SHARED_PIECE_TITLE_MIN and _TITLE_END.search(t, k):
        # 第1篇：某县…实施方案: a document-sharing page's count of its pieces before one's title (a plan's own
        # part heading, 第一篇：总体要求, is short and no title)
        t = t[k:]
    if t.endswith(("网站", "网", "门户")) and (site := SITE_NAME_AFTER.search(t)) and _TITLE_END.search(t, 0, site.start()):
        t = t[:site.start()]
    elif t.endswith(SITE_WORDS) and (at := site_name_after_title(t)) is not None:
        t = t[:at].rstrip()  # …的批复 中华文库: the site's name after the title, no dash or bar between
    if "/" in t and len(last := t[t.rfind("/") + 1:]) >= 6 and _TITLE_END.search(last) and "://" not in t:
        t = last  # a wiki's page name, the path of pages over it (…公报/一九五四年/第一号/国务院关于…的决定)
    if t[-1:] in "读上":
        # 【解读】关于…的报告解读 (a page reading a text out), …的报告——2023年4月在某市人大常委会第十七次会议上 (the
        # occasion it was given at): the title the page wraps
        t = page_title_core(t)
    tag = _COLUMN_TAG.match(t)
    if tag and _TITLE_END.search(t):
        t = t[tag.end():]
    if t[-1:] in "文】）" and (full := _FULL_TEXT_TAG.search(t)) \
            and _TITLE_END.search(t, 0, full.start() - (t[full.start() - 1: full.start()] == "》")):
        # …条例最新版【全文】, 《…条例》全文: a law site's note that it prints the whole text, perhaps after the year
        # it dates its copy by (2023年某市…条例, a regulation's name holding no year)
        t = t[:full.start()]
        if (year := _COPY_YEAR.match(t)) and _REGULATION_END.search(t):
            t = t[year.end():]
    whole = _WHOLE_TITLE.match(t)
    if whole and _TITLE_END.search(whole.group(1)):
        t = whole.group(1)
        if t[:1] == "【" and (tag := _COLUMN_TAG.match(t)) and _TITLE_END.search(t, tag.end()):
            t = t[tag.end():]  # 《【政策法规】…方案》: a column's tag inside the quotation marks
    if t[-1:] == "）" and (count := _PIECE_COUNT.search(t)) and _TITLE_END.search(t, 0, count.start()):
        t = t[:count.start()]  # …行动方案（共5篇）: a listing's count of the pieces it holds under that name
    if t[:1] == "（" and (place := _PLACE_TAG.match(t)) and _TITLE_END.search(t, place.end()):
        t = t[place.end():]  # （某某省）某县2022年政府工作报告: a site's tag of the province a text comes from
    if t[-1:] == "）" and (note := _REPOST_NOTE.search(t)) and _TITLE_END.search(t, 0, note.start()):
        t = t[:note.start()]  # …的通知（某镇参照执行）: a lower body's note that it applies the text it reposts
    if "：" in t and (byline := _BYLINE.search(t)) is not None and _TITLE_END.search(t, 0, byline.start()):
        t = t[:byline.start()]  # …体系规划时间：2014-04-22信息来源：未知 作者：…: the page's byline run on after the title
    if "：" in t and (cut := t.find("：")) == t.rfind("：") and cut > 0 and not _ORG_LINE.match(t[:cut]) \
            and _LABELLED_TITLE.match(after := t[cut + 1:]) and _TITLE_END.search(after):
        t = after  # 某区高新技术企业奖励政策：(某区)关于…的若干政策意见: a site's label, then the title
    elif (cut := _category_cut(t)) > 0 and _CATEGORY.fullmatch(t[:cut]) \
            and not _TITLE_END.search(t[:cut]) and not _ORG_LINE.match(t[:cut]) and len(after := t[cut + 1:]) >= 8 \
            and (_TITLE_END.search(after) or _READING_TITLE.match(after)):
        t = after  # 政策解读：某市…三年行动方案（2024—2026年）: the site's category, then the title
        if t[:1] == "【" and (tag := _COLUMN_TAG.match(t)) is not None and len(t) - tag.end() >= _LABELLED_TITLE_MIN:
            t = t[tag.end():]  # 正在阅读：【某某政策落实】某镇巡河工作具体要求: the column's tag after the label too
    return t


#: A text's short name, its type word alone in 《》, opening a line: a sentence about it (《条例》也作出了规定), never a
#: title (which names a text in full).
_SHORT_NAME_OPEN = re.compile(r"《(?:条例|办法|规定|细则|意见|通知|方案|规划|决定|纲要|计划|措施)》")
#: A law site's note after a title that it prints the whole text, perhaps the latest version: ``最新版【全文】``,
#: ``全文``, ``（全文）``.
_FULL_TEXT_TAG = re.compile(r"(?:最新(?:版|修订版|修正版)?)?(?:【全文】|（全文）|全文)$")
#: The year a law site dates its copy of a regulation by, before its name: ``2023年``.
_COPY_YEAR = re.compile(r"(?:19|20)\d{2}年(?=[\u4e00-\u9fff]{2,}?(?:省|市|区|县|州|盟|旗))")
#: The name of a regulation or a rule (which holds no year of its own).
_REGULATION_END = re.compile(r"(?:条例|办法|规定|规则|细则)》?$")
#: A page's byline after the title on its line: the day it was posted (时间：2014-04-22), where it came from, who
#: wrote it.
_BYLINE = re.compile(r"(?:发布|更新|录入)?(?:时间|日期)：\s*(?:19|20)\d{2}|(?:信息|文章)?来源：|作者：")
#: A listing's count of the pieces a page holds under one name, after it: ``（共5篇）``.
_PIECE_COUNT = re.compile(r"（共\d{1,3}篇）$")
#: A text's adoption history in brackets after its name: ``（2011年5月10日市政府第1次常务会议通过，…修订通过）``.
_ADOPTION_NOTE = re.compile(r"（(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）]{2,200}?(?:通过|修正|修订|批准)）$")
#: A year alone in brackets after a title: ``（2002年）``.
_YEAR_NOTE = re.compile(r"（(?:19|20)\d{2}年）$")
#: A site's tag of the province before a title: ``（陕西省）``.
_PLACE_TAG = re.compile(r"（[\u4e00-\u9fff]{2,7}(?:省|自治区|市)）")
#: A lower body's note after a title it reposts that it applies it too: ``（某镇参照执行）``.
_REPOST_NOTE = re.compile(r"（[\u4e00-\u9fff]{0,12}参照(?:执行|实施)）$")
#: The marks a site's category is set off from a title by (政策解读：…, 文字解读┃…).
_CATEGORY_MARKS = ("：", "┃")


def _category_cut(t: str) -> int:
    """Where the one mark of :data:`_CATEGORY_MARKS` that a line holds stands, or -1."""
    for mark in _CATEGORY_MARKS:
        if mark in t:
            cut = t.find(mark)
            return cut if cut == t.rfind(mark) else -1
    return -1


#: A link to the page before or after this one on a site (- 上一篇：关于…的实施意见): another text's title.
_NEIGHBOUR_LINK = re.compile(r"^[-•·*\s]*(?:上|下|前|后)一?(?:篇|条|页)\s*[：:]")
#: What parts the items of a page's path (首页 » 重要通告 » 正文).
_CRUMB_MARK = re.compile(r"\s*(?:»|>>|>|›|/)\s*")


def _crumb(lines: list[_Line], k: int, t: str) -> bool:
    """Whether the short line ``t`` (line ``k``) names an item of the page's path above or just under it (当前位置：首页 »
    重要通告 » 正文 over 重要通告), perhaps after a sidebar's word (推荐重要通告, 最新重要通告): the name of
    the page's column, not a document's title."""
    for li in chain(lines[max(0, k - _CRUMB_REACH) : k], lines[k + 1 : k + 1 + _CRUMB_BELOW]):
        u = li.text
        if ("»" in u or ">" in u or "›" in u) and t[-2:] in u:
            for p in _CRUMB_MARK.split(u):
                p = p.strip(" :：")
                if len(p) >= 2 and t.endswith(p) and len(t) - len(p) <= 2:
                    return True
    return False


_CRUMB_REACH = 12
#: How far under such a line the path may stand (工作报告 / 您所在的位置：政务公开 > 工作报告): the column's name as the
#: page's heading.
_CRUMB_BELOW = 3
#: A column's name is short: a longer line repeated in the path is the page's own title.
_CRUMB_MAX = 8


def _file_name(t: str) -> bool:
    """Whether ``t`` ends with a document file's extension (``…的通知.pdf``)."""
    return t[-4:].lower() in _FILE_EXTENSIONS or t[-5:].lower() in _FILE_EXTENSIONS


def _page_label(t: str) -> bool:
    """Whether a title-like line is a page's label or heading, never a document's title: a type word alone
    (目录 over a table of contents, 公告), or a short label and its colon (标签：地方立法, 时间：11-17编辑：…
    法则规定: a tag, a byline) that :func:`_bare_title` did not cut off before a title."""
    if len(t) <= 3 and t in _TYPE_WORDS:
        return True
    if _layout_heading(t):
        return True
    if _closing_formula(t):
        return True  # 特此通告: the closing formula of a notice whose heading the page lost
    if t[-2:] == "公报" and GAZETTE_NAME.match(t):
        return True  # 某省人民政府公报: the gazette a page says the text was printed in
    cut = t.find("：", 2, 5)
    return cut > 0 and _CATEGORY.fullmatch(t[:cut]) is not None and not _ORG_LINE.match(t[:cut])


def _layout_heading(t: str) -> bool:
    """Whether a line is a heading of a page's layout (详细说明, 相关通知): a type word after a word of the page's,
    naming no subject."""
    return len(t) <= 4 and t[:2] in _PAGE_QUALIFIERS and t[2:] in _TYPE_WORDS


#: The type words a title ends with (:data:`TITLE_END_WORDS`): alone on a line, a heading.
_TYPE_WORDS = frozenset(TITLE_END_WORDS)
#: The words a page puts before a type word in a heading of its own layout (详细说明, 相关通知, 更多公告).
_PAGE_QUALIFIERS = frozenset(("详细", "具体", "相关", "更多"))
#: A bare serial opening a line before a short name (17号 十三五安全生产规划): a list's entry, not a title.
_SERIAL_HEAD = re.compile(r"\d{1,4}\s*号(?!令)\s*[\u4e00-\u9fff“]")
#: A listing's entry over the document: dated by the day it was posted (2021-12-23导出word…), or a file's
#: link numbered in the list of the page's files (1 …的通知.pdf).
_LISTING_ENTRY = re.compile(
    rf"{DASHED_DATE}|\d{{1,3}}[\s.、]*[\u4e00-\u9fff].*\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD)$"
)
#: A site's category before a title and a colon (政策解读, 通知公告): a few Han characters, no body's name.
_CATEGORY = re.compile(r"[\u4e00-\u9fff]{2,6}")


#: How many lines under a page's heading in 《》 the article may print it again.
_REPEAT_REACH = 5


def _repeated_below(lines: list[_Line], k: int, name: str) -> bool:
    """Whether a name line ``k`` prints in 《》 alone opens one of the next few lines: a page's heading
    quoting the document's name (``《2025年区政府工作报告目标任务上半年推进情况汇总表》``), then the
    article under its own heading, whatever word ends that name (汇总表, 一览表)."""
    if len(name) < 6 or _NOT_IN_TITLE.search(name):
        return False
    return any(li.text.strip().startswith(name) for li in lines[k + 1:k + 1 + _REPEAT_REACH])


#: The extensions of the files a document-sharing site names its pages after (…实施规范.doc).
_FILE_EXTENSIONS = frozenset({".doc", ".docx", ".pdf", ".wps", ".txt"})
#: A title after a site's label and colon: it opens with 关于/印发/转发, perhaps after its issuer's name.
_LABELLED_TITLE = re.compile(r"[\u4e00-\u9fff（）]{0,30}?(?:关于|印发|转发)")
#: A heading that orders an action on a strategy, a system or a policy (大力实施乡村振兴战略, 健全…制度, 落实…政策): a
#: verb opens it, and its last word is the verb's object, a thing and no kind of text (a text of that kind names
#: itself by a noun, …若干政策, 关于…的制度).
_ACTION_HEADING = re.compile(
    rf"(?:大力|加快|全面|深入|着力|切实|进一步|持续|积极)?(?:{VERB_LED}|实施|落实|深化)[^的]{{2,30}}(?<!若干)(?:战略|制度|政策|标准|要求)$"
)
#: A page's section heading made of a verb and a type word only (印发通知, 关于通知): it names no subject.
_SECTION_HEADING = re.compile(r"^(?:关于|印发|转发|发布)+的?(?:" + "|".join(TITLE_END_WORDS) + r")$")
# (in brackets too: 沈阳市人民政府令 / （第48号）, 【第48号】; a 公告's serial is numbered by year: 2019年第7号;
# a serial may be written in Chinese numerals: 某市人民代表大会常务委员会公告 / 第三十七号).
# A page may run the serial on into the title of the regulation it publishes: 第88号《…办法》已经…通过.
_ORDER_SERIAL_LINE = re.compile(
    r"^\s*[（(【〔]?\s*(?P<serial>(?:(?:19|20)\d{2}\s*年\s*)?第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,8})\s*号)\s*[）)】〕]?\s*(?:$|(?=《))"
)
#: A year its closing bracket follows, as in every 文号 (one scan led by the literal 19, one by 20).
_YEAR_CLOSED = (re.compile(rf"19\d\d\s*{CLOSE_BRACKET}"), re.compile(rf"20\d\d\s*{CLOSE_BRACKET}"))


#: An order's code that names no place: the government printed over it makes the order.
_PLACELESS_ORDERS = ("政府令", "人民政府令")
#: The longest line naming an order or a 公告 over its serial (a congress's, its place and term in it).
_ORDER_LINE_MAX = 30
#: How many of a one-document file's first lines may hold its title.
_TITLE_REACH = 60


def _bare_number_line(line: str, text: str) -> str | None:
    """The number a header line holds when a scrape stripped both brackets and 号: ``亳政秘202331``.

    Read only when nothing else can be meant: the line is a code of a code's shape (政秘, 府办发 …, see
    :func:`~policykg.extract.docnum.glued_docnum`), a four-digit year and a serial, nothing else; and the
    page names that year in words (``2023年``, its date or its title's), so the figures are a year.
    """
    if not line[:1] or not "\u4e00" <= line[0] <= "\u9fff" or (n := glued_docnum(line, bare=True)) is None:
        return None
    at = n.index("〔")
    return n if n[at + 1 : at + 5] + "年" in text else None


#: The last character of a line cut short by an ellipsis (``...``, ``…``, ``……``).
_ELLIPSIS_LAST = frozenset(".…")
_ELLIPSIS = re.compile(r"\s*(?:\.{3,6}|…{1,2})$")
#: The least a cut title keeps: more than an issuer and 关于.
_CUT_TITLE_MIN = 12


def _cut_title(rest: str) -> str | None:
    """A title a page's headline cuts short with an ellipsis (``某市人民政府办公室关于印发《…方案》的...``): its
    words before the ellipsis, where they open as a notice's title does (a body's name before 关于/印发/转发, or
    关于 first) and hold no clause; else None."""
    if (e := _ELLIPSIS.search(rest)) is None:
        return None
    cut = rest[:e.start()].strip()
    if len(cut) < _CUT_TITLE_MIN or _NOT_IN_TITLE.search(cut) or _BODY_PUNCT.search(cut):
        return None
    return cut if cut.startswith(_TITLE_OPENERS) or title_issuer(cut) else None


def _front_matter_close(lines: list[_Line], text: str) -> int:
    """The line closing a Markdown page's front matter (--- / title: … / ---, see
    :func:`~policykg.extract.metadata.front_matter_end`), or -1 when the page has none."""
    if not lines or (end := front_matter_end(text, lines[0].start)) < 0:
        return -1
    return next(i for i in range(len(lines)) if lines[i].end >= end - 1)


def _single_document(lines: list[_Line], text: str) -> DocumentSpan:
    """The whole file as one document; its title from a markdown heading or the first title-like line."""
    number = None
    number_span = None
    title = None
    title_span = None
    annex_list = False
    contents = False  # the page opens with a table of contents (目录): none of the lines below is its title
    closed = False  # the text's closing formula (特此通知) is above: its title is not below
    signed = None  # the date a bracket under the title gives beside the number
    # A title found without its issuer and 关于 (a column's name, 奖励政策; a heading that glues the
    # number to a short title) holds only until a full title line names its issuer before 关于.
    weak = False
    filed = False  # the title is a sharing site's file name (…的通知.docx): the text's own head, its number with it, outranks it
    shared = None  # the file name a document-sharing site's line gives
    first_seen = False  # a line with words has been read
    head_lines = lines  # the lines of the document's own head and body: those above its signature
    front = _front_matter_close(lines, text)
    for k, li in enumerate(lines[:_TITLE_REACH]):
        t = li.text.strip()
        if not t:
            continue
        if k <= front:
            # a Markdown page's front matter: its labels, each a line (title: X, shortTitle: Y); only its title
            # label names the document
            if title is None and (named := metadata_from_lines([t]).get("标题")):
                title, title_span = named, (li.start + li.text.find(named), li.start + li.text.find(named) + len(named))
            continue
        if head_lines is lines and t[-1:] in _DATE_LAST and _signed_above(lines, k + 1) == k and _text_follows(lines, k + 1):
            # 某县人民政府办公室 / 2019年2月22日: the text's signature; a number line below heads the text it
            # forwards or issues, or the page's next (a title below may still be the one it prints: a notice
            # printed without its head, then the plan it issues)
            head_lines = lines[:k]
            continue
        # the lines of an annex list (附件：1.…清单 / 2.…) name other texts
        annex_list = _ATTACHMENT.match(t) is not None or annex_list and _ANNEX_ITEM.match(t) is not None
        # (a weak title gives way only to a line naming 关于/印发/转发: other lines are not read again)
        if title is None and t[:1] == "目" and t.replace(" ", "").replace("\u3000", "") == "目录":
            contents = True  # a table of contents heads the page: its entries name its parts or other texts
        head = t[:tail.start()] if t[-1] in "]0123456789" and (tail := _REPORT_HEAD_TAIL.search(t)) else t
        if title is None and not first_seen and head[-1:] in _REPORT_HEAD_LAST and _REPORT_HEAD.search(head) is not None \
                and _REPORT_MIN <= len(head) <= _REPORT_MAX and not _NOT_IN_TITLE.search(head) \
                and not _NUMBERED_HEADING_LINE.match(head):
            # 2024年《政府工作报告》重点工作目标任务分解表, 某局2023年11月承担政府重点工作完成情况, 2024年某县半年工作总结,
            # 2022年某县国民经济和社会发展统计公报 2022: the page's first line names its table or its report (a header
            # cell below is none); a notice's title below may replace it
            title, weak = head, True
            title_span = (li.start + li.text.find(head), li.start + li.text.find(head) + len(head))
            first_seen = True
            continue
        if title is None and not first_seen and any(w in t[:_GLUED_HEADER_REACH] for w in _GLUED_HEADER_WORDS) \
                and (glued := _GLUED_TABLE_TITLE.match(t)):
            # 1、1某县项目规划表（2013-2017年度）上报单位（盖章）…序号…: a table's text run together (a PDF's
            # token stream, a sharing site's page chunks 1、 2、): its title, then its header on the same line
            title, weak = glued.group("t"), True
            at = li.start + li.text.find(t) + glued.start("t")
            title_span = (at, at + len(title))
            first_seen = True
            continue
        if title is None and not first_seen and _REPORT_MIN <= len(t) <= _REPORT_MAX and not _NOT_IN_TITLE.search(t) \
                and (below := next((u for li2 in lines[k + 1:k + 3] if (u := li2.text.strip())), ""))[:2] \
                in TABLE_HEADER_FIRST and not _NUMBERED_HEADING_LINE.match(t) and not _ORG_LINE.match(t) \
                and DATE.search(t) is None and CN_DATE.search(t) is None:
            # 2019年河湖长制工作考核项目（综合） / 序号 考核项目 总分 …: the page's first line alone over a table's
            # header, the table's title (a notice's title below may replace it); not a body's name, nor a line
            # holding a date (某县农业农村局2024年3月1日, 二〇二四年三月一日印发: who made the table and when)
            title, weak = t, True
            title_span = (li.start + li.text.find(t), li.start + li.text.find(t) + len(t))
            first_seen = True
            continue
        opening = not first_seen  # the page's first line with words
        first_seen = True
        if title is None and _closing_formula(t):
            closed = True  # 特此通知: the text's end; what follows (its annex, a table) names no title of it
        if title is None and number is None and t[0] == "各" and t[-1] == "：" and k + 1 < len(lines) \
                and ("转发" in (below := lines[k + 1].text) or "转给" in below) and _ADDRESSEE_LINE.match(t) \
                and not any(x.text.strip() for x in lines[:k]):
            # 各省、自治区、直辖市人民政府，…： first, then A、B《X》…现转发给你们: a forwarding notice printed
            # without its head; the title below its signature is X's, another body's text, none of its own
            closed = True
        may_title = (title is None or ((weak or filed) and _TITLE_OPENER.search(t) is not None)) and not annex_list \
            and not contents and not closed
        if may_title and (wrapped := _wrapped_title(lines, k)) is not None \
                and (title is None or _outranks(wrapped[0], title, lines, wrapped[1])):
            title, title_span = wrapped  # a title wrapped over lines: 某某市人民政府关于做好防汛 / 工作的通知
            weak = False
            continue
        if shared is None and t[:1] == "《" and "分享" in t and (found := SHARED_FILE.match(t)) is not None:
            # 《某市…实施方案.docx》由会员分享，…: a document-sharing site's line naming the file it shows, the
            # page's title where no line below gives one
            name = found.group("name")
            shared = (name, (li.start + li.text.find(name), li.start + li.text.find(name) + len(name)))
            continue
        labelled = title_label_value(t)  # 标题：X, 名 称: | X |: the page's name for the document
        if may_title and (labelled is not None or not is_metadata_line(t)):
            tt = labelled if labelled is not None else re.sub(r"^#+\s*", "", t).strip(" |｜").lstrip(BULLETS)
            if tt[:1] in "（【[" and (status := _STATUS_MARK.match(tt)) is not None:
                tt = tt[status.end() :]
            elif tt[:1] in "Pp" and (page := _VIEWER_PAGE.match(tt)) is not None:
                tt = tt[page.end() :]  # Page 22 - 某某关于…的通知: a PDF viewer's running head, the page and the file
            elif tt[:1] in "12" and (day := _COMPACT_DAY.match(tt)) is not None:
                tt = tt[day.end() :]  # 20230607 某县某办公室 关于…的通知: a portal's listing, its day glued before the title
            elif tt[:2] == "附件" and (label := _ANNEX_LABEL.match(tt)) is not None and _TITLE_END.search(tt, label.end()):
                tt = tt[label.end() :]  # 附件 2018年度…考核评分标准: an annex's label on its title's line, no colon between
            if tt[-1:] in "）)" and (part := _PART_AFTER_TITLE.search(tt)) is not None and _TITLE_END.search(tt[: part.start()]):
                tt = tt[: part.start()]  # 某县…奖励办法（试行）（五）: a portal printing the text in parts, this page's part
            if tt[-1:] == "日" and "号" in tt and (signed_tail := _SIGNED_AFTER_NUMBER.search(tt)) is not None \
                    and _ORG_LINE.match(signed_tail.group("org")):
                # …的批复 国函〔1998〕60号 中华人民共和国国务院 1998年7月31日: a mirror's header line, the title, its
                # number, then its issuer and date (read from the signature)
                tt = tt[: signed_tail.start() + 1]
            lead = _LEADING_NUMBER.match(tt)
            rest = lead.group("rest") if lead else ""
            if lead is not None and title is None and rest[-1:] in _ELLIPSIS_LAST and (cut := _cut_title(rest)) \
                    and (n := _order_number(lead.group("num"))) and number in (None, n):
                # 某政办发〔2020〕5号 某市人民政府办公室关于印发《…方案》的...: a headline of the document's number and
                # its title cut short: the notice's title as printed (not the plan it issues, printed whole below)
                if number is None:
                    off = li.text.find(lead.group("num"))
                    number, number_span = n, (li.start + off, li.start + off + len(lead.group("num")))
                title = cut
                toff = li.text.find(cut)
                title_span = (li.start + toff, li.start + toff + len(cut))
                continue
            if rest[-1:] == "：" and (ta := TITLE_THEN_ADDRESSEES.match(rest)) is not None \
                    and _TITLE_OPENER.search(ta.group("title")):
                # 某委发〔2021〕3号关于印发《…》的通知各乡镇、县直各单位：(a body flattened onto one line):
                # the number, the title, its addressees
                rest = ta.group("title")
            if lead and (n := _order_number(lead.group("num"))) and number in (None, n) \
                    and _TITLE_END.search(_bare_title(rest)) and not re.search(r"[。；]", rest) \
                    and (title is None or _outranks(rest, title, lines, (li.start, li.end), beside=True)
                         or weak and _file_name(rest) and _bare_title(rest).startswith(_TITLE_OPENERS)
                         and not _TITLE_OPENER.search(title)):
                # (a headline naming no 关于 gives way to the file the page attaches, named by the document's
                # number and title: 某发〔2022〕15号关于…的通知.pdf)
                # 财科教【2017】6号 财政部 科技部…关于…的通知, 京政办发〔2016〕26号《…的通知》; a
                # portal's 标题 row may repeat the number its 文号 row gave
                if number is None:
                    off = li.text.find(lead.group("num"))
                    number, number_span = n, (li.start + off, li.start + off + len(lead.group("num")))
                title = _bare_title(rest)
                toff = li.text.find(title)
                title_span = (li.start + toff, li.start + toff + len(title))
                if title[:1] == "：" and (fields := _NUMBER_FIELDS.match(title)) is not None \
                        and _ORG_LINE.match(fields.group("issuer")):
                    # 扶政办发〔2021〕14号：扶绥县人民政府办公室：关于印发…的通知: a CMS's name for the
                    # document, its number, issuer and title apart by colons; the title as printed
                    title = fields.group("issuer") + fields.group("title")
                    title_span = (title_span[0] + 1, title_span[1])
                elif title[:1] == "：" and (title[1:].startswith(_TITLE_OPENERS) or title_issuer(title[1:])):
                    # 某政办字〔2019〕33号：关于印发…的通知.pdf: a sharing site's file name, the number and the
                    # title apart by a colon
                    title, title_span = title[1:], (title_span[0] + 1, title_span[1])
                weak = labelled is None and _weak_title(title)
                continue
            tt = _bare_title(tt)
            if labelled is None and tt.endswith("：") and (ta := TITLE_THEN_ADDRESSEES.match(tt)) \
                    and (_TITLE_ISSUER.match(tt) or opening and title is None) and (toff := li.text.find(tt)) >= 0:
                # 某镇人民政府关于印发《…》的通知各村民委员会、镇属有关部门：: the title, then its addressees; on the
                # page's first line, a title naming no issuer too (镇（中心）食品安全工作考核细则 镇（中心）：, the
                # sheet's label of the body it scores)
                title, title_span = ta.group("title"), (li.start + toff, li.start + toff + ta.end("title"))
                continue
            if labelled is None and ("|" in tt or "｜" in tt):
                continue  # a row of table cells (公开时限 | 长期公开 | 主题词 | …的通知): no title, whatever its last cell says
            if labelled is None and len(tt) <= _CELL_MAX and _pipe_parted_cell(lines, k):
                continue  # 工作任务 / | / 具体要求 / |: a table printed one cell a line, its cells parted by pipes
            if labelled is None and t[-1] in _PIPE_CHARS and len(tt) <= _CELL_MAX \
                    and any(0 <= j < len(lines) and (u := lines[j].text.strip())[-1:] in _PIPE_CHARS
                            and 2 < len(u) <= _CELL_MAX and u.strip("|｜ ") for j in (k - 1, k + 1)):
                # 工作任务 | / 工作要求 | / 牵头单位 |: a table's header printed one cell a line, each closed by a pipe (a
                # row of empty cells under a title, ||||, the rest of the layout table it was printed in, is none)
                continue
            if labelled is None and t[0] in BULLETS and len(tt) <= _MENU_ITEM_MAX and _menu_item(lines, k, t[0]):
                continue  # - 工作报告 between - 政务公开 and - 办事服务: an item of the page's menu
            whole = _WHOLE_TITLE.match(tt) if labelled is None and tt[:1] == "《" else None
            repeated = whole is not None and _repeated_below(lines, k, whole.group(1))
            if repeated and whole is not None:
                tt = whole.group(1)  # 《…汇总表》 over the article's own heading: a page's name for it
            if labelled is None and tt[:1].isdigit() and _SERIAL_HEAD.match(tt):
                continue  # 17号 十三五安全生产规划: a list's entry, a serial and a short name, above the document
            if labelled is None and tt[:1].isdigit() and _LISTING_ENTRY.match(t.lstrip(BULLETS + " ")):
                continue  # 2021-12-23 …命令 / 1 …的通知.pdf: a listing's dated entry or its file's link, above the document
            if labelled is None and (len(tt) > _ONE_LINE_PAGE or tt[-1:] == "：") \
                    and (run := _head_run(tt)) is not None \
                    and (title_issuer(run[0]) or run[0].endswith(("通告", "公告")) or run[2] and run[0].startswith(_TITLE_OPENERS)) \
                    and (title is None or run[1] and (filed or _outranks(run[0], title, lines, (li.start, li.end), beside=True))) \
                    and (toff := li.text.find(run[0])) >= 0:
                # 某区人民政府关于…的通告某政发〔2021〕4号各镇人民政府，…：为… (a page on one line, or its head
                # on one line down to the addressees' colon): its title, its number, then its addressees or opening;
                # carrying its own number, it replaces a weak title above (a law database's short name for the text)
                # or a sharing site's file name (某局文件 某财发〔2023〕1号 关于…的通知 各镇…: the text's own head)
                title, filed = run[0], False
                title_span = (li.start + toff, li.start + toff + len(title))
                if number is None and run[1] and (n := canonical_docnum(run[1])):
                    off = li.text.find(run[1])
                    number, number_span = n, (li.start + off, li.start + off + len(run[1]))
                continue
            if labelled is None and ("篇" in t or "条" in t or "页" in t) and _NEIGHBOUR_LINK.match(t):
                continue  # - 上一篇：关于…的实施意见: a link to another page of the site
            if labelled is None and len(tt) <= _CRUMB_MAX and _crumb(lines, k, tt):
                continue  # 重要通告 under 首页 » 重要通告 » 正文: the column the page stands in
            if tt[:1] in "（(〔[［【" and (led := _NUMBER_LED_TITLE.match(tt)) is not None \
                    and _TITLE_END.search(led.group("title")) and (n := canonical_docnum(led.group("num"))):
                tt = led.group("title")  # （新政发〔2016〕21号）区人民政府关于印发…的通知: the number, then the title
                if number is None:
                    off = li.text.find(led.group("num"))
                    number, number_span = n, (li.start + off, li.start + off + len(led.group("num")))
            tn = _TITLE_NUMBER.match(tt)
            if (t.startswith("#") or labelled is not None or repeated or _TITLE_END.search(tt) or _READING_TITLE.match(tt)
                    or (tn and (_TITLE_END.search(tn.group("title")) or _headline(tn)))) and len(tt) <= 120 \
                    and not re.search(r"[。；]", tt) and not (not t.startswith("#") and chrome_line(tt)) \
                    and not (tt[:1] == "《" and _SHORT_NAME_OPEN.match(tt)) \
                    and (labelled is not None or not _NUMBERED_HEADING_LINE.match(tt.lstrip())) \
                    and not _SECTION_HEADING.match(tt) and (labelled is not None or not _page_label(tt)) \
                    and (labelled is not None or t.startswith("#") or not _ACTION_HEADING.match(tt)) \
                    and (title is None or _outranks(tn.group("title") if tn and (tn.group("num") or tn.group("bare")) else tt,
                                                    title, lines, (li.start, li.end),
                                                    beside=bool(tn and (tn.group("num") or tn.group("bare")))
                                                    or _beside_number(lines, k, number_span))):
                # (a page's label may name the plan the notice issues, 文件名称 | 某市…实施方案 |: a notice line below
                # issuing it in 《》 outranks it, as it does a headline)
                filed = title is None and labelled is None and _file_name(t)
                weak = title is None and not t.startswith("#") and (
                    _weak_title(tt) if labelled is not None
                    else _weak_title(tt) or any(_page_head_over(tt, u.text.strip()) for u in lines[k + 1:_TITLE_REACH]))
                title = tt
                toff = li.text.find(tt)
                title_span = (li.start + toff, li.start + toff + len(tt)) if toff >= 0 else (li.start, li.end)
                num = tn and (tn.group("num") or tn.group("bare"))
                head = tn.group("title") if tn else None
                if tn and tn.group("bare") and (found := find_docnums(tt)) and found[-1].end == len(tt):
                    # …的通知常政发〔2023〕1号 (spaces gone): the code starts where the title ends
                    num, head = tt[found[-1].start:], tt[:found[-1].start]
                if num and number is None and (n := canonical_docnum(num)):
                    title = head
                    off = li.text.find(num)
                    number, number_span = n, (li.start + off, li.start + off + len(num))
                    title_span = (title_span[0], title_span[0] + len(title))
                    continue
        if number is None and t.endswith(("令", "公告", "通告")) and len(t) <= _ORDER_LINE_MAX and k + 1 < len(lines):
            # a regulation's heading: 湖北省人民政府令 / 第435号 on two lines; a 公告 numbered by year:
            # 国家税务总局公告 / 2019年第7号, or by a congress's term: 某省第十一届人民代表大会常务委员会公告 /
            # 第28号; a mirror may print a line of no Han characters between (its URL)
            s = k + 2 if k + 2 < len(lines) and not HAN_CHAR.search(lines[k + 1].text) else k + 1
            if (mo := _ORDER_SERIAL_LINE.match(lines[s].text)) and (n := canonical_docnum(t + mo.group("serial"))):
                number, number_span = n, (li.start + li.text.find(t), lines[s].start + len(lines[s].text[:mo.end()].rstrip()))
                if title == t and not t.startswith(_TITLE_OPENERS):
                    title, title_span, weak = None, None, False  # 某局通告 / 2023年第10号: the masthead over the title
                if title is None and (mt := TITLE.match(lines[s].text, mo.end())) is not None:
                    # 第88号《…的决定》已经…通过: the order's title is the one it publishes (as in a gazette)
                    title, title_span = mt.group("title"), (lines[s].start + mt.start("title"), lines[s].start + mt.end("title"))
                continue
        if number is None and len(t) < 40 and head_lines is lines:
            found = find_docnums(t)
            if found and t[-1:] == "）" and t[:1] == "（" and (dn := _DATE_AND_NUMBER.match(t)) is not None \
                    and dn.start("num") == found[0].start:
                # （2018年1月3日 国办发〔2018〕2号） under the title: the day it was made, then its number
                number = str(found[0].number)
                off = li.text.find(t) + found[0].start
                number_span = (li.start + off, li.start + off + found[0].end - found[0].start)
                signed = iso_date(dn)
            elif found and (len(t) - (found[0].end - found[0].start) < 12 or t.startswith("文号")) \
                    and not _CITING_VERB.search(t, 0, found[0].start):
                number = str(found[0].number)
                off = li.text.find(t) + found[0].start
                number_span = (li.start + off, li.start + off + found[0].end - found[0].start)
            elif not found and t[-1].isdigit() and ((n := glued_docnum(t)) is not None or (n := _bare_number_line(t, text))):
                number, number_span = n, (li.start + li.text.find(t), li.start + li.text.find(t) + len(t))
            elif not found and t[-1] in "号號）)" and (n := bracketless_docnum(t.strip("（）()"))) is not None:
                number, number_span = n, (li.start + li.text.find(t), li.start + li.text.find(t) + len(t))
            elif not found and t[-1] in "号）)】〕" and "令" in t and (n := _order_number(t)) is not None:
                # 中华人民共和国主席令（九届第37号）, 某市人民政府令第5号 on a line of its own by the title
                number, number_span = n, (li.start + li.text.find(t), li.start + li.text.find(t) + len(t))
            elif not found and t[-1:] in "）)" and t[:1] in "（(" and (nd := _NUMBER_AND_DATE.match(t)) \
                    and (n := _order_number(nd.group("num")) or canonical_docnum(nd.group("num"))) is not None:
                # （山东省人民政府令第6号 1990年6月29日）under a regulation's title: its number and the day
                # it was made, in one bracket
                off = li.text.find(t) + nd.start("num")
                number, number_span = n, (li.start + off, li.start + off + len(nd.group("num")))
                signed = iso_date(nd)
    if title is not None and title_span is not None and (fuller := _fuller_title_below(lines, title, title_span)):
        title, title_span = fuller
    elif title is not None and title_span is not None and (run_in := _regulation_run_in_below(lines, title, title_span)):
        title, title_span = run_in
    reporter: tuple[str, ...] = ()  # the body a news headline over the text's own title reports issuing it
    if title is not None and title_span is not None and (own := _own_title_below(lines, title, title_span)):
        title, title_span, reporter = own
    if title is not None and title_span is not None and not title.startswith(_TITLE_OPENERS) \
            and (whom := _collective_above(lines, title_span)) is not None:
        # 各区（市、县）人民政府 / 节能目标责任评价考核计分细则: the bodies the rules are for, the title's first line
        title, title_span = whom[0] + title, (whom[1], title_span[1])
    if title is not None and title_span is not None and title[-1:] != "）" and (term := _term_below(lines, title_span)):
        # 某省高标准农田建设规划 / （2022—2030年）: the title's period printed on a line of its own under it
        title, title_span = title + term[0], (title_span[0], term[1])
    elif title is not None and title_span is not None and (kind := _term_below(lines, title_span, kind=True)):
        # 2018年某市环境保护目标责任书 / 考  核  细  则 / 一、…: the kind of text the title's subject is under, on a
        # line of its own over the first heading
        title, title_span = title + kind[0], (title_span[0], kind[1])
    if title is None and shared is not None:
        title, title_span = shared
    if title is None and (headline := _byline_headline(lines)) is not None:
        # 县卫健委2021年政府工作报告任务分解 / 文章来源：某委 发表时间：…: the page's headline over its byline
        title, title_span = headline
    if title is None and number is None and (whole := _title_under_broken_cover(lines)) is not None:
        # 2023 / 年某局 / 工作 / 谋划 / 某局2023年工作谋划: a cover's title broken a word a line, then printed whole
        title, title_span = whole
    if title is None and number is None and (first := _run_in_line(lines)) is not None \
            and (run_title := first[1]) \
            and (run_title.startswith("关于") or not _RUN_IN_CITING.search(run_title)):
        # 街道2022年防汛工作方案为切实做好…: the page's first line, its title run into the body's opening
        # (a title opening with 关于 cites nothing: 关于印发…的通知 is the notice's own)
        title = run_title
        off = first[0].start + first[0].text.find(title)
        title_span = (off, off + len(title))
    if title is None and number is None and (announced := _announced_title(lines)) is not None:
        # 以下为分工详细内容： / “十三五”控制温室气体排放工作方案部门分工 / 一、…: a page's lead announcing the text it
        # reposts, then the text's own title on a line of its own over its first heading
        title, title_span = announced
    if title is None and (issued := _issued_plan_heading(lines)) is not None:
        # 现将《X》印发给你们 / signature / date / X为…: a notice printed without a title of its own, the plan it
        # issues under it headed by its title (run into its opening or not); its number printed over it or not
        title, title_span = issued
    if title is None and number is None and (lead := _news_lead(lines)) is not None:
        # 2023年12月，A、B发布《T》: a news page's only header is its lead, reporting the document it prints
        title, title_span, lead_date = lead
        signed = signed or lead_date
    if title is not None and title_span is not None and (head := _heading_above(lines, title, title_span, text)):
        title, title_span = head
    if title is not None and title_span is not None and (once := _doubled(title)) is not None:
        # 某县…实施方案 某县…实施方案: a page's header printing the title twice on one line, or the body's first
        # line opening with the title again, run into the title line: the title once
        title, title_span = once, (title_span[0], title_span[0] + len(once))
    issuer: tuple[str, ...] = reporter
    if title is not None and title_span is not None and title.startswith(_TITLE_OPENERS):
        stacked, title_span, issuer = _stacked_issuers(lines, title, title_span)
        if stacked == title and not issuer:
            issuer, joined = _issuers_over_copy(lines, title, title_span)
            if joined:
                stacked = "".join(issuer) + title  # the title as the notice prints it, its issuers first
        title = stacked
    elif title is not None and title_span is not None and title[:1] == "《" and (issuing := _issuing_line_over_copy(
            lines, title, title_span)) is not None:
        title, title_span = issuing  # 《X》的通知 as the page's headline, 区政府办公室印发 / 《X》的通知 over the text
    if number is None:
        # A mirrored page may put a long menu before the document: a line that is only a
        # number (or the number in brackets) further down is still its header.
        for k in range(60, min(len(head_lines), _NUMBER_LINE_REACH)):
            li = lines[k]
            t = li.text.strip().strip("（）()")
            if t and t[-1] in "号" and (mn := _DOCNUM_LINE.match(t)) and (n := canonical_docnum(mn.group("num"))):
                off = li.text.find(mn.group("num"))
                number, number_span = n, (li.start + off, li.start + off + len(mn.group("num")))
                above = lines[k - 1].text.strip()
                if _TITLE_END.search(above) and len(above) <= 120 and not re.search(r"[。；]", above):
                    title, title_span = above, (lines[k - 1].start, lines[k - 1].end)  # the title over it
                break
    if number is None and (found := _head_number(head_lines)) is not None:
        number, number_span = found
    if number is not None and number_span is not None and number.startswith(_PLACELESS_ORDERS) and not issuer:
        # 山东省泰安市人民政府 / 政府令【第164号】: an order whose code names no place, printed under the
        # government that makes it: that government's order, and its issuer
        k = bisect_right([li.start for li in lines], number_span[0]) - 1
        above = next((t for j in range(k - 1, max(-1, k - 3), -1) if (t := lines[j].text.strip())), "")
        if above.endswith("政府") and _ORG_LINE.match(above) and not is_metadata_line(above):
            number = without_province(above) + "令" + number.split("令", 1)[1]
            issuer = (above,)
    start = next((li.start for li in lines if li.text.strip()), 0)
    # A portal copy may carry front matter (--- … ---) and notes (> …) that are not the
    # document's text: the document starts at its markdown title line, or after them.
    heading = next((li for li in lines[:60] if li.text.startswith("#")), None)
    if heading is not None and title is not None and heading.text.lstrip("# ").strip() == title:
        start = heading.start
    elif front > 0:
        rest = [li for li in lines[front + 1:] if li.text.strip() and not li.text.startswith(">")]
        start = rest[0].start if rest else start
    if number is None and not issuer and title and title_span is not None and not title.startswith(_TITLE_OPENERS) \
            and not title_issuer(title) and (cover := _cover_title(lines, title_span)) is not None:
        title, title_span, issuer = cover
    dated = signed
    if (number is None or _unnamed_order(number)) and not issuer and title and title_span is not None \
            and not title.startswith(_TITLE_OPENERS) and not title_issuer(title):
        mirrored, made = _mirror_head(lines, title, title_span)
        issuer, dated = mirrored, dated or made
    elif dated is None and number is None and title and title_span is not None and title_issuer(title):
        # 最高人民法院关于…的批复 / 1990年1月20日,最高人民法院: a title naming its maker still has the
        # mirror's date line under a copy, the maker after the date
        dated = _mirror_head(lines, title, title_span, maker=title_issuer(title)[0])[1]
    if title and title[-2:] == "年）" and (yn := _YEAR_NOTE.search(title)) and title_span is not None \
            and any(li.start > title_span[1] and li.text.strip() == title[:yn.start()] for li in lines[:_COPY_REACH]):
        # 某市某某管理规定（2002年）: a database's year telling texts of one name apart; the text's own copy
        # prints its title without it
        title = title[:yn.start()]
        title_span = (title_span[0], title_span[1] - len(yn.group()))
    if title and title[-3:-1] in ("通过", "修正", "修订", "批准") and (note := _ADOPTION_NOTE.search(title)) \
            and _TITLE_END.search(title, 0, note.start()):
        # 某市人民政府工作规则（2011年5月10日…通过，2015年10月26日…修订通过）: the text's adoption history
        title = title[:note.start()]
        if title_span is not None:
            title_span = (title_span[0], title_span[1] - len(note.group()))
    if title and title.endswith("日）") and (m := _TITLE_DATE.search(title)) and _TITLE_END.search(title, 0, m.start()):
        # 关于…的意见（2024年2月20日）: a title printed with its date in brackets at its end
        dated = iso_date(DATE.search(m.group()))
        title = title[:m.start()]
        if title_span is not None:
            title_span = (title_span[0], title_span[1] - len(m.group()))
    if title and title[-2:] in ("上）", "议）", "会）") and (b := title.rfind("（")) > 0 and _TITLE_END.search(title, 0, b) \
            and (spoken := _dateline(title[b + 1:-1])) is not None:
        # 关于…的报告（2019年3月2日在某县人民代表大会第四次会议上）: the dateline joined to its title
        dated = spoken
        if title_span is not None:
            title_span = (title_span[0], title_span[1] - (len(title) - b))
        title = title[:b]
    if title and "——" in title and (series := _SERIES_HEAD.match(title)) and _TITLE_END.search(title, series.end()) \
            and len(title) - series.end() >= _SERIES_TITLE_MIN:
        # 某市审计局审计结果公告2021年第3号（总第69号）——关于…的报告: a series' name and number, then the title
        title = title[series.end():]
        if title_span is not None:
            title_span = (title_span[0] + series.end(), title_span[1])
    if title and title[-1:] == "）" and (part := _PAGE_PART.search(title)) and _TITLE_END.search(title, 0, part.start()):
        # …规划（2016—2020年）的通知（三）: a page printing one part of a long text numbers it after the title
        title = title[:part.start()]
        if title_span is not None:
            title_span = (title_span[0], title_span[1] - len(part.group()))
    if title and title[-1:] in "）)" and "在" in title and (occasion := _OCCASION.search(title)) is not None:
        # 政府工作报告（2021年1月5日在某区第二届人民代表大会第六次会议上）: the occasion a speech or report was
        # given at, printed under its title, is no part of it
        title = title[:occasion.start()].rstrip()
        if title_span is not None:
            title_span = (title_span[0], title_span[0] + len(title))
    if title and title[:1] > "\u4e00" and (head := _DATED_HEAD.match(title)) is not None \
            and _ORG_LINE.match(head.group("org")) and len(title) - head.end() >= _TITLE_MIN_AFTER_HEAD \
            and _TITLE_END.search(title, head.end()):
        # 某县人民政府2023年3月1日某县支持…的若干政策措施: the masthead's body and date glued before the title
        dated = dated or iso_date(head)
        issuer = issuer or (head.group("org"),)
        title = title[head.end():]
        if title_span is not None:
            title_span = (title_span[0] + head.end(), title_span[1])
    return DocumentSpan(start=start, end=len(text.rstrip()), number=number, title=title,
                        number_span=number_span, title_span=title_span, index=0,
                        date=(_promulgation_date(text, number_span) if number_span else None) or dated, issuer=issuer)


#: A lead's line announcing the text printed under it (以下为分工详细内容：, 全文如下：, 原文如下：).
_ANNOUNCING_TEXT = re.compile(r"(?:以下为[^。；，！？：]{0,12}|[全原]文如下|内容如下)：$")
#: The longest title such a lead announces.
_ANNOUNCED_TITLE_MAX = 60


def _announced_title(lines: list[_Line]) -> tuple[str, tuple[int, int]] | None:
    """The title of a text a page's lead announces (see :data:`_ANNOUNCING_TEXT`): the line under the lead's, alone,
    with no clause's mark, its text opening under it with a numbered heading (一、, （一）, 第一章). None when the
    first lines hold no such lead."""
    filled = [li for li in lines[:_TITLE_REACH] if li.text.strip()]
    for k, li in enumerate(filled[:-2]):
        t = li.text.strip()
        if t[-1] != "：" or _ANNOUNCING_TEXT.search(t) is None:
            continue
        title = filled[k + 1].text.strip()
        if not 6 <= len(title) <= _ANNOUNCED_TITLE_MAX or _NOT_IN_TITLE.search(title) or _CLAUSE_PUNCT.search(title) \
                or not HAN_CHAR.match(title[-1]) or _NUMBERED_HEADING_LINE.match(title) \
                or not _NUMBERED_HEADING_LINE.match(filled[k + 2].text.strip()):
            return None
        off = filled[k + 1].start + filled[k + 1].text.find(title)
        return title, (off, off + len(title))
    return None


def _title_under_broken_cover(lines: list[_Line]) -> tuple[str, tuple[int, int]] | None:
    """The title a file prints whole under its cover, which broke it a word or two a line (a PDF's cover:
    ``2023`` / ``年某局`` / ``工作`` / ``谋划``, then ``某局2023年工作谋划`` over the text): the first line longer than
    a cover's word, holding the characters of the short lines above it together and no others (in any order: a
    cover may set the year apart), and its place; None where the file does not open so."""
    words: list[str] = []
    for li in islice((li for li in lines if li.text.strip()), _BROKEN_COVER_LINES_MAX + 1):
        t = li.text.strip()
        flat = _SPACES_RUN.sub("", t)
        if len(flat) <= _BROKEN_COVER_WORD and not _NOT_IN_TITLE.search(flat) and not _BODY_PUNCT.search(flat):
            words.append(flat)
            continue
        if len(words) < 2 or sorted(flat) != sorted("".join(words)):
            return None
        at = li.start + li.text.find(t)
        return t, (at, at + len(t))
    return None


#: How many lines a cover may break its title over.
_BROKEN_COVER_LINES_MAX = 8
#: How long each of those lines is (a word or two).
_BROKEN_COVER_WORD = 6


def _run_in_line(lines: list[_Line]) -> tuple[_Line, str] | None:
    """The line a title run into its body opens, and that title: the page's first line, or on a sharing site's page
    the one under a short label of its own line (资源描述, 文档简介: a few Han characters, no mark) among the first
    lines, or its first chunk (:data:`_FIRST_CHUNK`). None where no such line opens with a title run into its body."""
    filled = list(islice((li for li in lines if li.text.strip()), _LABELLED_RUN_IN_LINES))
    if not filled:
        return None
    top = _past_viewer_page(filled[0].text.strip())
    if (run := _run_into_body(top, 2 if top[:2] == _FIRST_CHUNK and len(top) >= _ONE_LINE_PAGE else 0)) is not None:
        # (1、某市…方案为全面贯彻…一、总体要求…: a sharing site's first chunk, a page's text on one line, its file's
        # name not over it)
        return filled[0], run
    for above, li in zip(filled, filled[1:], strict=False):
        if _SHORT_LABEL_LINE.fullmatch(above.text.strip()) and (run := _run_into_body(li.text.strip())) is not None:
            return li, run
    if _file_name(filled[0].text.strip()):
        # 某市…行动计划.docx / 下载文档 / 上传人：… / 1、某市…行动计划（2021-2022年）为提高…: a sharing site's page, the
        # file's name on top, the site's lines, then the text cut into numbered chunks, the first opening with the title
        for li in filled[1:]:
            t = li.text.strip()
            if t[:2] == _FIRST_CHUNK and (run := _run_into_body(t, 2)) is not None:
                return li, run
    return None


#: The mark a sharing site's page puts before the first chunk it cuts a document's text into (under the file's name,
#: or on a line holding a page's text). Elsewhere a line opening with it is a list's first item, whose head is no
#: title (1、征收耕地补偿标准为…；).
_FIRST_CHUNK = "1、"


def _past_viewer_page(t: str) -> str:
    """``t`` without a page's mark (:data:`_VIEWER_PAGE`)."""
    if t[:1] in "Pp" and (page := _VIEWER_PAGE.match(t)) is not None:
        return t[page.end():]
    return t


#: How far down a page the line under a sharing site's label may stand.
_LABELLED_RUN_IN_LINES = 12
#: A label on a line of its own: a few Han characters, no mark.
_SHORT_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: A part's number after a title, in brackets: 某县…办法（试行）（五）, a page of a text a portal prints in parts.
_PART_AFTER_TITLE = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]$")
#: A title run into the first words of its body, a page's line breaks lost: its type word, then the body's
#: first heading or opening word (…整改进展清单一、关于…, …实施方案为深入贯彻…), or the year its opening reports on
#: (…工作总结和2023年工作计划2022年，我局…; …实施方案2021年以来，); the shortest such start. A sharing site's word
#: for a sample text after the type word (…整改方案范文为坚决…) is none of the title's. Up to two
#: notes after the type word stay the title's (…行动方案（征求意见稿）（2023-2025年）为深入…), not a number's bracket.
_RUN_INTO_BODY = re.compile(
    r"(?P<title>[^。；，：！？]{6,100}?(?:" + "|".join(w for w in TITLE_END_WORDS if w != "令") + r")(?:（[^（）号]{1,20}）){0,2})"
    r"(?:范文|范本|模板)?(?=[一二三四五六七八九十]、|[（(]一[）)]|第一[章条]|为了?[\u4e00-\u9fff]{2}|根据|按照|(?:19|20)\d{2}年(?:以来|[，,]))"
)
#: A title opening with 关于 run into a body that opens with any word (关于做好…工作的实施意见江苏是鱼米之乡、…):
#: 关于 then ``的`` and a type word (a few words between, 的实施意见, 的若干措施) end it; what follows continues no title
#: (no 的/和/及/与 joining more of it, no second type word: …的规划纲要 runs on to 纲要).
_TYPE_WORDS_RUN = "|".join(w for w in TITLE_END_WORDS if w != "令")
_ABOUT_RUN_INTO_BODY = re.compile(
    r"(?P<title>关于(?:[^。；，：！？《》\s]|《[^《》\n]{1,80}》){2,80}?的[\u4e00-\u9fff]{0,4}?(?:" + _TYPE_WORDS_RUN
    + r")(?:（[^（）号]{1,20}）){0,2})(?=[\u4e00-\u9fff“])(?![的和及与之]|" + _TYPE_WORDS_RUN + ")"
)
#: What the body run on after such a title holds: a clause's punctuation (the line is no title alone).
_RUN_ON_CLAUSE = re.compile(r"[。，；]")


def _run_into_body(t: str, at: int = 0) -> str | None:
    """The title the line ``t`` opens with (at ``at``) when its body is run on after it (see :data:`_RUN_INTO_BODY`,
    :data:`_ABOUT_RUN_INTO_BODY`), else None. A list item's head is none (1、征收耕地补偿标准为…: a text of numbered
    rules, no title)."""
    if _NUMBERED_HEADING_LINE.match(t[at : at + 8]) is not None:
        return None
    if (run := _RUN_INTO_BODY.match(t, at)) is not None:
        return run.group("title")
    if t.startswith("关于", at) and (run := _ABOUT_RUN_INTO_BODY.match(t, at)) is not None \
            and _RUN_ON_CLAUSE.search(t, run.end()) is not None:
        return run.group("title")
    return None


#: A page printed on one line: its title, perhaps its number, then its addressees (各…) or its opening, run together
#: (or apart by a comma or a space: …的通知, 某府发〔2025〕8号 各旗区人民政府，…); a red-header file prints its masthead
#: and its number first (某市人民政府办公室文件 某府办〔2011〕79号 关于印发…的通知 各镇人民政府…：).
_HEAD_RUN = re.compile(
    rf"(?:(?:[\u4e00-\u9fff]{{2,30}}?(?:政府|办公室|办公厅|委员会|委|局|厅)文件\s*)?(?P<lead>{renamed(DOCNUM, 'f')})\s*)?"
    r"(?P<title>(?:[^。；，：！？《》]|《[^《》。；]{1,80}》){6,80}?(?:" + "|".join(w for w in TITLE_END_WORDS if w != "令") + r"))"
    rf"(?:[，,]?\s*(?P<num>{renamed(DOCNUM, 'h')}))?\s*(?=各|为了?[\u4e00-\u9fff]{{2}}|根据|按照)"
)


def _head_run(t: str) -> tuple[str, str | None, bool] | None:
    """The title and number a line opens with (see :data:`_HEAD_RUN`), and whether the number (perhaps under
    its masthead) stands before the title. A number's code may take in the title's last words (…考核办法 /
    的通知某政办〔2005〕5号): the title then runs to where the number the text's reading of numbers finds starts."""
    run = _HEAD_RUN.match(t)
    if run is None:
        return None
    title, num, lead = run.group("title"), run.group("num"), run.group("lead")
    if num and (found := next((d for d in find_docnums(t) if d.end == run.end("num")), None)) is not None \
            and found.start > run.start("num") and _TITLE_END.search(full := t[run.start("title"):found.start]):
        title, num = full, t[found.start:found.end]
    return title, num or lead, lead is not None


#: A PDF viewer's page mark before the file's name on a page's running head: ``Page 22 -``, ``page 3 —``.
#: The residue of a word processor's page-number field (PAGE PAGE 1) before the first line's words: the same mark.
_VIEWER_PAGE = re.compile(
    r"Page\s*\d{1,4}\s*[-—–－:：]\s*|(?:PAGE\s*){1,3}\d{1,4}(?![\d年月日号])\s*(?=[\u4e00-\u9fff])", re.I
)
#: A day written in eight figures and glued before a title's words (``20230607某县…``).
_COMPACT_DAY = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*(?=[\u4e00-\u9fff])")
#: An annex's label without a colon before the title on its line (附件 某县…细则, 附件2 某县…标准): its number
#: one or two figures, not a year's first (附件2018年度…).
_ANNEX_LABEL = re.compile(r"附件\s*(?:\d{1,2}(?![\d年]))?\s*(?=[\u4e00-\u9fff\d])")
#: The issuer and date a header line prints after the number that follows its title (…号 某某人民政府 1998年7月31日).
_SIGNED_AFTER_NUMBER = re.compile(rf"号\s*(?P<org>[\u4e00-\u9fff（）]{{2,40}}?)\s*(?:{DATE.pattern})$")
#: A line this long holds a whole page's text, not a heading.
_ONE_LINE_PAGE = 120
_QUOTES = str.maketrans("", "", "“”‘’「」\"' \u3000")
#: What the body's title may add to the name: words and a bracketed note, no file extension (``.docx``) or
#: other mark of a file's name printed again before the text.
_HAN_WORDS = re.compile(r"[\u4e00-\u9fff（）\d—－-]+")


def _fuller_title_below(lines: list[_Line], title: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The document's title as its body prints it, run into its first words, where the title taken above
    is a shorter name of it: a page's name for an upload or a file (``某某回头看反馈意见``, then the body's
    ``某某“回头看”反馈意见某省整改进展清单一、关于…``). The line must open with the name's words (quote
    marks aside) and go on, in words only, to a type word right before the body's first heading or opening
    word.
    """
    key = title.translate(_QUOTES)
    if len(key) < _SERIES_TITLE_MIN:
        return None
    for li in lines[:_TITLE_REACH]:
        if li.start < span[1]:
            continue
        t = li.text.strip()
        if len(t) <= len(title) or t[:1] != title[:1] or (m := _RUN_INTO_BODY.match(t)) is None:
            continue
        fuller = m.group("title").translate(_QUOTES)
        if len(fuller) > len(key) and fuller.startswith(key) and _HAN_WORDS.fullmatch(fuller, len(key)):
            off = li.start + li.text.find(t)
            return m.group("title"), (off, off + m.end("title"))
    return None


def _regulation_run_in_below(lines: list[_Line], title: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """A regulation's own title run into its first article (``某区吸引人才实施办法第一条为…``) on the first line of
    text under the title taken, where that title is a page's heading worded otherwise (a sharing site's name
    for the upload, the file's attributes under it: ``- 格式:docx``): the rules' text names itself. A heading
    that issues or forwards a text (关于印发…的通知) keeps its title, as the notice it heads is the document.
    """
    if "印发" in title or "转发" in title or "关于" in title:
        return None
    for li in lines[:_TITLE_REACH]:
        if li.start < span[1]:
            continue
        t = li.text.strip()
        if not t or _FILE_ATTRIBUTE.match(t):
            continue  # a blank line, a file's attribute (- 大小:27.63 KB, 文档页数：8)
        m = _RUN_INTO_BODY.match(t) if "第一" in t else None
        if m is None or not t.startswith("第一", m.end()) or _CITING_VERB.search(m.group("title")) \
                or m.group("title") == title:
            return None
        off = li.start + li.text.find(t)
        return m.group("title"), (off, off + m.end("title"))
    return None


#: A file's attribute a sharing page prints under its heading: a short label, its colon, a value without a
#: sentence's marks (- 格式:docx, 大小：27.63 KB, 文档页数:8, 上传人：某某).
_FILE_ATTRIBUTE = re.compile(r"^[" + re.escape(BULLETS) + r"\s]*[\u4e00-\u9fff]{2,6}\s*[：:][^，。；,;]{0,30}$")
#: A news headline reporting a text issued (某市政府印发某市…行动计划, 【政策法规】某省发布…方案（2018—2020年）): the
#: reporter's words, the body, then the verb, the text's name after it; no 关于 (a notice's own title).
_NEWS_HEADLINE = re.compile(r"^(?P<org>[^关于《》，。；：]{2,40}?)(?:印发|发布|出台|公布)了?(?P<name>.{4,80})$")
#: A plan's period alone in brackets: ``（2022—2030年）``.
_TERM_LINE = re.compile(r"^（(?:19|20)\d{2}\s*(?:年\s*)?[—－\-–~～―至到]+\s*(?:19|20)\d{2}\s*年?）$")
#: A line naming a kind of text alone, a word before its type word (考核细则, 实施细则, 评分标准): under a title line
#: naming a subject, the rest of the title.
_KIND_LINE = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{_TYPE_WORD_ALTERNATION})")
_KIND_LINE_MIN, _KIND_LINE_MAX = 4, 6
#: How many words (a place's name) the text's own title may add before the name the headline gives.
_OWN_TITLE_PREFIX = 8


def _collective_above(lines: list[_Line], span: tuple[int, int]) -> tuple[str, int] | None:
    """The line right over the title line starting at ``span[0]`` that names a collective of bodies alone (各区（市、
    县）人民政府), and where it starts: no issuer (a body signs as itself, never as 各…) nor addressees (no colon),
    but whom the text is for, the first line of its title."""
    k = bisect_right([li.start for li in lines], span[0]) - 1
    if not 1 <= k < len(lines) or lines[k].text[: span[0] - lines[k].start].strip():
        return None  # (the title must open its line)
    above = lines[k - 1]
    t = above.text.strip()
    if t[:1] != "各" or _NOT_IN_TITLE.search(t) or not is_agency_name(t):
        return None
    return t, above.start + above.text.find(t)


def _term_below(lines: list[_Line], span: tuple[int, int], *, kind: bool = False) -> tuple[str, int] | None:
    """The period line (:data:`_TERM_LINE`) right under the title line ending at ``span[1]``, and where it ends;
    with ``kind``, the line naming the kind of text instead (:data:`_KIND_LINE`), the first numbered heading under
    it."""
    k = bisect_right([li.start for li in lines], span[1] - 1) - 1
    if not 0 <= k < len(lines) - 1 or lines[k].start + len(lines[k].text.rstrip()) != span[1]:
        return None  # (the title must end its line)
    at = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].text.strip()), None)
    if at is None:
        return None
    nxt, t = lines[at], lines[at].text.strip()
    if kind:
        if not _KIND_LINE_MIN <= len(t) <= _KIND_LINE_MAX or _KIND_LINE.fullmatch(t) is None:
            return None
        below = next((u for li in lines[at + 1:at + 3] if (u := li.text.strip())), "")
        if not _NUMBERED_HEADING_LINE.match(below):
            return None
    elif t[:1] != "（" or _TERM_LINE.match(t) is None:
        return None
    return t, nxt.start + nxt.text.find(t) + len(t)


def _doubled(title: str) -> str | None:
    """The title once, where ``title`` is one title printed twice in a row (a space between or not), else None."""
    half = len(title) // 2
    if half < _SERIES_TITLE_MIN or title[:2] != title[half:half + 2] and title[:2] != title[half + 1:half + 3]:
        return None  # (a cheap test first: the second half opens as the first does)
    once = title[:half].rstrip()
    return once if title[len(once):].strip() == once else None


def _own_title_below(lines: list[_Line], title: str, span: tuple[int, int]
                     ) -> tuple[str, tuple[int, int], tuple[str, ...]] | None:
    """The text's own title where the title taken is a news headline reporting it issued (:data:`_NEWS_HEADLINE`):
    a line below, alone, printing the name the headline gives (a place's name before it allowed), with its period
    line under it (``临汾市政府印发临汾市…2018年行动计划`` over ``临汾市…2018年行动计划``; ``某省发布…三年作战方案
    （2018—2020年）`` over ``某省…三年作战方案`` / ``（2018—2020年）``); with the body the headline names, when
    it is one."""
    if title.startswith(_TITLE_OPENERS) or (m := _NEWS_HEADLINE.match(title)) is None:
        return None
    name = m.group("name").strip("《》")
    if (period := _PERIOD_END.search(name)) is not None:
        name = name[:period.start()]
    if len(name) < 6 or not _TITLE_END.search(name):
        return None
    for li in lines:
        if li.start < span[1]:
            continue
        if li.start > span[1] + 2000:
            break
        t = li.text.strip().lstrip(BULLETS).strip()
        if len(t) < len(name) or len(t) > len(name) + _OWN_TITLE_PREFIX + 12 or _NOT_IN_TITLE.search(t):
            continue
        core = t[:period.start()] if (period := _PERIOD_END.search(t)) is not None else t
        if core.endswith(name) and len(core) - len(name) <= _OWN_TITLE_PREFIX:
            off = li.start + li.text.find(t)
            own, own_span = t, (off, off + len(t))
            if period is None and (term := _term_below(lines, own_span)) is not None:
                own, own_span = own + term[0], (off, term[1])
            org = m.group("org")
            return own, own_span, ((org,) if _ORG_LINE.match(org) else ())
    return None


#: A period in brackets at a title's end: ``（2018—2020年）``.
_PERIOD_END = re.compile(r"（(?:19|20)\d{2}[^（）]{0,12}年?）$")


def _numberless_documents(lines: list[_Line], text: str) -> list[DocumentSpan]:
    """The documents of a file that prints no 文号 line: one, or several one after another (a
    committee's two decisions on one page, a law mirror's page holding a second record).

    A later document starts at a full title (``关于…的决定``, wrapped or not, its issuers' names on
    lines of their own above it) that follows a signature's date line and is followed by a body
    (a sentence, an addressee line, a bracketed adoption note), or that a law mirror prints as its
    record's head (title / issuing body / the title again). A title the document before issues or
    forwards (its annex, after a ``关于印发…的通知``'s signature) or quotes in 《》 starts none.
    """
    docs = [_single_document(lines, text)]
    first = docs[0]
    after = first.title_span[1] if first.title_span else first.start
    at = text.find("\n关于", after)  # a later title's line opens with 关于 (a cheap scan first)
    if at < 0:
        return docs
    starts = [li.start for li in lines]
    taken = -1
    while at >= 0:
        k = bisect_right(starts, at + 1) - 1
        at = text.find("\n关于", at + 1)
        head = _later_head(lines, k) if k > taken else None
        if head is None:
            continue
        h, title = head
        prev = docs[-1]
        if prev.title and (title in prev.title or "印发" in prev.title or "转发" in prev.title) \
                or "《" + title.translate(_NESTED_MARKS) + "》" in text[prev.start:lines[k].start]:
            continue  # the text the notice before issues or forwards (its annex), or names, or a copy of its title
        nxt = _single_document(lines[h:], text)
        if nxt.title is None or not nxt.title.endswith(title):
            continue
        end = next((li.end for li in reversed(lines[:h]) if li.text.strip()), prev.start)
        docs[-1] = replace(prev, end=end)
        docs.append(replace(nxt, index=len(docs)))
        taken = k
    return docs


def _later_head(lines: list[_Line], k: int) -> tuple[int, str] | None:
    """The first line of a document's head whose title starts at line ``k`` (see
    :func:`_numberless_documents`) and the title, or None."""
    t = lines[k].text.strip()
    if len(t) >= 60 or _NOT_IN_TITLE.search(t):
        return None
    if _TITLE_END.search(t) and not _OPEN_ABOUT.search(t):
        title, below = t, k + 1
    elif (wrapped := _wrapped_title(lines, k)) is not None:
        title = wrapped[0]
        below = next(j for j in range(k, len(lines)) if lines[j].end >= wrapped[1][1]) + 1
    else:
        return None
    h = _issuer_lines_above(lines, k, mirrored=True)
    above = next((li.text.strip() for li in reversed(lines[:h]) if li.text.strip()), "")
    rest = [t for li in lines[below:below + 12] if (t := li.text.strip())][:4]
    if not rest:
        return None
    if _DATE_ONLY.match(above):
        # a signature's date, then a title over a body
        if "。" in rest[0] or rest[0].endswith("：") or rest[0][:1] in "（(" or len(rest) > 1 and "。" in rest[1]:
            return h, title
        return None
    # a law mirror's record: the title, its issuing body, the title again
    if len(rest) >= 2 and _ORG_LINE.match(rest[0]) and not is_metadata_line(rest[0]) and rest[1] == title:
        return h, title
    return None


def _unnamed_order(number: str) -> bool:
    """Whether ``number`` is an order's whose code names no body (``中华人民共和国主席令第37号``): the
    issuer is read off the page as for a text without a number."""
    parsed = parse_docnum(number)
    return parsed is not None and parsed.code.endswith("令") and order_issuer(parsed.code) is None


#: What a title never opens with: a word joining it to what comes before (和责任分工方案, 年政府工作报告).
_CONTINUING = "和及与的年"
#: A title quoted in 《》 writes the marks inside it as 〈〉.
_NESTED_MARKS = str.maketrans("《》", "〈〉")


#: A line naming only a place: a province, city, county or district's name, no body's (某某市, 某某自治州).
_PLACE_LINE = re.compile(r"[\u4e00-\u9fff]{1,10}(?<!城)(?:省|市|县|区|州|盟|旗)")
_PLACE_ENDS = "省市县区州盟旗"


def _heading_above(lines: list[_Line], title: str, span: tuple[int, int], text: str) -> tuple[str, tuple[int, int]] | None:
    """A title line that is the second half of a heading printed over two lines, joined to the first.

    The line right above is the heading's first half when the title line cannot open a title
    (``2025年市《政府工作报告》任务分解`` / ``和责任分工方案``), or when the text quotes the two lines
    joined as one title (``重庆市某区国民经济和社会发展`` / ``第十四个五年规划…纲要``, the notice above it
    issuing ``《重庆市某区国民经济和社会发展第十四个五年规划…纲要》``). The line above ends no title of its
    own and holds no clause punctuation, date or number.

    Returns:
        The joined title and its span, or None.
    """
    k = next((i for i, li in enumerate(lines) if li.start <= span[0] <= li.end), 0)
    if k <= 0 or lines[k].text.strip() != title:
        return None
    up = lines[k - 1].text.strip()
    if not up or len(up) > 40 or _NOT_IN_TITLE.search(up) or _TITLE_END.search(up) or up[0] in "（(【[" \
            or _DATE_ONLY.match(up) or find_docnums(up) or is_metadata_line(up) or chrome_line(up):
        return None
    joined = up + title
    continuing = title[0] in _CONTINUING and (title[0] != "年" or up[-1].isdigit())  # 2023 / 年政府工作报告
    # 某某市 / 关于进一步…的实施细则: a line only naming a place (no body) over a 关于 title is its first words
    continuing = continuing or title[:2] == "关于" and up[-1] in _PLACE_ENDS and _PLACE_LINE.fullmatch(up) is not None
    if not continuing and "《" + joined + "》" not in text and "《" + joined.translate(_NESTED_MARKS) + "》" not in text:
        return None
    return joined, (lines[k - 1].start + lines[k - 1].text.find(up), span[1])


#: The longest link text of a page's menu (工作报告, 政策解读): a bulleted title value is longer.
_MENU_ITEM_MAX = 8


def _menu_item(lines: list[_Line], k: int, bullet: str) -> bool:
    """Whether line ``k``, opening with ``bullet``, has a neighbour line opening with the same bullet:
    one item of a list of links (a menu), not a heading of its own."""
    return any(0 <= j < len(lines) and lines[j].text.strip().startswith(bullet) for j in (k - 1, k + 1))


#: A number and a date in one bracket, under a regulation's title: ``（山东省人民政府令第6号 1990年6月29日）``.
#: The same bracket, its date first: （2018年1月3日 国办发〔2018〕2号）.
_DATE_AND_NUMBER = re.compile(rf"^[（(]\s*{DATE.pattern}\s*(?P<num>[^\s（）()]{{4,30}}?号)\s*[）)]$")
_NUMBER_AND_DATE = re.compile(rf"^[（(]\s*(?P<num>[^\s（）()]{{4,30}}?号)\s*{DATE.pattern}\s*[）)]$")
#: A series' heading before a dash and the title of one of its numbers: a name ending in a serial (2021年第3号,
#: 第17期), perhaps its running count in brackets (（总第69号）).
_SERIES_HEAD = re.compile(
    r"^[^——。；，]{2,40}?(?:第\s*\d{1,5}\s*[号期]|\d{1,5}\s*号)(?:\s*（总第\s*\d{1,6}\s*[号期]）)?\s*——\s*"
)
#: The shortest title after a series' heading (关于…的报告).
_SERIES_TITLE_MIN = 6
#: The longest closing formula of a text (特此通告。).
_CLOSING_MAX = 7


def _closing_formula(t: str) -> bool:
    """Whether the stripped line ``t`` is a text's closing formula (特此通知, 特此通告。)."""
    return t[:2] == "特此" and len(t) <= _CLOSING_MAX
#: A page's part number after a title (…的通知（三）, …的通知(二), …实施方案（第2/2页）): the part the page prints,
#: not the title's.
_PAGE_PART = re.compile(rf"[（(](?:[一二三四五六七八九十]{{1,3}}|{PAGE_MARK})[）)]$")
#: The occasion a speech or report was given at, in brackets after its title: （2021年1月5日在某区第二届人民代表大会
#: 第六次会议上）, （在全市安全生产工作会议上的讲话）; its date may be left blank in a draft (2021年xx月xx日).
_OCCASION = re.compile(r"\s*[（(]\s*(?:[^（）()]{0,24}日\s*)?在[^（）()]{2,60}上(?:的(?:讲话|报告|发言))?\s*[）)]$")
#: A body's name and a full date glued before a title, a page's line breaks lost (某县人民政府2023年3月1日某县…办法).
_DATED_HEAD = re.compile(rf"(?P<org>[\u4e00-\u9fff（）]{{2,40}}?)\s*{DATE.pattern}\s*")
#: The least a title keeps past such a head.
_TITLE_MIN_AFTER_HEAD = 8
#: A line holding nothing but a pipe parts a table's cells printed one a line.
_PIPE_CHARS = frozenset("|｜")
#: The longest cell of such a table taken for one (a column's name, a short entry); a page's title over a
#: stray pipe is longer.
_CELL_MAX = 20


def _pipe_parted_cell(lines: list[_Line], k: int) -> bool:
    """Whether line ``k`` is a cell of a table printed one cell a line, the cells parted by lines of a pipe alone: a
    pipe line under it, or one over it with a cell over that (a lone pipe atop the page, the layout's rest, parts
    no cells)."""
    if k + 1 < len(lines) and lines[k + 1].text.strip() in _PIPE_CHARS:
        return True
    return k >= 2 and lines[k - 1].text.strip() in _PIPE_CHARS and any(li.text.strip() for li in lines[: k - 1])
#: The last character of a line holding a date alone (2019年2月22日, 二〇一九年二月二十二日, a 日 lost: 2022年8月19).
_DATE_LAST = frozenset("日0123456789")
#: A date in brackets ending a title (…的意见（2024年2月20日）).
_TITLE_DATE = re.compile(r"（(?:19|20)\d{2}年\d{1,2}月\d{1,2}日）$")


#: How long a line a page's column or menu name may be (部门目录, 奖励政策, 惠企政策).
_COLUMN_NAME_MAX = 8


def _weak_title(title: str) -> bool:
    """Whether a title taken from a page's first lines may be a column's name or a heading's short
    form rather than the document's title: it names no 关于/印发/转发, or it ends with a bare year in
    brackets (a law database's short name, :data:`_DATABASE_YEAR`)."""
    return not _TITLE_OPENER.search(title) or _DATABASE_YEAR.search(title) is not None


def _page_head_over(title: str, line: str) -> bool:
    """Whether ``title`` is the title ``line`` gives with a page's header glued before it: the site's name and
    its column (``哈尔滨市木兰县人民政府政策文件关于印发《…》的通知`` over ``关于印发《…》的通知``), their spaces lost.
    A head naming bodies alone (``中共某县委某县人民政府关于…``) is the title's issuers, not a page's."""
    return len(line) < len(title) and line.startswith(_TITLE_OPENERS) and title.endswith(line) \
        and not _ORG_LINE.match(title[:-len(line)])


_TITLE_OPENER = re.compile(r"关于|印发|转发")
#: A bare year in brackets after a title (关于禁止焚烧秸秆的通告（2020）): a law database's short name for a
#: text, the year telling apart texts of one name; the text's own title, its issuer first, is below it.
_DATABASE_YEAR = re.compile(r"[（(](?:19|20)\d{2}[）)]$")
#: How many words after 关于 a database's short name shares with the text's own title.
_SHORT_NAME_WORDS = 4


def _outranks(line: str, weak: str, lines: list[_Line], span: tuple[int, int], *, beside: bool = False) -> bool:
    """Whether a title line further down replaces a weak title (see :func:`_weak_title`): it names its
    issuers before 关于/印发/转发 (``凌海市人民政府办公室关于印发…的通知``, ``中共某市委办公室 某市人民政府办公室
    关于…``) and the weak title is its tail (a heading ``凌政办发[2020]35号凌海市…细则的通知`` gives the title
    without its issuer and 关于印发) or a short name without a subject (a column: 奖励政策). A notice
    line that issues the document the weak title names (a page's headline ``某某攻坚行动方案``, then
    ``关于印发《某某攻坚行动方案》的通知`` over the notice's text) replaces it too: the page prints the
    notice, the plan under it. A line the line above or below has the same shape is an entry of a
    list (a gazette's 目录), not the title. A notice title printed beside the document's own number
    (``罗教体字〔2018〕1号`` / ``某局关于印发《某区2018年教育工作计划要点》的通知``) replaces a heading that names
    the text it issues in other words (the page's ``某局2018年教育工作计划要点``): the number marks the
    notice's head.

    Args:
        line: the candidate title line (spaces kept).
        weak: the title taken before it.
        lines: the file's lines.
        span: where the candidate stands in the text.
        beside: the candidate stands beside the document's number (on its line or the next).
    """
    flat = _SPACES_RUN.sub("", line)
    if _page_head_over(_SPACES_RUN.sub("", weak), flat):
        return True  # 某县人民政府政策文件关于印发《…》的通知 over 关于印发《…》的通知: the page's header glued onto it
    quoted = flat.find("《" + _SPACES_RUN.sub("", weak) + "》")
    # (…关于印发《X》的通知, its issuers' names first or not: the notice issuing the text the weak title names)
    issues_it = quoted >= 0 and (flat.startswith(_TITLE_OPENERS) or flat.endswith(("印发", "转发"), 0, quoted))
    issues_it = issues_it or beside and _issues_named(flat, _SPACES_RUN.sub("", weak))
    # (…关于印发某某工作要点的通知, the name unquoted: a notice issuing the text the page's headline names)
    issues_it = issues_it or "印发" in flat and "印发" + _SPACES_RUN.sub("", weak) + "的" in flat
    a, b = span
    head = lines[:_TITLE_REACH + 8]  # candidates stand in the first lines, wrapped over a few more
    above = next((li.text.strip() for li in reversed(head) if li.end < a and li.text.strip()), "")
    # (the page's first line right above: its site's wording of the title's name, or a line naming no place
    # and no text, 规范性文件草案征集意见 over 某市某局关于对《…》征求意见的通知: the column it stands in)
    topmost = above == weak.strip() and not any(li.text.strip() for li in head if li.end <= a and li.text.strip() != above)
    column = topmost and "《" not in weak and TITLED_PLACE.match(_SPACES_RUN.sub("", weak)) is None
    # (under a column's name, a title naming no issuer: 《关于…的意见》（征求意见稿）公开征求意见的通知)
    issuerless = not (issues_it or title_issuer(flat) or spaced_issuers(line))
    if issuerless and not (column and (flat.startswith(_TITLE_OPENERS) or flat[:1] == "《")):
        return False
    # (a database's short name, 关于禁止焚烧秸秆的通告（2020）, opens as the title does after its issuer)
    short = _DATABASE_YEAR.search(weak) is not None and (at := weak.find("关于")) >= 0 \
        and weak[at : at + 2 + _SHORT_NAME_WORDS] in flat
    if not (issues_it or short or len(weak) <= _COLUMN_NAME_MAX or flat.endswith(_SPACES_RUN.sub("", weak))
            or _column_in_path(lines, weak)
            or topmost and (column or _reworded_heading(flat, _SPACES_RUN.sub("", weak)))):
        return False
    below = next((li.text.strip() for li in head if li.start > b and li.text.strip()), "")
    if issuerless and _TITLE_END.search(below):
        return False  # (a title naming no issuer over another: an entry of a list, 文件清单 / 关于…的通知 / 关于…的通知)
    # (a line below opening with the same title prints it again, run into the page's metadata: no list)
    return not any(_TITLE_END.search(t) and title_issuer(_SPACES_RUN.sub("", t)) and not _SPACES_RUN.sub("", t).startswith(flat)
                   for t in (above, below))


#: How much of a page's heading the title below it must hold, in order, to be the same name reworded.
_REWORDED_SHARE = 0.8
_UNQUOTED = str.maketrans("", "", "的“”‘’「」")


def _reworded_heading(flat: str, weak: str) -> bool:
    """Whether the page's first line ``weak`` (naming no issuer) is a site's own wording of the name the
    title ``flat`` right under it gives after its issuers: ``贯彻落实《某纲要》实施意见`` over ``中共某市委某市人民政府
    关于贯彻落实《某纲要》的实施意见``; ``公共体育场馆向社会开放实施办法`` over ``某市人民政府关于印发《某市公共体育场地
    向社会开放管理办法》的通知``. The name (the text quoted after 印发/转发, else the words after 关于) ends with the
    heading's type word and holds most of its words in order."""
    at = flat.find("关于")
    if at < 0 or not _TITLE_END.search(weak) or title_issuer(weak):
        return False
    name = flat[at + 2:]
    if (q := name.find("《")) >= 0 and name.endswith(("印发", "转发"), 0, q) and (e := name.find("》", q)) > q:
        name = name[q + 1:e]
    name, weak = name.translate(_UNQUOTED), weak.translate(_UNQUOTED)
    if name[-2:] != weak[-2:] or len(weak) < _CUT_TITLE_MIN:
        return False
    held = sum(m.size for m in SequenceMatcher(None, weak, name, autojunk=False).get_matching_blocks())
    return held >= _REWORDED_SHARE * len(weak)


def _column_in_path(lines: list[_Line], name: str) -> bool:
    """Whether ``name`` stands in the page's path with an item after it (``首页 > 打造某某强市计划 > 政策文件``):
    the site's column the page stands in, however long, not its text's title (a page's own title ends
    its path)."""
    for li in lines[:_TITLE_REACH]:
        u = li.text
        if name in u and ("»" in u or ">" in u or "›" in u):
            parts = [p.strip(" :：") for p in _CRUMB_MARK.split(u.strip())]
            if name in parts[:-1] and parts[-1]:
                return True
    return False


#: The text a notice title issues or forwards: ``…印发《X》的通知``, ``…转发X的通知``.
_ISSUED_TEXT = re.compile(r"(?:印发|转发)(?P<t>.+?)的通知$")
#: A title's bracket at its end (a period, 试行), left out when two titles' type words are compared.
_END_BRACKET = re.compile(r"（[^（）]*）$")


def _issues_named(flat: str, weak: str) -> bool:
    """Whether the notice title ``flat`` issues a text the heading ``weak`` names in other words: the
    two open with the same place (their first two characters) and end with the same type word
    (某区2018年教育工作计划要点 and 某局2018年教育工作计划要点; 某县…车间等七大专项行动实施方案 and 某县…车间专项行动实施方案)."""
    m = _ISSUED_TEXT.search(flat) if flat.endswith("的通知") else None
    if m is None or not _TITLE_END.search(weak):
        return False
    issued, named = _END_BRACKET.sub("", m.group("t").strip("《》")), _END_BRACKET.sub("", weak)
    return len(issued) >= 4 and issued[:2] == named[:2] and issued[-2:] == named[-2:]


def _beside_number(lines: list[_Line], k: int, number_span: tuple[int, int] | None) -> bool:
    """Whether line ``k`` stands right under the line holding the document's number (blank lines
    between), or right over a line that is only a number."""
    up = next((j for j in range(k - 1, max(-1, k - 4), -1) if lines[j].text.strip()), None)
    if number_span is not None and up is not None and lines[up].start <= number_span[0] < lines[up].end:
        return True
    down = next((j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].text.strip()), None)
    return number_span is None and down is not None and lines[down].text.strip()[-1:] in "号號" \
        and _DOCNUM_LINE.match(lines[down].text.strip()) is not None


#: The line a law mirror prints under its copy of a title: the day the text was made, then the
#: body that made it (``1990年3月10日,铁道部``).
_DATE_MAKER_LINE = re.compile(rf"^{DATE.pattern}\s*[,，、]?\s*(?P<maker>[\u4e00-\u9fff（）]{{2,40}})?$")
#: A body's name a law mirror prints between two copies of a title (中国人民政治协商会议, 国务院).
_MIRROR_BODY = re.compile(r"[\u4e00-\u9fff（）]{2,30}")
#: How many lines around a title's copy its maker and date are looked for (blank lines between).
_MIRROR_GAP = 3


#: How many lines a cover may print a title's first words over, above its last line.
_COVER_LINES_MAX = 2
#: How long each of those lines is.
_COVER_LINE_MAX = 30


def _cover_title(lines: list[_Line], span: tuple[int, int]) -> tuple[str, tuple[int, int], tuple[str]] | None:
    """A cover's title printed over a few lines from the file's first (``某县国民经济和社会发展`` / ``第十四个五年规划和
    2035 年`` / ``远景目标纲要``), then its issuer's name and its date (``某县人民政府`` / ``2021 年 5 月``): the lines
    above the title line found (``span``) that open the file, none a sentence or a title of its own, joined to it, and
    the issuer; None where the file does not open so. The top line names the place (a cover's title opens with
    it), the title line found does not (a title that does is whole: ``附件2`` or a site's ``当前位置`` above it is
    no part of it)."""
    k = bisect_right([li.start for li in lines], span[0]) - 1
    above = [li for li in lines[:max(k, 0)] if li.text.strip()]
    if not above or not names_its_place(above[0].text.strip()) \
            or names_its_place(_SPACES_RUN.sub("", lines[k].text[span[0] - lines[k].start:])):
        return None
    if not 1 <= len(above) <= _COVER_LINES_MAX or any(
            len(t := li.text.strip()) > _COVER_LINE_MAX or _NOT_IN_TITLE.search(t) or _BODY_PUNCT.search(t)
            or _TITLE_END.search(t) or is_metadata_line(t) or not HAN_CHAR.match(t) for li in above):
        return None
    below = [t for li in lines[k + 1 : k + 5] if (t := li.text.strip())][:2]
    if len(below) < 2 or not _ORG_LINE.match(below[0]) or is_metadata_line(below[0]) or not _COVER_DATE.match(below[1]):
        return None
    head = "".join(li.text.strip() for li in above)
    title = _SPACES_RUN.sub("", head + lines[k].text[span[0] - lines[k].start : span[1] - lines[k].start])
    return title, (above[0].start + len(above[0].text) - len(above[0].text.lstrip()), span[1]), (below[0],)


#: A cover's date, under its issuer: a year and a month, perhaps a day (``2021 年 5 月``).
_COVER_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")


def _mirror_head(lines: list[_Line], title: str, span: tuple[int, int], *,
                 maker: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """The maker and date a law mirror prints around its copies of a title that names no body,
    for a text with no number (whose code would name the maker): ``…管理办法`` / ``铁道部`` /
    ``…管理办法`` / ``1990年3月10日,铁道部``. A body's name alone on the line above a copy, and a
    date (with the maker after it) on the line below the title or a copy.

    Args:
        maker: the maker the title names: a date is taken only from a line that names it after the date
            (the line perhaps run on into the addressee: ``1990年1月20日,最高人民法院某省高级人民法院：``).

    Returns:
        The issuer (one name, or none) and the date (``YYYY-MM-DD`` or None).
    """
    issuer: tuple[str, ...] = ()
    made = None
    for k in range(len(lines[:_COPY_REACH])):
        li = lines[k]
        t = li.text.strip()
        if li.end < span[0] or not (t == title or title.startswith(t) and title[len(t):len(t) + 1] in ("（", "(")):
            continue  # (the copy over the text may leave out the title's bracket: …条例 of …条例（2003年修正）)
        near = [lines[j].text.strip() for j in range(max(0, k - _MIRROR_GAP), k) if lines[j].text.strip()]
        if not issuer and li.start > span[0] and near and not is_metadata_line(near[-1]) \
                and not near[-1].startswith(("附件", "附表")) and (_ORG_LINE.match(near[-1]) or len(near) > 1 and near[-2] == title and _MIRROR_BODY.fullmatch(near[-1])):
            issuer = (near[-1],)  # (a line between two copies of the title is the record's issuer field, whatever its name)
        below = next((t for j in range(k + 1, min(len(lines), k + 1 + _MIRROR_GAP)) if (t := lines[j].text.strip())), "")
        if not issuer and li.start > span[0] and _ORG_LINE.match(below) and not is_metadata_line(below):
            issuer = (below,)  # the copy over the text, its issuer under it (…法 / 全国人民代表大会常务委员会 / 主席令)
        if made is None and maker is not None:
            rest = below[m.end():].lstrip("，, ") if below[:1].isdigit() and (m := DATE.match(below)) else ""
            # (the date and the maker alone, or run on into the addressees the notice's first line names:
            # not a body's first sentence, 2023年7月20日，某县人民政府召开…。)
            if rest.startswith(maker) and (len(rest) == len(maker) or rest.endswith(("：", ":")) and "。" not in rest):
                made = iso_date(m)
        elif made is None and (m := _DATE_MAKER_LINE.match(below)):
            made = iso_date(m)
            if not issuer and m.group("maker") and _ORG_LINE.match(m.group("maker")):
                issuer = (m.group("maker"),)
    if len(issuer) == 1 and "批准" in issuer[0]:
        issuer = (_approved_body(issuer[0]),)
    return issuer, made


#: A mirror's maker field naming the body that approved the text, then the one that made it: ``某市政府批准市某委``.
_APPROVED_BY = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|州))?[\u4e00-\u9fff]{0,8}?(?:人民政府|政府|委员会|委|厅|局|部)"
    r"批准(?P<body>[\u4e00-\u9fff（）]{2,30})$")


def _approved_body(name: str) -> str:
    """The body that made a text whose maker field names its approver first, else ``name``: ``某市政府批准市某委`` →
    ``某市某委`` (the maker's 市 the approver's city)."""
    m = _APPROVED_BY.match(name)
    if m is None:
        return name
    body, place = m.group("body"), m.group("place")
    return place + body[1:] if place and body[0] == place[-1] else body


def _issuers_over_copy(lines: list[_Line], title: str, span: tuple[int, int]) -> tuple[tuple[str, ...], bool]:
    """The issuers printed above the body's own copy of a title that a page heading gives
    without them: ``关于印发…的通知`` as the page's heading, then, over the notice's text,
    ``某市人民政府办公厅`` / ``关于印发…`` / ``…的通知`` (the copy may be wrapped, or carry its number in
    brackets after it), and whether the notice prints them as its title's first words: not where they
    are a law mirror's field (``某省某市人民政府办公室`` between two copies of the title, see
    :func:`_mirror_field`).

    Returns:
        The issuers (``()`` if none) and whether they open the title.
    """
    for k, li in enumerate(lines[:_COPY_REACH]):
        if li.start <= span[0] or not _copy_of(li.text, title):
            continue
        first = _issuer_lines_above(lines, k, mirrored=True)
        if first < k:
            return _issuer_names(li.text.strip() for li in lines[first:k]), not _mirror_field(lines, first, k, title)
    return (), False


#: How far down a page the body's copy of its title is looked for.
_COPY_REACH = 80


def _issuing_line_over_copy(lines: list[_Line], title: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The notice's title where a page's headline gives it without its issuer and verb (``《X》的通知``) and the
    notice prints it over two lines, the first naming its issuer and the verb (``区政府办公室印发`` / ``《X》的通知``):
    the two lines joined; None where no such copy follows."""
    if (close := title.rfind("》")) < 0 or title[close + 1 : close + 2] != "的":
        return None
    for k, li in enumerate(lines[:_COPY_REACH]):
        if li.start <= span[0] or li.text.strip() != title:
            continue
        above = next((j for j in range(k - 1, max(-1, k - 3), -1) if lines[j].text.strip()), None)
        if above is None or lines[above].start <= span[0]:
            return None
        head = lines[above].text.strip()
        if head.endswith(("印发", "转发")) and title_issuer(head + title):
            return head + title, (lines[above].start + lines[above].text.find(head), li.start + li.text.find(title) + len(title))
        return None
    return None


# The date a promulgation note prints right before the document's own number, and the act after it:
# ``（1991年3月26日济南市人民政府令19号发布）``; a revised regulation's note ends with the version it is
# (``…令第96号发布 根据2004年7月15日…令第172号修订``), whose date is the document's.
_DATE_RIGHT_BEFORE = re.compile(rf"{DATE.pattern}\s*$")
_PROMULGATED = re.compile(r"\s*(?:发布|公布|颁布|施行|修订|修正)")
#: A version's number in a history note: its date right after the note's bracket or 根据 (the date perhaps glued
#: by a scrape that lost its 年 and 月: ``（2004430日国务院令第406号公布``), and the act right after it.
_NOTE_DATE_BEFORE = re.compile(r"(?:[（(]|根据)\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}|(?:19|20)\d{4,6})\s*日\s*$")
_NOTE_ACT_AFTER = re.compile(r"\s*(?:发布|公布|颁布|修订|修正)")
#: The act after a later version's number in a history note: the text as it now stands.
_REVISED_AFTER = re.compile(r"\s*(?:修订|修正)")


def _promulgation_date(text: str, number_span: tuple[int, int]) -> str | None:
    """The date of the note that promulgates the document under its number, or None."""
    a, b = number_span
    if _PROMULGATED.match(text, b) is None:
        return None
    m = _DATE_RIGHT_BEFORE.search(text, max(0, a - 16), a)
    return iso_date(m) if m else None


# What makes a number in the head a mention of another document: a verb or a title before it on
# its line (根据…, 印发…, 《…》), a bracket around it, or 文件/精神/要求 after it.
# (你院/你省/你部… before a number: a reply quotes the request it answers, 你院(1988)…字第6号…的请示收悉)
_CITING_BEFORE = re.compile(
    rf"(?:{_CITING_VERBS}|对照|见|经|将|和|及|与|、|《|》|（|\(|〔|\[|你[院省市区县部委局厅办会司])[^。；！？]{{0,8}}$")
_CITING_AFTER = re.compile(r"\s*(?:文|精神|要求|有关|规定|的|等|）|\))")
# Where the body's numbered parts begin: the head ends there.
_BODY_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[条章])")
_HEAD_REACH = 40


def _in_title_bracket(t: str, a: int) -> bool:
    """Whether ``t[a]`` stands inside a bracket opened right after a cited 《title》: every number there
    is the cited document's, however far from the bracket (``《…办法》（原…总局令第88号，…部令第2号修改）``)."""
    if "》" not in t[:a]:
        return False  # a cheap test first
    depth = 0
    for i in range(a - 1, -1, -1):
        c = t[i]
        if c in "）)":
            depth += 1
        elif c in "（(":
            if depth == 0:
                return t[:i].rstrip().endswith("》")
            depth -= 1
    return False


#: What a bracket holds that may be a number without its year's brackets: a code, then digits and 号.
_BRACKETED_RUN = re.compile(r"（([\u4e00-\u9fff]{1,10}\d{5,8}号)）")
#: A clause opening with a word of basis (根据某省…行动计划（2020-2022年）（某政办字2020167号）等要求): a number in
#: it, however far (a plain title's length) after the word, is what the clause cites.
_BASIS_CLAUSE = re.compile(rf"\s*(?:{BASIS_WORDS})")


#: A 公告's number written under its title without the kind (``某某部2020年第81号``): a body's name, a year and
#: a serial with 第, alone on its line.
_KINDLESS_ANNOUNCEMENT = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{2,15}?(?<![公通]告)(?<!令))\s*(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<serial>\d{1,5})\s*号")


#: A serial alone on its line, perhaps in brackets: ``（第5号）``, ``第五十五号``.
_BARE_SERIAL = re.compile(r"[（(]?\s*第\s*(?P<serial>\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*[）)]?")


def _congress_over_two_lines(upper: str, lower: str) -> bool:
    """Whether two lines are one congress committee's name printed over both (某州人民代表大会 / 常务委员会…)."""
    return lower.startswith("常务委员会") and upper.endswith("人民代表大会")


def _congress_announcement(lines: list[_Line], k: int, serial: str) -> str | None:
    """The number of a congress committee's 公告 whose serial stands alone on line ``k`` under its name, the name
    perhaps over two lines (``某州人民代表大会`` / ``常务委员会公告``): ``某州人民代表大会常务委员会公告第5号``; else None."""
    head = lines[k - 1].text.strip()
    if k > 1 and _congress_over_two_lines(up := lines[k - 2].text.strip(), head):
        head = up + head
    if "人民代表大会常务委员会公告" not in head or not _ORG_LINE.match(head[:-2]):
        return None
    return canonical_docnum(f"{head}第{serial}号")


def _head_number(lines: list[_Line]) -> tuple[str, tuple[int, int]] | None:
    """The last resort for a one-document file: the first number-shaped string in its head.

    The head is the first lines before the body's numbered parts; a number there that no
    citation context surrounds (see :data:`_CITING_BEFORE`, :data:`_CITING_AFTER`) is the
    document's own, whatever line it stands on, when it is the only such number.
    """
    found: dict[str, tuple[int, int]] = {}
    kind = ""  # 公告/通告 when the line before ends with it: the kind a number line under a title leaves out
    for k, li in enumerate(lines[:_HEAD_REACH]):
        t = li.text
        if _BODY_HEADING.match(t):
            break
        last_kind, kind = kind, t.rstrip()[-2:] if t.rstrip()[-2:] in ("公告", "通告") else ""
        if last_kind == "公告" and "第" in t and (serial := _BARE_SERIAL.fullmatch(t.strip())) is not None \
                and (n := _congress_announcement(lines, k, serial.group("serial"))) is not None:
            # 某州人民代表大会 / 常务委员会公告 / （第5号）: a congress committee's 公告, its name over two lines, its
            # serial alone under it
            a = li.text.index(serial.group(0))
            found.setdefault(n, (li.start + a, li.start + a + len(serial.group(0))))
            continue
        if len(t) < 6 or not ("号" in t or "號" in t):
            continue  # a cheap test first: a number ends in 号
        if last_kind and (m := _KINDLESS_ANNOUNCEMENT.fullmatch(t.strip())):
            # 某某部关于…的公告 / 某某部2020年第81号: the 公告's number under its title, its kind left out
            n = canonical_docnum(f"{m.group('code')}{last_kind}{m.group('year')}年第{m.group('serial')}号")
            if n:
                a = li.text.index(m.group(0))
                found.setdefault(n, (li.start + a, li.start + a + len(m.group(0))))
                continue
        spans = [(m.start, m.end, str(m.number)) for m in find_docnums(t)]
        spans += [(m.start(), m.end(), m.group(0)) for pat in (ORDER_NUMBER, ORDER_NUMBER_LAST) for m in pat.finditer(t)]
        if "公告" in t or "通告" in t:  # 国家某某局公告2019年第7号, 某省人民代表大会常务委员会公告第28号
            spans += [(m.start(), m.end(), m.group(0)) for pat in (ANNOUNCEMENT_NUMBER, CONGRESS_ANNOUNCEMENT_NUMBER)
                      for m in pat.finditer(t)]
        if "号）" in t:  # …政策（试行）（砚发201120号）: a number alone in its bracket, its year's brackets lost
            for m in _BRACKETED_RUN.finditer(t):
                a = m.start()
                if (n := bracketless_docnum(m.group(1))) and t[a - 1 : a] != "》" \
                        and not _CITING_VERB.search(t, max(0, a - 30), a) and not re.search(r"[。；]", t[:a]) \
                        and not _BASIS_CLAUSE.match(t, max(t.rfind(c, 0, a) for c in "，,：:") + 1):
                    found.setdefault(n, (li.start + m.start(1), li.start + m.end(1)))
        # a history note (…令第96号发布 根据…令第172号修订): the text is its last version revised under a
        # number, and the versions before are what it amends
        latest = max((a for a, b, _ in spans if _REVISED_AFTER.match(t, b)), default=-1) if "修" in t else -1
        for a, b, num in sorted(spans):
            if a < latest:
                continue
            n = _order_number(num) if "令" in num else canonical_docnum(num) if "告" in num else num
            # (a version's number in its note stands after a bracket or 根据 and a date: not a reference)
            noted = _NOTE_DATE_BEFORE.search(t, 0, a) is not None and _NOTE_ACT_AFTER.match(t, b) is not None
            if n and (noted or not _CITING_BEFORE.search(t, 0, a) and not _CITING_AFTER.match(t, b)) \
                    and not re.search(r"[。；]", t[:a]) and not _in_title_bracket(t, a):
                found.setdefault(n, (li.start + a, li.start + b))
    # one number, perhaps printed twice: it is the document's; several (a list of documents): none is
    return next(iter(found.items())) if len(found) == 1 else None


def _appointments(text: str, lines: list[_Line], marked: set[int]) -> list[Appointment]:
    """Personnel decisions (:func:`~policykg.extract.appointments.find_appointments`), the lines of a
    gazette's 人事任免 section and the month its heading names marked for it.

    ``marked``: the indices of lines, among them all those holding 【, 目录 or 公报: the only lines
    that open a section (【人事任免】) or close one (an index heading, a masthead), so the lines between
    are taken as runs.
    """
    section: set[int] = set()
    periods: dict[int, str | None] = {}
    in_section = False
    period = None
    first = 0  # the first line of the open section

    def take(upto: int) -> None:
        for li in lines[first:upto]:
            section.add(li.start)
            periods[li.start] = period

    for i in sorted(marked):
        t = lines[i].text.strip()
        mark = _SECTION_MARK.match(t) if t[:1] == "【" else None  # a cheap test first
        if mark:
            if in_section:
                take(i)
            in_section = "任免" in mark.group("name") or "人事" in mark.group("name")
            mp = _PERIOD.search(t)
            period = f"{int(mp.group('y')):04d}-{int(mp.group('m')):02d}" if mp else None
            first = i + 1
            continue
        if in_section and (("目录" in t and _INDEX_LINE.search(t)) or (t.endswith("公报") and _MASTHEAD.match(t))):
            take(i)
            in_section = False
    if in_section:
        take(len(lines))
    return find_appointments(text, [(li.start, li.text) for li in lines], section, periods)


def _index_numbers(lines: list[_Line], candidates: set[int]) -> list[str]:
    """The 文号 listed in a closing 发文目录, for cross-checking.

    ``candidates``: the indices of lines, among them all those holding 目录, 公报, 【 or a year its
    closing bracket follows; no other line opens or closes the index or lists a number in it.
    """
    out: list[str] = []
    inside = False
    for i in sorted(candidates):
        li = lines[i]
        if not inside:
            # A substring test first: the heading is rare and most lines are long prose.
            if "目录" in li.text and len(t := li.text.strip()) < 40 and _INDEX_LINE.search(t):
                inside = True
            continue
        t = li.text.strip()
        m = DOCNUM.match(t)
        if m:
            n = canonical_docnum(m.group(0))
            if n:
                out.append(n)
        elif (t.endswith("公报") and _MASTHEAD.match(t)) or (t[:1] == "【" and _SECTION_MARK.match(t)):
            inside = False
    return out


# ---------------------------------------------------------------------------
# Header facts of one document


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What a document says about itself: type, addressees, signature, dates, attachments."""

    doc_type: str | None
    addressees: tuple[str, ...]
    issuer: tuple[str, ...]
    date: str | None
    effective: str | None
    expires: str | None
    attachments: tuple[str, ...]
    signature_span: tuple[int, int] | None = None
    #: The readings of a signature date whose digits split two ways (``2024115``: 2024-01-15 or
    #: 2024-11-05), when ``date`` is None for that reason; the page's publication date may settle it.
    date_readings: tuple[str, ...] = ()
    #: Whether the text takes force on the day it is issued (自发布之日起施行): its date, once known.
    starts_on_issue: bool = False
    #: The month and day of a start its text writes without a year (自9月19日零时起执行): in the document's year;
    #: and whether it starts at that day's end (自9月19日24时起: the next day).
    start_day: tuple[int, int, bool] | None = None


#: How many lines under the title its head may hold (a copy of the title, the date, the number).
_HEAD_DATE_LINES = 6
#: What ends a document's head: a clause of its body, or its addressees' colon.
_HEAD_CLOSES = re.compile(r"[，。；：,;:]")


def head_date(text: str, start: int, year: int) -> str | None:
    """The day a page prints with dashes on a line of its own in the document's head, under its title
    (``关于…的通知`` / ``2019-06-11`` / ``某发〔2019〕14号``): the document's date, where its number is of the
    same year. A page's stamp of when it was posted or fetched is dated so too, but most often carries its
    time of day (a line this does not read) or falls in another year than the number's (a mirror fetched
    years later); the text's signature, and any date the metadata gives, come first (the caller asks only
    when neither dates the document).

    Args:
        text: the document's normalised text.
        start: where its title line starts in ``text``.
        year: the year of the document's number.

    Returns:
        ``YYYY-MM-DD``, or None when no such line stands in the head, or its year is not ``year``.
    """
    at = start
    for _ in range(_HEAD_DATE_LINES):
        nl = text.find("\n", at)
        line = text[at : nl if nl >= 0 else len(text)].strip()
        if line[:2] in ("19", "20") and len(line) <= 10 and (m := DASHED_DAY.fullmatch(line)) is not None:
            day = iso_date(m)
            return day if day is not None and int(m.group("y")) == year else None
        if _HEAD_CLOSES.search(line) or nl < 0:
            return None
        at = nl + 1
    return None


def start_in_year(day: tuple[int, int, bool], date: str | None) -> str | None:
    """The start date of ``day`` (month, day) in the year of ``date``, the document's: the next year's
    when that day falls more than a month before the date (a notice of December starting 1月1日).

    Args:
        day: the month and day of the start, and whether it starts at that day's end (24时: the next day).
        date: the document's date (``YYYY-MM-DD``), or None.

    Returns:
        ``YYYY-MM-DD``, or None without a date or for a day no calendar has.
    """
    if not date:
        return None
    year = int(date[:4])
    month, d, at_end = day
    try:
        start = _date(year, month, d)
        if (_date.fromisoformat(date) - start).days > 31:
            start = _date(year + 1, month, d)
    except ValueError:
        return None
    return (start + _ONE_DAY if at_end else start).isoformat()


def _addressee_items(to: str) -> tuple[str, ...]:
    """The bodies an addressee line names: its items, but a 、-list of levels sharing one head written once at the
    end (各区、县人民政府; 市政府各委、办、局) is one collective, not 各区 and 县人民政府.

    The list must open an item, or open with its 各/有关 inside one (市政府各委、办、局): a level word ending an
    item of another kind (各管理区、开发区) opens none; and it stays inside one addressee (no ，).
    """
    pieces = split_outside_brackets(to, _LIST_SEPARATOR)
    if "、" not in to:
        return tuple(x.strip() for x, _ in pieces if x.strip())
    spans = [m.span() for m in _SHARED_HEAD_RE.finditer(to) if "，" not in m.group() and "," not in m.group()]
    out: list[str] = []
    covered = 0  # where the last collective read whole ends
    for raw, start in pieces:
        at, end = start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())
        if at < covered:
            if end > covered and to.startswith(("及", "和"), covered):
                out.append(to[covered + 1 : end])  # 各省、自治区、直辖市人民政府及新疆生产建设兵团: one body more
            continue
        span = next((sp for sp in spans if at <= sp[0] < end
                     and (sp[0] == at or to.startswith(ADDRESSEE_OPENERS, sp[0]))), None)
        if span is None:
            out.append(raw)
        else:
            out.append(to[at : max(end, span[1])])  # the list from its first level to its head
            covered = span[1]
    return tuple(x.strip() for x in out if x.strip())


#: How far down a document's text its title's own line is looked for (below a portal's metadata block).
_TITLE_LINE_REACH = 30


def document_facts(text: str, *, title: str | None) -> DocumentFacts:
    """Read a document's type, addressees, issuers, dates and attachments from its text.

    Args:
        text: the document's normalised text, title line first.
        title: its title, if known.

    Returns:
        The facts; fields the text does not state are None or empty.
    """
    lines = _lines(text)
    doc_type = _doc_type(title)
    addressees: tuple[str, ...] = ()
    # (or under the title's own line, which a portal's metadata block may put lines below the text's first)
    at = next((i for i, li in enumerate(lines[:_TITLE_LINE_REACH]) if li.text.strip() == title), 0) if title else 0
    for li in lines[1:10] + lines[max(10, at + 1):at + 10]:
        m = _ADDRESSEE_LINE.match(li.text.strip())
        if m and not DOCNUM.search(li.text) and not is_metadata_line(li.text.strip()) and ("各" in m.group("to") or "人民政府" in m.group("to")
                                                 or "部门" in m.group("to") or "单位" in m.group("to")):
            addressees = _addressee_items(m.group("to"))
            break

    issuer: tuple[str, ...] = ()
    date = None
    readings: tuple[str, ...] = ()
    sig_span = None
    one_line: tuple[tuple[str, ...], str, tuple[int, int]] | None = None
    signed_yearless = False
    for i, li in enumerate(lines):
        t = li.text.strip()
        if t[-1:] not in _DATED_LAST and not t[-1:].isdigit():
            continue  # (a cheap test first: a date, glued or not, and a print line end so; most lines end otherwise)
        if t[1:3] == "此件" and (note := _SPREAD_NOTE.match(t)) is not None and note.end() < len(t):
            t = t[note.end():]  # （此件发至乡）  2017年6月13日: the note on whom the text reaches, on the date's line
        dm = _DATE_ONLY.match(t)
        if dm is None and " " in t and t[-1:].isdigit() and i and (spaced := _SPACED_DAY.match(t)) is not None \
                and _ORG_LINE.match(lines[i - 1].text.strip()):
            dm = spaced  # 国务院 / 2021 12 9: a signature's date whose 年, 月 and 日 a copy lost, the figures apart by spaces
        glued_all = _glued_readings(t) if not dm and 5 < len(t) < 11 else ()  # a cheap test first
        glued = glued_all[0] if len(glued_all) == 1 else None
        yearless = not dm and not glued_all and t[-1:] == "日" and len(t) <= 10 and _YEARLESS_DATE.fullmatch(t) is not None
        if not dm and not glued_all and not yearless:
            if one_line is None and (t[-1:] in "日）印发" or t[-1:].isdigit()) and ("月" in t or "-" in t) and len(t) < 60 \
                    and (od := _name_then_date(t)) is not None and is_agency_name(od.group("org")) \
                    and (day := iso_date(od)) is not None:
                # 某县人民政府督查室  2022年8月19: a brief's masthead, or a signature, on one line;
                # a signature of its own lines further down wins. Joint signers may stand a line each
                # above the last, whose line holds the date (某市交通运输局 / 某市公安局  2022年4月25日).
                # Minutes print the office and the day in any spelling: 某市人民政府办公室 二○一一年十月十七日,
                # 某县人民政府办公室 2016-4-13, and the print line 某局办公室 2021年8月16日印(发).
                names, j = [od.group("org")], i - 1
                while j >= 0 and len(names) < _SIGNERS_MAX and _ORG_LINE.match(u := lines[j].text.strip()) \
                        and not is_metadata_line(u):
                    names.insert(0, u)
                    j -= 1
                # (a print line names the office that printed the text, not its issuer: its day only)
                one_line = (() if t[-1] in "印发" else _issuer_names(names), day, (lines[j + 1].start, li.end))
            elif one_line is None and t[-1:] in ("印", "发") and (t.endswith("日印发") or t.endswith("日印")) \
                    and (pd := _DATE_ONLY.match(t[: t.rindex("日") + 1])) is not None and (day := iso_date(pd)) is not None:
                one_line = ((), day, (li.start, li.end))  # 某厅办公室 / 2021年11月14日印发: a print line, its day on a line
            continue
        orgs = []
        j = i - 1
        if j > 0 and (seal := lines[j].text.strip())[-3:-1] == "代章" and (k := max(seal.rfind("（"), seal.rfind("("))) >= 0:
            # 某联席会议办公室 / （某局代章） / the date, the note on its line or the name's: the body whose seal
            # stands in signs no text of its own
            if k == 0 or _ORG_LINE.match(seal[:k]):
                orgs, j = [seal[:k]] if k else [], j - 1
        while j >= 0 and _ORG_LINE.match(signer := _without_proxy_mark(lines[j].text.strip())) \
                and len(orgs) < _SIGNERS_MAX:
            orgs.insert(0, signer)
            j -= 1
        if not orgs and title and i > 0 and (chief := _CHIEF_LINE.match(lines[i - 1].text.strip())) \
                and (place := TITLED_PLACE.match(title)) and place.group(0).endswith(chief.group("level")):
            # 市长 刘国信 over the date (a regulation a government's chief signs): that government, its
            # place the title's (东营市防空警报设施管理办法)
            orgs, j = [place.group(0) + "人民政府"], i - 2
        for m in range(len(orgs) - 1, 0, -1):
            if _congress_over_two_lines(orgs[m - 1], orgs[m]):
                orgs[m - 1: m + 1] = [orgs[m - 1] + orgs[m]]  # 某州人民代表大会 / 常务委员会: one name on two lines
        if orgs and j >= 0 and (head := _name_head(lines[j].text.strip(), orgs[0])):
            orgs[0] = head + orgs[0]  # 云南省打造世界一流“绿色食品牌” / 工作领导小组办公室: one name on two lines
            j -= 1
        whole = set()
        for m in range(len(orgs) - 1, 0, -1):
            if _group_of_above(orgs[m - 1], orgs[m]):
                # 中共某县委某县人民政府 / 优化营商环境领导小组: one joint body on two lines, the bodies that set it
                # up over its name
                orgs[m - 1: m + 1] = [orgs[m - 1] + orgs[m]]
                whole.add(orgs[m - 1])
        if len(orgs) > 1 and j >= 0 and _NUMBERED_HEADING_LINE.match(above := lines[j].text.strip()) \
                and not _TITLE_END.search(above):
            # 2、职能单位末位排名 / 交通局 / 某县某某领导小组办公室 / 2020年4月10日: the names under a numbered
            # item continue its list (the bodies it ranks or names), the signer is the one naming its place
            while len(orgs) > 1 and not names_its_place(orgs[0]):
                orgs.pop(0)
                j += 1
        if orgs:
            issuer = tuple(n for o in orgs for n in ((o,) if o in whole else _split_joint(o)))
            if yearless:
                signed_yearless = True  # 年2月22日, 2020年4月 日: a year or day lost; the signers stand, the date is unknown
            elif glued_all:
                date, readings = glued, glued_all if glued is None else ()
            else:
                date = iso_date(DATE.search(t) or CN_DATE.search(t) or _DATE_SHORT.match(t) or dm)  # type: ignore[arg-type]
            sig_span = (lines[j + 1].start, li.end)
            break
    if date is None and one_line is not None and not signed_yearless:
        issuer, date, sig_span = one_line
    if date is None and not signed_yearless:
        # A date line with no signature above (a portal copy): take the first one; a 政报
        # prints the number and the date on one line (川办发〔2009〕59号 二○○九年十二月八日), an opinion
        # its date in brackets under its title (（2024年1月10日）).
        for i, li in enumerate(lines):
            t = li.text.strip()
            if t[-1:] == "）" and (t[:1] == "（" or "（" not in t):
                t = t[1:-1] if t[:1] == "（" else t[:-1]  # (a note whose opening bracket a page lost: …会议通过）)
            nd = _NUMBER_FIRST.match(t) if t[-1:] == "日" else None
            if (dm := _DATE_ONLY.match(t)) or (nd and _DATE_ONLY.match(nd.group("rest"))):
                date = iso_date(DATE.search(li.text) or CN_DATE.search(li.text) or dm)
                break
            if t[-2:] == "批准" and "通过" in t and (approved := _approval_note(t)) is not None:
                # …会议通过 …会议批准 (…修订 …批准): a local regulation's adoption, then its approval, the last
                # approval dating the text in force; the congress (or its committee) that adopted it issues it
                date, body = approved
                if not issuer and body:
                    issuer = (body,)
                break
            if t[-3:] == "起施行" and "通过" in t:
                t = t[:t.rindex("通过") + 2]  # …会议通过 1996年10月1日起施行: the adoption, then the start
            if t[-2:] == "通过" and (adopted := _adoption_date(t)) is not None:
                date = adopted  # 一九五五年二月十日国务院常务会议通过: a decision's or a law's adoption note
                break
            if "在" in t and (t[:1] in _DATELINE_FIRST or i < _DATELINE_LINES and "——" in t[:_DATELINE_LEAD]) \
                    and (spoken := _dateline(t) or _glued_dateline(t, lines[i + 1].text.strip() if i + 1 < len(lines)
                                                                    and i < _DATELINE_LINES else "")) is not None:
                date = spoken  # ——2018年11月22日在某市人大常委会会议上: a speech's or a report's dateline
                if not issuer and (body := _body_under_dateline(lines, i)) is not None:
                    issuer = (body,)
                break
            if 6 < len(t) < 11 and (glued_all := _glued_readings(t)):
                if len(glued_all) == 1:
                    date = glued_all[0]  # 2024327 under the notice's text, its signature's name lost
                    break
                readings = readings or glued_all

    if date is None and not signed_yearless and (inline := _inline_signature(text, title)) is not None:
        names, date, sig_span = inline
        issuer = issuer or names
    if not issuer and (undated := _signer_over_issued(lines, text)) is not None:
        issuer, span_of_signer = undated
        sig_span = sig_span or span_of_signer
    if not issuer and "文件" in text[:_RED_HEAD_LEAD] and (red := _RED_HEAD.search(text, 0, _RED_HEAD_LEAD)) is not None \
            and _ORG_LINE.match(org := red.group("org")) and is_agency_name(org):
        issuer = tuple(_split_joint(org))  # 某市人民政府文件 / 某政〔2018〕53号: a red-headed copy's masthead, no signer read
    if not issuer and lines and (byline := lines[0].text.strip())[:1] == "◎" and len(byline) <= _BYLINE_MAX \
            and not _HEAD_CLOSES.search(byline) and is_agency_name(name := byline[1:].strip()):
        issuer = (name,)  # ◎某省水利厅某处 opening a journal's reprint: the body, or its section, that wrote the text

    effective = None
    # A start date with its verb is one without it followed by the verb: the first without
    # it is where the search for the first with it begins (one scan when there is none).
    mb = _EFFECTIVE_BARE.search(text)
    if mb and _NAMED_PERIOD.search(text, max(0, mb.start() - 6), mb.start()) is not None:
        mb = _EFFECTIVE_BARE.search(text, mb.end())  # 统计期限从2023年1月1日起至…: a named period, not the start
    m = _EFFECTIVE.search(text, mb.start()) if mb else None
    if m is None and mb and not _NUMBERED_HEADING.search(text, 0, mb.start()) and not _ACTIVITY_START.match(text, mb.end()):
        m = mb  # 决定：从2024年1月1日起，将… in the opening, before any numbered measure (not 起，在全国开展…行动)
    if m is None and mb and _NUMBERED_HEADING.search(text, 0, mb.start()) and _opens_first_item(text, mb.start()) \
            and not _ACTIVITY_START.match(text, mb.end()):
        m = mb  # 一、从2006年9月1日起，调整…: the date that opens the first measure is the notice's start
    if m is None and not mb and (holds(text, "自二") or holds(text, "自一九") or holds(text, "于二") or holds(text, "于一九")):
        m = _EFFECTIVE_CN.search(text)
    if m is None and not mb:
        m = _EFFECTIVE_NO_QI.search(text)  # 此次政策调整从2019年10月1日执行
    if m is None and not mb:
        for sv in _START_VERB.finditer(text):
            if (m := _DATE_BEFORE_START.search(text, max(0, sv.start() - 24), sv.start())) is not None:
                break  # 补贴标准2020年1月1日起执行
    start_day = None
    on_issue = False
    until = None
    glued = () if m or mb else _glued_start(text)
    if m:
        effective = iso_date(m)
        if effective and _AT_DAY_END.search(m.group(0)):
            # 自2020年1月23日24时起: the end of that day, so the start of the next
            effective = (_date.fromisoformat(effective) + _ONE_DAY).isoformat()
    elif glued:
        effective = glued[0]  # 自20201231日起执行
    elif _EFFECTIVE_ON_ISSUE.search(text) or (until := "之日起" in text and _on_issue_until(text)):
        effective = date
        on_issue = True
    elif (my := _EFFECTIVE_YEARLESS.search(text)) is not None and (
            my.group("verb") or not _NUMBERED_HEADING.search(text, 0, my.start())
            and not _ACTIVITY_START.match(text, my.end())):
        start_day = (int(my.group("m")), int(my.group("d")), _AT_DAY_END.search(my.group(0)) is not None)
    elif (mm := _EFFECTIVE_MONTH.search(text)) is not None and 1 <= int(mm.group("m")) <= 12 \
            and (date is None or int(mm.group("y")) >= int(date[:4]) - 1) and (
            mm.group("verb") or not _NUMBERED_HEADING.search(text, 0, mm.start())
            and not _ACTIVITY_START.match(text, mm.end())):
        # 从2013年11月起提高…: the month's first day; a month years before the text's date recalls the start of
        # the rule it applies (a 2020 payout list: 从2015年1月起，对…每月发放100元), not its own
        effective = f"{mm.group('y')}-{int(mm.group('m')):02d}-01"
    expires = None
    # Both readings of a term open with 有效期: one scan finds where they may start.
    term = _TERM.search(text)
    m = (term and _EXPIRES.search(text, term.start())) or _EXPIRED_ON.search(text) or until or None
    if m is None and term and (mf := _TERM_FROM.search(text, term.start())) is not None \
            and _OWN_TERM.search(text, max(0, mf.start() - 10), mf.start()) is not None \
            and (m := DATE.match(text, mf.end())) is not None:
        effective = effective or iso_date(mf)  # 有效期自2023年12月1日至2028年11月30日: both ends of the term
    if m is None and "期限" in text:
        for mf in _RUN_TERM.finditer(text):
            if text[max(0, mf.start() - 2): mf.start()] in _RUN_TERM_VERBS and (m := DATE.match(text, mf.end())) is not None:
                effective = effective or iso_date(mf)  # 执行期限为2021年7月1日----2022年6月30日
                break
    if m:
        expires = iso_date(m)
    else:
        my = term and _EXPIRES_YEARS.search(text, term.start())
        base = effective or date
        if my and base:
            n = int(my.group("n")) if my.group("n").isdigit() else "一二三四五六七八九十".index(my.group("n")) + 1
            y, mo, d = (int(x) for x in base.split("-"))
            try:
                end = _date(y + n, mo, d).toordinal() - 1
                expires = _date.fromordinal(end).isoformat()
            except ValueError:
                expires = None
    attachments = []
    if holds(text, "附件"):  # a cheap test first, then only the lines holding 附 can open with 附件
        starts = [li.start for li in lines]
        for i in sorted(_lines_holding(text, starts, ("附",))):
            m = _ATTACHMENT.match(lines[i].text.strip())
            if m:
                attachments.append(re.sub(r"（略）$", "", m.group("att")).strip())
    return DocumentFacts(doc_type=doc_type, addressees=addressees, issuer=issuer, date=date, effective=effective,
                         expires=expires, attachments=tuple(attachments), signature_span=sig_span,
                         date_readings=readings if date is None else (), starts_on_issue=on_issue,
                         start_day=start_day)


def _glued_start(text: str) -> tuple[str, ...]:
    """The day of the text's start whose date lost its 年 and 月 (自20201231日起执行: ``("2020-12-31",)``), or ``()``
    when there is none or its digits read as more than one day (自2021118日起执行)."""
    m = _EFFECTIVE_GLUED.search(text)
    if m is None:
        return ()
    readings = _glued_readings(m.group("glued"))
    return readings if len(readings) == 1 else ()


def _signer_over_issued(lines: list[_Line], text: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """A signature with no date between a notice's last sentence and the text it issues: ``…请认真遵照执行。`` /
    ``体育总局办公厅`` / ``全民健身场地设施提升行动工作方案（2023-2025年）``, the line under the body's name the
    title the notice named in 《》.

    Returns:
        The signers and the signature's span, or None.
    """
    said = [li for li in lines if li.text.strip()]
    for k in range(1, len(said) - 1):
        t = said[k].text.strip()
        if said[k - 1].text.rstrip()[-1:] != "。" or not _ORG_LINE.match(t) or is_metadata_line(t) \
                or not is_agency_name(t):
            continue
        if f"《{said[k + 1].text.strip()}》" in text[:said[k].start]:
            return tuple(_split_joint(t)), (said[k].start, said[k].end)
    return None



def _on_issue_until(text: str) -> re.Match[str] | None:
    """The first term from the issue to a day that is the text's own (自本通知发布之日起至2017年6月30日，…缴存基数…):
    not one that opens an activity's window (自本通知印发之日起至2024年12月31日，在全市开展…专项行动)."""
    for m in _ON_ISSUE_UNTIL.finditer(text):
        if not _ACTIVITY_START.match(text, m.end()):
            return m
    return None


def _opens_first_item(text: str, at: int) -> bool:
    """Whether ``at`` opens the text's first numbered measure (``一、`` or ``（一）`` right before it)."""
    head = _NUMBERED_HEADING.search(text)
    if head is None:
        return False
    return head.group(0).strip() in ("一、", "（一）", "(一)") and text[head.end() : at].strip() == ""


#: A full date in running text (a cheap scan: a text holds few).
_RUN_DATE = re.compile(rf"{_YMD}\s*日")
#: A sentence's end: 。！？, or a half-width full stop after a Han character (a journal PDF's text).
_STOP_BEFORE = re.compile(r"(?:[。！？]|(?<=[\u4e00-\u9fff])[.．])")


def _inline_signature(text: str, title: str | None) -> tuple[tuple[str, ...], str, tuple[int, int]] | None:
    """A signature run into the text, its line breaks lost: a body's name directly followed by a full
    date, between the end of a sentence and the text the notice issues (``…认真组织实施.某院办公厅2019年6月24日
    某某考核方案为贯彻…``) or the end of the line.

    Returns:
        The signers, the date (``YYYY-MM-DD``) and the signature's span, or None.
    """
    issued = _ISSUED_TEXT.search(title) if title and title.endswith("的通知") else None
    issued_title = issued.group("t").strip("《》") if issued else None
    for m in chain(_RUN_DATE.finditer(text), CN_DATE.finditer(text)):
        # (…反映、联系。某市人民政府办公室二○一一年十二月二十日扩大…方案: a page on one line signs in any numerals)
        a = m.start()
        stops = list(_STOP_BEFORE.finditer(text, max(0, a - 41), a))
        if not stops:
            continue
        org = text[stops[-1].end():a].strip()
        if not _ORG_LINE.match(org) or not is_agency_name(org):
            continue
        nl = text.find("\n", m.end())
        rest = text[m.end(): nl if nl >= 0 else len(text)].strip()
        if rest and not (issued_title and _opens_issued(rest, issued_title)):
            continue  # 某院2019年6月24日印发的…: a sentence that opens with a body and a date
        if (day := iso_date(m)) is not None:
            return tuple(_split_joint(org)), day, (stops[-1].end(), m.end())
    # 请认真遵照执行。 / 2018年9月10日―2―某市…办法为落实…: a date alone after the text's last sentence (its
    # signer a seal the copy lost), the text it issues after it, or the page's end (its number)
    for m in _RUN_DATE.finditer(text):
        before = text[max(0, m.start() - 3): m.start()].rstrip()
        if before[-1:] in "。！？" and (_RUN_PAGE_MARK.match(text, _PAST_REACH_NOTE.match(text, m.end()).end())
                                        or issued_title and _opens_issued(
                text[m.end(): m.end() + len(issued_title) + 24], issued_title)) and (day := iso_date(m)) is not None:
            return (), day, (m.start(), m.end())
    # 请遵照执行。 二○○七年十一月十三日 某市…办法 (a page printed on one line): a date in Chinese numerals
    # opening a sentence of its own and no clause (not 二○○七年十一月十三日，市政府召开…) is the signature's
    for m in _SIGNED_CN_DATE.finditer(text):
        if text[m.end():m.end() + 1] not in _CLAUSE_GOES_ON and (day := iso_date(m)) is not None:
            return (), day, (m.start("y"), m.end())
    return None


def _without_proxy_mark(signer: str) -> str:
    """A signer's line without the mark of one who signs on another's behalf (``某领导小组办公室（代）``: the
    office signs for its group, and is the name read)."""
    return signer[:-3].rstrip() if signer[-3:] == "（代）" else signer


#: A red-headed document's masthead: the body's name and 文件 opening a line, the number under it (某市人民政府文件 /
#: 某政〔2018〕53号) or after it ending the line; in a copy run on, the page's number before the masthead, the text
#: going on after the number (1―某市人民政府文件某政〔2018〕53号某市人民政府关于…), or the title opening with 关于 right
#: after the number (某区财政局文件 某财发〔2023〕1号 关于下达…的通知 各镇…: a copy run on one line). A sentence naming a
#: document by both (现将市政府文件某政〔2018〕53号转发给你们) is no masthead.
_RED_HEAD_NUMBER = r"[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\s*(?:19|20)\d{2}"
_RED_HEAD = re.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*(?P<page>[-—―]?[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—―][ \t\u3000]*)?"
    r"(?P<org>[\u4e00-\u9fff]{2,30}?)文件[ \t\u3000]*"
    rf"(?:\n\s*(?={_RED_HEAD_NUMBER})"
    rf"|(?={_RED_HEAD_NUMBER}\s*[〕\]］)）]\s*\d{{1,4}}\s*[号號](?(page)|[ \t\u3000]*(?:\n|$|关于))))"
)
#: The longest byline (◎ and a body's name) that opens a reprint.
_BYLINE_MAX = 32
#: How far into a document its masthead may stand.
_RED_HEAD_LEAD = 200
#: A page's number in a copy run on (―2―, —1—, - 3 -).
_RUN_PAGE_MARK = re.compile(r"[-—―]\s*\d{1,3}\s*[-—―]")
#: What may stand between a run-on signature's date and the page's number: spaces and a note on whom the text
#: reaches (2021年12月29日 （此件公开发布） —1—).
_PAST_REACH_NOTE = re.compile(r"\s*(?:[（(]此件[^（）()\n]{0,12}[）)]\s*)?")
#: How many first characters of an issued text's title tell it opens the text after a signature.
_ISSUED_LEAD = 8


def _opens_issued(rest: str, issued_title: str) -> bool:
    """Whether ``rest``, the text after a signature's date, opens with the title of the text the notice issues:
    past a note on whom it reaches (（此件公开发布）) and a page's number (―2―), which may fall inside the title."""
    if rest.startswith(("（此件", "(此件")) and (k := rest.find("）" if rest[0] == "（" else ")")) > 0:
        rest = rest[k + 1:]
    if "—" in rest or "―" in rest or "-" in rest:
        rest = _RUN_PAGE_MARK.sub("", rest)
    rest = rest.lstrip()
    return rest.startswith(issued_title) or len(issued_title) > _ISSUED_LEAD and rest.startswith(issued_title[:_ISSUED_LEAD])


#: A date in Chinese numerals right after a sentence's end.
_SIGNED_CN_DATE = re.compile(r"[。！？]\s*" + CN_DATE.pattern)
#: What goes on after a date that opens a clause rather than signs (，起 至 前 在 以).
_CLAUSE_GOES_ON = frozenset("，,、；：起至前后在以")


#: The congress or its standing committee whose session adopted a local regulation, its term dropped:
#: ``某某市第十四届人民代表大会常务委员会第二十九次会议通过`` → 某某市 + 人民代表大会常务委员会.
_ADOPTING_CONGRESS = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十\d]{1,3}届(?P<body>人民代表大会(?:常务委员会)?)"
    r"(?:第[一二三四五六七八九十\d]{1,4}次)?(?:全体)?会议")
#: The longest stretch of an approval note from one date to the next.
_NOTE_STEP_MAX = 80


def _approval_note(t: str) -> tuple[str, str | None] | None:
    """The date of the last approval in a regulation's note (``2010年8月26日某市…会议通过 2010年11月24日某省…会议
    批准 2019年10月18日…修订 2019年11月28日…批准``) and the congress that adopted it, else None: each step opens with
    its date and ends with its verb (the steps perhaps glued, perhaps apart by ；), the note with 批准."""
    dates = list(DATE.finditer(t))
    if len(dates) < 2 or dates[0].start() > 1:
        return None
    approved, body = None, None
    for k, d in enumerate(dates):
        step = t[d.end(): dates[k + 1].start() if k + 1 < len(dates) else len(t)].rstrip(" \t\u3000；;，,")
        if len(step) > _NOTE_STEP_MAX or step[-2:] not in ("通过", "批准", "修订", "修正", "公布"):
            return None
        if step[-2:] == "批准":
            approved = iso_date(d)
        elif step[-2:] == "通过" and body is None and (m := _ADOPTING_CONGRESS.match(step)) is not None:
            body = m.group("place") + m.group("body")
    return (approved, body) if approved else None


def _adoption_date(t: str) -> str | None:
    """The date an adoption note opens with (``2023年5月31日…会议通过``, ``一九五五年二月十日国务院常务会议通过``),
    or None; a date that lost its separators (``202184日…通过``) is not read."""
    m = DATE.match(t) if t[:1].isdigit() else CN_DATE.match(t)
    if m is None or len(t) - m.end() > _ADOPTION_MAX or _HEADER_CLAUSE.search(t, m.end()):
        return None
    return iso_date(m)


#: The dateline a speech or a report delivered at a meeting prints under its title, perhaps after a dash
#: or in brackets: ``——2018年11月22日在某市人大常委会第十六次会议上``, ``（2019年3月2日在某县人民代表大会
#: 第四次会议上）``; a scrape may glue the date's digits (``——20211228日在…会议上``).
_DATELINE = re.compile(
    r"^[—－\-–]{0,2}\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})|(?P<glued>(?:19|20)\d{4,6}))\s*日"
    r"\s*在[^。；，！？：]{2,60}?会(?:议)?上?(?:的[\u4e00-\u9fff]{2,4})?$"
)

#: The characters a dateline opens with (the cheap test first).
_DATELINE_FIRST = frozenset("—－-–12")


def _dateline(t: str) -> str | None:
    """The date of a speech's or a report's dateline (:data:`_DATELINE`), ``YYYY-MM-DD``, or None: not
    one, or digits glued so that they read as two dates."""
    m = _DATELINE.match(t)
    if m is None:
        return None
    if m.group("glued"):
        readings = _glued_readings(m.group("glued"))
        return readings[0] if len(readings) == 1 else None
    return iso_date(m)


#: A dateline run on into what follows it, on its page's first lines: the speaker's name and the address
#: glued after it (``——2023年8月31日在区人大常委会第十五次会议上某区副区长某某尊敬的…``), glued after its
#: title (``政府工作报告——2012年1月3日在…会议上…``), or wrapped onto the next line (``——2022年1月20日在某县第十八届`` /
#: ``人民代表大会第一次会议上``).
_DATELINE_RUN = re.compile(rf"[—－]{{2}}\s*{_YMD}\s*日\s*在[^。；，！？：]{{2,60}}?会议上")
_DATELINE_LINES = 12
_DATELINE_LEAD = 30


def _glued_dateline(t: str, nxt: str) -> str | None:
    """The date of a dateline (:data:`_DATELINE_RUN`) that opens ``t`` or follows a report's or a speech's
    title there, run on into the text after it or wrapped onto ``nxt``; None if there is none."""
    a = t.find("——")
    if a < 0 or a > _DATELINE_LEAD or a > 0 and t[a - 2:a] not in ("报告", "讲话"):
        return None
    if (m := _DATELINE_RUN.match(t, a)) is None and nxt and len(t) - a < 40 and nxt[-3:] == "会议上":
        m = _DATELINE_RUN.fullmatch(t[a:] + nxt)
    return iso_date(m) if m else None


#: The longest name of a body a report's dateline has under it.
_DATELINE_BODY_MAX = 30


def _body_under_dateline(lines: list[_Line], i: int) -> str | None:
    """The body a report delivered at a meeting names on a line of its own right under its dateline (line
    ``i``; ``——2020年7月30日在某区人民代表大会`` / ``常务委员会第二十九次会议上`` / ``某市某区人民政府``): the
    government that reports, its place named; None where the line under names a speaker (某局局长 某某) or none."""
    below = (t for li in lines[i + 1:i + 6] if (t := li.text.strip()))
    t = next(below, "")
    if t[-3:] == "会议上":
        t = next(below, "")  # the dateline's wrapped tail
    if len(t) <= _DATELINE_BODY_MAX and _ORG_LINE.match(t) and names_its_place(t):
        return t
    return None


#: The longest text an adoption note prints between its date and 通过 (the meeting's name).
_ADOPTION_MAX = 60
_HEADER_CLAUSE = re.compile(r"[。；，！？]")


#: A signature date whose year a mirror lost (``年2月22日``, ``2月22日``).
# (or its day left blank, to be filled in when signed: 2020年4月 日)
_YEARLESS_DATE = re.compile(r"年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*日")
#: A body's name and a date on one line (a brief's masthead, a signature whose break was lost), perhaps
#: with a note in brackets after the date (国务院 2021年12月9日 （本文有删减）).
_NAME_THEN_DATE = re.compile(rf"^(?P<org>[\u4e00-\u9fff（）]{{2,40}}?)\s*{_YMD}\s*日?(?:\s*（[^（）]{{2,20}}）)?$")
_NAME_THEN_OTHER_DATES = (
    re.compile(rf"^(?P<org>[\u4e00-\u9fff（）]{{2,40}}?)\s*{CN_DATE.pattern}$"),
    re.compile(r"^(?P<org>[\u4e00-\u9fff（）]{2,40}?)\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)


def _name_then_date(t: str) -> re.Match[str] | None:
    """A body's name and a date on one line (:data:`_NAME_THEN_DATE`, :data:`_NAME_THEN_OTHER_DATES`), perhaps a
    print line's 印/印发 after the date (某局办公室 2021年8月16日印)."""
    if t[-1] in "印发":
        t = t.removesuffix("印发") if t.endswith("日印发") else t.removesuffix("印") if t.endswith("日印") else t
    if (m := _NAME_THEN_DATE.match(t)) is not None:
        return m
    return next((m for pat in _NAME_THEN_OTHER_DATES if (m := pat.match(t)) is not None), None)
#: A signature line that opens a body's name the next line ends: a place, then words without clause
#: punctuation (quotes may name a campaign: 打造世界一流“绿色食品牌”).
_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff“”\"（）]{4,30}$")


def _name_head(above: str, top: str) -> str | None:
    """The first part of a signature's name wrapped over two lines, or None.

    ``above`` opens with a place (云南省…) and ``top``, the organisation line under it, names
    no place and no level of its own (工作领导小组办公室): alone it would be a name cut short.
    """
    if not _NAME_HEAD.match(above) or _ORG_LINE.match(above) or not _PLACE_PREFIX.match(above):
        return None
    if top[0] in _LEVELS or top.startswith("中共") or _PLACE_PREFIX.match(top):
        return None
    return above


def _group_of_above(above: str, name: str) -> bool:
    """Whether the signature line ``name`` is a joint body's name (领导小组, 指挥部…) naming no place and no level, the
    bodies that set it up on the line ``above`` (``中共某县委某县人民政府`` / ``优化营商环境领导小组``): one name."""
    return name.endswith(JOINT_BODY_HEADS) and name[0] not in _LEVELS and not names_its_place(name) \
        and not name.startswith("中共") and names_its_place(above) and not above.endswith(JOINT_BODY_HEADS)


def _glued_readings(t: str) -> tuple[str, ...]:
    """The real dates a signature date whose 年 and 月 a scrape lost splits into (``2023925日``,
    ``2015917``, ``20240301``, ``201999``, ``2018年210``, ``20227月8日``: one each, 2023-92-5 being none; ``2024115``: 2024-01-15
    and 2024-11-05); ``()`` for a line of another shape. Only one reading is the date; two are
    left to the page's publication date (:func:`policykg.extract.metadata.settle`)."""
    digits = t.removesuffix("日")
    if digits[4:5] == "年":
        digits = digits[:4] + digits[5:]  # 2018年210: the 年 kept, the 月 lost
    elif digits[5:6] == "月" or digits[6:7] == "月":
        # 20227月8日, 202212月18日: the 年 lost, the 月 kept, which cuts the month from the day: one reading
        month, _, day = digits[4:].partition("月")
        if not (digits[:2] in ("19", "20") and digits[:4].isdigit() and month.isdigit() and day.isdigit()
                and 1 <= len(day) <= 2):
            return ()
        try:
            return (_date(int(digits[:4]), int(month), int(day)).isoformat(),)
        except ValueError:
            return ()
    if not (6 <= len(digits) <= 8 and digits[:2] in ("19", "20") and digits.isdigit()):
        return ()  # a cheap test first
    year, rest = int(digits[:4]), digits[4:]
    found = []
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        padded = cut == 2 and len(day) == 2  # 20240301: month and day of two digits each
        if 1 <= len(day) <= 2 and (padded or (month[0] != "0" and day[0] != "0")):
            try:
                found.append(_date(year, int(month), int(day)).isoformat())
            except ValueError:
                pass
    return tuple(found)


_PLACE_PREFIX = re.compile(r"^(?:中共)?(?P<place>[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|州|盟|旗|镇|乡))")


def order_issuer(code: str) -> str | None:
    """The body an order's code names in full (``厦门市人民政府令`` → ``厦门市人民政府``, a central
    body: ``国务院令``, ``财政部令``; a 公告 numbered by year: ``国家税务总局公告``), or None (``政府令``,
    ``省政府令``: a level without its place)."""
    body = code.removesuffix("令").removesuffix("公告").removesuffix("通告")
    if body != code and code[-1] == "告" and not _ORG_LINE.match(body):
        # 某市审计局审计结果公告: a body numbering a series of its 公告, the series' name after its own
        body = next((body[:cut] for cut in range(len(body) - 2, max(1, len(body) - _SERIES_NAME_MAX - 1), -1)
                     if _ORG_LINE.match(body[:cut])), body)
    if body == code or not _ORG_LINE.match(body):
        return None
    body = body.removeprefix(STATE_NAME) or body  # 中华人民共和国国务院令: the body is 国务院
    return body if names_its_place(body) or _CENTRAL_BODY.match(body) else None


#: The longest name of a series of 公告 a body numbers after its own name (审计结果, 环境信息).
_SERIES_NAME_MAX = 6
#: A central body's name: no level word opens it (国务院, 财政部, 交通运输部, 国家发展和改革委员会).
_CENTRAL_BODY = re.compile(r"^(?![省市县区州镇乡])(?!政府)[\u4e00-\u9fff]{1,10}(?:院|部|委员会|总局|署)$")


#: A body's name a page prints over its text as its header: a government's or a department's (:data:`_ORG_LINE`),
#: or a survey team's (国家统计局某市调查队).
_HEADER_BODY = re.compile(_ORG_LINE.pattern[:-2] + "|调查总队|调查队)$")
#: How many bodies' lines a page's header may stack over the text.
_HEADER_BODIES_MAX = 3


def header_bodies(text: str) -> tuple[str, ...]:
    """The bodies a page without title prints over its text, each on a line of its own (a communiqué's
    header: ``某市统计局`` / ``国家统计局某市调查队``, then ``2022年，面对…``): the first names its place, the
    line under the last is the text's first sentence. Empty when the lines above the text are not all such
    names.

    Args:
        text: the document's normalised text.

    Returns:
        The bodies' names in the order printed, or ``()``.
    """
    names: list[str] = []
    for raw in text.split("\n", _HEADER_BODIES_MAX + 3)[:_HEADER_BODIES_MAX + 3]:
        t = raw.strip()
        if not t:
            continue
        if len(t) <= _DATELINE_BODY_MAX and _HEADER_BODY.match(t):
            names.append(t)
            if len(names) > _HEADER_BODIES_MAX:
                return ()
            continue
        if names and names_its_place(names[0]) and _HEADER_CLAUSE.search(t):
            return tuple(names)
        return ()
    return ()


def reporting_body(text: str) -> tuple[str, ...]:
    """The body a report's opening names as the one reporting (``现将下洋镇人民政府2023年法治政府建设工作汇报如下``):
    a body's name that opens with its place, then what it reports and the verb. ``()`` when the opening names
    none (现将我镇…情况总结如下).
    """
    opening = text[:REPORT_OPENING_REACH]
    if "现将" not in opening or "如下" not in opening or (m := _REPORTING_BODY.search(opening)) is None:
        return ()
    org = m.group("org")
    place = _PLACE_PREFIX.match(org)
    return (org,) if place is not None and _PLACE_WORDS.fullmatch(place.group("place")[:-1]) and _ORG_LINE.match(org) \
        and is_agency_name(org) else ()


#: A report's opening naming its reporting body: 现将, the body, the year or the matter it reports on, what it
#: reports (…工作, …情况) and the verb (汇报/报告/总结/通报如下).
_REPORTING_BODY = re.compile(
    r"现将(?P<org>[\u4e00-\u9fff（）]{3,30}?(?:人民政府|政府|委员会|办事处|局|厅|委|办公室|中心))"
    r"(?:(?:19|20)\d{2}年|关于)[^。；，：\n]{0,40}?(?:工作|情况)[^。；，：\n]{0,6}?(?:汇报|报告|总结|通报)如下"
)


def page_spelled_body(name: str, text: str) -> str:
    """A body a page's byline names bare (``来源：城市管理综合行政执法局``) as the page's other printings of it spell
    it: after a place, at a line's or a path step's start (``首页 >> 望都县城市管理综合行政执法局 >> 事前公开``). The
    name unchanged when no printing puts a place before it, or two put different ones.
    """
    places: set[str] = set()
    at = text.find(name)
    while at >= 0 and len(places) < 2:
        if at and "\u4e00" <= text[at - 1] <= "\u9fff" and (m := _PLACE_BEFORE.search(text, max(0, at - _PLACE_BEFORE_MAX), at)) \
                and _PLACE_WORDS.fullmatch(m.group()[:-1]):
            places.add(m.group())
        at = text.find(name, at + len(name))
    return places.pop() + name if len(places) == 1 else name


#: A place's name, its level word last, ending where a body's name starts and opening a line or a step of a page's path
#: (any mark before it, no Han character).
_PLACE_BEFORE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|^)[\u4e00-\u9fff]{2,5}(?:省|市|区|县|州|盟|旗|镇|乡)$", re.M)
#: The longest place :data:`_PLACE_BEFORE` reads.
_PLACE_BEFORE_MAX = 6


def names_its_place(name: str) -> bool:
    """Whether a body's name opens with its place (``郎溪县人民政府``, ``中共郎溪县委``), not only
    its level (``区人民政府办公室``)."""
    return _PLACE_PREFIX.match(name) is not None


def placed_issuer(name: str, code: str | None, text: str, *, zones: bool = True) -> str:
    """An issuer a title or portal names by its level only (``省人民政府``, ``市人民政府办公室``)
    spelled with its place, where the document's number tells which place.

    The number's code names the body in the issuer-code table (``鄂政发`` → ``湖北省人民政府``
    for ``省人民政府``), or its first character opens the one place of that level the
    document's text names as a body's or listed place (``六盘水府办发`` and ``六盘水市`` give
    ``六盘水市人民政府办公室``; ``华政发`` and ``华容县政府`` give ``华容县人民政府…``), or the place
    word a development zone of the text is named by (``嘉政办发`` and ``嘉鱼经济开发区`` give
    ``嘉鱼县人民政府办公室`` for ``县人民政府办公室``). Nothing is guessed: two candidate places, or none, leave the name as it is.

    Args:
        name: the issuer as found.
        code: the issuer code of the document's number, if it has one.
        text: the document's text.
        zones: whether a zone's place word counts (its level is the name's, so not where the
            level itself is guessed).

    Returns:
        The name with its place, or ``name`` unchanged.
    """
    if not code or name[:1] not in _LEVELS or names_its_place(name):
        return name
    body = issuer_of(code)
    if body and body != name and body.endswith(name) and names_its_place(body):
        return body
    level = name[0]
    if code[0] in _LEVELS:
        return name
    # (a district's or county's code may name its city first, then itself: 扬广府办 of 广陵区, 扬州市's)
    firsts = code[:2] if level in "区县" and len(re.split("[政府]", code, maxsplit=1)[0]) > 1 else code[:1]
    for first in firsts:
        places = set()
        i = text.find(first)
        while i != -1 and len(places) < 2:
            m = _NAMED_PLACE.match(text, i)
            if m and m.group("place")[-1] == level and (m.group("body") or province_of(m.group("place"))):
                places.add(m.group("place"))
            elif zones and (z := _ZONE_PLACE.match(text, i)) and not _LEVELS.intersection(z.group("place")) \
                    and (level == "市" or not province_of(z.group("place") + "市")):
                # 嘉鱼经济开发区: a zone named by its place without the level word (德阳 is a 市, never a 县)
                places.add(z.group("place") + level)
            i = text.find(first, i + 1)
        if places:
            return next(iter(places)) + name[1:] if len(places) == 1 else name  # the place ends in the level word
    return name


def titled_place_issuer(name: str, title: str) -> str:
    """An issuer a title names by its level only, spelled with the place the plan it issues opens with:
    ``县人民政府办公室关于印发龙里县…预案的通知`` → ``龙里县人民政府办公室`` (a county's office issues the
    county's plan). The place is two to five characters and the level word the name opens with; a
    place word of the text (全市, 本县, 城市) is none.

    Args:
        name: the issuer as found.
        title: the document's title.

    Returns:
        The name with its place, or ``name`` unchanged.
    """
    if name[:1] not in _LEVELS or names_its_place(name) or not title.startswith(name):
        return name
    m = _TITLE_SUBJECT.match(title, len(name))
    if m is None:
        return name
    level = name[0]
    at = title.find(level, m.end(), m.end() + 6)
    place = title[m.end() : at + 1] if at >= 0 else ""
    if len(place) < 3 or not _PLACE_WORDS.fullmatch(place[:-1]):
        return name
    return place + name[1:]


#: A place's name before its level word: Han characters, no other level word (州 may open a 市's name: 随州市),
#: no word that makes the place the text's own (全市, 本县, 各区) or a time (今年全县).
_PLACE_WORDS = re.compile(r"(?:(?![省市县区旗盟全本各我该年度的和及与])[\u4e00-\u9fff]){2,5}")
#: What a title says before the plan it issues after the issuer's name (关于印发): a 关于 alone may be
#: followed by a verb (关于加强黄浦区…), a 转发 by another body's name.
_TITLE_SUBJECT = re.compile(r"关于印发")


#: The body an issuer code's shape names, its place and level left out (see :func:`coded_issuer`).
_KIND_BODY = {"people's government": "人民政府", "government general office": "人民政府办公室"}


def coded_issuer(code: str, text: str) -> str | None:
    """The issuer of a numbered document that names none, from its code's shape and the one place
    its text names that the code's first character opens (``许政`` and ``许昌市`` give
    ``许昌市人民政府``; ``菏政办字`` and ``菏泽市`` give ``菏泽市人民政府办公室``): a government's code,
    its body spelled as :func:`placed_issuer` spells one named by its level. None when the code is
    no government's, or the text names no such place or places of two levels.

    Args:
        code: the issuer code of the document's number.
        text: the document's text.

    Returns:
        The body's name, or None.
    """
    body = _KIND_BODY.get(issuer_kind(code) or "")
    if body is None or code[:1] in _LEVELS or issuer_of(code):
        return None  # (a code the table knows names its body there)
    found = {p for level in "市县区" if (p := placed_issuer(level + body, code, text, zones=False)) != level + body}
    # (a place of one character and its level may be the end of another's name: 狮市 in 石狮市; a city's bare
    # name, 扬州 without 市, is never read: too many are words too, 长治久安, 各位来宾, 白银, 大庆)
    place = re.split("[政府]", code, maxsplit=1)[0]
    name = found.pop() if len(found) == 1 else ""
    if len(place) > 1 and not in_order(place, name):
        return None  # 威文政发: 威海市 and 文登区, a district's code, where 威海市 alone is named
    return name if len(name) - len(body) >= 3 else None




def in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` all stand in ``long``, in order (政府办 in 区人民政府办公室)."""
    it = iter(long)
    return all(c in it for c in short)


def without_province(name: str) -> str:
    """A body's name without the province a law mirror prints before its city
    (``安徽省淮南市人民政府办公室`` → ``淮南市人民政府办公室``): the body signs with its city's
    name alone. Only a city the places table puts in that province is cut.

    Args:
        name: an issuer's name.

    Returns:
        The name from its city on, or ``name`` unchanged.
    """
    m = _PROVINCE_CITY.match(name) if "省" in name or "自治区" in name else None  # a cheap test first
    if m and province_of(m.group("city")) == m.group("prov"):
        return name[m.end("prov"):]
    return name


_PROVINCE_CITY = re.compile(
    r"^(?P<prov>[\u4e00-\u9fff]{2,7}?(?:省|自治区))(?P<city>[\u4e00-\u9fff]{2,9}?(?:市|州|盟|地区))"
)
_LEVELS = frozenset("省市县区州旗盟")
# A place opened by a code's first character, then its level word, as a body's name opens
# (华容县政府, 六盘水市人民政府) or as a listed place stands (六盘水市 in a title).
#: A government's chief signing alone over the date: ``市长 刘国信``, ``省长：某某``.
_CHIEF_LINE = re.compile(r"(?P<level>省|市|县|区|州)长[\s:：]*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$")
#: The place a title opens with, up to its first level word (东营市防空警报设施管理办法: 东营市; 海口市龙华区…工作方案:
#: 海口市; 山东省东营市… is read as 山东省).
TITLED_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|州|盟|旗)")
#: How many lines of bodies a signature block may print over its date (a joint notice of ministries and
#: provinces signs a dozen or more, one a line once a pair on a line is parted).
_SIGNERS_MAX = 30
#: A note on how far a text is spread or published, in brackets: （此件发至乡）, （此件公开发布）.
_SPREAD_NOTE = re.compile(r"[（(]此件[^（）()]{1,20}[）)]\s*")
#: The last character of every line :func:`document_facts` reads a date from, but for a digit: a date line
#: (2024年1月5日, 二〇二四年一月五日, the bracketed （2024年1月5日）), a signature's date run on after the body
#: (某县人民政府 2022年8月19日) and a print line (某局办公室 2021年8月16日印发).
_DATED_LAST = "日）印发"
_NAMED_PLACE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,4}?[省市县区州旗盟])(?P<body>(?:人民)?政府|委员会|党委|人大)?"
)
#: A development zone named by its place alone, without the place's level word (``嘉鱼经济开发区``,
#: ``长丰高新技术产业开发区``): the zone of the county or city the place word names.
_ZONE_PLACE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|工业园区)"
)


def _split_joint(line: str) -> list[str]:
    """Issuers printed side by side on one signature line: ``黄浦区发展和改革委员会黄浦区建设和管理委员会``.

    The line is cut before each repetition of its leading place name; a line with
    no repeated place name is one issuer.
    """
    m = _PLACE_PREFIX.match(line)
    if not m:
        return [line]
    place = m.group("place")  # after any 中共: 中共杨陵区委杨陵区人民政府 is cut once, after 区委
    cuts = []  # each later place where the name is printed again (found by str.find, not a step a character)
    at = line.find(place, m.start("place") + 1)
    while at >= 0:
        cuts.append(at)
        at = line.find(place, at + 1)
    if not cuts:
        return _split_at_other_places(line)
    parts, prev = [], 0
    for n, c in enumerate(cuts):
        if line[c - 2 : c] == "中共" and c - 2 > prev:
            c -= 2  # 某省某局中共某省委组织部: the party's organ keeps its 中共
        elif _branch_named(line, prev, c, cuts[n + 1] if n + 1 < len(cuts) else len(line)):
            continue  # 中国人民银行某省分行: the place names the central body's branch, cut before 中国 below
        parts.append(line[prev:c])
        prev = c
    parts.append(line[prev:])
    return [q for p in parts if p for q in _split_central(p)]


#: The end of a body's name right before another place's name opens (青海省人民政府办公厅|甘肃省人民政府办公厅).
_BODY_END_BEFORE_PLACE = re.compile(r"(?:政府|办公厅|办公室|委员会|局|厅|委|办)(?=[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|县|州|盟))")
#: A character of a body's name that no place's name holds (办公厅甘肃省 is no place).
_BODY_WORD = re.compile(r"[府厅局委办室会院部]")


def _split_at_other_places(line: str) -> list[str]:
    """Issuers of two places printed side by side (``青海省人民政府办公厅甘肃省人民政府办公厅``): the line cut where a body's
    name ends and another place's body begins, each part a body's name of its own that opens with its place; the
    line whole otherwise (a body named after another place: 某市驻北京办事处 is one)."""
    parts, prev = [], 0
    for m in _BODY_END_BEFORE_PLACE.finditer(line):
        cut = m.end()
        if cut <= prev:
            continue
        head, rest = line[prev:cut], line[cut:]
        if (place := _PLACE_PREFIX.match(rest)) and _BODY_WORD.search(place.group("place")) is None and _ORG_LINE.match(head) and _ORG_LINE.match(rest) and names_its_place(head) \
                and is_agency_name(head) and is_agency_name(_next_body(rest)):
            parts.append(head)
            prev = cut
    return [line] if not parts else [*parts, line[prev:]]


def _next_body(rest: str) -> str:
    """The first body's name of ``rest`` (up to the next end of a body before a place), for a test of its name."""
    m = _BODY_END_BEFORE_PLACE.search(rest)
    return rest[:m.end()] if m else rest


#: What opens the name of a central body or its branch, which names no place first (中国人民银行某分行, 国家税务总局…).
_CENTRAL_OPENERS = ("中国", "国家", "中共")


def _branch_named(line: str, prev: int, cut: int, end: int) -> bool:
    """Whether the place at ``cut`` goes on the name of a central body's branch opened before it
    (某省卫生健康委员会中国人民银行某省分行), the branch ending by ``end``."""
    k = max(line.rfind(opener, prev, cut) for opener in _CENTRAL_OPENERS)
    return k > prev and _ORG_LINE.match(line[prev:k]) is not None and _ORG_LINE.match(branch := line[k:end]) \
        is not None and is_agency_name(branch)


def _split_central(name: str) -> list[str]:
    """``name`` cut before a central body's branch printed beside a local body (某省卫生健康委员会中国人民银行某分行),
    where both sides are bodies' names; else ``[name]``."""
    if len(name) < 8:
        return [name]
    for opener in _CENTRAL_OPENERS:
        k = name.find(opener, 3)
        if k > 0 and _ORG_LINE.match(left := name[:k]) and _ORG_LINE.match(right := name[k:]) \
                and is_agency_name(left) and is_agency_name(right):
            return [left, *_split_central(right)]
    return [name]


def _doc_type(title: str | None) -> str | None:
    if not title:
        return None
    t = re.sub(r"（[^）]*）$", "", title)
    for word in _DOC_TYPES:
        if t.endswith(word):
            return word
    return None
