"""Every library the application imports is declared in pyproject.toml (issue 21): an
undeclared one (cryptography was) installs here by accident and fails on a fresh Windows or
macOS machine."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_top_levels() -> set[str]:
    names: set[str] = set()
    for folder in ("caseworker", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"caseworker", "ui", "__future__"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0] for d in project["dependencies"]}
    return {n.lower().replace("_", "-") for n in names}


def test_every_imported_library_is_a_declared_dependency() -> None:
    owners = packages_distributions()
    missing = {}
    for module in sorted(_imported_top_levels()):
        distributions = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        if not distributions & _declared():
            missing[module] = sorted(distributions)
    assert missing == {}
