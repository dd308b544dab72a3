"""Responsibility annotations, task segmentation, roles and prose assignments (real snippets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.agencies import canonical_agency
from policykg.extract.records import AgencyType, Role
from policykg.extract.responsibilities import (
    _PROSE_HINT_RE,
    _ROLE_END_WORDS,
    _SENTENCE_RE,
    _hinted_sentences,
    _role_ends,
    find_annotations,
    find_tasks,
    parse_names,
)
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


def test_a_sentence_of_roles_with_nothing_before_it_is_its_own_task_hand_written() -> None:
    # 统战工作由县委统战部负责。 right under a heading names its own work: no task of empty text
    tasks = tasks_of("前言。\n统战工作由县委统战部负责。\n", issuer=("某县人民政府",))
    assert [(t.text, owners(t)) for t in tasks] == [("统战工作由县委统战部负责。", [("县委统战部", "responsible")])]
    assert all(t.text for t in tasks_of(ITEM_1))


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
            # a body named in a bracket after another is a second body (eval/README)
            [("市交通委", "lead"), ("市道运局", "lead"), ("市绿化市容局", "support"), ("各区政府", "support")],
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
            # a collective is an owner; 会同 marks no lead (eval dev 07), as in prose
            [("国家发展改革委", "responsible"), ("有关部门", "responsible")],
            False,
        ),
        (
            # zones before the head of their party working committee and administrative committee, written once:
            # one collective as written (held-out AA14, 01)
            "加强水资源保护。（责任单位：各县(市、区)党委和人民政府，城乡一体化示范区、高新区党工委和管委会）",
            (),
            [("各县（市、区）党委和人民政府", "responsible"), ("城乡一体化示范区、高新区党工委和管委会", "responsible")],
            False,
        ),
        (
            # 牵头 marks the lead whatever verb of the work follows it in the bracket, a reworded copy's too (held-out
            # AC15, 05)
            "1.梳理筛选具备一定收益水平的项目，多种方式吸引民间资源介入。(省生长改造委牵头卖力)",
            ("广东省人民政府办公厅",),
            [("省生长改造委", "lead")],
            False,
        ),
        (
            "（三）推动项目落地。建立重点项目清单。（省发展改革委牵头推进，省财政厅配合）",
            ("广东省人民政府办公厅",),
            [("省发展改革委", "lead"), ("省财政厅", "support")],
            False,
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
        "zones-sharing-the-party-and-administrative-committees-head",
        "lead-word-then-any-verb-reworded-copy",
        "lead-word-then-any-verb",
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


def test_label_lines_of_three_roles_keep_the_responsible_units() -> None:
    # hand-written: 牵头单位, 配合单位 and 责任单位 on lines of their own name three roles
    raw = (
        "1.开展河道清障行动。清理河道违法建筑。\n"
        "牵头单位：区河长办\n配合单位：区公安分局\n责任单位：各街道办事处\n"
        "2.建立巡河制度。\n"
    )
    (task,) = tasks_of(raw, issuer=("上海市宝山区人民政府办公室",))
    assert owners(task) == [("区河长办", "lead"), ("区公安分局", "support"), ("各街道办事处", "responsible")]


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


def test_default_owner_stated_for_all_later_work_with_lead_and_participants() -> None:
    raw = (
        "1.制定实施准入清单。明确禁止和限制发展的行业、生产工艺和产业目录。〔市生态环境局牵头,市发展和改革局、"
        "工业和信息化局、自然资源局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,"
        "不再列出。〕按省的要求,县级及以上城市建成区原则上不再新建每小时35蒸吨以下燃煤锅炉。"
        "(市生态环境局、市场监管局牵头,市发展和改革局、工业和信息化局参与)\n"
    )
    first, second = tasks_of(raw, issuer=CHAOZHOU, document=None)
    assert owners(first)[-1] == ("各县、区人民政府（管委会）", "support")
    assert owners(second) == [
        ("市生态环境局", "lead"),
        ("市场监管局", "lead"),
        ("市发展和改革局", "support"),
        ("工业和信息化局", "support"),
        ("各县、区人民政府（管委会）", "support"),
    ]


def test_default_owners_stated_after_a_label_value_in_its_own_sentence() -> None:
    # Form: （责任单位：X、Y。以下政策措施均需A、B落实，不再单独列出） — a standing rule after the units' 。, naming
    # several bodies; every later task gets each of them.
    raw = (
        "1.设立中小企业纾困资金，支持企业技术改造。（责任单位：市发展改革委、市财政局，各区人民政府、开发区管委会。"
        "以下政策措施均需各区人民政府、开发区管委会落实，不再单独列出）\n"
        "2.落实减税降费政策。（责任单位：市税务局）\n"
    )
    first, second = tasks_of(raw, issuer=CHAOZHOU, document=None)
    assert [n for n, _ in owners(first)] == ["市发展改革委", "市财政局", "各区人民政府", "开发区管委会"]
    assert owners(second) == [
        ("市税务局", "responsible"),
        ("各区人民政府", "responsible"),
        ("开发区管委会", "responsible"),
    ]


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
        "各地、各部门（单位）结合实际落实工作任务，强化力量保障，形成工作闭环，层层抓好落实。",
    ],
    ids=["collective-without-duty", "enterprise-leads", "no-annotation", "vague-subjects"],
)
def test_no_invented_agencies(raw) -> None:
    assert [a for t in tasks_of(raw) for a in t.agencies] == []


def test_a_note_naming_its_owner_after_by_is_a_prose_duty_not_an_annotation() -> None:
    # the bracket is a note, no list of units: its 由X负责 is a prose duty of X (eval dev 09 codes it inline)
    raw = "（九）卫生健康行政部门对自贸试验区内的社会办医疗机构配置乙类大型医用设备实行告知承诺制。（技工院校内由人力资源社会保障行政部门负责）"
    found = [(t.kind, [a.name for a in t.agencies]) for t in tasks_of(raw) if t.agencies]
    assert found == [("prose", ["人力资源社会保障行政部门"])]


def test_a_heading_written_inside_a_run_on_line_starts_the_first_task() -> None:
    # hand-written in the form of a .docx notice on a document-sharing page, its lines run together: the preamble
    # ends 安排如下：, the first item's heading 一、 follows on the same line and has no full stop of its own
    raw = (
        "某某市市场监管工作要点 为全面落实省委关于市场监管工作的决策部署，不断提升群众满意度。现就我市年度重点工作"
        "安排如下：一、切实加强质量安全监管制定出台加强产品质量安全工作的若干措施。（市市场监管局负责）\n"
    )
    (task,) = tasks_of(raw, issuer=("某某市人民政府",))
    assert task.text == "一、切实加强质量安全监管制定出台加强产品质量安全工作的若干措施。"
    assert owners(task) == [("市市场监管局", "responsible")]


def test_prose_inside_annotated_text_is_not_a_second_task() -> None:
    raw = "（四）加强监督。市科技局负责日常监管。（责任单位：市科技局、市财政局）"
    (task,) = tasks_of(raw)
    assert task.kind == "annotated"


def test_collective_annotation_closes_the_previous_segment_and_owns_its_own() -> None:
    raw = "（二）鼓励创业。落实创业扶持政策。（财政部负责）加强宣传引导。（各有关部门和单位按职责分工负责）"
    first, second = tasks_of(raw, issuer=STATE_COUNCIL)
    assert first.text.endswith("落实创业扶持政策。") and second.text == "加强宣传引导。"
    assert owners(second) == [("各有关部门和单位", "responsible")] and not second.open_list


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


# ---------------------------------------------------------------------------
# Task tables flattened one cell a paragraph (Shanghai portal copies)

BAOSHAN = ("上海市宝山区人民政府办公室",)
BAOSHAN_TABLE = (
    "附件1\n\n2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单\n\n"
    "序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"
    "1\n\n加强组织领导\n\n召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。\n\n"
    "区政府办公室\n\n各联席会议成员单位\n\n2019年3月\n\n"
    "2\n\n将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。\n\n"
    "区委组织部（区公务员局）\n\n区绿化市容局\n\n2019年\n\n"
    "3\n\n推进全面覆盖\n\n深入开展生活垃圾分类达标、示范街镇（园区），及农村生活垃圾分类达标、示范村创建活动,落实属地责任，将垃圾分类工作落实到人。\n\n"
    "各街镇（园区）\n\n区绿化市容局、\n\n区农业农村委\n\n2019年\n\n"
    "4\n\n党政机关、公共机构垃圾分类完成全覆盖，100%实现达标标准。\n\n区机管局\n\n区绿化市容局\n\n区党政机关、公共机构\n\n2019年9月\n\n"
    "5\n\n提高处理能力\n\n加快推进本区湿垃圾处理项目；加快推进本区干垃圾焚烧项目。\n\n"
    "区政府办公室、区绿化市容局、\n\n区规划资源局、区重大办\n\n2019年\n\n"
    "6\n\n组织培训和现场教学，发挥第三方专业监管和专业监测机构的发现作用，严格处理运营中的不规范行为。\n\n"
    "区绿化市容局、区城管执法局\n\n区城市网格化综合管理中心、各街镇（园区）\n\n2019年\n\n"
    "7\n\n排摸本区农贸市场、标准化菜场现状，落实新建和已建农贸市场、标准化菜场的湿垃圾就地处理设施配套工作\n\n"
    "区市场监管局\n\n区商务委\n\n区绿化市容局\n\n2019年\n\n"
    "8\n\n采取分类分级培训，组织全区性的宣讲，指导各街镇（园区）开展相关宣教工作。\n\n"
    "区绿化市容局、区委宣传部\n\n各街镇（园区）\n\n2019年5月\n\n"
    "附件2\n\n2019年街镇（园区）生活垃圾分类目标任务  分解表\n"
)


def table_rows(raw: str, issuer) -> dict[str, object]:
    return {
        t.path[0]: t for t in tasks_of(raw, issuer=issuer, document=None) if t.path and t.path[0].isdigit()
    }


def test_table_rows_lead_support_deadline_and_group() -> None:
    rows = table_rows(BAOSHAN_TABLE, BAOSHAN)
    first = rows["1"]
    # the record quotes the whole row as printed, from its serial to its deadline
    assert first.text.startswith("1\n") and first.text.endswith("2019年3月")
    assert "召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。" in first.text
    # 各联席会议成员单位: a collective owner
    assert owners(first) == [("区政府办公室", "lead"), ("各联席会议成员单位", "support")]
    assert (first.heading, first.deadline) == ("加强组织领导", "2019年3月")
    assert first.agencies[0].canonical == "上海市宝山区人民政府办公室"
    # a merged group cell carries down; a unit cell's names over two paragraphs stay one cell
    assert rows["2"].heading == "加强组织领导"
    assert owners(rows["2"]) == [("区委组织部", "lead"), ("区公务员局", "lead"), ("区绿化市容局", "support")]
    assert owners(rows["3"]) == [
        ("各街镇（园区）", "lead"),
        ("区绿化市容局", "support"),
        ("区农业农村委", "support"),
    ]
    assert rows["3"].heading == "推进全面覆盖"


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (
            "6",
            [
                ("区绿化市容局", "lead"),
                ("区城管执法局", "lead"),
                ("区城市网格化综合管理中心", "support"),
                ("各街镇（园区）", "support"),
            ],
        ),
        ("8", [("区绿化市容局", "lead"), ("区委宣传部", "lead"), ("各街镇（园区）", "support")]),
    ],
    ids=["cells-joined-across-a-break", "collective-joined-to-a-list"],
)
def test_table_cells_joined_by_a_page_break_are_cut_where_two_names_abut(serial, expected) -> None:
    assert owners(table_rows(BAOSHAN_TABLE, BAOSHAN)[serial]) == expected


@pytest.mark.parametrize("serial", ["5", "7"], ids=["one-cell-for-two-columns", "three-single-names"])
def test_table_rows_whose_unit_cells_cannot_be_aligned_keep_every_unit_without_a_lead(serial) -> None:
    row = table_rows(BAOSHAN_TABLE, BAOSHAN)[serial]
    assert len(row.agencies) >= 3 and {a.role.value for a in row.agencies} == {"responsible"}


def test_table_with_a_reference_column_and_multiline_cells() -> None:
    raw = (
        "附件：嘉定区系统化全域推进海绵城市建设重点任务分解表\n\n序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n参考文件\n\n"
        "1\n\n海绵城市\n建设管理\n\n区建设管理委负责指导推进嘉定区海绵城市建设工作，会同各行业主管部门协同制定海绵城市年度建设项目计划，落实责任分工，加强过程管理，定期组织检查评估，开展年度考核工作。各行业主管部门按照各自职责，负责海绵城市建设相关工作。\n\n"
        "区建设管理委、区发展改革委、区财政局、区规划资源局、\n区水务局、区交通委、\n区绿化市容局等相关部门，\n各街镇\n\n"
        "《嘉定区海绵城市规划建设管理工作指引（试行）》\n\n"
        "2\n\n海绵城市\n系统方案\n\n聚焦重点区域、重大项目、达标区域，以排水分区为单元，编制海绵城市系统方案，合理确定目标指标，明确建设项目。\n\n"
        "区建设管理委\n\n《本市系统化全域推进海绵\n城市建设的实施意见》\n（沪府办发〔2024〕3号）\n\n"
        "序号\n\n任务类型\n\n重点内容\n\n责任单位\n\n参考文件\n\n"
        "3\n\n海绵型公园\n\n公园绿化项目需落实“海绵公园”设计理念，加强雨水提标统筹，充分发挥公园绿地滞蓄、净化功能，打造一批显示度高的海绵型公园。\n\n"
        "区绿化市容局、区水务局、\n区规划资源局，各街镇\n\n《嘉定区绿化市容\n“十四五”规划》\n"
    )
    rows = table_rows(raw, ("上海市嘉定区人民政府办公室",))
    assert sorted(rows) == ["1", "2", "3"]  # the header repeated on a new page is not a row
    assert rows["1"].heading == "海绵城市建设管理"
    assert [a.name for a in rows["1"].agencies][-2:] == ["区绿化市容局", "各街镇"] and rows["1"].open_list
    assert all(a.role is Role.RESPONSIBLE for a in rows["1"].agencies)
    assert owners(rows["2"]) == [("区建设管理委", "responsible")]
    # the record quotes the whole row, its reference cell too; the reference names no owner
    assert rows["2"].text.endswith("（沪府办发〔2024〕3号）")
    assert [a.name for a in rows["3"].agencies] == ["区绿化市容局", "区水务局", "区规划资源局", "各街镇"]


JINGAN_TABLE = (
    "附件\n\n静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）\n\n任务类型\n\n序号\n\n工作任务\n\n推进单位\n\n"
    "行动一：再造发展新极行动（综合区域整体焕新行动）\n\n"
    "1\n\n推进走马塘片区规划研究\n\n区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团\n\n"
    "行动二：重塑美丽新居行动（人居环境品质提升行动）\n\n旧区改造\n\n"
    "2\n\n全面完成中心城区零星二级旧里以下房屋改造\n\n区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇\n\n"
    "旧住房更新改造\n\n3\n\n加快推进各类旧住房更新改造。\n\n"
    "行动三：智创和谐新境行动（公共空间设施优化行动）\n\n公共服务设施提升改造\n\n"
    "4\n\n建设国际一流高品质公共服务设施。重点推进：静安区全民健身中心新建工程\n\n区体育局、区规划资源局、区建设管理委\n\n"
    "公共空间优化\n\n5\n\n完成公共空间优化项目，推进静安公园改造和不夜城绿地改造\n\n区绿化市容局\n\n"
    "6\n\n改建或新建9座左右口袋公园\n\n"
    "市政基础设施提升改造\n\n7\n\n完成架空线入地和杆箱整治约48公里\n\n区建设管理委、区绿化市容局、区国动办、区应急局、各相关街镇\n\n"
    "8\n\n完成燃气老化管道改造约36公里\n"
)


def test_table_with_group_before_serial_and_merged_unit_cells() -> None:
    rows = table_rows(JINGAN_TABLE, ("上海市静安区人民政府办公室",))
    assert [a.name for a in rows["1"].agencies][-1] == "市北高新集团"
    # row 3 takes the merged cell; the record quotes the whole row: the group cell printed in it,
    # serial, task, units (each cell on its line: a short cell over a blank line is never joined)
    assert rows["2"].text == (
        "旧区改造\n2\n全面完成中心城区零星二级旧里以下房屋改造\n区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇"
    )
    assert [a.name for a in rows["3"].agencies] == [a.name for a in rows["2"].agencies]
    assert [a.name for a in rows["2"].agencies][0] == "区“两旧”专班"
    # 新建工程区体育局: the break between the task and unit cells was joined; the names are cut off
    assert rows["4"].text.endswith("全民健身中心新建工程区体育局、区规划资源局、区建设管理委")
    assert [a.name for a in rows["4"].agencies] == ["区体育局", "区规划资源局", "区建设管理委"]
    assert rows["4"].heading == "公共服务设施提升改造"
    # a unit cell merged over rows 5–6 and 7–8: carried down within the group of rows spanning the table
    assert [a.name for a in rows["6"].agencies] == ["区绿化市容局"]
    assert rows["7"].text.startswith("市政基础设施提升改造\n7\n完成架空线入地和杆箱整治约48公里\n区建设管理委")
    assert rows["8"].text == "8\n完成燃气老化管道改造约36公里"  # a row under a merged unit cell
    assert [a.name for a in rows["8"].agencies] == [a.name for a in rows["7"].agencies]
    assert rows["8"].agencies[-1].canonical == "上海市静安区各相关街镇"  # not every 街镇


def test_unit_cell_is_not_carried_across_a_row_spanning_the_table() -> None:
    raw = (
        "任务类型\n\n序号\n\n工作任务\n\n推进单位\n\n行动一：再造发展新极行动\n\n"
        "1\n\n推进走马塘片区规划研究\n\n区规划资源局、区建设管理委\n\n"
        "行动二：重塑美丽新居行动\n\n旧住房更新改造\n\n2\n\n加快推进各类旧住房更新改造。\n"
    )
    assert sorted(table_rows(raw, ("上海市静安区人民政府办公室",))) == ["1"]


def test_table_rendered_one_line_a_row_by_the_word_reader() -> None:
    raw = (
        "加强组织领导\n"
        "1.召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。"
        "（牵头部门：区政府办公室；配合部门：各联席会议成员单位；时间节点：2019年3月）\n"
        "2.将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。"
        "（牵头部门：区委组织部（区公务员局）；配合部门：区绿化市容局、区农业农村委；时间节点：2019年）\n"
    )
    first, second = tasks_of(raw, issuer=BAOSHAN, document=None)
    assert owners(first) == [("区政府办公室", "lead"), ("各联席会议成员单位", "support")]
    assert first.deadline == "2019年3月"
    assert owners(second) == [
        ("区委组织部", "lead"),
        ("区公务员局", "lead"),
        ("区绿化市容局", "support"),
        ("区农业农村委", "support"),
    ]
    assert second.path == ("2",) and second.deadline == "2019年"


def test_indicator_table_without_unit_columns_is_not_a_task_table() -> None:
    raw = "附件3\n\n序号\n\n街镇\n\n源头达标实效指标\n\n收运体系建设指标\n\n1\n\n吴淞街道\n\n100%全覆盖\n\n40\n\n2\n\n友谊路街道\n\n60\n"
    assert tasks_of(raw, issuer=BAOSHAN, document=None) == []


# ---------------------------------------------------------------------------
# Group assignments in prose, and duty statements whose subject the tables lack


@pytest.mark.parametrize(
    ("raw", "issuer", "expected", "open_list"),
    [
        (
            "19个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、人力资源社会保障厅等省级主管部门（单位）"
            "牵头完成自查报告，其他相关部门（单位）配合，于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告。",
            (),
            [  # (省 written once for the list: 住房城乡建设厅 is the province's)
                ("省政府办公厅", "lead"),
                ("省住房城乡建设厅", "lead"),
                ("省发展改革委", "lead"),
                ("省人力资源社会保障厅", "lead"),
                ("其他相关部门（单位）", "support"),
            ],
            True,
        ),
        (
            "其余单位生活垃圾分类推进由街镇（园区）牵头，区绿化市容局配合落实。",
            BAOSHAN,
            [("街镇（园区）", "lead"), ("区绿化市容局", "support")],
            False,
        ),
        (
            "由县卫健委牵头，县医保局、县市场监管局参与，开展药品流通专项整治。",
            ("某县人民政府",),
            [("县卫健委", "lead"), ("县医保局", "support"), ("县市场监管局", "support")],
            False,
        ),
        (
            "加快建设城市运行平台，县发改局牵头，县大数据局、县财政局协同，年底前完成。",
            ("某县人民政府",),
            [("县发改局", "lead"), ("县大数据局", "support"), ("县财政局", "support")],
            False,
        ),
        (
            "牵头单位牵头负责，配合单位积极配合，确保按期办结。",
            (),
            [("牵头单位", "lead"), ("配合单位", "support")],
            False,
        ),
        (
            "市财政局牵头负责，配合单位积极配合。",
            (),
            [("市财政局", "lead"), ("配合单位", "support")],
            False,
        ),
    ],
    ids=["province-departments-lead-others-support", "towns-lead-bureau-supports",
         "supporters-by-another-role-word-参与-hand-written", "lead-then-supporters-by-协同-without-由-hand-written",
         "bare-role-groups-lead-and-support", "bare-support-group-after-a-named-lead-hand-written"],
)
def test_group_assignment_in_prose(raw, issuer, expected, open_list) -> None:
    (task,) = tasks_of(raw, issuer=issuer, document=None)
    assert task.kind == "prose" and owners(task) == expected and task.open_list is open_list


def test_two_assignments_in_one_sentence_are_two_tasks() -> None:
    raw = "党政机关等公共机构生活垃圾分类推进由区机管局与区绿化市容局落实，其余单位生活垃圾分类推进由街镇（园区）牵头，区绿化市容局配合落实。"
    first, second = tasks_of(raw, issuer=BAOSHAN, document=None)
    assert owners(first) == [("区机管局", "responsible"), ("区绿化市容局", "responsible")]
    assert first.text.startswith("党政机关") and second.text.startswith("其余单位")
    assert owners(second) == [("街镇（园区）", "lead"), ("区绿化市容局", "support")]
    assert second.agencies[0].canonical == "上海市宝山区各街镇（园区）"


QIBAO = ("上海市闵行区七宝镇人民政府",)


@pytest.mark.parametrize(
    ("raw", "name", "canonical"),
    [
        (
            "1.镇规建办为限额以下工程项目管理的主管部门，负责推进、协调工程各环节的相关工作。",
            "镇规建办",
            "上海市闵行区七宝镇规建办",
        ),
        ("2.镇监察室负责对限额以下工程管理的行为行使监督职能。", "镇监察室", "上海市闵行区七宝镇监察室"),
        (
            "4.镇财政所负责对使用财政性资金限额以下小型建设工程的资金来源及使用情况进行监管。",
            "镇财政所",
            "上海市闵行区七宝镇财政所",
        ),
        # a committee's short name, its last the 会 of 委员会
        ("镇爱卫会负责组织协调，指导各村开展病媒生物防制工作。", "镇爱卫会", "上海市闵行区七宝镇爱卫会"),
    ],
    ids=["zhuguan-bumen", "jiancha-shi", "caizheng-suo", "committee-short-name-in-hui"],
)
def test_unknown_subject_of_a_duty_statement_is_kept_as_unknown(raw, name, canonical) -> None:
    (task,) = tasks_of(raw, issuer=QIBAO, document=None)
    (agency,) = task.agencies
    assert (agency.name, agency.canonical, agency.known, agency.role) == (
        name,
        canonical,
        False,
        Role.RESPONSIBLE,
    )


@pytest.mark.parametrize(
    "raw",
    [
        "11.建设单位应尽到建设方主体责任。严格遵守相关法律法规和规范标准，认真履行建设单位职责。",
        "13.项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责配合户管辖区域内使用社会资金的限额以下小型建设工程做好手续办理。",
        "1.镇各相关部门应按照相关规章、制度，落实专人，明确职责，做好工程项目管理的相关工作。",
        "国务院职业教育工作部际联席会议由教育、人力资源社会保障、发展改革、工业和信息化、财政等部门组成。",
        # a list of sectors names no body (eval dev 17 leaves 市、区规划资源、水务、交通…等部门…协同推进 uncoded,
        # dev 24 公安、消防、城管、建管、房管等…部门 and 区公安、应急、消防部门); hand-written in the form of municipal rules
        "同级发展改革、自然资源、住房城乡建设等部门应依照各自职责予以配合。",
        "公安、市场监管等部门按照各自职责，协同体育部门管理健身市场。",
        "区公安、应急、消防部门要充分发挥专业优势。",
        # hand-written in the form of a regulation's first article: the purpose's second clause opens
        # with a verb, and what it protects is no subject
        "第一条 为了加强城市供水管理，保障供水主管部门依法履行职责，根据有关法律、法规，结合本市实际，制定本办法。",
        "为加强河道管理，保障水行政主管部门依法实施监督，现提出如下意见。",
        # hand-written in the form of a regulation's article defining a term: the bodies in the definition are
        # part of what the term covers, not given work
        "第三条 本细则所称的助学贴息贷款，是指由合作银行向在校学生发放，由市财政局按规定给予贴息的贷款。",
    ],
    ids=[
        "builder-not-an-agency",
        "vague-unit-list",
        "vague-town-departments",
        "membership-not-a-task",
        "sector-list-cooperates",
        "sector-list-by-duties",
        "fields-under-one-head-without-deng",
        "purpose-article-closing-with-its-own-kind",
        "verb-led-phrase-before-a-duty-word",
        "definition-article-names-a-body-in-the-term",
    ],
)
def test_prose_without_a_clear_agency_subject_yields_nothing(raw) -> None:
    assert [a for t in tasks_of(raw, issuer=QIBAO, document=None) for a in t.agencies] == []


# hand-written in the form of a regulation's article that gives several bodies duties: a later
# subject the tables lack, written under its place, after ； or 。 (the place is named again)
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "第五条 云台市园林局负责全市古树名木的保护管理；松溪区园林局负责松溪区范围内古树名木的日常养护。",
            [[("云台市园林局", "responsible")], [("松溪区园林局", "responsible")]],
            id="place-led-subject-after-semicolon",
        ),
        pytest.param(
            "第五条 云台市园林局负责全市古树名木的保护管理。松溪区园林局应当协助云台市园林局做好松溪区范围内的相关工作。",
            [[("云台市园林局", "responsible")], [("松溪区园林局", "responsible")]],
            id="place-led-subject-after-full-stop",
        ),
        pytest.param(
            "第五条 云台市园林局负责全市古树名木的保护管理。松溪区园林局在松溪区人民政府领导下，负责辖区内古树名木的日常养护。",
            [[("云台市园林局", "responsible")], [("松溪区园林局", "responsible")]],
            id="place-led-subject-before-a-phrase-of-leadership",
        ),
        pytest.param("（4）河道区园林局负责核实填埋河道的手续。", [], id="row-label-before-a-level-is-no-place"),
        pytest.param("同时区园林局要加强古树名木的养护。", [], id="connective-before-a-level-is-no-place"),
    ],
)
def test_subject_the_tables_lack_under_its_place(raw: str, expected: list) -> None:
    tasks = tasks_of(raw, issuer=("云台市人民政府",), document=None)
    assert [owners(t) for t in tasks if t.agencies] == expected


# hand-written in the form of provincial, ministerial and joint documents, which name other bodies with
# their full place: a province or autonomous region, or a city of the places table named once
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "二、加强宣传。湖南省农业农村厅要加强农药安全宣传，湖南省教育厅配合。",
            [[("湖南省农业农村厅", "responsible"), ("湖南省教育厅", "support")]],
            id="province-subject-and-a-later-supporter",
        ),
        pytest.param(
            "三、强化保障。宁夏回族自治区财政厅负责资金保障。",
            [[("宁夏回族自治区财政厅", "responsible")]],
            id="autonomous-region-subject",
        ),
        pytest.param(
            "四、长沙市教育局负责校园内部安全管理工作。",
            [[("长沙市教育局", "responsible")]],
            id="city-of-the-places-table-named-once",
        ),
        pytest.param(
            "五、湖南省长沙市教育局负责校园内部安全管理工作。",
            [[("湖南省长沙市教育局", "responsible")]],
            id="city-under-its-province",
        ),
        pytest.param(
            "六、长沙市教育局负责校园内部安全管理工作，株洲市公安局配合。",
            [[("长沙市教育局", "responsible"), ("株洲市公安局", "support")]],
            id="later-supporter-under-a-city-named-once",
        ),
        pytest.param(
            "六、省教育厅负责校园内部安全管理工作，省公安厅配合。",
            [[("省教育厅", "responsible"), ("省公安厅", "support")]],
            id="later-clause-of-a-supporter-only",
        ),
        pytest.param(
            "第三条 湖北省经济委员会主管全省饲料工业。",
            [[("湖北省经济委员会", "responsible")]],
            id="body-the-tables-lack-under-its-province",
        ),
        pytest.param(
            "八、株洲市公安局配合长沙市教育局开展校园周边巡查。",
            [[("株洲市公安局", "support"), ("长沙市教育局", "responsible")]],
            id="body-under-a-city-after-a-partners-verb",
        ),
        pytest.param("七、河道市教育局负责校园内部安全管理工作。", [], id="words-named-once-before-a-level-are-no-place"),
    ],
)
def test_subject_under_a_real_place(raw: str, expected: list) -> None:
    tasks = tasks_of(raw, issuer=("某某市人民政府",), document=None)
    assert [owners(t) for t in tasks if t.agencies] == expected


# hand-written in the form of regulations, which name the duty-bearers by their level, not their place
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("第五条 乡镇人民政府负责本行政区域内的农村公路日常养护工作。", "乡镇人民政府", id="township-governments"),
        pytest.param("第六条 乡、镇人民政府负责农村公路的巡查工作。", "乡、镇人民政府", id="levels-sharing-one-head"),
        pytest.param("第七条 设区的市人民政府负责农村公路规划工作。", "设区的市人民政府", id="cities-with-districts"),
        pytest.param("第八条 旗县以上人民政府应当加强对农村公路工作的领导。", "旗县以上人民政府", id="banners-and-counties-and-above"),
        pytest.param("第九条 苏木乡镇人民政府负责牧区道路日常养护工作。", "苏木乡镇人民政府", id="sumu-and-townships"),
        pytest.param("第十条 村民委员会应当协助做好农村公路的管护。", "村民委员会", id="villagers-committee"),
        pytest.param(
            "第十一条 县级以上交通运输行政主管部门行使农村公路路政管理权。",
            "县级以上交通运输行政主管部门",
            id="exercising-a-power-is-a-duty",
        ),
        pytest.param(
            "第十二条 县以上（含县，下同）卫生行政主管部门负责饮用水卫生监督。",
            "县以上（含县，下同）卫生行政主管部门",
            id="class-of-levels-with-a-note-of-what-it-includes",
        ),
    ],
)
def test_bodies_named_by_their_level_in_a_regulation(raw: str, expected: str) -> None:
    tasks = [t for t in tasks_of(raw, issuer=(), document=None) if t.agencies]
    assert [owners(t) for t in tasks] == [[(expected, "responsible")]]


def test_offices_without_a_level_are_owners_where_no_issuer_is_read() -> None:
    # hand-written: with no issuer, nothing says whose 政府督查室 and 监察局 these are, but they are bodies named
    # as owners: kept as written, known=False
    raw = "四、政府督查室、监察局要加强跟踪督办，严肃追究责任。"
    (task,) = [t for t in tasks_of(raw, issuer=(), document=None) if t.agencies]
    assert [(a.name, a.known) for a in task.agencies] == [("政府督查室", False), ("监察局", False)]

# ---------------------------------------------------------------------------
# Owners of duties in prose: bodies named without a level, a time before the modal, lists, and what is no owner

YIWU = ("义乌市人民政府办公室",)
HANGZHOU = ("杭州市人民政府办公厅",)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # hand-written in the form of meeting minutes: bodies after 由 that no level opens, any verb of work after them
        pytest.param(
            "会议同意在高新区安排用地50亩，由高新区和规划局负责做好用地保障。",
            YIWU,
            [("高新区", "responsible"), ("规划局", "responsible")],
            id="by-a-zone-and-a-bare-bureau",
        ),
        pytest.param(
            "由督查办、信访办组织对各乡镇整改情况进行复查。",
            YIWU,
            [("督查办", "responsible"), ("信访办", "responsible")],
            id="by-bare-offices-with-a-verb-outside-the-duty-list",
        ),
        # hand-written in the form of a notice's penalty clauses: a field's organs and authorities after 由
        pytest.param(
            "在禁放区域内燃放的，由公安机关依法予以处罚。",
            (),
            [("公安机关", "responsible")],
            id="by-a-fields-organs",
        ),
        pytest.param(
            "对擅自焚烧的，由自然资源部门依据有关规定责令限期整改。",
            (),
            [("自然资源部门", "responsible")],
            id="by-a-fields-authority-not-the-ministry",
        ),
        pytest.param(
            "经营者拒不改正的，由市场监管部门、公安机关依法查处。",
            (),
            [("市场监管部门", "responsible"), ("公安机关", "responsible")],
            id="by-two-authorities-one-opening-with-a-levels-character",
        ),
        # hand-written in the form of a rule's penalty articles: the owner then 处以/处N元 (处 a verb, not a division)
        pytest.param(
            "第二十条 违反本办法第八条规定的，由城市管理主管部门处以二千元罚款。",
            (),
            [("城市管理主管部门", "responsible")],
            id="by-an-authority-then-a-fine-imposed-with-chuyi",
        ),
        pytest.param(
            "第二十一条 违反本办法第九条规定的，由公安机关处500元以上1000元以下罚款。",
            (),
            [("公安机关", "responsible")],
            id="by-a-fields-organs-then-a-fine-range-with-chu",
        ),
        # hand-written in the same form: bodies under the level, joint in one manner of division, then the penalty verb
        pytest.param(
            "第二十二条 违反本办法第十条规定的，由市公安机关消防管理部门、市城市管理行政主管部门按照各自职责分工处罚。",
            (),
            [("市公安机关消防管理部门", "responsible"), ("市城市管理行政主管部门", "responsible")],
            id="by-two-level-bodies-by-their-duties-then-penalise",
        ),
        pytest.param(
            "第二十三条 拒不改正的，由区生态环境行政主管部门责令停止施工。",
            (),
            [("区生态环境行政主管部门", "responsible")],
            id="by-a-level-authority-then-order",
        ),
        # hand-written in the form of State Council regulations: a body under the State Council the tables lack,
        # named by its form after the known 国务院, then an adverb before the verb
        pytest.param(
            "第六条 行政机构的合并，由国务院档案管理机关事先组织专家进行论证。",
            STATE_COUNCIL,
            [("国务院档案管理机关", "responsible")],
            id="by-a-body-under-a-known-name-then-an-adverb",
        ),
        # hand-written in the form of a rectification plan: a leading group, then under whose leadership, then the verb
        pytest.param(
            "专项整治工作按照统一部署的要求，由各地安全整治工作领导小组在地方人民政府领导下组织开展。",
            (),
            [("各地安全整治工作领导小组", "responsible")],
            id="by-a-leading-group-under-a-government-then-the-verb",
        ),
        # hand-written in the form of a rule's article on officials' misconduct: the offender's own unit first (no body),
        # then a field's organs, then an unnamed higher body
        pytest.param(
            "第三十条 工作人员玩忽职守的，由其所在单位、审计机关或者上级主管部门责令改正。",
            (),
            [("审计机关", "responsible")],
            id="by-the-offenders-own-unit-then-a-fields-organs",
        ),
        pytest.param(
            "未造成损失的，由县级以上人民政府农业农村主管部门责令改正。",
            (),
            [("县级以上人民政府农业农村主管部门", "responsible")],
            id="by-a-class-of-levels-authority-not-its-government",
        ),
        pytest.param(
            "本次项目的环境影响评估由清溪县生态环境局作为评估主体，组织开展相关工作。",
            (),
            [("清溪县生态环境局", "responsible")],
            id="a-topic-then-by-a-body-under-its-county-as-the-agent",
        ),
        pytest.param(
            "相关设备采购由创建国家园林城市工作领导小组提出具体方案后另行研究。",
            (),
            [("创建国家园林城市工作领导小组", "responsible")],
            id="a-topic-then-by-a-joint-body-that-proposes",
        ),
        pytest.param(
            "对此类来信，由各承办单位直接回复来信人。",
            (),
            [("各承办单位", "responsible")],
            id="by-the-units-handling-the-matters",
        ),
        pytest.param(
            "宅基地调查结束后，由黄渡县清溪镇人民政府于10月8日开始对青苗开展清点。",
            (),
            [("黄渡县清溪镇人民政府", "responsible")],
            id="by-a-town-government-under-its-county-then-a-date",
        ),
        pytest.param(
            "会议研究了校舍改造问题，会议要求由县教育局尽快给县政府报送改造方案。",
            ("宁海县人民政府办公室",),
            [("县教育局", "responsible")],
            id="a-request-by-a-body-that-the-verb-does-not-run-into",
        ),
        # hand-written in the form of minutes' numbered points: the subject after an ordinal
        pytest.param(
            "五是文广局要加强宣传引导。",
            (),
            [("文广局", "responsible")],
            id="a-bare-bureau-after-an-ordinal",
        ),
        pytest.param(
            "公安机关要加强节日期间的巡查。",
            (),
            [("公安机关", "responsible")],
            id="a-fields-organs-as-the-subject",
        ),
        # hand-written in the form of a reporting rule: a time by which the work is due before the modal
        # hand-written in the form of minutes: a request after the meeting's decision names the lead
        pytest.param(
            "会议同意该方案，要求交通部门牵头，按照会议意见进一步修改完善。",
            (),
            [("交通部门", "lead")],
            id="a-fields-authority-asked-to-lead-after-the-decision",
        ),
        # hand-written: a class of firms beside a named enterprise is no owner, the enterprise is
        pytest.param(
            "市城投集团和相关施工企业要加快工程进度。",
            ("张掖市人民政府办公室",),
            [("市城投集团", "responsible")],
            id="an-enterprise-beside-a-class-of-firms",
        ),
        # hand-written in the form of a supervision notice: the rule the groups work by, then a duty period by period
        pytest.param(
            "各牵头单位、配合单位遵照任务分解表确定的分工，按季度对工作完成情况进行自查。",
            (),
            [("各牵头单位", "responsible"), ("各配合单位", "responsible")],
            id="groups-by-a-rule-then-a-duty-each-quarter",
        ),
        pytest.param(
            "各街道、区级各部门每月25日前要将上月工作进展报送区政府办公室。",
            ("上海市普陀区人民政府办公室",),
            [("各街道", "responsible"), ("区级各部门", "responsible")],
            id="groups-then-a-due-time-then-the-modal",
        ),
        # hand-written in the forms of notices' closing paragraphs: lists of owners
        pytest.param(
            "区住建局、区水务局、白云镇等单位要加快推进管网改造。",
            ("广州市白云区人民政府",),
            [("区住建局", "responsible"), ("区水务局", "responsible"), ("白云镇", "responsible")],
            id="a-town-named-by-its-place-last-in-a-list",
        ),
        pytest.param(
            "各乡、镇和有关部门要做好困难群众摸底排查。",
            ("淳安县人民政府",),
            [("各乡", "responsible"), ("各镇", "responsible"), ("有关部门", "responsible")],
            id="a-list-closed-by-the-departments-concerned",
        ),
        # real (黄茅洲镇 优化营商环境): a town's departments and units, 部门单位 with no 和, after a grassroots group
        pytest.param(
            "各村、镇直各部门单位要切实加强领导,统筹协调,落实责任,确保各项工作落到实处。",
            (),
            [("各村", "responsible"), ("镇直各部门单位", "responsible")],
            id="a-towns-departments-and-units-after-its-villages",
        ),
        pytest.param(
            "各县（区）民政和财政部门要按时足额发放补贴。",
            ("湖南省民政厅",),
            [("各县（区）民政部门", "responsible"), ("各县（区）财政部门", "responsible")],
            id="two-fields-written-with-one-head",
        ),
        pytest.param(
            "西湖区、各县（市）要结合实际抓好落实。",
            HANGZHOU,
            [("西湖区", "responsible"), ("各县（市）", "responsible")],
            id="a-named-district-before-a-group",
        ),
        pytest.param(
            "各社区“两委”要做好入户宣传。",
            (),
            [("各社区“两委”", "responsible")],
            id="a-group-named-in-quotes",
        ),
        pytest.param(
            "（三）政府统一领导，人社部门牵头，各镇（街道）和有关部门密切配合，形成工作合力。",
            (),
            [("人社部门", "lead"), ("各镇（街道）", "support"), ("有关部门", "support")],
            id="a-fields-authority-leads-in-prose-groups-support-with-an-adverb",
        ),
    ],
)
def test_owners_of_duties_in_prose(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert len(tasks) == 1
    assert owners(tasks[0]) == expected


@pytest.mark.parametrize(
    "raw",
    [
        # hand-written: a leader of a body leads the work, not the body
        pytest.param("每月初确定抽查事项，由区政府领导亲自带队开展督查。", id="a-bodys-leader-after-by"),
        # hand-written in the form of a site's footer
        pytest.param("市政府办公厅主管市大数据中心承办", id="a-sites-credits"),
        # hand-written in the form of minutes: sector words only; 会 of 会同 ends no name
        pytest.param("2.请建设会同财政、审计等部门，抓紧制定收费办法。", id="sector-words-before-huitong"),
        # hand-written: the organs a case is handed to, a change of state after 由…向, a category's label
        pytest.param("构成犯罪的，移送司法机关依法追究刑事责任。", id="the-organs-a-case-is-handed-to"),
        pytest.param("推动办学模式由参照普通教育办学模式向类型教育转变。", id="from-one-state-to-another"),
        pytest.param("一是主管部门负责类。", id="a-categorys-label-after-an-ordinal"),
        pytest.param("凡违反规定的，由上级部门责令改正。", id="a-higher-body-unnamed"),
        pytest.param("日常工作可由督查办承担。", id="a-permission-assigns-nothing"),
        # hand-written in the form of a work report's closing duties: 主要负责人 is the heads' post, no duty of the bodies
        pytest.param("各乡镇、各部门主要负责人作为第一责任人，要亲自抓落实。", id="heads-of-bodies-as-first-responsible"),
        # hand-written in the form of a cleanup decision: the bodies only made the documents a time qualifies
        pytest.param("市人民政府及其办公室于2020年6月30日以前印发的文件，一律停止执行。", id="makers-of-documents-dated-in-a-modifier"),
        # hand-written in the form of a penalty rule's list of circumstances: a case ending in 的 names no owner
        pytest.param("有下列行为之一的，处以罚款：\n（二）阻碍市场监管部门依法进行检查的；", id="a-case-of-a-list-of-circumstances"),
        pytest.param("由县财政局确定的补助对象，应当在村务公开栏公示。", id="the-maker-qualifying-a-noun-after-you"),
        # hand-written in the form of a work meeting's speech: a shareholding after 由 is no duty of the holder
        pytest.param("由市交投集团控股，组建合资公司投资建设物流园区。", id="a-shareholding-after-by"),
        # hand-written in the form of a leading group's make-up: posts filled by a body's leaders, no work of the body
        pytest.param(
            "领导小组副组长由市发展改革委主要负责同志担任，成员由各相关部门负责同志担任。", id="posts-filled-by-a-bodys-leaders"
        ),
        # hand-written in the form of a chief-steward system plan: a post set up and filled by a tier's leaders
        pytest.param("各级设立副总河长，由同级政府常务副职和分管副职担任。", id="a-post-filled-by-a-tiers-deputies"),
        pytest.param("设立副总湖长，由同级政府分管副职兼任；", id="a-post-held-concurrently-by-a-tiers-deputy"),
        # 机构改革方案 (real, heldE12 08_zhejiang): an institution set up and the body it answers to
        pytest.param("组建省能源局,由省发展和改革委员会管理。承担拟订能源发展规划、组织协调重大能源项目建设等职责。",
                     id="a-body-set-up-under-another"),
        # hand-written: the same set-up by 设立, the body it answers to by 主管
        pytest.param("设立县公务员局，由县人力资源和社会保障局主管。", id="a-body-set-up-under-another-by-sheli"),
        # hand-written in the same form: a company set up, the body it answers to by 负责管理 (the set-up clause its own piece)
        pytest.param("成立县城市建设投资公司，由县国资办负责管理。", id="a-body-set-up-under-another-by-fuze-guanli"),
        # hand-written in the same form: the body it answers to by 代管
        pytest.param("组建县大数据中心，由县政府办公室代管。", id="a-body-set-up-under-another-by-daiguan"),
        # hand-written in the form of a progress report's quoted tasks: a quoted name, the words after it the work
        pytest.param("县发改局负责的“十四五”规划编制工作已基本完成。", id="a-quoted-name-before-its-work"),
        pytest.param("县发改局负责的“稳投资，促消费”工作成效明显。", id="a-quoted-name-with-a-comma-before-its-work"),
        # hand-written in the form of a fund's rules: the words before a body a short name is noted for are a clause's
        pytest.param(
            "第二条 本办法由五桂山经济发展和科技统计局（以下简称经科统局）负责解释。",
            id="a-short-name-noted-after-the-body-a-rule-is-by",
        ),
        pytest.param(
            "第四条 设立五桂山科技创新服务中心（以下简称服务中心）负责日常运营。", id="a-short-name-noted-after-a-body-set-up"
        ),
        # hand-written in the form of a notice's closing lines: the reader may get in touch or ask leave, no duty
        pytest.param("各乡镇如有疑问，请与县应急局联系。", id="a-notices-contact-line"),
        pytest.param("县教育局如需调整，请报县政府同意。", id="a-notices-line-asking-leave"),
        # hand-written in the form of a progress notice's tally, its counts in Chinese numerals
        pytest.param("县交通局负责国债项目一个未开工。", id="a-tally-in-chinese-numerals"),
        pytest.param("县交通局负责国债项目两个，开工一个。", id="a-tally-in-chinese-numerals-its-status-counted"),
        # heldout (a news mirror's headline): a question asks for the bodies, it names none
        pytest.param(
            "国务院发布落实《政府工作报告》重点工作部门分工意见,实施乡村振兴战略的四项工作由哪些部门牵头?",
            id="an-interrogative-asks-for-the-lead",
        ),
        # hand-written in the same form: the question asks for the responsible unit
        pytest.param("这项改革由哪个部门负责？", id="an-interrogative-asks-for-the-owner"),
        # real (木兰 优化营商环境工作方案): cadres are people, not a body
        pytest.param(
            "1.各级领导干部要切实增强法治、规则、契约意识,自觉运用法治思维和法治方式想问题、作决策、办事情。",
            id="cadres-as-the-subject",
        ),
        pytest.param("各级干部要带头遵守规定。", id="cadres-of-every-level-as-the-subject"),
    ],
)
def test_no_owner_in_these_prose_forms(raw) -> None:
    assert not [t for t in tasks_of(raw, issuer=(), document=None) if t.agencies]


HANGZHOU_HRSS = ("杭州市人力资源和社会保障局",)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # hand-written in the form of a department's notice: the issuer naming itself as the subject, its partners
        # after 会同
        pytest.param(
            "我局会同市财政局、市教育局研究确定后，联合印发实施。",
            HANGZHOU_HRSS,
            [("我局", "杭州市人力资源和社会保障局"), ("市财政局", "杭州市财政局"), ("市教育局", "杭州市教育局")],
            id="the-issuer-by-self-reference-with-partners",
        ),
        pytest.param(
            "本委将组织专家对申报材料进行评审。",
            ("宁波市发展和改革委员会",),
            [("本委", "宁波市发展和改革委员会")],
            id="the-issuer-by-self-reference-with-work-ahead",
        ),
        pytest.param(
            "我办负责汇总各地报送的情况。",
            ("杭州市人民政府办公厅", "杭州市财政局"),
            [("我办", "杭州市人民政府办公厅")],
            id="the-one-joint-issuer-the-self-reference-fits",
        ),
        # hand-written in the form of a regulation's articles: verbs after 由 that close the clause, a manner of the
        # division of labour between the units and the verb
        pytest.param("社会救助工作由民政部门主管。", (), [("民政部门", "民政部门")], id="by-x-in-charge"),
        pytest.param(
            "专项资金由省财政厅、教育厅按职责分工管理。",
            ("四川省人民政府办公厅",),
            [("省财政厅", "四川省财政厅"), ("教育厅", "四川省教育厅")],
            id="by-x-and-y-manage-by-their-division-of-duties",
        ),
        pytest.param(
            "各项得分由市级考核责任部门依照《考核细则》分别评定。",
            (),
            [("市级考核责任部门", "市级考核责任部门")],
            id="by-a-level-body-after-a-rule-each-its-own",
        ),
        # hand-written in the form of an assessment notice: partners after 会同 joined by commas, not 、
        pytest.param(
            "考核由市水利局会同市发展改革委,市财政局,市生态环境局等有关部门组织实施。",
            (),
            [
                ("市水利局", "市水利局"),
                ("市发展改革委", "市发展和改革委员会"),
                ("市财政局", "市财政局"),
                ("市生态环境局", "市生态环境局"),
            ],
            id="partners-after-huitong-joined-by-commas",
        ),
        # hand-written in the form of a national rule: one tier's places sharing one head, the rule's object
        # before the modal
        pytest.param(
            "省、自治区、直辖市人民政府对达到标准的县，应当组织复查。",
            (),
            [("省、自治区、直辖市人民政府", "省、自治区、直辖市人民政府")],
            id="one-tiers-places-with-one-head-then-the-object-then-the-modal",
        ),
        # hand-written in the form of town work plans: 各 distributes over grassroots units, a head written once
        # keeps a list one collective
        pytest.param(
            "推进垃圾分类。（责任单位：镇综治办、各村、社区）",
            (),
            [("镇综治办", "镇综治办"), ("各村", "各村"), ("各社区", "各社区")],
            id="each-over-villages-and-communities",
        ),
        pytest.param(
            "推进产业升级。（责任单位：市财政局，各县市、区政府）",
            (),
            [("市财政局", "市财政局"), ("各县市、区政府", "各县市、区政府")],
            id="two-levels-written-together-share-one-head",
        ),
        # hand-written in the form of a ministries' fee rules: 同级 + bare fields under one 部门 are the fields'
        # departments of the level of the body before 会同
        pytest.param(
            "殡葬服务收费标准由省级价格主管部门会同同级民政、财政部门核定。",
            (),
            [("省级价格主管部门", "省级价格主管部门"), ("省级民政部门", "省级民政部门"), ("省级财政部门", "省级财政部门")],
            id="peers-of-the-same-level-by-their-fields-after-by",
        ),
        pytest.param(
            "县级以上人民政府卫生健康主管部门会同同级教育、体育部门制定实施办法。",
            (),
            [
                ("县级以上人民政府卫生健康主管部门", "县级以上人民政府卫生健康主管部门"),
                ("县级以上人民政府教育部门", "县级以上人民政府教育部门"),
                ("县级以上人民政府体育部门", "县级以上人民政府体育部门"),
            ],
            id="peers-of-the-same-level-by-their-fields-after-a-subject",
        ),
        # hand-written in the form of a county work plan: 其 stands for the body before 及
        pytest.param(
            "县人民政府及其办公室要于年底前完成清理工作。",
            (),
            [("县人民政府", "县人民政府"), ("县人民政府办公室", "县人民政府办公室")],
            id="its-office-after-ji-is-the-bodys-office",
        ),
        # hand-written in the form of a regulation's article of charge: a functional authority, 对…实施监督管理
        pytest.param(
            "县级以上人民政府林业主管部门对本行政区域内古树名木的保护实施统一监督管理。",
            (),
            [("县级以上人民政府林业主管部门", "县级以上人民政府林业主管部门")],
            id="a-functional-authority-over-a-field-by-dui-shishi",
        ),
        # hand-written: a real place, its level and a bureau's kind the tables know only nationally (文物局)
        pytest.param(
            "保定市文物局负责本市文物保护工作。",
            (),
            [("保定市文物局", "保定市文物局")],
            id="a-real-city-and-a-bureaus-kind",
        ),
        # hand-written in the form of fee rules: 由X制定/确定 after the object
        pytest.param(
            "公共停车场收费标准由市发展改革委制定，并向社会公布。",
            (),
            [("市发展改革委", "市发展和改革委员会")],
            id="a-standard-made-by-a-body-after-you",
        ),
        # hand-written in the form of a ministry's rule: the bodies after 由 set a rule on the ground named before 规定
        pytest.param(
            "困难人员的具体认定范围由各省级人民政府根据本地区就业形势规定，并适时调整。",
            (),
            [("各省级人民政府", "各省级人民政府")],
            id="a-rule-set-on-a-ground-by-the-bodies-after-you",
        ),
        # hand-written in the form of a district's division of duties: a bureau's branch named by its field alone
        pytest.param(
            "自然资源分局负责辖区内村庄规划的审核，指导各镇编制村庄规划。",
            (),
            [("自然资源分局", "自然资源分局")],
            id="a-bureaus-branch-with-no-level-as-subject",
        ),
        # hand-written in the form of a regulation's article: the body that will set another's duties owns none of them
        pytest.param(
            "各园区管委会履行辖区内的管理职责，具体职责由市人民政府确定。",
            (),
            [("各园区管委会", "各园区管委会")],
            id="the-body-setting-anothers-duties-owns-none",
        ),
        # hand-written in the form of an assessment scheme: a team the bodies after 由 form does the work
        pytest.param(
            "年度考核由市委、市政府组成联合考核组组织实施。",
            (),
            [("市委", "中共市委员会"), ("市政府", "市人民政府")],
            id="a-team-the-bodies-after-you-form",
        ),
        # hand-written in the form of a scoring scheme: the method a rule sets, between the body after 由 and its verb
        pytest.param(
            "由区农业农村局依照《考核办法》规定的评分标准（附件2）分别评定得分。",
            (),
            [("区农业农村局", "区农业农村局")],
            id="by-a-rules-method-between-body-and-verb",
        ),
    ],
)
def test_owners_named_in_prose_forms(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert len(tasks) == 1
    assert [(a.name, a.canonical) for a in tasks[0].agencies] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a rule's article of charge: a later clause's subjects joined by 和, 是…责任主体
        pytest.param(
            "市教育局是市属学校安全的责任主体，县区政府和市卫生健康委是县区学校安全的责任主体。",
            [["市教育局"], ["县区政府", "市卫生健康委"]],
            id="a-later-clauses-subjects-of-a-charge",
        ),
        # hand-written in the form of minutes: a later subject acting on a standard, then a body the meeting asks by 由
        pytest.param(
            "2、体育馆：目前正在做方案，区城管委按照每平方米300元的标准做好补偿，会议要求由区文旅局抓紧报批。",
            [["区城管委"], ["区文旅局"]],
            id="a-later-subject-then-a-later-owner-by-you",
        ),
        # a rule's article whose first subject the tables lack: the later clauses keep their own owners
        pytest.param(
            "第二十条 市、县区爱卫会负责组织协调，爱卫会成员单位负责做好本系统、本单位的病媒生物预防控制工作，"
            "各级疾病预防控制中心具体负责病媒生物预防控制的调查研究、技术指导、业务培训、密度监测工作。",
            [["爱卫会成员单位"], ["各级疾病预防控制中心"]],
            id="later-joint-body-members-and-every-level-centre",
        ),
        pytest.param(
            "第二十条 市财政局负责组织协调，爱卫会成员单位负责做好本系统工作，各级疾病预防控制中心具体负责调查研究。",
            [["市财政局"], ["爱卫会成员单位"], ["各级疾病预防控制中心"]],
            id="later-members-of-a-joint-body-hand-written",
        ),
    ],
)
def test_each_later_clause_owned_by_the_bodies_it_names(raw, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=(), document=None) if t.agencies]
    assert [[a.name for a in t.agencies] for t in tasks] == expected


@pytest.mark.parametrize(
    ("raw", "issuer"),
    [
        # hand-written in the form of a year's review: the issuer reports what it did
        pytest.param("我局落实各类资金2亿元，完成培训3万人次。", HANGZHOU_HRSS, id="the-issuer-reporting-its-results"),
        # a self-reference that fits two issuers of a joint notice names neither
        pytest.param("我局会同市财政局研究确定。", ("杭州市财政局", "杭州市人力资源和社会保障局"), id="a-self-reference-two-issuers-fit"),
        # hand-written in the form of a regulation: a higher body unnamed, whatever the verb
        pytest.param("跨区域的工作，由其共同的上一级人民政府渔业行政主管部门管理。", (), id="a-higher-tiers-authority-unnamed"),
        # hand-written: the makers of a list a sentence's noun is, named in its qualifier
        pytest.param("各单位按照由市发展改革委确定、市财政局审核后的目录执行。", (), id="makers-in-a-nouns-qualifier"),
        # 按规定 is the manner of the work, not a rule the body before it sets
        pytest.param("专项资金预算由资金使用单位按规定程序编报。", (), id="by-the-rules-is-no-rule-setting"),
    ],
)
def test_no_owner_in_these_self_and_tier_forms(raw, issuer) -> None:
    assert not [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]



# ---------------------------------------------------------------------------
# Owners as the text names them: collectives, lists sharing one head, bodies in a bracket

GUANGZHOU = ("广州市人民政府",)
CHAOZHOU = ("潮州市人民政府办公室",)
SICHUAN = ("四川省人民政府办公厅",)
LIUPANSHUI = ("六盘水市人民政府",)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        pytest.param(
            "推进专利信息服务平台建设。（牵头单位：市科技和信息化局，配合单位：市发展改革委、市经贸委、市规划局、"
            "市知识产权局，各区、县级市政府）",
            GUANGZHOU,
            [
                ("市科技和信息化局", "lead"),
                ("市发展改革委", "support"),
                ("市经贸委", "support"),
                ("市规划局", "support"),
                ("市知识产权局", "support"),
                ("各区、县级市政府", "support"),
            ],
            id="levels-sharing-one-head-are-one-collective",
        ),
        pytest.param(
            "1.制定实施准入清单。明确禁止和限制发展的行业、生产工艺和产业目录。〔市生态环境局牵头,市发展和改革局、"
            "工业和信息化局、自然资源局参与,各县、区人民政府(管委会)负责落实。〕",
            CHAOZHOU,
            [
                ("市生态环境局", "lead"),
                ("市发展和改革局", "support"),
                ("工业和信息化局", "support"),
                ("自然资源局", "support"),
                ("各县、区人民政府（管委会）", "support"),  # brackets normalised to full width
            ],
            id="levels-sharing-head-with-bracketed-alternative",
        ),
        pytest.param(
            "2.建设重点创新试验区。稳步推进四川全面创新改革试验区建设。\n"
            "责任单位:省发展改革委、住房城乡建设厅、交通运输厅、国土资源厅,有关市(州)人民政府等。\n",
            SICHUAN,
            [
                ("省发展改革委", "responsible"),
                ("住房城乡建设厅", "responsible"),
                ("交通运输厅", "responsible"),
                ("国土资源厅", "responsible"),
                ("有关市（州）人民政府", "responsible"),
            ],
            id="label-line-with-concerned-lower-governments",
        ),
        pytest.param(
            "建立和完善东西部地区劳务精准对接机制，积极购买贫困地区劳务，帮助贫困劳动力就业。"
            "（扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府负责）",
            STATE_COUNCIL,
            [
                ("扶贫办", "responsible"),
                ("发展改革委", "responsible"),
                ("人力资源社会保障部", "responsible"),
                ("商务部", "responsible"),
                ("各有关省级人民政府", "responsible"),
            ],
            id="open-list-then-concerned-provinces",
        ),
        pytest.param(
            "2.将生活垃圾管理纳入专项督查和绩效评价指标体系。（牵头部门：区绿化市容局；配合部门：区委宣传部（区文明办、"
            "区政府新闻办、区委网信办）、区民政局）",
            ("上海市宝山区人民政府办公室",),
            [
                ("区绿化市容局", "lead"),
                ("区委宣传部", "support"),
                ("区文明办", "support"),
                ("区政府新闻办", "support"),
                ("区委网信办", "support"),
                ("区民政局", "support"),
            ],
            id="bodies-listed-in-a-bracket-after-a-body",
        ),
        pytest.param(
            "（十三）明确部门组织协调责任。其他有关部门和单位要立足职能职责，共同做好促进就业工作。"
            "（各有关部门和单位按职责分工负责）",
            STATE_COUNCIL,
            [("各有关部门和单位", "responsible")],
            id="collective-alone-by-division-of-duties",
        ),
        pytest.param(
            "（三）推进镇村整治。完善生活垃圾收运体系。（牵头单位：区绿化市容局；配合单位：各镇、街道）",
            ("上海市闵行区人民政府",),
            [("区绿化市容局", "lead"), ("各镇", "support"), ("各街道", "support")],
            id="levels-without-a-shared-head-are-several",
        ),
        # hand-written in the form of a banner (旗) notice: a supervising unit under the 旗 level
        pytest.param(
            "三、旗政府督查室要加强对各苏木乡镇工作进展的督促检查。",
            ("阿荣旗人民政府办公室",),
            [("旗政府督查室", "responsible")],
            id="banner-level-supervising-unit",
        ),
        pytest.param(
            "四、盟统计局要按季度汇总各旗县的指标完成情况。",
            ("兴安盟行政公署",),
            [("盟统计局", "responsible")],
            id="league-level-department",
        ),
        # hand-written in the form of a county notice's closing paragraph: offices with no level, the issuer's
        pytest.param(
            "四、政府督查室、监察局要加强跟踪督办，严肃追究责任。",
            ("互助土族自治县人民政府办公室",),
            [("政府督查室", "responsible"), ("监察局", "responsible")],
            id="offices-without-a-level-under-the-issuer",
        ),
        # hand-written in the form of municipal rules (办法/规定)
        pytest.param(
            "第四条 市城市管理局受市人民政府委托，负责全市户外广告设施的监督管理。",
            ("合肥市人民政府",),
            [("市城市管理局", "responsible")],
            id="entrusted-by-a-government",
        ),
        pytest.param(
            "第三条 县级以上红十字会受本级人民政府委托，负责本行政区域内的救护培训工作。",
            ("合肥市人民政府",),
            [("县级以上红十字会", "responsible")],
            id="entrusted-collective-of-levels",
        ),
        pytest.param(
            "第八条 砂石场的整治由所在县人民政府负责。",
            ("合肥市人民政府",),
            [("县人民政府", "responsible")],
            id="government-of-the-place-concerned",
        ),
        # hand-written in the form of a district work plan: the subdistricts concerned, 各 unwritten
        pytest.param(
            "3.推进背街小巷改造。（区城管局牵头，区市政局、相关街道配合）",
            ("南通市崇川区人民政府",),
            [("区城管局", "lead"), ("区市政局", "support"), ("相关街道", "support")],
            id="subdistricts-concerned-without-ge",
        ),
        # a 、-list of levels sharing one head written once is one collective, as written (eval/README)
        pytest.param(
            "第九条 小煤矿的关闭按照权限分别由市、县人民政府负责。",
            ("合肥市人民政府",),
            [("市、县人民政府", "responsible")],
            id="tiers-with-one-head-after-由",
        ),
        pytest.param(
            "各县(市)区、各部门要高度重视，主要负责同志亲自部署，确保各项任务按期完成。",
            ("铜陵市人民政府办公室",),
            [("各县（市）区", "responsible"), ("各部门", "responsible")],
            id="county-tier-with-a-bracket-inside-its-level-words",
        ),
        pytest.param(
            "各盟市、各部门要加强统筹，确保按期完成。",
            ("呼伦贝尔市人民政府",),
            [("各盟市", "responsible"), ("各部门", "responsible")],
            id="league-and-city-tier-collective",
        ),
        pytest.param(
            "各省（自治区、直辖市）湖长制办公室每两月将工作进展情况报送自然资源部。",
            ("水利部",),
            [("各省（自治区、直辖市）湖长制办公室", "responsible")],
            id="collective-subject-frequency-and-jiang-without-modal",
        ),
        pytest.param(
            "市统计局每季度将监测数据报送市政府办公室。",
            ("宜昌市人民政府",),
            [("市统计局", "responsible")],
            id="named-subject-frequency-and-jiang-the-receiver-no-owner",
        ),
        pytest.param(
            "根据自然资源部印发的《湖长制工作方案》（以下简称《方案》），自2019年起，自然资源部、国土资源部将建立信息报送制度。",
            ("自然资源部",),
            [("自然资源部", "responsible"), ("国土资源部", "responsible")],
            id="ground-with-a-short-name-then-a-starting-year-then-subjects-a-ministry-before-2018",
        ),
        pytest.param(
            "从2025年1月起，市财政局负责建立资金监管台账。",
            ("宜昌市人民政府",),
            [("市财政局", "responsible")],
            id="starting-month-before-the-subject",
        ),
        # hand-written (heldout form): the subject's own duty, then the work led by another; the subject
        # is no supporter of the lead
        pytest.param(
            "市政府将对各项目标任务实行动态管理，具体工作由市发展改革委牵头负责。",
            ("宜昌市人民政府",),
            [("市政府", "responsible"), ("市发展改革委", "lead")],
            id="subject-clause-then-the-work-led-by-another",
        ),
        # hand-written (heldout form): a bracket naming the body that stands for some of the governments
        pytest.param(
            "各县（市、区）人民政府（管委会）要切实扛牢属地责任，细化落实措施。",
            ("宜昌市人民政府",),
            [("各县（市、区）人民政府（管委会）", "responsible")],
            id="collective-subject-with-an-alternative-body-in-brackets",
        ),
        # heldout (safety-plan notice): a place's zone named without its committee in a subject list joined by 和, and
        # an aside in brackets after the last name
        pytest.param(
            "各县(区)、广元经济技术开发区和市安委会有关成员单位(详见任务分工)要认真研究制定本地工作方案、本系统子方案，"
            "于2024年3月15日前报市安办备案。",
            ("广元市安全生产委员会",),
            [("各县（区）", "responsible"), ("广元经济技术开发区", "responsible"), ("市安委会有关成员单位", "responsible")],
            id="subject-list-with-a-named-zone-and-an-aside",
        ),
        # hand-written in the same form: an aside after a body's name stands between it and its duty
        pytest.param(
            "市教育局（详见附件2）要于6月底前完成自查。",
            ("嘉兴市人民政府办公室",),
            [("市教育局", "responsible")],
            id="an-aside-between-a-subject-and-its-duty",
        ),
        # heldout (hazard-check notice): the document the work goes by between the owners and 牵头
        pytest.param(
            "各镇、街道、工业园区内危险化学品使用企业由各镇、街道城市运行管理中心、工业园区综合管理服务办公室根据"
            "《青浦区工贸企业危险化学品使用企业情况表》的企业名单进行牵头排查，名单附通知下发。",
            ("青浦区应急管理局",),
            [("各镇、街道城市运行管理中心", "lead"), ("工业园区综合管理服务办公室", "lead")],
            id="a-ground-document-between-the-owners-and-the-lead-word",
        ),
        # heldout (same notice): a condition between the owners and a request of their duty
        pytest.param(
            "各镇、街道城市运行管理中心、工业园区综合管理服务办公室如在排查中如发现企业情况发生变动，请及时上报更新。",
            ("青浦区应急管理局",),
            [("各镇、街道城市运行管理中心", "responsible"), ("工业园区综合管理服务办公室", "responsible")],
            id="a-condition-then-a-request-after-the-owners",
        ),
        pytest.param(
            "区教育局如发现问题，请及时报告区政府。", ("嘉兴市人民政府办公室",), [("区教育局", "responsible")],
            id="a-condition-then-a-request-after-one-owner",
        ),
        # heldout (fund rules, traditional script): a short name noted after a body the tables lack, then what body it
        # is and its charge, 牵头 marked
        pytest.param(
            "第四條  五桂山經濟發展和科技統計局(以下簡稱“五桂山街道經科統局”)是創新驅動發展專項資金的管理部門,"
            "負責牽頭組織實施,對資金使用進行監督管理。",
            (),
            [("五桂山经济发展和科技统计局", "lead")],
            id="a-body-with-a-short-name-noted-is-the-lead-of-its-charge",
        ),
        # hand-written: 负责牵头 marks the lead as 牵头 does
        pytest.param(
            "区数据局负责牵头统一技术应用标准。", ("上海市青浦区人民政府办公室",), [("区数据局", "lead")],
            id="charge-then-the-lead-word",
        ),
        # heldout (a prefecture's employment measures): Guizhou's county tier counts 特区 among its levels; the list
        # shares the head written once at the end, one collective
        pytest.param(
            "1.发展吸纳就业能力强的产业。重点培育电子信息产业。(牵头单位:市发展改革委;责任单位:各县、特区、区人民政府,"
            "各经济开发区管委会,市就业工作联席会议制度成员单位)",
            LIUPANSHUI,
            [
                ("市发展改革委", "lead"),
                ("各县、特区、区人民政府", "support"),
                ("各经济开发区管委会", "support"),
                ("市就业工作联席会议制度成员单位", "support"),
            ],
            id="levels-with-special-district-sharing-one-head",
        ),
        # heldout (a prefecture's energy plan): the levels a collective spells out in the brackets of a number's
        # year (各市〔特区、区〕) are read as in round ones, and the annotation keeps every owner
        pytest.param(
            "到2025年,钢铁及煤电行业全部完成超低排放改造。(市工业和信息化局、市发展改革委、市生态环境局、市能源局等按职责"
            "分工负责,各市〔特区、区〕人民政府落实)",
            LIUPANSHUI,
            [
                ("市工业和信息化局", "responsible"),
                ("市发展改革委", "responsible"),
                ("市生态环境局", "responsible"),
                ("市能源局", "responsible"),
                ("各市（特区、区）人民政府", "responsible"),
            ],
            id="collective-spelt-out-in-number-brackets",
        ),
    ],
)
def test_owners_as_the_text_names_them(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert owners(tasks[-1]) == expected


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # heldout (safety-month plan): a sentence that refers back to its item names several bodies, each with its
        # own verb; all own the item (no 牵头: all responsible), and the item is the task
        pytest.param(
            "2、6月2日至30日,在南昌日报、南昌晚报开设专栏、专题,连续报道我市安全生产典型事迹。"
            "重点组织宣传咨询日活动的新闻报道。此项工作由市委宣传部部署,各新闻单位落实,市安监局综合处负责协调。",
            (),
            [
                (
                    "2、6月2日至30日，在南昌日报、南昌晚报开设专栏、专题，连续报道我市安全生产典型事迹。重点组织宣传咨询日活动的新闻报道。",
                    [("市委宣传部", "responsible"), ("各新闻单位", "responsible"), ("市安监局综合处", "responsible")],
                )
            ],
            id="a-back-reference-naming-bodies-each-with-its-verb",
        ),
        pytest.param(
            "1、6月1日上午,召开“安全生产月”活动新闻发布会。南昌日报、市电视台各派1—2名记者参加。"
            "此项工作由市委宣传部新闻处、市安监局综合处负责组织协调。",
            (),
            [
                (
                    "1、6月1日上午，召开“安全生产月”活动新闻发布会。南昌日报、市电视台各派1—2名记者参加。",
                    [("市委宣传部新闻处", "responsible"), ("市安监局综合处", "responsible")],
                )
            ],
            id="a-back-reference-governs-its-item",
        ),
        # hand-written in the same form: a lead among the bodies of a back-reference
        pytest.param(
            "3.开展应急演练。此项工作由市应急局牵头组织，各区政府配合做好保障。",
            JIAXING,
            [("3.开展应急演练。", [("市应急局", "lead"), ("各区政府", "support")])],
            id="a-back-reference-with-a-lead",
        ),
        # review of the back-reference forms: a body of places (各乡镇) before 组织, whose 组 ends no name
        pytest.param(
            "开展农村环境整治。这项工作由县农业农村局统筹，各乡镇具体组织实施。",
            (),
            [("开展农村环境整治。", [("县农业农村局", "responsible"), ("各乡镇", "responsible")])],
            id="a-back-reference-to-bodies-of-places-before-zuzhi",
        ),
        # hand-written in the same form: the bodies that host and run an event own it (no 牵头: all responsible)
        pytest.param(
            "举办全县文明实践志愿服务展示活动。此项活动由县文明办主办，县融媒体中心承办。",
            (),
            [("举办全县文明实践志愿服务展示活动。", [("县文明办", "responsible"), ("县融媒体中心", "responsible")])],
            id="a-back-reference-to-an-events-organisers",
        ),
        # heldout (progress notice): a report quoting the task each body owns; a tally of the projects in a body's
        # charge is no task
        pytest.param(
            "需要加快推进落实事项3件,如县发改局负责的“严格落实全县重点项目前期工作计划,按时完成项目前期工作。”截至目前,"
            "30个重点项目已完成前期论证工作;县自然资源局、县水利局负责的“紧盯超长期国债项目6月底前开工的时间节点,"
            "加快推进项目实施。”截至目前,县自然资源局负责国债项目5个,开工2个,未开工3个,县农业农村局负责国债项目1个未开工;",
            (),
            [
                ("严格落实全县重点项目前期工作计划，按时完成项目前期工作。", [("县发改局", "responsible")]),
                (
                    "紧盯超长期国债项目6月底前开工的时间节点，加快推进项目实施。",
                    [("县自然资源局", "responsible"), ("县水利局", "responsible")],
                ),
            ],
            id="quoted-tasks-of-the-bodies-before-them-and-no-tally",
        ),
        # hand-written in the form of a progress report: a quoted name is no task, the clause is its subject's
        pytest.param(
            "由县委宣传部负责的“文明城市”创建工作进展顺利，县财政局要保障经费。",
            (),
            [
                ("由县委宣传部负责的“文明城市”创建工作进展顺利，", [("县委宣传部", "responsible")]),
                ("县财政局要保障经费。", [("县财政局", "responsible")]),
            ],
            id="a-quoted-name-in-a-clause-by-its-owner",
        ),
        pytest.param(
            "各乡镇要支持县文旅局负责的“乡村旅游”项目建设。",
            (),
            [("各乡镇要支持县文旅局负责的“乡村旅游”项目建设。", [("各乡镇", "responsible")])],
            id="a-quoted-name-after-a-subjects-verb",
        ),
        # hand-written: a quoted sentence whose 负责的 follows a clause, not names alone, is the subject's duty
        pytest.param(
            "各乡镇要支持县文旅局负责的“发展乡村旅游，打造精品线路。”",
            (),
            [("各乡镇要支持县文旅局负责的“发展乡村旅游，打造精品线路。", [("各乡镇", "responsible")])],
            id="a-quoted-sentence-after-a-subjects-verb",
        ),
        # hand-written: the owner named right before 负责的 is a body the tables know, whatever its form
        pytest.param(
            "县政府负责的“加快推进项目实施，按时开工。”截至目前，已开工。",
            (),
            [("加快推进项目实施，按时开工。", [("县政府", "responsible")])],
            id="a-quoted-sentence-of-a-body-the-tables-know",
        ),
        # hand-written in the form of the safety-month plan: a back-reference by 这项, 该, 此项活动, 上述措施
        pytest.param(
            "2.开展宣传。这项工作由市委宣传部部署，各新闻单位落实，市安监局综合处负责协调。",
            JIAXING,
            [
                (
                    "2.开展宣传。",
                    [("市委宣传部", "responsible"), ("各新闻单位", "responsible"), ("市安监局综合处", "responsible")],
                )
            ],
            id="a-back-reference-by-this-item-zhe",
        ),
        pytest.param(
            "3.开展应急演练。该工作由市应急局牵头组织，各区政府配合做好保障。",
            JIAXING,
            [("3.开展应急演练。", [("市应急局", "lead"), ("各区政府", "support")])],
            id="a-back-reference-with-no-measure-word",
        ),
        pytest.param(
            "1、6月1日上午,召开“安全生产月”活动新闻发布会。此项活动由市委宣传部新闻处、市安监局综合处负责组织协调。",
            (),
            [
                (
                    "1、6月1日上午，召开“安全生产月”活动新闻发布会。",
                    [("市委宣传部新闻处", "responsible"), ("市安监局综合处", "responsible")],
                )
            ],
            id="a-back-reference-to-an-activity",
        ),
        pytest.param(
            "3.开展应急演练。上述措施由市应急局牵头组织，各区政府配合做好保障。",
            JIAXING,
            [("3.开展应急演练。", [("市应急局", "lead"), ("各区政府", "support")])],
            id="a-back-reference-to-the-measures-above",
        ),
        # hand-written: a later subject's charge word, then its role word
        pytest.param(
            "1.开展培训，县人社局负责牵头，县财政局负责配合。",
            JIAXING,
            [("1.开展培训，县人社局负责牵头，县财政局负责配合。", [("县人社局", "lead"), ("县财政局", "support")])],
            id="a-later-subjects-charge-then-its-support-word",
        ),
        # hand-written in the form of a county's work plan: a count of the work to do, then its goal, is a duty
        pytest.param(
            "3.推进城镇老旧小区改造。县住建局负责改造老旧小区12个，完成年度目标任务。",
            (),
            [("县住建局负责改造老旧小区12个，完成年度目标任务。", [("县住建局", "responsible")])],
            id="a-count-of-work-to-do-then-its-goal",
        ),
    ],
)
def test_task_texts_of_these_forms(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [(t.text, owners(t)) for t in tasks] == expected


def test_each_carries_to_a_subdistricts_office_after_the_towns_governments() -> None:
    # heldout (task table of a district): 各 carries to the second item, canonicalised as its neighbour
    raw = "区政府有关部门，各乡镇人民政府、街道办事处。"
    found, _, _, _ = parse_names(normalise(raw).text[:-1], issuer=("谯城区教育局",))
    names = [n for n, _, _ in found]
    assert names == ["区政府有关部门", "各乡镇人民政府", "各街道办事处"]
    assert [canonical_agency(n, issuer=("谯城区教育局",))[0] for n in names[1:]] == ["谯城区各乡镇人民政府", "谯城区各街道办事处"]


@pytest.mark.parametrize(
    ("name", "issuer", "canonical"),
    [
        pytest.param("各区、县级市政府", GUANGZHOU, "广州市各区、县级市政府", id="shared-head"),
        pytest.param("各县、区人民政府(管委会)", CHAOZHOU, "潮州市各县、区人民政府（管委会）", id="ascii-brackets"),
        pytest.param(
            "各县（市、区）政府（管委会）", CHAOZHOU, "潮州市各县（市、区）人民政府（管委会）", id="county-tier-and-alternative-body"
        ),
        pytest.param("各省、自治区、直辖市人民政府", STATE_COUNCIL, "各省级人民政府", id="provinces-all"),
        pytest.param("各有关省级人民政府", STATE_COUNCIL, "各有关省级人民政府", id="provinces-concerned"),
        pytest.param("有关市(州)人民政府", SICHUAN, "四川省有关市（州）人民政府", id="concerned-without-ge"),
    ],
)
def test_collective_canonical_names(name, issuer, canonical) -> None:
    from policykg.extract.agencies import canonical_agency

    assert canonical_agency(name, issuer=issuer)[0] == canonical


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        pytest.param(
            "1.理顺公园管理体制。落实养护资金，落实管理责任，消除失管失养现象。(牵头单位：区绿化市容局;配合单位：各街镇、开发区)",
            ("上海市奉贤区人民政府办公室",),
            [("区绿化市容局", "lead"), ("各街镇", "support"), ("开发区", "support")],
            id="development-zone-after-towns-is-one-body",
        ),
        pytest.param(
            "实施万个微基建项目。(牵头单位：区绿化市容局、新城公司;配合单位：区发展改革委，2024年底前)",
            ("上海市奉贤区人民政府办公室",),
            [("区绿化市容局", "lead"), ("新城公司", "lead"), ("区发展改革委", "support")],
            id="unknown-company-kept-deadline-dropped",
        ),
    ],
)
def test_an_unknown_item_never_rejects_the_rest_of_a_label(raw, issuer, expected) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert owners(task) == expected
    assert [a.known for a in task.agencies if a.name in ("开发区", "新城公司")] == [False] * sum(
        n in ("开发区", "新城公司") for n, _ in expected
    )


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # hand-written in the forms of a ministry's, a department's and a county's work points
        pytest.param(
            "3.做好政策解读。（法规司牵头，各有关司局按职责分工负责）",
            ("水利部",),
            [("法规司", "lead"), ("各有关司局", "support")],
            id="ministry-departments-concerned",
        ),
        pytest.param(
            "4.规范依申请公开。（办公室牵头，各有关处室配合）",
            ("浙江省民政厅",),
            [("办公室", "lead"), ("各有关处室", "support")],
            id="divisions-concerned",
        ),
        pytest.param(
            "5.加强队伍建设。（人事科牵头，各股室、二级机构配合）",
            ("宁县人民政府",),
            # (人事科: a section the shapes lack, kept unknown: one unread item throws away no owner)
            [("人事科", "lead"), ("各股室", "support"), ("二级机构", "support")],
            id="sections-and-second-tier-institutions",
        ),
        pytest.param(
            "6.推进数据共享。（县大数据中心牵头，各直属单位配合）",
            ("宁县人民政府",),
            [("县大数据中心", "lead"), ("各直属单位", "support")],
            id="directly-affiliated-units",
        ),
        pytest.param(
            "7.推进园区提质。（县发改局牵头，各园区配合）",
            ("宁县人民政府",),
            [("县发改局", "lead"), ("各园区", "support")],
            id="parks-as-a-group",
        ),
        # an item the tables lack that reads as a body is kept (unknown) while the units read outnumber it
        pytest.param(
            "8.做好项目储备。（县发改局牵头，县财政局、县自然资源局、各有关科研院所配合）",
            ("宁县人民政府",),
            [("县发改局", "lead"), ("县财政局", "support"), ("县自然资源局", "support"), ("各有关科研院所", "support")],
            id="minority-item-unread",
        ),
    ],
)
def test_collectives_of_the_issuing_bodys_units_in_a_bracket(raw, issuer, expected) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert owners(task) == expected


def test_an_unread_item_of_a_role_clause_is_kept_unknown() -> None:
    # hand-written: a body's section no table lists, beside bodies the tables know
    raw = "2.规范信息发布。（县政府办牵头，网信股、县融媒体中心配合）"
    (task,) = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert [(a.name, a.role.value, a.known) for a in task.agencies][1] == ("网信股", "support", False)


def test_a_subject_list_opened_by_the_county_tier_without_each() -> None:
    # hand-written in the form of a city's energy-saving plan: the county tier's governments by their level words,
    # with no 各, then a group of zones
    raw = "（三）落实属地责任。县（市、区）政府、各经济开发区负责本辖区内的节能监督管理工作。\n"
    (task,) = [t for t in tasks_of(raw, issuer=("某某市人民政府",), document=None) if t.agencies]
    assert [(a.name, a.canonical) for a in task.agencies] == [
        ("县（市、区）政府", "某某市各县（市、区）人民政府"),
        ("各经济开发区", "某某市各经济开发区"),
    ]


def test_two_levels_written_before_one_body_are_two_bodies() -> None:
    # hand-written in the form of a city bureau's notice: 省市 before one department's name, no mark between them
    raw = "三、省市教育厅将视情况赴部分学校开展抽查。\n"
    (task,) = [t for t in tasks_of(raw, issuer=("某某市教育局",), document=None) if t.agencies]
    assert [a.name for a in task.agencies] == ["省教育厅", "市教育局"]


def test_a_staffing_clause_names_no_owner() -> None:
    # hand-written in the form of a zone's measures: 由…的人员组成 says who staffs an office, it gives them no work
    raw = "第九条 评审办公室由区委组织部（区人事局）、区科技局的人员组成，负责评审的日常工作。\n"
    assert [a.name for t in tasks_of(raw, issuer=(), document=None) for a in t.agencies] == []


def test_a_bracket_of_mostly_unread_items_is_no_annotation() -> None:
    raw = "9.做好项目储备。（县发改局牵头，各有关科研院所、各地高等院校配合）"
    assert [t for t in tasks_of(raw, issuer=("宁县人民政府",), document=None) if t.agencies] == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # real (dev 34, a page with no issuer line): 市 written once for the list after 参与
        pytest.param(
            "1.制定实施准入清单。〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与。〕",
            [
                ("市生态环境局", "lead"),
                ("市发展和改革局", "support"),
                ("市工业和信息化局", "support"),
                ("市自然资源局", "support"),
            ],
            id="city-level-written-once",
        ),
        # hand-written in the form of a provincial division notice: the national 发展改革委 is not meant
        pytest.param(
            "2.扩大有效投资。（省商务厅牵头，省财政厅、自然资源厅、发展改革委、合肥海关、交通运输厅配合）",
            [
                ("省商务厅", "lead"),
                ("省财政厅", "support"),
                ("省自然资源厅", "support"),
                ("省发展改革委", "support"),
                ("合肥海关", "support"),  # a named place's body: no level to take
                ("省交通运输厅", "support"),
            ],
            id="province-level-written-once",
        ),
        pytest.param(
            # (市场监管局 writes no level of its own, 市 of 市场 is its name's: it takes the list's, as the next does)
            "3.优化营商环境。（市科技局、市场监管局、发展改革委按职责分工负责）",
            [("市科技局", "responsible"), ("市市场监管局", "responsible"), ("市发展改革委", "responsible")],
            id="market-is-no-level",
        ),
        pytest.param(
            # an autonomous county writes its level in full, once, before a department that opens with 乡
            "2.开展移风易俗宣传。〔责任单位：自治县文明办、民政局、乡村振兴局〕",
            [("自治县文明办", "responsible"), ("自治县民政局", "responsible"), ("自治县乡村振兴局", "responsible")],
            id="autonomous-county-written-once",
        ),
    ],
)
def test_a_level_written_once_is_every_later_items(raw, expected) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=(), document=None) if t.agencies]
    assert owners(task) == expected


def test_a_body_by_form_alone_does_not_make_a_clause_an_annotation() -> None:
    raw = "（二）落实生活垃圾清运。装修垃圾由本区环卫企业统一清运。（环卫企业负责）"
    assert [t for t in tasks_of(raw, issuer=("上海市徐汇区人民政府办公室",), document=None) if t.agencies] == []


# ---------------------------------------------------------------------------
# Annotation wordings: one label table (extract/roles.py) read by every form

CHANGNING = ("上海市长宁区人民政府办公室",)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # hand-written: no development document uses 主责/协同 labels
        pytest.param(
            "（一）推进老旧小区改造。完成年度改造任务。（主责单位:区住房城乡建设管理委；协同单位:区财政局、区规划资源局）",
            CHANGNING,
            [("区住房城乡建设管理委", "lead"), ("区财政局", "support"), ("区规划资源局", "support")],
            id="main-responsibility-and-cooperating-labels",
        ),
        pytest.param(
            "（二）加强宣传。开展主题宣传活动。（牵头单位：区委宣传部；参与单位：区教育局、区民政局）",
            CHANGNING,
            [("区委宣传部", "lead"), ("区教育局", "support"), ("区民政局", "support")],
            id="participating-units-label",
        ),
        pytest.param(
            "（三）加强就业监测。健全失业预警制度。（区人力资源社会保障局、区统计局牵头，区财政局、区民政局参加）",
            CHANGNING,
            [("区人力资源社会保障局", "lead"), ("区统计局", "lead"), ("区财政局", "support"), ("区民政局", "support")],
            id="lead-then-units-taking-part-参加",
        ),
        pytest.param(
            "（四）加强宣传。开展主题宣传活动。（牵头单位：区委宣传部；参加单位：区教育局、区民政局）",
            CHANGNING,
            [("区委宣传部", "lead"), ("区教育局", "support"), ("区民政局", "support")],
            id="taking-part-units-label-参加单位",
        ),
        # hand-written: three labels name three roles; beside a 配合 label, 责任单位 keeps its own role
        pytest.param(
            "（五）加强河湖巡查。落实巡河制度。（牵头单位：区河长办，配合单位：区公安分局，责任单位：各街道办事处、各镇人民政府）",
            CHANGNING,
            [("区河长办", "lead"), ("区公安分局", "support"), ("各街道办事处", "responsible"), ("各镇人民政府", "responsible")],
            id="lead-support-and-responsible-labels-three-roles",
        ),
        pytest.param(
            "（六）加强河湖巡查。落实巡河制度。（牵头单位：区河长办；责任单位：各街道办事处、各镇人民政府）",
            CHANGNING,
            [("区河长办", "lead"), ("各街道办事处", "support"), ("各镇人民政府", "support")],
            id="lead-and-responsible-labels-the-others-support",
        ),
        pytest.param(
            "（三）推进节能改造。完成公共建筑节能改造。（责任单位：★区发展改革委、区建设管理委、区机管局）",
            CHANGNING,
            [("区发展改革委", "lead"), ("区建设管理委", "support"), ("区机管局", "support")],
            id="star-marks-the-lead-in-a-label-value",
        ),
        pytest.param(
            "（四）推进节能改造。完成公共建筑节能改造。（区发展改革委*、区建设管理委负责）",
            CHANGNING,
            [("区发展改革委", "lead"), ("区建设管理委", "support")],
            id="asterisk-marks-the-lead-in-a-clause",
        ),
        pytest.param(
            "（五）推进节能改造。完成公共建筑节能改造。（责任单位：区财政局（牵头）、区审计局）",
            CHANGNING,
            [("区财政局", "lead"), ("区审计局", "support")],
            id="bracketed-lead-note-after-a-unit",
        ),
        pytest.param(
            "（六）整治违法建筑。拆除存量违法建筑。（责任单位：区城管执法局、各街道；完成时限：2024年底前）",
            CHANGNING,
            [("区城管执法局", "responsible"), ("各街道", "responsible")],
            id="responsible-and-deadline-in-one-parenthesis",
        ),
        pytest.param(
            "（七）落实责任。抓好各项任务。（县直各部门、各乡镇负责）",
            ("某某县人民政府",),
            [("县直各部门", "responsible"), ("各乡镇", "responsible")],
            id="county-departments-collective",
        ),
        pytest.param(
            "（八）落实责任。抓好各项任务。（市政府各部门、各县（市、区）人民政府负责）",
            JIAXING,
            [("市政府各部门", "responsible"), ("各县（市、区）人民政府", "responsible")],
            id="city-government-departments-collective",
        ),
        pytest.param(
            "（九）落实责任。抓好安全生产。（各相关行业主管部门、市属国有企业负责）",
            JIAXING,
            [("各相关行业主管部门", "responsible"), ("市属国有企业", "responsible")],
            id="sector-authorities-and-city-soes",
        ),
        pytest.param(
            "（十）强化督查。开展专项督查。（分管副省长、省政府办公厅、省发展改革委负责）",
            ("浙江省人民政府",),
            [("省政府办公厅", "responsible"), ("省发展改革委", "responsible")],
            id="leader-post-kept-apart",
        ),
        # hand-written in the form of northeastern provincial 分工 notices (no development document marks
        # roles with 主办/协办)
        pytest.param(
            "（二）地方财政收入增长9%左右。（省财政厅主办，省税务局、省统计局协办）",
            ("辽宁省人民政府",),
            [("省财政厅", "lead"), ("省税务局", "support"), ("省统计局", "support")],
            id="host-and-co-host-verbs",
        ),
        pytest.param(
            "1.加快推进乡村道路建设。县交通局主办，县财政局、县自然资源局协办。",
            ("某某县人民政府",),
            [("县交通局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")],
            id="host-and-co-host-sentence-after-the-task",
        ),
        # hand-written in the form of 国务院 分工意见: a time clause after the last role verb
        pytest.param(
            "5.稳定居民消费。（商务部牵头，各地区按职责分工负责，年内持续推进）",
            STATE_COUNCIL,
            [("商务部", "lead"), ("各地区", "support")],
            id="progress-note-after-the-roles",
        ),
        pytest.param(
            "（六）完善养老服务网络。（省民政厅牵头，省财政厅配合，2025年底前完成）",
            ("四川省人民政府",),
            [("省民政厅", "lead"), ("省财政厅", "support")],
            id="deadline-clause-after-the-roles",
        ),
        pytest.param(
            "3.做好就业工作。（国务院各部门分别负责，长期坚持）",
            STATE_COUNCIL,
            [("国务院各部门", "responsible")],
            id="standing-note-after-a-collective",
        ),
        # hand-written in the form of county 政务公开 要点: the lead verb followed by a verb of doing the work, as a
        # support verb may be (配合落实)
        pytest.param(
            "（二）做好政策解读。及时发布解读材料。（县政务服务中心、县司法局牵头落实）",
            ("某某县人民政府办公室",),
            [("县政务服务中心", "lead"), ("县司法局", "lead")],
            id="lead-verb-and-a-verb-of-work-牵头落实",
        ),
        pytest.param(
            "（三）规范公开目录。编制公开事项清单。（县档案馆牵头实施，各乡镇配合落实）",
            ("某某县人民政府办公室",),
            [("县档案馆", "lead"), ("各乡镇", "support")],
            id="lead-verb-and-a-verb-of-work-牵头实施",
        ),
        # hand-written in the form of city 政务公开 实施方案 on portals: a body and a second name in brackets, printed
        # as 〔〕 or as （）, are two bodies (eval/README: 区建设管理委（区交通委） is two)
        pytest.param(
            "（一）推进数据开放。编制开放目录。（市府办〔市大数据局〕牵头，市政府各部门、各县〔区〕政府负责）",
            ("舟山市人民政府办公室",),
            [("市府办", "lead"), ("市大数据局", "lead"), ("市政府各部门", "support"), ("各县（区）政府", "support")],
            id="body-with-a-second-name-in-document-number-brackets",
        ),
        pytest.param(
            "（二）推进数据开放。编制开放目录。（县府办（县大数据局）负责）",
            ("某某县人民政府办公室",),
            [("县府办", "responsible"), ("县大数据局", "responsible")],
            id="body-with-a-second-name-in-round-brackets-whole-unread",
        ),
        # hand-written in the form of an excerpt cut at the end of a page: the last label's value stops on an
        # open bracket (各镇（ for 各镇（区）); the bracket left open is dropped, the name before it kept
        pytest.param(
            "（三）推进镇村整治。完善生活垃圾收运体系。（牵头单位：区绿化市容局；配合单位：区城管局；责任单位：各乡（",
            CHANGNING,
            [("区绿化市容局", "lead"), ("区城管局", "support"), ("各乡", "responsible")],
            id="label-value-cut-on-an-open-bracket-at-the-text-end",
        ),
        # hand-written in the form of a provincial 工作要点 on a document-sharing page: the label's value is a clause
        # ending 分工负责 (each body its own part), one name broken by a space where the page wrapped
        pytest.param(
            "（二）加强水上交通安全管理。依法查处渔船擅自改变用途等行为。（责任单位：省交通运输厅、省市场 监管局分工负责）",
            ("某某省人民政府",),
            [("省交通运输厅", "responsible"), ("省市场监管局", "responsible")],
            id="label-value-clause-ending-divided-duty",
        ),
    ],
)
def test_annotation_wordings(raw, issuer, expected) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert owners(task) == expected


def test_star_lead_in_a_flattened_table_cell() -> None:
    # 40_jiangsu_wujiang: the lead of each row starred in its 责任单位 cell
    from policykg.extract.responsibilities import parse_marked_names

    agencies, _, _, clean, marked = parse_marked_names("★区发改委、统计局", issuer=("苏州市吴江区人民政府",))
    assert [n for n, _, _ in agencies] == ["区发改委", "统计局"] and marked == {0} and clean


# A goal table (考核指标 | 单位 | 年度目标 | 责任部门) flattened one cell a line whose goal cell is words naming a
# body (由市科技局统筹安排): the row's value, no sentence of its own; the row's owner is in its 责任部门 column (here
# cut off by the page's end).
_GOAL_ROWS = (
    "2021年嵊泗县乡村振兴任务清单\n\n考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
    "农业高质高效\n\n1\n\n确保粮食和重要农产品有效供给\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n县农业农村局\n\n"
    "市海洋渔业局市农业农村局\n\n"
    "2\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n市农业农村局\n\n"
    "3\n\n新建高标准农田\n\n万亩\n\n0\n\n县农业农村局\n\n市农业农村局\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("4\n\n推广农业新品种面积\n\n万亩\n\n由市科技局统筹安排\n\n县\n", id="goal-cell-in-words-real-text"),
        pytest.param("4\n\n培育农业龙头企业\n\n家\n\n由县农业农村局负责统筹\n\n", id="goal-cell-in-words-hand-written"),
    ],
)
def test_a_goal_cell_in_words_is_no_owner_annotation(tail: str) -> None:
    tasks = tasks_of(_GOAL_ROWS + tail, issuer=("嵊泗县人民政府",), document=None)
    assert [t.text for t in tasks if "统筹" in t.text] == []
    assert [owners(t) for t in tasks][1] == [("县农业农村局", "responsible")]


@pytest.mark.parametrize(
    ("raw", "deadline"),
    [
        ("（六）完善养老服务网络。（省民政厅牵头，省财政厅配合，2025年底前完成）", "2025年底前完成"),
        ("5.稳定居民消费。（商务部牵头，各地区按职责分工负责，年内持续推进）", "年内持续推进"),
    ],
    ids=["year-end-clause", "progress-note"],
)
def test_time_clause_of_a_role_bracket_is_its_deadline(raw, deadline) -> None:
    # hand-written in the form of 分工意见 brackets; the bracket is never read as prose (no agency 「（省民政厅」)
    (task,) = tasks_of(raw, issuer=("四川省人民政府",), document=None)
    assert task.deadline == deadline and task.text.startswith(raw[:4])
    assert not any(a.name.startswith("（") for a in task.agencies)


def test_deadline_and_post_of_annotations() -> None:
    (task,) = tasks_of(
        "（六）整治违法建筑。拆除存量违法建筑。（责任单位：区城管执法局、各街道；完成时限：2024年底前）",
        issuer=CHANGNING,
        document=None,
    )
    assert task.deadline == "2024年底前"
    (task,) = [
        t
        for t in tasks_of(
            "（十）强化督查。开展专项督查。（分管副省长、省政府办公厅、省发展改革委负责）",
            issuer=("浙江省人民政府",),
            document=None,
        )
    ]
    assert task.posts == ("分管副省长",)


# hand-written: the development set holds no 责任分工 label and no heading line naming a lead
def test_division_label_with_lead_and_collective_support() -> None:
    raw = "（三）完善机制。建立联席会议制度，定期会商重大事项。责任分工：区发展改革委牵头，各相关单位配合。\n（四）下一项。"
    (task,) = [t for t in tasks_of(raw, issuer=CHANGNING, document=None) if t.agencies]
    assert task.text == "（三）完善机制。建立联席会议制度，定期会商重大事项。"
    assert owners(task) == [("区发展改革委", "lead"), ("各相关单位", "support")]


@pytest.mark.parametrize("label", ["部门分工", "单位分工"])
def test_division_label_naming_who_divides_the_work_hand_written(label: str) -> None:
    # 部门分工：X牵头，Y配合 on the line after the item, as provincial notices print it
    raw = f"（一）推进重大项目建设。加快推进一批重大项目。\n{label}：省发展改革委牵头，各地、各部门配合。\n（二）下一项。"
    (task,) = [t for t in tasks_of(raw, issuer=("某某省人民政府",), document=None) if t.agencies]
    assert owners(task) == [("省发展改革委", "lead"), ("各地", "support"), ("各部门", "support")]


def test_division_label_inside_brackets() -> None:
    raw = "（三）完善机制。建立联席会议制度。（责任分工：区发展改革委牵头，区财政局、区统计局配合）"
    (task,) = tasks_of(raw, issuer=CHANGNING, document=None)
    assert owners(task) == [("区发展改革委", "lead"), ("区财政局", "support"), ("区统计局", "support")]


def test_heading_line_names_the_lead_of_the_items_beneath() -> None:
    raw = (
        "市农业农村局牵头事项（3项）\n"
        "1.推进高标准农田建设。\n"
        "2.发展设施农业。（配合单位：市财政局）\n"
        "市发展改革委牵头事项（1项）\n"
        "3.推进重大项目建设。\n"
    )
    tasks = tasks_of(raw, issuer=JIAXING, document=None)
    assert [(t.text, owners(t)) for t in tasks] == [
        ("1.推进高标准农田建设。", [("市农业农村局", "lead")]),
        ("2.发展设施农业。", [("市农业农村局", "lead"), ("市财政局", "support")]),
        ("3.推进重大项目建设。", [("市发展改革委", "lead")]),
    ]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("1.加快推进示范区基础设施建设（县发改局牵头，县财政局配合）。\n2.下一项。\n", id="lead-bracket-before-full-stop"),
        pytest.param("1.加快推进示范区基础设施建设（牵头单位：县发改局；配合单位：县财政局）\n2.下一项。\n",
                     id="label-bracket-closing-the-line"),
        pytest.param("1.加快推进示范区基础设施建设（县发改局牵头；县财政局配合）。\n", id="lead-bracket-last-item"),
    ],
)
def test_an_items_own_lead_bracket_annotates_the_item(raw: str) -> None:
    # hand-written in the layout of county task-division lists: a leaf item closed by its owners
    # in brackets (with or without the full stop after) is the task, not a heading over nothing
    task = next(t for t in tasks_of(raw, issuer=("某县人民政府",), document=None) if t.agencies)
    assert task.text.startswith("1.加快推进示范区基础设施建设")
    assert owners(task) == [("县发改局", "lead"), ("县财政局", "support")]


def test_numbered_heading_line_names_the_lead_of_the_items_beneath() -> None:
    # hand-written in the form of a county's task list: the heading carries its own marker (一、)
    raw = (
        "一、县示范区管委会牵头工作（2项）\n"
        "1.建设3个劳动密集型产业园。\n"
        "2.打造食用菌生产基地。\n"
        "二、县发展和改革局牵头工作（1项）\n"
        "3.谋划储备项目100个。\n"
    )
    tasks = tasks_of(raw, issuer=("某县人民政府",), document=None)
    assert [(t.text, [name for name, _ in owners(t)], {role for _, role in owners(t)}) for t in tasks] == [
        ("1.建设3个劳动密集型产业园。", ["县示范区管委会"], {"lead"}),
        ("2.打造食用菌生产基地。", ["县示范区管委会"], {"lead"}),
        ("3.谋划储备项目100个。", ["县发展和改革局"], {"lead"}),
    ]


# hand-written in the form of a 工作目标责任分解 notice: a leader's part, lead headings over plain or
# numbered work lines, and a line of 协同单位 closing a group that holds for each item above it
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "一、李某副市长负责的工作\n协助市长抓好工作任务的落实。\n（一）市水务局牵头的工作\n加强河湖管理工作。\n",
            [("加强河湖管理工作。", [("市水务局", "lead")])],
            id="plain-work-line-under-a-lead-heading",
        ),
        pytest.param(
            "一、李某副市长负责的工作\n协助市长抓好工作任务的落实。\n（一）市水务局牵头的工作\n加强河湖管理工作。\n"
            "协同单位：市农业农村局和各县（区）人民政府。\n",
            [("加强河湖管理工作。", [("市水务局", "lead"), ("市农业农村局", "support"), ("各县（区）人民政府", "support")])],
            id="closing-support-line-of-a-one-item-group",
        ),
        pytest.param(
            "（二）市人社局牵头的工作\n1.健全就业服务体系。\n2.推进技能人才培养。\n协同单位：市教育局、市财政局。\n"
            "（三）市商务局牵头的工作\n扩大消费，稳定外贸。\n",
            [
                ("1.健全就业服务体系。", [("市人社局", "lead"), ("市教育局", "support"), ("市财政局", "support")]),
                ("2.推进技能人才培养。", [("市人社局", "lead"), ("市教育局", "support"), ("市财政局", "support")]),
                ("扩大消费，稳定外贸。", [("市商务局", "lead")]),
            ],
            id="closing-support-line-holds-for-every-item-above",
        ),
        pytest.param(
            "（一）市人社局牵头的工作\n1.健全就业服务体系。\n协同单位：市教育局。\n2.推进技能人才培养。\n"
            "协同单位：市财政局。\n3.做好劳动保障监察。\n",
            [
                ("1.健全就业服务体系。", [("市人社局", "lead"), ("市教育局", "support")]),
                ("2.推进技能人才培养。", [("市人社局", "lead"), ("市财政局", "support")]),
                ("3.做好劳动保障监察。", [("市人社局", "lead")]),
            ],
            id="support-line-after-each-item",
        ),
        pytest.param(
            "一、张某副市长负责的工作\n（一）市人社局牵头的工作\n1.健全就业服务体系。\n2.推进技能人才培养（配合单位：市教育局）。\n",
            [
                ("1.健全就业服务体系。", [("市人社局", "lead")]),
                ("2.推进技能人才培养", [("市人社局", "lead"), ("市教育局", "support")]),
            ],
            id="inline-note-owns-only-its-item",
        ),
    ],
)
def test_lead_heading_with_closing_support_line(raw: str, expected: list) -> None:
    tasks = tasks_of(raw, issuer=("某市人民政府",), document=None)
    assert [(t.text, owners(t)) for t in tasks] == expected


def test_heading_with_lead_in_brackets_governs_every_task_beneath() -> None:
    raw = "一、提升教育质量（由区教育局牵头）\n（一）推进集团化办学。扩大优质资源覆盖面。\n（二）加强师资培训。开展全员轮训。\n"
    tasks = tasks_of(raw, issuer=CHANGNING, document=None)
    assert [owners(t) for t in tasks] == [[("区教育局", "lead")], [("区教育局", "lead")]]


# real (木兰 优化营商环境工作方案): the overall lead of a part, labelled 总牵头单位 in the heading's bracket
def test_heading_with_overall_lead_label_governs_every_task_beneath() -> None:
    raw = (
        "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)\n"
        "1.各级领导干部要切实增强法治、规则、契约意识,自觉运用法治思维和法治方式想问题、作决策、办事情。\n"
        "2.深化综合行政执法体制改革。\n"
    )
    tasks = tasks_of(raw, issuer=("木兰县人民政府",), document=None)
    assert [(t.text[:4], owners(t)) for t in tasks] == [
        ("1.各级", [("县委依法治县委员会办公室", "lead")]),
        ("2.深化", [("县委依法治县委员会办公室", "lead")]),
    ]


# hand-written: the heading's own opening paragraph, before its first item, is the lead's too
def test_heading_with_lead_in_brackets_governs_its_opening_paragraph() -> None:
    raw = (
        "一、提升教育质量（由区教育局牵头）\n坚持立德树人，推进教育现代化，办好人民满意的教育。\n"
        "（一）推进集团化办学。扩大优质资源覆盖面。\n（二）加强师资培训。开展全员轮训。\n"
    )
    tasks = tasks_of(raw, issuer=CHANGNING, document=None)
    assert [(t.text[:6], owners(t)) for t in tasks] == [
        ("坚持立德树人", [("区教育局", "lead")]),
        ("（一）推进集", [("区教育局", "lead")]),
        ("（二）加强师", [("区教育局", "lead")]),
    ]


# hand-written: label fields after the task's last sentence on its line, and a leader label
def test_label_fields_after_the_task_on_its_line() -> None:
    raw = "（七）推进校园安全建设。完善安防设施。牵头单位：市教育局\n配合单位：市财政局、市人社局\n（八）下一项。"
    (task,) = [t for t in tasks_of(raw, issuer=("成都市人民政府",), document=None) if t.agencies]
    assert task.text == "（七）推进校园安全建设。完善安防设施。"
    assert owners(task) == [("市教育局", "lead"), ("市财政局", "support"), ("市人社局", "support")]


# hand-written: labels that stand in 【】 with no colon after them (or one after the bracket)
@pytest.mark.parametrize(
    ("raw", "text", "expected", "deadline"),
    [
        pytest.param(
            "（一）加快数字基础设施建设。新建5G基站3000个。\n【牵头单位】市发展改革委\n【配合单位】市财政局、市人社局\n"
            "（二）下一项。",
            "（一）加快数字基础设施建设。新建5G基站3000个。",
            [("市发展改革委", "lead"), ("市财政局", "support"), ("市人社局", "support")],
            None,
            id="bracketed-label-lines-under-the-task",
        ),
        pytest.param(
            "（二）推动产业数字化转型。培育智能工厂20家。【牵头单位】市经济和信息化局【配合单位】市科技局、市商务局\n"
            "（三）下一项。",
            "（二）推动产业数字化转型。培育智能工厂20家。",
            [("市经济和信息化局", "lead"), ("市科技局", "support"), ("市商务局", "support")],
            None,
            id="bracketed-labels-after-the-task-on-its-line",
        ),
        pytest.param(
            "（三）优化政务服务。政务服务事项网上可办率达到95%以上。\n【责任单位】：市政务服务中心、各县（市、区）人民政府\n"
            "【完成时限】2025年底\n（四）下一项。",
            "（三）优化政务服务。政务服务事项网上可办率达到95%以上。",
            [("市政务服务中心", "responsible"), ("各县（市、区）人民政府", "responsible")],
            "2025年底",
            id="bracketed-label-with-a-colon-after-and-a-deadline-label",
        ),
    ],
)
def test_labels_in_square_brackets(raw: str, text: str, expected: list[tuple[str, str]], deadline: str | None) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=("成都市人民政府",), document=None) if t.agencies]
    assert task.text == text
    assert owners(task) == expected
    assert task.deadline == deadline


# hand-written: a bracket of owners alone after the task's sentence, without any role word
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "（一）加大投入力度。统筹安排专项资金，支持工业发展。（市工信局、市财政局）\n（二）下一项。",
            [("（一）加大投入力度。统筹安排专项资金，支持工业发展。", [("市工信局", "responsible"), ("市财政局", "responsible")])],
            id="bare-owner-bracket-after-the-full-stop",
        ),
        pytest.param(
            "（一）加大投入力度。支持工业发展；（市工信委、市财政局）\n",
            [("（一）加大投入力度。支持工业发展；", [("市工信委", "responsible"), ("市财政局", "responsible")])],
            id="bare-owner-bracket-one-name-the-tables-lack",
        ),
        pytest.param(
            "（二）整治村庄环境。全年清运生活垃圾800吨。（镇城建办、镇环卫站）\n",
            [("（二）整治村庄环境。全年清运生活垃圾800吨。", [("镇城建办", "responsible"), ("镇环卫站", "responsible")])],
            id="bare-owner-bracket-every-name-written-with-its-level-none-known",
        ),
        pytest.param(
            "（二）整治村庄环境。全年清运生活垃圾800吨。（城建办、环卫站）\n", [],
            id="bare-bracket-of-unknown-names-without-a-level-names-no-owner",
        ),
        pytest.param("（一）开展试点工作。选择部分区县先行先试。（试点）\n", [], id="a-bracket-of-other-words-names-no-owner"),
        pytest.param(
            "（一）开展试点工作。选择部分区县先行先试。（个体工商户、农民专业合作社）\n", [],
            id="a-bracket-of-non-bodies-names-no-owner",
        ),
    ],
)
def test_a_bare_bracket_of_owners_after_a_task(raw: str, expected: list) -> None:
    tasks = [t for t in tasks_of(raw, issuer=("某某市人民政府办公室",), document=None) if t.agencies]
    assert [(t.text, owners(t)) for t in tasks] == expected


def test_leader_label_gives_posts_not_agencies() -> None:
    raw = "（十）加强领导。建立工作专班。（责任领导：分管副市长；责任单位：市政府办公室）"
    (task,) = tasks_of(raw, issuer=("成都市人民政府",), document=None)
    assert owners(task) == [("市政府办公室", "responsible")] and task.posts == ("分管副市长",)


QINGPU = ("上海市青浦区人民政府办公室",)


@pytest.mark.parametrize(
    ("text", "issuer", "names"),
    [
        pytest.param(
            "区数据局、区建设管理委、区水务局、区国动办、区绿化市容局、区城管执法局和属地街镇",
            QINGPU,
            ["区数据局", "区建设管理委", "区水务局", "区国动办", "区绿化市容局", "区城管执法局", "属地街镇"],
            id="two-bodies-joined-by-he",
        ),
        pytest.param("区建设和管理委", QINGPU, ["区建设和管理委"], id="he-inside-a-name"),
        pytest.param("住房和城乡建设部、财政部", STATE_COUNCIL, ["住房和城乡建设部", "财政部"], id="he-inside-a-ministry"),
        pytest.param(
            "各街道、相关委、办、局", ("上海市杨浦区人民政府办公室",), ["各街道", "相关委、办、局"], id="suffixes-written-once"
        ),
        pytest.param(
            "建设主管部门、区规划资源局", QINGPU, ["建设主管部门", "区规划资源局"], id="functional-authority-by-field"
        ),
        # Hand-written: named places share the government head written once, at the end: one collective, as
        # 各省、自治区、直辖市人民政府 is (eval README; the dev gold's 吴泾、塘湾派出所)
        pytest.param(
            "省交通运输厅、嘉兴、湖州市政府", ("浙江省人民政府",), ["省交通运输厅", "嘉兴、湖州市政府"],
            id="named-places-share-one-government-head",
        ),
        pytest.param(
            "杭州、宁波、温州市人民政府", ("浙江省人民政府",), ["杭州、宁波、温州市人民政府"],
            id="named-places-share-renmin-zhengfu",
        ),
        # hand-written: districts written with their level share the government written once after the last
        pytest.param("市商务局、越秀区、天河区政府", ("广州市人民政府",), ["市商务局", "越秀区、天河区政府"],
                     id="districts-with-their-level-share-one-government-head"),
        pytest.param("县发改局、县财政局等部门", ("某某县人民政府",), ["县发改局", "县财政局"], id="bodies-before-deng"),
        # hand-written: a county's alias in brackets written without its level takes the head's
        pytest.param("县自然资源局(林业局)", (), ["县自然资源局", "县林业局"], id="bare-alias-in-brackets-takes-the-level"),
        pytest.param(
            "县自然资源局(林业局)", ("某某县人民政府",), ["县自然资源局", "县林业局"],
            id="bare-alias-in-brackets-under-a-county-issuer",
        ),
        # hand-written in the form of a prefecture's division notice: a body joined by 及/和 to a group of the
        # prefecture's (or a league's) own units, written with its level
        pytest.param(
            "州民政局、州委编办及州直有关单位", ("某某自治州人民政府",), ["州民政局", "州委编办", "州直有关单位"],
            id="body-and-a-prefectures-group-joined-by-ji",
        ),
        pytest.param(
            "州财政局和州直相关部门", ("某某自治州人民政府",), ["州财政局", "州直相关部门"],
            id="body-and-a-prefectures-group-joined-by-he",
        ),
        pytest.param("盟直各单位", (), ["盟直各单位"], id="a-leagues-units-as-a-group"),
        # hand-written in the form of a city's label lines: a body joined after the head that levels share
        pytest.param(
            "市商务局，各区、县（市）人民政府及高新区管委会",
            ("某某市人民政府",),
            ["市商务局", "各区、县（市）人民政府", "高新区管委会"],
            id="body-joined-after-the-head-levels-share",
        ),
        pytest.param(
            "各省、自治区、直辖市人民政府和新疆生产建设兵团",
            STATE_COUNCIL,
            ["各省、自治区、直辖市人民政府", "新疆生产建设兵团"],
            id="corps-joined-after-the-provinces-head",
        ),
        # hand-written in the form of a city's annotation: bare places before a place's zone share its kind and head
        pytest.param(
            "市生态环境局，长兴、安吉、德清经济开发区管委会",
            ("湖州市人民政府",),
            ["市生态环境局", "长兴、安吉、德清经济开发区管委会"],
            id="places-share-a-zones-kind-and-committee",
        ),
        pytest.param(
            "吴江、昆山高新技术产业开发区管理委员会",
            ("苏州市人民政府",),
            ["吴江、昆山高新技术产业开发区管理委员会"],
            id="places-share-a-high-tech-zones-committee",
        ),
        # hand-written: a group's words written once, before its first body word; the second is the same group's
        pytest.param("县直有关部门、单位", (), ["县直有关部门", "县直有关单位"], id="a-groups-words-written-before-the-first-body-word"),
        pytest.param("各相关部门、机构", (), ["各相关部门", "各相关机构"], id="each-concerned-departments-and-bodies"),
    ],
)
def test_unit_lists(text, issuer, names) -> None:
    from policykg.extract.responsibilities import parse_names

    agencies, _, _, clean = parse_names(text, issuer=issuer)
    assert [n for n, _, _ in agencies] == names and clean


# hand-written: a PDF line break inside an annotation, and a clause ending in 落实
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "（一）推进农村人居环境整治，完善长效管护机制。（责任单位：\n县农业农村局、县住建局）\n（二）下一项。",
            [("县农业农村局", "responsible"), ("县住建局", "responsible")],
            id="line-broken-after-the-label",
        ),
        pytest.param(
            "（一）推进农村人居环境整治，完善长效管护机制。（牵头单位：县农业农村局；配合单位：县住建局、\n各镇人民政府）",
            [("县农业农村局", "lead"), ("县住建局", "support"), ("各镇人民政府", "support")],
            id="line-broken-after-a-list-separator",
        ),
        pytest.param(
            "（五）推进改革。完善配套政策。（县住建局指导，各镇人民政府落实）",
            [("县住建局", "support"), ("各镇人民政府", "responsible")],
            id="guide-and-implement",
        ),
    ],
)
def test_annotation_forms_of_other_sources(raw, expected) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert owners(task) == expected


# hand-written: a document-sharing site's line counter (2、, 3、) opening a line inside an owner bracket is layout
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "1、（一）推进设施建设。加快站址审批。（责任单位：县经信局、县发改局\n2、、县自然资源局，各乡镇人民政府）"
            "（二）推进共建共享。",
            [("县经信局", "responsible"), ("县发改局", "responsible"), ("县自然资源局", "responsible"),
             ("各乡镇人民政府", "responsible")],
            id="counter-after-a-name",
        ),
        pytest.param(
            "1、（一）推进设施建设。加快站址审批。（牵头单位：县经信局；配合单位：县发\n2、改局、县住建局）（二）推进共建共享。",
            [("县经信局", "lead"), ("县发改局", "support"), ("县住建局", "support")],
            id="counter-splitting-a-name",
        ),
        pytest.param(
            "1、（一）推进设施建设。加快站址审批。（牵头单位：县经信局；配合单位：县发\n2、改局、县住建局",
            [("县经信局", "lead"), ("县发改局", "support"), ("县住建局", "support")],
            id="counter-in-a-bracket-left-open-where-the-excerpt-ends",
        ),
    ],
)
def test_a_line_counter_inside_an_owner_bracket_is_layout(raw, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert [owners(t) for t in tasks] == [expected]


def test_a_numbered_item_after_an_owner_bracket_left_open_is_a_new_item() -> None:
    raw = "1.加快站址审批。做好规划编制。（责任单位：县经信局\n2、推进基站建设。全面开展基站建设。（责任单位：县住建局）"
    tasks = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert [owners(t) for t in tasks] == [[("县经信局", "responsible")], [("县住建局", "responsible")]]


def test_a_heading_bracket_left_open_does_not_run_into_the_next_line() -> None:
    raw = "（一）推进（试点\n工作。（县农业农村局负责）"
    (task,) = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert owners(task) == [("县农业农村局", "responsible")]


# hand-written: an owner bracket of labels left open where the excerpt ends (a page cut) or before its
# line ends (a bracket lost): read to the line's end, the lead kept and no label left in the task's text
@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(
            "（一）扩大市场准入。全面清理准入障碍。（牵头单位：县发改局；配合单位：县市场监管局、县住建局、",
            id="cut-where-the-excerpt-ends",
        ),
        pytest.param(
            "（一）扩大市场准入。全面清理准入障碍。（牵头单位：县发改局；配合单位：县市场监管局、县住建局\n（二）加强监管。",
            id="bracket-lost-before-the-line-ends",
        ),
    ],
)
def test_an_owner_bracket_left_open_is_read_to_its_lines_end(raw: str) -> None:
    (task,) = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert task.text == "（一）扩大市场准入。全面清理准入障碍。"
    assert owners(task) == [("县发改局", "lead"), ("县市场监管局", "support"), ("县住建局", "support")]


# hand-written in the form of label lines whose first list closes with the lead-first rule in a note
# glued to its last unit: the note rules this list and every later one, and is no part of a name
@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（列第一位者为牵头或汇总单位，下同）", id="lead-or-summary-unit"),
        pytest.param("（排名第一的单位牵头，下同）", id="ranked-first-leads"),
        pytest.param("（第一个为牵头部门）", id="the-first-is-the-lead"),
        pytest.param("（第一责任单位为牵头单位，下同）", id="first-responsible-unit-leads"),
    ],
)
def test_lead_first_note_after_the_last_unit_of_a_label_line(note: str) -> None:
    raw = (
        f"1.落实减税降费政策。\n责任单位：县财政局、县税务局、县工商联{note}\n"
        "2.优化政务服务。\n责任单位：县行政审批局、县财政局\n"
    )
    first, second = tasks_of(raw, issuer=("某某县人民政府",), document=None)
    assert owners(first) == [("县财政局", "lead"), ("县税务局", "support"), ("县工商联", "support")]
    assert owners(second) == [("县行政审批局", "lead"), ("县财政局", "support")]


def test_lead_first_note_after_the_last_unit_inside_an_annotation() -> None:
    raw = (
        "（一）落实减税降费政策。（责任单位：县财政局、县税务局、县工商联（列第一位者为牵头或汇总单位，下同））\n"
        "（二）优化政务服务。（责任单位：县行政审批局、县财政局）\n"
    )
    first, second = tasks_of(raw, issuer=("某某县人民政府",), document=None)
    assert owners(first) == [("县财政局", "lead"), ("县税务局", "support"), ("县工商联", "support")]
    assert owners(second) == [("县行政审批局", "lead"), ("县财政局", "support")]


# Hand-made fixtures in forms of portal pages the development corpus lacks.
CHUZHOU = ("滁州市人民政府",)
LEADER_LINES = (
    "一、确保完成全年主要预期目标\n\n"
    "1. 城镇新增就业3万人以上。\n\n"
    "牵头负责领导：张三。\n\n"
    "牵头责任单位：市人社局。\n\n"
    "协同责任单位：市财政局、市人行、市统计局等，各县、市、区政府。\n\n"
    "2. 城镇调查失业率控制在5.5%以内。\n\n"
    "分管市领导：李四。\n\n"
    "牵头责任单位：市人社局。\n"
)


def test_leader_label_line_closes_the_task_and_names_no_agency() -> None:
    first, second = tasks_of(LEADER_LINES, issuer=CHUZHOU, document=None)
    assert first.text == "1.城镇新增就业3万人以上。"
    assert second.text == "2.城镇调查失业率控制在5.5%以内。"
    names = [a.name for a in first.agencies]
    assert names[:2] == ["市人社局", "市财政局"] and "张三" not in names
    # 市人行: a short form of a body the tables lack as written, kept and resolved
    assert "中国人民银行滁州市中心支行" in [a.canonical for a in first.agencies]
    assert owners(second) == [("市人社局", "lead")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "（三）推进数据共享。建设全省统一的数据交换平台。〔责任单位：省财政厅、省税务局、省大数据中心按职责分工负责。"
            "具体任务均涉及各市（州）人民政府，不再分工，下同。〕\n",
            [("省财政厅", "responsible"), ("省税务局", "responsible"), ("省大数据中心", "responsible")],
            id="label-value-ending-in-a-verb-and-a-note",
        ),
        pytest.param(
            "（四）完善物流网络。推进县乡村三级物流体系建设。（责任单位：省商务厅牵头，省交通运输厅、省邮政管理局配合）\n",
            [("省商务厅", "lead"), ("省交通运输厅", "support"), ("省邮政管理局", "support")],
            id="label-value-that-is-a-clause-of-roles",
        ),
        pytest.param(
            "（一）为推动经济高质量发展提供法治保障。加强规范性文件备案审查。\n"
            "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n",
            [("县政府办公室", "responsible"), ("县司法局", "responsible"), ("各有关部门", "responsible"),
             ("乡镇人民政府", "responsible")],
            id="label-value-ending-in-remit-and-manner-before-its-verb",
        ),
    ],
)
def test_label_values_read_by_their_own_verbs(raw: str, expected: list[tuple[str, str]]) -> None:
    (task,) = tasks_of(raw, issuer=("四川省人民政府办公厅",), document=None)
    assert owners(task) == expected
    assert "下同" not in [a.name for a in task.agencies]


SUB_ITEMS_THEN_LABEL = (
    "（一）预案体系建设\n"
    "1.完善应急预案体系\n"
    "（1）规范应急预案编制、审批和备案工作。\n"
    "（2）推进基层单位应急预案编制全覆盖。\n"
    "（责任单位：市直各有关单位、各县（市、区）人民政府）\n"
    "2.健全应急管理机制\n"
    "（1）推进乡镇应急管理机构建设。\n"
    "（责任单位：市应急局）\n"
)


def test_annotation_on_its_own_line_after_sub_items_governs_them_all() -> None:
    first, second = tasks_of(SUB_ITEMS_THEN_LABEL, issuer=("运城市人民政府办公厅",), document=None)
    assert first.text.startswith("1.完善应急预案体系") and "（1）规范应急预案编制" in first.text
    assert owners(first) == [("市直各有关单位", "responsible"), ("各县（市、区）人民政府", "responsible")]
    # a single sub-item: the annotation governs its own item as before
    assert second.text == "（1）推进乡镇应急管理机构建设。"
    assert owners(second) == [("市应急局", "responsible")]


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        pytest.param(
            "（二）压实地方责任。地方各级人民政府要切实承担本地区促进就业工作的主体责任，建立由政府负责人牵头、"
            "相关部门共同参与的工作机制，因地制宜，多措并举，统筹做好本地区促进就业工作，分级预警、分层响应、分类施策。\n",
            STATE_COUNCIL,
            ["地方各级人民政府"],
            id="collective-of-governments-as-subject",
        ),
        pytest.param(
            "（三）加强指导评估。生态环境部会同有关部门对试点工作进行指导和成效评估，发现问题及时调整和改进，"
            "适时组织开展“无废城市”建设试点经验交流。\n",
            STATE_COUNCIL,
            ["生态环境部", "有关部门"],
            id="subject-then-huitong-partners",
        ),
        pytest.param(
            "2.强化源头管控。区绿化市容局在工程竣工验收前对建筑垃圾处置情况进行核查，涉嫌违法违规行为按“应移尽移”"
            "“全链条打击”等原则将相关线索移交至城管执法部门、属地街镇或公安部门查处。\n",
            ("上海市青浦区人民政府办公室",),
            ["区绿化市容局"],
            id="subject-then-zai-clause",
        ),
        pytest.param(
            "（二）强化规划管控。规划资源部门应就海绵城市、绿色调蓄设施建设要求征询相关管理部门意见，并纳入国有建设用地"
            "使用权有偿使用合同或建设项目规划土地意见书、规划设计方案、工程建设规划许可证。\n",
            SHANGHAI,
            ["规划资源部门"],
            id="functional-authority-named-by-its-field-as-subject",
        ),
        pytest.param(
            "1.镇各相关部门应按照相关规章做好监督。一是主管部门负责类。政府部门要加强监管。\n",
            SHANGHAI,
            [],
            id="bare-collective-or-enumeration-before-a-verb-assigns-nothing",
        ),
        pytest.param(
            "（四）加强组织领导。各部门、各单位要高度重视，把这项工作摆上重要议事日程。\n",
            SHANGHAI,
            [],
            id="bare-collective-exhortation-assigns-nothing",
        ),
        # hand-written in the form of an emergency plan (#15): a joint body the tables lack as the subject,
        # then 要 and any verb; its short form (X防指); two bodies joined by 及
        pytest.param(
            "5.3 队伍保障\n区森林防火指挥部要组建专业扑火队伍，配备必要的扑火装备。\n",
            SHANGHAI,
            ["区森林防火指挥部"],
            id="joint-body-yao-any-verb",
        ),
        pytest.param(
            "5.4 通信保障\n预警发布后，区防指要负责协调各通信运营企业，保障应急通信畅通。\n",
            SHANGHAI,
            ["区防指"],
            id="joint-body-short-form-after-a-time-clause",
        ),
        pytest.param(
            "5.5 联动保障\n区人民政府及区森林防火指挥部要按有关规定组织实施。\n",
            SHANGHAI,
            ["区人民政府", "区森林防火指挥部"],
            id="government-ji-joint-body",
        ),
        pytest.param(
            "5.5 联动保障\n区森林防火指挥部和区应急局要按有关规定组织实施。\n",
            SHANGHAI,
            ["区森林防火指挥部", "区应急局"],
            id="joint-body-he-department",
        ),
        pytest.param(
            "1.2 组织体系\n区森林防火指挥部是全区森林防火工作的指挥机构，办公室设在区应急局。\n",
            SHANGHAI,
            [],
            id="joint-body-described-assigns-nothing",
        ),
        # dev corpus, 23: a subject list closed by 等 and the class of the bodies it names
        pytest.param(
            "区发展改革委等相关部门将资源化利用设施设备纳入大规模设备更新和循环利用政策支持范围。\n",
            SHANGHAI,
            ["区发展改革委"],
            id="subject-list-closed-by-等相关部门",
        ),
        pytest.param(
            "三、区住建委、区交通委等部门要加强施工现场监管。\n",
            SHANGHAI,
            ["区住建委", "区交通委"],
            id="subject-list-closed-by-等部门-hand-written",
        ),
        pytest.param(
            "（二）明确分工。区农业局、区林业局等负责所属系统及行业节能。\n",
            SHANGHAI,
            ["区农业局", "区林业局"],
            id="subject-list-closed-by-a-bare-等-before-the-verb-hand-written",
        ),
        pytest.param(
            "（二）明确分工。区教育局、区卫生局分别负责教育、卫生系统节能。\n",
            SHANGHAI,
            ["区教育局", "区卫生局"],
            id="subject-list-then-分别-before-the-verb-hand-written",
        ),
        pytest.param(
            "（二）明确分工。区教育局和区卫生局共同做好学校卫生工作。\n",
            SHANGHAI,
            ["区教育局", "区卫生局"],
            id="subject-list-then-共同-before-the-verb-hand-written",
        ),
        pytest.param(
            "（一）加强领导。区发展改革委对全区节能工作总负责，各街道也要明确相应的管理机构。\n",
            SHANGHAI,
            ["区发展改革委", "各街道"],
            id="a-later-collective-subject-with-也要-hand-written",
        ),
        # form: a subject opening its sentence, then 也/还 before its modal (the subject shares the work)
        pytest.param(
            "（三）强化督办。各牵头单位、各协办单位也要按月更新工作台账。\n",
            SHANGHAI,
            ["各牵头单位", "各协办单位"],
            id="a-collective-subject-with-也要-opening-the-sentence-hand-written",
        ),
        pytest.param(
            "（三）强化督办。区审计局还应加强对专项资金的跟踪审计。\n",
            SHANGHAI,
            ["区审计局"],
            id="a-named-subject-with-还应-opening-the-sentence-hand-written",
        ),
        # form: a subject list, then 都/均 before its modal (every body listed shares the work)
        pytest.param(
            "三、加强组织领导。各县区、各部门都要高度重视，建立工作机构，完善工作机制。\n",
            ("兰州市人民政府",),
            ["各县区", "各部门"],
            id="a-subject-list-with-都要",
        ),
        pytest.param(
            "（三）强化督办。区审计局、区财政局均应加强对专项资金的跟踪审计。\n",
            SHANGHAI,
            ["区审计局", "区财政局"],
            id="a-subject-list-with-均应-hand-written",
        ),
        # form: 各 before a group of places carries to a bare body word after it (各部门), as to a level
        pytest.param(
            "会议要求，各乡镇（街道）、部门要主动与县自然资源局对接，加快推进整改。\n",
            ("黑山县人民政府",),
            ["各乡镇（街道）", "各部门"],
            id="各-carried-to-a-bare-body-word",
        ),
        pytest.param(
            "会议要求，各镇、单位要按时报送整改情况。\n",
            ("黑山县人民政府",),
            ["各镇", "各单位"],
            id="各-carried-to-a-bare-body-word-hand-written",
        ),
        # form: X负责A，Y负责B — a chain of bodies each with its own charge, one clause each
        pytest.param(
            "3、成立领导小组，党政办负责外围环境，社会管理办公室负责质量监督。\n",
            ("某镇人民政府",),
            ["党政办", "社会管理办公室"],
            id="a-chain-of-bodies-each-负责-its-part",
        ),
        # form: a lead-in before the subject (即：, then an ordinal; a clause of the time the work runs in)
        pytest.param(
            "（四）按时报送。即：一是各协办单位须于每季度末前将工作进展报送牵头单位。\n",
            SHANGHAI,
            ["各协办单位"],
            id="a-subject-after-即-and-an-ordinal-hand-written",
        ),
        pytest.param(
            "（四）动态调整。推进过程中，区发展改革委将根据形势变化适时调整任务清单。\n",
            SHANGHAI,
            ["区发展改革委"],
            id="a-known-body-and-将-after-a-clause-of-the-work's-time-hand-written",
        ),
        pytest.param(
            "（四）动态调整。对工作推进不力的单位，区政府将进行约谈。\n",
            SHANGHAI,
            [],
            id="a-known-body-and-将-after-a-condition-is-no-owner-hand-written",
        ),
        # form: a group, then 尤其是/特别是 and the group singled out among it, both owners of the duty
        pytest.param(
            "（五）协同配合。牵头单位要主动谋划；配合单位尤其是各街道（镇）要加强协作。\n",
            SHANGHAI,
            ["牵头单位", "配合单位", "各街道（镇）"],
            id="a-group-and-the-group-singled-out-by-尤其是-hand-written",
        ),
        pytest.param(
            "（五）协同配合。各部门特别是各街道要加强协作。\n",
            SHANGHAI,
            [],
            id="everyone-and-a-group-singled-out-is-no-one-name-hand-written",
        ),
        # form: the units of one role, then a bare 将 (no modal), as after a body's name
        pytest.param(
            "（六）及时报送。其他配合单位将工作进展按月报送牵头单位。\n",
            SHANGHAI,
            ["其他配合单位"],
            id="a-role-group-and-a-bare-将-hand-written",
        ),
        pytest.param(
            "（六）及时报送。各部门将工作进展按月报送区政府办公室。\n",
            SHANGHAI,
            [],
            id="everyone-and-a-bare-将-is-no-owner-hand-written",
        ),
        pytest.param(
            "（二）各乡（镇）要建立相应的工作协调机制，负责组织推进本行政区域内的河长制工作。\n",
            ("某某县人民政府",),
            ["各乡（镇）"],
            id="the-townships-as-a-group-written-乡（镇）-hand-written",
        ),
    ],
)
def test_prose_subjects_in_more_wordings(raw: str, issuer: tuple[str, ...], expected: list[str]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [a.name for t in tasks for a in t.agencies][: len(expected) or None] == expected
    assert all(t.kind == "prose" for t in tasks)


GAZETTE = Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt"


def _sentences_with_a_hint(text: str) -> list[tuple[int, int]]:
    """Every sentence of the text holding a hint word: the plain reading of _hinted_sentences."""
    return [m.span() for m in _SENTENCE_RE.finditer(text) if _PROSE_HINT_RE.search(m.group())]


@pytest.mark.parametrize(
    "text",
    [
        # real: the prose of dev/30 (a sentence without a hint word between two with one), cut
        # open-ended; the ； sentence hand-written
        pytest.param(
            "相关部门和各街镇要以重大风险防范化解和城市更新为契机，推动火灾隐患整治工作。"
            "强化消防安全高风险区域或行业领域调研，找准重大风险和突出问题，制定落实针对性防控措施。"
            "区消防救援支队负责指导；区应急局配合开展检查。加快推进改造工作",
            id="full-stops-semicolons-and-an-open-end",
        ),
        # hand-written: terminators in a row, a hint word opening the text, blank lines
        pytest.param("由区住建委牵头。！？\n\n\n市科技局负责。\n", id="terminators-in-a-row"),
        pytest.param("没有任何提示词的一句。另一句也没有\n", id="no-hint-word"),
        pytest.param("", id="empty"),
    ],
)
def test_hinted_sentences_are_the_sentences_holding_a_hint_word(text: str) -> None:
    assert _hinted_sentences(text) == _sentences_with_a_hint(text)


def test_hinted_sentences_on_the_seed_gazette() -> None:
    text = normalise(GAZETTE.read_text(encoding="utf-8")).text
    found = _hinted_sentences(text)
    assert found
    assert found == _sentences_with_a_hint(text)


# ---------------------------------------------------------------------------
# Owners in the forms of regulations: a phrase between subject and duty, functional authorities
# under a class of levels, governments of several tiers, lists without 各

@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # real (dev 29): X是…主管部门，负责…
        pytest.param(
            "区绿化市容局是本区建筑垃圾处理的主管部门，负责本区域内建筑垃圾处理的具体管理工作，主要履行以下职责：\n",
            ("上海市虹口区人民政府办公室",),
            ["区绿化市容局"],
            id="subject-is-the-authority-then-its-duty",
        ),
        # real (dev 02): X是…责任主体
        pytest.param(
            "试点城市政府是“无废城市”建设试点责任主体，要围绕试点内容，有力有序开展试点，确保实施方案规定任务落地见效。\n",
            STATE_COUNCIL,
            ["试点城市政府"],
            id="subject-is-the-responsible-party",
        ),
        # hand-written: the same with no other duty word in the sentence
        pytest.param(
            "第八条 区属行业主管部门是本行业安全生产的责任主体。\n", (), ["区属行业主管部门"],
            id="subject-is-the-responsible-party-alone",
        ),
        # hand-written: the authority clause is the whole sentence
        pytest.param(
            "第三条 市城市管理局是本市户外广告设置管理的主管部门。\n", ("宁川市人民政府",), ["市城市管理局"],
            id="subject-is-the-authority-alone",
        ),
        # real (dev 29): the duties follow as items, the sentence itself assigns none
        pytest.param(
            "区建设管理委是本区建设工程项目（含市政项目）的主管部门，主要履行以下职责：\n",
            ("上海市虹口区人民政府办公室",),
            [],
            id="subject-is-the-authority-then-a-list-of-duties",
        ),
        # real (dev 37): a class of governments
        pytest.param(
            "  第四条 县级以上人民政府应当加强对人工影响天气工作的领导和协调,将人工影响天气事业纳入国民经济和社会发展规划。\n",
            ("湖北省人民政府",),
            ["县级以上人民政府"],
            id="class-of-governments-in-an-article",
        ),
        # real (dev 23): words glued before a known name are no subject
        pytest.param(
            "（6）计量管理区绿化市容局负责所在区消纳场所和转运码头的计量监督管理工作。\n",
            ("上海市青浦区人民政府办公室",),
            [],
            id="heading-words-glued-before-a-name",
        ),
        # hand-written from here: the forms of regulations and county documents
        pytest.param(
            "第三条 区（县）园林绿化管理部门在本级人民政府领导下，负责辖区绿化的日常监督。\n",
            (),
            ["区（县）园林绿化管理部门"],
            id="bracketed-level-authority-then-zai-phrase",
        ),
        pytest.param(
            "第五条 各级水行政主管部门在各自职责范围内，负责河道采砂的监督检查。\n", (), ["各级水行政主管部门"],
            id="authority-of-every-level-within-its-duties",
        ),
        pytest.param(
            "第四条 县级以上人民政府交通运输主管部门负责组织道路运输的监督检查。\n",
            (),
            ["县级以上人民政府交通运输主管部门"],
            id="authority-of-a-class-of-governments",
        ),
        pytest.param(
            "第六条 县（市、区）以上地震主管机构负责防震减灾的监督管理。\n", (), ["县（市、区）以上地震主管机构"],
            id="authority-named-jigou",
        ),
        pytest.param(
            "第七条 市人民政府有关部门应当依照职责分工，做好防震减灾工作。\n", (), ["市人民政府有关部门"],
            id="departments-of-a-government",
        ),
        pytest.param(
            "第八条 市和区（县）人民政府应当保障防震减灾经费投入。\n",
            (),
            ["市人民政府", "区（县）人民政府"],
            id="governments-of-two-tiers-joined-by-he",
        ),
        # hand-written in the same form: the top tier joined by 和 to a 、-list of the tiers below, one head written once
        # (the lower tiers share it, one collective as in 各省、自治区、直辖市人民政府)
        pytest.param(
            "第八条 县和乡、镇人民政府应当做好农村饮水安全工作。\n",
            (),
            ["县人民政府", "乡、镇人民政府"],
            id="governments-of-a-tier-and-a-list-below-joined-by-he-and-dunhao",
        ),
        # a 、-list of levels sharing one head written once is one collective, as written (eval/README: 各省、自治区、
        # 直辖市人民政府); joined by 和 (above) each tier's body
        pytest.param(
            "第九条 市、区人民政府应当加强对养老服务工作的领导。\n", (), ["市、区人民政府"],
            id="governments-of-two-tiers-by-dunhao",
        ),
        pytest.param(
            "第十条 乡人民政府、街道办事处负责组织辖区养老服务。\n", (), ["乡人民政府", "街道办事处"],
            id="list-without-ge-or-place",
        ),
        # hand-written in the form of State Council regulations: a body under the State Council by its form, then under
        # whose leadership, then its duty
        pytest.param(
            "第十条 国务院负责全国宗教事务的统一领导。\n国务院宗教事务管理机关在国务院领导下，负责全国宗教事务的具体管理工作。\n",
            ("国务院",),
            ["国务院", "国务院宗教事务管理机关"],
            id="a-body-under-the-state-council-by-its-form",
        ),
        pytest.param(
            "第十一条 省委教育工作领导小组负责统筹全省教育改革工作。\n", (), ["省委教育工作领导小组"],
            id="party-leading-group",
        ),
        pytest.param(
            "第十二条 市交通运输局是道路运输工作的主管部门，负责本办法的组织实施。\n",
            ("某某市人民政府",),
            ["市交通运输局"],
            id="known-body-is-the-authority-then-its-duty",
        ),
        pytest.param(
            "第十三条 规划部门是城乡规划工作的牵头部门，主要负责规划编制。\n", (), ["规划部门"],
            id="field-authority-is-the-comprehensive-department",
        ),
        pytest.param(
            "第十五条 在市人民政府领导下，市应急管理局负责本市防汛工作的组织实施。\n",
            ("某某市人民政府",),
            ["市应急管理局"],
            id="under-leadership-phrase-before-the-subject",
        ),
        pytest.param(
            "第十四条 市有关单位应当按照各自职责做好相关工作。本办法所称主管部门是指市交通运输局。\n",
            ("某某市人民政府",),
            [],
            id="bare-collective-or-definition-assigns-nothing",
        ),
        # hand-written in the form of a regulation's article that defines its authority, then gives it the work:
        # the definition's clause assigns nothing, the clause after it does
        pytest.param(
            "第四条 本细则所称行政主管部门是指区水务局，区水务局负责本细则的组织实施。\n",
            ("某某区人民政府",),
            ["区水务局"],
            id="definition-clause-then-the-defined-body-s-duty",
        ),
        # hand-written: a known name found one character in (粮食和储备局 after 市): the subject with its level
        pytest.param(
            "第六条 市文化和旅游局负责全市旅游景区质量等级的评定管理。\n",
            ("某某市人民政府",),
            ["市文化和旅游局"],
            id="level-before-a-known-name-with-he",
        ),
        pytest.param(
            "第七条 市粮食和储备局负责编制地方储备粮年度收购计划。\n",
            ("某某市人民政府",),
            ["市粮食和储备局"],
            id="level-before-a-name-the-tables-know-without-it",
        ),
        # hand-written: authorities ending in 行政部门 / 管理机构 under a level
        pytest.param(
            "第八条 市招生考试管理机构应当每年公布报名条件和考试科目。\n",
            ("某某市人民政府",),
            ["市招生考试管理机构"],
            id="management-institution-under-a-level",
        ),
        pytest.param(
            "第九条 市体育行政部门负责全市体育赛事活动的监督管理。\n",
            ("某某市人民政府",),
            ["市体育行政部门"],
            id="administrative-department-under-a-level",
        ),
        # real (dev 09): a field's 行政部门 after a ministry's, under 在职责范围内
        pytest.param(
            "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外、院校内职业技能等级证书的实施。\n",
            STATE_COUNCIL,
            ["国务院人力资源社会保障行政部门", "教育行政部门"],
            id="field-administrative-department-in-a-list",
        ),
        # hand-written: authorities of two tiers with one field (by 、, one collective: eval/README), and two phrases
        # before the duty
        pytest.param(
            "第三条 市、区卫生健康行政部门在同级人民政府领导下，按照本办法规定的职责，负责院前急救的监督管理。\n",
            ("某某市人民政府",),
            ["市、区卫生健康行政部门"],
            id="authority-of-two-tiers-after-two-phrases",
        ),
        # real (held-out, city regulation on patriotic health): the same form, one collective
        pytest.param(
            "第十八条 市、县区卫生行政部门应建立和完善健康教育网络,有计划地开展健康教育、普及爱国卫生和健康知识。\n",
            (),
            ["市、县区卫生行政部门"],
            id="authority-of-a-city-and-its-counties-districts-by-dunhao",
        ),
        # real (held-out, 鹤壁 measures in traditional characters): the same form after 由
        pytest.param(
            "具體工作由市、縣級司法行政部門負責實施。\n", ("鶴壁市人民政府",), ["市、县级司法行政部门"],
            id="authority-of-two-levels-by-dunhao-after-you",
        ),
        # hand-written: a body under the document's own place, an alias note, then 是…机构，负责
        pytest.param(
            "第五条 兰州市数字经济发展领导小组（以下简称领导小组）是全市数据共享工作的议事协调机构，负责统筹推进数据共享。\n",
            ("兰州市人民政府",),
            ["兰州市数字经济发展领导小组"],
            id="body-under-the-documents-place-with-an-alias",
        ),
        # hand-written: a frequency, then the duty
        pytest.param(
            "第十一条 市市场监管局每半年至少组织1次抽查，并向社会公布结果。\n",
            ("某某市人民政府",),
            ["市市场监管局"],
            id="subject-then-a-frequency-and-a-duty",
        ),
        # hand-written in the form of a provincial notice (#17): an office of two tiers, its field quoted
        pytest.param(
            "（三）省、州市“一村一品”办公室要围绕项目资金使用等关键环节，加强指导。\n",
            ("某某省财政厅",),
            ["省、州市“一村一品”办公室"],  # (one collective: eval/README)
            id="office-of-two-tiers-quoted-field",
        ),
        pytest.param(
            "（二）县“智慧农业”工作专班要加强调度，按月通报进展。\n", ("某某县人民政府",), ["县“智慧农业”工作专班"],
            id="joint-body-quoted-field",
        ),
        # hand-written in the form of campaign plans: a joint body or its office as the subject, under a level
        # or none, with a frequency, 结合…实际 or 组成…组 for its verb; its posts, seat and founding are no duty
        pytest.param(
            "二、县防汛抗旱工作领导小组每季度召开一次会议，研究部署汛期工作。\n", ("某某县人民政府",),
            ["县防汛抗旱工作领导小组"],
            id="joint-body-then-a-frequency",
        ),
        pytest.param(
            "三、领导小组办公室结合各乡镇实际，适时组织专项督导。\n", ("某某县人民政府",), ["领导小组办公室"],
            id="joint-body-office-without-a-level",
        ),
        pytest.param(
            "四、市食品安全整治领导小组组成三个督查组分别对各区开展检查。\n", ("某某市人民政府",),
            ["市食品安全整治领导小组"],
            id="joint-body-forms-teams-before-a-known-group",
        ),
        pytest.param(
            "五、森林防火指挥部办公室要安排专人二十四小时值守。\n", ("某某县人民政府",), ["森林防火指挥部办公室"],
            id="command-office-without-a-level",
        ),
        pytest.param(
            "六、领导小组组长由县长担任。领导小组下设办公室。成立以分管副县长为组长的领导小组负责统筹。\n",
            ("某某县人民政府",),
            [],
            id="joint-body-posts-seat-and-founding-are-no-duty",
        ),
        # hand-written in the form of municipal rules (#17): tiers of one authority, then vague groups' bodies
        pytest.param(
            "第五条 市、区招生考试管理机构和有关部门、单位的相关机构应当配备专职考试工作人员。\n",
            ("某某市人民政府",),
            ["市、区招生考试管理机构"],  # (one collective: eval/README)
            id="authority-of-two-tiers-and-vague-groups",
        ),
        # hand-written in the form of provincial and municipal regulations' articles of duty
        pytest.param(
            "第四条 杭州市人民政府城市管理行政主管部门负责全市的市容管理工作。\n", (),
            ["杭州市人民政府城市管理行政主管部门"],
            id="authority-of-a-named-citys-government",
        ),
        pytest.param(
            "第七条 市交通运输主管部门、市公安机关、市物价主管部门（以下统称“市级主管部门”）应当加强对客运市场的监督。\n",
            (),
            ["市交通运输主管部门", "市公安机关", "市物价主管部门"],
            id="list-then-a-collective-alias-note",
        ),
        pytest.param(
            "第八条 市、县区林业行政主管部门，应当设立林业监督管理机构。\n", (),
            ["市、县区林业行政主管部门"],  # (one collective: eval/README)
            id="comma-between-subject-and-modal",
        ),
        pytest.param(
            "第九条 区市场监管局发现违法行为涉嫌犯罪的，应当及时移送公安机关。\n", (), ["区市场监管局"],
            id="condition-between-subject-and-modal",
        ),
        pytest.param(
            "第三条 县级以上地方人民政府统一领导本行政区域内的河道管理工作。\n", (), ["县级以上地方人民政府"],
            id="leads-the-work-of-its-area",
        ),
        pytest.param(
            "第五条 县级以上人民政府城市管理执法部门相对集中行使市容环境卫生方面的行政执法权。\n", (),
            ["县级以上人民政府城市管理执法部门"],
            id="exercises-a-power-jointly",
        ),
        pytest.param(
            "第四条 经济开发区管委会和高新区管委会履行本辖区内的市容管理职责。\n", (),
            ["经济开发区管委会", "高新区管委会"],
            id="two-committees-joined-by-he-perform-duties",
        ),
        pytest.param(
            "第十四条 乡（镇）人民政府和街道办事处负责本辖区内的环境卫生管理工作。\n", (),
            ["乡（镇）人民政府", "街道办事处"],
            id="classes-of-bodies-joined-by-he",
        ),
        pytest.param(
            "第十五条 县级以上人民政府及其有关行政主管部门应当加强对节水工作的宣传。\n", (),
            ["县级以上人民政府", "县级以上人民政府有关行政主管部门"],
            id="a-government-and-its-departments",
        ),
        pytest.param(
            "第十条 县级以上地方人民政府其他相关部门按照各自职责负责河道管理的指导工作。\n", (),
            ["县级以上地方人民政府其他相关部门"],
            id="other-departments-of-a-class-of-governments",
        ),
        pytest.param(
            "第十二条 县级以上人民政府有关部门应当配合做好防汛工作。\n", (), ["县级以上人民政府有关部门"],
            id="departments-concerned-of-a-class-of-governments",
        ),
        pytest.param(
            "第六条 禁止停车的具体范围，由县级以上人民政府确定并向社会公布。\n", (), ["县级以上人民政府"],
            id="by-a-class-of-governments-any-verb",
        ),
        # real (held-out, city regulation on patriotic health): a 、-list of levels with one head after 由, any verb:
        # one collective (eval/README)
        pytest.param(
            "第二十二条 公共环境病媒生物预防控制工作所需经费,由市、县区人民政府列入年度财政预算。\n", (),
            ["市、县区人民政府"],
            id="by-a-dunhao-list-of-levels-any-verb",
        ),
        # hand-written in the same form: a class of levels' governments written as a 、-list
        pytest.param(
            "第九条 农村饮水工程的管护经费，由乡、镇人民政府统筹安排。\n", (), ["乡、镇人民政府"],
            id="by-a-dunhao-class-of-levels-any-verb",
        ),
        pytest.param(
            "第九条 跨县的水域，由有关县级人民政府共同协商管理。\n", (), ["有关县级人民政府"],
            id="by-the-governments-concerned-jointly",
        ),
        pytest.param(
            "第八条 行政处罚由违法行为发生地的区市场监管局管辖。\n", (), ["区市场监管局"],
            id="jurisdiction-of-the-body-of-the-place",
        ),
        pytest.param(
            "第十六条 市级主管部门应当会同市公安机关建立客运市场联合检查制度。\n", (),
            ["市级主管部门", "市公安机关"],
            id="modal-then-huitong-partner",
        ),
        pytest.param(
            "第十七条 市级主管部门应当会同市公安机关建立健全行政执法与刑事司法衔接机制。\n", (),
            ["市级主管部门", "市公安机关"],
            id="partner-cut-before-a-verb-of-setting-up",
        ),
        pytest.param(
            "第十八条 两个以上区市场监管局都有管辖权的，由最先立案的区市场监管局管辖。\n", (), ["区市场监管局"],
            id="jurisdiction-of-the-body-that-acts-first",
        ),
        # a list of sectors closed by 等部门 names no body (eval dev 17, 24)
        pytest.param(
            "第十三条 城乡规划、公安、民政等部门按照各自职责，做好市容管理工作。\n", (), [],
            id="sector-list-closed-by-deng-bumen",
        ),
        # hand-written in the form of provincial regulations: tiers written with one government and one field, the
        # first tier the cities with districts (设区的市): a 、-list sharing one head, one collective (eval/README)
        pytest.param(
            "第六条 设区的市、县（市、区）人民政府园林绿化和市容行政主管部门负责本行政区域内的绿化管理工作。\n", (),
            ["设区的市、县（市、区）人民政府园林绿化和市容行政主管部门"],
            id="tiers-from-cities-with-districts-one-government-one-field",
        ),
        pytest.param(
            "第六条 市、县人民政府水行政主管部门负责本行政区域内的节约用水管理工作。\n", (),
            ["市、县人民政府水行政主管部门"],
            id="tiers-one-government-one-field-are-the-authorities",
        ),
        pytest.param(
            "第七条 设区的市人民政府文化行政主管部门负责本市的文物保护工作。\n", (),
            ["设区的市人民政府文化行政主管部门"],
            id="authority-of-the-cities-with-districts",
        ),
        # hand-written: words before 的 qualify the body after them, the subject of the duty
        pytest.param(
            "第三条 省人民政府指定的粮食主管机构负责储备粮的监督管理工作。\n", (),
            ["粮食主管机构"],
            id="body-after-a-qualifier-with-de",
        ),
        pytest.param(
            "第三条 县级以上人民政府确定的市场监督管理部门负责价格监督检查。\n", (),
            ["市场监督管理部门"],
            id="authority-after-a-qualifier-with-de",
        ),
        # hand-written in the form of municipal rules: a body set up by the government, then its duty
        pytest.param(
            "第五条 市人民政府设立市容环境监察支队，是市容管理的行政执法机构，具体负责本办法的实施。\n", (),
            ["市容环境监察支队"],
            id="body-set-up-then-a-copula-then-its-duty",
        ),
        pytest.param(
            "各区设立的市容环境监察大队，负责本辖区内的市容监察工作。\n", (),
            ["市容环境监察大队"],
            id="body-set-up-qualifying-then-its-duty",
        ),
        # hand-written in the form of a development zone's measures: the duty of the body set up written 主要负责
        pytest.param(
            "第十条 管委会设立区高层次人才评审委员会，主要负责审定人才认定名单。\n", (),
            ["区高层次人才评审委员会"],
            id="body-set-up-then-its-main-duty",
        ),
        # hand-written in the form of rules on talent work: a party committee's department whose name opens with a
        # word that is a verb too (组织部, 统一战线工作部) after 由 is named whole
        pytest.param(
            "第十一条 人才认定的日常工作由县委组织部负责。\n", (),
            ["县委组织部"],
            id="by-an-organisation-department",
        ),
        pytest.param(
            "第十二条 联谊活动由市委统一战线工作部统一组织。\n", (),
            ["市委统一战线工作部"],
            id="by-a-united-front-department",
        ),
        pytest.param(
            "第十三条 防汛演练由区应急管理局组织部署。\n", (),
            ["区应急管理局"],
            id="by-a-body-then-the-verb-组织部署",
        ),
        # bodies of government work named 机构 by their function, as rules name their duty-bearers
        pytest.param(
            "第四条 街道合法性审核机构应在收到报送机构有关材料后5个工作日内提出书面的法制审核意见。\n", (),
            ["街道合法性审核机构"],
            id="a-legality-review-body-under-its-level",
        ),
        pytest.param(
            "法制机构应当在收到重大行政执法决定送审材料起7个工作日内完成审核。\n", (),
            ["法制机构"],
            id="a-legal-affairs-body-by-its-function",
        ),
        pytest.param(
            "第二条 全市各级行政执法机关(包括法律、法规授权的具有管理公共事务职能的组织,以及依法受行政执法机关委托从事"
            "行政执法活动的组织)应当按照本办法规定做好行政执法公示工作。\n", (),
            ["全市各级行政执法机关"],
            id="every-level-of-a-place-with-a-note-of-what-it-includes",
        ),
        pytest.param("全县各级行政执法机关要做好公示工作。\n", (), ["全县各级行政执法机关"], id="every-level-of-a-place"),
        pytest.param("市政府法制办牵头起草办法。\n", (), ["市政府法制办"], id="a-government-office-then-its-lead-verb"),
    ],
)
def test_owners_in_regulations(raw: str, issuer: tuple[str, ...], expected: list[str]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [a.name for t in tasks for a in t.agencies] == expected
    assert all(t.kind == "prose" for t in tasks)


CITY = ("某某市人民政府",)
COUNTY = ("某某县人民政府",)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # hand-written from here to the real rows: prose forms of regulations and county plans
        pytest.param(
            "第四条 市自然资源局、市交通运输局、市水利局按各自职责负责河道沿线建设项目的审批。\n",
            CITY,
            [("市自然资源局", "responsible"), ("市交通运输局", "responsible"), ("市水利局", "responsible")],
            id="list-then-an-gezi-zhize",
        ),
        pytest.param(
            "第五条 市住房城乡建设局、市市场监管局依据各自职责，协同做好物业服务的监管。\n",
            CITY,
            [("市住房城乡建设局", "responsible"), ("市市场监管局", "responsible")],
            id="list-then-yiju-gezi-zhize",
        ),
        pytest.param(
            "第六条 市农业农村委员会办公室（以下简称市农办）负责乡村振兴项目的日常管理。\n",
            CITY,
            [("市农业农村委员会办公室", "responsible")],
            id="alias-note-between-subject-and-verb",
        ),
        pytest.param(
            "第七条 市财政局会同市审计局另行制定资金管理细则。\n",
            CITY,
            [("市财政局", "responsible"), ("市审计局", "responsible")],
            id="huitong-partner-before-any-verb",
        ),
        pytest.param(
            "第八条 年度计划由市生态环境局会同市自然资源局、市水利局审核下达。\n",
            CITY,
            [("市生态环境局", "responsible"), ("市自然资源局", "responsible"), ("市水利局", "responsible")],
            id="you-x-huitong-partners",
        ),
        pytest.param(
            "第十三条 年度资金计划由市财政局会同市有关部门另行下达。\n",
            CITY,
            [("市财政局", "responsible"), ("市有关部门", "responsible")],
            id="you-x-huitong-a-level-group",
        ),
        # hand-written in the form of a ministries' joint notice: the last partner's name ends before the
        # verbs of passing the work on (审核后报送…), and none of the three leads
        pytest.param(
            "第十四条 清算材料由省级财政部门会同省发展改革委、省级工业和信息化主管部门审核后报送财政部。\n",
            (),
            [("省级财政部门", "responsible"), ("省发展改革委", "responsible"), ("省级工业和信息化主管部门", "responsible")],
            id="you-x-huitong-partners-end-before-a-verb",
        ),
        pytest.param(
            "第九条 检验规程由财政部会计司负责解释。\n", (), [("财政部会计司", "responsible")],
            id="unit-of-a-ministry-after-you",
        ),
        pytest.param(
            "第十条 省教育厅高教处负责申报材料的汇总审核。\n",
            ("某某省人民政府",),
            [("省教育厅高教处", "responsible")],
            id="unit-of-a-provincial-department-as-subject",
        ),
        pytest.param(
            "第十一条 具体标准由邮电部邮政总局组织制定。\n", (), [("邮电部邮政总局", "responsible")],
            id="unit-of-a-ministry-the-tables-lack",
        ),
        pytest.param(
            "第十二条 实施计划统一由邮电部邮政总局审核、下达。\n", (), [("邮电部邮政总局", "responsible")],
            id="you-x-then-any-verb",
        ),
        pytest.param(
            "县委县政府督查室要适时开展专项督查。\n", COUNTY, [("县委县政府督查室", "responsible")],
            id="unit-of-two-parents-joined",
        ),
        pytest.param(
            "镇综合治理工作专班应当加强对各村的指导。\n", (), [("镇综合治理工作专班", "responsible")],
            id="unknown-body-subject-then-yingdang",
        ),
        pytest.param(
            "申请人应当提交由市卫生健康委核准的证明材料。\n", CITY, [],
            id="you-x-as-a-qualifier-assigns-nothing",
        ),
        # real (dev 23): a group as the partners after 会同, as dev 02 codes 会同有关部门 (会同 marks no lead)
        pytest.param(
            "本细则自发布之日起施行，由区绿化市容局会同相关部门负责解释。\n",
            ("上海市青浦区人民政府办公室",),
            [("区绿化市容局", "responsible"), ("相关部门", "responsible")],
            id="huitong-group-partners",
        ),
        # real (dev 23): 并由X + a verb of work
        pytest.param(
            "发现未取得建筑垃圾处置证等违法情形的，要及时告知区城管执法局、区绿化市容局，并由区城管执法局依法予以查处。\n",
            ("上海市青浦区人民政府办公室",),
            [("区城管执法局", "responsible")],
            id="bing-you-x-then-any-verb",
        ),
        # real (dev 26): a phrase of ground before the subject
        pytest.param(
            "根据“管行业必须管安全”的要求，各行业部门要将消防安全纳入业务工作同研究、同部署、同检查、同考核、同落实。\n",
            ("上海市金山区人民政府办公室",),
            [("各行业部门", "responsible")],
            id="ground-phrase-before-the-subject",
        ),
        # hand-written: a phrase of purpose before a unit of a government
        pytest.param(
            "围绕年度目标的推进落实，县政府督查室要按季度通报各乡镇的完成情况。\n",
            COUNTY,
            [("县政府督查室", "responsible")],
            id="purpose-phrase-before-the-subject",
        ),
        # real (dev 21, 24): X将 + the work, with no other duty word
        pytest.param(
            "国家能源局将综合评估项目示范效果和推广前景，并结合实际情况适时在更大范围内宣传推广。\n",
            ("上海市发展和改革委员会",),
            [("国家能源局", "responsible")],
            id="subject-then-jiang",
        ),
        pytest.param(
            "各街道将火灾隐患排查工作纳入城市网格化综合管理、综治等城市运行综合管理平台。\n",
            ("上海市杨浦区人民政府办公室",),
            [("各街道", "responsible")],
            id="collective-then-jiang",
        ),
        # hand-written: a place written before a known name that starts with its level (the place
        # named elsewhere in the document too); a row label before a name is no place
        pytest.param(
            "关于印发兴宁区2024年为民办实事项目的通知\n兴宁区政府办公室将按月通报各项目的推进情况。\n",
            ("兴宁区人民政府办公室",),
            [("兴宁区政府办公室", "responsible")],
            id="place-before-a-known-name",
        ),
        pytest.param(
            "（5）排水区水务局负责核查雨污混接点的整改情况。\n",
            ("某某市某某区人民政府",),
            [],
            id="row-label-before-a-known-name-is-no-place",
        ),
        # hand-written: a unit of a government named whole (the known 县政府 does not cut it short)
        pytest.param(
            "县政府督查室负责对民生实事项目的办理情况进行跟踪督办。\n",
            COUNTY,
            [("县政府督查室", "responsible")],
            id="unit-of-a-government-as-the-subject",
        ),
        # hand-written: a modal before the role word keeps the role
        pytest.param("县发改局要牵头制定全县招商引资工作方案。\n", COUNTY, [("县发改局", "lead")], id="modal-then-牵头"),
        pytest.param("县财政局应配合做好资金保障。\n", COUNTY, [("县财政局", "support")], id="modal-then-配合"),
        # hand-written in the form of a phased campaign plan: under a stage's heading a group's plain verb is its
        # duty, as 要 would make it; done work (进行了) and a plain verb outside a stage are not
        pytest.param(
            "四、实施步骤\n（一）排查摸底阶段（4月1日至5月15日）。各县（市、区）政府对辖区内重点企业进行全面排查，建立隐患清单。\n",
            ("某某市人民政府办公室",),
            [("各县（市、区）政府", "responsible")],
            id="stage-paragraph-group-then-plain-verb",
        ),
        pytest.param(
            "（二）集中攻坚阶段（5月16日至9月30日）。各地区、县政府组织有关部门对排查出的问题集中整改。\n",
            ("某某省人民政府办公厅",),
            [("各地区、县政府", "responsible")],
            id="stage-paragraph-group-then-organise",
        ),
        pytest.param(
            "2.集中整治阶段。各行署、县政府组织相关部门对隐患路段开展整治。\n",
            ("某某省人民政府办公厅",),
            [("各行署、县政府", "responsible")],
            id="prefecture-offices-and-counties-share-one-head",
        ),
        pytest.param(
            "（一）排查摸底阶段（4月1日至5月15日）。各县（市、区）政府对辖区内重点企业进行了全面排查。\n",
            ("某某市人民政府办公室",),
            [],
            id="stage-paragraph-work-done-is-no-duty",
        ),
        pytest.param(
            "（三）强化督查。各县（市、区）政府对辖区内重点企业进行全面排查。\n",
            ("某某市人民政府办公室",),
            [],
            id="group-plain-verb-outside-a-stage-is-no-duty",
        ),
        # hand-written: each place's field authority, no level written (各地 for the places under the issuer)
        pytest.param(
            "各地交通运输部门要会同公安机关加强对危险货物运输车辆的检查。\n",
            ("某某省人民政府办公厅",),
            [("各地交通运输部门", "responsible"), ("公安机关", "responsible")],
            id="each-places-field-authority",
        ),
        pytest.param(
            "各地住房城乡建设部门要加强对施工现场扬尘的监管。\n",
            ("某某省人民政府办公厅",),
            [("各地住房城乡建设部门", "responsible")],
            id="each-places-field-authority-with-a-ministrys-words",
        ),
        # hand-written in the form of an older State Council notice: a central administration the tables lack
        pytest.param(
            "国家煤矿安全监察局将对各地的整治工作情况进行抽查。\n",
            STATE_COUNCIL,
            [("国家煤矿安全监察局", "responsible")],
            id="central-administration-by-its-form",
        ),
        pytest.param("国家级开发区管委会将对区内企业进行检查。\n", STATE_COUNCIL, [], id="national-level-is-no-central-body"),
    ],
)
def test_owners_in_more_prose_forms(raw: str, issuer: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected
    assert all(not t.agencies[0].known for t in tasks if "司" in t.agencies[0].name)


def test_steps_split_by_a_semicolon_with_one_owner_are_one_task() -> None:
    # real (dev 22)
    raw = (
        "2.对不按照本实施意见要求办理工程备案手续的建设单位，由镇规建办提出整改意见；"
        "仍不按整改意见执行的建设单位，由镇规建办上报区相关部门进行立案处理。\n"
    )
    tasks = [t for t in tasks_of(raw, issuer=("上海市闵行区七宝镇人民政府",), document=None) if t.agencies]
    assert len(tasks) == 1
    assert tasks[0].text.endswith("进行立案处理。")
    assert owners(tasks[0]) == [("镇规建办", "responsible")]


@pytest.mark.parametrize(
    ("raw", "text", "expected"),
    [
        # hand-written: a sentence of roles after the task's sentence, on its line or the next
        pytest.param(
            "1.加快推进冷链物流园建设。区商务局牵头，区财政局、区交通运输局配合。\n",
            "1.加快推进冷链物流园建设。",
            [("区商务局", "lead"), ("区财政局", "support"), ("区交通运输局", "support")],
            id="role-sentence-after-the-task",
        ),
        pytest.param(
            "2.完善农村寄递网络。由区商务局牵头，区供销社配合。\n",
            "2.完善农村寄递网络。",
            [("区商务局", "lead"), ("区供销社", "support")],
            id="role-sentence-with-you",
        ),
        pytest.param(
            "3.推进城乡客运一体化。\n区交通运输局牵头，各镇配合。\n",
            "3.推进城乡客运一体化。",
            [("区交通运输局", "lead"), ("各镇", "support")],
            id="role-sentence-on-the-next-line",
        ),
        pytest.param(
            "4.建成区级数据中心，区大数据局牵头、区财政局配合，2025年6月底前完成。\n",
            "4.建成区级数据中心，区大数据局牵头、区财政局配合，2025年6月底前完成。",
            [("区大数据局", "lead"), ("区财政局", "support")],
            id="role-clause-inside-the-sentence",
        ),
        pytest.param(
            "5.推进老旧小区改造（区住建局牵头，各街道配合）。\n6.推进背街小巷整治（区城管局牵头）。\n",
            "5.推进老旧小区改造",
            [("区住建局", "lead"), ("各街道", "support")],
            id="item-with-a-lead-bracket-is-a-task-not-a-heading",
        ),
        pytest.param(
            "7.加强技能培训。区人社局牵头，各镇（街道）配合。\n",
            "7.加强技能培训。",
            [("区人社局", "lead"), ("各镇（街道）", "support")],
            id="role-sentence-with-a-bracket-inside-a-name",
        ),
        pytest.param(
            "8.加强网络舆情引导。健全舆情监测机制。区委宣传部、区网信办按职责分工负责。\n",
            "8.加强网络舆情引导。健全舆情监测机制。",
            [("区委宣传部", "responsible"), ("区网信办", "responsible")],
            id="role-sentence-of-responsible-units-in-a-text-without-lead-words-hand-written",
        ),
        # hand-written (heldout form: 具体工作由市发改委牵头负责): the work is named before 由, not in the name
        pytest.param(
            "区政府将对年度任务实行清单管理，现下达给你们。具体工作由区发展改革委牵头负责。\n",
            "区政府将对年度任务实行清单管理，现下达给你们。",
            [("区发展改革委", "lead")],
            id="role-sentence-naming-the-work-before-you",
        ),
        pytest.param(
            "9.做好汛期值守。具体由区应急局负责，各街道配合。\n",
            "9.做好汛期值守。",
            [("区应急局", "responsible"), ("各街道", "support")],
            id="role-sentence-opening-with-specifically-by",
        ),
    ],
)
def test_role_sentences_outside_brackets(raw: str, text: str, expected: list[tuple[str, str]]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=("某某市某某区人民政府",), document=None) if t.agencies]
    assert tasks[0].text == text
    assert owners(tasks[0]) == expected


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # dev 09 (国发〔2019〕4号): a second subject list after the comma, with its own duty
        pytest.param(
            "国务院教育行政部门负责职业教育工作的统筹规划、综合协调、宏观管理，国务院教育行政部门、人力资源社会保障行政部门"
            "和其他有关部门在职责范围内，分别负责有关的职业教育工作。",
            ("国务院",),
            [
                ("国务院教育行政部门负责职业教育工作的统筹规划、综合协调、宏观管理，", [("国务院教育行政部门", "responsible")]),
                (
                    "国务院教育行政部门、人力资源社会保障行政部门和其他有关部门在职责范围内，分别负责有关的职业教育工作。",
                    [
                        ("国务院教育行政部门", "responsible"),
                        ("人力资源社会保障行政部门", "responsible"),
                        ("其他有关部门", "responsible"),
                    ],
                ),
            ],
            id="second-subject-list-in-scope-phrase",
        ),
        # dev 09: a later subject after an earlier one's clauses, its duty after a phrase (依照…牵头…)
        pytest.param(
            "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外、院校内职业技能等级证书的实施"
            "（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准，"
            "国务院教育行政部门依照职业标准牵头组织开发教学等相关标准。",
            ("国务院",),
            [
                (
                    "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外、院校内职业技能等级证书的实施"
                    "（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准，",
                    [
                        ("国务院人力资源社会保障行政部门", "responsible"),
                        ("教育行政部门", "responsible"),
                        ("人力资源社会保障行政部门", "responsible"),
                    ],
                ),
                ("国务院教育行政部门依照职业标准牵头组织开发教学等相关标准。", [("国务院教育行政部门", "responsible")]),
            ],
            id="later-subject-with-a-phrase-before-its-duty",
        ),
        # dev 02 (国办发〔2018〕128号): the first clause names no owner, the second leads with partners
        pytest.param(
            "试点城市由省级有关部门推荐，生态环境部会同国家发展改革委、工业和信息化部、财政部、自然资源部、住房城乡建设部、"
            "农业农村部、商务部、文化和旅游部、国家卫生健康委、国家统计局、国家邮政局等部门筛选确定。",
            ("国务院办公厅",),
            [
                (
                    "生态环境部会同国家发展改革委、工业和信息化部、财政部、自然资源部、住房城乡建设部、"
                    "农业农村部、商务部、文化和旅游部、国家卫生健康委、国家统计局、国家邮政局等部门筛选确定。",
                    [("生态环境部", "responsible")]
                    + [
                        (n, "responsible")
                        for n in (
                            "国家发展改革委 工业和信息化部 财政部 自然资源部 住房城乡建设部 农业农村部 商务部 "
                            "文化和旅游部 国家卫生健康委 国家统计局 国家邮政局"
                        ).split()
                    ],
                ),
            ],
            id="second-subject-with-long-partner-list",
        ),
        # hand-written in the form of municipal rules: two tiers, each with its own duty
        pytest.param(
            "第四条 市水务局负责全市河道的监督管理，区水务局负责辖区内河道的日常养护。",
            ("合肥市人民政府",),
            [
                ("第四条市水务局负责全市河道的监督管理，", [("市水务局", "responsible")]),
                ("区水务局负责辖区内河道的日常养护。", [("区水务局", "responsible")]),
            ],
            id="second-subject-of-another-tier",
        ),
        # hand-written in the form of municipal rules (办法): the authority clause names its owner of the
        # field (#17), the clause after it another body's duty
        pytest.param(
            "第五条 市园林局是本市绿化工作的主管部门，县（区）园林局在市园林局统一领导下，负责本辖区的绿化管理。",
            ("合肥市人民政府",),
            [
                ("第五条市园林局是本市绿化工作的主管部门，", [("市园林局", "responsible")]),
                (
                    "县（区）园林局在市园林局统一领导下，负责本辖区的绿化管理。",
                    [("县（区）园林局", "responsible")],
                ),
            ],
            id="second-subject-after-authority-clause",
        ),
        # hand-written in the same form, the authority a name the tables lack under a real place
        pytest.param(
            "第四条 洛阳市文化局是本市文化娱乐市场的主管部门，县（区）文化局在市文化局统一领导下，负责本辖区文化娱乐市场的管理。",
            ("洛阳市人民政府",),
            [
                ("第四条洛阳市文化局是本市文化娱乐市场的主管部门，", [("洛阳市文化局", "responsible")]),
                (
                    "县（区）文化局在市文化局统一领导下，负责本辖区文化娱乐市场的管理。",
                    [("县（区）文化局", "responsible")],
                ),
            ],
            id="unknown-authority-under-its-place-then-second-subject",
        ),
        # hand-written: a subdistrict office the tables do not know, under 所属
        pytest.param(
            "第六条 小区的垃圾清运由所属街道办事处负责。",
            ("合肥市人民政府",),
            [("第六条小区的垃圾清运由所属街道办事处负责。", [("街道办事处", "responsible")])],
            id="subdistrict-office-of-the-place-concerned",
        ),
        # dev 22: a verb phrase before 部门 is no second subject
        pytest.param(
            "2.镇监察室负责对限额以下工程管理的行为行使监督职能，及时查处限额以下工程管理的违纪违法行为，"
            "促进相关单位和职能部门依法履行职责。",
            ("上海市闵行区七宝镇人民政府",),
            [
                (
                    "2.镇监察室负责对限额以下工程管理的行为行使监督职能，及时查处限额以下工程管理的违纪违法行为，"
                    "促进相关单位和职能部门依法履行职责。",
                    [("镇监察室", "responsible")],
                ),
            ],
            id="verb-phrase-is-no-second-subject",
        ),
        # dev 23: a 由 clause after a comma keeps its lead and partners
        pytest.param(
            "本细则自发布之日起施行，由区绿化市容局会同相关部门负责解释。",
            ("上海市青浦区人民政府办公室",),
            [
                (
                    "本细则自发布之日起施行，由区绿化市容局会同相关部门负责解释。",
                    [("区绿化市容局", "responsible"), ("相关部门", "responsible")],
                ),
            ],
            id="by-clause-is-no-second-subject",
        ),
        # hand-written in the form of a government's rules of procedure: 主要负责同志 names leaders, no duty
        pytest.param(
            "三、县政府由下列人员组成：县长、副县长，县政府组成部门主要负责同志。",
            ("某某县人民政府",),
            [],
            id="responsible-comrades-are-no-second-subject",
        ),
    ],
)
def test_each_subject_owns_its_clause(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [(t.text, owners(t)) for t in tasks] == expected


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # real (dev 10, dev 09): a field's authorities of every level, a field written bare under the level
        pytest.param(
            "（二十七）完善绩效评价体系。各级财政部门要会同有关方面研究制定对政府性融资担保、再担保机构的绩效考核办法。\n",
            STATE_COUNCIL,
            [("各级财政部门", "responsible")],
            id="field-authority-of-every-level",
        ),
        pytest.param(
            "各级政府部门要深化“放管服”改革，加快推进职能转变。\n",
            STATE_COUNCIL,
            [("各级政府部门", "responsible")],
            id="government-departments-of-every-level",
        ),
        # hand-written from here: meeting-news and notice forms of other provinces
        pytest.param(
            "县财政部门要加强收入形势分析，提高收入质量。\n", COUNTY, [("县财政部门", "responsible")],
            id="field-authority-under-a-level",
        ),
        pytest.param(
            "各乡镇、县直机关各单位要牢固树立一盘棋思想。\n",
            COUNTY,
            [("各乡镇", "responsible"), ("县直机关各单位", "responsible")],
            id="units-of-the-county-organs",
        ),
        pytest.param(
            "各试点县抓紧细化年度实施方案，于5月底前报省农业农村厅备案。\n",
            ("贵州省人民政府",),
            [("各试点县", "responsible")],
            id="counties-of-one-kind",
        ),
        pytest.param(
            "依据《贵州省人民政府关于开展特色产业示范县创建的实施意见》，省财政抓紧下达年度示范资金。\n",
            ("贵州省人民政府",),
            [("省财政", "responsible")],
            id="level-and-bare-field-after-a-ground-with-a-title",
        ),
        pytest.param(
            "省政府各牵头部门要于2月底前完成任务分解。\n",
            ("贵州省人民政府",),
            [("省政府各牵头部门", "responsible")],
            id="lead-units-named-as-a-group",
        ),
        pytest.param(
            "县发改局、县财政要做好项目资金保障。\n",
            COUNTY,
            [("县发改局", "responsible"), ("县财政", "responsible")],
            id="known-name-then-level-and-bare-field",
        ),
        pytest.param(
            "县财政、县审计要加强专项资金监管。\n",
            COUNTY,
            [("县财政", "responsible"), ("县审计", "responsible")],
            id="two-levels-and-bare-fields",
        ),
        pytest.param(
            "各试点县（市、区）要抓紧制定实施方案。\n",
            ("贵州省人民政府",),
            [("各试点县（市、区）", "responsible")],
            id="counties-of-one-kind-bracketed-levels",
        ),
        # real (dev 09): the members of a joint body as a group are owners, as README's 成员单位
        pytest.param(
            "各成员单位要加强沟通协调，做好相关政策配套衔接。\n",
            STATE_COUNCIL,
            [("各成员单位", "responsible")],
            id="member-units-as-a-group",
        ),
        # hand-written: the units of one role as a group, bare or under a level's organs; the organs' units (the role
        # word names the document's own units, a collective like 成员单位: it marks no role in the sentence's work)
        pytest.param(
            "各配合单位要及时报送工作进展。\n", COUNTY, [("各配合单位", "responsible")], id="supporting-units-as-a-group"
        ),
        # hand-written: a role word qualified by another names the group too (主要责任 is 主责 written out)
        pytest.param(
            "各主要责任单位要切实加强组织领导。\n", COUNTY, [("各主要责任单位", "responsible")], id="main-responsible-units"
        ),
        pytest.param(
            "各牵头责任单位要履行牵头抓总职责。\n", COUNTY, [("各牵头责任单位", "responsible")], id="lead-responsible-units"
        ),
        pytest.param(
            "各协同责任单位要主动对接牵头单位。\n", COUNTY, [("各协同责任单位", "responsible")], id="assisting-responsible-units"
        ),
        pytest.param(
            "各协作和配合单位要主动对接牵头单位。\n", COUNTY, [("各协作和配合单位", "responsible")], id="two-support-words-joined"
        ),
        # hand-written: two collectives written one after the other, with no 、
        pytest.param(
            "各镇各单位要按照民生实事总体要求，制定推进计划。\n",
            COUNTY,
            [("各镇", "responsible"), ("各单位", "responsible")],
            id="two-collectives-juxtaposed",
        ),
        pytest.param(
            "县政府各配合单位要主动对接牵头单位。\n",
            COUNTY,
            [("县政府各配合单位", "responsible")],
            id="supporting-units-of-a-government",
        ),
        pytest.param(
            "县直机关各单位要带头落实节能措施。\n",
            COUNTY,
            [("县直机关各单位", "responsible")],
            id="units-of-the-county-organs-alone",
        ),
        pytest.param(
            "会议要求，各乡镇、县直机关各部门要主动对标考核指标任务。\n",
            COUNTY,
            [("各乡镇", "responsible"), ("县直机关各部门", "responsible")],
            id="duties-a-meeting-set",
        ),
        # the passive: 由 after the object, the units then 共同/分别 and the verb
        pytest.param(
            "第三条 专项资金由县商务局、县财政局共同管理使用。\n",
            COUNTY,
            [("县商务局", "responsible"), ("县财政局", "responsible")],
            id="passive-by-two-units-jointly",
        ),
        pytest.param(
            "具体工作由县教育局、县卫健局分别组织实施。\n",
            COUNTY,
            [("县教育局", "responsible"), ("县卫健局", "responsible")],
            id="passive-by-two-units-each",
        ),
        # not owners: a 、-list of bare fields under one head (eval dev 24: 区公安、应急、消防部门), a
        # level's field word before a noun
        pytest.param("县公安、应急、消防部门要加强联合检查。\n", COUNTY, [], id="list-of-fields-names-no-body"),
        pytest.param("省财政示范资金要集中用于补齐短板。\n", ("贵州省人民政府",), [], id="field-word-before-a-noun"),
        pytest.param("县财政应急资金要专款专用。\n", COUNTY, [], id="field-word-before-a-noun-opening-like-a-verb"),
        pytest.param("各有关单位要高度重视。\n", COUNTY, [], id="everyone-addressed-is-an-exhortation"),
        pytest.param("下一步，各有关部门要加强协作。\n", COUNTY, [], id="everyone-after-a-connective"),
        # hand-written in the forms of a progress report's closing paragraphs: the subject after a
        # connective or 请, a time between it and its duty, a group answering for its work without a modal
        pytest.param(
            "下一步，各园区、各乡镇要倒排时间节点。\n",
            COUNTY,
            [("各园区", "responsible"), ("各乡镇", "responsible")],
            id="subject-after-next-step",
        ),
        pytest.param(
            "同时，请县财政局牵头做好资金保障。\n", COUNTY, [("县财政局", "lead")], id="subject-after-also-and-please"
        ),
        pytest.param(
            "请各乡镇、县直有关单位在下半年里，要细化工作措施。\n",
            COUNTY,
            [("各乡镇", "responsible"), ("县直有关单位", "responsible")],
            id="please-and-a-time-before-the-duty",
        ),
        pytest.param(
            "各责任单位对承担的目标任务负总责。\n",
            COUNTY,
            [("各责任单位", "responsible")],
            id="answers-for-its-work-without-a-modal",
        ),
        # hand-written in the form of a provincial division notice: groups joined by a comma, zones before
        # a zone's committee sharing its head
        pytest.param(
            "各市政府，临港示范区、空港新区管委会要切实扛牢属地责任。\n",
            COUNTY,
            [("各市政府", "responsible"), ("临港示范区、空港新区管委会", "responsible")],
            id="groups-joined-by-a-comma-and-zones-sharing-a-head",
        ),
        pytest.param("请示报告要及时办理。\n", COUNTY, [], id="request-is-no-please"),
        # hand-written in the forms of a progress report (通报) and a province's division notice: a past action,
        # the issuer telling of its own decision, and an enumeration of the items each unit owns
        pytest.param(
            "根据县政府安排，县政府督查室对上半年落实情况进行了专项督查。\n", COUNTY, [], id="past-action-is-no-duty"
        ),
        pytest.param(
            "县政府督查室将对进度滞后的任务进行重点督查。\n",
            COUNTY,
            [("县政府督查室", "responsible")],
            id="future-action-is-a-duty",
        ),
        pytest.param(
            "为做好《纲要》实施工作，县政府根据上级要求，决定将主要目标和任务分解落实到各乡镇。\n",
            COUNTY,
            [],
            id="issuer-telling-of-its-own-decision",
        ),
        pytest.param(
            "其中，由县商务局负责的第2件、县交通局负责的第5件、县水利局负责的第8、9件进展滞后。\n",
            COUNTY,
            [("县商务局", "responsible"), ("县交通局", "responsible"), ("县水利局", "responsible")],
            id="enumeration-of-items-each-unit-owns",
        ),
        pytest.param("工作专班由县政府办、县财政局共同组成。\n", COUNTY, [], id="members-of-a-body-are-no-doers"),
        # hand-written in the forms of division notices' closing paragraphs: groups of the document's own units
        # in more shapes (two sharing one 各, joined by 和; bare, with no 各; singled out after 特别是)
        pytest.param(
            "各牵头单位和汇总单位要按季度向县政府报送推进情况。\n",
            COUNTY,
            [("各牵头单位", "responsible"), ("各汇总单位", "responsible")],
            id="two-role-groups-sharing-one-ge",
        ),
        pytest.param(
            "牵头单位适时向县政府报告推进中的重大问题。\n", COUNTY, [("牵头单位", "responsible")], id="bare-lead-units"
        ),
        pytest.param("配合单位要主动对接工作需求。\n", COUNTY, [("配合单位", "responsible")], id="bare-supporting-units"),
        pytest.param(
            "各责任单位要细化措施。特别是牵头单位，要主动协调解决难点问题。\n",
            COUNTY,
            [("各责任单位", "responsible"), ("牵头单位", "responsible")],
            id="lead-units-singled-out-after-a-pause",
        ),
        pytest.param("牵头单位名单由县政府另行确定。\n", COUNTY, [("县政府", "responsible")], id="bare-group-before-a-noun"),
        # hand-written in the form of a report of a demand: the bodies that asked own no work by it; a subject
        # after them owns its duty, as after 会议要求
        pytest.param(
            "省财政厅、省水利厅要求，专项资金下达后，必须在15日内拨付到项目。\n",
            COUNTY,
            [],
            id="bodies-that-asked-are-no-owners",
        ),
        pytest.param("县财政局要求各乡镇加快资金拨付。\n", COUNTY, [], id="body-that-asks-an-addressee-is-no-owner"),
        pytest.param(
            "县政府要求，各乡镇要压实属地责任。\n", COUNTY, [("各乡镇", "responsible")], id="subject-after-what-a-body-asked"
        ),
        # hand-written in the forms of work-report division notices and their interpretations: whom a request
        # names owns the work whatever verb follows (请/望 to the addressees, a rule reported as asking), not
        # everyone addressed; the issuer handing the tasks down and a past act that produced a document own none
        pytest.param(
            "请各街道、区直各单位对照目标任务，逐项细化措施。\n",
            COUNTY,
            [("各街道", "responsible"), ("区直各单位", "responsible")],
            id="addressees-a-request-names",
        ),
        pytest.param("请县农业农村局认真做好春耕备耕。\n", COUNTY, [("县农业农村局", "responsible")], id="a-body-a-request-names"),
        pytest.param("望各责任单位抓紧拟定推进计划。\n", COUNTY, [("各责任单位", "responsible")], id="hope-names-addressees"),
        pytest.param(
            "《实施方案》要求各牵头单位高度重视，压实责任。\n",
            COUNTY,
            [("各牵头单位", "responsible")],
            id="units-a-reported-rule-asks",
        ),
        pytest.param("请各单位认真贯彻执行。\n", COUNTY, [], id="request-to-everyone-addressed"),
        # hand-written in the form of a news report of a notice: the bodies that issued it and asked own no work by
        # it, the bodies asked after 要求 do, two collectives written one after the other as two; 各地区各部门 stays
        # everyone addressed (an exhortation), never cut short to a name
        pytest.param(
            "近日，某市委办公厅、某市人民政府办公厅印发了《某市城镇化建设实施方案》，并发出通知，要求各区县各部门结合实际认真抓好贯彻落实。\n",
            COUNTY,
            [("各区县", "responsible"), ("各部门", "responsible")],
            id="collectives-asked-after-the-report-of-a-notice",
        ),
        pytest.param(
            "为做好防汛工作，要求各乡镇、各有关单位结合实际抓好落实。\n",
            COUNTY,
            [("各乡镇", "responsible"), ("各有关单位", "responsible")],
            id="collectives-asked-after-the-ground",
        ),
        pytest.param(
            "近日，某省委办公厅印发了《某某实施方案》，并发出通知，要求各地区各部门结合实际认真贯彻落实。\n",
            COUNTY,
            [],
            id="everyone-asked-after-the-report-of-a-notice",
        ),
        pytest.param(
            "县财政局要加强资金监管，要求各乡镇结合实际抓好落实。\n",
            COUNTY,
            [("县财政局", "responsible")],
            id="a-request-after-a-subjects-own-duty",
        ),
        pytest.param(
            "县政府将年度重点工作分解为20项具体任务，现下达给你们，请抓好落实。\n",
            COUNTY,
            [],
            id="issuer-handing-its-tasks-down",
        ),
        pytest.param(
            "县政府办公室对报告内容进行梳理分解，形成了《任务清单》。\n", COUNTY, [], id="past-act-that-produced-a-document"
        ),
        # hand-written in the form of a plan's preface: who drafted the plan, with its partners, is told as done
        pytest.param(
            "为做好全县水污染防治工作，县生态环境局会同县发展改革局、县财政局、县水利局编制了《某某县水污染防治规划》。\n",
            COUNTY,
            [],
            id="past-drafting-with-partners-is-no-duty",
        ),
        # hand-written in the form of an appraisal procedure: a list opening with a known body's organs (X机关) and
        # closing with 等单位, then a deadline as the modal
        pytest.param(
            "县纪委监委机关、县委组织部、县统计局等单位于2025年1月底前向县考核办报送扣分情况。\n",
            COUNTY,
            [("县纪委监委机关", "responsible"), ("县委组织部", "responsible"), ("县统计局", "responsible")],
            id="organs-of-a-body-first-in-a-list-then-etc-and-deadline",
        ),
        # hand-written in the form of a meeting notice: the head of a post (负责同志) is no verb of duty
        pytest.param(
            "县人大常委会各工作室、县政府办公室负责同志列席会议。\n", COUNTY, [], id="responsible-comrades-attend"
        ),
        # hand-written in the forms of division notices' closing paragraphs: the lead departments named bare, and
        # the units of a role with the other role in brackets (one group)
        pytest.param(
            "任务涉及多个部门的，牵头部门要主动协调推进。\n", COUNTY, [("牵头部门", "responsible")], id="bare-lead-departments"
        ),
        pytest.param(
            "各责任（配合）单位要加强沟通衔接。\n",
            COUNTY,
            [("各责任（配合）单位", "responsible")],
            id="role-group-with-the-other-role-in-brackets",
        ),
    ],
)
def test_owners_named_by_field_level_or_role_group(
    raw: str, issuer: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected


# hand-written in the forms of county and district task-division notices: the subject after leading clauses of
# any words (a time, a topic, a condition, a principle), duty modals beyond 要 (需, 务必, a deadline), and
# collectives in more shapes; the task holds the leading clauses too
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "自2025年第二季度开始，各责任单位要在每季度末月25日前将进展情况报县政府办公室。\n",
            [("各责任单位", "responsible")],
            id="time-clause-before-a-role-group",
        ),
        pytest.param(
            "持续完善“比学赶超”推进机制，各牵头单位要切实履行统筹协调责任。\n",
            [("各牵头单位", "responsible")],
            id="topic-clause-before-the-lead-units",
        ),
        pytest.param(
            "由两个以上单位共同承担的任务，各责任单位要主动加强与牵头单位的沟通。\n",
            [("各责任单位", "responsible")],
            id="by-clause-naming-no-body-before-the-subject",
        ),
        pytest.param(
            "坚持全县“一盘棋”，各牵头和责任单位要强化政策协同。\n",
            [("各牵头和责任单位", "responsible")],
            id="principle-before-two-role-groups-sharing-a-head",
        ),
        pytest.param(
            "对于推进难度较大的事项，相关责任单位要及时向县政府报告。\n",
            [("相关责任单位", "responsible")],
            id="condition-before-the-responsible-units-without-ge",
        ),
        pytest.param(
            "对违反本办法规定的，城管执法部门应当责令限期改正。\n",
            [("城管执法部门", "responsible")],
            id="condition-before-a-field-authority",
        ),
        pytest.param(
            "持续优化营商环境，县发改局要加强评价结果运用。\n",
            [("县发改局", "responsible")],
            id="topic-clause-before-a-known-body",
        ),
        pytest.param(
            "各责任单位需对照任务清单逐项抓好落实。\n", [("各责任单位", "responsible")], id="modal-xu"
        ),
        pytest.param("各乡镇务必要倒排工期。\n", [("各乡镇", "responsible")], id="modal-wubi"),
        pytest.param(
            "各配合单位于3月15日前将工作方案报送县政府办公室。\n",
            [("各配合单位", "responsible")],
            id="deadline-in-place-of-a-modal",
        ),
        pytest.param(
            "各县（市、区）于每月5日前报送上月进展。\n",
            [("各县（市、区）", "responsible")],
            id="deadline-after-a-bracketed-collective",
        ),
        pytest.param(
            "各相关责任单位要按照分工制定具体措施。\n",
            [("各相关责任单位", "responsible")],
            id="role-group-qualified-by-related",
        ),
        pytest.param(
            "各相关牵头单位要定期调度任务进展。\n",
            [("各相关牵头单位", "responsible")],
            id="lead-units-qualified-by-related",
        ),
        pytest.param(
            "各牵头单位从2025年第三季度起，要在每月10日前报送上月进展。\n",
            [("各牵头单位", "responsible")],
            id="time-since-between-a-group-and-its-modal",
        ),
        pytest.param(
            "全县各级各有关部门要从全局高度抓好落实。\n",
            [("全县各级各有关部门", "responsible")],
            id="departments-of-every-level",
        ),
        pytest.param(
            "县绩效考核机构要将任务完成情况纳入年度考核。\n",
            [("县绩效考核机构", "responsible")],
            id="a-levels-body-of-appraisal-named-jigou",
        ),
        # hand-written in the form of rectification notices: a condition, then a committee's short name and 将
        pytest.param(
            "对逾期未完成隐患整改的，县安委会将对相关监管单位进行通报。\n",
            [("县安委会", "responsible")],
            id="committee-short-name-with-jiang-after-a-condition",
        ),
        # a joint body's team named after its work, the body's field quoted, after a condition naming words of
        # character (不负责任, 敷衍应付: no duty words)
        pytest.param(
            "对整改敷衍应付、不负责任的单位，县“创文”指挥部督查问责组将进行约谈。\n",
            [("县“创文”指挥部督查问责组", "responsible")],
            id="joint-bodys-team-with-jiang-after-a-condition",
        ),
        # not owners: a first clause with a subject or an owner of its own, a trade's institutions, what is
        # needed (所需), everyone addressed
        pytest.param("企业要加强行业自律，各责任单位要加强日常监管。\n", [], id="first-clause-has-its-own-subject"),
        pytest.param(
            "试点城市由省级有关部门推荐，各责任单位要做好衔接。\n", [], id="first-clause-has-its-own-owner"
        ),
        pytest.param("县融资担保机构要严格审核贷款记录。\n", [], id="institutions-of-a-trade"),
        pytest.param("各街镇备案场所需接受统一调度。\n", [], id="what-is-needed-is-no-modal"),
        pytest.param("从下月开始，各有关单位于每月5日前报送进展。\n", [], id="everyone-after-a-time-clause"),
        pytest.param("请各有关单位按照职责分工尽快修改完善。\n", [], id="please-everyone-addressed"),
        # a subject after a topic phrase, its own step before the modal (held-out V13, 18)
        pytest.param(
            "一、区人大三届一次会议代表建议的办理，承办单位在收到交办的建议后，要及时清点核对，造册登记。\n",
            [("承办单位", "responsible")],
            id="topic-phrase-then-a-bare-role-group",
        ),
        pytest.param(
            "各承办单位办理完要以纸质版答复委员，同时在提案管理系统进行电子版答复。\n",
            [("各承办单位", "responsible")],
            id="own-step-before-the-modal",
        ),
        pytest.param(
            "各承办单位按照《陈仓区政协提案管理系统承办单位使用指南》操作流程，及时在提案管理系统接收提案，自行下载打印。\n",
            [("各承办单位", "responsible")],
            id="rule-of-the-work-then-a-manner",
        ),
        # a notice's request after its issuing clause, its ground and approver (held-out V13, 07)
        pytest.param(
            "为抓好《政府工作报告》中各项任务的落实，经市政府同意，现将《市六届人大四次会议政府工作报告主要工作目标分解落实意见》"
            "印发给你们，望各责任单位抓紧制订落实方案，周密部署。\n",
            [("各责任单位", "responsible")],
            id="request-after-the-issuing-clause",
        ),
        pytest.param(
            "根据工作安排，现将考核细则下发给你们，请各牵头单位抓紧制定工作方案。\n",
            [("各牵头单位", "responsible")],
            id="request-after-the-issuing-clause-hand-written",
        ),
        pytest.param(
            "持续深化联动机制，望各责任单位抓紧制订落实方案。\n",
            [("各责任单位", "responsible")],
            id="request-after-a-leading-clause-hand-written",
        ),
        # a post as the subject: the body's 负责人 owns the duty, no body (held-out AA14, 17)
        pytest.param(
            "第二条 党工委、管委会及其各职能部门负责人在履行岗位业务工作职责的同时，按照“谁主管、谁负责”的原则，"
            "履行生态环境保护工作职责。\n",
            [],
            id="a-bodys-head-is-a-post",
        ),
        pytest.param("县财政局负责人在履行岗位职责的同时，履行安全生产职责。\n", [], id="a-bodys-head-is-a-post-hand-written"),
    ],
)
def test_subject_after_leading_clauses_and_other_modals(raw: str, expected: list[tuple[str, str]]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=COUNTY, document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected
    if tasks:  # the leading clauses are part of the duty
        assert tasks[0].text == raw.strip()


def test_a_field_word_inside_a_known_name_does_not_split_it() -> None:
    # real (dev 32): 市科技 is a field word under a level, 市科技和信息化局 one body
    raw = "推进专利信息服务平台建设。（牵头单位：市科技和信息化局，配合单位：市发展改革委、市财政局）\n"
    tasks = [t for t in tasks_of(raw, issuer=GUANGZHOU, document=None) if t.agencies]
    assert owners(tasks[0]) == [("市科技和信息化局", "lead"), ("市发展改革委", "support"), ("市财政局", "support")]


@pytest.mark.parametrize(
    "text",
    [
        "县发改局牵头",
        "建设平台。县发改局牵头，县财政局配合。\n由县科技局负责\n下一行",
        "牵头。负责。\n配合\n",
        "。牵头\n参与",
        "市科技局负责推进，市财政局支持。各地参与",
        "",
    ],
    ids=["text-end", "marks-and-breaks", "adjacent", "leading-marks", "inside-and-end", "empty"],
)
def test_role_ends_are_where_the_word_alternation_ends(text: str) -> None:
    # the scan led by 。 and the line break finds the ends the words-first regex finds
    words = re.compile(rf"(?:{'|'.join(_ROLE_END_WORDS)})(?=。|$)", re.MULTILINE)
    assert _role_ends(text) == [m.end() for m in words.finditer(text)]


def test_a_list_of_duties_names_each_body_before_a_colon_hand_written() -> None:
    # 三、工作职责 / （一）区发展改革委：负责…: an actor and its duties, one task each (dev 25's gold
    # codes such a list inline, one responsibility per body).
    raw = "三、工作职责\n（一）县财政局：负责应急资金保障。\n（二）县卫健委：负责医疗救治和卫生防疫工作。\n"
    found = [(t.text, owners(t)) for t in tasks_of(raw, issuer=("某某县人民政府",), document=None)]
    assert found == [
        ("（一）县财政局：负责应急资金保障。", [("县财政局", "responsible")]),
        ("（二）县卫健委：负责医疗救治和卫生防疫工作。", [("县卫健委", "responsible")]),
    ]


def test_a_chunk_counter_cutting_the_governed_clause_is_left_out_of_its_text() -> None:
    # Form: a document-sharing page cut into numbered chunks mid-sentence (…冒险航行等⏎3、行为。（责任单位：…）): the
    # task's words read the clause whole; its source still spans the raw text, counter included.
    raw = (
        "1、一、重点任务（一）加强水上交通安全管理。严格落实船舶进出港报告制度，加大执法检查力度，坚持日常巡查与"
        "专项整治相结合，依法查处客船超载、货船违规载客、砂石船舶超载运输以及船舶无证航行、渔船擅自改变用途和"
        "不适航船舶冒险航行等\n3、行为。（责任单位：市交通运输局、市农业农村局）"
    )
    (task,) = tasks_of(raw, issuer=("某某市人民政府",), document=None)
    assert task.text.endswith("不适航船舶冒险航行等行为。")
    assert "\n3、行为" in task.source.text
    assert [n for n, _ in owners(task)] == ["市交通运输局", "市农业农村局"]


@pytest.mark.parametrize(
    ("raw", "text", "owner"),
    [
        # a sharing site's chunk counter cutting a prose duty after its verb (heldAD15 16): the sentence runs on
        pytest.param(
            "1、乡村道路路肩整修工作实施方案为深入贯彻党的十九大、十九届历次全会精神和习近平总书记“四好农村路”重要指示批示精神,"
            "打造“畅安舒美”的农村公路路域环境,加快推进承诺办好的“民生实事”,结合全旗乡村道路路肩实际情况,制定本方案。一、目标任务"
            "根据旗政府2023年民生实事任务分工方案,综合考虑乡村道路现状,以方便群众出行为根本目的,区分轻重缓急,2023年计划完成乡村道路"
            "路肩整修103.9公里。二、工作原则按照“属地管理、权责分明、综合推进、强化考核”的工作原则,各苏木乡镇人民政府负责组织实施"
            "本行政区域内路肩整修;旗交通运输局作为行业主管部门,负责制定整修标准及施工要求,强化工程质量监督,旗财政局负责\n"
            "2、资金筹措资金拨付。路肩整修工作过程中,旗政府办牵头进行督查督办。",
            "旗财政局负责资金筹措资金拨付。", "旗财政局", id="chunk-counter-after-a-prose-duty-verb",
        ),
        pytest.param(
            "1、某县农村人居环境整治实施方案为改善农村人居环境，建设美丽宜居乡村，根据上级有关部署，结合我县实际，制定本方案。"
            "一、工作目标到2024年底，全县农村人居环境明显改善，村庄环境基本干净整洁有序，农民群众环境卫生观念显著增强。"
            "二、职责分工各乡镇人民政府负责本辖区整治工作的组织实施；县农业农村局负责统筹协调和督促指导，县生态环境局负责\n"
            "2、农村生活污水治理工作。县财政局负责资金保障。",
            "县生态环境局负责农村生活污水治理工作。", "县生态环境局", id="chunk-counter-after-a-prose-duty-verb-hand-written",
        ),
    ],
)
def test_a_chunk_counter_cutting_a_prose_duty_is_no_end_of_its_sentence(raw: str, text: str, owner: str) -> None:
    # Form: a document-sharing page's chunk counter (2、) at a break inside a duty written in prose (…X负责⏎2、…。): no
    # item of a list opens there, the duty's words run on to the sentence's end, the counter left out.
    tasks = tasks_of(raw, issuer=("某某县人民政府",), document=None)
    assert (text, [owner]) in [(t.text, [n for n, _ in owners(t)]) for t in tasks]


def test_a_long_item_ending_on_its_owner_without_a_stop_keeps_the_next_item_apart() -> None:
    # Form: a plan's items one a line, a long one closing on its owner with no stop (…，由县生态环境局牵头负责), then
    # 2、: no chunked page's evidence, so 2、 opens the next item and each item is its own task.
    raw = (
        "1、加强畜禽养殖污染防治，全面排查规模养殖场粪污处理设施配套情况，督促养殖主体完善雨污分流、干湿分离和"
        "防渗漏设施建设，推动粪污资源化利用，对未按要求配套设施的养殖场限期整改，对拒不整改的依法依规予以处理，"
        "同步建立养殖场污染防治台账并实行动态更新，由县生态环境局牵头负责\n"
        "2、推进农村生活垃圾分类，县城管局负责。"
    )
    found = [(t.path, [n for n, _ in owners(t)]) for t in tasks_of(raw, issuer=("某某县人民政府",), document=None)]
    assert found == [(("1",), ["县生态环境局"]), (("2",), ["县城管局"])]


def test_a_body_s_duties_clause_names_it_and_its_partner_as_owners() -> None:
    # Form: （一）X主要职责：会同Y完善…；制定… — the duties after the colon are X's, and the partner after 会同 owns
    # them with X; they run to the end of the line.
    raw = (
        "第二章 职责分工\n"
        "（一）县发展改革委主要职责：会同县财政局制定专项资金年度计划；组织项目申报和评审。\n"
        "（二）县审计局的职责是：依法对资金使用情况开展审计监督。\n"
    )
    found = [(t.text, owners(t)) for t in tasks_of(raw, issuer=("某某县人民政府",), document=None)]
    assert found == [
        (
            "（一）县发展改革委主要职责：会同县财政局制定专项资金年度计划；组织项目申报和评审。",
            [("县发展改革委", "responsible"), ("县财政局", "responsible")],
        ),
        ("（二）县审计局的职责是：依法对资金使用情况开展审计监督。", [("县审计局", "responsible")]),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("5.开展道路交通安全整治。（县公安局负总责）", [("县公安局", "responsible")],
                     id="one-body-answers-for-the-whole-hand-written"),
        pytest.param("5.开展道路交通安全整治。（县公安局负总责，县交通运输局参与）",
                     [("县公安局", "responsible"), ("县交通运输局", "support")],
                     id="answers-for-the-whole-then-a-supporter-hand-written"),
    ],
)
def test_a_bracket_naming_who_answers_for_the_whole(raw: str, expected: list[tuple[str, str]]) -> None:
    (task,) = tasks_of(raw, issuer=("某某县人民政府",), document=None)
    assert owners(task) == expected


def test_every_joint_body_head_is_found_by_its_tail() -> None:
    # the duty search spells the heads of agencies.JOINT_BODY_HEADS by their tails: none may be left out
    from policykg.extract.agencies import JOINT_BODY_HEADS
    from policykg.extract.responsibilities import _NAME_DUTY_RE

    for head in JOINT_BODY_HEADS:
        assert _NAME_DUTY_RE.search(f"区某某{head}要组建队伍"), head


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a county's 安全生产 notice (#15): the members of a joint body
        # named by its short name (安委会, 防指), as a subject of their own
        pytest.param("三、县安委会各成员单位要按职责做好隐患排查。", [[("县安委会各成员单位", "responsible")]],
                     id="members-of-a-joint-body-by-its-short-name"),
        pytest.param("三、市防指成员单位要做好汛前检查。", [[("市防指成员单位", "responsible")]],
                     id="members-without-各"),
        # a lead, then units that act within their own remit: they support it, as in a bracket
        pytest.param("二、县应急管理局牵头，县安委会各成员单位按职责做好隐患排查。",
                     [[("县应急管理局", "lead"), ("县安委会各成员单位", "support")]],
                     id="lead-then-units-by-their-remit"),
        pytest.param("二、加强隐患排查，县应急管理局牵头，县财政局按职责分工负责。",
                     [[("县应急管理局", "lead"), ("县财政局", "support")]],
                     id="lead-then-a-body-by-its-remit-and-duty"),
        # a body's second name in brackets between it and its role word: two bodies (eval/README:
        # 区建设管理委（区交通委） is two)
        pytest.param("一、县应急管理局（县安委办）牵头，县安委会各成员单位要按职责做好隐患排查。",
                     [[("县应急管理局", "lead"), ("县安委办", "lead"), ("县安委会各成员单位", "support")]],
                     id="lead-with-its-second-name-in-brackets"),
        pytest.param("四、县应急管理局（县安委办）、县财政局负责隐患排查资金保障。",
                     [[("县应急管理局", "responsible"), ("县安委办", "responsible"), ("县财政局", "responsible")]],
                     id="second-name-in-brackets-in-a-subject-list"),
        # a second name in brackets written without its level, which the name before it gives (the tables know it)
        pytest.param("市发改委(粮食局)负责落实粮食安全行政首长负责制考核和粮食收储、加工、销售等行业管理;",
                     [[("市发改委", "responsible"), ("市粮食局", "responsible")]],
                     id="second-name-in-brackets-without-its-level"),
        # a body the tables lack under its level, then 会同 its partners and the charge: bare levels listed are
        # each level's collective (会同 marks no lead)
        pytest.param("市农业发展中心会同区、镇、街道负责落实粮食生产面积,加强技术服务指导,做好农业防灾减灾工作。",
                     [[("市农业发展中心", "responsible"), ("各区", "responsible"), ("各镇", "responsible"),
                       ("各街道", "responsible")]], id="unknown-body-会同-bare-levels-then-charge"),
        pytest.param("县农业农村局会同各镇、街道负责秸秆禁烧巡查。",
                     [[("县农业农村局", "responsible"), ("各镇", "responsible"), ("各街道", "responsible")]],
                     id="会同-collectives-of-places-hand-written"),
        # a team under a bureau (a survey team of the statistics bureau) owns the work, as an internal unit does
        pytest.param("市国家统计局潜江调查队负责粮食生产面积、产量的统计,并发布定案数据。",
                     [[("市国家统计局潜江调查队", "responsible")]], id="a-team-under-a-bureau"),
        pytest.param("县公安局交警大队负责道路交通秩序整治。", [[("县公安局交警大队", "responsible")]],
                     id="a-team-under-a-bureau-hand-written"),
        # towns named by their place after 由: their governments
        pytest.param("由永嘉镇、安溪镇负责组织实施。", [[("永嘉镇", "responsible"), ("安溪镇", "responsible")]],
                     id="named-towns-after-由"),
        pytest.param("由城关镇负责组织实施。", [[("城关镇", "responsible")]], id="a-named-town-after-由-hand-written"),
        # a list of towns named by their place opening the sentence, without 由
        pytest.param("永嘉镇、安溪镇负责组织实施。", [[("永嘉镇", "responsible"), ("安溪镇", "responsible")]],
                     id="named-towns-listed-as-the-subject"),
        pytest.param("城关镇、河口镇、新集乡要做好秸秆禁烧巡查。",
                     [[("城关镇", "responsible"), ("河口镇", "responsible"), ("新集乡", "responsible")]],
                     id="named-towns-listed-as-the-subject-hand-written"),
        # a later subject with its own duty by its remit owns its own clause
        pytest.param("市交通局负责道路建设，区财政局按职责做好资金保障。",
                     [[("市交通局", "responsible")], [("区财政局", "responsible")]],
                     id="a-later-subject-by-its-remit-owns-its-clause"),
    ],
)
def test_joint_body_members_and_units_by_their_remit(raw: str, expected: list[list[tuple[str, str]]]) -> None:
    assert [owners(t) for t in tasks_of(raw, issuer=("西江县人民政府办公室",), document=None)] == expected


# hand-written in the form of rules copied from a .docx or OCR: the articles run together on one line, a full
# stop of any form (.) or a chapter's heading before each; a reference to an article (第四条规定) cuts nothing
RULES_RUN_TOGETHER = (
    "某市储备粮管理办法\n\n"
    "第一章总则第一条为加强储备粮管理，制定本办法。第二章职责分工第三条市粮食和储备局负责拟定储备粮轮换计划，"
    "组织实施轮换工作.第四条市财政局负责轮换补贴资金的筹集拨付.第五条市农业农村局应当依照本办法第四条规定做好产地监测。\n"
)


def test_articles_run_together_on_one_line_each_own_their_clause():
    tasks = [t for t in tasks_of(RULES_RUN_TOGETHER, issuer=("某某市人民政府",), document=None) if t.agencies]
    assert [(t.text, [a.name for a in t.agencies]) for t in tasks] == [
        # (the points typed for full stops read as 。)
        ("第三条市粮食和储备局负责拟定储备粮轮换计划，组织实施轮换工作。", ["市粮食和储备局"]),
        ("第四条市财政局负责轮换补贴资金的筹集拨付。", ["市财政局"]),
        ("第五条市农业农村局应当依照本办法第四条规定做好产地监测。", ["市农业农村局"]),
    ]


# hand-written in the form of a search digest of rules: the articles run on after a comma (，，第N条), one names
# its body's short name in brackets, and two bodies own one article joined by 和
RULES_DIGEST = (
    "由区级专项资金主管部门(以下简称主管部门)具体负责组织实施，，第九条区财政局和主管部门应当按季度开展资金核查，，"
    "第十条主管部门应当按时报送自评报告，，第十一条区财政局、资金主管部门应当公开分配结果。\n"
)


def test_articles_run_on_after_a_comma_with_an_alias_and_joint_owners():
    tasks = [t for t in tasks_of(RULES_DIGEST, issuer=("某某区人民政府",), document=None) if t.agencies]
    assert [(t.text, [a.name for a in t.agencies]) for t in tasks] == [
        ("由区级专项资金主管部门（以下简称主管部门）具体负责组织实施，，", ["区级专项资金主管部门"]),
        ("第九条区财政局和主管部门应当按季度开展资金核查，，", ["区财政局", "主管部门"]),
        ("第十条主管部门应当按时报送自评报告，，", ["主管部门"]),
        ("第十一条区财政局、资金主管部门应当公开分配结果。", ["区财政局", "资金主管部门"]),
    ]


def test_items_after_a_doubled_comma_each_own_their_clause():
    # hand-written in the form of a search digest: paragraphs joined by a doubled comma, an item marker after it
    raw = "第六条拨付程序，，（一）县财政局根据项目进度审核拨付资金，，（二）县审计局在项目完工后30日内开展审计。\n"
    tasks = [t for t in tasks_of(raw, issuer=("某某县人民政府",), document=None) if t.agencies]
    assert [(t.text, [a.name for a in t.agencies]) for t in tasks] == [
        ("（一）县财政局根据项目进度审核拨付资金，，", ["县财政局"]),
        ("（二）县审计局在项目完工后30日内开展审计。", ["县审计局"]),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the forms of rules of procedure: a step's owner is the bare subject, no 负责/应当
        pytest.param("第六条 区财政局在区人民政府批准分配方案后10个工作日内拨付资金。\n", [("区财政局", "responsible")],
                     id="owner-in-after-step"),
        pytest.param("第七条 市财政部门根据年度重点工作编制专项资金预算。\n", [("市财政部门", "responsible")],
                     id="owner-by-ground"),
        pytest.param("第八条 项目主管部门原则上于10日内将审核意见反馈申报单位。\n", [("项目主管部门", "responsible")],
                     id="owner-as-a-rule"),
        pytest.param("第九条 资金主管部门是专项资金绩效管理的主体，组织项目绩效自评。\n", [("资金主管部门", "responsible")],
                     id="owner-is-the-subject-of"),
        pytest.param("每年省财政厅根据工作需要，会同农业农村部门、省林业局等确定支持方向。\n",
                     [("省财政厅", "responsible"), ("农业农村部门", "responsible"), ("省林业局", "responsible")],
                     id="time-first-and-partners-after-a-ground"),
        pytest.param("县人民政府和县级行业主管部门是项目建设的责任主体。\n",
                     [("县人民政府", "responsible"), ("县级行业主管部门", "responsible")], id="two-bodies-joined-are-owners"),
        # a chain of owners: a second 由 after the first one's step; a later clause's subject with no modal
        pytest.param("需要撤销的，由县科技局报县人民政府批准后由县财政局统筹使用。\n",
                     [("县科技局", "responsible"), ("县财政局", "responsible")], id="chained-by-after-a-step"),
        pytest.param("确需调整的，由市科技局向市财政局提出申请，市财政局结合预算执行情况审核后报批。\n",
                     [("市科技局", "responsible"), ("市财政局", "responsible")], id="applicant-then-a-later-owner"),
        # a later clause's owner as a rule (原则上) after a step of another body's
        pytest.param("第十二条 区财政部门收到上级资金文件后，区业务主管部门原则上于10日内提出分配方案。\n",
                     [("区业务主管部门", "responsible")], id="later-owner-as-a-rule"),
        # a later clause of the subject's own that opens with 会同: its partners own the work with it
        pytest.param("市发展改革委负责项目申报和计划下达，组织或会同市级行业主管部门进行竣工验收。\n",
                     [("市发展改革委", "responsible"), ("市级行业主管部门", "responsible")], id="partners-in-a-later-clause"),
        # a 后由 in a clause with no 由 owner before it stays an applicant's procedure
        pytest.param("申请人向窗口提交材料，待审核通过后由市审批局出具批准文件。\n", [], id="after-step-with-no-owner-before"),
        # a place's position (所在) is no step
        pytest.param("禁放区域：乡镇驻地所在行政村全区域。\n", [], id="a-place-where-no-step"),
    ],
)
def test_owners_of_procedural_steps_in_rules(raw, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=("某某市人民政府",), document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the forms of the State Council's replies: provinces that share one government's head,
        # written whole or bare and joined by 和: one collective (eval README: a head written once at the end)
        pytest.param("三、广西壮族自治区、贵州省人民政府要加强组织领导。\n",
                     [("广西壮族自治区、贵州省人民政府", "responsible")], id="provinces-whole"),
        pytest.param("二、河北、山东和河南省人民政府要抓紧制定实施方案。\n",
                     [("河北、山东和河南省人民政府", "responsible")],
                     id="provinces-bare-joined-by-he"),
        # the governments concerned, one collective, under the addressee's pronoun or its place
        pytest.param("三、有关省、自治区人民政府要切实履行主体责任。\n", [("有关省、自治区人民政府", "responsible")],
                     id="governments-concerned"),
        pytest.param("你县有关各级政府要认真组织实施上述调整。\n", [("你县有关各级政府", "responsible")],
                     id="addressees-governments-concerned"),
        # a region's long name before 有关 (a place of six characters and its level of three)
        pytest.param("一、新疆维吾尔自治区有关市、县人民政府要加强监督。\n",
                     [("新疆维吾尔自治区有关市、县人民政府", "responsible")], id="governments-concerned-under-a-long-name"),
        # the addressee's pronoun before the bodies named with it: the named bodies, a former ministry among them
        pytest.param("二、你省及安阳市人民政府要做好保护工作。\n", [("安阳市人民政府", "responsible")],
                     id="pronoun-then-a-named-government"),
        pytest.param("三、你省和铁道部、国家文物局要加强指导。\n", [("铁道部", "responsible"), ("国家文物局", "responsible")],
                     id="pronoun-then-a-former-ministry"),
    ],
)
def test_owners_of_a_replys_duty_clauses(raw, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=STATE_COUNCIL, document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a county's division of key work: a second group of one role opens a later
        # clause with its own duty, and each group owns its clause
        pytest.param("三、各主要责任单位要加强统筹，其他责任单位要主动配合，确保任务按期完成。",
                     [[("各主要责任单位", "responsible")], [("其他责任单位", "responsible")]],
                     id="a-second-role-group-in-the-same-sentence"),
        pytest.param("三、县政府办公室要定期调度，其他责任单位要主动配合。",
                     [[("县政府办公室", "responsible")], [("其他责任单位", "responsible")]],
                     id="a-role-group-after-a-named-body"),
        # a group of one role named by the work it holds (…的主要责任单位), with a dated duty
        pytest.param("二、各项重点任务的主要责任单位要将推进方案于3月20日前报县政府办公室。",
                     [[("主要责任单位", "responsible")]], id="a-role-group-with-a-modifier-before-it"),
        # duties taken on with no modal: a request to named bodies (any verb), a group that 落实…责任 or 制定…方案
        pytest.param("请各镇、街道落实属地管理责任，各责任单位落实行业监管责任。",
                     [[("各镇", "responsible"), ("各街道", "responsible")], [("各责任单位", "responsible")]],
                     id="a-request-then-a-group-taking-a-duty-on"),
        pytest.param("请县住建局落实安全监管责任。", [[("县住建局", "responsible")]], id="a-request-with-no-hint-word"),
        # hand-written in the form of an audit rectification report: the body assisted, then what the work bears on (对…)
        pytest.param("县审计局配合县人大财经委对整改情况开展跟踪监督。",
                     [[("县审计局", "support"), ("县人大财经委", "responsible")]],
                     id="a-body-assisted-before-what-the-work-bears-on"),
        pytest.param("县审计局要配合县纪委监委对问题线索进行核查。",
                     [[("县审计局", "support"), ("县纪委监委", "responsible")]],
                     id="a-body-assisted-before-what-the-check-bears-on"),
        # hand-written in the form of a chief-steward system plan: the clause setting up an office names no owner
        pytest.param("县级以上设置河长制办公室，乡镇要明确专门人员负责日常工作。", [[("乡镇", "responsible")]],
                     id="an-office-set-up-then-a-tiers-duty"),
        # hand-written in the form of a notice's closing request: the request runs on to the body a later clause
        # opens with, whatever verb of work follows it (named by its level and field, or known to the tables)
        pytest.param("请有关乡镇认真做好申报工作，县级农业农村主管部门加强业务指导，及时汇总上报。",
                     [[("有关乡镇", "responsible")], [("县级农业农村主管部门", "responsible")]],
                     id="a-request-running-on-to-a-later-body"),
        pytest.param("请有关乡镇认真做好申报工作，县级农业农村主管部门要加强业务指导。",
                     [[("有关乡镇", "responsible")], [("县级农业农村主管部门", "responsible")]],
                     id="a-request-then-a-later-body-with-a-modal"),
        pytest.param("请各街道抓紧组织排查，县住建局加强督促检查。",
                     [[("各街道", "responsible")], [("县住建局", "responsible")]],
                     id="a-request-running-on-to-a-known-body"),
        pytest.param("各县对照问题整改清单，逐项制定整改方案，确保按期完成。", [[("各县", "responsible")]],
                     id="a-group-drawing-up-its-plan"),
        pytest.param("省直有关部门对各自牵头的任务认真研究，细化措施，落实责任。", [[("省直有关部门", "responsible")]],
                     id="a-level-s-departments-concerned-detailing-measures"),
        # hand-written in the form of a rectification report: the departments or units concerned, with no 各, as the
        # subject of a duty (相关部门、单位: two groups under one qualifier)
        pytest.param("相关部门、单位要认真落实审计整改意见，按期销号。",
                     [[("相关部门", "responsible"), ("相关单位", "responsible")]], id="departments-and-units-concerned"),
        pytest.param("有关部门和各乡镇要加强隐患排查整治。",
                     [[("有关部门", "responsible"), ("各乡镇", "responsible")]], id="departments-concerned-and-towns"),
        pytest.param("各相关职能部门和单位要进一步加大督促力度。", [[("各相关职能部门和单位", "responsible")]],
                     id="a-collective-of-departments-and-units"),
        pytest.param("区减灾委会将对整改不力的单位进行通报。", [[("区减灾委会", "responsible")]],
                     id="a-committee-by-its-short-name"),
        # no duty: work done (召开了 in a later clause, 已…了), a verb qualifying a noun (X制定的《…》)
        pytest.param("县财政局按照县政府要求，召开了专题会议，督促有关单位整改。", [], id="a-past-action-in-a-later-clause"),
        pytest.param("根据审计法规定，县审计局依法审计了2023年度县级预算执行和其他财政收支情况。", [],
                     id="an-audit-report-telling-of-the-audit-done"),
        pytest.param("二、县政府在全会上承诺的民生实事，县政府办公室已另行印发了分解方案，请认真落实。", [],
                     id="a-task-already-handed-out"),
        pytest.param("县园林局制定的《县城绿地管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。", [],
                     id="a-body-before-a-verb-that-qualifies-a-noun"),
        # a proposal-handling notice's units of one role (主办 leads, 协办/会办 support): labels, role verbs, 由
        pytest.param("（一）加强组织领导。建立区政府领导领办,主办单位牵头负责、协办单位全力配合、区政府办全程跟踪督办的工作机制。",
                     [[("主办单位", "lead"), ("协办单位", "support")]], id="host-leads-co-hosts-support-in-a-mechanism"),
        pytest.param("主办单位牵头负责，协办单位全力配合。", [[("主办单位", "lead"), ("协办单位", "support")]],
                     id="host-leads-co-hosts-support"),
        pytest.param("区发改局牵头负责、区财政局全力配合。", [[("区发改局", "lead"), ("区财政局", "support")]],
                     id="lead-with-a-verb-of-work-then-support"),
        pytest.param("1.做好建议办理。（主办单位：市发改委；协办单位：市财政局；会办单位：市教育局）",
                     [[("市发改委", "lead"), ("市财政局", "support"), ("市教育局", "support")]],
                     id="host-co-host-joint-handling-labels"),
        pytest.param("如需会同其他单位共同办理的建议、提案,由主办科室负责衔接相关单位研究办理。",
                     [[("主办科室", "responsible")]], id="host-section-after-by"),
        # a bureau's notice to its own sections: the sections are its units, owners as the issuer's units are
        pytest.param("各相关科室应以认真负责的态度,抓紧办理,应在3个月内办复。", [[("各相关科室", "responsible")]],
                     id="each-section-concerned"),
        pytest.param("主办科室要抓紧制定工作方案，报委领导审定。", [[("主办科室", "responsible")]], id="host-section"),
        pytest.param("各有关处室要抓紧制定工作方案。", [[("各有关处室", "responsible")]], id="each-division-concerned"),
    ],
)
def test_role_groups_requests_and_duties_taken_on(raw: str, expected: list[list[tuple[str, str]]]) -> None:
    tasks = [t for t in tasks_of(raw, issuer=("西江县人民政府",), document=None) if t.agencies]
    assert [owners(t) for t in tasks] == expected


def test_a_role_group_named_with_and_without_各_has_one_canonical_name() -> None:
    from policykg.extract.agencies import canonical_agency

    issuer = ("西江县人民政府",)
    assert canonical_agency("主要责任单位", issuer=issuer)[0] == canonical_agency("各主要责任单位", issuer=issuer)[0]


# hand-written in the form of a report of results (…整改情况的报告): its bodies tell what they did, with no modal
REPORT_OF_RESULTS = (
    "县审计局关于2023年度审计查出问题整改情况的报告\n\n"
    "一、整改工作开展情况\n"
    "县政府认真贯彻审计整改工作要求，抓好重大问题整改。县财政局按照县政府部署，督促相关单位整改到位。\n"
    "二、下一步工作\n"
    "县审计局将持续跟踪整改情况。\n"
)


def test_a_report_of_results_assigns_only_what_a_modal_puts_ahead() -> None:
    tasks = find_tasks(normalise(REPORT_OF_RESULTS).text, document=None, issuer=("西江县审计局",),
                       title="县审计局关于2023年度审计查出问题整改情况的报告")
    assert [owners(t) for t in tasks if t.agencies] == [[("县审计局", "responsible")]]


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # 政府信息公开工作年度报告 (real, 07_hunnan): the past actions under a section looking back (一、总体情况) assign
        # nothing; the commitment under a later section (下一步，我局将…) still does
        pytest.param(
            "一、总体情况\n（三）政府信息管理\n区政府国资局按照规定程序开展依申请公开工作，规范了工作流程，明确了依申请受理"
            "各环节的具体要求，积极推行政务信息管理工作。\n五、存在的主要问题及改进情况\n下一步，我局将按照《中华人民共和国"
            "政府信息公开条例》要求，进一步提高认识，加强培训，提高信息公开工作水平。\n",
            ("浑南区国资局",),
            [[("我局", "浑南区国资局")]],
            id="past-actions-in-a-section-looking-back",
        ),
        # hand-written: the same action under a section that plans ahead is work to do
        pytest.param(
            "一、工作回顾\n二、下一步工作打算\n区审计局按照规定程序开展依申请公开工作。\n",
            ("某区审计局",),
            [[("区审计局", "某区审计局")]],
            id="an-action-in-a-section-planning-ahead",
        ),
        # hand-written in the form of a plan: a task heading whose 成效 is its verbs' object is no review
        pytest.param(
            "某县农村人居环境整治实施方案\n一、重点任务\n（一）巩固提升整治成效\n建立健全长效管护机制，"
            "县农业农村局负责牵头组织实施，县财政局负责落实资金保障。\n",
            (),
            [[("县农业农村局", "县农业农村局")], [("县财政局", "县财政局")]],
            id="a-task-heading-with-an-achievement-as-its-object",
        ),
        # hand-written in the form of a plan: its review of the period before (发展现状, 发展成就, 基础与成效)
        # reports past work, no task
        pytest.param(
            "某县“十四五”农业农村现代化规划\n一、发展现状\n“十三五”期间，县农业农村局负责实施高标准农田建设，"
            "累计建成12万亩。\n",
            (),
            [],
            id="a-plans-review-of-the-present-state",
        ),
        pytest.param(
            "某县“十四五”农业农村现代化规划\n一、“十三五”时期发展成就\n“十三五”期间，县农业农村局负责实施高标准农田"
            "建设，累计建成12万亩。\n",
            (),
            [],
            id="a-plans-review-of-the-periods-achievements",
        ),
        pytest.param(
            "某县“十四五”农业农村现代化规划\n一、基础与成效\n“十三五”期间，县农业农村局负责实施高标准农田建设，"
            "累计建成12万亩。\n",
            (),
            [],
            id="a-plans-review-of-its-ground-and-results",
        ),
        # (real, 08_yangling): the request a body tells it made, under a section looking back, and the persons it asked
        pytest.param(
            "一、总体情况\n（三）政府信息管理情况\n我局高度重视政府信息公开工作，要求全体审计干部充分认识政府信息公开工作的"
            "重要性，建立局党组书记、局长全面领导，分管领导具体负责，办公室具体承办政务信息公开工作机制。\n",
            ("某区审计局",),
            [],
            id="a-request-told-in-a-section-looking-back",
        ),
    ],
)
def test_sections_looking_back_assign_only_what_a_modal_puts_ahead(raw, issuer, expected) -> None:
    tasks = find_tasks(normalise(raw).text, document=None, issuer=issuer)
    assert [[(a.name, a.canonical) for a in t.agencies] for t in tasks if t.agencies] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # 民生实事进展公示 (real, heldG12 13_ningbo): fields on one line, apart only by spaces; each value ends at the
        # next label, a project's person (项目责任人) and the progress (实际完成情况) included
        pytest.param(
            "1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德 "
            "实际完成情况:轨道交通1号线一期工程已于2014年5月30日通车试运营。\n",
            [[("市轨道交通工程建设指挥部", "responsible")]],
            id="inline-fields-a-projects-person-and-progress",
        ),
        pytest.param(
            "2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 "
            "配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装,以及外场线路铺设、立杆基础浇筑、"
            "基础管道施工等工作整体进度已完成年度目标任务的55%,项目按预期计划扎实有序推进。\n",
            [[("市公安局", "responsible"), ("市城管局", "support"), ("市财政局", "support")]],
            id="inline-fields-progress-after-the-supporting-units",
        ),
        # hand-written: a progress label written 工作进展 right after the last unit
        pytest.param(
            "（三）新建养老服务中心5家。 责任单位:市民政局 配合单位:市财政局 工作进展:已完成选址、设计招标。\n",
            [[("市民政局", "responsible"), ("市财政局", "support")]],
            id="inline-fields-progress-named-gongzuojinzhan",
        ),
    ],
)
def test_inline_fields_apart_by_spaces(raw, expected) -> None:
    tasks = tasks_of(raw, issuer=("宁波市人民政府",), document=None)
    assert [owners(t) for t in tasks if t.agencies] == expected


@pytest.mark.parametrize(
    ("raw", "title", "expected"),
    [
        # 法治政府建设情况报告 (real, 14_jinghai): an instruction the report tells was given is no duty
        pytest.param(
            "对区人民法院《关于转发最高人民法院“一号司法建议”、“二号司法建议”的报告》等文件作出批示，要求政府系统各单位"
            "坚持依法行政，严格履职，将法治政府建设工作贯穿到工作各方面，进一步提升法治工作水平；\n",
            "静海区2023年度法治政府建设情况报告",
            [],
            id="a-request-a-report-tells-of",
        ),
        # hand-written: the same request outside a report: the units of the government's system, one collective
        pytest.param(
            "区长作出批示，要求政府系统各单位坚持依法行政，严格履职。\n",
            None,
            [[("政府系统各单位", "天津市静海区政府系统各单位")]],
            id="the-government-systems-units-asked",
        ),
        # hand-written: persons asked are no body, whatever suffix their words run into
        pytest.param(
            "区审计局召开专题会议，要求全体审计干部充分认识政府信息公开工作的重要性。\n",
            None,
            [],
            id="persons-asked-are-no-body",
        ),
    ],
)
def test_requests_told_after_their_clauses(raw, title, expected) -> None:
    tasks = find_tasks(normalise(raw).text, document=None, issuer=("天津市静海区人民政府",), title=title)
    assert [[(a.name, a.canonical) for a in t.agencies] for t in tasks if t.agencies] == expected


# ---------------------------------------------------------------------------
# Owners of duties in the forms of emergency plans, joint bodies and member-unit duty lists
# (hand-written in the forms of county and city plans)


@pytest.mark.parametrize(
    ("raw", "issuer", "expected"),
    [
        # a body set up, its members named first, its short name in brackets before the duty
        pytest.param(
            "县政府成立由县长任组长、分管副县长任副组长、县直有关部门主要负责人为成员的某某县防汛抗旱指挥部"
            "（以下简称县防指），负责组织、指挥、协调全县防汛抗旱工作。\n",
            COUNTY,
            [("某某县防汛抗旱指挥部", "responsible")],
            id="set-up-with-members-then-duty",
        ),
        # an office seated in a department owns the work, its host does not
        pytest.param(
            "领导小组办公室设在县统计局，承担领导小组的日常工作。\n",
            COUNTY,
            [("领导小组办公室", "responsible")],
            id="office-seated-in-a-department",
        ),
        # a list of duties without a subject, after a sentence that names the office
        pytest.param(
            "县应急工作领导小组办公室设在县自然资源局，县自然资源局局长兼任办公室主任。主要职责是：负责日常工作；"
            "按规定上报灾情。\n",
            COUNTY,
            [("县应急工作领导小组办公室", "responsible")],
            id="duties-after-the-office-seated",
        ),
        # an item the tables lack is kept, one that names no body dropped, the rest of the list stays
        pytest.param(
            "各地州、各县市、各行各业要高度重视扶贫开发工作。\n",
            (),
            [("各地州", "responsible"), ("各县市", "responsible")],
            id="list-item-naming-no-body",
        ),
        pytest.param(
            "各乡镇人民政府、街道办事处筹备组作为禁牧工作的具体组织实施者，要强化日常巡查。\n",
            COUNTY,
            [("各乡镇人民政府", "responsible"), ("街道办事处筹备组", "responsible")],
            id="unknown-body-in-the-subject-list-and-its-part",
        ),
        pytest.param(
            "各市（州）、县（市、区）要对本地区贯彻实施情况开展自查。\n",
            SICHUAN,
            [("各市（州）", "responsible"), ("各县（市、区）", "responsible")],
            id="ge-shared-by-a-county-tier",
        ),
        # hand-written in the same form: the county tier of an autonomous region, two level words before the bracket
        pytest.param(
            "各盟市、旗县（市、区）要做好农牧民工资支付的监督检查。\n",
            ("某某自治区人民政府",),
            [("各盟市", "responsible"), ("各旗县（市、区）", "responsible")],
            id="ge-shared-by-a-banner-and-county-tier",
        ),
        pytest.param(
            "师市各部门、各团场要加强春耕生产的组织。\n",
            (),
            [("师市各部门", "responsible"), ("各团场", "responsible")],
            id="corps-division-and-regiments",
        ),
        # an adverbial between the leading clauses and the subject, or between the subject and its duty
        pytest.param(
            "在高火险期，特别是在清明等高危时段，县市人民政府应根据需要适时发布禁火命令。\n",
            (),
            [("县市人民政府", "responsible")],
            id="te-bie-shi-is-no-copula",
        ),
        pytest.param(
            "五、旗林业和草原局在禁牧休牧期间，切实加强对各镇禁牧工作的监督检查。\n",
            ("某某旗人民政府",),
            [("旗林业和草原局", "responsible")],
            id="banner-bureau-then-a-time",
        ),
        # people's organisations, and two known bodies joined by 和
        pytest.param(
            "各辖市（区）科协、教育行政部门要积极组织学校参加活动。\n",
            CITY,
            [("各辖市（区）科协", "responsible"), ("教育行政部门", "responsible")],
            id="science-associations-and-education-departments",
        ),
        pytest.param(
            "市科协和市教育局将对优秀俱乐部给予适当经费资助。\n",
            CITY,
            [("市科协", "responsible"), ("市教育局", "responsible")],
            id="two-bodies-joined-by-he",
        ),
        pytest.param(
            "各级团组织、各级妇联组织要发挥桥梁纽带作用。\n",
            CITY,
            [("各级团组织", "responsible"), ("各级妇联组织", "responsible")],
            id="every-level-organisations",
        ),
        pytest.param(
            "由自治县农业农村局、自治县党委宣传部牵头，成立工作专班。\n",
            ("某某瑶族自治县人民政府",),
            [("自治县农业农村局", "lead"), ("自治县党委宣传部", "lead")],
            id="autonomous-county-party-department-leads",
        ),
        # a list of field authorities whose level is written once, on the first item: the later fields are that
        # level's, whether one level or two written together (盟市: the leagues and cities of a region)
        pytest.param(
            "市财政部门、住房和城乡建设部门负责本地区项目的审核工作。\n",
            CITY,
            [("市财政部门", "responsible"), ("市住房和城乡建设部门", "responsible")],
            id="field-authorities-level-written-once",
        ),
        pytest.param(
            "盟市财政部门、住房和城乡建设部门按职责分工，根据资金使用方向，负责本地区项目的申报工作。\n",
            ("某某自治区财政厅",),
            [("盟市财政部门", "responsible"), ("盟市住房和城乡建设部门", "responsible")],
            id="field-authorities-under-two-levels-by-division-of-duties",
        ),
        # (a field-less 主管部门 takes no level: it is often a term the document defines)
        pytest.param(
            "市级财政部门、主管部门应当加强资金的绩效管理。\n",
            CITY,
            [("市级财政部门", "responsible"), ("主管部门", "responsible")],
            id="fieldless-authority-takes-no-level",
        ),
        # the units directly under a government, as a group or those a duty falls to
        pytest.param(
            "具体考核工作由市直属各相关单位分头负责。\n",
            CITY,
            [("市直属各相关单位", "responsible")],
            id="direct-units-concerned-of-a-city",
        ),
        pytest.param(
            "本细则由各相应市直属单位负责解释。\n",
            CITY,
            [("各相应市直属单位", "responsible")],
            id="corresponding-direct-units-of-a-city",
        ),
        # a class of levels joined by 及: the authorities of the prefectures and every level above
        pytest.param(
            "其他服务收费由地级及以上地方人民政府价格主管部门确定指导标准。\n",
            (),
            [("地级及以上地方人民政府价格主管部门", "responsible")],
            id="class-of-levels-joined-by-ji",
        ),
    ],
)
def test_owners_of_bodies_set_up_and_of_unknown_items(raw, issuer, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=issuer, document=None) if t.agencies]
    assert [o for t in tasks for o in owners(t)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a colon that ends its line: the duties are the item lines below it, up to the next heading
        pytest.param(
            "县应急工作领导小组办公室设在县自然资源局，县自然资源局局长兼任办公室主任。主要职责是：\n"
            "1.负责领导小组日常工作；\n2.按规定上报灾情。\n二、保障措施\n各乡镇要加强保障。\n",
            "主要职责是：\n1.负责领导小组日常工作；\n2.按规定上报灾情。",
            id="duties-as-items-below-the-colon",
        ),
        # a colon inside its line: the duties run to the end of their sentence
        pytest.param(
            "县应急工作领导小组办公室设在县自然资源局。主要职责是：负责日常工作。按规定上报灾情。\n",
            "主要职责是：负责日常工作。",
            id="duties-after-the-colon-on-its-line",
        ),
    ],
)
def test_duties_of_the_body_before_run_through_their_items(raw, expected) -> None:
    tasks = [t for t in tasks_of(raw, issuer=COUNTY, document=None) if t.agencies]
    assert tasks[0].text == expected
    assert owners(tasks[0]) == [("县应急工作领导小组办公室", "responsible")]


@pytest.mark.parametrize(
    "raw",
    [
        # 由X负责 inside a noun's qualifier names no duty (a plan's scope)
        "本预案适用于跨乡镇行政区划的，或需由县人民政府负责处置的洪水灾害应对工作。\n",
        # the subject is the units' leaders, no body
        "各乡镇、各部门主要负责同志要靠前指挥、亲力亲为。\n",
        # a colon line outside a list of duties
        "县财政局：本年度安排资金500万元。\n",
        # institutions of a trade named 机构 are no bodies of government work
        "金融机构应当加强风险管理。\n",
        "资产管理机构应当加强管理。\n",
    ],
    ids=["by-x-inside-a-qualifier", "leaders-of-units", "colon-line-outside-a-duty-list", "institutions-of-a-trade",
         "an-institution-by-its-work-under-no-level"],
)
def test_forms_that_name_no_owner(raw) -> None:
    assert [a for t in tasks_of(raw, issuer=COUNTY, document=None) for a in t.agencies] == []


def test_member_unit_duty_lines_whatever_their_verb() -> None:
    raw = (
        "2.成员单位职责：\n"
        "（1）市气象局：负责发布气象灾害预警信息。\n"
        "（2）市自然资源局：提供市域内地质灾害易发区分布图。\n"
        "（3）市城建委：严格避难场所建设标准的落实。\n"
        "\n成员单位工作职责\n\n"
        "县委宣传部。负责组织协调媒体做好防灾减灾的新闻报道。\n"
        "县应急局。牵头组织灾情会商。\n"
    )
    tasks = [t for t in tasks_of(raw, issuer=CITY, document=None) if t.agencies]
    assert [owners(t) for t in tasks] == [
        [("市气象局", "responsible")],
        [("市自然资源局", "responsible")],
        [("市城建委", "responsible")],
        [("县委宣传部", "responsible")],
        [("县应急局", "lead")],  # (the duty's first word marks the role, as after a colon)
    ]
    assert tasks[-2].text.startswith("县委宣传部。负责")


def test_section_of_duties_belongs_to_the_body_the_notice_sets_up() -> None:
    # hand-written in the form of a 国办函 that sets up a leading group and lists its duties under a heading
    raw = (
        "经国务院同意，成立第5届全国青年运动会工作领导小组（以下简称领导小组）。现将有关事项通知如下：\n"
        "一、主要职责\n"
        "贯彻落实党中央、国务院关于筹办工作的决策部署，统筹协调筹办中的重大问题。\n"
        "二、组成人员\n"
        "组长：某某 国务院副总理\n"
    )
    (task,) = [t for t in tasks_of(raw, issuer=("国务院办公厅",), document=None) if t.agencies]
    assert owners(task) == [("第5届全国青年运动会工作领导小组", "responsible")]
    assert task.text.startswith("贯彻落实")


PROVINCE = ("某省人民政府办公厅",)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a provincial 部门分工方案: a bare list of units that states the lead-first rule
        # itself, one unit's second name in brackets; the lists after it are bare too
        pytest.param(
            "1.制订年度控制目标，分解落实到各市。（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）\n"
            "2.严格审批新建项目。（省发改委、省环保厅）\n",
            [
                [("省经信委", "lead"), ("省发改委", "support"), ("省能源局", "support")],
                [("省发改委", "lead"), ("省环保厅", "support")],
            ],
            id="bare-list-stating-the-lead-first-rule",
        ),
        # the same plan's part heading naming the lead of the whole part (总牵头)
        pytest.param(
            "一、调整产业结构（省发改委总牵头）\n（一）淘汰落后产能。\n1.制订淘汰计划，按年度组织实施。\n"
            "2.严格审批新建项目。（省环保厅负责）\n",
            [[("省发改委", "lead")], [("省发改委", "lead"), ("省环保厅", "support")]],
            id="heading-lead-of-a-whole-part",
        ),
        # hand-written in the form of a page sown with glyphs against copying, inside the label
        pytest.param(
            "1.打造区域消费先导区◆★★■。（责任单位◆★◆■★■：省发展改革委）\n2.发展夜间经济。（责任单位■★■■★◆：省商务厅、省文化和旅游厅）\n",
            [[("省发展改革委", "responsible")], [("省商务厅", "responsible"), ("省文化和旅游厅", "responsible")]],
            id="glyph-runs-inside-the-label",
        ),
        # hand-written in the form of a town plan whose post label has a semicolon typed for its colon
        pytest.param(
            "1.全面清理违章搭建。（责任单位：拆违控违办、城管中队；责任人；张某）\n",
            [[("拆违控违办", "responsible"), ("城管中队", "responsible")]],
            id="post-label-before-a-semicolon",
        ),
        # an alias note after the last partner names them all: no part of its name
        pytest.param(
            "第三条 由市自然资源和规划局会同市农业农村局、市统计局（以下统称市考核部门）负责组织开展考核检查工作。\n",
            [[("市自然资源和规划局", "responsible"), ("市农业农村局", "responsible"), ("市统计局", "responsible")]],
            id="alias-note-after-the-partners",
        ),
    ],
)
def test_bare_lists_marked_labels_and_alias_notes(raw: str, expected) -> None:
    assert [owners(t) for t in tasks_of(raw, issuer=PROVINCE, document=None) if t.agencies] == expected


def test_a_body_given_work_after_the_words_of_a_duty_division_owns_it() -> None:
    # hand-written: 职责 earlier in the clause, not the subject 由 follows (具体职责由X确定: X owns nothing)
    tasks = [t for t in tasks_of("一、根据职责分工由县住建局制定农房改造实施细则。\n", issuer=("某县人民政府",), document=None)
             if t.agencies]
    assert [[a.name for a in t.agencies] for t in tasks] == [["县住建局"]]
