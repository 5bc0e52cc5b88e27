package dev.mailbench.archive.engine;

import java.util.Locale;

/** How messages are laid out on disk. */
public enum ArchiveFormat {
    /** One {@code messages.mbox} per folder generation, mboxrd quoting (reversible). */
    MBOX,
    /** One {@code <UID>.eml} file per message. */
    EML,
    /** Maildir {@code cur/ new/ tmp/}, flags in the file names. */
    MAILDIR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArchiveFormat parse(String s) {
        for (ArchiveFormat f : values()) {
            if (f.id().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format: " + s + " (mbox, eml, maildir)");
    }
}
