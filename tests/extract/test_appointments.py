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
    ],
    ids=["leading-group-members", "candidate", "task-prose"],
)
def test_no_decision_where_none_is_stated(text: str) -> None:
    assert _decisions(text) == []


def test_a_decision_stated_twice_is_one_record() -> None:
    # hand-written in the form of a news page: the headline restates the decision of the report
    text = "决定任命钱五为某区人民政府副区长\n某区人大常委会举行会议，决定任命钱五为某区人民政府副区长。\n"
    assert _decisions(text) == [("钱五", "appoint", "副区长", "某区人民政府")]
