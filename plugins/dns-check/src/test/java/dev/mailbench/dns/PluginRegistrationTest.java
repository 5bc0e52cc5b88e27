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

    /** A command line has a project file, not an open project: the service checks against the project it is given. */
    @Test
    void serviceChecksAgainstTheProjectItIsGivenNotTheOpenOne() throws Exception {
        var api = new FakeWorkbenchApi("dns-check", Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        DnsCheckService service = api.services().find(DnsCheckService.class).orElseThrow();
        Project given = Project.empty().withDomains(List.of(new Domain("d", "sample-shoji.test", "", "", "", "")))
                .withPlugins(java.util.Map.of("dns-check", java.util.Map.of("reportAddress", "dmarc-box@sample-shoji.test")));
        var zone = new DnsCheckService.Target("", TestZones.file("sample-shoji.test"), true);
        assertThat(service.check(given, List.of("sample-shoji.test"), zone).get(0).fixes())
                .anyMatch(f -> f.after() != null && f.after().contains("rua=mailto:dmarc-box@sample-shoji.test"));
        assertThat(service.check(List.of("sample-shoji.test"), zone).get(0).fixes())
                .noneMatch(f -> f.after() != null && f.after().contains("dmarc-box@sample-shoji.test"));
    }

    @Test
    void handoverShowsEachFixWithWhatItClearsAndThatItWasRechecked() throws Exception {
        var api = new FakeWorkbenchApi("dns-check", Project.empty().withDomains(List.of(new Domain("d1", "bad-dmarc.test", "", "", "", ""),
                new Domain("d2", "weak-dkim.test", "", "", "", ""))), null, FakeWorkbenchApi.xserverTest());
        var reports = dev.mailbench.dns.engine.CheckRunner.run(new dev.mailbench.dns.engine.CheckRunner.Request(
                List.of("bad-dmarc.test", "weak-dkim.test"), dev.mailbench.dns.engine.ResolverSettings.system(),
                java.util.Map.of("bad-dmarc.test", TestZones.file("bad-dmarc.test"), "weak-dkim.test", TestZones.file("weak-dkim.test")), true,
                dev.mailbench.dns.engine.CheckProfile.generic(), 1), (a, b, c) -> { });
        api.project().writeSection("save", dev.mailbench.dns.engine.RunHistory.append(java.util.Map.of(), reports, java.time.Instant.now()));
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            var section = new DnsHandoverSection().build(new dev.mailbench.api.handover.HandoverContext() {
                public Project project() { return api.project; }
                public dev.mailbench.api.provider.ProviderProfile provider() { return api.provider; }
                public Locale locale() { return locale; }
            }).orElseThrow();
            boolean ja = locale == Locale.JAPANESE;
            var fixes = section.blocks().stream().filter(b -> b instanceof dev.mailbench.api.handover.TableBlock t
                    && t.title().equals(ja ? "修正案" : "Fixes")).map(b -> (dev.mailbench.api.handover.TableBlock) b).findFirst().orElseThrow();
            assertThat(fixes.header()).isEqualTo(ja ? List.of("修正", "レコード", "修正前", "修正後", "解消する指摘", "再確認")
                    : List.of("Fix", "Record", "Before", "After", "Clears", "Re-check"));
            assertThat(fixes.rows()).anySatisfy(r -> {
                assertThat(r.get(3)).isEqualTo("v=DMARC1; p=none; rua=mailto:reports@dmarc-vendor.test");
                assertThat(r.get(4)).contains(ja ? "DMARC のタグの値が正しくありません" : "Invalid DMARC tag value");
                assertThat(r.get(5)).startsWith(ja ? "再確認済み" : "re-checked");
            });
            var unfixed = section.blocks().stream().filter(b -> b instanceof dev.mailbench.api.handover.TableBlock t
                    && t.title().startsWith(ja ? "自動で安全な修正がない" : "No safe automatic fix")).map(b -> (dev.mailbench.api.handover.TableBlock) b)
                    .findFirst().orElseThrow();
            assertThat(unfixed.rows()).anySatisfy(r -> {
                assertThat(r.get(1)).isEqualTo("_dmarc.weak-dkim.test");
                assertThat(r.get(2)).contains(ja ? "人が決めること" : "A person must decide");
            });
        }
    }
}
