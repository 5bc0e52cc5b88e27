package dev.mailbench.migration.copy.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.io.SecretInput;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code migrate copy} and {@code migrate verify} share: both servers, an extra CA, the folders. Passwords
 * never come from arguments: standard input, first line the source's, second line the destination's (or console
 * prompts, source first, when a person is typing).
 */
public final class CopyEndpoints {
    /** The commands' help line about passwords. */
    public static final String PASSWORDS_HELP = "パスワードは標準入力から: 1 行目がコピー元、2 行目がコピー先。"
            + " Passwords on standard input: source, then destination.";
    private static final String MISSING = "パスワードを標準入力から渡してください（1 行目: コピー元、2 行目: コピー先）。"
            + " Pass the passwords on standard input: first line the source's, second line the destination's.";

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--to-host", required = true, paramLabel = "HOST", description = "新サーバー（コピー先）、例 sv1234.xserver.jp / Destination host")
    String toHost;

    @Option(names = "--to-port", defaultValue = "993", paramLabel = "PORT", description = "コピー先の IMAPS ポート。既定: ${DEFAULT-VALUE}")
    int toPort;

    @Option(names = "--to-user", required = true, paramLabel = "USER", description = "コピー先のユーザー名（メールアドレス全体） / Destination user")
    String toUser;

    @Option(names = "--map", paramLabel = "OLD=NEW", description = {"フォルダー名の対応（繰り返し可）。例 --map \"送信済みアイテム=Sent\"。"
            + "NEW はコピー先の区切り文字で書きます。",
            "Source folder → destination folder where the names differ (repeatable); NEW uses the destination's separator."})
    Map<String, String> folderMap = new LinkedHashMap<>();

    public Map<String, String> folderMap() {
        return folderMap;
    }

    public List<String> folders() {
        return source.folders();
    }

    /** Both accounts, passwords read now (the caller wipes them with {@link ImapAccount#clearPassword()}). */
    public ImapAccount[] accounts() throws IOException, GeneralSecurityException {
        source.check();
        SourceOptions.checkPort(toPort, "--to-port");
        SSLContext trust = source.trust();
        SecretInput secrets = SecretInput.standard();
        ImapAccount from = source.account(trust, secrets, MISSING);
        try {
            char[] password = secrets.require("コピー先 " + toUser + " のパスワード / Destination password (" + toUser + "): ", MISSING);
            return new ImapAccount[] {from, new ImapAccount(toHost, toPort, toUser, password, trust)};
        } catch (IOException | RuntimeException e) {
            from.clearPassword();
            throw e;
        }
    }
}
