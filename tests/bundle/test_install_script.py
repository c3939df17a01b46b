"""install.sh, the tarball's installer, on a stand-in bundle: where each file goes, that an
upgrade replaces the program's folder whole, and that an uninstall keeps the user's data."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.caseworker.Caseworker"


def _unpacked_tarball(folder: Path, version: str) -> Path:
    """What build.py lays out, with a shell script standing in for the frozen program."""
    folder.mkdir()
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    (folder / "caseworker").mkdir()
    program = folder / "caseworker" / "caseworker"
    program.write_text(f"#!/bin/sh\necho caseworker {version}\n")
    program.chmod(0o755)
    (folder / "caseworker" / f"lib-{version}.so").write_text("library")
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = share / "icons" / "hicolor" / "48x48" / "apps"
    icons.mkdir(parents=True)
    (icons / f"{APP_ID}.png").write_bytes(b"\x89PNG")
    return folder


def _install(unpacked: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", unpacked / "install.sh", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_install_puts_the_program_menu_entry_and_icons_in_place(tmp_path: Path) -> None:
    unpacked = _unpacked_tarball(tmp_path / "caseworker-1.0.0", "1.0.0")
    prefix = tmp_path / "prefix"
    done = _install(unpacked, "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert "Caseworker 1.0.0 installed" in done.stdout
    command = prefix / "bin" / "caseworker"
    assert subprocess.run([command], capture_output=True, text=True).stdout == "caseworker 1.0.0\n"
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={prefix}/lib/caseworker/caseworker\n" in desktop  # the menu starts this copy
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()


def test_an_upgrade_replaces_the_whole_program_folder(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert (
        _install(_unpacked_tarball(tmp_path / "old", "1.0.0"), "--prefix", prefix).returncode == 0
    )
    done = _install(_unpacked_tarball(tmp_path / "new", "1.1.0"), "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    folder = prefix / "lib" / "caseworker"
    assert (folder / "lib-1.1.0.so").is_file()
    assert not (folder / "lib-1.0.0.so").exists()  # no stale library from the old version
    assert not list(folder.parent.glob("caseworker.new.*"))  # no staging folder left


def test_uninstall_removes_the_program_and_keeps_everything_else(tmp_path: Path) -> None:
    unpacked = _unpacked_tarball(tmp_path / "caseworker-1.0.0", "1.0.0")
    prefix = tmp_path / "prefix"
    assert _install(unpacked, "--prefix", prefix).returncode == 0
    other_icon = prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_icon.write_bytes(b"another application's icon")
    done = _install(unpacked, "--prefix", prefix, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert "store and settings were kept" in done.stdout
    assert not (prefix / "bin" / "caseworker").exists()
    assert not (prefix / "lib" / "caseworker").exists()
    assert not list(prefix.rglob(f"{APP_ID}*"))
    assert other_icon.is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--bogus"], "Unknown option: --bogus"), (["--prefix"], "--prefix needs a folder")],
)
def test_a_mistyped_option_says_what_is_wrong(
    tmp_path: Path, args: list[str], message: str
) -> None:
    unpacked = _unpacked_tarball(tmp_path / "caseworker-1.0.0", "1.0.0")
    done = _install(unpacked, *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_install_without_a_bundle_beside_it_refuses(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    shutil.copy2(LINUX / "install.sh", lonely / "install.sh")
    done = _install(lonely, "--prefix", tmp_path / "prefix")
    assert done.returncode == 1
    assert "No bundle beside this script" in done.stderr
    assert not (tmp_path / "prefix" / "lib" / "caseworker").exists()
