"""Who owns which task: responsibility annotations, the clauses they govern, and prose assignments.

An annotation names the agencies that own the clauses before it:

- bracketed key/value lists: ``（责任单位：市科技局、市金融办）``,
  ``（牵头单位：X；配合单位：Y、Z）``, ``[牵头单位:…;责任单位:…]``,
  ``（负责部门：X；适用范围：…）``; one left open where a page or an excerpt ends, or its bracket
  lost, is read to the end of its line (``（牵头单位：X；责任单位：Y、Z、`` and the line ends);
- bracketed clauses ending in a role verb (any role word of :mod:`policykg.extract.roles`):
  ``（X牵头，Y、Z配合）``, ``（X主办，Y协办）``, ``（X、Y等负责）``,
  ``（X，各省级人民政府按职责分工负责）``, ``（由市科技局牵头）`` in a heading; a time clause after
  the roles is the deadline (``（X牵头，Y配合，年内持续推进）``, ``（…，2024年底前完成）``);
- label lines of their own under a task: ``牵头单位：…`` / ``责任单位：…`` /
  ``完成时限：…``;
- a sentence of roles alone after the task's sentence, on its line or the next:
  ``1.加快推进…建设。县发改局牵头，县财政局、县自然资源局配合。``;
- a sentence that refers back to its item, each body with a verb of its own:
  ``2、…的新闻报道。此项工作由市委宣传部部署，各新闻单位落实，市安监局综合处负责协调。``.

A report quoting the task a body owns (``如县发改局负责的“严格落实…。”``) makes the quoted words a task of
the bodies before 负责的; a tally of the projects in a body's charge (``X负责国债项目1个未开工``) is none.

The first annotation of an item governs the text since the item's start; each later one
the text since the annotation before it. A rule such as ``列第一位者为牵头单位`` makes
the first unit of every later list its lead; written as a note after a list's last unit
(``工商联（列第一位者为牵头或汇总单位，下同）``) it is no part of that unit's name. Sentences that assign work without an
annotation (``市科技局负责落实…``, ``有关专业计划由市发展改革委另行下达``) become ``prose``
tasks, but only outside annotated text and only when their subject is an agency the tables
know or a body the text names by its form: precision comes first. Regulations name their
subjects in forms of their own, all read here: a phrase between the subject and its duty
(``区（县）市容环境卫生管理部门在同级人民政府领导下，负责…``, ``X是…的主管部门，负责…``,
``X是…责任主体``, ``X受本级人民政府委托，负责…``), the government of the place concerned
(``由所在区人民政府负责``), functional authorities under a class of levels (``各级建设行政主管部门``,
``县级以上人民政府建设行政主管部门``, ``县（市、区）以上气象主管机构``), governments of several
tiers with one head (``市和区（县）人民政府`` = ``市人民政府`` + ``区（县）人民政府``) and lists
without 各 (``街道办事处、镇人民政府负责…``), a list before ``按各自职责``, an alias note
between subject and verb (``X（下简称Y）负责…``), internal units (``由财政部预算司负责``), a known
name after its level or the document's place (``市粮食和储备局``, ``兴庆区政府办公室``), authorities
of two tiers with one field (``市、区教育行政部门`` = ``市教育行政部门`` + ``区教育行政部门``), a subject
followed by 将 or a frequency (``X将…``, ``X每季度至少开展…``), a joint body or its office named by its
work, under a level or none, with any verb of duty (``领导小组办公室结合工作实际，…``), a phrase of leadership, ground or
purpose before the subject (``在…领导下，``, ``根据…的要求，``, ``围绕…，``), and leading clauses of any
words that name no owner of their own (``从2024年第二季度开始，各责任单位要…``, ``坚持全县“一盘棋”，…``); the duty's
modal may be 需, 务必 or a deadline (``各牵头单位于3月15日前将…报送``). The
unit before 会同/联合 and the partners after it own the work alike (no lead: only 牵头 and its kin mark
one), whatever verb of work follows, the partners' names cut before a verb (``会同X、Y审核后上报…``);
``由X`` + any verb of work names X, and ``资金由X、Y共同/分别…`` after the object too, or a verb closing the clause
(``医疗救助由民政部门主管``), maybe after the manner of the division of labour (``由X、Y按职责分工管理``, ``由X依照《…》分别…``,
``由X依照《…》明确的评分办法（附件3）分别评定``), or a team the units form (``由市委、市政府组成考核组组织实施``); a share
held, a post filled (``由X控股``, ``由X主要负责同志担任``) and the duties of another body set (``具体职责由市人民政府确定``)
give X no work;
partners joined by commas as by 、 (``会同县财政局,县公安局,…等有关部门``); the issuer naming itself, with work ahead
(``我厅会同…``, ``本委将…``: the one issuer of that head);
``…，X牵头、Y配合，…`` inside a sentence names both; a later clause's subjects own it (``…，县区政府和市行业主管部门是…的
责任主体``, ``…，区园林局按照…做好补偿``), and so does a body a later clause names by 由 (``…，会议要求由区教育局…``). A level's field authority (``县财政部门``), a
level and a bare field word (``省财政``), a group of the document's own units (``各成员单位``,
``省政府各牵头部门``, responsible like any collective: the role word names the document's own units and marks
no role in the sentence's work; bare, ``牵头单位适时…``, ``特别是牵头单位，要…``; two sharing
one 各, ``各牵头单位和汇总单位要…``; a time before its modal, ``各牵头单位从…起，要…``) and of a level's organs
(``县直机关各单位``) are subjects as well. The bodies a sentence reports asking or saying something
(``财政部、水利部要求，…``, ``X要求各地…``) own no work by it; a subject after them owns its duty. The
bodies a request names (``请各乡镇、县直各单位紧扣…``, ``望各责任单位…``, ``《通知》要求各责任单位…``) own
the work whatever verb follows, unless they are everyone addressed; the issuer handing the document's
tasks to its addressees (``…现下达给你们``) owns none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from policykg.extract.agencies import (
    ALIAS_NOTE_RE,
    BODY_LAST_CHARS,
    COUNTY_LEVEL_PATTERN,
    GROUP_LEVEL_PATTERN,
    JOINT_BODY_HEADS,
    LEVEL_CHARS,
    NAME_LAST_CHARS,
    PROVINCE_FIRST,
    RELATIVE_LEVELS,
    SECTION_HEADS,
    SHARED_HEAD_LIST,
    TIERS_AUTHORITY_LIST,
    TIERS_GOVERNMENT_LIST,
    WORK_BODY_PATTERN,
    ZONE_BODY_RE,
    ZONE_RE,
    canonical_agency,
    field_name_at,
    is_agency_name,
    is_collective,
    is_known_place,
    is_level_body,
    is_local_department,
    is_named_group,
    is_own_office,
    is_post,
    is_section_name,
    is_vague,
    level_prefix,
    looks_like_body,
    prefixed_name,
    province_at,
    province_of,
    split_fields,
    split_level_pair,
    split_tiers,
    under_own_place,
)
from policykg.extract.figure_tables import scored_tables
from policykg.extract.numbers import CN_NUMBER
from policykg.extract.patterns import OPENERS, REPORT_TITLE, SEE_POINTER, VERB_LED, split_outside_brackets
from policykg.extract.records import AgencyMention, Role, Section, Source, Task, evolve
from policykg.extract.roles import (
    ANNOTATION_HINT_WORDS,
    BY_DUTY_PATTERN,
    DIVISION_LABEL_PATTERN,
    LABEL_END_PATTERN,
    LABEL_OPEN_PATTERN,
    LABEL_PATTERN,
    LEAD_ANY_VERB_PATTERN,
    LEAD_HEADING_TAIL_PATTERN,
    LEAD_HEADING_WORDS,
    LEAD_MARK_PATTERN,
    LEAD_VERB_PATTERN,
    LEAD_WORD_PATTERN,
    POST_LABEL_PATTERN,
    ROLE_GROUP_FIRST,
    ROLE_GROUP_PATTERN,
    ROLE_GROUP_RE,
    SUPPORT_VERB_PATTERN,
    SUPPORT_WORD_PATTERN,
    flat_words,
    is_deadline_label,
    is_post_label,
    role_of_label,
    role_of_verb,
)
from policykg.extract.scan import LedRegex, LineRegex, first_class
from policykg.extract.structure import (
    MARKER_FIRST,
    MARKER_RE,
    SectionIndex,
    chunk_counter_at,
    parse_sections,
    without_chunk_counters,
)
from policykg.extract.table_cells import is_time
from policykg.extract.table_columns import is_status_column
from policykg.extract.targets import PLAN_HEADING, reviews_heading
from policykg.extract.task_tables import TableRow, find_table_rows, lead_first_rule
from policykg.extract.text import char_positions

_BRACKET_RE = re.compile(r"[（\[［【〔）\]］】〕\n]")
_MAX_ANNOTATION = 400
_RUN_ON_RE = re.compile(r"[：:、，,；;][ \t\u3000]*$")
# A document-sharing site's line counter at a line start (``2、``, ``3、``: the site numbers the lines of its
# text view). Inside an open annotation bracket it is layout, not a new item, when the bracket closes on the
# line it opens before any sentence ends (``（责任单位：市通信发展办、市工业和信息化局⏎2、、市自然资源和规划局）``,
# ``（责任单位：市通⏎3、信发展办、…）``, a name split by it): the break and the counter are read as blanks.
_LINE_COUNTER_RE = re.compile(r"[ \t\u3000]*\d{1,3}、")
_BROKEN_AT_COUNTER_RE = re.compile(rf"\n{_LINE_COUNTER_RE.pattern}")  # a line break, then such a counter
# Words one of which every annotation holds (the role table's, so no role word is missed): cheap filter
# before parsing.
_HINT_RE = re.compile("|".join(ANNOTATION_HINT_WORDS))
# The opening brackets worth reading for an annotation. Most brackets close before any other
# bracket or line break and hold no hint word (（一）, （2024年）): those are passed over by the
# regex engine. Any other bracket (with a hint word before its first inner bracket or line
# break, nested, broken over lines, unclosed) is read by :func:`_match_close`.
# (inside the bracket each character is tested against the words' first characters before the
# words are tried one by one)
_HINT_FIRST = "".join(sorted({word[0] for word in ANNOTATION_HINT_WORDS}))
_OPEN_RE = LedRegex(
    OPENERS,
    rf"(?:(?=[^（\[［【〔）\]］】〕\n]*?(?=[{_HINT_FIRST}])(?:{_HINT_RE.pattern}))"
    rf"|(?![^（\[［【〔）\]］】〕\n]{{0,{_MAX_ANNOTATION - 2}}}[）\]］】〕]))",
)
# A bracket of owners alone after a task's sentence, with no role word (…支持工业发展。（市工信局、市财政局）):
# read only where every item reads as a body's name and one at least is a body the tables know, or every
# item is a body written with its relative level (（镇农业农村办、镇环卫所）: a town's offices no table
# lists); each is responsible.
_BARE_OWNERS_RE = LedRegex("。；", r"（(?P<names>[^（）()\n。，,；;：:]{2,60})）")
# Key/value fields inside an annotation or on a line of their own: role and deadline labels
# (one table, :mod:`policykg.extract.roles`) and fields that are read past (适用范围).
_SKIP_LABELS = r"适用范围|适用对象|备注"
# (a post label is a label even where a semicolon is mistyped for its colon, 责任单位：X、Y；责任人；张三: a post, or a
# person, is never an agency)
_LABEL_RE = re.compile(
    rf"{LABEL_OPEN_PATTERN}(?P<label>{LABEL_PATTERN}|{POST_LABEL_PATTERN}|{_SKIP_LABELS})"
    rf"(?:{LABEL_END_PATTERN}|(?<=[人导志])[；;])"
)
# A label on a line of its own, or after the task's last sentence on its line (the label is
# searched first and the boundary before it checked, which is much cheaper than a lookbehind
# tried at every character).
# Post labels (牵头负责领导：…, 责任人：…) are label lines too: they close the task text and give
# posts, never agencies.
_LABEL_LINE_RE = LineRegex(
    rf"[ \t\u3000]*{LABEL_OPEN_PATTERN}(?P<label>{LABEL_PATTERN}|{POST_LABEL_PATTERN}){LABEL_END_PATTERN}(?P<value>[^\n]*)$"
)
_LABEL_AFTER_SENTENCE_RE = LedRegex(
    "。；", rf"[ \t\u3000]*{LABEL_OPEN_PATTERN}(?P<label>{LABEL_PATTERN}|{POST_LABEL_PATTERN}){LABEL_END_PATTERN}(?P<value>[^\n]*)$", re.MULTILINE
)
# A sentence of roles alone after a task's sentence, on its line or the next: 。县发改局牵头，县财政局、县自然资源局
# 配合。 / 。由县发改局牵头，县财政局配合。 — it annotates the sentences before it, as a bracket or a label line would.
# (a short bracket inside a name is part of it: 各县（市、区）人民政府配合)
# Found from its end (a role word right before 。 or a line break, rare) back to the sentence start:
# a scan from every 。 and line break would try the body at each of them.
_ROLE_END_WORDS = tuple(flat_words(LEAD_WORD_PATTERN, SUPPORT_WORD_PATTERN, "负责"))


def _after_words(mark: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """``mark`` where one of ``words`` ends right before it: a scan led by the literal ``mark``.

    (The words first, ``(?:牵头|…|负责)(?=。|$)``, make the engine stop at every 负, 主, 支 … of a
    document; ``。`` and the line break are rarer, and a look-behind tests the word at each.)
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    behind = "|".join(f"(?<=(?:{'|'.join(group)}){re.escape(mark)})" for group in by_length.values())
    return re.compile(f"{re.escape(mark)}(?:{behind})")


_ROLE_END_MARKS = (_after_words("。", _ROLE_END_WORDS), _after_words("\n", _ROLE_END_WORDS))
# (the sentence may name the work it assigns before 由: 具体工作由X牵头负责, 日常事务由X负责, 具体由X负责)
_ROLE_SENTENCE_RE = re.compile(
    rf"[ \t\u3000]*(?P<by>(?:具体|[^。\n由，,、（）()；;：:]{{0,6}}(?:工作|事项|事务|任务))?由)?(?P<value>(?:[^。\n（）()；;：:]|[（(][^。\n（）()；;：:]{{1,8}}[）)]){{2,160}}?"
    rf"(?:{LEAD_WORD_PATTERN}|{SUPPORT_WORD_PATTERN}|负责))"
)


# A sentence that refers back to its item's work and names who does it, each body with a verb of its own (此项工作由
# 市委宣传部部署，各新闻单位落实，市安监局综合处负责协调。, 此项工作由X、Y负责组织协调。, 这项工作由…, 该工作由…, 此项活动由…,
# 上述措施由…): it annotates the item's clauses before it, every body named owns them. (Found from its literal: a word
# of the work, then 由.)
_BACK_REFERENCE_NOUNS = ("工作", "任务", "活动", "措施", "事项")
_BACK_REFERENCE_WORDS = tuple(f"{noun}由" for noun in _BACK_REFERENCE_NOUNS)
_BACK_REFERENCE_RE = re.compile(
    rf"(?:(?:这|此|该|上述|以上)[项个]?|本项)(?:{'|'.join(_BACK_REFERENCE_NOUNS)})由"
    r"(?P<value>[^。\n]{2,160}?)(?:。|$)",
    re.MULTILINE,
)
# The word that points back, read backwards from the literal 工作由 (the longest: 以上项, 上述个)
_BACK_REFERENCE_LEAD_RE = re.compile(r"(?:(?:这|此|该|上述|以上)[项个]?|本项)\Z")


def _back_reference_matches(text: str) -> Iterator[re.Match[str]]:
    """The sentences of :data:`_BACK_REFERENCE_RE` in order, none overlapping: each literal of
    :data:`_BACK_REFERENCE_WORDS` is found, then the word before it that points back (the words are
    common, the pointing ones rare: the regex runs only where one stands)."""
    starts = set()
    for word in _BACK_REFERENCE_WORDS:
        i = text.find(word)
        while i >= 0:
            lead = _BACK_REFERENCE_LEAD_RE.search(text, max(i - 3, 0), i)
            if lead is not None:
                starts.add(lead.start())
            i = text.find(word, i + len(word))
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = _BACK_REFERENCE_RE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _back_references(text: str, issuer: tuple[str, ...]) -> Iterator[Annotation]:
    """The annotation of each sentence of :data:`_BACK_REFERENCE_RE`: the bodies that open its clauses, each with
    the role its verb gives (:func:`_duty_role`); none unless its first clause opens with bodies."""
    for m in _back_reference_matches(text):
        entries: list[tuple[str, Role, int, int]] = []
        for raw, at in split_outside_brackets(m.group("value"), _CLAUSE_SPLIT, m.start("value")):
            at += len(raw) - len(raw.lstrip())
            clause = raw.strip()
            names = _partners(clause, at, issuer, last=_ADDRESSEE_LAST, by_form=True)  # (各乡镇具体组织实施)
            if not names:
                break  # (the clauses after the bodies' own say how the work is done)
            role = _duty_role(clause[names[-1][2] - at :])
            entries += [(n, role, a, b) for n, a, b in names]
        if entries:
            ann = Annotation(m.start(), m.end(), entries=entries)
            if any(r is Role.LEAD for _, r, _, _ in entries):
                ann.explicit_lead = True
            yield ann


def _role_ends(text: str) -> list[int]:
    """Where a role word (牵头, 配合, 负责 …) ends right before a 。, a line break or the text's end, in order."""
    ends = [m.start() for regex in _ROLE_END_MARKS for m in regex.finditer(text)]
    if text.endswith(_ROLE_END_WORDS):
        ends.append(len(text))
    ends.sort()
    return ends


def _role_sentences(text: str) -> Iterator[re.Match[str]]:
    """Each sentence that is only roles (县发改局牵头，县财政局配合。) after a 。 or a line break."""
    last = -1
    for end in _role_ends(text):
        # (a role word holds no 。 nor line break: the last one before it is the last one before its end)
        start = max(text.rfind("。", 0, end), text.rfind("\n", 0, end)) + 1
        if start <= last or start == 0:
            continue  # the text's first sentence, or a sentence already read
        m = _ROLE_SENTENCE_RE.fullmatch(text, start, end)
        if m is not None:
            last = start
            yield m


_LINE_LEAD_RE = re.compile(r"(?:^|[\n。；])[ \t\u3000]*$")
# 责任分工：X牵头，各相关单位配合 — a label whose value is a clause of roles, in brackets or in the text.
_DIVISION_RE = re.compile(rf"^{DIVISION_LABEL_PATTERN}\s*[：:]")
_DIVISION_TEXT_RE = re.compile(
    rf"{DIVISION_LABEL_PATTERN}\s*[：:](?P<value>[^。\n（）()]{{2,300}})[。]?", re.MULTILINE
)
# A heading line naming the lead of the items beneath it: 市农业农村局牵头事项（5项）.
# (its end is searched first, one regex per heading word: each starts with a literal the regex
# engine finds fast, where one alternation of the words is tried at every character; the names
# before it are then read on the line)
_LEAD_HEADING_RES = tuple(
    re.compile(rf"{word}{LEAD_HEADING_TAIL_PATTERN}[ \t\u3000]*$", re.MULTILINE) for word in LEAD_HEADING_WORDS
)
_HEADING_WHO_RE = re.compile(r"[ \t\u3000]*(?P<who>[^\n，。；：:]{2,60})")
_ITEM_LINE_RE = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)]|[（(][一二三四五六七八九十]+[）)])", re.MULTILINE)
_TOP_HEADING_RE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|附件|附表)", re.MULTILINE)
# A clause that ends with a role verb: (items)(verb); 负总责 (answers for the whole) is 负责.
# How the bodies of such a clause share the work, before its verb (X、Y按职责分工负责, X、Y分别落实), the remit
# and the manner both written (乡镇人民政府按职责分工分别负责).
_SHARE_OF_WORK = rf"(?:{BY_DUTY_PATTERN}(?:分别|共同)?|分别|共同|各自|分工)"
_VERB_CLAUSE_RE = re.compile(
    rf"^(?P<items>.+?)(?P<verb>总?(?:{LEAD_VERB_PATTERN}|{LEAD_ANY_VERB_PATTERN})|{SUPPORT_VERB_PATTERN}|指导"
    rf"|等?{_SHARE_OF_WORK}?负总?责(?:落实|实施|推进|组织实施)?"
    rf"|等?{_SHARE_OF_WORK}?(?:抓好)?(?:落实|组织实施))$"
)
# Trailing notes of an annotation: 下同, 以下…不再列出.
_NOTE_RE = re.compile(r"^(?:下同|以下|其中|注|含|不再|同上|此项|该项)")
# An aside in brackets after a name that sends the reader elsewhere (市安委会有关成员单位（详见任务分工）要…): no part
# of the name, nor of the words between the subject and its duty.
_ASIDE = rf"[（(]{SEE_POINTER}[^（）()\n]{{1,16}}[）)]"
_ASIDE_RE = re.compile(_ASIDE)
# A note in brackets after a subject of what it includes (全市各级行政执法机关（包括法律、法规授权的…组织）应当…): no part of
# the name, it stands between the subject and its duty as an aside does.
_INCLUDES = r"[（(]包括[^（）()\n]{1,80}[）)]"
_INCLUDES_RE = re.compile(_INCLUDES)
# (the later work may be named by any noun of a plan's items: 以下政策措施均需X落实, 以下各项措施, 以下事项)
_DEFAULT_RE = re.compile(
    r"^以下(?:各项|所有)?(?:政策措施|政策|措施|举措|事项|工作|任务)?(?:均|都)?(?:需|由|要)?"
    r"(?P<who>[^，。；,;]{2,40}?)(?:负责)?(?:落实|实施)"
)
_SHARED_HEAD_RE = re.compile(SHARED_HEAD_LIST)
_TIERS_AUTHORITY_RE = re.compile(TIERS_AUTHORITY_LIST)
_TIERS_GOVERNMENT_RE = re.compile(TIERS_GOVERNMENT_LIST)
_CLAUSE_SPLIT = re.compile(r"[，,；;。]")
# (a group of the bodies concerned joined last is one more item: 各镇、街道和有关部门; not one that a 的 makes the
# qualifier of a body after it: 和有关部门、单位的相关机构)
_ITEM_SPLIT = re.compile(r"[、，,；;]|(?<=等)和|(?<=等)及|[和及](?=各|(?:有关|相关)(?!.*的))")
# 市科技局等, 市科技局等有关部门和单位: a list left open.
_ETC_RE = re.compile(r"^(?P<name>.+?)等(?P<rest>.*)$")
_ETC_REST_RE = re.compile(r"有关部门和单位|相关部门和单位|单位|部门")
_VAGUE_PAIR_RE = re.compile(r"(?:有关|相关)部门和单位")
# The county tier named by its level words, a bracket spelling out the others: 县（市、区）, 区（县）, 旗县（市、区）.
_COUNTIES_RE = re.compile(rf"(?:县|区|市|旗){{1,2}}(?:（{COUNTY_LEVEL_PATTERN}(?:、{COUNTY_LEVEL_PATTERN})*）)+")
# Levels after 各… that 各 carries to (各区、县级市: 各县级市), by their government's name too (各乡镇人民政府、街道办事处:
# 各街道办事处); a 开发区/园区 is one body, not a level.
_BARE_LEVEL = re.compile(r"^(?:(?:市|区|县|县级市|县（市）|镇|乡|乡镇|街道|街镇)(?:人民政府|政府)?|街道办事处)$")
# The levels written bare (区、镇、街道), and those of them a bare list names as the issuer's own body (市, 省).
_BARE_LEVEL_WORDS = frozenset(("市", "区", "县", "县级市", "镇", "乡", "乡镇", "街道", "街镇"))
_OWN_LEVEL_WORDS = frozenset(("市", "省"))
# Grassroots units that 各 distributes over as it does over levels (各村、社区: 各村 + 各社区), each a collective with 各
# before it; not a zone, which a list may name as the one body it is (各街镇、开发区: the district's zone, eval dev 25).
_EACH_KIND = re.compile(r"^(?:村|社区|村（社区）|村（居）|村居|居委会|村委会)$")
# An adverb of a subject sharing the work before its duty: 县政府也要…, 各县区、各部门都要…, X、Y均应….
_ALSO = "也|还|亦|都|均"
# Prose: a sentence whose subject is an agency, followed by a verb of duty.
# A duty done at a set frequency, which needs no modal: 每季度开展…, 每月召开…, 每两月将…报送….
_EVERY_PERIOD = r"每(?:年|半年|季度|季|月|周|旬|[两二三四五六半]个?(?:年|月|季度|周))"
_FREQUENT_DUTY = (
    rf"{_EVERY_PERIOD}(?:至少|不少于|定期)?[^，。；]{{0,4}}?"
    r"(?:开展|组织|召开|进行|检查|督查|报告|通报|发布|将|报送|上报)"
)
# A duty done period by period (按季度对…进行自查, 按月报送…).
_BY_PERIOD_DUTY = r"按(?:季度|季|月|年度|年|周|旬|半年)[^，。；,;]{0,30}?(?:进行|开展|报送|上报|通报)"
# A deadline in place of a modal: 各牵头单位于3月15日前将…报送, 各市（州）于6月20日18：00前通过…, 于每季度末前报送;
# not a time in a modifier (X于2024年8月31日以前制定的规范性文件…: the bodies only made the documents).
_DEADLINE_DUTY = r"于(?:(?:19|20)\d\d年)?(?:\d{1,2}月|每|年底|年末|月底)[^，。；,;]{0,12}?(?:前|之前)(?![^，。；,;]{0,2}?(?:制定|印发|出台|发布|作出|形成|颁布|签订)的)"
# The modals of a duty a subject is given beyond 要/应/须: 需 (not 需求), 务必.
# (所需 is what is needed: 场所需…, 所需资金)
_MORE_MODALS = rf"(?<!所)需(?!求)|务必|{_DEADLINE_DUTY}"
# The modals of a rule's duty (应当, 应 but not 应急/应用/应对, 必须, 须), one list for every reader of a duty; they
# may stand after a pause or a condition rather than straight after its subject (市、县区草原行政主管部门，应当…; X发现…的，应当…).
_RULE_MODAL = r"应当|应(?!急|用|对)|必须|须"
# 负责 as a verb of duty, not the head of the post 负责同志/负责人 (X负责同志列席会议: an attendance note; X负责人
# 要…, X负责人，…, X负责人在履行…职责的同时，…: the post's duty); 负责人工影响天气, 负责人才引进 are duties again.
_TAKES_CHARGE = r"负责(?!同志|类(?!似)|人(?:[^\u4e00-\u9fff]|[和及与为是要应须参列出等在])|人$)"
# A power a rule gives its subject: 标准计量行政主管部门行使饲料产品质量监督权, 行使…职权 (a duty), 相对集中行使…权.
_EXERCISE = r"(?:相对)?(?:集中)?行使[^，。；,;]{1,20}?(?:权|职权|职责)"
# X是…的主管部门 as a clause of its own (，Y在X领导下…, or the sentence's end): X owns the field, even when
# the duty that follows is another body's; not before a list of duties (，主要履行以下职责：), whose items
# are the tasks.
_AUTHORITY = r"[^，。；]{0,30}?(?:主管|监督管理)(?:部门|机构|机关)(?:[。；;]|$|[，,](?![^，。；：]{0,20}[：:]))"
# (a period straight after the subject is a duty at that frequency whatever its verb: X每周编发二期简报; X结合
# 工作实际，…; X组成若干个小组分别对…开展督查: the work split among teams the subject forms)
# A condition between a subject and a request of its duty: X如在排查中发现…，请及时上报. Not a notice's closing line,
# whose condition is the reader's own question or wish and whose request is to get in touch or ask leave (X如有疑问，
# 请与Y联系; 如对本报告有疑问，请联系…; X如需调整，请报Y同意): the reader may, no duty.
_IF_ASKED = r"如(?!有(?:疑问|问题|意见|建议)|需)[^，。；,;]{1,30}?[，,]请(?!与|联系|咨询)"
# The subject's own step first, then the modal of its duty: 各承办单位办理完要…, 承办单位收到交办的建议后要….
_OWN_STEP = r"(?:办理|处理|办结|收到|接到|完成)[^，。；,;]{0,16}?(?:完毕|完|后)[，,]?(?=要|应当|应|须|必须)"
_PROSE_VERB_RE = re.compile(
    # (units listed as one subject may split or share the work: X、Y分别负责…, X、Y共同做好…; 主要负责人 is a post)
    rf"(?:(?:分别|共同|各自)(?=负责|牵头|做好|抓好|承担|落实|组织|推进|制定|要|应|须|必须))?(?:要|应当|应(?!急|用)|须|需|必须|{_TAKES_CHARGE}|牵头|具体{_TAKES_CHARGE}|主要负责(?!同志|人)|统一|会同|联合|做好|抓好|承担|作为|对|切实|积极|加快|抓紧|及时|适时"
    r"|结合[^，。；]{0,8}?实际|组成[^，。；]{1,8}?组(?!成|长)"
    rf"|{_EVERY_PERIOD}|{_MORE_MODALS}"
    rf"|依法|{BY_DUTY_PATTERN}|指导|协调|督促|组织|制定|推进|落实|加强|配合|将|在|根据|按照|遵照|依照|通过|开展|完成|履行|定期|主管"
    rf"|{_BY_PERIOD_DUTY}"
    rf"|受(?=[^，。；]{{1,20}}?委托)|{_EXERCISE}"  # X受本级人民政府委托，负责…
    # X发现…的，应当…: a rule's condition between its subject and the modal
    rf"|(?:发现|接到|收到)[^，。；]{{1,30}}?的[，,](?={_RULE_MODAL})|{_IF_ASKED}|{_OWN_STEP}"
    r"|为(?=[^，。；]{0,30}?(?:主管|责任|牵头)(?:部门|单位|主体))|是(?!指)(?=[^，。；]{0,40}?(?:部门|机构|单位|机关)[，,](?:主要|具体)?(?:负责|承担)"
    rf"|{_AUTHORITY}"
    r"|[^，。；]{0,30}?(?:责任|牵头)(?:主体|单位|部门)|[^，。；]{0,30}?的主体(?=[，,。；]|$))"
    r"|原则上)"
)
_UNNAMED_TIER_RE = re.compile(r"[上下]一?级")
# How the bodies after 由 do the work, between them and its verb (由X、Y按职责分工管理, 由X依照《…》评定).
# (the rule may go on to the method it sets, and a bracket pointing to it: 依照《…办法》明确的评分办法（附件3）)
_BY_MANNER = (
    r"按(?:照)?(?:各自)?职责(?:分工)?|(?:依照|依据)《[^《》]{1,60}》"
    r"(?:(?:规定|明确|确定)的[^，。；,;由《]{1,16}?(?:办法|标准|程序|要求|规定)(?:（[^（）。，]{1,8}）)?)?"
    # (the ground the bodies set a rule on: 具体范围由各省级人民政府根据本地实际情况规定)
    r"|(?:根据|依据|结合)[^，。；,;由《》]{1,30}?(?=规定|确定|制定|明确)"
    # (the document the work goes by, then 进行: 由X根据《…情况表》的企业名单进行牵头排查)
    r"|(?:根据|依照|依据|按照)《[^《》]{1,60}》(?:的[^，。；,;由《》]{1,12}?)?进行"
)
# (共同/分别 before the verb mark the units as its doers wherever 由 stands: 资金由X、Y共同管理使用; a body
# 由X、Y共同组成 is made of them, not their work; a rule's 由X管辖 gives X the cases)
_PROSE_BY_RE = re.compile(
    # (a body after 向 is whom the work goes to, not its doer: 由X向Y提出申请 is X's)
    # (a name holds no book title: 由公安机关依据《…治安管理处罚法》予以查处 is read by the names before 依据)
    r"由(?P<who>[^，。；由向《]{2,40}?)"
    # (作为…主体 and 提出 a plan name the body that does the work as well: 由X作为评估主体, 由…领导小组提出具体方案)
    # (the manner of a division of labour may stand between the units and the verb: 由X、Y按职责分工管理, 由X依照《…》
    # 分别评定, 由X分头负责; 主管 and 管理 give the units the field or the funds: 医疗救助由民政部门主管)
    rf"(?:{_BY_MANNER})?"
    # (制定, 确定 and 明确 a standard or a rule are work as well: 收费标准由市物价局制定基准价)
    # (负责同志, 负责人 are the body's post, which fills a post, 由X负责同志担任: no duty of X)
    # (a verb that opens the rest of a party committee's department is part of its name: 由市委组织部负责, 由党委组织
    # 部门负责, 由县委统一战线工作部负责; 组织部署 is the verb again)
    r"(?P<verb>牵头|负责(?!同志|人)|另行|统一(?!战线)|会同|组织(?!部(?!署))|具体负责(?!同志|人)|落实|承担|共同(?!组成|构成)|分别(?!组成|构成)|分头|管辖|作为|提出"
    r"|制定|确定|明确|(?<![按照依据有])规定(?![的了])"
    # (a penalty the body imposes: 由X责令改正, 由X处罚, 由X处以罚款, 由X处1000元罚款)
    r"|责令|处罚|处(?=以|\d|[一二两三四五六七八九十百千万]{1,6}元)"
    # (a team the bodies form to do the work, as after a subject: 年终考核由市委、市政府组成考核组组织实施; not the
    # members of a body, 领导小组由X、Y组成)
    r"|组成[^，。；,;由]{1,8}?组(?!成|长)"
    # (closing the clause: not the 管理 of a name, 由资金管理部门报…, nor of the words after it, 由X按林业管理要求…)
    r"|(?:主管|代管|管理(?:使用)?)(?=[，。；,;]|$))"
)
_RULE_MAKING = frozenset({"制定", "确定", "明确", "规定"})
# A lead and its supporters named for a group of tasks: 由所涉及的省政府办公厅、…等省级主管部门（单位）
# 牵头完成自查报告，其他相关部门（单位）配合 / 由街镇（园区）牵头，区绿化市容局配合落实.
_PROSE_GROUP_RE = re.compile(
    r"由(?:所涉及的|所涉|有关的?|相关的?)?(?P<lead>[^，。；由]{2,300}?)牵头(?P<what>[^，。；]{0,60})，"
    rf"(?P<support>[^，。；]{{2,80}}?)(?:负责)?{SUPPORT_WORD_PATTERN}"
)
# 由 opening a clause (not 由X核准的证明 in brackets, nor 理由/缘由): after the sentence's start, a comma, an adverb, or
# a request (…，会议要求由区教育局抓紧…).
_BY_AT_RE = re.compile(r"(?:^|(?<=[，,并均再则请])|(?<=统一|一律|要求))由(?=[\u4e00-\u9fff])")
# 由 after the step before it in a chained procedure: 由X报区政府批准后由Y统筹安排.
_BY_AFTER_STEP_RE = re.compile(r"(?<=后)由(?=[\u4e00-\u9fff])")


