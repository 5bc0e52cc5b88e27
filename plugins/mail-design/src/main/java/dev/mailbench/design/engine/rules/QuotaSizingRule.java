package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * §5: a generous quota for shared IMAP addresses. The server must hold a year's mail (the time between
 * two yearly archives) below the warning level; never proposes shrinking a quota.
 */
public final class QuotaSizingRule extends BaseRule {
    static final int SHARED_IMAP_MINIMUM_MB = 5000;
    static final int IMAP_MINIMUM_MB = 2000;
    static final int POP_MINIMUM_MB = 1000;
    static final int FORWARD_ONLY_MB = 500;
    private static final int STEP_MB = 500;

    public QuotaSizingRule() {
        super("D-QUOTA-SIZING", Phase.DETAIL, "推奨する方式に合わせたメールボックス容量",
                "Mailbox size that fits the recommended protocol");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        MailProtocol protocol = ctx.proposedProtocol();
        if (protocol == MailProtocol.UNDECIDED) {
            return Optional.empty();
        }
        Questionnaire q = ctx.questionnaire();
        Integer current = ctx.mailbox().quotaMb();
        double growth = CapacityForecast.growthMbPerMonth(q.mailsPerDay(), q.typicalKb());
        double yearMb = growth * 12;
        int needed;
        int minimum;
        switch (protocol) {
            case IMAP -> {
                minimum = q.isSharedAddress() ? SHARED_IMAP_MINIMUM_MB : IMAP_MINIMUM_MB;
                needed = roundUp(Math.max(yearMb / CapacityForecast.WARNING_RATIO, q.currentUsageMb()));
            }
            case POP_KEEP_COPY, POP_DELETE -> {
                minimum = POP_MINIMUM_MB;
                needed = roundUp(growth * 2 / CapacityForecast.WARNING_RATIO);
            }
            default -> {
                minimum = FORWARD_ONLY_MB;
                needed = 0;
            }
        }
        int proposed = Math.max(Math.max(minimum, needed), current == null ? 0 : current);
        boolean keepsCurrent = current != null && proposed == current;
        var reason = switch (protocol) {
            case IMAP -> text("1年分の受信量は約 " + mb(yearMb) + " MB（1日 " + oneDecimal(q.mailsPerDay()) + " 通 × "
                            + mb(q.typicalKb()) + " KB）です。次の年1回のアーカイブまで容量の80%以内に収まるよう "
                            + mb(proposed) + " MB にします" + (keepsCurrent ? "（今の容量で足ります）。" : "。")
                            + (q.isSharedAddress() ? "共有アドレスなので余裕を持たせています。" : ""),
                    "A year of mail is about " + mb(yearMb) + " MB (" + oneDecimal(q.mailsPerDay()) + " a day × "
                            + mb(q.typicalKb()) + " KB). " + mb(proposed) + " MB keeps it below 80% until the next "
                            + "yearly archive" + (keepsCurrent ? " (the current size is enough)." : ".")
                            + (q.isSharedAddress() ? " Generous, as the address is shared." : ""));
            case POP_KEEP_COPY, POP_DELETE -> text("POP でもサーバーに残る分と取り込み待ちの余裕として " + mb(proposed) + " MB にします。",
                    mb(proposed) + " MB covers the copies left on the server and mail waiting to be downloaded.");
            default -> text("転送のみでも転送元に残るメールがあるため " + mb(proposed) + " MB を確保します。",
                    mb(proposed) + " MB, since forwarded mail can also be left at the address.");
        };
        return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO, reason,
                text("容量不足で新しいメールが受け取れなくなることを防ぎます。",
                        "Prevents new mail being rejected because the mailbox is full."),
                Suggestion.NONE.withQuotaMb(proposed)));
    }

    private static int roundUp(double mb) {
        return (int) (Math.ceil(mb / STEP_MB) * STEP_MB);
    }
}
