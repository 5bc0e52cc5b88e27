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
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One export: assemble the sections while both templates are loaded and checked, then build the Word
 * document and the workbook (in parallel), then write both files atomically. Both files are moved into place only
 * when both are complete, so a bad template, an error or a cancel never leaves a half-done pair behind.
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
        // Both files are built in memory (a few MB even for hundreds of mailboxes) and written only when both
        // are complete: an error or a cancel leaves whatever was there before untouched. Word and Excel share
        // nothing but the (immutable) document: the workbook is built on a second thread, and both templates
        // are loaded while the sections are assembled.
        SharedProgress progress = new SharedProgress(task, (request.docx() == null ? 0 : 1) + (request.xlsx() == null ? 0 : 1));
        TaskContext wordPart = request.docx() == null ? null : progress.part();
        TaskContext excelPart = request.xlsx() == null ? null : progress.part();
        CompletableFuture<HandoverDocument> assembled = new CompletableFuture<>();
        Part<DocxHandoverWriter.Prepared> wordTemplate = request.docx() == null ? null
                : started("handover-word-template", () -> new DocxHandoverWriter().prepare(
                        HandoverTemplates.find(HandoverTemplates.Kind.DOCX, request.locale(), request.templateDir())));
        Part<byte[]> excel = request.xlsx() == null ? null : started("handover-excel", () -> {
            try {
                XlsxHandoverWriter writer = new XlsxHandoverWriter();
                XlsxHandoverWriter.Prepared template = writer.prepare(
                        HandoverTemplates.find(HandoverTemplates.Kind.XLSX, request.locale(), request.templateDir()));
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                writer.write(template, assembled.join(), out, excelPart);
                return out.toByteArray();
            } catch (Exception | Error e) {
                progress.abandon();
                throw e;
            }
        });
        HandoverDocument document;
        byte[] docxBytes = null;
        try {
            document = new HandoverAssembler().assemble(request.project(), request.provider(), request.locale(),
                    request.contributors(), request.documentVersion(), request.issued());
            assembled.complete(document);
            if (wordTemplate != null) {
                DocxHandoverWriter.Prepared template = await(wordTemplate);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                new DocxHandoverWriter().write(template, document, out, wordPart);
                docxBytes = out.toByteArray();
            }
        } catch (IOException | TemplateException | RuntimeException | Error e) {
            assembled.completeExceptionally(e);
            progress.abandon();
            awaitQuietly(wordTemplate);
            if (excel != null && e instanceof CancellationException && !task.isCancelled()) {
                await(excel); // not the user's cancel: the workbook's error stopped the Word part
            }
            awaitQuietly(excel);
            throw e;
        }
        byte[] xlsxBytes = excel == null ? null : await(excel);
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

    /** A part of the export, running on a thread of its own from now on. */
    private static <T> Part<T> started(String name, Callable<T> work) {
        Part<T> part = new Part<>(new FutureTask<>(work), name);
        part.thread.start();
        return part;
    }

    /** A part's work and its thread: waiting for a part waits for its thread to end, so none outlives the export. */
    private static final class Part<T> {
        private final FutureTask<T> task;
        private final Thread thread;

        Part(FutureTask<T> task, String name) {
            this.task = task;
            this.thread = new Thread(task, name);
            this.thread.setDaemon(true);
        }
    }

    /** A part's result, or the part's own error (a bad template, a cancel) as it was thrown. */
    private static <T> T await(Part<T> part) throws IOException, TemplateException {
        try {
            return uninterrupted(part);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof TemplateException t) {
                throw t;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Waits for an abandoned part to stop (at its next cancel check), so no thread outlives the export. */
    private static void awaitQuietly(Part<?> part) {
        if (part != null) {
            try {
                uninterrupted(part);
            } catch (ExecutionException ignored) {
                // the error that abandoned it is the one reported
            }
        }
    }

    private static <T> T uninterrupted(Part<T> part) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    part.thread.join();
                    return part.task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The export's progress as the sum of its parts (each scaled to 1000 steps), reported one call at a time:
     * the Word and Excel parts run on two threads, and the caller sees one steadily rising count. A part that
     * failed abandons the others: they see a cancel at their next check.
     */
    private static final class SharedProgress {
        private static final long SCALE = 1000;
        private final TaskContext task;
        private final long[] done;
        private int parts;
        private volatile boolean abandoned;

        SharedProgress(TaskContext task, int count) {
            this.task = task;
            this.done = new long[count];
        }

        TaskContext part() {
            int index = parts++;
            return new TaskContext() {
                @Override
                public void progress(long partDone, long partTotal, String message) {
                    report(index, partTotal <= 0 ? 0 : partDone * SCALE / partTotal, message);
                }

                @Override
                public boolean isCancelled() {
                    return abandoned || task.isCancelled();
                }
            };
        }

        void abandon() {
            abandoned = true;
        }

        private synchronized void report(int index, long scaled, String message) {
            done[index] = Math.max(done[index], scaled);
            long sum = 0;
            for (long d : done) {
                sum += d;
            }
            task.progress(sum, done.length * SCALE, message);
        }
    }
}
