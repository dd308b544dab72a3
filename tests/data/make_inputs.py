"""Make the input fixtures under ``tests/data/inputs/`` with real tools.

Run from the repository root (re-runnable; it overwrites the files)::

    .venv/bin/python tests/data/make_inputs.py            # every fixture
    .venv/bin/python tests/data/make_inputs.py gazette    # only some, by name

Needs ``/usr/bin/chromium``, a TrueType CJK font and ``pyftsubset`` (Debian:
``apt-get install -y chromium fonts-wqy-microhei fonttools``), python-docx, and the shared corpus next to the checkout
(``../shared/corpus``). What each fixture is:

- ``jiaxing-gazette-2024-03.pdf``: the shared gazette text laid out as a gazette
  (A4, WenQuanYi Micro Hei cut down by
  ``pyftsubset`` to the characters used, justified paragraphs with a two-character indent, short
  heading lines centred, a page break after the table of contents) and printed
  by headless Chromium. Every page but the cover carries the running header
  ``嘉兴市人民政府公报`` and a footer ``— N —`` (CSS page-margin boxes). The
  page breaks the original PDF left inside sentences (``（责任单`` / ``位：``)
  stay paragraph breaks, as in the text file.
- ``scanned-notice.pdf``: a page that is only a picture of text (Chromium takes
  a screenshot of a notice, then prints a page holding that PNG): no text layer.
- ``truncated.pdf``: the first 48 KiB of the gazette PDF, as a cut download.
- ``not-a-pdf.pdf``: plain text saved under a ``.pdf`` name.
- ``portal-guofa-2018-39.html``: a State Council policy page in the layout of
  the gov.cn policy library (navigation, breadcrumbs, the 索引号/主题分类/
  发文机关/成文日期/标题/发文字号/发布日期 table, the article, share buttons,
  footer) holding the text of ``dev/05_stcouncil_employment.txt`` without its
  文号 line and signature, so that number, issuer and date come only from the
  portal table. The 索引号 and 主题分类 values are illustrative; the dates are the
  published ones (SOURCES.md).
- ``task-table.docx``: a Word notice (宝府办〔2019〕26号, Shanghai Baoshan) whose
  attachment is its real task table ``序号 | 任务名称 | 任务内容 | 牵头部门 |
  配合部门 | 时间节点`` (first eleven rows of ``dev/16_shanghai_baoshan_waste_sorting.txt``,
  任务名称 merged vertically as in the original; one 配合部门 cell holds two
  paragraphs).
- ``empty.txt``, ``binary.txt``, ``undecodable.txt``: bad text inputs.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "inputs"
ROOT = HERE.parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
GAZETTE_TXT = SHARED / "corpus" / "jiaxing-gazette-2024-03.txt"
DEV = SHARED / "corpus" / "dev"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium embeds a TrueType collection nearly whole and turns CFF-based fonts (Noto CJK) into
# bulky Type 3 fonts; a TrueType font cut down to the characters used keeps the PDF small.
TTC = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT = '"Fixture CJK", "WenQuanYi Micro Hei", "Noto Serif CJK SC", serif'
RUNNING_HEADER = "嘉兴市人民政府公报"


def chromium(*args: str) -> None:
    """Run headless Chromium once with a throw-away profile."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={profile}",
                *args,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def print_pdf(page_html: str, out: Path) -> None:
    """Print a page to PDF, with a font holding just the page's characters (and those of its header and footer)."""
    with tempfile.TemporaryDirectory() as tmp:
        font = Path(tmp) / "fixture-cjk.ttf"
        chars = Path(tmp) / "chars.txt"
        chars.write_text(page_html + "— 0123456789", encoding="utf-8")
        subprocess.run(
            [
                "pyftsubset",
                str(TTC),
                "--font-number=0",
                f"--text-file={chars}",
                f"--output-file={font}",
                "--no-hinting",
                "--layout-features=*",
            ],
            check=True,
            capture_output=True,
        )
        face = f"@font-face {{ font-family: 'Fixture CJK'; src: url('{font.as_uri()}'); }}\n"
        src = Path(tmp) / "page.html"
        src.write_text(page_html.replace("<style>", "<style>\n" + face, 1), encoding="utf-8")
        chromium(f"--print-to-pdf={out}", src.as_uri())


