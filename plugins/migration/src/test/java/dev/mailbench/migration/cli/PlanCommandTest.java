package dev.mailbench.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {
    record Run(int exit, String out, String err) {
    }

    private static Run run(FakeWorkbenchApi api, String... args) {
        Object command = api.commands.get(0);
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static FakeWorkbenchApi api() {
        FakeWorkbenchApi api = new FakeWorkbenchApi(MigrationPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        api.loadProjectsFromDisk = true;
        new MigrationPlugin().initialize(api);
        return api;
    }

    @Test
    void theSamplePrintsACompletePlanWithoutNetwork() {
        Run r = run(api(), "plan", SampleProject.path().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("移行計画: 株式会社サンプル商事", "旧サーバー: 旧プロバイダのメール", "切替: 2027-01-15 (金) 19:00",
                "コピー見込み", "[メールボックス容量（上限として仮定）, 仮定値 1 MB/秒]", "DNS: 未確認",
                "[x] 2027-01-12 (火) 10:00", "旧サーバーの調査", "DNS を切り替える", "「佐藤 iPhone」", "切り戻し: ");
    }

    @Test
    void jsonInEnglishWithAnotherCutoverAndAnIcsFile(@TempDir Path dir) throws Exception {
        Path ics = dir.resolve("plan.ics");
        Run r = run(api(), "plan", SampleProject.path().toString(), "--cutover", "2027-02-05T19:00", "--json", "--lang", "en",
                "--ics", ics.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = SampleProject.mapper().readTree(r.out());
        assertThat(root.get("cutover").asText()).isEqualTo("2027-02-05T19:00");
        JsonNode stop = null;
        for (JsonNode s : root.get("steps")) {
            if (s.get("id").asText().equals("stop-clients")) {
                stop = s;
            }
        }
        assertThat(stop).isNotNull();
        assertThat(stop.get("start").asText()).isEqualTo("2027-02-05T19:00");
        assertThat(stop.get("title").asText()).startsWith("Close the mail program");
        assertThat(root.get("estimates")).hasSize(6);
        assertThat(root.get("estimates").get(0).get("source").asText()).isEqualTo("QUOTA");
        assertThat(Files.readString(ics)).contains("UID:stop-clients.sample-shoji.test@migration.mailbench.dev", "DTSTART;TZID=Asia/Tokyo:20270205T190000");
    }

    @Test
    void badInputsAreReportedWithTheirExitCodes(@TempDir Path dir) throws Exception {
        Run bad = run(api(), "plan", SampleProject.path().toString(), "--cutover", "来週金曜");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("YYYY-MM-DDTHH:MM");
        Run past = run(api(), "plan", SampleProject.path().toString(), "--cutover", "2020-01-10T19:00");
        assertThat(past.exit()).isEqualTo(1);
        assertThat(past.out()).contains("[エラー] 切替日時が過去です");
        Path broken = dir.resolve("broken.mailbench.json");
        Files.writeString(broken, "{ \"customer\": ");
        Run unreadable = run(api(), "plan", broken.toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains("プロジェクトを読めません");
    }

    @Test
    void withoutTheDnsPluginTheDnsOptionSaysSo() {
        Run r = run(api(), "plan", SampleProject.path().toString(), "--dns");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("DNS: DNS チェックプラグインがありません");
    }

    @Test
    @RequiresTestLab(LabService.DNS)
    void dnsLookupAgainstTheLabShowsTheDiffAndTtlDeadlines(TestLab lab) {
        FakeWorkbenchApi api = api();
        new DnsCheckPlugin().initialize(api);
        Run r = run(api, "plan", SampleProject.path().toString(), "--old-dns", "127.0.0.1:" + lab.dnsOldPort(),
                "--new-dns", "127.0.0.1:" + lab.dnsPort());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("DNS: 確認済み", "MX    変更", "10 mx.old-provider.test.  →  10 sample-shoji.test.",
                "DKIM  追加", "切替前の確認（新 DNS サーバー）: ", "TTL SPF   下げる必要あり、300 秒 に下げる期限: 2027-01-13 (水) 19:00");
        // the one-day SPF TTL moves the TTL step two days ahead, to Wednesday 10:00
        assertThat(r.out()).contains("2027-01-13 (水) 10:00 - 10:30  DNS の TTL を 300 秒に下げる");
    }
}
