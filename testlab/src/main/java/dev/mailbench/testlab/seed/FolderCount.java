package dev.mailbench.testlab.seed;

/**
 * What the seeder wrote into one folder; compare with IMAP {@code STATUS (MESSAGES UNSEEN)}.
 *
 * @param folder   IMAP name with {@code /} as separator, e.g. {@code 取引先/見積} (decoded)
 * @param messages number of messages (duplicates included)
 * @param unseen   messages without \Seen
 * @param answered messages with \Answered
 * @param flagged  messages with \Flagged
 * @param bytes    sum of the file sizes (LF line ends)
 */
public record FolderCount(String folder, int messages, int unseen, int answered, int flagged, long bytes) {

    FolderCount add(boolean seen, boolean isAnswered, boolean isFlagged, long size) {
        return new FolderCount(folder, messages + 1, unseen + (seen ? 0 : 1), answered + (isAnswered ? 1 : 0),
                flagged + (isFlagged ? 1 : 0), bytes + size);
    }
}
