#!/bin/sh
# Installs (or removes) the Caseworker bundle that sits beside this script.
#
#   ./install.sh              for you alone: ~/.local/lib/caseworker, ~/.local/bin/caseworker
#   sudo ./install.sh --system for everyone: /opt/caseworker, /usr/local/bin/caseworker
#   ./install.sh --prefix DIR  into DIR/lib/caseworker, DIR/bin, DIR/share (a test, a chroot)
#   add --uninstall to any of these to remove what that install put there
#
# The program lives in one folder; the install adds a command on the PATH, the menu entry,
# the AppStream metadata and the icons. Nothing else on the machine is changed, and each
# user's encrypted store, settings and keyring entry are left alone by an uninstall.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --user) mode=user ;;
    --prefix) shift; [ $# -gt 0 ] || { echo "--prefix needs a folder" >&2; exit 2; }; prefix=$1; mode=prefix ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$mode" in
  user)
    data=${XDG_DATA_HOME:-$HOME/.local/share}
    app="$HOME/.local/lib/caseworker"; bin="$HOME/.local/bin" ;;
  system)
    if [ "$(id -u)" -ne 0 ]; then
      echo "A system-wide install needs root: run it with sudo." >&2; exit 1
    fi
    data=/usr/local/share; app=/opt/caseworker; bin=/usr/local/bin ;;
  prefix)
    mkdir -p "$prefix"; prefix=$(cd "$prefix" && pwd)
    data="$prefix/share"; app="$prefix/lib/caseworker"; bin="$prefix/bin" ;;
esac

id=org.caseworker.Caseworker
refresh() {
  # Menus and icon themes pick up the change at once where their tools are installed.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app"
  rm -f "$bin/caseworker" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
  find "$data/icons/hicolor" -name "$id.*" -type f -delete 2>/dev/null || true
  refresh
  echo "Caseworker removed from $app. Each user's store and settings were kept."
  exit 0
fi

[ -x "$here/caseworker/caseworker" ] || { echo "No bundle beside this script ($here/caseworker)." >&2; exit 1; }
mkdir -p "$(dirname "$app")" "$bin" "$data/applications" "$data/metainfo"
staging="$app.new.$$"
rm -rf "$staging"
cp -R "$here/caseworker" "$staging"
rm -rf "$app"           # an upgrade replaces the whole folder: no stale libraries left behind
mv "$staging" "$app"
ln -sf "$app/caseworker" "$bin/caseworker"
sed "s|^Exec=.*|Exec=$app/caseworker|" "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons" "$data/"
refresh
echo "Caseworker $("$app/caseworker" --version | sed 's/^caseworker //') installed in $app."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Add $bin to your PATH to start it as 'caseworker' from a terminal." ;;
esac
