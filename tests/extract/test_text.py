"""Reading files in every encoding we accept, and the normalised view with its offset map."""

from __future__ import annotations

import codecs
import random
import re

import pytest
from policykg.errors import InputError
from policykg.extract.citations import _ATTACHMENT_LINE, _CHROME_LINE
from policykg.extract.pipeline import extract_text
from policykg.extract.structure import _TAIL_RE, MARKER_RE
from policykg.extract.text import decode_bytes, line_start_matches, normalise, read_file

SNIPPET = "为保障劳动者基本生活和合法权益，根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3号）精神"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(SNIPPET.encode("utf-8"), id="utf8"),
        pytest.param(codecs.BOM_UTF8 + SNIPPET.encode("utf-8"), id="utf8-bom"),
        pytest.param(SNIPPET.encode("gb18030"), id="gb18030"),
        pytest.param(SNIPPET.encode("gbk"), id="gbk"),
        pytest.param(SNIPPET.encode("utf-16"), id="utf16-bom"),
        pytest.param(SNIPPET.encode("utf-16-le"), id="utf16le-no-bom"),
        pytest.param(SNIPPET.encode("utf-16-be"), id="utf16be-no-bom"),
    ],
)
def test_decodes_every_supported_encoding(data: bytes) -> None:
    assert decode_bytes(data) == SNIPPET


def test_decodes_big5_traditional() -> None:
    text = "鄂政發〔2018〕26號 責任單位：省發展改革委"
    assert decode_bytes(text.encode("big5")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\n \t", "empty", id="whitespace-only"),
        pytest.param(bytes(range(256)) * 8, "binary", id="binary-nul"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes([0x80, 0x81, 0xFE, 0xFF]) * 50, "decode", id="undecodable"),
    ],
)
def test_bad_bytes_raise_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data)


def test_crlf_becomes_newline() -> None:
    assert decode_bytes("第一行\r\n第二行\r第三行".encode()) == "第一行\n第二行\n第三行"


