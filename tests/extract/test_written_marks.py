"""Copies that write a document's marks another way: full stops typed as ASCII points, markdown layout.

The notices are hand-written in the forms of real copies: OCR text and mirror pages that type every
。 as ``.``, and portal copies saved as markdown (``# title``, ``## 一、…`` headings, a bolded lead
sentence ``**（一）…。**``, blank lines between paragraphs).
"""

from __future__ import annotations

import pytest
from policykg.extract.pipeline import extract_text
from policykg.extract.text import normalise


def _records(raw: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for d in extract_text(raw, path="notice.txt").dicts():
        out.setdefault(d["type"], []).append(d)
    return out


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hand-written in the form of OCR text that types each full stop as a point
        pytest.param("加强宣传引导. 县委宣传部持续开展工作.", "加强宣传引导。县委宣传部持续开展工作。", id="point-after-han"),
        pytest.param("增长6.5%.到2025年，完成80%.", "增长6.5%。到2025年，完成80%。", id="point-after-a-per-cent-sign"),
        pytest.param("（责任单位：县农业局）.“十四五”期间", "（责任单位：县农业局）。“十四五”期间", id="point-after-a-bracket"),
        pytest.param("1.加强领导.\n2.落实责任.", "1.加强领导。\n2.落实责任。", id="a-serials-point-stays"),
        pytest.param("一.总体要求\n（二）.工作目标", "一.总体要求\n（二）.工作目标", id="a-han-serials-point-stays"),
        pytest.param("详见附件通知.pdf，网址www.gov.cn.", "详见附件通知.pdf，网址www.gov.cn.", id="file-names-and-addresses-stay"),
        pytest.param("自2005.02.01起施行，标准为3.5米", "自2005.02.01起施行，标准为3.5米", id="dates-and-decimals-stay"),
        pytest.param("等...各部门", "等...各部门", id="an-ellipsis-stays"),
        # hand-written in the form of a markdown copy
        pytest.param("# 某县关于某事的通知\n\n## 一、总体要求\n\n### （一）工作目标", "某县关于某事的通知\n一、总体要求\n（一）工作目标",
                     id="markdown-heading-marks"),
        pytest.param("**（一）加强组织领导。**各乡镇要**切实**落实。", "（一）加强组织领导。各乡镇要切实落实。",
                     id="markdown-emphasis"),
        pytest.param("张**、李**参加；#1号楼", "张**、李**参加；#1号楼", id="masked-names-and-a-hash-stay"),
        pytest.param("**市标准由525元调整为550元;**县、**县", "**市标准由525元调整为550元；**县、**县", id="masked-places-stay"),
        pytest.param("收费标准为1元/辆.次，2元/人.月", "收费标准为1元/辆.次，2元/人.月", id="a-compound-units-dot-stays"),
        pytest.param("____年__月__日", "____年__月__日", id="a-forms-blanks-stay"),
    ],
)
def test_marks_written_another_way_read_as_the_usual_ones(raw: str, expected: str) -> None:
    tm = normalise(raw)
    assert tm.text == expected
    assert len(tm.raw) == len(raw)


# Hand-written in the form of an OCR copy whose full stops are points: a decimal and serials stay.
POINT_NOTICE = """某县人民政府办公室关于做好秸秆综合利用工作的通知
某政办发〔2024〕12号
各乡镇人民政府，县政府各部门:
1.加强宣传引导.把秸秆禁烧纳入村规民约,对违规焚烧行为公开曝光. 县委宣传部、县农业农村局负责持续开展宣传.
2.提高利用水平.到2025年,全县秸秆综合利用率达到95%以上,还田面积稳定在3.5万亩以上.县农业农村局牵头,县财政局配合.
3.强化督查考核.县政府督查室每季度开展1次督查.
某县人民政府办公室
2024年3月5日
"""


def test_a_notice_whose_full_stops_are_points() -> None:
    recs = _records(POINT_NOTICE)
    tasks = recs["task"]
    owners = [[(a["name"], a["role"]) for a in t["agencies"]] for t in tasks]
    assert [("县委宣传部", "responsible"), ("县农业农村局", "responsible")] in owners
    assert [("县农业农村局", "lead"), ("县财政局", "support")] in owners
    # each task is its own sentences: the one a point ends is no part of the next
    (publicity,) = [t for t in tasks if t["agencies"][0]["name"] == "县委宣传部"]
    assert publicity["text"].startswith("县委宣传部") and "公开曝光" not in publicity["text"]
    targets = {t["indicator"]: t for t in recs["target"]}
    assert targets["全县秸秆综合利用率"]["value"] == 95
    assert targets["还田面积"]["value"] == 3.5  # the decimal point is read as one
    assert targets["还田面积"]["text"].endswith("3.5万亩以上")
    # the export quotes the text as written: a task's sentences end in the points it types
    assert publicity["text"].endswith("开展宣传.") and "。" not in publicity["text"]


# Hand-written in the form of a portal copy saved as markdown.
MARKDOWN_NOTICE = """# 某市人民政府关于废止部分规章的决定

某市人民政府令第35号

根据《中华人民共和国立法法》，市政府决定废止以下规章：

## 一、某市城市绿化管理办法(市政府令第12号)。

## 二、某市户外广告设置管理规定(市政府令第20号)。

本决定自公布之日起施行。

**（一）加强组织领导。**各区人民政府要建立工作机制，市司法局负责统筹协调。

**（二）强化监督检查。**由市城管局牵头，市市场监管局配合，每年开展1次专项检查。

某市人民政府

2023年6月1日
"""


