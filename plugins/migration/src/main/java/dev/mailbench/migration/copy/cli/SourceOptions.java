package dev.mailbench.migration.copy.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.net.TrustStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/**
 * The old host's options, the same for {@code migrate survey}, {@code copy} and {@code verify}: server, user, an
 * extra CA (trusted for both servers) and the folders to work on.
 */
public final class SourceOptions {
    @Option(names = "--from-host", required = true, paramLabel = "HOST", description = "旧サーバー（コピー元）の IMAP サーバー / Source IMAP host")
    String host;

    @Option(names = "--from-port", defaultValue = "993", paramLabel = "PORT", description = "コピー元の IMAPS ポート。既定: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--from-user", required = true, paramLabel = "USER", description = "コピー元のユーザー名 / Source user")
    String user;

    @Option(names = "--ca", paramLabel = "FILE", description = "追加で信頼する CA 証明書 (PEM)。検証は省略しません。 Extra CA certificate to trust.")
    Path ca;

    @Option(names = "--folders", split = ",", paramLabel = "FOLDER", description = "対象フォルダー（コピー元の名前、既定: すべて） / Folders (default: all)")
    List<String> folders = List.of();

    public List<String> folders() {
        return folders;
    }

    public String user() {
        return user;
    }

    /** Fails with a message fit to show when the CA file or the port is wrong (before any password is asked). */
    void check() throws IOException {
        if (ca != null && !Files.isReadable(ca)) {
            throw new IOException("CA 証明書のファイルを読めません / Cannot read the CA file: " + ca);
        }
        checkPort(port, "--from-port");
    }

    /** The trust for both servers: the system's CAs plus {@code --ca}. */
    SSLContext trust() throws IOException, GeneralSecurityException {
        return TrustStores.systemPlus(ca);
    }

    /** The source account alone (a survey), its password read now from {@code secrets}. */
    public ImapAccount account(SecretInput secrets, String missingMessage) throws IOException, GeneralSecurityException {
        check();
        return account(trust(), secrets, missingMessage);
    }

    /** The source account with its password, read now from {@code secrets}. */
    ImapAccount account(SSLContext trust, SecretInput secrets, String missingMessage) throws IOException {
        char[] password = secrets.require("コピー元 " + user + " のパスワード / Source password (" + user + "): ", missingMessage);
        return new ImapAccount(host, port, user, password, trust);
    }

    static void checkPort(int value, String option) throws IOException {
        if (value <= 0 || value > 65535) {
            throw new IOException(option + " は 1-65535 です。 " + option + " must be 1-65535.");
        }
    }
}