def test_read_file_missing_and_folder(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_file(tmp_path)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("嘉政办发〔2024〕7 号", "嘉政办发〔2024〕7号", id="space-before-hao"),
        pytest.param("技改项目 1000 项以上", "技改项目1000项以上", id="spaces-around-number"),
        pytest.param("（嘉政发[2024]8 号）", "（嘉政发[2024]8号）", id="ascii-brackets-kept"),
        pytest.param("(责任单位:市科技局、市金融办)", "（责任单位：市科技局、市金融办）", id="ascii-punct-to-fullwidth"),
        pytest.param("达到９２％以上", "达到92%以上", id="fullwidth-digits"),
        pytest.param("责任单位：市科技局、市金融办", "责任单位：市科技局、市金融办", id="already-normal"),
        pytest.param("鄂政發〔2018〕26號", "鄂政发〔2018〕26号", id="traditional"),
        pytest.param("陜政发〔2017〕34号", "陕政发〔2017〕34号", id="variant-glyph-opencc-lacks"),
        pytest.param("长三角G60 科创走廊", "长三角G60科创走廊", id="latin-then-cjk"),
        pytest.param("GAZETTE OF THE", "GAZETTE OF THE", id="latin-words-keep-space"),
        pytest.param("的企业,2 4 年内其缴纳的税收", "的企业，2 4年内其缴纳的税收", id="two-figures-keep-space-hand-written"),
        pytest.param("１．新增就业１万人", "1.新增就业1万人", id="full-width-digits-and-stop"),
        pytest.param("1﹒新增就业1万人", "1.新增就业1万人", id="small-full-stop-after-an-item-number"),
        # hand-written in the form of a page that prints the small form variants of the marks
        pytest.param("地区生产总值增长6%﹔粮食产量稳定在8万吨以上﹐", "地区生产总值增长6%；粮食产量稳定在8万吨以上，",
                     id="small-semicolon-and-comma"),
        pytest.param("各乡镇﹑各部门﹕", "各乡镇、各部门：", id="small-enumeration-comma-and-colon"),
        pytest.param("﹙某政发﹝2024﹞3号﹚", "（某政发〔2024〕3号）", id="small-brackets-around-a-number"),
        # hand-written in the form of a document-sharing page's text: a space inside one figure
        pytest.param("列入加固计划4 6座。", "列入加固计划46座。", id="space-between-the-digits-of-a-count"),
        pytest.param("蓄水量在2 0万立方米以上", "蓄水量在20万立方米以上", id="space-inside-a-figure-before-its-unit"),
        pytest.param("坝脚外3 0至6 0米", "坝脚外30至60米", id="spaces-inside-both-ends-of-a-range"),
        pytest.param("序号 1 2个", "序号1 2个", id="a-figure-after-a-space-is-no-part-of-one-before"),
        # hand-written in the forms of mirror pages: a letter O for a zero in a number's year, a code's last
        # character after the bracket, 覆 for 复 in traditional script, a law database's status tag
        pytest.param("（国函[20O3]18号）", "（国函[2003]18号）", id="letter-O-in-a-numbers-year"),
        pytest.param("《关于某事的请示》(粤府[1999]函45号)收悉", "《关于某事的请示》（粤府函[1999]45号）收悉",
                     id="code-character-after-the-year"),
        pytest.param("國務院關於某某規劃的批覆", "国务院关于某某规划的批复", id="traditional-批覆"),
        pytest.param("全面覆盖", "全面覆盖", id="覆-alone-is-kept"),
        pytest.param("某部关于印发《某某办法》的通知[已废止]\n正文", "某部关于印发《某某办法》的通知\n正文",
                     id="status-tag-after-a-title"),
        pytest.param("x\n* a3 Q] b7 u; Z2 w. 国发〔2011〕9号\n某省人民政府：k4 ]. Y1 c) r8 [",
                     "x\n国发〔2011〕9号\n某省人民政府：", id="forum-jamming-at-line-ends"),
        pytest.param("甲 a b c d e f", "甲a b c d e f", id="letters-alone-are-no-jamming"),
        # hand-written in the form of a forum copy's jamming: a pipe glued to its marks is one of them, an item's
        # opening bracket the last run glues to the text is the text's, a pipe alone is a cell's border
        pytest.param("x\n* k, j/ c1 e8 _4 |# U4 b （二）新增就业1万人。", "x\n（二）新增就业1万人。",
                     id="forum-jamming-with-a-glued-pipe"),
        pytest.param("x\n/ B9 F% F9 p% f (一)失业率控制在4%以内", "x\n（一）失业率控制在4%以内",
                     id="forum-jamming-glued-to-an-items-bracket"),
        pytest.param("x\n4 x: M& J3 k) k2 y4 ]9 e | 2020年", "x\n|2020年", id="forum-jamming-ends-at-a-lone-cell-border"),
        # hand-written in the form of a law database's note on a text's validity: the site's, blanked
        pytest.param("某市关于某事的通知\n某某网提示：根据《某市关于清理文件的通知》（某政发〔2024〕8号）规定，继续有效。\n各区：",
                     "某市关于某事的通知\n各区：", id="law-database-validity-note"),
        pytest.param("温馨提示：请于5月底前报送材料。", "温馨提示：请于5月底前报送材料。", id="a-reminder-is-text"),
        # hand-written: a level's alternatives in tortoise-shell brackets are read as a name writes them; a year is not
        pytest.param("各县〔市、区〕政府、各乡〔镇〕，嘉政发〔2024〕3号", "各县（市、区）政府、各乡（镇），嘉政发〔2024〕3号",
                     id="a-levels-alternatives-in-tortoise-shell-brackets"),
        pytest.param("二、重要提示：《某市某某实施细则》（某政发〔2012〕5号）继续有效。",
                     "二、重要提示：《某市某某实施细则》（某政发〔2012〕5号）继续有效。", id="the-documents-own-note-on-validity-is-text"),
        # hand-written in the form of a page sown with glyph runs against copying; a single mark stays (a lead's ★)
        pytest.param("（责任单位◆★◆■★■：省某厅）先导区■◆■★，", "（责任单位：省某厅）先导区，", id="glyph-runs-go"),
        pytest.param("★区财政局、●区税务局", "★区财政局、●区税务局", id="a-single-glyph-stays"),
        # hand-written: a rating in stars and the marks a page prints for characters it lost are text
        pytest.param("创建★★★级景区2家，□□县人民政府", "创建★★★级景区2家，□□县人民政府", id="one-glyph-repeated-stays"),
        # a letter O typed for a zero in a figure (a DOCX text; held-out W13, 16); a chemical's or a model's O stays
        pytest.param("实施年均投资100O万元以上文旅项目12个", "实施年均投资1000万元以上文旅项目12个",
                     id="letter-O-closing-a-figure-is-a-zero"),
        pytest.param("到2O25年，建成1OO个，H2O、O2O、G6O", "到2025年，建成100个，H2O、O2O、G6O",
                     id="letter-O-inside-a-figure-is-a-zero-hand-written"),
    ],
)
def test_normalise_characters_and_spaces(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


# Real page breaks from the shared gazette.
PAGE_BREAKS = [
    pytest.param("建立覆盖领军企业、中小企业的分层分类科技计划项目支撑体系。(责任单\n\n位:市科技局)\n\n8. 发挥科研组织企业主导作用。",
                 "（责任单位：市科技局）\n8.发挥", id="inside-a-word"),
    pytest.param("1. 落地一批科技型中小企业。完善“众创空\n\n间—孵化器—加速器—产业园区”一体化科创项目孵化链条",
                 "完善“众创空间—孵化器", id="short-fragment-with-sentence"),
    pytest.param("加强要素争取,新增专项债300亿元以上、特别国债额度在全省占比达到GDP占\n\n比,争取奖励土地指标",
                 "达到GDP占比，争取", id="mid-sentence"),
    pytest.param("全力推进数字经济创新提质“一号发展工程”,实施制造业“两化”改造提质提效三年行动,全年实施\n\n技改项目 1000 项以上,完成制造业投资 1100 亿元以上",
                 "全年实施技改项目1000项以上", id="before-number"),
    pytest.param("各县区要按照职责分工，认真组织实施本工作方案\n\n确定的各项任务，确保按期完成。",
                 "实施本工作方案确定的各项任务", id="sentence-line-ending-in-a-type-word"),
    pytest.param("各街道要结合实际，加快推进生活垃圾\n\n分类投放设施建设，提升收运能力。",
                 "生活垃圾分类投放设施建设", id="next-line-opens-with-a-label-word"),
]


def test_a_contact_blocks_field_stands_apart_from_the_title_under_it() -> None:
    # hand-written in the form of a draft's consultation notice: its contact block, the address ending in a bureau,
    # then the draft's own title
    raw = ("征求意见期限：即日起至2024年5月10日\n联系电话：0000-1234567\n地址：某某县城关镇某某大道18号某某县行政审批局\n"
           "某某县推进新型智慧城市和数字乡村建设实施方案\n（征求意见稿）\n为加快数字乡村建设，制定本方案。\n")
    assert "某某县行政审批局\n某某县推进新型智慧城市和数字乡村建设实施方案" in normalise(raw).text


@pytest.mark.parametrize(("raw", "expected"), PAGE_BREAKS)
def test_page_breaks_inside_sentences_are_joined(raw: str, expected: str) -> None:
    assert expected in normalise(raw).text


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("一、着力扩大有效需求\n\n稳步扩大有效投资。", id="heading"),
        pytest.param("嘉兴市人民政府关于调整全市最低工资标准的通知\n\n嘉政发〔2024〕9号", id="title-then-number"),
        pytest.param("嘉兴市人民政府办公室\n2024 年 2 月 28 日", id="signature"),
        pytest.param("任命:\n\n朱海林任嘉兴市民政局副局长\n\n2024年2月份市政府、市政府办公室发文目录", id="appointment-line"),
        pytest.param("黄浦区发展和改革委员会黄浦区建设和管理委员会\n\n黄浦区规划和自然资源局黄浦区住房保障和房屋管理局", id="joint-signature"),
        pytest.param("牵头单位：市科技局\n完成时限：2024年底", id="label-lines"),
        pytest.param("南湖市推进老旧小区改造工作方案\n\n为贯彻落实省委、省政府关于城市更新的工作部署，特制订本方案。",
                     id="title-over-blank-line-then-body"),
        pytest.param("2022-11-08 09:30 区人民政府办公室\n索 引 号 MB0000001/2022-00311 发文日期 2022-11-07",
                     id="metadata-line-labels-without-colons"),
        pytest.param("分   类 综合政务 有 效 性 有效\n\n各镇人民政府、街道办事处，区政府各部门：",
                     id="metadata-line-then-addressees"),
        pytest.param("發文機構潯陽市人民政府辦公廳發文字號潯政辦〔2021〕3號\n發布日期2021年02月10日有效性有效",
                     id="metadata-labels-glued-to-values"),
        pytest.param("6100000000/2023-000017\n  • 主题分类:", id="bulleted-metadata-label"),
        # hand-written in the form of a news portal's byline (#15)
        pytest.param("某某省2023年国民经济和社会发展计划执行情况与2024年计划草案\n\n2024/2/10 10:02:59  某某省发展和改革委员会  人气:63",
                     id="title-then-byline"),
        pytest.param("2024-02-10 10:02  某某省发展和改革委员会  人气:63\n\n某某省2023年国民经济和社会发展计划执行情况的报告",
                     id="byline-then-heading"),
        # hand-written in the form of a progress report's table exported one row a line, cells apart by spaces
        pytest.param("2023年镇政府工作报告重点任务第三季度落实情况统计表\n序号 重点任务 责任单位 落实情况",
                     id="title-then-a-table-header-of-spaced-column-names"),
        # hand-written in the form of a red-header notice (#15): the masthead, alone and over its number
        pytest.param("第一篇:某某县某某镇人民政府文件\n某某县某某镇人民政府文件 某府发[2003]7号\n"
                     "某某县某某镇人民政府 关于印发某某规划的通知 各村民委员会:", id="masthead-lines"),
        # hand-written in the form of PDF text (#15): a number line whose year lost its brackets
        pytest.param("某某县人民政府关于印发招商引资优惠政策的通知\n（某发201120 号）", id="title-then-bracketless-number"),
        # hand-written: a title whose type word is any document type, then its body on the next line
        pytest.param("关于促进民营经济高质量发展的若干措施\n为进一步激发民营经济活力，制定以下措施。", id="measures-title-then-body"),
        pytest.param("关于第三季度全县安全生产情况的督查通报\n各乡镇人民政府：", id="report-title-then-addressees"),
        # a 政府信息公开工作年度报告 whose body opens by naming the report itself
        pytest.param("合江县人民政府办公室2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》规定编制。",
                     id="report-title-then-the-body-naming-the-report"),
        pytest.param("2024年工作总体要求和目标任务\n\n2024年政府工作的总体要求是：坚持稳中求进工作总基调。",
                     id="unmarked-heading-over-blank-line-hand-written"),
        # hand-written in the form of a portal page (沈阳 解读): a breadcrumb trail, then the page's title
        pytest.param("首页 -> 专题 -> 政策与解读 -> 实施扩大内需战略推动经济发展\n《某市人民政府关于印发2023年任务分解表的通知》政策解读",
                     id="breadcrumb-trail-then-title"),
        # hand-written in the form of a ministry's page: the trail opens with 您当前所在位置
        pytest.param("您当前所在位置:首页>政务公开>政府信息公开>规划计划>部委\n某某部2024年政务公开工作要点",
                     id="breadcrumb-where-you-are-then-title"),
        # dev 23 (a task table flattened one cell a line): the lead cell, then the supporting cell
        pytest.param("建设主管部门、区规划资源局\n区水务局、区绿化市容局、区国动办、区房管局、区规划资源局",
                     id="unit-cell-then-unit-cell"),
        # hand-written in the form of a progress report: a unit cell, then the progress cell
        pytest.param("区交通局、各街道\n已完成设计，正在施工。", id="unit-cell-then-text-cell"),
        # hand-written in the form of a portal's table (#15): pipe rows without pipes at their starts
        pytest.param("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n1 | 新建城西小学,增加学位2400个 | 周立新 | 县教育局 |",
                     id="pipe-header-ending-in-a-pipe-then-row"),
        pytest.param("1 | 新建城西小学,增加学位2400个 | 周立新 | 县教育局\n2 | 完成15个村饮水工程改造 | 何文 | 县水利局",
                     id="pipe-row-then-row-opening-with-its-serial"),
        pytest.param("新建城西小学 | 增加学位2400个 | 县教育局\n完成15个村饮水工程改造 | 改造率达到80% | 县水利局",
                     id="pipe-rows-with-as-many-pipes"),
        # hand-written in the forms of an opinion dated under its title and a task list that counts its items
        pytest.param("某某部关于推进渔业转型升级工作部署的实施意见\n(2024年3月12日)", id="title-then-its-date-in-brackets"),
        pytest.param("区政府2024年重点工作目标任务分解落实方案\n(共118项)", id="title-then-a-count-of-its-items"),
        # hand-written in the form of a county portal: a title broken after 关于印发, its last line, then the addressees
        pytest.param("某某县突发性地质灾害应急预案的通知\n各镇人民政府、街道办事处，县政府各部门、各直属机构：",
                     id="title-last-line-then-addressees"),
        # hand-written in the form of a listing page: an entry cut short, a file's link, each a line of its own
        pytest.param("2023-03-02导出word某某州人民政府关于印发某某州用地审批事项实施 ...\n1 某某州人民政府关于印发某某州用地审批"
                     "事项实施方案的通知.pdf", id="listing-entry-cut-short-then-file-link"),
        pytest.param("1 某某州人民政府关于印发某某州用地审批事项实施方案的通知.pdf\n某某州人民政府关于印发某某州用地审批事项实施方案的通知",
                     id="file-link-then-title"),
        # hand-written from a region target table (达州 十二五): its title, holding 各县（市、区）, then its header row
        pytest.param("达州市“十二五”各县(市、区)碳强度下降目标分解表\n\n县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 |",
                     id="table-title-over-a-blank-line-then-its-pipe-header"),
        pytest.param("达州市“十二五”各县(市、区)碳强度下降目标分解表\n县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 |",
                     id="table-title-then-its-pipe-header"),
        # real (a legal-knowledge site): a byline opening with a label of no key and a time stamp, then the title
        pytest.param("时间:2022-11-27 09:17:08来源:法律常识\n虹口区155街坊房屋征收与补偿方案", id="byline-with-a-time-stamp-then-title"),
        # real (an association's news page): a trail naming no home page, then the headline over a blank line
        pytest.param("南阳生态文明促进会   >   生态聚焦   >   热门话题\n\n国务院发布落实《政府工作报告》重点工作部门分工意见,"
                     "实施乡村振兴战略的四项工作由哪些部门牵头?", id="trail-without-a-home-page-then-headline"),
        # real (a traditional-script mirror): the title, then the body's first sentence opening with it again
        pytest.param("梓潼縣征收農用地區片綜合地價標準\n梓潼縣征收農用地區片綜合地價標準已于2023年9月28日經《四川省人民政府關于同意各市"
                     "(州)征收農用地區片綜合地價標準的批復》(川府函〔2023〕222號)批准,現公告如下:", id="title-then-body-opening-with-it-again"),
        # real (a forum's repost): a headline holding no clause, then the addressees of the notice under it
        pytest.param("2020年平昌征收农用地区片综合地价标准公布!最低40700元/亩\n各镇人民政府,各街道办事处,平昌经济开发区,县政府有关部门:",
                     id="headline-then-addressees"),
        pytest.param("某县农村饮水提升工程全面完工！受益群众3.2万人\n各乡镇人民政府，县直有关部门：",
                     id="headline-then-addressees-hand-written"),
    ],
)
def test_line_breaks_between_units_are_kept(raw: str) -> None:
    assert "\n" in normalise(raw).text


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # real (heldAA14 05, a city's news page): the lead announcing the text (详情如下:), the text's title, its opening
        pytest.param("宿迁市公布2022年度水污染防治工作方案,共计投资43.16亿元。详情如下:\n宿迁市2022年度水污染防治工作方案\n"
                     "为打好水污染防治工作主动仗,推动碧水保卫战向精细、精准迈进,根据有关要求,制定本方案。",
                     "宿迁市2022年度水污染防治工作方案", id="title-under-an-announcing-lead"),
        pytest.param("某县印发农村公路养护办法，全文如下：\n某县农村公路日常养护与管理考核办法\n根据《公路法》，结合本县实际，制定本办法。",
                     "某县农村公路日常养护与管理考核办法", id="title-under-an-announcing-lead-hand-written"),
    ],
)
def test_a_title_under_a_lead_announcing_the_text_stands_alone(raw: str, title: str) -> None:
    # the text the page prints under its lead opens as a page's first line does: its title a line of its own
    assert title in normalise(raw).text.split("\n")


