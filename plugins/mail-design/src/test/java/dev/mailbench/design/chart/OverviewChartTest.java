package dev.mailbench.design.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.testing.Scenario;
import dev.mailbench.testkit.SampleProject;
import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Issue 15: in the handover's capacity chart no line hides another and every line can be told apart. */
class OverviewChartTest {
    @Test
    void identicalLinesShareOneEntryAndTheOthersDifferInColourDashAndMarker() {
        Project project = SampleProject.load();
        List<MailboxDesign> designs = new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY).design(project);
        JFreeChart chart = CapacityCharts.overview(designs, Scenario.TODAY, Locale.ENGLISH);
        XYDataset data = chart.getXYPlot().getDataset();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(data.getSeriesKey(i).toString());
        }
        // taro@ and yamada@ have the same answers and quota: one line, both named.
        assertThat(names).contains("taro@sample-shoji.test, yamada@sample-shoji.test");
        assertThat(String.join(",", names).split("taro@")).hasSize(2);

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        Set<Paint> paints = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            paints.add(renderer.getSeriesPaint(i));
            dashes.add(java.util.Arrays.toString(((BasicStroke) renderer.getSeriesStroke(i)).getDashArray()));
            assertThat(renderer.getSeriesShapesVisible(i)).isTrue();
        }
        assertThat(paints).hasSize(data.getSeriesCount());
        assertThat(dashes).hasSize(data.getSeriesCount());
    }
}
