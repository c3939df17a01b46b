"""The hazard log (docs/clinical-safety.md) names, for each control, the tests that show it
works; a hazard naming a test that does not exist fails here, so the log keeps up with the
code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

LOG = ROOT / "docs" / "clinical-safety.md"
REFERENCE = re.compile(r"(tests/[\w/]+\.py)::(test_\w+)")
REQUIRED = (
    "linked as one person",
    "old or incomplete",
    "restricted field",
    "hidden from someone entitled",
    "wrong child",
    "deadline is missed",
    "wrong agency",
    "outbox item is lost",
)


def _hazards() -> dict[str, str]:
    sections = re.split(r"^## ", LOG.read_text(), flags=re.MULTILINE)[1:]
    return {s.splitlines()[0]: s for s in sections}


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_every_test_the_hazard_log_names_exists() -> None:
    missing = []
    for title, text in _hazards().items():
        for path, name in REFERENCE.findall(text):
            file = ROOT / path
            if not file.exists() or name not in _tests_in(file):
                missing.append(f"{title}: {path}::{name}")
    assert not missing, missing


def test_every_hazard_has_its_cause_effect_risk_controls_and_tests() -> None:
    hazards = _hazards()
    assert len(hazards) >= len(REQUIRED)
    for required in REQUIRED:
        assert any(required in title.lower() for title in hazards), required
    for title, text in hazards.items():
        for part in ("**Cause**", "**Effect**", "**Before**", "**After**", "**Controls**"):
            assert part in text, (title, part)
        assert REFERENCE.search(text), title  # at least one test shows a control works
