package dev.mailbench.setup.engine.live;

import java.time.Instant;
import java.util.List;

/** Everything one live test found. Holds no password. */
public record LiveTestReport(String host, String user, Instant startedAt, List<ProbeResult> probes, RoundTripResult roundTrip,
                             boolean cancelled) {
    public LiveTestReport {
        probes = List.copyOf(probes);
    }

    public boolean allOk() {
        return !cancelled && probes.stream().allMatch(ProbeResult::ok) && (roundTrip == null || roundTrip.found());
    }
}
