"""Records made by hand from real snippets of the shared gazette, for the graph tests.

They stand in for extraction so that the graph layer is tested on its own; the
acceptance tests in ``test_acceptance.py`` run the real pipeline instead.
"""

from __future__ import annotations

from pathlib import Path

from policykg.extract.records import (
    AgencyMention,
    Appointment,
    Citation,
    Document,
    Gazette,
    Relation,
    Role,
    Source,
    Target,
    Task,
)

CORPUS = Path("/work/shared/corpus")
GAZETTE = CORPUS / "jiaxing-gazette-2024-03.txt"


def raw_text(path: Path = GAZETTE) -> str:
    """The file as the extractor reads it (universal newlines)."""
    return path.read_text(encoding="utf-8")


def span(raw: str, text: str, nth: int = 0, file: str | None = None) -> Source:
    """The Source of the ``nth`` occurrence of ``text`` in ``raw``."""
    start = -1
    for _ in range(nth + 1):
        start = raw.index(text, start + 1)
    return Source(start, start + len(text), text, file)


def _mention(name: str, canonical: str, role: Role = Role.RESPONSIBLE) -> AgencyMention:
    return AgencyMention(name=name, canonical=canonical, role=role)


KEJI = "嘉兴市科学技术局"
RENSHE = "嘉兴市人力资源和社会保障局"


def gazette_records(raw: str, file: str | None = None) -> list:
    """Records for a few facts of the shared gazette, with real offsets."""
    g = Gazette(
        "嘉兴市人民政府公报",
        2024,
        3,
        249,
        "2024-03-25",
        "嘉兴市人民政府办公室",
        span(raw, "嘉兴市人民政府公报"),
    )
    d9 = Document(
        "嘉政发〔2024〕9号",
        "嘉兴市人民政府关于调整全市最低工资标准的通知",
        ("嘉兴市人民政府",),
        "2024-02-29",
        effective="2024-01-01",
        source=span(raw, "嘉兴市人民政府关于调整全市最低工资标准的通知", 1),
    )
    d5 = Document(
        "嘉政办发〔2024〕5号",
        "嘉兴市人民政府办公室关于推进嘉兴市卫生健康现代化建设的实施意见",
        ("嘉兴市人民政府办公室",),
        "2024-02-21",
        source=span(raw, "嘉兴市人民政府办公室关于推进嘉兴市卫生健康现代化建设的实施意见", 1),
    )
    d7 = Document(
        "嘉政办发〔2024〕7号",
        "嘉兴市人民政府办公室印发关于强化企业科技创新主体地位加快企业创新能力提升三年行动计划(2024-2026年)的通知",
        ("嘉兴市人民政府办公室",),
        "2024-02-28",
        effective="2024-04-01",
        expires="2026-12-31",
        source=span(raw, "本计划自2024年4月1日起施行,有效期至2026年12月31日。"),
    )
    key7 = d7.key
    tasks = [
        Task(
            "嘉政办发〔2024〕7号",
            "推动设立科技企业孵化器联合基金,重点支持20个孵化平台,推动科技企业孵化器走专业化发展路径。",
            (_mention("市科技局", KEJI), _mention("市金融办", "嘉兴市人民政府金融工作办公室")),
            index=0,
            document_key=key7,
            source=span(
                raw,
                "推动设立科技企业孵化器联合基金,重点支持20个孵化平台,推动科技企业孵化器走专业化发展路径。",
            ),
        ),
        Task(
            "嘉政办发〔2024〕7号",
            "大力推进科技招商,常态化举办专场路演,力争每年落地科创项目700个以上。",
            (
                _mention("市委组织部", "中共嘉兴市委组织部"),
                _mention("市科技局", KEJI),
                _mention("市人社保局", RENSHE),
                _mention("市科创人才集团", "嘉兴市科创人才集团"),
            ),
            index=1,
            document_key=key7,
            source=span(raw, "大力推进科技招商,常态化举办专场路演,力争每年落地科创项目700个以上。"),
        ),
        Task(
            "嘉政办发〔2024〕7号",
            "推动各地制定异地高新技术企业整体迁入支持政策,依托高新园区招引一批高新技术企业。",
            (_mention("市科技局", KEJI, Role.LEAD), _mention("市商务局", "嘉兴市商务局", Role.SUPPORT)),
            index=2,
            document_key=key7,
            source=span(
                raw, "推动各地制定异地高新技术企业整体迁入支持政策,依托高新园区招引一批高新技术企业。"
            ),
        ),
        Task(
            "嘉政办发〔2024〕7号",
            "帮助研发一批新产品、新设备、新材料。",
            (_mention("市科技局", KEJI), _mention("市人力社保局", RENSHE)),
            index=3,
            document_key=key7,
            source=span(raw, "帮助研发一批新产品、新设备、新材料。"),
        ),
    ]
    target = Target(
        "嘉政办发〔2024〕7号",
        "全市规上制造业企业研发活动覆盖率",
        92.0,
        "%",
        ">=",
        deadline="2026",
        text="全市规上制造业企业研发活动覆盖率达到92%以上",
        index=0,
        document_key=key7,
        task=f"{key7}/task/1",
        source=span(raw, "全市规上制造业企业研发活动覆盖率达到92%以上"),
    )
    citations = [
        Citation(
            "嘉政发〔2024〕9号",
            "嘉政发〔2021〕22号",
            "嘉兴市人民政府关于调整全市最低工资标准的通知",
            Relation.REPEALS,
            document_key=d9.key,
            source=span(raw, "《嘉兴市人民政府关于调整全市最低工资标准的通知》(嘉政发〔2021〕22号)同时废止"),
        ),
        Citation(
            "嘉政发〔2024〕9号",
            "浙政发〔2024〕3号",
            "浙江省人民政府关于调整全省最低工资标准的通知",
            Relation.BASIS,
            document_key=d9.key,
            source=span(raw, "根据《浙江省人民政府关于调整全省最低工资标准的通知》(浙政发〔2024〕3号)"),
        ),
        Citation(
            "嘉政办发〔2024〕5号",
            "浙政办发〔2023〕25号",
            "浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见",
            Relation.IMPLEMENTS,
            document_key=d5.key,
            source=span(
                raw,
                "为贯彻落实《浙江省人民政府办公厅关于推进浙江省卫生健康现代化建设的实施意见》(浙政办发〔2023〕25 号)",
            ),
        ),
    ]
    appointment = Appointment(
        "朱海林",
        "appoint",
        "副局长",
        "嘉兴市民政局",
        "2024-02",
        source=span(raw, "朱海林任嘉兴市民政局副局长"),
    )
    records = [g, d9, d5, d7, *citations, *tasks, target, appointment]
    if file is not None:
        import dataclasses

        from policykg.extract.records import map_sources

        records = [map_sources(r, lambda s: dataclasses.replace(s, file=file)) for r in records]
    return records
