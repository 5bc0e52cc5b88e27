package dev.mailbench.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.Action;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import dev.mailbench.testkit.SampleProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration plan's actions as a proposal for the server panel: quotas from the design, TTLs never below 60 s. */
class PanelProposalTest {
    private static Project project() {
        return SampleProject.load()
                .withDomains(List.of(new Domain("d1", "sample.jp", "xserver", "", "", "")))
                .withMailboxes(List.of(
                        new Mailbox("m1", "info@sample.jp", "代表", MailboxRole.REPRESENTATIVE, MailProtocol.IMAP, 2000,
                                List.of("taro@sample.jp"), AutoReply.OFF, ""),
                        new Mailbox("m2", "taro@sample.jp", "太郎", MailboxRole.PERSONAL, MailProtocol.IMAP, null,
                                List.of(), AutoReply.OFF, ""),
                        new Mailbox("m3", "", "未定", MailboxRole.PERSONAL, MailProtocol.IMAP, 500, List.of(), AutoReply.OFF, "")));
    }

    @Test
    void mailboxesWithTheDesignsQuotaForwardingAsDesignedAndMxASpfTtlsLowered() {
        ChangeProposal p = PanelProposal.from(project());
        assertThat(p.origin()).isEqualTo("migration");
        assertThat(p.changes()).filteredOn(c -> c.action() == Action.CREATE_MAILBOX)
                .extracting(ProposedChange::address, ProposedChange::quotaMb)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("info@sample.jp", 2000),
                        org.assertj.core.groups.Tuple.tuple("taro@sample.jp", null));
        assertThat(p.changes()).filteredOn(c -> c.action() == Action.SET_FORWARDING)
                .extracting(ProposedChange::address, ProposedChange::forwardTo, ProposedChange::keepInMailbox)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("info@sample.jp", List.of("taro@sample.jp"), true),
                        org.assertj.core.groups.Tuple.tuple("taro@sample.jp", List.of(), true));
        assertThat(p.changes()).filteredOn(c -> c.action() == Action.SET_TTL)
                .extracting(ProposedChange::domain, ProposedChange::host, ProposedChange::type, ProposedChange::match)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sample.jp", "@", "MX", null),
                        org.assertj.core.groups.Tuple.tuple("sample.jp", "@", "A", null),
                        org.assertj.core.groups.Tuple.tuple("sample.jp", "@", "TXT", "v=spf1"));
        assertThat(p.changes()).filteredOn(c -> c.action() == Action.SET_TTL)
                .allSatisfy(c -> assertThat(c.ttl()).isEqualTo((int) TtlAdvice.LOW_TTL).isGreaterThanOrEqualTo(60));
        assertThat(p.changes()).allSatisfy(c -> assertThat(c.why().ja()).isNotBlank());
        assertThat(p.changes()).filteredOn(c -> "taro@sample.jp".equals(c.address()) && c.action() == Action.SET_FORWARDING)
                .singleElement().satisfies(c -> assertThat(c.why().ja()).contains("転送を解除"));
    }
}
