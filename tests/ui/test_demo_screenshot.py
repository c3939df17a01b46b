"""`main.py demo --screenshot FILE` syncs the sandbox, opens a citizen and saves a PNG."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import ROOT


def test_demo_screenshot_command(cli_env: dict[str, str], tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "demo.png"
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
    assert len(colours) > 5  # a drawn window, not a blank rectangle
