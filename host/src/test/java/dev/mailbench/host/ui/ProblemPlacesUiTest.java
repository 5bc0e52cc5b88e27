package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.project.ValidationProblem.Severity;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/** Issue 20: the problem list names places in the consultant's words, and a double-click goes to the field. */
class ProblemPlacesUiTest extends WorkbenchUiTestBase {
    private static ValidationProblem problem(String entity, String id, String field) {
        return new ValidationProblem(Severity.WARNING, entity, id, field, LocalizedText.of("x", "x"));
    }

    @Test
    void placesAreNamedWithoutInternalIds() throws Exception {
        open();
        assertThat(GuiActionRunner.execute(() -> frame.placeOf(problem("mailbox", "m-info", "address"))))
                .isEqualTo("メールボックス info@sample-shoji.test — メールアドレス");
        assertThat(GuiActionRunner.execute(() -> frame.placeOf(problem("customer", "", "phone"))))
                .isEqualTo("顧客 — 電話番号");
        assertThat(GuiActionRunner.execute(() -> frame.placeOf(problem("mailbox", "m-info", "quotaMb"))))
                .doesNotContain("m-info").doesNotContain("quotaMb");
    }

    @Test
    void goingToAProblemPutsTheFocusOnItsField() throws Exception {
        open();
        GuiActionRunner.execute(() -> frame.goToProblem(problem("mailbox", "m-billing", "quotaMb")));
        Pause.pause(new Condition("quota field focused") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.textBox("mailbox.quotaMb").target().isFocusOwner());
            }
        }, Timeout.timeout(10_000));
        window.textBox("mailbox.address").requireText("billing@sample-shoji.test");
    }
}
