package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxDecoder;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderFileNamesTest {

    /**
     * The server's modified UTF-7 names, decoded by Angus Mail as {@code Folder.getFullName()} gives them, become
     * directories that read back as the same Japanese name.
     */
    @ParameterizedTest
    @CsvSource({
        "&ZeVnLIqe-, 日本語",
        "&-, &",
        "&eBR6dg-&-&lYt2eg-, 研究&開発",
        "&U9ZfFVFI-/&iYt6TQ-/2024&XnRepg-, 取引先/見積/2024年度",
        "INBOX, INBOX",
        "'&MKIw,DCrMKQw1g-', アーカイブ",
    })
    void japaneseFolderNamesFromTheServerRoundTripThroughTheirDirectories(String onTheWire, String name) {
        String decoded = BASE64MailboxDecoder.decode(onTheWire);
        assertThat(decoded).isEqualTo(name);
        assertThat(BASE64MailboxEncoder.encode(decoded)).isEqualTo(onTheWire);
        List<String> dirs = FolderFileNames.toPath(decoded, '/');
        assertThat(String.join("/", dirs.stream().map(FolderFileNames::fromFileName).toList())).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "見積<重要>|見積%3C重要%3E",
        "a:b|a%3Ab",
        "what?|what%3F",
        "x*y|x%2Ay",
        "\"q\"|%22q%22",
        "back\\slash|back%5Cslash",
        "100%|100%25",
        "#1|%231",
        "ends.|ends%2E",
        ".hidden|%2Ehidden",
        "CON|%43ON",
        "com1.txt|%63om1.txt",
        "研究&開発|研究&開発",
    })
    void mapsToNamesLegalOnWindowsAndMac(String name, String file) {
        assertThat(FolderFileNames.toFileName(name)).isEqualTo(file);
        assertThat(FolderFileNames.fromFileName(file)).isEqualTo(name);
    }

    @Test
    void trailingSpaceControlCharactersAndSlashAreEscaped() {
        assertThat(FolderFileNames.toFileName("a ")).isEqualTo("a%20");
        assertThat(FolderFileNames.toFileName("a\tb")).isEqualTo("a%09b");
        assertThat(FolderFileNames.toFileName("a/b")).isEqualTo("a%2Fb");
        assertThat(FolderFileNames.toFileName("pipe|p")).isEqualTo("pipe%7Cp");
        assertThat(FolderFileNames.toFileName("")).isEqualTo("%00");
    }

    @Test
    void decomposedKanaIsNormalizedSoMacAndWindowsAgree() {
        assertThat(FolderFileNames.toFileName("ハ\u309Aン")).isEqualTo("パン");
    }

    @Test
    void longNamesAreCutWithAHashSoTheyStayUnique() {
        String a = "見".repeat(100) + "A";
        String b = "見".repeat(100) + "B";
        assertThat(FolderFileNames.toFileName(a).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(FolderFileNames.MAX_NAME_BYTES);
        assertThat(FolderFileNames.toFileName(a)).isNotEqualTo(FolderFileNames.toFileName(b));
    }

    @Test
    void pathsFollowTheServersSeparator() {
        assertThat(FolderFileNames.toPath("取引先.見積", '.')).isEqualTo(List.of("取引先", "見積"));
        assertThat(FolderFileNames.toPath("取引先/見積/2024年度", '/')).isEqualTo(List.of("取引先", "見積", "2024年度"));
    }
}
