package dev.mailbench.host.ui.i18n;

/** A component with texts that {@link Texts#bind} cannot express (combos, trees, computed labels). */
public interface LocaleAware {
    /** Called on the EDT after the language changed and bound texts were re-applied. */
    void localeChanged();
}
