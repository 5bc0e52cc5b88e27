package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** §5: document which device is the keeper (保管用) and which only view. */
public final class KeeperDeviceRule extends BaseRule {
    public KeeperDeviceRule() {
        super("D-KEEPER-DEVICE", Phase.DETAIL, "端末で読むアドレス（保管用と閲覧用の区別）",
                "An address read on devices (keeper versus viewers)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (q.devices().isEmpty() || ctx.proposedProtocol() == MailProtocol.FORWARD_ONLY) {
            return Optional.empty();
        }
        List<DeviceAnswer> keepers = q.keeperDevices();
        var prevented = text("アーカイブやバックアップをどの端末で取るのかが曖昧で、実は誰も取っていない、という状態を防ぎます。",
                "Prevents the situation where nobody is sure which device holds the archive, and in fact none does.");
        if (keepers.size() == 1) {
            DeviceAnswer keeper = keepers.get(0);
            List<String> viewers = deviceNames(q.devices().stream().filter(d -> !d.isKeeper()).toList());
            String ja = "保管用（正本を持つ端末）は " + name(keeper) + " です。"
                    + (viewers.isEmpty() ? "" : joinJa(viewers) + " は閲覧用です。") + "この区別を引き継ぎ書に記載します。";
            String en = "The keeper (the device holding the archive copy) is " + name(keeper) + "."
                    + (viewers.isEmpty() ? "" : " " + joinEn(viewers) + " only view.") + " The handover document records this.";
            return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO, text(ja, en), prevented,
                    Suggestion.NONE.withKeeperDeviceId(keeper.deviceId())));
        }
        if (keepers.isEmpty()) {
            DeviceAnswer guess = q.devices().stream().min(Comparator.comparing(DeviceAnswer::isPhone)).orElseThrow();
            return Optional.of(finding(FindingKind.RISK, RiskLevel.WARNING,
                    text("保管用の端末が決まっていません。" + name(guess) + " を保管用にし、他の端末は閲覧用にすることを勧めます。",
                            "No keeper device is chosen. Make " + name(guess) + " the keeper and let the others only view."),
                    prevented, Suggestion.NONE.withKeeperDeviceId(guess.deviceId())));
        }
        return Optional.of(finding(FindingKind.CONTRADICTION, RiskLevel.WARNING,
                text("保管用が " + keepers.size() + " 台（" + joinJa(deviceNames(keepers)) + "）あります。保管用は1台に決めます。",
                        keepers.size() + " devices are marked as keeper (" + joinEn(deviceNames(keepers))
                                + "). Choose one."),
                prevented, Suggestion.NONE.withKeeperDeviceId(keepers.get(0).deviceId())));
    }

    private static String name(DeviceAnswer d) {
        return d.deviceName().isBlank() ? d.deviceId() : d.deviceName();
    }
}