def _clause_bys(body: str) -> list[re.Match[str]]:
    """The 由 that open a clause (:data:`_BY_AT_RE`), and those after the step of a 由 earlier in the same clause
    (由X报区政府批准并清算后由Y统筹安排: a chain of owners); a 后由 in a clause of its own (建设单位…申报，…，待…签字
    后由镇规建办出具…: an applicant's procedure) is left, as eval dev 22 leaves it."""
    bys = list(_BY_AT_RE.finditer(body))
    if bys and "后由" in body:
        for m in _BY_AFTER_STEP_RE.finditer(body, bys[0].end()):
            prev = max((b for b in bys if b.start() < m.start()), key=lambda b: b.start())
            if not _CLAUSE_END_RE.search(body, prev.end(), m.start()):
                bys.append(m)
        bys.sort(key=lambda m: m.start())
    return bys
_CLAUSE_END_RE = re.compile(r"[，,。；;]")
_REPORT_RE = re.compile(r"[报向经送]")


# The few words of a verb between 由X负责 and the 的 that makes the whole a noun's qualifier (负责处置的).
_QUALIFIER_REACH = 6


def _qualifies_noun(body: str, at: int) -> bool:
    """Whether the verb phrase after ``由X负责`` at ``at`` closes with 的 within a few characters of its clause
    (``需由县人民政府负责处置的洪水灾害``): a qualifier of the noun after it, not an assignment."""
    k = body.find("的", at, at + _QUALIFIER_REACH + 1)
    return k >= 0 and not _CLAUSE_END_RE.search(body, at, k)


def _makers_qualify_noun(body: str, at: int) -> bool:
    """Whether the rule-making verb ending at ``at`` (由X制定, 由X确定) qualifies a noun: 的 right after it
    (由市物价局制定的收费标准), or another maker's step after 、 closing with 的 in its clause (由X确定、Y审核
    后的目录); not 由市物价局制定本市的收费标准, a duty whose object holds a 的."""
    nxt = body[at:at + 1]
    if nxt == "的":
        return True
    if nxt != "、":
        return False
    end = _CLAUSE_END_RE.search(body, at)
    k = body.find("的", at, end.start() if end else len(body))
    return k >= 0


# What a body sets for others when it sets their duties: 具体职责由X确定, 各成员单位职能由X另行明确.
_DUTY_WORDS = ("职责", "职能")
_SETS_AFTER_ANOTHER = ("确定", "规定", "明确", "制定")


def _defines_duties(body: str, pm: re.Match[str]) -> bool:
    """Whether the 由X of ``pm`` (:data:`_PROSE_BY_RE`) only sets the duties its clause names before 由 (具体职责由市
    人民政府确定, 职责由X另行规定): the duties are another body's, the one that will set them owns none."""
    verb = pm.group("verb")
    if verb not in _RULE_MAKING and not (verb == "另行" and body.startswith(_SETS_AFTER_ANOTHER, pm.end())):
        return False
    # (the duties are the subject 由 follows, 具体职责由…: not words earlier in the clause, 根据职责分工由X制定…)
    before = body[max(0, pm.start() - 4) : pm.start()]
    return any(before.endswith(w) for w in _DUTY_WORDS)


def _runs_over_verb(name: str) -> bool:
    """Whether a name by its form runs on over a verb of passing work on (由街道报区…委员会核定, 会同X、Y审核后
    上报财政部): a name the tables lack that holds 报/向/经/送."""
    return _REPORT_RE.search(name) is not None and not canonical_agency(name)[2]


# Words before a level that name the place concerned, not a body of their own: 所在区人民政府.
_WHERE_LOCATED = frozenset({"所在", "所属", "当地", "属地"})
_BY_PLACE_RE = re.compile(rf"由(?:{'|'.join(_WHERE_LOCATED)})")


def _level_names(who: str, at: int, issuer: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The bodies of a list after 由 that the recogniser does not give whole (``市、区人民政府``: two
    tiers with one head; ``各镇、街道城市运行管理中心、工业园区综合管理服务办公室``: a head shared, a body by its form),
    when every one is written under a level, a group of each level's units or known to the tables, or one body by its
    form (:func:`_by_form_body`) beside one such; else none."""
    agencies, _, _, clean = parse_names(who, base=at, issuer=issuer)
    if not clean or not agencies:
        return []
    sure = [n.startswith(_LEVEL_WORDS) or canonical_agency(n, issuer=issuer)[2]
            or (n[-1] in "镇乡道" and _TOWN_RE.fullmatch(n) is not None) for n, _, _ in agencies]
    if not all(sure) and not (
        any(sure) and all(s or _by_form_body(n, issuer) for s, (n, _, _) in zip(sure, agencies, strict=True))
    ):
        return []
    return [(a, b, n) for n, a, b in agencies]


# Which body of its kind a case goes to, before the body after 由: 由违法行为发生地的…, 由最先立案的….
_BY_SITE_RE = re.compile(r"[^，。；,;由的]{1,10}?的")


# The few words of a verb between 由X and a 的 that makes them a noun's qualifier (由X核准的, 由X统筹安排的).
_BY_QUALIFIER_REACH = 4
# A body that a 的 names after the words that follow 由X (由县级以上人民政府主管…工作的部门).
_OF_BODY_AFTER_RE = re.compile(r"的(?:部门|机构|机关|单位|组织)")


# A post written after a body's name (县政府领导, 全国委员会主席, 县政府办公室主任): the person, not the body.
_POST_AFTER = r"领导(?!小组)|主席|主任|书记|负责人|负责同志|副|[省市县区镇乡局处科厅部组]长|(?:主要|分管)(?:领导|负责同志|负责人)"
_POST_AFTER_RE = re.compile(_POST_AFTER)


#: The verbs that close a clause of a post filled by a body's leaders (由X主要负责同志兼任).
_FILLS_POST = ("担任", "兼任")
# Verbs after 由X that give X no work: a share held (由X控股, 由X参股), a post filled by its people or a person named by
# it (由X担任, 由X任命): a state of ownership or a seat, not a duty.
_NOT_WORK_AFTER_BY = ("控股", "持股", "参股", *_FILLS_POST, "任命", "任免")


def _fills_post(body: str, pos: int) -> bool:
    """Whether the clause after the names of ``由X`` (they end at ``pos``) closes with a verb of filling a post
    (由X常务副职和分管副职担任, 由X主要负责同志兼任): the leaders of X hold a post, X owns no work."""
    if "任" not in body[pos : pos + _POST_CLAUSE_REACH]:
        return False  # (a cheap test first: most clauses after 由X hold no 担任 or 兼任)
    stop = _CLAUSE_END_RE.search(body, pos)
    end = stop.start() if stop else len(body)
    return end - pos <= _POST_CLAUSE_REACH and body[pos:end].rstrip().endswith(_FILLS_POST)


#: How far the verbs of a post filled (:data:`_FILLS_POST`) may stand after the body.
_POST_CLAUSE_REACH = 20


def _by_qualifies(body: str, by: int, pos: int) -> bool:
    """Whether the words after ``由X`` (the names end at ``pos``, 由 stands at ``by``) qualify a noun with 的 rather
    than assign work: anywhere in the clause where 由 opens the sentence or follows an adverb (由X核准的证明, 由X拨付
    给各区的资金); within a few characters where a comma stands before 由, which opens an assignment of its own
    (…的，由公安机关依法给予相应的行政处罚)."""
    stop = _CLAUSE_END_RE.search(body, pos)
    end = stop.start() if stop else len(body)
    if by and body[by - 1] in "，,":
        k = body.find("的", pos, pos + _BY_QUALIFIER_REACH + 1)
        # (…的部门 names the body: 由县级以上人民政府主管农村能源工作的部门配合…)
        return (k >= 0 and k < end) or _OF_BODY_AFTER_RE.search(body, pos, end) is not None
    return "的" in body[pos:end]


def _by_names(body, spans, done, groups) -> list[tuple[str, Role, int, int]]:
    """The units named after 由 whatever verb of work follows (统一由铁道部运输局审核、颁发; 由X根据…提出).

    The names must follow 由 at once, joined only by 、/和/及/与, and a verb (a Han character that is
    no 的/等/之) must follow them; 由X牵头/负责/会同… are read by :data:`_PROSE_BY_RE` first.
    """
    out: list[tuple[str, Role, int, int]] = []
    for m in _clause_bys(body):
        if m.start() in done or any(g.start() <= m.start() < g.end() for g, _ in groups):
            continue
        pos, names = _past_own_unit(body, m.end()), []
        site = _BY_SITE_RE.match(body, pos)
        if site and body[site.end() - 2 : site.end()] == "地的" and any(a == site.end() for a, _, _ in spans):
            pos = site.end()  # 由违法行为发生地的区市场监管局管辖: the body of the place where it happens
        for a, b, n in spans:
            if a < pos:
                continue
            if a != pos:
                break
            names.append((a, b, n))
            pos = b + (1 if body[b : b + 1] in "、和及与" else 0)
        if not names or pos != names[-1][1]:
            continue
        nxt = body[pos : pos + 1]
        if not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的等之门":
            continue  # (民政部门: a name cut short)
        if _POST_AFTER_RE.match(body, pos) or body.startswith(_NOT_WORK_AFTER_BY, pos):
            continue  # 由县政府领导亲自带队: a post of the body (a leader), no body; 由X控股: no work
        if _fills_post(body, pos):
            continue  # 设立副总河长，由同级政府常务副职担任: the body's leaders fill a post, no work of the body
        if _by_qualifies(body, m.start(), pos):
            continue  # 由X核准的证明: a qualifier, not an assignment
        if any(not canonical_agency(n)[2] and not looks_like_body(n) or _runs_over_verb(n) for _, _, n in names):
            continue  # 由街道报区…委员会核定: a name by its form that runs over a verb
        out += [(n, Role.RESPONSIBLE, a, b) for a, b, n in names]
    return out


# A class of levels' governments after 由 (由县级以上人民政府确定…, 由有关县级人民政府共同协商…), or a 、-list of levels
# with their head written once (由市、县区人民政府列入…: one collective, eval/README): the tables know no such name, which
# a rule gives its duties to as it gives them to a named body.
_BY_LEVEL_RE = re.compile(r"由(?P<who>(?:有关|相关)?[^，。；,;由的]{1,12}?(?:人民政府|政府|办事处))(?=[\u4e00-\u9fff])")


def _with_level_bodies_by(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` and the class of levels' governments named after 由 that no span covers (:data:`_BY_LEVEL_RE`); a span
    inside a 、-list of levels (区人民政府 of 市、县区人民政府) gives way to the list."""
    extra, inside = [], set()
    for m in _BY_LEVEL_RE.finditer(body):
        level = m.group("who").removeprefix("有关").removeprefix("相关")
        if not is_level_body(level) or _BARE_LEVEL.match(level):  # (由市政府发布: one level's government, the tables')
            continue
        a0, b0 = m.span("who")
        over = [sp for sp in spans if sp[0] < b0 and a0 < sp[1]]
        if over and ("、" not in level or any(sp[0] < a0 or sp[1] > b0 for sp in over)):
            continue
        extra.append((a0, b0, m.group("who")))
        inside.update(over)
    if not extra:
        return spans
    return sorted([sp for sp in spans if sp not in inside] + extra)


# A body named after 由 by its form alone, which the tables lack and no level need open (minutes, notices and rules name
# the owners of a step so: 由国土局负责落实, 由统筹办、新农办组织…, 由公安机关依据《…》予以查处, 由环保部门依据…责令改正, 由县级
# 以上人民政府林业主管部门责令…, 由经济开发区和国土局负责…, 由…工作领导小组提出…, 由各承办单位直接答复…, 由梓潼县自然资源局作为…):
# a few words and a body's head, not run on into a further head (区教育局办公室 is one name).
#: The heads of zones that are bodies (a development zone's committee acts as one: 由高新区…).
_ZONE_HEADS = ("开发区", "高新区", "经开区", "示范区", "新区", "园区")
_BY_FORM_HEADS = (
    rf"{ROLE_GROUP_PATTERN}|人民政府|政府|办事处|主管部门|部门|机关|办公室|管委会|{'|'.join(_ZONE_HEADS)}"
    rf"|{'|'.join(JOINT_BODY_HEADS)}|局|办|委|厅"
)
# (no 和/及/与 inside: they join two bodies here, 由高新区和规划局…)
# (the units of one role, named bare, are a whole name: 由主办科室负责…)
_BY_FORM_ITEM_RE = re.compile(
    rf"(?![于此衷来该本其我])(?:{ROLE_GROUP_PATTERN}|(?:(?![和及与])[\u4e00-\u9fff“”]){{1,14}}?(?:{_BY_FORM_HEADS}))"
    # (the 处 of 处以/处罚/处N元 is a verb, not a division's head: 由交通主管部门处以罚款, 由公安机关处1000元罚款)
    r"(?![\u4e00-\u9fff]?(?:局|委|办|厅|中心|公司|集团|会|室|队|站|所|处(?![以罚理置分\d一二两三四五六七八九十百千万])|部门|机关|单位|小组|政府))"
    # (a body's post is no body: 由全国委员会主席…, 由县政府领导…)
    rf"(?!{_POST_AFTER})"
    # (a head of one character that opens a word with the next is no head: 办学, 办理, 委托, 局部)
    r"(?<![办委局厅](?=[学理法事好结案托派部面势限]))"
)
# A bare office's name by its form is short (国土局, 统筹办, 城管执法局): longer words before a head of one character
# are a phrase (由参照普通教育办学模式向…转变), unless they open with a place (梓潼县自然资源局).
_BARE_OFFICE_MAX = 6
# (a field's authority or organs and a zone are bodies whatever the words before their head: 环保部门, 高新区)
_FIELD_OR_ZONE_HEADS = ("部门", "机关", *_ZONE_HEADS)
# (上级部门, 上述机关: which body is meant the words do not say)
_NOT_ONE_BODY = "上级|下级|上述|有关|相关|其他|其它"
_BY_FORM_NOT_RE = re.compile(_NOT_ONE_BODY)
_CLASS_OF_LEVELS_RE = re.compile(r"[省市县区乡镇][^，。；]{0,6}?以上")


def _by_form_body(name: str, issuer: tuple[str, ...]) -> bool:
    """Whether ``name``, read after 由 by :data:`_BY_FORM_ITEM_RE`, names one body: a name the tables know, a group
    of units that is not everyone addressed (各承办单位, 县级以上人民政府林业主管部门), or a body by its form that is
    no clause, no generic authority (政府部门, 主管部门) and no purpose (保障…部门)."""
    if name[0] in LEVEL_CHARS and not name.startswith("市场") and not _CLASS_OF_LEVELS_RE.match(name):
        # (a name under one level is the recogniser's to read, known or by its form; a class of levels' authority
        # it does not read: 县级以上人民政府林业主管部门)
        return False
    if canonical_agency(name, issuer=issuer)[2] and not is_vague(name):
        return True
    if name[:1] in ROLE_GROUP_FIRST and ROLE_GROUP_RE.fullmatch(name) and not name.startswith(("有关", "相关")):
        return True  # (主办科室, 承办单位: the document's own units of that role, as 各承办单位 names them)
    if is_collective(name):
        return not _everyone(name)
    if len(name) > _BARE_OFFICE_MAX and name[-1] in "局办委厅" and not any(
        name[k : k + 1] in LEVEL_CHARS and prefixed_name(name[:k], name[k:]) for k in (2, 3, 4)
    ):
        return False
    return (
        looks_like_body(name) and (is_agency_name(name, issuer=issuer) or name.endswith(_FIELD_OR_ZONE_HEADS))
    ) and not (
        # (a verb of passing work on inside the name, not a first character's 经 of 经济开发区, 经发局)
        _BY_FORM_NOT_RE.search(name) or _NO_FIELD_RE.match(name) or _VERB_LED_RE.match(name) or _REPORT_RE.search(name, 1)
    )


def _by_form_item(body: str, pos: int, issuer: tuple[str, ...]) -> tuple[int, int, str] | None:
    """The body named by its form at ``pos`` (:data:`_BY_FORM_ITEM_RE`, :func:`_by_form_body`), or None; a
    government's name that runs on into one of its authorities is the authority's (县级以上人民政府 + 林业主管部门:
    one class of authorities)."""
    item = _BY_FORM_ITEM_RE.match(body, pos)
    if item is None:
        return None
    name, end = item.group(), item.end()
    if name.endswith("政府") and (more := _BY_FORM_ITEM_RE.match(body, end)) and is_collective(name + more.group()):
        name, end = name + more.group(), more.end()
    return (pos, end, name) if _by_form_body(name, issuer) else None


# The few words of a list's first item that names the offender's own unit (其所在单位, 其上级机关) after 由.
_OWN_UNIT_REACH = 8


def _past_own_unit(body: str, pos: int) -> int:
    """Where the names after 由 at ``pos`` start past a first item that names the offender's own unit (由其所在单位、
    监察机关或者…责令改正: 其所在单位 names no body, the list goes on after it)."""
    if body[pos : pos + 1] == "其" and 0 < (k := body.find("、", pos, pos + _OWN_UNIT_REACH)) and not _CLAUSE_END_RE.search(body, pos, k):
        return k + 1
    return pos


def _runs_on(body: str, span: tuple[int, int, str], issuer: tuple[str, ...]) -> tuple[int, int, str] | None:
    """The body by its form that a known name after 由 opens and runs on into (国务院 + 机构编制管理机关: a body under
    the State Council the tables lack), or None; words of a clause between them (的, 由) make no name."""
    if not ("\u4e00" <= body[span[1] : span[1] + 1] <= "\u9fff") or body[span[1]] in "和及与的等":
        return None
    item = _by_form_item(body, span[0], issuer)
    if item is None or item[1] <= span[1] or "的" in item[2] or "由" in item[2]:
        return None
    return item


def _left_to_by_readers(who: str, verb: str) -> bool:
    """Whether a 由 clause the prose reader could not take whole stays for the other 由 readers: its words hold no
    的 (由公安机关依法予以处罚, 由X机关事先组织: an adverb between the names and the verb, no manner of the list;
    由监察机关或者上级主管部门…: a body named before the unnamed one), or its verb is a penalty's (责令, 处罚, 处:
    依法给予相应的行政处罚)."""
    return "的" not in who or verb[:1] in "责处"


def _cut_short(body: str, span: tuple[int, int, str]) -> bool:
    """Whether the name a span gives is a ministry's cut short inside a field's authority written bare (环保部 of
    环保部门); a level's (市城管执法部 of 市城管执法部门) is left to the readers of a level's bodies."""
    return body[span[1] : span[1] + 1] == "门" and span[2][:1] not in LEVEL_CHARS


def _with_bodies_by_form(body: str, spans: list[tuple[int, int, str]], issuer: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """``spans`` and the bodies named by their form alone right after a 由 that opens a clause (:data:`_BY_AT_RE`)
    where no span starts, joined by 、/和/及/与 and followed by a verb (no 的 within a few characters: 由X核准的证明
    qualifies a noun), or after any 由 whose names a verb of :data:`_PROSE_BY_RE` follows (…评估由梓潼县自然资源局作为
    评估主体). The spans of names inside them (县自然资源局 of 梓潼县自然资源局) give way to them."""
    extra: list[tuple[int, int, str]] = []
    starts = {sp[0]: sp for sp in spans if not _cut_short(body, sp)}
    bys = {m.start(): m for m in _clause_bys(body)}
    # (可由X承担 permits, it assigns nothing: eval dev 09 leaves permissive clauses uncoded)
    bys.update((m.start(), m) for m in _PROSE_BY_RE.finditer(body) if m.start() not in bys and body[m.start() - 1 : m.start()] != "可")
    for by in sorted(bys):
        m = bys[by]
        pos = _past_own_unit(body, by + 1)
        longer = _runs_on(body, starts[pos], issuer) if pos in starts else None
        if pos in starts and longer is None:
            continue  # (由县公安局…: the tables' name, read by the 由 readers)
        names, own = [], []
        # (a list may mix them: 由公安机关、县林业局…; the first item the longer body a known name runs on into)
        while (item := (longer if pos == by + 1 and longer is not None else starts.get(pos))
               or _by_form_item(body, pos, issuer)) is not None:
            names.append(item)
            if pos not in starts or item is not starts[pos]:
                own.append(item)
            pos = item[1]
            if body[pos : pos + 1] not in ("、", "和", "及", "与"):
                break
            pos += 1
        if not own or pos != names[-1][1]:
            continue
        nxt = body[pos : pos + 1]
        if not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的等之和及与" or _by_qualifies(body, m.start(), pos):
            continue
        extra += own
    if not extra:
        return spans
    kept = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b, _ in extra)]
    return sorted(kept + extra)


