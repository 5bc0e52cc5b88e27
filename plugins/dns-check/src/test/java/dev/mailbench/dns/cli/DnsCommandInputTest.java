package dev.mailbench.dns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.dns.engine.HostileZones;
import dev.mailbench.kit.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code dns check --zone ... --json} on bad input (issue 19): JSON every time, one bad file loses nothing else. */
class DnsCommandInputTest {
    /** What the host returns when a command throws (ExitCodes.INTERNAL). */
    private static final int HOST_INTERNAL_ERROR = 70;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(List<String> args) {
        CommandLine cl = new CommandLine(new DnsCommand(null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            ex.printStackTrace(commandLine.getErr());
            return HOST_INTERNAL_ERROR;
        });
        return cl.execute(args.toArray(String[]::new));
    }

    private int run(String... args) {
        return run(List.of(args));
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt64k", "dkim", "dmarc"})
    void inputsThatCrashedGiveJsonFindings(String which) throws Exception {
        String domain = which + ".test";
        String zone = switch (which) {
            case "txt64k" -> HostileZones.txtOver64k(domain);
            case "dkim" -> HostileZones.dkimOneLongString(domain);
            default -> HostileZones.dmarcLongFo(domain);
        };
        int code = run("check", "--zone", HostileZones.write(dir, domain, zone).toString(), "--offline", "--json");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("Error:");
        assertThat(code).as(err.toString()).isIn(0, 1, 3);
        JsonNode d = json().get("domains").get(0);
        assertThat(d.get("status").asText()).isEqualTo("CHECKED");
        assertThat(d.get("findings").size()).isGreaterThan(3);
    }

    @Test
    void tenZonesWithOneBadFileCheckTheNineAndReportTheBadOne() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--offline", "--json", "--lang", "en"));
        for (int i = 0; i < 10; i++) {
            String domain = "z" + i + ".test";
            Path file = i == 3 ? HostileZones.write(dir, domain, HostileZones.shiftJis(domain))
                    : HostileZones.write(dir, domain, HostileZones.healthy(domain));
            args.add("--zone");
            args.add(file.toString());
        }
        int code = run(args);
        assertThat(code).isEqualTo(4);
        JsonNode domains = json().get("domains");
        assertThat(domains.size()).isEqualTo(10);
        for (JsonNode d : domains) {
            if (d.get("domain").asText().equals("z3.test")) {
                assertThat(d.get("status").asText()).isEqualTo("INPUT_ERROR");
                assertThat(d.get("worst").asText()).isEqualTo("ERROR");
                JsonNode e = d.get("error");
                assertThat(e.get("code").asText()).isEqualTo("ZONE_FILE_UNREADABLE");
                assertThat(e.get("file").asText()).endsWith("z3.test.zone");
                assertThat(e.get("line").asInt()).isEqualTo(11);
                assertThat(e.get("message").asText()).contains("not UTF-8").contains("Shift_JIS?")
                        .doesNotContain("Input length").doesNotContain("<none>");
                assertThat(d.get("findings").get(0).get("code").asText()).isEqualTo("ZONE_FILE_UNREADABLE");
            } else {
                assertThat(d.get("status").asText()).isEqualTo("CHECKED");
                assertThat(d.get("findings").size()).isGreaterThan(3);
            }
        }
    }

    @Test
    void missingZoneFileIsOneDomainsErrorInTheTextReportToo() {
        int code = run("check", "--offline", "--zone", HostileZones.write(dir, "ok.test", HostileZones.healthy("ok.test")).toString(),
                "--zone", dir.resolve("gone.test.zone").toString());
        assertThat(code).isEqualTo(4);
        assertThat(out.toString()).contains("== ok.test").contains("== gone.test").contains("ZONE_FILE_UNREADABLE")
                .contains("見つかりません");
    }

    @Test
    void nothingToCheckStillPrintsAJsonErrorObject() throws Exception {
        assertThat(run("check", "--json")).isEqualTo(2);
        JsonNode root = json();
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("error").get("code").asText()).isEqualTo("BAD_INPUT");
        assertThat(root.get("error").get("message").asText()).contains("give at least one domain");
        assertThat(root.get("domains").size()).isZero();
        assertThat(err.toString()).contains("give at least one domain");
    }

    @Test
    void badDomainNameWithJsonPrintsJson() throws Exception {
        assertThat(run("check", "not a domain", "--json", "--lang", "en")).isEqualTo(2);
        assertThat(json().get("error").get("message").asText()).contains("not a domain");
    }
}
