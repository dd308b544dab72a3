"""One exception tree for policykg.

Every error carries where it happened (file, document, character span) so the CLI
can print one line a user can act on. The library raises these; it never prints.
"""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base of every error policykg raises on purpose.

    Args:
        message: what went wrong, one line.
        path: the file concerned, if any.
        document: the document number (文号) concerned, if any.
        span: ``(start, end)`` character offsets in the source, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        document: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.document = document
        self.span = span

    def __str__(self) -> str:
        where = []
        if self.path:
            where.append(str(self.path))
        if self.document:
            where.append(self.document)
        if self.span:
            where.append(f"chars {self.span[0]}-{self.span[1]}")
        return f"{': '.join(where)}: {self.message}" if where else self.message


class InputError(PolicyKGError):
    """A file cannot be read: missing, empty, binary, undecodable, unsupported."""


class OutputError(PolicyKGError):
    """An output cannot be written: a folder given as a file, no permission, a folder that cannot be made."""


class ExtractionError(PolicyKGError):
    """Extraction failed on a document in a way that is a bug or unexpected input."""


class OntologyError(PolicyKGError):
    """The ontology or its generated namespace module is inconsistent."""


class StoreError(PolicyKGError):
    """The RDF store cannot be opened, is locked, or a load failed."""


class QueryError(PolicyKGError):
    """A SPARQL query is malformed, unknown, timed out, or a parameter is bad."""


class NotFoundError(PolicyKGError):
    """A named thing (agency, document, query) does not exist."""
