package dev.mailbench.setup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.setup.engine.SampleProject;
import dev.mailbench.setup.engine.TestCertificates;
import dev.mailbench.setup.engine.ProfileSigner;
import dev.mailbench.setup.engine.live.LabRequests;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SetupCommandTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(FakeWorkbenchApi api, String stdin, String... args) {
        CommandLine cl = new CommandLine(new SetupCommand(api, () -> SecretInput.from(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void generateWritesEverythingForTheSampleProjectAndSignsWhenAsked() throws Exception {
        FakeWorkbenchApi api = new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver());
        var made = TestCertificates.selfSigned("Consultant", null);
        Path p12 = TestCertificates.pkcs12(made, tmp.resolve("c.p12"), "pw-123".toCharArray());
        Path outDir = tmp.resolve("out");
        int code = run(api, "pw-123\n", "generate", "sample.mailbench.json", "--out", outDir.toString(), "--sign", p12.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("件のファイルを書き出しました");
        assertThat(outDir.resolve("index.md")).exists();
        Path signed = outDir.resolve("mobileconfig/info@sample-shoji.test.signed.mobileconfig");
        assertThat(ProfileSigner.verify(Files.readAllBytes(signed)).content())
                .isEqualTo(Files.readAllBytes(outDir.resolve("mobileconfig/info@sample-shoji.test.mobileconfig")));
        try (Stream<Path> s = Files.walk(outDir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("pw-123");
            }
        }
        assertThat(out.toString() + err).doesNotContain("pw-123");
    }

    @Test
    void lintFromOptionsAndFromAFile() throws Exception {
        int code = run(null, "", "lint", "--expected-host", "sv1234.xserver.jp", "--domain", "sample-shoji.test",
                "--address", "info@sample-shoji.test", "--host", "mail.sample-shoji.test", "--port", "993", "--ssl", "off",
                "--user", "info", "--smtp-host", "sv1234.xserver.jp", "--smtp-port", "25", "--smtp-auth", "off", "--spa", "on");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("HOST_IS_CUSTOMER_DOMAIN", "SSL_OFF_ON_SSL_PORT", "USER_WITHOUT_DOMAIN", "PORT_25",
                "SMTP_AUTH_OFF", "SPA_ON", "証明書");
        Path file = tmp.resolve("found.properties");
        Files.writeString(file, "incomingProtocol=IMAP\nincomingHost=sv1234.xserver.jp\nincomingPort=993\nincomingEncryption=SSL/TLS\n"
                + "username=info@sample-shoji.test\noutgoingHost=sv1234.xserver.jp\noutgoingPort=465\noutgoingEncryption=SSL/TLS\n"
                + "smtpAuth=on\nspa=off\n", StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertThat(run(null, "", "lint", "--file", file.toString(), "--expected-host", "sv1234.xserver.jp", "--json")).isZero();
        assertThat(Json.mapper().readTree(out.toString()).get("findings")).isEmpty();
        assertThat(run(null, "", "lint", "--host", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--expected-host");
    }

    @Test
    void testNeedsAPasswordOnStandardInput() {
        assertThat(run(null, "", "test", "--host", "sv1234.xserver.test", "--user", "info@sample-shoji.test")).isEqualTo(2);
        assertThat(err.toString()).contains("標準入力");
    }

    @Test
    @RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
    void liveTestAgainstTheLabPrintsTheMatrixAndNoPassword(TestLab lab) throws Exception {
        String[] ports = {"--imap-port", "" + lab.imapsPort(), "--imap-starttls-port", "" + lab.imapStarttlsPort(),
                "--pop-port", "" + lab.pop3sPort(), "--pop-starttls-port", "" + lab.pop3StarttlsPort(),
                "--smtps-port", "" + lab.submissionsPort(), "--submission-port", "" + lab.submissionPort(), "--ca", lab.caCertificate().toString()};
        String pw = lab.taro().password();
        int ok = run(null, pw + "\n", concat(new String[] {"test", "--host", lab.serverHost(), "--user", lab.taro().address(), "--timeout", "3000"}, ports));
        assertThat(ok).as(out.toString()).isZero();
        assertThat(out.toString()).contains("すべて正常です", "SMTP → IMAP 往復テスト", "IMAP " + lab.imapsPort());
        out.getBuffer().setLength(0);
        int mismatch = run(null, pw + "\n", concat(new String[] {"test", "--host", lab.customerMailHost(), "--user", lab.taro().localPart(),
                "--expected-host", lab.serverHost(), "--no-round-trip", "--json", "--timeout", "3000"}, ports));
        assertThat(mismatch).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("probes").get(0).get("diagnosis").asText()).isEqualTo("CERT_NAME_MISMATCH");
        assertThat(json.get("probes").get(0).get("fixJa").asText()).contains(lab.serverHost());
        assertThat(out.toString() + err).doesNotContain(pw);
        out.getBuffer().setLength(0);
        int local = run(null, pw + "\n", concat(new String[] {"test", "--host", lab.serverHost(), "--user", lab.taro().localPart(),
                "--no-round-trip", "--lang", "en", "--timeout", "3000"}, ports));
        assertThat(local).isEqualTo(1);
        assertThat(out.toString()).contains("AUTH_FAILED_USER_WITHOUT_DOMAIN", "whole address").doesNotContain(pw);
        assertThat(LabRequests.profile(lab).mailHost()).isEqualTo(lab.serverHost());
    }

    @Test
    @RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
    void aPortOfZeroSkipsThatProbeForEveryPortOption(TestLab lab) throws Exception {
        java.util.Map<String, Integer> labPorts = new java.util.LinkedHashMap<>();
        labPorts.put("--imap-port", lab.imapsPort());
        labPorts.put("--imap-starttls-port", lab.imapStarttlsPort());
        labPorts.put("--pop-port", lab.pop3sPort());
        labPorts.put("--pop-starttls-port", lab.pop3StarttlsPort());
        labPorts.put("--smtps-port", lab.submissionsPort());
        labPorts.put("--submission-port", lab.submissionPort());
        for (String kept : labPorts.keySet()) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("test", "--host", lab.serverHost(),
                    "--user", lab.taro().address(), "--no-round-trip", "--json", "--timeout", "3000",
                    "--ca", lab.caCertificate().toString(), "--port25", "0"));
            labPorts.forEach((option, port) -> args.addAll(java.util.List.of(option, option.equals(kept) ? "" + port : "0")));
            out.getBuffer().setLength(0);

            int code = run(null, lab.taro().password() + "\n", args.toArray(String[]::new));

            JsonNode probes = Json.mapper().readTree(out.toString()).get("probes");
            assertThat(probes).as(kept + ": only that port is probed").hasSize(1);
            assertThat(probes.get(0).get("port").asInt()).as(kept).isEqualTo(labPorts.get(kept));
            assertThat(code).as(kept + " " + out).isZero();
        }
    }

    @Test
    @RequiresTestLab({LabService.IMAP, LabService.SMTP, LabService.CLIENT_FAULT_ENDPOINTS})
    void testTakesTheClientAndTheSymptomAndNeverProposesTheFailingHost(TestLab lab) throws Exception {
        String pw = lab.info().password();
        int code = run(null, pw + "\n", "test", "--host", lab.serverHost(), "--user", lab.info().address(), "--client", "NEW_OUTLOOK",
                "--symptom", "SEND_FAILS", "--domain", lab.domain(), "--imap-port", "0", "--imap-starttls-port", "0", "--pop-port", "0",
                "--pop-starttls-port", "0", "--smtps-port", "0", "--submission-port", "" + lab.authRequiredPort(),
                "--ca", lab.caCertificate().toString(), "--timeout", "3000");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("NEW_OUTLOOK_OVERSEAS_SMTP", "Microsoft のクラウド", "国外アクセス制限", "530",
                "往復テストは IMAP と送信の両方を試すときだけ").doesNotContain(pw);

        out.getBuffer().setLength(0);
        int mismatch = run(null, pw + "\n", "test", "--host", lab.customerMailHost(), "--user", lab.info().address(),
                "--imap-port", "" + lab.imapsPort(), "--imap-starttls-port", "0", "--pop-port", "0", "--pop-starttls-port", "0",
                "--smtps-port", "0", "--submission-port", "0", "--ca", lab.caCertificate().toString(), "--json", "--timeout", "3000");
        assertThat(mismatch).isEqualTo(1);
        JsonNode probe = Json.mapper().readTree(out.toString()).get("probes").get(0);
        assertThat(probe.get("diagnosis").asText()).isEqualTo("CERT_NAME_MISMATCH");
        assertThat(probe.get("fixJa").asText()).contains(lab.serverHost()).doesNotContain(lab.customerMailHost());

        out.getBuffer().setLength(0);
        FakeWorkbenchApi api = new FakeWorkbenchApi("client-setup", SampleProject.project(), null, LabRequests.profile(lab));
        int typo = run(api, pw + "\n", "test", "--project", "sample.mailbench.json", "--host", lab.serverHost(), "--user", "info@sample-shoj.test",
                "--imap-port", "" + lab.imapsPort(), "--imap-starttls-port", "0", "--pop-port", "0", "--pop-starttls-port", "0",
                "--smtps-port", "0", "--submission-port", "0", "--ca", lab.caCertificate().toString(), "--json", "--timeout", "3000");
        assertThat(typo).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("probes").get(0).get("diagnosis").asText()).isEqualTo("AUTH_FAILED_USER_NAME");
        assertThat(json.get("notes").get(0).get("code").asText()).isEqualTo("USER_DOMAIN_TYPO");
        assertThat(json.get("notes").get(0).get("fixJa").asText()).contains("info@sample-shoji.test");
    }

    @Test
    void lintTakesTheSymptom() {
        int code = run(null, "", "lint", "--expected-host", "sv1234.xserver.jp", "--client", "NEW_OUTLOOK", "--symptom", "SEND_FAILS");
        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("NEW_OUTLOOK_OVERSEAS_SMTP", "国外アクセス制限");
        assertThat(run(null, "", "lint", "--expected-host", "sv1234.xserver.jp", "--symptom", "BROKEN")).isEqualTo(2);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
