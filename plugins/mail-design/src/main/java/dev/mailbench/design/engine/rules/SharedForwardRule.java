package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Person;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * §5: shared addresses → forwarding to personal addresses rather than shared passwords. People who only
 * view the shared address (their devices are viewers) get a forwarded copy at their own address.
 */
public final class SharedForwardRule extends BaseRule {
    public SharedForwardRule() {
        super("D-SHARED-FORWARD", Phase.DETAIL, "共有アドレスに複数の人がログインしている（パスワードの共有）",
                "Several people log in to a shared address (a shared password)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Questionnaire q = ctx.questionnaire();
        if (ctx.proposedProtocol() != MailProtocol.IMAP || q.readerCount() < 2) {
            return Optional.empty();
        }
        Set<String> keeperPeople = new LinkedHashSet<>();
        q.keeperDevices().forEach(d -> keeperPeople.add(d.personId()));
        String own = ctx.mailbox().address().toLowerCase(Locale.ROOT);
        Set<String> viewerNames = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>(ctx.mailbox().forwardTo());
        for (DeviceAnswer d : q.devices()) {
            if (d.isKeeper() || d.personId().isEmpty() || keeperPeople.contains(d.personId())) {
                continue;
            }
            Optional<Person> person = ctx.project().person(d.personId());
            String email = person.map(Person::email).orElse("").trim();
            if (email.isEmpty() || email.toLowerCase(Locale.ROOT).equals(own)) {
                continue;
            }
            viewerNames.add(ctx.personName(d.personId()));
            targets.add(email);
        }
        if (viewerNames.isEmpty()) {
            return Optional.empty();
        }
        String a = ctx.address();
        List<String> added = targets.stream().filter(t -> !ctx.mailbox().forwardTo().contains(t)).toList();
        RiskLevel severity = q.readerCount() >= 3 ? RiskLevel.WARNING : RiskLevel.INFO;
        return Optional.of(finding(FindingKind.DECISION, severity,
                text(a + " のパスワードを " + q.readerCount() + " 人で共有しています。閲覧だけの " + joinJa(viewerNames)
                                + " には個人アドレス（" + joinJa(added) + "）へ転送し、" + a
                                + " にログインするのは返信を担当する人だけにします。",
                        q.readerCount() + " people share the password of " + a + ". Forward it to the personal "
                                + "addresses (" + joinEn(added) + ") of those who only read it (" + joinEn(viewerNames)
                                + "), and let only the people who reply log in to " + a + "."),
                text("パスワードの使い回しや退職者からの漏えい、1人の端末の設定ミスで全員のメールに影響が出ることを防ぎます。",
                        "Prevents a password spread around (and leaving with former staff), and one person's "
                                + "misconfigured device affecting everyone's mail."),
                Suggestion.NONE.withForwardTo(List.copyOf(targets))));
    }
}
