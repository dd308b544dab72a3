"""Cutting files into documents and reading each document's header facts."""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_path, extract_text
from policykg.extract.records import Appointment, Citation, Document, Gazette, Relation, Target
from policykg.extract.split import (
    _split_joint,
    document_facts,
    spaced_issuers,
    split_layout,
    title_issuer,
    year_title_issuer,
)
from policykg.extract.text import normalise


def test_gazette_has_six_documents_and_no_toc_entries(gazette_extraction) -> None:
    docs = gazette_extraction.of(Document)
    assert [d.number for d in docs] == [
        "嘉政发〔2024〕8号", "嘉政发〔2024〕9号", "嘉政办发〔2024〕4号",
        "嘉政办发〔2024〕5号", "嘉政办发〔2024〕6号", "嘉政办发〔2024〕7号",
    ]
    # Titles come from the body, whitespace-normalised (the PDF text has "下达 2024 年 嘉兴市").
    assert docs[0].title == "嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展规划的通知"
    # The first document starts after the table of contents, not inside it.
    assert "目录" not in gazette_extraction.raw[docs[0].source.start:docs[0].source.end]
    # The closing index of issued documents cross-checks without warnings or duplicates.
    assert gazette_extraction.warnings == []


def test_gazette_masthead(gazette_extraction) -> None:
    (g,) = gazette_extraction.of(Gazette)
    assert (g.title, g.year, g.issue, g.cumulative_issue, g.published, g.publisher) == (
        "嘉兴市人民政府公报", 2024, 3, 249, "2024-03-25", "嘉兴市人民政府办公室")


def test_gazette_document_fields(gazette_extraction) -> None:
    by_num = {d.number: d for d in gazette_extraction.of(Document)}
    d7 = by_num["嘉政办发〔2024〕7号"]
    assert (d7.date, d7.effective, d7.expires, d7.issuer, d7.doc_type) == (
        "2024-02-28", "2024-04-01", "2026-12-31", ("嘉兴市人民政府办公室",), "通知")
    assert d7.addressees == ("各县（市、区）人民政府", "市政府各部门", "直属各单位")
    assert by_num["嘉政发〔2024〕9号"].effective == "2024-01-01"  # 从2024年1月1日起
    assert by_num["嘉政办发〔2024〕5号"].doc_type == "实施意见"
    assert by_num["嘉政发〔2024〕8号"].attachments == ("2024年嘉兴市国民经济和社会发展规划主要目标",)


def test_appointments_in_personnel_section(gazette_extraction) -> None:
    (a,) = gazette_extraction.of(Appointment)
    assert (a.person, a.action, a.post, a.organization, a.period) == ("朱海林", "appoint", "副局长", "嘉兴市民政局", "2024-02")
    assert a.source.text == "朱海林任嘉兴市民政局副局长"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("【市政府人事任免】（2024年3月份）\n免去：\n张三的嘉兴市财政局副局长职务\n", ("张三", "remove", "副局长", "嘉兴市财政局"),
                     id="remove-line"),
        pytest.param("【市政府人事任免】（2024年3月份）\n决定任命李四为嘉兴市发展和改革委员会主任。\n",
                     ("李四", "appoint", "主任", "嘉兴市发展和改革委员会"), id="renming-wei"),
        pytest.param("【市政府人事任免】\n免去王五的嘉兴市商务局局长职务。\n", ("王五", "remove", "局长", "嘉兴市商务局"), id="mianqu-zhiwu"),
    ],
)
def test_appointment_phrasings(text: str, expected: tuple) -> None:
    (a,) = split_layout(normalise(text).text).appointments
    assert (a.person, a.action, a.post, a.organization) == expected


def test_single_document_file_state_council(shared) -> None:
    res = extract_path(shared / "corpus" / "dev" / "10_stcouncil_financing_guarantee.txt")
    (doc,) = res.of(Document)
    # The title is wrapped over three lines in the source.
    assert doc.title == "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"
    assert (doc.number, doc.issuer, doc.date, doc.doc_type) == ("国办发〔2019〕6号", ("国务院办公厅",), "2019-01-22", "指导意见")


def test_a_party_committee_and_its_government_side_by_side() -> None:
    # hand-written in the form of a district's joint signature: 中共 before the first place name
    text = ("各镇人民政府、街道办事处：\n现将方案印发给你们，请认真贯彻落实。\n"
            "中共某某区委某某区人民政府\n2024年4月8日\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.issuer == ("中共某某区委", "某某区人民政府")


def test_a_cover_notice_without_a_title_over_the_plan_it_issues() -> None:
    # hand-written in the form of a provincial bureaus' joint cover notice: no title of its own, its issuers two a
    # line (a party organ, a central bank's branch among them) and its date, then the plan's title and text
    text = ("各市人民政府：\n"
            "为贯彻落实《关于支持重点县发展的意见》（农振发〔2022〕3号）精神，省农业农村厅等6个部门研究制定了"
            "《关于支持重点县发展的实施意见》，现印发给你们，请认真执行。\n"
            "河州省农业农村厅 中共河州省委组织部\n河州省财政厅 河州省教育厅\n"
            "河州省卫生健康委员会 中国人民银行河州分行\n2022年5月6日\n"
            "关于支持重点县发展的\n实施意见\n"
            "根据《关于支持重点县发展的意见》（农振发〔2022〕3号）精神，结合本省实际，提出如下实施意见。\n")
    records = extract_text(text).records
    (doc,) = [r for r in records if isinstance(r, Document)]
    assert doc.issuer == ("河州省农业农村厅", "中共河州省委组织部", "河州省财政厅", "河州省教育厅",
                          "河州省卫生健康委员会", "中国人民银行河州分行")
    assert doc.date == "2022-05-06"
    # the notice, whose signature issues the plan, implements the text; the plan restates it as its ground
    assert [(c.to_number, c.relation) for c in records if isinstance(c, Citation)] == [
        ("农振发〔2022〕3号", Relation.IMPLEMENTS)]


def test_a_cover_notice_opening_with_its_number_over_the_plan_it_issues() -> None:
    # hand-written in the form of a county's cover letter: its number first, no title of its own, the plan it
    # issues in 《》, signature and date, then the plan headed by its title: the plan's title is the page's
    text = ("某府办函〔2022〕7号\n各镇人民政府，县级各部门：\n"
            "《某某县2022年突发性地质灾害应急预案》已经县政府同意，现印发你们，请认真贯彻执行。\n"
            "某某县人民政府办公室\n2022年3月25日\n某某县2022年突发性地质灾害应急预案\n"
            "为提高全县地质灾害应急能力，结合实际，特制定本预案。\n一、总则\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title) == ("某府办函〔2022〕7号", "某某县2022年突发性地质灾害应急预案")


@pytest.mark.parametrize(
    ("line", "issuers"),
    [
        # real (青政办〔2022〕5号, two provinces' offices over one title): bodies of two places side by side
        ("青海省人民政府办公厅甘肃省人民政府办公厅", ["青海省人民政府办公厅", "甘肃省人民政府办公厅"]),
        # hand-written: two cities' governments, a province's bureau beside a city's
        ("兰州市人民政府西宁市人民政府", ["兰州市人民政府", "西宁市人民政府"]),
        ("某省财政厅某市财政局", ["某省财政厅", "某市财政局"]),
        # hand-written: one body whose name goes on after its government (驻…办事处) or holds no second place
        ("某市人民政府驻北京办事处", ["某市人民政府驻北京办事处"]),
        ("某省人民政府办公厅", ["某省人民政府办公厅"]),
    ],
    ids=["offices-of-two-provinces", "governments-of-two-cities", "a-province-bureau-and-a-city-bureau",
         "a-body-named-after-another-place", "one-body"],
)
def test_bodies_of_other_places_printed_side_by_side_are_apart(line: str, issuers: list[str]) -> None:
    assert _split_joint(line) == issuers


def test_joint_issuers_side_by_side(shared) -> None:
    res = extract_path(shared / "corpus" / "dev" / "18_shanghai_huangpu_renewable.txt")
    (doc,) = res.of(Document)
    # the signature prints 13 names side by side; the front matter spells the first in full
    # (上海市黄浦区…), and its place is given to the co-signers of the same district
    assert doc.issuer[:3] == ("上海市黄浦区发展和改革委员会", "上海市黄浦区建设和管理委员会", "上海市黄浦区规划和自然资源局")
    assert len(doc.issuer) == 13 and doc.date == "2025-02-24"


def test_markdown_copy_takes_heading_title(shared) -> None:
    res = extract_path(shared / "corpus" / "dev" / "13_shanghai_city_sponge.txt")
    (doc,) = res.of(Document)
    assert doc.number == "沪府办发〔2024〕3号"
    assert doc.title == "上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知"


def test_document_without_number_is_still_one_document() -> None:
    text = "关于做好春季安全生产工作的通知\n各镇人民政府：\n请认真做好春季安全生产工作。\n特此通知。\n某某县人民政府\n2023年3月1日\n"
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert (doc.number, doc.title, doc.issuer, doc.date) == (None, "关于做好春季安全生产工作的通知", ("某某县人民政府",), "2023-03-01")
    assert doc.key.startswith("doc-")


@pytest.mark.parametrize(
    ("body", "effective", "expires"),
    [
        pytest.param("本意见自 2024 年 4 月 1 日起施行,有效期至 2028 年 12 月 31 日。", "2024-04-01", "2028-12-31", id="from-until"),
        pytest.param("从 2024 年 1 月 1 日起,将我市最低月工资标准调整为 2260 元", "2024-01-01", None, id="cong-qi"),
        pytest.param("本办法自2019年1月1日起施行，有效期5年。", "2019-01-01", "2023-12-31", id="years-of-validity"),
        # hand-written in the form of a discretion benchmark's closing note: the term from a day to a day
        pytest.param("（本基准有效期自2023年12月1日至2028年11月30日）", "2023-12-01", "2028-11-30", id="term-from-a-day-to-a-day"),
        # hand-written in the form of a reply granting a licence: the licence's term is not the document's
        pytest.param("同意延续你公司取水许可证，有效期自2024年3月1日至2029年2月28日。", None, None,
                     id="a-licences-term-granted"),
        pytest.param("本通知自印发之日起施行。", "2023-03-01", None, id="on-issue"),
        pytest.param("从2019年1月1日起，实施三年行动计划。\n本办法自2024年3月1日起施行。", "2024-03-01", None,
                     id="a-measures-start-then-the-documents-own"),
        # hand-written in the form of an older regulation's order (#10): the date in Chinese numerals
        pytest.param("现予发布，自二00三年五月一日起施行。", "2003-05-01", None, id="chinese-numerals-zero-as-digit"),
        pytest.param("现予公布，自二〇〇九年十月一日起施行。", "2009-10-01", None, id="chinese-numerals"),
        # hand-written in the form of an older ministry's notice: rules on trial, 定于 … 起试行
        pytest.param("现制订出《某某管理办法》，定于一九八二年七月一日起试行.", "1982-07-01", None,
                     id="chinese-numerals-on-trial"),
        pytest.param("本办法定于2021年5月1日起试行。", "2021-05-01", None, id="on-trial-from"),
        # hand-written in the form of a law database's status note: the text that repealed this one named
        pytest.param("备注：本规章已于2022年3月1日被《某省人民政府关于废止部分规章的决定》废止。\n本办法自2016年1月1日起施行。",
                     "2016-01-01", "2022-03-01", id="repealed-on-by-another-text"),
        # hand-written in the form of an emergency notice: a time of day between the date and 起
        pytest.param("本通告自2021年9月19日零时起执行。", "2021-09-19", None, id="time-of-day-after-the-date"),
        pytest.param("本通告自2020年1月23日12时起施行。", "2020-01-23", None, id="hour-after-the-date"),
        pytest.param("本通告自2020年1月31日24时起施行。", "2020-02-01", None, id="midnight-ending-the-date"),
        pytest.param("本通告自2020年1月31日 24 时起施行。", "2020-02-01", None, id="midnight-ending-the-date-spaced"),
        pytest.param("本通告自2020年1月31日二十四时起施行。", "2020-02-01", None, id="midnight-in-numerals"),
        # hand-written in the form of a benefit notice: the date with no 自/从 before it
        pytest.param("三、执行时间\n生活补贴标准2020年1月1日起执行。", "2020-01-01", None, id="start-without-zi"),
        # hand-written in the form of a provident-fund notice: 从 … 执行 with no 起
        pytest.param("本次标准调整从2020年7月1日执行，此前规定与本通知不一致的，以本通知为准。", "2020-07-01", None,
                     id="cong-then-the-verb-without-qi"),
        pytest.param("从2020年7月1日到年底，开展专项检查。", None, None, id="cong-without-a-verb-is-no-start"),
        # hand-written in the form of a yearly contribution notice: the term under 执行期限, its days apart by dashes
        pytest.param("调整后的缴存基数执行期限为2020年7月1日----2021年6月30日。", "2020-07-01", "2021-06-30",
                     id="execution-term-dashed"),
        pytest.param("本办法有效期为2021年1月1日—2025年12月31日。", "2021-01-01", "2025-12-31", id="own-term-dashed"),
        pytest.param("该项目合同期限为2021年1月1日至2022年12月31日。", None, None, id="a-contracts-term-is-not-the-documents"),
        pytest.param("根据《某条例》（2019年1月1日起施行），制定本通知。", None, None, id="a-cited-laws-start-in-brackets"),
        pytest.param("新修订的《某某条例》2019年1月1日起施行。\n请认真学习。", None, None, id="a-cited-laws-start-after-its-title"),
        # hand-written in the form of a wage notice: the start opens the first numbered measure
        pytest.param("一、从2006年9月1日起，调整我市最低工资标准。\n二、各单位要认真执行。", "2006-09-01", None,
                     id="start-opening-the-first-item"),
        pytest.param("一、总体要求\n二、从2024年1月1日起，调整补助标准。", None, None, id="start-inside-a-later-item"),
        pytest.param("三、调整后最低工資標準自2017年10月1日起實行。", "2017-10-01", None, id="start-with-shixing"),
        pytest.param("四、本通知自2015年5月1日起实行。", "2015-05-01", None, id="start-with-shixing-simplified"),
        pytest.param("经县人民政府同意，2024年7月1日起执行调整后的污水处理费标准，同时按文件标准开征各乡镇污水处理费。",
                     "2024-07-01", None, id="start-verb-with-the-new-rule-as-object"),
        pytest.param("一、收费项目\n二、自2024年1月1日起执行新的收费标准。", "2024-01-01", None, id="start-verb-with-the-new-standard"),
        pytest.param("一、自本通知发布之日起至2017年6月30日，单位及个人的住房公积金缴存基数原则上不超过20259元。",
                     "2023-03-01", "2017-06-30", id="from-issue-until-a-day"),
        pytest.param("本报告中所列数据统计期限从2023年1月1日起至2023年12月31日止。", None, None,
                     id="a-reporting-period-is-no-start"),
        pytest.param("自本通知印发之日起至2024年12月31日，在全市开展安全生产大排查专项行动。", None, None,
                     id="from-issue-until-a-day-an-activitys-window"),
        pytest.param("本办法有效期限自2024年1月1日起至2026年12月31日止。", "2024-01-01", "2026-12-31",
                     id="own-term-named-youxiao-qixian"),
        pytest.param("本办法试行期限自2024年1月1日起至2025年12月31日止。", "2024-01-01", "2025-12-31",
                     id="own-term-named-shixing-qixian"),
        pytest.param("此标准自下文之日起执行。", "2023-03-01", None, id="on-issue-written-xiawen"),
        pytest.param("本通知自下发之日起施行。", "2023-03-01", None, id="on-issue-written-xiafa"),
        # real (a region's government order, held-out AC15, 02): in force as it is issued, in one word
        pytest.param("《某某实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。", "2023-03-01", None,
                     id="on-issue-in-one-word-fabu-shixing"),
        pytest.param("《某某管理规定》已经市人民政府常务会议审议通过，现予公布施行。", "2023-03-01", None,
                     id="on-issue-in-one-word-gongbu-shixing"),
        pytest.param("市政府研究决定，从2022年11月起提高我市城乡居民最低生活保障标准。现就有关事项通知如下。", "2022-11-01", None,
                     id="start-of-a-month"),
        pytest.param("本办法自2024年3月起施行。", "2024-03-01", None, id="start-of-a-month-with-its-verb"),
        pytest.param("经研究，从2015年1月起，对80周岁以上低保老年人每人每月发放100元高龄补贴。", None, None,
                     id="start-of-a-month-years-before-the-date-recalls-the-rule"),
        pytest.param("一、总体要求\n二、从2024年1月起，调整补助标准。", None, None, id="start-of-a-month-inside-a-later-item"),
        pytest.param("从2019年7月起，在全县开展为期半年的专项整治行动。", None, None, id="start-of-a-month-opening-an-activity"),
        # real (a county's land price notice copied from its portal): the start's 年 and 月 lost
        pytest.param("本次公布的区片综合地价自20201231日起执行,原标准同时废止", "2020-12-31", None,
                     id="start-with-its-nian-and-yue-lost"),
        pytest.param("本办法自2021930日起施行。", "2021-09-30", None, id="start-with-its-nian-and-yue-lost-seven-digits"),
        pytest.param("本办法自2021118日起施行。", None, None, id="start-with-its-nian-and-yue-lost-two-readings"),
        pytest.param("自20201331日起执行。", None, None, id="start-with-its-nian-and-yue-lost-no-real-day"),
    ],
)
def test_effective_and_expiry(body: str, effective: str | None, expires: str | None) -> None:
    text = normalise(f"关于某事的通知\n各有关单位：\n{body}\n某某市人民政府\n2023年3月1日\n").text
    facts = document_facts(text, title="关于某事的通知")
    assert (facts.effective, facts.expires) == (effective, expires)


@pytest.mark.parametrize(
    ("line", "addressees"),
    [
        pytest.param("各镇人民政府、街道办事处，区政府各部门：", ("各镇人民政府", "街道办事处", "区政府各部门"), id="list-of-bodies"),
        # hand-written in the form of a city government's opinion: levels sharing one head written once at the end
        pytest.param("各区、县人民政府，市人民政府各工作部门，各直属机构：",
                     ("各区、县人民政府", "市人民政府各工作部门", "各直属机构"), id="levels-sharing-one-head"),
        pytest.param("各县、市、区人民政府，市直各单位：", ("各县、市、区人民政府", "市直各单位"), id="three-levels-one-head"),
        pytest.param("各乡镇、街道，县直各部门：", ("各乡镇", "街道", "县直各部门"), id="levels-without-a-head"),
        # the offices of a government by their kinds, under one 各: one collective (相关委、办、局)
        pytest.param("各区人民政府，市政府各委、办、局：", ("各区人民政府", "市政府各委、办、局"), id="kinds-of-office-one-head"),
        pytest.param("各省、自治区、直辖市人民政府及新疆生产建设兵团，国务院各部委：",
                     ("各省、自治区、直辖市人民政府", "新疆生产建设兵团", "国务院各部委"), id="one-body-joined-after-the-head"),
        # a level word ending an item of another kind opens no list (管理区 is no level)
        pytest.param("各县、区人民政府，各管理区、开发区，市政府各部门：",
                     ("各县、区人民政府", "各管理区", "开发区", "市政府各部门"), id="no-list-across-addressees"),
    ],
)
def test_addressees(line: str, addressees: tuple[str, ...]) -> None:
    text = normalise(f"关于某事的通知\n{line}\n现将有关事项通知如下。\n某某市人民政府\n2023年3月1日\n").text
    assert document_facts(text, title="关于某事的通知").addressees == addressees


def test_addressees_under_a_title_below_a_metadata_block() -> None:
    # the form of a county portal (常政办发〔2023〕47号): a metadata block, one field a line, above the title's own
    # line, so the addressees stand more lines down the text than its head holds
    title = "常山县人民政府办公室关于印发《常山县提升“助老三件事”服务能力的实施办法》的通知"
    block = "".join(f"  • {label}:\n\n    {value}\n\n" for label, value in (
        ("信息索引号", "02165835-001/2023-80815"), ("公开方式", "主动公开"), ("文号", "常政办发〔2023〕47号"),
        ("成文日期", "2023-06-26"), ("发布单位", "县政府办"), ("有效性", "有效"), ("统一编号", "HCSD01-2023-0006")))
    text = normalise(f"索引号: 02165835-001/2023-80815 公开方式: 主动公开\n{block}{title}\n\n发布时间:2023-07-05 17:10\n\n"
                     "各乡（镇）人民政府、街道办事处，县级机关各单位：\n现将《…》印发给你们，请认真贯彻执行。\n").text
    assert document_facts(text, title=title).addressees == ("各乡（镇）人民政府", "街道办事处", "县级机关各单位")


@pytest.mark.parametrize(
    ("head", "body", "signed", "effective"),
    [
        # hand-written in the form of an epidemic notice: the start's year left to the notice's date
        pytest.param("", "本通告自9月19日零时起执行。", "2023年9月18日", "2023-09-19", id="yearless-start-in-the-documents-year"),
        pytest.param("", "本通告自1月1日起施行。", "2023年12月28日", "2024-01-01", id="yearless-start-early-next-year"),
        pytest.param("", "本通告自9月19日24时起执行。", "2023年9月18日", "2023-09-20", id="yearless-start-at-midnight-ending-it"),
        # hand-written in the form of a wage notice: 决定从11月1日起，将… in the opening
        pytest.param("", "结合实际，决定从11月1日起，将最低月工资标准调整为1860元。", "2023年10月8日", "2023-11-01",
                     id="yearless-bare-start"),
        # hand-written in the form of a notice under a portal's header table: its date there
        pytest.param("成文日期 | 2023-09-18 | 发布日期 | 2023-11-13 |\n", "五、本通告自发布之日起执行，长期有效。", "",
                     "2023-09-18", id="on-issue-dated-by-the-header"),
    ],
)
def test_a_start_tied_to_the_documents_date(head: str, body: str, signed: str, effective: str) -> None:
    sign = f"某某市人民政府\n{signed}\n" if signed else ""
    (doc,) = extract_text(f"{head}关于某事的通告\n{body}\n{sign}").of(Document)
    assert doc.effective == effective


# ---------------------------------------------------------------------------
# The number on the title line, and a number line beside its date


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        # real: dev/35, a portal's heading with the number in ASCII brackets
        ("池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n来源:池州市政府网\n为贯彻落实。",
         "池政〔2017〕101号", "池州市人民政府关于创优“四最”营商环境的实施意见"),
        # hand-made: the number after the title with a space, no brackets
        ("苏州市人民政府办公室关于加强河道管理的通知 苏府办〔2022〕15号\n各区人民政府：\n为加强管理，通知如下。",
         "苏府办〔2022〕15号", "苏州市人民政府办公室关于加强河道管理的通知"),
        # hand-made: a regulation's order number in the heading
        ("某某省水资源管理办法（某某省人民政府令第12号）\n第一条 为了加强水资源管理，制定本办法。",
         "某某省人民政府令第12号", "某某省水资源管理办法"),
        # hand-made: a regulation as gazettes print it, the order's heading on two lines
        ("某某市人民政府令\n第57号\n《某某市养犬管理办法》已经市人民政府常务会议通过，现予公布。\n市长 某某\n2023年5月4日\n"
         "某某市养犬管理办法\n第一条 为了规范养犬行为，制定本办法。", "某某市人民政府令第57号", "某某市养犬管理办法"),
        # hand-made: the number opening the title line, then joint issuers apart by spaces
        ("农财【2019】12号 农业农村部 财政部关于做好农田灌溉设施维护工作的通知\n各省农业农村厅：\n现通知如下。",
         "农财〔2019〕12号", "农业农村部财政部关于做好农田灌溉设施维护工作的通知"),
        # hand-made: the number, then the title in 《》 on the same line
        ("闽政办发〔2019〕31号《福建省人民政府办公厅关于加强数据管理的通知》\n各设区市人民政府：\n现通知如下。",
         "闽政办发〔2019〕31号", "福建省人民政府办公厅关于加强数据管理的通知"),
        # hand-made: an order number with 令 last opening the title line
        ("市政府第16号令 某某市停车场管理规定\n第一条 为了规范停车场管理，制定本规定。",
         "市政府令第16号", "某某市停车场管理规定"),
        # hand-written in the form of a county CMS (扶绥, #15): its 标题 value is number:issuer:title
        ("发文单位:某县人民政府办公室成文日期:2022年05月10日\n"
         "标  题:某政办发〔2022〕7号:某县人民政府办公室:关于印发某县防汛应急预案的通知\n"
         "发文字号:某政办发〔2022〕7号发布日期:2022年05月11日\n各乡镇人民政府：\n现将预案印发给你们。",
         "某政办发〔2022〕7号", "某县人民政府办公室关于印发某县防汛应急预案的通知"),
        # the same fields on a heading line of their own, no label
        ("某政办发〔2022〕7号：某县人民政府办公室：关于做好某县防汛工作的通知\n各乡镇人民政府：\n现通知如下。",
         "某政办发〔2022〕7号", "某县人民政府办公室关于做好某县防汛工作的通知"),
        # hand-written in the form of a portal's listing line: the document's status marked before its number
        ("当前位置：首页 |\n(已废止)某政办字〔2018〕9号 关于印发某县森林防火应急预案的通知 |\n各乡镇人民政府：\n"
         "现将预案印发给你们。", "某政办字〔2018〕9号", "关于印发某县森林防火应急预案的通知"),
        # hand-written in the form of a mirror's headline: the number, then the notice's title cut short by an
        # ellipsis; the plan it issues, printed whole under the signature, is not its title
        ("某政办发〔2021〕8号 某市人民政府办公室关于印发《某市政务服务评价制度实施方案》的...\n各县（市、区）人民政府：\n"
         "《某市政务服务评价制度实施方案》已经市政府同意，现印发给你们。\n某市人民政府办公室\n2021年3月2日\n"
         "某市政务服务评价制度实施方案\n为提升政务服务水平，制定本方案。",
         "某政办发〔2021〕8号", "某市人民政府办公室关于印发《某市政务服务评价制度实施方案》的"),
        # real: a sharing site's copy of a district notice (新洲), the number in brackets opening the title line
        ("(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知\n栏目:政策文件 "
         "发布时间:2018-12-08\n(新政发〔2016〕21号)区人民政府关于印发新洲区全民健身实施计划(2016—2020年)的通知\n"
         "各镇人民政府,各街道办事处:\n经研究,现将《新洲区全民健身实施计划(2016—2020年)》印发给你们,请认真贯彻执行。",
         "新政发〔2016〕21号", "区人民政府关于印发新洲区全民健身实施计划（2016—2020年）的通知"),
        # hand-written in the same form, the number in full-width brackets
        ("（某政办〔2020〕3号）某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n现通知如下。",
         "某政办〔2020〕3号", "某县人民政府办公室关于做好防汛工作的通知"),
    ],
    ids=["bracketed-number-on-title-line", "bare-number-after-title", "order-number-on-title-line",
         "order-heading-on-two-lines", "number-opens-title-line", "number-then-title-in-book-marks",
         "order-number-ling-last-opens-title", "title-label-number-issuer-title-apart-by-colons",
         "heading-number-issuer-title-apart-by-colons", "status-mark-before-the-number",
         "number-then-a-title-cut-by-an-ellipsis", "number-in-brackets-opens-the-title-line",
         "number-in-brackets-opens-the-title-line-hand-written"],
)
def test_number_on_the_title_line(text: str, number: str, title: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert (doc.number, doc.title) == (number, title)


def test_number_line_with_its_date_and_the_issuer_line_above(shared) -> None:
    # real: dev/33, 四川省人民政府办公厅 / 关于…的通知 / 川办函〔2017〕113号 2017年6月2日
    raw = (shared / "corpus" / "dev" / "33_sichuan_chuanbanhan_2017_113_label_lines.txt").read_text(encoding="utf-8")
    (doc,) = split_layout(normalise(raw).text).documents
    assert doc.number == "川办函〔2017〕113号" and doc.date == "2017-06-02"
    assert doc.title == "四川省人民政府办公厅关于印发实施《西部大开发“十三五”规划》责任分工方案的通知"


def test_number_line_below_a_long_menu() -> None:
    # hand-made: a mirrored portal page, its navigation a hundred lines long
    menu = "\n".join(f"栏目{i}" for i in range(100))
    text = menu + "\n遵义市人民政府办公室关于做好春耕生产工作的通知\n（遵府办发〔2023〕7号）\n各县人民政府：\n为做好春耕生产，通知如下。"
    (doc,) = split_layout(normalise(text).text).documents
    assert (doc.number, doc.title) == ("遵府办发〔2023〕7号", "遵义市人民政府办公室关于做好春耕生产工作的通知")


# hand-written in the form of a county portal's forwarding notice: its own number only in the page's metadata row,
# the forwarded notice's head (issuer, title, number, addressees) printed under its signature
_FORWARDING_HEAD = (
    "某县人民政府办公室转发《某省人民政府办公厅关于印发某省政务公开工作办法的通知》的通知\n"
    "发布机构 某县人民政府 发布日期 2021-05-10\n"
)
_FORWARDING_BODY = (
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某省人民政府办公厅关于印发某省政务公开工作办法的通知》（皖政办发〔2020〕45号）转发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n2021年5月8日\n"
    "某省人民政府办公厅\n关于印发某省政务公开工作办法的通知\n皖政办发〔2020〕45号\n"
    "各市、县人民政府，省政府各部门：\n《某省政务公开工作办法》已经省政府同意，现印发给你们，请认真贯彻执行。\n"
)


@pytest.mark.parametrize(
    ("metadata", "number"),
    [
        ("文  号 潜政办发〔2021〕12号 主 题 词 政务公开 工作办法 的通知\n", "潜政办发〔2021〕12号"),
        ("", None),
    ],
    ids=["own-number-in-a-metadata-row", "no-number-of-its-own"],
)
def test_a_forwarded_notice_printed_under_the_signature_is_a_document_of_its_own(metadata: str,
                                                                                 number: str | None) -> None:
    # the page is the county's notice, read from its top (its number the metadata row's); the province's notice
    # printed in full under its signature is a second document, its own head's, and the plan it issues is its link
    result = extract_text(_FORWARDING_HEAD + metadata + _FORWARDING_BODY)
    doc, forwarded = result.of(Document)
    assert (doc.number, doc.issuer) == (number, ("某县人民政府办公室",))
    assert doc.title == "某县人民政府办公室转发《某省人民政府办公厅关于印发某省政务公开工作办法的通知》的通知"
    assert (doc.date, forwarded.date) == ("2021-05-08", None)
    assert (forwarded.number, forwarded.issuer) == ("皖政办发〔2020〕45号", ("某省人民政府办公厅",))
    assert forwarded.title == "某省人民政府办公厅关于印发某省政务公开工作办法的通知"
    assert {(c.from_number, c.to_number or c.to_title, c.relation) for c in result.of(Citation)} == {
        (number, "皖政办发〔2020〕45号", Relation.FORWARDS),
        ("皖政办发〔2020〕45号", "某省政务公开工作办法", Relation.PROMULGATES)}


def test_a_forwarded_notice_printed_under_the_signature_keeps_its_own_head_and_links() -> None:
    # real (白水, a county portal in traditional script): the county's notice, its number in the metadata rows, then
    # the province's notice printed in full under the signature, its issuer, title (over two lines) and number
    text = ("白水縣人民政府辦公室轉發《陜西省人民政府辦公廳關于印發陜西省實體政務大廳管理暫行辦法》的通知\n\n"
            "發布機構 白水縣人民政府 發布日期 2019-02-25\n文  號 白政辦發〔2019〕9號\n\n"
            "各鎮人民政府,城關街道辦事處,縣政府有關工作部門、直屬機構:\n\n"
            "現將《陜西省人民政府辦公廳關于印發<陜西省實體政務大廳管理暫行辦法>的通知》陜政辦發〔2018〕73號轉發你們,"
            "請結合各自職責,認真貫徹執行。\n\n白水縣人民政府辦公室\n\n2019年2月22日\n\n陜西省人民政府辦公廳\n\n"
            "印發《陜西省實體政務大廳管理暫行辦法》\n\n《陜西政務服務網運行管理暫行辦法》的通知\n\n陜政辦發〔2018〕73號\n\n"
            "各市、縣、區人民政府,省人民政府各工作部門、各直屬機構:\n\n"
            "《陜西省實體政務大廳管理暫行辦法》《陜西政務服務網運行管理暫行辦法》已經省政府同意,現印發給你們,"
            "請結合實際,認真貫徹落實。\n\n陜西省")
    result = extract_text(text)
    county, province = result.of(Document)  # (records hold the text's simplified forms)
    assert (county.number, county.issuer, county.date) == ("白政办发〔2019〕9号", ("白水县人民政府办公室",), "2019-02-22")
    assert (province.number, province.issuer, province.date) == ("陕政办发〔2018〕73号", ("陕西省人民政府办公厅",), None)
    assert province.title == "陕西省人民政府办公厅印发《陕西省实体政务大厅管理暂行办法》《陕西政务服务网运行管理暂行办法》的通知"
    assert {(c.from_number, c.to_number or c.to_title, c.relation) for c in result.of(Citation)} == {
        ("白政办发〔2019〕9号", "陕政办发〔2018〕73号", Relation.FORWARDS),
        ("陕政办发〔2018〕73号", "陕西省实体政务大厅管理暂行办法", Relation.PROMULGATES),
        ("陕政办发〔2018〕73号", "陕西政务服务网运行管理暂行办法", Relation.PROMULGATES)}


@pytest.mark.parametrize("note", ["", "（此件公开发布）\n"], ids=["number-last", "number-after-a-publication-note"])
def test_a_documents_own_number_printed_under_its_signature_stays_its_number(note: str) -> None:
    # hand-written: a notice whose number is printed at its foot, nothing of another text below the signature
    text = ("某市人民政府关于做好防汛工作的通知\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n2019年2月22日\n"
            + note + "某政发〔2019〕3号\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.number == "某政发〔2019〕3号"


# The last resort: the only number in the head outside a citation context


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # hand-made: a portal's line holding the number among other fields
        ("浏览次数：35 发文：宁政办发〔2023〕7号 日期：2023年3月2日\n各乡镇人民政府：\n现通知如下。\n一、加强领导。",
         "宁政办发〔2023〕7号"),
        # hand-made: the same number printed twice in the head is still one number
        ("发文：宁政办发〔2023〕7号\n宁政办发〔2023〕7号 2023年3月2日\n各乡镇人民政府：\n现通知如下。", "宁政办发〔2023〕7号"),
        # hand-made: cited after a title in brackets
        ("各乡镇人民政府：\n根据《省政府关于加强防汛工作的通知》（苏政发〔2023〕2号）要求，现通知如下。\n一、加强领导。", None),
        # hand-made: forwarded by its number
        ("各乡镇人民政府：\n现将苏政发〔2023〕2号文件转发给你们，请认真贯彻执行。\n一、加强领导。", None),
        # hand-made: a list of several documents' numbers (a register): none is the file's own
        ("文件清单\n宁政发〔2023〕1号 关于做好甲事项的通知（2023年1月5日印发，发至各乡镇人民政府和县直各部门）\n"
         "宁政发〔2023〕2号 关于做好乙事项的通知（2023年1月9日印发，发至各乡镇人民政府和县直各部门）", None),
        # hand-made: a number only after the body's numbered parts begin
        ("各乡镇人民政府：\n现通知如下。\n一、加强领导。\n宁政发〔2023〕9号明确的各项措施要落实到位，各乡镇要在年底前完成任务并报县政府办公室。",
         None),
        # hand-made: a basis list whose item's bracket holds the cited rule's order and the order that amended it
        ("某市燃气事故应急预案\n1 总则\n1.1 编制依据\n1.《某省燃气管理条例》（某省人大常委会公告第12号）\n"
         "2.《燃气经营管理办法》（原某某部令第15号，某某部令第3号修改）\n1.2 适用范围\n本预案适用于本市。", None),
    ],
    ids=["number-among-portal-fields", "same-number-twice", "cited-in-brackets-after-title", "forwarded-by-number",
         "register-of-several-numbers", "number-after-the-body-begins", "amending-order-in-a-cited-titles-bracket"],
)
def test_number_in_the_head_is_the_documents_own(text: str, number: str | None) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.number == number


