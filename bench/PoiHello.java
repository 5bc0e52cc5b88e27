import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The benchmark's peer: the least a POI program does to write one workbook and one document. */
public class PoiHello {
    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(args[0] + ".xlsx")) {
            wb.createSheet("hello").createRow(0).createCell(0).setCellValue("こんにちは");
            wb.write(out);
        }
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = new FileOutputStream(args[0] + ".docx")) {
            doc.createParagraph().createRun().setText("こんにちは");
            doc.write(out);
        }
    }
}
