"""Forms of portal pages and plan paragraphs met outside the development corpus.

Each row names its form; the texts are written by hand in the form real pages use
(none of them is in the development corpus).
"""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.records import Document, Target
from policykg.extract.split import coded_issuer, document_facts, order_issuer, placed_issuer, without_province
from policykg.extract.targets import find_targets
from policykg.extract.text import normalise


def _document(text: str) -> Document:
    return next(r for r in extract_text(text).records if isinstance(r, Document))


def _targets(text: str, **kw) -> list[Target]:
    return find_targets(normalise(text).text, document="X", **kw)[0]


# ---------------------------------------------------------------------------
# A portal's headline: the title with the document's number in brackets after it


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        pytest.param(
            "2022年全县重点工作任务（某政发〔2022〕3号）\n来源：某县人民政府  2022-02-14\n\n"
            "各乡镇人民政府、县直各单位：\n《2022年全县重点工作任务分解》已经县人民政府同意，现印发给你们。\n",
            "某政发〔2022〕3号", "2022年全县重点工作任务", id="headline-title-then-number-in-brackets"),
        pytest.param(
            "关于做好春季防火工作的通知(某政办发〔2023〕11号)\n各乡镇人民政府：\n现就有关事项通知如下。\n",
            "某政办发〔2023〕11号", "关于做好春季防火工作的通知", id="headline-typed-title-ascii-brackets"),
    ],
)
def test_a_headline_carries_the_documents_number(text: str, number: str, title: str) -> None:
    doc = _document(text)
    assert (doc.number, doc.title) == (number, title)


def test_a_bracketed_number_after_a_citing_verb_stays_a_citation() -> None:
    text = "根据上级部署（某政发〔2022〕3号）\n各乡镇人民政府：\n现就有关事项通知如下。\n"
    assert _document(text).number is None


def test_a_title_row_repeating_the_number_keeps_it_out_of_the_title() -> None:
    # a portal's metadata table: 文号 row first, then a 标题 row whose value opens with the number
    text = ("文 号 | 某政办〔2020〕2 号 | 发文日期 | 2020-04-19 |\n"
            "标 题 | 某政办〔2020〕2 号 区人民政府办公室关于印发2020年重点工作责任分解方案的通知 |\n"
            "各街道办事处，区人民政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n")
    doc = _document(text)
    assert (doc.number, doc.title) == ("某政办〔2020〕2号", "区人民政府办公室关于印发2020年重点工作责任分解方案的通知")


def test_a_number_and_date_line_and_a_lapse_note() -> None:
    # hand-written in the form of a provincial 政报 mirror: the number and the date share a line
    # under the title, and the mirror notes that the document has lapsed
    text = ("某某省人民政府办公厅关于做好春耕生产工作的意见\n某办发〔2009〕59号 二○○九年十二月八日\n"
            "（此文件已于2017年12月29日宣布失效）\n各市（州）人民政府：\n现就有关事项提出如下意见。\n")
    doc = _document(text)
    assert (doc.number, doc.date, doc.expires) == ("某办发〔2009〕59号", "2009-12-08", "2017-12-29")


def test_the_bodies_a_title_names_over_the_department_that_reposted_it() -> None:
    # a county department's page reposting the county's document: 发布机构 is the department,
    # the title names the two issuers (glued once spaces are gone), no signature in the excerpt
    text = ("发布机构: 县农业农村局\n成文日期: 2024-05-10\n"
            "中共某某县委 某某县人民政府关于推进乡村全面振兴的实施意见\n"
            "为深入贯彻落实中央和省委部署，结合我县实际，提出如下实施意见。\n")
    assert _document(text).issuer == ("中共某某县委", "某某县人民政府")


def test_a_joint_title_with_its_issuers_stacked_above() -> None:
    # the layout of a joint notice: each issuer on its own line, then the 关于… line
    text = ("某政发〔2021〕5号\n中共某某区委\n某某区人民政府\n关于印发《某某区乡村振兴实施方案》的通知\n"
            "各镇人民政府、街道办事处：\n现将方案印发给你们，请认真贯彻执行。\n")
    doc = _document(text)
    assert doc.title == "中共某某区委某某区人民政府关于印发《某某区乡村振兴实施方案》的通知"
    assert doc.number == "某政发〔2021〕5号"


def test_a_joint_title_whose_first_line_names_its_first_issuer_and_how_many_join_it() -> None:
    # hand-written in the header form of a joint letter: 某局等部门 (等七部门) on a line of its own over 关于…
    for head in ("某某市生态环境局等部门", "某某市生态环境局等七部门"):
        text = (f"某环〔2023〕100号\n{head}\n关于印发《某某市减污降碳协同增效实施方案》的函\n各区县人民政府：\n"
                "现印发给你们，请认真组织落实。\n某某市生态环境局\n2023年8月18日\n")
        assert _document(text).title == f"{head}关于印发《某某市减污降碳协同增效实施方案》的函"


def test_a_law_mirrors_issuer_line_is_not_part_of_the_title() -> None:
    # the layout of a law mirror: the regulation's name, the mirror's issuer line naming the
    # province before the city, then the notice's own title and number
    text = ("某某市招生考试管理规定(2005年)\n某某省某某市人民政府\n关于批转某某市招生考试管理规定的通知\n某政〔2005〕32号\n"
            "各区人民政府，市人民政府各部门：\n现转发给你们，请遵照执行。\n某某市人民政府\n二00五年六月十七日\n")
    doc = _document(text)
    assert (doc.title, doc.issuer) == ("关于批转某某市招生考试管理规定的通知", ("某某市人民政府",))


def test_an_issuer_line_above_a_wrapped_title_opening_with_yinfa() -> None:
    # the header form of a city office's notice: its name, the title wrapped from 印发…, the number
    text = ("某某市人民政府办公厅\n印发关于加快推进全市第三产业跨越发展的\n实施意见的通知\n某政办发〔2015〕7号\n"
            "各县、区人民政府，市政府各部门：\n《关于加快推进全市第三产业跨越发展的实施意见》已经市政府同意，现印发给你们。\n")
    doc = _document(text)
    assert (doc.number, doc.title) == ("某政办发〔2015〕7号", "某某市人民政府办公厅印发关于加快推进全市第三产业跨越发展的实施意见的通知")


@pytest.mark.parametrize(
    ("code", "body"),
    [("某某市人民政府令", "某某市人民政府"), ("中华人民共和国国务院令", "国务院"), ("财政部令", "财政部"),
     ("省政府令", None), ("政府令", None), ("某某市审计局审计结果公告", "某某市审计局")],
    ids=["city-government", "state-council-full-name", "ministry", "level-without-place", "government-alone",
         "a-bodys-series-of-announcements"],
)
def test_the_body_an_orders_code_names(code: str, body: str | None) -> None:
    assert order_issuer(code) == body


def test_an_order_number_names_its_issuer() -> None:
    # a law mirror's copy of a city regulation: no signature body (the mayor signs), the order
    # number names the government that makes it
    text = ("某某市市场管理规定\n某某市人民政府令第136号\n《某某市市场管理规定》已经2009年12月10日市人民政府"
            "第78次常务会议通过，现予发布，自2010年2月1日起施行。\n市长 某某某\n二OO九年十二月二十三日\n")
    doc = _document(text)
    assert (doc.number, doc.issuer) == ("某某市人民政府令第136号", ("某某市人民政府",))


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        pytest.param("文      号 某政办〔2025〕1号 信息分类: 综合政务\n标     题 区人民政府办公室关于印发2025年重点工作责任分解方案的通知\n"
                     "各街道办事处，区政府各部门：\n现将方案印发给你们。\n",
                     "某政办〔2025〕1号", "区人民政府办公室关于印发2025年重点工作责任分解方案的通知",
                     id="spaced-title-label-without-colon"),
        pytest.param("|\n关于印发2023年重点任务分解落实方案的通知 某政发〔2023〕1号 |\n|||||||\n各辖市、区人民政府：\n现将方案印发给你们。\n",
                     "某政发〔2023〕1号", "关于印发2023年重点任务分解落实方案的通知", id="title-then-number-in-one-cell"),
        pytest.param("文 号: | 某府办发〔2022〕10号 | 是否有效: | |\n名 称: | 市人民政府办公室关于印发某市新基建三年行动方案"
                     "(2022—2024年)的通知 |\n各区人民政府：\n现将《某市新基建三年行动方案(2022—2024年)》印发给你们。\n"
                     "某市新基建三年行动方案(2022—2024年)\n一、总体要求\n",
                     "某府办发〔2022〕10号", "市人民政府办公室关于印发某市新基建三年行动方案（2022—2024年）的通知",
                     id="name-row-over-the-plans-own-title"),
    ],
)
def test_portal_title_lines(text: str, number: str, title: str) -> None:
    doc = _document(text)
    assert (doc.number, doc.title) == (number, title)


