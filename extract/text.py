"""Load a text file and normalise it for matching, keeping a map back to the raw characters.

Two views of every input:

- ``raw``: the file decoded as read (universal newlines, BOM dropped). Every
  record's ``source`` indexes this string, so ``raw[start:end]`` is the evidence.
- ``TextMap.text``: the normalised view the extractors match against. Full-width
  digits, letters and ``％．`` become ASCII; ASCII ``(),:;?!`` become the
  Chinese full-width forms, and a point typed for a sentence's full stop 。
  (never a decimal point, a serial's or an address's); markdown's heading and
  emphasis marks become spaces; traditional characters become simplified ones one
  for one; spaces around CJK and inside numbers go; line breaks that a page
  break or PDF wrap put inside a sentence (even inside a word, ``责任单\\n\\n位``)
  are removed, other line breaks become a single ``\\n``.

Character translations keep the length, so the map only has to record the
places where whitespace was removed or collapsed: a sorted list of chunks
``(norm_start, raw_start)``; a normalised index maps back by bisection.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from policykg.errors import InputError
from policykg.extract.agencies import NAME_LAST_CHARS, is_agency_name
from policykg.extract.box_tables import VERTICALS, unbox
from policykg.extract.metadata import META_ALIASES, byline_line, front_matter_end, is_metadata_line
from policykg.extract.patterns import (
    BAN_ORDER,
    DASHED_DATE,
    DOCNUM,
    OPEN_BRACKET_CHARS,
    PAGE_MARK,
    SITE_NAME_AFTER,
    TITLE_END,
    TITLE_END_WORDS,
    YEAR_FIRST_NUMBER,
    site_name_after_title,
)
from policykg.extract.table_lines import MAX_SKIPPED

if TYPE_CHECKING:
    import numpy as np

MAX_BYTES = 200 * 1024 * 1024  # beyond this a file is refused rather than read into memory

# ---------------------------------------------------------------------------
# Decoding


def read_file(path: str | Path) -> tuple[str, str]:
    """Read and decode a text file.

    Args:
        path: the file.

    Returns:
        ``(raw, sha256)``: the decoded text with universal newlines and no BOM,
        and the hex SHA-256 of the file's bytes.

    Raises:
        InputError: the file is missing, a folder, empty, too large, binary or
            in no encoding we read (UTF-8, UTF-16, GB18030/GBK, Big5).
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(path))
    if p.is_dir():
        raise InputError("is a folder, not a file", path=str(path))
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)", path=str(path))
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    return decode_bytes(data, path=str(path)), hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes, *, path: str | None = None) -> str:
    """Decode bytes of a Chinese text file, detecting the encoding.

    Args:
        data: the file's bytes.
        path: the file's name, for error messages.

    Returns:
        The text, with ``\\r\\n`` and ``\\r`` turned into ``\\n`` as Python's
        universal newlines do, and without a byte order mark.

    Raises:
        InputError: empty, binary, or undecodable.
    """
    if not data.strip():
        raise InputError("file is empty", path=path)
    text = None
    if data.startswith(codecs.BOM_UTF8):
        text = _try(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    else:
        text = _try(data, "utf-8")
        if text is not None and "\x00" in text[:65536] and not _looks_utf16(data):
            raise InputError("binary file (NUL bytes), not text", path=path)
        if text is None or "\x00" in text[:65536]:
            # Legacy Chinese encodings and BOM-less UTF-16 all decode many byte strings;
            # keep the candidate that reads most like Chinese text.
            candidates = [(enc, _try(data, enc)) for enc in ("gb18030", "big5", "utf-16-le", "utf-16-be")]
            scored = [(_chinese_score(t), t) for _, t in candidates if t is not None and "\x00" not in t[:65536]]
            scored = [st for st in scored if st[0] > 0.5]
            if not scored and b"\x00" in data[:65536]:
                raise InputError("binary file (NUL bytes), not text", path=path)
            text = max(scored, key=lambda st: st[0])[1] if scored else None
    if text is None:
        raise InputError("cannot decode: not UTF-8, UTF-16, GB18030/GBK or Big5 text", path=path)
    if not _plausible(text):
        raise InputError("binary or garbled content, not text", path=path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("file is empty", path=path)
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _chinese_score(text: str) -> float:
    """Share of a sample's non-ASCII characters that are common simplified (GB2312) or known traditional ones."""
    sample = text[:4000]
    trad = _traditional_table()
    good = total = 0
    for ch in sample:
        if ord(ch) < 128:
            continue
        total += 1
        if ord(ch) in trad:
            good += 1
            continue
        try:
            ch.encode("gb2312")
            good += 1
        except UnicodeEncodeError:
            pass
    return good / total if total else 0.0


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# Characters real Chinese text is made of beyond ASCII: CJK ideographs and their punctuation,
# full-width forms, general punctuation (“” — …), arrows, circled numbers, Greek/Latin letters.
_TEXTUAL = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u2bff\u00a0-\u024f\u0370-\u03ff\u2460-\u24ff\u3200-\u33ff\uf900-\ufaff]")


def _plausible(text: str) -> bool:
    """Text, not binary decoded by luck: few control characters, and CJK where there are non-ASCII ones."""
    sample = text[:200_000]
    if not sample:
        return False
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        return False
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))  # counted in C, not a loop a character
    if non_ascii < 20:
        return True
    return len(_TEXTUAL.findall(sample)) > 0.8 * non_ascii


# ---------------------------------------------------------------------------
# Character translation (length-preserving)


#: The zero of each script's ten decimal digits (Unicode category Nd: full-width ０, Arabic-Indic
#: ٠, Devanagari ० …), each followed by its one to nine: every one of them reads as its ASCII digit.
DECIMAL_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50,
    0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0,
    0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50,
    0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E950, 0x1FBF0,
)


def _build_translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for zero in DECIMAL_ZEROS:  # ０-９ and the digits of other scripts: the patterns read 0-9
        for digit in range(10):
            table[zero + digit] = str(digit)
    for code in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # Ａ-Ｚ ａ-ｚ
        table[code] = chr(code - 0xFEE0)
    table.update({ord("％"): "%", ord("．"): ".", ord("﹒"): ".", ord("＋"): "+", ord("／"): "/", ord("＝"): "="})
    table[ord("∶")] = "："  # the ratio sign (构成比例为2∶8) some pages print for the colon
    table.update({ord("("): "（", ord(")"): "）", ord(","): "，", ord(":"): "：", ord(";"): "；",
                  ord("?"): "？", ord("!"): "！", ord("\t"): " ", ord("\u3000"): " ", ord("\xa0"): " "})
    # Zero-width characters some pages scatter through their text (an editor's, or a copy guard's): read as
    # the space they occupy, which a line's reading drops (委\u200b员会 is 委员会)
    table.update(dict.fromkeys(map(ord, _ZERO_WIDTH), " "))
    # The small form variants (﹐﹑﹔﹕﹙﹚﹝﹞ …, U+FE50–FE6B) some pages print: each as its ordinary mark.
    for code in range(0xFE50, 0xFE6C):
        plain = unicodedata.normalize("NFKC", chr(code))
        if len(plain) == 1 and plain != chr(code):
            table.setdefault(code, table.get(ord(plain), plain))
    table.update(_traditional_table())
    table.update({ord(a): b for a, b in _VARIANTS.items()})
    return table


#: Zero-width space, non-joiner, joiner, word joiner and a byte-order mark inside the text.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


#: Variant glyphs OpenCC's character table does not list, each for its simplified character:
#: 陜 (a variant of 陝) prints 陕西 in scraped pages (陜政发〔2017〕34号).
_VARIANTS = {"陜": "陕"}


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """Traditional → simplified, one character for one, from OpenCC's character table."""
    try:
        from importlib.resources import files

        data = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    except Exception:  # opencc not installed or laid out differently: no conversion
        return {}
    table: dict[int, str] = {}
    for line in data.splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1] \
                and parts[0] not in _OWN_SIMPLIFIED:
            table[ord(parts[0])] = parts[1]
    return table


@lru_cache(maxsize=1)
def _phrase_folds() -> dict[str, dict[str, tuple[int, str]]]:
    """The two-character words of traditional script whose character :func:`_traditional_table` folds to
    the wrong one of the characters it may stand for (計畫 is 计划, not 计画; 瞭解 is 了解), from OpenCC's
    phrase table and :data:`_PHRASE_VARIANTS`: for each such traditional character, each word as the
    one-for-one folding reads it, with where the character stands in it and what it is there."""
    try:
        from importlib.resources import files

        root = files("opencc").joinpath("dictionary")
        chars = root.joinpath("TSCharacters.txt").read_text(encoding="utf-8")
        phrases = root.joinpath("TSPhrases.txt").read_text(encoding="utf-8")
    except Exception:  # opencc not installed or laid out differently: no conversion
        return {}
    readings = {p[0]: p[1:] for line in chars.splitlines() if len(p := line.split()) >= 3 and len(p[0]) == 1}
    one = _traditional_table()
    pairs = [(w, v) for line in phrases.splitlines() if len(p := line.split()) >= 2 and len(w := p[0]) == 2
             and len(v := p[1]) == 2]
    folds: dict[str, dict[str, tuple[int, str]]] = {}
    for w, v in [*pairs, *_PHRASE_VARIANTS.items()]:
        read = w.translate(one)
        wrong = [i for i in (0, 1) if read[i] != v[i]]
        # (a name that keeps the traditional character, 於單 or 徵聲, folds no word: 關於單位 is 关于单位)
        if len(wrong) == 1 and (c := w[wrong[0]]) in readings and v[wrong[0]] in readings[c] and v[wrong[0]] != c:
            folds.setdefault(c, {})[read] = (wrong[0], v[wrong[0]])
    folds.pop("覆", None)  # read by its own words below, in simplified text too (批覆)
    return folds


#: Words of traditional script OpenCC's phrase table does not list, each for its simplified word: Taiwan's
#: 規畫 (规划) as its 計畫.
_PHRASE_VARIANTS = {"規畫": "规划"}


#: Characters OpenCC folds that simplified text writes as they are: 乾 (乾坤, 乾隆, 乾县, 乾政发) is 干 only in
#: traditional words (乾淨) no field reads, and a name or a code folded to 干 is lost.
_OWN_SIMPLIFIED = frozenset("乾")


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    return _build_translation()


#: How many different traditional characters, and what share of all the different Han
#: characters, make a text one written in traditional script (a simplified text quoting a
#: traditional name, or holding 乾/於 as words of their own, has a few of hundreds).
_TRADITIONAL_MIN = 20
_TRADITIONAL_SHARE = 0.1


def written_spelling(raw: str) -> dict[int, str] | None:
    """How a text written in traditional script spells the characters its reading folds to
    simplified ones (``translate``): a table for ``str.translate`` that gives the fields quoting
    the text back in the text's own script (发 → 發 in 懷政辦發〔2023〕9號), or None for a text in
    simplified script (nearly all: its fields already read as written).

    A simplified character stands for the traditional one the text writes most for it, and only
    where the text writes it more often than the simplified character itself (后 stays where
    皇后 is written as often as 後). A word's character counts for the simplified one the word folds it to
    (畫 for 划: 計畫 is 计划), so a value is spelt in one script whole (計畫, not 計划).
    """
    folds = _script_folds()
    counts = Counter(raw)  # one pass: each character's count, asked for hundreds of characters below
    written = [ch for ch in counts if ord(ch) in folds]
    if len(written) < _TRADITIONAL_MIN:
        return None
    han = sum(1 for ch in counts if "\u4e00" <= ch <= "\u9fff")
    if len(written) < _TRADITIONAL_SHARE * han:
        return None
    table: dict[int, str] = {}
    best: dict[str, int] = {}
    # (a character a word folds to another simplified one stands for it too: 畫 of 計畫 for 划, as 劃 does)
    candidates = [(ch, folds[ord(ch)]) for ch in written]
    candidates += [(ch, simple) for ch, words in _phrase_folds().items() if ch in counts
                   for simple in {fold for _, fold in words.values()}]
    for ch, simple in candidates:
        n = counts[ch]
        if n > best.get(simple, 0) and n > counts[simple]:
            best[simple] = n
            table[ord(simple)] = ch
    return table


@lru_cache(maxsize=1)
def _script_folds() -> dict[int, str]:
    """Every character the reading folds to a simplified one from another script or glyph
    (the traditional table and :data:`_VARIANTS`): what a quote gives back as written."""
    return {**_traditional_table(), **{ord(a): b for a, b in _VARIANTS.items()}}


@lru_cache(maxsize=8)
def _unspaced(raw: str, words: bool = False) -> tuple[str, list[int]]:
    """``raw`` read (``translate``) without its whitespace, and where each character left stands
    in ``raw``: a quote read across a line break or a space is found in it (asked once for each
    field of a record: the span of a document is asked for its number, title, issuers …). With
    ``words`` (a text in traditional script), its words folded as the text's reading folds them
    (計畫 is 计划: :func:`_phrases_folded`), so a quote holding one is found whole."""
    read = translate(raw)
    if words:
        read = _phrases_folded(read, raw)
    keep = [i for i, ch in enumerate(raw) if not ch.isspace()]
    return "".join([read[i] for i in keep]), keep


_STOP_POINT = re.compile(r"(?<!\d)\.")


def as_written(value: str, raw: str | None, spelling: dict[int, str] | None, *, points: bool = False) -> str:
    """``value``, a quote read in simplified script, spelt as the text writes it: character by
    character from ``raw`` (the source span it was read from) where it lies there, whitespace
    apart, so a page writing both 於 and 于 keeps each where it stands; else by the text's
    ``spelling`` (:func:`written_spelling`: a value the text does not hold in one run). Only
    characters the reading folded from another script are given back (none where ``spelling`` is
    None: a text in simplified script), and with ``points`` the full stops it typed as points
    (:func:`_full_stops`); other marks and digits stay as read (（ for (, 〔〕 in numbers)."""
    squashed = "".join(value.split())
    if raw and squashed:
        flat, keep = _unspaced(raw, spelling is not None)
        if points and "。" in squashed:
            flat = _STOP_POINT.sub("。", flat)  # (a stop typed as a point is read as 。; a decimal's point is none)
        at = flat.find(squashed)
        if at >= 0:
            folds = _script_folds() if spelling is not None else {}
            places = iter(keep[at:at + len(squashed)])
            out = []
            for c in value:
                if c.isspace():
                    out.append(c)
                    continue
                r = raw[next(places)]
                out.append(r if ord(r) in folds or (r == "." and c == "。") else c)
            return "".join(out)
    return value.translate(spelling) if spelling else value


@lru_cache(maxsize=1)
def _code_table() -> np.ndarray:
    """What :func:`translate` makes of each code point, as a code point (itself where it stays)."""
    import numpy as np

    table = np.arange(0x110000, dtype=np.uint32)
    trans = _translation()
    table[list(trans)] = [ord(v) for v in trans.values()]  # one character for one
    return table


def char_positions(text: str, *char_sets: str) -> list[list[int]]:
    """Where the characters of each set occur in ``text``, in order, one list per set (at
    most eight sets; they may share characters).

    One pass with numpy over the code points, through a table of each code point's sets (one
    bit a set): several times faster than collecting ``m.start()`` from a regex scan when the
    characters are common (commas, line breaks), and than comparing the code points with each
    character in turn.
    """
    import numpy as np

    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return [[m.start() for m in re.finditer("[" + re.escape(cs) + "]", text)] for cs in char_sets]
    found = _set_table(char_sets).take(points)
    at = np.flatnonzero(found)
    if len(char_sets) == 1:
        return [at.tolist()]
    bits = found[at]
    return [at[(bits & (1 << i)) != 0].tolist() for i in range(len(char_sets))]


