"""The store and the logs are readable by their owner alone, even where a folder or file was
made earlier with wider rights (issue 20, item 8: the log folder was 0755, the store 0644)."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from caseworker import logs
from caseworker.paths import Paths
from caseworker.store.store import open_store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_store_file_is_owner_only_even_if_loosened(paths: Paths) -> None:
    with open_store(paths):
        pass
    paths.store_file.chmod(0o644)
    with open_store(paths):
        assert _mode(paths.store_file) == 0o600
        for side in paths.store_file.parent.glob(paths.store_file.name + "-*"):
            assert _mode(side) == 0o600


def test_the_log_folder_is_owner_only_even_if_made_earlier(paths: Paths) -> None:
    paths.log_dir.mkdir(parents=True, mode=0o755)
    paths.log_dir.chmod(0o755)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.configure(paths)
        assert _mode(paths.log_dir) == 0o700
        assert _mode(paths.log_dir / logs.LOG_FILE) == 0o600
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_atomic_writes_need_no_fchmod_which_windows_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from caseworker.fileio import write_atomic

    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "export.csv"
    write_atomic(target, b"data")
    assert target.read_bytes() == b"data" and target.stat().st_mode & 0o777 == 0o600
