"""Document numbers (文号): every spelling parses to one canonical form; malformed ones do not parse."""

from __future__ import annotations

import pytest
from policykg.extract.docnum import (
    DocNumber,
    bracketless_docnum,
    canonical_docnum,
    find_docnums,
    glued_docnum,
    issuer_kind,
    issuer_of,
    issuer_table,
    parse_docnum,
)
from policykg.extract.patterns import ORDER_NUMBER
from policykg.extract.text import normalise

# ---------------------------------------------------------------------------
# parse_docnum / canonical_docnum


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("嘉政发〔2024〕8号", "嘉政发〔2024〕8号"),
        ("嘉政发[2024]9号", "嘉政发〔2024〕9号"),
        ("嘉政办发［2024］4号", "嘉政办发〔2024〕4号"),
        ("嘉政办发【2024】6号", "嘉政办发〔2024〕6号"),
        ("国办发(2018)128号", "国办发〔2018〕128号"),
        ("国办发（2018）128号", "国办发〔2018〕128号"),
        ("浙政发〔２０２４〕３号", "浙政发〔2024〕3号"),
        ("嘉政办发〔2024〕5 号", "嘉政办发〔2024〕5号"),
        ("嘉政办发 〔 2024 〕 5 号", "嘉政办发〔2024〕5号"),
        ("國辦發〔2018〕128號", "国办发〔2018〕128号"),
        ("浙政发〔2024〕3", "浙政发〔2024〕3号"),
        ("国发明电〔2014〕1号", "国发明电〔2014〕1号"),
        ("国能发新能〔2023〕66号", "国能发新能〔2023〕66号"),
        ("沪住建规范联〔2023〕11号", "沪住建规范联〔2023〕11号"),
        ("闵七府〔2014〕18号", "闵七府〔2014〕18号"),
        ("宝府办〔2019〕26号", "宝府办〔2019〕26号"),
        ("国发〔1999〕12号", "国发〔1999〕12号"),
    ],
    ids=[
        "gb-brackets",
        "ascii-square",
        "fullwidth-square",
        "lenticular",
        "ascii-round",
        "fullwidth-round",
        "fullwidth-digits",
        "space-before-hao",
        "spaces-everywhere",
        "traditional",
        "no-hao",
        "state-council-telegram",
        "ministry-family-code",
        "joint-code",
        "town-code-ending-fu",
        "district-code-ending-ban",
        "twentieth-century",
    ],
)
def test_every_spelling_parses_to_the_gb_form(written: str, canonical: str) -> None:
    assert canonical_docnum(written) == canonical


def test_parse_gives_code_year_serial() -> None:
    assert parse_docnum("嘉政办发[2024]5 号") == DocNumber("嘉政办发", 2024, 5)


@pytest.mark.parametrize(
    "written",
    [
        "嘉政发〔〕9号",
        "嘉政发〔2024〕号",
        "嘉政发〔2024〕",
        "嘉政发〔1824〕9号",
        "嘉政发〔2124〕9号",
        "嘉政发〔24〕9号",
        "嘉政发〔2024〕0号",
        "〔2024〕9号",
        "规划（2016-2035）",
        "到2025年建成区40%以上",
        "规划（2016）3",
        "发展规划（2016）3",
    ],
    ids=[
        "empty-brackets",
        "no-serial",
        "no-serial-no-hao",
        "year-1824",
        "year-2124",
        "two-digit-year",
        "serial-zero",
        "no-code",
        "year-range",
        "prose",
        "word-guihua-without-hao",
        "word-fazhan-guihua-without-hao",
    ],
)
def test_malformed_numbers_are_rejected(written: str) -> None:
    assert parse_docnum(written) is None
    assert canonical_docnum(written) is None


# ---------------------------------------------------------------------------
# find_docnums: where the code starts inside a sentence