@lru_cache(maxsize=16)
def _set_table(char_sets: tuple[str, ...]) -> np.ndarray:
    """For each code point, a byte with bit ``i`` set where it is in ``char_sets[i]``."""
    import numpy as np

    if len(char_sets) > 8:
        raise ValueError("at most eight character sets")
    table = np.zeros(0x110000, dtype=np.uint8)
    for i, chars in enumerate(char_sets):
        for c in chars:
            table[ord(c)] |= 1 << i
    return table


def translate(text: str) -> str:
    """Length-preserving character normalisation (full-width, punctuation, traditional script).

    ``str.translate`` costs about 100 ns a character whatever the table; the code points
    mapped through an array with numpy cost a few (one gather, then a decode).
    """
    if len(text) < 512:  # a title, a 文号, a name: the per-call set-up below costs more
        return text.translate(_translation())
    import numpy as np

    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return text.translate(_translation())
    return _code_table().take(points).tobytes().decode("utf-32-le")


# ---------------------------------------------------------------------------
# Line joining

# (a line ending in a pipe is a table row that closes its last cell: the next line is another row)
_TERMINAL = set("。；：！？…】〕》>）)」』|｜")
_MARKER = re.compile(
    r"(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,3}\s*[.、．](?!\d)|[（(]\d{1,3}[)）]"
    r"|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节部分]|【|附件|附：|附:|[#>|]|-{3,})"
)
# A number line, its signing date printed before it or not (``2000年12月28日 税委会[2000]17号``).
_DOCNUM_LINE = re.compile(
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?[（(]?\s*\S{1,14}?\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*[号號]"
    # a number whose year lost its brackets, alone in its own: （某发201120 号）
    r"|[（(]\s*[\u4e00-\u9fff]{1,10}(?:19|20)\d{3,6}\s*[号號]\s*[）)]"
)
_DATE_LINE = re.compile(r"（?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*）?\s*$|[〇○零一二三四五六七八九十0OＯ]{4}年[〇○零一二三四五六七八九十]{1,2}月[〇○零一二三四五六七八九十]{1,3}日\s*$")
#: A bracket counting a document's items, alone on its line (（共118项）, （共三十条））.
_COUNT_NOTE = re.compile(r"（共[\d一二三四五六七八九十百]+[项条个件类章节]）")
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：|｜]")
_SENTENCE_PUNCT = re.compile(r"[，。；、,;]")
#: The longest line read as a heading standing alone over a blank line; a line wrapped in a
#: paragraph runs longer.
_HEADING_MAX = 30
#: The end of a public notice's heading: 通告, 公告, an order (禁火令, 命令).
_NOTICE_END = re.compile(rf"(?:通告|公告|命令|{BAN_ORDER})$")
#: How a notice's body opens, under its title: its purpose or its grounds.
_BODY_OPENING = re.compile(r"为了?|根据|依据|按照")
#: A report's body opening by naming the report itself (本报告根据…编制, 本年度报告…) under its title.
_SELF_OPENING = re.compile(r"本(?:年度)?报告")
#: A year opening a line: 2023年… (2023年度目标责任考核工作以…), or an event's name that opens with its year
#: (2023北京某某马拉松比赛定于…).
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}(?:年|[\u4e00-\u9fff])")
#: What ends a clause of running text, unlike the 、 of a title's list of issuers.
_CLAUSE_MARKS = re.compile(r"[，。；！？,;]")
_TITLE_PUNCT = re.compile(r"[，。；：、,;:《》]")
# The first character a metadata label may start with, after list bullets and spaces.
_LABEL_FIRST = re.compile(r"[•·●◆■▪\-*\s【\[［]*[" + "".join(sorted({k[0] for k in META_ALIASES if "\u4e00" <= k[0] <= "\u9fff"})) + "]")
#: Last words of an organisation's name: a line ending in one may be a signature.
_ORG_ENDS = ("人民政府", "办公厅", "办公室", "委员会", "局", "厅", "署", "中心", "集团", "公司", "管委会", "办事处", "领导小组")
_TITLE_LINE = re.compile(r".*(?:关于|印发|转发).*" + TITLE_END.pattern)  # (the document types: patterns.TITLE_END_WORDS)


def _year_first_line(n: str) -> bool:
    """Whether a line opens with a number printed year first (``(78)某字412号``), perhaps in a bracket
    of its own (``（（78）某字412号）``)."""
    return YEAR_FIRST_NUMBER.match(n) is not None or (n[0] in "（(" and YEAR_FIRST_NUMBER.match(n, 1) is not None)


#: The words that bound a figure after its unit (年以上, %以内).
_BOUNDS = frozenset({"以上", "以下", "以内", "左右", "及以上", "及以下"})


def _splits_a_number(p: str, n: str) -> bool:
    """Whether a break cuts a date or a 文号 that PDF text prints one digit run a line.

    ``2022⏎年⏎3⏎月⏎1⏎日`` and ``苏政办发〔⏎2022⏎〕⏎15⏎号``: a digit run and the unit
    or bracket it belongs to, on lines of their own.
    """
    a, b = p[-1], n[0]
    if a in _DIGITS:
        if b in "%‰":
            return True  # a percent sign opens no line of its own words (99⏎%以上): the figure's
        if b in ".．、" and len(p) <= 2 and p.isdigit() and n[1:2] > "\u4e00":
            return True  # an item's number and its point (1⏎.学前教育毛入园率, 2⏎、加强…): one marker
        # the unit alone on its line, or with a bound after it (12.3⏎年以上; 月浦镇 after a table's serial 11 is a
        # name, not a month)
        return b in _AFTER_DIGITS and (len(n) == 1 or (len(n) == 2 and n[1] in _PUNCT_AFTER)
                                       or n[1:].rstrip("，。；、）)") in _BOUNDS
                                       or (b in "号號" and _SERIAL_END.search(p) is not None))
    if b in _DIGITS:
        return a in _BEFORE_DIGITS and (len(p) <= 2 or a not in "年月") and _DIGIT_RUN.match(n) is not None
    return False


_DIGITS = frozenset("0123456789")
#: A full date written with dashes ending a line (某县人民政府办公室 2016-4-13; the name before it is tested apart).
_DASHED_DATE_END = re.compile(rf"{DASHED_DATE}$")
#: The longest date :data:`_DASHED_DATE_END` reads (2016-04-13): it is looked for in a line's last characters only.
_DASHED_DATE_MAX = 10
# What follows a digit run of a split date or number: its unit, its closing bracket.
_AFTER_DIGITS = frozenset("年月日号〕]］】‟﹞〗")
_PUNCT_AFTER = frozenset("，。；：、）)")
# What comes before one: an opening bracket, a closing one (〕 before the serial), a unit.
_BEFORE_DIGITS = frozenset("〔[［【„﹝〖年月〕]］】‟﹞〗")
# (PDF text may print spaces around the digits: 青发〔⏎2021 〕 9 号）)
_DIGIT_RUN = re.compile(r"^\d{1,4}\s*(?:[年月日号〕\]］】‟﹞〗]|$)")
#: A 文号 cut before its 号: the year in brackets and the serial end the line (青政发〔2021 〕 31⏎号）).
_SERIAL_END = re.compile(r"(?:^|[〔\[［【﹝〖])\s*(?:19|20)\d{2}\s*[〕\]］】﹞〗]\s*\d{1,5}$")


# ---------------------------------------------------------------------------
# The layout of text printed from a PDF: its line width, its page numbers, its digit runs


#: A line holding nothing but a figure or a page number, led by its line break so that the scan skips from
#: break to break: a digit run (the group: ``2025``, ``1.7``, a bare page number ``3``) or a page number
#: (``— 15 —``, ``- 3 -``, ``―3―``, ``第3页 共10页``, ``3/10``).
#: A page number marked as one (— 15 —, - 3 -, ―3―; 第3页 共10页), its number where ``{n}`` stands.
_PAGE_DASHED = r"[-—―－–~]{{1,2}}[ \t]*{n}[ \t]*[-—―－–~]{{1,2}}"
_PAGE_OF = r"第[ \t]*{n}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{{1,4}}[ \t]*页)?"
_PAGE_NUMBER = r"\d{1,4}"
_NUMBER_LINE = re.compile(
    r"\n[ \t\r\f]*(?:(\d+(?:\.\d+)?%?)|" + _PAGE_DASHED.format(n=_PAGE_NUMBER) + "|" + _PAGE_OF.format(n=_PAGE_NUMBER)
    + r"|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t\r\f]*(?=\n|$)"
)
#: A line of nothing but an integer.
_INTEGER_LINE = re.compile(r"\n[ \t\r]*\d+[ \t\r]*(?=\n)")
#: How many lines at least part two bare page numbers (GB/T 9704 sets 22 lines a page).
_PAGE_LINES_MIN = 15
#: What the next line opens with after a digit run a sentence printed apart: its unit, the words or the
#: punctuation after a figure (年, 月, %, 万元, 个, 以上, 左右, 余, ，). A table's serial cell opens its row's text.
_AFTER_FIGURE = frozenset("年月日号时分秒%‰.．、，。；：）)〕]】万亿千百个项家所座条人元吨米亩倍次期批类件户名处台辆套只张本份位级周天岁"
                          "公平立克以余多左至到-—~～")
#: The share of those lines whose next line opens so.
_AFTER_FIGURE_SHARE = 0.6
_DIGIT_ONLY = re.compile(r"\d+(?:\.\d+)?%?")
_ANY_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
#: How many digit runs alone on their lines make a text one that prints every digit run so (a font change
#: around the figures), when they outnumber those inside lines by :data:`_DIGIT_LINES_SHARE` to one.
_DIGIT_LINES_MIN = 8
_DIGIT_LINES_SHARE = 2
#: How many lines of nothing but an integer the part of a text read for its width holds at least before the
#: whole text is scanned for such lines.
_DIGIT_LINES_SAMPLED = 3
#: The widths a hard-wrapped text may be set at (GB/T 9704: 28 characters a line).
_WRAP_MIN, _WRAP_MAX = 20, 60
#: How many lines at least fill the width, and their share of the lines of 10 characters and more.
_WRAP_LINES_MIN = 8
_WRAP_SHARE = 0.4
#: How much of a long text is read first for its width (its middle, inside its body): only where that part
#: is hard-wrapped is the whole text read.
_WRAP_SAMPLE = 6000
#: The longest mean length of the (non-blank) lines of a hard-wrapped text or of one that prints its figures
#: apart (the widest width, and some room for spaces).
_LINE_MAX_MEAN = 64
#: What a line of running text ends with when it ends a sentence or a heading.
_SENTENCE_LAST = frozenset("。；：！？…:;!?")
#: What a full line of a hard-wrapped text may end with and still run on: a closing bracket or quote
#: (…执行《某某规定》⏎中关于…). (The caller asks :func:`_joins` about these lines too.)
WRAP_CLOSERS = frozenset("》）)」』】〕>”")


@dataclass(frozen=True, slots=True)
class Layout:
    """What a text's lines say of how it was printed, read once per text.

    Attributes:
        width: the width a hard-wrapped text is set at (its lines run to it and break inside
            sentences), or 0.
        digits: the text prints its digit runs on lines of their own.
        pages: where each page-number line opens (past its indent) and where it ends, in a text of
            either kind; None where there is none.
        serials: in a text that prints its figures apart, where each line of a table's serial column opens
            (past its indent): its breaks are judged as in any text, the serial no figure of a sentence.
        spaced: the text is letter-spaced (:func:`_letter_spaced`).
    """

    width: int = 0
    digits: bool = False
    pages: dict[int, int] | None = None
    serials: frozenset[int] = frozenset()
    spaced: bool = False


_PLAIN = Layout()
_SPACES = re.compile(r"\s*")


def _em(line: str) -> float:
    """The width of ``line`` in full-width characters: a half-width character takes half."""
    return len(line) - sum(1 for c in line if c < "\u0100") / 2


def _wrap_width(lines: list[str]) -> int:
    """The width of a hard-wrapped text, or 0: many lines of (nearly) one length, the longest in the
    text, most of them ending inside a sentence; a text of one paragraph a line spreads its lengths."""
    if len(lines) < _WRAP_LINES_MIN:
        return 0
    lens = Counter(map(len, lines))
    top = width = long = 0
    for w, k in lens.items():
        if w >= 10:
            long += k
            if _WRAP_MIN <= w <= _WRAP_MAX and (k > top or (k == top and w > width)):
                top, width = k, w
    # (a paragraph's first line is two characters short where its indent was stripped)
    near = lens.get(width - 2, 0) + lens.get(width - 1, 0) + top + lens.get(width + 1, 0)
    if near < _WRAP_LINES_MIN or near < _WRAP_SHARE * long:
        return 0
    # the longest lines in the text: few are wider (a line holding half-width figures is longer, not wider)
    over = [x for x in lines if len(x) > width + 2 and "|" not in x and "｜" not in x]
    if len(over) * 10 > near and sum(1 for x in over if _em(x) > width + 1.5) * 10 > near:
        return 0
    ends = sum(1 for x in lines if width - 2 <= len(x) <= width + 1 and x[-1] not in _SENTENCE_LAST)
    return width if ends * 2 >= near else 0


def layout(tr: str) -> Layout:
    """How ``tr`` (a translated text) was printed: see :class:`Layout`. Cheap for a text of one
    paragraph a line: the line lengths of a part of the text; its lines of figures and page numbers are
    looked for only in a text that is hard-wrapped or holds lines of nothing but a figure."""
    lay = _lines_layout(tr)
    return replace(lay, spaced=True) if _letter_spaced(tr) else lay


