package dev.mailbench.host.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds small PF4J plugin jars at test time with javax.tools, so UI tests see real plugins load and fail. */
final class TestPlugins {
    private TestPlugins() {
    }

    /** A plugin whose {@code initialize} throws {@code message}. */
    static Path failingPlugin(Path pluginsDir, String id, String message) throws IOException {
        String pkg = "test." + id.replace('-', '_');
        String source = """
                package %s;
                @org.pf4j.Extension
                public class Entry implements dev.mailbench.api.WorkbenchPlugin {
                    @Override
                    public void initialize(dev.mailbench.api.WorkbenchApi api) {
                        throw new IllegalStateException("%s");
                    }
                }
                """.formatted(pkg, message);
        return build(pluginsDir, id, "A plugin that fails on purpose", pkg, source);
    }

    /** A plugin with a panel whose factory throws ({@code broken-panel}) and one that works ({@code good-panel}). */
    static Path panelPlugin(Path pluginsDir, String id) throws IOException {
        String pkg = "test." + id.replace('-', '_');
        String source = """
                package %s;
                import dev.mailbench.api.PanelContribution;
                import dev.mailbench.api.model.LocalizedText;
                @org.pf4j.Extension
                public class Entry implements dev.mailbench.api.WorkbenchPlugin {
                    @Override
                    public void initialize(dev.mailbench.api.WorkbenchApi api) {
                        api.ui().registerPanel(new PanelContribution("broken-panel",
                                LocalizedText.of("壊れたパネル", "Broken panel"), null, "", 10, () -> {
                                    throw new IllegalStateException("panel factory failed on purpose");
                                }));
                        api.ui().registerPanel(new PanelContribution("good-panel",
                                LocalizedText.of("正常なパネル", "Good panel"), null, "", 20, () -> {
                                    javax.swing.JLabel label = new javax.swing.JLabel("動作中");
                                    label.setName("goodPanel.label");
                                    return label;
                                }));
                    }
                }
                """.formatted(pkg);
        return build(pluginsDir, id, "Panels for the UI tests", pkg, source);
    }

    private static Path build(Path pluginsDir, String id, String description, String pkg, String source)
            throws IOException {
        Path work = Files.createTempDirectory("plugin-" + id);
        Path src = work.resolve("src/" + pkg.replace('.', '/') + "/Entry.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-proc:none", "-encoding", "UTF-8", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        if (result != 0) {
            throw new IOException("cannot compile test plugin " + id);
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Description", description);
        main.putValue("Plugin-Provider", "MailBench tests");
        Files.createDirectories(pluginsDir);
        Path jar = pluginsDir.resolve(id + "-1.0.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(classes)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
            for (Path file : files) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            writeLine(out, pkg + ".Entry");
            out.closeEntry();
        }
        return jar;
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
