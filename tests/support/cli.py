"""Running main.py as a user would, in a subprocess, for tests of the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_main(
    env: dict[str, str], *args: str, pins: str | None = None
) -> subprocess.CompletedProcess[str]:
    """main.py with `args` in `env`; `pins` (one per line) on its standard input."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        input=pins,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
