"""The patterns of targets that are written to open with a literal or a class (so the regex
engine skips other characters in C) find what their plain forms find, on real texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.target_rules import GRANT_TERM
from policykg.extract.targets import _ANNUAL_PREFIX, _RECIPIENT, _YEAR_END_AT, _YEAR_END_HINT

ROOT = Path(__file__).resolve().parents[2]
_TEXTS = [ROOT / "examples" / "jiaxing-gazette-2024-03.txt"]
_DEV = (ROOT / ".." / "shared" / "corpus" / "dev").resolve()
if _DEV.is_dir():
    _TEXTS += sorted(p for p in _DEV.glob("*.txt"))


def _texts() -> list[str]:
    """The example gazette and the development set (the gazette alone holds no year-end phrase
    and no grant term)."""
    if not _DEV.is_dir():
        pytest.skip("the shared corpus (../shared) is not next to this checkout")
    return [p.read_text(encoding="utf-8", errors="replace") for p in _TEXTS]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    # the start and the end of the match's last group (the phrase a look-ahead reads), else of the match
    return [(m.start(), m.end(m.lastindex or 0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        pytest.param(
            _YEAR_END_AT,
            r"年(?=(底前))|(?<![\d〇一二两三四五六七八九十])年(?=(内))|到(?=(年底))|[今本](?=(年))"
            r"|\d(?<![\d年]\d)(?=(\d?月(?:底|末|中旬|下旬|份?前)))",
            id="year-end-phrase-led-by-a-class",
        ),
        pytest.param(
            _ANNUAL_PREFIX,
            r"(?<![\d〇零一二两三四五六七八九十百千今明去当上下本同历老青少中成周半多每常])年"
            r"(?!轻|龄|限|底|末|初|前|后|内|级|代|份|会|鉴|金|薪|化|来|均(?![增降提减递升]|下降|上升|复合|新增))(?=[\u4e00-\u9fff])",
            id="yearly-flow-look-behind-after-the-literal",
        ),
        pytest.param(
            GRANT_TERM,
            r"(?:补助|补贴|奖励|资助|贷款|担保|贴息|返还)(?:资金)?(?:比例|标准|额度|金额|上限)|费率|收费标准",
            id="grant-term-one-branch-per-word",
        ),
    ],
)
def test_a_literal_led_pattern_finds_what_its_plain_form_finds(fast: re.Pattern, plain: str) -> None:
    slow = re.compile(plain)
    found = 0
    for text in _texts():
        spans = _spans(fast, text)
        assert spans == _spans(slow, text)
        found += len(spans)
    assert found  # each form stands in the texts


def test_the_recipient_pattern_finds_what_its_plain_form_finds_in_each_sentence() -> None:
    # The caller puts a comma before the sentence: the plain form's ^ branch never matched then.
    slow = re.compile(
        r"(?:^|[，。；])(?:\d{1,2}[.、．]|（[一二三四五六七八九十\d]{1,3}）)?(?:对于|对)(?P<who>[^，。；]{2,80}?)"
        r"(?:，|给予|按|可|分别|一次性|(?:奖励|补助|补贴|资助|奖补)(?=(?:企业|单位|个人)?(?:每[家户人个项])?[0-9]))"
    )
    found = 0
    for text in _texts():
        for sentence in re.split(r"[。；！？\n]", text):
            a, b = _RECIPIENT.search("，" + sentence), slow.search("，" + sentence)
            assert (a and (a.span(), a.group("who"))) == (b and (b.span(), b.group("who")))
            found += a is not None
    assert found  # the gazette grants money to named recipients


def test_every_line_with_a_year_end_phrase_holds_a_hint_word() -> None:
    # The hint is what lets a line skip the phrase scan: no line that holds a phrase may lack it.
    phrases = 0
    for text in _texts():
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if _YEAR_END_AT.search(text, start, end):
                assert _YEAR_END_HINT.search(text, start, end), line
                phrases += 1
            start = end + 1
    assert phrases
