"""Personnel decisions: who is appointed to which post, and who is removed from one.

A decision is read wherever a text states it with a personnel verb, in any kind of
document (a gazette's 人事任免 section, a 人大常委会 decision, a government's 任免通知, a
motion, a news page quoting them):

- ``任命A为X``, and the items after it that the one verb governs (``任命A为X，B为Y；C为Z``);
- ``免去A的X职务``, several people sharing the post (``免去A、B的X职务``) and the items
  after it (``免去A的X职务，B的Y职务``);
- ``A不再担任X职务``.

Inside a gazette's 人事任免 section, under a heading of the verb alone (``任命：``,
``免去：``) and after a lead that announces decisions (``…任免决定：``, ``会议决定：``), the
items name no verb of their own: ``A任X``, ``A为X``, ``A兼X``, ``A兼任X``, ``A代理X``
(appointments) and ``A的X职务``, ``A现任X职务``, ``A兼任X职务`` (removals, under 免去).

Each post of an item is one record (``A为市人民政府副市长、代理市长``: 副市长 and 代理市长);
a post written without its body shares the one before it (``中共某区委委员、常委、书记``).
A name may follow the person's present post (``任命某大学党委书记张三为…``) and a sex
note (``张三（女）``); both are left out of the person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from policykg.extract.records import Appointment, Source

#: The titles a post ends with (a body's name before them is its organisation).
_TITLES = (
    "局长|主任委员|主任|秘书长|院长|馆长|总经理|董事长|巡视员|调研员|书记|委员|常委|行长|所长|站长|队长|处长|科长"
    "|厅长|部长助理|部长|市长助理|市长|区长|县长|镇长|乡长|州长|盟长|旗长|省长|主席|校长|总工程师|总经济师|总会计师"
    "|总规划师|参事|督学|审计长|检察长|检察员|审判员|庭长|监事长|党组成员|党组书记|一级巡视员|二级巡视员|司长|署长"
    "|关长|总监|主任科员|理事长|会长|社长|台长|总编辑"
)
_POST = re.compile(rf"(?P<post>(?:代理)?(?:常务)?副?(?:{_TITLES}))$")
#: A post title anywhere (the end of a present post written before a person's name).
_TITLE_IN = re.compile(rf"(?:{_TITLES})")
_PERSON = r"[\u4e00-\u9fff·]{2,4}"
_PERSON_RE = re.compile(_PERSON)
#: What may follow a name: a sex note, 同志.
_PERSON_NOTE = re.compile(r"[（(][男女][）)]|同志")
#: The clauses of a line: a decision never runs over these.
_CLAUSE_END = re.compile(r"[；;。]")
#: A heading of the verb alone, over the items it governs.
_VERB_HEADING = re.compile(r"^(?P<verb>任命|免去|免职|任职)[：:]?$")
#: A lead that announces decisions, its items after the colon (宣布…任免决定：, 会议决定：).
_DECISION_LEAD = re.compile(r"(?:任免|任职|职务|人事)[^，。；：:]{0,12}[：:]|决定[：:]")
#: The words of a decision's verb or of a lead announcing decisions: a line holding none is read
#: only inside a gazette's 人事任免 section or under a heading of the verb alone.
_TRIGGER_WORDS = ("任命", "免去", "免职", "不再担任", "决定：", "任免")

# The items of one clause, each at its start (the clause cut at every ，).
#: 任命A为X (the verb at the start of the item or the clause).
_APPOINT_VERB = re.compile(r"(?:决定)?任命(?P<lead>[\u4e00-\u9fff·（）()、]{2,40}?)为(?P<posts>[^，,；;。]{2,80})")
#: 免去A、B的X职务.
_REMOVE_VERB = re.compile(
    rf"(?:决定)?免去(?P<persons>{_PERSON}(?:{_PERSON_NOTE.pattern})?(?:、{_PERSON}(?:{_PERSON_NOTE.pattern})?)*)"
    r"的(?P<posts>[^，,；;。]{2,80}?)职务"
)
#: A不再担任X职务.
_NO_LONGER = re.compile(r"^(?P<lead>[\u4e00-\u9fff·（）()、]{2,40}?)不再担任(?P<posts>[^，,；;。]{2,80}?)职务")
#: An item after a verb or in a context of decisions: A为X, A任X, A兼任X, A代理X.
_APPOINT_ITEM = re.compile(r"^(?P<lead>[\u4e00-\u9fff·（）()]{2,30}?)(?:同志)?(?:为|任|兼任|兼|代理)(?P<posts>[^，,；;。]{2,80})$")
#: A removal item: A的X职务, A现任X职务, A兼任X职务.
_REMOVE_ITEM = re.compile(r"^(?P<lead>[\u4e00-\u9fff·（）()]{2,30}?)(?:同志)?(?:的|现任|兼任)(?P<posts>[^，,；;。]{2,80}?)职务$")


def find_appointments(text: str, lines: Sequence[tuple[int, str]], section_lines: set[int] | None = None,
                      periods: dict[int, str | None] | None = None) -> list[Appointment]:
    """The personnel decisions of a text.

    Args:
        text: the normalised text.
        lines: ``(start, text)`` of each of its lines, in order.
        section_lines: the starts of the lines inside a gazette's 人事任免 section, where an
            item needs no verb of its own.
        periods: the month of the section a line is in (``2024-02``), by line start.

    Returns:
        One :class:`Appointment` per person and post, in text order.
    """
    section_lines = section_lines or set()
    periods = periods or {}
    starts = [start for start, _ in lines]
    # Most lines hold 任 (任务, 责任) but no decision: a scan of the text for each word a decision
    # or its lead holds names the lines worth reading.
    todo: set[int] = set()
    for word in _TRIGGER_WORDS:
        at = text.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            todo.add(k)
            at = text.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
    todo.update(i for i, start in enumerate(starts) if start in section_lines)
    out: list[Appointment] = []
    heading = None  # the verb of the last heading of the verb alone, while its items run
    for i in sorted(todo):
        if heading is not None:
            continue  # read with the heading's items
        heading = _read_line(lines[i], section_lines, periods, None, out)
        k = i + 1
        while heading is not None and k < len(lines):  # the items under a heading of the verb alone
            heading = _read_line(lines[k], section_lines, periods, heading, out)
            k += 1
    # one record a decision, however often the text states it (a headline and its report)
    seen: set[tuple[str, str, str, str | None]] = set()
    return [a for a in out if (key := (a.person, a.action, a.post, a.organization)) not in seen and not seen.add(key)]


def _read_line(line: tuple[int, str], section_lines: set[int], periods: dict[int, str | None], heading: str | None,
               out: list[Appointment]) -> str | None:
    """Read one line's decisions into ``out``; the verb whose items run on after it (a heading of
    the verb alone, or the heading's items going on), else None."""
    start, raw = line
    t = raw.strip()
    if not t:
        return heading  # blank lines between a heading's items
    h = _VERB_HEADING.match(t) if len(t) <= 5 else None
    if h:
        return "remove" if h.group("verb") in ("免去", "免职") else "appoint"
    lead = _DECISION_LEAD.search(t)
    found = _line_decisions(t, start + raw.find(t), periods.get(start), heading, start in section_lines, lead)
    out.extend(found)
    return heading if found else None


