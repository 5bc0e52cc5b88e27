package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** Issue 20: a date typed in a usual Japanese format is kept; one that cannot be read is never dropped silently. */
class TypedDatesUiTest extends WorkbenchUiTestBase {
    private JTextComponent visitDates() {
        return (JTextComponent) window.textBox("overview.visitDates").target();
    }

    /** Types as an input method does (the robot cannot type 年 or full-width digits), then leaves the field. */
    private void type(String text) {
        JTextComponent field = visitDates();
        GuiActionRunner.execute(() -> {
            field.setText(text);
            frame.commitDrafts();
        });
        window.robot().waitForIdle();
    }

    private List<LocalDate> projectDates() {
        return GuiActionRunner.execute(() -> workbench.session().project().visitDates());
    }

    @Test
    void everyUsualFormatIsKeptAndShownTheOneWay() throws Exception {
        open();
        int year = LocalDate.now().getYear();
        LocalDate thisYears = LocalDate.of(year, 12, 3);
        for (String typed : List.of("2026/12/3", "2026-12-3", "2026年12月3日", "２０２６／１２／３", "2026.12.03")) {
            type(typed);
            assertThat(projectDates()).as(typed).containsExactly(LocalDate.of(2026, 12, 3));
            assertThat(GuiActionRunner.execute(() -> visitDates().getText())).as(typed).isEqualTo("2026-12-03");
        }
        type("12/3、2026/12/10");
        assertThat(projectDates()).containsExactly(thisYears, LocalDate.of(2026, 12, 10));

        // Typed with the keyboard too, not only set.
        window.textBox("overview.visitDates").selectAll().enterText("2027/1/5");
        window.textBox("customer.name").focus();
        window.robot().waitForIdle();
        assertThat(projectDates()).containsExactly(LocalDate.of(2027, 1, 5));
    }

    @Test
    void anUnreadableDateStaysVisibleIsCountedAndWarnedAboutOnSave() throws Exception {
        Path file = temp.resolve("dates.mailbench.json");
        Files.copy(samplePath(), file);
        open(emptyPluginsDir(temp), file, false);
        List<LocalDate> before = projectDates();
        JLabel status = (JLabel) window.label("status.problems").target();
        assertThat(GuiActionRunner.execute(status::getText)).doesNotContain("読めない");

        GuiActionRunner.execute(() -> ((JTextComponent) window.textBox("customer.name").target()).setText("日付商事"));
        type("来週の水曜");

        assertThat(GuiActionRunner.execute(() -> visitDates().getText())).isEqualTo("来週の水曜");
        assertThat(GuiActionRunner.execute(status::getText)).contains("読めない入力 1 件");
        assertThat(projectDates()).isEqualTo(before);
        screenshot("typed-dates-unreadable.png");

        SwingUtilities.invokeLater(() -> frame.files().save());
        JOptionPaneFixture pane = Dialogs.optionPane(window);
        assertThat(pane.target().getMessage().toString()).contains("1 件の欄", "その値はプロジェクトに入りません");
        Dialogs.press(pane.buttonWithText("キャンセル"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("日付商事");

        SwingUtilities.invokeLater(() -> frame.files().save());
        pane = Dialogs.optionPane(window);
        Dialogs.press(pane.buttonWithText("その値なしで保存"));
        window.robot().waitForIdle();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("日付商事");
        // What cannot be read is still there to be corrected, and still counted.
        assertThat(GuiActionRunner.execute(() -> visitDates().getText())).isEqualTo("来週の水曜");
        assertThat(GuiActionRunner.execute(status::getText)).contains("読めない入力 1 件");
    }
}
