package dev.mailbench.archive.route;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveProjectSection.ExportState;
import dev.mailbench.archive.engine.ArchiveProjectSection.MailboxRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "migration or archive" step of the visit route, from the archive's saved state: done when the last export of
 * every mailbox that was exported finished and its archive was re-read against the manifests without a problem;
 * findings, with the reason, when one was started and never finished, failed, was stopped, was not verified or
 * failed verification. Nothing to say while no export was started (an inventory alone is also taken for
 * migration estimates).
 */
public final class ArchiveRouteStep implements RouteStepContributor {
    @Override
    public VisitStep step() {
        return VisitStep.MIGRATION_OR_ARCHIVE;
    }

    @Override
    public String panelId() {
        return MailboxArchivePlugin.PANEL_ID;
    }

    @Override
    public Optional<StepStatus> status(Project project) {
        ArchiveProjectSection section = ArchiveProjectSection.fromPlain(project.plugins().get(MailboxArchivePlugin.ID));
        List<MailboxRecord> exported = section.mailboxes().stream()
                .filter(m -> m.lastExport() != null || m.archive() != null).toList();
        if (exported.isEmpty()) {
            return Optional.empty();
        }
        List<LocalizedText> problems = new ArrayList<>();
        for (MailboxRecord m : exported) {
            problem(m).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            return Optional.of(StepStatus.of(StepState.DONE,
                    "アーカイブ " + exported.size() + " 件のエクスポートと検証が終わっています。",
                    exported.size() + " archive(s) exported and verified."));
        }
        LocalizedText first = problems.get(0);
        int more = problems.size() - 1;
        return Optional.of(new StepStatus(StepState.FINDINGS, more == 0 ? first : LocalizedText.of(
                first.ja() + "（ほか " + more + " 件）", first.en() + " (and " + more + " more)")));
    }

    /**
     * The start page has two lines for a step; the whole explanation (what to check, which ports) stays in the
     * archive panel and the saved state.
     */
    static String firstSentenceJa(String text) {
        int end = text.indexOf('。');
        return end < 0 ? text : text.substring(0, end + 1);
    }

    static String firstSentenceEn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.;:](\\s|$)").matcher(text);
        return m.find() ? text.substring(0, m.start()) + "." : text;
    }

    /** What is left for this mailbox's archive, naming the address; empty when it is exported and verified. */
    static Optional<LocalizedText> problem(MailboxRecord m) {
        String who = m.address() == null || m.address().isBlank() ? m.mailboxId() : m.address();
        ExportState last = m.lastExport();
        if (last == null) {
            return Optional.of(LocalizedText.of(who + ": エクスポート済み、未検証です。",
                    who + ": exported, not verified."));
        }
        return switch (last.outcomeKind()) {
            case STARTED -> Optional.of(LocalizedText.of(who + ": エクスポートが終わっていません。",
                    who + ": the export did not finish."));
            case CANCELLED -> Optional.of(LocalizedText.of(who + ": エクスポートを中止しました。",
                    who + ": the export was stopped."));
            case FAILED -> Optional.of(last.reason() == null
                    ? LocalizedText.of(who + ": エクスポートに失敗しました。", who + ": the export failed.")
                    : LocalizedText.of(who + ": " + firstSentenceJa(last.reason().ja()), who + ": " + firstSentenceEn(last.reason().en())));
            case FINISHED -> last.verifiedAt() == null
                    ? Optional.of(LocalizedText.of(who + ": エクスポート済み、未検証です。", who + ": exported, not verified."))
                    : last.verifyProblems() > 0
                    ? Optional.of(LocalizedText.of(who + ": 検証で問題が " + last.verifyProblems() + " 件見つかりました。",
                            who + ": verification found " + last.verifyProblems() + " problem(s)."))
                    : Optional.empty();
        };
    }
}
