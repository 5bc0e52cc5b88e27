package dev.mailbench.dns.engine;

import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks many domains in one run: one answer cache shared by all of them, a bounded number of domains in
 * flight, progress after each domain and cancellation between domains.
 */
public final class CheckRunner {
    /**
     * @param zoneFiles   domain → zone file to check instead of live DNS
     * @param offline     names outside the zone files are not asked at all
     * @param concurrency domains checked at the same time
     * @param referenceZones zone files of names outside the checked domains (the provider's published records, a
     *                    reverse zone) that answer for those names before live DNS is asked; offline, they are all
     *                    that answers outside the zone files
     * @param policies    fetches MTA-STS policies in a live run; null for HTTPS on port 443 with the system trust
     * @param panel       the server panel's last import: a live run compares its DNS records with live DNS for the
     *                    domains it knows ({@link PanelDnsComparison}); null without one
     */
    public record Request(List<String> domains, ResolverSettings resolver, Map<String, Path> zoneFiles, boolean offline,
                          CheckProfile profile, int concurrency, List<Path> referenceZones, MtaStsFetcher policies,
                          PanelSnapshot panel) {
        public Request {
            domains = List.copyOf(domains);
            zoneFiles = Map.copyOf(zoneFiles);
            concurrency = Math.max(1, concurrency);
            referenceZones = List.copyOf(referenceZones);
        }

        public Request(List<String> domains, ResolverSettings resolver, Map<String, Path> zoneFiles, boolean offline,
                       CheckProfile profile, int concurrency) {
            this(domains, resolver, zoneFiles, offline, profile, concurrency, List.of(), null, null);
        }

        public Request(List<String> domains, ResolverSettings resolver, Map<String, Path> zoneFiles, boolean offline,
                       CheckProfile profile, int concurrency, List<Path> referenceZones) {
            this(domains, resolver, zoneFiles, offline, profile, concurrency, referenceZones, null, null);
        }

        public Request(List<String> domains, ResolverSettings resolver, Map<String, Path> zoneFiles, boolean offline,
                       CheckProfile profile, int concurrency, List<Path> referenceZones, MtaStsFetcher policies) {
            this(domains, resolver, zoneFiles, offline, profile, concurrency, referenceZones, policies, null);
        }

        public Request withPolicies(MtaStsFetcher fetcher) {
            return new Request(domains, resolver, zoneFiles, offline, profile, concurrency, referenceZones, fetcher, panel);
        }

        public Request withPanel(PanelSnapshot value) {
            return new Request(domains, resolver, zoneFiles, offline, profile, concurrency, referenceZones, policies, value);
        }
    }

    /** Called from worker threads. */
    public interface Listener {
        void progress(int done, int total, String domain);

        default boolean isCancelled() {
            return false;
        }

        /** Called once at the end of a completed run with the number of distinct live questions asked. */
        default void finished(int distinctLiveQuestions) {
        }
    }

    private CheckRunner() {
    }

