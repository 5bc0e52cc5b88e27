package dev.mailbench.migration.ui;

import dev.mailbench.migration.plan.PlanStep;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/** The timeline chart on screen: {@link TimelinePainter} in a component. */
final class TimelineChart extends JComponent implements javax.swing.Scrollable {
    private List<PlanStep> steps = List.of();
    private Locale locale = Locale.JAPANESE;

    TimelineChart() {
        setName("migration.plan.chart");
        setOpaque(true);
    }

    void show(List<PlanStep> value, Locale l) {
        steps = List.copyOf(value);
        locale = l;
        revalidate();
        repaint();
    }

    List<PlanStep> steps() {
        return steps;
    }

    /** Follows the viewport's width (the day columns stretch), scrolls vertically only. */
    @Override
    public Dimension getMinimumSize() {
        return new Dimension(300, TimelinePainter.preferredHeight(steps));
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(900, TimelinePainter.preferredHeight(steps));
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return TimelinePainter.ROW;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return visible.height - TimelinePainter.ROW;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            TimelinePainter.paint(g2, getWidth(), getHeight(), steps, locale, getFont());
        } finally {
            g2.dispose();
        }
    }
}
