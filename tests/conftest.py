"""Fixtures for every suite: a temp profile, an in-memory keyring, the sandbox, a synced store.

Nothing here imports Qt, so tests/core runs where PySide6 is not installed.
"""

from __future__ import annotations

import importlib.abc
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import keyring
import pytest

from caseworker.paths import Paths, resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store, open_store
from caseworker.sync.engine import SyncReport, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent


class _NoQt(importlib.abc.MetaPathFinder):
    """With CASEWORKER_BLOCK_QT=1, PySide6 cannot be imported: the core suite must not need it
    (make test runs tests/core this way, as if Qt were not installed)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if fullname.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{fullname} is blocked: the core tests run without Qt")


if os.environ.get("CASEWORKER_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _NoQt())


# Tests that share an expensive session or module fixture run on one xdist worker (make test
# runs the suite on two): the built bundle is made once for the files that install it.
_SHARED_BUILD = ("tests/bundle/", "tests/integration/test_benchmarks.py")


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Groups each test with the others of its file (their module fixtures are made once),
    and every test that uses the built bundle together, for `--dist loadgroup`."""
    for item in items:
        where = Path(str(item.path)).relative_to(ROOT).as_posix()
        group = "bundle" if where.startswith(_SHARED_BUILD) else where
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(autouse=True)
def _isolated_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Every test gets its own profile folder, no organisation policy until it writes one,
    and, unless it asks for the real Secret Service, an in-memory keyring, so no test touches
    the developer's data, policy or keyring."""
    monkeypatch.setenv("CASEWORKER_HOME", str(tmp_path / "profile"))
    monkeypatch.setenv("CASEWORKER_POLICY", str(tmp_path / "organisation-policy.json"))
    monkeypatch.delenv("CASEWORKER_INSECURE_KEYRING", raising=False)
    if request.node.get_closest_marker("secret_service"):
        yield
        return
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "profile")


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with open_store(paths) as opened:
        yield opened


@pytest.fixture
def sandbox() -> Iterator[SandboxNetwork]:
    with SandboxNetwork() as network:
        yield network


@pytest.fixture
def synced(store: Store, sandbox: SandboxNetwork) -> tuple[Store, SandboxNetwork, SyncReport]:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    report = SyncService(store).sync_all()
    assert report.ok, [r.error_message for r in report.results if not r.ok]
    return store, sandbox, report


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running main.py in a subprocess with a shared test keyring file."""
    env = dict(os.environ)
    env.update(
        {
            "CASEWORKER_HOME": str(tmp_path / "cli-profile"),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
            "CASEWORKER_TEST_KEYRING": str(tmp_path / "test-keyring.json"),
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


@pytest.fixture
def home_env(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """main.py's environment for a profile at tmp_path/home whose file keyring this test's
    process reads too, so it can open the store main.py left behind."""
    env = {
        **cli_env,
        "CASEWORKER_INSECURE_KEYRING": "1",
        "CASEWORKER_HOME": str(tmp_path / "home"),
        "CASEWORKER_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    monkeypatch.setenv("CASEWORKER_TEST_KEYRING", env["CASEWORKER_TEST_KEYRING"])
    return env


@pytest.fixture(scope="session")
def built_tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installable Linux build, made once per session by packaging/build.py (what
    `make package` runs) in a temporary folder: the tarball; its bundle is beside it."""
    folder = tmp_path_factory.mktemp("package")
    done = subprocess.run(
        [
            sys.executable,
            "packaging/build.py",
            "--dist",
            folder / "dist",
            "--work",
            folder / "work",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return Path(done.stdout.strip().splitlines()[-1])
