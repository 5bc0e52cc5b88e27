package dev.mailbench.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate DECEMBER_3 = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-03", "2026/12/3", "2026-12-3", "2026.12.3", "2026年12月3日", "2026 年 12 月 3 日",
            "12/3", "12月3日", "２０２６／１２／３", "２０２６年１２月３日", "１２／３", " 2026/12/03 ", "2026－12－03"})
    void readsTheFormatsPeopleType(String typed) {
        assertThat(TypedDates.parse(typed, TODAY)).contains(DECEMBER_3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "来週", "2026/13/1", "2026/2/30", "12/3/4/5", "2026-12", "3日", "20261203x", "12/32"})
    void namesNoDateForTextThatIsNone(String typed) {
        assertThat(TypedDates.parse(typed, TODAY)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDateWithoutYearTakesThisYear() {
        assertThat(TypedDates.parse("1/15", TODAY)).contains(LocalDate.of(2026, 1, 15));
        assertThat(TypedDates.parse(null, TODAY)).isEmpty();
    }
}
