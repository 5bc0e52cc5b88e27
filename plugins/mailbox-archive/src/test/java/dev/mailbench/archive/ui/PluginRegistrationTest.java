package dev.mailbench.archive.ui;

import dev.mailbench.testkit.FakeWorkbenchApi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.cli.ArchiveCommand;
import dev.mailbench.archive.handover.ArchiveHandoverSection;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PluginRegistrationTest {

    @Test
    void registersPanelCommandHandoverSectionAndInventoryService() {
        FakeWorkbenchApi api = new FakeWorkbenchApi("mailbox-archive", Project.empty(), null, FakeWorkbenchApi.xserverTest());

        new MailboxArchivePlugin().initialize(api);

        assertThat(api.panels).singleElement().satisfies(p -> {
            assertThat(((PanelContribution) p).id()).isEqualTo("archive");
            assertThat(((PanelContribution) p).title().get(java.util.Locale.JAPANESE)).isEqualTo("メールアーカイブ");
        });
        assertThat(api.commands).singleElement().isInstanceOf(ArchiveCommand.class);
        assertThat(new CommandLine(api.commands.get(0)).getSubcommands()).containsOnlyKeys("inventory", "export", "verify", "repair");
        assertThat(api.sections).singleElement().isInstanceOf(ArchiveHandoverSection.class);
        assertThat(api.services.get(MailboxInventoryService.class)).isNotNull();
        assertThat(((MailboxInventoryService) api.services.get(MailboxInventoryService.class))
                .measuredVolume(Project.empty(), "nobody")).isEmpty();
    }
}
