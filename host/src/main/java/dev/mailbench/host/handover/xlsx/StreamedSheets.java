package dev.mailbench.host.handover.xlsx;

import dev.mailbench.host.handover.SavedBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generated sheets' cells written straight into the saved file, as the Word sections are: POI's tree holds each
 * generated sheet without rows (column widths, merged cells, print set-up, validation and the rest stay POI's), so
 * XMLBeans saves it with an empty {@code <sheetData/>}; when the package is zipped, this marshaller writes that saved
 * part with the rows ({@link StreamedSheetRows}) in place of the empty element. The 44,600 cells of the 300-mailbox
 * workbook were a third of the export's work as XMLBeans objects, built and then saved.
 */
final class StreamedSheets implements SheetOutput, PartMarshaller {
    /** The table's start tag: its prefix, and "/" when it is empty. */
    private static final Pattern SST_START = Pattern.compile("<([\\w.-]+:)?sst\\b[^>]*?(/?)>");
    private static final byte[] EMPTY_SHEET_DATA = "sheetData/>".getBytes(StandardCharsets.US_ASCII);

    private final SharedStrings strings;
    /** By part name: a part is replaced by another object when written to, its name stays. */
    private final Map<String, StreamedSheetRows> sheets = new HashMap<>();
    private final PartMarshaller others = new ZipPartMarshaller();

    StreamedSheets(XSSFWorkbook wb, SharedStrings strings) {
        this.strings = strings;
        wb.getPackage().addMarshaller(XSSFRelation.WORKSHEET.getContentType(), this);
        if (strings.isStreamed()) {
            wb.getPackage().addMarshaller(XSSFRelation.SHARED_STRINGS.getContentType(), this::marshallStrings);
        }
    }

    @Override
    public SheetRows rows(XSSFSheet sheet) {
        StreamedSheetRows rows = new StreamedSheetRows(sheet, strings);
        sheets.put(sheet.getPackagePart().getPartName().getName(), rows);
        return rows;
    }

    @Override
    public void evaluateFormulas(XSSFWorkbook wb) {
        // the evaluator reads cells from POI's tree: the few formulas read (the status columns) go there meanwhile
        try {
            for (StreamedSheetRows rows : sheets.values()) {
                rows.putFormulaInputsInTree();
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        } finally {
            for (StreamedSheetRows rows : sheets.values()) {
                rows.removeFromTree();
            }
        }
    }

    @Override
    public boolean marshall(PackagePart part, OutputStream out) throws OpenXML4JException {
        StreamedSheetRows rows = sheets.get(part.getPartName().getName());
        if (rows == null) {
            return others.marshall(part, out);
        }
        byte[] saved = saved(part);
        int end = SavedBytes.indexOf(saved, EMPTY_SHEET_DATA);
        int start = end < 0 ? -1 : SavedBytes.lastIndexOf(saved, (byte) '<', end);
        if (start < 0 || SavedBytes.indexOf(saved, EMPTY_SHEET_DATA, end + 1) >= 0) {
            throw new IllegalStateException(part.getPartName() + ": the saved sheet has not one empty sheetData");
        }
        String prefix = new String(saved, start + 1, end - start - 1, StandardCharsets.UTF_8);
        int after = end + EMPTY_SHEET_DATA.length;
        return writePart(part, out, zip -> {
            if (rows.isEmpty()) {
                zip.write(saved);
            } else {
                zip.write(saved, 0, start);
                zip.write(("<" + prefix + "sheetData>").getBytes(StandardCharsets.UTF_8));
                rows.writeRows(zip, prefix);
                zip.write(("</" + prefix + "sheetData>").getBytes(StandardCharsets.UTF_8));
                zip.write(saved, after, saved.length - after);
            }
        });
    }

    /** The saved table (the template's entries, the counts of all) with the texts the export added at its end. */
    private boolean marshallStrings(PackagePart part, OutputStream out) throws OpenXML4JException {
        String saved = new String(saved(part), StandardCharsets.UTF_8);
        Matcher root = SST_START.matcher(saved);
        if (!root.find()) {
            throw new IllegalStateException(part.getPartName() + ": no shared strings table in the saved part");
        }
        String prefix = root.group(1) == null ? "" : root.group(1);
        StringBuilder xml = new StringBuilder(saved.length() + (1 << 20));
        if (root.group(2).equals("/")) {
            xml.append(saved, 0, root.end() - 2).append('>');
            strings.writeAdded(xml, prefix);
            xml.append("</").append(prefix).append("sst>").append(saved, root.end(), saved.length());
        } else {
            int end = saved.lastIndexOf("</" + prefix + "sst>");
            if (end < root.end()) {
                throw new IllegalStateException(part.getPartName() + ": the saved table does not end");
            }
            xml.append(saved, 0, end);
            strings.writeAdded(xml, prefix);
            xml.append(saved, end, saved.length());
        }
        return writePart(part, out, zip -> zip.write(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] saved(PackagePart part) throws OpenXML4JException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new OpenXML4JException("cannot read " + part.getPartName() + ": " + e.getMessage());
        }
    }

    private interface PartContent {
        void writeTo(ZipArchiveOutputStream zip) throws IOException;
    }

    /** Writes the part as ZipPartMarshaller writes one (its entry, then its relationships), with the given content. */
    private static boolean writePart(PackagePart part, OutputStream out, PartContent content)
            throws OpenXML4JException {
        if (!(out instanceof ZipArchiveOutputStream zip)) {
            throw new OpenXML4JException("ZipArchiveOutputStream expected, got " + out.getClass().getName());
        }
        try {
            ZipArchiveEntry entry = new ZipArchiveEntry(ZipHelper.getZipItemNameFromOPCName(part.getPartName().getName()));
            ZipHelper.adjustEntryTime(entry);
            zip.putArchiveEntry(entry);
            try {
                content.writeTo(zip);
            } finally {
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new OpenXML4JException("cannot write " + part.getPartName() + ": " + e.getMessage());
        }
        if (part.hasRelationships()) {
            return ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(),
                    PackagingURIHelper.getRelationshipPartName(part.getPartName()), zip);
        }
        return true;
    }
}
