package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.List;
import java.util.Optional;

/** A forward-only address must forward somewhere: else its mail reaches nobody. */
public final class ForwardTargetRule extends BaseRule {
    public ForwardTargetRule() {
        super("D-FORWARD-TARGET", Phase.DETAIL, "転送のみのアドレスの転送先",
                "Where a forward-only address forwards to");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.FORWARD_ONLY) {
            return Optional.empty();
        }
        List<String> current = ctx.mailbox().forwardTo();
        var prevented = text("誰にも届かないメール（問い合わせの放置）を防ぎます。",
                "Prevents mail that reaches nobody (unanswered enquiries).");
        if (!current.isEmpty()) {
            return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO,
                    text(joinJa(current) + " へ転送します。", "Forward to " + joinEn(current) + "."),
                    prevented, Suggestion.NONE.withForwardTo(current)));
        }
        Optional<String> representative = ctx.representative().map(Mailbox::address).filter(s -> !s.isBlank());
        if (representative.isPresent()) {
            String to = representative.get();
            return Optional.of(finding(FindingKind.RISK, RiskLevel.WARNING,
                    text("転送先が設定されていません。代表アドレス " + to + " へ転送することを勧めます。",
                            "No forwarding is set. Forward to the main contact address " + to + "."),
                    prevented, Suggestion.NONE.withForwardTo(List.of(to))));
        }
        return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                text("転送先がありません。このままではこのアドレスのメールは誰にも読まれません。転送先を決めてください。",
                        "There is nowhere to forward to: nobody will read this address's mail. Choose a recipient."),
                prevented, Suggestion.NONE));
    }
}
