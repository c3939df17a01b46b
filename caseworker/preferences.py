"""The user's preferences: how often to sync, when to lock, and how the app looks.

Kept in the encrypted store (they say something about how the user works) and audited when
changed. Each value is checked against what the app offers, so a damaged or hand-edited
setting falls back to its default instead of stopping the app.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from caseworker.audit.log import record_in
from caseworker.store.settings import get_json, put_json
from caseworker.store.store import Store

KEY = "preferences"
THEMES = ("light", "dark", "high_contrast")
LANGUAGES = ("en", "cy")
SYNC_CHOICES = (0, 5, 15, 30, 60)
"""Minutes between syncs while the app is open; 0 syncs only when asked."""
LOCK_CHOICES = (2, 5, 10, 15, 30)
"""Minutes without use before the store locks. There is no 'never': a laptop gets left."""
TEXT_SCALES = (100, 125, 150, 200)


@dataclass(frozen=True)
class Preferences:
    sync_minutes: int = 15
    lock_minutes: int = 10
    theme: str = "light"
    language: str = "en"
    text_scale: int = 100
    chronology_newest_first: bool = True
    """The chronology's order: newest first unless the user turned it round (remembered)."""

    def checked(self) -> Preferences:
        """The same preferences with any value the app does not offer set back to its default."""
        default = Preferences()
        allowed = {
            "sync_minutes": SYNC_CHOICES,
            "lock_minutes": LOCK_CHOICES,
            "theme": THEMES,
            "language": LANGUAGES,
            "text_scale": TEXT_SCALES,
            "chronology_newest_first": (True, False),
        }
        fixes = {
            name: getattr(default, name)
            for name, choices in allowed.items()
            if getattr(self, name) not in choices
        }
        return replace(self, **fixes)


def _parse(data: Any) -> Preferences:
    """Preferences from what the store holds; anything unreadable gives the defaults."""
    if not isinstance(data, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    try:
        return Preferences(**{k: v for k, v in data.items() if k in known}).checked()
    except TypeError:
        return Preferences()


def _held(session: Session) -> Preferences:
    try:
        return _parse(get_json(session, KEY))
    except ValueError:  # not JSON at all: hand-edited or damaged
        return Preferences()


def load_preferences(store: Store) -> Preferences:
    with store.session() as session:
        return _held(session)


def save_preferences(store: Store, preferences: Preferences) -> Preferences:
    """Store the preferences (checked); the change is recorded in the audit log."""
    chosen = preferences.checked()
    with store.writing() as session:
        before = _held(session)
        put_json(session, KEY, asdict(chosen))
        changed = {k: v for k, v in asdict(chosen).items() if getattr(before, k) != v}
        if changed:
            record_in(session, "settings", setting="preferences", **changed)
    return chosen
