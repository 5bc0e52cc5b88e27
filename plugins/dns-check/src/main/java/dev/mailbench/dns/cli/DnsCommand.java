package dev.mailbench.dns.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.dns.engine.CheckProfile;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.dns.engine.CheckRunner;
import dev.mailbench.dns.engine.DnsSeverity;
import dev.mailbench.dns.engine.DomainReport;
import dev.mailbench.dns.engine.HttpsPolicyFetcher;
import dev.mailbench.dns.engine.LookupState;
import dev.mailbench.dns.engine.MtaStsFetcher;
import dev.mailbench.dns.engine.ReportMaps;
import dev.mailbench.dns.engine.ResolverSettings;
import dev.mailbench.dns.engine.ServerComparison;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench dns check} and {@code mailbench dns compare}. Exit codes of check: 0 nothing worse than
 * a warning, 1 at least one error, 3 something could not be checked (and no error), 4 at least one domain
 * not checked at all (its zone file could not be read: the others were checked), 2 bad input (nothing
 * checked), 70 internal error. With {@code --json} stdout is JSON in every case (JSON-SCHEMA.md).
 */
@Command(name = "dns", mixinStandardHelpOptions = true, subcommands = {DnsCommand.Check.class, DnsCommand.Compare.class},
        description = {"DNS とメール送信認証 (MX, SPF, DKIM, DMARC) の確認", "Check DNS and sender authentication"})
public final class DnsCommand implements Callable<Integer>, CliCommand {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_NOT_ALL_CHECKED = 4;
    /** What the host returns for an exception; with --json we return it ourselves after printing JSON. */
    static final int EXIT_INTERNAL = 70;

    private final WorkbenchApi api;

    @Spec
    CommandSpec spec;

    /** @param api the workbench, for project-based checks; may be null (no --project support) */
    public DnsCommand(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 2;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * {@code dns check}. A class with option fields, not a method with parameters: picocli reads a method
     * parameter's annotations through {@code Method.getParameterAnnotations()}, which parses every parameter's
     * again on each look-up; for this command's 19 parameters that was about 0.2 s of start-up and 37 MB of garbage.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"ドメインを確認します（ライブまたはゾーンファイル）", "Check domains, live or from zone files"})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        DnsCommand parent;

        @Parameters(arity = "0..*", paramLabel = "DOMAIN", description = "domains to check")
        List<String> domains;

        @Option(names = "--server", paramLabel = "IP[:PORT]", description = "DNS server(s), comma-separated; default: the system's")
        String server;

        @Option(names = "--zone", paramLabel = "FILE", description = "BIND zone file <domain>.zone to check instead of live DNS (repeatable)")
        List<Path> zones;

        @Option(names = "--offline", description = "with --zone: do not ask live DNS for names outside the zone")
        boolean offline;

        @Option(names = "--reference-zone", paramLabel = "FILE", description = "zone file answering for names outside the checked domains, e.g. the provider's records or a reverse zone (repeatable)")
        List<Path> referenceZones;

        @Option(names = "--domains-file", paramLabel = "FILE", description = "more domains, one per line")
        Path domainsFile;

        @Option(names = "--project", paramLabel = "FILE", description = "project file: its domains and provider profile")
        Path project;

        @Option(names = "--provider-host", paramLabel = "HOST", description = "provider's mail server, e.g. sv1234.xserver.jp")
        String providerHost;

        @Option(names = "--provider-include", paramLabel = "NAME", description = "provider's SPF include, e.g. spf.sender.xserver.jp")
        String providerInclude;

        @Option(names = "--selector", paramLabel = "SEL", description = "extra DKIM selector (repeatable)")
        List<String> selectors;

        @Option(names = "--former", paramLabel = "HOST", description = "host the customer no longer uses (repeatable)")
        List<String> former;

        @Option(names = "--report-address", paramLabel = "ADDRESS", description = "where DMARC aggregate reports go (default: a mailbox of --project)")
        String reportAddress;

        @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000", description = "per-query deadline per server in ms, retransmissions included (default 3000)")
        int timeoutMs;

        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16", description = "domains checked at once (default 16)")
        int concurrency;

        @Option(names = "--json", description = "JSON output (schema: JSON-SCHEMA.md)")
        boolean json;

        @Option(names = "--stats", description = "print one JSON line to stderr: checks, seconds, distinct live queries")
        boolean stats;

        @Option(names = "--mta-sts-ca", paramLabel = "FILE", description = "CA certificate to trust besides the system's for MTA-STS policy hosts (a lab or company CA)")
        Path mtaStsCa;

        @Option(names = "--mta-sts-port", paramLabel = "PORT", defaultValue = "443", description = "port of the MTA-STS policy hosts (default 443)")
        int mtaStsPort;

        @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "language of texts (default ja)")
        String lang;

