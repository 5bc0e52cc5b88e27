package dev.mailbench.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Visit(LocalDate date, Instant at, String note) {
    }

    @Test
    void datesAreIsoTextAndReadBack() {
        Visit v = new Visit(LocalDate.of(2026, 12, 3), Instant.parse("2026-12-03T01:02:03Z"), "訪問");
        String line = Json.line(v);
        assertThat(line).isEqualTo("{\"date\":\"2026-12-03\",\"at\":\"2026-12-03T01:02:03Z\",\"note\":\"訪問\"}");
        assertThat(Json.convert(Json.toPlain(v), Visit.class)).isEqualTo(v);
    }

    @Test
    void prettyOutputIndentsWithTwoSpacesAndNewlines() {
        assertThat(Json.pretty(Map.of("a", 1))).isEqualTo("{\n  \"a\" : 1\n}");
    }

    @Test
    void unknownPropertiesAreIgnoredAndDuplicateKeysRejected() throws Exception {
        assertThat(Json.mapper().readValue("{\"note\":\"x\",\"newer\":true}", Visit.class).note()).isEqualTo("x");
        assertThatThrownBy(() -> Json.mapper().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void anythingAfterTheRootValueIsRejectedWithItsPosition() {
        String text = "{\"note\":\"x\"}\n}}}garbage";
        assertThatThrownBy(() -> Json.mapper().readTree(text)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(2));
        assertThatThrownBy(() -> Json.mapper().readValue(text, Visit.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
