package dev.mailbench.design.chart;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.MailboxDesign;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.swing.UIManager;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The capacity charts: one per mailbox (usage in MB against the quota and the 80% line) for the panel, and
 * an overview of every mailbox as a share of its quota for the handover document.
 */
public final class CapacityCharts {
    static final Color USAGE = new Color(0x1F6FB2);
    static final Color QUOTA = new Color(0xC62828);
    static final Color WARNING = new Color(0xE08E0B);
    static final Color STEADY = new Color(0x2E7D32);
    private static final int MAX_MONTHS = 120;
    private static final int OVERVIEW_MONTHS = 36;
    private static final int OVERVIEW_TOP_PERCENT = 150;

    private CapacityCharts() {
    }

    /**
     * @param steadyStateMb what-if: the size when only N years are kept on the server; {@code null} to omit
     */
    public static JFreeChart mailbox(String address, CapacityForecast forecast, Double steadyStateMb, Locale locale) {
        TimeSeries usage = new TimeSeries(pick(locale, "使用量（予測）", "Usage (forecast)"));
        for (CapacityForecast.Point p : forecast.series(MAX_MONTHS)) {
            usage.addOrUpdate(day(p.date()), p.usedMb());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(usage);
        JFreeChart chart = lineChart(pick(locale, "容量の見通し: " + address, "Capacity forecast: " + address),
                pick(locale, "使用量 (MB)", "Used (MB)"), data);
        XYPlot plot = chart.getXYPlot();
        double top = forecast.usageAfterMonths(forecast.series(MAX_MONTHS).size() - 1);
        if (forecast.hasQuota()) {
            int quota = forecast.quotaMb();
            plot.addRangeMarker(marker(quota, QUOTA, false,
                    pick(locale, "容量 ", "Quota ") + String.format(Locale.ROOT, "%,d MB", quota)));
            plot.addRangeMarker(marker(quota * CapacityForecast.WARNING_RATIO, WARNING, true,
                    pick(locale, "80%（アーカイブの目安）", "80% (archive by then)")));
            top = Math.max(top, quota * 1.12);
        }
        if (steadyStateMb != null && steadyStateMb > 0) {
            plot.addRangeMarker(marker(steadyStateMb, STEADY, true,
                    pick(locale, "サーバー保存分（試算）", "Kept on server (what-if)")));
            top = Math.max(top, steadyStateMb * 1.08);
        }
        if (forecast.archiveBy() != null && forecast.hasQuota()) {
            ValueMarker archive = new ValueMarker(millis(forecast.archiveBy()), WARNING,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
            archive.setLabel(pick(locale, "期限 ", "Archive by ") + forecast.archiveBy());
            styleLabel(archive, WARNING);
            archive.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            archive.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(archive);
        }
        NumberAxis mb = (NumberAxis) plot.getRangeAxis();
        mb.setRange(0, Math.max(top, 1));
        mb.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(Math.max(top, 1) / 8)));
        return chart;
    }

