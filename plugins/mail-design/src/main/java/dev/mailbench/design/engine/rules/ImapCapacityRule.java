package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.ArchiveCadence;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * §5: IMAP needs capacity monitoring, and shared addresses a yearly archive export: the archive schedule
 * is the least frequent one that keeps the mailbox below the warning level, and at most a year apart.
 */
public final class ImapCapacityRule extends BaseRule {
    public ImapCapacityRule() {
        super("D-IMAP-CAPACITY", Phase.DETAIL, "IMAP を推奨するとき（容量の監視とアーカイブ計画）",
                "IMAP is recommended (capacity monitoring and an archive plan)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.IMAP) {
            return Optional.empty();
        }
        Integer quota = ctx.proposedQuotaMb();
        CapacityForecast forecast = ctx.forecast(quota);
        double growth = forecast.growthMbPerMonth();
        // After an archive the server starts almost empty: this is how long one archive interval may last.
        double monthsPerInterval = quota == null || growth <= 0
                ? Double.POSITIVE_INFINITY : quota * CapacityForecast.WARNING_RATIO / growth;
        ArchiveCadence cadence = ArchiveCadence.fitting(Math.min(monthsPerInterval, ArchiveCadence.YEARLY.months()));
        RiskLevel severity = RiskLevel.INFO;
        String whenJa;
        String whenEn;
        if (forecast.archiveBy() == null) {
            whenJa = "今の量では容量が増える見込みはありませんが、年に1回は使用量を確認します。";
            whenEn = "At today's volume it does not grow, but check the usage once a year.";
        } else {
            whenJa = "今の量では " + forecast.archiveBy() + " に容量の80%に達します。それまでに最初のアーカイブを書き出します。";
            whenEn = "At today's volume it reaches 80% of the quota on " + forecast.archiveBy()
                    + "; export the first archive before then.";
            if (forecast.monthsUntilWarn() < 1) {
                severity = RiskLevel.WARNING;
            }
        }
        return Optional.of(finding(FindingKind.DECISION, severity,
                text("IMAP はすべてのメールをサーバーに残すため、容量の監視が必要です。" + whenJa
                                + "以後は" + cadence.label().ja() + "、保管用端末へアーカイブを書き出し、古いメールをサーバーから削除します。",
                        "IMAP keeps all mail on the server, so its size must be watched. " + whenEn + " After that, "
                                + "export to the keeper device " + cadence.label().en().toLowerCase(java.util.Locale.ROOT)
                                + " and remove old mail from the server."),
                text("容量がいっぱいになり、新しいメールが受け取れなくなる（送信者にエラーが返る）ことを防ぎます。",
                        "Prevents a full mailbox that rejects new mail (senders get an error)."),
                Suggestion.NONE.withArchiveCadence(cadence)));
    }
}
