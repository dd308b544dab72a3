"""Run every extraction stage over a file and return its records with raw-file evidence.

``read → normalise → split → per document: facts, identity settled with the file's
metadata, citations, sections, tasks, targets → rebase offsets onto the raw file →
link targets to tasks``.

Stage functions see one document's normalised text and return records whose
``source`` offsets index that text; here they are shifted to the file's
normalised text, mapped back to the raw text through the :class:`TextMap`, and
given the quoted evidence, so that ``raw[start:end] == source.text``.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from policykg.extract.citations import find_citations
from policykg.extract.docnum import issuer_of, locate_docnum, parse_docnum
from policykg.extract.metadata import (
    STATE_NAME,
    Identity,
    full_names,
    header_metadata,
    issuers_value,
    label_before,
    settle,
)
from policykg.extract.records import (
    Appointment,
    Citation,
    Document,
    Gazette,
    Incentive,
    Section,
    Source,
    Target,
    Task,
    map_sources,
    respelled,
    text_digest,
)
from policykg.extract.responsibilities import find_tasks
from policykg.extract.split import (
    SOURCE_NOTE,
    TITLED_PLACE,
    DocumentSpan,
    announced_issuers,
    coded_issuer,
    document_facts,
    drafted_issuers,
    first_heading,
    head_date,
    header_bodies,
    in_order,
    names_its_place,
    order_issuer,
    page_spelled_body,
    placed_issuer,
    reporting_body,
    section_title_issuer,
    spaced_bodies,
    spaced_issuers,
    split_layout,
    start_in_year,
    title_issuer,
    titled_place_issuer,
    without_province,
    year_title_issuer,
)
from policykg.extract.structure import parse_sections
from policykg.extract.targets import target_fields
from policykg.extract.task_tables import Spacing, find_table_rows
from policykg.extract.text import (
    TextMap,
    as_written,
    normalise,
    translate,
    without_readings,
    written_spelling,
)

log = logging.getLogger(__name__)


#: The order records are exported in.
RECORD_ORDER = (Gazette, Document, Citation, Section, Task, Target, Incentive, Appointment)


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one file.

    Attributes:
        path: the file, or None for a string.
        raw: the decoded text; every record's ``source`` indexes it.
        sha256: hex digest of the file's bytes (of the UTF-8 text for a string).
        text: the normalised view and its offset map.
        records: all records, in :data:`RECORD_ORDER`.
        warnings: notes on what looked wrong (a listed document not found …).
    """

    path: str | None
    raw: str
    sha256: str
    text: TextMap
    records: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def of(self, kind: type) -> list[Any]:
        """The records of one class, e.g. ``result.of(Task)``."""
        return [r for r in self.records if isinstance(r, kind)]

    def dicts(self) -> Iterator[dict[str, Any]]:
        """Each record as its JSON Lines object, its quotes of the text (numbers, titles, names,
        clauses) in the script the text is written in: the records read a traditional-script
        text in simplified script, the export gives 懷政辦發〔2023〕9號 back as the text prints it."""
        spelling = written_spelling(self.raw)
        # A text that types its full stops as points (OCR, some mirrors) is read with 。 (see
        # policykg.extract.text._full_stops); a quote gives back each stop its span typed as a point (asked
        # of every text holding a point: decimals and addresses too, which as_written leaves as they are).
        points = "." in self.raw
        if spelling is None and not points:
            for r in self.records:
                yield r.to_dict()
            return

        def spell(value: str, raw: str | None) -> str:
            return as_written(value, raw, spelling, points=points)

        for r in self.records:
            yield respelled(r.to_dict(), spell)

    def counts(self) -> dict[str, int]:
        """How many records of each type."""
        out: dict[str, int] = {}
        for r in self.records:
            name = type(r).__name__.lower()
            out[name] = out.get(name, 0) + 1
        return out


