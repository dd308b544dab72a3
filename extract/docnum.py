"""Document numbers (文号): parse every spelling, print the GB/T 9704-2012 form, name the issuer.

A 文号 is an issuer code (机关代字, one to ten Han characters), a year in brackets
and a serial: ``嘉政发〔2024〕8号``. Gazettes and portals spell it ``[2024]``,
``［2024］``, ``【2024】``, ``(2024)``, ``„2024‟``, with full-width digits, spaces
(``5 号``), traditional ``發``/``號`` or without the final ``号``. Regulations are
numbered by order instead: ``国务院令第708号``, ``湖北省人民政府令第435号``,
``省政府令第114号``, by year for a ministry (``商务部令2007年第15号``), and so are a ministry's 公告
(``国家税务总局公告2019年第7号``), and a people's congress's 公告 by its term, with no year
(``某省第十一届人民代表大会常务委员会公告第28号``); kept as written, spaces aside, a serial in
Chinese numerals in figures. An older number may put its year
first (``(78)交公路字412号``): kept in that order, its year as printed, in 〔〕 (``〔78〕交公路字412号``).
Malformed numbers (``〔〕``, no serial) are rejected, never repaired by guessing.

The issuer-code table (``data/issuer_codes.tsv``) names the issuing body of a code
it knows; it never decides whether a number is one. A code no table lists is the
normal case: any run of Han characters before a bracketed year, a serial and 号 is
a code once the words before it (``根据``, ``印发的``, a body's full name) are cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from policykg.extract.numbers import parse_cn
from policykg.extract.patterns import (
    ANNOUNCEMENT_NUMBER,
    CITING_WORDS,
    CLOSE_BRACKET,
    CONGRESS_ANNOUNCEMENT_NUMBER,
    DOCNUM,
    OPEN_BRACKET,
    OPEN_BRACKET_CHARS,
    ORDER_NUMBER,
    STRAY_CLOSE,
    YEAR_FIRST_NUMBER,
    squash,
)
from policykg.extract.text import translate

# Words and characters that never belong to an issuer code: when the run of CJK
# before a bracketed year holds one, the code starts after the last of them
# (``根据浙政发〔2024〕3号``, ``印发的苍政办发〔2024〕1号``, ``和嘉政发…``); the verbs and prepositions a sentence
# puts before a number it names (``用于泰高发〔2017〕8号文``, ``对于…``, ``遵照…``, ``结合…``).
_CODE_PREFIX_NOISE = re.compile(
    rf"^.*(?:{CITING_WORDS}|通知|意见|印发|转发|下发|文件|以及|关于|废止|文号|字号|编号|[用对基鉴属]于|执行|结合"
    r"|[的了和及与或以将对据照即见是为在等并经由从按])"
)
# Last characters an issuer code ends with, beyond those in the table: 国办发, 川府函, 闵府办,
# 沪府规, 厅字, 国发明电, 皖政秘 (a government's 秘书 series), 国能发新能 (a family code: 发 then a few characters).
# Only 发 after the body's short name opens a family (国能发新能); 规划, 发展规划, 办理 are words.
_CODE_SHAPE = re.compile(r"(?<=[\u4e00-\u9fff])发(?!展)[\u4e00-\u9fff]{0,3}$|[发函办规字令复电]$|[府政]办?秘$"
                         r"|^[\u4e00-\u9fff]{1,3}[府政委]$")


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A parsed 文号; an order number (``国务院令第708号``) has no year and its code ends in 令."""

    code: str
    year: int | None
    serial: int
    # 第 before the serial, as some orders print it: 政府令〔2010〕第15号; an order number has it
    # unless it is written without (济南市人民政府令19号, kept as written)
    ordinal: bool = False
    # an order numbered by year writes it with 年, not in brackets: 商务部令2007年第15号
    year_word: bool = False
    #: an older number printing its year first, in brackets: (78)交公路字412号, 〔1978〕交公路字412号
    year_first: bool = False
    #: that year printed with two digits (78 for 1978), as it is kept
    short_year: bool = False
    #: the term of a body that numbers its orders anew each term (主席令（九届第37号）: 九届):
    #: orders of two terms with one serial are two orders
    term: str | None = None

    def __str__(self) -> str:
        if self.term:
            return f"{self.code}（{self.term}第{self.serial}号）"
        if self.year_first:
            year = f"{self.year % 100:02d}" if self.short_year else str(self.year)
            return f"〔{year}〕{self.code}{'第' if self.ordinal else ''}{self.serial}号"
        if self.year_word:
            return f"{self.code}{self.year}年{'第' if self.ordinal else ''}{self.serial}号"
        if self.year is None:
            return f"{self.code}{'第' if self.ordinal else ''}{self.serial}号"
        return f"{self.code}〔{self.year}〕{'第' if self.ordinal else ''}{self.serial}号"


