"""Where Caseworker logs, and the guard that keeps personal data out of what it logs.

By design the code logs ids, counts and error codes, never a value from a record. As a
second line of defence every record passes through `Redactor` before it is written: text
arguments that are not ids, codes or marked `Safe` become "[text]"; a traceback keeps its
frames but not its message; and NHS-number-like digit runs, e-mail addresses, postcodes,
dates and quoted text are replaced with a word saying what was there. Other libraries'
messages below WARNING are not written at all. The log file in the profile's log folder is
readable by its owner only.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from caseworker.paths import Paths

LOG_FILE = "caseworker.log"
_PATTERNS = (
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"), "[number]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.IGNORECASE), "[postcode]"),
    (re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"), "[date]"),
    (re.compile(r"'[^']{2,}'|\"[^\"]{2,}\"|“[^”]{2,}”"), "[text]"),
)


_IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")


class Safe(str):
    """Text known to hold no personal data (a partner's name, a keyring backend): logged
    as it is. Every other text argument of a log call is replaced with "[text]"."""

    __slots__ = ()


def _argument(value: object) -> object:
    if isinstance(value, Safe | int | float | bool) or value is None:
        return value
    if isinstance(value, str) and _IDENTIFIER.match(value):
        return value  # ids and codes: 'police', 'partner_unavailable'
    return "[text]"


def redact(text: str) -> str:
    for pattern, word in _PATTERNS:
        text = pattern.sub(word, text)
    return text


class Redactor(logging.Filter):
    """Formats each record, redacts it, and drops other libraries' chatter below WARNING."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("caseworker") and record.levelno < logging.WARNING:
            return False
        if isinstance(record.args, tuple):
            record.args = tuple(_argument(a) for a in record.args)
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info:
            kind, _error, trace = record.exc_info
            frames = "".join(traceback.format_tb(trace))
            name = kind.__name__ if kind else "Exception"
            # The frames say where; the message is not written: it may quote a value.
            record.exc_text = redact(f"Traceback (most recent call last):\n{frames}{name}: …")
            record.exc_info = None
        return True


def _crash(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """An unexpected failure: its frames go to the redacted log, and stderr says only what
    kind of failure it was and where the details are."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    logging.getLogger("caseworker.crash").error("Unexpected failure", exc_info=(kind, error, trace))
    sys.stderr.write(
        f"Caseworker stopped unexpectedly ({kind.__name__}). Nothing saved was changed. "
        f"The details, without personal data, are in {_log_path or 'the log'}.\n"
    )


_log_path: Path | None = None


def configure(paths: Paths, *, level: int = logging.INFO) -> None:
    """Log to the profile's log folder (owner-only) and warnings to stderr, both redacted."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (handler.get_name() or "").startswith("caseworker"):
            root.removeHandler(handler)
            handler.close()
    paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(paths.log_dir, 0o700)  # made earlier, or by an older version, with wider rights
    path = paths.log_dir / LOG_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    to_file = logging.FileHandler(path, encoding="utf-8")
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.WARNING)
    to_stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    for name, handler in (("caseworker-file", to_file), ("caseworker-stderr", to_stderr)):
        handler.set_name(name)
        handler.addFilter(Redactor())
        root.addHandler(handler)
    root.setLevel(level)
    global _log_path
    _log_path = path
    sys.excepthook = _crash
