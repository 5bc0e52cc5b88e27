package dev.mailbench.archive.ui;

import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.archive.ArchiveInventoryService;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveVerifier;
import dev.mailbench.testlab.CuttingRelay;
import dev.mailbench.archive.handover.ArchiveHandoverSection;
import dev.mailbench.archive.route.ArchiveRouteStep;
import dev.mailbench.api.route.StepState;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePanelTest {
    TestLab lab;
    FakeWorkbenchApi api;
    PanelWindow opened;
    ArchivePanel panel;
    FrameFixture window;

    @BeforeAll
    void setUp(TestLab lab) throws Exception {
        this.lab = lab;
        MailboxSeeder.forLab(lab, lab.taro()).seed(150, 8008L);
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() {
        api = TaroWorkbench.create();
        opened = PanelWindow.open(api, 1180, 820);
        panel = (ArchivePanel) opened.panel();
        window = opened.window();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private void connect() {
        window.textBox("archive.port").setText(String.valueOf(lab.imapsPort()));
        window.textBox("archive.ca").setText(lab.caCertificate().toString());
        window.textBox("archive.password").setText(lab.taro().password());
    }

    private void waitFor(String what, java.util.function.Supplier<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            protected String descriptionAddendum() {
                return GuiActionRunner.execute(() -> " (message: " + wrapped("archive.message")
                        + ", status: " + wrapped("archive.status") + ")");
            }

            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::get);
            }
        }, Timeout.timeout(60, TimeUnit.SECONDS));
    }

    @Test
    void inventoryShowsJapaneseFoldersThenExportsWithProgressAndRecordsTheArchive(@TempDir Path out) throws Exception {
        assertThat(window.textBox("archive.host").text()).isEqualTo("sv1234.xserver.test");
        assertThat(window.textBox("archive.user").text()).isEqualTo("taro@sample-shoji.test");
        connect();

        SwingButtons.press(window, "archive.inventory");
        waitFor("inventory", () -> window.table("archive.folders").target().getRowCount() >= 9
                && window.button("archive.export").target().isEnabled());

        assertThat(panel.folderNames()).contains("取引先/見積/2024年度", "研究&開発", "アーカイブ/2023");
        assertThat(window.label("archive.totals").text()).contains("合計 150 通").contains("サーバー使用量");
        assertThat(window.table("archive.folders").contents()[0]).contains("INBOX");
        MailboxInventoryService service = new ArchiveInventoryService();
        assertThat(service.measuredVolume(api.project, "mb-taro")).hasValueSatisfying(v -> {
            assertThat(v.messagesPerDay()).isPositive();
            assertThat(v.averageMessageKb()).isPositive();
            assertThat(v.usedMb()).isPositive();
        });

        window.comboBox("archive.format").selectItem(1);
        window.textBox("archive.out").setText(out.toString());
        window.textBox("archive.password").setText(lab.taro().password());
        SwingButtons.press(window, "archive.export");
        waitFor("export", () -> wrapped("archive.message").startsWith("完了しました"));

        assertThat(wrapped("archive.status")).contains("新規 150 通");
        assertThat(ArchiveVerifier.verify(out).checked()).isEqualTo(150);
        ArchiveProjectSection section = ArchiveProjectSection.fromPlain(api.project.plugins().get("mailbox-archive"));
        assertThat(section.mailbox("mb-taro")).hasValueSatisfying(m -> {
            assertThat(m.archive().path()).isEqualTo(out.toAbsolutePath().toString());
            assertThat(m.archive().messages()).isEqualTo(150);
            assertThat(m.inventory().messages()).isEqualTo(150);
            assertThat(m.lastExport().outcomeKind()).isEqualTo(ArchiveProjectSection.ExportState.Outcome.FINISHED);
            assertThat(m.lastExport().verifiedAt()).isNotNull();
        });
        // the visit route: the export finished and the archive was re-read without a problem
        assertThat(new ArchiveRouteStep().status(api.project)).hasValueSatisfying(s ->
                assertThat(s.state()).isEqualTo(StepState.DONE));
        opened.screenshot("archive-panel.png");

        HandoverSection handover = new ArchiveHandoverSection().build(context(api.project, Locale.JAPANESE)).orElseThrow();
        assertThat(handover.title()).isEqualTo("メールのアーカイブ");
        assertThat(handover.blocks()).filteredOn(TableBlock.class::isInstance).map(TableBlock.class::cast)
                .anySatisfy(t -> assertThat(t.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("研究&開発")));
        assertThat(handover.blocks()).filteredOn(KeyValueBlock.class::isInstance).map(KeyValueBlock.class::cast)
                .anySatisfy(k -> assertThat(k.entries()).contains(new KeyValueBlock.Entry("保存場所", out.toAbsolutePath().toString())));
    }

    @Test
    void cancelStopsARunningExportAndTheNextExportResumesWithoutDuplicates(@TempDir Path out) throws Exception {
        try (CuttingRelay slowLine = CuttingRelay.slow(lab.imapsPort(), 4)) {
            connect();
            window.textBox("archive.port").setText(String.valueOf(slowLine.port()));
            SwingButtons.press(window, "archive.inventory");
            waitFor("inventory", () -> window.button("archive.export").target().isEnabled());
            window.textBox("archive.out").setText(out.toString());
            window.textBox("archive.password").setText(lab.taro().password());
            SwingButtons.press(window, "archive.export");
            waitFor("export running", () -> window.progressBar("archive.progress").target().getString().matches("[1-9][0-9]* / 150"));
            assertThat(window.button("archive.cancel").target().isEnabled()).isTrue();
            assertThat(wrapped("archive.status")).contains("通/秒").contains("/s");

            SwingButtons.press(window, "archive.cancel");
            waitFor("cancelled", () -> wrapped("archive.message").startsWith("中止しました"));
            assertThat(new ArchiveRouteStep().status(api.project)).hasValueSatisfying(s -> {
                assertThat(s.state()).isEqualTo(StepState.FINDINGS);
                assertThat(s.summary().ja()).contains("中止");
            });
        }
        waitFor("the cancelled export let go of the archive", () -> archiveFree(out));
        assertThat(ArchiveVerifier.verify(out).checked()).isBetween(1, 149);

        window.textBox("archive.port").setText(String.valueOf(lab.imapsPort()));
        window.textBox("archive.password").setText(lab.taro().password());
        SwingButtons.press(window, "archive.export");
        waitFor("export", () -> wrapped("archive.message").startsWith("完了しました"));

        ArchiveVerifier.Report r = ArchiveVerifier.verify(out);
        assertThat(r.problems()).isEmpty();
        assertThat(r.checked()).isEqualTo(150);
        assertThat(new ArchiveRouteStep().status(api.project)).hasValueSatisfying(s ->
                assertThat(s.state()).isEqualTo(StepState.DONE));
    }

    private static boolean archiveFree(Path out) {
        try (var ch = java.nio.channels.FileChannel.open(out.resolve(".archive.lock"), java.nio.file.StandardOpenOption.WRITE);
             var lock = ch.tryLock()) {
            return lock != null;
        } catch (java.io.IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    @Test
    void missingPasswordAndBadPortAreExplainedAndNothingRuns() {
        window.textBox("archive.password").setText("");
        SwingButtons.press(window, "archive.inventory");
        waitFor("password message", () -> wrapped("archive.message").contains("パスワードを入力"));

        window.textBox("archive.password").setText("x");
        window.textBox("archive.port").setText("99999");
        SwingButtons.press(window, "archive.inventory");
        waitFor("port message", () -> wrapped("archive.message").contains("ポート"));
        assertThat(api.edits).isEmpty();
        assertThat(window.button("archive.export").target().isEnabled()).isFalse();
    }

    @Test
    void pop3AccountIsInventoriedAndExportedAsOneInbox(@TempDir Path out) throws Exception {
        var pop = lab.pop();
        int inbox = MailboxSeeder.forLab(lab, pop).seed(40, 515L).folders().get("INBOX").messages();
        window.comboBox("archive.protocol").selectItem("POP3");
        assertThat(window.textBox("archive.port").text()).isEqualTo("995");
        assertThat(window.spinner("archive.connections").target().isEnabled()).isFalse();
        assertThat(window.textBox("archive.since").target().isEnabled()).isFalse();
        window.textBox("archive.port").setText(String.valueOf(lab.pop3sPort()));
        window.textBox("archive.user").setText(pop.address());
        window.textBox("archive.ca").setText(lab.caCertificate().toString());
        window.textBox("archive.password").setText(pop.password());

        SwingButtons.press(window, "archive.inventory");
        waitFor("POP3 inventory", () -> window.table("archive.folders").target().getRowCount() == 1
                && window.button("archive.export").target().isEnabled());
        assertThat(panel.folderNames()).containsExactly("INBOX");
        assertThat(window.label("archive.totals").text()).contains("合計 " + inbox + " 通");

        window.textBox("archive.out").setText(out.toString());
        window.textBox("archive.password").setText(pop.password());
        SwingButtons.press(window, "archive.export");
        waitFor("POP3 export", () -> wrapped("archive.message").startsWith("完了しました"));
        opened.screenshot("archive-pop3.png");

        assertThat(wrapped("archive.status")).contains("新規 " + inbox + " 通");
        ArchiveVerifier.Report r = ArchiveVerifier.verify(out);
        assertThat(r.problems()).isEmpty();
        assertThat(r.checked()).isEqualTo(inbox);

        assertThat(new ArchiveInventoryService().measuredVolume(api.project, "mb-taro"))
                .as("POP3 gives no dates: no volume per day is made up").isEmpty();
        HandoverSection handover = new ArchiveHandoverSection().build(context(api.project, Locale.JAPANESE)).orElseThrow();
        assertThat(handover.blocks()).filteredOn(KeyValueBlock.class::isInstance).map(KeyValueBlock.class::cast)
                .anySatisfy(k -> assertThat(k.entries()).anySatisfy(e -> {
                    assertThat(e.key()).isEqualTo("取得方法");
                    assertThat(e.value()).startsWith("POP3");
                }));

        window.comboBox("archive.protocol").selectItem("IMAP");
        assertThat(window.textBox("archive.port").text()).as("a typed port is kept").isEqualTo(String.valueOf(lab.pop3sPort()));
        assertThat(window.table("archive.folders").target().getRowCount()).as("the POP3 inventory is not IMAP's").isZero();
    }

    @Test
    void wrongPasswordIsExplained() {
        window.textBox("archive.port").setText(String.valueOf(lab.imapsPort()));
        window.textBox("archive.ca").setText(lab.caCertificate().toString());
        window.textBox("archive.password").setText("wrong-password");
        SwingButtons.press(window, "archive.inventory");
        waitFor("login error", () -> wrapped("archive.message").contains("ログインできません"));
        assertThat(api.edits).isEmpty();
    }

    private static HandoverContext context(Project project, Locale locale) {
        return HandoverContext.of(project, FakeWorkbenchApi.xserverTest(), locale);
    }

    /** The text of a wrapping label (the status, the message). */
    private String wrapped(String name) {
        var label = window.robot().finder().findByName(window.target(), name,
                dev.mailbench.kit.swing.WrappingLabel.class, false);
        return GuiActionRunner.execute(() -> label.getText());
    }
}
