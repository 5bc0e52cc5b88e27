package dev.mailbench.kit.swing;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.UIResource;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * A label whose text wraps at its width and which asks for the height its lines need there: what an
 * {@code <html>} label with a {@code <b>} heading and a {@code <br>} did, without Swing's HTML parser, its DTD and
 * some 130 classes (the first HTML label of a run loads them all, on the event thread). An optional heading is shown
 * bold above the text. Japanese breaks between any two characters (but not before 、。」 and the like, nor after 「),
 * Latin text at spaces; a word wider than the label breaks where it must.
 */
public class WrappingLabel extends JComponent {
    /** Characters a Japanese line may not start with (kinsoku). */
    private static final String NO_LINE_START = "、。，．,.）」』】〕〉》！？!?:;ー・ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々";
    /** Characters a Japanese line may not end with. */
    private static final String NO_LINE_END = "（「『【〔〈《(";

    private String heading;
    private String text;
    private Layout cached;
    private boolean relayoutPending;

    public WrappingLabel(String text) {
        this(null, text);
    }

    /** @param heading shown bold above the text; null for none */
    public WrappingLabel(String heading, String text) {
        this.heading = heading;
        this.text = text == null ? "" : text;
        setOpaque(false);
        updateUI();
    }

    @Override
    public void updateUI() {
        // Follows the theme switch like a JLabel: the look and feel's label font and colour unless set by hand.
        if (getFont() == null || getFont() instanceof UIResource) {
            setFont(UIManager.getFont("Label.font"));
        }
        if (getForeground() == null || getForeground() instanceof UIResource) {
            setForeground(UIManager.getColor("Label.foreground"));
        }
        cached = null;
    }

    public String getHeading() {
        return heading;
    }

    /** The text without the heading. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
        changed();
    }

    public void setHeading(String heading) {
        this.heading = heading;
        changed();
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        cached = null;
    }

    private void changed() {
        cached = null;
        revalidate();
        repaint();
    }

    /** The height all lines need when the label is {@code width} pixels wide (border included). */
    public int preferredHeightFor(int width) {
        Insets insets = getInsets();
        return layout(width - insets.left - insets.right).height() + insets.top + insets.bottom;
    }

    /** The widest line or word: below this width a word has to be broken inside. */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets insets = getInsets();
        // Laid out: the lines at the width given; not yet: each paragraph on one line.
        int inner = getWidth() > 0 ? getWidth() - insets.left - insets.right : Integer.MAX_VALUE;
        Layout lines = layout(inner);
        int width = getWidth() > 0 ? getWidth() : lines.width() + insets.left + insets.right;
        return new Dimension(width, lines.height() + insets.top + insets.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        Insets insets = getInsets();
        return new Dimension(insets.left + insets.right, getPreferredSize().height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        int before = getWidth();
        super.setBounds(x, y, width, height);
        // A new width may need another number of lines: the layout asks again for the height. Not at once: this is
        // called while the parent lays out, where a revalidate() is lost (the parent is not valid yet, so it is not
        // invalidated, and is then marked valid); once that layout is done it reaches the parent.
        if (width != before && preferredHeightFor(width) != height && !relayoutPending) {
            relayoutPending = true;
            SwingUtilities.invokeLater(() -> {
                relayoutPending = false;
                revalidate();
            });
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        Insets insets = getInsets();
        Layout lines = layout(getWidth() - insets.left - insets.right);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(isEnabled() ? getForeground() : UIManager.getColor("Label.disabledForeground"));
            int y = insets.top;
            for (Line line : lines.lines()) {
                FontMetrics fm = getFontMetrics(line.font());
                g2.setFont(line.font());
                BasicGraphicsUtils.drawString(this, g2, line.text(), insets.left, y + fm.getAscent());
                y += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }

    private Layout layout(int width) {
        Layout last = cached;
        if (last != null && last.forWidth() == width) {
            return last;
        }
        Font font = getFont();
        List<Line> lines = new ArrayList<>();
        int widest = 0;
        int height = 0;
        if (heading != null && !heading.isEmpty()) {
            Font bold = font.deriveFont(Font.BOLD);
            FontMetrics fm = getFontMetrics(bold);
            for (String line : wrap(heading, fm, width)) {
                lines.add(new Line(line, bold));
                widest = Math.max(widest, widthOf(fm, line));
                height += fm.getHeight();
            }
        }
        FontMetrics fm = getFontMetrics(font);
        for (String line : wrap(text, fm, width)) {
            lines.add(new Line(line, font));
            widest = Math.max(widest, widthOf(fm, line));
            height += fm.getHeight();
        }
        Layout made = new Layout(width, List.copyOf(lines), widest, height);
        cached = made;
        return made;
    }

    /** The lines {@code text} takes at {@code width}: its own line breaks kept, long lines broken. */
    List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, fm, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, FontMetrics fm, int width, List<String> lines) {
        int start = 0;
        int length = paragraph.length();
        if (length == 0) {
            lines.add("");
            return;
        }
        while (start < length) {
            if (widthOf(fm, paragraph.substring(start)) <= width) {
                lines.add(paragraph.substring(start).stripTrailing());
                return;
            }
            // The longest start of the rest that fits (one character at least), ending at a break opportunity when
            // there is one.
            int end = start + 1;
            int lastBreak = canBreakBefore(paragraph, end) ? end : -1;
            while (end < length
                    && widthOf(fm, paragraph.substring(start, end + 1)) <= width) {
                end++;
                if (canBreakBefore(paragraph, end)) {
                    lastBreak = end;
                }
            }
            int cut = lastBreak > start ? lastBreak : end;
            if (cut < length && Character.isLowSurrogate(paragraph.charAt(cut))) {
                cut++; // never split a surrogate pair
            }
            lines.add(paragraph.substring(start, cut).stripTrailing());
            start = cut;
            while (start < length && paragraph.charAt(start) == ' ') {
                start++;
            }
        }
    }

    /** Measured as the look and feel draws it (with its text anti-aliasing), rounded up to whole pixels. */
    private int widthOf(FontMetrics fm, String s) {
        return (int) Math.ceil(BasicGraphicsUtils.getStringWidth(this, fm, s));
    }

    /** Whether a line may break between {@code s[i-1]} and {@code s[i]}. */
    static boolean canBreakBefore(String s, int i) {
        if (i <= 0 || i >= s.length()) {
            return i >= s.length();
        }
        char before = s.charAt(i - 1);
        char at = s.charAt(i);
        if (NO_LINE_START.indexOf(at) >= 0 || NO_LINE_END.indexOf(before) >= 0 || Character.isLowSurrogate(at)) {
            return false;
        }
        if (before == ' ' && at != ' ') {
            return true;
        }
        return wide(before) || wide(at);
    }

    /** CJK and full-width characters: a line may break on either side of them. */
    private static boolean wide(char c) {
        return c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFF9F);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public String getAccessibleName() {
                    String name = super.getAccessibleName();
                    if (name != null) {
                        return name;
                    }
                    return heading == null || heading.isEmpty() ? text : heading + "\n" + text;
                }

                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    private record Line(String text, Font font) {
    }

    private record Layout(int forWidth, List<Line> lines, int width, int height) {
    }
}