def _enumerated_owners(body: str, at: int, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The later owners of an enumeration that 由 opens: ``由县民政局负责的第1件、县发改局负责的第4件…``.

    Each item after a 、 of the clause that opens with a name and then ``负责的`` is one more owner.
    """
    stop = _CLAUSE_END_RE.search(body, at)
    end = stop.start() if stop else len(body)
    starts = {a: (a, b, n) for a, b, n in spans if at < a < end}
    out = []
    k = body.find("、", at, end)
    while k >= 0:
        span = starts.get(k + 1)
        if span and body.startswith("负责的", span[1]):
            out.append(span)
        k = body.find("、", k + 1, end)
    return out


# A verb of work done (县政府督查室对…进行了专项督查; …进行细化分解，形成了《通知》; an audit's report: 区审计局依法
# 审计了2022年度…; a document's drafting told in its preface: X会同A、B编制了《…规划》): a report of the past, not a
# duty, in any clause of the sentence.
_PAST_ACTION_RE = re.compile(
    r"(?:进行|开展|组织|完成|召开|实施|印发|制定|出台|举办|部署|形成|审计|检查|督查|编制|起草|编写|修订|修编|拟定|草拟)了(?!解)"
)
# 已…了 in one clause: work done (市政府办公室已另行下发了《…》), whatever its verb.
_DONE_RE = re.compile(r"已[^，,。；;]{0,8}?了(?!解)")
# A tally of the projects in a body's charge and how far they are (县农业农村局负责国债项目1个未开工, X负责国债项目5个，
# 开工2个, 国债项目一个未开工): a report of status, no duty. A count then the work to do with it is a duty (X负责改造老旧
# 小区12个，完成年度目标任务): after a comma the status is 已/未 or a count of its own.
_TALLY_COUNT = rf"(?:\d+|{CN_NUMBER})"
_TALLY_RE = re.compile(
    rf"负责[^，。；,;\d]{{1,16}}?{_TALLY_COUNT}[个项件处家所]"
    rf"(?:[^，。；,;\d]?(?:未|已|正在)|[，,](?:已|未|(?:开工|完工|完成|建成){_TALLY_COUNT}))"
)


def _tally(text: str, pos: int) -> bool:
    """Whether the words at ``pos``, after a subject, tally the projects in its charge (:data:`_TALLY_RE`)."""
    return text.startswith("负责", pos) and _TALLY_RE.match(text, pos) is not None


def _no_duty(tail: str, subject: list[tuple[int, int, str]], issuer: tuple[str, ...]) -> bool:
    """Whether the words after a sentence's subject assign it no work.

    A report's past action (``县政府督查室对…进行了专项督查``), a demand the subject makes of others
    (``财政部要求各地…``), and the issuer telling of its
    own decision (``省政府根据…的精神，决定…分解落实到各设区市`` in the province's notice: the
    speaker is no owner, the bodies it assigns to are) or handing the document's tasks to its
    addressees (``市政府将…任务分解为…，现下达给你们``: the addressees and the table own them).
    """
    if "了" in tail and (_PAST_ACTION_RE.search(tail) or _DONE_RE.search(tail)):
        # (in any clause of the sentence, the first's as the others': 县政府督查室对…进行了专项督查, 市审计局按照…要求，
        # 召开了整改工作会议，督促…; the last one's, what the work came to)
        return True
    if tail.startswith("要求"):
        return True  # 财政部要求各地…: the subject asks the work of others
    if _tally(tail, 0):
        return True
    if ("决定" not in tail and "你们" not in tail) or not issuer:
        return False
    own = {canonical_agency(i, issuer=issuer)[0] for i in issuer}
    return all(canonical_agency(n, issuer=issuer)[0] in own for _, _, n in subject)


# The same without 由, as a clause of its own: …建设，县发改局牵头、县财政局配合，2024年底前完成。 (the lead's verb
# may carry a verb of doing the work: 主办单位牵头负责、协办单位全力配合)
_CLAUSE_GROUP_RE = re.compile(
    # (a name never opens with a bracket: （X牵头，Y配合，…） is a bracket the annotation reader declined)
    r"(?:^|(?<=[，,]))(?P<lead>[^，。；,;由（(][^，。；,;由]{1,59}?)"
    rf"{LEAD_VERB_PATTERN}[、，,](?P<support>[^，。；,;]{{2,80}}?)"
    # (the units after a lead that act within their own remit support it, as in brackets: X牵头，Y按职责做好…)
    # (an adverb of manner may stand before the supporters' verb: 各乡镇和有关部门积极配合)
    rf"(?:(?:积极|主动|密切|全力|共同)?(?:负责)?{SUPPORT_WORD_PATTERN}(?=[，,。；;、]|$)|(?:要|应当|应|须|必须)?{BY_DUTY_PATTERN})"
)
_SUPPORT_WORD_RE = re.compile(SUPPORT_WORD_PATTERN)
# (the work may first name what it bears on: 配合X对…开展监督, X the body assisted)
_PROSE_ASSIST_RE = re.compile(r"(?:支持|协助)?配合(?P<who>[^，。；]{2,30}?)(?=对|开展|做好|推进|完成|实施|进行)")
# The heads of joint bodies (指挥部, 领导小组, 专班, 县防指), a subject of their own; a head that ends
# with another (工作专班, 专班) is left to the shorter one.
_JOINT_HEADS = "|".join(h for h in JOINT_BODY_HEADS if not any(g != h and h.endswith(g) for g in JOINT_BODY_HEADS))
# The same heads for a search, each without its first character (指, 领, 委, 联 open common words,
# and a search stops at each), a head of two characters whole.
_JOINT_TAILS = "|".join(h[1:] if len(h) > 2 else h for h in JOINT_BODY_HEADS)
# The verbs a purpose or a heading opens with, never a body's name: 保障…部门依法…, 切实加强…工作 + a subject.
_VERB_LED = VERB_LED
# A joint body or its office (镇…领导小组, 领导小组办公室, 市防汛指挥部办公室) is named after its work, so it
# needs no level (…领导小组办公室结合工作实际，…) and takes any verb of duty a known body takes (每半年召开…,
# 组成若干个小组…); its name holds no 的 or 由 and no verb that takes a body as its object (成立由县长任组长的
# 领导小组负责…, 政府可以委托…委员会作为第三方: the body is the object, not the subject), and opens with no
# leading word (在…, 根据…, 各…) nor with the verb of a heading run into the text (（五）切实加强动态报告工作 +
# 领导小组办公室要…; inside a name a verb is the body's work: …减量推进工作联席会议). Its members (领导小组成员
# 单位), posts (组长) and seat (办公室设在…) are no verb of duty.
# (a team of a joint body, named after its work, a subject as the body is: …指挥部执纪问责组将…, 领导小组督查组要…)
_JOINT_TEAM = r"[\u4e00-\u9fff]{2,6}?组(?![织成建])"
_JOINT_SUBJECT = (
    rf"(?!在|对|按|根据|依据|各|有关|相关|其他|切实|进一步|认真|着力|大力|{_VERB_LED})"
    r"(?:(?![的由向把被经请]|可以|成立|建立|设立|组建|调整|委托|授权|同意|批准|决定|发挥|依托|通过|报送|上报|报请|提请)"
    rf"[\u4e00-\u9fff“”]){{0,20}}?(?:{_JOINT_HEADS})(?:办公室|{_JOINT_TEAM})?(?={_PROSE_VERB_RE.pattern})"
)
# The verbs of work a body will do (区安委会将对…进行通报): after 将, which also opens a plain future.
_DUTY_VERBS = "负责|开展|做好|组织|加强|落实|督促|推进|进行"
# A subject the tables do not know: a relative jurisdiction, a short body, an agency suffix, then a duty verb
# or 为…主管部门 straight after it; or a joint body (:data:`_JOINT_SUBJECT`: read by :func:`_unknown_subject`).
# (a central administration by its form, 国家 and its field, the tables lacking a former one: 国家安全生产监督管理局将对…)
_UNKNOWN_SUBJECT_RE = re.compile(
    rf"(?P<who>(?:(?:{'|'.join(RELATIVE_LEVELS)})(?:[\u4e00-\u9fff]{{1,8}}?(?:局|委|办|室|所|中心|站|队|处|厅|院|馆|管委会|委会|办公室)"
    # (a committee's short name of three, its last the 会 of 委员会, taking charge: 县爱卫会负责…; an event's name,
    # 市运动会将…, takes none)
    rf"|[\u4e00-\u9fff]{{2}}会(?=(?:具体|主要)?(?:{_TAKES_CHARGE}|牵头)))"
    r"|国家(?!级)[\u4e00-\u9fff]{2,12}?(?:总局|局|委员会))"
    # (会同 too, its partners and then the charge they take with it: 市农业发展中心会同区、镇、街道负责…)
    rf"(?={_TAKES_CHARGE}|牵头|会同[^，。；]{{1,30}}?(?:{_TAKES_CHARGE}|牵头)"
    rf"|为[^，。；]{{0,30}}?(?:主管|责任|牵头)(?:部门|单位|主体)|是(?!指){_AUTHORITY}"
    # (a committee's short name takes its duty too: 区安委会将对…进行通报)
    rf"|(?:要|{_RULE_MODAL}|将|{BY_DUTY_PATTERN})(?:[^，。；]{{0,30}}?)(?:{_DUTY_VERBS})))"
)
_JOINT_SUBJECT_RE = re.compile(rf"(?P<who>{_JOINT_SUBJECT})")
# A body by its form that the sentence names a short name for, then its duty: 五桂山经济发展和科技统计局（以下简称“…”）
# 是…的管理部门，负责牵头组织实施 (the note makes the words before it one body's name, when they read as a body's
# name alone: :func:`looks_like_body`). And how far into a sentence the note's 简称 may stand.
_ALIASED_SUBJECT_RE = re.compile(
    rf"(?P<who>(?![各有相其在对按根依为])[\u4e00-\u9fff]{{2,16}}?(?:局|委|办|室|中心|站|队|处|厅|院|管委会|委员会))"
    rf"(?={ALIAS_NOTE_RE.pattern}(?:{_PROSE_VERB_RE.pattern}))"
)
_ALIASED_REACH = 24
# (the cheap test first: a joint body's head within the longest name the pattern reads)
_JOINT_NEAR_RE = re.compile(_JOINT_TAILS)
_JOINT_REACH = 28


def _unknown_subject(body: str, at: int = 0) -> re.Match[str] | None:
    """The subject the tables do not know at ``at`` in ``body`` (:data:`_UNKNOWN_SUBJECT_RE`, :data:`_ALIASED_SUBJECT_RE`),
    or None."""
    u = _UNKNOWN_SUBJECT_RE.match(body, at)
    if u is None and _JOINT_NEAR_RE.search(body, at, at + _JOINT_REACH):
        u = _JOINT_SUBJECT_RE.match(body, at)
    if u is None and body.find("简称", at, at + _ALIASED_REACH) > 0:
        u = _ALIASED_SUBJECT_RE.match(body, at)
        if u is not None and not looks_like_body(u.group("who")):
            u = None  # (本办法由X（以下简称Y）负责解释, 设立X（以下简称Y）负责…: the words before the name are a clause's)
    return u
# Words one of which a sentence that assigns work holds; cheap filter before looking for agencies.
# (定期; 将, 每, 需, 结合, 组成 and 于 right after the last character of a body's name: 区政府办公室将加强…, 各街道将…, 市科技局每季度
# 至少开展1次监督检查, 各责任单位需…, 各牵头单位于3月底前…, 各市（州）于…前, but not 关于, 位于 (单位于 is a unit's); the character before is
# tested only where the word is found)
_NAME_END_CLASS = f"[{NAME_LAST_CHARS}]"
_PROSE_HINT_WORDS = (
    r"负责|牵头|要|应|做好|抓好|抓紧|由|配合|会同|对|承担|作为|依法|指导|协调|督促|责任主体|主管|定期"
    r"|统一领导|履行|行使"  # (a rule's verbs of charge: X统一领导…工作, X履行…职责, X相对集中行使…权)
    r"|主要职责|职责：|职责:"  # (X主要职责：…, X的职责是：…: the duties of the body before the words)
)
# (one flat alternation whose every alternative opens with a literal: see roles.flat_words)
_PROSE_HINT_RE = re.compile(
    rf"{_PROSE_HINT_WORDS}|务必|将(?<={_NAME_END_CLASS}将)|每(?<={_NAME_END_CLASS}每)|需(?<={_NAME_END_CLASS}需)"
    rf"|结合(?<={_NAME_END_CLASS}结合)|组成(?<={_NAME_END_CLASS}组成)"
    # (a manner or the rule of the work straight after a group's name: 各承办单位及时…, 各承办单位按照《…》…)
    rf"|及时(?<={_NAME_END_CLASS}及时)|按照(?<={_NAME_END_CLASS}按照)"
    # (a rule's procedural step, its owner straight before: X在…后…下达, X根据…编制, X原则上于…, X是…的主体)
    rf"|在(?<={_NAME_END_CLASS}在)(?<!所在)|根据(?<={_NAME_END_CLASS}根据)|原则上(?<={_NAME_END_CLASS}原则上)"
    rf"|是(?<={_NAME_END_CLASS}是)"
    # (a request's addressees take any verb: 请县财政局落实…; a group takes a duty on with no modal: 各乡镇落实…责任)
    rf"|请(?<![申提报邀聘])(?![示求])|落实(?<={_NAME_END_CLASS}落实)"
    rf"|于(?<={_NAME_END_CLASS}于)(?<!关于)(?<![^单]位于)|于(?<=）于)"
    # (a line of a list of member units' duties, whatever verb its duties open with: 市自然资源局：提供…)
    rf"|：(?<={_NAME_END_CLASS}：)"
)
_STOP_RE = re.compile(r"[。；]")
_JOIN_WORDS_RE = re.compile(r"[、和与]")
_NOT_SUBJECT = re.compile(r"有关|相关|各|其他|、")
_JOIN_IN_NAME_RE = re.compile(r"[和及]")
# The words that join two bodies of a subject the named-subject reader split (市人民政府及市防汛抗旱指挥部).
_NAMED_JOINS = frozenset("及和与")


def _joins_bodies(who: str) -> bool:
    """Whether a 和/及 in a subject the tables lack joins two bodies (市财政局和区教育局) rather than
    standing inside one name (市粮食和储备局, 市文化和旅游发展中心): the words before it end as a body does.
    """
    return any(
        is_agency_name(w) and field_name_at(w) != w  # (市科技 of 市科技和信息化局 is a field word)
        for w in (who[: m.start()] for m in _JOIN_IN_NAME_RE.finditer(who))
    )


# A town or a subdistrict named by its place in a list of units at a sentence's start (区交通运输局、区市政园林管理中心、
# 莲洲镇等单位要…): its government, as much an owner as the bureaus before it.
_TOWN = r"(?![各省市区县有相其])[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)"
_LISTED_TOWN_RE = re.compile(rf"{_TOWN}(?=[、和及等要应须]|负责)")
#: A town named by its place (永嘉镇, 安溪镇; not a group, 各镇, nor the towns of a level, 乡镇): after 由, its government.
_TOWN_RE = re.compile(rf"(?!本|全|该|所|乡镇){_TOWN}")


def _with_listed_towns(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the towns (:data:`_LISTED_TOWN_RE`) that stand between or after the names of the 、-list that
    ``body`` opens with."""
    at = {a: (a, b, n) for a, b, n in spans}
    added = []
    pos = 0
    while True:
        item = at.get(pos)
        if item is None:
            town = _LISTED_TOWN_RE.match(body, pos) if pos and body[pos - 1] == "、" else None
            if town is None:
                break
            item = (pos, town.end(), town.group())
            added.append(item)
        pos = item[1]
        if body[pos : pos + 1] != "、":
            break
        pos += 1
    return sorted(spans + added) if added else spans


#: What opens no town's place name (各镇, 全镇, 本镇, 乡镇…), and where a list's first 、 stands at the latest.
_NOT_TOWN_FIRST = frozenset("由各省市区县有相其本全该所乡")
_TOWN_MAX = 7
#: The duty the subject list of towns takes, right after it (永嘉镇、安溪镇|负责…; …等|要…).
_TOWNS_DUTY_RE = re.compile(r"等?(?:负责|要(?!求)|应当|须|必须)")


def _listed_towns(body: str) -> list[tuple[int, int, str]]:
    """The towns a 、-list of two or more names at the start of ``body`` gives when they are all towns named by
    their place (:data:`_LISTED_TOWN_RE`) and a duty follows them (永嘉镇、安溪镇负责…: the governments of both
    towns, as after 由), else []."""
    town = _LISTED_TOWN_RE.match(body)
    if town is None or body[town.end() : town.end() + 1] != "、":
        return []
    towns = _with_listed_towns(body, [(0, town.end(), town.group())])
    return towns if len(towns) > 1 and _TOWNS_DUTY_RE.match(body, towns[-1][1]) else []


#: How far the closing bracket of a body's second name (市发改委（粮食局）) may stand after its opening one.
_BRACKET_NAME_REACH = 16


def _with_bracketed_names(body: str, spans: list[tuple[int, int, str]], issuer: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """``spans`` with the second names written in brackets after the names of the list ``body`` opens with
    (``市发改委（粮食局）负责…``: 市粮食局, under the level of the name before it), where the tables know it and the
    recogniser did not give it (a bare 粮食局); a body's second name is a body of its own, as in a list."""
    out = list(spans)
    pos = 0
    for a, b, _ in spans:
        if a != pos:
            break
        pos = b + 1 if body[b : b + 1] == "、" else b
        if body[b : b + 1] not in "（(" or any(x == b + 1 for x, _, _ in spans):
            continue
        close = next((k for k in (body.find(c, b + 1, b + _BRACKET_NAME_REACH) for c in "）)") if k > 0), -1)
        if close < 0:
            break
        found, _, _, clean = parse_names(body[a : close + 1], issuer=issuer)
        if clean and len(found) == 2 and found[1][1:] == (b + 1 - a, close - a) \
                and canonical_agency(found[1][0], issuer=issuer)[2]:
            out.append((b + 1, close, found[1][0]))
        pos = close + 1 + (body[close + 1 : close + 2] == "、")
    return sorted(out) if len(out) > len(spans) else spans


def _placed_start(body: str, at_start) -> bool:
    """Whether a name the tables know starts one to four characters into ``body`` after only a level
    or a place (市 + 粮食和储备局, 兴庆 + 区政府办公室): a cheap test of the places a level stands at.
    """
    if body[0] in LEVEL_CHARS and at_start(body[1:]):
        return True
    if body[0] in PROVINCE_FIRST and (p := _province_len(body)):  # 福建省 + 福州 + 市教育局
        body = body[p:]
    for k in (2, 3, 4):  # (a slice: no test of the length, no generator per sentence)
        if body[k : k + 1] in LEVEL_CHARS and at_start(body[k:]):
            return True
    return False


def _placed_unknown(text: str, body: str) -> int:
    """The end of a subject the tables lack written under its place (松溪 + 区园林局负责…, 云台
    + 市园林局应当…): the place, then the form :func:`_unknown_subject` reads after a level,
    as :func:`_placed_start` reads a known name there; 0 when ``body`` opens with no such name.
    """
    for k in (2, 3, 4):
        if body[k : k + 1] in LEVEL_CHARS and (u := _unknown_subject(body, k)):
            who = u.group("who")
            if not _NOT_SUBJECT.search(who) and not _joins_bodies(who) and _place_named_again(text, body[:k], who):
                return u.end("who")
    return 0


#: The marks and words a later name in a sentence follows: a clause's or a list's start, 由, 和, a partner's verb.
_NAME_BOUNDARY = "，、；：（,;:(由和及与"
_NAME_BEFORE_WORDS = frozenset({"配合", "会同", "联合", "协助"})


def _with_known_places(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with each later name widened over the real place written before it (…，莆田 +
    市公安局配合; 福州市教育局、莆田 + 市公安局负责…; 配合福州 + 市教育局开展…): a place of the tables
    at a clause's or a list's start, or after a partner's verb, is the name's, as at the sentence's start.
    """
    out = [spans[0]]
    for a, b, name in spans[1:]:
        for k in (2, 3, 4):
            p = a - k
            if p <= out[-1][1] or (body[p - 1] not in _NAME_BOUNDARY and body[p - 2 : p] not in _NAME_BEFORE_WORDS):
                continue
            full = prefixed_name(body[p:a], name)
            if full and is_known_place(full[: k + 1]):
                a, name = p, full
                break
        out.append((a, b, name))
    return out


def _province_len(body: str) -> int:
    """The length of the provincial-level unit's name ``body`` opens with (``福建省福州市…``), else 0."""
    p = province_at(body)
    return len(p) if p else 0


def _place_named_again(text: str, place: str, name: str) -> bool:
    """Whether ``place`` + ``name`` (a name opening with its level) is a body under its place: the
    words read as a place (:func:`prefixed_name`) that the document names again with a level
    (松溪区园林局… where 松溪区人民政府 is written too), not a row label before a level's body
    (河道 + 区水务局)."""
    if not prefixed_name(place, name):
        return False
    if is_known_place(place + name[0]):  # 福州 + 市城管委: a real place by the tables, named once or more
        return True
    return sum(text.count(place + c) for c in LEVEL_CHARS) > 1


# How an enumerated case of a rule's list of circumstances ends (有下列情形之一的：（一）…的；（二）…的。).
_CASE_ENDS = frozenset({"的。", "的；", "的;"})
# The level a real place's name ends with before a bureau's kind (承德市 + 文物局).
_PLACE_LEVEL_LAST = frozenset("市县区州盟旗")
_SENTENCE_RE = re.compile(r"[^。；！？\n]+[。；！？]?")
_TERMINATORS = "。；！？\n"


@dataclass
class Annotation:
    """One responsibility annotation as found, before it is turned into a task."""

    start: int
    end: int
    entries: list[tuple[str, Role, int, int]] = field(default_factory=list)  # name, role, start, end
    posts: list[str] = field(default_factory=list)
    open_list: bool = False
    deadline: str | None = None
    explicit_lead: bool = False
    support_label: bool = False  # a label of supporting units (配合单位：): a 责任单位 label beside it keeps its role
    lead_first: bool = False  # the annotation itself states the lead-first rule
    heading: bool = False  # a lead named in a heading: governs every task beneath it
    default: tuple[tuple[str, int, int], ...] = ()  # 以下均需X落实: X owns every later task too


# ---------------------------------------------------------------------------
# Lists of names


def parse_names(
    text: str, *, base: int = 0, issuer: tuple[str, ...] = (), keep_unknown: bool = False, sections: bool = False
) -> tuple[list[tuple[str, int, int]], list[str], bool, bool]:
    """The agencies of a list such as ``市科技局、市金融办`` or ``扶贫办、教育部等和各省级人民政府``.

    Args:
        text: the list as written.
        base: where ``text`` starts in the document, for offsets.
        issuer: the document's issuing bodies.
        keep_unknown: also return items that only look like a body (``开发区``, ``新城公司``;
            :func:`~policykg.extract.agencies.looks_like_body`) — for the value of a role
            label, where every item is an owner unless it is clearly something else. They
            still make ``clean`` False.
        sections: also read the sections of a department named by their form (``农业股``, ``政改科``;
            :func:`~policykg.extract.agencies.is_section_name`) as bodies, ``clean`` — for a table's unit cells.

    Returns:
        ``(agencies, posts, open_list, clean)``: each agency as ``(name, start, end)``; the
        leadership posts named; whether the list ends open (``等``, ``有关部门``); and
        whether every item was an agency the tables know or a well-formed name, a post or a
        vague group.
    """
    if sections:
        found, posts, open_list, clean, _, unread = _parse_names(text, tuple(issuer), True)
        # (a clean list has no unknown item to keep: the same names as without keep_unknown)
        if clean or all(is_section_name(u) for u in unread):
            return [(n, s + base, e + base) for n, s, e in found], list(posts), open_list, True
    agencies, posts, open_list, clean, _ = parse_marked_names(
        text, base=base, issuer=issuer, keep_unknown=keep_unknown
    )
    return agencies, posts, open_list, clean


def parse_marked_names(
    text: str, *, base: int = 0, issuer: tuple[str, ...] = (), keep_unknown: bool = False
) -> tuple[list[tuple[str, int, int]], list[str], bool, bool, frozenset[int]]:
    """:func:`parse_names`, and which agencies a lead mark flags (``★区财政局``, ``区发展改革委*``).

    Args:
        text: the list as written.
        base: where ``text`` starts in the document, for offsets.
        issuer: the document's issuing bodies.
        keep_unknown: as for :func:`parse_names`.

    Returns:
        ``(agencies, posts, open_list, clean, marked)``: the first four as :func:`parse_names`
        gives them (names without their marks); ``marked`` the indices of the agencies
        flagged as lead.
    """
    found, posts, open_list, clean, marked, _ = _parse_names(text, tuple(issuer), keep_unknown)
    agencies = [(n, s + base, e + base) for n, s, e in found] if base else list(found)
    return agencies, list(posts), open_list, clean, marked


_MARK_BEFORE_RE = re.compile(rf"^(?:{LEAD_MARK_PATTERN})+")
_MARK_AFTER_RE = re.compile(rf"(?:{LEAD_MARK_PATTERN})+$")
_MARK_ENDS = frozenset("★☆*＊）)")  # the characters a lead mark starts or ends with: a cheap test first


# The body words a group's second item may be written as alone, its group's words left to the first (市直有关部门、单位).
_BARE_BODY_WORDS = frozenset({"部门", "单位", "机构"})


@lru_cache(maxsize=1 << 14)
def _parse_names(
    text: str, issuer: tuple[str, ...], keep_unknown: bool = False
) -> tuple[tuple[tuple[str, int, int], ...], tuple[str, ...], bool, bool, frozenset[int], tuple[str, ...]]:
    """:func:`parse_marked_names` at offset 0, cached: the same unit lists recur throughout a corpus.

    Also returns the items read as nothing (what made the list not ``clean``).
    """
    agencies: list[tuple[str, int, int]] = []
    posts: list[str] = []
    marked: set[int] = set()
    unread: list[str] = []
    open_list, clean = False, True
    prev = level = ""
    by_field = False  # (whether the level was written on a field's authority: 市财政部门)
    items = _joined_items(_list_items(text), issuer)
    heads = _shared_government_heads([raw.strip() for raw, _ in items], issuer)
    # 吴泾、塘湾派出所, 杭州、宁波市人民政府: places that share one head written once at the end are one
    # collective, as 各省、自治区、直辖市人民政府 is; the list names it whole, from its first place to the head
    shared_from = {}  # the index of the item that writes the head → where the list of its places starts
    for k in sorted(heads, reverse=True):
        if k + 1 not in heads:
            raw0, start0 = items[k]
            shared_from[k + 1] = start0 + len(raw0) - len(raw0.lstrip())
        else:
            shared_from[_run_end(heads, k)] = items[k][1] + len(items[k][0]) - len(items[k][0].lstrip())
    # 区、镇、街道: a list of bare levels below the city's, no 各 written, names each level's collective as
    # 各区、镇、街道 does (a bare 市 or 省 is the issuer's own level, one body)
    bare_levels = len(items) > 1 and "、" in text and all(
        (item := raw.strip()) in _BARE_LEVEL_WORDS and item not in _OWN_LEVEL_WORDS for raw, _ in items)
    for k, (raw, start) in enumerate(items):
        item = raw.strip()
        lead_ws = len(raw) - len(raw.lstrip())
        start += lead_ws
        if not item or k in heads:
            continue
        if k in shared_from:
            whole = text[shared_from[k] : start + len(item)]
            agencies.append((whole, shared_from[k], start + len(item)))
            prev = whole
            continue
        item = item.removeprefix("由").removeprefix("和").removeprefix("及")
        start += len(raw.strip()) - len(item)
        if item[-1] not in _CLOSE_BRACKETS and ("（" in item or "(" in item):
            # 各镇（ at the end of a page cut short: a bracket left open is no part of the name
            cut = max(item.rfind("（"), item.rfind("("))
            if ")" not in item[cut:] and "）" not in item[cut:]:
                item = item[:cut].rstrip()
                if not item:
                    continue
        if item[-1] in "）)":  # 工商联（列第一位者为牵头单位，下同）: the rule's note is no part of the name, nor an aside
            item = _without_rule_note(item)
            if not item:
                continue
        mark = (item[0] in _MARK_ENDS and _MARK_BEFORE_RE.match(item)) or (
            item[-1] in _MARK_ENDS and _MARK_AFTER_RE.search(item)
        )
        if mark:  # ★区财政局, 区发展改革委*: the lead among the units listed
            if mark.start() == 0:
                start += mark.end()
            item = (item[mark.end() :] if mark.start() == 0 else item[: mark.start()]).strip()
            if not item:
                continue
        before = len(agencies)
        m = _ETC_RE.match(item) if "等" in item else None
        if m and (
            not m.group("rest") or is_vague(m.group("rest")) or _ETC_REST_RE.fullmatch(m.group("rest"))
        ):
            item, open_list = m.group("name"), True
        part_group = False
        if bare_levels:
            item_name = "各" + item
        elif prev.startswith("各") and not item.startswith("各") and (
            _BARE_LEVEL.match(item) or (item[-1] == "）" and _COUNTIES_RE.fullmatch(item))
            or (prev[-1] in "市县区镇乡村道" and _EACH_KIND.match(item))  # (after a group of places, not of 部门)
        ):
            item_name = "各" + item  # 各区、县级市: the second is 各县级市; 各市（州）、县（市、区）: 各县（市、区）
        elif prev.startswith("各") and is_named_group(prev) and _PART_GROUP_RE.match(item):
            item_name, part_group = "各" + item, True  # 各牵头单位和汇总单位: the second is 各汇总单位
        elif (
            item in _BARE_BODY_WORDS and text[start - 1 : start] == "、" and prev[-2:] in _BARE_BODY_WORDS
            and len(prev) > 2 and prev[-2:] != item and is_collective(prev)
        ):
            # 市直有关部门、单位: the group's words written once, before its first body word (市直有关单位)
            item_name, part_group = prev[:-2] + item, True
        elif item in _BARE_BODY_WORDS and prev.startswith("各") and text[start - 1 : start] == "、":
            # 各乡镇（街道）、部门: the 各 carries to the bare body word after a group (各部门)
            item_name, part_group = "各" + item, True
        elif item[:1] == "其" and prev and len(item) > 2 and item[1] not in "他它" and raw[:1] not in "、，,":
            item_name = prev + item[1:]  # 县人民政府及其办公室: 其 stands for the body before (县人民政府办公室)
        elif k in heads:
            item_name = heads[k]  # 哈尔滨、黑河、绥芬河市政府: the first is 哈尔滨市政府
        else:
            item_name = _level_carried(level, item, issuer, by_field=by_field) if level else item
        if item[:1] in _LEVEL_FIRST and not is_local_department(item):  # a level written (again)
            level = level_prefix(item)
            by_field = not level and bool(level := _field_level(item))
        elif item[:1] in _PLACE_LEVEL_LAST and (field_level := _field_level(item)):  # 盟市财政部门: two levels
            level, by_field = field_level, True
        elif item[:2] == "自治":  # 自治县文明办、民政局: an autonomous area's level, written in full
            level = next((p for p in RELATIVE_LEVELS if p[:2] == "自治" and item.startswith(p) and len(item) > len(p)), "")
        tiers = (
            split_tiers(item_name) or (split_fields(item_name) if item_name.endswith("部门") else None)
            if "政府" in item_name or item_name.endswith(("部门", "机构", "办公室"))
            else None
        )
        if not tiers and item_name[1:2] in LEVEL_CHARS and item_name[:1] in LEVEL_CHARS:
            tiers = split_level_pair(item_name)  # 省市住建厅: the province's 住建厅 and the city's 住建局
        if tiers:  # 市和区（县）人民政府: the city's government and the districts' (counties')
            agencies += [(name, start, start + len(item)) for name in tiers]
        elif item[:1] == "各" and (pair := _juxtaposed_collectives(item, issuer)):  # 各乡镇各单位: no 、 between
            agencies += [(n, start + a, start + b) for n, a, b in pair]
        elif is_collective(item) or part_group or (item_name[:1] == "各" and _EACH_KIND.match(item_name[1:])):
            # 各有关部门和单位, 成员单位, 各村: a collective owner
            agencies.append((item_name, start, start + len(item)))
        elif is_vague(item) or _VAGUE_PAIR_RE.fullmatch(item):
            open_list = True
        elif is_post(item):
            posts.append(item)
        elif is_agency_name(item_name, issuer=issuer):
            agencies += _bracketed_bodies(item_name, start, issuer) or [(item_name, start, start + len(item))]
        elif item[-1] in _CLOSE_BRACKETS and (pair := _bracketed_bodies(item_name, start, issuer)):
            agencies += pair  # 市府办〔市大数据局〕: a body and a second name in brackets, which the whole does not read as
        else:
            clean = False
            unread.append(item)
            if keep_unknown and looks_like_body(item):  # a body the tables lack (开发区, 新城公司)
                agencies.append((item, start, start + len(item)))
        if mark and len(agencies) > before:
            marked.add(before)
        prev = item_name
    return tuple(agencies), tuple(posts), open_list, clean, frozenset(marked), tuple(unread)


def _shares_one_head(name: str, issuer: tuple[str, ...]) -> bool:
    """Whether ``name`` is a list of places sharing one head written once at the end (吴泾、塘湾派出所,
    河北、山东和河南省人民政府): the collective :func:`_parse_names` reads whole."""
    if "、" not in name:
        return False
    items = [raw.strip() for raw, _ in _joined_items(_list_items(name), issuer)]
    heads = _shared_government_heads(items, issuer)
    return len(items) > 1 and all(k in heads for k in range(len(items) - 1))


def _run_end(heads: dict[int, str], k: int) -> int:
    """The index of the item after the run of bare places that holds ``k``: the item that writes their head."""
    while k in heads:
        k += 1
    return k


def _without_rule_note(item: str) -> str:
    """``item`` without a closing bracket that states the lead-first rule (``工商联（列第一位者为牵头或汇总单位，下同）``
    is 工商联: the note, written after the last unit of the list, rules the whole list and every later one) or that
    is an aside (``市安委会有关成员单位（详见任务分工）``, :data:`_ASIDE`)."""
    k = max(item.rfind("（"), item.rfind("("))
    return item[:k].rstrip() if k >= 0 and (_ASIDE_RE.fullmatch(item, k) or lead_first_rule(item[k:])) else item


def _juxtaposed_collectives(item: str, issuer: tuple[str, ...]) -> list[tuple[str, int, int]] | None:
    """Two collectives written one after the other without a mark (``各乡镇各单位``: 各乡镇 + 各单位, as
    ``各镇、街道`` is 各镇 + 各街道), as ``(name, start, end)`` in ``item`` (which opens with 各); None unless
    the second half opens with 各 too, each reads as an owner and the first names bodies (各地 does not).
    """
    k = item.find("各", 2)
    if k < 0 or is_vague(item[:k]) or not (is_agency_name(item[:k], issuer=issuer) and is_agency_name(item[k:], issuer=issuer)):
        return None  # (各地各部门: everyone addressed, one vague group)
    return [(item[:k], 0, k), (item[k:], k, len(item))]


def _level_carried(level: str, item: str, issuer: tuple[str, ...], *, by_field: bool = False) -> str:
    """A bare department's name under the level written once before it in the list.

    ``省商务厅、财政厅、发展改革委``: the level 省 is written for the first item only, and the
    later ones are the province's (省财政厅, 省发展改革委), not the national 发展改革委 nor the
    departments of an issuer whose level the document does not give. Only a department the
    local tables know (not 合肥海关, a named place's), and only where it reads otherwise than
    the bare name. Where the level was written on a field's authority (``by_field``: 市财政部门,
    盟市财政部门), a later field's authority is that level's too (住房和城乡建设部门: 市住房和城乡建设部门),
    not a field-less 主管部门 (often a term the document defines).
    """
    if (
        (item[:1] in _LEVEL_FIRST and not is_local_department(item))  # (市场监管局, 乡村振兴局: no level written)
        or item.startswith(("各", "有关", "相关", "其他", "自治"))
        or level_prefix(item)
    ):
        return item
    carried = level + item
    if (
        level_prefix(carried) == level
        or (by_field and item[-1] == "门" and not _NO_FIELD_HEAD_RE.match(item) and _field_level(carried) == level)
    ) and canonical_agency(carried, issuer=issuer)[0] != canonical_agency(item, issuer=issuer)[0]:
        return carried
    return item


# A level's authority of a field (市财政部门, 盟市财政部门, 县级住房城乡建设主管部门): the level, written once on the first
# item of a list, is that of the bare fields' authorities after it (市财政部门、住房和城乡建设部门: 市住房和城乡建设部门).
_NO_FIELD_HEAD_RE = re.compile(r"^(?:行政)?(?:综合管理|主管|职能|管理|监管|行业主管)?部门$")
_FIELD_LEVEL_RE = re.compile(r"^(?P<level>(?:盟市|州市|县市区|[省市区县州盟旗])级?)(?!各|有关|相关|其他)[\u4e00-\u9fff]{2,12}?部门$")


def _field_level(item: str) -> str:
    """The level a field's authority is written with (``盟市`` of ``盟市财政部门``), or ""."""
    m = _FIELD_LEVEL_RE.match(item) if item[-1:] == "门" else None
    return m.group("level") if m and is_collective(item) else ""


# A named place and its government: 绥芬河市政府, 黑河市人民政府, 杭州市政府.
_PLACE_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?P<head>[市县区州盟旗](?:人民)?政府)$")
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A province's government: 湖南省人民政府, 内蒙古自治区人民政府 (province_at decides it is one).
_PROVINCE_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|自治区))(?P<head>(?:人民)?政府)$")


def _province_name(item: str) -> str | None:
    """The provincial-level unit an item of a list names, written whole (陕西省, 内蒙古自治区) or bare (山西), or None."""
    if province_at(item) == item:
        return item
    return item + "省" if len(item) <= 3 and province_at(item + "省") == item + "省" else None


def _province_government(item: str) -> re.Match[str] | None:
    """The match of :data:`_PROVINCE_GOVERNMENT` where ``item`` is a real province's government, else None."""
    m = _PROVINCE_GOVERNMENT.match(item) if item.endswith("政府") else None
    return m if m and province_at(item) == m.group("place") else None
#: The words a zone's name ends in (开发区, 高新区, 工业园区): a zone is no place whose government a list shares.
_ZONE_KIND = re.compile(r"(?:开发|高新|经开|示范|试验|保税|合作|工业|产业|园)区$|园$")


