package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Client kind + observed symptom → the likely cause and its fix, for the failures that only a symptom shows
 * (the failure catalogue in the domain notes). Shared by the settings lint, the live test, the CLI and the panel.
 */
public final class SymptomRules {
    /** What the live test saw on the sending side from where it ran. */
    public enum SendingHere { UNKNOWN, WORKS, FAILS }

    private SymptomRules() {
    }

    public static List<LintFinding> causes(ClientKind client, Symptom symptom, String serverHost, SendingHere sending) {
        return causes(client, symptom, serverHost, sending, false);
    }

    /**
     * @param sendingSettingsRight the device's outgoing server, port, SMTP authentication and SPA are known to be
     *                             right: a fix asking to set them would ask for what is set, so the cause named is
     *                             the one left, the source being refused
     */
    public static List<LintFinding> causes(ClientKind client, Symptom symptom, String serverHost, SendingHere sending,
                                           boolean sendingSettingsRight) {
        List<LintFinding> out = new ArrayList<>();
        if (symptom == null) {
            return out;
        }
        String v = symptom.name();
        String host = serverHost == null || serverHost.isBlank() ? "svNNNN.xserver.jp" : serverHost;
        String here = sending == SendingHere.WORKS
                ? "接続テストでは、この回線から送信サーバーへのログインに成功しました。設定は正しく、接続元で拒否されています。"
                : "";
        String hereEn = sending == SendingHere.WORKS
                ? " The live test logged in to the outgoing server from this line: the settings are right and the source is refused."
                : "";
        switch (symptom) {
            case SEND_FAILS -> {
                if (client == ClientKind.NEW_OUTLOOK) {
                    out.add(f(LintCode.NEW_OUTLOOK_OVERSEAS_SMTP, v,
                            "新しい Outlook は POP/IMAP のアカウントを Microsoft のクラウド経由で送受信するため、接続元が海外のサーバーになります。"
                                    + "Xserver の「国外アクセス制限」（SMTP）が有効だと、送信だけが拒否されます。" + here,
                            "New Outlook sends and fetches POP/IMAP accounts through Microsoft's cloud, so the connection comes from servers abroad. "
                                    + "Xserver's SMTP overseas access restriction then refuses only sending." + hereEn,
                            "サーバーパネルの「国外アクセス制限」で、このアドレス（またはドメイン）の SMTP の制限をオフにする。",
                            "In the server panel, turn off the SMTP overseas access restriction (国外アクセス制限) for this address or domain."));
                } else if (sendingSettingsRight) {
                    out.add(f(LintCode.SEND_FAILS_SOURCE_REFUSED, v,
                            "送信の設定（サーバー・ポート・SMTP 認証・SPA）は正しく入っています。残る原因は接続元での拒否です: 海外からの接続（Xserver の「国外アクセス制限」）、"
                                    + "公衆 Wi-Fi や社内ネットワークの送信ポート遮断、セキュリティソフトの送信メール検査。" + here,
                            "The outgoing settings (server, port, SMTP authentication, SPA) are right. What is left is the source being refused: a "
                                    + "connection from abroad (Xserver's overseas access restriction), a public Wi-Fi or company network blocking the port, "
                                    + "or security software scanning outgoing mail." + hereEn,
                            "この端末の回線で接続テストを行う。海外からならサーバーパネルの「国外アクセス制限」（SMTP）をオフにし、別の回線（テザリング）でも試す。",
                            "Run the live test on this device's line; from abroad, turn off the SMTP overseas restriction in the server panel; try another line (tethering)."));
                } else if (client == ClientKind.OUTLOOK_CLASSIC || client == ClientKind.OUTLOOK_2021) {
                    out.add(f(LintCode.SEND_FAILS_OUTLOOK_SETTINGS, v,
                            "Outlook で送信だけ失敗するときは、SMTP 認証がオフ、SPA（セキュリティで保護されたパスワード認証）がオン、送信ポートが 25 のどれかがほとんどです。" + here,
                            "When only sending fails in Outlook, it is nearly always SMTP authentication off, SPA on, or port 25." + hereEn,
                            "詳細設定で「送信サーバー (SMTP) は認証が必要」をオン、SPA をオフ、送信ポートを 465（SSL/TLS）か 587（STARTTLS）にする。",
                            "In More Settings: \"My outgoing server (SMTP) requires authentication\" on, SPA off, port 465 (SSL/TLS) or 587 (STARTTLS)."));
                } else {
                    out.add(f(LintCode.SEND_FAILS_SETTINGS, v,
                            "送信だけ失敗する原因は、SMTP 認証がオフ、以前のプロバイダーの送信サーバーが残っている、ポート 25 の遮断（OP25B）のどれかがほとんどです。" + here,
                            "When only sending fails, it is nearly always SMTP authentication off, a former provider's outgoing server left in place, or port 25 blocked (OP25B)." + hereEn,
                            "送信サーバーを " + host + "、ポートを 465（SSL/TLS）か 587（STARTTLS）にし、SMTP 認証をオンにする。",
                            "Set the outgoing server to " + host + ", port 465 (SSL/TLS) or 587 (STARTTLS), with SMTP authentication on."));
                }
            }
            case SEND_FAILS_ABROAD -> out.add(f(LintCode.OVERSEAS_SMTP_RESTRICTION, v,
                    "海外の回線からの SMTP 認証は、Xserver の「国外アクセス制限」で初期状態では拒否されます。" + here,
                    "SMTP authentication from foreign lines is refused by default by Xserver's overseas access restriction." + hereEn,
                    "サーバーパネルの「国外アクセス制限」で SMTP の制限を（滞在中だけでも）オフにする。",
                    "Turn off the SMTP overseas access restriction in the server panel (for the stay abroad at least)."));
            case SSL_ERROR -> out.add(f(LintCode.SSL_ERROR_HOST_NAME, v,
                    "Xserver の SSL 証明書は " + host + " の名前で発行されています。サーバー名にお客様のドメイン（mail.… など）を入れると名前が一致せずエラーになります。",
                    "Xserver's certificate names " + host + ": a server name in the customer's domain (mail.… etc.) does not match it.",
                    "受信・送信サーバーを " + host + " にする。SSL をオフにして回避しない。",
                    "Set both servers to " + host + "; do not turn SSL off to get around it."));
            case PASSWORD_PROMPT_LOOP -> out.add(f(LintCode.PASSWORD_LOOP_USER_NAME, v,
                    "受信も送信も「パスワードが違う」と繰り返すのは、ユーザー名が @ の前だけ、前後の空白、全角文字が原因のことがほとんどです。",
                    "\"Wrong password\" on both receiving and sending is nearly always a user name without the domain, stray spaces or full-width characters.",
                    "ユーザー名をメールアドレス全体（半角・空白なし）で入力し直し、ウェブメールに同じパスワードでログインできるか確かめる。",
                    "Retype the user name as the whole address (half-width, no spaces) and check the password in webmail."));
            case SUDDENLY_CANNOT_RECEIVE -> out.add(f(LintCode.QUOTA_FULL_SUSPECTED, v,
                    "突然受信できなくなるのは、メールボックス容量が満杯のことがよくあります（IMAP はすべてサーバーに残ります）。満杯の間に届いたメールは差出人に戻ります。",
                    "A sudden stop is often a full mailbox (IMAP keeps everything on the server); mail arriving meanwhile is returned to the sender.",
                    "サーバーパネルで容量と使用量を確認し、古いメールを書き出して削除するか容量を増やす。",
                    "Check quota and usage in the server panel; export and delete old mail, or raise the quota."));
            case MAIL_LOST_AFTER_PC_FAILURE -> out.add(f(LintCode.POP_DELETE_NO_COPY, v,
                    "POP で「サーバーから削除」していたため、メールはこの PC にしかありませんでした。",
                    "POP deleted the mail from the server, so it lived only on this PC.",
                    "バックアップから戻す。今後は IMAP にするか、「サーバーにメッセージのコピーを置く」をオンにしてバックアップを取る。",
                    "Restore from a backup; from now on use IMAP, or leave a copy on the server and keep a backup."));
            case STATE_DIFFERS_PER_DEVICE -> out.add(f(LintCode.PROTOCOL_DIFFERS_FROM_DESIGN, v,
                    "同じアドレスを POP の端末と IMAP の端末で読むと、既読・削除の状態が端末ごとに食い違います。",
                    "Reading one address with POP on some devices and IMAP on others makes read/deleted state differ per device.",
                    "すべての端末を IMAP にそろえる（受信方式は作り直しでしか変えられません）。",
                    "Use IMAP on every device (the account type changes only by recreating the account)."));
            case FOLDERS_SCRAMBLED -> out.add(f(LintCode.SPECIAL_FOLDERS_UNMAPPED, v,
                    "送信済み・下書き・ゴミ箱・迷惑メールが、Mac と iPhone で別のサーバーフォルダーに割り当てられています。",
                    "Sent, Drafts, Trash and Junk are mapped to different server folders on the Mac and the iPhone.",
                    "Mac: メールボックス →「特別なメールボックスに使用」、iPhone: アカウント → 詳細 →「メールボックスの特性」で同じサーバーフォルダーを選ぶ。",
                    "Mac: Mailbox → Use This Mailbox For; iPhone: Account → Advanced → Mailbox Behaviours: pick the same server folders."));
            case GMAIL_STOPPED_RECEIVING -> out.add(f(LintCode.GMAIL_POP_FETCH, v,
                    "Gmail の「他のアカウントのメールを確認」（POP 取得）は 2026 年に廃止され、もう受信しません。",
                    "Gmail's \"check mail from other accounts\" (POP fetch) was retired in 2026 and no longer fetches.",
                    "Gmail アプリに IMAP でアカウントを追加する。Gmail で読みたいだけならサーバー側の転送も使える（転送と DMARC の注意あり）。",
                    "Add the address to the Gmail app with IMAP, or forward on the server to Gmail (mind DMARC with forwarding)."));
            case ONLY_GMAIL_REJECTS -> out.add(f(LintCode.SENDER_AUTHENTICATION_DNS, v,
                    "Gmail は SPF か DKIM（大量送信者は両方と DMARC）を求めます。SPF の欠落・古い内容・重複、DKIM オフ、DMARC なしが原因です。",
                    "Gmail requires SPF or DKIM (bulk senders both, and DMARC): SPF missing, stale or duplicated, DKIM off, or no DMARC.",
                    "DNS チェックでドメインを確認し、SPF に Xserver を含め、サーバーパネルで DKIM を有効にし、DMARC（p=none から）を公開する。",
                    "Run the DNS check; include Xserver in SPF, turn DKIM on in the server panel, publish DMARC (p=none to start)."));
            case BROKEN_AFTER_WEBSITE_MOVE -> out.add(f(LintCode.DNS_AFTER_WEBSITE_MOVE, v,
                    "ホームページの移転で DNS の管理先が変わり、MX や SPF が古いサーバーを指したままか、A レコードだけが変わっています。",
                    "The website move changed who runs DNS: MX or SPF still point at the old host, or only the A record changed.",
                    "DNS チェック（移行計画の差分）で MX・SPF・DKIM・DMARC を確認し、MX と SPF を Xserver に向ける。",
                    "Check MX, SPF, DKIM and DMARC with the DNS check (and the migration diff); point MX and SPF at Xserver."));
            default -> throw new IllegalStateException(v);
        }
        return out;
    }

