package dev.mailbench.host.handover;

import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.host.handover.cli.HandoverEnvironment;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures reachable from the sub-packages' tests. */
public final class TestSupport {
    private TestSupport() {
    }

    public static HandoverEnvironment environment(List<HandoverContributor> contributors) {
        return new StoreTestEnvironment(contributors);
    }

    /** The row of checklist item {@code id} in an exported workbook (item ids are in the first column). */
    public static Row checklistRow(XSSFWorkbook workbook, String id) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (row.getCell(0) != null && id.equals(row.getCell(0).toString())) {
                    return row;
                }
            }
        }
        throw new AssertionError(id);
    }
}
