package dev.mailbench.migration.plan;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.services.DnsCheckService.FindingSeverity;
import dev.mailbench.imap.Sizes;
import dev.mailbench.api.services.DnsCheckService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plan as text for the terminal and as plain JSON values (maps and lists), one place for both. */
public final class PlanReport {
    private PlanReport() {
    }

    public static String text(MigrationPlan plan, Locale locale) {
        PlanInputs in = plan.inputs();
        StringBuilder out = new StringBuilder();
        out.append(pick(locale, "移行計画: ", "Migration plan: ")).append(in.project().customer().name())
                .append(" (").append(String.join(", ", in.project().domains().stream().map(d -> d.name()).toList())).append(")\n");
        out.append(pick(locale, "旧サーバー: ", "Old host: ")).append(in.oldHost().label().isBlank() ? in.oldHost().imapHost() : in.oldHost().label() + " / " + in.oldHost().imapHost())
                .append(pick(locale, "  →  新サーバー: ", "  →  new host: ")).append(in.provider().displayName()).append(" ").append(in.provider().mailHost()).append('\n');
        out.append(pick(locale, "切替: ", "Cutover: ")).append(plan.cutover().map(c -> Formats.dateTime(c, locale) + pick(locale, "（日本時間）", " (Japan time)")).orElse("-")).append('\n');
        for (PlanProblem p : plan.problems()) {
            out.append(p.severity() == PlanProblem.Severity.ERROR ? pick(locale, "[エラー] ", "[error] ") : pick(locale, "[注意] ", "[warning] "))
                    .append(p.message().get(locale)).append('\n');
        }
        out.append('\n').append(pick(locale, "コピー見込み（1 件ずつ順に）: ", "Copy estimate (one mailbox after another): "))
                .append(Formats.duration(plan.copyTotal(), locale)).append('\n');
        for (CopyEstimate e : plan.estimates()) {
            out.append("  ").append(e.address()).append("  ").append(Sizes.human(e.bytes()))
                    .append(e.messages() >= 0 ? " / " + e.messages() + pick(locale, " 通", " messages") : "")
                    .append("  ").append(Formats.duration(e.duration(), locale))
                    .append("  [").append(e.source().label().get(locale)).append(", ").append(e.throughputSource().label().get(locale)).append("]")
                    .append(e.overLimit() > 0 ? pick(locale, "  上限超過: ", "  over the limit: ") + e.overLimit() : "").append('\n');
        }
        out.append('\n').append("DNS: ").append(plan.dns().state().label().get(locale)).append('\n');
        for (DomainDns d : plan.dns().domains()) {
            out.append("  ").append(d.domain()).append(d.error().isEmpty() ? "" : "  (" + d.error() + ")").append('\n');
            for (DnsChange c : d.changes()) {
                out.append("    ").append(pad(c.label(), 6)).append(pad(c.kind().label().get(locale), 10))
                        .append(String.join(" | ", c.before())).append("  →  ").append(String.join(" | ", c.after()))
                        .append(c.currentTtl() >= 0 ? "  TTL " + Formats.ttl(c.currentTtl(), locale) : "")
                        .append(c.state().isEmpty() ? "" : "  [" + c.state() + "]").append('\n');
            }
            for (TtlAdvice t : d.ttl()) {
                out.append("    TTL ").append(pad(t.label(), 6)).append(t.state().label().get(locale))
                        .append(t.lowerBy() == null ? "" : pick(locale, "、", ", lower to ") + Formats.ttl(t.lowerTo(), locale)
                                + pick(locale, " に下げる期限: ", " by ") + Formats.dateTime(t.lowerBy(), locale)).append('\n');
            }
            if (d.newHostCheck() != null) {
                out.append("    ").append(d.checkLabel().get(locale)).append(": ").append(d.newHostCheck().worst()).append('\n');
                d.newHostCheck().findings().stream().filter(f -> f.severity() == FindingSeverity.ERROR || f.severity() == FindingSeverity.WARNING
                                || f.severity() == FindingSeverity.COULD_NOT_CHECK)
                        .forEach(f -> out.append("      ").append(f.severity()).append(": ").append(f.title().get(locale)).append('\n'));
            }
        }
        out.append('\n').append(pick(locale, "タイムライン", "Timeline")).append('\n');
        for (PlanStep s : plan.steps()) {
            out.append(s.status() == PlanStep.StepStatus.DONE ? "  [x] " : s.status() == PlanStep.StepStatus.SKIPPED ? "  [-] " : "  [ ] ")
                    .append(Formats.dateTime(s.start(), locale)).append(" - ").append(s.end().toLocalTime())
                    .append("  ").append(s.title().get(locale)).append('\n')
                    .append("        ").append(pick(locale, "担当: ", "owner: ")).append(s.ownerText(locale))
                    .append(pick(locale, " / 確認: ", " / check: ")).append(s.check().get(locale)).append('\n')
                    .append("        ").append(pick(locale, "切り戻し: ", "rollback: ")).append(s.rollback().get(locale)).append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    /** Plain values for {@code --json}: field names are the contract (documented in the command's help). */
    public static Map<String, Object> json(MigrationPlan plan, Locale locale) {
        Map<String, Object> root = new LinkedHashMap<>();
        PlanInputs in = plan.inputs();
        root.put("customer", in.project().customer().name());
        root.put("domains", in.project().domains().stream().map(d -> d.name()).toList());
        root.put("oldHost", in.oldHost().imapHost());
        root.put("newHost", in.provider().mailHost());
        root.put("cutover", plan.cutover().map(Object::toString).orElse(null));
        root.put("timeZone", PlanInputs.JAPAN.getId());
        root.put("problems", plan.problems().stream().map(p -> map("severity", p.severity().name(), "field", p.field(),
                "message", p.message().get(locale))).toList());
        root.put("copyTotalSeconds", plan.copyTotal().getSeconds());
        root.put("estimates", plan.estimates().stream().map(e -> map("mailboxId", e.mailboxId(), "address", e.address(),
                "source", e.source().name(), "messages", e.messages(), "bytes", e.bytes(), "bytesPerSecond", Math.round(e.bytesPerSecond()),
                "throughputSource", e.throughputSource().name(), "seconds", e.duration().getSeconds(), "overLimit", e.overLimit(),
                "overLimitFolders", e.overLimitFolders())).toList());
        Map<String, Object> dns = new LinkedHashMap<>();
        dns.put("state", plan.dns().state().name());
        List<Object> domains = new ArrayList<>();
        for (DomainDns d : plan.dns().domains()) {
            domains.add(map("domain", d.domain(), "error", d.error(),
                    "changes", d.changes().stream().map(c -> map("label", c.label(), "name", c.name(), "type", c.type(),
                            "kind", c.kind().name(), "before", c.before(), "after", c.after(), "currentTtl", c.currentTtl(), "state", c.state())).toList(),
                    "ttl", d.ttl().stream().map(t -> map("label", t.label(), "name", t.name(), "currentTtl", t.currentTtl(),
                            "lowerTo", t.lowerTo(), "lowerBy", t.lowerBy() == null ? null : t.lowerBy().toString(), "state", t.state().name())).toList(),
                    "newHostCheck", d.newHostCheck() == null ? null : check(d.newHostCheck(), locale), "afterSwitch", d.afterSwitch()));
        }
        dns.put("domains", domains);
        root.put("dns", dns);
        root.put("steps", plan.steps().stream().map(s -> map("id", s.id(), "phase", s.phase().name(), "title", s.title().get(locale),
                "start", s.start().toString(), "end", s.end().toString(), "owner", s.owner().name(), "ownerName", s.ownerName(),
                "dependsOn", s.dependsOn(), "check", s.check().get(locale), "rollback", s.rollback().get(locale),
                "status", s.status().name())).toList());
        return root;
    }

    private static Map<String, Object> check(DnsCheckService.DomainResult r, Locale locale) {
        return map("worst", r.worst().name(), "findings", r.findings().stream()
                .map(f -> map("code", f.code(), "severity", f.severity().name(), "title", f.title().get(locale))).toList());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
