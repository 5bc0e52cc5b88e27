package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * §3 "sudden cannot receive": an IMAP mailbox with no capacity plan: the quota is unknown, already
 * reached, or will be reached within {@value #HORIZON_MONTHS} months with no periodic archive.
 */
public final class ImapWithoutCapacityPlanRule extends BaseRule {
    static final int HORIZON_MONTHS = 36;
    static final int URGENT_MONTHS = 6;

    public ImapWithoutCapacityPlanRule() {
        super("C-IMAP-NO-CAPACITY-PLAN", Phase.CHECK,
                "IMAP なのに容量の計画がない（容量不明、すでに満杯、または定期アーカイブなしで3年以内に満杯）",
                "IMAP without a capacity plan (quota unknown, already full, or full within 3 years with no periodic archive)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (!ctx.questionnaire().protocolsInUse(ctx.mailbox().protocol()).contains(MailProtocol.IMAP)) {
            return Optional.empty();
        }
        CapacityForecast f = ctx.currentForecast();
        var fix = text("容量を決め、満杯になる前にアーカイブを書き出して古いメールをサーバーから削除する計画を立てます。",
                "Set the quota and plan archive exports that remove old mail before the mailbox fills.");
        if (!f.hasQuota()) {
            return Optional.of(finding(FindingKind.RISK, RiskLevel.WARNING,
                    text("IMAP なのにメールボックス容量が記録されていません。いつ満杯になるか分かりません。",
                            "IMAP, but the mailbox quota is not recorded: nobody knows when it will fill."),
                    fix, Suggestion.NONE));
        }
        if (f.exceeded()) {
            return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                    text("使用量 " + mb(f.currentMb()) + " MB が容量 " + mb(f.quotaMb()) + " MB に達しています。"
                                    + "新しいメールは受け取れず、送信者にエラーが返ります。",
                            "Usage " + mb(f.currentMb()) + " MB has reached the quota of " + mb(f.quotaMb())
                                    + " MB. New mail is rejected and senders get an error."),
                    text("すぐにアーカイブを書き出して古いメールを削除するか、容量を増やします。",
                            "Export an archive and delete old mail now, or raise the quota."),
                    Suggestion.NONE));
        }
        boolean archived = ctx.questionnaire().backup() == BackupKind.ARCHIVE_EXPORT;
        if (archived || !f.fillsEventually() || f.monthsUntilFull() >= HORIZON_MONTHS) {
            return Optional.empty();
        }
        RiskLevel severity = f.monthsUntilFull() < URGENT_MONTHS ? RiskLevel.HIGH : RiskLevel.WARNING;
        return Optional.of(finding(FindingKind.RISK, severity,
                text("定期的なアーカイブがなく、今の量では " + f.fullOn() + " ごろ（約 " + oneDecimal(f.monthsUntilFull())
                                + " か月後）に容量 " + mb(f.quotaMb()) + " MB が満杯になります。",
                        "No periodic archive: at today's volume the " + mb(f.quotaMb()) + " MB quota is full around "
                                + f.fullOn() + " (in about " + oneDecimal(f.monthsUntilFull()) + " months)."),
                fix, Suggestion.NONE));
    }
}
