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

from babel import Locale

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


def language_name(code: str, say: Words) -> str:
    """A language's name in the language of `say` ('cy' -> 'Welsh', or 'Cymraeg' in Welsh),
    from CLDR (Babel); a code CLDR does not name is shown as itself."""
    return str(Locale.parse(say.language).languages.get(code, code))


def preferred_or(preferred: str | None, fallback: str) -> str:
    """The language to print for a person in: the one they prefer where Caseworker writes it,
    else `fallback`."""
    return preferred if preferred in LANGUAGES else fallback


def worded(table: dict[str, str], code: str, say: Words) -> str:
    """A code in words from `table` (marked with N_), said in the language of `say`; a code
    the table lacks is shown as itself, underscores as spaces."""
    return say(table[code]) if code in table else code.replace("_", " ")


class Phrase:
    """Words with values that the core makes and a reader sees in their own language: an
    error's parameter that is itself words ("sent an empty page"), said in English by str()
    (logs, the command line) and translated where shown (`said`, ui.errors). The catalogue
    finds every `Phrase("...")` as it finds `say`."""

    __slots__ = ("text", "values")

    def __init__(self, text: str, /, **values: object) -> None:
        self.text, self.values = text, values

    def said(self, say: Words) -> str:
        """In the language of `say`, phrases among its values said the same way."""
        values = {k: v.said(say) if isinstance(v, Phrase) else v for k, v in self.values.items()}
        return say(self.text, **values)

    def __str__(self) -> str:
        return self.said(ENGLISH)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Phrase({self.text!r})"  # never the values: they may name a person

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.text, self.values) == (other.text, other.values)

    def __hash__(self) -> int:
        return hash(self.text)


def N_(text: str, /) -> str:
    """Mark `text` for translation where it is defined; it is translated where used."""
    return text
