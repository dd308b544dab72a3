"""Make a scale corpus from the real texts: renamed copies with other cities, years and serials.

Each file of the scale corpus is one real text rewritten consistently:

* the Jiaxing gazette (``examples/jiaxing-gazette-2024-03.txt``) becomes the gazette
  of another prefecture-level city: the city's name (嘉兴 → 湖州), its pinyin in the
  English masthead and web address, and the issuer-code character of its own 文号
  (嘉政发 → 湖政发) are replaced; province codes (浙政发) and other cities' codes are
  left alone, so the copies still cite the same provincial and national documents;
* a development-corpus document (``/work/shared/corpus/dev/*.txt``) keeps its issuer
  (the State Council stays the State Council) but Shanghai's own codes and name move to
  another municipality;
* every year (``2024年``, ``〔2024〕``, ``2024-02-05``) moves by the same number of years, a
  29 February that no longer exists becomes the 28th, and the serial numbers of the
  copy's own 文号 and the gazette's issue numbers move by an offset, so that no two
  copies share a document number.

Three in four files are gazette copies and one in four a development document, so the
files are gazette-sized on average. The corpus is deterministic: file ``i`` of every
size is the same text. ``python -m bench.multiply --files 100`` writes
``bench/corpus/100/``.
"""

from __future__ import annotations

import argparse
import calendar
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTE = ROOT / "examples" / "jiaxing-gazette-2024-03.txt"
DEV = Path("/work/shared/corpus/dev")
CORPUS = ROOT / "bench" / "corpus"
SIZES = (10, 100, 1000)


@dataclass(frozen=True, slots=True)
class City:
    """A prefecture-level city: its name, the pinyin of its masthead and its 文号 character."""

    name: str
    pinyin: str
    code: str


#: Real prefecture-level cities and the character that opens their government's 文号
#: (湖政发, 甬政发 …). Characters that are also a province's code (苏 浙 皖 闽 赣 鲁 …)
#: are left out so that a renamed copy never collides with a provincial document.
CITIES: tuple[City, ...] = (
    City("嘉兴", "JIAXING", "嘉"),
    City("湖州", "HUZHOU", "湖"),
    City("绍兴", "SHAOXING", "绍"),
    City("宁波", "NINGBO", "甬"),
    City("温州", "WENZHOU", "温"),
    City("金华", "JINHUA", "金"),
    City("衢州", "QUZHOU", "衢"),
    City("舟山", "ZHOUSHAN", "舟"),
    City("台州", "TAIZHOU", "台"),
    City("丽水", "LISHUI", "丽"),
    City("杭州", "HANGZHOU", "杭"),
    City("无锡", "WUXI", "锡"),
    City("常州", "CHANGZHOU", "常"),
    City("南通", "NANTONG", "通"),
    City("扬州", "YANGZHOU", "扬"),
    City("镇江", "ZHENJIANG", "镇"),
    City("盐城", "YANCHENG", "盐"),
    City("徐州", "XUZHOU", "徐"),
    City("连云港", "LIANYUNGANG", "连"),
    City("淮安", "HUAIAN", "淮"),
    City("宿迁", "SUQIAN", "宿"),
    City("合肥", "HEFEI", "合"),
    City("芜湖", "WUHU", "芜"),
    City("蚌埠", "BENGBU", "蚌"),
    City("福州", "FUZHOU", "榕"),
    City("厦门", "XIAMEN", "厦"),
    City("泉州", "QUANZHOU", "泉"),
    City("漳州", "ZHANGZHOU", "漳"),
    City("南昌", "NANCHANG", "洪"),
    City("济南", "JINAN", "济"),
    City("青岛", "QINGDAO", "青"),
    City("烟台", "YANTAI", "烟"),
    City("潍坊", "WEIFANG", "潍"),
    City("洛阳", "LUOYANG", "洛"),
    City("襄阳", "XIANGYANG", "襄"),
    City("株洲", "ZHUZHOU", "株"),
    City("湘潭", "XIANGTAN", "潭"),
    City("佛山", "FOSHAN", "佛"),
    City("珠海", "ZHUHAI", "珠"),
    City("惠州", "HUIZHOU", "惠"),
)

#: Municipalities for the Shanghai documents of the development corpus (name, code).
MUNICIPALITIES: tuple[tuple[str, str], ...] = (("上海", "沪"), ("北京", "京"), ("天津", "津"), ("重庆", "渝"))

YEARS = tuple(range(2015, 2025))
#: A year as written in dates and 文号: followed by 年, a closing 文号 bracket, or a dash of a date/range.
_YEAR = re.compile(r"(?<![\d.])(20[0-4]\d)(?=\s*(?:年|〕|\]|］|\)|）|-|－|—|~|～))")
_LEAP_DAY = re.compile(r"(?P<year>\d{4})(?P<sep>\s*年\s*)2(?P<m>\s*月\s*)29(?=\s*日)")
#: A 文号 whose issuer code starts with ``code``: code chars, bracketed year, serial, 号.
_DOCNUM = r"(?<![\u4e00-\u9fff]){code}(?P<rest>[\u4e00-\u9fff]{{0,6}}\s*[〔\[［(（]\s*\d{{4}}\s*[〕\]］)）]\s*)(?P<serial>\d{{1,4}})(?=\s*号)"
_ISSUE = re.compile(r"第(?P<sp1>\s*)(?P<n>\d{1,3})(?P<sp2>\s*)期")
_FRONT_NUMBER = re.compile(r"^文号:\s*(?P<code>[\u4e00-\u9fff]+)", re.MULTILINE)


