package dev.mailbench.host.settings;

import static dev.mailbench.kit.json.PlainJsonReader.object;
import static dev.mailbench.kit.json.PlainJsonReader.string;
import static dev.mailbench.kit.json.PlainJsonReader.strings;

import dev.mailbench.kit.json.PlainJsonReader;
import dev.mailbench.kit.json.PlainJsonReader.NotPlain;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code settings.json} as MailBench writes it, without Jackson ({@link PlainJsonReader}): the window needs the
 * language, the theme and its placement before its first paint, and Jackson's set-up (some 700 classes) on that path
 * made the window wait for it. Only the plain shape {@link SettingsStore} writes is read here; anything else (a value of an unexpected
 * type, a number with a fraction, a key written twice, text after the object, a missing placement field) gives
 * empty, and the store reads the file with Jackson as always, which decides and explains what is wrong. So this
 * reader never accepts a file that Jackson would refuse, and gives the same settings for every file it accepts.
 */
final class SettingsFileReader {
    private SettingsFileReader() {
    }

    /** The settings in {@code bytes}, or empty when only Jackson should decide. */
    static Optional<AppSettings> read(byte[] bytes) {
        try {
            Object root = PlainJsonReader.read(bytes);
            return root instanceof Map<?, ?> map ? settings(map) : Optional.empty();
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    private static Optional<AppSettings> settings(Map<?, ?> root) throws NotPlain {
        return Optional.of(new AppSettings(string(root.get("language")), string(root.get("theme")),
                string(root.get("userTemplateDir")), string(root.get("defaultProjectDir")),
                string(root.get("defaultExportDir")), strings(root.get("recentProjects")),
                strings(root.get("disabledPlugins")), pluginSettings(root.get("pluginSettings")),
                windows(root.get("windows"))));
    }

    private static Map<String, Map<String, String>> pluginSettings(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> plugin : object(value).entrySet()) {
            if (plugin.getValue() == null) {
                out.put(plugin.getKey(), null);
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : object(plugin.getValue()).entrySet()) {
                values.put(entry.getKey(), string(entry.getValue()));
            }
            out.put(plugin.getKey(), values);
        }
        return out;
    }

    private static Map<String, WindowPlacement> windows(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, WindowPlacement> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> screen : object(value).entrySet()) {
            Map<String, Object> p = object(screen.getValue());
            if (p.size() != 5 || !(p.get("maximized") instanceof Boolean maximized)) {
                throw new NotPlain();
            }
            out.put(screen.getKey(), new WindowPlacement(integer(p.get("x")), integer(p.get("y")),
                    integer(p.get("width")), integer(p.get("height")), maximized));
        }
        return out;
    }

    private static int integer(Object value) throws NotPlain {
        if (value instanceof Integer n) {
            return n;
        }
        throw new NotPlain();
    }
}
