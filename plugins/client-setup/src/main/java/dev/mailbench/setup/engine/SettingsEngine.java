package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.SetupNote.Level;
import java.util.ArrayList;
import java.util.List;

/** The settings each client needs for a mailbox, from the provider profile and the mailbox's protocol. */
public final class SettingsEngine {
    public static final String NOTE_UNDECIDED = "PROTOCOL_UNDECIDED";
    public static final String NOTE_FORWARD_ONLY = "FORWARD_ONLY";
    public static final String NOTE_NEW_OUTLOOK_CLOUD = "NEW_OUTLOOK_CLOUD_SMTP_OVERSEAS";
    public static final String NOTE_GMAIL_POP_FETCH = "GMAIL_POP_FETCH_RETIRED";
    public static final String NOTE_SPECIAL_FOLDERS = "SPECIAL_FOLDERS";
    public static final String NOTE_SPA_OFF = "SPA_OFF";
    public static final String NOTE_AUTODISCOVER_IGNORED = "OUTLOOK_IGNORES_POX_FOR_IMAP";
    public static final String NOTE_POP_DELETE_SHARED = "POP_DELETE_SHARED";
    public static final String NOTE_POP_COPY = "POP_LEAVE_COPY";
    public static final String NOTE_SMTP_587 = "SMTP_587_ALTERNATIVE";
    public static final String NOTE_WEBMAIL = "WEBMAIL_NO_CLIENT";
    public static final String NOTE_PORT25 = "NEVER_PORT_25";

    private final ProviderProfile profile;
    private final Endpoints endpoints;

