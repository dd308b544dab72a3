"""Stable IRIs for the knowledge graph, derived from canonical keys.

The scheme (base ``https://w3id.org/policykg/``):

===================  ==============================================================
node                 IRI
===================  ==============================================================
document             ``id/document/{key}``; key = canonical 文号 (whitespace removed,
                     full-width digits folded, any bracket around the year → 〔〕),
                     else ``doc-`` + SHA-1 of issuer, date and title
                     (:func:`policykg.extract.records.document_key`)
task / target /      ``id/document/{key}/task/{i}`` (``target``, ``incentive``):
incentive            the document's key and the record's position in it
responsibility       ``…/task/{i}/responsibility/{j}``
citation             ``id/document/{key}/citation/{relation}/{cited key}``
section              ``id/document/{key}/section/{step}/{step}…``
agency               ``id/agency/{name}``; name = the canonical name in the extractor's one
                     spelling (NFKC, brackets full-width, whitespace removed), so every
                     alias of an agency is one node
post                 ``id/agency/{name}/post/{post}``
person               ``id/person/{name}`` (people are known by name only)
appointment          ``id/appointment/{h}``: SHA-1 of person, action, post, agency, period
gazette issue        ``id/gazette/{title}/{year}/{issue}``
source file          the file's resolved path as a ``file:`` URI; also its named graph
shared descriptions  the graph ``graph/shared``; validity statuses ``graph/status``
evidence             ``{file URI}#char={start},{end}`` (RFC 5147 character range)
selectors            ``id/selector/position/{start}-{end}``, ``id/selector/quote/{h}``
===================  ==============================================================

Every key segment is NFC-normalised then percent-encoded as UTF-8, leaving only
ASCII letters, digits and ``-._~`` as they are. The IRIs are therefore plain ASCII
URIs that every RDF tool, HTTP client and SPARQL server accepts unchanged, and two
spellings of the same key cannot give two nodes through differing IRI escaping.
Use :func:`key_of` to read the key back.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote, unquote

from policykg.extract.agencies import canonical_spelling
from policykg.extract.docnum import canonical_docnum

BASE = "https://w3id.org/policykg/"
ID = BASE + "id/"
#: The named graph that holds derived validity statuses (eli:in_force).
STATUS_GRAPH = BASE + "graph/status"
#: The named graph that describes, once, the nodes every file may mention: agencies,
#: documents' type and number, selectors, people and posts (see :mod:`policykg.graph.rdf`).
SHARED_GRAPH = BASE + "graph/shared"
#: The named graph of derived positions (``pkg:dueRank``) that let a page of a
#: corpus-wide listing be read without sorting the corpus (see :mod:`policykg.graph.ranks`).
RANK_GRAPH = BASE + "graph/rank"

_WS = re.compile(r"\s+")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# A year in any bracket, as PDFs and typists write it: [2024] (2024) 【2024】 ［2024］.
_YEAR_BRACKETS = re.compile(r"[\[［【(（{〔]\s*(\d{4})\s*[\]］】)）}〕]")


def segment(text: str) -> str:
    """One path segment: NFC, then percent-encoded UTF-8 (only ``A-Za-z0-9-._~`` kept).

    Args:
        text: any key, Chinese included.

    Returns:
        An ASCII string safe as one IRI path segment.
    """
    return quote(unicodedata.normalize("NFC", text), safe="-._~")


def canonical_number(number: str) -> str:
    """Fold a document number (文号) to the GB/T 9704-2012 spelling.

    Uses the extractor's parser (which also folds traditional characters); a
    number it rejects is still folded for whitespace, digits and brackets, so
    that one spelling always gives one key.

    Args:
        number: a number as written, e.g. ``嘉政发[2024]8 号``.

    Returns:
        The canonical form, e.g. ``嘉政发〔2024〕8号``.
    """
    parsed = canonical_docnum(number)
    if parsed:
        return parsed
    folded = _WS.sub("", unicodedata.normalize("NFC", number)).translate(_FULLWIDTH_DIGITS)
    return _YEAR_BRACKETS.sub(r"〔\1〕", folded)


def canonical_agency(name: str) -> str:
    """The key of an agency name: the extractor's one spelling (NFKC, whitespace removed, brackets full-width).

    Args:
        name: the canonical name the extractor gave.

    Returns:
        The key used in the agency's IRI and labels, the same string the JSON export carries.
    """
    return canonical_spelling(name)


def document_key(key: str) -> str:
    """Canonicalise a document key: numbers are folded, ``doc-`` hashes kept.

    Args:
        key: a record's ``document_key`` or a document number.

    Returns:
        The canonical key.
    """
    return key if key.startswith("doc-") else canonical_number(key)


def document(key: str) -> str:
    """The IRI of a document.

    Args:
        key: its 文号 in any spelling, or a ``doc-…`` key.

    Returns:
        ``https://w3id.org/policykg/id/document/{key}``.
    """
    return f"{ID}document/{segment(document_key(key))}"


def part(doc_key: str, kind: str, index: int | str) -> str:
    """The IRI of a numbered part of a document (task, target, incentive …).

    Args:
        doc_key: the document's key.
        kind: ``task``, ``target``, ``incentive``.
        index: the record's position in the document.

    Returns:
        ``…/document/{key}/{kind}/{index}``.
    """
    return f"{document(doc_key)}/{kind}/{segment(str(index))}"


def responsibility(task_iri: str, index: int) -> str:
    """The IRI of the ``index``-th responsibility of a task.

    Args:
        task_iri: the task's IRI.
        index: the agency's position in the task's list.

    Returns:
        ``{task}/responsibility/{index}``.
    """
    return f"{task_iri}/responsibility/{index}"


def citation(doc_key: str, relation: str, cited_key: str) -> str:
    """The IRI of a citation: one per citing document, relation and cited document.

    Args:
        doc_key: the citing document's key.
        relation: the relation word (``implements`` …).
        cited_key: the cited document's key.

    Returns:
        ``…/document/{key}/citation/{relation}/{cited key}``.
    """
    return f"{document(doc_key)}/citation/{segment(relation)}/{segment(document_key(cited_key))}"


def section(doc_key: str, path: tuple[str, ...] | list[str]) -> str:
    """The IRI of a section from its numbering path.

    Args:
        doc_key: the document's key.
        path: the numbering steps, e.g. ``("一", "（三）")``.

    Returns:
        ``…/document/{key}/section/一/%EF%BC%88三%EF%BC%89`` (encoded).
    """
    return f"{document(doc_key)}/section/" + "/".join(segment(step) for step in path)


def agency(name: str) -> str:
    """The IRI of an agency from its canonical name.

    Args:
        name: the canonical name.

    Returns:
        ``https://w3id.org/policykg/id/agency/{name}``.
    """
    return f"{ID}agency/{segment(canonical_agency(name))}"


def post(organization: str | None, title: str) -> str:
    """The IRI of a post in an organization (or on its own when the organization is unknown).

    Args:
        organization: the organization's canonical name, or None.
        title: the post, e.g. ``副局长``.

    Returns:
        ``…/agency/{org}/post/{title}`` or ``…/post/{title}``.
    """
    base = f"{agency(organization)}/post" if organization else f"{ID}post"
    return f"{base}/{segment(title)}"


def person(name: str) -> str:
    """The IRI of a person, by name.

    Args:
        name: the person's name.

    Returns:
        ``https://w3id.org/policykg/id/person/{name}``.
    """
    return f"{ID}person/{segment(_WS.sub('', name))}"


def digest(*parts: object) -> str:
    """A short SHA-1 of the joined parts, for keys that have no natural identifier.

    Args:
        *parts: values joined with ``|`` (None as empty).

    Returns:
        16 hex digits.
    """
    basis = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def appointment(
    person_name: str, action: str, post_title: str, organization: str | None, period: str | None
) -> str:
    """The IRI of a personnel decision.

    Args:
        person_name: who.
        action: ``appoint`` or ``remove``.
        post_title: the post.
        organization: the organization, or None.
        period: the month listed, or None.

    Returns:
        ``https://w3id.org/policykg/id/appointment/{hash}``.
    """
    return f"{ID}appointment/{digest(person_name, action, post_title, organization, period)}"


def gazette(title: str | None, year: int | None, issue: int | None) -> str:
    """The IRI of a gazette issue.

    Args:
        title: the gazette's title (嘉兴市人民政府公报).
        year: its year.
        issue: its issue number in that year.

    Returns:
        ``https://w3id.org/policykg/id/gazette/{title}/{year}/{issue}``.
    """
    return f"{ID}gazette/{segment(title or 'gazette')}/{year or 0}/{issue or 0}"


def source_file(path: str | Path) -> str:
    """The IRI of a source file, which also names its graph: its resolved path as a URI.

    Args:
        path: the file's path.

    Returns:
        A percent-encoded ``file:`` URI.
    """
    return Path(path).resolve().as_uri()


def evidence(file_iri: str, start: int, end: int) -> str:
    """The IRI of a span of a source file (an RFC 5147 ``char=`` fragment).

    Args:
        file_iri: the source file's IRI.
        start: first character offset.
        end: offset just past the last character.

    Returns:
        ``{file}#char={start},{end}``.
    """
    return f"{file_iri}#char={start},{end}"


def position_selector(start: int, end: int) -> str:
    """The IRI of a text position selector (a value: shared by every file).

    Args:
        start: first character offset.
        end: offset just past the last character.

    Returns:
        ``https://w3id.org/policykg/id/selector/position/{start}-{end}``.
    """
    return f"{ID}selector/position/{start}-{end}"


def quote_selector(text: str) -> str:
    """The IRI of a text quote selector (a value: one node per distinct quote).

    Args:
        text: the quoted text.

    Returns:
        ``https://w3id.org/policykg/id/selector/quote/{sha1}``.
    """
    return f"{ID}selector/quote/{hashlib.sha1(text.encode('utf-8')).hexdigest()}"


def key_of(iri: str) -> str:
    """Read the key back from a document or agency IRI.

    Args:
        iri: e.g. ``https://w3id.org/policykg/id/document/%E5%98%89…``.

    Returns:
        The decoded last segment, e.g. ``嘉政发〔2024〕8号``.
    """
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])
