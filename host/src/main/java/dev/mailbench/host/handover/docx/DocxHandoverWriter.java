package dev.mailbench.host.handover.docx;

import dev.mailbench.api.TasksApi.TaskContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.host.handover.HandoverDocument;
import dev.mailbench.host.handover.HandoverTemplates.Template;
import dev.mailbench.host.handover.Placeholders;
import dev.mailbench.host.handover.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Renders a {@link HandoverDocument} into a Word template: cover, header and footer placeholders are
 * filled, and the sections replace the {@code {{sections}}} paragraph. Use {@link #prepare} first, so a
 * bad template is reported before any file is touched.
 */
public final class DocxHandoverWriter {

    /** A loaded template whose placeholders were checked. */
    public static final class Prepared {
        private final SplicedDocument doc;
        private final XWPFParagraph marker;
        private final Template template;

        private Prepared(SplicedDocument doc, XWPFParagraph marker, Template template) {
            this.doc = doc;
            this.marker = marker;
            this.template = template;
        }
    }

    /**
     * A document this large (see {@link DocxPartSplit#weight}) builds a run of its sections on a second thread, in
     * a copy of the template: the 300-mailbox project weighs about 40,000.
     */
    private static final int DEFAULT_MIN_PART_WEIGHT = 3000;

    private final int minPartWeight;

    public DocxHandoverWriter() {
        this(DEFAULT_MIN_PART_WEIGHT);
    }

    /** @param minPartWeight the least weight of sections worth building on a second thread */
    DocxHandoverWriter(int minPartWeight) {
        this.minPartWeight = minPartWeight;
    }

    public Prepared prepare(Template template) throws TemplateException {
        SplicedDocument doc;
        try {
            doc = new SplicedDocument(template.open());
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(template.describe(), "not a Word (.docx) file: " + e.getMessage(), e);
        }
        XWPFParagraph marker = DocxPlaceholderFiller.validate(doc, template.describe());
        return new Prepared(doc, marker, template);
    }

    /**
     * @param task progress (one step per section) and cancellation; a cancelled export throws
     *             {@link java.util.concurrent.CancellationException} and the stream is left unfinished
     */
    public void write(Prepared prepared, HandoverDocument document, OutputStream out, TaskContext task)
            throws IOException, TemplateException {
        List<HandoverSection> sections = document.sections();
        DocxPartSplit.Range split = DocxPartSplit.of(sections, minPartWeight).orElse(null);
        SecondPart second = split == null ? null : new SecondPart(prepared.template, document, split, task);
        try {
            SplicedDocument doc = prepared.doc;
            DocxFonts fonts = DocxFonts.fromTemplate(doc);
            DocxStyles.ensure(doc, fonts);
            DocxPlaceholderFiller.fill(doc, document.fields());
            DocxBody body = new DocxBody(doc, prepared.marker, fonts, document.locale());
            body.begin();
            // Checked while the document is still template-sized (marker out); generated text is cleaned of "{{".
            checkNoLeftover(doc, body.trailingXml(), prepared.template.describe());
            body.tableOfContents(sections);
            int total = sections.size();
            for (int i = 0; i < total; i++) {
                task.checkCancelled();
                task.progress(i, total + 1, sections.get(i).title());
                if (split != null && i == split.from()) {
                    body.placeholder(second.token, split.to() - split.from());
                    i = split.to() - 1;
                } else {
                    body.section(sections.get(i));
                }
            }
            body.end();
            task.checkCancelled();
            task.progress(total, total + 1, "Word");
            if (second != null) {
                doc.splice(second.token, second.result());
            }
            doc.write(out);
            task.progress(total + 1, total + 1, "Word");
        } finally {
            if (second != null) {
                second.stop();
            }
        }
    }

    /**
     * A run of sections built in a copy of the template on a thread of its own and saved there: building the
     * body and saving it (XMLBeans) are most of a large export's time on the main thread.
     */
    private final class SecondPart {
        private final String token = "mailbench-splice-" + UUID.randomUUID();
        private final FutureTask<byte[]> work;
        private final Thread thread;
        private volatile boolean stopped;

        SecondPart(Template template, HandoverDocument document, DocxPartSplit.Range range, TaskContext task) {
            work = new FutureTask<>(() -> build(template, document, range, task));
            thread = new Thread(work, "handover-word-part");
            thread.setDaemon(true);
            thread.start();
        }

        private byte[] build(Template template, HandoverDocument document, DocxPartSplit.Range range,
                             TaskContext task) throws IOException, TemplateException {
            Prepared copy = prepare(template);
            DocxFonts fonts = DocxFonts.fromTemplate(copy.doc);
            DocxStyles.ensure(copy.doc, fonts);
            DocxBody body = new DocxBody(copy.doc, copy.marker, fonts, document.locale());
            body.begin();
            body.startAtSection(range.from());
            String first = token + "-first";
            body.placeholder(first, 0);
            for (int i = range.from(); i < range.to(); i++) {
                if (stopped || task.isCancelled()) {
                    throw new CancellationException();
                }
                body.section(document.sections().get(i));
            }
            body.placeholder(token + "-last", 0);
            return SplicedDocument.between(SplicedDocument.documentXml(copy.doc), first, token + "-last");
        }

        /** The part's saved body elements, or its own error as it was thrown. */
        byte[] result() throws IOException, TemplateException {
            try {
                join();
                return work.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
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

        /** Stops the part at its next section if it is still running, and waits for its thread to end. */
        void stop() {
            stopped = true;
            boolean interrupted = false;
            while (true) {
                try {
                    join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void join() throws InterruptedException {
            thread.join();
        }
    }

    /** Placeholders in places we do not fill (text boxes, shapes) would reach the customer: refuse. */
    private static void checkNoLeftover(XWPFDocument doc, String trailing, String file) throws TemplateException {
        StringBuilder xml = new StringBuilder(doc.getDocument().xmlText()).append(trailing);
        for (XWPFHeader h : doc.getHeaderList()) {
            xml.append(h._getHdrFtr().xmlText());
        }
        for (XWPFFooter f : doc.getFooterList()) {
            xml.append(f._getHdrFtr().xmlText());
        }
        int at = xml.indexOf(Placeholders.OPEN);
        if (at >= 0) {
            String around = xml.substring(at, Math.min(xml.length(), at + 40));
            throw new TemplateException(file, java.util.List.of(new TemplateException.Problem(
                    TemplateException.Kind.UNKNOWN, around,
                    "テキストボックスや図形の中（未対応） / inside a text box or shape (not supported)")));
        }
    }
}
