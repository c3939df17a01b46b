"""Renders the application icon (resources/icons/caseworker.svg) at the sizes desktops use.

Linux menus look for hicolor/<N>x<N>/apps/<app id>.png; Windows installers take an .ico.
Run by packaging/build.py; Qt draws the SVG, offscreen, so no display is needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "caseworker.svg"
APP_ID = "org.caseworker.Caseworker"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render_hicolor(share: Path) -> list[Path]:
    """Write share/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for every size, and the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"The icon {SVG} is not a valid SVG.")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"Could not write {target}.")
        written.append(target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def render_platform_icons(folder: Path) -> dict[str, Path]:
    """Write caseworker.ico (Windows) and caseworker.icns (macOS) for the PyInstaller recipe."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    pixmap = QIcon(str(SVG)).pixmap(256, 256)
    written = {}
    for suffix, kind in (("ico", "ICO"), ("icns", "ICNS")):
        target = folder / f"caseworker.{suffix}"
        if not pixmap.save(str(target), kind):
            raise SystemExit(f"Could not write {target} (Qt's {kind} image plugin is missing).")
        written[suffix] = target
    return written


if __name__ == "__main__":
    for path in render_hicolor(Path(sys.argv[1] if len(sys.argv) > 1 else "build/share")):
        print(path)
