package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mailbench archive ... --protocol pop3} against the lab's pop@ maildrop. */
@RequiresTestLab(LabService.IMAP)
class Pop3CommandTest {
    TestLab lab;
    LabUser user;
    int inbox;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.pop();
        inbox = MailboxSeeder.forLab(lab, user).seed(60, 4242L).folders().get("INBOX").messages();
    }

    @AfterEach
    void restoreStdin() {
        ServerOptions.passwordInput = System.in;
    }

    private int run(String password, List<String> args) {
        ServerOptions.passwordInput = new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new ArchiveCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    private List<String> args(String command, int port, String... more) {
        List<String> a = new ArrayList<>(List.of(command, "--host", lab.serverHost(), "--port", String.valueOf(port),
                "--user", user.address(), "--ca", lab.caCertificate().toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void thePop3PortMeansPop3InventoryExportAndVerify(@TempDir Path dir) throws Exception {
        assertThat(run(user.password(), args("inventory", lab.pop3sPort()))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("INBOX\t" + inbox + "\t-\t");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--out", dir.toString(), "--format", "eml")))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("INBOX\t" + inbox + " 通\t新規 / new " + inbox);
        assertThat(Files.readString(dir.resolve("archive.json"))).contains("\"protocol\" : \"pop3\"");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--out", dir.toString(), "--format", "eml")))
                .isZero();
        assertThat(out.toString()).contains("新規 / new 0");

        List<String> verify = new ArrayList<>(List.of("verify", dir.toString(), "--server", "--hashes"));
        verify.addAll(args("x", lab.pop3StarttlsPort()).subList(1, 9));
        assertThat(run(user.password(), verify)).as(out.toString() + err).isZero();
        assertThat(out.toString()).contains("OK").contains("サーバーと照合済み");
    }

    @Test
    void explicitProtocolAndItsBadInput(@TempDir Path dir) {
        // --protocol pop3 on the STLS port
        assertThat(run(user.password(), args("inventory", lab.pop3StarttlsPort(), "--protocol", "pop3"))).isZero();

        assertThat(run(user.password(), args("inventory", lab.pop3sPort(), "--protocol", "smtp")))
                .isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--protocol は imap か pop3");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--out", dir.toString(), "--since", "2024-04-01")))
                .isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("POP3 では --since は使えません");

        assertThat(run("wrong", args("inventory", lab.pop3sPort()))).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("ログインできません");
    }
}
