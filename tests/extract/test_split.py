"""Cutting files into documents and reading each document's header facts."""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_path, extract_text
from policykg.extract.records import Appointment, Document, Gazette
from policykg.extract.split import document_facts, split_layout
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
        pytest.param("本通知自印发之日起施行。", "2023-03-01", None, id="on-issue"),
    ],
)
def test_effective_and_expiry(body: str, effective: str | None, expires: str | None) -> None:
    text = normalise(f"关于某事的通知\n各有关单位：\n{body}\n某某市人民政府\n2023年3月1日\n").text
    facts = document_facts(text, title="关于某事的通知")
    assert (facts.effective, facts.expires) == (effective, expires)


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
    ],
    ids=["bracketed-number-on-title-line", "bare-number-after-title", "order-number-on-title-line",
         "order-heading-on-two-lines"],
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
