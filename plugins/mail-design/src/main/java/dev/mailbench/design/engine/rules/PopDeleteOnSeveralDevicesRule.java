package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** §5 "leave a copy whenever more than one device reads it", checked against the current setup. */
public final class PopDeleteOnSeveralDevicesRule extends BaseRule {
    public PopDeleteOnSeveralDevicesRule() {
        super("C-POP-DELETE-MULTI-DEVICE", Phase.CHECK, "複数の端末で読むのに、POP でサーバーから削除する端末がある",
                "Several devices read the mailbox and one of them deletes from the server by POP");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        List<DeviceAnswer> deleting = q.devicesUsing(Set.of(MailProtocol.POP_DELETE));
        if (q.deviceCount() < 2 || deleting.isEmpty()) {
            return Optional.empty();
        }
        List<DeviceAnswer> others = q.devices().stream().filter(d -> !deleting.contains(d)).toList();
        String othersJa = others.isEmpty() ? "他の端末" : joinJa(deviceNames(others));
        String othersEn = others.isEmpty() ? "the other devices" : joinEn(deviceNames(others));
        return Optional.of(finding(FindingKind.CONTRADICTION, RiskLevel.HIGH,
                text(joinJa(deviceNames(deleting)) + " が取り込んだメールをサーバーから削除するため、" + othersJa
                                + " には届かないメールがあります。",
                        joinEn(deviceNames(deleting)) + " deletes what it downloads from the server, so " + othersEn
                                + " miss mail."),
                text("複数の端末で読むなら、サーバーから削除するのは保管用の1台だけ、日数を空けて行います（または IMAP に統一）。",
                        "With several devices only the keeper deletes, and only after some days (or move to IMAP)."),
                Suggestion.NONE));
    }
}
