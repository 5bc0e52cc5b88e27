package dev.mailbench.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.AnswerState;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import org.junit.jupiter.api.Test;

/** {@link DnsCheckService#lookupTxt}, the single-name TXT question the server panel's ownership check asks, on the lab NSD. */
@RequiresTestLab(LabService.DNS)
class LookupTxtLabTest {
    private final TestLab lab = TestLab.load();

    private DnsCheckService service() {
        var api = new FakeWorkbenchApi("dns-check", Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        return api.services().find(DnsCheckService.class).orElseThrow();
    }

    private DnsCheckService.Target at(int port) {
        return new DnsCheckService.Target("127.0.0.1:" + port, null, false);
    }

    @Test
    void answeredMissingAndTimedOutAreThreeDifferentAnswers() throws Exception {
        DnsCheckService dns = service();
        assertThat(dns.lookupTxt("_dmarc.sample-shoji.test", at(lab.dnsPort()))).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(AnswerState.ANSWERED);
            assertThat(r.data()).isEqualTo("v=DMARC1; p=none; rua=mailto:dmarc-reports@sample-shoji.test");
            assertThat(r.ttl()).isEqualTo(3600);
        });
        // the DKIM key's two strings come joined
        assertThat(dns.lookupTxt("default._domainkey.sample-shoji.test.", at(lab.dnsPort()))).singleElement()
                .satisfies(r -> assertThat(r.data()).startsWith("v=DKIM1; k=rsa; p=MIIB").endsWith("IDAQAB").doesNotContain("\" \""));
        assertThat(dns.lookupTxt("_xserver-verify.sample-shoji.test", at(lab.dnsPort()))).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(AnswerState.NXDOMAIN));
        assertThat(dns.lookupTxt("_dmarc.sample-shoji.test", at(lab.blackholePort()))).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(AnswerState.TIMEOUT));
    }
}
