package dev.mailbench.setup.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the consultant found on a device, exactly as typed (spaces and full-width characters included, so
 * the lint can point at them). Every value is text; empty means "not known / not entered".
 *
 * <p>Keys of {@link #fromMap}/{@link #toMap}: the record component names, e.g. {@code incomingHost}.
 * Yes/no values accept on/off, yes/no, true/false, はい/いいえ, オン/オフ. Encryption: SSL/TLS, SSL, STARTTLS,
 * TLS (Outlook's old name for STARTTLS), none/なし, on/off (iPhone's "SSLを使用"), auto/自動. Symptom: a {@link Symptom} constant.
 */
public record ObservedSettings(String client, String address, String incomingProtocol, String incomingHost,
                               String incomingPort, String incomingEncryption, String username, String outgoingHost,
                               String outgoingPort, String outgoingEncryption, String smtpAuth, String outgoingUsername,
                               String spa, String popDeleteFromServer, String shared, String gmailPopFetch, String symptom) {

    public static final List<String> KEYS = List.of("client", "address", "incomingProtocol", "incomingHost", "incomingPort",
            "incomingEncryption", "username", "outgoingHost", "outgoingPort", "outgoingEncryption", "smtpAuth",
            "outgoingUsername", "spa", "popDeleteFromServer", "shared", "gmailPopFetch", "symptom");

    public ObservedSettings {
        client = n(client);
        address = n(address);
        incomingProtocol = n(incomingProtocol);
        incomingHost = n(incomingHost);
        incomingPort = n(incomingPort);
        incomingEncryption = n(incomingEncryption);
        username = n(username);
        outgoingHost = n(outgoingHost);
        outgoingPort = n(outgoingPort);
        outgoingEncryption = n(outgoingEncryption);
        smtpAuth = n(smtpAuth);
        outgoingUsername = n(outgoingUsername);
        spa = n(spa);
        popDeleteFromServer = n(popDeleteFromServer);
        shared = n(shared);
        gmailPopFetch = n(gmailPopFetch);
        symptom = n(symptom);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    public static ObservedSettings fromMap(Map<String, String> m) {
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("不明な項目「" + k + "」（使える項目: " + String.join(", ", KEYS) + "） / unknown key " + k);
            }
        }
        return new ObservedSettings(m.get("client"), m.get("address"), m.get("incomingProtocol"), m.get("incomingHost"),
                m.get("incomingPort"), m.get("incomingEncryption"), m.get("username"), m.get("outgoingHost"), m.get("outgoingPort"),
                m.get("outgoingEncryption"), m.get("smtpAuth"), m.get("outgoingUsername"), m.get("spa"),
                m.get("popDeleteFromServer"), m.get("shared"), m.get("gmailPopFetch"), m.get("symptom"));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] v = {client, address, incomingProtocol, incomingHost, incomingPort, incomingEncryption, username, outgoingHost,
                outgoingPort, outgoingEncryption, smtpAuth, outgoingUsername, spa, popDeleteFromServer, shared, gmailPopFetch, symptom};
        for (int i = 0; i < KEYS.size(); i++) {
            m.put(KEYS.get(i), v[i]);
        }
        return m;
    }

    public String get(String key) {
        return toMap().getOrDefault(key, "");
    }
}
