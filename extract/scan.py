"""Whole-document scans written so that the regex engine can skip ahead fast.

Python's regex engine finds where a match may start quickly only when the pattern starts with
a literal character: it then runs a tight search for that character. A pattern that starts
with a character class (``[。；]…``), a lookahead, an alternation of words, or ``^`` under
:data:`re.MULTILINE` is instead tried at every character, which costs ten to twenty times as
much over a document. The two helpers here keep a pattern's meaning and give it a literal lead:

- :class:`LineRegex` — a pattern tried at each line start (``^…`` under ``re.M``): led by
  ``\\n``, the first line tried on its own;
- :class:`LedRegex` — a pattern led by one of a few characters (``[。；]…``): one regex per
  character, their matches merged as one scan would find them;
- :func:`holds` — a substring test for a word led by a rare character;
- :func:`first_class` — the class of the characters a fragment's match may start with, to put before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LineRegex:
    """A regex matched only at line starts; :meth:`finditer` gives what ``^`` + the body under ``re.M`` gives.

    The body must neither match the empty string nor end by consuming a line break (every
    pattern it is used for ends at a line's end or inside a line). Each match holds the group
    ``line``: where the line starts and what the body matched (``m.start()`` and
    ``m.group()`` may include the line break before it); other groups keep their names.
    """

    def __init__(self, body: str, flags: int = 0) -> None:
        self.pattern = f"^(?:{body})"  # the same regex written with ``^`` (under ``flags | re.M``)
        self.flags = flags | re.MULTILINE
        self.first = re.compile(f"(?P<line>{body})", flags | re.MULTILINE)
        self._after_break = re.compile(f"\n(?P<line>{body})", flags | re.MULTILINE)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The body matched at ``pos`` (which need not be a line start)."""
        return self.first.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches starting at a line start in ``text[pos:endpos]``, left to right, not overlapping."""
        end = len(text) if endpos is None else endpos
        if pos == 0 or (0 < pos <= len(text) and text[pos - 1] == "\n"):
            m = self.first.match(text, pos, end)
            if m is not None:
                yield m
                pos = m.end()
        yield from self._after_break.finditer(text, pos, end)


class LedRegex:
    """``[abc]body`` as one regex per leading character; :meth:`finditer` gives what the class-led regex gives.

    The body must not let a match be empty (the leading character is always consumed).
    """

    def __init__(self, lead: str, body: str, flags: int = 0) -> None:
        self.lead = lead
        self.pattern = f"[{re.escape(lead)}]{body}"  # the same regex led by a class (under ``flags``)
        self.flags = flags
        self._regexes = tuple((c, re.compile(re.escape(c) + body, flags)) for c in lead)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, left to right, not overlapping (the leftmost first, as one scan finds them)."""
        regexes = [regex for c, regex in self._regexes if c in text]
        if len(regexes) == 1:
            return regexes[0].finditer(text)
        found = [m for regex in regexes for m in regex.finditer(text)]
        found.sort(key=re.Match.start)
        if any(a.end() > b.start() for a, b in zip(found, found[1:], strict=False)):
            # A match overlaps one led by another character: which of them one scan keeps, and
            # what it finds after, depends on their order.
            return self._merged(text, regexes)
        # No two overlap: each regex's matches are the leftmost ones after every match before them.
        return iter(found)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The leftmost match in ``text`` at or after ``pos``, as the class-led regex's ``search`` finds it.

        At any one place only the regex of the character there can match, so the leftmost of
        each character's first match is the one the class-led scan stops at.
        """
        found = [m for c, regex in self._regexes if c in text and (m := regex.search(text, pos)) is not None]
        return min(found, key=re.Match.start) if found else None

    @staticmethod
    def _merged(text: str, regexes: list[re.Pattern[str]]) -> Iterator[re.Match[str]]:
        """The leftmost match of any regex, then again after its end, and so on."""
        nexts = [regex.search(text) for regex in regexes]
        while True:
            found = [m for m in nexts if m is not None]
            if not found:
                return
            m = min(found, key=re.Match.start)
            yield m
            pos = m.end()
            # Each regex's next match at or after pos (one it found inside m no longer counts).
            nexts = [
                x if x is not None and x.start() >= pos else regex.search(text, pos) if x is not None else None
                for x, regex in zip(nexts, regexes, strict=True)
            ]


def holds(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word``, a word whose first character is rare (附件).

    A search for two characters and more costs several times one for a single character
    over Han text: the first character is looked for, and the word checked where it stands.
    """
    first = word[0]
    at = text.find(first)
    while at >= 0:
        if text.startswith(word, at):
            return True
        at = text.find(first, at + 1)
    return False


def first_class(fragment: str) -> str:
    """A character class (``[…]``) of the characters a match of a regex fragment may start with.

    Put before a fragment tried at many places (after a lazy repeat, inside a lookahead), it lets
    the regex engine turn most places down with one test instead of trying every alternative:
    ``[^，]{0,24}?(?=[要应负…])(?=要|应当|负责…)``. Raises ``ValueError`` on a fragment it cannot
    read so (one that may match the empty string, or open with a negated class or any character).
    """
    # (the parser re compiles with: the fragment read as re reads it)
    from re import _constants as c
    from re import _parser

    chars: set[str] = set()
    ranges: list[str] = []
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}

    def nullable(items) -> bool:  # (collects the first characters of the items; whether they may match nothing)
        for op, av in items:
            if op is c.LITERAL:
                chars.add(re.escape(chr(av)))
                return False
            if op is c.IN and av[0][0] is not c.NEGATE:
                for kind, a in av:
                    if kind is c.LITERAL:
                        chars.add(re.escape(chr(a)))
                    elif kind is c.RANGE:
                        ranges.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                    elif kind is c.CATEGORY and a in categories:
                        chars.add(categories[a])
                    else:
                        raise ValueError(f"no first class for {fragment!r}")
                return False
            if op is c.BRANCH:
                if not any([nullable(alt) for alt in av[1]]):  # (a list: every alternative is read)
                    return False
            elif op is c.SUBPATTERN:
                if not nullable(av[3]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                if not nullable(av[2]) and av[0] >= 1:
                    return False
            elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT):  # (a look-around or an anchor takes no character)
                raise ValueError(f"no first class for {fragment!r}")
        return True

    if nullable(_parser.parse(fragment)):
        raise ValueError(f"{fragment!r} may match the empty string")
    return "[" + "".join(sorted(chars)) + "".join(ranges) + "]"
