package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import java.util.List;
import javax.swing.JPanel;

/** ドメイン: name, who runs DNS, where the website lives, the registrar. */
public final class DomainsEditor extends ListEditor<Domain> {
    public static final String ID = "domains";

    public DomainsEditor(EditorContext context) {
        super(ID, context, "domains.title", "domains.hint", "domain", "d-", "domain.add", "domain.remove", List.of(
                new Column<>("domain.name", 180, Domain::name),
                new Column<>("domain.dnsOperator", 200, Domain::dnsOperator)));
        buildForm();
    }

    @Override
    protected void buildForm(JPanel panel) {
        form.row(panel, "domain.name", form.text("domain.name", "name", "domain.name", field("name")), "");
        form.row(panel, "domain.dnsOperator",
                form.text("domain.dnsOperator", "dnsOperator", "domain.dnsOperator", field("dnsOperator")), "");
        form.row(panel, "domain.webHost", form.text("domain.webHost", "webHost", "domain.webHost", field("webHost")), "");
        form.row(panel, "domain.registrar",
                form.text("domain.registrar", "registrar", "domain.registrar", field("registrar")), "");
        form.row(panel, "domain.notes", form.area("domain.notes", "notes", "domain.notes", 4, field("notes")), "growx");
    }

    @Override
    protected List<Domain> list(Project project) {
        return project.domains();
    }

    @Override
    protected Project withList(Project project, List<Domain> list) {
        return project.withDomains(list);
    }

    @Override
    protected Domain create(Project project, String id) {
        return new Domain(id, "", "", "", "", "");
    }

    @Override
    protected String displayName(Domain element) {
        return element.name().isBlank() ? element.id() : element.name();
    }
}
