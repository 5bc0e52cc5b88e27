package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.Optional;

/**
 * One design rule or failure check of the domain notes (§3, §5). A rule recognises a situation in a
 * {@link DesignContext} and, when it does, returns a finding with its reason and the risk it prevents.
 */
public interface Rule {
    /** Stable id, e.g. {@code D-SHARED-IMAP}: D = design decision, C = contradiction, R = risk, N = note. */
    String id();

    Phase phase();

    /** The situation the rule recognises, for the rule list in the panel and the documentation. */
    LocalizedText situation();

    Optional<RuleFinding> evaluate(DesignContext context);

    enum Phase {
        /** Picks the protocol; the first rule that fires decides. */
        PROTOCOL,
        /** Refines the recommendation (quota, archive, keeper, forwarding, auto-reply) for that protocol. */
        DETAIL,
        /** Checks the current setup and the answers for risks and contradictions. */
        CHECK
    }
}
