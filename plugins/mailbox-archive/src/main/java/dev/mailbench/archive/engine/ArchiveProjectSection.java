package dev.mailbench.archive.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plugin keeps in the project file ({@code plugins.mailbox-archive}): per mailbox the last inventory
 * and the last archive (where it is, counts, sizes, manifest hashes). Never a password.
 */
public record ArchiveProjectSection(List<MailboxRecord> mailboxes) {
    public ArchiveProjectSection {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    }

    /** @param lastExport how the last export of this mailbox went; null before one was started (or in older files) */
    public record MailboxRecord(String mailboxId, String address, InventoryRecord inventory, ArchiveRecord archive,
                                ExportState lastExport) {
        public MailboxRecord(String mailboxId, String address, InventoryRecord inventory, ArchiveRecord archive) {
            this(mailboxId, address, inventory, archive, null);
        }
    }

    /**
     * How the last export of a mailbox went, for the visit route and the next visit.
     *
     * @param outcome        {@link Outcome} name: an export still marked STARTED was never finished (closed or crashed)
     * @param at             when it started or ended (ISO instant)
     * @param reason         why it failed or was stopped; null otherwise
     * @param verifiedAt     when the archive was re-read against its manifests after the export; null when it was not
     * @param verifyProblems what that re-reading found wrong (0 = every message as written)
     */
    public record ExportState(String outcome, String at, LocalizedText reason, String verifiedAt, int verifyProblems) {
        public enum Outcome { STARTED, FAILED, CANCELLED, FINISHED }

        public static ExportState started(java.time.Instant at) {
            return new ExportState(Outcome.STARTED.name(), at.toString(), null, null, 0);
        }

        public static ExportState failed(java.time.Instant at, LocalizedText reason) {
            return new ExportState(Outcome.FAILED.name(), at.toString(), reason, null, 0);
        }

        public static ExportState cancelled(java.time.Instant at) {
            return new ExportState(Outcome.CANCELLED.name(), at.toString(), null, null, 0);
        }

        /** @param verified the archive re-read after the export; null when it could not be */
        public static ExportState finished(java.time.Instant at, java.time.Instant verifiedAt, int verifyProblems) {
            return new ExportState(Outcome.FINISHED.name(), at.toString(), null,
                    verifiedAt == null ? null : verifiedAt.toString(), verifyProblems);
        }

        /** Unknown outcomes (a newer version's) read as STARTED: not finished as far as this version can tell. */
        public Outcome outcomeKind() {
            try {
                return outcome == null ? Outcome.STARTED : Outcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                return Outcome.STARTED;
            }
        }
    }

    public record InventoryRecord(String measuredAt, int periodDays, int messages, long bytes, long largestBytes,
                                  long quotaUsedBytes, long quotaLimitBytes, List<FolderRecord> folders) {
        /** {@code periodDays} is 0 when the server gave no dates (POP3): the volume per day is then unknown. */
        public static InventoryRecord of(Inventory inv) {
            boolean dated = inv.folders().stream().anyMatch(f -> f.oldest() != null);
            return new InventoryRecord(inv.measuredAt().toString(), dated ? inv.periodDays() : 0, inv.messages(), inv.bytes(),
                    inv.largestBytes(), inv.quotaUsedBytes(), inv.quotaLimitBytes(),
                    inv.folders().stream().map(f -> new FolderRecord(f.name(), f.messages(), f.bytes())).toList());
        }
    }

    public record FolderRecord(String name, int messages, long bytes) {
    }

    /** @param protocol {@code imap} or {@code pop3}; null in records written before POP3 archives existed (= imap) */
    public record ArchiveRecord(String path, String format, String exportedAt, int messages, long bytes,
                                List<ManifestRecord> manifests, String protocol) {
        public static ArchiveRecord of(ArchiveSummary s, java.time.Instant at) {
            return new ArchiveRecord(s.root().toString(), s.format().id(), at.toString(), s.messages(), s.bytes(),
                    s.folders().stream().map(f -> new ManifestRecord(f.name(), f.messages(), f.bytes(), f.manifestSha256())).toList(),
                    s.protocol());
        }

        public boolean pop3() {
            return ArchiveIndex.POP3.equals(protocol);
        }
    }

    public record ManifestRecord(String folder, int messages, long bytes, String sha256) {
    }

    public static ArchiveProjectSection fromPlain(Object plain) {
        if (plain == null) {
            return new ArchiveProjectSection(List.of());
        }
        if (plain instanceof ArchiveProjectSection s) {
            return s;
        }
        try {
            return Json.convert(plain, ArchiveProjectSection.class);
        } catch (IllegalArgumentException unreadable) {
            // written by a newer version: show nothing rather than guess
            return new ArchiveProjectSection(List.of());
        }
    }

    public Map<String, Object> toPlain() {
        return Json.toPlain(this);
    }

    public Optional<MailboxRecord> mailbox(String mailboxId) {
        return mailboxes.stream().filter(m -> m.mailboxId().equals(mailboxId)).findFirst();
    }

    public ArchiveProjectSection withInventory(String mailboxId, String address, Inventory inv) {
        MailboxRecord old = mailbox(mailboxId).orElse(null);
        return with(new MailboxRecord(mailboxId, address, InventoryRecord.of(inv), old == null ? null : old.archive(),
                old == null ? null : old.lastExport()));
    }

    public ArchiveProjectSection withArchive(String mailboxId, String address, ArchiveRecord archive) {
        MailboxRecord old = mailbox(mailboxId).orElse(null);
        return with(new MailboxRecord(mailboxId, address, old == null ? null : old.inventory(), archive,
                old == null ? null : old.lastExport()));
    }

    public ArchiveProjectSection withExportState(String mailboxId, String address, ExportState state) {
        MailboxRecord old = mailbox(mailboxId).orElse(null);
        return with(new MailboxRecord(mailboxId, address, old == null ? null : old.inventory(),
                old == null ? null : old.archive(), state));
    }

    private ArchiveProjectSection with(MailboxRecord r) {
        List<MailboxRecord> out = new ArrayList<>(mailboxes);
        out.removeIf(m -> m.mailboxId().equals(r.mailboxId()));
        out.add(r);
        return new ArchiveProjectSection(out);
    }
}