def test_an_annex_list_line_is_not_the_title() -> None:
    # An excerpt that opens with the addressees: the 附件：1.… line lists the annexes (its
    # name ends in a title word, 清单), the title is the annex's own heading further down.
    text = ("各乡镇人民政府，县直各有关单位：\n经县政府同意，现将《2025年重点工作任务清单》印发给你们，请认真落实。\n"
            "附件：1.2025年重点工作任务清单\n2.2025年民生实事清单\n某县人民政府办公室\n2025年3月1日\n"
            "附件1\n2025年重点工作任务清单\n一、产业发展\n1.建设3个产业园。\n")
    assert _document(text).title == "2025年重点工作任务清单"


# ---------------------------------------------------------------------------
# An item's marker is not part of the indicator


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n", id="bracketed-chinese-numeral-item"),
        pytest.param("一、地区生产总值增长7%以上。\n", id="chinese-numeral-item"),
        pytest.param("1.地区生产总值增长7%以上。\n", id="arabic-item"),
    ],
)
def test_an_items_marker_is_not_in_its_indicator(text: str) -> None:
    (t,) = _targets(text)
    assert t.indicator == "地区生产总值增长"


# ---------------------------------------------------------------------------
# The nearest year decides: a retrospective sentence does not make the plan after it past


def test_a_review_sentence_before_a_plan_does_not_date_the_plan() -> None:
    # real: ../shared/corpus/dev/14 (its first sentence looks back from 2020; the rest plans 2024–2025)
    text = ("“十四五”达标计划：自2020年嘉定区开展海绵城市建设达标评估以来，嘉定新城中心城区、嘉北公园一期、"
            "城北大居西及城北大居东共计25.2平方公里已完成海绵城市达标评估。为满足“十四五”海绵城市建设目标要求，"
            "结合区域内项目建设情况，优先考虑已编制系统方案区域，开展海绵城市达标评估工作。计划2024年推进远香湖南"
            "（4.73平方公里）、嘉北公园二期（10.46平方公里），共计15.19平方公里海绵城市建设达标评估；2025年推进"
            "黄渡大居（4.27平方公里）、云翔大居（7.46平方公里），共计11.73平方公里海绵城市建设达标评估。至2025年底，"
            "嘉定区建设用地面积共计52.12平方公里达到海绵城市建设目标要求，占嘉定新城建设用地面积的52%。\n")
    got = {(t.value, t.deadline) for t in _targets(text, date="2024-10-10")}
    assert {(15.19, "2024"), (11.73, "2025"), (52.12, "2025"), (52.0, "2025")} <= got
    assert not any(t.value == 25.2 for t in _targets(text, date="2024-10-10"))  # the result looked back on


def test_a_past_year_nearest_to_the_figure_still_makes_it_a_result() -> None:
    text = "2023年，全市新增城镇就业1.2万人。\n"
    assert _targets(text, date="2024-02-01") == []


# ---------------------------------------------------------------------------
# Figure tables: year columns in a table that assigns no tasks


def _yearly(text: str) -> list[tuple]:
    return sorted((t.indicator, t.value, t.unit, t.deadline) for t in _targets(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("主要指标表\n| 序号 | 指标 | 单位 | 2020年（基期） | 2024年 | 2025年 |\n| --- | --- | --- | --- | --- | --- |\n"
                     "| 1 | 新增停车位 | 个 | 900 | 2000 | 3000 |\n| 2 | 新建口袋公园 | 座 | 1 | 5 | 8 |\n",
                     id="pipe-rows-base-column-left-out-hand-written"),
        pytest.param("主要指标表\n序号\n指标\n单位\n2020年（基期）\n2024年\n2025年\n"
                     "1\n新增停车位\n个\n900\n2000\n3000\n2\n新建口袋公园\n座\n1\n5\n8\n",
                     id="flattened-one-cell-a-line-hand-written"),
    ],
)
def test_year_columns_of_an_indicator_table(text: str) -> None:
    assert _yearly(text) == [("新增停车位", 2000.0, "个", "2024"), ("新增停车位", 3000.0, "个", "2025"),
                             ("新建口袋公园", 5.0, "座", "2024"), ("新建口袋公园", 8.0, "座", "2025")]


def test_a_yearly_column_after_the_plan_year_hand_written() -> None:
    # form: a main-indicator table flattened one cell a line, a 年均[累计] column after its one year column;
    # a dash holds an empty cell's place, a bracketed figure there is the plan's sum
    text = ("表：某市国民经济和社会发展第十四个五年规划主要指标\n序号 |\n指标 |\n单位 |\n属性 |\n2025年 |\n年均[累计] |\n"
            "1 |\n地区生产总值增长率 |\n% |\n预期性 |\n- |\n6左右 |\n"
            "2 |\n人均道路面积 |\n平方米 |\n预期性 |\n15 |\n- |\n"
            "3 |\n新增绿地面积 |\n公顷 |\n约束性 |\n- |\n[300] |\n"
            "4 |\n亿元产值用水量 |\n吨/亿元 |\n约束性 |\n<20 |\n- |\n")
    got = sorted((t.indicator, t.value, t.unit, t.comparator, t.deadline, t.recurrence) for t in _targets(text))
    assert got == sorted([("亿元产值用水量", 20.0, "吨/亿元", "<", "2025", None),
                          ("人均道路面积", 15.0, "平方米", "=", "2025", None),
                          ("地区生产总值增长率", 6.0, "%", "=", "2025", "annual"),
                          ("新增绿地面积", 300.0, "公顷", "=", "2025", None)])


def test_flattened_plan_rows_with_a_total_and_a_note(shared) -> None:
    # real: ../shared/corpus/dev/25 附件3 造林项目计划表: years under a spanning header, most rows
    # ticking a year, two rows with an area for each year, their total before them, a note after
    raw = (shared / "corpus/dev/25_shanghai_fengxian_park_city_lead_support.txt").read_text(encoding="utf-8")
    text = normalise(raw).text
    start = text.index("附件3\n造林项目计划表")
    got = sorted((t.indicator, t.value, t.unit, t.deadline) for t in _targets(text[start:text.index("附件4", start)]))
    assert got == sorted([("生态公益林", v, "亩", y) for v, y in ((1500, "2021"), (2000, "2022"), (2500, "2023"),
                                                      (3000, "2024"), (3000, "2025"), (12000, "2025"))] + \
        [("经济果林", v, "亩", y) for v, y in ((300, "2021"), (300, "2022"), (300, "2023"), (300, "2024"),
                                            (300, "2025"), (1500, "2025"))])


def test_a_task_tables_plan_columns_are_read_once() -> None:
    text = ("序号\n重点任务\n牵头单位\n2024年目标\n2025年目标\n"
            "1\n新增停车位\n区建设管理委\n2000个\n3000个\n2\n新建口袋公园\n区绿化市容局\n5座\n8座\n")
    assert len(_targets(text)) == 4


def test_respectively_is_not_part_of_an_indicator() -> None:
    # hand-written: two figures for two subjects of one indicator, 分别 before the verb
    got = [(t.indicator, t.value) for t in _targets("城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右。\n")]
    assert got == [("城镇常住居民人均可支配收入增长", 8.0), ("农村常住居民人均可支配收入增长", 8.5)]


