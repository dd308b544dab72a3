"""Personnel decisions: who is appointed to which post, and who is removed from one.

A decision is read wherever a text states it with a personnel verb, in any kind of
document (a gazette's 人事任免 section, a 人大常委会 decision, a government's 任免通知, a
motion, a news page quoting them):

- ``任命A为X``, ``任命A、B为X`` (several people share the post), and the items after it
  that the one verb governs (``任命A为X，B为Y；C为Z``, ``任命A为X、B为Y``), ``任命A代理X``; the
  passive ``A被任命为X``, whose lead is a name alone (``这一年他被任命为…``, ``其中被免去…`` name no one);
- ``免去A的X职务``, several people sharing the post (``免去A、B的X职务``), the items after
  it (``免去A的X职务，B的Y职务``, ``免去A的X职务、B的Y职务``), the name run into the post
  (``免去A某市人民政府副市长职务``: the name ends where the body's place begins), ``免去其X职务``
  (the person the clause named last: the person of its last decision, else the last name it
  writes with 同志), a bare post after the name (``免去A市长职务``), the passive ``A被免去X职务``,
  and posts written without 职务 (``免去A的X、Y，调任…``);
- ``A不再担任X职务``.

A clause ending in ``；`` at the end of a line hands its verb on to the next line: the
items of a list written one a line (``任命A为X；\\nB为Y；``) need no verb of their own.

Inside a gazette's 人事任免 section, under a heading of the verb alone (``任命：``,
``免去：``) and after a lead that announces decisions (``…任免决定：``, ``会议决定：``), the
items name no verb of their own: ``A任X``, ``A为X``, ``A兼X``, ``A兼任X``, ``A代理X``
(appointments) and ``A的X职务``, ``A现任X职务``, ``A兼任X职务`` (removals, under 免去).

Each post of an item is one record (``A为市人民政府副市长、代理市长``: 副市长 and 代理市长;
``代理市人民政府市长职务``: 代理市长); a post written without its body shares the one before
it (``中共某区委委员、常委、书记``), except a court's or procuratorate's own titles, which take
the court (``某法院副院长、审判委员会委员、审判员``, ``某法院审判委员会委员、审判员``: the 审判员
is the court's). The posts of an item run on over commas while each piece is posts alone, of its
own body or of the one before (``A兼任X委员，Y主任``; ``A不再担任X成员，Y委员，Z主任职务``;
``A不再担任市政协委员，常委，副主席职务``; ``任命A为X副市长，代理市长职务``).
A name may follow the person's present post (``任命某大学党委书记张三为…``) and a sex
note (``张三（女）``); both are left out of the person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from policykg.extract.agencies import LEVEL_CHARS, PROVINCES, canonical_agency, province_of
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
#: The titles a court or procuratorate confers as a whole: written bare after a body inside it
#: (审判委员会委员、审判员), they still take the court.
_COURT_TITLES = ("审判员", "检察员")
_PERSON = r"[\u4e00-\u9fff·]{2,4}"
_PERSON_RE = re.compile(_PERSON)
#: What no name holds: a pronoun or demonstrative, a time or a connective word (这一年他, 其中, 同年, 随后).
_NOT_A_NAME = re.compile(r"[他她我你它这此该]|其[中他余]|[同当今去明上次]年|以来|随后|此后|后来|然后|之后|同时")
#: What may follow a name: a sex note, 同志.
_PERSON_NOTE = re.compile(r"[（(][男女][）)]|同志")
#: The characters of a lead: names, notes, a present post, 、 between names.
_LEAD_RE = re.compile(r"[\u4e00-\u9fff·（）()、]{2,40}")
#: What no body's name holds: a verb of a decision, a name's note, a possessive.
_NOT_IN_BODY = re.compile(r"[为任兼免调辞的]|同志")
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
#: 任命A为X, 任命A代理X (the verb at the start of the item or the clause).
_APPOINT_VERB = re.compile(r"(?:决定)?任命(?P<lead>[\u4e00-\u9fff·（）()、]{2,40}?)(?:为|代理)(?P<posts>[^，,；;。]{2,120})")
#: A不再担任X职务.
_NO_LONGER = re.compile(r"^(?P<lead>[\u4e00-\u9fff·（）()、]{2,40}?)不再担任(?P<posts>[^，,；;。]{2,120}?)职务")
#: The verb of 任命A为X, 任命A代理X.
_FOR = re.compile(r"(?:同志)?(?:为|代理)")
#: The verb of an item after a verb or in a context of decisions: A为X, A任X, A兼任X, A代理X.
_ITEM_VERB = re.compile(r"(?:同志)?(?:为|兼任|任|兼|代理)")
#: An item after a verb or in a context of decisions: A为X, A任X, A兼任X, A代理X.
_APPOINT_ITEM = re.compile(rf"^(?P<lead>[\u4e00-\u9fff·（）()]{{2,30}}?){_ITEM_VERB.pattern}(?P<posts>[^，,；;。]{{2,120}})$")
#: A removal item: A的X职务, A现任X职务, A兼任X职务.
_REMOVE_ITEM = re.compile(r"^(?P<lead>[\u4e00-\u9fff·（）()]{2,30}?)(?:同志)?(?:的|现任|兼任)(?P<posts>[^，,；;。]{2,80}?)职务$")

#: The people and the posts of one decision: ``(persons, posts as written)``.
_Group = tuple[list[str], str]


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
    run = None  # the verb whose items run on over the next lines (a heading of the verb alone, a list)
    for i in sorted(todo):
        if run is not None:
            continue  # read with the run's items
        run = _read_line(lines[i], section_lines, periods, None, out)
        k = i + 1
        while run is not None and k < len(lines):  # the items under a heading, or the next items of a list
            run = _read_line(lines[k], section_lines, periods, run, out)
            k += 1
    return _one_record_a_decision(out)


def _one_record_a_decision(out: list[Appointment]) -> list[Appointment]:
    """One record a decision, however often the text states it (a headline and its report), its body
    however written (市政府 in the headline, 青岛市人民政府 in the report: the name in full is kept)."""
    seen: set[tuple[str, str, str, str | None]] = set()
    out = [a for a in out if (key := (a.person, a.action, a.post, a.organization)) not in seen and not seen.add(key)]
    orgs: dict[tuple[str, str, str], list[str]] = {}
    for a in out:
        if a.organization:
            orgs.setdefault((a.person, a.action, a.post), []).append(a.organization)
    short: set[tuple[str, str, str, str]] = set()
    for key, names in orgs.items():
        for name in names:
            for other in names:
                if len(name) < len(other) and canonical_agency(name, issuer=(other,))[0] == \
                        canonical_agency(other, issuer=(other,))[0]:
                    short.add((*key, name))
    if not short:
        return out
    return [a for a in out if (a.person, a.action, a.post, a.organization or "") not in short]


def _read_line(line: tuple[int, str], section_lines: set[int], periods: dict[int, str | None],
               run: tuple[str, bool] | None, out: list[Appointment]) -> tuple[str, bool] | None:
    """Read one line's decisions into ``out``. ``run``: the verb whose items run on into the line and
    whether it is a heading's (which a line of no item does not end); returns the run after the line."""
    start, raw = line
    t = raw.strip()
    if not t:
        return run  # blank lines between a heading's items
    h = _VERB_HEADING.match(t) if len(t) <= 5 else None
    if h:
        return ("remove" if h.group("verb") in ("免去", "免职") else "appoint"), True
    lead = _DECISION_LEAD.search(t)
    heading = run[0] if run and run[1] else None
    carried = run[0] if run and not run[1] else None
    found, verb = _line_decisions(t, start + raw.find(t), periods.get(start), heading, carried,
                                  start in section_lines, lead)
    out.extend(found)
    if not found:
        return None
    if heading is not None:
        return run
    # 任命A为X；\nB为Y；: a list whose items run on to the next line
    return (verb, False) if verb is not None and t[-1] in "；;" else None