def _shared_government_heads(items: list[str], issuer: tuple[str, ...]) -> dict[int, str]:
    """Bare place names before a place's government that writes the head once for all of them.

    In ``哈尔滨、黑河、绥芬河市政府`` the bare 哈尔滨 and 黑河 share the head of the item after them
    (each alone would be ``哈尔滨市政府``, ``黑河市政府``); :func:`_parse_names` reads such a list as
    one collective, as 各省、自治区、直辖市人民政府 is (a head written once at the end). A bare item that is a
    body, a level, a collective or a vague group is not a place and stops the run. Zones
    before a zone's committee take its head the same way (``济源示范区、航空港区管委会``).

    Returns:
        The index of each bare place and the name it stands for.
    """
    out: dict[int, str] = {}
    for j, item in enumerate(items):
        if j and item.endswith(("管委会", "管理委员会")) and (zone := ZONE_BODY_RE.match(item)):
            # 济源示范区、航空港区管委会: zones before a zone's committee share its head
            i = j - 1
            while i >= 0 and ZONE_RE.match(items[i]) and not _BARE_LEVEL.match(items[i]) and not is_collective(items[i]):
                out[i] = items[i] + zone.group("head")
                i -= 1
            # 临汾、侯马、洪洞经济开发区管委会: bare places before a place's zone share its kind and head (侯马经济开发区管委会)
            kind = _ZONE_OF_PLACE.match(zone.group("zone")) if i == j - 1 else None
            while kind and i >= 0 and _is_bare_place(items[i], issuer):
                out[i] = items[i] + kind.group("kind") + zone.group("head")
                i -= 1
            continue
        if j and (pm := _province_government(item)):
            # 内蒙古自治区、陕西省人民政府, 山西、安徽、湖北和湖南省人民政府: provinces that share one government's head
            i = j - 1
            while i >= 0 and i not in out and (name := _province_name(items[i])):
                out[i] = name + pm.group("head")
                i -= 1
            continue
        m = _PLACE_GOVERNMENT.match(item)
        if m is None or j == 0:
            continue
        level = m.group("head")[0]
        i = j - 1
        while i >= 0 and i not in out and _is_bare_place(items[i], issuer):
            place = items[i] if items[i].endswith(level) else items[i] + level
            if looks_like_body(items[i]) and province_of(place) is None and (
                    not items[i].endswith(level) or _ZONE_KIND.search(items[i])):
                break  # 开发区 before 高新区政府 is a body of its own, not a place (黄埔区 before 南沙区政府 is one)
            out[i] = place + m.group("head")[1:]
            i -= 1
    return out


