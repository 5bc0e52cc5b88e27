package dev.mailbench.dns;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.dns.cli.DnsCommand;
import dev.mailbench.dns.handover.DnsHandoverSection;
import dev.mailbench.dns.route.DnsRouteStep;
import dev.mailbench.dns.ui.DnsPanel;
import org.pf4j.Extension;

/** Registers the DNS checker's panel, command, service, handover section and visit route step. */
@Extension
public final class DnsCheckPlugin implements WorkbenchPlugin {
    public static final String ID = "dns-check";

    @Override
    public void initialize(WorkbenchApi api) {
        api.ui().registerPanel(new PanelContribution("dns-check",
                LocalizedText.of("DNS チェック", "DNS check"),
                LocalizedText.of("MX・SPF・DKIM・DMARC を確認し、修正案を示します", "Check MX, SPF, DKIM and DMARC and get fixes"),
                "", 300, scope -> new DnsPanel(api, scope)));
        api.cli().registerCommand(new DnsCommand(api));
        api.services().provide(DnsCheckService.class, new DnsCheckServiceImpl(api));
        api.handover().registerSection(new DnsHandoverSection());
        api.route().registerStep(new DnsRouteStep());
    }
}
