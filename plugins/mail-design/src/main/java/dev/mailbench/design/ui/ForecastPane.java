package dev.mailbench.design.ui;

import static dev.mailbench.design.engine.Texts.t;

import dev.mailbench.design.chart.CapacityCharts;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.Texts;
import java.awt.Font;
import java.util.Locale;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** The capacity chart of the selected mailbox with a what-if on the quota and on the years kept on the server. */
final class ForecastPane extends JPanel {
    private final ChartPanel chart = new ChartPanel(null, false, true, false, false, true);
    private final JLabel quotaKey = new JLabel();
    private final JSpinner quota = new JSpinner(new SpinnerNumberModel(2000, 0, 10_000_000, 500));
    private final JLabel yearsKey = new JLabel();
    private final JSpinner years = new JSpinner(new SpinnerNumberModel(1, 1, 30, 1));
    private final JButton useQuota = new JButton();
    private final JLabel[] keys = new JLabel[5];
    private final JLabel[] values = new JLabel[5];
    private final JLabel formula = new JLabel();

    private Locale locale = Locale.JAPANESE;
    private MailboxDesign design;
    private boolean updating;
    private IntConsumer quotaListener = q -> { };

    ForecastPane() {
        super(new MigLayout("fill, insets 12", "[right][grow, fill][right][grow, fill]", "[][grow, fill][][][][]"));
        setName("design.forecastPane");
        chart.setName("design.chart");
        chart.setMinimumDrawWidth(300);
        chart.setMinimumDrawHeight(200);
        chart.setMaximumDrawWidth(4000);
        chart.setMaximumDrawHeight(3000);
        quota.setName("design.whatIfQuota");
        years.setName("design.whatIfYears");
        useQuota.setName("design.useWhatIfQuota");
        add(quotaKey);
        add(quota, "split 2, growx 0, w 110!");
        add(useQuota, "growx 0");
        add(yearsKey);
        add(years, "growx 0, w 70!, wrap");
        add(chart, "span 4, grow, push, h 220:360:, wrap");
        String[] names = {"growth", "untilFull", "archiveBy", "fullOn", "steady"};
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new JLabel();
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
        formula.setForeground(UIManager.getColor("Label.disabledForeground"));
        formula.setFont(formula.getFont().deriveFont(formula.getFont().getSize2D() - 1f));
        add(formula, "span 4, left");
        quota.addChangeListener(e -> redraw());
        years.addChangeListener(e -> redraw());
        useQuota.addActionListener(e -> quotaListener.accept(((Number) quota.getValue()).intValue()));
        relabel(locale);
    }

    /** Called with the what-if quota when the consultant wants to use it as the override quota. */
    void onUseQuota(IntConsumer action) {
        quotaListener = action;
    }

    void relabel(Locale value) {
        locale = value;
        quotaKey.setText(t(value, "容量の試算 (MB)", "What-if quota (MB)"));
        useQuota.setText(t(value, "この容量で変更案に", "Use for override"));
        yearsKey.setText(t(value, "サーバーに残す年数", "Years kept on server"));
        String[] ja = {"月あたりの増加", "満杯まで", "80% 到達（アーカイブ期限）", "満杯予定", "残す年数分の大きさ"};
        String[] en = {"Growth", "Until full", "80% (archive by)", "Full on", "Size when N years are kept"};
        for (int i = 0; i < keys.length; i++) {
            keys[i].setText(t(value, ja[i], en[i]));
        }
        formula.setText(t(value, "計算式: 1か月の増加 (MB) = 1日の通数 × 平均サイズ (KB) × 30.4 日 ÷ 1024。アーカイブも削除もしない場合の直線予測です。",
                "Formula: growth per month (MB) = mails a day × average KB × 30.4 days ÷ 1024; a straight line with no archiving or deleting."));
        if (design != null) {
            redraw();
        }
    }

    void show(MailboxDesign d, Locale l) {
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
        relabel(l);
    }

    CapacityForecast whatIf() {
        int q = ((Number) quota.getValue()).intValue();
        return CapacityForecast.of(design.questionnaire(), q <= 0 ? null : q, design.recommendation().forecast().start());
    }

    JFreeChart chart() {
        return chart.getChart();
    }

    private void redraw() {
        if (updating || design == null) {
            return;
        }
        CapacityForecast f = whatIf();
        int kept = ((Number) years.getValue()).intValue();
        double steady = f.steadyStateMb(kept);
        chart.setChart(CapacityCharts.mailbox(design.mailbox().address(), f, steady, locale));
        values[0].setText(Texts.growth(f, locale));
        values[1].setText(Texts.months(f.monthsUntilFull(), locale));
        values[2].setText(Texts.date(f.archiveBy(), locale));
        values[3].setText(Texts.date(f.fullOn(), locale));
        String share = f.hasQuota() && f.quotaMb() > 0
                ? String.format(Locale.ROOT, t(locale, "（容量の %.0f%%）", " (%.0f%% of the quota)"), 100 * steady / f.quotaMb()) : "";
        values[4].setText(Texts.mb(steady) + share + t(locale, "　必要な容量の目安: ", "  quota needed: ")
                + Texts.mb(f.quotaNeededFor(kept)));
    }
}
