package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a domain's DMARC aggregate reports go: an address the project really has (never an invented one).
 * The consultant's choice comes first; else a role or shared mailbox on the domain itself, when the domain
 * receives mail; else one on another of the project's domains, which then needs its authorisation record.
 */
final class ReportAddresses {
    /** The chosen address; {@code external} when it lies outside the domain's organisation (RFC 9989 authorisation needed). */
    record Choice(String address, String reportDomain, boolean external) {
    }

    /** The choice, or in words why there is none. */
    record Result(Optional<Choice> choice, LocalizedText whyNone) {
    }

    private ReportAddresses() {
    }

    static Result choose(String domain, CheckProfile profile, boolean domainReceives) {
        if (!profile.reportAddress().isEmpty() && domainOf(profile.reportAddress()) != null) {
            return found(domain, profile.reportAddress());
        }
        List<Mailbox> usable = profile.mailboxes().stream()
                .filter(m -> domainOf(m.address()) != null && !m.autoReply().enabled()
                        && m.role() != MailboxRole.FORM && m.role() != MailboxRole.RECRUIT)
                .sorted(Comparator.comparingInt(ReportAddresses::rank)).toList();
        Optional<Mailbox> own = usable.stream().filter(m -> m.domainPart().equals(domain)).findFirst();
        if (own.isPresent() && domainReceives) {
            return found(domain, own.get().address());
        }
        Optional<Mailbox> other = usable.stream().filter(m -> !m.domainPart().equals(domain)).findFirst();
        if (other.isPresent()) {
            return found(domain, other.get().address());
        }
        LocalizedText why;
        if (profile.mailboxes().isEmpty()) {
            why = LocalizedText.of("プロジェクトにメールボックスが登録されていません", "the project has no mailboxes");
        } else if (own.isPresent()) {
            why = LocalizedText.of("このドメインはメールを受信できません（MX がない、または Null MX）。ドメイン上のアドレスにはレポートが届きません",
                    "the domain receives no mail (no MX, or a null MX): reports to its addresses cannot be delivered");
        } else {
            why = LocalizedText.of("レポートの受け取りに使えるメールボックス（代表・共用などのアドレス。フォーム用・自動応答付きを除く）がありません",
                    "no mailbox fit to receive reports (a role or shared address; not a form address or one with an auto-reply)");
        }
        return new Result(Optional.empty(), why);
    }

    private static Result found(String domain, String address) {
        String reportDomain = domainOf(address);
        boolean external = !reportDomain.equals(domain) && !reportDomain.endsWith("." + domain) && !domain.endsWith("." + reportDomain);
        return new Result(Optional.of(new Choice(address.strip(), reportDomain, external)), null);
    }

    /** Role and shared addresses first; a mailbox named for DMARC before all. */
    private static int rank(Mailbox m) {
        String local = m.address().substring(0, Math.max(0, m.address().lastIndexOf('@'))).toLowerCase(Locale.ROOT);
        if (local.contains("dmarc")) {
            return 0;
        }
        return switch (m.role()) {
            case REPRESENTATIVE -> 1;
            case OTHER -> 2;
            case BILLING -> 3;
            default -> 4;
        };
    }

    private static String domainOf(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.contains(" ") || a.contains(";") || a.contains(",") || a.contains("!")) {
            return null; // not something a mailto: URI in rua can carry unchanged
        }
        return a.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
