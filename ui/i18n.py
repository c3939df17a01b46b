"""Translation: every user-visible string goes through tr(), or plural() where a count decides
the words."""

from __future__ import annotations

from functools import cache
from typing import Any

from babel.plural import PluralRule
from PySide6.QtCore import QCoreApplication

from caseworker.words import Phrase
from ui import language
from ui.catalogue import CONTEXT, plural_comment


def tr(text: str, /, **values: Any) -> str:
    """Translate `text` and fill its {named} placeholders."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**values) if values else translated


PLURAL_RULES = {
    "en": {"one": "i in 1 and v in 0"},
    "cy": {"few": "n in 3", "many": "n in 6", "one": "n in 1", "two": "n in 2", "zero": "n in 0"},
}
"""CLDR's plural rules of the interface's languages, as babel holds them
(tests/ui/test_welsh.py holds them to babel's): reading them from babel's locale data took
40 ms of every start."""


@cache
def _rules(code: str) -> PluralRule:
    if code in PLURAL_RULES:
        return PluralRule(PLURAL_RULES[code])
    from babel import Locale  # a language added without its rules here: from babel's data

    return Locale.parse(code).plural_form


def plural(count: int, one: str, many: str, /, **values: Any) -> str:
    """The words for `count` in the interface's language, by its plural rules (CLDR's): the
    code gives English's two forms; a language with more (Welsh: zero, one, two, few, many,
    other) has its other forms translated from `many`, told apart by comment (ui.catalogue)."""
    category = str(_rules(language.current())(count))
    if category == "one":
        return tr(one, count=count, **values)
    if category != "other":
        said = QCoreApplication.translate(CONTEXT, many, plural_comment(category))
        if said != many:  # that form is translated (if not, the plain plural is the best left)
            return said.format(count=count, **values)
    return tr(many, count=count, **values)


class _Interface:
    """The interface's own language as a caseworker.words.Words."""

    @property
    def language(self) -> str:
        return language.current()

    def __call__(self, text: str, /, **values: object) -> str:
        return tr(text, **values)


INTERFACE = _Interface()


def said(value: object) -> object:
    """A core `Phrase` in the interface's language; any other value as it is."""
    return value.said(INTERFACE) if isinstance(value, Phrase) else value


def N_(text: str, /) -> str:
    """Mark `text` for translation where it is defined; it is translated where shown (tr)."""
    return text
