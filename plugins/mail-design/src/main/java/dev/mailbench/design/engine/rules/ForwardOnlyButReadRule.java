package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/** Contradiction: recorded as forward-only, yet devices log in to it. */
public final class ForwardOnlyButReadRule extends BaseRule {
    public ForwardOnlyButReadRule() {
        super("C-FORWARD-ONLY-READ", Phase.CHECK, "「転送のみ」なのに端末でログインして読んでいる",
                "Recorded as forward-only, but devices log in to it");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (ctx.mailbox().protocol() != MailProtocol.FORWARD_ONLY || q.devices().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(FindingKind.CONTRADICTION, RiskLevel.WARNING,
                text("転送のみのはずが、" + joinJa(deviceNames(q.devices())) + " でこのアドレスにログインしています。",
                        "Meant to be forward-only, but " + joinEn(deviceNames(q.devices())) + " log in to it."),
                text("端末からこのアカウントを外して転送先で読むか、読む必要があるなら IMAP にします。",
                        "Remove the account from those devices and read the forwarded copies, or use IMAP if it must be read."),
                Suggestion.NONE));
    }
}
