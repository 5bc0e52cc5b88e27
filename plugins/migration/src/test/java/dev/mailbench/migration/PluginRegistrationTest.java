package dev.mailbench.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.services.MigrationPlanService;
import dev.mailbench.migration.cli.MigrateCommand;
import dev.mailbench.migration.plan.PanelProposal;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import java.util.Locale;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What the host sees: one panel, one handover section, the migrate command with its plan subcommand, and the plan's
 * actions for the server panel's command line.
 */
class PluginRegistrationTest {
    @Test
    void registersPanelSectionAndCommand() {
        FakeWorkbenchApi api = new FakeWorkbenchApi(MigrationPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new MigrationPlugin().initialize(api);

        assertThat(api.panels).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("migration");
            assertThat(p.title().ja()).isEqualTo("移行計画");
        });
        JComponent panel = GuiActionRunner.execute(() -> api.openPanel());
        assertThat(panel.getName()).isEqualTo("migration.panel");

        assertThat(api.commands).singleElement().isInstanceOf(MigrateCommand.class);
        assertThat(((MigrateCommand) api.commands.get(0)).api()).isSameAs(api);
        assertThat(new CommandLine(api.commands.get(0)).getSubcommands()).containsKey("plan");

        assertThat(api.services().find(MigrationPlanService.class)).get()
                .satisfies(s -> assertThat(s.panelProposal(api.project)).isEqualTo(PanelProposal.from(api.project))
                        .satisfies(p -> assertThat(p.changes()).isNotEmpty()));

        assertThat(api.sections).hasSize(1);
        HandoverContext context = HandoverContext.of(api.project, api.provider, Locale.JAPANESE);
        assertThat(api.sections.get(0).build(context)).isPresent();
    }
}