def _lines_layout(tr: str) -> Layout:
    """:func:`layout` but for its letter spacing."""
    n = len(tr)
    sample = tr if n <= _WRAP_SAMPLE else tr[(n - _WRAP_SAMPLE) // 2: (n + _WRAP_SAMPLE) // 2]
    if len(sample) > _LINE_MAX_MEAN * (sample.count("\n") - sample.count("\n\n") + 1):
        # its lines run longer than any width on average: a paragraph a line (the few breaks scanned for
        # lines of figures)
        width = 0
        figure_lines = len(_INTEGER_LINE.findall(sample))
    else:
        lines = list(filter(None, map(str.strip, sample.split("\n"))))
        width = _wrap_width(lines)
        if width and sample is not tr:
            width = _wrap_width(list(filter(None, map(str.strip, tr.split("\n")))))
        figure_lines = sum(map(str.isdigit, lines))
    if not width and figure_lines < _DIGIT_LINES_SAMPLED:
        marked = _marked_pages(tr)
        return Layout(pages=marked) if marked else _PLAIN
    pages: dict[int, int] = {}
    figures: list[re.Match[str]] = []
    for m in _NUMBER_LINE.finditer(tr):
        if m.group(1) is None:
            # (keyed by where the number's line opens past its indent, where a run of spaces before it ends)
            pages[_SPACES.match(tr, m.start() + 1).end()] = m.end()
        else:
            figures.append(m)
    digits = False
    serials: frozenset[int] = frozenset()
    alone = figures  # (all of them, for the page numbers: one over a page's first words reads as a serial too)
    if len(figures) >= _DIGIT_LINES_MIN:
        # a table printed one cell a line: its serial column (1, 2, 3 …) opens each row, no figure of a sentence
        serial = _serial_column(tr, figures)
        if serial:
            figures = [m for m in figures if m.start() not in serial]
            serials = frozenset(_SPACES.match(tr, a + 1).end() for a in serial)
    if len(figures) >= _DIGIT_LINES_MIN:
        # the first character of the line after each digit run that stands between two lines of text (a
        # table printed one cell a line parts its cells by blank lines as often)
        after = []
        for m in figures:
            j = m.end() + 1
            while j < n and tr[j] in " \t":
                j += 1
            if j < n and tr[j] not in "\r\n" and m.start() and not tr[m.start() - 1].isspace():
                after.append(tr[j])
        # (a line of letters after the run, a link's or a code's, tells nothing)
        worded = [c for c in after if not (c.isascii() and c.isalnum())]
        if len(after) >= _DIGIT_LINES_MIN \
                and sum(1 for c in worded if c in _AFTER_FIGURE) >= _AFTER_FIGURE_SHARE * len(worded):
            digits = len(figures) >= _DIGIT_LINES_SHARE * (len(_ANY_DIGIT_RUN.findall(tr)) - len(figures) - len(serials))
    if not width and not digits:
        return _PLAIN  # (a page number in a text of one paragraph a line stands between paragraphs)
    if width and not digits:
        bare = [(m.start(), m.end(), int(m.group(1))) for m in figures if m.group(1).isdigit() and len(m.group(1)) <= 4]
        # page numbers run on by one, a page's lines apart, pages of much the same length (a table's serial
        # column runs on by one as well, a row's lines apart)
        gaps = [tr.count("\n", a[0], b[0]) for a, b in pairwise(bare)]
        if gaps and min(gaps) >= _PAGE_LINES_MIN and max(gaps) <= 2 * min(gaps) \
                and all(b[2] == a[2] + 1 for a, b in pairwise(bare)):
            pages.update((_SPACES.match(tr, a + 1).end(), b) for a, b, _ in bare)
    elif digits:
        # a text printing its figures apart prints its bare page numbers so too: among its figure lines, a chain
        # of integers running on by one, a page's lines apart (the figures of its sentences stand between)
        # (not a serial's or a number's figure: 1⏎、加强…, 3⏎.落实…, 〔⏎2024⏎〕⏎2⏎号: what follows it attaches to it)
        pages.update(_page_chain(tr, [(m.start(), m.end(), int(m.group(1))) for m in alone
                                      if m.group(1).isdigit() and len(m.group(1)) <= 3
                                      and tr[(k := _SPACES.match(tr, m.end()).end()):k + 1] not in _AFTER_FIGURE]))
    if len(pages) >= _RUNNING_PAGES_MIN:
        pages.update(_running_heads(tr, pages))
    return Layout(width=width, digits=digits, pages=pages or None,
                  serials=serials - pages.keys() if digits else frozenset())


#: How many rows at least a table's serial column numbers (1, 2, 3 …) before its lines are read as one.
_SERIALS_MIN = 3


def _serial_column(tr: str, figures: list[re.Match[str]]) -> set[int]:
    """Where the lines of a table's serial column open (their line breaks), among the lines of nothing but a
    figure (:data:`_NUMBER_LINE` matches): integers from 1 on, each one more than the last, most of them over
    a line opening with text and no unit or word a figure takes (1⏎文化产业, not 1⏎家。 nor 1⏎、加强; a figure of
    a row's sentence that comes first gives its place to the serial after it); empty where fewer than
    :data:`_SERIALS_MIN` run so."""
    chain: list[tuple[int, bool]] = []  # (where the serial's line break is, whether text follows it)
    for m in figures:
        v = m.group(1)
        if v != str(len(chain) + 1) and not (chain and v == str(len(chain)) and not chain[-1][1]):
            continue
        c = tr[_SPACES.match(tr, m.end()).end():][:1]
        cell = bool(c) and c not in _AFTER_FIGURE and not c.isascii()
        if v == str(len(chain) + 1):
            chain.append((m.start(), cell))
        elif cell:
            chain[-1] = (m.start(), cell)
    if len(chain) < _SERIALS_MIN or 3 * sum(cell for _, cell in chain) < 2 * len(chain):
        return set()
    return {a for a, _ in chain}


#: The most lines a page holds (GB/T 9704: 22; room for a page of short lines), and how many page numbers a
#: chain of them needs at least among the figure lines of a text that prints its figures apart.
_PAGE_LINES_MAX = 60
_PAGE_CHAIN_MIN = 3


#: A page number marked as one on a line of its own (— 15 —, - 3 -, 第3页 共10页), led by its line break.
_MARKED_PAGE_LINE = re.compile(
    r"\n[ \t\r\f]*(?:" + _PAGE_DASHED.format(n=f"({_PAGE_NUMBER})") + "|" + _PAGE_OF.format(n=f"({_PAGE_NUMBER})")
    + r")[ \t\r\f]*(?=\n|$)"
)


def _marked_pages(tr: str) -> dict[int, int]:
    """The page-number lines of a text neither hard-wrapped nor printing its figures apart that marks its page
    numbers as such (a PDF's text of short lines: tables, lists): one alone, or several of which two run on by one (— 2 —, — 3 —),
    with the running heads beside them (:func:`_running_heads`); as :attr:`Layout.pages` gives them."""
    found = [(m.start(), m.end(), int(m.group(1) or m.group(2))) for m in _MARKED_PAGE_LINE.finditer(tr)]
    if not found or (len(found) > 1 and not any(b[2] == a[2] + 1 for a, b in pairwise(found))):
        return {}  # (one alone is a page's number still: — 2 — is no line of text)
    pages = {_SPACES.match(tr, a + 1).end(): b for a, b, _ in found}
    if len(pages) >= _RUNNING_PAGES_MIN:
        pages.update(_running_heads(tr, pages))
    return pages


def _page_chain(tr: str, bare: list[tuple[int, int, int]]) -> dict[int, int]:
    """The longest chain of bare integers (``(start, end, value)`` of their lines, in text order) that run on
    by one (3, 4, 5 …) a page's lines apart, pages of much the same length, from the text's first page to its
    last, as :attr:`Layout.pages` gives page numbers; none shorter than :data:`_PAGE_CHAIN_MIN`. (A table's
    serial column runs on by one too, but within the table.)"""
    if len(bare) < _PAGE_CHAIN_MIN:
        return {}
    lines, at, count = [], 0, 0
    for a, _, _ in bare:  # (each figure's line, counted on from the last one's)
        count += tr.count("\n", at, a)
        at = a
        lines.append(count)
    best: list[int] = [1] * len(bare)
    back: list[int] = [-1] * len(bare)
    last: dict[int, list[int]] = {}  # value → indices of the figures of that value so far
    for i, (_, _, v) in enumerate(bare):
        for j in last.get(v - 1, ()):
            if _PAGE_LINES_MIN <= lines[i] - lines[j] <= _PAGE_LINES_MAX and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
        last.setdefault(v, []).append(i)
    if max(best) < _PAGE_CHAIN_MIN:
        return {}
    chain, i = [], best.index(max(best))
    while i >= 0:
        chain.append(i)
        i = back[i]
    chain.reverse()
    gaps = [lines[j] - lines[i] for i, j in pairwise(chain)]
    total = count + tr.count("\n", at)
    if max(gaps) > 2 * min(gaps) or lines[chain[0]] > _PAGE_LINES_MAX or total - lines[chain[-1]] > _PAGE_LINES_MAX:
        return {}
    return {_SPACES.match(tr, bare[i][0] + 1).end(): bare[i][1] for i in chain}


#: How many page numbers a text prints at least before the lines beside them are compared for a running
#: head or foot, and how many of its pages at least (a share) print the same line there.
_RUNNING_PAGES_MIN = 3
_RUNNING_SHARE = 3
#: The longest running head or foot: a masthead or a document's short name, not a line of its text.
_RUNNING_MAX = 30


def _running_heads(tr: str, pages: dict[int, int]) -> dict[int, int]:
    """The lines a text printed from a PDF repeats beside its page numbers on page after page (a running
    head, 某某市人民政府公报 or the document's short name, over the next page's first line; a foot under the
    last): where each opens and ends, as ``pages`` gives its page numbers; their layout is read as nothing."""
    beside: dict[str, list[tuple[int, int]]] = {}
    for start, end in pages.items():
        nxt = _SPACES.match(tr, end).end()  # the line after the page number
        stop = tr.find("\n", nxt)
        stop = len(tr) if stop < 0 else stop
        prev_end = start  # the line before it (the whitespace before the page number walked back over)
        while prev_end and tr[prev_end - 1].isspace():
            prev_end -= 1
        prev = tr.rfind("\n", 0, prev_end) + 1
        for a, b in ((nxt, stop), (prev, prev_end)):
            line = tr[a:b].strip()
            if line and len(line) <= _RUNNING_MAX and a not in pages:
                beside.setdefault(line, []).append((a + len(tr[a:b]) - len(tr[a:b].lstrip()), b))
    out: dict[int, int] = {}
    for spans in beside.values():
        if len(spans) >= 2 and len(spans) * _RUNNING_SHARE >= len(pages):
            out.update(spans)
    return out


#: The share of a letter-spaced text's characters that are single spaces between two others (every other
#: character: 国 务 院 关 于), read in a part of the text.
_SPACED_SHARE = 0.35
_SPACED_SAMPLE = 4000
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_HAN_RUN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: The shortest text read as letter-spaced (a line or two of spaced letters is no layout).
_SPACED_MIN = 200
#: The share of the sample's characters that are Han characters at least, in a letter-spaced text: a fifth of
#: its glyphs (a text heavy with figures, dates, readings in letters and punctuation holds far fewer Han
#: characters than half; a spaced line of letters or figures, a b c d, 1 2 3, none).
_SPACED_HAN_SHARE = 0.1


def _letter_spaced(tr: str) -> bool:
    """Whether ``tr`` is printed letter-spaced, a space between every two characters of its lines (PDF text
    that places each glyph apart): then a single space inside a line is no word's or figure's break."""
    n = len(tr)
    sample = tr if n <= _SPACED_SAMPLE else tr[(n - _SPACED_SAMPLE) // 2: (n + _SPACED_SAMPLE) // 2]
    if n < _SPACED_MIN or sample.count(" ") < _SPACED_SHARE * len(sample):  # (a count first: most texts have far fewer)
        return False
    # (Han characters spaced apart: not a line of letters or figures, a b c d, 1 2 3)
    return len(_SINGLE_SPACE.findall(sample)) >= _SPACED_SHARE * len(sample) \
        and len(_HAN_RUN_CHAR.findall(sample)) >= _SPACED_HAN_SHARE * len(sample)


def _full(line: str, width: int) -> bool:
    """Whether ``line`` fills a hard-wrapped text's width: a character short (punctuation kept off the next
    line's start is pulled down) or two (a paragraph's indent, stripped), or longer by half-width characters."""
    n = len(line)
    if n < width - 2:
        return False
    return n <= width + 1 or _em(line) <= width + 1.5


def _wrap_joins(p: str, n: str, width: int, indent: bool) -> bool | None:
    """Whether a full line ``p`` of a hard-wrapped text ``width`` wide runs on into ``n`` (``indent``: the
    next line is indented); None where the usual rules decide (a table's row)."""
    if "|" in p or "｜" in p or "|" in n or "｜" in n:
        return None
    last = p[-1]
    if last in _SENTENCE_LAST:
        if last != "。" or _MARKER.match(n) is not None:
            return False
        if n[0] in "（(":
            # a sentence filling the line, then its paragraph's annotation in brackets (（负责部门：某部）)
            return _LABEL_LINE.match(n, 1) is not None
        # a sentence ending where the line does, then the paragraph's next one: a line that runs on (full) or
        # ends the paragraph (a stop), not a heading or a cell; a paragraph's first line is indented where the
        # text keeps indents
        return not indent and (n[-1] in _SENTENCE_LAST or n[-1] in "）)" or _full(n, width))
    if last in "）)":
        # a bracket closing a paragraph's annotation (（负责部门：某部）), or one inside a sentence (（以下简称…）)
        inner = p[max(p.rfind("（"), p.rfind("(")) + 1:]
        if "：" in inner or ":" in inner:
            return False
    if _MARKER.match(n) and not (n[0] == ">" and p.rfind("<") > p.rfind(">")):
        return False  # a numbered heading or item (a title's closing > is none: 《关于印发<某某办法⏎>的通知》)
    if _DATE_LINE.match(n) or _BYLINE.match(n):
        return False  # a date line
    if (num := _DOCNUM_LINE.match(n)) is not None and num.end() >= len(n) - 1:
        return False  # a number line
    if (label := _LABEL_LINE.match(n)) and max(p.rfind("（"), p.rfind("(")) <= max(p.rfind("）"), p.rfind(")")) \
            and (label.end() < len(n) or not _SENTENCE_PUNCT.search(p)):
        # a label opens the line (责任单位：…), unless a bracket left open runs on (（负⏎责部门：…）) or the line is a
        # sentence's last words before its colon (…，具体限值⏎如下：), under a line of running text
        return False
    return True


def _digits_join(p: str, n: str) -> bool | None:
    """Whether a break next to a digit run alone on its line falls inside the sentence, in a text that
    prints its digit runs so (到⏎2025⏎年，…达⏎1.7⏎万亿元); None where neither line is one."""
    if _DIGIT_ONLY.fullmatch(n):
        if p[-1] in _SENTENCE_LAST:
            # a colon inside a bracket left open runs on to its figure (…（小时最低工资：⏎21⏎元）)
            return p[-1] in "：:" and max(p.rfind("（"), p.rfind("(")) > max(p.rfind("）"), p.rfind(")"))
        if p.endswith(_ORG_ENDS) and len(p) <= 40 and not _SENTENCE_PUNCT.search(p):
            return False  # a signature, then its date
        return True
    if _DIGIT_ONLY.fullmatch(p):
        return not (_MARKER.match(n) or _DATE_LINE.match(n) or _DOCNUM_LINE.match(n))
    return None


#: The first column of a table's header line (序号 目标任务 责任单位 推进情况).
TABLE_HEADER_FIRST = ("序号", "编号")
#: A row of a table whose cells spaces part, at its line's start: its serial, a space, its next cell.
_SPACED_ROW = re.compile(r"[ \t\u3000]*(\d{1,3})[ \t\u3000]+\S")
#: How many lines in turn may stand between two rows of such a table (a cell wrapped, a blank line).
_ROW_WRAP_LINES = 3


def _spaced_rows(tr: str) -> frozenset[int]:
    """Where the rows of the tables whose cells spaces part open, past their indents: under a header line
    whose first column is the serial's, its names apart (序号 工作任务 牵头负责部门), the lines that open with
    serials running on from 1 (``1 居民消费价格涨幅3%左右 发展改革委``, ``2 …``; a part of a list may skip some),
    each then a space. Normalising drops those spaces: the rows stay lines of their own (a cell wrapped onto the
    next line is joined to its row as any line is)."""
    out: list[int] = []
    for word in TABLE_HEADER_FIRST:
        at = tr.find(word)
        while at >= 0:
            start = tr.rfind("\n", 0, at) + 1
            if tr[at + 2 : at + 3] in (" ", "\t", "\u3000") and not tr[start:at].strip():
                out += _rows_under(tr, tr.find("\n", at))
            at = tr.find(word, at + 2)
    return frozenset(out)


def _rows_under(tr: str, pos: int) -> list[int]:
    """The rows of :func:`_spaced_rows` after the header line ending at ``pos``."""
    rows: list[int] = []
    last, between = 0, 0
    while pos >= 0 and between <= _ROW_WRAP_LINES:
        start = pos + 1
        pos = tr.find("\n", start)
        m = _SPACED_ROW.match(tr, start, len(tr) if pos < 0 else pos)
        if m is not None and (int(m.group(1)) == 1 if not rows else last < int(m.group(1)) <= last + MAX_SKIPPED):
            rows.append(m.start(1))
            last, between = int(m.group(1)), 0
        elif not rows:
            break
        else:
            between += 1
    return rows



def _joins(prev: str, nxt: str, blank: bool = False, top: bool = False, lay: Layout = _PLAIN,
           indent: bool = False) -> bool:
    """Whether a line break between two physical lines falls inside a sentence (page break, wrap).

    Called for every line break that does not follow a full stop. Past the split number
    and the full stop, every test says "not joined", so their order does not change the
    answer: the cheap ones that decide most breaks (short lines) come first, and tests on
    the line's last character or on substrings come before the patterns they imply (a
    number line ends in 号, a date line in 日, a title holds 关于/印发/转发).
    ``blank``: a blank line lies between them; ``top``: ``prev`` is the text's first line, or the first under a
    lead announcing the text the page prints (:func:`_under_announcement`);
    ``lay``: how the text was printed (:func:`layout`): a text that prints its digit runs on lines of
    their own joins them to the sentence, and a hard-wrapped text joins a full line to the next
    unless the next opens a paragraph of its own (``indent``: the next line is indented); the other
    breaks are judged as in any text.
    """
    p, n = prev.strip(), nxt.strip()
    if not p or not n or p == n:
        return False  # (a heading printed twice, a page's title over the text's own: two lines, never one wrapped)
    last, first = p[-1], n[0]  # (read by most tests below)
    if (last in _DIGITS or first in _DIGITS) and _splits_a_number(p, n):
        return True
    if _ends_as_issuer(p) and (" " in p or "\u3000" in p) and _issuer_row(p) \
            and (_issuer_row(n) or (first in _DATE_FIRST and _DATE_LINE.match(n) is not None)):
        return False  # a joint notice's signers printed several a line (教育部 某委 某部 / 财政部 …): no wrap
    if lay is not _PLAIN:
        if lay.digits and not blank and (joined := _digits_join(p, n)) is not None:
            return joined
        if lay.width and not blank and _full(p, lay.width) and (joined := _wrap_joins(p, n, lay.width, indent)) is not None:
            return joined
    if last in _TERMINAL:
        return False
    if last in _FIGURE_ITEM_LAST and _figure_items(p, n):
        return False  # 到2025年实现以下目标：⏎健康素养水平达到25%以上⏎卫生厕所普及率稳定在90%以上: one target a line
    if (last in "%‰" or (last in _DIGITS and first not in _AFTER_FIGURE)) and first not in _RUN_ON_FIRST \
            and ("：" in p or ":" in p) \
            and _LABEL_FIGURE_END.search(p) is not None and not _open_bracket(p):
        return False  # a label and its figure (缴存比例下限：5%): a line of its own, the next line another
    if last in _DIGITS and (dated := _DASHED_DATE_END.search(p, max(0, len(p) - _DASHED_DATE_MAX))) is not None \
            and "\u4e00" <= p[: dated.start()].rstrip()[-1:] <= "\u9fff":
        return False  # 某县人民政府办公室 2016-4-13: a masthead or a signature, its date written with dashes
    if (last in _LINK_LAST and _LINK_LINE.search(p)) or (n[-1] in _LINK_LAST and _LINK_LINE.search(n)):
        return False  # a listing's entry cut short (…委托用地审 ...) or a file's name (…的通知.pdf): a link of its own
    if n[-1] in "）)" and _PAGE_MARK.search(n):
        return False  # a page's title and the part of the text it prints (…实施方案（第2/2页）): a heading of its own
    if len(p) < 16 and not _SENTENCE_PUNCT.search(p):
        return False  # a short standalone line: heading, name, signature
    if ("：" in p[:_CONTACT_LEAD] or ":" in p[:_CONTACT_LEAD]) and _CONTACT_FIELD.match(p):
        return False  # a contact block's field (地址：某县某路8号某局, 联系电话：…): a line of its own, the next another
    if len(p) < 16 and "、" in p and _unit_cell(p):
        return False  # a table's unit cell on its line (区交通局、各街道), then the next cell
    if len(n) < 16 and not _NEXT_LINE_PUNCT.search(n):
        return False  # the next line stands alone: a masthead, a name
    if _LINE_OPENS.match(n) or (first in "[［【" and _BRACKETED_LABEL.match(n)):
        return False  # a numbered heading, a number or date line, a label, a byline
    if "字体" in n[:6] or "字體" in n[:6]:
        return False  # a page's font-size buttons (放大字体 缩小字体, 【字体：大 中 小】) open its byline, no part of the title
    if last == "表" and "|" not in p and "｜" not in p and n.count("|") + n.count("｜") >= 2:
        return False  # a table's title (…各县（市、区）碳强度下降目标分解表), then its header row: two lines
    if first == "表" and _TABLE_CAPTION.match(n):
        return False  # a table's caption (表1：“十三五”期间主要指标) opens a line of its own
    if first in OPEN_BRACKET_CHARS and _year_first_line(n):
        return False  # an older number printed year first, in its brackets or not: （（78）某字412号）
    if (p[:2] in TABLE_HEADER_FIRST and p[2:3].isspace()) or (n[:2] in TABLE_HEADER_FIRST and n[2:3].isspace()):
        return False  # a table's header line, its column names apart (序号 目标任务 责任单位 推进情况)
    if first == "（" and _COUNT_NOTE.fullmatch(n):
        return False  # a note counting the document's items under its title (（共118项）): no part of it
    if ("|" in p or "｜" in p) and _pipe_rows(p, n):
        return False  # two rows of a table whose rows print no pipe at their ends
    if p[0] in _DIGITS and _BYLINE.match(p):
        return False  # a byline stands alone
    if "：" in p[2:8] and byline_line(p):
        return False  # so does one opening with a label of no key (时间：2022-11-27 09：17：08来源：某网)
    if p.startswith(_BREADCRUMB_OPENERS) or ("位置" in p[:8] and _BREADCRUMB.match(p)) \
            or (("首页" in p[:_CRUMB_LEAD] or "首頁" in p[:_CRUMB_LEAD]) and _CRUMB_HOME.search(p, 0, _CRUMB_LEAD + 3)):
        # a page's breadcrumb trail (首页 -> 专题 -> …, 您当前所在位置：首页>…), perhaps after its icon's file name
        # (ico-crumb.png 首页 > 某栏目 > …), stands alone
        return False
    if (">" in p or "»" in p) and _CRUMB_TRAIL.fullmatch(p):
        return False  # a trail naming no home page (某促进会 > 生态聚焦 > 热门话题): its steps, short words apart by marks
    if last in "站网户" and SITE_NAME_AFTER.search(p):
        return False  # a page's own title, the site's name after it (…暂行办法-部门规章-某某网-某某门户)
    if last in "站户库" and site_name_after_title(p) is not None:
        return False  # the same, the site's name after a space (…的批复 中华文库)
    if blank and len(p) <= 60 and TITLE_END.search(p) and not _TITLE_PUNCT.search(p):
        return False  # a title standing alone over a blank line, then the body
    if blank and len(p) <= _HEADING_MAX and not _SENTENCE_PUNCT.search(p):
        return False  # a heading standing alone over a blank line (2024年工作总体要求和目标任务)
    if (last in "号號" and (_DOCNUM_LINE.fullmatch(p) or _MASTHEAD.search(p))) or (last == "日" and _DATE_LINE.search(p)):
        return False
    if last == "件" and _MASTHEAD.search(p):
        return False  # a red-header masthead (某某县人民政府文件), alone or over its number
    if _MARKER.match(p) and len(p) < 40 and not _HEADING_STOP.search(p):
        return False  # a numbered heading
    if p.endswith(_ORG_ENDS) and not _SENTENCE_PUNCT.search(p) \
            and (n.endswith(_ORG_ENDS) or _DATE_LINE.match(n)) and not _SENTENCE_PUNCT.search(n):
        return False  # a signature block: issuing bodies line by line
    if first in "（(" and n[-1] in "）)" and n[-3:-1] in _ADOPTED and len(n) <= 80:
        return False  # a decision's or a regulation's adoption note under its title (（2023年…会议通过）)
    if _maybe_title(p) and _TITLE_LINE.match(p) and not _SENTENCE_PUNCT.search(p) and not n.startswith(("（", "(")):
        return False  # a document title, then the addressees or the body
    if _maybe_title(n) and _TITLE_LINE.match(n):
        return False  # a document title on its own line
    if "关于" in n and len(n) <= 60 and not _maybe_title(p) and not _SENTENCE_PUNCT.search(p) \
            and not _SENTENCE_PUNCT.search(n) and "《" not in p and _ISSUERS_THEN_ABOUT.match(n):
        return False  # a title's first line (某部 某部关于进一步完善), its issuers first, under a line of the page's own
    if n[-1] in "：:" and last in _TITLE_LAST and len(p) <= 60 and _TITLE_TAIL_LINE.search(p) \
            and not _TITLE_PUNCT.search(p) and ("各" in n or "部门" in n or "单位" in n or "人民政府" in n):
        return False  # a title's last line (…应急预案的通知, its 关于 on the line above), then its addressees
    if n[-1] in "：:" and first in _ADDRESSEE_FIRST and len(n) <= _ADDRESSEE_MAX and not _HEADLINE_STOP.search(p) \
            and n.startswith(ADDRESSEE_OPENERS) and not _ADDRESSEE_STOP.search(n):
        # a headline (…标准公布！最低40700元/亩: no clause of a sentence in it), then the addressees of the text
        # under it (各镇人民政府，…：): the notice's head, two lines
        return False
    if (_LABEL_FIRST.match(n) and is_metadata_line(n)) or (_LABEL_FIRST.match(p) and is_metadata_line(p)):
        return False  # a portal's metadata line (labels without colons, glued to their values)
    if n.startswith(p) and (not _CLAUSE_MARKS.search(n) or len(p) >= _COPY_MIN and TITLE_END.search(p)):
        # a page's title cut short, then the title itself (no clause of a body): the copy stands alone; a title,
        # then the body's first sentence opening with it again (某县…标准 / 某县…标准已于…经批准): never one sentence
        return False
    if len(n) >= _COPY_MIN and n[:2] in p and (p.endswith(n) or p.startswith(n, chapter_end(p))) \
            and not _CLAUSE_MARKS.search(n):
        return False  # a title (behind a site's 第一篇：), then its copy wrapped or whole: the copy stands alone
    if n[:2] in ("19", "20") and ((summary := p.endswith(REPORT_HEAD_ENDS)) or last in _TITLE_LAST) and len(p) <= 60 \
            and _YEAR_FIRST.match(n) and (summary or TITLE_END.search(p)) and not _TITLE_PUNCT.search(p):
        # a title without 关于 (某县2023年度考核实施办法; a summary's: 2016年某市卫生工作总结, 2023年某镇工作总结及2024年
        # 工作思路), then the body opening with a year
        return False
    if _ends_as_issuer(n) and (last in _TITLE_LAST or _ends_as_issuer(p)) and _bodies_row(n) \
            and (_bodies_row(p) or len(p) <= 60 and TITLE_END.search(p) and not _TITLE_PUNCT.search(p)):
        # a plan's title, then the bodies issuing it a row under it, apart by marks (某市…实施方案 / 市教育局？市民政局 /
        # 市财政局？…; the ？ a · the copy lost): the title stands alone, each row too
        return False
    if first in "为根依按" and _ends_as_issuer(p) and _BODY_OPENING.match(n) and _bodies_row(p):
        return False  # the bodies' last row, then the body's opening
    if top and first in "为根依按本" and last in _TITLE_LAST and len(p) <= 60 \
            and (_BODY_OPENING.match(n) or first == "本" and _SELF_OPENING.match(n)) \
            and TITLE_END.search(p) and not _TITLE_PUNCT.search(p, chapter_end(p)):
        # the page's first line a title without 关于 (某市…扶持奖励办法; a sharing site's 第一篇：before it), then
        # the body's opening (本报告根据…: a report naming itself)
        return False
    if last in "读上" and (core := page_title_core(p)) != p and len(core) <= 60 and TITLE_END.search(core) \
            and not _TITLE_PUNCT.search(core):
        return False  # a title the page wraps (【解读】…的报告解读, …的报告——在某会议上), then the body
    if first in "为根依按" and last in "告令" and len(p) <= 60 and _BODY_OPENING.match(n) \
            and _NOTICE_END.search(p) and not _TITLE_PUNCT.search(p):
        # a public notice's heading without 关于 (某区某某指挥部9号通告), then its body's opening (为了…, 根据…);
        # (a plan's title over its opening is most often the annex a notice issues, and stays joined)
        return False
    return True


#: The last characters of a line that a figure closes (达到25%以上, 达标率100%, 建成300个).
_FIGURE_ITEM_LAST = frozenset("0123456789%‰上下内右个项所家座条处")
#: A figure closing a line, with any unit of a share or a count and any bound after it.
_FIGURE_ITEM_END = re.compile(r"[0-9](?:[%‰]|[个项所家座条处])?(?:及?以[上下内]|左右)?$")
#: The longest line read as one item of a list of figures; a line wrapped in a paragraph runs longer.
_FIGURE_ITEM_MAX = 40


def _figure_items(p: str, n: str) -> bool:
    """Whether two lines are items of a list of figures, one a line without end punctuation (城乡居民健康素养
    水平达到25%以上⏎农村卫生厕所普及率稳定在90%以上): each short, with no clause mark, the first closed by a
    figure, the second holding one and opening with a word (not a bound, a unit or 的 that runs on)."""
    if len(p) > _FIGURE_ITEM_MAX or len(n) > _FIGURE_ITEM_MAX or not "\u4e00" <= n[0] <= "\u9fff" \
            or n[0] in _RUN_ON_FIRST or n[0] == "的" or p[-1] in _DIGITS and n[0] in _AFTER_FIGURE:
        return False
    if _CLAUSE_MARKS.search(p) or _CLAUSE_MARKS.search(n) or _ANY_DIGIT_RUN.search(n) is None:
        return False
    return _FIGURE_ITEM_END.search(p) is not None and "\u4e00" <= p[0] <= "\u9fff"


#: A line ending in a label's colon and one figure (…缴存比例上限：12%, 贷款最高额度：80): the value is whole.
_LABEL_FIGURE_END = re.compile(r"[\u4e00-\u9fff）)][:：]\s*\d+(?:\.\d+)?\s*[%‰]?$")
#: What opens a line that runs on from the line before it (a comma, a bound after a figure); after a bare
#: figure, its unit too (贷款期限：30⏎年: :data:`_AFTER_FIGURE`).
_RUN_ON_FIRST = frozenset("，,、。；;：:）)%‰以及至到—-~～")


def chapter_end(line: str) -> int:
    """Where the title starts after a document-sharing page's ``第一篇：`` (the page's n-th piece), or 0."""
    return m.end() if line[:1] == "第" and (m := _SHARE_CHAPTER.match(line)) else 0


#: A document-sharing page's count of the pieces it holds, before a piece's title (第一篇：, 第2篇:).
_SHARE_CHAPTER = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇[：:]\s*")
#: How long a line must be to read as the copy of the title line above it, whole or its first part (shorter,
#: two lines may merely share a word).
_COPY_MIN = 8


def _open_bracket(p: str) -> bool:
    """Whether ``p`` leaves a bracket open (its last opening bracket stands after its last closing one)."""
    return max(p.rfind("（"), p.rfind("(")) > max(p.rfind("）"), p.rfind(")"))


#: The act an adoption or promulgation note in brackets ends with, under a title.
_ADOPTED = frozenset({"通过", "批准", "公布", "发布"})


#: A pipe row's first cell when it is the row's serial (``3 | 推进…``).
_SERIAL_CELL = re.compile(r"\d{1,3}\s*[|｜]")


def _pipe_rows(p: str, n: str) -> bool:
    """Whether two lines are rows of a pipe table written without pipes at the rows' ends.

    ``序号 | 任务 | 责任单位`` then ``1 | 推进… | 区财政局``: the next line opens with a serial
    cell, or holds as many pipes as the line before. A row whose cell runs onto the next line
    parts its pipes between the two lines, or opens with a pipe (``| 1 | 推进…，``) and is
    joined as before.
    """
    if p[0] in "|｜":
        return False
    pipes = p.count("|") + p.count("｜")
    if pipes < 2:
        return False
    return _SERIAL_CELL.match(n) is not None or n.count("|") + n.count("｜") == pipes


_CELL_STOP = re.compile(r"[，。；,;：:]")


# The last characters of a body's name (局, 委, 街道, 政府…): the cheap test before the names are read.
_NAME_LAST = frozenset(NAME_LAST_CHARS)


def _unit_cell(line: str) -> bool:
    """Whether a short line is a list of agencies and nothing else (a task table's unit cell)."""
    cell = line.rstrip(" |｜")
    if not cell or cell[-1] not in _NAME_LAST or _CELL_STOP.search(cell):
        return False
    return all(is_agency_name(x) for x in cell.split("、"))


#: A red-header masthead: a body's name and 文件, alone or then its number (``某县人民政府文件 某府发[2001]15号``).
_MASTHEAD = re.compile(
    r"(?:人民政府|委员会|办公室|办公厅|[局厅委部])文件(?:$|\s+\S{1,14}?\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*[号號]$)"
)
_NEXT_LINE_PUNCT = re.compile(r"[，。；、：,;:）)]")
#: How a portal's breadcrumb trail opens.
_BREADCRUMB_OPENERS = ("首页", "首頁", "当前位置", "您的位置", "您当前的位置", "您现在的位置", "所在位置")
#: The same trail, its 位置 after other words of where the reader is (您当前所在位置：, 您现在所在的位置：).
_BREADCRUMB = re.compile(r"[您当前現现在所的]{1,7}位置\s*[:：]")
#: A trail's first step after the home page (首页 >, 首页 », 首页 / 政务公开), within its line's first characters.
_CRUMB_HOME = re.compile(r"首[页頁]\s*(?:[>»›＞/／]|->)")
_CRUMB_LEAD = 24
#: How an addressee line opens (各镇人民政府，…：, 有关单位：), and a collective inside one (市政府各委、办、局);
#: their first characters; an addressee line's longest.
ADDRESSEE_OPENERS = ("各", "有关", "相关")
_ADDRESSEE_FIRST = frozenset(word[0] for word in ADDRESSEE_OPENERS)
_ADDRESSEE_MAX = 120
#: What a line that runs on into the next holds: a clause's mark (a headline holds none but ！/？).
_HEADLINE_STOP = re.compile(r"[，,；;：:。、]")
_ADDRESSEE_STOP = re.compile(r"[。；;]")
#: A trail of three steps or more, each a few words, apart by ``>``/``»`` (某促进会 > 生态聚焦 > 热门话题).
_CRUMB_TRAIL = re.compile(r"[^>»。；，：！？]{2,16}(?:\s*[>»]\s*[^>»。；，：！？]{2,16}){2,}")
_HEADING_STOP = re.compile(r"[。；;]")
#: What a line that starts afresh opens with: a numbered heading, a number line, a date line, a label.
#: A page's byline: the date and time it was posted in figures (``2025/3/10 16:02:59 某某委 人气:663``).
_BYLINE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)")
_LINE_OPENS = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_MARKER, _DOCNUM_LINE, _DATE_LINE, _LABEL_LINE, _BYLINE))
)
#: A contact block's field, its label then a colon (地址：, 联系电话：, 电子邮箱：): a notice of consultation or a page's
#: footer prints it over or under the text; its value (an address ending in a body's name) never runs on.
_CONTACT_FIELD = re.compile(r"(?:联系|通讯|通信|办公)?(?:地址|电话|传真|邮编|邮箱|电子邮箱|联系人)\s*[:：]")
_CONTACT_LEAD = 8
#: A table's caption, its number then a colon or a space: 表1：主要指标, 表 2 重点项目, 表一：….
_TABLE_CAPTION = re.compile(r"表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[：:\s]")
#: A site's byline opening with a label in brackets (``[日期:2009-02-05] 来源:某某网 作者:``).
_BRACKETED_LABEL = re.compile(r"[\[［【]\s*[\u4e00-\u9fff]{2,4}\s*[:：]")


