package dev.mailbench.design.engine.rules;

import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/** Contradiction: POP on a mailbox read by several people (three or more is high). */
public final class PopManyReadersRule extends BaseRule {
    public PopManyReadersRule() {
        super("C-POP-MANY-READERS", Phase.CHECK, "POP のメールボックスを2人以上が読んでいる",
                "A POP mailbox read by two or more people");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (q.readerCount() < 2 || !q.usesPop(ctx.mailbox().protocol())) {
            return Optional.empty();
        }
        return Optional.of(finding(FindingKind.CONTRADICTION, q.readerCount() >= 3 ? RiskLevel.HIGH : RiskLevel.WARNING,
                text("POP なのに " + q.readerCount() + " 人（" + joinJa(readerNames(ctx)) + "）が読んでいます。"
                                + "1人が取り込むと他の人の端末からメールが消えたり、同じメールに何人も返信したりします。",
                        "A POP mailbox read by " + q.readerCount() + " people (" + joinEn(readerNames(ctx)) + "): once "
                                + "one downloads a message the others may never see it, or several reply to the same mail."),
                text("IMAP に統一し、閲覧だけの人には個人アドレスへの転送にします。",
                        "Move everyone to IMAP, and forward to personal addresses for those who only read."),
                Suggestion.NONE));
    }
}
