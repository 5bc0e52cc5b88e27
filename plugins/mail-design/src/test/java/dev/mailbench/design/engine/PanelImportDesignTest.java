package dev.mailbench.design.engine;

import static dev.mailbench.design.testing.PanelSnapshots.box;
import static dev.mailbench.design.testing.PanelSnapshots.deleting;
import static dev.mailbench.design.testing.PanelSnapshots.facts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.FilterAction;
import dev.mailbench.api.services.ServerPanelService.FilterCondition;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.design.engine.rules.RuleCatalog;
import dev.mailbench.design.testing.PanelSnapshots;
import dev.mailbench.design.testing.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server panel's last import in the design: real quota and usage in the forecast, and its three risks. */
class PanelImportDesignTest {

    private static Optional<RuleFinding> run(String ruleId, Scenario scenario) {
        return RuleCatalog.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow()
                .evaluate(scenario.context());
    }

    private static ProjectDesigner designerWith(ServerPanelService.PanelSnapshot snapshot) {
        ServerPanelService panel = project -> Optional.ofNullable(snapshot);
        return new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Optional.of(panel), Scenario.TODAY);
    }

    @Test
    void forecastUsesThePanelsQuotaAndUsageInsteadOfTheRecordedOnes() {
        // recorded: 2,000 MB quota, 100 MB used (typed in); the server says 1,000 MB quota and 950 MB used
        Project project = Scenario.healthy().answersSaved();
        MailboxDesign withPanel = designerWith(PanelSnapshots.of(List.of(box(1000, 950.0, true)), List.of()))
                .design(project).get(0);
        MailboxDesign without = new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY)
                .design(project).get(0);

        assertThat(without.mailbox().quotaMb()).isEqualTo(2000);
        assertThat(without.questionnaire().currentUsageMb()).isEqualTo(100);
        assertThat(without.quotaFromPanel()).isFalse();
        assertThat(without.usageFromPanel()).isFalse();

        assertThat(withPanel.mailbox().quotaMb()).as("quota in force").isEqualTo(1000);
        assertThat(withPanel.questionnaire().currentUsageMb()).as("usage in the forecast").isEqualTo(950);
        assertThat(withPanel.quotaFromPanel()).isTrue();
        assertThat(withPanel.usageFromPanel()).isTrue();
        assertThat(withPanel.panel().importedAt()).isEqualTo(PanelSnapshots.IMPORTED);
        // at 10 mails x 50 KB a day the 1,000 MB box is past its warning level today, the 2,000 MB one is not
        assertThat(withPanel.recommendation().risks()).extracting(RuleFinding::ruleId)
                .doesNotContain("R-PANEL-FORWARD-NO-KEEP");
        CapacityForecast current = CapacityForecast.of(withPanel.questionnaire(), withPanel.mailbox().quotaMb(),
                Scenario.TODAY);
        assertThat(current.monthsUntilWarn()).isZero();
        assertThat(CapacityForecast.of(without.questionnaire(), without.mailbox().quotaMb(), Scenario.TODAY)
                .monthsUntilWarn()).isPositive();
    }

    @Test
    void anAccountThePanelDoesNotKnowKeepsTheRecordedFigures() {
        Project project = Scenario.healthy().answersSaved();
        var other = new ServerPanelService.MailAccount("someone@example.test", 500, 400.0, "", List.of(), true);
        MailboxDesign d = designerWith(PanelSnapshots.of(List.of(other), List.of())).design(project).get(0);
        assertThat(d.mailbox().quotaMb()).isEqualTo(2000);
        assertThat(d.questionnaire().currentUsageMb()).isEqualTo(100);
        assertThat(d.quotaFromPanel()).isFalse();
        assertThat(d.panel().imported()).as("the import itself is known").isTrue();
    }

    @Test
    void deletingFilterNamesItsConditionInJapaneseFirst() {
        RuleFinding f = run("R-PANEL-FILTER-DELETE",
                Scenario.healthy().panel(facts(List.of(), List.of(deleting("subject", "未承諾広告"))))).orElseThrow();
        assertThat(f.severity()).isEqualTo(RiskLevel.HIGH);
        assertThat(f.reason().ja()).contains("削除", "件名が「未承諾広告」を含む", "box@example.test");
        assertThat(f.reason().en()).contains("deletes", "subject 未承諾広告 (contains)");
        assertThat(f.riskPrevented().ja()).contains("迷惑メールフォルダへ移動");
    }

    @Test
    void deletingFilterForAnotherRecipientIsNotThisMailboxsRisk() {
        MailFilter forOther = new MailFilter("f9", "example.test", 1,
                List.of(new FilterCondition("sales@", "to", "contain")), new FilterAction("delete", "", "move"));
        MailFilter forThis = new MailFilter("f8", "example.test", 1,
                List.of(new FilterCondition("box@example.test", "to", "match")), new FilterAction("delete", "", "move"));
        assertThat(run("R-PANEL-FILTER-DELETE", Scenario.healthy().panel(facts(List.of(), List.of(forOther))))).isEmpty();
        assertThat(run("R-PANEL-FILTER-DELETE", Scenario.healthy().panel(facts(List.of(), List.of(forThis))))).isPresent();
    }

    @Test
    void forwardingWithoutKeepIsOnlyARiskWhereTheDesignKeepsTheMail() {
        var noKeep = facts(List.of(box(2000, 100.0, false, "aoki@example.test")), List.of());
        RuleFinding f = run("R-PANEL-FORWARD-NO-KEEP", Scenario.healthy().proposing(MailProtocol.IMAP).panel(noKeep))
                .orElseThrow();
        assertThat(f.severity()).isEqualTo(RiskLevel.HIGH);
        assertThat(f.reason().ja()).contains("aoki@example.test", "メールボックスに残す", "オフ");
        assertThat(f.riskPrevented().ja()).contains("オンにしてください");
        assertThat(run("R-PANEL-FORWARD-NO-KEEP", Scenario.noDevices().proposing(MailProtocol.FORWARD_ONLY).panel(noKeep)))
                .as("a forward-only address is meant to stay empty").isEmpty();
    }

    @Test
    void freeMailTargetsAreNamedAndOwnDomainTargetsAreNot() {
        var mixed = facts(List.of(box(2000, 100.0, true, "sales@example.test", "taro@yahoo.co.jp", "Hanako@iCloud.com")),
                List.of());
        RuleFinding f = run("R-FORWARD-FREEMAIL-DMARC", Scenario.healthy().panel(mixed)).orElseThrow();
        assertThat(f.severity()).as("a warning: which senders are strict is not known").isEqualTo(RiskLevel.WARNING);
        assertThat(f.reason().ja()).contains("taro@yahoo.co.jp", "Hanako@iCloud.com", "SRS", "p=reject", "p=quarantine")
                .doesNotContain("sales@example.test");
        assertThat(f.reason().en()).contains("no SRS", "DKIM");
    }

    @Test
    void freeMailCheckAlsoSeesTheRecordedForwardingWithoutAnImport() {
        assertThat(run("R-FORWARD-FREEMAIL-DMARC", Scenario.healthy().forwardTo("me@outlook.jp"))).isPresent();
        assertThat(run("R-FORWARD-FREEMAIL-DMARC", Scenario.healthy().forwardTo("me@hotmail.example.test"))).isEmpty();
    }

    @Test
    void theAdvisorReportsThePanelRisksForTheImportedAccount() {
        Project project = Scenario.healthy().answersSaved();
        var snapshot = PanelSnapshots.of(List.of(box(2000, 100.0, false, "taro@gmail.com")),
                List.of(deleting("from", "noreply@")));
        MailboxDesign d = designerWith(snapshot).design(project).get(0);
        assertThat(d.recommendation().risks()).extracting(RuleFinding::ruleId)
                .contains("R-PANEL-FILTER-DELETE", "R-PANEL-FORWARD-NO-KEEP", "R-FORWARD-FREEMAIL-DMARC");
    }
}
