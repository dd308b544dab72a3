"""Personnel decisions in every form real texts state them, inside a gazette's section or not.

Each row is hand-written in the form of a real text (a 人大常委会 decision, a government's
任免通知, a motion listing items under 任命：/免去：, a news page quoting a decision); the
records are ``(person, action, post, organization)``.
"""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.records import Appointment


def _decisions(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(a.person, a.action, a.post, a.organization) for a in extract_text(text).of(Appointment)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "某市人大常委会关于人事任免的决定\n某市第十届人民代表大会常务委员会第五次会议决定：\n"
            "任命张明为某市人民政府副市长。\n免去李红的某市财政局局长职务。\n",
            [("张明", "appoint", "副市长", "某市人民政府"), ("李红", "remove", "局长", "某市财政局")],
            id="verbs-outside-a-gazette-section"),
        pytest.param(
            "会议决定任命王一为某区发展和改革委员会主任，赵二为某区民政局局长，孙三为某区水务局局长。\n",
            [("王一", "appoint", "主任", "某区发展和改革委员会"), ("赵二", "appoint", "局长", "某区民政局"),
             ("孙三", "appoint", "局长", "某区水务局")],
            id="one-verb-governs-a-comma-list"),
        pytest.param(
            "免去周甲、吴乙、郑丙的某省人民政府副省长职务。\n",
            [("周甲", "remove", "副省长", "某省人民政府"), ("吴乙", "remove", "副省长", "某省人民政府"),
             ("郑丙", "remove", "副省长", "某省人民政府")],
            id="several-people-share-the-post"),
        pytest.param(
            "决定任命钱五为某区人民政府副区长、代理区长。\n",
            [("钱五", "appoint", "副区长", "某区人民政府"), ("钱五", "appoint", "代理区长", "某区人民政府")],
            id="two-posts-the-second-sharing-its-body"),
        pytest.param(
            "任命某大学党委书记冯六为某部副部长；免去陈七（女）的某部部长助理职务。\n",
            [("冯六", "appoint", "副部长", "某部"), ("陈七", "remove", "部长助理", "某部")],
            id="present-post-before-the-name-and-a-sex-note"),
        pytest.param(
            "现在提出：\n任命：\n褚八兼某部部长，\n卫九为某委员会主任。\n免去：\n蒋十兼任某部部长职务，\n沈一现任某局局长职务。\n请大会决定。\n",
            [("褚八", "appoint", "部长", "某部"), ("卫九", "appoint", "主任", "某委员会"),
             ("蒋十", "remove", "部长", "某部"), ("沈一", "remove", "局长", "某局")],
            id="items-under-a-heading-of-the-verb-alone"),
        pytest.param(
            "宣布某区主要领导任免决定：韩二同志任中共某区委委员、常委、书记；杨三同志不再担任中共某区委书记职务。\n",
            [("韩二", "appoint", "委员", "中共某区委"), ("韩二", "appoint", "常委", "中共某区委"),
             ("韩二", "appoint", "书记", "中共某区委"), ("杨三", "remove", "书记", "中共某区委")],
            id="items-after-a-lead-announcing-decisions"),
        pytest.param(
            "某市人大常委会关于某某同志代理市长的决定\n会议决定：朱四同志代理某市人民政府市长。\n",
            [("朱四", "appoint", "代理市长", "某市人民政府")],
            id="acting-post"),
        pytest.param(
            "根据表决结果,任命周文艺、田发启同志为肇东市监察委员会副主任,任命金东权、张伟国同志为肇东市监察委员会委员。\n",
            [("周文艺", "appoint", "副主任", "肇东市监察委员会"), ("田发启", "appoint", "副主任", "肇东市监察委员会"),
             ("金东权", "appoint", "委员", "肇东市监察委员会"), ("张伟国", "appoint", "委员", "肇东市监察委员会")],
            id="several-people-appointed-to-one-post"),
        pytest.param(
            "会议决定任命宋莉同志为西昌市人民政府副市长、查中才同志为西昌市人民政府副市长。\n",
            [("宋莉", "appoint", "副市长", "西昌市人民政府"), ("查中才", "appoint", "副市长", "西昌市人民政府")],
            id="people-each-with-a-post-over-the-list-mark"),
        pytest.param(
            "会议表决并通过了任命宋莉为西昌市人民政府副市长、代理市长,查中才同志为西昌市人民政府副市长的决定。\n",
            [("宋莉", "appoint", "副市长", "西昌市人民政府"), ("宋莉", "appoint", "代理市长", "西昌市人民政府"),
             ("查中才", "appoint", "副市长", "西昌市人民政府")],
            id="post-before-de-jueding"),
        pytest.param(
            "决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。\n",
            [("卢炳椿", "remove", "副市长", "泉州市人民政府"), ("卢炳椿", "remove", "局长", "市公安局")],
            id="removal-name-run-into-the-post"),
        pytest.param(
            "票决同意免去马廷贵同志西昌市人民政府市长职务、徐阳同志西昌市人民政府副市长职务。\n",
            [("马廷贵", "remove", "市长", "西昌市人民政府"), ("徐阳", "remove", "副市长", "西昌市人民政府")],
            id="removals-over-the-list-mark-name-before-the-post"),
        pytest.param(
            "会议决定免去王小明市发展改革委主任职务、李四浙江省交通厅厅长职务。\n",
            [("王小明", "remove", "主任", "市发展改革委"), ("李四", "remove", "厅长", "浙江省交通厅")],
            id="removal-name-before-a-level-or-a-province"),
        pytest.param(
            "会议还表决任命汤黎路为浙江省经济和信息化委员会主任,免去其浙江省经济贸易委员会主任职务;\n"
            "乐益民为浙江省人力资源和社会保障厅厅长,免去其浙江省人事厅厅长职务;\n徐震为浙江省环境保护厅厅长;\n",
            [("汤黎路", "appoint", "主任", "浙江省经济和信息化委员会"), ("汤黎路", "remove", "主任", "浙江省经济贸易委员会"),
             ("乐益民", "appoint", "厅长", "浙江省人力资源和社会保障厅"), ("乐益民", "remove", "厅长", "浙江省人事厅"),
             ("徐震", "appoint", "厅长", "浙江省环境保护厅")],
            id="list-one-item-a-line-and-removal-of-qi"),
        pytest.param(
            "会议决定任命张三为某市财政局局长；李四为某市商务局局长。\n本次会议还听取了工作报告；\n",
            [("张三", "appoint", "局长", "某市财政局"), ("李四", "appoint", "局长", "某市商务局")],
            id="one-verb-over-a-semicolon"),
        pytest.param(
            "陆卫东同志被任命为南通市人民政府副市长;单晓明同志被免去南通市人民政府副市长职务。\n",
            [("陆卫东", "appoint", "副市长", "南通市人民政府"), ("单晓明", "remove", "副市长", "南通市人民政府")],
            id="passive-verbs"),
        pytest.param(
            "卢力同志不再担任漳州市人民政府党组成员,中共漳州市委古雷港经济开发区工作委员会副书记、委员,"
            "漳州古雷港经济开发区管委会主任职务。\n",
            [("卢力", "remove", "党组成员", "漳州市人民政府"),
             ("卢力", "remove", "副书记", "中共漳州市委古雷港经济开发区工作委员会"),
             ("卢力", "remove", "委员", "中共漳州市委古雷港经济开发区工作委员会"),
             ("卢力", "remove", "主任", "漳州古雷港经济开发区管委会")],
            id="no-longer-posts-over-commas"),
        pytest.param(
            "宣布开发区主要领导任免决定:漳州市副市长侯为东兼任中共漳州市委古雷港经济开发区工作委员会委员、副书记,"
            "漳州古雷港经济开发区管委会主任。\n",
            [("侯为东", "appoint", "委员", "中共漳州市委古雷港经济开发区工作委员会"),
             ("侯为东", "appoint", "副书记", "中共漳州市委古雷港经济开发区工作委员会"),
             ("侯为东", "appoint", "主任", "漳州古雷港经济开发区管委会")],
            id="a-name-holding-wei-and-a-post-after-a-comma"),
        pytest.param(
            "决定任命王进足为漳州市人民政府副市长、代理漳州市人民政府市长职务。\n",
            [("王进足", "appoint", "副市长", "漳州市人民政府"), ("王进足", "appoint", "代理市长", "漳州市人民政府")],
            id="acting-post-written-after-daili"),
        pytest.param(
            "免去于秀芬的上海人大常务委员会副秘书长、办公厅主任,调任上海市文化广播影视管理局局长;"
            "免去胡劲军的上海市文化广播影视管理局局长职务;\n",
            [("于秀芬", "remove", "副秘书长", "上海人大常务委员会"), ("于秀芬", "remove", "主任", "办公厅"),
             ("胡劲军", "remove", "局长", "上海市文化广播影视管理局")],
            id="removal-posts-without-zhiwu"),
        pytest.param(
            "任命黄祥青为上海市高院副院长、审判委员会委员、审判员;\n",
            [("黄祥青", "appoint", "副院长", "上海市高院"), ("黄祥青", "appoint", "委员", "审判委员会"),
             ("黄祥青", "appoint", "审判员", "上海市高院")],
            id="a-court-title-takes-the-court"),
        pytest.param(
            "任命张三为市中级人民法院审判委员会委员、审判员。\n",
            [("张三", "appoint", "委员", "市中级人民法院审判委员会"), ("张三", "appoint", "审判员", "市中级人民法院")],
            id="a-court-title-takes-the-court-a-body-inside-names"),
        pytest.param(
            "任命张三为市人民检察院副检察长，检察委员会委员，检察员。\n",
            [("张三", "appoint", "副检察长", "市人民检察院"), ("张三", "appoint", "委员", "检察委员会"),
             ("张三", "appoint", "检察员", "市人民检察院")],
            id="a-court-title-after-a-comma"),
        pytest.param(
            "任命张三为市人民政府副市长，代理市长职务。\n",
            [("张三", "appoint", "副市长", "市人民政府"), ("张三", "appoint", "代理市长", "市人民政府")],
            id="acting-post-after-a-comma-of-the-body-before"),
        pytest.param(
            "决定任命张三代理市人民政府市长职务。\n",
            [("张三", "appoint", "代理市长", "市人民政府")],
            id="appoint-a-daili-x"),
        pytest.param(
            "免去张三市长职务。\n",
            [("张三", "remove", "市长", None)],
            id="removal-bare-post-after-the-name"),
        pytest.param(
            "会议决定免去王小明副市长职务。\n",
            [("王小明", "remove", "副市长", None)],
            id="removal-bare-post-after-a-name-of-three"),
        pytest.param(
            "会议听取了张三同志的工作汇报，免去其市林业局局长职务。\n",
            [("张三", "remove", "局长", "市林业局")],
            id="removal-of-qi-the-name-the-clause-wrote-last"),
        pytest.param(
            "原市发改委主任张三被任命为市政府副秘书长。\n",
            [("张三", "appoint", "副秘书长", "市政府")],
            id="passive-appointment-a-post-before-the-name"),
        pytest.param(
            "市审计局局长李四同志被免去市审计局局长职务。\n",
            [("李四", "remove", "局长", "市审计局")],
            id="passive-removal-a-post-before-the-name"),
        pytest.param(
            "张三不再担任市政协委员，常委，副主席职务。\n",
            [("张三", "remove", "委员", "市政协"), ("张三", "remove", "常委", "市政协"),
             ("张三", "remove", "副主席", "市政协")],
            id="no-longer-bare-posts-over-commas"),
    ],
)
def test_personnel_decisions_in_every_form(text: str, expected: list[tuple]) -> None:
    assert _decisions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a leading group's members are no personnel decision
        "成立某市安全生产工作领导小组，由市长张三任组长，各副市长任副组长。\n",
        # a nomination is none, nor a candidate
        "会议决定任命王五为某区人民政府区长候选人。\n",
        # prose about tasks that holds 任 and 免 (任务, 免费)
        "各部门要按照任务分工，免费为群众提供服务，确保各项任务按时完成。\n",
        # a passive verb after a time word and a pronoun, or a connective: no name
        "这一年他被任命为市委常委、市委秘书长。\n",
        "去年以来，全市共有3名干部被免去职务，其中被免去局长职务的有2人。\n",
        "同年被任命为市财政局局长。\n",
        # the one who chairs the meeting is not whom 免去其 removes
        "会议由周九同志主持，决定免去其市审计局局长职务。\n",
    ],
    ids=["leading-group-members", "candidate", "task-prose", "passive-after-a-time-word-and-a-pronoun",
         "passive-after-a-connective", "passive-after-a-time-word", "removal-of-qi-after-the-meetings-chair"],
)
def test_no_decision_where_none_is_stated(text: str) -> None:
    assert _decisions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written in the form of a news page: the headline restates the decision of the report
        pytest.param("决定任命钱五为某区人民政府副区长\n某区人大常委会举行会议，决定任命钱五为某区人民政府副区长。\n",
                     [("钱五", "appoint", "副区长", "某区人民政府")], id="same-words"),
        # the headline names the body short, the report in full
        pytest.param("决定任命王书坚为市政府副市长\n会议表决通过了人事任免事项,决定任命王书坚为青岛市人民政府副市长。\n",
                     [("王书坚", "appoint", "副市长", "青岛市人民政府")], id="body-short-in-the-headline"),
    ],
)
def test_a_decision_stated_twice_is_one_record(text: str, expected: list[tuple]) -> None:
    assert _decisions(text) == expected
