"""Numbered hierarchy: markers, levels, headings and spans (real snippets)."""

from __future__ import annotations

import pytest
from policykg.extract.structure import SectionIndex, parse_sections

JIAXING_PLAN = (
    "二、主要任务\n"
    "（一）实施科技企业扩面增量行动。\n"
    "1.落地一批科技型中小企业。完善“众创空间—孵化器—加速器—产业园区”一体化科创项目孵化链条。（责任单位：市科技局、市金融办）\n"
    "2.培育一批成长型科技企业。常态化举办“院企银企双向对接”活动。（责任单位：市科技局）\n"
    "（二）实施科技企业提质增效行动。\n"
    "4.实施“两清零一提升”专项行动。推动全市3亿元以上制造业企业无研发机构动态清零。\n"
    "三、政策支持\n"
    "（一）支持科技企业发展壮大。对首次通过认定的高新技术企业，给予每家20万元奖励。\n"
)


def test_paths_and_headings_of_a_three_level_plan() -> None:
    got = [(s.path, s.heading) for s in parse_sections(JIAXING_PLAN, document="嘉政办发〔2024〕7号")]
    assert got == [
        (("二",), "主要任务"),
        (("二", "（一）"), "实施科技企业扩面增量行动"),
        (("二", "（一）", "1"), "落地一批科技型中小企业"),
        (("二", "（一）", "2"), "培育一批成长型科技企业"),
        (("二", "（二）"), "实施科技企业提质增效行动"),
        (("二", "（二）", "4"), "实施“两清零一提升”专项行动"),
        (("三",), "政策支持"),
        (("三", "（一）"), "支持科技企业发展壮大"),
    ]


def test_an_item_spans_to_the_next_item_of_its_level() -> None:
    sections = parse_sections(JIAXING_PLAN)
    first = next(s for s in sections if s.path == ("二", "（一）"))
    assert first.source.text.startswith("（一）实施科技企业扩面增量行动")
    assert first.source.text.endswith("（责任单位：市科技局）")
    inner = SectionIndex(sections).at(JIAXING_PLAN.index("院企银企"))
    assert inner.path == ("二", "（一）", "2")


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        # State Council measures numbered from （一） with no 一、 above them (国发〔2018〕38号).
        (
            "（一）借鉴北京市服务业扩大开放综合试点经验。（负责部门：商务部）\n（二）编制下达全国土地利用计划时，考虑自贸试验区的实际情况。（负责部门：自然资源部）",
            [("（一）",), ("（二）",)],
        ),
        # Half-width brackets in a Xuhui district plan, normalised to full-width.
        (
            "一、工作目标\n（一）源头减量。推进装修垃圾减量。\n①加强宣传。\n②强化监管。\n二、职责分工",
            [("一",), ("一", "（一）"), ("一", "（一）", "①"), ("一", "（一）", "②"), ("二",)],
        ),
        (
            "第一条为规范本镇限额以下小型建设工程管理，制定本意见。\n第二条本意见适用于本镇行政区域。",
            [("第一条",), ("第二条",)],
        ),
        # Chapters over articles in a provincial order (湖北省人民政府令第435号): two styles of 第X.
        (
            "第一章 总则\n第一条为了加强对人工影响天气工作的管理，制定本办法。\n第二条在本省行政区域内从事人工影响天气活动。"
            "\n第二章 组织与保障\n第三条县级以上人民政府应当加强对人工影响天气工作的领导。",
            [("第一章",), ("第一章", "第一条"), ("第一章", "第二条"), ("第二章",), ("第二章", "第三条")],
        ),
        # A number with a decimal point at a line start is not an item.
        ("1.5万名技能人才完成培训。", []),
        ("1、总体要求\n（1）坚持问题导向。\n（2）坚持统筹推进。", [("1",), ("1", "（1）"), ("1", "（2）")]),
        # hand-written in the form of a document-sharing page cut into numbered chunks wherever a chunk fills up:
        # the chunk counter 2、 continues the sentence the long line before stops in, it is no item
        (
            "1、一、重点任务（一）加强水上交通安全管理。严格落实船舶进出港报告制度，加大执法检查力度，坚持日常巡查与"
            "专项整治相结合，依法查处客船超载、货船违规载客、砂石船舶超载运输以及船舶无证航行、渔船擅自改变用途和"
            "不适航船舶冒险航行等\n\n2、行为。（责任单位：市交通运输局、市农业农村局分工负责）",
            [("1",)],
        ),
        # a short heading line with no stop before it, and a first item after a long line: items all the same
        (
            "2、重点任务\n3、加强水上交通安全管理。\n"
            "严格落实船舶进出港报告制度，加大执法检查力度，坚持日常巡查与专项整治相结合，依法查处客船超载、货船违规"
            "载客、砂石船舶超载运输以及船舶无证航行、渔船擅自改变用途和不适航船舶冒险航行等违法行为，每月至少一次\n"
            "1、建立月度会商制度。",
            [("2",), ("3",), ("1",)],
        ),
        # hand-written in the form of a plan's list of items, each a line: a long item closing on its owner with no
        # stop, then the next item; no chunked page's evidence (no earlier counter's line with a document's own
        # headings run into it), so 2、 is an item
        (
            "1、加强畜禽养殖污染防治，全面排查规模养殖场粪污处理设施配套情况，督促养殖主体完善雨污分流、干湿分离和"
            "防渗漏设施建设，推动粪污资源化利用，对未按要求配套设施的养殖场限期整改，对拒不整改的依法依规予以处理，"
            "同步建立养殖场污染防治台账并实行动态更新，由县生态环境局牵头负责\n"
            "2、推进农村生活垃圾分类，县城管局负责。",
            [("1",), ("2",)],
        ),
    ],
    ids=[
        "ftz-measures", "xuhui-circled", "articles", "chapters-over-articles", "decimal-not-marker", "arabic-comma",
        "chunk-counter-inside-a-sentence", "items-after-a-heading-and-after-a-long-line",
        "long-item-ending-on-its-owner-without-a-stop",
    ],
)
def test_marker_styles(text, paths) -> None:
    assert [s.path for s in parse_sections(text)] == paths


