#!/usr/bin/env bash
# MailBench test lab: start Dovecot, Postfix, NSD and the failure endpoints on 127.0.0.1.
# Idempotent: a component that already runs with the same configuration is left alone;
# one whose configuration changed (or that died) is restarted. Works from any directory,
# as root, without stdin and without systemd. Ports and names: testlab/lab.env.
set -euo pipefail

LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lab.env
set -a
source "$LAB_DIR/lab.env"
set +a
source "$LAB_DIR/bin/common.sh"

T0=$(date +%s%N)
[ "$(id -u)" = 0 ] || die "testlab/start.sh must run as root (it edits /etc/hosts, installs packages and starts daemons)."

# ---------------------------------------------------------------- packages
PKGS="dovecot-imapd dovecot-pop3d dovecot-lmtpd postfix nsd openssl python3"
missing_pkgs() {
  local p out=""
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}
MISSING="$(missing_pkgs)"
if [ -n "$MISSING" ]; then
  log "installing Debian packages:$MISSING"
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  # keep package scripts from starting the system-wide daemons (no systemd in CI anyway)
  POLICY_CREATED=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; POLICY_CREATED=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  APT="apt-get -o DPkg::Lock::Timeout=600 -y -q --no-install-recommends"
  if ! $APT install $MISSING >"$LAB_LOG_DIR_BOOT/apt.log" 2>&1; then
    apt-get -o DPkg::Lock::Timeout=600 -q update >>"$LAB_LOG_DIR_BOOT/apt.log" 2>&1 || true
    $APT install $MISSING >>"$LAB_LOG_DIR_BOOT/apt.log" 2>&1 || { tail -30 "$LAB_LOG_DIR_BOOT/apt.log" >&2; die "apt-get install failed"; }
  fi
  [ -n "$POLICY_CREATED" ] && rm -f /usr/sbin/policy-rc.d
fi
PY="$(command -v /usr/bin/python3 || command -v python3)"

# ---------------------------------------------------------------- directories, mail owner
mkdir -p "$RUN" "$LOG_DIR" "$RUN/ca" "$RUN/dovecot" "$RUN/postfix/etc" "$RUN/nsd" "$RUN/failure"
chmod 755 "$RUN" "$LOG_DIR"
if ! id "$LAB_MAIL_USER" >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$LAB_MAIL_USER"
fi
MAIL_UID=$(id -u "$LAB_MAIL_USER"); MAIL_GID=$(id -g "$LAB_MAIL_USER"); export MAIL_UID MAIL_GID

