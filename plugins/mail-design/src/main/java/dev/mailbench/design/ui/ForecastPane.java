package dev.mailbench.design.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.design.chart.CapacityCharts;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignFormats;
import dev.mailbench.design.engine.MailboxDesign;
import java.awt.Font;
import java.util.Locale;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import dev.mailbench.kit.swing.WrappingLabel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** The capacity chart of the selected mailbox with a what-if on the quota and on the years kept on the server. */
final class ForecastPane extends JPanel {
    private static final LocalizedText[] KEYS = {LocalizedText.of("月あたりの増加", "Growth"), LocalizedText.of("満杯まで", "Until full"),
            LocalizedText.of("80% 到達（アーカイブ期限）", "80% (archive by)"), LocalizedText.of("満杯予定", "Full on"),
            LocalizedText.of("残す年数分の大きさ", "Size when N years are kept")};

    private static final LocalizedText FORMULA = LocalizedText.of(
            "計算式: 1か月の増加 (MB) = 1日の通数 × 平均サイズ (KB) × 30.4 日 ÷ 1024。アーカイブも削除もしない場合の直線予測です。",
            "Formula: growth per month (MB) = mails a day × average KB × 30.4 days ÷ 1024; a straight line with no archiving or deleting.");

    private final I18nApi i18n;
    private final ChartPanel chart = new ChartPanel(null, false, true, false, false, true);
    private final JSpinner quota = new JSpinner(new SpinnerNumberModel(2000, 0, 10_000_000, 500));
    private final JSpinner years = new JSpinner(new SpinnerNumberModel(1, 1, 30, 1));
    private final JButton useQuota = new JButton();
    private final JLabel[] keys = new JLabel[KEYS.length];
    private final JLabel[] values = new JLabel[KEYS.length];
    /** Long sentences: they wrap at the tab's width instead of widening the page (issue 15). */
    private final WrappingLabel formula = new WrappingLabel("");
    private final WrappingLabel panelSource = new WrappingLabel("");

    private MailboxDesign design;
    private boolean updating;
    private IntConsumer quotaListener = q -> { };

    ForecastPane(I18nApi i18n) {
        super(new MigLayout("fill, insets 12", "[right][grow, fill][right][grow, fill]", "[][grow, fill][][][][]"));
        this.i18n = i18n;
        setName("design.forecastPane");
        chart.setName("design.chart");
        chart.setMinimumDrawWidth(300);
        chart.setMinimumDrawHeight(200);
        chart.setMaximumDrawWidth(4000);
        chart.setMaximumDrawHeight(3000);
        quota.setName("design.whatIfQuota");
        years.setName("design.whatIfYears");
        useQuota.setName("design.useWhatIfQuota");
        add(i18n.bind(new JLabel(), LocalizedText.of("容量の試算 (MB)", "What-if quota (MB)")));
        add(quota, "split 2, growx 0, w 110!");
        add(i18n.bind(useQuota, LocalizedText.of("この容量で変更案に", "Use for override")), "growx 0");
        add(i18n.bind(new JLabel(), LocalizedText.of("サーバーに残す年数", "Years kept on server")));
        add(years, "growx 0, w 70!, wrap");
        add(chart, "span 4, grow, push, h 220:360:, wrap");
        String[] names = {"growth", "untilFull", "archiveBy", "fullOn", "steady"};
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i18n.bind(new JLabel(), KEYS[i]);
            keys[i].setForeground(UIManager.getColor("Label.disabledForeground"));
            values[i] = new JLabel();
            values[i].setName("design.forecast." + names[i]);
            values[i].setFont(values[i].getFont().deriveFont(Font.BOLD));
        }
        add(keys[0]);
        add(values[0]);
        add(keys[1]);
        add(values[1], "wrap");
        add(keys[2]);
        add(values[2]);
        add(keys[3]);
        add(values[3], "wrap");
        add(keys[4]);
        add(values[4], "span 3, wrap");
        panelSource.setName("design.forecast.panelSource");
        add(panelSource, "span 4, growx, wmin 0, hidemode 3, wrap");
        formula.setForeground(UIManager.getColor("Label.disabledForeground"));
        formula.setFont(formula.getFont().deriveFont(formula.getFont().getSize2D() - 1f));
        add(formula, "span 4, growx, wmin 0");
        formula.setText(i18n.text(FORMULA));
        quota.addChangeListener(e -> render());
        years.addChangeListener(e -> render());
        useQuota.addActionListener(e -> quotaListener.accept(((Number) quota.getValue()).intValue()));
    }

    /** Called with the what-if quota when the consultant wants to use it as the override quota. */
    void onUseQuota(IntConsumer action) {
        quotaListener = action;
    }

    /** Shows the forecast of {@code d}, the what-if set to its planned quota and archive cadence. */
    void show(MailboxDesign d) {
        updating = true;
        try {
            design = d;
            Integer q = d.plannedQuotaMb();
            quota.setValue(q == null ? 0 : q);
            years.setValue(Math.max(1, d.recommendation().archiveCadence().months() == 0 ? 1
                    : (int) Math.ceil(d.recommendation().archiveCadence().months() / 12.0)));
        } finally {
            updating = false;
        }
        render();
    }

    CapacityForecast whatIf() {
        int q = ((Number) quota.getValue()).intValue();
        return CapacityForecast.of(design.questionnaire(), q <= 0 ? null : q, design.recommendation().forecast().start());
    }

    JFreeChart chart() {
        return chart.getChart();
    }

    /** Draws the chart and writes the figures for the what-if, in the current language. */
    void render() {
        formula.setText(i18n.text(FORMULA));
        if (updating || design == null) {
            return;
        }
        CapacityForecast f = whatIf();
        int kept = ((Number) years.getValue()).intValue();
        double steady = f.steadyStateMb(kept);
        Locale locale = i18n.locale();
        chart.setChart(CapacityCharts.mailbox(design.mailbox().address(), f, steady, locale));
        var fromPanel = DesignFormats.panelFigures(design);
        panelSource.setVisible(fromPanel.isPresent());
        panelSource.setText(fromPanel.map(i18n::text).orElse(""));
        values[0].setText(DesignFormats.growth(f, locale));
        values[1].setText(DesignFormats.months(f.monthsUntilFull(), locale));
        values[2].setText(DesignFormats.date(f.archiveBy(), locale));
        values[3].setText(DesignFormats.date(f.fullOn(), locale));
        String share = f.hasQuota() && f.quotaMb() > 0
                ? String.format(Locale.ROOT, i18n.text("（容量の %.0f%%）", " (%.0f%% of the quota)"), 100 * steady / f.quotaMb()) : "";
        values[4].setText(DesignFormats.mb(steady) + share + i18n.text("　必要な容量の目安: ", "  quota needed: ")
                + DesignFormats.mb(f.quotaNeededFor(kept)));
    }
}
