package dev.mailbench.archive.cli;

import jakarta.mail.AuthenticationFailedException;
import javax.net.ssl.SSLHandshakeException;

/** Bilingual explanations of connection problems, shared by the commands. */
final class Messages {
    private Messages() {
    }

    static String connectionFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof AuthenticationFailedException) {
                return "ログインできません。ユーザー名とパスワードを確認してください。 Login failed: check user and password.";
            }
            if (c instanceof SSLHandshakeException || c instanceof java.security.cert.CertificateException) {
                return "サーバー証明書を確認できません（--ca で CA を追加できます）。 The server certificate is not trusted: "
                        + c.getMessage();
            }
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException) {
                return "サーバーに接続できません（ホスト名・ポートを確認）。 Cannot connect: " + c.getMessage();
            }
        }
        return "エラー / Error: " + e.getMessage();
    }
}
