package dev.mailbench.design.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.design.engine.rules.RuleCatalog;
import dev.mailbench.design.testing.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulesTest {
    static Stream<Arguments> rules() {
        return RuleCatalog.all().stream().map(r -> Arguments.of(r.id(), r));
    }

    static Optional<RuleFinding> run(String ruleId, Scenario scenario) {
        Rule rule = RuleCatalog.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return rule.evaluate(scenario.context());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleFiresOnItsFixtureAndNotOnAHealthyOne(String id, Rule rule) {
        RuleFixtures.Pair fixture = RuleFixtures.FIXTURES.get(id);
        assertThat(fixture).as("fixture for " + id).isNotNull();

        Optional<RuleFinding> fired = rule.evaluate(fixture.firing().get().context());
        assertThat(fired).as(id + " on its fixture").isPresent();
        assertThat(fired.get().ruleId()).isEqualTo(id);
        assertThat(fired.get().reason().ja()).as("Japanese reason").isNotBlank().doesNotContain("null");
        assertThat(fired.get().reason().en()).as("English reason").isNotBlank().doesNotContain("null");
        assertThat(fired.get().riskPrevented().ja()).as("risk prevented").isNotBlank();

        assertThat(rule.evaluate(fixture.healthy().get().context())).as(id + " on a healthy mailbox").isEmpty();
    }

    @Test
    void catalogHasUniqueIdsAndEveryFixtureNamesARule() {
        List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(23);
        assertThat(RuleFixtures.FIXTURES.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        RuleCatalog.all().forEach(r -> assertThat(r.situation().ja()).isNotBlank());
    }

    @Nested
    class Protocol {
        @Test
        void formBecomesForwardOnly() {
            RuleFinding f = run("D-FORM-FORWARD", Scenario.noDevices().role(MailboxRole.FORM)).orElseThrow();
            assertThat(f.suggestion().protocol()).isEqualTo(MailProtocol.FORWARD_ONLY);
            assertThat(f.reason().ja()).contains("転送のみ");
        }

        @Test
        void sharedAddressGetsImapAndNamesItsReaders() {
            RuleFinding f = run("D-SHARED-IMAP", RuleFixtures.threeReaders(MailProtocol.POP_KEEP_COPY)).orElseThrow();
            assertThat(f.suggestion().protocol()).isEqualTo(MailProtocol.IMAP);
            assertThat(f.reason().ja()).contains("3 人", "青木", "伊藤", "上田");
            assertThat(f.severity()).as("moving a shared address off POP").isEqualTo(RiskLevel.WARNING);
        }

        @Test
        void billingIsSharedEvenWithOneReader() {
            RuleFinding f = run("D-SHARED-IMAP", Scenario.healthy().role(MailboxRole.BILLING)).orElseThrow();
            assertThat(f.reason().ja()).contains("請求");
        }

        @Test
        void popWithBackupStaysPopAndKeepsACopyOnSeveralDevices() {
            RuleFinding single = run("D-POP-SINGLE-BACKUP", Scenario.healthy().protocol(MailProtocol.POP_DELETE)
                    .backup(BackupKind.DEVICE_BACKUP).shared(false)).orElseThrow();
            assertThat(single.suggestion().protocol()).isEqualTo(MailProtocol.POP_DELETE);

            RuleFinding several = run("D-POP-SINGLE-BACKUP", RuleFixtures.oneReaderTwoDevices(MailProtocol.POP_DELETE)
                    .backup(BackupKind.DEVICE_BACKUP).shared(false)).orElseThrow();
            assertThat(several.suggestion().protocol()).isEqualTo(MailProtocol.POP_KEEP_COPY);
        }

        @Test
        void popWithBackupNeverPullsAnImapMailboxToPop() {
            assertThat(run("D-POP-SINGLE-BACKUP", Scenario.healthy().backup(BackupKind.DEVICE_BACKUP).shared(false))).isEmpty();
        }

        @Test
        void imapDefaultExplainsSeveralDevicesOnPop() {
            RuleFinding f = run("D-IMAP-DEFAULT", RuleFixtures.oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY)).orElseThrow();
            assertThat(f.suggestion().protocol()).isEqualTo(MailProtocol.IMAP);
            assertThat(f.reason().ja()).contains("2 台", "サーバーにコピーを残す");
            assertThat(f.severity()).isEqualTo(RiskLevel.WARNING);
        }
    }

    @Nested
    class Details {
        @Test
        void leaveCopyDaysDependOnDeviceCount() {
            assertThat(run("D-POP-LEAVE-COPY", RuleFixtures.oneReaderTwoDevices(MailProtocol.POP_KEEP_COPY)
                    .proposing(MailProtocol.POP_KEEP_COPY)).orElseThrow().suggestion().leaveCopyDays()).isEqualTo(30);
            assertThat(run("D-POP-LEAVE-COPY", Scenario.healthy().proposing(MailProtocol.POP_KEEP_COPY))
                    .orElseThrow().suggestion().leaveCopyDays()).isEqualTo(14);
        }

        @Test
        void sharedImapQuotaIsGenerousAndNeverShrinks() {
            // 40/day × 150 KB = 178.125 MB a month; a year below 80% needs 2671.875 → 3000 MB, but shared minimum is 5000.
            var shared = RuleFixtures.threeReaders(MailProtocol.IMAP).volume(40, 150, 0).quota(1000)
                    .proposing(MailProtocol.IMAP);
            assertThat(run("D-QUOTA-SIZING", shared).orElseThrow().suggestion().quotaMb()).isEqualTo(5000);

            var personal = Scenario.healthy().volume(40, 150, 0).quota(1000).proposing(MailProtocol.IMAP);
            assertThat(run("D-QUOTA-SIZING", personal).orElseThrow().suggestion().quotaMb()).isEqualTo(3000);

            var big = Scenario.healthy().quota(8000).proposing(MailProtocol.IMAP);
            RuleFinding kept = run("D-QUOTA-SIZING", big).orElseThrow();
            assertThat(kept.suggestion().quotaMb()).isEqualTo(8000);
            assertThat(kept.reason().ja()).contains("今の容量で足ります");
        }

        @Test
        void archiveCadenceFollowsTheQuota() {
            // 178.125 MB a month into 1000 MB: 80% lasts 4.49 months → quarterly.
            var tight = Scenario.healthy().volume(40, 150, 0).proposing(Suggestion.protocol(MailProtocol.IMAP).withQuotaMb(1000));
            RuleFinding f = run("D-IMAP-CAPACITY", tight).orElseThrow();
            assertThat(f.suggestion().archiveCadence()).isEqualTo(ArchiveCadence.QUARTERLY);
            assertThat(f.reason().ja()).contains("容量の監視", "3か月に1回");

            var roomy = Scenario.healthy().proposing(Suggestion.protocol(MailProtocol.IMAP).withQuotaMb(5000));
            assertThat(run("D-IMAP-CAPACITY", roomy).orElseThrow().suggestion().archiveCadence()).isEqualTo(ArchiveCadence.YEARLY);
        }

        @Test
        void keeperIsDocumentedGuessedOrFlaggedWhenDoubled() {
            RuleFinding one = run("D-KEEPER-DEVICE", Scenario.healthy().proposing(MailProtocol.IMAP)).orElseThrow();
            assertThat(one.kind()).isEqualTo(FindingKind.DECISION);
            assertThat(one.suggestion().keeperDeviceId()).isEqualTo("d-pc");

            var none = Scenario.noDevices().device("d-phone", "p-a", ClientKind.IPHONE, DeviceRole.VIEWER)
                    .device("d-pc", "p-a", ClientKind.OUTLOOK_CLASSIC, DeviceRole.VIEWER).proposing(MailProtocol.IMAP);
            RuleFinding guessed = run("D-KEEPER-DEVICE", none).orElseThrow();
            assertThat(guessed.kind()).isEqualTo(FindingKind.RISK);
            assertThat(guessed.suggestion().keeperDeviceId()).as("a PC rather than the phone").isEqualTo("d-pc");

            var two = Scenario.healthy().device("d-mac", "p-a", ClientKind.MAC_MAIL, DeviceRole.KEEPER).proposing(MailProtocol.IMAP);
            RuleFinding doubled = run("D-KEEPER-DEVICE", two).orElseThrow();
            assertThat(doubled.kind()).isEqualTo(FindingKind.CONTRADICTION);
        }

        @Test
        void sharedAddressForwardsToViewersPersonalAddresses() {
            RuleFinding f = run("D-SHARED-FORWARD", RuleFixtures.threeReaders(MailProtocol.IMAP).proposing(MailProtocol.IMAP)).orElseThrow();
            assertThat(f.suggestion().forwardTo()).containsExactly("ito@example.test", "ueda@example.test");
            assertThat(f.severity()).isEqualTo(RiskLevel.WARNING);
        }

        @Test
        void forwardOnlyTargetsExistingThenRepresentativeElseHighRisk() {
            var existing = Scenario.noDevices().role(MailboxRole.FORM).forwardTo("a@example.test").proposing(MailProtocol.FORWARD_ONLY);
            assertThat(run("D-FORWARD-TARGET", existing).orElseThrow().suggestion().forwardTo()).containsExactly("a@example.test");

            var toInfo = Scenario.noDevices().role(MailboxRole.FORM).withRepresentative().proposing(MailProtocol.FORWARD_ONLY);
            RuleFinding info = run("D-FORWARD-TARGET", toInfo).orElseThrow();
            assertThat(info.suggestion().forwardTo()).containsExactly("info@example.test");
            assertThat(info.severity()).isEqualTo(RiskLevel.WARNING);

            var nowhere = Scenario.noDevices().role(MailboxRole.FORM).proposing(MailProtocol.FORWARD_ONLY);
            assertThat(run("D-FORWARD-TARGET", nowhere).orElseThrow().severity()).isEqualTo(RiskLevel.HIGH);
        }

        @Test
        void recruitingKeepsOrAddsTheAutoReply() {
            RuleFinding kept = run("D-RECRUIT-AUTOREPLY", Scenario.healthy().role(MailboxRole.RECRUIT).autoReply(true)).orElseThrow();
            assertThat(kept.severity()).isEqualTo(RiskLevel.INFO);
            assertThat(kept.suggestion().autoReply()).isTrue();
            RuleFinding missing = run("D-RECRUIT-AUTOREPLY", Scenario.healthy().role(MailboxRole.RECRUIT)).orElseThrow();
            assertThat(missing.severity()).isEqualTo(RiskLevel.WARNING);
        }
    }

    @Nested
    class Checks {
        @Test
        void popReadByThreePeopleIsHighAndByTwoAWarning() {
            assertThat(run("C-POP-MANY-READERS", RuleFixtures.threeReaders(MailProtocol.POP_KEEP_COPY)).orElseThrow().severity())
                    .isEqualTo(RiskLevel.HIGH);
            var two = Scenario.healthy().protocol(MailProtocol.POP_KEEP_COPY).device("d-b", "p-b", ClientKind.IPHONE, DeviceRole.VIEWER);
            RuleFinding f = run("C-POP-MANY-READERS", two).orElseThrow();
            assertThat(f.severity()).isEqualTo(RiskLevel.WARNING);
            assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
        }

        @Test
        void popDeleteWithoutBackupNamesTheDevice() {
            RuleFinding f = run("C-POP-DELETE-NO-BACKUP", Scenario.healthy().protocol(MailProtocol.POP_DELETE).backup(BackupKind.NONE)).orElseThrow();
            assertThat(f.severity()).isEqualTo(RiskLevel.HIGH);
            assertThat(f.reason().ja()).contains("端末 d-pc", "バックアップがありません");
        }

        @Test
        void mixedProtocolsListsEachDevice() {
            RuleFinding f = run("C-MIXED-PROTOCOLS", RuleFixtures.oneReaderTwoDevices(MailProtocol.IMAP)
                    .deviceProtocol("d-mac", MailProtocol.POP_DELETE)).orElseThrow();
            assertThat(f.severity()).isEqualTo(RiskLevel.HIGH);
            assertThat(f.reason().ja()).contains("端末 d-mac: POP（サーバーから削除）", "端末 d-phone: IMAP");
        }

        @Test
        void imapWithoutCapacityPlanCoversUnknownExceededAndSoonFull() {
            assertThat(run("C-IMAP-NO-CAPACITY-PLAN", Scenario.healthy().quota(null)).orElseThrow().severity())
                    .isEqualTo(RiskLevel.WARNING);
            assertThat(run("C-IMAP-NO-CAPACITY-PLAN", Scenario.healthy().volume(10, 50, 2500)).orElseThrow().severity())
                    .as("already over the quota, archive or not").isEqualTo(RiskLevel.HIGH);
            // 178.125 MB a month, 500 MB left: full in 2.8 months.
            RuleFinding soon = run("C-IMAP-NO-CAPACITY-PLAN", Scenario.healthy().backup(BackupKind.NONE).volume(40, 150, 1500)).orElseThrow();
            assertThat(soon.severity()).isEqualTo(RiskLevel.HIGH);
            assertThat(soon.reason().ja()).contains("2027-02-24");
        }

        @Test
        void smtpOverseasNoteForAbroadToo() {
            RuleFinding f = run("N-SMTP-OVERSEAS", Scenario.healthy().abroad(true)).orElseThrow();
            assertThat(f.kind()).isEqualTo(FindingKind.NOTE);
            assertThat(f.reason().ja()).contains("海外から送信", "国外");
            assertThat(run("N-SMTP-OVERSEAS", Scenario.noDevices().device("d", "p-a", ClientKind.NEW_OUTLOOK, DeviceRole.KEEPER)
                    .role(MailboxRole.FORM).proposing(MailProtocol.FORWARD_ONLY))).as("nobody sends from a forward-only address").isEmpty();
        }

        @Test
        void gmailPopFetchIsDetectedFromDeviceNotesToo() {
            var device = new dev.mailbench.api.model.Device("d", "Gmail", "p-a", ClientKind.GMAIL_APP, List.of(),
                    "Gmail の「他のアカウントのメールを確認」で POP 受信");
            assertThat(QuestionnaireFactory.reliesOnGmailPopFetch(device)).isTrue();
            var plain = new dev.mailbench.api.model.Device("d", "Gmail", "p-a", ClientKind.GMAIL_APP, List.of(), "Gmail アプリに IMAP で追加");
            assertThat(QuestionnaireFactory.reliesOnGmailPopFetch(plain)).isFalse();
        }
    }
}