    public SettingsEngine(ProviderProfile profile) {
        this.profile = profile;
        this.endpoints = Endpoints.of(profile);
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /**
     * @param protocol        the accepted protocol (design decision or the mailbox's own); UNDECIDED becomes IMAP
     * @param shared          more than one person or device reads the mailbox
     * @param leaveCopyDays   POP with a copy: days before removal from the server, or null
     */
    public ClientSettings settingsFor(Mailbox mailbox, MailProtocol protocol, ClientKind client, boolean shared,
                                      Integer leaveCopyDays) {
        List<SetupNote> notes = new ArrayList<>();
        MailProtocol effective = protocol == null ? MailProtocol.UNDECIDED : protocol;
        if (effective == MailProtocol.UNDECIDED) {
            effective = MailProtocol.IMAP;
            notes.add(new SetupNote(NOTE_UNDECIDED, Level.WARNING, LocalizedText.of(
                    "受信方式が未決定のため IMAP で作成しました。メール設計で方式を確定してください。",
                    "The protocol is not decided yet, so these settings use IMAP. Settle it in the mail design.")));
        }
        String address = mailbox.address().strip();
        String username = profile.usernameFor(address);
        if (effective == MailProtocol.FORWARD_ONLY) {
            notes.add(new SetupNote(NOTE_FORWARD_ONLY, Level.INFO, LocalizedText.of(
                    "転送専用のアドレスです。端末には設定しません（転送先: " + String.join(", ", mailbox.forwardTo()) + "）。",
                    "Forward-only address: no device logs in (forwarded to: " + String.join(", ", mailbox.forwardTo()) + ").")));
            return new ClientSettings(client, address, mailbox.displayName(), effective, null, null, username, false, null, notes);
        }
        boolean pop = effective.isPop();
        var in = pop ? endpoints.pop() : endpoints.imap();
        ServerSetting incoming = new ServerSetting(pop ? Service.POP3 : Service.IMAP, endpoints.host(), in.port(), in.encryption());
        var outEp = endpoints.smtpSsl();
        ServerSetting outgoing = new ServerSetting(Service.SMTP, endpoints.host(), outEp.port(), outEp.encryption());
        notes.add(new SetupNote(NOTE_SMTP_587, Level.INFO, LocalizedText.of(
                "送信はポート " + outEp.port() + "（SSL/TLS）。つながらない場合はポート " + endpoints.smtpStarttls().port()
                        + "（STARTTLS）でも送信できます。どちらも SMTP 認証が必要です。",
                "Send on port " + outEp.port() + " (SSL/TLS); port " + endpoints.smtpStarttls().port()
                        + " (STARTTLS) works too. Both need SMTP authentication.")));
        notes.add(new SetupNote(NOTE_PORT25, Level.INFO, LocalizedText.of(
                "送信にポート 25 は使いません（多くの回線で OP25B により遮断されます）。",
                "Never send on port 25: most consumer lines block it (OP25B).")));
        if (pop && effective == MailProtocol.POP_DELETE && shared) {
            notes.add(new SetupNote(NOTE_POP_DELETE_SHARED, Level.WARNING, LocalizedText.of(
                    "共有のアドレスで「サーバーから削除」すると他の端末で読めなくなります。「サーバーにコピーを残す」にしてください。",
                    "Deleting from the server on a shared address hides mail from the other devices: leave a copy on the server.")));
        }
        boolean leaveCopy = effective == MailProtocol.POP_KEEP_COPY || pop && shared;
        if (pop && leaveCopy) {
            notes.add(new SetupNote(NOTE_POP_COPY, Level.INFO, LocalizedText.of(
                    "「サーバーにメッセージのコピーを置く」をオンにします" + (leaveCopyDays == null ? "。" : "（" + leaveCopyDays + " 日後に削除）。"),
                    "Turn on \"leave a copy of messages on the server\"" + (leaveCopyDays == null ? "." : " (remove after " + leaveCopyDays + " days)."))));
        }
        switch (client) {
            case OUTLOOK_CLASSIC, OUTLOOK_2021 -> {
                notes.add(new SetupNote(NOTE_SPA_OFF, Level.WARNING, LocalizedText.of(
                        "「セキュリティで保護されたパスワード認証 (SPA) に対応」はオフにします（オンだと送受信できません）。",
                        "Leave \"Require logon using Secure Password Authentication (SPA)\" off: with it on, Outlook cannot log in.")));
                if (!pop) {
                    notes.add(new SetupNote(NOTE_AUTODISCOVER_IGNORED, Level.INFO, LocalizedText.of(
                            "Outlook 2016 以降は IMAP の自動設定 (Autodiscover) を無視することが多いため、手順書どおり手動で設定します。",
                            "Outlook 2016 and later often ignore Autodiscover for IMAP: set the account up by hand as in the steps.")));
                }
            }
            case NEW_OUTLOOK -> notes.add(new SetupNote(NOTE_NEW_OUTLOOK_CLOUD, Level.WARNING, LocalizedText.of(
                    "新しい Outlook は Microsoft のクラウド経由でサーバーに接続するため、接続元が海外になることがあります。"
                            + "送信できない場合はサーバーパネルで「国外アクセス制限」（SMTP）を解除してください。",
                    "New Outlook connects through Microsoft's cloud, often from abroad: if sending fails, lift the SMTP "
                            + "overseas access restriction (国外アクセス制限) in the server panel.")));
            case GMAIL_APP -> notes.add(new SetupNote(NOTE_GMAIL_POP_FETCH, Level.WARNING, LocalizedText.of(
                    "Gmail の「他のアカウントのメールを確認」（POP 取得）は 2026 年に廃止され、もう受信できません。Gmail アプリに IMAP で追加します。",
                    "Gmail's \"check mail from other accounts\" (POP fetch) was retired in 2026 and no longer fetches: add the "
                            + "address to the Gmail app with IMAP instead.")));
            case WEBMAIL -> notes.add(new SetupNote(NOTE_WEBMAIL, Level.INFO, LocalizedText.of(
                    "ウェブメールは設定不要です。メールアドレスとパスワードでログインします。",
                    "Webmail needs no settings: log in with the address and password.")));
            default -> { }
        }
        if (!pop && (client == ClientKind.MAC_MAIL || client == ClientKind.IPHONE)) {
            notes.add(new SetupNote(NOTE_SPECIAL_FOLDERS, Level.WARNING, LocalizedText.of(
                    "送信済み・下書き・ゴミ箱・迷惑メールをサーバーの Sent / Drafts / Trash / Junk に一度割り当てます"
                            + (client == ClientKind.MAC_MAIL ? "（メールボックス →「特別なメールボックスに使用」）。"
                            : "（アカウント → 詳細 →「メールボックスの特性」）。"),
                    "Map Sent, Drafts, Trash and Junk to the server's Sent / Drafts / Trash / Junk once"
                            + (client == ClientKind.MAC_MAIL ? " (Mailbox → Use This Mailbox For)." : " (Account → Advanced → Mailbox Behaviors)."))));
        }
        return new ClientSettings(client, address, mailbox.displayName(), effective, incoming, outgoing, username, leaveCopy,
                pop && leaveCopy ? leaveCopyDays : null, notes);
    }
}
