"""Role labels: the one table that says which words name a lead, a supporting or a responsible unit.

Responsibility annotations (``（牵头单位：X；配合单位：Y）``), label lines under a task
(``责任单位：…``), task-table column names (``牵头处室``, ``协同部门``, ``实施主体``) and
readers that render tables all ask this module, so a wording is read the same way in every
stage. A label is recognised by its *role word* followed by a *body word*, not by a closed
list, so wordings no document has shown yet (``牵头科室``, ``协作机构``) work too:

- lead: 牵头, 主责, 主办 — the text marks one body as the principal of the task. 主责单位
  ("the unit with the main responsibility") stands opposite 协同单位 exactly as 牵头单位
  stands opposite 配合单位, and 主办 opposite 协办; all three are the lead wherever they
  appear, inline or as a column (eval/README: ``lead`` only where the text marks it — a
  label naming the principal is such a mark). 主要责任单位 (主要负责单位) is 主责单位 written
  out, and stands opposite 责任单位 or 其他责任单位 the same way: the lead too;
- support: 配合, 协同, 协办, 协助, 协作, 参与, 参加, 支持 (参加: the units that take part, after the
  lead: ``X牵头，Y、Z参加``, ``参加单位：``);
- responsible: 责任, 负责, 实施, 推进, 承办, 落实, 执行, 承担 — the body that does
  the work, with no lead named.

Body words: 单位, 部门, 处室, 科室, 机构, 主体, 方, 司局, 处, 科; a role word may be followed
by 责任 (``牵头责任单位``) and a label by a bracketed variant (``牵头单位（部门）``).

Deadline labels (``完成时限``, ``时间节点``, ``进度安排`` …) are listed here as well, since
they sit in the same annotations and columns.

The verbs that end a bracketed clause (``X牵头``, ``Y配合``, ``Z负责``) use the same role
words: :func:`role_of_verb`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.extract.patterns import squash
from policykg.extract.records import Role

# Role words, by role. Longer words first inside each alternation.
_LEAD_WORDS = r"牵头|主责|主办"
_SUPPORT_WORDS = r"配合|协同|协办|会办|协助|协作|参与|参加|支持"
_RESPONSIBLE_WORDS = r"责任|负责|实施|推进|承办|落实|执行|承担"
# What a role label names: a kind of body.
_BODY_WORDS = r"单位|部门|处室|科室|股室|站所|机构|主体|司局|方|处|科"
# A bracketed variant after the body: 牵头单位（部门）, 责任单位（牵头）.
_BRACKET_TAIL = r"(?:[（(][^（）()]{1,12}[）)])?"


_QUALIFIERS = r"(?:省|市|区|县|镇|乡)级?|主要|其他|具体|主体|总"


def _role_label(words: str, *, verb: bool = False) -> str:
    # 主要牵头单位, 市级牵头单位, 牵头责任单位, 牵头部门/单位, 责任单位及责任人, 责任单位（部门）;
    # with ``verb``, a verb of doing the work between role and body (牵头组织实施单位, 牵头落实部门,
    # 配合实施单位), which keeps the role of the first word: read in a label or column name taken whole
    # (role_of_label), not in the scan of running text for labels, where the extra words would be
    # tried after every role word of the text (推进, 落实 …) for a wording that column names use.
    middle = rf"(?:组织)?(?:{_RESPONSIBLE_WORDS})?" if verb else r"(?:责任)?"
    return (
        rf"(?:{_QUALIFIERS})?(?:{words})(?:{words})?{middle}(?:{_BODY_WORDS})(?:[/／、](?:{_BODY_WORDS}))?"
        rf"(?:[及和]责任人)?{_BRACKET_TAIL}"
    )


_LEAD_LABEL = _role_label(_LEAD_WORDS)
_SUPPORT_LABEL = _role_label(_SUPPORT_WORDS)
_RESPONSIBLE_LABEL = _role_label(_RESPONSIBLE_WORDS)
# Deadline labels. A bare 时间 is a deadline only as a column name (it names too much else
# in running text: 会议时间, 申报时间); 时限 alone is one anywhere.
_DEADLINE_LABEL = (
    r"(?:计划|预计)?(?:完成|办结|推进|实施|工作)(?:时限|时间|期限|时间节点|节点)(?:要求)?"
    r"|时间节点|时限要求|时间要求|时间安排|进度安排|时间进度|进度要求|期限要求|时限"
)
_COLUMN_ONLY_DEADLINE = r"时间|期限|进度"

_LEAD_RE = re.compile(_role_label(_LEAD_WORDS, verb=True))
_SUPPORT_RE = re.compile(_role_label(_SUPPORT_WORDS, verb=True))
_RESPONSIBLE_RE = re.compile(_role_label(_RESPONSIBLE_WORDS, verb=True))
# 主要责任单位, 市级主要负责部门: the responsible words qualified by 主要, which names the principal (主责).
_MAIN_RESPONSIBLE_RE = re.compile(r"(?:(?:省|市|区|县|镇|乡)级?)?主要(?:责任|负责)")
_DEADLINE_RE = re.compile(rf"(?:{_DEADLINE_LABEL}|{_COLUMN_ONLY_DEADLINE}){_BRACKET_TAIL}")

DEADLINE_LABEL_PATTERN: str = rf"(?:{_DEADLINE_LABEL})"
"""A regex fragment (non-capturing) for a deadline label as written in running text."""


def first_chars(*fragments: str) -> str:
    """The characters a match of alternations of words may start with (for a cheap lookahead).

    Every alternative of the fragments above starts with a word of Han characters from an
    alternation, optional qualifiers included; the first character of each such word is
    collected. A lookahead on this class lets the regex engine skip other positions with one
    test instead of trying every alternative.
    """
    chars: set[str] = set()
    for fragment in fragments:
        for word in re.findall(r"[\u4e00-\u9fff]+", fragment):
            chars.add(word[0])
    return "".join(sorted(chars))


def flat_words(*fragments: str) -> list[str]:
    """The words of alternations of plain words (``(?:牵头|主责)``, ``负责``), for one flat alternation.

    Python's regex engine skips fast to where a match may start only when the pattern opens
    with a literal, or with a flat alternation whose every alternative does: ``牵头|主责|负责``
    is scanned in C, ``(?:牵头|主责)|负责`` (a nested group first) and a lookahead in front are
    tried at every character. Raises ``ValueError`` on a fragment that is more than words.
    """
    words: list[str] = []
    for fragment in fragments:
        body = fragment[3:-1] if fragment.startswith("(?:") and fragment.endswith(")") else fragment
        for word in body.split("|"):
            if not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                raise ValueError(f"not an alternation of plain words: {fragment!r}")
            words.append(word)
    return words


ROLE_LABEL_PATTERN: str = (
    rf"(?=[{first_chars(_LEAD_WORDS, _SUPPORT_WORDS, _RESPONSIBLE_WORDS, _QUALIFIERS)}])"
    rf"(?:{_LEAD_LABEL}|{_SUPPORT_LABEL}|{_RESPONSIBLE_LABEL})"
)
"""A regex fragment (non-capturing) for any role label (led by a lookahead on its first characters)."""

_LABEL_FIRST = first_chars(_LEAD_WORDS, _SUPPORT_WORDS, _RESPONSIBLE_WORDS, _QUALIFIERS, _DEADLINE_LABEL)

LABEL_PATTERN: str = rf"(?=[{_LABEL_FIRST}])(?:{ROLE_LABEL_PATTERN}|{DEADLINE_LABEL_PATTERN})"
"""A regex fragment (non-capturing) for any role or deadline label as written before ``：``/``:``."""

LABEL_OPEN_PATTERN: str = r"【?"
"""What may open a label: the bracket it stands in (【牵头单位】X)."""

LABEL_END_PATTERN: str = r"(?:\s*[：:]|】[ \t\u3000]*[：:]?)"
"""What ends a label before its value: a colon (``牵头单位：X``), or the close of the bracket the
label stands in, a colon after it or not (``【牵头单位】X``, ``【责任单位】：X``)."""

STANDARD_LABEL: dict[Role | str, str] = {
    Role.LEAD: "牵头单位",
    Role.SUPPORT: "配合单位",
    Role.RESPONSIBLE: "责任单位",
    # The same under the plain strings (a str-Enum member and its value hash differently).
    "lead": "牵头单位",
    "support": "配合单位",
    "responsible": "责任单位",
    "deadline": "完成时限",
}
"""The canonical label written for each role, and ``"deadline"``'s."""

