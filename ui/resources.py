"""Finding bundled resources (stylesheets, icons, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def stylesheet(name: str = "light") -> str:
    path = RESOURCES / "styles" / f"{name}.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
