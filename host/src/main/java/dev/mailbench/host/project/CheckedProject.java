package dev.mailbench.host.project;

import dev.mailbench.api.model.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * A project file as every command takes it: read as the window reads it ({@link ProjectStore}), then checked as
 * {@code mailbench project validate} checks it ({@link ProjectValidator}). One path, so that no command accepts
 * a project another one refuses.
 */
public record CheckedProject(ProjectStore.Loaded loaded, List<ValidationProblem> problems) {
    public CheckedProject {
        problems = List.copyOf(problems);
    }

    public static CheckedProject load(ProjectStore store, Path file) throws ProjectFileException {
        return of(store.load(file));
    }

    public static CheckedProject of(ProjectStore.Loaded loaded) {
        return new CheckedProject(loaded, new ProjectValidator().validate(loaded.project()));
    }

    public Project project() {
        return loaded.project();
    }

    public long errorCount() {
        return problems.stream().filter(ValidationProblem::isError).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