    /**
     * One report per distinct domain, in order. A zone file that cannot be read gives its domain a report of
     * {@link FindingCode#ZONE_FILE_UNREADABLE}, and a check that fails on something unexpected one of
     * {@link FindingCode#CHECK_FAILED}: the other domains are checked all the same.
     *
     * @throws IllegalArgumentException before any query when a domain name is unusable or a reference zone
     *                                  cannot be read
     * @throws CancellationException    when the listener asked to stop
     */
    public static List<DomainReport> run(Request request, Listener listener) {
        List<String> domains = request.domains().stream().map(DomainChecker::normalise).distinct().toList();
        Map<String, ZoneFiles.Loaded> zones = new LinkedHashMap<>();
        Map<String, DomainReport> unreadable = new LinkedHashMap<>();
        for (var e : request.zoneFiles().entrySet()) {
            String domain = DomainChecker.normalise(e.getKey());
            try {
                zones.put(domain, ZoneFiles.load(e.getValue(), e.getKey()));
            } catch (ZoneFiles.ZoneFileException bad) {
                unreadable.put(domain, DomainReport.unreadable(domain, bad, java.time.Instant.now()));
            }
        }
        List<ZoneFiles.Loaded> references = loadReferenceZones(request.referenceZones());
        LiveDnsSource network = request.offline() ? null : new LiveDnsSource(request.resolver(), true);
        CachingDnsSource live = network == null ? null : new CachingDnsSource(network);
        DnsSource outside = live;
        // Each reference zone answers for its own names and passes the rest on, the last one to live DNS.
        for (int i = references.size() - 1; i >= 0; i--) {
            outside = new ZoneDnsSource(references.get(i), outside);
        }
        Map<String, DomainChecker> checkers = new LinkedHashMap<>();
        for (String d : domains) {
            ZoneFiles.Loaded zone = zones.get(d);
            DomainChecker checker = zone == null
                    ? new DomainChecker(outside == null ? offlineOnly() : outside, request.profile(), false)
                    : new DomainChecker(new CachingDnsSource(new ZoneDnsSource(zone, outside)), request.profile(), zone,
                            java.time.Clock.systemUTC());
            if (!request.offline()) {
                // The standard fetcher reads the system trust store: only when a policy is really fetched, not for every run.
                checker = checker.withPolicyFetcher(request.policies() != null ? request.policies()
                        : (host, addresses) -> standardPolicies().fetch(host, addresses));
            }
            checkers.put(d, checker);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.concurrency(), Math.max(1, domains.size())), r -> {
            Thread t = new Thread(r, "dns-check");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<DomainReport>> futures = new ArrayList<>();
            for (String d : domains) {
                futures.add(pool.submit(() -> {
                    if (listener.isCancelled()) {
                        throw new CancellationException();
                    }
                    DomainReport report = unreadable.containsKey(d) ? unreadable.get(d) : checkOrReport(checkers.get(d), d,
                            zones.containsKey(d));
                    if (request.panel() != null && live != null && !zones.containsKey(d)) {
                        report = PanelDnsComparison.addTo(report, request.panel(), live);
                    }
                    listener.progress(done.incrementAndGet(), domains.size(), d);
                    return report;
                }));
            }
            List<DomainReport> reports = new ArrayList<>();
            for (Future<DomainReport> f : futures) {
                try {
                    reports.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException c) {
                        throw c;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException();
                }
            }
            listener.finished(live == null ? 0 : live.size());
            return reports;
        } finally {
            pool.shutdownNow();
            if (network != null) {
                network.close();
            }
        }
    }

    /**
     * The check of one domain, or a {@link FindingCode#CHECK_FAILED} report when it throws: whatever one
     * domain's records hold, the run goes on. The stack overflow is caught on purpose: it unwinds this
     * domain's check only, and it is what a pathological record once caused.
     */
    static DomainReport checkOrReport(DomainChecker checker, String domain, boolean zoneMode) {
        try {
            return checker.check(domain);
        } catch (CancellationException c) {
            throw c;
        } catch (RuntimeException | StackOverflowError e) {
            return DomainReport.failed(domain, checker.source(), zoneMode, e, java.time.Instant.now());
        }
    }

    private static List<ZoneFiles.Loaded> loadReferenceZones(List<Path> files) {
        List<ZoneFiles.Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(ZoneFiles.load(file, null));
            } catch (ZoneFiles.ZoneFileException bad) {
                throw new IllegalArgumentException(bad.detail().ja() + " / " + bad.detail().en(), bad);
            }
        }
        return loaded;
    }

    private static MtaStsFetcher standard;

    /** One standard fetcher for the process: it reads the system trust store once, when first needed. */
    private static synchronized MtaStsFetcher standardPolicies() {
        if (standard == null) {
            standard = HttpsPolicyFetcher.standard();
        }
        return standard;
    }

    private static DnsSource offlineOnly() {
        return new DnsSource() {
            @Override
            public java.util.concurrent.CompletableFuture<Answer> query(org.xbill.DNS.Name name, int type) {
                return java.util.concurrent.CompletableFuture.completedFuture(Answer.failed(name, type, LookupState.OFFLINE));
            }

            @Override
            public String describe() {
                return "offline";
            }
        };
    }
}
