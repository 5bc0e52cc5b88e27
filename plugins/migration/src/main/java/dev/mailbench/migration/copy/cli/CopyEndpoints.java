package dev.mailbench.migration.copy.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.net.TrustStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/**
 * The options {@code migrate copy} and {@code migrate verify} share: both servers, an extra CA, the folders. Passwords
 * never come from arguments: standard input, first line the source's, second line the destination's (or console
 * prompts when a person is typing).
 */
public final class CopyEndpoints {
    /** Where passwords come from; tests replace it. */
    public static InputStream passwordInput = System.in;

    @Option(names = "--from-host", required = true, paramLabel = "HOST", description = "旧サーバー（コピー元）の IMAP サーバー / Source IMAP host")
    String fromHost;

    @Option(names = "--from-port", defaultValue = "993", paramLabel = "PORT", description = "コピー元の IMAPS ポート。既定: ${DEFAULT-VALUE}")
    int fromPort;

    @Option(names = "--from-user", required = true, paramLabel = "USER", description = "コピー元のユーザー名 / Source user")
    String fromUser;

    @Option(names = "--to-host", required = true, paramLabel = "HOST", description = "新サーバー（コピー先）、例 sv1234.xserver.jp / Destination host")
    String toHost;

    @Option(names = "--to-port", defaultValue = "993", paramLabel = "PORT", description = "コピー先の IMAPS ポート。既定: ${DEFAULT-VALUE}")
    int toPort;

    @Option(names = "--to-user", required = true, paramLabel = "USER", description = "コピー先のユーザー名（メールアドレス全体） / Destination user")
    String toUser;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書 (PEM)。検証は省略しません。 Extra CA certificate to trust.")
    Path ca;

    @Option(names = "--folders", split = ",", paramLabel = "FOLDER", description = "対象フォルダー（コピー元の名前、既定: すべて） / Folders (default: all)")
    List<String> folders = List.of();

    @Option(names = "--map", paramLabel = "OLD=NEW", description = {"フォルダー名の対応（繰り返し可）。例 --map \"送信済みアイテム=Sent\"。"
            + "NEW はコピー先の区切り文字で書きます。",
            "Source folder → destination folder where the names differ (repeatable); NEW uses the destination's separator."})
    java.util.Map<String, String> folderMap = new java.util.LinkedHashMap<>();

    public java.util.Map<String, String> folderMap() {
        return folderMap;
    }

    public List<String> folders() {
        return folders;
    }

    /** Both accounts, passwords read now. */
    public ImapAccount[] accounts() throws IOException, GeneralSecurityException {
        if (ca != null && !Files.isReadable(ca)) {
            throw new IOException("CA 証明書のファイルを読めません / Cannot read the CA file: " + ca);
        }
        check(fromPort, "--from-port");
        check(toPort, "--to-port");
        SSLContext trust = TrustStores.systemPlus(ca);
        char[][] passwords = readPasswords();
        return new ImapAccount[] {new ImapAccount(fromHost, fromPort, fromUser, passwords[0], trust),
                new ImapAccount(toHost, toPort, toUser, passwords[1], trust)};
    }

    private static void check(int port, String option) throws IOException {
        if (port <= 0 || port > 65535) {
            throw new IOException(option + " は 1-65535 です。 " + option + " must be 1-65535.");
        }
    }

    private char[][] readPasswords() throws IOException {
        char[] source;
        char[] destination;
        if (passwordInput == System.in && System.console() != null) {
            source = orEmpty(System.console().readPassword("コピー元 %s のパスワード / Source password: ", fromUser));
            destination = orEmpty(System.console().readPassword("コピー先 %s のパスワード / Destination password: ", toUser));
        } else {
            BufferedReader r = new BufferedReader(new InputStreamReader(passwordInput, StandardCharsets.UTF_8));
            source = line(r);
            destination = line(r);
        }
        if (source.length == 0 || destination.length == 0) {
            throw new IOException("パスワードを標準入力から渡してください（1 行目: コピー元、2 行目: コピー先）。"
                    + " Pass the passwords on standard input: first line the source's, second line the destination's.");
        }
        return new char[][] {source, destination};
    }

    private static char[] line(BufferedReader r) throws IOException {
        String s = r.readLine();
        return s == null ? new char[0] : s.toCharArray();
    }

    private static char[] orEmpty(char[] p) {
        return p == null ? new char[0] : p;
    }
}
