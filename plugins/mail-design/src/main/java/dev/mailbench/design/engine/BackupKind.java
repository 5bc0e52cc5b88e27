package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;

/** What backup of the mail exists outside the mail server. */
public enum BackupKind {
    NONE("なし・不明", "None or unknown"),
    /** The PC that keeps the mail is backed up (external disk, cloud backup, Time Machine). */
    DEVICE_BACKUP("保管用端末のバックアップあり", "The keeper device is backed up"),
    /** The mailbox is exported to a local archive on a schedule. */
    ARCHIVE_EXPORT("定期的にアーカイブを書き出している", "Exported to an archive on a schedule");

    private final String ja;
    private final String en;

    BackupKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return LocalizedText.of(ja, en);
    }

    /** A copy that survives the loss of the PC or of the server copy. */
    public boolean isReal() {
        return this != NONE;
    }
}
