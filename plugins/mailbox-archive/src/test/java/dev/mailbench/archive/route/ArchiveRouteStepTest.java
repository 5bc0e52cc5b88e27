package dev.mailbench.archive.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveProjectSection.ArchiveRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.ExportState;
import dev.mailbench.archive.engine.ArchiveProjectSection.InventoryRecord;
import dev.mailbench.archive.engine.ArchiveProjectSection.MailboxRecord;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveRouteStepTest {
    private static final Instant AT = Instant.parse("2026-12-04T01:00:00Z");
    private static final ArchiveRecord ARCHIVE = new ArchiveRecord("/backup/taro", "mbox", AT.toString(), 12, 4096, List.of(), "imap");
    private static final InventoryRecord INVENTORY = new InventoryRecord(AT.toString(), 30, 12, 4096, 1024, 0, 0, List.of());

    /** The project as saved: the section goes through plain JSON values, as the host keeps it. */
    private static Project project(MailboxRecord... records) {
        return Project.empty().withPlugins(Map.of(MailboxArchivePlugin.ID, new ArchiveProjectSection(List.of(records)).toPlain()));
    }

    private static MailboxRecord taro(ArchiveRecord archive, ExportState state) {
        return new MailboxRecord("mb-taro", "taro@sample-shoji.test", INVENTORY, archive, state);
    }

    private static Optional<StepStatus> status(Project p) {
        return new ArchiveRouteStep().status(p);
    }

    @Test
    void saysNothingBeforeAnExportEvenWithAnInventory() {
        assertThat(status(Project.empty())).isEmpty();
        assertThat(status(project(taro(null, null)))).as("an inventory also feeds the migration estimate").isEmpty();
    }

    @Test
    void aFinishedAndVerifiedExportIsDone() {
        StepStatus s = status(project(taro(ARCHIVE, ExportState.finished(AT, AT, 0)))).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.DONE);
        assertThat(s.summary().ja()).contains("アーカイブ 1 件").contains("検証");
        assertThat(s.summary().en()).isEqualTo("1 archive(s) exported and verified.");
    }

    @Test
    void aFailedExportIsAFindingWithItsReasonInBothLanguages() {
        ExportState failed = ExportState.failed(AT, LocalizedText.of("パスワードが違います。", "Wrong password."));
        StepStatus s = status(project(taro(null, failed))).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).isEqualTo("taro@sample-shoji.test: パスワードが違います。");
        assertThat(s.summary().en()).isEqualTo("taro@sample-shoji.test: Wrong password.");
    }

    @Test
    void aLongReasonIsCutToItsFirstSentenceForTheStartPage() {
        ExportState failed = ExportState.failed(AT, LocalizedText.of(
                "ログインできません。ユーザー名（メールアドレス全体）とパスワードを確認してください。",
                "Login failed: check the user name (the whole address) and the password."));
        StepStatus s = status(project(taro(null, failed))).orElseThrow();
        assertThat(s.summary().ja()).isEqualTo("taro@sample-shoji.test: ログインできません。");
        assertThat(s.summary().en()).isEqualTo("taro@sample-shoji.test: Login failed.");
    }

    @Test
    void startedStoppedUnverifiedOrFailingVerificationAreFindings() {
        assertThat(status(project(taro(null, ExportState.started(AT)))).orElseThrow())
                .satisfies(s -> assertThat(s.state()).isEqualTo(StepState.FINDINGS))
                .satisfies(s -> assertThat(s.summary().ja()).contains("エクスポートが終わっていません"));
        assertThat(status(project(taro(ARCHIVE, ExportState.cancelled(AT)))).orElseThrow().summary().ja()).contains("中止");
        assertThat(status(project(taro(ARCHIVE, ExportState.finished(AT, null, 0)))).orElseThrow())
                .satisfies(s -> assertThat(s.state()).isEqualTo(StepState.FINDINGS))
                .satisfies(s -> assertThat(s.summary().ja()).contains("未検証"));
        assertThat(status(project(taro(ARCHIVE, ExportState.finished(AT, AT, 3)))).orElseThrow().summary().en())
                .contains("verification found 3 problem(s)");
        // a record written before export states were kept: exported, never verified by the workbench
        assertThat(status(project(taro(ARCHIVE, null))).orElseThrow().state()).isEqualTo(StepState.FINDINGS);
    }

    @Test
    void oneMailboxLeftOverKeepsTheStepOpenAndCountsTheOthers() {
        MailboxRecord hanako = new MailboxRecord("mb-hanako", "hanako@sample-shoji.test", INVENTORY, ARCHIVE,
                ExportState.finished(AT, AT, 0));
        MailboxRecord jiro = new MailboxRecord("mb-jiro", "jiro@sample-shoji.test", INVENTORY, null, ExportState.started(AT));
        MailboxRecord taro = taro(null, ExportState.failed(AT, LocalizedText.of("接続できません。", "Cannot connect.")));
        StepStatus s = status(project(hanako, jiro, taro)).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).startsWith("jiro@sample-shoji.test: ").endsWith("（ほか 1 件）");
        assertThat(s.summary().en()).endsWith("(and 1 more)");
    }

    @Test
    void thePluginRegistersItForTheMigrationOrArchiveStepWithItsPanel() {
        var api = new FakeWorkbenchApi(MailboxArchivePlugin.ID, Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new MailboxArchivePlugin().initialize(api);
        assertThat(api.routeSteps).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(VisitStep.MIGRATION_OR_ARCHIVE);
            assertThat(c.panelId()).isEqualTo(MailboxArchivePlugin.PANEL_ID);
        });
    }
}
