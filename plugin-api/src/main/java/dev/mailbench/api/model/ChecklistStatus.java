package dev.mailbench.api.model;

/** 未 / 済 / 対象外. */
public enum ChecklistStatus {
    OPEN("未", "Open"),
    DONE("済", "Done"),
    NOT_APPLICABLE("対象外", "N/A");

    private final String ja;
    private final String en;

    ChecklistStatus(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return new LocalizedText(ja, en);
    }

    /** Accepts the Japanese or English label or the constant name, as found in a filled-in sheet. */
    public static java.util.Optional<ChecklistStatus> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        for (ChecklistStatus s : values()) {
            if (s.ja.equals(t) || s.en.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
