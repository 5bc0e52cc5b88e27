package dev.mailbench.kit.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel at the size of the room it is given (a tab), but never below the panel's minimum size: on a small screen
 * the panel scrolls instead of being laid out too small, where its right column or its last rows would be cut off.
 * The host puts every tab in one; a plugin puts the pages of its own tabs in one: {@code tabs.addTab(title,
 * FitOrScroll.wrap(page))}.
 */
public final class FitOrScroll extends JScrollPane {
    private final JComponent content;

    /** {@code content} in a scroller that only scrolls when the room is smaller than its minimum size. */
    public static FitOrScroll wrap(JComponent content) {
        return new FitOrScroll(content);
    }

    private FitOrScroll(JComponent content) {
        super(new Holder(content));
        this.content = content;
        setName(content.getName() == null ? "fitOrScroll" : content.getName() + ".scroll");
        setBorder(null);
        setViewportBorder(null);
        getVerticalScrollBar().setUnitIncrement(16);
        getHorizontalScrollBar().setUnitIncrement(16);
    }

    public JComponent content() {
        return content;
    }

    /** The panel a tab shows: the panel itself, whether or not it sits in a scroller. */
    public static Component contentOf(Component tab) {
        return tab instanceof FitOrScroll scroller ? scroller.content() : tab;
    }

    /** Follows the viewport while it has room for the panel's minimum size; scrolls below that. */
    private static final class Holder extends JPanel implements Scrollable {
        Holder(JComponent content) {
            super(new BorderLayout());
            setOpaque(false);
            add(content);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height - 16 : visible.width - 16;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() instanceof JViewport viewport && viewport.getWidth() >= getMinimumSize().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport viewport && viewport.getHeight() >= getMinimumSize().height;
        }
    }
}
