package dev.mailbench.imap;

import dev.mailbench.api.model.LocalizedText;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;

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
     * True when the server went silent (no data for the stall timeout, see {@link ImapConnection#open(ImapAccount,
     * java.time.Duration)}) while the connection stayed open.
     */
    public static boolean isStalled(Throwable e) {
        return reasons(e).stream().anyMatch(c -> c instanceof SocketTimeoutException
                || angusByeNames(c, SocketTimeoutException.class));
    }

    /**
     * True when the connection was cut: during the TLS handshake, the login or any later command. A refused
     * connection, an unknown host, an untrusted certificate or a rejected login are not cuts: trying again
     * cannot help them.
     */
    public static boolean isCut(Throwable e) {
        List<Throwable> reasons = reasons(e);
        if (reasons.stream().anyMatch(c -> c instanceof CertificateException || c instanceof AuthenticationFailedException
                || c instanceof UnknownHostException || c instanceof ConnectException)) {
            return false;
        }
        return reasons.stream().anyMatch(c -> c instanceof EOFException || c instanceof SocketException
                || c instanceof FolderClosedException || c instanceof StoreClosedException
                || c instanceof ConnectionException || angusByeNames(c, IOException.class));
    }

    /** Worth reconnecting and trying again: the connection was cut or stalled. */
    public static boolean isTransient(Throwable e) {
        return isStalled(e) || isCut(e);
    }

    /** True when a cut happened inside the TLS handshake (the server or the line closed it before it finished). */
    private static boolean isCutDuringHandshake(Throwable e) {
        List<Throwable> reasons = reasons(e);
        return reasons.stream().anyMatch(c -> c instanceof SSLHandshakeException)
                && reasons.stream().anyMatch(c -> c instanceof EOFException || c instanceof SocketException)
                && reasons.stream().noneMatch(c -> c instanceof CertificateException);
    }

    /**
     * The causes, next exceptions and the exceptions Angus keeps in a BYE response it made up for a broken
     * connection ({@code * BYE Jakarta Mail Exception: ...}).
     */
    private static List<Throwable> reasons(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>();
        todo.add(e);
        while (!todo.isEmpty() && out.size() < 50) {
            Throwable c = todo.remove(0);
            if (c == null || out.contains(c)) {
                continue;
            }
            out.add(c);
            todo.add(c.getCause());
            if (c instanceof jakarta.mail.MessagingException m) {
                todo.add(m.getNextException());
            }
            if (c instanceof ProtocolException p && p.getResponse() != null) {
                todo.add(p.getResponse().getException());
            }
        }
        return out;
    }

    /**
     * Angus turns a broken connection into a made-up {@code * BYE Jakarta Mail Exception: <exception>} response,
     * and the FolderClosedException / StoreClosedException it throws then carry only that text: the exception
     * class in it is all that is left of the reason.
     */
    private static boolean angusByeNames(Throwable c, Class<? extends Exception> type) {
        String m = c.getMessage();
        if (m == null || !m.startsWith("* BYE ") || !m.contains(" Exception: ")) {
            return false;
        }
        String named = m.substring(m.indexOf(" Exception: ") + " Exception: ".length()).split("[:\\s]", 2)[0];
        try {
            return type.isAssignableFrom(Class.forName(named, false, ConnectionProblems.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return false;
        }
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
        if (isStalled(e)) {
            return new Explanation("サーバーが応答しなくなりました（接続は切れていませんが、データが届きません）。時間をおいてもう一度実行してください。",
                    "The server stopped sending: the connection stayed open but no data arrived. Try again later.", null);
        }
        if (isCutDuringHandshake(e)) {
            return new Explanation("暗号化（TLS）の確立中に接続が切れました。回線・ファイアウォール・セキュリティソフト、"
                    + "サーバーの同時接続数の上限を確認して、もう一度実行してください。",
                    "The connection was cut during the TLS handshake: check the line, firewalls or security software and "
                            + "the server's connection limit, then try again.", null);
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
        if (isCut(e)) {
            // the library's own words ("* BYE Jakarta Mail Exception: ... Connection dropped by server?") explain nothing
            return new Explanation("サーバーとの接続が途中で切れました（ログイン中を含む）。回線・ファイアウォール・セキュリティソフト、"
                    + "サーバーの同時接続数の上限を確認して、もう一度実行してください。",
                    "The connection to the server was cut (possibly during the login): check the line, firewalls or "
                            + "security software and the server's connection limit, then try again.", null);
        }
        return new Explanation("エラー", "Error", e.getMessage());
    }
}
