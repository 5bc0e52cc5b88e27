package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.ui.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import javax.swing.text.Position;
import org.junit.jupiter.api.Test;

/** The navigator's nodes answer to the text they show: typing a node's first letters selects it. */
class NavigatorTreeTest {
    @Test
    void typingTheFirstLettersOfANodeFindsItsRow() throws Exception {
        AtomicReference<Integer> domainsRow = new AtomicReference<>();
        AtomicReference<List<String>> texts = new AtomicReference<>();
        List<String> opened = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            NavigatorTree tree = new NavigatorTree(opened::add);
            String domains = Texts.get("nav.domains");
            domainsRow.set(tree.getRowForPath(tree.getNextMatch(domains.substring(0, 2), 0, Position.Bias.Forward)));
            List<String> shown = new ArrayList<>();
            for (int row = 0; row < tree.getRowCount(); row++) {
                shown.add(tree.convertValueToText(tree.getPathForRow(row).getLastPathComponent(), false, true, true,
                        row, false));
            }
            texts.set(shown);
        });

        assertThat(texts.get()).startsWith(Texts.get("nav.project"), Texts.get("nav.overview"));
        assertThat(texts.get().get(domainsRow.get())).isEqualTo(Texts.get("nav.domains"));
        assertThat(texts.get()).noneMatch(text -> text.startsWith("Node["));
        assertThat(opened).isEmpty();
    }
}
