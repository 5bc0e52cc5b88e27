package dev.mailbench.host.handover.ui;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.ChecklistMerge;
import dev.mailbench.host.handover.ChecklistMerge.Resolution;
import dev.mailbench.host.handover.ChecklistMergePreview;
import dev.mailbench.host.handover.ChecklistMergePreview.Entry;
import dev.mailbench.host.handover.ChecklistMergePreview.Fields;
import dev.mailbench.host.handover.ChecklistMergePreview.Kind;
import dev.mailbench.host.handover.DocumentFields;
import dev.mailbench.host.handover.xlsx.ChecklistImporter;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * File → Excel チェックリストを取り込む: pick the workbook, see what changes and what conflicts, choose per
 * conflict, and apply everything as one undoable edit.
 */
public final class ChecklistImportDialog extends JDialog {
    private final HandoverUiContext context;
    private final JLabel summary = new JLabel(" ");
    private final PreviewModel model;
    private final JTable table;
    private final JButton chooseButton;
    private final JButton applyButton;
    private final JButton closeButton;
    private ChecklistMergePreview preview;

    private ChecklistImportDialog(Window owner, HandoverUiContext context) {
        super(owner, context.t("Excel チェックリストを取り込む", "Import the Excel checklist"), ModalityType.APPLICATION_MODAL);
        this.context = context;
        this.model = new PreviewModel();
        this.table = new JTable(model);
        setName("handover.importDialog");
        chooseButton = new JButton(context.t("ブックを選ぶ…", "Choose workbook…"));
        applyButton = new JButton(context.t("取り込む", "Apply"));
        closeButton = new JButton(context.t("閉じる", "Close"));
        chooseButton.setName("handover.import.choose");
        applyButton.setName("handover.import.apply");
        closeButton.setName("handover.import.close");
        summary.setName("handover.import.summary");
        table.setName("handover.import.table");
        table.setRowHeight(table.getRowHeight() + 6);
        JComboBox<String> choice = new JComboBox<>(new String[] {
                "", context.t("ブックを採用", "Take workbook"), context.t("案件を維持", "Keep project")});
        choice.setName("handover.import.choice");
        table.getColumnModel().getColumn(5).setCellEditor(new DefaultCellEditor(choice));
        int[] widths = {70, 200, 300, 220, 220, 120};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JPanel p = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[][grow,fill][]"));
        p.add(summary, "wrap");
        p.add(new JScrollPane(table), "w 900:1130, h 260:400, wrap");
        p.add(chooseButton, "split 3, left");
        p.add(applyButton, "gapbefore push, sg buttons");
        p.add(closeButton, "sg buttons");
        setContentPane(p);
        applyButton.setEnabled(false);
        summary.setText(context.t("お客様が記入した Excel を選んでください。", "Choose the workbook the customer filled in."));
        chooseButton.addActionListener(e -> choose());
        applyButton.addActionListener(e -> apply());
        closeButton.addActionListener(e -> dispose());
        model.addTableModelListener(e -> updateApply());
        pack();
        setLocationRelativeTo(owner);
    }

    /** What File-menu actions call: opens the dialog for the workbench's open project (on the EDT). */
    public static void show(Window owner, dev.mailbench.host.Workbench workbench) {
        show(owner, HandoverUiContext.of(workbench));
    }

    public static void show(Window owner, HandoverUiContext context) {
        new ChecklistImportDialog(owner, context).setVisible(true);
    }