# A place's zone: the place's name, then the zone's kind (洪洞经济开发区, 长丰高新技术产业开发区, 侯马工业园区).
_ZONE_OF_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}?(?P<kind>(?:国家级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区"
    r"|工业园区|产业园区|工业集聚区|产业集聚区|开发区|工业园))$"
)


def _is_bare_place(item: str, issuer: tuple[str, ...]) -> bool:
    """Whether a list item is a place's bare name (哈尔滨, 侯马), not a body, a level, a group or a post."""
    return bool(
        _BARE_PLACE.match(item) and not item.startswith(("各", "有关", "相关")) and not _BARE_LEVEL.match(item)
        and not is_collective(item) and not is_vague(item) and not is_post(item) and not is_agency_name(item, issuer=issuer)
    )


#: The words that join a body to a list of levels after the list's head; the list reader strips them.
_HEAD_JOINS = ("及", "和")


def _list_items(text: str) -> list[tuple[str, int]]:
    """The items of a unit list with their starts; a 、-list of levels sharing one head stays one item.

    ``各区、县级市人民政府`` is one collective (the head 人民政府 is written once, at the end);
    ``各镇、街道`` is two.
    """
    pieces = split_outside_brackets(text, _ITEM_SPLIT, 0)
    if "、" not in text and "，" not in text and "," not in text:
        return pieces
    heads = [m.span() for m in _SHARED_HEAD_RE.finditer(text)]
    spans = heads + [m.span() for m in _TIERS_AUTHORITY_RE.finditer(text)]  # 市、区教育行政部门: one item, two tiers
    if "和" in text or "及" in text or "与" in text:
        # 市和县、区人民政府: one item, the tiers' governments (split into the tiers' bodies by split_tiers)
        spans += [m.span() for m in _TIERS_GOVERNMENT_RE.finditer(text)]
    if not spans:
        return pieces
    out: list[tuple[str, int]] = []
    for raw, start in pieces:
        at = start + len(raw) - len(raw.lstrip())
        # (the longest list that holds the piece: 市、县人民政府环境卫生主管部门 is the tiers' authority, not
        # their governments)
        span = max((sp for sp in spans if sp[0] <= at < sp[1]), key=lambda sp: sp[1] - sp[0], default=None)
        if span is None:
            out.append((raw, start))
        elif at == span[0] or (out and out[-1][1] + len(out[-1][0]) < span[0]):
            out.append((text[start : span[1]], start))  # the list from its first level to its head
        # later pieces of the same list are inside the item just added, but for a body joined after the
        # governments' head (各区、县（市）政府及开发区管委会: 开发区管委会 is one more)
        end = start + len(raw)
        if span is not None and end > span[1] and span in heads and text.startswith(_HEAD_JOINS, span[1]):
            out.append((text[span[1] : end], span[1]))
    return out


_JOIN_RE = re.compile(r"[和及与]")


# A group of units named by their part in the work, after a group of the document's own units that shares its
# 各 (各牵头单位和汇总单位: 汇总单位 gather the reports): a word of two characters and the units' word.
_PART_GROUP_RE = re.compile(r"^(?!有关|相关|其他|其它|各)[\u4e00-\u9fff]{2}(?:单位|部门)$")


def _joined_items(pieces: list[tuple[str, int]], issuer: tuple[str, ...]) -> list[tuple[str, int]]:
    """List items with two bodies joined by 和/及/与 cut in two (区城管执法局和属地街镇).

    Only where the words before the joining character are a body the tables know, a joint
    body by its head (市防汛抗旱指挥部及市人民政府: a 指挥部, 领导小组 or 专班 ends the name it closes)
    or a place's zone by its name (广元经济技术开发区和市安委会有关成员单位),
    and the words after it a body too, so that names with 和 inside (区建设和管理委,
    住房和城乡建设部) stay whole; or two groups of the document's own units sharing one 各
    (各牵头单位和汇总单位: 各牵头单位 + 各汇总单位).
    """
    out: list[tuple[str, int]] = []
    for raw, start in pieces:
        item = raw.strip()
        cut = None
        # (a name the tables know is one body, 住房和城乡建设部, but not after a place's zone: a zone's name holds no 和)
        if _JOIN_RE.search(item) and (not canonical_agency(item, issuer=issuer)[2] or "区和" in item or "园和" in item):
            at = start + len(raw) - len(raw.lstrip())
            whole_known = canonical_agency(item, issuer=issuer)[2]
            for m in _JOIN_RE.finditer(item):
                left, right = item[: m.start()], item[m.end() :]
                zone = _ZONE_OF_PLACE.match(left)  # 广元经济技术开发区和市安委会有关成员单位: a place's zone, named
                if whole_known and not zone:
                    continue
                if (
                    len(left) >= 3
                    and (
                        canonical_agency(left, issuer=issuer)[2]
                        or (left.endswith(JOINT_BODY_HEADS) and is_agency_name(left, issuer=issuer))
                        or zone
                    )
                    and field_name_at(left) != left  # 市科技和信息化局: 市科技 is a field word, not 市科技局
                    and (is_agency_name(right, issuer=issuer) or is_collective(right))
                ) or (left.startswith("各") and is_named_group(left) and _PART_GROUP_RE.match(right)) or (
                    # 湖北和湖南省人民政府: a province before another's government, which shares its head
                    len(left) <= 6 and _province_name(left) and _province_government(right)
                ):
                    cut = (left, at, right, at + m.end())
                    break
        if cut:
            out += [(cut[0], cut[1]), (cut[2], cut[3])]
        else:
            out.append((raw, start))
    return out


# 区委宣传部（区文明办、区政府新闻办）: bodies named in a bracket after another body.
_LEVEL_FIRST = frozenset("省市区县镇乡")  # a relative level prefix a body's name may start with
# (a portal may print the bracket as 〔〕, as in a document number: 市府办〔市大数据局〕)
_TAIL_BRACKET_RE = re.compile(r"^(?P<head>[^（）()〔〕]+)[（(〔](?P<inner>[^（）()〔〕]+)[)）〕]$")
_CLOSE_BRACKETS = frozenset("）)〕")


_SECTION_HEAD_LAST = frozenset(SECTION_HEADS)
_SECTION_ALIAS_LAST = frozenset(SECTION_HEADS + "办")


def _bracketed_bodies(item: str, start: int, issuer: tuple[str, ...]) -> list[tuple[str, int, int]] | None:
    """The bodies of ``区建设管理委（区交通委）`` or ``区委宣传部（区文明办、区政府新闻办）``: head and each.

    Only when every name in the bracket is a body in its own right (known to the tables, or
    written with a level prefix, like the head); ``各街镇（园区）``, ``各县（市、区）`` and
    ``（集团）`` stay one name.
    """
    m = _TAIL_BRACKET_RE.match(item)
    if m is None:
        return None
    head = m.group("head")
    if head.startswith("各") or not is_agency_name(head, issuer=issuer):
        return None
    out = [(head, start, start + len(head))]
    if ALIAS_NOTE_RE.fullmatch(item, m.end("head")):
        return out  # 县级专项资金主管部门（以下简称主管部门）: the bracket gives the head a short name, no body
    at = start + m.start("inner")
    # the head's level prefix, which a bare name in the bracket shares (市场监管局 has none)
    level = head[0] if head[0] in _LEVEL_FIRST and not head.startswith("市场") else ""
    # a department's section written with its second name (规划信息处（爱卫办）): neither carries a level, and
    # the bracket names a body by its form, as the head does
    section = not level and head[-1] in _SECTION_HEAD_LAST
    for raw, s in split_outside_brackets(m.group("inner"), _ITEM_SPLIT, at):
        name = raw.strip()
        if not name:
            continue
        known = canonical_agency(name, issuer=issuer)[2]
        if known and level and name[0] not in _LEVEL_FIRST and canonical_agency(level + name, issuer=issuer)[2]:
            name = level + name  # 县发改局（粮食局）: the bare alias is the county's 粮食局, like its head
        elif not known and not (name[0] in _LEVEL_FIRST and name[0] == head[0] and is_agency_name(name, issuer=issuer)):
            # 县发改局（粮食局） in a document whose issuer gives no county: the bare name under the head's level
            if level and name[0] not in _LEVEL_FIRST and canonical_agency(level + name, issuer=issuer)[2]:
                name = level + name
            elif not (section and name[-1] in _SECTION_ALIAS_LAST and is_agency_name(name, issuer=issuer)
                      and not is_collective(name)):
                return None
        out.append((name, s, s + len(raw.strip())))
    return out if len(out) > 1 else None


# ---------------------------------------------------------------------------
# Annotations


def _match_close(text: str, open_at: int) -> int | None:
    """Index just past the bracket closing the one at ``open_at``; None if it does not close nearby."""
    depth = 0
    counter_at = -1  # the last line counter passed over (:data:`_LINE_COUNTER_RE`)
    for m in _BRACKET_RE.finditer(text, open_at, min(len(text), open_at + _MAX_ANNOTATION)):
        ch = m.group()
        if ch == "\n":
            # a line broken inside an annotation (PDF text) runs on only after a label or separator,
            # or before a document-sharing site's line counter
            if not _RUN_ON_RE.search(text, max(open_at, m.start() - 2), m.start()):
                if text[m.end() : m.end() + 1].isspace() or not _LINE_COUNTER_RE.match(text, m.end()):
                    return None
                counter_at = m.end()
            continue
        if ch in OPENERS:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                # (a counter before a line that ends the sentence before the bracket closes opened a new item)
                if counter_at >= 0 and "。" in text[counter_at : m.start()]:
                    return None
                return m.end()
    return None


def _blank_counters(inner: str) -> str:
    """An annotation's inner text with each line break before a line counter, and the counter, as blanks
    (same length: offsets into the text still hold; names are read with spaces squashed)."""
    if "\n" not in inner or "、" not in inner:
        return inner
    return _BROKEN_AT_COUNTER_RE.sub(lambda c: " " * len(c.group()), inner)


def _open_end(text: str, at: int) -> int | None:
    """Where a bracket at ``at`` left open ends: its line's end (or the first 。 on it, which ends a label's
    value), when the bracket opens with a role label (``（牵头单位：…；责任单位：…、``) and nothing on the
    line closes it; else None.
    """
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find("。", at, line_end)
    # (a document-sharing site's line counter opens the next line, which ends no sentence: the list runs on
    # there, as in :func:`_match_close`)
    while stop < 0 and line_end < len(text) and not text[line_end + 1 : line_end + 2].isspace() and (
        _LINE_COUNTER_RE.match(text, line_end + 1)
    ):
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if "。" in text[line_end:next_end]:
            break
        line_end = next_end
    end = line_end if stop < 0 else stop + 1
    m = _LABEL_RE.match(text[at + 1 : end].lstrip())
    if m is None or role_of_label(m.group("label")) is None:
        return None
    depth = 1
    for b in _BRACKET_RE.finditer(text, at + 1, end):
        if b.group() == "\n":  # (a counter line's break)
            continue
        depth += 1 if b.group() in OPENERS else -1
        if depth == 0:
            return None
    return end


# A role word as a verb inside a label's value: 责任单位：X、Y按职责分工负责 / 责任单位：X牵头，Y配合.
_VALUE_VERB_RE = re.compile(rf"{LEAD_WORD_PATTERN}|{SUPPORT_WORD_PATTERN}|负责|落实|组织实施|指导")


def _label_value(content: str, start: int, end: int) -> str:
    """A label's value: up to the next label or the end of its sentence (a note may follow: ``。下同``), or a
    progress label after it (``配合单位：市城管局、市财政局 实际完成情况：…``: the results are no units)."""
    value = content[start:end]
    stop = value.find("。")
    if "：" in value or ":" in value:
        stop = _status_label_at(value, stop if stop >= 0 else len(value))
    return (value[:stop] if stop >= 0 else value).rstrip("；;，,。 ")


_STATUS_LABEL_REACH = 10  # (the characters before a colon a progress label may hold)


def _status_label_at(value: str, end: int) -> int:
    """Where the first progress label (:func:`~policykg.extract.table_columns.is_status_column`: 完成情况, 实际完成
    情况, 工作进展) and its colon in ``value[:end]`` start, or ``end``: the shortest such label before the colon that
    opens after a name's last character or a break (实际完成情况 of 市财政局实际完成情况), else the shortest."""
    for c, ch in enumerate(value[:end]):
        if ch not in "：:" or c < 2:
            continue
        starts = [j for j in range(c - 2, max(0, c - _STATUS_LABEL_REACH) - 1, -1) if is_status_column(value[j:c])]
        if starts:
            # (the shortest label after a name's end or a break: 工作进展 of 市财政局工作进展, not 进展)
            return next((j for j in starts if j == 0 or value[j - 1] in "、，,；; " or value[j - 1] in _ADDRESSEE_LAST),
                        starts[0])
    return end


def _parse_labelled(content: str, base: int, issuer: tuple[str, ...], ann: Annotation) -> bool:
    # Every field ends with its colon or its closing bracket: the text after the last one (the last
    # value) is not scanned.
    last = max(content.rfind("："), content.rfind(":"), content.rfind("】"), content.rfind("；"), content.rfind(";"))
    fields = [
        f
        for f in _LABEL_RE.finditer(content, 0, last + 1)
        # (a label word before a semicolon is a label only as a post's, after a field of its own)
        if f.group()[-1] not in "；;" or (content[f.start() - 1 : f.start()] in ("；", ";") and is_post_label(f.group("label")))
    ]
    if not fields or fields[0].start() != 0:
        return False
    # (label role, (agencies, posts, open list, clean, marked), roles the value's own verbs give)
    parsed: list[tuple[Role, tuple, list[Role] | None]] = []
    for i, f in enumerate(fields):
        value_end = fields[i + 1].start() if i + 1 < len(fields) else len(content)
        value = _label_value(content, f.end(), value_end)
        label = f.group("label")
        if is_deadline_label(label):
            ann.deadline = value or None
            continue
        if is_post_label(label):  # 责任领导：分管副市长 — posts, never agencies
            ann.posts += [p for p in (x.strip() for x in _ITEM_SPLIT.split(value)) if p and is_post(p)]
            continue
        label_role = role_of_label(label)
        if label_role is None:
            continue
        if _VALUE_VERB_RE.search(value):  # the value is a clause of roles: its verbs name the roles
            sub = Annotation(0, 0)
            if _parse_clauses(value, base + f.end(), issuer, sub) and sub.entries:
                agencies = [(n, s, e) for n, _, s, e in sub.entries]
                roles = [label_role if r is Role.RESPONSIBLE else r for _, r, _, _ in sub.entries]
                marked = frozenset(k for k, r in enumerate(roles) if r is Role.LEAD)
                parsed.append((label_role, (agencies, sub.posts, sub.open_list, True, marked), roles))
                continue
        names = parse_marked_names(value, base=base + f.end(), issuer=issuer, keep_unknown=True)
        parsed.append((label_role, names, None))
    # A lead label, or a lead mark on a unit (责任单位：★区发改委、统计局), makes the others support; where a
    # label of supporting units stands beside them (牵头单位：X，配合单位：Y，责任单位：Z), the three labels name three
    # roles and the 责任单位 units are responsible (eval/README: responsible unless the text marks another role).
    has_lead = any(r is Role.LEAD or names[4] for r, names, _ in parsed)
    ann.support_label = any(r is Role.SUPPORT for r, _, _ in parsed)
    demote = has_lead and not ann.support_label
    for label_role, (agencies, posts, open_list, _, marked), roles in parsed:
        for k, (n, s, e) in enumerate(agencies):
            if label_role is Role.LEAD or k in marked:
                role = Role.LEAD
            elif label_role is Role.SUPPORT or demote or (roles is not None and roles[k] is Role.SUPPORT):
                role = Role.SUPPORT
            else:
                role = Role.RESPONSIBLE
            ann.entries.append((n, role, s, e))
        ann.posts += posts
        ann.open_list |= open_list
    ann.explicit_lead = has_lead
    return bool(ann.entries or ann.posts or ann.deadline)


def _standing_owners(clause: str, base: int, issuer: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """The bodies a note gives every later task (``以下政策措施均需各县区人民政府、园区管委会落实``), or none."""
    d = _DEFAULT_RE.match(clause)
    if d is None:
        return ()
    who, at = d.group("who"), base + d.start("who")
    found, posts, _, clean, _, _ = _parse_names(who, issuer)
    if clean and found and not posts:
        return tuple((n, s + at, e + at) for n, s, e in found)
    return ((who, at, at + len(who)),) if is_agency_name(who, issuer=issuer) else ()


def _parse_clauses(content: str, base: int, issuer: tuple[str, ...], ann: Annotation) -> bool:
    pending: list[tuple[str, int]] = []
    skipped = 0  # list items read as no unit
    parsed_any = False
    entries: list[tuple[str, Role, int, int]] = []
    for raw, start in split_outside_brackets(content, _CLAUSE_SPLIT, base):
        clause = raw.strip()
        if not clause:
            continue
        if lead_first_rule(clause):
            ann.lead_first = True
            continue
        if (parsed_any or ann.lead_first) and _NOTE_RE.match(clause):
            # 以下均需试点城市政府落实，不再列出: a unit that owns every later task.
            ann.default = _standing_owners(clause, start + len(raw) - len(raw.lstrip()), issuer)
            break
        m = _VERB_CLAUSE_RE.match(clause)
        if not m and is_time(clause):
            # （X牵头，Y配合，年内持续推进）/（…，2024年底前完成）: a time clause is the deadline, not a
            # verbless list
            ann.deadline = clause
            continue
        if not m:
            pending.append((clause, start + len(raw) - len(raw.lstrip())))
            continue
        verb = m.group("verb")
        role = role_of_verb(verb.removeprefix("总"))  # (X总牵头: the lead of the whole part)
        groups = [*pending, (m.group("items"), start + len(raw) - len(raw.lstrip()))]
        pending = []
        for items, at in groups:
            # 国家发展改革委会同有关部门负责: the unit before 会同 and its partners own the work alike, as in
            # prose (会同 marks no lead: eval dev 07)
            parts = [(items, at, role)]
            if "会同" in items:
                k = items.index("会同")
                parts = [(items[:k], at, role), (items[k + 2 :], at + k + 2, role)]
            for piece, p_at, p_role in parts:
                found, posts, open_list, clean, marked, unread = _parse_names(piece, issuer, True)
                if not clean:
                    # an item the tables and shapes do not know (各有关科研院所): kept (known=False) while the
                    # annotation's other units outnumber such items, if it reads as a name at all
                    if not all(looks_like_body(u) for u in unread):
                        return False
                    skipped += len(unread)
                elif not (found or posts or open_list):
                    return False
                entries += [
                    (n, Role.LEAD if k in marked else p_role, s + p_at, e + p_at, verb)
                    for k, (n, s, e) in enumerate(found)
                ]
                ann.posts += posts
                ann.open_list |= open_list or verb.startswith("等")
        parsed_any = True
    if pending and not parsed_any and ann.lead_first:
        # （X、Y（Z）。列第一位者为牵头部门，下同）: a bare list that states the lead-first rule names its units as
        # the bare lists after it do (the rule gives the roles), each item read as a body's name, one at least known
        # or written with its level
        for items, at in pending:
            found, posts, _, clean, _, _ = _parse_names(items, issuer)
            if not (clean and found and not posts) or not (
                any(canonical_agency(n, issuer=issuer)[2] for n, _, _ in found)
                or all(n.startswith(RELATIVE_LEVELS) and is_agency_name(n, issuer=issuer) for n, _, _ in found)
            ):
                return False
            entries += [(n, Role.RESPONSIBLE, s + at, e + at, "") for n, s, e in found]
        pending, parsed_any = [], True
    if pending and not parsed_any:
        return False
    if pending:  # a verbless list after the last verb: not a clean annotation
        return False
    if skipped and len(entries) <= 2 * skipped:
        return False  # (most of the units unread: a clause that only looks like a list)
    # 指导 (guide) owns the task unless another unit is named as doing it (X指导，Y负责落实).
    doers = any(not v.endswith("指导") and r is not Role.SUPPORT for _, r, _, _, v in entries)
    entries = [
        (n, Role.RESPONSIBLE if v.endswith("指导") and not doers else r, s, e, v) for n, r, s, e, v in entries
    ]
    if any(r is Role.LEAD for _, r, _, _, _ in entries):
        ann.explicit_lead = True
        entries = [(n, Role.SUPPORT if r is Role.RESPONSIBLE else r, s, e, v) for n, r, s, e, v in entries]
    ann.entries = [(n, r, s, e) for n, r, s, e, _ in entries]
    return bool(ann.entries or ann.posts or ann.open_list)


def _at_line_lead(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the start of its line or the end of a sentence."""
    return _LINE_LEAD_RE.search(text, max(0, pos - 8), pos) is not None


def find_annotations(text: str, *, issuer: tuple[str, ...] = ()) -> list[Annotation]:
    """Every responsibility annotation in a document, in reading order.

    Args:
        text: the document's normalised text.
        issuer: the document's issuing bodies.

    Returns:
        :class:`Annotation` records (bracketed ones and label lines).
    """
    found: list[Annotation] = []
    last_end = -1
    for m in _OPEN_RE.finditer(text):
        at = m.start()
        if at < last_end:
            continue
        end = _match_close(text, at)
        if end is None:
            # (牵头单位：省发展改革委；责任单位：省编办、省住建厅、 — a labelled list left open where the
            # page or the excerpt ends, or its bracket lost: read to the end of its line
            end = _open_end(text, at)
            if end is None:
                continue
            inner = text[at + 1 : end]
        else:
            inner = text[at + 1 : end - 1]
        blanked = _blank_counters(inner)
        content = blanked.strip()
        if not _HINT_RE.search(content):
            continue
        base = at + 1 + len(inner) - len(inner.lstrip())
        ann = Annotation(at, end)
        division = _DIVISION_RE.match(content)
        if division:  # （责任分工：X牵头，Y配合）
            content, base = content[division.end() :], base + division.end()
        ok = (
            _parse_labelled(content, base, issuer, ann)
            if _LABEL_RE.match(content)
            else _parse_clauses(content, base, issuer, ann)
        )
        if ok and not ann.default and "以下" in content:
            # （责任单位：X、Y。以下政策措施均需Z落实，不再单独列出）: a standing rule stated as a sentence of its own
            # after the units (a label's value ends at its 。)
            for stop in re.finditer("。", content):
                if content.startswith("以下", stop.end()):
                    ann.default = _standing_owners(content[stop.end() :], base + stop.end(), issuer)
                    break
        if ok:
            if blanked != inner:  # (a name split by a line counter: 市通⏎3、信发展办 is 市通信发展办)
                ann.entries = [(n.replace(" ", ""), r, s, e) for n, r, s, e in ann.entries]
            found.append(ann)
            last_end = end
    if "。（" in text or "；（" in text:
        for m in _BARE_OWNERS_RE.finditer(text):
            at = m.start() + 1
            if at < last_end or any(a.start <= at < a.end for a in found):
                continue
            names, posts, _, clean = parse_names(m.group("names"), base=m.start("names"), issuer=issuer)
            if clean and names and not posts and (
                    any(canonical_agency(n, issuer=issuer)[2] for n, _, _ in names)
                    or all(n.startswith(RELATIVE_LEVELS) and is_agency_name(n, issuer=issuer) for n, _, _ in names)):
                found.append(Annotation(at, m.end(), [(n, Role.RESPONSIBLE, a, b) for n, a, b in names]))
    # Label lines under a task: consecutive lines form one annotation.
    group: Annotation | None = None
    label_lines = list(_LABEL_LINE_RE.finditer(text))
    if "：" in text or ":" in text or "】" in text:
        label_lines += _LABEL_AFTER_SENTENCE_RE.finditer(text)
        label_lines.sort(key=lambda x: x.start("label"))
    for m in label_lines:
        at = m.start("label")
        at -= text[at - 1 : at] == "【"  # (the bracket a label stands in is the label's)
        if any(a.start <= at < a.end for a in found):
            continue
        if group is not None and text[group.end : at].strip() == "":
            group.end = m.end()
        else:
            if group is not None:
                found.append(group)
            group = Annotation(at, m.end())
        single = Annotation(0, 0)
        _parse_labelled(text[m.start("label") : m.end()].rstrip(), m.start("label"), issuer, single)
        group.entries += single.entries
        group.posts += single.posts
        group.open_list |= single.open_list
        group.deadline = single.deadline or group.deadline
        group.explicit_lead |= single.explicit_lead
        group.support_label |= single.support_label
    if group is not None:
        found.append(group)
    if "分工" in text:  # 责任分工：X牵头，各相关单位配合。 in running text
        for m in _DIVISION_TEXT_RE.finditer(text):
            if not _at_line_lead(text, m.start()) or any(a.start <= m.start() < a.end for a in found):
                continue
            ann = Annotation(m.start(), m.end())
            value = m.group("value")
            at = m.start("value") + len(value) - len(value.lstrip())
            if _parse_clauses(value.strip(), at, issuer, ann):
                found.append(ann)
    for m in _role_sentences(text):
        if any(a.start <= m.start("value") < a.end for a in found):
            continue
        ann = Annotation(m.start("by" if m.group("by") else "value"), m.end() + (text[m.end() : m.end() + 1] == "。"))
        if _parse_clauses(m.group("value"), m.start("value"), issuer, ann) and ann.entries:
            found.append(ann)
    found += [ann for ann in _back_references(text, issuer) if not any(a.start <= ann.start < a.end for a in found)]
    found = [a for a in found if a.entries or a.posts or a.deadline or a.open_list]
    found.sort(key=lambda a: a.start)
    for a in found:  # in a group of label lines a lead label makes the 责任单位 units support (not beside 配合单位)
        if a.explicit_lead and not a.support_label:
            a.entries = [(n, Role.SUPPORT if r is Role.RESPONSIBLE else r, s, e) for n, r, s, e in a.entries]
    return found


# ---------------------------------------------------------------------------
# Tasks


# The issuer naming itself as a duty's subject (我厅会同…, 本局负责…): the self-reference word, then the heads of the
# issuer's name it stands for (我办: the 办公室 or 办公厅 that issues).
_SELF_FIRST = frozenset("我本")
_SELF_HEADS = {"厅": ("厅",), "局": ("局",), "委": ("委", "委员会"), "办": ("办", "办公室", "办公厅"), "部": ("部",)}


_SELF_DUTY_RE = re.compile(rf"(?:主要|具体|分别|共同)?(?:要|应当|应(?!急|用)|须|需|必须|务必|将|会同|联合|牵头|{_TAKES_CHARGE})")


def _self_body(word: str, issuer: tuple[str, ...]) -> str | None:
    """The issuing body a self-reference (``我厅``, ``本局``, ``我委``) names: the one issuer whose name ends in that
    head, or None (none, or several of a joint issue: never a guess)."""
    heads = _SELF_HEADS.get(word[1:]) if len(word) == 2 and word[0] in _SELF_FIRST else None
    if not heads:
        return None
    found = [name for name in issuer if name.endswith(heads)]
    return found[0] if len(found) == 1 else None


def _mentions(ann: Annotation, issuer: tuple[str, ...], lead_first: bool) -> tuple[AgencyMention, ...]:
    entries = ann.entries
    if lead_first and not ann.explicit_lead and entries:
        entries = [(n, Role.LEAD if i == 0 else Role.SUPPORT, s, e) for i, (n, _, s, e) in enumerate(entries)]
    if any(n[:1] in LEVEL_CHARS and n[1:2] in LEVEL_CHARS for n, _, _, _ in entries):
        # 省市住建厅 found whole by a scan: the province's body and the city's
        entries = [(p, role, s, e) for n, role, s, e in entries
                   for p in ((n[:1] in LEVEL_CHARS and split_level_pair(n)) or (n,))]
    out, seen = [], set()
    for name, role, s, e in entries:
        me = _self_body(name, issuer) if name[:1] in _SELF_FIRST else None
        canonical, kind, known = canonical_agency(me or name, issuer=issuer)
        if canonical in seen:
            continue
        seen.add(canonical)
        out.append(
            AgencyMention(
                name=name, canonical=canonical, role=role, type=kind, known=known, source=Source(s, e, name)
            )
        )
    return tuple(out)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _governed_floor(text: str, sections: list[Section], sec: Section | None, ann: Annotation, prev_end: int) -> int:
    """Where the text an annotation governs may start: its item's start, or its parent's.

    An annotation on a line of its own after sub-items none of which has an annotation
    (``1.完善预案体系`` / ``（1）…`` / ``（2）…`` / ``（责任单位：…）``) governs every one of
    them, from their parent item's start; otherwise it governs its own item.
    """
    if sec is None or sec.source is None:
        return _line_start(text, ann.start)
    floor = sec.source.start
    if len(sec.path) < 2:
        return floor
    j = ann.start - 1  # (most annotations follow their task on its line: one character tells)
    while j >= 0 and text[j] != "\n" and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] != "\n":
        return floor  # the annotation does not open its line
    line_end = text.find("\n", ann.end)
    if text[ann.end : len(text) if line_end < 0 else line_end].strip("。；; \t\u3000"):
        return floor
    parent_path = sec.path[:-1]
    siblings = [
        x.source.start
        for x in sections
        if x.source and len(x.path) == len(sec.path) and x.path[:-1] == parent_path
        and prev_end <= x.source.start < floor
    ]
    if not siblings:
        return floor
    parent = next(
        (
            x
            for x in sections
            if x.path == parent_path and x.source and x.source.start <= floor < x.source.end
        ),
        None,
    )
    if parent is not None and parent.source is not None and parent.source.start >= prev_end:
        return parent.source.start
    return min(siblings)


# A top-level heading written inside a run-on line, after a stop (…工作安排如下：一、加强食品安全工作…).
_INLINE_HEADING_RE = re.compile(r"(?<=[。：:；;])\s*[一二三四五六七八九十]{1,3}、")


def _last_inline_heading(governed: str) -> int:
    """Where the last ``一、`` heading written inside ``governed`` after a stop starts (0 for none)."""
    at = 0
    for m in _INLINE_HEADING_RE.finditer(governed):
        at = m.end() - len(m.group().lstrip())
    return at


def _is_heading_annotation(text: str, ann: Annotation, sec: Section | None) -> Section | None:
    """``sec`` (the section at ``ann``) when its heading line holds ``ann`` as its closing note (（由市科技局牵头）)."""
    if sec is None or sec.source is None:
        return None
    line_end = text.find("\n", sec.source.start)
    line_end = len(text) if line_end < 0 else line_end
    if ann.end > line_end:
        return None  # (not on the heading's line: the cheap test first, the section may run long before it)
    after = text[ann.end : line_end].strip("。 ")
    if (
        not after
        and not _STOP_RE.search(text, sec.source.start, ann.start)
        and any(r is Role.LEAD for _, r, _, _ in ann.entries)
        and text[line_end : sec.source.end].strip()  # an item with nothing beneath is annotated itself
    ):
        return sec
    return None


def find_tasks(
    text: str,
    *,
    document: str | None,
    issuer: tuple[str, ...] = (),
    sections: list[Section] | None = None,
    table_rows: list[TableRow] | None = None,
    title: str | None = None,
) -> list[Task]:
    """The tasks of one document: annotated clauses first found, then prose assignments.

    Args:
        text: the document's normalised text (title line to end).
        document: the document's number (or None), copied into each task.
        issuer: the issuing bodies, whose jurisdiction resolves ``市…``/``省…``/``区…``.
        sections: the document's sections from :func:`parse_sections`; parsed here when None.
        table_rows: the rows of its task tables from :func:`find_table_rows` with the same
            ``issuer``; read here when None.
        title: the document's title: a report of results (:data:`~policykg.extract.patterns.REPORT_TITLE`) assigns
            by its prose only what a modal puts ahead.

    Returns:
        :class:`Task` records in reading order, ``index`` 0..n, each with its path, heading,
        governed text, agencies (name, canonical, role, type, known), deadline, posts, open
        list flag and ``source`` spanning the governed clauses and the annotation.
    """
    issuer = tuple(issuer or ())
    if sections is None:
        sections = parse_sections(text, document=document)
    annotations = find_annotations(text, issuer=issuer)
    rule = lead_first_rule(text)
    rule_at = rule.start() if rule else None

    drafts: list[tuple[int, int, int, Task]] = []  # (start, end, text_end, task)
    heading_leads: list[tuple[Section, Annotation]] = []
    prev_end = 0
    default: tuple[tuple[str, int, int], ...] = ()
    section_of = SectionIndex(sections).at  # the innermost section at a position
    for ann in annotations:
        sec = section_of(ann.start)
        head_sec = _is_heading_annotation(text, ann, sec)
        if head_sec is not None:
            heading_leads.append((head_sec, ann))
            prev_end = ann.end
            continue
        floor = _governed_floor(text, sections, sec, ann, prev_end)
        seg_start = max(floor, prev_end)
        governed = text[seg_start : ann.start]
        if "\n" not in governed and (inline := _last_inline_heading(governed)):
            seg_start += inline  # a run-on line: the task starts at the heading written inside it
            governed = governed[inline:]
        if not ann.entries and not ann.posts and not ann.open_list:
            # A deadline alone (（完成时限：2024年底）) belongs to the task just before it.
            if drafts and not governed.strip("。；，\n "):
                s, _, te, t = drafts[-1]
                drafts[-1] = (
                    s,
                    ann.end,
                    te,
                    _replace(t, deadline=ann.deadline, source=Source(s, ann.end, text[s : ann.end])),
                )
            prev_end = ann.end
            continue
        lead_first = rule_at is not None and ann.end > rule_at
        if default and not ann.default:
            role = Role.SUPPORT if ann.explicit_lead else Role.RESPONSIBLE
            named = {n for n, *_ in ann.entries}
            ann.entries = [*ann.entries, *((n, role, s, e) for n, s, e in default if n not in named)]
        if ann.default:
            default = ann.default
        stripped = governed.strip()
        lead_ws = len(governed) - len(governed.lstrip())
        t_start = seg_start + lead_ws
        if not stripped:  # a sentence of roles that names its own work first (统战工作由县委统战部负责。): the task
            t_start, stripped = ann.start, text[ann.start : ann.end].strip()
        elif "\n" in stripped:  # (a document-sharing page's chunk counter cutting the clause is no part of it)
            stripped = without_chunk_counters(text, t_start, t_start + len(stripped))
        task = Task(
            document=document,
            text=stripped,
            agencies=_mentions(ann, issuer, lead_first),
            path=sec.path if sec else (),
            heading=sec.heading if sec else None,
            deadline=ann.deadline,
            kind="annotated",
            posts=tuple(ann.posts),
            open_list=ann.open_list,
            source=Source(t_start, ann.end, text[t_start : ann.end]),
        )
        drafts.append((t_start, ann.end, t_start + len(stripped), task))
        prev_end = ann.end

    drafts += _heading_tasks(text, heading_leads, drafts, sections, document, issuer)
    line_heads, head_spans = _line_heading_tasks(text, drafts, section_of, document, issuer)
    drafts += line_heads
    if table_rows is None:
        table_rows = find_table_rows(text, issuer=issuer)
    drafts += _table_tasks(text, table_rows, drafts, document, issuer)
    if _QUOTED_TASK_WORDS in text:
        drafts += _quoted_tasks(text, section_of, document, issuer)
    covered = [(s, e) for s, e, _, _ in drafts] + [(a.start, a.end) for a in annotations] + head_spans
    # (a cell of a target table's goal column, 由市科技局统筹安排, is its row's value: the row's owner is in its
    # owner column)
    covered += [span for table in scored_tables(text) for span in table.goal_cells]
    report = bool(title) and REPORT_TITLE.search(title) is not None
    drafts += _prose_tasks(text, covered, section_of, document, issuer, report=report,
                           reviews=_review_sections(sections, report))
    drafts.sort(key=lambda d: d[0])
    return [_replace(t, index=i) for i, (_, _, _, t) in enumerate(drafts)]


# A report quoting the task a body owns (如县发改局负责的“严格落实…。”, 县自然资源局、县水利局负责的“…”): the quoted words
# are the task, the bodies the clause opens with before 负责的 its owners (found from the literal 负责的“). Only a quoted
# sentence is a task: one that ends with a full stop or holds a clause mark, and is followed by no noun of the work
# (X负责的“十四五”规划编制工作, X负责的“乡村旅游”项目建设: a quoted name, the words after it the work).
_QUOTED_TASK_WORDS = "负责的“"
_QUOTED_TASK_RE = re.compile(r"负责的“(?P<task>[^“”\n]{2,300})”")
_QUOTED_CLAUSE_MARK_RE = re.compile(r"[，,；;。！]")
_QUOTED_NAME_NOUNS = (*_BACK_REFERENCE_NOUNS, "项目", "规划", "工程", "行动", "计划", "建设")
# (how far before 负责的 the owners' clause may start, and the words of an example before them: 如X负责的“…”)
_QUOTED_OWNERS_REACH = 60
_QUOTED_OWNERS_RE = re.compile(r"(?:[^，。；,;：:”\n]*[，。；,;：:”\n])?(?:例如|比如|如|其中)?(?P<who>[^，。；,;：:”\n]{2,})$")


def _quoted_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether the quote of ``m`` (:data:`_QUOTED_TASK_RE`) holds a sentence rather than a name."""
    return _QUOTED_CLAUSE_MARK_RE.search(m.group("task")) is not None and not text.startswith(_QUOTED_NAME_NOUNS, m.end())


def _named_alone(name: str, issuer: tuple[str, ...]) -> bool:
    """Whether ``name`` is a body's name and nothing more: one the tables know, or a body by its form
    (:func:`looks_like_body`), not words of a clause run into a name (各乡镇要支持县文旅局)."""
    return canonical_agency(name, issuer=issuer)[2] or looks_like_body(name)


def _quoted_tasks(
    text: str, section_of: Callable[[int], Section | None], document: str | None, issuer: tuple[str, ...]
) -> list[tuple[int, int, int, Task]]:
    """The tasks of :data:`_QUOTED_TASK_RE`: each quoted sentence (:func:`_quoted_sentence`), owned by the bodies
    named right before its 负责的, when those words are names alone (not 各乡镇要支持县文旅局负责的“…”)."""
    out = []
    for m in _QUOTED_TASK_RE.finditer(text):
        if not _quoted_sentence(text, m):
            continue
        w0 = max(0, m.start() - _QUOTED_OWNERS_REACH)
        owners = _QUOTED_OWNERS_RE.search(text, w0, m.start())
        if owners is None:
            continue
        found, posts, _, clean, _, _ = _parse_names(owners.group("who"), issuer)
        if not (clean and found and not posts and all(_named_alone(n, issuer) for n, _, _ in found)):
            continue
        at = owners.start("who")
        ann = Annotation(at, m.end(), entries=[(n, Role.RESPONSIBLE, a + at, b + at) for n, a, b in found])
        t0, t1 = m.start("task"), m.end("task")
        out.append((at, m.end(), t1, _prose_task(document, text, t0, t1, ann, issuer, section_of(t0))))
    return out


def _line_heading_tasks(text, drafts, section_of, document, issuer):
    """Items under a heading line that names their lead (``市农业农村局牵头事项（5项）``).

    The heading governs the items after it (numbered, or plain lines closed by a full stop)
    up to the next such heading, a top-level heading (``二、``, ``附件``) or the end: an item
    already annotated without a lead gets the heading's units as lead (its own become
    support); an item with no annotation becomes a task of the heading's units. A note of
    units on a line of its own closing the group (``协同单位：市教育局、市财政局。``), whose
    clauses began before the heading, holds for each item above it: each becomes a task of
    the lead with those units as support, and the heading makes no task. Returns the new
    drafts and the heading lines' spans.
    """
    # The tail holds no heading word, so no two words' matches overlap: merged by their starts,
    # they are the matches one regex of all the words finds.
    tails = [m for regex in _LEAD_HEADING_RES for m in regex.finditer(text)]
    if not tails:
        return [], []
    tails.sort(key=re.Match.start)
    heads = []
    for tail in tails:
        line_start = text.rfind("\n", 0, tail.start()) + 1
        m = _HEADING_WHO_RE.fullmatch(text, line_start, tail.start())
        if m is None:
            continue
        raw = m.group("who")
        at = m.start("who")
        if raw[:1] in MARKER_FIRST and (mk := MARKER_RE.match(raw)):
            raw, at = raw[mk.end():], at + mk.end()  # 一、县示范区管委会牵头工作（8项）: the heading's own marker
        agencies, posts, _, clean = parse_names(raw.removeprefix("由"), base=at, issuer=issuer)
        if clean and agencies:
            heads.append((line_start, tail.end(), text[line_start : tail.end()], agencies, posts))
    out, spans, closed = [], [], []
    for k, (h_start, h_end, heading, agencies, posts) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        top = _TOP_HEADING_RE.search(text, h_end, end)
        end = top.start() if top else end
        ann = Annotation(h_start, h_end, entries=[(n, Role.LEAD, a, b) for n, a, b in agencies], posts=list(posts))
        ann.explicit_lead = True
        lead = _mentions(ann, issuer, False)
        names = {x.canonical for x in lead}
        spans.append((h_start, h_end))
        free = h_end  # where the items no annotation governs begin
        for i, (s, e, te, t) in enumerate(drafts):
            if any(a.role is Role.LEAD for a in t.agencies):
                continue
            others = tuple(_replace(a, role=Role.SUPPORT) for a in t.agencies if a.canonical not in names)
            if h_end <= s < end:
                drafts[i] = (s, e, te, _replace(t, agencies=lead + others))
            elif s < h_end < te and e <= end:
                # a note closing the group's first items: each item is the lead's, with the note's
                # units when the note stands on a line of its own (an inline one is the last item's)
                closed.append(i)
                free = e
                items = _group_items(text, h_end, te)
                own_line = text[te:e].lstrip(" \t\u3000")[:1] == "\n"
                for j, (a0, b0) in enumerate(items):
                    owned = lead + others if own_line or j == len(items) - 1 else lead
                    out.append(_heading_item(text, a0, b0, owned, t.deadline, section_of, document, heading, posts))
        for a0, b0 in _group_items(text, free, end):
            if not any(a0 <= s < b0 for s, *_ in drafts):
                out.append(_heading_item(text, a0, b0, lead, None, section_of, document, heading, posts))
    for i in reversed(closed):
        del drafts[i]
    return out, spans


def _group_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items in ``text[start:end]`` under a lead heading: its numbered items,
    and before the first of them its plain lines, each run of lines up to one closed by a
    full stop (a line that opens a list, a signature or a date ends them)."""
    numbered = [x.start() for x in _ITEM_LINE_RE.finditer(text, start, end)]
    spans = []
    run = None
    pos = start
    plain_end = numbered[0] if numbered else end
    while pos < plain_end:
        nl = text.find("\n", pos, plain_end)
        line_end = plain_end if nl < 0 else nl
        line = text[pos:line_end].strip()
        if line:
            if run is None:
                if line[-1] in "：:" or not any(c in line for c in "，。；,;"):
                    break
                run = pos
            if line[-1] in "。；;！":
                spans.append((run, line_end))
                run = None
        pos = line_end + 1
    spans += [(a, numbered[j + 1] if j + 1 < len(numbered) else end) for j, a in enumerate(numbered)]
    out = []
    for a, b in spans:
        seg = text[a:b]
        body = seg.strip()
        if body:
            a0 = a + len(seg) - len(seg.lstrip())
            out.append((a0, a0 + len(body)))
    return out


def _heading_item(text, a0, b0, agencies, deadline, section_of, document, heading, posts):
    """The draft of one item under a lead heading, owned by ``agencies``."""
    body = text[a0:b0]
    sec = section_of(a0)
    task = Task(
        document=document,
        text=body,
        agencies=agencies,
        path=sec.path if sec else (),
        heading=heading.strip(),
        deadline=deadline,
        kind="annotated",
        posts=tuple(posts),
        source=Source(a0, b0, body),
    )
    return (a0, b0, b0, task)


def _table_tasks(text, rows, drafts, document, issuer):
    """The tasks of the rows of task tables (``rows`` from :func:`find_table_rows`) that no
    annotation already made."""
    out = []
    for row in rows:
        if any(s < row.end and row.start < e for s, e, _, _ in drafts):
            continue
        ann = Annotation(row.start, row.end, entries=list(row.entries), posts=list(row.posts))
        ann.open_list = row.open_list
        ann.explicit_lead = any(r is Role.LEAD for _, r, _, _ in row.entries)
        out.append(
            (
                row.start,
                row.end,
                row.text_end,
                Task(
                    document=document,
                    text=text[row.text_start : row.text_end],
                    agencies=_mentions(ann, issuer, False),
                    path=(row.serial,),
                    heading=row.heading,
                    deadline=row.deadline,
                    kind="annotated",
                    posts=tuple(row.posts),
                    open_list=row.open_list,
                    source=Source(row.start, row.end, text[row.start : row.end]),
                ),
            )
        )
    return out


def _replace(task: Task, **changes) -> Task:
    return evolve(task, **changes)


def _heading_tasks(text, heading_leads, drafts, sections, document, issuer):
    """Apply leads named in headings to the tasks beneath; leaf items with no annotation become tasks."""
    extra = []
    for sec, ann in heading_leads:
        lead = _mentions(ann, issuer, False)
        s0, s1 = sec.source.start, sec.source.end

        def led(start: int, end: int, body: str, part: Section, ann: Annotation = ann, lead=lead):
            """A task of ``text[start:end]`` (quoted as ``body``) in ``part``, owned by the heading's lead."""
            return start, end, end, Task(
                document=document, text=body, agencies=lead, path=part.path, heading=part.heading,
                kind="annotated", posts=tuple(ann.posts), open_list=ann.open_list, deadline=ann.deadline,
                source=Source(start, end, text[start:end]),
            )

        inside = [i for i, (s, _, _, _) in enumerate(drafts) if s0 <= s < s1]
        for i in inside:
            s, e, te, t = drafts[i]
            if any(a.role is Role.LEAD for a in t.agencies):
                continue
            others = tuple(
                _replace(a, role=Role.SUPPORT)
                for a in t.agencies
                if a.canonical not in {m.canonical for m in lead}
            )
            drafts[i] = (s, e, te, _replace(t, agencies=lead + others))
        leaves = [
            x
            for x in sections
            if x.source
            and s0 <= x.source.start
            and x.source.end <= s1
            and x.path[: len(sec.path)] == sec.path
            and not any(
                y is not x
                and y.source
                and x.source.start <= y.source.start
                and y.source.end <= x.source.end
                and len(y.path) > len(x.path)
                for y in sections
            )
        ]
        # The heading's own opening paragraph, before its first item (一、强化科技创新（区科技局牵头）\n
        # 以…为牵引，推进…。\n（一）…): the lead owns it as it owns the items.
        children = [
            x.source.start
            for x in sections
            if x.source
            and len(x.path) > len(sec.path)
            and x.path[: len(sec.path)] == sec.path
            and ann.end <= x.source.start < s1
        ]
        opening = (ann.end, min(children)) if children else None
        for leaf in leaves:
            if any(leaf.source.start <= s < leaf.source.end for s, _, _, _ in drafts):
                continue
            start = ann.end if leaf is sec else leaf.source.start
            body = text[start : leaf.source.end].strip("。 \n")
            if not body:
                continue
            extra.append(led(start, leaf.source.end, body, leaf))
        if opening and not any(opening[0] <= s < opening[1] for s, _, _, _ in drafts):
            raw = text[opening[0] : opening[1]]
            start = opening[0] + len(raw) - len(raw.lstrip())
            end = opening[0] + len(raw.rstrip())
            if _OPENING_RE.search(text, start, end):
                extra.append(led(start, end, text[start:end], sec))
    return extra


# An opening paragraph worth a task: a sentence of some length, not a bracket or a stray mark.
_OPENING_RE = re.compile(r"[\u4e00-\u9fff][^\n]{7,}")
# The close of a regulation's article of purpose and ground: …，制定本规定。 / 制定本实施细则。
_PURPOSE_END_RE = re.compile(r"制定本(?:规定|办法|条例|细则|实施细则|实施办法|规则|制度)[。]?\s*$")
# An article defining a term (本办法所称的X，是指…由财政部门…给予贴息): it tells what the term covers, the bodies it
# names are part of the definition, not given work.
_DEFINITION_RE = re.compile(r"所(?:称|指)的?[^，。；,;：:]{1,40}?[，,]?(?:是指|系指|指的是)")
_DEFINITION_REACH = 80  # (the characters from the sentence's start the defined term and its 是指 stand in)


# The subject's duties set out after a colon, in place of a verb: X主要职责：…, X的职责是：…, X工作职责：….
_OWN_DUTIES_RE = re.compile(r"的?(?:主要|工作|具体)?职责(?:是|为|如下)?[：:]")
_OWN_DUTIES_FIRST = frozenset("的主工具职")
# A report of results (…整改情况的报告, …问题整改情况的通报, 2023年工作总结): its sentences tell what the bodies did
# (市政府积极贯彻…要求，抓好…; eval dev 41: a reported past action is no duty); only a modal puts work ahead
# (下一步，各部门要…, 市审计局将…).
_AHEAD_RE = re.compile(rf"(?:主要|具体|分别|共同)?(?:要|应当|应(?!急|用)|须|需|必须|务必|将|{_DEADLINE_DUTY})")


#: An achievement word as the object of a verb that works on it in a plan's task heading (（一）巩固提升整治成效,
#: 扩大改革成效): the verbs name it an object; any other achievement word (主要成效, 取得成效, 基础与成效, 发展现状,
#: “十三五”时期发展成就) is a review's noun, a review in a plan as in a report.
_ACHIEVEMENT_AS_OBJECT = re.compile(
    r"(?:巩固|提升|扩大|放大|彰显|检验|拓展|深化|提高|增强|保持|转化|固化|展示)[\u4e00-\u9fff]{0,4}?(?:成效|成绩|成就)"
)


def _review_sections(sections: list[Section], report: bool = False) -> list[tuple[int, int, bool]]:
    """The spans of the sections whose heading looks back (一、总体情况, （二）2023年工作回顾) or plans ahead
    (三、下一步工作打算), each with whether it looks back, innermost last among those that nest: a section looking
    back reports what was done, as a report does (the review headings the targets know, one list for both)."""
    out = []
    for sec in sections:
        h = sec.heading
        if sec.source is None or not h:
            continue
        stop = h.find("。")
        if PLAN_HEADING.search(h, 0, stop if stop >= 0 else len(h)):
            out.append((sec.source.start, sec.source.end, False))
        elif reviews_heading(h, stop if stop >= 0 else len(h)) and h[-1] != "表" \
                and (report or not _ACHIEVEMENT_AS_OBJECT.search(h, 0, stop if stop >= 0 else len(h))):
            out.append((sec.source.start, sec.source.end, True))
    return sorted(out, key=lambda r: (r[0], -r[1]))


def _in_review(reviews: list[tuple[int, int, bool]], at: int) -> bool:
    """Whether ``at`` lies in a section looking back, no section inside it that plans ahead holding it."""
    # (the innermost holding it: sorted by start, the outer first, it is the last one opening at or before ``at``
    # that still holds it; those after it end before ``at``)
    for i in range(bisect_right(reviews, at, key=_review_start) - 1, -1, -1):
        if at < reviews[i][1]:
            return reviews[i][2]
    return False


def _review_start(review: tuple[int, int, bool]) -> int:
    return review[0]


def _prose_tasks(text, covered, section_of, document, issuer, *, report=False, reviews=()):
    """Sentences outside annotated text whose subject is a known agency (``section_of``: the
    innermost section at a position; ``report``: the document reports results, see
    :data:`~policykg.extract.patterns.REPORT_TITLE`; ``reviews``: the sections looking back or planning
    ahead, :func:`_review_sections`, whose sentences that look back report results as a report's do)."""
    from policykg.extract.components import agency_at_start, agency_spans

    out = []
    covered = sorted(covered)
    starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))  # the furthest end among spans starting so far
    for s, e in _article_pieces(text, _hinted_sentences(text)):
        # Skip a sentence that starts or ends inside a covered span (a <= s < b or a < e <= b).
        k = bisect_right(starts, s) - 1
        if k >= 0 and reach[k] > s:
            continue
        k = bisect_left(starts, e) - 1
        if k >= 0 and reach[k] >= e:
            continue
        sentence = text[s:e]
        if "制定本" in sentence and _PURPOSE_END_RE.search(sentence):
            continue  # 第一条 为…，保障…，根据…，制定本规定。: a regulation's purpose assigns no work
        if "指" in sentence[:_DEFINITION_REACH] and (defined := _DEFINITION_RE.search(sentence, 0, _DEFINITION_REACH)):
            cut = _COMMA_RE.search(sentence, defined.end())
            if cut is None or sentence[cut.end() : cut.end() + 1] == "由" or not _duty_clause(sentence, cut.end()):
                # 第二条 本办法所称X，是指…: a definition assigns no work, nor do its later clauses that qualify the
                # term (…是指为支持…，由市财政安排，由主管部门负责管理的资金)
                continue
            # …所称主管部门是指县农业农村局，县农业农村局负责…: the definition's clause assigns none, the clause
            # after it opens with a subject and its duty
            s += cut.end()
            sentence = text[s:e]
        lead = MARKER_RE.match(sentence) if sentence[:1] in MARKER_FIRST else None
        offset = lead.end() if lead else 0
        if lead and sentence[-2:] in _CASE_ENDS and sentence[-3:-2] != "目":
            continue  # （四）逃避抗拒城管执法部门依法进行检查的。: a case of a list of circumstances, no one's duty
        if (
            (sentence[offset : offset + 1] in _DUTIES_FIRST and (duties := _duties_of_body_before(text, s, offset)))
            or (not offset and text[s - 1 : s] == "。" and (duties := _duties_after_name_line(text, s, sentence, issuer)))
            or (not offset and text[s - 1 : s] == "\n" and (duties := _duties_under_heading(text, s, section_of(s))))
        ):
            # duties whose owner stands outside their sentence: 办公室设在市国土资源局。主要职责是：… (the body the
            # sentence before names), 县委宣传部。负责… (a duty line's body), 一、主要职责 (the body the notice sets up)
            t0, t1, ann = duties
            out.append((t0, t1, t1, _prose_task(document, text, t0, t1, ann, issuer, section_of(s))))
            continue
        asked = False  # (whether a request stands before the subject: its duty needs no modal)
        reported = False  # (whether that request is told after the clauses of the body that made it)
        while sentence[offset : offset + 1] in _LEADING_FIRST:
            # 在省委领导下，省委农村工作领导小组负责… / 围绕《方案》的推进实施，市政府督考办要… / 同时，请…: the
            # subject follows
            under = _LEADING_PHRASE_RE.match(sentence, offset)
            if under is None:
                break
            asked = sentence[offset] in _ASKED_FIRST or sentence.startswith("要求", under.end() - 2)
            offset = under.end()
        if not asked and (k := sentence.find(_HANDED_OVER, offset)) >= 0 and sentence[k + 4 : k + 5] in _ASKED_FIRST \
                and (under := _LEADING_PHRASE_RE.match(sentence, k + 4)):
            # 为…，经市政府同意，现将《…》印发给你们，望各责任单位抓紧…: the notice's issuing clause, its ground and its
            # approver, then its request to the units it names
            asked, offset = True, under.end()
        if "的" in sentence[offset : offset + _OF_GROUP_REACH]:
            if of := _OF_GROUP_RE.match(sentence, offset):
                offset = of.end()  # 各项工作任务的主要责任单位要…: the units of that role are the subject
            elif (of := _OF_BODY_RE.match(sentence, offset)) \
                    and _OF_BODY_DUTY_RE.search(sentence, of.end(), of.end() + _OF_BODY_DUTY_REACH) \
                    and _owner_opens(sentence[of.end() :], issuer, text, agency_at_start, agency_spans):
                offset = of.end()  # 省政府授权的盐业主管机构负责…: the body the words before 的 qualify is the subject
        set_up = None  # (the body a set-up clause names, which owns the duty after it: see _SET_UP_RE)
        if _SET_UP_WORDS_RE.search(sentence, offset, offset + _SET_UP_REACH) and (set_up := _SET_UP_RE.match(sentence, offset)):
            offset = set_up.start("who")
        elif "设在" in sentence[offset : offset + _SET_UP_REACH + 8] and (set_up := _SEATED_RE.match(sentence, offset)):
            offset = set_up.start("who")  # 领导小组办公室设在县统计局，承担…: the office seated there
        if "，" in sentence:
            # 财政部、水利部要求，…: the bodies that asked are reported, the duty is whoever's the words after name
            offset = _after_reporting_bodies(sentence, offset, issuer) or offset
            # 从2024年起，各责任单位要… / 持续深化…机制，各牵头单位要…: the subject after leading clauses of any words
            # (not after a request that names its addressees first: 请各县做好…，市局要…: both clauses are asked)
            if not (asked and (_asked_subject(sentence[offset:], issuer)
                               or ((c := _collective_subject(sentence[offset:], issuer)) and c[0][0] == 0))):
                offset = _after_leading_clauses(sentence, offset, issuer, text, agency_at_start, agency_spans) or offset
            if not asked and "，要求" in sentence \
                    and (req := _request_after_clauses(sentence, offset, issuer, text, agency_at_start, agency_spans)):
                offset, asked, reported = req, True, True  # …印发了《X》，并发出通知，要求各区县各部门结合实际…: the bodies asked
        body = sentence[offset:]
        if len(body) < 6 or (offset and not asked and not _PROSE_HINT_RE.search(body)):
            # (a sentence holds a hint word; its body too unless the word was in its marker, or a request's)
            continue
        # Agencies are picked only as the sentence's subject, in 由…牵头/负责 or after 配合: a
        # sentence with neither word whose start is no name cannot assign work, and is not
        # read for agencies at all (six sentences in seven of a gazette).
        later: bool | None = None  # (whether a later clause opens with its own subject: asked once)
        line_end = e  # (where the task ends when its subject opens a line of a list of units' duties)
        placed: int | None = None  # (where a subject the tables lack under its place ends: asked once)
        collective = (
            _collective_subject(body, issuer)
            if body[0] in _COLLECTIVE_FIRST or "部门" in body[:14] or "单位" in body[:14] or "机关" in body[:14]
            or "室" in body[:14] or "机构" in body[:14]  # (a bureau's sections: 主办科室要…; 法制机构应当…)
            else None
        )
        if collective is None and body[0] in _COLLECTIVE_FIRST and (sec := section_of(s)) is not None \
                and len(sec.heading) <= _STAGE_HEADING_MAX and _STAGE_HEADING_RE.search(sec.heading):
            collective = _collective_subject(body, issuer, staged=True)  # （三）全面整治阶段（…）。各市、县政府组织…
        if collective is None and body.find("有关", 0, _CONCERNED_REACH) >= 0 and (concerned := _CONCERNED_GOVERNMENTS_RE.match(body)):
            # 有关省、直辖市人民政府要…, 你市有关各级政府要…: the governments concerned, one collective
            collective = [(0, concerned.end("who"), concerned.group("who"))]
        if collective is None and "、各" in body[:8]:
            collective = _places_before_group(body, issuer)  # 富阳区、各县（市）应…: a named district, then a group
        # 请各乡镇、县直各单位紧扣…: the bodies a request names, whatever verb follows
        # (a request whose words open with 由 names its owner by it, for the 由 readers: 会议要求由区教育局抓紧…)
        requested = _asked_subject(body, issuer) if asked and not collective and body[0] != "由" else None
        named = _NAMED_SUBJECT_RE.match(body) if not collective and not requested else None
        # 省财政抓紧下达…: a level and a bare field word as the subject
        field = field_name_at(body) if body[0] in LEVEL_CHARS else None
        # 我厅会同…, 本局负责…: the issuer naming itself
        # (with work ahead of it, not a result it reports: 我厅落实…资金377亿元)
        me = body[:2] if body[:1] in _SELF_FIRST and _self_body(body[:2], issuer) and _SELF_DUTY_RE.match(body, 2) else None
        # 永嘉镇、安溪镇负责组织实施: towns named by their place, listed as the subject
        towns = _listed_towns(body) if body[:1] not in _NOT_TOWN_FIRST and "、" in body[:_TOWN_MAX] else None
        if "由" not in body and "配合" not in body and not me and not towns and not agency_at_start(body) \
                and not _unknown_subject(body) and not collective and not named and not requested \
                and not field and not set_up and not _placed_start(body, agency_at_start) \
                and not ("，" in body and _NAME_DUTY_SEARCH(body) and (later := _later_subject(body))) \
                and not (placed := _placed_unknown(text, body)):
            continue
        spans = collective or agency_spans(body, issuer=issuer)
        if me:
            spans = [(0, 2, me), *(sp for sp in spans if sp[0] >= 2)]
        if requested:
            spans = requested + [sp for sp in spans if sp[0] >= requested[-1][1]]
        if not collective and not requested and (field or (spans and spans[0][0] == 0 and body[spans[0][1] : spans[0][1] + 1] == "、")):
            spans = _with_field_subjects(body, spans)
        if spans and 0 < spans[0][0] <= 4 + _province_len(body) and (full := prefixed_name(body[: spans[0][0]], spans[0][2])):
            # 市粮食和储备局 found as 粮食和储备局, 兴庆区政府办公室 as 区政府办公室: the name with its level or
            # place; a place is a real one by the tables (福州市教育局, 福建省福州市教育局), or the document's, named
            # elsewhere in it too (not the row label of 河道区水务局)
            place = full[: spans[0][0] + 1]
            if spans[0][0] == 1 or text.count(place) > 1 or is_known_place(place):
                spans = [(0, spans[0][1], full), *spans[1:]]
        elif spans and 2 < spans[0][0] <= 4 + _province_len(body) and body[spans[0][0] - 1] in _PLACE_LEVEL_LAST \
                and prefixed_name(body[spans[0][0] - 1], spans[0][2]) and is_known_place(body[: spans[0][0]]):
            # 承德市文物局 found as 文物局: a real place, its level, and a bureau's kind the level takes (市文物局)
            spans = [(0, spans[0][1], body[: spans[0][1]]), *spans[1:]]
        if towns and not spans:
            spans = towns
        if "由" in body:
            spans = _with_bodies_by_form(body, spans, issuer)
            if "政府" in body:
                spans = _with_level_bodies_by(body, spans)
        if len(spans) > 1:
            spans = _with_known_places(body, spans)
        if spans and not spans[0][0] and not collective and body.find("（", 0, 2 * _BRACKET_NAME_REACH) > 0:
            spans = _with_bracketed_names(body, spans, issuer)
        named_end = named.end("who") if named else 0
        named = _named_subject(body, issuer, spans, text=text) if named else None
        if named:
            # The named subject reaches further than the names found at the start (省委 of
            # 省委农村工作领导小组, none at all for 区（县）市容环境卫生管理部门): it is the subject.
            pos = 0
            for a, b, _ in spans:
                if a != pos:
                    break
                pos = b + (1 if body[b : b + 1] == "、" else 0)
            if named[-1][1] > pos:
                spans = named + [sp for sp in spans if sp[0] >= named[-1][1]]
        # 镇规建办为…主管部门，负责…: a name the tables lack, kept (known=False) only as the subject of an
        # unmistakable duty statement at the start of the sentence, whatever known names follow (市…领导小组
        # 组成若干个小组分别对各县（市、区）…开展督查)
        if set_up:  # 市人民政府设立城市管理综合执法总队，…负责…: the body set up, whatever the tables know of it
            u = _SET_UP_WHO_RE.match(body)
        else:
            u = _unknown_subject(body) if not spans or spans[0][0] else None
        if u and not _NOT_SUBJECT.search(u.group("who")) and not _joins_bodies(u.group("who")):
            spans = [(0, u.end("who"), u.group("who")), *(sp for sp in spans if sp[0] >= u.end("who"))]
        elif not spans:
            if placed := (_placed_unknown(text, body) if placed is None else placed):  # 松溪区园林局应当协助…: under its place
                spans = [(0, placed, body[:placed])]
            elif not (("由" in body and (_BY_PLACE_RE.search(body) or _PROSE_BY_RE.search(body))) or ("，" in body and _NAME_DUTY_SEARCH(body) and (_later_subject(body) if later is None else later))):
                continue  # (由所属街道办事处负责: a level's body the tables lack, read below by its level)
        picked: list[tuple[str, Role, int, int]] = []
        # A subject list at the start: 市科技局、市财政局负责…
        if spans and not spans[0][0] and not collective and body[spans[0][1] : spans[0][1] + 1] == "、":
            spans = _with_listed_towns(body, spans)
        pos = 0
        subject: list[tuple[int, int, str]] = []
        for a, b, name in spans:
            # (市和区（县）人民政府 gives two names with one span)
            if a != pos and not (subject and a == subject[-1][0]):
                break
            subject.append((a, b, name))
            # (a collective subject's groups may be joined by a comma or 和: 各省辖市政府，济源示范区管委会要…; the
            # bodies of a named subject by 及/和/与: 市人民政府及市防汛抗旱指挥部要…)
            # (a body's second name in brackets is a body too, as in a list: 县应急管理局（县安委办）牵头…)
            pos = b + (
                1
                if body[b : b + 1] in _SUBJECT_JOINS
                or (collective and body[b : b + 1] in _COLLECTIVE_JOINS)
                or (named and body[b : b + 1] in _NAMED_JOINS)
                # (two bodies the tables know joined by 和: 市科协和市教育局将…)
                or (body[b : b + 1] in _NAMED_JOINS and any(x == b + 1 for x, _, _ in spans))
                else 0
            )
            if body[b : b + 2] == "）、":
                pos += 1
            elif collective and body[b : b + 3] in _SINGLED_OUT:
                pos += 3  # (责任单位尤其是各乡镇要…: the group singled out is a subject too)
        if subject:
            tail = body[subject[-1][1] :]
            tail_at = subject[-1][1]
            if named and named_end > tail_at and subject[-1][1] == named[-1][1]:
                # 市、区招考管理机构和有关部门、单位的相关机构应当…: vague groups end the named subject
                tail, tail_at = body[named_end:], named_end
            if tail[:1] == "）" and body[subject[-1][0] - 1 : subject[-1][0]] == "（":
                tail, tail_at = tail[1:], tail_at + 1
            if (
                collective
                and tail[:1] == "、"
                and (whole := _COLLECTIVE_SUBJECT_RE.match(body))
                and whole.end("who") > tail_at
                and not _parse_names(whole.group("who"), tuple(issuer), True)[3]
            ):
                # 各地州、各县市、各行各业要…: an item that names no body is dropped from the subject, not its duty
                tail, tail_at = body[whole.end("who") :], whole.end("who")
            alias = ALIAS_NOTE_RE.match(tail) if tail[:1] in "（(" else None
            if alias:  # 市城市管理委员会办公室（下简称市城管办）负责…: the short name stands between
                tail, tail_at = tail[alias.end() :], tail_at + alias.end()
            elif tail[:1] in "（(" and (aside := _ASIDE_RE.match(tail) or _INCLUDES_RE.match(tail)):
                # X（详见任务分工）要…, X（包括…）应当…: an aside stands between
                tail, tail_at = tail[aside.end() :], tail_at + aside.end()
            colon_line = False
            own_duties = False  # (X主要职责：会同Y完善…: the duties after the colon are the subject's)
            if tail[:1] in _OWN_DUTIES_FIRST and (heading := _OWN_DUTIES_RE.match(tail)):
                tail, tail_at, own_duties = tail[heading.end() :], tail_at + heading.end(), True
            elif tail[:1] in "：:":  # 县应急局：负责统筹协调…: a list of duties names each body before a colon
                tail, tail_at = tail[1:], tail_at + 1
                # (3.市城建委：严格…的落实: in a list of member units' duties, whatever verb the duties open with)
                colon_line = len(subject) == 1 and offset == (lead.end() if lead else 0) and _at_line_lead(text, s)
            elif collective and (tail[:1] in "，," or (tail[:1] in "从自" and (since := _SINCE_RE.match(tail)))):
                # 各牵头单位从2022年第二季度起，要…, 牵头单位，要…: a time or a pause before a group's duty
                skip = since.end() if tail[:1] in "从自" else 1
                tail, tail_at = tail[skip:], tail_at + skip
            elif named and tail[:1] in "，," and _PAUSED_MODAL_RE.match(tail, 1):
                # 市、县区草原行政主管部门，应当…: a pause between a rule's subject and its modal
                tail, tail_at = tail[1:], tail_at + 1
            elif set_up and tail[:1] in "，,设" and tail_at < set_up.start("duty") - set_up.start("who"):
                # 城区设立的…大队，负责… / …总队，是综合性行政执法部门，具体负责…: the duty after the pause
                tail_at = set_up.start("duty") - set_up.start("who")
                tail = body[tail_at:]
            elif tail[:1] == "等" and (etc := _ETC_CLASS.match(tail)):
                # 县财政局、县发展改革委等部门制定…: the bodies named are the subject, 等部门 names no other
                tail, tail_at = tail[etc.end():], tail_at + etc.end()
            elif tail[:1] == "等" and _PROSE_VERB_RE.match(tail, 1) is not None:
                # 市农业局、市林业局等负责…: 等 closes the bodies named and the verb follows it (no class word)
                tail, tail_at = tail[1:], tail_at + 1
            elif tail[:1] in "和及" and (firms := _FIRMS_JOINED_RE.match(tail)):
                # 省交投集团和相关投资企业要…: the enterprises of a kind beside the body are no agency (a class of
                # firms), the body named is the subject
                tail, tail_at = tail[firms.end():], tail_at + firms.end()
            if tail[:1] in _ALSO_FIRST and _ALSO_DUTY_RE.match(tail):
                # 县财政局也要…, 各牵头单位、各配合单位还要…: an adverb of the subject sharing the work, then its duty
                tail, tail_at = tail[1:], tail_at + 1
            # (the bodies a request names are asked whatever verb follows: 请县财政局认真做好…)
            duty_line = colon_line and "\u4e00" <= tail[:1] <= "\u9fff" and _in_duty_list(text, text.rfind("\n", 0, s) + 1)
            if duty_line or own_duties:  # (the unit's duties run to the end of its line, over every sentence on it)
                line_end = text.find("\n", e)
                line_end = line_end if line_end >= 0 else len(text)
            verb = _PROSE_VERB_RE.match(tail) or (asked and "\u4e00" <= tail[:1] <= "\u9fff") or duty_line or own_duties
            if verb and (not asked or reported) and not _AHEAD_RE.match(tail) \
                    and (report or (reviews and _in_review(reviews, s))):
                # (a report's body that did the work it tells of, or a request it tells a body made: 对…作出批示，
                # 要求政府系统各单位坚持依法行政; so in a section looking back, 一、总体情况 … 区政府国资局按照…开展…)
                verb = None
            elif isinstance(verb, re.Match) and tail.startswith("的", verb.end()):
                verb = None  # 市园林局制定的《…办法》已经…同意: the verb qualifies a noun, the body does it no more
            elif tail[:2] in _CREDIT_WORDS and _CREDIT_RE.fullmatch(tail.rstrip()):
                verb = None  # 省政府办公厅主管省政务大数据服务中心承办: a site's or a publication's credits
            if verb and not tail.startswith(("的", "等")) and not _no_duty(tail, subject, issuer):
                # (a modal before the role word keeps it: 县发改局要牵头…, 各乡镇应配合…)
                duty = tail[1:] if tail[:1] in _MODAL_FIRST and tail.startswith(_ROLE_AFTER_MODAL, 1) else tail
                role = _duty_role(duty)
                # (a group named by its role, 各牵头单位要…, 配合单位要…, owns the duty as any collective does: the
                # label names the document's own units, it marks no role in this sentence's work)
                picked += [(n, role, a, b) for a, b, n in subject]
                # (a modal may stand before 会同: 市级主管部门应当会同市公安机关建立…)
                jointly = _JOINTLY_RE.match(tail) if "会同" in tail[:4] or "联合" in tail[:4] else None
                if jointly is None and tail[:2] in _GROUND_WORDS and (k := tail.find("，会同", 2, 60)) > 0 \
                        and not _CLAUSE_END_RE.search(tail, 0, k):
                    jointly = _JOINTLY_RE.match(tail, k + 1)  # X根据…需要，会同Y确定…: the ground, then its partners
                if jointly is None and "会同" in tail and (later := _LATER_JOINTLY_RE.search(tail)) \
                        and not any(tail_at < a < tail_at + later.start() for a, _, _ in spans):
                    # X负责…，组织或会同Y进行竣工验收: a later clause of the subject's own, no body named before it
                    jointly = _JOINTLY_RE.match(tail, later.end())
                partners = _partners(tail[jointly.end() :], tail_at + jointly.end(), issuer, peer_of=subject[-1][2]) if jointly else None
                if partners:  # X会同有关部门…: its partners own the work with it (会同 marks no lead)
                    picked += [(n, Role.RESPONSIBLE, a, b) for n, a, b in partners]
        groups = [(g, found) for g in _PROSE_GROUP_RE.finditer(body) if (found := _group_names(g, issuer))]
        if "牵头" in body and not groups and (_SUPPORT_WORD_RE.search(body) or "职责" in body):
            groups = [(g, found) for g in _CLAUSE_GROUP_RE.finditer(body) if (found := _group_names(g, issuer))]
        by_done = set()
        for pm in _PROSE_BY_RE.finditer(body):
            by_done.add(pm.start())
            if any(g.start() <= pm.start() < g.end() for g, _ in groups):
                continue
            if pm.start() and not _BY_AT_RE.match(body, pm.start()) and _qualifies_noun(body, pm.end()):
                continue  # 适用于…或需由县人民政府负责处置的洪水灾害: 由X负责 inside a noun's qualifier names no duty
            if pm.group("verb") in _RULE_MAKING and _makers_qualify_noun(body, pm.end()):
                # 由市物价局制定的收费标准…, 按照由X确定、Y审核后的目录执行: the makers qualify the noun, no duty
                continue
            if _defines_duties(body, pm):
                continue  # X履行…职责，具体职责由市人民政府确定: X's duties, the body that will set them owns none
            if _ADMINISTERS_RE.match(body, pm.start("verb")) and _set_up_before(sentence, offset + pm.start()):
                continue  # 组建省能源局，由省发展和改革委员会管理: the body set up answers to X, no work of X's
            who, who_at = pm.group("who"), pm.start("who")
            if who[:2] in _WHERE_LOCATED and who[2:].startswith(RELATIVE_LEVELS):
                who, who_at = who[2:], who_at + 2  # 由所在区人民政府负责: the government of that level
            elif "的" in who and (site := _BY_SITE_RE.match(who)):
                # 由违法行为发生地的区市场监管局管辖, 由最先立案的区市场监管局管辖: which body of its kind
                who, who_at = who[site.end() :], who_at + site.end()
            if "级" in who and _UNNAMED_TIER_RE.search(who):
                # 由其共同的上一级人民政府…部门管理: a higher body unnamed, as 由上级部门责令改正; a body named before it
                # is the other readers' still (由监察机关或者上级主管部门责令改正)
                if _left_to_by_readers(who, pm.group("verb")):
                    by_done.discard(pm.start())
                continue
            names = [(a, b, n) for a, b, n in spans if who_at <= a and b <= pm.end("who")]
            if not (names and "".join(n for _, _, n in names) == _JOIN_WORDS_RE.sub("", who)):
                # 分别由市、区人民政府负责: tiers with one head (a qualifier with 的 is no name)
                names = _level_names(who, who_at, issuer) if "的" not in who else []
            if names:
                partners = _partners(body[pm.end() :], pm.end(), issuer, peer_of=names[-1][2]) if pm.group("verb") == "会同" else None
                if partners:  # 由X会同Y另行下达: X and Y own it (会同 marks no lead)
                    picked += [(n, Role.RESPONSIBLE, a, b) for a, b, n in names]
                    picked += [(n, Role.RESPONSIBLE, a, b) for n, a, b in partners]
                    continue
                role = Role.LEAD if pm.group("verb") == "牵头" else Role.RESPONSIBLE
                if pm.group("verb") == "负责" and body.startswith("的", pm.end()):
                    names += _enumerated_owners(body, pm.end(), spans)
                picked += [(n, role, a, b) for a, b, n in names]
            elif _left_to_by_readers(who, pm.group("verb")):
                by_done.discard(pm.start())
        if "由" in body and spans:
            picked += _by_names(body, spans, by_done, groups)
        # (every match holds 配合; the pattern opens with an optional group, so the engine would try it
        # at every character of the sentence)
        for pm in _PROSE_ASSIST_RE.finditer(body) if "配合" in body else ():
            names = [(a, b, n) for a, b, n in spans if a == pm.start("who") and b == pm.end("who")]
            picked += [(n, Role.RESPONSIBLE, a, b) for a, b, n in names]
        # Each group assignment (由X牵头…，Y配合) owns its clause; the sentence is cut before it
        # when other units are assigned earlier in the sentence (A由X落实，B由Y牵头，Z配合).
        parts: list[tuple[int, int, list[tuple[str, Role, int, int]], bool]] = []
        cut_at = len(body)
        for g, (entries, open_list) in reversed(groups):
            clause = body.rfind("，", 0, g.start()) + 1
            if not any(a < clause for _, _, a, _ in picked):
                clause = 0
            parts.insert(0, (clause, cut_at, entries, open_list))
            cut_at = clause
        seconds = _second_subjects(body, spans, subject[-1][1] if subject else 0, cut_at, issuer,
                                   asked=bool(asked)) if "，" in body else []
        if seconds:
            # 市交通局负责…，区交通局负责…: each subject owns its clause, cut at the comma before the next
            # (an owner a later clause names by 由 owns that clause: …，X按照…做好补偿，会议要求由Y抓紧…)
            later_by: dict[int, list[tuple[str, Role, int, int]]] = {}
            for n, r, a, b in picked:
                if a >= seconds[0][0] and not any(x == a for _, e in seconds for _, _, x, _ in e):
                    c = max(body.rfind("，", 0, a), body.rfind(",", 0, a)) + 1
                    later_by.setdefault(c, []).append((n, r, a, b))
            if later_by:
                merged = {c: list(e) for c, e in seconds}
                for c, e in later_by.items():
                    merged.setdefault(c, []).extend(e)
                seconds = sorted(merged.items())
            bounds = [0, *(c for c, _ in seconds), cut_at]
            pieces = [[(n, r, a, b) for n, r, a, b in picked if a < seconds[0][0]], *(e for _, e in seconds)]
            for k in range(len(pieces) - 1, 0, -1):
                if pieces[k - 1] and all(r is Role.SUPPORT for _, r, _, _ in pieces[k]):
                    # X要加强…，Y配合。: the units that assist support the work of the clause before
                    pieces[k - 1] += pieces.pop(k)
                    del bounds[k]
            # (the clauses before the first later subject give no task when the sentence's own
            # subject assigns nothing: 市园林局是…的主管部门，区园林局…负责…)
            for k in range(len(pieces) - 1, -1, -1):
                if pieces[k]:
                    parts.insert(0, (bounds[k], bounds[k + 1], pieces[k], False))
        elif picked:
            parts.insert(0, (0, cut_at, picked, False))
        for p0, p1, entries, open_list in parts:
            if p0 >= p1:
                continue
            base = s + offset
            t0 = s if p0 == 0 else base + p0
            t1 = line_end if p1 == len(body) else base + p1
            ann = Annotation(t0, t1, entries=[(n, r, base + a, base + b) for n, r, a, b in entries])
            ann.explicit_lead = any(r is Role.LEAD for _, r, _, _ in entries)
            if ann.explicit_lead:
                # The units beside a lead support it, but not a subject with a duty of its own in a
                # clause before the lead's (市政府将对…实施动态管理，具体工作由市发改委牵头负责).
                own = base + _own_clause_end(body, entries)
                ann.entries = [
                    (n, Role.SUPPORT if r is Role.RESPONSIBLE and a >= own else r, a, b)
                    for n, r, a, b in ann.entries
                ]
            out.append((t0, t1, t1, _prose_task(document, text, t0, t1, ann, issuer, section_of(s), open_list=open_list)))
    return _join_same_owner(text, out)


def _prose_task(document: str | None, text: str, t0: int, t1: int, ann: Annotation, issuer: tuple[str, ...],
                sec: Section | None, *, open_list: bool = False) -> Task:
    """The task of a duty written in prose, ``text[t0:t1]``, owned by the bodies ``ann`` names, in section ``sec``."""
    words = text[t0:t1].strip()
    if "\n" in words:  # (a document-sharing page's chunk counter cutting the sentence is no part of it)
        lead = t0 + len(text[t0:t1]) - len(text[t0:t1].lstrip())
        words = without_chunk_counters(text, lead, lead + len(words))
    return Task(
        document=document,
        text=words,
        agencies=_mentions(ann, issuer, False),
        path=sec.path if sec else (),
        heading=sec.heading if sec else None,
        kind="prose",
        open_list=open_list,
        source=Source(t0, t1, text[t0:t1]),
    )


# An adverb between a subject and its duty, of a subject sharing the work (X也要…, X还应…, X亦须…).
_ALSO_FIRST = frozenset(_ALSO.replace("|", ""))
_ALSO_DUTY_RE = re.compile(rf"(?:{_ALSO})(?:要|{_RULE_MODAL}|务必|{_TAKES_CHARGE}|牵头|配合)")


# The credits a site or a publication closes with (X主管 Y承办, X主办 Y协办): who runs it, no duty.
_CREDIT_WORDS = frozenset({"主管", "主办"})
_CREDIT_RE = re.compile(r"(?:主管|主办)[^，。；,;：:\n]{2,30}?(?:承办|协办|主办|运维)")


# Leading clauses before a sentence's subject (a time, a topic, a condition, a principle): 从2024年第二季度开始，/
# 持续深化…工作机制，/ 由多个单位共同承担的任务，/ 坚持全县“一盘棋”，/ 对于…的事项，. Of any words, but short, and
# with no owner, role word, modal or copula of their own (企业要…，各部门要… / 申报单位为建设单位，…: the first
# clause has its own subject; 试点城市由省级有关部门推荐，…: its own owner).
_LEADING_MAX = 50
# (every alternative opens with a literal, tested before any look-behind: a search skips fast to them)
_LEADING_CLAUSE_STOP_RE = re.compile(
    r"牵头|配合|负责(?!任)|会同|协助|应当|必须|务必|要(?<![重主需纲必只概]要)(?![求点素件闻])|应(?<![相响适供对反]应)(?![急用对付])"
    # (特别是, 尤其是 single out the time or case after them: no copula)
    r"|须(?<!必须)(?!知)|为(?<!行为)|是(?<!特别是)(?<!尤其是)|：|:|由(?:各|有关|相关|其他|所在|属地|[省市区县镇乡])"
)
# A modal, a role verb or a deadline right after an owner's name (…，县发展改革局要… / …，县财政局负责…).
_OWNER_DUTY_RE = re.compile(
    rf"(?:要|{_RULE_MODAL}|{_TAKES_CHARGE}|牵头|会同|{BY_DUTY_PATTERN}|{_MORE_MODALS})"
)
# A comma before a clause that may open with an owner and its duty: a modal, a role verb or 于 within its first
# words, or 将 (after a body the tables lack: see _owner_opens).
# (or a time of the owner's own step before its duty: …的办理，承办单位在收到交办的建议后，要…)
# (or a notice's request to the groups it names: …印发给你们，望各责任单位抓紧…)
_OWNER_DUTY_NEAR_RE = re.compile(r"，(?=[^，。；,;：:]{2,40}?(?:要|应|须|需|务必|负责|牵头|会同|于|将|在)|[请望]各)")


# A verb of speech after the bodies that open a sentence, then a comma or a colon: what they asked or said follows.
_REPORTING_RE = re.compile(r"(?:要求|强调|指出|提出|明确|表示)[，,：:]")
_REPORTING_REACH = 42


def _after_reporting_bodies(sentence: str, offset: int, issuer: tuple[str, ...]) -> int:
    """Where the words that bodies are reported to have asked or said start, or 0.

    ``财政部、水利部要求，中央资金下达后，必须…``: the bodies before the verb of speech make the demand
    and own no work by it; a subject after it (``省政府强调，各市要…``) owns the duty, as after 会议要求.
    Only where the words before the verb are a clean list of bodies (not ``落实建设要求，…``, a noun).
    """
    m = _REPORTING_RE.search(sentence, offset + 2, offset + _REPORTING_REACH)
    if m is None or "，" in sentence[offset : m.start()]:
        return 0
    agencies, posts, _, clean = parse_names(sentence[offset : m.start()], issuer=issuer)
    return m.end() if clean and agencies and not posts else 0


def _after_leading_clauses(sentence: str, offset: int, issuer: tuple[str, ...], text: str, agency_at_start,
                           agency_spans) -> int:
    """Where a sentence's subject starts after leading clauses of any words, or 0.

    ``从2024年第二季度开始，各责任单位要…``, ``持续深化…机制，各牵头单位要…``: the clauses before the
    comma name no owner (no agency, no role word, no modal: not ``企业要…，各部门要…``) and the clause
    after it opens with an owner and a duty (a collective, a body named as regulations name their
    subjects, or agencies the tables know, then a modal, a role verb or a deadline). The fixed phrases
    of :data:`_LEADING_PHRASE_RE` are skipped before. Only where the sentence's start is no subject.
    ``agency_at_start`` and ``agency_spans`` are :mod:`~policykg.extract.components`' readers, which
    the caller imports once.
    """
    end = offset + _LEADING_MAX
    if sentence.find("，", offset + 2, end) < 0:
        return 0
    # (the leading clauses end before the first word that gives them an owner or a duty of their own)
    stop = _LEADING_CLAUSE_STOP_RE.search(sentence, offset, end)
    limit = stop.start() if stop else end
    if stop and sentence.find("，", offset + 2, limit) < 0:
        return 0  # (no comma before the clauses' own owner or duty: no clause to pass over)
    # (a comma before the limit, and the clause's first words after it: one comma, 40 characters, a word of two)
    for m in _OWNER_DUTY_NEAR_RE.finditer(sentence, offset + 2, limit + 43):
        c = m.start()
        if c >= limit:
            return 0
        # (…，要求X牵头，…: the owner a request names after the clauses, as 会议要求X… names it at the start)
        asked = 2 if sentence.startswith("要求", c + 1) and sentence[c + 3 : c + 4] not in "，,：:" else 0
        if sentence[c + 1 : c + 2] in _ASKED_FIRST and sentence[c + 2 : c + 3] == "各":
            asked = 1  # (…印发给你们，望各责任单位抓紧…: the groups a request names after the clauses)
        # (after a clause of the time the work runs in, a body's 将 states its duty: 实施过程中，区政府办公室将…)
        will = sentence[offset:c].endswith(_WORK_TIME_ENDS)
        if _owner_opens(sentence[c + 1 + asked :], issuer, text, agency_at_start, agency_spans, will=will):
            break
    else:
        return 0
    body = sentence[offset:]
    if _collective_subject(body, issuer) or _NAMED_SUBJECT_RE.match(body):
        return 0  # (the sentence opens with its own subject)
    lead = sentence[offset:c]
    if agency_at_start(lead) or agency_spans(lead, issuer=issuer):
        return 0  # (由县政府统筹的项目，…: an owner the tables know in the first clause)
    return c + 1 + asked


#: The ends of a leading clause of the time the work runs in (实施过程中，/ 工作中，/ 活动期间，): after it, a body
#: the tables know and 将 state its duty, as at a sentence's start (not after a condition, 对…不到位的，区政府将…).
_WORK_TIME_ENDS = ("过程中", "工作中", "实施中", "执行中", "推进中", "期间")


#: A duty of the words before a request (…要加强…，要求…): they have their own owner.
_REQUEST_LEAD_DUTY_RE = re.compile(r"应当|必须|务必|须|负责|牵头|(?<![重主需纲必只概])要(?![求点素件闻])")
_QUOTED_TITLE_RE = re.compile(r"《[^《》\n]*》")


def _request_after_clauses(sentence: str, offset: int, issuer: tuple[str, ...], text: str, agency_at_start,
                           agency_spans) -> int:
    """Where the bodies a request names start after the clauses that report it, or 0: ``…印发了《X》，并发出通知，
    要求各区县各部门结合实际抓好落实`` (the bodies that asked stand before 要求 and own no work by it; the
    bodies asked own the request, whatever verb follows them, as after 请 or 会议要求). Only where the
    sentence does not open with its own owner and its first clauses state no duty."""
    k = sentence.find("，要求", offset)
    if k < 0 or sentence[k + 3 : k + 4] in "，,：:" or _owner_opens(sentence[offset:], issuer, text, agency_at_start,
                                                                     agency_spans):
        return 0
    if _REQUEST_LEAD_DUTY_RE.search(_QUOTED_TITLE_RE.sub("", sentence[offset:k])):
        return 0
    return k + 3 if _asked_subject(sentence[k + 3 :], issuer) else 0


def _owner_opens(rest: str, issuer: tuple[str, ...], text: str, agency_at_start, agency_spans, *,
                 will: bool = False) -> bool:
    """Whether ``rest`` (a clause and what follows) opens with an owner and its duty (``will``: 将 after a body the
    tables know states one too)."""
    if _collective_subject(rest, issuer):
        return True
    if _NAMED_SUBJECT_RE.match(rest):
        spans = agency_spans(rest[:60], issuer=issuer)
        if _named_subject(rest, issuer, spans, text=text):
            return True
    if agency_at_start(rest):
        pos = 0
        for a, b, _ in agency_spans(rest[:60], issuer=issuer):
            if a != pos:
                break
            pos = b + (rest[b : b + 1] == "、")
        if pos > 0 and rest[pos - 1 : pos] != "、" and (
            _OWNER_DUTY_RE.match(rest, pos) is not None or (will and rest.startswith("将", pos))
        ):
            return True
    # 区安委会将对…进行通报, 区“双创”指挥部执纪问责组将…: a body the tables lack (a short name under its level, or a
    # joint body or its team) and its duty, as at a sentence's start (:func:`_unknown_subject`: 将 and a verb of
    # work count there; after a known body they do not, 对…不到位的…，区政府将组织督办约谈: eval dev 24)
    u = _unknown_subject(rest)
    return u is not None and not _NOT_SUBJECT.search(u.group("who")) and not _joins_bodies(u.group("who"))


def _own_clause_end(body: str, entries: list[tuple[str, Role, int, int]]) -> int:
    """Where the clause of a sentence's first lead starts (after its comma), or 0 when it is the first.

    Units named before it (the sentence's subject, with its own duty) are no supporters of the lead.
    """
    first = min(a for _, r, a, _ in entries if r is Role.LEAD)
    return max(body.rfind("，", 0, first), body.rfind(",", 0, first)) + 1


# A subject opening a later clause of the sentence, then its own duty: …，区交通局负责… /
# …的主管部门，区园林局在市园林局统一领导下，负责…
_COMMA_RE = re.compile(r"[，,]")
# A name's last characters, then a duty (县(区)文化局在市文化局统一领导下，负责…; …部门在职责范围内，
# 分别负责…; …部门依照职业标准牵头…; …，爱卫会成员单位负责…, …，各级疾病预防控制中心具体负责…): a clause that a
# short name opens owns a duty. The pattern opens with a flat alternation of literals, so that a search skips fast
# to a body's suffix.
_NAME_DUTY_RE = re.compile(
    rf"(?:局|委|办|厅|室|所|部门|成员单位|中心|政府|办事处|{_JOINT_TAILS})"
    r"(?:在[^，。；]{1,20}?(?:领导下|指导下|范围内|职责内)[，,]?|(?:依照|按照)[^，。；]{1,20}?)?"
    rf"(?:具体|主要|分别|共同|{_ALSO})?(?:负责(?!同志|人)|牵头|应当|要|须|必须|原则上(?=于|在|应|须|要)"
    # (a rule's procedural step: X根据…拨付, X结合…报批, X在…后…下达)
    r"|根据|结合|在[^，。；]{1,20}?后"
    # (a rule's charge: X是…的责任主体)
    r"|是(?!指)[^，。；]{0,30}?(?:责任|牵头)(?:主体|单位|部门)(?=[，,。；;]|$))"
)


#: The words of a ground a subject acts on before its partners (X根据…需要，会同Y…).
_GROUND_WORDS = frozenset({"根据", "按照", "依据", "结合"})
#: A later clause of a subject's sentence that opens with 会同, maybe after 并/或/组织或 (the partners follow).
_LATER_JOINTLY_RE = re.compile(r"[，,](?:并|或|还|组织或|牵头或)?(?=会同)")
#: 会同/联合 after the subject, maybe after its modal: the partners follow.
_JOINTLY_RE = re.compile(r"(?:应当|必须|应|要|须)?(?:会同|联合)")
#: The modals a rule's subject may be parted from by a comma (市、县区草原行政主管部门，应当…).
_PAUSED_MODAL_RE = re.compile(_RULE_MODAL)
#: A one-character modal before a role word of a subject's duty (要牵头, 应配合), and those role words.
_MODAL_FIRST = frozenset("要应须")
_ROLE_AFTER_MODAL = ("牵头", "配合")


def _duty_role(duty: str) -> Role:
    """The role the first word of a subject's duty gives it: 牵头 leads, 配合 supports, any other is responsible; the
    words that state the charge come first (负责牵头…, 是…的管理部门，负责牵头组织实施: the lead)."""
    at = _CHARGE_BEFORE_ROLE_RE.match(duty).end() if duty[:1] in _CHARGE_FIRST else 0
    return Role.LEAD if duty.startswith("牵头", at) else Role.SUPPORT if duty.startswith("配合", at) else Role.RESPONSIBLE


#: 等 and the class of the bodies named before it (等部门, 等相关职能部门, 等有关单位), closing a subject list.
_ETC_CLASS = re.compile(r"等(?:相关|有关|其他)?(?:职能|责任|成员)?(?:部门|单位|机构)")
#: A class of enterprises or institutions joined after a subject (和相关投资开发企业, 及其他金融机构), then its duty.
_FIRMS_JOINED_RE = re.compile(r"[和及](?:相关|有关|其他|其它)[\u4e00-\u9fff]{0,8}?(?:企业|机构)(?=要|应|须|必须|负责)")
_NAME_DUTY_SEARCH = _NAME_DUTY_RE.search  # (the cheap test, in C, before the clauses are read in Python)


def _duty_clause(body: str, at: int) -> bool:
    """Whether the clause of ``body`` that starts at ``at`` opens with a short name (up to 40
    characters, no comma) that owns a duty of :data:`_NAME_DUTY_RE`."""
    m = _NAME_DUTY_RE.search(body, at + 1, at + 48)
    return m is not None and m.start() - at <= 40 and not _COMMA_RE.search(body, at, m.start())


def _later_subject(body: str) -> bool:
    """Whether a clause after a comma of ``body`` opens with a short name that owns a duty."""
    first = body.find("，")
    if first < 0:
        return False
    for m in _NAME_DUTY_RE.finditer(body, first + 2):
        comma = body.rfind("，", 0, m.start())
        if _duty_clause(body, comma + 1):
            return True
    return False


#: What joins the bodies of a subject: 、, and the brackets around a body's second name (县应急管理局（县安委办）).
_SUBJECT_JOINS = frozenset("、（）")
#: What joins the groups of a collective subject besides: a comma (各省辖市政府，济源示范区管委会要…) and 和/及
#: (各牵头单位和汇总单位要…).
_COLLECTIVE_JOINS = frozenset("，和及")
_SECOND_VERB_RE = re.compile(
    # (an adverb of a later subject sharing the work may come first: …，县政府也要…)
    rf"(?:{_ALSO})?(?:{_TAKES_CHARGE}|牵头|配合|具体负责|承担|要|{_RULE_MODAL}|会同|{BY_DUTY_PATTERN}"
    r"|在[^，。；]{1,20}?(?:领导|指导)下[，,]?(?:具体)?负责|受[^，。；]{1,20}?委托[，,]?负责"
    # (a later step of a rule's procedure, its owner with no modal: …提出申请，区财政局结合当年财力…报批)
    r"|结合|根据|按照|依照|原则上|在[^，。；]{1,40}?后"
    # (a later subject's charge as a rule names it: …，县区政府和市行业主管部门是县区级项目的责任主体)
    r"|是(?!指)[^，。；]{0,30}?(?:责任|牵头)(?:主体|单位|部门)(?=[，,。；;]|$))"
)


def _asked_verb(body: str, pos: int) -> bool:
    """Whether a verb of work (:data:`_PROSE_VERB_RE`) follows a later subject of a request at ``pos``,
    and no 的 after it makes the words a noun's qualifier (…，市局制定的标准)."""
    m = _PROSE_VERB_RE.match(body, pos)
    return m is not None and not body.startswith("的", m.end())


def _second_subjects(
    body: str, spans: list[tuple[int, int, str]], after: int, before: int, issuer: tuple[str, ...], *,
    asked: bool = False,
) -> list[tuple[int, list[tuple[str, Role, int, int]]]]:
    """The subjects that open a later clause of the sentence with a duty of their own.

    Args:
        body: the sentence without its item marker.
        spans: the agency names found in ``body`` as ``(start, end, name)``.
        after: where the sentence's own subject ends; later subjects start past it.
        before: where the group assignments of the sentence begin (they own the rest).
        issuer: the document's issuing bodies, which resolve relative names.
        asked: the sentence is a request (请X…): the request runs on over its later clauses, so a
            later subject owns its clause whatever verb of work follows (…，Y加强指导), as the first does.

    Returns:
        ``(clause start, entries)`` for each clause, in order; entries are ``(name, role, start, end)``.
    """
    out: list[tuple[int, list[tuple[str, Role, int, int]]]] = []
    at = {x: (x, y, n) for x, y, n in spans if x > after}
    duty = _NAME_DUTY_RE.search(body, after + 1)
    # (the members of a joint body open a clause under the body's name, whatever its first character: …，爱卫会成员单位负责…)
    members = body.find(_MEMBERS, after, before) >= 0
    grouped = members or _LATER_GROUP_RE.search(body, after, before) is not None
    if not at and duty is None and not grouped and not asked:
        return out  # (most sentences: no name after a comma, no name's suffix before a duty, no group)
    for comma in _COMMA_RE.finditer(body, after, before):
        a = comma.end()
        if a >= before:
            break
        names = []
        pos = a
        while pos in at:
            x, y, n = at[pos]
            names.append((x, y, n))
            # (two bodies joined by 和 as by 、: …，县区政府和市行业主管部门是…)
            pos = y + (1 if body[y : y + 1] == "、" or (body[y : y + 1] in _NAMED_JOINS and y + 1 in at) else 0)
        if asked and not names and (more := _asked_subject(body[a:], issuer)) and _asked_verb(body, a + more[-1][1]):
            # 请X做好…，Y加强指导: the request runs on to the bodies a later clause opens with
            names, pos = [(x + a, y + a, n) for x, y, n in more], a + more[-1][1]
        if names and pos == names[-1][1] and _tally(body, pos):
            continue  # (…，县农业农村局负责国债项目1个未开工: a tally, no clause of duty)
        if names and pos == names[-1][1] and (
            _SECOND_VERB_RE.match(body, pos) or (asked and _asked_verb(body, pos))
        ):
            # (…，江西省教育厅配合。: a later subject that only assists supports, as in brackets)
            role = _duty_role(body[pos:before])
            partners = _partners(body[pos + 2 :], pos + 2, issuer) if body.startswith("会同", pos) else None
            if partners:  # X会同Y…: X and its partners own it (as for the sentence's own subject)
                out.append((a, [(n, role, x, y) for x, y, n in names] + [(n, Role.RESPONSIBLE, x, y) for n, x, y in partners]))
            else:
                out.append((a, [(n, role, x, y) for x, y, n in names]))
            continue
        # …，其他责任单位要积极配合 / …，各责任单位落实…责任: a collective opens the clause with its own duty
        if grouped and (body[a : a + 1] in _LATER_GROUP_FIRST or (members and body.find(_MEMBERS, a, a + _MEMBERS_REACH) >= 0)) \
                and (group := _collective_subject(body[a:], issuer)):
            out.append((a, [(n, Role.RESPONSIBLE, x + a, y + a) for x, y, n in group]))
            continue
        # 县(区)文化局在市文化局统一领导下，负责…: a subject the tables lack, read as at a sentence's start
        # (a duty verb must follow the name, and 由X… clauses are read by the 由 readers)
        if duty is None or body[a : a + 1] == "由" or not _duty_clause(body, a):
            continue
        rest = [(x - a, y - a, n) for x, y, n in spans if x >= a]
        named = _named_subject(body[a:], issuer, rest)
        if named:
            out.append((a, [(n, Role.RESPONSIBLE, x + a, y + a) for x, y, n in named]))
    return out


def _with_field_subjects(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the names of a level and a bare field word (:func:`field_name_at`) in the subject
    list a sentence starts with (``省财政抓紧…``, ``市发展改革委、市财政要…``), when a verb of duty
    follows the list; else ``spans`` unchanged (``省财政示范资金要…``: the field word qualifies a noun).
    """
    found = list(spans)
    added = []
    pos = end = 0
    while pos < len(body):
        at = next((sp for sp in found if sp[0] == pos), None)
        if at is None:
            name = field_name_at(body[pos : pos + 7])
            if name is None:
                break
            at = (pos, pos + len(name), name)
            added.append(at)
        pos = end = at[1]
        if body[pos : pos + 1] != "、":
            break
        pos += 1
    if not added or pos != end or not _PROSE_VERB_RE.match(body, end):
        return spans  # (县公安、应急、消防部门要…: the list runs on past the names, a 、-list of fields)
    return sorted([*added, *(sp for sp in found if not any(a < sp[1] and sp[0] < b for a, b, _ in added))])


def _join_same_owner(text, drafts):
    """Consecutive prose tasks split only by ``；`` with the same owners, as one task.

    ``由镇规建办提出整改意见；仍不…的，由镇规建办上报区相关部门`` is one assignment of two steps.
    """
    out = []
    for d in drafts:
        if out:
            s0, e0, _, t0 = out[-1]
            s1, e1, te1, t1 = d
            same = [(a.name, a.role) for a in t0.agencies] == [(a.name, a.role) for a in t1.agencies]
            if same and text[e0 - 1 : e0] == "；" and not text[e0:s1].strip() and t0.path == t1.path:
                out[-1] = (s0, e1, te1, _replace(t0, text=text[s0:e1].strip(), source=Source(s0, e1, text[s0:e1])))
                continue
        out.append(d)
    return out


# What may follow 会同/联合 in a prose assignment: the partners, then the work, up to the clause's end.
_PARTNER_WINDOW_RE = re.compile(r"[^，。；,;：:]{2,80}")
# The characters a partner list may end with: the last of a body's suffix or of a group's (部门, 单位, 机关).
_NAME_LAST = frozenset(BODY_LAST_CHARS)
# (and of a place's or a level's name: the addressees a request names, 请各乡镇…, 请各街道…; partners too where the
# last is a collective of places, 会同区、镇、街道…, not a body's name run on to a place, 区城管执法局指导街镇)
_ADDRESSEE_LAST = frozenset(NAME_LAST_CHARS)
_PLACE_LAST = _ADDRESSEE_LAST - _NAME_LAST


_LIST_COMMAS = frozenset("，,")


def _comma_run(rest: str, w: str, issuer: tuple[str, ...]) -> str:
    """The partner window ``w`` run on over commas that join a list of names (``会同县发展和改革局,县公安局,县财政局,…
    等有关部门``: the list a comma in place of 、 parts), commas read as 、; ``w`` itself unless each piece before
    a comma is a clean list of bodies and the piece after it opens as the first does or with a level."""
    first = w[:1]
    while rest[len(w) : len(w) + 1] in _LIST_COMMAS:
        found, _, _, clean, _, _ = _parse_names(w[w.rfind("、") + 1 :], tuple(issuer), False)
        nxt = _PARTNER_WINDOW_RE.match(rest, len(w) + 1)
        if not (clean and found) or nxt is None or not (nxt.group()[:1] == first or nxt.group()[:1] in _LEVEL_FIRST):
            break
        w += "、" + nxt.group()
    return w


#: Verbs whose first character may end a body's name (会, 联, 委, 组 of 组织): a name never ends on it (各乡镇具体组织实施).
_VERB_AFTER_NAME = frozenset({"会同", "会商", "联合", "委托", "组织"})
#: Verbs whose last character may end a body's name (署, 办): a name never ends with them (市委宣传部部署).
_VERB_AS_NAME_END = frozenset({"部署", "主办", "承办", "协办", "督办"})


def _partners(
    rest: str, base: int, issuer: tuple[str, ...], *, last: frozenset[str] = _NAME_LAST, peer_of: str = "",
    by_form: bool = False,
) -> list[tuple[str, int, int]] | None:
    """The partners named after 会同/联合 (``rest`` starts after the word), whatever work verb follows.

    The partners are the longest run of names at the start of the clause that reads as a clean
    list of bodies (``市财政局负责…`` → 市财政局, ``市有关部门另行下达`` → 市有关部门): no list of
    verbs decides where the names end. Groups (有关部门) are partners as in brackets. ``last``: the
    characters the list may end with. ``peer_of``: the body before 会同, whose level 同级 partners share
    (:func:`_peer_partners`). ``by_form``: an item the tables lack is a partner too where it reads as a body by its
    form (各新闻单位), as the items of a subject list are (:func:`_subject_items`).
    """
    if rest[:2] == "同级" and peer_of and (peers := _peer_partners(rest, base, peer_of)):
        return peers
    window = _PARTNER_WINDOW_RE.match(rest)
    if window is None:
        return None
    w = window.group()
    if "称" in w and (alias := ALIAS_NOTE_RE.search(w)):
        w = w[: alias.start()]  # 会同X、Y（以下统称考核部门）负责…: the short name the note gives them is no partner
    elif rest[len(w) : len(w) + 1] in _LIST_COMMAS:
        w = _comma_run(rest, w, issuer)
    for end in range(len(w), 1, -1):
        place_end = w[end - 1] not in last and w[end - 1] in _PLACE_LAST
        if (w[end - 1] not in last and not place_end) or w[end - 1 : end + 1] in _VERB_AFTER_NAME or (
            w[end - 2 : end] in _VERB_AS_NAME_END or w[end - 1 : end + 1] in _VERB_AS_NAME_END
        ):
            continue  # (请国土会同发改…: the 会 of 会同 ends no name; 市委宣传部部署: nor does a verb, or its start)
        found, _, _, clean, _, unread = _parse_names(w[:end], tuple(issuer), True)
        if place_end and (not found or not found[-1][0].startswith("各")):
            continue  # (会同各镇、街道: a collective of places ends the partners; no body's name runs on to a place)
        if not clean and all(_FIELD_BODY_RE.fullmatch(u) and not _NO_FIELD_RE.match(u) for u in unread):
            clean = True  # (a field's authority named by its field: 会同宣传文化部门、商务部等)
        elif not clean and by_form:
            clean = all(looks_like_body(u) and not _NOT_SUBJECT_ITEM_RE.search(u) for u in unread)
        agencies = [(n, a + base, b + base) for n, a, b in found]
        # (each item a body by its form: 建设主管部门对施工单位…处 runs into the work; 工业和信息化主管部门审核后
        # 上报财政部 over a verb, so the names end sooner)
        if clean and agencies and all((looks_like_body(n) or is_vague(n)) and not _runs_over_verb(n) for n, _, _ in agencies):
            return agencies
    return None


# Partners of the subject's own level named by their fields, one 部门 for all: 会同同级发展改革、财政部门…
_PEERS_RE = re.compile(r"同级(?P<list>[\u4e00-\u9fff]{2,8}?(?:、[\u4e00-\u9fff]{2,8}?)*)(?:行政)?(?:主管)?部门")
# The level of a field authority: its government or its level word before the field (省级民政部门, 县级以上人民政府
# 环境保护主管部门, 地级及以上地方人民政府民政部门).
_PEER_LEVEL_RE = re.compile(r"^(?P<level>.*(?:人民政府|政府)|(?:省|市|县|区|州|盟|旗|乡|镇)级?)[\u4e00-\u9fff]{2,10}?部门$")
_NOT_FIELD_CHARS = frozenset("的和及与等有关相其各")


def _peer_partners(rest: str, base: int, peer_of: str) -> list[tuple[str, int, int]] | None:
    """The partners ``会同同级A、B部门`` names: the A and B departments of the level of ``peer_of`` (the body
    before 会同: 省级民政部门会同同级发展改革、财政部门 → 省级发展改革部门, 省级财政部门); None when the body
    before names no level by its form or an item is no bare field word."""
    m = _PEERS_RE.match(rest)
    level = _PEER_LEVEL_RE.match(peer_of) if m else None
    if level is None:
        return None
    out = []
    at = m.start("list")
    for item in m.group("list").split("、"):
        if _NOT_FIELD_CHARS.intersection(item):
            return None
        out.append((level.group("level") + item + "部门", base + at, base + at + len(item)))
        at += len(item) + 1
    return out


# Authorities named by no field at all: 政府部门, 主管部门, 行政管理部门.
_NO_FIELD_RE = re.compile(r"(?:政府|行政|业务|职能|主管|管理|监管|执法)+部门$|^(?:国家|政府|行政|执法)?机关$")
# A phrase opening with a verb of purpose is no body's name: 保障供水主管部门依法履行职责 (the second
# clause of 为…，保障…，根据…制定本办法).
_VERB_LED_RE = re.compile(_VERB_LED)
# A collective owner as a sentence's subject, then a duty verb: 各有关部门要…, 地方各级人民政府要…,
# 各区政府、管委会负责…; the items must each read as an owner (is_agency_name).
_COLLECTIVE_FIRST = frozenset("各地县国其")
# An entrusting body between the subject and its duty: 县级以上残疾人联合会受本级人民政府委托，负责…
_ENTRUSTED = r"受[^，。；,;]{1,20}?委托[，,]?"
# What body the subject is, before its charge: X是…的管理部门，负责….
_IS_BODY = r"是(?!指)[^，。；,;]{1,40}?(?:部门|机构|单位|机关)[，,]"
# The words that state a subject's charge before the word of its role (是…的管理部门，负责牵头…), and their first characters.
_CHARGE_BEFORE_ROLE_RE = re.compile(rf"(?:{_IS_BODY})?(?:(?:主要|具体)?负责)?")
_CHARGE_FIRST = frozenset("是主具负")
_SUBJECT_PHRASE = (
    r"在[^，。；,;]{1,30}?(?:领导下|指导下|范围内|职责内)[，,]"
    rf"|{_IS_BODY}(?=(?:主要|具体)?(?:负责|承担))"
    # 在同级人民政府的领导下，按本规定确定的职责，负责…; 按职责分工，负责…
    r"|按(?:照)?[^，。；,;]{0,20}?职责(?:分工)?[，,]"
    rf"|{_ENTRUSTED}"
)
# A functional authority named by its field as a sentence's subject: 规划资源部门应…, 建设主管部门要…,
# 发展改革部门是项目建设管理的综合部门，主要负责….
_FIELD_AUTHORITY_RE = re.compile(
    # (or its organs: 公安机关要…)
    # (or a body of government work named 机构: 法制机构应当…, 街道合法性审核机构应…)
    r"(?P<who>(?!有关|相关|其他|各)[\u4e00-\u9fff]{2,8}?(?:(?:行政)?(?:主管|管理|监管|执法|职能)?部门|机关)"
    rf"|{WORK_BODY_PATTERN})"
    rf"(?=(?:{_SUBJECT_PHRASE})?(?:主要|具体)?(?:要|应当|应|须|必须|{_TAKES_CHARGE}|牵头|会同|依法|{BY_DUTY_PATTERN}|{_EXERCISE}))"
)
# The duty after a group's name: a modal or a verb of duty, maybe after a time, a place or the body entrusting it.
_SINCE = r"(?:从|自)[^，。；,;]{1,20}?(?:起|开始)[，,]?"  # 从2022年第二季度起，
_SINCE_RE = re.compile(_SINCE)
# A verb of taking a duty on, which needs no modal after a group (各乡镇落实属地监管责任, 各市对照…清单，逐项制定整改
# 方案, 省直有关部门对…认真分析研究，细化措施，落实责任): in the group's clause or after one clause of its approach.
_ASSUMED_DUTY = (
    r"(?:(?:对照|对|按照|根据|结合)[^，。；,;]{1,30}?[，,]?(?:[^，。；,;]{1,12}?[，,])?)?"
    r"(?:逐项|逐一|认真|切实|分别|进一步)?(?:落实[^，。；,;了]{0,12}?责任|制定[^，。；,;了]{0,12}?方案|细化[^，。；,;了]{0,4}?措施)"
)
# (the part a group plays in the work may stand before its duty: 各乡镇作为…具体组织实施者，要…)
# A time by which the work is due each period, between a group and its modal (各区（市）县政府、市政府各部门每月10日前要将…).
_DUE_BEFORE = r"(?:每[^，。；,;]{1,8}?|\d{1,2}月[^，。；,;]{0,6}?)(?:前|之前|以前)[，,]?(?=要|应当|应|须|必须|将)"
_GROUP_DUTY = (
    rf"(?:{_ENTRUSTED}|{_SINCE}|{_DUE_BEFORE}|在[^，。；,;]{{1,20}}?[，,]?|作为[^，。；,;]{{1,24}}?[，,](?=[要应须])"
    # (the rule the group works by, then a pause: 各牵头单位、责任单位遵照…责任范围，按季度对…进行自查)
    # (各承办单位按照《…使用指南》操作流程，及时…)
    r"|(?:遵照|依照|按照|对照)[^，。；,;]{1,40}?[，,]"
    rf"|{_OWN_STEP})?"
    rf"(?:{_ALSO})?(?:(?<!主)要|应当|应|须|必须|{_TAKES_CHARGE}|具体{_TAKES_CHARGE}|{BY_DUTY_PATTERN}|依法|切实|抓紧|及时|结合实际"
    rf"|{_FREQUENT_DUTY}|{_BY_PERIOD_DUTY}|{_EXERCISE}|{_MORE_MODALS})"
    r"|对[^，。；,;]{1,40}?负(?:总|全面|主体|直接|主要|第一)?责(?!人|同志)"
    rf"|{_ASSUMED_DUTY}|{_IF_ASKED}"
)
_GROUP_DUTY_FIRST = first_class(_GROUP_DUTY)
# (a level's organs may come first: 县直机关各单位, 县政府各配合单位)
_COLLECTIVE_WHO = (
    # (every level of a place: 全市各级行政执法机关)
    r"(?P<who>(?:全[省市县区镇乡](?=各级)|各|地方各级|(?:省|市|县)级?以上|国务院有关|国务院各|其他有关|其他相关"
    # (the units of one role, with no 各: 相关责任单位要…)
    rf"|(?:有关|相关|其他|其它)(?={ROLE_GROUP_PATTERN})"
    # (the departments or units concerned, with no 各: 相关部门、单位要…)
    r"|(?:有关|相关)(?=部门|单位)"
    rf"|(?:{GROUP_LEVEL_PATTERN})(?:直|属|级|政府|人民政府|委)?(?:机关)?(?:各|(?<=[直属级])(?:有关|相关))"
    # the members of a joint body, whatever it is called: 县安委会各成员单位, 市防指成员单位
    r"|[\u4e00-\u9fff]{1,16}?(?=各?成员单位)"
    # the governments of the county tier named by its level words, with no 各: 县（区、市）政府、各工业园区负责…
    rf"|{_COUNTIES_RE.pattern}(?:人民)?政府)"
    r"[\u4e00-\u9fff、，（）“”]{0,28}?)"  # (a group named in quotes: 各村“两委”)
)
_COLLECTIVE_SUBJECT_RE = re.compile(
    _COLLECTIVE_WHO + rf"(?:{_ASIDE}|{_INCLUDES})?" +
    # (groups of several kinds are joined by a comma: 各省辖市政府，济源示范区、航空港区管委会要…; a time or
    # place may stand between the subject and its duty: 各乡镇在剩下的半年时间里，要…, 各牵头单位从2022年第二季度
    # 起，要…; and a group answers for its work without a modal: 各牵头单位对承担的目标任务负总责)
    # (the 要 of 主要 is no modal: 各主要责任单位要…)
    # (its first characters tested first: the group's words end at the first place its duty starts)
    rf"(?={_GROUP_DUTY_FIRST})(?={_GROUP_DUTY})"
)
# A stage of a phased plan (（二）自查摸底阶段（6月1日至7月15日）。…, 第一阶段：动员部署): its paragraph says what
# each group does in that stage, a plain verb after the group as good as 要 (各市、县政府组织有关部门对…进行集中整治,
# 各县区对辖区内…进行深入检查). Work a report tells of as done (…进行了…) is still no duty (:func:`_no_duty`).
_STAGE_HEADING_RE = re.compile(r"阶段")
_STAGE_HEADING_MAX = 40
_STAGE_DUTY = (
    r"组织|开展|对[^，。；,;]{1,40}?(?:进行|开展|实施|组织)|进行|全面|集中|深入|认真|逐一|逐项|按照|根据|结合|针对"
    r"|督促|指导|检查|排查|清理|整治|部署|召开|制定|完成|建立|实施"
)
_STAGED_SUBJECT_RE = re.compile(
    rf"{_COLLECTIVE_WHO}(?={first_class(f'{_GROUP_DUTY}|{_STAGE_DUTY}')})(?={_GROUP_DUTY}|{_STAGE_DUTY})"
)
# The units of one role named bare, with no 各 (牵头单位适时向…报告, 牵头单位，要…): the document's own units of that
# role, as 各牵头单位 is; at a sentence's start only, before its duty (a comma may stand between).
# (or before the verb of its part in the work: 主办单位牵头负责，协办单位全力配合)
_BARE_ROLE_GROUP_RE = re.compile(rf"(?P<who>{ROLE_GROUP_PATTERN})[，,]?(?={_GROUP_DUTY}|适时|及时|定期|{LEAD_VERB_PATTERN}[、，,])")
# The work a group of one role is named by, before it (各项工作任务的主要责任单位要…, 承担整改任务的牵头单位于…前):
# the group is the subject, the words before it only say whose units they are.
_OF_GROUP_RE = re.compile(rf"[^，。；,;的由]{{2,16}}的(?={ROLE_GROUP_PATTERN}[，,]?(?:{_GROUP_DUTY}))")
_OF_GROUP_REACH = 18
# A body set up by a sentence's first words, then given its duty (市人民政府设立城市管理综合执法总队，是综合性行政
# 执法部门，具体负责…; 城区设立的…大队，负责…): the body set up is the subject (a body's name and suffix; a pause
# or a copula clause may stand before 负责).
# A joint body founded so, its members named first, is the set-up body too (县政府成立由县长任组长、…为成员的…领导小组
# （以下简称县领导小组），负责指挥…), its short name in brackets before the duty; so is an office seated in a
# department (领导小组办公室设在县统计局，承担领导小组的日常工作): the office owns the work, not its host.
_SET_UP_BODY = (
    r"[\u4e00-\u9fff“”（）]{2,24}?"
    rf"(?:总队|支队|大队|中队|局|中心|站|所|办公室|委员会|管理处|办|委|院|室|处|公司|{_JOINT_HEADS})"
)
_SET_UP_ALIAS = rf"(?:{ALIAS_NOTE_RE.pattern})?"
_SET_UP_DUTY = rf"(?P<duty>(?:具体|主要)?(?:{_TAKES_CHARGE}|承担))"
# (设立 may be followed by 的, 成立 and 组建 by the members of a joint body)
_SET_UP_VERBS = ("设立", "成立", "组建")
_SET_UP_RE = re.compile(
    rf"[^，。；,;的由]{{1,16}}?(?:{_SET_UP_VERBS[0]}的?|(?:{'|'.join(_SET_UP_VERBS[1:])})(?:由[^。；]{{2,200}}?为成员的)?)(?P<who>{_SET_UP_BODY}){_SET_UP_ALIAS}"
    rf"(?:[，,](?:是[^，。；,;]{{1,30}}?[，,])?)?{_SET_UP_DUTY}"
)
_SEATED_RE = re.compile(rf"(?P<who>[\u4e00-\u9fff“”]{{2,24}}?办公室)设在[^，。；,;]{{2,24}}?[，,]{_SET_UP_DUTY}")
_SET_UP_WORDS_RE = re.compile("|".join(_SET_UP_VERBS))  # (the cheap test before _SET_UP_RE is tried)
# An institution's set-up as the clause before 由X管理 (组建省公务员局，由省人力资源和社会保障厅管理): the body it sets up
# and the body it answers to, which is given no work by it.
_SET_UP_CLAUSE_RE = re.compile(rf"(?:{'|'.join(_SET_UP_VERBS)})(?P<who>{_SET_UP_BODY}){_SET_UP_ALIAS}[，,]?$")
# (管理 by itself or after 负责, 代管: 由省发展和改革委员会管理, 由县国资办负责管理, 由市政府办公室代管)
_ADMINISTERS_RE = re.compile(r"(?:具体)?(?:负责)?(?:管理|主管|代管)(?:[，。；,;]|$)")


def _set_up_before(body: str, at: int) -> bool:
    """Whether the clause before the 由 at ``at`` (up to the comma before it) sets a body up (:data:`_SET_UP_CLAUSE_RE`)."""
    before = body[:at]
    if not any(v in before for v in _SET_UP_VERBS):
        return False
    cut = max(before.rfind("，", 0, len(before) - 1), before.rfind(",", 0, len(before) - 1)) + 1
    return _SET_UP_CLAUSE_RE.match(before, cut) is not None
# A list of duties with no subject (主要职责是：…；…。) after a sentence that opens with a body set up or seated
# (…领导小组办公室设在市国土资源局，…。 / 县区…领导小组是处置…的具体指挥机构。): that body's duties.
_DUTIES_RE = re.compile(r"(?:其)?(?:主要)?职责(?:是|为|如下)?[：:]")
_DUTIES_FIRST = frozenset("其主职")
_BODY_BEFORE_DUTIES_RE = re.compile(rf"(?P<who>{_SET_UP_BODY}){_SET_UP_ALIAS}(?:设在|是)")


def _duties_of_body_before(text: str, s: int, offset: int):
    """The task of a subject-less list of duties at ``s + offset`` (``主要职责是：…``) whose owner the sentence
    before names (:data:`_BODY_BEFORE_DUTIES_RE`), as :func:`_prose_tasks` records it, or None."""
    duties = _DUTIES_RE.match(text, s + offset)
    if duties is None:
        return None
    before = max(text.rfind("。", 0, s - 1), text.rfind("\n", 0, s - 1)) + 1
    while before < s and text[before] in " \t\u3000":
        before += 1
    mk = MARKER_RE.match(text[before:s]) if text[before : before + 1] in MARKER_FIRST else None
    at = before + mk.end() if mk else before
    owner = _BODY_BEFORE_DUTIES_RE.match(text, at, s)
    if owner is None or _NOT_SUBJECT.search(owner.group("who")):
        return None
    stop = _DUTIES_END_RE.search(text, duties.end())
    t0, t1 = s, stop.end() if stop else len(text)
    if stop and stop.group() == "\n" and not text[duties.end() : stop.start()].strip():
        t1 = _item_lines_end(text, t1)  # (主要职责是：\n1.负责…\n2.…: the duties are the item lines below the colon)
    ann = Annotation(t0, t1, entries=[(owner.group("who"), Role.RESPONSIBLE, owner.start("who"), owner.end("who"))])
    return t0, t1, ann


_DUTIES_END_RE = re.compile(r"[。\n]")


def _item_lines_end(text: str, pos: int) -> int:
    """The end of the run of item lines (:data:`_ITEM_LINE_RE`: 1. / （1） / （一）) from the line at ``pos``: the run
    stops at a blank line or a line that is no item (a heading 二、 among them); ``pos`` where no item starts there."""
    end = pos
    while pos < len(text) and _ITEM_LINE_RE.match(text, pos):
        nl = text.find("\n", pos)
        end = pos = nl + 1 if nl >= 0 else len(text)
    return end


# A section of a body's duties (一、主要职责, 一、主要职能) in a notice that sets the body up and gives it a short name
# (成立…工作领导小组（以下简称领导小组）。现将有关事项通知如下：): its first paragraph, with no subject, is that
# body's duties.
_DUTIES_HEADING_RE = re.compile(r"(?:主要|工作)?(?:职责|职能)(?:和任务|任务)?")
# (the body's name may hold figures: 第19届亚运会工作领导小组)
_SET_UP_NAMED_RE = re.compile(
    rf"(?:成立|设立|组建|建立)(?P<who>[\u4e00-\u9fff“”（）0-9]{{2,40}}?(?:{_JOINT_HEADS}|委员会|办公室))(?:制度)?{ALIAS_NOTE_RE.pattern}"
)
_SET_UP_NAMED_REACH = 600  # (the characters before the section that the notice's setting-up is looked for in)


def _duties_under_heading(text: str, s: int, sec):
    """The task of the paragraph at ``s`` that opens a section of duties (:data:`_DUTIES_HEADING_RE`) in a notice
    that sets a body up with a short name before it, as ``(start, end, annotation)``, or None."""
    if sec is None or sec.source is None or not _DUTIES_HEADING_RE.fullmatch(sec.heading or ""):
        return None
    head_end = text.find("\n", sec.source.start)
    if head_end < 0 or text[head_end:s].strip():
        return None  # (only the paragraph straight under the heading)
    # (the last body set up before the section)
    owner = next(reversed(list(_SET_UP_NAMED_RE.finditer(text, max(0, sec.source.start - _SET_UP_NAMED_REACH), sec.source.start))), None)
    if owner is None or _NOT_SUBJECT.search(owner.group("who")):
        return None
    t1 = text.find("\n", s)
    t1 = t1 if t1 >= 0 else len(text)
    return s, t1, Annotation(s, t1, entries=[(owner.group("who"), Role.RESPONSIBLE, owner.start("who"), owner.end("who"))])


#: The longest body's name (with its marker) that opens a member unit's duty line before a full stop.
_NAME_LINE_MAX = 30


def _duties_after_name_line(text: str, s: int, sentence: str, issuer: tuple[str, ...]):
    """The task of duties at ``s`` that follow a body's name closed by a full stop at the start of their line
    (``县委宣传部。负责…``) in a list of member units' duties, as ``(start, end, annotation)``, or None.

    ``sentence`` (the duties' first) opens with a verb of duty (县委宣传部。负责…, 建管中心。积极…; not 街道消防安全委员会。
    年底前，各街道设立…, a heading and the text under it).
    """
    line0 = text.rfind("\n", max(0, s - _NAME_LINE_MAX - 1), s) + 1  # (no line start that near: too far)
    if s - line0 > _NAME_LINE_MAX or not _PROSE_VERB_RE.match(sentence):
        return None
    line = _duty_line_at(text[line0 : s + 4])
    if line is None or line.end("name") + 1 != s - line0:
        return None
    name = line.group("name")
    if not is_agency_name(name, issuer=issuer) or not _in_duty_list(text, line0):
        return None
    a = line0 + line.start("name")
    t1 = text.find("\n", s)  # (the unit's duties run to the end of its line)
    t1 = t1 if t1 >= 0 else len(text)
    # (the duty's first word marks a role, as after a colon: 街道消委办。牵头开展…, 派出所。配合开展…)
    role = _duty_role(sentence)
    ann = Annotation(line0, t1, entries=[(name, role, a, a + len(name))])
    ann.explicit_lead = role is Role.LEAD
    return line0, t1, ann
# A line of a list of member units' duties (成员单位职责): a body's name, then a colon or a full stop, then its
# duties (3.市城建委：严格…的落实, 县委宣传部。负责…), whatever verb they open with; a list of such lines, or one
# under a short heading of duties (成员单位工作职责, 2.成员单位职责：).
_DUTY_LINE_RE = re.compile(rf"[ \t\u3000]*(?P<name>[^\n：:，。；、]{{2,24}}?[{NAME_LAST_CHARS}])[：:。][^\n]{{4}}")
_DUTY_HEADING_RE = re.compile(r"[^\n。；]{0,16}职责[：:]?[ \t\u3000]*$")
_DUTY_LIST_REACH = 4  # (the lines looked at before a duty line for a heading of duties)
_DUTY_LIST_SPAN = 600  # (the characters those lines are looked for in)


def _duty_line_at(line: str) -> re.Match[str] | None:
    """A line of a member unit's duties (:data:`_DUTY_LINE_RE`), after its item marker, or None."""
    mk = MARKER_RE.match(line) if line[:1] in MARKER_FIRST else None
    return _DUTY_LINE_RE.match(line, mk.end() if mk else 0)


def _in_duty_list(text: str, line0: int) -> bool:
    """Whether the line starting at ``line0`` stands in a list of member units' duties: another such line next
    to it, or a short heading of duties among the few lines before it."""
    lo = max(0, line0 - _DUTY_LIST_SPAN)
    before = text[lo:line0].split("\n")[(1 if lo else 0) :]  # (a line cut by the window is no line)
    before = [line.strip() for line in before if line.strip()][-_DUTY_LIST_REACH:]
    if any(_DUTY_HEADING_RE.match(line) for line in before):
        return True
    end = text.find("\n", line0)
    after = next((line.strip() for line in text[end : end + _DUTY_LIST_SPAN].split("\n") if line.strip()), "") if end >= 0 else ""
    return any(_duty_line_at(line) for line in (*before[-1:], after) if line)
_SET_UP_REACH = 18
_SET_UP_WHO_RE = re.compile(rf"(?P<who>{_SET_UP_BODY})(?={_SET_UP_ALIAS}[，,]|(?:具体|主要)?负责|设在)")
# Words that qualify the body after them, at a sentence's start (省政府授权的盐业主管机构负责…, 市政府指定的…): read
# only where a body and its duty follow (:func:`_owner_opens`); 设区的市 is a level's name, not a qualifier.
# (a body founded by those words is their object, not a subject: 成立以…为组长的领导小组负责…, see _SET_UP_RE)
_OF_BODY_RE = re.compile(r"(?:(?!成立|设立|组建|建立)[^，。；,;的由]){2,16}(?<!设区)的")
# (the cheap test before a body is looked for after the 的: a word of duty within a name's reach)
_OF_BODY_DUTY_RE = re.compile(r"负责|应|要|须|将|牵头|会同")
_OF_BODY_DUTY_REACH = 32
# A clause that may open with a collective (:func:`_collective_subject`): the cheap test before it is read.
_LATER_GROUP_FIRST = _COLLECTIVE_FIRST | ROLE_GROUP_FIRST
_LATER_GROUP_RE = re.compile(f"[，,][{''.join(sorted(_LATER_GROUP_FIRST))}]")
#: The word that names a joint body's members (县安委会各成员单位), and how far into a clause it may end its subject.
_MEMBERS = "成员单位"
_MEMBERS_REACH = 22


def _asked_subject(body: str, issuer: tuple[str, ...]) -> list[tuple[int, int, str]] | None:
    """The bodies a request names at the start of ``body`` (after 请/望/…要求), as spans, or None.

    The longest clean list of bodies or groups before the clause's first verb (as for the partners
    after 会同), then a verb; a request to everyone addressed (请各单位认真贯彻执行) is an exhortation.
    """
    found = _partners(body, 0, issuer, last=_ADDRESSEE_LAST)
    if not found or all(_everyone(n) for n, _, _ in found):
        return None
    if any(_NOT_SUBJECT_ITEM_RE.search(n) and not canonical_agency(n, issuer=issuer)[2] for n, _, _ in found):
        return None  # 要求全体审计干部充分认识政府信息…: the persons asked, not a body, as in a subject list
    nxt = body[found[-1][2] : found[-1][2] + 1]
    # (门 goes on a name cut short, 各地区各部 of 各地区各部门: never a verb)
    if not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的等之和及与门":
        return None
    return [(a, b, n) for n, a, b in found]


# A place named with its level at a sentence's start (富阳区, 萧山区): its government, before a group of its peers.
_NAMED_PLACE_RE = re.compile(r"(?![各省市区县镇乡有相其])[\u4e00-\u9fff]{2,4}?(?:区|县|市|旗)(?=、各)")


def _places_before_group(body: str, issuer: tuple[str, ...]) -> list[tuple[int, int, str]] | None:
    """A named place and the collective after it that a sentence opens with (``富阳区、各县（市）应…``: the
    district's government and the counties'), as spans, or None unless the collective reads as a subject."""
    m = _NAMED_PLACE_RE.match(body)
    if m is None or not prefixed_name(m.group()[:-1], m.group()[-1] + "政府"):
        return None
    group = _collective_subject(body[m.end() + 1 :], issuer)
    if not group:
        return None
    k = m.end() + 1
    return [(0, m.end(), m.group()), *((a + k, b + k, n) for a, b, n in group)]


#: The units of one role (各/其他/有关… and a role group, :data:`ROLE_GROUP_PATTERN`) and a bare 将: the document's own
#: units and their work, as after a body's name (区府办公室将…); a bare 各部门将…/各地将… stays no owner. And how far
#: into a sentence its 将 may stand.
_ROLE_GROUP_WILL_RE = re.compile(rf"(?P<who>(?:各|其他|其它|(?=有关|相关))?{ROLE_GROUP_PATTERN})(?=将)")
_ROLE_GROUP_WILL_REACH = 16


#: The words that single a group out among the group before them (责任单位尤其是各乡镇…), and how far into a
#: sentence their 是 may stand.
_SINGLED_OUT = frozenset({"尤其是", "特别是"})
_SINGLED_OUT_REACH = 24


def _collective_subject(body: str, issuer: tuple[str, ...], *, staged: bool = False) -> list[tuple[int, int, str]] | None:
    """The collective owners a sentence starts with (``各有关部门要…``), as spans, or None.

    ``staged``: the sentence is a stage's work in a phased plan, where a plain verb after the group is its duty
    (:data:`_STAGED_SUBJECT_RE`).
    """
    if staged:
        bare, m = None, _STAGED_SUBJECT_RE.match(body)
        if m is None:
            return None
    else:
        if (k := body.find("是", 3, _SINGLED_OUT_REACH)) > 0 and body[k - 2 : k + 1] in _SINGLED_OUT:
            # 责任单位尤其是各乡镇要…: a group, then the group singled out among it, both owners of the duty after
            head, rest = body[: k - 2], _collective_subject(body[k + 1 :], issuer)
            first = _collective_subject(head + "要", issuer) if rest else None  # (the group's words end at 尤其是)
            if first and first[-1][1] == len(head):
                return first + [(a + k + 1, b + k + 1, n) for a, b, n in rest]
            if rest:
                return None  # (各部门特别是各街道要…: no group before the words, and no one name of them all)
        # (a role group before a field authority: 牵头部门要… names the lead units, no field)
        bare = _BARE_ROLE_GROUP_RE.match(body) if body[:1] in ROLE_GROUP_FIRST else None
        m = _COLLECTIVE_SUBJECT_RE.match(body) or (None if bare else _FIELD_AUTHORITY_RE.match(body))
    if bare is None and body.find("将", 4, _ROLE_GROUP_WILL_REACH) > 0 and (will := _ROLE_GROUP_WILL_RE.match(body)) \
            and (m is None or m.end("who") > will.end("who")):
        m, bare = None, will  # 其他责任单位将…报送牵头单位: the units of a role and the work they will do
    if m is None:
        return [(0, bare.end("who"), bare.group("who"))] if bare else None
    field = m.re is _FIELD_AUTHORITY_RE
    if field:
        agencies, _, _, clean = parse_names(m.group("who"), issuer=issuer, keep_unknown=True)
        clean = clean or len(agencies) == 1  # 规划资源部门: a body by its form, known=False
    else:
        agencies, clean = _subject_items(m.group("who"), issuer)
    # Only a group of governments or bodies of one kind (各试点城市政府, 地方各级人民政府): a bare
    # 各部门/各有关单位 before 要 is an exhortation to everyone, not an assignment.
    who = m.group("who")
    if field and (
        _NOT_SUBJECT.search(who) or _JOIN_IN_NAME_RE.search(who) or "是" in who or _NO_FIELD_RE.match(who)
        or _VERB_LED_RE.match(who)
    ):
        return None  # 镇各相关部门 (a bare collective), 一是主管部门 (an enumeration), 政府部门 (no field)
    if not clean or not agencies or (not field and all(_everyone(n) and not n.startswith(("相关", "有关")) for n, _, _ in agencies)):
        return None
    if "及其" in who:  # 县级以上人民政府及其有关行政主管部门: the government and its departments
        agencies = [part for n, a, b in agencies for part in _joined_bodies(n, a, b, issuer)]
    return [(a, b, n) for n, a, b in agencies]


# The last characters of an item of a subject list the tables lack that may still name a body: a body's or a
# level's (各地州, 各团场, 街道办事处筹备组), not a phrase's (各行各业).
_UNKNOWN_ITEM_LAST = frozenset(NAME_LAST_CHARS + "州盟旗场组")
# An item that makes a subject list no list of bodies: words of a clause, a join of two names the tables cannot
# part, or a person (主要负责同志, 负责人).
_NOT_SUBJECT_ITEM_RE = re.compile(
    r"[的为对在将把使由和及与要应]|负责|同志|领导|干部|书记|人员|[^局]长$|人$"
)


def _subject_items(who: str, issuer: tuple[str, ...]) -> tuple[list[tuple[str, int, int]], bool]:
    """The owners of a subject list, and whether it reads as one.

    An item the tables lack never rejects the rest of the list (``各地州、各县市、各行各业要…``): it is kept
    (known=False) where it ends as a body or a level does and holds no second 各, dropped where it is clearly
    no body (各行各业); the list reads as a subject when at least one of its items is a body the tables know
    or a well-formed name.
    """
    found, _, _, clean, _, unread = _parse_names(who, tuple(issuer), True)
    if clean:
        return list(found), True
    if any(_NOT_SUBJECT_ITEM_RE.search(n) for n in unread):
        return [], False  # 镇作为…主体, 各单位主要负责同志: words of a clause or a person, no list of bodies
    missed = set(unread)
    kept = [
        (n, a, b)
        for n, a, b in found
        if n not in missed or (n[-1] in _UNKNOWN_ITEM_LAST and "各" not in n[1:])
    ]
    return kept, any(n not in missed for n, _, _ in kept)


#: A group of every level (各级各部门, 全县各级各有关部门): the departments of each tier, not everyone addressed.
_EVERY_LEVEL_RE = re.compile(r"(?:全?[省市县区镇乡])?各级")


def _everyone(name: str) -> bool:
    """Whether a collective subject is everyone addressed (各部门, 各有关单位, 市有关单位): an exhortation.

    Groups of the document's own units (各成员单位, 各牵头单位: eval dev 09), of a level's organs
    (县直机关各单位, 国务院有关部门: dev 06) and of every level (各级各有关部门, as 各级政府部门 of dev 09)
    are owners, and so are the issuing body's own sections (各相关科室, 各处室: a bureau hands its work to them).
    """
    if not is_vague(name) or is_named_group(name) or _EVERY_LEVEL_RE.match(name) or name[-1:] in _SECTION_HEAD_LAST:
        return False
    return name.startswith(("各", "其他", "其它")) or _BARE_GROUP_RE.match(name) is not None


# A phrase of leadership, purpose or ground before a sentence's subject: 在…领导下，/ 围绕…，/ 为…，/ 按照…，
# (a title in the ground counts as one word, however long: 依据《…的实施意见》，省财政抓紧下达…); meeting news
# reports the duties a meeting set: 会议要求，各乡镇…要…
# A report's next steps and additions open with a connective (下一步，/ 同时，/ 此外，), and a notice asks its
# addressees with 请 (请各乡镇…要…, 请县财政局牵头…): the subject follows them too.
# A title in the ground may carry its short name (根据《…实施方案》（以下简称《方案》），); a time from which the
# duty runs may stand first (自2018年起，X、Y将建立…).
# A request names whom it asks (:data:`_ASKED_FIRST`): a notice's 请/望 to its addressees (请各乡镇…紧扣…, 望各责任单位
# 抓紧…), and a rule or meeting reported as asking (《通知》要求各责任单位高度重视…, 会议要求各乡镇…), or the request
# itself after the clauses that give its ground (为做好…工作，要求各区县、各部门…).
_LEADING_PHRASE_RE = re.compile(
    r"(?:在[^，。；,;]{1,20}?(?:领导|指导|统筹)下|(?:围绕|为了|为|按照|根据|依据|针对|对照)"
    r"(?:《[^《》\n]{1,80}》(?:（(?:以下|下文|下)?简称《[^《》\n]{1,20}》）)?|[^，。；,;《]){1,30}?"
    r"|(?:自|从)(?:19|20)\d\d年[^，。；,;]{0,8}?起"
    r"|会议(?:要求|强调|提出|明确)|下一步|同时|此外|另外|今后)[，,]|请(?![示求])|(?:希)?望(?=各)"
    r"|(?:《[^《》\n]{1,80}》|会议)?要求(?![，,：:])"
    r"|(?:特别|尤其)是"  # 特别是牵头单位，要…: the subject singled out among those just named
    # (a reply's addressee by its pronoun before the bodies named with it, 你省及濮阳市人民政府要…, 你省和建设部、
    # 国家文物局要…: no name, the named bodies are the subject; eval/README names no rule for 你省)
    r"|你(?:们|省|市|区|县|州|盟|旗|自治区)(?:及|和|与|、)(?=[\u4e00-\u9fff])"
    rf"|{_EVERY_PERIOD}[，,]?(?![，,]|至少|不少于|定期)"  # 每年财政部根据…确定…: the step's time before its owner
    # (an enumeration's ordinal, 一是…；二是…: 四是经发局要认真做好…, the subject after it)
    r"|(?:十?[一二三四五六七八九]|十)是[，,：:]?"
    # (a restatement's lead-in, then the items it spells out: 即：一是各责任单位须…)
    r"|即[：:]"
)
_LEADING_FIRST = frozenset("在围为按根依针对会下同此另今请自从特尤希望《一二三四五六七八九十每你要即")
# The governments concerned as a reply names them, one collective: 有关省、直辖市人民政府, 有关各级政府, under the
# addressee's pronoun or its place (你市有关各级政府, 莆田市有关各级政府).
_GOVERNMENT_LEVEL = r"(?:省|自治区|直辖市|市|州|县|区|旗|乡|镇)"
#: Where 有关 of :data:`_CONCERNED_GOVERNMENTS_RE` may end at the latest: a place of six characters and its
#: level of three (广西壮族自治区有关…) before it.
_CONCERNED_REACH = 11
_CONCERNED_GOVERNMENTS_RE = re.compile(
    r"(?P<who>(?:(?:你|[\u4e00-\u9fff]{1,6}?)(?:省|自治区|市|州|县|区|盟|旗))?有关"
    rf"(?:各级|{_GOVERNMENT_LEVEL}(?:、{_GOVERNMENT_LEVEL})*)(?:人民)?政府)"
    r"(?=要|应|须|必须|负责)"
)
#: The first characters of the leading phrases that ask the subject after them to act (请, 望, 希望, …要求).
_ASKED_FIRST = frozenset("请望希")
#: The end of a notice's clause handing a document to its addressees (现将《…》印发给你们，), before its request.
_HANDED_OVER = "给你们，"
# A subject as regulations write it: one or more bodies (a head suffix each), an optional phrase between
# the subject and its duty (在同级人民政府领导下，/ 在职责范围内，/ 是本市…的行政主管部门，), then the duty.
_NAMED_SUBJECT_RE = re.compile(
    r"(?P<who>[\u4e00-\u9fff（）()、“”]{1,60}?"
    rf"(?:部门和单位|部门|机构|机关|人民政府|政府|办事处|管委会|办公室|局|委|办|厅|{_JOINT_HEADS}))"
    rf"(?:{ALIAS_NOTE_RE.pattern})?(?:{_ETC_CLASS.pattern})?(?:{_SUBJECT_PHRASE}){{0,2}}"
    # (the lead's verb too: 市政府法制办牵头起草…, a government's office whose name runs past the government's)
    rf"(?=(?:主要|具体|分别|共同)?(?:{_TAKES_CHARGE}|主管|应当|应(?!急)|要|须|必须|按照|依照|依法|按各自|会同|牵头|统筹|抓紧)"
    rf"|{_MORE_MODALS}|是(?!指)[^，。；,;]{{1,30}}?(?:责任|牵头)(?:主体|单位|部门)|{_EXERCISE}"
    # (a rule's other verbs of charge: 统一领导本行政区域内的…工作, 履行本辖区内的…职责)
    r"|统一(?:领导|管理|负责)|履行(?=[^，。；,;]{1,30}?职责)"
    # (a rule's procedural step, no modal: X根据…编制…, X在…批复后N个工作日内下达…, X原则上于N日内…, X是…的主体，受理…)
    r"|根据|在[^，。；,;]{1,40}?后|原则上|是(?!指)[^，。；,;]{1,30}?的主体(?=[，,。；]|$)"
    # (a rule's commonest article of charge: X对本行政区域…工作实施统一监督管理, X对…的保护实施监督管理)
    r"|对[^，。；,;]{1,40}?(?:实施|进行)(?:统一)?(?:监督管理|监督检查|监督|管理)(?=[，,。；;]|$)"
    # (a pause before the modal: 市、县区草原行政主管部门，应当…; after the object of the rule: X对…的县，应…)
    rf"|(?:对[^，。；,;]{{1,40}}?)?[，,](?={_RULE_MODAL}))"
)
_LEVEL_WORDS = ("省", "市", "州", "区", "县", "镇", "乡", "街道", "各")
# A group named by neither field nor level: 有关部门, 各单位, 各地, 其他有关部门和单位.
# (镇各相关部门 and 市有关单位 too: a level and its departments concerned name no body; eval dev 22)
_BARE_GROUP_RE = re.compile(
    rf"^(?:{GROUP_LEVEL_PATTERN})?(?:各|其他|其它)?(?:有关|相关)?(?:部门|单位|部门和单位|方面|地方|地)$"
)


def _named_subject(
    body: str, issuer: tuple[str, ...], found: list[tuple[int, int, str]], *, text: str = ""
) -> list[tuple[int, int, str]] | None:
    """The bodies a sentence names as its subject before its duty, as spans, or None.

    ``区（县）市容环境卫生管理部门在同级人民政府领导下，负责…``, ``街道办事处、镇人民政府负责…``,
    ``市和区（县）人民政府应当…``, ``省委农村工作领导小组负责…``: every item must be a body the
    tables know, a collective, or a name written under a level (市…, 各…), under the document's
    own place (西安市… in a document of 西安市人民政府) or under a place ``text`` names again
    (:func:`_place_named_again`); a list of vague
    groups only (有关部门应当…) is an exhortation, not an assignment.
    """
    m = _NAMED_SUBJECT_RE.match(body)
    if m is None:
        return None
    who = m.group("who")
    if "是" in who or _VERB_LED_RE.match(who):
        return None  # 一是主管部门…: an enumeration, not a subject; 保障…部门依法…: a purpose
    agencies, _, _, clean = parse_names(who, issuer=issuer)
    if not clean or not agencies or all(_BARE_GROUP_RE.match(n) for n, _, _ in agencies):
        return None
    if "和" in who or "及" in who:  # (places sharing one head are one collective: 河北、山东和河南省人民政府)
        agencies = [part for n, a, b in agencies
                    for part in ([(n, a, b)] if _shares_one_head(n, issuer) else _joined_bodies(n, a, b, issuer))]
    # (a class of levels may write a level's name inside: 乡 + 镇人民政府, 设区的 + 市人民政府)
    # (nor a list of one tier's places sharing one head, whose last place's government a known name may be:
    # 省、自治区、直辖市人民政府)
    ends = {b for n, a, b in agencies if sum(x == a for _, x, _ in agencies) == 1 and not is_level_body(n) and "、" not in n}
    if any(b in ends and (a, b) not in {(x, y) for _, x, y in agencies} for a, b, _ in found):
        return None  # 计量管理区绿化市容局, 根据区政府: an item is words before a known name
    for n, _, _ in agencies:
        if not (
            n.startswith(_LEVEL_WORDS)
            or is_collective(n)
            or is_level_body(n)  # 旗县以上人民政府, 村民委员会: a class of bodies a rule names
            or (province_at(n) and is_agency_name(n, issuer=issuer))  # 山东省经济委员会: a body under its province
            or canonical_agency(n, issuer=issuer)[2]
            or under_own_place(n, issuer)  # 西安市大数据产业发展领导小组 in a document of 西安市人民政府
            or ZONE_BODY_RE.match(n)  # 航空港区管委会: a zone's committee, a body by its form
            # 国务院机构编制管理机关在国务院领导下，负责…: a body under the State Council by its form
            or (n.startswith("国务院") and len(n) > 5 and n.endswith(("机关", "机构")) and not _BY_FORM_NOT_RE.search(n)
                and is_agency_name(n, issuer=issuer))
            # 规划分局负责辖区…, 公安分局负责…: a bureau's branch named by its field, a body by its form (a
            # district's branch of a city bureau carries no level of its own)
            or (n.endswith("分局") and _BRANCH_BODY_RE.match(n) and is_agency_name(n, issuer=issuer))
            or _shares_one_head(n, issuer)  # 杭州、宁波市人民政府: places sharing one head, one collective
            # 政府督查室、监察局要… in a county's document: departments the issuer's level names
            or under_own_place(canonical_agency(n, issuer=issuer)[0], issuer)
            or (not issuer and is_own_office(n))  # (the same where the document's issuer is not read)
            # 松溪区园林局在区政府领导下，负责… in a text that names 松溪区 again: a level's body under its place
            or (text and any(n[k : k + 1] in LEVEL_CHARS and _place_named_again(text, n[:k], n[k:]) for k in (2, 3, 4)))
        ):
            return None  # 项目所在地人民政府: a body the text does not name
    return [(a, b, n) for n, a, b in agencies]


_BRANCH_BODY_RE = re.compile(r"^(?![各有相其所该本])[\u4e00-\u9fff]{2,8}分局$")
_NOT_FIELD_AUTHORITY_RE = re.compile(rf"^(?:各|{_NOT_ONE_BODY})|^(?!.*(?:主管|管理|财政|行政)部门$)")


def _joined_bodies(name: str, a: int, b: int, issuer: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The bodies of one subject item that joins two with 和/及 (``乡（镇）人民政府和街道办事处``: two, as with 、),
    or with 及其 the government and its own departments (``县级以上人民政府及其有关行政主管部门``: the
    government and 县级以上人民政府有关行政主管部门); the item whole where a 和 stands inside one name
    (``市粮食和储备局``: 市粮食 is a field word, no body).
    """
    for m in _JOIN_IN_NAME_RE.finditer(name, 2):
        k = m.start()
        before = name[:k]
        own = name.startswith("及其", k)
        after = name[k + (2 if own else 1) :]
        if not after or not (is_level_body(before) or (is_agency_name(before, issuer=issuer) and field_name_at(before) != before)):
            continue
        if own and is_level_body(before) and after.startswith(("有关", "相关", "其他")):
            # 及其有关部门: the government's departments (spanning 其…, after the 及 that joins them)
            return [(before, a, a + k), (before + after, a + k + 1, b)]
        # (县财政局和主管部门: an authority by its field is a body too; 县政府和有关部门 leaves a vague group)
        if not own and (is_level_body(after) or is_agency_name(after, issuer=issuer)) \
                and (not is_vague(after) or not _NOT_FIELD_AUTHORITY_RE.match(after)):
            return [(before, a, a + k), *_joined_bodies(after, a + k + 1, b, issuer)]
    return [(name, a, b)]


def _hinted_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences (:data:`_SENTENCE_RE` matches) that hold a word of :data:`_PROSE_HINT_RE`.

    Most sentences hold none; finding the words first and reading only their sentences
    saves a Python step per sentence of the document. A sentence runs from after the last
    terminator before its word to the first one after it (no word holds a terminator),
    that one included unless it is a line break: what the pattern matches from its start. A line break before a
    document-sharing page's chunk counter (``…旗财政局负责⏎2、资金筹措资金拨付。``) ends no sentence: the chunk
    cut it.
    """
    out: list[tuple[int, int]] = []
    ends = char_positions(text, _TERMINATORS)[0]
    search = _PROSE_HINT_RE.search
    h = search(text)
    while h is not None:
        k = bisect_left(ends, h.start())
        start = ends[k - 1] + 1 if k else 0
        if k < len(ends):
            end = ends[k]
            while text[end] == "\n" and k + 1 < len(ends) and chunk_counter_at(text, end + 1):
                k += 1
                end = ends[k]
            end += text[end] != "\n"
        else:
            end = len(text)
        out.append((start, end))
        h = search(text, end)  # the next word after the sentence just read
    return out


# An article that opens inside a line, the rules run together as a page copied from a .docx or OCR prints them
# (…进行行政监管.第五条市财政局负责…, 第二章职责分工第四条市粮食和储备局负责…, a search digest's
# …自评，，第二十六条县财政局…): after a full stop of any form, a comma or a chapter's heading, and not a
# reference to an article (第五条规定, 第五条的, 第五条第二款).
_ARTICLE_MID_RE = re.compile(
    r"(?:[。.．；;！？!?，,]|第[一二三四五六七八九十百零〇\d]{1,4}[章节][\u4e00-\u9fff]{1,20}?)"
    r"(?P<art>第[一二三四五六七八九十百零〇\d]{1,5}条)(?![规的之款至、和或中所及])"
    # (a search digest joins its paragraphs with a doubled comma: …拨付，，（三）区财政局在…, an item of its own)
    r"|[，,]{2}(?P<item>[（(][一二三四五六七八九十]{1,3}[）)])"
)


def _article_pieces(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``spans`` with each sentence cut where an article opens inside it (:data:`_ARTICLE_MID_RE`): each
    article is a clause of its own, whose subject is its own owner (the cheap test of 条 first)."""
    for s, e in spans:
        if text.find("条", s + 1, e) < 0 and text.find("，，", s + 1, e) < 0:
            yield s, e
            continue
        for m in _ARTICLE_MID_RE.finditer(text, s, e):
            at = m.start("art") if m.group("art") else m.start("item")
            if at > s:
                yield s, at
                s = at
        yield s, e


# A field's authority by its form (民政部门, 城管执法部门): a field's words, then its 部门.
_FIELD_BODY_RE = re.compile(r"(?!有关|相关|其他|各)[\u4e00-\u9fff]{2,8}?(?:行政)?(?:主管|管理|监管|执法|职能)?部门")


def _group_names(m: re.Match[str], issuer: tuple[str, ...]):
    """The lead and supporting units of a group assignment, or None unless both lists read cleanly."""
    entries: list[tuple[str, Role, int, int]] = []
    open_list = False
    for key, role in (("lead", Role.LEAD), ("support", Role.SUPPORT)):
        value = m.group(key)
        agencies, posts, vague, clean, _, unread = _parse_names(value, tuple(issuer), True)
        if not clean and all((_FIELD_BODY_RE.fullmatch(u) and not _NO_FIELD_RE.match(u)) or ROLE_GROUP_RE.fullmatch(u)
                             for u in unread):
            # (a field's authority named by its field: 民政部门牵头，…配合; the units of one role named bare, as a
            # subject: 主办单位牵头负责、协办单位全力配合)
            clean = True
            # (a role's units the tables leave unread are owners all the same, as 协办单位 is: 牵头单位牵头负责，
            # 配合单位积极配合)
            named = {n for n, _, _ in agencies}
            agencies = sorted([*agencies, *((u, k, k + len(u)) for u in unread
                                            if u not in named and ROLE_GROUP_RE.fullmatch(u) and (k := value.find(u)) >= 0)],
                              key=lambda x: x[1])
        agencies = [(n, a + m.start(key), b + m.start(key)) for n, a, b in agencies]
        if not clean or (role is Role.LEAD and not agencies):
            return None
        entries += [(n, role, a, b) for n, a, b in agencies]
        open_list |= vague
    return entries, open_list
