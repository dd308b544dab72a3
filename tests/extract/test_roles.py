"""The role-label table: every wording of a role label and column name, read by its role word."""

from __future__ import annotations

import re

import pytest
from policykg.extract.records import Role
from policykg.extract.roles import (
    LABEL_PATTERN,
    LEAD_FIRST_PATTERN,
    STANDARD_LABEL,
    is_deadline_label,
    role_of_label,
    role_of_verb,
)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        # labels and column names seen in the development corpus
        pytest.param("牵头单位", Role.LEAD, id="lead-unit"),
        pytest.param("牵头部门", Role.LEAD, id="lead-department"),
        pytest.param("配合单位", Role.SUPPORT, id="support-unit"),
        pytest.param("配合部门", Role.SUPPORT, id="support-department"),
        pytest.param("责任单位", Role.RESPONSIBLE, id="responsible-unit"),
        pytest.param("责任主体", Role.RESPONSIBLE, id="responsible-subject"),
        pytest.param("推进单位", Role.RESPONSIBLE, id="promoting-unit"),
        pytest.param("落实单位", Role.RESPONSIBLE, id="implementing-unit"),
        # wordings of other documents, read by role word + body word
        pytest.param("牵头处室", Role.LEAD, id="lead-division"),
        pytest.param("主责单位", Role.LEAD, id="main-responsibility-is-lead"),
        pytest.param("主责部门", Role.LEAD, id="main-responsibility-department"),
        pytest.param("主办单位", Role.LEAD, id="host-unit-is-lead"),
        pytest.param("总牵头单位", Role.LEAD, id="overall-lead-unit"),
        pytest.param("主要责任单位", Role.LEAD, id="main-responsible-unit-is-lead"),
        pytest.param("主要负责部门", Role.LEAD, id="main-in-charge-department-is-lead"),
        pytest.param("主要配合单位", Role.SUPPORT, id="main-support-unit-stays-support"),
        pytest.param("协同部门", Role.SUPPORT, id="cooperating-department"),
        pytest.param("协同单位", Role.SUPPORT, id="cooperating-unit"),
        pytest.param("协同配合单位", Role.SUPPORT, id="two-support-words-stacked"),
        pytest.param("配合协助部门", Role.SUPPORT, id="two-support-words-stacked-other-order"),
        pytest.param("协办单位", Role.SUPPORT, id="co-host-unit"),
        pytest.param("会办单位", Role.SUPPORT, id="joint-handling-unit"),
        pytest.param("参与单位", Role.SUPPORT, id="participating-unit"),
        pytest.param("参加单位", Role.SUPPORT, id="taking-part-unit"),
        pytest.param("协助科室", Role.SUPPORT, id="assisting-section"),
        pytest.param("实施主体", Role.RESPONSIBLE, id="implementing-subject"),
        pytest.param("负责部门", Role.RESPONSIBLE, id="in-charge-department"),
        pytest.param("承办机构", Role.RESPONSIBLE, id="undertaking-body"),
        pytest.param("牵头责任单位", Role.LEAD, id="lead-with-responsibility-word"),
        pytest.param("牵头组织实施单位", Role.LEAD, id="lead-with-a-verb-of-doing-the-work"),
        pytest.param("配合落实部门", Role.SUPPORT, id="support-with-a-verb-of-doing-the-work"),
        pytest.param("配合单位（部门）", Role.SUPPORT, id="bracketed-variant"),
        pytest.param("牵 头 部 门", Role.LEAD, id="spaced-out-header"),
        pytest.param("市级牵头单位", Role.LEAD, id="level-qualifier"),
        pytest.param("主体责任单位", Role.RESPONSIBLE, id="main-body-qualifier"),
        pytest.param("牵头部门/单位", Role.LEAD, id="two-body-words"),
        pytest.param("责任单位及责任人", Role.RESPONSIBLE, id="units-and-persons-column"),
        pytest.param("主责单位：", Role.LEAD, id="trailing-colon"),
        # not role columns
        pytest.param("完成时限", None, id="deadline-not-role"),
        pytest.param("序号", None, id="serial"),
        pytest.param("牵头领导", None, id="leader-post-column"),
        pytest.param("牵头市领导", None, id="city-leader-column"),
        pytest.param("责任人", None, id="person-column"),
        pytest.param("主体责任", None, id="phrase-not-label"),
        pytest.param("重点任务", None, id="task-column"),
        pytest.param("", None, id="empty"),
    ],
)
def test_role_of_label(label: str, role: Role | None) -> None:
    assert role_of_label(label) is role


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("完成时限", True, id="completion-limit"),
        pytest.param("完成时间", True, id="completion-time"),
        pytest.param("时间节点", True, id="time-node"),
        pytest.param("时限要求", True, id="time-requirement"),
        pytest.param("进度安排", True, id="schedule"),
        pytest.param("办结时限", True, id="closing-limit"),
        pytest.param("时 间 节 点", True, id="spaced-out"),
        pytest.param("时间", True, id="bare-time-column"),
        pytest.param("牵头单位", False, id="role-not-deadline"),
        pytest.param("工作任务", False, id="task-not-deadline"),
    ],
)
def test_is_deadline_label(label: str, expected: bool) -> None:
    assert is_deadline_label(label) is expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param(
            "（牵头单位：区教育局；配合单位：区财政局；完成时限：2024年底）",
            ["牵头单位", "配合单位", "完成时限"],
            id="lead-support-deadline-in-one-parenthesis",
        ),
        pytest.param("主责单位:区住建委；协同单位:区城管局", ["主责单位", "协同单位"], id="main-and-cooperating"),
        pytest.param("（责任单位：市财政局；时间节点：长期）", ["责任单位", "时间节点"], id="responsible-time-node"),
        pytest.param("会议时间：3月5日", [], id="meeting-time-is-no-label"),
    ],
)
def test_label_pattern_finds_labels_before_colon(text: str, labels: list[str]) -> None:
    found = [m.group(1) for m in re.finditer(rf"({LABEL_PATTERN})[：:]", text)]
    assert found == labels


