package dev.mailbench.architecture.ui;

import dev.mailbench.kit.swing.WrappingLabel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import dev.mailbench.kit.swing.FitOrScroll;
import javax.swing.JMenuItem;
import javax.swing.JScrollBar;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.text.View;

/**
 * What a person would see cut in a window: a label, button or column header narrower than its text, a table cell
 * cut without a tooltip that shows it whole, a component pushed past the edge of its parent, or a window beyond the
 * screen. Read on the EDT from the components' own sizes, as the look and feel lays them out.
 */
final class CutText {
    /** Rounding in text measurement: a pixel is not a cut letter. */
    private static final int SLACK = 1;

    private final List<String> findings = new ArrayList<>();
    private final String where;

    private CutText(String where) {
        this.where = where;
    }

    /** Everything cut inside {@code root}, each finding prefixed by {@code where}. */
    static List<String> in(Container root, String where) {
        CutText cut = new CutText(where);
        cut.walk(root);
        return cut.findings;
    }

    /** A finding when {@code window} does not lie inside {@code screen}. */
    static List<String> outside(Component window, Rectangle screen, String where) {
        Rectangle bounds = window.getBounds();
        return screen.contains(bounds) ? List.of()
                : List.of(where + ": window " + bounds + " outside the screen " + screen);
    }

    /**
     * Chrome still in Japanese after the switch to English: a button, a column header or a tab title with kana.
     * (Labels may show the customer's own Japanese data; buttons, headers and tabs never do.)
     */
    static List<String> japaneseIn(Container root, String where) {
        List<String> found = new ArrayList<>();
        japanese(root, where, found);
        return found;
    }