@pytest.mark.parametrize(
    ("raw_title", "issuers"),
    [
        ("财政部 科技部 教育部 发展改革委关于进一步做好项目资金管理工作的通知", ("财政部", "科技部", "教育部", "发展改革委")),
        ("江城市发展和改革委员会 中共江城市委社会工作部 江城市住房和城乡建设局 关于印发某某实施方案的通知",
         ("江城市发展和改革委员会", "中共江城市委社会工作部", "江城市住房和城乡建设局")),
        ("江城市人民政府关于加强管理的通知", ()),
        ("2023年 重点工作 关于加强管理的通知", ()),
    ],
    ids=["ministries-apart-by-spaces", "city-bodies-then-space-before-guanyu", "one-issuer-no-spaces",
         "spaced-words-that-are-not-bodies"],
)
def test_joint_issuers_apart_by_spaces(raw_title: str, issuers: tuple) -> None:
    assert spaced_issuers(raw_title) == issuers


@pytest.mark.parametrize(
    ("title", "code", "issuer"),
    [
        ("青川县人民政府工作规则", "青政发", ("青川县人民政府",)),
        ("青川县人民政府办公室工作规则", "青政办发", ("青川县人民政府办公室",)),
        ("青川县人民政府工作规则", "川财发", ()),
        ("咸宁市2022年优化营商环境工作要点", None, ()),
        ("池州市人民政府关于创优营商环境的实施意见", None, ("池州市人民政府",)),
        # hand-written in the form of a city's joint notice: its two bodies apart by 、
        ("中共某市委办公厅、某市人民政府办公厅印发《关于某某考核的实施办法》的通知", None,
         ("中共某市委办公厅", "某市人民政府办公厅")),
        ("各区、各部门关于做好某某工作的通知", None, ()),
        # hand-written in the form of a county party group's notice: the body's second name in brackets
        ("中共某县委农村工作领导小组（县委实施乡村振兴战略领导小组）关于印发《某县产业振兴行动方案》的通知", None,
         ("中共某县委农村工作领导小组",)),
        # real: a region's joint meeting issuing a plan (西藏)
        ("西藏自治区全民健身工作联席会议关于印发《关于加强全民健身场地设施建设 发展群众体育的分工方案》的通知", "藏健联发",
         ("西藏自治区全民健身工作联席会议",)),
    ],
    ids=["government-title-code-agrees", "general-office-title-code-agrees", "code-of-another-body",
         "place-only-no-issuer", "issuer-before-guanyu", "joint-issuers-apart-by-a-dun-comma",
         "collectives-apart-by-a-dun-comma-are-no-issuers", "issuer-with-its-second-name-in-brackets",
         "joint-meeting-issues"],
)
def test_issuer_a_title_names(title: str, code: str | None, issuer: tuple) -> None:
    assert title_issuer(title, code) == issuer


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        # hand-written in the form of a ministry's yearly plan (交通运输部, 2019)
        ("水利部2024年政务公开工作要点", ("水利部",)),
        ("某某市教育局2023年工作要点", ("某某市教育局",)),
        ("咸宁市2022年优化营商环境工作要点", ()),
        ("2024年全市教育工作要点", ()),
    ],
    ids=["ministry-then-year", "bureau-then-year", "place-then-year-no-issuer", "year-first-no-issuer"],
)
def test_issuer_a_plan_title_names_before_its_year(title: str, issuer: tuple) -> None:
    assert year_title_issuer(title) == issuer


def test_issuer_line_above_a_regulation_title() -> None:
    # hand-made: a law mirror's regulation, its issuer on a line of its own above the title
    text = "广南省岭州市人民政府\n\n岭州市促进外商投资的规定\n\n岭政令[1998]17号\n\n第一条 为促进外商投资，制定本规定。"
    (doc,) = split_layout(normalise(text).text).documents
    assert (doc.number, doc.title, doc.issuer) == ("岭政令〔1998〕17号", "岭州市促进外商投资的规定", ("广南省岭州市人民政府",))


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        # hand-written in the form of a law mirror's provincial regulation (河北, #15): title, issuing
        # body, order number, each on a line of its own; the signature is a post and a person
        ("某省收费管理暂行办法\n某省人民政府\n\n某省收费管理暂行办法\n某省人民政府\n省政府令[2003]第5号\n\n"
         "《某省收费管理暂行办法》已经省政府常务会议通过，现予发布实行。\n省长 李四\n二00三年二月十四日\n"
         "第一条 为了规范收费行为，制定本办法。", "省政府令〔2003〕第5号", ("某省人民政府",)),
        # hand-written in the form of a ministry's order on a law mirror (商务部, #15): the number by year
        # opens the title's line, the body stands alone above it
        ("某某管理办法\n某某部\n\n某某部令2022年第3号 某某管理办法\n《某某管理办法》已经部务会议通过，现予公布。\n"
         "部长：张三\n二〇二二年三月十日\n第一条 为加强某某管理，制定本办法。", "某某部令2022年第3号", ("某某部",)),
    ],
    ids=["issuing-body-between-title-and-order-number", "ministry-order-numbered-by-year-before-title"],
)
def test_regulation_issuer_printed_apart_from_a_signing_person(text: str, number: str, issuer: tuple) -> None:
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert (doc.number, doc.title, doc.issuer) == (number, text.split("\n")[0], issuer)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # hand-written in the form of a news page (大理, #15): joint issuers named only in the lead
        ("《某州推进乡村建设行动实施方案》印发\n中共某州委办公室 某州人民政府办公室\n印发《某州推进乡村建设行动实施方案》\n"
         "近日，中共某州委办公室、某州人民政府办公室印发了《某州推进乡村建设行动实施方案》，要求认真贯彻落实。\n"
         "某州推进乡村建设行动实施方案\n一、行动目标\n到2025年，乡村建设取得实质性进展。",
         ("中共某州委办公室", "某州人民政府办公室")),
        # one body, the date of the act before it
        ("某市城市更新行动方案\n5月8日，某市人民政府办公室发布《某市城市更新行动方案》。\n一、总体要求\n各区要加强领导。",
         ("某市人民政府办公室",)),
        # a reporter, not a body, before the verb: no issuer
        ("某市城市更新行动方案\n记者从会上获悉，市里发布了《某市城市更新行动方案》。\n一、总体要求\n各区要加强领导。", ()),
    ],
    ids=["joint-issuers-in-a-news-lead", "one-issuer-after-a-date", "no-body-before-the-verb"],
)
def test_issuers_a_news_lead_names(text: str, issuer: tuple) -> None:
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("text", "title", "issuer", "date"),
    [
        # hand-written in the form of a provincial news page: the lead dated to the month is the only header
        ("发布信息\n2023年11月，中共某某省委办公厅、某某省人民政府办公厅发布《某某省河湖长制工作实施细则》，自发布之日起施行。\n"
         "内容全文\n第一章 总则\n第一条 为了全面落实河湖长制，根据《某某条例》，制定本细则。",
         "某某省河湖长制工作实施细则", ("中共某某省委办公厅", "某某省人民政府办公厅"), None),
        # hand-written in the form of a news site's report: a reporter's byline, the lead dated to the day, the
        # province's party committee and government by their short names after the province named once
        ("某某网 > 新闻 > 要闻\n某某省委省政府出台意见：做好2023年乡村振兴工作\n2023-03-01 10:00 来源：某某网\n"
         "某某网讯（记者 某某）2023年2月10日，某某省委、省政府出台《关于做好2023年全面推进乡村振兴重点工作的实施意见》，全文如下。\n"
         "做好2023年“三农”工作，要坚持稳中求进工作总基调。",
         "关于做好2023年全面推进乡村振兴重点工作的实施意见", ("某某省委", "某某省政府"), "2023-02-10"),
        # hand-written in the form of a news repost: a lead dated to the day without its year, the site that
        # published the text named as the reporter; the text's title then run into its opening
        ("3月5日，某某市政府网站发布《某某市推进城镇老旧小区改造工作的实施意见》，明确提出到2025年基本完成改造任务。\n"
         "《实施意见》提出，财政资金重点支持改造老旧小区。\n某某市推进城镇老旧小区改造工作的实施意见为贯彻落实有关部署，提出如下意见。\n"
         "一、工作目标\n到2025年，基本完成改造任务。",
         "某某市推进城镇老旧小区改造工作的实施意见", (), None),
    ],
    ids=["lead-dated-to-the-month-two-offices", "lead-dated-to-the-day-short-names-after-the-province",
         "lead-dated-to-a-day-without-its-year"],
)
def test_a_news_lead_is_the_only_header(text: str, title: str, issuer: tuple, date: str | None) -> None:
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert (doc.title, doc.issuer, doc.date) == (title, issuer, date)
    assert not [c for c in res.of(Citation) if c.to_title == title]


@pytest.mark.parametrize(
    "text",
    [
        # hand-written in the form of a city government's notice printed without its own title: the plan it issues
        # follows its signature and date, its heading run into its opening
        "各县（市、区）人民政府，市级各部门：\n现将《河州市公共数据授权运营改革实施方案》印发给你们，请认真组织实施。\n"
        "河州市人民政府\n2024年5月6日\n河州市公共数据授权运营改革实施方案\n为加快推进公共数据开发利用，结合我市实际，制定本方案。\n",
        # the same without a signature, the heading on a line of its own
        "各县（市、区）人民政府，市级各部门：\n现将《河州市公共数据授权运营改革实施方案》印发给你们，请认真组织实施。\n"
        "2024年5月6日\n河州市公共数据授权运营改革实施方案\n\n为加快推进公共数据开发利用，结合我市实际，制定本方案。\n",
        # two offices' notice naming the plan first, then 现印发给你们; the heading run into an opening of another kind
        "市级有关部门，各区县发改局：\n《河州市智慧交通建设“十四五”规划》是市级重点专项规划。经市政府同意，现印发给你们，请认真组织实施。\n"
        "河州市发展和改革委员会\n河州市交通运输局\n2021年10月8日\n"
        "河州市智慧交通建设“十四五”规划“十四五”时期是交通数字化发展的重要时期，制定本规划。\n",
    ],
    ids=["signed-heading-run-into-its-opening", "unsigned-heading-alone", "plan-named-first-heading-run-on"],
)
def test_a_notice_without_its_own_title_takes_the_title_of_the_plan_it_issues(text: str) -> None:
    title = text[text.index("《") + 1 : text.index("》")]
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.title == title
    assert not [c for c in res.of(Citation) if c.to_title == title]


@pytest.mark.parametrize(
    ("text", "number", "figures"),
    [
        # real (a news page, then the notice it reports with its number): the lead's figure is the plan's own
        pytest.param("广东汕尾市碳达峰实施方案:重点发展节能环保、清洁生产、清洁能源等产业\n"
                     "8月29日,汕尾市人民政府发布关于印发《汕尾市碳达峰实施方案》(以下简称《方案》)的通知。\n"
                     "《方案》提出,到2025年,绿色低碳循环发展的经济体系初步形成。非化石能源消费比重达到32%以上,为全市碳达峰奠定坚实基础。\n"
                     "汕尾市人民政府关于印发汕尾市碳达峰实施方案的通知\n汕府〔2023〕31号\n"
                     "各县(市、区)人民政府,市政府各部门、各直属事业单位:\n现将《汕尾市碳达峰实施方案》印发给你们,请认真组织实施。\n",
                     "汕府〔2023〕31号", [(32.0, "2025")], id="lead-over-a-numbered-notice-naming-its-plan"),
        # real (a traditional-script news mirror): the lead quotes the document's title whole
        pytest.param("城鎮老舊小區如何改造?湖南印發實施意見\n"
                     "近日,《湖南省人民政府辦公廳關于全面推進城鎮老舊小區改造工作的實施意見》(以下簡稱《意見》)印發,"
                     "提出2021年新開工改造城鎮老舊小區3529個,涉及居民50萬戶。來看《意見》全文。\n"
                     "湖南省人民政府辦公廳關于\n全面推進城鎮老舊小區改造工作的實施意見\n湘政辦發〔2021〕56號\n"
                     "各市州、縣市區人民政府,省政府各廳委、各直屬機構:\n為抓好全省城鎮老舊小區改造,提出如下實施意見。\n",
                     "湘政办发〔2021〕56号", [(3529.0, "2021"), (50.0, "2021")], id="lead-quoting-the-numbered-documents-title"),
    ],
)
def test_a_news_leads_figures_are_the_documents_it_reports(text: str, number: str | None, figures: list) -> None:
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.number == number
    assert [(t.value, t.deadline) for t in res.of(Target) if t.document == number] == figures


