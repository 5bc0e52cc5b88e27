package dev.mailbench.design.testing;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DesignSection;
import dev.mailbench.design.engine.DesignSectionCodec;
import dev.mailbench.design.engine.PanelFacts;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.QuestionnaireAnswers;
import dev.mailbench.design.engine.QuestionnaireFactory;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.Suggestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small project around one mailbox ({@code m-box}, box@example.test), built fluently. The starting point
 * is healthy: a personal IMAP address read on one PC that keeps it, a periodic archive, little mail.
 */
public final class Scenario {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final String BOX = "m-box";

    private MailboxRole role = MailboxRole.PERSONAL;
    private MailProtocol protocol = MailProtocol.IMAP;
    private Integer quota = 2000;
    private List<String> forwardTo = List.of();
    private boolean autoReply;
    private boolean representative;
    private final List<Device> devices = new ArrayList<>();
    private final Map<String, MailProtocol> deviceProtocols = new LinkedHashMap<>();
    private final List<String> gmailFetch = new ArrayList<>();
    private BackupKind backup = BackupKind.ARCHIVE_EXPORT;
    private Boolean shared;
    private Boolean abroad;
    private double perDay = 10;
    private double kb = 50;
    private double used = 100;
    private Suggestion proposal = Suggestion.NONE;
    private PanelFacts panel = PanelFacts.NONE;

    private Scenario() {
    }

    public static Scenario healthy() {
        return new Scenario().device("d-pc", "p-a", ClientKind.THUNDERBIRD, DeviceRole.KEEPER);
    }

    /** The healthy scenario without any device (nobody logs in). */
    public static Scenario noDevices() {
        return new Scenario();
    }

    public Scenario role(MailboxRole value) {
        role = value;
        return this;
    }

    public Scenario protocol(MailProtocol value) {
        protocol = value;
        return this;
    }

    public Scenario quota(Integer value) {
        quota = value;
        return this;
    }

    public Scenario forwardTo(String... value) {
        forwardTo = List.of(value);
        return this;
    }

    public Scenario autoReply(boolean value) {
        autoReply = value;
        return this;
    }

    /** Adds info@example.test as the customer's main contact address. */
    public Scenario withRepresentative() {
        representative = true;
        return this;
    }

    public Scenario device(String id, String personId, ClientKind client, DeviceRole deviceRole) {
        devices.add(new Device(id, "端末 " + id, personId, client, List.of(new MailboxUse(BOX, deviceRole)), ""));
        return this;
    }

    public Scenario deviceProtocol(String deviceId, MailProtocol value) {
        deviceProtocols.put(deviceId, value);
        return this;
    }

    public Scenario gmailFetch(String deviceId) {
        gmailFetch.add(deviceId);
        return this;
    }

    public Scenario backup(BackupKind value) {
        backup = value;
        return this;
    }

    public Scenario shared(boolean value) {
        shared = value;
        return this;
    }

    public Scenario abroad(boolean value) {
        abroad = value;
        return this;
    }

    public Scenario volume(double mailsPerDay, double typicalKb, double usedMb) {
        perDay = mailsPerDay;
        kb = typicalKb;
        used = usedMb;
        return this;
    }

    public Scenario proposing(Suggestion value) {
        proposal = value;
        return this;
    }

    public Scenario proposing(MailProtocol value) {
        return proposing(Suggestion.protocol(value));
    }

    /** What the server panel's last import says about box@example.test. */
    public Scenario panel(PanelFacts value) {
        panel = value;
        return this;
    }

    public Project project() {
        List<Mailbox> mailboxes = new ArrayList<>();
        AutoReply reply = autoReply ? new AutoReply(true, "受付", "ありがとうございます", null, null) : AutoReply.OFF;
        mailboxes.add(new Mailbox(BOX, "box@example.test", "Box", role, protocol, quota, forwardTo, reply, ""));
        if (representative) {
            mailboxes.add(new Mailbox("m-info", "info@example.test", "代表", MailboxRole.REPRESENTATIVE,
                    MailProtocol.IMAP, 5000, List.of(), AutoReply.OFF, ""));
        }
        List<Person> people = List.of(
                new Person("p-a", "青木", "", "aoki@example.test", ""),
                new Person("p-b", "伊藤", "", "ito@example.test", ""),
                new Person("p-c", "上田", "", "ueda@example.test", ""));
        return Project.empty().withMailboxes(mailboxes).withPeople(people).withDevices(devices);
    }

    /** The project with this scenario's answers saved in the design section, as the panel leaves it. */
    public Project answersSaved() {
        return DesignSectionCodec.write(project(), DesignSection.EMPTY.withAnswers(BOX, answers()));
    }

    public QuestionnaireAnswers answers() {
        return new QuestionnaireAnswers(shared, null, backup, perDay, kb, used, abroad, deviceProtocols, gmailFetch);
    }

    public Questionnaire questionnaire() {
        Project p = project();
        return QuestionnaireFactory.build(p, p.mailbox(BOX).orElseThrow(), answers(), Optional.empty());
    }

    public DesignContext context() {
        Project p = project();
        return new DesignContext(p, p.mailbox(BOX).orElseThrow(), questionnaire(), TODAY, proposal, panel);
    }

    public Recommendation advise() {
        return new DesignAdvisor().advise(context());
    }
}
