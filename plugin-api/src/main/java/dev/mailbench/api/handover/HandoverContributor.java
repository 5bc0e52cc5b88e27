package dev.mailbench.api.handover;

import java.util.Optional;

/** Contributes one section to the handover documents; empty when it has nothing to say for this project. */
@FunctionalInterface
public interface HandoverContributor {
    Optional<HandoverSection> build(HandoverContext context);
}
