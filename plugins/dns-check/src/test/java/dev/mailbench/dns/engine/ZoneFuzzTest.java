package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.dns.cli.DnsCommand;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Mutated zone files and record texts (issue 19): byte flips, truncation, duplicated lines, huge repeats,
 * random records and tags, directives, deep and wide SPF include trees and CNAME chains. No check may
 * throw: every domain gets a report with findings (an unreadable file its own INPUT_ERROR report), the
 * safety net CHECK_FAILED never fires, and {@code dns check --json} prints parseable JSON for a sample.
 *
 * <p>Seeded: a failure names the seed and the mutation number; repeat one with
 * {@code -Ddns.fuzz.seed=S -Ddns.fuzz.only=N} (and {@code -Ddns.fuzz.mutations=N} for a longer run).
 */
class ZoneFuzzTest {
    private static final long SEED = Long.getLong("dns.fuzz.seed", 20261203L);
    private static final int MUTATIONS = Integer.getInteger("dns.fuzz.mutations", 3000);
    private static final int ONLY = Integer.getInteger("dns.fuzz.only", -1);
    /** One mutation in this many also goes through the CLI with --json. */
    private static final int CLI_EVERY = 25;
    private static final byte[] INTERESTING = "\"();$\\\n\t @.*%{}:=-_0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> TYPES = List.of("TXT", "TXT", "TXT", "MX", "A", "AAAA", "CNAME", "NS", "SOA", "PTR", "CAA",
            "SRV", "DNAME", "TYPE123", "FOO", "IN", "3600");
    private static final List<String> OWNERS = List.of("@", "_dmarc", "default._domainkey", "_mta-sts", "_smtp._tls", "www",
            "*.x", "a.b.c", "xn--wgv71a", "-bad-", "..", "_spf");
    private static final List<String> TAGS = List.of("v=spf1", "v=DKIM1", "v=DMARC1", "v=STSv1", "v=TLSRPTv1", "p=", "k=rsa",
            "k=ed25519", "t=y", "fo=1:d:s", "rua=mailto:a@b.test", "ruf=", "sp=reject", "id=", "include:", "redirect=", "ip4:",
            "ip6:", "a:", "mx", "ptr", "exists:%{i}", "all", "~all", "+all", "pct=", "np=", "psd=y", "h=sha256", "s=*");

    /** Record texts of each kind the checker parses, as the lab publishes them. */
    private static final Map<String, String> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("@", "v=spf1 +a:sv1234.xserver.test +a:sample-shoji.test +mx include:spf.sender.xserver.test ~all");
        RECORDS.put("_spf", "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a:%{d}.x.test/24//64 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf2.x.test");
        RECORDS.put("default._domainkey", "v=DKIM1; k=rsa; t=y:s; h=sha256; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzfDb2ievrlj3zuZloFxc"
                + "wPcsUix5xs1KbNI7Ku9Bzgo1ZX+a/XWJxS6qsljZoOca6ZqtiWGKDqwEHGeyPDuknO4rdQupnrJDLIcpKggqKvJ66yF3zO8QxdzBuisZUArRuUcmdGwg5b0UOTZZ");
        RECORDS.put("_dmarc", "v=DMARC1; p=quarantine; sp=none; np=reject; adkim=s; aspf=r; fo=1:d; rua=mailto:a@x.test,mailto:b@y.test!10m; psd=n; t=y");
        RECORDS.put("_mta-sts", "v=STSv1; id=20261129T0000");
        RECORDS.put("_smtp._tls", "v=TLSRPTv1; rua=mailto:tls@x.test,https://report.x.test/tls");
    }

    private record Seed(String domain, byte[] bytes) {
    }

    private record Outcome(int index, String what, String problem) {
    }

    private static final List<Seed> CORPUS = new ArrayList<>();
    private static final CheckProfile PROFILE = TestZones.xserverTest();

    @TempDir
    Path dir;
    private CommandLine cli;

    @BeforeAll
    static void corpus() throws IOException {
        Map<String, byte[]> seen = new LinkedHashMap<>();
        for (Path folder : List.of(TestZones.folder(), Path.of("../../testlab/dns/zones"), Path.of("../../samples"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".zone")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    String name = f.getFileName().toString();
                    if (seen.putIfAbsent(new String(bytes, StandardCharsets.UTF_8), bytes) == null) {
                        CORPUS.add(new Seed(name.substring(0, name.length() - ".zone".length()), bytes));
                    }
                }
            }
        }
        assertThat(CORPUS).as("the lab's zone files").hasSizeGreaterThan(10);
    }

    @Test
    @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedZonesNeverCrashACheck() throws Exception {
        List<Outcome> failures = new ArrayList<>();
        long started = System.nanoTime();
        long slowest = 0;
        String slowestWhat = "";
        int cliRuns = 0;
        Map<String, Long> byOperator = new java.util.HashMap<>();
        for (int i = 0; i < MUTATIONS; i++) {
            if (ONLY >= 0 && i != ONLY) {
                continue;
            }
            Random random = new Random(SEED * 1_000_003L + i);
            Seed seed = CORPUS.get(random.nextInt(CORPUS.size()));
            StringBuilder what = new StringBuilder(seed.domain());
            byte[] mutated = mutate(random, seed, what);
            long one = System.nanoTime();
            String problem = checkOnce(seed.domain(), mutated, i % 2 == 0 ? Locale.ENGLISH : Locale.JAPANESE);
            if (problem == null && i % CLI_EVERY == 0) {
                problem = cliOnce(seed.domain(), mutated);
                cliRuns++;
            }
            long took = System.nanoTime() - one;
            byOperator.merge(what.substring(seed.domain().length()).strip(), took, Long::sum);
            if (took > slowest) {
                slowest = took;
                slowestWhat = "#" + i + " " + what;
            }
            if (problem != null) {
                failures.add(new Outcome(i, what.toString(), problem));
                keep(i, seed.domain(), mutated);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "ZoneFuzzTest: seed %d, %d mutations (%d also through the CLI) in %.1f s; slowest %.0f ms (%s)%n",
                SEED, ONLY >= 0 ? 1 : MUTATIONS, cliRuns, seconds, slowest / 1e6, slowestWhat);
        if (Boolean.getBoolean("dns.fuzz.profile")) {
            Map<String, Long> single = new java.util.TreeMap<>();
            byOperator.forEach((ops, nanos) -> java.util.Arrays.stream(ops.split(" ")).forEach(op -> single.merge(op, nanos, Long::sum)));
            single.forEach((op, nanos) -> System.out.printf(Locale.ROOT, "  %-16s %6.1f s%n", op, nanos / 1e9));
        }
        assertThat(failures).as("seed %d: %d of %d mutations failed; repeat one with -Ddns.fuzz.seed=%d -Ddns.fuzz.only=N"
                        + " (inputs kept in target/fuzz-failures). First: %s", SEED, failures.size(), MUTATIONS, SEED,
                failures.stream().limit(5).map(Outcome::toString).toList()).isEmpty();
    }

    /** The inputs that crashed a check or lost the batch before issue 19, through the same checks. */
    @Test
    void theCrashesOfIssue19AreFixedCases() throws Exception {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("txt-over-64k", HostileZones.txtOver64k("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("dkim-one-long-string", HostileZones.dkimOneLongString("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("dmarc-long-fo", HostileZones.dmarcLongFo("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("long-tls-rpt-and-mta-sts", HostileZones.longTlsRptAndMtaSts("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("unknown-type", HostileZones.unknownTypeOnLine11("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("bad-directive", HostileZones.badDirectiveOnLine2("case.test").getBytes(StandardCharsets.UTF_8));
        cases.put("shift-jis", HostileZones.shiftJis("case.test"));
        cases.put("self-include", (HostileZones.healthy("case.test") + "$INCLUDE " + dir.resolve("case.test.zone").toAbsolutePath() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        cases.put("huge-generate", (HostileZones.healthy("case.test") + "$GENERATE 0-4000000000 h$ A 192.0.2.1\n").getBytes(StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        for (var c : cases.entrySet()) {
            String problem = checkOnce("case.test", c.getValue(), Locale.ENGLISH);
            if (problem == null) {
                problem = cliOnce("case.test", c.getValue());
            }
            if (problem != null) {
                failures.add(c.getKey() + ": " + problem);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Null when the engine gave a sound report for {@code bytes} as the zone of {@code domain}; else what went wrong. */
    private String checkOnce(String domain, byte[] bytes, Locale locale) {
        try {
            Path file = HostileZones.write(dir, domain, bytes);
            List<DomainReport> reports = CheckRunner.run(new CheckRunner.Request(List.of(domain), ResolverSettings.system(),
                    Map.of(domain, file), true, PROFILE, 1), (d, t, n) -> { });
            if (reports.size() != 1) {
                return reports.size() + " reports";
            }
            DomainReport r = reports.get(0);
            if (r.findings().isEmpty()) {
                return "no findings";
            }
            if (r.codes().contains(FindingCode.CHECK_FAILED)) {
                return "the check failed: " + r.findings().get(0).detail().en();
            }
            if (r.notChecked() != null && (!r.codes().equals(List.of(FindingCode.ZONE_FILE_UNREADABLE))
                    || r.notChecked().message().en().contains("<none>") || r.notChecked().message().ja().isBlank())) {
                return "unreadable zone reported as " + r.codes() + ": " + r.notChecked().message().en();
            }
            Json.mapper().readTree(Json.line(ReportMaps.run(reports, locale)));
            return null;
        } catch (RuntimeException | Error | IOException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return e + " at " + trace.toString().lines().skip(1).limit(4).map(String::strip).toList();
        }
    }

    /** Null when {@code dns check --zone FILE --offline --json} printed JSON with a documented exit code. */
    private String cliOnce(String domain, byte[] bytes) {
        Path file = HostileZones.write(dir, domain, bytes);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        if (cli == null) {
            cli = new CommandLine(new DnsCommand(null)); // once: reading the annotations again was most of this test's time
        }
        CommandLine cl = cli;
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("check", "--zone", file.toString(), "--offline", "--json");
        if (!List.of(0, 1, 3, 4).contains(code)) {
            return "exit " + code + ": " + err.toString().lines().limit(3).toList();
        }
        try {
            JsonNode root = Json.mapper().readTree(out.toString());
            JsonNode d = root.get("domains").get(0);
            if (!d.get("domain").asText().equals(domain) || d.get("findings").isEmpty()) {
                return "JSON without the domain's findings";
            }
            return code == 4 && !d.get("status").asText().equals("INPUT_ERROR") ? "exit 4 for status " + d.get("status") : null;
        } catch (IOException | RuntimeException e) {
            return "not JSON (" + e.getMessage() + "): " + out.toString().lines().limit(2).toList();
        }
    }

    private static void keep(int index, String domain, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(folder.resolve(SEED + "-" + index + "-" + domain + ".zone"), bytes);
        } catch (IOException | RuntimeException e) {
            // the failure message says seed and number; keeping the file is a convenience
        }
    }

    // --- Mutations ---

    private static byte[] mutate(Random random, Seed seed, StringBuilder what) {
        byte[] bytes = seed.bytes();
        int operators = 1 + random.nextInt(3);
        for (int k = 0; k < operators; k++) {
            int op = random.nextInt(9);
            what.append(' ').append(switch (op) {
                case 0 -> "flip";
                case 1 -> "truncate";
                case 2 -> "duplicate-lines";
                case 3 -> "huge-repeat";
                case 4 -> "random-record";
                case 5 -> "directive";
                case 6 -> "include-tree";
                case 7 -> "cname-chain";
                default -> "record-text";
            });
            bytes = switch (op) {
                case 0 -> flip(random, bytes);
                case 1 -> bytes.length == 0 ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                case 2 -> duplicateLines(random, bytes);
                case 3 -> hugeRepeat(random, bytes);
                case 4 -> append(bytes, randomRecord(random));
                case 5 -> append(bytes, directive(random, seed.domain()));
                case 6 -> append(bytes, includeTree(random, seed.domain()));
                case 7 -> append(bytes, cnameChain(random));
                default -> append(bytes, recordText(random));
            };
        }
        return bytes;
    }

    private static byte[] flip(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] out = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            out[random.nextInt(out.length)] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] duplicateLines(Random random, byte[] bytes) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int from = random.nextInt(lines.size());
        List<String> block = List.copyOf(lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(5))));
        int times = 1 + random.nextInt(random.nextInt(20) == 0 ? 500 : 5);
        int at = random.nextInt(lines.size() + 1);
        for (int i = 0; i < times; i++) {
            lines.addAll(at, block);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A short piece of the file repeated to between 1 KB and 120 KB, somewhere in it: giant tokens and strings. */
    private static byte[] hugeRepeat(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(40));
        int target = 1_000 + random.nextInt(random.nextInt(6) == 0 ? 120_000 : 10_000);
        byte[] piece = java.util.Arrays.copyOfRange(bytes, from, from + length);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + target);
        int at = random.nextInt(bytes.length + 1);
        out.write(bytes, 0, at);
        for (int written = 0; written < target; written += piece.length) {
            out.write(piece, 0, piece.length);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String randomRecord(Random random) {
        StringBuilder line = new StringBuilder(pick(random, OWNERS));
        if (random.nextBoolean()) {
            line.append(' ').append(random.nextInt(5) == 0 ? String.valueOf(random.nextLong()) : String.valueOf(random.nextInt(86_400)));
        }
        line.append(random.nextBoolean() ? " IN " : " ").append(pick(random, TYPES));
        int tokens = random.nextInt(6);
        for (int i = 0; i < tokens; i++) {
            line.append(' ').append(switch (random.nextInt(5)) {
                case 0 -> String.valueOf(random.nextInt(70_000));
                case 1 -> "192.0.2." + random.nextInt(300);
                case 2 -> pick(random, OWNERS) + ".x.test.";
                case 3 -> quoted(tags(random));
                default -> "(";
            });
        }
        return line.toString();
    }

    private static String tags(Random random) {
        StringBuilder text = new StringBuilder(pick(random, TAGS));
        int n = random.nextInt(random.nextInt(8) == 0 ? 2_000 : 12);
        for (int i = 0; i < n; i++) {
            text.append(random.nextBoolean() ? "; " : " ").append(pick(random, TAGS));
            if (random.nextBoolean()) {
                text.append(random.nextInt(1000));
            }
        }
        return text.toString();
    }

    private static String directive(Random random, String domain) {
        return switch (random.nextInt(6)) {
            case 0 -> "$TTL " + (random.nextBoolean() ? String.valueOf(random.nextLong()) : random.nextInt(100) + "w" + random.nextInt(9) + "d");
            case 1 -> "$ORIGIN " + (random.nextBoolean() ? pick(random, OWNERS) : pick(random, OWNERS) + "." + domain + ".");
            case 2 -> {
                // a few thousand at most: the 4-billion range is a fixed case, and the record cap makes each one take time
                int start = random.nextInt(100);
                yield "$GENERATE " + start + "-" + (start + random.nextInt(random.nextInt(20) == 0 ? 5_000 : 50)) + " h$ "
                        + pick(random, List.of("A 192.0.2.$", "TXT \"v=spf1 include:h$.x.test ~all\"", "CNAME h${1,3,d}", "PTR h$.")) ;
            }
            case 3 -> "$INCLUDE " + (random.nextBoolean() ? domain + ".zone" : "/etc/hostname");
            case 4 -> "$" + pick(random, List.of("FOO", "ttl", "GENERATE", "INCLUDE", "ORIGIN", ""));
            default -> "$TTL";
        };
    }

    /** SPF records at n0..nK, each including some of the next ones (and sometimes an earlier one: loops). */
    private static String includeTree(Random random, String domain) {
        int depth = 2 + random.nextInt(30);
        int fanOut = 1 + random.nextInt(8);
        StringBuilder zone = new StringBuilder("@ TXT \"v=spf1 include:n0." + domain + ". ~all\"\n");
        for (int i = 0; i < depth; i++) {
            StringBuilder record = new StringBuilder("v=spf1");
            for (int f = 0; f < fanOut; f++) {
                int next = random.nextInt(6) == 0 ? random.nextInt(depth) : Math.min(depth, i + 1 + f);
                record.append(random.nextBoolean() ? " include:n" : " redirect=n").append(next).append('.').append(domain).append('.');
            }
            zone.append('n').append(i).append(" TXT ").append(quoted(record.append(" ~all").toString())).append('\n');
        }
        return zone.toString();
    }

    private static String cnameChain(Random random) {
        int length = 2 + random.nextInt(20);
        String[] owners = {"_dmarc", "default._domainkey", "_mta-sts", "www", "@"};
        StringBuilder zone = new StringBuilder(owners[random.nextInt(owners.length)] + " CNAME c0\n");
        for (int i = 0; i < length; i++) {
            zone.append('c').append(i).append(" CNAME c").append(random.nextInt(4) == 0 ? random.nextInt(length) : i + 1).append('\n');
        }
        return zone.toString();
    }

    /** One of the record texts, mutated, published at its owner. */
    private static String recordText(Random random) {
        var entries = List.copyOf(RECORDS.entrySet());
        var entry = entries.get(random.nextInt(entries.size()));
        StringBuilder text = new StringBuilder(entry.getValue());
        int edits = 1 + random.nextInt(6);
        String alphabet = "v=spf1DKIMARCSTLR;:/.%{}+-~?!@ _aipmxeclude0123456789\"\\\té日,";
        for (int i = 0; i < edits; i++) {
            int pos = text.length() == 0 ? 0 : random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(6)) {
                case 0 -> text.insert(pos, c);
                case 1 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(pos);
                    }
                }
                case 2 -> {
                    if (text.length() > 0) {
                        text.setCharAt(pos, c);
                    }
                }
                case 3 -> text.insert(pos, text.substring(pos, Math.min(text.length(), pos + random.nextInt(20))));
                case 4 -> text.insert(pos, text.substring(pos, Math.min(text.length(), pos + 1 + random.nextInt(8)))
                        .repeat(1 + random.nextInt(random.nextInt(6) == 0 ? 8_000 : 50)));
                default -> text.append(random.nextBoolean() ? "; " : " ").append(tags(random));
            }
        }
        return entry.getKey() + " TXT " + quoted(text.toString());
    }

    /** {@code value} as quoted strings of at most 250 characters, quotes and backslashes escaped. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("( \"");
        int inString = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (inString >= 250) {
                out.append("\" \"");
                inString = 0;
            }
            if (c == '"' || c == '\\') {
                out.append('\\'); // escaped here so a string is never cut inside an escape
            }
            out.append(c);
            inString++;
        }
        return out.append("\" )").toString();
    }

    private static byte[] append(byte[] bytes, String lines) {
        byte[] add = ("\n" + lines + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + add.length);
        System.arraycopy(add, 0, out, bytes.length, add.length);
        return out;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
