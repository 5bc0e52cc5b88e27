package dev.mailbench.design.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CapacityForecastTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void growthFollowsTheDocumentedFormula() {
        // 30 mails × 100 KB × 30.4 days / 1024 = 89.0625 MB a month, exactly.
        assertThat(CapacityForecast.growthMbPerMonth(30, 100)).isEqualTo(89.0625);
        assertThat(CapacityForecast.growthMbPerMonth(40, 150)).isEqualTo(178.125);
    }

    @Test
    void normalCase() {
        CapacityForecast f = CapacityForecast.of(30, 100, 218.75, 2000, START);
        assertThat(f.monthsUntilFull()).isEqualTo(20.0); // (2000 − 218.75) / 89.0625
        assertThat(f.fullOn()).isEqualTo(START.plusDays(608)); // 20 × 30.4
        assertThat(f.monthsUntilWarn()).isCloseTo(1381.25 / 89.0625, within(1e-12)); // 1600 − 218.75
        assertThat(f.archiveBy()).isEqualTo(START.plusDays(471)); // 15.5088 × 30.4 = 471.47, rounded down
        assertThat(f.exceeded()).isFalse();
        assertThat(f.fillsEventually()).isTrue();
        assertThat(f.usedRatio()).isEqualTo(0.109375);
    }

    @Test
    void quotaAlreadyExceeded() {
        CapacityForecast f = CapacityForecast.of(30, 100, 2100, 2000, START);
        assertThat(f.exceeded()).isTrue();
        assertThat(f.monthsUntilFull()).isZero();
        assertThat(f.monthsUntilWarn()).isZero();
        assertThat(f.fullOn()).isEqualTo(START);
        assertThat(f.archiveBy()).isEqualTo(START);
    }

    @Test
    void aboveTheWarningLevelButNotFull() {
        CapacityForecast f = CapacityForecast.of(30, 100, 1700, 2000, START);
        assertThat(f.monthsUntilWarn()).isZero();
        assertThat(f.archiveBy()).isEqualTo(START);
        assertThat(f.monthsUntilFull()).isCloseTo(300 / 89.0625, within(1e-12));
    }

    @Test
    void zeroGrowthNeverFills() {
        CapacityForecast f = CapacityForecast.of(0, 100, 500, 2000, START);
        assertThat(f.growthMbPerMonth()).isZero();
        assertThat(f.monthsUntilFull()).isInfinite();
        assertThat(f.fullOn()).isNull();
        assertThat(f.archiveBy()).isNull();
        assertThat(f.series(120)).hasSize(13).allSatisfy(p -> assertThat(p.usedMb()).isEqualTo(500));
    }

    @Test
    void unknownQuotaNeverFills() {
        CapacityForecast f = CapacityForecast.of(30, 100, 0, null, START);
        assertThat(f.hasQuota()).isFalse();
        assertThat(f.monthsUntilFull()).isInfinite();
        assertThat(f.fullOn()).isNull();
    }

    @Test
    void seriesRunsPastTheFullDate() {
        CapacityForecast f = CapacityForecast.of(30, 100, 218.75, 2000, START);
        var points = f.series(120);
        assertThat(points).hasSize(26); // 20 months × 1.25 = 25 months, plus the start
        assertThat(points.get(0).usedMb()).isEqualTo(218.75);
        assertThat(points.get(20).usedMb()).isEqualTo(2000.0);
        assertThat(points.get(1).date()).isEqualTo(START.plusDays(30));
        assertThat(CapacityForecast.of(300, 1000, 0, 1_000_000, START).series(120)).hasSize(121);
    }

    @Test
    void whatIfOnQuotaAndRetention() {
        CapacityForecast f = CapacityForecast.of(30, 100, 218.75, 2000, START);
        assertThat(f.steadyStateMb(2)).isEqualTo(2137.5); // 89.0625 × 12 × 2
        assertThat(f.quotaNeededFor(2)).isEqualTo(2671.875);
        CapacityForecast bigger = f.withQuota(4000);
        assertThat(bigger.monthsUntilFull()).isCloseTo((4000 - 218.75) / 89.0625, within(1e-12));
        assertThat(bigger.growthMbPerMonth()).isEqualTo(f.growthMbPerMonth());
    }

    @Test
    void cadenceFitsTheMonthsAvailable() {
        assertThat(ArchiveCadence.fitting(12)).isEqualTo(ArchiveCadence.YEARLY);
        assertThat(ArchiveCadence.fitting(11.9)).isEqualTo(ArchiveCadence.HALF_YEARLY);
        assertThat(ArchiveCadence.fitting(4.49)).isEqualTo(ArchiveCadence.QUARTERLY);
        assertThat(ArchiveCadence.fitting(2)).isEqualTo(ArchiveCadence.MONTHLY);
        assertThat(ArchiveCadence.fitting(0.2)).isEqualTo(ArchiveCadence.MONTHLY);
    }
}
