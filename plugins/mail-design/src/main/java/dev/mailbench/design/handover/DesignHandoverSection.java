package dev.mailbench.design.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.design.chart.CapacityCharts;
import dev.mailbench.design.engine.ArchiveCadence;
import dev.mailbench.design.engine.CapacityForecast;
import dev.mailbench.design.engine.DesignFormats;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The design section of the handover documents: decisions, their reasons, the risk table, the capacity
 * outlook with its chart, and checklist items ({@code design.<mailboxId>.<what>}) the customer ticks off.
 */
public final class DesignHandoverSection implements HandoverContributor {
    public static final String SECTION_ID = "design";
    /** After the host's mailbox list, before client setup sheets. */
    public static final int ORDER = 350;
    /** Printed size at 96 dpi (about 17 cm wide); drawn at twice that for a sharp print. */
    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 320;

    private final Function<Project, ProjectDesigner> designers;

    public DesignHandoverSection(Function<Project, ProjectDesigner> designers) {
        this.designers = designers;
    }

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Project project = context.project();
        if (project.mailboxes().isEmpty()) {
            return Optional.empty();
        }
        Locale l = context.locale();
        ProjectDesigner designer = designers.apply(project);
        List<MailboxDesign> designs = designer.design(project);
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(decisions(designs, project, l));
        blocks.add(forwarding(designs, l));
        blocks.add(reasons(designs, l));
        blocks.add(risks(designs, l));
        blocks.add(capacity(designs, designer, l));
        byte[] png = CapacityCharts.png(CapacityCharts.overview(designs, designer.today(), l), CHART_WIDTH, CHART_HEIGHT, 2);
        blocks.add(new ImageBlock(pick(l, "容量の見通し", "Capacity outlook"), png, CHART_WIDTH, CHART_HEIGHT));
        blocks.add(new TextBlock(pick(l, "運用のきまり", "House rules"), List.of(
                pick(l, "1つのメールボックスは、すべての端末で同じ受信方式（POP か IMAP）で設定します。",
                        "Every device reads a mailbox with the same protocol (POP or IMAP)."),
                pick(l, "保管用の端末だけがアーカイブを持ちます。閲覧用の端末ではサーバーからメールを削除しません。",
                        "Only the keeper device holds the archive; viewer devices never delete from the server."),
                pick(l, "IMAP のメールボックスは容量の 80% に達する前にアーカイブを書き出し、古いメールをサーバーから削除します。",
                        "Export IMAP mailboxes to an archive and remove old mail before they reach 80% of the quota.")),
                true));
        blocks.add(checklist(designs, project, l));
        return Optional.of(new HandoverSection(SECTION_ID, pick(l, "メール設計（受信方式・容量・バックアップ）",
                "Mail design (protocol, quota, backup)"), ORDER,
                pick(l, "メールボックスごとの受信方式、容量、アーカイブの計画と、その理由です。「推奨・未決定」は担当者の確認待ちです。",
                        "For each mailbox: the protocol, the quota and the archive plan, with the reasons. "
                                + "\"Recommended, not decided\" awaits the consultant's decision."),
                blocks));
    }

    private static TableBlock decisions(List<MailboxDesign> designs, Project project, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (MailboxDesign d : designs) {
            Recommendation r = d.recommendation();
            ArchiveCadence cadence = d.accepted().map(a -> ArchiveCadence.ofMonths(a.archiveEveryMonths()))
                    .orElse(r.archiveCadence());
            String keeper = d.accepted().map(MailDesignDecision::keeperDeviceId).orElse(r.keeperDeviceId());
            rows.add(List.of(d.mailbox().address(), d.mailbox().role().label().get(l), DesignFormats.planned(d, l),
                    DesignFormats.quotaInForce(d, l), cadence.label().get(l), DesignFormats.deviceName(project, keeper)));
        }
        return new TableBlock(pick(l, "決定事項", "Decisions"),
                List.of(pick(l, "アドレス", "Address"), pick(l, "役割", "Role"), pick(l, "受信方式", "Protocol"),
                        pick(l, "容量", "Quota"), pick(l, "アーカイブ", "Archive"), pick(l, "保管用端末", "Keeper device")),
                rows);
    }

    private static TableBlock forwarding(List<MailboxDesign> designs, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (MailboxDesign d : designs) {
            Recommendation r = d.recommendation();
            List<String> forward = d.accepted().map(MailDesignDecision::forwardTo).orElse(r.forwardTo());
            boolean reply = d.accepted().map(MailDesignDecision::autoReply).orElse(r.autoReply());
            Integer days = d.accepted().isPresent() ? d.accepted().get().leaveCopyDays() : r.leaveCopyDays();
            rows.add(List.of(d.mailbox().address(), DesignFormats.list(forward), DesignFormats.yesNo(reply, l), DesignFormats.leaveCopy(days, l),
                    d.accepted().map(MailDesignDecision::note).orElse("")));
        }
        return new TableBlock(pick(l, "転送・自動応答・サーバーに残す日数", "Forwarding, auto-reply, days left on the server"),
                List.of(pick(l, "アドレス", "Address"), pick(l, "転送先", "Forward to"), pick(l, "自動応答", "Auto-reply"),
                        pick(l, "サーバーに残す日数（POP）", "Days on server (POP)"), pick(l, "メモ", "Note")),
                rows);
    }

    /** Rule ids (D-SHARED-IMAP…) are for the consultant's screen; the customer reads the reason itself. */
    private static TableBlock reasons(List<MailboxDesign> designs, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (MailboxDesign d : designs) {
            if (d.status() == MailboxDesign.Status.OVERRIDDEN) {
                rows.add(List.of(d.mailbox().address(), pick(l, "担当者の判断: ", "Consultant's decision: ")
                        + d.accepted().get().note()));
            }
            for (RuleFinding f : d.recommendation().reasons()) {
                rows.add(List.of(d.mailbox().address(), f.reason().get(l)));
            }
        }
        return new TableBlock(pick(l, "判断の理由", "Reasons"),
                List.of(pick(l, "アドレス", "Address"), pick(l, "理由", "Reason")), rows);
    }

    static TableBlock risks(List<MailboxDesign> designs, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (RiskLevel severity : List.of(RiskLevel.HIGH, RiskLevel.WARNING, RiskLevel.INFO)) {
            for (MailboxDesign d : designs) {
                for (RuleFinding f : d.recommendation().risks()) {
                    if (f.severity() == severity) {
                        rows.add(List.of(severity.label().get(l), d.mailbox().address(), f.reason().get(l),
                                f.riskPrevented().get(l)));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of("—", "—", pick(l, "指摘事項はありません。", "Nothing to report."), ""));
        }
        return new TableBlock(pick(l, "リスク一覧", "Risks"),
                List.of(pick(l, "重要度", "Severity"), pick(l, "アドレス", "Address"), pick(l, "内容", "Issue"),
                        pick(l, "対策", "Fix")), rows);
    }

    private static TableBlock capacity(List<MailboxDesign> designs, ProjectDesigner designer, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (MailboxDesign d : designs) {
            if (d.plannedProtocol() == MailProtocol.FORWARD_ONLY) {
                continue;
            }
            CapacityForecast f = CapacityForecast.of(d.questionnaire(), d.quotaInForceMb(), designer.today());
            rows.add(List.of(d.mailbox().address(), DesignFormats.mb(d.quotaInForceMb()), DesignFormats.mb(f.currentMb()),
                    DesignFormats.growth(f, l), DesignFormats.date(f.archiveBy(), l), DesignFormats.date(f.fullOn(), l),
                    d.questionnaire().volumeSource().label().get(l)
                            + DesignFormats.panelFigures(d).map(t -> pick(l, "。", ". ") + t.get(l)).orElse("")));
        }
        return new TableBlock(pick(l, "容量の見通し（" + designer.today() + " 時点の容量設定で、アーカイブしない場合）",
                "Capacity outlook (quota in force on " + designer.today() + ", without archiving)"),
                List.of(pick(l, "アドレス", "Address"), pick(l, "容量", "Quota"), pick(l, "現在の使用量", "Used now"),
                        pick(l, "月あたり増加", "Growth"), pick(l, "80% 到達（アーカイブ期限）", "80% (archive by)"),
                        pick(l, "満杯予定", "Full on"), pick(l, "受信量の根拠", "Volume from")),
                rows);
    }

    private static ChecklistBlock checklist(List<MailboxDesign> designs, Project project, Locale l) {
        List<ChecklistItem> items = new ArrayList<>();
        for (MailboxDesign d : designs) {
            String id = SECTION_ID + "." + d.mailbox().id();
            String a = d.mailbox().address();
            MailProtocol protocol = d.plannedProtocol();
            if (protocol == MailProtocol.FORWARD_ONLY) {
                items.add(item(project, id + ".forward", pick(l, a + ": 転送のみ。転送先に届くことを確認した",
                        a + ": forward-only; checked that mail reaches the recipients")));
            } else {
                items.add(item(project, id + ".protocol", pick(l, a + ": すべての端末を「" + protocol.label().ja() + "」にそろえた",
                        a + ": every device set to \"" + protocol.label().en() + "\"")));
                String keeper = d.accepted().map(MailDesignDecision::keeperDeviceId).orElse(d.recommendation().keeperDeviceId());
                if (!keeper.isEmpty()) {
                    items.add(item(project, id + ".keeper", pick(l,
                            a + ": 保管用端末（" + DesignFormats.deviceName(project, keeper) + "）と閲覧用端末の区別を利用者に伝えた",
                            a + ": told the users which device keeps the mail (" + DesignFormats.deviceName(project, keeper)
                                    + ") and which only view")));
                }
            }
            CapacityForecast f = CapacityForecast.of(d.questionnaire(), d.quotaInForceMb(), d.recommendation().forecast().start());
            if (protocol == MailProtocol.IMAP && f.archiveBy() != null) {
                items.add(item(project, id + ".archive", pick(l, a + ": " + f.archiveBy() + " までにアーカイブを書き出す",
                        a + ": export an archive by " + f.archiveBy())));
            }
            if (d.recommendation().autoReply() && !d.mailbox().autoReply().enabled()) {
                items.add(item(project, id + ".autoreply", pick(l, a + ": 自動応答を設定した", a + ": auto-reply set up")));
            }
            for (RuleFinding risk : d.recommendation().risks()) {
                if (risk.severity().atLeast(RiskLevel.WARNING)) {
                    items.add(item(project, id + "." + risk.ruleId().toLowerCase(Locale.ROOT),
                            a + ": " + risk.riskPrevented().get(l)));
                }
            }
        }
        return new ChecklistBlock(pick(l, "確認事項", "Checklist"), items);
    }

    private static ChecklistItem item(Project project, String id, String text) {
        Optional<ChecklistState> state = project.checklistState(id);
        return new ChecklistItem(id, text, state.map(ChecklistState::status).orElse(null),
                state.map(ChecklistState::owner).orElse(""), state.map(ChecklistState::due).orElse(null),
                state.map(ChecklistState::note).orElse(""));
    }
}
