package dev.mailbench.archive.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export did. Every message the server had in the chosen folders is either archived (now or in an
 * earlier run) or listed in {@link #failures()}; none is skipped silently.
 */
public record ExportReport(List<FolderResult> folders, List<Failure> failures, boolean cancelled, Duration elapsed) {

    /**
     * @param generationDir relative to the archive root
     * @param newGeneration true when the UIDVALIDITY differs from the previous run (the folder was refetched)
     */
    public record FolderResult(String folder, String generationDir, long uidValidity, boolean newGeneration,
                               int onServer, int alreadyArchived, int fetched, long fetchedBytes) {
    }

    /** @param cause a short class of the problem (for grouping); {@code detail} the server's or system's words */
    public record Failure(String folder, long uid, String cause, String detail) {
    }

    public int fetched() {
        return folders.stream().mapToInt(FolderResult::fetched).sum();
    }

    public long fetchedBytes() {
        return folders.stream().mapToLong(FolderResult::fetchedBytes).sum();
    }

    public int onServer() {
        return folders.stream().mapToInt(FolderResult::onServer).sum();
    }

    public boolean complete() {
        return !cancelled && failures.isEmpty();
    }

    public Map<String, List<Failure>> failuresByCause() {
        Map<String, List<Failure>> out = new TreeMap<>();
        failures.forEach(f -> out.computeIfAbsent(f.cause(), k -> new java.util.ArrayList<>()).add(f));
        return out;
    }

    public FolderResult folder(String name) {
        return folders.stream().filter(f -> f.folder().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not exported: " + name));
    }

    public Map<String, Integer> fetchedPerFolder() {
        Map<String, Integer> out = new LinkedHashMap<>();
        folders.forEach(f -> out.put(f.folder(), f.fetched()));
        return out;
    }
}