@pytest.mark.parametrize(
    ("name", "code", "text", "placed"),
    [
        ("省人民政府", "湘政发", "省人民政府关于进一步优化营商环境的若干意见", "湖南省人民政府"),
        ("市人民政府办公室", "铜仁府办发", "市人民政府办公室关于印发铜仁市数字经济发展行动方案的通知",
         "铜仁市人民政府办公室"),
        ("县人民政府办公室", "宁政发", "来源：宁陵县政府\n县人民政府办公室", "宁陵县人民政府办公室"),
        ("县人民政府", "宁政发", "宁陵县政府、宁远县政府联合检查", "县人民政府"),
        ("县人民政府办公室", "嘉政办发", "涉及嘉禾的重点事项", "县人民政府办公室"),
        ("县人民政府办公室", "嘉政办发", "各镇人民政府，县政府各部门，嘉禾经济开发区：", "嘉禾县人民政府办公室"),
        ("县人民政府办公室", "嘉政办发", "嘉禾经济开发区、嘉山高新区", "县人民政府办公室"),
        ("宁陵县人民政府", "宁政发", "宁远县政府", "宁陵县人民政府"),
        ("政府办", "宁政办发", "宁陵县政府", "政府办"),
        # real (广陵): a district's code naming its city, then itself (扬州 广陵), the text naming the district's zone
        ("区政府办公室", "扬广府办", "广陵经济开发区、广陵新城、东南新城,各乡镇人民政府、街道办事处:", "广陵区政府办公室"),
        # the city's character finds its place first: the code's second is not read
        ("区人民政府", "扬广府发", "扬中区政府、广陵经济开发区", "扬中区人民政府"),
    ],
    ids=["province-by-code-table", "city-listed-in-title", "county-named-as-a-body", "two-places-no-guess",
         "code-table-body-of-another-level",
         "zone-named-by-its-place", "two-zone-places-no-guess", "already-placed", "no-level-word",
         "district-code-after-its-citys", "code-first-character-found-first"],
)
def test_an_issuer_named_by_its_level_gets_its_place(name: str, code: str, text: str, placed: str) -> None:
    assert placed_issuer(name, code, text) == placed


def test_a_title_issuer_without_its_place_takes_it_from_the_number() -> None:
    # a provincial notice titled 省人民政府关于…, as one province's documents print it
    text = ("省人民政府关于加快发展现代物流业的若干意见\n湘政发〔2019〕12号\n各市州、县市区人民政府，省政府各部门：\n"
            "为加快发展现代物流业，现提出如下意见。\n")
    assert _document(text).issuer == ("湖南省人民政府",)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("关于印发2019年全市文化旅游工作要点的通知\n\n浏览次数：\n\n某旅办字〔2019〕21号\n\n某某市人民政府办公厅\n\n"
         "关于印发2019年全市文化旅游\n\n工作要点的通知\n\n各县（市、区）人民政府，市政府有关部门：\n\n"
         "《2019年全市文化旅游工作要点》已经市政府同意，现印发给你们。\n\n2019年4月2日\n",
         ("某某市人民政府办公厅",)),
        ("关于印发某县乡村振兴实施方案的通知\n发布时间：2021-02-03\n某委发〔2021〕3号\n中共某某县委\n某某县人民政府\n"
         "关于印发某县乡村振兴实施方案的通知\n各乡镇党委、政府：\n现将《某县乡村振兴实施方案》印发给你们。\n",
         ("中共某某县委", "某某县人民政府")),
    ],
    ids=["heading-then-issuer-over-wrapped-copy", "heading-then-joint-issuers-over-copy"],
)
def test_a_page_heading_without_issuer_takes_them_from_the_body_copy(text: str, issuer: tuple[str, ...]) -> None:
    # a portal's heading repeats the title without its issuers; the notice's own header prints them,
    # and the title is the notice's, its issuers first (as when they stand right above the heading)
    doc = _document(text)
    heading = text.split("\n", 1)[0]
    assert (doc.issuer, doc.title) == (issuer, "".join(issuer) + heading)


@pytest.mark.parametrize(
    ("date_line", "date"),
    [("2022318日", "2022-03-18"), ("2019627", "2019-06-27"), ("20231105", "2023-11-05"),
     ("2020111", None), ("2018123", None), ("201877", "2018-07-07"), ("202303", None), ("2021年7月16", "2021-07-16")],
    ids=["year-month-lost-day-kept", "all-three-lost", "eight-digits", "two-readings-no-guess", "two-readings-month-12",
         "six-digits-one-reading", "six-digits-day-zero", "day-mark-lost"],
)
def test_a_signature_date_whose_year_and_month_a_scrape_lost(date_line: str, date: str | None) -> None:
    text = f"各乡镇人民政府，县政府各部门：\n现将《某县农村道路管护办法》印发给你们。\n某某县人民政府办公室\n{date_line}\n"
    assert document_facts(text, title=None).date == date


@pytest.mark.parametrize(
    ("published", "date"),
    [("2024-01-18", "2024-01-15"), ("2024-11-20", None), ("2024-01-10", None), (None, None)],
    ids=["publication-leaves-one-reading", "publication-after-both-readings", "publication-before-both-readings",
         "no-publication-date"],
)
def test_a_glued_date_with_two_readings_settled_by_the_publication_date(published: str | None,
                                                                       date: str | None) -> None:
    # hand-written in the form of a district portal (辽中, round 10): 发布时间 above, the signature
    # date 2024115 (2024-01-15 or 2024-11-05) under the notice
    meta = f"发布时间:{published} 来源:政府办\n" if published else ""
    text = (f"某区人民政府关于印发2024年重点工作任务分解表的通知\n某政发〔2024〕1号\n{meta}各镇人民政府，区政府各部门：\n"
            "现将2024年重点工作任务分解表印发给你们，请认真抓好落实。\n某区人民政府\n2024115\n（此件公开发布）\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.date == date


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        # hand-written in the form of a city bureau's notice whose signature name a scrape lost
        ("各县区教育局，机关各科室：\n现将《某市教育局2023年工作要点》印发给你们，请认真贯彻落实。\n2023415\n（此件公开发布）\n",
         (), "2023-04-15"),
        # hand-written in the form of a county's brief (督查通报): its masthead, the body's name and the date on one line
        ("某县政务督查\n\n第12期\n\n某县人民政府督查室           2023年5月6\n\n关于2023年重点工作一季度落实情况的通报\n\n"
         "各乡镇人民政府，县政府各部门：\n现将一季度落实情况通报如下。\n", ("某县人民政府督查室",), "2023-05-06"),
        ("各乡镇人民政府：\n现将有关事项通知如下。\n某县农业农村局 2023年5月6日\n", ("某县农业农村局",), "2023-05-06"),
        # a page's byline names a body and a date; the notice's own signature below wins
        ("某市政府办公室 2023年6月2日\n\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n2023年5月20日\n",
         ("某市人民政府",), "2023-05-20"),
        # hand-written in the form of a mirrored State Council notice (国发〔2021〕27号, round 10): the
        # signature's name and date on one line, an editor's note in brackets after them
        ("各省、自治区、直辖市人民政府：\n现将《某某规划》印发给你们，请认真贯彻执行。\n国务院 2020年3月8日 (本文有删减)\n",
         ("国务院",), "2020-03-08"),
        ("各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府办公室 2022年9月1日（此件公开发布）\n",
         ("某县人民政府办公室",), "2022-09-01"),
    ],
    ids=["glued-date-without-signature-name", "brief-masthead-name-and-short-date", "signature-name-and-date-on-one-line",
         "byline-above-a-signature-of-its-own-lines", "name-date-and-an-editors-note-on-one-line",
         "name-date-and-a-publication-note-on-one-line"],
)
def test_a_date_line_without_a_signature_above(text: str, issuer: tuple[str, ...], date: str) -> None:
    facts = document_facts(normalise(text).text, title=None)
    assert (facts.issuer, facts.date) == (issuer, date)


@pytest.mark.parametrize(
    ("name", "signed"),
    [
        ("安徽省芜湖市人民政府办公室", "芜湖市人民政府办公室"),
        ("湖北省宜昌市人民政府", "宜昌市人民政府"),
        ("内蒙古自治区呼伦贝尔市人民政府", "呼伦贝尔市人民政府"),
        ("上海市浦东新区人民政府", "上海市浦东新区人民政府"),
        ("浙江省芜湖市人民政府", "浙江省芜湖市人民政府"),
        ("湖南省长沙县人民政府", "湖南省长沙县人民政府"),
        ("安徽省人民政府", "安徽省人民政府"),
    ],
    ids=["province-city-office", "province-city-government", "region-city", "municipality-district-kept",
         "city-of-another-province-kept", "county-kept", "province-alone"],
)
def test_a_mirrors_province_before_a_city_is_not_the_issuers_name(name: str, signed: str) -> None:
    assert without_province(name) == signed


