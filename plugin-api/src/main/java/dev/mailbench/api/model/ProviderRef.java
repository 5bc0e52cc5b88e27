package dev.mailbench.api.model;

import java.util.Map;

/**
 * Which provider profile the customer is on, the customer's server ID (Xserver's {@code sv1234}) and
 * values the consultant corrected for this project (profile field name → value).
 */
public record ProviderRef(String profileId, String serverId, Map<String, String> overrides) {
    public static final ProviderRef XSERVER_UNSET = new ProviderRef("xserver", "", Map.of());

    public ProviderRef {
        profileId = profileId == null || profileId.isBlank() ? "xserver" : profileId;
        serverId = Values.text(serverId);
        overrides = Values.map(overrides);
    }
}
