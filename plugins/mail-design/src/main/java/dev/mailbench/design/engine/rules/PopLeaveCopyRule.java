package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Optional;

/** §5: "leave a copy on the server" whenever more than one device reads a POP mailbox. */
public final class PopLeaveCopyRule extends BaseRule {
    /** Long enough for a viewer that is switched off over a holiday to still get everything. */
    static final int DAYS_MULTI_DEVICE = 30;
    /** Lets a single device that broke recover its last two weeks. */
    static final int DAYS_SINGLE_DEVICE = 14;

    /** How long a copy stays on the server when {@code devices} devices read the mailbox. */
    public static int daysFor(int devices) {
        return devices >= 2 ? DAYS_MULTI_DEVICE : DAYS_SINGLE_DEVICE;
    }

    public PopLeaveCopyRule() {
        super("D-POP-LEAVE-COPY", Phase.DETAIL, "POP でサーバーにコピーを残す推奨",
                "POP leaving a copy on the server is recommended");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.POP_KEEP_COPY) {
            return Optional.empty();
        }
        Questionnaire q = ctx.questionnaire();
        boolean several = q.deviceCount() >= 2;
        int days = daysFor(q.deviceCount());
        String keeper = q.keeperDeviceId().isEmpty() ? "保管用の端末" : ctx.deviceName(q.keeperDeviceId());
        String keeperEn = q.keeperDeviceId().isEmpty() ? "the keeper device" : ctx.deviceName(q.keeperDeviceId());
        var reason = several
                ? text(q.deviceCount() + " 台で読むため、サーバーにコピーを残します。" + keeper + " だけが " + days
                                + " 日後にサーバーから削除し、他の端末は「サーバーから削除しない」設定にします。",
                        "Read on " + q.deviceCount() + " devices, so leave a copy on the server. Only " + keeperEn
                                + " deletes from the server after " + days + " days; the others never delete.")
                : text("サーバーに " + days + " 日間コピーを残し、端末が壊れた直後でも最近のメールを取り戻せるようにします。",
                        "Leave a copy on the server for " + days + " days so recent mail can be recovered if the device breaks.");
        return Optional.of(finding(FindingKind.DECISION, RiskLevel.INFO, reason,
                text("1台が取り込んだ瞬間に、他の端末からそのメールが見えなくなることを防ぎます。",
                        "Prevents mail vanishing from the other devices the moment one device downloads it."),
                Suggestion.NONE.withLeaveCopyDays(days)));
    }
}