def _is_heading(line: str) -> bool:
    """Short lines without sentence punctuation are set centred, like titles and 文号 lines."""
    return len(line) < 40 and not any(c in line for c in "。，,;；：:")


def make_gazette() -> None:
    lines = [li.strip() for li in GAZETTE_TXT.read_text(encoding="utf-8").splitlines()]
    lines = [li for li in lines if li]
    first_doc = next(i for i, li in enumerate(lines) if li.startswith("嘉兴市人民政府关于下达") and i > 10)
    body = []
    for i, li in enumerate(lines):
        if i == first_doc:
            body.append('<div class="break"></div>')
        cls = "h" if _is_heading(li) else "p"
        body.append(f'<p class="{cls}">{html.escape(li)}</p>')
    page = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{RUNNING_HEADER}</title><style>
@page {{ size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-center {{ content: "{RUNNING_HEADER}"; font-family: {FONT}; font-size: 9pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: {FONT}; font-size: 10pt; }} }}
@page :first {{ @top-center {{ content: none; }} @bottom-center {{ content: none; }} }}
body {{ font-family: {FONT}; font-size: 12pt; line-height: 1.7; margin: 0; }}
p {{ margin: 0 0 2pt 0; }}
p.p {{ text-indent: 2em; text-align: justify; }}
p.h {{ text-align: center; }}
div.break {{ break-after: page; }}
</style></head><body>
{chr(10).join(body)}
</body></html>
"""
    print_pdf(page, OUT / "jiaxing-gazette-2024-03.pdf")


def make_scanned() -> None:
    notice = [li.strip() for li in GAZETTE_TXT.read_text(encoding="utf-8").splitlines() if li.strip()][30:34]
    shot_page = (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        f"body{{font-family:{FONT};font-size:20px;line-height:1.6;margin:30px;background:#fff}}"
        "</style></head><body>" + "".join(f"<p>{html.escape(li)}</p>" for li in notice) + "</body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "notice.html"
        src.write_text(shot_page, encoding="utf-8")
        png = Path(tmp) / "notice.png"
        chromium(f"--screenshot={png}", "--window-size=760,420", "--hide-scrollbars", src.as_uri())
        page = (
            "<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:15mm}"
            "body{margin:0}img{width:100%}</style></head><body>"
            f"<img src='{png.as_uri()}'></body></html>"
        )
        print_pdf(page, OUT / "scanned-notice.pdf")


def make_truncated() -> None:
    data = (OUT / "jiaxing-gazette-2024-03.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(data[: 48 * 1024])
    (OUT / "not-a-pdf.pdf").write_text(
        "嘉兴市人民政府关于调整全市最低工资标准的通知\n这是一个文本文件。\n", encoding="utf-8"
    )


PORTAL_META = [
    ("索 引 号：", "000014349/2018-00000", "主题分类：", "劳动、人事、监察\\就业"),
    ("发文机关：", "国务院", "成文日期：", "2018年11月16日"),
    ("标　　题：", "国务院关于做好当前和今后一个时期促进就业工作的若干意见", None, None),
    ("发文字号：", "国发〔2018〕39号", "发布日期：", "2018年12月05日"),
]


def make_portal() -> None:
    lines = [
        li.strip() for li in (DEV / "05_stcouncil_employment.txt").read_text(encoding="utf-8").splitlines()
    ]
    lines = [li for li in lines if li]
    # The portal table carries number, issuer and date: drop them from the body.
    lines = [li for li in lines if li not in ("国发〔2018〕39号", "国务院", "2018年11月16日")]
    title_html = html.escape(lines[0]) + "<br>" + html.escape(lines[1])
    article = "\n".join(
        f'<p style="text-indent: 2em; font-family: 宋体;">{html.escape(li)}</p>' for li in lines[2:]
    )
    rows = []
    for a, b, c, d in PORTAL_META:
        if c is None:
            rows.append(f'<tr><td class="b12c"><b>{a}</b></td><td colspan="3">{html.escape(b)}</td></tr>')
        else:
            rows.append(
                f'<tr><td class="b12c"><b>{a}</b></td><td>{html.escape(b)}</td>'
                f'<td class="b12c"><b>{c}</b></td><td>{html.escape(d)}</td></tr>'
            )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="中国政府网">
<meta name="ColumnName" content="国务院文件">
<meta name="ArticleTitle" content="国务院关于做好当前和今后一个时期促进就业工作的若干意见">
<meta name="PubDate" content="2018-12-05 16:00">
<meta name="ContentSource" content="中国政府网">
<title>国务院关于做好当前和今后一个时期促进就业工作的若干意见_政府信息公开专栏</title>
<script type="text/javascript">var shareDes = "国务院关于做好当前和今后一个时期促进就业工作的若干意见";</script>
<style>.share {{ float: right; }}</style>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">中国政府网</a></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/guowuyuan/">国务院</a></li><li><a href="/premier/">总理</a></li>
    <li><a href="/xinwen/">新闻</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li>
    <li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li><li><a href="/guoqing/">国情</a></li>
  </ul>
  <form class="search"><input name="q" value="请输入关键词"><button>搜索</button></form>
</div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/xxgkzl.htm">政府信息公开</a> &gt; 国务院文件</div>
<div class="wrap">
<table class="bd1" border="0" cellpadding="0" cellspacing="1" width="100%">
{chr(10).join(rows)}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="b12c" id="UCAP-CONTENT">
<p style="text-align: center; font-weight: bold;">{title_html}</p>
{article}
</td></tr>
</table>
<div class="share">
  <span>分享到：</span><a class="weixin" href="#">微信</a><a class="weibo" href="#">微博</a><a class="qzone" href="#">QQ空间</a>
  <a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a>
</div>
<div class="editor">【我要纠错】 责任编辑：（示例）</div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="#">国务院常务会议部署稳就业工作</a></li>
<li><a href="#">人力资源社会保障部解读促进就业若干意见</a></li></ul></div>
</div>
<div class="footer">
  <p><a href="#">网站说明</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
  <p>版权所有：中国政府网 | 中文域名：中国政府网.政务</p>
  <p>网站标识码bm01000001 京ICP备05070218号</p>
</div>
</body>
</html>
"""
    (OUT / "portal-guofa-2018-39.html").write_text(page, encoding="utf-8")