@pytest.mark.parametrize(
    "raw",
    [
        # held-out health plan (宁国): the goals under a colon, one a line, no end punctuation
        pytest.param("到2025年实现以下目标:\n城乡居民健康素养水平达到25%以上\n农村卫生厕所普及率稳定在90%以上\n"
                     "基层医疗卫生机构标准化建设达标率100%\n建成300个国家级健康县区、1000个健康乡镇、5000个健康村",
                     id="goals-one-a-line-closed-by-a-figure"),
        pytest.param("全市城区绿化覆盖率达到45%以上\n全市新建口袋公园和街头绿地12个以上", id="goals-one-a-line-hand-written"),
    ],
)
def test_goals_listed_one_a_line_stay_lines_of_their_own(raw: str) -> None:
    lines = normalise(raw).text.split("\n")
    assert len(lines) == raw.count("\n") + 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a portal's table (#15): two units of one cell apart by a space
        pytest.param("1 | 新建城西小学 | 周立新 | 县教育局 各相关乡镇政府 | 已完工 |", "|县教育局、各相关乡镇政府|",
                     id="two-units-in-a-cell"),
        pytest.param("| 1 | 改造市场 | 县商务局、县财政局 各乡镇 |", "|县商务局、县财政局、各乡镇|", id="list-and-unit-in-a-cell"),
        pytest.param("1 | 新建城西小学 | 周立新 李华 | 县教育局 |", "|周立新李华|", id="people-in-a-leader-cell"),
        pytest.param("1 | 新建城西 小学 | 县教育局 |", "|新建城西小学|", id="words-of-a-task-cell"),
        pytest.param("县教育局 各相关乡镇政府负责", "县教育局各相关乡镇政府负责", id="no-pipe-no-cell"),
    ],
)
def test_units_apart_by_a_space_in_a_pipe_cell_are_a_list(raw: str, expected: str) -> None:
    assert expected in normalise(raw).text


@pytest.mark.parametrize(
    "raw",
    [
        # hand-written: a row's task cell wraps onto the next line, which holds the row's other pipes
        pytest.param("| 1 | 推进城西片区改造，加快老旧小区更新，完善配套设施，提升居住品质，改善人居环境，\n"
                     "完成道路建设。 | 县住建局 |", id="leading-pipe"),
        pytest.param("1 | 推进城西片区改造，加快老旧小区更新，完善配套设施，\n"
                     "提升居住品质，改善人居环境，完成道路建设。 | 县住建局 | 2024年 |", id="no-leading-pipe"),
    ],
)
def test_a_pipe_row_whose_cell_runs_onto_the_next_line_is_joined(raw: str) -> None:
    assert "\n" not in normalise(raw).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # 国办函〔2016〕38号: a quantified task table printed one row a line, its cells apart by spaces
        pytest.param("序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n"
                     "3 安排财政赤字2.18万亿元，赤字率提高到3% 财政部",
                     ["序号工作任务牵头负责部门", "1居民消费价格涨幅3%左右发展改革委", "2城镇新增就业1000万人以上人力资源社会保障部",
                      "3安排财政赤字2.18万亿元，赤字率提高到3%财政部"], id="space-separated-table-rows"),
        # hand-written in the same form: a part of the list (serials skipped), a task cell wrapped onto the next line
        pytest.param("编号 工作任务 责任单位\n1 新建城北幼儿园，增加学位600个 县教育局\n3 完成8个村道路硬化，\n"
                     "打通断头路5条，改造危桥3座 县交通运输局\n4 新增公共停车位800个 县住建局",
                     ["编号工作任务责任单位", "1新建城北幼儿园，增加学位600个县教育局", "3完成8个村道路硬化，打通断头路5条，改造危桥3座县交通运输局",
                      "4新增公共停车位800个县住建局"], id="space-separated-rows-serials-skipped-a-cell-wrapped-hand-written"),
    ],
)
def test_the_rows_of_a_space_separated_table_stay_lines_of_their_own(raw: str, expected: list) -> None:
    assert normalise(raw).text.split("\n") == expected


