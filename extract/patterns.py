"""Patterns shared by several extraction stages, compiled once, with named groups.

They run on the normalised text of :mod:`policykg.extract.text`: ASCII digits,
full-width Chinese punctuation ``（），：；``, no spaces inside numbers. Bracket
variants that survive normalisation (``〔〕 [] ［］ 【】 （）``) are all accepted
where a document number needs them. Patterns used by one stage only live at
the top of that stage's module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Characters of a 机关代字 (issuer code): CJK, plus the traditional 發 handled by
# normalisation. 2–12 characters, e.g. 国发, 国办发, 浙政办发, 嘉政发, 沪府办规, 川府函.
#: One Han character (CJK Unified Ideographs): what a word of Chinese text is made of.
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
ISSUER_CODE = r"[\u4e00-\u9fff]{1,12}?"
OPEN_BRACKET = r"[〔\[［【（(﹝„〖]"
CLOSE_BRACKET = r"[〕\]］】）)﹞‟〗]"
#: The characters of :data:`OPEN_BRACKET`'s class, for a test of one character before a pattern.
OPEN_BRACKET_CHARS = frozenset(re.sub(r"\\(.)", r"\1", OPEN_BRACKET[1:-1]))
#: A page's mark in a paged view, its page and maybe their count (第2页, 第9/13页).
PAGE_MARK = r"第\d{1,3}(?:/\d{1,3})?页"
#: A date written with dashes (2021-12-23), as a site posts it: its year, month and day as groups, and the
#: same pattern without them, for the patterns it is part of.
DASHED_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
DASHED_DATE = re.sub(r"\(\?P<\w>", "(?:", DASHED_DAY.pattern)
#: The words by which a sentence names a text it rests on or carries out, right before its 《title》 or its number
#: (根据《…》, 遵照某政发〔2020〕1号, 详见《…》): a cited document, and never part of an issuer code.
CITING_WORDS = r"根据|依据|依照|遵照|遵循|按照|参照|对照|比照|参考|详见|参见|贯彻落实|贯彻|落实"
#: Those of them that name what a clause rests on (根据…, 按照…要求, 参照…): a clause opening with one cites.
BASIS_WORDS = r"根据|依据|依照|遵照|遵循|按照|参照"
#: A ban a government proclaims for a season (禁火令, 禁渔令, 禁牧令): a notice's name, like 命令.
BAN_ORDER = r"禁[\u4e00-\u9fff]{1,2}令"

#: A document number (文号): issuer code, year in brackets, serial, 号.
#: ``嘉政发〔2024〕8号``, ``嘉政办发[2024]5号``, ``国办发（2018）128号``, ``浙政发〔2024〕3``; an
#: order may write 第 before its serial (``政府令〔2010〕第15号``).
#: A copy's stray closing bracket between the year's bracket and the serial (``（晋教基〔2017〕)19号）``), taken
#: only before a serial and its 号.
STRAY_CLOSE = r"(?:[)）](?=\s*\d{1,4}\s*[号號])\s*)?"
DOCNUM = re.compile(
    rf"(?P<code>{ISSUER_CODE})\s*{OPEN_BRACKET}\s*(?P<year>(?:19|20)\d{{2}})\s*{CLOSE_BRACKET}\s*{STRAY_CLOSE}"
    rf"(?P<ordinal>第\s*)?(?P<serial>\d{{1,4}})\s*(?P<hao>[号號])?"
)

#: An older number written year first (``(78)交公路字412号``, ``（85）财税字第12号``, ``〔1978〕交公路字412号``): the
#: year in brackets, two digits (1950–1999) or four, right before a code ending in 字, 发 or 函, then the
#: serial and 号, which it always has (without them a bracketed figure before a word is anything).
YEAR_FIRST_NUMBER = re.compile(
    rf"{OPEN_BRACKET}\s*(?P<year>[5-9]\d|(?:19|20)\d{{2}})\s*{CLOSE_BRACKET}\s*(?P<code>[\u4e00-\u9fff]{{0,7}}[字发發函])\s*"
    r"(?P<ordinal>第\s*)?(?P<serial>\d{1,4})\s*[号號]"
)

#: A regulation's order number: ``国务院令第708号``, ``湖北省人民政府令第435号``, ``省政府令第114号``;
#: older orders leave out 第 (``济南市人民政府令19号``); ministries number their orders by year
#: (``商务部令2007年第15号``, ``农业农村部令2022年第3号``). The code is the issuing body's name (or
#: its short form) and 令; it never opens with the 年/月/日 of a date written before it
#: (``1991年3月26日济南市人民政府令19号发布``). Some pages put the serial in brackets
#: (``某市人民政府令【第164号】``, ``某市人民政府令〔第5号〕``): the bracket is no part of the number.
#: A body numbering its orders anew each term puts the term in the bracket (``中华人民共和国主席令（九届第37号）``),
#: and a note may write the serial in Chinese numerals after 第 (``主席令第三十七号``); the term is kept
#: (:attr:`~policykg.extract.docnum.DocNumber.term`): orders of two terms may share a serial.
#: (Embed it in a larger pattern with :func:`renamed`: it refers to its own group ``bra``.)
ORDER_NUMBER = re.compile(
    r"(?P<code>(?!(?<=\d)[年月日])[\u4e00-\u9fff]{0,15}令)\s*(?P<bra>[【〔［\[]\s*|（(?=[一二三四五六七八九十]{1,3}届))?"
    r"(?:(?P<term>[一二三四五六七八九十]{1,3}届)\s*)?(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?"
    r"(?P<ordinal>第\s*)?(?P<serial>\d{1,5}|(?<=第)[一二三四五六七八九十百千零〇]{1,8})\s*号(?(bra)\s*[】〕］\]）])"
)
#: A ministry's or administration's 公告 numbered by year as its orders are: ``国家环境保护总局公告2006年第41号``,
#: ``国家税务总局公告2019年第7号`` (a 公告 code always has its year and 第: 公告 names many things a serial follows);
#: a bureau numbers its 通告 the same way (``某市公安局公安交通管理局通告2023年第10号``).
ANNOUNCEMENT_NUMBER = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{0,15}[公通]告)\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<ordinal>第)\s*(?P<serial>\d{1,5})\s*号"
)
#: A people's congress's 公告 (its standing committee's too), which publishes a regulation under a serial
#: numbered anew each term, with no year: ``某省人民代表大会常务委员会公告 第28号``, ``某市人大常委会公告第三十七号``.
#: The term may stand in the body's name (``某省第十一届人民代表大会常务委员会公告``): kept with it, as it tells
#: the 公告 of two terms apart. (Only such a body's 公告 is numbered without a year: 公告 names many things.)
CONGRESS_ANNOUNCEMENT_NUMBER = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{0,24}?(?:人民代表大会|人大)(?:常务委员会|常委会)?公告)\s*(?P<ordinal>第)\s*"
    r"(?P<serial>\d{1,5}|[一二三四五六七八九十百零〇]{1,8})\s*号"
)
#: The same number written with 令 last: ``市政府第16号令``, ``省人民政府第297号令``.
ORDER_NUMBER_LAST = re.compile(r"(?P<code>[\u4e00-\u9fff]{0,15}?)第\s*(?P<serial>\d{1,5})\s*号令")

#: A date written with Arabic digits: 2024年2月8日.
DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: The same without its groups, for the patterns it is part of; and a date written with slashes (2024/06/18).
DATE_IN_WORDS = re.sub(r"\(\?P<\w>", "(?:", DATE.pattern)
SLASHED_DATE = r"(?:19|20)\d{2}/\d{1,2}/\d{1,2}"

#: A year in Chinese numerals (二〇二四); the zero is also typed as a digit or a letter (二00五, 二OO五;
#: a full-width Ｏ is an O once normalised).
CN_YEAR = r"[〇○零一二三四五六七八九0Oo]{4}(?<![0-9]{4})"
#: A date in Chinese numerals, as some documents sign: 二〇二四年二月八日.
CN_DATE = re.compile(
    rf"(?P<y>{CN_YEAR})年(?P<m>[一二三四五六七八九十]{{1,2}})月(?P<d>[一二三四五六七八九十]{{1,3}})日"
)

#: Last words of a document's title (its type): a line ending in one may be a title.
TITLE_END_WORDS = (
    "通知", "意见", "方案", "办法", "规定", "决定", "计划", "细则", "批复", "函", "报告", "纲要", "规划", "条例", "公告",
    "通告", "规则", "纪要", "指引", "清单", "目录", "标准", "要点", "措施", "通报", "指南", "决议", "章程", "安排", "名单",
    "请示", "答复", "规程", "导则", "守则", "草案", "预案",
    # laws, orders and the other kinds of texts a document cites or issues
    "法", "法典", "规范", "复函", "令", "命令", "准则", "要求", "协议", "协定", "政策", "制度", "战略", "大纲", "通则", "名录",
    "公约", "条约", "议定书", "公报", "白皮书", "责任书", "分解书", "责任状",
    # a discretion benchmark (某省公安行政处罚裁量基准), a rule of its own
    "基准",
    # what a body makes public for comment or records: 关于…的公示, 关于…的起草说明, …问题整改台账
    "公示", "说明", "台账",
)
#: A title run into its addressees on one line (``…关于印发《…》的通知各村民委员会、镇属有关部门：``): the
#: title ends in a document type, the addressees open with 各/有关 or a level and end in a colon, or
#: with a department's own offices (``…的通知局机关各股室，…：``).
TITLE_THEN_ADDRESSEES = re.compile(
    r"(?P<title>[^，。；：]{4,120}?(?:的通知|的意见|实施意见|的决定|方案|办法|细则|规定|的批复|的函))"
    r"(?=各|区|市|县|镇|省|有关|国务院|[局厅委]机关)[^。；]*：$"
)
#: A title's end: a type word, then at most a bracketed period (``…实施方案（2019-2020年）``).
#: (令 ends a cited order's name, 国务院令, but a line 某某市人民政府令 heads an order above its number: never its title;
#: a 命令 is one: 某州人民政府2022年度森林草原防火命令, and so is a ban a government proclaims for a season:
#: 某县人民政府森林禁火令, 禁渔令, 禁牧令)
TITLE_END = re.compile(
    r"(?:" + "|".join(w for w in TITLE_END_WORDS if w != "令") + rf"|{BAN_ORDER})(?:（[^）]*）)?$"
)

#: The name of a government's or a congress's gazette (某省人民政府公报, 某市人民代表大会常务委员会公报, 某特别行政区
#: 公报, a republic's 共和国公报; a gazette's own pages call it 公报): a periodical a text was printed in, not a text.
GAZETTE_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?(?:人民政府|政府|国务院|人民代表大会常务委员会|常务委员会|特别行政区))?(?:共和国)?公报$")
#: The site's name a page's own title (its ``<title>``) ends with after a dash or bar:
#: ``…的通知-湖南省人民政府门户网站``, ``…_某市人民政府网``.
SITE_NAME_AFTER = re.compile(r"[-_—|｜]\s*[\u4e00-\u9fffA-Za-z.]{2,30}(?:网站|网|门户)$")
#: The words a site's name ends with when it follows a title with no dash or bar, a space between or none
#: (``…的批复 中华文库``): a word of a site only (a bare 网 also ends real words: 电网, 管网).
SITE_WORDS = ("网站", "门户", "文库")
#: The longest such site name, its word included.
_SITE_NAME_MAX = 12


def site_name_after_title(line: str) -> int | None:
    """Where the name of a site starts that a title line ends with, a space before it or not (``…的批复 中华文库``,
    ``…的批复中华文库``), else None: the shortest run of two or more characters ending in :data:`SITE_WORDS` that
    a title's type word (:data:`TITLE_END`) stands right before."""
    if not line.endswith(SITE_WORDS):
        return None
    for k in range(3, min(len(line) - 2, _SITE_NAME_MAX) + 1):
        if "\u4e00" <= line[-k] <= "\u9fff" and len(head := line[:-k].rstrip()) >= 6 and TITLE_END.search(head):
            return len(line) - k
    return None
