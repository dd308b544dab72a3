"""The networkx views read the store with targeted queries and keep roles, aliases and relation types.

The store holds records made by hand from real snippets of the shared gazette, so
that these tests do not depend on the extractor. One task (整体迁入支持政策) is
given a lead and a support on purpose: the gazette's annotations name no lead,
and the lead → support direction must still be tested.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest
from policykg.extract.records import AgencyMention, Citation, Document, Relation, Role, Source, Target, Task
from policykg.graph import iri, rows, views
from policykg.graph.build import load_records
from policykg.graph.store import GraphStore

KEJI = "嘉兴市科学技术局"
RENSHE = "嘉兴市人力资源和社会保障局"
JINRONG = "嘉兴市人民政府金融工作办公室"
SHANGWU = "嘉兴市商务局"
N7 = "嘉政办发〔2024〕7号"
N9 = "嘉政发〔2024〕9号"
N5 = "嘉政办发〔2024〕5号"


def find(raw: str, snippet: str) -> Source:
    """The span of ``snippet`` in the raw gazette, whitespace and punctuation width ignored."""
    pattern = r"\s*".join(
        re.escape(c) if c not in "，,（(）)：:" else f"[{c}{_ALT.get(c, '')}]" for c in snippet
    )
    m = re.search(pattern, raw)
    assert m, snippet
    return Source(m.start(), m.end(), m.group(0))


_ALT = {"，": ",", ",": "，", "（": "(", "(": "（", "）": ")", ")": "）", "：": ":", ":": "："}


def mention(name: str, canonical: str, role: Role = Role.RESPONSIBLE) -> AgencyMention:
    return AgencyMention(name=name, canonical=canonical, role=role)


def hand_records(raw: str) -> list:
    """Three documents, five tasks (one prose), a target and three citations, all from the gazette."""
    d7 = Document(
        N7,
        "嘉兴市人民政府办公室印发关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划(2024-2026年)的通知",
        ("嘉兴市人民政府办公室",),
        "2024-02-28",
        effective="2024-04-01",
        expires="2026-12-31",
        source=find(raw, "本计划自2024年4月1日起施行"),
    )
    d9 = Document(
        N9,
        "嘉兴市人民政府关于调整全市最低工资标准的通知",
        ("嘉兴市人民政府",),
        "2024-02-29",
        effective="2024-01-01",
        source=find(raw, "根据《浙江省人民政府关于调整全省最低工资标准的通知》"),
    )
    d5 = Document(
        N5,
        "嘉兴市人民政府办公室关于推进嘉兴市卫生健康现代化建设的实施意见",
        ("嘉兴市人民政府办公室",),
        "2024-02-21",
        source=find(raw, "为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》"),
    )
    specs = [
        ("推动设立科技企业孵化器联合基金", [("市科技局", KEJI), ("市金融办", JINRONG)], "annotated"),
        (
            "大力推进科技招商，常态化举办专场路演",
            [
                ("市委组织部", "中共嘉兴市委组织部"),
                ("市科技局", KEJI),
                ("市人社保局", RENSHE),
                ("市科创人才集团", "嘉兴市科创人才集团"),
            ],
            "annotated",
        ),
        (
            "推动各地制定异地高新技术企业整体迁入支持政策",
            [("市科技局", KEJI, Role.LEAD), ("市商务局", SHANGWU, Role.SUPPORT)],
            "annotated",
        ),
        ("帮助研发一批新产品、新设备、新材料", [("市科技局", KEJI), ("市人力社保局", RENSHE)], "annotated"),
        ("市科技局负责落实全市强化企业科技创新体系建设工作", [("市科技局", KEJI)], "prose"),
    ]
    tasks = [
        Task(
            N7,
            text,
            tuple(mention(*a) for a in agencies),
            path=("二", "（一）", str(i + 1)),
            index=i,
            document_key=d7.key,
            kind=kind,
            deadline="2026" if i == 0 else None,
            source=find(raw, text),
        )
        for i, (text, agencies, kind) in enumerate(specs)
    ]
    target = Target(
        N7,
        "落地科创项目",
        700.0,
        "个",
        ">=",
        deadline="2026",
        recurrence="annual",
        commitment="aspirational",
        text="力争每年落地科创项目700个以上",
        index=0,
        document_key=d7.key,
        task=f"{d7.key}/task/1",
        source=find(raw, "力争每年落地科创项目700个以上"),
    )
    citations = [
        Citation(
            N9,
            "嘉政发〔2021〕22号",
            "嘉兴市人民政府关于调整全市最低工资标准的通知",
            Relation.REPEALS,
            document_key=d9.key,
            source=find(raw, "同时废止"),
        ),
        Citation(
            N9,
            "浙政发〔2024〕3号",
            "浙江省人民政府关于调整全省最低工资标准的通知",
            Relation.BASIS,
            document_key=d9.key,
            source=find(raw, "根据《浙江省人民政府关于调整全省最低工资标准的通知》"),
        ),
        Citation(
            N5,
            "浙政办发〔2023〕25号",
            "浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见",
            Relation.IMPLEMENTS,
            document_key=d5.key,
            source=find(raw, "为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》"),
        ),
    ]
    return [d7, d9, d5, *tasks, target, *citations]


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory, gazette_path: Path):
    """An on-disk store holding the hand-made records, opened read-only."""
    folder = tmp_path_factory.mktemp("views")
    copy = folder / gazette_path.name
    shutil.copy(gazette_path, copy)
    raw = copy.read_text(encoding="utf-8")
    with GraphStore.open(folder / "store", write=True) as gs:
        load_records(gs, hand_records(raw), path=copy, raw=raw)
    with GraphStore.open(folder / "store") as gs:
        yield gs


def agency(name: str) -> str:
    return iri.agency(name)


def test_bipartite_graph_links_tasks_to_agencies_with_roles(hand_store):
    g = views.task_agency_graph(hand_store)
    tasks = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    agencies = {n for n, d in g.nodes(data=True) if d["bipartite"] == 1}
    assert len(tasks) == 5
    assert {g.nodes[a]["name"] for a in agencies} == {
        KEJI,
        RENSHE,
        JINRONG,
        SHANGWU,
        "中共嘉兴市委组织部",
        "嘉兴市科创人才集团",
    }
    assert nx.is_bipartite(g)
    migrate = iri.part(N7, "task", 2)
    assert g.edges[migrate, agency(KEJI)]["role"] == "lead"
    assert g.edges[migrate, agency(SHANGWU)]["role"] == "support"
    assert g.degree(agency(KEJI)) == 5
    assert g.nodes[iri.part(N7, "task", 4)]["task_kind"] == "prose"


def test_aliases_are_one_node(hand_store):
    known = rows.agencies(hand_store)
    renshe = known[agency(RENSHE)]
    assert renshe.name == RENSHE
    assert set(renshe.aliases) == {"市人社保局", "市人力社保局"}
    g = views.task_agency_graph(hand_store)
    assert g.degree(agency(RENSHE)) == 2


def test_co_responsibility_weights_and_lead_direction(hand_store):
    g = views.co_responsibility_graph(hand_store)
    keji, renshe, shangwu = agency(KEJI), agency(RENSHE), agency(SHANGWU)
    assert g.edges[keji, renshe]["weight"] == g.edges[renshe, keji]["weight"] == 2
    assert g.edges[keji, shangwu]["leads"] == 1
    assert g.edges[shangwu, keji]["leads"] == 0
    assert g.edges[keji, renshe]["leads"] == 0
    node = g.nodes[keji]
    assert (node["tasks"], node["lead"], node["responsible"], node["sole"]) == (5, 1, 4, 1)
    assert g.nodes[shangwu]["support"] == 1
    assert not g.has_edge(renshe, shangwu)


def test_co_responsibility_can_leave_prose_tasks_out(hand_store):
    g = views.co_responsibility_graph(hand_store, kinds={"annotated"})
    assert g.nodes[agency(KEJI)]["tasks"] == 4
    assert g.nodes[agency(KEJI)]["sole"] == 0


def test_undirected_keeps_weight_and_gives_distance(hand_store):
    u = views.undirected(views.co_responsibility_graph(hand_store))
    assert not u.is_directed()
    assert u.edges[agency(KEJI), agency(RENSHE)]["weight"] == 2
    assert u.edges[agency(KEJI), agency(RENSHE)]["distance"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("citing", "relation", "cited"),
    [
        pytest.param(N9, "repeals", "嘉政发〔2021〕22号", id="repeals"),
        pytest.param(N9, "based_on", "浙政发〔2024〕3号", id="based-on"),
        pytest.param(N5, "implements", "浙政办发〔2023〕25号", id="implements"),
    ],
)
def test_document_graph_has_typed_edges(hand_store, citing, relation, cited):
    g = views.document_graph(hand_store)
    a, b = iri.document(citing), iri.document(cited)
    assert g.has_edge(a, b, key=relation)
    assert g.edges[a, b, relation]["relation"] == relation
    assert g.nodes[a]["read"] is True
    assert g.nodes[b]["read"] is False
    assert g.nodes[b]["number"] == cited


def test_document_graph_has_only_the_stored_relations(hand_store):
    g = views.document_graph(hand_store)
    assert sorted(rel for _, _, rel in g.edges(keys=True)) == ["based_on", "implements", "repeals"]


def test_implementation_chain_from_the_store(hand_store):
    g = views.document_graph(hand_store)
    assert views.implementation_chains(g, iri.document(N5)) == [[iri.document("浙政办发〔2023〕25号")]]
    assert views.implementation_chains(g, iri.document(N9)) == []


def test_implementation_chains_climb_every_branch_and_stop_on_cycles():
    g = nx.MultiDiGraph()
    for a, b, rel in [
        ("county", "city", "implements"),
        ("city", "province", "implements"),
        ("province", "state", "implements"),
        ("county", "state2", "implements"),
        ("county", "basis", "based_on"),
        ("state", "county", "implements"),
    ]:
        g.add_edge(a, b, key=rel, relation=rel)
    assert views.implementation_chains(g, "county") == [["city", "province", "state"], ["state2"]]


@pytest.mark.parametrize(
    ("deadline", "key"),
    [
        pytest.param("2025", "2025-12-31", id="year"),
        pytest.param("2024-02", "2024-02-29", id="month-leap"),
        pytest.param("2025-06-30", "2025-06-30", id="day"),
        pytest.param("2024年底", None, id="words"),
        pytest.param(None, None, id="none"),
    ],
)
def test_deadline_key_is_the_last_day_allowed(deadline, key):
    assert rows.deadline_key(deadline) == key


def test_rows_carry_text_evidence_and_targets(hand_store):
    tasks = rows.tasks(hand_store)
    first = tasks[iri.part(N7, "task", 0)]
    assert first.text == "推动设立科技企业孵化器联合基金"
    assert first.path == "二/（一）/1"
    assert first.deadline == "2026"
    assert first.file == "jiaxing-gazette-2024-03.txt"
    assert first.start is not None and first.end > first.start
    (target,) = rows.targets(hand_store)
    assert target.task == iri.part(N7, "task", 1)
    assert (target.value, target.comparator, target.unit) == ("700", ">=", "个")


def test_views_are_quick(hand_store):
    start = time.perf_counter()
    views.task_agency_graph(hand_store)
    views.co_responsibility_graph(hand_store)
    views.document_graph(hand_store)
    assert time.perf_counter() - start < 2.0
