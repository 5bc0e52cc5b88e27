package dev.mailbench.migration.copy;

import dev.mailbench.api.model.LocalizedText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of a copy run: per folder, failures grouped by cause, totals and the measured rate. */
public record CopyReport(List<FolderCopyResult> folders, List<CopyFailure> failures, long copiedMessages, long copiedBytes,
                         Duration elapsed, int reconnections, boolean cancelled) {
    public CopyReport {
        folders = List.copyOf(folders);
        failures = List.copyOf(failures);
    }

    /** Every source message is on the destination. */
    public boolean complete() {
        return !cancelled && failures.isEmpty() && folders.stream().allMatch(FolderCopyResult::complete);
    }

    public Map<LocalizedText, List<CopyFailure>> failuresByCause() {
        Map<LocalizedText, List<CopyFailure>> out = new LinkedHashMap<>();
        for (CopyFailure f : failures) {
            out.computeIfAbsent(f.cause(), k -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }

    public double messagesPerSecond() {
        return copiedMessages / seconds();
    }

    public double bytesPerSecond() {
        return copiedBytes / seconds();
    }

    private double seconds() {
        return Math.max(0.001, elapsed.toMillis() / 1000.0);
    }
}
