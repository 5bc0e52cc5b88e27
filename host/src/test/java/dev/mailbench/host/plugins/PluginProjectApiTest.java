package dev.mailbench.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.provider.ProviderProfiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginProjectApiTest {
    public record DnsSection(String resolver, int timeoutSeconds) {
    }

    @Test
    void sectionsRoundTripAndKeepFieldsTheTypeDoesNotKnow() {
        Project start = Project.empty().withPlugins(Map.of("dns-check", Map.of("resolver", "old", "fromNewer", true)));
        ProjectSession session = new ProjectSession(start, null, null);
        PluginProjectApi api = new PluginProjectApi("dns-check", session, new ProviderProfiles());

        assertThat(api.readSection(DnsSection.class)).hasValue(new DnsSection("old", 0));
        api.writeSection("DNS 設定", new DnsSection("127.0.0.1", 5));
        assertThat(api.readSection(DnsSection.class)).hasValue(new DnsSection("127.0.0.1", 5));
        assertThat(session.project().plugins().get("dns-check")).isInstanceOfSatisfying(Map.class, m -> assertThat(m.get("fromNewer")).isEqualTo(true));
        assertThat(session.isDirty()).isTrue();
        assertThat(session.undoDescription()).hasValue("DNS 設定");
        assertThat(new PluginProjectApi("other", session, new ProviderProfiles()).readSection(DnsSection.class)).isEmpty();
        assertThat(api.provider().mailHost()).isEqualTo("{serverId}.xserver.jp");
    }
}
