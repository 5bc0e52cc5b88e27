package dev.mailbench.host;

import java.nio.file.Path;

/** Paths of the shared test inputs. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The sample customer project (surefire runs in the host module folder). */
    public static Path sample() {
        return Path.of("..", "samples", "sample-shoji.mailbench.json").toAbsolutePath().normalize();
    }

    public static Path fixture(String name) {
        return Path.of("src", "test", "resources", "fixtures", name).toAbsolutePath();
    }
}
