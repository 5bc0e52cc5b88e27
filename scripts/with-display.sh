#!/usr/bin/env bash
# Runs a command with an X display: the caller's DISPLAY if it has one, else a private Xvfb that is
# stopped when the command ends. Swing tests and screenshots need a real (virtual) screen.
set -euo pipefail
if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  exec "$@"
fi
display_number=${MAILBENCH_XVFB_DISPLAY:-77}
while [ -e "/tmp/.X${display_number}-lock" ]; do display_number=$((display_number + 1)); done
Xvfb ":${display_number}" -screen 0 1600x1000x24 -nolisten tcp >/tmp/mailbench-xvfb.log 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY=":${display_number}"
for _ in $(seq 1 50); do
  xdpyinfo >/dev/null 2>&1 && break
  sleep 0.1
done
"$@"