def test_a_mirrors_issuer_line_with_province_gives_the_citys_body() -> None:
    # a law mirror prints the issuer as 省 + 市 on a line of its own between the title copies
    text = ("关于印发芜湖市城市排水管理办法的通知\n\n安徽省芜湖市人民政府办公室\n\n关于印发芜湖市城市排水管理办法的通知\n\n"
            "芜政办〔2006〕12号\n\n各县、区人民政府，市政府各部门：\n现将《芜湖市城市排水管理办法》印发给你们。\n\n二○○六年三月二日\n")
    assert _document(text).issuer == ("芜湖市人民政府办公室",)


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        # hand-written in the form of a law mirror's head: the name, its maker, the name again, then
        # the day it was made and its maker on one line
        ("港口危险货物作业管理办法\n\n交通部\n\n\n港口危险货物作业管理办法\n\n1992年4月8日,交通部\n\n"
         "第1条 为了加强港口危险货物作业管理，制定本办法。\n", ("交通部",), "1992-04-08"),
        ("港口危险货物作业管理办法\n\n1992年4月8日，交通部\n\n第1条 为了加强港口危险货物作业管理，制定本办法。\n",
         ("交通部",), "1992-04-08"),
        ("港口危险货物作业管理办法\n\n交通部\n\n\n港口危险货物作业管理办法\n\n第1条 为了加强管理，制定本办法。\n",
         ("交通部",), None),
        # the copy over the text leaves out the bracket the title ends with
        ("某某市河道管理条例（2004年修正）\n\n某某市人大常委会\n\n某某市河道管理条例\n\n第一章 总则\n", ("某某市人大常委会",), None),
        # a title that names its maker in full keeps that name over the mirror's short one
        ("某某省人民代表大会常务委员会关于修改部分地方性法规的决定\n\n某某省人大常委会\n\n"
         "某某省人民代表大会常务委员会关于修改部分地方性法规的决定\n\n一、对《某某省气象条例》作出修改。\n",
         ("某某省人民代表大会常务委员会",), None),
    ],
    ids=["maker-over-copy-date-and-maker-under-it", "date-and-maker-under-the-title", "maker-over-copy-no-date",
         "maker-over-copy-without-the-titles-bracket", "title-naming-its-maker-wins"],
)
def test_a_mirrors_maker_and_date_around_a_regulations_title(text: str, issuer: tuple[str, ...], date: str | None) -> None:
    doc = _document(text)
    assert (doc.issuer, doc.date) == (issuer, date)


def test_a_news_pages_latin_date_stamp_dates_its_jinnian() -> None:
    # hand-written in the form of a news page: a CMS stamp ``date YYYY-MM-DD`` with no colon, then the story
    text = (" date 2025-03-04 某某省人民代表大会今日开幕，省长作政府工作报告。\n\n"
            "报告指出，今年全省发展主要预期目标是地区生产总值增长6%左右；城镇新增就业45万人以上。\n")
    got = extract_text(text).records
    assert next(r for r in got if isinstance(r, Document)).date is None  # the page's date, not the document's
    assert [(t.value, t.deadline) for t in got if isinstance(t, Target)] == [(6.0, "2025"), (45.0, "2025")]


@pytest.mark.parametrize(
    ("line", "title", "issuer"),
    [
        # hand-written in the form of a portal's headline: its column's name in quotes before the issuers
        ("“政务信息公开” 中共某某区委办公室 某某区人民政府办公室印发《某某区三年行动计划（2024—2026年）》的通知",
         "中共某某区委办公室某某区人民政府办公室印发《某某区三年行动计划（2024—2026年）》的通知",
         ("中共某某区委办公室", "某某区人民政府办公室")),
        # quotes that belong to the issuer's name stay
        ("“放管服”改革工作领导小组办公室关于印发2024年工作要点的通知",
         "“放管服”改革工作领导小组办公室关于印发2024年工作要点的通知", None),
    ],
    ids=["quoted-column-name-before-issuers", "quoted-words-of-the-issuers-name"],
)
def test_a_quoted_column_name_before_a_title(line: str, title: str, issuer: tuple[str, ...] | None) -> None:
    doc = _document(line + "\n各街道办事处，区政府各部门：\n现将计划印发给你们，请认真贯彻执行。\n")
    assert doc.title == title
    if issuer is not None:
        assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("code", "text", "issuer"),
    [
        # hand-written: a numbered notice whose head names no body; its text names the city
        ("许政", "各县（市、区）人民政府，许昌市城乡一体化示范区管委会：", "许昌市人民政府"),
        ("菏政办字", "为推进菏泽市新旧动能转换，经市政府同意，现将方案印发给你们。", "菏泽市人民政府办公室"),
        ("德府发", "德阳市人民政府关于推广公共服务领域合作的实施意见；德阳经济技术开发区管委会", "德阳市人民政府"),
        ("宁政发", "宁陵县人民政府、宁远县人民政府", None),
        ("宁政发", "各乡镇人民政府，县直各单位：", None),
        ("狮政办", "石狮市人民政府办公室关于印发实施方案的通知", None),
        ("财建", "财政部关于印发管理办法的通知", None),
        # hand-written: a district's code names its city and itself; the text names only the city
        ("威文政发", "为保护威海市森林资源，根据有关规定，制定本通告。", None),
        # hand-written: a city's bare name (长治 without 市) is never read: it is a word too (长治久安)
        ("长政发", "确保社会长治久安，实现长治久安。", None),
        ("扬府发", "为把扬州建成区域中心，展示扬州的发展活力，特制定本意见。", None),
    ],
    ids=["city-named-with-its-level", "office-code-with-zi", "city-and-its-zone", "two-places-no-guess",
         "no-place-named", "code-char-inside-a-longer-place-name", "no-government-code",
         "district-code-of-two-places", "bare-name-that-is-a-word", "bare-city-name"],
)
def test_a_numbered_text_naming_no_issuer_takes_its_codes_government(code: str, text: str, issuer: str | None) -> None:
    assert coded_issuer(code, text) == issuer


# Hand-written in the form of a law mirror's record: the title, the issuing body on a line of its own,
# the title again over the notice's text.
_MIRROR_HEAD = "您的位置：首页 » 法规库 »\n\n{title}\n\n时间：2024-03-01 10:00:00  来源：法规库\n\n{title}\n\n{issuer}\n\n\n{title}{number}\n\n"
_MIRROR_BODY = "各县（区）人民政府，市政府各部门：\n\n现将《某某办法》印发给你们，请认真贯彻执行。\n\n\n二○一二年五月八日\n"


@pytest.mark.parametrize(
    ("title", "issuer_line", "number", "issuer"),
    [
        ("印发韶关市政务公开考核办法等制度的通知", "广东省韶关市人民政府办公室", "", "韶关市人民政府办公室"),
        ("关于印发宜昌市政务公开考核办法的通知", "湖北省宜昌市财政局", "", "宜昌市财政局"),
        ("关于印发宁乡县政务公开考核办法的通知", "湖南省宁乡县人民政府", "", "湖南省宁乡县人民政府"),
        ("关于颁发《某某工程设计管理办法》（试行）的通知", "某某部", "\n ((82)某建字105号)", "某某部"),
        ("关于颁发《某某工程设计管理办法》（试行）的通知", "某某部", "\n （八二）某建字一〇五号", "某某部"),
    ],
    ids=["province-city-office", "province-city-department", "province-county-kept", "year-first-number-line",
         "number-line-of-an-unread-form"],
)
def test_a_mirrors_issuer_line_between_copies_of_the_title(title: str, issuer_line: str, number: str,
                                                           issuer: str) -> None:
    # the issuer is the page's field, named without its province where the city signs alone; the
    # title stays as printed, and a number line under the copy hides neither
    text = _MIRROR_HEAD.format(title=title, issuer=issuer_line, number=number) + _MIRROR_BODY
    doc = _document(text)
    assert (doc.title, doc.issuer) == (title, (issuer,))
    if "82" in number:
        assert doc.number == "〔82〕某建字105号"


