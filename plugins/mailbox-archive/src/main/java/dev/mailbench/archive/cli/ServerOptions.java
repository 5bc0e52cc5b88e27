package dev.mailbench.archive.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.TrustStores;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import picocli.CommandLine.Option;

/** Connection options shared by the sub-commands. The password is read from standard input, never an argument. */
public final class ServerOptions {
    /** Where the password comes from; tests replace it. */
    static InputStream passwordInput = System.in;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "IMAP サーバー (例 sv1234.xserver.jp)")
    String host;

    @Option(names = "--port", defaultValue = "993", paramLabel = "PORT", description = "IMAPS ポート。既定: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "ユーザー名（メールアドレス）")
    String user;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書 (PEM)。Extra CA certificate to trust.")
    Path ca;

    ImapAccount account() throws IOException, GeneralSecurityException {
        char[] password = readPassword();
        if (password.length == 0) {
            throw new IOException("パスワードを標準入力から渡してください。 Pass the password on standard input.");
        }
        return new ImapAccount(host, port, user, password, TrustStores.systemPlus(ca));
    }

    private static char[] readPassword() throws IOException {
        if (passwordInput == System.in && System.console() != null) {
            char[] p = System.console().readPassword("パスワード / Password: ");
            return p == null ? new char[0] : p;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(passwordInput, StandardCharsets.UTF_8));
        String line = r.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
