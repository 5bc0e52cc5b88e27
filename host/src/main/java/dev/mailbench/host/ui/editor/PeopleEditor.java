package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import java.util.List;
import javax.swing.JPanel;

/** 利用者: the staff who read mail. */
public final class PeopleEditor extends ListEditor<Person> {
    public static final String ID = "people";

    public PeopleEditor(EditorContext context) {
        super(ID, context, "people.title", "people.hint", "person", "p-", "person.add", "person.remove", List.of(
                new Column<>("person.name", 140, Person::name),
                new Column<>("person.department", 120, Person::department),
                new Column<>("person.email", 180, Person::email)));
        buildForm();
    }

    @Override
    protected void buildForm(JPanel panel) {
        form.row(panel, "person.name", form.text("person.name", "name", "person.name", field("name")), "");
        form.row(panel, "person.department",
                form.text("person.department", "department", "person.department", field("department")), "");
        var email = form.text("person.email", "email", "person.email", field("email"));
        form.row(panel, "person.email", email, "", mailboxPicker(email));
        form.row(panel, "person.notes", form.area("person.notes", "notes", "person.notes", 4, field("notes")), "growx");
    }

    /** A person's address is usually one of the project's mailboxes: pick it instead of typing it again. */
    private javax.swing.JButton mailboxPicker(javax.swing.text.JTextComponent email) {
        javax.swing.JButton pick = dev.mailbench.host.ui.i18n.Texts.bindTooltip(new javax.swing.JButton("▾"), "person.email.pick");
        pick.setName("person.email.pick");
        pick.addActionListener(e -> {
            javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
            menu.setName("person.email.mailboxes");
            List<dev.mailbench.api.model.Mailbox> mailboxes = context.session().project().mailboxes();
            for (dev.mailbench.api.model.Mailbox m : mailboxes) {
                javax.swing.JMenuItem item = new javax.swing.JMenuItem(m.address());
                item.setName("person.email.mailbox." + m.address());
                item.addActionListener(a -> {
                    email.setText(m.address());
                    form.commit();
                });
                menu.add(item);
            }
            if (mailboxes.isEmpty()) {
                javax.swing.JMenuItem none = dev.mailbench.host.ui.i18n.Texts.bind(new javax.swing.JMenuItem(), "person.email.noMailboxes");
                none.setEnabled(false);
                menu.add(none);
            }
            menu.show(pick, 0, pick.getHeight());
        });
        return pick;
    }

    @Override
    protected List<Person> list(Project project) {
        return project.people();
    }

    @Override
    protected Project withList(Project project, List<Person> list) {
        return project.withPeople(list);
    }

    @Override
    protected Person create(Project project, String id) {
        return new Person(id, "", "", "", "");
    }

    @Override
    protected String displayName(Person element) {
        return element.name().isBlank() ? element.id() : element.name();
    }

    /** Devices of a removed person become shared ones rather than pointing nowhere. */
    @Override
    protected Project afterRemove(Project project, String removedId) {
        return project.withDevices(project.devices().stream()
                .map(d -> d.personId().equals(removedId) ? RecordCopy.<Device>with(d, "personId", "") : d)
                .toList());
    }
}
