package dev.mailbench.serverpanel;

import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The change set another plugin proposed last, kept in memory until the server panel shows it. Only intended changes
 * (no key, no password), so nothing here needs wiping.
 */
public final class ProposalInbox {
    private final List<Consumer<ChangeProposal>> listeners = new CopyOnWriteArrayList<>();
    private volatile ChangeProposal latest;

    /** Keeps {@code proposal} and tells every open server panel; false when no panel is open to show it. */
    public boolean offer(ChangeProposal proposal) {
        latest = proposal;
        listeners.forEach(l -> l.accept(proposal));
        return !listeners.isEmpty();
    }

    public Optional<ChangeProposal> latest() {
        return Optional.ofNullable(latest);
    }

    /** @return the call that stops listening (when the panel is disposed) */
    public Runnable listen(Consumer<ChangeProposal> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
