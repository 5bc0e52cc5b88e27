package dev.mailbench.design.engine.rules;

import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.Suggestion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Forwarding to a large free-mail service. Xserver forwards with the original sender kept and no SRS, so at the
 * target the sender's SPF fails; when the sender's DKIM signature does not survive either, a sender whose DMARC
 * policy is p=reject or p=quarantine has the forwarded copy refused or filed as spam, and the big services apply
 * DMARC strictly. Which senders are strict cannot be known in advance (looking up every possible sender's DNS is
 * neither possible nor wanted), so this is a warning that explains the mechanism, not a verdict.
 */
public final class ForwardToFreeMailRule extends BaseRule {
    /** The services whose users forward most often and that enforce the sender's DMARC policy. */
    static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com",
            "yahoo.co.jp", "ymail.ne.jp", "yahoo.com",
            "outlook.jp", "outlook.com", "hotmail.com", "hotmail.co.jp", "live.jp", "live.com", "msn.com",
            "icloud.com", "me.com", "mac.com",
            "aol.com");

    public ForwardToFreeMailRule() {
        super("R-FORWARD-FREEMAIL-DMARC", Phase.CHECK,
                "大手フリーメール（Gmail・Yahoo!メール・Outlook.com・iCloud など）へ転送している",
                "Forwarding to a large free-mail service (Gmail, Yahoo! Mail, Outlook.com, iCloud...)");
    }

    @Override
    public Optional<RuleFinding> evaluate(DesignContext ctx) {
        Set<String> targets = new LinkedHashSet<>(ctx.panel().account()
                .map(a -> a.forwardTo()).orElse(ctx.mailbox().forwardTo()));
        if (ctx.proposal().forwardTo() != null) {
            targets.addAll(ctx.proposal().forwardTo());
        }
        List<String> free = targets.stream().filter(ForwardToFreeMailRule::isFreeMail).toList();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(FindingKind.RISK, RiskLevel.WARNING,
                text(ctx.address() + " のメールを大手フリーメール（" + joinJa(free) + "）へ転送しています。"
                                + "エックスサーバーの転送は元の差出人のまま送り直す方式（SRS なし）のため、転送先では差出人ドメインの "
                                + "SPF が合いません。差出人が DMARC を p=reject（拒否）や p=quarantine（隔離）にしていて DKIM 署名"
                                + "が無い・崩れている場合、その差出人のメールは転送先で受け取り拒否されるか迷惑メールに入ります"
                                + "（銀行・カード会社・大手通販など、厳しい設定の差出人ほど起こります）。どの差出人が該当するかは"
                                + "事前には分からないため、警告として示します。",
                        ctx.address() + " is forwarded to a large free-mail service (" + joinEn(free) + "). Xserver "
                                + "forwards with the original sender kept (no SRS), so at the target the sender "
                                + "domain's SPF does not match. When a sender publishes DMARC p=reject or p=quarantine "
                                + "and its DKIM signature is missing or broken, the forwarded copy is refused or filed "
                                + "as spam (banks, card companies and large shops are the strict ones). Which senders "
                                + "are affected cannot be known in advance, so this is a warning."),
                text("転送先で重要なメールが届かない・迷惑メールに埋もれることを防ぎます。転送に頼らず、その人の"
                                + "端末で " + ctx.address() + " を IMAP で直接読むか、転送先を自社ドメインのアドレスにしてください。"
                                + "転送を続ける場合は、元のメールボックスにも残し、届かないときはそちらを確認するよう伝えます。",
                        "Prevents important mail being refused at the target or lost in its spam folder. Instead of "
                                + "forwarding, read " + ctx.address() + " over IMAP on that person's device, or forward "
                                + "to an address on the customer's own domain. If forwarding stays, keep a copy in the "
                                + "mailbox and tell the reader to look there when something does not arrive."),
                Suggestion.NONE));
    }

    static boolean isFreeMail(String address) {
        int at = address.lastIndexOf('@');
        return at >= 0 && FREE_MAIL.contains(address.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }
}
