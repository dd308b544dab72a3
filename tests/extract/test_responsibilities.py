"""Responsibility annotations, task segmentation, roles and prose assignments (real snippets)."""

from __future__ import annotations

import pytest
from policykg.extract.records import AgencyType, Role
from policykg.extract.responsibilities import find_annotations, find_tasks
from policykg.extract.text import normalise

JIAXING = ("嘉兴市人民政府办公室",)
STATE_COUNCIL = ("国务院",)
SHANGHAI = ("上海市人民政府办公厅",)


def owners(task) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in task.agencies]


def tasks_of(raw: str, issuer=JIAXING, document="嘉政办发〔2024〕7号"):
    return find_tasks(normalise(raw).text, document=document, issuer=issuer)


ITEM_1 = (
    "1.落地一批科技型中小企业。完善“众创空间—孵化器—加速器—产业园区”一体化科创项目孵化链条，推动设立科技企业孵化器联合基金，"
    "重点支持20个孵化平台，推动科技企业孵化器走专业化发展路径。(责任单位:市科技局、市金融办)大力推进科技招商，常态化举办专场路演，"
    "力争每年落地科创项目700个以上。（责任单位：市委组织部、市科技局、市人社保局、市科创人才集团）推动各地制定异地高新技术企业整体迁入支持政策，"
    "依托高新园区招引一批高新技术企业。（责任单位：市科技局、市商务局）\n"
)


def test_each_annotation_governs_the_clauses_since_the_previous_one() -> None:
    tasks = tasks_of(ITEM_1)
    starts = ["1.落地一批科技型中小企业", "大力推进科技招商，常态化", "推动各地制定异地高新技术"]
    assert [t.text[: len(s)] for t, s in zip(tasks, starts, strict=True)] == starts
    assert tasks[0].text.endswith("走专业化发展路径。") and "(责任单位" not in tasks[0].text
    assert owners(tasks[0]) == [("市科技局", "responsible"), ("市金融办", "responsible")]
    assert [a.canonical for a in tasks[1].agencies] == [
        "中共嘉兴市委组织部",
        "嘉兴市科学技术局",
        "嘉兴市人力资源和社会保障局",
        "嘉兴市科创人才集团",
    ]
    assert tasks[1].agencies[3].type is AgencyType.SOE and tasks[1].agencies[3].known is False
    assert all(t.path == ("1",) and t.heading == "落地一批科技型中小企业" for t in tasks)
    assert [t.index for t in tasks] == [0, 1, 2]


def test_source_spans_clauses_and_annotation() -> None:
    text = normalise(ITEM_1).text
    task = find_tasks(text, document=None, issuer=JIAXING)[0]
    assert text[task.source.start : task.source.end] == task.source.text
    assert task.source.text.endswith("（责任单位：市科技局、市金融办）")
    mention = task.agencies[1]
    assert text[mention.source.start : mention.source.end] == "市金融办"


def test_annotation_split_by_a_page_break() -> None:
    raw = "11.集聚创新要素。加大工业科技特派员选派力度，每年柔性引进上海地区100名在科研一线的专家。（责任单\n\n位:市科技局、市人力社保局）\n"
    (task,) = tasks_of(raw)
    assert owners(task) == [("市科技局", "responsible"), ("市人力社保局", "responsible")]


