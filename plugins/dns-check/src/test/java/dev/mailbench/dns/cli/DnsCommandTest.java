package dev.mailbench.dns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.dns.engine.TestDnsServer;
import dev.mailbench.dns.engine.TestZones;
import dev.mailbench.kit.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DnsCommandTest {
    private static TestDnsServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        server = TestDnsServer.withTestZones();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new DnsCommand(null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private String serverArg() {
        return "127.0.0.1:" + server.address().getPort();
    }

    @Test
    void checkPrintsJapaneseFindingsAndFixes() {
        int code = run("check", "bad-dmarc.test", "sample-shoji.test", "--server", serverArg(),
                "--provider-host", "sv1234.xserver.test", "--provider-include", "spf.sender.xserver.test");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("== bad-dmarc.test  [エラー]").contains("DMARC のタグの値が正しくありません")
                .contains("修正案: DMARC を修正").contains("修正後: v=DMARC1; p=none; rua=mailto:reports@dmarc-vendor.test")
                .contains("bad-dmarc.test._report._dmarc.dmarc-vendor.test").contains("== sample-shoji.test  [情報]");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws Exception {
        int code = run("check", "sample-shoji.test", "--server", serverArg(), "--json", "--lang", "en",
                "--provider-host", "sv1234.xserver.test", "--provider-include", "spf.sender.xserver.test");
        assertThat(code).isZero();
        JsonNode root = Json.mapper().readTree(out.toString());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode d = root.get("domains").get(0);
        assertThat(d.get("domain").asText()).isEqualTo("sample-shoji.test");
        assertThat(d.get("mode").asText()).isEqualTo("live");
        assertThat(d.get("worst").asText()).isEqualTo("INFO");
        assertThat(d.get("findings").get(0).fieldNames()).toIterable().contains("code", "severity", "group", "subject",
                "title", "detail", "explanation", "rfc", "remedy", "records");
        assertThat(d.get("spf").get("totalLookups").asInt()).isEqualTo(4);
        assertThat(d.get("records").get(0).get("state").asText()).isEqualTo("ANSWERED");
    }

    @Test
    void zoneFileModeOffline() {
        int code = run("check", "--zone", TestZones.file("weak-dkim.test").toString(), "--offline", "--lang", "en");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("zone file mode").contains("DKIM_KEY_TOO_SHORT").contains("offline");
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThat(run("check", "not a domain")).isEqualTo(2);
        assertThat(err.toString()).contains("ドメイン名として読めません");
        assertThat(run("check", "x.test", "--server", "dns.example.jp")).isEqualTo(2);
        assertThat(err.toString()).contains("IP アドレス");
        assertThat(run("check")).isEqualTo(2);
    }

    @Test
    void compareShowsDifferencesBetweenServers() throws Exception {
        java.nio.file.Path moved = java.nio.file.Files.createTempDirectory("new-ns").resolve("sample-shoji.test.zone");
        java.nio.file.Files.writeString(moved, java.nio.file.Files.readString(TestZones.file("sample-shoji.test"))
                .replace("@ IN MX 10 sample-shoji.test.", "@ IN MX 10 mail.oldhost.test."));
        try (TestDnsServer other = new TestDnsServer(java.util.List.of(
                dev.mailbench.dns.engine.ZoneFiles.load(moved, null).zone()))) {
            int code = run("compare", "sample-shoji.test", "--old", serverArg(), "--new", "127.0.0.1:" + other.address().getPort(), "--lang", "en");
            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).contains("MX").contains("≠").contains("differ");
        }
    }
}
