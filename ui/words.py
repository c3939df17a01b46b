"""Documents in a chosen language: a `caseworker.words.Words` that translates with the app's
own translations (resources/translations), whatever language the interface is in, so that a
subject access report can be made in Welsh for a citizen while the worker's interface is in
English, and the other way round."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from caseworker.words import ENGLISH, LANGUAGES, Words
from ui import language
from ui.catalogue import CONTEXT

LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
"""Each language in its own words (as a language menu shows them)."""


class _Translated:
    def __init__(self, code: str, translator: QTranslator) -> None:
        self._code, self._translator = code, translator

    @property
    def language(self) -> str:
        return self._code

    def __call__(self, text: str, /, **values: object) -> str:
        said = self._translator.translate(CONTEXT, text) or text
        return said.format(**values) if values else said


@cache
def _translator(code: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(language.qm_file(code)) else None


def words_in(code: str) -> Words:
    """Words in `code` ("en" or "cy"); English if that language cannot be loaded."""
    if code not in LANGUAGES or code == "en":
        return ENGLISH
    translator = _translator(code)
    return ENGLISH if translator is None else _Translated(code, translator)
