package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers that stall (stop sending, connection left open) or cut the connection during the TLS handshake or the
 * login, through a {@link FaultyRelay} in front of the lab's IMAPS port. Connection 1 plans the export, the
 * next ones fetch (one connection at a time).
 */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionFaultsLabTest {
    static final int MESSAGES = 60;
    static final Duration STALL = Duration.ofSeconds(2);
    TestLab lab;
    LabUser user;

    @BeforeAll
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.billing();
        MailboxSeeder.forLab(lab, user).seed(MESSAGES, 4242L);
    }

    /** The reconnects an export reported. */
    static final class Reconnects implements ArchiveExporter.Progress {
        record Notice(String folder, Throwable cause, int attempt) {
        }

        final List<Notice> notices = new CopyOnWriteArrayList<>();

        @Override
        public void reconnecting(String folder, Throwable cause, int attempt) {
            notices.add(new Notice(folder, cause, attempt));
        }
    }

    private ExportReport export(FaultyRelay relay, ArchiveExporter.Options options, ArchiveExporter.Progress progress)
            throws Exception {
        ImapAccount viaRelay = new ImapAccount(lab.serverHost(), relay.port(), user.address(),
                user.password().toCharArray(), lab.sslContext());
        return new ArchiveExporter(viaRelay).export(viaRelay.host(), viaRelay.user(), options, progress, () -> false);
    }

    private static IntFunction<FaultyRelay.Fault> only(int connection, FaultyRelay.Fault fault) {
        return n -> n == connection ? fault : FaultyRelay.NONE;
    }

    private static ArchiveExporter.Options options(Path out) {
        return ArchiveExporter.Options.of(out, ArchiveFormat.MAILDIR).withConnections(1).withBatch(10, 1L << 20)
                .withStallTimeout(STALL);
    }

    @Test
    void aFetchThatStallsInTheMiddleOfAMessageIsDetectedAndResumedOnANewConnection(@TempDir Path out) throws Exception {
        Reconnects progress = new Reconnects();
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), only(2, FaultyRelay.Fault.stallAfterServerBytes(200_000)))) {
            ExportReport report = export(relay, options(out), progress);

            assertThat(relay.triggered()).as("the fetch connection stalled").isEqualTo(1);
            assertThat(report.complete()).as(report.failures().toString()).isTrue();
            assertThat(report.fetched()).isEqualTo(MESSAGES);
        }
        assertThat(progress.notices).singleElement().satisfies(n -> {
            assertThat(ConnectionProblems.isStalled(n.cause())).as(String.valueOf(n.cause())).isTrue();
            assertThat(n.folder()).isNotNull();
        });
        ArchiveVerifier.Report verified = ArchiveVerifier.verify(out);
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.checked()).isEqualTo(MESSAGES);
    }

    @Test
    void aServerThatStaysStalledIsReportedAsStalledPerMessageInWords(@TempDir Path out) throws Exception {
        Reconnects progress = new Reconnects();
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), n -> n == 1 ? FaultyRelay.NONE : FaultyRelay.Fault.stallAfterLogin())) {
            ExportReport report = export(relay, options(out).withFolders(List.of("INBOX")).withRetries(1, Duration.ofMillis(10)),
                    progress);

            assertThat(report.complete()).isFalse();
            assertThat(report.failures()).hasSize(report.onServer()).isNotEmpty();
            assertThat(report.failuresByCause()).containsOnlyKeys("stalled");
            assertThat(report.failures()).allSatisfy(f -> assertThat(f.detail()).contains("サーバーが応答しなくなりました")
                    .contains("The server stopped sending").doesNotContain("Jakarta Mail Exception"));
        }
        assertThat(progress.notices).isNotEmpty().allSatisfy(n -> assertThat(ConnectionProblems.isStalled(n.cause())).isTrue());
    }

    @Test
    void aCutDuringTheTlsHandshakeIsRetriedLikeACutDuringAFetch(@TempDir Path out) throws Exception {
        Reconnects progress = new Reconnects();
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), only(1, FaultyRelay.Fault.cutAfterServerBytes(100)))) {
            ExportReport report = export(relay, options(out), progress);

            assertThat(relay.triggered()).isEqualTo(1);
            assertThat(report.complete()).as(report.failures().toString()).isTrue();
            assertThat(report.fetched()).isEqualTo(MESSAGES);
        }
        assertThat(progress.notices).singleElement().satisfies(n -> {
            assertThat(n.folder()).as("while planning").isNull();
            assertThat(ConnectionProblems.isCut(n.cause())).isTrue();
            assertThat(ConnectionProblems.explain(n.cause())).contains("TLS）の確立中に接続が切れました");
        });
    }

    @Test
    void aCutDuringTheLoginOfAFetchConnectionIsRetried(@TempDir Path out) throws Exception {
        Reconnects progress = new Reconnects();
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), only(2, FaultyRelay.Fault.cutAtLogin()))) {
            ExportReport report = export(relay, options(out), progress);

            assertThat(relay.triggered()).isEqualTo(1);
            assertThat(report.complete()).as(report.failures().toString()).isTrue();
            assertThat(report.fetched()).isEqualTo(MESSAGES);
        }
        assertThat(progress.notices).singleElement().satisfies(n -> {
            assertThat(n.folder()).isNotNull();
            assertThat(ConnectionProblems.isCut(n.cause())).isTrue();
            assertThat(ConnectionProblems.explain(n.cause())).contains("接続が途中で切れました").doesNotContain("Jakarta Mail");
        });
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }
}