_FULL = re.compile(DOCNUM.pattern + r"$")
_FULL_ORDER = re.compile(ORDER_NUMBER.pattern + r"$")
_FULL_ANNOUNCEMENT = re.compile(ANNOUNCEMENT_NUMBER.pattern + r"$")
_FULL_CONGRESS = re.compile(CONGRESS_ANNOUNCEMENT_NUMBER.pattern + r"$")
#: The longest code of a congress's 公告, its place and term in its name (某自治区第十三届人民代表大会常务委员会公告).
_MAX_CONGRESS_CODE = 30
#: The longest issuer code taken: 沪住建规范联 (6), 工信厅运行函 (6), 国能发新能 … up to ten.
MAX_CODE = 10
# Words that are never inside a code written alone as a number (a label's value, a title's
# bracket): what precedes a code in a sentence (根据…, …的通知).
#: (转发 may end a code, a body's short name before it: 鲁化安转发〔2018〕2号, the code of the texts a body forwards)
_CODE_WORDS = re.compile(rf"通知|意见|印发|转发(?!$)|^转发$|下发|{CITING_WORDS}|关于|文件")


@lru_cache(maxsize=4096)
def parse_docnum(text: str) -> DocNumber | None:
    """Parse one document number written in any common spelling.

    Any code of one to ten Han characters is taken: the text is claimed to be a
    number (a metadata value, a number line, a title's bracket), so its code needs
    no table to vouch for it.

    Args:
        text: e.g. ``嘉政发[2024]8 号``, ``國辦發〔2018〕128號``, ``浙政发（2024）3``,
            ``沪绿容〔2024〕264号``, ``湖北省人民政府令第435号``.

    Returns:
        The parsed number, or None when ``text`` is not a well-formed 文号. Cached: a gazette
        repeats its numbers (contents, header lines, closing index) and the result is frozen.
    """
    s = squash(translate(text.strip()))
    m = _FULL.match(s)
    if not m and s[:1] in OPEN_BRACKET_CHARS:
        return _year_first(YEAR_FIRST_NUMBER.fullmatch(s))  # (78)交公路字412号: a bracket opens no other form
    if not m:
        mo = _FULL_ORDER.match(s) or (_FULL_ANNOUNCEMENT.match(s) or _FULL_CONGRESS.match(s) if "告" in s else None)
        serial = _serial(mo.group("serial")) if mo else None
        longest = _MAX_CONGRESS_CODE if mo and mo.re is _FULL_CONGRESS else 16
        if mo and serial and len(mo.group("code")) <= longest and not _CODE_WORDS.search(mo.group("code")):
            year = mo.groupdict().get("year")
            return DocNumber(mo.group("code"), int(year) if year else None, serial,
                             mo.group("ordinal") is not None, year_word=year is not None,
                             term=mo.groupdict().get("term"))
        return None
    code = m.group("code")
    if not 1 <= len(code) <= MAX_CODE or _CODE_WORDS.search(code):
        return None
    if not m.group("hao") and not _plausible_code(code):
        return None  # 规划（2016）3: without 号 only a code's shape makes it a number
    serial = int(m.group("serial"))
    if serial == 0:
        return None
    return DocNumber(code, int(m.group("year")), serial, m.group("ordinal") is not None)


def _serial(text: str) -> int | None:
    """An order's serial, in figures or in Chinese numerals (主席令第三十七号: 37)."""
    return int(text) if text.isdigit() else parse_cn(text)


