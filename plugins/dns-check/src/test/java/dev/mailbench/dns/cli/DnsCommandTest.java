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
    void jsonCarriesForEachFixTheFindingsItClearsAndItsRecheck() throws Exception {
        int code = run("check", "bad-dmarc.test", "--server", serverArg(), "--json", "--lang", "en",
                "--provider-host", "sv1234.xserver.test", "--provider-include", "spf.sender.xserver.test");
        assertThat(code).isEqualTo(1);
        JsonNode d = Json.mapper().readTree(out.toString()).get("domains").get(0);
        JsonNode dmarc = d.get("fixes").get(0);
        assertThat(dmarc.get("id").asText()).isEqualTo("dmarc");
        assertThat(dmarc.get("clears").findValuesAsText("code")).containsExactlyInAnyOrder("DMARC_BAD_VALUE", "DMARC_OBSOLETE_TAG");
        assertThat(dmarc.get("recheck").get("status").asText()).isEqualTo("PASSED");
        assertThat(dmarc.get("recheck").get("worstBefore").asText()).isEqualTo("ERROR");
        assertThat(dmarc.get("recheck").get("worstAfter").asText()).isEqualTo("WARNING");
        assertThat(dmarc.get("recheck").get("appeared").findValuesAsText("code")).contains("DMARC_POLICY_NONE");
        assertThat(dmarc.get("note").asText()).contains("p=block is not a valid value");
        JsonNode auth = d.get("fixes").get(1);
        assertThat(auth.get("name").asText()).isEqualTo("bad-dmarc.test._report._dmarc.dmarc-vendor.test");
        assertThat(auth.get("clears").findValuesAsText("code")).containsExactly("DMARC_REPORT_NOT_AUTHORIZED");
        assertThat(auth.get("note").asText()).contains("not the customer's domain");
        for (JsonNode f : d.get("findings")) {
            assertThat(f.has("fix")).isTrue();
            if (f.get("code").asText().equals("DMARC_BAD_VALUE")) {
                assertThat(f.get("fix").asText()).isEqualTo("dmarc");
            }
        }
    }

    @Test
    void aDomainThatNeitherReceivesNorSendsGetsNoSpfFixAndIsNotAskedForTheProviderInclude() throws Exception {
        java.nio.file.Path zone = java.nio.file.Path.of("../../testlab/dns/zones/locked.test.zone");
        int code = run("check", "--zone", zone.toString(), "--offline", "--json", "--lang", "en",
                "--provider-host", "sv1234.xserver.test", "--provider-include", "spf.sender.xserver.test");
        // null MX and v=spf1 -all: no error left, so exit 0 (issue 16: it used to be asked for the include)
        assertThat(code).as(out.toString()).isZero();
        JsonNode d = Json.mapper().readTree(out.toString()).get("domains").get(0);
        assertThat(d.get("fixes").findValuesAsText("name")).doesNotContain("locked.test");
        assertThat(d.get("findings").findValuesAsText("code")).contains("MX_NULL").doesNotContain("SPF_PROVIDER_INCLUDE_MISSING");
        assertThat(d.get("unfixed").findValuesAsText("code")).contains("DMARC_NO_RUA").doesNotContain("SPF_PROVIDER_INCLUDE_MISSING");
    }

    @Test
    void textReportShowsWhatEachFixClearsAndThatItWasRechecked() {
        run("check", "too-many-lookups.test", "--server", serverArg(), "--provider-host", "sv1234.xserver.test",
                "--provider-include", "spf.sender.xserver.test", "--report-address", "postmaster@too-many-lookups.test");
        assertThat(out.toString())
                .contains("修正後: v=spf1 include:spf.sender.xserver.test include:s1.too-many-lookups.test include:s2.too-many-lookups.test ~all")
                .contains("解消する指摘: SPF_TOO_MANY_LOOKUPS").contains("再確認済み: 修正を適用した状態で確認し直し")
                .contains("修正後: v=DMARC1; p=none; rua=mailto:postmaster@too-many-lookups.test");
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
