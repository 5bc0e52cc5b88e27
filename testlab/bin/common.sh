# shellcheck shell=bash
# Helpers shared by testlab/start.sh and testlab/stop.sh (sourced after lab.env).
RUN="$LAB_DIR/run"
LOG_DIR="$RUN/log"
LAB_LOG_DIR_BOOT="${TMPDIR:-/tmp}"
LAB_MAIL_USER=mblab
HOSTS_BEGIN="# >>> mailbench-testlab (managed by testlab/start.sh; removed by testlab/stop.sh --remove-hosts)"
HOSTS_END="# <<< mailbench-testlab"
export RUN LOG_DIR LAB_DIR

log() { printf '[testlab] %s\n' "$*"; }
die() { printf '[testlab] ERROR: %s\n' "$*" >&2; exit 1; }

fail_with_log() { # name log...
  local name=$1; shift
  printf '[testlab] ERROR: %s failed to start. Log tail:\n' "$name" >&2
  local f
  for f in "$@"; do
    [ -f "$f" ] && { printf -- '--- %s\n' "$f" >&2; tail -n 30 "$f" >&2; }
  done
  exit 1
}

path_world_traversable() { # every existing directory from $1 up to / has o+x
  local p=$1 mode
  while [ "$p" != / ] && [ -n "$p" ]; do
    if [ -d "$p" ]; then mode=$(stat -c %a "$p"); [ $(( 8#$mode & 1 )) = 1 ] || return 1; fi
    p=$(dirname "$p")
  done
}

# Replace @NAME@ with the value of the (exported) variable NAME.
render() {
  perl -pe 's/@([A-Z_][A-Z0-9_]*)@/defined $ENV{$1} ? $ENV{$1} : die("render: variable $1 is not set\n")/ge' "$1"
}

alive() { # pid: running and not a zombie
  kill -0 "$1" 2>/dev/null && [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]
}
pid_alive() { [ -s "$1" ] && alive "$(head -n1 "$1" | tr -d ' ')"; }

sums() { cat "$@" 2>/dev/null | cksum; }
# true when the process of pidfile runs and was started with the same files
running_same() {
  local pidfile=$1; shift
  pid_alive "$pidfile" && [ -f "$pidfile.sum" ] && [ "$(cat "$pidfile.sum")" = "$(sums "$@")" ]
}
remember() { local pidfile=$1; shift; sums "$@" > "$pidfile.sum"; }

# stop_pidfiles NAME=PIDFILE...: TERM all at once, wait up to 10 s for all, then KILL the rest
stop_pidfiles() {
  local arg pidfile pids="" pid left
  for arg in "$@"; do
    pidfile=${arg#*=}
    if pid_alive "$pidfile"; then
      pid=$(head -n1 "$pidfile" | tr -d ' ')
      kill -TERM "$pid" 2>/dev/null || true
      pids="$pids $pid"
    fi
    rm -f "$pidfile.sum"
  done
  for _ in $(seq 1 100); do
    left=""
    for pid in $pids; do alive "$pid" && left="$left $pid"; done
    [ -z "$left" ] && return 0
    sleep 0.1
  done
  log "not stopped after 10 s, killing:$left"
  for pid in $left; do kill -KILL "$pid" 2>/dev/null || true; done
}
stop_pidfile() { stop_pidfiles "$2=$1"; }

# Write /etc/hosts in place (it may be a bind mount in containers: no rename).
hosts_update() { # line or empty to remove
  local line=$1 tmp
  tmp=$(mktemp)
  awk -v b="$HOSTS_BEGIN" -v e="$HOSTS_END" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' /etc/hosts > "$tmp"
  if [ -n "$line" ]; then printf '%s\n%s\n%s\n' "$HOSTS_BEGIN" "$line" "$HOSTS_END" >> "$tmp"; fi
  if ! cmp -s "$tmp" /etc/hosts; then cat "$tmp" > /etc/hosts; fi
  rm -f "$tmp"
}
