"""Changing the user's profile: what the new one may not see is removed at once, and what it
newly may is fetched at the next sync (caseworker.sync.profile_change)."""

from __future__ import annotations

from caseworker.sync.profile_change import ProfileChange, apply_profile

__all__ = ["ProfileChange", "apply_profile"]
