#!/usr/bin/env bash
# DNS checker benchmark. Generates COUNT customer zones (varied SPF with includes and redirects, DMARC, DKIM,
# MX with A records, MTA-STS/TLS-RPT on some) into bench/run-dns/, serves them with a bench-only NSD
# (127.0.0.1:24153) behind an Unbound resolver (127.0.0.1:24154, forward zones to NSD, cache on; forward, not stub, so Unbound
# does not chase the zones' NS records to their unreachable TEST-NET addresses), and checks every
# domain through the resolver, CONCURRENCY at a time, with:
#   - MailBench  `dist/mailbench dns check --domains-file ... --server 127.0.0.1:24154`, the launcher as shipped (the full check: NS, SOA, MX
#                with A/AAAA and PTR, SPF tree, DKIM, DMARC with report authorisation, MTA-STS, TLS-RPT)
#   - mailauth   (npm, pinned in bench/dns-peers/package-lock.json) SPF + DMARC
#   - pyspf      (Debian python3-spf) SPF
# A warm-up pass fills the resolver's cache first so every tool meets the same warm resolver. Prints checks/s
# of each (check loop; MailBench also with JVM start) and the ratios last.
#
# Usage: bench/dns.sh [COUNT] [CONCURRENCY]     defaults: 1000 16. Root (or sudo) for apt on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
COUNT="${1:-1000}"
CONCURRENCY="${2:-16}"
NSD_PORT=24153
RESOLVER_PORT=24154
CLIENT_IP=192.0.2.250   # matches no SPF term: every tool walks the whole SPF tree
RUN="$ROOT/bench/run-dns"
PEERS="$ROOT/bench/dns-peers"

need_apt=()
command -v nsd >/dev/null || need_apt+=(nsd)
command -v unbound >/dev/null || need_apt+=(unbound)
/usr/bin/python3 -c 'import spf, dns.resolver' 2>/dev/null || need_apt+=(python3-spf python3-dnspython)
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v openssl >/dev/null || need_apt+=(openssl)
if ((${#need_apt[@]})); then
  echo "installing ${need_apt[*]} ..." >&2
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
      "${need_apt[@]}" >&2
fi
if [[ ! -f "$PEERS/node_modules/mailauth/package.json" ]]; then
  echo "installing mailauth (npm ci) ..." >&2
  (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
if [[ ! -f dist/mailbench.jar || ! -f dist/plugins/dns-check-0.1.0-SNAPSHOT.jar ]]; then
  echo "building dist/ ..." >&2
  mvn -B -q -DskipTests package >&2
fi

# ---------------------------------------------------------------- corpus and servers
# stops the daemon whose pid file is $1 and waits until it has gone (it may still write its files)
stop_pid() {
  [[ -f "$1" ]] || return 0
  local pid; pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$1"
}
stop_pid "$RUN/unbound.pid"; stop_pid "$RUN/nsd.pid"
rm -rf "$RUN"; mkdir -p "$RUN/zones"
cleanup() { stop_pid "$RUN/unbound.pid"; stop_pid "$RUN/nsd.pid"; }


dkim_key() { openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$1" 2>/dev/null | openssl pkey -pubout -outform DER | base64 -w0; }
/usr/bin/python3 "$PEERS/gen_zones.py" "$RUN/zones" "$COUNT" "$(dkim_key 2048)" "$(dkim_key 1024)"
DOMAINS="$RUN/zones/domains.txt"

{
  cat <<CONF
server:
  ip-address: 127.0.0.1@$NSD_PORT
  port: $NSD_PORT
  do-ip6: no
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$RUN/zone.list"
  xfrdfile: "$RUN/xfrd.state"
  xfrdir: "$RUN"
  pidfile: "$RUN/nsd.pid"
  logfile: "$RUN/nsd.log"
  zonesdir: "$RUN/zones"
  zonefiles-write: 0
  server-count: 1
  rrl-ratelimit: 0  # all queries come from one address (Unbound): rate limiting would drop most of them
  verbosity: 1
remote-control:
  control-enable: no
CONF
  for z in "$RUN"/zones/*.zone; do
    printf 'zone:\n  name: "%s"\n  zonefile: "%s"\n' "$(basename "$z" .zone)" "$(basename "$z")"
  done
} >"$RUN/nsd.conf"
nsd-checkconf "$RUN/nsd.conf"
nsd -c "$RUN/nsd.conf" </dev/null

cat >"$RUN/unbound.conf" <<CONF
server:
  interface: 127.0.0.1@$RESOLVER_PORT
  port: $RESOLVER_PORT
  do-ip6: no
  username: ""
  chroot: ""
  directory: "$RUN"
  pidfile: "$RUN/unbound.pid"
  logfile: "$RUN/unbound.log"
  use-syslog: no
  num-threads: 1
  ratelimit: 0
  ip-ratelimit: 0
  access-control: 127.0.0.0/8 allow
  do-not-query-localhost: no
  module-config: "iterator"
  qname-minimisation: no
  msg-cache-size: 64m
  rrset-cache-size: 128m
  local-zone: "test." nodefault
  local-zone: "2.0.192.in-addr.arpa." nodefault
remote-control:
  control-enable: no
forward-zone:
  name: "test."
  forward-addr: 127.0.0.1@$NSD_PORT
forward-zone:
  name: "2.0.192.in-addr.arpa."
  forward-addr: 127.0.0.1@$NSD_PORT
CONF
unbound-checkconf "$RUN/unbound.conf" >/dev/null
unbound -c "$RUN/unbound.conf"

for _ in $(seq 50); do
  /usr/bin/python3 - "$RESOLVER_PORT" <<'PY' 2>/dev/null && break || sleep 0.2
import sys, dns.resolver
r = dns.resolver.Resolver(configure=False); r.nameservers = ["127.0.0.1"]; r.port = int(sys.argv[1]); r.lifetime = 1
r.resolve("bench-c0001.test", "MX")
PY
done

