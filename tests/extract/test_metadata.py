"""The document's identity from any container: metadata blocks, label lines, table rows, and the body winning."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.extract.metadata import (
    Identity,
    front_matter,
    full_names,
    header_metadata,
    is_metadata_line,
    issuers_value,
    metadata_from_lines,
    settle,
    unlabelled_block,
)
from policykg.extract.pipeline import extract_path, extract_text
from policykg.extract.records import Document
from policykg.extract.text import normalise

IDENTITY = Path(__file__).resolve().parents[1] / "data" / "identity"


# ---------------------------------------------------------------------------
# Metadata written before the body: every form gives the same keys


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # real: ../shared/corpus/dev/38 (a ministry page copied as text)
        (["发文机关: 工业和信息化部办公厅", "标  题:工业和信息化部办公厅关于公布首批国家工业运行重点联系城市名单的通知",
          "发文字号:工信厅运行函〔2016〕293号", "成文日期:2016-05-04"],
         {"发布机构": "工业和信息化部办公厅", "发文字号": "工信厅运行函〔2016〕293号", "成文日期": "2016-05-04",
          "标题": "工业和信息化部办公厅关于公布首批国家工业运行重点联系城市名单的通知"}),
        # real: ../shared/corpus/dev/37 (a regulation mirror; two labels on one line)
        (["发文字号:湖北省人民政府令第435号", "颁布部门:湖北省人民政府", "颁布日期:2025-02-23生效日期:2025-05-01"],
         {"发文字号": "湖北省人民政府令第435号", "发布机构": "湖北省人民政府", "成文日期": "2025-02-23",
          "生效日期": "2025-05-01"}),
        # hand-made: a portal's list with spaced labels and the value on the next line
        (["索 引 号：", "000014349/2018-00000", "成文时间：2018年11月16日"],
         {"索引号": "000014349/2018-00000", "成文日期": "2018年11月16日"}),
        # hand-made: a metadata table flattened to label | value rows, two pairs a row
        (["文号 | 宜政办秘〔2021〕45号 | 成文日期 | 2021年05月20日"],
         {"发文字号": "宜政办秘〔2021〕45号", "成文日期": "2021年05月20日"}),
        # hand-made: a markdown table, a header row of labels over its value row
        (["| 标题 | 文号 | 发文机关 |", "| --- | --- | --- |", "| 关于规范资产管理的意见 | 崇委办发„2020‟12号 | 中共崇仁县委办公室 |"],
         {"标题": "关于规范资产管理的意见", "发文字号": "崇委办发„2020‟12号", "发布机构": "中共崇仁县委办公室"}),
        # hand-made: tab-separated cells (a spreadsheet export)
        (["发文字号\t京政发〔2020〕3号"], {"发文字号": "京政发〔2020〕3号"}),
        # hand-made: labels in lenticular brackets, two on one line (a CMS export)
        (["【发文字号】苏政办发〔2022〕15号", "【发布机构】江苏省人民政府办公厅【成文日期】2022-03-01"],
         {"发文字号": "苏政办发〔2022〕15号", "发布机构": "江苏省人民政府办公厅", "成文日期": "2022-03-01"}),
        # hand-made: spaced labels without colons, two pairs a line (as normalised: spaces gone)
        (["索引号MB0000001/2022-00311发文日期2022-11-07", "发布机构区人民政府办公室文号桐政办〔2022〕9号"],
         {"索引号": "MB0000001/2022-00311", "成文日期": "2022-11-07", "发布机构": "区人民政府办公室",
          "发文字号": "桐政办〔2022〕9号"}),
        # hand-made: one label glued to a typed value (a date)
        (["成文日期2021年02月05日"], {"成文日期": "2021年02月05日"}),
        # hand-made: a bulleted portal list, each value on the line below its label
        (["•发文字号：", "青政发〔2023〕5号", "•发文日期：", "2023年03月15日10：20"],
         {"发文字号": "青政发〔2023〕5号", "成文日期": "2023年03月15日10：20"}),
        # hand-made: a portal's 名称 line (the title under another label word, spaced) and its
        # 生成日期 (the date the portal's catalogue gives the document)
        (["名 称: 县人民政府办公室 关于印发2022年全县重点工作分解方案的通知", "生成日期:2022-02-14"],
         {"标题": "县人民政府办公室 关于印发2022年全县重点工作分解方案的通知", "成文日期": "2022-02-14"}),
        # hand-made: a law mirror's regulation card (颁布 is the regulation's own date and body)
        (["颁布单位:某某市人民代表大会常务委员会", "颁布日期:2001-6-3", "实施日期:2001-7-1"],
         {"发布机构": "某某市人民代表大会常务委员会", "成文日期": "2001-6-3", "生效日期": "2001-7-1"}),
        # hand-made: a portal's pipe rows whose cells hold label and value both, one of them empty
        (["| 索引号:000014349/2022-83299 | |", "| 发文字号: | 发文时间:2023-01-05 |",
          "| 发文机关:某某镇人民政府 | 主题词:工作计划 |", "| 标题:某某镇人民政府2023年工作计划 | |"],
         {"成文日期": "2023-01-05", "发布机构": "某某镇人民政府", "标题": "某某镇人民政府2023年工作计划"}),
        # hand-made: a catalogue's 信息名称 glued to the title (spaces gone once normalised)
        (["发布机构区政府办生成日期2021-06-05", "信息名称某某区人民政府工作规则"],
         {"发布机构": "区政府办", "成文日期": "2021-06-05", "标题": "某某区人民政府工作规则"}),
        # hand-written in the form of a bulleted portal list (石狮): 公文 before the date label
        (["- 備注/文號:某政辦〔2024〕3號", "- 公文生成日期:2024-02-06"], {"成文日期": "2024-02-06"}),
        # hand-written: the date labels' family, each event with 日期 or 时间 (印发/签署/撰写 …)
        (["印发时间：2023年6月1日", "撰写时间:2023-06-05 10:20"], {"成文日期": "2023年6月1日", "发布日期": "2023-06-05 10:20"}),
        (["文件签署日期 2022-09-30", "生效时间：2022-10-01"], {"成文日期": "2022-09-30", "生效日期": "2022-10-01"}),
        # hand-written in the form of a bulleted policy card: 颁发时间, the issuing act under another word
        (["• 颁发时间:2021-08-16", "• 发文字号:某公积金委〔2021〕2号"], {"成文日期": "2021-08-16"}),
        # hand-written in the form of a procurement site's byline: 作者 and 发布于, glued once normalised
        (["作者:某某市财政局发布于:2015-03-02 09:10:00 来源:某某政府采购网"],
         {"作者": "某某市财政局", "发布日期": "2015-03-02 09:10:00"}),
        # hand-written in the form of a law database's card: every label glued to its value, the
        # issuer's untyped value read because the lines around it are metadata
        (["发文机关中共某某省民政厅党组", "发文日期2022年3月4日", "时效性现行有效", "发文字号某民发〔2022〕9号"],
         {"发布机构": "中共某某省民政厅党组", "成文日期": "2022年3月4日", "发文字号": "某民发〔2022〕9号"}),
        # a sentence opening with a label's word, alone among body lines, is no metadata
        (["各处室：", "发布单位要加强审核，确保信息准确。", "现将有关事项通知如下。"], {"发布机构": None}),
        # hand-written in the form of a law database's record (#12): bullets ∙, 制定机关, a spaced 字 号, dotted
        # dates; its 公布日期 (a day, no time) dates the document
        (["文章属性", "∙【制定机关】某某市人民政府办公厅", "∙【公布日期】2021.02.03", "∙【字 号】某政办〔2021〕4号",
          "∙【施行日期】2021.02.03"],
         {"发布机构": "某某市人民政府办公厅", "发文字号": "某政办〔2021〕4号", "成文日期": "2021.02.03",
          "生效日期": "2021.02.03"}),
        # a page's own stamp in brackets, a time of day after the day, is no date of the document
        (["【发布日期】2024-07-04 14:34:55", "【来源】某某网"], {"成文日期": None}),
        # hand-written in the form of a news page's stamp: a Latin label without its colon, the story run on
        # after the day (the page's publication date, not the document's)
        (["date2025-03-04 某某省人民代表大会今日开幕，省长作政府工作报告。"],
         {"发布日期": "2025-03-04", "成文日期": None}),
        # a sentence opening with the word is no stamp
        (["Data 2025-03-04 updated"], {"发布日期": None}),
        # hand-written in the form of a county catalogue flattened one row a line, its labels apart by spaces and
        # its date's label cut to 公开日
        (["索 引 号 000100/2023-00012 发布机构 某某区政府办公室 公开日 2023-05-06",
          "文  号 某区财农〔2023〕7号 主题分类 生态保护 失效日期"],
         {"发布机构": "某某区政府办公室", "发布日期": "2023-05-06", "发文字号": "某区财农〔2023〕7号"}),
        # hand-written in the forms of a county portal's run of labels (a counter's label left empty first) and a
        # wiki's card naming the issuing body
        (["浏览次数：有效性：成文日期：2023-03-06"], {"成文日期": "2023-03-06"}),
        (["  • 中文名：某某市某某规定", "  • 发布机关：某某市生态环境局"], {"发布机构": "某某市生态环境局"}),
        # hand-written in the form of a county catalogue's pipe table: its second row opens with a label this
        # reader does not know (公开方式), then names the body under 所属机构
        (["索引号 | 000111/2022-00031 | 文号 | 某商务发〔2022〕9号 | 生成日期 | 2022年04月02日 |", "---|---|---|---|---|---|",
          "公开方式 | 主动公开 | 所属机构 | 某某县商务局 | 责任部门 | 各有关单位 |"],
         {"发布机构": "某某县商务局", "发文字号": "某商务发〔2022〕9号"}),
        # the same label left empty at a line's end, the next line opening with a label of its own: no value
        (["签署日期：2012-09-20 所属机构：", "所属主题：综合政务 发文日期：2012-09-20"], {"发布机构": None}),
        # hand-written in the form of a law database's rows, bracketed labels apart by bars: the issuer's value
        # ends at the bar before the next label, one this reader does not know, left empty
        (["【发布部门】某某市人大常委会 | 【发布文号】 |", "【效力级别】地方性法规 | 【时效状态】 现行有效 |"],
         {"发布机构": "某某市人大常委会"}),
        # real (紫阳, a county's notice page, normalised): a byline opening with a label of no key, its value the
        # page's time stamp, then 来源 glued to it; hand-written: the same after a label no key's word opens
        (["时间：2024-06-18 15：36来源：紫阳县人民政府办公室"], {"来源": "紫阳县人民政府办公室"}),
        # hand-written: the same byline with its time stamp in words or slashes, or a click count before the source
        (["时间：2024年06月18日 15：36来源：某县人民政府办公室"], {"来源": "某县人民政府办公室"}),
        (["时间：2024/06/18 15：36来源：某县人民政府办公室"], {"来源": "某县人民政府办公室"}),
        (["点击数：123 来源：某县人民政府办公室"], {"来源": "某县人民政府办公室"}),
        (["更新时间：2021-05-07 10：49：02 | 来源：某某县统计局"], {"来源": "某某县统计局"}),
        # real (二七区, a district portal's row): the issuer's value ends at a keyword label, letter-spaced
        (["发布机构:二七区住房保障中心 | 关 键 词:工作信息 | |"], {"发布机构": "二七区住房保障中心"}),
        # real (西青, a district portal whose spaces show as question marks): the labels are still labels
        (["名   ?称?:天津市西青区人民政府188比分直播印发天津市西青区碳达峰实施方案的通知",
          "索???引??号?:111201110001807180/2023-00008 发?布?机?构?:天津市西青区人民政府",
          "成?文?日?期?:发?文?日?期?:", "有???效??性?:有效"],
         {"标题": "天津市西青区人民政府188比分直播印发天津市西青区碳达峰实施方案的通知", "发布机构": "天津市西青区人民政府",
          "有效性": "有效"}),
        # real (岳阳县, a county portal's list): the day the text's term ends under 信息时效期
        (["  • 生效日期:2024-03-18", "  • 信息时效期:2029-03-18"], {"生效日期": "2024-03-18", "失效日期": "2029-03-18"}),
        # hand-written: the same under 有效期至
        (["成文日期：2023年12月31日", "有效期至：2028年12月31日"], {"失效日期": "2028年12月31日"}),
    ],
    ids=["label-colon-lines", "two-labels-one-line-order-number", "spaced-label-value-next-line",
         "label-cell-rows", "markdown-header-row", "tab-cells", "bracketed-labels",
         "labels-without-colons-two-a-line", "label-glued-to-a-date", "bulleted-label-value-below",
         "name-label-and-generated-date", "regulation-card-promulgation-labels", "label-value-cells",
         "information-name-glued-title", "gongwen-generated-date", "printed-and-written-time",
         "signed-date-and-effective-time", "issued-time-label", "byline-author-and-published-at", "labels-glued-to-untyped-values-in-a-block", "label-word-opening-a-sentence",
         "law-database-record-bulleted-brackets", "bracketed-page-stamp-with-time", "latin-date-stamp-without-colon",
         "other-latin-word-no-stamp", "catalogue-row-apart-by-spaces-short-date-label",
         "empty-unknown-label-before-known-ones", "issuing-organ-label", "catalogue-row-opening-with-an-unknown-label",
         "empty-label-over-another-label-line", "bar-apart-bracketed-labels-row",
         "time-stamp-label-then-source-glued", "time-stamp-in-words-then-source-glued",
         "time-stamp-with-slashes-then-source-glued", "click-count-then-source",
         "time-stamp-label-then-source-apart-by-a-bar", "issuer-then-spaced-keyword-label-in-a-row",
         "labels-spaced-by-question-marks", "information-term-expiry-label", "valid-until-expiry-label"],
)
def test_metadata_forms(lines: list[str], expected: dict[str, str]) -> None:
    got = metadata_from_lines(lines)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # hand-written in the form of a district portal (济南) whose table lost its label cells
        (["某某区人民政府办公室关于印发2022年重点工作分工的通知", "113701130042070099-B/2022-0000123", "综合政务",
          "某某政办字〔2022〕5号", "某某区政府", "2022-03-08", "2022-03-10", "有效", "",
          "某某区人民政府办公室关于印发2022年重点工作分工的通知", "各街道办事处：", "现将有关事项通知如下，请认真执行。"],
         {"发文字号": "某某政办字〔2022〕5号", "发布机构": "某某区政府", "成文日期": "2022-03-08"}),
        # an index number under its label, then a sentence: nothing more is read from the lines under it
        (["索引号：", "000014349/2022-00012", "为进一步做好防汛工作，2022-06-01前完成排查。"], {}),
    ],
    ids=["index-number-then-values-without-labels", "index-number-then-the-body"],
)
def test_unlabelled_metadata_block(lines: list[str], expected: dict[str, str]) -> None:
    assert unlabelled_block(lines) == expected


@pytest.mark.parametrize(
    ("line", "is_meta"),
    [
        ("索 引 号 MB0000001/2022-00311 发文日期 2022-11-07", True),
        ("发文机构浔阳市人民政府办公厅发文字号浔政办〔2021〕3号", True),
        ("成文日期2021年02月05日", True),
        ("  • 发文日期:", True),
        ("【文号】苏政办发〔2022〕15号", True),
        ("分类推进生活垃圾治理，各区要在年底前完成。", False),
        ("来源于各部门的统计数据表明，工作成效明显。", False),
        ("标题党问题要加以整治", False),
        ("信息名称某某区人民政府工作规则", True),
        ("名称是指本办法", False),
        ("名称 关于印发《某市创建卫生城市工作方案》的通知", True),
        ("名称关于印发《某市创建卫生城市工作方案》的通知", True),
        ("名称变更的，应当办理变更登记。", False),
        ("| 发文机关:某某镇人民政府 | 主题词:工作计划 |", True),
    ],
    ids=["spaced-labels-two-pairs", "glued-labels-two-pairs", "glued-label-date-value", "bulleted-label",
         "bracketed-label", "prose-opening-with-a-label-word", "prose-laiyuan", "prose-biaoti",
         "title-label-glued-to-a-title", "prose-opening-with-mingcheng", "mingcheng-spaced-from-a-title",
         "mingcheng-glued-to-a-title", "mingcheng-opening-prose", "label-value-cells-in-a-pipe-row"],
)
def test_metadata_line_or_prose(line: str, is_meta: bool) -> None:
    assert is_metadata_line(line) is is_meta


def test_body_lines_are_not_metadata() -> None:
    # a sentence that merely mentions a label is no metadata line
    assert metadata_from_lines(["请各单位于5月底前报送，文号：另行通知。", "为加强管理，现通知如下。"]) == {}


def test_front_matter_real_copy(shared: Path) -> None:
    text = (shared / "corpus" / "dev" / "31_shanghai_lhsr_magnolia_staged_targets.txt").read_text(encoding="utf-8")
    meta, end = front_matter(text)
    assert meta["发文字号"] == "沪绿容〔2024〕264号"
    assert meta["发布机构"] == "上海市绿化和市容管理局" and meta["发布日期"] == "2024-07-04"
    assert text[:end].rstrip().endswith("---") and "文号" not in text[end:end + 200]


def test_front_matter_after_a_byte_order_mark_ends_where_its_closing_fence_does() -> None:
    # hand-written: a Markdown copy saved with a BOM; the end is an offset into the text as given
    text = "\ufeff---\ntitle: 关于某事的通知\n文号: 某政发〔2024〕1号\n---\n各单位："
    meta, end = front_matter(text)
    assert meta["发文字号"] == "某政发〔2024〕1号" and text[end:] == "各单位："


def test_front_matter_absent() -> None:
    assert front_matter("关于做好春季植树工作的通知\n---\n文号: 曲府办函〔2023〕17号\n---\n") == ({}, 0)


def test_front_matter_labels_stay_a_line_each() -> None:
    # a law mirror's Markdown copy: its short title's label (shortTitle) is no part of the title, and its author is
    # the issuer; the front matter's lines are never read as one wrapped line
    text = ("---\ntitle: 广东省生态环境行政处罚自由裁量权规定\nshortTitle: 广东自由裁量权规定\nicon: article\n"
            "date: 2022-01-01\nauthor: 广东省生态环境厅\n---\n\n第一条 为推进依法行政，规范生态环境行政处罚裁量权的行使，"
            "根据有关法律、法规和规章的规定，结合我省实际，制定本规定。\n\n第二条 本规定适用于全省各级生态环境主管部门行政处罚裁量。"
            "各地级以上市生态环境主管部门可在本规定的基础上，参照制定适用于本辖区的裁量权规定。\n")
    assert front_matter(normalise(text).text)[0]["标题"] == "广东省生态环境行政处罚自由裁量权规定"
    (doc,) = extract_text(text).of(Document)
    assert (doc.title, doc.issuer) == ("广东省生态环境行政处罚自由裁量权规定", ("广东省生态环境厅",))


def test_header_metadata_reads_front_matter_then_lines() -> None:
    text = normalise((IDENTITY / "metadata-table-rows.txt").read_text(encoding="utf-8")).text
    meta = header_metadata(text)
    assert meta["发文字号"] == "宜政办秘〔2021〕45号" and meta["发布机构"] == "宜城市人民政府办公室"


def test_metadata_table_under_the_article() -> None:
    # hand-made: a portal page whose information table follows a long article
    body = "\n".join(f"{i}.各单位要按要求落实第{i}项工作。" for i in range(1, 100))
    text = "关于做好防汛工作的通知\n" + body + "\n发文机关：岳阳县人民政府办公室\n发文字号：岳县政办发〔2023〕9号"
    meta = header_metadata(normalise(text).text)
    assert meta["发文字号"] == "岳县政办发〔2023〕9号" and meta["发布机构"] == "岳阳县人民政府办公室"


# ---------------------------------------------------------------------------
# Settling: the body wins, metadata fills


BODY = Identity(number="溆环委〔2021〕4号", title="关于开展整治月活动的通知", issuer=("溆浦县整治领导小组",),
                date="2021-05-06", effective=None, expires=None)


def test_body_number_and_signature_date_win() -> None:
    got = settle(BODY, {"发文字号": "溆环委〔2021〕3号", "成文日期": "2021-05-08", "发布日期": "2021-05-09"})
    assert (got.number, got.date) == ("溆环委〔2021〕4号", "2021-05-06")
    assert any("溆环委〔2021〕3号" in n for n in got.notes) and any("2021-05-08" in n for n in got.notes)


def test_metadata_fills_what_the_body_lacks() -> None:
    bare = Identity(number=None, title=None, issuer=(), date=None, effective=None, expires=None)
    got = settle(bare, {"发文字号": "沪绿容[2024]264 号", "成文日期": "2024年7月4日", "发布机构": "上海市绿化和市容管理局",
                        "标题": "关于下发行动计划的通知", "生效日期": "2024-08-01"})
    assert (got.number, got.date, got.issuer, got.title, got.effective) == (
        "沪绿容〔2024〕264号", "2024-07-04", ("上海市绿化和市容管理局",), "关于下发行动计划的通知", "2024-08-01")


def test_a_number_label_vouches_for_a_number_without_hao() -> None:
    bare = Identity(number=None, title=None, issuer=(), date=None, effective=None, expires=None)
    assert settle(bare, {"发文字号": "沪绿容〔2024〕264"}).number == "沪绿容〔2024〕264号"
    assert settle(bare, {"发文字号": "无"}).number is None


@pytest.mark.parametrize(
    ("body_title", "labelled", "title"),
    [
        # hand-written in the form of a portal copy (延吉): the body's title lost its line 某某办公室关于
        ("印发《某某市道路管理暂行办法》的通知", "某某市人民政府办公室关于印发《某某市道路管理暂行办法》的通知",
         "某某市人民政府办公室关于印发《某某市道路管理暂行办法》的通知"),
        # hand-written: a whole body title wins over the page's longer 标题
        ("关于印发《某某市道路管理暂行办法》的通知", "某某市人民政府办公室关于印发《某某市道路管理暂行办法》的通知",
         "关于印发《某某市道路管理暂行办法》的通知"),
        # hand-written: a 标题 that does not end with the fragment is another text
        ("印发《某某市道路管理暂行办法》的通知", "某某市人民政府办公室关于做好道路管理工作的通知",
         "印发《某某市道路管理暂行办法》的通知"),
    ],
    ids=["fragment-completed-by-the-label", "whole-body-title-wins", "label-of-another-text"],
)
def test_title_label_completes_a_body_title_fragment(body_title: str, labelled: str, title: str) -> None:
    body = Identity(number=None, title=body_title, issuer=(), date=None, effective=None, expires=None)
    assert settle(body, {"标题": labelled}).title == title


def test_a_publication_date_is_not_the_signing_date() -> None:
    bare = Identity(number=None, title=None, issuer=(), date=None, effective=None, expires=None)
    assert settle(bare, {"发布日期": "2018-01-26"}).date is None


@pytest.mark.parametrize(
    ("body", "metadata", "dates"),
    [
        # real: a law database's record (乌政办[2010]111号, signed 二○一○年四月九日) with its placeholder dates
        (Identity(number="乌政办〔2010〕111号", title=None, issuer=(), date="2010-04-09", effective=None, expires=None),
         {"成文日期": "1970-08-21", "生效日期": "1970-08-21"}, (None, None)),
        # hand-written: no date in the body, the number's year vouches for the document's
        (Identity(number="某政办〔2021〕4号", title=None, issuer=(), date=None, effective=None, expires=None),
         {"生效日期": "1970-01-01", "失效日期": "1970-01-01"}, (None, None)),
        # hand-written: a start and an end in the document's year or after it are taken
        (Identity(number="某政办〔2021〕4号", title=None, issuer=(), date="2021-03-01", effective=None, expires=None),
         {"生效日期": "2021-01-01", "失效日期": "2026-01-01"}, ("2021-01-01", "2026-01-01")),
        # hand-written: a rule taking effect back to a day of the year before its date is real
        (Identity(number="财税〔2024〕2号", title=None, issuer=(), date="2024-01-10", effective=None, expires=None),
         {"生效日期": "2023-10-01"}, ("2023-10-01", None)),
        # hand-written: the epoch's first day and a day before 1949 are placeholders with no year of the document's own
        (Identity(number=None, title=None, issuer=(), date=None, effective=None, expires=None),
         {"生效日期": "1970-01-01", "失效日期": "1900-01-01"}, (None, None)),
    ],
    ids=["placeholder-epoch-start-before-the-signed-date", "placeholder-before-the-numbers-year",
         "start-and-end-of-the-documents-years", "retroactive-start-a-year-before", "placeholders-with-no-own-year"],
)
def test_metadata_start_and_end_before_the_documents_year_are_placeholders(body, metadata, dates) -> None:
    got = settle(body, metadata)
    assert (got.effective, got.expires) == dates


@pytest.mark.parametrize(
    ("signed", "named", "full"),
    [
        # real: dev/22, 27, 30 (signature, front matter)
        (("闵行区七宝镇人民政府",), ("上海市闵行区七宝镇人民政府",), ("上海市闵行区七宝镇人民政府",)),
        (("闵行区古美路街道办事处",), ("上海市闵行区人民政府古美路街道办事处",), ("上海市闵行区人民政府古美路街道办事处",)),
        (("上海市长宁区政府办公室",), ("上海市长宁区人民政府办公室",), ("上海市长宁区人民政府办公室",)),
        # real: dev/18, a joint signature and the first issuer listed in full
        (("黄浦区发展和改革委员会", "黄浦区教育局"), ("上海市黄浦区发展和改革委员会",),
         ("上海市黄浦区发展和改革委员会", "上海市黄浦区教育局")),
        # real: dev/29, the listed body is the government's office: only its place is taken
        (("虹口区人民政府",), ("上海市虹口区人民政府办公室",), ("上海市虹口区人民政府",)),
        # a different body is never renamed
        (("国务院",), ("国务院办公厅",), ("国务院",)),
        # hand-written in the form of a repost's signature: the seal's short name on the line under the signed one
        (("某某市人民政府办公室", "政府办公室"), ("某某市人民政府办公室",), ("某某市人民政府办公室",)),
    ],
    ids=["town-place-prefix", "subdistrict-full-name", "government-spelled-out", "joint-co-signers",
         "place-only", "other-body-kept", "a-seals-short-name-is-the-signed-body-once"],
)
def test_signed_issuer_spelled_in_full(signed, named, full) -> None:
    assert full_names(signed, named) == full


# ---------------------------------------------------------------------------
# End to end: every container gives the same identity


@pytest.mark.parametrize(
    ("name", "number", "title", "issuer", "date"),
    [
        ("front-matter-number-only-there.md", "曲府办函〔2023〕17号", "曲江区人民政府办公室关于做好春季植树工作的通知",
         ("韶关市曲江区人民政府办公室",), "2023-03-06"),
        ("front-matter-body-disagrees.md", "溆环委〔2021〕4号", "关于开展城乡环境卫生整治月活动的通知",
         ("溆浦县城乡环境卫生整治领导小组",), "2021-05-06"),
        ("metadata-table-rows.txt", "宜政办秘〔2021〕45号", "宜城市人民政府办公室关于做好2021年防汛抗旱工作的通知",
         ("宜城市人民政府办公室",), "2021-05-20"),
        ("metadata-markdown-table.md", "崇委办发〔2020〕12号", "关于进一步规范农村集体资产管理的意见",
         ("中共崇仁县委办公室",), "2020-09-14"),
        ("raw-html-saved-as.txt", "南政办发〔2022〕26号", "汉中市南郑区人民政府办公室关于加强春耕生产工作的通知",
         ("汉中市南郑区人民政府办公室",), "2022-04-18"),
        ("one-line-body.txt", "碧府发〔2022〕8号", "铜仁市碧江区人民政府关于印发碧江区城区停车管理办法的通知",
         ("铜仁市碧江区人民政府",), "2022-05-10"),
        ("pdf-digit-lines.txt", "凤府办发〔2022〕15号", "凤冈县人民政府办公室关于印发凤冈县农村饮水安全巩固提升工作方案的通知",
         ("凤冈县人民政府办公室",), "2022-03-01"),
        ("portal-spaced-labels-no-colon.txt", "桐政办〔2022〕9号", "区人民政府办公室关于做好冬季森林防火工作的通知",
         ("桐溪区人民政府办公室",), "2022-11-07"),
        ("portal-labels-glued-traditional.txt", "浔政办〔2021〕3号", "市人民政府办公厅关于做好春节期间安全生产工作的通知",
         ("浔阳市人民政府办公厅",), "2021-02-05"),
        ("number-opens-title-spaced-issuers.txt", "农财〔2019〕12号", "农业农村部财政部水利部关于做好农田灌溉设施维护工作的通知",
         ("农业农村部", "财政部", "水利部"), None),
        ("title-in-book-marks-number-first.txt", "闽政办发〔2019〕31号",
         "福建省人民政府办公厅关于印发《福建省2019年数字政府工作要点》的通知", ("福建省人民政府办公厅",), "2019-06-03"),
        ("signature-year-ascii-zeros.txt", "河政〔2006〕14号", "河州市人民政府关于批转河州市中小学学籍管理办法的通知",
         ("河州市人民政府",), "2006-03-09"),
        ("regulation-issuer-line-above-title.txt", "岭政令〔1998〕17号", "岭州市促进外商投资的规定",
         ("广南省岭州市人民政府",), None),
        ("bullet-labels-value-below.txt", "青政发〔2023〕5号", "青川县人民政府工作规则", ("青川县人民政府",), "2023-03-15"),
        ("date-then-number-line.txt", "农机委〔2019〕6号", "河州市农业机械化委员会关于做好春耕农机检修工作的通知",
         ("河州市农业机械化委员会",), "2019-03-08"),
    ],
    ids=["yaml-front-matter", "front-matter-vs-body", "label-cell-rows", "markdown-metadata-table",
         "raw-html-as-txt", "one-line-body", "pdf-digit-per-line", "portal-labels-spaced-no-colon",
         "portal-labels-glued-traditional", "number-opens-title-spaced-joint-issuers", "number-then-title-in-book-marks",
         "signature-year-with-ascii-zeros", "regulation-issuer-line-above-title",
         "bulleted-labels-title-names-government", "law-mirror-date-then-number-line"],
)
def test_identity_from_every_container(name: str, number: str, title: str, issuer: tuple, date: str) -> None:
    res = extract_path(IDENTITY / name)
    (doc,) = res.of(Document)
    assert (doc.number, doc.title, doc.issuer, doc.date) == (number, title, issuer, date)
    assert doc.label == title


def test_disagreement_is_reported() -> None:
    res = extract_path(IDENTITY / "front-matter-body-disagrees.md")
    assert any("溆环委〔2021〕3号" in w and "differs" in w for w in res.warnings)


@pytest.mark.parametrize(
    ("name", "number", "title", "issuer", "date"),
    [
        ("31_shanghai_lhsr_magnolia_staged_targets", "沪绿容〔2024〕264号",
         "上海市绿化和市容管理局关于下发《上海市花白玉兰推广应用三年行动计划（2024-2026年）》的通知",
         ("上海市绿化和市容管理局",), "2024-07-04"),
        ("35_anhui_chizhou_chizheng_2017_101_title_number", "池政〔2017〕101号",
         "池州市人民政府关于创优“四最”营商环境的实施意见", ("池州市人民政府",), None),
        ("37_hubei_order_435_weather_modification_metadata", "湖北省人民政府令第435号", "湖北省人工影响天气管理办法",
         ("湖北省人民政府",), "2025-02-23"),
        ("38_miit_gongxintingyunxinghan_2016_293_metadata", "工信厅运行函〔2016〕293号",
         "工业和信息化部办公厅关于公布首批国家工业运行重点联系城市名单的通知", ("工业和信息化部办公厅",), "2016-05-04"),
        ("33_sichuan_chuanbanhan_2017_113_label_lines", "川办函〔2017〕113号",
         "四川省人民政府办公厅关于印发实施《西部大开发“十三五”规划》责任分工方案的通知", ("四川省人民政府办公厅",),
         "2017-06-02"),
        ("25_shanghai_fengxian_park_city_lead_support", "沪奉府办发〔2021〕18号",
         "上海市奉贤区人民政府办公室关于印发《关于加快推进本区公园城市建设实施意见》的通知",
         ("上海市奉贤区人民政府办公室",), None),
    ],
    ids=["front-matter-unknown-code", "number-on-title-line", "order-number-metadata-lines-and-chrome",
         "metadata-lines-then-body", "issuer-line-title-number-and-date-line", "front-matter-code-longer-than-listed"],
)
def test_identity_of_real_documents(shared: Path, name: str, number: str, title: str, issuer: tuple,
                                    date: str | None) -> None:
    (doc,) = extract_path(shared / "corpus" / "dev" / f"{name}.txt").of(Document)
    assert (doc.number, doc.title, doc.issuer) == (number, title, issuer)
    if date is not None:
        assert doc.date == date


# ---------------------------------------------------------------------------
# A label for every document


def test_document_without_number_or_title_has_a_label(shared: Path) -> None:
    (doc,) = extract_path(shared / "corpus" / "dev" / "11_sichuan_province_selfcheck_body.txt").of(Document)
    assert doc.number is None and doc.title is None
    # its first line is the address; the label is the first sentence of the body, cut short
    assert doc.label.startswith("现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况") and len(doc.label) <= 41
    assert doc.to_dict()["label"] == doc.label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("# 工作要点\n一、加强组织领导。", "工作要点"),
        ("各区人民政府：\n请于5月底前报送自查报告。逾期不报的，予以通报。", "请于5月底前报送自查报告。"),
        ("嘉政发〔2024〕9号\n各县（市、区）人民政府：\n现将有关事项通知如下。", "嘉政发〔2024〕9号"),
    ],
    ids=["markdown-heading", "first-sentence-after-address", "number-only"],
)
def test_label_fallbacks(text: str, label: str) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.label == label


@pytest.mark.parametrize(
    ("name", "number", "title", "issuer"),
    [
        # hand-made: the first line a title, a blank line, then the body (no number anywhere); the
        # title opens with a place, not a body: no issuer is made up from it
        ("title-line-over-blank-line.txt", None, "南湖市推进老旧小区改造工作方案", ()),
        # hand-made: a portal's column tag in 【】 before the title
        ("column-tag-before-title.txt", None, "江州市人民政府关于2021年市政府重点工作分工的通知", ("江州市人民政府",)),
        # hand-made: a short issuer in the metadata (区政府(办公室)) the title spells in full; 文号 无
        ("pipe-metadata-short-issuer.txt", None, "沅州市桃源区人民政府办公室关于印发2021年重点工作任务分解表的通知",
         ("沅州市桃源区人民政府办公室",)),
        # hand-made: the number only in a portal's line of the head, a cited number in the body
        ("head-number-in-a-portal-line.txt", "宁政办发〔2023〕7号", None, None),
    ],
    ids=["title-line-over-blank-line", "column-tag-before-title", "short-metadata-issuer-title-spells-in-full",
         "number-in-a-head-line-last-resort"],
)
def test_identity_of_portal_forms(name: str, number: str | None, title: str | None, issuer: tuple | None) -> None:
    (doc,) = extract_path(IDENTITY / name).of(Document)
    assert (doc.number, doc.title) == (number, title)
    if issuer is not None:
        assert doc.issuer == issuer
    if title:
        assert doc.label == title


@pytest.mark.parametrize(
    ("value", "issuers"),
    [
        pytest.param("茅草街镇", ("茅草街镇",), id="town-name"),  # real (南县, a town's portal row 发布机构 | 茅草街镇)
        pytest.param("北浴乡", ("北浴乡",), id="township-name"),  # real (宿松, a township's channel)
    ],
)
def test_a_towns_or_townships_name_is_an_issuer(value: str, issuers: tuple) -> None:
    assert issuers_value(value) == issuers


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # real (灵璧, a county bureau's page printing no signature): 来源 runs on, apart by spaces, into labels of
        # no key (浏览量, 发表时间, 责任编辑)
        ("县卫健委2021年政府工作报告任务分解\n\n"
         "文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委政务公开\n\n"
         "1.落实积极应对人口老龄化国家战略，加快发展健康、养老、育幼、家政等服务业。\n",
         ("灵璧县卫生健康委员会",)),
        # real (紫阳): the time stamp's label opens the byline; 公开责任部门 names the office short and runs on into
        # 公开形式, the byline's 来源 spells it in full
        ("2024年第五次县政府常务会议确定事项 落实情况的通报\n\n时间:2024-06-18 15:36来源:紫阳县人民政府办公室\n"
         "文件名称 2024年第五次县政府常务会议确定事项 落实情况的通报\n"
         "索引号 zyxzfzyxzfbgs/2024-2736 公开目录: 政务督查\n公开责任部门 紫阳县政府办公室 公开形式: 主动公开\n"
         "文号 二〇二四年第十六期 成文日期: 2024年06月18日\n有效性 有效 公开日期: 2024年06月18日\n\n"
         "按照《紫阳县政府系统督查检查工作办法》相关规定，县政府督查室开展了专项督查，现通报如下。\n",
         ("紫阳县人民政府办公室",)),
    ],
    ids=["byline-source-run-on-into-unknown-labels", "time-stamp-label-then-source-spells-the-office-in-full"],
)
def test_a_byline_source_office_issues_an_unsigned_page(text: str, issuer: tuple) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # real (江岸): the portal's 发布机构 a short name of the office the title names
        ("文 号 | 江政办〔2020〕2 号 | 发文日期 | 2020-04-19 00:00 |\n---|---|---|---|\n发布机构 | 政府办 | 有 效 性 | 有效 |\n"
         "区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知\n"
         "各街道办事处,区人民政府各部门,区属各单位:\n现将《分解方案》印发给你们,请认真贯彻执行。\n",
         ("区人民政府办公室",)),
        # hand-written: a 发布机构 naming another body than the title's stays
        ("发布机构: 财政局\n区人民政府办公室关于做好防汛工作的通知\n江政办〔2020〕3号\n各街道:\n现通知如下。\n",
         ("财政局",)),
    ],
    ids=["portal-short-name-of-the-titles-body", "portal-body-other-than-the-titles"],
)
def test_a_portals_short_name_for_the_body_the_title_names(text: str, issuer: tuple) -> None:
    (doc,) = extract_text(text).of(Document)
    assert doc.issuer == issuer


def test_law_database_record_dates_the_notice_and_spells_its_issuer() -> None:
    # hand-written in the form of a law database's page (#12): the title names 市人民政府办公厅, the record
    # its full name; no signature in the excerpt
    text = ("文章属性\n∙【制定机关】某某市人民政府办公厅\n∙【公布日期】2021.02.03\n∙【字 号】某政办〔2021〕4号\n正文\n"
            "市人民政府办公厅关于印发2021年重点工作任务分解方案的通知\n某政办〔2021〕4号\n各区人民政府：\n"
            "《2021年重点工作任务分解方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.issuer, doc.date) == ("某政办〔2021〕4号", ("某某市人民政府办公厅",), "2021-02-03")


def test_catalogue_row_mingcheng_spaced_from_the_title() -> None:
    # hand-written in the form of a county portal's catalogue rows (label, space, value, no colon):
    # the bare 名称 before a title opening with 关于 is the title's label, not part of it
    text = ("某某市\n索取号 00000000-0/2018-00001 分类\n发布机构 某某市人民政府办公室 发文日期 2018-07-26\n"
            "名称 关于印发《某某市创建卫生城市工作方案》的通知\n文号 某府办〔2018〕81号 主题词\n某府办〔2018〕81号\n"
            "各镇人民政府：\n《某某市创建卫生城市工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n")
    (doc,) = extract_text(text).of(Document)
    assert (doc.number, doc.title) == ("某府办〔2018〕81号", "关于印发《某某市创建卫生城市工作方案》的通知")
