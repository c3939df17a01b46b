"""Finding bundled resources (stylesheets, icons, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def stylesheet(name: str = "light") -> str:
    path = RESOURCES / "styles" / f"{name}.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def app_icon_path() -> Path:
    """The application's icon (SVG; the PNG sizes for desktops are in resources/icons too)."""
    return RESOURCES / "icons" / "caseworker.svg"
