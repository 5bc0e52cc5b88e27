#!/usr/bin/env python3
"""MailBench test lab: XServer API simulator (started by testlab/start.sh).

Follows /work/shared/xserver-api.md (docs: testlab/README.md, "XServer API simulator"):
  --port PORT        the API over HTTPS (certificate from the lab CA), paths /v1/me and /v1/server/{servername}/...
  --admin-port PORT  plain HTTP on loopback for tests: reset state, set limits, switch failures, read statistics
Keys, servername and the default data are fixed (lab.env LAB_XSERVER_*). State lives in memory; POST /reset on the
admin port brings it back. Only the standard library.

Admin port (JSON in and out):
  POST /reset   {"accounts": N, "plan": "standard|premium|business"}  default data, plus N generated accounts
                (user001@sample-shoji.test ...), limits of the plan, window 60 s, failures off, statistics cleared
  POST /config  any of {"per_minute", "per_day", "concurrent", "window_seconds", "delay_ms",
                "backend_error": bool, "force_status": {"status": 500|502|..., "count": N}}
  GET  /stats   {"requests", "rate_limited", "max_in_flight", "by_path": {...}, "by_status": {...}}
  GET  /state   the whole simulated server (debugging)
"""
import argparse, base64, copy, datetime, hashlib, json, math, os, random, re, secrets, shutil, signal, socket, ssl, struct, \
    subprocess, sys, threading, time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PLANS = {  # per minute, per day, concurrent (xserver-api.md, "Rate limits")
    "standard": (60, 10000, 5),
    "premium": (120, 30000, 10),
    "business": (300, 100000, 20),
}
PERMISSION_FULL, PERMISSION_READ, PERMISSION_CUSTOM = "full", "read", "custom"


def iso(dt):
    return dt.astimezone(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ApiError(Exception):
    CODES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "OPERATION_ERROR",
             422: "VALIDATION_ERROR", 429: "RATE_LIMIT_EXCEEDED", 500: "INTERNAL_ERROR", 502: "BACKEND_ERROR"}

    def __init__(self, status, message, errors=None, headers=None):
        super().__init__(message)
        self.status, self.message, self.errors, self.headers = status, message, errors or [], headers or {}

    def body(self):
        return {"error": {"code": self.CODES[self.status], "message": self.message, "errors": self.errors}}


# ---------------------------------------------------------------------------------------------- DNS (ownership check)
def dns_query(name, qtype, server, port, timeout=2.0):
    """(rcode, message, [(type, rdata offset, rdata length)]) of one question to the lab's authoritative server (UDP,
    then TCP when truncated); None when it could not be asked (timeout, refused)."""
    qid = random.randrange(65536)
    q = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    for label in name.rstrip(".").split("."):
        b = label.encode("idna") if any(ord(c) > 127 for c in label) else label.encode()
        q += bytes([len(b)]) + b
    q += b"\x00" + struct.pack(">HH", qtype, 1)
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(timeout)
            s.sendto(q, (server, port))
            resp, _ = s.recvfrom(65535)
        if resp[2] & 0x02:
            with socket.create_connection((server, port), timeout=timeout) as t:
                t.sendall(struct.pack(">H", len(q)) + q)
                ln = struct.unpack(">H", t.recv(2))[0]
                resp = b""
                while len(resp) < ln:
                    resp += t.recv(ln - len(resp))
    except OSError:
        return None
    qd, an = struct.unpack(">HH", resp[4:8])
    pos = 12
    for _ in range(qd):
        pos = skip_name(resp, pos) + 4
    answers = []
    for _ in range(an):
        pos = skip_name(resp, pos)
        rtype, _, _, rdlen = struct.unpack(">HHIH", resp[pos:pos + 10])
        pos += 10
        answers.append((rtype, pos, rdlen))
        pos += rdlen
    return resp[3] & 0x0f, resp, answers


def skip_name(resp, p):
    while True:
        ln = resp[p]
        if ln == 0:
            return p + 1
        if ln & 0xc0 == 0xc0:
            return p + 2
        p += ln + 1


def dns_txt(name, server, port, timeout=2.0):
    """TXT strings of name at the lab's authoritative server. None on failure, [] for NXDOMAIN."""
    r = dns_query(name, 16, server, port, timeout)
    if r is None:
        return None
    rcode, resp, answers = r
    if rcode == 3:
        return []
    if rcode != 0:
        return None
    out = []
    for rtype, pos, rdlen in answers:
        if rtype == 16:
            rd, i, txt = resp[pos:pos + rdlen], 0, b""
            while i < len(rd):
                txt += rd[i + 1:i + 1 + rd[i]]
                i += 1 + rd[i]
            out.append(txt.decode("utf-8", "replace"))
    return out


def dns_soa_serial(zone, server, port, timeout=1.0):
    r = dns_query(zone, 6, server, port, timeout)
    if r is None or r[0] != 0:
        return None
    rcode, resp, answers = r
    for rtype, pos, rdlen in answers:
        if rtype == 6:
            p = skip_name(resp, skip_name(resp, pos))
            return struct.unpack(">I", resp[p:p + 4])[0]
    return None


# ---------------------------------------------------------------------------------------------- write-through
def zone_tokens(text):
    """Records of a zone file of the simple kind the seeds use: [(owner or None, [tokens], [quoted flags])]."""
    out, pending, depth = [], None, 0
    for raw in text.splitlines():
        tokens, quoted, i, line = [], [], 0, raw
        while i < len(line):
            c = line[i]
            if c == ";":
                break
            if c.isspace():
                i += 1
            elif c == '"':
                j, buf = i + 1, ""
                while j < len(line) and line[j] != '"':
                    if line[j] == "\\" and j + 1 < len(line):
                        j += 1
                    buf += line[j]
                    j += 1
                tokens.append(buf)
                quoted.append(True)
                i = j + 1
            elif c in "()":
                depth += 1 if c == "(" else -1
                i += 1
            else:
                j = i
                while j < len(line) and not line[j].isspace() and line[j] not in ';"()':
                    j += 1
                tokens.append(line[i:j])
                quoted.append(False)
                i = j
        if pending is not None:
            pending[1].extend(tokens)
            pending[2].extend(quoted)
        elif tokens:
            pending = [None if raw[:1].isspace() else tokens.pop(0), tokens, quoted[1:] if not raw[:1].isspace() else quoted]
        if pending is not None and depth == 0:
            out.append(tuple(pending))
            pending = None
    return out