def _year_first(m: re.Match[str] | None) -> DocNumber | None:
    """The number a match of :data:`YEAR_FIRST_NUMBER` holds, its year and order kept as printed."""
    if m is None or int(m.group("serial")) == 0 or _CODE_WORDS.search(m.group("code")):
        return None
    year = m.group("year")
    short = len(year) == 2
    return DocNumber(m.group("code"), 1900 + int(year) if short else int(year), int(m.group("serial")),
                     m.group("ordinal") is not None, year_first=True, short_year=short)


def canonical_docnum(text: str) -> str | None:
    """The GB/T 9704-2012 spelling of a 文号 (``嘉政发〔2024〕8号``), or None when malformed."""
    d = parse_docnum(text)
    return str(d) if d else None


def _plausible_code(code: str) -> bool:
    # Without 号 after the serial, a run of Han characters before a bracketed year is a code
    # only when it ends like codes do (发, 函, 办, 规, 字 …; a short 闵七府 or 沪委) or is listed.
    if not 1 <= len(code) <= 8:
        return False
    return code in issuer_table() or bool(_CODE_SHAPE.search(code))


# A number line whose closing bracket and 号 a scrape lost, year and serial run together
# (``南兴府办函〔202058``): the year is four digits, so the serial is what follows them.
_GLUED_NUMBER_LINE = re.compile(
    rf"^\s*(?P<code>[\u4e00-\u9fff]{{1,{MAX_CODE}}})\s*{OPEN_BRACKET}\s*(?P<year>(?:19|20)\d{{2}})(?P<serial>\d{{1,4}})\s*$"
)
# The same with its opening bracket lost too (``国发202218``), read only where a bracket after a title holds it.
_GLUED_NUMBER_BARE = re.compile(
    rf"^\s*(?P<code>[\u4e00-\u9fff]{{1,{MAX_CODE}}})\s*{OPEN_BRACKET}?\s*(?P<year>(?:19|20)\d{{2}})(?P<serial>\d{{1,4}})\s*$"
)


def glued_docnum(line: str, *, bare: bool = False, bracketed: bool = False) -> str | None:
    """The number a line holds alone when a scrape lost its closing bracket and 号.

    ``南兴府办函〔202058`` is ``南兴府办函〔2020〕58号``: a four-digit year in the bracket, then a
    serial of one to four digits, nothing else on the line, and a code of a code's shape. Any
    other loss (a year cut short, text after the digits) is not repaired. With ``bare`` the
    opening bracket may be lost too (``国发202218``): for what a bracket after a title holds
    whole (``《…的意见》（国发202218）``), which says it is a number.

    Args:
        line: one line of normalised text, or a bracket's content.
        bare: whether the year may stand without its opening bracket.
        bracketed: ``line`` is all a bracket after a title holds, which says it is a number: a code
            of any shape is taken whole (``发改规划2023153``), though never one with words before it nor
            a serial of four figures (``征求意见稿20230515`` is a day).

    Returns:
        The canonical number, or None.
    """
    if not bare and "〔" not in line and "[" not in line and "［" not in line and "【" not in line \
            and "（" not in line and "(" not in line:
        return None  # a cheap test first: most lines open no bracket
    m = (_GLUED_NUMBER_BARE if bare else _GLUED_NUMBER_LINE).match(line)
    if m is None or int(m.group("serial")) == 0:
        return None
    code = _code_of(run := m.group("code"), hao=False)
    if code is None and bracketed and len(m.group("serial")) < 4 and _code_of(run, hao=True) == run:
        # （发改规划2023153）: the bracket says it holds a number, whatever its code's shape; eight figures
        # are a day's (征求意见稿20230515), not a year's and a serial's
        code = run
    return str(DocNumber(code, int(m.group("year")), int(m.group("serial")))) if code else None


