#!/usr/bin/env bash
# Times `mailbench project validate` (JVM start included) on a generated project with many mailboxes, next to a
# peer in the same run: Python's json.load of the same file (parsing only, no validation). Issue 19's target is
# under 2 s for 20,000 mailboxes. The last line is the ratio validate / peer.
#
# Usage: bench/validate.sh [RUNS] [MAILBOXES]     (builds dist/ first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
MAILBOXES="${2:-20000}"
WORK="$(mktemp -d /tmp/mailbench-bench-validate.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

source bench/common.sh
ensure_dist

java bench/GenerateLargeProject.java "$WORK/big.mailbench.json" "$MAILBOXES"
echo "project: $MAILBOXES mailboxes, $(du -k "$WORK/big.mailbench.json" | cut -f1) KB"


validate_times=()
peer_times=()
for ((i = 1; i <= RUNS; i++)); do
  t0=$(now_ms)
  # The shipped launcher, as the consultant runs it (same JVM options).
  dist/mailbench --config-dir "$WORK/config" project validate "$WORK/big.mailbench.json" \
      >"$WORK/validate.out" 2>&1 || { cat "$WORK/validate.out" >&2; exit 1; }
  t1=$(now_ms)
  python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$WORK/big.mailbench.json"
  t2=$(now_ms)
  validate_times+=($((t1 - t0)))
  peer_times+=($((t2 - t1)))
  echo "run $i: validate ${validate_times[-1]} ms, python json.load ${peer_times[-1]} ms"
done
validate_ms=$(printf '%s\n' "${validate_times[@]}" | median)
peer_ms=$(printf '%s\n' "${peer_times[@]}" | median)

echo "median of $RUNS runs, $MAILBOXES mailboxes: mailbench project validate ${validate_ms} ms, python json.load ${peer_ms} ms"
awk -v a="$validate_ms" -v b="$peer_ms" 'BEGIN {printf "ratio validate/json.load: %.2f\n", a / b}'
