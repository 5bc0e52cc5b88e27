package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.plugins.TestPlugins;
import dev.mailbench.host.ui.editor.RouteEditor;
import dev.mailbench.kit.swing.WrappingLabel;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The visit route shows what a plugin says about its step, and "go there" opens that plugin's panel. */
class RouteContributionUiTest extends WorkbenchUiTestBase {
    static final String ROUTE_PLUGIN = """
            package routeplugin;
            import dev.mailbench.api.*;
            import dev.mailbench.api.route.*;
            @org.pf4j.Extension
            public class RoutePlugin implements WorkbenchPlugin {
                @Override public void initialize(WorkbenchApi api) {
                    api.ui().registerPanel(new PanelContribution("plan",
                        dev.mailbench.api.model.LocalizedText.of("テスト計画", "Test plan"), null, null, 0,
                        scope -> new javax.swing.JLabel("plan")));
                    api.route().registerStep(new RouteStepContributor() {
                        public VisitStep step() { return VisitStep.DNS; }
                        public java.util.Optional<StepStatus> status(dev.mailbench.api.model.Project p) {
                            return java.util.Optional.of(StepStatus.of(StepState.DONE,
                                "テスト: ドメイン " + p.domains().size() + " 件に直す点なし", "Test: nothing to fix"));
                        }
                    });
                    api.route().registerStep(new RouteStepContributor() {
                        public VisitStep step() { return VisitStep.MIGRATION_OR_ARCHIVE; }
                        public String panelId() { return "plan"; }
                        public java.util.Optional<StepStatus> status(dev.mailbench.api.model.Project p) {
                            return java.util.Optional.of(StepStatus.of(StepState.FINDINGS,
                                "テスト: 残り 3 件", "Test: 3 left"));
                        }
                    });
                }
            }
            """;

    @BeforeEach
    void start() throws Exception {
        Path plugins = temp.resolve("plugins");
        TestPlugins.build(temp.resolve("work"), plugins, "route-plugin", "", ROUTE_PLUGIN);
        open(plugins, null, false);
        GuiActionRunner.execute(() -> frame.openTab(RouteEditor.ID));
    }

    @Test
    void theRouteShowsTheContributedStatesAndGoesToThePluginsPanel() {
        window.label("route.state.dns").requireText("完了");
        assertThat(stepText("route.step.dns")).contains("DNS チェック").contains("テスト: ドメイン 1 件に直す点なし");
        window.label("route.state.migration").requireText("要対応");
        assertThat(stepText("route.step.migration")).contains("テスト: 残り 3 件");
        // the host's own rules still speak for the steps no plugin contributes to
        window.label("route.state.customer").requireText("完了");

        Dialogs.press(window.button("route.go.migration"));
        assertThat(GuiActionRunner.execute(frame::selectedTabId)).endsWith("route-plugin:plan");
    }

    /** A step's heading and summary (a wrapping label, not a JLabel). */
    private String stepText(String name) {
        WrappingLabel label = window.robot().finder().findByName(window.target(), name, WrappingLabel.class, true);
        return GuiActionRunner.execute(() -> label.getHeading() + "\n" + label.getText());
    }
}
