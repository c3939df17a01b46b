"""Typed identifiers, so a citizen id is never passed where a partner id is expected."""

from __future__ import annotations

from typing import NewType

CitizenId = NewType("CitizenId", int)
PartnerId = NewType("PartnerId", str)
SourceKey = NewType("SourceKey", str)
