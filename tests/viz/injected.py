"""A hand-made document carrying injected markup (script and img tags), loaded as records for the explorer tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policykg.graph.build import load_records
from policykg.graph.store import GraphStore

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
NUMBER = "测政办发〔2024〕1号"
TITLE = f"测试市人民政府办公室关于{SCRIPT}平台建设的通知"
TASK = f"加快建设{IMG}平台，到2025年，培育科技型企业100家。"
CITED = "浙江省人民政府关于调整全省最低工资标准的通知"

# A document shaped like the gazette's: title, 文号, addressee, a citation, one annotated task.
# Its agencies have names of their own, so that they never answer a search meant for the gazette's.
RAW = (
    f"{TITLE}\n\n{NUMBER}\n\n各县（市、区）人民政府，市政府各部门：\n"
    f"　　根据《{CITED}》（浙政发〔2024〕3号），现将有关事项通知如下。\n"
    f"　　一、{TASK}（责任单位：测试市科技局、测试市人社局）\n"
    "测试市人民政府办公室\n2024年2月28日\n"
)


def _src(raw: str, needle: str, path: Path, after: int = 0) -> dict[str, Any]:
    start = raw.index(needle, after)
    return {"file": str(path), "start": start, "end": start + len(needle), "text": needle}


def injected_records(path: Path, raw: str = RAW) -> list[dict[str, Any]]:
    """Records for :data:`RAW` as the extractor would give them (offsets into ``raw``)."""
    task_at = raw.index("一、")
    return [
        {
            "type": "document",
            "id": NUMBER,
            "number": NUMBER,
            "title": TITLE,
            "issuer": ["测试市人民政府办公室"],
            "date": "2024-02-28",
            "doc_type": "通知",
            "source": {"file": str(path), "start": 0, "end": len(raw.rstrip("\n")), "text": raw.rstrip("\n")},
            "number_source": _src(raw, NUMBER, path),
        },
        {
            "type": "citation",
            "from": NUMBER,
            "from_key": NUMBER,
            "to": "浙政发〔2024〕3号",
            "to_title": CITED,
            "relation": "basis",
            "source": _src(raw, f"《{CITED}》（浙政发〔2024〕3号）", path),
            "to_number_source": _src(raw, "浙政发〔2024〕3号", path),
        },
        {
            "type": "task",
            "id": f"{NUMBER}/task/0",
            "document": NUMBER,
            "text": TASK,
            "path": ["一"],
            "deadline": "2025",
            "agencies": [
                {
                    "name": "测试市科技局",
                    "canonical": "测试市科学技术局",
                    "role": "responsible",
                    "type": "government_department",
                    "known": True,
                    "source": _src(raw, "测试市科技局", path, task_at),
                },
                {
                    "name": "测试市人社局",
                    "canonical": "测试市人力资源和社会保障局",
                    "role": "responsible",
                    "type": "government_department",
                    "known": True,
                    "source": _src(raw, "测试市人社局", path, task_at),
                },
            ],
            "source": _src(raw, TASK, path),
        },
        {
            "type": "target",
            "id": f"{NUMBER}/target/0",
            "document": NUMBER,
            "indicator": "科技型企业",
            "value": 100,
            "unit": "家",
            "comparator": ">=",
            "deadline": "2025",
            "kind": "target",
            "commitment": "planned",
            "text": TASK,
            "task": f"{NUMBER}/task/0",
            "source": _src(raw, "培育科技型企业100家", path),
        },
    ]


def load_injected(gs: GraphStore, folder: Path) -> Path:
    """Write :data:`RAW` to ``folder`` and load its records into ``gs``; return the file."""
    path = folder / "injected-notice.txt"
    path.write_text(RAW, encoding="utf-8")
    load_records(gs, injected_records(path), path=path, raw=RAW)
    return path


