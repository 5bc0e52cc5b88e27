package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names each mistake of the failure catalogue in what a device currently has, with the fix. Text checks
 * (spaces, full-width characters) run on the raw value; the other checks on the cleaned value so one slip
 * does not hide or repeat the others.
 */
public final class SettingsLint {
    private static final Pattern SERVER_NUMBER = Pattern.compile("^([a-z]+)(\\d+)\\.(.+)$");

    private final ProviderProfile profile;
    private final Endpoints ep;
    private final List<String> customerDomains;
    private final MailProtocol designed;

    /**
     * @param customerDomains the project's domains (the address's domain is added automatically)
     * @param designed        the protocol the design settled on, or null/UNDECIDED when unknown
     */
    public SettingsLint(ProviderProfile profile, List<String> customerDomains, MailProtocol designed) {
        this.profile = profile;
        this.ep = Endpoints.of(profile);
        this.customerDomains = customerDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
        this.designed = designed;
    }

    public List<LintFinding> lint(ObservedSettings o) {
        List<LintFinding> out = new ArrayList<>();
        for (String key : List.of("address", "incomingHost", "incomingPort", "username", "outgoingHost", "outgoingPort", "outgoingUsername")) {
            textChecks(out, key, o.get(key), rightValue(key, o.get(key), clean(o.address())));
        }
        String address = clean(o.address());
        String user = clean(o.username());
        List<String> domains = new ArrayList<>(customerDomains);
        int at = address.lastIndexOf('@');
        if (at > 0) {
            domains.add(address.substring(at + 1).toLowerCase(Locale.ROOT));
        }
        Optional<ClientKind> client = parseClient(o.client());
        boolean appleSwitch = client.filter(c -> c == ClientKind.IPHONE || c == ClientKind.MAC_MAIL).isPresent();

        if (user.isEmpty()) {
            out.add(missing("username", "ユーザー名", "user name", address.isEmpty() ? "メールアドレス全体" : address));
        } else {
            userChecks(out, "username", o.username(), user, address);
        }
        String outUser = clean(o.outgoingUsername());
        // when the outgoing name is already the right one, the incoming name is the mistake (named by the user checks):
        // a fix that asks to set the outgoing name to what it already is would only confuse
        if (!outUser.isEmpty() && !outUser.equalsIgnoreCase(user) && !outUser.equalsIgnoreCase(expectedUser(address, user))) {
            out.add(new LintFinding(LintCode.SMTP_USER_DIFFERENT, "outgoingUsername", o.outgoingUsername(),
                    LocalizedText.of("送信 (SMTP) のユーザー名「" + outUser + "」が受信と違うため、送信だけ認証に失敗します。",
                            "The outgoing (SMTP) user name \"" + outUser + "\" differs from the incoming one, so only sending fails to log in."),
                    LocalizedText.of("送信のユーザー名も " + expectedUser(address, user) + " にする（Outlook は「受信メールサーバーと同じ設定を使用する」）。",
                            "Use " + expectedUser(address, user) + " for outgoing too (Outlook: \"Use same settings as my incoming mail server\").")));
            if (!outUser.contains("@")) {
                userChecks(out, "outgoingUsername", o.outgoingUsername(), outUser, address);
            }
        }

        Service inService = parseService(o.incomingProtocol());
        hostChecks(out, "incomingHost", o.incomingHost(), domains, "受信サーバー", "incoming server");
        hostChecks(out, "outgoingHost", o.outgoingHost(), domains, "送信サーバー", "outgoing server");
        portChecks(out, "incomingPort", "incomingEncryption", o.incomingPort(), o.incomingEncryption(), inService, appleSwitch);
        portChecks(out, "outgoingPort", "outgoingEncryption", o.outgoingPort(), o.outgoingEncryption(), Service.SMTP, appleSwitch);

        if (Boolean.FALSE.equals(yesNo(o.smtpAuth()))) {
            out.add(new LintFinding(LintCode.SMTP_AUTH_OFF, "smtpAuth", o.smtpAuth(),
                    LocalizedText.of("送信サーバーは SMTP 認証が必須です。オフだと受信はできても送信だけ失敗します（中継拒否）。",
                            "The server requires SMTP authentication: with it off, receiving works but sending is refused (relay denied)."),
                    LocalizedText.of("「送信サーバー (SMTP) は認証が必要」をオンにし、「受信メールサーバーと同じ設定を使用する」を選ぶ。",
                            "Turn on \"My outgoing server (SMTP) requires authentication\" with \"Use same settings as my incoming mail server\".")));
        }
        if (Boolean.TRUE.equals(yesNo(o.spa()))) {
            out.add(new LintFinding(LintCode.SPA_ON, "spa", o.spa(),
                    LocalizedText.of("SPA（セキュリティで保護されたパスワード認証）は Xserver では使えないため、パスワードが正しくてもログインできません。",
                            "The server does not support SPA, so Outlook cannot log in even with the right password."),
                    LocalizedText.of("「セキュリティで保護されたパスワード認証 (SPA) に対応」のチェックを外す（受信・送信とも）。",
                            "Untick \"Require logon using Secure Password Authentication (SPA)\" for incoming and outgoing.")));
        }
        boolean shared = Boolean.TRUE.equals(yesNo(o.shared()));
        if (inService == Service.POP3 && Boolean.TRUE.equals(yesNo(o.popDeleteFromServer()))) {
            if (shared) {
                out.add(new LintFinding(LintCode.POP_DELETE_SHARED, "popDeleteFromServer", o.popDeleteFromServer(),
                        LocalizedText.of("共有のアドレスを POP で受信してサーバーから削除すると、他の端末や担当者にメールが届かなくなります。",
                                "Downloading a shared address with POP and deleting from the server hides mail from every other device and person."),
                        LocalizedText.of("「サーバーにメッセージのコピーを置く」をオンにする。共有アドレスは IMAP を推奨。",
                                "Turn on \"Leave a copy of messages on the server\"; shared addresses are best read with IMAP.")));
            } else {
                out.add(new LintFinding(LintCode.POP_DELETE_NO_COPY, "popDeleteFromServer", o.popDeleteFromServer(),
                        LocalizedText.of("受信後にサーバーから削除するため、この PC が壊れるとメールが失われます。",
                                "Mail is deleted from the server after download: if this PC fails, the mail is lost."),
                        LocalizedText.of("バックアップがなければ「サーバーにメッセージのコピーを置く」をオンにし、保存期間を決める。",
                                "Without a backup, turn on \"Leave a copy of messages on the server\" and set a retention period.")));
            }
        }
        if (designed != null && designed != MailProtocol.UNDECIDED && designed != MailProtocol.FORWARD_ONLY && inService != null
                && (designed.isPop() != (inService == Service.POP3))) {
            out.add(new LintFinding(LintCode.PROTOCOL_DIFFERS_FROM_DESIGN, "incomingProtocol", o.incomingProtocol(),
                    LocalizedText.of("設計では " + designed.label().ja() + " ですが、この端末は " + inService.label() + " です。POP と IMAP が混在すると端末ごとに状態（既読・削除）が食い違います。",
                            "The design says " + designed.label().en() + " but this device uses " + inService.label() + ": mixing POP and IMAP makes read/deleted state differ per device."),
                    LocalizedText.of("アカウントを " + (designed.isPop() ? "POP" : "IMAP") + " で作り直す（受信方式はあとから変更できません）。",
                            "Recreate the account with " + (designed.isPop() ? "POP" : "IMAP") + " (the type cannot be changed afterwards).")));
        }
        if (Boolean.TRUE.equals(yesNo(o.gmailPopFetch())) || client.filter(c -> c == ClientKind.GMAIL_APP).isPresent() && inService == Service.POP3) {
            out.add(new LintFinding(LintCode.GMAIL_POP_FETCH, "gmailPopFetch", o.gmailPopFetch(),
                    LocalizedText.of("Gmail の「他のアカウントのメールを確認」（POP 取得）は 2026 年に廃止されました。この設定ではもうメールを受信しません。",
                            "Gmail's \"check mail from other accounts\" (POP fetch) was retired in 2026: this set-up no longer receives mail."),
                    LocalizedText.of("Gmail アプリに IMAP でアカウントを追加し、POP 取得の設定は削除する。",
                            "Add the address to the Gmail app with IMAP and remove the POP fetch.")));
        }
        symptomChecks(out, o, client.orElse(null));
        return out;
    }

