import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a project with many mailboxes for benchmarks: {@code java GenerateLargeProject.java OUT.json [MAILBOXES]}.
 * Plain Java, no dependencies: the JSON has the sample project's shape.
 */
public class GenerateLargeProject {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int mailboxes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] domains = {"big-shoji.test", "big-shoji-group.test", "big-recruit.test"};
        String[] roles = {"PERSONAL", "PERSONAL", "PERSONAL", "REPRESENTATIVE", "BILLING", "FORM", "RECRUIT"};
        String[] protocols = {"IMAP", "IMAP", "IMAP", "POP_KEEP_COPY", "FORWARD_ONLY"};
        String[] clients = {"OUTLOOK_CLASSIC", "NEW_OUTLOOK", "IPHONE", "MAC_MAIL", "THUNDERBIRD", "GMAIL_APP"};
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"schemaVersion\" : 2,\n");
        j.append("  \"customer\" : {\"name\" : \"株式会社ビッグ商事\", \"contactPerson\" : \"総務部 田中 一郎\", \"phone\" : \"03-0000-9999\", "
                + "\"email\" : \"soumu@big-shoji.test\", \"address\" : \"大阪府大阪市北区サンプル1-1\", \"notes\" : \"\"},\n");
        j.append("  \"consultant\" : {\"name\" : \"鈴木 一郎\", \"company\" : \"スズキITサポート\", \"email\" : \"suzuki@it-support.test\", \"phone\" : \"090-0000-5678\"},\n");
        j.append("  \"visitDates\" : [ \"2026-11-02\", \"2026-11-30\" ],\n");
        j.append("  \"provider\" : {\"profileId\" : \"xserver\", \"serverId\" : \"sv9876\", \"overrides\" : { }},\n");
        j.append("  \"domains\" : [\n");
        for (int d = 0; d < domains.length; d++) {
            j.append(String.format("    {\"id\" : \"d%d\", \"name\" : \"%s\", \"dnsOperator\" : \"エックスサーバー\", \"webHost\" : \"制作会社\", "
                    + "\"registrar\" : \"お名前.com\", \"notes\" : \"\"}%s%n", d, domains[d], d < domains.length - 1 ? "," : ""));
        }
        j.append("  ],\n  \"mailboxes\" : [\n");
        for (int i = 0; i < mailboxes; i++) {
            String domain = domains[i % domains.length];
            String role = roles[i % roles.length];
            String protocol = role.equals("FORM") ? "FORWARD_ONLY" : protocols[i % protocols.length];
            String forward = i % 9 == 0 ? "\"user" + (i + 1) + "@" + domain + "\"" : "";
            boolean auto = role.equals("RECRUIT");
            j.append(String.format("    {\"id\" : \"m%d\", \"address\" : \"user%d@%s\", \"displayName\" : \"社員 %d 番\", \"role\" : \"%s\", "
                            + "\"protocol\" : \"%s\", \"quotaMb\" : %d, \"forwardTo\" : [ %s ], \"autoReply\" : {\"enabled\" : %s, "
                            + "\"subject\" : \"%s\", \"body\" : \"%s\", \"from\" : null, \"until\" : null}, \"notes\" : \"\"}%s%n",
                    i, i, domain, i, role, protocol, 1000 + (i % 5) * 1000, forward, auto,
                    auto ? "ご応募ありがとうございます" : "", auto ? "担当よりご連絡いたします。" : "",
                    i < mailboxes - 1 ? "," : ""));
        }
        int people = mailboxes / 2;
        j.append("  ],\n  \"people\" : [\n");
        for (int p = 0; p < people; p++) {
            j.append(String.format("    {\"id\" : \"p%d\", \"name\" : \"社員 %d\", \"department\" : \"営業%d課\", \"email\" : \"user%d@%s\", \"notes\" : \"\"}%s%n",
                    p, p, p % 7 + 1, p, domains[p % domains.length], p < people - 1 ? "," : ""));
        }
        j.append("  ],\n  \"devices\" : [\n");
        for (int d = 0; d < mailboxes; d++) {
            int m = d;
            String second = d % 4 == 0 ? String.format(", {\"mailboxId\" : \"m%d\", \"role\" : \"VIEWER\"}", (d + 3) % mailboxes) : "";
            j.append(String.format("    {\"id\" : \"dev%d\", \"name\" : \"端末 %d\", \"personId\" : \"p%d\", \"client\" : \"%s\", "
                            + "\"mailboxes\" : [ {\"mailboxId\" : \"m%d\", \"role\" : \"KEEPER\"}%s ], \"notes\" : \"\"}%s%n",
                    d, d, d % people, clients[d % clients.length], m, second, d < mailboxes - 1 ? "," : ""));
        }
        j.append("  ],\n  \"checklist\" : [\n");
        int states = mailboxes / 3;
        for (int s = 0; s < states; s++) {
            j.append(String.format("    {\"itemId\" : \"host.mailbox.m%d.send-receive\", \"status\" : \"DONE\", \"owner\" : \"鈴木\", "
                    + "\"due\" : null, \"note\" : \"\", \"updatedAt\" : \"2026-11-30T05:00:00Z\"}%s%n", s * 3, s < states - 1 ? "," : ""));
        }
        j.append("  ],\n  \"plugins\" : { }\n}\n");
        Files.writeString(out, j.toString(), StandardCharsets.UTF_8);
    }
}
