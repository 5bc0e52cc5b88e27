package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;

/** How bad a finding is; {@link #COULD_NOT_CHECK} is its own grade, never folded into ERROR. */
public enum DnsSeverity {
    OK(LocalizedText.of("問題なし", "OK")),
    INFO(LocalizedText.of("情報", "Info")),
    WARNING(LocalizedText.of("注意", "Warning")),
    ERROR(LocalizedText.of("エラー", "Error")),
    COULD_NOT_CHECK(LocalizedText.of("確認できず", "Could not check"));

    private final LocalizedText label;

    DnsSeverity(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** Rank for the traffic light: ERROR worst, then COULD_NOT_CHECK, WARNING, INFO, OK. */
    public int rank() {
        return switch (this) {
            case OK -> 0;
            case INFO -> 1;
            case WARNING -> 2;
            case COULD_NOT_CHECK -> 3;
            case ERROR -> 4;
        };
    }
}
