"""Citations: every reference a document makes to another one, by 文号 and/or 《title》.

One public function, :func:`find_citations`, in stages (as eyecite does):

1. find references: ``《title》`` (nested ``〈〉``, ``<>`` or ``《》`` kept inside),
   the number in the bracket after a title, with any issuer code, an order number
   or a date and act around it (``《…》（浙政发〔2024〕3号）``, ``《…》的通知（青建整办
   〔2024〕1号）``, ``（政府令第57号）``, ``（2002年3月1日省政府令第150号公布）``), bare
   文号, a title written plainly before a bracketed number in a list item
   (``一、山东省信访规定（省政府令第114号）``), ``（以下简称《实施意见》）`` short
   titles, the versions a regulation's history note names, and the plan a notice
   印发/转发 without book-title marks (``关于转发市咨询委…计划的通知``);
2. drop what is not a citation: ``《》`` names that neither end in a document type
   (办法, 通知, 规划 …) nor follow a citing word (``根据``, ``详见``, ``X印发的``) and
   forms in any case (备案表, 承诺书); documents still to be drawn up (``制定《…规范》``);
   the document itself and its parts (its number and title, the title an order
   publishes, ``本《办法》``, its attachments listed or headed, a title the next line
   starts, the plan its notice issues named by its issuer's full name); a portal
   page's link lines; short titles that resolve to no single reference;
3. type each list of references (joined by 、，和, with articles, notes and quoted
   passages between) by its wording: the last trigger word before it in its
   clause (根据/按照 → basis, 贯彻落实 → implements, 不再执行 → repeals …; a reported
   印发 such as ``关于印发《…》的通知`` gives way to the word before it), or that of
   the line opening its list (``决定废止以下规章：``), overridden by what follows it in
   its sentence (``同时废止`` → repeals, ``现印发给你们`` → promulgates …); the notice's
   own title types the references in it (``关于废止《…》的决定``) and gives its verb to
   the body's mention of what it 转发;
4. merge mentions of one cited document (by number, else by title) into one
   citation with its strongest relation.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from policykg.extract.agencies import BODY_LAST_CHARS
from policykg.extract.docnum import (
    DocNumMatch,
    bracketless_docnum,
    find_docnums,
    glued_docnum,
    issuer_of,
    locate_docnum,
    parse_docnum,
)
from policykg.extract.metadata import front_matter_end
from policykg.extract.patterns import (
    ANNOUNCING,
    BASIS_WORDS,
    CITING_WORDS,
    CLOSE_BRACKET,
    DATE,
    GAZETTE_NAME,
    OPEN_BRACKET,
    ORDER_NUMBER,
    ORDER_NUMBER_LAST,
    REPORT_TITLE,
    REPORT_TITLE_LAST,
    SEE_POINTER,
    SHARED_FILE,
    TITLE_END,
    TITLE_END_WORDS,
    TITLE_THEN_ADDRESSEES,
    reports_as_follows,
    squash,
)
from policykg.extract.records import Citation, Relation, Source
from policykg.extract.scan import LedRegex, holds
from policykg.extract.text import line_start_matches

# ---------------------------------------------------------------------------
# Patterns

#: A title in book-title marks. Table cells may wrap a title over lines, and a
#: badly typeset title nests 《》 instead of 〈〉 one level deep.
_TITLE = re.compile(r"《(?P<title>(?:[^《》]|《[^《》]{1,80}》){1,150})》")
#: The marks a web mirror may write instead: ``<<…>>``, ``＜＜…＞＞``.
_ASCII_TITLE = re.compile(r"(?:<<|＜＜)(?P<title>[^<>＜＞《》\n]{1,150})(?:>>|＞＞)")

#: The bracket right after a title: its 文号 and/or a short name
#: (``（浙政发〔2024〕3号）``, ``（以下简称《条例》）``, ``（国发〔2015〕43号，以下简称《意见》）``), also
#: after the notice that issued the title: ``原《…意见（试行）》的通知（青建整办〔2024〕1号）``.
#: A closing mark typed twice (``《…的通知》》（宁政秘〔2020〕78号）``) does not part them.
_AFTER_TITLE = re.compile(
    r"》?[ \n]*(?:的(?:通知|决定|意见|批复|函|公告|通告))?（(?P<inner>(?:[^（）]|（\d{4}）){1,80})）"
)
#: How far into a bracket left open after a title its number is looked for.
_UNCLOSED_REACH = 30
_SHORT_NAME = re.compile(r"(?:以下|下文)?(?:简称|称)为?《(?P<short>[^《》]{1,24})》")

#: What may stand between two references of one list: 、，和及与 (``《A》、《B》和《C》``), also
#: after an article and a quoted passage of the one before (``《A》（…）第三条“…”、《B》（…）“…”``).
_CHAIN_GAP = re.compile(
    r"(?:第[一二三四五六七八九十百零\d]{1,6}[条款项](?:第[一二三四五六七八九十\d]{1,4}[款项])*)?"
    r"(?:（[^（）\n]{1,30}）)?(?:[“\"][^“”\"\n]{0,200}[”\"])?[、，,和及与或 ]*(?:以及)?[、，, ]*"
)

#: An article and its quoted words after a title: ``第三条“缴存比例为5%至12%”``; a quoted part and what
#: it is before a repeal from a date: ``中“…”的意见，自本批复发布之日起作废``.
_PASSAGE = re.compile(
    r"(?:第[一二三四五六七八九十百零\d]{1,6}[条款项](?:第[一二三四五六七八九十\d]{1,4}[款项])*(?:中的)?)?(?:中(?=▪))?(?:▪+)?"
    r"(?:(?<=▪)的(?:规定|意见|内容|部分)[，,](?=[自从]))?"
)
#: A note after a title (``（2023年修订）``, ``（试行）``) and a quoted passage.
_NOTE_AFTER = re.compile(r"（[^（）\n]{1,30}）")
_QUOTED = re.compile(r"“[^“”\n]{0,200}”")

#: The clause a trigger word before a reference must be in.
_CLAUSE_END = "。；！？\n，：,;"
_CLAUSE_END_RE = re.compile(f"[{_CLAUSE_END}]")
_SENTENCE_END = re.compile(r"[。；！？\n]")

#: The words of basis (:data:`~policykg.extract.patterns.BASIS_WORDS`) that type a reference as its basis: 按照 and
#: 参照 type it apart (按照 as what the text follows, 参照 as a mere mention).
_BASIS_TRIGGERS = "|".join(w for w in BASIS_WORDS.split("|") if w not in ("按照", "参照"))
#: Trigger words before a reference; the last one in its clause types it. Longer words
#: come first, so 贯彻落实 is one trigger and 不再执行 is not 执行.
_BEFORE = re.compile(
    r"(?P<stops>不再执行|停止执行)"
    r"|(?P<neutral>暂停执行|参照|对照|参考)"
    r"|(?P<repeals>废止)"
    r"|(?P<amends>修改|修订)"
    r"|(?P<forwards>转发)"
    r"|(?P<promulgates>印发|下发)"
    rf"|(?P<basis>{_BASIS_TRIGGERS})"
    r"|(?P<follow>按照)"
    r"|(?P<implements>贯彻落实|贯彻执行|贯彻|落实|执行)"
)

#: A bracket holding what may be a number: ``（省政府令第114号）``, ``（沪水务〔2018〕1109号）``.
#: (one literal-led regex an opening bracket: :class:`LedRegex`)
_BRACKETED_NUMBER = LedRegex("（(", r"(?P<inner>[^（）()\n，,。；]{2,30}?号令?)[）)]")
#: The number of a list item at the start of a line: ``一、``, ``3.``, ``（二）``, ``(1)``.
_LIST_MARKER = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*"
)
_CLAUSE_PUNCT = re.compile(r"[，。；：！？、,;:《》“”]")

#: A date before a number and the act after it, inside its bracket.
_NUMBER_FRAME = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:公布|发布|印发|施行|修订|修正)$")
#: A regulation's history note: versions published, then revised (``（…令第297号公布 …令第435号修订）``).
_HISTORY = LedRegex(
    "（(",
    r"(?P<body>[^（）()\n]{0,200}?(?:公布|发布)[^（）()\n]{0,200}?(?:修订|修正|修改)[^（）()\n]{0,40})[）)]",
)
_PUBLISHED_WORDS = ("公布", "发布")
#: A page's note of the version a revised regulation's heading prints: ``…办法（2004年修正）``, ``（2019修订本）``.
_REVISION_YEAR = re.compile(r"（(?:19|20)\d{2}年?(?:修正|修订|修改)本?）$")
#: 号公布, 号发布: a note names a version published (a search led by the literal 号).
_PUBLISHED_NUMBER = re.compile(f"号(?={'|'.join(_PUBLISHED_WORDS)})")
#: A later version's own number in a history note (…令第435号修订, …〔2010〕3号修正).
_LATER_NUMBER = re.compile(r"第?\d{1,5}号")
_NUMBER_AFTER_DATE = re.compile(r"\s*[\u4e00-\u9fff]{1,10}[〔\[［【（(]\d{4}[〕\]］】）)]\d{1,4}号")

#: A periodical's issue after its name: ``《公报》第43期``, ``《…公报》1999年第50期``.
_ISSUE_AFTER = re.compile(r"\s*(?:(?:19|20)\d{2}年)?第\s*[\d一二三四五六七八九十]{1,4}\s*(?:期|组)")
#: Words right before a 《》 name that make it a cited document whatever its last word
#: (``具体操作详见《…用户手册》``, ``根据省工商局公布的《…》``, ``参照《…法》、《…手册》``).
#: A bare 印发/修订 does not: ``编写印发《垃圾分类宣传手册》`` is a task, not a reference.
_INTRODUCED = re.compile(
    rf"(?:{CITING_WORDS}|(?:印发|发布|公布|出台|颁布|制定|修订)的)$"
    # 根据有关法律、法规、规章以及《X》: the citing word's vague head of laws, then the title it names
    r"|(?:根据|依据|依照|遵照|按照)[^《》□]{0,24}?(?:法律|法规|规章|规定|文件|政策)(?:以及|和|及|与|、)$"
)
#: A text read or studied (学习《…论述摘编》, 开展《…纲要》《…论述摘编》等专题学习): a book or a collection of
#: writings the clause names for study is cited whatever its name ends in.
_STUDY = r"学习|研读|研学|通读|精读|导读"
_STUDIED_BEFORE = re.compile(rf"(?:{_STUDY})$")
_STUDIED_AFTER = re.compile(rf"[□\s]*等?(?:专题|集中|系统|深入)?(?:{_STUDY})")


def _studied(before: str, after: str) -> bool:
    """Whether the clause around a title names it as a text read or studied (:data:`_STUDIED_BEFORE`,
    :data:`_STUDIED_AFTER`)."""
    return _STUDIED_BEFORE.search(before) is not None or _STUDIED_AFTER.match(after) is not None


#: A paper a reply answers, whatever its kind (《关于…的建议提案》（第204293号）收悉, 报来《…的立项申请》收悉):
#: 收悉 after the title, past a bracket of its serial or date, says it is a document received.
_RECEIVED = re.compile(r"(?:[（(][^（）()\n]{0,30}[）)])?(?:已|均已|业已)?收悉")
_RECEIVED_REACH = 40
#: ``《X》等文件精神``, ``《X》文件要求``: the words after a title call it a document, whatever its name ends in
#: (a title shortened by its 的意见: 《关于支持某省…走新路》等文件精神); its number may stand between, written
#: without its year (《关于优化经济发展环境建设年》沅办发27号文件精神: no 文号 to cite, but a document named).
_CALLED_DOCUMENT = re.compile(r"[□\s]*(?:[\u4e00-\u9fff]{1,8}?[发字函]\s*\d{1,4}\s*号)?(?:等|等有关|等相关)?文件(?:的)?(?:精神|要求|规定)")
#: An attachment's label: ``附件``, ``附件3``, ``附件：``, at the start of a line or a title.
_ATTACHMENT = re.compile(r"附件\s*[0-9一二三四五六七八九十]*\s*[：:.、]?")
_ATTACHMENT_LINE = re.compile(r"(?m)^[#\s]*附件\s*[0-9一二三四五六七八九十]*\s*[：:.、]?(?P<rest>[^\n]*)$")
#: A bracket after a title that points to an attachment: ``（附件2）``, ``（见附件）``, ``（详见附件3）``.
_SEE_ATTACHMENT = re.compile(rf"{SEE_POINTER}?附件\s*[0-9一二三四五六七八九十]*$")
#: A list item's number before an attachment's title: ``1.``, ``2、``, ``（3）``.
#: Without a mark after it, only figures apart from the title (1某某细则, its space gone); a number that
#: runs on into the title is the title's own (2020年《政府工作报告》…方案, 十四五规划).
_ITEM_NUMBER = re.compile(r"(?:[（(]?[0-9一二三四五六七八九十]{1,3}[）).、．]|[0-9]{1,3}(?![\d年月日号%.]))\s*")

#: Endings of forms and certificates, which are filled in, not cited (备案表, 承诺书, 回执单, 许可证).
_FORM_ENDING = re.compile(r"(?:表|书|(?<![清名])单|证|卡)$")

#: A document to be drawn up is not cited yet: ``制定《医院自助服务平台设计规范》``.
#: The verbs that draw up a text (制定, 编制, 起草, 拟定 …).
_DRAWING_UP = "制定|出台|编制|起草|拟定|拟订"
_TO_BE_MADE = re.compile(rf"(?:{_DRAWING_UP}|制订|研究制定|研究出台)(?:出台|完善|印发)?$")

#: The month a report of events says a text came out in, opening its clause (3月份，出台《X》; 2021年5月，省厅出台《X》):
#: 出台 at a time told, not a deadline (3月底前出台), names a text that exists.
_PAST_MONTH = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份|\d{1,2}日)?[，,][^，,。；！？]{0,12}出台$")


def _issued_at_past_time(masked: str, sentence_start: int, start: int) -> bool:
    """Whether the 出台 right before ``start`` follows the month the text came out in (:data:`_PAST_MONTH`),
    in a sentence that speaks of nothing still to come (:data:`_STILL_TO_COME`)."""
    head = masked[sentence_start:start].rstrip()
    if "月" not in head or _PAST_MONTH.search(head) is None:
        return False
    return _STILL_TO_COME.search(head) is None


#: A count of papers before a title (29份, 多份, 十余件, 3个): the title names their kind, no one document
#: (one paper, 一份《…》, may be one document).
_COUNTED = re.compile(
    r"(?:(?<![\d第])(?!1(?!\d))\d+|(?<![第一二三四五六七八九十百千两])[两二三四五六七八九十百千][一二三四五六七八九十百千]{0,3}"
    r"|多|若干|数)余?(?:份|件|批|套|个)$"
)
_COUNT_WORDS = frozenset("份件批套个")
#: A sentence of a report of results that speaks of what is still to come (下一步，将制定…).
_STILL_TO_COME = re.compile(r"将|拟|要|需|应当|计划|正在|抓紧|尽快|下一步|继续|进一步")
#: What the sentence says next of a text it has made: it is issued now (制定《X》（以下简称《清单》），现印发给你们).
_ISSUED_NOW = re.compile(r"[，,]\s*(?:现予以?|现|特|予以)(?:印发|发布|下发)")
#: The reference itself is what is drawn up (制定《…》等技术规范，), not a part of it (制订《条例》配套制度清单).
_OBJECT_ENDS = re.compile(r"(?:等[^，。；！？\n]{0,10})?(?:[，。；！？、\n]|$|并|和)")

#: After a reference, in its sentence.
_REPEALED = re.compile(
    r"(?:文件|文)?(?:等[^，。；\n]{0,12})?(?:[自从][^，。；\n]{0,24}?起)?(?:同时|即行|即时|一并|予以|自行|相应)?"
    r"(?:废止|停止执行|不再执行|失效|作废)"
)
_AMENDED = re.compile(
    r"(?:的)?(?:部分|有关|个别|相关)?(?:条款|内容)?(?:作|进行|予以)了?(?:如下|以下)?(?:合并|全面|系统|统一|适当)?(?:修改|修订)"
    r"|(?:修改|修订)如下"
    r"|第[一二三四五六七八九十百零\d]{1,6}条[^，。；\n]{0,12}?(?:修改为|修订为|删除)"
)
#: What an amendment does to the article named after a title: ``《…条例》第七条中增加一项``,
#: ``第三条修改为``, ``第五条第二款删去``.
#: A few words may stand between (``第七条 项修改为``, a number lost in the page's text).
_ARTICLE_CHANGED = re.compile(r"[ \d一二三四五六七八九十款项目]{0,4}中?(?:修改为|修订为|删除|删去|增加|增设|增写|补充)")
#: A line of a decision's changes to the text headed above it (``五、《X办法》`` / ``（一）将第九十二条第（一）项
#: 修改为：``, ``1.第三条修改为``, ``（二）删去第十条``, ``（三）增加一条，作为第八条：``).
_CHANGE_LINE = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、)?\s*"
    r"(?:(?:将|把|在|对)?第[一二三四五六七八九十百零\d]{1,6}[章节条款][^。\n]{0,40}?"
    r"(?:修改为|修订为|改为|删除|删去|增加|增设|增写|补充)"
    r"|(?:删去|删除)第[一二三四五六七八九十百零\d]{1,6}[章节条款]|增加一[章节条款项])"
)
#: What closes a history note's clause after an amending decision: ``…的决定》修正``, ``第二次修正``; the
#: note's next clause may follow with nothing between once its spaces are gone (``…第一次修订根据…``).
_AMENDED_BY = re.compile(r"\s*(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)(?:[）)。，；\s]|根据|$)")
#: A decision that amends another text: ``关于修改〈…〉的决定``, ``关于修改部分地方性法规的决定``.
_AMENDING_DECISION = re.compile(r"^(?:[^《》〈〉]{0,40}?)关于(?:修改|修订|修正)[^。；]*的决定$")
#: ``现将《X》印发给你们``, ``…转发/转给你们``, ``现予印发``: the verb that issues or forwards X.
_ISSUED_TO_YOU = re.compile(
    r"[^。！？\n]*?(?:(?:现|特|予以)?(?P<verb>印发|转发|下发|转(?=给))(?:给)?(?:你们|你单位|你处|你局|你委|你厅|各地|各单位|各有关单位)"
    r"|现予以?(?P<verb2>印发|转发|下发|发布)(?![的了]))"
)
#: A sentence that issues what the sentence before named, with no object of its own: an approval at most,
#: then the verb (经市政府同意，现印发给你们。, 现予印发，请认真贯彻执行).
_ISSUED_NEXT = re.compile(
    r"\s*(?:[^，。；！？\n□]{0,30}?(?:同意|批准|通过)[，,]\s*)?(?:现|特)(?:予以?)?(?P<verb>印发|转发|下发)"
    r"(?:给?(?:你们|你单位|各地|各单位|各有关单位))?[，。；]"
)
#: An approval between a title and 现予发布: the order that publishes a regulation, not a notice issuing it.
_APPROVED = re.compile(r"通过|同意|批准")
#: Words right after a title that name another text made from it, up to the verb that issues it
#: (《X》责任分解|印发给你们, 《X》重点任务分工方案|印发); adverbs, 已经/经…, 等 leave the title the one issued.
# (nor a count of the titles listed before: 《A》《B》《C》三项制度已经…通过，现印发给你们)
_NOT_DERIVED = r"(?![已经现特予等印转下和及与并再]|重新|[一二两三四五六七八九十\d]{1,3}[项个件份部])"
_DERIVED = re.compile(rf"{_NOT_DERIVED}[\u4e00-\u9fff][^。！？\n]*?(?=(?:现|特)?(?:印发|转发|下发))")
#: The same words before the approval that lets the derived text be issued (《X》重点工作责任分工|已经区政府
#: 同意，现印发给你们): the approval's clause may hold a comma, the words naming the text hold none.
_DERIVED_APPROVED = re.compile(
    rf"{_NOT_DERIVED}[\u4e00-\u9fff]{{2,20}}?(?=(?:已经|已由|经)[^。！？\n]{{1,30}}?(?:同意|批准|通过))"
)
#: ``现将（X的）《…》印发/转发`` with no addressee after the verb.
_NOW_TAKING = re.compile(r"(?:现|特|兹)将[^，。；：！？□]{0,30}$")
_HANDED_ON = re.compile(r"(?P<verb>印发|转发|下发)(?![的了])")
#: The order that publishes a regulation names the regulation itself: ``《…办法》已经…通过，现予公布``,
#: ``现公布修订后的《…办法》``; that title is the document's own.
_PUBLISHED_AFTER = re.compile(r"(?:已经|已由|经)[^。！？\n]*?(?:通过|同意|批准)[，,]?(?:现予|现|予以)公布")
_PUBLISHED_BEFORE = re.compile(r"(?:现予|现|予以)公布(?:修订后的|修正后的)?$")
#: A draft the page puts to the public right after naming it (我局拟定了《X》（征求意见稿），现对外公告, 现将其进行
#: 公示, 现向社会公开征求意见): the text the page prints for comment, its own.
_TO_THE_PUBLIC = r"现(?:将其|予以?)?(?:进行)?(?:对外|向社会|面向社会)?(?:广泛)?(?:公开)?(?:公告|公示|征求)"
_PUT_TO_THE_PUBLIC = re.compile(rf"[□\s]*[，,]\s*{_TO_THE_PUBLIC}")
#: The same for a draft named as one (…（征求意见稿）), across its notes (（以下简称…）（见附件1）) and one clause to
#: the sentence's end: 形成《X（征求意见稿）》（以下简称…）（见附件1），拟以规范性文件形式印发实施。现向社会广泛征求意见.
_DRAFT_PUT_TO_THE_PUBLIC = re.compile(
    rf"[□\s]*(?:（[^（）\n]{{0,30}}）[□\s]*){{0,3}}[，,][^。；！？\n□《]{{0,40}}?[。，,]\s*{_TO_THE_PUBLIC}"
)
#: How a draft names itself in its title.
_DRAFT_NAMES = ("征求意见稿", "草案", "送审稿")

#: Endings of document titles. A 《》 name ending otherwise (备案表, 用户手册, 人民日报 …)
#: is a form, manual, book or newspaper, cited only when a citing word introduces it.
_DOC_TYPES = "(?:" + "|".join(TITLE_END_WORDS) + ")"
_DOC_ENDING = re.compile(_DOC_TYPES + "$")
#: An instrument a body issues, named by its type and 书 (整改通知书, 处罚决定书, 审计意见书, 检察建议书,
#: 环境影响报告书): a document that is served, not a form to fill in (承诺书, 申请书).
_ISSUED_INSTRUMENT = re.compile(r"(?:通知|决定|意见|建议|报告)书$")
#: The verbs of a body putting out a copy of such an instrument (发出《催办通知书》, 出具《…决定书》, 送达《…》): a rule
#: naming the kind of paper it issues each time, no one document cited (unless a 文号 names one).
_SERVING = re.compile(r"(?:发出|出具|开具|送达|制发|签发|下达|发送|发放)$")
#: A plan's table of who does what (民生实事任务分解表, 重点工作责任分解表): issued as a text, not filled in;
#: not the title of the notice that issues it, so it ends no title of a page.
_ISSUED_TABLE = "分解表"

#: A notice's title: 关于印发/转发 X 的通知, X without book-title marks.
_TITLE_ISSUES = re.compile(r"(?P<verb>印发|转发)(?P<t>[^《》\n]{4,90})的(?:通知|决定|函)")
#: The body of such a notice: ``X已经…同意，现转发给你们`` or ``现将X印发给你们``; X ends
#: in a document type, so that 经 inside 国民经济 is not taken for 经…同意, and never opens with 现将
#: (现将方案印发给你们: a bare type names no document).
_BODY_ISSUES = re.compile(
    r"(?m)^(?:现将)?(?P<t>(?!现将)[^，。；：、\n《》]{2,70}?" + _DOC_TYPES + r"(?:（[^（）\n]{1,20}）)?)"
    r"(?:(?:已经|已由|经)[^。\n]{0,60}?，)?(?:现|特)?(?P<verb>印发|转发)给?(?:你们|你单位)"
)
_ISSUE_TO_YOU = LedRegex("印转", r"发给?(?:你们|你单位)")  # 印发/转发 给你们
#: What may close a title after its document type: a note (（试行）, （2024-2026年）), a quote
#: mark, or a Latin abbreviation or code (《专利合作条约PCT》).
_TRAILING_NOTE = re.compile(r"(?:（[^（）]*）|[”」』\"]|[ A-Za-z0-9./-]+)$")
#: A note whose opening bracket a page lost, a period's years or a draft's word before its closing one.
_LOST_OPEN = re.compile(r"(?:(?:19|20)\d{2}[\d\-－—–~～至年度]*|试行|暂行|修订|征求意见稿|草案)）$")
#: The characters a :data:`_TRAILING_NOTE` match ends with.
_NOTE_LAST = frozenset("）”」』\" ./-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

#: A short name that is only a document type (《条例》, 《实施意见》): it names nothing by itself.
_GENERIC = re.compile(
    r"^(?:实施|指导|若干|暂行|管理|行动|工作|专项|总体|试点|补充|有关)?"
    r"(?:意见|通知|方案|办法|规定|决定|条例|细则|计划|规划|纲要|规则|标准|基准|规范|措施|政策|通告|公告|批复|函|法|目录|清单|名录|指南)$"
)

#: Lines a mirror site adds around a document: YAML front matter and Markdown notes.
_QUOTE_LINE = re.compile(r"(?m)^>[^\n]*")
#: A note a law mirror adds in 【】 after a title (【已废止，最新为：《…》】, 【注】…): the mirror's, not
#: the document's.
_EDITOR_NOTE = re.compile(r"【(?:已|现已|最新|注|编者|题注|编注|此件)[^【】\n]{0,120}】")
#: A page's licence notice (根据《…著作权法》第五条，本作品不适用于该法，…属于公有领域): the mirror's
#: statement about the copy, no basis of the document.
_LICENCE_LINE = re.compile(r"(?m)^[^\n]*著作权[^\n]*(?:不适用|公有领域)[^\n]*")
#: A title stating what the document carries out: 关于贯彻（落实）X的实施意见, 关于分解落实《X》主要目标和任务的通知.
_TITLE_IMPLEMENTS = re.compile(
    r"关于(?:认真|全面|切实|深入|进一步|分解)?(?:贯彻落实|贯彻执行|贯彻|落实)(?P<t>.{6,}?)的(?:实施意见|实施方案|实施细则|意见|通知|办法)$"
)
#: A portal page's links around the document (``上一篇：《…》``, ``相关解读：``, ``分享到：``): the
#: page's, not the document's.
_CHROME_LINE = re.compile(
    r"(?m)^[ \t]*(?:上一篇|下一篇|上一条|下一条|相关(?:链接|文件|文章|解读|阅读|新闻|政策)|政策解读|分享到|当前位置)"
    r"[ \t]*[：:][^\n]*"
)

#: A title line has no clause punctuation; a title run into its addressees ends in a document type.
_HEADER_PUNCT = re.compile(r"[，。；：！？]")
#: A line ending in a colon that opens the body rather than naming addressees:
#: ``为…，根据《…》…，现将有关事项通知如下：``.
_NOT_ADDRESSEES = re.compile(r"[。《]|如下：$")

#: A line holding only a 文号: a document's header line.
_DOCNUM_LINE = re.compile(r"[（(]?\S{1,14}?[〔\[［【（(]\d{4}[〕\]］】）)]\d+号?[）)]?")

#: Title marks and the nested marks a title's comparison form spells them as.
_NESTED_MARKS = (("<", "〈"), (">", "〉"), ("《", "〈"), ("》", "〉"), ("＜", "〈"), ("＞", "〉"))

# The stronger relation wins when one document is cited several times.
_PRIORITY = {
    Relation.REPEALS: 0,
    Relation.AMENDS: 1,
    Relation.FORWARDS: 2,
    Relation.PROMULGATES: 3,
    Relation.BASIS: 4,
    Relation.IMPLEMENTS: 5,
    Relation.CITES: 6,
}
_STRUCTURAL = {Relation.REPEALS, Relation.AMENDS, Relation.FORWARDS, Relation.PROMULGATES}
_CHANGES = (Relation.REPEALS, Relation.AMENDS)


@dataclass(slots=True)
class _Ref:
    """One mention of another document, before typing and merging."""

    start: int
    end: int
    title: str | None  # squashed, nested marks kept as written
    number: str | None  # canonical 文号
    code: str | None = None
    short: str | None = None  # the short name it defines
    bare: bool = False  # a title read without book-title marks
    typed: bool = True  # ends in a document type or carries a 文号; others need a citing word before them
    own: bool = False  # the document itself or one of its parts
    relation: Relation = Relation.CITES
    drop: bool = False


# ---------------------------------------------------------------------------
# Public function


def find_citations(
    text: str, *, document: str | None, own_number: str | None = None, title: str | None = None,
    cover_end: int | None = None,
) -> list[Citation]:
    """Every reference ``text`` makes to another document, typed by its wording.

    Args:
        text: one document's normalised text, from its title line to its end.
        document: the citing document's number (``from`` of every citation).
        own_number: the document's own 文号; it is never a citation of itself.
            ``document`` counts as one too, and so does a 文号 standing on a
            line of the header.
        title: the document's own title where the caller knows it (a portal's metadata,
            a gazette's 目录); a mention of it by 《》 is not a citation.
        cover_end: where the signature of a cover notice ends, where the text goes on with the plan it
            issues; a text both name as basis or as implemented takes the notice's word for it. A notice
            printed without its signature ends where the plan's title heads its text (:func:`_notice_end`).

    Returns:
        One citation per cited document (by number, else by title), in order of
        first mention; ``source`` spans the mention that gave its relation.
    """
    body_start = _added_lines_end(text)
    header_end = _header_end(text, body_start)
    own = {n for n in (_canon(own_number), _canon(document)) if n}
    own |= {
        str(d.number)
        for d in find_docnums(text[body_start:header_end])
        if _line_is_docnum(text, body_start + d.start, body_start + d.end)
    }
    refs = _references(text)
    masked = _mask(text, refs)
    chains = _chains(text, refs)
    # (each whole-text test of a word by its rare first character: a search for two characters costs more)
    basis = _basis_sections(text) if holds(text, "依据") else []
    # (a report by its title, or by an opening that says so when no title was found: 现将有关情况报告如下)
    reported = title is not None and title[-1:] in REPORT_TITLE_LAST and REPORT_TITLE.search(title) is not None \
        or title is None and reports_as_follows(text)
    previous: list[_Ref] | None = None
    for chain in chains:
        _type_chain(text, masked, chain, header_end, basis=basis, reported=reported, untitled=title is None)
        if previous is not None and chain[0].relation is Relation.CITES \
                and previous[-1].relation in (Relation.BASIS, Relation.IMPLEMENTS) \
                and "等" in text[previous[-1].end : chain[0].start] \
                and _LIST_GOES_ON.fullmatch(text, previous[-1].end, chain[0].start):
            # 依据《A》《B》等法律法规，以及《C》《D》等文件要求: the list goes on past its first kind's name
            for r in chain:
                r.relation = previous[-1].relation
        elif previous is not None and chain[0].relation is Relation.CITES \
                and previous[-1].relation in (Relation.BASIS, Relation.IMPLEMENTS) \
                and text[previous[-1].end : previous[-1].end + 1] in "，," \
                and (gap := _ISSUERS_BETWEEN.fullmatch(text, previous[-1].end, chain[0].start)) is not None \
                and _BEFORE.search(gap.group(0)) is None:
            # 为贯彻落实《A》（国办发…），某省某厅、某省某委《B》（某发…），深入推进…: the list goes on past a comma,
            # the next text's issuers before its marks
            for r in chain:
                r.relation = previous[-1].relation
        previous = chain
    if cover_end is None:
        cover_end = _notice_end(text, refs)
    if holds(text, "废止") or holds(text, "失效"):
        _repeal_rows(text, refs)
    own_title = _own_title(text[body_start:header_end])
    own_titles = _own_parts(text, refs)
    own_titles |= {t for t in (own_title, _part(title) if title else None) if t}
    if title is None:
        own_titles |= {_fold(_strip_notes(r.title)) for r in refs if _drafted_itself(text, r)}
    for chain in chains:
        # The notice's own title printed out of its header (after an order sentence): its
        # wording (关于废止《…》的决定) types its references as the header's would.
        if chain[0].start >= header_end and chain[0].relation is Relation.CITES:
            a = text.rfind("\n", 0, chain[0].start) + 1
            b = text.find("\n", chain[-1].end)
            line = _strip_notes(text[a : b if b >= 0 else len(text)].strip().lstrip("#"))
            folded = _fold(line)
            if folded in own_titles or _fold(_head_line_title(line)) in own_titles \
                    or _runs_on_from_title(folded, text, a, chain[-1].end, own_titles):
                _type_chain(text, masked, chain, header_end, in_title=True)
                if chain[0].relation is Relation.CITES and folded in own_titles:
                    for r in chain:
                        r.drop = True  # (《X》目标责任分解书 printed again: the title's words, as in the header)
    issued_titles = {
        _fold(r.title) for r in refs if r.title and r.relation is Relation.PROMULGATES and not r.drop
    }
    quoted = [span for span, _ in line_start_matches(_QUOTE_LINE, text)]
    quoted += [span for span, _ in line_start_matches(_CHROME_LINE, text)]
    if "【" in text:
        quoted += [m.span() for m in _EDITOR_NOTE.finditer(text)]
    if holds(text, "著作权"):
        quoted += [m.span() for m in _LICENCE_LINE.finditer(text)]
    if holds(text, "分享"):
        # 《某市…实施方案.docx》由会员分享，…更多相关《…(18页)》: a sharing site's line naming its file, no citation
        quoted += [(text.rfind("\n", 0, m.start()) + 1, e if (e := text.find("\n", m.end())) >= 0 else len(text))
                   for m in SHARED_FILE.finditer(text)]
    whole_titles = {t for t in (own_title, _part(title) if title else None) if t}
    for r in refs:
        if r.start < body_start or any(a <= r.start < b for a, b in quoted):
            r.drop = True  # metadata or a note a mirror site added, not the document's text
        elif (r.number and r.number in own) or r.own:
            r.drop = True
        elif r.title and not r.number and r.relation not in _CHANGES and (r.relation not in _STRUCTURAL or not own) \
                and _names_itself(text, r, whole_titles):
            # (an earlier text of the same title may be repealed or amended: 《X》同时废止; a notice with a
            # number of its own issues the plan whose title the page gave it: 现将《X》印发给你们)
            r.drop = True
        elif r.title and "》的" in text[r.end - 1 : r.end + 1] and _cut_link(text, r):
            r.drop = True
        elif (
            r.title
            and not r.number
            and r.relation not in _STRUCTURAL
            and _is_own(r.title, own_titles, issued_titles)
        ):
            r.drop = True
        elif r.start < header_end and r.relation not in _STRUCTURAL and not _approved_in_title(text, r):
            # The title line names what the notice issues; its other mentions come again in the body.
            r.drop = True
    _title_pieces(refs, text, header_end, _part(title) if title else None)
    refs = [r for r in refs if not r.drop]
    # 关于贯彻国务院办公厅关于X的意见的实施意见: the body's mention of X is what the title implements,
    # a 根据《X》要求 in the body included: the title states what the document is to X.
    implemented = next((m.group("t") for t in (own_title, title) if t and (m := _TITLE_IMPLEMENTS.search(squash(t)))),
                       None)
    if implemented:
        folded = _fold(implemented)
        for r in refs:
            if r.relation in (Relation.CITES, Relation.BASIS) and r.title and _fold(r.title) in folded:
                r.relation = Relation.IMPLEMENTS
    refs += _issued_without_marks(text, header_end, refs)
    for r in _history_note(text):
        if r.number not in own:
            if title and r.title and squash(title).endswith(r.title):
                r.title = squash(title)  # the heading above the note lost its first characters
            refs.append(r)
    refs = _resolve_short_titles(refs, text, own_titles)
    if holds(text, "同意") or holds(text, "批准"):
        _approved_not_implemented(refs, text)
    return _merge(refs, text, document, cover_end)


#: How many printings of a text's title after the notice that puts it out are looked at for its heading line.
_HEADING_PRINTINGS = 4


def _notice_end(text: str, refs: list[_Ref]) -> int | None:
    """Where a notice printed without its signature ends and the text it puts out begins: the first line
    after the notice's mention of that text (现将《X》印发给你们, 起草了《X》，现予以公示) that opens with X's title
    as its heading (the text's first sentence may be run on after it, a copy's line breaks lost); None when
    no such line follows."""
    for r in refs:
        if not r.title or not (r.own or r.relation in (Relation.PROMULGATES, Relation.FORWARDS)):
            continue
        at = text.find(r.title, r.end)
        for _ in range(_HEADING_PRINTINGS):
            if at < 0:
                break
            a = text.rfind("\n", 0, at) + 1
            if not text[a:at].strip():
                return a
            at = text.find(r.title, at + len(r.title))
    return None


#: The relations a body names another text by that a title's own pieces are read against (a plan a notice
#: issues may share its words with a part it issues too).
_CHANGES_OR_FORWARDS = (*_CHANGES, Relation.FORWARDS)
#: The least a title holds to be known again on another line (a short heading, 通知, may stand in any).
_OWN_TITLE_MIN = 8


def _title_pieces(refs: list[_Ref], text: str, header_end: int, own: str | None) -> None:
    """Drop the mentions on the title's lines that are pieces of a text the body forwards, named whole.

    A title whose marks a page nested wrongly (``转发《某厅关于印发A办法》《B办法》和《C办法》的通知``)
    reads as several texts, each a piece of the one notice it forwards; the body names that notice whole
    (``现将《某厅关于印发〈A办法〉〈B办法〉和〈C办法〉的通知》转发你们``). A mention on the title line, or on a
    line that prints the title again (a portal's ``名称：…``), whose words stand inside a longer title the
    body forwards (or repeals, amends) is that text, told better below.

    Args:
        refs: the mentions, typed.
        text: the document's text.
        header_end: where its header (title, number and addressee lines) ends.
        own: the document's own title, folded (:func:`_part`), if known.
    """
    below: list[str] = []
    titled: dict[int, bool] = {}  # whether the line starting at an offset prints the document's title

    def on_title_line(at: int) -> bool:
        if at < header_end:
            return True
        if not own or len(own) < _OWN_TITLE_MIN:
            return False
        a = text.rfind("\n", 0, at) + 1
        if a not in titled:
            b = text.find("\n", at)
            titled[a] = own in _fold(text[a : b if b >= 0 else len(text)])
        return titled[a]

    for r in refs:
        if r.title and not r.drop and r.relation in _CHANGES_OR_FORWARDS and not on_title_line(r.start):
            below.append(_unnested(_fold(r.title)))
    if not below:
        return
    for r in refs:
        if r.title and not r.number and not r.drop and on_title_line(r.start):
            piece = _unnested(_fold(r.title))
            if any(len(w) > len(piece) and piece in w for w in below):
                r.drop = True


#: A reply's approval opening the clause of a title, after an item's marker and the approving body
#: (一、原则同意《X》, 同意…审查通过的《X》, 国务院批准《X》); not a reported one (贯彻落实经国务院批准的《X》).
_APPROVED_BEFORE = re.compile(
    r"\s*(?:[0-9一二三四五六七八九十]+[、.．]|（[0-9一二三四五六七八九十]+）)?\s*"
    r"(?:(?![^同批]*?(?:经|由|贯彻|落实|根据|按照|依据|报请|提请))[\u4e00-\u9fff]{0,12}?(?:国务院|政府|委员会|[本我][局委厅部办])\s*)?"
    r"(?:原则上?)?(?:同意|批准)[^，。；：！？\n《》]{0,30}$"
)


#: How far before an approved title its clause may start (原则同意《X》).
_APPROVED_REACH = 60


def _approved_not_implemented(refs: list[_Ref], text: str) -> None:
    """A document that approves a text (原则同意《X规划》（以下简称《规划》）) does not carry it out: its
    落实《规划》… asks the addressees to; each mention of what it approves cites it."""
    approved = set()
    for r in refs:
        if r.title and not r.number:
            # (a clause's start further back than the reach fails the test anyway)
            cut = max(text.rfind(c, max(0, r.start - _APPROVED_REACH - 1), r.start) for c in "，。；！？\n") + 1
            if r.start - cut <= _APPROVED_REACH and _APPROVED_BEFORE.fullmatch(text, cut, r.start):
                approved.add(_fold(r.title))
    if approved:
        for r in refs:
            if r.relation is Relation.IMPLEMENTS and r.title and not r.number and _fold(r.title) in approved:
                r.relation = Relation.CITES


# ---------------------------------------------------------------------------
# Stage 1: references


def _references(text: str) -> list[_Ref]:
    refs: list[_Ref] = []
    covered: list[tuple[int, int]] = []
    titles = list(_TITLE.finditer(text))
    # (one character looked for first: a search for two in a text of Han characters is slow)
    if ("<" in text and "<<" in text) or ("＜" in text and "＜＜" in text):
        titles = sorted(titles + list(_ASCII_TITLE.finditer(text)), key=lambda m: m.start())
    for m in titles:
        if covered and _inside(covered, m.start()):
            continue  # the short name a bracket after a title defines (（以下简称《清单》）): no mention of its own
        title = squash(m.group("title"))
        end = m.end()
        number = code = short = None
        own = False
        after = _AFTER_TITLE.match(text, end)
        if after:
            inner = after.group("inner")
            own = bool(_SEE_ATTACHMENT.match(inner))  # 《…实施细则》（附件2）: the document's own part
            sm = _SHORT_NAME.search(inner)
            found = _bracket_number(inner)
            if found:
                number, code = found
            if sm:
                short = squash(sm.group("short"))
            if number or short:
                end = after.end()
            if number and not short and text.startswith("（", end):
                # 《…》（发改规划〔2019〕101号）（以下简称《规划》）: the short name in a bracket of its own
                second = _AFTER_TITLE.match(text, end)
                sm = _SHORT_NAME.search(second.group("inner")) if second else None
                if sm:
                    short, end = squash(sm.group("short")), second.end()
        if not number and not short and text.startswith("（", end) \
                and (nums := find_docnums(text[end + 1 : end + 1 + _UNCLOSED_REACH])) and nums[0].start == 0:
            # 《…的通知》（粤某函〔2018〕1885号某字〔2018〕9号要求，…: a bracket whose closing mark the page
            # lost opens with the title's number; what follows it (another number) is read on its own; so does
            # a bracket a stray mark closes early (（晋教基〔2017〕）19号）)
            number, code = str(nums[0].number), nums[0].number.code
            end += 1 + nums[0].end
        elif not after and text.startswith("的", end) and (stray := _STRAY_CLOSE.match(text, end)) is not None \
                and (after := _AFTER_TITLE.match(text, stray.end())) is not None \
                and (found := _bracket_number(after.group("inner"))) is not None:
            # 《某州关于…实施方案》的通知》（某政办发〔2022〕22号）: the notice issuing it, its opening mark lost;
            # the number is the notice's, one mention
            number, code = found
            end = after.end()
        elif not after and (run_on := _number_run_on(text, end)) is not None:
            # 《…的通知》某政办发〔2018〕73号转发你们: the title's number written right after it, no bracket
            # around it; one mention
            number, code = str(run_on.number), run_on.number.code
            end += run_on.end
        typed = bool(number) or _is_document_title(title) or (
            text.find("收悉", end, end + _RECEIVED_REACH) >= 0 and _RECEIVED.match(text, end) is not None) or (
            "文件" in text[end : end + 16] and _CALLED_DOCUMENT.match(text, end) is not None)
        refs.append(_Ref(m.start(), end, title, number, code, short, typed=typed, own=own))
        if number and after and end == after.end():
            # （连人社发〔2022〕7号 连财社〔2022〕18号）: a joint document's numbers, one for each of its issuers
            a = after.start("inner")
            refs.extend(_Ref(a + d.start, a + d.end, title, str(d.number), d.number.code, typed=True)
                        for d in _joint_numbers(after.group("inner"), number))
        covered.append((m.start(), end))
    if text.count("《") != text.count("》"):
        for start, end, title in _stray_titles(text, covered):
            refs.append(_Ref(start, end, title, None))
        covered.sort()
    bare: list[tuple[int, int, str, str | None]] = [
        (d.start, d.end, str(d.number), d.number.code) for d in find_docnums(text)
    ]
    if "号" in text:
        known = {start for start, _, _, _ in bare}
        for b in _BRACKETED_NUMBER.finditer(text):
            if b.start("inner") in known or _inside(covered, b.start()):
                continue  # a number found already, or the bracket after a title
            found = _bracket_number(b.group("inner"))
            if found:
                bare.append((b.start("inner"), b.end("inner"), *found))  # 省政府令第114号, an unlisted code
    titled_at = {r.start: r for r in refs if r.title and r.number is None and not r.bare}
    holding: list[tuple[int, int]] = []
    for start, end, number, code in bare:
        if _inside(covered, start):
            continue  # inside a title, or the bracket paired with one
        if text[end : end + 1] in "）)" and (named := titled_at.get(end + 1)) is not None \
                and text[start - 1 : start] in "（(":
            # 国家林业和草原局（林草发〔2020〕40号）《关于…的通知》: the number written before the title it belongs to
            named.number, named.code = number, code
            continue
        if text[end : end + 1] == "《" and (named := titled_at.get(end)) is not None:
            # 按某府办〔2011〕15号《关于印发…的通知》执行: the number written right before its title, one mention
            named.number, named.code, named.start, named.typed = number, code, start, True
            continue
        if text[start - 2 : start] == "文件" and _LETTERHEAD.search(text, max(0, start - 8), start):
            continue  # 某市人民政府文件某政〔2020〕21号: a red-header letterhead (copied into the text), no mention
        title, title_start = _title_before_bracket(text, start)
        refs.append(_Ref(title_start, end, title, number, code, bare=title is not None))
        if title is not None and "〈" in title:
            holding.append((title_start, end))
    if holding:
        # the titles a list item's title holds (关于贯彻执行《X》若干意见（…号）): its words, no mention of their own
        refs = [r for r in refs if r.bare or not any(a <= r.start and r.end <= b for a, b in holding)]
    refs.sort(key=lambda r: r.start)
    return refs


#: A letterhead's last words, right before the number printed under it: 某市人民政府文件, 某委员会文件.
_LETTERHEAD = re.compile(r"(?:人民政府|政府办公室|政府办公厅|委员会|办公室|办公厅)文件$")


#: The end of a notice's title after a title it issues, its closing mark without its opening one (…》的通知》).
_STRAY_CLOSE = re.compile(r"的(?:通知|意见|决定|批复|函)》")


#: What may stand between the numbers of a joint document in one bracket: spaces, 、，, 和.
_JOINT_GAP = re.compile(r"[\s、，,和及]*")


def _joint_numbers(inner: str, first: str) -> list[DocNumMatch]:
    """The numbers after ``first`` in a bracket that holds nothing but numbers and the marks between them."""
    if len(inner) < 16 or inner.count("号") < 2:
        return []  # a cheap test first: one number
    found = find_docnums(inner)
    if len(found) < 2 or str(found[0].number) != first or found[0].start != 0:
        return []
    for a, b in zip(found, found[1:], strict=False):
        if _JOINT_GAP.fullmatch(inner, a.end, b.start) is None:
            return []
    if _JOINT_GAP.fullmatch(inner, found[-1].end) is None:
        return []
    return found[1:]


#: What ends a title whose opening mark has no closing one (``《乙条例、《丙预案》``) and
#: what starts one whose closing mark has no opening one (``《甲法》、乙条例》``).
_STRAY_STOP = "《》\n，。；：！？,;:（）()"
_STRAY_TAIL = re.compile(r"[、，和及与或\s]+$")
_BOOK_MARK = re.compile("[《》]")


def _stray_titles(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Titles of a list whose one book-title mark is missing, as ``(start, end, title)``.

    A 《 that no 》 closes opens a title only up to the next mark, clause mark or line end;
    a 》 that no 《 opens closes one that starts after the list separator before it. Either
    counts only inside a list of titles (a 、 or ， between it and the next title's 《, or the
    last title's 》) and when what it holds is a document title (ends in 法, 条例, 办法 …):
    where the list is not there to show where the title starts or ends, nothing is guessed.

    ``covered`` holds the spans of the paired titles; each title found is added to it.
    """
    out: list[tuple[int, int, str]] = []
    for m in _BOOK_MARK.finditer(text):
        pos, mark = m.start(), m.group(0)
        if _inside(covered, pos):
            continue
        if mark == "《":
            end = pos + 1
            while end < len(text) and end - pos <= 60 and text[end] not in _STRAY_STOP:
                end += 1
            body = text[pos + 1 : end]
            tail = _STRAY_TAIL.search(body)
            if not tail or "、" not in tail.group(0) or not text.startswith("《", end):
                continue
            body, end = body[: tail.start()], pos + 1 + tail.start()
            start = pos
        else:
            start = pos
            while start > 0 and pos - start <= 60 and text[start - 1] not in _STRAY_STOP + "、":
                start -= 1
            if not text.startswith(("》、", "》，"), start - 2):
                continue
            body, end = text[start:pos], pos + 1
        title = squash(body)
        if 4 <= len(title) <= 60 and not _inside(covered, start) and _is_document_title(title):
            out.append((start, end, title))
            bisect.insort(covered, (start, end))
    return out


def _number_run_on(text: str, end: int) -> DocNumMatch | None:
    """The 文号 written right after a title's closing mark at ``end`` with no bracket around it (spaces
    aside, on the same line): ``《…的通知》陕政办发〔2018〕73号``; its span is relative to ``end``. None where
    anything else comes first (``和国发〔2020〕1号`` names another text)."""
    if text.find("号", end, end + _UNCLOSED_REACH) < 0:
        return None  # a cheap test first: a 文号 ends in 号
    nums = find_docnums(text[end : end + _UNCLOSED_REACH].split("\n", 1)[0])
    if not nums or text[end : end + nums[0].start].strip(" \t\u3000"):
        return None
    return nums[0]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_HEAD_END = re.compile(r"[，,；;]")


def _bracket_number(inner: str) -> tuple[str, str | None] | None:
    """The 文号 or order number a bracket after a title opens with, and its issuer code.

    The bracket says what it holds, so any issuer code is taken (``沪建城管联〔2017〕420号``),
    and an order number too (``政府令第57号``; ``市政府第16号令`` and ``建设部81号令`` as written).
    """
    if "号" not in inner:
        # （鲁发〔202219）, （国发202218）, （发改规划2023153）: a number whose closing bracket and 号 a page lost; else （试行）,
        # （2024-2026年）, （以下简称《条例》）
        glued = glued_docnum(inner, bare=True, bracketed=True) if inner[-1:].isdigit() else None
        if glued is None and inner[-1:].isdigit() and _WHOLE_BUT_HAO.fullmatch(inner) \
                and (parsed := parse_docnum(inner + "号")) is not None:
            return str(parsed), parsed.code  # （吐市财[2021]27）: a whole number but its 号
        return (glued, parse_docnum(glued).code) if glued else None  # type: ignore[union-attr]
    head = squash(_HEAD_END.split(inner, maxsplit=1)[0])
    # A repeal list dates each number and says what it did: （2002年3月1日省政府令第150号公布）.
    head = _NUMBER_FRAME.sub("", head)
    nums = find_docnums(head)
    if nums and nums[0].start == 0:
        return str(nums[0].number), nums[0].number.code
    parsed = parse_docnum(head)
    if parsed:
        return str(parsed), parsed.code
    if ORDER_NUMBER_LAST.fullmatch(head) or _ORDER_WITHOUT_ORDINAL.fullmatch(head):
        return head, None
    if (glued := bracketless_docnum(head)) and (parsed := parse_docnum(glued)):
        return glued, parsed.code  # （萍办字201730号）: the year's brackets lost, its four digits still say where it ends
    return None


#: A number a bracket after a title holds whole but for its 号: a code, the year in its brackets, the serial.
_WHOLE_BUT_HAO = re.compile(rf"\s*[\u4e00-\u9fff]{{1,10}}\s*{OPEN_BRACKET}\s*(?:19|20)\d{{2}}\s*{CLOSE_BRACKET}\s*\d{{1,4}}\s*")
#: An order number with 令 last and no 第, as a bracket after a title writes it (``建设部81号令``):
#: the body that made the order, then its serial.
_ORDER_WITHOUT_ORDINAL = re.compile(r"[\u4e00-\u9fff]{0,15}(?:部|院|委|局|厅|署|政府|委员会)\d{1,5}号令")


def _title_before_bracket(text: str, start: int) -> tuple[str | None, int]:
    """A title written without book-title marks before a bracketed number, and where it starts.

    A list of what is repealed or cited names each item plainly, its number in brackets:
    ``一、山东省信访规定（省政府令第114号）。``. The title runs from the item's number
    to the bracket and ends in a document type.
    """
    if start == 0 or text[start - 1] not in "（(":
        return None, start
    line_start = text.rfind("\n", 0, start) + 1
    item = _LIST_MARKER.match(text, line_start)
    if not item or not item.group(0).strip():
        return None, start  # in running text the words before a number are a sentence's, not a title
    head_start = item.end()
    head = text[head_start : start - 1]
    if not 4 <= len(head) <= 60 or not _is_document_title(head):
        return None, start
    if "《" in head and (holding := _HOLDING_TITLE.fullmatch(head)) is not None:
        # （五）关于贯彻执行《X细则》若干意见（沪府办发〔2012〕24号）: the title holds another's, marks and all; its
        # words (贯彻执行) are the title's, not this text's act
        return _fold(holding.group(0)), head_start
    if not _CLAUSE_PUNCT.search(head):
        return squash(head), head_start
    return None, start


#: A title written without marks that holds another title in its marks: 关于贯彻执行《X》若干意见.
_HOLDING_TITLE = re.compile(r"[^，。；：！？、,;:《》“”]+(?:《[^《》\n]{2,80}》[^，。；：！？、,;:《》“”]*)+")


def _is_document_title(title: str) -> bool:
    t = _strip_notes(title)
    if t[-1:] == "）" and "（" not in t:
        t = _LOST_OPEN.sub("", t)  # 《某省乡村振兴战略规划20182022年)》: the note's opening mark lost
    return (bool(_DOC_ENDING.search(t)) or (t[-1:] == "书" and _ISSUED_INSTRUMENT.search(t) is not None)
            or t.endswith(_ISSUED_TABLE)) and len(t) >= 2


def _strip_notes(title: str) -> str:
    t = title
    # A note ends the title (or stands right before a closing line break): a title ending in
    # any other character has none, and the substitution is not tried.
    if t[-1:] not in _NOTE_LAST and t[-1:] != "\n":
        return t
    while True:
        stripped = _TRAILING_NOTE.sub("", t)
        if stripped == t:
            return t
        t = stripped


def _mask(text: str, refs: list[_Ref]) -> str:
    """``text`` with every reference blanked out, so words inside titles trigger nothing.

    A note right after a title (``（2023年修订）``) goes with it.
    """
    if not refs:
        return text
    parts = []
    pos = 0
    for r in refs:
        if r.start < pos:
            continue
        parts.append(text[pos : r.start])
        note = _NOTE_AFTER.match(text, r.end)
        end = note.end() if note else r.end
        parts.append("□" * (end - r.start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _blank_quotes(s: str) -> str:
    """``s`` with its quoted passages blanked: their words are the cited text's, not this one's."""
    if "“" not in s:
        return s
    return _QUOTED.sub(lambda m: "▪" * len(m.group(0)), s)


def _chains(text: str, refs: list[_Ref]) -> list[list[_Ref]]:
    """References listed together (``《A》（…）、《B》和《C》``) share their wording."""
    chains: list[list[_Ref]] = []
    for r in refs:
        if chains:
            last = chains[-1][-1]
            gap = _CHAIN_GAP.match(text, last.end)
            if gap and gap.end() >= r.start and last.end <= r.start:
                chains[-1].append(r)
                continue
        chains.append([r])
    return chains


# ---------------------------------------------------------------------------
# Stage 2 and 3: filter and type


def _type_chain(
    text: str, masked: str, chain: list[_Ref], header_end: int, *, in_title: bool = False,
    basis: list[tuple[int, int]] | None = None, reported: bool = False, untitled: bool = False,
) -> None:
    """Drop or type the references of one chain by the words of their clause.

    ``in_title``: the chain stands in a line that is the document's own title, out of the
    header (an order page prints the title after its order sentence). ``basis``: the spans of
    sections headed 编制依据 (:func:`_basis_sections`), whose references are the document's basis.
    ``reported``: the document reports what was done (its title: …整改进展情况的通报): a text it says was
    drawn up (制定《…方案》，明晰任务清单) exists, unless the sentence says it is still to come (将, 下一步).
    ``untitled``: the page has no title of its own (a news page); in it, as in a report, a text 出台 in a month
    named before it came out (3月份，出台《X》); in a plan such a month is its schedule's.
    """
    start, end = chain[0].start, chain[-1].end
    # A clause never reaches over a line break: the other marks are looked for on the line only.
    line_start = masked.rfind("\n", 0, start) + 1
    # (the last clause mark before the reference: the first in the reversed words before it)
    mark = _CLAUSE_END_RE.search(masked[line_start:start][::-1])
    clause_start = start - mark.start() if mark else line_start
    before = _blank_quotes(masked[clause_start:start])
    item = clause_start == line_start and _LIST_MARKER.fullmatch(before) is not None
    if item:
        # An item of a list the line before opens: 省政府决定废止以下规章： / 一、X（省政府令第114号）。
        opening = _list_opening(masked, line_start)
        if opening and opening[-2:] == "如下" and _NOTICE_OPENING.search(opening) \
                and (last := list(_BEFORE.finditer(opening))) and last[-1].lastgroup == "implements":
            # 现将调整情况及执行中有关问题通知如下：: the 执行 of the matters it tells, not of an item's text
            opening = None
        before = opening or before
    sentence_end = _SENTENCE_END.search(masked, end)
    after = _blank_quotes(masked[end : sentence_end.start() if sentence_end else len(masked)])
    if after[:1] in "）)" and masked[chain[-1].start - 1 : chain[-1].start] in "（(":
        # 原标准（梓府通告〔2020〕6号）同时废止: a number in brackets after the words that describe it, whose
        # verb follows the bracket as it follows a title's (《X》（…号）同时废止)
        after = after[1:]
    to_be_made = _TO_BE_MADE.search(before) is not None and _OBJECT_ENDS.match(after) is not None \
        and not _ISSUED_NOW.match(after) \
        and not (reported and not _STILL_TO_COME.search(masked, max(masked.rfind("。", 0, start) + 1, line_start), start)) \
        and not (before[-2:] == "出台" and (reported or untitled)
                 and _issued_at_past_time(masked, max(masked.rfind("。", 0, start) + 1, line_start), start))
    # 下达了29份《审计整改督办函》: a count of papers of a kind, no one document
    counted = before[-1:] in _COUNT_WORDS and _COUNTED.search(before) is not None
    if before[-1:] in "出具达发放" and _SERVING.search(before) is not None:
        for r in chain:  # 发出《催办通知书》: the kind of paper served, not a text (a typed title stays: 下达《…的通知》)
            r.drop = r.drop or (not r.number and r.title is not None and r.title[-1:] == "书"
                                and _ISSUED_INSTRUMENT.search(_strip_notes(r.title)) is not None)
    if to_be_made or counted:
        # A document with a 文号 exists already: 市政府办公厅出台《…》（沪府办规〔2019〕5号）.
        for r in chain:
            r.drop = r.drop or not r.number
        if all(r.drop for r in chain):
            return
    if before.endswith("本"):
        for r in chain:
            r.own = True  # 本《办法》: the document itself
        return
    if not _INTRODUCED.search(before) and not _studied(before, after):
        for r in chain:
            r.drop = r.drop or not r.typed  # 《人民日报》, 填报《…备案表》
    for r in chain:
        if not r.typed and _FORM_ENDING.search(_strip_notes(r.title or "")):
            r.drop = True  # a form to fill in, even when 按照 introduces it
        if r.title and _ATTACHMENT.match(r.title):
            r.own = True  # 《附件4：…汇总表》
        if r.title and not r.number and r.title[-2:] == "公报" and (GAZETTE_NAME.match(r.title)
                                                                   or _ISSUE_AFTER.match(masked, r.end)):
            # 出处：《某省人民政府公报》, 《公报》第43期: the periodical a text was printed in (its issue), no text
            r.drop = True
    in_header = start < header_end or in_title
    if in_header and not after.strip("□ ") and masked[end:end + 1] == "\n":
        # a title wrapped right after its marks (关于印发2022年《X》 / 重点任务分工的通知): its next line
        # tells whether the marks name what is issued or a part of its name
        nl = masked.find("\n", end + 1)
        nxt = masked[end + 1: nl if nl >= 0 else len(masked)].strip()
        if nxt and len(nxt) < 60 and TITLE_END.search(nxt) and not _CLAUSE_END_RE.search(nxt):
            after = nxt

    relation = _relation_before(before, after, in_header)
    passage = _PASSAGE.match(after)
    if passage.end():
        # 《…》第五条“…”同时废止: the article and its words stand between the title and the verb.
        after = after[passage.end() :]
    if _REPEALED.match(after) and not before.rstrip().endswith("被"):
        # (被《X》废止: X repeals the text the sentence speaks of, this one, not the other way round)
        relation = Relation.REPEALS
    elif _AMENDED.match(after) or (passage.end() and _ARTICLE_CHANGED.match(after)):
        relation = Relation.AMENDS
    elif _AMENDED_BY.match(after) and any(_AMENDING_DECISION.match(r.title or "") for r in chain):
        # a regulation's history note: 根据…《关于修改〈X〉的决定》修正 — the decision amended this text
        relation = Relation.AMENDS
    elif item and not after.strip("。 ") and (nl := masked.find("\n", end)) >= 0 \
            and _CHANGE_LINE.match(_next_line(masked, nl + 1)[0]):
        # a decision amending several texts heads each one's changes with its title: 五、《X办法》 / （一）将第…条
        # 修改为 (the list's opening may stand far above, past the changes to the texts before)
        relation = Relation.AMENDS
    else:
        issued = _ISSUED_TO_YOU.match(after)
        handed = _HANDED_ON.match(after) if _NOW_TAKING.search(before) else None
        if (issued or handed) and (((derived := _DERIVED.match(after)) and "，" not in derived.group(0))
                                   or _DERIVED_APPROVED.match(after)):
            issued = handed = None  # 现将《X》责任分解印发给你们: the text issued is made from X, not X
        if issued and issued.group("verb2") == "发布" and _APPROVED.search(issued.group(0)):
            issued = None  # 《X》已经…常务会议通过，现予发布: an order publishing X, the text it is (现予公布)
        if issued and "，" in issued.group(0) and (relation in (Relation.BASIS, Relation.IMPLEMENTS)
                                                 or _OBJECT_OF.search(before)):
            # 根据《X》要求，结合实际，制定了方案，现予印发 / 对《X》涉及我市的目标进行了细化，现予印发: the
            # verb issues the document's own text; X is what its own clause says it is
            issued = None
        if issued and "□" not in issued.group(0):  # another reference stands nearer the verb
            verb = issued.group("verb") or issued.group("verb2")
            relation = Relation.FORWARDS if verb[0] == "转" else Relation.PROMULGATES  # (转给你们 too)
        elif handed:  # 现将《…》印发，请认真贯彻执行
            relation = Relation.FORWARDS if handed.group("verb") == "转发" else Relation.PROMULGATES
        elif sentence_end is not None and masked[sentence_end.start()] == "。" and "□" not in after \
                and not masked[max(masked.rfind(c, 0, start) for c in "。！？\n") + 1 : start].strip() \
                and (then := _ISSUED_NEXT.match(masked, sentence_end.end())) is not None:
            # 《X》是…的重点专项规划。经市政府同意，现印发给你们: the sentence X opens says what X is, the next one
            # issues it with no object of its own
            relation = Relation.FORWARDS if then.group("verb") == "转发" else Relation.PROMULGATES
        elif _PUBLISHED_BEFORE.search(before) or (not before.strip() and _PUBLISHED_AFTER.match(after)) \
                or ("现" in after[:12] and _PUT_TO_THE_PUBLIC.match(after)
                    and (_ANNOUNCED_BEFORE.search(before) or any(w in (r.title or "") for r in chain for w in _DRAFT_NAMES))) \
                or (any(w in (r.title or "") for r in chain for w in _DRAFT_NAMES)
                    and _DRAFT_PUT_TO_THE_PUBLIC.match(masked, end) is not None):
            for r in chain:
                r.own = True
    if relation is Relation.CITES:
        if _IMPLEMENTED_AFTER.match(after) or ("落" in after[:12] and _PUT_INTO_EFFECT.match(after)) \
                or (before[-2:] in _PUSHING and _CARRIED_OUT.match(after)):
            relation = Relation.IMPLEMENTS  # 做好《X》的贯彻落实工作, 推动《X》落地见效, 推进《X》落实
        elif "结合" in before and _REQUIREMENTS_AFTER.match(after) and _JOINED.search(before):
            relation = Relation.BASIS  # 结合财政部《X》（财预〔2020〕10号）等有关要求，制定本办法: as 按照…要求
        elif before.endswith("以") and _BASIS_AFTER.match(after):
            relation = Relation.BASIS  # 以《X》所列评估项目为依据
        elif "为" in after and _BASIS_FAR.match(after) and _BASIS_FRAME.search(
                masked, max(masked.rfind(c, 0, start) for c in "。；！？\n") + 1, start + 1):
            # 以《A》《B》等法律法规，以及…《C》等重要文件为依据: every title between 以 and a far 为依据 of
            # one sentence, no other 为 between
            relation = Relation.BASIS
        elif basis and _inside(basis, start) and (not _BEFORE.search(before) or _heads_item(masked, line_start, start)) \
                and text.count("（", line_start, start) <= text.count("）", line_start, start):
            # 1.2 编制依据 / 《A》、《B》等法律法规; an item of the list names a basis whatever words its title opens with
            # (（二）关于印发《X》的通知（…号）); a text a bracket's note names (（…号，经某发〔2017〕17号延期…）) is no
            # item of the list
            relation = Relation.BASIS
    for r in chain:
        r.relation = relation


#: A preposition right before a reference: the reference is what a later verb of its clause acts
#: on (对《X》…进行了细化), not the text a 现予印发 further on issues.
_OBJECT_OF = re.compile(r"(?:对|就|围绕|针对)$")
#: After a reference, the words that make it what the document carries out, ending its clause:
#: 《X》的贯彻落实（工作）, 《X》的贯彻落实和对口衔接工作, 做好《X》实施工作 (not 《X》实施以来: a past event).
_IMPLEMENTED_AFTER = re.compile(
    r"的?(?:(?:贯彻落实|贯彻执行)(?:(?:和|及|与)[\u4e00-\u9fff]{1,8}?)?(?:工作)?|实施工作"
    r"|得[到以](?:深入|全面|认真|有效|切实|进一步)?(?:贯彻落实|贯彻执行|贯彻|落实|执行))(?:[，。；]|$)"
)
#: 结合 opening the clause of a reference (结合财政部《X》), a body's name at most between.
_JOINED = re.compile(r"结合[\u4e00-\u9fff]{0,12}$")
#: The requirements a 结合 clause names after its references (《X》等有关要求, 《X》文件要求), ending the clause.
_REQUIREMENTS_AFTER = re.compile(r"(?:[、和及与]?□)*(?:等|的)?(?:有关|相关)?(?:文件)?要求(?:[，。；]|$)")
#: What a text's own words may call a reference after it (《X》（某政发〔2023〕4号）文件, 《X》精神); its note
#: may come blanked out (《X》（以下简称纲要）深入实施: the note's marks read as □).
_REFERENCE_NOUN = r"(?:[（(][^（）()]{2,30}[）)]|□{4,32})?(?:文件|精神|要求|部署|各项政策措施|政策措施|各项措施)?"
#: After a reference, the words that say the document puts it into effect, whatever verb stands
#: before: 《X》落地见效, 《X》文件落到实处, 《X》贯彻落实到位.
_PUT_INTO_EFFECT = re.compile(_REFERENCE_NOUN + r"(?:落地见效|落地生效|落地落实|落到实处|(?:贯彻)?落实到位)")
#: The verbs before a reference that, with 落实 after it, make it what the document carries out
#: (推动《X》落实, 推进《X》贯彻落实), or with 实施 and its adverb (推动《X》深入实施, 确保《X》全面实施,
#: 推进《X》贯彻实施); not what is said about its carrying out (《X》实施情况, 实施以来, 实施效果).
_PUSHING = frozenset({"推动", "推进", "促进", "确保", "狠抓", "抓好"})
_CARRIED_OUT = re.compile(
    _REFERENCE_NOUN + r"(?:(?:贯彻)?落实(?!情况)|(?:深入|全面|贯彻|有效|切实|扎实|顺利)?实施(?!情况|以来|效果|评估|中|后|前))"
)
#: After 以《X》, the words that make X the basis: 以《X》（所列…）为依据.
_BASIS_AFTER = re.compile(r"[^，。；！？\n]{0,30}?为(?:依据|根据|准绳)")
#: The same frame over a list of references and words (…等法律法规，以及…等重要文件为依据): 为依据 at
#: the first 为 after the reference, to the end of its sentence; and 以 right before the first
#: reference of the frame, with no 为 from there to this one (the reference's first mark included).
_BASIS_FAR = re.compile(r"[^为]*为(?:依据|根据|准绳)")
_BASIS_FRAME = re.compile(r"以□[^为]*$")
#: Between two lists of references, one list going on: the first list's kind (等法律、法规), then 以及/及/和
#: (…等法律法规，以及《C》…): the second list is what the first's clause makes it.
_LIST_GOES_ON = re.compile(r"\s*等[^，。；！？\n《》]{0,12}[，,]?\s*(?:以及|及|和|还有)\s*")
#: Between two references of one list, a comma and the next one's issuers (，某省某厅、某省某委《B》).
_ISSUER_NAME = rf"[\u4e00-\u9fff]{{2,30}}?[{BODY_LAST_CHARS}]"
_ISSUERS_BETWEEN = re.compile(rf"[，,]\s*{_ISSUER_NAME}(?:\s*[、和及与]\s*{_ISSUER_NAME})*\s*(?:联合)?(?:印发的|发布的|的)?\s*")
#: A heading naming the texts the document rests on: 1.2 编制依据, （二）制定依据, 二、法律依据,
#: 一、房屋征收与补偿的法律和政策依据.
_BASIS_HEADING = re.compile(
    r"(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
    r"\s*[\u4e00-\u9fff]{0,16}依据\s*[：:]?"
)
#: A line that may be a heading: short, without clause punctuation or book-title marks.
_HEADING_PUNCT = re.compile(r"[，。；：！？、《》,;:]")
_HEADING_MAX = 20
#: How many lines a basis section may run over.
_BASIS_REACH = 40


def _basis_sections(text: str) -> list[tuple[int, int]]:
    """The spans of the sections a 依据 heading opens (``1.2 编制依据``), each to the next heading.

    The texts such a section lists (``《A》、《B》等法律法规。``) are the document's basis even
    where no 依据 stands before them. A heading is a short line without clause punctuation.
    """
    out: list[tuple[int, int]] = []
    pos = text.find("依据")
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        if b - a <= _HEADING_MAX and _BASIS_HEADING.fullmatch(text, a, b):
            end = b
            for _ in range(_BASIS_REACH):
                if end >= len(text):
                    break
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                line = text[end + 1 : nxt].strip()
                if line and len(line) <= _HEADING_MAX and not _HEADING_PUNCT.search(line):
                    break
                end = nxt
            out.append((b, end))
        pos = text.find("依据", b)
    return out


def _heads_item(masked: str, line_start: int, start: int) -> bool:
    """Whether the reference at ``start`` opens its line's list item: a list number, then the reference's clause."""
    item = _LIST_MARKER.match(masked, line_start)
    return item is not None and item.end() > line_start and _CLAUSE_END_RE.search(masked, item.end(), start) is None


def _history_note(text: str) -> list[_Ref]:
    """The earlier versions a regulation's history note names: the document amends them.

    A revised regulation prints under its title when each version was published:
    ``（2006年12月1日湖北省人民政府令第297号公布 2025年2月23日湖北省人民政府令第435号修订）``.
    Each number published (公布/发布) before a revision is amended by this text; its title
    is the line above the note.
    """
    if _PUBLISHED_NUMBER.search(text) is None:
        return []
    out: list[_Ref] = []
    for note in _HISTORY.finditer(text):
        body_start = note.start("body")
        line_start = text.rfind("\n", 0, note.start()) + 1
        if note.start() == line_start:
            prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            prev = text[prev_start : max(prev_start, line_start - 1)].strip().lstrip("#").strip()
        else:
            prev = text[line_start : note.start()].strip()
        title = (
            squash(prev) if prev and not _HEADER_PUNCT.search(prev) and _is_document_title(prev) else None
        )
        if title and title[-1] == "）" and (rev := _REVISION_YEAR.search(title)):
            title = title[: rev.start()]  # …办法（2004年修正）: the year of this version, not the earlier one's
        for date in DATE.finditer(note.group("body")):
            num = ORDER_NUMBER.match(note.group("body"), date.end()) or _NUMBER_AFTER_DATE.match(
                note.group("body"), date.end()
            )
            if not num or not note.group("body").startswith(_PUBLISHED_WORDS, num.end()):
                continue
            if not _LATER_NUMBER.search(note.group("body"), num.end()):
                # …令第1号公布 根据…第一次修订: no later version has a number of its own, so the text
                # is that version as revised, not a later one that amends it
                continue
            parsed = parse_docnum(num.group(0))
            if parsed:
                a, b = body_start + num.start(), body_start + num.end()
                out.append(_Ref(a, b, title, str(parsed), parsed.code, bare=True, relation=Relation.AMENDS))
    return out


def _list_opening(masked: str, line_start: int) -> str | None:
    """The last clause of the line that opens the list a line starting at ``line_start`` belongs to.

    Earlier items (lines starting with a list number) are stepped over; the opening line
    ends in a colon (``经过清理，省政府决定废止以下规章：``).
    """
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        start = masked.rfind("\n", 0, end) + 1
        line = masked[start:end]
        if line.endswith(("：", ":")):
            # its last clause: 根据《X》的要求，…现将清理结果公布如下： opens a list of results, not of bases
            cut = max(line.rfind(c) for c in "。；！？，,") + 1
            return line[cut:-1]
        if not _LIST_MARKER.match(line):
            return None
        end = start - 1
    return None


#: A list's opening that tells its matters (…有关问题通知如下): its words govern the matters, not the items' texts.
_NOTICE_OPENING = re.compile(r"(?:通知|说明|明确|函告|告知)如下$")
# The words before a verb of the clause that make it this document's act (现印发, 决定废止).
_ISSUING_LEAD = re.compile(r"(?:现|特|予以|现予)$")
_AMENDING_LEAD = re.compile(r"决定|现")
_REPEALING_LEAD = re.compile(r"决定|现|予以|同时")


#: A 贯彻/落实 joined to a 执行 right after it (贯彻落实并严格执行《X》, 贯彻和执行): it governs the same reference.
_CARRIES_OUT_TOO = re.compile(r"(?:贯彻|落实)(?:并|和|与|及|、)?(?:严格|认真|切实)?$")


#: Between a trigger and a reference, a noun the trigger governs and then 将/把 right before the
#: reference (按照职责分工将《X》…): the reference is the object of what follows it.
_DISPOSED = re.compile(r"[\u4e00-\u9fff]{2}[将把]$")


def _relation_before(before: str, after: str, in_header: bool) -> Relation:
    """The relation the last trigger word of ``before`` (the clause up to the reference) gives."""
    matches = list(_BEFORE.finditer(before))
    while matches:
        last = matches.pop()
        kind = last.lastgroup
        lead = before[: last.start()]
        tail = before[last.end() :]
        if kind == "basis" or kind == "follow":
            if tail[-1:] in ("将", "把") and _DISPOSED.search(tail, len(tail) - 3):
                # 按照职责分工将《纲要》提出的任务分解落实: 按照 governs 职责分工; 将 makes the reference the
                # object of a later verb, so an earlier trigger of the clause types it
                continue
            # 按照《…》要求 is the basis the document acts on, like 根据 (eval README).
            return Relation.BASIS
        if kind == "implements":
            if last.group(0) == "执行" and _CARRIES_OUT_TOO.search(lead) is None:
                # 严格执行《X》, 执行《X》有关规定: a text applied, no 贯彻落实 of it (eval README), unless
                # one governs it with the 执行 (贯彻落实并严格执行《X》)
                return Relation.CITES
            return Relation.IMPLEMENTS
        if kind == "stops":
            return Relation.REPEALS  # 不再执行/停止执行《…》
        if kind in ("forwards", "promulgates"):
            if in_header:
                # 关于转发《…》的通知; in 关于印发实施《…》责任分工方案的通知 the marks name a part of
                # what is issued, not what is issued.
                if after.lstrip("□") and not after.lstrip("□").startswith(("的", "等")):
                    return Relation.CITES
                return Relation.FORWARDS if kind == "forwards" else Relation.PROMULGATES
            if _ISSUING_LEAD.search(lead) and not tail.startswith(("了", "的")):
                return Relation.FORWARDS if kind == "forwards" else Relation.PROMULGATES
            # 国家能源局印发了《…》, X已印发的《…》 and 根据X关于印发《…》的通知 report someone
            # else's act: an earlier trigger of the clause (根据, 贯彻落实 …) types the reference.
            continue
        if kind == "amends":
            # 关于修改《…》的决定 / 现决定修改《…》; a plan's task 修订《…办法》 is not yet an amendment.
            if tail.startswith(("的", "后的")) and not in_header:
                # 根据新修订的《…》 / 修订后的《…》: the word describes the reference; an earlier
                # trigger of the clause types it, as with a reported 印发的.
                continue
            if in_header or _AMENDING_LEAD.search(lead):
                return Relation.AMENDS
            return Relation.CITES
        if kind == "repeals":
            # 关于废止《…》的决定 / 现决定废止《…》 / 予以废止.
            return Relation.REPEALS if in_header or _REPEALING_LEAD.search(lead) else Relation.CITES
        return Relation.CITES
    by = before.rfind("按")
    if by >= 0 and len(before) - by <= _BY_REACH and before[by + 1:by + 2] not in _BY_NOT_BASIS \
            and _BY_REQUIREMENT.search(after):
        # (…工作)按国务院办公厅国办发〔2003〕60号文件关于…的要求: a bare 按 before the reference's issuer, the
        # 要求 after the reference: 按照's basis
        return Relation.BASIS
    return Relation.CITES


#: How far before a reference a bare 按 governs it (the issuer's name between).
_BY_REACH = 16
#: What after a bare 按 makes it a word of its own (按时, 按期, 按月, 按需, 按程序), no basis's 按(照).
_BY_NOT_BASIS = frozenset("时期年季月周日天次需序比规照")
#: The requirement a clause opened by a bare 按 names after its reference (…的要求, …的规定, …精神), or the
#: 执行 that acts on it (按《X》执行, as 按照…执行).
_BY_REQUIREMENT = re.compile(r"(?:要求|规定|精神|部署|执行)(?:[，,。；]|$)")


#: The heading of a table of what a decision repeals: ``附件1：某市人民政府决定废止的政策性文件目录（28件）``,
#: ``宣布失效的规范性文件清单`` (tried where a search for 废止 or 失效 stops).
_REPEAL_LIST = re.compile(r"(?:废止|失效)[^\n。；]{0,30}?(?:目录|清单|名录|一览表)")
#: A table row's serial (``3 关于…的通知 某政发〔2011〕6号 适用期已过``), at its line's start or after the
#: cells before it where text joined the rows (``…说明1关于…的通知``).
_ROW_SERIAL = re.compile(r"(?<![\d.])\d{1,3}(?![\d年月日号个项件次条%.、．])\s*")


def _repeal_lists(text: str, word: str) -> list[re.Match[str]]:
    """:data:`_REPEAL_LIST` matches that open with ``word``, each tried where a search for the word stops."""
    out = []
    at = text.find(word)
    while at >= 0:
        if (m := _REPEAL_LIST.match(text, at)) is not None:
            out.append(m)
        at = text.find(word, at + 2)
    return out


def _repeal_rows(text: str, refs: list[_Ref]) -> None:
    """Type as repealed the rows of a table of what the document repeals or declares lapsed.

    Under a heading that names such a list (:data:`_REPEAL_LIST`), each row prints a title and
    then its 文号 (``1 关于城市规划建设管理规定的通知 某市府发〔2000〕65号 说明``): a number written
    right after a title's type word is the row's document, repealed. Numbers elsewhere in the row
    (a 说明 cell's ``被…号替代``) and titles in marks keep their own wording. The title is the row's
    text from its serial to the number, when that is one.
    """
    heads = [m for word in ("废止", "失效") for m in _repeal_lists(text, word)]
    heads.sort(key=re.Match.start)
    for k, m in enumerate(heads):
        start = text.find("\n", m.end())
        if start < 0:
            continue
        nxt = next((h for h in heads[k + 1 :] if h.start() > start), None)
        end = text.rfind("\n", start, nxt.start()) if nxt else len(text)
        for r in refs:
            if not (start < r.start < end) or not r.number or r.title is not None or r.relation is not Relation.CITES:
                continue
            line_start = text.rfind("\n", 0, r.start) + 1
            if not _DOC_ENDING.search(squash(text[max(line_start, r.start - 40) : r.start])):
                continue
            r.relation = Relation.REPEALS
            serials = list(_ROW_SERIAL.finditer(text, max(line_start, r.start - 90), r.start))
            if serials:
                row = serials[-1]  # the last serial before the number
                title = squash(text[row.end() : r.start])
                if 4 <= len(title) <= 80 and not _CLAUSE_PUNCT.search(title) and _is_document_title(title):
                    r.title, r.start, r.bare = title, row.end(), True


def _added_lines_end(text: str) -> int:
    """Where the document's own text starts, after a mirror's front matter (``---`` … ``---``) and notes (``>``)."""
    pos = max(front_matter_end(text), 0)
    while text.startswith(">", pos):
        nl = text.find("\n", pos)
        pos = len(text) if nl < 0 else nl + 1
    return pos


def _head_line_title(line: str) -> str:
    """The title of a notice's head run onto one line with its number before it and its addressees
    after it (``某委发〔2021〕3号关于印发《…》的通知各乡镇、县直各单位：``, a body flattened by a page), or
    ``""`` for a line of another shape."""
    if line[-1:] != "：" or not (found := find_docnums(line[:40])) or found[0].start != 0:
        return ""
    ta = TITLE_THEN_ADDRESSEES.match(line, found[0].end)
    return ta.group("title").strip() if ta else ""


def _header_end(text: str, start: int = 0) -> int:
    """End of the title, 文号 and addressee lines at the top of a document; ``start`` when it has none."""
    pos = start
    titled = False
    for n, line in enumerate(_first_lines(text, start, 6)):
        nxt = pos + len(line) + 1
        if _line_is_docnum(line, 0, len(line)):
            pos, titled = nxt, True
        elif titled and line.endswith("：") and not _NOT_ADDRESSEES.search(line):
            return min(nxt, len(text))  # the addressees close the header
        elif not _HEADER_PUNCT.search(line) and 0 < len(line) <= 120:
            pos, titled = nxt, True  # a title line (a title may wrap over two)
        elif n == 0 and TITLE_THEN_ADDRESSEES.match(line):
            return min(nxt, len(text))
        else:
            break
    return min(pos, len(text))


def _first_lines(text: str, start: int, n: int) -> list[str]:
    """The first ``n`` lines of ``text[start:]``, without copying the rest of the text."""
    end = start
    for _ in range(n):
        nl = text.find("\n", end)
        if nl < 0:
            return text[start:].split("\n")
        end = nl + 1
    return text[start:end].split("\n")[:n]


def _line_is_docnum(text: str, start: int, end: int) -> bool:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    return bool(_DOCNUM_LINE.fullmatch(line.strip()))


def _own_parts(text: str, refs: list[_Ref]) -> set[str]:
    """Folded titles of the document itself and of its parts, each without its trailing notes.

    They are the titles the text says it publishes (``现予公布``, ``本《办法》``), the
    attachments it lists (``附件：1.X`` and the items under it) or heads (``附件1`` then
    ``X`` on the next line), and a title the next line starts with (``潮州印发《X》。全文
    如下：`` then ``X``): the text that follows is that document.
    """
    parts = {_fold(_strip_notes(r.title)) for r in refs if r.own and r.title}
    if holds(text, "附件"):
        for _, m in line_start_matches(_ATTACHMENT_LINE, text):
            rest = m.group("rest").strip()
            pos = m.end() + 1
            if rest:
                item = _ITEM_NUMBER.match(rest)
                parts.add(_part(rest[item.end() :] if item else rest))
            else:
                line, pos = _next_line(text, pos)
                if line:
                    parts.add(_part(line))
            while True:  # the items listed under 附件：1.X
                line, nxt = _next_line(text, pos)
                item = _ITEM_NUMBER.match(line)
                if not line or not item or not item.end() or _HEADER_PUNCT.search(line):
                    break
                parts.add(_part(line[item.end() :]))
                pos = nxt
    for r in refs:
        if r.title and not r.number and _heads_text_below(text, r):
            parts.add(_part(r.title))
    return parts


#: How far below a mention a line printing its title as the heading of the text may stand (a draft's notice
#: and its contact lines, a news lead and its paragraph, then the text).
_HEADING_BELOW_REACH = 1500
#: The verbs that announce a text the page then prints (日前，某市印发《X》, 正式下发《X》, 我局拟定了《X》).
_ANNOUNCED_BEFORE = re.compile(rf"(?:印发|下发|发布|公布|草拟|形成|{_DRAWING_UP})了?$")
#: What the page says it does with a text right after naming it: drafts it or asks the public about it
#: (正在进行《X》的编制工作, 关于《X》征求公众意见).
_WORKED_ON_AFTER = re.compile(r"[^。；！？\n《]{0,6}?(?:编制|起草|修订|征求|公示)")
#: What may stand before the title on such a heading: its issuer, then 关于 (某市人民政府关于X).
_ISSUER_BEFORE_ABOUT = re.compile(rf"[\u4e00-\u9fff]{{2,40}}[{BODY_LAST_CHARS}]")


def _heads_text_below(text: str, r: _Ref) -> bool:
    """Whether a line below mention ``r`` prints its title alone, as the heading of the text that follows it.

    A page that announces a text and then prints it names it first in a sentence (``日前，某市印发《X》。全文
    如下：``, ``某市正式下发《X的实施意见》``, ``我局拟定了《X》（征求意见稿），现对外公告``), then heads the text
    with its title on a line of its own (``X``, ``X`` over ``（征求意见稿）``, or ``某市人民政府关于X的实施意见``,
    the issuer and 关于 the lead left out): the mention is the page's own text, no citation. A line that opens
    with the title is that heading too, the line break after it lost (``X为贯彻落实…``, ``X各县区人民政府：``).
    """
    key = _strip_notes(r.title or "")
    if len(key) < _OWN_TITLE_MIN:
        return False
    pos = text.find(key, r.end, r.end + _HEADING_BELOW_REACH)
    while pos >= 0:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        if a > r.end:
            head = text[a:pos].strip().lstrip("#").strip()
            if not head:
                rest = text[pos + len(key) : b].strip()
                if not rest or _part(key + rest) == _part(key):
                    return True  # the heading alone, or with its notes (（征求意见稿）)
                if _ANNOUNCED_BEFORE.search(text, max(0, r.start - 40), r.start) \
                        or _WORKED_ON_AFTER.match(text, r.end) or any(w in (r.title or "") for w in _DRAFT_NAMES):
                    # run on into the body's first words (its line break lost) after 印发《X》, 《X》的编制工作,
                    # 关于《X（草案）》征求意见: a text the page announces, drafts or puts to the public
                    return True
                # (根据《X》…, then a line opening with X's words: a text that goes on about X, no heading)
            if b - a <= 120 and not _HEADER_PUNCT.search(text, a, b) \
                    and ((head[-2:] == "关于" and _ISSUER_BEFORE_ABOUT.fullmatch(head, 0, len(head) - 2))
                         or (key.startswith("关于") and _ISSUER_BEFORE_ABOUT.fullmatch(head))) \
                    and (not (rest := text[pos + len(key) : b].strip()) or _part(key + rest) == _part(key)):
                return True
        pos = text.find(key, b, r.end + _HEADING_BELOW_REACH)
    return False


#: The shortest own title a line may run on from: a title shorter is too likely the start of another line.
_RUN_ON_MIN = 10


def _runs_on_from_title(folded: str, text: str, a: int, b: int, own_titles: set[str]) -> bool:
    """Whether a line (``folded``, starting at ``a``) is an own title run on into the first sentence of the
    body, and the chain ending at ``b`` stands in the title (``某市人民政府关于修改《A》等5件政府规章的决定
    某市人民政府决定修改下列5件政府规章：``, a page's line breaks lost)."""
    for t in own_titles:
        if len(t) >= _RUN_ON_MIN and len(folded) > len(t) and folded.startswith(t) and _DOC_ENDING.search(t):
            return t.startswith(_fold(text[a:b].strip().lstrip("#")))
    return False


def _part(title: str) -> str:
    """A title's comparison form as an own part: no heading mark, book-title marks or notes."""
    t = title.strip().lstrip("#").strip()
    if t.startswith("《") and t.endswith("》"):
        t = t[1:-1]  # 附件：1.《…细则》
    return _fold(_strip_notes(t))


def _next_line(text: str, pos: int) -> tuple[str, int]:
    """The next non-empty line from ``pos`` (stripped), and where the line after it starts."""
    while 0 <= pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].strip()
        if line:
            return line, end + 1
        pos = end + 1
    return "", len(text)


def _is_own(title: str, own_titles: set[str], issued_titles: set[str]) -> bool:
    """Whether a 《》 title names the document itself, one of its parts, or the plan it issues.

    An attachment cites the plan its notice issues by the issuer's full name
    (``根据《青浦区人民政府办公室关于全面加强建筑垃圾管理的实施意见》``, issued as
    ``青浦区关于全面加强建筑垃圾管理的实施意见``): the same words after 关于, with one
    issuer name inside the other. Another body's plan on the same subject
    (``上海市人民政府办公厅关于…``) keeps its own issuer and stays a citation.
    """
    folded = _fold(_strip_notes(title))
    if folded in own_titles:
        return True
    head, sep, core = folded.partition("关于")
    if not sep:
        return False
    if not head:
        return False  # 《关于…》 without an issuer may be the upper body's title that this one copies
    for other in own_titles | issued_titles:
        o_head, o_sep, o_core = other.partition("关于")
        if o_sep and o_head and o_core == core and (head in o_head or o_head in head):
            return True
    return False


#: The verbs a text's foreword says it was drawn up by, right before its own title (编制了《X规划》).
_DRAWN_UP = re.compile(rf"(?:{_DRAWING_UP}|制订)了$")
#: What a foreword says of the text it drew up, right after its title: the role it gives it (…》，作为全县…的纲领性
#: 文件; …》，是…), or nothing (…起草了《…》。). Not what another text does for this one (…》，为本规划提供了空间支撑)
#: or a call on others (…》，各地要认真落实).
_ITS_ROLE = re.compile(r"\s*(?:[，,]\s*(?:作为|是)|。)")


def _drafted_itself(text: str, r: _Ref) -> bool:
    """Whether a 《》 title is the untitled text's own, as its foreword names it (``县应急局牵头组织编制了《某县应急管理
    “十四五”规划》，作为…``): drawn up in the past (编制了), no number, the role the foreword gives it after its title
    (:data:`_ITS_ROLE`), and of the kind the text calls itself (本规划)."""
    if not r.title or r.number or r.relation is not Relation.CITES \
            or _DRAWN_UP.search(text, max(0, r.start - 3), r.start) is None or _ITS_ROLE.match(text, r.end) is None:
        return False
    kind = _DOC_ENDING.search(_strip_notes(r.title))
    return kind is not None and len(kind.group(0)) > 1 and holds(text, "本" + kind.group(0))


#: A title nested in a title, with its marks: what a page's HTML cleaning may eat (<政府工作报告>).
_NESTED_TITLE = re.compile(r"〈[^〈〉]*〉")


def _names_itself(text: str, r: _Ref, whole_titles: set[str]) -> bool:
    """Whether a 《》 title is the document's own whole title (folded ``whole_titles``), as a news lead
    names the text it prints below (``某州人民政府办公室印发了《某州…实施方案》``, the page's title).

    A title without its issuer (``天津市人民政府发布了《关于落实…的通知》`` over the page's title
    ``天津市人民政府印发关于落实…的通知``) is the document's when its issuer stands before the verb in
    the same sentence; a page's HTML cleaning may have eaten the nested title (<…>) inside it.
    """
    folded = _fold(_strip_notes(r.title or ""))
    if folded in whole_titles:
        return True
    if not folded.startswith("关于") or len(folded) < 8 or ANNOUNCING.search(text, max(0, r.start - 3), r.start) is None:
        return False
    line_start = text.rfind("\n", 0, r.start) + 1
    before = text[line_start : r.start]
    sentence = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
    for own in whole_titles:
        head, sep, core = own.partition("关于")
        issuer = head.removesuffix("印发").removesuffix("发布")
        if not sep or (issuer and issuer not in squash(sentence)):
            continue
        if core == folded[2:] or ("〈" not in folded and _NESTED_TITLE.sub("", core) == folded[2:]):
            return True
    return False


#: A link to another page cut short after its 《》 (``国家发展改革委等部门关于印发《X》的``, the headline
#: glued after it): at a line's start, no clause punctuation before it, and no type word after 的.
_CUT_LINK = re.compile(r"[^，。；：！？\n《》]{0,40}关于(?:印发|转发)《[^》\n]+》的")
_TYPE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:通知|意见|决定|批复|函|办法|方案|规定|细则|通告|公告|报告|请示)")


def _cut_link(text: str, r: _Ref) -> bool:
    """Whether reference ``r`` stands in a related-article link a page cut short (:data:`_CUT_LINK`)."""
    m = _CUT_LINK.match(text, text.rfind("\n", 0, r.start) + 1)
    return m is not None and m.end() == r.end + 1 and not _TYPE_AFTER.match(text, m.end())


def _approved_in_title(text: str, r: _Ref) -> bool:
    """Whether the 《》 title ``r`` is the text a reply's title approves (``某区人民政府关于《某区全民健身实施计划》
    的批复``, ``关于同意《X》的批复``): another body's text the reply cites, not one it issues."""
    return text.startswith("的批复", r.end) and text[max(0, r.start - 2):r.start] in ("关于", "同意")


def _own_title(header: str) -> str | None:
    lines = [ln for ln in header.split("\n") if ln and not find_docnums(ln)]
    title = "".join(ln for ln in lines if not ln.endswith("："))
    return _fold(title) if title else None


# ---------------------------------------------------------------------------
# Notices that issue a plan named without book-title marks


def _body_issues(text: str, start: int) -> list[re.Match[str]]:
    """:data:`_BODY_ISSUES` matches from ``start``, tried only on lines that hold 印发/转发给你们.

    Its lazy title before a long list of document types is slow to try at every line;
    a match never spans lines, so the lines without the verb phrase cannot hold one.
    """
    out: list[re.Match[str]] = []
    if "你" not in text:
        return out  # a cheap test first: the phrase addresses 你们/你单位
    last = -1
    for v in _ISSUE_TO_YOU.finditer(text):  # (a match before ``start`` is on a line before it)
        line = text.rfind("\n", 0, v.start()) + 1
        if line < start or line == last:
            continue
        last = line
        m = _BODY_ISSUES.match(text, line)
        if m:
            out.append(m)
    return out


def _issued_without_marks(text: str, header_end: int, refs: list[_Ref]) -> list[_Ref]:
    """A notice 印发/转发 a plan named without 《》, in its body or else in its title."""
    found: list[_Ref] = []
    for m in _body_issues(text, header_end):
        t = squash(m.group("t"))
        if _is_document_title(t):
            rel = Relation.FORWARDS if m.group("verb") == "转发" else Relation.PROMULGATES
            found.append(_Ref(m.start("t"), m.end("t"), t, None, bare=True, relation=rel))
    if found or any(r.relation in (Relation.FORWARDS, Relation.PROMULGATES) for r in refs):
        return found
    header = text[:header_end]
    flat = header.replace("\n", "")
    for m in _TITLE_ISSUES.finditer(flat):
        t = m.group("t")
        if not _is_document_title(t):
            continue
        # Offsets in ``flat`` map back to ``text`` by counting the line breaks removed before them.
        start = _unflatten(header, m.start("t"))
        end = _unflatten(header, m.end("t") - 1) + 1
        rel = Relation.FORWARDS if m.group("verb") == "转发" else Relation.PROMULGATES
        # The title's verb carries to the body's mention of the same document, which may drop
        # the issuer the title names (关于转发国家能源局关于X的通知的通知 / 《关于X的通知》（国能发…）).
        # (its nested marks left out on both sides: 印发2020年政府工作报告…方案 / 《2020年〈政府工作报告〉…方案》)
        whole = _unnested(_fold(_strip_notes(squash(t))))
        named = [
            r for r in refs
            if r.title and len(r.title) >= 6 and whole.endswith(_unnested(_fold(_strip_notes(r.title))))
        ]
        if named:
            for r in named:
                r.relation = rel
        else:
            found.append(_Ref(start, end, squash(t), None, bare=True, relation=rel))
        break
    return found


def _unflatten(header: str, i: int) -> int:
    seen = 0
    for j, ch in enumerate(header):
        if ch == "\n":
            continue
        if seen == i:
            return j
        seen += 1
    return len(header)


# ---------------------------------------------------------------------------
# Short titles and merging


def _resolve_short_titles(refs: list[_Ref], text: str, own_titles: set[str] | frozenset[str] = frozenset()) -> list[_Ref]:
    """Replace a mention of a short name by the reference it stands for, when exactly one fits.

    That is the reference that defined it (``（以下简称《条例》）``); else, for a bare type
    word (``出台《…的意见》（沪府办规〔2019〕5号），为贯彻落实《意见》精神``), the one
    earlier reference of that type in the same paragraph; else the one longer title it ends
    (:func:`_full_title_of`; the document's own titles, ``own_titles`` folded, count as candidates).
    """
    defined: dict[str, list[_Ref]] = {}
    for r in refs:
        if r.short:
            defined.setdefault(r.short, []).append(r)
    out: list[_Ref] = []
    fulls: list[tuple[str, _Ref]] = []  # every title folded, made once when a short one is looked up
    for r in refs:
        if r.title and not r.number and r.title in defined:
            defs = {(d.number, _fold(d.title or "")) for d in defined[r.title]}
            first = defined[r.title][0]
            if len(defs) == 1 and first.start < r.start:
                out.append(_Ref(r.start, r.end, first.title, first.number, first.code, relation=r.relation))
                continue
            if len(defs) > 1:
                continue  # ambiguous: never guess
        if r.title and not r.number and not _GENERIC.match(r.title) and len(refs) > 1 \
                and (full := _full_title_of(r, fulls := fulls or _full_titles(refs), own_titles)):
            out.append(_Ref(r.start, r.end, full.title, full.number, full.code, relation=r.relation))
            continue
        if r.title and not r.number and _GENERIC.match(r.title):
            line_start = text.rfind("\n", 0, r.start) + 1
            fits = {
                (d.number, _fold(d.title or "")): d
                for d in refs
                if line_start <= d.start < r.start
                and d.title
                and not d.bare
                and not _GENERIC.match(d.title)
                and _strip_notes(d.title).endswith(r.title)
            }
            if len(fits) == 1:
                (d,) = fits.values()
                out.append(_Ref(r.start, r.end, d.title, d.number, d.code, relation=r.relation))
            continue  # 《条例》 alone names nothing
        out.append(r)
    return out


# What a short name may not leave out of its full title: a year (《2024年政府工作报告》 and
# 《政府工作报告》 may be two years' reports) or a place (《青浦区关于…的意见》 is the district's, 《关于…的
# 意见》 the city's it follows), nor a place and words that name no issuer (《眉山市高标准农田建设项目管理
# 办法》 is the city's own text of the national 《农田建设项目管理办法》; 《中共某市委某市人民政府关于…》
# may be written 《关于…》); nor fewer than four characters (《小企业会计准则》 is not 《企业会计准则》).
_NOT_DROPPED = re.compile(
    r"^[〈《<]*(?:(?:19|20)\d{2}年度?|[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|州|盟|旗|镇|乡|街道|自治区)"
    rf"(?:[^〈《<〉》>]*[^{BODY_LAST_CHARS}〈《<〉》>])?|.{{0,3}})[〉》>]*$"
)
_SHORT_MAX = 12


def _full_titles(refs: list[_Ref]) -> list[tuple[str, _Ref]]:
    """Each titled reference with its title folded, notes left out (the candidates of :func:`_full_title_of`)."""
    return [(_fold(_strip_notes(d.title)), d) for d in refs if d.title and not d.bare and not d.drop]


def _abridged(short: str, full: str) -> bool:
    """Whether ``short`` abridges the head noun of a title 关于…的X (《关于某市2020年度…的审计工作报告》 named
    《审计报告》 after): its first and last two characters X's own, the others X's in order."""
    cut = full.rfind("的")
    if cut < 0 or len(short) < _ABRIDGED_MIN or "关于" not in full[:cut]:
        return False
    head = full[cut + 1:]
    if len(head) <= len(short) or head[0] != short[0] or head[-2:] != short[-2:]:
        return False
    rest = iter(head)
    return all(ch in rest for ch in short)  # (each character found after the one before)


#: The shortest abridged head noun (审计报告): a type word and a word of its own.
_ABRIDGED_MIN = 4


def _full_title_of(r: _Ref, fulls: list[tuple[str, _Ref]], own_titles: set[str] | frozenset[str]) -> _Ref | None:
    """The one reference of the document whose title ends with ``r``'s short one, or None.

    A page names a document in full once and by its last words after (《〈政府工作报告〉2024年重点
    工作任务分工方案》 … 《分工方案》; 《中共某市委某市人民政府关于加强街道工作的意见》 and
    《关于加强街道工作的意见》): a short title of a document type that ends exactly one longer title
    is that document. Two such titles, or one longer only by a year, a place or a short
    modifier, resolve nothing.
    """
    short = _fold(r.title or "")
    if len(short) > _SHORT_MAX * 2 or not _DOC_ENDING.search(short):
        return None
    fits: dict[tuple[str | None, str], _Ref] = {}
    for full, d in fulls:
        if len(full) > len(short) and d is not r \
                and (full.endswith(short) and not _NOT_DROPPED.match(full[: -len(short)]) or _abridged(short, full)):
            fits.setdefault((d.number, _unnested(full)), d)  # (a title printed with and without its nested marks)
    if len(fits) != 1 or any(len(t) > len(short) and t.endswith(short) and _unnested(t) not in {f for _, f in fits}
                             for t in own_titles):
        return None  # none, several, or the document's own title too: never guess
    return next(iter(fits.values()))


#: The relations by which a text says what it rests on; between them the cover notice's word is the document's.
_GROUNDS = (Relation.BASIS, Relation.IMPLEMENTS)


def _merge(refs: list[_Ref], text: str, document: str | None, cover_end: int | None = None) -> list[Citation]:
    folded = [_fold(r.title or "") for r in refs]  # each title's comparison form, made once
    by_title: dict[str, tuple[str, str | None]] = {}
    for r, f in zip(refs, folded, strict=True):
        if r.number and r.title:
            by_title.setdefault(f, (r.number, r.code))
    numbered = {id(r) for r in refs if r.number}  # the mentions that print a number
    groups: dict[str, list[_Ref]] = {}
    for r, f in zip(refs, folded, strict=True):
        if not r.number and r.title and f in by_title:
            r.number, r.code = by_title[f]
        key = r.number or "title:" + f
        groups.setdefault(key, []).append(r)
    out: list[tuple[int, Citation]] = []
    for group in groups.values():
        best = min(group, key=lambda r: (_PRIORITY[r.relation], r.start))
        if best.relation is Relation.PROMULGATES and (based := next(
                (r for r in group if r.relation is Relation.BASIS and id(r) in numbered), None)) is not None:
            # 现将《X》印发给你们 … 根据《X》（某发〔2021〕9号）: a text the document says it rests on, by a number
            # not its own, is no plan of its own, whatever verb handed it on (要按照《X》的要求 without a number
            # may be the plan it issues)
            best = based
        if best.relation in _GROUNDS and cover_end is not None and best.start >= cover_end and (cover := min(
                (r for r in group if r.start < cover_end and r.relation in _GROUNDS),
                key=lambda r: (_PRIORITY[r.relation], r.start), default=None)) is not None:
            # 为贯彻落实《X》精神…现印发给你们 / signature / the plan: 根据《X》精神…: the notice, whose signature
            # issues the plan, says what the document is to X; the plan it issues restates its ground
            best = cover
        title = next((r.title for r in group if r.title and not r.bare), None) or next(
            (r.title for r in group if r.title), None
        )
        number = next((r.number for r in group if r.number), None)
        code = next((r.code for r in group if r.code), None)
        source = Source(best.start, best.end, text[best.start : best.end])
        number_source = _number_source(text, number, [best, *group]) if number else None
        out.append(
            (
                min(r.start for r in group),
                Citation(
                    from_number=document,
                    to_number=number,
                    to_title=title,
                    relation=best.relation,
                    to_issuer=issuer_of(code) if code else None,
                    source=source,
                    to_number_source=number_source,
                ),
            )
        )
    out.sort(key=lambda pair: pair[0])
    return [c for _, c in out]


def _number_source(text: str, number: str, refs: list[_Ref]) -> Source | None:
    """Where a cited number is printed: in the first of ``refs`` whose span holds it, or None
    (a number a mention took from another mention of the same title)."""
    for r in refs:
        if (found := locate_docnum(text, number, r.start, r.end)) is not None:
            return Source(found[0], found[1], text[found[0] : found[1]])
    return None


# ---------------------------------------------------------------------------
# Small helpers


def _fold(title: str) -> str:
    """A title's comparison form: no spaces, one kind of nested marks."""
    folded = squash(title)
    # Each mark replaced only where it occurs: str.translate looks every character up in the table.
    for mark, nested in _NESTED_MARKS:
        if mark in folded:
            folded = folded.replace(mark, nested)
    return folded


def _unnested(folded: str) -> str:
    """A folded title without the marks of the titles nested in it (their words kept)."""
    return folded.replace("〈", "").replace("〉", "")


@functools.lru_cache(maxsize=4096)
def _canon(number: str | None) -> str | None:
    if not number:
        return None
    nums = find_docnums(squash(number))
    if nums:
        return str(nums[0].number)
    parsed = parse_docnum(number)  # an order number (湖北省人民政府令第435号), any code
    return str(parsed) if parsed else None
