"""Numbers and units as policy documents write them: Arabic or Chinese numerals, ranges, 万/亿 prefixes.

The extractors match the normalised text (ASCII digits, ``%``, ``.``), so an
Arabic number is ``\\d+(?:\\.\\d+)?``. Chinese numerals (``两个``, ``十万``,
``一百二十``) are parsed here too. A unit is kept as written (``万千瓦``,
``亿美元``, ``名（个）``) and split into a multiplier and a base unit, so that
``1万亩`` and ``10000亩`` compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}

#: Multipliers a unit may start with. ``千`` only before a unit it does not belong to
#: (``5千万元``); ``千瓦``, ``千米``, ``千克`` are base units of their own.
PREFIXES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}

#: A Chinese numeral: must start with a digit or 十 (bare 百/千/万 are words: 百强, 万企).
CN_NUMBER = r"(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)"

_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_UNIT_NOTE = re.compile(r"（[^）]*）")


def parse_cn(text: str) -> int | None:
    """Value of a Chinese numeral without 万/亿 (``十``, ``二十一``, ``一百零五``, ``两千``), or None.

    Args:
        text: the numeral.

    Returns:
        Its integer value, or None when ``text`` is not a well-formed numeral.
    """
    if not text:
        return None
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in _CN_DIGIT:
            if digit is not None and digit != 0:
                return None  # two digits in a row (二三) is not a numeral
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL_UNIT:
            unit = _CN_SMALL_UNIT[ch]
            if unit >= last_unit:
                return None  # 十百 and the like
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
    if digit:
        total += digit
    return total


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Value of an Arabic or Chinese number as written in a clause.

    Args:
        text: ``"25.5"``, ``"5点8"``, ``"1,200"``, ``"两"``, ``"十二"``, ``"半"``.

    Returns:
        The value, or None when ``text`` is not a number.
    """
    text = text.replace(",", "").replace("，", "")
    if "点" in text and text[:1].isdigit():
        text = text.replace("点", ".", 1)  # 5点8: a decimal point written as the word
    if _ARABIC.fullmatch(text):
        return float(text)
    if text == "半":
        return 0.5  # (半年内: a half of the unit after it)
    value = parse_cn(text)
    return float(value) if value is not None else None


@lru_cache(maxsize=4096)
def split_unit(unit: str) -> tuple[float, str]:
    """The multiplier and base unit of a unit as written.

    Args:
        unit: ``"万千瓦"``, ``"亿元"``, ``"千万元"``, ``"名（个）"``, ``"万"``, ``"%"``.

    Returns:
        ``(multiplier, base)``: ``(1e4, "千瓦")``, ``(1e8, "元")``, ``(1e7, "元")``,
        ``(1.0, "名")``, ``(1e4, "")``, ``(1.0, "%")``.
    """
    base = _UNIT_NOTE.sub("", unit)
    for prefix, mult in PREFIXES.items():
        if base.startswith(prefix) and not base.startswith(("千瓦", "千米", "千克")):
            return mult, base[len(prefix):]
    return 1.0, base


def magnitude(value: float, unit: str) -> tuple[float, str]:
    """``value`` scaled by the unit's prefix, and the base unit: ``(1, "万亩")`` → ``(10000.0, "亩")``.

    Args:
        value: the number as written.
        unit: the unit as written.

    Returns:
        ``(scaled value, base unit)``.
    """
    mult, base = split_unit(unit)
    return value * mult, base