NOTICE = [
    "上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知",
    "宝府办〔2019〕26号",
    "各镇人民政府，各街道办事处，区政府各委、办、局：",
    "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施方案》已经区政府同意，现印发给你们，请认真按照执行。",
    "上海市宝山区人民政府办公室",
    "2019年5月5日",
    "附件1",
    "2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单",
]
TASK_HEADER = ["序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点"]
TASK_ROWS = [
    (
        "1",
        "加强组织领导",
        "召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。",
        "区政府办公室",
        "各联席会议成员单位",
        "2019年3月",
    ),
    (
        "2",
        "加强组织领导",
        "将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。",
        "区委组织部（区公务员局）",
        "区绿化市容局",
        "2019年",
    ),
    (
        "3",
        "加强组织领导",
        "建立健全“两级政府、三级管理、四级落实”的生活垃圾分类责任体系，落实属地政府、区域管理职责。",
        "区政府办公室",
        "各街镇（园区）",
        "2019年6月",
    ),
    (
        "4",
        "加强组织领导",
        "完善街镇（园区）生活垃圾分类工作联席会议制度，加大日常综合协调和监督指导力度，细化各部门的责任分工，量化工作目标和任务指标，责任到人。",
        "各街镇（园区）",
        "各联席会议成员单位",
        "2019年3月",
    ),
    (
        "5",
        "推进基层建设",
        "将垃圾分类绿色账户工作纳入基层组织居民区,党组织管理的工作职责，发挥基层党组织核心作用，在社区形成党组织、居委、物业、业委的“四位一体”合力抓实四级垃圾分类联席会议制度。",
        "区委组织部、区民政局、区住房保障房屋管理局、区绿化市容局",
        "各街镇（园区）",
        "2019年6月",
    ),
    (
        "6",
        "推进基层建设",
        "落实街镇联席办及居（村）委每1-2周的垃圾分类工作分析评价制度，发挥居民自治能力，充分调动居民的积极性和主动性。",
        "区民政局",
        "各街镇（园区）",
        "2019年",
    ),
    (
        "7",
        "推进基层建设",
        "对接网格化管理机制，加大对城乡居住区生活垃圾分类工作监督检查频率，定期分析发现问题，建立情况通报机制。",
        "区城市网格化综合管理中心",
        "各联席会议成员单位",
        "2019年",
    ),
    (
        "8",
        "推进基层建设",
        "梳理成功典型案例及基层创造有效经验，在全区大力推广。结合区乡村振兴战略工作，积极推进农村生活垃圾分类示范村创建，发挥示范引领作用。",
        "区绿化市容局",
        "各联席会议成员单位",
        "2019年5月",
    ),
    (
        "9",
        "推进全面覆盖",
        "深入开展生活垃圾分类达标、示范街镇（园区），及农村生活垃圾分类达标、示范村创建活动,落实属地责任，将垃圾分类工作落实到人。",
        "各街镇（园区）",
        "区绿化市容局、\n区农业农村委",
        "2019年",
    ),
    (
        "10",
        "推进全面覆盖",
        "居住区、单位、公共场所垃圾分类完成全覆盖，严格执行居住区、单位、公共场所达标标准，将70%以上的源头实效分解至居住区、单位、公共场所促进街镇园区共同推进。",
        "区绿化市容局",
        "区商务委、区国资委、区住房保障房屋管理局、区民政局、区文化旅游局、区市场监管局",
        "2019年6月",
    ),
    (
        "11",
        "推进全面覆盖",
        "落实居住区分类垃圾箱房和分类投放点改造，推进居住区、公共场所生活垃圾投放容器、标识的规范化，短途驳运机具的规范化。",
        "区绿化市容局",
        "区住房保障房屋管理局",
        "2019年",
    ),
]


