package dev.mailbench.migration.copy;

import java.util.List;

/**
 * How to copy.
 *
 * @param folders          source folder names to copy (decoded, source separator); empty = every folder
 * @param batchMessages    messages fetched from the source per round trip
 * @param batchBytes       bytes fetched per round trip (a larger single message is fetched alone): bounds memory
 * @param maxRetries       reconnections in a row without progress before the rest of a folder is reported failed
 * @param retryDelayMillis first back-off delay; doubled after each failed attempt, at most 60 s
 */
public record CopyOptions(List<String> folders, int batchMessages, long batchBytes, int maxRetries, long retryDelayMillis) {
    public CopyOptions {
        folders = folders == null ? List.of() : List.copyOf(folders);
        if (batchMessages < 1 || batchBytes < 1 || maxRetries < 0 || retryDelayMillis < 0) {
            throw new IllegalArgumentException("invalid copy options");
        }
    }

    public static CopyOptions defaults() {
        return new CopyOptions(List.of(), 50, 8L << 20, 5, 1000);
    }

    public CopyOptions withFolders(List<String> f) {
        return new CopyOptions(f, batchMessages, batchBytes, maxRetries, retryDelayMillis);
    }

    public CopyOptions withBatch(int messages, long bytes) {
        return new CopyOptions(folders, messages, bytes, maxRetries, retryDelayMillis);
    }

    public CopyOptions withRetries(int retries, long firstDelayMillis) {
        return new CopyOptions(folders, batchMessages, batchBytes, retries, firstDelayMillis);
    }
}
