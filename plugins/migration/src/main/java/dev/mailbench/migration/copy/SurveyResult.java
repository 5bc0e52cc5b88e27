package dev.mailbench.migration.copy;

import dev.mailbench.migration.model.MailboxSurvey;
import java.util.List;

/**
 * A survey as stored in the project, plus the messages over the size limit (listed for the consultant, not stored).
 */
public record SurveyResult(MailboxSurvey survey, List<OversizedMessage> overLimit, long sampleBytes, long sampleMillis) {
    public SurveyResult {
        overLimit = List.copyOf(overLimit);
    }

    public record OversizedMessage(String folder, long uid, long size) {
    }
}
