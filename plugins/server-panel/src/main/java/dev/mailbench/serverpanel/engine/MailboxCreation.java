package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.AnswerState;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A new mailbox on the panel. The panel creates it only after the domain ownership check (TXT
 * {@code _xserver-verify.<domain>} = {@code xserver-verify=<token>} visible in public DNS), so the check runs here first
 * against live DNS: when the record is missing and the panel's DNS is in effect the record is offered as a change plan
 * (it goes the one way every DNS write goes); when the domain's DNS is elsewhere the consultant is told what to add
 * there. The password is the consultant's or a generated one, sent once and written nowhere.
 */
public final class MailboxCreation {
    public static final String VERIFY_HOST = "_xserver-verify";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#";

    /** Verified: the record is published. Missing: it is not (see {@link Ownership#proposal}). Unknown: DNS did not say. */
    public enum State { VERIFIED, MISSING, UNKNOWN }

    /**
     * @param proposal the record to add through the panel; null when verified, unknown, or the domain's DNS is elsewhere
     */
    public record Ownership(String domain, State state, String recordName, String expected, NsVerdict ns, DnsChange proposal,
                            LocalizedText explanation) {
        public boolean verified() {
            return state == State.VERIFIED;
        }
    }

    private final XserverConnector connector;
    private final DnsCheckService dns;
    private final DnsCheckService.Target target;

    public MailboxCreation(XserverConnector connector, DnsCheckService dns, DnsCheckService.Target target) {
        this.connector = connector;
        this.dns = dns;
        this.target = target;
    }

    /** Asks live DNS for the ownership record of {@code domain}, and what to do when it is missing. */
    public Ownership checkOwnership(String domain, BooleanSupplier cancelled) throws PanelException {
        String apex = domain.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String name = VERIFY_HOST + "." + XserverConnector.ascii(apex);
        String expected = "xserver-verify=" + connector.validationToken(cancelled);
        List<RecordView> answer;
        try {
            answer = dns.lookupTxt(name, target);
        } catch (IOException | RuntimeException e) {
            return unknown(apex, name, expected, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        AnswerState state = answer.isEmpty() ? AnswerState.NODATA : answer.get(0).state();
        if (state != AnswerState.ANSWERED && state != AnswerState.NXDOMAIN && state != AnswerState.NODATA) {
            return unknown(apex, name, expected, state.name());
        }
        if (answer.stream().anyMatch(r -> r.state() == AnswerState.ANSWERED && r.data().strip().equals(expected))) {
            return new Ownership(apex, State.VERIFIED, name, expected, null, null, LocalizedText.of(
                    "ドメイン所有者の確認用 TXT レコード " + name + " が公開されています。メールアカウントを作成できます。",
                    "The ownership record " + name + " is published: the mailbox can be created."));
        }
        NsVerdict ns;
        try {
            ns = NsVerdict.of(new ServiceNsLookup(dns, target).nameServers(apex), connector.serverInfo(cancelled).nameServers());
        } catch (IOException | RuntimeException e) {
            ns = NsVerdict.unknown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        String what = "TXT レコード " + name + " に「" + expected + "」";
        String whatEn = "TXT record " + name + " with \"" + expected + "\"";
        if (ns.state() == NsVerdict.State.IN_EFFECT) {
            DnsChange add = DnsChange.create(new DnsRecord(null, apex, VERIFY_HOST, "TXT", expected, 3600, 0));
            return new Ownership(apex, State.MISSING, name, expected, ns, add, LocalizedText.of(
                    "ドメイン所有者の確認ができません: " + what + " がありません。このドメインの DNS はサーバーパネルで有効なので、"
                            + "API で追加できます（変更計画を確認してから送信します）。公開されてから作成してください。",
                    "The domain's ownership cannot be verified: the " + whatEn + " is missing. The panel's DNS is in effect for"
                            + " this domain, so it can be added through the API (a change plan to confirm). Create the mailbox"
                            + " once it is published."));
        }
        String where = ns.nameServers().isEmpty() ? "" : "（" + String.join(", ", ns.nameServers()) + "）";
        String whereEn = ns.nameServers().isEmpty() ? "" : " (" + String.join(", ", ns.nameServers()) + ")";
        return new Ownership(apex, State.MISSING, name, expected, ns, null, LocalizedText.of(
                "ドメイン所有者の確認ができません: " + what + " がありません。このドメインの DNS は Xserver 以外" + where
                        + "で管理されているため、パネルからは追加できません。DNS を管理している会社の画面で " + what
                        + " を追加し、公開されてから作成してください。",
                "The domain's ownership cannot be verified: the " + whatEn + " is missing. The domain's DNS is run outside"
                        + " Xserver" + whereEn + ", so the panel cannot add it: add it where the DNS is managed, then create the"
                        + " mailbox once it is published."));
    }

    private static Ownership unknown(String apex, String name, String expected, String why) {
        return new Ownership(apex, State.UNKNOWN, name, expected, null, null, LocalizedText.of(
                "ドメイン所有者の確認用 TXT レコード " + name + " を確認できませんでした（" + why + "）。"
                        + "レコードが無いとは限りません。時間をおいてもう一度確認してください。",
                "Could not look up the ownership record " + name + " (" + why + "). That does not mean it is missing:"
                        + " check again later."));
    }

    /**
     * Creates the mailbox. The panel runs the ownership check itself: a 409 then carries its reason, which
     * {@link PanelException#explanation()} shows. A creation is never repeated blindly (the transport does not repeat a
     * POST that may have arrived).
     *
     * @param quotaMb 1 to 50,000; null leaves the panel's default
     */
    public void create(String address, char[] password, Integer quotaMb, String memo, BooleanSupplier cancelled)
            throws PanelException {
        connector.createMail(address, password, quotaMb, memo, cancelled);
    }

    /** A strong password to show once for the customer: 16 characters without look-alikes (0/O, 1/l/I). */
    public static char[] generatePassword() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[16];
        while (true) {
            for (int i = 0; i < out.length; i++) {
                out[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
            }
            if (hasEachKind(out)) {
                return out;
            }
        }
    }

    private static boolean hasEachKind(char[] p) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : p) {
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        return upper && lower && digit && other;
    }

    static Map<String, Object> body(String address, char[] password, Integer quotaMb, String memo) {
        Map<String, Object> body = new LinkedHashMap<>();
        int at = address.lastIndexOf('@');
        body.put("mail_address", address.substring(0, at + 1) + XserverConnector.ascii(address.substring(at + 1)));
        body.put("password", new String(password));
        if (quotaMb != null) {
            body.put("quota_mb", quotaMb);
        }
        if (memo != null && !memo.isBlank()) {
            body.put("memo", memo);
        }
        return body;
    }
}
