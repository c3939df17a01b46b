#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, so that
# tests (and a demo on a machine without a desktop) use a real Secret Service and never touch
# the developer's own keyring. HOME and the XDG folders point into a throw-away directory.
# dbus-daemon's harmless complaint that it cannot raise its open-file limit is dropped.
set -euo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/caseworker-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data"
mkdir -m 700 "$scratch/runtime"
status=0
KR_SCRATCH="$scratch" dbus-run-session -- sh -c '
  export HOME="$KR_SCRATCH/home" XDG_DATA_HOME="$KR_SCRATCH/data" XDG_RUNTIME_DIR="$KR_SCRATCH/runtime"
  printf %s caseworker-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export CASEWORKER_SECRET_SERVICE_EXPECTED=1
  "$@"' sh "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
exit $status
