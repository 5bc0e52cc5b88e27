package dev.mailbench.archive.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.net.TrustStores;
import dev.mailbench.archive.engine.ArchiveIndex;

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

    @Option(names = "--port", paramLabel = "PORT",
            description = "ポート。既定: IMAP 993 / POP3 995（110 は STLS）。Port; default 993 for IMAP, 995 for POP3 (110 = STLS).")
    Integer port;

    @Option(names = "--protocol", paramLabel = "imap|pop3",
            description = "imap か pop3（POP のみのアカウント）。既定: ポートが 995/110 なら pop3、それ以外 imap。")
    String protocol;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "ユーザー名（メールアドレス）")
    String user;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書 (PEM)。Extra CA certificate to trust.")
    Path ca;

    /** {@code imap} or {@code pop3}: as given, else from the port (ports ending in 995 or 110 are POP3), else imap. */
    String protocol() {
        if (protocol != null) {
            String p = protocol.trim().toLowerCase(java.util.Locale.ROOT);
            if (!p.equals(ArchiveIndex.IMAP) && !p.equals(ArchiveIndex.POP3)) {
                throw new IllegalArgumentException("--protocol は imap か pop3 です。 --protocol must be imap or pop3: " + protocol);
            }
            return p;
        }
        return port != null && (port % 1000 == 995 || port % 1000 == 110) ? ArchiveIndex.POP3 : ArchiveIndex.IMAP;
    }

    boolean pop3() {
        return protocol().equals(ArchiveIndex.POP3);
    }

    ImapAccount account() throws IOException, GeneralSecurityException {
        boolean pop3 = pop3();
        int p = port != null ? port : pop3 ? 995 : 993;
        char[] password = readPassword();
        if (password.length == 0) {
            throw new IOException("パスワードを標準入力から渡してください。 Pass the password on standard input.");
        }
        return new ImapAccount(host, p, user, password, TrustStores.systemPlus(ca));
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
