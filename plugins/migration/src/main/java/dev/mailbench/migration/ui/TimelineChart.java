package dev.mailbench.migration.ui;

import dev.mailbench.migration.plan.PlanStep;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/** The timeline chart on screen: {@link TimelinePainter} in a component. */
final class TimelineChart extends JComponent {
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

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(900, TimelinePainter.preferredHeight(steps));
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
