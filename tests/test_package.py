"""The package layout: every folder with an __init__.py is a listed package, data files ship."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed() -> None:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(conf["packages"])
    mapping = conf["package-dir"]
    folders = {folder: pkg for pkg, folder in mapping.items()}
    for init in ROOT.glob("*/**/__init__.py"):
        rel = init.parent.relative_to(ROOT)
        if rel.parts[0] in {"tests", "bench", ".venv", "build"} or rel.parts[0].startswith("."):
            continue
        top = rel.parts[0]
        assert top in folders, f"{rel} is not mapped in [tool.setuptools.package-dir]"
        pkg = ".".join([folders[top], *rel.parts[1:]])
        assert pkg in listed, f"{pkg} ({rel}) is not in [tool.setuptools] packages"


def test_root_folder_is_not_named_like_the_package() -> None:
    assert not (ROOT / "policykg").exists()


def test_data_files_ship() -> None:
    assert files("policykg.extract").joinpath("data/issuer_codes.tsv").is_file()
