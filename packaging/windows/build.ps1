# Builds Caseworker's Windows bundle and installer (not run here: see packaging/README.md).
# Needs Python 3.11+, and Inno Setup 6 (iscc.exe) on the PATH. From the repository root:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --quiet -e ".[package]"
# Icons, then dist\caseworker\ with Caseworker.exe (windowed) and caseworker-cli.exe.
.venv\Scripts\python -c "import sys; sys.path[:0] = ['.', 'packaging']; import icons, pathlib; icons.render_platform_icons(pathlib.Path('build/icons'))"
.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\caseworker.spec
$version = .venv\Scripts\python -c "from caseworker.version import version; print(version())"
& dist\caseworker\caseworker-cli.exe --version
iscc "/DAppVersion=$version" packaging\windows\caseworker.iss
Write-Host "Built dist\caseworker-$version-setup.exe"
