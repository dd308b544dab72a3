"""policykg: Chinese government policy documents as a knowledge graph.

Public API::

    from policykg import extract_path, extract_text
    result = extract_path("gazette.txt")
    for record in result.records:
        print(record.to_dict())
"""

from __future__ import annotations

__version__ = "0.2.0"

from policykg.errors import (  # noqa: E402
    ExtractionError,
    InputError,
    NotFoundError,
    OntologyError,
    OutputError,
    PolicyKGError,
    QueryError,
    StoreError,
)


def extract_path(path, **kwargs):
    """Extract every record from one file; see :func:`policykg.extract.pipeline.extract_path`."""
    from policykg.extract.pipeline import extract_path as _extract_path

    return _extract_path(path, **kwargs)


def extract_text(text, **kwargs):
    """Extract every record from a string; see :func:`policykg.extract.pipeline.extract_text`."""
    from policykg.extract.pipeline import extract_text as _extract_text

    return _extract_text(text, **kwargs)


__all__ = [
    "__version__",
    "extract_path",
    "extract_text",
    "PolicyKGError",
    "InputError",
    "ExtractionError",
    "OntologyError",
    "OutputError",
    "StoreError",
    "QueryError",
    "NotFoundError",
]
