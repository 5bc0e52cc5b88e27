package dev.mailbench.api;

/** Sub-commands of {@code mailbench}. */
public interface CliApi {
    /** Registers a picocli command object (annotated with {@code @Command}). */
    Registration registerCommand(Object picocliCommand);
}
