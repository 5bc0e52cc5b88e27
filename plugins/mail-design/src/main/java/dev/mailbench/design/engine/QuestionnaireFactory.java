package dev.mailbench.design.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService.MailboxVolume;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prefills a mailbox's questionnaire from the project, then lays the consultant's saved answers over it. */
public final class QuestionnaireFactory {
    /** "7年保管", "保存期間 7 年" in the mailbox notes. */
    private static final Pattern YEARS_IN_NOTES = Pattern.compile("(\\d{1,2})\\s*年\\s*(?:間)?\\s*(?:保管|保存)|(?:保管|保存)[^0-9]{0,6}(\\d{1,2})\\s*年");
    /** Invoices and accounting mail: 7 years under Japanese tax law (法人税法・電子帳簿保存法). */
    static final int BILLING_RETENTION_YEARS = 7;

    private QuestionnaireFactory() {
    }

    public static Questionnaire build(Project project, Mailbox mailbox, QuestionnaireAnswers answers,
                                      Optional<MailboxVolume> measured) {
        return build(project, mailbox, answers, measured, Optional.empty());
    }

    /**
     * @param panelUsedMb the space used now as the server panel's last import says: it wins over a measurement
     *                    and over a typed figure, because it is the server's own count (the volume per day and
     *                    the message size keep their source)
     */
    public static Questionnaire build(Project project, Mailbox mailbox, QuestionnaireAnswers answers,
                                      Optional<MailboxVolume> measured, Optional<Double> panelUsedMb) {
        QuestionnaireAnswers a = answers == null ? QuestionnaireAnswers.NONE : answers;
        List<DeviceAnswer> devices = devicesReading(project, mailbox, a);
        List<String> readers = readersOf(devices);
        String keeper = devices.stream().filter(DeviceAnswer::isKeeper).map(DeviceAnswer::deviceId).findFirst().orElse("");

        boolean sharedDefault = readers.size() >= 2 || devices.size() >= 2
                || mailbox.role() == MailboxRole.REPRESENTATIVE || mailbox.role() == MailboxRole.BILLING;
        boolean abroadDefault = mentionsAbroad(mailbox.notes())
                || devices.stream().anyMatch(d -> project.device(d.deviceId()).map(x -> mentionsAbroad(x.notes())).orElse(false));

        double perDay = typicalMailsPerDay(mailbox.role());
        double kb = typicalMessageKb(mailbox.role());
        double used = 0;
        VolumeSource source = VolumeSource.ROLE_DEFAULT;
        if (measured.isPresent()) {
            perDay = measured.get().messagesPerDay();
            kb = measured.get().averageMessageKb();
            used = measured.get().usedMb();
            source = VolumeSource.MEASURED;
        }
        if (a.mailsPerDay() != null || a.typicalKb() != null || a.currentUsageMb() != null) {
            perDay = a.mailsPerDay() != null ? a.mailsPerDay() : perDay;
            kb = a.typicalKb() != null ? a.typicalKb() : kb;
            used = a.currentUsageMb() != null ? a.currentUsageMb() : used;
            source = VolumeSource.ENTERED;
        }
        if (panelUsedMb.isPresent() && panelUsedMb.get() >= 0) {
            used = panelUsedMb.get();
        }
        return new Questionnaire(mailbox.id(), mailbox.role(), readers, devices, keeper,
                a.sharedStateNeeded() != null ? a.sharedStateNeeded() : sharedDefault,
                a.retentionYears() != null ? a.retentionYears() : defaultRetentionYears(mailbox),
                a.backup() != null ? a.backup() : BackupKind.NONE,
                perDay, kb, used, source,
                a.usedAbroad() != null ? a.usedAbroad() : abroadDefault);
    }

    private static List<DeviceAnswer> devicesReading(Project project, Mailbox mailbox, QuestionnaireAnswers a) {
        List<DeviceAnswer> result = new ArrayList<>();
        for (Device device : project.devices()) {
            for (MailboxUse use : device.mailboxes()) {
                if (!use.mailboxId().equals(mailbox.id())) {
                    continue;
                }
                MailProtocol protocol = a.deviceProtocols().getOrDefault(device.id(), mailbox.protocol());
                boolean fetch = a.gmailPopFetchDevices().contains(device.id()) || reliesOnGmailPopFetch(device);
                result.add(new DeviceAnswer(device.id(), device.name(), device.personId(), device.client(), use.role(),
                        protocol, fetch));
                break;
            }
        }
        return result;
    }

    /** Distinct people; a device nobody owns counts as one more reader (a shared PC is read by several). */
    private static List<String> readersOf(List<DeviceAnswer> devices) {
        Set<String> readers = new LinkedHashSet<>();
        for (DeviceAnswer d : devices) {
            readers.add(d.personId().isEmpty() ? "device:" + d.deviceId() : d.personId());
        }
        return List.copyOf(readers);
    }

    /** A Gmail device whose notes say the mail is fetched by POP ("他のアカウントのメールを確認"). */
    static boolean reliesOnGmailPopFetch(Device device) {
        if (device.client() != ClientKind.GMAIL_APP && device.client() != ClientKind.WEBMAIL) {
            return false;
        }
        String notes = device.notes().toLowerCase(Locale.ROOT);
        return notes.contains("他のアカウント") || notes.contains("pop fetch") || notes.contains("mail fetcher")
                || (notes.contains("gmail") && notes.contains("pop"));
    }

    private static boolean mentionsAbroad(String notes) {
        String n = notes.toLowerCase(Locale.ROOT);
        return n.contains("海外") || n.contains("国外") || n.contains("abroad") || n.contains("overseas");
    }

    static int defaultRetentionYears(Mailbox mailbox) {
        Matcher m = YEARS_IN_NOTES.matcher(mailbox.notes());
        if (m.find()) {
            return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return mailbox.role() == MailboxRole.BILLING ? BILLING_RETENTION_YEARS : 1;
    }

    /** Placeholders until the consultant enters or measures the volume; deliberately on the generous side. */
    static double typicalMailsPerDay(MailboxRole role) {
        return switch (role) {
            case REPRESENTATIVE -> 40;
            case BILLING -> 15;
            case PERSONAL -> 30;
            case FORM -> 5;
            case RECRUIT -> 3;
            case OTHER -> 10;
        };
    }

    static double typicalMessageKb(MailboxRole role) {
        return switch (role) {
            case BILLING, RECRUIT -> 300; // PDF invoices, CVs
            case FORM -> 10;
            default -> 150;
        };
    }
}
