"""Everything that leaves the store as a file, as the window uses it: documents made for a
person (chronology, subject access report), the chronology's filter, the checked target and
the audited write (recorded as attempted before the file exists, then written or failed)."""

from __future__ import annotations

from caseworker.exports.audited import Release, attempt, deliver
from caseworker.exports.chronology import ChronologyFilter, filtered, to_csv, to_html
from caseworker.exports.page import marking_of
from caseworker.exports.produce import Document, release, subject_access
from caseworker.exports.target import checked_target, write_export

__all__ = [
    "ChronologyFilter",
    "Document",
    "Release",
    "attempt",
    "checked_target",
    "deliver",
    "filtered",
    "marking_of",
    "release",
    "subject_access",
    "to_csv",
    "to_html",
    "write_export",
]