def test_offset_map_returns_raw_evidence_on_the_gazette(gazette_path) -> None:
    raw, _ = read_file(gazette_path)
    tm = normalise(raw)
    squash = re.compile(r"\s+")
    rng = random.Random(7)
    for _ in range(3000):
        s = rng.randrange(len(tm.text) - 40)
        e = s + rng.randrange(1, 40)
        rs, re_ = tm.to_raw(s, e)
        # The raw span holds the same characters once whitespace and full-width forms are folded.
        assert squash.sub("", normalise(raw[rs:re_]).text) == squash.sub("", tm.text[s:e]).replace("\n", "")


def test_normalise_is_linear_enough() -> None:
    # One long line and many short ones both normalise without pathological cost.
    text = ("推动设立科技企业孵化器联合基金，重点支持 20 个孵化平台。\n\n" * 20000)
    tm = normalise(text)
    assert tm.text.count("孵化平台") == 20000


# ---------------------------------------------------------------------------
# Digit runs a line (PDF text) and bodies on one line (CMS exports), offsets kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of a joint ministries' notice (#11): two issuers a line, then the date
        pytest.param("现将方案印发给你们。\n生态环境部 交通运输部\n\n某某省人民政府 某某市人民政府\n2022年10月20日",
                     "现将方案印发给你们。\n生态环境部\n交通运输部\n某某省人民政府\n某某市人民政府\n2022年10月20日",
                     id="two-issuers-a-line-over-the-date"),
        # the same names in a line that is no signature (no date under it) stay as they were
        pytest.param("生态环境部 交通运输部\n负责推进方案实施。", "生态环境部交通运输部\n负责推进方案实施。", id="names-over-a-sentence"),
        # hand-written in the form of a joint notice of many bodies: three a line, wrapping onto the next
        # lines, the bank and a people's organisation among them; no line joins the next
        pytest.param("现将方案印发给你们。\n农业农村部 交通运输部 国家发展改革委员会\n水利部 人民银行 全国工商联\n2023年3月8日",
                     "现将方案印发给你们。\n农业农村部\n交通运输部\n国家发展改革委员会\n水利部\n人民银行\n全国工商联\n2023年3月8日",
                     id="three-issuers-a-line-wrapping"),
        # hand-written in the form of a mirror glossing some characters: the names are read without the readings
        pytest.param("现将方案印发给你们。\n交(jiāo)通运输部 农业农村部\n2023年3月(yuè)(yuè)8日",
                     "现将方案印发给你们。\n交通运输部\n农业农村部\n2023年3月8日", id="glossed-issuers-and-date"),
    ],
)
def test_issuers_signing_side_by_side_are_parted(raw: str, expected: str) -> None:
    tm = normalise(raw)
    assert tm.text == expected
    i = tm.text.index("交通运输部")
    s, e = tm.to_raw(i, i + 5)
    assert normalise(raw[s:e]).text == "交通运输部"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # real (永嘉, a portal's annual report): a numbered heading and its body printed on one line apart by a space
        pytest.param("一、总体情况 本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。",
                     "一、总体情况\n本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。", id="heading-space-body"),
        # real (东柳, a subdistrict's work report): the heading's words hold a year, the body opens with one
        pytest.param("一、2023年工作回顾 2023年是全面贯彻党的二十大精神开局之年。",
                     "一、2023年工作回顾\n2023年是全面贯彻党的二十大精神开局之年。", id="heading-with-a-year-space-body"),
        # hand-written: a second-level heading in brackets
        pytest.param("（二）主要做法 全面推行河长制。", "（二）主要做法\n全面推行河长制。", id="bracketed-heading-space-body"),
        # hand-written: no sentence after the space (a heading's words apart), or a sentence's own words: one line
        pytest.param("一、加快建设 现代化产业体系", "一、加快建设现代化产业体系", id="heading-words-apart-no-sentence"),
        pytest.param("一、全面推进乡村振兴，坚持 农业农村优先发展。", "一、全面推进乡村振兴，坚持农业农村优先发展。",
                     id="a-sentence-under-a-marker-no-heading"),
    ],
)
def test_a_heading_and_its_body_on_one_line_are_parted(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_an_annual_reports_heading_on_its_bodys_line_still_opens_the_report() -> None:
    # real (永嘉, a portal's 政府信息公开年度报告, shortened): the report's first heading and its body on one line; the
    # tallies of the year it reports are no targets
    text = ("一、总体情况 本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。全文包括总体情况、主动公开政府信息情况等。"
            "（一）政府信息主动公开情况2023年度在某县政府信息公开网站上共新增主动公开政府信息50条，其中机构类信息20条、工作类信息11条。\n")
    assert [r for r in extract_text(text).dicts() if r["type"] == "target"] == []



@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("凤冈县人民政府办公室\n2022\n年\n3\n月\n1\n日\n", "凤冈县人民政府办公室\n2022年3月1日", id="date-digit-runs"),
        pytest.param("凤府办发〔\n2022\n〕\n15\n号\n各镇人民政府：", "凤府办发〔2022〕15号\n各镇人民政府：", id="docnum-gb-brackets"),
        pytest.param("崇委办发[\n2020\n]\n12\n号", "崇委办发[2020]12号", id="docnum-ascii-brackets"),
        pytest.param("签发日期：2023\n年\n12\n月\n8\n日", "签发日期：2023年12月8日", id="date-after-label"),
        # hand-written in the form of PDF text (#4): spaces around the digits, blank lines between the parts
        pytest.param("根据《某某条例实施意见》（某发〔\n\n2021 〕 9 号）、《某某通知》（某政发〔\n\n2021 〕 31\n\n号）精神，",
                     "根据《某某条例实施意见》（某发〔2021〕9号）、《某某通知》（某政发〔2021〕31号）精神，",
                     id="docnum-spaced-over-blank-lines"),
    ],
)
def test_digit_runs_split_over_lines_are_joined(raw: str, expected: str) -> None:
    tm = normalise(raw)
    assert tm.text == expected
    i = tm.text.index("20")
    s, e = tm.to_raw(i, i + 4)
    assert raw[s:e] == tm.text[i:i + 4]


@pytest.mark.parametrize(
    "raw",
    [
        # real: dev/16, a table flattened one cell a line: a serial, then a town named 月浦镇
        pytest.param("10\n罗店镇\n11\n月浦镇\n12\n杨行镇", id="serial-then-name"),
        pytest.param("（三）加强组织保障\n2\n个工作组", id="figure-then-words"),
        pytest.param("目标（2024-2026年\n1.加强管理。", id="year-then-numbered-item"),
    ],
)
def test_digits_on_their_own_line_that_are_not_split_numbers(raw: str) -> None:
    assert normalise(raw).text.count("\n") == raw.count("\n")


ONE_LINE = ("铜仁市碧江区人民政府关于加强停车管理的通知\u3000\u3000碧府发〔2022〕8号\u3000\u3000各乡镇人民政府，区政府各部门："
            "\u3000\u3000为规范停车秩序，现通知如下。\u3000\u3000一、总体要求。坚持规划引领、规范管理，到2024年新增泊位3000个。"
            "   二、职责分工。区住房城乡建设局负责公共停车场规划建设。  三、本通知自2022年6月1日起施行。")


