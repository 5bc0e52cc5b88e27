package dev.mailbench.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.MailboxInventoryService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CopyEstimatorTest {
    @Test
    void eachFigureSaysWhereItCameFrom() {
        var section = PlanFixtures.section().withSurvey(PlanFixtures.survey("m-info", "info@sample-shoji.test", 200L * 1024 * 1024, 2 * 1024 * 1024, 2));
        MailboxInventoryService inventory = (project, id) -> id.equals("m-billing")
                ? Optional.of(new MailboxInventoryService.MailboxVolume(10, 50, 100, Instant.parse("2026-11-01T00:00:00Z"), 90))
                : Optional.empty();
        Map<String, CopyEstimate> e = CopyEstimator.estimate(PlanFixtures.inputs(section).project(), section, Optional.of(inventory))
                .stream().collect(Collectors.toMap(CopyEstimate::mailboxId, Function.identity()));

        CopyEstimate info = e.get("m-info");
        assertThat(info.source()).isEqualTo(CopyEstimate.Source.SURVEY);
        assertThat(info.throughputSource()).isEqualTo(CopyEstimate.ThroughputSource.MEASURED);
        assertThat(info.messages()).isEqualTo(1500);
        // 200 MB at 2 MB/s = 100 s, plus 1500 x 50 ms = 75 s
        assertThat(info.duration()).isEqualTo(Duration.ofSeconds(175));
        assertThat(info.overLimit()).isEqualTo(2);
        assertThat(info.overLimitFolders()).first().isEqualTo("送信済み");

        CopyEstimate billing = e.get("m-billing");
        assertThat(billing.source()).isEqualTo(CopyEstimate.Source.INVENTORY);
        assertThat(billing.bytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(billing.messages()).isEqualTo(2048);
        // the throughput measured on another mailbox is the best guess for this one
        assertThat(billing.throughputSource()).isEqualTo(CopyEstimate.ThroughputSource.MEASURED);

        CopyEstimate taro = e.get("m-taro");
        assertThat(taro.source()).isEqualTo(CopyEstimate.Source.QUOTA);
        assertThat(taro.bytes()).isEqualTo(2000L * 1024 * 1024);
        assertThat(taro.source().label().ja()).contains("容量");
    }

    @Test
    void withoutAnyMeasurementTheAssumedRateIsUsedAndSaid() {
        var section = PlanFixtures.section();
        var e = CopyEstimator.estimate(PlanFixtures.inputs(section).project(), section, Optional.empty());
        assertThat(e).allSatisfy(x -> assertThat(x.throughputSource()).isEqualTo(CopyEstimate.ThroughputSource.ASSUMED));
        CopyEstimate yamada = e.stream().filter(x -> x.mailboxId().equals("m-yamada")).findFirst().orElseThrow();
        assertThat(yamada.duration()).isEqualTo(Duration.ofSeconds(2000));
        assertThat(CopyEstimator.total(e)).isGreaterThan(yamada.duration());
    }
}