def _line_decisions(t: str, offset: int, period: str | None, heading: str | None, carried: str | None,
                    in_section: bool, lead: re.Match[str] | None) -> tuple[list[Appointment], str | None]:
    """The decisions of a line and the verb a ``；`` at its end hands on to the next clause."""
    out: list[Appointment] = []
    a = 0
    n = len(t)
    while a < n:
        m = _CLAUSE_END.search(t, a)
        b = m.start() if m else n
        found, verb = _clause_decisions(t, a, b, offset, period, heading, carried,
                                        in_section or (lead is not None and lead.end() <= b))
        out.extend(found)
        # 任命A为X；B为Y: the verb goes on over a semicolon, never over a full stop
        carried = verb if m and m.group() in "；;" else None
        a = b + 1
    return out, carried


def _clause_decisions(t: str, a: int, b: int, offset: int, period: str | None, heading: str | None,
                      carried: str | None, in_context: bool) -> tuple[list[Appointment], str | None]:
    """The decisions of one clause ``t[a:b]`` (a verb governs the items after it to the clause's end)
    and the verb in force at its end."""
    out: list[Appointment] = []
    verb = heading or carried  # the action the items take while no verb of their own is met
    last: str | None = None  # the person named last (免去其…职务)
    pos = a
    if in_context and not heading:
        colon = max(t.rfind("：", a, b), t.rfind(":", a, b))
        if colon >= 0 and _DECISION_LEAD.search(t, a, colon + 1):
            pos = colon + 1  # 宣布…任免决定：A任X: the items start after the lead
    while pos < b:
        comma = _next_comma(t, pos, b)
        item = t[pos:comma]
        if "职务" not in item:
            # the posts run on over commas: A兼任X委员，Y主任; A不再担任X成员，Y委员，Z主任职务
            end = _run_on(t, comma, b)
            if end > comma:
                item = t[pos:end].replace("，", "、").replace(",", "、")
                comma = end
        got = _verb_item(item, pos, offset, period, last)
        if got is not None:
            verb, records = got
        elif verb is not None or in_context:
            records = _bare_item(item, pos, offset, period, verb or "appoint")
        else:
            records = []
        if records is None:
            verb = None if heading is None else verb
            records = []
        if records:
            last = records[-1].person
        elif last is None and "免去其" in t[comma:b]:
            last = _named_last(t, a, comma)
        out.extend(records)
        pos = comma + 1
    return out, verb


