"""The core's errors can be translated: every message and hint is a template with named
parameters (never an f-string, which no translator could match), and str() fills it in
English for logs and the command line."""

from __future__ import annotations

import ast

from caseworker.errors import PartnerUnavailable
from tests.conftest import ROOT
from ui.catalogue import _error_classes

CORE = ROOT / "caseworker"
SKIPPED = {"sandbox", "cli", "migrations"}  # synthetic partners, the English command line


def test_no_error_message_is_an_f_string() -> None:
    paths = [p for p in sorted(CORE.rglob("*.py")) if not SKIPPED & set(p.parts)]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    errors = _error_classes(trees)
    found = []
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            texts = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "hint"]
            if name in errors and any(isinstance(t, ast.JoinedStr) for t in texts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert len(errors) > 20 and found == []


def test_a_template_is_filled_in_english_and_keeps_its_parameters() -> None:
    error = PartnerUnavailable(
        "{partner_name} could not be reached.", hint="Try again.", partner_name="Hillside"
    )
    assert str(error) == "Hillside could not be reached. Try again."
    assert error.template == "{partner_name} could not be reached."
    assert error.params == {"partner_name": "Hillside"}
