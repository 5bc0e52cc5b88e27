package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.util.List;

/** IMAP: tagged commands, AUTHENTICATE PLAIN. */
final class ImapSession extends MailSession {
    private int tag;

    ImapSession(LineConnection conn, FailureDiagnosis failures) {
        super(conn, failures);
    }

    @Override
    String greeting() throws IOException, StepFailure {
        String line = conn.readLine();
        boolean bye = line.startsWith("* BYE");
        if (bye || !line.startsWith("* OK") && !line.startsWith("* PREAUTH")) {
            throw failures.refusedGreeting(bye, line);
        }
        return line;
    }

    private String nextTag() {
        return "m" + (++tag);
    }

    /** Sends a command and returns the tagged reply line; untagged lines go to {@code untagged}. */
    String command(String cmd, List<String> untagged) throws IOException {
        String t = nextTag();
        conn.writeLine(t + " " + cmd);
        return tagged(t, untagged);
    }

    private String tagged(String t, List<String> untagged) throws IOException {
        while (true) {
            String line = conn.readLine();
            if (line.startsWith(t + " ")) {
                return line.substring(t.length() + 1);
            }
            if (untagged != null) {
                untagged.add(line);
            }
        }
    }

    @Override
    void startTls() throws IOException {
        String reply = command("STARTTLS", null);
        if (!reply.startsWith("OK")) {
            throw new IOException(reply);
        }
    }

    @Override
    String login(String user, char[] password) throws StepFailure {
        return authenticate(user, saslPlain(user, password), "OK", secret -> {
            String t = nextTag();
            conn.writeLine(t + " AUTHENTICATE PLAIN");
            String cont = conn.readLine();
            if (!cont.startsWith("+")) {
                throw failures.refusedLogin(user, cont.startsWith(t + " ") ? cont.substring(t.length() + 1) : cont);
            }
            conn.writeSecretLine(new byte[0], secret);
            return tagged(t, null);
        });
    }

    @Override
    void sayGoodbye() throws IOException {
        command("LOGOUT", null);
    }
}
