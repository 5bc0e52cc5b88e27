package dev.mailbench.host.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsPersistAndRecentListIsBoundedAndDropsMissingFiles() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        assertThat(store.get().language()).isEqualTo("ja");
        store.update(s -> s.withLanguage("en").withTheme("dark"));
        Path kept = Files.createFile(dir.resolve("kept.mailbench.json"));
        for (int i = 0; i < 20; i++) {
            store.addRecentProject(Files.createFile(dir.resolve("p" + i + ".mailbench.json")));
        }
        store.addRecentProject(kept);
        assertThat(store.get().recentProjects()).hasSize(AppSettings.MAX_RECENT).first()
                .isEqualTo(kept.toAbsolutePath().toString());
        Files.delete(dir.resolve("p19.mailbench.json"));
        store.putPluginValue("dns-check", "resolver", "127.0.0.1");

        SettingsStore again = new SettingsStore(dir);
        assertThat(again.get().language()).isEqualTo("en");
        assertThat(again.get().theme()).isEqualTo("dark");
        assertThat(again.get().recentProjects()).hasSize(AppSettings.MAX_RECENT - 1)
                .doesNotContain(dir.resolve("p19.mailbench.json").toAbsolutePath().toString());
        assertThat(again.pluginValue("dns-check", "resolver")).hasValue("127.0.0.1");
        assertThat(again.pluginDataFolder("dns-check")).isDirectory().isEqualTo(dir.resolve("plugins/dns-check"));
    }

    @Test
    void configDirComesFromTheSystemProperty() {
        String old = System.getProperty("mailbench.config.dir");
        try {
            System.setProperty("mailbench.config.dir", dir.toString());
            assertThat(SettingsStore.defaultConfigDir()).isEqualTo(dir);
        } finally {
            if (old == null) {
                System.clearProperty("mailbench.config.dir");
            } else {
                System.setProperty("mailbench.config.dir", old);
            }
        }
        assertThat(SettingsStore.defaultConfigDir().toString()).containsIgnoringCase("mailbench");
    }
}
