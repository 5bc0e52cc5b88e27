package dev.mailbench.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {
    @TempDir
    Path dir;

    @Test
    void openEditCrashRestoreSave() throws Exception {
        Path file = dir.resolve("shoji.mailbench.json");
        Files.copy(TestFiles.sample(), file);
        Path config = dir.resolve("config");
        Path plugins = dir.resolve("no-plugins");

        try (Workbench wb = Workbench.create(config, plugins)) {
            wb.openProject(file);
            assertThat(wb.settingsStore().recentProjects()).containsExactly(file.toAbsolutePath());
            assertThat(wb.provider().mailHost()).isEqualTo("sv1234.xserver.jp");
            wb.session().update("社名", p -> p.withCustomer(new Customer("復元される社名", "", "", "", "", "")));
            wb.recovery().flush();
            // No save, and close() below flushes but does not discard: like a crash for the file's sake.
        }

        try (Workbench wb = Workbench.create(config, plugins)) {
            var recovery = wb.recovery().findFor(file).orElseThrow();
            wb.restore(recovery);
            assertThat(wb.session().project().customer().name()).isEqualTo("復元される社名");
            assertThat(wb.session().isDirty()).isTrue();
            assertThat(wb.session().file()).hasValue(file.toAbsolutePath());
            assertThat(wb.saveProject()).isTrue();
            assertThat(wb.recovery().findFor(file)).isEmpty();
            assertThat(wb.projectStore().load(file).project().customer().name()).isEqualTo("復元される社名");
            assertThat(wb.validator().validate(wb.session().project())).isNotNull();
        }
    }
}