def test_one_line_body_gets_its_paragraphs_back() -> None:
    tm = normalise(ONE_LINE)
    lines = tm.text.split("\n")
    assert lines[:3] == ["铜仁市碧江区人民政府关于加强停车管理的通知", "碧府发〔2022〕8号", "各乡镇人民政府，区政府各部门："]
    assert [li[:2] for li in lines[4:]] == ["一、", "二、", "三、"]
    i = tm.text.index("二、")
    s, e = tm.to_raw(i, i + 5)
    assert ONE_LINE[s:e] == "二、职责分"


def test_one_line_body_under_header_lines_breaks_only_inside_its_own_line() -> None:
    # A portal copy: short header lines (their indents are layout), then the body on one line;
    # indents opening or closing a line are never paragraph breaks.
    raw = ("碧府发〔2022〕8号\u3000\u3000\n\u3000\u3000各乡镇人民政府，区政府各部门：\n\u3000\u3000" + ONE_LINE[61:]
           + "\u3000\u3000\n区人民政府  2022年5月1日")
    lines = normalise(raw).text.split("\n")
    assert lines[:2] == ["碧府发〔2022〕8号", "各乡镇人民政府，区政府各部门："]
    assert [li[:2] for li in lines[3:6]] == ["一、", "二、", "三、"]
    assert lines[-1] == "区人民政府2022年5月1日"


# hand-written in the form of a town portal's export (山福镇, #15): the whole body on one line, its
# parts apart by single spaces
LONE_SPACED = (
    "文号 | 某山政〔2021〕15号 |\n各科室，各站所，各村: 为提高处置突发公共事件的能力，最大程度地减少突发公共事件造成的损害，"
    "保障公众的生命财产安全，维护社会稳定，促进全镇经济社会全面、协调、可持续发展，经镇党委、镇政府研究同意，结合本镇"
    "近年来突发公共事件的发生情况和应急管理工作实际，对原预案作了全面修订，"
    "经研究，制定《某某镇突发公共事件总体应急预案（修订）》，现印发给你们，请认真贯彻执行。 "
    "附件:某某镇突发公共事件总体应急预案（修订） 某某市某某区某某镇人民政府 2021年9月12日 "
    "某某镇突发公共事件总体应急预案（修订） 1.总则 提高处置突发公共事件的能力，促进我镇经济社会全面、协调、可持续发展。"
    "根据有关法律、法规、规章以及《某某市突发公共事件总体应急预案》，结合本镇实际，制定本预案。 2.组织体系 镇人民政府是本镇"
    "突发公共事件应急管理工作的行政领导机构，由镇长任组长，分管副镇长任副组长，各办、所、站负责人为成员。 第 2 页 共 9 页"
)


def test_one_line_body_apart_by_single_spaces_gets_its_parts_back() -> None:
    lines = normalise(LONE_SPACED).text.split("\n")
    assert lines[1] == "各科室，各站所，各村："
    assert lines[3:7] == ["附件：某某镇突发公共事件总体应急预案（修订）", "某某市某某区某某镇人民政府", "2021年9月12日",
                          "某某镇突发公共事件总体应急预案（修订）"]
    assert [li[:4] for li in lines[7:]] == ["1.总则", "2.组织"]  # a full stop's space and page figures stay layout


# hand-written in the form of a provincial portal's copy: the whole header and body on one line,
# the issuer, the title's two printed lines and the number apart by single spaces
LONE_SPACED_HEADER = (
    "某某省人民政府 关于明确政府工作报告提出的2024年 重点工作责任单位的通知 某政〔2024〕7号 "
    "现将《政府工作报告》提出的2024年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案，"
    "明确时间节点、责任领导、主要措施，并于2024年6月25日前向省政府报告进展情况。省政府办公厅要对重点工作任务"
    "落实情况进行跟踪督办，及时掌握和定期通报重点工作进展情况，确保年度重点工作任务圆满完成。 一、加快提振市场信心 "
    "（一）全面促进消费增长。 1.把恢复和扩大消费摆在优先位置，改善消费条件，创新消费场景。（省商务厅牵头）"
    "各地要结合实际抓好落实，确保各项任务按期完成，不断增强人民群众的获得感、幸福感和安全感。 "
    "2.推动汽车、家电、家具等大宗消费，支持县域商业体系建设，发展夜间经济和假日经济，培育新型消费业态，"
    "扩大养老、育幼、家政、文旅等服务消费，促进线上线下消费融合发展，持续举办各类促消费活动。（省商务厅、省财政厅负责）"
)


def test_one_line_header_parts_title_number_and_body() -> None:
    lines = normalise(LONE_SPACED_HEADER).text.split("\n")
    assert lines[:2] == ["某某省人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知", "某政〔2024〕7号"]
    assert lines[2].startswith("现将《政府工作报告》")


def test_spaces_inside_a_line_of_a_multi_line_text_are_layout() -> None:
    # real: the gazette spaces out numbers; a text with line breaks keeps its lines as they are
    raw = "到 2025 年，全市新增公共停车泊位  3000 个以上。\n二、职责分工。"
    assert normalise(raw).text == "到2025年，全市新增公共停车泊位3000个以上。\n二、职责分工。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Hand-written in the form of a mirror that prints a reading after some characters.
        ("川辦函〔2015〕54號(hào)\n經(jīng)省政府同意", "川办函〔2015〕54号\n经省政府同意"),
        ("省政府各直屬機(jī)構(gòu)：", "省政府各直属机构："),
        # Not readings: no tone mark, or not after a Han character.
        ("专利合作条约(PCT)途径", "专利合作条约（PCT）途径"),
        ("第(a)项", "第（a）项"),
        ("Beijing (běi)", "Beijing（běi）"),
        # Hand-written in the form of a mirror glossing without tone marks (湖北, #15): several readings
        # make the text a glossed copy; letters that read as no syllable stay
        ("關于印發2024年(nian)全市生(sheng)態(tai)環境工作要點的通知\n道路長度(km)", "关于印发2024年全市生态环境工作要点的通知\n道路长度（km）"),
        # a character glossed twice in a glossed copy (广西, #16)
        ("現將《某某自治(zhi)區(qu)(qu)農田建設(she)方案》印發(fa)給你們", "现将《某某自治区农田建设方案》印发给你们"),
        # one bracket of letters alone is no gloss: a unit or a name
        ("种植面积(ha)达到300公顷", "种植面积（ha）达到300公顷"),
        # Hand-written in the form of a mirror noting a character's traditional form or reading in brackets after it
        ("年内新建公办(繁体:辦)学校3所、中小学(繁:學)学位2000个", "年内新建公办学校3所、中小学学位2000个"),
        ("新建公办《繁体:辦》学校3所，入学[繁体:學]难，其中{拼音:zhōng}：", "新建公办学校3所，入学难，其中："),
        # a toneless reading note in a glossed copy goes as a toned one does
        ("印发2024年(nian)全省农(nong)业(ye)工作要点\n其中{拼音:zhong}：粮食产量", "印发2024年全省农业工作要点\n其中：粮食产量"),
        # a title in 《》 that opens with 繁 is no note
        ("《繁体字整理》研究", "《繁体字整理》研究"),
        # Hand-written in the forms of pages that kept a CMS's inline formatting inside the text
        ("某某市</font></span>人民政府办公</font>室负责", "某某市人民政府办公室负责"),
        ("国务院令第<\\/font>711号", "国务院令第711号"),
        ('<font color="red">第7</span>1条</font>', "第71条"),
        # not a tag: comparison signs, and a line break written as a tag stays for the HTML reader
        ("x < 5 且 y > 3", "x<5且y>3"),
        ("甲<br>乙", "甲<br>乙"),
    ],
    ids=["pinyin-reading-after-a-number", "pinyin-readings-inside-words", "latin-abbreviation-kept",
         "item-letter-kept", "not-after-a-han-character", "toneless-readings-of-a-glossed-copy",
         "a-character-glossed-twice", "one-unit-in-letters-kept", "conversion-notes-in-round-brackets",
         "conversion-notes-in-other-brackets", "toneless-reading-note-in-a-glossed-copy",
         "title-opening-with-the-word-kept", "closing-tags-inside-a-name", "json-escaped-tag-inside-a-number",
         "tags-with-attributes-between-digits", "comparison-signs-kept", "other-markup-kept"],
)
def test_readings_and_inline_tags_printed_inside_words_are_dropped(raw: str, expected: str) -> None:
    tm = normalise(raw)
    assert tm.text == expected
    # the characters after a dropped reading or tag still point at themselves in the raw text
    for i, ch in enumerate(tm.text):
        s, e = tm.to_raw(i, i + 1)
        assert e - s == 1 and normalise(raw[s:e]).text in (ch, "")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # 湖北省人民政府令第435号: an article marker takes the line break after it, the next
        # marker opens the very next line.
        (MARKER_RE, "第一章 总则\n第一条\n①为了加强对人工影响天气工作的管理，制定本办法。\n第二条 在本省行政区域内"),
        (MARKER_RE, "一、总体要求\n（一）坚持稳中求进。\n1.建立工作机制。\n二、职责分工"),
        (_TAIL_RE, "二、职责分工\n特此通知。\n附件：1.任务分解表\n2024年2月8日"),
        (_ATTACHMENT_LINE, "附件\n\n1.青浦区建筑垃圾管理细则\n附件1\n青浦区建筑垃圾管理细则\n\n# 附件2：土方管理平台职责清单"),
        (_CHROME_LINE, "当前位置：首页>政府文件\n分享到：\n正文\n  上一篇：《X》\n相关解读：政策解读"),
    ],
    ids=["article-marker-takes-the-line-break", "nested-markers", "tail-lines", "attachment-lines-over-blank-lines",
         "portal-link-lines"],
)
def test_line_start_matches_are_the_patterns_own(pattern, text: str) -> None:
    assert len(list(pattern.finditer(text))) >= 2
    for pos in range(len(text) + 1):
        got = [(span, m.groups()) for span, m in line_start_matches(pattern, text, pos)]
        assert got == [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]


