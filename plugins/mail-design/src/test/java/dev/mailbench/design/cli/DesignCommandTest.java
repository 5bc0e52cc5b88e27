package dev.mailbench.design.cli;

import dev.mailbench.design.MailDesignPlugin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DesignCommandTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        FakeWorkbenchApi api = new FakeWorkbenchApi(MailDesignPlugin.ID, SampleProject.load(), null, null);
        api.loadProjectsFromDisk = true;
        CommandLine cmd = new CommandLine(new DesignCommand(api, DAY));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void printsAJapaneseTableWithReasonsAndForecast() {
        int code = run(SampleProject.path().toString());
        String text = out.toString();
        assertThat(code).isZero();
        assertThat(text).contains("株式会社サンプル商事 — メール設計（2026-12-01 時点）")
                .contains("アドレス", "推奨", "満杯予定")
                .contains("■ info@sample-shoji.test（代表）")
                .contains("[D-SHARED-IMAP]", "[D-FORM-FORWARD]", "[C-POP-STATE-NOT-SHARED]")
                .contains("容量予測: 178.1 MB/月")
                .contains("転送 info@sample-shoji.test");
        String contactRow = text.lines().filter(l -> l.startsWith("contact@")).findFirst().orElseThrow();
        assertThat(contactRow).contains("転送のみ");
        String taroRow = text.lines().filter(l -> l.startsWith("taro@")).findFirst().orElseThrow();
        assertThat(taroRow).contains("POP（サーバーにコピーを残す）", "IMAP", "注意");
    }

    @Test
    void columnsLineUpWithJapaneseText() {
        run(SampleProject.path().toString());
        var lines = out.toString().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("アドレス")).findFirst().orElseThrow());
        String info = lines.get(header + 2);
        String taro = lines.stream().filter(l -> l.startsWith("taro@")).findFirst().orElseThrow();
        // The quota column starts at the same terminal column on every row, after wide Japanese cells.
        assertThat(quotaColumn(info)).isPositive().isEqualTo(quotaColumn(taro));
    }

    private static int quotaColumn(String row) {
        var m = java.util.regex.Pattern.compile("\\d[\\d,]* MB").matcher(row);
        assertThat(m.find()).as(row).isTrue();
        return TextTable.width(row.substring(0, m.start()));
    }

    @Test
    void englishWhenAsked() {
        assertThat(run(SampleProject.path().toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Mail design (as of 2026-12-01)", "Reasons:", "Forward only", "Forecast:");
    }

    @Test
    void jsonCarriesRecommendationReasonsAndForecast() throws Exception {
        assertThat(run(SampleProject.path().toString(), "--json")).isZero();
        JsonNode root = SampleProject.mapper().readTree(out.toString());
        assertThat(root.get("date").asText()).isEqualTo("2026-12-01");
        JsonNode info = root.get("mailboxes").get(0);
        assertThat(info.get("address").asText()).isEqualTo("info@sample-shoji.test");
        assertThat(info.at("/recommendation/protocol").asText()).isEqualTo("IMAP");
        assertThat(info.at("/reasons/0/ruleId").asText()).isEqualTo("D-SHARED-IMAP");
        assertThat(info.at("/forecast/growthMbPerMonth").asDouble()).isEqualTo(178.125);
        assertThat(info.at("/forecast/fullOn").asText()).isNotBlank();
        JsonNode contact = root.get("mailboxes").get(2);
        assertThat(contact.at("/recommendation/protocol").asText()).isEqualTo("FORWARD_ONLY");
        assertThat(contact.get("status").asText()).isEqualTo("OPEN");
        assertThat(contact.get("accepted").isNull()).isTrue();
    }

    @Test
    void missingFileIsAClearMessage(@TempDir Path dir) {
        int code = run(dir.resolve("nothing.mailbench.json").toString());
        assertThat(code).isEqualTo(DesignCommand.EXIT_CANNOT_READ);
        assertThat(err.toString()).contains("プロジェクトファイルが見つかりません", "nothing.mailbench.json");
    }

    @Test
    void brokenFileIsAClearMessage(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.mailbench.json"), "{ \"schemaVersion\": 2, ");
        int code = run(broken.toString());
        assertThat(code).isEqualTo(DesignCommand.EXIT_CANNOT_READ);
        assertThat(err.toString()).contains("プロジェクトを読み込めません", "broken.mailbench.json");
    }

    @Test
    void withJsonAnUnreadableFileIsAJsonErrorToo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.mailbench.json"), "{ \"schemaVersion\": 2, ");
        int code = run(broken.toString(), "--json");
        assertThat(code).isEqualTo(DesignCommand.EXIT_CANNOT_READ);
        var error = dev.mailbench.kit.json.Json.mapper().readTree(out.toString()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("UNREADABLE_PROJECT");
        assertThat(error.get("message").asText()).contains("broken.mailbench.json");

        int missing = run(dir.resolve("nothing.mailbench.json").toString(), "--json");
        assertThat(missing).isEqualTo(DesignCommand.EXIT_CANNOT_READ);
        assertThat(out.toString()).contains("nothing.mailbench.json");
    }

    @Test
    void unknownLanguageIsRejected() {
        int code = run(SampleProject.path().toString(), "--lang", "fr");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--lang には ja か en");
    }
}
