package dev.mailbench.dns.ui;

import dev.mailbench.dns.engine.DnsSeverity;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;

/** A traffic-light dot: green OK, blue info, amber warning, red error, grey could-not-check. */
final class SeverityIcon implements Icon {
    private final Color color;
    private final int size;

    SeverityIcon(DnsSeverity severity, int size) {
        this.color = color(severity);
        this.size = size;
    }

    static Color color(DnsSeverity s) {
        return switch (s) {
            case OK -> new Color(0x2e, 0x9d, 0x4f);
            case INFO -> new Color(0x3b, 0x7d, 0xd8);
            case WARNING -> new Color(0xe0, 0x9b, 0x16);
            case ERROR -> new Color(0xd6, 0x3a, 0x3a);
            case COULD_NOT_CHECK -> new Color(0x8a, 0x8f, 0x98);
        };
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(color);
        g2.fillOval(x + 1, y + 1, size - 2, size - 2);
        g2.dispose();
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
