package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.ChecklistMerge.Resolution;
import dev.mailbench.host.handover.ChecklistMergePreview.Entry;
import dev.mailbench.host.handover.ChecklistMergePreview.Kind;
import dev.mailbench.host.handover.xlsx.ChecklistImporter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, let "the customer" fill in the workbook, change the project meanwhile, and read it back. */
class ChecklistRoundTripTest {
    static final String INFO = "host.mailbox.m-info.send-receive";
    static final String BILLING = "host.mailbox.m-billing.send-receive";
    static final String TARO = "host.mailbox.m-taro.send-receive";
    static final String MX = TestContributor.ITEM_IDS.get(0);
    static final String DKIM = TestContributor.ITEM_IDS.get(2);
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    Path xlsx;
    Project projectAfterExport;

    @BeforeEach
    void exportAndFillIn() throws Exception {
        Project exported = TestProjects.sample();
        xlsx = dir.resolve("handover.xlsx");
        new HandoverExporter().export(new HandoverExporter.Request(exported, TestProjects.xserver("sv1234"),
                Locale.JAPANESE, List.of(new TestContributor()), Optional.empty(), null, xlsx, "v1",
                LocalDate.of(2026, 11, 30)), HandoverExporter.SILENT);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            row(wb, INFO).getCell(2).setCellValue("済");
            Row billing = row(wb, BILLING);
            billing.getCell(3).setCellValue("伊藤");
            billing.getCell(5).setCellValue("請求書の送受信を確認しました");
            row(wb, DKIM).getCell(2).setCellValue("済");
            row(wb, TARO).getCell(2).setCellValue("たぶん");
            Row lastDns = row(wb, TestContributor.ITEM_IDS.get(3));
            Row added = lastDns.getSheet().createRow(lastDns.getRowNum() + 1);
            added.createCell(0).setCellValue("customer.added-row");
            added.createCell(1).setCellValue("お客様が追加した行");
            added.createCell(2).setCellValue("未");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        // Meanwhile, back at the office: DKIM turned out not to apply, and MX was re-checked.
        List<ChecklistState> states = new ArrayList<>(exported.checklist());
        states.add(new ChecklistState(DKIM, ChecklistStatus.NOT_APPLICABLE, "鈴木", null, "他社の DNS で管理", NOW));
        states.add(new ChecklistState(MX, ChecklistStatus.DONE, "鈴木", null, "再確認済み", NOW));
        projectAfterExport = exported.withChecklist(states);
    }