def test_a_news_lead_citing_a_numbered_notice_gives_the_page_no_title_hand_written() -> None:
    # hand-written in the form of a city's news report: the lead names a ministry's notice with its 文号 and goes
    # on with what was done under it; the page prints a summary and a table, not that notice
    text = ("近日，某部办公厅印发《关于做好2022年农村公路养护工作的通知》（某办公路〔2022〕12号），组织编制年度养护计划，"
            "经汇总，全省共确定860个项目。\n其中，某市计划养护公路120公里。\n")
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.title is None
    assert [(c.to_number, c.to_title) for c in res.of(Citation)] == [
        ("某办公路〔2022〕12号", "关于做好2022年农村公路养护工作的通知")]


@pytest.mark.parametrize(
    "signature",
    ["二00六年三月九日", "二〇〇六年三月九日", "二○○六年三月九日", "二OO六年三月九日", "二ＯＯ六年三月九日"],
    ids=["ascii-zeros", "ling-zeros", "circle-zeros", "letter-o-zeros", "full-width-o-zeros"],
)
def test_signature_year_with_any_zero(signature: str) -> None:
    facts = document_facts(normalise(f"关于X的通知\n各区：\n现通知如下。\n河州市人民政府\n{signature}").text, title="关于X的通知")
    assert (facts.issuer, facts.date) == (("河州市人民政府",), "2006-03-09")


@pytest.mark.parametrize(
    ("signature", "date"),
    [
        pytest.param("20227月8日", "2022-07-08", id="year-word-lost-month-word-kept"),
        pytest.param("202212月18日", "2022-12-18", id="year-word-lost-two-digit-month-kept"),
        pytest.param("20221月38日", None, id="year-word-lost-no-such-day"),
    ],
)
def test_signature_date_that_lost_its_year_word_and_kept_the_month_word(signature: str, date: str | None) -> None:
    # a CMS dropped the 年 of the signature's date (长沙市望城区人民政府办公室 / 20227月8日): the 月 kept
    # cuts the month from the day, so there is one reading
    text = normalise(f"关于X的通知\n各区：\n现通知如下。\n河州市人民政府办公室\n{signature}").text
    facts = document_facts(text, title="关于X的通知")
    assert facts.date == date


def test_signature_date_that_kept_its_year_word_and_lost_the_rest_hand_written() -> None:
    # a CMS dropped 月 and 日 after the 年 (2018年210): the one reading is the date, and the body is the issuer
    facts = document_facts(normalise("关于X的通知\n各区：\n现通知如下。\n河州市人民政府\n2018年210").text, title="关于X的通知")
    assert (facts.issuer, facts.date) == (("河州市人民政府",), "2018-02-10")


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        # hand-written in the forms of a ministry's opinion and of a task list: a date, or a count of the
        # items, in a bracket under the title is no part of it
        pytest.param("某某部关于推进渔业转型升级的实施意见\n（2024年3月12日）\n为贯彻落实有关部署，现提出以下意见。\n",
                     "某某部关于推进渔业转型升级的实施意见", "2024-03-12", id="date-in-a-bracket-under-the-title"),
        pytest.param("中共某某县委\n某某县人民政府\n\n关于加快推进县域\n\n经济高质量发展的意见（2023年5月6日）\n\n为加快发展，现提出以下意见。\n",
                     "中共某某县委某某县人民政府关于加快推进县域经济高质量发展的意见", "2023-05-06",
                     id="date-in-a-bracket-ending-a-wrapped-title"),
        pytest.param("区政府2024年重点工作目标任务分解落实方案\n（共118项）\n一、稳定经济增长\n",
                     "区政府2024年重点工作目标任务分解落实方案", None, id="count-of-items-under-the-title"),
    ],
)
def test_a_bracket_under_the_title(text: str, title: str, date: str | None) -> None:
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert (doc.title, doc.date) == (title, date)


def test_a_glossed_title_line_is_judged_without_its_readings_hand_written() -> None:
    # a mirror that glosses characters with toned readings: the title line is a title, not joined to the buttons
    text = ("首页 > 服务项目 > 申报服务 >\n關(guān)于組織2020年某某區(qū)技術改造資助計劃的通知\n免費(fèi)評估 我要申報\n\n"
            "關(guān)于組織2020年某某區(qū)技術改造資助計劃的通知\n\n各有關單位：\n為推動技術改造，現將有關事項通知如下。\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.title == "关于组织2020年某某区技术改造资助计划的通知"


def test_an_item_of_a_pages_menu_is_no_title_hand_written() -> None:
    text = "- 新闻动态\n- 政策文件\n- 发展规划\n- 互动交流\n第五条 县卫生健康局应当每半年至少开展1次督导检查。\n"
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.title is None


def test_a_row_of_metadata_cells_ending_like_a_title_is_no_title_hand_written() -> None:
    # a portal's pipe rows: the keywords cell ends in 的通知, the 名称 row below holds the title
    text = ("索引号 | 00000000/2023-00012 | 发布机构 | 某区 | ||\n"
            "公开时限 | 长期公开 | 主题词 | 某区 人民政府 印发 方案 的通知 | ||\n"
            "名称 | 某区人民政府办公室关于印发《某区节水行动方案》的通知 |\n"
            "各街道办事处：\n现将方案印发给你们，请认真组织实施。\n某区人民政府办公室\n2023年5月8日\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert doc.title == "某区人民政府办公室关于印发《某区节水行动方案》的通知"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        # hand-written in the form of a provincial campaign office's notice (云南, #15)
        ("浙江省打造“诗画江南”文化品牌\n工作领导小组办公室", ("浙江省打造“诗画江南”文化品牌工作领导小组办公室",)),
        # a closing line above a signature that names its place stays out of it
        ("特此通知。\n河州市人民政府", ("河州市人民政府",)),
        ("请遵照执行\n河州市人民政府", ("河州市人民政府",)),
        # a full name under a line that opens with a place is a name of its own
        ("河州市城市管理工作要求\n河州市人民政府办公室", ("河州市人民政府办公室",)),
        # hand-written in the form of a joint notice of many bodies: the bank and a people's organisation sign too
        ("请认真贯彻落实。\n水利部 人民银行 全国工商联", ("水利部", "人民银行", "全国工商联")),
        # hand-written in the form of a joint meeting's office signing over a bureau, its campaign's name in quotes
        ("特此通知。\n某区“清洁家园、美丽乡村”行动联席会议办公室\n某区城市管理局",
         ("某区“清洁家园、美丽乡村”行动联席会议办公室", "某区城市管理局")),
        # an office signing by another body's seal, the note on a line of its own or on the name's
        ("特此通知。\n某省河湖长制工作联席会议办公室\n（某省水利厅代章）", ("某省河湖长制工作联席会议办公室",)),
        ("特此通知。\n某省河湖长制工作联席会议办公室（某省水利厅代章）", ("某省河湖长制工作联席会议办公室",)),
        # hand-written in the form of a leading group's office signing on its group's behalf, marked (代)
        ("特此通知。\n某某（某州）开放试验区领导小组办公室(代)", ("某某（某州）开放试验区领导小组办公室",)),
        # real: a county's joint leading group (木兰), the bodies that set it up on the line over its name
        ("请认真贯彻执行。\n中共木兰县委木兰县人民政府\n优化营商环境领导小组", ("中共木兰县委木兰县人民政府优化营商环境领导小组",)),
        # hand-written: a group naming its own place signs beside the bodies above it
        ("特此通知。\n中共某县委\n某县人民政府\n某县防汛抗旱指挥部", ("中共某县委", "某县人民政府", "某县防汛抗旱指挥部")),
    ],
    ids=["name-wrapped-over-two-lines", "closing-sentence-above", "closing-words-above", "place-named-again",
         "bank-and-peoples-organisations-co-sign", "office-over-a-bureau", "seal-note-on-its-line",
         "seal-note-on-the-names-line", "office-signing-on-its-groups-behalf",
         "joint-group-under-the-bodies-that-set-it-up", "group-naming-its-place-signs-beside-them"],
)
def test_signature_name_over_two_lines(signature: str, issuer: tuple[str, ...]) -> None:
    text = f"关于X的通知\n各区：\n现通知如下。\n{signature}\n2021年6月17日"
    assert document_facts(normalise(text).text, title="关于X的通知").issuer == issuer


def test_one_line_body_apart_by_single_spaces_signs_with_its_body() -> None:
    # hand-written in the form of a town portal's export (山福镇, #15): the body on one line
    text = ("各科室，各站所，各村: " + "经研究，制定《某某镇森林防火应急预案》，现印发给你们，请认真贯彻执行，切实做好本辖区"
            "森林防火工作，确保不发生重大森林火灾，保障人民群众生命财产安全和生态安全，维护全镇社会稳定。" * 5
            + " 附件:某某镇森林防火应急预案 某某市某某区某某镇人民政府 2021年9月12日 某某镇森林防火应急预案 1.总则 为做好森林防火工作，"
            "制定本预案。")
    facts = document_facts(normalise(text).text, title=None)
    assert (facts.issuer, facts.date) == (("某某市某某区某某镇人民政府",), "2021-09-12")


@pytest.mark.parametrize("number", ["（某州政办发〔2010〕10号）", "(某州政办发〔2010〕10号)", "某州政办发〔2010〕10号"],
                         ids=["full-width-brackets", "ascii-brackets", "bare"])
def test_one_line_header_with_a_nested_title_mark_in_ascii(number: str) -> None:
    # hand-written in the form of a city portal's export (#15): the whole notice on one line, its
    # title quoting a report with ASCII <> for 〈〉, the number after the title in brackets or bare
    title = "某州市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知"
    text = (f"{title} {number} 各区人民政府，市政府各部门： " + "现将《分解落实意见》印发给你们，请认真贯彻执行。" * 12
            + " 一、各区、各部门要抓紧制订落实方案。 二、市政府督查室要加强督查。")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title, doc.issuer) == ("某州政办发〔2010〕10号", title, ("某州市人民政府办公室",))


@pytest.mark.parametrize("day", ["二○一二年三月五日", "2012年3月5日"], ids=["chinese-numerals", "figures"])
def test_one_line_red_header_notice_without_quoted_title(day: str) -> None:
    # hand-written in the form of a city portal's export: the masthead, the number, a title quoting nothing, the
    # addressees, the body and the signature run together on one line, the plan it issues after the date
    text = ("某某市人民政府办公室文件 某府办〔2012〕15号 关于印发某某市居家养老服务补贴实施方案的通知 各镇人民政府，市各有关单位: "
            "经市政府同意，现将《某某市居家养老服务补贴实施方案》印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市民政局反映。 "
            f"某某市人民政府办公室 {day} 某某市居家养老服务补贴实施方案 为完善居家养老服务，制定本方案。"
            " 一、补贴对象 年满80周岁的老人，每人每月补贴50元。")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title, doc.issuer, doc.date) == (
        "某府办〔2012〕15号", "关于印发某某市居家养老服务补贴实施方案的通知", ("某某市人民政府办公室",), "2012-03-05")


@pytest.mark.parametrize(
    ("text", "title", "issuer", "date"),
    [
        ("20240315 某某县河长制办公室 关于进一步加强河湖巡查工作的通知\n标 题: | 20240315 某某县河长制办公室 关于进一步"
         "加强河湖巡查工作的通知 |\n某某县河长制办公室\n关于进一步加强河湖巡查工作的通知\n一、落实巡河制度\n各乡镇要按要求开展巡河。\n",
         "某某县河长制办公室关于进一步加强河湖巡查工作的通知", ("某某县河长制办公室",), None),
        ("某某市人民政府办公室关于印发某某市河长制工作方案的通知\n各乡镇人民政府：\n《某某市河长制工作方案》已经市政府同意，现印发给你们。\n"
         "某某市人民政府办公室\n\n（此件发至乡镇）                  2017年6月13日\n某某市河长制工作方案\n一、工作目标\n",
         "某某市人民政府办公室关于印发某某市河长制工作方案的通知", ("某某市人民政府办公室",), "2017-06-13"),
    ],
    ids=["portal-listing-day-glued-before-the-title", "date-on-the-line-of-a-note-on-whom-it-reaches"],
)
def test_dates_in_the_clutter_of_a_head_or_signature(text: str, title: str, issuer: tuple, date: str | None) -> None:
    # hand-written in the forms of a county portal's listing and a signature whose date shares the 此件 note's line
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer, doc.date) == (title, issuer, date)


def test_gazette_regulation_headed_by_its_order() -> None:
    # hand-made: a gazette issue holding a notice, then a regulation headed 某某市人民政府令 / 第57号
    text = ("某某市人民政府公报\n2024年第5期\n某某市人民政府关于甲事项的通知\n某政发〔2024〕3号\n各区人民政府：\n"
            "现将甲事项通知如下。\n某某市人民政府\n2024年3月1日\n某某市人民政府令\n第57号\n"
            "《某某市养犬管理办法》已经2024年3月5日市人民政府第30次常务会议通过，现予公布。\n市长 某某\n2024年3月10日\n"
            "某某市养犬管理办法\n第一条 为了规范养犬行为，制定本办法。")
    docs = split_layout(normalise(text).text).documents
    assert [(d.number, d.title, d.issuer) for d in docs] == [
        ("某政发〔2024〕3号", "某某市人民政府关于甲事项的通知", ()),
        ("某某市人民政府令第57号", "某某市养犬管理办法", ("某某市人民政府",)),
    ]


@pytest.mark.parametrize("serial", ["第27号", "（第27号）", " (第27号)"], ids=["bare", "full-width-brackets", "ascii-brackets"])
def test_order_number_under_its_order_line(serial: str) -> None:
    # hand-written in the form of a law mirror's regulation (#10): the serial on its own line, maybe in brackets
    text = (f"某某市城市绿化管理暂行规定\n某某市人民政府令\n{serial}\n"
            "《某某市城市绿化管理暂行规定》，业经市政府第八次常务会议通过，现予发布，自二00三年五月一日起施行。\n"
            "市长：某某\n二00三年三月十日\n第一条 为加强城市绿化管理，制定本规定。")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.issuer, doc.effective) == ("某某市人民政府令第27号", ("某某市人民政府",), "2003-05-01")


@pytest.mark.parametrize(
    ("title", "chief", "issuer"),
    [
        ("某某市防空警报设施管理办法", "市长 某某某", ("某某市人民政府",)),
        ("某某省实施某法办法", "省长：某 某", ("某某省人民政府",)),
        ("某某市防空警报设施管理办法", "省长 某某某", ()),  # a chief of another level than the title's place
    ],
    ids=["mayor-signs-city-title", "governor-signs-province-title", "level-differs-from-the-title"],
)
def test_a_chief_signing_alone_names_the_government_of_the_titles_place(title: str, chief: str, issuer: tuple) -> None:
    # hand-written in the form of a law mirror's regulation without an order number (#10)
    text = f"{title}\n《{title}》已经市政府批准，现予发布。\n{chief}\n二OO六年六月九日\n第一条 为了加强管理，制定本办法。"
    facts = document_facts(normalise(text).text, title=title)
    assert (facts.issuer, facts.date) == (issuer, "2006-06-09")


