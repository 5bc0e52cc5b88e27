package dev.mailbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Every module's production classes (this module depends on all of them) against {@link ArchitectureRules};
 * test classes are left out, so the fixtures of {@link RulesCatchViolationsTest} are not judged here.
 */
@AnalyzeClasses(packages = "dev.mailbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests RULES = ArchTests.in(ArchitectureRules.class);

    /** A rule passes trivially on classes it never saw: every module must be on this module's class path. */
    @ArchTest
    static void everyModuleIsAnalyzed(JavaClasses classes) {
        var packages = classes.stream().map(JavaClass::getPackageName).collect(java.util.stream.Collectors.toSet());
        var expected = new java.util.ArrayList<>(ArchitectureRules.PLUGIN_PACKAGES);
        expected.addAll(java.util.List.of("dev.mailbench.host", "dev.mailbench.api", "dev.mailbench.kit", "dev.mailbench.imap"));
        for (String module : expected) {
            assertThat(packages).as("classes of %s", module).anyMatch(p -> p.equals(module) || p.startsWith(module + "."));
        }
        assertThat(packages).as("no test class among them").noneMatch(p -> p.contains("archfixture") || p.startsWith("fixture"));
        assertThat(classes.contain("dev.mailbench.design.chart.CapacityCharts")).as("the chart renderer, outside ..engine..").isTrue();
    }
}
