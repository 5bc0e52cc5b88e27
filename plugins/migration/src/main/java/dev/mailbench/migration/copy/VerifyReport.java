package dev.mailbench.migration.copy;

import java.util.List;

/** Folder-by-folder comparison of source and destination. */
public record VerifyReport(List<FolderVerifyResult> folders, boolean cancelled) {
    public VerifyReport {
        folders = List.copyOf(folders);
    }

    /** Every source message is on the destination exactly as often as on the source. */
    public boolean matches() {
        return !cancelled && folders.stream().allMatch(FolderVerifyResult::matches);
    }

    public long missing() {
        return folders.stream().mapToLong(FolderVerifyResult::missing).sum();
    }

    public long duplicated() {
        return folders.stream().mapToLong(FolderVerifyResult::duplicated).sum();
    }

    public long extra() {
        return folders.stream().mapToLong(FolderVerifyResult::extra).sum();
    }
}