class WriteThrough:
    """Makes the simulator's writes real in the lab (only when start.sh passes --write-through): DNS records of the
    sync zones (lab.env LAB_XSERVER_SYNC_ZONES, seeds in testlab/dns/zones-sim/) are written as zone files that the
    lab NSD serves, with the serial bumped, then NSD reloads (SIGHUP: it re-reads zone files whose mtime changed) and
    the call returns only once NSD answers the new serial; mail accounts of those domains become Dovecot users (a
    marked block in the lab's passwd-file, salted SHA-256, never the plain password)."""
    BEGIN, END = "# >>> xserver-api-sim (accounts created through the simulator)", "# <<< xserver-api-sim"

    def __init__(self, zones, seeds, zone_dir, nsd_pidfile, dovecot_users, dns_server, dns_port):
        self.zones, self.seeds, self.zone_dir = zones, seeds, zone_dir
        self.nsd_pidfile, self.dovecot_users = nsd_pidfile, dovecot_users
        self.dns_server, self.dns_port = dns_server, dns_port
        self.serials, self.mtimes, self.users_written = {}, {}, None
        self.zone_written, self.users_block = {}, None  # what was last written, so a reset that changes nothing writes nothing
        self.checkzone = shutil.which("nsd-checkzone") or "/usr/sbin/nsd-checkzone"

    def seed(self, zone):
        """(apex lines SOA/NS as tokens, [(host, type, content, ttl, priority)]) of the committed seed."""
        with open(os.path.join(self.seeds, zone + ".zone"), encoding="utf-8") as f:
            text = f.read()
        ttl, apex, records, owner = 3600, [], [], "@"
        for own, tokens, quoted in zone_tokens(text):
            if own == "$ORIGIN":
                continue
            if own == "$TTL":
                ttl = int(tokens[0])
                continue
            owner = owner if own is None else own
            host = "@" if owner in ("@", zone + ".") else owner[:-len(zone) - 2] if owner.endswith("." + zone + ".") else owner
            t, q, rttl = list(tokens), list(quoted), ttl
            if t and t[0].isdigit():
                rttl, t, q = int(t[0]), t[1:], q[1:]
            if t and t[0].upper() == "IN":
                t, q = t[1:], q[1:]
            rtype, data, dq = t[0].upper(), t[1:], q[1:]
            if rtype in ("SOA", "NS"):
                if host == "@":
                    apex.append((rtype, data))
                continue
            prio = 0
            if rtype in ("MX", "SRV"):
                prio, data, dq = int(data[0]), data[1:], dq[1:]
            if rtype == "TXT":
                content = "".join(data)
            elif rtype in ("MX", "CNAME"):
                content = data[0].rstrip(".")
            elif rtype == "SRV":
                content = " ".join(data[:2] + [data[2].rstrip(".")])
            else:
                content = " ".join('"%s"' % d if isq else d for d, isq in zip(data, dq))
            records.append((host, rtype, content, rttl, prio))
        return apex, records

    def render(self, zone, records, serial):
        apex, _ = self.seed(zone)
        out = ["; %s: written by the XServer API simulator (write-through); seed testlab/dns/zones-sim/%s.zone"
               % (zone, zone), "$ORIGIN %s." % zone, "$TTL 3600"]
        for rtype, data in apex:
            if rtype == "SOA":
                data = data[:2] + [str(serial)] + data[3:]
            out.append("@ IN %s %s" % (rtype, " ".join(data)))
        for r in sorted(records, key=lambda r: r["id"]):
            c, t = r["content"], r["type"]
            fq = c if c.endswith(".") else c + "."
            if t == "TXT":
                raw = c.encode("utf-8")
                data = " ".join('"%s"' % raw[i:i + 255].decode("utf-8", "replace").replace("\\", "\\\\").replace('"', '\\"')
                                for i in range(0, max(len(raw), 1), 255))
            elif t in ("MX",):
                data = "%d %s" % (r["priority"] or 0, fq)
            elif t == "CNAME":
                data = fq
            elif t == "SRV":
                parts = c.split()
                data = "%d %s" % (r["priority"] or 0, " ".join(parts[:-1] + [parts[-1] if parts[-1].endswith(".") else parts[-1] + "."]))
            else:
                data = c
            out.append("%s %d IN %s %s" % (r["host"], r["ttl"], t, data))
        return "\n".join(out) + "\n"

    def write_zone(self, zone, records):
        """Checks and installs the zone, reloads NSD and waits for the new serial. ApiError 422 when NSD would refuse
        the zone (the in-memory change is then rolled back by the caller)."""
        canonical = sorted((r["host"], r["type"], r["content"], r["ttl"], r["priority"] or 0) for r in records)
        if self.zone_written.get(zone) == canonical:
            return
        serial = max(self.serials.get(zone, 0) + 1, int(time.time()))
        text = self.render(zone, records, serial)
        os.makedirs(self.zone_dir, exist_ok=True)
        path = os.path.join(self.zone_dir, zone + ".zone")
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        check = subprocess.run([self.checkzone, zone, tmp], capture_output=True, text=True)
        if check.returncode != 0:
            os.remove(tmp)
            lines = [l for l in (check.stdout + check.stderr).splitlines() if "error:" in l] or ["?"]
            reason = re.sub(r"^.*?error: (\S*zone\.tmp:\d+: )?", "", lines[0])
            raise ApiError(422, "入力内容に誤りがあります。", ["DNSレコードの内容が正しくありません（%s）。" % reason])
        os.chmod(tmp, 0o644)
        # NSD re-reads a zone whose mtime changed: make each write's mtime at least a second later than the last
        mtime = max(time.time(), self.mtimes.get(zone, 0) + 1)
        os.utime(tmp, (mtime, mtime))
        os.replace(tmp, path)
        self.mtimes[zone], self.serials[zone], self.zone_written[zone] = mtime, serial, canonical
        self.reload(zone, serial)

    def reload(self, zone, serial):
        try:
            with open(self.nsd_pidfile) as f:
                os.kill(int(f.read().split()[0]), signal.SIGHUP)
        except (OSError, ValueError) as e:
            sys.stderr.write("write-through: NSD not reloaded (%s): %r\n" % (self.nsd_pidfile, e))
            return
        deadline = time.time() + 10
        while time.time() < deadline:
            if dns_soa_serial(zone, self.dns_server, self.dns_port) == serial:
                return
            time.sleep(0.05)
        sys.stderr.write("write-through: NSD does not serve serial %d of %s after 10 s\n" % (serial, zone))

    def write_users(self, accounts):
        """accounts: [(address, password hash, quota_mb)] of the sync domains; replaces the simulator's block."""
        block = ["%s:%s::::::userdb_quota_rule=*:storage=%dM" % a for a in accounts]
        if block == self.users_block and not self.users_replaced():
            return
        with open(self.dovecot_users, encoding="utf-8") as f:
            lines = f.read().splitlines()
        keep, inside = [], False
        for line in lines:
            if line == self.BEGIN:
                inside = True
            elif line == self.END:
                inside = False
            elif not inside:
                keep.append(line)
        if block:
            keep += [self.BEGIN] + block + [self.END]
        st = os.stat(self.dovecot_users)
        tmp = self.dovecot_users + ".sim"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("\n".join(keep) + "\n")
        os.chmod(tmp, st.st_mode & 0o777)
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except PermissionError:
            pass
        # Dovecot re-reads a passwd-file when its mtime (seconds) or size changed, and looks at most once a second: the
        # mtime moves on by a second at least, and the call returns only in a later second than the write, so a login
        # right after it sees the change
        mtime = max(time.time(), (self.users_written or 0) / 1e9 + 1)
        os.utime(tmp, (mtime, mtime))
        os.replace(tmp, self.dovecot_users)
        self.users_written, self.users_block = os.stat(self.dovecot_users).st_mtime_ns, block
        now = time.time()
        time.sleep(math.floor(now) + 1.05 - now)

    def users_replaced(self):
        """True when someone else (start.sh) rewrote the passwd-file since the simulator's last write."""
        try:
            return self.users_written is not None and os.stat(self.dovecot_users).st_mtime_ns != self.users_written
        except OSError:
            return False