    private static void japanese(Component c, String where, List<String> found) {
        if (!c.isShowing() || c instanceof CellRendererPane || c instanceof JMenuItem) {
            return;
        }
        List<String> texts = new ArrayList<>();
        if (c instanceof AbstractButton b && b.getText() != null) {
            texts.add(b.getText());
        } else if (c instanceof JTable t) {
            for (int col = 0; col < t.getColumnCount(); col++) {
                texts.add(String.valueOf(t.getColumnModel().getColumn(col).getHeaderValue()));
            }
        } else if (c instanceof javax.swing.JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                texts.add(tabs.getTitleAt(i));
            }
        }
        for (String text : texts) {
            if (text != null && text.codePoints().anyMatch(cp -> cp >= 0x3040 && cp <= 0x30ff)) {
                found.add(where + ": " + describe(c) + " still says \"" + text + "\" in English");
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                japanese(child, where, found);
            }
        }
    }

    private void walk(Component c) {
        if (!c.isShowing() || c instanceof CellRendererPane || c instanceof JMenuItem || c instanceof JScrollBar) {
            return;
        }
        checkInsideParent(c);
        if (c instanceof WrappingLabel wrapping) {
            checkWrapping(wrapping);
        } else if (c instanceof JLabel label) {
            checkText(label, label.getText());
        } else if (c instanceof AbstractButton button) {
            checkText(button, button.getText());
        } else if (c instanceof JTable table) {
            checkTable(table);
        } else if (c instanceof JTextField field && !field.isEditable()) {
            // a value shown to be read or copied (a server name, a setting): cut is as bad as a cut label
            checkText(field, field.getText());
        } else if (c instanceof JScrollPane scroller) {
            checkSideways(scroller);
        } else if (c instanceof javax.swing.JTabbedPane tabs) {
            checkTabsWhole(tabs);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child);
            }
        }
    }

    /** A component laid out beyond its parent is clipped: only a viewport's view may be larger than what shows. */
    private void checkInsideParent(Component c) {
        Container parent = c.getParent();
        if (parent == null || parent instanceof JViewport || c instanceof JScrollBar || c.getWidth() == 0
                || c.getHeight() == 0) {
            return;
        }
        Rectangle inside = new Rectangle(-SLACK, -SLACK, parent.getWidth() + 2 * SLACK, parent.getHeight() + 2 * SLACK);
        if (!inside.contains(c.getBounds())) {
            findings.add(where + ": " + describe(c) + " at " + c.getBounds() + " lies outside its parent "
                    + describe(parent) + " (" + parent.getWidth() + "x" + parent.getHeight() + ")");
        }
    }

    /**
     * A panel (a tab's page in its FitOrScroll) or a list wider than the room it is shown in: the reader has to scroll
     * sideways to see its right side. Tables and charts may scroll sideways; pages and lists may not.
     */
    private void checkSideways(JScrollPane scroller) {
        Component view = scroller.getViewport().getView();
        boolean page = scroller.getClass().getSimpleName().equals("FitOrScroll");
        if (view == null || !(page || view instanceof JList)) {
            return;
        }
        Component shown = page ? FitOrScroll.contentOf(scroller) : view;
        if (page && shown == scroller) {
            // a plugin's own copy of the kit class: its page is the view's only child
            shown = view instanceof Container holder && holder.getComponentCount() == 1 ? holder.getComponent(0) : view;
        }
        int room = scroller.getViewport().getWidth();
        if (room > 0 && view.getWidth() > room + SLACK) {
            findings.add(where + ": " + describe(shown) + " is " + view.getWidth()
                    + " px wide in " + room + " px and scrolls sideways" + heldWideBy(shown, room));
        }
    }

    /**
     * What keeps a page wider than its room: the innermost component whose minimum width is more than the room, and
     * the minimum widths of its parts (a row of fields, a long label), so the finding says what to change.
     */
    private static String heldWideBy(Component page, int room) {
        Component wide = page;
        boolean deeper = true;
        while (deeper && wide instanceof Container container) {
            deeper = false;
            for (Component child : container.getComponents()) {
                if (child.isVisible() && child.getMinimumSize().width > room) {
                    wide = child;
                    deeper = true;
                    break;
                }
            }
        }
        StringBuilder parts = new StringBuilder("; held wide by " + describe(wide) + " (min "
                + wide.getMinimumSize().width + ")");
        if (wide instanceof Container container && container.getComponentCount() > 0) {
            parts.append(" of");
            for (Component child : container.getComponents()) {
                if (child.isVisible() && child.getMinimumSize().width > room / 8) {
                    parts.append(' ').append(describe(child)).append('=').append(child.getMinimumSize().width);
                    if (child instanceof JLabel label) {
                        parts.append("\"").append(label.getText()).append('"');
                    }
                }
            }
        }
        return parts.toString();
    }

    /** A tab strip showing part of a tab (a scrolled strip cut at its edge). */
    private void checkTabsWhole(javax.swing.JTabbedPane tabs) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            Rectangle tab = tabs.getBoundsAt(i);
            if (tab != null && tab.width > 0 && (tab.x < -SLACK || tab.x + tab.width > tabs.getWidth() + SLACK)) {
                findings.add(where + ": " + describe(tabs) + " shows tab \"" + tabs.getTitleAt(i) + "\" cut at "
                        + tab + " in " + tabs.getWidth() + " px");
            }
        }
    }

    /** Wrapping text drawn by the kit: cut when its lines at its width need more height than it has. */
    private void checkWrapping(WrappingLabel label) {
        if (label.getWidth() == 0) {
            return;
        }
        int needed = label.preferredHeightFor(label.getWidth());
        if (needed > label.getHeight() + SLACK) {
            findings.add(where + ": " + describe(label) + " \"" + label.getText() + "\" needs " + needed
                    + " px of height, has " + label.getHeight());
        }
    }

    private void checkText(JComponent c, String text) {
        if (text == null || text.isBlank() || c.getWidth() == 0) {
            return;
        }
        View html = (View) c.getClientProperty(BasicHTML.propertyKey);
        if (html != null) {
            // Wrapping text: cut when the lines it needs at its width are taller than the room it has.
            var insets = c.getInsets();
            int width = c.getWidth() - insets.left - insets.right;
            int height = c.getHeight() - insets.top - insets.bottom;
            html.setSize(width, 0);
            float needed = html.getPreferredSpan(View.Y_AXIS);
            float minimumWidth = html.getMinimumSpan(View.X_AXIS);
            if (needed > height + SLACK || minimumWidth > width + SLACK) {
                findings.add(where + ": " + describe(c) + " \"" + plain(text) + "\" needs " + (int) minimumWidth + "x"
                        + (int) needed + ", has " + width + "x" + height);
            }
            return;
        }
        int needed = c.getPreferredSize().width;
        if (needed > c.getWidth() + SLACK) {
            findings.add(where + ": " + describe(c) + " \"" + text + "\" needs " + needed + " px, has " + c.getWidth());
        }
    }

    private void checkTable(JTable table) {
        JTableHeader header = table.getTableHeader();
        for (int col = 0; col < table.getColumnCount(); col++) {
            TableColumn column = table.getColumnModel().getColumn(col);
            int width = column.getWidth();
            if (header != null && header.isShowing()) {
                TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                        : header.getDefaultRenderer();
                Component shown = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, col);
                int needed = shown.getPreferredSize().width;
                if (needed > width + SLACK) {
                    findings.add(where + ": " + describe(table) + " column header \"" + column.getHeaderValue()
                            + "\" needs " + needed + " px, has " + width);
                }
            }
            for (int row = 0; row < table.getRowCount(); row++) {
                Component shown = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                int needed = shown.getPreferredSize().width;
                if (needed > width + SLACK && !tooltipShowsWhole(table, row, col, shown)) {
                    findings.add(where + ": " + describe(table) + " cell (" + row + ", " + column.getHeaderValue()
                            + ") \"" + textOf(shown) + "\" needs " + needed + " px, has " + width + ", and no tooltip");
                }
            }
        }
    }

    private static boolean tooltipShowsWhole(JTable table, int row, int col, Component shown) {
        Rectangle cell = table.getCellRect(row, col, false);
        Point centre = new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
        MouseEvent hover = new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0, centre.x, centre.y, 0, false);
        String tip = table.getToolTipText(hover);
        String text = textOf(shown);
        // A cell drawn without text (a badge) is explained by any tooltip; one with text by a tooltip holding it.
        return tip != null && !tip.isBlank() && (text.isBlank() || plain(tip).contains(plain(text).strip()));
    }

    private static String textOf(Component c) {
        if (c instanceof JLabel l) {
            return l.getText() == null ? "" : l.getText();
        }
        if (c instanceof AbstractButton b) {
            return b.getText() == null ? "" : b.getText();
        }
        return "";
    }

    private static String plain(String text) {
        return text.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    private static String describe(Component c) {
        String name = c.getName();
        String type = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName();
        Container named = c.getParent();
        while ((name == null) && named != null) {
            if (named.getName() != null && !(named instanceof javax.swing.JRootPane)) {
                name = "in " + named.getName();
            }
            named = named.getParent();
        }
        return type + (name == null ? "" : "[" + name + "]");
    }

    static boolean isInside(Component c, Component ancestor) {
        return SwingUtilities.isDescendingFrom(c, ancestor);
    }
}
