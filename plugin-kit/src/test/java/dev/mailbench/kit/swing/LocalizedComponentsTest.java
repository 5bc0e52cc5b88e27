package dev.mailbench.kit.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.border.TitledBorder;
import org.junit.jupiter.api.Test;

/** Components are never shown here: only their texts are read, which needs no display. */
class LocalizedComponentsTest {
    private static final LocalizedText RUN = LocalizedText.of("実行", "Run");

    @Test
    void relabelSetsEveryBoundTextInTheNewLanguage() {
        JPanel root = new JPanel();
        JPanel inner = new JPanel();
        root.add(inner);
        JButton button = LocalizedComponents.bind(new JButton(), RUN, Locale.JAPANESE);
        JLabel label = LocalizedComponents.bindTooltip(new JLabel("x"), LocalizedText.of("ヒント", "Hint"), Locale.JAPANESE);
        JTextField field = LocalizedComponents.bindPlaceholder(new JTextField(), LocalizedText.of("例", "e.g."), Locale.JAPANESE);
        inner.setBorder(BorderFactory.createTitledBorder(""));
        LocalizedComponents.bind(inner, LocalizedText.of("受信サーバー", "Incoming server"), Locale.JAPANESE);
        JTable table = new JTable(1, 2);
        LocalizedComponents.bindColumns(table, Locale.JAPANESE, LocalizedText.of("名前", "Name"), LocalizedText.of("状態", "State"));
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("", new JPanel());
        LocalizedComponents.bindTabs(tabs, Locale.JAPANESE, LocalizedText.of("設定", "Settings"));
        inner.add(button);
        inner.add(label);
        inner.add(field);
        root.add(table);
        root.add(tabs);
        assertThat(button.getText()).isEqualTo("実行");

        LocalizedComponents.relabel(root, Locale.ENGLISH);

        assertThat(button.getText()).isEqualTo("Run");
        assertThat(label.getToolTipText()).isEqualTo("Hint");
        assertThat(field.getClientProperty("JTextField.placeholderText")).isEqualTo("e.g.");
        assertThat(((TitledBorder) inner.getBorder()).getTitle()).isEqualTo("Incoming server");
        assertThat(table.getColumnModel().getColumn(1).getHeaderValue()).isEqualTo("State");
        assertThat(tabs.getTitleAt(0)).isEqualTo("Settings");

        LocalizedComponents.relabel(root, Locale.JAPANESE);
        assertThat(button.getText()).isEqualTo("実行");
        assertThat(tabs.getTitleAt(0)).isEqualTo("設定");
    }

    @Test
    void anUnboundComponentKeepsItsText() {
        JLabel plain = new JLabel("固定");
        LocalizedComponents.relabel(plain, Locale.ENGLISH);
        assertThat(plain.getText()).isEqualTo("固定");
    }
}