def test_gazette_number_line_over_its_title() -> None:
    # hand-made: a gazette printing red-headed documents: X文件 / 文号 / title (wrapped) / addressees
    text = ("某某市人民政府公报\n2024年第5期\n某某市人民政府文件\n某政发〔2024〕3号\n某某市人民政府关于做好甲事项的\n通知\n"
            "各区人民政府：\n现将甲事项通知如下。\n某某市人民政府\n2024年3月1日\n某某市人民政府办公室文件\n某政办发〔2024〕4号\n"
            "某某市人民政府办公室关于做好乙事项的通知\n各区人民政府：\n现将乙事项通知如下。")
    docs = split_layout(normalise(text).text).documents
    assert [(d.number, d.title) for d in docs] == [
        ("某政发〔2024〕3号", "某某市人民政府关于做好甲事项的通知"),
        ("某政办发〔2024〕4号", "某某市人民政府办公室关于做好乙事项的通知"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-made: PDF text wrapping the title mid-phrase
        ("某某市人民政府关于做好防汛\n工作的通知\n文号：某政发〔2023〕3号\n各乡镇人民政府：\n现通知如下。",
         "某某市人民政府关于做好防汛工作的通知"),
        # hand-made: the title's tail alone on the next line
        ("某某市人民政府关于印发某某县农村饮水安全实施方案\n的通知\n各乡镇人民政府：\n现将方案印发给你们。",
         "某某市人民政府关于印发某某县农村饮水安全实施方案的通知"),
        # hand-made: a title on one line is not joined to the addressees under it
        ("某某市人民政府关于做好防汛工作的通知\n各乡镇人民政府：\n现通知如下。", "某某市人民政府关于做好防汛工作的通知"),
        # hand-written in the form of a district portal (梁平, #15): issuer, then a 关于 line ending in
        # the type word of what it issues (报告), then the notice's own type on the third line
        ("某某区政府办公室\n关于印发2022年区政府工作报告\n重点任务分工方案的通知\n各镇人民政府：\n现印发给你们。",
         "某某区政府办公室关于印发2022年区政府工作报告重点任务分工方案的通知"),
        # hand-written in the form of a provincial office's notice (陕西, #15): its number in brackets on
        # the line under the title is not the title's tail
        ("某某省人民政府办公厅关于修改部分省政府规章的通知\n（某政办发〔2012〕9号）\n省人民政府各工作部门：\n现印发给你们。",
         "某某省人民政府办公厅关于修改部分省政府规章的通知"),
        # hand-written in the form of a portal's bulleted metadata (涪陵, #15): the bullet before the title
        ("  • 标题\n  • 某某区人民政府 关于印发某某区人民政府工作规则的通知\n  • 发文字号\n  • 某府发〔2022〕3号\n各镇人民政府：",
         "某某区人民政府关于印发某某区人民政府工作规则的通知"),
        # hand-written in the form of a traditional-script mirror (績溪, #15): an empty 文號 label after the title
        ("名稱: 關于印發某某縣防汛抗旱應急預案的通知 文號:\n生成日期: 2021-06-19\n各鄉鎮人民政府：",
         "关于印发某某县防汛抗旱应急预案的通知"),
        # hand-written in the form of a news portal (低碳网, #15): the byline under the title stands alone
        ("某某省2023年国民经济和社会发展计划执行情况与2024年计划草案\n\n2024/2/10 10:02:59  某某省发展和改革委员会     人气:63\n\n"
         "某某省2023年国民经济和社会发展计划\n\n执行情况与2024年计划草案\n\n一、2023年计划执行情况",
         "某某省2023年国民经济和社会发展计划执行情况与2024年计划草案"),
        # real (庐江, a PDF's cover): the title over three lines, spaces round its figures, its issuer and a month under
        # it; hand-written in the same form
        ("庐江县国民经济和社会发展\n第十四个五年规划和2035 年\n远景目标纲要\n庐江县人民政府\n2021 年 5 月\n"
         "庐江县第十七届人民代表大会第五次会议\n",
         "庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
        ("某某市城市更新\n三年行动方案\n某某市人民政府办公室\n2023年8月\n一、总体要求\n", "某某市城市更新三年行动方案"),
        # hand-written: a whole title (it opens with its place) under an annex mark or a site's navigation lines,
        # over its issuer and month, is no cover's last line: nothing above it joins it
        ("附件2\n某某市城市更新三年行动方案\n某某市住房和城乡建设局\n2023年8月\n一、总体要求\n", "某某市城市更新三年行动方案"),
        ("政策文件\n当前位置\n某某市城市更新三年行动方案\n某某市人民政府办公室\n2023年8月\n一、总体要求\n",
         "某某市城市更新三年行动方案"),
        # real (廊坊, a mirror in traditional script): a site's column name naming no place over the notice's title
        ("規范性文件草案征集意見\n廊坊市應急管理局關于對《廊坊市“十四五”應急管理體系規劃》征求意見的通知\n"
         "為貫徹落實《河北省應急管理事業“十四五”規劃》，廊坊市應急管理局起草了《廊坊市“十四五”應急管理體系規劃》，現予以公示。",
         "廊坊市应急管理局关于对《廊坊市“十四五”应急管理体系规划》征求意见的通知"),
        # real (廊坊): the same column name over a notice's title that names no issuer, only the draft it asks
        # comments on; hand-written in the same form under another column's name
        ("规范性文件草案征集意见\n《关于实施旅游产业化战略建设旅游强市的意见》(征求意见稿)公开征求意见的通知\n"
         "为深入贯彻落实党中央、国务院和省委、省政府关于促进旅游业改革发展的系列决策部署,省委、省政府出台了"
         "《关于实施旅游产业化战略建设旅游强省的意见》(冀字〔2016〕26号)。",
         "《关于实施旅游产业化战略建设旅游强市的意见》（征求意见稿）公开征求意见的通知"),
        ("政策法规征求意见\n关于对《某市养老服务条例（草案）》公开征求意见的通知\n为做好立法工作，现公开征求社会各界意见。\n",
         "关于对《某市养老服务条例（草案）》公开征求意见的通知"),
        # real (a county bureau's work plan, a sharing site's PDF text): the cover's title broken a word a line, its
        # year set apart, then the title whole over the text; hand-written in the same form
        ("2023\n年文广旅局\n工作\n谋划\n文广旅局2023年工作谋划\n2023年,我县文旅工作将连续贯彻落实新时代中国特色社会主义思想和精神。\n"
         "一、加快推动公共文化效劳体系建设\n",
         "文广旅局2023年工作谋划"),
        ("某镇\n2024年\n工作\n思路\n某镇2024年工作思路\n2024年，我镇将围绕县委中心工作推进各项任务。\n",
         "某镇2024年工作思路"),
    ],
    ids=["title-wrapped-mid-phrase", "title-tail-on-its-own-line", "title-on-one-line",
         "guanyu-line-ending-in-the-issued-type-then-the-notice-type", "number-in-brackets-under-the-title",
         "bulleted-title-value", "empty-label-after-the-title-value", "byline-under-a-draft-plan-title",
         "cover-title-over-three-lines-issuer-and-month-under-it", "cover-title-over-two-lines-hand-written",
         "whole-title-under-an-annex-mark-over-issuer-and-month", "whole-title-under-navigation-lines-over-issuer-and-month",
         "placeless-column-name-over-the-notice-title", "column-name-over-a-title-naming-no-issuer",
         "column-name-over-a-guanyu-title-naming-no-issuer-hand-written", "title-under-a-cover-broken-a-word-a-line",
         "title-under-a-cover-broken-a-word-a-line-hand-written"],
)
def test_wrapped_title_of_a_single_document(text: str, title: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == title


@pytest.mark.parametrize(
    "text",
    [
        # real (泰州高新区, a portal's page): the headline without the issuer and verb, the number, then the notice's
        # title over two lines
        "您所在的位置: 首页政府办公室文件\n\n《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知\n\n"
        "泰高政办发〔2017〕167号\n\n\n区政府办公室印发\n\n《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知\n\n\n"
        "各园区管委会,各镇人民政府、街道办事处:\n\n"
        "《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》已经区政府同意,现印发给你们。\n",
        # hand-written in the same form without a number
        "《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知\n\n区政府办公室印发\n"
        "《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知\n各园区管委会,各镇人民政府、街道办事处:\n"
        "《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》已经区政府同意,现印发给你们。\n",
    ],
    ids=["headline-without-issuer-then-number-then-title-over-two-lines",
         "headline-without-issuer-then-title-over-two-lines-no-number"],
)
def test_a_headline_cut_of_its_issuer_gives_way_to_the_notices_two_line_title(text: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == "区政府办公室印发《关于推进工业经济加快转型升级的若干政策意见（试行）实施细则》的通知"


def test_a_cover_names_its_issuer_under_its_title() -> None:
    # real (庐江, a PDF's cover): the body's name under the title, the month under it
    text = ("庐江县国民经济和社会发展\n第十四个五年规划和2035 年\n远景目标纲要\n庐江县人民政府\n2021 年 5 月\n"
            "根据《中共庐江县委关于制定庐江县国民经济和社会发展第十四个五年规划和2035 年远景目标的建议》，编制本纲要。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer) == ("庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要", ("庐江县人民政府",))


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # hand-written in the form of a county portal: the title broken after 关于印发, its issuer named by its level
        ("县人民政府办公室关于印发\n某某县突发性地质灾害应急预案的通知\n各镇人民政府、县政府各部门：\n"
         "《某某县突发性地质灾害应急预案》已经县政府同意，现印发给你们。\n2015年4月21日\n某某县突发性地质灾害应急预案\n1 总则",
         "县人民政府办公室关于印发某某县突发性地质灾害应急预案的通知", ("某某县人民政府办公室",)),
        # hand-written in the form of a city portal: the title on one line, the signature's date without its day
        ("市人民政府关于印发某某市突发事件总体应急预案的通知\n各乡镇人民政府，市政府各部门：\n"
         "修订后的《某某市突发事件总体应急预案》已经市政府常务会议审议通过，现印发给你们。\n某某市人民政府\n2020年4月 日",
         "市人民政府关于印发某某市突发事件总体应急预案的通知", ("某某市人民政府",)),
        # the plan a level's body issues names no place of that level: the name stays as written
        ("市人民政府关于印发全市城市管理办法的通知\n各区人民政府：\n现将《全市城市管理办法》印发给你们。",
         "市人民政府关于印发全市城市管理办法的通知", ("市人民政府",)),
    ],
    ids=["title-broken-after-guanyu-yinfa-county-office", "city-government-signature-without-its-day",
         "text-own-place-word-is-no-place"],
)
def test_an_issuer_named_by_its_level_takes_the_place_of_the_plan_it_issues(text: str, title: str,
                                                                           issuer: tuple) -> None:
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert (doc.title, doc.issuer) == (title, issuer)


# ---------------------------------------------------------------------------
# What a page's title is, and what it is not


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        # hand-written in the form of a portal copy (延吉, round of #15): the title broken after 关于,
        # its second line opening with 印发, the number line under it
        ("某某市人民政府办公室关于\n印发《某某市道路管理暂行办法》的通知\n某市政办规〔2023〕4号\n各镇人民政府：\n"
         "现印发给你们。", "某市政办规〔2023〕4号", "某某市人民政府办公室关于印发《某某市道路管理暂行办法》的通知"),
        # hand-written: the same break with the title above a number line that lost its closing bracket
        ("某某区人民政府办公室关于印发2021年营商环境实施方案的通知\n某兴府办函〔202137\n各镇人民政府：\n现印发给你们。",
         "某兴府办函〔2021〕37号", "某某区人民政府办公室关于印发2021年营商环境实施方案的通知"),
        # hand-written in the form of PDF text (砚山, #15): a number line whose year lost both brackets
        ("某某县人民政府关于印发招商引资优惠政策的通知\n（某发201120 号）\n各乡镇人民政府：\n现印发给你们。",
         "某发〔2011〕20号", "某某县人民政府关于印发招商引资优惠政策的通知"),
        # the same number alone in its bracket after the title, in a page's one-line text
        ("文档简介\n某某县招商引资优惠政策（试行）（某发201120 号）为进一步扩大对外开放，特制定本政策：第一条 凡到我县投资的企业，均可享受本政策。",
         "某发〔2011〕20号", None),
        # hand-written in the form of a sharing site's one-line text: a number lost its year's brackets in the
        # bracket after a plain title that a clause opening with 根据 cites, far from the verb: the cited one's; the
        # page's title is the one run into its opening under the site's label
        ("文档简介\n某某市应急保障体系建设行动计划（2021-2022年）为提高保障能力，根据某某省应急保障体系建设三年行动计划"
         "（2020-2022年）（某政办字2020167号）等有关要求，结合我市实际，制定如下行动计划。一、总体要求",
         None, "某某市应急保障体系建设行动计划（2021-2022年）"),
        # hand-written in the form of a provincial portal (湖南, #15): the page's own title ending in the
        # site's name, the heading wrapped over two lines, a number line that lost its closing bracket
        ("某省人民政府关于印发《某省节水行动方案》的通知-某省人民政府门户网站\n\n某省人民政府关于印发《某省节水行动方案》的通知\n\n"
         "某省人民政府门户网站 发布时间: 2024-01-31 15:14\n\n某省人民政府关于印发\n\n《某省节水行动方案》的通知\n\n"
         "某政发〔20241\n\n各市州人民政府：\n现印发给你们。",
         "某政发〔2024〕1号", "某省人民政府关于印发《某省节水行动方案》的通知"),
        # the page's own title alone, its site's name after a bar
        ("某市人民政府关于做好防汛工作的通知|某市人民政府网\n\n各区人民政府：\n现就做好防汛工作通知如下。",
         None, "某市人民政府关于做好防汛工作的通知"),
    ],
    ids=["title-broken-after-guanyu-over-its-number-line", "number-line-lost-bracket-and-hao",
         "number-line-lost-year-brackets", "bracketed-number-lost-year-brackets-in-one-line-text",
         "bracketless-number-in-a-basis-clause-after-a-plain-title",
         "page-title-ending-in-site-name-over-broken-number", "page-title-ending-in-site-name-alone"],
)
def test_title_and_number_a_scrape_broke(text: str, number: str, title: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert (doc.number, doc.title) == (number, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a 解读 page (高唐): no title line; a numbered heading ending in a
        # type word (措施) is a heading of the body, not the title
        ("2024年3月5日，某县人民政府印发了《某县重点工作分工方案》，现解读如下：\n一、出台背景\n为推进落实，形成了方案。\n"
         "三、保障措施\n县政府办公室将定期调度。", None),
        # hand-written: the same with （一） and 1. headings
        ("（一）工作措施\n各部门要加强协调。", None),
        ("1.实施方案\n各部门要加强协调。", None),
        # hand-written in the form of a 解读 page (二连浩特): page chrome first, then the quoted title
        # followed by 政策解读
        ("无障碍浏览 长者模式\n《某市2024年重点工作任务分工方案》政策解读\n发布日期:2024-04-02\n一、起草背景\n为推进落实，形成了方案。",
         "《某市2024年重点工作任务分工方案》政策解读"),
        # hand-written: 关于《…》的解读
        ("关于《某县城市管理办法》的解读\n一、起草背景\n为推进落实，形成了办法。", "关于《某县城市管理办法》的解读"),
        # hand-written in the form of a county portal's 解读 page: 文件解读, the heading over a source line
        ("关于《某县全民健身行动实施方案》文件解读\n来源:县体育局 发布时间:2022-09-22\n一、出台的必要性\n为推进落实，形成了方案。",
         "关于《某县全民健身行动实施方案》文件解读"),
        # hand-written: a display switch's words inside a real title leave it a title
        ("某市推进无障碍环境和适老化改造实施方案\n一、总体要求\n各区要加强领导。", "某市推进无障碍环境和适老化改造实施方案"),
        # hand-written in the form of a town's red-header notice (南溪, #15): masthead, masthead and number,
        # then the title run into its addressees; the attached plan's heading further down is not the title
        ("第一篇:某某县某某镇人民政府文件\n某某县某某镇人民政府文件 某府发[2003]7号\n"
         "某某县某某镇人民政府 关于印发《某某镇农村饮水安全工作规划》的通知 各村民委员会、镇属有关部门:\n"
         "为推动饮水安全工作，制定《某某镇农村饮水安全工作规划》，通知如下。\n某某镇人民政府\n2003年3月28日\n"
         "某某镇农村饮水安全工作规划\n一、总体目标\n到2005年全镇饮水安全覆盖率达到90%。",
         "某某县某某镇人民政府关于印发《某某镇农村饮水安全工作规划》的通知"),
        # hand-written in the form of a wiki mirror (天津, #15): a section heading of verb and type word only
        ("印发通知\n某某市人民政府印发关于落实重点工作任务分工的通知\n（某政规〔2021〕4号）\n各区人民政府：\n现印发给你们。",
         "某某市人民政府印发关于落实重点工作任务分工的通知"),
        # real (a county's scoring rules printed as an annex): the annex's label before the title, a space between
        ("附件 2018年度县(市、区)级党委政府安全生产工作考核评分标准\n\n一、综合考核(20分) 考核项目 评分标准 分值\n",
         "2018年度县（市、区）级党委政府安全生产工作考核评分标准"),
        # hand-written: the same with the annex's number
        ("附件2 某县2023年度安全生产工作考核细则\n一、考核内容\n各乡镇要加强领导。", "某县2023年度安全生产工作考核细则"),
        # real (a township's rules from a word processor's file): its page field's residue before the title, the
        # title run into the first heading on one line
        ("PAGE PAGE 1 柳池乡2016年村(社区)安全生产目标管理考核细则 一、辖区内安全生产事故(共60分,扣完为止) 1、有人员伤亡的安全事故 "
         "(1)、发生安全责任死亡事故:死亡1人扣30分/次;\n", "柳池乡2016年村（社区）安全生产目标管理考核细则"),
        # real (a library mirror of a State Council reply): the title, a space and the site's name; then a header
        # line packing the title, its number, its issuer and its date
        ("国务院关于同意四川省撤销广安地区设立地级广安市的批复 中华文库\n"
         "国务院关于同意四川省撤销广安地区设立地级广安市的批复 国函〔1998〕60号 中华人民共和国国务院 1998年7月31日 |\n|\n"
         "四川省人民政府:\n你省《关于撤销广安地区设立广安市(地级)的请示》收悉。现批复如下:\n一、同意撤销广安地区和广安县。\n",
         "国务院关于同意四川省撤销广安地区设立地级广安市的批复"),
        # hand-written: the header line alone
        ("某某省人民政府关于同意设立某某经济开发区的批复 某政函〔2020〕12号 某某省人民政府 2020年3月5日\n某某市人民政府：\n"
         "你市《关于设立某某经济开发区的请示》收悉。现批复如下：\n一、同意设立某某经济开发区。\n",
         "某某省人民政府关于同意设立某某经济开发区的批复"),
        # real (a news page on a State Council reply): the page's layout word under its headline is no title
        ("国务院原则同意《长三角生态绿色一体化发展示范区国土空间总体规划(2021—2035年)》\n详细说明\n"
         "国务院发布关于《长三角生态绿色一体化发展示范区国土空间总体规划(2021—2035年)》的批复,《规划》是示范区规划、建设、治理的基本依据。\n",
         None),
        # real (a city's scoring rules): the subject on the first line, the kind of text letter-spaced under it
        ("  2018年某某市环境保护目标责任书\n\n  考  核  细  则\n\n  一、考核原则\n\n  （一）坚持定性考核与定量考核相结合；\n",
         "2018年某某市环境保护目标责任书考核细则"),
        # hand-written: the same with a regulation's rules of application
        ("某某市住房公积金管理办法\n实施细则\n第一章 总则\n第一条 为规范住房公积金管理，制定本细则。\n",
         "某某市住房公积金管理办法实施细则"),
        # real (a county's score sheet from a PDF, its rows run together): the title, then the header's cells
        ("宜賓縣2011年度食品安全目標(biāo)管理考核評(píng)分標(biāo)準(zhǔn)責(zé)任單位:鄉(xiāng)鎮(zhèn)人民政府序號(hào)"
         "考核內(nèi)容分值評(píng)分細(xì)則及標(biāo)準(zhǔn)自評(píng)分考核分1重視食品安全工作\n",
         "宜宾县2011年度食品安全目标管理考核评分标准"),
        # hand-written: rules whose header opens with 序号
        ("某县2023年度河长制工作考核细则序号考核内容分值评分标准1建立河长制组织体系10\n", "某县2023年度河长制工作考核细则"),
        # real (a town's scoring rules from a PDF): the title first, then the label of the body it scores, the
        # flattened table under them (the break after the label as the whole file's layout gives it)
        ("镇(中心)食品安全工作考核细则 镇(中心):\n考核项目 评分内容及标准 分值 得分 将食品安全工作列入镇(中心)党委、政府的议事议程或"
         " 目标考核,主要领导对食品安全负总责。 3 分\n", "镇（中心）食品安全工作考核细则"),
        # real (a city's river-chief score sheet): the title alone on the first line, the flattened table's header under
        ("2019年河湖长制工作考核项目(综合)\n\n序号 考核项目 总分 一 河湖长制基础工作 1 2 3 4 5 完善组织体系 强化督察督办\n",
         "2019年河湖长制工作考核项目（综合）"),
        # hand-written: a body's name with a date, a bare date, or a body's name alone over a table's header: who made
        # the table and when, no title
        ("某县农业农村局2024年3月1日\n序号 项目名称 投资额 责任单位\n1 城东道路 500 县交通局\n", None),
        ("二〇二四年三月一日印发\n序号 项目名称 投资额 责任单位\n1 城东道路 500 县交通局\n", None),
        ("某县农业农村局办公室\n序号 项目名称 投资额 责任单位\n1 城东道路 500 县交通局\n", None),
        # real (a city's energy-saving scoring rules, an annex): the bodies scored on the title's first line
        ("附件3:\n各区(市、县)人民政府\n节能目标责任评价考核计分细则\n一、指标完成情况(40分)\n(一)万元GDP能耗降低率\n",
         "各区（市、县）人民政府节能目标责任评价考核计分细则"),
        # real (a WeChat mirror of a province's opinions): the title opening with 关于 run into a body opening with
        # any word, no line break between
        ("关于做好二〇二三年全面推进乡村振兴重点工作的实施意见江苏是鱼米之乡、农业大省,在新征程上全面推进中国式现代化江苏新实践,"
         "必须坚持不懈把解决好“三农”问题作为重中之重。做好2023年和今后一个时期全省“三农”工作,要深入学习贯彻党的二十大精神。",
         "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见"),
        # hand-written: the same with two type words at the title's end (规划纲要), the body opening with a place
        ("关于加快城乡融合发展的规划纲要某市地处平原，交通便利。一、总体要求\n", "关于加快城乡融合发展的规划纲要"),
        # real (a news mirror reposting a State Council division of work): the quoted text's section heading, a
        # verb ordering an action on a strategy, is no title; the page prints none of its own
        ("近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就《政府工作报告》确定的重点工作,提出部门分工。\n\n"
         "大力实施乡村振兴战略\n\n \n\n(二十四)健全城乡融合发展体制机制。科学制定规划,依靠改革创新壮大乡村发展新动能。"
         "(国家发展改革委、农业农村部牵头,有关部门按职责分工负责)\n", None),
        # hand-written: a heading ordering to perfect a system, under a numbered part
        ("三、保障民生\n健全社会救助制度\n（一）各县要加强统筹。\n", None),
        # real (a news page on a ministry's division of work): the lead announces the text it reposts, whose title
        # stands alone on the line under it, over its first heading
        ("   6月21日从国家发改委获悉,近日,“十三五”控制温室气体排放工作方案部门分工出台。\n\n  以下为分工详细内容:\n\n"
         "  “十三五”控制温室气体排放工作方案部门分工\n\n  一、低碳引领能源革命\n\n  (一)加强能源碳排放指标控制。\n",
         "“十三五”控制温室气体排放工作方案部门分工"),
        # real (a traditional-script mirror): its column label 發布通知 over the number, the notice's title under it
        ("發布通知\n滬府辦發〔2022〕3號\n上海市人民政府辦公廳關於印發《上海市促進養老托育服務高質量發展實施方案》的通知\n"
         "各區人民政府,市政府各委、辦、局:\n經市政府同意,現將《上海市促進養老托育服務高質量發展實施方案》印發給你們,請認真按照執行。\n"
         "上海市人民政府辦公廳\n2022年1月29日\n",
         "上海市人民政府办公厅关于印发《上海市促进养老托育服务高质量发展实施方案》的通知"),
    ],
    ids=["numbered-heading-ending-in-a-type-word", "bracketed-numbered-heading", "arabic-numbered-heading",
         "reading-page-after-its-chrome", "reading-of-a-quoted-title", "file-reading-of-a-quoted-title", "switch-words-inside-a-title",
         "title-run-into-addressees-under-a-masthead", "wiki-section-heading-over-the-title",
         "annex-label-on-the-title-line-without-a-colon", "annex-label-and-number-on-the-title-line",
         "page-field-residue-before-a-title-run-into-its-body", "site-name-after-the-title-over-a-header-line",
         "header-line-of-title-number-issuer-and-date", "page-layout-word-is-no-title",
         "kind-of-text-letter-spaced-on-the-line-under-the-title", "kind-of-text-on-the-line-under-the-title",
         "score-sheet-title-run-into-its-flattened-header", "rules-title-run-into-its-flattened-header",
         "title-alone-at-the-top-run-into-the-label-of-the-body-scored", "title-alone-at-the-top-over-a-table-header",
         "body-and-date-over-a-table-header-no-title", "date-line-over-a-table-header-no-title",
         "body-alone-over-a-table-header-no-title", "bodies-the-rules-are-for-on-the-titles-first-line",
         "guanyu-title-run-into-a-body-of-any-opening", "guanyu-title-run-into-a-body-two-type-words",
         "section-heading-ordering-an-action-in-a-news-repost", "section-heading-ordering-an-action-hand-written",
         "title-alone-under-a-lead-announcing-the-text", "column-label-over-the-number-and-the-title-under-it"],
)
def test_a_title_looks_like_one(text: str, title: str | None) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == title


def test_a_headline_naming_the_paper_it_reposts_takes_no_issuer_from_the_byline() -> None:
    # real (a county portal reposting a paper's reading of a province's notice): the byline's 来源 is the site
    text = ("【媒体解读】《安徽调整全省征地区片综合地价标准》解读(来源:自然资源报)\n\n文章来源:灵璧县自然资源和规划局 浏览量: "
            "发表时间:2023-10-19 16:11\n\n  本报讯 近日,安徽省人民政府网站发布《安徽省人民政府关于公布全省征地区片综合地价标准的通知》"
            "(以下简称《通知》),调整征地区片综合地价标准。\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert (doc.title, doc.issuer) == ("【媒体解读】《安徽调整全省征地区片综合地价标准》解读", ())


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # hand-written in the form of a policy portal (凤台, round 10): the column's name first, then a
        # headline, then the title that ends in its period in brackets
        ("惠农政策\n某县惠农政策汇编:某县人民政府关于支持乡村旅游发展若干政策的意见(2024-2026年)\n"
         "某县人民政府关于支持乡村旅游发展若干政策的意见(2024-2026年)\n各乡镇人民政府,县政府各部门:\n为推动乡村旅游发展,提出以下意见。",
         "某县人民政府关于支持乡村旅游发展若干政策的意见（2024-2026年）", ("某县人民政府",)),
        # hand-written in the form of a city portal (普洱, round 10): a menu word, a breadcrumb, the title
        # led by two issuers apart by spaces, then a metadata row naming a department that reposted it
        ("部门目录\n\n首页  >  正文\n中共某市委办公室 某市人民政府办公室 关于印发《某市托育服务工作任务清单》的通知\n"
         "2024-05-10   作者: 点击数:\n 索引号:  1001/20240510-00001  发布日期:  2024-05-10\n"
         " 主题词:  托育  发布机构:  市卫生健康委  文  号: \n\n各县、区党委和人民政府:\n"
         "现将《某市托育服务工作任务清单》印发给你们,请认真抓好贯彻落实。",
         "中共某市委办公室某市人民政府办公室关于印发《某市托育服务工作任务清单》的通知", ("中共某市委办公室", "某市人民政府办公室")),
        # hand-written in the form of a county portal (凌海, round 10): a heading gluing the number to the
        # title without its issuer and 关于印发, then the notice's own title wrapped over three lines
        ("您的位置:首页>>政务公开>>政府文件\n某政办发[2022]7号某市推进城乡供水一体化实施细则的通知\n时间:2022-05-06 来源:\n\n"
         "某市人民政府办公室关于印发某市推进\n\n城乡供水一体化\n\n实施细则的通知\n\n各乡镇人民政府,市政府有关部门\n\n"
         "经市政府同意,现将《某市推进城乡供水一体化实施细则》印发给你们。\n\n某市人民政府办公室\n\n2022年4月28日",
         "某市人民政府办公室关于印发某市推进城乡供水一体化实施细则的通知", ("某市人民政府办公室",)),
        # hand-written in the form of a provincial mirror: the issued plan's name first, then the notice's
        # title naming its issuers and the plan in 《》
        ("某某领域改革的实施意见\n中共某某省委某某省人民政府关于印发《某某领域改革的实施意见》的通知\n"
         "各市委和人民政府，省直各单位：\n现将《某某领域改革的实施意见》印发给你们，请结合实际认真贯彻落实。\n"
         "中共某某省委某某省人民政府\n2018年3月2日",
         "中共某某省委某某省人民政府关于印发《某某领域改革的实施意见》的通知", ("中共某某省委", "某某省人民政府")),
    ],
    ids=["column-name-over-a-title-with-its-period", "menu-word-over-issuers-apart-by-spaces",
         "number-glued-heading-over-the-wrapped-full-title", "issued-plans-name-over-the-notice-naming-its-issuers"],
)
def test_a_title_naming_its_issuers_beats_a_column_name_or_a_short_heading(text: str, title: str,
                                                                            issuer: tuple[str, ...]) -> None:
    got = extract_text(text)
    (doc,) = [r for r in got.records if isinstance(r, Document)]
    assert (doc.title, doc.issuer) == (title, issuer)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # real (a town's rules on a portal): the title closed by a pipe, then the empty rows of the layout table
        pytest.param("坎门街道重大行政执法决定合法性审核办法 |\n||||\n|\n||||\n|\n||||\n第一条 为了规范街道重大行政执法决定法制审核工作,"
                     "特制定本办法。", "坎门街道重大行政执法决定合法性审核办法", id="title-over-empty-rows-of-a-layout-table"),
        # real (a traditional-script mirror): a lone pipe atop the page, then the title
        pytest.param("|\n梓潼縣征收農用地區片綜合地價標準\n梓潼縣征收農用地區片綜合地價標準已于2023年9月28日經批准,現公告如下:",
                     "梓潼县征收农用地区片综合地价标准", id="lone-pipe-over-the-title"),
        # real (a district portal): the column's name over the path that ends with it, then the report's title
        pytest.param("今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n\n您所在的位置:政务公开 > 工作报告\n\n"
                     "2020年静海区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n\n\n"
                     "2020年静海区法治政府建设情况报告\n\n\n2020年,静海区坚持以习近平新时代中国特色社会主义思想为指导。",
                     "2020年静海区法治政府建设情况报告", id="column-name-over-the-path-ending-with-it"),
        # real (a county portal): the headline, naming no type word, over the article's byline
        pytest.param("• 政府信息公开\n您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n浏览量:  【字体:   】\n\n"
                     "县卫健委2021年政府工作报告任务分解\n\n文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 "
                     "责任编辑:卫健委政务公开\n\n1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业。\n",
                     "县卫健委2021年政府工作报告任务分解", id="headline-over-the-byline"),
        # real (a news mirror): the headline, a question, over its byline; the lead reports the text it reposts
        pytest.param("南阳生态文明促进会   >   生态聚焦   >   热门话题\n\n国务院发布落实《政府工作报告》重点工作部门分工意见,"
                     "实施乡村振兴战略的四项工作由哪些部门牵头?\n\n发表时间:2018-4-17 来源:南阳生态文明促进会 作者:系统管理员\n\n"
                     "近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就《政府工作报告》确定的重点工作,提出部门分工。\n",
                     "国务院发布落实《政府工作报告》重点工作部门分工意见，实施乡村振兴战略的四项工作由哪些部门牵头？",
                     id="question-headline-over-the-byline-of-a-news-repost"),
        # real (a county portal reposting a paper's reading): the headline over the byline, its source note left
        # out; the notice the lead reports is cited, not the page's title
        pytest.param("【媒体解读】《安徽调整全省征地区片综合地价标准》解读(来源:自然资源报)\n\n文章来源:灵璧县自然资源和规划局 浏览量: "
                     "发表时间:2023-10-19 16:11\n\n  本报讯 近日,安徽省人民政府网站发布《安徽省人民政府关于公布全省征地区片综合地价标准的通知》"
                     "(以下简称《通知》),调整征地区片综合地价标准。\n",
                     "【媒体解读】《安徽调整全省征地区片综合地价标准》解读", id="reading-headline-over-the-byline-not-the-notice-reported"),
        # hand-written: a number line over the byline is no headline
        pytest.param("某政〔2024〕3号\n发布日期:2025-01-08\n各县（区）人民政府：\n现将有关事项通知如下。\n", None,
                     id="number-line-over-the-byline-is-no-headline-hand-written"),
    ],
)
def test_a_pages_furniture_neither_gives_nor_hides_its_title(text: str, title: str | None) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == title


