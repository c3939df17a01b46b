"""The version has one source, pyproject.toml: the code and the command line both show it."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from caseworker.version import version
from tests.conftest import ROOT


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_the_version_is_the_one_in_pyproject() -> None:
    assert version() == _pyproject_version()


def test_version_on_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == f"caseworker {_pyproject_version()}"
