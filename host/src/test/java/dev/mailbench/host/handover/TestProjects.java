package dev.mailbench.host.handover;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.provider.ProviderProfiles;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample customer project (read by the host's ProjectStore) and the Xserver profile resolved for it. */
public final class TestProjects {
    private static final ProviderProfiles PROFILES = new ProviderProfiles();

    private TestProjects() {
    }

    public static Path sampleFile() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples/sample-shoji.mailbench.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/sample-shoji.mailbench.json not found from " + here);
    }

    public static Project sample() {
        try {
            return new ProjectStore().load(sampleFile()).project();
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProviderProfile xserver(String serverId) {
        return PROFILES.resolve(new ProviderRef("xserver", serverId, Map.of()));
    }

}
