package dev.mailbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.cli.MailbenchCommand;
import dev.mailbench.host.plugins.CommandEntry;
import dev.mailbench.host.plugins.HandoverEntry;
import dev.mailbench.host.plugins.PluginHost;
import dev.mailbench.host.plugins.PluginStatus;
import dev.mailbench.host.settings.SettingsStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins as the build assembled them in {@code dist/plugins} (every module above this one is packaged first),
 * loaded by the real host like any plugin: each jar carries its own extension index and starts, and the sample
 * plugin's panel, command and handover section arrive.
 */
class DistPluginsTest {
    private static final Path PLUGINS = Path.of(System.getProperty("mailbench.dist", "../dist")).resolve("plugins");

    @TempDir
    static Path config;

    private static Workbench workbench;

    /** As a plugin author starts it: the sample plugin too ({@code -Dmailbench.samples=true}). */
    @BeforeAll
    static void startTheHostOnDistPlugins() {
        assertThat(PLUGINS).as("built by the plugin modules' package phase").isDirectory();
        System.setProperty(PluginHost.SAMPLES_PROPERTY, "true");
        workbench = Workbench.create(config.resolve("window"), PLUGINS);
    }

    @AfterAll
    static void close() {
        System.clearProperty(PluginHost.SAMPLES_PROPERTY);
        if (workbench != null) {
            workbench.close();
        }
    }

    /** As a consultant starts it: every plugin but the sample, which is not for a customer's screen. */
    @Test
    void withoutTheSwitchTheSamplePluginStaysOffAndTheOthersStart() {
        System.clearProperty(PluginHost.SAMPLES_PROPERTY);
        try (Workbench consultant = Workbench.create(config.resolve("consultant"), PLUGINS)) {
            assertThat(consultant.plugins().plugin("hello")).hasValueSatisfying(
                    status -> assertThat(status.state()).isEqualTo(PluginStatus.State.DISABLED));
            assertThat(consultant.plugins().panels()).noneMatch(p -> p.pluginId().equals("hello"));
            assertThat(consultant.plugins().plugins()).filteredOn(p -> !p.id().equals("hello"))
                    .isNotEmpty().extracting(PluginStatus::state).containsOnly(PluginStatus.State.STARTED);
        } finally {
            System.setProperty(PluginHost.SAMPLES_PROPERTY, "true");
        }
    }

    /**
     * A library bundled in a plugin jar once brought an empty {@code META-INF/extensions.idx} that overwrote the
     * plugin's own: the plugin then loaded without its entry point. Every jar must list its own extension class.
     */
    @Test
    void everyPluginJarListsItsOwnEntryPointInItsExtensionIndex() throws IOException {
        assertThat(pluginJars()).isNotEmpty();
        for (Path jar : pluginJars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                var index = file.getJarEntry("META-INF/extensions.idx");
                assertThat(index).as("%s has META-INF/extensions.idx", jar.getFileName()).isNotNull();
                List<String> classes;
                try (var in = file.getInputStream(index)) {
                    classes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                }
                assertThat(classes).as("extension classes listed in %s", jar.getFileName()).isNotEmpty();
                for (String name : classes) {
                    assertThat(file.getJarEntry(name.replace('.', '/') + ".class"))
                            .as("%s: listed extension %s is in the jar", jar.getFileName(), name).isNotNull();
                }
            }
        }
    }

    /**
     * The server-panel plugin keeps the API key in the OS credential store through java-keyring, which the host does
     * not ship: the plugin jar bundles it with its native access (JNA, D-Bus for the Secret Service), and no second
     * slf4j beside the host's.
     */
    @Test
    void theServerPanelJarBundlesTheCredentialStoreLibrary() throws IOException {
        try (JarFile jar = new JarFile(PLUGINS.resolve("server-panel-0.1.0-SNAPSHOT.jar").toFile())) {
            assertThat(jar.getJarEntry("com/github/javakeyring/Keyring.class")).as("java-keyring").isNotNull();
            assertThat(jar.getJarEntry("com/sun/jna/Native.class")).as("JNA (Windows, macOS)").isNotNull();
            assertThat(jar.getJarEntry("org/freedesktop/secret/simple/SimpleCollection.class")).as("Secret Service (Linux)").isNotNull();
            assertThat(jar.getJarEntry("META-INF/services/org.freedesktop.dbus.spi.transport.ITransportProvider"))
                    .as("the D-Bus transport is found by ServiceLoader").isNotNull();
            assertThat(jar.stream().map(java.util.jar.JarEntry::getName)).noneMatch(n -> n.startsWith("org/slf4j/"));
        }
    }

    @Test
    void everyPluginJarStarts() throws IOException {
        for (Path jar : pluginJars()) {
            String id;
            try (JarFile file = new JarFile(jar.toFile())) {
                id = file.getManifest().getMainAttributes().getValue("Plugin-Id");
            }
            assertThat(id).as("Plugin-Id of %s", jar.getFileName()).isNotBlank();
            assertThat(workbench.plugins().plugin(id)).as("status of %s", id).hasValueSatisfying(status ->
                    assertThat(status.state()).as("%s: %s", id, status.error()).isEqualTo(PluginStatus.State.STARTED));
        }
        assertThat(workbench.plugins().plugins()).extracting(PluginStatus::state).containsOnly(PluginStatus.State.STARTED);
    }

    @Test
    void theSamplePluginContributesItsPanelCommandAndHandoverSection() {
        assertThat(workbench.plugins().panels()).anySatisfy(p -> {
            assertThat(p.pluginId()).isEqualTo("hello");
            assertThat(p.contribution().id()).isEqualTo("hello");
            assertThat(p.contribution().title().ja()).isEqualTo("ご挨拶（サンプル）");
        });
        assertThat(workbench.plugins().commands()).filteredOn(c -> c.pluginId().equals("hello"))
                .extracting(CommandEntry::command).singleElement()
                .satisfies(c -> assertThat(c.getClass().getName()).isEqualTo("dev.mailbench.hello.cli.HelloCommand"));
        assertThat(workbench.plugins().handoverContributors()).extracting(HandoverEntry::pluginId).contains("hello");
    }

    /** {@code mailbench hello} as the launcher runs it: only the plugin declaring the command starts. */
    @Test
    void helloCommandRunsFromTheCommandLineInTheUiLanguage() {
        assertThat(mailbench("ja", "hello")).isEqualTo("こんにちは。MailBench へようこそ。\n");
        assertThat(mailbench("en", "hello")).isEqualTo("Hello, and welcome to MailBench.\n");
        assertThat(mailbench("ja", "hello", sampleProject().toString())).isEqualTo("株式会社サンプル商事 様、こんにちは。\n");
    }

    private static String mailbench(String language, String... command) {
        Path configDir = config.resolve("cli-" + language);
        new SettingsStore(configDir).update(s -> s.withLanguage(language));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("--config-dir", configDir.toString(), "--plugins-dir", PLUGINS.toString()),
                Stream.of(command)).toArray(String[]::new);
        int code = MailbenchCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** The bundled sample (tests run in {@code architecture/}). */
    private static Path sampleProject() {
        return Path.of("..", "samples", "sample-shoji.mailbench.json").toAbsolutePath().normalize();
    }

    private static List<Path> pluginJars() throws IOException {
        try (Stream<Path> files = Files.list(PLUGINS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}