ROLE_WORDS: tuple[str, ...] = tuple(flat_words(_LEAD_WORDS, _SUPPORT_WORDS, _RESPONSIBLE_WORDS))
"""Every role word, each of two characters; every role label holds one (a cheap test before labels are read)."""

ANNOTATION_HINT_WORDS: tuple[str, ...] = (
    *ROLE_WORDS,
    "指导",
    "负总责",  # 负责 with 总 inside (X负总责: the body that answers for the whole)
    *(w for w in _BODY_WORDS.split("|") if len(w) == 2),
)
"""Words one of which every responsibility annotation holds: each role word (as a label word or a
clause-final verb), 指导 (a verb of support, :func:`role_of_verb`), 负总责 and the body words of two characters
(单位, 部门 …); a cheap test before a bracket is read, which therefore knows every role word there is."""

ROLE_GROUP_PATTERN: str = (
    rf"(?:有关|相关)?(?:(?:主要|直接|{_LEAD_WORDS}|{_SUPPORT_WORDS})[和及、]?)?(?:{_LEAD_WORDS}|{_SUPPORT_WORDS}|责任|承办)"
    rf"(?:[（(](?:{_LEAD_WORDS}|{_SUPPORT_WORDS}|责任)[）)])?(?:单位|部门|科室|处室|股室)"
)
"""A regex fragment for the units of one role named as a group after 各 (``省政府各牵头部门``,
``各配合单位``, ``各责任单位``, ``各承办单位``: the units handling the matters a supervision hands out; a bureau's
sections, ``主办科室``, ``各协办处室``), the role word qualified by another (``各主要责任单位``, ``各牵头责任单位``,
``各协作和配合单位``), by 有关/相关 (``各相关责任单位``) or by a second role in brackets (``各责任（配合）单位``:
one group, the units of either role): the lead, supporting or responsible units of every task at once."""
ROLE_GROUP_RE = re.compile(ROLE_GROUP_PATTERN)
""":data:`ROLE_GROUP_PATTERN` compiled."""
ROLE_GROUP_FIRST: frozenset[str] = frozenset(first_chars(ROLE_GROUP_PATTERN))
"""The characters a match of :data:`ROLE_GROUP_PATTERN` may start with: the cheap test before it."""

