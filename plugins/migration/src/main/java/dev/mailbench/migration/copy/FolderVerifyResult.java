package dev.mailbench.migration.copy;

import java.util.List;

/**
 * One folder compared.
 *
 * @param missing    source messages the destination lacks
 * @param duplicated messages the destination holds more often than the source
 * @param extra      destination messages the source never had (e.g. mail delivered to the new host after the switch);
 *                   reported, not an error
 * @param examples   a few identities of missing or duplicated messages, for the report
 */
public record FolderVerifyResult(String source, String destination, boolean destinationExists, int onSource,
                                 int onDestination, int missing, int duplicated, int extra, List<String> examples) {
    public FolderVerifyResult {
        examples = List.copyOf(examples);
    }

    public boolean matches() {
        return destinationExists && missing == 0 && duplicated == 0;
    }
}
