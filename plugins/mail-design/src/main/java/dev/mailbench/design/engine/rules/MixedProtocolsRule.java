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

/** §3/§5: never mix POP and IMAP for one mailbox (state differs per device, POP removes what IMAP shows). */
public final class MixedProtocolsRule extends BaseRule {
    public MixedProtocolsRule() {
        super("C-MIXED-PROTOCOLS", Phase.CHECK, "1つのメールボックスを端末ごとに違う方式で読んでいる",
                "Devices read one mailbox with different protocols");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (q.protocolsInUse(ctx.mailbox().protocol()).size() < 2) {
            return Optional.empty();
        }
        List<DeviceAnswer> set = q.devices().stream().filter(d -> d.protocolOnDevice() != MailProtocol.UNDECIDED).toList();
        String ja = joinJa(set.stream().map(d -> name(d) + ": " + d.protocolOnDevice().label().ja()).toList());
        String en = joinEn(set.stream().map(d -> name(d) + ": " + d.protocolOnDevice().label().en()).toList());
        return Optional.of(finding(FindingKind.CONTRADICTION, RiskLevel.HIGH,
                text("同じメールボックスを端末ごとに違う方式で読んでいます（" + ja + "）。POP の端末が取り込んだり削除したりすると、"
                                + "他の端末から見えなくなり、既読などの状態も端末ごとにずれます。",
                        "Devices read this mailbox with different protocols (" + en + "). What a POP device "
                                + "downloads or deletes disappears from the others, and states drift apart."),
                text("1つのメールボックスは1つの方式に統一します（エックスサーバーも POP と IMAP の併用を推奨していません）。",
                        "Use one protocol per mailbox (Xserver does not recommend mixing POP and IMAP either)."),
                Suggestion.NONE));
    }

    private static String name(DeviceAnswer d) {
        return d.deviceName().isBlank() ? d.deviceId() : d.deviceName();
    }
}