        @Override
        public Integer call() {
            Locale locale = Locale.forLanguageTag(lang);
            try {
                if (mtaStsPort < 1 || mtaStsPort > 65535) {
                    throw new IllegalArgumentException("--mta-sts-port は 1〜65535 / --mta-sts-port must be 1-65535");
                }
                MtaStsFetcher policies = mtaStsCa == null && mtaStsPort == 443 ? null : policyFetcher(mtaStsCa, mtaStsPort);
                List<DomainReport> reports = parent.checkAll(domains, server, zones, offline,
                        referenceZones == null ? List.of() : referenceZones, domainsFile, project, providerHost,
                        providerInclude, selectors, former, reportAddress, timeoutMs, concurrency, stats, policies);
                if (json) {
                    parent.writeJson(ReportMaps.run(reports, locale));
                } else {
                    reports.forEach(r -> TextReport.print(r, locale, parent.out()));
                }
                parent.out().flush();
                return exitCode(reports);
            } catch (IllegalArgumentException e) {
                return parent.failed(json, EXIT_BAD_INPUT, "BAD_INPUT", e.getMessage());
            } catch (IOException e) {
                return parent.failed(json, EXIT_BAD_INPUT, "BAD_INPUT", "読み込めません / cannot read: " + e.getMessage());
            } catch (dev.mailbench.api.InvalidProjectException e) {
                throw e; // refused by the host as every command refuses an invalid project, in JSON with --json
            } catch (RuntimeException | StackOverflowError e) {
                if (!json) {
                    throw e; // the host prints it with its stack trace and exits 70
                }
                e.printStackTrace(parent.err());
                return parent.failed(true, EXIT_INTERNAL, "INTERNAL", e.toString());
            }
        }
    }

    /** 4 when a domain was not checked at all, else 1 for any error, 3 for anything that could not be checked, else 0. */
    static int exitCode(List<DomainReport> reports) {
        boolean notChecked = reports.stream().anyMatch(r -> r.notChecked() != null);
        boolean error = reports.stream().anyMatch(r -> r.worst() == DnsSeverity.ERROR);
        boolean unchecked = reports.stream().anyMatch(r -> r.count(DnsSeverity.COULD_NOT_CHECK) > 0);
        return notChecked ? EXIT_NOT_ALL_CHECKED : error ? 1 : unchecked ? 3 : 0;
    }

    /** The message on stderr and, with --json, the JSON error object on stdout. */
    private int failed(boolean json, int exitCode, String code, String message) {
        err().println(message);
        err().flush();
        if (json) {
            writeJson(ReportMaps.failure(code, message));
            out().flush();
        }
        return exitCode;
    }

    private void writeJson(Object value) {
        try {
            // Streamed to the writer: building the whole report as one String first cost as much CPU as
            // the checks themselves for a bulk run. The writer is the console's: Jackson must not close it.
            Json.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out(), value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out().println();
    }

    /** Every domain asked for, each checked or reported as not checked; throws only when nothing can be checked. */
    private List<DomainReport> checkAll(List<String> domains, String server, List<Path> zones, boolean offline,
                                        List<Path> referenceZones, Path domainsFile,
                                        Path project, String providerHost, String providerInclude, List<String> selectors,
                                        List<String> former, String reportAddress, int timeoutMs, int concurrency,
                                        boolean stats, MtaStsFetcher policies) throws IOException {
        List<String> all = new ArrayList<>(domains == null ? List.of() : domains);
        if (domainsFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(domainsFile, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException("--domains-file が UTF-8 ではありません / --domains-file is not UTF-8: " + domainsFile, e);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("--domains-file が見つかりません / --domains-file not found: " + domainsFile, e);
            }
            for (String line : lines) {
                String d = line.strip();
                if (!d.isEmpty() && !d.startsWith("#")) {
                    all.add(d);
                }
            }
        }
        CheckProfile profile = CheckProfile.generic();
        PanelSnapshot panel = null;
        if (project != null) {
            if (api == null) {
                throw new IllegalArgumentException("--project はワークベンチからのみ使えます / --project needs the workbench");
            }
            Project p = api.cli().loadProject(project);
            profile = CheckProfile.forProject(api.cli().providerFor(p), p);
            // the server panel's last import, when the server-panel plugin is there: its DNS against live DNS
            panel = api.services().find(ServerPanelService.class).flatMap(s -> s.lastImport(p)).orElse(null);
            if (p.plugins().get("dns-check") instanceof Map<?, ?> section && section.get("referenceZones") instanceof List<?> named) {
                // The project's own reference zones (relative to its folder) answer before the ones given here.
                List<Path> withProjects = new ArrayList<>();
                named.forEach(n -> withProjects.add(project.toAbsolutePath().getParent().resolve(String.valueOf(n))));
                withProjects.addAll(referenceZones);
                referenceZones = withProjects;
            }
            if (all.isEmpty()) {
                p.domains().forEach(d -> all.add(d.name()));
            }
        }
        Map<String, Path> zoneFiles = new LinkedHashMap<>();
        for (Path z : zones == null ? List.<Path>of() : zones) {
            String name = z.getFileName().toString();
            String domain = name.endsWith(".zone") ? name.substring(0, name.length() - 5)
                    : all.size() == 1 ? all.get(0) : null;
            if (domain == null) {
                throw new IllegalArgumentException("ゾーンファイル名は <ドメイン>.zone にしてください / name zone files <domain>.zone: " + z);
            }
            zoneFiles.put(domain, z);
            if (all.stream().noneMatch(d -> d.equalsIgnoreCase(domain))) {
                all.add(domain);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("確認するドメインを指定してください / give at least one domain");
        }
        if (providerHost != null || providerInclude != null) {
            profile = profile.withMailHost(providerHost == null ? profile.mailHost() : providerHost,
                    providerInclude == null ? profile.spfInclude() : providerInclude);
        }
        if (selectors != null) {
            profile = profile.withExtraSelectors(selectors);
        }
        if (reportAddress != null) {
            profile = profile.withMailboxes(profile.mailboxes(), reportAddress);
        }
        if (former != null) {
            List<String> hosts = new ArrayList<>(profile.formerHosts());
            hosts.addAll(former);
            profile = profile.withFormerHosts(hosts);
        }
        if (timeoutMs < 1 || concurrency < 1) {
            throw new IllegalArgumentException("--timeout と --concurrency は 1 以上 / --timeout and --concurrency must be at least 1");
        }
        ResolverSettings resolver = (server == null || server.isBlank() ? ResolverSettings.system()
                : ResolverSettings.servers(ResolverSettings.parseServers(server)))
                .withTimeout(Duration.ofMillis(timeoutMs)).withMaxInFlight(Math.max(64, concurrency * 8));
        int[] questions = new int[1];
        long cpuStarted = stats ? processCpuNanos() : 0;
        long started = System.nanoTime();
        List<DomainReport> reports = CheckRunner.run(new CheckRunner.Request(all, resolver, zoneFiles, offline, profile,
                concurrency, referenceZones, policies).withPanel(panel), new CheckRunner.Listener() {
                    @Override
                    public void progress(int done, int total, String domain) {
                    }

                    @Override
                    public void finished(int distinctLiveQuestions) {
                        questions[0] = distinctLiveQuestions;
                    }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = stats ? (processCpuNanos() - cpuStarted) / 1e9 : 0;
        if (stats) {
            err().printf(Locale.ROOT, "{\"tool\":\"mailbench\",\"checks\":%d,\"seconds\":%.6f,\"queries\":%d,\"cpu_seconds\":%.3f}%n",
                    reports.size(), seconds, questions[0], cpuSeconds);
            err().flush();
        }
        return reports;
    }

    /** {@code dns compare}; option fields for the reason given at {@link Check}. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"旧・新の権威 DNS サーバーの応答を比較します", "Compare what the old and new authoritative servers answer"})
    static final class Compare implements Callable<Integer> {
        @ParentCommand
        DnsCommand parent;

        @Parameters(paramLabel = "DOMAIN")
        String domain;

        @Option(names = "--old", required = true, paramLabel = "IP[:PORT]", description = "old authoritative server")
        String oldServer;

        @Option(names = "--new", required = true, paramLabel = "IP[:PORT]", description = "new authoritative server")
        String newServer;

        @Option(names = "--selector", paramLabel = "SEL", description = "DKIM selector (repeatable; default: default)")
        List<String> selectors;

        @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000")
        int timeoutMs;

        @Option(names = "--json", description = "JSON output")
        boolean json;

        @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja")
        String lang;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            Locale locale = Locale.forLanguageTag(lang);
            try {
                var rows = ServerComparison.compare(domain, ResolverSettings.parseServers(oldServer).get(0),
                        ResolverSettings.parseServers(newServer).get(0), selectors == null ? List.of("default") : selectors,
                        Duration.ofMillis(Math.max(1, timeoutMs)));
                if (json) {
                    Map<String, Object> root = new LinkedHashMap<>();
                    root.put("schemaVersion", ReportMaps.SCHEMA_VERSION);
                    root.put("domain", domain);
                    root.put("rows", rows);
                    out.println(Json.pretty(root));
                } else {
                    out.printf("%-3s %-36s %-5s %-44s %-44s%n", "", LocalizedText.pick(locale, "名前", "name"),
                            LocalizedText.pick(locale, "種類", "type"), LocalizedText.pick(locale, "旧サーバー (TTL)", "old (TTL)"),
                            LocalizedText.pick(locale, "新サーバー (TTL)", "new (TTL)"));
                    for (var r : rows) {
                        out.printf("%-3s %-36s %-5s %-44s %-44s%n", r.same() ? "=" : "≠", r.name(), r.type(),
                                cell(r.oldState(), r.oldData(), r.oldTtl()), cell(r.newState(), r.newData(), r.newTtl()));
                    }
                    long diff = rows.stream().filter(r -> !r.same()).count();
                    out.println(LocalizedText.pick(locale, rows.size() + " 件中 " + diff + " 件が異なります", diff + " of " + rows.size() + " differ"));
                }
                out.flush();
                return rows.stream().allMatch(ServerComparison.Row::same) ? 0 : 1;
            } catch (IllegalArgumentException e) {
                parent.err().println(e.getMessage());
                parent.err().flush();
                return 2;
            }
        }
    }

    /** CPU time of the whole process (every thread, JIT and GC included), for --stats; -1 where the JVM cannot say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static String cell(LookupState state, List<String> data, long ttl) {
        if (state != LookupState.ANSWERED) {
            return "(" + state + ")";
        }
        String joined = String.join(" | ", data);
        return (joined.length() > 34 ? joined.substring(0, 33) + "…" : joined) + " (" + ttl + ")";
    }

    private static MtaStsFetcher policyFetcher(Path ca, int port) {
        if (ca != null && !java.nio.file.Files.isReadable(ca)) {
            throw new IllegalArgumentException("--mta-sts-ca のファイルを読めません / cannot read the --mta-sts-ca file: " + ca);
        }
        try {
            return new HttpsPolicyFetcher(ca, port, Duration.ofSeconds(10));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("--mta-sts-ca を証明書として読めません / --mta-sts-ca is not a CA certificate: " + ca
                    + " (" + e.getMessage() + ")", e);
        }
    }
}