@pytest.mark.parametrize(
    ("snippet", "found"),
    [
        (
            "根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3号）精神",
            ["浙政发〔2024〕3号"],
        ),
        ("根据浙政发〔2024〕3号精神", ["浙政发〔2024〕3号"]),
        ("印发苍政办发〔2024〕1号", ["苍政办发〔2024〕1号"]),
        ("国办发〔2016〕82号和国办发〔2018〕117号", ["国办发〔2016〕82号", "国办发〔2018〕117号"]),
        ("闵七府〔2014〕18号、闵七府〔2014〕29号", ["闵七府〔2014〕18号", "闵七府〔2014〕29号"]),
        ("县政府苍政发（2023）12号", ["苍政发〔2023〕12号"]),
        ("国家能源局印发了《…》（国能发新能〔2023〕66号）。", ["国能发新能〔2023〕66号"]),
        ("嘉政发[2024]9号嘉兴市人民政府关于调整全市最低工资标准的通知", ["嘉政发〔2024〕9号"]),
        ("到2025年，《嘉定区水利规划（2023-2035年）》", []),
        ("专项资金（2024）12345元", []),
        # Hand-written: a mirror prints the signing date before the number on one line.
        ("2019年3月8日 农机委〔2019〕6号", ["农机委〔2019〕6号"]),
        # Hand-written: a notice's title with its number after a space on one line (the space gone once normalised).
        ("某县人民政府关于禁止野外用火的通告 某政发〔2021〕4号", ["某政发〔2021〕4号"]),
        ("某县关于禁止焚烧秸秆的公告 某政通〔2017〕6号", ["某政通〔2017〕6号"]),
        # Hand-written: a county whose code opens with a character that is also a conjunction, on its own line.
        ("和府〔2024〕31号", ["和府〔2024〕31号"]),
        ("某某条例和府〔2024〕31号", ["府〔2024〕31号"]),
        # Hand-written: 按 before a cited number (按某府函〔2025〕23号文执行).
        ("按某府函〔2025〕23号文的三类标准执行", ["某府函〔2025〕23号"]),
        # Hand-written: a copy's stray closing bracket between the year and the serial.
        ("省教育厅《关于印发某某计划的通知》(某教基〔2018〕)21号)精神", ["某教基〔2018〕21号"]),
        ("（某发〔2018〕）21个县", []),
        # Hand-written: a body's short name and 转发 as the code of the texts it forwards; the verb is none.
        ("依据《某某整治行动计划》(某化安转发〔2019〕3号)", ["某化安转发〔2019〕3号"]),
        ("现转发〔2019〕3号文件", []),
        # Hand-written: a county's one-character abbreviation that is also a preposition opens a 文号 field or a
        # line; inside a sentence the same character is still cut, and so before a listed code after a line break.
        ("文号：为政办〔2023〕7 号", ["为政办〔2023〕7号"]),
        ("为政办〔2023〕7号", ["为政办〔2023〕7号"]),
        ("经研究，将政办〔2023〕7号文件废止", ["政办〔2023〕7号"]),
        ("\n将嘉政发〔2024〕3号文件废止", ["嘉政发〔2024〕3号"]),
        # Hand-written: a 规范性文件's registration code, its serial joined by a hyphen to the registering office's.
        ("某规〔2022〕011-县政办005", []),
        ("登记号：某规〔2022〕011－市府办002", []),
        # Real (a district's rules): the verb before a bare number in prose; hand-written in the same form.
        ("用于泰高发〔2017〕8号文确定的扶持政策意见的兑现", ["泰高发〔2017〕8号"]),
        ("遵照某政办发〔2020〕3号文件的规定执行", ["某政办发〔2020〕3号"]),
    ],
    ids=[
        "after-title-bracket",
        "after-genju",
        "after-yinfa-unknown-code",
        "after-he",
        "after-dunhao",
        "after-a-longer-run",
        "ministry-family-in-brackets",
        "index-line",
        "year-range-in-title",
        "long-figure-not-a-serial",
        "date-then-number-on-one-line",
        "title-kind-word-then-number",
        "announcement-kind-word-then-number",
        "code-opening-with-a-conjunctions-character",
        "conjunction-in-running-text-still-cut",
        "after-an",
        "stray-bracket-after-the-year",
        "stray-bracket-before-a-count-is-none",
        "forwarding-code",
        "forwarding-verb-is-no-code",
        "preposition-character-opening-a-field-is-the-code",
        "preposition-character-opening-a-line-is-the-code",
        "preposition-character-in-a-sentence-still-cut",
        "preposition-character-before-a-listed-code-still-cut",
        "registration-code-is-no-number",
        "registration-code-with-a-full-width-hyphen",
        "verb-before-a-number-in-prose",
        "verb-before-a-number-hand-written",
    ],
)
def test_find_docnums_starts_at_the_code(snippet: str, found: list[str]) -> None:
    text = normalise(snippet).text
    matches = find_docnums(text)
    assert [str(m.number) for m in matches] == found
    for m in matches:
        assert canonical_docnum(text[m.start : m.end]) == str(m.number)