def shift_years(text: str, delta: int) -> str:
    """Move every year by ``delta``, turning a 29 February that no longer exists into the 28th.

    Args:
        text: the text.
        delta: years to add (negative for earlier).

    Returns:
        The rewritten text.
    """
    if delta == 0:
        return text
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)

    def leap(m: re.Match[str]) -> str:
        if calendar.isleap(int(m.group("year"))):
            return m.group(0)
        return f"{m.group('year')}{m.group('sep')}2{m.group('m')}28"

    return _LEAP_DAY.sub(leap, text)


def shift_serials(text: str, code: str, offset: int, *, new_code: str | None = None) -> str:
    """Add ``offset`` to the serial of every 文号 opening with ``code`` and rename the code.

    Args:
        text: the text.
        code: the issuer-code prefix, e.g. ``嘉`` or ``国办发``.
        offset: added to each serial.
        new_code: the replacement prefix (default: unchanged).

    Returns:
        The rewritten text.
    """
    pattern = re.compile(_DOCNUM.format(code=re.escape(code)))
    replacement = new_code if new_code is not None else code
    return pattern.sub(lambda m: f"{replacement}{m.group('rest')}{int(m.group('serial')) + offset}", text)


def gazette_copy(text: str, *, city: City, year: int, issue: int) -> str:
    """One renamed copy of the Jiaxing gazette.

    Args:
        text: the gazette's text.
        city: the city it becomes.
        year: the year it is dated (the original is 2024).
        issue: the issue number, 1–12 (the original is 3).

    Returns:
        The copy.
    """
    source = CITIES[0]
    out = shift_serials(text, source.code, issue * 30, new_code=city.code)
    out = out.replace(source.name, city.name)
    out = out.replace(source.pinyin, city.pinyin).replace(source.pinyin.lower(), city.pinyin.lower())
    out = shift_years(out, year - 2024)
    out = _ISSUE.sub(lambda m: f"第{m.group('sp1')}{issue:02d}{m.group('sp2')}期", out, count=1)
    return re.sub(
        r"总第(\s*)(\d+)", lambda m: f"总第{m.group(1)}{249 + (year - 2024) * 12 + issue - 3}", out, count=1
    )


def dev_copy(text: str, *, round_: int, year_delta: int, municipality: int) -> str:
    """One rewritten copy of a development-corpus document.

    Args:
        text: the document's text.
        round_: which copy of this document (its own 文号 serial moves by ``100 * round_``).
        year_delta: years to add.
        municipality: index into :data:`MUNICIPALITIES` for Shanghai's documents.

    Returns:
        The copy.
    """
    out = text
    name, code = MUNICIPALITIES[municipality % len(MUNICIPALITIES)]
    own = _FRONT_NUMBER.search(text)
    first = re.search(_DOCNUM.format(code=r"(?P<code>[\u4e00-\u9fff])"), text)
    own_code = own.group("code")[0] if own else (first.group("code") if first else None)
    if own_code:
        new_code = code if own_code == "沪" else own_code
        out = shift_serials(out, own_code, 100 * round_, new_code=new_code)
    if code != "沪":
        out = out.replace("上海", name)
    return shift_years(out, year_delta)


def sources() -> tuple[str, list[tuple[str, str]]]:
    """The gazette's text and the development documents (name, text) present on this machine.

    Returns:
        ``(gazette text, [(file name, text), …])``.
    """
    gazette = GAZETTE.read_text(encoding="utf-8")
    dev = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))] if DEV.is_dir() else []
    return gazette, dev


def plan(n: int, dev_count: int) -> list[tuple[str, dict[str, int]]]:
    """What file ``i`` of a corpus of ``n`` is: ``("gazette", {...})`` or ``("dev", {...})``.

    Args:
        n: how many files.
        dev_count: how many development documents there are (0: gazette copies only).

    Returns:
        One entry per file.
    """
    out: list[tuple[str, dict[str, int]]] = []
    g = d = 0
    for i in range(n):
        if dev_count and i % 4 == 3:
            doc = d % dev_count
            round_ = d // dev_count
            out.append(("dev", {"doc": doc, "round": round_, "year_delta": -(round_ % 8), "municipality": d}))
            d += 1
        else:
            # Cities vary fastest, then issues, then years: 40 × 12 × 10 distinct gazettes.
            city = g % len(CITIES)
            issue = (g // len(CITIES)) % 12 + 1
            year = YEARS[-1 - (g // (len(CITIES) * 12)) % len(YEARS)]
            out.append(("gazette", {"city": city, "issue": issue, "year": year}))
            g += 1
    return out


def make_corpus(n: int, folder: Path | None = None, *, force: bool = False) -> Path:
    """Write a corpus of ``n`` files (skipped when it is already complete).

    Args:
        n: how many files.
        folder: where (default ``bench/corpus/{n}``).
        force: rewrite even when present.

    Returns:
        The folder.
    """
    folder = folder or CORPUS / str(n)
    existing = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(existing) == n and not force:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in existing:
        old.unlink()
    gazette, dev = sources()
    for i, (kind, p) in enumerate(plan(n, len(dev))):
        if kind == "gazette":
            city = CITIES[p["city"]]
            text = gazette_copy(gazette, city=city, year=p["year"], issue=p["issue"])
            name = f"{i:05d}-{city.pinyin.lower()}-{p['year']}-{p['issue']:02d}.txt"
        else:
            doc_name, doc_text = dev[p["doc"]]
            text = dev_copy(
                doc_text, round_=p["round"], year_delta=p["year_delta"], municipality=p["municipality"]
            )
            name = f"{i:05d}-{Path(doc_name).stem}-r{p['round']}.txt"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python -m bench.multiply --files 10 100 1000``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    for n in args.files:
        folder = make_corpus(n, force=args.force)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
        print(f"{folder}: {n} files, {chars:,} characters")


if __name__ == "__main__":
    main()
