package dev.mailbench.api;

import dev.mailbench.api.model.LocalizedText;
import java.util.Locale;
import java.util.function.Consumer;

/** The UI language: Japanese by default, English when the consultant switches in Settings. */
public interface I18nApi {
    Locale locale();

    default String text(LocalizedText text) {
        return text.get(locale());
    }

    /** Notified on the EDT when the language changes, so panels can relabel themselves. */
    Registration addLocaleListener(Consumer<Locale> listener);
}
