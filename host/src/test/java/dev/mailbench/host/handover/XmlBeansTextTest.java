package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Element text as XMLBeans saves it: what the Word sections and the shared strings write for themselves. */
class XmlBeansTextTest {
    @Test
    void markupAClosingCdataBracketCarriageReturnsAndBadCharactersAreReplacedAsTheSaverDoes() {
        assertThat(XmlBeansText.entitized("a < b & c ]]> d > e\r\u0001f"))
                .isEqualTo("a &lt; b &amp; c ]]&gt; d > e&#13;?f");
    }

    @Test
    void textWithNothingToReplaceIsReturnedAsItIs() {
        String text = "株式会社サンプル商事 info@sample-shoji.test";
        assertThat(XmlBeansText.entitized(text)).isSameAs(text);
    }
}
