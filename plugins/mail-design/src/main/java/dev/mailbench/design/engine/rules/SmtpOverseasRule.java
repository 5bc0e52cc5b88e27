package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.ClientKind;
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

/**
 * §3/§4: sending fails from abroad or from new Outlook, which fetches and sends through Microsoft's cloud
 * (often abroad), because Xserver blocks SMTP AUTH from foreign addresses by default.
 */
public final class SmtpOverseasRule extends BaseRule {
    public SmtpOverseasRule() {
        super("N-SMTP-OVERSEAS", Phase.CHECK, "新しい Outlook を使う、または海外から送信する",
                "New Outlook is used, or mail is sent from abroad");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (ctx.proposedProtocol() == MailProtocol.FORWARD_ONLY) {
            return Optional.empty();
        }
        List<DeviceAnswer> newOutlook = q.devices().stream().filter(d -> d.client() == ClientKind.NEW_OUTLOOK).toList();
        if (newOutlook.isEmpty() && !q.usedAbroad()) {
            return Optional.empty();
        }
        String ja = "";
        String en = "";
        if (!newOutlook.isEmpty()) {
            ja = joinJa(deviceNames(newOutlook)) + " は新しい Outlook です。新しい Outlook はマイクロソフトのクラウド"
                    + "（多くは海外のサーバー）を経由して送受信します。";
            en = joinEn(deviceNames(newOutlook)) + " use new Outlook, which sends and fetches through Microsoft's cloud "
                    + "(often servers abroad). ";
        }
        if (q.usedAbroad()) {
            ja += "海外から送信することがあります。";
            en += "Mail is sent from abroad. ";
        }
        ja += "エックスサーバーは国外からの SMTP 認証を初期設定で制限しているため、送信だけが失敗することがあります。";
        en += "Xserver blocks SMTP authentication from abroad by default, so sending alone can fail.";
        return Optional.of(finding(FindingKind.NOTE, RiskLevel.WARNING, text(ja, en.strip()),
                text("サーバーパネルの「国外アクセス制限」で SMTP を許可するか、クラシック Outlook など端末から直接つなぐアプリを使います"
                                + "（POP/IMAP の国外制限の有無も確認してください）。",
                        "Allow SMTP in the server panel's overseas access restriction, or use an app that connects "
                                + "directly from the device such as classic Outlook (check whether POP/IMAP are restricted too)."),
                Suggestion.NONE));
    }
}
