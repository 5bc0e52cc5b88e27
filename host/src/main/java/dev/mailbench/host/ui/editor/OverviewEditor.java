package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import dev.mailbench.kit.text.TypedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/** Customer, consultant, visit dates and the provider (profile, server ID and the mail host it gives). */
public final class OverviewEditor extends EditorPanel {
    public static final String ID = "overview";

    private final Form customerForm;
    private final Form consultantForm;
    private final Form projectForm;
    private final JLabel mailHost = new JLabel();
    private final JComboBox<String> profile;

    public OverviewEditor(EditorContext context) {
        super(ID, context, "overview.title", "overview.hint");
        customerForm = new Form(context, "customer", () -> "");
        consultantForm = new Form(context, "consultant", () -> "");
        projectForm = new Form(context, "provider", () -> "");

        JPanel left = column();
        left.add(Styles.section("overview.section.customer"), "span, growx, wrap, gapbottom 4");
        customerRow(left, "name", "customer.name", false);
        customerRow(left, "contactPerson", "customer.contactPerson", false);
        customerRow(left, "phone", "customer.phone", false);
        customerRow(left, "email", "customer.email", false);
        customerRow(left, "address", "customer.address", false);
        customerRow(left, "notes", "customer.notes", true);

        JPanel right = column();
        right.add(Styles.section("overview.section.consultant"), "span, growx, wrap, gapbottom 4");
        consultantRow(right, "name", "consultant.name");
        consultantRow(right, "company", "consultant.company");
        consultantRow(right, "email", "consultant.email");
        consultantRow(right, "phone", "consultant.phone");

        right.add(Styles.section("overview.section.visit"), "span, growx, wrap, gaptop 16, gapbottom 4");
        Form visitForm = new Form(context, "project", () -> "");
        var dates = visitForm.text("overview.visitDates", "visitDates", "visit.dates", new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return p.visitDates().stream().map(LocalDate::toString).collect(Collectors.joining(", "));
            }

            @Override
            public Project write(Project p, String text) throws InvalidInput {
                return p.withVisitDates(parseDates(text));
            }
        });
        Texts.bindPlaceholder(dates, "visit.dates.hint");
        visitForm.row(right, "visit.dates", dates, "");
        formsAlso(visitForm);

        right.add(Styles.section("overview.section.provider"), "span, growx, wrap, gaptop 16, gapbottom 4");
        profile = projectForm.choice("overview.providerProfile", "profileId", "provider.profile",
                context.providerProfileIds().toArray(String[]::new), context::providerDisplayName,
                p -> p.provider().profileId(),
                (p, id) -> p.withProvider(new ProviderRef(id, p.provider().serverId(), p.provider().overrides())));
        projectForm.row(right, "provider.profile", profile, "");
        var serverId = projectForm.text("overview.serverId", "serverId", "provider.serverId", new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return p.provider().serverId();
            }

            @Override
            public Project write(Project p, String text) {
                return p.withProvider(new ProviderRef(p.provider().profileId(), text, p.provider().overrides()));
            }
        });
        Texts.bindPlaceholder(serverId, "provider.serverId.hint");
        projectForm.row(right, "provider.serverId", serverId, "");
        right.add(Texts.label("provider.mailHost"));
        mailHost.setName("overview.mailHost");
        Styles.styleClass(mailHost, "semibold");
        right.add(mailHost, "growx, wrap");

        JPanel body = new dev.mailbench.host.ui.ScrollablePanel(new MigLayout("insets 0, gap 32, fillx", "[0:0,grow,fill,sg col][0:0,grow,fill,sg col]", "[top]"));
        body.add(left);
        body.add(right);
        JScrollPane scroll = new JScrollPane(body, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll);
    }

    private final List<Form> forms = new ArrayList<>();

    private void formsAlso(Form form) {
        forms.add(form);
    }

    private List<Form> allForms() {
        List<Form> all = new ArrayList<>(List.of(customerForm, consultantForm, projectForm));
        all.addAll(forms);
        return all;
    }

    private static JPanel column() {
        JPanel panel = new JPanel(new MigLayout("insets 0, hidemode 3, gapy 6", "[right]12[grow,fill]"));
        panel.setOpaque(false);
        return panel;
    }

    private void customerRow(JPanel panel, String field, String labelKey, boolean multiLine) {
        Form.TextAccess access = new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return RecordCopy.text(p.customer(), field);
            }

            @Override
            public Project write(Project p, String text) {
                return p.withCustomer(RecordCopy.<Customer>with(p.customer(), field, text));
            }
        };
        String name = "customer." + field;
        if (multiLine) {
            customerForm.row(panel, labelKey, customerForm.area(name, field, labelKey, 4, access), "growx");
        } else {
            customerForm.row(panel, labelKey, customerForm.text(name, field, labelKey, access), "");
        }
    }

    private void consultantRow(JPanel panel, String field, String labelKey) {
        Form.TextAccess access = new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return RecordCopy.text(p.consultant(), field);
            }

            @Override
            public Project write(Project p, String text) {
                return p.withConsultant(RecordCopy.<Consultant>with(p.consultant(), field, text));
            }
        };
        consultantForm.row(panel, labelKey, consultantForm.text("consultant." + field, field, labelKey, access), "");
    }

    static List<LocalDate> parseDates(String text) throws InvalidInput {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : text.split("[,、，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            dates.add(TypedDates.parse(part, LocalDate.now()).orElseThrow(() -> new InvalidInput("visit.dates.invalid")));
        }
        return dates;
    }

    @Override
    public void projectChanged(Project project) {
        for (Form form : allForms()) {
            form.load(project);
        }
    }

    @Override
    public Project applyDrafts(Project project) {
        Project result = project;
        for (Form form : allForms()) {
            result = form.applyDrafts(result);
        }
        return result;
    }

    @Override
    public boolean hasDrafts() {
        return allForms().stream().anyMatch(Form::hasDrafts);
    }

    @Override
    public void focusField(String field) {
        allForms().stream().filter(f -> f.focus(field)).findFirst();
    }

    @Override
    public int unreadableCount() {
        return allForms().stream().mapToInt(Form::unreadableCount).sum();
    }

    @Override
    public boolean commitDrafts() {
        boolean all = true;
        for (Form form : allForms()) {
            all &= form.commit();
        }
        return all;
    }

    @Override
    public void validated(Project candidate, List<ValidationProblem> problems) {
        for (Form form : allForms()) {
            form.decorate(problems);
        }
        String host = candidate.provider().serverId().isBlank() ? null
                : context.resolveMailHost(candidate.provider()).orElse(null);
        if (host == null) {
            mailHost.setText(Texts.get("provider.mailHost.unknown"));
            Styles.style(mailHost, Styles.MUTED_FOREGROUND);
        } else {
            mailHost.setText(host);
            Styles.style(mailHost, null);
        }
    }

    @Override
    public void localeChanged() {
        profile.repaint();
        super.localeChanged();
    }
}
