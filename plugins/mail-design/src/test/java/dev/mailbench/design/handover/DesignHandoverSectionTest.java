package dev.mailbench.design.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.design.engine.DecisionApplier;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.engine.QuestionnaireAnswers;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.design.testing.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DesignHandoverSectionTest {
    private static HandoverSection build(Project project, Locale locale) {
        var contributor = new DesignHandoverSection(p -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY));
        return contributor.build(HandoverContext.of(project, null, locale)).orElseThrow();
    }

    private static TableBlock table(HandoverSection s, String title) {
        return s.blocks().stream().filter(b -> b instanceof TableBlock && b.title().startsWith(title))
                .map(TableBlock.class::cast).findFirst().orElseThrow();
    }

    @Test
    void capacityTableSaysWhichFiguresCameFromTheServerPanelAndWhen() {
        var snapshot = dev.mailbench.design.testing.PanelSnapshots.of(List.of(new dev.mailbench.api.services.ServerPanelService.MailAccount(
                "billing@sample-shoji.test", 4000, 1234.0, "", List.of(), true)), List.of());
        dev.mailbench.api.services.ServerPanelService panel = p -> Optional.of(snapshot);
        var contributor = new DesignHandoverSection(p -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Optional.of(panel),
                Scenario.TODAY));
        HandoverSection ja = contributor.build(HandoverContext.of(SampleProject.load(), null, Locale.JAPANESE)).orElseThrow();
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(dev.mailbench.design.testing.PanelSnapshots.IMPORTED.atZone(java.time.ZoneId.systemDefault()));
        assertThat(table(ja, "容量の見通し").rows()).anySatisfy(r -> assertThat(r)
                .containsSequence("billing@sample-shoji.test", "4,000 MB", "1,234 MB")
                .anySatisfy(c -> assertThat(c).endsWith("使用量と容量: サーバーパネルの実際の値（xs123456.xsrv.jp、" + stamp + " 取得）")));
        // a mailbox the panel does not have keeps the recorded figures and says nothing about the panel
        assertThat(table(ja, "容量の見通し").rows()).anySatisfy(r -> assertThat(r).containsSequence("info@sample-shoji.test")
                .noneSatisfy(c -> assertThat(c).contains("サーバーパネル")));
        HandoverSection en = contributor.build(HandoverContext.of(SampleProject.load(), null, Locale.ENGLISH)).orElseThrow();
        assertThat(en.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast)
                .flatMap(t -> t.rows().stream()).flatMap(List::stream))
                .anySatisfy(c -> assertThat(c).contains("Usage and quota: real figures from the server panel (xs123456.xsrv.jp, imported "));
    }

    @Test
    void sectionHasDecisionsReasonsRisksChartAndChecklist() throws Exception {
        HandoverSection s = build(SampleProject.load(), Locale.JAPANESE);
        assertThat(s.id()).isEqualTo("design");
        assertThat(s.title()).contains("メール設計");

        TableBlock decisions = table(s, "決定事項");
        assertThat(decisions.rows()).hasSize(6);
        assertThat(decisions.rows().get(0)).containsSequence("info@sample-shoji.test", "代表", "IMAP（推奨・未決定）");
        // Issue 15: the customer reads reasons, never rule ids; one quota per mailbox, the undecided one named.
        assertThat(table(s, "判断の理由").rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("contact@sample-shoji.test"))
                .allSatisfy(r -> assertThat(String.join(" ", r)).doesNotContainPattern("D-[A-Z]+-[A-Z]+"));
        assertThat(decisions.rows()).anySatisfy(r -> assertThat(r).containsSequence("billing@sample-shoji.test", "請求")
                .contains("3,000 MB（推奨 5,000 MB・未決定）"));
        assertThat(table(s, "容量の見通し").rows()).anySatisfy(r ->
                assertThat(r).containsSequence("billing@sample-shoji.test", "3,000 MB"));
        assertThat(table(s, "リスク一覧").rows()).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("taro@sample-shoji.test"));
        assertThat(table(s, "容量の見通し").rows()).noneSatisfy(r -> assertThat(r.get(0)).startsWith("contact@"));

        ImageBlock chart = s.blocks().stream().filter(ImageBlock.class::isInstance).map(ImageBlock.class::cast).findFirst().orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(2 * chart.widthPx());
        assertThat(image.getHeight()).isEqualTo(2 * chart.heightPx());
        Path out = Path.of("target/screenshots/handover-capacity-chart.png");
        Files.createDirectories(out.getParent());
        Files.write(out, chart.png());

        List<ChecklistItem> items = s.checklistItems();
        assertThat(items).extracting(ChecklistItem::id).allMatch(id -> id.startsWith("design."))
                .contains("design.m-info.protocol", "design.m-info.archive", "design.m-contact.forward",
                        "design.m-taro.c-pop-state-not-shared")
                .doesNotHaveDuplicates();
    }

    @Test
    void acceptedDecisionsAndChecklistStatesShowUp() {
        Project sample = SampleProject.load();
        var override = new MailDesignDecision("m-taro", MailProtocol.POP_KEEP_COPY, 2000, 30, 0, "dev-taro-mac",
                List.of(), false, true, "本人の希望で POP のまま", Scenario.TODAY);
        Project decided = DecisionApplier.accept(sample, override, QuestionnaireAnswers.NONE)
                .withChecklist(List.of(new ChecklistState("design.m-info.protocol", ChecklistStatus.DONE, "鈴木", null, "", null)));
        HandoverSection s = build(decided, Locale.JAPANESE);
        assertThat(table(s, "決定事項").rows()).anySatisfy(r ->
                assertThat(r).containsSequence("taro@sample-shoji.test", "個人", "POP（サーバーにコピーを残す）（推奨から変更）"));
        assertThat(table(s, "判断の理由").rows()).anySatisfy(r -> assertThat(r.get(1)).endsWith("本人の希望で POP のまま"));
        assertThat(s.checklistItems()).filteredOn(i -> i.id().equals("design.m-info.protocol"))
                .singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(ChecklistStatus.DONE);
                    assertThat(i.owner()).isEqualTo("鈴木");
                });
    }

    @Test
    void englishDocument() {
        HandoverSection s = build(SampleProject.load(), Locale.ENGLISH);
        assertThat(s.title()).isEqualTo("Mail design (protocol, quota, backup)");
        assertThat(table(s, "Decisions").header()).contains("Address", "Protocol");
        assertThat(table(s, "Risks").rows()).anySatisfy(r -> assertThat(r.get(2)).startsWith("No periodic archive"))
                .allSatisfy(r -> assertThat(r.get(2)).as("device names may be Japanese, sentences not").doesNotContainPattern("[ぁ-ん]"));
    }

    @Test
    void nothingForAProjectWithoutMailboxes() {
        var contributor = new DesignHandoverSection(p -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY));
        assertThat(contributor.build(HandoverContext.of(Project.empty(), null, Locale.JAPANESE))).isEmpty();
    }
}
