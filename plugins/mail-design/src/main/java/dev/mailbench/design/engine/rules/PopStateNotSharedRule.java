package dev.mailbench.design.engine.rules;

import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/**
 * Contradiction between an answer and the setup: the state must be the same everywhere, but POP keeps it
 * per device. For one reader only (several readers are {@link PopManyReadersRule}'s case).
 */
public final class PopStateNotSharedRule extends BaseRule {
    public PopStateNotSharedRule() {
        super("C-POP-STATE-NOT-SHARED", Phase.CHECK, "端末間で既読などの状態をそろえる必要があるのに POP",
                "State must match across devices, but the mailbox is on POP");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (!q.sharedStateNeeded() || q.readerCount() >= 2 || !q.usesPop(ctx.mailbox().protocol())) {
            return Optional.empty();
        }
        String devices = q.deviceCount() >= 2 ? "（" + joinJa(deviceNames(q.devices())) + "）" : "";
        String devicesEn = q.deviceCount() >= 2 ? " (" + joinEn(deviceNames(q.devices())) + ")" : "";
        return Optional.of(finding(FindingKind.CONTRADICTION, RiskLevel.WARNING,
                text("既読・返信済みや送信済みメールを端末" + devices + "でそろえる必要があるのに POP です。"
                                + "POP ではこれらの状態は端末ごとで、共有されません。",
                        "Read, replied and sent mail must match across devices" + devicesEn
                                + ", but POP keeps that state per device."),
                text("IMAP にします。", "Switch to IMAP."),
                Suggestion.NONE));
    }
}
