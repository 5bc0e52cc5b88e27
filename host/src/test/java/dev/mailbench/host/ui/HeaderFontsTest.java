package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The families looked up ahead are the ones FlatLaf's headers ask for, in the FlatLaf version shipped. */
class HeaderFontsTest {
    @Test
    void theFamiliesLookedUpAheadAreFlatLafsLinuxSemiboldFamilies() throws Exception {
        String properties;
        try (InputStream in = FlatLaf.class.getResourceAsStream("FlatLaf.properties")) {
            assertThat(in).isNotNull();
            properties = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String line = properties.lines()
                .filter(l -> l.startsWith("[linux]semibold.font"))
                .findFirst().orElseThrow();
        List<String> families = Arrays.stream(line.substring(line.indexOf('=') + 1).split(","))
                .map(family -> family.strip().replace("\"", ""))
                .toList();

        assertThat(HeaderFonts.LINUX_SEMIBOLD_FAMILIES).isEqualTo(families);
        assertThat(properties).contains("h2.font = +6 $semibold.font");
    }
}
