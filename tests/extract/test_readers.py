"""Reading PDF, HTML and Word files into text: fixtures made with real tools (tests/data/make_inputs.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from policykg.errors import InputError
from policykg.extract.pipeline import extract_path
from policykg.extract.readers import (
    ReadResult,
    apply_read_result,
    html_text,
    read_document,
    render_table,
    sniff,
)
from policykg.extract.records import Document, Source, Task
from policykg.extract.text import normalise

INPUTS = Path(__file__).resolve().parents[1] / "data" / "inputs"
GAZETTE_PDF = INPUTS / "jiaxing-gazette-2024-03.pdf"
PORTAL = INPUTS / "portal-guofa-2018-39.html"
DOCX = INPUTS / "task-table.docx"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------
# Telling kinds apart


@pytest.mark.parametrize(
    ("head", "suffix", "kind"),
    [
        (b"%PDF-1.4\n%\xe2\xe3", ".pdf", "pdf"),
        (b"%PDF-1.7\n", ".txt", "pdf"),
        (b"PK\x03\x04\x14\x00word/document.xml", ".docx", "docx"),
        (b"PK\x03\x04\x14\x00[Content_Types].xml", ".zip", "zip"),
        (b"<!DOCTYPE html><html><body>", ".htm", "html"),
        (b"\xef\xbb\xbf<html><head>", "", "html"),
        ("<p>嘉兴市人民政府</p>".encode(), ".html", "html"),
        ("嘉兴市人民政府关于调整全市最低工资标准的通知\n".encode(), ".txt", "text"),
        ("# 上海市海绵城市建设管理办法\n".encode(), ".md", "text"),
        ('<div class="head"><a href="/">首页</a></div>\n<table><tr><td>索引号：</td></tr></table>'.encode(), ".txt",
         "html"),
        (("正文前的说明\n" + "<p>第一段</p><p>第二段</p>" * 6 + "<br>").encode(), ".txt", "html"),
        ("在页面中使用<p>标签分段，使用<br>换行。\n其余为正文。\n".encode(), ".txt", "text"),
    ],
    ids=[
        "pdf",
        "pdf-named-txt",
        "docx",
        "zip",
        "html-doctype",
        "html-bom",
        "html-fragment-by-suffix",
        "text",
        "markdown",
        "html-fragment-saved-as-txt",
        "html-dense-markup-saved-as-txt",
        "text-mentioning-tags",
    ],
)
def test_sniff(head: bytes, suffix: str, kind: str) -> None:
    assert sniff(head, suffix) == kind


def test_every_reader_is_registered_once_with_sniff_and_read() -> None:
    from policykg.extract import readers

    kinds = [r.KIND for r in readers.READERS]
    assert kinds == ["pdf", "docx", "html", "text"] and len(set(kinds)) == len(kinds)
    assert all(callable(r.sniff) and callable(r.read) for r in readers.READERS)
    assert readers.READERS[-1].sniff(b"", "")  # the text reader takes what no other claims


def test_raw_html_saved_as_txt_is_read_as_html() -> None:
    read = read_document(Path(__file__).resolve().parents[1] / "data" / "identity" / "raw-html-saved-as.txt")
    assert read.kind == "html" and "<" not in read.raw
    assert read.metadata["发文字号"] == "南政办发〔2022〕26号"
    assert read.raw.split("\n")[0] == "汉中市南郑区人民政府办公室关于加强春耕生产工作的通知"


@pytest.mark.parametrize(
    ("head", "suffix", "message"),
    [
        ("一个文本文件".encode(), ".pdf", "not a PDF"),
        ("一个文本文件".encode(), ".docx", "not a Word .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", ".doc", "old binary Office"),
    ],
    ids=["text-named-pdf", "text-named-docx", "binary-doc"],
)
def test_sniff_refuses(head: bytes, suffix: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        sniff(head, suffix)


# ---------------------------------------------------------------------------
# PDF


@pytest.fixture(scope="module")
def gazette_pdf() -> ReadResult:
    return read_document(GAZETTE_PDF)


def test_pdf_pages_and_page_map(gazette_pdf: ReadResult) -> None:
    import pypdfium2 as pdfium

    n = len(pdfium.PdfDocument(str(GAZETTE_PDF)))
    assert gazette_pdf.kind == "pdf" and gazette_pdf.pages is not None and len(gazette_pdf.pages) == n
    starts = gazette_pdf.pages
    assert starts[0] == 0 and list(starts) == sorted(starts)
    assert all(gazette_pdf.raw[s - 2 : s] == "\n\n" for s in starts[1:])  # pages joined by a blank line
    assert (
        gazette_pdf.page_of(0) == 1
        and gazette_pdf.page_of(starts[5]) == 6
        and gazette_pdf.page_of(starts[5] - 3) == 5
    )
    assert gazette_pdf.page_of(len(gazette_pdf.raw) - 1) == n


def test_pdf_running_header_and_page_numbers_removed(gazette_pdf: ReadResult, gazette_path: Path) -> None:
    lines = gazette_pdf.raw.split("\n")
    text_lines = gazette_path.read_text(encoding="utf-8").split("\n")
    # the masthead on the cover and the imprint at the back stay; the running header of every other page goes
    masthead = [i for i, li in enumerate(lines) if li.strip() == "嘉兴市人民政府公报"]
    assert (
        len(masthead) == sum(li.strip() == "嘉兴市人民政府公报" for li in text_lines) == 2
        and masthead[0] == 0
    )
    assert not [li for li in lines if re.fullmatch(r"\s*[—-]\s*\d+\s*[—-]\s*", li)]


def test_pdf_wrapped_lines_joined_page_breaks_kept(gazette_pdf: ReadResult) -> None:
    raw = gazette_pdf.raw
    # a paragraph that the PDF wraps over seven lines comes back as one line
    para = next(li for li in raw.split("\n") if li.startswith("2024年是中华人民共和国成立75周年"))
    assert para.endswith("努力在勇当先行者、谱写新篇章中勇挑大梁、勇立潮头。")
    # the text file's own break inside a word stays a break for the normaliser to join
    assert "(责任单\n位:市科技局)" in raw or "(责任单\n\n位:市科技局)" in raw


def test_pdf_text_matches_text_file(gazette_pdf: ReadResult, gazette_path: Path) -> None:
    txt = squash(gazette_path.read_text(encoding="utf-8"))
    assert squash(gazette_pdf.raw) == txt


def _figures(d: dict, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_figures(v, key + "."))
        elif isinstance(v, bool):
            continue
        elif isinstance(v, (int, float)):
            out[key] = float(v)
        elif isinstance(v, str) and re.fullmatch(r"\d+/\d+", v):
            a, b = v.split("/")
            out[key] = float(Fraction(int(a), int(b))) if int(b) else 1.0
    return out


def _score(shared: Path, export: Path) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            str(export),
            str(shared / "eval" / "gold" / "seed.json"),
            "--targets",
            str(shared / "eval" / "gold" / "seed-targets.json"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def pdf_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "pdf.jsonl"
    proc = run("extract", str(GAZETTE_PDF), "--format", "jsonl", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def test_pdf_scores_within_002_of_text_file(shared: Path, gazette_jsonl: Path, pdf_jsonl: Path) -> None:
    text_fig = _figures(_score(shared, gazette_jsonl))
    pdf_fig = _figures(_score(shared, pdf_jsonl))
    assert text_fig.keys() == pdf_fig.keys() and len(text_fig) > 20
    far = {
        k: (text_fig[k], pdf_fig[k])
        for k in text_fig
        if abs(text_fig[k] - pdf_fig[k]) > 0.02 + 1e-9
        and not k.endswith((".tp", ".fp", ".fn", "spurious", "canonical_split", "canonical_merged"))
    }
    counts = {
        k: (text_fig[k], pdf_fig[k])
        for k in text_fig
        if k.endswith((".tp", ".fp", ".fn", "spurious"))
        and abs(text_fig[k] - pdf_fig[k]) > 0.02 * max(1.0, text_fig[k])
    }
    assert not far and not counts


def test_pdf_evidence_points_at_its_page(pdf_jsonl: Path, gazette_pdf: ReadResult) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(GAZETTE_PDF))
    page_text = [squash(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    records = [json.loads(li) for li in pdf_jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 200
    pages_seen = set()
    for rec in records:
        src = rec["source"]
        assert gazette_pdf.raw[src["start"] : src["end"]] == src["text"], rec["type"]
        page = src["page"]
        pages_seen.add(page)
        # the evidence starts on its page: its opening words (up to a page break) are in that page's text layer
        opening = squash(src["text"].split("\n\n")[0])[:12]
        assert opening and opening in page_text[page - 1], (rec["type"], page, opening)
    assert len(pages_seen) > 15


def test_pdf_evidence_across_a_page_break_starts_on_the_earlier_page(
    pdf_jsonl: Path, gazette_pdf: ReadResult
) -> None:
    records = [json.loads(li) for li in pdf_jsonl.read_text(encoding="utf-8").splitlines()]
    crossing = [r for r in records if r["type"] == "task" and "\n\n" in r["source"]["text"]]
    assert crossing
    for r in crossing:
        src = r["source"]
        assert gazette_pdf.page_of(src["end"] - 1) > src["page"] == gazette_pdf.page_of(src["start"])


def test_scanned_pdf_needs_ocr() -> None:
    with pytest.raises(InputError, match=r"no text layer \(scanned\?\): needs OCR") as exc:
        read_document(INPUTS / "scanned-notice.pdf")
    assert "scanned-notice.pdf" in str(exc.value)


@pytest.mark.parametrize(
    ("cut", "message"),
    [(48 * 1024, "truncated PDF"), (-30, "truncated PDF"), (9, "truncated PDF")],
    ids=["first-48k", "last-bytes-cut", "header-only"],
)
def test_truncated_pdf(tmp_path: Path, cut: int, message: str) -> None:
    f = tmp_path / "cut.pdf"
    f.write_bytes(GAZETTE_PDF.read_bytes()[:cut])
    with pytest.raises(InputError, match=message):
        read_document(f)


def test_damaged_pdf_with_end_marker(tmp_path: Path) -> None:
    data = GAZETTE_PDF.read_bytes()
    f = tmp_path / "damaged.pdf"
    f.write_bytes(data[:1000] + b"\n%%EOF\n")
    with pytest.raises(InputError, match="damaged PDF|truncated PDF"):
        read_document(f)


# ---------------------------------------------------------------------------
# HTML


@pytest.fixture(scope="module")
def portal() -> ReadResult:
    return read_document(PORTAL)


@pytest.mark.parametrize(
    "chrome",
    [
        "首页",
        "国情",
        "搜索",
        "分享到",
        "微博",
        "打印本页",
        "关闭窗口",
        "我要纠错",
        "责任编辑",
        "相关稿件",
        "版权所有",
        "网站地图",
        "京ICP备",
        "shareDes",
        "索引号",
        "政府信息公开",
    ],
)
def test_html_drops_page_chrome(portal: ReadResult, chrome: str) -> None:
    assert chrome not in portal.raw


def test_html_keeps_the_whole_article(portal: ReadResult, shared: Path) -> None:
    dev = (shared / "corpus" / "dev" / "05_stcouncil_employment.txt").read_text(encoding="utf-8")
    body = [li.strip() for li in dev.splitlines() if li.strip()]
    body = [li for li in body if li not in ("国发〔2018〕39号", "国务院", "2018年11月16日")]
    assert squash(portal.raw) == squash("".join(body))
    # the title the page breaks with <br> reads as one line
    assert portal.raw.split("\n")[0] == "国务院关于做好当前和今后一个时期促进就业工作的若干意见"


def test_html_metadata(portal: ReadResult) -> None:
    m = portal.metadata
    assert m["发文字号"] == "国发〔2018〕39号"
    assert m["发布机构"] == "国务院"
    assert m["成文日期"] == "2018年11月16日"
    assert m["发布日期"] == "2018年12月05日"
    assert m["索引号"] == "000014349/2018-00000"
    assert m["主题分类"] == "劳动、人事、监察\\就业"
    assert m["标题"] == "国务院关于做好当前和今后一个时期促进就业工作的若干意见"


def test_html_metadata_fills_the_document() -> None:
    from policykg.extract.pipeline import extract_path

    res = extract_path(PORTAL)
    (doc,) = res.of(__import__("policykg.extract.records", fromlist=["Document"]).Document)
    assert (doc.number, doc.issuer, doc.date) == ("国发〔2018〕39号", ("国务院",), "2018-11-16")
    assert (doc.issuer_code, doc.year, doc.serial) == ("国发", 2018, 39)
    tasks = res.of(Task)
    assert len(tasks) >= 10
    assert all(t.document == "国发〔2018〕39号" and t.key.startswith("国发〔2018〕39号/task/") for t in tasks)
    assert all(t.source.page is None for t in tasks)


LOCAL_PORTAL = """<html><head><meta charset="gb2312"><title>关于印发某某办法的通知_嘉兴市人民政府</title></head>
<body><div class="top-nav"><a href="/">网站首页</a><a href="/zwgk">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; 政府文件</div>
<div class="xxgk-info"><ul>
<li><span>索引号：</span>002541811/2024-12345</li><li><span>主题分类：</span>综合政务</li>
<li><span>发布机构：</span>嘉兴市人民政府办公室</li><li><span>发文字号：</span>嘉政办发〔2024〕5号</li>
<li><span>成文日期：</span>2024-02-08</li><li><span>发布日期：</span>2024-02-19</li></ul></div>
<div class="article"><h1>嘉兴市人民政府办公室关于推进嘉兴市卫生健康现代化建设的实施意见</h1>
<div class="zoom-size">【字体：大 中 小】</div>
<div class="TRS_Editor"><p>各县（市、区）人民政府，市政府各部门、直属各单位：</p>
<p>为加快推进卫生健康现代化建设，打造健康中国先行示范区，结合我市实际，提出如下意见。</p>
<p>一、总体要求</p><p>到2027年，全市卫生健康现代化建设取得显著成效。</p></div></div>
<div class="bdshare"><a>分享到微信</a></div><div id="footer">主办：嘉兴市人民政府办公室</div>
</body></html>"""


def test_html_local_portal_list_metadata_and_gb2312() -> None:
    raw, meta = html_text(LOCAL_PORTAL.encode("gb18030"), path="page.html")
    assert meta["发布机构"] == "嘉兴市人民政府办公室" and meta["发文字号"] == "嘉政办发〔2024〕5号"
    assert meta["成文日期"] == "2024-02-08" and meta["发布日期"] == "2024-02-19"
    lines = raw.split("\n\n")  # one block a paragraph
    assert lines[0] == "嘉兴市人民政府办公室关于推进嘉兴市卫生健康现代化建设的实施意见"
    assert lines[1] == "各县（市、区）人民政府，市政府各部门、直属各单位："
    assert not re.search(r"首页|当前位置|字体|分享|主办|索引号", raw)


#: A law mirror's Markdown source (VuePress): front matter, articles as HTML paragraphs, a right-aligned print line
#: in a ::: container (trimmed from a provincial discretion rule's mirror).
MARKDOWN_MIRROR = """---
title: 广东省生态环境行政处罚自由裁量权规定
shortTitle: 广东自由裁量权规定
icon: article
date: 2022-01-01
author: 广东省生态环境厅
---

