package dev.mailbench.host.handover.docx;

import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/**
 * Finds the template's heading styles by their built-in name: a template saved by Japanese Word calls
 * Heading 1 "1" as its id, English Word "Heading1"; the name "heading 1" is the same in both.
 */
final class DocxStyleIds {
    private DocxStyleIds() {
    }

    static Optional<String> heading(XWPFDocument doc, int level) {
        if (doc.getStyles() == null) {
            return Optional.empty();
        }
        XWPFStyle byName = doc.getStyles().getStyleWithName("heading " + level);
        if (byName != null) {
            return Optional.of(byName.getStyleId());
        }
        return doc.getStyles().styleExist("Heading" + level) ? Optional.of("Heading" + level) : Optional.empty();
    }
}
