package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Customer;
import dev.mailbench.host.plugins.TestPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin panel's life in the window ({@link PluginPanelScope}): built when its tab opens, disposed with every
 * listener it registered when the tab closes, built anew when another project is opened, and relabelled without
 * a rebuild on a language switch. The panel is {@link TestPlugins#SCOPED_PANEL}, a real plugin jar.
 */
class PluginPanelLifecycleTest extends WorkbenchUiTestBase {
    private static final String PANEL = "scoped-panel";

    private Path project;
    private String tabId;

    @BeforeEach
    void start() throws Exception {
        Path plugins = temp.resolve("plugins");
        TestPlugins.build(temp.resolve("work"), plugins, "scoped", "", TestPlugins.SCOPED_PANEL);
        project = Files.copy(samplePath(), temp.resolve("shoji.mailbench.json"));
        open(plugins, project, false);
        tabId = GuiActionRunner.execute(() -> frame.resolveTabId(PANEL).orElseThrow());
    }

    @Test
    void closingTheTabLeavesNoListenerBehind() {
        int projectListeners = workbench.session().listenerCount();
        int localeListeners = workbench.locale().listenerCount();
        assertThat(onEdt(frame::pluginPanelListenerCount)).isZero();

        openPanel();
        assertThat(count("built")).isEqualTo(1);
        assertThat(onEdt(frame::pluginPanelListenerCount)).as("2 owned listeners, 2 scope callbacks, 1 dispose action")
                .isEqualTo(5);
        assertThat(workbench.session().listenerCount()).isEqualTo(projectListeners + 1);
        assertThat(workbench.locale().listenerCount()).isEqualTo(localeListeners + 1);
        edit("開いている間の編集");
        assertThat(count("project:EDITED")).isEqualTo(1);
        assertThat(count("scope-project:EDITED")).isEqualTo(1);

        closeTab();
        assertThat(count("disposed")).isEqualTo(1);
        assertThat(onEdt(frame::pluginPanelListenerCount)).isZero();
        assertThat(workbench.session().listenerCount()).as("the plugin's project listener went with its panel")
                .isEqualTo(projectListeners);
        assertThat(workbench.locale().listenerCount()).isEqualTo(localeListeners);
        edit("閉じた後の編集");
        assertThat(count("project:EDITED")).as("a closed panel hears nothing").isEqualTo(1);
        assertThat(count("scope-project:EDITED")).isEqualTo(1);

        openPanel();
        assertThat(count("built")).as("built anew when opened again").isEqualTo(2);
    }

    @Test
    void openingAnotherProjectRebuildsTheOpenPanelInItsTab() throws Exception {
        openPanel();
        JComponent before = onEdt(() -> (JComponent) frame.tabs().getSelectedComponent());
        int tabIndex = onEdt(() -> frame.tabs().indexOfComponent(before));
        int listenersOfOnePanel = onEdt(frame::pluginPanelListenerCount);
        int projectListeners = workbench.session().listenerCount();

        Path other = Files.copy(samplePath(), temp.resolve("other.mailbench.json"));
        workbench.openProject(other);
        Pause.pause(condition("the panel is built for the other project", () -> count("built") == 2), Timeout.timeout(5000));
        window.robot().waitForIdle();

        assertThat(count("disposed")).isEqualTo(1);
        JComponent after = onEdt(() -> (JComponent) frame.tabs().getComponentAt(tabIndex));
        assertThat(after).isNotSameAs(before);
        assertThat(onEdt(frame::selectedTabId)).isEqualTo(tabId);
        assertThat(onEdt(frame::pluginPanelListenerCount)).as("the old panel's listeners are gone").isEqualTo(listenersOfOnePanel);
        assertThat(workbench.session().listenerCount()).isEqualTo(projectListeners);
    }

    @Test
    void languageSwitchRelabelsTheBoundTextAndTellsThePanel() throws Exception {
        openPanel();
        JLabel greeting = window.label("scoped.greeting").requireText("こんにちは").target();
        window.label("scoped.language").requireText("言語: 日本語");
        try {
            workbench.locale().set(Locale.ENGLISH);
            Pause.pause(condition("the bound text reads Hello", () -> "Hello".equals(onEdt(greeting::getText))),
                    Timeout.timeout(5000));
            window.robot().waitForIdle();
            window.label("scoped.language").requireText("Language: English");
            assertThat(onEdt(() -> frame.tabs().getTitleAt(frame.tabs().getSelectedIndex()))).isEqualTo("Scoped panel");
            assertThat(count("built")).as("relabelled, not rebuilt").isEqualTo(1);
            assertThat(count("locale")).isEqualTo(1);
            screenshot("plugin-panel-en.png");
        } finally {
            workbench.locale().set(Locale.JAPANESE);
            window.robot().waitForIdle();
        }
        window.label("scoped.greeting").requireText("こんにちは");
    }

    private void openPanel() {
        GuiActionRunner.execute(() -> frame.openTab(tabId));
        window.robot().waitForIdle();
    }

    /** As the tab's close button does: FlatLaf calls the window's close callback with the tab index. */
    private void closeTab() {
        GuiActionRunner.execute(() -> {
            JTabbedPane tabs = frame.tabs();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabId.equals(((JComponent) tabs.getComponentAt(i)).getClientProperty("mailbench.tabId"))) {
                    ((IntConsumer) tabs.getClientProperty("JTabbedPane.tabCloseCallback")).accept(i);
                    return;
                }
            }
            throw new AssertionError("tab " + tabId + " is not open");
        });
        window.robot().waitForIdle();
    }

    /** An edit from outside the panel; the window passes it to the open panels on the EDT. */
    private void edit(String name) {
        workbench.session().update(name, p -> p.withCustomer(new Customer(name, "", "", "", "", "")));
        window.robot().waitForIdle();
    }

    /** What the test plugin counted (its service; the plugin's classes are in its own class loader). */
    @SuppressWarnings("unchecked")
    private int count(String what) {
        return ((ToIntFunction<String>) workbench.plugins().serviceRegistry().find(ToIntFunction.class).orElseThrow())
                .applyAsInt(what);
    }

    private static <T> T onEdt(Supplier<T> query) {
        return GuiActionRunner.execute(query::get);
    }

    private static Condition condition(String description, Supplier<Boolean> test) {
        return new Condition(description) {
            @Override
            public boolean test() {
                return test.get();
            }
        };
    }
}
