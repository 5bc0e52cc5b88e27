package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TTL advice of a planned move: read from the project's migration section, checked over the lab's zone files offline. */
class MigrationTtlAdviceTest {
    private static Project project(Map<String, Object> migration) {
        Project p = Project.empty().withDomains(List.of(new Domain("d", "long-ttl.test", "", "", "", "")));
        return migration == null ? p : p.withPlugins(Map.of("migration", migration));
    }

    @Test
    void aMoveIsPlannedOnceTheMigrationSectionNamesAnOldHostOrACutover() {
        assertThat(CheckProfile.forProject(null, project(null)).migration()).isEqualTo(CheckProfile.Migration.NONE);
        assertThat(CheckProfile.forProject(null, project(Map.of("cutover", "2026-12-12T19:00"))).migration())
                .isEqualTo(new CheckProfile.Migration(true, LocalDateTime.parse("2026-12-12T19:00")));
        assertThat(CheckProfile.forProject(null, project(Map.of("cutover", "next friday",
                "oldHost", Map.of("imapHost", "mx.old-provider.test")))).migration())
                .isEqualTo(new CheckProfile.Migration(true, null));
        assertThat(CheckProfile.forProject(null, project(Map.of("cutover", "", "oldHost", Map.of("imapHost", "")))).migration().planned())
                .isFalse();
    }

    @Test
    void theProjectsPlanGivesTheAdviceAndItsDeadline() throws Exception {
        LabZones lab = LabZones.load(LabZones.labFolder());
        CheckProfile planned = CheckProfile.forProject(null, project(Map.of("cutover", "2026-12-12T19:00")));
        DomainReport r = lab.check("long-ttl.test", planned);
        List<DnsFinding> advice = r.findings().stream().filter(f -> f.code() == FindingCode.MIGRATION_TTL_LONG).toList();
        // one finding for both record sets: they share the TTL, so the advice and its deadline are the same
        assertThat(advice).extracting(DnsFinding::subject).containsExactly("long-ttl.test MX, long-ttl.test A");
        assertThat(advice.get(0).detail().ja()).contains("TTL 86400 秒").contains("48 時間前").contains("2026-12-10 19:00 までに");
        assertThat(advice.get(0).records()).isNotEmpty();
        // without a cutover the lead time alone, and without a plan nothing
        DomainReport undated = lab.check("long-ttl.test", planned.withMigration(new CheckProfile.Migration(true, null)));
        assertThat(undated.findings()).filteredOn(f -> f.code() == FindingCode.MIGRATION_TTL_LONG)
                .allSatisfy(f -> assertThat(f.detail().en()).contains("48 hours").contains("no cutover time set"));
        assertThat(lab.check("long-ttl.test", CheckProfile.generic()).codes()).doesNotContain(FindingCode.MIGRATION_TTL_LONG);
    }
}
