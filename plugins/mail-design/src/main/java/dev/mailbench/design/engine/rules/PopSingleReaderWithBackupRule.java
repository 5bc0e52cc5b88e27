package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;
import java.util.Set;

/**
 * §5: POP only for a single-reader mailbox with a real backup. The rule never pushes a working IMAP
 * mailbox to POP; it keeps POP where it is acceptable, with a copy on the server when several devices
 * read it.
 */
public final class PopSingleReaderWithBackupRule extends BaseRule {
    public PopSingleReaderWithBackupRule() {
        super("D-POP-SINGLE-BACKUP", Phase.PROTOCOL,
                "POP で使っている1人用のアドレスで、状態の共有が不要、かつ本当のバックアップがある",
                "A one-person mailbox on POP that needs no shared state and has a real backup");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.UNDECIDED) {
            return Optional.empty(); // an earlier rule already decided
        }
        Questionnaire q = ctx.questionnaire();
        Set<MailProtocol> used = q.protocolsInUse(ctx.mailbox().protocol());
        boolean onlyPop = !used.isEmpty() && used.stream().allMatch(MailProtocol::isPop);
        if (!onlyPop || q.readerCount() > 1 || q.sharedStateNeeded() || !q.backup().isReal()) {
            return Optional.empty();
        }
        boolean deleteIsFine = q.deviceCount() <= 1 && used.equals(Set.of(MailProtocol.POP_DELETE));
        MailProtocol protocol = deleteIsFine ? MailProtocol.POP_DELETE : MailProtocol.POP_KEEP_COPY;
        String a = ctx.address();
        return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO,
                text(a + " は1人だけが読み、" + q.backup().label().ja() + "。POP のまま使って問題ありません"
                                + (deleteIsFine ? "。" : "（サーバーにコピーを残します）。"),
                        a + " has one reader and a real backup (" + q.backup().label().en().toLowerCase(java.util.Locale.ROOT)
                                + "). Staying on POP is fine" + (deleteIsFine ? "." : " (leaving a copy on the server).")),
                text("不要な方式変更による設定ミスを防ぎます。POP では取り込んだ端末が保管場所なので、バックアップを続けてください。",
                        "Avoids set-up mistakes from an unnecessary change. With POP the device is where the mail "
                                + "lives, so keep backing it up."),
                Suggestion.protocol(protocol)));
    }
}
