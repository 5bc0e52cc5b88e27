package dev.mailbench.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds real PF4J plugin jars for tests: compiles sources against the test class path with PF4J's
 * annotation processor (so {@code META-INF/extensions.idx} comes from the processor, as in the real
 * build), and writes a jar with the {@code Plugin-*} manifest.
 */
public final class TestPlugins {
    private TestPlugins() {
    }

    /** A plugin that registers a panel, a handover section, a CLI command and a service. */
    public static final String GOOD = """
            package good;
            import dev.mailbench.api.*;
            import java.util.Optional;
            import java.util.function.Supplier;
            @org.pf4j.Extension
            public class GoodPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.ui().registerPanel(new PanelContribution("good-panel",
                        dev.mailbench.api.model.LocalizedText.of("良いパネル", "Good panel"), null, null, 10,
                        scope -> new javax.swing.JLabel("good")));
                    api.handover().registerSection(ctx -> Optional.empty());
                    api.cli().registerCommand(new Hello());
                    api.services().provide(Supplier.class, (Supplier<String>) () -> "こんにちは from good");
                    api.log().info("good plugin ready");
                }
                @picocli.CommandLine.Command(name = "hello", description = "says hello")
                public static class Hello implements java.util.concurrent.Callable<Integer>, CliCommand {
                    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
                    @Override public Integer call() { spec.commandLine().getOut().println("hello from good plugin"); return 0; }
                }
            }
            """;

    /** Finds the good plugin's service lazily, when called: services cross plugins. */
    public static final String CONSUMER = """
            package consumer;
            import dev.mailbench.api.*;
            import java.util.function.Function;
            import java.util.function.Supplier;
            @org.pf4j.Extension
            public class ConsumerPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    ServicesApi services = api.services();
                    api.services().provide(Function.class, (Function<String, String>) s ->
                        s + ": " + services.find(Supplier.class).map(Supplier::get).orElse("none"));
                }
            }
            """;

    public static final String THROWS_IN_INITIALIZE = """
            package badinit;
            import dev.mailbench.api.*;
            @org.pf4j.Extension
            public class BadInitPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.ui().registerPanel(new PanelContribution("half-done",
                        dev.mailbench.api.model.LocalizedText.of("途中", "Half"), null, null, 0,
                        scope -> new javax.swing.JLabel("x")));
                    api.services().provide(Runnable.class, () -> { });
                    api.route().registerStep(new dev.mailbench.api.route.RouteStepContributor() {
                        public dev.mailbench.api.route.VisitStep step() { return dev.mailbench.api.route.VisitStep.DNS; }
                        public java.util.Optional<dev.mailbench.api.route.StepStatus> status(dev.mailbench.api.model.Project p) {
                            return java.util.Optional.empty();
                        }
                    });
                    throw new IllegalStateException("設定ファイルが壊れています (initialize)");
                }
            }
            """;

    public static final String PANEL_THROWS = """
            package badpanel;
            import dev.mailbench.api.*;
            @org.pf4j.Extension
            public class BadPanelPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.ui().registerPanel(new PanelContribution("broken-panel",
                        dev.mailbench.api.model.LocalizedText.of("壊れたパネル", "Broken panel"), null, null, 20,
                        scope -> { throw new UnsupportedOperationException("パネルを作れません"); }));
                    api.ui().registerPanel(new PanelContribution("fine-panel",
                        dev.mailbench.api.model.LocalizedText.of("正常なパネル", "Fine panel"), null, null, 30,
                        scope -> new javax.swing.JLabel("fine")));
                }
            }
            """;

    /**
     * A panel that lives by its scope, as every plugin panel should: a project and a locale listener owned by the
     * scope, scope project/locale callbacks, a text bound with {@code api.i18n().bind} and one it computes. What
     * happened is counted and offered as a {@code ToIntFunction<String>} service, for the test to read.
     */
    public static final String SCOPED_PANEL = """
            package scoped;
            import dev.mailbench.api.*;
            import dev.mailbench.api.model.LocalizedText;
            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.function.ToIntFunction;
            import javax.swing.JLabel;
            import javax.swing.JPanel;
            @org.pf4j.Extension
            public class ScopedPanelPlugin implements WorkbenchPlugin {
                private final Map<String, Integer> counts = new ConcurrentHashMap<>();
                private void count(String what) { counts.merge(what, 1, Integer::sum); }
                @Override public void initialize(WorkbenchApi api) {
                    api.services().provide(ToIntFunction.class, (ToIntFunction<String>) what -> counts.getOrDefault(what, 0));
                    api.ui().registerPanel(new PanelContribution("scoped-panel",
                        LocalizedText.of("スコープのパネル", "Scoped panel"), null, null, 40, scope -> {
                            count("built");
                            JPanel panel = new JPanel();
                            JLabel greeting = api.i18n().bind(new JLabel(), LocalizedText.of("こんにちは", "Hello"));
                            greeting.setName("scoped.greeting");
                            JLabel language = new JLabel(api.i18n().text("言語: 日本語", "Language: English"));
                            language.setName("scoped.language");
                            panel.add(greeting);
                            panel.add(language);
                            scope.own(api.project().addListener(e -> count("project:" + e.kind())));
                            scope.own(api.i18n().addLocaleListener(l -> count("locale")));
                            scope.onProjectEvent(e -> count("scope-project:" + e.kind()));
                            scope.onLocaleChanged(l -> language.setText(api.i18n().text("言語: 日本語", "Language: English")));
                            scope.onDispose(() -> count("disposed"));
                            return panel;
                        }));
                }
            }
            """;

