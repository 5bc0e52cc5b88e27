package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.List;
import java.util.Optional;

/** §5: shared addresses (info@, billing@) → IMAP. */
public final class SharedImapRule extends BaseRule {
    public SharedImapRule() {
        super("D-SHARED-IMAP", Phase.PROTOCOL, "複数の人が読む、または代表・請求の共有アドレス",
                "An address read by several people, or a shared main-contact or billing address");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        if (ctx.proposedProtocol() != MailProtocol.UNDECIDED) {
            return Optional.empty(); // an earlier rule already decided
        }
        Questionnaire q = ctx.questionnaire();
        if (!q.isSharedAddress()) {
            return Optional.empty();
        }
        String a = ctx.address();
        List<String> names = readerNames(ctx);
        var reason = q.readerCount() >= 2
                ? text(a + " は " + q.readerCount() + " 人（" + joinJa(names) + "）が読む共有アドレスです。"
                                + "IMAP ならメールはサーバーに1つだけあり、既読・返信済み・フォルダー分けが全員に同じように見えます。",
                        a + " is shared by " + q.readerCount() + " people (" + joinEn(names) + "). With IMAP the mail "
                                + "stays in one place on the server, and read, replied and filed states look the same to everyone.")
                : text(a + " は" + ctx.mailbox().role().label().ja() + "用の共有アドレスです。担当者が替わっても"
                                + "そのまま引き継げるよう、メールをサーバーに置く IMAP にします。",
                        a + " is the company's " + ctx.mailbox().role().label().en().toLowerCase(java.util.Locale.ROOT)
                                + " address. Keep its mail on the server with IMAP so a new person can take it over as it is.");
        RiskLevel severity = q.usesPop(ctx.mailbox().protocol()) ? RiskLevel.WARNING : RiskLevel.INFO;
        return Optional.of(finding(FindingKind.DECISION, severity, reason,
                text("POP で各 PC に取り込むと、誰が返信したか分からない・PC ごとに中身が違う・PC の故障で会社のメールが消える、"
                                + "といった事故を防ぎます。",
                        "Prevents the accidents of POP on a shared address: nobody knows who replied, every PC holds "
                                + "different mail, and a broken PC takes company mail with it."),
                Suggestion.protocol(MailProtocol.IMAP)));
    }
}
