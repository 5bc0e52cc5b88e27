package dev.mailbench.design.engine.rules;

import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.List;
import java.util.Optional;

/** §4: Gmail's "check mail from other accounts" (POP fetch) was retired in 2026: a set-up relying on it no longer receives. */
public final class GmailPopFetchRule extends BaseRule {
    public GmailPopFetchRule() {
        super("R-GMAIL-POP-FETCH", Phase.CHECK, "Gmail の「他のアカウントのメールを確認」（POP 取得）で受信している",
                "Mail reaches Gmail through \"check mail from other accounts\" (POP fetch)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        List<DeviceAnswer> fetching = ctx.questionnaire().devices().stream().filter(DeviceAnswer::gmailPopFetch).toList();
        if (fetching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(FindingKind.RISK, RiskLevel.HIGH,
                text(joinJa(deviceNames(fetching)) + " は Gmail の「他のアカウントのメールを確認」（POP で取得）に頼っています。"
                                + "この機能は 2026 年に廃止され、もう新しく設定できず、設定済みのものも取得しなくなりました。このままではメールが届きません。",
                        joinEn(deviceNames(fetching)) + " rely on Gmail's \"check mail from other accounts\" (POP fetch). "
                                + "It was retired in 2026: it can no longer be set up and existing set-ups no longer fetch, so mail does not arrive this way."),
                text("Gmail アプリに IMAP アカウントとして追加し直します（送信も同じアカウントで）。",
                        "Add the address to the Gmail app as an IMAP account instead (and send through it)."),
                Suggestion.NONE));
    }
}
