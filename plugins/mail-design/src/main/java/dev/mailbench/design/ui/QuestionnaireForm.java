package dev.mailbench.design.ui;

import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.VolumeSource;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The questionnaire of the selected mailbox. Prefilled from the project; every change is reported at once
 * so the recommendation follows as the consultant types.
 */
final class QuestionnaireForm extends JPanel {
    private static final MailProtocol[] DEVICE_PROTOCOLS = {MailProtocol.IMAP, MailProtocol.POP_KEEP_COPY,
            MailProtocol.POP_DELETE, MailProtocol.UNDECIDED};

    private final I18nApi i18n;
    private final JLabel role = new JLabel();
    private final JLabel readers = new JLabel();
    private final DeviceModel deviceModel;
    private final JTable devices;
    private final JCheckBox sharedState = new JCheckBox();
    private final JSpinner retention = new JSpinner(new SpinnerNumberModel(1, 0, 30, 1));
    private final JComboBox<BackupKind> backup = new JComboBox<>(BackupKind.values());
    private final JSpinner perDay = new JSpinner(new SpinnerNumberModel(10.0, 0.0, 100_000.0, 1.0));
    private final JSpinner kb = new JSpinner(new SpinnerNumberModel(100.0, 0.0, 1_000_000.0, 10.0));
    private final JSpinner used = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 100_000_000.0, 100.0));
    private final JLabel source = new JLabel();
    private LocalizedText panelUsage;
    private final JCheckBox abroad = new JCheckBox();

    private Questionnaire current;
    private Project project;
    private boolean updating;
    private Consumer<Questionnaire> listener = q -> { };

    QuestionnaireForm(I18nApi i18n) {
        super(new MigLayout("fillx, insets 12, wrap 2", "[right][grow, fill]", ""));
        this.i18n = i18n;
        // Here, not with the fields: the model names the columns through i18n.
        deviceModel = new DeviceModel();
        devices = new JTable(deviceModel);
        setName("design.questionnaire");
        devices.setName("design.devices");
        sharedState.setName("design.sharedState");
        retention.setName("design.retention");
        backup.setName("design.backup");
        perDay.setName("design.perDay");
        kb.setName("design.kb");
        used.setName("design.used");
        source.setName("design.volumeSource");
        abroad.setName("design.abroad");
        source.setForeground(UIManager.getColor("Label.disabledForeground"));

        add(label("役割", "Role"));
        add(role);
        add(label("読む人", "Readers"));
        add(readers);
        add(label("端末", "Devices"), "top");
        devices.setRowHeight(devices.getRowHeight() + 6);
        devices.setFillsViewportHeight(true);
        i18n.bindColumns(devices, deviceModel.columns());
        configureDeviceColumns();
        add(new JScrollPane(devices), "h 90:120:180");
        add(new JLabel());
        add(i18n.bind(sharedState, LocalizedText.of("既読・返信済みなどの状態を端末間・人の間でそろえる必要がある",
                "Read and replied state must match across devices and people")));
        add(label("保存年数", "Keep for (years)"));
        add(retention, "growx 0, w 80!");
        add(label("バックアップ", "Backup"));
        add(backup, "growx 0");
        add(label("受信量", "Volume"));
        add(perDay, "split 4, growx 0, w 90!");
        add(label("通/日", "a day"), "growx 0");
        add(kb, "growx 0, w 90!, gapleft 16");
        add(label("KB/通（平均）", "KB each (average)"), "growx 0, gapright push");
        add(label("現在の使用量", "Used now"));
        add(used, "split 2, growx 0, w 110!");
        add(new JLabel("MB"));
        add(new JLabel());
        add(source);
        add(new JLabel());
        add(i18n.bind(abroad, LocalizedText.of("海外から送信することがある", "Mail is sent from abroad")));

        backup.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof BackupKind b ? i18n.text(b.label()) : value,
                        index, s, f);
            }
        });
        sharedState.addActionListener(e -> changed(q -> q.withSharedStateNeeded(sharedState.isSelected())));
        abroad.addActionListener(e -> changed(q -> q.withUsedAbroad(abroad.isSelected())));
        retention.addChangeListener(e -> changed(q -> q.withRetentionYears(((Number) retention.getValue()).intValue())));
        backup.addActionListener(e -> changed(q -> q.withBackup((BackupKind) backup.getSelectedItem())));
        javax.swing.event.ChangeListener volume = e -> changed(q -> q.withVolume(number(perDay), number(kb), number(used),
                VolumeSource.ENTERED));
        perDay.addChangeListener(volume);
        kb.addChangeListener(volume);
        used.addChangeListener(volume);
    }

    private JLabel label(String ja, String en) {
        return i18n.bind(new JLabel(), LocalizedText.of(ja, en));
    }

    void onChange(Consumer<Questionnaire> action) {
        listener = action;
    }

    /** Shows {@code q}, answered for a mailbox of {@code inProject}, without reporting it as a change. */
    void show(Questionnaire q, Project inProject) {
        show(q, inProject, null);
    }

    /**
     * @param fromPanel where the usage came from when the server panel's import gave it, else null: the usage is then
     *                  the server's own figure, shown but not typed over
     */
    void show(Questionnaire q, Project inProject, LocalizedText fromPanel) {
        updating = true;
        try {
            panelUsage = fromPanel;
            used.setEnabled(fromPanel == null);
            current = q;
            project = inProject;
            deviceModel.setRows(q.devices());
            sharedState.setSelected(q.sharedStateNeeded());
            retention.setValue(q.retentionYears());
            backup.setSelectedItem(q.backup());
            perDay.setValue(q.mailsPerDay());
            kb.setValue(q.typicalKb());
            used.setValue(q.currentUsageMb());
            abroad.setSelected(q.usedAbroad());
        } finally {
            updating = false;
        }
        render();
    }

    /** Writes the texts of the questionnaire shown in the current language. */
    void render() {
        devices.repaint();
        backup.repaint();
        if (current == null) {
            return;
        }
        role.setText(i18n.text(current.role().label()));
        List<String> names = new ArrayList<>();
        for (String r : current.readers()) {
            names.add(r.startsWith("device:") ? i18n.text("共有端末", "shared device")
                    : project.person(r).map(p -> p.name()).orElse(r));
        }
        readers.setText(names.isEmpty() ? i18n.text("なし（誰もログインしない）", "none (nobody logs in)")
                : String.join("、", names) + i18n.text("（" + names.size() + " 人）", " (" + names.size() + ")"));
        showVolumeSource();
    }

    private void showVolumeSource() {
        source.setText(i18n.text("受信量の根拠: ", "Volume from: ") + i18n.text(current.volumeSource().label())
                + (panelUsage == null ? "" : i18n.text("。", ". ") + i18n.text(panelUsage)));
    }

    Questionnaire questionnaire() {
        return current;
    }

    private void changed(java.util.function.UnaryOperator<Questionnaire> edit) {
        if (updating || current == null) {
            return;
        }
        current = edit.apply(current);
        showVolumeSource();
        listener.accept(current);
    }

    private static double number(JSpinner spinner) {
        return ((Number) spinner.getValue()).doubleValue();
    }

    private void configureDeviceColumns() {
        JComboBox<MailProtocol> editor = new JComboBox<>(DEVICE_PROTOCOLS);
        DefaultListCellRenderer listRenderer = new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, protocolText(value), index, s, f);
            }
        };
        editor.setRenderer(listRenderer);
        editor.setName("design.deviceProtocolEditor");
        devices.getColumnModel().getColumn(DeviceModel.PROTOCOL).setCellEditor(new DefaultCellEditor(editor));
        devices.getColumnModel().getColumn(DeviceModel.PROTOCOL).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(protocolText(value));
            }
        });
        int[] widths = {130, 130, 60, 210, 120};
        for (int i = 0; i < widths.length; i++) {
            devices.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private String protocolText(Object value) {
        if (value == MailProtocol.UNDECIDED) {
            return i18n.text("未確認", "Unknown");
        }
        return value instanceof MailProtocol p ? i18n.text(p.label()) : String.valueOf(value);
    }

    /** The devices that read the mailbox; their protocol and Gmail POP fetch are answers, the rest comes from the project. */
    private final class DeviceModel extends LocalizedTableModel<DeviceAnswer> {
        static final int NAME = 0;
        static final int CLIENT = 1;
        static final int ROLE = 2;
        static final int PROTOCOL = 3;
        static final int GMAIL_FETCH = 4;

        DeviceModel() {
            super(QuestionnaireForm.this.i18n, LocalizedText.of("端末", "Device"), LocalizedText.of("アプリ", "Client"), LocalizedText.of("用途", "Role"),
                    LocalizedText.of("この端末の受信方式", "Protocol on this device"), LocalizedText.of("Gmail の POP 取得", "Gmail POP fetch"));
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == GMAIL_FETCH ? Boolean.class : Object.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == PROTOCOL || column == GMAIL_FETCH;
        }

        @Override
        public Object getValueAt(int row, int column) {
            DeviceAnswer d = row(row);
            return switch (column) {
                case NAME -> d.deviceName().isBlank() ? d.deviceId() : d.deviceName();
                case CLIENT -> i18n.text(d.client().label());
                case ROLE -> i18n.text(d.role().label());
                case PROTOCOL -> d.protocolOnDevice();
                default -> d.gmailPopFetch();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            DeviceAnswer d = row(row);
            replaceRow(row, column == PROTOCOL ? d.withProtocol((MailProtocol) value) : d.withGmailPopFetch(Boolean.TRUE.equals(value)));
            changed(q -> q.withDevices(rows()));
        }
    }
}
