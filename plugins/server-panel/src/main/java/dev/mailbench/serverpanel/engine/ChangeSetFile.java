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
 * A change set on disk: what {@code panel plan|apply} reads with {@code --changes} (and {@code plan --save} writes),
 * and what {@code apply} writes for undo (the inverse changes, with the audit of the run that made them). DNS changes
 * alone, or the steps of a proposal (DNS and mail-account requests, e.g. the migration plan's). Records and results
 * only, never the key or a password.
 *
 * @param servername the server the changes belong to (undo refuses another server)
 * @param written    when the file was written; null in a hand-written change set
 * @param changes    DNS changes, in the order they are sent
 * @param audit      the audit of the run this file undoes; empty in a hand-written change set
 * @param steps      a proposal's requests, in the order they are sent (a file holds these or {@code changes})
 */
public record ChangeSetFile(String servername, Instant written, List<DnsChange> changes, List<AuditEntry> audit,
                            List<ProposalStep> steps) {
    public ChangeSetFile {
        changes = changes == null ? List.of() : List.copyOf(changes);
        audit = audit == null ? List.of() : List.copyOf(audit);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public ChangeSetFile(String servername, Instant written, List<DnsChange> changes, List<AuditEntry> audit) {
        this(servername, written, changes, audit, List.of());
    }

    /** A proposal's steps (its plan, or the inverse of a run). */
    public static ChangeSetFile ofSteps(String servername, Instant written, List<ProposalStep> steps, List<AuditEntry> audit) {
        return new ChangeSetFile(servername, written, List.of(), audit, steps);
    }

    /** Whether this is a proposal's change set (mail-account requests possible), not DNS changes alone. */
    public boolean holdsSteps() {
        return !steps.isEmpty();
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
