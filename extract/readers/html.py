"""HTML reader (lxml): the article of a government portal page without its chrome.

Navigation, breadcrumbs, share buttons and footers are dropped; the portal's
metadata table (``索引号``, ``发布机构``/``发文机关``, ``发文字号``, ``成文日期``,
``发布日期``, ``主题分类``) and the standard ``<meta name="ArticleTitle">`` tags are
returned in ``metadata`` for the shared metadata stage
(:mod:`policykg.extract.metadata`). Data tables become lines through
:func:`policykg.extract.readers.tables.render_table`.

A page saved under a text suffix (``.txt``) is recognised by its markup.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from policykg.errors import InputError
from policykg.extract.metadata import front_matter, metadata_from_lines
from policykg.extract.readers.base import ReadResult, read_bytes, with_path
from policykg.extract.readers.tables import cell_span, render_table
from policykg.extract.text import decode_bytes

KIND = "html"
SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})

# Tags a page's own markup is made of; text that merely mentions a tag holds few of them.
_MARKUP = re.compile(rb"<(?:html|head|body|meta|div|p|br|span|table|tr|td|a|font|script|style|li|h[1-6])\b[^>]*>", re.I)
_SPACES = re.compile(r"\s+")
#: A Markdown container's fence on a line of its own (::: right, :::): layout around a block, no text.
_CONTAINER_FENCE = re.compile(r":::\s*[A-Za-z-]*$")
#: A blank line between two paragraphs of a Markdown page's text.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def sniff(head: bytes, suffix: str) -> bool:
    """Whether a file is an HTML page: an HTML suffix, a doctype or ``<html>`` at its start,
    or, under any other name (a page saved as ``.txt``), markup from its first characters on
    or dense throughout its head.
    """
    if suffix in SUFFIXES:
        return True
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in start[:4096]:
        return True
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    tags = len(_MARKUP.findall(head))
    return (start.startswith(b"<") and tags >= 3) or tags >= 12


def read(path: Path, head: bytes) -> ReadResult:
    """Read an HTML page (see :func:`html_text`)."""
    data = read_bytes(path)
    raw, metadata = html_text(data, path=str(path))
    return ReadResult(raw=raw, sha256=hashlib.sha256(data).hexdigest(), kind=KIND, metadata=metadata)


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
# <meta name=…> tags that government sites carry by the national site guideline.
_META_TAGS = {"articletitle": "标题", "pubdate": "发布日期", "contentsource": "来源"}


def html_text(data: bytes, *, path: str | None = None) -> tuple[str, dict[str, str]]:
    """The article text and portal metadata of an HTML page.

    Args:
        data: the page's bytes.
        path: the file's name, for messages.

    Returns:
        ``(raw, metadata)``: the title and article, one block a paragraph (blocks apart by
        a blank line, so that no later stage reads two blocks as one wrapped line); and the
        metadata labels found outside the article (keys as in :class:`ReadResult`).

    Raises:
        InputError: the page cannot be decoded or holds no text.
    """
    import lxml.etree
    import lxml.html

    text = _decode_html(data, path=path)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an XML declaration in a str
    # A Markdown page holding HTML blocks (a mirror site's source): its front matter kept line by line, and its
    # paragraphs outside the tags (::: right / 某厅办公室 / 2021年11月14日印发 / :::) kept apart
    _, front_end = front_matter(text)
    front, text = text[:front_end].strip(), text[front_end:]
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
        outside = _html_lines(body, skip=content, markdown=bool(front))
        lines = _html_lines(content, skip=None, drop_chrome=True, markdown=bool(front))
    except RecursionError:
        raise InputError("HTML nested too deeply to read", path=path) from None
    metadata = metadata_from_lines(outside)  # the table the page shows is the authority
    for key, value in tags.items():
        metadata.setdefault(key, value)
    lines = [li for li in lines if not _CHROME_LINE.match(li) and not (front and _CONTAINER_FENCE.match(li))]
    title = (
        metadata.get("标题")
        or _heading_title(body, content)
        or re.split(r"[_|｜\-–—]", page_title)[0].strip()
    )
    if title:
        lines = _title_first(lines, title)
    raw = "\n\n".join([front, *lines] if front else lines).strip()
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
        raise with_path(exc, path or "") from None


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


def _html_lines(root: Any, *, skip: Any, drop_chrome: bool = False, markdown: bool = False) -> list[str]:
    """The text under ``root``, one block a line, skipping the subtree ``skip``; with ``markdown``, a blank line
    inside a text also parts blocks (a Markdown paragraph)."""
    out: list[str] = []

    def flat(s: str) -> str:
        if markdown and "\n" in s:
            return "\n".join(_SPACES.sub(" ", part) for part in _PARAGRAPH_BREAK.split(s))
        return _SPACES.sub(" ", s)

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
            out.append(el.text if tag == "pre" else flat(el.text))
        for child in el:
            walk(child)
            if child.tail:
                out.append(flat(child.tail))
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
            rs = cell_span(cell.get("rowspan"))
            cs = cell_span(cell.get("colspan"))
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = (text, (r, c))
            c += cs
    width = 1 + max((c for _, c in grid), default=0)
    return [[grid.get((r, c), ("", (r, c))) for c in range(width)] for r in range(len(rows))]


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

