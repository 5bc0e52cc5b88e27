package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.MailboxCreation;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailbench panel mailbox create PROJECT --servername NAME --address ADDRESS}: the ownership record checked in
 * live DNS (and with {@code --add-verify-record}, added through the panel after confirmation), then the account
 * created. Standard input carries, one line each: the key (unless in the environment), the password (unless
 * {@code --generate-password}), the "yes". A generated password is printed once and written nowhere.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"メールアカウントを作成します。先にドメイン所有者の確認用 TXT レコードを DNS で確かめます。"
                + "パスワードは標準入力から（または --generate-password で生成して一度だけ表示）。",
                "Creates a mail account after checking the domain ownership TXT record in DNS. The password comes on standard"
                        + " input (or --generate-password makes one and shows it once)."})
final class PanelMailboxCreateCommand implements Callable<Integer> {
    @ParentCommand
    PanelMailboxCommand mailbox;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Option(names = "--address", required = true, paramLabel = "ADDRESS", description = "作成するメールアドレス / the new address")
    String address;

    @Option(names = "--quota", paramLabel = "MB", description = "容量（1〜50000 MB。既定: パネルの既定値） / quota in MB")
    Integer quotaMb;

    @Option(names = "--memo", paramLabel = "TEXT", description = "メモ / memo")
    String memo;

    @Option(names = "--generate-password", description = "強いパスワードを生成し、一度だけ表示します / generate a strong password, shown once")
    boolean generatePassword;

    @Option(names = "--add-verify-record", description = "確認用 TXT レコードが無ければ、パネルの DNS に追加します（確認の後） / add the ownership record through the panel when it is missing (after confirmation)")
    boolean addVerifyRecord;

    @Option(names = "--dns-server", paramLabel = "IP[:PORT]",
            description = "確認用レコードと NS を尋ねる DNS サーバー（既定: システムのリゾルバー） / DNS server to ask (default: system resolver)")
    String dnsServer;

    @Option(names = "--yes", description = "確認せずに送信します / send without asking")
    boolean yes;

