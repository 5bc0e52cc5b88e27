package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issue's "a mailbox created with a failing, then passing, ownership check, then a live IMAP login": the simulator
 * asks the lab NSD for the ownership record, the record is added through the panel (written through into that NSD),
 * and the account it creates becomes a lab Dovecot user (testlab/README.md, "Write-through").
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class MailboxCreationLabTest {
    private static final String DOMAIN = WriteThroughZone.DOMAIN;
    private static final String ADDRESS = "kenta@" + DOMAIN;
    private final Sim sim = new Sim();
    private DnsCheckService dns;
    private char[] password;

    @BeforeEach
    void setUp() {
        sim.reset(0);
        WriteThroughZone.require(sim);
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        dns = api.services().find(DnsCheckService.class).orElseThrow();
    }

    @AfterEach
    void wipe() {
        SecretInput.wipe(password);
        sim.reset(0); // the account leaves the lab Dovecot again
    }

    private DnsCheckService.Target at(int port) {
        return new DnsCheckService.Target("127.0.0.1:" + port, null, false);
    }

    @Test
    void failingOwnershipCheckThenTheRecordAddedThroughThePanelThenTheMailboxAndALiveImapLogin() throws Exception {
        XserverConnector panel = sim.connector("FULL");
        MailboxCreation creation = new MailboxCreation(panel, dns, at(sim.lab.dnsPort()));
        password = MailboxCreation.generatePassword();
        assertThat(password).hasSize(16);

        PanelException refused = catchThrowableOfType(() -> creation.create(ADDRESS, password, 500, "新入社員", () -> false),
                PanelException.class);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.explanation().ja()).contains("サーバーがこの操作を実行できませんでした（HTTP 409）")
                .contains("ドメイン所有者の確認に失敗しました").contains("_xserver-verify." + DOMAIN);
        assertThat(sim.imapLogin(ADDRESS, password)).startsWith("a1 NO");

        MailboxCreation.Ownership missing = creation.checkOwnership(DOMAIN, () -> false);
        assertThat(missing.state()).isEqualTo(MailboxCreation.State.MISSING);
        assertThat(missing.explanation().ja()).contains("_xserver-verify." + DOMAIN).contains("API で追加できます");
        assertThat(missing.proposal()).isNotNull();
        assertThat(missing.proposal().after().content()).isEqualTo("xserver-verify=" + sim.lab.get("LAB_XSERVER_VERIFY_TOKEN"));

        DnsChangeRunner.Outcome added = new DnsChangeRunner(panel, Clock.systemUTC()).apply(List.of(missing.proposal()), true, () -> false);
        assertThat(added.complete()).as(String.valueOf(added.failure())).isTrue();
        assertThat(creation.checkOwnership(DOMAIN, () -> false).state()).isEqualTo(MailboxCreation.State.VERIFIED);

        creation.create(ADDRESS, password, 500, "新入社員", () -> false);
        assertThat(panel.mailAccount(ADDRESS, () -> false).quotaMb()).isEqualTo(500);
        assertThat(sim.imapLogin(ADDRESS, password)).startsWith("a1 OK");
        assertThat(sim.imapLogin(ADDRESS, "wrong-password".toCharArray())).startsWith("a1 NO");
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).doesNotContain(new String(password));
    }

    @Test
    void aTimeoutOnTheOwnershipRecordIsNotMissing() throws Exception {
        MailboxCreation.Ownership o = new MailboxCreation(sim.connector("READ"), dns, at(sim.lab.blackholePort()))
                .checkOwnership(DOMAIN, () -> false);
        assertThat(o.state()).isEqualTo(MailboxCreation.State.UNKNOWN);
        assertThat(o.proposal()).isNull();
        assertThat(o.explanation().ja()).contains("確認できませんでした").contains("レコードが無いとは限りません");
    }
}