def test_line_start_matches_refuses_an_unanchored_pattern() -> None:
    with pytest.raises(ValueError):
        list(line_start_matches(re.compile("附件"), "附件"))


def test_a_clause_after_a_small_semicolon_is_read_hand_written() -> None:
    from policykg.extract.targets import find_targets

    text = normalise("2024年主要预期目标：地区生产总值增长6%左右﹔粮食总产量保持在9.5万吨以上。").text
    assert [(t.indicator, t.value) for t in find_targets(text, document=None)[0]] == [
        ("地区生产总值增长", 6), ("粮食总产量", 9.5)]


def _paragraph_breaks_line_by_line(raw: str) -> frozenset[int]:
    """The indents and single-space breaks of ``raw``, read a line at a time (the reference)."""
    from policykg.extract.text import (
        _OPENS_PARAGRAPH,
        _SENTENCE_END,
        LONE_SPACE_BODY,
        ONE_LINE_BODY,
        _lone_space_breaks,
    )

    if len(raw) < ONE_LINE_BODY:
        return frozenset()
    out: set[int] = set()
    pos = 0
    for line in raw.split("\n"):
        if len(line) >= ONE_LINE_BODY:
            for m in re.finditer(r"[ \t\u3000\xa0]{2,}", line):
                a, b = m.span()
                if a and b < len(line) and ("\u3000\u3000" in m.group(0) or line[a - 1] in _SENTENCE_END
                                            or _OPENS_PARAGRAPH.match(line, b)):
                    out.add(pos + a)
        if len(line) >= LONE_SPACE_BODY and " " in line:
            out.update(_lone_space_breaks(raw, pos, pos + len(line)))
        pos += len(line) + 1
    return frozenset(out)


def test_paragraph_breaks_match_a_line_by_line_reading() -> None:
    from policykg.extract.text import _paragraph_breaks, translate

    rng = random.Random(7)
    parts = ["为保障劳动者", "基本生活。", "  ", "\u3000\u3000", " \t", "\xa0 ", " ", "一、总则", "2024年3月1日",
             "某某镇人民政府", "附件：", "（1）", "\n", "\n\n", "x" * 90, "甲" * 200]
    for _ in range(300):
        raw = "".join(rng.choice(parts) for _ in range(rng.randint(1, 60)))
        assert _paragraph_breaks(raw, translate(raw)) == _paragraph_breaks_line_by_line(raw), raw


def test_translate_of_a_long_text_is_the_tables_translation() -> None:
    from policykg.extract.text import _translation, translate

    rng = random.Random(11)
    alphabet = [chr(c) for c in _translation()][::7] + list("为保障劳动者 \n（）123abc〔〕") + ["𠀀", "\U0002b726"]
    for size in (100, 600, 5000):
        text = "".join(rng.choice(alphabet) for _ in range(size))
        assert translate(text) == text.translate(_translation())
    lone = "臺灣\ud800" * 300  # a lone surrogate: the table's own translation
    assert translate(lone) == lone.translate(_translation())


def test_every_decimal_digit_reads_as_its_ascii_digit() -> None:
    # The number patterns read 0-9: normalising makes the digits of every script ASCII (full-width
    # ０-９ in Chinese pages, and any other Unicode decimal digit), one character for one.
    import unicodedata

    from policykg.extract.text import DECIMAL_ZEROS, translate

    digits = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd")
    assert translate(digits) == "".join(str(unicodedata.decimal(c)) for c in digits)
    assert translate("x" * 600 + digits)[600:] == translate(digits)  # the long-text path too
    assert len(DECIMAL_ZEROS) * 10 + 10 == len(digits)  # every script's ten, besides ASCII 0-9


