package dev.mailbench.testlab;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that talks to the real servers of {@code testlab/start.sh}.
 *
 * <p>Before the test, {@link TestLabExtension} checks that the listed services answer. If they do
 * not: when the environment variable {@code CI} is set the test FAILS (never skips); otherwise it
 * is aborted (reported as skipped) with a message telling to run {@code testlab/start.sh}.
 * A {@link TestLab} parameter (constructor, lifecycle or test method) is injected.
 *
 * <pre>{@code
 * @RequiresTestLab({LabService.IMAP, LabService.DNS})
 * class ImapProbeIT {
 *     @Test void login(TestLab lab) { ... lab.sslContext() ... lab.imapsPort() ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(TestLabExtension.class)
@Tag("testlab")
public @interface RequiresTestLab {
    /** Services the test needs; default: all of them. */
    LabService[] value() default {
        LabService.IMAP, LabService.POP3, LabService.SMTP, LabService.DNS, LabService.FAILURE_ENDPOINTS
    };
}