LEAD_WORD_PATTERN: str = rf"(?:{_LEAD_WORDS})"
"""A regex fragment for the role words of a lead (牵头, 主责, 主办), as label words or verbs."""
SUPPORT_WORD_PATTERN: str = rf"(?:{_SUPPORT_WORDS})"
"""A regex fragment for the role words of a supporting unit (配合, 协同, 参与 …)."""

# A verb of doing the work after a role verb that ends a clause (X牵头落实, X牵头负责, Y配合实施): the role stays
# the role word's, as in a label (牵头落实部门, :func:`_role_label`).
_VERB_TAIL = r"(?:组织实施|负责|落实|实施)"
LEAD_VERB_PATTERN: str = rf"(?:{_LEAD_WORDS}){_VERB_TAIL}?"
"""A regex fragment for a clause-final verb of a lead (``牵头``, ``牵头负责``, ``牵头落实``, ``主办``)."""
SUPPORT_VERB_PATTERN: str = rf"(?:{_SUPPORT_WORDS}){_VERB_TAIL}?"
"""A regex fragment for a clause-final verb of a supporting unit (``配合``, ``配合落实``, ``协助实施``)."""
# A lead word closing a bracketed clause marks the lead whatever verb of the work follows it (X牵头推进, X牵头督办,
# a reworded copy's X牵头卖力), when that verb is no body word (X为牵头单位) nor a post (牵头领导, 牵头负责人).
LEAD_ANY_VERB_PATTERN: str = (
    rf"(?:{_LEAD_WORDS})(?!(?:责任)?(?:{_BODY_WORDS})|领导|负责人|人|事项|工作|任务)[\u4e00-\u9fff]{{1,4}}"
)
"""A regex fragment for a lead word and any verb of the work after it, for the end of a bracketed clause only
(``牵头推进``, ``牵头督办``): the clause's end bounds the verb, which running text would not."""

