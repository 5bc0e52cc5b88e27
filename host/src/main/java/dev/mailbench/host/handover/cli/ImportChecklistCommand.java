package dev.mailbench.host.handover.cli;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.ChecklistMerge;
import dev.mailbench.host.handover.ChecklistMerge.Resolution;
import dev.mailbench.host.handover.ChecklistMergePreview;
import dev.mailbench.host.handover.ChecklistMergePreview.Entry;
import dev.mailbench.host.handover.ChecklistMergePreview.Fields;
import dev.mailbench.host.handover.ChecklistMergePreview.Kind;
import dev.mailbench.host.handover.DocumentFields;
import dev.mailbench.host.handover.xlsx.ChecklistImporter;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mailbench import-checklist PROJECT FILE.xlsx [--apply] [--take-sheet|--keep-project]}: shows what a
 * filled-in workbook would change; writes the project only with {@code --apply}, and with conflicts only
 * when told which side wins.
 */
@Command(name = "import-checklist", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"記入済みの Excel チェックリストを案件に取り込みます。",
                "Reads a filled-in handover workbook back into the project's checklist."})
public final class ImportChecklistCommand extends HandoverProjectCommand {
    /** Exit code when conflicts need a choice (--take-sheet / --keep-project): nothing was written. */
    public static final int CONFLICTS = 3;

    @Parameters(index = "1", paramLabel = "FILE.xlsx", description = "記入済みのブック / the filled-in workbook")
    Path workbook;

    @Option(names = "--apply", description = "案件ファイルに書き込む / write the changes into the project file")
    boolean apply;

    @ArgGroup(exclusive = true)
    ConflictChoice conflicts;

    static final class ConflictChoice {
        @Option(names = "--take-sheet", description = "競合はブックの内容を採用 / conflicts: take the workbook's values")
        boolean takeSheet;

        @Option(names = "--keep-project", description = "競合は案件の内容を維持 / conflicts: keep the project's values")
        boolean keepProject;
    }

    /** As a sub-command of {@code mailbench}: the workbench of the root command. */
    public ImportChecklistCommand() {
    }

    /** With a given environment (tests, embedding). */
    public ImportChecklistCommand(Supplier<HandoverEnvironment> environment) {
        super(environment);
    }

    @Override
    int run(HandoverEnvironment env, ProjectStore.Loaded loaded, PrintWriter out, PrintWriter err) {
        ChecklistMergePreview preview;
        try {
            preview = new ChecklistImporter().read(workbook, loaded.project());
        } catch (ChecklistImporter.ImportException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_FILE;
        }
        print(preview, out);
        preview.warnings().forEach(w -> err.println("警告 / warning: " + w));
        if (!apply) {
            if (!preview.changes().isEmpty()) {
                out.println("（--apply を付けると案件ファイルに書き込みます / add --apply to write these changes）");
            }
            return 0;
        }
        Map<String, Resolution> resolutions = new HashMap<>();
        if (conflicts != null) {
            Resolution r = conflicts.takeSheet ? Resolution.TAKE_SHEET : Resolution.KEEP_PROJECT;
            preview.ofKind(Kind.CONFLICT).forEach(e -> resolutions.put(e.itemId(), r));
        }
        try {
            Project merged = ChecklistMerge.apply(loaded.project(), preview, resolutions, Instant.now());
            if (merged.equals(loaded.project())) {
                out.println("変更はありません / nothing to change");
                return 0;
            }
            env.save(project, merged, loaded.source());
            out.println("案件ファイルを更新しました / project updated: " + project);
            return 0;
        } catch (ChecklistMerge.UnresolvedConflictsException e) {
            err.println("競合があるため書き込みませんでした。--take-sheet か --keep-project を指定してください。");
            err.println("Not written: there are conflicts; choose --take-sheet or --keep-project.");
            return CONFLICTS;
        } catch (IOException e) {
            err.println("案件ファイルに書き込めませんでした / could not write the project: " + e.getMessage());
            return ExitCodes.UNREADABLE_FILE;
        }
    }

    static void print(ChecklistMergePreview preview, PrintWriter out) {
        out.printf("変更 %d 件・競合 %d 件・変更なし %d 件・読めない行 %d 件・不明な ID %d 件%n",
                preview.ofKind(Kind.CHANGED).size(), preview.ofKind(Kind.CONFLICT).size(),
                preview.ofKind(Kind.UNCHANGED).size(), preview.ofKind(Kind.INVALID).size(),
                preview.ofKind(Kind.UNKNOWN_ID).size());
        for (Entry e : preview.entries()) {
            switch (e.kind()) {
                case CHANGED -> out.printf("  変更 CHANGED   %s  %s%n      %s → %s%n", e.itemId(), e.text(),
                        describe(e.project()), describe(e.sheet()));
                case CONFLICT -> out.printf("  競合 CONFLICT  %s  %s%n      出力時 exported: %s%n      案件 project:    %s%n"
                                + "      ブック sheet:    %s%n", e.itemId(), e.text(), describe(e.exported()),
                        describe(e.project()), describe(e.sheet()));
                case INVALID -> out.printf("  無効 INVALID   %s (%s): %s%n", e.itemId(), e.location(), e.problem());
                case UNKNOWN_ID -> out.printf("  不明 UNKNOWN   %s (%s): %s%n", e.itemId(), e.location(), e.problem());
                default -> {
                }
            }
        }
    }

    private static String describe(Fields f) {
        if (f == null) {
            return "—";
        }
        return f.status().label().get(Locale.JAPANESE) + " / " + (f.owner().isEmpty() ? "—" : f.owner()) + " / "
                + (f.due() == null ? "—" : DocumentFields.formatDate(f.due(), Locale.JAPANESE)) + " / "
                + (f.note().isEmpty() ? "—" : f.note().replace('\n', ' '));
    }
}