# Dovecot's unprivileged processes must traverse the path to the maildirs and sockets.
DATA="$RUN/data"
if ! path_world_traversable "$RUN" || [ ${#RUN} -gt 60 ]; then
  DATA="/var/tmp/mailbench-testlab-$(printf '%s' "$RUN" | cksum | cut -d' ' -f1)"
fi
export DATA
mkdir -p "$DATA/mail" "$DATA/dovecot-base" "$DATA/dovecot-state"
chmod 755 "$DATA" "$DATA/mail"
chown "$MAIL_UID:$MAIL_GID" "$DATA/mail"

# ---------------------------------------------------------------- test CA and certificates
CA="$RUN/ca"; export CA
if [ ! -s "$CA/ca.crt" ] || [ ! -s "$CA/server.crt" ] || [ ! -s "$CA/truststore.p12" ]; then
  log "generating the test CA and server certificates in $CA"
  rm -f "$CA"/*
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -subj "/O=MailBench Test Lab/CN=MailBench Test Lab CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$CA/ca.key" -out "$CA/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=MailBench Test Lab/CN=$LAB_SERVER_HOST" \
    -keyout "$CA/server.key" -out "$CA/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$LAB_SERVER_HOST" > "$CA/server.ext"
  openssl x509 -req -in "$CA/server.csr" -CA "$CA/ca.crt" -CAkey "$CA/ca.key" -CAcreateserial \
    -days 3650 -sha256 -extfile "$CA/server.ext" -out "$CA/server.crt" 2>/dev/null
  cat "$CA/server.crt" "$CA/ca.crt" > "$CA/server-chain.crt"
  # untrusted: self-signed, same host name, not issued by the lab CA
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=$LAB_SERVER_HOST" \
    -addext "subjectAltName=DNS:$LAB_SERVER_HOST" -keyout "$CA/untrusted.key" -out "$CA/untrusted.crt" 2>/dev/null
  # Java truststore (PKCS12) holding only the CA certificate
  if command -v keytool >/dev/null 2>&1; then
    keytool -importcert -noprompt -alias mailbench-testlab-ca -file "$CA/ca.crt" \
      -keystore "$CA/truststore.p12" -storetype PKCS12 -storepass "$LAB_TRUSTSTORE_PASSWORD" >/dev/null 2>&1
  else
    openssl pkcs12 -export -nokeys -in "$CA/ca.crt" -jdktrust anyExtendedKeyUsage -name mailbench-testlab-ca \
      -out "$CA/truststore.p12" -passout "pass:$LAB_TRUSTSTORE_PASSWORD"
  fi
  chmod 644 "$CA"/*.crt "$CA/truststore.p12"; chmod 600 "$CA"/*.key
fi

# the XServer API simulator's certificate (api.xserver.test and 127.0.0.1), issued by the lab CA
if [ ! -s "$CA/api.crt" ] || [ ! -s "$CA/api.key" ]; then
  log "issuing the XServer API simulator certificate in $CA"
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=MailBench Test Lab/CN=$LAB_XSERVER_API_HOST" \
    -keyout "$CA/api.key" -out "$CA/api.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s,IP:%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$LAB_XSERVER_API_HOST" "$LAB_ADDRESS" > "$CA/api.ext"
  openssl x509 -req -in "$CA/api.csr" -CA "$CA/ca.crt" -CAkey "$CA/ca.key" -CAcreateserial \
    -days 3650 -sha256 -extfile "$CA/api.ext" -out "$CA/api.crt" 2>/dev/null
  chmod 644 "$CA/api.crt"; chmod 600 "$CA/api.key"
fi

# ---------------------------------------------------------------- /etc/hosts
hosts_update "$LAB_ADDRESS $LAB_HOSTS"

# ---------------------------------------------------------------- Dovecot
DC="$RUN/dovecot"
kb() { echo "$(( $1 / 1024 ))k"; }
{
  for u in "$LAB_USER_INFO" "$LAB_USER_BILLING" "$LAB_USER_TARO" "$LAB_USER_SELFTEST" "$LAB_USER_POP"; do
    echo "$u:{PLAIN}$LAB_PASSWORD::::::userdb_quota_rule=*:storage=$(kb "$LAB_QUOTA_DEFAULT")"
  done
  echo "$LAB_USER_FULL:{PLAIN}$LAB_PASSWORD::::::userdb_quota_rule=*:storage=$(kb "$LAB_QUOTA_FULL")"
  echo "$LAB_USER_BENCH:{PLAIN}$LAB_PASSWORD_BENCH::::::userdb_quota_rule=*:storage=0"
  for u in $LAB_MIG_USERS; do
    echo "$u:{PLAIN}$LAB_PASSWORD_MIG::::::userdb_quota_rule=*:storage=0"
  done
  echo "$LAB_USER_MIG_SMALL:{PLAIN}$LAB_PASSWORD_MIG::::::userdb_quota_rule=*:storage=$(kb "$LAB_QUOTA_MIG_SMALL")"
} > "$DC/users.new"
render "$LAB_DIR/conf/dovecot.conf.in" > "$DC/dovecot.conf.new"
for f in users dovecot.conf; do mv "$DC/$f.new" "$DC/$f"; done
chown root:dovecot "$DC/users"; chmod 640 "$DC/users"

# full@ is kept almost full: one ~900 KB message (quota 1 MB)
FULL_HOME="$DATA/mail/${LAB_USER_FULL#*@}/${LAB_USER_FULL%@*}"
if [ "$(find "$FULL_HOME/Maildir/cur" "$FULL_HOME/Maildir/new" -type f 2>/dev/null | wc -l)" != 1 ]; then
  rm -rf "$FULL_HOME/Maildir"   # back to the documented state: exactly the filler message
  mkdir -p "$FULL_HOME/Maildir/cur" "$FULL_HOME/Maildir/new" "$FULL_HOME/Maildir/tmp"
  F="$FULL_HOME/Maildir/tmp/1700000000.M1P1.mailbench-filler"
  {
    printf 'From: filler@sample-shoji.test\nTo: %s\nSubject: quota filler\nDate: Tue, 14 Nov 2023 22:13:20 +0000\n' "$LAB_USER_FULL"
    printf 'Message-ID: <quota-filler@sample-shoji.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n'
    yes 'This line only fills the mailbox to make it almost full.' | head -c 900000 || true
  } > "$F"
  mv "$F" "$FULL_HOME/Maildir/cur/$(basename "$F"),S=$(stat -c %s "$F"):2,S"
fi
chown -R "$MAIL_UID:$MAIL_GID" "$DATA/mail"

DOVECOT_PID="$DATA/dovecot-base/master.pid"
DOVECOT_RESTARTED=""
if running_same "$DOVECOT_PID" "$DC/dovecot.conf" "$DC/users"; then
  log "dovecot: already running"
else
  stop_pidfile "$DOVECOT_PID" dovecot
  doveconf -c "$DC/dovecot.conf" -n >/dev/null 2>"$LOG_DIR/dovecot-config.err" || { cat "$LOG_DIR/dovecot-config.err" >&2; die "dovecot configuration invalid"; }
  dovecot -c "$DC/dovecot.conf" </dev/null >>"$LOG_DIR/dovecot.log" 2>&1 || fail_with_log dovecot "$LOG_DIR/dovecot.log"
  remember "$DOVECOT_PID" "$DC/dovecot.conf" "$DC/users"
  DOVECOT_RESTARTED=1
  log "dovecot: started"
fi

# ---------------------------------------------------------------- Postfix
PF="$RUN/postfix"
render "$LAB_DIR/conf/postfix-main.cf.in" > "$PF/etc/main.cf"
render "$LAB_DIR/conf/postfix-master.cf.in" > "$PF/etc/master.cf"
mkdir -p "$PF/spool" "$PF/data"
chown postfix "$PF/data"
POSTFIX_PID="$PF/spool/pid/master.pid"
if running_same "$POSTFIX_PID" "$PF/etc/main.cf" "$PF/etc/master.cf"; then
  if [ -n "${DOVECOT_RESTARTED:-}" ]; then
    # recycle smtpd processes that still hold a SASL connection to the old Dovecot
    postfix -c "$PF/etc" reload </dev/null >>"$LOG_DIR/postfix-start.log" 2>&1 || true
  fi
  log "postfix: already running"
else
  if pid_alive "$POSTFIX_PID"; then postfix -c "$PF/etc" stop </dev/null >/dev/null 2>&1 || true; fi
  stop_pidfile "$POSTFIX_PID" postfix
  if [ ! -d "$PF/spool/maildrop" ]; then
    postfix -c "$PF/etc" set-permissions </dev/null >>"$LOG_DIR/postfix-start.log" 2>&1 || true
  fi
  postfix -c "$PF/etc" check >>"$LOG_DIR/postfix-start.log" 2>&1 || { cat "$LOG_DIR/postfix-start.log" >&2; die "postfix check failed"; }
  postfix -c "$PF/etc" start </dev/null >>"$LOG_DIR/postfix-start.log" 2>&1 || fail_with_log postfix "$LOG_DIR/postfix-start.log" "$LOG_DIR/postfix.log"
  remember "$POSTFIX_PID" "$PF/etc/main.cf" "$PF/etc/master.cf"
  log "postfix: started"
fi

# ---------------------------------------------------------------- NSD
NS="$RUN/nsd"
# zones the XServer API simulator writes through: NSD serves its copy under run/, seeded from dns/zones-sim/ once
# (the simulator rewrites it from the seed at every start and reset)
SYNC_ZONE_DIR="$RUN/xserver-api/zones"
mkdir -p "$SYNC_ZONE_DIR"
for z in $LAB_XSERVER_SYNC_ZONES; do
  [ -s "$SYNC_ZONE_DIR/$z.zone" ] || cp "$LAB_DIR/dns/zones-sim/$z.zone" "$SYNC_ZONE_DIR/$z.zone"
done
{
  cat <<EOF
# MailBench test lab NSD (generated by testlab/start.sh); zones: testlab/dns/zones/
server:
  ip-address: $LAB_ADDRESS@$LAB_DNS_PORT
  port: $LAB_DNS_PORT
  do-ip4: yes
  do-ip6: no
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$NS/zone.list"
  xfrdfile: "$NS/xfrd.state"
  xfrdir: "$NS"
  pidfile: "$NS/nsd.pid"
  logfile: "$LOG_DIR/nsd.log"
  zonesdir: "$LAB_DIR/dns/zones"
  zonefiles-write: 0
  server-count: 1
  hide-version: yes
  verbosity: 1
remote-control:
  control-enable: no
EOF
  for z in "$LAB_DIR"/dns/zones/*.zone; do
    n=$(basename "$z" .zone)
    printf 'zone:\n  name: "%s"\n  zonefile: "%s.zone"\n' "$n" "$n"
  done
  for z in $LAB_XSERVER_SYNC_ZONES; do
    printf 'zone:\n  name: "%s"\n  zonefile: "%s/%s.zone"\n' "$z" "$SYNC_ZONE_DIR" "$z"
  done
  # configured but its zone file does not exist: NSD answers SERVFAIL for it
  printf 'zone:\n  name: "servfail.test"\n  zonefile: "servfail.test.zone-intentionally-missing"\n'
} > "$NS/nsd.conf"
NSD_PID="$NS/nsd.pid"
if running_same "$NSD_PID" "$NS/nsd.conf" "$LAB_DIR"/dns/zones/*.zone; then
  log "nsd: already running"
else
  stop_pidfile "$NSD_PID" nsd
  nsd-checkconf "$NS/nsd.conf" || die "nsd configuration invalid"
  nsd -c "$NS/nsd.conf" </dev/null >>"$LOG_DIR/nsd.log" 2>&1 || fail_with_log nsd "$LOG_DIR/nsd.log"
  remember "$NSD_PID" "$NS/nsd.conf" "$LAB_DIR"/dns/zones/*.zone
  log "nsd: started"
fi

# ---------------------------------------------------------------- NSD, the "old DNS operator"
# A second instance with the customer's zone as it was before the move (dns/zones-old/), so the
# migration planner can diff "before" against "after" (dns/zones/) without touching the first one.
NSO="$RUN/nsd-old"
mkdir -p "$NSO"
{
  cat <<EOF
# MailBench test lab NSD, old DNS operator (generated by testlab/start.sh); zones: testlab/dns/zones-old/
server:
  ip-address: $LAB_ADDRESS@$LAB_DNS_OLD_PORT
  port: $LAB_DNS_OLD_PORT
  do-ip4: yes
  do-ip6: no
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$NSO/zone.list"
  xfrdfile: "$NSO/xfrd.state"
  xfrdir: "$NSO"
  pidfile: "$NSO/nsd.pid"
  logfile: "$LOG_DIR/nsd-old.log"
  zonesdir: "$LAB_DIR/dns/zones-old"
  zonefiles-write: 0
  server-count: 1
  hide-version: yes
  verbosity: 1
remote-control:
  control-enable: no
EOF
  for z in "$LAB_DIR"/dns/zones-old/*.zone; do
    n=$(basename "$z" .zone)
    printf 'zone:\n  name: "%s"\n  zonefile: "%s.zone"\n' "$n" "$n"
  done
} > "$NSO/nsd.conf"
NSDO_PID="$NSO/nsd.pid"
if running_same "$NSDO_PID" "$NSO/nsd.conf" "$LAB_DIR"/dns/zones-old/*.zone; then
  log "nsd (old DNS operator): already running"
else
  stop_pidfile "$NSDO_PID" nsd-old
  nsd-checkconf "$NSO/nsd.conf" || die "nsd (old DNS operator) configuration invalid"
  nsd -c "$NSO/nsd.conf" </dev/null >>"$LOG_DIR/nsd-old.log" 2>&1 || fail_with_log nsd-old "$LOG_DIR/nsd-old.log"
  remember "$NSDO_PID" "$NSO/nsd.conf" "$LAB_DIR"/dns/zones-old/*.zone
  log "nsd (old DNS operator): started"
fi

# ---------------------------------------------------------------- failure endpoints
FE_PID="$RUN/failure/failure_endpoints.pid"
if running_same "$FE_PID" "$LAB_DIR/bin/failure_endpoints.py" "$LAB_DIR/lab.env"; then
  log "failure endpoints: already running"
else
  stop_pidfile "$FE_PID" failure_endpoints
  setsid nohup "$PY" "$LAB_DIR/bin/failure_endpoints.py" --address "$LAB_ADDRESS" \
    --drop "$LAB_DROP_PORT" --blackhole "$LAB_BLACKHOLE_PORT" --untrusted-tls "$LAB_UNTRUSTED_TLS_PORT" \
    --cert "$CA/untrusted.crt" --key "$CA/untrusted.key" --pidfile "$FE_PID" \
    </dev/null >>"$LOG_DIR/failure_endpoints.log" 2>&1 &
  remember "$FE_PID" "$LAB_DIR/bin/failure_endpoints.py" "$LAB_DIR/lab.env"
  log "failure endpoints: started"
fi

# ---------------------------------------------------------------- lossy DNS proxy in front of NSD
LOSSY_PID="$RUN/failure/lossy_dns_proxy.pid"
if running_same "$LOSSY_PID" "$LAB_DIR/bin/lossy_dns_proxy.py" "$LAB_DIR/lab.env"; then
  log "lossy DNS proxy: already running"
else
  stop_pidfile "$LOSSY_PID" lossy_dns_proxy
  setsid nohup "$PY" "$LAB_DIR/bin/lossy_dns_proxy.py" --listen "$LAB_ADDRESS:$LAB_LOSSY_DNS_PORT" \
    --upstream "$LAB_ADDRESS:$LAB_DNS_PORT" --loss "$LAB_LOSSY_DNS_LOSS" --answer-loss "$LAB_LOSSY_DNS_ANSWER_LOSS" \
    --delay-share "$LAB_LOSSY_DNS_DELAY_SHARE" --delay-ms "$LAB_LOSSY_DNS_DELAY_MS" --seed "$LAB_LOSSY_DNS_SEED" \
    --pidfile "$LOSSY_PID" </dev/null >>"$LOG_DIR/lossy_dns_proxy.log" 2>&1 &
  remember "$LOSSY_PID" "$LAB_DIR/bin/lossy_dns_proxy.py" "$LAB_DIR/lab.env"
  log "lossy DNS proxy: started"
fi

# ---------------------------------------------------------------- MTA-STS policy host
# its certificates are made again when the names in lab.env change
if [ ! -s "$CA/mta-sts.crt" ] || [ "$(cat "$CA/mta-sts.names" 2>/dev/null)" != "$LAB_MTA_STS_NAMES $LAB_MTA_STS_UNTRUSTED_NAME" ]; then
  log "generating the MTA-STS policy host certificates in $CA"
  SAN=""; for n in $LAB_MTA_STS_NAMES; do SAN="${SAN:+$SAN,}DNS:$n"; done
  openssl req -new -newkey rsa:2048 -nodes -subj "/O=MailBench Test Lab/CN=mta-sts policy host" \
    -keyout "$CA/mta-sts.key" -out "$CA/mta-sts.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$SAN" > "$CA/mta-sts.ext"
  openssl x509 -req -in "$CA/mta-sts.csr" -CA "$CA/ca.crt" -CAkey "$CA/ca.key" -CAcreateserial \
    -days 3650 -sha256 -extfile "$CA/mta-sts.ext" -out "$CA/mta-sts.crt" 2>/dev/null
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=$LAB_MTA_STS_UNTRUSTED_NAME" \
    -addext "subjectAltName=DNS:$LAB_MTA_STS_UNTRUSTED_NAME" -keyout "$CA/mta-sts-untrusted.key" -out "$CA/mta-sts-untrusted.crt" 2>/dev/null
  printf '%s' "$LAB_MTA_STS_NAMES $LAB_MTA_STS_UNTRUSTED_NAME" > "$CA/mta-sts.names"
  chmod 644 "$CA"/*.crt; chmod 600 "$CA"/*.key
fi
MS_PID="$RUN/failure/mta_sts_policy.pid"
if running_same "$MS_PID" "$LAB_DIR/bin/mta_sts_policy.py" "$LAB_DIR/lab.env" "$CA/mta-sts.crt"; then
  log "MTA-STS policy host: already running"
else
  stop_pidfile "$MS_PID" mta_sts_policy
  setsid nohup "$PY" "$LAB_DIR/bin/mta_sts_policy.py" --address "$LAB_ADDRESS" --port "$LAB_MTA_STS_PORT" \
    --cert "$CA/mta-sts.crt" --key "$CA/mta-sts.key" --untrusted-cert "$CA/mta-sts-untrusted.crt" \
    --untrusted-key "$CA/mta-sts-untrusted.key" --untrusted-name "$LAB_MTA_STS_UNTRUSTED_NAME" \
    --policies "$LAB_DIR/dns/mta-sts" --pidfile "$MS_PID" </dev/null >>"$LOG_DIR/mta_sts_policy.log" 2>&1 &
  remember "$MS_PID" "$LAB_DIR/bin/mta_sts_policy.py" "$LAB_DIR/lab.env" "$CA/mta-sts.crt"
  log "MTA-STS policy host: started"
fi

# ---------------------------------------------------------------- client set-up fault endpoints
CFE_PID="$RUN/failure/client_fault_endpoints.pid"
if running_same "$CFE_PID" "$LAB_DIR/bin/client_fault_endpoints.py" "$LAB_DIR/lab.env"; then
  log "client fault endpoints: already running"
else
  stop_pidfile "$CFE_PID" client_fault_endpoints
  LAB_PASSWORD="$LAB_PASSWORD" setsid nohup "$PY" "$LAB_DIR/bin/client_fault_endpoints.py" --address "$LAB_ADDRESS" \
    --tls-only "$LAB_TLS_ONLY_PORT" --auth-required "$LAB_AUTH_REQUIRED_PORT" \
    --cert "$CA/server-chain.crt" --key "$CA/server.key" --user "$LAB_USER_INFO" --pidfile "$CFE_PID" \
    </dev/null >>"$LOG_DIR/client_fault_endpoints.log" 2>&1 &
  remember "$CFE_PID" "$LAB_DIR/bin/client_fault_endpoints.py" "$LAB_DIR/lab.env"
  log "client fault endpoints: started"
fi

# ---------------------------------------------------------------- XServer API simulator
mkdir -p "$RUN/xserver-api"
XS_PID="$RUN/xserver-api/xserver_api_sim.pid"
XS_WRITE_THROUGH=()
if [ "${LAB_XSERVER_WRITE_THROUGH:-no}" = yes ]; then
  XS_WRITE_THROUGH=(--write-through --zone-seeds "$LAB_DIR/dns/zones-sim" --zone-dir "$SYNC_ZONE_DIR"
                    --nsd-pidfile "$NSD_PID" --dovecot-users "$DC/users")
fi
if running_same "$XS_PID" "$LAB_DIR/bin/xserver_api_sim.py" "$LAB_DIR/lab.env" "$CA/api.crt" "$LAB_DIR"/dns/zones-sim/*.zone; then
  log "XServer API simulator: already running"
else
  stop_pidfile "$XS_PID" xserver_api_sim
  setsid nohup "$PY" "$LAB_DIR/bin/xserver_api_sim.py" --env "$LAB_DIR/lab.env" --address "$LAB_ADDRESS" \
    --port "$LAB_XSERVER_API_PORT" --admin-port "$LAB_XSERVER_ADMIN_PORT" --dns-port "$LAB_DNS_PORT" \
    --cert "$CA/api.crt" --key "$CA/api.key" --pidfile "$XS_PID" ${XS_WRITE_THROUGH[@]+"${XS_WRITE_THROUGH[@]}"} \
    </dev/null >>"$LOG_DIR/xserver_api_sim.log" 2>&1 &
  remember "$XS_PID" "$LAB_DIR/bin/xserver_api_sim.py" "$LAB_DIR/lab.env" "$CA/api.crt" "$LAB_DIR"/dns/zones-sim/*.zone
  log "XServer API simulator: started"
fi

# ---------------------------------------------------------------- runtime facts for the Java helper
cat > "$RUN/lab.properties.new" <<EOF
# written by testlab/start.sh; runtime facts that are not in lab.env
lab.dir=$LAB_DIR
data.dir=$DATA
mail.root=$DATA/mail
mail.uid=$MAIL_UID
mail.gid=$MAIL_GID
ca.cert=$CA/ca.crt
truststore=$CA/truststore.p12
EOF
mv "$RUN/lab.properties.new" "$RUN/lab.properties"

# ---------------------------------------------------------------- wait until everything answers
wait_tcp() { # name port log...
  local name=$1 port=$2; shift 2
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/$LAB_ADDRESS/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  fail_with_log "$name (port $port)" "$@"
}
wait_tcp "dovecot imaps" "$LAB_IMAPS_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "dovecot imap" "$LAB_IMAP_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "dovecot pop3s" "$LAB_POP3S_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "dovecot pop3" "$LAB_POP3_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "dovecot lmtp" "$LAB_LMTP_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "dovecot sasl" "$LAB_SASL_PORT" "$LOG_DIR/dovecot.log"
wait_tcp "postfix submissions" "$LAB_SUBMISSIONS_PORT" "$LOG_DIR/postfix.log" "$LOG_DIR/postfix-start.log"
wait_tcp "postfix submission" "$LAB_SUBMISSION_PORT" "$LOG_DIR/postfix.log" "$LOG_DIR/postfix-start.log"
wait_tcp "postfix smtp" "$LAB_SMTP_PORT" "$LOG_DIR/postfix.log" "$LOG_DIR/postfix-start.log"
wait_tcp "nsd" "$LAB_DNS_PORT" "$LOG_DIR/nsd.log"
wait_tcp "nsd (old DNS operator)" "$LAB_DNS_OLD_PORT" "$LOG_DIR/nsd-old.log"
wait_tcp "drop endpoint" "$LAB_DROP_PORT" "$LOG_DIR/failure_endpoints.log"
wait_tcp "blackhole endpoint" "$LAB_BLACKHOLE_PORT" "$LOG_DIR/failure_endpoints.log"
wait_tcp "untrusted TLS endpoint" "$LAB_UNTRUSTED_TLS_PORT" "$LOG_DIR/failure_endpoints.log"
wait_tcp "lossy DNS proxy" "$LAB_LOSSY_DNS_PORT" "$LOG_DIR/lossy_dns_proxy.log"
wait_tcp "MTA-STS policy host" "$LAB_MTA_STS_PORT" "$LOG_DIR/mta_sts_policy.log"
wait_tcp "TLS-only endpoint" "$LAB_TLS_ONLY_PORT" "$LOG_DIR/client_fault_endpoints.log"
wait_tcp "AUTH-required endpoint" "$LAB_AUTH_REQUIRED_PORT" "$LOG_DIR/client_fault_endpoints.log"
wait_tcp "XServer API simulator" "$LAB_XSERVER_API_PORT" "$LOG_DIR/xserver_api_sim.log"
wait_tcp "XServer API simulator (admin)" "$LAB_XSERVER_ADMIN_PORT" "$LOG_DIR/xserver_api_sim.log"
if (exec 3<>"/dev/tcp/$LAB_ADDRESS/$LAB_REFUSED_PORT") 2>/dev/null; then
  die "port $LAB_REFUSED_PORT must refuse connections but something listens there (see: ss -ltnp | grep $LAB_REFUSED_PORT)"
fi

touch "$RUN/started"
T1=$(date +%s%N)
log "lab running on $LAB_ADDRESS (IMAPS $LAB_IMAPS_PORT, IMAP+STARTTLS $LAB_IMAP_PORT, POP3S $LAB_POP3S_PORT, POP3+STARTTLS $LAB_POP3_PORT, SMTPS $LAB_SUBMISSIONS_PORT, SUBMISSION $LAB_SUBMISSION_PORT, DNS $LAB_DNS_PORT, old DNS $LAB_DNS_OLD_PORT, lossy DNS $LAB_LOSSY_DNS_PORT); CA: $CA/ca.crt; started in $(( (T1 - T0) / 1000000 )) ms"