def test_a_mirrors_issuer_line_over_a_numbered_copy_is_no_part_of_the_title() -> None:
    # the copy over the notice's number names no issuer: the mirror's issuer line above it is its
    # field, the title is printed without it
    text = ("关于印发《某某市文明工地管理规定》的通知\n\n某某市建设委员会\n\n\n关于印发《某某市文明工地管理规定》的通知\n\n"
            "某建〔2005〕12号\n\n各区县建委：\n\n现将《某某市文明工地管理规定》印发给你们，请按照执行。\n\n"
            "某某市建设委员会\n\n二○○五年三月一日\n")
    doc = _document(text)
    assert (doc.number, doc.title, doc.issuer) == (
        "某建〔2005〕12号", "关于印发《某某市文明工地管理规定》的通知", ("某某市建设委员会",))


def test_a_headline_naming_the_plan_gives_way_to_the_notice_issuing_it() -> None:
    # hand-written in the form of a news page: its headline names the plan, then the notice that
    # issues it, its addressees and text, the plan after
    text = ("首页 > 政策\n\n某某地区2021年秋冬季污染治理行动方案\n\n来源：某网\n时间：2021-11-04 09:02:36\n\n"
            "关于印发《某某地区2021年秋冬季污染治理行动方案》的通知\n\n某某市、某某市人民政府：\n\n"
            "现将《某某地区2021年秋冬季污染治理行动方案》印发给你们，请遵照执行。\n\n某某部 某某委\n\n2021年10月30日\n\n"
            "某某地区2021年秋冬季污染治理行动方案\n\n一、总体要求\n")
    assert _document(text).title == "关于印发《某某地区2021年秋冬季污染治理行动方案》的通知"


# ---------------------------------------------------------------------------
# Order numbers written other ways, and joint issuers apart by spaces


@pytest.mark.parametrize(
    ("text", "number", "title", "issuer"),
    [
        pytest.param("某某市市容管理办法\n某某市人民政府令【第12号】\n《某某市市容管理办法》已经市政府常务会议通过，"
                     "现予公布，自2015年5月1日起施行。\n市长 某某某\n2015年3月10日\n",
                     "某某市人民政府令第12号", "某某市市容管理办法", ("某某市人民政府",), id="serial-in-lenticular-brackets"),
        pytest.param("某某市市容管理办法\n某某市人民政府令〔第12号〕\n《某某市市容管理办法》已经市政府常务会议通过，"
                     "现予公布，自2015年5月1日起施行。\n市长 某某某\n2015年3月10日\n",
                     "某某市人民政府令第12号", "某某市市容管理办法", ("某某市人民政府",), id="serial-in-tortoise-brackets"),
        pytest.param("某某市人民政府令\n第20号《某某市人民政府关于修改〈某某市市容管理办法〉的决定》已经2015年3月1日"
                     "市政府常务会议通过，现予发布，自发布之日起施行。\n市长 某某某\n二〇一五年三月十日\n修改决定\n",
                     "某某市人民政府令第20号", "某某市人民政府关于修改《某某市市容管理办法》的决定", ("某某市人民政府",),
                     id="serial-running-into-the-title-it-publishes"),
        pytest.param("某某市人民政府令\n\nOriginal URL: http://example.cn/law?id=3\n\n第7号\n《某某市河道管理办法》"
                     "已经市政府常务会议研究通过，现予发布施行。\n市长 某某某\n2003年10月15日\n某某市河道管理办法\n"
                     "第一章 总则\n第一条 为了加强河道管理，制定本办法。\n",
                     "某某市人民政府令第7号", "某某市河道管理办法", ("某某市人民政府",), id="url-line-between-order-and-serial"),
        pytest.param("宜昌市物业管理办法\n\n湖北省宜昌市人民政府\n\n政府令【第30号】\n\n《宜昌市物业管理办法》已经市政府批准，"
                     "现予公布，自2013年2月15日起施行。\n市 长\n2013年1月11日\n",
                     "宜昌市人民政府令第30号", "宜昌市物业管理办法", ("宜昌市人民政府",),
                     id="placeless-order-under-its-government"),
    ],
)
def test_an_order_number_written_other_ways(text: str, number: str, title: str, issuer: tuple[str, ...]) -> None:
    doc = _document(text)
    assert (doc.number, doc.title, doc.issuer) == (number, title, issuer)


def test_joint_issuers_apart_by_spaces_on_a_mirrors_issuer_line() -> None:
    # hand-written in the form of a law mirror's record of a joint ministries' notice: the bodies on
    # one line apart by spaces, between two copies of the title
    text = ("关于开展节能产品推广工作的通知\n\n财政部 国家发展和改革委员会 工业和信息化部\n\n\n关于开展节能产品推广工作的通知\n\n"
            "财建〔2013〕6号\n\n各省、自治区、直辖市财政厅（局）：\n现将有关事项通知如下。\n")
    doc = _document(text)
    assert (doc.number, doc.issuer) == ("财建〔2013〕6号", ("财政部", "国家发展和改革委员会", "工业和信息化部"))


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param("        某某市交通运输局  某某市公安局" + " " * 80 + "2022年4月25日", id="names-and-date-on-one-line"),
        pytest.param("        某某市交通运输局\n某某市公安局" + " " * 80 + "2022年4月25日", id="last-name-and-date-on-one-line"),
    ],
)
def test_joint_signers_apart_by_spaces(signature: str) -> None:
    text = f"各县区交通运输局、公安局：\n现将实施方案印发给你们，请认真贯彻落实。\n特此通知。\n\n{signature}\n\n某某实施方案\n"
    facts = document_facts(normalise(text).text, title=None)
    assert (facts.issuer, facts.date) == (("某某市交通运输局", "某某市公安局"), "2022-04-25")


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        # hand-written in the form of a ministry's campaign bulletin (水利部, heldZ): the campaign's start
        pytest.param("各省、自治区、直辖市水利厅：\n某部近日部署，自2018年7月20日起，在全国开展为期一年的河湖专项行动，"
                     "对突出问题开展专项清理整治。\n", None, id="start-of-a-campaign"),
        pytest.param("各乡镇人民政府：\n从2019年1月1日起，实施为期三年的农村人居环境整治行动。\n", None,
                     id="start-of-an-action-plan"),
        pytest.param("市政府决定：从2024年1月1日起，将我市最低月工资标准调整为2260元。\n", "2024-01-01",
                     id="a-decisions-rule-changes-from-then"),
        pytest.param("第一条 为加强管理，制定本办法。\n第二十条 本办法自2024年3月1日起施行。\n", "2024-03-01",
                     id="the-document-takes-effect"),
    ],
)
def test_a_start_date_is_the_documents_only_when_it_says_the_document_takes_effect(text: str,
                                                                                 effective: str | None) -> None:
    assert document_facts(normalise(text).text, title=None).effective == effective


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a district portal (定陶, heldZ): the list's entry (serial and short
        # name) above the number; the title over two lines, its 通知 letter-spaced
        pytest.param("当前位置:首页 >> 信息公开 >> 安全生产\n17号 十三五安全生产规划\n2017-02-14    点击:8次\n\n"
                     "某定安发〔2016〕17号\n\n关于印发安全生产“十三五”规划的\n\n通    知\n\n各镇街，区直各有关部门：\n\n"
                     "《某区安全生产“十三五”规划》已经区政府安委会审议通过，现印发给你们，请认真贯彻执行。\n",
                     "关于印发安全生产“十三五”规划的通知", id="list-entry-above-a-spaced-title"),
        # hand-written in the form of a provincial portal (海南, heldZ): a header line gives the number and
        # the title in 《》, the title follows on its own line
        pytest.param("某府办〔2018〕48号《某省人民政府办公厅关于印发某某专项整治工作方案（试行）的通知》\n"
                     "某省人民政府办公厅关于印发某某专项整治工作方案（试行）的通知\n各市、县人民政府，省政府直属各单位：\n"
                     "《某某专项整治工作方案（试行）》已经省政府同意，现印发给你们，请认真组织实施。\n",
                     "某省人民政府办公厅关于印发某某专项整治工作方案（试行）的通知", id="number-and-quoted-title-header-line"),
        # hand-written in the form of a city portal (广元, heldZ): the site's category and a colon before the title
        pytest.param("政策解读：某市安全生产治本攻坚三年行动方案（2024—2026年）\n各县（区）安委会，市级有关部门：\n"
                     "现将《某市安全生产治本攻坚三年行动方案（2024—2026年）》印发你们，请认真抓好贯彻落实。\n",
                     "某市安全生产治本攻坚三年行动方案（2024—2026年）", id="site-category-and-colon-before-the-title"),
        # hand-written in the form of a county bureau's page (石泉, heldH): the title runs into addressees
        # that are the bureau's own offices
        pytest.param("来源 某县应急管理局\n内容概述\n\n某县应急管理局关于印发行政执法公示制度（试行）、重大执法决定法制审核制度"
                     "（试行）的通知\n\n局机关各股室，安全生产监察大队：\n\n现将某县应急管理局《行政执法公示制度（试行）》、"
                     "《重大执法决定法制审核制度（试行）》印发给你们，请认真遵照执行。\n\n某县应急管理局\n\n2020年4月28日\n\n"
                     "某县应急管理局行政执法信息公示制度（试行）\n\n第一章 总 则\n",
                     "某县应急管理局关于印发行政执法公示制度（试行）、重大执法决定法制审核制度（试行）的通知",
                     id="title-run-into-a-bureaus-own-offices"),
        # hand-written in the form of a trade site's copy of a rule (heldH): the page's own title with the
        # site's name, the rule's name, a byline in brackets
        pytest.param("某某经济林、花卉示范基地命名工作管理暂行办法-部门规章-某某网-某某领先综合门户\n某某经济林、花卉示范基地命名工作管理暂行办法\n"
                     "[日期:2009-02-05]  来源:某某园林  作者:   发表评论(0)打印\n\n\n\n发布单位:国家某某局\n\n第一章 总则\n\n"
                     "    第一条 为加强示范基地管理，特制定本办法。\n",
                     "某某经济林、花卉示范基地命名工作管理暂行办法", id="site-title-then-title-then-bracketed-byline"),
    ],
)
def test_a_title_among_page_furniture(text: str, title: str) -> None:
    assert _document(text).title == title


