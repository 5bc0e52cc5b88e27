package dev.mailbench.api.model;

import java.util.Locale;

/** A text in Japanese (the default) and English. */
public record LocalizedText(String ja, String en) {
    public LocalizedText {
        ja = Values.text(ja);
        en = en == null || en.isEmpty() ? ja : en;
    }

    public static LocalizedText of(String ja, String en) {
        return new LocalizedText(ja, en);
    }

    public String get(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
    }
}
