"""Real documents re-set in the forms other copies of them take, for the tests and ``make accuracy``.

A document found in the wild is seldom the clean text a portal shows: PDF text is hard-wrapped at
its line width (28 characters a line, GB/T 9704) with page numbers and a running head between the
lines, prints each digit run on a line of its own, or places each glyph apart (a space between every two
characters); OCR and some mirrors type full stops as ASCII
points; markdown copies mark headings and lead sentences; web copies leave character references
unescaped. Each function here prints a plain text in one of these forms, as the form is; the
extractor must read the copy as it reads the plain text
(``tests/extract/test_container_forms.py``; the development set re-set in each form is scored
in ``docs/accuracy.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable


def pdf28(text: str) -> str:
    """Hard-wrapped at 28 characters (table rows kept whole), a page number and the issuer's running head
    after every 22 lines."""
    lines: list[str] = []
    for line in text.split("\n"):
        if "|" in line or len(line) <= 28:
            lines.append(line)
            continue
        while len(line) > 28:
            lines.append(line[:28])
            line = line[28:]
        if line:
            lines.append(line)
    out: list[str] = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 22 == 0:
            out += [f"— {i // 22} —", "某某人民政府文件"]
    return "\n".join(out)


def digits(text: str) -> str:
    """Each digit run (a decimal with its point) on a line of its own."""
    return "\n".join("\n".join(p for p in re.split(r"(\d+(?:\.\d+)?)", line) if p) for line in text.split("\n"))


def points(text: str) -> str:
    return text.replace("。", ".")


def markdown(text: str) -> str:
    out = []
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        if i == 0 and 8 < len(s) < 60:
            out.append("# " + s)
        elif re.match(r"[一二三四五六七八九十]+、", s) and len(s) < 40:
            out.append("## " + s)
        elif (m := re.match(r"(（[一二三四五六七八九十]+）[^。]{2,30}。)(.*)", s)):
            out.append(f"**{m.group(1)}**{m.group(2)}")
        else:
            out.append(line)
    return "\n\n".join(out)


def references(text: str) -> str:
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\u3000", "&nbsp;")


def spaced(text: str) -> str:
    """Letter-spaced: a space between every two characters of each line (table rows kept whole), as PDF text
    that places each glyph apart prints it."""
    return "\n".join(line if "|" in line else " ".join(line) for line in text.split("\n"))


#: Each form by its name.
FORMS: dict[str, Callable[[str], str]] = {
    "pdf28": pdf28, "digits": digits, "spaced": spaced, "points": points, "markdown": markdown,
    "references": references,
}
