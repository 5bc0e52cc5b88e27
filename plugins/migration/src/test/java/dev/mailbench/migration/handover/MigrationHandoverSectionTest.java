package dev.mailbench.migration.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MigrationHandoverSectionTest {
    private static HandoverContext context(Project project, Locale locale) {
        return HandoverContext.of(project, FakeWorkbenchApi.xserverTest(), locale);
    }

    @Test
    void theSampleGetsTimelineChartTableEstimateAndTaskList() throws Exception {
        HandoverSection s = new MigrationHandoverSection(null).build(context(SampleProject.load(), Locale.JAPANESE)).orElseThrow();
        assertThat(s.title()).isEqualTo("メール移行計画");
        ImageBlock chart = s.blocks().stream().filter(ImageBlock.class::isInstance).map(ImageBlock.class::cast).findFirst().orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(chart.png())).getWidth()).isEqualTo(chart.widthPx() * 2);
        TableBlock steps = s.blocks().stream().filter(b -> b instanceof TableBlock t && t.title().equals("手順と日時"))
                .map(TableBlock.class::cast).findFirst().orElseThrow();
        // four columns (date and time one under the other); check and rollback in a full-width row under each step
        assertThat(steps.header()).containsExactly("日時", "手順", "担当", "状態");
        assertThat(steps.rows()).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("1/15 (金)\n19:40–20:10");
            assertThat(r.get(1)).startsWith("DNS を切り替える");
        });
        assertThat(steps.notes()).hasSameSizeAs(steps.rows()).allSatisfy(n ->
                assertThat(n).startsWith("確認: ").contains("\n切り戻し: "));
        ChecklistBlock tasks = s.blocks().stream().filter(ChecklistBlock.class::isInstance).map(ChecklistBlock.class::cast).findFirst().orElseThrow();
        assertThat(tasks.items()).hasSize(steps.rows().size());
        assertThat(tasks.items().get(0).id()).isEqualTo("migration.inventory");
        assertThat(tasks.items().get(0).status()).isEqualTo(ChecklistStatus.DONE);
        assertThat(tasks.items()).allSatisfy(i -> {
            assertThat(i.due()).isNotNull();
            assertThat(i.owner()).isNotBlank();
            assertThat(i.note()).contains("確認: ", "切り戻し: ");
        });
    }

    @Test
    void englishAndNothingForAProjectWithoutMigration() {
        HandoverSection en = new MigrationHandoverSection(null).build(context(SampleProject.load(), Locale.ENGLISH)).orElseThrow();
        assertThat(en.title()).isEqualTo("Mail migration plan");
        assertThat(new MigrationHandoverSection(null).build(context(SampleProject.load().withPlugins(Map.of()), Locale.JAPANESE))).isEmpty();
    }
}
