package dev.mailbench.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.pf4j.RuntimeMode;

/**
 * Which plugin provides a top-level CLI command, read from the {@code Plugin-Commands} manifest attribute
 * (the {@code plugin.commands} property of a plugin module) without loading any plugin class. A command
 * line such as {@code mailbench archive export ...} then starts only that plugin and what it depends on or
 * uses ({@code Plugin-Dependencies}, {@code Plugin-Uses}; and {@code Plugin-Command-Uses} of the plugins that declare
 * the command):
 * the others' classes, Jackson modules and picocli models stay unloaded, which is most of a short
 * command's start-up time.
 */
final class PluginCommandIndex {
    private PluginCommandIndex() {
    }

    /**
     * Ids of the plugins NOT needed for {@code command}; empty when no plugin declares it (then every plugin
     * starts, as before) or when it is unknown which plugins there are.
     */
    static Set<String> notNeededFor(Path pluginsDir, RuntimeMode mode, String command) {
        Map<String, Attributes> manifests = manifests(pluginsDir, mode);
        Set<String> needed = new HashSet<>();
        for (var e : manifests.entrySet()) {
            for (String c : list(e.getValue().getValue("Plugin-Commands"))) {
                if (c.equals(command)) {
                    needed.add(e.getKey());
                }
            }
        }
        if (needed.isEmpty()) {
            return Set.of();
        }
        // the services only the command's own plugins use for it (not followed when a plugin is started for another's
        // sake: `dns` starts server-panel, but not the migration planner that `panel … --from migration` asks)
        for (String declaring : List.copyOf(needed)) {
            for (String use : list(manifests.get(declaring).getValue("Plugin-Command-Uses"))) {
                needed.add(use.replaceFirst("[@?].*$", "").trim());
            }
        }
        // and, transitively, what they depend on ("other-plugin@>=1.0, third")
        List<String> todo = new ArrayList<>(needed);
        while (!todo.isEmpty()) {
            Attributes a = manifests.get(todo.remove(todo.size() - 1));
            List<String> deps = new ArrayList<>();
            if (a != null) {
                deps.addAll(list(a.getValue("Plugin-Dependencies")));
                // services the command may use when their plugin is there (the migration planner asks the DNS checker)
                deps.addAll(list(a.getValue("Plugin-Uses")));
            }
            for (String dep : deps) {
                String id = dep.replaceFirst("[@?].*$", "").trim();
                if (needed.add(id)) {
                    todo.add(id);
                }
            }
        }
        Set<String> others = new HashSet<>(manifests.keySet());
        others.removeAll(needed);
        return others;
    }

    /**
     * Ids of the sample plugins ({@code Plugin-Sample: true}, the {@code plugin.sample} property): they show plugin
     * authors how a plugin is made and are not for a consultant's window, so the host starts them only when asked.
     */
    static Set<String> samples(Path pluginsDir, RuntimeMode mode) {
        Set<String> samples = new HashSet<>();
        manifests(pluginsDir, mode).forEach((id, attributes) -> {
            if ("true".equalsIgnoreCase(String.valueOf(attributes.getValue("Plugin-Sample")).trim())) {
                samples.add(id);
            }
        });
        return samples;
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** plugin id → main manifest attributes, of the jars (deployment) or module folders (development). */
    private static Map<String, Attributes> manifests(Path pluginsDir, RuntimeMode mode) {
        Map<String, Attributes> out = new LinkedHashMap<>();
        if (!Files.isDirectory(pluginsDir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(pluginsDir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Manifest m = read(p, mode);
                String id = m == null ? null : m.getMainAttributes().getValue("Plugin-Id");
                if (id != null && !id.isBlank()) {
                    out.put(id.trim(), m.getMainAttributes());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // PF4J reports unreadable plugins when it loads them; here it only means "start them all"
            return Map.of();
        }
        return out;
    }

    private static Manifest read(Path p, RuntimeMode mode) throws IOException {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && (name.endsWith(".jar") || name.endsWith(".zip"))) {
            try (JarFile jar = new JarFile(p.toFile())) {
                return jar.getManifest();
            }
        }
        Path dev = p.resolve("target/classes/META-INF/MANIFEST.MF");
        if (mode == RuntimeMode.DEVELOPMENT && Files.isRegularFile(dev)) {
            try (InputStream in = Files.newInputStream(dev)) {
                return new Manifest(in);
            }
        }
        return null;
    }
}
