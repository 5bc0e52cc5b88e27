package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Dimension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.swing.JList;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/** Issue 20: a first visit from a blank start — start screen, new project, usual formats, save, reopen. */
class StartScreenUiTest extends WorkbenchUiTestBase {
    private void startWithoutProject() throws Exception {
        workbench = create(temp.resolve("config"), emptyPluginsDir(temp));
        WorkbenchFrame shown = GuiActionRunner.execute(() -> {
            Texts.setLocale(Locale.JAPANESE);
            Themes.setup(Themes.LIGHT);
            WorkbenchFrame f = new WorkbenchFrame(workbench);
            f.files().setAskAboutRecovery(false);
            f.showStartScreen();
            return f;
        });
        window = new FrameFixture(shown);
        window.show(new Dimension(1280, 800));
        Dialogs.patient(window);
        frame = shown;
    }

    /** Types as an input method does, then leaves the field (commits it). */
    private void type(String field, String text) {
        JTextComponent target = (JTextComponent) window.textBox(field).target();
        GuiActionRunner.execute(() -> {
            target.setText(text);
            frame.commitDrafts();
        });
        window.robot().waitForIdle();
    }

    private void waitFor(String what, java.util.function.Supplier<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::get);
            }
        }, Timeout.timeout(10_000));
    }

    @Test
    void aFirstVisitFromABlankStartKeepsEveryValue() throws Exception {
        startWithoutProject();
        window.panel("startScreen").requireVisible();
        window.label("start.recent.none").requireVisible();
        assertThat(GuiActionRunner.execute(frame::getTitle)).startsWith("無題のプロジェクト");
        screenshot("start-screen.png");

        Dialogs.press(window.button("start.new"));
        waitFor("the project shown", () -> !frame.isStartScreenShown());
        window.textBox("customer.name").requireText("");
        type("customer.name", "新規商事");
        type("customer.phone", "０３－１２３４－５６７８");
        type("consultant.name", "佐藤 花子");
        type("overview.visitDates", "12/3、2026年12月10日");
        screenshot("new-project.png");

        Path file = temp.resolve("shinki.mailbench.json");
        assertThat(GuiActionRunner.execute(() -> frame.files().writeTo(file))).isTrue();
        closeWindow();

        // The next start lists it; a double-click opens it with every value.
        startWithoutProject();
        assertThat(window.list("start.recent").contents()).hasSize(1);
        // The double-click is sent as one event with a click count of 2: the robot's two clicks, on a loaded CI
        // machine, now and then came further apart than the double-click interval and counted as two single clicks
        // (twice, each passing on the rerun).
        window.list("start.recent").selectItem(0);
        JList<?> recent = window.list("start.recent").target();
        GuiActionRunner.execute(() -> {
            java.awt.Rectangle cell = recent.getCellBounds(0, 0);
            recent.dispatchEvent(new java.awt.event.MouseEvent(recent, java.awt.event.MouseEvent.MOUSE_CLICKED,
                    System.currentTimeMillis(), 0, cell.x + 5, cell.y + 5, 2, false, java.awt.event.MouseEvent.BUTTON1));
        });
        waitFor("the project opened", () -> workbench.session().file().isPresent());
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().name())).isEqualTo("新規商事");
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().phone())).isEqualTo("０３－１２３４－５６７８");
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().visitDates()))
                .containsExactly(LocalDate.of(LocalDate.now().getYear(), 12, 3), LocalDate.of(2026, 12, 10));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("新規商事", "佐藤 花子");

        // A new project starts empty, with the consultant's own details entered once.
        GuiActionRunner.execute(() -> frame.files().newProject());
        window.robot().waitForIdle();
        window.textBox("customer.name").requireText("");
        window.textBox("consultant.name").requireText("佐藤 花子");
    }

    @Test
    void theSampleIsLabelledAsASample() throws Exception {
        startWithoutProject();
        Dialogs.press(window.button("start.sample"));
        waitFor("the sample shown", () -> !frame.isStartScreenShown());
        assertThat(GuiActionRunner.execute(frame::getTitle)).contains("サンプル");
        // A project opens on its visit route; its first step leads to the customer's record.
        waitFor("the visit route shown", () -> "route".equals(GuiActionRunner.execute(frame::selectedTabId)));
        window.label("route.state.customer").requireText("完了");
        Dialogs.press(window.button("route.go.customer"));
        window.textBox("customer.name").requireText("株式会社サンプル商事");
        // Unsaved, yet its planned zone and reference zones are beside it, so its DNS check runs offline for real.
        assertThat(workbench.session().file()).isEmpty();
        Path folder = workbench.session().folder().orElseThrow();
        assertThat(folder.resolve("sample-shoji.test.zone")).isRegularFile();
        Object named = ((java.util.Map<?, ?>) workbench.session().project().plugins().get("dns-check")).get("referenceZones");
        assertThat((java.util.List<?>) named).isNotEmpty()
                .allSatisfy(n -> assertThat(folder.resolve(String.valueOf(n))).isRegularFile());
    }
}
