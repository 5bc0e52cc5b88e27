package dev.mailbench.design.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.design.testing.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionAndDecisionTest {
    private static final MailDesignDecision OVERRIDE = new MailDesignDecision("m-taro", MailProtocol.POP_KEEP_COPY, 2500,
            30, 0, "dev-taro-mac", List.of(), false, true, "本人の希望で POP のまま。Mac は Time Machine あり", Scenario.TODAY);

    @Test
    void sectionRoundTripsThroughPlainJsonValues() {
        var answers = new QuestionnaireAnswers(false, 3, BackupKind.DEVICE_BACKUP, 25.0, 80.0, 300.0, true,
                Map.of("dev-taro-mac", MailProtocol.POP_DELETE), List.of("dev-x"));
        DesignSection section = DesignSection.EMPTY.withAnswers("m-taro", answers).withDecision(OVERRIDE);
        Map<String, Object> plain = DesignSectionCodec.toPlain(section, Map.of("futureKey", "kept"));
        assertThat(plain).containsEntry("futureKey", "kept").containsEntry("version", 1);

        DesignSection back = DesignSectionCodec.fromPlain(plain);
        assertThat(back).isEqualTo(section);
    }

    @Test
    void sectionWrittenThroughJacksonReadsBackTheSame() throws Exception {
        DesignSection section = DesignSection.EMPTY.withDecision(OVERRIDE);
        var mapper = SampleProject.mapper();
        // What the project file holds after a save and a reload: numbers may come back as other Number types.
        Object reloaded = mapper.readValue(mapper.writeValueAsString(DesignSectionCodec.toPlain(section, null)), Object.class);
        assertThat(DesignSectionCodec.fromPlain(reloaded)).isEqualTo(section);
    }

    @Test
    void unreadableValuesCountAsUnanswered() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("backup", "SOMETHING_NEW");
        answers.put("mailsPerDay", -3);
        answers.put("retentionYears", "seven");
        answers.put("deviceProtocols", Map.of("d", "CARRIER_PIGEON"));
        DesignSection s = DesignSectionCodec.fromPlain(Map.of("answers", Map.of("m", answers), "decisions", "garbage"));
        QuestionnaireAnswers a = s.answersFor("m");
        assertThat(a.backup()).isNull();
        assertThat(a.mailsPerDay()).isNull();
        assertThat(a.retentionYears()).isNull();
        assertThat(a.deviceProtocols()).isEmpty();
        assertThat(s.decisions()).isEmpty();
        assertThat(DesignSectionCodec.fromPlain(null)).isEqualTo(DesignSection.EMPTY);
    }

    @Test
    void acceptingUpdatesTheMailboxAndTheSectionTogether() {
        Project sample = SampleProject.load();
        var answers = new QuestionnaireAnswers(false, null, BackupKind.DEVICE_BACKUP, null, null, null, null, Map.of(), List.of());
        Project after = DecisionApplier.accept(sample, OVERRIDE, answers);

        var taro = after.mailbox("m-taro").orElseThrow();
        assertThat(taro.protocol()).isEqualTo(MailProtocol.POP_KEEP_COPY);
        assertThat(taro.quotaMb()).isEqualTo(2500);
        assertThat(taro.forwardTo()).isEmpty();
        assertThat(after.mailboxes()).hasSameSizeAs(sample.mailboxes());

        DesignSection section = DesignSectionCodec.read(after);
        assertThat(section.decisions()).containsEntry("m-taro", OVERRIDE);
        assertThat(section.answersFor("m-taro").backup()).isEqualTo(BackupKind.DEVICE_BACKUP);
    }

    @Test
    void acceptingForwardingSetsTheForwardList() {
        Project sample = SampleProject.load();
        var decision = new MailDesignDecision("m-info", MailProtocol.IMAP, 5000, null, 12, "dev-president-pc",
                List.of("yamada@sample-shoji.test"), false, false, "", Scenario.TODAY);
        Project after = DecisionApplier.accept(sample, decision, QuestionnaireAnswers.NONE);
        assertThat(after.mailbox("m-info").orElseThrow().forwardTo()).containsExactly("yamada@sample-shoji.test");
    }

    @Test
    void answersOfAQuestionnaireReproduceIt() {
        Project sample = SampleProject.load();
        var designer = new ProjectDesigner(new DesignAdvisor(), java.util.Optional.empty(), Scenario.TODAY);
        var mailbox = sample.mailbox("m-taro").orElseThrow();
        Questionnaire q = designer.questionnaire(sample, DesignSection.EMPTY, mailbox)
                .withBackup(BackupKind.ARCHIVE_EXPORT).withVolume(12, 90, 40, VolumeSource.ENTERED);
        Questionnaire again = QuestionnaireFactory.build(sample, mailbox, QuestionnaireAnswers.of(q), java.util.Optional.empty());
        assertThat(again).isEqualTo(q);
    }

    @Test
    void measuredVolumeIsUsedUnlessTheConsultantEnteredOne() {
        Project sample = SampleProject.load();
        var mailbox = sample.mailbox("m-info").orElseThrow();
        var measured = java.util.Optional.of(new dev.mailbench.api.services.MailboxInventoryService.MailboxVolume(
                55, 120, 1800, java.time.Instant.parse("2026-11-30T00:00:00Z"), 90));
        Questionnaire q = QuestionnaireFactory.build(sample, mailbox, QuestionnaireAnswers.NONE, measured);
        assertThat(q.volumeSource()).isEqualTo(VolumeSource.MEASURED);
        assertThat(q.mailsPerDay()).isEqualTo(55);
        assertThat(q.currentUsageMb()).isEqualTo(1800);

        var entered = new QuestionnaireAnswers(null, null, null, 20.0, null, null, null, Map.of(), List.of());
        Questionnaire q2 = QuestionnaireFactory.build(sample, mailbox, entered, measured);
        assertThat(q2.volumeSource()).isEqualTo(VolumeSource.ENTERED);
        assertThat(q2.mailsPerDay()).isEqualTo(20);
        assertThat(q2.typicalKb()).isEqualTo(120);
    }
}
