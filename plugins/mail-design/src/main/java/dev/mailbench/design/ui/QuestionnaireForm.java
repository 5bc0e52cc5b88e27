package dev.mailbench.design.ui;

import static dev.mailbench.design.engine.Texts.t;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.VolumeSource;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The questionnaire of the selected mailbox. Prefilled from the project; every change is reported at once
 * so the recommendation follows as the consultant types.
 */
final class QuestionnaireForm extends JPanel {
    private static final MailProtocol[] DEVICE_PROTOCOLS = {MailProtocol.IMAP, MailProtocol.POP_KEEP_COPY,
            MailProtocol.POP_DELETE, MailProtocol.UNDECIDED};

    private final JLabel roleKey = new JLabel();
    private final JLabel role = new JLabel();
    private final JLabel readersKey = new JLabel();
    private final JLabel readers = new JLabel();
    private final JLabel devicesKey = new JLabel();
    private final DeviceModel deviceModel = new DeviceModel();
    private final JTable devices = new JTable(deviceModel);
    private final JCheckBox sharedState = new JCheckBox();
    private final JLabel retentionKey = new JLabel();
    private final JSpinner retention = new JSpinner(new SpinnerNumberModel(1, 0, 30, 1));
    private final JLabel backupKey = new JLabel();
    private final JComboBox<BackupKind> backup = new JComboBox<>(BackupKind.values());
    private final JLabel volumeKey = new JLabel();
    private final JSpinner perDay = new JSpinner(new SpinnerNumberModel(10.0, 0.0, 100_000.0, 1.0));
    private final JLabel perDayUnit = new JLabel();
    private final JSpinner kb = new JSpinner(new SpinnerNumberModel(100.0, 0.0, 1_000_000.0, 10.0));
    private final JLabel kbUnit = new JLabel();
    private final JLabel usedKey = new JLabel();
    private final JSpinner used = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 100_000_000.0, 100.0));
    private final JLabel source = new JLabel();
    private final JCheckBox abroad = new JCheckBox();

    private Locale locale = Locale.JAPANESE;
    private Questionnaire current;
    private boolean updating;
    private Consumer<Questionnaire> listener = q -> { };

    QuestionnaireForm() {
        super(new MigLayout("fillx, insets 12, wrap 2", "[right][grow, fill]", ""));
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

        add(roleKey);
        add(role);
        add(readersKey);
        add(readers);
        add(devicesKey, "top");
        devices.setRowHeight(devices.getRowHeight() + 6);
        devices.setFillsViewportHeight(true);
        add(new JScrollPane(devices), "h 90:120:180");
        add(new JLabel());
        add(sharedState);
        add(retentionKey);
        add(retention, "growx 0, w 80!");
        add(backupKey);
        add(backup, "growx 0");
        add(volumeKey);
        add(perDay, "split 4, growx 0, w 90!");
        add(perDayUnit, "growx 0");
        add(kb, "growx 0, w 90!, gapleft 16");
        add(kbUnit, "growx 0, gapright push");
        add(usedKey);
        add(used, "split 2, growx 0, w 110!");
        add(new JLabel("MB"));
        add(new JLabel());
        add(source);
        add(new JLabel());
        add(abroad);

        backup.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean s, boolean f) {
                return super.getListCellRendererComponent(list, value instanceof BackupKind b ? b.label().get(locale) : value,
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
        relabel(locale);
    }

    void onChange(Consumer<Questionnaire> action) {
        listener = action;
    }

    void relabel(Locale value) {
        locale = value;
        roleKey.setText(t(value, "役割", "Role"));
        readersKey.setText(t(value, "読む人", "Readers"));
        devicesKey.setText(t(value, "端末", "Devices"));
        sharedState.setText(t(value, "既読・返信済みなどの状態を端末間・人の間でそろえる必要がある",
                "Read and replied state must match across devices and people"));
        retentionKey.setText(t(value, "保存年数", "Keep for (years)"));
        backupKey.setText(t(value, "バックアップ", "Backup"));
        volumeKey.setText(t(value, "受信量", "Volume"));
        perDayUnit.setText(t(value, "通/日", "a day"));
        kbUnit.setText(t(value, "KB/通（平均）", "KB each (average)"));
        usedKey.setText(t(value, "現在の使用量", "Used now"));
        abroad.setText(t(value, "海外から送信することがある", "Mail is sent from abroad"));
        deviceModel.fireTableStructureChanged();
        configureDeviceColumns();
        if (current != null) {
            source.setText(t(value, "受信量の根拠: ", "Volume from: ") + current.volumeSource().label().get(value));
        }
        backup.repaint();
    }

    void show(Questionnaire q, Project project, Locale l) {
        updating = true;
        try {
            current = q;
            relabel(l);
            role.setText(q.role().label().get(l));
            List<String> names = new ArrayList<>();
            for (String r : q.readers()) {
                names.add(r.startsWith("device:") ? t(l, "共有端末", "shared device")
                        : project.person(r).map(p -> p.name()).orElse(r));
            }
            readers.setText(names.isEmpty() ? t(l, "なし（誰もログインしない）", "none (nobody logs in)")
                    : String.join("、", names) + t(l, "（" + names.size() + " 人）", " (" + names.size() + ")"));
            deviceModel.setRows(q.devices());
            sharedState.setSelected(q.sharedStateNeeded());
            retention.setValue(q.retentionYears());
            backup.setSelectedItem(q.backup());
            perDay.setValue(q.mailsPerDay());
            kb.setValue(q.typicalKb());
            used.setValue(q.currentUsageMb());
            source.setText(t(l, "受信量の根拠: ", "Volume from: ") + q.volumeSource().label().get(l));
            abroad.setSelected(q.usedAbroad());
        } finally {
            updating = false;
        }
    }

    Questionnaire questionnaire() {
        return current;
    }

    private void changed(java.util.function.UnaryOperator<Questionnaire> edit) {
        if (updating || current == null) {
            return;
        }
        current = edit.apply(current);
        source.setText(t(locale, "受信量の根拠: ", "Volume from: ") + current.volumeSource().label().get(locale));
        listener.accept(current);
    }

    private static double number(JSpinner spinner) {
        return ((Number) spinner.getValue()).doubleValue();
    }

    private void configureDeviceColumns() {
        if (devices.getColumnCount() < 5) {
            return;
        }
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
            return t(locale, "未確認", "Unknown");
        }
        return value instanceof MailProtocol p ? p.label().get(locale) : String.valueOf(value);
    }

    /** The devices that read the mailbox; their protocol and Gmail POP fetch are answers, the rest comes from the project. */
    private final class DeviceModel extends AbstractTableModel {
        static final int NAME = 0;
        static final int CLIENT = 1;
        static final int ROLE = 2;
        static final int PROTOCOL = 3;
        static final int GMAIL_FETCH = 4;
        private List<DeviceAnswer> rows = List.of();

        void setRows(List<DeviceAnswer> value) {
            rows = List.copyOf(value);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 5;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case NAME -> t(locale, "端末", "Device");
                case CLIENT -> t(locale, "アプリ", "Client");
                case ROLE -> t(locale, "用途", "Role");
                case PROTOCOL -> t(locale, "この端末の受信方式", "Protocol on this device");
                default -> t(locale, "Gmail の POP 取得", "Gmail POP fetch");
            };
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
            DeviceAnswer d = rows.get(row);
            return switch (column) {
                case NAME -> d.deviceName().isBlank() ? d.deviceId() : d.deviceName();
                case CLIENT -> d.client().label().get(locale);
                case ROLE -> d.role().label().get(locale);
                case PROTOCOL -> d.protocolOnDevice();
                default -> d.gmailPopFetch();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            List<DeviceAnswer> copy = new ArrayList<>(rows);
            DeviceAnswer d = copy.get(row);
            copy.set(row, column == PROTOCOL ? d.withProtocol((MailProtocol) value) : d.withGmailPopFetch(Boolean.TRUE.equals(value)));
            rows = List.copyOf(copy);
            fireTableRowsUpdated(row, row);
            changed(q -> q.withDevices(rows));
        }
    }
}