# Verbs that end a bracketed clause (X牵头，Y配合，Z负责): the role words again, as verbs.
_LEAD_VERB_RE = re.compile(rf"^(?:{_LEAD_WORDS})")
_SUPPORT_VERB_RE = re.compile(rf"^(?:{_SUPPORT_WORDS}|指导)")

LEAD_MARK_PATTERN: str = r"[★☆*＊]|[（(](?:牵头|主责)(?:单位|部门)?[）)]"
"""A regex fragment for the marks that flag the lead among listed units (``★区财政局``,
``区发展改革委*``, ``区财政局（牵头）``); they stand before or after the name."""

_POST_WORDS = r"责任|牵头|分管|联系|包保|包联|主管|挂点|挂钩|督办"
_PERSON_HEAD = r"具体|项目"  # (项目责任人: the person of a project, as 具体责任人)
_PERSON_WORDS = r"责任|联系|负责"
POST_LABEL_PATTERN: str = (
    # (the lookahead lets the regex engine pass over a position with one test, as for LABEL_PATTERN)
    rf"(?=[{first_chars(_POST_WORDS, _PERSON_HEAD, _PERSON_WORDS)}])"
    rf"(?:(?:{_POST_WORDS})(?:负责|责任)?(?:省|市|区|县|镇|乡)?级?(?:领导|领导同志|负责人)"
    rf"|(?:{_PERSON_HEAD})?(?:{_PERSON_WORDS})人)"
)
"""A regex fragment (non-capturing) for labels whose value names leaders or people, not bodies
(``责任领导：分管副市长``, ``牵头负责领导：…``, ``分管市领导：…``, ``责任人：…``)."""


_POST_LABEL_RE = re.compile(POST_LABEL_PATTERN)


@lru_cache(maxsize=1024)
def is_post_label(label: str) -> bool:
    """Whether a label or column name holds leaders' posts or people (责任领导, 牵头领导, 责任人).

    Args:
        label: the label or column name.

    Returns:
        True for post and person labels.
    """
    return _POST_LABEL_RE.fullmatch(_squash(label)) is not None


BY_DUTY_PATTERN: str = r"(?:按照|按|依照|依据|依|根据)(?:各自|自身)?职责(?:分工)?"
"""A regex fragment for the phrase that says each unit of a list acts within its own remit, between
the units and their duty (``按各自职责负责``, ``依据各自职责``, ``按照职责分工``)."""

DIVISION_LABEL_PATTERN: str = r"(?:责任分工|职责分工|任务分工|部门分工|单位分工|分工安排|分工)"
"""A regex fragment for labels whose value is a clause of roles (``责任分工：X牵头，各相关单位配合``)."""

LEAD_HEADING_WORDS: tuple[str, ...] = ("牵头", "主责", "负责")
"""The words a heading line naming the lead of the items beneath it ends with, before its tail."""
LEAD_HEADING_TAIL_PATTERN: str = (
    r"(?:的|落实的|推进的)?(?:事项|任务|工作|项目)(?:清单)?"
    r"(?:[（(]\s*(?:共)?\s*\d{1,3}\s*(?:项|条)\s*[）)])?"
)
"""A regex fragment for what follows a lead heading word (``事项（5项）``); it holds no such word."""
LEAD_HEADING_PATTERN: str = rf"(?:{'|'.join(LEAD_HEADING_WORDS)}){LEAD_HEADING_TAIL_PATTERN}"
"""A regex fragment for the end of a heading line naming the lead of the items beneath it
(``市农业农村局牵头事项（5项）``); the agencies come before it."""

