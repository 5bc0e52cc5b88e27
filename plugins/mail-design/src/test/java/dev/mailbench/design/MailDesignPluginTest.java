package dev.mailbench.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.design.cli.DesignCommand;
import dev.mailbench.design.engine.DecisionApplier;
import dev.mailbench.design.engine.QuestionnaireAnswers;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.design.testing.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class MailDesignPluginTest {
    @Test
    void initializeRegistersPanelSectionCommandAndService() {
        FakeWorkbenchApi api = new FakeWorkbenchApi(MailDesignPlugin.ID, SampleProject.load(), null, null);
        new MailDesignPlugin().initialize(api);
        assertThat(api.panels).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("design");
            assertThat(p.title().ja()).isEqualTo("メール設計");
            assertThat(p.title().en()).isEqualTo("Mail design");
        });
        assertThat(api.sections).hasSize(1);
        assertThat(api.commands).singleElement().isInstanceOf(DesignCommand.class);
        assertThat(api.services().find(MailDesignService.class)).isPresent();
        assertThat(MailDesignPlugin.class.getAnnotation(Extension.class)).isNotNull();
    }

    @Test
    void serviceReportsAcceptedDecisionsForClientSetup() {
        var sample = SampleProject.load();
        MailDesignService service = new DesignServices();
        var taro = sample.mailbox("m-taro").orElseThrow();
        assertThat(service.acceptedDecisions(sample)).isEmpty();
        assertThat(service.protocolFor(sample, taro)).as("nothing accepted: the mailbox's own").isEqualTo(MailProtocol.POP_KEEP_COPY);

        var decision = new MailDesignDecision("m-taro", MailProtocol.IMAP, 2000, null, 12, "dev-taro-mac", List.of(),
                false, false, "", Scenario.TODAY);
        var decided = DecisionApplier.accept(sample, decision, QuestionnaireAnswers.NONE);
        assertThat(service.acceptedDecision(decided, "m-taro")).contains(decision);
        assertThat(service.protocolFor(decided, decided.mailbox("m-taro").orElseThrow())).isEqualTo(MailProtocol.IMAP);
    }
}
