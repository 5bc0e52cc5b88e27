package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.MailboxRole;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answers the advisor decides from, for one mailbox. Built by {@link QuestionnaireFactory} from the
 * project and the consultant's saved answers.
 *
 * @param readers            ids of the people whose devices read the mailbox
 * @param keeperDeviceId     the device marked 保管用 in the project (first one when several), or empty
 * @param sharedStateNeeded  the readers (or one reader's several devices) must see the same read,
 *                           replied and filed state
 * @param retentionYears     how many years the mail must be kept (e.g. 7 for invoices)
 * @param mailsPerDay        mail received per day
 * @param typicalKb          typical message size in KB
 * @param currentUsageMb     space used on the server today
 * @param usedAbroad         someone sends from abroad (the SMTP overseas restriction applies)
 */
public record Questionnaire(String mailboxId, MailboxRole role, List<String> readers, List<DeviceAnswer> devices,
                            String keeperDeviceId, boolean sharedStateNeeded, int retentionYears, BackupKind backup,
                            double mailsPerDay, double typicalKb, double currentUsageMb, VolumeSource volumeSource,
                            boolean usedAbroad) {
    public Questionnaire {
        mailboxId = mailboxId == null ? "" : mailboxId;
        role = role == null ? MailboxRole.OTHER : role;
        readers = readers == null ? List.of() : List.copyOf(readers);
        devices = devices == null ? List.of() : List.copyOf(devices);
        keeperDeviceId = keeperDeviceId == null ? "" : keeperDeviceId;
        backup = backup == null ? BackupKind.NONE : backup;
        volumeSource = volumeSource == null ? VolumeSource.ROLE_DEFAULT : volumeSource;
        if (retentionYears < 0 || mailsPerDay < 0 || typicalKb < 0 || currentUsageMb < 0) {
            throw new IllegalArgumentException("negative answer in the questionnaire of " + mailboxId);
        }
    }

    public int readerCount() {
        return readers.size();
    }

    public int deviceCount() {
        return devices.size();
    }

    /** 代表 and 請求 addresses are shared by nature: others take over, and the mail is company record. */
    public boolean isSharedAddress() {
        return role == MailboxRole.REPRESENTATIVE || role == MailboxRole.BILLING || readerCount() >= 2;
    }

    /** The protocols the devices are set up with (the mailbox's recorded protocol when no device reads it). */
    public Set<MailProtocol> protocolsInUse(MailProtocol recorded) {
        Set<MailProtocol> used = new LinkedHashSet<>();
        for (DeviceAnswer d : devices) {
            if (d.protocolOnDevice() != MailProtocol.UNDECIDED) {
                used.add(d.protocolOnDevice());
            }
        }
        if (used.isEmpty() && recorded != MailProtocol.UNDECIDED) {
            used.add(recorded);
        }
        return used;
    }

    public boolean usesPop(MailProtocol recorded) {
        return protocolsInUse(recorded).stream().anyMatch(MailProtocol::isPop);
    }

    public List<DeviceAnswer> keeperDevices() {
        return devices.stream().filter(DeviceAnswer::isKeeper).toList();
    }

    public Optional<DeviceAnswer> device(String deviceId) {
        return devices.stream().filter(d -> d.deviceId().equals(deviceId)).findFirst();
    }

    public List<DeviceAnswer> devicesUsing(Set<MailProtocol> protocols) {
        EnumSet<MailProtocol> wanted = protocols.isEmpty() ? EnumSet.noneOf(MailProtocol.class) : EnumSet.copyOf(protocols);
        return devices.stream().filter(d -> wanted.contains(d.protocolOnDevice())).toList();
    }

    public Questionnaire withDevices(List<DeviceAnswer> value) {
        return new Questionnaire(mailboxId, role, readers, value, keeperDeviceId, sharedStateNeeded, retentionYears,
                backup, mailsPerDay, typicalKb, currentUsageMb, volumeSource, usedAbroad);
    }

    public Questionnaire withBackup(BackupKind value) {
        return new Questionnaire(mailboxId, role, readers, devices, keeperDeviceId, sharedStateNeeded, retentionYears,
                value, mailsPerDay, typicalKb, currentUsageMb, volumeSource, usedAbroad);
    }

    public Questionnaire withSharedStateNeeded(boolean value) {
        return new Questionnaire(mailboxId, role, readers, devices, keeperDeviceId, value, retentionYears,
                backup, mailsPerDay, typicalKb, currentUsageMb, volumeSource, usedAbroad);
    }

    public Questionnaire withRetentionYears(int value) {
        return new Questionnaire(mailboxId, role, readers, devices, keeperDeviceId, sharedStateNeeded, value,
                backup, mailsPerDay, typicalKb, currentUsageMb, volumeSource, usedAbroad);
    }

    public Questionnaire withVolume(double perDay, double kb, double usedMb, VolumeSource source) {
        return new Questionnaire(mailboxId, role, readers, devices, keeperDeviceId, sharedStateNeeded, retentionYears,
                backup, perDay, kb, usedMb, source, usedAbroad);
    }

    public Questionnaire withUsedAbroad(boolean value) {
        return new Questionnaire(mailboxId, role, readers, devices, keeperDeviceId, sharedStateNeeded, retentionYears,
                backup, mailsPerDay, typicalKb, currentUsageMb, volumeSource, value);
    }
}
