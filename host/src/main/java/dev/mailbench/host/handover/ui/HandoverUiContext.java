package dev.mailbench.host.handover.ui;

import dev.mailbench.host.handover.cli.HandoverEnvironment;
import dev.mailbench.host.project.ProjectSession;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the handover dialogs work with: the open project, the host services behind the export, the
 * default export folder from Settings and the UI language.
 */
public record HandoverUiContext(ProjectSession session, HandoverEnvironment environment,
                                Optional<Path> defaultExportDir, Locale uiLocale) {
    /** The context of the running workbench: its session, plugins, settings and UI language. */
    public static HandoverUiContext of(dev.mailbench.host.Workbench wb) {
        String exportDir = wb.settings().defaultExportDir();
        return new HandoverUiContext(wb.session(), new dev.mailbench.host.handover.cli.WorkbenchHandoverEnvironment(wb),
                exportDir.isBlank() ? Optional.empty() : Optional.of(Path.of(exportDir)), wb.locale().get());
    }

    boolean english() {
        return uiLocale != null && "en".equals(uiLocale.getLanguage());
    }

    String t(String ja, String en) {
        return english() ? en : ja;
    }
}
