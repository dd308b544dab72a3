"""The reference scan: five compiled regexes, ``findall`` over the text, nothing else.

It reads what the extractor reads (文号, 责任单位 annotations, numbers with units,
``到YYYY年`` deadlines, 《titles》) with no normalising, no splitting, no records and
no offsets. No extractor can be faster than this pass over the same characters, so
extraction throughput is reported as a fraction of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: 文号: issuer code, bracketed year (any bracket style), serial, 号.
DOCNUM = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
#: 责任单位 annotations: （责任单位：市发展改革委、市财政局）, 牵头单位:…
RESPONSIBLE = re.compile(r"[（(]\s*(?:责任|牵头|配合|主办|协办)单位\s*[：:][^（()）\n]{1,200}[）)]")
#: Numbers with units: 500亿元, 6%, 3 家, 1.2万人.
QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|％|‰|亿元|万元|元|亿|万|千|个|家|项|人次|人|户|所|座|公里|千米|米|平方米|亩|公顷|吨|标箱|辆|台|套|次|天|小时)"
)
#: Deadlines: 到2025年.
DEADLINE = re.compile(r"到\s*(?:19|20)\d{2}\s*年")
#: Titles: 《…》.
TITLE = re.compile(r"《[^《》\n]{1,120}》")

PATTERNS = (DOCNUM, RESPONSIBLE, QUANTITY, DEADLINE, TITLE)


def scan(text: str) -> int:
    """Run the five patterns over one text.

    Args:
        text: the text.

    Returns:
        How many matches there were in all.
    """
    return sum(len(p.findall(text)) for p in PATTERNS)


def scan_all(texts: Iterable[str]) -> int:
    """Run the scan over several texts.

    Args:
        texts: the texts.

    Returns:
        The total number of matches.
    """
    return sum(scan(t) for t in texts)