    @Override
    public Integer call() {
        PanelCommand parent = mailbox.parent;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConnectOptions o = options;
        SecretInput input = SecretInput.standard();
        ApiKey key = null;
        char[] password = null;
        try {
            Locale l = PanelSession.locale(o, err);
            PanelSession.project(parent, o, l, out, err);
            String domain = checkInput(o, l, out, err);
            key = PanelSession.key(parent, o, l, out, err, input);
            password = generatePassword ? MailboxCreation.generatePassword() : readPassword(input, o, l, out, err);
            XserverConnector connector = PanelSession.connect(o, key, l, out, err);
            Optional<DnsCheckService> dns = parent.api.services().find(DnsCheckService.class);
            if (dns.isEmpty()) {
                PanelSession.fail(o, l, out, err, PanelCommand.EXIT_CANNOT_CONNECT, "NO_DNS_CHECK", LocalizedText.of(
                        "DNS チェックのプラグインがないため、ドメイン所有者の確認ができません。",
                        "The DNS checker plugin is missing, so the domain ownership cannot be checked."));
            }
            MailboxCreation creation = new MailboxCreation(connector, dns.get(),
                    new DnsCheckService.Target(dnsServer == null ? "" : dnsServer.strip(), null, false));
            Map<String, Object> report = new LinkedHashMap<>();
            try {
                MailboxCreation.Ownership own = creation.checkOwnership(domain, () -> false);
                say(o, out, own.explanation().get(l));
                if (own.state() == MailboxCreation.State.UNKNOWN) {
                    throw new PanelSession.Exit(PanelCommand.EXIT_CANNOT_CONNECT);
                }
                if (own.state() == MailboxCreation.State.MISSING) {
                    if (own.proposal() == null) {
                        throw new PanelSession.Exit(PanelCommand.EXIT_BAD_INPUT);
                    }
                    if (!addVerifyRecord) {
                        say(o, out, LocalizedText.pick(l, "--add-verify-record を付けると、このレコードをパネルから追加します。",
                                "With --add-verify-record the record is added through the panel."));
                        throw new PanelSession.Exit(PanelCommand.EXIT_INCOMPLETE);
                    }
                    say(o, out, LocalizedText.pick(l, "変更計画: ", "Change plan: ") + own.proposal().describe());
                    if (!yes) {
                        PanelSession.confirm(o, l, out, err, input, LocalizedText.pick(l,
                                "このレコードをサーバーに追加します。よろしければ yes と入力してください: ",
                                "This adds the record on the server. Type yes to go on: "));
                    }
                    DnsChangeRunner.Outcome added = new DnsChangeRunner(connector, Clock.systemUTC())
                            .apply(List.of(own.proposal()), true, () -> false);
                    report.put("audit", added.audit());
                    for (AuditEntry a : added.audit()) {
                        say(o, out, LocalizedText.pick(l, "記録: ", "Audit: ") + a.when() + " " + a.change() + " " + a.after() + " : "
                                + a.result());
                    }
                    if (!added.complete()) {
                        PanelSession.failed(o, l, out, err, added.failure());
                    }
                    own = creation.checkOwnership(domain, () -> false);
                    if (own.verified()) {
                        say(o, out, own.explanation().get(l));
                    } else {
                        PanelSession.fail(o, l, out, err, PanelCommand.EXIT_INCOMPLETE, "NOT_YET_PUBLISHED", LocalizedText.of(
                                "確認用レコードを追加しましたが、まだ DNS で見えません。公開されてから、もう一度実行してください。",
                                "The ownership record was added but is not visible in DNS yet. Run this again once it is."));
                    }
                }
                creation.create(address.strip(), password, quotaMb, memo, () -> false);
            } catch (PanelException e) {
                PanelSession.failed(o, l, out, err, e);
            }
            String created = LocalizedText.pick(l, "メールアカウントを作成しました: ", "Mail account created: ") + address.strip();
            String shown = generatePassword ? LocalizedText.pick(l,
                    "パスワード（この一度だけ表示します。どこにも保存していません。お客様に伝えてください）: ",
                    "Password (shown this once and stored nowhere; give it to the customer): ") + new String(password) : null;
            if (o.json) {
                report.put("ok", true);
                report.put("address", address.strip());
                report.put("message", created);
                if (shown != null) {
                    report.put("password", new String(password));
                }
                out.println(Json.pretty(report));
            } else {
                out.println(created);
                if (shown != null) {
                    out.println(shown);
                }
            }
            out.flush();
            return 0;
        } catch (PanelSession.Exit e) {
            return e.code;
        } finally {
            SecretInput.wipe(password);
            if (key != null) {
                key.wipe();
            }
        }
    }

    private String checkInput(ConnectOptions o, Locale l, PrintWriter out, PrintWriter err) throws PanelSession.Exit {
        String a = address.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.chars().anyMatch(Character::isWhitespace)) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_ADDRESS", LocalizedText.of(
                    "メールアドレスの形式が正しくありません（ユーザー名@ドメイン）: " + address,
                    "Not a mail address (name@domain): " + address));
        }
        if (quotaMb != null && (quotaMb < 1 || quotaMb > 50_000)) {
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_QUOTA", LocalizedText.of(
                    "容量は 1〜50000 MB で指定してください: " + quotaMb, "The quota must be 1 to 50,000 MB: " + quotaMb));
        }
        return a.substring(at + 1);
    }

    private static char[] readPassword(SecretInput input, ConnectOptions o, Locale l, PrintWriter out, PrintWriter err)
            throws PanelSession.Exit {
        char[] p = null;
        try {
            p = input.read("新しいメールアカウントのパスワード / password of the new mail account: ");
        } catch (IOException e) {
            p = new char[0];
        }
        if (p.length < 6) {
            SecretInput.wipe(p);
            PanelSession.fail(o, l, out, err, PanelCommand.EXIT_BAD_INPUT, "BAD_PASSWORD", LocalizedText.of(
                    "パスワードがないか短すぎます（6 文字以上）。標準入力に 1 行で渡すか、--generate-password を使ってください"
                            + "（コマンドライン引数では受け付けません）。",
                    "No password, or shorter than 6 characters. Pass it as one line on standard input or use --generate-password"
                            + " (never as an argument)."));
        }
        return p;
    }

    private static void say(ConnectOptions o, PrintWriter out, String line) {
        if (!o.json) {
            out.println(line);
        }
    }
}