    /**
     * The symptom's cause, unless a setting already names a cause of it: the settings' finding is the sharper one.
     */
    private void symptomChecks(List<LintFinding> out, ObservedSettings o, ClientKind client) {
        if (o.symptom().isBlank()) {
            return;
        }
        Optional<Symptom> symptom = Symptom.parse(o.symptom());
        if (symptom.isEmpty()) {
            out.add(new LintFinding(LintCode.SYMPTOM_UNKNOWN, "symptom", o.symptom(),
                    LocalizedText.of("症状「" + o.symptom() + "」が読み取れません。", "The symptom \"" + o.symptom() + "\" is not understood."),
                    LocalizedText.of("次のいずれかで入力する: " + symptomNames(), "Enter one of: " + symptomNames())));
            return;
        }
        for (LintFinding cause : SymptomRules.causes(client, symptom.get(), ep.host(), SymptomRules.SendingHere.UNKNOWN,
                sendingSettingsRight(out, o))) {
            if (out.stream().noneMatch(f -> f.code() == cause.code())) {
                out.add(cause);
            }
        }
    }

    /** Outgoing server, port, SMTP authentication and SPA are all entered and right (no finding on them). */
    private boolean sendingSettingsRight(List<LintFinding> findings, ObservedSettings o) {
        boolean anyOnSending = findings.stream().anyMatch(f -> List.of("outgoingHost", "outgoingPort", "outgoingEncryption", "smtpAuth",
                "outgoingUsername", "spa").contains(f.field()));
        String port = clean(o.outgoingPort());
        boolean submissionPort = port.equals(Integer.toString(ep.smtpSsl().port())) || port.equals(Integer.toString(ep.smtpStarttls().port()));
        return !anyOnSending && submissionPort && Boolean.TRUE.equals(yesNo(o.smtpAuth())) && Boolean.FALSE.equals(yesNo(o.spa()))
                && clean(o.outgoingHost()).equalsIgnoreCase(ep.host());
    }

