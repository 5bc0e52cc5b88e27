package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.AnswerState;
import dev.mailbench.api.services.DnsCheckService.DomainResult;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceNsLookupTest {
    private static DnsCheckService answering(List<RecordView> records) {
        return new DnsCheckService() {
            @Override
            public List<DomainResult> check(List<String> domains, Target target) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordView> fetchRecords(String domain, Target target) {
                return records;
            }
        };
    }

    @Test
    void apexNsNamesAreReturnedAndDecideWhetherThePanelIsInEffect() throws Exception {
        var lookup = new ServiceNsLookup(answering(List.of(
                new RecordView("shop.example.", "NS", 3600, "ns1.xserver.jp.", AnswerState.ANSWERED),
                new RecordView("shop.example.", "NS", 3600, "ns2.xserver.jp.", AnswerState.ANSWERED),
                new RecordView("shop.example.", "MX", 3600, "10 sv1.xserver.jp.", AnswerState.ANSWERED))),
                DnsCheckService.Target.system());
        assertThat(lookup.nameServers("shop.example")).containsExactly("ns1.xserver.jp.", "ns2.xserver.jp.");
        assertThat(NsVerdict.of(lookup.nameServers("shop.example"), List.of("ns1.xserver.jp", "ns2.xserver.jp")).state())
                .isEqualTo(NsVerdict.State.IN_EFFECT);
    }

    @Test
    void aTimeoutIsAFailureNotAnEmptyListSoNothingIsWritten() {
        var lookup = new ServiceNsLookup(answering(List.of(
                new RecordView("shop.example.", "NS", 0, "", AnswerState.TIMEOUT))), DnsCheckService.Target.system());
        assertThatThrownBy(() -> lookup.nameServers("shop.example")).isInstanceOf(IOException.class).hasMessageContaining("TIMEOUT");
        var refusal = DnsChangeRunner.check(List.of(DnsChange.create(new dev.mailbench.api.services.ServerPanelService.DnsRecord(
                null, "shop.example", "@", "TXT", "v=spf1 -all", 3600, 0))), List.of("ns1.xserver.jp"), lookup);
        assertThat(refusal).singleElement().satisfies(t -> assertThat(t.ja()).contains("確認できませんでした"));
    }
}
