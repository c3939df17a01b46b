"""Exports from the window go through the same checks as the command line (issue 20, item 6):
a folder or a device is refused in words before anything is produced, a full disk is
reported in words (no traceback, no partial file), and the audit log says the export was
attempted and then failed, never that it was written."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from caseworker.audit.log import recent
from caseworker.exports import target as target_module
from caseworker.store.store import Store
from tests.ui.person import open_person, showcase_child
from ui.main_window import MainWindow


def _export_stages(store: Store) -> list[str]:
    with store.session() as session:
        return [str(e.detail.get("stage")) for e in recent(session, kinds=("export",), limit=10)]


def test_a_folder_is_refused_before_anything_is_released(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path: Path, dialogs
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))
    window.export_actions.export_chronology(tmp_path)  # a folder, not a file
    ((title, body),) = dialogs
    assert title == "The export was not written"
    assert "is a folder" in body and "Traceback" not in body
    assert _export_stages(store) == []  # nothing produced, nothing released


@pytest.mark.parametrize("name", ["chronology.pdf", "chronology.csv"])
def test_a_full_disk_is_said_in_words_and_audited_as_failed(  # type: ignore[no-untyped-def]
    window: MainWindow,
    synced,
    qtbot,
    tmp_path: Path,
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    store, _, _ = synced
    open_person(window, qtbot, showcase_child(store))

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(target_module, "write_atomic", full)
    exports = tmp_path / "exports"
    exports.mkdir()
    window.export_actions.export_chronology(exports / name)
    qtbot.waitUntil(lambda: any("full" in body for _, body in dialogs), timeout=20_000)
    assert not any("Traceback" in body or "Errno" in body for _, body in dialogs)
    assert list(exports.iterdir()) == []  # no partial file
    qtbot.waitUntil(lambda: _export_stages(store) == ["failed", "attempted"], timeout=10_000)
