package dev.mailbench.setup.engine;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step-by-step setup sheets per client, in Japanese or English, naming the fields as the clients' dialogs
 * label them (wording as of the versions current in 2025/2026; menus move between versions, so each sheet
 * says so). Never contains a password: the customer types it on the device.
 */
public final class Instructions {
    private final ClientSettings s;
    private final Locale locale;
    private final List<LocalizedText> steps = new ArrayList<>();

    private Instructions(ClientSettings s, Locale locale) {
        this.s = s;
        this.locale = locale;
    }

    /** A Markdown sheet for one mailbox on one client. */
    public static String sheet(ClientSettings s, String deviceName, Locale locale) {
        return new Instructions(s, locale).build(deviceName);
    }

    private void step(String ja, String en) {
        steps.add(LocalizedText.of(ja, en));
    }

    private String build(String deviceName) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(s.client().label().get(locale)).append(" — ").append(s.address()).append("\n\n");
        if (deviceName != null && !deviceName.isBlank()) {
            out.append(pick(locale, "端末: ", "Device: ")).append(deviceName).append("\n\n");
        }
        if (s.forwardOnly()) {
            s.notes().forEach(n -> out.append("- ").append(n.text().get(locale)).append('\n'));
            return out.toString();
        }
        out.append(pick(locale, "## 設定値\n\n", "## Settings\n\n"));
        out.append(pick(locale, "| 項目 | 値 |\n|---|---|\n", "| Item | Value |\n|---|---|\n"));
        row(out, pick(locale, "メールアドレス", "Email address"), s.address());
        row(out, pick(locale, "ユーザー名", "User name"), s.username() + pick(locale, "（メールアドレス全体）", " (the whole address)"));
        row(out, pick(locale, "パスワード", "Password"), pick(locale, "（メールアカウントのパスワード。この用紙には書きません）", "(the mailbox password; never written on this sheet)"));
        row(out, pick(locale, "受信方式", "Account type"), s.incoming().service().label());
        row(out, pick(locale, "受信サーバー", "Incoming server"), s.incoming().host());
        row(out, pick(locale, "受信ポート", "Incoming port"), s.incoming().port() + " (" + enc(s.incoming().encryption()) + ")");
        row(out, pick(locale, "送信サーバー (SMTP)", "Outgoing server (SMTP)"), s.outgoing().host());
        row(out, pick(locale, "送信ポート", "Outgoing port"), s.outgoing().port() + " (" + enc(s.outgoing().encryption()) + ")");
        row(out, pick(locale, "SMTP認証", "SMTP authentication"), pick(locale, "必要（受信と同じユーザー名・パスワード）", "required (same user name and password as incoming)"));
        row(out, pick(locale, "認証方式", "Authentication"), pick(locale, "通常のパスワード（SPA はオフ）", "normal password (SPA off)"));
        if (s.incoming().service() == ServerSetting.Service.POP3) {
            row(out, pick(locale, "サーバーにコピーを残す", "Leave a copy on the server"), s.leaveCopy()
                    ? pick(locale, "はい", "yes") + (s.deleteAfterDays() == null ? "" : pick(locale, "（" + s.deleteAfterDays() + " 日後に削除）", " (remove after " + s.deleteAfterDays() + " days)"))
                    : pick(locale, "いいえ", "no"));
        }
        out.append('\n');
        clientSteps();
        if (!steps.isEmpty()) {
            out.append(pick(locale, "## 手順\n\n", "## Steps\n\n"));
            for (int i = 0; i < steps.size(); i++) {
                out.append(i + 1).append(". ").append(steps.get(i).get(locale)).append('\n');
            }
            out.append('\n');
        }
        if (!s.notes().isEmpty()) {
            out.append(pick(locale, "## 注意\n\n", "## Notes\n\n"));
            s.notes().forEach(n -> out.append("- ").append(n.level() == SetupNote.Level.WARNING ? "⚠ " : "").append(n.text().get(locale)).append('\n'));
            out.append('\n');
        }
        out.append(pick(locale, "メニューの名前はバージョンによって少し異なることがあります。見つからない場合は近い名前の項目を探してください。\n",
                "Menu names differ slightly between versions; look for the nearest wording if an item is not found.\n"));
        return out.toString();
    }

    private static void row(StringBuilder out, String k, String v) {
        out.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private String enc(Encryption e) {
        return ServerSetting.encryptionLabel(e, locale);
    }

    private boolean pop() {
        return s.incoming().service() == ServerSetting.Service.POP3;
    }

    private String in() {
        return s.incoming().host() + " / " + s.incoming().port() + " / " + enc(s.incoming().encryption());
    }

    private String out() {
        return s.outgoing().host() + " / " + s.outgoing().port() + " / " + enc(s.outgoing().encryption());
    }

    private void clientSteps() {
        String type = s.incoming().service().label();
        switch (s.client()) {
            case OUTLOOK_CLASSIC, OUTLOOK_2021 -> {
                step("Outlook を開き「ファイル」→「アカウントの追加」を選びます。", "In Outlook choose File → Add Account.");
                step("メールアドレス " + s.address() + " を入力し、「詳細オプション」を開いて「自分で自分のアカウントを手動で設定」にチェックを入れ「接続」を押します。",
                        "Type " + s.address() + ", open Advanced options, tick \"Let me set up my account manually\" and press Connect.");
                step("アカウントの種類で「" + type + "」を選びます。", "Choose \"" + type + "\" as the account type.");
                step("受信メール: サーバー・ポート・暗号化方法に " + in() + " を入力し、「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」はオフのままにします。",
                        "Incoming mail: enter " + in() + " as server, port and encryption method; leave \"Require logon using Secure Password Authentication (SPA)\" off.");
                step("送信メール: サーバー・ポート・暗号化方法に " + out() + " を入力し、SPA はオフのままにします。",
                        "Outgoing mail: enter " + out() + "; leave SPA off.");
                step("パスワードを入力して「接続」を押します。", "Enter the password and press Connect.");
                step("「ファイル」→「アカウント設定」→「アカウント設定」でこのアカウントを選び「変更」→「詳細設定」を開きます。「送信サーバー」タブで「送信サーバー (SMTP) は認証が必要」と「受信メールサーバーと同じ設定を使用する」をオンにします。",
                        "File → Account Settings → Account Settings, select the account, Change → More Settings. On the Outgoing Server tab tick \"My outgoing server (SMTP) requires authentication\" and \"Use same settings as my incoming mail server\".");
                step("「詳細設定」タブで受信サーバー (" + type + ") のポート " + s.incoming().port() + "、「このサーバーは暗号化された接続 (SSL/TLS) が必要」"
                                + "、送信サーバー (SMTP) のポート " + s.outgoing().port() + "、「使用する暗号化接続の種類」" + enc(s.outgoing().encryption()) + " を確認します。",
                        "On the Advanced tab check incoming (" + type + ") port " + s.incoming().port() + " with \"This server requires an encrypted connection (SSL/TLS)\", outgoing (SMTP) port "
                                + s.outgoing().port() + " with encrypted connection type " + enc(s.outgoing().encryption()) + ".");
                if (pop()) {
                    step(s.leaveCopy() ? "同じタブで「サーバーにメッセージのコピーを置く」をオンにします" + (s.deleteAfterDays() == null ? "。" : "。「サーバーから削除する」を " + s.deleteAfterDays() + " 日後に設定します。")
                                    : "「サーバーにメッセージのコピーを置く」の設定を手順書の設計どおりにします。",
                            s.leaveCopy() ? "On the same tab tick \"Leave a copy of messages on the server\"" + (s.deleteAfterDays() == null ? "." : " and \"Remove from server after " + s.deleteAfterDays() + " days\".")
                                    : "Set \"Leave a copy of messages on the server\" as designed.");
                }
                step("「OK」→「次へ」でテストメッセージの送受信が成功することを確認します。", "Press OK → Next and check that the test send/receive succeeds.");
            }
            case NEW_OUTLOOK -> {
                step("新しい Outlook で「設定」（歯車）→「アカウント」→「メール アカウント」→「アカウントを追加」を選びます。",
                        "In new Outlook open Settings (gear) → Accounts → Email accounts → Add account.");
                step("メールアドレス " + s.address() + " を入力して「続行」し、プロバイダーの選択で「" + type + "」を選びます。",
                        "Enter " + s.address() + ", Continue, and pick \"" + type + "\" as the provider type.");
                step("「詳細設定を表示」を開き、" + type + " ユーザー名に " + s.username() + "、" + type + " 受信サーバーに " + s.incoming().host()
                                + "、ポートに " + s.incoming().port() + "、セキュリティで保護された接続の種類に " + enc(s.incoming().encryption()) + " を入力します。",
                        "Open \"Show more\" and enter " + type + " username " + s.username() + ", incoming server " + s.incoming().host()
                                + ", port " + s.incoming().port() + ", secure connection type " + enc(s.incoming().encryption()) + ".");
                step("SMTP ユーザー名に " + s.username() + "、SMTP 送信サーバーに " + s.outgoing().host() + "、ポートに " + s.outgoing().port()
                                + "、セキュリティで保護された接続の種類に " + enc(s.outgoing().encryption()) + " を入力し、パスワード欄を両方入力して「続行」します。",
                        "Enter SMTP username " + s.username() + ", outgoing server " + s.outgoing().host() + ", port " + s.outgoing().port()
                                + ", secure connection type " + enc(s.outgoing().encryption()) + ", both passwords, and Continue.");
                step("自分宛てにテストメールを送り、届くことを確認します。送信だけ失敗する場合は下の「国外アクセス制限」を確認します。",
                        "Send a test message to yourself. If only sending fails, see the overseas restriction note below.");
            }
            case IPHONE -> {
                step("「設定」→「メール」→「アカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」を選びます（iOS 18 では「設定」→「アプリ」→「メール」→「メールアカウント」）。",
                        "Open Settings → Mail → Accounts → Add Account → Other → Add Mail Account (iOS 18: Settings → Apps → Mail → Mail Accounts).");
                step("名前・メール (" + s.address() + ")・パスワード・説明を入力して「次へ」。", "Enter name, email (" + s.address() + "), password and description; tap Next.");
                step("上の「" + type + "」タブを選びます。", "Select the \"" + type + "\" tab at the top.");
                step("受信メールサーバー: ホスト名 " + s.incoming().host() + "、ユーザ名 " + s.username() + "、パスワード。",
                        "Incoming mail server: host name " + s.incoming().host() + ", user name " + s.username() + ", password.");
                step("送信メールサーバー: ホスト名 " + s.outgoing().host() + "、ユーザ名 " + s.username() + "、パスワード（省略不可）。「次へ」→「保存」。",
                        "Outgoing mail server: host name " + s.outgoing().host() + ", user name " + s.username() + ", password (required). Next → Save.");
                step("作成したアカウント →「アカウント」→「詳細」で「SSLを使用」がオン、サーバポートが " + s.incoming().port() + " であることを確認します。",
                        "Open the account → Account → Advanced: \"Use SSL\" on and server port " + s.incoming().port() + ".");
                step("「送信メールサーバー」→「SMTP」→ プライマリサーバで「SSLを使用」オン、認証「パスワード」、サーバポート " + s.outgoing().port() + " を確認します。",
                        "Outgoing Mail Server → SMTP → primary server: \"Use SSL\" on, authentication Password, server port " + s.outgoing().port() + ".");
                if (!pop()) {
                    step("「詳細」→「メールボックスの特性」で 下書き→Drafts、送信済み→Sent、削除済み→Trash、アーカイブ→Archive（なければ Trash）を「サーバ上」のフォルダーに割り当てます。",
                            "Advanced → Mailbox Behaviors: Drafts → Drafts, Sent → Sent, Deleted → Trash, Archive → Archive (or Trash), all \"On the server\".");
                }
                step("あるいは、配布された .mobileconfig プロファイルを Safari で開いて「設定」→「プロファイルがダウンロード済み」からインストールできます（パスワードはインストール時に入力）。",
                        "Alternatively open the supplied .mobileconfig profile in Safari and install it under Settings → Profile Downloaded (the password is asked for then).");
            }
            case MAC_MAIL -> {
                step("「メール」→「アカウントを追加」→「その他のメールアカウント」を選び、名前・メールアドレス・パスワードを入力して「サインイン」。",
                        "Mail → Add Account → Other Mail Account; enter name, email address and password; Sign In.");
                step("手動設定の画面で アカウントの種類「" + type + "」、受信用メールサーバ " + s.incoming().host() + "、送信用メールサーバ " + s.outgoing().host() + "、ユーザ名 " + s.username() + " を入力して「サインイン」。",
                        "On the manual screen set account type \"" + type + "\", incoming mail server " + s.incoming().host() + ", outgoing mail server " + s.outgoing().host() + ", user name " + s.username() + "; Sign In.");
                step("「メール」→「設定」→「アカウント」→「サーバ設定」で「接続設定を自動的に管理」をオフにし、受信ポート " + s.incoming().port() + "・送信ポート " + s.outgoing().port() + "、「TLS/SSLを使用」オン、認証「パスワード」にします。",
                        "Mail → Settings → Accounts → Server Settings: turn off \"Automatically manage connection settings\", set incoming port " + s.incoming().port() + " and outgoing port " + s.outgoing().port() + ", \"Use TLS/SSL\" on, authentication Password.");
                if (!pop()) {
                    step("サイドバーでサーバーの Sent を選び「メールボックス」→「特別なメールボックスに使用」→「送信済み」。Drafts→下書き、Trash→ゴミ箱、Junk→迷惑メール も同様に割り当てます。",
                            "Select the server's Sent folder in the sidebar, then Mailbox → Use This Mailbox For → Sent; likewise Drafts → Drafts, Trash → Trash, Junk → Junk.");
                }
            }
            case THUNDERBIRD -> {
                step("「設定」→「アカウント設定」→「アカウント操作」→「メールアカウントを追加」を選びます。", "Settings → Account Settings → Account Actions → Add Mail Account.");
                step("あなたのお名前・メールアドレス (" + s.address() + ")・パスワードを入力して「続ける」。自動設定ファイルをアップロード済みなら設定が自動で入ります。",
                        "Enter your full name, email address (" + s.address() + ") and password; Continue. With the autoconfig file uploaded the settings fill in themselves.");
                step("「手動設定」で 受信サーバー: プロトコル " + type + "、ホスト名 " + s.incoming().host() + "、ポート番号 " + s.incoming().port() + "、接続の保護 " + enc(s.incoming().encryption()) + "、認証方式「通常のパスワード認証」、ユーザー名 " + s.username() + "。",
                        "Manual configuration, incoming: protocol " + type + ", hostname " + s.incoming().host() + ", port " + s.incoming().port() + ", connection security " + enc(s.incoming().encryption()) + ", authentication \"Normal password\", username " + s.username() + ".");
                step("送信サーバー: ホスト名 " + s.outgoing().host() + "、ポート番号 " + s.outgoing().port() + "、接続の保護 " + enc(s.outgoing().encryption()) + "、認証方式「通常のパスワード認証」、ユーザー名 " + s.username() + "。「再テスト」→「完了」。",
                        "Outgoing: hostname " + s.outgoing().host() + ", port " + s.outgoing().port() + ", connection security " + enc(s.outgoing().encryption()) + ", authentication \"Normal password\", username " + s.username() + ". Re-test → Done.");
                if (pop()) {
                    step("「アカウント設定」→「サーバー設定」で「ダウンロード後もサーバーにメッセージを残す」を設計どおりにします。",
                            "Account Settings → Server Settings: set \"Leave messages on server\" as designed.");
                }
            }
            case GMAIL_APP -> {
                step("Gmail アプリで右上のアイコン →「別のアカウントを追加」→「その他」を選びます（「他のアカウントのメールを確認」(POP 取得) は使いません）。",
                        "In the Gmail app tap your avatar → Add another account → Other (do not use \"Check mail from other accounts\", the POP fetch).");
                step("メールアドレス " + s.address() + " を入力し「手動設定」→「個人用（" + type + "）」を選び、パスワードを入力します。",
                        "Enter " + s.address() + ", choose Manual setup → Personal (" + type + "), and enter the password.");
                step("受信サーバーの設定: ユーザー名 " + s.username() + "、サーバー " + s.incoming().host() + "、ポート " + s.incoming().port() + "、セキュリティの種類 " + enc(s.incoming().encryption()) + "。",
                        "Incoming server settings: username " + s.username() + ", server " + s.incoming().host() + ", port " + s.incoming().port() + ", security type " + enc(s.incoming().encryption()) + ".");
                step("送信サーバーの設定: 「ログインが必要」オン、ユーザー名 " + s.username() + "、SMTP サーバー " + s.outgoing().host() + "、ポート " + s.outgoing().port() + "、セキュリティの種類 " + enc(s.outgoing().encryption()) + "。",
                        "Outgoing server settings: \"Require sign-in\" on, username " + s.username() + ", SMTP server " + s.outgoing().host() + ", port " + s.outgoing().port() + ", security type " + enc(s.outgoing().encryption()) + ".");
            }
            case ANDROID_MAIL, OTHER -> {
                step("メールアプリで「アカウントを追加」→「その他」を選び、メールアドレス " + s.address() + " とパスワードを入力して「手動設定」へ進みます。",
                        "In the mail app choose Add account → Other, enter " + s.address() + " and the password, and go to Manual setup.");
                step("アカウントの種類「" + type + "」。受信サーバー " + s.incoming().host() + "、ポート " + s.incoming().port() + "、セキュリティの種類 " + enc(s.incoming().encryption()) + "、ユーザー名 " + s.username() + "。",
                        "Account type \"" + type + "\". Incoming server " + s.incoming().host() + ", port " + s.incoming().port() + ", security type " + enc(s.incoming().encryption()) + ", username " + s.username() + ".");
                step("送信 (SMTP) サーバー " + s.outgoing().host() + "、ポート " + s.outgoing().port() + "、セキュリティの種類 " + enc(s.outgoing().encryption()) + "、「ログインが必要」オン、ユーザー名 " + s.username() + "。",
                        "Outgoing (SMTP) server " + s.outgoing().host() + ", port " + s.outgoing().port() + ", security type " + enc(s.outgoing().encryption()) + ", \"Require sign-in\" on, username " + s.username() + ".");
            }
            case WEBMAIL -> { }
        }
        if (s.client() == ClientKind.WEBMAIL) {
            step("ブラウザでウェブメールを開き、メールアドレスとパスワードでログインします。", "Open webmail in a browser and log in with the address and password.");
        }
    }
}