def test_find_docnums_span_of_a_spaced_number() -> None:
    text = normalise("（浙政办发〔2023〕25 号）要求").text
    (m,) = find_docnums(text)
    assert text[m.start : m.end] == "浙政办发〔2023〕25号"


# ---------------------------------------------------------------------------
# Issuer table and shapes


@pytest.mark.parametrize(
    ("code", "issuer"),
    [
        ("国发", "国务院"),
        ("国办发", "国务院办公厅"),
        ("浙政发", "浙江省人民政府"),
        ("浙政办发", "浙江省人民政府办公厅"),
        ("嘉政发", "嘉兴市人民政府"),
        ("嘉政办发", "嘉兴市人民政府办公室"),
        ("沪府办发", "上海市人民政府办公厅"),
        ("嘉府发", "上海市嘉定区人民政府"),
        ("宝府办", "上海市宝山区人民政府办公室"),
        ("徐府办发", "上海市徐汇区人民政府办公室"),
        ("静府办发", "上海市静安区人民政府办公室"),
        ("闵府办", "上海市闵行区人民政府办公室"),
        ("闵七府", "上海市闵行区七宝镇人民政府"),
        ("沪建综规", "上海市住房和城乡建设管理委员会"),
        ("国发明电", "国务院"),
        ("國辦發", "国务院办公厅"),
        ("国能发新能", "国家能源局"),
        ("发改环资", "国家发展和改革委员会"),
        ("发改办环资", "国家发展和改革委员会办公厅"),
        ("财建", "财政部"),
        ("建政发", None),
        ("苍政办发", None),
        # a government's code written without its 发 (豫政办〔2023〕4号, 豫政〔2023〕1号): the code's body
        ("豫政办", "河南省人民政府办公厅"),
        ("豫政", "河南省人民政府"),
        ("鲁政字", "山东省人民政府"),
        ("苍政办", None),
    ],
    ids=lambda v: v if isinstance(v, str) else "none",
)
def test_issuer_of(code: str, issuer: str | None) -> None:
    assert issuer_of(code) == issuer


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("苍政办发", "government general office"),
        ("苍政发", "people's government"),
        ("苍政函", "people's government"),
        ("海府", "people's government"),
        ("苍委办发", "party committee general office"),
        ("苍委发", "party committee"),
        ("川办发", "general office"),
        ("发改价格", "central department"),
        ("国", None),
    ],
    ids=lambda v: v if isinstance(v, str) else "none",
)
def test_issuer_kind_from_shape(code: str, kind: str | None) -> None:
    assert issuer_kind(code) == kind


def test_every_province_has_its_government_codes() -> None:
    table = issuer_table()
    provinces = {body for body in table.values() if body.endswith(("省人民政府", "自治区人民政府"))}
    provinces |= {
        b
        for b in table.values()
        if b in ("北京市人民政府", "天津市人民政府", "上海市人民政府", "重庆市人民政府")
    }
    assert len(provinces) == 31
    offices = {b for b in table.values() if b.endswith(("省人民政府办公厅", "自治区人民政府办公厅"))}
    assert len(offices) >= 27


def test_table_codes_are_clean() -> None:
    for code, body in issuer_table().items():
        assert code == code.strip() and body == body.strip() and code and body
        assert "*" not in code


