package dev.mailbench.host.handover;

import java.util.Locale;

/**
 * Every fixed text the host writes into the handover documents, in Japanese and English. Kept in one
 * place so a translation gap shows up as a compile error, not as a half-English document.
 */
public enum HandoverText {
    DOCUMENT_TITLE("メール設定 引き渡し資料", "Email Setup Handover"),
    FILE_NAME_WORD("引き渡し資料", "handover"),
    NONE("—", "—"),
    YES("あり", "Yes"),
    NO("なし", "No"),

    OVERVIEW("基本情報", "Basic information"),
    OVERVIEW_INTRO("この資料は、独自ドメインのメール設定の内容と、日常の確認事項、困ったときの手順をまとめたものです。大切に保管してください。",
            "This document records how your custom-domain email was set up, what to check, and what to do when something goes wrong. Please keep it."),
    CUSTOMER("お客様", "Customer"),
    CONTACT_PERSON("ご担当者", "Contact person"),
    PHONE("電話", "Phone"),
    EMAIL("メール", "Email"),
    ADDRESS("住所", "Address"),
    CONSULTANT("担当コンサルタント", "Consultant"),
    CONSULTANT_COMPANY("会社名", "Company"),
    VISIT_DATES("訪問日", "Visit dates"),
    DOCUMENT_VERSION("文書バージョン", "Document version"),
    ISSUED("発行日", "Issued"),
    PROVIDER("メールサーバー会社", "Mail hosting provider"),
    SERVER_ID("サーバーID", "Server ID"),
    MAIL_HOST("メールサーバー名", "Mail server name"),
    CUSTOMER_BLOCK("お客様情報", "Customer"),
    CONSULTANT_BLOCK("担当", "Consultant"),
    SERVER_BLOCK("メールサーバー", "Mail server"),

    DOMAINS_MAILBOXES("ドメインとメールアドレス", "Domains and mailboxes"),
    DOMAINS_MAILBOXES_INTRO("お客様の独自ドメインと、作成したメールアドレスの一覧です。",
            "Your custom domains and the mail addresses that were set up."),
    DOMAINS("ドメイン", "Domains"),
    DOMAIN("ドメイン名", "Domain"),
    DNS_OPERATOR("DNS の管理", "DNS managed by"),
    WEB_HOST("ホームページのサーバー", "Website hosted at"),
    REGISTRAR("登録業者", "Registrar"),
    NOTES("メモ", "Notes"),
    MAILBOXES("メールアドレス", "Mailboxes"),
    MAIL_ADDRESS("メールアドレス", "Address"),
    DISPLAY_NAME("表示名", "Display name"),
    ROLE("用途", "Purpose"),
    PROTOCOL("受信方式", "Protocol"),
    QUOTA("容量", "Quota"),
    FORWARDING("転送先", "Forwarded to"),
    AUTO_REPLY("自動応答", "Auto-reply"),
    FORWARDING_BLOCK("転送と自動応答", "Forwarding and auto-reply"),
    AUTO_REPLIES("自動応答の内容", "Auto-reply messages"),
    SUBJECT("件名", "Subject"),
    BODY("本文", "Message"),
    PERIOD("期間", "Period"),
    MAILBOX_CHECKS("メールアドレスの確認", "Mailbox checks"),
    CHECK_SEND_RECEIVE("%s の送信・受信テスト", "Send and receive test for %s"),
    CHECK_FORWARD("%s 宛のメールが %s に転送されることを確認", "Mail to %s is forwarded to %s"),
    CHECK_AUTO_REPLY("%s の自動応答の文面と期間を確認", "Auto-reply text and period of %s checked"),
    CHECK_QUOTA("%s の容量（%s）をサーバーパネルで確認", "Quota of %s (%s) checked in the server panel"),

    PEOPLE_DEVICES("利用者と端末", "People and devices"),
    PEOPLE_DEVICES_INTRO("メールを使う方と、各端末（パソコン・スマートフォン）の設定内容です。端末を買い替えたときは、この設定表を見ながら設定してください。",
            "Who uses mail and how each device (PC, phone) is set up. Use these setup sheets when you replace a device."),
    PEOPLE("利用者", "People"),
    NAME("氏名", "Name"),
    DEPARTMENT("部署", "Department"),
    DEVICES("端末一覧", "Devices"),
    DEVICE("端末", "Device"),
    USER("利用者", "User"),
    CLIENT("メールソフト", "Mail app"),
    DEVICE_ROLE("役割", "Role"),
    SETUP_SHEET("設定表: %s", "Setup sheet: %s"),
    INCOMING_SERVER("受信サーバー", "Incoming server"),
    INCOMING_PORT("受信ポート番号", "Incoming port"),
    INCOMING_ENCRYPTION("受信の暗号化", "Incoming encryption"),
    OUTGOING_SERVER("送信サーバー (SMTP)", "Outgoing server (SMTP)"),
    OUTGOING_PORT("送信ポート番号", "Outgoing port"),
    OUTGOING_ENCRYPTION("送信の暗号化", "Outgoing encryption"),
    OUTGOING_ALTERNATIVE("送信（別の組み合わせ）", "Outgoing (alternative)"),
    SMTP_AUTH("SMTP認証", "SMTP authentication"),
    SMTP_AUTH_VALUE("必要（受信メールサーバーと同じ設定を使用）", "Required (same settings as the incoming server)"),
    USER_NAME("ユーザー名", "User name"),
    SECRET_NOT_PRINTED("パスワード", "Sign-in secret"),
    SECRET_NOT_PRINTED_VALUE("本書には記載していません（別途お渡しした控えをご確認ください）",
            "Not printed in this document (see the separate note you were given)"),
    FORWARD_ONLY_NOTE("転送専用のため、端末での設定は不要です", "Forward-only: no setup on devices"),
    UNDECIDED_NOTE("受信方式が未決定のため、IMAP の値を記載しています", "Protocol not decided yet: IMAP values shown"),
    DEVICE_NOTE_NEW_OUTLOOK("新しい Outlook はマイクロソフトのクラウド経由で接続します。送信できない場合は、サーバーパネルの「国外アクセス制限」を確認してください。",
            "New Outlook connects through Microsoft's cloud. If sending fails, check the overseas access restriction in the server panel."),
    DEVICE_NOTE_APPLE("送信済み・下書き・ゴミ箱・迷惑メールのフォルダーを、サーバーのフォルダーに割り当ててください（メールボックスの特性 / 特別なメールボックスに使用）。",
            "Map Sent, Drafts, Trash and Junk to the server folders once (Mailbox Behaviors / Use This Mailbox For)."),
    DEVICE_NOTE_OUTLOOK("「セキュリティで保護されたパスワード認証 (SPA) に対応」はオフにしてください。",
            "Leave SPA (Outlook's secure logon option) turned off."),
    DEVICE_NOTE_GMAIL("Gmail アプリに IMAP アカウントとして追加します（Gmail の「他のアカウントのメールを確認」は使いません）。",
            "Add the address to the Gmail app as an IMAP account (do not use Gmail's \"check mail from other accounts\")."),
    NOTE("注意", "Note"),
    DEVICE_CHECKS("端末の設定確認", "Device checks"),
    CHECK_DEVICE("%s（%s）の設定と送受信テスト", "%s (%s): set up and send/receive tested"),

