package dev.mailbench.migration.plan;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration plan's actions as a change set for the server panel: lower the TTLs of MX, A and SPF before the
 * cutover, create the destination mailboxes with the design's quota, and set (or clear) forwarding as the design says.
 * Only intentions: the server-panel plugin compares them with the panel, shows its plan, and sends it on confirmation.
 * This plugin never talks to the panel API and never sees the key.
 */
public final class PanelProposal {
    public static final String ORIGIN = "migration";
    /** The panel's lowest TTL; the cutover TTL is never proposed below it. */
    public static final int PANEL_MIN_TTL = 60;

    private PanelProposal() {
    }

    public static ChangeProposal from(Project project) {
        int ttl = (int) Math.max(PANEL_MIN_TTL, TtlAdvice.LOW_TTL);
        LocalizedText lower = LocalizedText.of("切替前に TTL を " + ttl + " 秒へ下げる（キャッシュが早く新しい値に替わるように）",
                "lower the TTL to " + ttl + " s before the cutover, so caches pick up the new value soon");
        List<ProposedChange> changes = new ArrayList<>();
        for (Mailbox m : project.mailboxes()) {
            if (m.address() == null || m.address().indexOf('@') <= 0) {
                continue;
            }
            changes.add(ProposedChange.createMailbox(m.address(), m.quotaMb(), m.quotaMb() == null
                    ? LocalizedText.of("移行先のメールボックス（容量は設計で未定: パネルの既定）",
                            "destination mailbox (no quota in the design: the panel's default)")
                    : LocalizedText.of("移行先のメールボックス（設計の容量 " + m.quotaMb() + " MB）",
                            "destination mailbox (the design's quota, " + m.quotaMb() + " MB)")));
        }
        for (Mailbox m : project.mailboxes()) {
            if (m.address() == null || m.address().indexOf('@') <= 0) {
                continue;
            }
            changes.add(ProposedChange.setForwarding(m.address(), m.forwardTo(), true, m.forwardTo().isEmpty()
                    ? LocalizedText.of("切替時: 設計に転送がないので転送を解除", "at cutover: the design has no forwarding, so clear it")
                    : LocalizedText.of("切替時: 設計どおりに転送（メールボックスにも残す）",
                            "at cutover: forward as designed (a copy stays in the mailbox)")));
        }
        for (Domain d : project.domains()) {
            if (d.name() == null || d.name().isBlank()) {
                continue;
            }
            changes.add(ProposedChange.setTtl(d.name(), "@", "MX", null, ttl, lower));
            changes.add(ProposedChange.setTtl(d.name(), "@", "A", null, ttl, lower));
            changes.add(ProposedChange.setTtl(d.name(), "@", "TXT", "v=spf1", ttl, lower));
        }
        return new ChangeProposal(ORIGIN, LocalizedText.of("移行計画の作業", "The migration plan's actions"), changes);
    }
}
