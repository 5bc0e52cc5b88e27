package dev.mailbench.migration.plan;

import static dev.mailbench.migration.plan.PlanFixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.migration.plan.PlanStep.Owner;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    private static Map<String, PlanStep> byId(List<PlanStep> steps) {
        return steps.stream().collect(Collectors.toMap(PlanStep::id, Function.identity()));
    }

    private static List<PlanStep> build(long longestTtl) {
        return TimelineBuilder.build(PlanFixtures.inputs(PlanFixtures.section()), CUTOVER, Duration.ofHours(2), longestTtl);
    }

    @Test
    void fridayEveningCutoverWithOneHourTtlsIsDatedByTheRule() {
        Map<String, PlanStep> s = byId(build(3600));
        // 24 h before Friday 19:00 is Thursday 19:00: the TTL step is Thursday 10:00, the inventory Wednesday
        assertThat(s.get("lower-ttl").start()).isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(s.get("inventory").start()).isEqualTo(LocalDateTime.of(2026, 12, 9, 10, 0));
        assertThat(s.get("create-mailboxes").start()).isEqualTo(LocalDateTime.of(2026, 12, 10, 13, 0));
        assertThat(s.get("pre-copy").start()).isEqualTo(LocalDateTime.of(2026, 12, 10, 14, 30));
        assertThat(s.get("pre-copy").end()).isEqualTo(LocalDateTime.of(2026, 12, 10, 16, 55)); // 2 h + 20 %, up to 5 min
        assertThat(s.get("stop-clients").start()).isEqualTo(CUTOVER);
        assertThat(s.get("final-copy").start()).isEqualTo(CUTOVER.plusMinutes(15));
        assertThat(s.get("switch-dns").start()).isEqualTo(CUTOVER.plusMinutes(30)); // final copy: max(15 min, 12 min)
        assertThat(s.get("wait-ttl").end()).isEqualTo(CUTOVER.plusMinutes(65));
        // after the window: Monday morning; the final check the first business day 24 h after the switch
        assertThat(s.get("post-copy").start()).isEqualTo(LocalDateTime.of(2026, 12, 14, 10, 0));
        assertThat(s.get("check-dns-final").start()).isEqualTo(LocalDateTime.of(2026, 12, 14, 11, 0));
        assertThat(s.get("raise-ttl").start()).isEqualTo(LocalDateTime.of(2026, 12, 14, 11, 30));
    }

    @Test
    void aOneDayTtlMovesTheTtlStepTwoDaysAheadAndAWeekendBackToFriday() {
        Map<String, PlanStep> s = byId(build(86400));
        assertThat(s.get("lower-ttl").start()).isEqualTo(LocalDateTime.of(2026, 12, 9, 10, 0));
        // unknown TTL: one day assumed
        assertThat(byId(build(-1)).get("lower-ttl").start()).isEqualTo(LocalDateTime.of(2026, 12, 9, 10, 0));
        // a Monday 19:00 cutover with 1 h TTLs: Sunday 19:00 falls back to Friday 10:00
        List<PlanStep> monday = TimelineBuilder.build(PlanFixtures.inputs(PlanFixtures.section()),
                LocalDateTime.of(2026, 12, 14, 19, 0), Duration.ofHours(1), 3600);
        assertThat(byId(monday).get("lower-ttl").start()).isEqualTo(LocalDateTime.of(2026, 12, 11, 10, 0));
        assertThat(byId(monday).get("inventory").start()).isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
    }

    @Test
    void stepsDependOnWhatMustComeFirstAndEveryDeviceGetsItsOwnStep() {
        List<PlanStep> steps = build(3600);
        Map<String, PlanStep> s = byId(steps);
        assertThat(s.get("switch-dns").dependsOn()).containsExactlyInAnyOrder("final-copy", "lower-ttl", "prepare-new-dns");
        assertThat(s.get("stop-clients").dependsOn()).containsExactlyInAnyOrder("pre-copy", "lower-ttl");
        assertThat(s.get("raise-ttl").dependsOn()).containsExactly("check-dns-final");
        // every dependency exists and ends before its dependant starts
        for (PlanStep step : steps) {
            for (String dep : step.dependsOn()) {
                assertThat(s).containsKey(dep);
                assertThat(s.get(dep).end()).as(step.id() + " after " + dep).isBeforeOrEqualTo(step.start());
            }
            assertThat(step.check().ja()).isNotBlank();
            assertThat(step.rollback().ja()).isNotBlank();
        }
        List<PlanStep> devices = steps.stream().filter(p -> p.id().startsWith("reconfigure-")).toList();
        assertThat(devices).hasSize(PlanFixtures.inputs(PlanFixtures.section()).project().devices().size());
        PlanStep iphone = s.get("reconfigure-dev-taro-iphone");
        PlanStep mac = s.get("reconfigure-dev-taro-mac");
        assertThat(iphone.owner()).isEqualTo(Owner.PERSON);
        assertThat(iphone.ownerName()).isEqualTo("佐藤 太郎");
        assertThat(iphone.title().ja()).contains("佐藤 iPhone", "iPhone / iPad メール", "クライアント設定");
        assertThat(iphone.start()).isEqualTo(LocalDateTime.of(2026, 12, 14, 9, 0));
        assertThat(mac.start()).isEqualTo(LocalDateTime.of(2026, 12, 14, 9, 30)); // one person, one device at a time
        assertThat(s.get("lower-ttl").owner()).isEqualTo(Owner.DNS_OPERATOR);
        assertThat(s.get("stop-clients").owner()).isEqualTo(Owner.CUSTOMER);
    }

    @Test
    void tickedStatusesComeFromTheSection() {
        var in = PlanFixtures.inputs(PlanFixtures.section().withStepStatus("inventory", "DONE").withStepStatus("lower-ttl", "SKIPPED"));
        Map<String, PlanStep> s = byId(TimelineBuilder.build(in, CUTOVER, Duration.ZERO, 3600));
        assertThat(s.get("inventory").status()).isEqualTo(PlanStep.StepStatus.DONE);
        assertThat(s.get("lower-ttl").status()).isEqualTo(PlanStep.StepStatus.SKIPPED);
        assertThat(s.get("pre-copy").status()).isEqualTo(PlanStep.StepStatus.TODO);
    }
}
