package dev.mailbench.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanInputsTest {
    private static String errors(MigrationSection section) {
        return PlanFixtures.inputs(section).validate().stream().filter(p -> p.severity() == PlanProblem.Severity.ERROR)
                .map(p -> p.field() + ": " + p.message().ja()).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void completeInputsHaveNoError() {
        assertThat(errors(PlanFixtures.section())).isEmpty();
    }

    @Test
    void eachBadInputHasAClearJapaneseMessage() {
        assertThat(errors(PlanFixtures.section().withCutover(""))).contains("cutover: 切替日時が未入力です");
        assertThat(errors(PlanFixtures.section().withCutover("12/11 19時"))).contains("を読めません");
        assertThat(errors(PlanFixtures.section().withCutover("2026-11-01T19:00"))).contains("切替日時が過去です");
        assertThat(errors(PlanFixtures.section().withOldHost(null))).contains("oldHost: 旧サーバーの IMAP ホスト名が未入力です");
        assertThat(errors(PlanFixtures.section().withOldHost(new OldHost("", " mx.old.test", 993, "", 587, ""))))
                .contains("空白");
        assertThat(errors(PlanFixtures.section().withOldHost(new OldHost("", "sv1234.xserver.test", 993, "", 587, ""))))
                .contains("旧サーバーと新サーバー");
    }

    @Test
    void officeHoursAndAPassedTtlDateAreWarnings() {
        var in = PlanFixtures.inputs(PlanFixtures.section().withCutover("2026-12-02T11:00"));
        var plan = MigrationPlanner.plan(in, Optional.empty(), DnsSnapshot.notRun());
        assertThat(plan.hasErrors()).isFalse();
        assertThat(plan.problems()).extracting(p -> p.message().ja())
                .anySatisfy(m -> assertThat(m).contains("業務時間中"))
                .anySatisfy(m -> assertThat(m).contains("TTL を下げる予定日時"));
        assertThat(plan.steps()).isNotEmpty();
    }

    @Test
    void errorsLeaveTheTimelineEmptyAndNoDnsPluginIsSaid() {
        var plan = MigrationPlanner.plan(PlanFixtures.inputs(PlanFixtures.section().withCutover("")), Optional.empty(),
                DnsSnapshot.noService());
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).extracting(p -> p.message().ja()).contains("DNS チェックプラグインがありません。DNS の差分と TTL は確認できません。");
    }
}
