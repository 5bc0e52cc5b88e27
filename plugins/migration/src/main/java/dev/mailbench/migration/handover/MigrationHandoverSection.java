package dev.mailbench.migration.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.imap.Sizes;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.plan.DnsSnapshot;
import dev.mailbench.migration.plan.Formats;
import dev.mailbench.migration.plan.MigrationPlan;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.plan.PlanInputs;
import dev.mailbench.migration.plan.PlanStep;
import dev.mailbench.migration.plan.SectionJson;
import dev.mailbench.migration.ui.TimelinePainter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The migration plan in the handover documents: a summary, the timeline chart and table (Word), the copy
 * estimate, and the task list with dates, owners, checks, rollbacks and statuses (the Excel checklist).
 * Made without network: the DNS part is what the plan says to do, not a live lookup.
 */
public final class MigrationHandoverSection implements HandoverContributor {
    public static final String SECTION_ID = "migration";
    static final int ORDER = 650;
    static final int CHART_WIDTH = 680;
    /** Short enough for a narrow Word column: the year is in the summary. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d (E)");
    private final WorkbenchApi api;

    public MigrationHandoverSection(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        MigrationSection section = SectionJson.read(context.project());
        if (section.cutover().isBlank() && section.oldHost() == null) {
            return Optional.empty();
        }
        Locale l = context.locale();
        PlanInputs in = new PlanInputs(context.project(), section, context.provider(), MigrationPlanner.nowInJapan());
        Optional<MailboxInventoryService> inventory = api == null ? Optional.empty() : api.services().find(MailboxInventoryService.class);
        MigrationPlan plan = MigrationPlanner.plan(in, inventory, DnsSnapshot.notRun());
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(new KeyValueBlock(pick(l, "概要", "Summary"), List.of(
                new KeyValueBlock.Entry(pick(l, "旧サーバー", "Old host"), in.oldHost().label().isBlank() ? in.oldHost().imapHost()
                        : in.oldHost().label() + "（" + in.oldHost().imapHost() + "）"),
                new KeyValueBlock.Entry(pick(l, "新サーバー", "New host"), context.provider().displayName() + "（" + context.provider().mailHost() + "）"),
                new KeyValueBlock.Entry(pick(l, "切替日時（日本時間）", "Cutover (Japan time)"), plan.cutover().map(c -> Formats.dateTime(c, l)).orElse("-")),
                new KeyValueBlock.Entry(pick(l, "DNS 管理者", "DNS operator"), section.newDnsOperator()),
                new KeyValueBlock.Entry(pick(l, "コピー見込み", "Copy estimate"), Formats.duration(plan.copyTotal(), l)))));
        if (!plan.steps().isEmpty()) {
            blocks.add(new ImageBlock(pick(l, "タイムライン", "Timeline"), TimelinePainter.png(plan.steps(), l, CHART_WIDTH, 2),
                    CHART_WIDTH, TimelinePainter.preferredHeight(plan.steps())));
            blocks.add(new TableBlock(pick(l, "手順と日時", "Steps and dates"),
                    // Date and time share a column, one under the other; the check and the rollback are sentences,
                    // so they get a row of their own under their step, the table's full width: in columns of their
                    // own they were so narrow that words broke inside ("mail / bench", "TTL を 3 / 00 秒").
                    List.of(pick(l, "日時", "When"), pick(l, "手順", "Step"), pick(l, "担当", "Owner"), pick(l, "状態", "Status")),
                    plan.steps().stream().map(s -> List.of(DAY.withLocale(l).format(s.start()) + "\n" + s.start().toLocalTime() + "–" + s.end().toLocalTime(),
                            s.title().get(l), s.ownerText(l), s.status().label().get(l))).toList(),
                    plan.steps().stream().map(s -> checkAndRollback(s, l)).toList()));
        } else {
            blocks.add(new TableBlock(pick(l, "未解決の入力", "Inputs to fix"), List.of(pick(l, "項目", "Field"), pick(l, "内容", "Problem")),
                    plan.problems().stream().map(p -> List.of(p.field(), p.message().get(l))).toList()));
        }
        blocks.add(new TableBlock(pick(l, "コピー見込み", "Copy estimate"),
                List.of(pick(l, "メールアドレス", "Address"), pick(l, "容量", "Size"), pick(l, "所要時間", "Time"), pick(l, "根拠", "Source")),
                plan.estimates().stream().map(e -> List.of(e.address(), Sizes.human(e.bytes()), Formats.duration(e.duration(), l),
                        e.source().label().get(l) + " / " + e.throughputSource().label().get(l))).toList()));
        if (!plan.steps().isEmpty()) {
            blocks.add(new ChecklistBlock(pick(l, "移行タスク", "Migration tasks"), plan.steps().stream().map(s -> item(s, l)).toList()));
        }
        return Optional.of(new HandoverSection(SECTION_ID, pick(l, "メール移行計画", "Mail migration plan"), ORDER,
                pick(l, "旧サーバーから新サーバーへのメール移行の手順です。各手順に担当・確認方法・切り戻し方法があります。",
                        "How the mail moves from the old host to the new one: every step has an owner, a check and a rollback."),
                blocks));
    }

    /** Two lines under a step: how to see it worked, and how to undo it. */
    static String checkAndRollback(PlanStep s, Locale l) {
        return pick(l, "確認: ", "Check: ") + s.check().get(l) + "\n" + pick(l, "切り戻し: ", "Rollback: ") + s.rollback().get(l);
    }

    private static ChecklistItem item(PlanStep s, Locale l) {
        ChecklistStatus status = switch (s.status()) {
            case DONE -> ChecklistStatus.DONE;
            case SKIPPED -> ChecklistStatus.NOT_APPLICABLE;
            case TODO -> ChecklistStatus.OPEN;
        };
        String note = pick(l, "時刻: ", "Time: ") + s.start().toLocalTime() + " - " + s.end().toLocalTime()
                + pick(l, " / 確認: ", " / Check: ") + s.check().get(l) + pick(l, " / 切り戻し: ", " / Rollback: ") + s.rollback().get(l);
        return new ChecklistItem(SECTION_ID + "." + s.id(), s.title().get(l), status, s.ownerText(l), s.start().toLocalDate(), note);
    }

}