    /**
     * The live test started a message without logging in, as a client with SMTP authentication off would, and
     * the server refused it: that is the error such a client shows.
     */
    public static LintFinding smtpAuthRequired(String target, String reply) {
        return new LintFinding(LintCode.SMTP_AUTH_REQUIRED_BY_SERVER, "smtpAuth", "",
                LocalizedText.of("送信サーバー（" + target + "）は SMTP 認証が必須です。認証せずに送ると「" + reply
                                + "」で拒否されます。メールソフトの SMTP 認証がオフだと、受信はできても送信だけがこのエラーで失敗します。",
                        "The outgoing server (" + target + ") requires SMTP authentication: a message sent without it is refused with \""
                                + reply + "\". With SMTP authentication off in the client, receiving works and only sending fails this way."),
                LocalizedText.of("メールソフトで「送信サーバー (SMTP) は認証が必要」をオンにし、「受信メールサーバーと同じ設定を使用する」を選ぶ。",
                        "In the client, turn on \"My outgoing server (SMTP) requires authentication\" with \"Use same settings as my incoming mail server\"."));
    }

    private static LintFinding f(LintCode code, String symptom, String ja, String en, String fixJa, String fixEn) {
        return new LintFinding(code, "symptom", symptom, LocalizedText.of(ja, en), LocalizedText.of(fixJa, fixEn));
    }
}