<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为推进依法行政，规范生态环境行政处罚裁量权的行使，制定本规定。</p>
{articles}<p id="t24">&emsp;&emsp;<b>第二十四条</b>&emsp;本规定由广东省生态环境厅负责解释。</p>
<p id="t25">&emsp;&emsp;<b>第二十五条</b>&emsp;本规定自2022年1月1日起施行，有效期五年。</p>
<p id="t26">&emsp;&emsp;<b>第二十六条</b>&emsp;各地级以上市生态环境主管部门可参照本规定执行。</p>

::: right

广东省生态环境厅办公室

2021年11月14日印发

:::
"""


def test_markdown_page_holding_html_keeps_its_front_matter_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "mirror.txt"
    articles = "".join(f'<p id="t{n}">&emsp;&emsp;<b>第{n}条</b>&emsp;生态环境主管部门应当依法行使裁量权。</p>\n'
                       for n in range(2, 12))
    path.write_text(MARKDOWN_MIRROR.format(articles=articles), encoding="utf-8")
    read = read_document(path)
    assert read.kind == "html"
    lines = [li for li in read.raw.split("\n") if li.strip()]
    assert lines[:3] == ["---", "title: 广东省生态环境行政处罚自由裁量权规定", "shortTitle: 广东自由裁量权规定"]
    assert lines[-2:] == ["广东省生态环境厅办公室", "2021年11月14日印发"]  # the container's fences are layout
    (doc,) = extract_path(path).of(Document)
    assert (doc.title, doc.issuer, doc.date) == ("广东省生态环境行政处罚自由裁量权规定", ("广东省生态环境厅",), "2021-11-14")


def test_html_metadata_disagreeing_with_text_is_reported(tmp_path: Path) -> None:
    page = LOCAL_PORTAL.replace("<p>各县（市、区）", "<p>嘉政办发〔2024〕6号</p><p>各县（市、区）")
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gb18030"))
    from policykg.extract.pipeline import extract_path

    res = extract_path(f)
    assert (
        res.of(__import__("policykg.extract.records", fromlist=["Document"]).Document)[0].number
        == "嘉政办发〔2024〕6号"
    )
    assert any("嘉政办发〔2024〕5号" in w and "differs" in w for w in res.warnings)


def test_html_without_text(tmp_path: Path) -> None:
    f = tmp_path / "blank.html"
    f.write_text(
        "<html><body><script>var a = 1;</script><div class='nav'><a>首页</a></div></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="holds no text"):
        read_document(f)


# ---------------------------------------------------------------------------
# Word .docx and tables


@pytest.fixture(scope="module")
def docx_read() -> ReadResult:
    return read_document(DOCX)


def test_docx_paragraphs_then_table_rows(docx_read: ReadResult) -> None:
    lines = docx_read.raw.split("\n")
    assert lines[:2] == [
        "上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知",
        "宝府办〔2019〕26号",
    ]
    assert lines[-1] == "（此件公开发布）"
    assert "加强组织领导" in lines and "推进基层建设" in lines and "推进全面覆盖" in lines
    assert (
        "1.召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。"
        "（牵头部门：区政府办公室；配合部门：各联席会议成员单位；时间节点：2019年3月）" in lines
    )
    # a cell of two paragraphs, one unit each, becomes one list
    assert any(li.startswith("9.") and "配合部门：区绿化市容局、区农业农村委；" in li for li in lines)
    assert "序号" not in docx_read.raw  # the header row is in the labels, not a line of its own


def test_docx_table_yields_tasks_with_roles() -> None:
    from policykg.extract.pipeline import extract_path

    tasks = extract_path(DOCX).of(Task)
    assert len(tasks) == 11
    by_serial = {t.text.split(".")[0]: t for t in tasks}
    t9 = by_serial["9"]
    roles = {(a.name, a.role.value) for a in t9.agencies}
    assert roles == {("各街镇（园区）", "lead"), ("区绿化市容局", "support"), ("区农业农村委", "support")}
    assert t9.deadline == "2019年"
    t10 = by_serial["10"]
    assert [a.role.value for a in t10.agencies].count("support") == 6
    assert all(any(a.role.value == "lead" for a in t.agencies) for t in tasks)


def cells(*rows: list[str]) -> list[list[tuple[str, tuple[int, int]]]]:
    return [[(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            cells(
                ["序号", "主要任务", "责任单位", "完成时间"],
                ["1", "制定嘉兴市总部型研发中心工作指引。", "市科技局", "2024年底前"],
            ),
            ["1.制定嘉兴市总部型研发中心工作指引。（责任单位：市科技局；完成时间：2024年底前）"],
        ),
        (
            cells(
                ["序 号", "重点任务", "牵头部门", "协办单位", "时间节点"],
                [
                    "1",
                    "开展政策性科技保险试点。",
                    "市科技局",
                    "市金融办\n国家金融监督管理总局嘉兴监管分局",
                    "2024年",
                ],
            ),
            [
                "1.开展政策性科技保险试点。（牵头部门：市科技局；协办单位：市金融办、国家金融监督管理总局嘉兴监管分局；"
                "时间节点：2024年）"
            ],
        ),
        (
            cells(
                ["工作任务", "责任部门", "配合部门"],
                ["推动科技企业参与“十链百场万企”系列活动。", "市科技局", "市经信局"],
            ),
            ["1.推动科技企业参与“十链百场万企”系列活动。（责任部门：市科技局；配合部门：市经信局）"],
        ),
        (
            cells(
                ["序号", "工作任务", "牵头单位（部门）", "完成时限"],
                ["2", "建立科技企业创新指数体系。", "市科技局", "长期"],
            ),
            ["2.建立科技企业创新指数体系。（牵头单位：市科技局；完成时限：长期）"],
        ),
        (
            cells(
                ["序号", "任务内容", "责任单位", "参考文件"],
                ["1", "推进海绵城市建设。", "区建设管理委", "嘉府发〔2023〕22号"],
            ),
            ["1.推进海绵城市建设。（责任单位：区建设管理委）", "参考文件：嘉府发〔2023〕22号"],
        ),
        (
            cells(
                ["序号", "工作任务", "牵头单位"],
                ["序号", "工作任务", "牵头单位"],
                ["3", "加强组织领导。", "区政府办公室"],
            ),
            ["3.加强组织领导。（牵头单位：区政府办公室）"],
        ),
    ],
    ids=[
        "主要任务-责任单位-完成时间",
        "重点任务-牵头部门-协办单位-时间节点",
        "no-serial-column",
        "qualified-header",
        "other-column-own-line",
        "header-repeated-on-new-page",
    ],
)
def test_task_table_variants(rows, expected) -> None:
    assert render_table(rows) == expected


def test_task_table_heading_row_spanning_the_table() -> None:
    rows = cells(["序号", "工作任务", "牵头单位"], ["1", "甲任务。", "市科技局"])
    rows.insert(1, [("一、创新主体培育", (1, 0))] * 3)
    assert render_table(rows) == ["一、创新主体培育", "1.甲任务。（牵头单位：市科技局）"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            cells(["指标", "2023年", "2024年目标"], ["地区生产总值增长", "6.3%", "6%左右"]),
            ["指标 | 2023年 | 2024年目标", "地区生产总值增长 | 6.3% | 6%左右"],
        ),
        (
            [
                [("月最低工资标准", (0, 0)), ("月最低工资标准", (0, 0)), ("", (0, 2))],
                [("第一档", (1, 0)), ("2490元", (1, 1)), ("", (1, 2))],
            ],
            ["月最低工资标准", "第一档 | 2490元"],
        ),
    ],
    ids=["plain-table", "merged-cell-once"],
)
def test_other_tables_one_line_a_row(rows, expected) -> None:
    assert render_table(rows) == expected


def test_damaged_docx(tmp_path: Path) -> None:
    f = tmp_path / "cut.docx"
    f.write_bytes(DOCX.read_bytes()[:5000])
    with pytest.raises(InputError, match="damaged Word .docx"):
        read_document(f)


def test_zip_that_is_not_a_document(tmp_path: Path) -> None:
    import zipfile

    f = tmp_path / "bundle.zip"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("a.txt", "hello")
    with pytest.raises(InputError, match="ZIP archive"):
        read_document(f)


# ---------------------------------------------------------------------------
# Records get pages; text files unchanged


def test_apply_read_result_pages() -> None:
    read = ReadResult(raw="甲乙\n\n丙丁", sha256="x", kind="pdf", pages=(0, 4))
    task = Task(document=None, text="丙丁", agencies=(), source=Source(4, 6, "丙丁"))
    (out,), notes = apply_read_result([task], read)
    assert out.source.page == 2 and notes == []


def test_text_files_read_as_before(gazette_path: Path) -> None:
    from policykg.extract.text import read_file

    read = read_document(gazette_path)
    assert (read.raw, read.sha256) == read_file(gazette_path)
    assert read.kind == "text" and read.pages is None and read.metadata == {}


# ---------------------------------------------------------------------------
# The command line on bad inputs


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "file is empty"),
        ("binary.txt", "binary"),
        ("undecodable.txt", "cannot decode"),
        ("truncated.pdf", "truncated PDF"),
        ("scanned-notice.pdf", "needs OCR"),
        ("not-a-pdf.pdf", "not a PDF"),
    ],
)
def test_bad_input_one_error_line(name: str, message: str) -> None:
    path = INPUTS / name
    proc = run("extract", str(path))
    assert proc.returncode == 1
    lines = [li for li in proc.stderr.splitlines() if li.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"Error: {path}: ") and message in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    for f in INPUTS.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    out = tmp_path / "out.jsonl"
    proc = run("extract", str(tmp_path), "-o", str(out))
    assert proc.returncode == 1
    errors = [li for li in proc.stderr.splitlines() if li.startswith("Error: ")]
    assert len(errors) == 6, proc.stderr
    assert "skipped 1 files of unsupported types (1 .bin)" in proc.stderr
    assert "total: 3 of 9 files read" in proc.stderr
    docs = [json.loads(li) for li in out.read_text(encoding="utf-8").splitlines()]
    numbers = {d["number"] for d in docs if d["type"] == "document"}
    assert {"国发〔2018〕39号", "宝府办〔2019〕26号", "嘉政发〔2024〕8号"} <= numbers


def test_html_blocks_are_never_read_as_one_wrapped_line() -> None:
    # a CMS export saved as text: a centred title block with no full stop, then the body's
    # first paragraph; joined, the title would run into the body (hand-written in that form)
    page = ("<p>各市、县人民政府：</p><p>现将《某某省激发重点群体活力带动城乡居民持续增收的实施方案》印发给你们，请认真组织实施。</p>"
            "<p style=\"text-align: center;\"><strong>某某省激发重点群体活力带动城乡居民持续增收的实施方案</strong></p>"
            "<p>根据国家有关部署精神，为深化收入分配制度改革，带动城乡居民增收，结合我省实际，制定本实施方案。</p>")
    raw, _ = html_text(page.encode("utf-8"), path="page.txt")
    assert "某某省激发重点群体活力带动城乡居民持续增收的实施方案" in normalise(raw).text.split("\n")

