#!/bin/sh
# Installs the Debian packages that the tests and the demo need, when any is missing:
# a real Secret Service (gnome-keyring on a private D-Bus), Xvfb, and Qt's runtime libraries;
# for the bundle, binutils (PyInstaller reads shared libraries with objdump) and the validators
# of the desktop entry and AppStream metainfo.
set -eu
pkgs="dbus dbus-x11 gnome-keyring libsecret-tools xvfb libegl1 libgl1 libfontconfig1 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libdbus-1-3 \
fonts-dejavu-core binutils desktop-file-utils appstream"
missing=""
# Node.js and npm run the real FHIR server the tests sync from; most machines have them.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || missing=" nodejs npm"
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install these packages with your system's package manager:$missing" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing system packages:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
