#!/usr/bin/env bash
# Times `mailbench export` (JVM start included) on a generated 300-mailbox project, next to a peer in the
# same run: a minimal POI program writing a one-cell workbook and a one-line document (JVM start
# included). MailBench runs as the user runs it: the shipped launcher dist/mailbench with its JVM options
# (C1 only for "export") and its start-up archive (AppCDS); the first run after a build writes that archive
# and is reported apart, not in the median. Each run also prints its CPU time (user + system), which
# a busy machine disturbs less than the wall time. Also reports LibreOffice converting the produced .docx
# to PDF, for scale. The last line is the ratio export / peer.
#
# Usage: bench/export.sh [RUNS] [MAILBOXES]     (builds dist/ first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
MAILBOXES="${2:-300}"
WORK="$(mktemp -d /tmp/mailbench-bench-export.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

source bench/common.sh
ensure_dist

java bench/GenerateLargeProject.java "$WORK/big.mailbench.json" "$MAILBOXES"
javac -proc:none -d "$WORK/peer" -cp "dist/lib/*" bench/PoiHello.java


run_export() {
  MAILBENCH_JAVA_OPTS="-Dmailbench.config.dir=$WORK/config" /usr/bin/time -f '%U %S' -o "$WORK/cpu" \
      dist/mailbench export "$WORK/big.mailbench.json" --docx "$WORK/big.docx" --xlsx "$WORK/big.xlsx" \
      --doc-version bench >/dev/null 2>"$WORK/export.err" || { cat "$WORK/export.err" >&2; exit 1; }
}
cpu_seconds() { awk '{printf "%.2f", $1 + $2}' "$WORK/cpu"; }

# after a build the start-up archive is missing or stale: this run writes it, as a user's first export would
t0=$(now_ms)
run_export
t1=$(now_ms)
echo "first run (writes the start-up archive if the build left none current): export $((t1 - t0)) ms, CPU $(cpu_seconds) s"

export_times=()
peer_times=()
for ((i = 1; i <= RUNS; i++)); do
  t0=$(now_ms)
  run_export
  t1=$(now_ms)
  java -cp "$WORK/peer:dist/lib/*" PoiHello "$WORK/hello" >/dev/null
  t2=$(now_ms)
  export_times+=($((t1 - t0)))
  peer_times+=($((t2 - t1)))
  echo "run $i: export ${export_times[-1]} ms (CPU $(cpu_seconds) s), POI hello ${peer_times[-1]} ms, load $(cut -d' ' -f1 /proc/loadavg)"
done
export_ms=$(printf '%s\n' "${export_times[@]}" | median)
peer_ms=$(printf '%s\n' "${peer_times[@]}" | median)

echo "files: $(du -k "$WORK/big.docx" | cut -f1) KB docx, $(du -k "$WORK/big.xlsx" | cut -f1) KB xlsx"
if command -v soffice >/dev/null; then
  t0=$(now_ms)
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf --outdir "$WORK" \
      "$WORK/big.docx" >/dev/null 2>&1 || echo "LibreOffice conversion failed" >&2
  t1=$(now_ms)
  echo "LibreOffice docx -> pdf: $((t1 - t0)) ms ($(pdfinfo "$WORK/big.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
fi
echo "median of $RUNS runs, $MAILBOXES mailboxes: mailbench export ${export_ms} ms, POI hello ${peer_ms} ms"
awk -v a="$export_ms" -v b="$peer_ms" 'BEGIN {printf "ratio export/poi-hello: %.2f\n", a / b}'