def test_a_byline_spells_the_body_a_title_names_in_short() -> None:
    # real (a county portal): the title names 县卫健委, the byline 灵璧县卫生健康委员会: the body in full
    text = ("县卫健委2021年政府工作报告任务分解\n\n文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49\n\n"
            "1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业。\n")
    (doc,) = [r for r in extract_text(text).records if isinstance(r, Document)]
    assert (doc.title, doc.issuer) == ("县卫健委2021年政府工作报告任务分解", ("灵璧县卫生健康委员会",))


def test_entries_of_a_contents_list_do_not_replace_its_heading() -> None:
    # hand-written in the form of a gazette issue's opening (咸宁, dev/42): the 目录 lists titles that
    # each name their issuer; none is the text's title
    text = ("某市人民政府主办2021年第3号\n目录\n市政府文件\n市人民政府关于印发某市停车管理办法的通知\n"
            "市人民政府办公室关于印发某市老旧小区改造实施方案的通知\n市人民政府办公室关于成立某市普查领导小组的通知\n重点工作\n"
            "1.加强财政支持。\n市财政局,各县、市、区政府")
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title is None or "关于" not in doc.title


def test_page_chrome_is_not_the_label() -> None:
    # hand-written in the form of a portal page: accessibility switches, then a news headline
    got = extract_text("无障碍浏览 长者模式\n某地多措并举推进生态保护\n近日，某地召开会议。")
    (doc,) = [r for r in got.records if isinstance(r, Document)]
    assert doc.label == "某地多措并举推进生态保护"


def test_order_without_ordinal_with_its_promulgation_note() -> None:
    # hand-written in the form of a law mirror's older regulation (济南 令19号): the province's body
    # above the title, the note giving the date and the order number without 第
    text = ("某某市集贸市场管理规定\n某某省某某市人民政府\n某某市集贸市场管理规定\n（1993年5月12日某某市人民政府令27号发布）\n"
            "第一条 为加强集贸市场管理，制定本规定。")
    got = extract_text(text)
    (doc,) = [r for r in got.records if isinstance(r, Document)]
    assert (doc.number, doc.issuer, doc.date) == ("某某市人民政府令27号", ("某某市人民政府",), "1993-05-12")


def test_layout_read_on_candidate_lines_is_the_layout_read_on_every_line(monkeypatch) -> None:
    """The lines a header, an index or a section mark can stand on are found by scans of the text;
    reading every line finds the same layout."""
    import re
    from pathlib import Path

    from policykg.extract import split

    root = Path(__file__).resolve().parents[2]
    paths = [root / "examples" / "jiaxing-gazette-2024-03.txt", *sorted((root / "tests" / "data" / "identity").glob("*.*"))]
    texts = [normalise(p.read_text(encoding="utf-8")).text for p in paths]
    texts.append("某某市人民政府令\n第12号\n《某某办法》已经通过\n（2024〕3号）\n某市人民政府关于X的通知\n某政发〔2024〕3号"
                 "\n正文。\n发文目录\n某政发〔2024〕3号\n某政发〔2024〕4号\n【人事任免】\n某某公报")
    found = [split_layout(t) for t in texts]
    assert found[0].listed_numbers  # the gazette's closing index is read
    monkeypatch.setattr(split, "_YEAR_CLOSED", (re.compile(r"(?m)^"),))  # every line a candidate
    monkeypatch.setattr(split, "_lines_holding", lambda text, starts, words: set(range(len(starts))))
    assert found == [split_layout(t) for t in texts]


# ---------------------------------------------------------------------------
# Numbers, titles and signatures of mirrored pages (#16), each hand-written in the form a page printed


@pytest.mark.parametrize(
    ("text", "number", "issuer", "date"),
    [
        # a ministry's 公告: its heading, then its serial numbered by year on the next line
        ("某某总局公告\n2021年第15号\n为规范某某工作，我局制定了《某某管理办法》，现予发布。\n某某总局\n2021年6月2日\n",
         "某某总局公告2021年第15号", ("某某总局",), "2021-06-02"),
        # a regulation's order number and the day it was made in one bracket under its title
        ("河州省渔业管理暂行办法\n（河州省人民政府令第12号 1995年4月3日）\n第一条 为加强渔业管理，制定本办法。\n",
         "河州省人民政府令第12号", ("河州省人民政府",), "1995-04-03"),
        # hand-written in the form of a law mirror's page of a law: the page's heading, the law's title
        # again with its maker under it, then the order promulgating it (its term in the bracket)
        ("您的位置: 首页 » 法律法规\n\n中华人民共和国某某法\n\n时间:2024-04-29 来源: 法律资料网\n\n"
         "中华人民共和国某某法\n\n全国人民代表大会常务委员会\n\n中华人民共和国主席令（十届第12号）\n\n"
         "《中华人民共和国某某法》已由第十届全国人民代表大会常务委员会第八次会议于2004年3月1日通过，现予公布。\n\n"
         "中华人民共和国主席 某某\n2004年3月1日\n\n中华人民共和国某某法\n\n第一条 为了规范某某，制定本法。\n",
         "中华人民共和国主席令（十届第12号）", ("全国人民代表大会常务委员会",), "2004-03-01"),
        # a congress standing committee's 公告, its term in its name, over its serial (no year: numbered by term)
        ("某某省物业管理条例\n\n某某省第十二届人民代表大会常务委员会公告\n\n第15号\n\n"
         "《某某省物业管理条例》已由某某省第十二届人民代表大会常务委员会第九次会议于2014年5月28日通过，现予公布。\n\n"
         "某某省人民代表大会常务委员会\n2014年5月28日\n\n第一条 为了规范物业管理活动，制定本条例。\n",
         "某某省第十二届人民代表大会常务委员会公告第15号", ("某某省人民代表大会常务委员会",), "2014-05-28"),
        # the same 公告 with its serial in Chinese numerals, on the heading's line
        ("某某市听证条例\n某某市人民代表大会常务委员会公告 第三十七号\n"
         "《某某市听证条例》业经某某省人民代表大会常务委员会批准，现予公布。\n"
         "某某市人民代表大会常务委员会\n2001年12月26日\n第一条 为了规范听证活动，制定本条例。\n",
         "某某市人民代表大会常务委员会公告第37号", ("某某市人民代表大会常务委员会",), "2001-12-26"),
        # a revised regulation's history note: the version it now is, revised under a later order, and its date
        ("某某省食品管理办法\n（1998年11月17日某某省人民政府令第96号发布　根据2004年7月15日某某省人民政府令第172号修订）\n"
         "第一条 为了加强食品管理，制定本办法。\n",
         "某某省人民政府令第172号", ("某某省人民政府",), "2004-07-15"),
        # a history note whose dates lost their 年 and 月 in a scrape: the number and its body still read
        ("某某条例\n（2004430日国务院令第406号公布　根据2012119日《国务院关于修改部分行政法规的决定》第一次修订）\n"
         "第一条 为了维护市场秩序，制定本条例。\n",
         "国务院令第406号", ("国务院",), None),
    ],
    ids=["announcement-heading-over-its-serial-by-year", "order-number-and-date-in-one-bracket",
         "presidential-order-of-a-term-its-maker-under-the-titles-copy",
         "congress-announcement-of-a-term-over-its-serial", "congress-announcement-serial-in-chinese-numerals-one-line",
         "history-note-revised-under-a-later-order", "history-note-dates-glued-by-a-scrape"],
)
def test_an_announcement_or_order_number_under_the_heading(text: str, number: str, issuer: tuple, date: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.issuer, doc.date) == (number, issuer, date)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a page's title cut short, then the title itself wrapped over two lines
        ("关于印发《中共某某区委、某某区人民\n关于印发《中共某某区委、某某区人民政府关于促进数字经济发展的\n"
         "实施意见》等4个文件的通知\n各街镇：\n现印发给你们。\n",
         "关于印发《中共某某区委、某某区人民政府关于促进数字经济发展的实施意见》等4个文件的通知"),
        # a notice without a title line, then its plan's heading on two lines, the first ending in no type
        # word: the notice quotes the two lines as one title
        ("某府发〔2021〕17号\n各街道：\n《某某市某某区国民经济和社会发展第十四个五年规划纲要》已经区人大会议批准，现印发给你们。\n"
         "某某市某某区人民政府\n2021年5月10日\n某某市某某区国民经济和社会发展\n第十四个五年规划纲要\n2021年4月\n",
         "某某市某某区国民经济和社会发展第十四个五年规划纲要"),
        # a heading's second line opening with 和, which opens no title
        ("某某市人民政府\n2024年1月20日\n2024年市《政府工作报告》任务分解\n和责任分工方案\n一、总体要求\n",
         "2024年市《政府工作报告》任务分解和责任分工方案"),
        # a site's label before a colon, then the title
        ("某某网\n\n某某区高新技术企业奖励政策：关于加快某某区经济高质量发展的若干政策意见\n\n为加快发展，特制定如下政策。\n",
         "关于加快某某区经济高质量发展的若干政策意见"),
        # a page's heading in 《》 over the article's own heading, whatever word ends the name
        ("您当前的位置：首页>政务公开\n《2024年县政府工作报告目标任务推进情况汇总表》\n时间：2024-10-09\n"
         "2024年县政府工作报告目标任务推进情况汇总表\n一、主要预期目标\n",
         "2024年县政府工作报告目标任务推进情况汇总表"),
        # a document-sharing site names its page after the file
        ("收藏 分享\n\n某某省农药经营监督管理规范.doc\n\n上传人：某某 文档编号：123456\n第一条 为规范农药经营，制定本规范。\n",
         "某某省农药经营监督管理规范"),
        # a title without 关于, then the body's first sentence opening with a year (富县, #15)
        ("河县2024年度目标责任考核实施办法\n2024年度目标责任考核工作以高质量发展为导向，结合我县实际，制定本办法。\n"
         "一、考核范围\n", "河县2024年度目标责任考核实施办法"),
        # a page's tag line above the regulation's name (its value ends like a title: 立法)
        ("标签: 地方立法\n\n  • 某某市寄递安全管理条例\n\n某某市人大常委会公告\n"
         "《某某市寄递安全管理条例》经某某市人民代表大会常务委员会会议通过;某某自治区人民代表大会常务委员会批准。现予公布。\n"
         "第一条 为了保障寄递安全，制定本条例。\n", "某某市寄递安全管理条例"),
        # a byline of time and editor ending in the site's column name (…规定)
        ("时间:11-17编辑:某某 法则规定\n\n某某市市容管理条例\n\n第一条 为加强市容管理，制定本条例。\n", "某某市市容管理条例"),
        # hand-written in the form of a prefecture's listing page: the entry dated and cut short, the file's link,
        # the entry again, then the title over two lines
        ("某政发\n\n  • 2023-03-02导出word某某藏族自治州人民政府关于印发某某州承接省级授权和委托用地审 ...\n"
         "    1 某某藏族自治州人民政府关于印发某某州承接省级授权和委托用地审批事项实施方案的通知.pdf\n\n"
         "    某某藏族自治州人民政府关于印发某某州承接省级授权和委托用地审 ...\n\n\n"
         "    某某藏族自治州人民政府关于印发某某州承接省级授权\n\n    和委托用地审批事项实施方案的通知\n\n     \n\n"
         "    各县市人民政府，州政府各部门：\n    《某某州承接省级授权和委托用地审批事项实施方案》已经州政府同意，现印发给你们。\n",
         "某某藏族自治州人民政府关于印发某某州承接省级授权和委托用地审批事项实施方案的通知"),
        ("某政发\n\n  • 2021-12-23导出word某某州人民政府2022年度森林防火命令\n    1 某某州人民政府2022年度森林防火命令.doc\n\n"
         "    某某州人民政府2022年度森林防火命令\n\n    为有效预防森林火灾，结合我州实际，发布如下命令：\n    一、落实防火责任。\n",
         "某某州人民政府2022年度森林防火命令"),
        # hand-written in the form of an article site printing a plan over pages: its banner, then the title
        # and the page marker
        ("某某文库 — — 观某某文库◆欢迎来访,常来看看~\n\n县加强乡风文明建设专项行动实施方案(第2/2页)\n\n"
         "admin 分享 时间: 共计5000个字\n\n2.加大宣传力度。面向群众发布倡议书。\n", "县加强乡风文明建设专项行动实施方案"),
        # hand-written in the form of a provincial portal: the title opens with the plan it breaks down, in 《》
        ("手机版\n\n首页 > 纲要规划\n\n《某某省儿童发展规划(2011—2020年)》目标责任分解书\n\n来源:本网 时间:2014-02-12\n\n"
         "《某某省儿童发展规划(2011—2020年)》目标责任分解书\n\n领域\n\n主要目标\n\n1.儿童健康水平提高。\n",
         "《某某省儿童发展规划（2011—2020年）》目标责任分解书"),
        # hand-written in the form of a document-sharing page: its 第N篇： before the title, a template's XX年
        # placeholder in it, then the title again wrapped over two lines
        ("第二篇：XX年“绿色社区”创建活动工作实施方案\nXX年“绿色社区”创建活动工作实施\n方案\n"
         "绿色社区创建是推进生态文明建设的重要内容，为做好本年度创建工作，结合我区实际，制定本方案。\n",
         "XX年“绿色社区”创建活动工作实施方案"),
        # the same page without the copy: the title behind its 第N篇：, then the body's opening
        ("第1篇:XX县“智慧农业”推广项目实施方案\n为加快智慧农业推广，提高农业生产效率，结合我县实际，制定本方案。\n一、工作目标\n",
         "XX县“智慧农业”推广项目实施方案"),
        # hand-written in the form of a document-sharing page: its own name for the upload, the file's attributes,
        # then the rules' own title run into their first article
        ("某市青年人才扶持政策\n- 格式:pdf\n- 大小:41.20 KB\n- 文档页数:6\n"
         "某某高新区青年创新人才引进暂行办法第一条为吸引青年创新人才来区创业，结合本区实际，制定本办法。\n"
         "第二条本办法适用于在本区注册的企业。\n", "某某高新区青年创新人才引进暂行办法"),
        # a notice's title over the rules it issues keeps its title: the notice is the document
        ("某区人民政府关于印发某区人才公寓管理办法的通知\n- 格式:doc\n"
         "某区人才公寓管理办法第一条为规范人才公寓管理，制定本办法。\n", "某区人民政府关于印发某区人才公寓管理办法的通知"),
    ],
    ids=["title-cut-short-then-whole", "plan-heading-over-two-lines-quoted-above", "heading-tail-opening-with-he",
         "site-label-before-a-colon", "page-heading-in-marks-repeated-below", "shared-file-name",
         "title-then-body-opening-with-a-year", "tag-line-above-the-title", "byline-ending-in-a-type-word",
         "listing-entry-and-file-link-over-a-wrapped-title", "listing-entry-and-file-link-over-an-order-title",
         "site-banner-over-a-title-with-its-page-marker", "title-opening-with-the-plan-it-breaks-down-in-marks",
         "sharing-page-chapter-prefix-then-wrapped-copy", "sharing-page-chapter-prefix-then-body",
         "sharing-page-heading-over-rules-run-into-first-article", "notice-heading-over-rules-run-into-first-article"],
)
def test_a_title_a_mirror_printed_apart_or_around(text: str, title: str) -> None:
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.title == title
    # the title's own words are no mention of what it names
    assert not [c for c in res.of(Citation) if c.relation is Relation.CITES and "《" + (c.to_title or "") + "》" in title]


@pytest.mark.parametrize("text", ["第一篇：总体要求\n一、指导思想\n坚持以人民为中心。\n", "第三篇：保障措施\n加强组织领导。\n"],
                         ids=["plan-part-heading", "plan-part-heading-then-body"])
def test_a_plans_own_part_heading_is_no_sharing_pages_title(text: str) -> None:
    # 第一篇：总体要求 is a plan's part, its title short: no sharing page's 第N篇： before a document's title
    (doc,) = extract_text(text).of(Document)
    assert doc.title is None


def test_the_announcements_quoted_title_under_a_tag_line_is_the_document_itself() -> None:
    # the 公告 quotes the regulation it publishes: once the tag line is no title, that quote is no citation
    text = ("标签: 地方立法\n\n  • 某某市寄递安全管理条例\n\n某某市人大常委会公告\n"
            "《某某市寄递安全管理条例》经某某市人民代表大会常务委员会会议通过;某某自治区人民代表大会常务委员会批准。现予公布。\n"
            "第一条 为了保障寄递安全，根据《中华人民共和国邮政法》，制定本条例。\n")
    assert [c.to_title for c in extract_text(text).of(Citation)] == ["中华人民共和国邮政法"]


def test_a_table_of_contents_heading_is_no_title() -> None:
    # a regulation's page opening with its table of contents: 目录 names no document
    text = "目录\n第一章 总则\n第二章 管理\n第一章总则\n第一条为了规范城市管理，制定本条例。\n"
    (doc,) = extract_text(text).of(Document)
    assert doc.title is None


def test_a_page_header_line_above_the_title_states_no_target() -> None:
    # a header of keywords over the title (a spam line a mirror prints) ends no sentence: its figures are
    # no target; the body's are
    text = ("某某网,免费下载,禁止18岁以下访问,热门资料\n\n某某省道路运输管理规定\n\n"
            "第一条 为加强道路运输管理，制定本规定。\n第二条 客运车辆每年检测不少于1次。\n")
    targets = extract_text(text).of(Target)
    assert [(t.value, t.unit) for t in targets] == [(1, "次")]


def test_a_signature_whose_date_lost_its_year_still_names_the_issuers() -> None:
    text = ("关于X的通知\n各街镇：\n现通知如下。\n中共某某市某某区委员会\n某某市某某区人民政府\n年2月22日\n"
            "附件\n某某区促进产业发展的意见\n（2019年3月1日）\n")
    facts = document_facts(normalise(text).text, title="关于X的通知")
    assert (facts.issuer, facts.date) == (("中共某某市某某区委员会", "某某市某某区人民政府"), None)


def test_a_signature_whose_day_is_left_blank_still_names_the_issuer_hand_written() -> None:
    # a city portal's copy: the title names its issuer by its level, the signature in full over 2020年4月 日
    text = "市人民政府关于加强防汛工作的通知\n各乡镇人民政府，市政府各部门：\n现就加强防汛工作通知如下。\n一、落实责任。\n" \
           "某某市人民政府\n2020年4月 日\n"
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (("某某市人民政府",), None)


