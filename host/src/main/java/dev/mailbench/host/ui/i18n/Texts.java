package dev.mailbench.host.ui.i18n;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.swing.LocalizedComponents;
import java.awt.Component;
import java.awt.Container;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JTable;
import javax.swing.table.TableColumnModel;
import javax.swing.text.JTextComponent;

/**
 * The UI texts ({@code dev/mailbench/host/ui/messages*.properties}) in the current language, and the
 * relabelling that lets the consultant switch language without a restart: a component created with
 * {@link #bind} remembers its key, and {@link #relabel} walks a window and sets every remembered text again.
 */
public final class Texts {
    private static final String BUNDLE = "dev.mailbench.host.ui.messages";
    private static final String TEXT_KEY = "mailbench.textKey";
    private static final String TOOLTIP_KEY = "mailbench.tooltipKey";
    private static final String PLACEHOLDER_KEY = "mailbench.placeholderKey";
    private static final String COLUMN_KEYS = "mailbench.columnKeys";

    private static volatile Locale locale = Locale.JAPANESE;
    private static volatile ResourceBundle bundle = load(locale);

    private Texts() {
    }

    private static ResourceBundle load(Locale target) {
        // No fallback to the JVM's default locale: Japanese lives in the base bundle, and an English
        // desktop must not turn a Japanese UI into English.
        return ResourceBundle.getBundle(BUNDLE, target,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches the bundle; callers then {@link #relabel} their windows (on the EDT). */
    public static void setLocale(Locale newLocale) {
        Locale target = newLocale == null || !"en".equals(newLocale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        bundle = load(target);
        locale = target;
        Locale.setDefault(Locale.Category.DISPLAY, target);
        // Swing's own dialogs (file chooser, message box buttons) take their texts in the components' locale: without
        // this, a Japanese UI on an English system shows "Save In / File Name / Cancel".
        javax.swing.JComponent.setDefaultLocale(target);
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public static String of(LocalizedText text) {
        return text == null ? "" : text.get(locale);
    }

    /** Sets the component's text from {@code key} now and again on every {@link #relabel}. */
    public static <C extends JComponent> C bind(C component, String key) {
        component.putClientProperty(TEXT_KEY, key);
        applyText(component, key);
        return component;
    }

    public static <C extends JComponent> C bindTooltip(C component, String key) {
        component.putClientProperty(TOOLTIP_KEY, key);
        component.setToolTipText(get(key));
        return component;
    }

    /** A grey hint inside an empty text field (FlatLaf placeholder), relabelled like any text. */
    public static <C extends JTextComponent> C bindPlaceholder(C field, String key) {
        field.putClientProperty(PLACEHOLDER_KEY, key);
        field.putClientProperty("JTextField.placeholderText", get(key));
        return field;
    }

    public static void bindColumns(JTable table, String... keys) {
        table.putClientProperty(COLUMN_KEYS, keys);
        applyColumns(table, keys);
    }

    public static JLabel label(String key) {
        return bind(new JLabel(), key);
    }

    /** Re-applies every bound text under {@code root}, then lets {@link LocaleAware} components refresh. */
    public static void relabel(Component root) {
        if (root instanceof JComponent c) {
            if (c.getClientProperty(TEXT_KEY) instanceof String key) {
                applyText(c, key);
            }
            if (c.getClientProperty(TOOLTIP_KEY) instanceof String key) {
                c.setToolTipText(get(key));
            }
            if (c.getClientProperty(PLACEHOLDER_KEY) instanceof String key) {
                c.putClientProperty("JTextField.placeholderText", get(key));
            }
            if (c instanceof JTable table && c.getClientProperty(COLUMN_KEYS) instanceof String[] keys) {
                applyColumns(table, keys);
            }
            // texts that plugins bound through I18nApi: the same walk relabels them
            LocalizedComponents.apply(c, locale);
        }
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                relabel(item);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child);
            }
        }
        if (root instanceof JMenuBar bar) {
            bar.revalidate();
        }
        if (root instanceof LocaleAware aware) {
            aware.localeChanged();
        }
    }

    private static void applyText(JComponent component, String key) {
        String text = get(key);
        if (component instanceof AbstractButton button) {
            button.setText(text);
        } else if (component instanceof JLabel label) {
            label.setText(text);
        }
    }

    private static void applyColumns(JTable table, String[] keys) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < keys.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setHeaderValue(get(keys[i]));
        }
        if (table.getTableHeader() != null) {
            table.getTableHeader().repaint();
        }
    }
}
