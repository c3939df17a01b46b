"""Where Caseworker keeps its files: per-OS data and log folders, or CASEWORKER_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Caseworker"
HOME_ENV = "CASEWORKER_HOME"


@dataclass(frozen=True)
class Paths:
    """The folders of one Caseworker profile. Nothing here is created until asked."""

    data_dir: Path
    log_dir: Path

    @property
    def store_file(self) -> Path:
        return self.data_dir / "caseworker.db"

    @property
    def store_identity_file(self) -> Path:
        """A small non-secret file naming the store, so its key can be found in the keyring."""
        return self.data_dir / "store-id"

    def ensure(self) -> Paths:
        for folder in (self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> Paths:
    """The profile folders: an explicit home, else $CASEWORKER_HOME, else the OS defaults."""
    chosen = home if home is not None else os.environ.get(HOME_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(data_dir=base / "data", log_dir=base / "logs")
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