#: A name the text writes with 同志, fenced before by a particle, a verb's mark or a list mark
#: (听取了张三同志的汇报): no such fence, no name (听取张三 could be 取张三). No fence of an agent (由张三同志主持,
#: 请张三同志…, 给张三同志…): the one who chairs or is asked is not whom the meeting decides on.
_NAME_WITH_NOTE = re.compile(r"[了的对向与和及把将、：:](?P<name>[\u4e00-\u9fff·]{2,3})同志")


def _named_last(t: str, a: int, b: int) -> str | None:
    """The last name the clause ``t[a:b]`` writes with 同志 (会议听取了张三同志的工作汇报，免去其…), or None."""
    found = [m.group("name") for m in _NAME_WITH_NOTE.finditer(t, a, b)]
    return found[-1] if found and _is_name(found[-1]) else None


def _next_comma(t: str, pos: int, b: int) -> int:
    """The end of the item at ``pos``: the next comma before ``b``, else ``b``."""
    found = [i for i in (t.find("，", pos, b), t.find(",", pos, b)) if i >= 0]
    return min(found) if found else b


def _run_on(t: str, comma: int, b: int) -> int:
    """The end of an item's posts that run on past the comma at ``comma``: over each next piece that is
    a post of its own body (中共某工委副书记、委员), up to the first that ends in 职务; ``comma`` when none."""
    end = comma
    while end < b:
        nxt = _next_comma(t, end + 1, b)
        piece = t[end + 1:nxt].strip()
        duty = piece.endswith("职务")
        if not _own_posts(piece[:-2] if duty else piece):
            break
        end = nxt
        if duty:
            break
    return end


def _own_posts(piece: str) -> bool:
    """Whether ``piece`` is posts alone, no person's item: the first of its own body (某开发区管委会主任)
    or a bare post, of the body before it (常委, 代理市长, 检察员)."""
    first = piece.split("、", 1)[0]
    m = _POST.search(first)
    if m is None or m.start() == 1 or _NOT_IN_BODY.search(first, 0, m.start()):
        return False
    return all(_POST.search(p) for p in piece.split("、")[1:])


def _verb_item(item: str, at: int, offset: int, period: str | None,
               last: str | None) -> tuple[str, list[Appointment]] | None:
    """An item that names its verb (任命A为X, 免去A的X职务, A不再担任X职务): the verb and its records;
    ``last``: the person named last in the clause (免去其X职务)."""
    start, end = offset + at, offset + at + len(item)
    if "任命" in item:
        groups = _appointed(item)
        if groups is not None:
            return "appoint", [r for persons, posts in groups for r in _records(persons, "appoint", posts, period,
                                                                                  start, end)]
    if "免去" in item:
        groups = _removed(item, last)
        if groups is not None:
            return "remove", [r for persons, posts in groups for r in _records(persons, "remove", posts, period,
                                                                                 start, end)]
    if "不再担任" in item and (m := _NO_LONGER.match(item.strip())):
        persons = _persons(m.group("lead"))
        return "remove", _records(persons, "remove", m.group("posts"), period, start, end) if persons else []
    return None


