package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoverAssemblerTest {
    private final HandoverAssembler assembler = new HandoverAssembler();

    @Test
    void checklistItemsTakeTheProjectsRecordedState() {
        String id = TestContributor.ITEM_IDS.get(3);
        Project project = TestProjects.sample().withChecklist(List.of(new ChecklistState(id, ChecklistStatus.NOT_APPLICABLE,
                "山田", LocalDate.of(2026, 12, 24), "DMARC は来年", Instant.EPOCH)));
        HandoverDocument doc = assembler.assemble(project, TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(new TestContributor()), "1", LocalDate.of(2026, 11, 30));
        ChecklistItem item = doc.checklistItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(ChecklistStatus.NOT_APPLICABLE);
        assertThat(item.owner()).isEqualTo("山田");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(item.note()).isEqualTo("DMARC は来年");
        assertThat(item.text()).isEqualTo("DMARC レコード (p=none) を追加した");
    }

    @Test
    void aFailingContributorBecomesAWarningAndTheRestIsKept() {
        HandoverDocument doc = assembler.assemble(TestProjects.sample(), TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(context -> {
                    throw new IllegalStateException("plugin bug");
                }, context -> Optional.empty()), "1", LocalDate.of(2026, 11, 30));
        assertThat(doc.warnings()).singleElement().asString().contains("plugin bug");
        assertThat(doc.sections()).extracting(HandoverSection::id).contains("host.overview", "host.sign-off");
    }

    @Test
    void pluginSectionsBuiltAlongsideTheHostsKeepTheirOrderAndAnErrorIsNotLost() {
        HandoverDocument doc = assembler.assemble(TestProjects.sample(), TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(context -> Optional.of(new HandoverSection("p.one", "one", 250, "", List.of())),
                        context -> Optional.of(new HandoverSection("p.two", "two", 250, "", List.of()))),
                "1", LocalDate.of(2026, 11, 30));
        assertThat(doc.sections()).extracting(HandoverSection::id).containsSubsequence("p.one", "p.two");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assembler.assemble(TestProjects.sample(),
                TestProjects.xserver("sv1234"), Locale.JAPANESE, List.of(context -> {
                    throw new AssertionError("plugin thread error");
                }), "1", LocalDate.of(2026, 11, 30))).isInstanceOf(AssertionError.class).hasMessage("plugin thread error");
    }

    @Test
    void setupSheetsUseTheResolvedProviderAndNeverAPassword() {
        HandoverDocument doc = assembler.assemble(TestProjects.sample(), TestProjects.xserver("sv1234"), Locale.ENGLISH,
                List.of(), "1", LocalDate.of(2026, 11, 30));
        HandoverSection devices = doc.sections().stream().filter(s -> s.id().equals("host.devices")).findFirst().orElseThrow();
        String all = devices.toString();
        assertThat(all).contains("sv1234.xserver.jp").contains("993").contains("995").contains("465").contains("587")
                .contains("taro@sample-shoji.test").doesNotContainIgnoringCase("password");
        assertThat(doc.fields().get("document.title")).isEqualTo("Email Setup Handover");
        assertThat(doc.fields().get("visit.date")).isEqualTo("30 November 2026");
    }

    @Test
    void anEmptyProjectStillGivesAUsableDocument() {
        HandoverDocument doc = assembler.assemble(Project.empty(), TestProjects.xserver(""), Locale.JAPANESE, List.of(),
                "1", LocalDate.of(2026, 11, 30));
        assertThat(doc.sections()).extracting(HandoverSection::id)
                .containsExactly("host.overview", "host.when-mail-stops", "host.sign-off");
        assertThat(doc.fields().get("visit.date")).isEqualTo("—");
    }
}
