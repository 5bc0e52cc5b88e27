package dev.mailbench.host.handover.cli;

import dev.mailbench.host.project.ProjectFileException;

/** Error texts the handover commands print, Japanese first. */
final class CliMessages {
    private CliMessages() {
    }

    static String projectError(ProjectFileException e) {
        String where = e.line() > 0 ? "（" + e.line() + " 行 " + e.column() + " 列 / line " + e.line() + ", column "
                + e.column() + "）" : "";
        return "案件ファイルを読めません / cannot read the project file: " + e.file() + where + "\n  " + e.getMessage();
    }
}