# ---------------------------------------------------------------------------
# Titles and dates in the heads of mirror and database pages


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a city's page (heldV): the place's name on a line of its own over a
        # 关于 title is the title's first words
        pytest.param("某某市\n关于进一步支持小微企业创新发展的实施细则\n为支持小微企业创新发展，结合本市实际，制定本实施细则。\n"
                     "一、总体目标\n到2025年，小微企业数量达到3万户。\n",
                     "某某市关于进一步支持小微企业创新发展的实施细则", id="city-name-line-over-a-guanyu-title"),
        pytest.param("某某县\n关于加快乡村旅游高质量发展的若干意见\n各乡镇人民政府，县直各单位：\n现就加快乡村旅游发展提出如下意见。\n",
                     "某某县关于加快乡村旅游高质量发展的若干意见", id="county-name-line-over-a-guanyu-title"),
        # hand-written in the form of a city portal's column page (heldV): the column's name heads the page and
        # stands inside its path, the notice's full title a few lines below
        pytest.param("建设某某产业强市“3060”计划\n政策文件\n部门动态\n首页\n > 建设某某产业强市“3060”计划 > 政策文件\n"
                     "某某市人民政府办公室关于印发某某产业强市“3060”计划专项政策等三个政策的通知\n\n"
                     "发布日期: 2024-05-06 10:02:56 信息来源: 某某市经济和信息化局 字号:[ ]\n\n各县（市、区）人民政府，市政府各部门：\n"
                     "《某某产业强市“3060”计划专项政策》等已经市政府同意，现印发给你们，请认真贯彻执行。\n\n"
                     "某某市人民政府办公室\n2024年4月20日\n\n某某产业强市“3060”计划专项政策\n一、对新认定的企业，奖励50万元。\n",
                     "某某市人民政府办公室关于印发某某产业强市“3060”计划专项政策等三个政策的通知",
                     id="column-name-in-the-pages-path-gives-way-to-the-notice"),
    ],
)
def test_a_title_a_pages_head_cuts_or_hides(text: str, title: str) -> None:
    assert _document(text).title == title


def test_a_law_databases_title_line_carrying_its_number() -> None:
    # hand-written in the form of a law database's record (heldT): the rules' short name, the issuer line
    # with its province, then the notice's title and its number on one line over its addressees
    text = ("某某市安全生产目标考核办法\n\n作者:法规网 时间:2024-07-22 10:48:12   来源:法规网\n\n某某市安全生产目标考核办法\n\n"
            "某某省某某市人民政府办公室\n\n\n某某市人民政府办公室关于印发某某市安全生产目标考核办法的通知 某政办〔2006〕12号\n\n\n\n"
            "各县、区人民政府，市政府各部门：\n《某某市安全生产目标考核办法》已经市政府同意，现印发给你们，请认真遵守执行。\n\n"
            "二○○六年三月七日\n\n某某市安全生产目标考核办法\n为了推动全市安全生产工作，市政府决定实行量化考核。具体办法如下：\n")
    doc = _document(text)
    assert (doc.number, doc.title, doc.issuer) == (
        "某政办〔2006〕12号", "某某市人民政府办公室关于印发某某市安全生产目标考核办法的通知", ("某某市人民政府办公室",))


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # hand-written in the form of a law site's page printed on one line (heldT): the signature's date in
        # Chinese numerals between the notice's last sentence and the rules it issues
        pytest.param("现印发给你们，请遵照执行。   二○○八年六月八日 某某市节能目标责任考核办法   根据有关精神，特制定本办法。",
                     "2008-06-08", id="chinese-numeral-date-after-the-last-sentence"),
        pytest.param("现印发给你们，请遵照执行。 二〇二一年三月五日", "2021-03-05", id="chinese-numeral-date-ending-the-line"),
        # a sentence opening with the date is no signature
        pytest.param("现将有关事项通知如下。二○○八年六月八日，市政府召开节能工作会议。", None, id="a-sentence-opening-with-a-date"),
    ],
)
def test_a_signature_date_inside_a_one_line_page(body: str, date: str | None) -> None:
    text = ("某某市人民政府办公室关于印发《某某市节能目标责任考核办法》的通知\n发文单位:某某市人民政府办公室 文 号:某政办[2008]77号 "
            "各县区人民政府，市人民政府有关部门：   " + body + "\n")
    assert _document(text).date == date


# ---------------------------------------------------------------------------
# The document's own identity (number, title, issuer) in uncommon header shapes


