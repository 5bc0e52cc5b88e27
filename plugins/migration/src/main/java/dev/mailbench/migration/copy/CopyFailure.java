package dev.mailbench.migration.copy;

/**
 * A message that was not copied, and why.
 *
 * @param cause  the group shown in reports (a server's answer, "deleted on the source", ...)
 * @param detail what the server said about this message
 */
public record CopyFailure(String folder, long uid, long size, String cause, String detail) {
}