def password_hash(password):
    """Dovecot's {SSHA256}: base64(sha256(password + salt) + salt)."""
    salt = secrets.token_bytes(8)
    return "{SSHA256}" + base64.b64encode(hashlib.sha256(password.encode("utf-8") + salt).digest() + salt).decode()


# ---------------------------------------------------------------------------------------------- state
class Simulator:
    def __init__(self, env, dns_server, dns_port, write_through=None):
        self.env, self.dns_server, self.dns_port = env, dns_server, dns_port
        self.write_through = write_through
        self.lock = threading.Lock()
        self.reset({})

    # -- data
    def reset(self, body):
        with self.lock:
            plan = body.get("plan", "standard")
            if plan not in PLANS:
                raise ApiError(400, "unknown plan " + plan)
            pm, pd, conc = PLANS[plan]
            self.config = {"plan": plan, "per_minute": pm, "per_day": pd, "concurrent": conc, "window_seconds": 60,
                           "delay_ms": 0, "backend_error": False, "force_status": None}
            self.stats = {"requests": 0, "rate_limited": 0, "max_in_flight": 0, "by_path": {}, "by_status": {}}
            self.windows, self.days, self.in_flight = {}, {}, {}
            now = datetime.datetime.now(datetime.timezone.utc)
            e = self.env
            self.servername = e["LAB_XSERVER_SERVERNAME"]
            self.keys = {
                e["LAB_XSERVER_KEY_FULL"]: {"permission": PERMISSION_FULL, "expires": now + datetime.timedelta(days=90)},
                e["LAB_XSERVER_KEY_READ"]: {"permission": PERMISSION_READ, "expires": now + datetime.timedelta(days=90)},
                # custom: reads everything, writes mail accounts, forwarding and filters, never DNS or domains
                e["LAB_XSERVER_KEY_CUSTOM"]: {"permission": PERMISSION_CUSTOM, "expires": None,
                                              "writes": ("mail", "mail-filter")},
                e["LAB_XSERVER_KEY_EXPIRED"]: {"permission": PERMISSION_FULL, "expires": now - datetime.timedelta(days=1)},
                e["LAB_XSERVER_KEY_SOON"]: {"permission": PERMISSION_READ, "expires": now + datetime.timedelta(days=3)},
                e["LAB_XSERVER_KEY_IP"]: {"permission": PERMISSION_FULL, "expires": None, "ips": ["203.0.113.10"]},
            }
            domain = e["LAB_DOMAIN"]
            self.server_info = {
                "server_id": "xs123456", "hostname": e["LAB_SERVER_HOST"], "ip_address": e["LAB_ADDRESS"],
                "os": "Linux", "cpu": "AMD EPYC 7763 64-Core Processor", "memory": "1TB",
                "apache_version": "2.4.62", "perl_versions": ["5.26.3"], "php_versions": ["8.1.31", "8.2.27", "8.3.15"],
                "db_versions": ["MariaDB 10.5"], "name_servers": ["ns%d.xserver.test" % i for i in range(1, 6)],
                "domain_validation_token": e["LAB_XSERVER_VERIFY_TOKEN"],
            }
            created = "2024-04-01T10:00:00+09:00"
            self.domains = {
                domain: {"domain": domain, "type": "main", "document_root": "/home/xs123456/%s/public_html" % domain,
                         "url": "https://%s/" % domain, "php_version": "8.2.27", "ssl": True, "memo": "本店",
                         "is_awaiting": False, "created_at": created},
                "old-host.test": {"domain": "old-host.test", "type": "addon",
                                  "document_root": "/home/xs123456/old-host.test/public_html",
                                  "url": "http://old-host.test/", "php_version": "8.2.27", "ssl": False, "memo": "",
                                  "is_awaiting": False, "created_at": created},
                self.servername: {"domain": self.servername, "type": "initial",
                                  "document_root": "/home/xs123456/%s/public_html" % self.servername,
                                  "url": "https://%s/" % self.servername, "php_version": "8.2.27", "ssl": True,
                                  "memo": "", "is_awaiting": False, "created_at": created},
            }
            self.mail = {}
            for address, quota, used, memo in (
                    (e["LAB_USER_INFO"], 2000, 312.4, "代表"), (e["LAB_USER_BILLING"], 2000, 88.0, "経理"),
                    (e["LAB_USER_TARO"], 2000, 1540.7, "山田太郎"), (e["LAB_USER_FULL"], 1, 0.9, "満杯")):
                self._add_mail(address, quota, used, memo)
            for i in range(1, int(body.get("accounts", 0)) + 1):
                self._add_mail("user%03d@%s" % (i, domain), 1000 + (i % 5) * 500, round(i * 7.3 % 900, 1), "社員%d" % i)
            self.mail[e["LAB_USER_INFO"]]["forwarding"] = {"forwarding_addresses": [e["LAB_USER_TARO"]],
                                                           "keep_in_mailbox": True}
            self.mail[e["LAB_USER_BILLING"]]["forwarding"] = {"forwarding_addresses": ["keiri.shoji@gmail.com"],
                                                              "keep_in_mailbox": False}
            self.filters, self.next_filter = {}, 1
            self._add_filter(domain, [{"keyword": "未承諾広告", "field": "subject", "match_type": "contain"}],
                             {"type": "delete", "target": "", "method": "move"})
            self._add_filter(domain, [{"keyword": "@bank.example.jp", "field": "from", "match_type": "contain"}],
                             {"type": "mail_address", "target": e["LAB_USER_BILLING"], "method": "copy"})
            self.dns, self.next_dns = {}, 1
            for host, rtype, content, prio in (
                    ("@", "A", e["LAB_ADDRESS"], 0), ("@", "MX", domain, 10), ("mail", "A", e["LAB_ADDRESS"], 0),
                    ("www", "A", e["LAB_ADDRESS"], 0),
                    ("@", "TXT", "v=spf1 +a:%s +a:%s +mx include:spf.sender.xserver.test ~all"
                     % (e["LAB_SERVER_HOST"], domain), 0),
                    ("_dmarc", "TXT", "v=DMARC1; p=none; rua=mailto:dmarc-reports@%s" % domain, 0)):
                self._add_dns(domain, host, rtype, content, 3600, prio)
            for host, rtype, content, prio in (("@", "A", e["LAB_ADDRESS"], 0), ("@", "MX", "old-host.test", 10),
                                               ("@", "TXT", "v=spf1 +a:%s +mx ~all" % e["LAB_SERVER_HOST"], 0)):
                self._add_dns("old-host.test", host, rtype, content, 3600, prio)
            if self.write_through:
                for zone in self.write_through.zones:
                    self.domains[zone] = {"domain": zone, "type": "addon",
                                          "document_root": "/home/xs123456/%s/public_html" % zone,
                                          "url": "https://%s/" % zone, "php_version": "8.2.27", "ssl": True,
                                          "memo": "write-through", "is_awaiting": False, "created_at": created}
                    for host, rtype, content, ttl, prio in self.write_through.seed(zone)[1]:
                        self._add_dns(zone, host, rtype, content, ttl, prio)
                    self.sync_zone(zone)
                self.sync_users()

    def _add_mail(self, address, quota, used, memo, password="lab-generated"):
        # only a salted hash is kept: the state page and the lab's passwd-file never show a password
        self.mail[address] = {"mail_address": address, "quota_mb": quota, "used_mb": used, "memo": memo,
                              "password": password_hash(password),
                              "forwarding": {"forwarding_addresses": [], "keep_in_mailbox": True}}

    def _add_filter(self, domain, conditions, action):
        fid = "f%05d" % self.next_filter
        self.next_filter += 1
        prio = 1 + sum(1 for f in self.filters.values() if f["domain"] == domain)
        self.filters[fid] = {"id": fid, "domain": domain, "priority": prio, "conditions": conditions, "action": action}
        return fid

    def _add_dns(self, domain, host, rtype, content, ttl, prio):
        rid = self.next_dns
        self.next_dns += 1
        self.dns[rid] = {"id": rid, "domain": domain, "host": host, "type": rtype, "content": content, "ttl": ttl,
                         "priority": prio if rtype in ("MX", "SRV") else 0}
        return rid

    # -- write-through (None when the lab did not switch it on)
    def synced(self, domain):
        return self.write_through is not None and domain in self.write_through.zones

    def sync_zone(self, zone):
        if self.synced(zone):
            self.write_through.write_zone(zone, [r for r in self.dns.values() if r["domain"] == zone])

    def sync_users(self):
        if self.write_through is not None and self.write_through.dovecot_users:
            self.write_through.write_users([(a["mail_address"], a["password"], a["quota_mb"]) for a in self.mail.values()
                                            if a.get("created") and self.synced(a["mail_address"].split("@", 1)[1])])

    def dns_change(self, domains, change):
        """Applies change() to the records and writes the touched sync zones through; rolls back when NSD would
        refuse the zone."""
        before, next_id, written = copy.deepcopy(self.dns), self.next_dns, []
        result = change()
        try:
            for d in dict.fromkeys(domains):
                self.sync_zone(d)
                written.append(d)
        except ApiError:
            self.dns, self.next_dns = before, next_id
            for d in written:
                self.sync_zone(d)
            raise
        return result

    def set_config(self, body):
        with self.lock:
            for k in ("per_minute", "per_day", "concurrent", "window_seconds", "delay_ms"):
                if k in body:
                    v = body[k]
                    if not isinstance(v, int) or v < (0 if k == "delay_ms" else 1):
                        raise ApiError(400, "%s must be a positive integer" % k)
                    self.config[k] = v
            if "backend_error" in body:
                self.config["backend_error"] = bool(body["backend_error"])
            if "force_status" in body:
                fs = body["force_status"]
                self.config["force_status"] = None if not fs else {"status": int(fs["status"]),
                                                                    "count": int(fs.get("count", 1))}
            return dict(self.config)

    # -- limits
    def admit(self, key_id):
        """Counts the request against the key's limits; returns (headers, error or None). Call release() after."""
        with self.lock:
            c = self.config
            now = time.time()
            w = c["window_seconds"]
            start = math.floor(now / w) * w
            win = self.windows.get(key_id)
            if not win or win[0] != start:
                win = [start, 0]
                self.windows[key_id] = win
            day = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
            dwin = self.days.get(key_id)
            if not dwin or dwin[0] != day:
                dwin = [day, 0]
                self.days[key_id] = dwin
            flying = self.in_flight.get(key_id, 0)
            reset = int(math.ceil(start + w))
            error = None
            if win[1] >= c["per_minute"]:
                error = ApiError(429, "リクエスト数が上限（%d回/分）を超えました。しばらく待ってから再度お試しください。"
                                 % c["per_minute"], headers={"Retry-After": str(max(1, int(math.ceil(start + w - now))))})
            elif dwin[1] >= c["per_day"]:
                tomorrow = datetime.datetime.combine(datetime.date.fromisoformat(day) + datetime.timedelta(days=1),
                                                     datetime.time(), datetime.timezone.utc).timestamp()
                error = ApiError(429, "リクエスト数が1日の上限（%d回）を超えました。" % c["per_day"],
                                 headers={"Retry-After": str(max(1, int(math.ceil(tomorrow - now))))})
            elif flying >= c["concurrent"]:
                error = ApiError(429, "同時リクエスト数が上限（%d）を超えました。" % c["concurrent"],
                                 headers={"Retry-After": "1"})
            if error:
                self.stats["rate_limited"] += 1
            else:
                win[1] += 1
                dwin[1] += 1
                flying += 1
                self.in_flight[key_id] = flying
                self.stats["max_in_flight"] = max(self.stats["max_in_flight"], flying)
            headers = {"X-RateLimit-Limit": str(c["per_minute"]),
                       "X-RateLimit-Remaining": str(max(0, c["per_minute"] - win[1])),
                       "X-RateLimit-Reset": str(reset),
                       "X-RateLimit-Concurrent-Limit": str(c["concurrent"]),
                       "X-RateLimit-Concurrent-Remaining": str(max(0, c["concurrent"] - flying))}
            return headers, error

    def release(self, key_id):
        with self.lock:
            self.in_flight[key_id] = max(0, self.in_flight.get(key_id, 1) - 1)

    def forced_failure(self):
        with self.lock:
            fs = self.config["force_status"]
            if fs:
                fs["count"] -= 1
                if fs["count"] <= 0:
                    self.config["force_status"] = None
                return fs["status"]
            return 502 if self.config["backend_error"] else None

    def count(self, path_pattern, status):
        with self.lock:
            self.stats["requests"] += 1
            self.stats["by_path"][path_pattern] = self.stats["by_path"].get(path_pattern, 0) + 1
            self.stats["by_status"][str(status)] = self.stats["by_status"].get(str(status), 0) + 1

    # -- the API
    def authenticate(self, header, client_ip):
        if not header or not header.startswith("Bearer "):
            raise ApiError(401, "APIキーが指定されていません。Authorization ヘッダーに Bearer トークンを指定してください。")
        key = self.keys.get(header[len("Bearer "):].strip())
        if key is None:
            raise ApiError(401, "APIキーが無効です。")
        if key["expires"] and key["expires"] < datetime.datetime.now(datetime.timezone.utc):
            raise ApiError(401, "APIキーの有効期限が切れています。")
        if key.get("ips") and client_ip not in key["ips"]:
            raise ApiError(403, "このAPIキーは接続元IPアドレス（%s）からの利用が許可されていません。" % client_ip)
        return key

    def authorize(self, key, method, resource):
        if method == "GET":
            return
        if key["permission"] == PERMISSION_FULL:
            return
        if key["permission"] == PERMISSION_CUSTOM and resource in key.get("writes", ()):
            return
        raise ApiError(403, "このAPIキーには操作の権限がありません（権限: %s）。" % key["permission"])