@pytest.mark.parametrize(
    ("text", "number", "title", "issuer"),
    [
        # hand-written in the form of a town's site reposting a city's notice: the number line under the
        # page's byline lost both brackets and 号, the year and serial run together
        pytest.param("发布时间：2023-07-02 来源：某某镇\n\n某政秘202345\n\n某某市人民政府关于调整2023年最低生活保障标准的通知\n\n"
                     "各县区人民政府，市政府各部门：\n经市政府研究决定，现将有关事项通知如下。\n",
                     "某政秘〔2023〕45号", "某某市人民政府关于调整2023年最低生活保障标准的通知", ("某某市人民政府",),
                     id="number-line-without-brackets"),
        # the same figures with no year named anywhere on the page are no number
        pytest.param("某政秘202345\n\n关于调整最低生活保障标准的通知\n\n各县区人民政府：\n经研究，现将有关事项通知如下。\n",
                     None, "关于调整最低生活保障标准的通知", (), id="no-year-named-no-bare-number"),
        # hand-written in the form of a law database's page: the order numbered by the body's term on its own line
        # (the law's note below names the order again, its serial in Chinese numerals)
        pytest.param("某某法\n\n全国人民代表大会常务委员会\n\n中华人民共和国主席令（十届第12号）\n\n"
                     "《某某法》已由第十届全国人民代表大会常务委员会第九次会议于2004年6月1日通过，现予公布。\n\n某某法\n\n"
                     "（2004年6月1日第十届全国人民代表大会常务委员会第九次会议通过 2004年6月1日中华人民共和国主席令第十二号公布"
                     " 自2004年10月1日起施行）\n\n第一条 为了规范某某活动，制定本法。\n",
                     "中华人民共和国主席令（十届第12号）", "某某法", None,
                     id="order-number-with-its-term"),
        # hand-written in the form of a list page printing the whole notice on one line: title, comma, number
        pytest.param("某某市人民政府关于印发某某市区域合作行动方案的通知, 某府发〔2024〕6号 各区人民政府，市人民政府各部门："
                     " 《某某市区域合作行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。 某某市人民政府 2024年3月1日"
                     " 某某市区域合作行动方案 为全面贯彻落实党中央决策部署，制定本方案。\n",
                     "某府发〔2024〕6号", "某某市人民政府关于印发某某市区域合作行动方案的通知", ("某某市人民政府",),
                     id="one-line-title-comma-number"),
        # hand-written in the form of a county's public notice: a place's name before 关于, its government's code
        pytest.param("某东县关于禁止露天焚烧秸秆的通告 某政通〔2019〕3号\n\n为改善城乡生态环境，现就有关事项通告如下：\n"
                     "一、本县行政区域内禁止露天焚烧秸秆。\n",
                     "某政通〔2019〕3号", "某东县关于禁止露天焚烧秸秆的通告", ("某东县人民政府",), id="place-before-guanyu"),
        # hand-written in the form of a ministry's 公告 page: the number line under the title leaves out 公告
        pytest.param("某某部关于公布第二批示范基地名单的公告\n某某部2021年第15号\n经专家评审，现将示范基地名单予以公布。\n"
                     "特此公告。\n某某部\n2021年6月3日\n",
                     "某某部公告2021年第15号", "某某部关于公布第二批示范基地名单的公告", ("某某部",),
                     id="announcement-number-line-without-its-kind"),
        # the same line under a title of another kind is no number
        pytest.param("某某部关于公布第二批示范基地名单的通知\n某某部2021年第15号\n经专家评审，现将示范基地名单予以公布。\n",
                     None, "某某部关于公布第二批示范基地名单的通知", None,
                     id="year-serial-line-under-a-notice-is-no-number"),
    ],
)
def test_own_identity_in_uncommon_heads(text: str, number: str | None, title: str, issuer: tuple | None) -> None:
    doc = _document(text)
    assert (doc.number, doc.title) == (number, title)
    if issuer is not None:  # (None: the row is about the number and title only)
        assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a draft report: the occasion it was given at, in brackets after its title
        pytest.param("政府工作报告 （ 2022 年 xx 月 xx 日在某区第二届人民代表大会第六次会议上）\n\n各位代表：\n现在，我代表区人民政府作报告。\n",
                     "政府工作报告", id="speech-occasion-in-brackets"),
        # a plan's title over its first table's caption: the caption opens a line of its own
        pytest.param("某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n表1：“十三五”期间主要指标\n指 标 |\n2015年 |\n",
                     "某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", id="plan-title-over-a-table-caption"),
        # a table printed one cell a line, its cells parted by pipes: a column's name is no title
        pytest.param("工作任务\n|\n具体要求\n|\n责任科室\n|\n加强信息公开\n|\n1\n|\n对规范性文件进行全面清理。\n|\n办公室\n",
                     None, id="pipe-parted-cell-lines"),
        # a portal's font-size buttons open the byline under the title, apart by a blank line
        pytest.param("首页 » 重要通告 » 正文\n\n某某部关于实行甲、乙两个流域禁渔期制度的通告\n\n放大字体  缩小字体 2019-01-18  来源：某某部\n\n"
                     "为养护水生生物资源，现通告如下。\n一、甲流域禁渔期制度\n",
                     "某某部关于实行甲、乙两个流域禁渔期制度的通告", id="font-size-buttons-under-the-title"),
        # hand-written in the form of a reading page: a column tag before the report's title and 解读 after it, the
        # addressees and the body run on the next line
        pytest.param("【解读】关于某某市2020年度本级预算执行和其他财政收支审计查出问题整改情况的报告解读\n"
                     "市人民代表大会常务委员会：按照有关决议要求，市政府认真组织整改。现将整改情况报告如下。\n",
                     "关于某某市2020年度本级预算执行和其他财政收支审计查出问题整改情况的报告", id="reading-tag-and-suffix"),
        # hand-written in the form of a report given to a congress: the occasion after a dash on the title's line
        pytest.param("某某市2021年度绩效审计查出问题整改情况的报告——2022年6月在某某市六届人大常委会第九次会议上\n"
                     "根据有关规定，现报告整改情况，请予审议。\n",
                     "某某市2021年度绩效审计查出问题整改情况的报告", id="occasion-after-a-dash"),
        # a reading page whose title quotes the text it reads is titled as the page names itself
        pytest.param("《某某县老年人补贴发放实施办法》政策解读\n一、出台背景\n为做好老年人补贴发放工作，制定本办法。\n",
                     "《某某县老年人补贴发放实施办法》政策解读", id="reading-title-quoting-its-text-kept-whole"),
        # a reading page naming the text unquoted, then its kind of reading (政策解读): the page's title kept whole, no
        # 政策 left over as if the text's name ended in it (heldAD15 04)
        pytest.param("2021年潜江市粮食生产工作方案政策解读\n\n解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日 09:40\n\n"
                     "一、制发政策文件的依据、目标、任务\n\n1.依据:粮食安全事关国计民生和社会稳定。\n",
                     "2021年潜江市粮食生产工作方案政策解读", id="reading-title-naming-its-text-unquoted-kept-whole"),
        pytest.param("某某县农村供水工作实施方案文件解读\n一、出台背景\n为做好农村供水工作，制定本方案。\n",
                     "某某县农村供水工作实施方案文件解读", id="reading-title-naming-its-text-unquoted-kept-whole-hand-written"),
        # hand-written in the form of a notice printed without its head: it issues a plan whose own name quotes the
        # text it carries out, the plan's title under the signature
        pytest.param("各区人民政府，市政府各部门：\n现将某某市贯彻落实《稳定经济增长的若干政策措施》实施方案印发给你们，请遵照执行。\n"
                     "某某市人民政府\n2022年6月1日\n（本文有删减）\n某某市贯彻落实《稳定经济增长的若干政策措施》实施方案\n"
                     "为贯彻落实国家决策部署，制定本方案。\n",
                     "某某市贯彻落实《稳定经济增长的若干政策措施》实施方案", id="issued-plan-quoting-the-text-it-carries-out"),
        # hand-written in the form of a department's letter: the plan named in one sentence, issued by the next on
        # its own line, the plan's title under the signature
        pytest.param("各市（州）商务主管部门：\n为加快构建国际营销服务体系，我厅会同省发展改革委、财政厅等18个部门（单位）研究制定了"
                     "《某某省边境贸易高质量发展三年行动方案》。\n现印发你们，请抓好贯彻落实。\n某某省商务厅\n2024年3月8日\n"
                     "某某省边境贸易高质量发展三年行动方案\n边境贸易是对外开放的重要组成部分。\n",
                     "某某省边境贸易高质量发展三年行动方案", id="issued-plan-named-a-sentence-before-the-issuing-one"),
    ],
)
def test_title_in_uncommon_heads(text: str, title: str | None) -> None:
    assert _document(text).title == title


@pytest.mark.parametrize(
    ("publisher", "title", "issuer"),
    [
        # hand-written in the form of a township's site reposting its county's plan
        pytest.param("某溪县某庄镇人民政府", "关于印发某溪县防汛抗旱应急预案的通知", (), id="township-reposts-county-plan"),
        # a county's bureau posting its city's bureau's rules
        pytest.param("某水县综合行政执法局", "某沂市城市管理局行政处罚裁量权基准", (), id="county-bureau-reposts-city-rules"),
        # a body posting its own plan, its place in its title
        pytest.param("某溪县应急管理局", "关于印发某溪县防汛抗旱应急预案的通知", ("某溪县应急管理局",), id="own-plan-same-level"),
        # a township forwarding its county's notice issues the forwarding notice itself
        pytest.param("某溪县某庄镇人民政府", "关于转发某溪县防汛抗旱应急预案的通知", ("某溪县某庄镇人民政府",),
                     id="township-forwards"),
    ],
)
def test_a_lower_body_reposting_is_no_issuer(publisher: str, title: str, issuer: tuple) -> None:
    text = (f"发布机构：{publisher}\n名称：{title}\n\n{title}\n\n各有关单位：\n现将有关事项通知如下。\n一、加强领导。\n")
    assert _document(text).issuer == issuer


