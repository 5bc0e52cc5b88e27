package dev.mailbench.host.handover.docx;

import dev.mailbench.host.handover.DocumentFields;
import dev.mailbench.host.handover.Placeholders;
import dev.mailbench.host.handover.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Validates and fills the placeholders of a Word template. Word often splits what the consultant typed
 * as {@code {{customer.name}}} over several runs (spell check, an edit in the middle); placeholders are
 * found in the paragraph's joined text and replaced run by run, keeping the first run's formatting.
 */
final class DocxPlaceholderFiller {
    /** A paragraph of the template with a readable location for messages. */
    record Located(XWPFParagraph paragraph, String location) {
    }

    private DocxPlaceholderFiller() {
    }

    static List<Located> paragraphs(XWPFDocument doc) {
        List<Located> out = new ArrayList<>();
        collect(doc.getBodyElements(), "本文 / body", out);
        int h = 0;
        for (XWPFHeader header : doc.getHeaderList()) {
            collect(header.getBodyElements(), "ヘッダー " + (++h) + " / header " + h, out);
        }
        int f = 0;
        for (XWPFFooter footer : doc.getFooterList()) {
            collect(footer.getBodyElements(), "フッター " + (++f) + " / footer " + f, out);
        }
        return out;
    }

    private static void collect(List<IBodyElement> elements, String where, List<Located> out) {
        int paragraph = 0;
        int table = 0;
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph++;
                out.add(new Located(p, where + " ¶" + paragraph));
            } else if (e instanceof XWPFTable t) {
                table++;
                int r = 0;
                for (XWPFTableRow row : t.getRows()) {
                    r++;
                    int c = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        c++;
                        collect(cell.getBodyElements(), where + " 表" + table + " 行" + r + " 列" + c
                                + " (table " + table + " row " + r + " cell " + c + ")", out);
                    }
                }
            }
        }
    }

    /**
     * Checks every placeholder and returns the {@code {{sections}}} paragraph.
     *
     * @throws TemplateException naming every unknown or broken placeholder, or the missing marker
     */
    static XWPFParagraph validate(XWPFDocument doc, String file) throws TemplateException {
        List<TemplateException.Problem> problems = new ArrayList<>();
        XWPFParagraph marker = null;
        for (Located l : paragraphs(doc)) {
            String text = text(l.paragraph());
            Placeholders.Scan scan = Placeholders.scan(text, l.location());
            problems.addAll(scan.problems());
            for (Placeholders.Match m : scan.matches()) {
                if (DocumentFields.SECTIONS_MARKER.equals(m.name())) {
                    boolean alone = text.strip().equals(text.substring(m.start(), m.end()));
                    boolean inBody = l.paragraph().getPart() == doc && l.paragraph().getBody() == doc;
                    if (!alone || !inBody || marker != null) {
                        problems.add(new TemplateException.Problem(TemplateException.Kind.BROKEN,
                                text.substring(m.start(), m.end()) + " (must stand alone in one body paragraph, once)",
                                l.location()));
                    } else {
                        marker = l.paragraph();
                    }
                }
            }
        }
        if (marker == null && problems.isEmpty()) {
            problems.add(new TemplateException.Problem(TemplateException.Kind.MISSING_MARKER, "{{sections}}", file));
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(file, problems);
        }
        return marker;
    }

    /** Replaces every value placeholder (the marker is left for the writer). */
    static void fill(XWPFDocument doc, DocumentFields fields) {
        for (Located l : paragraphs(doc)) {
            fill(l.paragraph(), fields);
        }
    }

    private static void fill(XWPFParagraph p, DocumentFields fields) {
        // One placeholder at a time: each replacement changes the run texts the offsets refer to.
        while (true) {
            String text = text(p);
            Optional<Placeholders.Match> next = Placeholders.scan(text, "").matches().stream()
                    .filter(m -> !DocumentFields.SECTIONS_MARKER.equals(m.name())).findFirst();
            if (next.isEmpty()) {
                return;
            }
            Placeholders.Match m = next.get();
            replace(p, m.start(), m.end(), fields.get(m.name()).replace('\n', ' '));
        }
    }

    private static void replace(XWPFParagraph p, int start, int end, String value) {
        List<XWPFRun> runs = p.getRuns();
        int offset = 0;
        boolean inserted = false;
        for (XWPFRun run : runs) {
            String t = runText(run);
            int runStart = offset;
            int runEnd = offset + t.length();
            offset = runEnd;
            if (runEnd <= start || runStart >= end) {
                continue;
            }
            int cutFrom = Math.max(start, runStart) - runStart;
            int cutTo = Math.min(end, runEnd) - runStart;
            String replaced = t.substring(0, cutFrom) + (inserted ? "" : value) + t.substring(cutTo);
            inserted = true;
            setRunText(run, replaced);
        }
    }

    static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            sb.append(runText(run));
        }
        return sb.toString();
    }

    private static String runText(XWPFRun run) {
        CTR r = run.getCTR();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.sizeOfTArray(); i++) {
            String v = r.getTArray(i).getStringValue();
            sb.append(v == null ? "" : v);
        }
        return sb.toString();
    }

    private static void setRunText(XWPFRun run, String text) {
        CTR r = run.getCTR();
        while (r.sizeOfTArray() > 0) {
            r.removeT(0);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }
}
