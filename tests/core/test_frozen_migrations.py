"""Old migrations do not import the application (issue 21): one that did (0012, the linkage
keys) would change what it does whenever that code changes. Its frozen copy of the rules
agrees with the application's own today."""

from __future__ import annotations

import ast
import importlib.util
from datetime import date
from pathlib import Path

from caseworker.linkage.derived import initials
from caseworker.linkage.normalise import link_key

VERSIONS = Path(__file__).resolve().parents[2] / "caseworker" / "store" / "migrations" / "versions"


def test_no_migration_imports_the_application() -> None:
    offenders = []
    for path in sorted(VERSIONS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(("caseworker", "ui"))]
    assert offenders == []


def test_the_frozen_linkage_rules_agree_with_todays() -> None:
    path = next(VERSIONS.glob("*_0012_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0012", path)
    assert spec is not None and spec.loader is not None
    frozen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen)
    people = [
        ("Bill", "O'Brien-Smyth", date(2015, 3, 1), "mk8 2pq"),
        ("Elizabeth Anne", "Zoë", date(1990, 1, 9), "SW1A 1AA"),
        ("liz", "jones", None, None),
        ("Tony", "Ávila", date(2001, 12, 31), "B1 1AA"),
        (None, "Holt", date(2010, 5, 5), "LS1 4AP"),
        ("Gregory", "", date(2010, 5, 5), "LS1 4AP"),
    ]
    for given, family, born, postcode in people:
        assert frozen.initials(given, family) == initials(given, family)
        assert frozen.link_key(given, family, born, postcode) == link_key(
            given, family, born, postcode
        )
