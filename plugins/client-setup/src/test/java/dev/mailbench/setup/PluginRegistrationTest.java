package dev.mailbench.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.setup.cli.SetupCommand;
import dev.mailbench.setup.engine.SampleProject;
import dev.mailbench.setup.engine.live.LiveTestHistory;
import dev.mailbench.setup.engine.live.LiveTestReport;
import dev.mailbench.setup.engine.live.LiveTester;
import dev.mailbench.setup.engine.live.ProbeTarget;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginRegistrationTest {
    @Test
    void registersPanelCommandAndHandoverSection() {
        FakeWorkbenchApi api = new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver());
        new ClientSetupPlugin().initialize(api);
        assertThat(api.panels).hasSize(1);
        assertThat(((PanelContribution) api.panels.get(0)).title().ja()).isEqualTo("メールソフト設定");
        assertThat(api.commands).hasSize(1).first().isInstanceOf(SetupCommand.class);
        assertThat(api.sections).hasSize(1);
    }

    @Test
    void handoverHasASheetPerDeviceAndTheTestResultsButNoPassword() throws Exception {
        FakeWorkbenchApi api = new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver());
        new ClientSetupPlugin().initialize(api);
        // a (refused) test run recorded in the section, as the panel does
        char[] pw = "Secret-Pass-9".toCharArray();
        LiveTestReport report = new LiveTester().run(new LiveTester.Request("localhost", "info@sample-shoji.test", pw,
                List.of(new ProbeTarget(dev.mailbench.setup.engine.ServerSetting.Service.IMAP, 1, dev.mailbench.api.provider.ProviderProfile.Encryption.SSL_TLS)),
                null, Set.of(), "sv1234.xserver.jp", Duration.ofMillis(500), Duration.ofMillis(500), false, Duration.ofSeconds(1)), (d, t, m) -> { });
        Map<String, Object> plugins = new HashMap<>();
        plugins.put(ClientSetupPlugin.ID, LiveTestHistory.with(null, report));
        Project project = api.project.withPlugins(plugins);
        HandoverSection section = ((HandoverContributor) api.sections.get(0)).build(context(project, SampleProject.xserver(), Locale.JAPANESE)).orElseThrow();
        List<KeyValueBlock> sheets = section.blocks().stream().filter(KeyValueBlock.class::isInstance).map(KeyValueBlock.class::cast).toList();
        assertThat(sheets).hasSize(11);
        assertThat(sheets.get(0).title()).isEqualTo("社長 デスクトップPC — info@sample-shoji.test");
        assertThat(sheets.get(0).entries()).extracting(KeyValueBlock.Entry::key).contains("受信サーバー", "受信ポート / 暗号化", "ユーザー名");
        assertThat(sheets.get(0).entries()).extracting(KeyValueBlock.Entry::value).contains("sv1234.xserver.jp", "993 / SSL/TLS", "info@sample-shoji.test");
        TableBlock tests = section.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).findFirst().orElseThrow();
        assertThat(tests.rows()).hasSize(1);
        assertThat(tests.rows().get(0).get(4)).contains("拒否");
        assertThat(section.toString()).doesNotContain("Secret-Pass-9");
        assertThat(project.plugins().toString()).doesNotContain("Secret-Pass-9");
        HandoverSection english = ((HandoverContributor) api.sections.get(0)).build(context(project, SampleProject.xserver(), Locale.ENGLISH)).orElseThrow();
        assertThat(english.title()).isEqualTo("Mail client setup");
    }

    private static HandoverContext context(Project p, ProviderProfile profile, Locale locale) {
        return HandoverContext.of(p, profile, locale);
    }
}
