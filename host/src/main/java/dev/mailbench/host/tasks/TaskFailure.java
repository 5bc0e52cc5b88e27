package dev.mailbench.host.tasks;

import dev.mailbench.api.model.LocalizedText;
import java.time.Instant;

/** A task that ended with an error, kept so the UI can show it after the task has left the list. */
public record TaskFailure(long id, LocalizedText title, Throwable error, Instant at) {
}