def extract_path(path: str | Path) -> Extraction:
    """Extract every record from one file.

    Args:
        path: a text file (UTF-8, UTF-16, GB18030/GBK or Big5), a PDF with a
            text layer, a saved HTML page or a Word .docx file.

    Returns:
        The :class:`Extraction`; for a PDF every ``source`` carries its page, for
        a portal page the document's number, issuer and date come from the
        page's metadata where its text lacks them.

    Raises:
        InputError: the file cannot be read.
    """
    from policykg.extract.readers import apply_read_result, read_document

    read = read_document(path)
    result = extract_text(read.raw, path=str(path), sha256=read.sha256, metadata=read.metadata)
    result.records, notes = apply_read_result(result.records, read)
    result.warnings.extend([*read.warnings, *notes])
    return result


def extract_text(raw: str, *, path: str | None = None, sha256: str | None = None,
                 metadata: dict[str, str] | None = None) -> Extraction:
    """Extract every record from decoded text.

    Args:
        raw: the text as read (offsets in the result index it).
        path: the file it came from, recorded in every ``source``.
        sha256: the file's digest; computed from the text when not given.
        metadata: what the container states about its document outside the text (a
            portal page's table); with the metadata written before the text's body it
            fills what the body of a one-document file does not state
            (:func:`policykg.extract.metadata.settle`).

    Returns:
        The :class:`Extraction`.
    """
    import hashlib

    tm = normalise(raw)
    result = Extraction(path=path, raw=raw, sha256=sha256 or hashlib.sha256(raw.encode("utf-8")).hexdigest(),
                        text=tm)
    layout = split_layout(tm.text)
    result.warnings.extend(layout.warnings)
    records: list[Any] = []
    gazette_key = None
    if layout.gazette is not None:
        records.append(layout.gazette)
        gazette_key = layout.gazette.key

    def placer(base: int):
        # place runs for every span of every record: the look-ups of TextMap.to_raw for a span
        # of text (the case of nearly all) are written out here, the rest left to it
        to_raw, ns, rs = tm.to_raw, tm.norm_starts, tm.raw_starts
        last_chunk = len(ns) - 1

        def place(src: Source) -> Source:
            start, end = src.start + base, src.end + base
            if start <= 0 or end <= start:
                s, e = to_raw(start, end)
            else:
                k = bisect_right(ns, start) - 1
                j = k if k == last_chunk or ns[k + 1] >= end else bisect_right(ns, end - 1, k) - 1
                s, e = rs[k] + start - ns[k], rs[j] + end - ns[j]
            return Source(s, e, raw[s:e], path, src.page)

        return place

    at_start = placer(0)
    records = [map_sources(r, at_start) for r in records]
    file_meta: dict[str, str] = {}
    if layout.gazette is None and sum(not d.carried for d in layout.documents) == 1:
        # (a text printed in full under the signature of the notice that forwards it is no subject of the page's table)
        file_meta = dict(metadata or {})  # the container's own table first, then the text's head
        for key, value in header_metadata(tm.text).items():
            file_meta.setdefault(key, _respaced(tm, key, value) if key in _BODY_KEYS else value)
    fallback = _fallback_label(tm.text, path)
    for span in layout.documents:
        records.extend(_document_records(tm.text, span, gazette_key, placer(span.start), {} if span.carried else file_meta,
                                         result.warnings, fallback, Spacing.of(tm, span.start)))
    records.extend(map_sources(a, at_start) for a in layout.appointments)
    by_type: dict[type, list[Any]] = {cls: [] for cls in RECORD_ORDER}
    for r in records:
        by_type[type(r)].append(r)  # text order kept within a type
    result.records = [r for group in by_type.values() for r in group]
    return result


def own_title_marks(title: str | None) -> str | None:
    """A title as the document prints it: 〈〉 stand for 《》 only while the title is quoted.

    A page that quotes a title in 《》 demotes the marks inside to 〈〉
    (``《…关于印发〈X要点〉的通知》``); once the quotation is taken off, a title holding
    〈〉 but no 《》 gets its own marks back (``…关于印发《X要点》的通知``).
    """
    if title and "〈" in title and "《" not in title:
        return title.translate(_DEMOTED_MARKS)
    return title


_DEMOTED_MARKS = str.maketrans("〈〉", "《》")


