package dev.mailbench.setup.engine.live;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.kit.net.TrustStores;
import dev.mailbench.setup.engine.LintCode;
import dev.mailbench.setup.engine.LintFinding;
import dev.mailbench.setup.engine.SettingsLint;
import dev.mailbench.setup.engine.Symptom;
import dev.mailbench.setup.engine.SymptomRules;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import dev.mailbench.setup.engine.live.StepResult.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The live connection test: for each protocol and port, name resolution, TCP connect (short timeout), TLS
 * with certificate and host-name verification (implicit or STARTTLS), the greeting and a login, then an
 * SMTP → IMAP round trip. Speaks the protocols itself ({@link MailSession}), so every step is timed on its
 * own and the password stays a {@code char[]} (encoded to bytes only while written, then wiped). Nothing is
 * logged. Certificates are always verified, against the system's CAs plus an optional extra CA file.
 */
public final class LiveTester {

    /**
     * @param host             the server to test, as typed (spaces kept, so they can be diagnosed)
     * @param user             the login name, as typed
     * @param password         kept only for the run; the caller wipes it afterwards
     * @param extraCa          a PEM CA file trusted in addition to the system's CAs, or null
     * @param implicitTlsPorts ports that speak TLS from the first byte (to explain plain connections to them)
     * @param expectedHost     the provider's host for this customer (for "use this name instead" advice), or null
     * @param context          what the consultant knows besides the connection
     */
    public record Request(String host, String user, char[] password, List<ProbeTarget> targets, Path extraCa,
                          Set<Integer> implicitTlsPorts, String expectedHost, Duration connectTimeout, Duration readTimeout,
                          boolean roundTrip, Duration roundTripWait, Context context) {
        public Request {
            targets = List.copyOf(targets);
            implicitTlsPorts = Set.copyOf(implicitTlsPorts);
            context = context == null ? Context.NONE : context;
        }

        public Request(String host, String user, char[] password, List<ProbeTarget> targets, Path extraCa,
                       Set<Integer> implicitTlsPorts, String expectedHost, Duration connectTimeout, Duration readTimeout,
                       boolean roundTrip, Duration roundTripWait) {
            this(host, user, password, targets, extraCa, implicitTlsPorts, expectedHost, connectTimeout, readTimeout, roundTrip,
                    roundTripWait, Context.NONE);
        }
    }

    /**
     * What the consultant knows besides the connection, for the same user-name rules as the settings lint and
     * for the cause of an observed symptom.
     *
     * @param profile the project's provider profile, or null (Xserver's rules: the user name is the whole address)
     * @param address the mailbox's address, or empty
     * @param domains the customer's domains
     * @param client  the device's mail client, or null
     * @param symptom what was observed, or null
     */
    public record Context(ProviderProfile profile, String address, List<String> domains, ClientKind client, Symptom symptom) {
        public static final Context NONE = new Context(null, "", List.of(), null, null);

        public Context {
            address = address == null ? "" : address;
            domains = domains == null ? List.of() : List.copyOf(domains);
        }
    }

    /** Progress for the task bar; called on the testing thread. */
    public interface Progress {
        void update(int done, int total, String message);
    }

    private static final Set<Code> LOGIN_REFUSED = Set.of(Code.AUTH_FAILED, Code.AUTH_FAILED_USER_WITHOUT_DOMAIN,
            Code.AUTH_FAILED_WHITESPACE);

    private final Cancellation cancellation = new Cancellation();
    private final FailureDiagnosis failures = new FailureDiagnosis(cancellation::isCancelled);

    /** Stops the run: the open connection is closed at once, the remaining probes are skipped. */
    public void cancel() {
        cancellation.cancel();
    }

    public LiveTestReport run(Request r, Progress progress) throws IOException, GeneralSecurityException {
        TrustStores.RecordingTrust trust = TrustStores.recording(r.extraCa());
        SessionOpener opener = new SessionOpener(r, trust.context(), cancellation, failures);
        Instant started = Instant.now();
        List<LintFinding> userNotes = lint(r).userNameFindings(r.user(), r.context().address());
        List<ProbeResult> results = new ArrayList<>();
        int total = r.targets().size() + (r.roundTrip() ? 1 : 0);
        for (int i = 0; i < r.targets().size(); i++) {
            ProbeTarget t = r.targets().get(i);
            if (cancellation.isCancelled()) {
                results.add(new ProbeResult(t, List.of(), DiagnosisTexts.of(Code.CANCELLED, t, r, null, "")));
                continue;
            }
            progress.update(i, total, t.label());
            results.add(probe(r, t, opener, trust, userNotes));
        }
        crossCheck(results, r);
        RoundTripResult rt = null;
        if (r.roundTrip() && canRoundTrip(r) && !cancellation.isCancelled()) {
            progress.update(r.targets().size(), total, "SMTP → IMAP");
            rt = new RoundTripCheck(r, opener, cancellation).run(results);
        }
        progress.update(total, total, "");
        List<LintFinding> notes = new ArrayList<>(userNotes);
        if (r.context().symptom() != null && !cancellation.isCancelled()) {
            notes.addAll(SymptomRules.causes(r.context().client(), r.context().symptom(), advisedHost(r), sendingHere(results)));
            if (r.context().symptom() == Symptom.SEND_FAILS) {
                authRequiredNote(r, results, opener).ifPresent(notes::add);
            }
        }
        return new LiveTestReport(r.host(), r.user(), started, results, rt, cancellation.isCancelled(), notes);
    }

