#!/usr/bin/env bash
# Server-panel import against the lab's XServer API simulator: `dist/mailbench panel import` (launcher and JVM start
# included) of a server with ACCOUNTS mail accounts (plus the simulator's 4) on the Xserver Standard limits (60
# requests a window, 5 at once), next to the floor those limits allow for the same number of requests, and next to
# the same import with the limits lifted (the requests' own cost, measured in the same run). Ratio last: import /
# floor (1.0 = no time lost beyond what the limits impose).
#
# The floor: N requests at L per window of W seconds need ceil(N/L) windows. The simulator's windows are aligned to
# the clock (like a per-minute counter), so a run that starts OFFSET seconds into a window reaches the last one after
# (ceil(N/L) - 1) * W - OFFSET seconds; and no run is faster than the same import without limits. The floor printed is
# the larger of the two, for the offset this run actually started at.
#
# Usage: bench/panel.sh [ACCOUNTS] [WINDOW_SECONDS]     defaults: 100 60 (the real Standard minute). Needs the running
#        test lab with the simulator (MAILBENCH_TESTLAB_DIR, default testlab/) and dist/ (built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-100}"
WINDOW="${2:-60}"
LAB_DIR="${MAILBENCH_TESTLAB_DIR:-$PWD/testlab}"
set -a
# shellcheck disable=SC1091
. "$LAB_DIR/lab.env"
set +a
CA="$LAB_DIR/run/ca/ca.crt"
ADMIN="http://$LAB_ADDRESS:$LAB_XSERVER_ADMIN_PORT"
BASE="https://$LAB_ADDRESS:$LAB_XSERVER_API_PORT"
WORK="$(mktemp -d /tmp/mailbench-bench-panel.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
if [[ ! -x dist/mailbench || ! -f dist/plugins/server-panel-0.1.0-SNAPSHOT.jar ]]; then
  echo "building dist/ ..." >&2
  mvn -B -q -o -DskipTests package -pl plugins/server-panel -am >&2
fi
admin() { curl -sf -X POST -H 'Content-Type: application/json' -d "$2" "$ADMIN$1" >/dev/null; }

run_import() { # label -> prints seconds, writes $WORK/<label>.json and $WORK/<label>.start (epoch ns)
  local t0 t1
  t0=$(date +%s%N)
  echo "$t0" > "$WORK/$1.start"
  MAILBENCH_XSERVER_API_KEY="$LAB_XSERVER_KEY_READ" dist/mailbench panel import samples/sample-shoji.mailbench.json \
    --servername "$LAB_XSERVER_SERVERNAME" --base-url "$BASE" --ca "$CA" --json </dev/null >"$WORK/$1.json" 2>"$WORK/$1.err" \
    || { echo "import failed:" >&2; cat "$WORK/$1.err" >&2; exit 1; }
  t1=$(date +%s%N)
  echo "scale=2; ($t1 - $t0) / 1000000000" | bc
}

# the requests' own cost: limits lifted
admin /reset "{\"accounts\": $ACCOUNTS}"
admin /config '{"per_minute": 100000, "concurrent": 100}'
UNLIMITED=$(run_import unlimited)

# the Standard plan
admin /reset "{\"accounts\": $ACCOUNTS, \"plan\": \"standard\"}"
admin /config "{\"window_seconds\": $WINDOW}"
LIMIT=$(curl -sf "$ADMIN/state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["config"]["per_minute"])')
PACED=$(run_import standard)
STATS=$(curl -sf "$ADMIN/stats")
N=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$WORK/standard.json")
RATE_LIMITED=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["rate_limited"])' "$STATS")
WINDOWS=$(( (N + LIMIT - 1) / LIMIT ))
OFFSET=$(python3 -c 'import sys; print("%.2f" % ((int(sys.argv[1]) / 1e9) % int(sys.argv[2])))' "$(cat "$WORK/standard.start")" "$WINDOW")
FLOOR=$(python3 -c 'import sys; w, W, o, u = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]); print("%.2f" % max((w - 1) * W - o, u))' \
  "$WINDOWS" "$WINDOW" "$OFFSET" "$UNLIMITED")

printf 'accounts: %d (+4 of the simulator), requests: %d, limit: %d per %d s window\n' "$ACCOUNTS" "$N" "$LIMIT" "$WINDOW"
printf 'import, limits lifted:    %8.2f s\n' "$UNLIMITED"
printf 'import, Standard limits:  %8.2f s   (429 answers: %d)\n' "$PACED" "$RATE_LIMITED"
printf 'floor of the limits:      %8.2f s   (%d windows, started %.2f s into one)\n' "$FLOOR" "$WINDOWS" "$OFFSET"
printf 'ratio import / floor:     %8.2f\n' "$(echo "scale=3; $PACED / $FLOOR" | bc)"
