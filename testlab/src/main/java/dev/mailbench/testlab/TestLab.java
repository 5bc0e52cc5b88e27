package dev.mailbench.testlab;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a test needs to know about the running lab: host names, ports, users, CA, DNS server, zones.
 *
 * <p>All static values come from {@code testlab/lab.env} (the single source the shell scripts also
 * source); runtime facts (mail root, mail owner) from {@code testlab/run/lab.properties}, written by
 * {@code testlab/start.sh}. The lab directory is found from the system property
 * {@code mailbench.testlab.dir}, the environment variable {@code MAILBENCH_TESTLAB_DIR}, or by walking
 * up from the working directory to a {@code testlab/lab.env}.
 */
public final class TestLab {

    public static final String START_HINT = "start it with: sudo testlab/start.sh (from the repository root)";

    /** Healthy Xserver-style customer domain. */
    public static final String ZONE_HEALTHY = "sample-shoji.test";
    /** The provider: sv1234 host, name servers, {@code spf.sender} include. */
    public static final String ZONE_PROVIDER = "xserver.test";
    public static final String ZONE_OLD_PROVIDER = "old-provider.test";
    public static final String ZONE_OLD_HOST = "old-host.test";
    public static final String ZONE_BROKEN_SPF = "broken-spf.test";
    public static final String ZONE_TOO_MANY_LOOKUPS = "too-many-lookups.test";
    public static final String ZONE_WEAK_DKIM = "weak-dkim.test";
    public static final String ZONE_BAD_DMARC = "bad-dmarc.test";
    public static final String ZONE_DMARC_VENDOR = "dmarc-vendor.test";
    public static final String ZONE_CNAME_MX = "cname-mx.test";
    public static final String ZONE_LONG_TXT = "long-txt.test";
    public static final String ZONE_NO_AUTH = "no-auth.test";
    /** Configured in NSD without data: every query answers SERVFAIL. */
    public static final String ZONE_SERVFAIL = "servfail.test";
    /** Not served at all: NSD answers REFUSED. */
    public static final String ZONE_NOT_SERVED = "not-served.test";

    private static volatile TestLab cached;

    private final Path labDir;
    private final Map<String, String> env;
    private final Properties runtime;

    private TestLab(Path labDir, Map<String, String> env, Properties runtime) {
        this.labDir = labDir;
        this.env = env;
        this.runtime = runtime;
    }

    /** Loads (once per JVM) the lab description. Does not check that the lab runs: see {@link #problems}. */
    public static TestLab load() {
        TestLab lab = cached;
        if (lab == null) {
            synchronized (TestLab.class) {
                if (cached == null) {
                    cached = load(findLabDir());
                }
                lab = cached;
            }
        }
        return lab;
    }

