package dev.mailbench.migration.plan;

import dev.mailbench.api.dns.CutoverTtl;
import dev.mailbench.api.model.LocalizedText;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When to lower the TTL of a record the switch changes, so caches forget the old value within the window.
 *
 * @param currentTtl seconds today; -1 when unknown
 * @param lowerBy    the latest time to publish the low TTL: the cutover minus {@link #lead(long)}
 */
public record TtlAdvice(String label, String name, long currentTtl, long lowerTo, LocalDateTime lowerBy, State state) {
    /** The rule lives in plugin-api ({@link CutoverTtl}) so the DNS checker gives the same advice. */
    public static final long LOW_TTL = CutoverTtl.LOW_TTL;
    public static final long NORMAL_TTL = CutoverTtl.NORMAL_TTL;
    static final long READY_MAX = CutoverTtl.READY_MAX;

    public enum State {
        READY("準備済み（300〜900 秒）", "ready (300-900 s)"),
        LOWER("下げる必要あり", "lower it"),
        UNKNOWN("確認できず", "could not check");

        private final LocalizedText label;

        State(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    /** How long before the cutover the low TTL must be published ({@link CutoverTtl#lead}). */
    public static Duration lead(long currentTtl) {
        return CutoverTtl.lead(currentTtl);
    }

    /** Advice for each record set that exists today and will change (new records have nothing cached). */
    public static List<TtlAdvice> forChanges(List<DnsChange> changes, LocalDateTime cutover) {
        List<TtlAdvice> result = new ArrayList<>();
        for (DnsChange c : changes) {
            if (c.kind() == DnsChange.Kind.COULD_NOT_CHECK) {
                result.add(new TtlAdvice(c.label(), c.name(), -1, LOW_TTL, cutover == null ? null : cutover.minus(lead(86400)), State.UNKNOWN));
            } else if ((c.kind() == DnsChange.Kind.CHANGE || c.kind() == DnsChange.Kind.REMOVE) && c.currentTtl() >= 0) {
                State s = CutoverTtl.isReady(c.currentTtl()) ? State.READY : State.LOWER;
                result.add(new TtlAdvice(c.label(), c.name(), c.currentTtl(), LOW_TTL,
                        cutover == null ? null : cutover.minus(lead(c.currentTtl())), s));
            }
        }
        return List.copyOf(result);
    }
}
