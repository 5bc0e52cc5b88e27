package dev.mailbench.dns.ui;

import dev.mailbench.kit.swing.WrappingLabel;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * The text of a label that renders a tree row or a list cell, in lines at the room the row has: the findings, the SPF
 * tree and the domain list stay as wide as their scroller, so no finding runs off to the right (issue 15). The label
 * keeps its whole text in {@code getText()} (what tests, screen readers and copy read); this paints it wrapped, with
 * an optional bold heading above and a grey note below, by the kit's {@link WrappingLabel}.
 */
final class WrappedCell {
    private final Lines main = new Lines();
    private final Lines note = new Lines();
    private int textX;
    private int textWidth;
    private int mainHeight;
    private int noteHeight;
    private Dimension size;

    /** The width a row of {@code c} (a tree or list in a scroller) may take: its viewport's, 0 while not laid out. */
    static int room(JComponent c) {
        int width = c.getParent() instanceof JViewport viewport ? viewport.getWidth() : c.getWidth();
        Insets insets = c.getInsets();
        return Math.max(0, width - insets.left - insets.right);
    }

    /**
     * Lays out {@code label}'s icon and the texts in {@code room} pixels (0: on one line each), and gives the label
     * the whole text to read.
     */
    void fit(JLabel label, String heading, String text, String noteText, int room) {
        Font font = label.getFont();
        main.setFont(font);
        note.setFont(font);
        main.setHeading(heading);
        main.setText(text);
        note.setText(noteText);
        StringBuilder whole = new StringBuilder();
        for (String part : new String[] {heading, text, noteText}) {
            if (part != null && !part.isEmpty()) {
                whole.append(whole.length() == 0 ? "" : " ").append(part.replace('\n', ' '));
            }
        }
        label.setText(whole.toString());

        Insets insets = label.getInsets();
        Icon icon = label.getIcon();
        textX = insets.left + (icon == null ? 0 : icon.getIconWidth() + label.getIconTextGap());
        int natural = Math.max(natural(label, heading, text), natural(label, null, noteText));
        // a few pixels short of the edge: the tree adds its own to a row's width
        int available = room > 0 ? room - textX - insets.right - 4 : natural;
        textWidth = Math.max(24, Math.min(natural, available));
        mainHeight = main.preferredHeightFor(textWidth);
        noteHeight = noteText == null || noteText.isEmpty() ? 0 : note.preferredHeightFor(textWidth);
        int height = Math.max(icon == null ? 0 : icon.getIconHeight(), mainHeight + noteHeight);
        size = new Dimension(textX + textWidth + insets.right, height + insets.top + insets.bottom);
    }

    Dimension preferredSize() {
        return new Dimension(size);
    }

    /** Paints the icon beside the first line and the lines below each other. */
    void paint(JLabel label, Graphics g, boolean selected) {
        Insets insets = label.getInsets();
        Icon icon = label.getIcon();
        FontMetrics fm = label.getFontMetrics(main.getHeading() != null && !main.getHeading().isEmpty()
                ? label.getFont().deriveFont(Font.BOLD) : label.getFont());
        if (icon != null) {
            int y = insets.top + Math.max(0, (fm.getHeight() - icon.getIconHeight()) / 2);
            icon.paintIcon(label, g, insets.left, y);
        }
        main.setForeground(label.getForeground());
        main.paintAt(g, textX, insets.top, textWidth, mainHeight);
        if (noteHeight > 0) {
            note.setForeground(selected ? label.getForeground() : UIManager.getColor("Label.disabledForeground"));
            note.paintAt(g, textX, insets.top + mainHeight, textWidth, noteHeight);
        }
    }

    private static int natural(JLabel label, String heading, String text) {
        int widest = 0;
        if (heading != null && !heading.isEmpty()) {
            widest = widest(label, label.getFontMetrics(label.getFont().deriveFont(Font.BOLD)), heading);
        }
        if (text != null && !text.isEmpty()) {
            widest = Math.max(widest, widest(label, label.getFontMetrics(label.getFont()), text));
        }
        return widest + 1;
    }

    private static int widest(JLabel label, FontMetrics fm, String text) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, (int) Math.ceil(BasicGraphicsUtils.getStringWidth(label, fm, line)));
        }
        return widest;
    }

    /** The kit's wrapping text, painted into a renderer's graphics instead of living in a container. */
    private static final class Lines extends WrappingLabel {
        Lines() {
            super("");
        }

        void paintAt(Graphics g, int x, int y, int width, int height) {
            // the height it asks for at this width: no relayout is scheduled for a label outside any container
            setBounds(0, 0, width, preferredHeightFor(width));
            Graphics inside = g.create(x, y, width, height);
            try {
                paintComponent(inside);
            } finally {
                inside.dispose();
            }
        }
    }
}
