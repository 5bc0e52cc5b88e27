package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.archive.engine.FaultyRelay;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code archive export} when the line misbehaves: what the consultant reads and the exit code. */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveFaultsCommandTest {
    TestLab lab;
    LabUser user;
    final ArchiveCli cli = new ArchiveCli();

    @BeforeAll
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.billing();
        MailboxSeeder.forLab(lab, user).seed(60, 4242L);
    }

    @AfterEach
    void restoreStdin() {
        cli.restoreStdin();
    }

    private int export(FaultyRelay relay, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--host", lab.serverHost(), "--port", String.valueOf(relay.port()),
                "--user", user.address(), "--ca", lab.caCertificate().toString(), "--out", out.toString(),
                "--format", "eml", "--connections", "1"));
        args.addAll(List.of(more));
        return cli.run(user.password(), args);
    }

    private FaultyRelay relay(IntFunction<FaultyRelay.Fault> faults) throws Exception {
        return new FaultyRelay(lab.imapsPort(), faults);
    }

    @Test
    void aLoginCutOnceIsRetriedAndTheExportSucceeds(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> n == 1 ? FaultyRelay.Fault.cutAtLogin() : FaultyRelay.NONE)) {
            int code = export(relay, out);

            assertThat(code).as(cli.err.toString()).isZero();
            assertThat(relay.triggered()).isEqualTo(1);
        }
        assertThat(cli.err.toString()).contains("接続が途中で切れました").contains("Reconnecting (retry 1)")
                .doesNotContain("Jakarta Mail Exception");
        assertThat(cli.out.toString()).contains("取得 / Fetched: 60 通");
    }

    @Test
    void loginCutEveryTimeEndsWithAnExplanationNotTheLibrarysText(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> FaultyRelay.Fault.cutAtLogin())) {
            int code = export(relay, out);

            assertThat(code).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
            assertThat(relay.triggered()).as("retried through the back-off").isGreaterThan(1);
        }
        String err = cli.err.toString();
        assertThat(err).contains("サーバーとの接続が途中で切れました").contains("The connection to the server was cut")
                .doesNotContain("Jakarta Mail Exception").doesNotContain("* BYE").doesNotContain("Connection dropped by server?");
        assertThat(err.indexOf("サーバーとの接続")).as("Japanese first").isLessThan(err.indexOf("The connection"));
    }

    @Test
    void aTlsHandshakeCutEveryTimeIsExplainedAsSuch(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> FaultyRelay.Fault.cutAfterServerBytes(100))) {
            int code = export(relay, out);

            assertThat(code).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        }
        assertThat(cli.err.toString()).contains("暗号化（TLS）の確立中に接続が切れました")
                .doesNotContain("証明書を信頼できません").doesNotContain("Remote host terminated");
    }

    @Test
    void aStalledFetchIsReportedAndResumedWithTheStallTimeoutGiven(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> n == 2 ? FaultyRelay.Fault.stallAfterServerBytes(200_000) : FaultyRelay.NONE)) {
            int code = export(relay, out, "--stall-timeout", "2s");

            assertThat(code).as(cli.err.toString()).isZero();
            assertThat(relay.triggered()).isEqualTo(1);
        }
        assertThat(cli.err.toString()).contains("サーバーから 2s 何も届きません").contains("Reconnecting (retry 1)");
        assertThat(cli.out.toString()).contains("取得 / Fetched: 60 通");
        assertThat(cli.run("", List.of("verify", out.toString()))).as(cli.out.toString()).isZero();
    }

    @Test
    void aServerThatStaysStalledEndsTheExportWithAClearMessage(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> FaultyRelay.Fault.stallAfterLogin())) {
            int code = export(relay, out, "--stall-timeout", "1s");

            assertThat(code).isEqualTo(ArchiveCommand.EXIT_CANNOT_CONNECT);
        }
        assertThat(cli.err.toString()).contains("サーバーが応答しなくなりました").contains("The server stopped sending")
                .doesNotContain("Jakarta Mail Exception");
    }

    @Test
    void aStallTimeoutThatIsNoTimeIsBadInput(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = relay(n -> FaultyRelay.NONE)) {
            assertThat(export(relay, out, "--stall-timeout", "soon")).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
            assertThat(cli.err.toString()).contains("--stall-timeout");
            assertThat(export(relay, out, "--stall-timeout", "0s")).isEqualTo(ArchiveCommand.EXIT_BAD_INPUT);
            assertThat(relay.connections()).as("nothing was tried").isZero();
        }
    }
}