#: A number whose year lost both its brackets (``砚发201120 号``), or one of them (``萍办发电〔201830号``,
#: ``国发2019〕13号``): a code, a four-digit year, the serial and 号, alone in its bracket or on its line.
_BRACKETLESS = re.compile(
    rf"(?P<code>[\u4e00-\u9fff]{{1,{MAX_CODE}}})\s*(?P<open>{OPEN_BRACKET})?\s*(?P<year>(?:19|20)\d{{2}})\s*{CLOSE_BRACKET}?\s*"
    r"(?P<serial>\d{1,4})\s*[号號]"
)


def bracketless_docnum(text: str) -> str | None:
    """The number ``text`` holds whole when a scrape lost the brackets around its year.

    ``砚发201120 号`` is ``砚发〔2011〕20号`` (and so are ``砚发〔201120号`` and ``砚发2011〕20号``, one bracket
    lost): the year is four digits, so the serial is what follows them, and 号 closes it. The code must have a
    code's shape (发, 函, 办 …), unless the year's opening bracket is kept (``某政文〔20177号``), and ``text``
    must be nothing but the number: in running text a code and a long figure may be anything.

    Args:
        text: a line, or what a bracket holds, of normalised text.

    Returns:
        The canonical number, or None.
    """
    m = _BRACKETLESS.fullmatch(text.strip())
    if m is None or int(m.group("serial")) == 0:
        return None
    # the year's opening bracket kept says a code stands before it, whatever its shape (泉政文〔20177号)
    code = _code_of(m.group("code"), hao=m.group("open") is not None)
    if code != m.group("code"):
        return None  # words before the code (根据…): a sentence, not a number alone
    return str(DocNumber(code, int(m.group("year")), int(m.group("serial"))))


@dataclass(frozen=True, slots=True)
class DocNumMatch:
    """A 文号 found in text."""

    number: DocNumber
    start: int
    end: int


def find_docnums(text: str) -> list[DocNumMatch]:
    """Every well-formed 文号 in ``text``, with its span.

    The issuer code is the run of CJK characters right before the bracketed
    year. The longest suffix of that run found in the issuer table is the code;
    otherwise words that cannot be part of a code (``印发``, ``根据``, ``的``,
    ``和``, punctuation) are cut off its start, and a run still too long for a
    code keeps only a place-plus-government tail (``苍政办发``). The span starts
    where the code does.

    Args:
        text: normalised text.

    Returns:
        Matches in order of position.
    """
    out: list[DocNumMatch] = []
    # Anchor on the bracketed year (rare), then read the code backwards: a regex that
    # starts with the code would try every CJK character of the text as a code start.
    for m in _year_anchors(text):
        left = max(0, m.start() - _MAX_CODE - 2)
        run = _CODE_BEFORE.search(text, left, m.start())
        if run is None:
            continue
        letters = run.group("code")
        if letters[0] in "年月日号" and run.start("code") and text[run.start("code") - 1].isdigit():
            letters = letters[1:]  # 2000年12月28日税委会〔2000〕17号: the date's 日 is not the code's
            if not letters:
                continue
        code = _code_of(letters, hao=bool(m.group("hao")), opens=_opens_field(text, run.end("code") - len(letters)))
        if code is None:
            continue
        serial = int(m.group("serial"))
        if serial == 0 or (not m.group("hao") and ((nxt := text[m.end() : m.end() + 1]).isdigit()
                                                    or (nxt and nxt in _REGISTRATION_JOIN))):
            # 〔2024〕0号, or a serial of five digits and more: a table figure, not a 文号; a serial joined
            # by a hyphen to more of a code (某规〔2021〕006-县政办003): a 规范性文件's registration code
            continue
        number = DocNumber(code, int(m.group("year")), serial, m.group("ordinal") is not None)
        out.append(DocNumMatch(number, run.end("code") - len(code), m.end()))
    if "号" in text and (first := _year_first_numbers(text)):
        return sorted(out + first, key=lambda d: d.start)
    return out


def _opens_field(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens the text, a line or a field's value (``文号：``): no sentence before it."""
    i = at - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] in _FIELD_OPENERS


#: The first characters of a government's series written without its place (政办, 政发, 府办, 委发).
_SERIES_FIRST = frozenset("政府委")
#: What ends the text before a value that opens its line or field: a line break, a label's colon.
_FIELD_OPENERS = frozenset("\n：:")


