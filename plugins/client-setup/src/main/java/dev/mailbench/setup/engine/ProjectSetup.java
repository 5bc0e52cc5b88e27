package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.api.services.MailDesignService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every device and mailbox of a project with its settings. The protocol comes from the design advisor's
 * accepted decision when the mail-design plugin is there, else from the mailbox itself.
 */
public final class ProjectSetup {
    private final Project project;
    private final SettingsEngine engine;
    private final MailDesignService design;

    /** @param design the mail-design plugin's service, or null when it is not installed */
    public ProjectSetup(Project project, ProviderProfile profile, MailDesignService design) {
        this.project = project;
        this.engine = new SettingsEngine(profile);
        this.design = design;
    }

    public SettingsEngine engine() {
        return engine;
    }

    public Project project() {
        return project;
    }

    public MailProtocol protocolOf(Mailbox mailbox) {
        return design == null ? mailbox.protocol() : design.protocolFor(project, mailbox);
    }

    private Integer leaveCopyDays(Mailbox mailbox) {
        if (design == null) {
            return null;
        }
        return design.acceptedDecision(project, mailbox.id()).map(MailDesignDecision::leaveCopyDays).orElse(null);
    }

    /** Read by more than one device or person, or a role that is shared by nature (代表, 請求). */
    public boolean isShared(Mailbox mailbox) {
        if (mailbox.role() == MailboxRole.REPRESENTATIVE || mailbox.role() == MailboxRole.BILLING) {
            return true;
        }
        List<Device> readers = devicesOf(mailbox);
        return readers.size() > 1 || readers.stream().map(Device::personId).distinct().count() > 1;
    }

    public List<Device> devicesOf(Mailbox mailbox) {
        return project.devices().stream()
                .filter(d -> d.mailboxes().stream().anyMatch(u -> u.mailboxId().equals(mailbox.id()))).toList();
    }

    public ClientSettings settings(Mailbox mailbox, ClientKind client) {
        return engine.settingsFor(mailbox, protocolOf(mailbox), client, isShared(mailbox), leaveCopyDays(mailbox));
    }

    /** One entry per (device, mailbox it reads), in project order; unknown mailbox ids are skipped. */
    public List<DeviceSetup> deviceSetups() {
        List<DeviceSetup> out = new ArrayList<>();
        for (Device d : project.devices()) {
            for (var use : d.mailboxes()) {
                Optional<Mailbox> m = project.mailbox(use.mailboxId());
                m.ifPresent(mailbox -> out.add(new DeviceSetup(d, mailbox, settings(mailbox, d.client()))));
            }
        }
        return out;
    }

    /** Mailboxes someone logs in to (not forward-only). */
    public List<Mailbox> loginMailboxes() {
        return project.mailboxes().stream().filter(m -> protocolOf(m) != MailProtocol.FORWARD_ONLY).toList();
    }

    /** The project's mail domains: its domain list, else the domains of its mailboxes. */
    public List<String> domains() {
        List<String> out = new ArrayList<>();
        project.domains().forEach(d -> addOnce(out, d.name().strip().toLowerCase()));
        project.mailboxes().forEach(m -> addOnce(out, m.domainPart()));
        out.removeIf(String::isEmpty);
        return out;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
