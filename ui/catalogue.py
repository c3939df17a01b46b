"""The catalogue of translatable strings, and the Qt Linguist (.ts) file that translates it.

Every literal passed to `tr`, `plural` (both forms) or `N_` in ui/, and to `say` or `N_` in the
core (documents it writes for a person, caseworker.words), is a message. `update`
merges the messages into a .ts file: translations already made are kept, new messages are
marked unfinished, and messages no longer used are marked vanished. Translators work on the
.ts in Qt Linguist; `pyside6-lrelease` compiles it to the .qm the app loads. This module
does not import Qt: the test suite and `make translations` both use it.

Plurals: the code gives the English singular and plural (`plural(n, one, many)`); a language
with more forms than two gets one message more for each of its other CLDR plural categories
(Welsh: zero, two, few, many), the plural's source with the comment "plural:<category>",
which Qt Linguist shows as the message's disambiguation and `ui.i18n.plural` asks the
translator for. A message's key here is its source, or source and comment joined by
`COMMENT_MARK` for such a form.
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from babel import Locale

CONTEXT = "caseworker"
MARKERS = {"tr": (0,), "plural": (1, 2), "N_": (0,)}
"""Which positional arguments of each marker are messages."""
CORE_MARKERS = {"say": (0,), "N_": (0,), "Phrase": (0,)}
"""The core's: `say` is the Words a document is written with, a `Phrase` words inside an
error or a report (caseworker.words)."""
PLURAL_MARKERS = {"plural": (2,)}
"""The plural form of each plural message: the source its extra forms are keyed by."""
COMMENT_MARK = "\x04"
"""Joins a message's source and its comment in a key (as gettext joins context and id)."""
ENGLISH_FORMS = frozenset({"one", "other"})
"""The plural categories the code's two English forms already cover."""


def plural_comment(category: str) -> str:
    """The comment (Qt's disambiguation) of a plural message's form for `category`."""
    return f"plural:{category}"


def plural_categories(language: str) -> tuple[str, ...]:
    """The CLDR plural categories of `language` ("cy") beyond one and other, in CLDR's order."""
    tags = Locale.parse(language).plural_form.tags
    return tuple(c for c in ("zero", "two", "few", "many") if c in tags)


def key(source: str, comment: str = "") -> str:
    return f"{source}{COMMENT_MARK}{comment}" if comment else source


def split_key(message_key: str) -> tuple[str, str]:
    """(source, comment) of a key."""
    source, _, comment = message_key.partition(COMMENT_MARK)
    return source, comment


@dataclass(frozen=True)
class Message:
    source: str
    translation: str | None
    where: str = ""


def _relative(path: Path, root: Path) -> str:
    """Where a message is, from the project folder (so the .ts is the same on every
    machine, wherever the project was cloned)."""
    return path.resolve().relative_to(root.resolve().parent).as_posix()


def extract(root: Path, markers: Mapping[str, tuple[int, ...]] = MARKERS) -> dict[str, str]:
    """Every message in the Python files under `root`, with where it first appears."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            for index in markers.get(node.func.id, ()):
                if index < len(node.args):
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.setdefault(arg.value, f"{_relative(path, root)}:{node.lineno}")
    return found


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """The names of CaseworkerError and every class derived from it, however deep."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
    found = {"CaseworkerError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _is_message(value: object) -> TypeGuard[str]:
    """English words (or a template that starts with a parameter): a space and a capital
    or a placeholder first; a bare "{what}." is only the parameter and not a message."""
    return (
        isinstance(value, str) and " " in value and (value[:1].isupper() or value.startswith("{"))
    )


def extract_errors(root: Path) -> dict[str, str]:
    """The message and hint templates of every error the core makes (any call of a class
    derived from CaseworkerError): the UI shows them translated (ui.errors.describe)."""
    paths = [
        path
        for path in sorted(root.rglob("*.py"))
        if not {"sandbox", "cli", "migrations"} & set(path.parts)
    ]  # synthetic partners, the English command line, Alembic's own checks
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    errors = _error_classes(trees)
    found: dict[str, str] = {}
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in errors:
                continue
            texts = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "hint"]
            for arg in texts:
                if isinstance(arg, ast.Constant) and _is_message(arg.value):
                    found.setdefault(arg.value, f"{_relative(path, root)}:{node.lineno}")
    return found


def catalogue(project: Path, language: str = "en") -> dict[str, str]:
    """Everything the interface shows that a translator into `language` translates (keys as
    above): with the extra plural forms that language has."""
    core = project / "caseworker"
    found = {
        **extract(project / "ui"),
        **extract(core, CORE_MARKERS),  # documents the core writes for a person to read
        **extract_errors(core),
    }
    categories = plural_categories(language)
    for source, where in extract(project / "ui", PLURAL_MARKERS).items():
        for category in categories:
            found[key(source, plural_comment(category))] = where
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def read_ts(path: Path) -> dict[str, Message]:
    if not path.exists():
        return {}
    messages = {}
    for node in ET.parse(path).getroot().iter("message"):
        source = key(node.findtext("source") or "", node.findtext("comment") or "")
        translation = node.find("translation")
        # A vanished message keeps its translation: if the code uses it again, it is reused.
        done = translation is not None and translation.get("type") != "unfinished"
        text = translation.text if translation is not None and done else None
        messages[source] = Message(source, text or None)
    return messages


def _source_and_comment(message: ET.Element, message_key: str) -> None:
    source, comment = split_key(message_key)
    ET.SubElement(message, "source").text = source
    if comment:
        ET.SubElement(message, "comment").text = comment


def write_ts(path: Path, language: str, found: dict[str, str], held: dict[str, Message]) -> None:
    ts = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in found.items():
        message = ET.SubElement(context, "message")
        file, _, line = where.rpartition(":")
        ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        _source_and_comment(message, source)
        translation = ET.SubElement(message, "translation")
        known = held.get(source)
        if known is not None and known.translation:
            translation.text = known.translation
        else:
            translation.set("type", "unfinished")
    for source, message_held in held.items():
        if source not in found and message_held.translation:
            message = ET.SubElement(context, "message")
            _source_and_comment(message, source)
            ET.SubElement(message, "translation", type="vanished").text = message_held.translation
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


@dataclass(frozen=True)
class Gaps:
    untranslated: tuple[str, ...]
    wrong_placeholders: tuple[str, ...]
    lost_mnemonics: tuple[str, ...]


def gaps(found: dict[str, str], held: dict[str, Message]) -> Gaps:
    """What keeps a translation from being complete and safe to show."""
    untranslated, placeholder_errors, mnemonic_errors = [], [], []
    for source in found:
        message = held.get(source)
        if message is None or not message.translation:
            untranslated.append(source)
            continue
        if placeholders(split_key(source)[0]) != placeholders(message.translation):
            placeholder_errors.append(source)
        if ("&" in source.replace("&&", "")) != ("&" in message.translation.replace("&&", "")):
            mnemonic_errors.append(source)
    return Gaps(tuple(untranslated), tuple(placeholder_errors), tuple(mnemonic_errors))