def make_docx() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, text in enumerate(NOTICE):
        p = d.add_paragraph(text)
        if i in (0, 1, 7):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif i in (4, 5):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = d.add_table(rows=1 + len(TASK_ROWS), cols=len(TASK_HEADER))
    table.style = "Table Grid"
    for j, h in enumerate(TASK_HEADER):
        table.cell(0, j).text = h
    for i, row in enumerate(TASK_ROWS, start=1):
        for j, value in enumerate(row):
            if j == 1:
                continue  # 任务名称 is merged below
            cell = table.cell(i, j)
            first, *more = value.split("\n")
            cell.text = first
            for extra in more:
                cell.add_paragraph(extra)
    # 任务名称 spans the rows of its group, as in the original table.
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(TASK_ROWS, start=1):
        groups.setdefault(row[1], []).append(i)
    for name, idx in groups.items():
        merged = table.cell(idx[0], 1).merge(table.cell(idx[-1], 1))
        merged.text = name
    d.add_paragraph("（此件公开发布）")
    d.core_properties.title = NOTICE[0]
    d.save(OUT / "task-table.docx")


def make_bad_text() -> None:
    (OUT / "empty.txt").write_bytes(b"")
    (OUT / "binary.txt").write_bytes(bytes(range(256)) * 16)
    # Valid in none of UTF-8, GB18030, Big5; as UTF-16 it is half-width katakana, not Chinese.
    (OUT / "undecodable.txt").write_bytes(bytes([0x80, 0xFF]) * 300 + b"\n")


MAKERS = {
    "gazette": make_gazette,
    "scanned": make_scanned,
    "truncated": make_truncated,
    "portal": make_portal,
    "docx": make_docx,
    "bad": make_bad_text,
}


def main(argv: list[str]) -> int:
    names = argv or list(MAKERS)
    unknown = [n for n in names if n not in MAKERS]
    if unknown:
        print(f"unknown fixture(s): {', '.join(unknown)}; choose from {', '.join(MAKERS)}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names:
        MAKERS[name]()
        print(f"made {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