ROUTES = []


def route(method, pattern, resource):
    def deco(fn):
        ROUTES.append((method, re.compile("^" + pattern + "$"), pattern, resource, fn))
        return fn
    return deco


def need(sim, table, key, what):
    if key not in table:
        raise ApiError(404, "%sが見つかりません。" % what)
    return table[key]


def domain_of(sim, domain):
    if domain not in sim.domains:
        raise ApiError(404, "ドメイン「%s」はこのサーバーに登録されていません。" % domain)
    return sim.domains[domain]


@route("GET", r"/server-info", "server-info")
def server_info(sim, m, q, body):
    return sim.server_info


@route("GET", r"/server-info/usage", "server-info")
def usage(sim, m, q, body):
    used = sum(a["used_mb"] for a in sim.mail.values()) / 1024 + 12.5
    return {"disk": {"quota_gb": 300, "used_gb": round(used, 2), "file_limit": 0, "file_count": 48211},
            "counts": {"domains": len(sim.domains), "subdomains": 0, "mail_accounts": len(sim.mail),
                       "ftp_accounts": 1, "mysql_databases": 2}}


@route("GET", r"/domain", "domain")
def domains(sim, m, q, body):
    return {"domains": [{k: d[k] for k in ("domain", "type", "ssl", "memo", "is_awaiting")}
                        for d in sim.domains.values()]}


