package dev.mailbench.design.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.MailProtocol;
import java.util.EnumSet;
import java.util.Set;

/**
 * One device that reads the mailbox, as the questionnaire sees it.
 *
 * @param personId         who uses it; empty for a shared device
 * @param protocolOnDevice how this device is actually set up (devices of one mailbox can differ, which is
 *                         exactly the mix-up the advisor looks for)
 * @param gmailPopFetch    the mail reaches Gmail through "check mail from other accounts" (POP fetch)
 */
public record DeviceAnswer(String deviceId, String deviceName, String personId, ClientKind client, DeviceRole role,
                           MailProtocol protocolOnDevice, boolean gmailPopFetch) {
    private static final Set<ClientKind> PHONES = EnumSet.of(ClientKind.IPHONE, ClientKind.GMAIL_APP,
            ClientKind.ANDROID_MAIL);

    public DeviceAnswer {
        deviceId = deviceId == null ? "" : deviceId;
        deviceName = deviceName == null ? "" : deviceName;
        personId = personId == null ? "" : personId;
        client = client == null ? ClientKind.OTHER : client;
        role = role == null ? DeviceRole.VIEWER : role;
        protocolOnDevice = protocolOnDevice == null ? MailProtocol.UNDECIDED : protocolOnDevice;
    }

    public boolean isPhone() {
        return PHONES.contains(client);
    }

    public boolean isKeeper() {
        return role == DeviceRole.KEEPER;
    }

    public DeviceAnswer withProtocol(MailProtocol value) {
        return new DeviceAnswer(deviceId, deviceName, personId, client, role, value, gmailPopFetch);
    }

    public DeviceAnswer withGmailPopFetch(boolean value) {
        return new DeviceAnswer(deviceId, deviceName, personId, client, role, protocolOnDevice, value);
    }
}