def _line_decisions(t: str, offset: int, period: str | None, heading: str | None,
                    in_section: bool, lead: re.Match[str] | None) -> list[Appointment]:
    out: list[Appointment] = []
    a = 0
    n = len(t)
    while a < n:
        m = _CLAUSE_END.search(t, a)
        b = m.start() if m else n
        out.extend(_clause_decisions(t, a, b, offset, period, heading, in_section or (lead is not None and lead.end() <= b)))
        a = b + 1
    return out


def _clause_decisions(t: str, a: int, b: int, offset: int, period: str | None, heading: str | None,
                      in_context: bool) -> list[Appointment]:
    """The decisions of one clause ``t[a:b]``: a verb governs the items after it to the clause's end."""
    out: list[Appointment] = []
    verb = heading  # the action the items take while no verb of their own is met
    pos = a
    if in_context and not heading:
        colon = max(t.rfind("：", a, b), t.rfind(":", a, b))
        if colon >= 0 and _DECISION_LEAD.search(t, a, colon + 1):
            pos = colon + 1  # 宣布…任免决定：A任X: the items start after the lead
    while pos < b:
        comma = _next_comma(t, pos, b)
        item = t[pos:comma]
        got = _verb_item(item, pos, offset, period)
        if got is not None:
            verb, records = got
        elif verb is not None or in_context:
            records = _bare_item(item, pos, offset, period, verb or "appoint")
        else:
            records = []
        if records is None:
            verb = None if heading is None else verb
            records = []
        out.extend(records)
        pos = comma + 1
    return out


