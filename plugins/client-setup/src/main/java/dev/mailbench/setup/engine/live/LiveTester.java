package dev.mailbench.setup.engine.live;

import dev.mailbench.kit.net.TrustStores;
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
     * @param expectedHost     the provider's host for this customer (for "use this name instead" advice)
     */
    public record Request(String host, String user, char[] password, List<ProbeTarget> targets, Path extraCa,
                          Set<Integer> implicitTlsPorts, String expectedHost, Duration connectTimeout, Duration readTimeout,
                          boolean roundTrip, Duration roundTripWait) {
        public Request {
            targets = List.copyOf(targets);
            implicitTlsPorts = Set.copyOf(implicitTlsPorts);
        }
    }

    /** Progress for the task bar; called on the testing thread. */
    public interface Progress {
        void update(int done, int total, String message);
    }

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
        List<ProbeResult> results = new ArrayList<>();
        int total = r.targets().size() + (r.roundTrip() ? 1 : 0);
        for (int i = 0; i < r.targets().size(); i++) {
            ProbeTarget t = r.targets().get(i);
            if (cancellation.isCancelled()) {
                results.add(new ProbeResult(t, List.of(), DiagnosisTexts.of(Code.CANCELLED, t, r, null, "")));
                continue;
            }
            progress.update(i, total, t.label());
            results.add(probe(r, t, opener, trust));
        }
        crossCheck(results, r);
        RoundTripResult rt = null;
        if (r.roundTrip() && !cancellation.isCancelled()) {
            progress.update(r.targets().size(), total, "SMTP → IMAP");
            rt = new RoundTripCheck(r, opener, cancellation).run(results);
        }
        progress.update(total, total, "");
        return new LiveTestReport(r.host(), r.user(), started, results, rt, cancellation.isCancelled());
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

    private ProbeResult probe(Request r, ProbeTarget t, SessionOpener opener, TrustStores.RecordingTrust trust) {
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
            return new ProbeResult(t, steps, DiagnosisTexts.of(failures.probeCode(f, t), t, r, certNames, f.detail));
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
