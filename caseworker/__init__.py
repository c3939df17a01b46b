"""Caseworker's core: the encrypted store, partner sync, linkage and read models. No Qt here."""

from __future__ import annotations
