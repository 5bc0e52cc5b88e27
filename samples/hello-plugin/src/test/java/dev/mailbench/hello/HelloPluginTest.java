package dev.mailbench.hello;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.hello.cli.HelloCommand;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The sample plugin, tested the way every plugin is: a fake workbench from the test kit, no host. */
class HelloPluginTest {
    private FakeWorkbenchApi api;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void initialize() {
        api = new FakeWorkbenchApi(HelloPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new HelloPlugin().initialize(api);
    }

    @Test
    void registersItsPanelCommandAndHandoverSection() {
        assertThat(api.panels).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(HelloPlugin.PANEL_ID));
        assertThat(api.commands).singleElement().isInstanceOf(HelloCommand.class);
        assertThat(api.sections).hasSize(1);
    }

    @Test
    void panelGreetsTheCustomerSavesTheNoteAndFollowsTheLanguage() {
        try (PanelWindow panel = PanelWindow.open(api, 640, 240)) {
            panel.window().label("hello.greeting").requireText("株式会社サンプル商事 様、こんにちは。");
            panel.window().button("hello.save").requireText("保存");

            panel.window().textBox("hello.note").setText("次回の訪問は 4 月です");
            SwingButtons.press(panel.window(), "hello.save");
            assertThat(api.project().readSection(HelloNote.class)).contains(new HelloNote("次回の訪問は 4 月です"));
            assertThat(api.edits).containsExactly("ひとことを保存");
            panel.screenshot("hello-panel-ja.png");

            panel.switchLanguage(Locale.ENGLISH);
            panel.window().label("hello.greeting").requireText("Hello, 株式会社サンプル商事.");
            panel.window().button("hello.save").requireText("Save");
            panel.screenshot("hello-panel-en.png");
        }
        assertThat(api.listenerCount()).as("nothing left registered once the panel is closed").isZero();
    }

    @Test
    void panelShowsAChangedNoteButKeepsWhatIsTypedThroughOtherEdits() {
        try (PanelWindow panel = PanelWindow.open(api, 640, 240)) {
            GuiActionRunner.execute(() -> api.project().writeSection("edit", new HelloNote("undo で戻る")));
            panel.window().textBox("hello.note").requireText("undo で戻る");

            panel.window().textBox("hello.note").setText("入力中");
            GuiActionRunner.execute(() -> api.project().update("another edit", p -> p));
            panel.window().textBox("hello.note").requireText("入力中");
        }
    }

    @Test
    void helloCommandGreetsInTheUiLanguage() {
        assertThat(hello()).isEqualTo("こんにちは。MailBench へようこそ。\n");
        api.locale = Locale.ENGLISH;
        assertThat(hello()).isEqualTo("Hello, and welcome to MailBench.\n");
    }

    @Test
    void helloCommandGreetsTheCustomerOfAProjectWithItsNote() {
        api.project = withNote(api.project, "次回の訪問は 4 月です");
        assertThat(hello("samples/sample-shoji.mailbench.json"))
                .isEqualTo("株式会社サンプル商事 様、こんにちは。\n次回の訪問は 4 月です\n");
    }

    @Test
    void handoverSectionCarriesTheNoteInTheDocumentLanguage() {
        assertThat(section(api.project, Locale.JAPANESE)).as("no note, no section").isEmpty();

        Project withNote = withNote(api.project, "Next visit in April");
        HandoverSection en = section(withNote, Locale.ENGLISH).orElseThrow();
        assertThat(en.title()).isEqualTo("A note from your consultant");
        assertThat(en.intro()).isEqualTo("Hello, 株式会社サンプル商事.");
        assertThat(en.blocks()).singleElement().isInstanceOfSatisfying(TextBlock.class,
                b -> assertThat(b.paragraphs()).containsExactly("Next visit in April"));
        assertThat(section(withNote, Locale.JAPANESE).orElseThrow().title()).isEqualTo("担当者からのひとこと");
    }

    @Test
    void noteWrittenByANewerVersionStillReads() {
        Map<String, Object> plugins = new LinkedHashMap<>(api.project.plugins());
        plugins.put(HelloPlugin.ID, Map.of("text", "メモ", "addedLater", true));
        assertThat(HelloNote.in(api.project.withPlugins(plugins))).contains(new HelloNote("メモ"));
    }

    private static Project withNote(Project project, String text) {
        Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
        plugins.put(HelloPlugin.ID, Map.of("text", text));
        return project.withPlugins(plugins);
    }

    private Optional<HandoverSection> section(Project project, Locale locale) {
        return api.sections.get(0).build(new HandoverContext() {
            @Override
            public Project project() {
                return project;
            }

            @Override
            public ProviderProfile provider() {
                return api.provider;
            }

            @Override
            public Locale locale() {
                return locale;
            }
        });
    }

    private String hello(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(api.commands.get(0));
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
