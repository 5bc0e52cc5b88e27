package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * The fallback of the protocol phase: IMAP, because the server then holds the mail. Explains the case at
 * hand: several devices of one person, POP without a backup, or a plain personal address.
 */
public final class ImapDefaultRule extends BaseRule {
    public ImapDefaultRule() {
        super("D-IMAP-DEFAULT", Phase.PROTOCOL, "上のどれにも当たらないアドレス（個人用、採用用など）",
                "Any other address (personal, recruiting, ...)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.UNDECIDED) {
            return Optional.empty(); // an earlier rule already decided
        }
        Questionnaire q = ctx.questionnaire();
        String a = ctx.address();
        boolean onPop = q.usesPop(ctx.mailbox().protocol());
        var reason = onPop && q.deviceCount() >= 2
                ? text(a + " は " + q.deviceCount() + " 台（" + joinJa(deviceNames(q.devices())) + "）で読んでいます。"
                                + "POP では既読や送信済みメールが端末ごとにばらばらになるため、IMAP にします。"
                                + "（保管用端末のバックアップがあり、状態をそろえる必要がなければ「サーバーにコピーを残す」POP でも構いません。）",
                        a + " is read on " + q.deviceCount() + " devices (" + joinEn(deviceNames(q.devices())) + "). "
                                + "With POP, read state and sent mail differ per device, so use IMAP. (POP leaving a copy "
                                + "on the server is acceptable if the keeper device is backed up and the state need not match.)")
                : onPop
                ? text(a + " は POP で取り込んだ端末にしかメールがなく、バックアップがありません。IMAP にすれば"
                                + "メールはサーバーにも残り、端末が壊れても失われません。",
                        a + " only exists on the device that downloads it by POP, without a backup. With IMAP the "
                                + "mail stays on the server, so a broken device loses nothing.")
                : text(a + " は IMAP にします。メールはサーバーに残るため、機種変更や PC の入れ替えでも設定し直すだけで元に戻ります。",
                        "Use IMAP for " + a + ". The mail stays on the server, so a new phone or PC only needs the "
                                + "account set up again.");
        return Optional.of(finding(FindingKind.DECISION, onPop ? RiskLevel.WARNING : RiskLevel.INFO, reason,
                text("端末の故障・紛失でメールが失われること、端末ごとに中身が違うことを防ぎます。",
                        "Prevents mail lost with a broken or lost device, and devices that show different mail."),
                Suggestion.protocol(MailProtocol.IMAP)));
    }
}
