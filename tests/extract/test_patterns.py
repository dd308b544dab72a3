"""The word trie that shared name, unit and label tables are matched through."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.metadata import META_ALIASES
from policykg.extract.patterns import word_trie

GAZETTE = Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt"
SPACED = r"[ \t\u3000]*"


def _flat(words, gap="", not_after=None):
    """The same words as a longest-first flat alternation: what the trie must match like."""
    looks = not_after or {}
    return "|".join(
        gap.join(map(re.escape, w)) + (f"(?!{looks[w]})" if looks.get(w) else "")
        for w in sorted(set(words), key=len, reverse=True)
    )


def _texts():
    gazette = GAZETTE.read_text(encoding="utf-8")
    # labels spaced out as portals print them, next to the same labels written plainly
    spaced = "\n".join(f"{' '.join(k)}：x  {k}:y  【{k}】z  {k[:-1]}：w" for k in META_ALIASES)
    return [gazette, spaced]


@pytest.mark.parametrize(
    ("words", "gap", "not_after"),
    [
        pytest.param(list(META_ALIASES), SPACED, None, id="metadata labels spaced out"),
        pytest.param(["市科技局", "市科技", "市", "科技局", "局"], "", None, id="names that are prefixes of others"),
        pytest.param(["年", "年度", "天", "个", "个工作日", "个月"], "", {"年": "度|代", "天": "然|津"}, id="units with look-aheads"),
    ],
)
def test_word_trie_matches_as_a_longest_first_list(words, gap, not_after) -> None:
    trie = re.compile(word_trie(words, gap=gap, not_after=not_after), re.I)
    flat = re.compile(_flat(words, gap, not_after), re.I)
    for text in _texts():
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    # and inside a larger pattern, where a shorter word is taken when the longer one fails after
    trie_c = re.compile(rf"(?:{word_trie(words, gap=gap, not_after=not_after)})[:：]", re.I)
    flat_c = re.compile(rf"(?:{_flat(words, gap, not_after)})[:：]", re.I)
    for text in _texts():
        assert [m.span() for m in trie_c.finditer(text)] == [m.span() for m in flat_c.finditer(text)]


def test_word_trie_is_smaller_than_the_list() -> None:
    import sys

    words = list(META_ALIASES)
    assert sys.getsizeof(re.compile(word_trie(words, gap=SPACED))) < sys.getsizeof(re.compile(_flat(words, SPACED)))


@pytest.mark.parametrize("word", ["政策", "预案", "通知", "法", "白皮书", "请示", "责任书", "公示", "说明", "台账"])
def test_titles_and_cited_titles_end_in_the_same_document_types(word: str) -> None:
    # one list of document types: a title a text bears and a title it cites end in the same words
    from policykg.extract.citations import _DOC_ENDING
    from policykg.extract.patterns import TITLE_END

    title = f"某某市推动高质量发展若干{word}"
    assert TITLE_END.search(title) is not None
    assert _DOC_ENDING.search(title) is not None
