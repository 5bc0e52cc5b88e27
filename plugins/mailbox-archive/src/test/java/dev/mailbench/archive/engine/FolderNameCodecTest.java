package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderNameCodecTest {

    @ParameterizedTest
    @CsvSource({
        "&ZeVnLIqe-, 日本語",
        "&-, &",
        "&eBR6dg-&-&lYt2eg-, 研究&開発",
        "&U9ZfFVFI-/&iYt6TQ-, 取引先/見積",
        "INBOX, INBOX",
        "'&MKIw,DCrMKQw1g-', アーカイブ",
    })
    void decodesModifiedUtf7(String encoded, String decoded) {
        assertThat(FolderNameCodec.decodeModifiedUtf7(encoded)).isEqualTo(decoded);
        assertThat(FolderNameCodec.encodeModifiedUtf7(decoded)).isEqualTo(encoded);
    }

    @Test
    void malformedModifiedUtf7IsKeptAsItIs() {
        assertThat(FolderNameCodec.decodeModifiedUtf7("a&b")).isEqualTo("a&b");
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
        assertThat(FolderNameCodec.toFileName(name)).isEqualTo(file);
        assertThat(FolderNameCodec.fromFileName(file)).isEqualTo(name);
    }

    @Test
    void trailingSpaceControlCharactersAndSlashAreEscaped() {
        assertThat(FolderNameCodec.toFileName("a ")).isEqualTo("a%20");
        assertThat(FolderNameCodec.toFileName("a\tb")).isEqualTo("a%09b");
        assertThat(FolderNameCodec.toFileName("a/b")).isEqualTo("a%2Fb");
        assertThat(FolderNameCodec.toFileName("pipe|p")).isEqualTo("pipe%7Cp");
        assertThat(FolderNameCodec.toFileName("")).isEqualTo("%00");
    }

    @Test
    void decomposedKanaIsNormalizedSoMacAndWindowsAgree() {
        assertThat(FolderNameCodec.toFileName("ハ\u309Aン")).isEqualTo("パン");
    }

    @Test
    void longNamesAreCutWithAHashSoTheyStayUnique() {
        String a = "見".repeat(100) + "A";
        String b = "見".repeat(100) + "B";
        assertThat(FolderNameCodec.toFileName(a).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(FolderNameCodec.MAX_NAME_BYTES);
        assertThat(FolderNameCodec.toFileName(a)).isNotEqualTo(FolderNameCodec.toFileName(b));
    }

    @Test
    void pathsFollowTheServersSeparator() {
        assertThat(FolderNameCodec.toPath("取引先.見積", '.')).isEqualTo(List.of("取引先", "見積"));
        assertThat(FolderNameCodec.toPath("取引先/見積/2024年度", '/')).isEqualTo(List.of("取引先", "見積", "2024年度"));
    }
}
