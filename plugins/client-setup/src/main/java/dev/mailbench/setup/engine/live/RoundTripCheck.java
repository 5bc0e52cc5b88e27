package dev.mailbench.setup.engine.live;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The SMTP → IMAP round trip: a message from the mailbox to itself with a unique token in the subject,
 * sent over a port whose probe logged in, then searched for by IMAP and removed again.
 */
final class RoundTripCheck {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveTester.Request request;
    private final SessionOpener opener;
    private final Cancellation cancellation;

    RoundTripCheck(LiveTester.Request request, SessionOpener opener, Cancellation cancellation) {
        this.request = request;
        this.opener = opener;
        this.cancellation = cancellation;
    }

    /** The route of one round trip and the result it gives. */
    private record Route(String token, ProbeTarget smtp, ProbeTarget imap) {
        RoundTripResult result(boolean found, long sendMillis, long foundMillis, Diagnosis diagnosis) {
            return new RoundTripResult(token, smtp, imap, found, sendMillis, foundMillis, diagnosis);
        }
    }

    RoundTripResult run(List<ProbeResult> results) {
        Route route = new Route("MB-" + HexFormat.of().formatHex(RANDOM.generateSeed(6)),
                pick(results, Service.SMTP), pick(results, Service.IMAP));
        if (route.smtp() == null || route.imap() == null || !request.user().contains("@")) {
            ProbeTarget any = route.smtp() != null ? route.smtp() : route.imap() != null ? route.imap() : request.targets().get(0);
            return route.result(false, -1, -1, diagnosis(Code.ROUND_TRIP_SKIPPED, any, ""));
        }
        String address = request.user().strip();
        long t0 = System.nanoTime();
        long sentAt;
        try (SmtpSession s = (SmtpSession) opener.open(route.smtp(), new ArrayList<>())) {
            s.login(request.user(), request.password());
            String refused = s.send(address, address, message(address, route.token()));
            if (refused != null) {
                return route.result(false, StepResult.millisSince(t0), -1,
                        diagnosis(Code.SEND_REJECTED, route.smtp(), MailSession.abbreviate(refused)));
            }
            sentAt = System.nanoTime();
            s.quit();
        } catch (StepFailure | IOException e) {
            return failed(route, route.smtp(), StepResult.millisSince(t0), e);
        }
        long sendMillis = (sentAt - t0) / 1_000_000;
        try (ImapSession s = (ImapSession) opener.open(route.imap(), new ArrayList<>())) {
            s.login(request.user(), request.password());
            long foundMillis = findAndRemove(s, route.token(), sentAt);
            s.quit();
            Diagnosis d = foundMillis >= 0 ? Diagnosis.ok()
                    : diagnosis(cancellation.isCancelled() ? Code.CANCELLED : Code.ROUND_TRIP_NOT_FOUND, route.imap(), "");
            return route.result(foundMillis >= 0, sendMillis, foundMillis, d);
        } catch (StepFailure | IOException | InterruptedException e) {
            return failed(route, route.imap(), sendMillis, e);
        }
    }

    /**
     * Searches the inbox for the token until the wait is over or the run is cancelled.
     *
     * @return milliseconds from the end of sending until found, -1 when not found
     */
    private long findAndRemove(ImapSession s, String token, long sentAt) throws IOException, InterruptedException {
        List<String> caps = new ArrayList<>();
        s.command("CAPABILITY", caps);
        boolean uidplus = caps.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).contains("UIDPLUS"));
        long deadline = System.nanoTime() + request.roundTripWait().toNanos();
        s.command("SELECT INBOX", null);
        while (!cancellation.isCancelled()) {
            List<String> untagged = new ArrayList<>();
            s.command("UID SEARCH HEADER Subject \"" + token + "\"", untagged);
            String uids = untagged.stream().filter(l -> l.startsWith("* SEARCH")).map(l -> l.substring(8).trim())
                    .filter(v -> !v.isEmpty()).findFirst().orElse(null);
            if (uids != null) {
                long found = (System.nanoTime() - sentAt) / 1_000_000;
                if (uidplus) {
                    // Remove only our message: plain EXPUNGE would also remove what the user marked deleted.
                    s.command("UID STORE " + uids.replace(' ', ',') + " +FLAGS.SILENT (\\Deleted)", null);
                    s.command("UID EXPUNGE " + uids.replace(' ', ','), null);
                }
                return found;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            s.command("NOOP", null);
            Thread.sleep(250);
        }
        return -1;
    }

    private RoundTripResult failed(Route route, ProbeTarget at, long sendMillis, Exception e) {
        Code code;
        String detail;
        if (e instanceof StepFailure f) {
            code = f.code;
            detail = f.detail;
        } else if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            code = Code.CANCELLED;
            detail = "";
        } else {
            code = Code.ERROR;
            detail = String.valueOf(e.getMessage());
        }
        return route.result(false, sendMillis, -1, diagnosis(cancellation.isCancelled() ? Code.CANCELLED : code, at, detail));
    }

    private Diagnosis diagnosis(Code code, ProbeTarget t, String detail) {
        return DiagnosisTexts.of(code, t, request, null, detail);
    }

    /** The probe that logged in on {@code service}, SSL/TLS preferred. */
    private static ProbeTarget pick(List<ProbeResult> results, Service service) {
        return results.stream().filter(p -> p.target().service() == service && p.ok() && !p.target().relayOnly())
                .map(ProbeResult::target)
                .sorted((a, b) -> Boolean.compare(b.encryption() == Encryption.SSL_TLS, a.encryption() == Encryption.SSL_TLS))
                .findFirst().orElse(null);
    }

    static byte[] message(String address, String token) {
        String body = "MailBench の接続テストです。受信の確認後に自動で削除されます。\r\n"
                + "This is a MailBench connection test; it is deleted once found.\r\n";
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(body.getBytes(StandardCharsets.UTF_8));
        String msg = "From: <" + address + ">\r\n"
                + "To: <" + address + ">\r\n"
                + "Subject: MailBench test " + token + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Message-ID: <" + token + "@mailbench.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n" + b64 + "\r\n";
        return msg.getBytes(StandardCharsets.US_ASCII);
    }
}
