"""What a write touched, so screens refresh only what changed (after Anki's OpChanges).

Every write the window makes returns one, and the window's change bus tells every screen;
each screen looks at the citizens, partners and flags it shows and refreshes itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    citizens: frozenset[int] = frozenset()
    partners: frozenset[str] = frozenset()
    view: bool = True
    """The joined-up view of these citizens changed (records, links, access, consent): a page
    showing one of them opens it again. False for writes that only add to what is around the
    view (notes and tasks, following), which their own lists reload."""
    following: bool = False
    """Who the user follows changed."""
    people: bool = False
    """Who is a person changed (records arrived, were linked or unlinked): lists of people,
    such as search results, are read again."""
    front_door: bool = False
    """A contact at the front door was recorded, matched, rated or decided."""

    @property
    def any(self) -> bool:
        return bool(self.citizens or self.partners or self.front_door)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.citizens | other.citizens,
            self.partners | other.partners,
            self.view or other.view,
            self.following or other.following,
            self.people or other.people,
            self.front_door or other.front_door,
        )