#: A title in book-title marks, allowing one level of nested 〈〉 or 《》.
TITLE = re.compile(r"《(?P<title>(?:[^《》\n]|《[^《》\n]*》)+)》")
#: The verb of a news lead that reports a document issued, right before the document's name
#: (某州人民政府办公室印发了《…》, 天津市人民政府发布了《…》).
ANNOUNCING = re.compile(r"(?:印发|发布|出台|公布|下发)了?$")

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "0": 0, "O": 0, "o": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def renamed(pattern: re.Pattern[str], prefix: str) -> str:
    """``pattern``'s text with each named group (and each reference to one) renamed by ``prefix``,
    to embed it beside a pattern with the same group names."""
    return pattern.pattern.replace("?P<", "?P<" + prefix).replace("(?(", "(?(" + prefix)


def cn_small_number(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (``十``, ``十二``, ``二十一``), or None."""
    if not s:
        return None
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _CN_DIGITS.get(head, None) if head else 1
        ones = _CN_DIGITS.get(tail, None) if tail else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    return None


def iso_date(match: re.Match) -> str | None:
    """``YYYY-MM-DD`` from a :data:`DATE` or :data:`CN_DATE` match, or None when not a real date."""
    y, m, d = match.group("y"), match.group("m"), match.group("d")
    if not y.isdigit():
        y = "".join(str(_CN_DIGITS[c]) for c in y)
        m, d = str(cn_small_number(m) or 0), str(cn_small_number(d) or 0)
    yi, mi, di = int(y), int(m), int(d)
    if not (1 <= mi <= 12 and 1 <= di <= 31):
        return None
    return f"{yi:04d}-{mi:02d}-{di:02d}"


#: Brackets that open a nested part of a list or an annotation: ``市交通委（市道运局）``.
OPENERS = "（[［【〔"
_ANY_BRACKET = re.compile(r"[（\[［【〔）\]］】〕]")


def split_outside_brackets(text: str, pattern: re.Pattern[str], base: int = 0) -> list[tuple[str, int]]:
    """Split ``text`` at ``pattern`` matches outside brackets; pieces with their absolute start.

    ``pattern`` matches one character at a time (a separator), so scanning each stretch of
    text outside brackets finds every cut.
    """
    pieces, last = [], 0
    cuts: list[tuple[int, int]] = []
    depth, pos = 0, 0  # bracket depth; start of the stretch since the last bracket
    for b in _ANY_BRACKET.finditer(text):
        i = b.start()
        if depth == 0 and i > pos:
            cuts += [(m.start(), m.end()) for m in pattern.finditer(text, pos, i) if m.end() > m.start()]
        depth = depth + 1 if text[i] in OPENERS else max(0, depth - 1)
        pos = i + 1
    if depth == 0 and pos < len(text):
        cuts += [(m.start(), m.end()) for m in pattern.finditer(text, pos) if m.end() > m.start()]
    for a, b in cuts:
        pieces.append((text[last:a], base + last))
        last = b
    pieces.append((text[last:], base + last))
    return pieces


def word_trie(words: Iterable[str], *, gap: str = "", not_after: Mapping[str, str] | None = None) -> str:
    """One alternation of literal words, written as a trie (``市(?:科技局|科协)``).

    A flat list of many words makes the regex engine try every word at every candidate and
    compiles to a pattern as many times larger; the trie tries one branch a character. A
    longer word is still tried before its prefixes, so a match is the one a longest-first
    list gives.

    Args:
        words: the words.
        gap: a fragment allowed between the characters of a word (``[ \t\u3000]*`` for labels
            spaced out as ``标  题``), never before the first or after the last.
        not_after: for some words, an alternation that must not follow them
            (``{"年": "度|代"}``: 年 but not 年度).
    """
    looks = not_after or {}
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = looks.get(word, "")  # type: ignore[assignment]
    return _one_of([re.escape(ch) + _after(child, gap) for ch, child in sorted(trie.items())])


def _one_of(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _after(node: dict, gap: str) -> str:
    """What may follow a trie node's character: its children's branches, then the word's end."""
    rest = [re.escape(ch) + _after(child, gap) for ch, child in sorted(node.items()) if ch]
    ends = "" in node
    end = (f"(?!{node['']})" if node[""] else "") if ends else None
    if not rest:
        return end or ""
    body = gap + _one_of(rest)
    return f"(?:{body}|{end})" if end is not None else body


#: The title of a document that reports what was done: a summary (2010年工作总结), a report, bulletin or
#: notice of how something went (…问题整改情况的报告, …落实情况的通报, …整改情况的函, …整改进展情况的公示,
#: 督查通报, …审计结果的公告, …整改进展情况), a statistical communiqué (…国民经济和社会发展统计公报) or an
#: audit's report (…财政收支的审计工作报告). Its figures are results (targets), its sentences tell what
#: the bodies did (responsibilities), and a text it says was made exists (citations).
#: A statistical communiqué's kind, the last words of its title: a report of a year's results, no gazette.
COMMUNIQUE = "统计公报"
#: How far a plan or a rectification has come, as a report's title or heading names it (…完成情况, 整改落实情况).
REPORT_STATUS = r"(?:完成|执行|进展|推进|落实|整改)情况"
REPORT_TITLE = re.compile(
    r"总结$|(?:情况|进展|成效|结果)的?(?:报告|通报|函|说明|汇报|公示|公告)$|通报$"
    rf"|{REPORT_STATUS}$|{COMMUNIQUE}$|审计(?:工作)?报告$"
)
#: The last characters of :data:`REPORT_TITLE` (the cheap test first).
REPORT_TITLE_LAST = frozenset("结告报函明示况")
#: The opening of a report or bulletin whose title was not found (现将全区十月份隐患排查情况通报如下。,
#: 现就检查情况通报如下：, 现将整改具体情况报告如下), or of a report read to a standing committee that names
#: what it reports on (向区人大常委会报告2022年度…收支审计情况，请予审议; not …预算执行情况和2021年预算草案，请予审议,
#: which plans too): it reports what was done, as such a title does.
_REPORTS_AS_FOLLOWS = re.compile(
    r"现[将就][^。；\n]{0,60}?情况(?:通报|报告|函告|公布)如下|报告[^。；\n]{0,60}?情况[，,]请(?:予以?)?审议"
)
#: The words of :data:`_REPORTS_AS_FOLLOWS` one of which its opening holds (the cheap test first).
_REPORTS_HINTS = ("如下", "审议")
#: How far into a page its opening (what it says it is) is looked for.
REPORT_OPENING_REACH = 1000


def reports_as_follows(text: str) -> bool:
    """Whether a page's opening says it reports what was done (:data:`_REPORTS_AS_FOLLOWS`)."""
    opening = text[:REPORT_OPENING_REACH]
    return any(w in opening for w in _REPORTS_HINTS) and _REPORTS_AS_FOLLOWS.search(opening) is not None


def five_year_end(ordinal: int) -> int:
    """The last year of the ``ordinal``-th five-year plan, from the sixth (1981–1985) on, when
    they follow one another without a gap: the 十一五 ends in 2010, the 十四五 in 2025."""
    return 1955 + 5 * ordinal


FIVE_YEAR_END = {d: five_year_end(10 + i) for i, d in enumerate("一二三四五六", 1)}
"""The last year of each five-year plan period a year phrase or a title may name (十一五 … 十六五),
by the digit after its 十."""
#: A five-year plan period's name (十四五, 第十四个五年 without its 第), the digit after its 十 as ``five``
#: (a key of :data:`FIVE_YEAR_END`).
FIVE_YEAR_NAME = r"十(?P<five>[一二三四五六])(?:五|个五年)"


def squash(text: str) -> str:
    """``text`` without any whitespace: the form titles, labels and evidence are compared in.

    (str.split() parts at the characters the regex class \\s matches: both ask Py_UNICODE_ISSPACE,
    so this equals ``re.sub(r"\\s+", "", text)`` without the set-up of a substitution.)
    """
    return "".join(text.split())


#: A document-sharing site's line over the text of a file it shows: the file's name in 《》, its extension
#: kept, then who shared it (《某县…考核办法.doc》由会员上传分享，免费在线阅读…).
SHARED_FILE = re.compile(
    r"《(?P<name>[^\n]{4,120}?)\.(?:docx?|DOCX?|pdf|PDF|wps|WPS|txt|pptx?)》由(?:会员|用户|网友)(?:上传)?分享"
)


#: The words of a pointer that sends the reader elsewhere, opening an aside in brackets (市安委会有关成员单位（详见任务分工）,
#: 任务98项（详见附件2）, 《…细则》（见附件3）, 具体见…, 参见…).
SEE_POINTER = r"(?:详见|参见|具体见|见)"


#: The verbs a purpose, a heading or a task opens with, never a body's name (保障…部门依法…, 切实加强…工作,
#: 完善基层综合服务站): a list's item or a subject that opens with one is no body.
VERB_LED = r"保障|规范|促进|加强|推动|推进|维护|确保|提高|完善|健全|支持|鼓励|引导|强化|做好|移送|移交|交由|提请|报请"
