"""The packaged program's smoke test: install the tarball as a user would, then use it.

    python packaging/smoke.py [TARBALL [SCREENSHOT]]

TARBALL defaults to what packaging/build.py made for this version and machine, in dist/;
SCREENSHOT, if given, keeps the installed program's screenshot there.

Run inside packaging/dev/with-keyring.sh (`make package` does), so the store key goes to a
real Secret Service. In a scratch folder it unpacks the tarball, runs install.sh --prefix,
and then runs the installed program, never the repository's code:
  - --version prints the version in pyproject.toml;
  - the .desktop file and AppStream metainfo pass their validators, where installed;
  - a sync against the embedded sandbox partner network fetches from all five partners;
  - search, then show --json, gives a joined-up view with the source of each item;
  - the window starts on that store and paints (--quit-after-paint);
  - demo --screenshot paints the main window offscreen;
  - install.sh --uninstall removes the program and leaves the store.
Each step prints a line; the first failure stops with a non-zero exit.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.caseworker.Caseworker"


class SmokeFailure(Exception):
    """One check of the smoke test failed; the message says which and why."""


def expected_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def run(command: Sequence[str | Path], env: dict[str, str], timeout: float = 300) -> str:
    """Run `command`; its standard output, or SmokeFailure with its standard error."""
    done = subprocess.run(
        [str(c) for c in command], env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stderr[-3000:]}"
        )
    return done.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def step(name: str) -> float:
    print(f"- {name} …", end=" ", flush=True)
    return time.perf_counter()


def passed(started: float) -> None:
    print(f"ok ({time.perf_counter() - started:.1f} s)", flush=True)


def install(tarball: Path, scratch: Path, env: dict[str, str]) -> Path:
    """Unpack and install under scratch/prefix; the installed program's path."""
    with tarfile.open(tarball) as archive:
        archive.extractall(scratch / "unpacked", filter="data")
    (unpacked,) = (scratch / "unpacked").iterdir()
    prefix = scratch / "prefix"
    run(["sh", unpacked / "install.sh", "--prefix", prefix], env)
    program = prefix / "bin" / "caseworker"
    check(program.exists(), f"install.sh did not put the program at {program}")
    for path in (
        prefix / "share" / "applications" / f"{APP_ID}.desktop",
        prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ):
        check(path.is_file(), f"install.sh did not install {path.relative_to(prefix)}")
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    check(
        f"Exec={prefix}/lib/caseworker/caseworker" in desktop,
        "the installed .desktop file does not start the installed program",
    )
    return program


def validate_metadata(prefix: Path, env: dict[str, str]) -> list[str]:
    """Run desktop-file-validate and appstreamcli where present; the validators used."""
    used = []
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", prefix / "share" / "applications" / f"{APP_ID}.desktop"], env)
        used.append("desktop-file-validate")
    if shutil.which("appstreamcli"):
        metainfo = prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo], env)
        used.append("appstreamcli")
    return used


def use(program: Path, scratch: Path, env: dict[str, str]) -> None:
    """Sync, search, show and paint, with a profile folder of its own."""
    home = ["--home", str(scratch / "home")]

    started = step("sync against the sandbox partner network")
    synced = json.loads(run([program, *home, "sync", "--demo", "--json"], env, timeout=600))
    partners = synced["partners"]
    check(synced["ok"] and len(partners) == 5, f"the sync did not reach five partners: {synced}")
    check(all(p["fetched"] > 0 for p in partners), "a partner sent nothing")
    passed(started)

    started = step("search and show the joined-up view")
    found = json.loads(run([program, *home, "search", "smith", "--json"], env))
    check(bool(found), "searching the synced store for 'smith' found nobody")
    view = json.loads(run([program, *home, "show", str(found[0]["citizen_id"]), "--json"], env))
    source = view["identity"]["name"]["preferred"]["source"]
    check(bool(source["partner_id"]), "the view does not say who shared the person's name")
    check(
        all(item["source"]["agency"] for item in view["chronology"]),
        "a chronology entry has no agency",
    )
    passed(started)

    started = step("start the window on the synced store")
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    printed = run([program, *home, "--quit-after-paint"], offscreen, timeout=120)
    check("painted" in printed.split(), "the main window did not paint on the synced store")
    passed(started)

    started = step("paint the main window offscreen")
    shot = scratch / "window.png"
    run([program, *home, "demo", "--screenshot", shot], offscreen)
    header = shot.read_bytes()[:24] if shot.exists() else b""
    check(header.startswith(b"\x89PNG"), "the screenshot is not a PNG")
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    check(width >= 800 and height >= 500, f"the window painted at {width}×{height}")
    check(shot.stat().st_size > 20_000, "the screenshot is nearly empty")
    passed(started)


def smoke(tarball: Path, keep: Path | None = None) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="caseworker-smoke-"))
    # The installed program must stand alone: nothing from this repository or its venv.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    try:
        started = step(f"install {tarball.name}")
        program = install(tarball, scratch, env)
        passed(started)

        started = step("--version")
        printed = run([program, "--version"], env).strip()
        check(printed == f"caseworker {expected_version()}", f"--version printed {printed!r}")
        passed(started)

        started = step("validate the .desktop file and AppStream metainfo")
        used = validate_metadata(scratch / "prefix", env)
        passed(started)
        if not used:
            print("  (no validator installed; skipped)")

        use(program, scratch, env)

        started = step("uninstall")
        (unpacked,) = (scratch / "unpacked").iterdir()
        run(["sh", unpacked / "install.sh", "--prefix", scratch / "prefix", "--uninstall"], env)
        check(not program.exists(), "the program is still there after --uninstall")
        check(any((scratch / "home").rglob("*.db")), "the uninstall removed the user's store")
        passed(started)
        if keep is not None:
            shutil.copyfile(scratch / "window.png", keep)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def default_tarball() -> Path:
    """What packaging/build.py makes for this version on this machine."""
    return ROOT / "dist" / f"caseworker-{expected_version()}-linux-{platform.machine()}.tar.gz"


def main(argv: Sequence[str]) -> int:
    tarball = Path(argv[0]) if argv else default_tarball()
    if not tarball.is_file():
        print(f"No tarball at {tarball}: build it first (make package).", file=sys.stderr)
        return 2
    try:
        smoke(tarball, Path(argv[1]) if len(argv) > 1 else None)
    except SmokeFailure as failure:
        print(f"FAILED\n{failure}", file=sys.stderr)
        return 1
    print("The packaged program passed its smoke test.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
