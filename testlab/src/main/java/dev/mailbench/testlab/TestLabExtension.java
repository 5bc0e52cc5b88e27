package dev.mailbench.testlab;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * JUnit 5 extension behind {@link RequiresTestLab}; may also be used directly with
 * {@code @ExtendWith(TestLabExtension.class)} (then every service is required).
 *
 * <p>Lab missing: with the environment variable {@code CI} set, the test fails with an
 * {@link IllegalStateException}; otherwise it is aborted ({@link TestAbortedException}), both with a
 * message that names {@code testlab/start.sh}. Reachability is checked once per JVM and service set.
 */
public class TestLabExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TestLabExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        check(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check(context);
    }

    private void check(ExtensionContext context) {
        Set<LabService> needed = needed(context);
        TestLab lab;
        try {
            lab = TestLab.load();
        } catch (IllegalStateException e) {
            missing(e.getMessage() + ". " + TestLab.START_HINT);
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> problems = context.getRoot().getStore(NS)
                .getOrComputeIfAbsent("problems:" + needed, k -> lab.problems(needed), List.class);
        if (!problems.isEmpty()) {
            missing(lab.notRunningMessage(problems));
        }
    }

    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void missing(String message) {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            throw new IllegalStateException(message + " [CI is set: a missing lab fails the build]");
        }
        if (WARNED.add(message)) {
            System.err.println("[testlab] SKIPPING tests that need the lab: " + message);
        }
        throw new TestAbortedException(message);
    }

    static Set<LabService> needed(ExtensionContext context) {
        Optional<RequiresTestLab> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, RequiresTestLab.class));
        Optional<RequiresTestLab> onClass = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, RequiresTestLab.class));
        EnumSet<LabService> set = EnumSet.noneOf(LabService.class);
        onMethod.ifPresent(a -> set.addAll(Arrays.asList(a.value())));
        onClass.ifPresent(a -> set.addAll(Arrays.asList(a.value())));
        return set.isEmpty() ? LabService.byDefault() : set;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestLab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return TestLab.load();
    }
}
