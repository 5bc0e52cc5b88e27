package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.cli.HandoverExportCommand;
import dev.mailbench.host.handover.cli.HandoverEnvironment;
import dev.mailbench.host.handover.cli.ImportChecklistCommand;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export and import-checklist commands, run through picocli as the command line does. */
class HandoverCommandsTest {
    @TempDir
    Path dir;
    Path projectFile;
    final HandoverEnvironment env = new StoreTestEnvironment(List.of(new TestContributor()));
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copySample() throws Exception {
        projectFile = dir.resolve("shoji.mailbench.json");
        Files.copy(TestProjects.sampleFile(), projectFile);
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void exportWritesBothFiles() throws Exception {
        Path docx = dir.resolve("x.docx");
        Path xlsx = dir.resolve("x.xlsx");
        int code = run(new HandoverExportCommand(() -> env), projectFile.toString(), "--docx", docx.toString(),
                "--xlsx", xlsx.toString(), "--lang", "en", "--doc-version", "2026-A");
        assertThat(code).as(err.toString()).isZero();
        assertThat(docx).isNotEmptyFile();
        assertThat(xlsx).isNotEmptyFile();
        assertThat(out.toString()).contains("Word:").contains("Excel:");
        assertThat(OfficeFiles.allXml(docx)).contains("Email Setup Handover").contains("2026-A");
        for (Path file : List.of(docx, xlsx)) {
            assertThat(OfficeFiles.allXml(file)).doesNotContain("{{").doesNotContainIgnoringCase("password");
        }
    }

    @Test
    void exportWithoutFileNamesWritesBesideTheProjectWithCustomerAndDate() {
        int code = run(new HandoverExportCommand(() -> env), projectFile.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.toFile().list()).anyMatch(n -> n.startsWith("株式会社サンプル商事_引き渡し資料_") && n.endsWith(".docx"))
                .anyMatch(n -> n.startsWith("株式会社サンプル商事_引き渡し資料_") && n.endsWith(".xlsx"));
    }

    @Test
    void aBadLanguageIsAUsageError() {
        int code = run(new HandoverExportCommand(() -> env), projectFile.toString(), "--lang", "fr");
        assertThat(code).isEqualTo(dev.mailbench.host.cli.ExitCodes.USAGE);
        assertThat(err.toString()).contains("fr");
    }

    @Test
    void aBrokenTemplateFolderFailsWithTheMessageAndWritesNothing() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("tpl"));
        try (InputStream in = HandoverTemplates.find(HandoverTemplates.Kind.XLSX, java.util.Locale.JAPANESE,
                java.util.Optional.empty()).open(); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream o = Files.newOutputStream(templates.resolve("handover-ja.xlsx"))) {
            wb.getSheetAt(0).getRow(1).getCell(0).setCellValue("{{document.title");
            wb.write(o);
        }
        Path docx = dir.resolve("x.docx");
        int code = run(new HandoverExportCommand(() -> env), projectFile.toString(), "--docx", docx.toString(),
                "--xlsx", dir.resolve("x.xlsx").toString(), "--template", templates.toString());
        assertThat(code).isEqualTo(dev.mailbench.host.cli.ExitCodes.UNREADABLE_FILE);
        assertThat(err.toString()).contains("{{document.title").contains("A2");
        assertThat(docx).doesNotExist();
    }

    @Test
    void importShowsThePreviewAndWritesOnlyWithApplyAndAConflictChoice() throws Exception {
        Path xlsx = dir.resolve("x.xlsx");
        assertThat(run(new HandoverExportCommand(() -> env), projectFile.toString(), "--xlsx", xlsx.toString())).isZero();
        String dkim = TestContributor.ITEM_IDS.get(2);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            TestSupport.checklistRow(wb, "host.mailbox.m-info.send-receive").getCell(2).setCellValue("済");
            TestSupport.checklistRow(wb, dkim).getCell(2).setCellValue("済");
            try (OutputStream o = Files.newOutputStream(xlsx)) {
                wb.write(o);
            }
        }
        // The project changes after the export: a conflict on DKIM.
        Project p = env.load(projectFile).project();
        List<ChecklistState> states = new ArrayList<>(p.checklist());
        states.add(new ChecklistState(dkim, ChecklistStatus.NOT_APPLICABLE, "", null, "", Instant.now()));
        env.save(projectFile, p.withChecklist(states), null);
        byte[] before = Files.readAllBytes(projectFile);

        assertThat(run(new ImportChecklistCommand(() -> env), projectFile.toString(), xlsx.toString())).isZero();
        assertThat(out.toString()).contains("変更 1 件・競合 1 件").contains("CHANGED").contains("CONFLICT").contains(dkim);
        assertThat(Files.readAllBytes(projectFile)).isEqualTo(before);

        int code = run(new ImportChecklistCommand(() -> env), projectFile.toString(), xlsx.toString(), "--apply");
        assertThat(code).isEqualTo(ImportChecklistCommand.CONFLICTS);
        assertThat(err.toString()).contains("--take-sheet");
        assertThat(Files.readAllBytes(projectFile)).isEqualTo(before);

        code = run(new ImportChecklistCommand(() -> env), projectFile.toString(), xlsx.toString(), "--apply",
                "--keep-project");
        assertThat(code).as(err.toString()).isZero();
        Project merged = env.load(projectFile).project();
        assertThat(merged.checklistState("host.mailbox.m-info.send-receive").orElseThrow().status())
                .isEqualTo(ChecklistStatus.DONE);
        assertThat(merged.checklistState(dkim).orElseThrow().status()).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
    }

    @Test
    void importOfAForeignWorkbookFailsClearly() throws Exception {
        Path foreign = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(foreign)) {
            wb.createSheet("x");
            wb.write(o);
        }
        assertThat(run(new ImportChecklistCommand(() -> env), projectFile.toString(), foreign.toString()))
                .isEqualTo(dev.mailbench.host.cli.ExitCodes.UNREADABLE_FILE);
        assertThat(err.toString()).contains("MailBench");
    }
}