    /** The round trip needs a way to send and IMAP to look: a run that skips either has no round trip. */
    public static boolean canRoundTrip(Request r) {
        return r.targets().stream().anyMatch(t -> t.service() == Service.IMAP)
                && r.targets().stream().anyMatch(t -> t.service() == Service.SMTP && !t.relayOnly());
    }

    /**
     * "Only sending fails" while sending logs in from here: show what a client with SMTP authentication off
     * gets, by starting a message without logging in (nothing is sent).
     */
    private Optional<LintFinding> authRequiredNote(Request r, List<ProbeResult> results, SessionOpener opener) {
        Optional<ProbeTarget> smtp = results.stream().filter(p -> p.target().service() == Service.SMTP && !p.target().relayOnly() && p.ok())
                .map(ProbeResult::target).findFirst();
        if (smtp.isEmpty()) {
            return Optional.empty();
        }
        try (SmtpSession s = (SmtpSession) opener.open(smtp.get(), new ArrayList<>())) {
            String refusal = s.refusalWithoutAuth(r.user().strip());
            s.quit();
            return refusal == null ? Optional.empty() : Optional.of(SymptomRules.smtpAuthRequired(smtp.get().label(), MailSession.abbreviate(refusal)));
        } catch (StepFailure | IOException e) {
            return Optional.empty();
        } finally {
            cancellation.release();
        }
    }

    /** The lint whose user-name rules run before the login: the project's provider, or Xserver's rules. */
    private static SettingsLint lint(Request r) {
        ProviderProfile p = r.context().profile() != null ? r.context().profile()
                : new ProviderProfile("xserver", "Xserver", r.expectedHost() == null ? "" : r.expectedHost(), null, null, null, null, null,
                null, "FULL_ADDRESS", "", "", List.of(), "", "", null);
        return new SettingsLint(p, r.context().domains(), null);
    }

    private static String advisedHost(Request r) {
        return HostAdvice.propose(r.host(), r.expectedHost() != null ? r.expectedHost()
                : r.context().profile() == null ? null : r.context().profile().mailHost(), null).orElse(r.host().strip());
    }

    /** Whether sending logged in from this line: the evidence that separates the settings from the source being refused. */
    private static SymptomRules.SendingHere sendingHere(List<ProbeResult> results) {
        List<ProbeResult> smtp = results.stream().filter(p -> p.target().service() == Service.SMTP && !p.target().relayOnly()).toList();
        if (smtp.isEmpty() || smtp.stream().anyMatch(p -> p.diagnosis().code() == Code.CANCELLED)) {
            return SymptomRules.SendingHere.UNKNOWN;
        }
        return smtp.stream().anyMatch(ProbeResult::ok) ? SymptomRules.SendingHere.WORKS : SymptomRules.SendingHere.FAILS;
    }

    /** Receiving logs in but SMTP AUTH is refused: that points at the SMTP overseas restriction, not the password. */
    private static void crossCheck(List<ProbeResult> results, Request r) {
        boolean receiveOk = results.stream().anyMatch(p -> p.target().service() != Service.SMTP && p.ok());
        if (!receiveOk) {
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            ProbeResult p = results.get(i);
            if (p.target().service() == Service.SMTP && p.diagnosis().code() == Code.AUTH_FAILED) {
                String detail = p.step(Step.LOGIN).map(StepResult::detail).orElse("");
                results.set(i, p.withDiagnosis(DiagnosisTexts.of(Code.SMTP_AUTH_REJECTED_ONLY_SENDING, p.target(), r, null, detail)));
            }
        }
    }

    private ProbeResult probe(Request r, ProbeTarget t, SessionOpener opener, TrustStores.RecordingTrust trust, List<LintFinding> userNotes) {
        List<StepResult> steps = new ArrayList<>();
        MailSession session = null;
        try {
            session = opener.open(t, steps);
            if (!t.relayOnly()) {
                long t0 = System.nanoTime();
                String reply = session.login(r.user(), r.password());
                steps.add(StepResult.okSince(Step.LOGIN, t0, reply));
            }
            session.quit();
            return new ProbeResult(t, steps, t.relayOnly() ? DiagnosisTexts.of(Code.PORT_25_OPEN, t, r, null, "") : Diagnosis.ok());
        } catch (StepFailure f) {
            List<String> certNames = f.code == Code.CERT_NAME_MISMATCH || f.code == Code.CERT_UNTRUSTED ? presentedNames(trust) : null;
            steps.add(new StepResult(f.step, Status.FAILED, -1, f.detail));
            Code code = failures.probeCode(f, t);
            Optional<LintFinding> userMistake = f.step == Step.LOGIN && LOGIN_REFUSED.contains(code)
                    ? userNotes.stream().filter(n -> n.severity() == LintCode.Severity.ERROR).findFirst() : Optional.empty();
            if (userMistake.isPresent()) {
                return new ProbeResult(t, steps, DiagnosisTexts.userName(userMistake.get(), f.detail));
            }
            return new ProbeResult(t, steps, DiagnosisTexts.of(code, t, r, certNames, f.detail));
        } finally {
            if (session != null) {
                session.close();
            }
            cancellation.release();
        }
    }

    /** The host names of the certificate the server presented in the last handshake, or null. */
    private static List<String> presentedNames(TrustStores.RecordingTrust trust) {
        X509Certificate[] chain = trust.takeLastChain();
        return chain == null || chain.length == 0 ? null : TrustStores.names(chain[0]);
    }
}
