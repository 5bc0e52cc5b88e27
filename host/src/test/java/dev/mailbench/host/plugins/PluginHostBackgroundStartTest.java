package dev.mailbench.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.i18n.LocaleHolder;
import dev.mailbench.host.plugins.PluginStatus.State;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.provider.ProviderProfiles;
import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.tasks.TaskManager;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.RuntimeMode;

/** The window starts the plugins after its first paint: whatever asks for them first waits for that start. */
class PluginHostBackgroundStartTest {
    @TempDir
    Path work;

    @Test
    void whatNeedsThePluginsWaitsForTheBackgroundStartAndTheWindowHearsOfIt() throws Exception {
        Path pluginsDir = work.resolve("plugins");
        TestPlugins.buildAll(work.resolve("build"), pluginsDir);
        try (TaskManager tasks = new TaskManager(1);
             PluginHost host = new PluginHost(pluginsDir, RuntimeMode.DEPLOYMENT,
                     new ProjectSession(Project.empty(), null, null), new ProviderProfiles(),
                     new SettingsStore(work.resolve("config")), new LocaleHolder(), tasks)) {
            CountDownLatch changed = new CountDownLatch(1);
            host.addChangeListener(changed::countDown);
            assertThat(host.panels()).isEmpty();

            host.startInBackground();
            host.startInBackground(); // once only

            // No sleeping: each of these waits for the start itself.
            assertThat(host.handoverContributors()).extracting(HandoverEntry::pluginId).containsExactly("good");
            assertThat(host.commands()).extracting(CommandEntry::pluginId).containsExactly("good");
            assertThat(host.plugin("good")).map(PluginStatus::state).contains(State.STARTED);
            // plugin errors are still there to show
            assertThat(host.plugin("bad-init")).map(PluginStatus::state).contains(State.FAILED);
            assertThat(host.plugin("bad-init").orElseThrow().error()).contains("initialize");
            assertThat(host.isStarting()).isFalse();
            assertThat(host.panels()).extracting(p -> p.contribution().id()).contains("good-panel");
            assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();

            host.start(); // a later synchronous start changes nothing
            assertThat(host.handoverContributors()).hasSize(1);
        }
    }
}
