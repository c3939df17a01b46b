"""Words the core writes for a person to read (the subject access report, consent in plain
words), in the language they are wanted in.

The core never imports Qt, so it cannot translate: a builder of such a document takes a
`Words` (`say`) and passes every text through it. `ENGLISH` fills the text in as written;
the interface passes one that translates into Welsh first (ui.words), from the same
translators' file as the rest of the interface. Texts kept in tables are marked where they
are defined with `N_` and translated where they are used, so `make translations` finds
them all (ui/catalogue.py reads `say` and `N_` in the core).
"""

from __future__ import annotations

from typing import Protocol

LANGUAGES = ("en", "cy")


class Words(Protocol):
    @property
    def language(self) -> str:
        """The language the words come out in: "en" or "cy" (for the page's lang)."""
        ...

    def __call__(self, text: str, /, **values: object) -> str:
        """`text` in the language, with its {named} values filled in."""
        ...


class _English:
    language = "en"

    def __call__(self, text: str, /, **values: object) -> str:
        return text.format(**values) if values else text


ENGLISH: Words = _English()


def worded(table: dict[str, str], code: str, say: Words) -> str:
    """A code in words from `table` (marked with N_), said in the language of `say`; a code
    the table lacks is shown as itself, underscores as spaces."""
    return say(table[code]) if code in table else code.replace("_", " ")


def N_(text: str, /) -> str:
    """Mark `text` for translation where it is defined; it is translated where used."""
    return text