def _appointed(item: str) -> list[_Group] | None:
    """The people and posts of 任命A为X (任命A、B为X; 任命A为X、B为Y) or A被任命为X; None when the item
    holds no such decision, [] when its lead names no person."""
    k = item.find("被任命为")
    if k >= 0:  # A被任命为X: the person before the verb, a name or a name after a present post (原某局局长A)
        persons = _persons(item[:k])
        posts = item[k + 4:]
        return None if "候选人" in posts else [(persons, posts)] if persons else []
    m = _APPOINT_VERB.search(item)
    if m is None or "候选人" in m.group("posts"):
        return None
    # the 为 after the name: 任命侯为东为X holds a 为 in the name
    split = _split_person(item[m.start("lead"):], _FOR, 2)
    if split is None:
        return []
    persons, posts, said = split
    if said.endswith("代理"):  # 任命A代理X: X held as 代理
        posts = "代理" + posts
    groups: list[_Group] = [(persons, "")]
    for piece in posts.split("、"):
        # 任命A为X、B为Y: a piece naming a person of its own starts another decision
        other = _split_person(piece, _FOR, 2) if "为" in piece else None
        if other is not None and other[1]:
            groups.append((other[0], other[1]))
        else:
            groups[-1] = (groups[-1][0], f"{groups[-1][1]}、{piece}" if groups[-1][1] else piece)
    return groups


def _split_person(s: str, verb: re.Pattern[str], first: int) -> tuple[list[str], str, str] | None:
    """The persons before a verb of ``s`` and what follows it: ``(persons, rest, verb)``, at the first
    occurrence from ``first`` on whose lead names persons (侯为东兼任X: not at the 为 of the name).
    The search opens two characters before ``first``, where the verb's own 同志 may start (张三同志为)."""
    for m in verb.finditer(s, max(first - 2, 2)):
        lead = s[:m.start()]
        if not _LEAD_RE.fullmatch(lead):
            return None
        persons = _persons(lead)
        if persons:
            return persons, s[m.end():], m.group()
    return None


def _removed(item: str, last: str | None) -> list[_Group] | None:
    """The people and posts of 免去A的X职务 and its variants (免去A、B的X职务; 免去A的X职务、B的Y职务;
    免去A某市人民政府副市长职务; 免去其X职务; A被免去X职务; posts with no 职务 after them);
    None when the item holds no such decision."""
    k = item.find("免去")
    passive = k >= 2 and item[k - 1] == "被"
    body = item[k + 2:]
    groups: list[_Group] = []
    while True:
        j = body.find("职务")
        g = (body[:j] if j >= 0 else body).strip().removesuffix("的")
        if passive:  # A被免去X职务: the person before the verb, a name or a name after a present post
            persons = _persons(item[:k - 1])
            group = (persons, g) if persons else None
        else:
            group = _removal_group(g, last)
        if group is None or (j < 0 and not _POST.search(group[1])):
            break
        groups.append(group)
        if j < 0 or not body.startswith("、", j + 2):
            break
        body = body[j + 3:]  # 免去A的X职务、B的Y职务
    return groups or None


def _removal_group(g: str, last: str | None) -> _Group | None:
    """The person and posts of one removal ``g`` (what 免去 governs up to 职务)."""
    if g.startswith("其"):
        return ([last], g[1:]) if last else None
    d = g.find("的")
    if d >= 2 and (persons := _persons(g[:d])):
        return persons, g[d + 1:]
    return _name_before_body(g)


def _name_before_body(g: str) -> _Group | None:
    """A name written straight before its post (卢炳椿泉州市人民政府副市长): the name ends at a note
    (张三同志, 张三（女）) or where the body's name opens, read from the place it names: a province,
    a prefecture the table knows or 中共 first, then a place of two characters (西昌市), then a level
    written alone (市公安局); a name of three characters before one of two. First, a post with no
    body straight after the name (张三市长, 王小明副市长: not 王小 of a place 明副市): the name of two
    characters first, as no post opens with a name's last character."""
    m = _PERSON_NOTE.search(g, 2, 7)
    if m and _is_name(g[:m.start()]):
        return [g[:m.start()]], g[m.end():]
    for k in (2, 3):
        if (p := _POST.search(g, k)) and p.start() == k and _is_name(g[:k]):
            return [g[:k]], g[k:]
    for opens in (_opens_known_place, _opens_two_char_place, _opens_level):
        for k in (3, 2):
            if len(g) > k + 2 and opens(g[k:]) and _is_name(g[:k]):
                return [g[:k]], g[k:]
    return None


