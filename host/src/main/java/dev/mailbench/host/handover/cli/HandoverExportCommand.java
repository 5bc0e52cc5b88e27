package dev.mailbench.host.handover.cli;

import dev.mailbench.host.handover.DocumentVersion;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.HandoverFileNames;
import dev.mailbench.host.handover.TemplateException;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mailbench export PROJECT --docx FILE --xlsx FILE [--lang ja|en] [--template DIR]}. */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"引き渡し資料（Word と Excel）を出力します。", "Writes the handover documents (Word and Excel)."})
public final class HandoverExportCommand extends HandoverProjectCommand {
    public enum Language { ja, en }

    @Option(names = "--docx", paramLabel = "FILE", description = "Word の出力先 / Word output file")
    Path docx;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Excel の出力先 / Excel output file")
    Path xlsx;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja",
            description = "言語 / language (default: ${DEFAULT-VALUE})")
    Language language;

    @Option(names = "--template", paramLabel = "DIR",
            description = "テンプレートのフォルダー（既定を上書き） / template folder overriding the defaults")
    Path templateDir;

    @Option(names = "--doc-version", paramLabel = "TEXT", description = "文書バージョン / document version")
    String documentVersion;

    /** As a sub-command of {@code mailbench}: the workbench of the root command. */
    public HandoverExportCommand() {
    }

    /** With a given environment (tests, embedding). */
    public HandoverExportCommand(Supplier<HandoverEnvironment> environment) {
        super(environment);
    }

    @Override
    int run(HandoverEnvironment env, ProjectStore.Loaded loaded, PrintWriter out, PrintWriter err) {
        Locale locale = language == Language.en ? Locale.ENGLISH : Locale.JAPANESE;
        LocalDate today = LocalDate.now();
        Path folder = project.toAbsolutePath().getParent();
        Path docxOut = docx;
        Path xlsxOut = xlsx;
        if (docxOut == null && xlsxOut == null) {
            docxOut = folder.resolve(HandoverFileNames.docx(loaded.project(), locale, today));
            xlsxOut = folder.resolve(HandoverFileNames.xlsx(loaded.project(), locale, today));
        }
        Optional<Path> templates = Optional.ofNullable(templateDir).or(env::userTemplateDir);
        var request = new HandoverExporter.Request(loaded.project(), env.provider(loaded.project()), locale,
                env.contributors(), templates, docxOut, xlsxOut,
                documentVersion == null ? DocumentVersion.now() : documentVersion, today);
        try {
            HandoverExporter.Result result = new HandoverExporter().export(request, HandoverExporter.SILENT);
            result.warnings().forEach(w -> err.println("警告 / warning: " + w));
            if (result.docx() != null) {
                out.println("Word:  " + result.docx());
            }
            if (result.xlsx() != null) {
                out.println("Excel: " + result.xlsx());
            }
            out.printf("%d セクション / sections, %d チェック項目 / checklist items%n", result.sections(),
                    result.checklistItems());
            return 0;
        } catch (TemplateException e) {
            err.println(e.getMessage());
            return ExitCodes.UNREADABLE_FILE;
        } catch (IOException e) {
            err.println("書き込めませんでした / could not write: " + e.getMessage());
            return ExitCodes.UNREADABLE_FILE;
        }
    }
}
