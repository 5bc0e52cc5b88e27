package dev.mailbench.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SwingButtons;
import java.util.List;
import java.util.Locale;
import javax.swing.JPanel;
import javax.swing.border.TitledBorder;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel follows a language switch without being rebuilt, and leaves nothing registered once closed. No lab needed. */
class ArchivePanelLanguageTest {
    FakeWorkbenchApi api;
    PanelWindow opened;
    FrameFixture window;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() {
        api = TaroWorkbench.create();
        opened = PanelWindow.open(api, 1180, 820);
        window = opened.window();
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    /** What a consultant reads: fixed labels, buttons, headers, a titled border, and texts the panel computed. */
    private List<String> visibleTexts() {
        return GuiActionRunner.execute(() -> List.of(
                window.label("archive.title").target().getText(),
                window.button("archive.inventory").target().getText(),
                window.button("archive.export").target().getText(),
                window.button("archive.cancel").target().getText(),
                window.button("archive.browseCa").target().getText(),
                window.checkBox("archive.selectAll").target().getText(),
                String.valueOf(window.table("archive.folders").target().getColumnModel().getColumn(1).getHeaderValue()),
                String.valueOf(window.table("archive.folders").target().getColumnModel().getColumn(2).getHeaderValue()),
                connectionBorderTitle(),
                wrapped("archive.status"),
                wrapped("archive.message")));
    }

    private String connectionBorderTitle() {
        JPanel box = (JPanel) window.comboBox("archive.mailbox").target().getParent();
        return ((TitledBorder) box.getBorder()).getTitle();
    }

    @Test
    void switchingToEnglishAndBackRelabelsFixedAndComputedTexts() {
        // computed texts: a status (POP3 chosen) and a message (a field to correct)
        window.comboBox("archive.protocol").selectItem("POP3");
        window.textBox("archive.password").setText("");
        SwingButtons.press(window, "archive.inventory");
        List<String> japanese = visibleTexts();
        assertThat(japanese).containsExactly("メールアーカイブ", "棚卸し", "エクスポート", "中止", "参照…", "すべて選択", "フォルダー",
                "通数", "接続", "POP3: 受信箱 (INBOX) だけを UIDL で管理して保存します。サーバーのメールは変更しません。",
                "パスワードを入力してください。");

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(visibleTexts()).containsExactly("Mail archive", "Inventory", "Export", "Cancel", "Browse…", "Select all",
                "Folder", "Messages", "Connection", "POP3: the inbox only, tracked by UIDL; nothing on the server changes.",
                "Enter the password.");
        assertThat(window.label("archive.totals").text()).isBlank();
        var lead = window.robot().finder().findByName(window.target(), "archive.lead",
                dev.mailbench.kit.swing.WrappingLabel.class, false);
        assertThat(GuiActionRunner.execute(() -> lead.getText())).startsWith("Saves mail byte for byte");

        opened.switchLanguage(Locale.JAPANESE);
        assertThat(visibleTexts()).isEqualTo(japanese);
    }

    @Test
    void closingThePanelLeavesNoListenerBehind() {
        assertThat(api.listenerCount()).as("the open panel listens for language switches").isPositive();

        opened.close();
        opened = null;

        assertThat(api.listenerCount()).isZero();
    }

    /** The text of a wrapping label (the status, the message). */
    private String wrapped(String name) {
        var label = window.robot().finder().findByName(window.target(), name,
                dev.mailbench.kit.swing.WrappingLabel.class, false);
        return GuiActionRunner.execute(() -> label.getText());
    }
}