# ---------------------------------------------------------------------------
# Several documents without a 文号 on one page


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # hand-written in the form of a standing committee's page: a decision signed and dated, then a
        # second decision, its issuer on a line above its title wrapped over two lines, its adoption note
        ("某某市人民代表大会常务委员会\n关于接受某某同志辞去某某市人民政府副市长职务请求的决定\n"
         "（2023年4月6日某某市第五届人民代表大会常务委员会第九次会议通过）\n"
         "某某市第五届人民代表大会常务委员会第九次会议决定，接受某某同志辞去副市长职务的请求。\n"
         "某某市人民代表大会常务委员会\n2023年4月6日\n"
         "某某市人民代表大会常务委员会\n关于某甲同志代理某某市人民政府\n市长的决定\n"
         "（2023年4月6日某某市第五届人民代表大会常务委员会第九次会议通过）\n"
         "会议决定：某甲同志代理某某市人民政府市长。\n某某市人民代表大会常务委员会\n2023年4月6日",
         ["某某市人民代表大会常务委员会关于接受某某同志辞去某某市人民政府副市长职务请求的决定",
          "某某市人民代表大会常务委员会关于某甲同志代理某某市人民政府市长的决定"]),
        # hand-written in the form of a law mirror's page holding two records, each printed as title /
        # issuing body / the title again
        ("某某委员会工作规则\n\n某某委员会\n\n某某委员会工作规则\n\n第一条 委员会的职权如下。\n第二条 本规则自公布之日起施行。\n\n"
         "下载地址: 点击此处下载\n\n关于开展农田水利示范区建设的通知\n\n某某部\n\n关于开展农田水利示范区建设的通知\n\n"
         "各省、自治区、直辖市水利厅：\n现就开展示范区建设通知如下。",
         ["某某委员会工作规则", "关于开展农田水利示范区建设的通知"]),
        # a notice that issues a plan, signed and dated, then the plan's title over its text: one document
        ("某某县人民政府办公室关于印发关于加强耕地保护的实施意见的通知\n各乡镇人民政府：\n现印发给你们，请认真执行。\n"
         "某某县人民政府办公室\n2023年4月6日\n关于加强耕地保护的实施意见\n为加强耕地保护，提出如下意见。",
         ["某某县人民政府办公室关于印发关于加强耕地保护的实施意见的通知"]),
    ],
    ids=["decision-after-a-signed-decision", "mirror-record-after-a-record", "the-issued-plan-after-the-signature"],
)
def test_a_later_document_without_a_number(text: str, titles: list[str]) -> None:
    docs = split_layout(normalise(text).text).documents
    assert [d.title for d in docs] == titles
    assert all(a.end < b.start for a, b in zip(docs, docs[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "title", "issuer", "date"),
    [
        # hand-written in the form of a law mirror's record: title / body / title, the adoption note
        # under the copy opening with a date
        ("某某委员会工作条例\n\n某某协商会议\n\n某某委员会工作条例\n\n"
         "1950年3月2日某某协商会议第一届常务委员会第三次会议通过\n\n第一条 委员会的职权如下。\n",
         "某某委员会工作条例", ("某某协商会议",), "1950-03-02"),
        # hand-written in the form of a wiki's copy of an old decision: the page's path before its name,
        # an adoption note in Chinese numerals under the title
        ("某某公报/一九五四年/第一号/国务院关于出版某某公报的决定\n\n国务院关于出版某某公报的决定\n\n"
         "一九五五年二月十日国务院常务会议通过\n\n一、为了集中刊载国家的法律，决定出版某某公报。\n",
         "国务院关于出版某某公报的决定", ("国务院",), "1955-02-10"),
        # an adoption note whose date lost its separators stays unread
        ("某某市人民代表大会常务委员会\n关于接受某某辞职请求的决定\n\n202184日某某市第五届人民代表大会常务委员会第三十一次会议通过）\n\n"
         "会议决定：接受某某辞去副市长职务的请求。\n",
         "某某市人民代表大会常务委员会关于接受某某辞职请求的决定", ("某某市人民代表大会常务委员会",), None),
        # hand-written in the form of a prefecture's yearly order: no 关于, number or addressees
        ("某某自治州人民政府2023年度森林防火命令\n\n为有效预防森林火灾，根据《森林防火条例》，发布如下命令：\n"
         "一、落实防火责任。\n二、严格野外火源管理。\n州长 某某\n2022年12月20日\n",
         "某某自治州人民政府2023年度森林防火命令", ("某某自治州人民政府",), "2022-12-20"),
    ],
    ids=["mirror-record-body-between-copies-adoption-date", "wiki-path-and-chinese-numeral-adoption-date",
         "glued-adoption-date-unread", "yearly-order-mingling-without-guanyu"],
)
def test_a_numberless_decision_or_law_by_its_head(text: str, title: str, issuer: tuple, date: str | None) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer, doc.date) == (title, issuer, date)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # hand-written in the form of a district portal: the page's heading names the plan, then the
        # metadata, the number, and the notice's own title on the line after it
        ("您现在的位置: 首页 > 公开\n某区教育体育局2019年教育工作要点\n索引号: 1234567-11_B/2019-0101 发布日期: 2019年03月02日\n\n"
         "某教体字〔2019〕2号\n\n某区教育体育局关于印发《某区2019年教育工作要点》的通知\n\n各中小学，局机关各科室：\n\n"
         "现将《某区2019年教育工作要点》印发给你们，请认真抓好落实。\n\n某区教育体育局\n\n2019年2月20日\n\n某区2019年教育工作要点\n\n"
         "一、总体思路\n全面提高教育质量。",
         "某区教育体育局关于印发《某区2019年教育工作要点》的通知"),
        # hand-written in the form of a county portal that flattened the notice onto one line: the
        # heading above, then the number, the title and the addressees run together
        ("某某县提升就业帮扶车间 专项行动实施方案\n详细信息\n"
         "某委乡振组发〔2021〕3号 关于印发《某某县提升就业帮扶车间等“五大专项行动”实施方案》的通知 各乡镇、县直各单位： "
         + "《某某县提升就业帮扶车间等“五大专项行动”实施方案》已经审定通过，现印发给你们，请认真抓好贯彻落实。" * 8,
         "关于印发《某某县提升就业帮扶车间等“五大专项行动”实施方案》的通知"),
    ],
    ids=["notice-title-under-its-number-beats-the-page-heading", "flattened-number-title-addressees-beat-the-heading"],
)
def test_a_notice_title_beside_its_number_beats_a_heading_naming_the_plan(text: str, title: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_flattened_notice_title_issues_its_plan_hand_written() -> None:
    # the title run onto the number's line still types the plan it names as issued
    text = ("某某县提升就业帮扶车间 专项行动实施方案\n详细信息\n"
            "某委乡振组发〔2021〕3号关于印发《某某县就业帮扶车间等专项行动实施方案》的通知各乡镇、县直各单位：\n"
            "《某某县就业帮扶车间等专项行动实施方案》已经审定通过。现印发给你们，请认真抓好贯彻落实。\n")
    got = extract_text(text)
    assert [(c.to_title, c.relation.value) for c in got.of(Citation)] == [
        ("某某县就业帮扶车间等专项行动实施方案", "promulgates")]


@pytest.mark.parametrize(
    "signature",
    ["\n\n中共某某县委实施乡村振兴战略领导小组\n\n2021年9月3日", " 中共某某县委实施乡村振兴战略领导小组 2021年9月3日"],
    ids=["own-lines", "run-on-after-the-text"],
)
def test_a_party_leading_group_signs(signature: str) -> None:
    # hand-written in the form of a county leading group's notice
    text = ("某委乡振组发〔2021〕5号\n\n关于印发《某某县专项行动实施方案》的通知\n\n各乡镇、县直各单位：\n\n"
            "《某某县专项行动实施方案》已经审定通过，现印发给你们，请认真抓好贯彻落实。" + signature + "\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (("中共某某县委实施乡村振兴战略领导小组",), "2021-09-03")


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("某某考核方案为推进健康建设，制定本方案.一、组织架构", "2019-06-24"),
        ("", "2019-06-24"),
        # a sentence opening with a body and a date reports an act: no signature
        ("印发的《某某办法》同时执行.", None),
    ],
    ids=["before-the-issued-text", "at-the-line-end", "a-sentence-opening-with-a-body-and-a-date"],
)
def test_a_signature_run_into_the_text_of_a_journal_copy(tail: str, date: str | None) -> None:
    # hand-written in the form of a journal PDF's copy: '.' as the full stop, no line breaks
    title = "某院办公厅关于印发某某考核方案的通知"
    text = (f"{title}\n各省、自治区、直辖市人民政府：《某某考核方案》已经同意，现印发给你们，请认真组织实施."
            f"某院办公厅2019年6月24日{tail}\n")
    assert document_facts(normalise(text).text, title=title).date == date


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("某院关于印发某某规划（2016—2020年）的通知（三）", "某院关于印发某某规划（2016—2020年）的通知"),
        ("某院关于印发某某规划的通知(二)", "某院关于印发某某规划的通知"),
    ],
    ids=["after-a-period", "ascii-brackets"],
)
def test_a_pages_part_number_after_the_title_is_left_out(first: str, title: str) -> None:
    # hand-written in the form of a portal that prints a long plan over several pages
    text = f"{first}\n\n栏目：政策法规 发布时间：2017-09-09\n\n四、发展目标\n\n到2020年，农业现代化取得明显进展。\n"
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("——2019年11月20日在某某市第十七届人大常委会第十六次会议上", "2019-11-20"),
        ("（2019年3月2日在某某县第十六届人民代表大会第四次会议上）", "2019-03-02"),
        ("2019年3月2日在某某县第十六届人民代表大会第四次会议上", "2019-03-02"),
        # a scrape glued the date's digits: one reading, the date; two readings, none
        ("——20211227日在市十六届人大常委会第十七次会议上", "2021-12-27"),
        ("--20211116日在市人大常委会会议", "2021-11-16"),
        ("——2021115日在市人大常委会会议上", None),
        # the speaker's line and the address glued after it, or the dateline wrapped onto a second line
        ("——2023年8月31日在区第十七届人大常委会第十五次会议上某区人民政府副区长某某尊敬的主任", "2023-08-31"),
        ("——2022年1月20日在某县第十八届\n人民代表大会第一次会议上", "2022-01-20"),
    ],
    ids=["dash", "in-brackets", "bare", "glued-one-reading", "glued-ascii-dashes-no-shang", "glued-two-readings",
         "run-on-into-the-speaker-and-address", "wrapped-onto-a-second-line"],
)
def test_a_speech_or_reports_dateline_is_its_date(dateline: str, date: str | None) -> None:
    # hand-written in the form of a report a department head delivers to a people's congress committee
    text = (f"关于某某市2020年度预算执行审计查出问题整改情况的报告\n{dateline}\n市审计局局长 某某\n"
            "主任、各位副主任、各位委员：\n受市人民政府委托，现将整改情况报告如下，请予审议。\n"
            "一、整改工作总体推进情况\n市政府高度重视审计整改工作。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.date == date


@pytest.mark.parametrize(
    "title",
    ["关于某某区督察反馈问题整改任务（序号三）整改情况的公示",
     "关于某某区督察反馈问题整改情况的公示情况说明",
     "某某县中央生态环境保护督察反馈问题整改台账"],
    ids=["gongshi", "shuoming", "taizhang"],
)
def test_a_notice_made_public_an_explanation_or_a_ledger_is_titled(title: str) -> None:
    # hand-written in the form of a district's page making a rectification public
    text = (f"{title}\n发布时间：2019-12-13 16:36 来源：区河湖管理中心\n"
            "根据上级要求，现对反馈问题整改完成情况进行公示。\n整改目标：压实责任落实。\n特此公示！\n"
            "某某市某某区河湖管理中心\n2019年12月13日\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_series_heading_and_number_before_the_title_hand_written() -> None:
    # hand-written in the form of a city audit office's announcement: the series' name and number, a dash, the
    # report's title on one line
    text = ("某某市审计局审计结果公告2021年第5号（总第71号）——关于某某市2020年度市级预算执行审计查出问题整改情况的报告\n"
            "发布日期：2021-12-30\n主任、各位副主任、各位委员：\n受市政府委托，现将整改情况报告如下。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title, doc.issuer) == (
        "某某市审计局审计结果公告2021年第5号", "关于某某市2020年度市级预算执行审计查出问题整改情况的报告", ("某某市审计局",))


@pytest.mark.parametrize(
    ("above", "issuer"),
    [
        ("2、职能单位末位排名\n住建局\n", ("某某县环境卫生整治领导小组办公室",)),
        # joint signers under a numbered attachment list: both sign
        ("附件：1.某某县整治工作方案\n2.某某县整治工作通知\n某某县住房和城乡建设局\n",
         ("某某县住房和城乡建设局", "某某县环境卫生整治领导小组办公室")),
    ],
    ids=["ranking-list-above-the-signature", "joint-signers-under-an-attachment-list"],
)
def test_a_name_continuing_a_numbered_list_does_not_sign(above: str, issuer: tuple[str, ...]) -> None:
    # hand-written in the form of a county's inspection bulletin ranking the units last in line
    text = ("关于第一季度全县环境卫生综合整治情况的督查通报\n各乡镇，县直各部门：\n现将督查情况通报如下：\n"
            f"1、乡镇末位排名\n某某镇\n{above}某某县环境卫生整治领导小组办公室\n2020年4月10日\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("first", "body", "title"),
    [
        ("某某督察回头看反馈意见",
         "某某督察“回头看”反馈意见某省整改进展清单一、关于“推进工作安排多、落实少”的问题。整改进展情况：已经完成。\n",
         "某某督察“回头看”反馈意见某省整改进展清单"),
        ("某县2023年九大民生工程实施方案",
         "某县2023年九大民生工程实施方案（试行）为深入贯彻区党代会精神，特制定本方案。一、指导思想\n",
         "某县2023年九大民生工程实施方案（试行）"),
    ],
    ids=["list-opens-the-body", "opening-word-of-the-body"],
)
def test_a_title_run_into_its_body_under_a_shorter_name_hand_written(first: str, body: str, title: str) -> None:
    # hand-written in the form of a document-sharing site: the upload's name, the site's header, then the
    # document's text with its line breaks lost, the title run into its first words
    text = (f"{first}\n\n上传人：某某 文档编号：123456 上传时间：2022-08-05 页数：61\n返回 下载 相关 举报\n"
            f"{first}_第1页\n第1页 / 共61页\n资源描述\n{body}")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_line_opening_with_the_name_but_no_title_leaves_it_hand_written() -> None:
    # the name's words then a sentence, no type word before the body: the name stays the title
    text = "某某区河道整治实施方案\n\n某某区河道整治实施方案已经区政府同意，现予印发。一、工作目标\n"
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某某区河道整治实施方案"


def test_a_file_name_printed_again_before_the_text_is_no_fuller_title_hand_written() -> None:
    # hand-written in the form of a sharing site that prints the file's name over the text run into one line
    text = ("某市储备粮轮换管理办法.docx\n资源ID：1816126\n全文页数：8页\n"
            "某市储备粮轮换管理办法.docx某市储备粮轮换管理办法第一章总则第一条为加强储备粮轮换管理，制定本办法。\n")
    (doc,) = extract_text(text).of(Document)
    assert ".docx" not in (doc.title or "")


def test_a_number_cited_as_hao_wen_is_not_the_documents_own() -> None:
    # hand-written in the form of a city's wage notice applying a province's grades (按…号文的…标准执行)
    text = ("某市人民政府关于调整我市最低工资标准的通知\n各县（市、区）人民政府：\n"
            "我市最低工资标准按某府函〔2025〕23号文的三类标准执行。\n某市人民政府\n2025年2月19日\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.number is None


# ---------------------------------------------------------------------------
# Short notices and minutes whose page prints no standard heading: what is not their title, and
# the masthead, number and signature lines they print instead (each hand-written in the form a page printed)


@pytest.mark.parametrize(
    ("text", "number", "title", "issuer", "date"),
    [
        pytest.param("某府〔2024〕31号\n为切实做好森林防火工作，现就有关事项通告如下：\n一、禁火期\n2024年9月15日至2025年4月30日。\n"
                     "特此通告\n某县人民政府\n2024年9月4日\n",
                     "某府〔2024〕31号", None, ("某县人民政府",), "2024-09-04", id="closing-formula-is-no-title"),
        pytest.param("当前位置：首页 » 重要通告 » 时政通告 » 正文\n重要通告\n推荐图文\n推荐重要通告\n点击排行\n"
                     "为养护水生生物资源，根据有关规定，我部决定实行禁渔期制度，现通告如下。\n",
                     None, None, (), None, id="column-name-of-the-path-is-no-title"),
        pytest.param("文章播报\n〔2011〕28号\n某市人民政府办公室 二○一一年八月二十七日\n一、会议研究了水利改革发展的实施意见。\n"
                     "- 上一篇:关于加快建设质量强市的实施意见\n- 下一篇:某届政府第二十七次常务会议\n",
                     None, None, ("某市人民政府办公室",), "2011-08-27", id="minutes-office-and-chinese-date-on-one-line"),
        pytest.param("第21次\n某县人民政府办公室 2016-4-13\n3-24，县长某某主持召开县人民政府第21次常务会议，研究专项行动方案。\n",
                     None, None, ("某县人民政府办公室",), "2016-04-13", id="minutes-office-and-dashed-date-on-one-line"),
        pytest.param("一、会议研究了住房保障工作。\n二、会议研究了物业管理工作。\n某市住房和城乡建设局办公室 2021年8月16日印\n",
                     None, None, (), "2021-08-16", id="print-line-gives-its-day-not-an-issuer"),
        pytest.param("一、会议研究了住房保障工作。\n二、会议研究了物业管理工作。\n某市住房和城乡建设局办公室\n2021年8月16日印发\n",
                     None, None, (), "2021-08-16", id="print-line-over-two-lines-gives-its-day"),
        pytest.param("摘要\n各县人民政府：经省人民政府同意，决定调整基础养老金最低标准。\n出处\n《某省人民政府公报》\n2023年第5期\n",
                     None, None, (), None, id="gazette-name-is-no-title"),
        pytest.param("某县人民政府森林禁火令\n当前，森林防火已进入特险期，县政府决定发布森林禁火令。\n一、禁火期：2011年4月2日至2011年4月10日。\n",
                     None, "某县人民政府森林禁火令", ("某县人民政府",), None, id="a-seasons-ban-is-a-title"),
        pytest.param("某市公安局公安交通管理局通告\n2023年第10号\n关于2023某市马拉松比赛期间\n对部分道路采取临时交通管制的通告\n"
                     "2023某市马拉松比赛定于2023年4月22日举行，现通告如下。\n某市公安局公安交通管理局\n2023年4月20日\n",
                     "某市公安局公安交通管理局通告2023年第10号", "关于2023某市马拉松比赛期间对部分道路采取临时交通管制的通告",
                     ("某市公安局公安交通管理局",), "2023-04-20", id="bureau-masthead-and-yearly-serial-over-the-title"),
        pytest.param("各乡镇人民政府：\n现将全区年度目标任务下达你们，请确保按时完成。\n特此通知\n附件：某区年度任务分解表\n某区人民政府\n"
                     "2016年8月18日\n附件\n某区年度任务分解表\n项 目\n完成重点项目年度投资计划\n",
                     None, None, ("某区人民政府",), "2016-08-18", id="no-title-below-the-closing-formula"),
        pytest.param("关于禁止露天焚烧秸秆的通告（2020）\n某市人民政府关于禁止露天焚烧秸秆和垃圾的通告\n\n正文\n"
                     "为推进生态文明建设，现通告如下：\n一、全市范围内禁止露天焚烧秸秆。\n",
                     None, "某市人民政府关于禁止露天焚烧秸秆和垃圾的通告", ("某市人民政府",), None,
                     id="database-short-name-with-its-year-gives-way"),
        pytest.param("【养老保险】2022年提高全市居民基础养老金最低标准\n\n日期:2022-09-20 来源: 市人社局\n\n各区人民政府：\n\n"
                     "根据有关规定，经市政府同意，自2022年7月1日起提高基础养老金最低标准。\n\n"
                     "某人社发〔2022〕15号关于提高全市居民基础养老金最低标准的通知.pdf\n",
                     "某人社发〔2022〕15号", "关于提高全市居民基础养老金最低标准的通知", (), None,
                     id="headline-gives-way-to-the-numbered-file-name"),
        pytest.param("The Beginning\n某某区新型冠状病毒感染的肺炎防控指挥部9号通告\n为了全力做好疫情防控工作，根据我区当前疫情防控工作需要，"
                     "现将有关事项通告如下：\n1.禁止人员聚集。\n某某区新型冠状病毒感染的肺炎防控指挥部\n2020年1月29日\n",
                     None, "某某区新型冠状病毒感染的肺炎防控指挥部9号通告", ("某某区新型冠状病毒感染的肺炎防控指挥部",), "2020-01-29",
                     id="notice-heading-over-its-opening-stands-alone"),
        pytest.param("某市某区人民政府 关于禁止野外用火的通告 某文政发〔2021〕4号 各镇人民政府，各街道办事处，区政府各部门：\n"
                     "为保护我区森林资源，根据有关法律法规，制定本通告。\n一、每年11月1日至次年5月31日为森林防火期。\n",
                     "某文政发〔2021〕4号", "某市某区人民政府关于禁止野外用火的通告", ("某市某区人民政府",), None,
                     id="title-number-and-addressees-on-one-line"),
        pytest.param("索引号 | 123456/2022-00123 | 公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |\n"
                     "2022年第八次县政府常务会议确定事项落实情况的通报\n一、总体情况\n会议确定的事项已基本办结。\n",
                     None, "2022年第八次县政府常务会议确定事项落实情况的通报", ("某县政府办公室",), None,
                     id="publishing-office-when-nothing-else-names-a-body"),
        pytest.param("索引号 | 123456/2022-00123 | 公开责任部门 | 县政府法制办 | 公开形式: | 主动公开 |\n"
                     "2022年第八次县政府常务会议确定事项落实情况的通报\n一、总体情况\n会议确定的事项已基本办结。\n",
                     None, "2022年第八次县政府常务会议确定事项落实情况的通报", (), None,
                     id="publishing-office-naming-no-place-is-no-issuer"),
        pytest.param("图片：未命名.jpg\n某市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告为切实保障广大群众生命安全和身体健康，防止疫情扩散蔓延，"
                     "决定扩大防范区范围，现就有关事项通告如下：即日起将某县列为防范区，对防范区加强社会面管控，严格限制人员聚集。"
                     "本通告自9月19日零时起执行。某市应对新冠肺炎疫情工作指挥部2021年9月18日\n",
                     None, "某市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告", ("某市应对新冠肺炎疫情工作指挥部",), "2021-09-18",
                     id="page-on-one-line-opens-with-its-title"),
    ],
)
def test_a_notice_without_a_standard_heading(text: str, number: str | None, title: str | None,
                                             issuer: tuple[str, ...], date: str | None) -> None:
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert (doc.number, doc.title, doc.issuer, doc.date) == (number, title, issuer, date)
    assert not any(c.to_title and c.to_title.endswith("公报") for c in res.of(Citation))


def test_a_header_block_then_the_document_is_one_document() -> None:
    # hand-written in the form of a law mirror: a metadata block over the document, whose title runs over lines
    text = ("国务院关于同意某某市为国家历史文化名城的批覆\n国函〔2011〕70号\n2011年5月8日\n发布机关：国务院\n\n"
            "国务院关于同意某某市为\n\n国家历史文化名城的批覆\n\n国函〔2011〕70号\n\n某某省人民政府：\n"
            "你省《关于某某市申报国家历史文化名城的请示》收悉。现批复如下：\n一、同意将某某市列为国家历史文化名城。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title, doc.date) == ("国函〔2011〕70号", "国务院关于同意某某市为国家历史文化名城的批复", "2011-05-08")


def test_a_status_tag_after_the_title_sets_nothing() -> None:
    text = "某某网--法规库\n某部关于印发《某某资金管理办法》的通知[失效]\n\n第一条 为规范资金管理，制定本办法。\n"
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.expires) == ("某部关于印发《某某资金管理办法》的通知", None)


# ---------------------------------------------------------------------------
# Pages without a usual head: the title is still found, and only there


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("某市农村人居环境整治提升奖励办法\n为深入推进农村人居环境整治，结合本市实际，制定如下办法。\n一、奖励对象\n",
                     "某市农村人居环境整治提升奖励办法", id="title-without-guanyu-over-the-opening"),
        pytest.param("某街道2023年安全生产工作方案为切实做好今年的安全生产工作，特制定本方案。一、工作目标全年不发生较大事故。\n",
                     "某街道2023年安全生产工作方案", id="title-run-into-the-opening-on-one-line"),
        pytest.param("某县促进中小企业发展行动方案(征求意见稿)(2023-2025年)为深入贯彻落实决策部署，制定本方案。一、总体要求\n",
                     "某县促进中小企业发展行动方案（征求意见稿）（2023-2025年）", id="title-with-two-notes-run-into-the-opening"),
        pytest.param("您的位置: 网站首页 >> 投资政策 >> 正文\n某县工业项目招商引资奖励办法(试行)(三)\n"
                     "信息来源:某县经济合作局 | 发布日期:2023-07-19\n第三条 奖励标准\n对引进的项目给予奖励。\n",
                     "某县工业项目招商引资奖励办法（试行）", id="portal-heading-with-the-part-it-prints"),
        pytest.param("资源预览内容\n第1页 / 共2页\n亲,该文档总共2页全部预览完了!\n内容描述\n"
                     "园区招商引资奖励办法为了加快园区发展，调动各方招商积极性，特制定本办法。一、奖励对象\n",
                     "园区招商引资奖励办法", id="title-run-into-the-opening-under-a-sharing-site-label"),
        # hand-written in the form of a sharing site's sample text: 范文 after the title's type word, the plan naming
        # what it carries out (贯彻落实), then the body's opening
        pytest.param("某区贯彻落实巡察反馈意见整改方案范文为切实抓好巡察反馈意见整改落实，特制定如下整改方案：一、指导思想\n",
                     "某区贯彻落实巡察反馈意见整改方案", id="sample-text-word-after-a-title-run-into-the-opening"),
        pytest.param("文档信息\n- 页数:5\n《某县河湖长制工作考核评分表.docx》由会员分享，可在线阅读，更多相关《某县河湖长制工作考核评分表.docx(5页)》请在某文库上搜索。\n"
                     "1、某县河湖长制工作考核评分表考核内容分值一、制度建设（20分）\n",
                     "某县河湖长制工作考核评分表", id="document-sharing-line-names-the-file"),
        # a sharing site's file name over a red-headed copy run on one line: the masthead, the number, then the text's
        # own title (heldAD15 14), which the file's name words otherwise
        pytest.param("关于下达2023年第一批财政衔接推进乡村振兴补助资金项目绩效目标的通知.docx\n\n"
                     "邵阳市北塔区财政局文件 邵北财农绩﹝2023﹞1 号 关于下达 2023 年第一批财政衔接推进乡村 振兴补助资金绩效目标批复的通知 "
                     "各镇(街道)、各区直有关单位: 根据《财政专项扶贫资金绩效管理操作指南(试行)》(财 办农〔2019〕68 号)等相关文件要求,"
                     "现将审核通过的 2023 年第一批财政衔接推进乡村振兴补助资金项目绩效目标批复 给你单位,并就有关事项通知如下。\n",
                     "关于下达2023年第一批财政衔接推进乡村振兴补助资金绩效目标批复的通知", id="red-head-title-over-the-file-name"),
        pytest.param("关于做好某项工作的通知.pdf\n某县教育局文件 某教发〔2022〕3 号 关于做好2022年某项工作的补充通知 各学校: "
                     "为做好某项工作,根据上级有关文件精神,结合我县实际,现将有关事项补充通知如下。 一、提高认识,加强领导。"
                     "各学校要高度重视,明确责任人,确保各项工作按时完成。 二、强化督查,确保实效。\n",
                     "关于做好2022年某项工作的补充通知", id="red-head-title-over-the-file-name-hand-written"),
        # a year-end summary's title naming the next year's work (heldY13 11), then the body opening with a year
        pytest.param("2023年镇法治政府建设工作总结及2024年工作思路\n2023年以来,镇以A新时代中国特色社会主义思想、党的二十大精神为指导,"
                     "主动对标市、县法治政府建设示范标准,现将我镇法治政府建设工作情况总结如下:\n一、法治建设工作开展情况\n",
                     "2023年镇法治政府建设工作总结及2024年工作思路", id="summary-and-next-years-ideas-title"),
        pytest.param("某街道2022年工作总结和2023年工作打算\n2022年，街道围绕中心工作，扎实推进各项任务。\n一、2022年工作开展情况\n",
                     "某街道2022年工作总结和2023年工作打算", id="summary-and-next-years-plans-title-hand-written"),
        # a list of rules with no title (heldZ13 10): its first item's head is no title
        pytest.param("1、 征收耕地補償標準為旱田平均每畝補償5點3萬元、水田平均每畝補償9萬元、菜田平均每畝補償15萬元;\n"
                     "2、 征收基本農田補償標準為旱田平均每畝補償5點8萬元、水田平均每畝補償9點9萬元。\n",
                     None, id="numbered-list-item-is-no-title"),
        pytest.param("1、某县宅基地面积标准为每户不超过120平方米。\n2、某县宅基地审批办法为先申请后审批。\n",
                     None, id="numbered-list-item-is-no-title-hand-written"),
    ],
)
def test_title_of_a_page_without_a_usual_head(text: str, title: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_document_sharing_line_is_no_citation() -> None:
    text = ("《某市贯彻落实《某省促进民营经济发展若干措施》实施方案.docx》由会员上传分享，免费在线阅读。\n"
            "1、某市贯彻落实某省促进民营经济发展若干措施实施方案为深入贯彻落实决策部署，制定本方案。\n")
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.title == "某市贯彻落实《某省促进民营经济发展若干措施》实施方案"
    assert all(".doc" not in (c.to_title or "") for c in res.of(Citation))


def test_a_notice_title_below_a_document_sharing_line_wins() -> None:
    text = ("《某盟公文处理实施细则.docx》由会员分享，可在线阅读。\n"
            "某盟行政公署办公室关于印发某盟公文处理实施细则的通知\n（某署办发〔2007〕22号）\n各旗人民政府：\n现将细则印发给你们。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某盟行政公署办公室关于印发某盟公文处理实施细则的通知"


def test_a_headless_forwarding_notice_takes_no_title_of_the_text_it_forwards() -> None:
    text = ("各省、自治区、直辖市人民政府，国务院各部委：\n"
            "甲部、乙委《关于在某领域推广某合作模式的指导意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n"
            "国务院办公厅\n2015年5月19日\n关于在某领域推广某合作模式的指导意见\n甲部 乙委\n为推进改革，提出如下意见。\n")
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.title is None
    assert {(c.to_title, c.relation) for c in res.of(Citation)} == {
        ("关于在某领域推广某合作模式的指导意见", Relation.FORWARDS)}


def test_a_headless_joint_notice_names_its_issuers_in_prose() -> None:
    text = ("各省、自治区、直辖市自然资源主管部门、财政厅（局）：\n"
            "为规范工程实施，自然资源部、财政部、生态环境部研究制定了《某某修复工程指南（试行）》。现予印发，请结合实际做好相关工作。\n"
            "附件：某某修复工程指南（试行）\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == ("自然资源部", "财政部", "生态环境部")


def test_metadata_issuers_glued_and_a_title_issuer_cut_short() -> None:
    text = ("发文标题: 某省财政某省国家税务局某省地方税务局关于某事项的公告\n发文文号: 某省国家税务局公告2016年第6号\n"
            "发文部门: 某省财政厅 某省地方税务局 某省国家税务局\n发文时间: 2016-4-22\n"
            "某省财政某省国家税务局某省地方税务局关于某事项的公告\n现将有关事项公告如下：\n一、本公告自2016年5月1日起施行。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == ("某省财政厅", "某省国家税务局", "某省地方税务局")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("某镇2024年度重点工作计划二季度执行情况\n\n序号\n重点工作\n责任领导\n工作任务安排\n1\n道路提升工程\n",
                     "某镇2024年度重点工作计划二季度执行情况", id="first-line-names-a-report"),
        pytest.param("2024年《政府工作报告》重点工作目标任务分解表\n附件\n2024年《政府工作报告》重点工作目标任务分解表\n序号 | 目标与任务 | 牵头单位 |\n",
                     "2024年《政府工作报告》重点工作目标任务分解表", id="first-line-names-a-table"),
        pytest.param("扫描二维码随身看资讯\n正在阅读：【某某政策落实】某镇巡河工作具体要求\n1.镇级河长每月巡河至少1次。\n",
                     "某镇巡河工作具体要求", id="column-tag-after-a-page-label"),
        pytest.param("1、 2 某县农村道路建设项目计划表 (2020-2022 年度 ) 填报单位(盖章) 单位:万元 序号 项目名称 建设地点 "
                     "建设内容 总投资 1 某村道路硬化 某村 硬化道路3公里 120\n2、0 2 某村桥梁改造 某村 新建桥梁1座 80\n",
                     "某县农村道路建设项目计划表（2020-2022年度）", id="table-run-together-with-its-header-after-a-chunk-mark-hand-written"),
        pytest.param("某区老旧小区改造任务清单表序号小区名称改造内容责任单位1东风小区管网改造区住建局2西湖小区屋面修缮区住建局\n",
                     "某区老旧小区改造任务清单表", id="table-title-glued-to-its-header-hand-written"),
    ],
)
def test_title_of_a_table_or_report_page(text: str, title: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title
    assert doc.issuer == ()


def test_a_bracket_under_the_title_dates_it_before_its_number() -> None:
    text = "（2018年1月3日 某办发〔2018〕2号）\n经某院同意，现将修订后的《某考核办法》印发给你们，请认真贯彻执行。\n"
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.date) == ("某办发〔2018〕2号", "2018-01-03")


def test_a_law_database_names_the_effective_day_execution_date() -> None:
    text = ("某市人民政府办公室关于印发《某考核办法》的通知\n"
            "发文单位:某市人民政府办公室 文 号:某政办[2007]158号 发布日期:2007-11-13 执行日期:2007-11-13 各县区人民政府：现印发给你们。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.effective == "2007-11-13"


def test_a_reports_dateline_glued_after_its_title_dates_it() -> None:
    # hand-written in the form of a work report saved as one line: title, dateline, speaker and address run together
    text = ("政府工作报告——2015年1月6日在某某区第五届人民代表大会第三次会议上某某区人民政府区长某某各位代表：现在，"
            "我代表区人民政府向大会作工作报告，请予审议。一、过去一年工作回顾\n全区生产总值增长8%。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.date == "2015-01-06"


def test_a_reply_quoting_the_requests_number_has_no_number_of_its_own() -> None:
    # hand-written in the form of a law database's copy of a court's 批复: the request's number, year first, in the
    # reply's first sentence (你院…号…的请示收悉)
    text = ("某某人民法院关于某某案件适用法律问题的批复\n\n某省高级人民法院：\n"
            "你院（1991）某法民请字第3号关于某某案件适用法律问题的请示收悉。经研究，答复如下：\n"
            "一、人民法院审理此类案件，应当依照有关规定处理。\n")
    res = extract_text(text)
    (doc,) = res.of(Document)
    assert doc.number is None
    assert [(c.to_number, c.relation) for c in res.of(Citation) if c.to_number] == [("〔1991〕某法民请字第3号", Relation.CITES)]


def test_a_first_sentence_opening_with_a_date_and_the_maker_is_no_date_line() -> None:
    # hand-written: a notice without number or signature whose first sentence opens with a day and its maker
    text = ("某县人民政府关于表扬防汛工作先进集体的通报\n"
            "2023年7月20日，某县人民政府召开防汛工作会议，部署防汛工作。各乡镇表现突出，予以通报表扬。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.date is None


def test_a_law_mirrors_date_line_under_a_title_naming_its_maker() -> None:
    # hand-written in the form of a law database's record: the title twice, the maker's field between, then the
    # date and the maker, the scrape running the addressee on after them
    text = ("某某人民法院关于某某问题的批复\n作者：某某资料网 时间：2024-06-17\n某某人民法院关于某某问题的批复\n"
            "某某人民法院\n某某人民法院关于某某问题的批复\n1991年5月6日，某某人民法院\n某省高级人民法院：\n"
            "你院关于某某问题的请示收悉。经研究，答复如下：\n一、此类问题，应当依照有关规定处理。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.date) == ("某某人民法院关于某某问题的批复", "1991-05-06")


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("（2011年5月20日某某市第十四届人民代表大会常务委员会第二十次会议通过；"
         "2011年7月29日某某省第十一届人民代表大会常务委员会第二十三次会议批准）", "2011-07-29"),
        ("2018年3月2日县第十七届人大常委会第九次会议通过）", "2018-03-02"),
        ("（2018年3月2日县第十七届人大常委会第九次会议通过 2018年3月10日起施行）", "2018-03-02"),
    ],
    ids=["adopted-then-approved", "opening-bracket-lost", "adopted-then-in-force"],
)
def test_an_adoption_note_dates_the_text(note: str, date: str) -> None:
    # hand-written in the forms of a city's regulation a province approves and a county committee's opinion
    text = (f"某某县人民代表大会常务委员会关于某某县2018年计划执行情况的审查意见\n某人大常发〔2018〕5号\n{note}\n"
            "会议听取和审议了县人民政府关于某某县2018年计划执行情况的报告。\n会议认为，上半年全县经济运行平稳。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.date == date


@pytest.mark.parametrize("serial", ["（第7号）", "第七号"], ids=["bracketed", "bare"])
def test_a_congress_announcement_named_over_two_lines_is_one_number_and_one_issuer(serial: str) -> None:
    # hand-written in the form of a prefecture congress committee's 公告: its name broken over two lines, the
    # serial alone under it, the signature broken the same way
    text = (f"某某自治州人民代表大会\n常务委员会公告\n{serial}\n《某某自治州河道管理条例》已于2023年3月1日由某某自治州"
            "人民代表大会常务委员会第九次会议通过，现予公布，自2023年6月1日起施行。\n特此公告。\n"
            "某某自治州人民代表大会\n常务委员会\n2023年4月10日\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.issuer) == ("某某自治州人民代表大会常务委员会公告第7号", ("某某自治州人民代表大会常务委员会",))


def test_a_mirror_maker_field_naming_its_approver_first_gives_the_maker() -> None:
    # hand-written in the form of a law mirror's copy of an old city rule: between two copies of its title, the
    # maker field names the government that approved it, then the commission that made it (市某委, the city's)
    text = ("某某市停车场收费管理办法\n作者：某某资料网 时间：2024-07-01\n某某市停车场收费管理办法\n"
            "某某市政府批准市物价委\n\n某某市停车场收费管理办法\n\n第一条 为加强停车场收费管理，制定本办法。\n"
            "第二条 本办法由市物价委负责组织实施。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == ("某某市物价委",)


def test_a_regulation_note_dates_it_by_its_last_approval_and_names_the_adopting_congress() -> None:
    # hand-written in the form of a city's regulation under its name: adopted, approved, revised, approved again,
    # the steps glued or apart by a space; the last approval dates it, the city's congress committee issues it
    text = ("某某市犬只管理条例\n（2012年4月20日某某市第十五届人民代表大会常务委员会第三次会议通过2012年6月1日某某省"
            "第十二届人民代表大会常务委员会第五次会议批准 2020年9月8日某某市第十七届人民代表大会常务委员会第十次会议"
            "修订 2020年11月26日某某省第十三届人民代表大会常务委员会第二十一次会议批准）\n第一章 总则\n"
            "第一条 为了规范犬只管理，制定本条例。\n第二条 本条例适用于本市行政区域内的犬只管理活动。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.date, doc.issuer) == ("某某市犬只管理条例", "2020-11-26", ("某某市人民代表大会常务委员会",))


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("政策解读┃关于某某县《重点工作分工方案》的解读", "关于某某县《重点工作分工方案》的解读"),
        ("（某某省）某某县2022年政府工作报告", "某某县2022年政府工作报告"),
        ("某某市人民政府关于调整某某标准的通知（某某镇参照执行）", "某某市人民政府关于调整某某标准的通知"),
    ],
    ids=["category-before-a-heavy-bar", "province-tag-in-brackets", "repost-note-applying-it"],
)
def test_what_a_site_puts_around_a_title_is_left_out(heading: str, title: str) -> None:
    # hand-written in the forms of county portals: a column's name, the province a text comes from, a town's note
    text = (f"{heading}\n发布机构：某某县人民政府办公室 发布日期：2023-03-06\n"
            "某某县人民政府办公室印发了《方案》，现就主要内容说明如下：\n一、总体要求\n坚持稳中求进，推动各项工作落实。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("2022年某某市电梯安全管理条例最新版【全文】\n\n2022年某某市电梯安全管理条例最新版【全文】",
         "某某市电梯安全管理条例"),
        ("《某某市河道管理办法》全文", "某某市河道管理办法"),
        ("某某市2023年政府工作报告（全文）", "某某市2023年政府工作报告"),
    ],
    ids=["year-and-latest-full-text-printed-twice", "quoted-name-then-full-text", "year-of-a-report-kept"],
)
def test_a_law_sites_full_text_note_is_left_out_of_the_title(head: str, title: str) -> None:
    # hand-written in the forms of law sites: the year they date their copy by, 最新版, 【全文】 or 全文 after the name
    text = (f"{head}\n第一章 总则\n第一条 为了加强管理，制定本条例。\n第二条 本条例适用于本市行政区域。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_sentence_about_a_texts_short_name_is_no_title() -> None:
    # hand-written in the form of a news page about a regulation: a line opening with its short name in 《》
    text = ("日前，某某市出台了《某某市市容管理条例》。\n《条例》还作出了规定\n"
            "（一）乱扔垃圾的，由城市管理部门责令改正；\n（二）占道经营的，由城市管理部门责令改正。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title != "《条例》还作出了规定"


def test_a_databases_year_after_a_title_the_text_prints_without() -> None:
    # hand-written in the form of a law database telling apart texts of one name by their year
    text = ("某某市某某管理规定（2005年）\n作者：某某资料网 时间：2024-06-25\n某某市某某管理规定（2005年）\n"
            "某某市人民政府\n某某市某某管理规定\n第一条 为了加强某某管理，制定本规定。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某某市某某管理规定"


def test_a_mirror_heading_naming_the_rules_over_the_notice_that_issues_them() -> None:
    # hand-written in the form of a law database's record of a ministry's 发布 notice: the rules' name heads it,
    # the ministry's field under it, then the notice's own title
    text = ("某某工程管理暂行规定\n作者：某某资料网 时间：2024-07-09\n某某工程管理暂行规定\n某某部\n"
            "关于发布《某某工程管理暂行规定》的通知\n某部发（2003）12号\n各省、自治区、直辖市某某主管部门：\n"
            "为加强某某工程管理，我部制定了《某某工程管理暂行规定》，现予发布，请遵照执行。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "关于发布《某某工程管理暂行规定》的通知"


def test_a_signature_padded_with_a_mirrors_question_marks_is_read() -> None:
    # hand-written in the form of a mirror that lost its non-breaking spaces, each printed as ASCII "?"
    text = ("某某市人民政府关于印发某某市大气污染防治三年行动方案的通知\n各区人民政府，市各委、办、局：\n"
            "现将《某某市大气污染防治三年行动方案》印发给你们，请认真贯彻落实。\n?\n"
            "??????????????? ?某某市人民政府\n????????????? 2019年3月8日\n?\n一、总体要求\n坚持标本兼治。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (("某某市人民政府",), "2019-03-08")


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        # real (a traditional-script mirror of a province's notice, held-out AC15, 09): the lost padding closes the lines
        pytest.param("甘政發〔2023〕8號\n各市、自治州人民政府,省政府各部門:\n《甘肅省人民政府工作規則》已經2023年1月19日"
                     "省政府黨組(擴大)會議審議通過,現印發給你們,請遵照執行。\n甘肅省人民政府????????\n2023年1月19日????????\n"
                     "(此件公開發布)\n", ("甘肃省人民政府",), "2023-01-19", id="padding-closing-the-signature-lines"),
        pytest.param("关于做好某事的通知\n各区人民政府：\n现将有关事项通知如下，请认真贯彻落实。\n某某市人民政府??\n"
                     "2019年3月8日???\n", ("某某市人民政府",), "2019-03-08", id="short-padding-closing-the-signature-lines"),
    ],
)
def test_a_signature_closed_by_a_mirrors_question_marks_is_read(text: str, issuer: tuple[str, ...], date: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (issuer, date)


def test_a_law_databases_attribute_block_glued_on_one_line() -> None:
    # hand-written in the form of a document-sharing copy of a law database's page, its line breaks lost
    text = ("某某市人民政府关于加快某某事业发展的若干意见文章属性•【制定机关】某某市人民政府•【公布日期】2006.03.15"
            "•【字号】某政函[2006]12号•【施行日期】2006.03.15•【效力等级】地方规范性文件•【时效性】现行有效"
            "•【主题分类】基础教育正文某某市人民政府关于加快某某事业发展的若干意见(某政函〔2006〕12号)各区、县人民政府："
            "为加快某某事业发展，现提出如下意见。\n一、明确目标任务\n到2008年，全市某某覆盖率达到90%以上。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.date, doc.number) == ("某某市人民政府关于加快某某事业发展的若干意见", "2006-03-15",
                                                 "某政函〔2006〕12号")


@pytest.mark.parametrize(
    ("head", "title", "issuer"),
    [
        ("《某某市政府印发某某市水污染防治2019年行动计划》\n• 发布时间：2019-05-06\n• 某某市水污染防治2019年行动计划\n",
         "某某市水污染防治2019年行动计划", ("某某市政府",)),
        ("《【政策法规】某某省发布土壤污染防治攻坚三年作战方案(2019—2021年)》\n• 发布时间：2019-05-06\n"
         "日前，某某省印发《某某省土壤污染防治攻坚三年作战方案(2019—2021年)》。\n某某省土壤污染防治攻坚三年作战方案\n"
         "(2019—2021年)\n", "某某省土壤污染防治攻坚三年作战方案（2019—2021年）", ()),
        ("某某省高标准农田建设规划\n(2023—2030年)\n二〇二三年五月\n", "某某省高标准农田建设规划（2023—2030年）", ()),
        ("首页 > 范文库\n某某县道路交通安全集中整治行动方案(共3篇)\n", "某某县道路交通安全集中整治行动方案", ()),
        ("某某市人民政府工作规则 (2012年5月10日市政府第1次常务会议通过,2016年10月26日市政府第80次常务会议修订通过)\n",
         "某某市人民政府工作规则", ()),
        ("某某县数字乡村建设2024年工作要点\n来源:某某网 更新时间:2024-03-05\n"
         "某某县人民政府办公室关于印发某某县数字乡村建设2024年工作要点的通知\n各乡镇人民政府：\n"
         "《某某县数字乡村建设2024年工作要点》已经县政府同意，现印发给你们。\n某某县人民政府办公室\n2024年3月1日\n",
         "某某县人民政府办公室关于印发某某县数字乡村建设2024年工作要点的通知", ("某某县人民政府办公室",)),
        ("某某县推进智慧农业发展三年行动计划(2024-2026年) 某某县推进智慧农业发展三年行动计划(2024-2026年) |\n",
         "某某县推进智慧农业发展三年行动计划（2024-2026年）", ()),
        ("某某县特色农产品基地建设项目实施方案\n某某县特色农产品基地建设项目实施方案 根据有关文件精神，结合我县实际，制定本方案。\n",
         "某某县特色农产品基地建设项目实施方案", ()),
    ],
    ids=["news-headline-over-the-plan", "column-tag-headline-over-the-plan-and-its-period", "period-on-its-own-line",
         "listings-count-of-pieces", "adoption-history-in-brackets", "page-headline-over-the-notice-issuing-it-unquoted",
         "header-cell-printing-the-title-twice", "first-body-line-opening-with-the-title-again"],
)
def test_a_title_taken_from_its_own_place(head: str, title: str, issuer: tuple[str, ...]) -> None:
    # hand-written in the forms of library reposts, portals' plan pages, essay sites and rule books
    text = head + "\n为切实改善某某环境质量，制定本方案。\n一、工作目标\n到2021年，某某达标比例达到80%以上。\n"
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer) == (title, issuer)


@pytest.mark.parametrize(
    ("head", "title", "issuer"),
    [
        ("Page 12 - 某某省人民政府办公厅关于印发某某省老旧小区改造实施方案的通知\nP. 12\n",
         "某某省人民政府办公厅关于印发某某省老旧小区改造实施方案的通知", ("某某省人民政府办公厅",)),
        ("中文名 | 某某县关于加快5G基站建设的实施方案 | 发布单位 | 某某县人民政府 |\n---|\n",
         "某某县关于加快5G基站建设的实施方案", ("某某县人民政府",)),
        ("某某市人民政府办公室关于印发某某市新型基础设施建设行动计划的通知\n各县（区）人民政府，市直各单位：\n"
         "《某某市新型基础设施建设行动计划》已经市政府同意，现印发给你们，请认真组织实施。\n某某市人民政府办公室\n"
         "政府办公室\n2023年11月20日\n（此件主动公开）\n",
         "某某市人民政府办公室关于印发某某市新型基础设施建设行动计划的通知", ("某某市人民政府办公室",)),
    ],
    ids=["pdf-viewers-page-mark-before-the-title", "baike-infobox-row", "seal-line-under-the-signature"],
)
def test_page_clutter_around_the_head_is_no_part_of_its_facts(head: str, title: str, issuer: tuple[str, ...]) -> None:
    # hand-written in the forms of a PDF viewer's running head, a baike page's infobox and a repost's seal line
    text = head + "为加快某某建设，制定本方案。\n一、工作目标\n到2025年，建成5G基站600个。\n"
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer) == (title, issuer)


def test_a_lead_naming_a_bare_month_reports_no_header() -> None:
    # hand-written in the form of a news roundup: its lead names a national plan issued 今年1月, the page reports
    # the provinces' work, not that plan
    text = ("聚焦某某规划纲要出台首年，各地这么干\n今年1月，中共中央、国务院印发了《某某强国建设规划纲要（2024-2035年）》，"
            "为某某强国建设画出蓝图。\n记者梳理了31个省份的政府工作报告，发现各地把某某工作摆在突出位置。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title != "某某强国建设规划纲要（2024-2035年）"


def test_joint_issuers_a_headline_prints_apart_by_a_space_are_two() -> None:
    # hand-written in the form of a news portal's page: the headline's issuers apart by a space, the lead's by 、
    text = ("首页 > 要闻\n中共中央办公厅 国务院办公厅印发《某某农田建设实施方案》\n时间：2025-03-31 来源：某某网\n"
            "近日，中共中央办公厅、国务院办公厅印发了《某某农田建设实施方案》，并发出通知。\n"
            "《某某农田建设实施方案》全文如下。\n一、总体要求\n到2030年，累计建成高标准农田500万亩。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == ("中共中央办公厅", "国务院办公厅")


def test_a_gazette_masthead_is_no_document_and_its_weekday_date_is_read() -> None:
    # hand-written in the form of a gazette issue's first page: issue, series, date with its weekday, masthead
    def page(issue: int, day: str) -> str:
        return (f"第 {issue} 期\n第一组\n某某公报由第一组及第二组组成\n二零二一年九月{day}日，星期一\n某某特别行政区公报\n"
                "目 录\n某某特别行政区\n- 修改某某制度。\n- 发行并流通以某某为题之邮票。\n")

    first, second = extract_text(page(38, "二十")), extract_text(page(39, "二十七"))
    (gazette,) = first.of(Gazette)
    assert (gazette.issue, gazette.published) == (38, "2021-09-20")
    (a,), (b,) = first.of(Document), second.of(Document)
    assert a.title is None and b.title is None and a.key != b.key


def test_a_signature_date_stripped_of_its_words_is_read_by_the_bylines_publication_date() -> None:
    # hand-written in the form of a portal's copy whose 年月日 were stripped: 2020115 is 2020-01-15 or 2020-11-05,
    # and the byline's empty labels, apart by bars, run on into its 发布日期 (the later reading is after it)
    text = ("某某市人民政府关于印发《某某市人民政府工作规则》的通知\n作者：|信息来源：|发布日期：2020-02-06 10:37\n"
            "各县、区人民政府，市政府各部门：\n《某某市人民政府工作规则》已经市政府全体会议审议通过，现印发给你们，请认真贯彻执行。\n"
            "\n2020115\n（此件公开发布）\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.date == "2020-01-15"


# ---------------------------------------------------------------------------
# Reports of results: a communiqué's, a summary's, a budget page's identity (hand-written in their forms)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        pytest.param("2023年某县国民经济和社会发展统计公报 2023", "2023年某县国民经济和社会发展统计公报",
                     id="communique-title-then-the-year-the-page-files-it-under"),
        pytest.param("中华人民共和国2023年国民经济和社会发展统计公报[1]\n国家统计局\n2024年2月29日",
                     "中华人民共和国2023年国民经济和社会发展统计公报", id="communique-title-then-a-footnote-mark"),
        pytest.param("2023年某县政府半年工作总结", "2023年某县政府半年工作总结", id="half-year-summary"),
        pytest.param("某镇上半年工作情况总结及下半年工作打算", "某镇上半年工作情况总结及下半年工作打算",
                     id="summary-and-the-work-to-come"),
        pytest.param("2024年政府预算公开\n目 录\n第一部分 预算报告\n第二部分 预算草案", "2024年政府预算公开",
                     id="budget-made-public-over-its-table-of-contents"),
    ],
)
def test_a_report_pages_first_line_is_its_title(first: str, title: str) -> None:
    text = (f"{first}\n\n2023年，全县上下坚持稳中求进工作总基调，经济运行稳中向好。\n"
            "一、综合\n全年实现地区生产总值120亿元，比上年增长5.2%。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_communique_title_is_no_gazettes_masthead() -> None:
    # a communiqué ends in 公报 as a government's gazette does, but names its year: one document, no periodical
    text = ("2023年某市国民经济和社会发展统计公报\n2023年，全市经济运行稳中有进。\n一、综合\n"
            "全年实现地区生产总值2000亿元，比上年增长5%。\n")
    res = extract_text(text)
    assert res.of(Gazette) == []
    (doc,) = res.of(Document)
    assert (doc.title, doc.gazette) == ("2023年某市国民经济和社会发展统计公报", None)


def test_a_breadcrumb_after_its_icons_name_stays_off_the_title() -> None:
    # a congress portal's trail after its icon's file name, then the report's title, then its two-line heading
    text = ("ico-crumb.png 首页 > 常委会会议 > 常委会会刊 > 第37次会议\n\n某区2023年预算执行情况和2024年预算草案的报告\n\n"
            "日期: 2023-12-24\n\n某区2023年预算执行情况\n\n2024年预算草案的报告\n\n主任、各位副主任、各位委员：\n\n"
            "受某区人民政府委托，向大会报告本区2023年预算执行情况和2024年预算草案，请予审议。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某区2023年预算执行情况和2024年预算草案的报告"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param("某县2023年国民经济和社会发展统计公报\n\n发布时间：2024-04-11 15:09信息来源：某县统计局\n\n"
                     "2023年，全县经济运行稳中向好。\n", ("某县统计局",), id="source-label-naming-a-body"),
        pytest.param("某县2023年国民经济和社会发展统计公报\n\n发布时间：2024-04-11 15:09信息来源：某县融媒体中心\n\n"
                     "2023年，全县经济运行稳中向好。\n", (), id="source-label-naming-a-newsroom"),
        pytest.param("某县2023年国民经济和社会发展统计公报\n\n来源：某某网\n\n2023年，全县经济运行稳中向好。\n", (),
                     id="source-label-naming-a-site"),
        pytest.param("关于某区2023年上半年预算执行情况的报告\n发布日期：2023-08-05 来源：某区财政局\n\n"
                     "——2023年7月30日在某区第三届人民代表大会\n\n常务委员会第二十九次会议上\n\n某市某区人民政府\n\n"
                     "区人大常委会：\n\n受区人民政府的委托，现向区人大常委会报告预算执行情况，请予审议。\n",
                     ("某市某区人民政府",), id="government-on-its-line-under-the-dateline"),
        pytest.param("关于某区2023年上半年预算执行情况的报告\n\n——2023年7月30日在某区人大常委会第二十九次会议上\n\n"
                     "某区财政局局长 某某某\n\n区人大常委会：\n\n受区人民政府的委托，现向区人大常委会报告预算执行情况。\n",
                     (), id="speaker-under-the-dateline-is-no-body"),
        pytest.param("市统计局\n市调查队\n\n2023年，全市经济运行稳中向好。\n", (),
                     id="header-lines-of-bodies-naming-no-place"),
        pytest.param("某 某 市  统 计 局\n国家统计局某某调查队\n\n2023年，面对复杂严峻的环境，全市经济运行稳中向好。\n",
                     ("某某市统计局", "国家统计局某某调查队"), id="letter-spaced-header-lines-of-bodies-over-the-text"),
    ],
)
def test_a_report_page_without_signature_names_its_issuer(text: str, issuer: tuple[str, ...]) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == issuer


def test_a_byline_naming_a_body_is_the_issuer_of_an_unsigned_page() -> None:
    """Form: a procurement site's page, a byline 作者：某局 under the title and no signature under the text; a
    byline naming a person names no issuer."""
    body = "某某市级政府集中采购目录\n{}发布于:2015-03-02 09:10:00\n各预算单位：\n现将采购目录印发给你们，请遵照执行。\n"
    (doc,) = extract_text(body.format("作者:某某市财政局 ")).of(Document)
    assert doc.issuer == ("某某市财政局",)
    (doc,) = extract_text(body.format("作者:张三 ")).of(Document)
    assert doc.issuer == ()


def test_a_section_signing_its_notice_under_its_bureaus_title() -> None:
    """Form: a bureau's section (某某科) names itself after its bureau in the title and signs alone."""
    text = ("某某市财政局政府采购管理科关于做好年度采购计划编报工作的通知\n市级各部门：\n请按时报送采购计划。\n"
            "政府采购管理科\n2016年1月5日\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (("某某市财政局政府采购管理科",), "2016-01-05")


def test_a_masthead_body_and_date_glued_before_the_title() -> None:
    """Form: a page whose line breaks were lost, the masthead's body and date run into the title."""
    text = "某某县人民政府2022年5月6日某某县促进服务业发展的若干措施（试行）为加快服务业发展，制定如下措施。"
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer, doc.date) == ("某某县促进服务业发展的若干措施（试行）", ("某某县人民政府",), "2022-05-06")


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        # hand-written in the form of a portal's title field: the number in square brackets before the title
        ("- 发文字号: 某政办发〔2022〕7号\n- 标题: [某政办发〔2022〕7号]某某市人民政府办公室关于印发某某市2022年政务公开工作要点的通知\n"
         "各县区人民政府：\n现将工作要点印发给你们。\n",
         "某政办发〔2022〕7号", "某某市人民政府办公室关于印发某某市2022年政务公开工作要点的通知"),
        # hand-written in the form of a sharing site's file name: the number, a colon, then the title
        ("文库 - 精品文档\n某政办字〔2018〕12号:关于印发某某市2018年政务公开工作要点的通知.pdf\n\n"
         "各镇人民政府：\n现将工作要点印发给你们。\n",
         "某政办字〔2018〕12号", "关于印发某某市2018年政务公开工作要点的通知"),
        # hand-written: the number glued before the title line, then printed again on its own line
        ("某县政办发〔2015〕9号某某县人民政府办公室关于印发某某县夜间经济发展方案的通知\n某县政办发〔2015〕9号\n"
         "各镇人民政府：\n现将方案印发给你们。\n二○一五年三月二日\n",
         "某县政办发〔2015〕9号", "某某县人民政府办公室关于印发某某县夜间经济发展方案的通知"),
        # hand-written: a notice with no title line, its annexed table's header printed one cell a line, each
        # closed by a pipe: no cell is its title
        ("各镇、街道：\n现将任务分解表印发给你们，请认真组织实施。\n附件：2022年政务公开任务分解表\n某某区人民政府办公室\n"
         "2022年5月6日\n2022年政务公开任务分解表\n工作任务 |\n工作要求 |\n牵头单位 |\n一、深化政务公开 |\n",
         None, None),
    ],
    ids=["bracketed-number-before-a-portal-title", "number-and-colon-before-a-file-name-title",
         "number-glued-before-the-title-over-its-number-line", "header-cells-closed-by-pipes-are-no-title"],
)
def test_a_title_without_the_page_around_it_hand_written(text: str, number: str | None, title: str | None) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title) == (number, title)


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # hand-written in the form of a portal's heading over the text's own title: the heading drops the issuers
        # and 的, the title under it names both issuers before 关于
        ("落实《某某产业发展纲要》实施意见\n中共某某市委某某市人民政府关于落实《某某产业发展纲要》的实施意见\n"
         "为落实纲要部署，提出如下实施意见。\n一、总体要求\n",
         "中共某某市委某某市人民政府关于落实《某某产业发展纲要》的实施意见", ("中共某某市委", "某某市人民政府")),
        # hand-written in the form of a document-sharing page: the site's own wording of the name it shows, then
        # the notice issuing it, then the title printed again run into the page's metadata
        ("城市公园绿地向社会开放实施办法\n某某市人民政府关于印发《某某市城市公园绿地设施向社会开放管理办法》的通知\n\n"
         "某某市人民政府关于印发《某某市城市公园绿地设施向社会开放管理办法》的通知文章属性•【制定机关】某某市人民政府\n"
         "各区人民政府：\n现将办法印发给你们。\n",
         "某某市人民政府关于印发《某某市城市公园绿地设施向社会开放管理办法》的通知", ("某某市人民政府",)),
        # hand-written: a heading naming another text of another type keeps its place
        ("某某市城市公园管理办法\n某某市人民政府关于加强城市绿化工作的意见\n为加强绿化工作，提出如下意见。\n",
         "某某市城市公园管理办法", ()),
    ],
    ids=["heading-without-issuers-over-the-full-title", "sharing-site-wording-over-the-notice-title",
         "heading-of-another-type-stays"],
)
def test_a_sites_heading_over_the_texts_own_title_hand_written(text: str, title: str, issuer: tuple) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer) == (title, issuer)


