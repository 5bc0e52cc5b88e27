package dev.mailbench.migration.plan;

import dev.mailbench.api.services.MailboxInventoryService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes a {@link MigrationPlan} from the inputs, the copy figures available and a DNS snapshot. */
public final class MigrationPlanner {
    private MigrationPlanner() {
    }

    public static MigrationPlan plan(PlanInputs in, Optional<MailboxInventoryService> inventory, DnsSnapshot dns) {
        List<PlanProblem> problems = new ArrayList<>(in.validate());
        List<CopyEstimate> estimates = CopyEstimator.estimate(in.project(), in.section(), inventory);
        Duration total = CopyEstimator.total(estimates);
        for (CopyEstimate e : estimates) {
            if (e.overLimit() > 0) {
                problems.add(PlanProblem.warning("surveys", e.address() + ": 新サーバーの上限を超えるメールが " + e.overLimit()
                        + " 通あります。コピーされないため、事前にお客様へ保存方法をご案内ください。",
                        e.address() + ": " + e.overLimit() + " messages exceed the new host's size limit and will not be copied."));
            }
        }
        List<PlanStep> steps = List.of();
        Optional<LocalDateTime> cutover = in.cutover();
        boolean errors = problems.stream().anyMatch(p -> p.severity() == PlanProblem.Severity.ERROR);
        if (cutover.isPresent() && !errors) {
            long ttl = dns.domains().stream().mapToLong(DomainDns::longestChangingTtl).max().orElse(-1);
            steps = TimelineBuilder.build(in, cutover.get(), total, ttl);
            steps.stream().filter(s -> s.id().equals("lower-ttl")).findFirst().ifPresent(s -> {
                if (s.start().isBefore(in.now())) {
                    problems.add(PlanProblem.warning("cutover", "TTL を下げる予定日時（" + Formats.dateTime(s.start())
                            + "）が過ぎています。すぐに TTL を下げるか、切替日を遅らせてください。",
                            "The time to lower the TTLs (" + Formats.dateTime(s.start()) + ") has passed: lower them now or move the cutover."));
                }
            });
            steps.stream().filter(s -> s.id().equals("pre-copy")).findFirst().ifPresent(s -> {
                if (s.end().isAfter(cutover.get())) {
                    problems.add(PlanProblem.warning("cutover", "事前コピーの見込み（" + Formats.duration(total, java.util.Locale.JAPANESE)
                            + "）が切替までに終わりません。切替日を遅らせるか、早めにコピーを始めてください。",
                            "The pre-copy (" + Formats.duration(total, java.util.Locale.ENGLISH) + ") will not finish before the cutover."));
                }
            });
        }
        if (dns.state() == DnsSnapshot.State.NO_SERVICE) {
            problems.add(PlanProblem.warning("dns", "DNS チェックプラグインがありません。DNS の差分と TTL は確認できません。",
                    "The DNS check plugin is not installed: no DNS diff or TTL readiness."));
        }
        for (DomainDns d : dns.domains()) {
            if (!d.error().isEmpty()) {
                problems.add(PlanProblem.warning("dns", d.domain() + ": DNS を確認できませんでした（" + d.error() + "）",
                        d.domain() + ": DNS could not be checked (" + d.error() + ")"));
            }
        }
        return new MigrationPlan(in, problems, estimates, total, dns, steps);
    }

    /** Convenience for callers that know the time: {@code now} in Japan time. */
    public static LocalDateTime nowInJapan() {
        return LocalDateTime.now(PlanInputs.JAPAN);
    }
}