    static String symptomNames() {
        return String.join(", ", java.util.Arrays.stream(Symptom.values()).map(Enum::name).toList());
    }

    /**
     * The user-name rules alone, for the live test to run before it logs in: the same findings and texts as
     * {@link #lint} gives for the user name.
     *
     * @param address the mailbox's address, or empty when unknown
     */
    public List<LintFinding> userNameFindings(String rawUser, String address) {
        List<LintFinding> out = new ArrayList<>();
        textChecks(out, "username", rawUser, rightValue("username", rawUser, clean(address)));
        String user = clean(rawUser);
        if (!user.isEmpty()) {
            userChecks(out, "username", rawUser, user, clean(address));
        }
        return out;
    }

    private static Optional<ClientKind> parseClient(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(ClientKind.valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** NFKC + strip + inner spaces removed: what the user most likely meant. */
    static String clean(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", "");
    }

    /**
     * The value to retype when a value has spaces or full-width characters: the cleaned value, unless that is
     * wrong too (a customer-domain host, a user name without its domain), so that one field never gets two
     * different fixes.
     */
    private String rightValue(String key, String raw, String address) {
        String cleaned = clean(raw);
        if (key.equals("incomingHost") || key.equals("outgoingHost")) {
            List<LintFinding> host = new ArrayList<>();
            List<String> domains = new ArrayList<>(customerDomains);
            int at = address.lastIndexOf('@');
            if (at > 0) {
                domains.add(address.substring(at + 1).toLowerCase(Locale.ROOT));
            }
            hostChecks(host, key, cleaned, domains, "", "");
            return host.isEmpty() ? cleaned : ep.host();
        }
        if (key.equals("username") || key.equals("outgoingUsername")) {
            List<LintFinding> user = new ArrayList<>();
            if (!cleaned.isEmpty()) {
                userChecks(user, key, cleaned, cleaned, address);
            }
            boolean wrong = user.stream().anyMatch(f -> f.severity() == LintCode.Severity.ERROR);
            return wrong ? expectedUser(address, cleaned) : cleaned;
        }
        return cleaned;
    }

    private static void textChecks(List<LintFinding> out, String key, String raw, String right) {
        if (raw.isEmpty()) {
            return;
        }
        if (!raw.equals(raw.strip()) || raw.strip().chars().anyMatch(Character::isWhitespace)) {
            out.add(new LintFinding(LintCode.WHITESPACE, key, raw,
                    LocalizedText.of("「" + visible(raw) + "」に空白が入っています。空白も文字として送られるため、サーバー名なら接続できず、ユーザー名ならパスワードエラーになります。",
                            "\"" + visible(raw) + "\" contains spaces. They are sent as characters: a server name with them does not resolve, a user name with them fails as a wrong password."),
                    LocalizedText.of("空白を取り除いて「" + right + "」と入力し直す。", "Retype it without spaces: \"" + right + "\".")));
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (!nfkc.equals(raw) || raw.chars().anyMatch(c -> c > 0x7e && c != 0x3000)) {
            out.add(new LintFinding(LintCode.FULL_WIDTH, key, raw,
                    LocalizedText.of("「" + raw + "」に全角文字（または英数字以外）が含まれています。サーバー名・ユーザー名・ポートは半角英数字で入力します。",
                            "\"" + raw + "\" contains full-width or non-ASCII characters; server names, user names and ports are plain ASCII."),
                    LocalizedText.of("半角で「" + right + "」と入力し直す（日本語入力をオフにして）。",
                            "Retype it in half-width ASCII: \"" + right + "\" (with the Japanese IME off).")));
        }
    }

    private static String visible(String s) {
        return s.replace(" ", "␣").replace("\u3000", "□").replace("\t", "⇥");
    }

    private LintFinding missing(String key, String ja, String en, String expected) {
        return new LintFinding(LintCode.MISSING_VALUE, key, "",
                LocalizedText.of(ja + "が入力されていません。", "The " + en + " is empty."),
                LocalizedText.of(ja + "に " + expected + " を入力する。", "Enter " + expected + " as the " + en + "."));
    }

    private String expectedUser(String address, String user) {
        if (!address.isEmpty()) {
            return profile.usernameFor(address.toLowerCase(Locale.ROOT));
        }
        int at = user.lastIndexOf('@');
        if (at > 0) {
            String domain = user.substring(at + 1).toLowerCase(Locale.ROOT);
            return customerDomains.stream().filter(d -> !d.equals(domain) && editDistance(domain, d) <= 2).findFirst()
                    .map(d -> user.substring(0, at).toLowerCase(Locale.ROOT) + "@" + d).orElse(user);
        }
        return customerDomains.size() == 1 ? user + "@" + customerDomains.get(0) : user + "@<ドメイン>";
    }

    private void userChecks(List<LintFinding> out, String key, String raw, String user, String address) {
        boolean fullAddressRule = !"LOCAL_PART".equals(profile.usernameRule());
        if (fullAddressRule && !user.contains("@")) {
            String expected = expectedUser(address, user);
            out.add(new LintFinding(LintCode.USER_WITHOUT_DOMAIN, key, raw,
                    LocalizedText.of("ユーザー名が「" + user + "」だけです。Xserver のユーザー名はメールアドレス全体なので、パスワードが正しくても受信も送信も「パスワードが違う」になります。",
                            "The user name is only \"" + user + "\". On Xserver the user name is the whole address, so both receiving and sending fail as \"wrong password\"."),
                    LocalizedText.of("ユーザー名をメールアドレス全体の " + expected + " にする（受信・送信とも）。",
                            "Set the user name to the whole address, " + expected + " (incoming and outgoing).")));
            return;
        }
        if (domainTypo(out, key, raw, user, address)) {
            return;
        }
        if (!address.isEmpty() && user.contains("@") && !user.equalsIgnoreCase(address)) {
            out.add(new LintFinding(LintCode.USER_OTHER_ADDRESS, key, raw,
                    LocalizedText.of("ユーザー名「" + user + "」がこのメールアドレス（" + address + "）と違います。綴り違いか、別のアドレスのアカウントです。",
                            "The user name \"" + user + "\" is not this mailbox's address (" + address + "): a typo or another account."),
                    LocalizedText.of("ユーザー名を " + address.toLowerCase(Locale.ROOT) + " にする。", "Set the user name to " + address.toLowerCase(Locale.ROOT) + ".")));
        }
        if (!user.equals(user.toLowerCase(Locale.ROOT))) {
            out.add(new LintFinding(LintCode.USER_UPPERCASE, key, raw,
                    LocalizedText.of("ユーザー名に大文字が含まれています。ローカル部（@ の前）の大文字・小文字の違いでログインに失敗することがあります。",
                            "The user name has upper-case letters; a case difference in the part before @ can make the login fail."),
                    LocalizedText.of("サーバーパネルに登録されたとおり「" + user.toLowerCase(Locale.ROOT) + "」と小文字で入力する。",
                            "Type it as registered in the server panel: \"" + user.toLowerCase(Locale.ROOT) + "\".")));
        }
    }

    /**
     * The domain part is a near miss of the customer's domain (one or two letters off): a typo that the server
     * answers as a wrong password. Named as a typo so nobody resets a password that was right.
     */
    private boolean domainTypo(List<LintFinding> out, String key, String raw, String user, String address) {
        int at = user.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String domain = user.substring(at + 1).toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(customerDomains);
        int addrAt = address.lastIndexOf('@');
        if (addrAt > 0) {
            known.add(address.substring(addrAt + 1).toLowerCase(Locale.ROOT));
        }
        if (known.contains(domain)) {
            return false;
        }
        for (String d : known) {
            if (!d.isEmpty() && editDistance(domain, d) <= 2) {
                String right = user.substring(0, at).toLowerCase(Locale.ROOT) + "@" + d;
                out.add(new LintFinding(LintCode.USER_DOMAIN_TYPO, key, raw,
                        LocalizedText.of("ユーザー名のドメイン部分「" + domain + "」が、お客様のドメイン「" + d + "」と違います（綴り違い）。"
                                        + "サーバーは「パスワードが違う」と答えますが、パスワードではなくユーザー名の間違いです。",
                                "The domain part \"" + domain + "\" of the user name is not the customer's domain \"" + d + "\" (a typo). "
                                        + "The server answers \"wrong password\", but the user name is what is wrong, not the password."),
                        LocalizedText.of("ユーザー名を " + right + " にする（パスワードは変えない）。",
                                "Set the user name to " + right + " (leave the password as it is).")));
                return true;
            }
        }
        return false;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private void hostChecks(List<LintFinding> out, String key, String raw, List<String> domains, String ja, String en) {
        String host = clean(raw).toLowerCase(Locale.ROOT);
        String expected = ep.host();
        if (host.isEmpty()) {
            out.add(missing(key, ja, en, expected));
            return;
        }
        if (host.contains("://") || host.contains("/") || host.contains("@") || host.contains(":") || !host.matches("[a-z0-9.-]+")) {
            out.add(new LintFinding(LintCode.HOST_MALFORMED, key, raw,
                    LocalizedText.of(ja + "「" + raw.strip() + "」はサーバー名の形式ではありません（http:// やメールアドレス、ポート番号を入れない）。",
                            "The " + en + " \"" + raw.strip() + "\" is not a host name (no http://, address or port in it)."),
                    LocalizedText.of(ja + "を " + expected + " にする。", "Set the " + en + " to " + expected + ".")));
            return;
        }
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (host.equals(expected.toLowerCase(Locale.ROOT))) {
            return;
        }
        for (String d : domains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                out.add(new LintFinding(LintCode.HOST_IS_CUSTOMER_DOMAIN, key, raw,
                        LocalizedText.of(ja + "が「" + host + "」（お客様のドメイン）です。サーバーの SSL 証明書は " + expected
                                        + " の名前で発行されているため、証明書の名前が一致せず「SSLで接続できません」等のエラーになります。",
                                "The " + en + " is \"" + host + "\", the customer's domain. The server's certificate is issued for " + expected
                                        + ", so the names do not match and the client reports an SSL/certificate error."),
                        LocalizedText.of(ja + "を " + expected + " にする（SSL をオフにして回避しない）。",
                                "Set the " + en + " to " + expected + " (do not work around it by turning SSL off).")));
                return;
            }
        }
        Matcher want = SERVER_NUMBER.matcher(expected.toLowerCase(Locale.ROOT));
        Matcher got = SERVER_NUMBER.matcher(host);
        if (want.matches() && got.matches() && want.group(1).equals(got.group(1)) && want.group(3).equals(got.group(3))) {
            out.add(new LintFinding(LintCode.HOST_WRONG_SERVER_ID, key, raw,
                    LocalizedText.of(ja + "「" + host + "」はサーバー番号が違います（このお客様は " + expected + "）。",
                            "The " + en + " \"" + host + "\" has the wrong server number (this customer is on " + expected + ")."),
                    LocalizedText.of("サーバーパネルの「サーバー情報」で番号を確認し、" + expected + " にする。",
                            "Check the number under server information in the server panel and set " + expected + ".")));
            return;
        }
        out.add(new LintFinding(LintCode.HOST_NOT_PROVIDER, key, raw,
                LocalizedText.of(ja + "「" + host + "」は契約中のメールサーバー（" + expected + "）ではありません。以前のプロバイダーや回線業者のサーバーが残っていると、送信や受信がそちらに向かいます。",
                        "The " + en + " \"" + host + "\" is not the customer's mail server (" + expected + "): a former provider's or ISP's server left in place sends or fetches elsewhere."),
                LocalizedText.of(ja + "を " + expected + " にする。", "Set the " + en + " to " + expected + ".")));
    }

    private void portChecks(List<LintFinding> out, String portKey, String encKey, String rawPort, String rawEnc, Service service,
                            boolean appleSwitch) {
        String p = clean(rawPort);
        Encryption recommended = Encryption.SSL_TLS;
        int recommendedPort = service == Service.SMTP ? ep.smtpSsl().port() : service == Service.POP3 ? ep.pop().port() : ep.imap().port();
        if (p.isEmpty()) {
            out.add(missing(portKey, "ポート番号", "port", Integer.toString(recommendedPort)));
            return;
        }
        int port;
        try {
            port = Integer.parseInt(p);
        } catch (NumberFormatException e) {
            out.add(new LintFinding(LintCode.PORT_NOT_NUMBER, portKey, rawPort,
                    LocalizedText.of("ポート番号「" + rawPort + "」が数字ではありません。", "The port \"" + rawPort + "\" is not a number."),
                    LocalizedText.of("ポート番号を " + recommendedPort + " にする。", "Set the port to " + recommendedPort + ".")));
            return;
        }
        if (service == Service.SMTP && port == Endpoints.SMTP_RELAY_PORT) {
            out.add(new LintFinding(LintCode.PORT_25, portKey, rawPort,
                    LocalizedText.of("送信にポート 25 を使っています。多くの回線は迷惑メール対策（OP25B）で外部の 25 番を遮断しており、Xserver の 25 番は SMTP 認証付きの送信に使えません。",
                            "Sending on port 25: most lines block outbound port 25 (OP25B), and it is not the provider's authenticated submission port."),
                    LocalizedText.of("送信ポートを " + ep.smtpSsl().port() + "（SSL/TLS）または " + ep.smtpStarttls().port() + "（STARTTLS）にし、SMTP 認証をオンにする。",
                            "Use port " + ep.smtpSsl().port() + " (SSL/TLS) or " + ep.smtpStarttls().port() + " (STARTTLS) with SMTP authentication.")));
            return;
        }
        Service portService = ep.serviceOf(port);
        if (service != null && portService != null && portService != service) {
            out.add(new LintFinding(LintCode.PORT_WRONG_SERVICE, portKey, rawPort,
                    LocalizedText.of("ポート " + port + " は " + portService.label() + " 用です。" + service.label() + " には使えません。",
                            "Port " + port + " is for " + portService.label() + ", not " + service.label() + "."),
                    LocalizedText.of("ポート番号を " + recommendedPort + " にする。", "Set the port to " + recommendedPort + ".")));
            return;
        }
        if (portService == null) {
            out.add(new LintFinding(LintCode.PORT_UNKNOWN, portKey, rawPort,
                    LocalizedText.of("ポート " + port + " はこのサーバーの" + (service == null ? "" : " " + service.label() + " ") + "ポートではありません。",
                            "Port " + port + " is not one of the server's" + (service == null ? "" : " " + service.label()) + " ports."),
                    LocalizedText.of("ポート番号を " + recommendedPort + " にする。", "Set the port to " + recommendedPort + ".")));
            return;
        }
        String e = clean(rawEnc).toLowerCase(Locale.ROOT);
        if (e.isEmpty()) {
            return;
        }
        Encryption enc = parseEncryption(e);
        if (enc == null) {
            if (!e.equals("auto") && !e.equals("自動")) {
                out.add(new LintFinding(LintCode.ENCRYPTION_UNKNOWN, encKey, rawEnc,
                        LocalizedText.of("暗号化「" + rawEnc + "」が読み取れません。", "The encryption \"" + rawEnc + "\" is not understood."),
                        LocalizedText.of("SSL/TLS、STARTTLS、なし のいずれかで入力する。", "Enter SSL/TLS, STARTTLS or none.")));
            }
            return;
        }
        boolean switchOn = appleSwitch && (e.equals("on") || e.equals("オン") || e.equals("true") || e.equals("yes"));
        if (ep.implicitTlsPorts().contains(port) && enc != Encryption.SSL_TLS) {
            out.add(new LintFinding(enc == Encryption.STARTTLS ? LintCode.STARTTLS_ON_SSL_PORT : LintCode.SSL_OFF_ON_SSL_PORT, encKey, rawEnc,
                    LocalizedText.of("ポート " + port + " は最初から SSL/TLS で話すポートですが、暗号化が「" + rawEnc.strip() + "」です。接続がタイムアウトするか、すぐに切れます。",
                            "Port " + port + " speaks SSL/TLS from the first byte but the encryption is \"" + rawEnc.strip() + "\": the connection times out or drops."),
                    LocalizedText.of("暗号化を SSL/TLS にする（「このサーバーは暗号化された接続 (SSL/TLS) が必要」をオン）。",
                            "Set the encryption to SSL/TLS (\"This server requires an encrypted connection (SSL/TLS)\").")));
        } else if (ep.starttlsPorts().contains(port) && enc == Encryption.SSL_TLS && !switchOn) {
            out.add(new LintFinding(LintCode.SSL_ON_STARTTLS_PORT, encKey, rawEnc,
                    LocalizedText.of("ポート " + port + " は平文で始めて STARTTLS で暗号化するポートですが、SSL/TLS が指定されています。SSL のエラーで接続できません。",
                            "Port " + port + " starts in plain text and upgrades with STARTTLS, but SSL/TLS is set: the connection fails with an SSL error."),
                    LocalizedText.of("ポート " + port + " なら暗号化を STARTTLS に、SSL/TLS を使うならポートを " + recommendedPort + " にする。",
                            "Either STARTTLS on port " + port + ", or SSL/TLS on port " + recommendedPort + ".")));
        } else if (ep.starttlsPorts().contains(port) && enc == Encryption.NONE) {
            out.add(new LintFinding(LintCode.NO_ENCRYPTION, encKey, rawEnc,
                    LocalizedText.of("暗号化なしのため、パスワードとメールが平文で流れます。", "Without encryption the password and mail travel in clear text."),
                    LocalizedText.of("暗号化を STARTTLS にする（または ポート " + recommendedPort + " で SSL/TLS）。",
                            "Use STARTTLS (or SSL/TLS on port " + recommendedPort + ").")));
        }
    }

    static Encryption parseEncryption(String e) {
        return switch (e) {
            case "ssl/tls", "ssl", "on", "オン", "true", "yes", "はい", "ssl_tls", "implicit" -> Encryption.SSL_TLS;
            case "starttls", "tls" -> Encryption.STARTTLS;
            case "none", "なし", "off", "オフ", "false", "no", "いいえ", "plain" -> Encryption.NONE;
            default -> null;
        };
    }

    static Service parseService(String s) {
        String v = clean(s).toUpperCase(Locale.ROOT);
        return switch (v) {
            case "IMAP", "IMAP4" -> Service.IMAP;
            case "POP", "POP3" -> Service.POP3;
            default -> null;
        };
    }

    static Boolean yesNo(String s) {
        String v = clean(s).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "on", "yes", "true", "1", "はい", "オン", "y" -> Boolean.TRUE;
            case "off", "no", "false", "0", "いいえ", "オフ", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