    @Test
    void previewListsExactlyTheEditsTheConflictAndTheBadRows() throws Exception {
        ChecklistMergePreview preview = new ChecklistImporter().read(xlsx, projectAfterExport);

        assertThat(preview.documentVersion()).isEqualTo("v1");
        assertThat(preview.ofKind(Kind.CHANGED)).extracting(Entry::itemId).containsExactlyInAnyOrder(INFO, BILLING);
        Entry info = entry(preview, INFO);
        assertThat(info.project().status()).isEqualTo(ChecklistStatus.OPEN);
        assertThat(info.sheet().status()).isEqualTo(ChecklistStatus.DONE);
        assertThat(info.changedFields()).containsExactly("status");
        assertThat(entry(preview, BILLING).changedFields()).containsExactly("owner", "note");
        assertThat(entry(preview, BILLING).sheet().note()).isEqualTo("請求書の送受信を確認しました");

        assertThat(preview.ofKind(Kind.CONFLICT)).extracting(Entry::itemId).containsExactly(DKIM);
        Entry dkim = entry(preview, DKIM);
        assertThat(dkim.exported().status()).isEqualTo(ChecklistStatus.OPEN);
        assertThat(dkim.project().status()).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(dkim.sheet().status()).isEqualTo(ChecklistStatus.DONE);

        assertThat(entry(preview, MX).kind()).as("changed only in the project").isEqualTo(Kind.UNCHANGED);
        assertThat(preview.ofKind(Kind.INVALID)).extracting(Entry::itemId).containsExactly(TARO);
        assertThat(entry(preview, TARO).problem()).contains("たぶん");
        assertThat(preview.ofKind(Kind.UNKNOWN_ID)).extracting(Entry::itemId).containsExactly("customer.added-row");
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void conflictsAreNeverAppliedWithoutAChoice() throws Exception {
        ChecklistMergePreview preview = new ChecklistImporter().read(xlsx, projectAfterExport);
        assertThatThrownBy(() -> ChecklistMerge.apply(projectAfterExport, preview, Map.of(), NOW))
                .isInstanceOf(ChecklistMerge.UnresolvedConflictsException.class)
                .hasMessageContaining(DKIM);
    }

    @Test
    void applyKeepingTheProjectTakesTheSheetEditsOnly() throws Exception {
        ChecklistMergePreview preview = new ChecklistImporter().read(xlsx, projectAfterExport);
        Project merged = ChecklistMerge.apply(projectAfterExport, preview, Map.of(DKIM, Resolution.KEEP_PROJECT), NOW);

        assertThat(merged.checklistState(INFO)).get().extracting(ChecklistState::status).isEqualTo(ChecklistStatus.DONE);
        ChecklistState billing = merged.checklistState(BILLING).orElseThrow();
        assertThat(billing.owner()).isEqualTo("伊藤");
        assertThat(billing.note()).isEqualTo("請求書の送受信を確認しました");
        assertThat(billing.updatedAt()).isEqualTo(NOW);
        assertThat(merged.checklistState(DKIM).orElseThrow().status()).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(merged.checklistState(MX).orElseThrow().note()).isEqualTo("再確認済み");
        assertThat(merged.checklistState(TARO)).isEmpty();
        assertThat(merged.checklistState("customer.added-row")).isEmpty();
        assertThat(merged.mailboxes()).isEqualTo(projectAfterExport.mailboxes());
    }

    @Test
    void applyTakingTheSheetOverridesTheProjectForThatItem() throws Exception {
        ChecklistMergePreview preview = new ChecklistImporter().read(xlsx, projectAfterExport);
        Project merged = ChecklistMerge.apply(projectAfterExport, preview, Map.of(DKIM, Resolution.TAKE_SHEET), NOW);
        ChecklistState dkim = merged.checklistState(DKIM).orElseThrow();
        assertThat(dkim.status()).isEqualTo(ChecklistStatus.DONE);
        assertThat(dkim.note()).isEqualTo("DNS 反映待ち");
        assertThat(merged.checklist().stream().filter(s -> s.itemId().equals(DKIM))).hasSize(1);
    }

    @Test
    void aSecondImportOfTheSameWorkbookChangesNothing() throws Exception {
        ChecklistMergePreview preview = new ChecklistImporter().read(xlsx, projectAfterExport);
        Project merged = ChecklistMerge.apply(projectAfterExport, preview, Map.of(DKIM, Resolution.TAKE_SHEET), NOW);
        ChecklistMergePreview again = new ChecklistImporter().read(xlsx, merged);
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void aWorkbookNotWrittenByMailBenchIsRefusedWithAClearMessage() throws Exception {
        Path foreign = dir.resolve("foreign.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ID");
            wb.write(out);
        }
        assertThatThrownBy(() -> new ChecklistImporter().read(foreign, projectAfterExport))
                .isInstanceOf(ChecklistImporter.ImportException.class)
                .hasMessageContaining("MailBench");
    }

    private static Entry entry(ChecklistMergePreview preview, String id) {
        return preview.entries().stream().filter(e -> e.itemId().equals(id)).findFirst().orElseThrow();
    }

    private static Row row(XSSFWorkbook wb, String id) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                if (row.getCell(0) != null && id.equals(row.getCell(0).toString()) && !sheet.getSheetName().startsWith("mailbench")) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row for " + id);
    }
}
