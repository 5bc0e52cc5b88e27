package dev.mailbench.hello;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.hello.cli.HelloCommand;
import dev.mailbench.hello.handover.HelloHandoverSection;
import dev.mailbench.hello.ui.HelloPanel;
import org.pf4j.Extension;

/**
 * The sample plugin's entry point: the host finds it through {@code @Extension} (PF4J's annotation processor
 * lists it in {@code META-INF/extensions.idx}) and calls {@link #initialize} once. Everything the plugin
 * offers is registered here; the panel itself is only built when the consultant opens it.
 */
@Extension
public final class HelloPlugin implements WorkbenchPlugin {
    /** The {@code plugin.id} of pom.xml: also the key of this plugin's section in the project file. */
    public static final String ID = "hello";
    /** The tab id ({@code mailbench --tab hello}). */
    public static final String PANEL_ID = "hello";
    /** After the real plugins' panels in the navigator. */
    static final int PANEL_ORDER = 900;

    @Override
    public void initialize(WorkbenchApi api) {
        api.ui().registerPanel(new PanelContribution(PANEL_ID,
                LocalizedText.of("ご挨拶（サンプル）", "Hello (sample)"),
                LocalizedText.of("プラグインの作り方を示すサンプルです", "The sample that shows how a plugin is made"),
                "", PANEL_ORDER, scope -> new HelloPanel(api, scope)));
        api.cli().registerCommand(new HelloCommand(api));
        api.handover().registerSection(new HelloHandoverSection());
    }
}