@pytest.mark.parametrize(
    ("raw", "issuer", "expected", "open_list"),
    [
        (
            "（一）推进雨水源头减排。加强建筑与小区海绵化建设。（牵头单位：市住房城乡建设管理委；配合单位：市规划资源局、市水务局）",
            SHANGHAI,
            [("市住房城乡建设管理委", "lead"), ("市规划资源局", "support"), ("市水务局", "support")],
            False,
        ),
        (
            "（一）推进雨水源头减排。加强建筑与小区海绵化建设。[牵头单位:市住房城乡建设管理委;责任单位:市水务局]",
            SHANGHAI,
            [("市住房城乡建设管理委", "lead"), ("市水务局", "support")],
            False,
        ),
        (
            "（二）完善交通设施。推进道路海绵化改造。（牵头单位：市交通委（市道运局），配合单位：市绿化市容局，各区政府）",
            SHANGHAI,
            [("市交通委（市道运局）", "lead"), ("市绿化市容局", "support"), ("各区政府", "support")],
            False,
        ),
        (
            "（二）加大政策扶持。对符合条件的企业给予补助。（生态环境部牵头，国家发展改革委、工业和信息化部参与）",
            STATE_COUNCIL,
            [("生态环境部", "lead"), ("国家发展改革委", "support"), ("工业和信息化部", "support")],
            False,
        ),
        (
            "（五）落实税收政策。落实小微企业税收优惠政策。（财政部牵头，税务总局等按职责分工负责）",
            STATE_COUNCIL,
            [("财政部", "lead"), ("税务总局", "support")],
            True,
        ),
        (
            "（四）扩大消费。组织开展消费扶贫行动。（扶贫办、中央统战部、全国总工会等和各省级人民政府负责）",
            STATE_COUNCIL,
            [
                ("扶贫办", "responsible"),
                ("中央统战部", "responsible"),
                ("全国总工会", "responsible"),
                ("各省级人民政府", "responsible"),
            ],
            True,
        ),
        (
            "（三）加强创业担保贷款支持。（人力资源社会保障部、科技部、财政部、住房城乡建设部、市场监管总局，各省级人民政府按职责分工负责）",
            STATE_COUNCIL,
            [
                ("人力资源社会保障部", "responsible"),
                ("科技部", "responsible"),
                ("财政部", "responsible"),
                ("住房城乡建设部", "responsible"),
                ("市场监管总局", "responsible"),
                ("各省级人民政府", "responsible"),
            ],
            False,
        ),
        (
            "（十六）探索石油储备模式。（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）",
            STATE_COUNCIL,
            [("发展改革委", "responsible"), ("粮食和储备局", "responsible")],
            False,
        ),
        (
            "（三）加强统筹。建立联动机制。（各街办(新区)分别负责落实）",
            ("西安市人民政府办公厅",),
            [("各街办（新区）", "responsible")],
            False,
        ),
        (
            "（六）推进改革试点。（国家发展改革委会同有关部门负责）",
            STATE_COUNCIL,
            [("国家发展改革委", "lead")],
            True,
        ),
    ],
    ids=[
        "lead-support-semicolon",
        "square-brackets",
        "nested-bracket-and-comma-group",
        "lead-participants",
        "lead-and-others-by-duty",
        "open-list-with-provinces",
        "ministries-then-provinces",
        "key-value-scope",
        "nested-bracket-collective",
        "huitong",
    ],
)
def test_annotation_styles(raw, issuer, expected, open_list) -> None:
    (task,) = tasks_of(raw, issuer=issuer)
    assert owners(task) == expected
    assert task.open_list is open_list


def test_lead_first_rule_applies_to_every_later_list() -> None:
    raw = (
        "（一）推进农机装备产业转型升级。加强农机装备创新。（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）\n"
        "（二）提高农机装备质量。加强质量可靠性攻关。（市场监管总局、工业和信息化部、发展改革委、农业农村部等负责）\n"
    )
    first, second = tasks_of(raw, issuer=STATE_COUNCIL)
    assert owners(first)[:2] == [("工业和信息化部", "lead"), ("发展改革委", "support")]
    assert owners(second)[0] == ("市场监管总局", "lead") and second.open_list
    assert first.agencies[1].canonical == "国家发展和改革委员会"


def test_lead_first_rule_other_wording() -> None:
    raw = "（一）统筹研究税收政策。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）\n（二）推进贸易便利化。（海关总署、商务部负责）"
    first, second = tasks_of(raw, issuer=STATE_COUNCIL)
    assert owners(first) == [("税务总局", "lead"), ("财政部", "support"), ("海关总署", "support")]
    assert owners(second) == [("海关总署", "lead"), ("商务部", "support")]


def test_label_lines_and_deadline() -> None:
    raw = (
        "1.召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度。\n"
        "牵头单位：区绿化市容局\n配合单位：区财政局、区发展改革委\n完成时限：2019年6月底\n"
        "2.建立联络员网络。\n"
    )
    tasks = tasks_of(raw, issuer=("上海市宝山区人民政府办公室",))
    assert len(tasks) == 1
    assert owners(tasks[0]) == [
        ("区绿化市容局", "lead"),
        ("区财政局", "support"),
        ("区发展改革委", "support"),
    ]
    assert tasks[0].deadline == "2019年6月底"
    assert tasks[0].agencies[0].canonical == "上海市宝山区绿化和市容管理局"


def test_lead_in_heading_governs_items_beneath() -> None:
    raw = "（一）加强组织领导（由市科技局牵头）\n1.建立工作机制。定期召开联席会议。\n2.强化督查考核。（责任单位：市财政局）\n"
    tasks = tasks_of(raw)
    assert [(t.path, owners(t)) for t in tasks] == [
        (("（一）", "1"), [("市科技局", "lead")]),
        (("（一）", "2"), [("市科技局", "lead"), ("市财政局", "support")]),
    ]


def test_posts_are_recorded_as_posts() -> None:
    raw = "（三）强化督查。（分管副市长、市政府办公室负责）"
    (task,) = tasks_of(raw)
    assert task.posts == ("分管副市长",)
    assert owners(task) == [("市政府办公室", "responsible")]


def test_default_owner_of_later_tasks() -> None:
    raw = (
        "（一）优化固体废物管理体制机制。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
        "（二）开展绿色设计。（工业和信息化部、商务部、生态环境部指导）\n"
    )
    first, second = tasks_of(raw, issuer=("国务院办公厅",))
    assert owners(first) == [("生态环境部", "support"), ("试点城市政府", "responsible")]
    assert owners(second)[-1] == ("试点城市政府", "responsible")


