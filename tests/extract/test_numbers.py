"""Chinese and Arabic numbers, and units with 万/亿 prefixes."""

from __future__ import annotations

import pytest
from policykg.extract.numbers import magnitude, parse_number, split_unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("25.5", 25.5, id="decimal"),
        pytest.param("5点8", 5.8, id="decimal-point-written-点"),
        pytest.param("两", 2, id="两"),
        pytest.param("十", 10, id="十"),
        pytest.param("十二", 12, id="十二"),
        pytest.param("二十一", 21, id="二十一"),
        pytest.param("一百零五", 105, id="一百零五"),
        pytest.param("两千", 2000, id="两千"),
        pytest.param("二三", None, id="two-digits-is-not-a-numeral"),
        pytest.param("十百", None, id="units-out-of-order"),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("unit", "multiplier", "base"),
    [
        pytest.param("万亩", 1e4, "亩", id="万亩"),
        pytest.param("亿美元", 1e8, "美元", id="亿美元"),
        pytest.param("千万元", 1e7, "元", id="千万元"),
        pytest.param("万千瓦", 1e4, "千瓦", id="万千瓦"),
        pytest.param("千瓦", 1.0, "千瓦", id="千瓦-is-a-unit"),
        pytest.param("名（个）", 1.0, "名", id="bracketed"),
        pytest.param("万", 1e4, "", id="bare-万"),
        pytest.param("‰", 1.0, "‰", id="permille"),
    ],
)
def test_split_unit(unit: str, multiplier: float, base: str) -> None:
    assert split_unit(unit) == (multiplier, base)


def test_magnitude() -> None:
    assert magnitude(3.5, "万亩") == (35000.0, "亩")
