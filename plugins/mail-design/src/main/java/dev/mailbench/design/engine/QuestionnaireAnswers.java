package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import java.util.List;
import java.util.Map;

/**
 * What the consultant answered for one mailbox, saved in the plugin's section. Every field is optional:
 * {@code null} (or absent from the maps) means "use what the project suggests".
 *
 * @param deviceProtocols per device id: how that device is really set up
 * @param gmailPopFetchDevices ids of devices that get this mailbox through Gmail's POP fetch
 */
public record QuestionnaireAnswers(Boolean sharedStateNeeded, Integer retentionYears, BackupKind backup,
                                   Double mailsPerDay, Double typicalKb, Double currentUsageMb, Boolean usedAbroad,
                                   Map<String, MailProtocol> deviceProtocols, List<String> gmailPopFetchDevices) {
    public static final QuestionnaireAnswers NONE = new QuestionnaireAnswers(null, null, null, null, null, null, null,
            Map.of(), List.of());

    public QuestionnaireAnswers {
        deviceProtocols = deviceProtocols == null ? Map.of() : Map.copyOf(deviceProtocols);
        gmailPopFetchDevices = gmailPopFetchDevices == null ? List.of() : List.copyOf(gmailPopFetchDevices);
    }

    /** The answers that reproduce {@code q} exactly (what the panel saves after an edit). */
    public static QuestionnaireAnswers of(Questionnaire q) {
        Map<String, MailProtocol> protocols = new java.util.LinkedHashMap<>();
        List<String> fetch = new java.util.ArrayList<>();
        for (DeviceAnswer d : q.devices()) {
            protocols.put(d.deviceId(), d.protocolOnDevice());
            if (d.gmailPopFetch()) {
                fetch.add(d.deviceId());
            }
        }
        // Only volumes the consultant typed are saved: placeholders and measurements are recomputed.
        boolean entered = q.volumeSource() == VolumeSource.ENTERED;
        return new QuestionnaireAnswers(q.sharedStateNeeded(), q.retentionYears(), q.backup(),
                entered ? q.mailsPerDay() : null, entered ? q.typicalKb() : null,
                entered ? q.currentUsageMb() : null, q.usedAbroad(), protocols, fetch);
    }
}