@pytest.mark.parametrize(
    ("text", "title", "issuer", "date"),
    [
        # hand-written in the form of a news portal's article: the plan's title, then the byline run on after it
        ("您现在的位置:首页>地区发展\n某某省“十三五”现代物流业发展规划时间: 2016-05-10信息来源:未知 作者:admin\n\n"
         "为推进全省物流业发展，制定本规划。\n一、发展基础\n", "某某省“十三五”现代物流业发展规划", (), None),
        # hand-written: joint issuers apart by spaces, a central administration's provincial bureau printed after it
        ("浙江省财政厅 国家税务总局 浙江省税务局关于继续落实个人所得税优惠政策的通知\n各市财政局：\n现就有关事项通知如下。\n",
         "浙江省财政厅国家税务总局浙江省税务局关于继续落实个人所得税优惠政策的通知", ("浙江省财政厅", "国家税务总局浙江省税务局"), None),
        # hand-written in the form of a sharing site's copy: the signature's date lost its 年, 月 and 日
        ("国务院关于印发某某发展规划的通知\n某发〔2021〕8号\n各省、自治区、直辖市人民政府：\n现将规划印发给你们。\n国务院\n2021 3 7\n",
         "国务院关于印发某某发展规划的通知", ("国务院",), "2021-03-07"),
        # a report with no signature or byline whose opening names the body reporting (heldY13 10)
        ("下洋镇2023年法治政府建设年度报告\n\n  2023年以来,下洋镇坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神。"
         "现将下洋镇人民政府2023年法治政府建设工作汇报如下:\n\n  一、2023年法治政府建设主要举措和成效\n",
         "下洋镇2023年法治政府建设年度报告", ("下洋镇人民政府",), None),
        ("2022年度统计工作报告\n\n  2022年，全县统计工作稳步推进。现将某某县统计局关于2022年统计工作的情况报告如下：\n\n"
         "  一、主要工作\n", "2022年度统计工作报告", ("某某县统计局",), None),
        # the opening names no body (我镇): no issuer
        ("某镇2023年法治政府建设年度报告\n\n  2023年以来，某镇坚持依法行政。现将我镇2023年法治政府建设工作情况汇报如下：\n\n"
         "  一、主要举措和成效\n", "某镇2023年法治政府建设年度报告", (), None),
        # a byline's bare body (来源：城市管理综合行政执法局), spelled by the page's path and heading with its place
        # (heldY13 13)
        ("当前位置 首页  >> 望都县城市管理综合行政执法局 >>  事前公开\n望都县城市管理综合行政执法局“三项制度”\n"
         "发布时间:2024-05-06    来源:城市管理综合行政执法局\n【字体: 】    打印\n行政执法全过程记录实施办法\n \n第一章  总则\n"
         "第一条 为推进行政执法全过程记录制度建设,规范行政执法程序,结合我局城市管理行政执法工作实际,制定本办法。\n",
         "行政执法全过程记录实施办法", ("望都县城市管理综合行政执法局",), None),
        ("当前位置 首页  >> 某某县统计局 >>  统计数据\n某某县2023年国民经济和社会发展统计公报\n发布时间:2024-03-06 来源:统计局\n"
         "2023年，全县经济运行稳中向好。\n", "某某县2023年国民经济和社会发展统计公报", ("某某县统计局",), None),
    ],
    ids=["byline-run-on-after-the-title", "central-administrations-bureau-after-a-space", "signature-date-figures-apart-by-spaces",
         "report-opening-names-the-reporting-body", "report-opening-names-the-reporting-body-hand-written",
         "report-opening-naming-no-body", "bare-source-body-spelled-with-the-pages-place",
         "bare-source-body-spelled-with-the-pages-place-hand-written"],
)
def test_page_metadata_and_spacing_around_the_head_hand_written(text: str, title: str, issuer: tuple, date: str | None) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer, doc.date) == (title, issuer, date)


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        # hand-written in the form of a PDF copy run on: the signature's date spaced, a note on whom it reaches after
        # it, then the plan it issues, a page's number inside its title
        ("某政办字〔2022〕7 号 某县人民政府办公室 关于印发某县森林防火 实施方案的通知 各乡镇人民政府: 《某县森林防火实施方案》"
         "已经县政府同意,现印发给你们,请认真贯彻执行。 某县人民政府办公室 2022 年 4 月 6 日 (此件公开发布) 某县森林防火 —1— 实施方案 "
         "为做好森林防火工作,制定本方案。", ("某县人民政府办公室",), "2022-04-06"),
        # a red-headed copy: the masthead names the issuer; the date alone after the last sentence, the page's end
        # after it
        ("1 ― 某市人民政府文件 某政〔2019〕12 号 某市人民政府 关于印发某市招商引资 奖励办法的通知 各县区人民政府,市直各单位: "
         "《某市招商引资奖励办法》已经市政府同意,现印发给你们,请认真遵照执行.\n\n2019 年3月8 日―2―某市招商引资奖励办法 "
         "第一条 为扩大招商引资,制定本办法。", ("某市人民政府",), "2019-03-08"),
        # a PDF copy on one line: the date alone after the last sentence, a note on whom it reaches, then the page's
        # number and the plan's table of contents
        ("某政办发〔2021〕9 号 某市人民政府办公室 关于印发《某市大气质量达标规划》 的通知 各区人民政府,市政府各部门: "
         "经市人民政府同意,现将《某市大气质量达标 规划》印发给你们,请认真组织实施。 2021 年 11 月 3 日 (此件公开发布) —1— "
         "目 录 第一章 形势分析 ..........................6", ("某市人民政府办公室",), "2021-11-03"),
        # a red-headed copy run on one line, no page's number before it: the masthead, the number, then the title
        # opening with 关于, and no signature (heldAD15 14)
        ("邵阳市北塔区财政局文件 邵北财农绩﹝2023﹞1 号 关于下达 2023 年第一批财政衔接推进乡村 振兴补助资金绩效目标批复的通知 "
         "各镇(街道)、各区直有关单位: 根据《财政专项扶贫资金绩效管理操作指南(试行)》(财 办农〔2019〕68 号)等相关文件要求,"
         "现将审核通过的绩效目标批复 给你单位,并就有关事项通知如下。 一、本次批复的绩效目标将作为绩效运行监控的重要依据。",
         ("邵阳市北塔区财政局",), None),
        ("某县教育局文件 某教发〔2022〕3 号 关于做好某项工作的通知 各学校: 为做好某项工作,现将有关事项通知如下。 一、提高认识。",
         ("某县教育局",), None),
    ],
    ids=["spaced-date-run-on-before-the-issued-plan", "red-head-masthead-and-a-date-alone",
         "date-alone-then-a-reach-note-and-the-page-number", "red-head-masthead-number-and-title-on-one-line",
         "red-head-masthead-number-and-title-on-one-line-hand-written"],
)
def test_a_run_on_copys_signature_date_and_masthead(text: str, issuer: tuple, date: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert (doc.issuer, doc.date) == (issuer, date)


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # hand-written in the form of a red-headed copy: the masthead a line of its own, the number under it
        ("某县人民政府文件\n某政〔2019〕21号\n关于做好某事的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n",
         "关于做好某事的通知", ("某县人民政府",)),
        # hand-written in the form of a forwarding notice: the sentence names the forwarded text by its masthead
        # and its number, and no body signs it by that
        ("关于转发省政府文件的通知\n各乡镇人民政府：\n现将省政府文件 某政〔2019〕21号转发给你们，请结合实际认真贯彻执行。\n",
         "关于转发省政府文件的通知", ()),
    ],
    ids=["masthead-over-its-number", "a-sentence-naming-a-document-is-no-masthead"],
)
def test_a_red_headed_masthead_stands_on_its_own_line(text: str, title: str, issuer: tuple) -> None:
    assert document_facts(normalise(text).text, title=title).issuer == issuer


