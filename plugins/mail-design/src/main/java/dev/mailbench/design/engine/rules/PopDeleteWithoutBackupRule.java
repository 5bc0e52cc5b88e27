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

/** §3 "mail lost after PC failure": POP deleting from the server, and no backup. */
public final class PopDeleteWithoutBackupRule extends BaseRule {
    public PopDeleteWithoutBackupRule() {
        super("C-POP-DELETE-NO-BACKUP", Phase.CHECK, "POP でサーバーから削除しているのにバックアップがない",
                "POP deletes from the server and there is no backup");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (q.backup().isReal() || !q.protocolsInUse(ctx.mailbox().protocol()).contains(MailProtocol.POP_DELETE)) {
            return Optional.empty();
        }
        List<DeviceAnswer> deleting = q.devicesUsing(Set.of(MailProtocol.POP_DELETE));
        String who = deleting.isEmpty() ? "このメールボックスは" : joinJa(deviceNames(deleting)) + " が";
        String whoEn = deleting.isEmpty() ? "This mailbox" : joinEn(deviceNames(deleting));
        return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                text(who + " POP でメールをサーバーから削除しており、その端末以外にバックアップがありません。"
                                + "端末が壊れたり盗まれたりすると、メールはどこにも残りません。",
                        whoEn + " downloads by POP and deletes from the server, with no backup anywhere else. "
                                + "If the device breaks or is stolen, the mail is gone."),
                text("「サーバーにコピーを残す」に変えるか IMAP にし、保管用端末のバックアップを取ります。",
                        "Leave a copy on the server or switch to IMAP, and back up the keeper device."),
                Suggestion.NONE));
    }
}
