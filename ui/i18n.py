"""Translation: every user-visible string goes through tr()."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def tr(text: str, /, **values: Any) -> str:
    """Translate `text` and fill its {named} placeholders."""
    translated = QCoreApplication.translate("caseworker", text)
    return translated.format(**values) if values else translated


def plural(count: int, one: str, many: str, /, **values: Any) -> str:
    """Pick the singular or plural form by count (translators supply both)."""
    return tr(one if count == 1 else many, count=count, **values)


def N_(text: str, /) -> str:
    """Mark `text` for translation where it is defined; it is translated where shown (tr)."""
    return text
