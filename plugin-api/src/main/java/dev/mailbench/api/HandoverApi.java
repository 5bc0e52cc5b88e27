package dev.mailbench.api;

import dev.mailbench.api.handover.HandoverContributor;

/** Sections of the Word and Excel handover documents. */
public interface HandoverApi {
    Registration registerSection(HandoverContributor contributor);
}