# ---------------------------------------------------------------------------
# Any issuer code, any bracket: the table never decides whether a number is one


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("沪绿容〔2024〕264号", "沪绿容〔2024〕264号"),  # real: dev/31 front matter
        ("工信厅运行函〔2016〕293号", "工信厅运行函〔2016〕293号"),  # real: dev/38
        ("池政〔2017〕101号", "池政〔2017〕101号"),  # real: dev/35
        ("宜政办秘〔2021〕45号", "宜政办秘〔2021〕45号"),
        ("苏政办发【2022】15号", "苏政办发〔2022〕15号"),
        ("崇委办发„2020‟12号", "崇委办发〔2020〕12号"),
        ("黔东南州府办函〖2019〗7号", "黔东南州府办函〔2019〕7号"),
        ("财税 [ 2023 ] 1 号", "财税〔2023〕1号"),
        ("工信厅联［2021］30号", "工信厅联〔2021〕30号"),
        ("湖北省人民政府令第435号", "湖北省人民政府令第435号"),  # real: dev/37
        ("国务院令 第 708 号", "国务院令第708号"),
        ("省政府令第114号", "省政府令第114号"),  # real: dev/36
        ("政府令〔2010〕第15号", "政府令〔2010〕第15号"),  # hand-written in the form of a law mirror's order line
        ("冀政令［2010］ 第 15 号", "冀政令〔2010〕第15号"),
        ("某某市人民政府令23号", "某某市人民政府令23号"),  # hand-written in the form of an older order, no 第
        ("商务部令2007年第15号", "商务部令2007年第15号"),  # a ministry's order numbered by year (law mirror)
        ("某某部令 2022 年 第 3 号", "某某部令2022年第3号"),
        # hand-written in the form of a law mirror's presidential order: the term in the bracket
        ("中华人民共和国主席令（十届第12号）", "中华人民共和国主席令（十届第12号）"),  # the term kept: two terms may share a serial
        # the same order named in a law's adoption note, its serial in Chinese numerals
        ("中华人民共和国主席令第十二号", "中华人民共和国主席令第12号"),
        ("某某部令第一百零五号", "某某部令第105号"),
    ],
    ids=["unknown-code-ending-rong", "ministry-office-six-characters", "two-character-city-code",
         "code-ending-mi", "lenticular-brackets", "low-high-quotes", "white-lenticular-brackets",
         "spaces-inside-ascii-brackets", "joint-ministry-code", "provincial-order", "state-council-order-spaced",
         "short-order", "order-with-year-and-ordinal", "order-with-year-and-ordinal-spaced",
         "older-order-without-ordinal-kept-as-written", "ministry-order-numbered-by-year",
         "ministry-order-numbered-by-year-spaced", "order-of-a-term-in-brackets", "order-serial-in-chinese-numerals",
         "order-serial-in-chinese-numerals-over-a-hundred"],
)
def test_any_code_any_bracket(written: str, canonical: str) -> None:
    assert canonical_docnum(written) == canonical


def test_order_number_parses_without_a_year() -> None:
    assert parse_docnum("湖北省人民政府令第435号") == DocNumber("湖北省人民政府令", None, 435, ordinal=True)
    assert str(parse_docnum("某某市人民政府令23号")) == "某某市人民政府令23号"  # no 第 written, none added


def test_an_order_numbered_by_year_keeps_its_year() -> None:
    assert parse_docnum("某某部令2022年第3号") == DocNumber("某某部令", 2022, 3, ordinal=True, year_word=True)


@pytest.mark.parametrize(
    ("written", "number"),
    [
        # hand-written in the form of a ministry's 公告 (环境保护部, #16): numbered by year, no bracket
        ("某某总局公告2009年第12号", DocNumber("某某总局公告", 2009, 12, ordinal=True, year_word=True)),
        ("某某部 某某总局公告2019年第39号", DocNumber("某某部某某总局公告", 2019, 39, ordinal=True, year_word=True)),
        # a 公告 without its year is no number: 公告 names many things a serial follows
        ("某某局公告第3号", None),
    ],
    ids=["announcement-numbered-by-year", "joint-announcement-apart-by-a-space", "announcement-without-year"],
)
def test_an_announcement_numbered_by_year(written: str, number: DocNumber | None) -> None:
    assert parse_docnum(written) == number
    if number:
        assert canonical_docnum(written) == written.replace(" ", "")


def test_an_order_with_a_year_keeps_its_ordinal_in_text() -> None:
    (found,) = find_docnums("河北省人民政府\n政府令〔2010〕第15号\n")
    assert found.number == DocNumber("政府令", 2010, 15, ordinal=True)
    assert str(found.number) == "政府令〔2010〕第15号"


@pytest.mark.parametrize(
    "written",
    ["关于印发通知〔2024〕3号", "湖北省人民政府令第0号", "根据令第5号"],
    ids=["words-of-a-sentence-as-code", "order-serial-zero", "sentence-before-order"],
)
def test_not_numbers_still_rejected(written: str) -> None:
    assert parse_docnum(written) is None


