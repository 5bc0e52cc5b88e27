package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;

/** Where the mail volume of a questionnaire came from, so the panel can say how far to trust the forecast. */
public enum VolumeSource {
    ROLE_DEFAULT("仮の値（役割からの目安）", "Placeholder (typical for the role)"),
    ENTERED("入力値", "Entered"),
    MEASURED("メールボックスから計測", "Measured from the mailbox");

    private final String ja;
    private final String en;

    VolumeSource(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public LocalizedText label() {
        return LocalizedText.of(ja, en);
    }
}
