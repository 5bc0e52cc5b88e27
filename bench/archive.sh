#!/usr/bin/env bash
# Exports the lab's bench@ mailbox with MailBench (`dist/mailbench archive export`: the product's launcher, JVM
# start and its options included) and, in the same run, with mbsync (Debian package isync) from the same server
# into a Maildir. Prints wall time, messages/s, MB/s and peak memory (max RSS) for both, the no-change
# incremental run of each, and the ratio MailBench / mbsync last (below 1 = MailBench faster).
#
# MailBench runs three times: the first run after an install (it also writes the launcher's start-up archive,
# see README "Launcher"), a second full export into a new folder (the start-up archive in place: what every later
# run sees), then the no-change incremental run of that second archive. Its share is of the second export.
#
# The mailbox is the size the issue's reference figures were measured on (20,000 messages, about 2.2 GB): the
# seeder's usual messages plus a 0.2-2 MB attachment on every ATTACHMENT_EVERY-th one (15; the seeder's own
# default, 100, makes a 0.55 GB mailbox of the same 20,000 messages).
#
# Usage: bench/archive.sh [MESSAGES] [FORMAT] [ATTACHMENT_EVERY]     defaults: 20000 mbox 15. Needs the running test lab
#        (MAILBENCH_TESTLAB_DIR, default testlab/), root for seeding, mbsync and /usr/bin/time.
#        MAILBENCH_JAVA_OPTS (extra JVM options) is passed on by the launcher; the bench sets none.
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES="${1:-20000}"
FORMAT="${2:-mbox}"
ATTACHMENT_EVERY="${3:-15}"
MAILBENCH_JAVA_OPTS="${MAILBENCH_JAVA_OPTS:-}"
LAB_DIR="${MAILBENCH_TESTLAB_DIR:-$PWD/testlab}"
set -a
# shellcheck disable=SC1091
. "$LAB_DIR/lab.env"
set +a
CA="$LAB_DIR/run/ca/ca.crt"
USER_ADDR="$LAB_USER_BENCH"
WORK="$(mktemp -d /tmp/mailbench-bench-archive.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

command -v mbsync >/dev/null || { echo "mbsync is missing: apt-get install isync" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
if [[ ! -x dist/mailbench || ! -f dist/mailbench.jar || ! -f dist/plugins/mailbox-archive-0.1.0-SNAPSHOT.jar ]]; then
  echo "building dist/ ..." >&2
  mvn -B -q -DskipTests package >&2
fi

echo "seeding $MESSAGES messages (an attachment on every ${ATTACHMENT_EVERY}th) into $USER_ADDR ..." >&2
"$LAB_DIR/seed.sh" --user "$USER_ADDR" --messages "$MESSAGES" --attachment-every "$ATTACHMENT_EVERY" | tail -n 1 >&2
# the seeder writes 2.2 GB without syncing: let the kernel write it out now, not during the first timed runs
sync

# runs "$@" under /usr/bin/time; prints "wall_seconds max_rss_kb"
measure() {
  local log="$WORK/time.$RANDOM"
  /usr/bin/time -f '%e %M' -o "$log" "$@" >"$WORK/out.log" 2>"$WORK/err.log" || { cat "$WORK/err.log" >&2; exit 1; }
  cat "$log"
}

mailbench() { # OUT_DIR
  printf '%s\n' "$LAB_PASSWORD_BENCH" | dist/mailbench archive export --host "$LAB_SERVER_HOST" \
      --port "$LAB_IMAPS_PORT" --user "$USER_ADDR" --ca "$CA" --out "$1" --format "$FORMAT"
}

mkdir -p "$WORK/mbsync"
cat >"$WORK/mbsyncrc" <<CONF
IMAPAccount lab
Host $LAB_SERVER_HOST
Port $LAB_IMAPS_PORT
User $USER_ADDR
Pass $LAB_PASSWORD_BENCH
SSLType IMAPS
CertificateFile $CA

IMAPStore lab-remote
Account lab

MaildirStore lab-local
Path $WORK/mbsync/
Inbox $WORK/mbsync/INBOX
SubFolders Verbatim

Channel lab
Far :lab-remote:
Near :lab-local:
Patterns *
Create Near
Sync Pull
SyncState *
CONF
run_mbsync() { mbsync -c "$WORK/mbsyncrc" -a; }
export -f mailbench run_mbsync
export WORK FORMAT USER_ADDR CA MAILBENCH_JAVA_OPTS

# a fresh install has no start-up archive: the first run writes it
rm -f dist/mailbench-*.jsa
read -r mb_first_wall mb_first_rss < <(measure bash -c 'mailbench "$WORK/mailbench-first"')
rm -rf "$WORK/mailbench-first"
sync
read -r mb_wall mb_rss < <(measure bash -c 'mailbench "$WORK/mailbench"')
mb_bytes=$(du -sb "$WORK/mailbench" | cut -f1)
read -r mb_inc_wall mb_inc_rss < <(measure bash -c 'mailbench "$WORK/mailbench"')
read -r ms_wall ms_rss < <(measure bash -c run_mbsync)
ms_bytes=$(du -sb "$WORK/mbsync" | cut -f1)
read -r ms_inc_wall _ < <(measure bash -c run_mbsync)

report() { # name wall rss bytes incremental
  awk -v n="$1" -v w="$2" -v r="$3" -v b="$4" -v i="$5" -v m="$MESSAGES" 'BEGIN {
    printf "%-10s wall %7.2f s  %7.0f msg/s  %6.1f MB/s  peak RSS %5.0f MB  no-change run %5.2f s (%.1f%%)\n",
      n, w, m / w, b / 1048576 / w, r / 1024, i, 100 * i / w }'
}
echo "messages: $MESSAGES (attachment on every ${ATTACHMENT_EVERY}th), format: $FORMAT, archive sizes: MailBench $((mb_bytes / 1048576)) MB, mbsync $((ms_bytes / 1048576)) MB"
awk -v w="$mb_first_wall" -v r="$mb_first_rss" -v m="$MESSAGES" 'BEGIN {
  printf "MailBench first run after install (writes the start-up archive): wall %.2f s, %.0f msg/s, peak RSS %.0f MB\n", w, m / w, r / 1024 }'
awk -v r="$mb_inc_rss" 'BEGIN { printf "MailBench no-change run peak RSS %.0f MB\n", r / 1024 }' 
report MailBench "$mb_wall" "$mb_rss" "$mb_bytes" "$mb_inc_wall"
report mbsync "$ms_wall" "$ms_rss" "$ms_bytes" "$ms_inc_wall"
awk -v a="$mb_wall" -v b="$ms_wall" 'BEGIN { printf "ratio MailBench/mbsync wall time: %.2f\n", a / b }'
