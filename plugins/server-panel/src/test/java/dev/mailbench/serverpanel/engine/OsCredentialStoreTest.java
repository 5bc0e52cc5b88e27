package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.javakeyring.BackendNotSupportedException;
import dev.mailbench.serverpanel.engine.CredentialStore.CredentialStoreException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The OS credential store's failures are said plainly, and none of them keeps the key anywhere. */
class OsCredentialStoreTest {
    private static final String KEY = "xs_0123456789abcdefghijklmnopqrstuv";

    private static ApiKey key() {
        return ApiKey.of(KEY.toCharArray());
    }

    @Test
    void withoutAStoreEverySaveAndReadSaysSoInJapaneseAndEnglish() {
        int[] opened = {0};
        OsCredentialStore none = new OsCredentialStore(() -> {
            opened[0]++;
            throw new BackendNotSupportedException("No backend");
        }, Duration.ofSeconds(5));
        CredentialStoreException saved = catchThrowableOfType(CredentialStoreException.class, () -> none.save("xs1.xsrv.jp", key()));
        assertThat(saved.kind()).isEqualTo(CredentialStoreException.Kind.NO_STORE);
        assertThat(saved.explanation().ja()).contains("資格情報ストア", "ありません", "どこにも保存しません");
        assertThat(saved.explanation().en()).contains("no OS credential store", "kept nowhere");
        assertThat(saved.getMessage()).doesNotContain(KEY);
        assertThatThrownBy(() -> none.load("xs1.xsrv.jp")).isInstanceOf(CredentialStoreException.class)
                .satisfies(e -> assertThat(((CredentialStoreException) e).kind()).isEqualTo(CredentialStoreException.Kind.NO_STORE));
        assertThat(opened[0]).as("each call asked the OS, no copy was kept on the side").isEqualTo(2);
    }

    @Test
    void aStoreThatDoesNotAnswerIsNotTakenForAnEmptyOne() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        OsCredentialStore hanging = new OsCredentialStore(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new BackendNotSupportedException("interrupted");
        }, Duration.ofMillis(200));
        CredentialStoreException e = catchThrowableOfType(CredentialStoreException.class, () -> hanging.load("xs1.xsrv.jp"));
        assertThat(e.kind()).isEqualTo(CredentialStoreException.Kind.NO_ANSWER);
        assertThat(e.explanation().ja()).contains("応答しませんでした");
    }

    /**
     * This computer's own store: on a machine with one, a key is kept, read back and removed; where there is none (this
     * lab's Linux has no Secret Service running), the answer is "no store", said plainly, never an empty read.
     */
    @Test
    void thisComputersStoreKeepsAndRemovesAKeyOrSaysThereIsNone() throws Exception {
        OsCredentialStore system = OsCredentialStore.system();
        String server = "mailbench-test-" + ProcessHandle.current().pid() + ".xsrv.jp";
        try {
            system.save(server, key());
        } catch (CredentialStoreException e) {
            assertThat(e.kind()).isIn(CredentialStoreException.Kind.NO_STORE, CredentialStoreException.Kind.NO_ANSWER,
                    CredentialStoreException.Kind.FAILED);
            assertThat(e.explanation().ja()).contains("API キー");
            assertThat(e.explanation().ja() + e.explanation().en()).doesNotContain(KEY);
            System.out.println("credential store on this machine: " + e.kind() + " — " + e.explanation().en());
            return;
        }
        try {
            Optional<ApiKey> read = system.load(server);
            assertThat(read).hasValueSatisfying(k -> assertThat(k.occursIn(KEY)).isTrue());
        } finally {
            system.delete(server);
        }
        assertThat(system.load(server)).isEmpty();
    }
}
