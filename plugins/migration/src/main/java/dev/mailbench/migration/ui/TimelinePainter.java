package dev.mailbench.migration.ui;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.migration.plan.PlanStep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * Draws the timeline as a chart with Java2D only (the panel paints it, the handover prints it as a PNG).
 * The plan spans weeks while the cutover window lasts an hour, so a linear axis would hide the window: each
 * day that has a step gets a column of its own, and within it a bar is placed by the time of day.
 */
public final class TimelinePainter {
    static final int ROW = 24;
    static final int HEADER = 40;
    static final int LABEL_WIDTH = 300;
    private static final Color PREPARE = new Color(0x3B7DD8);
    private static final Color CUTOVER = new Color(0xD9534F);
    private static final Color AFTER = new Color(0x2E9E6A);
    private static final Color DONE = new Color(0xB8BEC6);
    private static final Color GRID = new Color(0xE3E6EA);
    private static final Color WEEKEND = new Color(0xF6F1E7);
    private static final Color TEXT = new Color(0x24292F);

    private TimelinePainter() {
    }

    public static int preferredHeight(List<PlanStep> steps) {
        return HEADER + ROW * Math.max(1, steps.size()) + 30;
    }

    public static void paint(Graphics2D g, int width, int height, List<PlanStep> steps, Locale locale, Font base) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Font font = base.deriveFont(Font.PLAIN, 12f);
        Font bold = base.deriveFont(Font.BOLD, 12f);
        g.setFont(font);
        if (steps.isEmpty()) {
            g.setColor(TEXT);
            g.drawString(LocalizedText.pick(locale, "入力が揃うとタイムラインが表示されます。", "No timeline yet: enter the inputs above."), 16, 30);
            return;
        }
        TreeSet<LocalDate> daySet = new TreeSet<>();
        steps.forEach(s -> daySet.add(s.start().toLocalDate()));
        List<LocalDate> days = List.copyOf(daySet);
        int chartX = Math.min(LABEL_WIDTH, width / 3);
        int colWidth = Math.max(40, (width - chartX - 10) / days.size());
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(LocalizedText.pick(locale, "M/d (E)", "M/d EEE"), locale);
        LocalDate cutoverDay = steps.stream().filter(s -> s.phase() == PlanStep.Phase.CUTOVER).map(s -> s.start().toLocalDate())
                .findFirst().orElse(null);
        int bottom = HEADER + ROW * steps.size();
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            int x = chartX + i * colWidth;
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            if (d.equals(cutoverDay)) {
                g.setColor(new Color(0xFDECEC));
                g.fillRect(x, HEADER - 4, colWidth, bottom - HEADER + 4);
            } else if (weekend) {
                g.setColor(WEEKEND);
                g.fillRect(x, HEADER - 4, colWidth, bottom - HEADER + 4);
            }
            g.setColor(GRID);
            g.drawLine(x, HEADER - 4, x, bottom);
            g.setColor(TEXT);
            g.setFont(d.equals(cutoverDay) ? bold : font);
            drawCentered(g, dayFormat.format(d), x, colWidth, 18);
            g.setFont(font);
            g.setColor(new Color(0x6A737D));
            if (d.equals(cutoverDay)) {
                drawCentered(g, LocalizedText.pick(locale, "切替日", "cutover"), x, colWidth, 33);
            }
        }
        for (int r = 0; r < steps.size(); r++) {
            PlanStep s = steps.get(r);
            int y = HEADER + r * ROW;
            if (r % 2 == 1) {
                g.setColor(new Color(0, 0, 0, 10));
                g.fillRect(0, y, width, ROW);
            }
            g.setColor(TEXT);
            g.setFont(font);
            String mark = s.status() == PlanStep.StepStatus.DONE ? "✓ " : s.status() == PlanStep.StepStatus.SKIPPED ? "– " : "";
            drawClipped(g, mark + s.title().get(locale), 8, y + ROW - 8, chartX - 16);
            int col = days.indexOf(s.start().toLocalDate());
            int x0 = chartX + col * colWidth;
            double startFrac = s.start().toLocalTime().toSecondOfDay() / 86400.0;
            double endFrac = s.end().toLocalDate().equals(s.start().toLocalDate()) ? s.end().toLocalTime().toSecondOfDay() / 86400.0 : 1.0;
            int bx = x0 + 2 + (int) (startFrac * (colWidth - 4));
            int bw = Math.max(8, (int) ((endFrac - startFrac) * (colWidth - 4)));
            g.setColor(s.status() != PlanStep.StepStatus.TODO ? DONE
                    : s.phase() == PlanStep.Phase.PREPARE ? PREPARE : s.phase() == PlanStep.Phase.CUTOVER ? CUTOVER : AFTER);
            g.fillRoundRect(bx, y + 5, bw, ROW - 10, 5, 5);
        }
        g.setColor(GRID);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(chartX, bottom, width - 10, bottom);
        int lx = 8;
        int ly = bottom + 20;
        for (PlanStep.Phase p : PlanStep.Phase.values()) {
            g.setColor(p == PlanStep.Phase.PREPARE ? PREPARE : p == PlanStep.Phase.CUTOVER ? CUTOVER : AFTER);
            g.fillRoundRect(lx, ly - 10, 14, 10, 3, 3);
            g.setColor(TEXT);
            g.drawString(p.label().get(locale), lx + 20, ly);
            lx += 40 + g.getFontMetrics().stringWidth(p.label().get(locale));
        }
        g.setColor(DONE);
        g.fillRoundRect(lx, ly - 10, 14, 10, 3, 3);
        g.setColor(TEXT);
        g.drawString(LocalizedText.pick(locale, "完了・省略", "done / skipped"), lx + 20, ly);
    }

    /** The chart as a PNG drawn at {@code scale} times its printed size. */
    public static byte[] png(List<PlanStep> steps, Locale locale, int width, int scale) {
        int height = preferredHeight(steps);
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            // the logical Dialog font falls back to the installed Japanese fonts, also without a look and feel
            Font ui = javax.swing.UIManager.getFont("Label.font");
            Font base = ui != null ? ui : Font.decode(Font.DIALOG);
            paint(g, width, height, steps, locale, base);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawCentered(Graphics2D g, String s, int x, int w, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x + Math.max(0, (w - fm.stringWidth(s)) / 2), baseline);
    }

    private static void drawClipped(Graphics2D g, String s, int x, int baseline, int max) {
        FontMetrics fm = g.getFontMetrics();
        String t = s;
        if (fm.stringWidth(t) > max) {
            while (t.length() > 1 && fm.stringWidth(t + "…") > max) {
                t = t.substring(0, t.length() - 1);
            }
            t = t + "…";
        }
        g.drawString(t, x, baseline);
    }
}