@route("GET", r"/domain/([^/]+)", "domain")
def domain_detail(sim, m, q, body):
    return domain_of(sim, m.group(1))


def public_mail(a):
    return {"mail_address": a["mail_address"], "quota_mb": a["quota_mb"], "memo": a["memo"]}


@route("GET", r"/mail", "mail")
def mail_list(sim, m, q, body):
    domain = q.get("domain")
    if domain is not None:
        domain_of(sim, domain)
    return {"accounts": [public_mail(a) for a in sim.mail.values()
                         if domain is None or a["mail_address"].endswith("@" + domain)]}


@route("GET", r"/mail/([^/]+)", "mail")
def mail_detail(sim, m, q, body):
    a = need(sim, sim.mail, m.group(1), "メールアカウント")
    return dict(public_mail(a), used_mb=a["used_mb"])


def check_quota(body, errors):
    if "quota_mb" in body and (not isinstance(body["quota_mb"], int) or isinstance(body["quota_mb"], bool)
                               or not 1 <= body["quota_mb"] <= 50000):
        errors.append("quota_mb は 1〜50000 の整数で指定してください。")


def check_password(body, errors, required):
    if "password" not in body:
        if required:
            errors.append("password は必須です。")
    elif not isinstance(body["password"], str) or len(body["password"]) < 6:
        errors.append("password は6文字以上で指定してください。")


