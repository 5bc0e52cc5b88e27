package dev.mailbench.archive.engine;

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

    public record MailboxRecord(String mailboxId, String address, InventoryRecord inventory, ArchiveRecord archive) {
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
        return with(new MailboxRecord(mailboxId, address, InventoryRecord.of(inv), old == null ? null : old.archive()));
    }

    public ArchiveProjectSection withArchive(String mailboxId, String address, ArchiveRecord archive) {
        MailboxRecord old = mailbox(mailboxId).orElse(null);
        return with(new MailboxRecord(mailboxId, address, old == null ? null : old.inventory(), archive));
    }

    private ArchiveProjectSection with(MailboxRecord r) {
        List<MailboxRecord> out = new ArrayList<>(mailboxes);
        out.removeIf(m -> m.mailboxId().equals(r.mailboxId()));
        out.add(r);
        return new ArchiveProjectSection(out);
    }
}
