"""Exports write only to a new or regular file in a folder that exists (issue 20, item 7):
a device, a folder, a missing folder or an existing file without --force is refused before
anything is produced, and a full disk is reported in words with nothing left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caseworker.exports.target import (
    ExportTargetRefused,
    ExportWriteFailed,
    checked_target,
    write_export,
)


def test_a_new_file_in_an_existing_folder_is_written_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "chronology.csv"
    write_export(target, b"OFFICIAL-SENSITIVE\r\n", force=False)
    assert target.read_bytes() == b"OFFICIAL-SENSITIVE\r\n"
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("target", "says"),
    [
        (Path("/dev/null"), "not an ordinary file"),
        (Path("/tmp"), "is a folder"),
        (Path("/nowhere/at/all/x.csv"), "does not exist"),
    ],
)
def test_devices_folders_and_missing_folders_are_refused(target: Path, says: str) -> None:
    with pytest.raises(ExportTargetRefused, match=says):
        checked_target(target, force=True)
    assert not Path("/nowhere").exists()  # no folder was made


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    target.write_text("kept")
    with pytest.raises(ExportTargetRefused, match="--force"):
        write_export(target, b"new", force=False)
    assert target.read_text() == "kept"
    write_export(target, b"new", force=True)
    assert target.read_text() == "new"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_the_full_device_is_refused_and_left_a_device() -> None:
    with pytest.raises(ExportTargetRefused):
        write_export(Path("/dev/full"), b"personal data", force=True)
    assert Path("/dev/full").is_char_device()


def test_a_full_disk_is_reported_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from caseworker.exports import target as module

    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(module, "write_atomic", full)
    with pytest.raises(ExportWriteFailed, match="is full"):
        write_export(tmp_path / "x.csv", b"data", force=False)
    assert list(tmp_path.iterdir()) == []


def test_an_export_is_audited_as_attempted_then_written_or_failed(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A failed export is never on record as written; a written one is on record twice: as
    released before the file existed, and as saved after."""
    import errno

    from caseworker.audit.log import recent
    from caseworker.exports import target as module
    from caseworker.exports.audited import Release, attempt, deliver
    from caseworker.profile import DEMO_PROFILE, save_profile

    with store.session() as session:
        save_profile(session, DEMO_PROFILE)
    leaving = Release("chronology", "csv", citizen_id=7, entries=3)
    attempt(store, leaving)
    deliver(store, leaving, tmp_path / "ok.csv", b"x", force=False)

    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(module, "write_atomic", full)
    attempt(store, leaving)
    with pytest.raises(ExportWriteFailed):
        deliver(store, leaving, tmp_path / "full.csv", b"x", force=False)
    with store.session() as session:
        entries = list(reversed(recent(session, kinds=("export",), limit=10)))
    assert [e.detail["stage"] for e in entries] == ["attempted", "written", "attempted", "failed"]
    assert entries[-1].detail["problem"] == "export_failed"
    assert all(e.citizen_id == 7 and e.detail["what"] == "chronology" for e in entries)
