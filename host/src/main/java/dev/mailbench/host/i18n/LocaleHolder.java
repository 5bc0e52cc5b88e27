package dev.mailbench.host.i18n;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The UI language (Japanese by default). Swing-free: listeners run on the thread that calls {@link #set},
 * which for the UI is the EDT, as {@link I18nApi} promises plugins.
 */
public final class LocaleHolder {
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final List<Consumer<Locale>> listeners = new CopyOnWriteArrayList<>();
    private volatile Locale locale;

    public LocaleHolder() {
        this(JAPANESE);
    }

    public LocaleHolder(Locale initial) {
        this.locale = normalize(initial);
    }

    /** {@code "en"} gives English, anything else Japanese. */
    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : JAPANESE;
    }

    public Locale locale() {
        return locale;
    }

    public Locale get() {
        return locale;
    }

    public void set(Locale value) {
        Locale next = normalize(value);
        if (Objects.equals(next, locale)) {
            return;
        }
        locale = next;
        for (Consumer<Locale> listener : listeners) {
            listener.accept(next);
        }
    }

    public Registration addListener(Consumer<Locale> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many listeners are registered now: a closed window or plugin panel must leave none behind. */
    public int listenerCount() {
        return listeners.size();
    }

    private static Locale normalize(Locale value) {
        return value != null && "en".equals(value.getLanguage()) ? ENGLISH : JAPANESE;
    }
}
