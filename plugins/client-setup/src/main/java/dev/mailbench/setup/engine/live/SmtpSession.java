package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SMTP submission: multi-line replies, EHLO capabilities, AUTH PLAIN, and sending the round-trip message. */
final class SmtpSession extends MailSession {
    private static final byte[] AUTH_PLAIN = "AUTH PLAIN ".getBytes(StandardCharsets.US_ASCII);

    private List<String> capabilities = List.of();

    SmtpSession(LineConnection conn, FailureDiagnosis failures) {
        super(conn, failures);
    }

    /** Reads a (multi-line) reply; returns all lines, the last one being "NNN text". */
    private List<String> reply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = conn.readLine();
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                return lines;
            }
        }
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    @Override
    String greeting() throws IOException, StepFailure {
        List<String> g = reply();
        String line = last(g);
        if (!line.startsWith("220")) {
            throw failures.refusedGreeting(line.startsWith("554") || line.startsWith("421"), line);
        }
        ehlo();
        return g.get(0);
    }

    private void ehlo() throws IOException {
        conn.writeLine("EHLO mailbench.invalid");
        List<String> lines = reply();
        capabilities = lines.stream().map(l -> l.length() > 4 ? l.substring(4).toUpperCase(Locale.ROOT) : "").toList();
    }

    @Override
    void startTls() throws IOException {
        if (capabilities.stream().noneMatch(c -> c.startsWith("STARTTLS"))) {
            throw new IOException("STARTTLS not in EHLO");
        }
        conn.writeLine("STARTTLS");
        String r = last(reply());
        if (!r.startsWith("220")) {
            throw new IOException(r);
        }
    }

    @Override
    void afterTls() throws IOException {
        ehlo();
    }

    @Override
    String login(String user, char[] password) throws StepFailure {
        if (capabilities.stream().noneMatch(c -> c.startsWith("AUTH") && c.contains("PLAIN"))) {
            throw failures.smtpAuthNotOffered();
        }
        return authenticate(user, saslPlain(user, password), "235", secret -> {
            conn.writeSecretLine(AUTH_PLAIN, secret);
            return last(reply());
        });
    }

    /** Sends the test message; returns null or the refusing reply. */
    String send(String from, String to, byte[] message) throws IOException {
        for (String cmd : List.of("MAIL FROM:<" + from + ">", "RCPT TO:<" + to + ">", "DATA")) {
            conn.writeLine(cmd);
            String reply = last(reply());
            if (!(reply.startsWith("250") || reply.startsWith("354"))) {
                return reply;
            }
        }
        conn.writeRaw(message);
        conn.writeLine(".");
        String reply = last(reply());
        return reply.startsWith("250") ? null : reply;
    }

    /**
     * What the server answers to a message started without logging in, as a client with SMTP authentication
     * off would: the refusing reply, or null when the server would take it (then nothing is sent: RSET).
     */
    String refusalWithoutAuth(String address) throws IOException {
        for (String cmd : List.of("MAIL FROM:<" + address + ">", "RCPT TO:<" + address + ">")) {
            conn.writeLine(cmd);
            String reply = last(reply());
            if (!reply.startsWith("250")) {
                return reply;
            }
        }
        conn.writeLine("RSET");
        reply();
        return null;
    }

    @Override
    void sayGoodbye() throws IOException {
        conn.writeLine("QUIT");
        reply();
    }
}
