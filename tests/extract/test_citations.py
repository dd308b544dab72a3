"""Citations: real snippets from the Jiaxing gazette and the development corpus, one relation each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.citations import find_citations
from policykg.extract.records import Relation
from policykg.extract.text import normalise, read_file

GAZETTE = Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt"


def cites(text: str, *, own: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(to, to_title, relation) of every citation found in ``text``."""
    out = find_citations(normalise(text).text, document=own, own_number=own)
    return {(c.to_number, c.to_title, c.relation.value) for c in out}


# ---------------------------------------------------------------------------
# One relation each, on real snippets


CASES = [
    (
        "basis-title-and-number",
        "为保障劳动者基本生活和合法权益，根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3 号）精神，结合我市实际，市政府决定：",
        {("浙政发〔2024〕3号", "浙江省人民政府关于调整全省最低工资标准的通知", Relation.BASIS)},
    ),
    (
        "repeals-tongshi-feizhi",
        "本通知发布后，《嘉兴市人民政府关于调整全市最低工资标准的通知》（嘉政发〔2021〕22号）同时废止。",
        {("嘉政发〔2021〕22号", "嘉兴市人民政府关于调整全市最低工资标准的通知", Relation.REPEALS)},
    ),
    (
        "repeals-tingzhi-zhixing",
        "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》（国办发〔2016〕82号）停止执行。",
        {
            (
                "国办发〔2016〕82号",
                "国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知",
                Relation.REPEALS,
            )
        },
    ),
    (
        "repeals-a-list-with-nested-ascii-marks",
        "1.本实施意见自发布之日起施行。原《七宝镇人民政府关于印发<七宝镇限额以下小型建设工程管理实施细则（试行）>的通知》"
        "（闵七府〔2014〕18号）、《七宝镇人民政府关于限额以下小型建设工程管理的实施意见》（闵七府〔2016〕21号）同时废止。",
        {
            (
                "闵七府〔2014〕18号",
                "七宝镇人民政府关于印发<七宝镇限额以下小型建设工程管理实施细则（试行）>的通知",
                Relation.REPEALS,
            ),
            ("闵七府〔2016〕21号", "七宝镇人民政府关于限额以下小型建设工程管理的实施意见", Relation.REPEALS),
        },
    ),
    (
        "implements-guanche-luoshi",
        "为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》（浙政办发〔2023〕25号）要求，加快推动卫生健康事业高质量发展，",
        {
            (
                "浙政办发〔2023〕25号",
                "浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见",
                Relation.IMPLEMENTS,
            )
        },
    ),
    (
        "basis-anzhao-yaoqiu",
        "要按照《中共中央办公厅关于统筹规范督查检查考核工作的通知》要求，完善督查考评体系，",
        {(None, "中共中央办公厅关于统筹规范督查检查考核工作的通知", Relation.BASIS)},
    ),
    (
        "implements-law-by-title",
        "深入贯彻落实《中华人民共和国农业机械化促进法》等法律法规，完善粮食安全省长责任制",
        {(None, "中华人民共和国农业机械化促进法", Relation.IMPLEMENTS)},
    ),
    (
        "implements-and-basis-in-one-sentence",
        "为贯彻落实《国务院办公厅关于推进海绵城市建设的指导意见》等文件精神，根据《上海市海绵城市专项规划（2016-2035）》"
        "《上海市海绵城市规划建设管理办法》（沪住建规范联〔2023〕11号）等部署要求，",
        {
            (None, "国务院办公厅关于推进海绵城市建设的指导意见", Relation.IMPLEMENTS),
            (None, "上海市海绵城市专项规划（2016-2035）", Relation.BASIS),
            ("沪住建规范联〔2023〕11号", "上海市海绵城市规划建设管理办法", Relation.BASIS),
        },
    ),
    (
        "basis-yiju-list-without-separator",
        "一是依据《上海市再生资源回收管理办法》《上海市促进生活垃圾分类减量办法》有关要求，各街镇（园区）完成再生资源回收网络布局",
        {
            (None, "上海市再生资源回收管理办法", Relation.BASIS),
            (None, "上海市促进生活垃圾分类减量办法", Relation.BASIS),
        },
    ),
    (
        "basis-nested-ascii-marks",
        "根据《上海市关于印发<上海市工程建设项目审批制度改革试点实施方案>的通知》（沪府办〔2018〕14号）等规定，结合我镇实际，制定本实施意见。",
        {
            (
                "沪府办〔2018〕14号",
                "上海市关于印发<上海市工程建设项目审批制度改革试点实施方案>的通知",
                Relation.BASIS,
            )
        },
    ),
    (
        "forwards-xianjiang-with-number",
        "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查，",
        {
            (
                "国发明电〔2014〕1号",
                "国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知",
                Relation.FORWARDS,
            )
        },
    ),
    (
        "forwards-already-agreed",
        "《市咨询委2024年度咨询研究课题计划》已经市政府同意，现转发给你们，请积极支持配合市咨询委开展课题研究工作。",
        {(None, "市咨询委2024年度咨询研究课题计划", Relation.FORWARDS)},
    ),
    (
        "forwards-drafted-by-a-bureau",
        "区建设管理委拟定的《嘉定区系统化全域推进海绵城市建设的实施方案》已经区政府同意，现转发给你们，请认真按照执行。",
        {(None, "嘉定区系统化全域推进海绵城市建设的实施方案", Relation.FORWARDS)},
    ),
    (
        "promulgates-already-adopted",
        "《关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）》已经九届市人民政府第42次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。",
        {
            (
                None,
                "关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）",
                Relation.PROMULGATES,
            )
        },
    ),
    (
        "promulgates-xianjiang",
        "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。",
        {(None, "国家职业教育改革实施方案", Relation.PROMULGATES)},
    ),
    (
        "promulgates-nested-title",
        "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见》已经市政府同意，现印发给你们，请认真按照执行。",
        {(None, "关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见", Relation.PROMULGATES)},
    ),
    (
        "promulgates-plan-without-marks",
        "各县（市、区）人民政府，市政府各部门、直属各单位：\n2024年嘉兴市国民经济和社会发展规划已经市九届人大四次会议审议批准，现印发给你们，请认真组织落实。",
        {(None, "2024年嘉兴市国民经济和社会发展规划", Relation.PROMULGATES)},
    ),
    (
        "cites-someone-elses-yinfa-le",
        "国家能源局印发了《关于组织开展可再生能源发展试点示范的通知》（国能发新能〔2023〕66号）。现转发你单位，并就有关事项通知如下：",
        {("国能发新能〔2023〕66号", "关于组织开展可再生能源发展试点示范的通知", Relation.CITES)},
    ),
    (
        "repeals-buzai-zhixing-before",
        "对自贸试验区内的港澳台资建筑业企业，不再执行《外商投资建筑业企业管理规定》中关于工程承包范围的限制性规定。",
        {(None, "外商投资建筑业企业管理规定", Relation.REPEALS)},
    ),
    (
        "cites-agreements",
        "在《内地与香港关于建立更紧密经贸关系的安排》、《海峡两岸经济合作框架协议》下，",
        {
            (None, "内地与香港关于建立更紧密经贸关系的安排", Relation.CITES),
            (None, "海峡两岸经济合作框架协议", Relation.CITES),
        },
    ),
    (
        "cites-canzhao-list-keeps-a-manual",
        "6.本实施意见中限额以下工程的质量安全监管参照《中华人民共和国建筑法》、《上海市建设工程质量安全监督工作手册》等相关法律法规进行实施。",
        {
            (None, "中华人民共和国建筑法", Relation.CITES),
            (None, "上海市建设工程质量安全监督工作手册", Relation.CITES),
        },
    ),
    (
        "cites-xiangjian-title-without-type-word",
        "具体操作详见《闵行区限额以下小型建设工程管理系统用户手册》；总投资为30万元以下的小型建设工程至镇规建办办理施工备案手续。",
        {(None, "闵行区限额以下小型建设工程管理系统用户手册", Relation.CITES)},
    ),
    (
        "cites-table-cell-title-over-lines",
        "区水务局、区建设管理委、区交通委，各街镇\n《关于推动本区城市基础设\n施维护高质量发展行动方案》\n（嘉府发〔2023〕22号）\n序号",
        {("嘉府发〔2023〕22号", "关于推动本区城市基础设施维护高质量发展行动方案", Relation.CITES)},
    ),
    (
        "number-only-basis-and-repeal",
        "根据国办发〔2018〕1号文件精神，制定本办法。本办法自发布之日起施行，嘉政办发〔2019〕3号同时废止。",
        {("国办发〔2018〕1号", None, Relation.BASIS), ("嘉政办发〔2019〕3号", None, Relation.REPEALS)},
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relation_by_wording(snippet: str, expected: set) -> None:
    assert cites(snippet) == {(to, title, rel.value) for to, title, rel in expected}


# Wordings the corpus does not hold (it amends nothing, and repeals only with 同时废止/停止执行),
# written in the standard forms of GB/T 9704 documents.
STANDARD_FORMS = [
    (
        "amends-zuo-ruxia-xiugai",
        "现决定对《嘉兴市市区住宅小区物业管理办法》作如下修改：",
        {(None, "嘉兴市市区住宅小区物业管理办法", Relation.AMENDS)},
    ),
    (
        "amends-article-changed-to",
        "《嘉兴市市区住宅小区物业管理办法》第五条修改为：",
        {(None, "嘉兴市市区住宅小区物业管理办法", Relation.AMENDS)},
    ),
    (
        "amends-title-line",
        "国务院关于修改《信访条例》的决定\n国发〔2024〕1号\n各省、自治区、直辖市人民政府：\n",
        {(None, "信访条例", Relation.AMENDS)},
    ),
    (
        "repeals-from-a-date",
        "本办法自2024年5月1日起施行。《嘉兴市区住房公积金管理办法》（嘉政发〔2019〕5号）自本办法施行之日起废止。",
        {("嘉政发〔2019〕5号", "嘉兴市区住房公积金管理办法", Relation.REPEALS)},
    ),
]


@pytest.mark.parametrize(
    ("snippet", "expected"), [c[1:] for c in STANDARD_FORMS], ids=[c[0] for c in STANDARD_FORMS]
)
def test_relation_by_standard_wording(snippet: str, expected: set) -> None:
    assert cites(snippet) == {(to, title, rel.value) for to, title, rel in expected}


# ---------------------------------------------------------------------------
# What is not a citation


NOT_CITED = [
    (
        "standards-still-to-be-drawn-up",
        "加强数字技术与生命科学交叉结合的新理论、新知识、新技术的探索运用，制定《医院自助服务平台设计规范》《健康体检数据传输规范》等技术规范，提供同质化医疗服务，",
    ),
    (
        "forms",
        "建设单位填报《七宝镇限额以下小型建设工程项目申报流转表》、《七宝镇限额以下小型建设工程承诺书》，"
        "镇规建办出具《七宝镇限额以下小型建设工程项目受理告知书》。",
    ),
    ("newspaper-and-slogan", "在《人民日报》《求是》发表文章，唱响《我和我的祖国》。"),
    ("a-bare-type-word-with-no-definition", "举办垃圾分类及《条例》普法为主题的系列活动。"),
    (
        "mirror-notes-and-front-matter",
        "---\n标题：上海市人民政府办公厅关于科学绿化的实施意见\n文号：沪府办发〔2022〕24号\n---\n"
        ">依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n"
        "#上海市人民政府办公厅关于科学绿化的实施意见\n各区人民政府，市政府各委、办、局：\n",
    ),
]


@pytest.mark.parametrize("snippet", [c[1] for c in NOT_CITED], ids=[c[0] for c in NOT_CITED])
def test_not_cited(snippet: str) -> None:
    assert cites(snippet) == set()


def test_a_document_never_cites_itself() -> None:
    text = "嘉兴市人民政府关于调整全市最低工资标准的通知\n嘉政发〔2024〕9号\n各县（市、区）人民政府：\n嘉政发〔2024〕9号文件自公布之日起施行。"
    assert cites(text, own="嘉政发〔2024〕9号") == set()
    # Without being told its number, the header line still names it.
    assert cites(text) == set()


def test_part_of_a_document_to_be_drawn_up_is_still_cited() -> None:
    text = (
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），\n市联席会议牵头制订《条例》配套制度清单。"
    )
    (c,) = find_citations(normalise(text).text, document=None)
    assert (c.to_title, c.relation) == ("上海市生活垃圾管理条例", Relation.IMPLEMENTS)


# ---------------------------------------------------------------------------
# Short titles


def test_short_title_resolves_to_its_full_reference_once() -> None:
    text = (
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），抓紧抓实办好垃圾分类工作，现提出贯彻《条例》推进全程分类体系建设的实施意见如下。\n"
        "三是《条例》贯彻实施社会氛围基本形成。"
    )
    found = find_citations(normalise(text).text, document="沪府办发〔2019〕3号")
    assert [(c.to_title, c.relation) for c in found] == [("上海市生活垃圾管理条例", Relation.IMPLEMENTS)]


def test_short_title_defined_with_a_number() -> None:
    text = (
        "国家发展改革委印发了《西部大开发“十三五”规划》(发改西部〔2017〕89号,以下简称《规划》)。"
        "为贯彻落实好《规划》,顺利完成规划目标任务,"
    )
    found = find_citations(normalise(text).text, document="川办函〔2017〕113号")
    assert [(c.to_number, c.to_title, c.relation) for c in found] == [
        ("发改西部〔2017〕89号", "西部大开发“十三五”规划", Relation.IMPLEMENTS)
    ]


def test_short_title_defined_twice_is_not_guessed() -> None:
    text = (
        "根据《浙江省数字经济促进条例》（以下简称《条例》）和《嘉兴市数字经济促进条例》（以下简称《条例》），\n"
        "各地要宣传《条例》。"
    )
    found = find_citations(normalise(text).text, document=None)
    assert {c.to_title for c in found} == {"浙江省数字经济促进条例", "嘉兴市数字经济促进条例"}
    assert all(c.relation is Relation.BASIS for c in found)


# ---------------------------------------------------------------------------
# Titles: nested, and the notice's own title line


def test_nested_title_keeps_inner_marks() -> None:
    text = "为贯彻落实《国务院关于印发〈中国制造2025〉的通知》（国发〔2015〕28号）精神，结合我省实际，"
    (c,) = find_citations(normalise(text).text, document=None)
    assert (c.to_number, c.to_title, c.relation) == (
        "国发〔2015〕28号",
        "国务院关于印发〈中国制造2025〉的通知",
        Relation.IMPLEMENTS,
    )


def test_title_line_forwards_and_body_forwards_give_one_citation() -> None:
    text = (
        "嘉兴市人民政府办公室关于转发市咨询委2024年度咨询研究课题计划的通知\n嘉政办发〔2024〕4号\n"
        "各县（市、区）人民政府，市政府各部门、直属各单位：\n"
        "《市咨询委2024年度咨询研究课题计划》已经市政府同意，现转发给你们，请积极支持配合市咨询委开展课题研究工作。"
    )
    assert cites(text, own="嘉政办发〔2024〕4号") == {(None, "市咨询委2024年度咨询研究课题计划", "forwards")}


def test_title_line_alone_forwards() -> None:
    text = "嘉兴市人民政府办公室关于转发市咨询委2024年度咨询研究课题计划的通知\n嘉政办发〔2024〕4号\n各县（市、区）人民政府：\n请积极支持配合。"
    assert cites(text, own="嘉政办发〔2024〕4号") == {(None, "市咨询委2024年度咨询研究课题计划", "forwards")}


def test_title_line_forwards_takes_the_number_from_the_body() -> None:
    text = (
        "#关于转发国家能源局《关于组织开展可再生能源发展试点示范的通知》的通知\n各有关单位：\n"
        "为推动可再生能源大规模、市场化、高比例、高质量发展，助力建设新型能源体系，国家能源局印发了"
        "《关于组织开展可再生能源发展试点示范的通知》（国能发新能〔2023〕66号）。现转发你单位，并就有关事项通知如下："
    )
    (c,) = find_citations(normalise(text).text, document="沪发改能源〔2024〕33号")
    assert (c.to_number, c.to_title, c.relation, c.to_issuer) == (
        "国能发新能〔2023〕66号",
        "关于组织开展可再生能源发展试点示范的通知",
        Relation.FORWARDS,
        "国家能源局",
    )


def test_law_in_the_title_line_is_cited_from_the_body_only() -> None:
    text = (
        "#上海市人民政府办公厅关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施意见的通知各区人民政府，市政府各委、办、局：\n"
        "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见》已经市政府同意，现印发给你们，请认真按照执行。\n"
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），抓紧抓实办好垃圾分类工作，"
    )
    assert cites(text, own="沪府办发〔2019〕3号") == {
        (None, "关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见", "promulgates"),
        (None, "上海市生活垃圾管理条例", "implements"),
    }


def test_source_spans_the_reference() -> None:
    text = normalise(
        "本通知发布后，《嘉兴市人民政府关于调整全市最低工资标准的通知》（嘉政发〔2021〕22号）同时废止。"
    ).text
    (c,) = find_citations(text, document="嘉政发〔2024〕9号")
    assert text[c.source.start : c.source.end] == c.source.text
    assert c.source.text.startswith("《嘉兴市") and c.source.text.endswith("22号）")
    assert c.from_number == "嘉政发〔2024〕9号"


# ---------------------------------------------------------------------------
# The whole gazette, cut at its documents' header lines


def _gazette_documents() -> dict[str, str]:
    text = normalise(read_file(GAZETTE)[0]).text
    heads = [m for m in re.finditer(r"^(?P<num>嘉政(?:办)?发〔2024〕\d+号)$", text, flags=re.M)]
    docs = {}
    for i, m in enumerate(heads):
        start = text.rfind("\n", 0, m.start() - 1) + 1  # the title line before the number
        end = (
            text.rfind("\n", 0, heads[i + 1].start() - 1)
            if i + 1 < len(heads)
            else text.rfind("2024年2月份市政府")
        )
        docs[m.group("num")] = text[start:end]
    return docs


def test_gazette_citations_match_the_gold() -> None:
    found = set()
    for number, doc in _gazette_documents().items():
        for c in find_citations(doc, document=number, own_number=number):
            found.add((number, c.to_number or c.to_title, c.relation.value))
    assert found == {
        ("嘉政发〔2024〕8号", "2024年嘉兴市国民经济和社会发展规划", "promulgates"),
        ("嘉政发〔2024〕9号", "浙政发〔2024〕3号", "basis"),
        ("嘉政发〔2024〕9号", "嘉政发〔2021〕22号", "repeals"),
        ("嘉政办发〔2024〕4号", "市咨询委2024年度咨询研究课题计划", "forwards"),
        ("嘉政办发〔2024〕5号", "浙政办发〔2023〕25号", "implements"),
        (
            "嘉政办发〔2024〕7号",
            "关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）",
            "promulgates",
        ),
    }
