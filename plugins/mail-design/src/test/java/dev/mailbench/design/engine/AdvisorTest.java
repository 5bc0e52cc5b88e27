package dev.mailbench.design.engine;

import static dev.mailbench.api.model.ClientKind.IPHONE;
import static dev.mailbench.api.model.ClientKind.OUTLOOK_CLASSIC;
import static dev.mailbench.api.model.DeviceRole.KEEPER;
import static dev.mailbench.api.model.DeviceRole.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.design.testing.Scenario;
import org.junit.jupiter.api.Test;

/** The rules together: precedence, merging, and contradictions reported with the recommendation. */
class AdvisorTest {
    @Test
    void healthyPersonalMailboxGetsImapWithoutRisks() {
        Recommendation r = Scenario.healthy().advise();
        assertThat(r.protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(r.changesProtocol()).isFalse();
        assertThat(r.risks()).isEmpty();
        assertThat(r.worstRisk()).isEmpty();
        assertThat(r.reasons()).extracting(RuleFinding::ruleId)
                .containsExactly("D-IMAP-DEFAULT", "D-QUOTA-SIZING", "D-IMAP-CAPACITY", "D-KEEPER-DEVICE");
    }

    @Test
    void onlyOneProtocolRuleSpeaks() {
        Recommendation r = Scenario.noDevices().role(MailboxRole.FORM).advise();
        assertThat(r.reasons()).extracting(RuleFinding::ruleId).contains("D-FORM-FORWARD")
                .doesNotContain("D-SHARED-IMAP", "D-IMAP-DEFAULT", "D-IMAP-CAPACITY");
    }

    @Test
    void sharedPopMailboxReportsEveryContradiction() {
        var scenario = Scenario.noDevices().role(MailboxRole.REPRESENTATIVE).protocol(MailProtocol.POP_DELETE)
                .backup(BackupKind.NONE)
                .device("d-a", "p-a", OUTLOOK_CLASSIC, KEEPER)
                .device("d-b", "p-b", OUTLOOK_CLASSIC, VIEWER).deviceProtocol("d-b", MailProtocol.IMAP)
                .device("d-c", "p-c", IPHONE, VIEWER);
        Recommendation r = scenario.advise();
        assertThat(r.protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(r.risks()).extracting(RuleFinding::ruleId).contains(
                "C-POP-MANY-READERS", "C-POP-DELETE-NO-BACKUP", "C-POP-DELETE-MULTI-DEVICE", "C-MIXED-PROTOCOLS");
        assertThat(r.risks().get(0).severity()).as("worst first").isEqualTo(RiskLevel.HIGH);
        assertThat(r.riskCount(RiskLevel.HIGH)).isEqualTo(4);
        assertThat(r.worstRisk()).contains(RiskLevel.HIGH);
    }

    @Test
    void imapWithoutCapacityPlanIsReportedAlongsideTheArchivePlan() {
        Recommendation r = Scenario.healthy().backup(BackupKind.NONE).volume(40, 150, 1500).advise();
        assertThat(r.fired("C-IMAP-NO-CAPACITY-PLAN")).isTrue();
        assertThat(r.quotaMb()).isEqualTo(3000);
        assertThat(r.archiveCadence()).isEqualTo(ArchiveCadence.YEARLY);
        assertThat(r.forecast().quotaMb()).isEqualTo(3000);
    }

    @Test
    void decisionCarriesThePlan() {
        var decision = Scenario.healthy().advise().toDecision(Scenario.TODAY);
        assertThat(decision.protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(decision.archiveEveryMonths()).isEqualTo(12);
        assertThat(decision.keeperDeviceId()).isEqualTo("d-pc");
        assertThat(decision.overridden()).isFalse();
    }
}
