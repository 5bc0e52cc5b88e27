package dev.mailbench.api;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.nio.file.Path;

/** Sub-commands of {@code mailbench}. */
public interface CliApi {
    /** Registers a sub-command of {@code mailbench}; see {@link CliCommand}. */
    Registration registerCommand(CliCommand command);

    /**
     * Loads a project file exactly as the workbench does (migrations, line/column errors) and checks it as
     * {@code mailbench project validate} does, for commands that take a PROJECT argument: every command refuses
     * an invalid project the same way.
     *
     * @throws java.io.IOException with a message naming the file, line and column when it cannot be read
     * @throws InvalidProjectException when the project has errors; leave it to the host (see there)
     */
    Project loadProject(Path file) throws java.io.IOException;

    /** The provider profile of {@code project}, with its server ID and overrides applied. */
    ProviderProfile providerFor(Project project);
}
