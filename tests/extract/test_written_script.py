"""The export quotes a text in the script it is written in.

Extraction reads a text in simplified script (traditional characters are folded on reading), so
one reading serves both scripts; the fields that quote the text (numbers, titles, names, clauses)
are given back as the text prints them, while keys and canonical names stay in one spelling.
"""

from __future__ import annotations

from policykg.extract.pipeline import extract_text
from policykg.extract.text import written_spelling

# Hand-written in the form of a notice on a traditional-script mirror page (Big5 sites, Hong Kong
# and Taiwan mirrors of mainland documents): header, number, labels and targets all traditional.
TRADITIONAL_NOTICE = """懷化市人民政府辦公室關於印發懷化市促進消費若干措施的通知
懷政辦發〔2023〕9號
各縣市區人民政府，市政府各部門：
經市人民政府同意，現將《懷化市促進消費若干措施》印發給你們，請認真貫徹執行。
一、擴大汽車消費。對購買新能源汽車的個人給予補貼。（責任單位：市商務局、市財政局）
二、到2025年，全市社會消費品零售總額達到1000億元，新增限額以上商貿企業50家。（牽頭單位：市商務局；配合單位：市統計局）
懷化市人民政府辦公室
2023年5月10日
"""


def _records(raw: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for d in extract_text(raw, path="notice.txt").dicts():
        out.setdefault(d["type"], []).append(d)
    return out


def test_a_traditional_text_is_quoted_as_written() -> None:
    recs = _records(TRADITIONAL_NOTICE)
    (doc,) = recs["document"]
    assert doc["number"] == "懷政辦發〔2023〕9號"
    assert doc["title"] == "懷化市人民政府辦公室關於印發懷化市促進消費若干措施的通知"
    assert doc["issuer"] == ["懷化市人民政府辦公室"]
    assert doc["addressees"] == ["各縣市區人民政府", "市政府各部門"]
    # the document's key stays one spelling: the same notice on a simplified page is the same document
    assert doc["id"] == "怀政办发〔2023〕9号"
    tasks = recs["task"]
    assert [t["document"] for t in tasks] == ["懷政辦發〔2023〕9號"] * 2
    assert tasks[0]["text"].startswith("一、擴大汽車消費。")
    names = [(a["name"], a["canonical"], a["role"]) for t in tasks for a in t["agencies"]]
    assert ("市商務局", "怀化市商务局", "lead") in names
    assert ("市財政局", "怀化市财政局", "responsible") in names
    targets = {t["indicator"]: t for t in recs["target"]}
    assert targets["全市社會消費品零售總額"]["unit"] == "億元"
    assert targets["全市社會消費品零售總額"]["value"] == 1000
    assert targets["新增限額以上商貿企業"]["text"] == "新增限額以上商貿企業50家"
    (promulgated,) = recs["citation"]
    assert (promulgated["from"], promulgated["to_title"]) == ("懷政辦發〔2023〕9號", "懷化市促進消費若干措施")


def test_the_source_spans_stay_the_raw_text() -> None:
    res = extract_text(TRADITIONAL_NOTICE, path="notice.txt")
    for d in res.dicts():
        src = d.get("source")
        if src:
            assert TRADITIONAL_NOTICE[src["start"]:src["end"]] == src["text"]


def test_a_simplified_text_quoting_traditional_words_stays_simplified() -> None:
    # hand-written: a simplified notice citing a title and a number a mirror page printed in
    # traditional script, and a variant glyph folded on reading (陜)
    raw = ("陕西省人民政府关于加快发展的意见\n陕政发〔2017〕34号\n"
           "根据《國務院關於某某規劃的批覆》（陜政发〔2016〕3号），到2025年，全省新增企业500家。\n"
           "陕西省人民政府\n2017年5月10日\n")
    assert written_spelling(raw) is None
    recs = _records(raw)
    assert recs["document"][0]["number"] == "陕政发〔2017〕34号"
    assert {c["to"] for c in recs["citation"]} == {"陕政发〔2016〕3号"}


def test_a_character_the_text_writes_both_ways_keeps_the_more_frequent() -> None:
    # hand-written: a traditional text that writes 于 (關于, as many mirror pages do) more often
    # than 於: 于 is not respelt; 發 is.
    raw = "關于某事的通知。" * 3 + "關於某事。" + "".join(TRADITIONAL_NOTICE.split("關於"))
    table = written_spelling(raw)
    assert table is not None
    assert "于".translate(table) == "于"
    assert "发".translate(table) == "發"


def test_a_quote_keeps_the_characters_of_its_own_span() -> None:
    # hand-written in the form of a converted mirror page that writes 关于 as 關於 in one place and
    # 關于 in another: each clause is quoted with the characters its own span prints
    raw = TRADITIONAL_NOTICE.replace(
        "二、到2025年，", "二、關于消費升級，到2025年，"
    )
    recs = _records(raw)
    texts = [t["text"] for t in recs["task"]]
    assert any("關于消費升級" in t for t in texts)
    assert recs["document"][0]["title"].startswith("懷化市人民政府辦公室關於印發")


def test_a_quote_read_across_a_line_break_keeps_its_own_characters() -> None:
    # hand-written in the form of PDF text: a space inside a clause the reading closes up, in a
    # text that writes 複 (複工) more often than 復 (恢復): the clause keeps the 復 it prints
    raw = TRADITIONAL_NOTICE.replace(
        "一、擴大汽車消費。", "一、擴大汽車消費，確保企業全面恢 復生產。複工複產複查複核。"
    )
    recs = _records(raw)
    assert any("確保企業全面恢復生產" in "".join(t["text"].split()) for t in recs["task"])


def test_a_variant_glyph_is_given_back_with_the_text_it_stands_in() -> None:
    # hand-written: a traditional mirror printing 陜 (a variant OpenCC's table lacks) in its number
    raw = TRADITIONAL_NOTICE.replace("懷化市", "陜西省").replace("懷政辦發", "陜政辦發")
    (doc,) = _records(raw)["document"]
    assert doc["number"] == "陜政辦發〔2023〕9號"
    assert doc["id"] == "陕政办发〔2023〕9号"


def test_a_word_whose_character_folds_two_ways_is_folded_as_a_word_hand_written() -> None:
    """Form: a Taiwan-variant page writing 計畫 (计划) and 規畫 (规划): folded character by character 畫 is 画 and
    the title's type word is lost; folded as words it is 计划, while 畫 elsewhere (書畫) stays 画."""
    from policykg.extract.text import normalise

    raw = "某某市推進物流降本增效三年行動計畫（2021—2023年）\n一、總體要求\n按照全市規畫，舉辦書畫展覽。\n"
    assert normalise(raw).text.splitlines()[2] == "按照全市规划，举办书画展览。"
    # (too few traditional characters to quote it as written: the title is given in the reading's script)
    (doc,) = [d for d in extract_text(raw, path="plan.txt").dicts() if d["type"] == "document"]
    assert doc["title"] == "某某市推进物流降本增效三年行动计划（2021—2023年）"
    # a name OpenCC's phrase table lists with its traditional character kept (於單, a surname and a name)
    # folds no word: 關於單位 is 关于单位
    assert normalise("某市人民政府關於單位內部管理的通知\n").text.startswith("某市人民政府关于单位")


def test_a_word_folded_as_a_word_is_quoted_whole_in_its_script() -> None:
    """Form: a traditional mirror (heldAA14 15) whose title and a cited title hold 計畫 (计划 read as a word): the
    fields give the word back as written (計畫), not half folded (計划)."""
    raw = ("渝府發〔2015〕69號\n各區縣(自治縣)人民政府,市政府有關部門,有關單位:\n"
           "《貫徹落實國務院水污染防治行動計畫實施方案》已經市政府第99次常務會議通過,現印發給你們,請認真貫徹執行。\n"
           "重慶市人民政府\n2015年12月14日\n貫徹落實國務院水污染防治行動計畫實施方案\n"
           "為貫徹落實國務院《水污染防治行動計畫》(國發〔2015〕17號),確保三峽工程重慶庫區水環境安全,制定本實施方案。\n"
           "一、總體要求\n深入貫徹黨的十八大精神,嚴守生態文明建設底線。\n")
    recs = _records(raw)
    (doc,) = recs["document"]
    assert doc["title"] == "貫徹落實國務院水污染防治行動計畫實施方案"
    assert doc["number"] == "渝府發〔2015〕69號"
    cited = {c["to"]: c["to_title"] for c in recs["citation"]}
    assert cited["國發〔2015〕17號"] == "水污染防治行動計畫"


def test_a_words_character_spells_the_simplified_one_it_folds_to() -> None:
    # hand-written: a traditional page writing 計畫 (计划) and no 劃: a value it does not hold in one run is spelt
    # with 畫 for 划 too, one script whole
    raw = ("某市推進物流發展三年行動計畫\n一、總體要求\n按照行動計畫，各區縣認真組織實施，確保實現預期目標。\n"
           "推進經濟結構調整，優化營商環境，鞏固發展質量，加強資源節約與環境保護，實現綠色轉型，擴大對外開放。\n")
    spelling = written_spelling(raw)
    assert spelling is not None
    assert "行动计划实施".translate(spelling) == "行動計畫實施"