@route("POST", r"/mail", "mail")
def mail_create(sim, m, q, body):
    errors = []
    address = body.get("mail_address")
    if not isinstance(address, str) or not re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+", address or ""):
        errors.append("mail_address の形式が正しくありません。")
    check_password(body, errors, True)
    check_quota(body, errors)
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    domain = address.split("@", 1)[1]
    domain_of(sim, domain)
    if address in sim.mail:
        raise ApiError(409, "メールアカウント「%s」は既に存在します。" % address)
    verify(sim, domain)
    sim._add_mail(address, body.get("quota_mb", 2000), 0.0, body.get("memo", ""), body["password"])
    sim.mail[address]["created"] = True
    sim.sync_users()
    return {"mail_address": address, "message": "メールアカウントを作成しました。"}


def verify(sim, domain):
    name = "_xserver-verify." + domain
    txt = dns_txt(name, sim.dns_server, sim.dns_port)
    if txt is None:
        raise ApiError(409, "ドメイン所有者の確認に失敗しました（%s のTXTレコードを確認できませんでした）。" % name)
    if "xserver-verify=" + sim.server_info["domain_validation_token"] not in txt:
        raise ApiError(409, "ドメイン所有者の確認に失敗しました。TXTレコード %s に「xserver-verify=%s」を設定してください。"
                       % (name, sim.server_info["domain_validation_token"]))


@route("PUT", r"/mail/([^/]+)", "mail")
def mail_update(sim, m, q, body):
    a = need(sim, sim.mail, m.group(1), "メールアカウント")
    errors = []
    check_password(body, errors, False)
    check_quota(body, errors)
    if "memo" in body and not isinstance(body["memo"], str):
        errors.append("memo は文字列で指定してください。")
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    for k in ("quota_mb", "memo"):
        if k in body:
            a[k] = body[k]
    if "password" in body:
        a["password"] = password_hash(body["password"])
    sim.sync_users()
    return {"message": "メールアカウントを更新しました。"}


@route("DELETE", r"/mail/([^/]+)", "mail")
def mail_delete(sim, m, q, body):
    need(sim, sim.mail, m.group(1), "メールアカウント")
    del sim.mail[m.group(1)]
    sim.sync_users()
    return {"message": "メールアカウントを削除しました。"}


@route("GET", r"/mail/([^/]+)/forwarding", "mail")
def forwarding(sim, m, q, body):
    return copy.deepcopy(need(sim, sim.mail, m.group(1), "メールアカウント")["forwarding"])


@route("PUT", r"/mail/([^/]+)/forwarding", "mail")
def forwarding_set(sim, m, q, body):
    a = need(sim, sim.mail, m.group(1), "メールアカウント")
    errors = []
    fwd = body.get("forwarding_addresses", a["forwarding"]["forwarding_addresses"])
    if not isinstance(fwd, list) or not all(isinstance(x, str) and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", x)
                                            for x in fwd):
        errors.append("forwarding_addresses はメールアドレスの配列で指定してください。")
    keep = body.get("keep_in_mailbox", a["forwarding"]["keep_in_mailbox"])
    if not isinstance(keep, bool):
        errors.append("keep_in_mailbox は true または false で指定してください。")
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    a["forwarding"] = {"forwarding_addresses": list(fwd), "keep_in_mailbox": keep}
    return {"message": "転送設定を更新しました。"}


@route("GET", r"/mail-filter", "mail-filter")
def filters(sim, m, q, body):
    domain = q.get("domain")
    if not domain:
        raise ApiError(422, "入力内容に誤りがあります。", ["domain は必須です。"])
    domain_of(sim, domain)
    return {"filters": sorted((copy.deepcopy(f) for f in sim.filters.values() if f["domain"] == domain),
                              key=lambda f: f["priority"])}


