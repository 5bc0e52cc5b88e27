package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import dev.mailbench.kit.text.TypedDates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;

/** メールボックス: address, purpose, protocol, quota, forwarding, auto-reply. */
public final class MailboxesEditor extends ListEditor<Mailbox> {
    public static final String ID = "mailboxes";

    private JComboBox<MailboxRole> role;
    private JComboBox<MailProtocol> protocol;
    private JTextField subject;
    private JScrollPane body;
    private JTextField from;
    private JTextField until;

    public MailboxesEditor(EditorContext context) {
        super(ID, context, "mailboxes.title", "mailboxes.hint", "mailbox", "m-", "mailbox.add", "mailbox.remove",
                List.of(new Column<>("mailbox.address", 190, Mailbox::address),
                        new Column<>("mailbox.role", 64, m -> Texts.of(m.role().label())),
                        new Column<>("mailbox.protocol", 150, m -> Texts.of(m.protocol().label()))));
        buildForm();
    }

    @Override
    protected String listColumn() {
        return "[:460:560,fill]";
    }

    @Override
    protected void buildForm(JPanel panel) {
        var address = form.text("mailbox.address", "address", "mailbox.address",
                field(Mailbox::address, MailboxesEditor::withAddress));
        Texts.bindPlaceholder(address, "mailbox.address.placeholder");
        // A new mailbox's field holds "@domain" with the caret before it: typing must not replace the domain.
        address.putClientProperty("JTextField.selectAllOnFocusPolicy", "never");
        form.row(panel, "mailbox.address", address, "");
        form.row(panel, "mailbox.displayName",
                form.text("mailbox.displayName", "displayName", "mailbox.displayName", field("displayName")), "");
        role = form.choice("mailbox.role", "role", "mailbox.role", MailboxRole.values(), r -> Texts.of(r.label()),
                p -> selected(p).map(Mailbox::role).orElse(null),
                (p, v) -> editSelected(p, m -> RecordCopy.with(m, "role", v)));
        form.row(panel, "mailbox.role", role, "growx 0, wmin 200");
        protocol = form.choice("mailbox.protocol", "protocol", "mailbox.protocol", MailProtocol.values(),
                v -> Texts.of(v.label()), p -> selected(p).map(Mailbox::protocol).orElse(null),
                (p, v) -> editSelected(p, m -> m.withProtocol(v)));
        form.row(panel, "mailbox.protocol", protocol, "growx 0, wmin 200");
        var quota = form.text("mailbox.quotaMb", "quotaMb", "mailbox.quotaMb", new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(m -> m.quotaMb() == null ? "" : m.quotaMb().toString()).orElse("");
            }

            @Override
            public Project write(Project p, String text) throws InvalidInput {
                Integer value = parseQuota(text);
                return editSelected(p, m -> m.withQuotaMb(value));
            }
        });
        quota.setColumns(8);
        form.row(panel, "mailbox.quotaMb", quota, "growx 0, wmin 120");
        var forward = form.area("mailbox.forwardTo", "forwardTo", "mailbox.forwardTo", 3, new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(m -> String.join("\n", m.forwardTo())).orElse("");
            }

            @Override
            public Project write(Project p, String text) {
                List<String> list = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                return editSelected(p, m -> RecordCopy.with(m, "forwardTo", list));
            }
        });
        form.row(panel, "mailbox.forwardTo", forward, "growx");
        form.hint(panel, "mailbox.forwardTo.hint");

        panel.add(Styles.section("mailbox.autoReply"), "span, growx, wrap, gaptop 12, gapbottom 4");
        var enabled = form.check("mailbox.autoReply.enabled", "autoReply.enabled", "mailbox.autoReply.enabled",
                p -> selected(p).map(m -> m.autoReply().enabled()).orElse(false),
                (p, v) -> editReply(p, r -> RecordCopy.with(r, "enabled", v)));
        panel.add(enabled, "skip, wrap");
        subject = form.text("mailbox.autoReply.subject", "autoReply.subject", "mailbox.autoReply.subject",
                replyText("subject"));
        form.row(panel, "mailbox.autoReply.subject", subject, "");
        body = form.area("mailbox.autoReply.body", "autoReply.body", "mailbox.autoReply.body", 4, replyText("body"));
        form.row(panel, "mailbox.autoReply.body", body, "growx");
        from = form.text("mailbox.autoReply.from", "autoReply.from", "mailbox.autoReply.from", replyDate("from"));
        until = form.text("mailbox.autoReply.until", "autoReply.until", "mailbox.autoReply.until", replyDate("until"));
        Texts.bindPlaceholder(from, "mailbox.autoReply.datePlaceholder");
        Texts.bindPlaceholder(until, "mailbox.autoReply.datePlaceholder");
        form.row(panel, "mailbox.autoReply.from", from, "growx 0, wmin 140");
        form.row(panel, "mailbox.autoReply.until", until, "growx 0, wmin 140");
        form.hint(panel, "mailbox.autoReply.periodHint");

        panel.add(new javax.swing.JSeparator(), "span, growx, wrap, gaptop 12, gapbottom 4");
        form.row(panel, "mailbox.notes", form.area("mailbox.notes", "notes", "mailbox.notes", 3, field("notes")), "growx");
    }

    static Integer parseQuota(String text) throws InvalidInput {
        String t = text.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(toAsciiDigits(t));
            if (value < 0) {
                throw new InvalidInput("mailbox.quotaMb.invalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInput("mailbox.quotaMb.invalid");
        }
    }

    /** Japanese IMEs often produce full-width digits (５０００); accept them. */
    private static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }

    private Project editReply(Project p, UnaryOperator<AutoReply> edit) {
        return editSelected(p, m -> RecordCopy.with(m, "autoReply", edit.apply(m.autoReply())));
    }

    private Form.TextAccess replyText(String component) {
        return new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(m -> RecordCopy.text(m.autoReply(), component)).orElse("");
            }

            @Override
            public Project write(Project p, String text) {
                return editReply(p, r -> RecordCopy.with(r, component, text));
            }
        };
    }

    private Form.TextAccess replyDate(String component) {
        return new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(m -> RecordCopy.text(m.autoReply(), component)).orElse("");
            }

            @Override
            public Project write(Project p, String text) throws InvalidInput {
                LocalDate date = text.isBlank() ? null : TypedDates.parse(text, LocalDate.now())
                        .orElseThrow(() -> new InvalidInput("mailbox.date.invalid"));
                return editReply(p, r -> RecordCopy.with(r, component, date));
            }
        };
    }

    @Override
    protected void selectedChanged(Project project, Optional<Mailbox> element) {
        boolean replying = element.map(m -> m.autoReply().enabled()).orElse(false);
        subject.setEnabled(replying);
        body.getViewport().getView().setEnabled(replying);
        from.setEnabled(replying);
        until.setEnabled(replying);
    }

    @Override
    public void projectChanged(Project project) {
        super.projectChanged(project);
    }

    @Override
    protected List<Mailbox> list(Project project) {
        return project.mailboxes();
    }

    @Override
    protected Project withList(Project project, List<Mailbox> list) {
        return project.withMailboxes(list);
    }

    /**
     * The first local part typed for a new mailbox also sets its role when the role is still the default
     * (info@ → 代表); later edits of the address leave a role the consultant may have chosen alone.
     */
    static Mailbox withAddress(Mailbox m, String address) {
        Mailbox changed = RecordCopy.with(m, "address", address);
        boolean firstLocalPart = localPart(m.address()).isBlank() && !localPart(address).isBlank();
        if (firstLocalPart && m.role() == MailboxRole.PERSONAL) {
            changed = RecordCopy.with(changed, "role", MailboxRole.guessFrom(localPart(address)));
        }
        return changed;
    }

    private static String localPart(String address) {
        int at = address.indexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /** A new mailbox starts with the project's domain after the @, so only the local part is typed. */
    @Override
    protected Mailbox create(Project project, String id) {
        String domain = project.domains().isEmpty() ? "" : "@" + project.domains().get(0).name();
        return new Mailbox(id, domain, "", MailboxRole.PERSONAL, MailProtocol.IMAP, null, List.of(), AutoReply.OFF, "");
    }

    @Override
    protected String displayName(Mailbox element) {
        return element.address().isBlank() ? element.id() : element.address();
    }

    /** Devices stop reading a mailbox that no longer exists. */
    @Override
    protected Project afterRemove(Project project, String removedId) {
        return project.withDevices(project.devices().stream()
                .map(d -> RecordCopy.<Device>with(d, "mailboxes",
                        d.mailboxes().stream().filter(u -> !u.mailboxId().equals(removedId)).toList()))
                .toList());
    }

    @Override
    public void localeChanged() {
        role.repaint();
        protocol.repaint();
        super.localeChanged();
    }
}
