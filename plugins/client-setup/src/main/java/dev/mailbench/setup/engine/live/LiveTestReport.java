package dev.mailbench.setup.engine.live;

import dev.mailbench.setup.engine.LintFinding;
import java.time.Instant;
import java.util.List;

/**
 * Everything one live test found. Holds no password.
 *
 * @param notes what the user-name rules found before the login, and the cause of the symptom the consultant
 *              entered (with what the probes showed)
 */
public record LiveTestReport(String host, String user, Instant startedAt, List<ProbeResult> probes, RoundTripResult roundTrip,
                             boolean cancelled, List<LintFinding> notes) {
    public LiveTestReport {
        probes = List.copyOf(probes);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public LiveTestReport(String host, String user, Instant startedAt, List<ProbeResult> probes, RoundTripResult roundTrip,
                          boolean cancelled) {
        this(host, user, startedAt, probes, roundTrip, cancelled, List.of());
    }

    public boolean allOk() {
        return !cancelled && probes.stream().allMatch(ProbeResult::ok) && (roundTrip == null || roundTrip.found());
    }
}
