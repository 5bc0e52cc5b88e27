package dev.mailbench.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The house rules that a build can check, as reusable rule objects: {@link ArchitectureTest} runs them on every
 * module's classes, {@link RulesCatchViolationsTest} runs the same objects on deliberately broken fixture classes.
 */
public final class ArchitectureRules {
    /**
     * The plugins' packages, the sample's included. {@code dev.mailbench.imap} (mail-imap), {@code .kit},
     * {@code .api} and {@code .testkit} are libraries every plugin may use, not plugins.
     */
    public static final List<String> PLUGIN_PACKAGES = List.of("dev.mailbench.setup", "dev.mailbench.dns",
            "dev.mailbench.design", "dev.mailbench.archive", "dev.mailbench.migration", "dev.mailbench.serverpanel",
            "dev.mailbench.hello");

    /**
     * Engines are plain Java: they run under a command line and in tests without a screen. The one exception is
     * a chart renderer, which draws an image with AWT for a panel and a document: it lives in a package named
     * {@code ..chart..} that says so (mail-design's {@code dev.mailbench.design.chart.CapacityCharts}, JFreeChart).
     */
    @ArchTest
    public static final ArchRule ENGINES_ARE_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("..engine..")
            .and().resideOutsideOfPackage("..chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("engines run headless (command line, tests); drawing lives in ..ui.. or, for rendered charts, ..chart..");

    /** Plugins share code only through plugin-api (services), plugin-kit and mail-imap. */
    @ArchTest
    public static final ArchRule PLUGINS_ARE_INDEPENDENT = slices()
            .assignedFrom(pluginSlices())
            .should().notDependOnEachOther()
            .because("a plugin may be missing or disabled; what plugins share lives in plugin-api, plugin-kit or mail-imap");

    @ArchTest
    public static final ArchRule HOST_IMPORTS_NO_PLUGIN = noClasses()
            .that().resideInAPackage("dev.mailbench.host..")
            .should().dependOnClassesThat().resideInAnyPackage(pluginPatternsAnd("dev.mailbench.imap.."))
            .because("the host knows plugins only through plugin-api, so any plugin can be missing, disabled or failed");

    @ArchTest
    public static final ArchRule API_NEEDS_ONLY_JAVA_AND_PF4J = classes()
            .that().resideInAPackage("dev.mailbench.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.mailbench.api..", "java..", "javax..", "org.pf4j..")
            .because("every plugin compiles against plugin-api: it must not drag a library's version into them");

    @ArchTest
    public static final ArchRule KIT_NEEDS_ONLY_THE_API = noClasses()
            .that().resideInAPackage("dev.mailbench.kit..")
            .should().dependOnClassesThat(resideInAPackage("dev.mailbench..")
                    .and(not(resideInAnyPackage("dev.mailbench.kit..", "dev.mailbench.api.."))))
            .because("plugin-kit sits on the host's class path under every plugin: it serves them, it knows none of them");

    private ArchitectureRules() {
    }

    private static String[] pluginPatternsAnd(String... more) {
        List<String> patterns = new java.util.ArrayList<>(PLUGIN_PACKAGES.stream().map(p -> p + "..").toList());
        patterns.addAll(List.of(more));
        return patterns.toArray(String[]::new);
    }

    /** One slice per plugin; every other class belongs to none. */
    private static SliceAssignment pluginSlices() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                for (String plugin : PLUGIN_PACKAGES) {
                    if (pkg.equals(plugin) || pkg.startsWith(plugin + ".")) {
                        return SliceIdentifier.of(plugin);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "plugins " + PLUGIN_PACKAGES;
            }
        };
    }
}