    /** Loads the lab description from a given {@code testlab} directory. */
    public static TestLab load(Path labDir) {
        Path envFile = labDir.resolve("lab.env");
        try {
            Map<String, String> env = parseEnv(Files.readAllLines(envFile, StandardCharsets.UTF_8));
            Properties runtime = new Properties();
            Path props = labDir.resolve("run/lab.properties");
            if (Files.isRegularFile(props)) {
                try (InputStream in = Files.newInputStream(props)) {
                    runtime.load(in);
                }
            }
            return new TestLab(labDir.toAbsolutePath().normalize(), env, runtime);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + envFile + ": " + e, e);
        }
    }

    static Map<String, String> parseEnv(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                continue;
            }
            String value = line.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            out.put(line.substring(0, eq).strip(), value);
        }
        return Collections.unmodifiableMap(out);
    }

    static Path findLabDir() {
        String prop = System.getProperty("mailbench.testlab.dir");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop);
        }
        String envDir = System.getenv("MAILBENCH_TESTLAB_DIR");
        if (envDir != null && !envDir.isBlank()) {
            return Paths.get(envDir);
        }
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("testlab/lab.env"))) {
                return p.resolve("testlab");
            }
            if (p.getFileName() != null && p.getFileName().toString().equals("testlab")
                    && Files.isRegularFile(p.resolve("lab.env"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find testlab/lab.env above " + dir
                + "; set -Dmailbench.testlab.dir=<repo>/testlab or MAILBENCH_TESTLAB_DIR");
    }

    // ------------------------------------------------------------------ raw values

    /** A raw value of {@code lab.env}, e.g. {@code get("LAB_IMAPS_PORT")}. */
    public String get(String key) {
        String v = env.get(key);
        if (v == null) {
            throw new IllegalArgumentException("lab.env has no " + key);
        }
        return v;
    }

    public int port(String key) {
        return Integer.parseInt(get(key));
    }

    public Map<String, String> values() {
        return env;
    }

    // ------------------------------------------------------------------ hosts

    /** 127.0.0.1: every lab listener binds here. */
    public InetAddress address() {
        try {
            return InetAddress.getByName(get("LAB_ADDRESS"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code sv1234.xserver.test}: the name in the server certificate (use this and TLS verifies). */
    public String serverHost() {
        return get("LAB_SERVER_HOST");
    }

    /** {@code mail.sample-shoji.test}: resolves to the lab, NOT in the certificate (name mismatch). */
    public String customerMailHost() {
        return get("LAB_CUSTOMER_MAIL_HOST");
    }

    /** {@code sample-shoji.test}: the customer's domain (also resolves to the lab, not in the certificate). */
    public String domain() {
        return get("LAB_DOMAIN");
    }

    /** Host names that start.sh maps to the lab address in /etc/hosts. */
    public List<String> hostNames() {
        return List.of(get("LAB_HOSTS").trim().split("\\s+"));
    }

    // ------------------------------------------------------------------ ports

    public int imapsPort() { return port("LAB_IMAPS_PORT"); }
    public int imapStarttlsPort() { return port("LAB_IMAP_PORT"); }
    public int pop3sPort() { return port("LAB_POP3S_PORT"); }
    public int pop3StarttlsPort() { return port("LAB_POP3_PORT"); }
    /** Implicit TLS submission, the 465 role. */
    public int submissionsPort() { return port("LAB_SUBMISSIONS_PORT"); }
    /** STARTTLS submission, the 587 role. */
    public int submissionPort() { return port("LAB_SUBMISSION_PORT"); }
    /** MX role (25 role): no AUTH, lab domain recipients only. */
    public int smtpPort() { return port("LAB_SMTP_PORT"); }
    public int dnsPort() { return port("LAB_DNS_PORT"); }
    /** The "old DNS operator" (second NSD): the customer's zone before the move, from dns/zones-old/. */
    public int dnsOldPort() { return port("LAB_DNS_OLD_PORT"); }
    /** Dovecot LMTP (what Postfix delivers to); lets a test deliver without SMTP AUTH. */
    public int lmtpPort() { return port("LAB_LMTP_PORT"); }
    /** Nothing listens: connect is refused. */
    public int refusedPort() { return port("LAB_REFUSED_PORT"); }
    /** Accepts and closes at once: the client reads EOF. */
    public int dropPort() { return port("LAB_DROP_PORT"); }
    /** Accepts TCP (and UDP datagrams) and never answers: timeouts. */
    public int blackholePort() { return port("LAB_BLACKHOLE_PORT"); }
    /** TLS with a self-signed certificate for the server host, not issued by the lab CA. */
    public int untrustedTlsPort() { return port("LAB_UNTRUSTED_TLS_PORT"); }
    /** Speaks TLS from the first byte with the lab certificate: a plain or STARTTLS client gets silence. */
    public int tlsOnlyPort() { return port("LAB_TLS_ONLY_PORT"); }
    /** SMTP submission that refuses mail without SMTP AUTH (530); logs in {@link #info()} only, delivers nothing. */
    public int authRequiredPort() { return port("LAB_AUTH_REQUIRED_PORT"); }

    /** The authoritative DNS server (NSD), UDP and TCP. */
    public InetSocketAddress dnsServer() {
        return new InetSocketAddress(address(), dnsPort());
    }

    /** NSD behind the lossy proxy: {@link #lossyDnsLoss()} of the datagrams sent to it are lost, some answers late. */
    public int lossyDnsPort() { return port("LAB_LOSSY_DNS_PORT"); }

    /** NSD's zones over a lossy, slow network (UDP); TCP on the same port reaches NSD unchanged. */
    public InetSocketAddress lossyDnsServer() {
        return new InetSocketAddress(address(), lossyDnsPort());
    }

    /** The share of the client's datagrams the lossy proxy drops (0.3 = 30 %). */
    public double lossyDnsLoss() {
        return Double.parseDouble(get("LAB_LOSSY_DNS_LOSS"));
    }

    /** The old DNS operator's server: {@code sample-shoji.test} as it was before the move to Xserver. */
    public InetSocketAddress dnsOldServer() {
        return new InetSocketAddress(address(), dnsOldPort());
    }

    // ------------------------------------------------------------------ users

    public LabUser info() { return user("LAB_USER_INFO", "LAB_PASSWORD", "LAB_QUOTA_DEFAULT"); }
    public LabUser billing() { return user("LAB_USER_BILLING", "LAB_PASSWORD", "LAB_QUOTA_DEFAULT"); }
    public LabUser taro() { return user("LAB_USER_TARO", "LAB_PASSWORD", "LAB_QUOTA_DEFAULT"); }
    /** Quota 1 MB, pre-filled to about 90 % by start.sh: large deliveries are rejected. */
    public LabUser full() { return user("LAB_USER_FULL", "LAB_PASSWORD", "LAB_QUOTA_FULL"); }
    /** For benchmarks (20,000 seeded messages), no quota. */
    public LabUser bench() { return new LabUser(get("LAB_USER_BENCH"), get("LAB_PASSWORD_BENCH"), 0); }
    /** Reset and re-seeded by the lab self-test: do not use in other tests. */
    public LabUser selftest() { return user("LAB_USER_SELFTEST", "LAB_PASSWORD", "LAB_QUOTA_DEFAULT"); }
    /** POP3-only account of the archive exporter's tests (reseeded by them only). */
    public LabUser pop() { return user("LAB_USER_POP", "LAB_PASSWORD", "LAB_QUOTA_DEFAULT"); }

    public List<LabUser> users() {
        return List.of(info(), billing(), taro(), full(), bench(), selftest(), pop());
    }

    public LabUser user(String address) {
        return users().stream().filter(u -> u.address().equalsIgnoreCase(address)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lab user " + address));
    }

    private LabUser user(String addressKey, String passwordKey, String quotaKey) {
        return new LabUser(get(addressKey), get(passwordKey), Long.parseLong(get(quotaKey)));
    }

    /**
     * Migration copy test users, no quota: pair {@code n} (1-3) is {@code migsrcN@} → {@code migdstN@} (pair 1 without
     * the digit). Reseeded and emptied by the migration tests only.
     */
    public LabUser migrationSource(int pair) { return migrationUser("migsrc", pair); }
    public LabUser migrationDestination(int pair) { return migrationUser("migdst", pair); }

    /** Migration copy destination with a 400 KB quota: APPENDs beyond it are refused. Emptied by the migration tests only. */
    public LabUser migrationSmallDestination() {
        return new LabUser(get("LAB_USER_MIG_SMALL"), get("LAB_PASSWORD_MIG"), Long.parseLong(get("LAB_QUOTA_MIG_SMALL")));
    }

    private LabUser migrationUser(String prefix, int pair) {
        String local = prefix + (pair == 1 ? "" : Integer.toString(pair));
        for (String address : get("LAB_MIG_USERS").split("\\s+")) {
            if (address.startsWith(local + "@")) {
                return new LabUser(address, get("LAB_PASSWORD_MIG"), 0);
            }
        }
        throw new IllegalArgumentException("no migration lab user " + local + " in lab.env");
    }

    // ------------------------------------------------------------------ TLS

    public Path labDir() { return labDir; }
    public Path runDir() { return labDir.resolve("run"); }
    /** PEM of the lab CA (generated by start.sh). */
    public Path caCertificate() { return runDir().resolve("ca/ca.crt"); }
    /** PKCS12 truststore holding only the lab CA; password {@link #trustStorePassword()}. */
    public Path trustStore() { return runDir().resolve("ca/truststore.p12"); }
    public char[] trustStorePassword() { return get("LAB_TRUSTSTORE_PASSWORD").toCharArray(); }

    /** An SSLContext that trusts the lab CA only. */
    public SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(caCertificate())) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            ks.setCertificateEntry("mailbench-testlab-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the lab CA " + caCertificate() + " (" + START_HINT + "): " + e, e);
        }
    }

    public SSLSocketFactory sslSocketFactory() {
        return sslContext().getSocketFactory();
    }

    // ------------------------------------------------------------------ mailboxes and zones

    /** Root of the mail homes ({@code <root>/<domain>/<local part>/Maildir}). */
    public Path mailRoot() {
        String root = runtime.getProperty("mail.root");
        return root != null ? Paths.get(root) : runDir().resolve("data/mail");
    }

    public Path maildir(LabUser user) {
        return mailRoot().resolve(user.domain()).resolve(user.localPart()).resolve("Maildir");
    }

    /** Owner uid of the mail files (Dovecot's mail_uid), or -1 if unknown. */
    public int mailUid() { return Integer.parseInt(runtime.getProperty("mail.uid", "-1")); }
    public int mailGid() { return Integer.parseInt(runtime.getProperty("mail.gid", "-1")); }

    /** Zones NSD serves with data (from {@code testlab/dns/zones/*.zone}), sorted. */
    public List<String> zones() {
        try (Stream<Path> s = Files.list(labDir.resolve("dns/zones"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zone"))
                    .map(n -> n.substring(0, n.length() - ".zone".length())).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path zoneFile(String zone) {
        return labDir.resolve("dns/zones").resolve(zone + ".zone");
    }

    /** DKIM private key files committed with the zones ({@code testlab/dns/keys}). */
    public Path dkimPrivateKey(String domain, String selector, int bits) {
        return labDir.resolve("dns/keys").resolve(domain + "." + selector + "." + bits + ".key");
    }

    // ------------------------------------------------------------------ XServer API simulator

    public int xserverApiPort() { return port("LAB_XSERVER_API_PORT"); }
    public int xserverAdminPort() { return port("LAB_XSERVER_ADMIN_PORT"); }

    /** {@code https://127.0.0.1:24800}: the simulator's base URL (its certificate names the address too). */
    public java.net.URI xserverApiBase() {
        return java.net.URI.create("https://" + get("LAB_ADDRESS") + ":" + xserverApiPort());
    }

    /** The admin port: POST /reset, POST /config, GET /stats (testlab/README.md). */
    public java.net.URI xserverAdminBase() {
        return java.net.URI.create("http://" + get("LAB_ADDRESS") + ":" + xserverAdminPort());
    }

    /** {@code xs123456.xsrv.jp}: the simulated server's initial domain. */
    public String xserverServername() { return get("LAB_XSERVER_SERVERNAME"); }

    /** A test key by kind: FULL, READ, CUSTOM, EXPIRED, SOON, IP ({@code LAB_XSERVER_KEY_*}). */
    public String xserverKey(String kind) { return get("LAB_XSERVER_KEY_" + kind); }

    /** Sends one admin request (JSON body, or null for GET) and returns the answer's body. */
    public String xserverAdmin(String method, String path, String json) {
        try {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(xserverAdminBase().resolve(path))
                    .timeout(java.time.Duration.ofSeconds(10)).header("Content-Type", "application/json");
            b = json == null ? b.GET() : b.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                    .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("simulator admin " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("simulator admin port not reachable (" + START_HINT + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ reachability

    /** Empty when every needed service answers; otherwise one line per problem. */
    public List<String> problems(Set<LabService> needed) {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(caCertificate())) {
            out.add("lab CA missing: " + caCertificate());
        }
        for (String host : hostNames()) {
            try {
                InetAddress a = InetAddress.getByName(host);
                if (!a.isLoopbackAddress()) {
                    out.add(host + " resolves to " + a.getHostAddress() + ", not to the lab (/etc/hosts)");
                }
            } catch (IOException e) {
                out.add(host + " does not resolve (start.sh adds it to /etc/hosts)");
            }
        }
        EnumSet<LabService> set = needed.isEmpty() ? LabService.byDefault() : EnumSet.copyOf(needed);
        for (LabService s : set) {
            switch (s) {
                case IMAP -> tcp(out, "IMAPS", imapsPort(), "IMAP STARTTLS", imapStarttlsPort());
                case POP3 -> tcp(out, "POP3S", pop3sPort(), "POP3 STARTTLS", pop3StarttlsPort());
                case SMTP -> tcp(out, "SMTP submission (465 role)", submissionsPort(),
                        "SMTP submission (587 role)", submissionPort());
                case DNS -> dns(out);
                case FAILURE_ENDPOINTS -> tcp(out, "drop endpoint", dropPort(), "blackhole endpoint", blackholePort(),
                        "untrusted TLS endpoint", untrustedTlsPort());
                // TCP only: a UDP probe through a proxy that drops a third of the datagrams would itself be flaky
                case LOSSY_DNS -> tcp(out, "lossy DNS proxy", lossyDnsPort());
                case CLIENT_FAULT_ENDPOINTS -> tcp(out, "TLS-only endpoint", tlsOnlyPort(), "AUTH-required endpoint", authRequiredPort());
                case XSERVER_API -> tcp(out, "XServer API simulator", xserverApiPort(),
                        "XServer API simulator admin", xserverAdminPort());
                default -> throw new IllegalStateException(s.toString());
            }
        }
        return out;
    }

    private void tcp(List<String> out, Object... namePorts) {
        for (int i = 0; i < namePorts.length; i += 2) {
            int port = (Integer) namePorts[i + 1];
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address(), port), 1000);
            } catch (IOException e) {
                out.add(namePorts[i] + " on " + get("LAB_ADDRESS") + ":" + port + " not reachable (" + e.getMessage() + ")");
            }
        }
    }

    private void dns(List<String> out) {
        byte[] q = {0x4d, 0x42, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
            12, 's', 'a', 'm', 'p', 'l', 'e', '-', 's', 'h', 'o', 'j', 'i', 4, 't', 'e', 's', 't', 0, 0, 6, 0, 1};
        try (DatagramSocket ds = new DatagramSocket()) {
            ds.setSoTimeout(1500);
            ds.send(new DatagramPacket(q, q.length, dnsServer()));
            byte[] buf = new byte[1500];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            ds.receive(p);
            if (p.getLength() < 12 || (buf[3] & 0x0f) != 0) {
                out.add("DNS on " + dnsServer() + " did not answer SOA " + ZONE_HEALTHY + " with NOERROR");
            }
        } catch (SocketTimeoutException e) {
            out.add("DNS on udp " + dnsServer() + " does not answer");
        } catch (IOException e) {
            out.add("DNS on udp " + dnsServer() + ": " + e.getMessage());
        }
        tcp(out, "DNS (TCP)", dnsPort());
    }

    /** Throws {@link IllegalStateException} naming start.sh if a needed service is not reachable. */
    public TestLab requireRunning(LabService... needed) {
        List<String> p = problems(needed.length == 0 ? LabService.byDefault() : EnumSet.of(needed[0], needed));
        if (!p.isEmpty()) {
            throw new IllegalStateException(notRunningMessage(p));
        }
        return this;
    }

    String notRunningMessage(List<String> problems) {
        return "MailBench test lab is not running or incomplete (" + String.join("; ", problems) + "). "
                + START_HINT + " — lab dir: " + labDir;
    }

    @Override
    public String toString() {
        return "TestLab[" + labDir + ", " + serverHost() + "@" + get("LAB_ADDRESS") + "]";
    }
}
