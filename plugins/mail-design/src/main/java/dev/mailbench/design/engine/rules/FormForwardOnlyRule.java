package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/** §5: forms (contact@) → forward-only addresses nobody logs into. */
public final class FormForwardOnlyRule extends BaseRule {
    public FormForwardOnlyRule() {
        super("D-FORM-FORWARD", Phase.PROTOCOL, "フォームの受信用アドレス（contact@ など）",
                "An address that receives the website form (contact@ and the like)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.UNDECIDED) {
            return Optional.empty(); // an earlier rule already decided
        }
        if (ctx.mailbox().role() != MailboxRole.FORM) {
            return Optional.empty();
        }
        String a = ctx.address();
        return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO,
                text(a + " はホームページのフォームの送信先です。誰もログインしない「転送のみ」のアドレスにし、"
                                + "届いたメールは対応する人のアドレスへ転送します。",
                        a + " receives the website form. Make it a forward-only address that nobody logs into and "
                                + "forward its mail to the people who answer it."),
                text("パスワードを知る人が増えること、誰も見ないメールボックスが満杯になり問い合わせが届かなくなることを防ぎます。"
                                + "転送元に残ったメールは定期的に削除します。",
                        "Prevents more people knowing another password, and an unread mailbox filling up until "
                                + "enquiries bounce. Delete the copies left at the address from time to time."),
                Suggestion.protocol(MailProtocol.FORWARD_ONLY)));
    }
}
