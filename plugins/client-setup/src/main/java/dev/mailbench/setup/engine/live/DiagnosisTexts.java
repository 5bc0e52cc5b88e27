package dev.mailbench.setup.engine.live;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import java.util.List;

/** The plain-language cause and fix of each failure, with the actual host, port and user filled in. */
final class DiagnosisTexts {
    private DiagnosisTexts() {
    }

    /** The diagnosis of {@code code} for a probe of {@code t} in the run asked by {@code r}. */
    static Diagnosis of(Code code, ProbeTarget t, LiveTester.Request r, List<String> certNames, String detail) {
        return of(code, t, r.host(), r.user(), r.expectedHost(), certNames, detail);
    }

    static Diagnosis of(Code code, ProbeTarget t, String host, String user, String expectedHost, List<String> certNames, String detail) {
        String p = Integer.toString(t.port());
        // a certificate that fails the trust check says nothing reliable about the right server: only a mismatch's names count
        String proposed = HostAdvice.proposeOrPlaceholder(host, expectedHost, code == Code.CERT_NAME_MISMATCH ? certNames : null);
        boolean known = !proposed.equals(HostAdvice.PLACEHOLDER);
        String want = known ? proposed : proposed + "（サーバーパネルの「サーバー情報」のホスト名）";
        String wantEn = known ? proposed : proposed + " (the host name under server information in the server panel)";
        String names = certNames == null || certNames.isEmpty() ? "?" : String.join(", ", certNames);
        boolean starttls = t.encryption() == dev.mailbench.api.provider.ProviderProfile.Encryption.STARTTLS;
        String starttlsPort = switch (t.service()) {
            case IMAP -> "143";
            case POP3 -> "110";
            case SMTP -> "587";
        };
        boolean hostIsProfiles = expectedHost != null && HostAdvice.normalize(host).equals(HostAdvice.normalize(expectedHost));
        String chosen = t.encryption() == dev.mailbench.api.provider.ProviderProfile.Encryption.STARTTLS ? "STARTTLS" : "暗号化なし";
        String chosenEn = t.encryption() == dev.mailbench.api.provider.ProviderProfile.Encryption.STARTTLS ? "STARTTLS" : "no encryption";
        return switch (code) {
            case OK -> Diagnosis.ok();
            case DNS_NOT_FOUND -> d(code, "サーバー名「" + host + "」が見つかりません（名前解決できません）。綴りの間違いか、存在しないサーバー名です。",
                    "The server name \"" + host + "\" does not resolve: a typo or a name that does not exist.",
                    hostIsProfiles ? "サーバー名は設定シートどおりです。ネット接続と DNS（社内 DNS・VPN・セキュリティソフト）を確認し、サーバー番号をサーバーパネルで確かめる。"
                            : "サーバー名を " + want + " にする。ネットにつながっているかも確認する。",
                    hostIsProfiles ? "The server name is the one on the setup sheet: check the network and DNS (company DNS, VPN, security software) and the server number in the server panel."
                            : "Use " + wantEn + " as the server name, and check that the device is online.");
            case PORT_25_BLOCKED -> d(code, "ポート 25 に接続できません（" + detail + "）。回線業者が迷惑メール対策で外向きの 25 番を遮断しています（OP25B）。",
                    "Port 25 cannot be reached (" + detail + "): the line blocks outbound port 25 against spam (OP25B).",
                    "送信はポート 465（SSL/TLS）か 587（STARTTLS）と SMTP 認証で行う。25 番は使わない。",
                    "Send on port 465 (SSL/TLS) or 587 (STARTTLS) with SMTP authentication; never port 25.");
            case PORT_25_OPEN -> d(code, "この回線からはポート 25 に届きますが、メールソフトの送信には使いません。",
                    "Port 25 is reachable from this line, but mail clients must not send on it.",
                    "送信は 465 / 587 で SMTP 認証を使う。", "Send on 465 / 587 with SMTP authentication.");
            case PORT_REFUSED -> d(code, "ポート " + p + " への接続が拒否されました。サーバーがこのポートを受け付けていないか、途中で遮断されています。",
                    "Connection to port " + p + " was refused: nothing accepts this port there, or something on the way blocks it.",
                    "ポート番号を確認する（" + t.service().label() + " は設定シートの番号）。社内ネットワークやセキュリティソフトの遮断も確認する。",
                    "Check the port number (the " + t.service().label() + " port on the setup sheet) and any company firewall or security software.");
            case CONNECT_TIMEOUT -> d(code, "ポート " + p + " に接続できず時間切れになりました。ファイアウォールや回線が通信を捨てています。",
                    "Connecting to port " + p + " timed out: a firewall or the line drops the traffic.",
                    "社内ファイアウォール・公衆 Wi-Fi・セキュリティソフトを確認し、別の回線（スマホのテザリング等）でも試す。海外からの接続ならサーバーパネルの「国外アクセス制限」を確認する。",
                    "Check the company firewall, public Wi-Fi and security software; try another line (phone tethering). From abroad, check the overseas access restriction (国外アクセス制限) in the server panel.");
            case CONNECTION_DROPPED -> d(code, "接続直後にサーバーが切断しました（" + detail + "）。接続元が拒否されている（国外アクセス制限・同時接続数の上限・ログイン失敗の繰り返し）可能性があります。",
                    "The server closed the connection at once (" + detail + "): the source may be refused (overseas restriction, too many connections, repeated failed logins).",
                    "しばらく待って再試行し、サーバーパネルの「国外アクセス制限」と、同じアドレスを使う端末の数を確認する。",
                    "Wait and retry; check the overseas access restriction in the server panel and how many devices use this address.");
            case NO_GREETING -> d(code, "接続はできましたが、サーバーが何も返しません（時間切れ）。途中で通信が止められているか、別の種類のサーバーです。",
                    "Connected, but the server never answered (timeout): something swallows the traffic, or it is another kind of server.",
                    "ポート番号と暗号化の組み合わせ、セキュリティソフトのメール検査機能を確認する。",
                    "Check the port/encryption pair and any mail scanning in security software.");
            case PLAIN_ON_TLS_PORT -> d(code, "このポートは SSL/TLS が必要です。ポート " + p + " は最初から SSL/TLS で話すポートで、" + chosen
                            + " の接続には何も返しません（TLS の開始を待っています）。",
                    "This port needs SSL/TLS. Port " + p + " speaks SSL/TLS from the first byte and gives a client using " + chosenEn
                            + " no answer (it waits for the TLS handshake).",
                    "暗号化を SSL/TLS にする（Outlook: 使用する暗号化接続の種類「SSL/TLS」、iPhone:「SSLを使用」をオン）。"
                            + (starttls ? "STARTTLS を使うなら " + t.service().label() + " の STARTTLS のポート（" + starttlsPort + "）にする。" : ""),
                    "Set the encryption to SSL/TLS (Outlook: encrypted connection type \"SSL/TLS\"; iPhone: \"Use SSL\" on)."
                            + (starttls ? " To keep STARTTLS, use the " + t.service().label() + " STARTTLS port (" + starttlsPort + ")." : ""));
            case TLS_ON_PLAIN_PORT -> d(code, "ポート " + p + " は平文で始まり STARTTLS で暗号化するポートですが、最初から SSL/TLS で接続したためエラーになりました。",
                    "Port " + p + " starts in plain text (STARTTLS), but the client spoke SSL/TLS from the start.",
                    "このポートでは暗号化を STARTTLS にする。SSL/TLS を使うなら SSL 用のポート（IMAP 993 / POP 995 / SMTP 465）にする。",
                    "Use STARTTLS on this port, or SSL/TLS on the SSL port (IMAP 993 / POP 995 / SMTP 465).");
            case CERT_NAME_MISMATCH -> d(code, "サーバー証明書の名前（" + names + "）と接続先「" + host + "」が一致しません。お客様のドメイン名をサーバー名にすると起きます（iPhone では「SSLで接続できません」）。",
                    "The certificate is for " + names + ", not for \"" + host + "\". This happens when the customer's domain is used as the server name (iPhone: \"Cannot connect using SSL\").",
                    "サーバー名を " + want + " にする。SSL をオフにして回避しない。",
                    "Set the server name to " + wantEn + ". Do not turn SSL off to get around it.");
            case CERT_UNTRUSTED -> d(code, "サーバー証明書が信頼できる認証局のものではありません（" + detail + "）。別のサーバーにつながっているか、セキュリティソフト・プロキシが通信を差し替えています。",
                    "The certificate is not from a trusted authority (" + detail + "): another server answers, or security software or a proxy intercepts the connection.",
                    "証明書を「信頼」して進めない。" + (hostIsProfiles ? "" : "サーバー名を " + want + " にし、") + "セキュリティソフトのメール検査（SSL スキャン）をオフにして再試行する。",
                    "Do not accept the certificate. " + (hostIsProfiles ? "Turn" : "Use " + wantEn + " and turn") + " off SSL scanning of mail in security software, then retry.");
            case CERT_EXPIRED -> d(code, "サーバー証明書の有効期限が切れているか、端末の日付がずれています。",
                    "The certificate has expired, or the device's clock is wrong.",
                    "端末の日付と時刻を確認する。正しければプロバイダーに連絡する。",
                    "Check the device's date and time; if right, contact the provider.");
            case TLS_FAILED -> d(code, "暗号化（TLS）の開始に失敗しました（" + detail + "）。",
                    "The TLS handshake failed (" + detail + ").",
                    "ポートと暗号化の組み合わせを設定シートどおりにする。古い端末なら OS の更新も検討する。",
                    "Use the port/encryption pair of the setup sheet; on an old device consider updating the OS.");
            case STARTTLS_NOT_OFFERED -> d(code, "サーバーが STARTTLS に応じませんでした（" + detail + "）。",
                    "The server did not accept STARTTLS (" + detail + ").",
                    "SSL/TLS のポート（IMAP 993 / POP 995 / SMTP 465）を使う。", "Use the SSL/TLS port (IMAP 993 / POP 995 / SMTP 465).");
            case NOT_A_MAIL_SERVER -> d(code, "ポート " + p + " の応答が " + t.service().label() + " サーバーのものではありません（" + detail + "）。",
                    "What answers on port " + p + " is not a " + t.service().label() + " server (" + detail + ").",
                    "受信・送信とポート番号の組み合わせを確認する。", "Check which port belongs to which protocol.");
            case AUTH_FAILED_USER_WITHOUT_DOMAIN -> d(code, "ログインに失敗しました。ユーザー名「" + user + "」に @ 以降がありません。Xserver のユーザー名はメールアドレス全体です。",
                    "Login failed. The user name \"" + user + "\" has no @domain: on Xserver the user name is the whole address.",
                    "ユーザー名を「" + user + "@（ドメイン）」のメールアドレス全体にする（受信・送信とも）。",
                    "Use the whole address \"" + user + "@<domain>\" as the user name, incoming and outgoing.");
            case AUTH_FAILED_WHITESPACE -> d(code, "ログインに失敗しました。ユーザー名「" + user + "」に空白が含まれています。",
                    "Login failed. The user name \"" + user + "\" contains spaces.",
                    "空白を取り除いて入力し直す。", "Retype it without spaces.");
            case AUTH_FAILED_USER_NAME -> d(code, "ログインに失敗しました。ユーザー名「" + user + "」の入力に間違いがあります（" + detail + "）。",
                    "Login failed: the user name \"" + user + "\" is mistyped (" + detail + ").",
                    "ユーザー名をメールアドレス全体で、半角・空白なしで入力し直す。", "Retype the user name as the whole address, half-width, without spaces.");
            case AUTH_FAILED -> d(code, "ユーザー名またはパスワードが違います（" + detail + "）。",
                    "Wrong user name or password (" + detail + ").",
                    "パスワードの大文字・小文字、全角、Caps Lock を確認し、ウェブメールに同じパスワードでログインできるか試す。だめならサーバーパネルでパスワードを再設定する。",
                    "Check upper/lower case, full-width characters and Caps Lock; try the same password in webmail; if that fails, reset it in the server panel.");
            case SMTP_AUTH_REJECTED_ONLY_SENDING -> d(code, "受信のログインは成功したのに、送信（SMTP 認証）だけ拒否されました（" + detail + "）。接続元が海外と判定されると Xserver の「国外アクセス制限」で SMTP 認証が拒否されます（新しい Outlook は Microsoft のクラウドから接続します）。",
                    "Receiving logs in, but sending (SMTP AUTH) is refused (" + detail + "). Xserver refuses SMTP AUTH from foreign addresses under its overseas access restriction (new Outlook connects from Microsoft's cloud).",
                    "サーバーパネルの「国外アクセス制限」で SMTP の制限をこのアドレス（またはドメイン）について解除する。",
                    "Lift the SMTP overseas access restriction (国外アクセス制限) for this address or domain in the server panel.");
            case SMTP_AUTH_NOT_OFFERED -> d(code, "送信サーバーが SMTP 認証を提示しませんでした。暗号化前か、認証できないポートです。",
                    "The server did not offer SMTP authentication: not encrypted yet, or not a submission port.",
                    // already encrypted on a submission port: "use 465 or 587" would ask for what is set
                    t.encryption() == dev.mailbench.api.provider.ProviderProfile.Encryption.NONE
                            ? "送信は 465（SSL/TLS）か 587（STARTTLS）にする。"
                            : "暗号化後も SMTP 認証がないため、このサーバーは認証付きの送信を受け付けません。サーバー名が契約中のメールサーバー（" + want + "）か確認する。",
                    t.encryption() == dev.mailbench.api.provider.ProviderProfile.Encryption.NONE
                            ? "Send on 465 (SSL/TLS) or 587 (STARTTLS)."
                            : "Even encrypted, this server offers no SMTP authentication: check that the server is the customer's mail server (" + wantEn + ").");
            case SEND_REJECTED -> d(code, "ログイン後、テストメールの送信が拒否されました（" + detail + "）。",
                    "After logging in, the test message was refused (" + detail + ").",
                    "差出人アドレスとメールボックス容量（満杯だと受け取れません）を確認する。",
                    "Check the sender address and the mailbox quota (a full mailbox refuses mail).");
            case ROUND_TRIP_NOT_FOUND -> d(code, "送ったテストメールが時間内に受信箱に届きませんでした。",
                    "The test message did not arrive in the inbox in time.",
                    "転送設定・迷惑メールフィルター・容量を確認し、少し待って受信箱を見る。",
                    "Check forwarding, spam filtering and the quota; look at the inbox again a little later.");
            case ROUND_TRIP_SKIPPED -> d(code, "送信と IMAP の両方でログインできなかったため、往復テストは行いませんでした。",
                    "The round trip was not tried: it needs a working SMTP and IMAP login.",
                    "先に上の失敗を直す。", "Fix the failures above first.");
            case CANCELLED -> d(code, "中止しました。", "Cancelled.", "", "");
            case ERROR -> d(code, "予期しないエラー: " + detail, "Unexpected error: " + detail, "もう一度試す。", "Try again.");
        };
    }

    /**
     * A refused login whose cause the settings lint's user-name rules name: the lint's own texts, so the live
     * test and the lint never explain one mistake in two ways.
     */
    static Diagnosis userName(dev.mailbench.setup.engine.LintFinding finding, String detail) {
        Code code = switch (finding.code()) {
            case WHITESPACE -> Code.AUTH_FAILED_WHITESPACE;
            case USER_WITHOUT_DOMAIN -> Code.AUTH_FAILED_USER_WITHOUT_DOMAIN;
            default -> Code.AUTH_FAILED_USER_NAME;
        };
        return d(code, "ログインに失敗しました（" + detail + "）。" + finding.explanation().ja(),
                "Login failed (" + detail + "). " + finding.explanation().en(), finding.fix().ja(), finding.fix().en());
    }

    private static Diagnosis d(Code code, String causeJa, String causeEn, String fixJa, String fixEn) {
        return new Diagnosis(code, LocalizedText.of(causeJa, causeEn), LocalizedText.of(fixJa, fixEn));
    }
}
