package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;

/** How bad a finding is; the panel shows it as a coloured badge. Declared from mild to severe. */
public enum RiskLevel {
    INFO("情報", "Info"),
    WARNING("注意", "Warning"),
    HIGH("重大", "High");

    private final String ja;
    private final String en;

    RiskLevel(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return LocalizedText.of(ja, en);
    }

    public boolean atLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
