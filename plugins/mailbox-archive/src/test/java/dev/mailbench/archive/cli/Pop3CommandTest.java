package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailbench archive ... --protocol pop3} against the lab's pop@ maildrop. */
@RequiresTestLab(LabService.IMAP)
class Pop3CommandTest {
    TestLab lab;
    LabUser user;
    int inbox;
    final ArchiveCli cli = new ArchiveCli();
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    @BeforeEach
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.pop();
        inbox = MailboxSeeder.forLab(lab, user).seed(60, 4242L).folders().get("INBOX").messages();
    }

    @AfterEach
    void restoreStdin() {
        cli.restoreStdin();
    }

    private int run(String password, List<String> args) {
        return cli.run(password, args);
    }

    private List<String> args(String command, int port, String... more) {
        List<String> a = new ArrayList<>(List.of(command, "--host", lab.serverHost(), "--port", String.valueOf(port),
                "--user", user.address(), "--ca", lab.caCertificate().toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void pop3InventoryExportAndVerify(@TempDir Path dir) throws Exception {
        assertThat(run(user.password(), args("inventory", lab.pop3sPort(), "--protocol", "pop3"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("INBOX\t" + inbox + "\t-\t");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--protocol", "pop3", "--out", dir.toString(),
                "--format", "eml"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("INBOX\t" + inbox + " 通\t新規 / new " + inbox);
        assertThat(Files.readString(dir.resolve("archive.json"))).contains("\"protocol\" : \"pop3\"");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--protocol", "pop3", "--out", dir.toString(),
                "--format", "eml"))).isZero();
        assertThat(out.toString()).contains("新規 / new 0");

        // verify takes the protocol from archive.json; the lab's STLS port is not 110, so STARTTLS is said explicitly
        List<String> verify = new ArrayList<>(List.of("verify", dir.toString(), "--server", "--hashes"));
        verify.addAll(args("x", lab.pop3StarttlsPort(), "--security", "starttls").subList(1, 11));
        assertThat(run(user.password(), verify)).as(out.toString() + err).isZero();
        assertThat(out.toString()).contains("OK").contains("サーバーと照合済み");
    }

    @Test
    void explicitProtocolAndSecurityAndTheirBadInput(@TempDir Path dir) {
        assertThat(run(user.password(), args("inventory", lab.pop3StarttlsPort(), "--protocol", "pop3", "--security", "starttls")))
                .as(err.toString()).isZero();
        assertThat(run(user.password(), args("inventory", lab.pop3StarttlsPort(), "--protocol", "pop3")))
                .as("TLS from the first byte on the plain port fails: the port number no longer decides")
                .isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("TLS で接続できません");

        assertThat(run(user.password(), args("inventory", lab.pop3sPort(), "--protocol", "smtp")))
                .isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--protocol は imap か pop3");

        assertThat(run(user.password(), args("inventory", lab.pop3sPort(), "--protocol", "pop3", "--security", "none")))
                .isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--security は ssl か starttls");

        assertThat(run(user.password(), args("export", lab.pop3sPort(), "--protocol", "pop3", "--out", dir.toString(),
                "--since", "2024-04-01"))).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("POP3 では --since は使えません");

        assertThat(run("wrong", args("inventory", lab.pop3sPort(), "--protocol", "pop3"))).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        assertThat(err.toString()).contains("ログインできません");
    }
}
