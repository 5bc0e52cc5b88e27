package dev.mailbench.migration.copy;

/**
 * One folder of a copy run.
 *
 * @param onSource     messages in the source folder
 * @param alreadyThere messages the destination already held before this run
 * @param copied       messages appended by this run
 * @param failed       messages that could not be copied (see the report's failures)
 * @param notCopied    messages left because the run was cancelled
 */
public record FolderCopyResult(String source, String destination, int onSource, int alreadyThere, int copied, int failed,
                               int notCopied, long copiedBytes) {
    public boolean complete() {
        return failed == 0 && notCopied == 0 && alreadyThere + copied >= onSource;
    }
}
