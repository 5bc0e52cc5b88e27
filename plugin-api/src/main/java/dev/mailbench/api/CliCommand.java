package dev.mailbench.api;

/**
 * A top-level sub-command of {@code mailbench}, contributed by a plugin: a class annotated with picocli's
 * {@code @Command} (with a {@code name}) that implements {@code Callable<Integer>} or {@code Runnable}, or
 * groups sub-commands. plugin-api does not depend on picocli, so the annotation is checked by the host when
 * the command is registered; this type says at compile time which objects are meant as commands.
 */
public interface CliCommand {
}
