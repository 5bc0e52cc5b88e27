package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.TestFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a child JVM in the middle of saving, over and over, and checks the file is always a
 * complete version: the old one or a newer one, never a torn mix.
 */
class AtomicSaveUnderKillTest {
    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    @Test
    void fileIsAlwaysAWholeVersionAfterAKill() throws Exception {
        ProjectStore store = new ProjectStore();
        Project base = store.load(TestFiles.sample()).project();
        Path target = dir.resolve("big.mailbench.json");
        store.save(target, KillableSaver.bigProject(base, 0), null);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(42);
        int lastVersion = 0;
        int advanced = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", KillableSaver.class.getName(), target.toString())
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String first = out.readLine();
                assertThat(first).as("child output").isEqualTo("saving");
                // Let 0-2 saves complete, then kill at a random moment, usually in the middle of the next one.
                int saves = random.nextInt(3);
                for (int i = 0; i < saves; i++) {
                    assertThat(out.readLine()).startsWith("saved ");
                }
                Thread.sleep(random.nextInt(120));
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }

            Project onDisk = new ProjectStore().load(target).project();
            int version = KillableSaver.versionOf(onDisk);
            assertThat(version).isGreaterThanOrEqualTo(lastVersion);
            assertThat(onDisk).isEqualTo(KillableSaver.bigProject(base, version));
            if (version > lastVersion) {
                advanced++;
            }
            lastVersion = version;
            Path bak = ProjectStore.backupOf(target);
            if (Files.exists(bak)) {
                int bakVersion = KillableSaver.versionOf(new ProjectStore().load(bak).project());
                assertThat(new ProjectStore().load(bak).project()).isEqualTo(KillableSaver.bigProject(base, bakVersion));
            }
        }
        // The children did save (otherwise the test proves nothing).
        assertThat(advanced).isPositive();
    }
}