def _year_first_numbers(text: str) -> list[DocNumMatch]:
    """The numbers of ``text`` printed year first (``(78)交公路字412号``, see :data:`YEAR_FIRST_NUMBER`).

    Read back from each 号: only one after a serial whose digits follow 字, 发 or 函 (perhaps with
    第 between) can end such a number, and a scan led by the brackets would try every （ of a text.
    """
    out: list[DocNumMatch] = []
    at = text.find("号")
    while at >= 0:
        i = at - 1
        while i >= 0 and text[i] == " ":
            i -= 1
        j = i
        while j >= 0 and text[j].isdigit():
            j -= 1
        if j < i and j >= 0 and text[j] in "字发函第 ":
            # the number's opening bracket is one of the few before the code: the first (nearest)
            # from which the pattern runs to this 号 opens it
            for pos in range(j - 1, max(-1, j - _YEAR_FIRST_REACH), -1):
                if text[pos] in OPEN_BRACKET_CHARS and (m := YEAR_FIRST_NUMBER.fullmatch(text, pos, at + 1)) is not None:
                    if (number := _year_first(m)) is not None:
                        out.append(DocNumMatch(number, m.start(), m.end()))
                    break
        at = text.find("号", at + 1)
    return out


#: How far before a serial a year-first number's bracketed year and code may start.
_YEAR_FIRST_REACH = 20


