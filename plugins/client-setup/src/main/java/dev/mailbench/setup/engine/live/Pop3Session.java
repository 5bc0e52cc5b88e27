package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** POP3: +OK / -ERR replies, USER and PASS. */
final class Pop3Session extends MailSession {
    private static final byte[] PASS = "PASS ".getBytes(StandardCharsets.US_ASCII);

    Pop3Session(LineConnection conn, FailureDiagnosis failures) {
        super(conn, failures);
    }

    @Override
    String greeting() throws IOException, StepFailure {
        String line = conn.readLine();
        if (!line.startsWith("+OK")) {
            throw failures.refusedGreeting(line.startsWith("-ERR"), line);
        }
        return line;
    }

    @Override
    void startTls() throws IOException {
        conn.writeLine("STLS");
        String reply = conn.readLine();
        if (!reply.startsWith("+OK")) {
            throw new IOException(reply);
        }
    }

    @Override
    String login(String user, char[] password) throws StepFailure {
        return authenticate(user, utf8(password), "+OK", secret -> {
            conn.writeLine("USER " + user);
            String reply = conn.readLine();
            if (!reply.startsWith("+OK")) {
                throw failures.refusedLogin(user, reply);
            }
            conn.writeSecretLine(PASS, secret);
            return conn.readLine();
        });
    }

    @Override
    void sayGoodbye() throws IOException {
        conn.writeLine("QUIT");
        conn.readLine();
    }
}
