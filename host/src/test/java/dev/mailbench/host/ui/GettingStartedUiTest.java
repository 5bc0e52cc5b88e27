package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.ui.dialog.GettingStartedDialog;
import dev.mailbench.host.ui.i18n.Texts;
import java.util.List;
import java.util.Locale;
import javax.swing.JEditorPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/** Issue 20: the Help menu opens a getting-started guide inside the app, its steps the route of a visit. */
class GettingStartedUiTest extends WorkbenchUiTestBase {
    @Test
    void theGuideOpensFromTheHelpMenuInTheUiLanguage() throws Exception {
        open();
        Dialogs.choose(window, "menu.help.gettingStarted");
        DialogFixture guide = Dialogs.settled(window, "gettingStarted");
        String text = GuiActionRunner.execute(() -> {
            JEditorPane pane = (JEditorPane) guide.robot().finder().findByName(guide.target(), "gettingStarted.text");
            return pane.getDocument().getText(0, pane.getDocument().getLength());
        });
        // The route, in order: customer, design, DNS, client setup, migration or archive, handover.
        List<String> steps = List.of("お客様を記録する", "メールの設計", "DNS を確かめる", "メールソフトを設定する", "移行または保存", "引き渡し資料");
        int last = -1;
        for (String step : steps) {
            int at = text.indexOf(step);
            assertThat(at).as(step).isGreaterThan(last);
            last = at;
        }
        screenshot(guide.target(), SCREENSHOTS.resolve("getting-started.png"));
        guide.close();

        GuiActionRunner.execute(() -> Texts.setLocale(Locale.ENGLISH));
        try {
            assertThat(GuiActionRunner.execute(GettingStartedDialog::html)).contains("Record the customer", "Handover")
                    .doesNotContain("お客様");
        } finally {
            GuiActionRunner.execute(() -> Texts.setLocale(Locale.JAPANESE));
        }
    }
}
