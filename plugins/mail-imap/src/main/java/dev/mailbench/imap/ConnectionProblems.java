package dev.mailbench.imap;

import dev.mailbench.api.model.LocalizedText;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.iap.ConnectionException;

/** Tells a lost connection from a refused command, and explains connection problems in Japanese and English. */
public final class ConnectionProblems {
    private ConnectionProblems() {
    }

    /** True when the connection itself broke (worth reconnecting and retrying), false for a server's NO/BAD. */
    public static boolean isConnectionLost(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FolderClosedException || c instanceof StoreClosedException || c instanceof ConnectionException
                    || c instanceof IOException) {
                return true;
            }
            if (c instanceof jakarta.mail.MessagingException m && m.getNextException() != null && m.getNextException() != c
                    && isConnectionLost(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What happened and what to check, for a failed login or connection, in both languages: a panel shows it
     * with {@code api.i18n().text(...)}, an engine in its locale. Any technical detail ends both texts.
     */
    public static LocalizedText describe(Throwable e) {
        Explanation x = explanation(e);
        return LocalizedText.of(x.ja() + x.detailSuffix(), x.en() + x.detailSuffix());
    }

    /**
     * The same on one line in both languages (Japanese first), for the command line, which has no language
     * setting. Panels use {@link #describe}.
     */
    public static String explain(Throwable e) {
        Explanation x = explanation(e);
        return x.ja() + " " + x.en() + x.detailSuffix();
    }

    private record Explanation(String ja, String en, String detail) {
        String detailSuffix() {
            return detail == null ? "" : ": " + detail;
        }
    }

    private static Explanation explanation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // checked first: the handshake exception that wraps it would otherwise read as "not trusted"
            if (c instanceof CertificateException && String.valueOf(c.getMessage()).contains("No subject alternative")) {
                return new Explanation("サーバー証明書のホスト名が一致しません（証明書にある名前、例 sv1234.xserver.jp で接続してください）。",
                        "The certificate does not match the host name; connect with the name in the certificate.",
                        c.getMessage());
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AuthenticationFailedException) {
                return new Explanation("ログインできません。ユーザー名（メールアドレス全体）とパスワードを確認してください。",
                        "Login failed: check the user name (the whole address) and the password.", null);
            }
            if (c instanceof SSLHandshakeException || c instanceof CertificateException) {
                return new Explanation("サーバー証明書を信頼できません（自社 CA なら「追加の CA」/ --ca で追加できます。検証は省略しません）。",
                        "The server certificate is not trusted (add a CA as \"Extra CA\" / --ca; verification is never skipped).",
                        c.getMessage());
            }
            if (c instanceof SSLException) {
                return new Explanation("TLS で接続できません（暗号化の方式とポートを確認してください。SSL/TLS は通常 993・995、STARTTLS は 143・110）。",
                        "TLS failed: check the security and the port (SSL/TLS is usually 993 or 995, STARTTLS 143 or 110).",
                        c.getMessage());
            }
            if (c instanceof UnknownHostException) {
                return new Explanation("ホスト名が見つかりません。", "Unknown host.", c.getMessage());
            }
            if (c instanceof ConnectException) {
                return new Explanation("サーバーに接続できません（ホスト名・ポート・ファイアウォールを確認）。", "Cannot connect.",
                        c.getMessage());
            }
            if (c instanceof SocketTimeoutException) {
                return new Explanation("サーバーが応答しません（タイムアウト）。", "The server does not answer (timeout).", null);
            }
        }
        return new Explanation("エラー", "Error", e.getMessage());
    }
}
