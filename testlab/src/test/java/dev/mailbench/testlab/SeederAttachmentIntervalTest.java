package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's larger mailbox: attachments every N-th message, the default mailbox unchanged. */
class SeederAttachmentIntervalTest {

    @Test
    void everyFifteenthMessageCarriesAnAttachment(@TempDir Path dir) throws Exception {
        SeedResult usual = new MailboxSeeder(dir.resolve("a"), "bench@example.test", -1, -1).seed(90, 1L);
        SeedResult large = new MailboxSeeder(dir.resolve("b"), "bench@example.test", -1, -1).withAttachmentEvery(15).seed(90, 1L);

        assertThat(usual.withAttachment()).isEqualTo(1); // i = 42
        assertThat(large.withAttachment()).isEqualTo(6); // i = 12, 27, 42, 57, 72, 87
        assertThat(large.bytes()).isGreaterThan(usual.bytes() + 5L * 200_000);
        assertThat(large.messages()).isEqualTo(usual.messages());
    }

    @Test
    void intervalBelowOneIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> new MailboxSeeder(dir, "bench@example.test", -1, -1).withAttachmentEvery(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
