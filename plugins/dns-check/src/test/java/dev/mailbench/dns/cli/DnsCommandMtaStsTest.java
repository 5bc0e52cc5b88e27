package dev.mailbench.dns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.json.Json;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dns check} with the lab's MTA-STS policy host: its port and CA given on the command line. */
@RequiresTestLab(LabService.DNS)
class DnsCommandMtaStsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new DnsCommand(null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static java.util.List<String> codes(JsonNode domain) {
        return domain.get("findings").findValuesAsText("code");
    }

    @Test
    void thePolicyIsFetchedFromTheGivenPortWithTheGivenCa(TestLab lab) throws Exception {
        int code = run("check", "mta-sts-good.test", "mta-sts-untrusted.test", "--server", "127.0.0.1:" + lab.dnsPort(), "--json",
                "--lang", "en", "--mta-sts-ca", lab.caCertificate().toString(), "--mta-sts-port", String.valueOf(lab.port("LAB_MTA_STS_PORT")));
        assertThat(code).as(err.toString()).isEqualTo(1);
        JsonNode domains = Json.mapper().readTree(out.toString()).get("domains");
        assertThat(codes(domains.get(0))).contains("MTA_STS_POLICY_OK").doesNotContain("MTA_STS_POLICY_FETCH_FAILED");
        assertThat(codes(domains.get(1))).contains("MTA_STS_POLICY_FETCH_FAILED").doesNotContain("MTA_STS_POLICY_OK");
    }

    @Test
    void anUnreadableCaFileIsBadInputNamedOnTheCommandLine() {
        int code = run("check", "mta-sts-good.test", "--mta-sts-ca", "/nonexistent/ca.pem");
        assertThat(code).isEqualTo(DnsCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--mta-sts-ca").contains("/nonexistent/ca.pem");
    }
}
