package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;

/** Whether a finding explains the recommendation or warns about the current setup. */
public enum FindingKind {
    /** A reason for (part of) the recommendation. */
    DECISION("理由", "Reason"),
    /** Something in the current setup that can lose mail or stop it. */
    RISK("リスク", "Risk"),
    /** The setup or the answers contradict each other or the design rules. */
    CONTRADICTION("矛盾", "Contradiction"),
    /** Something to tell the customer, e.g. a provider restriction. */
    NOTE("注記", "Note");

    private final String ja;
    private final String en;

    FindingKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return LocalizedText.of(ja, en);
    }

    public boolean isRisk() {
        return this != DECISION;
    }
}