@route("POST", r"/mail-filter", "mail-filter")
def filter_create(sim, m, q, body):
    errors = []
    conds = body.get("conditions")
    if not isinstance(conds, list) or not conds:
        errors.append("conditions は1件以上指定してください。")
    else:
        for c in conds:
            if not isinstance(c, dict) or c.get("field") not in ("subject", "from", "to", "body", "header") \
                    or c.get("match_type") not in ("contain", "match", "start_from") or not c.get("keyword"):
                errors.append("conditions の指定が正しくありません（keyword, field, match_type）。")
                break
    action = body.get("action")
    if not isinstance(action, dict) or action.get("type") not in ("mail_address", "spam_folder", "trash", "delete") \
            or action.get("method", "move") not in ("move", "copy"):
        errors.append("action の指定が正しくありません（type, target, method）。")
    elif action["type"] == "mail_address" and not action.get("target"):
        errors.append("action.type が mail_address のときは target を指定してください。")
    if not body.get("domain"):
        errors.append("domain は必須です。")
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    domain_of(sim, body["domain"])
    fid = sim._add_filter(body["domain"], conds, {"type": action["type"], "target": action.get("target", ""),
                                                  "method": action.get("method", "move")})
    return {"id": fid, "message": "振り分け設定を追加しました。"}


@route("DELETE", r"/mail-filter/([^/]+)", "mail-filter")
def filter_delete(sim, m, q, body):
    f = need(sim, sim.filters, m.group(1), "振り分け設定")
    del sim.filters[m.group(1)]
    for other in sim.filters.values():
        if other["domain"] == f["domain"] and other["priority"] > f["priority"]:
            other["priority"] -= 1
    return {"message": "振り分け設定を削除しました。"}


DNS_TYPES = ("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA")


@route("GET", r"/dns", "dns")
def dns_list(sim, m, q, body):
    domain = q.get("domain")
    if not domain:
        raise ApiError(422, "入力内容に誤りがあります。", ["domain は必須です。"])
    domain_of(sim, domain)
    return {"records": [dict(r) for r in sim.dns.values() if r["domain"] == domain]}


def dns_errors(rec):
    errors = []
    if rec.get("type") not in DNS_TYPES:
        errors.append("type は %s のいずれかで指定してください。" % "/".join(DNS_TYPES))
    if not isinstance(rec.get("host"), str) or not re.fullmatch(r"@|[A-Za-z0-9_*]([A-Za-z0-9_.-]*[A-Za-z0-9_])?",
                                                                rec.get("host") or ""):
        errors.append("host の形式が正しくありません。")
    if not isinstance(rec.get("content"), str) or not rec.get("content"):
        errors.append("content は必須です。")
    ttl = rec.get("ttl")
    if not isinstance(ttl, int) or isinstance(ttl, bool) or not 60 <= ttl <= 86400:
        errors.append("ttl は 60〜86400 の整数で指定してください。")
    prio = rec.get("priority")
    if rec.get("type") in ("MX", "SRV") and (not isinstance(prio, int) or not 0 <= prio <= 65535):
        errors.append("MX/SRV レコードには priority（0〜65535）を指定してください。")
    return errors


@route("POST", r"/dns", "dns")
def dns_create(sim, m, q, body):
    rec = {"domain": body.get("domain"), "host": body.get("host"), "type": body.get("type"),
           "content": body.get("content"), "ttl": body.get("ttl", 3600), "priority": body.get("priority")}
    errors = dns_errors(rec)
    if not rec["domain"]:
        errors.insert(0, "domain は必須です。")
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    domain_of(sim, rec["domain"])
    if any(r["domain"] == rec["domain"] and r["host"] == rec["host"] and r["type"] == rec["type"]
           and r["content"] == rec["content"] for r in sim.dns.values()):
        raise ApiError(409, "同じ内容のDNSレコードが既に存在します。")
    rid = sim.dns_change([rec["domain"]], lambda: sim._add_dns(rec["domain"], rec["host"], rec["type"], rec["content"],
                                                                rec["ttl"], rec["priority"] or 0))
    return {"id": rid, "message": "DNSレコードを追加しました。"}


def dns_id(m):
    try:
        return int(m.group(1))
    except ValueError:
        raise ApiError(404, "DNSレコードが見つかりません。")


@route("PUT", r"/dns/([^/]+)", "dns")
def dns_update(sim, m, q, body):
    r = need(sim, sim.dns, dns_id(m), "DNSレコード")
    rec = dict(r)
    for k in ("domain", "host", "type", "content", "ttl", "priority"):
        if k in body:
            rec[k] = body[k]
    errors = dns_errors(rec)
    if errors:
        raise ApiError(422, "入力内容に誤りがあります。", errors)
    domain_of(sim, rec["domain"])
    if rec["type"] not in ("MX", "SRV"):
        rec["priority"] = 0
    sim.dns_change([r["domain"], rec["domain"]], lambda: r.update(rec))
    return {"message": "DNSレコードを更新しました。"}


@route("DELETE", r"/dns/([^/]+)", "dns")
def dns_delete(sim, m, q, body):
    r = need(sim, sim.dns, dns_id(m), "DNSレコード")
    sim.dns_change([r["domain"]], lambda: sim.dns.pop(dns_id(m)))
    return {"message": "DNSレコードを削除しました。"}