    public static ChecklistImportDialog create(Window owner, HandoverUiContext context) {
        return new ChecklistImportDialog(owner, context);
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser(context.defaultExportDir().map(Path::toFile).orElse(null));
        chooser.setFileFilter(new FileNameExtensionFilter("Excel (*.xlsx)", "xlsx"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            load(chooser.getSelectedFile().toPath());
        }
    }

    /** Reads the workbook on a worker thread and shows the preview. */
    public void load(Path workbook) {
        Project project = context.session().project();
        chooseButton.setEnabled(false);
        summary.setText(context.t("読み込んでいます…", "Reading…"));
        new SwingWorker<ChecklistMergePreview, Void>() {
            @Override
            protected ChecklistMergePreview doInBackground() throws Exception {
                return new ChecklistImporter().read(workbook, project);
            }

            @Override
            protected void done() {
                chooseButton.setEnabled(true);
                try {
                    show(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    summary.setText(" ");
                    JOptionPane.showMessageDialog(ChecklistImportDialog.this, e.getCause().getMessage(), getTitle(),
                            JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void show(ChecklistMergePreview loaded) {
        preview = loaded;
        model.set(loaded.entries().stream().filter(e -> e.kind() != Kind.UNCHANGED).toList());
        String text = context.t("変更 ", "Changes: ") + loaded.ofKind(Kind.CHANGED).size()
                + context.t(" 件・競合 ", ", conflicts: ") + loaded.ofKind(Kind.CONFLICT).size()
                + context.t(" 件・変更なし ", ", unchanged: ") + loaded.ofKind(Kind.UNCHANGED).size()
                + context.t(" 件", "");
        if (!loaded.ofKind(Kind.INVALID).isEmpty() || !loaded.ofKind(Kind.UNKNOWN_ID).isEmpty()) {
            text += context.t("・取り込めない行 ", ", rows skipped: ")
                    + (loaded.ofKind(Kind.INVALID).size() + loaded.ofKind(Kind.UNKNOWN_ID).size());
        }
        if (loaded.hasConflicts()) {
            text += context.t("　— 競合は「採用」欄で選んでください", " — choose a side for each conflict");
        }
        if (!loaded.warnings().isEmpty()) {
            text += "　⚠ " + String.join(" / ", loaded.warnings());
        }
        summary.setText(text);
        updateApply();
    }

    private void updateApply() {
        applyButton.setEnabled(preview != null && !preview.changes().isEmpty() && model.unresolved() == 0);
    }

    private void apply() {
        Map<String, Resolution> resolutions = model.resolutions();
        ChecklistMergePreview p = preview;
        context.session().update(context.t("Excel チェックリストを取り込み", "Import Excel checklist"), project -> {
            try {
                return ChecklistMerge.apply(project, p, resolutions, Instant.now());
            } catch (ChecklistMerge.UnresolvedConflictsException e) {
                throw new IllegalStateException(e);
            }
        });
        dispose();
    }

    private final class PreviewModel extends AbstractTableModel {
        private List<Entry> rows = List.of();
        private final Map<String, Resolution> choices = new HashMap<>();

        void set(List<Entry> entries) {
            rows = entries;
            choices.clear();
            fireTableDataChanged();
        }

        int unresolved() {
            return (int) rows.stream().filter(e -> e.kind() == Kind.CONFLICT && !choices.containsKey(e.itemId())).count();
        }

        Map<String, Resolution> resolutions() {
            return Map.copyOf(choices);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 6;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> context.t("種別", "Kind");
                case 1 -> "ID";
                case 2 -> context.t("項目", "Item");
                case 3 -> context.t("案件（現在）", "Project (now)");
                case 4 -> context.t("ブック", "Workbook");
                default -> context.t("採用", "Use");
            };
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 5 && rows.get(row).kind() == Kind.CONFLICT;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Entry e = rows.get(row);
            return switch (column) {
                case 0 -> kind(e.kind());
                case 1 -> e.itemId();
                case 2 -> e.text();
                case 3 -> describe(e.project());
                case 4 -> e.sheet() == null ? e.problem() : describe(e.sheet());
                default -> e.kind() == Kind.CONFLICT ? choiceLabel(choices.get(e.itemId()))
                        : e.kind() == Kind.CHANGED ? context.t("ブック", "Workbook") : "";
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            String id = rows.get(row).itemId();
            if (context.t("ブックを採用", "Take workbook").equals(value)) {
                choices.put(id, Resolution.TAKE_SHEET);
            } else if (context.t("案件を維持", "Keep project").equals(value)) {
                choices.put(id, Resolution.KEEP_PROJECT);
            } else {
                choices.remove(id);
            }
            fireTableRowsUpdated(row, row);
        }

        private String choiceLabel(Resolution r) {
            if (r == null) {
                return "";
            }
            return r == Resolution.TAKE_SHEET ? context.t("ブックを採用", "Take workbook") : context.t("案件を維持", "Keep project");
        }

        private String kind(Kind kind) {
            return switch (kind) {
                case CHANGED -> context.t("変更", "Change");
                case CONFLICT -> context.t("競合", "Conflict");
                case INVALID -> context.t("無効", "Invalid");
                case UNKNOWN_ID -> context.t("不明", "Unknown");
                case UNCHANGED -> "";
            };
        }

        private String describe(Fields f) {
            if (f == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder(f.status().label().get(context.uiLocale()));
            if (!f.owner().isEmpty()) {
                sb.append(" / ").append(f.owner());
            }
            if (f.due() != null) {
                sb.append(" / ").append(DocumentFields.formatDate(f.due(), context.uiLocale()));
            }
            if (!f.note().isEmpty()) {
                sb.append(" / ").append(f.note().replace('\n', ' '));
            }
            return sb.toString();
        }
    }
}
