"""The multi-agency chronology, filtered, as CSV or HTML (the UI prints the HTML to PDF).

Only what the viewer may see goes out: a narrative the agreements hold back is named as
held back, never written. Every page carries the protective marking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caseworker.exports.page import MARKING, marked_csv, page, table
from caseworker.views.citizen import CitizenView, Item
from caseworker.views.research import CATEGORY as RESEARCH
from caseworker.words import ENGLISH, N_, Words


@dataclass(frozen=True)
class ChronologyFilter:
    partners: frozenset[str] = frozenset()
    """Partner ids to keep; empty keeps every agency."""
    start: date | None = None
    end: date | None = None
    significant_only: bool = False
    text: str = ""
    """Words that must all appear in the event or its visible details."""
    domains: frozenset[str] = frozenset()
    """Types of entry to keep, by domain (safety, health, education…); empty keeps all."""

    def keeps(self, item: Item) -> bool:
        if self.partners and item.source.partner_id not in self.partners:
            return False
        if self.domains and item.domain not in self.domains:
            return False
        if self.significant_only and not item.significant:
            return False
        if self.start and (item.on is None or item.on < self.start):
            return False
        if self.end and (item.on is None or item.on > self.end):
            return False
        haystack = f"{item.title} {visible_detail(item)} {item.source.partner_name}".lower()
        return all(word in haystack for word in self.text.lower().split())


def filtered(items: Iterable[Item], rule: ChronologyFilter) -> tuple[Item, ...]:
    return tuple(i for i in items if rule.keeps(i))


def visible_detail(item: Item, say: Words = ENGLISH) -> str:
    """The narrative as this viewer may read it, or what stands in for it."""
    decision = item.access_of("record.detail")
    if decision is not None and not decision.visible:
        return (
            say("[held back: on request]")
            if decision.level == "on_request"
            else say("[not shared]")
        )
    return item.detail or ""


HEADER = (N_("date"), N_("agency"), N_("event"), N_("details"), N_("significant"), N_("record"))


def title_of(item: Item, say: Words = ENGLISH) -> str:
    """An entry's title; research shared in answer to a MASH enquiry says so."""
    if item.category == RESEARCH:
        return say("MASH research: {summary}", summary=item.title)
    return item.title


def _rows(
    items: Iterable[Item], *, day: str = "%Y-%m-%d", say: Words = ENGLISH
) -> list[tuple[str, ...]]:
    """One row per entry; dates ISO for a spreadsheet (CSV), dd/mm/yyyy as the app shows them
    for a page a person reads."""
    return [
        (
            i.on.strftime(day) if i.on else "",
            i.source.partner_name,
            title_of(i, say),
            visible_detail(i, say),
            say("yes") if i.significant else "",
            i.source.record_id,
        )
        for i in items
    ]


def to_csv(items: Iterable[Item], say: Words = ENGLISH) -> str:
    """The chronology as CSV, its marking as the first and last row; its header row and
    words in the language of `say`."""
    header = tuple(say(column) for column in HEADER)
    return marked_csv([header, *_rows(items, say=say)], MARKING)


def to_html(
    view: CitizenView,
    items: Iterable[Item],
    *,
    generated: date | None = None,
    say: Words = ENGLISH,
) -> str:
    """A self-contained page for a case conference: who, when, what, from whom (in the
    language of `say`)."""
    return page(
        say("Multi-agency chronology: {person}", person=who(view, say)),
        say(
            "Each entry shows the agency that shared it; narratives that agreements hold back "
            "are not included."
        ),
        table(
            [say(h).capitalize() for h in HEADER],
            _rows(items, day="%d/%m/%Y", say=say),
            empty=say("No entries."),
        ),
        generated=generated,
        say=say,
    )


def who(view: CitizenView, say: Words = ENGLISH) -> str:
    """The person as a heading names them: name, date of birth and NHS number, as far as
    this viewer may see them (a birth date masked to the year shows the year)."""
    ident = view.identity
    parts = [ident.name.preferred.value if ident.name.preferred else say("(no name)")]
    born = ident.birth_date.preferred
    if born is not None:
        masked = born.access is not None and born.access.masking == "year_of_birth"
        day = str(born.value.year) if masked else f"{born.value:%d/%m/%Y}"
        parts.append(say("born {date}", date=day))
    number = ident.nhs_number.preferred
    if number is not None:
        n = str(number.value)
        parts.append(say("NHS number {number}", number=f"{n[:3]} {n[3:6]} {n[6:]}"))
    return ", ".join(parts)