_PIPES = "|｜"
_ITEM_SEP = re.compile(r"[、\s]+")


def _names_apart(tr: str, a: int, b: int) -> bool:
    """Whether the spaces ``tr[a:b]`` part two bodies' names in a pipe table's cell.

    A portal's table prints the units of one cell apart by spaces (``| 县教体局 各相关乡镇政府 |``);
    the cell must hold nothing but names, each a body's (a person's name in a 责任领导 cell, or
    words of a task, are not).
    """
    line_start = tr.rfind("\n", 0, a) + 1
    left = max(tr.rfind(c, line_start, a) for c in _PIPES)
    if left < 0:
        return False
    line_end = tr.find("\n", b)
    if line_end < 0:
        line_end = len(tr)
    rights = [i for i in (tr.find(c, b, line_end) for c in _PIPES) if i >= 0]
    cell = tr[left + 1 : min(rights) if rights else line_end]
    items = [x for x in _ITEM_SEP.split(cell) if x]
    return len(items) >= 2 and all(is_agency_name(x) for x in items)


#: How the names of bodies outside the government's departments that sign beside them end: banks and their
#: branches (人民银行, 某支行), and the people's organisations (全国工商联, 妇联, 科协). The one list read by the
#: signer-line test of :mod:`split` and by the issuer tests here.
SIGNER_ENDINGS = ("银行", "分行", "支行", "工商联", "妇联", "残联", "侨联", "文联", "科协")
#: The last character of a government body's name (部, 委, 局, 人民政府, 委员会 …): the cheap test before
#: :func:`_issuers_apart`.
_ISSUER_LAST = frozenset("部委局署府厅室办会")
#: The last character, then the last two, of one of :data:`SIGNER_ENDINGS` (行 alone ends 进行, 执行, 实行: the
#: two characters are tested only after it).
_SIGNER_LAST = frozenset(e[-1] for e in SIGNER_ENDINGS)
_SIGNER_TAILS = frozenset(e[-2:] for e in SIGNER_ENDINGS)


