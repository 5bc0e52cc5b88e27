package dev.mailbench.setup.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SettingsLintTest {
    private final SettingsLint lint = new SettingsLint(SampleProject.xserver(), List.of("sample-shoji.test"), MailProtocol.IMAP);

    /** A correct Xserver IMAP setup as found on an Outlook PC. */
    private static Map<String, String> correct() {
        Map<String, String> m = new HashMap<>();
        m.put("client", "OUTLOOK_CLASSIC");
        m.put("address", "info@sample-shoji.test");
        m.put("incomingProtocol", "IMAP");
        m.put("incomingHost", "sv1234.xserver.jp");
        m.put("incomingPort", "993");
        m.put("incomingEncryption", "SSL/TLS");
        m.put("username", "info@sample-shoji.test");
        m.put("outgoingHost", "sv1234.xserver.jp");
        m.put("outgoingPort", "465");
        m.put("outgoingEncryption", "SSL/TLS");
        m.put("smtpAuth", "on");
        m.put("spa", "off");
        return m;
    }

    private List<LintCode> codes(Consumer<Map<String, String>> change) {
        Map<String, String> m = correct();
        change.accept(m);
        return lint.lint(ObservedSettings.fromMap(m)).stream().map(LintFinding::code).toList();
    }

    @Test
    void correctSetupsHaveNoFinding() {
        assertThat(codes(m -> { })).isEmpty();
        assertThat(codes(m -> {
            m.put("incomingPort", "143");
            m.put("incomingEncryption", "STARTTLS");
            m.put("outgoingPort", "587");
            m.put("outgoingEncryption", "STARTTLS");
        })).isEmpty();
        SettingsLint popLint = new SettingsLint(SampleProject.xserver(), List.of("sample-shoji.test"), MailProtocol.POP_KEEP_COPY);
        Map<String, String> pop = correct();
        pop.put("incomingProtocol", "POP3");
        pop.put("incomingPort", "995");
        pop.put("popDeleteFromServer", "off");
        pop.put("shared", "yes");
        assertThat(popLint.lint(ObservedSettings.fromMap(pop))).isEmpty();
        // iPhone: "SSLを使用" on with 587 means TLS however the server offers it
        assertThat(codes(m -> {
            m.put("client", "IPHONE");
            m.put("outgoingPort", "587");
            m.put("outgoingEncryption", "on");
        })).isEmpty();
    }

    @Test
    void everyCatalogueMistakeIsCaught() {
        assertThat(codes(m -> m.put("username", "info"))).containsExactly(LintCode.USER_WITHOUT_DOMAIN);
        assertThat(codes(m -> m.put("username", " info@sample-shoji.test"))).containsExactly(LintCode.WHITESPACE);
        assertThat(codes(m -> m.put("incomingHost", "sv1234.xserver.jp "))).containsExactly(LintCode.WHITESPACE);
        assertThat(codes(m -> m.put("username", "info＠sample-shoji.test"))).containsExactly(LintCode.FULL_WIDTH);
        assertThat(codes(m -> m.put("incomingPort", "９９３"))).containsExactly(LintCode.FULL_WIDTH);
        assertThat(codes(m -> m.put("username", "Info@sample-shoji.test"))).containsExactly(LintCode.USER_UPPERCASE);
        assertThat(codes(m -> m.put("username", "billing@sample-shoji.test"))).containsExactly(LintCode.USER_OTHER_ADDRESS);
        assertThat(codes(m -> m.put("incomingHost", "mail.sample-shoji.test"))).containsExactly(LintCode.HOST_IS_CUSTOMER_DOMAIN);
        assertThat(codes(m -> m.put("outgoingHost", "sample-shoji.test"))).containsExactly(LintCode.HOST_IS_CUSTOMER_DOMAIN);
        assertThat(codes(m -> m.put("incomingHost", "sv9999.xserver.jp"))).containsExactly(LintCode.HOST_WRONG_SERVER_ID);
        assertThat(codes(m -> m.put("outgoingHost", "smtp.ocn.ne.jp"))).containsExactly(LintCode.HOST_NOT_PROVIDER);
        assertThat(codes(m -> m.put("incomingHost", "https://sv1234.xserver.jp/"))).containsExactly(LintCode.HOST_MALFORMED);
        assertThat(codes(m -> m.put("incomingEncryption", "none"))).containsExactly(LintCode.SSL_OFF_ON_SSL_PORT);
        assertThat(codes(m -> {
            m.put("incomingProtocol", "POP3");
            m.put("incomingPort", "995");
            m.put("incomingEncryption", "off");
        })).contains(LintCode.SSL_OFF_ON_SSL_PORT);
        assertThat(codes(m -> m.put("outgoingEncryption", "STARTTLS"))).containsExactly(LintCode.STARTTLS_ON_SSL_PORT);
        assertThat(LintCode.STARTTLS_ON_SSL_PORT.title().ja()).doesNotContain("オフ");
        assertThat(codes(m -> m.put("incomingPort", "143"))).containsExactly(LintCode.SSL_ON_STARTTLS_PORT);
        assertThat(codes(m -> {
            m.put("outgoingPort", "587");
            m.put("outgoingEncryption", "none");
        })).containsExactly(LintCode.NO_ENCRYPTION);
        assertThat(codes(m -> m.put("outgoingPort", "25"))).containsExactly(LintCode.PORT_25);
        assertThat(codes(m -> m.put("incomingPort", "995"))).containsExactly(LintCode.PORT_WRONG_SERVICE);
        assertThat(codes(m -> m.put("incomingPort", "2525"))).containsExactly(LintCode.PORT_UNKNOWN);
        assertThat(codes(m -> m.put("incomingPort", "99x"))).containsExactly(LintCode.PORT_NOT_NUMBER);
        assertThat(codes(m -> m.put("smtpAuth", "off"))).containsExactly(LintCode.SMTP_AUTH_OFF);
        assertThat(codes(m -> m.put("outgoingUsername", "info"))).contains(LintCode.SMTP_USER_DIFFERENT, LintCode.USER_WITHOUT_DOMAIN);
        assertThat(codes(m -> m.put("spa", "on"))).containsExactly(LintCode.SPA_ON);
        assertThat(codes(m -> m.put("incomingEncryption", "SSL-ish"))).containsExactly(LintCode.ENCRYPTION_UNKNOWN);
        assertThat(codes(m -> m.remove("username"))).containsExactly(LintCode.MISSING_VALUE);
        assertThat(codes(m -> m.put("gmailPopFetch", "yes"))).containsExactly(LintCode.GMAIL_POP_FETCH);
        assertThat(codes(m -> {
            m.put("incomingProtocol", "POP3");
            m.put("incomingPort", "995");
            m.put("popDeleteFromServer", "yes");
            m.put("shared", "yes");
        })).containsExactlyInAnyOrder(LintCode.POP_DELETE_SHARED, LintCode.PROTOCOL_DIFFERS_FROM_DESIGN);
        assertThat(codes(m -> {
            m.put("incomingProtocol", "POP3");
            m.put("incomingPort", "995");
            m.put("popDeleteFromServer", "yes");
        })).containsExactlyInAnyOrder(LintCode.POP_DELETE_NO_COPY, LintCode.PROTOCOL_DIFFERS_FROM_DESIGN);
    }

    @Test
    void findingsExplainInJapaneseAndEnglishWithTheFix() {
        Map<String, String> m = correct();
        m.put("incomingHost", "mail.sample-shoji.test");
        LintFinding f = lint.lint(ObservedSettings.fromMap(m)).get(0);
        assertThat(f.field()).isEqualTo("incomingHost");
        assertThat(f.explanation().ja()).contains("証明書");
        assertThat(f.explanation().en()).contains("certificate");
        assertThat(f.fix().ja()).contains("sv1234.xserver.jp");
        assertThat(f.code().title().ja()).isNotBlank();
    }

    @Test
    void unknownKeysAreRefusedWithAMessage() {
        Map<String, String> m = correct();
        m.put("hostname", "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObservedSettings.fromMap(m)).hasMessageContaining("hostname");
    }

    @Test
    void userNameRulesNameTheFullWidthAtAndADomainTypoAndNeverAskToSetWhatIsSet() {
        assertThat(codes(m -> m.put("username", "info＠sample-shoji.test"))).containsExactly(LintCode.FULL_WIDTH);
        assertThat(codes(m -> m.put("username", "info@sample-shoj.test"))).containsExactly(LintCode.USER_DOMAIN_TYPO);
        List<LintFinding> typo = lint.userNameFindings("info@sampel-shoji.test", "");
        assertThat(typo).extracting(LintFinding::code).containsExactly(LintCode.USER_DOMAIN_TYPO);
        assertThat(typo.get(0).fix().ja()).contains("info@sample-shoji.test", "パスワードは変えない");
        // the outgoing name is already the whole address: only the incoming name is the mistake
        assertThat(codes(m -> {
            m.put("username", "info");
            m.put("outgoingUsername", "info@sample-shoji.test");
        })).containsExactly(LintCode.USER_WITHOUT_DOMAIN);
        for (LintFinding f : lint.lint(ObservedSettings.fromMap(java.util.Map.of("username", "info", "outgoingUsername", "info@sample-shoji.test",
                "address", "info@sample-shoji.test")))) {
            assertThat(f.fix().ja()).as(f.code().name()).doesNotContain("送信のユーザー名も info@sample-shoji.test");
        }
    }

    @Test
    void aSymptomWithTheClientKindNamesItsCause() {
        List<LintFinding> newOutlook = lint.lint(ObservedSettings.fromMap(withSymptom("NEW_OUTLOOK", "SEND_FAILS")));
        assertThat(newOutlook).extracting(LintFinding::code).containsExactly(LintCode.NEW_OUTLOOK_OVERSEAS_SMTP);
        assertThat(newOutlook.get(0).explanation().ja()).contains("Microsoft のクラウド", "国外アクセス制限");
        // the outgoing settings are all right: no fix asks to set them, the cause left is the source being refused
        assertThat(codes(m -> m.putAll(withSymptom("OUTLOOK_CLASSIC", "send-fails")))).containsExactly(LintCode.SEND_FAILS_SOURCE_REFUSED);
        Map<String, String> spaUnknown = withSymptom("OUTLOOK_CLASSIC", "SEND_FAILS");
        spaUnknown.remove("spa");
        assertThat(lint.lint(ObservedSettings.fromMap(spaUnknown))).extracting(LintFinding::code)
                .containsExactly(LintCode.SEND_FAILS_OUTLOOK_SETTINGS);
        assertThat(codes(m -> m.putAll(withSymptom("IPHONE", "SEND_FAILS_ABROAD")))).containsExactly(LintCode.OVERSEAS_SMTP_RESTRICTION);
        assertThat(codes(m -> m.putAll(withSymptom("GMAIL_APP", "GMAIL_STOPPED_RECEIVING")))).containsExactly(LintCode.GMAIL_POP_FETCH);
        assertThat(codes(m -> m.putAll(withSymptom("MAC_MAIL", "FOLDERS_SCRAMBLED")))).containsExactly(LintCode.SPECIAL_FOLDERS_UNMAPPED);
        assertThat(codes(m -> m.putAll(withSymptom("", "SUDDENLY_CANNOT_RECEIVE")))).containsExactly(LintCode.QUOTA_FULL_SUSPECTED);
        for (Symptom s : Symptom.values()) {
            assertThat(codes(m -> m.putAll(withSymptom("OTHER", s.name())))).as(s.name()).isNotEmpty();
        }
        assertThat(codes(m -> m.putAll(withSymptom("", "it is broken")))).containsExactly(LintCode.SYMPTOM_UNKNOWN);
        // a setting that already names the cause is not repeated by the symptom
        assertThat(codes(m -> {
            m.putAll(withSymptom("GMAIL_APP", "GMAIL_STOPPED_RECEIVING"));
            m.put("gmailPopFetch", "yes");
        })).containsExactly(LintCode.GMAIL_POP_FETCH);
    }

    @Test
    void aValueWithSpacesThatIsAlsoWrongGetsOneFixNotTwo() {
        Map<String, String> m = correct();
        m.put("incomingHost", " mail.sample-shoji.test");
        m.put("username", "info ");
        List<LintFinding> findings = lint.lint(ObservedSettings.fromMap(m));
        assertThat(findings).extracting(LintFinding::code).contains(LintCode.WHITESPACE, LintCode.HOST_IS_CUSTOMER_DOMAIN, LintCode.USER_WITHOUT_DOMAIN);
        for (LintFinding f : findings) {
            assertThat(f.fix().ja()).as(f.code() + " " + f.field()).doesNotContain("「mail.sample-shoji.test」", "「info」");
        }
        assertThat(findings.stream().filter(f -> f.field().equals("incomingHost")).map(f -> f.fix().ja()))
                .allMatch(fix -> fix.contains("sv1234.xserver.jp"));
        assertThat(findings.stream().filter(f -> f.field().equals("username")).map(f -> f.fix().ja()))
                .allMatch(fix -> fix.contains("info@sample-shoji.test"));
        LintFinding gmail = lint.lint(ObservedSettings.fromMap(java.util.Map.of("gmailPopFetch", "yes"))).stream()
                .filter(f -> f.code() == LintCode.GMAIL_POP_FETCH).findFirst().orElseThrow();
        assertThat(gmail.explanation().ja()).contains("廃止されました").doesNotContain("予定");
        assertThat(LintCode.GMAIL_POP_FETCH.title().ja()).doesNotContain("予定");
    }

    private static Map<String, String> withSymptom(String client, String symptom) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("client", client);
        m.put("symptom", symptom);
        m.putAll(java.util.Map.of("incomingProtocol", "IMAP", "incomingHost", "sv1234.xserver.jp", "incomingPort", "993",
                "incomingEncryption", "SSL/TLS", "username", "info@sample-shoji.test", "outgoingHost", "sv1234.xserver.jp",
                "outgoingPort", "465", "outgoingEncryption", "SSL/TLS", "smtpAuth", "on", "spa", "off"));
        return m;
    }
}
