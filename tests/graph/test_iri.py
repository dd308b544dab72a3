"""IRIs: stable, canonical, ASCII, and accepted by both pyoxigraph and rdflib."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from policykg.graph import iri

DOC5 = "https://w3id.org/policykg/id/document/%E5%98%89%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942024%E3%80%955%E5%8F%B7"


@pytest.mark.parametrize(
    "spelling",
    [
        "嘉政办发〔2024〕5号",
        "嘉政办发[2024]5 号",
        "嘉政办发［2024］5号",
        "嘉政办发(2024)5号",
        "嘉政办发 〔２０２４〕 ５号",
        "嘉政辦發〔2024〕5號",
    ],
    ids=["canonical", "square-spaced", "fullwidth-square", "round", "fullwidth-digits", "traditional"],
)
def test_document_spellings_give_one_iri(spelling):
    assert iri.document(spelling) == DOC5


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda: iri.agency("嘉兴市科学技术局"),
            "https://w3id.org/policykg/id/agency/%E5%98%89%E5%85%B4%E5%B8%82%E7%A7%91%E5%AD%A6%E6%8A%80%E6%9C%AF%E5%B1%80",
        ),
        (lambda: iri.part("嘉政办发〔2024〕5号", "task", 3), DOC5 + "/task/3"),
        (lambda: iri.part("嘉政办发〔2024〕5号", "target", 0), DOC5 + "/target/0"),
        (lambda: iri.responsibility(DOC5 + "/task/3", 1), DOC5 + "/task/3/responsibility/1"),
        (
            lambda: iri.citation("嘉政办发〔2024〕5号", "implements", "浙政办发〔2023〕25 号"),
            DOC5
            + "/citation/implements/%E6%B5%99%E6%94%BF%E5%8A%9E%E5%8F%91%E3%80%942023%E3%80%9525%E5%8F%B7",
        ),
        (
            lambda: iri.gazette("嘉兴市人民政府公报", 2024, 3),
            "https://w3id.org/policykg/id/gazette/%E5%98%89%E5%85%B4%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%AC%E6%8A%A5/2024/3",
        ),
        (
            lambda: iri.document("doc-0123456789abcdef"),
            "https://w3id.org/policykg/id/document/doc-0123456789abcdef",
        ),
        (lambda: iri.evidence("file:///a/b.txt", 10, 20), "file:///a/b.txt#char=10,20"),
    ],
    ids=["agency", "task", "target", "responsibility", "citation", "gazette", "hash-key", "evidence"],
)
def test_iris_are_stable(make, expected):
    # Exact strings: a change here changes every stored node and must be deliberate.
    assert make() == expected


@pytest.mark.parametrize(
    "alias_pair",
    [
        ("嘉兴市各县（市、区）人民政府", "嘉兴市各县(市、区)人民政府"),
        ("嘉兴市 科学技术局", "嘉兴市科学技术局"),
    ],
    ids=["fullwidth-brackets", "stray-space"],
)
def test_agency_spellings_fold(alias_pair):
    a, b = alias_pair
    assert iri.agency(a) == iri.agency(b)


TRICKY = [
    "嘉政发〔2024〕8号",
    "a b#c?d/e%f",
    '<>"{}|\\^`',
    "\ue000私用区",
    "𠀀扩展B",
    "ｆｕｌｌｗｉｄｔｈ",
    "line\nbreak",
]


@pytest.mark.parametrize(
    "key", TRICKY, ids=["docnum", "reserved", "forbidden", "private-use", "astral", "fullwidth", "newline"]
)
def test_iris_are_ascii_and_parse_in_both_libraries(key):
    value = iri.document(key)
    assert value.isascii()
    node = ox.NamedNode(value)
    ref = rdflib.URIRef(value)
    nt = f'<{value}> <http://example.org/p> "x" .\n'
    assert next(iter(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))).subject == node
    assert next(iter(rdflib.Graph().parse(data=nt, format="nt"))).__getitem__(0) == ref
    assert iri.key_of(value) == iri.document_key(key)


def test_source_file_iri_is_the_resolved_path(tmp_path, monkeypatch):
    f = tmp_path / "公报 1.txt"
    f.write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert iri.source_file("公报 1.txt") == iri.source_file(f) == f.resolve().as_uri()
    assert iri.source_file(f).isascii()
