"""The user's preferences: how often to sync, when to lock, and how the app looks.

Kept in the encrypted store (they say something about how the user works) and audited when
changed. Each value is checked against what the app offers, so a damaged or hand-edited
setting falls back to its default instead of stopping the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace

from caseworker.audit.log import record_in
from caseworker.store.models import Setting
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

    def checked(self) -> Preferences:
        """The same preferences with any value the app does not offer set back to its default."""
        default = Preferences()
        allowed = {
            "sync_minutes": SYNC_CHOICES,
            "lock_minutes": LOCK_CHOICES,
            "theme": THEMES,
            "language": LANGUAGES,
            "text_scale": TEXT_SCALES,
        }
        fixes = {
            name: getattr(default, name)
            for name, choices in allowed.items()
            if getattr(self, name) not in choices
        }
        return replace(self, **fixes)


def _parse(value: str | None) -> Preferences:
    if value is None:
        return Preferences()
    try:
        data = json.loads(value)
        known = {f.name for f in fields(Preferences)}
        return Preferences(**{k: v for k, v in data.items() if k in known}).checked()
    except (ValueError, TypeError, AttributeError):
        return Preferences()


def load_preferences(store: Store) -> Preferences:
    with store.session() as session:
        row = session.get(Setting, KEY)
        return _parse(row.value if row is not None else None)


def save_preferences(store: Store, preferences: Preferences) -> Preferences:
    """Store the preferences (checked); the change is recorded in the audit log."""
    chosen = preferences.checked()
    with store.writing() as session:
        row = session.get(Setting, KEY)
        before = (
            Preferences(**json.loads(row.value)).checked() if row is not None else Preferences()
        )
        value = json.dumps(asdict(chosen))
        if row is None:
            session.add(Setting(key=KEY, value=value))
        else:
            row.value = value
        changed = {k: v for k, v in asdict(chosen).items() if getattr(before, k) != v}
        if changed:
            record_in(session, "settings", setting="preferences", **changed)
    return chosen
