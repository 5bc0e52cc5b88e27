package dev.mailbench.api;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.nio.file.Path;

/** Sub-commands of {@code mailbench}. */
public interface CliApi {
    /** Registers a sub-command of {@code mailbench}; see {@link CliCommand}. */
    Registration registerCommand(CliCommand command);

    /**
     * Loads a project file exactly as the workbench does (migrations, line/column errors), for commands
     * that take a PROJECT argument.
     *
     * @throws java.io.IOException with a message naming the file, line and column when it cannot be read
     */
    Project loadProject(Path file) throws java.io.IOException;

    /** The provider profile of {@code project}, with its server ID and overrides applied. */
    ProviderProfile providerFor(Project project);
}