@pytest.mark.parametrize(
    "title",
    [
        # hand-written: words ending as a level does (小区, 辖区) or a level's adjective (省级) name no place
        pytest.param("关于加强小区物业管理的通知", id="xiaoqu"),
        pytest.param("关于组织申报省级农业产业化龙头企业的通知", id="shengji"),
    ],
)
def test_a_title_naming_no_place_makes_no_portal_issuer_a_repost(title: str) -> None:
    from policykg.extract.metadata import _reposted

    assert not _reposted(("某县某镇人民政府",), title)


# ---------------------------------------------------------------------------
# Heads of mirror and database pages: joint issuers under a label, a dated head, a notice on one line,
# a title's wrongly nested marks, a title under a glossed mirror's line


def _extracted(text: str) -> tuple[Document, list]:
    from policykg.extract.records import Citation

    records = extract_text(text).records
    return next(r for r in records if isinstance(r, Document)), [r for r in records if isinstance(r, Citation)]


@pytest.mark.parametrize(
    ("label_line", "issuer"),
    [
        # hand-written in the form of a law database's record: joint ministries under the label, apart by spaces
        pytest.param("发文机关:某某部 某某委 某某局", ("某某部", "某某委", "某某局"), id="spaces-after-a-colon"),
        pytest.param("发布机构 某某部  某某委", ("某某部", "某某委"), id="spaces-after-a-bare-label"),
        pytest.param("发文机关：\n某某部 某某委", ("某某部", "某某委"), id="value-under-its-label"),
        # a glossed mirror's copy of the same line (its readings after the characters)
        pytest.param("發(fā)文機(jī)關(guān):某某部 某某委", ("某某部", "某某委"), id="glossed-mirror"),
        # one body's name spaced out stays one name
        pytest.param("发文机关:某某县 人民政府", ("某某县人民政府",), id="one-name-spaced-out"),
    ],
)
def test_joint_issuers_apart_by_spaces_under_a_metadata_label(label_line: str, issuer: tuple[str, ...]) -> None:
    text = (f"时 效 性:现行有效\n{label_line}\n文 号:某发〔2021〕1号\n发文日期:2021年01月08日\n\n"
            "关于进一步做好某某工作的通知\n各有关单位：\n为做好某某工作，现通知如下。\n")
    assert _document(text).issuer == issuer


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # hand-written in the form of a mirror of a bureau's notice: the title, the day in figures apart by
        # dashes, the number, on lines of their own; no signature below
        pytest.param("关于调整某某补助标准的通知\n2019-06-11\n某医保发〔2019〕14号\n", "2019-06-11",
                     id="date-line-between-title-and-number"),
        pytest.param("关于调整某某补助标准的通知\n某医保发〔2019〕14号\n2019-6-1\n", "2019-06-01", id="date-line-under-the-number"),
        # a mirror's stamp of another year than the number's: when the page was fetched, not the day it was made
        pytest.param("关于调整某某补助标准的通知\n2022-11-28\n某医保发〔2019〕14号\n", None, id="stamp-of-another-year"),
        # a stamp with its time of day is a posting's
        pytest.param("关于调整某某补助标准的通知\n2019-06-11 09:30:00\n某医保发〔2019〕14号\n", None, id="stamp-with-a-time"),
    ],
)
def test_a_dashed_date_line_in_the_head_dates_an_unsigned_document(head: str, date: str | None) -> None:
    text = f"{head}各区医疗保障局：\n为减轻群众负担，现就有关问题通知如下：\n一、某某补助标准提高至50万元。\n"
    assert _document(text).date == date


def test_a_signature_date_wins_over_a_dashed_date_line_in_the_head() -> None:
    text = ("关于调整某某补助标准的通知\n2019-06-20\n某医保发〔2019〕14号\n各区医疗保障局：\n"
            "现就有关问题通知如下。\n某市医疗保障局\n2019年6月11日\n")
    assert _document(text).date == "2019-06-11"


def test_a_forwarding_notice_printed_on_one_line() -> None:
    # hand-written in the form of a city's notice copied onto one line: the title (with the forwarded
    # text in 《》), the addressees, the body and the signature, apart by spaces only
    text = ("某市政府办公厅转发市民政局、财政局《关于进一步做好某某救助工作的意见》的通知 各区县人民政府，市各委办局："
            " 为进一步做好某某救助工作，市民政局、财政局拟定了《关于进一步做好某某救助工作的意见》。经市政府同意，"
            "现转发给你们，请认真遵照执行。 二○○六年七月五日 关于进一步做好某某救助工作的意见 |")
    doc, cites = _extracted(text)
    assert (doc.title, doc.issuer) == ("某市政府办公厅转发市民政局、财政局《关于进一步做好某某救助工作的意见》的通知",
                                       ("某市政府办公厅",))
    assert [(c.to_title, c.relation.value) for c in cites] == [("关于进一步做好某某救助工作的意见", "forwards")]


def test_pieces_of_a_title_whose_marks_are_nested_wrongly_are_no_citations() -> None:
    # hand-written in the form of a county portal: the page's title closes the forwarded notice's 《 after the
    # first plan's name, so that it reads as three texts; its 名称 row repeats it; the body names the notice whole
    title = "某县人民政府办公室转发《某省人民政府办公厅关于印发某省甲办法》《某省乙办法》和《某省丙办法》的通知"
    text = (f"首页 > 信息公开 > 正文\n\n{title}\n\n发布时间：2019-02-25 16:32\n名  称 {title}\n"
            "文  号 某政办发〔2019〕9号\n\n各镇人民政府，县政府有关工作部门：\n\n"
            "现将《某省人民政府办公厅关于印发〈某省甲办法〉〈某省乙办法〉和〈某省丙办法〉的通知》（某政办发〔2018〕73号）"
            "转发你们，请认真贯彻执行。\n\n某县人民政府办公室\n\n2019年2月22日\n")
    _, cites = _extracted(text)
    assert [(c.to_number, c.relation.value) for c in cites] == [("某政办发〔2018〕73号", "forwards")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a glossed mirror: the site's line of keywords over the title, a blank line
        # between, the title's characters glossed with toned readings
        pytest.param("某某精品无码在线丨某某影院免费观看丨某某专区一区二区丨某某户外\n\n关(guān)于调(tiáo)整某某补助标准的通知\n\n某医保发〔2019〕14号\n"
                     "各区医疗保障局：\n现就有关问题通知如下。\n", "关于调整某某补助标准的通知", id="keywords-over-a-glossed-title"),
        # a breadcrumb whose steps are apart by slashes, over a news page's headline
        pytest.param("2. 首頁/ 政務公開 / 法定主動公開內容 / 民生保障 / 養老信息 / 正文\n\n我市調(tiáo)整城鄉(xiāng)居民醫(yī)保待遇支付政策\n\n"
                     "（記者：某某）7月4日，記者從市醫療保障局了解到，我市調整城鄉居民醫保待遇支付政策。\n",
                     "我市调整城乡居民医保待遇支付政策", id="slashed-breadcrumb-over-a-headline"),
    ],
)
def test_a_glossed_mirrors_title_is_not_run_onto_the_line_above(text: str, title: str) -> None:
    assert _document(text).title == title


def test_a_sites_string_of_keywords_is_no_label_of_the_page() -> None:
    from policykg.extract.split import first_heading

    # hand-written in the form of a spam mirror's news page: the site's keywords apart by _ over its menus
    text = ("某某精品久久A级_某某在线影片_某某免费网站_某某高清视频\n设为首页加为收藏\n当前位置：首页>新闻中心\n"
            "某某委：某某行动主要目标提前实现\n发布时间：2022-9-8 0：00：00\n某某委副主任介绍，某某行动主要目标提前实现。\n")
    assert first_heading(normalise(text).text) == "某某委：某某行动主要目标提前实现"


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("某某市某某区全面推行河长制工作方案", ()),
        ("某某省全面推行河长制工作方案", ("某某省水务厅",)),
    ],
    ids=["a-source-of-another-place-than-the-titles-is-a-reposting-site", "a-source-of-the-titles-place"],
)
def test_a_pages_source_body_is_the_issuer_only_of_its_own_places_title(title: str, issuer: tuple) -> None:
    # hand-written in the form of a portal page: a plan titled by its place, the page's source a body of another
    # place that reposted it, no signature
    text = (f"{title}\n发布时间:  2017-12-08  信息来源: 某某省水务厅  作者:  \n\n"
            "    为贯彻落实绿色发展理念，制定本方案。\n    一、总体要求\n")
    assert _document(text).issuer == issuer