def _ends_as_issuer(name: str) -> bool:
    """Whether a name ends as an issuing body's does (:data:`_ISSUER_LAST`, :data:`SIGNER_ENDINGS`)."""
    last = name[-1:]
    return last in _ISSUER_LAST or (last in _SIGNER_LAST and name[-2:] in _SIGNER_TAILS)


#: How long a line of issuers side by side may be (its indent and spaces left out).
_ISSUERS_LINE_MAX = 48
#: How long such a line may be as printed: a signature's indent and the spaces before its date
#: may run to hundreds of characters; a line longer than this is a paragraph, never read.
_ISSUERS_RAW_MAX = 600
#: The first character of a date (2022年…, 二〇二二年…).
_DATE_FIRST = _DIGITS | frozenset("〇○零一二")


#: What parts the bodies of a row of issuers under a title: spaces, a middle dot, or the ？ a copy put for a mark it lost.
_BODIES_APART = re.compile(r"[\s\u3000·・？?]+")


def _bodies_row(line: str) -> bool:
    """Whether a line holds two or more issuing bodies' names and nothing else, apart by spaces or marks."""
    items = _BODIES_APART.split(line.strip())
    return len(items) >= 2 and sum(map(len, items)) <= _ISSUERS_LINE_MAX \
        and all(_ends_as_issuer(x) and is_agency_name(x) for x in items)


def _issuer_row(line: str) -> bool:
    """Whether a line holds nothing but issuing bodies' names apart by spaces."""
    items = line.split()
    return bool(items) and sum(map(len, items)) + len(items) - 1 <= _ISSUERS_LINE_MAX \
        and all(_ends_as_issuer(x) and is_agency_name(x) for x in items)


def _signers_then_date(line: str) -> bool:
    """Whether a line prints two or more issuers' names apart by spaces, then the date: a joint
    notice's signature on one line (``某市交通运输局  某市公安局   2022年4月25日``)."""
    items = line.split()
    k = next((i for i, x in enumerate(items) if x[0] in _DATE_FIRST), len(items))
    return 2 <= k < len(items) and _DATE_LINE.match("".join(items[k:])) is not None \
        and _issuer_row(" ".join(items[:k]))


def _issuers_apart(tr: str, a: int, b: int) -> bool:
    """Whether the spaces ``tr[a:b]`` part two issuers a signature block or a header prints side
    by side, or the last of them from the date after them.

    A joint notice signs two bodies a line (``生态环境部 发展改革委`` / ``工业和信息化部 公安部`` / …
    then the date): the line and each line under it up to the date hold nothing but bodies' names;
    or all its bodies and the date on one line (``某市交通运输局  某市公安局   2022年4月25日``). A
    header prints them on one line over the title (``财政部 国家发展和改革委员会`` / ``关于…的通知``).
    Each name then stands on a line of its own, as the readers of signatures and headers expect.
    """
    line_start = tr.rfind("\n", 0, a) + 1
    line_end = tr.find("\n", b)
    if line_end < 0 or line_end - line_start > _ISSUERS_RAW_MAX:
        return False
    first = without_readings(tr[line_start:line_end])  # (市场(chǎng)监管总局: a glossed mirror's name)
    if _DATE_LINE.search(first):
        return _signers_then_date(first)
    if not _issuer_row(first):
        return False
    pos = line_end + 1
    for _ in range(12):
        line, pos = _next_text_line(tr, pos)
        if not line:
            return False
        line = without_readings(line)
        if line[0] in _DATE_FIRST:
            return _DATE_LINE.match(line) is not None
        if _maybe_title(line) and _TITLE_LINE.match(line):
            return True  # the issuers' names over the title they issue
        if not _issuer_row(line):
            return False
    return False


def _next_text_line(tr: str, pos: int) -> tuple[str, int]:
    """The next non-blank line from ``pos`` (stripped), and where the line after it starts."""
    while pos < len(tr):
        end = tr.find("\n", pos)
        if end < 0:
            end = len(tr)
        line = tr[pos:end].strip()
        if line:
            return line, end + 1
        pos = end + 1
    return "", len(tr)


#: A title's first line opening with its issuers' names, wrapped before its type word (国家某某委 某某部关于进一步完善).
_ISSUERS_THEN_ABOUT = re.compile(
    r"[\u4e00-\u9fff（） \u3000]{1,40}?(?:政府|委员会|办公厅|办公室|委|部|局|厅|署|院|会)[ \u3000]*关于"
)


#: The occasion a report or a speech was given at, after its title and a dash: ``——2023年4月在某市人大常委会第
#: 十七次会议上``, ``——在全市工作会议上``.
OCCASION_AFTER = re.compile(
    r"\s*(?:——|—|--)\s*(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)?\s*在[^—。；]{2,40}?(?:会议|大会|会)上$")


def page_title_core(line: str) -> str:
    """A title line without what a page wraps it in, when the rest ends in a document type: a column's tag in
    【】 before it and 解读 after it (``【解读】关于…的报告解读``: a page reading the text out), the occasion a
    report was given at after a dash (``…的报告——2023年4月在某市人大常委会第十七次会议上``). Else the line.
    A reading page's title quoting the text (``《…办法》政策解读``) or naming its reading by kind (``…工作方案政策解读``,
    ``…文件解读``: 政策 and 文件 no part of the text's name) is its own, and kept whole."""
    t = line
    if t[-2:] == "解读" and "》" not in t and t[-4:-2] not in _READING_KINDS and TITLE_END.search(t, 0, len(t) - 2):
        t = t[:-2]
        if t[:1] == "【" and 0 < (k := t.find("】")) <= _TAG_MAX:
            t = t[k + 1:]
    elif t[-1:] == "上" and "—" in t and (occasion := OCCASION_AFTER.search(t)) and TITLE_END.search(t, 0, occasion.start()):
        t = t[:occasion.start()]
    return t


#: The kinds a reading page names its reading by before 解读 (政策解读, 文件解读).
_READING_KINDS = ("政策", "文件")
#: The words a title of a report of the work done and to come ends with, no document type of its own (…工作总结,
#: …下半年工作打算, …工作总结及2024年工作思路).
REPORT_HEAD_ENDS = ("总结", "打算", "思路")
#: The longest column tag in 【】 before a title (【解读】, 【政策解读】).
_TAG_MAX = 12


def _maybe_title(line: str) -> bool:
    """Whether ``line`` holds a word every :data:`_TITLE_LINE` match holds."""
    return "关于" in line or "印发" in line or "转发" in line


# ---------------------------------------------------------------------------
# The normalised view


@dataclass(frozen=True, slots=True)
class TextMap:
    """A normalised text and the map from its indices back to the raw text.

    Attributes:
        raw: the text as read.
        text: the normalised text.
        norm_starts: sorted starts of the chunks in ``text``.
        raw_starts: where each chunk starts in ``raw``.
    """

    raw: str
    text: str
    norm_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]

    def raw_index(self, i: int) -> int:
        """The raw index of normalised character ``i``."""
        if i <= 0:
            return self.raw_starts[0] + i if self.norm_starts else i
        k = bisect_right(self.norm_starts, i) - 1
        return self.raw_starts[k] + (i - self.norm_starts[k])

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the normalised span ``text[start:end]``; the raw span covers any whitespace removed inside."""
        if end <= start or start <= 0:
            if end <= start:
                r = self.raw_index(start) if start < len(self.text) else len(self.raw)
                return r, r
            return self.raw_index(start), self.raw_index(end - 1) + 1
        # Called for every record: the two look-ups inlined.
        ns, rs = self.norm_starts, self.raw_starts
        k = bisect_right(ns, start) - 1
        last = end - 1
        j = k if k + 1 >= len(ns) or ns[k + 1] > last else bisect_right(ns, last, k) - 1
        return rs[k] + start - ns[k], rs[j] + last - ns[j] + 1


# A run of spaces (with the line breaks in it), or a reading in pinyin that some mirrors print
# after a character (號(hào), 機(jī)構(gòu), 會(huì )), dropped like a space: it has a tone mark, and it follows
# a Han character. The pattern opens with one character class, its first character, so that
# the scan skips to candidates; the look-behinds then tell which kind of run it opens.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: An inline formatting tag left inside a text page (拉萨市</font></span>人民政府, 国务院令第<\/font>711号, the
#: escaped form of a CMS's JSON answer): it stands inside words and numbers, and goes as nothing.
_INLINE_TAG = r"(?<=<)\\?/?(?:font|span|strong|b|em|i|u|sup|sub|a)(?:\s[^<>\n]{0,200})?>"
#: The decorative glyphs a page sows against copying, in runs glued anywhere, a label's word included
#: (``（责任单位◆★◆■★■：省发展改革委）``, ``…先导区◆★★■，``, ``文旅■■、``): a run of two and more goes, as a
#: space does. A single one stays (``★区财政局`` marks a lead, ``●`` a list item), and so does a run of one of
#: :data:`_TEXT_GLYPHS` alone (``★★★级景区`` rates, ``□□县`` stands for characters a page lost).
_GLYPHS = "■◆★▲●□◇☆◎▼"
_TEXT_GLYPHS = "★☆□"
_GLYPH_RUN = rf"(?<=[{_GLYPHS}])[{_GLYPHS}]+"
#: A toned reading printed twice (月(yuè)(yuè)): the second, right after the first's closing bracket.
_TONED_AGAIN = rf"(?<=[a-zü{_TONED}][)）][(（])(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]"
#: A mirror's note on a character's traditional form or reading, in brackets after it (公办(繁体:辦)幼儿园,
#: 中小学(繁:學)学位, 公办《繁体:辦》, 入园[繁体:園]难, 其中{拼音:zhōng}): it goes as a reading does, and cuts no clause.
_NOTE_OPENERS = "(（《[［{【"
_CONVERSION_NOTE = (r"(?<=[\u4e00-\u9fff][(（《\[［{【])(?:繁[体體]?|拼音)[:：][^()（）《》\[\]［］{}【】\n]{1,8}"
                    r"[)）》\]］}】]")
_WS_RUN = re.compile(
    r"[ \t\u3000\xa0\n(（《\[［{【<](?:(?<=[ \t\u3000\xa0])(?:[ \t\u3000\xa0]*\n\s*|[ \t\u3000\xa0]*)|(?<=\n)\s*"
    rf"|(?<=[\u4e00-\u9fff][(（])(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]|{_TONED_AGAIN}|{_CONVERSION_NOTE}"
    rf"|{_INLINE_TAG})"
)
#: :data:`_WS_RUN` as one pattern for each character a run opens with, each led by that literal character: a
#: scan led by a class tests every character of the text, one led by a literal skips to the next candidate
#: several times faster (:func:`_ws_runs`).
_WS_RUN_LEADS = tuple((c, re.compile(re.escape(c) + body)) for c, body in (
    *((c, r"(?:[ \t\u3000\xa0]*\n\s*|[ \t\u3000\xa0]*)") for c in " \t\u3000\xa0"),
    ("\n", r"\s*"),
    *((c, rf"(?:(?<=[\u4e00-\u9fff][(（])(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]|{_TONED_AGAIN}"
          rf"|{_CONVERSION_NOTE})") for c in "(（"),
    *((c, _CONVERSION_NOTE) for c in "《[［{【"),
    ("<", _INLINE_TAG),
))
#: The same scan for a mirror that glosses characters with readings without tone marks (生(sheng)
#: 态(tai)): any run of letters in brackets after a Han character is a candidate, and only a
#: syllable of Mandarin (:data:`_SYLLABLES`) is dropped; a character glossed twice too (區(qu)(qu)).
_WS_RUN_GLOSSED = re.compile(
    r"[ \t\u3000\xa0\n(（《\[［{【<](?:(?<=[ \t\u3000\xa0])(?:[ \t\u3000\xa0]*\n\s*|[ \t\u3000\xa0]*)|(?<=\n)\s*"
    rf"|(?<=[\u4e00-\u9fff][(（])[a-zü{_TONED}]{{1,7}}[)）]|(?<=[a-zü][)）][(（])[a-zü{_TONED}]{{1,7}}[)）]"
    rf"|{_CONVERSION_NOTE}|{_INLINE_TAG})"
)


def _ws_runs(tr: str, pos: int) -> list[tuple[int, int]]:
    """The spans of :data:`_WS_RUN`'s matches in ``tr[pos:]``, found by the scans of :data:`_WS_RUN_LEADS`, in order.

    Each scan's matches are the ones the single scan finds, and more: a run the single scan takes whole may
    hold the start of another character's (a break inside a run of spaces, a space inside a reading's
    brackets), which ends where the run does or before. The reader skips a span that starts before the end
    of the last span it read, as the single scan would have: it must read every span it does not skip.
    """
    found: list[tuple[int, int]] = []
    for c, scan in _WS_RUN_LEADS:
        if c in tr:
            found += [m.span() for m in scan.finditer(tr, pos)]
    found.sort()
    return found


@lru_cache(maxsize=2)
def _with_glyph_runs(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (:data:`_WS_RUN` or :data:`_WS_RUN_GLOSSED`) that also finds the runs of :data:`_GLYPHS`: the scan
    for the few texts that hold a glyph (the wider first character slows the scan of every other text)."""
    body = pattern.pattern
    first_end = body.index("]")
    return re.compile(f"{body[:first_end]}{_GLYPHS}{body[first_end:-1]}|{_GLYPH_RUN})")
