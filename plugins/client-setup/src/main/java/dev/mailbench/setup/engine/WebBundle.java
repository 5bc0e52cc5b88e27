package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Mailbox;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files the customer uploads to the domain's web space (Xserver: {@code /<domain>/public_html/}) so
 * Thunderbird and Outlook find the settings themselves and iPhones can download their profile:
 * autoconfig XML at both well-known places, an Autodiscover responder in PHP with its {@code .htaccess}
 * rewrite, and the profiles served as {@code application/x-apple-aspen-config}.
 */
public final class WebBundle {
    public static final String WELL_KNOWN_AUTOCONFIG = ".well-known/autoconfig/mail/config-v1.1.xml";
    public static final String SUBDOMAIN_AUTOCONFIG = "mail/config-v1.1.xml";
    public static final String AUTODISCOVER_PHP = "autodiscover/autodiscover.php";
    public static final String HTACCESS = ".htaccess";
    public static final String PROFILE_DIR = "mobileconfig/";

    private WebBundle() {
    }

    /** Paths relative to the web root, in a stable order. Profiles never contain a password. */
    public static Map<String, byte[]> build(ProjectSetup setup, String domain, String organization) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Mailbox> mailboxes = setup.loginMailboxes().stream().filter(m -> m.domainPart().equals(domain)).toList();
        long pop = mailboxes.stream().filter(m -> setup.protocolOf(m).isPop()).count();
        byte[] autoconfig = ThunderbirdAutoconfig.generate(setup.engine().endpoints(), domain, organization, pop * 2 > mailboxes.size());
        files.put(WELL_KNOWN_AUTOCONFIG, autoconfig);
        files.put(SUBDOMAIN_AUTOCONFIG, autoconfig);
        files.put(AUTODISCOVER_PHP, autodiscoverPhp(setup, domain, mailboxes).getBytes(StandardCharsets.UTF_8));
        files.put(HTACCESS, htaccess(domain).getBytes(StandardCharsets.UTF_8));
        for (Mailbox m : mailboxes) {
            ClientSettings s = setup.settings(m, ClientKind.IPHONE);
            files.put(PROFILE_DIR + fileSafe(m.address()) + ".mobileconfig",
                    AppleProfile.generate(s, m.id(), AppleProfile.Options.withoutPassword(organization)));
        }
        files.put("README-mailbench.txt", readme(domain).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    public static String fileSafe(String s) {
        return s.strip().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    static String htaccess(String domain) {
        return "# MailBench: mail client auto-configuration for " + domain + "\n"
                + "# Profiles must be served with this type or iPhones show them as text.\n"
                + "AddType application/x-apple-aspen-config .mobileconfig\n"
                + "AddType application/xml .xml\n"
                + "<IfModule mod_rewrite.c>\n"
                + "RewriteEngine On\n"
                + "# Outlook asks for /autodiscover/autodiscover.xml (any letter case) with a POST.\n"
                + "RewriteRule ^autodiscover/autodiscover\\.xml$ autodiscover/autodiscover.php [NC,L]\n"
                + "</IfModule>\n";
    }

    static final String IMAP_MARK = "IMAPXML";
    static final String POP_MARK = "POPXML";

    static String autodiscoverPhp(ProjectSetup setup, String domain, List<Mailbox> mailboxes) {
        StringBuilder pop = new StringBuilder();
        StringBuilder names = new StringBuilder();
        ClientSettings imapSample = null;
        ClientSettings popSample = null;
        for (Mailbox m : mailboxes) {
            ClientSettings s = setup.settings(m, ClientKind.OUTLOOK_CLASSIC);
            String key = phpString(m.address().strip().toLowerCase());
            names.append("    ").append(key).append(" => ").append(phpString(m.displayName())).append(",\n");
            if (s.incoming().service() == ServerSetting.Service.POP3) {
                pop.append("    ").append(key).append(" => true,\n");
                popSample = popSample == null ? s : popSample;
            } else {
                imapSample = imapSample == null ? s : imapSample;
            }
        }
        if (imapSample == null) {
            Mailbox any = new Mailbox("sample", "x@" + domain, "", null, dev.mailbench.api.model.MailProtocol.IMAP, null, null, null, null);
            imapSample = setup.engine().settingsFor(any, dev.mailbench.api.model.MailProtocol.IMAP, ClientKind.OUTLOOK_CLASSIC, false, null);
        }
        if (popSample == null) {
            Mailbox any = new Mailbox("sample", "x@" + domain, "", null, dev.mailbench.api.model.MailProtocol.POP_KEEP_COPY, null, null, null, null);
            popSample = setup.engine().settingsFor(any, dev.mailbench.api.model.MailProtocol.POP_KEEP_COPY, ClientKind.OUTLOOK_CLASSIC, true, null);
        }
        return "<?php\n"
                + "// MailBench: Outlook Autodiscover (POX) responder for " + domain + ".\n"
                + "// Outlook POSTs a request naming <EMailAddress>; the answer carries the server, port and\n"
                + "// the whole address as LoginName, with SPA off. No password is involved.\n"
                + "header('Content-Type: application/xml; charset=utf-8');\n"
                + "$domain = " + phpString(domain) + ";\n"
                + "$pop = array(\n" + pop + ");\n"
                + "$names = array(\n" + names + ");\n"
                + "$raw = file_get_contents('php://input');\n"
                + "$email = '';\n"
                + "if (preg_match('/<EMailAddress>\\s*([^<\\s]+)\\s*<\\/EMailAddress>/i', $raw, $m)) {\n"
                + "    $email = strtolower(trim($m[1]));\n"
                + "}\n"
                + "if ($email === '' || substr($email, -strlen('@' . $domain)) !== '@' . $domain) {\n"
                + "    http_response_code(404);\n"
                + "    exit;\n"
                + "}\n"
                + "$name = isset($names[$email]) ? $names[$email] : $email;\n"
                + "$imap = <<<'" + IMAP_MARK + "'\n" + AutodiscoverPox.template(imapSample).strip() + "\n" + IMAP_MARK + ";\n"
                + "$popxml = <<<'" + POP_MARK + "'\n" + AutodiscoverPox.template(popSample).strip() + "\n" + POP_MARK + ";\n"
                + "$xml = isset($pop[$email]) ? $popxml : $imap;\n"
                + "echo str_replace(array('{{EMAIL}}', '{{NAME}}'),\n"
                + "    array(htmlspecialchars($email, ENT_XML1, 'UTF-8'), htmlspecialchars($name, ENT_XML1, 'UTF-8')), $xml);\n";
    }

    /** The XML template between a nowdoc marker pair of the generated PHP (for tests and previews). */
    public static String nowdoc(String php, String mark) {
        int start = php.indexOf("<<<'" + mark + "'\n");
        int end = php.indexOf("\n" + mark + ";", start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no nowdoc " + mark);
        }
        return php.substring(start + mark.length() + 6, end);
    }

    static String phpString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String readme(String domain) {
        return "MailBench: メール自動設定ファイル / mail client auto-configuration files for " + domain + "\n\n"
                + "1. このフォルダーの中身を、サーバーパネルの「ファイル管理」または FTP で /" + domain + "/public_html/ にアップロードします。\n"
                + "   Upload the contents of this folder to /" + domain + "/public_html/ (server panel file manager or FTP).\n"
                + "2. https://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml がブラウザで表示されることを確認します。\n"
                + "   Check that https://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml opens in a browser.\n"
                + "3. サブドメイン autoconfig." + domain + " / autodiscover." + domain + " を使う場合は、同じファイルをその公開フォルダーにも置き、\n"
                + "   無料独自SSLを設定します（証明書エラーがあるとメールソフトは自動設定を使いません）。\n"
                + "   For autoconfig." + domain + " / autodiscover." + domain + ", put the same files in their web roots and enable SSL for them:\n"
                + "   clients ignore auto-configuration behind a certificate error.\n"
                + "4. iPhone / Mac: https://" + domain + "/mobileconfig/<アドレス>.mobileconfig を Safari で開いてインストールします。\n"
                + "   プロファイルにパスワードは入っていません。インストール時に入力します。\n"
                + "   iPhone / Mac: open https://" + domain + "/mobileconfig/<address>.mobileconfig in Safari and install it;\n"
                + "   the profile holds no password: it is asked for during installation.\n"
                + "5. 設定が済んだら mobileconfig フォルダーは削除してかまいません（アドレスの一覧が公開されるため）。\n"
                + "   Once every device is set up, delete the mobileconfig folder: it lists the addresses publicly.\n";
    }
}