def test_heading_leaves_out_a_lead_note() -> None:
    text = "（一）加强组织领导（由市科技局牵头）\n1.建立工作机制。"
    assert parse_sections(text)[0].heading == "加强组织领导"


@pytest.mark.parametrize(
    "contents",
    [
        "目  录\n第一章 形势分析 ..........................6\n第一节 工作成效 ……………………… 6\n第二章 规划目标 ·········\n",
    ],
    ids=["one-entry-a-line"],
)
def test_a_table_of_contents_opens_no_section(contents: str) -> None:
    # hand-written in the form of a plan's PDF text: the contents list the headings with dot leaders and page numbers
    text = contents + "第一章 形势分析\n第一节 工作成效\n近年来，空气质量持续改善。\n第二章 规划目标\n到2025年，优良天数比例达到85%。\n"
    assert [(s.path, s.heading) for s in parse_sections(text)] == [
        (("第一章",), "形势分析"), (("第一章", "第一节"), "工作成效"), (("第二章",), "规划目标"),
    ]


def test_an_ellipsis_in_a_heading_is_no_leader() -> None:
    assert [s.heading for s in parse_sections("一、推进……等重点工作\n二、加强保障\n")] == ["推进……等重点工作", "加强保障"]


def test_last_item_stops_before_the_signature_date() -> None:
    text = "一、总体要求\n坚持稳中求进。\n嘉兴市人民政府\n2024年2月8日"
    (section,) = parse_sections(text)
    assert "2024年2月8日" not in section.source.text


def test_the_section_index_finds_what_reading_every_section_finds(shared) -> None:
    # SectionIndex reads only the sections starting at or before a position; on the sections of
    # the development corpus and the gazette, at every line start, it must pick the section a
    # look at every section picks: the holder with the longest path, the first listed of those.
    from policykg.extract.text import normalise

    paths = [*sorted((shared / "corpus" / "dev").glob("*.txt")), shared / "corpus" / "jiaxing-gazette-2024-03.txt"]
    asked = 0
    for path in paths:
        text = normalise(path.read_text(encoding="utf-8")).text
        sections = parse_sections(text)
        index = SectionIndex(sections)
        for pos in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
            holders = [s for s in sections if s.source and s.source.start <= pos < s.source.end]
            deepest = max((len(s.path) for s in holders), default=None)
            expected = next((s for s in holders if len(s.path) == deepest), None)
            assert index.at(pos) is expected, (path.name, pos)
            asked += expected is not None
    assert asked > 1000


def test_the_section_index_reads_overlapping_sections_as_a_list() -> None:
    # Sections that do not nest as a tree (a hand-made overlap, two of one depth at one place):
    # the innermost is still the holder with the longest path, the first listed of those.
    from policykg.extract.records import Section, Source

    a = Section(document=None, path=("一",), heading="甲", source=Source(0, 50))
    b = Section(document=None, path=("一", "1"), heading="乙", source=Source(10, 60))  # runs past 一
    c = Section(document=None, path=("二", "1"), heading="丙", source=Source(20, 40))
    index = SectionIndex([a, b, c])
    assert [index.at(p) for p in (5, 15, 25, 45, 55, 70)] == [a, b, b, b, b, None]
