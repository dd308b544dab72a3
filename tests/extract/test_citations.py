"""Citations: real snippets from the Jiaxing gazette and the development corpus, one relation each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.citations import find_citations
from policykg.extract.records import Relation
from policykg.extract.text import normalise, read_file

GAZETTE = Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt"


def cites(text: str, *, own: str | None = None) -> set[tuple[str | None, str | None, str]]:
    """(to, to_title, relation) of every citation found in ``text``."""
    out = find_citations(normalise(text).text, document=own, own_number=own)
    return {(c.to_number, c.to_title, c.relation.value) for c in out}


# ---------------------------------------------------------------------------
# One relation each, on real snippets


CASES = [
    (
        # hand-written in the form of a ministry's campaign notice: a bare 按 before the issuer, 要求 after the number
        "basis-bare-an-requirement-after",
        "深化某某专项整治工作按国务院办公厅国办发〔2003〕61号文件关于“统一领导，分级负责”的要求，由各地组织实施。",
        {("国办发〔2003〕61号", None, Relation.BASIS)},
    ),
    (
        # hand-written in the form of a mirror's copy: a stray mark closes the number's bracket before its serial
        "basis-title-its-number-bracket-closed-early",
        "根据省教育厅《关于印发某某计划的通知》(某教基〔2018〕)21号)精神，结合我市实际，制定本方案。",
        {("某教基〔2018〕21号", "关于印发某某计划的通知", Relation.BASIS)},
    ),
    (
        # hand-written in the form of a gazette's contents and search pages: its own name in 《》 is no text
        "gazette-own-name-is-no-citation",
        "二零二一年九月十四日刊登了第三十七期《某某特别行政区公报》第一组副刊；详见《公报》第43期及《共和国公报》。",
        set(),
    ),
    (
        # hand-written in the form of a court's 批复: a quoted part of an earlier opinion void from the reply's day
        "repeals-quoted-part-void-from-a-day",
        "我院1986年3月5日《关于某某工作若干问题的意见》中“关于某某期限的规定”的意见，自本批复发布之日起作废。",
        {(None, "关于某某工作若干问题的意见", Relation.REPEALS)},
    ),
    (
        "basis-title-and-number",
        "为保障劳动者基本生活和合法权益，根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3 号）精神，结合我市实际，市政府决定：",
        {("浙政发〔2024〕3号", "浙江省人民政府关于调整全省最低工资标准的通知", Relation.BASIS)},
    ),
    (
        "repeals-tongshi-feizhi",
        "本通知发布后，《嘉兴市人民政府关于调整全市最低工资标准的通知》（嘉政发〔2021〕22号）同时废止。",
        {("嘉政发〔2021〕22号", "嘉兴市人民政府关于调整全市最低工资标准的通知", Relation.REPEALS)},
    ),
    (
        # hand-written in the form of a ministry's 公告 (环境保护部, #16): the repealed text's 公告 number
        "repeals-announcement-numbered-by-year",
        "本办法自发布之日起施行。《某某标准管理暂行办法》（某某总局公告2009年第12号）同时废止。",
        {("某某总局公告2009年第12号", "某某标准管理暂行办法", Relation.REPEALS)},
    ),
    (
        # hand-written in the same form: the 公告 issues the rules it has made (制定了《X》，现予发布)
        "promulgates-made-and-now-issued",
        "为规范某某标准管理工作，我部制定了《某某标准管理办法》，现予发布，自发布之日起施行。",
        {(None, "某某标准管理办法", Relation.PROMULGATES)},
    ),
    (
        # hand-written in the form of a county's notice (襄城, #15): two texts made and issued now, each with
        # its short name, mentioned again by it: the promulgated texts only
        "promulgates-made-texts-with-short-names",
        "经县委、县政府同意，制定《河县村级事务清单（试行）》（以下简称《清单》）和《河县村级事务目录（试行）》"
        "（以下简称《目录》），现印发给你们，请遵照执行。《清单》和《目录》一一对应。",
        {(None, "河县村级事务清单（试行）", Relation.PROMULGATES), (None, "河县村级事务目录（试行）", Relation.PROMULGATES)},
    ),
    (
        # hand-written in the form of a ministry's regulation (商务部令, #15): an order numbered by year
        "repeals-ministry-order-numbered-by-year",
        "本办法自2022年5月1日起施行。某某部2019年发布的《某某备案规定》（某某部令2019年第2号）同时废止。",
        {("某某部令2019年第2号", "某某备案规定", Relation.REPEALS)},
    ),
    (
        "repeals-tingzhi-zhixing",
        "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》（国办发〔2016〕82号）停止执行。",
        {
            (
                "国办发〔2016〕82号",
                "国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知",
                Relation.REPEALS,
            )
        },
    ),
    (
        "repeals-a-list-with-nested-ascii-marks",
        "1.本实施意见自发布之日起施行。原《七宝镇人民政府关于印发<七宝镇限额以下小型建设工程管理实施细则（试行）>的通知》"
        "（闵七府〔2014〕18号）、《七宝镇人民政府关于限额以下小型建设工程管理的实施意见》（闵七府〔2016〕21号）同时废止。",
        {
            (
                "闵七府〔2014〕18号",
                "七宝镇人民政府关于印发<七宝镇限额以下小型建设工程管理实施细则（试行）>的通知",
                Relation.REPEALS,
            ),
            ("闵七府〔2016〕21号", "七宝镇人民政府关于限额以下小型建设工程管理的实施意见", Relation.REPEALS),
        },
    ),
    (
        "implements-guanche-luoshi",
        "为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》（浙政办发〔2023〕25号）要求，加快推动卫生健康事业高质量发展，",
        {
            (
                "浙政办发〔2023〕25号",
                "浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见",
                Relation.IMPLEMENTS,
            )
        },
    ),
    (
        "basis-anzhao-yaoqiu",
        "要按照《中共中央办公厅关于统筹规范督查检查考核工作的通知》要求，完善督查考评体系，",
        {(None, "中共中央办公厅关于统筹规范督查检查考核工作的通知", Relation.BASIS)},
    ),
    (
        "implements-law-by-title",
        "深入贯彻落实《中华人民共和国农业机械化促进法》等法律法规，完善粮食安全省长责任制",
        {(None, "中华人民共和国农业机械化促进法", Relation.IMPLEMENTS)},
    ),
    (
        "implements-and-basis-in-one-sentence",
        "为贯彻落实《国务院办公厅关于推进海绵城市建设的指导意见》等文件精神，根据《上海市海绵城市专项规划（2016-2035）》"
        "《上海市海绵城市规划建设管理办法》（沪住建规范联〔2023〕11号）等部署要求，",
        {
            (None, "国务院办公厅关于推进海绵城市建设的指导意见", Relation.IMPLEMENTS),
            (None, "上海市海绵城市专项规划（2016-2035）", Relation.BASIS),
            ("沪住建规范联〔2023〕11号", "上海市海绵城市规划建设管理办法", Relation.BASIS),
        },
    ),
    (
        "basis-yiju-list-without-separator",
        "一是依据《上海市再生资源回收管理办法》《上海市促进生活垃圾分类减量办法》有关要求，各街镇（园区）完成再生资源回收网络布局",
        {
            (None, "上海市再生资源回收管理办法", Relation.BASIS),
            (None, "上海市促进生活垃圾分类减量办法", Relation.BASIS),
        },
    ),
    (
        "basis-nested-ascii-marks",
        "根据《上海市关于印发<上海市工程建设项目审批制度改革试点实施方案>的通知》（沪府办〔2018〕14号）等规定，结合我镇实际，制定本实施意见。",
        {
            (
                "沪府办〔2018〕14号",
                "上海市关于印发<上海市工程建设项目审批制度改革试点实施方案>的通知",
                Relation.BASIS,
            )
        },
    ),
    (
        "forwards-xianjiang-with-number",
        "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查，",
        {
            (
                "国发明电〔2014〕1号",
                "国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知",
                Relation.FORWARDS,
            )
        },
    ),
    (
        "forwards-already-agreed",
        "《市咨询委2024年度咨询研究课题计划》已经市政府同意，现转发给你们，请积极支持配合市咨询委开展课题研究工作。",
        {(None, "市咨询委2024年度咨询研究课题计划", Relation.FORWARDS)},
    ),
    (
        "forwards-drafted-by-a-bureau",
        "区建设管理委拟定的《嘉定区系统化全域推进海绵城市建设的实施方案》已经区政府同意，现转发给你们，请认真按照执行。",
        {(None, "嘉定区系统化全域推进海绵城市建设的实施方案", Relation.FORWARDS)},
    ),
    (
        "promulgates-already-adopted",
        "《关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）》已经九届市人民政府第42次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。",
        {
            (
                None,
                "关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）",
                Relation.PROMULGATES,
            )
        },
    ),
    (
        "promulgates-xianjiang",
        "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。",
        {(None, "国家职业教育改革实施方案", Relation.PROMULGATES)},
    ),
    (
        "promulgates-nested-title",
        "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见》已经市政府同意，现印发给你们，请认真按照执行。",
        {(None, "关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见", Relation.PROMULGATES)},
    ),
    (
        "promulgates-plan-without-marks",
        "各县（市、区）人民政府，市政府各部门、直属各单位：\n2024年嘉兴市国民经济和社会发展规划已经市九届人大四次会议审议批准，现印发给你们，请认真组织落实。",
        {(None, "2024年嘉兴市国民经济和社会发展规划", Relation.PROMULGATES)},
    ),
    (
        # Hand-written in the form of a county's 应急预案 notice: 预案 is a document type too.
        "promulgates-contingency-plan-without-marks",
        "各乡镇人民政府，县政府各部门：\n《某某县突发事件总体应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。",
        {(None, "某某县突发事件总体应急预案", Relation.PROMULGATES)},
    ),
    (
        # Hand-written: a letter of responsibility is a document a text may cite.
        "cites-a-letter-of-responsibility",
        "各单位考核目标详见《2024年度安全生产目标责任书》。",
        {(None, "2024年度安全生产目标责任书", Relation.CITES)},
    ),
    (
        # Hand-written: a bare document type between 现将 and the verb names no document.
        "xianjiang-a-bare-type-names-nothing",
        "各村（社区）：\n现将方案印发给你们，请认真抓好落实。",
        set(),
    ),
    (
        # Hand-written: the verb with no addressee after it.
        "promulgates-xianjiang-without-addressee",
        "经市政府同意，现将《嘉兴市区住房公积金管理办法》印发，请认真贯彻执行。",
        {(None, "嘉兴市区住房公积金管理办法", Relation.PROMULGATES)},
    ),
    (
        "forwards-xianjiang-issuer-title-number-without-addressee",
        "现将省发展改革委《关于做好能源保供工作的通知》（苏发改能源〔2024〕1号）转发，请遵照执行。",
        {("苏发改能源〔2024〕1号", "关于做好能源保供工作的通知", Relation.FORWARDS)},
    ),
    (
        "cites-someone-elses-yinfa-le",
        "国家能源局印发了《关于组织开展可再生能源发展试点示范的通知》（国能发新能〔2023〕66号）。现转发你单位，并就有关事项通知如下：",
        {("国能发新能〔2023〕66号", "关于组织开展可再生能源发展试点示范的通知", Relation.CITES)},
    ),
    (
        "repeals-buzai-zhixing-before",
        "对自贸试验区内的港澳台资建筑业企业，不再执行《外商投资建筑业企业管理规定》中关于工程承包范围的限制性规定。",
        {(None, "外商投资建筑业企业管理规定", Relation.REPEALS)},
    ),
    (
        "cites-agreements",
        "在《内地与香港关于建立更紧密经贸关系的安排》、《海峡两岸经济合作框架协议》下，",
        {
            (None, "内地与香港关于建立更紧密经贸关系的安排", Relation.CITES),
            (None, "海峡两岸经济合作框架协议", Relation.CITES),
        },
    ),
    (
        "cites-canzhao-list-keeps-a-manual",
        "6.本实施意见中限额以下工程的质量安全监管参照《中华人民共和国建筑法》、《上海市建设工程质量安全监督工作手册》等相关法律法规进行实施。",
        {
            (None, "中华人民共和国建筑法", Relation.CITES),
            (None, "上海市建设工程质量安全监督工作手册", Relation.CITES),
        },
    ),
    (
        "cites-xiangjian-title-without-type-word",
        "具体操作详见《闵行区限额以下小型建设工程管理系统用户手册》；总投资为30万元以下的小型建设工程至镇规建办办理施工备案手续。",
        {(None, "闵行区限额以下小型建设工程管理系统用户手册", Relation.CITES)},
    ),
    (
        "cites-table-cell-title-over-lines",
        "区水务局、区建设管理委、区交通委，各街镇\n《关于推动本区城市基础设\n施维护高质量发展行动方案》\n（嘉府发〔2023〕22号）\n序号",
        {("嘉府发〔2023〕22号", "关于推动本区城市基础设施维护高质量发展行动方案", Relation.CITES)},
    ),
    (
        "repeals-title-of-a-notice-then-its-number",
        "本意见自发布之日起施行，原《青浦区关于进一步加强建筑垃圾全过程管理工作的意见（试行）》的通知（青建整办〔2024〕1号）、"
        "《青浦区关于联合打击非法运输、倾倒建筑垃圾工作机制（试行）》的通知（青建整办〔2024〕2号）、"
        "《青浦区关于进一步加强建筑垃圾消纳场所管理工作的通知》（青建整办〔2024〕3号）同时废止。",
        {
            (
                "青建整办〔2024〕1号",
                "青浦区关于进一步加强建筑垃圾全过程管理工作的意见（试行）",
                Relation.REPEALS,
            ),
            (
                "青建整办〔2024〕2号",
                "青浦区关于联合打击非法运输、倾倒建筑垃圾工作机制（试行）",
                Relation.REPEALS,
            ),
            ("青建整办〔2024〕3号", "青浦区关于进一步加强建筑垃圾消纳场所管理工作的通知", Relation.REPEALS),
        },
    ),
    (
        "basis-titles-back-to-back-with-order-number-and-unlisted-codes",
        "提高城市管理精细化水平，根据《中华人民共和国固体废物污染环境防治法》《上海市建筑垃圾处理管理规定》（政府令第57号）"
        "《关于进一步规范本市拆房（拆违）垃圾和装修垃圾收运处置工作的通知》（沪建城管联〔2017〕420号）"
        "《关于进一步加强建筑垃圾全程管理严厉打击违法违规处置行为的通知》（沪绿容〔2020〕372号）等法律法规和文件规定，结合我镇实际，",
        {
            (None, "中华人民共和国固体废物污染环境防治法", Relation.BASIS),
            ("政府令第57号", "上海市建筑垃圾处理管理规定", Relation.BASIS),
            (
                "沪建城管联〔2017〕420号",
                "关于进一步规范本市拆房（拆违）垃圾和装修垃圾收运处置工作的通知",
                Relation.BASIS,
            ),
            (
                "沪绿容〔2020〕372号",
                "关于进一步加强建筑垃圾全程管理严厉打击违法违规处置行为的通知",
                Relation.BASIS,
            ),
        },
    ),
    (
        "implements-order-number-with-ling-last",
        "为深入贯彻落实《上海市建筑垃圾处理管理规定》（市政府第16号令）和《上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见》"
        "（沪府办〔2024〕56号），加快构建青浦区建筑垃圾全链条、全过程闭环管理体系，",
        {
            ("市政府第16号令", "上海市建筑垃圾处理管理规定", Relation.IMPLEMENTS),
            (
                "沪府办〔2024〕56号",
                "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见",
                Relation.IMPLEMENTS,
            ),
        },
    ),
    (
        # hand-written in the form of a league's regulation (锡林郭勒, 2010): 令 last and no 第
        "basis-order-number-with-ling-last-without-ordinal",
        "根据《城市道路管理条例》（国务院第198号令）、《城市绿化工程施工规范》（建设部75号令）等规定，结合本市实际，",
        {
            ("国务院第198号令", "城市道路管理条例", Relation.BASIS),
            ("建设部75号令", "城市绿化工程施工规范", Relation.BASIS),
        },
    ),
    (
        "basis-genju-someone-elses-guanyu-yinfa-notice",
        "根据上海市消防救援总队、上海市民政局、上海市公安局关于印发《加强独居老人消防安全工作实施方案》的通知要求。",
        {(None, "加强独居老人消防安全工作实施方案", Relation.BASIS)},
    ),
    (
        "basis-genju-gongbu-de",
        "根据省工商局公布的《安徽省“多证合一”改革证照事项目录》(以下简称《目录》),全面实行“多证合一、一照一码”,",
        {(None, "安徽省“多证合一”改革证照事项目录", Relation.BASIS)},
    ),
    (
        # Hand-written: the corpus holds no 印发的《…》 whose title lacks a document-type word.
        "basis-yinfa-de-title-without-type-word",
        "根据国家卫生健康委印发的《医疗机构设置规划指导原则（2021-2025年）》，结合本市实际，",
        {(None, "医疗机构设置规划指导原则（2021-2025年）", Relation.BASIS)},
    ),
    (
        # From 国办发〔2018〕124号, outside the corpus: 通则 ends a title too; a text applied (执行) is cited, no
        # 贯彻落实 of it (eval README)
        "cites-zhixing-tongze-and-zhunze",
        "转制后财务制度应执行《企业财务通则》，会计制度应执行《企业会计准则》或《小企业会计准则》。",
        {
            (None, "企业财务通则", Relation.CITES),
            (None, "企业会计准则", Relation.CITES),
            (None, "小企业会计准则", Relation.CITES),
        },
    ),
    (
        # a 法治政府建设 report: the 贯彻落实 governs the 决策部署 of the clause before, not the 《规定》 applied
        "cites-strictly-applied-after-carrying-out-something-else",
        "深入贯彻落实中央、市委和市政府关于法治政府建设的决策部署和工作要求，"
        "严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，",
        {(None, "党政主要负责人履行推进法治建设第一责任人职责规定", Relation.CITES)},
    ),
    (
        # a discretion rule applying another text's provisions: 执行《X》（文号）有关规定
        "cites-zhixing-youguan-guiding",
        "“突发环境事件”等级分类执行《国务院办公厅关于印发国家突发环境事件应急预案的通知》（国办函〔2014〕119号）有关规定。",
        {("国办函〔2014〕119号", "国务院办公厅关于印发国家突发环境事件应急预案的通知", Relation.CITES)},
    ),
    (
        # hand-written: a 贯彻落实 joined to the 执行 governs the same text
        "implements-guanche-luoshi-and-zhixing",
        "各单位要认真贯彻落实并严格执行《某市安全生产条例》。",
        {(None, "某市安全生产条例", Relation.IMPLEMENTS)},
    ),
    (
        # a police discretion rule: a benchmark (基准) is a text of its own
        "cites-title-ending-jizhun",
        "第三條 公安機關實施行政處罰，適用本規定和《湖南省公安行政處罰裁量基準》。",
        {(None, "湖南省公安行政处罚裁量基准", Relation.CITES)},
    ),
    (
        # a 民生实事 assessment: two titles side by side, the second a plan's task-division table (issued, not filled in)
        "cites-two-adjacent-titles-the-second-a-task-division-table",
        "在《民生實事項目責任清單》《民生實事任務分解表》的基礎上，做好考核工作。",
        {(None, "民生实事项目责任清单", Relation.CITES), (None, "民生实事任务分解表", Relation.CITES)},
    ),
    (
        "cites-title-closed-by-latin-abbreviation",
        "申请《专利合作条约PCT》缔约国发明专利保护和具有知识产权的新药临床，给予申请费用定额资助。",
        {(None, "专利合作条约PCT", Relation.CITES)},
    ),
    (
        "cites-standard-with-its-code",
        "因此，上海发布了《白玉兰栽植养护技术规程》（DB31/T 1393-2023），提高白玉兰栽植养护技术水平，",
        {(None, "白玉兰栽植养护技术规程", Relation.CITES)},
    ),
    (
        "promulgates-xianyu-yinfa",
        "《区政府2024年重点工作目标任务分解落实方案》已经区政府第76次常务会议审议通过，现予印发，请各地、各部门、各有关单位认真贯彻落实。",
        {(None, "区政府2024年重点工作目标任务分解落实方案", Relation.PROMULGATES)},
    ),
    (
        "implements-bare-type-word-after-a-numbered-title-in-its-paragraph",
        "近期，市政府办公厅出台《上海市人民政府办公厅关于进一步加强本市城市公共消防安全工作的意见》(沪府办规〔2019〕5号)，"
        "为贯彻落实《意见》精神，进一步加强长宁区城市公共消防安全，现制定以下工作意见：",
        {
            (
                "沪府办规〔2019〕5号",
                "上海市人民政府办公厅关于进一步加强本市城市公共消防安全工作的意见",
                Relation.IMPLEMENTS,
            )
        },
    ),
    (
        # Hand-written in the standard form: the corpus quotes no article of a repealed document.
        "repeals-list-with-articles-and-quoted-passages",
        "《嘉兴市区住房公积金管理办法》（嘉政发〔2019〕5号）第三条“缴存比例为5%至12%”、"
        "《嘉兴市区住房公积金提取管理办法》（嘉政办发〔2020〕7号）第五条“提取额度不超过账户余额”同时废止。",
        {
            ("嘉政发〔2019〕5号", "嘉兴市区住房公积金管理办法", Relation.REPEALS),
            ("嘉政办发〔2020〕7号", "嘉兴市区住房公积金提取管理办法", Relation.REPEALS),
        },
    ),
    (
        # Hand-written: a quoted passage holds 落实 and a note holds 修订; neither types the list.
        "basis-list-with-a-note-and-quoted-passages",
        "根据《浙江省安全生产条例》（2023年修订）“生产经营单位应当…”和《浙江省消防条例》“各级人民政府应当…落实消防安全责任”的规定，",
        {(None, "浙江省安全生产条例", Relation.BASIS), (None, "浙江省消防条例", Relation.BASIS)},
    ),
    (
        # Hand-written: words before a number in running text are not a title (only a list item's are).
        "basis-number-after-a-title-without-marks-in-a-sentence",
        "根据国务院办公厅关于加强X管理的意见（国办发〔2024〕1号），制定本办法。",
        {("国办发〔2024〕1号", None, Relation.BASIS)},
    ),
    (
        # Hand-written: a web mirror that writes book-title marks in ASCII.
        "basis-ascii-title-marks",
        "根据<<中华人民共和国安全生产法>>和<<浙江省人民政府关于调整全省最低工资标准的通知>>（浙政发〔2024〕3号）精神，",
        {
            (None, "中华人民共和国安全生产法", Relation.BASIS),
            ("浙政发〔2024〕3号", "浙江省人民政府关于调整全省最低工资标准的通知", Relation.BASIS),
        },
    ),
    (
        # Hand-written: a joint document's two numbers in one bracket after its title.
        "basis-joint-numbers-in-one-bracket",
        "根据《关于提高基础养老金标准的通知》（某人社发〔2022〕7号 某财社〔2022〕18号）要求，",
        {
            ("某人社发〔2022〕7号", "关于提高基础养老金标准的通知", Relation.BASIS),
            ("某财社〔2022〕18号", "关于提高基础养老金标准的通知", Relation.BASIS),
        },
    ),
    (
        # Hand-written: a closing mark typed twice before the title's number.
        "basis-doubled-closing-mark",
        "根据《某市人民政府关于公布供养标准的通知》》（某政秘〔2020〕78号），结合实际，",
        {("某政秘〔2020〕78号", "某市人民政府关于公布供养标准的通知", Relation.BASIS)},
    ),
    (
        # Hand-written: the issuing body and its number in brackets written before the title.
        "basis-number-before-the-title",
        "根据国家某某局（某草发〔2020〕40号）《关于加强草原禁牧工作的通知》，现通告如下：",
        {("某草发〔2020〕40号", "关于加强草原禁牧工作的通知", Relation.BASIS)},
    ),
    (
        # Hand-written in the form of a reply: the paper answered, whatever its kind, by 收悉
        "cites-a-received-proposal-by-its-serial",
        "你单位《关于增设某某公交线路的建议》（第10521号）收悉。现答复如下：",
        {(None, "关于增设某某公交线路的建议", Relation.CITES)},
    ),
    (
        "cites-a-received-application",
        "你公司报来《关于某某路段雨污分流工程的立项申请》收悉。经研究，同意立项。",
        {(None, "关于某某路段雨污分流工程的立项申请", Relation.CITES)},
    ),
    (
        # Hand-written: a title shortened by its 的意见, named a document by the 等文件精神 after it
        "implements-a-shortened-title-the-words-after-call-a-document",
        "全面落实某办公厅《关于推行某长制的意见》及国务院《关于支持某省在新时代振兴发展上走新路》等文件精神，制定本方案。",
        {(None, "关于推行某长制的意见", Relation.IMPLEMENTS),
         (None, "关于支持某省在新时代振兴发展上走新路", Relation.IMPLEMENTS)},
    ),
    (
        # Hand-written in the form of a reply approving a plan: 落实《规划》 is the addressees' duty
        "approved-plan-by-its-short-name-is-cited",
        "一、原则同意《某某都市圈发展规划》（以下简称《规划》）。\n二、各有关市人民政府要切实落实《规划》确定的重点任务。",
        {(None, "某某都市圈发展规划", Relation.CITES)},
    ),
    (
        "reported-approval-is-still-implemented",
        "贯彻落实经国务院批准的《某某区域发展规划》，加快推进重点项目建设。",
        {(None, "某某区域发展规划", Relation.IMPLEMENTS)},
    ),
    (
        # hand-written in the form of a notice whose list opens with the matters it tells (执行中有关问题)
        "list-opening-telling-matters-types-no-item",
        "现将调整情况及执行中有关问题通知如下：\n一、调整进口关税税率\n（一）某委会〔2000〕12号文已通知自2000年10月25日起实行从量税。",
        {("某委会〔2000〕12号", None, Relation.CITES)},
    ),
    (
        "title-carried-out-by-passive-deshen-guanche",
        "（三）《某某单位消防安全管理规定》（某部令第61号）得到深入贯彻落实，重点单位达到要求（5分）；",
        {("某部令第61号", "某某单位消防安全管理规定", Relation.IMPLEMENTS)},
    ),
    (
        "jiehe-requirements-is-basis",
        "根据上级要求，结合某部《项目支出绩效评价管理办法》（某预〔2020〕10号）等有关要求，制定本办法。",
        {("某预〔2020〕10号", "项目支出绩效评价管理办法", Relation.BASIS)},
    ),
    (
        "forwarded-by-zhuangei-nimen",
        "现将《某部办公厅关于开展某示范基地申报工作的通知》（某厅函〔2015〕570号）转给你们，请按照通知要求积极组织申报。",
        {("某厅函〔2015〕570号", "某部办公厅关于开展某示范基地申报工作的通知", Relation.FORWARDS)},
    ),
    (
        "stray-closing-mark-after-an-issued-title",
        "根据《自治州关于加快发展某住房的实施方案》的通知》（某政办发〔2022〕22号）精神，制定本方案。",
        {("某政办发〔2022〕22号", "自治州关于加快发展某住房的实施方案", Relation.BASIS)},
    ),
    (
        # hand-written in the form of a county's forwarding notice: the forwarded notice's number right after
        # its title, no bracket around it
        "number-after-the-title-without-brackets",
        "现将《某省人民政府办公厅关于印发某省政务服务管理办法的通知》某政办发〔2019〕12号转发给你们，请认真执行。",
        {("某政办发〔2019〕12号", "某省人民政府办公厅关于印发某省政务服务管理办法的通知", Relation.FORWARDS)},
    ),
    (
        "a-number-after-and-is-another-text",
        "根据《某某水资源条例》和某政发〔2019〕3号文件精神，制定本办法。",
        {(None, "某某水资源条例", Relation.BASIS), ("某政发〔2019〕3号", None, Relation.BASIS)},
    ),
    (
        # hand-written in the form of a county's notice that names an earlier notice by its number first, then its
        # title, with no bracket (按某府办[2011]15号《…》执行): one text, the basis the clause acts on
        "number-written-before-its-title-basis",
        "申请程序和资金管理等按某府办[2015]21号《关于印发某市百岁老人长寿补贴实施办法的通知》执行。",
        {("某府办〔2015〕21号", "关于印发某市百岁老人长寿补贴实施办法的通知", Relation.BASIS)},
    ),
    (
        # hand-written in the form of a city's opinion: a list of what it carries out goes on past a comma, the
        # next text's issuers written before its marks
        "implements-list-goes-on-past-a-comma-and-issuers",
        "为贯彻落实《国务院办公厅关于推进某某改造工作的指导意见》（国办发〔2021〕12号），某省住房和城乡建设厅、"
        "某省财政厅《关于印发某某改造实施意见的通知》（某建城〔2021〕30号），深入推进全市某某改造，提出如下意见。",
        {("国办发〔2021〕12号", "国务院办公厅关于推进某某改造工作的指导意见", Relation.IMPLEMENTS),
         ("某建城〔2021〕30号", "关于印发某某改造实施意见的通知", Relation.IMPLEMENTS)},
    ),
    (
        # hand-written: a verb between the comma and the next title types it by its own word
        "a-verb-after-the-comma-types-the-next-title-itself",
        "根据《某某管理条例》，参照某省财政厅《某某补助办法》，制定本细则。",
        {(None, "某某管理条例", Relation.BASIS), (None, "某某补助办法", Relation.CITES)},
    ),
    (
        # hand-written in the form of a county plan whose page lost a note's opening bracket (…规划2018-2022年）)
        "a-note-whose-opening-bracket-was-lost",
        "深入实施《某省乡村振兴战略规划20182022年)》，扎实推进农村人居环境整治。",
        {(None, "某省乡村振兴战略规划20182022年）", Relation.CITES)},
    ),
    (
        # hand-written in the form of a cover notice: the plan opens a sentence saying what it is, the next one
        # issues it with no object of its own
        "promulgates-in-the-next-sentence",
        "各县区人民政府：\n《某市数字经济发展“十四五”规划》是列入市级专项规划目录的重点规划。经市政府同意，现印发给你们，"
        "请认真组织实施。",
        {(None, "某市数字经济发展“十四五”规划", Relation.PROMULGATES)},
    ),
    (
        # hand-written: the next sentence issues a text of its own (本方案), not the one named before
        "the-next-sentence-issuing-its-own-plan-leaves-the-title-cited",
        "《某市数字经济发展规划》实施以来成效明显。经市政府同意，现将本方案印发给你们。",
        {(None, "某市数字经济发展规划", Relation.CITES)},
    ),
    (
        # hand-written: an instrument a body serves (type word + 书) next to a typed title, both named without a
        # citing verb; a form to fill in (承诺书) stays uncited
        "served-instrument-in-a-pair-with-a-typed-title",
        "被检查单位负责人当场签收《限期整改通知书》、《督查反馈意见》，并填写《整改承诺书》。",
        {(None, "限期整改通知书", Relation.CITES), (None, "督查反馈意见", Relation.CITES)},
    ),
    (
        # real (黄茅洲): another body's text issued by 发, its title naming no kind, its number written without a year
        "basis-title-without-a-kind-then-a-yearless-number",
        "根据沅江市人民政府发《关于优化经济发展环境建设年》沅办发27号文件精神,为保障和推动全镇经济社会健康快速发展,"
        "特制定以下实施方案。",
        {(None, "关于优化经济发展环境建设年", Relation.BASIS)},
    ),
    (
        # hand-written in the same form, the text only called a document by the words after its number
        "title-without-a-kind-then-a-yearless-number-called-a-document",
        "各村要认真学习《关于开展环境整治百日行动》某办发5号文件要求。",
        {(None, "关于开展环境整治百日行动", Relation.CITES)},
    ),
    (
        # real (a 12345 hotline's time-limit rules): the kind of paper a body serves each time, no one document
        "served-instrument-named-by-its-kind-after-a-verb-of-serving",
        "2、对超过办理期限又未报告说明理由的,由局“12345”受理工作组在办理时限到期次日发出《催办通知书》,"
        "同时抄报该部门分管局领导和局“12345”督查组;",
        set(),
    ),
    (
        # hand-written: the same served by 出具, and a typed notice after a verb of serving stays cited
        "served-instrument-by-chuju-and-a-notice-sent-down",
        "对材料齐全的，窗口当场出具《受理决定书》。市政府下达《关于做好防汛工作的通知》。",
        {(None, "关于做好防汛工作的通知", Relation.CITES)},
    ),
    (
        "number-only-basis-and-repeal",
        "根据国办发〔2018〕1号文件精神，制定本办法。本办法自发布之日起施行，嘉政办发〔2019〕3号同时废止。",
        {("国办发〔2018〕1号", None, Relation.BASIS), ("嘉政办发〔2019〕3号", None, Relation.REPEALS)},
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relation_by_wording(snippet: str, expected: set) -> None:
    assert cites(snippet) == {(to, title, rel.value) for to, title, rel in expected}


# Wordings the corpus does not hold (it amends nothing, and repeals only with 同时废止/停止执行),
# written in the standard forms of GB/T 9704 documents.
STANDARD_FORMS = [
    (
        "amends-zuo-ruxia-xiugai",
        "现决定对《嘉兴市市区住宅小区物业管理办法》作如下修改：",
        {(None, "嘉兴市市区住宅小区物业管理办法", Relation.AMENDS)},
    ),
    (
        # Hand-written: two texts merged into one revision, a word for how they are revised between 进行 and 修订
        "amends-two-texts-merged-in-one-revision",
        "我局对《某市人才公寓管理办法》（某人社规〔2016〕3号）和《某市人才住房补贴办法》（某人社规〔2019〕7号）进行合并修订，"
        "形成新的管理办法。",
        {("某人社规〔2016〕3号", "某市人才公寓管理办法", Relation.AMENDS),
         ("某人社规〔2019〕7号", "某市人才住房补贴办法", Relation.AMENDS)},
    ),
    (
        "amends-article-changed-to",
        "《嘉兴市市区住宅小区物业管理办法》第五条修改为：",
        {(None, "嘉兴市市区住宅小区物业管理办法", Relation.AMENDS)},
    ),
    (
        "amends-title-line",
        "国务院关于修改《信访条例》的决定\n国发〔2024〕1号\n各省、自治区、直辖市人民政府：\n",
        {(None, "信访条例", Relation.AMENDS)},
    ),
    (
        # Hand-written: a participle 新修订的/修订后的 describes the title; the clause's 根据 types the list.
        "basis-chain-after-a-revised-law",
        "根据新修订的《中华人民共和国档案法》、《嘉兴市档案管理办法》（嘉政发〔2020〕4号）和"
        "修订后的《嘉兴市档案工作规定》有关要求，制定本细则。",
        {
            (None, "中华人民共和国档案法", Relation.BASIS),
            ("嘉政发〔2020〕4号", "嘉兴市档案管理办法", Relation.BASIS),
            (None, "嘉兴市档案工作规定", Relation.BASIS),
        },
    ),
    (
        # Hand-written: a local law's history note names the decision that amended it.
        "amends-history-note-by-decision",
        "某市河道管理条例\n（2009年6月12日某市人民代表大会常务委员会通过 根据2016年3月2日某市人民代表大会常务委员会"
        "《关于修改〈某市河道管理条例〉的决定》第一次修正）\n第一条 为了加强河道管理，制定本条例。",
        {(None, "关于修改〈某市河道管理条例〉的决定", Relation.AMENDS)},
    ),
    (
        # Hand-written: a history note listing decisions that revised a regulation one after another, its
        # clauses run together once the page's spaces are gone: every decision amends it.
        "amends-history-note-list-of-decisions",
        "某某条例\n（2004年4月30日国务院令第406号公布　根据2012年11月9日《国务院关于修改和废止部分行政法规的决定》"
        "第一次修订　根据2016年2月6日《国务院关于修改部分行政法规的决定》第二次修订）\n第一条 为了维护市场秩序，制定本条例。",
        {(None, "国务院关于修改和废止部分行政法规的决定", Relation.AMENDS),
         (None, "国务院关于修改部分行政法规的决定", Relation.AMENDS)},
    ),
    (
        # Hand-written: 根据 a decision that amends nothing, then 修订 as the next clause's verb, stays basis.
        "basis-decision-not-amending",
        "根据《关于加强河道管理的决定》修订本办法。",
        {(None, "关于加强河道管理的决定", Relation.BASIS)},
    ),
    (
        "repeals-from-a-date",
        "本办法自2024年5月1日起施行。《嘉兴市区住房公积金管理办法》（嘉政发〔2019〕5号）自本办法施行之日起废止。",
        {("嘉政发〔2019〕5号", "嘉兴市区住房公积金管理办法", Relation.REPEALS)},
    ),
    (
        # Hand-written: a basis list going on past its first kind's name (等法律法规，以及…等文件要求)
        "basis-list-goes-on-after-yiji",
        "依据《某省森林防火条例》、《某市森林防火办法》等法律、法规，以及《某省森林火灾应急预案》和《某市突发事件总体应急预案》"
        "等文件要求，结合本县实际，制定本预案。",
        {(None, "某省森林防火条例", Relation.BASIS), (None, "某市森林防火办法", Relation.BASIS),
         (None, "某省森林火灾应急预案", Relation.BASIS), (None, "某市突发事件总体应急预案", Relation.BASIS)},
    ),
    (
        # Hand-written: the same words after a plain mention give the next list no relation
        "cites-list-after-a-mention",
        "《某省森林防火条例》等法规已经修订，以及《某市森林防火办法》也已出台。",
        {(None, "某省森林防火条例", Relation.CITES), (None, "某市森林防火办法", Relation.CITES)},
    ),
    (
        # Hand-written: a text handed on under 印发, then named with its number as the basis of the rules
        "basis-beats-an-earlier-issuing-mention",
        "各县农业农村局：\n现将《2021年某省农村工作考核细则》印发给你们，请认真贯彻执行。\n某市农业农村局\n2021年9月1日\n"
        "2021年某市农村工作考核细则\n根据《2021年某省农村工作考核细则》（某农办发〔2021〕9号）的具体要求，制定本细则。",
        {("某农办发〔2021〕9号", "2021年某省农村工作考核细则", Relation.BASIS)},
    ),
    (
        # Hand-written: the plan it issues, named again without a number as what others must follow
        "promulgates-kept-over-a-numberless-following",
        "各乡镇人民政府：\n现将《某县温饱工程计划》印发给你们，请认真贯彻执行。各乡镇要按照《某县温饱工程计划》的要求，"
        "制定本乡镇的实施方案。",
        {(None, "某县温饱工程计划", Relation.PROMULGATES)},
    ),
    (
        # Hand-written: a bracket after a title holds a whole number but for its 号
        "number-without-hao-in-its-bracket",
        "为贯彻落实某市财政局《关于印发某市草原补助实施方案的通知》（某市财[2021]27）文件精神，制定本方案。",
        {("某市财〔2021〕27号", "关于印发某市草原补助实施方案的通知", Relation.IMPLEMENTS)},
    ),
    (
        # Hand-written: 从…起 for 自…起 before the repeal
        "repeals-from-today-with-cong",
        "现将《某县防汛应急预案》印发给你们。原《某县人民政府关于印发防汛预案的通知》（某政发〔2016〕8号）从即日起废止。",
        {(None, "某县防汛应急预案", Relation.PROMULGATES),
         ("某政发〔2016〕8号", "某县人民政府关于印发防汛预案的通知", Relation.REPEALS)},
    ),
    (
        # Hand-written: 了 between the verb and its object
        "amends-jinxingle-xiugai",
        "为进一步规范公文办理，县政府办公室对《某县公文处理办法》进行了修改和完善，现印发给你们。",
        {(None, "某县公文处理办法", Relation.AMENDS)},
    ),
    (
        # Hand-written: a note that another text repealed this one (被《X》废止) is no repeal made by it
        "repealed-by-another-text",
        "备注：本规章已于2022年3月1日被《某省人民政府关于废止部分规章的决定》废止。\n各市人民政府：\n现通知如下。",
        {(None, "某省人民政府关于废止部分规章的决定", Relation.CITES)},
    ),
    (
        "repeals-number-then-wenjian-tongshi-feizhi",
        "本预案自印发之日起施行，嘉政发〔2015〕18号文件同时废止。",
        {("嘉政发〔2015〕18号", None, Relation.REPEALS)},
    ),
    (
        # real (a county's land price notice): the bracketed number after the words that describe the old text
        "repeals-bracketed-number-after-a-plain-descriptor",
        "本次公布的区片综合地价自发布之日起执行，原征收农用地区片综合地价标准（梓府通告〔2020〕6号）同时废止。",
        {("梓府通告〔2020〕6号", None, Relation.REPEALS)},
    ),
    (
        # hand-written: the same in half-width brackets, its verb 废止 alone
        "repeals-bracketed-number-half-width-after-a-plain-descriptor",
        "原补偿标准(某府发〔2019〕12号)废止。",
        {("某府发〔2019〕12号", None, Relation.REPEALS)},
    ),
    (
        "repeals-number-then-wen-tongshi-feizhi",
        "本办法自发布之日起施行，嘉政办发〔2016〕7号文同时废止。",
        {("嘉政办发〔2016〕7号", None, Relation.REPEALS)},
    ),
    (
        "amends-list-item-article-gains-an-item",
        "省人民代表大会常务委员会决定，修改下列地方性法规：\n"
        "1.在《浙江省农村能源管理条例》第九条中增加一项作为第四项：\n"
        "2.将《浙江省气象条例》第六条 项修改为：\n"
        "3.将《浙江省河道管理条例》第十二条第二款删去。",
        {
            (None, "浙江省农村能源管理条例", Relation.AMENDS),
            (None, "浙江省气象条例", Relation.AMENDS),
            (None, "浙江省河道管理条例", Relation.AMENDS),
        },
    ),
    (
        "basis-article-then-a-verb-of-the-task-is-no-amendment",
        "按照《浙江省水资源条例》第十条要求增加投入。",
        {(None, "浙江省水资源条例", Relation.BASIS)},
    ),
    (
        "basis-vague-laws-then-titled-plan",
        "根据有关法律、法规、规章以及《嘉兴市突发公共事件总体应急预案》，结合本镇实际，制定本预案。",
        {(None, "嘉兴市突发公共事件总体应急预案", Relation.BASIS)},
    ),
    (
        "basis-vague-laws-he-titled-plan",
        "依据国家有关法律法规和《浙江省自然灾害救助应急预案》，制定本预案。",
        {(None, "浙江省自然灾害救助应急预案", Relation.BASIS)},
    ),
    (
        "basis-list-with-a-title-missing-its-opening-mark",
        "依据《中华人民共和国安全生产法》、生产安全事故应急条例》、《浙江省生产安全事故应急预案》、"
        "《嘉兴市生产安全事故应急预案》等，制定本预案。",
        {
            (None, "中华人民共和国安全生产法", Relation.BASIS),
            (None, "生产安全事故应急条例", Relation.BASIS),
            (None, "浙江省生产安全事故应急预案", Relation.BASIS),
            (None, "嘉兴市生产安全事故应急预案", Relation.BASIS),
        },
    ),
    (
        "basis-list-with-a-title-missing-its-closing-mark",
        "依据《中华人民共和国防洪法》、《浙江省防汛防台抗旱条例、《浙江省防汛防台抗旱应急预案》、"
        "《嘉兴市防汛防台抗旱应急预案》等，制定本预案。",
        {
            (None, "中华人民共和国防洪法", Relation.BASIS),
            (None, "浙江省防汛防台抗旱条例", Relation.BASIS),
            (None, "浙江省防汛防台抗旱应急预案", Relation.BASIS),
            (None, "嘉兴市防汛防台抗旱应急预案", Relation.BASIS),
        },
    ),
    (
        # Hand-written in the form of a county's 应急预案 (鄯善, round 10): the list under a 编制依据
        # heading names no 依据 itself; the next section's mention is not basis
        "basis-list-under-a-basis-heading",
        "某县森林火灾应急预案\n1 总则\n1.1 编制目的\n为做好森林火灾应对工作，制定本预案。\n1.2 编制依据\n"
        "《中华人民共和国森林法》、《某省森林火灾应急预案》（某政办函〔2021〕15号）等法律法规。\n1.3 适用范围\n"
        "本预案与《某县突发事件总体应急预案》衔接。",
        {
            (None, "中华人民共和国森林法", Relation.BASIS),
            ("某政办函〔2021〕15号", "某省森林火灾应急预案", Relation.BASIS),
            (None, "某县突发事件总体应急预案", Relation.CITES),
        },
    ),
    (
        # 虹口区155街坊房屋征收与补偿方案 (heldZ13 07): the items under a heading that names the basis, titled or not;
        # the words a listed title opens with (印发, 贯彻执行) are its own; a number a note names (延期) is no item
        "basis-items-under-a-long-basis-heading",
        "虹口区155街坊房屋征收与补偿方案\n一、房屋征收与补偿的法律和政策依据\n"
        "(一)国有土地上房屋征收与补偿条例 (国务院令第590号);\n"
        "(二)关于印发《国有土地上房屋征收评估办法》的通知(建房﹝2011﹞77号);\n"
        "(三)上海市国有土地上房屋征收与补偿实施细则(上海市人民政府令第71号);\n"
        "(五)关于贯彻执行《上海市国有土地上房屋征收与补偿实施细则》若干意见(沪府办发﹝2012﹞24号,"
        "经沪府办发〔2017〕17号延期至2019年3月31日);\n"
        "(八)其他相关法律法规和规范性文件。\n二、房屋征收的目的\n",
        {
            ("国务院令第590号", "国有土地上房屋征收与补偿条例", Relation.BASIS),
            ("建房〔2011〕77号", "国有土地上房屋征收评估办法", Relation.BASIS),
            ("上海市人民政府令第71号", "上海市国有土地上房屋征收与补偿实施细则", Relation.BASIS),
            ("沪府办发〔2012〕24号", "关于贯彻执行〈上海市国有土地上房屋征收与补偿实施细则〉若干意见", Relation.BASIS),
            ("沪府办发〔2017〕17号", None, Relation.CITES),
        },
    ),
    (
        # hand-written in the same form: an item's plain title holding another title in its marks is one title
        "basis-item-title-holding-a-title",
        "某县征收补偿方案\n一、征收补偿的政策依据\n1.关于落实《某省土地管理条例》的实施意见（某政发〔2020〕3号）；\n"
        "二、征收范围\n",
        {("某政发〔2020〕3号", "关于落实〈某省土地管理条例〉的实施意见", Relation.BASIS)},
    ),
    (
        # Hand-written in the form of a county's 实施细则 (凌海, round 10): 以《X》…为依据
        "basis-yi-title-wei-yiju",
        "以《某省义务教育质量监测报告（2021）》所列评估项目和存在问题为依据，特制定本细则。",
        {(None, "某省义务教育质量监测报告（2021）", Relation.BASIS)},
    ),
    (
        # Hand-written in the form of a ministry's campaign notice (水利部, heldZ): 以 before a list of titles
        # and words that runs over a comma to a far 为依据; a title after another 为 is not in the frame
        "basis-yi-titles-over-a-comma-wei-yiju",
        "本次专项行动以《某法》《某某法》等法律法规，以及中共某办公厅、某办公厅《关于全面推行某某制的意见》《关于在湖泊"
        "实施某某制的指导意见》等重要文件为依据，重点整治突出问题。以《某某规划》为指导，全面推进。",
        {
            (None, "某法", Relation.BASIS),
            (None, "某某法", Relation.BASIS),
            (None, "关于全面推行某某制的意见", Relation.BASIS),
            (None, "关于在湖泊实施某某制的指导意见", Relation.BASIS),
            (None, "某某规划", Relation.CITES),
        },
    ),
    (
        # Hand-written in the form of a city's 任务分工 notice (张掖, round 10): the opinion named by its
        # short name is carried out (做好《意见》的贯彻落实); 现予印发 issues the notice's own division
        "implements-short-name-then-its-own-text-issued",
        "《某省人民政府关于支持山区经济发展的若干意见》（某政发〔2012〕8号，以下简称《意见》），是推动我市发展的重要文件。"
        "为了认真做好《意见》的贯彻落实和对口衔接工作，对《意见》涉及我市的主要工作目标进行了细化，提出了9个方面具体任务，"
        "现予印发，请认真组织落实。",
        {("某政发〔2012〕8号", "某省人民政府关于支持山区经济发展的若干意见", Relation.IMPLEMENTS)},
    ),
    (
        # Hand-written: 根据《X》要求 in the first clause, the notice's own plan issued by 现予印发 at the end
        "basis-then-its-own-plan-issued-later-in-the-sentence",
        "根据《某省促进就业条例》要求，结合我县实际，制定了实施方案，现予印发，请认真贯彻执行。",
        {(None, "某省促进就业条例", Relation.BASIS)},
    ),
    (
        # Hand-written in the form of a district's 纲要 task list (洮北, #15): 按照 governs 职责分工, and 将
        # makes the plan the object of 分解落实; the first clause says what the document does to it
        "implements-zuohao-then-anzhao-governing-another-noun",
        "为切实做好《某区国民经济和社会发展第十四个五年规划纲要》贯彻落实，加快发展，区政府决定按照职责分工将《纲要》"
        "提出的主要目标和任务分解落实到各部门，特制定任务清单如下。",
        {(None, "某区国民经济和社会发展第十四个五年规划纲要", Relation.IMPLEMENTS)},
    ),
    (
        # Hand-written in the form of a city's 十一五 division (南京, 天津, #15): 做好《X》实施工作
        "implements-zuohao-shishi-gongzuo",
        "为切实做好《某市城市总体规划》实施工作，现将有关事项通知如下。",
        {(None, "某市城市总体规划", Relation.IMPLEMENTS)},
    ),
    (
        # ... and 《X》实施以来 reports a past event: a plain citation
        "cites-since-it-took-effect",
        "《某市物业管理条例》实施以来，各区积极推进。",
        {(None, "某市物业管理条例", Relation.CITES)},
    ),
    (
        "implements-then-its-own-plan-issued-later-in-the-sentence",
        "为贯彻落实《某省关于促进就业的意见》（某政发〔2019〕2号）精神，结合实际，制定了实施方案，现予印发。",
        {("某政发〔2019〕2号", "某省关于促进就业的意见", Relation.IMPLEMENTS)},
    ),
    # Hand-written: the verb that carries a text out stands after it (推动…落地见效, 确保…落到实处) or
    # 落实 follows it under a verb of pushing before it.
    (
        "implements-verb-after-the-reference-and-its-number",
        "为推动《某省人民政府办公厅印发〈关于稳住经济的若干措施〉的通知》（某政办发〔2023〕4号）文件落地见效，制定本方案。",
        {("某政办发〔2023〕4号", "某省人民政府办公厅印发〈关于稳住经济的若干措施〉的通知", Relation.IMPLEMENTS)},
    ),
    (
        "implements-put-into-practice-after-the-reference",
        "各地要确保《某市乡村振兴促进条例》各项措施落到实处。",
        {(None, "某市乡村振兴促进条例", Relation.IMPLEMENTS)},
    ),
    (
        "implements-carried-out-to-the-full-after-the-reference",
        "切实把《某市安全生产责任规定》贯彻落实到位。",
        {(None, "某市安全生产责任规定", Relation.IMPLEMENTS)},
    ),
    (
        "implements-pushing-verb-before-and-carry-out-after",
        "推进《某区全民健身实施计划》落实，定期通报进展。",
        {(None, "某区全民健身实施计划", Relation.IMPLEMENTS)},
    ),
    (  # 实施 with its adverb as the verb after: the text carried out in depth, in full
        "implements-pushing-verb-before-and-put-into-effect-after",
        "为扎实推动《某省质量强省建设纲要》（以下简称纲要）深入实施，结合本地实际，制定本计划。",
        {(None, "某省质量强省建设纲要", Relation.IMPLEMENTS)},
    ),
    (
        "implements-ensuring-a-rule-is-applied-in-full",
        "各部门要确保《某市物业管理条例》全面实施。",
        {(None, "某市物业管理条例", Relation.IMPLEMENTS)},
    ),
    (  # what is said about its carrying out is no act of the page
        "cites-effect-of-a-text-since-it-took-effect",
        "推动《某市物业管理条例》实施以来的成效总结。",
        {(None, "某市物业管理条例", Relation.CITES)},
    ),
    (
        "cites-report-on-how-a-text-is-carried-out",
        "推进《某区全民健身实施计划》落实情况的评估。",
        {(None, "某区全民健身实施计划", Relation.CITES)},
    ),
    (  # a notice's basis then 现公告: no draft put to the public, the law stays its basis
        "basis-then-a-notice-announced",
        "根据《中华人民共和国土地管理法》，现公告如下：\n一、征收范围\n",
        {(None, "中华人民共和国土地管理法", Relation.BASIS)},
    ),
    (  # a later line opening with the basis's words goes on about it: no heading of the page's own text
        "basis-then-a-line-opening-with-its-words",
        "根据《某县国土空间总体规划》，制定本方案。\n一、总体要求\n某县国土空间总体规划确定的目标如下。\n",
        {(None, "某县国土空间总体规划", Relation.BASIS)},
    ),
    (  # a collection of writings the clause names for study, whatever its name ends in (held-out Y13, 11)
        "studied-collection-of-writings",
        "组织镇党委理论学习中心组开展《习近平法治思想学习纲要》《习近平关于依规治党论述摘编》等专题学习2次。",
        {(None, "习近平法治思想学习纲要", Relation.CITES), (None, "习近平关于依规治党论述摘编", Relation.CITES)},
    ),
    (  # Hand-written: a book read, the study verb before its marks
        "studied-book-after-the-verb",
        "认真学习《习近平谈治国理政》第四卷。",
        {(None, "习近平谈治国理政", Relation.CITES)},
    ),
]


@pytest.mark.parametrize(
    ("snippet", "expected"), [c[1:] for c in STANDARD_FORMS], ids=[c[0] for c in STANDARD_FORMS]
)
def test_relation_by_standard_wording(snippet: str, expected: set) -> None:
    assert cites(snippet) == {(to, title, rel.value) for to, title, rel in expected}


# ---------------------------------------------------------------------------
# What is not a citation


NOT_CITED = [
    (
        "standards-still-to-be-drawn-up",
        "加强数字技术与生命科学交叉结合的新理论、新知识、新技术的探索运用，制定《医院自助服务平台设计规范》《健康体检数据传输规范》等技术规范，提供同质化医疗服务，",
    ),
    (
        "forms",
        "建设单位填报《七宝镇限额以下小型建设工程项目申报流转表》、《七宝镇限额以下小型建设工程承诺书》，"
        "镇规建办出具《七宝镇限额以下小型建设工程项目受理告知书》。",
    ),
    ("newspaper-and-slogan", "在《人民日报》《求是》发表文章，唱响《我和我的祖国》。"),
    (
        "own-order-publishes-the-regulation-itself",
        "《湖北省人工影响天气管理办法》已经2025年2月17日省人民政府第106次常务会议修订通过,"
        "现公布修订后的《湖北省人工影响天气管理办法》,自2025年5月1日起施行。",
    ),
    (
        "own-order-sentence-of-a-decision",
        "《山东省人民政府关于废止〈山东省信访规定〉等3件省政府规章的决定》已经2016年2月26日省政府第73次常务会议通过,"
        "现予公布,自公布之日起施行。",
    ),
    (
        "own-attachment-named-in-marks",
        "安监所、派出所、居委会上报《附件4：古美路街道加强独居老人消防安全工作情况季度汇总表》；",
    ),
    # Hand-written: a title pointing to an attachment of the document.
    (
        "own-title-pointing-to-its-attachment",
        "各地要按照《嘉兴市X实施细则》（附件2）抓好落实，填报《Y统计表》（见附件3）。",
    ),
    # Hand-written: a task that prints a brochure names no document.
    ("a-brochure-to-be-printed", "编写印发《垃圾分类宣传手册》，发放至每户居民。"),
    # Hand-written: the corpus writes 本办法 without marks.
    ("own-ben-title", "本《嘉兴市区住房公积金管理办法》由市住房公积金管理中心负责解释。"),
    ("a-bare-type-word-with-no-definition", "举办垃圾分类及《条例》普法为主题的系列活动。"),
    # Hand-written: a count of papers before the marks names their kind, no one document.
    ("a-count-of-papers-of-a-kind", "全年共下达了18份《审计整改督办函》，督促被审计单位限期整改。"),
    ("a-count-in-chinese-numerals", "市督查室先后印发三份《督查工作通报》，通报进展。"),
    (
        "mirror-notes-and-front-matter",
        "---\n标题：上海市人民政府办公厅关于科学绿化的实施意见\n文号：沪府办发〔2022〕24号\n---\n"
        ">依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n"
        "#上海市人民政府办公厅关于科学绿化的实施意见\n各区人民政府，市政府各委、办、局：\n",
    ),
    # Hand-written in the form of a law database's note on a text's validity: the site's, no basis of the text
    (
        "law-database-validity-note",
        "某某法规网提示：根据《某市人民政府关于公布规范性文件清理结果的通知》（某政发〔2024〕8号）规定，继续有效。\n"
        "各乡镇人民政府：\n现将方案印发给你们。",
    ),
    (
        "law-database-note-that-the-text-fell",
        "某某网®提示:根据《某市人民政府关于废止部分规范性文件的决定》 ( 某政发〔2023〕5号)规定,已废止。\n各乡镇人民政府：",
    ),
    # Hand-written in the form of a consultation page: the draft it names is put to the public, its own text
    (
        "own-draft-put-to-the-public",
        "结合我县实际，我局拟定了《某县推进智慧城市建设实施方案》（征求意见稿），现对外公告，欢迎提出意见。",
    ),
    # Hand-written: the draft named with its notes (以下简称, 见附件), one more clause, then the next sentence puts it
    # to the public
    (
        "own-draft-across-its-notes-and-a-full-stop",
        "我局起草了《某市见习基地管理规定（征求意见稿）》（以下简称《征求意见稿》）（见附件1），拟以规范性文件形式印发。"
        "现向社会广泛征求意见。",
    ),
    ("own-draft-put-up-for-notice", "我局草拟了《关于印发某县社区建设行动方案的通知》（征求意见稿），现将其进行公示。"),
    # Hand-written: the page names a text in its lead, then heads the text with its title on a line of its own
    (
        "lead-then-the-title-heading-the-text",
        "3月2日，某市政府网站发布《某市深入推进老旧小区改造工作的实施意见》，明确了改造范围。\n"
        "《实施意见》提出，财政资金重点支持老旧小区改造。\n某市深入推进老旧小区改造工作的实施意见\n各县区人民政府：\n",
    ),
    (
        "lead-then-the-title-with-its-issuer-heading-the-text",
        "7月31日，某市正式下发《建立健全粮食安全市长责任制的实施意见》，提出耕地保有量不低于指标底线。以下为全文：\n"
        "某市人民政府关于建立健全粮食安全市长责任制的实施意见\n各区、县人民政府：\n",
    ),
    (
        "draft-lead-then-contact-lines-then-the-heading",
        "我局起草了《某县推进智慧城市建设实施方案》，欢迎提出意见建议！\n征求意见期限：即日起至2022年3月18日\n"
        "联系人：某某\n电话：0719-1234567\n某县推进智慧城市建设实施方案\n（征求意见稿）\n一、建设目标\n",
    ),
    # Hand-written in the form of a rule's penalty article: a list or a catalogue named by its type word alone
    # (no short name defined for it), the object of the duty, not a text cited
    ("bare-list-type-word-in-a-rule", "第二十条 经营者有下列行为之一的，责令改正：（一）未按照规定编制《名录》的；"
                                      "（二）未按照规定公示《清单》的。"),
    # Hand-written: a PDF's red-header letterhead and its number copied into a sentence at a page break.
    ("letterhead-number-inside-prose", "对有明确时间节点的重某某市人民政府文件某政〔2021〕15号点工作实行专项督查。"),
]


@pytest.mark.parametrize("snippet", [c[1] for c in NOT_CITED], ids=[c[0] for c in NOT_CITED])
def test_not_cited(snippet: str) -> None:
    assert cites(snippet) == set()


def test_a_document_never_cites_itself() -> None:
    text = "嘉兴市人民政府关于调整全市最低工资标准的通知\n嘉政发〔2024〕9号\n各县（市、区）人民政府：\n嘉政发〔2024〕9号文件自公布之日起施行。"
    assert cites(text, own="嘉政发〔2024〕9号") == set()
    # Without being told its number, the header line still names it.
    assert cites(text) == set()


def test_part_of_a_document_to_be_drawn_up_is_still_cited() -> None:
    text = (
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），\n市联席会议牵头制订《条例》配套制度清单。"
    )
    (c,) = find_citations(normalise(text).text, document=None)
    assert (c.to_title, c.relation) == ("上海市生活垃圾管理条例", Relation.IMPLEMENTS)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("二是细化整改措施。制定《某区党工委关于巡视反馈意见整改落实方案》，明晰任务清单、责任清单。",
         {"某区党工委关于巡视反馈意见整改落实方案"}),
        # the report's own outlook: a text still to come is not cited
        ("下一步，将研究制定《某区巡视整改长效机制实施办法》，巩固整改成果。", set()),
    ],
    ids=["drawn-up-in-a-report-of-results", "still-to-come-in-a-report-of-results"],
)
def test_a_text_a_report_of_results_says_was_drawn_up_is_cited(sentence: str, expected: set[str]) -> None:
    # hand-written in the form of a progress report on an inspection's findings
    title = "中共某区党工委关于省委巡视整改进展情况的通报"
    text = f"{title}\n根据省委巡视工作统一部署，现将整改进展情况予以公布。\n{sentence}\n"
    found = find_citations(normalise(text).text, document=None, title=title)
    assert {c.to_title for c in found} == expected
    # the same sentence in a plan: the text is still to be drawn up
    assert find_citations(normalise(text).text, document=None, title="某区巡视整改工作方案") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("编制《西城区推进法治政府建设率先突破两年行动计划(2024-2025年)》。完成2022年度西城区法治建设评估。",
         {"西城区推进法治政府建设率先突破两年行动计划（2024-2025年）"}),
        ("下一步，将编制《某区法治政府建设规划》，巩固建设成果。", set()),
    ],
    ids=["drawn-up-in-a-report-its-opening-names", "still-to-come-in-a-report-its-opening-names"],
)
def test_a_text_an_untitled_report_says_was_drawn_up_is_cited(sentence: str, expected: set[str]) -> None:
    # a 法治政府建设 report whose title the page lost: its opening says it reports (现将有关情况报告如下)
    text = ("2023年，西城区坚持以习近平新时代中国特色社会主义思想为指导，持续推进法治政府建设。现将有关情况报告如下。\n"
            f"一、2023年主要举措和成效\n（一）进一步完善法治政府建设顶层设计。{sentence}\n")
    found = find_citations(normalise(text).text, document=None)
    assert {c.to_title for c in found} == expected
    # the same sentence on a page that reports nothing: the text is still to be drawn up
    plan = text.replace("现将有关情况报告如下。", "").replace("2023年主要举措和成效", "2024年主要任务")
    assert find_citations(normalise(plan).text, document=None) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("3月份，出台《某省普通中小学办学基本规范》，探索建立规范办学长效机制。", {"某省普通中小学办学基本规范"}),
        ("2021年5月，省教育厅出台《某省义务教育学校管理办法》，进一步规范办学行为。", {"某省义务教育学校管理办法"}),
        # a deadline, not the month a text came out in; a text still to come
        ("3月底前出台《某省普通中小学办学基本规范》，探索建立规范办学长效机制。", set()),
        ("3月份，将研究出台《某省课后服务管理办法》，进一步减轻学生负担。", set()),
    ],
    ids=["month-then-issued", "year-and-month-then-a-body-issued", "deadline-before-issuing", "month-then-still-to-come"],
)
def test_a_text_a_report_of_events_says_came_out_in_a_month_is_cited(sentence: str, expected: set[str]) -> None:
    # hand-written in the form of a news report of a year's work: 出台 after the month it happened in names a text
    text = f"某省义务教育这一年\n今年以来，全省各地扎实推进义务教育改革。\n{sentence}\n"
    found = find_citations(normalise(text).text, document=None)
    assert {c.to_title for c in found} == expected
    assert all(c.relation is Relation.CITES for c in found)


# ---------------------------------------------------------------------------
# Short titles


def test_short_title_resolves_to_its_full_reference_once() -> None:
    text = (
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），抓紧抓实办好垃圾分类工作，现提出贯彻《条例》推进全程分类体系建设的实施意见如下。\n"
        "三是《条例》贯彻实施社会氛围基本形成。"
    )
    found = find_citations(normalise(text).text, document="沪府办发〔2019〕3号")
    assert [(c.to_title, c.relation) for c in found] == [("上海市生活垃圾管理条例", Relation.IMPLEMENTS)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "国家发展改革委印发了《西部大开发“十三五”规划》(发改西部〔2017〕89号,以下简称《规划》)。"
            "为贯彻落实好《规划》,顺利完成规划目标任务,",
            id="number-and-short-name-in-one-bracket",
        ),
        # hand-written: the short name in a bracket of its own after the number's, for a title it does not end
        pytest.param(
            "经国务院同意，《国家发展改革委关于印发〈西部大开发“十三五”规划〉的通知》(发改西部〔2017〕89号)(以下简称《规划》)"
            "正式印发。为贯彻落实《规划》，特制定本方案。",
            id="short-name-in-a-bracket-after-the-numbers",
        ),
    ],
)
def test_short_title_defined_with_a_number(text: str) -> None:
    found = find_citations(normalise(text).text, document="川办函〔2017〕113号")
    assert [(c.to_number, c.relation) for c in found] == [("发改西部〔2017〕89号", Relation.IMPLEMENTS)]
    assert found[0].to_title.endswith(("西部大开发“十三五”规划", "〈西部大开发“十三五”规划〉的通知"))


def test_short_title_defined_twice_is_not_guessed() -> None:
    text = (
        "根据《浙江省数字经济促进条例》（以下简称《条例》）和《嘉兴市数字经济促进条例》（以下简称《条例》），\n"
        "各地要宣传《条例》。"
    )
    found = find_citations(normalise(text).text, document=None)
    assert {c.to_title for c in found} == {"浙江省数字经济促进条例", "嘉兴市数字经济促进条例"}
    assert all(c.relation is Relation.BASIS for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written in the form of a 解读 page (二连浩特): the plan named in full once, by its last
        # words after
        ("会议审议通过了《政府工作报告》。市政府办公室形成了《〈政府工作报告〉2023年重点工作任务分工方案》。\n"
         "《分工方案》将《政府工作报告》分解为五个方面。",
         {"政府工作报告", "〈政府工作报告〉2023年重点工作任务分工方案"}),
        # hand-written in the form of a task breakdown (石景山): the title line quotes the opinion
        # without its issuers, the body in full
        ("贯彻落实《关于加强社区治理的意见》的任务分解方案\n为贯彻落实《中共某市委某市人民政府关于加强社区治理的意见》，"
         "制定本方案。", {"中共某市委某市人民政府关于加强社区治理的意见"}),
        # hand-written: two longer titles end the short one: nothing is guessed
        ("根据《某省城市管理办法》和《某市城市管理办法》，结合实际，贯彻《城市管理办法》。",
         {"某省城市管理办法", "某市城市管理办法", "城市管理办法"}),
        # hand-written: a full title differing only by its year is another year's report
        ("《2023年政府工作报告》明确了任务。为落实《政府工作报告》，现通知如下。",
         {"2023年政府工作报告", "政府工作报告"}),
        # hand-written in the form of a notice issuing a breakdown of the report (鄂州): the issued text
        # named with its nested marks and without them, then by its last words
        ("某某市人民政府办公室关于印发《某某会议〈政府工作报告〉主要目标分解落实意见》的通知\n"
         "现将《某某会议政府工作报告主要目标分解落实意见》印发给你们。\n在《分解落实意见》的责任单位中，排名第一的为牵头单位。",
         {"某某会议〈政府工作报告〉主要目标分解落实意见", "某某会议政府工作报告主要目标分解落实意见"}),
        # hand-written in the form of a report on an audit's findings: the audit report named in full,
        # then by its head noun abridged
        ("某市人大常委会听取了《关于某市2022年度预算执行和其他财政收支的审计工作报告》。\n"
         "《审计报告》反映涉及5个方面、20个单位的问题。",
         {"关于某市2022年度预算执行和其他财政收支的审计工作报告"}),
        # hand-written: an abridged name that is no 关于…的 title's head noun stays a title of its own
        ("根据《中华人民共和国环境保护税法》，贯彻《环境保护法》。",
         {"中华人民共和国环境保护税法", "环境保护法"}),
    ],
    ids=["last-words-of-a-full-title", "title-without-its-issuers", "two-full-titles-end-it",
         "full-title-differs-by-a-year", "issued-text-printed-with-and-without-its-nested-marks",
         "head-noun-of-a-guanyu-title-abridged", "law-name-not-abridged"],
)
def test_short_title_ending_one_full_title(text: str, expected: set[str]) -> None:
    found = find_citations(normalise(text).text, document=None)
    assert {c.to_title for c in found} == expected


# ---------------------------------------------------------------------------
# Titles: nested, and the notice's own title line


def test_nested_title_keeps_inner_marks() -> None:
    text = "为贯彻落实《国务院关于印发〈中国制造2025〉的通知》（国发〔2015〕28号）精神，结合我省实际，"
    (c,) = find_citations(normalise(text).text, document=None)
    assert (c.to_number, c.to_title, c.relation) == (
        "国发〔2015〕28号",
        "国务院关于印发〈中国制造2025〉的通知",
        Relation.IMPLEMENTS,
    )


def test_title_line_forwards_and_body_forwards_give_one_citation() -> None:
    text = (
        "嘉兴市人民政府办公室关于转发市咨询委2024年度咨询研究课题计划的通知\n嘉政办发〔2024〕4号\n"
        "各县（市、区）人民政府，市政府各部门、直属各单位：\n"
        "《市咨询委2024年度咨询研究课题计划》已经市政府同意，现转发给你们，请积极支持配合市咨询委开展课题研究工作。"
    )
    assert cites(text, own="嘉政办发〔2024〕4号") == {(None, "市咨询委2024年度咨询研究课题计划", "forwards")}


def test_title_line_alone_forwards() -> None:
    text = "嘉兴市人民政府办公室关于转发市咨询委2024年度咨询研究课题计划的通知\n嘉政办发〔2024〕4号\n各县（市、区）人民政府：\n请积极支持配合。"
    assert cites(text, own="嘉政办发〔2024〕4号") == {(None, "市咨询委2024年度咨询研究课题计划", "forwards")}


def test_title_line_forwards_takes_the_number_from_the_body() -> None:
    text = (
        "#关于转发国家能源局《关于组织开展可再生能源发展试点示范的通知》的通知\n各有关单位：\n"
        "为推动可再生能源大规模、市场化、高比例、高质量发展，助力建设新型能源体系，国家能源局印发了"
        "《关于组织开展可再生能源发展试点示范的通知》（国能发新能〔2023〕66号）。现转发你单位，并就有关事项通知如下："
    )
    (c,) = find_citations(normalise(text).text, document="沪发改能源〔2024〕33号")
    assert (c.to_number, c.to_title, c.relation, c.to_issuer) == (
        "国能发新能〔2023〕66号",
        "关于组织开展可再生能源发展试点示范的通知",
        Relation.FORWARDS,
        "国家能源局",
    )


def test_law_in_the_title_line_is_cited_from_the_body_only() -> None:
    text = (
        "#上海市人民政府办公厅关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施意见的通知各区人民政府，市政府各委、办、局：\n"
        "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见》已经市政府同意，现印发给你们，请认真按照执行。\n"
        "为全面贯彻《上海市生活垃圾管理条例》（以下简称《条例》），抓紧抓实办好垃圾分类工作，"
    )
    assert cites(text, own="沪府办发〔2019〕3号") == {
        (None, "关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施意见", "promulgates"),
        (None, "上海市生活垃圾管理条例", "implements"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # real (兖州): a reply's title names the plan it approves; its body's copy lost the year's closing bracket
        "济宁市兖州区人民政府关于《济宁市兖州区全民健身实施计划(2021—2025年)》的批复\n区体育事业发展中心:\n"
        "你单位《关于申请批复〈济宁市兖州区全民健身实施计划(2021—2025年)〉的请示》(兖体字〔2022〕36号)收悉。\n"
        "一、原则上同意《济宁市兖州区全民健身实施计划(2021—2025年》(以下简称《实施计划》),并由你单位负责印发实施。",
        # hand-written: 关于同意《X》的批复, the body naming X only by its short name
        "某县人民政府关于同意《济宁市兖州区全民健身实施计划(2021—2025年)》的批复\n县体育局:\n"
        "你局《关于申请批复〈济宁市兖州区全民健身实施计划(2021—2025年)〉的请示》(兖体字〔2022〕36号)收悉。\n"
        "一、同意《实施计划》。",
    ],
    ids=["reply-title-names-the-plan-it-approves", "reply-title-agrees-to-the-plan-hand-written"],
)
def test_a_replys_title_cites_the_text_it_approves(text: str) -> None:
    assert (None, "济宁市兖州区全民健身实施计划（2021—2025年）", "cites") in cites(text, own="济兖政字〔2022〕27号")


def test_source_spans_the_reference() -> None:
    text = normalise(
        "本通知发布后，《嘉兴市人民政府关于调整全市最低工资标准的通知》（嘉政发〔2021〕22号）同时废止。"
    ).text
    (c,) = find_citations(text, document="嘉政发〔2024〕9号")
    assert text[c.source.start : c.source.end] == c.source.text
    assert c.source.text.startswith("《嘉兴市") and c.source.text.endswith("22号）")
    assert c.from_number == "嘉政发〔2024〕9号"


# ---------------------------------------------------------------------------
# The whole gazette, cut at its documents' header lines


def _gazette_documents() -> dict[str, str]:
    text = normalise(read_file(GAZETTE)[0]).text
    heads = [m for m in re.finditer(r"^(?P<num>嘉政(?:办)?发〔2024〕\d+号)$", text, flags=re.M)]
    docs = {}
    for i, m in enumerate(heads):
        start = text.rfind("\n", 0, m.start() - 1) + 1  # the title line before the number
        end = (
            text.rfind("\n", 0, heads[i + 1].start() - 1)
            if i + 1 < len(heads)
            else text.rfind("2024年2月份市政府")
        )
        docs[m.group("num")] = text[start:end]
    return docs


def test_gazette_citations_match_the_gold() -> None:
    found = set()
    for number, doc in _gazette_documents().items():
        for c in find_citations(doc, document=number, own_number=number):
            found.add((number, c.to_number or c.to_title, c.relation.value))
    assert found == {
        ("嘉政发〔2024〕8号", "2024年嘉兴市国民经济和社会发展规划", "promulgates"),
        ("嘉政发〔2024〕9号", "浙政发〔2024〕3号", "basis"),
        ("嘉政发〔2024〕9号", "嘉政发〔2021〕22号", "repeals"),
        ("嘉政办发〔2024〕4号", "市咨询委2024年度咨询研究课题计划", "forwards"),
        ("嘉政办发〔2024〕5号", "浙政办发〔2023〕25号", "implements"),
        (
            "嘉政办发〔2024〕7号",
            "关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划（2024-2026年）",
            "promulgates",
        ),
    }


# ---------------------------------------------------------------------------
# The document's own parts and its own title, out of the header


def test_news_lead_naming_the_text_that_follows_is_not_a_citation() -> None:
    text = (
        "日前，潮州印发《潮州市打赢蓝天保卫战实施方案（2019-2020年）》。全文如下：\n"
        "潮州市打赢蓝天保卫战实施方案（2019-2020年）\n"
        "为落实《广东省人民政府关于印发<广东省打赢蓝天保卫战实施方案（2018-2020年）>的通知》（粤府〔2018〕128号）部署要求，"
        "坚决打赢蓝天保卫战，制定本实施方案。"
    )
    assert cites(text) == {
        (
            "粤府〔2018〕128号",
            "广东省人民政府关于印发<广东省打赢蓝天保卫战实施方案（2018-2020年）>的通知",
            "implements",
        )
    }


@pytest.mark.parametrize(
    "page",
    [
        # real (heldAA14 05, a city's news page): the headline names the page's text in marks, the lead announces
        # it, its title stands over its opening
        pytest.param("《宿迁市2022年度水污染防治工作方案》发布 54项重点工程投资超43亿\n"
                     "宿迁市公布2022年度水污染防治工作方案,组织实施六大类54个重点工程,共计投资43.16亿元。详情如下:\n"
                     "宿迁市2022年度水污染防治工作方案\n"
                     "为打好水污染防治工作主动仗,根据《江苏省2022年水生态环境保护工作计划》,制定本方案。\n一、工作目标\n",
                     id="headline-names-the-text-printed-under-an-announcing-lead"),
    ],
)
def test_a_page_naming_its_own_text_in_its_headline_cites_it_not(page: str) -> None:
    from policykg.extract.pipeline import extract_text
    from policykg.extract.records import Citation, Document

    res = extract_text(page)
    (doc,) = res.of(Document)
    assert doc.title == "宿迁市2022年度水污染防治工作方案"
    assert {(c.to_title, c.relation.value) for c in res.of(Citation)} == {("江苏省2022年水生态环境保护工作计划", "basis")}


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # hand-written in the form of a news page (天津, #15): the lead names the notice printed below
        # without its issuer, who stands before the verb
        ("环保网获悉，5月10日，某市人民政府发布了《关于落实某某重点工作任务分工的通知》，提出深化节水型城市建设。",
         "某市人民政府印发关于落实某某重点工作任务分工的通知"),
        # the same lead after a page's cleaning ate the nested title with its <> marks
        ("5月10日，某市人民政府发布了《关于落实国务院重点工作任务分工的通知》，提出深化节水型城市建设。",
         "某市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"),
        # hand-written in the form of a news page (大理, #15): the joint issuers over 印发《X》, then the
        # lead; X is the plan's own title
        ("中共某州委办公室 某州人民政府办公室\n印发《某州推进乡村建设行动实施方案》\n近日，中共某州委办公室、某州人民政府办公室印发了《某州推进乡村建设行动实施方案》，要求结合实际贯彻落实。",
         "某州推进乡村建设行动实施方案"),
    ],
    ids=["lead-names-the-notice-without-its-issuer", "lead-names-the-notice-its-nested-title-eaten",
         "lead-names-the-plan-by-its-whole-title"],
)
def test_news_lead_naming_the_page_title_is_not_a_citation(lead: str, title: str) -> None:
    text = normalise(f"{lead}\n全文如下：\n{title}\n各区人民政府：\n现印发给你们，望遵照执行。").text
    assert not [c for c in find_citations(text, document=None, title=title) if "政府工作报告" not in (c.to_title or "")]


@pytest.mark.parametrize(
    ("own", "expected"),
    [("某政发〔2018〕13号", [("某市促进居民增收实施方案", "promulgates")]), (None, [])],
    ids=["numbered-notice-issues-the-plan-its-page-is-titled-by", "plan-without-a-number-never-issues-itself"],
)
def test_a_page_titled_by_the_plan_its_notice_issues(own: str | None, expected: list) -> None:
    # hand-written in the form of a portal copy (山西, 禄丰, round 4): the notice's sentence, then the plan;
    # the page's title is the plan's
    title = "某市促进居民增收实施方案"
    text = normalise(f"各区人民政府：\n现将《{title}》印发给你们，请认真组织实施。\n某市人民政府\n2018年3月27日\n"
                     f"{title}\n一、总体要求\n各区要加强领导。").text
    found = find_citations(text, document=own, own_number=own, title=title)
    assert [(c.to_title, c.relation.value) for c in found] == expected


def test_an_earlier_text_of_the_same_title_repealed_stays_a_citation() -> None:
    # hand-written in the form of a yearly minimum-wage notice: last year's notice bore the same title
    title = "某市人民政府关于调整全市最低工资标准的通知"
    text = normalise(f"{title}\n各区人民政府：\n现调整如下。本通知自2024年1月1日起施行，《{title}》同时废止。").text
    assert [(c.to_title, c.relation.value) for c in find_citations(text, document=None, title=title)] == [
        (title, "repeals")
    ]


def test_another_bodys_notice_a_lead_reports_stays_a_citation() -> None:
    # hand-written: the title without its issuer is the same, but another body issued it
    text = normalise("日前，某省人民政府发布了《关于做好防汛工作的通知》，要求各地落实。\n各区人民政府：\n现通知如下。").text
    found = find_citations(text, document=None, title="某市人民政府关于做好防汛工作的通知")
    assert [c.to_title for c in found] == ["关于做好防汛工作的通知"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hand-written in the form of a news page's sidebar (天津, #15): a link cut after 》的, the story's
        # headline glued after it
        ("某某部等部门关于印发《某某专项行动计划》的\n某市扎实推进节水型城市建设\n近日，某市召开会议，部署节水工作。", set()),
        # a title wrapped after 》的 is not cut: its type word opens the next line
        ("某某部关于印发《某某专项行动计划》的\n通知\n各省：\n现将《某某专项行动计划》印发给你们。",
         {(None, "某某专项行动计划", "promulgates")}),
    ],
    ids=["related-link-cut-after-de", "title-wrapped-after-de"],
)
def test_a_link_cut_short_is_not_a_citation(text: str, expected: set) -> None:
    assert cites(text) == expected


def test_attachments_and_the_plan_they_detail_are_the_documents_own() -> None:
    text = (
        "上海市青浦区人民政府办公室关于印发《青浦区关于全面加强建筑垃圾管理的实施意见》的通知\n"
        "各镇人民政府、街道办事处，区政府各委、办、局：\n"
        "《青浦区关于全面加强建筑垃圾管理的实施意见》已经区政府同意，现印发给你们，请认真按照执行。\n"
        "各有关部门要推进落实《青浦区建筑垃圾管理细则》《全面加强建筑垃圾管理的实施意见任务职责分工表》和"
        "《青浦区土方管理平台职责清单》等指导文件。\n"
        "附件：1.青浦区建筑垃圾管理细则\n2.青浦区土方管理平台职责清单\n3.全面加强建筑垃圾管理的实施意见任务职责分工表\n"
        "附件1\n青浦区建筑垃圾管理细则\n"
        "根据《青浦区人民政府办公室关于全面加强建筑垃圾管理的实施意见》，结合实际，制定本细则，明确具体操作要求和责任分工。\n"
        "水务部门按照《关于规范中小河道整治疏浚底泥消纳处置的指导意见》（沪水务〔2018〕1109号）执行。"
    )
    assert cites(text, own="青府办发〔2025〕20号") == {
        (None, "青浦区关于全面加强建筑垃圾管理的实施意见", "promulgates"),
        ("沪水务〔2018〕1109号", "关于规范中小河道整治疏浚底泥消纳处置的指导意见", "basis"),
    }


def test_another_bodys_plan_on_the_same_subject_stays_a_citation() -> None:
    text = (
        "上海市青浦区人民政府办公室关于印发《青浦区关于全面加强建筑垃圾管理的实施意见》的通知\n"
        "各镇人民政府、街道办事处：\n"
        "《青浦区关于全面加强建筑垃圾管理的实施意见》已经区政府同意，现印发给你们，请认真按照执行。\n"
        "为深入贯彻落实《上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见》，加快构建青浦区建筑垃圾全链条管理体系，"
    )
    assert (None, "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见", "implements") in cites(text)


def test_upper_bodys_title_copied_without_issuer_stays_a_citation() -> None:
    # Hand-written: a district plan cites the city's plan of the same name, written without its issuer.
    text = (
        "上海市青浦区人民政府办公室关于印发《青浦区关于全面加强建筑垃圾管理的实施意见》的通知\n"
        "各镇人民政府、街道办事处：\n"
        "《青浦区关于全面加强建筑垃圾管理的实施意见》已经区政府同意，现印发给你们，请认真按照执行。\n"
        "为深入贯彻落实市政府办公厅《关于全面加强建筑垃圾管理的实施意见》，加快构建青浦区建筑垃圾全链条管理体系，"
    )
    assert (None, "关于全面加强建筑垃圾管理的实施意见", "implements") in cites(text)


def test_title_embedding_the_marks_issues_a_plan_not_the_cited_one() -> None:
    text = (
        "四川省人民政府办公厅\n关于印发实施《西部大开发“十三五”\n规划》责任分工方案的通知\n"
        "川办函〔2017〕113号 2017年6月2日\n各市(州)人民政府,省政府各部门、各直属机构,有关单位:\n"
        "经省政府领导同志同意,现将《实施〈西部大开发“十三五”规划〉责任分工方案》印发你们,请认真贯彻执行。\n"
        "实施《西部大开发“十三五”规划》\n责任分工方案\n"
        "按照《国务院关于西部大开发“十三五”规划的批复》(国函〔2017〕1号),国家发展改革委印发了《西部大开发“十三五”规划》"
        "(发改西部〔2017〕89号,以下简称《规划》)。为贯彻落实好《规划》,顺利完成规划目标任务,"
    )
    assert cites(text, own="川办函〔2017〕113号") == {
        (None, "实施〈西部大开发“十三五”规划〉责任分工方案", "promulgates"),
        ("国函〔2017〕1号", "国务院关于西部大开发“十三五”规划的批复", "basis"),
        ("发改西部〔2017〕89号", "西部大开发“十三五”规划", "implements"),
    }


def test_repeal_decision_after_its_order_sentence() -> None:
    # The title is printed after the order sentence; its 废止 carries to the list under 决定废止以下规章：.
    text = (
        "《山东省人民政府关于废止〈山东省信访规定〉等3件省政府规章的决定》已经2016年2月26日省政府第73次常务会议通过,"
        "现予公布,自公布之日起施行。\n省长 郭树清\n2016年4月15日\n"
        "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定\n"
        "依照《中华人民共和国行政许可法》等有关法律、法规以及行政审批制度改革要求,省政府对现行有效的省政府规章进行了清理。"
        "经过清理,省政府决定废止以下规章:\n"
        "一、山东省信访规定(省政府令第114号)。\n二、山东省安全生产监督管理规定(省政府令第141号)。\n"
        "三、山东省高等教育自学考试若干规定(鲁政发〔1983〕90号)。\n本决定自公布之日起施行。"
    )
    assert cites(text) == {
        (None, "中华人民共和国行政许可法", "basis"),
        ("省政府令第114号", "山东省信访规定", "repeals"),
        ("省政府令第141号", "山东省安全生产监督管理规定", "repeals"),
        ("鲁政发〔1983〕90号", "山东省高等教育自学考试若干规定", "repeals"),
    }


def test_a_list_opened_by_results_after_a_basis_clause_is_not_basis_hand_written() -> None:
    # 根据《X》的要求，…现将清理结果公布如下： opens a list of results; the 根据 of its first clause types X only
    text = (
        "根据《某省规范性文件管理办法》的有关要求，县人民政府对规范性文件进行了全面清理，现将清理结果公布如下：\n"
        "一、《某县人民政府关于印发〈某县粮食储备管理办法〉的通知》等5件规范性文件继续有效。\n"
        "二、《某县人民政府关于印发〈某县林地流转管理办法〉的通知》等2件规范性文件废止。\n"
    )
    assert cites(text) == {
        (None, "某省规范性文件管理办法", "basis"),
        (None, "某县人民政府关于印发〈某县粮食储备管理办法〉的通知", "cites"),
        (None, "某县人民政府关于印发〈某县林地流转管理办法〉的通知", "repeals"),
    }


def test_a_text_complied_with_is_its_basis() -> None:
    # real (a district's education plan): 遵循《X》, a word of basis like 依照
    text = "城镇小区严格依标配建幼儿园。严格遵循《中华人民共和国城乡规划法》和《城市居住区规划设计标准》(GB50180),老城区改造将配套建设幼儿园纳入规划。"
    assert cites(text) == {
        (None, "中华人民共和国城乡规划法", "basis"),
        (None, "城市居住区规划设计标准", "basis"),
    }


def test_a_plain_list_without_an_opening_colon_is_not_typed() -> None:
    text = "本年度完成以下工作。\n一、山东省信访规定(省政府令第114号)。"
    assert cites(text) == {("省政府令第114号", "山东省信访规定", "cites")}


def test_regulation_history_note_amends_the_version_first_published() -> None:
    text = (
        "湖北省人工影响天气管理办法\n"
        "(2006年12月1日湖北省人民政府令第297号公布 2025年2月23日湖北省人民政府令第435号修订)\n"
        "第一章 总则\n"
        "第一条 为了加强对人工影响天气工作的管理,根据《中华人民共和国气象法》《人工影响天气管理条例》等法律、法规,"
        "结合本省实际,制定本办法。"
    )
    assert cites(text, own="湖北省人民政府令第435号") == {
        ("湖北省人民政府令第297号", "湖北省人工影响天气管理办法", "amends"),
        (None, "中华人民共和国气象法", "basis"),
        (None, "人工影响天气管理条例", "basis"),
    }


def test_history_note_amends_the_earlier_version_under_its_name_without_the_revision_year() -> None:
    # Hand-written: a page heads a revised regulation with the year of its revision; the version first
    # published under the earlier order bears the name alone.
    text = (
        "某某省食品管理办法（2004年修正）\n"
        "（1998年11月17日某某省人民政府令第96号发布　根据2004年7月15日某某省人民政府令第172号修订）\n"
        "第一条 为了加强食品管理，制定本办法。"
    )
    assert cites(text, own="某某省人民政府令第172号") == {("某某省人民政府令第96号", "某某省食品管理办法", "amends")}


def test_history_note_revised_without_a_number_of_its_own_amends_nothing() -> None:
    # Hand-written: the version published under 令第6号 was revised by an unnumbered decision; the
    # text is that version as revised, not a later one that amends it.
    text = (
        "某市城市绿化管理办法\n"
        "（2018年5月3日市政府令第6号公布 根据2022年7月1日第一次修订）\n"
        "第一条 为了加强城市绿化管理，制定本办法。"
    )
    assert cites(text) == set()


# ---------------------------------------------------------------------------
# Containers: PDF text, portal pages (hand-written: the corpus holds no such page or wrapped number)


def test_number_wrapped_over_lines_in_pdf_text_stays_paired() -> None:
    text = (
        "嘉兴市人民政府关于调整全市最低工资标准的通知\n嘉政发〔2024〕9号\n各县（市、区）人民政府：\n"
        "为保障劳动者合法权益，根据《浙江省人民政府关于调整全省最低工资标准的\n通知》（浙政发\n〔2024〕\n3号）精神，"
    )
    assert cites(text, own="嘉政发〔2024〕9号") == {
        ("浙政发〔2024〕3号", "浙江省人民政府关于调整全省最低工资标准的通知", "basis")
    }


def test_repeal_list_with_dated_order_numbers() -> None:
    text = (
        "经研究，省政府决定废止下列规章：\n"
        "1.《浙江省城市房屋拆迁管理条例实施细则》（2002年3月1日省政府令第150号公布）\n"
        "2.《浙江省农村五保供养办法》（2005年6月1日省政府令第190号发布）\n本决定自公布之日起施行。"
    )
    assert cites(text) == {
        ("省政府令第150号", "浙江省城市房屋拆迁管理条例实施细则", "repeals"),
        ("省政府令第190号", "浙江省农村五保供养办法", "repeals"),
    }


def test_portal_page_links_and_its_own_title_are_not_citations() -> None:
    title = "嘉兴市人民政府关于调整全市最低工资标准的通知"
    text = (
        f"当前位置：首页>政府文件>{title}\n分享到：《{title}》\n{title}\n嘉政发〔2024〕9号\n"
        "各县（市、区）人民政府：\n根据《浙江省人民政府关于调整全省最低工资标准的通知》（浙政发〔2024〕3号）精神，\n"
        f"《{title}》自2024年3月1日起施行。\n"
        "上一篇：《嘉兴市人民政府关于印发2024年嘉兴市国民经济和社会发展规划的通知》\n"
        "相关解读：《嘉兴市人民政府关于调整全市最低工资标准的通知》政策解读"
    )
    found = find_citations(normalise(text).text, document="嘉政发〔2024〕9号", title=title)
    assert {(c.to_number, c.to_title, c.relation.value) for c in found} == {
        ("浙政发〔2024〕3号", "浙江省人民政府关于调整全省最低工资标准的通知", "basis")
    }


@pytest.mark.parametrize(
    "note",
    [
        # The note line a mirror adds (dev 25_shanghai_fengxian…), here after the body's first line.
        "> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法保护。",
        "上一篇：《中华人民共和国著作权法》",
        # hand-written in the form of a wiki mirror's licence footer: no > before it
        "本作品是具有立法、行政、司法性质的文件。根据《中华人民共和国著作权法》第五条，本作品不适用于该法，属于公有领域。",
    ],
    ids=["mirror-note-line-after-the-body-starts", "portal-link-line-after-the-body-starts",
         "licence-footer-of-a-wiki-mirror"],
)
def test_lines_a_page_adds_inside_the_body_are_not_citations(note: str) -> None:
    text = ("嘉兴市人民政府关于调整全市最低工资标准的通知\n嘉政发〔2024〕9号\n"
            f"根据《中华人民共和国劳动法》，制定本通知。\n{note}\n本通知自2024年3月1日起施行。")
    found = find_citations(normalise(text).text, document="嘉政发〔2024〕9号")
    assert [c.to_title for c in found] == ["中华人民共和国劳动法"]


def test_article_changed_with_quoted_words_amends() -> None:
    # Hand-written in the standard form of an amending decision.
    assert cites("将《嘉兴市市区住宅小区物业管理办法》第五条第二款中的“30日”修改为“15日”。") == {
        (None, "嘉兴市市区住宅小区物业管理办法", "amends")
    }


@pytest.mark.parametrize(
    "text",
    [
        "",
        "《",
        "》",
        "《》",
        "（号）",
        "（第号令）",
        "附件\n",
        "附件：\n1.",
        "根据《",
        "现予公布",
        "（2024年1月1日公布修订）",
        "\n\n\n",
    ],
    ids=lambda t: repr(t),
)
def test_bad_input_never_raises(text: str) -> None:
    find_citations(text, document=None, title="")
    find_citations(text, document="嘉政发〔2024〕9号", own_number="嘉政发〔2024〕9号", title="《》")


def test_title_line_forwards_without_marks_carries_to_the_body_mention() -> None:
    # Hand-written from dev 21's form, its title written without book-title marks.
    text = (
        "上海市发展和改革委员会关于转发国家能源局关于组织开展可再生能源发展试点示范的通知的通知\n"
        "沪发改能源〔2024〕33号\n各有关单位：\n"
        "为推动可再生能源高质量发展，国家能源局印发了《关于组织开展可再生能源发展试点示范的通知》"
        "（国能发新能〔2023〕66号）。请各单位认真组织申报。"
    )
    assert cites(text, own="沪发改能源〔2024〕33号") == {
        ("国能发新能〔2023〕66号", "关于组织开展可再生能源发展试点示范的通知", "forwards")
    }


def test_title_that_carries_out_a_document_makes_the_body_mention_implements() -> None:
    # Hand-written in the form of a provincial implementing opinion whose body cites by a reported 下发.
    text = (
        "某某省人民政府办公厅关于贯彻国务院办公厅关于促进西部地区经济平稳发展的意见的实施意见\n"
        "某办发〔2009〕59号\n各市（州）人民政府：\n"
        "国务院办公厅近期下发的《关于促进西部地区经济平稳发展的意见》（国办发〔2009〕55号），对做好有关工作提出了要求。"
    )
    assert cites(text, own="某办发〔2009〕59号") == {
        ("国办发〔2009〕55号", "关于促进西部地区经济平稳发展的意见", "implements")
    }


def test_title_that_carries_out_a_plan_outranks_a_body_basis() -> None:
    # Hand-written in the form of a city's 十一五 division (南京, #15): the title 分解落实《X》; the body's
    # 根据…《X》要求 is a step of carrying it out
    text = (
        "某市政府关于分解落实《某市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知\n"
        "某政发〔2006〕75号\n各区县人民政府：\n"
        "《某市国民经济和社会发展第十一个五年规划纲要》（以下简称《纲要》）是未来五年的蓝图。"
        "根据省政府和《纲要》要求，将约束性指标分解落实到区县。"
    )
    assert cites(text, own="某政发〔2006〕75号") == {
        (None, "某市国民经济和社会发展第十一个五年规划纲要", "implements")
    }


@pytest.mark.parametrize(
    ("text", "implemented", "basis"),
    [
        # real (廊坊, a draft put to the public; the signature and the line break after the plan's title lost)
        ("規范性文件草案征集意見\n廊坊市應急管理局關于對《廊坊市“十四五”應急管理體系規劃》征求意見的通知\n"
         "為貫徹落實《廊坊市國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標綱要》《河北省應急管理事業“十四五”規劃》，"
         "推動全市應急管理體系發展，廊坊市應急管理局起草了《廊坊市“十四五”應急管理體系規劃》，現予以公示，接受社會公眾意見建議。\n"
         "通信地址：廊坊市安次區光明西道109號603室。\n"
         "廊坊市“十四五”應急管理體系規劃為貫徹落實省委、省政府關于應急管理工作的總體部署，根據《河北省安全生產條例》"
         "和《廊坊市國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標綱要》等相關文件，制定本規劃。",
         "廊坊市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "河北省安全生产条例"),
        # hand-written in the form of a cover notice printed without its signature, the plan's title heading its text
        ("某市人民政府办公室关于印发某市应急体系规划的通知\n各县（市、区）人民政府：\n"
         "为贯彻落实《某市国民经济和社会发展第十四个五年规划纲要》《某省应急管理事业规划》，"
         "现将《某市应急体系规划》印发给你们，请认真贯彻执行。\n某市应急体系规划\n"
         "根据《某省安全生产条例》和《某市国民经济和社会发展第十四个五年规划纲要》等文件，制定本规划。",
         "某市国民经济和社会发展第十四个五年规划纲要", "某省安全生产条例"),
    ],
    ids=["unsigned-notice-then-the-plan-under-its-title-run-on", "unsigned-cover-notice-then-the-plan-under-its-title"],
)
def test_an_unsigned_notice_says_what_the_document_is_to_a_text_its_plan_rests_on(text: str, implemented: str,
                                                                                   basis: str) -> None:
    # the notice's word (贯彻落实) for a text both name; the plan's own grounds stay its basis
    got = {(title, relation) for _, title, relation in cites(text)}
    assert {(implemented, "implements"), (basis, "basis")} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real (巫山, a plan's foreword, the page printing no title)
        ("按照重庆市安全生产委员会办公室《关于做好应急管理“十四五”规划编制工作的通知》（渝安办〔2019〕81号）要求，"
         "县应急局牵头组织编制了《巫山县应急管理“十四五”规划》，作为全县“十四五”期间应急管理工作的纲领性文件。\n"
         "本规划基准期为2020年，规划期为2021年至2025年。",
         {("渝安办〔2019〕81号", "关于做好应急管理“十四五”规划编制工作的通知", "basis")}),
        # hand-written in the same form: a plan of measures drawn up, the text calling itself 本方案
        ("为推进老旧小区改造，区住建委起草了《某区老旧小区改造实施方案》。本方案自印发之日起施行。", set()),
        # hand-written: a text of another kind than the one the text calls itself stays a citation
        ("市应急局编制了《某市应急管理“十四五”规划》。本方案自印发之日起施行。",
         {(None, "某市应急管理“十四五”规划", "cites")}),
        # hand-written: another text of the same kind, drawn up by another body for this one or for others to carry out
        ("市自然资源局编制了《某市国土空间总体规划（2021-2035年）》，为本规划提供了空间支撑。",
         {(None, "某市国土空间总体规划（2021-2035年）", "cites")}),
        ("省住建厅制定了《某省城镇老旧小区改造实施方案》，各地要认真落实。本方案自印发之日起施行。",
         {(None, "某省城镇老旧小区改造实施方案", "cites")}),
    ],
    ids=["untitled-plan-drawn-up-in-its-foreword", "untitled-text-drawn-up-calling-itself-so",
         "drawn-up-text-of-another-kind-stays-cited", "drawn-up-text-of-the-same-kind-serving-this-one-stays-cited",
         "drawn-up-text-of-the-same-kind-for-others-to-carry-out-stays-cited"],
)
def test_an_untitled_text_naming_itself_as_drawn_up_is_no_citation(text: str, expected: set) -> None:
    assert cites(text) == expected


def test_a_text_made_from_a_plan_is_issued_not_the_plan() -> None:
    # Hand-written in the form of a task-division notice: what is issued is the plan's 责任分解;
    # the plan itself is the basis the body names.
    text = ("某市人民政府办公室关于印发某方案的通知\n某政办发〔2017〕3号\n各县（市、区）人民政府：\n"
            "经市人民政府同意，现将《某市应急体系建设“十三五”规划》责任分解印发给你们，请认真组织实施。\n"
            "根据《某市应急体系建设“十三五”规划》（某政办发〔2016〕76号）精神，现将任务进行责任分解。")
    assert cites(text, own="某政办发〔2017〕3号") == {("某政办发〔2016〕76号", "某市应急体系建设“十三五”规划", "basis")}


@pytest.mark.parametrize(
    "body",
    [
        "《某县农村公路管理办法》已经县政府同意，现予印发，请认真贯彻执行。",
        "《某县农村公路管理办法》经县政府研究同意，现印发给你们。",
        "现将《某县农村公路管理办法》印发给你们，请认真贯彻执行。",
    ],
    ids=["approved-then-issued", "approved-then-issued-to-you", "now-taking-issued-to-you"],
)
def test_the_text_a_sentence_opens_with_is_the_one_issued(body: str) -> None:
    assert cites(body) == {(None, "某县农村公路管理办法", "promulgates")}


@pytest.mark.parametrize(
    "body",
    [
        "2022年《政府工作报告》重点工作责任分工已经县政府同意，现印发给你们，请认真贯彻落实。",
        "《政府工作报告》重点任务分工方案经县政府研究同意，现印发给你们。",
        "现将2022年《政府工作报告》重点工作任务分工印发给你们，请认真抓好落实。",
    ],
    ids=["derived-text-approved-then-issued", "derived-plan-approved-then-issued", "derived-text-issued"],
)
def test_a_division_made_from_the_report_is_issued_not_the_report(body: str) -> None:
    # hand-written in the form of a county office's task-division notice: the report is cited, the
    # division made from it is what the notice issues
    text = f"某县人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n某政办字〔2022〕3号\n各镇人民政府：\n{body}"
    assert cites(text, own="某政办字〔2022〕3号") == {(None, "政府工作报告", "cites")}


@pytest.mark.parametrize(
    "body",
    [
        "市政府制定了《2023年〈政府工作报告〉主要目标任务分解方案》，现予以印发，请认真组织实施。",
        "《2023年〈政府工作报告〉主要目标任务分解方案》已经市政府同意，现印发实施。",
    ],
    ids=["nested-marks-issued-with-xianyuyi", "nested-marks-issued-by-the-title"],
)
def test_the_plan_a_notice_issues_named_with_nested_marks_is_not_cited(body: str) -> None:
    # hand-written in the form of a city's 分解方案 notice (#2): the title prints the plan without 〈〉
    text = f"某市人民政府关于印发2023年政府工作报告主要目标任务分解方案的通知\n某政发〔2023〕2号\n各区人民政府：\n{body}"
    assert {rel for _, _, rel in cites(text, own="某政发〔2023〕2号")} == {"promulgates"}


def test_a_run_of_titles_counted_and_issued_is_promulgated() -> None:
    # hand-written in the form of a city office's notice issuing several rules at once (#2)
    text = ("某市人民政府办公室关于印发某市河长制会议制度等三项制度的通知\n各县（区）人民政府：\n"
            "《某市河长制会议制度》《某市河长制信息报送制度》《某市河长制考核办法》三项制度已经市总河长会议审议通过，"
            "现印发给你们，请认真遵照执行。")
    assert cites(text) == {
        (None, "某市河长制会议制度", "promulgates"),
        (None, "某市河长制信息报送制度", "promulgates"),
        (None, "某市河长制考核办法", "promulgates"),
    }


def test_a_number_that_lost_its_year_brackets_after_a_title_is_read() -> None:
    # hand-written in the form of a scraped city notice (#15)
    text = ("根据《市委办公室 市政府办公室关于印发〈某市河长制工作方案〉的通知》（某办字202115号）"
            "《某省人民政府办公厅关于加强河道管理的通知》（某政办发〔202236号）等文件要求，制定本制度。")
    assert cites(text) == {
        ("某办字〔2021〕15号", "市委办公室市政府办公室关于印发〈某市河长制工作方案〉的通知", "basis"),
        ("某政办发〔2022〕36号", "某省人民政府办公厅关于加强河道管理的通知", "basis"),
    }


def test_a_number_that_lost_its_closing_bracket_and_hao_after_a_title_is_read() -> None:
    # hand-written in the form of a scraped provincial plan: the bracket after the title holds the number whole,
    # its year's closing bracket and 号 lost (the year's four digits still say where the serial starts)
    text = ("为深入贯彻《中共某省委关于加快绿色发展的意见》（某发〔202319）和《某省人民政府关于支持乡村振兴的意见》"
            "（某政发202407）精神，制定本方案（2024-2026年）。")
    assert cites(text) == {
        ("某发〔2023〕19号", "中共某省委关于加快绿色发展的意见", "implements"),
        ("某政发〔2024〕7号", "某省人民政府关于支持乡村振兴的意见", "implements"),
    }


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param("根据《国家发展改革委关于开展“十四五”规划实施中期评估工作的通知》(发改规划2023153)等要求,开展评估。",
                     ("发改规划〔2023〕153号", "国家发展改革委关于开展“十四五”规划实施中期评估工作的通知", "basis"),
                     id="glued-number-code-of-any-shape"),
        pytest.param("根据《某市关于加强河道管理的办法》（送审稿20230515）要求，制定本制度。",
                     (None, "某市关于加强河道管理的办法", "basis"), id="glued-day-after-a-title-is-no-number"),
    ],
)
def test_a_number_that_lost_both_brackets_and_hao_after_a_title_takes_any_code(
        text: str, cited: tuple[str | None, str, str]) -> None:
    # the bracket after the title holds the number whole, so its code is taken whatever its shape; the four
    # digits of the year still say where the serial starts
    assert cites(text) == {cited}


def test_a_cited_number_that_lost_its_years_closing_bracket_is_read() -> None:
    # hand-written in the form of a scraped city rule (泉州, heldH): 号 kept, the year's closing bracket lost,
    # the code of no listed shape (文); the opening bracket still says where the code ends
    text = ("根据《某市人民政府关于印发某市专项资金管理规定的通知》(某政文〔20177号)、《某市人民政府关于印发"
            "某市涉农资金统筹整合实施方案(试行)的通知》(某政文〔2018137号),制定本规定。")
    assert cites(text) == {
        ("某政文〔2017〕7号", "某市人民政府关于印发某市专项资金管理规定的通知", "basis"),
        ("某政文〔2018〕137号", "某市人民政府关于印发某市涉农资金统筹整合实施方案（试行）的通知", "basis"),
    }


def test_a_bracket_left_open_after_a_title_gives_it_its_number_and_the_next_number_its_own() -> None:
    # hand-written in the form of a town's plan (紫金, heldZ): the bracket after the last title is never
    # closed, and the page glued a second number (the county's) to the title's
    text = ("根据《某省水利厅关于开展河湖专项行动的通知》(某水建管〔2018〕44号)和《某省水利厅关于加快推进河湖"
            "专项行动摸底调查工作的通知》(某水建管函〔2018〕1885号某河长办字〔2018〕9号要求,从2018年7月至2019年7月,"
            "用一年的时间,在全镇范围内对河湖管理保护突出问题开展专项清理整治行动。")
    assert cites(text) == {
        ("某水建管〔2018〕44号", "某省水利厅关于开展河湖专项行动的通知", "basis"),
        ("某水建管函〔2018〕1885号", "某省水利厅关于加快推进河湖专项行动摸底调查工作的通知", "basis"),
        ("某河长办字〔2018〕9号", None, "basis"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "依据《某市高标准农田水利项目管理办法》（某农函〔2020〕55号）《农田水利项目管理办法》，制定本办法。",
            {("某农函〔2020〕55号", "某市高标准农田水利项目管理办法", "basis"), (None, "农田水利项目管理办法", "basis")},
            id="place-and-modifier-is-another-text",
        ),
        pytest.param(
            "依据《中共某市委某市人民政府关于加强街道工作的意见》（某发〔2020〕5号），落实《关于加强街道工作的意见》要求。",
            {("某发〔2020〕5号", "中共某市委某市人民政府关于加强街道工作的意见", "basis")},
            id="issuer-left-out-is-the-same-text",
        ),
    ],
)
def test_a_title_that_ends_a_local_title_is_its_own_document_unless_only_the_issuer_is_left_out(
        body: str, expected: set) -> None:
    # hand-written in the form of a district's implementing rules (#5)
    assert cites(body) == expected


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("序号 文件名称 发布机关及文号 说明\n1 关于加强城区停车管理的通知 某政发〔2008〕21号 已被替代，新文件为某政发〔2018〕3号\n"
                     "2 关于印发某市殡葬管理办法的通知 某政办发〔2010〕45号 上位法已修改，原《殡葬管理条例》已修订\n",
                     id="one-row-a-line"),
        pytest.param("序号文件名称发布机关及文号说明1关于加强城区停车管理的通知某政发〔2008〕21号已被替代，新文件为某政发〔2018〕3号"
                     "2关于印发某市殡葬管理办法的通知某政办发〔2010〕45号上位法已修改，原《殡葬管理条例》已修订\n",
                     id="rows-run-together"),
    ],
)
def test_rows_of_a_repeal_table_are_repealed(table: str) -> None:
    # hand-written in the form of a city's repeal decision (#6): its attachment lists each repealed text and
    # its number; a number in the 说明 cell and a title in marks keep their own wording
    text = ("某市人民政府关于废止部分规范性文件的决定\n某政发〔2019〕7号\n经清理，市政府决定对下列2件规范性文件予以废止。\n"
            f"附件：某市人民政府决定废止的规范性文件目录\n{table}某市人民政府\n2019年5月6日")
    assert cites(text, own="某政发〔2019〕7号") == {
        ("某政发〔2008〕21号", "关于加强城区停车管理的通知", "repeals"),
        ("某政办发〔2010〕45号", "关于印发某市殡葬管理办法的通知", "repeals"),
        ("某政发〔2018〕3号", None, "cites"),
        (None, "殡葬管理条例", "cites"),
    }


def test_a_list_of_texts_kept_in_force_is_not_repealed() -> None:
    # hand-written: a clean-up notice's list of what stays in force names no repeal
    text = ("附件：继续有效的规范性文件目录\n1 关于加强城区停车管理的通知 某政发〔2008〕21号\n")
    assert cites(text) == {("某政发〔2008〕21号", None, "cites")}


@pytest.mark.parametrize(
    "attachment",
    ["附件：2023年重点工作任务清单", "附件：1.2023年重点工作任务清单", "附件：1 2023年重点工作任务清单"],
    ids=["title-opening-with-a-year", "numbered-item-then-a-year", "numbered-item-space-then-a-year"],
)
def test_an_attachment_title_opening_with_a_year_is_the_documents_own(attachment: str) -> None:
    # hand-written: the year an attachment's title opens with is no item number
    text = ("某市人民政府办公室关于做好2023年重点工作的通知\n某政办发〔2023〕5号\n各区人民政府：\n"
            f"请按照《2023年重点工作任务清单》抓好落实。\n{attachment}")
    assert cites(text, own="某政办发〔2023〕5号") == set()


def test_a_mirrors_note_in_lenticular_brackets_is_not_a_citation() -> None:
    # Hand-written in the form of a law mirror's note after a repealed title.
    text = ("根据《中华人民共和国预算法》和《某某省省级预算审查监督条例》【已废止，最新为：《某某省预算审查监督条例》】，"
            "制定本办法。")
    assert cites(text) == {(None, "中华人民共和国预算法", "basis"), (None, "某某省省级预算审查监督条例", "basis")}


def test_attachments_listed_in_marks_are_the_documents_own() -> None:
    # Hand-written: the corpus lists its attachments without marks.
    text = (
        "嘉兴市人民政府关于印发《嘉兴市X管理办法》的通知\n嘉政发〔2024〕9号\n各县（市、区）人民政府：\n"
        "《嘉兴市X管理办法》已经市政府同意，现印发给你们。\n附件：1.《嘉兴市X实施细则》\n2.《嘉兴市Y操作规程》\n"
        "各地要按照《嘉兴市X实施细则》抓好落实。"
    )
    assert cites(text, own="嘉政发〔2024〕9号") == {(None, "嘉兴市X管理办法", "promulgates")}


@pytest.mark.parametrize(
    "text",
    [
        # real: the gazette's opening (a title, its number, the addressees, the body)
        pytest.param(
            "嘉兴市人民政府关于印发嘉兴市X实施方案的通知\n嘉政发〔2024〕3号\n各县（市、区）人民政府：\n"
            "现将《嘉兴市X实施方案》印发给你们，请认真贯彻执行。\n附件：1.X\n2.Y\n嘉兴市人民政府\n",
            id="header-then-body",
        ),
        # hand-written: fewer lines than asked, a text ending with its line break, blank lines
        pytest.param("关于X的通知\n", id="one-line-and-break"),
        pytest.param("关于X的通知", id="one-line-no-break"),
        pytest.param("\n\n\n\n\n\n\n", id="blank-lines"),
        pytest.param("", id="empty"),
    ],
)
def test_first_lines_are_those_a_split_gives(text: str) -> None:
    from policykg.extract.citations import _first_lines

    for start in range(len(text) + 1):
        assert _first_lines(text, start, 6) == text[start:].split("\n", 6)[:6], start


# ---------------------------------------------------------------------------
# The development set, scored by the shared scorer (skipped without ../shared)


def test_development_set_citations(shared: Path) -> None:
    import importlib.util
    import json

    from policykg.extract.pipeline import extract_path

    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tp = fp = fn = 0
    for gold_file in sorted((shared / "eval" / "gold" / "dev").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        source = shared / "corpus" / "dev" / (gold.get("source") or gold_file.stem + ".txt")
        records = [r.to_dict() for r in extract_path(source).records]
        part = score.score_citations([r for r in records if r["type"] == "citation"], gold["citations"])[
            "typed"
        ]
        tp, fp, fn = tp + part["tp"], fp + part["fp"], fn + part["fn"]
    assert tp / (tp + fp) >= 0.97 and tp / (tp + fn) >= 0.95, (tp, fp, fn)


def test_strip_notes_is_the_repeated_substitution() -> None:
    import random

    from policykg.extract.citations import _TRAILING_NOTE, _strip_notes

    def reference(t: str) -> str:
        while (stripped := _TRAILING_NOTE.sub("", t)) != t:
            t = stripped
        return t

    rng = random.Random(5)
    parts = ["关于", "办法", "（试行）", "（2024年修订）", "”", "」", "』", '"', " ", "2024", "v1.0", "\n", "（", "）", "草案", "A-B"]
    for _ in range(2000):
        title = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        assert _strip_notes(title) == reference(title), title


def test_an_order_publishing_its_regulation_cites_nothing_hand_written() -> None:
    # the form of a law mirror's order (#16): 《X》已经…通过，现予发布 publishes X, the text itself, not a
    # notice issuing another text (制定了《X》，现予发布)
    from policykg.extract.pipeline import extract_text
    from policykg.extract.records import Citation

    text = ("某某市城市绿化管理办法\n某某市人民政府令\n第9号\n"
            "《某某市城市绿化管理办法》已经2001年3月1日市人民政府第9次常务会议通过，现予发布，自2001年5月1日起施行。\n"
            "市长 某某\n2001年3月10日\n第一条 为加强城市绿化管理，制定本办法。\n")
    assert extract_text(text).of(Citation) == []


@pytest.mark.parametrize(
    "title",
    [
        # hand-written in the form of a banner's notice (鄂温克): the marks wrap the report only, the
        # title wrapped right after them
        "某某旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知",
        "某某旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知",
    ],
    ids=["wrapped-after-the-marks", "on-one-line"],
)
def test_marks_wrapping_a_part_of_the_issued_name_cite_it(title: str) -> None:
    text = (f"{title}\n各苏木乡镇人民政府：\n现将分工印发给你们。\n"
            "一、各部门要高度重视《政府工作报告》重点任务落实工作。")
    assert cites(text) == {(None, "政府工作报告", "cites")}


def test_a_decision_amending_several_rules_heads_each_ones_changes_with_its_title_hand_written() -> None:
    # hand-written in the form of a city government's decision to amend several rules: each rule's title heads
    # its changes, the new wording quoted on lines of its own, so the list's opening stands far above
    text = (
        "某市人民政府决定修改下列2件政府规章：\n"
        "一、《某市甲管理办法》\n（一）将第三条修改为：\n“第三条 本办法适用于本市行政区域。”\n（二）删去第十条。\n"
        "二、《某市乙暂行办法》\n（一）将第九条第（二）项修改为：\n“（二）擅自占用道路的，责令改正。”\n"
        "三、《某市丙管理规定》\n本规定自公布之日起施行。\n"
    )
    assert cites(text) == {
        (None, "某市甲管理办法", "amends"),
        (None, "某市乙暂行办法", "amends"),
        (None, "某市丙管理规定", "cites"),
    }


def test_a_decisions_title_run_into_its_first_sentence_amends_what_it_names_hand_written() -> None:
    # hand-written in the form of an order page whose decision lost the break after its title
    title = "某市人民政府关于修改《某市户外广告设置管理办法》等3件政府规章的决定"
    text = (f"{title}某市人民政府决定修改下列3件政府规章：\n一、将第五条修改为：“第五条 设置户外广告应当经过审批。”\n"
            "本决定自发布之日起施行。\n")
    found = find_citations(normalise(text).text, document="某市人民政府令第88号", title=title)
    assert {(c.to_title, c.relation.value) for c in found} == {("某市户外广告设置管理办法", "amends")}


def test_a_plans_schedule_of_a_text_to_come_out_is_no_citation() -> None:
    # hand-written: a plan's schedule (2025年6月，X出台《Y》) names a text still to come; a report's month names one out
    from policykg.extract.pipeline import extract_text

    plan = "某县促进消费三年行动计划（2025-2027年）\n一、工作安排\n（一）2025年6月，县商务局出台《某县促进消费若干措施》。\n"
    assert [d for d in extract_text(plan, path="plan.txt").dicts() if d["type"] == "citation"] == []
