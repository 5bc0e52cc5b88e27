package dev.mailbench.host.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

/** Issue 20: Tab leaves a memo field like any other field; Ctrl+Tab inserts a tab. */
class MemoTabTest {
    @Test
    void tabMovesOnAndCtrlTabInsertsATab() {
        JTextArea memo = new JTextArea();
        Form.tabLeavesTheField(memo);

        assertThat(memo.getFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS))
                .containsExactly(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0));
        assertThat(memo.getFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS))
                .containsExactly(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK));

        memo.setText("a");
        memo.setCaretPosition(1);
        Object action = memo.getInputMap().get(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK));
        memo.getActionMap().get(action).actionPerformed(null);
        assertThat(memo.getText()).isEqualTo("a\t");
    }
}
