package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * The panel forwards this address without keeping a copy, while the design reads it (IMAP or POP): the mailbox
 * stays empty, so its devices, its archive and its retention period hold nothing.
 */
public final class PanelForwardWithoutKeepRule extends BaseRule {
    public PanelForwardWithoutKeepRule() {
        super("R-PANEL-FORWARD-NO-KEEP", Phase.CHECK,
                "サーバーで転送だけされ、メールボックスに残らない（設計では残すアドレス）",
                "The server forwards without keeping a copy (the design keeps this mailbox)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        MailProtocol planned = ctx.proposedProtocol();
        if (planned == MailProtocol.FORWARD_ONLY || planned == MailProtocol.UNDECIDED) {
            return Optional.empty();
        }
        Optional<MailAccount> account = ctx.panel().account()
                .filter(a -> !a.forwardTo().isEmpty() && !a.keepInMailbox());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var to = account.get().forwardTo();
        return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                text("サーバーパネルでは " + ctx.address() + " を " + joinJa(to) + " へ転送し、「メールボックスに残す」が"
                                + "オフです。設計ではこのアドレスのメールを " + planned.label().ja()
                                + " で読み、保管しますが、今はメールボックスに1通も残りません。",
                        "The server panel forwards " + ctx.address() + " to " + joinEn(to) + " with 'keep in "
                                + "mailbox' off. The design reads and keeps this address's mail (" + planned.label().en()
                                + "), but right now nothing stays in the mailbox."),
                text("端末に届かない、保存期間（" + ctx.questionnaire().retentionYears() + " 年）のメールが残らない、"
                                + "転送先でメールが失われると取り戻せない、という事故を防ぎます。"
                                + "サーバーパネルで「メールボックスに残す」をオンにしてください。",
                        "Prevents devices receiving nothing, the " + ctx.questionnaire().retentionYears()
                                + "-year retention holding nothing, and mail lost at the forwarding target being gone "
                                + "for good. Turn on 'keep in mailbox' in the server panel."),
                Suggestion.NONE));
    }
}
