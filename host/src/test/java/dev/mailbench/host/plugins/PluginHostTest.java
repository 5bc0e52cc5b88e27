package dev.mailbench.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.i18n.LocaleHolder;
import dev.mailbench.host.plugins.PluginStatus.State;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.provider.ProviderProfiles;
import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.tasks.TaskManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.RuntimeMode;

class PluginHostTest {
    @TempDir
    static Path work;

    private static PluginHost host;
    private static TaskManager tasks;
    private static SettingsStore settings;
    private static final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void startHost() throws Exception {
        Path pluginsDir = work.resolve("plugins");
        TestPlugins.buildAll(work.resolve("build"), pluginsDir);
        settings = new SettingsStore(work.resolve("config"));
        settings.update(s -> s.withDisabledPlugins(List.of("disabled-one")));
        tasks = new TaskManager(1);
        host = new PluginHost(pluginsDir, RuntimeMode.DEPLOYMENT, new ProjectSession(Project.empty(), null, null),
                new ProviderProfiles(), settings, new LocaleHolder(), tasks);
        host.addChangeListener(changes::incrementAndGet);
        host.start();
    }

    @AfterAll
    static void stopHost() {
        host.close();
        tasks.close();
    }

    private static PluginStatus status(String id) {
        return host.plugin(id).orElseThrow(() -> new AssertionError("no status for " + id + ": " + host.plugins()));
    }

    @Test
    void goodPluginWithoutPluginClassStartsWithItsRegistrations() {
        assertThat(status("good").state()).isEqualTo(State.STARTED);
        assertThat(status("good").version()).isEqualTo("1.0.0");
        assertThat(status("good").description()).isEqualTo("テスト用プラグイン good");
        assertThat(host.panels()).anySatisfy(p -> {
            assertThat(p.pluginId()).isEqualTo("good");
            assertThat(p.contribution().id()).isEqualTo("good-panel");
        });
        assertThat(host.handoverContributors()).extracting(HandoverEntry::pluginId).containsExactly("good");
        assertThat(host.commands()).singleElement().satisfies(c -> {
            assertThat(c.pluginId()).isEqualTo("good");
            assertThat(c.command().getClass().getName()).isEqualTo("good.GoodPlugin$Hello");
        });
        assertThat(changes.get()).isPositive();
    }

    @Test
    void servicesCrossPlugins() {
        assertThat(status("consumer").state()).isEqualTo(State.STARTED);
        @SuppressWarnings("unchecked")
        Function<String, String> consumer = host.serviceRegistry().find(Function.class).orElseThrow();
        assertThat(consumer.apply("consumer")).isEqualTo("consumer: こんにちは from good");
        assertThat(host.serviceRegistry().find(Supplier.class)).isPresent();
    }

    @Test
    void pluginThrowingInInitializeFailsAndIsRolledBack() {
        PluginStatus bad = status("bad-init");
        assertThat(bad.state()).isEqualTo(State.FAILED);
        assertThat(bad.error()).contains("設定ファイルが壊れています (initialize)").contains("BadInitPlugin.initialize");
        assertThat(host.panels()).noneMatch(p -> p.pluginId().equals("bad-init"));
        assertThat(host.routeContributors()).noneMatch(r -> r.pluginId().equals("bad-init"));
        assertThat(host.serviceRegistry().find(Runnable.class)).isEmpty();
    }

    @Test
    void pluginThrowingInStartOrWithAMissingClassFails() {
        assertThat(status("bad-start").state()).isEqualTo(State.FAILED);
        assertThat(status("bad-start").error()).contains("start failed on purpose");
        assertThat(status("missing-class").state()).isEqualTo(State.FAILED);
        assertThat(status("missing-class").error()).contains("does.not.Exist");
    }

    @Test
    void corruptJarFailsWithItsError() {
        PluginStatus corrupt = status("corrupt");
        assertThat(corrupt.state()).isEqualTo(State.FAILED);
        assertThat(corrupt.error()).contains("corrupt.jar").contains("ZipException");
    }

    @Test
    void disabledPluginRegistersNothing() {
        assertThat(status("disabled-one").state()).isEqualTo(State.DISABLED);
        assertThat(host.panels()).noneMatch(p -> p.pluginId().equals("disabled-one"));
        assertThat(host.commands()).noneMatch(c -> c.pluginId().equals("disabled-one"));
    }

    @Test
    void failingPanelFactoryMarksThePluginButKeepsItsOtherPanels() throws Exception {
        PanelContribution broken = host.panels().stream()
                .filter(p -> p.contribution().id().equals("broken-panel")).findFirst().orElseThrow().contribution();
        try {
            broken.factory().createPanel(null);
            throw new AssertionError("the factory should throw");
        } catch (UnsupportedOperationException e) {
            host.markPanelFailed("bad-panel", "broken-panel", e);
        }
        assertThat(status("bad-panel").state()).isEqualTo(State.FAILED);
        assertThat(status("bad-panel").error()).contains("broken-panel").contains("パネルを作れません");
        assertThat(host.panelError("bad-panel", "broken-panel")).isPresent();
        assertThat(host.panelError("bad-panel", "fine-panel")).isEmpty();
        assertThat(host.panels()).anySatisfy(p -> assertThat(p.contribution().id()).isEqualTo("fine-panel"));
        // The good plugin is unaffected.
        assertThat(status("good").state()).isEqualTo(State.STARTED);
    }

    @Test
    void panelsAreOrderedAndEnablingIsPersistedForTheNextStart() {
        List<Integer> orders = host.panels().stream().map(p -> p.contribution().order()).toList();
        assertThat(orders).isSorted();
        host.setEnabled("good", false);
        assertThat(settings.get().disabledPlugins()).contains("good", "disabled-one");
        assertThat(host.isEnabled("good")).isFalse();
        // Effective at the next start only: still running now.
        assertThat(status("good").state()).isEqualTo(State.STARTED);
        host.setEnabled("good", true);
        assertThat(new SettingsStore(work.resolve("config")).get().disabledPlugins()).containsExactly("disabled-one");
    }

    @Test
    void pf4jRunsOnItsOwnThread() {
        String name = host.onPluginThread(() -> Thread.currentThread().getName());
        assertThat(name).isEqualTo("mailbench-plugins");
        assertThat(host.plugins()).extracting(PluginStatus::id)
                .containsExactlyInAnyOrderElementsOf(Map.of("good", 1, "consumer", 1, "bad-init", 1, "bad-panel", 1,
                        "bad-start", 1, "missing-class", 1, "disabled-one", 1, "corrupt", 1).keySet());
    }
}