def _document_records(text: str, span: DocumentSpan, gazette_key: str | None,
                      place: Callable[[Source], Source], metadata: dict[str, str], warnings: list[str],
                      fallback: str | None, spacing: Spacing | None = None) -> list[Any]:
    """One document's records, their sources placed onto the raw file by ``place``; ``spacing``: the
    whitespace normalising dropped from the document's text, which its task tables may need."""
    doc_text = text[span.start:span.end]
    facts = document_facts(doc_text, title=span.title)
    ident = settle(Identity(number=span.number, title=span.title, issuer=facts.issuer, date=facts.date or span.date,
                            effective=facts.effective, expires=facts.expires,
                            date_readings=() if span.date else facts.date_readings), metadata)
    if ident.issuer and ident.title and (named := title_issuer(ident.title)):
        if not facts.issuer and all(n.startswith(STATE_NAME) and n[len(STATE_NAME):] in named for n in ident.issuer):
            # 发布机关：中华人民共和国国务院 over 国务院关于…: the title's name, the state's name a catalogue adds
            ident = replace(ident, issuer=named)
        elif not facts.issuer and not any(map(names_its_place, ident.issuer)) \
                and all(any(in_order(n, t) and len(t) > len(n) for t in named) for n in ident.issuer):
            # 发布机构 | 政府办 | over 区人民政府办公室关于…: a portal's short name for the body the title names
            ident = replace(ident, issuer=named)
        elif facts.issuer or not all(map(names_its_place, named)):
            ident = replace(ident, issuer=full_names(ident.issuer, named))  # the title spells it in full
        else:
            # No signature: the bodies the title names in full, not a portal's 发布机构 (which may
            # be a department that reposted an upper body's document).
            ident = replace(ident, issuer=full_names(named, ident.issuer))
    if ident.date is None and not ident.date_readings and ident.number \
            and (numbered := parse_docnum(ident.number)) is not None and numbered.year \
            and (day := head_date(doc_text, span.title_span[0] - span.start if span.title_span else 0,
                                  numbered.year)) is not None:
        ident = replace(ident, date=day)  # 关于…的通知 / 2019-06-11 / 某发〔2019〕14号: the date the head prints
    if ident.effective is None and (facts.starts_on_issue or facts.start_day):
        # a start the text ties to the document's date, which the metadata may have given, or else
        # to the year of its number (杭政函〔2015〕144号 … 决定从11月1日起)
        year = (parsed := parse_docnum(ident.number) if ident.number else None) and parsed.year
        base = ident.date or (f"{year:04d}-01-01" if year else None)
        start = ident.date if facts.starts_on_issue else start_in_year(facts.start_day, base)
        ident = replace(ident, effective=start)
    warnings.extend(ident.notes)
    number, title = ident.number, own_title_marks(ident.title)
    parsed = parse_docnum(number) if number else None
    issuer = ident.issuer
    if not issuer and title and span.title_span:
        raw_title = place(Source(span.title_span[0] - span.start, span.title_span[1] - span.start)).text
        issuer = spaced_issuers(translate(raw_title))  # joint issuers apart by spaces on the title line
    if not issuer and span.issuer:
        issuer = span.issuer
    if not issuer and title:
        # the title's own words before the code table's guess (青政发 is 青海's and 青川县's)
        issuer = title_issuer(title, parsed.code if parsed else None) or year_title_issuer(title)
        if not issuer and "《" in doc_text:
            issuer = announced_issuers(doc_text, title)  # 近日，A、B印发了《title》: a news lead
        if len(issuer) == 1 and not names_its_place(issuer[0]) \
                and len(source := issuers_value(metadata.get("来源"))) == 1 and names_its_place(source[0]) \
                and in_order(issuer[0], source[0]):
            issuer = source  # 县卫健委2021年… under 文章来源：某县卫生健康委员会: the byline spells the title's body in full
    if not issuer and not number and "现予印发" in doc_text:
        issuer = drafted_issuers(doc_text)  # A、B研究制定了《X》。现予印发: a joint notice printed without its head
    if not issuer and parsed and issuer_of(parsed.code):
        issuer = (issuer_of(parsed.code),)
    if not issuer and parsed and (body := order_issuer(parsed.code)):
        issuer = (body,)  # 厦门市人民政府令第136号: an order names the body that makes it
    if not issuer and parsed and (body := coded_issuer(parsed.code, doc_text)):
        issuer = (body,)  # 许政〔2023〕2号 of a text naming 许昌市: the code's government of that place
    if not issuer and title and "关于" in title:
        issuer = section_title_issuer(title, doc_text)  # 某局某某科关于…, signed 某某科: the section's own notice
    if not issuer and len(author := issuers_value(metadata.get("作者"))) == 1 and names_its_place(author[0]) \
            and _of_titled_place(author[0], title):
        issuer = author  # 作者：某市财政局 on a page that prints no signature: a byline naming a body, not a person
    if not issuer and (office := issuers_value(metadata.get("公开责任部门"))) and all(map(names_its_place, office)):
        # a portal's 公开责任部门 (the office that publishes the text) when nothing else names a body: often the
        # issuer's own office (某县政府办公室), but a bare 县政府法制办 names no one; the page's 来源 may spell it in
        # full (紫阳县人民政府办公室)
        issuer = full_names(office, issuers_value(metadata.get("来源")))
    if not issuer and not number and not title:
        issuer = header_bodies(doc_text)  # 某市统计局 / 国家统计局某市调查队 over a communiqué's text: its header
    if not issuer and not number and len(source := issuers_value(metadata.get("来源"))) == 1 \
            and _SOURCE_BODY.search(source[0]) \
            and names_its_place((source := (page_spelled_body(source[0], doc_text),))[0]) \
            and _of_titled_place(source[0], title) \
            and not (span.title_span and SOURCE_NOTE.match(doc_text, span.title_span[1] - span.start)):
        # 信息来源：某县统计局 on a page that prints no signature (a communiqué, a report): the office that
        # published its own text; a site (来源：某某网), a newsroom (某县融媒体中心) or a bare 市政府办公室 names no issuer,
        # nor does the site of a page whose headline names the paper it reposts (…解读（来源：某报）); a bare body
        # (来源：城市管理综合行政执法局) as the page spells it elsewhere, its place first (首页 >> 望都县城市管理…)
        issuer = source
    if not issuer and not number:
        issuer = reporting_body(doc_text)  # 现将下洋镇人民政府2023年…工作汇报如下: the body reporting, as the report names it
    if title and len(issuer) == 1:
        issuer = (titled_place_issuer(issuer[0], title),)  # 县人民政府办公室关于印发龙里县…预案的通知
    if parsed:
        issuer = tuple(placed_issuer(name, parsed.code, doc_text) for name in issuer)  # 省人民政府 of 鄂政发
    issuer = tuple(map(without_province, issuer))  # a mirror's 安徽省淮南市人民政府办公室
    doc = Document(
        number=number,
        title=title,
        issuer=issuer,
        date=ident.date,
        effective=ident.effective,
        expires=ident.expires,
        doc_type=facts.doc_type,
        addressees=facts.addressees,
        attachments=facts.attachments,
        issuer_code=parsed.code if parsed else None,
        year=parsed.year if parsed else None,
        serial=parsed.serial if parsed else None,
        gazette=gazette_key,
        index=span.index,
        source=Source(0, len(doc_text)),
        label=title or number or first_heading(doc_text) or fallback,
        number_source=_number_source(doc_text, number, span),
        text_key=None if number or title else text_digest(issuer, ident.date, place(Source(0, len(doc_text))).text),
    )
    key = doc.key
    out: list[Any] = [doc]
    cover_end = facts.signature_span[1] if facts.signature_span else None
    out.extend(find_citations(doc_text, document=number, own_number=number, title=title, cover_end=cover_end))
    sections = parse_sections(doc_text, document=number)
    out.extend(sections)
    rows = find_table_rows(doc_text, issuer=issuer, spacing=spacing)  # tasks and yearly plan targets read the same rows
    out.extend(find_tasks(doc_text, document=number, issuer=issuer, sections=sections, table_rows=rows, title=title))
    # A text that states no date of its own is dated by its number's year (临政〔2024〕3号), else by the
    # page's publication date: its figures are that year's (a work report's), a year before it is past.
    year = str(parsed.year) if parsed and parsed.year else None
    own_date = ident.date or year
    targets, incentives = target_fields(doc_text, title=title, date=own_date or _published_year(metadata, doc_text),
                                        table_rows=rows, published=own_date is None)
    if targets and span.title_span and (head := span.title_span[0] - span.start) > 0:
        # the lines above the title are the page's (its menu, tags, a header of keywords): a figure on one
        # that ends no sentence states no target of the document
        targets = [t for t in targets if t["source"].start >= head or _in_sentence_line(doc_text, t["source"].start)]
    if span.lead is not None:
        # a news page's lead above the document's head reports its figures (《方案》提出，到2025年，…): read as the
        # document's, as they are where the lead stands inside a document with no number line (on its sentences'
        # lines, as there: a headline's figure states none)
        lead_text = text[span.lead:span.start]
        lead_targets, lead_incentives = target_fields(lead_text, title=title,
                                                      date=own_date or _published_year(metadata, doc_text),
                                                      published=own_date is None)
        shift = span.lead - span.start
        lead_targets = [t for t in lead_targets if _in_sentence_line(lead_text, t["source"].start)]
        for fields in lead_targets + lead_incentives:
            src = fields["source"]
            fields["source"] = replace(src, start=src.start + shift, end=src.end + shift)
        targets, incentives = lead_targets + targets, lead_incentives + incentives

    fixed = []
    placed_tasks: list[Task] = []
    placed_sections: list[Section] = []
    for r in out:
        changes: dict[str, Any] = {}
        if hasattr(r, "document_key"):
            changes["document_key"] = key
        if isinstance(r, (Task, Section)) and r.document != number:
            changes["document"] = number
        r = map_sources(r, place, **changes)
        fixed.append(r)
        if isinstance(r, Task) and r.source:
            placed_tasks.append(r)
        elif isinstance(r, Section) and r.source:
            placed_sections.append(r)
    task_index = _SpanIndex(placed_tasks) if placed_tasks else None
    section_index = _SpanIndex(placed_sections) if placed_sections else None
    for cls, found in ((Target, targets), (Incentive, incentives)):
        for i, fields in enumerate(found):
            fields.update(document=number, index=i, document_key=key)
            _link(fields, place, task_index, section_index)
            fixed.append(cls(**fields))
    return fixed


