package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectValidatorTest {
    private static Project sample;
    private final ProjectValidator validator = new ProjectValidator();

    @BeforeAll
    static void load() throws Exception {
        sample = new ProjectStore().load(TestFiles.sample()).project();
    }

    @Test
    void sampleHasNoProblems() {
        assertThat(validator.validate(sample)).isEmpty();
    }

    private List<ValidationProblem> withMailbox(String id, UnaryOperator<Mailbox> edit) {
        return validator.validate(sample.withMailboxes(Project.update(sample.mailboxes(), id, edit)));
    }

    private static Mailbox copy(Mailbox m, String address, Integer quota, List<String> forwards) {
        return new Mailbox(m.id(), address, m.displayName(), m.role(), m.protocol(), quota, forwards, m.autoReply(), m.notes());
    }

    @Test
    void fullWidthCharacterIsNamed() {
        List<ValidationProblem> problems = withMailbox("m-info", m -> m.withAddress("info＠sample-shoji.test"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.ERROR);
            assertThat(p.entity()).isEqualTo("mailbox");
            assertThat(p.entityId()).isEqualTo("m-info");
            assertThat(p.field()).isEqualTo("address");
            assertThat(p.message().ja()).contains("全角文字「＠」").contains("5文字目");
            assertThat(p.message().en()).contains("full-width");
        });
    }

    @Test
    void spacesAndMissingAtAreReported() {
        assertThat(withMailbox("m-info", m -> m.withAddress("info @sample-shoji.test")))
                .anySatisfy(p -> assertThat(p.message().ja()).contains("空白"));
        assertThat(withMailbox("m-info", m -> m.withAddress("info.sample-shoji.test")))
                .anySatisfy(p -> assertThat(p.message().ja()).contains("「@」がありません"));
        assertThat(withMailbox("m-info", m -> m.withAddress("in..fo@sample-shoji.test")))
                .anySatisfy(p -> assertThat(p.message().ja()).contains("連続"));
    }

    @Test
    void duplicateAddressIgnoringCase() {
        assertThat(withMailbox("m-yamada", m -> m.withAddress("INFO@sample-shoji.test")))
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("address");
                    assertThat(p.message().ja()).contains("重複");
                });
    }

    @Test
    void mailboxDomainMustBeAProjectDomain() {
        assertThat(withMailbox("m-info", m -> m.withAddress("info@other.test")))
                .singleElement().satisfies(p -> assertThat(p.message().ja()).contains("other.test"));
    }

    @Test
    void quotaMustBePositive() {
        assertThat(withMailbox("m-info", m -> m.withQuotaMb(0)))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("quotaMb"));
        assertThat(withMailbox("m-info", m -> m.withQuotaMb(null))).isEmpty();
    }

    @Test
    void forwardingAddressesAreChecked() {
        assertThat(withMailbox("m-contact", m -> copy(m, m.address(), m.quotaMb(), List.of("yamada@sample-shoji,test"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("forwardTo");
                    assertThat(p.message().ja()).startsWith("転送先「yamada@sample-shoji,test」");
                });
        assertThat(withMailbox("m-contact", m -> copy(m, m.address(), m.quotaMb(), List.of(m.address()))))
                .singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.WARNING));
    }

    @Test
    void domainNameSyntaxAndDuplicates() {
        List<Domain> domains = new ArrayList<>(sample.domains());
        domains.add(new Domain("d-2", "Sample-Shoji.test", "", "", "", ""));
        domains.add(new Domain("d-3", "bad_domain.test", "", "", "", ""));
        domains.add(new Domain("d-4", "ｓａｍｐｌｅ.jp", "", "", "", ""));
        List<ValidationProblem> problems = validator.validate(sample.withDomains(domains));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.entityId()).isEqualTo("d-2");
            assertThat(p.message().ja()).contains("重複");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.entityId()).isEqualTo("d-3");
            assertThat(p.message().ja()).contains("bad_domain");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.entityId()).isEqualTo("d-4");
            assertThat(p.message().ja()).contains("全角文字「ｓ」");
        });
    }

    @Test
    void duplicateIds() {
        List<Mailbox> mailboxes = new ArrayList<>(sample.mailboxes());
        Mailbox info = mailboxes.get(0);
        mailboxes.add(copy(info, "info2@sample-shoji.test", 100, List.of()));
        assertThat(validator.validate(sample.withMailboxes(mailboxes)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("id");
                    assertThat(p.entityId()).isEqualTo("m-info");
                });
    }

    @Test
    void deviceReferencesMustExist() {
        Device ghost = new Device("dev-x", "謎の端末", "p-nobody", ClientKind.IPHONE,
                List.of(new MailboxUse("m-gone", DeviceRole.VIEWER)), "");
        List<ValidationProblem> problems = validator.validate(sample.withDevices(Project.upsert(sample.devices(), ghost)));
        assertThat(problems).extracting(ValidationProblem::field).containsExactlyInAnyOrder("personId", "mailboxes");
        assertThat(problems).allSatisfy(p -> assertThat(p.entity()).isEqualTo("device"));
    }

    @Test
    void serverIdShapeIsAWarning() {
        assertThat(validator.validate(sample.withProvider(new ProviderRef("xserver", "xs1234", Map.of()))))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.WARNING);
                    assertThat(p.field()).isEqualTo("serverId");
                });
    }

    @Test
    void perMailboxCheckForEditorsDoesNotFlagTheEditedCopyAgainstItsOldSelf() {
        Mailbox edited = sample.mailbox("m-info").orElseThrow().withQuotaMb(9000);
        assertThat(validator.validateMailbox(sample, edited)).isEmpty();
        assertThat(ProjectValidator.addressProblem("ok@example.jp")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPhoneNumberThatDoesNotLookJapaneseIsAWarningNotAnError() {
        for (String fine : List.of("03-1234-5678", "090-1234-5678", "0120-123-456", "０３－１２３４－５６７８",
                "(03) 1234 5678", "+81-3-1234-5678", "")) {
            assertThat(ProjectValidator.phoneProblem(fine)).as(fine).isEmpty();
        }
        for (String odd : List.of("1234-5678", "03-1234", "090-1234-56789", "電話なし")) {
            assertThat(ProjectValidator.phoneProblem(odd)).as(odd).isPresent();
        }
        Project odd = sample.withCustomer(new dev.mailbench.api.model.Customer(sample.customer().name(),
                sample.customer().contactPerson(), "1234-5678", sample.customer().email(), sample.customer().address(),
                sample.customer().notes()));
        assertThat(validator.validate(odd)).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.WARNING);
            assertThat(p.field()).isEqualTo("phone");
        });
        assertThat(validator.validate(sample)).noneMatch(p -> "phone".equals(p.field()));
    }
}
