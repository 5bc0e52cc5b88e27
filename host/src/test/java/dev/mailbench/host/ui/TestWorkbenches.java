package dev.mailbench.host.ui;

import dev.mailbench.host.Workbench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Workbenches for UI tests: a temporary config folder (never the user's) and a chosen plugins folder. */
final class TestWorkbenches {
    private TestWorkbenches() {
    }

    /** The sample project in the source tree (tests run with {@code host/} as working directory). */
    static Path samplePath() {
        Path sample = Path.of("..", "samples", "sample-shoji.mailbench.json").toAbsolutePath().normalize();
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("sample project not found at " + sample);
        }
        return sample;
    }

    static Path emptyPluginsDir(Path temp) throws IOException {
        return Files.createDirectories(temp.resolve("no-plugins"));
    }

    static Workbench create(Path configDir, Path pluginsDir) throws IOException {
        Files.createDirectories(configDir);
        return Workbench.create(configDir, pluginsDir);
    }

    static void close(Workbench workbench) {
        if (workbench != null) {
            workbench.close();
        }
    }
}