def test_label_pattern_has_no_capturing_group() -> None:
    assert re.compile(LABEL_PATTERN).groups == 0
    assert re.compile(LEAD_FIRST_PATTERN).groups == 0


def test_standard_label_round_trips_through_role_of_label() -> None:
    for role in Role:
        assert role_of_label(STANDARD_LABEL[role]) is role
        assert STANDARD_LABEL[role.value] == STANDARD_LABEL[role]
    assert is_deadline_label(STANDARD_LABEL["deadline"])


@pytest.mark.parametrize(
    ("verb", "role"),
    [
        pytest.param("牵头", Role.LEAD, id="lead"),
        pytest.param("牵头负责", Role.LEAD, id="lead-in-charge"),
        pytest.param("配合落实", Role.SUPPORT, id="support"),
        pytest.param("参与", Role.SUPPORT, id="participate"),
        pytest.param("参加", Role.SUPPORT, id="take-part"),
        pytest.param("协同", Role.SUPPORT, id="cooperate"),
        pytest.param("按职责分工负责", Role.RESPONSIBLE, id="by-division-of-duties"),
        pytest.param("负责", Role.RESPONSIBLE, id="in-charge"),
    ],
)
def test_role_of_verb(verb: str, role: Role) -> None:
    assert role_of_verb(verb) is role


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("排在第一位的为牵头单位", id="ranked-first"),
        pytest.param("列第一位者为牵头单位", id="listed-first"),
        pytest.param("第一个单位为牵头单位，下同", id="first-unit"),
        # hand-written: the lead with a second part, the lead's verb alone, the first with no body word
        pytest.param("列第一位者为牵头或汇总单位，下同", id="lead-or-summary-unit"),
        pytest.param("排名第一的单位牵头", id="ranked-first-leads"),
        pytest.param("第一个为牵头部门", id="the-first-is-the-lead"),
        pytest.param("首位单位为牵头单位，下同", id="the-unit-in-first-place-leads"),
        pytest.param("列首位的部门为主责部门", id="listed-at-the-head"),
        # hand-written: a role word between the rank and the body
        pytest.param("第一责任单位为牵头单位，下同", id="first-responsible-unit-leads"),
        pytest.param("排在第一位的责任部门为牵头部门", id="ranked-first-responsible-unit"),
    ],
)
def test_lead_first_rule(text: str) -> None:
    assert re.search(LEAD_FIRST_PATTERN, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("第一牵头单位：县发改局", id="first-lead-label"),
        pytest.param("综合排名第一的企业牵头组建联合体", id="ranked-first-enterprise"),
    ],
)
def test_no_lead_first_rule(text: str) -> None:
    assert re.search(LEAD_FIRST_PATTERN, text) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("责任领导", True, id="responsible-leader"),
        pytest.param("牵头市领导", True, id="lead-city-leader"),
        pytest.param("责任人", True, id="person"),
        pytest.param("牵头负责领导", True, id="lead-responsible-leader"),
        pytest.param("分管市领导", True, id="leader-in-charge-with-level"),
        pytest.param("具体负责人", True, id="person-in-charge"),
        pytest.param("项目责任人", True, id="person-of-a-project"),  # (real, heldG12 13_ningbo)
        pytest.param("牵头责任单位", False, id="lead-responsible-unit-is-no-post"),
        pytest.param("责任单位", False, id="unit-is-no-post"),
    ],
)
def test_is_post_label(label: str, expected: bool) -> None:
    from policykg.extract.roles import is_post_label

    assert is_post_label(label) is expected
    assert role_of_label(label) is None or not expected


@pytest.mark.parametrize("word", ["主办", "协办", "主责", "协作", "牵头", "配合", "负责", "指导"])
def test_every_role_word_passes_the_annotation_filter(word: str) -> None:
    # the bracket reader's cheap filter is built from this table, so a role word cannot be missing from it
    from policykg.extract.responsibilities import _HINT_RE
    from policykg.extract.roles import ANNOTATION_HINT_WORDS, ROLE_WORDS

    assert set(ROLE_WORDS) <= set(ANNOTATION_HINT_WORDS)
    assert _HINT_RE.search(f"（省财政厅{word}）")
