package dev.mailbench.migration.copy;

import dev.mailbench.api.model.LocalizedText;

/**
 * A message that was not copied, and why.
 *
 * @param cause  the group shown in reports (a server's answer, the same in both languages; "deleted on the source", ...)
 * @param detail what the server said about this message
 */
public record CopyFailure(String folder, long uid, long size, LocalizedText cause, LocalizedText detail) {
}
