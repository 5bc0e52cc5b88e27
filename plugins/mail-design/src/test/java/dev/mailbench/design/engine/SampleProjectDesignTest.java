package dev.mailbench.design.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.design.testing.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample customer (株式会社サンプル商事) gets sensible advice. */
class SampleProjectDesignTest {
    static Project project;
    static Map<String, MailboxDesign> byId;

    @BeforeAll
    static void design() {
        project = SampleProject.load();
        List<MailboxDesign> designs = new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY).design(project);
        byId = designs.stream().collect(Collectors.toMap(d -> d.mailbox().id(), Function.identity()));
    }

    @Test
    void sharedInfoGetsImapWithForwardingForViewers() {
        Recommendation info = byId.get("m-info").recommendation();
        assertThat(info.protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(info.reasons().get(0).ruleId()).isEqualTo("D-SHARED-IMAP");
        assertThat(info.quotaMb()).isGreaterThanOrEqualTo(5000);
        assertThat(info.archiveCadence()).isEqualTo(ArchiveCadence.YEARLY);
        assertThat(info.keeperDeviceId()).isEqualTo("dev-president-pc");
        assertThat(info.forwardTo()).containsExactly("yamada@sample-shoji.test", "taro@sample-shoji.test");
        assertThat(info.fired("N-SMTP-OVERSEAS")).as("山田 uses new Outlook").isTrue();
    }

    @Test
    void contactIsForwardOnlyToInfo() {
        Recommendation contact = byId.get("m-contact").recommendation();
        assertThat(contact.protocol()).isEqualTo(MailProtocol.FORWARD_ONLY);
        assertThat(contact.forwardTo()).containsExactly("info@sample-shoji.test");
        assertThat(contact.archiveCadence()).isEqualTo(ArchiveCadence.NONE);
        assertThat(contact.risks()).isEmpty();
    }

    @Test
    void recruitKeepsItsAutoReply() {
        Recommendation recruit = byId.get("m-recruit").recommendation();
        assertThat(recruit.autoReply()).isTrue();
        assertThat(recruit.finding("D-RECRUIT-AUTOREPLY").orElseThrow().severity()).isEqualTo(RiskLevel.INFO);
        assertThat(recruit.protocol()).isEqualTo(MailProtocol.IMAP);
    }

    @Test
    void taroOnPopWithTwoDevicesIsFlagged() {
        MailboxDesign taro = byId.get("m-taro");
        assertThat(taro.questionnaire().deviceCount()).isEqualTo(2);
        Recommendation r = taro.recommendation();
        assertThat(r.protocol()).isIn(MailProtocol.IMAP, MailProtocol.POP_KEEP_COPY);
        assertThat(r.protocol()).as("no backup recorded yet").isEqualTo(MailProtocol.IMAP);
        assertThat(r.changesProtocol()).isTrue();
        assertThat(r.reasons().get(0).reason().ja()).contains("2 台", "佐藤 iPhone", "佐藤 MacBook");
        assertThat(r.fired("C-POP-STATE-NOT-SHARED")).isTrue();
        assertThat(r.worstRisk()).contains(RiskLevel.WARNING);
    }

    @Test
    void taroWithABackupAndNoSharedStateMayStayOnPopLeavingACopy() {
        Project p = project;
        var mailbox = p.mailbox("m-taro").orElseThrow();
        var q = QuestionnaireFactory.build(p, mailbox, new QuestionnaireAnswers(false, null, BackupKind.DEVICE_BACKUP,
                null, null, null, null, Map.of(), List.of()), Optional.empty());
        Recommendation r = new DesignAdvisor().advise(new DesignContext(p, mailbox, q, Scenario.TODAY, null));
        assertThat(r.protocol()).isEqualTo(MailProtocol.POP_KEEP_COPY);
        assertThat(r.leaveCopyDays()).isEqualTo(30);
        assertThat(r.keeperDeviceId()).isEqualTo("dev-taro-mac");
    }

    @Test
    void billingKeepsSevenYearsFromItsNotes() {
        MailboxDesign billing = byId.get("m-billing");
        assertThat(billing.questionnaire().retentionYears()).isEqualTo(7);
        assertThat(billing.recommendation().protocol()).isEqualTo(MailProtocol.IMAP);
    }

    @Test
    void infoPrefillSeesThreeReadersAndOneKeeper() {
        Questionnaire q = byId.get("m-info").questionnaire();
        assertThat(q.readers()).containsExactly("p-president", "p-yamada", "p-taro");
        assertThat(q.keeperDeviceId()).isEqualTo("dev-president-pc");
        assertThat(q.sharedStateNeeded()).isTrue();
        assertThat(q.volumeSource()).isEqualTo(VolumeSource.ROLE_DEFAULT);
    }

    @Test
    void noSampleMailboxHasAHighRisk() {
        assertThat(byId.values()).allSatisfy(d ->
                assertThat(d.recommendation().risks()).noneMatch(f -> f.severity() == RiskLevel.HIGH));
    }
}
