"""The window never opens the store itself (issue 21): every read and write it makes goes
through caseworker.services (which audit what must be audited), so no screen can read a
person's record by a path that leaves no entry."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_store_session_is_opened_in_the_ui() -> None:
    opened = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("session", "writing")
            ):
                opened.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert opened == []
