package dev.mailbench.architecture.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.host.cli.MailbenchCommand;
import dev.mailbench.host.handover.LibreOffice;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.DnsChange;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14, part 6: the server-panel plugin's handover section, exported by the assembled application (dist/plugins)
 * from a project with a merged import and the audit of a DNS change and its undo, then read back with POI from the
 * Word and Excel files, in Japanese and English; the Word file is printed to PDF and its section page rendered
 * ({@code target/handover-panel/*.png}) for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelHandoverSectionReadBackTest {
    static final Path OUT = Path.of("target", "handover-panel").toAbsolutePath();
    static final String DMARC = "_dmarc TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@sample-shoji.test\" TTL 3600";

    @BeforeAll
    void export() throws Exception {
        Path plugins = Path.of(System.getProperty("mailbench.dist", "../dist")).resolve("plugins").toAbsolutePath();
        assertThat(plugins.resolve("server-panel-0.1.0-SNAPSHOT.jar")).as("built by the plugin modules' package phase").exists();
        Files.createDirectories(OUT);
        Path project = OUT.resolve("panel.mailbench.json");
        Files.copy(TestProjects.sampleFile(), project, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProjectStore store = new ProjectStore();
        ProjectStore.Loaded loaded = store.load(project);
        store.save(project, withImportAndAudit(loaded.project()), loaded.source());
        for (String lang : List.of("ja", "en")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MailbenchCommand.run(new String[] {"--config-dir", Files.createDirectories(OUT.resolve("config")).toString(),
                    "--plugins-dir", plugins.toString(), "export", project.toString(), "--lang", lang,
                    "--docx", OUT.resolve("panel-" + lang + ".docx").toString(),
                    "--xlsx", OUT.resolve("panel-" + lang + ".xlsx").toString(), "--doc-version", "20261204-1"},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isZero();
        }
    }

    static Project withImportAndAudit(Project sample) {
        PanelSnapshot snapshot = new PanelSnapshot("xserver", "xs123456.xsrv.jp", Instant.parse("2026-12-04T01:30:00Z"),
                new ServerInfo("sv1234", "sv1234.xserver.jp", "", List.of("ns1.xserver.jp", "ns2.xserver.jp"), 300.0, 41.2),
                List.of(),
                List.of(new MailAccount("info@sample-shoji.test", 5000, 3120.0, "代表", List.of(), true),
                        new MailAccount("contact@sample-shoji.test", 2000, 15.5, "", List.of("info@sample-shoji.test"), false),
                        new MailAccount("billing@sample-shoji.test", 3000, 2890.0, "請求", List.of(), true),
                        new MailAccount("taro@sample-shoji.test", 2000, 1650.0, "", List.of("taro.yamada.private@gmail.com"), true),
                        new MailAccount("hanako@sample-shoji.test", 2000, null, "", List.of(), true)),
                List.of(), List.of());
        Project merged = ProjectMerge.merge(sample, snapshot);
        DnsRecord record = new DnsRecord("r42", "sample-shoji.test", "_dmarc", "TXT",
                "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@sample-shoji.test", 3600, null);
        List<AuditEntry> audit = List.of(
                new AuditEntry(Instant.parse("2026-12-04T02:05:00Z"), "xs123456.xsrv.jp", "CREATE sample-shoji.test", "", DMARC, "OK"),
                new AuditEntry(Instant.parse("2026-12-04T02:40:00Z"), "xs123456.xsrv.jp", "DELETE sample-shoji.test", DMARC, "", "OK"));
        return ProjectMerge.recordRun(merged, audit, List.of(DnsChange.create(record)));
    }

    /** The table whose header row is {@code header} (the design section has another "Address | Quota" table). */
    private static XWPFTable table(XWPFDocument doc, String... header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()
                        .equals(List.of(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + String.join(" | ", header)));
    }

    private static List<List<String>> rows(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).map(s -> s.replace('\u2011', '-')).toList());
        }
        return rows;
    }

    @Test
    void wordCarriesTheAccountsAndTheChangesInJapanese() throws Exception {
        try (InputStream in = Files.newInputStream(OUT.resolve("panel-ja.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("サーバーのメールアカウントと変更記録");
            List<List<String>> accounts = rows(table(doc, "アドレス", "容量", "使用量", "使用率", "転送先", "控え保存"));
            assertThat(accounts).contains(List.of("billing@sample-shoji.test", "3,000 MB", "2,890 MB", "96%", "なし", "—"),
                    List.of("contact@sample-shoji.test", "2,000 MB", "16 MB", "1%", "info@sample-shoji.test", "しない"),
                    List.of("hanako@sample-shoji.test", "2,000 MB", "不明", "—", "なし", "—"),
                    List.of("taro@sample-shoji.test", "2,000 MB", "1,650 MB", "83%", "taro.yamada.private@gmail.com", "する"));
            List<List<String>> changes = rows(table(doc, "日時", "変更", "結果"));
            assertThat(changes).contains(List.of("2026-12-04 11:05", "DNS レコードの追加 sample-shoji.test", "完了"),
                    List.of("2026-12-04 11:40", "DNS レコードの削除 sample-shoji.test", "完了"));
            assertThat(changes).anySatisfy(r -> assertThat(String.join(" ", r)).contains("変更前: （なし）").contains("変更後: " + DMARC));
        }
    }

    @Test
    void wordInEnglishWhenAsked() throws Exception {
        try (InputStream in = Files.newInputStream(OUT.resolve("panel-en.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Mail accounts on the server and changes made");
            assertThat(rows(table(doc, "Address", "Quota", "Used", "Full", "Forwarded to", "Copy kept"))).contains(
                    List.of("contact@sample-shoji.test", "2,000 MB", "16 MB", "1%", "info@sample-shoji.test", "no"));
            assertThat(rows(table(doc, "When", "Change", "Result"))).contains(List.of("2026-12-04 11:05", "DNS record added sample-shoji.test", "Done"));
        }
    }

    @Test
    void excelCarriesTheSameInBothLanguages() throws Exception {
        for (String lang : List.of("ja", "en")) {
            String text = workbookText(OUT.resolve("panel-" + lang + ".xlsx"));
            // Excel's cells carry the line breaks of their wrapped text: a long record is read back without them
            assertThat(text).contains("taro.yamada.private@gmail.com", "2,890 MB", "96%", "xs123456.xsrv.jp", "sv1234.xserver.jp",
                    "2026-12-04 11:40");
            assertThat(text.replace("\n", " ")).contains(DMARC);
            assertThat(text).contains(lang.equals("ja") ? "控え保存" : "Copy kept");
        }
    }

    /** The page a person looks at: the Word section printed by LibreOffice and rendered (kept under docs/handover/). */
    @Test
    void theSectionPageIsRenderedForReview() throws Exception {
        for (String lang : List.of("ja", "en")) {
            Path pdf = LibreOffice.toPdf(OUT.resolve("panel-" + lang + ".docx"), OUT);
            Path txt = OUT.resolve("panel-" + lang + ".txt");
            LibreOffice.run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()), OUT, 120);
            String[] pages = Files.readString(txt).split("\f");
            String heading = lang.equals("ja") ? "サーバーのメールアカウントと変更記録" : "Mail accounts on the server and changes made";
            int page = 0;
            for (int i = 2; i < pages.length && page == 0; i++) {
                if (pages[i].contains(heading) && pages[i].contains("xs123456.xsrv.jp")) {
                    page = i + 1;
                }
            }
            assertThat(page).as("the page that begins the section").isPositive();
            String printed = String.join("\n", pages).replace('\u2011', '-');
            assertThat(printed).as("addresses printed whole").contains("taro.yamada.private@gmail.com", "billing@sample-shoji.test");
            LibreOffice.run(List.of("pdftoppm", "-f", String.valueOf(page), "-l", String.valueOf(page), "-r", "80", "-png",
                    pdf.toString(), OUT.resolve("word-" + lang + "-server-panel").toString()), OUT, 120);
        }
        try (var files = Files.list(OUT)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("word-") && n.endsWith(".png")).count())
                    .isEqualTo(2);
        }
    }

    private static String workbookText(Path file) throws Exception {
        DataFormatter formatter = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString().replace('\u2011', '-');
    }
}
