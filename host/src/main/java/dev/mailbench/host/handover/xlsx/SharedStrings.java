package dev.mailbench.host.handover.xlsx;

import dev.mailbench.host.handover.XmlBeansText;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Text cells of one workbook and the indexes into the shared strings POI gives them. POI finds a text's entry by
 * saving it as XML first, on every call; here each distinct text is looked up once, and a text seen before gets the
 * index it got the first time, with the table's reference count POI would have added.
 *
 * <p>{@link #streamed} goes further: the texts the export adds never enter POI's table (7,500 for the 300-mailbox
 * project, each saved by XMLBeans as its lookup key, then saved again with the table); they get the indexes POI would
 * give them after the template's own entries, and {@link #writeAdded} writes their entries as XMLBeans saves them, for
 * {@link StreamedSheets} to put at the end of the saved table. The table's counts are kept as POI keeps them, so the
 * saved part is the same.
 */
final class SharedStrings {
    /** {@code SharedStringsTable.count} and {@code uniqueCount}: protected, and only POI's own lookup adds to them. */
    private static final Field COUNT = field("count");
    private static final Field UNIQUE_COUNT = field("uniqueCount");
    /** {@code SharedStringsTable.xmlText}: the key POI looks an entry up by. */
    private static final Method XML_TEXT = xmlText();
    /** {@code SharedStringsTable.stmap}: the entries by key. */
    private static final Field KEYS = field("stmap");
    private static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** A key of an entry with one text element and nothing else: {@code <t …>text</t>} or {@code <t …/>}. */
    private static final Pattern PLAIN_ENTRY = Pattern.compile(
            "<([\\w.-]+:)?t(?: [^>]*)?(?:/>|>([^<]*)</\\1?t>)", Pattern.DOTALL);

    private final SharedStringsTable table;
    private final Map<String, Integer> indexes = new HashMap<>();
    /** The texts after the table's own entries, not in POI's table; null when every text goes through POI's table. */
    private final List<String> added;
    private final int tableSize;

    private SharedStrings(XSSFWorkbook wb, boolean streamed) {
        this.table = wb.getSharedStringSource();
        this.tableSize = table.getSharedStringItems().size();
        this.added = streamed ? new ArrayList<>() : null;
        if (streamed) {
            // The texts POI would find among the template's entries: its map's keys were made when the template was
            // read (a placeholder filled in since keeps its old key), so they are read from it; a key is taken as a
            // text's when a new entry for that text has exactly that key.
            for (Map.Entry<String, Integer> e : poiKeys().entrySet()) {
                Matcher m = PLAIN_ENTRY.matcher(e.getKey());
                if (m.matches()) {
                    String text = m.group(2) == null ? "" : unescape(m.group(2));
                    if (key(new XSSFRichTextString(text).getCTRst()).equals(e.getKey())) {
                        indexes.put(text, e.getValue());
                    }
                }
            }
        }
    }

    /** Every text through POI's table (once per distinct text), as the export did before. */
    static SharedStrings poi(XSSFWorkbook wb) {
        return new SharedStrings(wb, false);
    }

    /** The export's texts kept out of POI's table; as {@link #poi} with a POI whose protected parts differ. */
    static SharedStrings streamed(XSSFWorkbook wb) {
        return new SharedStrings(wb, COUNT != null && UNIQUE_COUNT != null && XML_TEXT != null && KEYS != null);
    }

    boolean isStreamed() {
        return added != null;
    }

    /** As {@code cell.setCellValue(text)} on a new cell. */
    void set(Cell cell, String text) {
        // POI's own path for what it treats apart (neither adds to the table): a formula keeps its formula and gets
        // the text as its cached value, an inline string stays inline
        if (text == null || COUNT == null || !(cell instanceof XSSFCell xc) || xc.getCTCell().isSetF()
                || xc.getCTCell().getT() == STCellType.INLINE_STR) {
            cell.setCellValue(text);
            return;
        }
        if (added == null && !indexes.containsKey(text)) {
            cell.setCellValue(text);
            indexes.put(text, Integer.valueOf(xc.getCTCell().getV()));
            return;
        }
        CTCell ct = xc.getCTCell();
        ct.setT(STCellType.S);
        ct.setV(Integer.toString(index(text)));
    }

    /**
     * The index a new cell given {@code text} by {@code setCellValue} refers to, counted in the table as that call
     * counts it (a text longer than a cell holds is refused as POI refuses it).
     */
    int index(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The maximum length of cell contents (text) is " + MAX_LENGTH
                    + " characters");
        }
        Integer known = COUNT == null ? null : indexes.get(text);
        if (known != null) {
            add(COUNT, 1);
            return known;
        }
        if (added == null) {
            // what XSSFCell.setCellValue(String) hands the table (its styles reference only matters for formatted runs)
            int index = table.addSharedStringItem(new XSSFRichTextString(text));
            indexes.put(text, index);
            return index;
        }
        int index = tableSize + added.size();
        added.add(text);
        indexes.put(text, index);
        add(COUNT, 1);
        add(UNIQUE_COUNT, 1);
        return index;
    }

    /**
     * The entries of the texts kept out of POI's table, as XMLBeans saves a new entry of each ({@code <si><t>…</t></si>},
     * {@code xml:space="preserve"} when the text starts or ends with white space, the saver's escaping with the table's
     * options: never CDATA), elements with {@code prefix}.
     */
    void writeAdded(StringBuilder xml, String prefix) {
        for (String text : added) {
            xml.append('<').append(prefix).append("si><").append(prefix).append('t');
            if (text.isEmpty()) {
                xml.append("/>");
            } else {
                if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
                    xml.append(" xml:space=\"preserve\"");
                }
                xml.append('>');
                xml.append(XmlBeansText.entitized(text));
                xml.append("</").append(prefix).append("t>");
            }
            xml.append("</").append(prefix).append("si>");
        }
    }


    @SuppressWarnings("unchecked")
    private Map<String, Integer> poiKeys() {
        try {
            return new HashMap<>((Map<String, Integer>) KEYS.get(table));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entities XMLBeans writes in text; anything else leaves the key unmatched (see its check). */
    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&#13;", "\r").replace("&amp;", "&");
    }

    private String key(CTRst entry) {
        try {
            return (String) XML_TEXT.invoke(table, entry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(Field counter, int n) {
        try {
            counter.setInt(table, counter.getInt(table) + n);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) {
        try {
            Field f = SharedStringsTable.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;  // another POI: every text through POI's own lookup, as before
        }
    }

    private static Method xmlText() {
        try {
            Method m = SharedStringsTable.class.getDeclaredMethod("xmlText", CTRst.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
