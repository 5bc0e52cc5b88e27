package dev.mailbench.archive.cli;

import dev.mailbench.archive.engine.ArchiveIndex;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.TlsMode;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.net.TrustStores;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Connection options shared by the sub-commands. The password is read from standard input, never an argument. */
public final class ServerOptions {
    @Option(names = "--host", required = true, paramLabel = "HOST", description = "IMAP サーバー (例 sv1234.xserver.jp)")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "ポート。既定: IMAP 993 / POP3 995。Port; default 993 for IMAP, 995 for POP3.")
    Integer port;

    @Option(names = "--protocol", paramLabel = "imap|pop3",
            description = "imap か pop3（POP のみのアカウント）。既定: ポートが 995/110 なら pop3、それ以外 imap。")
    String protocol;

    @Option(names = "--security", paramLabel = "ssl|starttls",
            description = {"暗号化の方式: ssl（最初から TLS）か starttls（接続後に TLS）。既定: 993/995 は ssl、143/110 は starttls、"
                    + "それ以外のポートは ssl。証明書は常に検証します。",
                    "ssl (TLS from the start) or starttls; default: ssl on 993/995, starttls on 143/110, else ssl."})
    String security;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "ユーザー名（メールアドレス）")
    String user;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書 (PEM)。Extra CA certificate to trust.")
    Path ca;

    /** {@code imap} or {@code pop3}: as given, else pop3 on the standard POP3 ports (995, 110), else imap. */
    String protocol() {
        if (protocol != null) {
            String p = protocol.trim().toLowerCase(Locale.ROOT);
            if (!p.equals(ArchiveIndex.IMAP) && !p.equals(ArchiveIndex.POP3)) {
                throw new IllegalArgumentException("--protocol は imap か pop3 です。 --protocol must be imap or pop3: " + protocol);
            }
            return p;
        }
        return port != null && (port == 995 || port == 110) ? ArchiveIndex.POP3 : ArchiveIndex.IMAP;
    }

    boolean pop3() {
        return protocol().equals(ArchiveIndex.POP3);
    }

    /** As given, else what the standard port stands for, else TLS from the start. */
    TlsMode tls(int p) {
        if (security == null) {
            return TlsMode.standardFor(p).orElse(TlsMode.IMPLICIT_TLS);
        }
        return switch (security.trim().toLowerCase(Locale.ROOT)) {
            case "ssl", "tls", "ssl/tls" -> TlsMode.IMPLICIT_TLS;
            case "starttls" -> TlsMode.STARTTLS;
            default -> throw new IllegalArgumentException(
                    "--security は ssl か starttls です。 --security must be ssl or starttls: " + security);
        };
    }

    ImapAccount account() throws IOException, GeneralSecurityException {
        int p = port != null ? port : pop3() ? 995 : 993;
        TlsMode mode = tls(p);
        char[] password = SecretInput.standard().require("パスワード / Password: ",
                "パスワードを標準入力から渡してください。 Pass the password on standard input.");
        try {
            return new ImapAccount(host, p, user, password, TrustStores.systemPlus(ca), mode);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            SecretInput.wipe(password);
            throw e;
        }
    }
}
