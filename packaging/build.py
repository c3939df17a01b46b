"""Builds the Linux bundle and its tarball: what `make package` runs before the smoke test.

1. Renders the icons (packaging/icons.py).
2. Runs PyInstaller on packaging/pyinstaller/caseworker.spec: dist/caseworker/, one folder.
3. Lays out the tarball: the bundle, install.sh, the .desktop file, the AppStream metainfo
   (with the version from pyproject.toml) and the icons, as
   dist/caseworker-<version>-linux-<machine>.tar.gz.

Prints the tarball's path last, for the smoke test. `--dist DIR` and `--work DIR` put the
results and the scratch files elsewhere than dist/ and build/ (the test suite builds in a
temporary folder).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from datetime import UTC, datetime
from pathlib import Path

# Run as a script: the repository (for caseworker) and this folder (for icons) are imported
# from; this folder is not a package, so it never shadows PyPI's "packaging".
sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from icons import APP_ID, render_hicolor, render_platform_icons  # noqa: E402

from caseworker.version import version  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build dist/caseworker/ from the recipe; the previous build is replaced."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
        str(ROOT / "packaging" / "pyinstaller" / "caseworker.spec"),
    ]  # fmt: skip
    icons = {**os.environ, "CASEWORKER_ICONS": str(work / "icons")}
    subprocess.run(command, check=True, cwd=ROOT, env=icons)
    return dist / "caseworker"


def release_date() -> str:
    """Today, or SOURCE_DATE_EPOCH's day for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()


def lay_out_tarball(bundle: Path, dist: Path, work: Path) -> Path:
    """dist/caseworker-<version>-linux-<machine>.tar.gz with everything install.sh needs."""
    name = f"caseworker-{version()}-linux-{platform.machine()}"
    stage = work / name
    shutil.rmtree(stage, ignore_errors=True)
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copytree(bundle, stage / "caseworker", symlinks=True)
    shutil.copy2(LINUX / "install.sh", stage / "install.sh")
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version()).replace("@DATE@", release_date())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    render_hicolor(share)
    tarball = dist / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(stage, arcname=name)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    render_platform_icons(args.work / "icons")
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    tarball = lay_out_tarball(bundle, args.dist.resolve(), args.work.resolve())
    files = (f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    size = sum(f.stat().st_size for f in files) / 1e6
    print(
        f"Built Caseworker {version()} in {time.perf_counter() - started:.0f} s:", file=sys.stderr
    )
    print(
        f"  {bundle} ({size:.0f} MB), {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)",
        file=sys.stderr,
    )
    print(tarball)
    return 0


if __name__ == "__main__":
    sys.exit(main())
