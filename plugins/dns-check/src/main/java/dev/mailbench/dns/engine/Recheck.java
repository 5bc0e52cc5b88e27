package dev.mailbench.dns.engine;

import java.util.List;

/**
 * The check of the domain run again with a fix applied to the answers it already had.
 *
 * @param status      PASSED: everything the fix touches was seen; INCOMPLETE: part of its record group could
 *                    not be looked up (offline, timeout), so the fix is safe as far as could be seen
 * @param worstBefore the traffic light before the fix
 * @param worstAfter  the traffic light with the fix applied
 * @param appeared    informational findings that appear with the fix (never a warning or an error)
 * @param unchecked   could-not-check findings of the fix's record group in the re-check
 */
public record Recheck(Status status, DnsSeverity worstBefore, DnsSeverity worstAfter, List<DnsFinding> appeared,
                      List<DnsFinding> unchecked) {
    public enum Status { PASSED, INCOMPLETE }

    public Recheck {
        appeared = List.copyOf(appeared);
        unchecked = List.copyOf(unchecked);
    }
}
