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
# With LOSS set (e.g. LOSS=0.3), every tool then checks the same domains again through a lossy, slow network:
# testlab/bin/lossy_dns_proxy.py on 127.0.0.1:24062 in front of Unbound drops LOSS of the questions and
# ANSWER_LOSS (default 0.1) of the answers and holds a fifth of the answers back by 20-400 ms (seed 16). The
# peers then retransmit as their libraries can (mailauth/c-ares: 500 ms doubling, 4 tries; pyspf/dnspython:
# 500 ms a try; pyspf sets the lifetime of a question itself); MailBench with its own retransmission and deadline (3 s a question). Those
# figures are printed after the clean ones, with how many checks could not be completed.
#
# Usage: [LOSS=0.3] bench/dns.sh [COUNT] [CONCURRENCY]     defaults: 1000 16. Root (or sudo) for apt on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
COUNT="${1:-1000}"
CONCURRENCY="${2:-16}"
NSD_PORT=24153
RESOLVER_PORT=24154
LOSSY_PORT=24062        # testlab/lab.env keeps 24061-24064 for lossy proxies
LOSS="${LOSS:-}"
ANSWER_LOSS="${ANSWER_LOSS:-0.1}"
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
stop_pid "$RUN/lossy.pid"; stop_pid "$RUN/unbound.pid"; stop_pid "$RUN/nsd.pid"
rm -rf "$RUN"; mkdir -p "$RUN/zones"
cleanup() { stop_pid "$RUN/lossy.pid"; stop_pid "$RUN/unbound.pid"; stop_pid "$RUN/nsd.pid"; }
trap cleanup EXIT

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

# ---------------------------------------------------------------- runs
# MailBench as shipped: the product launcher dist/mailbench (its JVM options, C1 only for "dns", AppCDS archive)
mailbench() {
  MAILBENCH_JAVA_OPTS="-Dmailbench.config.dir=$RUN/config" dist/mailbench dns check "${CHECK_ARGS[@]}"
}
# experiment only, never MailBench's figure: the bare JVM defaults (java -jar, C2 on, G1, no class-data archive)
mailbench_bare_jvm() {
  java -Dmailbench.config.dir="$RUN/config" -jar dist/mailbench.jar dns check "${CHECK_ARGS[@]}"
}
CHECK_ARGS=(--domains-file "$DOMAINS" --server "127.0.0.1:$RESOLVER_PORT" --concurrency "$CONCURRENCY"
            --provider-include spf.sender.bench-provider.test --json --stats)

field() { /usr/bin/python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d[sys.argv[2]])' "$1" "$2"; }

echo "warm-up: every tool once, to fill the resolver's cache ..." >&2
mailbench >/dev/null 2>&1 || true   # also records the launcher's class-data archive for "dns"
node "$PEERS/mailauth_bench.js" "$DOMAINS" "127.0.0.1:$RESOLVER_PORT" "$CONCURRENCY" "$CLIENT_IP" >/dev/null
/usr/bin/python3 "$PEERS/pyspf_bench.py" "$DOMAINS" 127.0.0.1 "$RESOLVER_PORT" "$CONCURRENCY" "$CLIENT_IP" >/dev/null

# prints "wall_seconds stats_json" of one MailBench run; $1: mailbench or mailbench_bare_jvm
run_mailbench() {
  local start end
  start=$(date +%s.%N)
  "$1" >"$RUN/mailbench.json" 2>"$RUN/mailbench.stats" || [[ $? -le 3 ]]
  end=$(date +%s.%N)
  echo "$(/usr/bin/python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$end") $(grep '^{' "$RUN/mailbench.stats" | tail -n 1)"
}
read -r mc_wall mc_line < <(run_mailbench mailbench_bare_jvm)
read -r mb_wall mb_line < <(run_mailbench mailbench)
ma_line=$(node "$PEERS/mailauth_bench.js" "$DOMAINS" "127.0.0.1:$RESOLVER_PORT" "$CONCURRENCY" "$CLIENT_IP")
py_line=$(/usr/bin/python3 "$PEERS/pyspf_bench.py" "$DOMAINS" 127.0.0.1 "$RESOLVER_PORT" "$CONCURRENCY" "$CLIENT_IP")

/usr/bin/python3 - "$COUNT" "$CONCURRENCY" "$mb_wall" "$mb_line" "$ma_line" "$py_line" "$RUN/mailbench.json" "$mc_wall" "$mc_line" <<'PY'
import collections, json, sys
count, conc, mb_wall = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
mb, ma, py = (json.loads(s) for s in sys.argv[4:7])
report = json.load(open(sys.argv[7]))
mc_wall, mc = float(sys.argv[8]), json.loads(sys.argv[9])
worst = collections.Counter(d["worst"] for d in report["domains"])
queries = mb.get("queries", 0)
rate = lambda r: r["checks"] / r["seconds"]
print(f"DNS checker benchmark: {count} domains, concurrency {conc}, resolver Unbound 127.0.0.1 -> NSD")
print(f"  MailBench full check (NS SOA MX A/AAAA PTR SPF-tree DKIM DMARC MTA-STS TLS-RPT): "
      f"{rate(mb):8.0f} checks/s  ({mb['seconds']:.2f} s, {queries} distinct queries; "
      f"with JVM start {count / mb_wall:.0f} checks/s in {mb_wall:.2f} s)  worst per domain: {dict(worst)}")
