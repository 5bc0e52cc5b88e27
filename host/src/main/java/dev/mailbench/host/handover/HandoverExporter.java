package dev.mailbench.host.handover;

import dev.mailbench.api.TasksApi.TaskContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.handover.docx.DocxHandoverWriter;
import dev.mailbench.host.handover.xlsx.XlsxHandoverWriter;
import java.io.IOException;
import dev.mailbench.kit.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One export: assemble the sections, check both templates, then write both files atomically. Both
 * templates are validated before either file is written, and both files are moved into place only when
 * both are complete, so a bad template, an error or a cancel never leaves a half-done pair behind.
 */
public final class HandoverExporter {

    /**
     * @param docx       where the Word document goes; null to skip it
     * @param xlsx       where the workbook goes; null to skip it
     * @param templateDir the consultant's template folder; its files override the defaults one by one
     */
    public record Request(Project project, ProviderProfile provider, Locale locale,
                          List<HandoverContributor> contributors, Optional<Path> templateDir, Path docx, Path xlsx,
                          String documentVersion, LocalDate issued) {
        public Request {
            contributors = List.copyOf(contributors);
            templateDir = templateDir == null ? Optional.empty() : templateDir;
            locale = locale == null ? Locale.JAPANESE : locale;
            issued = issued == null ? LocalDate.now() : issued;
            documentVersion = documentVersion == null || documentVersion.isBlank()
                    ? DocumentVersion.forDate(issued) : documentVersion;
        }
    }

    public record Result(Path docx, Path xlsx, int sections, int checklistItems, List<String> warnings) {
    }

    /** A task context for callers with nobody watching (tests, scripts). */
    public static final TaskContext SILENT = new TaskContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    public Result export(Request request, TaskContext task) throws IOException, TemplateException {
        if (request.docx() == null && request.xlsx() == null) {
            throw new IllegalArgumentException("nothing to write: give a Word and/or an Excel file");
        }
        HandoverDocument document = new HandoverAssembler().assemble(request.project(), request.provider(),
                request.locale(), request.contributors(), request.documentVersion(), request.issued());
        DocxHandoverWriter docxWriter = new DocxHandoverWriter();
        XlsxHandoverWriter xlsxWriter = new XlsxHandoverWriter();
        DocxHandoverWriter.Prepared docxTemplate = request.docx() == null ? null : docxWriter.prepare(
                HandoverTemplates.find(HandoverTemplates.Kind.DOCX, request.locale(), request.templateDir()));
        XlsxHandoverWriter.Prepared xlsxTemplate = request.xlsx() == null ? null : xlsxWriter.prepare(
                HandoverTemplates.find(HandoverTemplates.Kind.XLSX, request.locale(), request.templateDir()));
        // Both files are built in memory (a few hundred KB even for hundreds of mailboxes) and written only
        // when both are complete: an error or a cancel leaves whatever was there before untouched.
        int steps = (docxTemplate == null ? 0 : 1) + (xlsxTemplate == null ? 0 : 1);
        int step = 0;
        byte[] docxBytes = null;
        byte[] xlsxBytes = null;
        if (docxTemplate != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            docxWriter.write(docxTemplate, document, out, scaled(task, step++, steps));
            docxBytes = out.toByteArray();
        }
        if (xlsxTemplate != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            xlsxWriter.write(xlsxTemplate, document, out, scaled(task, step++, steps));
            xlsxBytes = out.toByteArray();
        }
        task.checkCancelled();
        if (docxBytes != null) {
            AtomicFiles.write(request.docx(), docxBytes);
        }
        if (xlsxBytes != null) {
            AtomicFiles.write(request.xlsx(), xlsxBytes);
        }
        return new Result(request.docx(), request.xlsx(), document.sections().size(),
                document.checklistItems().size(), document.warnings());
    }

    /** Maps one writer's progress into its share of the whole export. */
    private static TaskContext scaled(TaskContext task, int index, int count) {
        return new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                long scale = 1000;
                long part = total <= 0 ? 0 : done * scale / total;
                task.progress(index * scale + part, count * scale, message);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }
}