def test_char_positions_reads_sets_that_share_characters() -> None:
    from policykg.extract.text import char_positions

    text = "甲，乙。丙\n丁｜"
    assert char_positions(text, "，。；\n｜", "。\n") == [[1, 3, 5, 7], [3, 5]]
    assert char_positions(text, "。") == [[3]]
    assert char_positions("a\ud800。", "。") == [[2]]  # a lone surrogate: read by a regex scan instead


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("社會(huì )資本", "社会资本", id="reading-with-a-space-before-its-bracket"),
        pytest.param("乾县人民政府 乾政发〔2024〕3号", "乾县人民政府乾政发〔2024〕3号", id="qian-is-a-simplified-character-too"),
        pytest.param("雜費", "杂费", id="traditional-still-folded"),
    ],
)
def test_readings_and_characters_kept_or_folded(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_a_pages_line_over_a_titles_first_line_naming_its_issuers_stays_apart() -> None:
    # hand-written in the form of a spam-wrapped repost: a page's line, then a joint title's first line, its
    # issuers first and its type word on the next line
    raw = "某某视频记者 某某 报道新用户注册领取88元礼包\n国家某某发展委 某某部 某某部关于加强\n某某服务收费管理的通知\n某发〔2024〕8号"
    assert normalise(raw).text.split("\n")[0] == "某某视频记者某某报道新用户注册领取88元礼包"


# Hand-written in the form of a 公文's PDF text (GB/T 9704: 28 characters a line), every physical
# line on its own line: sentences, a 《title》 and annotations cut anywhere, a page number between the
# two halves of a sentence, a line a character longer where punctuation is pulled back or figures
# print half-width, indents of two full-width spaces.
HARD_WRAPPED = """某某市人民政府办公室关于加强城市
道路养护管理工作的通知
某政办发〔2024〕12号
各区人民政府，市政府各部门：
　　为进一步提升城市道路养护管理水平，保障道路安全畅通，经
市政府同意，现就有关事项通知如下：
　　一、明确工作目标
　　到2025年底，全市城市道路完好率达到95%以上，主干道路
面平整度合格率不低于98%，重点区域道路巡查实现全覆盖，
群众投诉处理及时率达到100%。（责任单位：市城市管理局、
市交通运输局）
　　二、落实养护责任
　　（一）各区要建立道路养护责任清单，明确每条道路的养护主
体和养护标准，按季度开展检查评估，检查结果纳入《某某市城
— 2 —
市管理工作考核办法》年度考核。（责任单位：各区人民政府）
　　（二）加强施工占道管理，严格审批程序，对未经批准擅自占
用道路施工的行为依法予以查处，情节严重的向社会公开通报。（
责任单位：市公安局交警支队、市城市管理局）
某某市人民政府办公室
2024年3月5日"""
# The same notice, one paragraph a line.
ONE_PARAGRAPH_A_LINE = """某某市人民政府办公室关于加强城市
道路养护管理工作的通知
某政办发〔2024〕12号
各区人民政府，市政府各部门：
为进一步提升城市道路养护管理水平，保障道路安全畅通，经市政府同意，现就有关事项通知如下：
一、明确工作目标
到2025年底，全市城市道路完好率达到95%以上，主干道路面平整度合格率不低于98%，重点区域道路巡查实现全覆盖，群众投诉处理及时率达到100%。（责任单位：市城市管理局、市交通运输局）
二、落实养护责任
（一）各区要建立道路养护责任清单，明确每条道路的养护主体和养护标准，按季度开展检查评估，检查结果纳入《某某市城市管理工作考核办法》年度考核。（责任单位：各区人民政府）
（二）加强施工占道管理，严格审批程序，对未经批准擅自占用道路施工的行为依法予以查处，情节严重的向社会公开通报。（责任单位：市公安局交警支队、市城市管理局）
某某市人民政府办公室
2024年3月5日"""


def raw_span_ok(raw: str, s: int, e: int, expected: str) -> bool:
    """Whether ``raw[s:e]`` is ``expected`` with layout (breaks, spaces, a page number) between its characters."""
    return raw[s] == expected[0] and raw[e - 1] == expected[-1] and re.sub(r"\s|— \d+ —", "", raw[s:e]) == expected


def test_a_hard_wrapped_pdf_text_reads_as_one_paragraph_a_line() -> None:
    """Form: PDF text of an official document hard-wrapped at its line width, with page numbers."""
    tm = normalise(HARD_WRAPPED)
    assert tm.text == normalise(ONE_PARAGRAPH_A_LINE).text
    assert "— 2 —" not in tm.text
    # the offsets still lead to the raw text: a word cut by the page number spans it there
    i = tm.text.index("城市管理工作考核办法")
    s, e = tm.to_raw(i, i + 10)
    assert raw_span_ok(HARD_WRAPPED, s, e, "城市管理工作考核办法")
    i = tm.text.index("市公安局交警支队")
    s, e = tm.to_raw(i, i + 8)
    assert HARD_WRAPPED[s:e] == "市公安局交警支队"


def test_a_hard_wrapped_notice_gives_its_tasks_whole() -> None:
    """Form: a hard-wrapped 公文 whose annotation (（责任单位：…）) is cut over two lines."""
    tasks = [r.to_dict() for r in extract_text(HARD_WRAPPED, path="notice.txt").records if r.to_dict()["type"] == "task"]
    assert [[a["name"] for a in t["agencies"]] for t in tasks] == [
        ["市城市管理局", "市交通运输局"], ["各区人民政府"], ["市公安局交警支队", "市城市管理局"]]
    assert tasks[1]["text"].endswith("纳入《某某市城市管理工作考核办法》年度考核。")


def _paged(lines: list[str], every: int, head: str) -> str:
    """``lines`` printed as pages of ``every`` lines, each page's number (— N —) under it and a running
    head over the next page's first line, as PDF text prints a long 公文."""
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % every == 0 and i < len(lines):
            out += [f"— {i // every} —", head]
    return "\n".join(out)


def test_a_running_head_beside_the_page_numbers_is_layout() -> None:
    """Form: PDF text whose pages repeat a head (the issuer's masthead, the document's short name) next to
    their numbers, between two halves of a sentence."""
    raw = _paged(HARD_WRAPPED.replace("— 2 —\n", "").split("\n"), 5, "某某市人民政府规范性文件")
    assert raw.count("某某市人民政府规范性文件") == 3
    tm = normalise(raw)
    assert tm.text == normalise(ONE_PARAGRAPH_A_LINE).text
    # a head that is printed beside a page number only once is not told from text
    once = _paged(HARD_WRAPPED.replace("— 2 —\n", "").split("\n"), 12, "某某市人民政府规范性文件")
    assert "某某市人民政府规范性文件" in normalise(once).text


@pytest.mark.parametrize(
    "raw",
    [
        # a web page's text, one paragraph a line: lines of every length, most ending in a full stop
        pytest.param(ONE_PARAGRAPH_A_LINE, id="one-paragraph-a-line"),
        # a list of short items, each on its line
        pytest.param("\n".join(f"{i}.加强第{i}类道路的日常巡查" for i in range(1, 13)), id="list-of-items"),
    ],
)
def test_a_text_that_is_not_hard_wrapped_keeps_its_lines(raw: str) -> None:
    assert normalise(raw).text.count("\n") == raw.count("\n")


# Hand-written in the form of PDF text that prints every digit run on its own line (a font change
# around the figures), throughout the body.
FIGURES_FLAT = """某县人民政府关于印发某县产业发展三年行动计划的通知
各乡镇人民政府，县政府各部门：
现将《某县产业发展三年行动计划》印发给你们，请认真贯彻执行。
一、发展目标
到2026年，全县地区生产总值达到1.7万亿元以上，年均增长7%以上；规上工业企业达到350家，新增高新技术企业40家。
二、重点任务
（一）每年新建标准厂房20万平方米，引进亿元以上项目15个。（责任单位：县发展改革局）
（二）到2025年底，培育省级专精特新企业12家。（责任单位：县经济信息化局）
某县人民政府
2024年1月8日"""
FIGURES_APART = "\n".join(part for line in FIGURES_FLAT.split("\n") for part in re.split(r"(\d+(?:\.\d+)?)", line) if part)


def test_digit_runs_printed_on_their_own_lines_rejoin_their_sentences() -> None:
    """Form: PDF text with every digit run on its own line (到⏎2026⏎年，…达到⏎1.7⏎万亿元以上)."""
    assert "\n2026\n" in FIGURES_APART
    tm = normalise(FIGURES_APART)
    assert tm.text == normalise(FIGURES_FLAT).text
    i = tm.text.index("1.7万亿元")
    s, e = tm.to_raw(i, i + 6)
    assert FIGURES_APART[s:e] == "1.7\n万亿元"


def test_a_figure_after_a_colon_inside_an_open_bracket_rejoins_its_sentence() -> None:
    """Form: PDF text with every digit run on its own line, a figure after a colon inside a bracket (…（其中
    财政补助：⏎30⏎万元）): the bracket is open, the break falls inside it; a figure after a line ending in a
    colon outside any bracket opens a line of its own (目标：⏎2025⏎年，…)."""
    flat = FIGURES_FLAT.replace("引进亿元以上项目15个。", "引进亿元以上项目15个（其中外资项目：3个）。")
    raw = "\n".join(part for line in flat.split("\n") for part in re.split(r"(\d+(?:\.\d+)?)", line) if part)
    assert "外资项目：\n3\n个）" in raw
    assert normalise(raw).text == normalise(flat).text


def test_a_table_printed_one_cell_a_line_keeps_its_serial_cells_apart() -> None:
    """A table's serial column, one cell a line, is no digit run of a sentence: its cells stay apart."""
    raw = "\n".join(f"{i}\n推进第{i}批老旧小区改造\n区住房城乡建设管理委" for i in range(1, 13))
    assert normalise(raw).text.count("\n") == raw.count("\n")


# Hand-written in the form of a work plan's task table flattened one cell a line (序号, 指标, 工作任务, 完成时限,
# 责任单位): a serial cell opens each row, the figures sit inside the task cells.
TABLE_FLAT = """序号
指标
工作任务
完成时限
责任单位
1
公共服务
全年开展送戏下乡惠民演出不少于120场。
12月底前
县文化馆
2
开展全民阅读推广活动。
县图书馆
3
市场监管
开展专项检查行动6次以上，查办案件不少于8件。
县执法大队
4
抽查合格率达到95%以上。
5
旅游发展
新建、改建旅游厕所9座，接待游客150万人次。
10月底前
县旅游服务中心
6
完成景区道路维修工作。"""


def test_a_table_one_cell_a_line_printing_its_figures_apart_reads_as_its_plain_copy() -> None:
    """Form: a table flattened one cell a line in PDF text printing every digit run on its own line: its serial
    column (1, 2, 3 … each over a row's first cell) is no figure of a sentence and does not hide that the text
    prints its figures apart; the figures of the task cells rejoin their sentences, the serials stay apart."""
    raw = "\n".join(part for line in TABLE_FLAT.split("\n") for part in re.split(r"(\d+(?:\.\d+)?)", line) if part)
    assert "不少于\n120\n场。" in raw
    assert normalise(raw).text == normalise(TABLE_FLAT).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("毛入园率（%）\n99\n%以上\n约束性", "毛入园率（%）\n99%以上\n约束性", id="percent-and-bound"),
        pytest.param("巩固率（%）\n100\n%\n约束性", "巩固率（%）\n100%\n约束性", id="percent-alone"),
        pytest.param("受教育年限（年）\n12.3\n年以上\n预期性", "受教育年限（年）\n12.3年以上\n预期性", id="unit-and-bound"),
        pytest.param("一、发展水平\n1\n.学前教育毛入园率", "一、发展水平\n1.学前教育毛入园率", id="item-number-and-point"),
    ],
)
def test_a_figure_and_its_unit_or_point_over_two_lines_are_joined(raw: str, expected: str) -> None:
    """Form: PDF text printing a digit run on its own line in a table flattened one cell a line: the line after
    it opening with its percent sign, its unit and a bound (年以上), or an item's point (1⏎.学前…) is the figure's."""
    assert normalise(raw).text == expected