    WHEN_MAIL_STOPS("メールが届かない・送れないときは", "When mail stops working"),
    WHEN_MAIL_STOPS_INTRO("メールが届かない、送れないときは、次の順番で確認してください。多くの場合、途中で原因が見つかります。",
            "If mail cannot be received or sent, check in this order. Most problems are found along the way."),
    QUICK_CHECK_ORDER("確認の順番", "Check in this order"),
    STEP_WEBMAIL("ウェブメールにログインできるか確認します。ログインでき、メールが届いていれば、サーバーは正常です。問題はパソコン・スマートフォン側の設定にあります。",
            "Sign in to webmail. If you can and the mail is there, the server is fine: the problem is in the device's settings."),
    STEP_ACCOUNT("メールソフトのアカウント設定を1文字ずつ確認します。ユーザー名はメールアドレス全体（例: %s）、サーバー名は %s です。前後の空白や大文字・小文字の違いにも注意してください。",
            "Check the account settings letter by letter: the user name is the whole address (e.g. %s) and the server is %s. Watch for stray spaces and upper/lower case."),
    STEP_PORTS("ポート番号と暗号化の組み合わせを確認します。受信: IMAP %s / POP %s、送信: %s（または %s）、SMTP認証は「必要」です。",
            "Check the port and encryption pairs. Incoming: IMAP %s / POP %s; outgoing: %s (or %s); SMTP authentication required."),
    STEP_QUOTA("メールボックスの容量がいっぱいになっていないか、サーバーパネルで確認します。いっぱいになると新しいメールは受け取れません。",
            "Check in the server panel that the mailbox is not full. A full mailbox rejects new mail."),
    STEP_ABROAD("海外から送信できないときは、サーバーパネルの「国外アクセス制限」を確認します。",
            "If sending fails from abroad, check the overseas access restriction in the server panel."),
    STEP_CONTACT("それでも解決しないときは、担当（%s）までご連絡ください。",
            "If the problem remains, contact %s."),
    QUICK_CHECKLIST("お引き渡し時に一緒に確認したこと", "Checked together at handover"),
    CHECK_WEBMAIL_LOGIN("ウェブメールのログイン方法を確認した", "We tried signing in to webmail together"),
    CHECK_SETTINGS_LOCATION("各端末のアカウント設定の開き方を確認した", "We found where each device keeps its account settings"),
    CHECK_CONTACT_SHARED("困ったときの連絡先を共有した", "The contact for help was shared"),
    CONTACT("連絡先", "Contact"),

    SIGN_OFF("確認・署名", "Sign-off"),
    SIGN_OFF_INTRO("上記の内容で設定を行い、引き渡しました。内容をご確認のうえ、ご署名をお願いいたします。",
            "The setup described above has been completed and handed over. Please review and sign."),
    SIGNATURES("署名欄", "Signatures"),
    PARTY("区分", "Party"),
    COMPANY("会社名", "Company"),
    SIGNATURE("氏名（署名）", "Name (signature)"),
    DATE("日付", "Date"),

    // Checklist tables
    CHECK_ID("ID", "ID"),
    CHECK_ITEM("項目", "Item"),
    CHECK_STATUS("状況", "Status"),
    CHECK_OWNER("担当", "Owner"),
    CHECK_DUE("期限", "Due"),
    CHECK_NOTE("メモ", "Note"),
    SUMMARY_SECTION("セクション", "Section"),
    SUMMARY_TOTAL("合計", "Total"),
    CONTENTS("目次", "Contents"),
    NOTE_ROW("メモ: %s", "Note: %s");

    private final String ja;
    private final String en;

    HandoverText(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String get(Locale locale) {
        return isEnglish(locale) ? en : ja;
    }

    public String format(Locale locale, Object... args) {
        return String.format(get(locale), args);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