_META_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*[-年/.]")


def _of_titled_place(body: str, title: str | None) -> bool:
    """Whether a page's byline or source body may be the issuer of a document titled ``title``: it is of the
    place the title opens with, if any (信息来源：海南省水务厅 over 海口市龙华区…工作方案 is the site that reposted it)."""
    m = TITLED_PLACE.match(title) if title else None
    return m is None or body.startswith(m.group())


#: A page's time stamp near the top of its text (2026-01-31 18:39:28 来源：…, under a headline
#: 2025年01月22日 18:29 来源：…): a date with a time of day, when the page was published.
_STAMP = re.compile(r"((?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d{2}")
_STAMP_REACH = 400


#: A word of a line's next label after a value, spaces before it and its colon ending it (`` 浏览量：``).
_NEXT_LABEL = re.compile(r"[ \t\u3000\xa0]+[^ \t\u3000\xa0:：]{1,8}[:：]")
#: The metadata keys whose values list bodies (发文机关：A B C).
_BODY_KEYS = frozenset({"发布机构", "公开责任部门", "来源"})
#: How many printings of a value are looked at for the metadata line that gives it.
_VALUE_PRINTINGS = 4


def _respaced(tm: TextMap, key: str, value: str) -> str:
    """A metadata value that lists bodies, its names apart as the file prints them.

    The normalised text closes up the spaces between Han characters, so that joint issuers listed
    apart by spaces under a label (``发文机关：国家卫生健康委 公安部 民政部``) read as one glued name; the
    value's printing after a label of its ``key``, read in the raw text, gives each name back (apart
    by 、, as :func:`~policykg.extract.metadata.issuers_value` reads them). A value whose raw words are
    not all bodies' names (``某县 人民政府``, one name spaced out) stays as it is.
    """
    if "、" in value or "，" in value or len(value) < 6:
        return value
    text = tm.text
    at = text.find(value)
    for _ in range(_VALUE_PRINTINGS):
        if at < 0:
            break
        a = text.rfind("\n", 0, at) + 1
        # (a value opening its line stands under its label: 发文机关： / A B C)
        head = text[a:at] if text[a:at].strip() else text[text.rfind("\n", 0, max(0, a - 1)) + 1 : max(0, a - 1)]
        if label_before(head) == key:
            s, e = tm.to_raw(at, at + len(value))
            words = without_readings(translate(tm.raw[s:e]))
            if "：" in value and (label := _NEXT_LABEL.search(words)) is not None:
                # 文章来源：某县卫生健康委员会 浏览量： 发表时间：…: the value runs on, its spaces closed up, into labels
                # this reader does not know; it ends at the space before the next
                words = words[: label.start()]
                value = "".join(words.split())
            names = spaced_bodies(words)
            return "、".join(names) if names else value
        at = text.find(value, at + 1)
    return value


