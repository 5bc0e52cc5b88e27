#!/usr/bin/env bash
# Stop everything testlab/start.sh started (only its own instances, by their pid files).
# --remove-hosts also removes the lab's block from /etc/hosts (start.sh adds it back).
# --wipe also deletes testlab/run (CA, mailboxes, queues, logs) and the data dir.
set -uo pipefail
LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
set -a; source "$LAB_DIR/lab.env"; set +a
source "$LAB_DIR/bin/common.sh"

REMOVE_HOSTS=""; WIPE=""
for a in "$@"; do
  case "$a" in
    --remove-hosts) REMOVE_HOSTS=1 ;;
    --wipe) WIPE=1; REMOVE_HOSTS=1 ;;
    *) die "usage: testlab/stop.sh [--remove-hosts] [--wipe]" ;;
  esac
done

DATA="$(sed -n 's/^data.dir=//p' "$RUN/lab.properties" 2>/dev/null)"
[ -n "$DATA" ] || DATA="$RUN/data"

# postfix's own "stop" waits; its master exits on SIGTERM just as well (stop_pidfiles below)
stop_pidfiles "postfix=$RUN/postfix/spool/pid/master.pid" "dovecot=$DATA/dovecot-base/master.pid" \
  "nsd=$RUN/nsd/nsd.pid" "nsd-old=$RUN/nsd-old/nsd.pid" "failure-endpoints=$RUN/failure/failure_endpoints.pid" \
  "lossy-dns-proxy=$RUN/failure/lossy_dns_proxy.pid" "mta-sts-policy=$RUN/failure/mta_sts_policy.pid" \
  "client-fault-endpoints=$RUN/failure/client_fault_endpoints.pid" \
  "xserver-api=$RUN/xserver-api/xserver_api_sim.pid"
rm -f "$RUN/started"
[ -n "$REMOVE_HOSTS" ] && [ "$(id -u)" = 0 ] && hosts_update ""
if [ -n "$WIPE" ]; then
  case "$DATA" in "$RUN"/*|/var/tmp/mailbench-testlab-*) rm -rf "$DATA" ;; esac
  rm -rf "$RUN"
fi
log "lab stopped"
