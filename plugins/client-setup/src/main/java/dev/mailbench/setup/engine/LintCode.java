package dev.mailbench.setup.engine;

import dev.mailbench.api.model.LocalizedText;

/** Every mistake the settings lint knows, with its grade and a short title. */
public enum LintCode {
    MISSING_VALUE(Severity.WARNING, "未入力の項目", "Value missing"),
    WHITESPACE(Severity.ERROR, "値の前後・途中に空白", "Spaces around or inside a value"),
    FULL_WIDTH(Severity.ERROR, "全角文字が混ざっている", "Full-width characters"),
    USER_UPPERCASE(Severity.WARNING, "ユーザー名に大文字", "Upper-case letters in the user name"),
    USER_WITHOUT_DOMAIN(Severity.ERROR, "ユーザー名に @ 以降（ドメイン）がない", "User name without the domain"),
    USER_DOMAIN_TYPO(Severity.ERROR, "ユーザー名のドメインの綴り違い", "Typo in the user name's domain"),
    USER_OTHER_ADDRESS(Severity.ERROR, "ユーザー名が別のアドレス", "User name is another address"),
    HOST_IS_CUSTOMER_DOMAIN(Severity.ERROR, "サーバー名がお客様のドメイン（証明書エラーになる）", "Server name is the customer's domain (certificate mismatch)"),
    HOST_WRONG_SERVER_ID(Severity.ERROR, "サーバー番号が違う", "Wrong server number"),
    HOST_NOT_PROVIDER(Severity.ERROR, "サーバー名が契約中のサーバーではない", "Server is not the provider's"),
    HOST_MALFORMED(Severity.ERROR, "サーバー名の形式が正しくない", "Server name malformed"),
    PORT_NOT_NUMBER(Severity.ERROR, "ポート番号が数字でない", "Port is not a number"),
    PORT_25(Severity.ERROR, "送信ポートが 25", "Sending on port 25"),
    PORT_WRONG_SERVICE(Severity.ERROR, "ポート番号が別の用途のもの", "Port belongs to another protocol"),
    PORT_UNKNOWN(Severity.WARNING, "このサーバーで使わないポート番号", "Port the provider does not use"),
    SSL_OFF_ON_SSL_PORT(Severity.ERROR, "SSL/TLS のポートで暗号化なし", "No encryption on an SSL/TLS port"),
    STARTTLS_ON_SSL_PORT(Severity.ERROR, "SSL/TLS のポートで STARTTLS を指定", "STARTTLS on an SSL/TLS port"),
    SSL_ON_STARTTLS_PORT(Severity.ERROR, "STARTTLS のポートで SSL/TLS を指定", "SSL/TLS on a STARTTLS port"),
    NO_ENCRYPTION(Severity.WARNING, "暗号化なし（パスワードが平文）", "No encryption (password in clear)"),
    SMTP_AUTH_OFF(Severity.ERROR, "SMTP認証がオフ", "SMTP authentication off"),
    SMTP_USER_DIFFERENT(Severity.ERROR, "送信のユーザー名が受信と違う", "Outgoing user name differs"),
    SPA_ON(Severity.ERROR, "SPA（セキュリティで保護されたパスワード認証）がオン", "SPA (Secure Password Authentication) on"),
    POP_DELETE_SHARED(Severity.ERROR, "共有アドレスを POP で「サーバーから削除」", "POP deletes mail of a shared address"),
    POP_DELETE_NO_COPY(Severity.WARNING, "POP でサーバーにコピーを残さない", "POP keeps no copy on the server"),
    PROTOCOL_DIFFERS_FROM_DESIGN(Severity.WARNING, "受信方式が設計と違う（POP と IMAP の混在）", "Protocol differs from the design (POP/IMAP mix)"),
    GMAIL_POP_FETCH(Severity.ERROR, "Gmail の POP 取得（廃止済み）を使っている", "Relies on Gmail's POP fetch (retired)"),
    NEW_OUTLOOK_OVERSEAS_SMTP(Severity.WARNING, "新しい Outlook の送信が国外アクセス制限で拒否される", "New Outlook's sending refused by the overseas restriction"),
    SEND_FAILS_OUTLOOK_SETTINGS(Severity.WARNING, "Outlook の送信設定（SMTP認証・SPA・ポート）", "Outlook's sending settings (SMTP AUTH, SPA, port)"),
    SEND_FAILS_SETTINGS(Severity.WARNING, "送信だけ失敗する設定（SMTP認証・送信サーバー・ポート 25）", "Settings that make only sending fail"),
    SEND_FAILS_SOURCE_REFUSED(Severity.WARNING, "送信の設定は正しい（接続元で拒否）", "Sending settings right (the source is refused)"),
    OVERSEAS_SMTP_RESTRICTION(Severity.WARNING, "国外アクセス制限（SMTP）", "SMTP overseas access restriction"),
    SSL_ERROR_HOST_NAME(Severity.WARNING, "サーバー名と証明書の名前の不一致", "Server name does not match the certificate"),
    PASSWORD_LOOP_USER_NAME(Severity.WARNING, "ユーザー名の入力間違い", "User name mistyped"),
    QUOTA_FULL_SUSPECTED(Severity.WARNING, "メールボックス容量の満杯", "Mailbox quota full"),
    SPECIAL_FOLDERS_UNMAPPED(Severity.WARNING, "特別なフォルダーの割り当て違い", "Special folders mapped differently"),
    SENDER_AUTHENTICATION_DNS(Severity.WARNING, "送信ドメイン認証（SPF・DKIM・DMARC）の不備", "Sender authentication (SPF, DKIM, DMARC) incomplete"),
    DNS_AFTER_WEBSITE_MOVE(Severity.WARNING, "移転後の DNS（MX・SPF）", "DNS after the website move (MX, SPF)"),
    SMTP_AUTH_REQUIRED_BY_SERVER(Severity.INFO, "送信サーバーは SMTP 認証が必須", "The outgoing server requires SMTP authentication"),
    SYMPTOM_UNKNOWN(Severity.WARNING, "症状が読めない", "Symptom not understood"),
    ENCRYPTION_UNKNOWN(Severity.WARNING, "暗号化の指定が読めない", "Encryption value not understood");

    public enum Severity { ERROR, WARNING, INFO }

    private final Severity severity;
    private final LocalizedText title;

    LintCode(Severity severity, String ja, String en) {
        this.severity = severity;
        this.title = LocalizedText.of(ja, en);
    }

    public Severity severity() {
        return severity;
    }

    public LocalizedText title() {
        return title;
    }
}