@pytest.mark.parametrize(
    ("raw", "agencies"),
    [
        (
            "2024年嘉兴市国民经济和社会发展规划已经市九届人大四次会议审议批准，现印发给你们，请认真组织落实。有关专业计划由市发展改革委另行下达。",
            [("市发展改革委", "responsible")],
        ),
        (
            "（一）加强组织领导。市科技局负责落实全市强化企业科技创新体系建设工作，推进重点目标任务实施。各县（市、区）要完善工作体系，加快推进本地区相关工作。",
            [("市科技局", "responsible"), ("各县（市、区）", "responsible")],
        ),
        (
            "（二）强化责任落实。市科技局做好新型研发机构建设指导管理工作，相关部门配合做好引进评价、落地建设等相关工作。",
            [("市科技局", "responsible")],
        ),
        (
            "《市咨询委2024年度咨询研究课题计划》已经市政府同意，现转发给你们，请积极支持配合市咨询委开展课题研究工作。",
            [("市咨询委", "responsible")],
        ),
        ("区绿化市容局负责本区装修垃圾处理的全面管理和指导工作。", [("区绿化市容局", "responsible")]),
        ("区城管执法局依法对违反规定的行为实施行政处罚。", [("区城管执法局", "responsible")]),
        (
            "区住房保障房屋管理局指导、协调各街道、镇督促物业服务企业做好装修垃圾管理。",
            [("区住房保障房屋管理局", "responsible")],
        ),
    ],
    ids=[
        "by-agency",
        "subject-and-collective",
        "zuohao",
        "assist",
        "xuhui-duties",
        "xuhui-yifa",
        "xuhui-zhidao",
    ],
)
def test_prose_responsibilities(raw, agencies) -> None:
    tasks = tasks_of(raw, issuer=("上海市徐汇区人民政府办公室",) if raw.startswith("区") else JIAXING)
    assert all(t.kind == "prose" for t in tasks)
    assert [(a.name, a.role.value) for t in tasks for a in t.agencies] == agencies


@pytest.mark.parametrize(
    "raw",
    [
        "18.健全公共卫生体系。建立公共卫生安全评价制度，各县（市、区）均达到公共卫生强县标准。",
        "5.放大示范科研平台头雁作用。支持企业牵头（参与）建设国家级、省级重大创新平台。",
        "为保障劳动者基本生活和合法权益，市政府决定：从2024年1月1日起，将我市最低月工资标准调整为2260元。",
        "（九）卫生健康行政部门对自贸试验区内的社会办医疗机构配置乙类大型医用设备实行告知承诺制。（技工院校内由人力资源社会保障行政部门负责）",
        "各地、各部门（单位）结合实际落实工作任务，强化力量保障，形成工作闭环，层层抓好落实。",
    ],
    ids=["collective-without-duty", "enterprise-leads", "no-annotation", "clause-not-list", "vague-subjects"],
)
def test_no_invented_agencies(raw) -> None:
    assert [a for t in tasks_of(raw) for a in t.agencies] == []


def test_prose_inside_annotated_text_is_not_a_second_task() -> None:
    raw = "（四）加强监督。市科技局负责日常监管。（责任单位：市科技局、市财政局）"
    (task,) = tasks_of(raw)
    assert task.kind == "annotated"


def test_vague_annotation_still_closes_the_previous_segment() -> None:
    raw = "（二）鼓励创业。落实创业扶持政策。（财政部负责）加强宣传引导。（各有关部门和单位按职责分工负责）"
    first, second = tasks_of(raw, issuer=STATE_COUNCIL)
    assert first.text.endswith("落实创业扶持政策。") and second.text == "加强宣传引导。"
    assert second.agencies == () and second.open_list


def test_find_annotations_ignores_ordinary_brackets() -> None:
    text = "推动三类仪器设备（全市政府资金全资或部分出资购置的、用于科学研究和技术开发活动的、单台（套）价值在30万元及以上的）全面向企业开放共享。"
    assert find_annotations(text, issuer=JIAXING) == []


def test_roles_enum_round_trip() -> None:
    (task,) = tasks_of("（五）落实税收政策。（财政部牵头，税务总局配合）", issuer=STATE_COUNCIL)
    assert [a.role for a in task.agencies] == [Role.LEAD, Role.SUPPORT]
    assert task.to_dict()["agencies"][0]["canonical"] == "财政部"


def test_gazette_acceptance_figures(gazette_score: dict) -> None:
    r = gazette_score["responsibilities"]
    assert r["segments_exact"] == "23/23"
    assert r["pairs"]["f1"] >= 0.98
    assert r["inline_found"] == "8/8"
    assert (r["canonical_split"], r["canonical_merged"]) == (0, 0)
