package dev.mailbench.host.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines that only open the window ({@code mailbench}, {@code mailbench FILE.mailbench.json --tab dns}),
 * recognised without picocli: building picocli's model of every command and the plugins' commands took about a
 * third of the start-up (see bench/startup.sh). Anything else (a sub-command, help, an unknown or invalid option, a
 * project name that could be a command) is left to picocli, which parses it and explains its errors as before.
 *
 * @param configDir  {@code --config-dir}, or null
 * @param pluginsDir {@code --plugins-dir}, or null
 */
public record GuiCommandLine(GuiOptions options, Path configDir, Path pluginsDir) {

    /** Empty when {@code args} is not a plain window start (picocli decides then). */
    public static Optional<GuiCommandLine> parse(String[] args) {
        String project = null;
        String screenshot = null;
        String tab = null;
        String theme = null;
        String language = null;
        String configDir = null;
        String pluginsDir = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            if (!name.startsWith("-")) {
                // A command name is a word of [a-z-]; a project file names its folder or extension. A bare word
                // stays picocli's, so "mailbench dns" is always the command.
                if (project != null || !(a.contains(".") || a.contains("/") || a.contains("\\"))) {
                    return Optional.empty();
                }
                project = a;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (name) {
                case "--screenshot" -> screenshot = once(screenshot, value);
                case "--tab" -> tab = once(tab, value);
                case "--theme" -> theme = once(theme, value);
                case "--lang" -> language = once(language, value);
                case "--config-dir" -> configDir = once(configDir, value);
                case "--plugins-dir" -> pluginsDir = once(pluginsDir, value);
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (DUPLICATE.equals(screenshot) || DUPLICATE.equals(tab) || DUPLICATE.equals(theme) || DUPLICATE.equals(language)
                || DUPLICATE.equals(configDir) || DUPLICATE.equals(pluginsDir)) {
            return Optional.empty();
        }
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            return Optional.empty();
        }
        if (language != null && !language.equals("ja") && !language.equals("en")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GuiCommandLine(
                    new GuiOptions(project == null ? null : Path.of(project), screenshot == null ? null : Path.of(screenshot), tab, theme, language),
                    configDir == null ? null : Path.of(configDir), pluginsDir == null ? null : Path.of(pluginsDir)));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** An option given twice: picocli's message explains it. */
    private static final String DUPLICATE = "\0duplicate";

    private static String once(String old, String value) {
        return old == null ? value : DUPLICATE;
    }
}
