package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuiCommandLineTest {
    private static GuiCommandLine window(String... args) {
        return GuiCommandLine.parse(args).orElseThrow(() -> new AssertionError("not taken as a window start"));
    }

    @Test
    void noArgumentsOpensTheWindow() {
        GuiCommandLine c = window();
        assertThat(c.options()).isEqualTo(GuiOptions.none());
        assertThat(c.configDir()).isNull();
        assertThat(c.pluginsDir()).isNull();
    }

    @Test
    void aProjectFileWithEveryWindowOptionInBothSpellings() {
        GuiCommandLine c = window("samples/sample-shoji.mailbench.json", "--tab", "dns-check", "--theme=dark",
                "--lang", "en", "--screenshot=shot.png", "--config-dir", "/tmp/c", "--plugins-dir=/tmp/p");
        assertThat(c.options()).isEqualTo(new GuiOptions(Path.of("samples/sample-shoji.mailbench.json"),
                Path.of("shot.png"), "dns-check", "dark", "en"));
        assertThat(c.configDir()).isEqualTo(Path.of("/tmp/c"));
        assertThat(c.pluginsDir()).isEqualTo(Path.of("/tmp/p"));
        assertThat(window("--lang", "ja", "customer.json").options().project()).isEqualTo(Path.of("customer.json"));
    }

    @Test
    void commandsHelpAndMistakesAreLeftToPicocli() {
        // sub-commands, the host's and the plugins' (a bare word is always a command), with options after them
        assertThat(GuiCommandLine.parse(new String[] {"project", "validate", "x.mailbench.json"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"dns"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--config-dir", "/tmp/c", "plugins", "list"})).isEmpty();
        // help and version
        assertThat(GuiCommandLine.parse(new String[] {"--help"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"-V"})).isEmpty();
        // what picocli explains: invalid values, unknown or repeated options, a missing value, two projects
        assertThat(GuiCommandLine.parse(new String[] {"--lang", "fr"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--theme=blue"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--key", "secret"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--tab", "route", "--tab", "design"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"a.json", "--tab"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--tab", "--lang", "ja"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"a.json", "b.json"})).isEmpty();
        assertThat(GuiCommandLine.parse(new String[] {"--", "a.json"})).isEmpty();
    }
}