# ---------------------------------------------------------------------------------------------- HTTP
class ApiHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "XServerAPISimulator/1.0"

    def setup(self):
        super().setup()
        # headers and body go out in two writes: without this, Nagle and delayed ACK add ~40 ms to every answer
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):  # the key is in a header, never in the path: the line carries no secret
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % args))

    def do_GET(self): self.handle_api("GET")
    def do_POST(self): self.handle_api("POST")
    def do_PUT(self): self.handle_api("PUT")
    def do_DELETE(self): self.handle_api("DELETE")

    def send_json(self, status, obj, headers):
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def handle_api(self, method):
        sim = self.server.sim
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        pattern, headers, key_id, admitted = "?", {}, "anonymous", False
        try:
            auth = self.headers.get("Authorization") or ""
            key_id = auth[len("Bearer "):].strip() if auth.startswith("Bearer ") else "anonymous"
            headers, limit_error = sim.admit(key_id)
            if limit_error:
                raise limit_error
            admitted = True
            with sim.lock:
                if sim.write_through and sim.write_through.users_replaced():
                    sim.sync_users()  # start.sh wrote the lab users again: put the created accounts back
                key = sim.authenticate(auth, self.client_address[0])
            if sim.config["delay_ms"]:
                time.sleep(sim.config["delay_ms"] / 1000)
            forced = sim.forced_failure()
            if forced:
                raise ApiError(forced, {500: "予期しないエラーが発生しました。",
                                        502: "バックエンドでエラーが発生しました。時間をおいて再度お試しください。"}
                               .get(forced, "エラー"))
            if path == "/v1/me":
                pattern = "/v1/me"
                if method != "GET":
                    raise ApiError(404, "エンドポイントが見つかりません。")
                result = {"service_type": "server", "servername": sim.servername,
                          "permission_type": key["permission"],
                          "expires_at": iso(key["expires"]) if key["expires"] else None}
            else:
                prefix = "/v1/server/"
                if not path.startswith(prefix):
                    raise ApiError(404, "エンドポイントが見つかりません。")
                servername, _, rest = path[len(prefix):].partition("/")
                if servername != sim.servername:
                    raise ApiError(403, "このAPIキーの対象サーバーではありません（%s）。" % servername)
                for rmethod, rx, pat, resource, fn in ROUTES:
                    m = rx.match("/" + rest)
                    if m and rmethod == method:
                        pattern = method + " " + pat
                        body = {}
                        if method in ("POST", "PUT"):
                            try:
                                body = json.loads(raw.decode("utf-8")) if raw else {}
                            except (ValueError, UnicodeDecodeError):
                                raise ApiError(400, "リクエストの形式が正しくありません（JSON）。")
                            if not isinstance(body, dict):
                                raise ApiError(400, "リクエストの形式が正しくありません（JSON オブジェクト）。")
                        sim.authorize(key, method, resource)
                        with sim.lock:
                            result = fn(sim, m, query, body)
                        break
                else:
                    raise ApiError(404, "エンドポイントが見つかりません。")
            sim.count(pattern, 200)
            self.send_json(200, result, headers)
        except ApiError as e:
            sim.count(pattern, e.status)
            self.send_json(e.status, e.body(), dict(headers, **e.headers))
        except Exception as e:  # a simulator bug: answer like the real API would, and say it in the log
            sys.stderr.write("internal error: %r\n" % e)
            sim.count(pattern, 500)
            self.send_json(500, ApiError(500, "予期しないエラーが発生しました。").body(), headers)
        finally:
            if admitted:
                sim.release(key_id)


class AdminHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("admin %s\n" % (fmt % args))

    def reply(self, status, obj):
        data = json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        sim = self.server.sim
        with sim.lock:
            if self.path == "/stats":
                return self.reply(200, sim.stats)
            if self.path == "/state":
                return self.reply(200, {"config": sim.config, "server_info": sim.server_info, "domains": sim.domains,
                                        "mail": sim.mail, "filters": sim.filters, "dns": sim.dns})
        self.reply(404, {"error": "unknown admin path"})

    def do_POST(self):
        sim = self.server.sim
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8")) if length else {}
            if self.path == "/reset":
                sim.reset(body)
                return self.reply(200, {"ok": True, "accounts": len(sim.mail), "config": sim.config})
            if self.path == "/config":
                return self.reply(200, {"ok": True, "config": sim.set_config(body)})
            self.reply(404, {"error": "unknown admin path"})
        except (ValueError, KeyError, ApiError) as e:
            self.reply(400, {"error": str(e)})


def read_env(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, v = line.split("=", 1)
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]
            env[k.strip()] = v
    return env


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--env", required=True, help="testlab/lab.env")
    p.add_argument("--address", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--admin-port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--dns-port", type=int, required=True)
    p.add_argument("--pidfile")
    w = p.add_argument_group("write-through (off unless given; testlab/start.sh passes them when lab.env says "
                             "LAB_XSERVER_WRITE_THROUGH=yes)")
    w.add_argument("--write-through", action="store_true",
                   help="DNS records of the sync zones (LAB_XSERVER_SYNC_ZONES) and mail accounts created on them "
                        "become real in the lab's NSD and Dovecot")
    w.add_argument("--zone-seeds", help="directory of the committed seed zones (testlab/dns/zones-sim)")
    w.add_argument("--zone-dir", help="directory of the zone files NSD serves for the sync zones")
    w.add_argument("--nsd-pidfile", help="NSD's pid file (SIGHUP reloads changed zone files)")
    w.add_argument("--dovecot-users", help="the lab Dovecot's passwd-file")
    a = p.parse_args()
    env = read_env(a.env)
    write_through = None
    if a.write_through:
        missing = [o for o in ("zone_seeds", "zone_dir", "nsd_pidfile", "dovecot_users") if not getattr(a, o)]
        if missing:
            p.error("--write-through needs --" + ", --".join(m.replace("_", "-") for m in missing))
        write_through = WriteThrough(env.get("LAB_XSERVER_SYNC_ZONES", "").split(), a.zone_seeds, a.zone_dir,
                                     a.nsd_pidfile, a.dovecot_users, a.address, a.dns_port)
    sim = Simulator(env, a.address, a.dns_port, write_through)

    api = ThreadingHTTPServer((a.address, a.port), ApiHandler)
    api.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(a.cert, a.key)
    # the handshake runs in the request's thread, so a silent client cannot stall the accept loop
    api.socket = ctx.wrap_socket(api.socket, server_side=True, do_handshake_on_connect=False)
    api.sim = sim
    admin = ThreadingHTTPServer((a.address, a.admin_port), AdminHandler)
    admin.daemon_threads = True
    admin.sim = sim
    threading.Thread(target=admin.serve_forever, daemon=True).start()
    if a.pidfile:
        with open(a.pidfile, "w") as f:
            f.write(str(os.getpid()) + "\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sys.stderr.write("XServer API simulator on https://%s:%d (admin http://%s:%d)\n"
                     % (a.address, a.port, a.address, a.admin_port))
    try:
        api.serve_forever()
    finally:
        if a.pidfile and os.path.exists(a.pidfile):
            os.remove(a.pidfile)


if __name__ == "__main__":
    main()
