package dev.mailbench.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.RuntimeMode;

class PluginCommandIndexTest {
    @TempDir
    Path plugins;

    private void jar(String id, String commands, String dependencies) throws Exception {
        jar(id, commands, dependencies, "");
    }

    private void jar(String id, String commands, String dependencies, String uses) throws Exception {
        jar(id, commands, dependencies, uses, "");
    }

    private void jar(String id, String commands, String dependencies, String uses, String commandUses) throws Exception {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", id);
        a.putValue("Plugin-Commands", commands);
        a.putValue("Plugin-Dependencies", dependencies);
        a.putValue("Plugin-Uses", uses);
        a.putValue("Plugin-Command-Uses", commandUses);
        try (OutputStream out = Files.newOutputStream(plugins.resolve(id + "-1.0.0.jar"));
             JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
    }

    @Test
    void aDeclaredCommandNeedsOnlyItsPluginAndWhatItDependsOn() throws Exception {
        jar("mailbox-archive", "archive", "");
        jar("migration", "migrate, plan", "mail-imap-tools@>=0.1");
        jar("mail-imap-tools", "", "");
        jar("dns-check", "", "");
        Files.writeString(plugins.resolve("notes.txt"), "not a plugin");

        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "archive"))
                .containsExactlyInAnyOrder("migration", "mail-imap-tools", "dns-check");
        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "plan"))
                .containsExactlyInAnyOrder("mailbox-archive", "dns-check");
    }

    @Test
    void pluginsWhoseServicesACommandUsesStartToo() throws Exception {
        jar("migration", "migrate", "", "dns-check, mailbox-archive");
        jar("mailbox-archive", "archive", "");
        jar("dns-check", "dns", "");
        jar("client-setup", "setup", "", "mail-design");
        jar("mail-design", "design", "", "mailbox-archive");

        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "migrate"))
                .containsExactlyInAnyOrder("client-setup", "mail-design");
        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "setup"))
                .containsExactlyInAnyOrder("migration", "dns-check");
    }

    @Test
    void servicesOnlyAPluginsOwnCommandUsesStartForThatCommandOnly() throws Exception {
        jar("dns-check", "dns", "", "server-panel");
        jar("server-panel", "panel", "", "dns-check", "migration");
        jar("migration", "migrate", "", "mailbox-archive");
        jar("mailbox-archive", "archive", "");

        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "panel"))
                .as("panel … --from migration asks the migration planner, which uses the archive").isEmpty();
        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "dns"))
                .as("dns starts server-panel for its service, not what server-panel's own command uses")
                .containsExactlyInAnyOrder("migration", "mailbox-archive");
    }

    @Test
    void aCommandNoPluginDeclaresStartsThemAll() throws Exception {
        jar("mailbox-archive", "archive", "");
        jar("dns-check", "", "");

        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "dns")).isEmpty();
        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEPLOYMENT, "plugins")).isEmpty();
        assertThat(PluginCommandIndex.notNeededFor(plugins.resolve("missing"), RuntimeMode.DEPLOYMENT, "archive")).isEmpty();
    }

    @Test
    void developmentModeReadsTheModulesManifests() throws Exception {
        for (String[] p : new String[][] {{"mailbox-archive", "archive"}, {"dns-check", ""}}) {
            Path mf = plugins.resolve(p[0]).resolve("target/classes/META-INF/MANIFEST.MF");
            Files.createDirectories(mf.getParent());
            Files.writeString(mf, "Manifest-Version: 1.0\nPlugin-Id: " + p[0] + "\nPlugin-Commands: " + p[1] + "\n");
        }
        assertThat(PluginCommandIndex.notNeededFor(plugins, RuntimeMode.DEVELOPMENT, "archive")).containsExactly("dns-check");
    }
}
