package dev.mailbench.design.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.RiskLevel;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;

/** Coloured risk badges ("重大 1", "注意 2", "問題なし"), painted so they also work inside table cells. */
final class Badges extends JComponent {
    static final Color HIGH = new Color(0xC62828);
    static final Color WARNING = new Color(0xD9822B);
    static final Color INFO = new Color(0x1F6FB2);
    static final Color OK = new Color(0x2E7D32);
    private static final LocalizedText NOTHING_TO_REPORT = LocalizedText.of("問題なし", "OK");

    record Badge(String text, Color color) {
    }

    private List<Badge> badges = List.of();
    /** Room around a badge's text and between badges: less inside a table cell, where width is short. */
    private int padding = 14;
    private int gap = 4;

    Badges() {
        setOpaque(false);
        setFont(getFont() == null ? javax.swing.UIManager.getFont("Label.font") : getFont());
    }

    void setBadges(List<Badge> value) {
        badges = List.copyOf(value);
        revalidate();
        repaint();
    }

    List<Badge> badges() {
        return badges;
    }

    static Color color(RiskLevel severity) {
        return switch (severity) {
            case HIGH -> HIGH;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }

    /** Fits a narrow table cell: "Warn" rather than "Warning" (the Japanese labels are short already). */
    static LocalizedText shortLabel(RiskLevel s) {
        return s == RiskLevel.WARNING ? LocalizedText.of(s.label().ja(), "Warn") : s.label();
    }

    static List<Badge> of(Recommendation r, Locale locale) {
        List<Badge> result = new ArrayList<>();
        for (RiskLevel s : List.of(RiskLevel.HIGH, RiskLevel.WARNING, RiskLevel.INFO)) {
            long n = r.riskCount(s);
            if (n > 0) {
                result.add(new Badge(shortLabel(s).get(locale) + " " + n, color(s)));
            }
        }
        if (result.isEmpty()) {
            result.add(new Badge(NOTHING_TO_REPORT.get(locale), OK));
        }
        return result;
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(badgeFont());
        int w = 4;
        for (Badge b : badges) {
            w += fm.stringWidth(b.text()) + padding + gap;
        }
        return new Dimension(w, fm.getHeight() + 6);
    }

    private java.awt.Font badgeFont() {
        return getFont().deriveFont(java.awt.Font.BOLD, getFont().getSize2D() - 1f);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setFont(badgeFont());
            FontMetrics fm = g2.getFontMetrics();
            int h = fm.getHeight() + 2;
            int y = (getHeight() - h) / 2;
            int x = 4;
            for (Badge b : badges) {
                int w = fm.stringWidth(b.text()) + padding;
                g2.setColor(b.color());
                g2.fillRoundRect(x, y, w, h, h, h);
                g2.setColor(Color.WHITE);
                g2.drawString(b.text(), x + padding / 2, y + 1 + fm.getAscent());
                x += w + gap;
            }
        } finally {
            g2.dispose();
        }
    }

    /** Renders a {@link Recommendation} cell as its badges. */
    static final class Renderer implements TableCellRenderer {
        private final Badges badges = new Badges();
        private final javax.swing.JPanel cell = new javax.swing.JPanel(new java.awt.BorderLayout());
        private final I18nApi i18n;

        Renderer(I18nApi i18n) {
            this.i18n = i18n;
            badges.padding = 10;
            badges.gap = 3;
            cell.add(badges);
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected,
                                                                boolean focused, int row, int column) {
            cell.setBackground(selected ? table.getSelectionBackground() : table.getBackground());
            badges.setFont(table.getFont());
            if (value instanceof Recommendation r) {
                badges.setBadges(of(r, i18n.locale()));
            } else if (value instanceof RiskLevel s) {
                badges.setBadges(List.of(new Badge(i18n.text(shortLabel(s)), color(s))));
            } else {
                badges.setBadges(List.of());
            }
            // Badges are drawn, not text: the tooltip says them whole when the column is too narrow for all.
            String said = String.join("  ", badges.badges().stream().map(Badge::text).toList());
            cell.setToolTipText(said.isBlank() ? null : said);
            return cell;
        }
    }
}