print(f"  (experiment, not MailBench's figure: java -jar with the bare JVM defaults, C2 on: {rate(mc):.0f} checks/s,"
      f" {mc['seconds']:.2f} s; with JVM start {count / mc_wall:.0f} checks/s)")
print(f"  mailauth SPF+DMARC:  {rate(ma):8.0f} checks/s  ({ma['seconds']:.2f} s)  {ma['results']}")
print(f"  pyspf SPF:           {rate(py):8.0f} checks/s  ({py['seconds']:.2f} s)  {py['results']}")
print(f"RATIO MailBench / mailauth: {rate(mb) / rate(ma):.2f}   (aim >= 1; bare JVM experiment {rate(mc) / rate(ma):.2f})")
print(f"RATIO MailBench / pyspf:    {rate(mb) / rate(py):.2f}   (aim >= 3; bare JVM experiment {rate(mc) / rate(py):.2f})")
PY

# ---------------------------------------------------------------- the same through a lossy network
[[ -n "$LOSS" ]] || exit 0
/usr/bin/python3 "$ROOT/testlab/bin/lossy_dns_proxy.py" --listen "127.0.0.1:$LOSSY_PORT" --upstream "127.0.0.1:$RESOLVER_PORT" \
    --loss "$LOSS" --answer-loss "$ANSWER_LOSS" --delay-share 0.2 --delay-ms 20-400 --seed 16 \
    --pidfile "$RUN/lossy.pid" >"$RUN/lossy.log" 2>&1 &
for _ in $(seq 50); do [[ -s "$RUN/lossy.pid" ]] && break; sleep 0.1; done
CHECK_ARGS=(--domains-file "$DOMAINS" --server "127.0.0.1:$LOSSY_PORT" --concurrency "$CONCURRENCY"
            --provider-include spf.sender.bench-provider.test --json --stats)
read -r lb_wall lb_line < <(run_mailbench mailbench)
cp "$RUN/mailbench.json" "$RUN/mailbench-lossy.json"
la_line=$(DNS_TIMEOUT_MS=500 DNS_TRIES=4 node "$PEERS/mailauth_bench.js" "$DOMAINS" "127.0.0.1:$LOSSY_PORT" "$CONCURRENCY" "$CLIENT_IP")
lp_line=$(DNS_TIMEOUT=0.5 DNS_LIFETIME=3 /usr/bin/python3 "$PEERS/pyspf_bench.py" "$DOMAINS" 127.0.0.1 "$LOSSY_PORT" "$CONCURRENCY" "$CLIENT_IP")
kill -USR1 "$(cat "$RUN/lossy.pid")"; sleep 0.2

/usr/bin/python3 - "$LOSS" "$ANSWER_LOSS" "$lb_line" "$la_line" "$lp_line" "$RUN/mailbench-lossy.json" \
    "$mb_line" "$ma_line" "$py_line" "$(tail -n 1 "$RUN/lossy.log")" <<'PY'
import collections, json, sys
loss, answer_loss = sys.argv[1], sys.argv[2]
lb, la, lp = (json.loads(s) for s in sys.argv[3:6])
lossy_report = json.load(open(sys.argv[6]))
mb, ma, py = (json.loads(s) for s in sys.argv[7:10])
rate = lambda r: r["checks"] / r["seconds"]
worst = collections.Counter(d["worst"] for d in lossy_report["domains"])
unchecked = lambda results: sum(n for k, n in results.items() if "temperror" in k or k.startswith("error:"))
print(f"Through a lossy network ({float(loss):.0%} of the questions and {float(answer_loss):.0%} of the answers lost, "
      f"a fifth of the answers 20-400 ms late; proxy: {sys.argv[10]}):")
print(f"  MailBench full check: {rate(lb):8.0f} checks/s  ({lb['seconds']:.2f} s; clean {rate(mb):.0f})  "
      f"worst per domain: {dict(worst)}")
print(f"  mailauth SPF+DMARC:   {rate(la):8.0f} checks/s  ({la['seconds']:.2f} s; clean {rate(ma):.0f})  {la['results']}"
      f"  unfinished: {unchecked(la['results'])}")
print(f"  pyspf SPF:            {rate(lp):8.0f} checks/s  ({lp['seconds']:.2f} s; clean {rate(py):.0f})  {lp['results']}"
      f"  unfinished: {unchecked(lp['results'])}")
print(f"LOSSY RATIO MailBench / mailauth: {rate(lb) / rate(la):.2f}   MailBench / pyspf: {rate(lb) / rate(lp):.2f}")
PY
