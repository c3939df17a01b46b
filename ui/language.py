"""Switching the interface language: Welsh (cy) from resources/translations, or English.

Strings go through Qt's translator (ui.i18n.tr). Widgets take their text when built, so
after a switch the main window is built again (ui.shell.rebuild) showing what it showed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
_installed: QTranslator | None = None


def qm_file(code: str) -> str:
    return str(TRANSLATIONS / f"caseworker_{code}.qm")


def install(code: str) -> bool:
    """Use `code` ("en" or "cy") for every string translated from now on. False if the
    translation could not be loaded (the app stays in English)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if code == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    translator = QTranslator(app)
    if not translator.load(qm_file(code)):
        return False
    app.installTranslator(translator)
    _installed = translator
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    return True


def current() -> str:
    return "cy" if _installed is not None else "en"