def locate_docnum(text: str, number: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where ``text[start:end]`` first prints a given number, in whatever spelling.

    Args:
        text: normalised text.
        number: a canonical 文号 (``嘉政发〔2024〕8号``), found however it is bracketed or
            spaced, or an order number as kept (``省政府令第114号``), found as written.
        start: where to start looking.
        end: where to stop (the end of the text when None).

    Returns:
        ``(start, end)`` in ``text``, trailing spaces left out; None when it is not printed there.
    """
    end = len(text) if end is None else end
    for m in find_docnums(text[start:end]):
        if str(m.number) == number:
            a = start + m.start
            return a, a + len(text[a : start + m.end].rstrip())
    at = text.find(number, start, end)
    return (at, at + len(number)) if at >= 0 else None


_MAX_CODE = 12
#: What joins a registration code's serial to its next part (某规〔2021〕006-县政办003), where a 文号 has 号.
_REGISTRATION_JOIN = frozenset("-－‐—–")
_YEAR_ANCHOR = re.compile(
    rf"{OPEN_BRACKET}\s*(?P<year>(?:19|20)\d{{2}})\s*{CLOSE_BRACKET}\s*{STRAY_CLOSE}(?P<ordinal>第\s*)?(?P<serial>\d{{1,4}})\s*(?P<hao>[号號])?"
)
# A year its closing bracket follows, one scan led by the literal 19 and one by 20: a scan led
# by the class of opening brackets tries every character of a document (（ is common).
_YEAR_CLOSED = (re.compile(rf"19\d\d\s*{CLOSE_BRACKET}"), re.compile(rf"20\d\d\s*{CLOSE_BRACKET}"))
#: A text this long is scanned for its years (:func:`_year_anchors`).
_LONG_TEXT = 1000


def _year_anchors(text: str) -> Iterable[re.Match[str]]:
    """The matches of :data:`_YEAR_ANCHOR` in ``text``, as its ``finditer`` gives them.

    Every match holds a year its closing bracket follows, opened by the bracket before it
    (spaces between): the years are found by literal-led scans, and the anchor is matched
    only at a bracket right before one. A match holds no opening bracket after its first
    character, so the matches tried at those brackets in order never overlap. A short text
    (a line, a title) is scanned by the anchor itself, the two scans cost more to set up;
    and not at all when it holds neither 19 nor 20, as most lines do not.
    """
    if len(text) < _LONG_TEXT:
        return _YEAR_ANCHOR.finditer(text) if "20" in text or "19" in text else ()
    out = []
    for y in sorted(m.start() for scan in _YEAR_CLOSED for m in scan.finditer(text)):
        i = y - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        if i >= 0 and text[i] in OPEN_BRACKET_CHARS and (m := _YEAR_ANCHOR.match(text, i)) is not None:
            out.append(m)
    return out


#: How long a body's short name before 转发 in a code is (鲁化安转发).
_FORWARDING_BODY_MIN, _FORWARDING_BODY_MAX = 2, 5
#: The words before 转发 that make it the verb of a sentence (现转发, 特转发, 予以转发, 一并转发).
_FORWARDING_ADVERBS = frozenset("现特再并予以已将的")
_CODE_BEFORE = re.compile(rf"(?P<code>[\u4e00-\u9fff]{{1,{_MAX_CODE}}})\s*$")


def _code_of(run: str, *, hao: bool = True, opens: bool = False) -> str | None:
    """The issuer code at the end of ``run`` (the CJK characters before a bracketed year), or None.

    A known code wins; otherwise words that never belong to a code and a body's full
    name written before its code (``省财政厅财预``, ``国家发展改革委发改能源``) are cut
    off. With 号 after the serial whatever remains (one to ten characters) is the code;
    without it the code must have a code's shape. A run that opens a line or a field's value
    (``opens``) has no sentence before it: its first character is the code's own even when it
    is a function word elsewhere (将政办, 为政发: a place's one-character abbreviation).
    """
    if run[-2:] == "转发" and len(run) > 3:
        # 鲁化安转发〔2018〕2号: a body's short name and 转发 as its code (the numbers of the texts it forwards);
        # 转发 after a sentence's words (现转发, 的转发) is the verb
        cut = _CODE_PREFIX_NOISE.match(stem := run[:-2])
        short = stem[cut.end():] if cut else stem
        return short + "转发" if _FORWARDING_BODY_MIN <= len(short) <= _FORWARDING_BODY_MAX \
            and short[-1] not in _FORWARDING_ADVERBS else None
    cut = _CODE_PREFIX_NOISE.match(run)
    code = run[cut.end() :] if cut else run
    if cut and cut.end() == 1 and (len(code) == 1 or (opens and code[0] in _SERIES_FIRST)):
        # 和府〔2024〕31号 alone, 文号：将政办〔2022〕13号: a place's first character, not the conjunction 和
        # or the preposition 将, when what follows is a government's series with no place of its own (政办,
        # 府发); a code with its place after it (按某府函〔2025〕23号, a line wrapped at 将 / 嘉政发…) is cut
        code = run
    if (kind := _KIND_BEFORE_CODE.match(code)) and len(code) - kind.end() >= 2:
        code = code[kind.end() :]  # …的通告 桂政通〔2017〕6号 (the space gone): the title's last word, then the code
    tail = _GOV_CODE_TAIL.search(code)
    if tail and _NAMES_A_BODY.search(code[: tail.start()]):
        code = tail.group(0)  # 县政府苍政发: the body's name, then its code
    elif (body := _BODY_BEFORE_CODE.match(code)) and len(code) - body.end() >= 2:
        code = code[body.end() :]  # 省财政厅财预: the body's full name, then its code
    if code in issuer_table():
        return code
    known = _longest_known_suffix(code) if len(code) > 6 else None
    if known:
        return known  # a run too long for a code that ends in a listed one
    if not code or len(code) > (MAX_CODE if hao else 6):
        return None
    if hao and len(code) <= MAX_CODE:
        return code
    return code if _plausible_code(code) else None


# The kind of document a title ends with, which a number printed after the title on its line follows
# (``…的通告 威文政发〔2021〕4号``): no code opens with one.
_KIND_BEFORE_CODE = re.compile(r"(?:通告|公告|通报|决定|批复|通知|意见|办法|规定|纪要)(?=[\u4e00-\u9fff])")


# A body's full name (four characters and more, ending in a body word) before its code;
# a short 工信厅 is itself part of codes (工信厅运行函) and is never cut. A body word followed by 办
# ends no name: 委办/府办 is the body's office, in a code (宁德市委办发, 城减灾委办发) or in its office's
# name (县委办公室).
_BODY_BEFORE_CODE = re.compile(
    r"^[\u4e00-\u9fff]{3,}?(?:人民政府办公厅|人民政府办公室|办公厅|办公室|(?:人民政府|政府|委员会|[厅局部委署院])(?!办))"
    r"(?=[\u4e00-\u9fff])"
)


# A government code at the end of a longer run: a place abbreviation of one or two
# characters, 政/府/委, then 办 and 发/函/规 (``县政府苍政办发`` → ``苍政办发``).
_GOV_CODE_TAIL = re.compile(
    r"(?:(?![政府委办发市县区省])[\u4e00-\u9fff]){1,2}(?:政|府|委)办?(?:发|函|规|字)?$"
)


_NAMES_A_BODY = re.compile(r"政府|人民|[市县区省局厅]")


def _longest_known_suffix(code: str) -> str | None:
    table = issuer_table()
    for i in range(len(code)):
        if code[i:] in table:
            return code[i:]
    return None


def _read_table() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    data = files("policykg.extract").joinpath("data/issuer_codes.tsv").read_text(encoding="utf-8")
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, body = (part.strip() for part in line.split("\t")[:2])
        if code.endswith("*"):
            prefixes.append((code[:-1], body))
        else:
            exact[code] = body
    # Longest prefix first, so 发改办 wins over 发改.
    prefixes.sort(key=lambda kv: -len(kv[0]))
    return exact, tuple(prefixes)


@lru_cache(maxsize=1)
def issuer_table() -> dict[str, str]:
    """The shipped table of issuer codes → issuing bodies (``extract/data/issuer_codes.tsv``).

    Returns:
        Exact codes only; the families of ministry codes the file marks with
        ``*`` (``发改*`` for 发改环资, 发改能源 …) are applied by :func:`issuer_of`.
    """
    return _read_table()[0]


@lru_cache(maxsize=1)
def _prefix_table() -> tuple[tuple[str, str], ...]:
    return _read_table()[1]


def _family_issuer(code: str) -> str | None:
    # A government code (政/府) is never a ministry's: 建政发 is 建德市, not 住房和城乡建设部.
    if "政" in code or "府" in code:
        return None
    for prefix, body in _prefix_table():
        if code.startswith(prefix):
            return body
    return None


_SHAPES = [
    (re.compile(r"^.+?(?:政|府)办(?:发|函|规|字)?$"), "government general office"),
    (re.compile(r"^.+?(?:政|府)(?:发|函|规|令|字)?$"), "people's government"),
    (re.compile(r"^.+?委办(?:发|函)$"), "party committee general office"),
    (re.compile(r"^.+?委(?:发|函)$"), "party committee"),
    (re.compile(r"^.+?办(?:发|函)$"), "general office"),
]


@lru_cache(maxsize=4096)
def issuer_of(code: str) -> str | None:
    """The issuing body of an issuer code, from the shipped table.

    Args:
        code: e.g. ``浙政办发``.

    Returns:
        ``浙江省人民政府办公厅``; for a code of a ministry's family not listed
        itself (``发改环资``), that ministry; for a government's code without its
        发 or with 字 for it (``豫政办``, ``鲁政字``), the body of the code with 发; None when the table does not know
        it (see :func:`issuer_kind` for what its shape says). Cached, as the table is fixed.
    """
    code = squash(translate(code))
    table = issuer_table()
    found = table.get(code) or _family_issuer(code)
    if found is None and code.endswith(("政", "府", "政办", "府办", "政字", "府字", "政办字", "府办字")):
        # 豫政办〔2023〕4号, 鲁政字〔2022〕225号: a government's code written without its 发, or with 字 for it
        found = table.get(code.removesuffix("字") + "发")
    return found


def issuer_kind(code: str) -> str | None:
    """The kind of issuer a code's shape names, for codes not in the table.

    Args:
        code: an issuer code such as ``苍政办发``.

    Returns:
        ``"government general office"``, ``"people's government"``,
        ``"party committee general office"``, ``"party committee"``,
        ``"general office"``, ``"central department"`` (a ministry's code
        family), or None for a shape we do not know.
    """
    code = squash(translate(code))
    if _family_issuer(code):
        return "central department"
    for pattern, kind in _SHAPES:
        if pattern.match(code):
            return kind
    return None
