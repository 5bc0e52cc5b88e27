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
        return isEnglish(locale) ? en : ja;
    }

    /**
     * The Japanese or the English text for {@code locale}: for an engine that renders in a language it was
     * given (instructions, documents, command output). Japanese unless the locale is English.
     */
    public static String pick(Locale locale, String ja, String en) {
        return isEnglish(locale) ? en : ja;
    }

    /** English when the locale's language is {@code en}; every other locale shows Japanese. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