    public static final String THROWS_IN_START = """
            package badstart;
            public class BadStartPlugin extends org.pf4j.Plugin {
                @Override public void start() { throw new IllegalStateException("start failed on purpose"); }
            }
            """;

    /**
     * A command taking a PROJECT as the design and migration plugins' commands do: {@code api.cli().loadProject},
     * an unreadable file reported by the command itself (exit 2), nothing of its own for an invalid project.
     */
    public static final String PROJECT_READER = """
            package reader;
            import dev.mailbench.api.*;
            import dev.mailbench.api.model.Project;
            @org.pf4j.Extension
            public class ReaderPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.cli().registerCommand(new Read(api));
                }
                @picocli.CommandLine.Command(name = "read-project")
                public static class Read implements java.util.concurrent.Callable<Integer>, CliCommand {
                    private final WorkbenchApi api;
                    Read(WorkbenchApi api) { this.api = api; }
                    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
                    @picocli.CommandLine.Parameters(index = "0") java.nio.file.Path file;
                    @picocli.CommandLine.Option(names = "--lang", defaultValue = "ja") String lang;
                    @picocli.CommandLine.Option(names = "--json") boolean json;
                    @Override public Integer call() {
                        Project p;
                        try {
                            p = api.cli().loadProject(file);
                        } catch (java.io.IOException e) {
                            spec.commandLine().getErr().println("cannot read the project: " + e.getMessage());
                            return 2;
                        }
                        spec.commandLine().getOut().println(p.mailboxes().size() + " mailboxes");
                        return 0;
                    }
                }
            }
            """;

    public static final String DISABLED = """
            package disabled;
            import dev.mailbench.api.*;
            @org.pf4j.Extension
            public class DisabledPlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.cli().registerCommand(new CliCommand() { });
                    throw new AssertionError("a disabled plugin must not be initialized");
                }
            }
            """;

    /**
     * Compiles {@code source} (one class, package derived from its {@code package} line) into a plugin jar
     * {@code <pluginsDir>/<id>-<version>.jar}.
     *
     * @param pluginClass the {@code Plugin-Class} manifest value; empty for none
     */
    public static Path build(Path work, Path pluginsDir, String id, String pluginClass, String source) throws IOException {
        Path src = work.resolve(id + "-src");
        Path classes = work.resolve(id + "-classes");
        Files.createDirectories(classes);
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst().orElseThrow()
                .replace("package ", "").replace(";", "").trim();
        String cls = source.lines().filter(l -> l.contains("public class ")).findFirst().orElseThrow()
                .replaceAll(".*public class (\\w+).*", "$1");
        Path file = src.resolve(pkg.replace('.', '/')).resolve(cls + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file.toFile());
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor",
                    "-encoding", "UTF-8", "--release", "17");
            boolean ok = compiler.getTask(diagnostics, files, null, options, null, units).call();
            assertThat(ok).as("compiling %s: %s", id, diagnostics).isTrue();
        }
        if (source.contains("@org.pf4j.Extension")) {
            assertThat(classes.resolve("META-INF/extensions.idx")).as("extensions.idx from the processor").exists();
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Class", pluginClass);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Provider", "Test");
        main.putValue("Plugin-Dependencies", "");
        main.putValue("Plugin-Description", "テスト用プラグイン " + id);
        Files.createDirectories(pluginsDir);
        Path jar = pluginsDir.resolve(id + "-1.0.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            List<Path> entries = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
            for (Path entry : entries) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(entry));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    /** The standard set used by the plugin host and CLI tests. */
    public static Map<String, Path> buildAll(Path work, Path pluginsDir) throws IOException {
        Map<String, Path> jars = new java.util.LinkedHashMap<>();
        jars.put("good", build(work, pluginsDir, "good", "", GOOD));
        jars.put("consumer", build(work, pluginsDir, "consumer", "", CONSUMER));
        jars.put("bad-init", build(work, pluginsDir, "bad-init", "", THROWS_IN_INITIALIZE));
        jars.put("bad-panel", build(work, pluginsDir, "bad-panel", "", PANEL_THROWS));
        jars.put("bad-start", build(work, pluginsDir, "bad-start", "badstart.BadStartPlugin", THROWS_IN_START));
        jars.put("missing-class", build(work, pluginsDir, "missing-class", "does.not.Exist", CONSUMER.replace("package consumer", "package missing")));
        jars.put("disabled-one", build(work, pluginsDir, "disabled-one", "", DISABLED));
        Path corrupt = pluginsDir.resolve("corrupt.jar");
        Files.write(corrupt, "PK\u0003\u0004 this is not really a zip file".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        jars.put("corrupt", corrupt);
        return jars;
    }
}
