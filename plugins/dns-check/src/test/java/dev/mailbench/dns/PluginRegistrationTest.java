package dev.mailbench.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.dns.cli.DnsCommand;
import dev.mailbench.dns.engine.TestZones;
import dev.mailbench.dns.handover.DnsHandoverSection;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluginRegistrationTest {
    @Test
    void registersPanelCommandServiceAndHandoverAndIsIndexedAsExtension() throws Exception {
        var api = new FakeWorkbenchApi("dns-check", Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        assertThat(api.panels).hasSize(1);
        assertThat(api.commands).singleElement().isInstanceOf(DnsCommand.class);
        assertThat(api.services).containsKey(DnsCheckService.class);
        assertThat(api.sections).singleElement().isInstanceOf(DnsHandoverSection.class);
        Path index = Path.of("target/classes/META-INF/extensions.idx");
        assertThat(Files.readString(index)).contains(DnsCheckPlugin.class.getName());
    }

    @Test
    void serviceChecksAZoneFileAndHandoverShowsTheSavedRun() throws Exception {
        var api = new FakeWorkbenchApi("dns-check", Project.empty().withDomains(List.of(new Domain("d", "weak-dkim.test", "", "", "", ""))),
                null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        DnsCheckService service = api.services().find(DnsCheckService.class).orElseThrow();
        var results = service.check(List.of("weak-dkim.test"),
                new DnsCheckService.Target("", TestZones.file("weak-dkim.test"), true));
        assertThat(results.get(0).findings()).anyMatch(f -> f.code().equals("DKIM_KEY_TOO_SHORT") && f.severity() == dev.mailbench.api.services.DnsCheckService.FindingSeverity.ERROR);
        assertThat(service.fetchRecords("weak-dkim.test", new DnsCheckService.Target("", TestZones.file("weak-dkim.test"), true)))
                .anyMatch(r -> r.type().equals("MX") && r.data().equals("10 weak-dkim.test."));

        var reports = dev.mailbench.dns.engine.CheckRunner.run(new dev.mailbench.dns.engine.CheckRunner.Request(
                List.of("weak-dkim.test"), dev.mailbench.dns.engine.ResolverSettings.system(),
                java.util.Map.of("weak-dkim.test", TestZones.file("weak-dkim.test")), true,
                dev.mailbench.dns.engine.CheckProfile.generic(), 1), (a, b, c) -> { });
        api.project().writeSection("save", dev.mailbench.dns.engine.RunHistory.append(java.util.Map.of(), reports, java.time.Instant.now()));
        var section = new DnsHandoverSection().build(new dev.mailbench.api.handover.HandoverContext() {
            public Project project() { return api.project; }
            public dev.mailbench.api.provider.ProviderProfile provider() { return api.provider; }
            public Locale locale() { return Locale.JAPANESE; }
        }).orElseThrow();
        assertThat(section.title()).isEqualTo("DNS と送信ドメイン認証");
        assertThat(section.blocks()).anyMatch(b -> b instanceof dev.mailbench.api.handover.TableBlock t
                && t.rows().stream().anyMatch(r -> r.contains("DKIM の鍵が短すぎます（1024 ビット未満）")));
    }
}