def test_a_markdown_copy_reads_as_a_plain_one() -> None:
    recs = _records(MARKDOWN_NOTICE)
    (doc,) = recs["document"]
    assert doc["number"] == "某市人民政府令第35号"
    assert doc["title"] == "某市人民政府关于废止部分规章的决定"
    repealed = {(c["to"], c["to_title"], c["relation"]) for c in recs["citation"] if c["to"]}
    assert repealed >= {("市政府令第12号", "某市城市绿化管理办法", "repeals"),
                        ("市政府令第20号", "某市户外广告设置管理规定", "repeals")}
    owners = {a["name"]: a["role"] for t in recs["task"] for a in t["agencies"]}
    assert owners == {"各区人民政府": "responsible", "市司法局": "responsible",
                      "市城管局": "lead", "市市场监管局": "support"}
    for t in recs["task"]:
        assert "*" not in t["text"] and "#" not in t["text"]


# Hand-written in the forms of text copied from web pages: character references left unescaped, and
# zero-width characters scattered through the words (an editor's, or a copy guard's).
@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        pytest.param("实施&ldquo;十四五&rdquo;规划，市发展改革委负责。", "实施“十四五”规划，市发展改革委负责。",
                     id="named-references"),
        pytest.param("&nbsp;&nbsp;&nbsp;&nbsp;到2025年&#8212;&#x2014;完成改造100个。", "到2025年——完成改造100个。",
                     id="spaces-and-numbered-references"),
        pytest.param("R&D;投入增长10%，由市科技局牵头。", "R&D；投入增长10%，由市科技局牵头。", id="no-reference-left-alone"),
        pytest.param("市城市管理\u200b委员会负责\u200b督促落实。", "市城市管理委员会负责督促落实。", id="zero-width-space"),
        pytest.param("\ufeff区财政局\u2060牵头。", "区财政局牵头。", id="byte-order-mark-and-word-joiner"),
    ],
)
def test_web_copy_marks_read_as_the_text_they_stand_for(raw: str, plain: str) -> None:
    tm = normalise(raw)
    assert tm.text == normalise(plain).text
    # the offsets still lead to the raw text
    i = len(tm.text) - 3  # (the last two characters before the full stop)
    s, e = tm.to_raw(i, i + 2)
    assert raw[s:e] == tm.text[i:i + 2]


def test_a_web_copy_with_references_gives_its_owners() -> None:
    raw = ("某区人民政府办公室关于推进&ldquo;无废城市&rdquo;建设的通知\n"
           "&nbsp;&nbsp;一、加强统筹。区生态环境\u200b局牵头，区发展改革委、区财政局配合，"
           "到2025年建成&ldquo;无废细胞&rdquo;100个。\n")
    recs = _records(raw)
    (task,) = recs["task"]
    assert [(a["name"], a["role"]) for a in task["agencies"]] == [
        ("区生态环境局", "lead"), ("区发展改革委", "support"), ("区财政局", "support")]
    (doc,) = recs["document"]
    assert doc["title"] == "某区人民政府办公室关于推进“无废城市”建设的通知"


# Hand-written: what the points, stars and question marks of ordinary text stay.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a text writing its stops as 。: a point inside a name is the name's (a minority name typed with a point)
        pytest.param("关于买买提.艾力等职务任免的通知。任命买买提.艾力为副主任。特此通知。",
                     "关于买买提.艾力等职务任免的通知。任命买买提.艾力为副主任。特此通知。", id="a-names-point"),
        # masked names and places keep their stars (a pair of masks is no emphasis)
        pytest.param("张**同志、李**同志：", "张**同志、李**同志：", id="masked-names"),
        pytest.param("**市**区人民政府：", "**市**区人民政府：", id="masked-place"),
        # a question's own mark, spaced as PDF text spaces its marks
        pytest.param("是否符合条件 ? 请核实。", "是否符合条件？请核实。", id="a-spaced-question-mark"),
    ],
)
def test_ordinary_marks_stay_what_they_are(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_a_text_typing_some_stops_as_points_is_quoted_as_typed() -> None:
    raw = ("一、加强建设.到2025年，全市新建公园100个.（责任单位：市建设局）\n"
           "二、强化保障.市财政局负责落实资金。\n")
    texts = [d["text"] for d in extract_text(raw, path="notice.txt").dicts() if d["type"] == "task"]
    assert "一、加强建设.到2025年，全市新建公园100个." in texts
    assert any(t.endswith("负责落实资金。") for t in texts)


def test_a_point_typed_as_a_stop_is_given_back_beside_a_decimal() -> None:
    raw = "一、加强建设.到2025年，全市新建公园3.5万平方米.（责任单位：市建设局）\n二、强化保障。市财政局负责落实资金。\n"
    texts = [d["text"] for d in extract_text(raw, path="notice.txt").dicts() if d["type"] == "task"]
    assert "一、加强建设.到2025年，全市新建公园3.5万平方米." in texts