def _opens_known_place(r: str) -> bool:
    if r.startswith(("中共", *PROVINCES)):
        return True
    end = next((i for i in range(2, min(len(r), 6)) if r[i] in "市州盟区"), None)
    return end is not None and province_of(r[:end + 1]) is not None


def _opens_two_char_place(r: str) -> bool:
    return r[2] in LEVEL_CHARS and r[0] not in LEVEL_CHARS and r[1] not in LEVEL_CHARS  # 西昌市, 龙山镇


def _opens_level(r: str) -> bool:
    return r[0] in "省市县区"


def _bare_item(item: str, at: int, offset: int, period: str | None, verb: str) -> list[Appointment] | None:
    """An item under a verb or in a context of decisions (A为X, A任X, A的X职务); None when the item
    is none (which ends the run of items)."""
    s = item.strip()
    if verb == "remove" and (m := _REMOVE_ITEM.match(s)):
        person = _person(m.group("lead"))
        return _records([person], "remove", m.group("posts"), period, offset + at, offset + at + len(item)) if person else None
    if (m := _APPOINT_ITEM.match(s)) is None:
        return None
    # the verb nearest the name: 张三任某局局长, not the 任 of 主任; past a verb the name holds (侯为东兼任X)
    split = _split_person(s, _ITEM_VERB, m.end("lead"))
    if split is None or len(split[0]) != 1 or "候选人" in split[1]:
        return None
    persons, posts, said = split
    records = _records(persons, "appoint", posts, period, offset + at, offset + at + len(item),
                       acting=said.endswith("代理"))
    return records or None


def _is_name(s: str) -> bool:
    """Whether ``s`` reads as a person's name: 2 to 4 characters, no pronoun, time or connective word."""
    return _PERSON_RE.fullmatch(s) is not None and _NOT_A_NAME.search(s) is None


def _persons(lead: str) -> list[str]:
    """The people a lead names (周文艺、田发启同志): each name, or none when a part names no one."""
    found = [_person(p) for p in lead.strip().split("、")]
    return [p for p in found if p] if all(found) else []


def _person(lead: str) -> str | None:
    """The person a lead names: the name itself, or the name after a present post (某大学党委书记张三)."""
    lead = _PERSON_NOTE.sub("", lead).strip()
    if _is_name(lead):
        return lead
    ends = [m.end() for m in _TITLE_IN.finditer(lead)]
    if ends and _is_name(lead[ends[-1]:]):
        return lead[ends[-1]:]
    return None


def _records(persons: list[str], action: str, posts: str, period: str | None, start: int, end: int,
             acting: bool = False) -> list[Appointment]:
    """One record per person and post of ``posts`` (a post without its body shares the one before it,
    a court's own title the court); ``acting``: the verb was 代理, so the post is held as 代理
    (张三代理市人民政府市长: 代理市长), as is a post written after 代理 (代理市人民政府市长职务)."""
    out: list[Appointment] = []
    org = None
    court = None  # the last court or procuratorate a body names (…法院, …检察院, 某市高院)
    for piece in posts.split("、"):
        piece = piece.strip().removesuffix("职务")
        m = _POST.search(piece)
        if m is None and "的" in piece:  # 西昌市人民政府副市长的决定
            piece = piece[:piece.rfind("的")]
            m = _POST.search(piece)
        if m is None:
            continue
        body = piece[: m.start()]
        held = acting
        if body.startswith("代理"):  # 代理市人民政府市长职务
            body, held = body[2:], True
        post = m.group("post")
        if body:
            org = body
            # the court a body is or is inside (某法院, 某法院审判委员会): up to its 院
            court = body[:body.rfind("院") + 1] if "院" in body else court
        elif court and org != court and post.removeprefix("副") in _COURT_TITLES:
            org = court
        if held and not post.startswith("代理"):
            post = "代理" + post
        for person in persons:
            out.append(Appointment(person=person, action=action, post=post, organization=org or None,
                                   period=period, source=Source(start, end)))
    return out
