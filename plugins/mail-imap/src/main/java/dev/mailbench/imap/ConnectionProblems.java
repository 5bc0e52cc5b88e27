package dev.mailbench.imap;

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

    /** One bilingual sentence for a failed login or connection: what happened and what to check. */
    public static String explain(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // checked first: the handshake exception that wraps it would otherwise read as "not trusted"
            if (c instanceof CertificateException && String.valueOf(c.getMessage()).contains("No subject alternative")) {
                return "サーバー証明書のホスト名が一致しません（証明書にある名前、例 sv1234.xserver.jp で接続してください）。"
                        + " The certificate does not match the host name; connect with the name in the certificate: "
                        + c.getMessage();
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AuthenticationFailedException) {
                return "ログインできません。ユーザー名（メールアドレス全体）とパスワードを確認してください。"
                        + " Login failed: check the user name (the whole address) and the password.";
            }
            if (c instanceof SSLHandshakeException || c instanceof CertificateException) {
                return "サーバー証明書を信頼できません（自社 CA なら --ca で追加できます。検証は省略しません）。"
                        + " The server certificate is not trusted (add a CA with --ca; verification is never skipped): "
                        + c.getMessage();
            }
            if (c instanceof SSLException) {
                return "TLS で接続できません（STARTTLS 用のポートでは？ IMAPS は通常 993）。"
                        + " TLS failed (a STARTTLS port? IMAPS is usually 993): " + c.getMessage();
            }
            if (c instanceof UnknownHostException) {
                return "ホスト名が見つかりません。 Unknown host: " + c.getMessage();
            }
            if (c instanceof ConnectException) {
                return "サーバーに接続できません（ホスト名・ポート・ファイアウォールを確認）。 Cannot connect: " + c.getMessage();
            }
            if (c instanceof SocketTimeoutException) {
                return "サーバーが応答しません（タイムアウト）。 The server does not answer (timeout).";
            }
        }
        return "エラー / Error: " + e.getMessage();
    }
}
