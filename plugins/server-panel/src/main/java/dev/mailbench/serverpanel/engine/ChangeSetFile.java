package dev.mailbench.serverpanel.engine;

import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A DNS change set on disk: what {@code panel plan|apply} reads with {@code --changes}, and what {@code apply} writes
 * for undo (the inverse changes, with the audit of the run that made them). Records and results only, never the key.
 *
 * @param servername the server the changes belong to (undo refuses another server)
 * @param written    when the file was written; null in a hand-written change set
 * @param changes    the changes, in the order they are sent
 * @param audit      the audit of the run this file undoes; empty in a hand-written change set
 */
public record ChangeSetFile(String servername, Instant written, List<DnsChange> changes, List<AuditEntry> audit) {
    public ChangeSetFile {
        changes = changes == null ? List.of() : List.copyOf(changes);
        audit = audit == null ? List.of() : List.copyOf(audit);
    }

    public static ChangeSetFile read(Path file) throws IOException {
        return Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), ChangeSetFile.class);
    }

    /**
     * Writes atomically and never over an existing file: an undo file replaced by a later run would lose the only way
     * back from the earlier one.
     */
    public void writeNew(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        AtomicFiles.write(file, (Json.pretty(this) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
