package dev.mailbench.setup.cli;

import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.kit.json.Json;
import dev.mailbench.setup.engine.Endpoints;
import dev.mailbench.setup.engine.LintFinding;
import dev.mailbench.setup.engine.ObservedSettings;
import dev.mailbench.setup.engine.ProfileSigner;
import dev.mailbench.setup.engine.ProjectGenerator;
import dev.mailbench.setup.engine.ProjectSetup;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.SettingsLint;
import dev.mailbench.setup.engine.Symptom;
import dev.mailbench.setup.engine.live.LiveTestReport;
import dev.mailbench.setup.engine.live.LiveTester;
import dev.mailbench.setup.engine.live.ProbeResult;
import dev.mailbench.setup.engine.live.ProbeTarget;
import dev.mailbench.setup.engine.live.ReportTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench setup generate|lint|test}. Exit codes: 0 all good, 1 a problem was found (lint error,
 * failed connection), 3 warnings only, 2 bad input. Passwords are typed at a prompt without echo, or read
 * as a line of standard input when piped; never taken from the command line (which other users can see) and
 * never printed.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"メールソフトの設定ファイル・設定チェック・接続テスト", "Mail client setup files, settings lint and live connection test"})
public final class SetupCommand implements Callable<Integer>, CliCommand {
    private final WorkbenchApi api;
    private final Supplier<SecretInput> secrets;

    @Spec
    CommandSpec spec;

    public SetupCommand(WorkbenchApi api) {
        this(api, SecretInput::standard);
    }

