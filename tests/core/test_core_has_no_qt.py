"""The core never imports Qt: importing every core module leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import importlib, pkgutil, sys
import caseworker
for module in pkgutil.walk_packages(caseworker.__path__, "caseworker."):
    if ".migrations" not in module.name:
        importlib.import_module(module.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(",".join(bad))
"""


def test_importing_the_whole_core_loads_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == ""