@pytest.mark.parametrize(
    ("snippet", "found"),
    [
        ("根据省财政厅财预〔2024〕5号要求", ["财预〔2024〕5号"]),
        ("国家发展改革委发改能源〔2022〕210号文件", ["发改能源〔2022〕210号"]),
        ("省委省政府鲁发〔2016〕5号", ["鲁发〔2016〕5号"]),
        ("（工信厅运行函〔2016〕293号）", ["工信厅运行函〔2016〕293号"]),
        ("按照黔南州府办函〔2019〕7号精神", ["黔南州府办函〔2019〕7号"]),
        ("文号：沪奉府办发〔2021〕18号", ["沪奉府办发〔2021〕18号"]),
        ("行动方案（2023）12", []),
        ("发文字号 苏政办发〔2022〕15号", ["苏政办发〔2022〕15号"]),
        # hand-made: a committee office's code, three characters and more before 委办
        ("发文字号 某防灾委办发〔2020〕8号", ["某防灾委办发〔2020〕8号"]),
        ("某某州委办发〔2021〕3号", ["某某州委办发〔2021〕3号"]),
        ("中共某县委办公室县委办发〔2021〕3号", ["县委办发〔2021〕3号"]),
    ],
    ids=["body-name-then-unknown-code", "ministry-name-then-family-code", "two-bodies-then-code",
         "short-code-with-ting-kept", "unknown-prefecture-code", "listed-suffix-inside-longer-code",
         "no-hao-no-code-shape", "label-without-colon", "committee-office-code", "prefecture-party-office-code",
         "party-office-name-then-its-code"],
)
def test_find_unknown_codes(snippet: str, found: list[str]) -> None:
    text = normalise(snippet).text
    assert [str(m.number) for m in find_docnums(text)] == found


@pytest.mark.parametrize(
    ("line", "number"),
    [
        # hand-written in the form of a scraped number line: closing bracket and 号 lost, year and
        # serial run together
        ("某兴府办函〔202137", "某兴府办函〔2021〕37号"),
        ("某安区府办发〔20199", "某安区府办发〔2019〕9号"),
        ("某政办发〔20231024", "某政办发〔2023〕1024号"),
        ("某政办发〔2023", None),  # no serial left
        ("某政办发〔202310245", None),  # five digits after the year: not a serial
        ("预计增长〔202310", None),  # words, not a code's shape
        ("某政秘〔202345", "某政秘〔2023〕45号"),  # a government's 秘 series
        ("某政办秘〔20236", "某政办秘〔2023〕6号"),
        ("某政办发〔2023〕10号", None),  # a whole number is find_docnums' to read
        ("共完成〔202310 项目", None),  # text after the digits
    ],
    ids=["glued-two-digit-serial", "glued-one-digit-serial", "glued-four-digit-serial", "year-only",
         "too-many-digits", "not-a-code", "glued-mi-series", "glued-office-mi-series", "whole-number-not-glued", "text-after-digits"],
)
def test_glued_number_line(line: str, number: str | None) -> None:
    assert glued_docnum(normalise(line).text) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # hand-written in the form of PDF text (砚山, #15): both brackets of the year lost, a space before 号
        ("某发201120 号", "某发〔2011〕20号"),
        ("某政办发20193号", "某政办发〔2019〕3号"),
        ("某府函20201024號", "某府函〔2020〕1024号"),
        ("根据某发201120号", None),  # words before the code: a sentence
        ("增长幅度201120号", None),  # words, not a code's shape
        ("某发2011号", None),  # no serial after the year
        ("某发2011123456号", None),  # more digits than a serial has
        ("某发20110号", None),  # serial 0
        # hand-written in the form of a scraped page (#15): only the closing bracket lost
        ("某办发电〔201830号", "某办发电〔2018〕30号"),
        ("某辦發〔20245號", "某办发〔2024〕5号"),
        ("某发2019〕13号", "某发〔2019〕13号"),  # the opening bracket lost
        # hand-written in the form of a scraped citation bracket (泉州, heldH): the closing bracket lost
        # after a code of no listed shape; the opening bracket still says a code stands before the year
        ("某政文〔20177号", "某政文〔2017〕7号"),
        ("某政文〔2018137号", "某政文〔2018〕137号"),
        ("某政文2018137号", None),  # neither bracket: a code's shape is needed
    ],
    ids=["bracketless-space-before-hao", "bracketless-one-digit-serial", "bracketless-traditional-hao",
         "words-before-the-code", "not-a-code", "year-only", "too-many-digits", "serial-zero",
         "closing-bracket-lost", "closing-bracket-lost-traditional", "opening-bracket-lost",
         "closing-bracket-lost-code-of-any-shape", "closing-bracket-lost-three-digit-serial", "no-bracket-code-of-no-shape"],
)
def test_number_without_year_brackets(text: str, number: str | None) -> None:
    assert bracketless_docnum(normalise(text).text) == number