    /** @param secrets where passwords come from, made anew for each run (tests pass their own input) */
    SetupCommand(WorkbenchApi api, Supplier<SecretInput> secrets) {
        this.api = api;
        this.secrets = secrets;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 2;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private int fail(String message) {
        err().println(message);
        err().flush();
        return 2;
    }

    private Project loadProject(Path file) throws IOException {
        if (api == null) {
            throw new IllegalArgumentException("プロジェクトはワークベンチからのみ読めます / a project needs the workbench");
        }
        return api.cli().loadProject(file);
    }

    // ---- generate -------------------------------------------------------------------------------------

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"プロジェクトの全端末・全アドレスの設定ファイルと手順書を書き出します",
                    "Write every artifact and instruction sheet for every mailbox and device of a project"})
    int generate(@Parameters(paramLabel = "PROJECT", description = "プロジェクトファイル / project file (*.mailbench.json)") Path project,
                 @Option(names = "--out", required = true, paramLabel = "DIR", description = "出力先フォルダー / output folder") Path outDir,
                 @Option(names = "--sign", paramLabel = "FILE.p12", description = "この PKCS#12 証明書で署名したプロファイルも作る（パスワードは標準入力から） / also write signed profiles with this PKCS#12 certificate; its password is read from standard input") Path p12) {
        try {
            Project p = loadProject(project);
            ProviderProfile profile = api.cli().providerFor(p);
            MailDesignService design = api.services().find(MailDesignService.class).orElse(null);
            ProjectSetup setup = new ProjectSetup(p, profile, design);
            List<Path> written = new ArrayList<>(ProjectGenerator.generate(setup, outDir, (d, t, w) -> true));
            if (p12 != null) {
                char[] pw = secrets.get().read("証明書のパスワード / certificate password: ");
                try {
                    ProfileSigner.Identity id = ProfileSigner.loadPkcs12(p12, pw);
                    for (Path f : List.copyOf(written)) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".mobileconfig") && f.getParent().getFileName().toString().equals("mobileconfig")
                                && f.getParent().getParent().equals(outDir)) {
                            Path signed = f.resolveSibling(name.replace(".mobileconfig", ".signed.mobileconfig"));
                            AtomicFiles.write(signed, ProfileSigner.sign(Files.readAllBytes(f), id));
                            written.add(signed);
                        }
                    }
                } finally {
                    SecretInput.wipe(pw);
                }
            }
            out().println(written.size() + " 件のファイルを書き出しました / files written: " + outDir.toAbsolutePath());
            out().println("  index.md, web/, autoconfig/, autodiscover/, mobileconfig/, instructions/");
            out().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (IOException | GeneralSecurityException e) {
            return fail("書き出せません / cannot write: " + e.getMessage());
        }
    }

    // ---- lint -----------------------------------------------------------------------------------------

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"端末に入っている設定の間違いを指摘します", "Name the mistakes in the settings found on a device"})
    int lint(@Option(names = "--file", paramLabel = "FILE", description = "端末の設定値 (.properties / .json) / settings as .properties or .json (keys: " + "incomingHost, incomingPort, ...)") Path file,
             @Option(names = "--project", paramLabel = "FILE", description = "プロジェクト（プロバイダー・ドメイン・設計した受信方式） / project: provider, domains and the mailbox's designed protocol") Path project,
             @Option(names = "--expected-host", paramLabel = "HOST", description = "正しいメールサーバー名（例 sv1234.xserver.jp、--project がないとき） / the customer's mail server (when no --project)") String expectedHost,
             @Option(names = "--domain", paramLabel = "DOMAIN", description = "お客様のドメイン（繰り返し可） / customer domain (repeatable)") List<String> domains,
             @Option(names = "--client", paramLabel = "KIND", description = "OUTLOOK_CLASSIC, NEW_OUTLOOK, IPHONE, MAC_MAIL, THUNDERBIRD, GMAIL_APP, ANDROID_MAIL ...") String client,
             @Option(names = "--address", paramLabel = "ADDRESS", description = "メールアドレス / the mailbox's address") String address,
             @Option(names = "--protocol", paramLabel = "IMAP|POP3") String protocol,
             @Option(names = "--host", paramLabel = "HOST", description = "入力されている受信サーバー / incoming server as entered") String host,
             @Option(names = "--port", paramLabel = "PORT") String port,
             @Option(names = "--ssl", paramLabel = "ENC", description = "SSL/TLS | STARTTLS | none | on | off") String ssl,
             @Option(names = "--user", paramLabel = "USER") String user,
             @Option(names = "--smtp-host", paramLabel = "HOST") String smtpHost,
             @Option(names = "--smtp-port", paramLabel = "PORT") String smtpPort,
             @Option(names = "--smtp-ssl", paramLabel = "ENC") String smtpSsl,
             @Option(names = "--smtp-auth", paramLabel = "on|off") String smtpAuth,
             @Option(names = "--smtp-user", paramLabel = "USER") String smtpUser,
             @Option(names = "--spa", paramLabel = "on|off") String spa,
             @Option(names = "--pop-delete", paramLabel = "on|off", description = "POP でサーバーから削除する / POP deletes from the server") String popDelete,
             @Option(names = "--shared", paramLabel = "yes|no", description = "複数の人・端末で読む / several people or devices read the mailbox") String shared,
             @Option(names = "--gmail-pop-fetch", paramLabel = "yes|no") String gmailPopFetch,
             @Option(names = "--symptom", paramLabel = "SYMPTOM", description = "見えている症状 / the observed symptom: ${COMPLETION-CANDIDATES}") Symptom symptom,
             @Option(names = "--json", description = "JSON で出力 / JSON output") boolean json,
             @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja") String lang) {
        Locale l = Locale.forLanguageTag(lang);
        try {
            Map<String, String> values = new LinkedHashMap<>();
            if (file != null) {
                values.putAll(readSettingsFile(file));
            }
            put(values, "client", client);
            put(values, "address", address);
            put(values, "incomingProtocol", protocol);
            put(values, "incomingHost", host);
            put(values, "incomingPort", port);
            put(values, "incomingEncryption", ssl);
            put(values, "username", user);
            put(values, "outgoingHost", smtpHost);
            put(values, "outgoingPort", smtpPort);
            put(values, "outgoingEncryption", smtpSsl);
            put(values, "smtpAuth", smtpAuth);
            put(values, "outgoingUsername", smtpUser);
            put(values, "spa", spa);
            put(values, "popDeleteFromServer", popDelete);
            put(values, "shared", shared);
            put(values, "gmailPopFetch", gmailPopFetch);
            put(values, "symptom", symptom == null ? null : symptom.name());
            ObservedSettings observed = ObservedSettings.fromMap(values);

            ProviderProfile profile;
            List<String> allDomains = new ArrayList<>(domains == null ? List.of() : domains);
            MailProtocol designed = null;
            if (project != null) {
                Project p = loadProject(project);
                profile = api.cli().providerFor(p);
                ProjectSetup setup = new ProjectSetup(p, profile, api.services().find(MailDesignService.class).orElse(null));
                allDomains.addAll(setup.domains());
                String a = observed.address().strip();
                designed = p.mailboxes().stream().filter(m -> m.address().equalsIgnoreCase(a)).findFirst().map(setup::protocolOf).orElse(null);
                if (designed != null && observed.shared().isBlank()) {
                    MailProtocol d = designed;
                    boolean isShared = p.mailboxes().stream().filter(m -> m.address().equalsIgnoreCase(a)).anyMatch(setup::isShared);
                    observed = ObservedSettings.fromMap(with(observed.toMap(), "shared", isShared ? "yes" : "no"));
                    designed = d;
                }
            } else if (expectedHost != null && !expectedHost.isBlank()) {
                profile = genericProfile(expectedHost.strip());
            } else {
                return fail("--project か --expected-host（例: sv1234.xserver.jp）を指定してください / give --project or --expected-host");
            }
            List<LintFinding> findings = new SettingsLint(profile, allDomains, designed).lint(observed);
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (LintFinding f : findings) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", f.code().name());
                    m.put("severity", f.severity().name());
                    m.put("field", f.field());
                    m.put("value", f.value());
                    m.put("title", f.code().title().get(l));
                    m.put("explanation", f.explanation().get(l));
                    m.put("fix", f.fix().get(l));
                    list.add(m);
                }
                out().println(Json.pretty(Map.of("findings", list)));
            } else if (findings.isEmpty()) {
                out().println(LocalizedText.pick(l, "間違いは見つかりませんでした。", "No mistakes found."));
            } else {
                for (LintFinding f : findings) {
                    out().println("[" + f.severity() + "] " + f.code() + " — " + f.code().title().get(l) + " (" + f.field() + ")");
                    out().println("  " + f.explanation().get(l));
                    out().println("  → " + f.fix().get(l));
                }
            }
            out().flush();
            boolean error = findings.stream().anyMatch(f -> f.severity() == dev.mailbench.setup.engine.LintCode.Severity.ERROR);
            return error ? 1 : findings.isEmpty() ? 0 : 3;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("読み込めません / cannot read: " + e.getMessage());
        }
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> copy = new LinkedHashMap<>(m);
        copy.put(k, v);
        return copy;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static Map<String, String> readSettingsFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        if (text.stripLeading().startsWith("{")) {
            Map<?, ?> json = Json.mapper().readValue(text, Map.class);
            json.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            Properties p = new Properties();
            p.load(new StringReader(text));
            // Properties trims leading spaces of values; a space the consultant copied must stay visible.
            for (String line : text.split("\r?\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    out.put(line.substring(0, eq).strip(), line.substring(eq + 1));
                }
            }
            p.stringPropertyNames().forEach(k -> out.putIfAbsent(k, p.getProperty(k)));
        }
        return out;
    }

    /** Xserver's standard ports around a given host, for lint and test without a project. */
    static ProviderProfile genericProfile(String host) {
        return new ProviderProfile("xserver", "Xserver", host, Endpoints.IMAP_DEFAULT, Endpoints.IMAP_STARTTLS_DEFAULT,
                Endpoints.POP_DEFAULT, Endpoints.POP_STARTTLS_DEFAULT, Endpoints.SMTP_SSL_DEFAULT, Endpoints.SMTP_STARTTLS_DEFAULT,
                "FULL_ADDRESS", "", "", List.of(), "", "", Map.of());
    }

    // ---- test -----------------------------------------------------------------------------------------

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"IMAP・POP・SMTP に実際に接続して診断します（パスワードは標準入力から）",
                    "Connect to IMAP, POP and SMTP and diagnose failures (password from standard input)"})
    int test(@Option(names = "--host", required = true, paramLabel = "HOST", description = "端末に設定されているサーバー / server as the device has it") String host,
             @Option(names = "--user", required = true, paramLabel = "USER", description = "端末に設定されているユーザー名 / user name as the device has it") String user,
             @Option(names = "--expected-host", paramLabel = "HOST", description = "正しいサーバー名（助言用。なければ証明書の名前から提案） / the right server name, for advice (without it, proposed from the certificate)") String expectedHost,
             @Option(names = "--imap-port", defaultValue = "993", paramLabel = "PORT", description = "IMAP SSL/TLS ポート（既定 993、0 = 省略） / IMAP SSL/TLS port (default 993, 0 = skip)") int imapPort,
             @Option(names = "--imap-starttls-port", defaultValue = "143", paramLabel = "PORT", description = "IMAP STARTTLS ポート（既定 143、0 = 省略） / IMAP STARTTLS port (default 143, 0 = skip)") int imapStarttlsPort,
             @Option(names = "--pop-port", defaultValue = "995", paramLabel = "PORT", description = "POP SSL/TLS ポート（既定 995、0 = 省略） / POP SSL/TLS port (default 995, 0 = skip)") int popPort,
             @Option(names = "--pop-starttls-port", defaultValue = "110", paramLabel = "PORT", description = "POP STARTTLS ポート（既定 110、0 = 省略） / POP STARTTLS port (default 110, 0 = skip)") int popStarttlsPort,
             @Option(names = "--smtps-port", defaultValue = "465", paramLabel = "PORT", description = "SMTP SSL/TLS ポート（既定 465、0 = 省略） / SMTP SSL/TLS port (default 465, 0 = skip)") int smtpsPort,
             @Option(names = "--submission-port", defaultValue = "587", paramLabel = "PORT", description = "SMTP STARTTLS ポート（既定 587、0 = 省略） / SMTP STARTTLS port (default 587, 0 = skip)") int submissionPort,
             @Option(names = "--port25", paramLabel = "PORT", description = "ポート 25 に届くかも確認（OP25B）、例 25（0 = 省略） / also check whether port 25 is reachable (OP25B), e.g. 25 (0 = skip)") Integer port25,
             @Option(names = "--ca", paramLabel = "FILE.pem", description = "JDK のほかに信頼する CA 証明書 / extra CA certificates to trust besides the JDK's") Path ca,
             @Option(names = "--project", paramLabel = "FILE", description = "プロジェクト（プロバイダー・ドメイン。助言のサーバー名と、ユーザー名の確認に使う） / project: provider and domains, for the advised server name and the user-name rules") Path project,
             @Option(names = "--address", paramLabel = "ADDRESS", description = "このメールボックスのアドレス / the mailbox's address") String address,
             @Option(names = "--domain", paramLabel = "DOMAIN", description = "お客様のドメイン（繰り返し可） / customer domain (repeatable)") List<String> domains,
             @Option(names = "--client", paramLabel = "KIND", description = "メールソフト / the mail client: ${COMPLETION-CANDIDATES}") ClientKind client,
             @Option(names = "--symptom", paramLabel = "SYMPTOM", description = "見えている症状 / the observed symptom: ${COMPLETION-CANDIDATES}") Symptom symptom,
             @Option(names = "--no-round-trip", description = "SMTP → IMAP の往復テストを省く / skip the SMTP → IMAP round trip") boolean noRoundTrip,
             @Option(names = "--timeout", defaultValue = "5000", paramLabel = "MS", description = "接続・読み取りのタイムアウト（ミリ秒、既定 5000） / connect/read timeout in ms (default 5000)") int timeoutMs,
             @Option(names = "--json", description = "JSON で出力 / JSON output") boolean json,
             @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja") String lang) {
        Locale l = Locale.forLanguageTag(lang);
        if (timeoutMs < 100) {
            return fail("--timeout は 100 以上 / --timeout must be at least 100");
        }
        if (ca != null && !Files.isReadable(ca)) {
            return fail("CA ファイルを読めません / cannot read the CA file: " + ca);
        }
        for (int p : new int[] {imapPort, imapStarttlsPort, popPort, popStarttlsPort, smtpsPort, submissionPort, port25 == null ? 0 : port25}) {
            if (p < 0 || p > 65535) {
                return fail("ポートは 1-65535、省略は 0 です / a port must be 1-65535, or 0 to skip it: " + p);
            }
        }
        // the ports as given, 0 included: Endpoints.of would put the standard port back where the user said "skip"
        Endpoints given = new Endpoints(host.strip(), new Endpoint(imapPort, Encryption.SSL_TLS),
                new Endpoint(imapStarttlsPort, Encryption.STARTTLS), new Endpoint(popPort, Encryption.SSL_TLS),
                new Endpoint(popStarttlsPort, Encryption.STARTTLS), new Endpoint(smtpsPort, Encryption.SSL_TLS),
                new Endpoint(submissionPort, Encryption.STARTTLS));
        List<ProbeTarget> targets = new ArrayList<>();
        for (ProbeTarget t : ProbeTarget.standard(given, false)) {
            if (t.port() > 0) {
                targets.add(t);
            }
        }
        if (port25 != null && port25 > 0) {
            targets.add(new ProbeTarget(Service.SMTP, port25, Encryption.NONE, true));
        }
        if (targets.isEmpty()) {
            return fail("すべてのポートが 0（省略）です / every port is 0 (skipped): nothing to test");
        }
        ProviderProfile profile = null;
        List<String> allDomains = new ArrayList<>(domains == null ? List.of() : domains);
        if (project != null) {
            try {
                Project p = loadProject(project);
                profile = api.cli().providerFor(p);
                allDomains.addAll(new ProjectSetup(p, profile, api.services().find(MailDesignService.class).orElse(null)).domains());
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            } catch (IOException e) {
                return fail("読み込めません / cannot read: " + e.getMessage());
            }
        }
        String advisedHost = expectedHost != null ? expectedHost : profile == null ? null : profile.mailHost();
        LiveTester.Context context = new LiveTester.Context(profile, address, allDomains, client, symptom);
        char[] password;
        try {
            password = secrets.get().read("パスワード / password: ");
        } catch (IOException e) {
            return fail("パスワードを標準入力から読めません / cannot read the password from standard input");
        }
        if (password.length == 0) {
            return fail("パスワードを標準入力から渡してください（例: read -s PW; printf '%s\\n' \"$PW\" | mailbench setup test ...） / pass the password on standard input");
        }
        try {
            LiveTester.Request request = new LiveTester.Request(host, user, password, targets, ca,
                    given.implicitTlsPorts(), advisedHost,
                    Duration.ofMillis(Math.min(timeoutMs, 5000)), Duration.ofMillis(timeoutMs), !noRoundTrip, Duration.ofSeconds(30), context);
            LiveTestReport report = new LiveTester().run(request, (d, t, m) -> { });
            if (json) {
                out().println(Json.pretty(ReportTable.toMap(report)));
            } else {
                print(report, l);
                if (!noRoundTrip && !LiveTester.canRoundTrip(request)) {
                    out().println(LocalizedText.pick(l, "（往復テストは IMAP と送信の両方を試すときだけ行います）",
                            "(The round trip runs only when both IMAP and sending are tested.)"));
                }
            }
            out().flush();
            return report.allOk() ? 0 : 1;
        } catch (IOException | GeneralSecurityException e) {
            return fail("接続テストを始められません / cannot start the test: " + e.getMessage());
        } finally {
            SecretInput.wipe(password);
        }
    }

    private void print(LiveTestReport report, Locale l) {
        List<String> header = ReportTable.header(l);
        List<List<String>> rows = ReportTable.rows(report, l);
        out().println(LocalizedText.pick(l, "サーバー ", "Server ") + report.host() + "  " + LocalizedText.pick(l, "ユーザー名 ", "user ") + report.user());
        out().printf("%-22s %-12s %-12s %-14s %-12s %-12s%n", header.subList(0, 6).toArray());
        for (List<String> r : rows) {
            out().printf("%-22s %-12s %-12s %-14s %-12s %-12s%n", r.subList(0, 6).toArray());
        }
        for (ProbeResult p : report.probes()) {
            if (!p.ok() || p.diagnosis().code() == dev.mailbench.setup.engine.live.Diagnosis.Code.PORT_25_OPEN) {
                out().println();
                out().println("■ " + p.target().label() + " [" + p.diagnosis().code() + "]");
                out().println("  " + p.diagnosis().cause().get(l));
                if (!p.diagnosis().fix().get(l).isEmpty()) {
                    out().println("  → " + p.diagnosis().fix().get(l));
                }
            }
        }
        if (report.roundTrip() != null) {
            out().println();
            out().println(ReportTable.roundTripLine(report.roundTrip(), l));
        }
        if (!report.notes().isEmpty()) {
            out().println();
            ReportTable.noteLines(report, l).forEach(out()::println);
        }
        out().println();
        out().println(report.allOk() ? LocalizedText.pick(l, "すべて正常です。", "All checks passed.")
                : LocalizedText.pick(l, "失敗した項目があります。上の診断を見てください。", "Some checks failed: see the diagnoses above."));
    }
}
