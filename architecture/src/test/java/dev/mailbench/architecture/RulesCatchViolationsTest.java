package dev.mailbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules}, the very rule object the build checks, run on small fixture classes that
 * break it (and on neighbours that keep it): proof that a rule fails when its house rule is broken and does
 * not fail on what it allows.
 */
class RulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("fixture",
            "dev.mailbench.dns.archfixture", "dev.mailbench.design.archfixture", "dev.mailbench.hello.archfixture",
            "dev.mailbench.migration.archfixture", "dev.mailbench.archive.archfixture",
            "dev.mailbench.host.archfixture", "dev.mailbench.api.archfixture", "dev.mailbench.kit.archfixture");

    @Test
    void swingOrAwtInAnEngineIsReportedButAChartPackageMayDraw() {
        assertThat(FIXTURES.contain("fixture.engine.chart.ChartRenderer")).as("the chart fixture is judged too").isTrue();
        assertThat(violations(ArchitectureRules.ENGINES_ARE_PLAIN_JAVA))
                .anySatisfy(v -> assertThat(v).contains("fixture.engine.SwingInEngine").contains("javax.swing.JLabel"))
                .anySatisfy(v -> assertThat(v).contains("fixture.engine.AwtInEngine").contains("java.awt.Color"))
                .noneSatisfy(v -> assertThat(v).contains("PlainEngine"))
                .noneSatisfy(v -> assertThat(v).contains("fixture.engine.chart.ChartRenderer"));
    }

    @Test
    void aPluginUsingAnotherPluginIsReportedTheSampleIncludedButSharedLibrariesAreNot() {
        assertThat(violations(ArchitectureRules.PLUGINS_ARE_INDEPENDENT))
                .anySatisfy(v -> assertThat(v).contains("DnsUsesDesign").contains("DesignHelper"))
                .anySatisfy(v -> assertThat(v).contains("HelloUsesMigration").contains("MigrationHelper"))
                .noneSatisfy(v -> assertThat(v).contains("ArchiveUsesLibraries"))
                // the host and the libraries are no plugin slice: their fixtures are other rules' business
                .noneSatisfy(v -> assertThat(v).containsAnyOf("HostUses", "KitUses"));
    }

    @Test
    void theHostUsingAPluginOrMailImapIsReported() {
        assertThat(violations(ArchitectureRules.HOST_IMPORTS_NO_PLUGIN))
                .anySatisfy(v -> assertThat(v).contains("HostUsesPlugin").contains("DesignHelper"))
                .anySatisfy(v -> assertThat(v).contains("HostUsesImap").contains("dev.mailbench.imap.UidSet"))
                .noneSatisfy(v -> assertThat(v).contains("HostUsesApiAndKit"));
    }

    @Test
    void theApiUsingALibraryOrTheKitIsReported() {
        assertThat(violations(ArchitectureRules.API_NEEDS_ONLY_JAVA_AND_PF4J))
                .anySatisfy(v -> assertThat(v).contains("ApiUsesJackson").contains("com.fasterxml.jackson.databind.ObjectMapper"))
                .anySatisfy(v -> assertThat(v).contains("ApiUsesKit").contains("dev.mailbench.kit.json.Json"))
                .noneSatisfy(v -> assertThat(v).contains("ApiUsesJavaxAndPf4j"));
    }

    @Test
    void theKitUsingTheHostOrAPluginIsReported() {
        assertThat(violations(ArchitectureRules.KIT_NEEDS_ONLY_THE_API))
                .anySatisfy(v -> assertThat(v).contains("KitUsesHost").contains("dev.mailbench.host.Workbench"))
                .anySatisfy(v -> assertThat(v).contains("KitUsesPlugin").contains("DesignHelper"))
                .noneSatisfy(v -> assertThat(v).contains("KitUsesApiAndLibraries"));
    }

    /** The lines of the rule's failure report on the fixtures; the rule must fail. */
    private static List<String> violations(ArchRule rule) {
        var result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as("%s must fail on its fixtures", rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
