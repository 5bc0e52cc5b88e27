package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

/** 端末: a PC or phone, who uses it, its mail app, and which mailboxes it reads as keeper or viewer. */
public final class DevicesEditor extends ListEditor<Device> {
    public static final String ID = "devices";

    private JComboBox<String> person;
    private JComboBox<ClientKind> client;
    private final UsesModel usesModel = new UsesModel();
    private JTable uses;
    private List<Mailbox> mailboxes = List.of();
    private final PeopleIndex people;
    private Optional<Device> current = Optional.empty();

    /** The project's people, kept current for the person column and combo. */
    private static final class PeopleIndex {
        List<Person> people = List.of();

        String name(String id) {
            return people.stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst()
                    .orElse(id.isEmpty() ? Texts.get("device.person.none") : id);
        }
    }

    public DevicesEditor(EditorContext context) {
        this(context, new PeopleIndex());
    }

    private DevicesEditor(EditorContext context, PeopleIndex people) {
        super(ID, context, "devices.title", "devices.hint", "device", "dev-", "device.add", "device.remove",
                List.of(new Column<>("device.name", 160, Device::name),
                        new Column<>("device.person", 100, d -> people.name(d.personId())),
                        new Column<>("device.client", 150, d -> Texts.of(d.client().label()))));
        this.people = people;
        buildForm();
    }

    private String personName(String id) {
        return people.name(id);
    }

    @Override
    protected String listColumn() {
        return "[:460:560,fill]";
    }

