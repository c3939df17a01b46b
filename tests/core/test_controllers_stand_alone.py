"""Controllers never reach into the window or into each other (issue 21).

Each feature's controller (a `*actions.py` module in ui/) is given the window context and
the screens it drives, and learns of other features' work from the context's change bus.
So none of them holds the window (`self.window`), and none imports another feature's
controller: a new screen is written against the context, not against the window.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
CONTROLLERS = sorted(p for p in UI.rglob("*.py") if p.stem.endswith("actions"))


def _name(path: Path) -> str:
    return ".".join(path.relative_to(UI.parent).with_suffix("").parts)


def test_there_are_controllers_to_check() -> None:
    assert len(CONTROLLERS) >= 18


def test_no_controller_holds_the_window() -> None:
    reaching = []
    for path in CONTROLLERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "window":
                reaching.append(f"{_name(path)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "ui.main_window":
                reaching.append(f"{_name(path)}:{node.lineno} imports the main window")
    assert reaching == []


def test_no_controller_imports_another() -> None:
    names = {_name(p) for p in CONTROLLERS}
    leaning = []
    for path in CONTROLLERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in names - {_name(path)}:
                leaning.append(f"{_name(path)} imports {node.module}")
    assert leaning == []
