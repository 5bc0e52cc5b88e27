package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/** §5: recruiting (recruit@) → auto-reply. */
public final class RecruitAutoReplyRule extends BaseRule {
    public RecruitAutoReplyRule() {
        super("D-RECRUIT-AUTOREPLY", Phase.DETAIL, "採用の応募を受けるアドレス（recruit@ など）",
                "An address that receives job applications (recruit@ and the like)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.mailbox().role() != MailboxRole.RECRUIT) {
            return Optional.empty();
        }
        boolean enabled = ctx.mailbox().autoReply().enabled();
        var reason = enabled
                ? text("応募を受け付けたことを知らせる自動応答が設定されています。このまま残します。",
                        "An auto-reply confirms receipt of each application. Keep it.")
                : text("採用アドレスには、応募を受け付けたことを知らせる自動応答を設定します（件名・本文・期間を決めてください）。",
                        "Set an auto-reply that confirms receipt of each application (decide subject, text and period).");
        return Optional.of(finding(FindingKind.DECISION, enabled ? RiskLevel.INFO : RiskLevel.WARNING, reason,
                text("応募者が「届いたか分からない」と再送・辞退すること、返信漏れに気付かないことを防ぎます。",
                        "Prevents applicants resending or giving up because they are unsure it arrived."),
                Suggestion.NONE.withAutoReply(true)));
    }
}
