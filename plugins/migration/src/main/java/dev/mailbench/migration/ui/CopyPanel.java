package dev.mailbench.migration.ui;

import dev.mailbench.api.WorkbenchApi;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** Placeholder: IMAP-to-IMAP copy and verify with progress and cancel. */
public final class CopyPanel extends JPanel {
    public CopyPanel(WorkbenchApi api) {
        super(new MigLayout("insets dialog"));
        setName("migration.copy");
        add(new JLabel("未実装 / not built yet"));
    }
}