def _next_comma(t: str, pos: int, b: int) -> int:
    """The end of the item at ``pos``: the next comma before ``b``, else ``b``."""
    found = [i for i in (t.find("，", pos, b), t.find(",", pos, b)) if i >= 0]
    return min(found) if found else b


def _verb_item(item: str, at: int, offset: int, period: str | None) -> tuple[str, list[Appointment]] | None:
    """An item that names its verb (任命A为X, 免去A的X职务, A不再担任X职务): the verb and its records."""
    if "任命" in item and (m := _APPOINT_VERB.search(item)) and "候选人" not in m.group("posts"):
        person = _person(m.group("lead"))
        if person is None:
            return "appoint", []
        return "appoint", _records([person], "appoint", m.group("posts"), period, offset + at + m.start(), offset + at + m.end())
    if "免去" in item and (m := _REMOVE_VERB.search(item)):
        persons = [p for p in (_person(x) for x in m.group("persons").split("、")) if p]
        return "remove", _records(persons, "remove", m.group("posts"), period, offset + at + m.start(), offset + at + m.end())
    if "不再担任" in item and (m := _NO_LONGER.match(item.strip())):
        person = _person(m.group("lead"))
        records = _records([person], "remove", m.group("posts"), period, offset + at, offset + at + len(item)) if person else []
        return "remove", records
    return None


def _bare_item(item: str, at: int, offset: int, period: str | None, verb: str) -> list[Appointment] | None:
    """An item under a verb or in a context of decisions (A为X, A任X, A的X职务); None when the item
    is none (which ends the run of items)."""
    s = item.strip()
    if verb == "remove" and (m := _REMOVE_ITEM.match(s)):
        person = _person(m.group("lead"))
        return _records([person], "remove", m.group("posts"), period, offset + at, offset + at + len(item)) if person else None
    if (m := _APPOINT_ITEM.match(s)) is None:
        return None
    # the verb nearest the name: 张三任某局局长, not the 任 of 主任
    lead, posts = m.group("lead"), m.group("posts")
    person = _person(lead)
    if person is None or "候选人" in posts:
        return None
    acting = s.startswith("代理", m.end("lead") + (2 if s.startswith("同志", m.end("lead")) else 0))
    records = _records([person], "appoint", posts, period, offset + at, offset + at + len(item), acting=acting)
    return records or None


def _person(lead: str) -> str | None:
    """The person a lead names: the name itself, or the name after a present post (某大学党委书记张三)."""
    lead = _PERSON_NOTE.sub("", lead).strip()
    if _PERSON_RE.fullmatch(lead):
        return lead
    ends = [m.end() for m in _TITLE_IN.finditer(lead)]
    if ends and _PERSON_RE.fullmatch(lead[ends[-1]:]):
        return lead[ends[-1]:]
    return None


def _records(persons: list[str], action: str, posts: str, period: str | None, start: int, end: int,
             acting: bool = False) -> list[Appointment]:
    """One record per person and post of ``posts`` (a post without its body shares the one before it);
    ``acting``: the verb was 代理, so the post is held as 代理 (张三代理市人民政府市长: 代理市长)."""
    out: list[Appointment] = []
    org = None
    for piece in posts.split("、"):
        piece = piece.strip()
        m = _POST.search(piece)
        if m is None:
            continue
        org = piece[: m.start()] or org
        post = m.group("post")
        if acting and not post.startswith("代理"):
            post = "代理" + post
        for person in persons:
            out.append(Appointment(person=person, action=action, post=post, organization=org or None,
                                   period=period, source=Source(start, end)))
    return out
