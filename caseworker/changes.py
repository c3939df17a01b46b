"""What a write touched, so views refresh only what changed (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    citizens: frozenset[int] = frozenset()
    partners: frozenset[str] = frozenset()

    @property
    def any(self) -> bool:
        return bool(self.citizens or self.partners)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.citizens | other.citizens, self.partners | other.partners)
