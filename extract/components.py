"""spaCy components: a thin agency recogniser over the shipped name tables and the form of a body.

``policykg_agencies`` marks agency names in a ``Doc`` as entities labelled ``AGENCY``
(``Span._.policykg_canonical``, ``._.policykg_type``, ``._.policykg_known`` hold what
:func:`policykg.extract.agencies.canonical_agency` says). It combines a
``PhraseMatcher`` over every full name in the central table (``国家发展和改革委员会``,
``工业和信息化部`` …) with the table-driven patterns of
:func:`policykg.extract.agencies.find_agencies` (relative prefixes, short forms,
collectives). The work is done by those pure functions; this module only wraps them.

Docs are built from characters (``Doc(vocab, words=list(text))``), which is fast and keeps
every character boundary a token boundary; use the component on short spans (sentences,
annotations), never on a whole gazette.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from policykg.extract.agencies import (
    FORM_BODY_FIRST,
    _alt,
    _central_table,
    agency_pattern,
    agency_pattern_first,
    canonical_agency,
    find_agencies,
    form_body_at_start,
    with_units,
)
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

LABEL = "AGENCY"

for _attr in ("policykg_canonical", "policykg_type", "policykg_known"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)
if not Doc.has_extension("policykg_issuer"):
    Doc.set_extension("policykg_issuer", default=())


def char_doc(nlp: Language, text: str) -> Doc:
    """A Doc with one token per character (whitespace kept as its own token)."""
    return Doc(nlp.vocab, words=list(text) or [""], spaces=[False] * max(1, len(text)))


@lru_cache(maxsize=1)
def _full_names() -> list[str]:
    """The full names of the central table the recogniser's ``PhraseMatcher`` knows (three characters and more)."""
    names = sorted({canonical for canonical, _ in _central_table().values()} | set(_central_table()))
    return [n for n in names if len(n) >= 3]


@lru_cache(maxsize=1)
def _full_name_set() -> frozenset[str]:
    return frozenset(_full_names())


@lru_cache(maxsize=1)
def _full_name_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths of the full names (:func:`_full_names`) by their first two characters, longest first
    (``国家`` → the lengths of 国家发展和改革委员会, 国家税务总局 …)."""
    lengths: dict[str, set[int]] = {}
    for n in _full_names():
        lengths.setdefault(n[:2], set()).add(len(n))
    return {head: tuple(sorted(ls, reverse=True)) for head, ls in lengths.items()}


def _full_name_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Every occurrence of a full name (:func:`_full_names`) in ``text`` from ``start`` on, overlapping ones
    too, as ``(start, end)``: what the recogniser's ``PhraseMatcher`` finds in a Doc of one token a character."""
    names = _full_name_set()
    lengths = _full_name_lengths()
    out = []
    end = len(text)
    for i in range(start, end - 2):
        for n in lengths.get(text[i : i + 2], ()):
            if i + n <= end and text[i : i + n] in names:  # (a slice past the end is shorter: no name there)
                out.append((i, i + n))
    return out


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without overlaps, the longest (then the first) kept, left to right: what
    :func:`spacy.util.filter_spans` keeps of the same spans in a Doc of one token a character."""
    kept = []
    seen: set[int] = set()
    for a, b in sorted(spans, key=lambda sp: (sp[1] - sp[0], -sp[0]), reverse=True):
        if a not in seen and b - 1 not in seen:
            kept.append((a, b))
            seen.update(range(a, b))
    return sorted(kept)


class AgencyRecognizer:
    """Sets ``doc.ents`` to the agency names in a Doc (one char per token is assumed)."""

    def __init__(self, nlp: Language, name: str = "policykg_agencies", *, overwrite: bool = True) -> None:
        self.name = name
        self.overwrite = overwrite
        self.matcher = PhraseMatcher(nlp.vocab)
        names = _full_names()
        self.matcher.add(LABEL, [char_doc(nlp, n) for n in names])
        #: Whether a text holds any of the matcher's names: where none does, the matcher has nothing to add.
        self.phrases = re.compile(_alt(names))

    def spans(self, doc: Doc, text: str | None = None) -> list[Span]:
        """The agency names in ``doc``, longest first where they overlap, left to right.

        ``text`` is ``doc.text`` when the caller has it (``Doc.text`` joins every token).
        """
        issuer = tuple(doc._.policykg_issuer or ())
        spans = [Span(doc, s, e, label=LABEL) for _, s, e in self.matcher(doc)]
        for start, end, _ in find_agencies(doc.text if text is None else text, issuer=issuer, unknown=True):
            span = doc.char_span(start, end, label=LABEL, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        if not self.overwrite:
            spans += list(doc.ents)
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        ents = self.spans(doc)
        issuer = tuple(doc._.policykg_issuer or ())
        for span in ents:
            canonical, kind, known = canonical_agency(span.text, issuer=issuer)
            span._.policykg_canonical = canonical
            span._.policykg_type = kind.value
            span._.policykg_known = known
        doc.ents = ents
        return doc


@Language.factory("policykg_agencies", default_config={"overwrite": True})
def make_agency_component(nlp: Language, name: str, overwrite: bool) -> AgencyRecognizer:
    """Factory of the ``policykg_agencies`` component (also exposed as a spacy_factories entry point)."""
    return AgencyRecognizer(nlp, name, overwrite=overwrite)


@lru_cache(maxsize=1)
def agency_nlp() -> Language:
    """A blank Chinese pipeline with the agency recogniser, built once per process."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("policykg_agencies")
    return nlp


@lru_cache(maxsize=1)
def _recognizer() -> AgencyRecognizer:
    """The recogniser of :func:`agency_nlp`'s pipeline."""
    return agency_nlp().get_pipe("policykg_agencies")


def agency_spans(text: str, *, issuer: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Agency names in a short span, as ``(start, end, name)`` character offsets.

    Args:
        text: a sentence or an annotation (keep it short: the Doc is built per call).
        issuer: the document's issuing bodies, to resolve relative names.

    Returns:
        The recognised names, left to right, without overlaps.
    """
    found = find_agencies(text, issuer=issuer, unknown=True)
    first = _recognizer().phrases.search(text)
    if first is None:
        # No full name for the PhraseMatcher: the table patterns' matches (never overlapping)
        # are the whole answer.
        return with_units(text, found)
    # What the recogniser's spans would be, without its Doc: building one (a token a character) and
    # reading its spans back cost several times the matching itself. Its phrase matches, found here
    # by a lookup of the names at each character from the first one, and the table patterns' matches,
    # filtered as spaCy's filter_spans does.
    spans = _longest_first(_full_name_spans(text, first.start()) + [(a, b) for a, b, _ in found])
    return with_units(text, [(a, b, text[a:b]) for a, b in spans])


@lru_cache(maxsize=1)
def _start_chars() -> frozenset[str]:
    """The characters a name :func:`agency_at_start` finds may open with (most sentences open with none)."""
    return frozenset(n[0] for n in _full_names()) | agency_pattern_first() | FORM_BODY_FIRST


def agency_at_start(text: str) -> bool:
    """Whether an agency name may start ``text``: a full name of the central table or a match
    of the table patterns at its first character.

    A cheap test (two anchored matches, no Doc): every span :func:`agency_spans` returns that
    starts at 0 passes it, so a caller that needs only such spans may skip the rest.
    """
    return text[:1] in _start_chars() and (
        _recognizer().phrases.match(text) is not None
        or agency_pattern().match(text) is not None
        or form_body_at_start(text)
    )
