package dev.mailbench.migration.copy;

import dev.mailbench.kit.net.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to copy.
 *
 * @param folders          source folder names to copy (decoded, source separator); empty = every folder
 * @param batchMessages    messages fetched from the source per round trip
 * @param batchBytes       bytes fetched per round trip (a larger single message is fetched alone): bounds memory
 * @param maxRetries       reconnections in a row without progress before the rest of a folder is reported failed
 * @param retryDelayMillis first back-off delay; doubled after each failed attempt, at most a minute ({@link #backoff()})
 * @param folderMap        source folder → destination folder (written with the destination's separator) where the
 *                         names differ, e.g. {@code 送信済みアイテム → Sent}; other folders keep their names
 */
public record CopyOptions(List<String> folders, int batchMessages, long batchBytes, int maxRetries, long retryDelayMillis,
                          Map<String, String> folderMap) {
    public CopyOptions {
        folders = folders == null ? List.of() : List.copyOf(folders);
        folderMap = folderMap == null ? Map.of() : Map.copyOf(folderMap);
        if (batchMessages < 1 || batchBytes < 1 || maxRetries < 0 || retryDelayMillis < 0) {
            throw new IllegalArgumentException("invalid copy options");
        }
    }

    /** How long to wait before each reconnection and when to give up. */
    public Backoff backoff() {
        return Backoff.of(maxRetries, Duration.ofMillis(retryDelayMillis));
    }

    public static CopyOptions defaults() {
        return new CopyOptions(List.of(), 50, 8L << 20, 5, 1000, Map.of());
    }

    public CopyOptions withFolders(List<String> f) {
        return new CopyOptions(f, batchMessages, batchBytes, maxRetries, retryDelayMillis, folderMap);
    }

    public CopyOptions withBatch(int messages, long bytes) {
        return new CopyOptions(folders, messages, bytes, maxRetries, retryDelayMillis, folderMap);
    }

    public CopyOptions withRetries(int retries, long firstDelayMillis) {
        return new CopyOptions(folders, batchMessages, batchBytes, retries, firstDelayMillis, folderMap);
    }

    public CopyOptions withFolderMap(Map<String, String> map) {
        return new CopyOptions(folders, batchMessages, batchBytes, maxRetries, retryDelayMillis, map);
    }
}