    @Override
    protected void buildForm(JPanel panel) {
        form.row(panel, "device.name", form.text("device.name", "name", "device.name",
                field(Device::name, DevicesEditor::withName)), "");
        person = form.choice("device.person", "personId", "device.person", new String[] {""}, this::personName,
                p -> selected(p).map(Device::personId).orElse(null),
                (p, v) -> editSelected(p, d -> RecordCopy.with(d, "personId", v)));
        form.row(panel, "device.person", person, "growx 0, wmin 220");
        client = form.choice("device.client", "client", "device.client", ClientKind.values(), k -> Texts.of(k.label()),
                p -> selected(p).map(Device::client).orElse(null),
                (p, v) -> editSelected(p, d -> RecordCopy.with(d, "client", v)));
        form.row(panel, "device.client", client, "growx 0, wmin 220");

        uses = new JTable(usesModel);
        uses.setName("device.uses");
        uses.setRowHeight(Math.max(uses.getRowHeight(), 24));
        uses.getTableHeader().setReorderingAllowed(false);
        uses.setFillsViewportHeight(true);
        uses.setPreferredScrollableViewportSize(new java.awt.Dimension(300, 140));
        uses.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        Texts.bindColumns(uses, "device.use.used", "device.use.address", "device.use.role");
        uses.getColumnModel().getColumn(0).setMaxWidth(70);
        uses.getColumnModel().getColumn(0).setPreferredWidth(56);
        uses.getColumnModel().getColumn(1).setPreferredWidth(220);
        uses.getColumnModel().getColumn(2).setPreferredWidth(90);
        JComboBox<DeviceRole> roleEditor = new JComboBox<>(DeviceRole.values());
        roleEditor.setRenderer(new LabelRenderer<DeviceRole>(r -> Texts.of(r.label())));
        uses.getColumnModel().getColumn(2).setCellEditor(new DefaultCellEditor(roleEditor));
        uses.getColumnModel().getColumn(2).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean s, boolean f, int r, int c) {
                String text = value instanceof DeviceRole role ? Texts.of(role.label()) : "";
                return super.getTableCellRendererComponent(t, text, s, f, r, c);
            }
        });
        JScrollPane usesScroll = new JScrollPane(uses);
        usesScroll.setName("device.uses.scroll");
        form.row(panel, "device.mailboxes", usesScroll, "growx, h 170:200:280");
        form.row(panel, "device.notes", form.area("device.notes", "notes", "device.notes", 3, field("notes")), "growx");
    }

    @Override
    public void projectChanged(Project project) {
        mailboxes = project.mailboxes();
        people.people = project.people();
        List<String> ids = new ArrayList<>();
        ids.add("");
        people.people.forEach(p -> ids.add(p.id()));
        if (person != null && !ids.equals(comboItems())) {
            Object keep = person.getSelectedItem();
            form.quietly(() -> {
                person.setModel(new DefaultComboBoxModel<>(ids.toArray(String[]::new)));
                person.setSelectedItem(keep);
            });
        }
        super.projectChanged(project);
    }

    private List<String> comboItems() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < person.getItemCount(); i++) {
            items.add(person.getItemAt(i));
        }
        return items;
    }

    @Override
    protected void selectedChanged(Project project, Optional<Device> element) {
        current = element;
        if (uses.isEditing()) {
            uses.getCellEditor().cancelCellEditing();
        }
        usesModel.fireTableDataChanged();
    }

    private Optional<MailboxUse> use(String mailboxId) {
        return current.flatMap(d -> d.mailboxes().stream().filter(u -> u.mailboxId().equals(mailboxId)).findFirst());
    }

    private void setUse(String mailboxId, boolean used, DeviceRole role) {
        context.session().update(Texts.get("device.mailboxes.edit"), p -> editSelected(p, d -> {
            List<MailboxUse> list = new ArrayList<>(d.mailboxes());
            int index = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).mailboxId().equals(mailboxId)) {
                    index = i;
                }
            }
            if (!used) {
                if (index >= 0) {
                    list.remove(index);
                }
            } else if (index >= 0) {
                list.set(index, new MailboxUse(mailboxId, role));
            } else {
                list.add(new MailboxUse(mailboxId, role));
            }
            return RecordCopy.with(d, "mailboxes", list);
        }));
    }

    @Override
    protected List<Device> list(Project project) {
        return project.devices();
    }

    @Override
    protected Project withList(Project project, List<Device> list) {
        return project.withDevices(list);
    }

    /** While the app is still その他, a name that names one ("iPhone", "Outlook") also sets it; it stays editable. */
    static Device withName(Device d, String name) {
        Device named = RecordCopy.with(d, "name", name);
        if (d.client() != ClientKind.OTHER) {
            return named;
        }
        return ClientKind.guessFrom(name).map(k -> RecordCopy.with(named, "client", k)).orElse(named);
    }

    @Override
    protected Device create(Project project, String id) {
        return new Device(id, "", "", ClientKind.OTHER, List.of(), "");
    }

    @Override
    protected String displayName(Device element) {
        return element.name().isBlank() ? element.id() : element.name();
    }

    @Override
    public void localeChanged() {
        client.repaint();
        person.repaint();
        usesModel.fireTableRowsUpdated(0, Math.max(0, mailboxes.size() - 1));
        super.localeChanged();
    }

    /** Every mailbox of the project, with whether this device reads it and in which role. */
    private final class UsesModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return current.isPresent() ? mailboxes.size() : 0;
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : column == 2 ? DeviceRole.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0 || column == 2 && use(mailboxes.get(row).id()).isPresent();
        }

        @Override
        public Object getValueAt(int row, int column) {
            Mailbox mailbox = mailboxes.get(row);
            Optional<MailboxUse> use = use(mailbox.id());
            return switch (column) {
                case 0 -> use.isPresent();
                case 1 -> mailbox.address();
                default -> use.map(MailboxUse::role).orElse(null);
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            Mailbox mailbox = mailboxes.get(row);
            if (column == 0) {
                setUse(mailbox.id(), Boolean.TRUE.equals(value), DeviceRole.VIEWER);
            } else if (column == 2 && value instanceof DeviceRole role) {
                setUse(mailbox.id(), true, role);
            }
        }
    }
}
