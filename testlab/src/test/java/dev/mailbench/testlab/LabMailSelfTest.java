package dev.mailbench.testlab;

import static dev.mailbench.testlab.LineClient.code;
import static dev.mailbench.testlab.LineClient.last;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** IMAP, POP3 and both submission ports of the running lab, with the lab CA trusted. */
@RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
class LabMailSelfTest {

    @Test
    void imapLoginOverImplicitTls(TestLab lab) throws IOException {
        LabUser u = lab.info();
        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.imapsPort())) {
            assertThat(c.readLine()).startsWith("* OK");
            assertThat(last(c.imap("LOGIN " + u.address() + " " + u.password()))).contains("OK");
            assertThat(c.imap("CAPABILITY")).anyMatch(l -> l.contains("QUOTA"));
            c.imap("LOGOUT");
        }
    }

    @Test
    void imapLoginAfterStarttls(TestLab lab) throws IOException {
        LabUser u = lab.taro();
        try (LineClient c = LineClient.plain(lab, lab.serverHost(), lab.imapStarttlsPort())) {
            assertThat(c.readLine()).startsWith("* OK").contains("STARTTLS");
            assertThat(last(c.imap("STARTTLS"))).contains("OK");
            c.startTls(lab, lab.serverHost());
            assertThat(last(c.imap("LOGIN " + u.address() + " " + u.password()))).contains("OK");
            c.imap("LOGOUT");
        }
    }

    @Test
    void popLoginOverImplicitTlsAndStls(TestLab lab) throws IOException {
        LabUser u = lab.billing();
        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.pop3sPort())) {
            assertThat(c.readLine()).startsWith("+OK");
            c.send("USER " + u.address());
            assertThat(c.readLine()).startsWith("+OK");
            c.send("PASS " + u.password());
            assertThat(c.readLine()).startsWith("+OK");
            c.send("STAT");
            assertThat(c.readLine()).startsWith("+OK");
            c.send("QUIT");
        }
        try (LineClient c = LineClient.plain(lab, lab.serverHost(), lab.pop3StarttlsPort())) {
            assertThat(c.readLine()).startsWith("+OK");
            c.send("STLS");
            assertThat(c.readLine()).startsWith("+OK");
            c.startTls(lab, lab.serverHost());
            c.send("USER " + u.address());
            assertThat(c.readLine()).startsWith("+OK");
            c.send("PASS " + u.password());
            assertThat(c.readLine()).startsWith("+OK");
            c.send("QUIT");
        }
    }

    @Test
    void wrongPasswordAndLocalPartOnlyFailImapPopAndSmtp(TestLab lab) throws IOException {
        LabUser u = lab.info();
        for (String[] cred : new String[][] {{u.address(), "wrong-" + u.password()}, {u.localPart(), u.password()}}) {
            try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.imapsPort())) {
                c.readLine();
                assertThat(last(c.imap("LOGIN " + cred[0] + " " + cred[1]))).contains("NO").contains("AUTHENTICATIONFAILED");
            }
            try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.pop3sPort())) {
                c.readLine();
                c.send("USER " + cred[0]);
                c.readLine();
                c.send("PASS " + cred[1]);
                assertThat(c.readLine()).startsWith("-ERR");
            }
            try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.submissionsPort())) {
                c.smtpReply();
                c.smtp("EHLO selftest.test");
                assertThat(code(c.smtp("AUTH PLAIN " + plain(cred[0], cred[1])))).isEqualTo(535);
            }
        }
    }

    @Test
    void submissionRequiresAuth(TestLab lab) throws IOException {
        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.submissionsPort())) {
            c.smtpReply();
            c.smtp("EHLO selftest.test");
            c.smtp("MAIL FROM:<someone@elsewhere.test>");
            assertThat(code(c.smtp("RCPT TO:<" + lab.info().address() + ">"))).isGreaterThanOrEqualTo(500);
        }
        try (LineClient c = LineClient.plain(lab, lab.serverHost(), lab.submissionPort())) {
            c.smtpReply();
            List<String> ehlo = c.smtp("EHLO selftest.test");
            assertThat(ehlo).anyMatch(l -> l.contains("STARTTLS")).noneMatch(l -> l.contains("AUTH"));
        }
    }

    @Test
    void sendThroughImplicitTlsSubmissionAndFetchBackByImap(TestLab lab) throws Exception {
        sendAndFetch(lab, true);
    }

    @Test
    void sendThroughStarttlsSubmissionAndFetchBackByImap(TestLab lab) throws Exception {
        sendAndFetch(lab, false);
    }

    private static void sendAndFetch(TestLab lab, boolean implicitTls) throws Exception {
        LabUser from = lab.taro();
        LabUser to = lab.info();
        String token = "selftest-" + (implicitTls ? "465-" : "587-") + UUID.randomUUID();
        try (LineClient c = implicitTls
                ? LineClient.tls(lab, lab.serverHost(), lab.submissionsPort())
                : LineClient.plain(lab, lab.serverHost(), lab.submissionPort())) {
            assertThat(code(c.smtpReply())).isEqualTo(220);
            c.smtp("EHLO selftest.test");
            if (!implicitTls) {
                assertThat(code(c.smtp("STARTTLS"))).isEqualTo(220);
                c.startTls(lab, lab.serverHost());
                assertThat(c.smtp("EHLO selftest.test")).anyMatch(l -> l.contains("AUTH"));
            }
            assertThat(code(c.smtp("AUTH PLAIN " + plain(from.address(), from.password())))).isEqualTo(235);
            assertThat(code(c.smtp("MAIL FROM:<" + from.address() + ">"))).isEqualTo(250);
            assertThat(code(c.smtp("RCPT TO:<" + to.address() + ">"))).isEqualTo(250);
            assertThat(code(c.smtp("DATA"))).isEqualTo(354);
            c.send("From: " + from.address());
            c.send("To: " + to.address());
            c.send("Subject: " + token);
            c.send("Message-ID: <" + token + "@selftest.test>");
            c.send("");
            c.send("lab self-test message");
            c.send(".");
            assertThat(code(c.smtpReply())).isEqualTo(250);
            c.smtp("QUIT");
        }
        // delivery (Postfix queue -> LMTP -> Dovecot) is asynchronous: poll, no timing assertion
        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.imapsPort())) {
            c.readLine();
            assertThat(last(c.imap("LOGIN " + to.address() + " " + to.password()))).contains("OK");
            long deadline = System.currentTimeMillis() + 60_000;
            List<String> found;
            do {
                c.imap("SELECT INBOX");
                found = c.imap("UID SEARCH HEADER Message-ID " + token);
                if (found.stream().anyMatch(l -> l.matches("\\* SEARCH( \\d+)+"))) {
                    break;
                }
                Thread.sleep(200);
            } while (System.currentTimeMillis() < deadline);
            String uid = found.stream().filter(l -> l.startsWith("* SEARCH ")).findFirst().orElseThrow(
                    () -> new AssertionError("message " + token + " not delivered; see testlab/run/log/postfix.log"))
                    .substring("* SEARCH ".length()).trim().split(" ")[0];
            List<String> fetched = c.imap("UID FETCH " + uid + " BODY.PEEK[HEADER.FIELDS (SUBJECT)]");
            assertThat(fetched).anyMatch(l -> l.contains(token));
            c.imap("LOGOUT");
        }
    }

    @Test
    void quotaIsReportedAndFullMailboxIsAlmostFull(TestLab lab) throws IOException {
        LabUser u = lab.full();
        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.imapsPort())) {
            c.readLine();
            c.imap("LOGIN " + u.address() + " " + u.password());
            List<String> q = c.imap("GETQUOTAROOT INBOX");
            Matcher m = Pattern.compile("STORAGE (\\d+) (\\d+)").matcher(String.join("\n", q));
            assertThat(m.find()).as("QUOTA answer %s", q).isTrue();
            long used = Long.parseLong(m.group(1));
            long limit = Long.parseLong(m.group(2));
            assertThat(limit).isEqualTo(u.quotaBytes() / 1024);
            assertThat(used).isGreaterThan(limit * 8 / 10);
        }
        // a 200 KB delivery does not fit: LMTP (what Postfix uses) rejects it with 552 5.2.2
        try (LineClient c = LineClient.plain(lab, lab.serverHost(), lab.lmtpPort())) {
            c.smtpReply();
            c.smtp("LHLO selftest.test");
            c.smtp("MAIL FROM:<selftest@elsewhere.test>");
            assertThat(code(c.smtp("RCPT TO:<" + u.address() + ">"))).isEqualTo(250);
            assertThat(code(c.smtp("DATA"))).isEqualTo(354);
            c.send("Subject: does not fit");
            c.send("");
            String line = "x".repeat(998);
            for (int i = 0; i < 200; i++) {
                c.send(line);
            }
            List<String> reply = c.smtp(".");
            assertThat(code(reply)).isEqualTo(552);
            assertThat(last(reply)).contains("5.2.2");
        }
    }

    static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }
}
