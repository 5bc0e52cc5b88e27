package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: the window shows names a consultant reads, not internal values. */
class DisplayNamesUiTest extends WorkbenchUiTestBase {
    @Test
    void theServiceDropDownShowsTheProvidersName() throws Exception {
        open();
        assertThat(window.comboBox("overview.providerProfile").contents()).contains("エックスサーバー (Xserver)")
                .doesNotContain("xserver");
        assertThat(window.comboBox("overview.providerProfile").selectedItem()).isEqualTo("エックスサーバー (Xserver)");
    }
}
