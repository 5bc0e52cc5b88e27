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
        SplicedDocument doc = prepared.doc;
        DocxFonts fonts = DocxFonts.fromTemplate(doc);
        DocxStyles.ensure(doc, fonts);
        DocxPlaceholderFiller.fill(doc, document.fields());
        DocxBody body = new DocxBody(doc, prepared.marker, fonts, document.locale());
        body.begin();
        // Checked while the document is still template-sized (marker out); generated text is cleaned of "{{".
        checkNoLeftover(doc, body.trailingXml(), prepared.template.describe());
        body.tableOfContents(sections);
        String token = "mailbench-sections-" + UUID.randomUUID();
        int pictures = body.sections(token, sections);
        body.end();
        int total = sections.size();
        doc.streamBody(token, pictures, (xml, pictureParagraphs) -> {
            DocxSectionWriter writer = new DocxSectionWriter(xml, pictureParagraphs, fonts, document.locale(),
                    body.headingOne(), body.headingTwo());
            for (int i = 0; i < total; i++) {
                task.checkCancelled();
                task.progress(i, total + 1, sections.get(i).title());
                writer.section(sections.get(i));
            }
            task.checkCancelled();
            task.progress(total, total + 1, "Word");
        });
        doc.write(out);
        task.progress(total + 1, total + 1, "Word");
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