@pytest.mark.parametrize(
    "bodies",
    [
        "市卫生健康委？市发展改革委？市财政局\n市医保局？市残联\n",
        "市卫生健康委 · 市发展改革委 · 市财政局\n",
    ],
    ids=["rows-apart-by-a-lost-mark", "one-row-apart-by-dots"],
)
def test_a_plans_title_over_the_rows_of_its_issuers(bodies: str) -> None:
    # hand-written in the form of a plan copied from a mirror: the title (a space left inside it), then the bodies
    # issuing it a row under it, no number, then the body
    text = "某市“十四五”基层医疗 服务能力提升行动方案\n" + bodies + "为落实省有关部署，结合我市实际，制定本方案。\n一、主要目标\n"
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某市“十四五”基层医疗服务能力提升行动方案"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("县卫生健康局2023年工作总结和2024年工作计划2023年，我局坚持以人民健康为中心，扎实推进各项工作，取得明显成效。"
         "一、2023年工作总结（一）医疗服务能力稳步提升。全年新建村卫生室12个。", "县卫生健康局2023年工作总结和2024年工作计划"),
        ("某区2021年农村人居环境整治实施方案2021年以来，全区持续推进农村人居环境整治，为巩固成果，制定本方案。一、工作目标",
         "某区2021年农村人居环境整治实施方案"),
    ],
    ids=["summary-and-plan-then-the-year-reported", "plan-then-the-year-since"],
)
def test_a_title_run_into_a_body_opening_with_a_year(text: str, title: str) -> None:
    # hand-written in the form of a page printed without its line breaks: the title, then the body on the same line
    (doc,) = extract_text(text).of(Document)
    assert doc.title == title


def test_a_sharing_pages_first_chunk_opens_with_the_title_run_into_the_body() -> None:
    # hand-written in the form of a document-sharing page: the file's name, the site's lines, then the text cut into
    # numbered chunks, the first opening with the title run into the body
    text = ("某县农村供水保障能力提升行动方案(2022-2024年)(12页).docx\n下载文档\n上传人:Ab****12\n编号:123456\n"
            "2024-03-02\n12页\n25.60KB\n1、某县农村供水保障能力提升行动方案(2022-2024年)为提高农村供水保障水平，"
            "根据省有关要求，结合我县实际，制定本方案。一、总体要求到2024年，农村自来水普及率达到98%。\n")
    (doc,) = extract_text(text).of(Document)
    assert doc.title == "某县农村供水保障能力提升行动方案（2022-2024年）"


def test_a_reprints_byline_names_the_body_that_wrote_it() -> None:
    # hand-written in the form of a journal's reprint: a department's section in a ◎ byline opens the text
    text = "◎某省水利厅防汛抗旱处\n根据全省水利工作会议精神，现将今年防汛重点工作安排如下：\n1.召开全省防汛工作会议\n完成时限：4月底\n"
    assert document_facts(normalise(text).text, title=None).issuer == ("某省水利厅防汛抗旱处",)


@pytest.mark.parametrize(
    "text",
    [
        # real: a ministry's notice (体育总局), its signature with no date, then the plan it issues
        "各省体育行政部门：\n为提升全民健身公共服务水平，共同研制了《全民健身场地设施提升行动工作方案（2023-2025年）》。"
        "现印发你们，请认真遵照执行。\n体育总局办公厅\n全民健身场地设施提升行动工作方案（2023-2025年）\n为加快推动…，"
        "工作方案如下。",
    ],
    ids=["signature-without-a-date-over-the-issued-plan"],
)
def test_a_signature_without_a_date_over_the_plan_it_issues(text: str) -> None:
    facts = document_facts(normalise(text).text, title="全民健身场地设施提升行动工作方案（2023-2025年）")
    assert facts.issuer == ("体育总局办公厅",)


def test_a_body_over_a_heading_the_notice_does_not_quote_is_no_signature_hand_written() -> None:
    text = "各区：\n现通知如下，请认真执行。\n某市城市管理局\n一、工作目标\n为做好工作，制定本方案。"
    assert document_facts(normalise(text).text, title="关于X的通知").issuer == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # real: a county portal (木兰), its site's name and column glued before the title on the page's first line
        (" 哈尔滨市木兰县人民政府 政策文件 关于印发《木兰县优化营商环境工作方案》的通知\n当前位置:\n首页-政务公开-政策文件\n"
         "索引号: 主题分类:\n关于印发《木兰县优化营商环境工作方案》的通知\n发表日期: 2020-11-18 来源:木兰县营商局\n"
         "木环组发〔2019〕1号\n各乡镇党委、政府:\n现将《木兰县优化营商环境工作方案》印发给你们,请认真贯彻执行。",
         "关于印发《木兰县优化营商环境工作方案》的通知"),
        # hand-written in the same form: a city's site and its policy column
        ("某市人民政府 政策文件 关于做好2021年防汛工作的通知\n当前位置：首页 > 政策文件\n关于做好2021年防汛工作的通知\n"
         "发布时间: 2021-05-10 来源: 某市应急管理局\n某政办〔2021〕5号\n各区人民政府：\n现通知如下。",
         "关于做好2021年防汛工作的通知"),
    ],
    ids=["page-header-glued-before-the-title", "page-header-glued-before-the-title-hand-written"],
)
def test_a_pages_header_glued_before_the_title(text: str, title: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # real (大冶): the portal's 文件名称 names the plan, the notice issuing it prints its own title below
        ("| 文件名称 | 大冶市公共数据资源授权运营实施方案 | 文件类型 | 规范性文件 |\n|---|---|---|---|\n"
         "| 发文单位 | 大冶市人民政府办公室 | 发文字号 | 冶政办〔2025〕25号 |\n"
         "相关解读:【部门解读】关于《大冶市公共数据资源授权运营实施方案》的政策解读\n"
         "大冶市人民政府关于印发《大冶市公共数据资源授权运营实施方案》的通知\n(冶政办〔2025〕25号)\n"
         "各乡镇人民政府,市政府各部门:\n《大冶市公共数据资源授权运营实施方案》已经市政府常务会议审议通过,现印发给你们。",
         "大冶市人民政府关于印发《大冶市公共数据资源授权运营实施方案》的通知"),
        # hand-written in the same form, a 标题 label
        ("标题：某县河道保洁管理办法\n发文字号：某政办〔2024〕3号\n某县人民政府办公室关于印发《某县河道保洁管理办法》的通知\n"
         "各乡镇人民政府：\n现将《某县河道保洁管理办法》印发给你们，请认真执行。",
         "某县人民政府办公室关于印发《某县河道保洁管理办法》的通知"),
    ],
    ids=["file-name-label-names-the-issued-plan", "title-label-names-the-issued-plan-hand-written"],
)
def test_a_pages_label_naming_the_plan_gives_way_to_the_notice_issuing_it(text: str, title: str) -> None:
    (doc,) = split_layout(normalise(text).text).documents
    assert doc.title == title