    /**
     * Every mailbox with a quota, as a share of the quota in force, with the 80% and 100% lines. Mailboxes
     * whose lines would be identical share one line and one legend entry (else one hides the other); the
     * others differ in colour, dash pattern and marker, so they stay apart in grey print as well.
     */
    public static JFreeChart overview(List<MailboxDesign> designs, LocalDate today, Locale locale) {
        java.util.Map<List<Double>, List<String>> byLine = new java.util.LinkedHashMap<>();
        java.util.Map<List<Double>, List<LocalDate>> days = new java.util.HashMap<>();
        for (MailboxDesign d : designs) {
            Integer quota = d.quotaInForceMb();
            if (quota == null || quota <= 0 || d.plannedProtocol() == MailProtocol.FORWARD_ONLY) {
                continue;
            }
            CapacityForecast f = CapacityForecast.of(d.questionnaire(), quota, today);
            List<Double> points = new java.util.ArrayList<>();
            List<LocalDate> when = new java.util.ArrayList<>();
            for (int m = 0; m <= OVERVIEW_MONTHS; m++) {
                double percent = 100 * f.usageAfterMonths(m) / quota;
                points.add(Math.round(percent * 10) / 10.0);
                when.add(today.plusDays((long) Math.floor(m * CapacityForecast.DAYS_PER_MONTH)));
                if (percent > OVERVIEW_TOP_PERCENT) {
                    break; // the line leaves the chart here; more points would only be clipped
                }
            }
            byLine.computeIfAbsent(points, k -> new java.util.ArrayList<>()).add(d.mailbox().address());
            days.put(points, when);
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (var e : byLine.entrySet()) {
            TimeSeries s = new TimeSeries(String.join(", ", e.getValue()));
            List<LocalDate> when = days.get(e.getKey());
            for (int i = 0; i < e.getKey().size(); i++) {
                s.addOrUpdate(day(when.get(i)), e.getKey().get(i));
            }
            data.addSeries(s);
        }
        JFreeChart chart = lineChart(pick(locale, "容量に対する使用率の見通し（アーカイブしない場合）", "Mailbox usage against quota (no archiving)"),
                pick(locale, "使用率 (%)", "Share of quota (%)"), data);
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(marker(100, QUOTA, false, pick(locale, "満杯", "Full")));
        plot.addRangeMarker(marker(80, WARNING, true, pick(locale, "80%: アーカイブ", "80%: archive")));
        NumberAxis percent = (NumberAxis) plot.getRangeAxis();
        percent.setRange(0, OVERVIEW_TOP_PERCENT);
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, SERIES_COLOURS[i % SERIES_COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    SERIES_DASHES[i % SERIES_DASHES.length], 0f));
            renderer.setSeriesShape(i, SERIES_SHAPES[i % SERIES_SHAPES.length]);
            renderer.setSeriesShapesVisible(i, true);
            renderer.setSeriesShapesFilled(i, i % 2 == 0);
        }
        return chart;
    }

    /** Okabe-Ito colours: told apart with the common colour-vision deficiencies too, none close to another. */
    static final Color[] SERIES_COLOURS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};
    private static final float[][] SERIES_DASHES = {{1f, 0f}, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {5f, 5f},
            {14f, 4f}, {3f, 2f, 3f, 6f}};
    private static final java.awt.Shape[] SERIES_SHAPES = {
            new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7), new java.awt.geom.Rectangle2D.Double(-3.5, -3.5, 7, 7),
            new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-4, 4, 4}, 3),
            new java.awt.Polygon(new int[] {0, 4, 0, -4}, new int[] {-4, 0, 4, 0}, 4),
            new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5), new java.awt.geom.Rectangle2D.Double(-2.5, -2.5, 5, 5),
            new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {4, -4, -4}, 3)};

    /**
     * The chart laid out at {@code width} × {@code height} (the printed size at 96 dpi) and drawn at
     * {@code scale} times that resolution, so text keeps its printed size and stays sharp.
     */
    public static byte[] png(JFreeChart chart, int width, int height, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, scale, scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be written
        }
        return out.toByteArray();
    }

    private static JFreeChart lineChart(String title, String rangeLabel, TimeSeriesCollection data) {
        Font base = baseFont();
        DateAxis time = new DateAxis();
        time.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM"));
        time.setTickLabelFont(base.deriveFont(11f));
        NumberAxis value = new NumberAxis(rangeLabel);
        value.setLabelFont(base.deriveFont(12f));
        value.setTickLabelFont(base.deriveFont(11f));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, USAGE);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        XYPlot plot = new XYPlot(data, time, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, base, plot, true);
        chart.setTitle(new TextTitle(title, base.deriveFont(Font.BOLD, 14f)));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(base.deriveFont(11f));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}: round tick labels. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static ValueMarker marker(double value, Color color, boolean dashed, String label) {
        BasicStroke stroke = dashed
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f);
        ValueMarker m = new ValueMarker(value, color, stroke);
        m.setLabel(label);
        styleLabel(m, color);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    private static void styleLabel(ValueMarker m, Color color) {
        m.setLabelFont(baseFont().deriveFont(Font.BOLD, 11f));
        m.setLabelPaint(color.darker());
        m.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    }

    /**
     * The UI font when it can draw Japanese, else the logical Dialog font (which falls back to the
     * installed CJK fonts). Charts are also drawn without a UI (handover export), hence the fallback.
     */
    static Font baseFont() {
        Font ui = UIManager.getFont("Label.font");
        if (ui != null && ui.canDisplayUpTo("容量見通し") < 0) {
            return ui.deriveFont(Font.PLAIN, 12f);
        }
        return Font.decode(Font.DIALOG).deriveFont(Font.PLAIN, 12f);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