@pytest.mark.parametrize(
    ("snippet", "found"),
    [
        ("（1995年6月2日某某市人民政府令23号发布）", ["某某市人民政府令23号"]),
        ("2006年12月1日某某省人民政府令第297号公布", ["某某省人民政府令第297号"]),
        ("日照市人民政府令第8号", ["日照市人民政府令第8号"]),
        ("根据某某部令2019年第6号的规定", ["根据某某部令2019年第6号"]),
    ],
    ids=["date-before-order-without-ordinal", "date-before-order-with-ordinal", "place-name-opening-with-ri",
         "order-numbered-by-year"],
)
def test_order_number_after_a_date(snippet: str, found: list[str]) -> None:
    assert [m.group(0) for m in ORDER_NUMBER.finditer(normalise(snippet).text)] == found


# ---------------------------------------------------------------------------
# The year scan of find_docnums


_PAD = "本段落用于把文本加长到长文本的扫描方式。" * 60  # past the length scanned by years


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("嘉政发〔2024〕8号、国办发（ 2018 ）128号和浙政发[2019]3号", id="brackets-and-spaces"),
        pytest.param("（〔2024〕5号）（2024年）〔201920〕〔1919〕〔2020 〕第3号", id="nested-and-run-on-years"),
        pytest.param("〔\n2023\n〕\n15\n号 2024〕 〔2024", id="line-breaks-and-unpaired"),
    ],
)
def test_year_scan_finds_the_anchors_matches(text: str) -> None:
    from policykg.extract.docnum import _YEAR_ANCHOR, _year_anchors

    for t in (text, _PAD + text + _PAD + text):
        assert [m.span() for m in _year_anchors(t)] == [m.span() for m in _YEAR_ANCHOR.finditer(t)]


def test_year_scan_on_the_seed_gazette() -> None:
    from pathlib import Path

    from policykg.extract.docnum import _YEAR_ANCHOR, _year_anchors

    text = normalise((Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt")
                     .read_text(encoding="utf-8")).text
    assert [m.span() for m in _year_anchors(text)] == [m.span() for m in _YEAR_ANCHOR.finditer(text)]


def test_opening_brackets_are_the_patterns_class() -> None:
    import re

    from policykg.extract.patterns import OPEN_BRACKET, OPEN_BRACKET_CHARS

    assert OPEN_BRACKET_CHARS == {chr(c) for c in range(0x10000) if re.fullmatch(OPEN_BRACKET, chr(c))}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        # hand-written in the form of an older ministry's number: the year first, in brackets
        ("(82)某建字105号", "〔82〕某建字105号"),
        ("（86）某财发第23号", "〔86〕某财发第23号"),
        ("〔1988〕某农函 7 号", "〔1988〕某农函7号"),
    ],
    ids=["two-digit-year-first", "year-first-with-ordinal", "four-digit-year-first"],
)
def test_a_number_printed_year_first_keeps_its_order(written: str, canonical: str) -> None:
    number = parse_docnum(written)
    assert number is not None and number.year in (1982, 1986, 1988)
    assert canonical_docnum(written) == canonical
    (found,) = find_docnums(normalise(f"根据{written}文件精神").text)
    assert str(found.number) == canonical


@pytest.mark.parametrize(
    "written",
    ["(82)某建字105", "（12）开发3号", "(82)印发5号", "（3）某建字5号"],
    ids=["no-hao", "a-list-items-figure-before-a-word", "words-of-a-sentence-as-code", "one-digit-figure"],
)
def test_a_bracketed_figure_before_a_word_is_no_year_first_number(written: str) -> None:
    assert parse_docnum(written) is None
    assert find_docnums(normalise(f"{written}地块").text) == []
