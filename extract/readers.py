"""Read a document file of any supported kind into one text with page and portal facts.

Gazettes reach users as PDFs and web pages, task ledgers as Word tables. Each
reader turns its format into ``raw``, the text every record's offsets index,
written so that :func:`policykg.extract.text.normalise` and the stages read it
as they read a plain text file:

- **text** (``.txt``/``.md``…): :func:`policykg.extract.text.read_file`.
- **PDF** (pypdfium2): page by page; running headers and footers (lines at the
  same place and with the same words on many pages, page numbers such as
  ``— 3 —``, ``-3-``, ``第3页``) dropped; lines that a page's right margin
  wrapped joined again by their geometry; pages joined with a blank line, so the
  normaliser re-joins sentences a page break cut. ``pages`` holds each page's
  start offset in ``raw``.
- **HTML** (lxml): the article of a government portal page without navigation,
  breadcrumbs, share buttons and footers; the portal's metadata table
  (``索引号``, ``发布机构``/``发文机关``, ``发文字号``, ``成文日期``, ``发布日期``,
  ``主题分类``) and the standard ``<meta name="ArticleTitle">`` tags returned in
  ``metadata``.
- **Word .docx** (python-docx): paragraphs and tables in document order. A task
  table (``序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限`` and its column-name
  variants) becomes one line a row, ``1.任务（牵头单位：X；配合单位：Y；完成时限：Z）``,
  the annotation style the task extractor reads; other tables one line a row with
  cells between `` | ``.

Files are recognised by their content first (``%PDF``, a ZIP holding
``word/document.xml``, an HTML document) and their suffix second.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
import zipfile
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.errors import InputError
from policykg.extract.text import MAX_BYTES, decode_bytes, read_file

#: Suffixes a folder walk takes; a file named explicitly is always tried.
SUPPORTED_SUFFIXES = frozenset({".txt", ".text", ".md", ".pdf", ".html", ".htm", ".shtml", ".xhtml", ".docx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})

# ---------------------------------------------------------------------------
# Patterns

# A line that is only a page number: — 3 —, -3-, ·3·, 3, 3/16, 第3页, 第3页 共16页, Page 3 of 16.
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－‐―~～·•]*(?:"
    r"\d{1,3}(?:\s*[/／]\s*\d{1,4})?"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|[Pp](?:age|\.)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r")[\s\-—–－‐―~～·•]*$"
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# The start of a numbered item or heading: never the continuation of a wrapped line.
_ITEM_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}\s*[.、．](?!\d)|[（(]\d{1,3}[)）]"
    r"|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节部分]|附件)"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# Characters PDF text layers give in place of common ideographs (Kangxi radicals, CJK
# radical supplement, compatibility ideographs): mapped one for one by NFKC.
_PDF_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

# Portal metadata labels, spaced as pages set them (索 引 号, 标　　题), and the key each fills.
_META_ALIASES = {
    "索引号": "索引号",
    "主题分类": "主题分类",
    "主题词": "主题词",
    "发布机构": "发布机构",
    "发文机关": "发布机构",
    "发文机构": "发布机构",
    "发文单位": "发布机构",
    "发布单位": "发布机构",
    "制发机关": "发布机构",
    "发文字号": "发文字号",
    "文号": "发文字号",
    "发文编号": "发文字号",
    "成文日期": "成文日期",
    "成文时间": "成文日期",
    "发文日期": "成文日期",
    "发布日期": "发布日期",
    "发布时间": "发布日期",
    "公开日期": "发布日期",
    "标题": "标题",
    "文件名称": "标题",
    "有效性": "有效性",
    "时效性": "有效性",
}
_META_LABEL = re.compile(
    "(?P<label>"
    + "|".join(r"[\s\u3000]*".join(map(re.escape, k)) for k in sorted(_META_ALIASES, key=len, reverse=True))
    + r")[\s\u3000]*[:：]"
)
# <meta name=…> tags that government sites carry by the national site guideline.
_META_TAGS = {"articletitle": "标题", "pubdate": "发布日期", "contentsource": "来源"}
# Cell separators and spaces around a value in a rendered metadata table.
_META_STRIP = " |\t\u3000\xa0"
_DATE_VALUE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})")

_HTML_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "template",
        "svg",
        "object",
        "embed",
        "select",
        "button",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "map",
        "canvas",
        "audio",
        "video",
    }
)
_HTML_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
_HTML_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "center",
        "hr",
        "form",
        "fieldset",
        "address",
        "figure",
        "figcaption",
        "caption",
        "body",
        "html",
    }
)
# class/id words of page chrome: navigation, breadcrumbs, share and print buttons, footers.
_CHROME_NAME = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|menu|breadcrumb|breadcrumbnav|crumbs?|position|location|share|bdshare|jiathis"
    r"|footer|foot|bottom|header|topbar|top|sidebar|side|toolbar|banner|search|login|copyright|related|xgwz|xgxx"
    r"|print|close|fontsize|zihao|editor|jiucuo|qrcode|erweima|ewm|pager|paging|skip|weixin|weibo|gotop|fenxiang)"
    r"(?:$|[\s_\-\d])",
    re.I,
)
# Ids and classes content management systems of Chinese government sites put the article in.
_CONTENT_NAME = re.compile(
    r"^(?:UCAP-CONTENT|zoom|Zoom|fontzoom|pages_content|TRS_Editor|TRS_UEDITOR|trs_editor_view|article-content"
    r"|article_content|articleContent|ArticleContent|art_content|detail-content|detailContent|news_content"
    r"|newsContent|xxgk_content|zwnr|wzcon|mainText|BodyLabel|con_text)$"
)
# Lines of page chrome that survive inside an article container.
_CHROME_LINE = re.compile(
    r"^(?:【?\s*(?:字体|字号)\s*[:：]|【?\s*(?:打印本页|打印|关闭窗口|关闭|我要纠错|收藏)\s*】?$|分享到\s*[:：]?|扫一扫"
    r"|责任编辑\s*[:：]|【\s*我要纠错\s*】)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")

# Task-table columns: the words of a header cell and the kind of column.
_COLUMN_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("index", re.compile(r"^(?:序号|编号|序|No\.?)$", re.I)),
    ("lead", re.compile(r"牵头(?:责任)?(?:单位|部门|处室|科室|机构)")),
    ("support", re.compile(r"(?:配合|协办|协同|参与|协助|协作)(?:责任)?(?:单位|部门|处室|科室|机构)")),
    (
        "responsible",
        re.compile(
            r"^(?:责任|负责|主责|承办|落实|实施|推进|主办)(?:单位|部门|处室|科室|机构|主体)|^责任单位|^责任部门"
        ),
    ),
    (
        "deadline",
        re.compile(
            r"完成时限|完成时间|完成期限|时间节点|时限要求|时间安排|进度安排|^时限$|^时间$"
        ),
    ),
    (
        "group",
        re.compile(r"^(?:任务类型|任务类别|类别|工作类别|分类|领域|重点领域|板块|专项|任务名称|项目类别)$"),
    ),
    ("task", re.compile(r"任务|内容|措施|举措|事项|工作要求|具体工作|政策|项目名称|工作目标")),
)
# Labels the task extractor reads inside an annotation; a header written otherwise gets the standard one.
_KNOWN_LABELS = frozenset(
    {
        "牵头单位",
        "牵头部门",
        "责任单位",
        "责任部门",
        "负责单位",
        "负责部门",
        "主责单位",
        "主责部门",
        "责任主体",
        "实施单位",
        "推进单位",
        "配合单位",
        "配合部门",
        "协办单位",
        "协同单位",
        "参与单位",
        "参与部门",
        "完成时限",
        "完成时间",
        "时间节点",
        "时限要求",
    }
)
_STANDARD_LABEL = {
    "lead": "牵头单位",
    "support": "配合单位",
    "responsible": "责任单位",
    "deadline": "完成时限",
}
_SERIAL = re.compile(r"^(?P<n>\d{1,3})\s*[.、．]?$")
_NAME_SEPARATOR_END = re.compile(r"[、，,；;：:]$")


# ---------------------------------------------------------------------------
# The result


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A file read into text.

    Attributes:
        raw: the text every record's offsets index.
        sha256: hex SHA-256 of the file's bytes.
        kind: ``"text"``, ``"pdf"``, ``"html"`` or ``"docx"``.
        pages: for a PDF, the offset in ``raw`` where each page starts (page 1 first);
            None for other kinds.
        metadata: facts the file states outside its text: a portal page's
            ``索引号``/``发布机构``/``发文字号``/``成文日期``/``发布日期``/``主题分类``/``标题``.
        warnings: what was read only in part (pages without a text layer …).
    """

    raw: str
    sha256: str
    kind: str
    pages: tuple[int, ...] | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding ``raw[offset]``, or None when the file has no pages."""
        if not self.pages:
            return None
        return max(1, bisect_right(self.pages, offset))


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[str]]:
    """The files a command should read: each file as named, each folder's supported files.

    Args:
        paths: files and folders.

    Returns:
        ``(files, notes)``: files in a stable order without repeats (hidden files and
        folders left out), and one note per folder that held files of other types.
    """
    seen: dict[Path, None] = {}
    notes: list[str] = []
    for p in map(Path, paths):
        if not p.is_dir():
            seen.setdefault(p, None)
            continue
        skipped: dict[str, int] = {}
        for f in sorted(x for x in p.rglob("*") if x.is_file()):
            if any(part.startswith(".") for part in f.relative_to(p).parts):
                continue
            suffix = f.suffix.lower()
            if suffix in SUPPORTED_SUFFIXES:
                seen.setdefault(f, None)
            else:
                skipped[suffix or "(none)"] = skipped.get(suffix or "(none)", 0) + 1
        if skipped:
            kinds = ", ".join(f"{n} {s}" for s, n in sorted(skipped.items(), key=lambda kv: -kv[1]))
            notes.append(f"{p}: skipped {sum(skipped.values())} files of unsupported types ({kinds})")
    return list(seen), notes


def read_document(path: str | Path) -> ReadResult:
    """Read a text, PDF, HTML or Word .docx file.

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult`.

    Raises:
        InputError: the file is missing, empty, too large, of an unsupported
            kind, damaged, or holds no text (a PDF without a text layer).
    """
    p = Path(path)
    name = str(path)
    if not p.is_file():
        return _text(p)  # read_file words the error (missing, a folder …)
    try:
        with p.open("rb") as f:
            head = f.read(8192)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    try:
        kind = sniff(head, p.suffix.lower())
    except InputError as exc:
        raise _error(exc, name) from None
    if kind == "text":
        return _text(p)
    data = _read_bytes(p)
    if kind == "zip":
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, OSError, EOFError):
            names = []
        if "word/document.xml" not in names:
            raise InputError("a ZIP archive, not a document (unpack it first)", path=name)
        kind = "docx"
    sha = hashlib.sha256(data).hexdigest()
    if kind == "pdf":
        raw, pages, warnings = pdf_text(data, path=name)
        return ReadResult(raw=raw, sha256=sha, kind="pdf", pages=pages, warnings=tuple(warnings))
    if kind == "html":
        raw, metadata = html_text(data, path=name)
        return ReadResult(raw=raw, sha256=sha, kind="html", metadata=metadata)
    raw = docx_text(data, path=name)
    return ReadResult(raw=raw, sha256=sha, kind="docx")


def sniff(head: bytes, suffix: str) -> str:
    """The kind of a file from its first bytes and its suffix.

    Args:
        head: the first few kilobytes.
        suffix: the lower-case suffix with its dot (``".pdf"``), or ``""``.

    Returns:
        ``"pdf"``, ``"docx"``, ``"html"``, ``"text"``, or ``"zip"`` for a ZIP
        package that may hold a Word document under another name.

    Raises:
        InputError: the content is a format we do not read (old binary Word, another
            ZIP archive), or contradicts a ``.pdf``/``.docx`` suffix.
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix in (".docx", ".docm", ".dotx") or b"word/" in head else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InputError("an old binary Office file (.doc/.wps/.xls): save it as .docx or PDF first")
    if suffix == ".pdf":
        raise InputError("not a PDF: the file does not start with %PDF")
    if suffix in (".docx", ".docm"):
        raise InputError("not a Word .docx file: it is not a ZIP package")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        suffix in HTML_SUFFIXES
        or start.startswith((b"<!doctype html", b"<html"))
        or (start.startswith(b"<") and b"<html" in start[:2048] and b"<body" in head.lower())
    ):
        return "html"
    return "text"


def _text(p: Path) -> ReadResult:
    raw, sha = read_file(p)
    return ReadResult(raw=raw, sha256=sha, kind="text")


def _read_bytes(p: Path) -> bytes:
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)", path=str(p)
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(p)) from None
    if not data.strip():
        raise InputError("file is empty", path=str(p))
    return data


def _error(exc: InputError, path: str) -> InputError:
    """``exc`` naming the file."""
    return InputError(exc.message, path=path) if exc.path is None else exc


# ---------------------------------------------------------------------------
# PDF


@dataclass(slots=True)
class _Line:
    text: str
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0  # vertical middle, PDF points from the bottom
    em: float = 0.0  # font size
    geometry: bool = False


def pdf_text(data: bytes, *, path: str | None = None) -> tuple[str, tuple[int, ...], list[str]]:
    """The text of a PDF, page by page, without running headers and footers.

    Args:
        data: the PDF's bytes.
        path: the file's name, for messages.

    Returns:
        ``(raw, pages, warnings)``: the text with pages separated by a blank line,
        the offset of each page's start in it, and notes on pages without text.

    Raises:
        InputError: the PDF is cut short, damaged, encrypted, or holds no text layer.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if b"%%EOF" not in data[-4096:]:
        raise InputError("truncated PDF: it does not end with %%EOF (a cut download or copy?)", path=path)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise InputError("the PDF is encrypted (password-protected)", path=path) from None
        raise InputError(f"damaged PDF: {reason.rstrip('.')}", path=path) from None
    try:
        pages: list[list[_Line]] = []
        sizes: list[tuple[float, float]] = []
        scanned: list[int] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                lines = _page_lines(tp)
                tp.close()
                if sum(len(li.text.strip()) for li in lines) < 3 and any(
                    True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
                ):
                    scanned.append(i + 1)
                sizes.append(page.get_size())
            except pdfium.PdfiumError as exc:
                raise InputError(f"damaged PDF: page {i + 1}: {str(exc).rstrip('.')}", path=path) from None
            finally:
                page.close()
            pages.append(lines)
    finally:
        pdf.close()
    if not pages or not any(li.text.strip() for lines in pages for li in lines):
        raise InputError("the PDF has no text layer (scanned?): needs OCR", path=path)
    _drop_running_lines(pages, sizes)
    raw_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for lines in pages:
        text = _join_lines(lines)
        if raw_parts:
            raw_parts.append("\n\n")
            pos += 2
        starts.append(pos)
        raw_parts.append(text)
        pos += len(text)
    warnings = []
    if scanned:
        listed = ", ".join(map(str, scanned[:10])) + (" …" if len(scanned) > 10 else "")
        warnings.append(
            f"page{'s' if len(scanned) > 1 else ''} {listed} of {len(pages)} "
            f"{'have' if len(scanned) > 1 else 'has'} no text layer (scanned?): "
            "their text is missing; needs OCR"
        )
    return "".join(raw_parts), tuple(starts), warnings


def _page_lines(tp: Any) -> list[_Line]:
    """The lines of one page in the order of the text layer, with their boxes."""
    n = tp.count_chars()
    if n <= 0:
        return []
    text = tp.get_text_range(0, n)
    geometry = len(text) == n  # char indices and string indices agree: boxes can be looked up
    out: list[_Line] = []
    pos = 0
    for piece in re.split(r"(\r\n|\n|\r)", text):
        if piece in ("\r\n", "\n", "\r"):
            pos += len(piece)
            continue
        clean = _clean_pdf_text(piece)
        if clean.strip():
            line = _Line(clean)
            if geometry:
                first = pos + (len(piece) - len(piece.lstrip()))
                last = pos + len(piece.rstrip()) - 1
                l0, b0, r0, t0 = tp.get_charbox(first, loose=True)
                l1, b1, r1, t1 = tp.get_charbox(last, loose=True)
                if r1 >= l0 and t0 > b0:
                    line.x0, line.x1 = l0, r1
                    line.y = (b0 + t0) / 2
                    line.em = t0 - b0
                    line.geometry = True
            out.append(line)
        pos += len(piece)
    return out


@lru_cache(maxsize=1)
def _pdf_translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x2E80, 0x2EFA), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


def _clean_pdf_text(s: str) -> str:
    return _PDF_CONTROL.sub("", s.translate(_pdf_translation()))


def _mask(text: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub("", text))


def _drop_running_lines(pages: list[list[_Line]], sizes: list[tuple[float, float]]) -> None:
    """Remove running headers, footers and page numbers from every page, in place.

    A line is running when it sits in the top or bottom band of its page and either
    is a page number or has the same words (digits aside) at the same height on
    several pages. A masthead set lower on the cover is not at the header's height.
    """
    n = len(pages)
    candidates: dict[tuple[str, str], list[tuple[int, float]]] = {}
    banded: list[list[tuple[int, str]]] = []
    for i, lines in enumerate(pages):
        height = sizes[i][1] if i < len(sizes) else 842.0
        here: list[tuple[int, str]] = []
        geo = [li for li in lines if li.geometry]
        for k, li in enumerate(lines):
            if li.geometry:
                band = "top" if li.y > height * 0.86 else "bottom" if li.y < height * 0.14 else ""
            else:  # no boxes: the first and last two lines stand in for the bands
                band = "top" if k < 2 else "bottom" if k >= len(lines) - 2 else ""
            if not band or (geo and not li.geometry):
                continue
            here.append((k, band))
            candidates.setdefault((_mask(li.text), band), []).append((i, li.y))
        banded.append(here)
    needed = max(2, int(0.3 * n + 0.999)) if n > 1 else 10**9
    for i, lines in enumerate(pages):
        drop = set()
        for k, band in banded[i]:
            li = lines[k]
            if _PAGE_NUMBER.match(li.text.strip()):
                drop.add(k)
                continue
            seen = {p for p, y in candidates.get((_mask(li.text), band), ()) if abs(y - li.y) <= 4.0}
            if len(seen) >= needed:
                drop.add(k)
        if drop:
            pages[i] = [li for k, li in enumerate(lines) if k not in drop]


def _join_lines(lines: list[_Line]) -> str:
    """One page's lines, those a right margin wrapped joined again."""
    if not lines:
        return ""
    geo = [li for li in lines if li.geometry]
    left = min((li.x0 for li in geo), default=0.0)
    right = max((li.x1 for li in geo), default=0.0)
    parts = [lines[0].text.strip()]
    for a, b in zip(lines, lines[1:], strict=False):
        bt = b.text.strip()
        parts.append(_separator(a, b, left, right) + bt)
    return "".join(parts)


def _separator(a: _Line, b: _Line, left: float, right: float) -> str:
    if not (a.geometry and b.geometry) or a.em <= 0:
        return "\n"
    em = a.em
    full = a.x1 >= right - 1.2 * em
    flush_left = b.x0 <= left + 0.6 * em
    below = 0 < a.y - b.y < 2.2 * em
    same_size = abs(b.em - em) <= 0.2 * em
    if not (full and flush_left and below and same_size) or _ITEM_START.match(b.text.strip()):
        return "\n"
    at, bt = a.text.rstrip(), b.text.lstrip()
    if at and bt and _ASCII_WORD.match(at[-1]) and _ASCII_WORD.match(bt[0]):
        return " "
    return ""


# ---------------------------------------------------------------------------
# HTML


def html_text(data: bytes, *, path: str | None = None) -> tuple[str, dict[str, str]]:
    """The article text and portal metadata of an HTML page.

    Args:
        data: the page's bytes.
        path: the file's name, for messages.

    Returns:
        ``(raw, metadata)``: the title and article, one block a line; and the
        metadata labels found outside the article (keys as in :class:`ReadResult`).

    Raises:
        InputError: the page cannot be decoded or holds no text.
    """
    import lxml.etree
    import lxml.html

    text = _decode_html(data, path=path)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an XML declaration in a str
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", path=path) from None
    tags: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = _META_TAGS.get((meta.get("name") or "").strip().lower())
        value = _SPACES.sub(" ", meta.get("content") or "").strip()
        if key and value:
            tags.setdefault(key, value)
    page_title = root.findtext(".//title") or ""
    body = root.find("body")
    if body is None:
        body = root
    for el in list(body.iter(*_HTML_DROP)):
        _remove(el)
    content = _content_node(body)
    try:
        outside = _html_lines(body, skip=content)
        lines = _html_lines(content, skip=None, drop_chrome=True)
    except RecursionError:
        raise InputError("HTML nested too deeply to read", path=path) from None
    metadata = _metadata_from_lines(outside)  # the table the page shows is the authority
    for key, value in tags.items():
        metadata.setdefault(key, value)
    lines = [li for li in lines if not _CHROME_LINE.match(li)]
    title = (
        metadata.get("标题")
        or _heading_title(body, content)
        or re.split(r"[_|｜\-–—]", page_title)[0].strip()
    )
    if title:
        lines = _title_first(lines, title)
    raw = "\n".join(lines).strip()
    if not raw:
        raise InputError("the HTML page holds no text", path=path)
    return raw, metadata


def _decode_html(data: bytes, *, path: str | None) -> str:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii").lower()
        enc = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}.get(enc, enc)
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    try:
        return decode_bytes(data, path=path)
    except InputError as exc:
        raise _error(exc, path or "") from None


def _remove(el: Any) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _is_chrome(el: Any) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _HTML_CHROME_TAGS:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return bool(names) and bool(_CHROME_NAME.search(names)) and not _CONTENT_NAME.match(el.get("id") or "")


def _cjk_count(s: str) -> int:
    return len(_CJK.findall(s))


def _content_node(body: Any) -> Any:
    """The element holding the article: a known content container, else the one most paragraph text sits in."""
    known = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        names = [el.get("id") or "", *(el.get("class") or "").split()]
        if any(n and _CONTENT_NAME.match(n) for n in names):
            n = _cjk_count(el.text_content()) - sum(_cjk_count(a.text_content()) for a in el.iter("a"))
            if n >= 50:
                known.append((n, el))
    if known:
        best = max(n for n, _ in known)
        # the innermost container that still holds nearly all of the best one's text
        return min((el for n, el in known if n >= 0.85 * best), key=lambda el: len(el.text_content()))
    scores: dict[Any, float] = {}
    for el in body.iter("p", "td", "div", "span", "font", "li", "section", "article"):
        if _is_chrome(el) or any(_is_chrome(a) for a in el.iterancestors()):
            continue
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        if el.tag == "p":
            own = el.text_content()
        n = _cjk_count(own)
        if n < 10:
            continue
        parent = el.getparent() if el.tag in ("p", "span", "font", "li") else el
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + n / 2
    if not scores:
        return body
    return max(scores, key=lambda el: scores[el])


def _html_lines(root: Any, *, skip: Any, drop_chrome: bool = False) -> list[str]:
    """The text under ``root``, one block a line, skipping the subtree ``skip``."""
    out: list[str] = []

    def walk(el: Any) -> None:
        if el is skip:
            out.append("\n")
            return
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or (drop_chrome and el is not root and _is_chrome(el)):
            return
        if tag == "br":
            out.append("\n")
            return
        if tag == "table" and _is_data_table(el):
            out.append("\n" + "\n".join(render_table(_html_table_rows(el))) + "\n")
            return
        block = tag in _HTML_BLOCK
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text if tag == "pre" else _SPACES.sub(" ", el.text))
        for child in el:
            walk(child)
            if child.tail:
                out.append(_SPACES.sub(" ", child.tail))
        if block:
            out.append("\n")

    walk(root)
    return [s for s in (li.strip(" \t\u3000\xa0") for li in "".join(out).split("\n")) if s]


def _is_data_table(table: Any) -> bool:
    """A table of rows and columns (not a layout table holding the page or the article)."""
    if table.find(".//table") is not None:
        return False
    rows = table.findall(".//tr")
    return len(rows) >= 2 and max(len(r.findall("./td")) + len(r.findall("./th")) for r in rows) >= 2


def _html_table_rows(table: Any) -> list[list[tuple[str, tuple[int, int]]]]:
    """The grid of a table, ``rowspan``/``colspan`` cells repeated in every slot they cover."""
    grid: dict[tuple[int, int], tuple[str, tuple[int, int]]] = {}
    rows = table.findall(".//tr")
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = "\n".join(_html_lines(cell, skip=None))
            rs = _span(cell.get("rowspan"))
            cs = _span(cell.get("colspan"))
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = (text, (r, c))
            c += cs
    width = 1 + max((c for _, c in grid), default=0)
    return [[grid.get((r, c), ("", (r, c))) for c in range(width)] for r in range(len(rows))]


def _span(v: str | None) -> int:
    try:
        return max(1, min(int(v or 1), 50))
    except ValueError:
        return 1


def _metadata_from_lines(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, line in enumerate(lines[:400]):
        found = list(_META_LABEL.finditer(line))
        if not found or found[0].start() > 0:
            continue
        for j, m in enumerate(found):
            key = _META_ALIASES[_SPACES.sub("", m.group("label"))]
            end = found[j + 1].start() if j + 1 < len(found) else len(line)
            value = line[m.end() : end].strip(_META_STRIP)
            if (
                not value
                and j + 1 == len(found)
                and i + 1 < len(lines)
                and not _META_LABEL.match(lines[i + 1])
            ):
                value = lines[i + 1].strip(_META_STRIP)
            if value and len(value) <= 200:
                out.setdefault(key, value)
    return out


def _heading_title(body: Any, content: Any) -> str | None:
    for tag in ("h1", "h2"):
        for h in body.iter(tag):
            t = _SPACES.sub("", h.text_content())
            if 6 <= len(t) <= 120 and not _is_chrome(h):
                return t
    return None


def _title_first(lines: list[str], title: str) -> list[str]:
    """The article's lines opening with its title on one line.

    Portals break long titles with ``<br>``; the broken lines are put back together
    so the title reads as one. A text that does not open with the title gets it
    as a first line.
    """
    t = _SPACES.sub("", title)
    joined = ""
    for k, line in enumerate(lines[:4]):
        joined += _SPACES.sub("", line)
        if joined == t:
            return ["".join(lines[: k + 1])] + lines[k + 1 :]
        if not t.startswith(joined):
            break
    head = _SPACES.sub("", "".join(lines[:4]))
    if head.startswith(t) or (len(t) > 8 and t[:8] in head[: len(t) + 20]):
        return lines
    return [title.strip(), *lines]


# ---------------------------------------------------------------------------
# Word .docx


def docx_text(data: bytes, *, path: str | None = None) -> str:
    """Paragraphs and tables of a Word .docx document, in document order.

    Args:
        data: the file's bytes.
        path: the file's name, for messages.

    Returns:
        The text, one paragraph or table row a line (see :func:`render_table`).

    Raises:
        InputError: not a readable .docx, or it holds no text.
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise InputError(f"damaged Word .docx file: {exc}", path=path) from None
    except Exception as exc:  # python-docx and lxml raise their own types on damaged packages
        raise InputError(f"damaged Word .docx file: {type(exc).__name__}: {exc}", path=path) from None
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            lines.extend(render_table(_docx_table_rows(block)))
        else:
            lines.extend(block.text.split("\n"))
    raw = "\n".join(li.strip(" \t\u3000\xa0") for li in lines if li.strip())
    if not raw.strip():
        raise InputError("the Word document holds no text", path=path)
    return raw


def _docx_table_rows(table: Any) -> list[list[tuple[str, tuple[int, int]]]]:
    """A Word table's grid from its XML, merged cells repeated with the key of their first slot."""
    from docx.oxml.ns import qn
    from docx.table import _Cell

    grid: list[list[tuple[str, tuple[int, int]]]] = []
    for r, tr in enumerate(table._tbl.tr_lst):
        row: list[tuple[str, tuple[int, int]]] = []
        c = 0
        trpr = tr.find(qn("w:trPr"))
        before = trpr.find(qn("w:gridBefore")) if trpr is not None else None
        if before is not None:
            for _ in range(_span(before.get(qn("w:val")))):
                row.append(("", (r, c)))
                c += 1
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span = 1
            vmerge = None
            if tcpr is not None:
                gs = tcpr.find(qn("w:gridSpan"))
                span = _span(gs.get(qn("w:val"))) if gs is not None else 1
                vm = tcpr.find(qn("w:vMerge"))
                if vm is not None:
                    vmerge = vm.get(qn("w:val")) or "continue"
            if vmerge == "continue" and r > 0 and c < len(grid[r - 1]):
                cell = grid[r - 1][c]
            else:
                text = "\n".join(p.text for p in _Cell(tc, table).paragraphs).strip()
                cell = (text, (r, c))
            for _ in range(span):
                row.append(cell)
                c += 1
        grid.append(row)
    return grid


# ---------------------------------------------------------------------------
# Tables


def _column_kind(header: str) -> str | None:
    h = _SPACES.sub("", header)
    h = re.sub(r"[（(][^）)]*[）)]$", "", h) or h  # 责任单位（牵头） keeps its words
    if not h or len(h) > 16:
        return None
    for kind, pattern in _COLUMN_KINDS:
        if pattern.search(h):
            return kind
    return None


def _task_columns(row: Sequence[str]) -> dict[int, str] | None:
    kinds = {j: _column_kind(cell) for j, cell in enumerate(row)}
    kinds = {j: k for j, k in kinds.items() if k}
    values = list(kinds.values())
    if "task" not in values and "group" in values:
        # 任务名称 with no content column is the task itself
        first_group = next(j for j, k in kinds.items() if k == "group")
        kinds[first_group] = "task"
        values = list(kinds.values())
    if "task" not in values or not {"lead", "support", "responsible"} & set(values):
        return None
    return kinds


def render_table(rows: Sequence[Sequence[tuple[str, Any]]]) -> list[str]:
    """Lines for a table's rows.

    A task table (a header row naming a task column and a lead, supporting or
    responsible unit column) gives one line a task in the annotation style the
    task extractor reads::

        1.召开全区生活垃圾分类工作动员大会。（牵头部门：区政府办公室；配合部门：各联席会议成员单位；时间节点：2019年3月）

    a grouping column (``任务名称``/``任务类型`` beside a content column) a line of
    its own when its value changes, and any other column a ``label：value`` line
    after its row. Other tables give one line a row, cells between `` | ``.

    Args:
        rows: the grid, each cell ``(text, key)``; cells a merge covers repeat with
            the same key.

    Returns:
        The lines.
    """
    rows = [list(r) for r in rows if any(t.strip() for t, _ in r)]
    if not rows:
        return []
    for h in range(min(3, len(rows))):
        header = [t for t, _ in rows[h]]
        kinds = _task_columns(header)
        if kinds:
            return _render_task_rows(header, kinds, rows[h + 1 :], [" | ".join(_dedup(r)) for r in rows[:h]])
    return [" | ".join(_dedup(r)) for r in rows]


def _dedup(row: Iterable[tuple[str, Any]]) -> list[str]:
    out, last = [], object()
    for text, key in row:
        if key != last and text.strip():
            out.append(_flat(text))
        last = key
    return out


def _flat(text: str, sep: str = "") -> str:
    return sep.join(s.strip() for s in text.split("\n") if s.strip())


def _names(text: str) -> str:
    """A cell of unit names, one name a paragraph in some tables: joined with 、."""
    parts = [s.strip() for s in text.split("\n") if s.strip()]
    out = ""
    for p in parts:
        if out and not _NAME_SEPARATOR_END.search(out):
            out += "、"
        out += p
    return out


def _render_task_rows(
    header: list[str], kinds: dict[int, str], rows: list[list[tuple[str, Any]]], before: list[str]
) -> list[str]:
    lines = list(before)
    header_squashed = [_SPACES.sub("", h) for h in header]
    labels = {}
    for j, kind in kinds.items():
        if kind in _STANDARD_LABEL:
            h = re.sub(r"[（(][^）)]*[）)]$", "", header_squashed[j])
            labels[j] = h if h in _KNOWN_LABELS else _STANDARD_LABEL[kind]
    others = [j for j in range(len(header)) if j not in kinds and header_squashed[j]]
    order = ("lead", "responsible", "support", "deadline")
    group_cols = [j for j, k in kinds.items() if k == "group"]
    task_cols = [j for j, k in kinds.items() if k == "task"]
    index_col = next((j for j, k in kinds.items() if k == "index"), None)
    last_group: list[Any] = [None] * len(group_cols)
    counter = 0
    for row in rows:
        cells = [t for t, _ in row]
        keys = [k for _, k in row]
        if [_SPACES.sub("", c) for c in cells] == header_squashed:
            continue  # the header repeated on a new page
        if len(set(keys)) == 1 or (
            len([c for c in cells if c.strip()]) == 1
            and cells[0].strip()
            and not any(cells[j].strip() for j in task_cols if j < len(cells))
        ):
            lines.append(_flat(cells[0] if cells[0].strip() else next(c for c in cells if c.strip())))
            continue  # a heading row spanning the table
        for g, j in enumerate(group_cols):
            if j < len(row) and keys[j] != last_group[g] and cells[j].strip():
                lines.append(_flat(cells[j]))
            last_group[g] = keys[j] if j < len(row) else None
        task = "".join(_flat(cells[j]) for j in task_cols if j < len(cells))
        counter += 1
        serial = None
        if index_col is not None and index_col < len(cells):
            m = _SERIAL.match(cells[index_col].strip())
            serial = m.group("n") if m else None
        fields = []
        for kind in order:
            for j, k in kinds.items():
                if k == kind and j < len(cells) and cells[j].strip():
                    value = _flat(cells[j], " ") if kind == "deadline" else _names(cells[j])
                    fields.append(f"{labels[j]}：{value}")
        line = f"{serial or counter}.{task}"
        if fields:
            line += "（" + "；".join(fields) + "）"
        lines.append(line)
        for j in others:
            if j < len(cells) and cells[j].strip():
                lines.append(f"{header_squashed[j]}：{_flat(cells[j])}")
    return lines


# ---------------------------------------------------------------------------
# Applying what the reader found to the records


def apply_read_result(records: list[Any], read: ReadResult) -> tuple[list[Any], list[str]]:
    """Give records their page numbers and fill document fields from portal metadata.

    Args:
        records: the records of one file, offsets into ``read.raw``.
        read: how the file was read.

    Returns:
        ``(records, warnings)``: records with ``source.page`` set when the file has
        pages; the single document of a portal page with its number, issuer and
        date taken from the page's metadata where its text lacks them (every
        record of that document re-keyed); and notes where text and metadata disagree.
    """
    from policykg.extract.records import map_sources

    warnings: list[str] = []
    if read.pages:

        def paged(src: Any) -> Any:
            return src if src.page is not None else replace(src, page=read.page_of(src.start))

        records = [map_sources(r, paged) for r in records]
    if read.metadata:
        records, notes = _fill_from_metadata(records, read.metadata)
        warnings.extend(notes)
    return records, warnings


def _fill_from_metadata(records: list[Any], metadata: dict[str, str]) -> tuple[list[Any], list[str]]:
    from policykg.extract.docnum import canonical_docnum, issuer_of, parse_docnum
    from policykg.extract.records import Citation, Document

    docs = [r for r in records if isinstance(r, Document)]
    if len(docs) != 1:
        return records, []  # a portal page is one document; anything else is not ours to guess
    doc = docs[0]
    notes: list[str] = []
    changes: dict[str, Any] = {}
    number = canonical_docnum(metadata["发文字号"]) if metadata.get("发文字号") else None
    if number:
        if not doc.number:
            changes["number"] = number
            parsed = parse_docnum(number)
            if parsed:
                changes.update(issuer_code=parsed.code, year=parsed.year, serial=parsed.serial)
        elif doc.number != number:
            notes.append(f"the page's 发文字号 {number} differs from the number in its text, {doc.number}")
    date = _iso(metadata.get("成文日期"))
    if date:
        if not doc.date:
            changes["date"] = date
        elif doc.date != date:
            notes.append(f"the page's 成文日期 {date} differs from the date in its text, {doc.date}")
    if not doc.issuer:
        issuer = _issuers(metadata.get("发布机构"))
        if not issuer and changes.get("issuer_code") and issuer_of(changes["issuer_code"]):
            issuer = (issuer_of(changes["issuer_code"]),)
        if issuer:
            changes["issuer"] = issuer
    if not doc.title and metadata.get("标题"):
        changes["title"] = _SPACES.sub("", metadata["标题"])
    if not changes:
        return records, notes
    new_doc = replace(doc, **changes)
    old_key, new_key, new_number = doc.key, new_doc.key, new_doc.number
    out = []
    for r in records:
        if r is doc:
            out.append(new_doc)
            continue
        fix: dict[str, Any] = {}
        if getattr(r, "document_key", None) == old_key:
            fix["document_key"] = new_key
            if hasattr(r, "document") and getattr(r, "document", None) is None and new_number:
                fix["document"] = new_number
            if isinstance(r, Citation) and r.from_number is None and new_number:
                fix["from_number"] = new_number
        task = getattr(r, "task", None)
        if isinstance(task, str) and task.startswith(old_key + "/"):
            fix["task"] = new_key + task[len(old_key) :]
        out.append(replace(r, **fix) if fix else r)
    return out, notes


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = _DATE_VALUE.search(value)
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _issuers(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = [p for p in re.split(r"[、，,；;\s\u3000]+", value.strip()) if p]
    # only names: a value such as 「本网」 or a long sentence is not an issuer
    return tuple(p for p in parts if 2 <= len(p) <= 40 and _CJK.search(p))
