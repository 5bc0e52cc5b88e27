package dev.mailbench.design.testing;

import dev.mailbench.api.services.ServerPanelService.FilterAction;
import dev.mailbench.api.services.ServerPanelService.FilterCondition;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.design.engine.PanelFacts;
import java.time.Instant;
import java.util.List;

/** Server panel imports for the tests, shaped like the server-panel plugin's. */
public final class PanelSnapshots {
    public static final Instant IMPORTED = Instant.parse("2026-11-30T01:15:00Z");

    private PanelSnapshots() {
    }

    public static PanelSnapshot of(List<MailAccount> accounts, List<MailFilter> filters) {
        return new PanelSnapshot("xserver", "xs123456.xsrv.jp", IMPORTED,
                new ServerInfo("sv1234", "sv1234.xserver.jp", "192.0.2.10",
                        List.of("ns1.xserver.jp", "ns2.xserver.jp"), 300.0, 12.5),
                List.of(), accounts, filters, List.of());
    }

    public static MailAccount box(int quotaMb, Double usedMb, boolean keep, String... forwardTo) {
        return new MailAccount("box@example.test", quotaMb, usedMb, "", List.of(forwardTo), keep);
    }

    public static MailFilter deleting(String field, String keyword) {
        return new MailFilter("f1", "example.test", 1, List.of(new FilterCondition(keyword, field, "contain")),
                new FilterAction("delete", "", "move"));
    }

    public static MailFilter toSpam(String field, String keyword) {
        return new MailFilter("f2", "example.test", 2, List.of(new FilterCondition(keyword, field, "contain")),
                new FilterAction("spam_folder", "", "move"));
    }

    public static PanelFacts facts(List<MailAccount> accounts, List<MailFilter> filters) {
        return PanelFacts.of(of(accounts, filters), "box@example.test");
    }
}
