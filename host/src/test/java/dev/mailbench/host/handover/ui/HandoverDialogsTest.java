package dev.mailbench.host.handover.ui;

import dev.mailbench.host.ui.Dialogs;
import dev.mailbench.host.ui.WorkbenchUiTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.TestContributor;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.handover.TestSupport;
import dev.mailbench.host.project.ProjectSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JDialog;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and import dialogs driven like a consultant would, under Xvfb. */
class HandoverDialogsTest {
    static final Path SHOTS = Path.of("target", "handover-preview");

    @TempDir
    Path dir;
    DialogFixture window;

    @BeforeAll
    static void lookAndFeel() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return null;
        });
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private HandoverUiContext context(ProjectSession session) {
        return new HandoverUiContext(session, TestSupport.environment(List.of(new TestContributor())),
                Optional.of(dir), Locale.JAPANESE);
    }

    @Test
    void exportRunsInTheBackgroundAndReportsTheFiles() throws Exception {
        ProjectSession session = new ProjectSession(TestProjects.sample(), dir.resolve("shoji.mailbench.json"), null);
        JDialog dialog = GuiActionRunner.execute(() -> HandoverExportDialog.create(null, context(session)));
        window = new DialogFixture(dialog);
        window.show();
        window.textBox("handover.outputDir").requireText(dir.toString());
        window.textBox("handover.docxName").requireText(java.util.regex.Pattern.compile("株式会社サンプル商事_引き渡し資料_\\d{8}\\.docx"));
        screenshot(dialog, "export-dialog.png");
        java.awt.Rectangle exportBefore = GuiActionRunner.execute(() -> window.button("handover.export").target().getBounds());
        java.awt.Rectangle closeBefore = GuiActionRunner.execute(() -> window.button("handover.cancel").target().getBounds());

        Dialogs.press(window.button("handover.export"));
        Pause.pause(new Condition("export finished") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("handover.status").target().getText()).startsWith("出力しました");
            }
        }, Timeout.timeout(60_000));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.endsWith(".docx")).anyMatch(n -> n.endsWith(".xlsx"));
        }
        window.button("handover.cancel").requireText("閉じる");
        if (HandoverExportDialog.canOpenFolders()) {
            window.button("handover.openFolder").requireVisible();
        }
        screenshot(dialog, "export-dialog-done.png");
        // Issue 20: the buttons stay where they were, and Close does not stretch across the dialog.
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.button("handover.export").target().getBounds())).isEqualTo(exportBefore);
        java.awt.Rectangle closeAfter = GuiActionRunner.execute(() -> window.button("handover.cancel").target().getBounds());
        assertThat(closeAfter).isEqualTo(closeBefore);
        assertThat(closeAfter.width).isLessThan(GuiActionRunner.execute(() -> dialog.getWidth()) / 4);
    }

    @Test
    void switchingToEnglishRenamesTheFiles() {
        ProjectSession session = new ProjectSession(TestProjects.sample(), null, null);
        JDialog dialog = GuiActionRunner.execute(() -> HandoverExportDialog.create(null, context(session)));
        window = new DialogFixture(dialog);
        window.show();
        window.comboBox("handover.language").selectItem("English");
        window.textBox("handover.xlsxName").requireText(java.util.regex.Pattern.compile("株式会社サンプル商事_handover_\\d{8}\\.xlsx"));
    }

    @Test
    void importShowsChangesAndConflictsAndAppliesOneUndoableEdit() throws Exception {
        Project exported = TestProjects.sample();
        Path xlsx = dir.resolve("filled.xlsx");
        new HandoverExporter().export(new HandoverExporter.Request(exported, TestProjects.xserver("sv1234"),
                Locale.JAPANESE, List.of(new TestContributor()), Optional.empty(), null, xlsx, "v1",
                LocalDate.of(2026, 11, 30)), HandoverExporter.SILENT);
        String dkim = TestContributor.ITEM_IDS.get(2);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            TestSupport.checklistRow(wb, "host.mailbox.m-info.send-receive").getCell(2).setCellValue("済");
            TestSupport.checklistRow(wb, dkim).getCell(2).setCellValue("済");
            TestSupport.checklistRow(wb, "host.stops.contact-shared").getCell(5).setCellValue("名刺をお渡し済み");
            try (OutputStream o = Files.newOutputStream(xlsx)) {
                wb.write(o);
            }
        }
        List<ChecklistState> states = new ArrayList<>(exported.checklist());
        states.add(new ChecklistState(dkim, ChecklistStatus.NOT_APPLICABLE, "鈴木", null, "", Instant.now()));
        ProjectSession session = new ProjectSession(exported.withChecklist(states), null, null);

        ChecklistImportDialog dialog = GuiActionRunner.execute(() -> ChecklistImportDialog.create(null, context(session)));
        window = new DialogFixture(dialog);
        window.show();
        GuiActionRunner.execute(() -> {
            dialog.load(xlsx);
            return null;
        });
        Pause.pause(new Condition("preview shown") {
            @Override
            public boolean test() {
                return window.table("handover.import.table").rowCount() == 3;
            }
        }, Timeout.timeout(30_000));
        window.label("handover.import.summary").requireText(java.util.regex.Pattern.compile("変更 2 件・競合 1 件.*"));
        window.button("handover.import.apply").requireDisabled();
        int conflictRow = window.table("handover.import.table").cell("競合").row();
        window.table("handover.import.table").enterValue(TableCell.row(conflictRow).column(5), "案件を維持");
        window.button("handover.import.apply").requireEnabled();
        screenshot(dialog, "import-dialog.png");
        Dialogs.press(window.button("handover.import.apply"));

        Project merged = session.project();
        assertThat(merged.checklistState("host.mailbox.m-info.send-receive").orElseThrow().status()).isEqualTo(ChecklistStatus.DONE);
        assertThat(merged.checklistState("host.stops.contact-shared").orElseThrow().note()).isEqualTo("名刺をお渡し済み");
        assertThat(merged.checklistState(dkim).orElseThrow().status()).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(session.undoDescription()).contains("Excel チェックリストを取り込み");
        session.undo();
        assertThat(session.project().checklistState("host.mailbox.m-info.send-receive")).isEmpty();
    }

    private static void screenshot(JDialog dialog, String name) throws Exception {
        WorkbenchUiTestBase.screenshot(dialog, SHOTS.resolve(name));
    }
}
