"""The emerging-needs rules: data an administrator can change, checked before they are used.

The default set is `resources/insight/emerging-needs.json`. An organisation replaces it by
putting its own `emerging-needs.json` beside its policy file (on Linux
`/etc/xdg/Caseworker/emerging-needs.json`; `$CASEWORKER_EMERGING_RULES` names another file).
A file that cannot be read or does not make sense is refused with the reason, never half
used: a rule that silently matched nothing would hide the families it was written for.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
import platformdirs

from caseworker.errors import RulesInvalid
from caseworker.paths import APP_NAME

RULES_ENV = "CASEWORKER_EMERGING_RULES"
DEFAULT_RULES = Path(__file__).resolve().parent.parent.parent / "resources" / "insight"
DEFAULT_RULES /= "emerging-needs.json"


class Problem(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One headline problem, and the partner categories that evidence it."""

    id: str
    label: str
    categories: tuple[str, ...]
    translations: dict[str, str] = {}
    """The label in other languages, by language code (e.g. "cy")."""


class AlreadyOpen(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Records that show a household is already known to a service that joins things up."""

    label: str
    agencies: tuple[str, ...]
    categories: tuple[str, ...]


class Rules(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """When a household is an emerging need: enough problems, from enough agencies, recently,
    and no record that it is already open."""

    problems: tuple[Problem, ...]
    already_open: AlreadyOpen
    min_problems: int = 2
    min_agencies: int = 2
    lookback_days: int = 730
    about: str = ""

    def problem_of(self) -> dict[str, Problem]:
        """Each category's problem (a category evidences one problem only)."""
        return {category: p for p in self.problems for category in p.categories}


def rules_file() -> Path:
    """The organisation's rules if it has any, else the default set."""
    chosen = os.environ.get(RULES_ENV)
    if chosen:
        return Path(chosen).expanduser()
    site = Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "emerging-needs.json"
    return site if site.exists() else DEFAULT_RULES


def _check(rules: Rules) -> None:
    ids = [p.id for p in rules.problems]
    if not ids:
        raise ValueError("no problems are defined")
    if len(set(ids)) != len(ids):
        raise ValueError("two problems have the same id")
    seen: dict[str, str] = {}
    for problem in rules.problems:
        if not problem.categories:
            raise ValueError(f"the problem {problem.id!r} has no categories")
        for category in problem.categories:
            if category in seen:
                raise ValueError(
                    f"the category {category!r} is in both {seen[category]!r} and {problem.id!r}"
                )
            seen[category] = problem.id
    if not 2 <= rules.min_problems <= len(ids):
        raise ValueError(f"min_problems must be between 2 and {len(ids)}")
    if rules.min_agencies < 1:
        raise ValueError("min_agencies must be at least 1")
    if rules.lookback_days < 1:
        raise ValueError("lookback_days must be at least 1")


def load_rules(path: Path | None = None) -> Rules:
    """The rules in force, checked; RulesInvalid says what is wrong and where."""
    path = path or rules_file()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesInvalid(
            "The emerging-needs rules ({path}) cannot be read ({kind}).",
            hint="Ask your administrator to check the file and its permissions.",
            path=path,
            kind=type(exc).__name__,
        ) from None
    try:
        rules = msgspec.json.decode(data, type=Rules)
        _check(rules)
    except (msgspec.DecodeError, ValueError) as exc:
        raise RulesInvalid(
            "The emerging-needs rules ({path}) are not valid: {exc}.",
            hint="Ask your administrator to correct them; no emerging needs are shown until then.",
            path=path,
            exc=exc,
        ) from None
    return rules
