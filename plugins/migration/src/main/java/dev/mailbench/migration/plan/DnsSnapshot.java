package dev.mailbench.migration.plan;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.services.DnsCheckService;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The DNS half of a plan, looked up through the DNS checker's service (blocking: run it in a background task).
 *
 * @param state      LOOKED_UP, NOT_RUN (no lookup asked for) or NO_SERVICE (the DNS check plugin is absent)
 */
public record DnsSnapshot(State state, List<DomainDns> domains, LocalDateTime takenAt) {
    public DnsSnapshot {
        domains = List.copyOf(domains);
    }

    public enum State {
        LOOKED_UP("確認済み", "looked up", "確認済み", "looked up"),
        NOT_RUN("未確認（DNS を確認してください）", "not looked up yet", "未確認", "not looked up"),
        NO_SERVICE("DNS チェックプラグインがありません", "the DNS check plugin is not installed", "プラグインなし", "no plugin");

        private final LocalizedText label;
        private final LocalizedText shortLabel;

        State(String ja, String en, String shortJa, String shortEn) {
            label = LocalizedText.of(ja, en);
            shortLabel = LocalizedText.of(shortJa, shortEn);
        }

        /** The state in a word or two, for a summary line; {@link #label()} says what to do about it. */
        public LocalizedText shortLabel() {
            return shortLabel;
        }

        public LocalizedText label() {
            return label;
        }
    }

    public static DnsSnapshot notRun() {
        return new DnsSnapshot(State.NOT_RUN, List.of(), null);
    }

    public static DnsSnapshot noService() {
        return new DnsSnapshot(State.NO_SERVICE, List.of(), null);
    }

    /** Progress of a lookup, one call per domain. */
    @FunctionalInterface
    public interface Progress {
        void domain(int done, int total, String domain);
    }

    /**
     * Looks up each domain: today's records on {@code oldServers}, the diff against what {@code profile} needs,
     * TTL readiness for {@code cutover}, and the DNS checker's verdict on {@code newServers} (before the cutover:
     * are the new servers ready; after it: are the new records live).
     *
     * @param cancelled polled between domains; a cancelled lookup throws {@link java.util.concurrent.CancellationException}
     */
    public static DnsSnapshot lookUp(DnsCheckService service, List<String> domains, String oldServers, String newServers,
                                     ProviderProfile profile, LocalDateTime cutover, LocalDateTime now,
                                     BooleanSupplier cancelled, Progress progress) {
        List<DomainDns> result = new ArrayList<>();
        int done = 0;
        for (String domain : domains) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            progress.domain(done, domains.size(), domain);
            result.add(lookUp(service, domain, oldServers, newServers, profile, cutover,
                    cutover != null && !now.isBefore(cutover)));
            done++;
        }
        progress.domain(done, domains.size(), "");
        return new DnsSnapshot(State.LOOKED_UP, result, now);
    }

    static DomainDns lookUp(DnsCheckService service, String domain, String oldServers, String newServers,
                            ProviderProfile profile, LocalDateTime cutover, boolean afterSwitch) {
        List<DnsCheckService.RecordView> today;
        try {
            today = service.fetchRecords(domain, new DnsCheckService.Target(oldServers, null, false));
        } catch (IOException | RuntimeException e) {
            return new DomainDns(domain, List.of(), List.of(), List.of(), null, message(e), afterSwitch);
        }
        List<DnsChange> changes = NeededRecords.diff(profile, domain, today);
        DnsCheckService.DomainResult check = null;
        String error = "";
        try {
            List<DnsCheckService.DomainResult> checked = service.check(List.of(domain), new DnsCheckService.Target(newServers, null, false));
            check = checked.isEmpty() ? null : checked.get(0);
        } catch (IOException | RuntimeException e) {
            error = message(e);
        }
        return new DomainDns(domain, today, changes, TtlAdvice.forChanges(changes, cutover), check, error, afterSwitch);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
