package dev.mailbench.migration.copy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FolderNamesTest {
    @Test
    void separatorsAreMappedAndASeparatorInsideALevelNameCannotSplitIt() {
        assertThat(FolderNames.map("取引先/見積/2024年度", '/', '.')).isEqualTo("取引先.見積.2024年度");
        assertThat(FolderNames.map("取引先.見積", '.', '/')).isEqualTo("取引先/見積");
        assertThat(FolderNames.map("v1.2/資料", '/', '.')).isEqualTo("v1_2.資料");
        assertThat(FolderNames.map("研究&開発", '/', '.')).isEqualTo("研究&開発");
        assertThat(FolderNames.map("INBOX", '/', '.')).isEqualTo("INBOX");
        assertThat(FolderNames.map("a/b", '/', '/')).isEqualTo("a/b");
    }
}
