#!/usr/bin/env bash
# Opens Caseworker on the embedded sandbox network with a demo profile under .demo/.
# Uses the desktop's own Secret Service when there is one; otherwise starts a private
# gnome-keyring whose (synthetic-data-only) demo keyring persists in .demo/keyring.
# With no display at all it renders the window offscreen and saves a screenshot instead.
set -eu
python="$1"; shift
root=$(cd "$(dirname "$0")/../.." && pwd)
export CASEWORKER_HOME="${CASEWORKER_HOME:-$root/.demo/home}"
mkdir -p "$CASEWORKER_HOME"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: rendering the demo offscreen to .demo/demo.png instead of opening a window."
  export QT_QPA_PLATFORM=offscreen
  set -- demo --screenshot "$root/.demo/demo.png"
fi

if "$python" -c 'import sys; from caseworker.store.keys import secure_backend_available as s; sys.exit(0 if s() else 1)' 2>/dev/null; then
  exec "$python" "$root/main.py" "$@"
fi

"$root/packaging/dev/system-deps.sh"
echo "No Secret Service on this session: starting a private demo keyring in .demo/keyring."
mkdir -p "$root/.demo/keyring/data" "$root/.demo/keyring/home"
runtime=$(mktemp -d "${TMPDIR:-/tmp}/caseworker-demo.XXXXXX")
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT INT TERM
KR_ROOT="$root/.demo/keyring" KR_RUNTIME="$runtime" dbus-run-session -- sh -c '
  export XDG_DATA_HOME="$KR_ROOT/data" XDG_RUNTIME_DIR="$KR_RUNTIME"
  printf %s caseworker-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' sh "$python" "$root/main.py" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
