"""The installable bundle, measured: its size on disk and its cold start on the full store.

`make package` leaves the one-folder build in dist/caseworker/. When it is there, the harness
reports `bundle_size_mb` (every file in the folder) and `bundle_cold_start_s`: the bundle's
own program started on the synced store, offscreen, to its main window painted (it prints
"painted" then, with --quit-after-paint), median of a few runs, the same moment the Python
cold start is measured to.

The bundle holds no test keyring, so it reads the store key where an installed copy would:
from the Secret Service. The harness copies the key there for the run and removes it after;
without a Secret Service (run the harness under packaging/dev/with-keyring.sh, as `make bench`
does) the cold start is reported as not measured, with the reason.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from caseworker.paths import resolve_paths
from caseworker.store.keys import SERVICE
from tests.support.keyrings import TestFileKeyring

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "caseworker"
COLD_STARTS = 3
START_TIMEOUT_S = 120


def bundle_size_mb(bundle: Path = BUNDLE) -> float:
    """Every file in the one-folder build, in MB (symbolic links not counted twice)."""
    files = (f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def _bundle_env() -> dict[str, str]:
    """The environment an installed copy would see: no Python or keyring overrides."""
    dropped = ("PYTHON", "VIRTUAL_ENV", "CASEWORKER_TEST_KEYRING", "CASEWORKER_INSECURE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@contextmanager
def _key_in_secret_service(home: Path) -> Iterator[str | None]:
    """The store's key, copied from the test keyring into the Secret Service for the run.

    Yields None when it is there, else why the bundle cannot be started on this store."""
    try:
        from keyring.backends.SecretService import Keyring as SecretService

        secret_service = SecretService()
        secret_service.get_password(SERVICE, "probe")  # raises without a running service
    except Exception as exc:  # whatever fails, there is no service to use
        yield f"no Secret Service ({type(exc).__name__}): run under packaging/dev/with-keyring.sh"
        return
    store_id = resolve_paths(home).store_identity_file.read_text(encoding="ascii").strip()
    account = f"store-key:{store_id}"
    key = TestFileKeyring().get_password(SERVICE, account)
    if key is None:
        yield "the synced store's key is not in the harness's keyring"
        return
    secret_service.set_password(SERVICE, account, key)
    try:
        yield None
    finally:
        secret_service.delete_password(SERVICE, account)


def _start_once(program: Path, home: Path) -> float:
    """Seconds from starting the bundle's program to its window painted."""
    started = time.perf_counter()
    with subprocess.Popen(
        [str(program), "--home", str(home), "--quit-after-paint"],
        env=_bundle_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        painted = None
        for line in process.stdout:
            if line.strip() == "painted":
                painted = time.perf_counter() - started
                break
        try:
            _, errors = process.communicate(timeout=START_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            raise SystemExit("The bundle did not quit after painting its window.") from None
    if painted is None:
        raise SystemExit(f"The bundle exited without painting its window:\n{errors[-3000:]}")
    return painted


def measure_bundle(home: Path, bundle: Path = BUNDLE) -> dict[str, Any]:
    """The bundle's figures, or why there are none (`bundle_note`)."""
    program = bundle / "caseworker"
    if not program.exists():
        return {"bundle_note": f"not built: no {program} (make package builds it)"}
    figures: dict[str, Any] = {"bundle_size_mb": bundle_size_mb(bundle)}
    with _key_in_secret_service(home) as unavailable:
        if unavailable is not None:
            figures["bundle_note"] = f"cold start not measured: {unavailable}"
            return figures
        starts = [_start_once(program, home) for _ in range(COLD_STARTS)]
    figures["bundle_cold_start_s"] = statistics.median(starts)
    return figures
