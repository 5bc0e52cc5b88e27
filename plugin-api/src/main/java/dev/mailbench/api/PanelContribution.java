package dev.mailbench.api;

import dev.mailbench.api.model.LocalizedText;
import java.util.Objects;

/**
 * A cheap descriptor of a panel; the panel itself is created lazily, on the EDT, the first time the
 * consultant opens it.
 *
 * @param id       unique within the plugin
 * @param iconPath classpath resource of a 16x16 SVG or PNG icon in the plugin jar, or empty
 * @param order    position among the panels (lower first)
 */
public record PanelContribution(String id, LocalizedText title, LocalizedText tooltip, String iconPath, int order,
                                PanelFactory factory) {
    public PanelContribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        tooltip = tooltip == null ? title : tooltip;
        iconPath = iconPath == null ? "" : iconPath;
        Objects.requireNonNull(factory, "factory");
    }
}