# What the first unit is said to be: the lead (牵头单位, 牵头部门, 主责单位), a lead with a second part
# (牵头或汇总单位: it also gathers the others' reports), or the lead's verb alone (列第一位的单位牵头).
_LEAD_OF_FIRST = rf"(?:{_LEAD_WORDS})(?:(?:(?:或|和|及)..)?(?:{_BODY_WORDS}))?"
_FIRST_IS_LEAD = rf"(?:为|是)?{_LEAD_OF_FIRST}"
# A role word may stand between the rank and the body (第一责任单位, 排第一的牵头部门).
_FIRST_ROLE = r"(?:责任|牵头|主责)?"
LEAD_FIRST_PATTERN: str = (
    r"(?:列|排|排在|排名|排列|位列|列在|名列)(?:在)?(?:第一|首|第1)(?:位|个|名)?(?:的|者)?"
    rf"(?:{_FIRST_ROLE}(?:部门|单位))?{_FIRST_IS_LEAD}"
    rf"|(?:第一|首)(?:个|位)?{_FIRST_ROLE}(?:单位|部门){_FIRST_IS_LEAD}"
    rf"|第一个(?:为|是){_LEAD_OF_FIRST}"
)
"""A regex fragment for the rule that the first unit of each list leads, however it is worded
(``排在第一位的为牵头单位``, ``列第一位者为牵头或汇总单位``, ``排名第一的牵头``, ``第一个为牵头部门``,
``首位单位为牵头单位``, ``第一责任单位为牵头单位``)."""
LEAD_FIRST_RANKS: tuple[str, ...] = ("第一", "首", "第1")
"""The words of rank one of which every wording of the lead-first rule holds, at most
:data:`LEAD_FIRST_REACH` characters before its lead word (a cheap test before the rule is searched)."""
LEAD_FIRST_REACH = 10


def _squash(label: str) -> str:
    return squash(label or "").rstrip("：:")


@lru_cache(maxsize=1024)
def role_of_label(label: str) -> Role | None:
    """The role a label or column name denotes, by its role word.

    Args:
        label: ``牵头单位``, ``协同部门``, ``实施主体``, ``牵 头 部 门``, ``主责单位：`` …

    Returns:
        :class:`Role` — ``LEAD`` for 牵头/主责/主办 (and 主要责任), ``SUPPORT`` for 配合/协同/协办/协助/
        参与…, ``RESPONSIBLE`` for 责任/负责/实施/推进…; None for any other column
        (``完成时限``, ``序号``, ``牵头领导``).
    """
    s = _squash(label)
    if not s or len(s) > 16:
        return None
    if _LEAD_RE.fullmatch(s):
        return Role.LEAD
    if _SUPPORT_RE.fullmatch(s):
        return Role.SUPPORT
    if _RESPONSIBLE_RE.fullmatch(s):
        return Role.LEAD if _MAIN_RESPONSIBLE_RE.match(s) else Role.RESPONSIBLE
    return None


@lru_cache(maxsize=1024)
def is_deadline_label(label: str) -> bool:
    """Whether a label or column name names a deadline (完成时限, 时间节点, 进度安排 …).

    Args:
        label: the label or column name, spaces and a trailing colon allowed.

    Returns:
        True for deadline labels, False otherwise.
    """
    s = _squash(label)
    return bool(s) and len(s) <= 16 and _DEADLINE_RE.fullmatch(s) is not None


def role_of_verb(verb: str) -> Role:
    """The role a clause-final verb gives the units before it: ``牵头`` lead, ``配合`` support.

    Args:
        verb: the verb as written (``牵头负责``, ``配合落实``, ``按职责分工负责``).

    Returns:
        ``LEAD`` for a lead word, ``SUPPORT`` for a support word or 指导, else ``RESPONSIBLE``.
    """
    if _LEAD_VERB_RE.match(verb):
        return Role.LEAD
    if _SUPPORT_VERB_RE.match(verb):
        return Role.SUPPORT
    return Role.RESPONSIBLE