#: The syllables of Mandarin in pinyin without tones, those of one vowel (a, e, o: list letters) left out.
_SYLLABLES = frozenset("""
ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun
luo lv lve lü lüe ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao
ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nü nüe ou pa pai pan pang pao pei
pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian
xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai
zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan
zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())
#: A reading in brackets (a search led by the literal opening bracket).
_GLOSS = re.compile(r"（([a-zü]{1,7})）")
#: A reading in brackets after a Han character, with or without tones.
_READING = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（][a-zü{_TONED}]{{1,7}} ?[)）]){{1,2}}")  # (月(yuè)(yuè): printed twice)
#: How many toneless readings after Han characters make a text a glossed mirror's.
_GLOSSES = 3


#: The end of a page's lead announcing the text it prints below (详情如下：, 全文如下：).
_ANNOUNCING_END = ("如下：", "如下:")
_ANNOUNCING_REACH = 8


def _under_announcement(tr: str, a: int) -> bool:
    """Whether the line a break at ``a`` ends stands right under a lead announcing the text printed below
    (…共计投资43.16亿元。详情如下：): the text's first line, as a page's first line is."""
    ps = tr.rfind("\n", 0, a) + 1
    return ps > 0 and tr[max(0, ps - _ANNOUNCING_REACH) : ps].rstrip().endswith(_ANNOUNCING_END)


def _lines_around(tr: str, a: int, b: int, ungloss: Callable[[str, str], str] | None,
                  spaced: bool = False) -> tuple[str, str]:
    """The line a break run ``tr[a:b]`` ends and the line it starts, without their readings when
    ``ungloss`` strips them (a glossed page), without the spacing of a letter-spaced text."""
    prev_line, next_line = tr[tr.rfind("\n", 0, a) + 1: a], _line_from(tr, b)
    if spaced:
        prev_line, next_line = _SINGLE_SPACE.sub("", prev_line), _SINGLE_SPACE.sub("", next_line)
    if ungloss is None:
        return prev_line, next_line
    return ungloss("", prev_line), ungloss("", next_line)


def _split_figure(tr: str, a: int) -> bool:
    """Whether the space at ``a`` splits one figure: one to three digits glued to the text before
    them (a Han character), one to three glued to a Han character, %, or a range mark after them."""
    i = a
    while i > 0 and tr[i - 1] in _DIGITS:
        i -= 1
    j = a + 1
    while j < len(tr) and tr[j] in _DIGITS:
        j += 1
    return (0 < a - i <= 3 and i > 0 and "\u4e00" <= tr[i - 1] <= "\u9fff" and 0 < j - a - 1 <= 3
            and j < len(tr) and ("\u4e00" <= tr[j] <= "\u9fff" or tr[j] in "%‰—-~"))


def without_readings(text: str) -> str:
    """``text`` (translated) without the readings a mirror prints after its characters (``关（guān）于``):
    a raw stretch read again as the normalised text reads it, its spaces kept."""
    return _READING.sub("", text) if "（" in text or "(" in text else text


def _toned_reading(tr: str) -> bool:
    """Whether ``tr`` holds a reading with a tone mark after a character (``關(guān)``); a test of the tone
    marks first, which few texts hold."""
    if not any(c in tr for c in _TONED):
        return False
    m = _TONED_LETTER.search(tr)
    return m is not None and _READING.search(tr) is not None


def _glossed(tr: str) -> bool:
    """Whether a text glosses its characters with toneless readings (``印发2024年(nian)``, ``生(sheng)``).

    A bracket of letters after a Han character may be a unit (``(km)``, ``(ha)``); only a text
    holding several that are Mandarin syllables is read as a mirror's glossed copy.
    """
    found = 0
    for m in _GLOSS.finditer(tr):  # (the text is translated: its brackets are full-width)
        i = m.start()
        if i and "\u4e00" <= tr[i - 1] <= "\u9fff" and m.group(1) in _SYLLABLES:
            found += 1
            if found >= _GLOSSES:
                return True
    return False


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TONED_LETTER = re.compile(f"[{_TONED}]")


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start: end if end >= 0 else len(text)]


#: A line this long is a body written on one line (CMS exports, portal pages copied as text).
ONE_LINE_BODY = 80
#: A numbered heading's words alone from its line's start (一、总体情况, （二）2023年工作回顾): short, no punctuation.
_HEADING_WORDS = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[\u4e00-\u9fff\d]{2,16}")
_HEADING_FIRST = frozenset("一二三四五六七八九十（(")


class _LineStart:
    """The start of the line a position stands on, for positions asked in increasing order (the runs of spaces a
    scan meets): each search for a line break goes on from where the last one ended, so all of them together read
    the text once, however long its lines (a body printed on one line)."""

    __slots__ = ("searched", "start", "text")

    def __init__(self, text: str) -> None:
        self.text, self.start, self.searched = text, 0, 0

    def at(self, pos: int) -> int:
        k = self.text.rfind("\n", self.searched, pos)
        if k >= 0:
            self.start = k + 1
        self.searched = pos
        return self.start


def _heading_then_body(tr: str, line_start: int, a: int, b: int) -> bool:
    """Whether the spaces ``tr[a:b]`` part a numbered heading at its line's start from the body a portal prints on
    its line (``一、总体情况 本年度报告根据…编制。``, ``一、2023年工作回顾 2023年是…``): the heading's words short and
    bare (:data:`_HEADING_WORDS`), then a sentence (its 。 on the line)."""
    if b >= len(tr) or not ("\u4e00" <= tr[b] <= "\u9fff" or tr[b].isdigit()):
        return False
    m = _HEADING_WORDS.match(tr, line_start, a)
    if m is None or m.end() != a:
        return False
    line_end = tr.find("\n", b)
    return tr.find("。", b, line_end if line_end >= 0 else len(tr)) >= 0


# Two spaces and more in the translated text (tabs, ideographic and no-break spaces are plain
# spaces there), led by its two literal spaces: the scan skips to them.
_SPACE_RUN = re.compile(r"  +")
# What opens a paragraph: a numbered heading or an article.
_OPENS_PARAGRAPH = re.compile(
    r"(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[.、．](?!\d)|[（(]\d{1,3}[)）]"
    r"|第[一二三四五六七八九十百\d]+[条章节]|附件)"
)
_SENTENCE_END = frozenset("。！？；：")


def _paragraph_breaks(raw: str, tr: str) -> frozenset[int]:
    """Where a body written on one line starts a new paragraph: the starts of its indents.

    An indent is two ideographic spaces (``\\u3000\\u3000``), or a run of two spaces and
    more after a sentence's end or before a numbered heading. Only lines longer than
    :data:`ONE_LINE_BODY` are looked at: in a text with line breaks, spaces are layout.
    ``tr`` is ``raw`` translated (:func:`translate`), where the runs are looked for.
    """
    if len(raw) < ONE_LINE_BODY:
        return frozenset()
    out: set[int] = set()
    # One scan of the whole text (a run of spaces never spans lines), each run then judged
    # by its line, whose bounds are looked up once per line that holds runs. The translated
    # text spells tabs, ideographic and no-break spaces as plain ones (at the same places), so
    # the runs are found there by a scan led by its literal two spaces.
    line_start = line_end = -1
    for m in _SPACE_RUN.finditer(tr):
        a, b = m.span()
        if a > line_end:
            line_start = raw.rfind("\n", 0, a) + 1
            line_end = raw.find("\n", b)
            if line_end < 0:
                line_end = len(raw)
        if line_end - line_start < ONE_LINE_BODY or a == line_start or b == line_end:
            continue
        if "\u3000\u3000" in raw[a:b] or raw[a - 1] in _SENTENCE_END or _OPENS_PARAGRAPH.match(raw, b):
            out.add(a)
    # The lines of LONE_SPACE_BODY characters and more: where a window that long holds no line
    # break, a line that long starts; where it holds one, no line starting before its last one
    # is that long. A few look-ups a window instead of a step a line.
    n = len(raw)
    i = 0
    while i <= n - LONE_SPACE_BODY:
        k = raw.rfind("\n", i, i + LONE_SPACE_BODY)
        if k >= 0:
            i = k + 1
            continue
        e = raw.find("\n", i + LONE_SPACE_BODY)
        if e < 0:
            e = n
        if raw.find(" ", i, e) >= 0:
            out.update(_lone_space_breaks(raw, i, e))
        i = e + 1
    return frozenset(out)


#: A line this long written with single spaces between its parts is a page's whole body (a CMS
#: export: ``各科室： 为提高… 附件：X 某某镇人民政府 2020年10月22日 X 1.总则 …``).
LONE_SPACE_BODY = 400
#: A signature's date standing between two single spaces (or at the line's end).
_LONE_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?= |$)")
#: A document number standing between single spaces (or at the line's end), bare or in brackets.
_LONE_NUMBER = re.compile(rf"(?P<open>[（(])?(?:{DOCNUM.pattern})(?(open)[）)])(?= |$)")
#: The last characters of the type words a title ends with (the cheap test before a title's end is read).
_TITLE_LAST = frozenset(w[-1] for w in TITLE_END_WORDS) | {"）"}
#: The end of a page's link: an entry a listing cut short (...), a file's name and its extension (.pdf, .doc).
_LINK_LINE = re.compile(r"(?:\.\.\.|\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|xlsx?|XLSX?|ofd|OFD|zip|rar))$")
_LINK_LAST = frozenset(".fcxsdpPFCXSDrp")
#: A page marker after the title of a text a site prints over several pages: （第2/2页）, (第3页).
_PAGE_MARK = re.compile(rf"[（(]{PAGE_MARK}[）)]$")
#: The end of a notice's title: 的 and its document type (…的通知, …的实施意见).
_TITLE_TAIL_LINE = re.compile(r"的(?:" + "|".join(TITLE_END_WORDS) + r")$")
_LONE_ORG_PUNCT = re.compile(r"[，。；：、,;:！？!?（）()《》“”]")


def _lone_space_breaks(raw: str, start: int, end: int) -> list[int]:
    """Where single spaces part a body written on one line (``raw[start:end]``) into paragraphs.

    A space is a break after a colon (the addressees, a list's opening), before a numbered
    heading or an attachment's label, around a document number that follows a title (the
    header on one line), around a signature's date, and before the body's name
    that signs over that date. Other single spaces stay layout: a word a PDF wrapped, spaces
    around figures, and the space after a full stop, which parts sentences of one paragraph
    as often as paragraphs.
    """
    out: list[int] = []
    prev = start - 1  # the space before the current part
    a = raw.find(" ", start, end)
    while a >= 0:
        b = a + 1
        if a > start and b < end and raw[a - 1] != " " and raw[b] != " ":
            c = raw[a - 1]
            if c in "：:" or _OPENS_PARAGRAPH.match(raw, b):
                out.append(a)
            elif c in _TITLE_LAST and (num := _LONE_NUMBER.match(raw, b, end)) is not None \
                    and TITLE_END.search(raw, prev + 1, a) is not None:
                # 某省人民政府 关于…的通知 某政〔2023〕5号 现将…: the header's title, its number, the body
                out.append(a)
                if num.end() < end:
                    out.append(num.end())
            elif (date := _LONE_DATE.match(raw, b, end)) is not None:
                out.append(a)
                if date.end() < end:
                    out.append(date.end())
                part = raw[prev + 1 : a]
                if prev >= start and part.endswith(_ORG_ENDS) and len(part) <= 40 and not _LONE_ORG_PUNCT.search(part):
                    out.append(prev)  # 某某镇人民政府 2020年10月22日: the signature's name
        prev = a
        a = raw.find(" ", b, end)
    return out


def normalise(raw: str) -> TextMap:
    """Build the normalised view of ``raw`` with its offset map.

    Tables drawn with box-drawing characters are first rewritten as pipe rows
    (:mod:`policykg.extract.box_tables`); the map then leads through both steps back to ``raw``.

    Args:
        raw: decoded text (see :func:`read_file`).

    Returns:
        A :class:`TextMap`.
    """
    if any(v in raw for v in VERTICALS):
        boxed = unbox(raw)
        if boxed is not None:
            return _through(raw, _normalise(boxed[0]), boxed[1], boxed[2])
    return _normalise(raw)


def _through(raw: str, inner: TextMap, starts: list[int], raw_starts: list[int]) -> TextMap:
    """``inner`` (the normalised view of a rewritten text) mapped back to ``raw`` through the rewrite's
    chunks (``starts[i]`` in the rewritten text is ``raw_starts[i]`` in ``raw``)."""
    norm_starts: list[int] = []
    out_raw: list[int] = []
    ns = inner.norm_starts
    for i, (n, r) in enumerate(zip(ns, inner.raw_starts, strict=True)):
        length = (ns[i + 1] if i + 1 < len(ns) else len(inner.text)) - n
        j = max(0, bisect_right(starts, r) - 1)
        norm_starts.append(n)
        out_raw.append(raw_starts[j] + r - starts[j])
        j += 1
        while j < len(starts) and starts[j] < r + length:
            norm_starts.append(n + starts[j] - r)
            out_raw.append(raw_starts[j])
            j += 1
    return TextMap(raw=raw, text=inner.text, norm_starts=tuple(norm_starts), raw_starts=tuple(out_raw))


#: A 文号's bracketed year typed with a letter O or 〇 for a zero (国函[20O0]31号), and a code's last
#: character printed after the year (闽政[1998]文333号): both folded to the usual spelling in place
#: (闽政文[1998]333号), the length kept, so that every reader of numbers reads them.
_NUMBER_SPELLING = re.compile(
    r"[〔\[［【（(](?<=[\u4e00-\u9fff].)(?P<year>(?:19|2[0O〇])[0-9O〇]{2})[〕\]］】）)]"
    r"(?P<late>[文函字]?)(?=\d{1,4}[号號])"
)


def _odd_numbers(tr: str) -> list[int]:
    """Where the opening bracket of each number stands whose spelling is odd: a code's character
    after the close of its year (〕文3), a year holding a letter O or 〇. Found by the characters
    themselves, a few in a text, rather than by a scan of every position."""
    out = []
    for code in "文函字":  # (looked for by the code's character: far fewer than the closing brackets, ） above all)
        i = tr.find(code)
        while i >= 0:
            if i and tr[i - 1] in _YEAR_CLOSE and tr[i + 1:i + 2].isdigit():
                out.append(i - 6)
            i = tr.find(code, i + 1)
    for letter in "O〇":
        i = tr.find(letter)
        while i >= 0:
            # (a year holding the letter has one next to a digit: 2O00, 20〇0; 〇 of 二〇二三 has none)
            if tr[i - 1:i].isdigit() or tr[i + 1:i + 2].isdigit():
                a = max(tr.rfind(o, max(0, i - 4), i) for o in "〔[［【（")
                if a >= 0:
                    out.append(a)
            i = tr.find(letter, i + 1)
    return sorted(set(out))


_YEAR_CLOSE = frozenset("〕]］】）")


def _letter_zeros(tr: str) -> str:
    """``tr`` with a letter O typed for a zero read as 0 (OCR or a typist's slip: 年均投资100O万元, 2O25年): an O
    after a digit, in a figure that opens on no letter and has no letter after it but O (not H2O, O2O, G6O, 2OK).
    Found by the letter itself, a few in a text."""
    i = tr.find("O")
    chars: list[str] | None = None
    while i >= 0:
        cur = tr if chars is None else chars
        if i and cur[i - 1] in _DIGITS:
            b = i + 1
            while tr[b:b + 1] == "O":
                b += 1
            a = i - 1
            while a and cur[a - 1] in _DIGITS:
                a -= 1
            if not (tr[b:b + 1].isascii() and tr[b:b + 1].isalpha()) and not (a and tr[a - 1].isascii() and tr[a - 1].isalpha()):
                if chars is None:
                    chars = list(tr)
                chars[i:b] = "0" * (b - i)
            i = b
        i = tr.find("O", i + 1)
    return tr if chars is None else "".join(chars)



def _fold_numbers(tr: str) -> str:
    """``tr`` with its 文号 spelt as readers expect (see :data:`_NUMBER_SPELLING`), and a letter O typed for a zero
    in a figure read as 0 (:func:`_letter_zeros`)."""
    tr = _letter_zeros(tr)
    if "号" not in tr:
        return tr
    chars: list[str] | None = None
    for a in _odd_numbers(tr):
        m = _NUMBER_SPELLING.match(tr, a) if a >= 1 else None
        if m is None:
            continue
        year, late = m.group("year"), m.group("late")
        if year.isdigit() and not late:
            continue
        if chars is None:
            chars = list(tr)
        if not year.isdigit():
            chars[a + 1:a + 5] = year.replace("O", "0").replace("〇", "0")
        if late:  # the code's character back before the bracket: 闽政|文|〔1998〕333号
            chars[a:a + 7] = [late, *chars[a:a + 6]]
    return tr if chars is None else "".join(chars)


#: A law database's status tag closing a title line (…的通知[失效], 【已废止】, （现行有效）): the database's
#: note, no part of the title; blanked (the length kept), so that it sets nothing. (Led by the bracket; the
#: character before it, a title's last, is tested apart.)
_STATUS_TAG = re.compile(
    r"[\[【［〔(（](?:已?失效|已?废止|部分失效|现行有效|有效|已修改|已修订|已被修改|尚未生效)[\]】］〕)）][ \t]*$", re.M)
#: Where a :data:`_STATUS_TAG` may close, by the two characters before its bracket: a cheap scan first.
_TAG_END = re.compile(r"[\]】］〕)）](?<=(?:失效|废止|有效|修改|修订|生效).)[ \t]*$", re.M)
_TAG_REACH = 2000  # a database page opens with the title it tags


#: A forum's anti-copy jamming at a line's start or end: four and more short runs of ASCII letters,
#: digits and punctuation between spaces (``) O6 e/ U t7 y' [6 v5.39.217.77 国函〔2010〕121号``), blanked
#: (the length kept) when they mix letters and punctuation as no text does (:func:`_jamming`). Read on
#: the lines that open or end with ASCII only. A pipe glued to its marks is one of them (``_4 |# U4 b``); a
#: pipe alone is a table's cell border (``…9 e | 2020年``), which ends it; an opening bracket the last run
#: glues to the text is the text's (``p% f (一)全市…``: its item's serial).
_JAM_HEAD = re.compile(r"[ \t]*(?:(?!\|[ \t])[!-~]{1,3}[ \t]+){4,}(?:[!-{}~]+[ \t]+)*[!-{}~]*(?<![(\[{<])")
_JAM_TAIL = re.compile(
    r"""(?<![A-Za-z0-9])[A-Za-z0-9"#$%&'*+\-/<=>@\[\]^_`{}~]*(?:[ \t]+[!-{}~]+)*?"""
    r"""(?:[ \t]+(?!\|(?:[ \t]|$))[!-~]{1,3}){4,}[ \t]*$""")
_JAM_SITE = re.compile(r"([\u4e00-\u9fff]{2,8})[ \t]")
_JAM_HINT = re.compile(r" [!-{}~]{1,3} [!-{}~]{1,3} [!-{}~]{1,3} ")
_JAM_MARKS = re.compile(r"[;:,.'\"\[\](){}$&%*+!/\\`#@^~<>=?-]")
_ASCII_MARK = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{}~")


#: A mirror's lost padding: the non-breaking or full-width spaces a page's encoding could not hold, each
#: written ``?`` (``????????? ?泰州市人民政府``, ``????? 2018年12月24日``, ``?(一)…``, ``某省人民政府????????``).
#: A ``?`` opening a line, a run of them after a space, or a run closing a line ends no question: it is layout,
#: blanked (the length kept) before translation would read it as a full-width ``？``, a sentence's end, and the
#: signature and date lines would read as none. A question's own mark follows its words once, or stands alone
#: between spaces (是否符合 ? 请核实).
_QUERY_PAD = re.compile(r"^[ \t]*\?[? \t]*|(?<=[ \t])\?\?+|\?\?+(?=[ \t]*$)", re.M)


def _jamming(m: re.Match[str]) -> bool:
    runs = m.group().split()
    letters = sum(1 for r in runs if any("A" <= c <= "Z" or "a" <= c <= "z" for c in r))
    marks = sum(1 for r in runs if _JAM_MARKS.search(r))
    return letters >= 2 and marks >= 2


def _jammed_spans(raw: str) -> list[tuple[int, int]]:
    """The spans of ``raw`` a forum's jamming fills (see :data:`_JAM_HEAD`), and the site's name it
    leaves before the text on more than one line (公仔箱论坛 国务院关于…)."""
    spans = []
    pos = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if len(stripped) > 8 and stripped.count(" ") >= 4:
            first, last = stripped[0], stripped[-1]
            if first.isascii() and (first.isalnum() or first in _ASCII_MARK):
                m = _JAM_HEAD.match(line)
                if m and _jamming(m):
                    spans.append((pos + m.start(), pos + m.end()))
            if last.isascii() and (last.isalnum() or last in _ASCII_MARK):
                m = _JAM_TAIL.search(line, max(0, len(line) - 200))
                if m and _jamming(m):
                    spans.append((pos + m.start(), pos + m.end()))
        pos += len(line) + 1
    marks = [(m, w) for _, b in spans if (m := _JAM_SITE.match(raw, b)) and (w := m.group(1))]
    return spans + [m.span(1) for m, w in marks if sum(1 for _, v in marks if v == w) > 1]


#: An HTML character reference: a named one (&ldquo; &nbsp; &mdash;) or a number (&#8220; &#x201C;).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def _blanked(tr: str, spans: list[tuple[int, int]]) -> str:
    """``tr`` with each span (in any order; they may overlap) blanked by as many spaces: layout read as nothing."""
    chars = list(tr)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _fold_spellings(tr: str, raw: str) -> str:
    """``tr`` (the translation of ``raw``) with the spellings folded that one-for-one translation
    cannot fold (see :data:`_NUMBER_SPELLING`; and traditional script's 覆 for 复 in 批覆, 答覆, 覆函: 覆 is a
    character of its own in simplified text, 覆盖, so only these words are folded), a mirror's padding of
    question marks blanked (:data:`_QUERY_PAD`), a full stop typed as an ASCII point read as 。
    (:func:`_full_stops`), markdown's layout marks blanked (:func:`_unmarked`), and a title's status tag
    (:data:`_STATUS_TAG`) and a forum's jamming (:data:`_JAM_HEAD`) blanked."""
    if "&" in raw and (entities := [m for m in _ENTITY.finditer(raw) if html.unescape(m.group()) != m.group()]):
        # &ldquo;十四五&rdquo;, &nbsp;&nbsp;为: a web page's character references left unescaped in its text,
        # each read as its character, the rest of its length blanked (as spaces inside a line, dropped)
        tr = _respelt(tr, [(m.start(), translate(html.unescape(m.group())).ljust(len(m.group()))) for m in entities])
    if "?" in raw:
        pads = [m.span() for m in _QUERY_PAD.finditer(raw)]
        if pads:
            tr = _blanked(tr, pads)
    tr = _unmarked(_full_stops(tr))
    if _JAM_HINT.search(raw):  # (a cheap test first: three short ASCII runs between spaces)
        # read in the raw text, before translation makes its ASCII punctuation full-width
        spans = _jammed_spans(raw)
        if spans:
            tr = _blanked(tr, spans)
    head = tr[:_TAG_REACH]
    if "】" in head and (bullets := _ATTR_BULLET.findall(head)) and len(bullets) >= 3:
        tr = _unglue_attributes(tr)
        head = tr[:_TAG_REACH]
    if "效" in head or "废止" in head or "修" in head:
        tags = []
        for end in _TAG_END.finditer(head):
            a = max(tr.rfind(c, max(0, end.start() - 8), end.start()) for c in "[【［〔(（")
            if a >= 0 and (m := _STATUS_TAG.match(tr, a)) and _TAGGED_LAST.match(tr, _before_spaces(tr, a)):
                tags.append(m.span())
        if tags:
            tr = _blanked(tr, tags)
    if "提示" in tr and (notes := _validity_notes(tr)):
        tr = _blanked(tr, notes)
    if "〔" in tr and (levels := [m.start() for m in _LEVEL_IN_SHELL.finditer(tr)]):
        # 各县〔区〕政府, 各乡〔镇〕: a level's alternatives in the brackets a number's year is printed in; read as the
        # round brackets a body's name writes them in
        tr = _respelt(tr, [(at, "（" + tr[at + 1:tr.index("〕", at)] + "）") for at in levels])
    if len(tr) == len(raw):
        tr = _phrases_folded(tr, raw)
    i = tr.find("覆")
    if i >= 0:
        reply = []
        while i >= 0:  # (覆 stands alone in simplified text, 覆盖, far more often than in these words)
            if i and tr[i - 1] in "批答函回" or tr[i + 1:i + 2] == "函":
                reply.append(i)
            i = tr.find("覆", i + 1)
        if reply:
            chars = list(tr)
            for i in reply:
                chars[i] = "复"
            tr = "".join(chars)
    return _fold_numbers(tr)


def _phrases_folded(tr: str, raw: str) -> str:
    """``tr`` with the words of :func:`_phrase_folds` the raw text writes in traditional script folded as
    words (計畫 → 计划), not character by character (计画)."""
    fixes = []
    for c, words in _phrase_folds().items():
        i = raw.find(c)
        while i >= 0:
            for at, pair in ((1, tr[i - 1:i + 1] if i else ""), (0, tr[i:i + 2])):
                fold = words.get(pair)
                if fold is not None and fold[0] == at:
                    fixes.append((i, fold[1]))
                    break
            i = raw.find(c, i + 1)
    if not fixes:
        return tr
    chars = list(tr)
    for i, ch in fixes:
        chars[i] = ch
    return "".join(chars)


#: The alternatives of a level after it in tortoise-shell brackets (县〔区〕, 县〔市、区〕, 乡〔镇〕, 镇〔街道〕): never a number's year.
_LEVEL_IN_SHELL = re.compile(
    # (the bracket first, its level after: a scan for one character, not a look-behind tried at every one)
    r"〔(?<=[省市县区州盟旗乡镇]〔)(?=(?:市|区|特区|县|旗|乡|镇|街道|园区)(?:、(?:市|区|特区|县|旗|乡|镇|街道|园区)){0,3}〕)"
)


#: A law database's attribute block (文章属性 •【制定机关】… •【公布日期】… 正文 title…), each label a line of
#: its own on the database's page; a copy that lost its breaks writes the block on one line, the labels glued
#: by their bullets, the title run on after 正文. Read as the page is: a break in each bullet's place, and
#: in the place of the block's 文章属性 and 正文 (length kept), so the labels are read one a line
#: (:func:`policykg.extract.metadata.metadata_from_lines`) and the title after them opens a line.
_ATTR_BULLET = re.compile(r"[•∙·](?=【[^】\n]{1,6}】)")
_ATTR_LAST = re.compile(r"[^\n【]{0,30}?正文")


def _unglue_attributes(tr: str) -> str:
    """``tr`` with a law database's attribute block glued on one line (:data:`_ATTR_BULLET`) broken."""
    head = tr[:_TAG_REACH]
    bullets = [m.start() for m in _ATTR_BULLET.finditer(head)]
    first, last = bullets[0], bullets[-1]
    if "\n" in head[first:last]:
        return tr  # a label a line already: the block reads as it is
    chars = list(tr)
    for at in bullets:
        chars[at] = "\n"
    if head[first - 4: first] == "文章属性":
        chars[first - 4: first] = "\n   "
    end = tr.find("】", last)
    if (m := _ATTR_LAST.match(tr, end + 1)) is not None:
        chars[m.end() - 2: m.end()] = "\n "
    return "".join(chars)


_TAGGED_LAST = re.compile(r"[\u4e00-\u9fff》）)]")  # the last character of a title a tag may follow

#: A law database's note on a text's validity, a line of its own: the site's name, 提示, then what says the text
#: stands or fell (某某网提示：根据《…的通知》（某政发〔2024〕84号）规定，继续有效。/ …已废止。): the site's, as its
#: status tags are (:data:`_STATUS_TAG`), no part of the text; the basis it quotes is no citation of the text.
_VALIDITY_NOTE = re.compile(
    # (the site names itself before 提示: USHUI.NET®提示, 某某法规库提示, 本站提示; a line of the document's own,
    # 二、重要提示：…继续有效, is no note of a site's)
    r"[ \t]*[^\n。，；：:！？]{0,30}?(?:网|站|库|平台|法宝|系统|®|[A-Za-z])[ \t]*提示[ \t]*[：:][^\n]{0,300}?"
    r"(?:继续有效|现行有效|仍然有效|已(?:全文|部分)?(?:被)?(?:失效|废止|修改|修订|宣布失效))[。.]?[ \t]*")


def _validity_notes(tr: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``tr`` that are a law database's validity note (:data:`_VALIDITY_NOTE`)."""
    spans = []
    at = tr.find("提示")
    while at >= 0:
        a = tr.rfind("\n", 0, at) + 1
        b = tr.find("\n", at)
        b = len(tr) if b < 0 else b
        if _VALIDITY_NOTE.fullmatch(tr, a, b):
            spans.append((a, b))
        at = tr.find("提示", b)
    return spans


#: A point typed for a sentence's full stop (OCR text, a mirror's or a Big5 copy's ASCII marks: …公开曝光. 县委宣传部…):
#: after a Han character, a closing bracket or quote or a per cent sign, before a Han character, an opening bracket or quote,
#: whitespace or the text's end. A point between digits (2.5), after a serial's digits (1.加强), inside a web
#: address or a file's name (通知.pdf) has a digit or a letter on one side and is never read.
_POINT_STOP = re.compile(
    r"\.(?<=[\u4e00-\u9fff）】〕》」』”’%]\.)(?=[\u4e00-\u9fff（【〔《「『“‘\s\d]|$)")
#: A line's serial in Han numerals or in brackets before a point (一.总则, （一）.加强, 第一章.): a heading's
#: mark, not a sentence's end.
_SERIAL_POINT = re.compile(
    r"[ \t]*(?:[一二三四五六七八九十百]+|[（【〔][一二三四五六七八九十百\d]+[）】〕]|第[一二三四五六七八九十百\d]+[条章节部分])\.")

#: A compound unit written with a point for its middle dot (元/辆.次, 人.次, 千瓦.时, 吨.公里, 床.日): the
#: counted thing before it, the time or distance after it.
_UNIT_BEFORE_DOT = frozenset("人辆车台架艘瓦吨户床件")
_UNIT_AFTER_DOT = frozenset("次时天日年月公千")


#: The opening of an article or an item, after a point that ends the sentence before it.
_PART_AFTER_POINT = re.compile(r"第[一二三四五六七八九十百\d]+[条章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）")


def _full_stops(tr: str) -> str:
    """``tr`` with each point that ends a sentence (:data:`_POINT_STOP`) read as 。, one for one, in a text
    that writes its full stops as points (as many such points as 。 at least); a text writing its full stops
    as 。 has few such points, and only those ending a line end a sentence (买买提.艾力 is a name)."""
    if "." not in tr:
        return tr
    found = list(_POINT_STOP.finditer(tr))
    if len(found) < tr.count("。"):
        # a text that writes its stops as 。: a point inside a line is a name's (买买提.艾力), an abbreviation's;
        # one that ends a line (…进行行政监管.⏎) ends its sentence still
        # (or opens the next article or item: …进行行政监管.第五条…, in a copy that runs its articles on)
        found = [m for m in found if tr[m.end():m.end() + 1] in ("", "\n", "\r") or _PART_AFTER_POINT.match(tr, m.end())]
    stops = []  # (the scan is led by its literal point: it skips to the points of the text)
    for m in found:
        at = m.start()
        line_start = tr.rfind("\n", max(0, at - 13), at) + 1 or (0 if at <= 13 else at)  # (a serial's line is short)
        if at - line_start <= 12 and _SERIAL_POINT.fullmatch(tr, line_start, at + 1):
            continue  # 一.总则: a heading's serial
        if tr[at - 1] in _UNIT_BEFORE_DOT and tr[at + 1:at + 2] in _UNIT_AFTER_DOT:
            continue  # 元/辆.次, 千瓦.时: a compound unit's dot
        stops.append((at, "。"))
    return _respelt(tr, stops)


#: Markdown's layout marks (a copy written in markdown): a heading's ``#`` run before a space at a line's
#: start (## 一、总体要求; :func:`_unmarked`), and an emphasis pair on one line (**（一）加强组织领导。**). Blanked, the length kept,
#: so that every reader sees the heading or the sentence as a plain copy prints it: a title line (``# 标题``)
#: reads as a plain copy's title line, a part's heading (``## 一、…``) as a heading over its items.
#: (Not ``__``: a form's blanks are underscores, ____年__月__日. Not a mask's stars, 张**、李**, **市…，**县: an
#: emphasis opens before a word, not before a comma, holds two characters at least (**市**区) and no list's
#: mark where it opens after a word (张**同志、李**同志; 各乡镇要**切实**落实 is one), and closes after a word,
#: not after a comma or a semicolon.)
_MD_EMPHASIS = re.compile(
    r"\*\*(?<!\*\*\*)(?=[^\s*、，。；：])(?:(?<![\u4e00-\u9fff]\*\*)[^\n*]{2,}?|[^\n*、，；]{2,}?)(?<=[^\s*、，；])\*\*(?!\*)")


def _unmarked(tr: str) -> str:
    """``tr`` with markdown's heading and emphasis marks blanked: a run of one to six ``#`` before a space
    that opens a line (spaces before it apart), and :data:`_MD_EMPHASIS`."""
    # (a character's test first: far cheaper than a pair's, and most texts hold neither)
    heading = "#" in tr and "# " in tr
    emphasis = "*" in tr and "**" in tr
    if not heading and not emphasis:
        return tr
    spans = []
    at = tr.find("# ") if heading else -1
    while at >= 0:  # (led by the mark's last two characters: a scan of every line's start costs more)
        first = at
        while first > 0 and tr[first - 1] == "#":
            first -= 1
        line_start = tr.rfind("\n", max(0, first - 8), first) + 1 or (0 if first <= 8 else first - 8)  # (an indent is short)
        if at + 1 - first <= 6 and not tr[line_start:first].strip(" \t"):
            spans.append((first, at + 1))
        at = tr.find("# ", at + 2)
    if emphasis:
        for m in _MD_EMPHASIS.finditer(tr):
            a, b = m.span()
            spans.append((a, a + 2))
            spans.append((b - 2, b))
    return _respelt(tr, [(a, " " * (b - a)) for a, b in sorted(spans)])


def _respelt(tr: str, places: list[tuple[int, str]]) -> str:
    """``tr`` with the characters at each place, in order and apart, replaced by as many others: the
    pieces between them copied as slices (a list of every character costs far more)."""
    if not places:
        return tr
    pieces = []
    pos = 0
    for at, new in places:
        pieces.append(tr[pos:at])
        pieces.append(new)
        pos = at + len(new)
    pieces.append(tr[pos:])
    return "".join(pieces)


def _before_spaces(tr: str, at: int) -> int:
    """Where the character before ``at`` stands, spaces and tabs skipped."""
    at -= 1
    while at > 0 and tr[at] in " \t":
        at -= 1
    return max(at, 0)


#: What opens a line of a front matter of its own: a label and its colon (shortTitle:, 文号:), a list's item, the
#: closing fence; a line opening otherwise continues the value the line before wrapped.
_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,20}[ \t]*[:：]|-[ \t]|---")


def _normalise(raw: str) -> TextMap:
    tr = _fold_spellings(translate(raw), raw)
    pieces: list[str] = []
    norm_starts: list[int] = []
    raw_starts: list[int] = []
    # One chunk per stretch of text copied as it is; runs once per whitespace run of the
    # text (tens of thousands per gazette: PDF text spaces out every number), so the
    # chunk is appended inline rather than through a helper.
    add_piece, add_norm, add_raw = pieces.append, norm_starts.append, raw_starts.append
    out_len = 0
    letters = _ASCII_LETTERS
    terminal = _TERMINAL

    breaks = _paragraph_breaks(raw, tr)
    pipes = "|" in tr or "｜" in tr
    # Leading whitespace is dropped.
    lead = len(tr) - len(tr.lstrip())
    first_break = tr.find("\n", lead)  # (a break at or before it ends the text's first line)
    # (a break inside a front matter before a label parts two labels, never a wrapped line)
    front_end = front_matter_end(tr, lead)
    pos = lead
    n = len(tr)
    glossed = _glossed(tr)
    # The lines a break joins are judged without their readings (關(guān)于…的通知 is a title line): in a text
    # that holds one, from its first line on (a heading over the first reading is judged against a title
    # line, not against 關(guān)于, which no title opens with).
    ungloss = _READING.sub if glossed or _toned_reading(tr) else None
    if any(g in tr for g in _GLYPHS):  # (a test per glyph, as fast as one regex scan of a class is slow)
        runs = (m.span() for m in _with_glyph_runs(_WS_RUN_GLOSSED if glossed else _WS_RUN).finditer(tr, lead))
    elif glossed:
        runs = (m.span() for m in _WS_RUN_GLOSSED.finditer(tr, lead))
    else:
        # (a plain text's runs: every one read is read to its end, below, so the literal-led scans serve)
        runs = _ws_runs(tr, lead)
    lay = layout(tr)
    pages, wrapped, figures_apart = lay.pages, lay.width > 0, lay.digits
    serials = lay.serials
    cells = replace(lay, digits=False) if serials else lay  # (a break beside a serial: judged as in any text)
    spaced = lay.spaced
    line_of = _LineStart(tr)
    rows = _spaced_rows(tr)  # (none at once where no header word stands)
    for a, b in runs:
        if a < pos:
            continue  # inside a page number's line, read past
        first = tr[a]
        # (most runs open with a space or a break: the tests of the other openings are skipped)
        if first != " " and first != "\n":
            if first in _TEXT_GLYPHS and tr.count(first, a, b) == b - a:
                continue  # ★★★级, □□县: one of these glyphs repeated is text
            if first in _NOTE_OPENERS:
                if glossed and tr[a + 1] not in "繁拼" and tr[a + 1 : b - 1] not in _SYLLABLES and not _TONED_LETTER.search(tr, a, b):
                    continue  # letters in brackets that read as no syllable: a unit, a code
                ungloss = _READING.sub
        if b >= n:
            break  # trailing whitespace is dropped
        before, after = tr[a - 1], tr[b]
        if first == "<" or first in _GLYPHS:
            insert, at = "", a  # an inline tag, a run of glyphs: nothing stands in its place
        elif first != "\n" and (a + 1 == b or "\n" not in tr[a:b]):
            # Spaces inside a line go; one stays between two ASCII letters (OF JIAXING); in a
            # body written on one line, an indent marks a paragraph.
            at = a
            if breaks and a in breaks:
                insert = "\n"
            elif spaced and a + 1 == b:
                insert = ""  # 国 务 院 关 于 … 2 0 2 5 年: a letter-spaced text's spacing, nothing of its words
            elif before in _DIGITS and after in _DIGITS:
                # 1 3 年内 (PDF text, its dash lost): two figures, never one number (13); but a figure a
                # copy split by a space between text and its unit (库容在5 0万立方米, 计划4 1座) is one
                insert = "" if a + 1 == b and _split_figure(tr, a) else " "
            elif pipes and before in _NAME_LAST and "\u4e00" <= after <= "\u9fff" and _names_apart(tr, a, b):
                # 县教体局 各相关乡镇政府 in a pipe cell: two owners, never one fused name
                insert = "、"
            elif (before in _ISSUER_LAST or (before in _SIGNER_LAST and tr[a - 2 : a] in _SIGNER_TAILS)
                  or (before in ")）" and ungloss is not None)) \
                    and ("\u4e00" <= after <= "\u9fff" or after in _DATE_FIRST) and _issuers_apart(tr, a, b):
                # 生态环境部 发展改革委 over the date or the title: issuers side by side, one a line
                insert = "\n"
            elif "\u4e00" <= before <= "\u9fff" and tr[(ls := line_of.at(a))] in _HEADING_FIRST \
                    and _heading_then_body(tr, ls, a, b):
                insert = "\n"  # 一、总体情况 本年度报告根据…编制。: a portal's heading on its body's line, a line of its own
            else:
                insert = " " if before in letters and after in letters else ""
        else:
            blank = None
            if pages is not None and b in pages:
                # a page number on its own line, between two parts of a sentence or two paragraphs: layout, read
                # as nothing (the break before it is judged between the lines around it)
                while b in pages:
                    b = _SPACES.match(tr, pages[b]).end()
                if b >= n:
                    break
                blank = False
                after = tr[b]
            at = a if first == "\n" else tr.index("\n", a, b)
            # A line ending in a full stop never joins (the first test of _joins), and most do: the
            # lines around the break are cut out only past that test. (a row of a table whose cells
            # spaces part never runs on from the line above)
            if not (rows and b in rows) and (a >= front_end or not _FRONT_MATTER_LINE.match(tr, b)) and (before not in terminal
                    or (after in _DIGITS and (before in _BEFORE_DIGITS or (before == "：" and figures_apart)))
                    or (wrapped and (before in WRAP_CLOSERS or before == "。"))) \
                    and _joins(*_lines_around(tr, a, b, ungloss, spaced),
                               tr.count("\n", at, b) > 1 if blank is None else blank,
                               a <= first_break or _under_announcement(tr, a),
                               cells if serials and (b in serials or (before in _DIGITS and _SPACES.match(
                                   tr, tr.rfind("\n", 0, a) + 1).end() in serials)) else lay,
                               tr[b - 1] in " \t"):
                insert = " " if before in letters and after in letters else ""
            elif b == a + 1 and first == "\n":
                continue  # a lone break kept as it is: the chunk copied from the raw text runs on through it
            else:
                insert = "\n"
        if a > pos:
            add_norm(out_len)
            add_raw(pos)
            add_piece(tr[pos:a])
            out_len += a - pos
        pos = b
        if insert:
            add_norm(out_len)
            add_raw(at)
            add_piece(insert)
            out_len += 1
    else:
        a = len(tr.rstrip())  # no trailing run of spaces or breaks: the rest is copied, other trailing whitespace dropped
    if a > pos:
        add_norm(out_len), add_raw(pos), add_piece(tr[pos:a])
    return TextMap(raw=raw, text="".join(pieces), norm_starts=tuple(norm_starts), raw_starts=tuple(raw_starts))


def line_start_matches(pattern: re.Pattern[str], text: str, pos: int = 0
                       ) -> Iterator[tuple[tuple[int, int], re.Match[str]]]:
    """``((start, end), match)`` for each match of a pattern anchored at line starts (``^`` under
    ``re.MULTILINE``), as ``pattern.finditer(text, pos)`` finds them; its matches are never empty.

    A copy of the pattern that opens with the line break is scanned for instead: its
    literal first character lets the scan skip from line break to line break, where ``^``
    is tried at every character. Its matches start one character early, so the span is
    given apart from the match. Only a line starting right where the scan stands (the
    text's start, or after a match that took the line break) is tried with the pattern.

    Raises:
        ValueError: the pattern does not open with ``^`` under ``re.MULTILINE``.
    """
    after = _after_break(pattern)
    end = len(text)
    while pos <= end:
        m = pattern.match(text, pos) if pos == 0 or text[pos - 1] == "\n" else None
        if m is not None:
            yield m.span(), m
        else:
            m = after.search(text, pos)
            if m is None:
                return
            yield (m.start() + 1, m.end()), m
        pos = max(m.end(), pos + 1)


@lru_cache(maxsize=64)
def _after_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    body = pattern.pattern.removeprefix("(?m)").removeprefix("^")
    if not pattern.flags & re.MULTILINE or not pattern.pattern.startswith(("^", "(?m)^")):
        raise ValueError(f"not a pattern anchored at line starts: {pattern.pattern!r}")
    return re.compile("\n" + body, pattern.flags)


