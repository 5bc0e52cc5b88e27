package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService.FixView;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsFixPlanningTest {
    private static final String D = "example.jp";
    private static final LocalizedText T = LocalizedText.of("修正", "fix");
    private final DnsRecord spf = new DnsRecord("7", D, "@", "TXT", "v=spf1 +mx ~all", 3600, 0);
    private final DnsRecord oldSpf = new DnsRecord("8", D, "@", "TXT", "v=spf1 include:old.example ~all", 3600, 0);

    @Test
    void aNewRecordIsCreatedUnderItsHostAndAPublishedOneIsUpdatedInPlace() {
        List<DnsChange> plan = DnsFixPlanning.changes(D, List.of(
                new FixView("dmarc", T, "_dmarc.example.jp.", "TXT", "", "v=DMARC1; p=none;"),
                new FixView("spf", T, "example.jp", "TXT", "v=spf1 +mx ~all", "v=spf1 +mx include:spf.sender.xserver.jp ~all")),
                List.of(spf));
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).op()).isEqualTo(DnsChange.Op.CREATE);
        assertThat(plan.get(0).after().host()).isEqualTo("_dmarc");
        assertThat(plan.get(0).after().content()).isEqualTo("v=DMARC1; p=none;");
        assertThat(plan.get(1).op()).isEqualTo(DnsChange.Op.UPDATE);
        assertThat(plan.get(1).before()).isEqualTo(spf);
        assertThat(plan.get(1).after().id()).isEqualTo("7");
        assertThat(plan.get(1).after().content()).contains("include:spf.sender.xserver.jp");
    }

    @Test
    void mergingTwoPublishedRecordsUpdatesOneAndDeletesTheOtherAndQuotedStringsAreJoined() {
        List<DnsChange> plan = DnsFixPlanning.changes(D, List.of(new FixView("merge", T, D, "TXT",
                "v=spf1 +mx ~all\n\"v=spf1 include:old.example ~all\"", "\"v=spf1 +mx \" \"-all\"")), List.of(spf, oldSpf));
        assertThat(plan).extracting(DnsChange::op).containsExactly(DnsChange.Op.UPDATE, DnsChange.Op.DELETE);
        assertThat(plan.get(0).after().content()).isEqualTo("v=spf1 +mx -all");
        assertThat(plan.get(1).before()).isEqualTo(oldSpf);
    }

    @Test
    void aFixForAnotherDomainOrAValueThePanelDoesNotHoldIsRefusedWithAText() {
        assertThatThrownBy(() -> DnsFixPlanning.changes(D, List.of(new FixView("x", T, "_dmarc.other.jp", "TXT", "", "v=DMARC1")),
                List.of())).hasMessageContaining("other.jp").hasMessageContaining("ではありません");
        assertThatThrownBy(() -> DnsFixPlanning.changes(D, List.of(new FixView("x", T, D, "TXT", "v=spf1 ?all", "v=spf1 -all")),
                List.of(spf))).hasMessageContaining("パネルに修正前のレコードがありません");
    }
}
