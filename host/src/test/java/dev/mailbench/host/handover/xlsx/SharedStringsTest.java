package dev.mailbench.host.handover.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text cells set through {@link SharedStrings} give the workbook POI's own {@code setCellValue} gives. */
class SharedStringsTest {
    private static final List<String> TEXTS = List.of("未", "済", "未", "", " spaced ", "a & <b>", "未", "",
            "済", "長いテキスト\n二行目", " spaced ", "x");

    @Test
    void repeatedTextsGiveTheSameWorkbookAsPoi() throws Exception {
        Map<String, byte[]> poi = workbook(true);
        Map<String, byte[]> shared = workbook(false);
        assertThat(shared.keySet()).containsExactlyElementsOf(poi.keySet());
        for (String part : poi.keySet()) {
            if (!part.equals("docProps/core.xml")) {
                assertThat(new String(shared.get(part), java.nio.charset.StandardCharsets.UTF_8)).as(part)
                        .isEqualTo(new String(poi.get(part), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // the references are counted as POI counts them: every text cell, repeats included
        assertThat(new String(shared.get("xl/sharedStrings.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("count=\"" + (TEXTS.size() + 1) + "\"", "uniqueCount=\"7\"");
    }

    /** @param poiOnly every text through POI's {@code setCellValue}, else through {@link SharedStrings} */
    private static Map<String, byte[]> workbook(boolean poiOnly) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("s");
            // a text POI already holds before the first lookup, as a template's would be
            sheet.createRow(0).createCell(0).setCellValue("済");
            SharedStrings strings = SharedStrings.poi(wb);
            for (int i = 0; i < TEXTS.size(); i++) {
                Row row = sheet.createRow(i + 1);
                Cell cell = row.createCell(i % 3);
                if (poiOnly) {
                    cell.setCellValue(TEXTS.get(i));
                } else {
                    strings.set(cell, TEXTS.get(i));
                }
                row.createCell(5).setCellFormula("1+1");
            }
            Cell formula = sheet.createRow(TEXTS.size() + 2).createCell(0);
            formula.setCellFormula("A1");
            if (poiOnly) {
                formula.setCellValue("済");
            } else {
                strings.set(formula, "済");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
            return parts;
        }
    }
}
