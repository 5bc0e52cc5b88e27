package dev.mailbench.kit.swing;

import dev.mailbench.api.model.LocalizedText;
import java.awt.Component;
import java.awt.Container;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.border.Border;
import javax.swing.border.CompoundBorder;
import javax.swing.border.TitledBorder;
import javax.swing.table.TableColumnModel;

/**
 * Texts of Swing components that follow the language switch: a component bound here remembers its
 * {@link LocalizedText} in a client property, and {@link #relabel} walks a window and sets every remembered
 * text again in the new language. The host's window and the plugin test kit both relabel through this class,
 * so a plugin panel behaves the same in both.
 */
public final class LocalizedComponents {
    private static final String TEXT = "mailbench.localized.text";
    private static final String TOOLTIP = "mailbench.localized.tooltip";
    private static final String PLACEHOLDER = "mailbench.localized.placeholder";
    private static final String COLUMNS = "mailbench.localized.columns";
    private static final String TABS = "mailbench.localized.tabs";
    private static final String FLATLAF_PLACEHOLDER = "JTextField.placeholderText";

    private LocalizedComponents() {
    }

    public static <C extends JComponent> C bind(C component, LocalizedText text, Locale locale) {
        component.putClientProperty(TEXT, text);
        applyText(component, text.get(locale));
        return component;
    }

    public static <C extends JComponent> C bindTooltip(C component, LocalizedText text, Locale locale) {
        component.putClientProperty(TOOLTIP, text);
        component.setToolTipText(text.get(locale));
        return component;
    }

    public static <C extends JComponent> C bindPlaceholder(C component, LocalizedText text, Locale locale) {
        component.putClientProperty(PLACEHOLDER, text);
        component.putClientProperty(FLATLAF_PLACEHOLDER, text.get(locale));
        return component;
    }

    public static void bindColumns(JTable table, Locale locale, LocalizedText... headers) {
        table.putClientProperty(COLUMNS, headers.clone());
        applyColumns(table, headers, locale);
    }

    public static void bindTabs(JTabbedPane tabs, Locale locale, LocalizedText... titles) {
        tabs.putClientProperty(TABS, titles.clone());
        applyTabs(tabs, titles, locale);
    }

    /** Re-applies the bound texts of {@code component} alone. */
    public static void apply(JComponent c, Locale locale) {
        if (c.getClientProperty(TEXT) instanceof LocalizedText text) {
            applyText(c, text.get(locale));
        }
        if (c.getClientProperty(TOOLTIP) instanceof LocalizedText text) {
            c.setToolTipText(text.get(locale));
        }
        if (c.getClientProperty(PLACEHOLDER) instanceof LocalizedText text) {
            c.putClientProperty(FLATLAF_PLACEHOLDER, text.get(locale));
            c.repaint();
        }
        if (c instanceof JTable table && c.getClientProperty(COLUMNS) instanceof LocalizedText[] headers) {
            applyColumns(table, headers, locale);
        }
        if (c instanceof JTabbedPane tabs && c.getClientProperty(TABS) instanceof LocalizedText[] titles) {
            applyTabs(tabs, titles, locale);
        }
    }

    /** Re-applies every bound text under {@code root} (including menus' items). */
    public static void relabel(Component root, Locale locale) {
        if (root instanceof JComponent c) {
            apply(c, locale);
        }
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                relabel(item, locale);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child, locale);
            }
        }
    }

    private static void applyText(JComponent component, String text) {
        if (component instanceof AbstractButton button) {
            button.setText(text);
        } else if (component instanceof JLabel label) {
            label.setText(text);
        } else {
            TitledBorder titled = titled(component.getBorder());
            if (titled != null) {
                titled.setTitle(text);
                component.repaint();
            }
        }
    }

    private static TitledBorder titled(Border border) {
        if (border instanceof TitledBorder t) {
            return t;
        }
        if (border instanceof CompoundBorder c) {
            TitledBorder outer = titled(c.getOutsideBorder());
            return outer != null ? outer : titled(c.getInsideBorder());
        }
        return null;
    }

    private static void applyColumns(JTable table, LocalizedText[] headers, Locale locale) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < headers.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setHeaderValue(headers[i].get(locale));
        }
        if (table.getTableHeader() != null) {
            table.getTableHeader().repaint();
        }
    }

    private static void applyTabs(JTabbedPane tabs, LocalizedText[] titles, Locale locale) {
        for (int i = 0; i < titles.length && i < tabs.getTabCount(); i++) {
            tabs.setTitleAt(i, titles[i].get(locale));
        }
    }
}
