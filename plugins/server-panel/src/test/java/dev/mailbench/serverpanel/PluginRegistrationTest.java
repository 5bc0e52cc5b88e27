package dev.mailbench.serverpanel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.serverpanel.cli.PanelCommand;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginRegistrationTest {
    @Test
    void registersThePanelTheCommandAndTheServiceAndIsIndexedAsExtension() throws Exception {
        var api = new FakeWorkbenchApi(ServerPanelPlugin.ID, Project.empty(), null, null);
        new ServerPanelPlugin().initialize(api);
        assertThat(api.panels).singleElement().satisfies(p -> assertThat(p.title().ja()).isEqualTo("サーバーパネル"));
        assertThat(api.commands).singleElement().isInstanceOf(PanelCommand.class);
        assertThat(api.services).containsKey(ServerPanelService.class);
        assertThat(api.sections).singleElement().isInstanceOf(dev.mailbench.serverpanel.handover.PanelHandoverSection.class);
        assertThat(Files.readString(Path.of("target/classes/META-INF/extensions.idx")))
                .contains(ServerPanelPlugin.class.getName());
    }

    @Test
    void theServiceGivesOtherPluginsTheLastMergedImport() {
        PanelSnapshot snapshot = new PanelSnapshot("xserver", "xs1.xsrv.jp", Instant.parse("2026-05-01T00:00:00Z"),
                new ServerInfo("sv9", "sv9.xserver.jp", "", List.of("ns1.xserver.jp"), 300.0, 12.0), List.of(),
                List.of(new MailAccount("a@example.jp", 2000, 1500.5, "", List.of(), true)), List.of(), List.of());
        var api = new FakeWorkbenchApi(ServerPanelPlugin.ID, ProjectMerge.merge(Project.empty(), snapshot), null, null);
        new ServerPanelPlugin().initialize(api);
        ServerPanelService service = api.services().find(ServerPanelService.class).orElseThrow();
        assertThat(service.lastImport(api.project)).contains(snapshot);
        assertThat(service.account(api.project, "A@example.jp")).hasValueSatisfying(a -> assertThat(a.usedMb()).isEqualTo(1500.5));
        assertThat(service.lastImport(Project.empty())).isEmpty();
    }
}
