"""`make package`'s build, made in a temporary folder: it holds what the program needs, and
the installed program passes the smoke test (packaging/smoke.py) without the repository."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_bundle_holds_qt_plugins_sqlcipher_translations_and_resources(
    built_tarball: Path,
) -> None:
    with tarfile.open(built_tarball) as archive:
        names = archive.getnames()
    (top,) = {name.split("/")[0] for name in names}
    inside = f"{top}/caseworker/_internal"
    wanted = [
        f"{top}/install.sh",
        f"{top}/caseworker/caseworker",
        f"{inside}/PySide6/Qt/plugins/platforms/libqxcb.so",  # a desktop session
        f"{inside}/PySide6/Qt/plugins/platforms/libqwayland.so",
        f"{inside}/PySide6/Qt/plugins/platforms/libqoffscreen.so",  # headless checks
        f"{inside}/resources/translations/caseworker_cy.qm",  # the Welsh interface
        f"{inside}/resources/icons/caseworker.svg",
        f"{top}/share/applications/org.caseworker.Caseworker.desktop",
        f"{top}/share/metainfo/org.caseworker.Caseworker.metainfo.xml",
        f"{top}/share/icons/hicolor/256x256/apps/org.caseworker.Caseworker.png",
    ]
    assert [name for name in wanted if name not in names] == []
    assert any(name.startswith(f"{inside}/sqlcipher3/_sqlite3") for name in names)
    assert any("/caseworker/store/migrations/versions/" in name for name in names)
    assert not any(f"{inside}/tests/" in name for name in names)  # no test code shipped


def test_the_installed_program_passes_its_smoke_test(built_tarball: Path, tmp_path: Path) -> None:
    screenshot = tmp_path / "window.png"
    done = subprocess.run(
        [sys.executable, "packaging/smoke.py", str(built_tarball), str(screenshot)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "The packaged program passed its smoke test." in done.stdout
    assert "no validator installed" not in done.stdout  # make test installs both validators
    for step in ("--version", "sync against", "show the joined-up view", "start the window"):
        assert any(
            step in line and line.rstrip().endswith("s)") for line in done.stdout.splitlines()
        )
    assert screenshot.read_bytes().startswith(b"\x89PNG")
