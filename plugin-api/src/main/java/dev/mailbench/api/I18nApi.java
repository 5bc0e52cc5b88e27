package dev.mailbench.api;

import dev.mailbench.api.model.LocalizedText;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import javax.swing.JTable;

/**
 * The UI language, the one way for plugins to show text: Japanese by default, English when the consultant
 * switches in Settings. Every text a plugin shows is a {@link LocalizedText} (both languages side by side
 * where it is used); engines return {@link LocalizedText} and never pick a language themselves, panels
 * bind their fixed texts with {@link #bind} so the host relabels them on a switch, and texts a panel builds
 * (results) are built with {@link #text} and rebuilt in {@link PanelScope#onLocaleChanged}.
 */
public interface I18nApi {
    Locale locale();

    /** True when the UI language is English. */
    default boolean isEnglish() {
        return LocalizedText.isEnglish(locale());
    }

    /** {@code text} in the current language. */
    default String text(LocalizedText text) {
        return text == null ? "" : text.get(locale());
    }

    /** The Japanese or the English text, whichever the current language is. */
    default String text(String ja, String en) {
        return LocalizedText.pick(locale(), ja, en);
    }

    /**
     * Sets the text of a label, button, check box or titled border now and again after every language
     * switch. Works for any component the plugin puts in its panel.
     */
    <C extends JComponent> C bind(C component, LocalizedText text);

    /** Like {@link #bind}, for the tooltip. */
    <C extends JComponent> C bindTooltip(C component, LocalizedText text);

    /** Like {@link #bind}, for the grey hint inside an empty text field. */
    <C extends JComponent> C bindPlaceholder(C component, LocalizedText text);

    /** Column headers of {@code table}, in order, relabelled on every switch. */
    void bindColumns(JTable table, LocalizedText... headers);

    /** Tab titles of {@code tabs}, in order, relabelled on every switch. */
    void bindTabs(JTabbedPane tabs, LocalizedText... titles);

    /**
     * Notified on the EDT when the language changes, so panels can relabel themselves. A panel uses
     * {@link PanelScope#onLocaleChanged} instead, which ends with the panel.
     */
    Registration addLocaleListener(Consumer<Locale> listener);
}