def _published_year(metadata: dict[str, str], text: str) -> str | None:
    """The year (``YYYY``) of the page's publication date: its 发布日期 in ``metadata``, else a
    time stamp near the top of ``text``; None if neither."""
    m = _META_YEAR.match(metadata.get("发布日期", "")) or _STAMP.search(text, 0, _STAMP_REACH)
    return m.group(1) if m else None


def _number_source(doc_text: str, number: str | None, span: DocumentSpan) -> Source | None:
    """Where the document's own number was read: the header's number, else (a number settled
    from a metadata line or table) its first printing in the document's text, if any."""
    if not number:
        return None
    if span.number_span and number == span.number:
        return Source(span.number_span[0] - span.start, span.number_span[1] - span.start)
    found = locate_docnum(doc_text, number)
    return Source(*found) if found else None


#: The last words of a government office's name, as a page's 来源 may give its publisher (某县统计局, 某市政府办).
_SOURCE_BODY = re.compile(r"(?:政府|办公厅|办公室|委员会|局|厅|委|办|署)$")


def _fallback_label(text: str, path: str | None) -> str | None:
    """The name a document without number, title or heading is shown by: its file's name."""
    if path:
        from pathlib import PurePath

        return PurePath(path).stem or None
    return None


def _in_sentence_line(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding ``pos`` ends a sentence (holds a 。), as prose does."""
    end = text.find("\n", pos)
    return "。" in text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def _link(fields: dict[str, Any], place: Callable[[Source], Source], tasks: _SpanIndex | None,
          sections: _SpanIndex | None) -> None:
    """Place a target's or incentive's source on the raw file, point it at the tightest task
    holding it and give it the path of the tightest section holding it.

    Documents of a file do not overlap, so the holders are the record's own document's.
    Done on the fields, so that each record is made once.
    """
    src = fields["source"] = place(fields["source"])
    holder = tasks.tightest(src) if tasks is not None else None
    if holder is not None:
        fields["task"] = holder.key
    sec = sections.tightest(src) if sections is not None else None
    if sec is not None:
        fields["path"] = sec.path


class _SpanIndex:
    """Records with sources, searchable for the shortest one containing a span.

    Sorted by start; only records starting within the longest record's length before
    the span can contain it, so a lookup scans a window, not every record.
    """

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=lambda r: r.source.start)
        self.starts = [r.source.start for r in self.items]
        self.longest = max((r.source.end - r.source.start for r in self.items), default=0)

    def tightest(self, src: Source) -> Any | None:
        best = None
        floor = src.start - self.longest
        i = bisect_right(self.starts, src.start) - 1
        while i >= 0 and self.starts[i] >= floor:
            s = self.items[i].source
            if src.end <= s.end and (best is None or s.end - s.start < best.source.end - best.source.start):
                best = self.items[i]
                # A record holding ``src`` that starts at or before ``src.end - length`` is at
                # least as long as this one: only later starts can be tighter.
                floor = max(floor, src.end - (s.end - s.start) + 1)
            i -= 1
        return best


def to_jsonl(results: Iterable[Extraction]) -> Iterator[str]:
    """JSON Lines for the records of several extractions, UTF-8 text written as is."""
    for res in results:
        for d in res.dicts():
            yield json.dumps(d, ensure_ascii=False)
