package dev.mailbench.testlab.seed;

import java.util.Map;

/**
 * Expected counts after seeding.
 *
 * @param user          the address seeded
 * @param folders       per folder (IMAP names, insertion order = folder order), empty folders included
 * @param messages      total messages
 * @param withoutMessageId messages written without a Message-ID header
 * @param duplicates    exact byte-for-byte duplicates of the message before them
 * @param withAttachment messages with a 0.2-2 MB attachment
 * @param bytes         total bytes written
 * @param millis        wall time of the seeding
 */
public record SeedResult(String user, Map<String, FolderCount> folders, int messages, int withoutMessageId,
                         int duplicates, int withAttachment, long bytes, long millis) {

    public FolderCount folder(String name) {
        FolderCount c = folders.get(name);
        if (c == null) {
            throw new IllegalArgumentException("not a seeded folder: " + name);
        }
        return c;
    }

    /** Human-readable table, one folder per line: name, messages, unseen, answered, flagged, bytes. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("folder\tmessages\tunseen\tanswered\tflagged\tbytes\n");
        folders.values().forEach(f -> sb.append(f.folder()).append('\t').append(f.messages()).append('\t')
                .append(f.unseen()).append('\t').append(f.answered()).append('\t').append(f.flagged()).append('\t')
                .append(f.bytes()).append('\n'));
        sb.append("TOTAL\t").append(messages).append("\t(no Message-ID: ").append(withoutMessageId)
                .append(", duplicates: ").append(duplicates).append(", with attachment: ").append(withAttachment)
                .append(")\t").append(bytes).append(" bytes in ").append(millis).append(" ms\n");
        return sb.toString();
    }
}
