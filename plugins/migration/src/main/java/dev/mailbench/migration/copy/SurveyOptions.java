package dev.mailbench.migration.copy;

import java.util.List;

/**
 * What to survey.
 *
 * @param sizeLimitBytes messages larger than this are listed as over the new host's limit; 0 = no limit known
 *                       (the new host's limit is the consultant's input, not a fact this tool knows)
 * @param sampleMessages at most this many messages are fetched to measure the transfer rate
 * @param sampleBytes    ... and at most this many bytes
 */
public record SurveyOptions(List<String> folders, long sizeLimitBytes, int sampleMessages, long sampleBytes) {
    public SurveyOptions {
        folders = folders == null ? List.of() : List.copyOf(folders);
        if (sizeLimitBytes < 0 || sampleMessages < 0 || sampleBytes < 0) {
            throw new IllegalArgumentException("invalid survey options");
        }
    }

    public static SurveyOptions defaults() {
        return new SurveyOptions(List.of(), 0, 20, 5L << 20);
    }

    public SurveyOptions withSizeLimit(long bytes) {
        return new SurveyOptions(folders, bytes, sampleMessages, sampleBytes);
    }

    public SurveyOptions withFolders(List<String> f) {
        return new SurveyOptions(f, sizeLimitBytes, sampleMessages, sampleBytes);
    }
}
