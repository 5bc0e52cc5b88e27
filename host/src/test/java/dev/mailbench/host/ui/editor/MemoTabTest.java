package dev.mailbench.host.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Issue 20: Tab leaves a memo field like any other field; Ctrl+Tab inserts a tab. */
class MemoTabTest {
    @Test
    void tabMovesOnAndCtrlTabInsertsATab() {
        JTextArea memo = GuiActionRunner.execute(() -> {
            JTextArea area = new JTextArea();
            Form.tabLeavesTheField(area);
            return area;
        });

        assertThat(GuiActionRunner.execute(() -> memo.getFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS)))
                .containsExactly(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0));
        assertThat(GuiActionRunner.execute(() -> memo.getFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS)))
                .containsExactly(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK));

        String text = GuiActionRunner.execute(() -> {
            memo.setText("a");
            memo.setCaretPosition(1);
            Object action = memo.getInputMap().get(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK));
            memo.getActionMap().get(action).actionPerformed(null);
            return memo.getText();
        });
        assertThat(text).isEqualTo("a\t");
    }
}
