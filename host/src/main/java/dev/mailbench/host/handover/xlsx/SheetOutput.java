package dev.mailbench.host.handover.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Where the generated sheets' cells go: streamed into the saved file ({@link StreamedSheets}). */
interface SheetOutput {

    /** The cells of a sheet just created in the workbook. */
    SheetRows rows(XSSFSheet sheet);

    /** As {@code XSSFFormulaEvaluator.evaluateAllFormulaCells}, formulas reading the generated cells included. */
    void evaluateFormulas(XSSFWorkbook wb);

    interface Factory {
        SheetOutput create(XSSFWorkbook wb, SharedStrings strings);
    }
}
