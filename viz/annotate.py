"""The annotated document view: a document's text as HTML with its facts highlighted.

Like displaCy's entity view, each fact read from the text becomes a ``<mark>``
around the characters it was read from, coloured by kind and tagged with a short
label: agencies (责任单位 names), document numbers (文号), citations (《…》 with
their number), quantified targets and the clauses a responsibility annotation
governs (tasks). Every mark carries ``data-node``, the id of its node in the
explorer's network, so that a click on it can focus the graph.

Where the offsets come from: every fact in the store has a ``pkg:evidence`` span
with raw-file offsets, and a document's own evidence quotes its whole raw text.
The view therefore needs no source file at all: the text is the document's
quote, and a fact's offsets minus the document's start index it. Facts whose
quote disagrees with the text at those offsets are left out rather than
misplaced. A 文号 is marked where the store says it was read (``pkg:numberEvidence``:
a document's own number in its header, the cited number of a citation), at its raw
characters however it is spaced or bracketed; nothing here reads the text again, and
this module imports nothing from :mod:`policykg.extract`.

Spans may nest (an agency inside a task clause, a 文号 inside a citation); a span
that crosses the end of the one enclosing it is cut at that end, so the HTML is
always well formed. All text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: Kind → (tag shown after the span, colour). Order is the legend order.
SPAN_KINDS: dict[str, tuple[str, str]] = {
    "task": ("任务", "#e8f5e9"),
    "agency": ("机关", "#ffd8a8"),
    "docnum": ("文号", "#a5d8ff"),
    "citation": ("引用", "#d0ebff"),
    "target": ("目标", "#e5dbff"),
}

# When two spans start and end together the one listed first encloses the other.
_NESTING = {kind: i for i, kind in enumerate(SPAN_KINDS)}


@dataclass(frozen=True, slots=True)
class Span:
    """One highlighted stretch of a document's text.

    Attributes:
        start: first character, an index into the document's text.
        end: one past the last character.
        kind: one of :data:`SPAN_KINDS`.
        node: the explorer node id it links to, or None for a span with no node.
        note: a short description shown on hover (canonical name, relation …).
    """

    start: int
    end: int
    kind: str
    node: int | str | None = None
    note: str = ""


@dataclass(slots=True)
class _Piece:
    span: Span | None
    start: int
    end: int
    children: list[_Piece] = field(default_factory=list)


def nest(spans: Iterable[Span], length: int) -> list[_Piece]:
    """Arrange spans into a tree, cutting any span that crosses the end of its parent.

    Args:
        spans: spans in any order; empty or out-of-range ones are dropped.
        length: the length of the text.

    Returns:
        The top-level pieces, in text order.
    """
    root = _Piece(None, 0, length)
    stack = [root]
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= length and s.kind in SPAN_KINDS),
        key=lambda s: (s.start, -s.end, _NESTING[s.kind]),
    )
    for s in ordered:
        while len(stack) > 1 and s.start >= stack[-1].end:
            stack.pop()
        parent = stack[-1]
        end = min(s.end, parent.end)
        if end <= s.start:
            continue
        if parent.children and parent.children[-1].end > s.start:
            continue  # overlaps an earlier sibling that was itself cut: keep the earlier one
        piece = _Piece(s, s.start, end)
        parent.children.append(piece)
        stack.append(piece)
    return root.children


def render(text: str, spans: Iterable[Span]) -> str:
    """The document's text as an HTML fragment with its spans marked.

    Args:
        text: the document's text (raw, as quoted by its evidence).
        spans: the facts to highlight, with offsets into ``text``.

    Returns:
        Escaped HTML: plain text and ``<mark class="pk-ent pk-{kind}" data-node=…>``
        elements; show it in an element styled ``white-space: pre-wrap``.
    """
    out: list[str] = []

    def emit(pieces: list[_Piece], start: int, end: int) -> None:
        at = start
        for p in pieces:
            out.append(html.escape(text[at : p.start]))
            s = p.span
            assert s is not None
            tag, _ = SPAN_KINDS[s.kind]
            attrs = f'class="pk-ent pk-{s.kind}"'
            if s.node is not None:
                attrs += f' data-node="{html.escape(str(s.node))}" tabindex="0" role="link"'
            if s.note:
                attrs += f' title="{html.escape(s.note)}"'
            out.append(f"<mark {attrs}>")
            emit(p.children, p.start, p.end)
            if s.kind != "task":  # a clause is marked by its background alone; short spans get a tag
                out.append(f'<span class="pk-tag">{tag}</span>')
            out.append("</mark>")
            at = p.end
        out.append(html.escape(text[at:end]))

    emit(nest(spans, len(text)), 0, len(text))
    return "".join(out)


def place(
    text: str, doc_start: int, facts: Iterable[tuple[int, int, str | None, str, int | str | None, str]]
) -> list[Span]:
    """Turn facts with raw-file offsets into spans of one document's text, checking their quotes.

    Args:
        text: the document's raw text, which starts at ``doc_start`` in the file.
        doc_start: the document's offset in the source file.
        facts: ``(start, end, quote, kind, node, note)`` with file offsets; a fact whose
            quote is given and differs from the text there is dropped.

    Returns:
        The spans that fit.
    """
    out = []
    for start, end, quote, kind, node, note in facts:
        s, e = start - doc_start, end - doc_start
        if s < 0 or e > len(text) or s >= e:
            continue
        if quote and text[s:e] != quote:
            continue
        out.append(Span(s, e, kind, node, note))
    return out


def legend() -> Mapping[str, tuple[str, str]]:
    """The span kinds with their tag and colour, for the page's legend.

    Returns:
        Kind → (tag, colour).
    """
    return dict(SPAN_KINDS)
