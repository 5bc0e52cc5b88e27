package dev.mailbench.dns.route;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.dns.engine.DnsSeverity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DNS step of the visit route, from the last saved run (section {@code runs}: a check the consultant started is
 * kept, the automatic one on opening the panel is not): findings while any domain has an error, a warning or
 * something not checked, done when every domain of the project was checked and is clean.
 */
public final class DnsRouteStep implements RouteStepContributor {
    /** Worst severities that leave something to fix or to check again. */
    private static final Set<String> TO_DO = Set.of(DnsSeverity.ERROR.name(), DnsSeverity.WARNING.name(),
            DnsSeverity.COULD_NOT_CHECK.name());

    @Override
    public VisitStep step() {
        return VisitStep.DNS;
    }

    @Override
    public String panelId() {
        return DnsCheckPlugin.ID;
    }

    @Override
    public Optional<StepStatus> status(Project p) {
        if (p.domains().isEmpty()) {
            return Optional.of(StepStatus.of(StepState.NOT_STARTED, "ドメインを記録してから、MX・SPF・DKIM・DMARC を確認します。",
                    "Record the domain first; then check MX, SPF, DKIM and DMARC."));
        }
        Map<String, String> worstByDomain = lastRun(p);
        if (worstByDomain.isEmpty()) {
            return Optional.of(StepStatus.of(StepState.NOT_STARTED,
                    "「確認」を押すと結果がプロジェクトに残り、ここに出ます。MX・SPF・DKIM・DMARC を確かめます。",
                    "Press Check: the result is kept in the project and shown here. Checks MX, SPF, DKIM and DMARC."));
        }
        long toDo = worstByDomain.values().stream().filter(TO_DO::contains).count();
        long unchecked = p.domains().stream()
                .filter(d -> !worstByDomain.containsKey(d.name().strip().toLowerCase(Locale.ROOT))).count();
        if (toDo > 0) {
            return Optional.of(StepStatus.of(StepState.FINDINGS,
                    "前回の確認で、直す点か確認できなかった点のあるドメインが " + toDo + " 件あります。",
                    toDo + " domain(s) with something to fix or not checked in the last check."));
        }
        if (unchecked > 0) {
            return Optional.of(StepStatus.of(StepState.FINDINGS, "まだ確認していないドメインが " + unchecked + " 件あります。",
                    unchecked + " domain(s) not checked yet."));
        }
        return Optional.of(StepStatus.of(StepState.DONE, "前回の確認で、すべてのドメインに直す点はありませんでした。",
                "The last check found nothing to fix on any domain."));
    }

    /** Domain (lower case) → worst severity of the last saved run; empty when there is none. */
    private static Map<String, String> lastRun(Project p) {
        Map<String, String> worst = new LinkedHashMap<>();
        if (p.plugins().get(DnsCheckPlugin.ID) instanceof Map<?, ?> section && section.get("runs") instanceof List<?> runs
                && !runs.isEmpty() && runs.get(runs.size() - 1) instanceof Map<?, ?> run
                && run.get("domains") instanceof List<?> domains) {
            for (Object d : domains) {
                if (d instanceof Map<?, ?> m && m.get("domain") != null) {
                    worst.put(String.valueOf(m.get("domain")).toLowerCase(Locale.ROOT), String.valueOf(m.get("worst")));
                }
            }
        }
        return worst;
    }
}