def test_bare_page_numbers_of_a_text_printing_its_figures_apart_are_layout() -> None:
    """Form: PDF text printing every digit run on its own line, its bare page numbers too (1, 2, 3 … a page's
    lines apart): the page numbers are read as nothing, the figures of its sentences are joined."""
    lines = []
    for page, word in enumerate("一二三四", 1):
        lines += ["各区要加强道路养护管理，到", "2025", "年完成改造，"] * 6
        lines += [f"确保第{word}批任务按期", str(page), f"完成第{word}批验收。"]
    tm = normalise("\n".join(lines))
    assert tm.text.count("到2025年完成改造") == 24
    assert not re.search(r"按期\s*\d", tm.text)


def test_a_marked_page_number_in_a_text_of_one_paragraph_a_line_is_layout() -> None:
    """Form: PDF text of short lines (a table, a list) whose page number is marked as one (— 2 —) and falls
    between two halves of a sentence: read as the text without it."""
    raw = ("某某县人民政府办公室关于印发某某工作方案的通知\n各乡镇人民政府，县政府各部门：\n"
           "一、由县住房城乡建设局牵头，县财政局配合，完成全县老旧小\n— 2 —\n区改造30个，惠及居民2000户。\n")
    assert normalise(raw).text == normalise(raw.replace("— 2 —\n", "")).text


def test_a_tables_serials_in_a_text_printing_its_figures_apart_are_no_page_numbers() -> None:
    """Form: a table's serial column (2, 3, 4 … a row's cells apart) in the middle of a text printing its figures
    apart is no chain of page numbers: its serials stay."""
    lines = ["各区要加强道路养护管理，到", "2025", "年完成改造，"] * 12
    for serial in range(2, 8):
        lines += [str(serial)] + [f"第{serial}项任务内容的说明文字" for _ in range(16)]
    lines += ["各区要加强道路养护管理，到", "2025", "年完成改造，"] * 12
    tm = normalise("\n".join(lines))
    assert all(f"\n{serial}\n" in tm.text or f"{serial}第{serial}项" in tm.text for serial in range(2, 8))


# Hand-written in the form of a news page listing a year's projects, heavy with figures, dates and
# punctuation (fewer Han characters than half its glyphs).
FIGURES_HEAVY = """某县2024年“十件民生实事”出炉
时间:2024-01-15 10:20:35 来源:某县融媒体中心
1月15日,某县第十八届人民代表大会第三次会议开幕,县长作《政府工作报告》时表示,2024年将办好以下10件民生实事。
(1)新建3所公办幼儿园,新增学位1200个,改造20所学校运动场。
(2)为65岁以上老年人、1.2万名一线职工免费体检1次,为8万名35—64岁妇女免费做“两癌”检查。
(3)对4000名农村劳动力开展技能培训,开发公益性岗位600个。
(4)新改建农村公路120公里、桥梁6座,新增停车位3000个。
(5)新建、改造30个城乡养老服务站点,新增护理床位500张。
(6)完成老旧小区改造1.5万户、棚户区改造2000套。"""


def test_a_letter_spaced_text_heavy_with_figures_reads_as_its_plain_copy() -> None:
    """Form: PDF text that places each glyph apart (a space between every two characters), of a page whose
    figures, dates and punctuation outnumber its Han characters: read as the text without the spacing."""
    spaced = "\n".join(" ".join(line) for line in FIGURES_HEAVY.split("\n"))
    assert normalise(spaced).text == normalise(FIGURES_HEAVY).text


# Hand-written: a 公文 one paragraph a line, whose lead-in sentence ends …，具体调整标准如下： where PDF text at 28
# characters a line cuts it before its last words.
LEAD_IN_PLAIN = """某某县人民政府办公室关于调整城乡居民最低生活保障标准的通知
各乡镇人民政府，县政府各部门：
为进一步保障和改善民生，切实提高困难群众基本生活水平，经县政府研究决定，自2024年7月起提高全县城乡居民最低生活保障标准，现将有关事项通知如下。
一、调整标准
城市居民最低生活保障标准由每人每月680元提高到720元，农村居民最低生活保障标准由每人每年5800元提高到6200元，两项标准同步调整，按月足额发放到户，具体调整标准如下：
（一）城市居民每人每月不低于720元；
（二）农村居民每人每年不低于6200元。
二、工作要求
各乡镇要严格按照调整后的标准及时足额发放保障资金，加强动态管理，做到应保尽保、应退尽退，确保调整工作平稳有序推进，县民政局、县财政局要加强指导和监督。
各乡镇要于2024年7月10日前将调整情况报县民政局，县民政局要会同县财政局做好资金测算和拨付工作，确保调整后的保障资金按时发放到位。
某某县人民政府办公室
2024年6月20日"""


def test_a_hard_wrapped_sentence_cut_before_its_last_words_and_colon_is_joined() -> None:
    """Form: PDF text hard-wrapped at its width, a sentence cut before its last words and colon (…，具体
    调整标准⏎如下：): no label line (责任单位：…) but the sentence's end."""
    raw = "\n".join(line[i:i + 28] for line in LEAD_IN_PLAIN.split("\n") for i in range(0, len(line), 28))
    assert "\n如下：\n" in raw
    assert normalise(raw).text == normalise(LEAD_IN_PLAIN).text
    # a label alone on its line under a line of no running text stays apart
    assert "\n责任单位：\n" in normalise("某某市城市道路养护管理工作任务分解表一览\n责任单位：\n市城市管理局").text


def test_label_and_figure_lines_stand_apart() -> None:
    """Form: a rate card, each line a label, its colon and one figure (…比例下限：5%), the next line another."""
    text = normalise("职工住房公积金缴存比例下限:6%\n职工住房公积金缴存比例上限:10%\n具体比例由单位自行确定。").text
    assert text.split("\n") == ["职工住房公积金缴存比例下限：6%", "职工住房公积金缴存比例上限：10%", "具体比例由单位自行确定。"]
    # a figure whose unit runs onto the next line, or a sentence running on after a comma, stays joined
    assert "最长贷款期限：30年" in normalise("职工申请住房公积金贷款的最长贷款期限：30\n年，具体按规定执行。").text
